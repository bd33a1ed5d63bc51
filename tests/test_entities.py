# SPDX-License-Identifier: GPL-3.0-or-later
"""Every entity of the one table (``rattail_odoo_pos.entities.ENTITIES``) is
registered everywhere it must be: a table, the migration that creates it, an
importer in the import handler, a version importer, a sandbox model with
generated data, a web view or supplement with its menu entry and permission,
and a row of the generated model reference in the docs.

The places are gathered once (:func:`registry`); :func:`problems` names what
is missing for one entity.  A second test removes each place in turn, on a
copy, and checks the problem is named: the check cannot pass by accident."""

from __future__ import annotations

import copy
import re
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path

import pytest
import sqlalchemy as sa

import rattail_odoo_pos.db
from rattail_odoo_pos.entities import ENTITIES, Browse, Child, Entity, Native

ROOT = Path(__file__).resolve().parents[1]


@dataclass
class Registry:
    """Where an entity must be registered (what the product and its tools hold)."""
    tables: set[str]
    migrations: str
    importers: dict[str, type]                  # handler key -> importer
    version_importers: dict[str, type]
    sandbox_counts: dict[str, int]              # Odoo model -> generated records
    menu_routes: set[str]
    permissions: set[str]
    native_routes: dict[str, str]
    docs: str


def problems(entity: Entity, reg: Registry) -> list[str]:
    """What is missing for *entity* (empty when it is registered everywhere)."""
    out = []
    table = entity.model_class.__tablename__
    if table not in reg.tables:
        out.append(f"{entity.key}: table {table} is not in the migrated database")
    if not re.search(rf"create_(record_)?table\(\s*'{table}'", reg.migrations):
        out.append(f"{entity.key}: no migration creates {table}")
    if entity.class_name not in reg.importers:
        out.append(f"{entity.key}: the import handler has no importer {entity.class_name}")
    if entity.class_name not in reg.version_importers:
        out.append(f"{entity.key}: import-versions has no version importer "
                   f"{entity.class_name}")
    if not reg.sandbox_counts.get(entity.odoo_model):
        out.append(f"{entity.key}: the sandbox generates no {entity.odoo_model} records "
                   f"(a recording or devtools/odoo_pos_sandbox/models/{entity.odoo_model}.json)")
    web = entity.web
    if isinstance(web, Browse):
        if web.route_prefix not in reg.menu_routes:
            out.append(f"{entity.key}: no menu entry for route {web.route_prefix}")
        for perm in (f'{web.permission_prefix}.list', f'{web.permission_prefix}.view'):
            if perm not in reg.permissions:
                out.append(f"{entity.key}: permission {perm} is not registered")
    elif isinstance(web, Native):
        if reg.native_routes.get(entity.native) != web.route_prefix:
            out.append(f"{entity.key}: the {entity.native} view is not supplemented")
    elif isinstance(web, Child):
        parent = ENTITIES.get(web.parent)
        if parent is None or not isinstance(parent.web, Browse):
            out.append(f"{entity.key}: its parent {web.parent} has no page to show it on")
    if not re.search(rf":key: ``{re.escape(entity.key)}``$", reg.docs, re.M):
        out.append(f"{entity.key}: no row in the generated model reference")
    return out


@pytest.fixture(scope='module')
def registry(rattail_template, postgres, sandbox_template, tmp_path_factory) -> Registry:
    from rattail.config import make_config

    from odoo_pos_dev.devenv import write_config
    from odoo_pos_sandbox import Sandbox
    from rattail_odoo_pos.importing.odoo_pos import FromOdooPosToRattail
    from rattail_odoo_pos.importing.versions import OdooPosVersionsHandler
    from tailbone_odoo_pos.declarations import native_routes
    from tailbone_odoo_pos.provider import available_permissions, menu_items

    engine = sa.create_engine(postgres.url(rattail_template))
    try:
        tables = set(sa.inspect(engine).get_table_names())
    finally:
        engine.dispose()
    versions = Path(rattail_odoo_pos.db.__file__).parent / 'alembic' / 'versions'
    migrations = '\n'.join(p.read_text() for p in sorted(versions.glob('*.py')))
    tmp = tmp_path_factory.mktemp('registry')
    conf = write_config(tmp / 'rattail.conf', db_url=postgres.url(rattail_template),
                        workdir=tmp / 'work')
    config = make_config([str(conf)], usedb=False, versioning=False)
    sandbox = Sandbox(sandbox_template)
    counts = {e.odoo_model: sandbox.count(e.odoo_model) if _served(sandbox, e) else 0
              for e in ENTITIES.values()}
    perms = {name for group in available_permissions(config).values()
             for name in group.get('perms', {})}
    # the generated model reference: the page the docs build renders it from
    docs = _model_reference_text()
    return Registry(
        tables=tables, migrations=migrations,
        importers=dict(FromOdooPosToRattail(config).get_importers()),
        version_importers=dict(OdooPosVersionsHandler(config).get_importers()),
        sandbox_counts=counts, menu_routes={i.get('route') for i in menu_items()},
        permissions=perms, native_routes=native_routes(), docs=docs)


def _served(sandbox, entity) -> bool:
    from odoo_pos_sandbox.meta import registry as sandbox_models
    return entity.odoo_model in sandbox_models()


def _model_reference_text(entities=ENTITIES) -> str:
    """The generated model reference (reStructuredText), made by the docs' own
    generator, which the Sphinx build renders."""
    import sys
    sys.path.insert(0, str(ROOT / 'docs' / '_ext'))
    try:
        import odoo_pos_docs
    finally:
        sys.path.pop(0)
    assert '.. odoo-pos-models::' in (ROOT / 'docs' / 'models.rst').read_text()
    return '\n'.join(odoo_pos_docs.models_rst(entities))


def test_every_entity_is_registered_everywhere(registry):
    found = [p for entity in ENTITIES.values() for p in problems(entity, registry)]
    assert found == []


PLACES = ['tables', 'migrations', 'importers', 'version_importers', 'sandbox_counts',
          'menu_routes', 'permissions', 'native_routes', 'docs']


@pytest.mark.parametrize('place', PLACES)
def test_a_missing_registration_is_named(registry, place):
    """Remove *place* for one entity (on a copy) and the problem is named."""
    for entity in ENTITIES.values():
        broken = copy.copy(registry)
        value = copy.copy(getattr(registry, place))
        table = entity.model_class.__tablename__
        if place == 'tables':
            value.discard(table)
        elif place == 'migrations':
            value = re.sub(rf"create_(record_)?table\(\s*'{table}'", 'removed(', value)
        elif place in ('importers', 'version_importers'):
            value.pop(entity.class_name, None)
        elif place == 'sandbox_counts':
            value[entity.odoo_model] = 0
        elif place == 'menu_routes' and isinstance(entity.web, Browse):
            value.discard(entity.web.route_prefix)
        elif place == 'permissions' and isinstance(entity.web, Browse):
            value.discard(f'{entity.web.permission_prefix}.list')
        elif place == 'native_routes' and isinstance(entity.web, Native):
            value.pop(entity.native, None)
        elif place == 'docs':
            value = _model_reference_text(OrderedDict(
                (k, e) for k, e in ENTITIES.items() if k != entity.key))
        else:
            continue            # this place does not apply to this entity's web decision
        setattr(broken, place, value)
        found = problems(entity, broken)
        assert len(found) == 1 and found[0].startswith(f"{entity.key}: "), (place, found)


def test_the_version_map_follows_the_entities():
    """rattail_odoo_pos/versions.py names only entities and columns the table
    has, verified versions and known conversions: renaming a column or an
    entity without its per-version line fails here."""
    from rattail_odoo_pos import versions
    assert versions.MAP, "the per-version map is empty"
    for key, per_version in versions.MAP.items():
        entity = ENTITIES[key]
        for major, columns in per_version.items():
            assert major in versions.VERIFIED and major != versions.BASE, (key, major)
            for column, spec in columns.items():
                field = versions.odoo_field_of(entity, column)     # KeyError on drift
                assert field in entity.odoo_fields, (key, column)
                assert spec.how in versions.CONVERSIONS or spec.how == 'absent' \
                    or spec.how.startswith('constant:'), (key, column, spec.how)
                assert spec.note, (key, column)
    for key, major in versions.MODEL_MISSING:
        assert key in ENTITIES and major in versions.VERIFIED
    for key, notes in versions.NOTES.items():
        assert key in ENTITIES and set(notes) <= set(versions.VERIFIED)
    models = {e.odoo_model for e in ENTITIES.values()}
    for odoo_model, _field in versions.OPTIONAL:
        assert odoo_model in models, odoo_model
