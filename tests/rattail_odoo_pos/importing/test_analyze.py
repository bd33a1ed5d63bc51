# SPDX-License-Identifier: GPL-3.0-or-later
"""A read that creates many rows of a table gives PostgreSQL its statistics
(``ANALYZE``, OdooPosImporter.analyze_after_load): without them the next
models' look-ups of their references into the table scan it for every batch.
Counted with ``pg_stat_user_tables.analyze_count``, which only an explicit
``ANALYZE`` raises (autovacuum's are counted apart)."""

from __future__ import annotations

from rattail.config import make_config

from odoo_pos_dev.testing import assert_equal_to_sandbox, rows
from rattail_odoo_pos.entities import ENTITIES
from rattail_odoo_pos.importing import odoo_pos

TABLES = {e.key: getattr(__import__('rattail_odoo_pos.db.model', fromlist=['x']),
                         e.class_name).__table__.name for e in ENTITIES.values()}


def run(env, **kwargs):
    config = make_config([str(env.path)], usedb=False, versioning=False)
    handler = config.get_app().get_import_handler('to_rattail.from_odoo_pos.import',
                                                  require=True)
    handler.import_data(*handler.get_default_keys(), **kwargs)


def analyzed(env) -> dict[str, int]:
    return dict(rows(env, "SELECT relname, analyze_count FROM pg_stat_user_tables "
                          "WHERE relname LIKE 'odoo_pos_%' AND relname NOT LIKE '%_version'"))


def counts(env) -> dict[str, int]:
    return {table: rows(env, f'SELECT count(*) FROM "{table}"')[0][0]
            for table in TABLES.values()}


def test_an_initial_load_analyzes_the_tables_it_filled_and_no_later_run_does(
        rattail_config, sandbox, monkeypatch):
    env = rattail_config
    monkeypatch.setattr(odoo_pos, 'ANALYZE_AFTER', 20)
    run(env, dry_run=True)
    assert set(analyzed(env).values()) == {0}             # a dry run: nothing
    run(env)
    assert_equal_to_sandbox(env, sandbox.sandbox)
    stored, done = counts(env), analyzed(env)
    big = {t for t, n in stored.items() if n >= 20}
    assert {TABLES['order'], TABLES['order_line'], TABLES['payment']} <= big
    assert {t for t, n in done.items() if n} == big       # once each, those only
    assert {done[t] for t in big} == {1}
    run(env)                                              # nothing new: no ANALYZE
    assert analyzed(env) == done
