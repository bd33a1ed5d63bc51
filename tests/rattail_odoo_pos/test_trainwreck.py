# SPDX-License-Identifier: GPL-3.0-or-later
"""``rattail import-odoo-pos-trainwreck``: Odoo POS orders in Rattail's
Trainwreck database (a second database in the same throwaway PostgreSQL):
per store and day, transaction counts and totals equal the sandbox's orders;
items equal the order lines; a re-run changes nothing; a changed order is
carried by the next run; without a Trainwreck database, one clear line."""

from __future__ import annotations

import datetime
import os
import zoneinfo

import sqlalchemy as sa

from odoo_pos_dev.testing import rattail, rows, sandbox_totals


def trainwreck_config(env, postgres, tmp_path):
    """The test's rattail config plus a Trainwreck database (tables created
    from rattail's Trainwreck model)."""
    from rattail.trainwreck.db.model import defaults
    name = f'trainwreck_{os.getpid()}_{tmp_path.name}'[:60]
    url = postgres.create_database(name)
    engine = sa.create_engine(url)
    defaults.Base.metadata.create_all(engine)
    engine.dispose()
    text = env.path.read_text() + (
        "\n[rattail.trainwreck]\n"
        f"db.default.url = {url}\n"
        "model = rattail.trainwreck.db.model.defaults\n")
    path = tmp_path / 'trainwreck.conf'
    path.write_text(text)
    return path, url, name


def transactions_by_store_day(tw_url: str) -> dict:
    """(Odoo pos.config id, UTC day) -> count, sum of totals, sum of item totals."""
    engine = sa.create_engine(tw_url)
    try:
        with engine.connect() as conn:
            result = conn.execute(sa.text("""
                SELECT t.system_id, t.store_id, to_char(t.end_time, 'YYYY-MM-DD'), t.total,
                       (SELECT COALESCE(sum(i.total), 0) FROM transaction_item i
                        WHERE i.transaction_uuid = t.uuid)
                FROM transaction t WHERE t.system = 'odoo_pos'""")).fetchall()
    finally:
        engine.dispose()
    return result


def test_trainwreck_holds_the_odoo_orders(rattail_config, sandbox, postgres, tmp_path):
    env, sb = rattail_config, sandbox.sandbox
    rattail(env, '--no-versioning', 'import-odoo-pos')
    conf, tw_url, name = trainwreck_config(env, postgres, tmp_path)
    try:
        first = rattail(conf, 'import-odoo-pos-trainwreck')
        orders = rows(env, "SELECT count(*) FROM odoo_pos_order")[0][0]
        assert f"transactions created {orders:,}, updated 0, unchanged 0" in first.stdout

        # per store (its Odoo id, through the Rattail store) and UTC day
        store_ids = {r[0]: r[1] for r in rows(
            env, "SELECT s.id, x.odoo_id FROM store s JOIN odoo_pos_store x "
                 "ON x.store_uuid = s.uuid")}
        got: dict = {}
        for system_id, store_id, day, total, items in transactions_by_store_day(tw_url):
            key = (store_ids[store_id], day)
            count, amount, lines = got.get(key, (0, 0, 0))
            got[key] = (count + 1, amount + total, lines + items)
        expected = {k: (v[0], v[1], v[2]) for k, v in sandbox_totals(sb).items()}
        assert got == expected
        assert len(expected) > 3

        # items are the order lines, one each
        assert rows(tw_url, "SELECT count(*) FROM transaction_item")[0][0] == \
            rows(env, "SELECT count(*) FROM odoo_pos_order_line")[0][0]
        discounted = rows(env, "SELECT count(*) FROM odoo_pos_order_line WHERE discount <> 0")
        assert rows(tw_url, "SELECT count(*) FROM transaction_item_discount")[0][0] == \
            discounted[0][0]

        # a re-run changes nothing, even reading every order again
        before = rows(tw_url, "SELECT uuid, upload_time FROM transaction ORDER BY uuid")
        again = rattail(conf, 'import-odoo-pos-trainwreck', '--full')
        assert f"transactions created 0, updated 0, unchanged {orders:,}" in again.stdout
        assert rows(tw_url, "SELECT uuid, upload_time FROM transaction "
                            "ORDER BY uuid") == before

        # an order changed in Rattail (as the import does) reaches Trainwreck
        order = rows(env, "SELECT uuid, odoo_id FROM odoo_pos_order ORDER BY odoo_id LIMIT 1")[0]
        rows(env, "UPDATE odoo_pos_order SET amount_total = amount_total + 1, "
                  "odoo_write_date = now() AT TIME ZONE 'UTC' WHERE uuid = :u", u=order[0])
        third = rattail(conf, 'import-odoo-pos-trainwreck')
        assert "transactions created 0, updated 1," in third.stdout
        assert rows(tw_url, "SELECT t.total FROM transaction t "
                            "WHERE t.system_id = :s", s=f'default:{order[1]}')[0][0] == \
            rows(env, "SELECT amount_total FROM odoo_pos_order WHERE uuid = :u", u=order[0])[0][0]
    finally:
        postgres.drop_database(name)


def test_without_a_trainwreck_database_one_clear_line(rattail_config):
    result = rattail(rattail_config, 'import-odoo-pos-trainwreck', check=False)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and 'no Trainwreck database configured' in lines[0], result.stderr
    assert 'Traceback' not in result.stderr


def test_a_rattail_import_handler_found_by_its_key(rattail_config):
    """Registered as rattail-corepos registers its Trainwreck importer: the
    ``rattail.importing`` entry point under its key, designated by default,
    listed where Tailbone's importing views look, with its command."""
    from rattail_odoo_pos.trainwreck.importing import FromOdooPosToTrainwreck, TRAINWRECK_KEY
    app = rattail_config.config.get_app()
    handler = app.get_import_handler(TRAINWRECK_KEY)
    assert type(handler) is FromOdooPosToTrainwreck
    assert handler.get_key() == TRAINWRECK_KEY == 'to_trainwreck.from_odoo_pos.import'
    assert TRAINWRECK_KEY in {h.get_key() for h in app.get_designated_import_handlers()}
    assert list(handler.get_cmd()) == ['rattail', 'import-odoo-pos-trainwreck']
    listed = rattail(rattail_config, 'import-odoo-pos-trainwreck', '--list-all-models')
    assert "Transaction (*)" in listed.stdout.splitlines()     # its one model, a default


def local_days(sb) -> dict:
    """(pos.config id, store-local day) -> (orders, sum of totals), from the sandbox."""
    from decimal import Decimal
    zones = {}
    for config in sb.search_read('pos.config', [], ['warehouse_id']):
        [wh] = sb.search_read('stock.warehouse', [('id', '=', config['warehouse_id'][0])],
                              ['partner_id'])
        [partner] = sb.search_read('res.partner', [('id', '=', wh['partner_id'][0])], ['tz'])
        zones[config['id']] = zoneinfo.ZoneInfo(partner['tz'])
    out: dict = {}
    for order in sb.search_read('pos.order', [], ['config_id', 'date_order', 'amount_total']):
        when = datetime.datetime.fromisoformat(order['date_order']).replace(
            tzinfo=datetime.timezone.utc)
        key = (order['config_id'][0], when.astimezone(zones[order['config_id'][0]]).date())
        count, total = out.get(key, (0, Decimal(0)))
        out[key] = (count + 1, total + Decimal(repr(order['amount_total'])).quantize(
            Decimal('0.01')))
    return out


def test_run_as_tailbone_runs_it_per_store_local_day(rattail_config, sandbox, postgres,
                                                     tmp_path):
    """The command line Tailbone's importing view builds (model, --create/--update,
    --no-delete, --dry-run): a dry run and a --no-create run write nothing; the
    run then holds, per store and store-local business day (``effective_date``),
    the sandbox's order count and total; a re-run changes nothing."""
    env, sb = rattail_config, sandbox.sandbox
    rattail(env, '--no-versioning', 'import-odoo-pos')
    conf, tw_url, name = trainwreck_config(env, postgres, tmp_path)
    tailbone = ['import-odoo-pos-trainwreck', 'Transaction', '--create', '--update',
                '--no-delete']
    count = "SELECT count(*) FROM transaction"
    try:
        dry = rattail(conf, *tailbone, '--dry-run')
        orders = sb.count('pos.order')
        assert f"transactions created {orders:,}, updated 0, unchanged 0 (dry run" in dry.stdout
        assert rows(tw_url, count)[0][0] == 0
        # --start-date/--end-date: the orders of those days in the app's zone (Chicago)
        day = max(d for _, d in local_days(sb))
        start = datetime.datetime.combine(day, datetime.time(0), zoneinfo.ZoneInfo(
            'America/Chicago')).astimezone(datetime.timezone.utc).replace(tzinfo=None)
        in_day = sb.count('pos.order', [
            ('date_order', '>=', f'{start:%Y-%m-%d %H:%M:%S}'),
            ('date_order', '<', f'{start + datetime.timedelta(days=1):%Y-%m-%d %H:%M:%S}')])
        ranged = rattail(conf, *tailbone, '--dry-run', '--start-date', f'{day}',
                         '--end-date', f'{day}')
        assert 0 < in_day < orders
        assert f"transactions created {in_day:,}, updated 0" in ranged.stdout
        rattail(conf, 'import-odoo-pos-trainwreck', '--no-create')
        assert rows(tw_url, count)[0][0] == 0
        assert rows(env, "SELECT count(*) FROM setting "
                         "WHERE name LIKE 'odoo_pos.trainwreck.cursor.%'")[0][0] == 0
        rattail(conf, *tailbone)
        store_ids = dict(rows(env, "SELECT s.id, x.odoo_id FROM store s JOIN odoo_pos_store x "
                                   "ON x.store_uuid = s.uuid"))
        got = {(store_ids[r[0]], r[1]): (r[2], r[3]) for r in rows(tw_url, """
            SELECT store_id, effective_date, count(*), sum(total) FROM transaction
            WHERE system = 'odoo_pos' GROUP BY store_id, effective_date""")}
        expected = local_days(sb)
        assert got == expected
        assert len({day for _, day in expected}) > 1 and len({s for s, _ in expected}) > 1
        before = rows(tw_url, "SELECT uuid, upload_time FROM transaction ORDER BY uuid")
        again = rattail(conf, *tailbone, '--full')
        assert f"transactions created 0, updated 0, unchanged {orders:,}" in again.stdout
        assert rows(tw_url, "SELECT uuid, upload_time FROM transaction ORDER BY uuid") == before
    finally:
        postgres.drop_database(name)
