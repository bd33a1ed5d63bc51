# SPDX-License-Identifier: GPL-3.0-or-later
"""The ``rattail_odoo_pos`` Alembic branch: it goes down to base and up again
on a real PostgreSQL database, and the migrated schema is what the SQLAlchemy
models (with their Continuum version tables) describe."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import sqlalchemy as sa

import rattail_odoo_pos.db
from rattail_odoo_pos.entities import ENTITIES
from rattail_odoo_pos.db.reporting import VIEWS
from odoo_pos_dev.devenv import alembic, write_config

#: every table of this package's model (the version tables follow from __versioned__)
#: bookkeeping of the sync itself: not versioned
UNVERSIONED = {'odoo_pos_cursor', 'odoo_pos_rejected', 'odoo_pos_source_status',
               'odoo_pos_export_conflict', 'odoo_pos_daily_summary'}
#: every table of this package: the bookkeeping, and one per entity of the one table
TABLES = sorted(UNVERSIONED) + [e.model_class.__tablename__ for e in ENTITIES.values()]
VERSIONED = [t for t in TABLES if t not in UNVERSIONED]


def our_revisions() -> set[str]:
    """Revision ids of this package's branch."""
    versions = Path(rattail_odoo_pos.db.__file__).parent / 'alembic' / 'versions'
    found = {re.search(r"^revision = '(\w+)'", p.read_text(), re.M).group(1)
             for p in versions.glob('*.py')}
    assert len(found) >= 4
    return found


def ours(engine) -> tuple[set[str], set[str]]:
    """Names of this package's tables and views in the database."""
    insp = sa.inspect(engine)
    tables = {t for t in insp.get_table_names() if t.startswith('odoo_pos_')}
    views = {v for v in insp.get_view_names() if v.startswith('odoo_pos_')}
    return tables, views


@pytest.fixture
def migrated(postgres, rattail_template, tmp_path):
    """A fresh copy of the migrated template database and a config file for it."""
    name = f'migrations_{tmp_path.name}'[:60]
    url = postgres.create_database(name, template=rattail_template)
    conf = write_config(tmp_path / 'rattail.conf', db_url=url, workdir=tmp_path / 'work')
    engine = sa.create_engine(url)
    yield conf, engine
    engine.dispose()
    postgres.drop_database(name)


def test_model_tables_are_the_expected_ones():
    from rattail.db.model import Base
    import rattail_odoo_pos.db.model  # noqa: F401
    declared = {t for t in Base.metadata.tables if t.startswith('odoo_pos_')}
    assert declared == set(TABLES)


def test_branch_goes_down_to_base_and_up_again(migrated):
    conf, engine = migrated
    tables, views = ours(engine)
    assert tables == set(TABLES) | {f'{t}_version' for t in VERSIONED}
    assert views == set(VIEWS)

    alembic(conf, 'downgrade', 'rattail_odoo_pos@base')
    tables, views = ours(engine)
    assert tables == set() and views == set()
    insp = sa.inspect(engine)
    # rattail's own schema is untouched
    assert {'store', 'product', 'customer', 'transaction'} <= set(insp.get_table_names())
    with engine.connect() as conn:
        heads = {r[0] for r in conn.execute(sa.text('SELECT version_num FROM alembic_version'))}
    assert heads and not heads & our_revisions()

    alembic(conf, 'upgrade', 'heads')
    tables, views = ours(engine)
    assert tables == set(TABLES) | {f'{t}_version' for t in VERSIONED}
    assert views == set(VIEWS)
    # foreign keys are indexed (an order's lines; FK checks when deleting)
    indexed = {tuple(i['column_names']) for i in sa.inspect(engine).get_indexes('odoo_pos_order_line')}
    assert {('order_uuid',), ('product_uuid',), ('refunded_line_uuid',)} <= indexed
    # customers of several sources are merged by lower(vat) / lower(email)
    with engine.connect() as conn:
        merge = {r[0] for r in conn.execute(sa.text(
            "SELECT indexdef FROM pg_indexes WHERE tablename = 'odoo_pos_customer'"))}
    assert {d for d in merge if 'lower(' in d} == {
        f'CREATE INDEX odoo_pos_customer_ix_lower_{c} ON public.odoo_pos_customer '
        f'USING btree (lower(({c})::text))' for c in ('vat', 'email')}


def test_reporting_views_use_the_configured_timezone(migrated):
    conf, engine = migrated
    with engine.connect() as conn:
        zone = conn.execute(sa.text('SELECT odoo_pos_default_timezone()')).scalar()
    assert zone == 'America/Chicago'   # write_config's [rattail] timezone.default


# run in a child process: Continuum's versioning is process-global
COMPARE = textwrap.dedent("""
    import json, sys
    import sqlalchemy as sa
    from alembic.migration import MigrationContext
    from alembic.autogenerate import compare_metadata
    from rattail.config import make_config

    config = make_config([sys.argv[1]], usedb=True, versioning=True)
    app = config.get_app()
    model = app.model
    sa.orm.configure_mappers()
    metadata = model.Base.metadata

    def include(obj, name, type_, reflected, compare_to):
        table = obj if type_ == 'table' else getattr(obj, 'table', None)
        tname = getattr(table, 'name', None) or name
        return bool(tname) and tname.startswith('odoo_pos_')

    engine = sa.create_engine(config.get('rattail.db', 'default.url'))
    with engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={
            'include_object': include, 'compare_type': True, 'compare_server_default': False})
        diffs = compare_metadata(ctx, metadata)
    versioned = sorted(t for t in metadata.tables if t.startswith('odoo_pos_') and t.endswith('_version'))
    print(json.dumps({'diffs': [repr(d) for d in diffs], 'versioned': versioned}))
""")


def test_models_match_the_migrated_schema(migrated):
    conf, engine = migrated
    result = subprocess.run([sys.executable, '-c', COMPARE, str(conf)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout.strip().splitlines()[-1])
    assert out['versioned'] == sorted(f'{t}_version' for t in VERSIONED)
    assert out['diffs'] == [], "\n".join(out['diffs'])
