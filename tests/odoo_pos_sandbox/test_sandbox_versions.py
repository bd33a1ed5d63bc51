# SPDX-License-Identifier: GPL-3.0-or-later
"""The sandbox speaking Odoo 15, 16, 18 and 19 over real HTTP (odoorpc): the
version's ``version_info`` and ``fields_get`` (for 16, 18 and 19 the recordings
of live servers), its refusals and value shapes, with the same data."""

from __future__ import annotations

import json

import odoorpc
import pytest

from odoo_pos_sandbox.versions import RECORDINGS
from odoo_pos_dev.testing import execute, odoo_login


def rpc_error(call):
    with pytest.raises(odoorpc.error.RPCError) as info:
        call()
    data = info.value.info['data']
    return data['name'], data['message']


@pytest.mark.parametrize('major', (16, 18, 19))
def test_fields_get_is_the_recorded_one(major, sandbox_version):
    served = sandbox_version(major)
    odoo = odoo_login(served)
    for path in sorted((RECORDINGS / f'odoo{major}' / 'fields_get').glob('*.json')):
        recorded = json.loads(path.read_text())
        got = execute(odoo, path.stem, 'fields_get', [],
                      attributes=['type', 'relation', 'store', 'string', 'selection'])
        assert set(got) == set(recorded), path.stem
        for name, meta in recorded.items():
            assert got[name]['type'] == meta['type'], (path.stem, name)
            assert got[name].get('store') == meta.get('store'), (path.stem, name)


@pytest.mark.parametrize('major', (15, 16, 17, 18, 19))
def test_version_info_and_the_same_data(major, sandbox_version):
    served = sandbox_version(major)
    odoo = odoo_login(served)
    assert odoo.version.split('.')[0].startswith(str(major))
    assert execute(odoo, 'pos.order', 'search_count', []) == served.sandbox.count('pos.order')


def test_16_refuses_17_fields_and_shapes_the_category(sandbox_version):
    served = sandbox_version(16)
    odoo = odoo_login(served)
    # the recorded refusals (../odoo16/probes16.json)
    assert rpc_error(lambda: execute(odoo, 'product.product', 'search_read', [],
                                     fields=['pos_categ_ids'], limit=1)) == \
        ('builtins.ValueError', "Invalid field 'pos_categ_ids' on model 'product.product'")
    assert rpc_error(lambda: execute(odoo, 'loyalty.program', 'read', [1],
                                     fields=['date_from'])) == \
        ('builtins.ValueError', "Invalid field 'date_from' on model 'loyalty.program'")
    name, message = rpc_error(lambda: execute(odoo, 'pos.order', 'read_group', [],
                                              ['amount_total:sum'], ['config_id']))
    assert "pos.order.config_id is not a stored field" in message
    # ordering by the non-stored config_id is dropped, not refused
    assert execute(odoo, 'pos.order', 'search', [], order='config_id desc', limit=3) == \
        served.sandbox.ids('pos.order')[:3]
    # pos_categ_id: the many2one of the first category
    sandbox = {p['id']: p['pos_categ_ids'] for p in served.sandbox.search_read(
        'product.product', [], ['pos_categ_ids'])}
    for p in execute(odoo, 'product.product', 'search_read', [], fields=['pos_categ_id'],
                     context={'active_test': False}):
        want = sandbox[p['id']][0] if sandbox[p['id']] else False
        assert (p['pos_categ_id'][0] if p['pos_categ_id'] else False) == want
    # writing it (what an exporter does on 16)
    execute(odoo, 'product.product', 'write', [p['id']], {'pos_categ_id': 1})
    assert served.sandbox.search_read('product.product', [('id', '=', p['id'])],
                                      ['pos_categ_ids'])[0]['pos_categ_ids'] == [1]


def test_16_template_price_does_not_move_the_variant(sandbox_version):
    served16, served17 = sandbox_version(16), sandbox_version(17)
    for served, moves in ((served16, False), (served17, True)):
        sb = served.sandbox
        variant = sb.search_read('product.product', [('active', '=', True)],
                                 ['product_tmpl_id', 'write_date'], order='id')[0]
        sb.clock.advance(60)
        execute(odoo_login(served), 'product.template', 'write',
                [variant['product_tmpl_id'][0]], {'list_price': 12.5})
        after = sb.search_read('product.product', [('id', '=', variant['id'])],
                               ['write_date', 'lst_price'])[0]
        assert after['lst_price'] == 12.5
        assert (after['write_date'] != variant['write_date']) is moves


def test_19_has_no_invoiced_state(sandbox_version):
    served = sandbox_version(19)
    odoo = odoo_login(served)
    order = served.sandbox.ids('pos.order', [('state', '=', 'done')])[0]
    execute(odoo, 'pos.order', 'action_pos_order_invoice', [order])
    rec = execute(odoo, 'pos.order', 'read', [order], fields=['state', 'account_move'])[0]
    assert rec['state'] == 'done' and rec['account_move']
    assert execute(odoo, 'pos.order', 'search_count', [('state', '=', 'invoiced')]) == 0
    assert rpc_error(lambda: execute(odoo, 'res.partner', 'read', [1], fields=['mobile']))[1] \
        == "Invalid field 'mobile' on model 'res.partner'"


def test_15_has_no_pos_bill_and_its_own_loyalty(sandbox_version):
    served = sandbox_version(15)
    odoo = odoo_login(served)
    name, message = rpc_error(lambda: execute(odoo, 'pos.bill', 'fields_get', []))
    assert "pos.bill" in message
    rewards = execute(odoo, 'loyalty.reward', 'search_read', [],
                      fields=['loyalty_program_id', 'reward_type', 'point_cost'])
    assert rewards and {r['reward_type'] for r in rewards} <= {'gift', 'discount'}
    assert rpc_error(lambda: execute(odoo, 'loyalty.reward', 'search_read', [],
                                     fields=['program_id']))[0] == 'builtins.ValueError'


def test_16_refuses_deleting_a_customer_while_a_session_is_open(sandbox_version):
    served = sandbox_version(16)
    sb = served.sandbox
    partner = sb.create('res.partner', {'name': 'Short-lived'})
    sb.open_session(1)
    odoo = odoo_login(served)
    name, message = rpc_error(lambda: execute(odoo, 'res.partner', 'unlink', [partner]))
    assert name == 'odoo.exceptions.UserError'
    assert message.startswith("You cannot delete contacts while there are active PoS sessions.")
    assert sb.ids('res.partner', [('id', '=', partner)]) == [partner]
    # 17 deletes it
    served17 = sandbox_version(17)
    partner = served17.sandbox.create('res.partner', {'name': 'Short-lived'})
    served17.sandbox.open_session(1)
    execute(odoo_login(served17), 'res.partner', 'unlink', [partner])
    assert served17.sandbox.ids('res.partner', [('id', '=', partner)]) == []
