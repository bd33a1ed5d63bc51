# SPDX-License-Identifier: GPL-3.0-or-later
"""pos.order's currency_id is a related field in Odoo 17 (``related=
'config_id.currency_id'``, not stored): the sandbox answers it from the order's
point of sale, as Odoo does, instead of False (which left every imported
order's Currency empty)."""

from __future__ import annotations


def test_order_currency_is_its_point_of_sales(sandbox):
    env = sandbox.sandbox
    orders = env.search_read('pos.order', [], ['config_id', 'currency_id'])
    configs = {c['id']: c['currency_id']
               for c in env.search_read('pos.config', [], ['currency_id'])}
    assert orders
    for order in orders:
        expected = configs[order['config_id'][0]]
        assert expected, f"point of sale {order['config_id']} has no currency"
        assert order['currency_id'] == expected, order
