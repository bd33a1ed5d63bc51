# SPDX-License-Identifier: GPL-3.0-or-later
"""The dashboard's daily summary (``odoo_pos_daily_summary``) is kept by the
import: after the initial load, and after an incremental run in which an order
moved to another day, an order was cancelled and a line changed price, it
equals the reporting view computed from every line."""

from __future__ import annotations

import datetime

from odoo_pos_dev.testing import rattail, rows

SUMMARY = ("SELECT source, store_uuid, business_date, sum(order_count), sum(net), sum(tax), "
           "sum(gross) FROM odoo_pos_daily_summary GROUP BY source, store_uuid, business_date")
VIEW = ("SELECT source, store_uuid, business_date, count(DISTINCT order_uuid), sum(net), "
        "sum(tax), sum(gross) FROM odoo_pos_sales_line "
        "GROUP BY source, store_uuid, business_date")


def table(env, sql) -> dict:
    return {tuple(r[:3]): tuple(r[3:]) for r in rows(env, sql)}


def test_the_import_keeps_the_summary_equal_to_the_lines(rattail_config, sandbox):
    env, sb = rattail_config, sandbox.sandbox
    rattail(env, '--no-versioning', 'import-odoo-pos')
    first = table(env, SUMMARY)
    assert first and first == table(env, VIEW)

    orders = sb.search_read('pos.order', [('state', 'in', ['paid', 'done'])],
                            ['date_order', 'config_id'], order='id')
    moved, cancelled = orders[0], orders[-1]
    sb.clock.advance(120)
    when = datetime.datetime.fromisoformat(moved['date_order']) - datetime.timedelta(days=5)
    sb.write('pos.order', [moved['id']], {'date_order': when.strftime('%Y-%m-%d %H:%M:%S')})
    sb.write('pos.order', [cancelled['id']], {'state': 'cancel'})
    line = sb.search_read('pos.order.line', [('order_id', '=', orders[1]['id'])],
                          ['price_subtotal', 'price_subtotal_incl'])[0]
    sb.write('pos.order.line', [line['id']], {'price_subtotal': line['price_subtotal'] + 100,
                                              'price_subtotal_incl':
                                              line['price_subtotal_incl'] + 110})
    rattail(env, '--no-versioning', 'import-odoo-pos')
    after = table(env, SUMMARY)
    assert after == table(env, VIEW)
    assert after != first
    # the moved order's new day exists now (the sandbox had no sale that early)
    assert set(after) - set(first), "no new business day after moving an order 5 days back"
