# SPDX-License-Identifier: GPL-3.0-or-later
"""Native Rattail products from Odoo products: UPC only from a valid GTIN,
the sales price as regular price, both following later changes in Odoo."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

import pytest

from rattail_odoo_pos.importing.odoo_pos import valid_gtin
from odoo_pos_dev.testing import rattail, rows


@pytest.mark.parametrize('barcode, valid', [
    ('4006381333931', True), ('036000291452', True), ('96385074', True),
    ('2300001000008', True), ('4006381333932', False), ('12345', False),
    ('ABC4006381333', False), ('', False), (None, False)])
def test_valid_gtin(barcode, valid):
    assert valid_gtin(barcode) is valid


def products(env) -> dict:
    return {r[0]: r[1:] for r in rows(env, """
        SELECT x.odoo_id, p.upc, p.scancode, p.item_id, pp.price, pp.type
        FROM odoo_pos_product x JOIN product p ON p.uuid = x.product_uuid
        LEFT JOIN product_price pp ON pp.uuid = p.regular_price_uuid""")}


def test_products_get_upc_and_regular_price(rattail_config, sandbox):
    env, sb = rattail_config, sandbox.sandbox
    rattail(env.path, '--no-versioning', 'import-odoo-pos')
    odoo = sb.search_read('product.product', [], ['barcode', 'default_code', 'lst_price'])
    local = products(env)
    assert sorted(local) == [p['id'] for p in odoo]
    for p in odoo:
        upc, scancode, item_id, price, price_type = local[p['id']]
        assert scancode == (p['barcode'] or None)
        assert (upc is not None) == valid_gtin(p['barcode'] or None), p
        assert item_id == (p['default_code'] or None)
        assert price == Decimal(repr(p['lst_price'])).quantize(Decimal('0.001'), ROUND_HALF_UP)
        assert price_type == 0          # enum.PRICE_TYPE_REGULAR
    assert any(r[0] is not None for r in local.values())

    target = odoo[0]['id']
    sb.write('product.product', [target], {'barcode': '12345'})
    sb.set_price(target, 7.5)
    rattail(env.path, '--no-versioning', 'import-odoo-pos')
    upc, scancode, _, price, _ = products(env)[target]
    assert (upc, scancode, price) == (None, '12345', Decimal('7.500'))
    sb.write('product.product', [target], {'barcode': '4006381333931'})
    rattail(env.path, '--no-versioning', 'import-odoo-pos')
    assert int(products(env)[target][0]) == 4006381333931


def test_tenders_keep_payment_type_and_journal(rattail_config, sandbox):
    env, sb = rattail_config, sandbox.sandbox
    rattail(env.path, '--no-versioning', 'import-odoo-pos')
    local = {r[0]: r[1:] for r in rows(env, """
        SELECT x.odoo_id, x.payment_type, x.journal, t.name, t.is_cash
        FROM odoo_pos_tender x JOIN tender t ON t.uuid = x.tender_uuid""")}
    methods = sb.search_read('pos.payment.method', [], ['name', 'journal_id', 'is_cash_count'])
    assert sorted(local) == [m['id'] for m in methods]
    for m in methods:
        kind = 'cash' if m['is_cash_count'] else 'bank' if m['journal_id'] else 'pay_later'
        journal = m['journal_id'][1] if m['journal_id'] else None
        assert local[m['id']] == (kind, journal, m['name'], m['is_cash_count'])
    assert {v[0] for v in local.values()} == {'cash', 'bank', 'pay_later'}
