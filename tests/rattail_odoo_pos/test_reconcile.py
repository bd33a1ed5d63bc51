# SPDX-License-Identifier: GPL-3.0-or-later
"""``rattail odoo-pos-reconcile`` run as a user runs it (``rattail``
subprocesses) against the served sandbox: equal after an import, the two
changed days named with their figures, ``--repair`` brings them back, the
number of Odoo calls does not grow with the number of orders, one line for a
failure, exit 2 for a configuration error."""

from __future__ import annotations

import datetime
import json
import re
from collections import defaultdict
from decimal import Decimal
from zoneinfo import ZoneInfo

from odoo_pos_dev.devenv import make_rattail_env
from odoo_pos_dev.testing import SANDBOX_SHAPE, money, rattail, rows, serve_copy

#: the sandbox's days (generate.DEFAULT_END and the two before), with a margin
RANGE = ('--since', '2026-11-19', '--until', '2026-11-23')


def imported(env):
    rattail(env, '--no-versioning', 'import-odoo-pos')


def reconcile(env, *args):
    return rattail(env, 'odoo-pos-reconcile', *RANGE, *args, check=False)


def store_zones(env) -> dict[int, ZoneInfo]:
    return {r[0]: ZoneInfo(r[1]) for r in rows(env, "SELECT odoo_id, timezone FROM "
                                                    "odoo_pos_store WHERE source = 'default'")}


def local_day(date_order: str, zone: ZoneInfo) -> datetime.date:
    utc = datetime.datetime.strptime(date_order, '%Y-%m-%d %H:%M:%S').replace(
        tzinfo=datetime.timezone.utc)
    return utc.astimezone(zone).date()


def odoo_day_figures(sb, zones) -> dict:
    """(store, local day) -> [lines, line incl total, amount_total], from the
    sandbox record by record (what read_group must agree with)."""
    out = defaultdict(lambda: [0, Decimal(0), Decimal(0)])
    key_of = {}
    for o in sb.search_read('pos.order', [], ['config_id', 'date_order', 'amount_total']):
        store = o['config_id'][0]
        key_of[o['id']] = key = (store, local_day(o['date_order'], zones[store]))
        out[key][2] += money(o['amount_total'])
    for line in sb.search_read('pos.order.line', [], ['order_id', 'price_subtotal_incl']):
        key = key_of[line['order_id'][0]]
        out[key][0] += 1
        out[key][1] += money(line['price_subtotal_incl'])
    return out


def figure_line(text: str, day, store: int, label: str) -> tuple[str, str]:
    """The (Odoo, Rattail) values printed for *label* under *day* / *store*."""
    block = re.search(rf"^  {day}  store {store} .*?(?=^  \S|\Z)", text, re.M | re.S)
    assert block, f"{day} store {store} not in:\n{text}"
    found = re.search(rf"^    {re.escape(label)} +Odoo +(\S+) +Rattail +(\S+)", block.group(0),
                      re.M)
    assert found, f"{label} not under {day} store {store}:\n{block.group(0)}"
    return found.group(1), found.group(2)


def test_equal_then_two_changed_days_named_then_repaired(rattail_config, sandbox):
    env, sb = rattail_config, sandbox.sandbox
    imported(env)
    result = reconcile(env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert 'source default: EQUAL' in result.stdout

    zones = store_zones(env)
    figures = odoo_day_figures(sb, zones)
    orders = sb.search_read('pos.order', [], ['config_id', 'date_order', 'amount_total'],
                            order='id')
    # a line of an order of one (store, day) is deleted locally ...
    first = orders[0]
    line_key = (first['config_id'][0], local_day(first['date_order'], zones[first['config_id'][0]]))
    line = sb.search_read('pos.order.line', [('order_id', '=', first['id'])],
                          ['price_subtotal_incl'], order='id')[0]
    # ... and an order's amount_total is changed locally on another day
    other = next(o for o in orders if (o['config_id'][0], local_day(
        o['date_order'], zones[o['config_id'][0]]))[1] != line_key[1])
    amount_key = (other['config_id'][0], local_day(other['date_order'],
                                                   zones[other['config_id'][0]]))
    rows(env, "DELETE FROM odoo_pos_order_line WHERE source = 'default' AND odoo_id = :i",
         i=line['id'])
    rows(env, "UPDATE odoo_pos_order SET amount_total = amount_total + 10 "
              "WHERE source = 'default' AND odoo_id = :i", i=other['id'])

    result = reconcile(env)
    assert result.returncode == 1, result.stdout + result.stderr
    text = result.stdout
    assert '2 of ' in text and 'DIFFER' in text, text
    lines, incl, _ = figures[line_key]
    assert figure_line(text, line_key[1], line_key[0], 'lines') == (f"{lines:,}",
                                                                     f"{lines - 1:,}")
    assert figure_line(text, line_key[1], line_key[0], 'line price_subtotal_incl') == (
        f"{incl:,.2f}", f"{incl - money(line['price_subtotal_incl']):,.2f}")
    total = figures[amount_key][2]
    assert figure_line(text, amount_key[1], amount_key[0], 'order amount_total') == (
        f"{total:,.2f}", f"{total + 10:,.2f}")
    assert 'Traceback' not in result.stderr

    result = reconcile(env, '--repair')
    assert result.returncode == 0, result.stdout + result.stderr
    assert 'after repair: EQUAL' in result.stdout, result.stdout
    assert re.search(r"repair: re-imported: .*pos\.order\.line", result.stdout)

    result = reconcile(env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert rows(env, "SELECT count(*) FROM odoo_pos_order_line WHERE source = 'default' "
                     "AND odoo_id = :i", i=line['id'])[0][0] == 1
    assert rows(env, "SELECT amount_total FROM odoo_pos_order WHERE source = 'default' "
                     "AND odoo_id = :i", i=other['id'])[0][0] == money(other['amount_total'])
    assert rows(env, "SELECT count(*) FROM (SELECT source, odoo_id FROM odoo_pos_order_line "
                     "GROUP BY source, odoo_id HAVING count(*) > 1) d")[0][0] == 0


def test_repair_deletes_what_odoo_confirms_gone_and_lists_rejected_records(rattail_config,
                                                                          sandbox):
    env, sb = rattail_config, sandbox.sandbox
    imported(env)
    zones = store_zones(env)
    order = sb.search_read('pos.order', [], ['config_id', 'date_order'], order='id desc')[0]
    day = local_day(order['date_order'], zones[order['config_id'][0]])
    payments = sb.ids('pos.payment', [('pos_order_id', '=', order['id'])])
    lines = sb.ids('pos.order.line', [('order_id', '=', order['id'])])
    # Odoo loses the order (and with it its lines and payments); Rattail still has it
    sb.unlink('pos.payment', payments)
    sb.unlink('pos.order.line', lines)
    sb.unlink('pos.order', [order['id']])
    rows(env, "INSERT INTO odoo_pos_rejected (uuid, source, odoo_model, odoo_id, reason, raw, "
              "first_seen, last_seen, attempts) VALUES ('0123456789abcdef0123456789abcdef', "
              "'default', 'pos.order.line', 999999, 'full_product_name: NUL character', "
              ":raw, now(), now(), 3)", raw=json.dumps({'id': 999999, 'order_id': [77, 'X']}))

    result = reconcile(env)
    assert result.returncode == 1, result.stdout + result.stderr
    assert f"  {day}  store {order['config_id'][0]} " in result.stdout
    assert 'may explain' in result.stdout
    assert 'pos.order.line 999999 [order 77 X]: full_product_name: NUL character' \
        in result.stdout

    result = reconcile(env, '--repair', '--json')
    assert result.returncode == 0, result.stdout + result.stderr
    report = json.loads(result.stdout)
    [source] = report['sources']
    assert source['equal'] is True and report['exit_code'] == 0
    assert source['repaired']['deleted'] == {'pos.order': 1, 'pos.order.line': len(lines),
                                             'pos.payment': len(payments)}
    assert rows(env, "SELECT count(*) FROM odoo_pos_order WHERE odoo_id = :i",
                i=order['id'])[0][0] == 0


def test_odoo_calls_do_not_grow_with_the_orders(tmp_path, rattail_db_url, sandbox):
    """Same stores and days, five times the orders: the same number of calls,
    within 1 + stores + 3 x stores x days (plus the connection's own)."""
    from odoo_pos_sandbox import generate
    bigger = tmp_path / 'bigger.sqlite'
    generate(bigger, **dict(SANDBOX_SHAPE, orders_per_day=SANDBOX_SHAPE['orders_per_day'] * 5))
    big = serve_copy(bigger, tmp_path / 'bigger-served.sqlite')
    try:
        calls = {}
        for name, served in (('small', sandbox), ('big', big)):
            env = make_rattail_env(tmp_path / name, rattail_db_url,
                                   {'default': served.source_settings()})
            before = served.sandbox.call_count
            result = reconcile(env)         # against an empty Rattail: every day differs
            assert result.returncode == 1, result.stdout + result.stderr
            calls[name] = served.sandbox.call_count - before
            orders = served.sandbox.count('pos.order')
            assert f"{SANDBOX_SHAPE['stores'] * SANDBOX_SHAPE['days']} of " in result.stdout
            assert orders == (SANDBOX_SHAPE['stores'] * SANDBOX_SHAPE['days']
                              * SANDBOX_SHAPE['orders_per_day'] * (5 if name == 'big' else 1))
        assert calls['small'] == calls['big'], calls
        stores, days = SANDBOX_SHAPE['stores'], 5        # RANGE is 5 days
        assert calls['big'] <= 1 + stores + 3 * stores * days + 5, calls
    finally:
        big.server.stop()


def test_failures_are_one_line_and_config_errors_exit_2(tmp_path, rattail_db_url, sandbox):
    env = make_rattail_env(tmp_path, rattail_db_url, {'default': dict(
        url='http://127.0.0.1:9', database='pos17', login='admin', secret='S3cr3t-0123456789',
        timeout=2, retries=0)})
    result = reconcile(env)
    assert result.returncode == 1
    assert 'Traceback' not in result.stderr and 'S3cr3t-0123456789' not in result.stderr
    assert "source default:" in result.stderr and '127.0.0.1:9' in result.stderr

    result = reconcile(env, '--source', 'nowhere')
    assert result.returncode == 2 and 'unknown Odoo source(s) nowhere' in result.stderr
    result = rattail(env, 'odoo-pos-reconcile', '--since', '2026-11-23', '--until', '2026-11-19',
                     check=False)
    assert result.returncode == 2 and 'is after --until' in result.stderr
