# SPDX-License-Identifier: GPL-3.0-or-later
"""``rattail import-versions`` over this package's tables: every versioned
table covered, a version per row, then only real changes (updates, deletes)."""

from __future__ import annotations

from rattail.config import make_config

from odoo_pos_dev.testing import add_user, rattail, rows, scalar
from rattail_odoo_pos.entities import ENTITIES


def test_every_versioned_table_is_covered(rattail_config):
    config = make_config([str(rattail_config.path)], usedb=False, versioning=False)
    app = config.get_app()
    handler = app.get_import_handler('to_rattail_versions.from_rattail.import', require=True)
    importers = handler.get_importers()
    import rattail_odoo_pos.db.model as ours
    versioned = {name for name in ours.__all__
                 if getattr(getattr(ours, name), '__versioned__', None) is not None}
    assert versioned == {e.class_name for e in ENTITIES.values()}
    assert versioned <= set(importers)
    # rattail's own tables stay covered too
    assert {'Store', 'Product', 'Customer', 'Employee', 'Tender', 'Tax'} <= set(importers)


def test_versions_in_chunks_then_only_changes(rattail_config, sandbox, tmp_path):
    env = rattail_config
    conf = tmp_path / 'chunks.conf'
    conf.write_text(f"[rattail.config]\ninclude = {env.path}\n\n"
                    "[odoo_pos]\nversions_chunk_size = 7\n")
    rattail(env.path, '--no-versioning', 'import-odoo-pos')
    add_user(env.path)
    rattail(conf, '--runas', 'admin', 'import-versions', '-m', 'initial')
    for entity in ENTITIES.values():
        table = _table(entity)
        live = scalar(env, f"SELECT count(*) FROM {table}")
        assert rows(env, f"SELECT count(*), count(DISTINCT uuid), max(operation_type) "
                         f"FROM {table}_version") == [(live, live, 0 if live else None)], table

    # a real change and a deletion, made behind the importer's back
    line, qty = rows(env, "SELECT odoo_id, qty FROM odoo_pos_order_line ORDER BY uuid "
                          "OFFSET 10 LIMIT 1")[0]
    rows_before = scalar(env, "SELECT count(*) FROM odoo_pos_payment_version")
    payment = scalar(env, "SELECT odoo_id FROM odoo_pos_payment ORDER BY uuid OFFSET 9 LIMIT 1")
    rows(env, "UPDATE odoo_pos_order_line SET qty = qty + 1 WHERE odoo_id = :i", i=line)
    rows(env, "DELETE FROM odoo_pos_payment WHERE odoo_id = :i", i=payment)

    result = rattail(conf, '--runas', 'admin', 'import-versions', '-m', 'fix', '--delete',
                     '--warnings')
    assert 'added 0; updated 1; deleted 0 OdooPosOrderLine' in result.stderr
    assert 'added 0; updated 0; deleted 1 OdooPosPayment' in result.stderr
    assert rows(env, "SELECT operation_type, qty FROM odoo_pos_order_line_version "
                     "WHERE odoo_id = :i AND end_transaction_id IS NULL", i=line) == \
        [(1, qty + 1)]
    assert rows(env, "SELECT operation_type FROM odoo_pos_payment_version "
                     "WHERE odoo_id = :i AND end_transaction_id IS NULL", i=payment) == [(2,)]
    assert scalar(env, "SELECT count(*) FROM odoo_pos_payment_version") == rows_before + 1

    again = rattail(conf, '--runas', 'admin', 'import-versions', '-m', 'again', '--delete',
                    '--warnings')
    assert 'OdooPos' not in again.stderr, again.stderr[-2000:]


def info_conf(env, tmp_path):
    """*env*'s config with rattail's import handlers logging at INFO."""
    conf = tmp_path / 'info.conf'
    conf.write_text(f"[rattail.config]\ninclude = {env.path}\nconfigure_logging = true\n\n"
                    "[loggers]\nkeys = root, sqlalchemy, alembic, importing\n\n"
                    "[logger_importing]\nlevel = INFO\nhandlers =\n"
                    "qualname = rattail.importing.handlers\n")
    return conf


def _table(entity) -> str:
    import rattail_odoo_pos.db.model as ours
    return getattr(ours, entity.class_name).__tablename__


def test_import_versions_reports_true_counts(rattail_config, sandbox, tmp_path):
    """Every importer import-versions runs (rattail's own for Product, Store...,
    and this package's chunked ones) logs how many versions it really added."""
    import re
    from rattail.db import model as rattail_model
    import rattail_odoo_pos.db.model as ours
    env = rattail_config
    conf = info_conf(env, tmp_path)    # the handler's "added N" lines are INFO
    rattail(env.path, '--no-versioning', 'import-odoo-pos')
    add_user(env.path)
    version_tables = [r[0] for r in rows(env, "SELECT table_name FROM information_schema.tables "
                                              "WHERE table_name LIKE '%\\_version'")]
    before = {t: scalar(env, f'SELECT count(*) FROM "{t}"') for t in version_tables}
    result = rattail(conf, '--runas', 'admin', 'import-versions', '-m', 'counts')
    added = {key: int(n.replace(',', '')) for n, key in re.findall(
        r"added ([\d,]+); updated \d+; deleted \d+ (\w+) records", result.stderr)}
    assert {'Product', 'Store', 'OdooPosOrder', 'OdooPosOrderLine'} <= set(added), \
        result.stderr[-3000:]
    per_table = {}      # e.g. PersonPhoneNumber and CustomerPhoneNumber share "phone"
    for key, count in added.items():
        table = (getattr(ours, key, None) or getattr(rattail_model, key)).__tablename__
        per_table[table] = per_table.get(table, 0) + count
    for table, count in per_table.items():
        new = scalar(env, f"SELECT count(*) FROM {table}_version") - before[f"{table}_version"]
        assert count == new, (table, count, new)
    for key in ('Product', 'Store', 'OdooPosOrder'):
        table = (getattr(ours, key, None) or getattr(rattail_model, key)).__tablename__
        live = scalar(env, f"SELECT count(*) FROM {table}")
        assert live > 0 and added[key] == live, (key, added[key], live)


def test_rattails_empty_tables_are_not_read(rattail_config, sandbox, tmp_path):
    """import-versions leaves out Rattail's own importers whose table and
    version table both hold nothing (one query answers for all of them); every
    other importer runs, this package's always, and each table with rows gets
    a version per row."""
    import re
    env = rattail_config
    conf = info_conf(env, tmp_path)    # the handler's "added N" lines are INFO
    rattail(env.path, '--no-versioning', 'import-odoo-pos')
    add_user(env.path)
    result = rattail(conf, '--runas', 'admin', 'import-versions', '-m', 'initial')
    ran = set(re.findall(r"added [\d,]+; updated \d+; deleted \d+ (\w+) records",
                         result.stderr))
    config = make_config([str(env.path)], usedb=False, versioning=False)
    importers = config.get_app().get_import_handler(
        'to_rattail_versions.from_rattail.import', require=True).get_importers()
    left_out = set()
    for key, importer in importers.items():
        table = importer.host_model_class.__tablename__
        live = scalar(env, f'SELECT count(*) FROM "{table}"')
        versions = scalar(env, f'SELECT count(*) FROM "{table}_version"')
        if key in {e.class_name for e in ENTITIES.values()} or live or versions:
            assert key in ran, key
            assert versions >= live, key
        else:
            left_out.add(key)
    assert {'Vendor', 'Brand'} <= left_out and len(left_out) >= 20, sorted(left_out)
    assert not left_out & ran
    assert {'Store', 'Product', 'Customer', 'Employee', 'Tender'} <= ran
