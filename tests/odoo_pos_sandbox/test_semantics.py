# SPDX-License-Identifier: GPL-3.0-or-later
"""The sandbox behaves as ../shared/odoo17/NOTES.md says real Odoo 17 does,
checked over real HTTP with odoorpc and Python's xmlrpc.client."""

from __future__ import annotations

import datetime
import threading
import time
import xmlrpc.client
from collections import Counter

import odoorpc
import pytest

from odoo_pos_dev.testing import execute as ex, odoo_login as login
from odoo_pos_sandbox import Sandbox, generate


def test_values_on_the_wire(sandbox):
    odoo = login(sandbox)
    rows = ex(odoo, 'pos.order', 'search_read', [], fields=[
        'name', 'partner_id', 'session_id', 'date_order', 'write_date', 'lines', 'note',
        'amount_total'], order='id', limit=40)
    assert rows and all(r['id'] for r in rows)
    for r in rows:
        assert isinstance(r['session_id'], list) and isinstance(r['session_id'][1], str)
        assert r['partner_id'] is False or isinstance(r['partner_id'][0], int)
        assert r['note'] is False                          # empty char -> False, never None
        datetime.datetime.strptime(r['date_order'], '%Y-%m-%d %H:%M:%S')
        datetime.datetime.strptime(r['write_date'], '%Y-%m-%d %H:%M:%S')
        assert isinstance(r['lines'], list) and r['lines']
    # read keeps the requested order and repeats duplicates
    ids = [rows[4]['id'], rows[0]['id'], rows[2]['id'], rows[0]['id']]
    assert [r['id'] for r in ex(odoo, 'pos.order', 'read', ids, fields=['name'])] == ids
    # load=None gives bare ids for many2one
    bare = ex(odoo, 'pos.order', 'read', [rows[0]['id']], fields=['session_id'], load=None)
    assert bare[0]['session_id'] == rows[0]['session_id'][0]


def test_money_carries_float_noise_like_real_pos_data(sandbox_template, tmp_path):
    path = tmp_path / 'big.sqlite'
    generate(path, stores=3, days=4, orders_per_day=40, seed=3)
    sb = Sandbox(path)
    totals = [r['amount_total'] for r in sb.search_read('pos.order', [], ['amount_total'])]
    noisy = [t for t in totals if round(t, 2) != t]
    assert noisy, "expected some amounts like 75.60000000000001"
    assert all(abs(round(t, 2) - t) < 1e-9 for t in totals)


def test_write_date_is_truncated_and_gt_returns_the_boundary_second(sandbox):
    odoo = login(sandbox)
    newest = ex(odoo, 'pos.order', 'search_read', [], fields=['write_date'],
                order='write_date desc, id desc', limit=1)[0]['write_date']
    same_second = ex(odoo, 'pos.order', 'search_count', [('write_date', '>', newest)])
    assert same_second >= 1                       # stored with microseconds
    assert ex(odoo, 'pos.order', 'search_count', [('write_date', '=', newest)]) == 0
    day = newest[:10]
    assert ex(odoo, 'pos.order', 'search_count', [('write_date', '>', day)]) == 0
    assert ex(odoo, 'pos.order', 'search_count', [('write_date', '>=', day)]) >= same_second
    # an offset is silently dropped, a T separator accepted
    shifted = newest.replace(' ', 'T') + '-05:00'
    assert ex(odoo, 'pos.order', 'search_count', [('write_date', '>', shifted)]) == same_second
    with pytest.raises(odoorpc.error.RPCError) as info:
        ex(odoo, 'pos.order', 'search_count', [('write_date', '>', 'yesterday')])
    assert info.value.info['data']['name'] == 'psycopg2.errors.InvalidDatetimeFormat'


def test_archived_records_need_active_test_false(sandbox):
    odoo = login(sandbox)
    all_ = ex(odoo, 'product.product', 'search_count', [], context={'active_test': False})
    default = ex(odoo, 'product.product', 'search_count', [])
    assert all_ - default == 2                    # the two archived recorded products
    assert ex(odoo, 'product.product', 'search', [('id', '=', 45)]) == []
    assert ex(odoo, 'product.product', 'read', [45], fields=['active'])[0]['active'] is False


def test_order_by_many2one_uses_the_comodel_order(sandbox):
    odoo = login(sandbox)
    first = ex(odoo, 'pos.order', 'search_read', [], fields=['session_id'],
               order='session_id asc', limit=1)[0]
    top = max(ex(odoo, 'pos.session', 'search', []))
    assert first['session_id'][0] == top          # pos.session _order = "id desc"
    with pytest.raises(odoorpc.error.RPCError) as info:
        ex(odoo, 'pos.order', 'search', [], order='id; select 1')
    assert info.value.info['data']['name'] == 'odoo.exceptions.UserError'


def test_display_name_filter_is_ignored_and_dotted_paths_work(sandbox):
    odoo = login(sandbox)
    n = ex(odoo, 'res.partner', 'search_count', [])
    assert ex(odoo, 'res.partner', 'search_count', [('display_name', 'ilike', 'zzzz')]) == n
    opened = ex(odoo, 'pos.order', 'search_count', [('session_id.state', '=', 'opened')])
    assert opened == sandbox.sandbox.count('pos.order', [('state', '=', 'paid')]) + \
        sandbox.sandbox.count('pos.order', [('state', '=', 'invoiced'),
                                            ('session_id.state', '=', 'opened')])
    assert ex(odoo, 'pos.order', 'search_count',
              ['|', ('state', '=', 'paid'), '!', ('state', '=', 'paid')]) == \
        sandbox.sandbox.count('pos.order')


def test_deleted_records_leave_no_trace(sandbox):
    odoo = login(sandbox)
    partner = sandbox.sandbox.create('res.partner', {'name': 'Gone Soon'})
    sandbox.sandbox.unlink('res.partner', [partner])
    assert ex(odoo, 'res.partner', 'read', [1, partner], fields=['name']) == \
        ex(odoo, 'res.partner', 'read', [1], fields=['name'])
    with pytest.raises(odoorpc.error.RPCError) as info:
        ex(odoo, 'res.partner', 'write', [partner], {'comment': 'x'})
    assert info.value.info['data']['name'] == 'odoo.exceptions.MissingError'
    assert f"res.partner({partner},)" in info.value.info['data']['message']


def test_line_write_does_not_move_the_order_and_price_moves_the_variant(sandbox):
    sb = sandbox.sandbox
    line = sb.search_read('pos.order.line', [], ['order_id', 'write_date'], order='id')[0]
    order_before = sb.search_read('pos.order', [('id', '=', line['order_id'][0])],
                                  ['write_date'])[0]['write_date']
    sb.clock.advance(5)
    sb.write('pos.order.line', [line['id']], {'qty': 7})
    after = sb.search_read('pos.order.line', [('id', '=', line['id'])], ['write_date'])[0]
    assert after['write_date'] > line['write_date']
    assert sb.search_read('pos.order', [('id', '=', line['order_id'][0])],
                          ['write_date'])[0]['write_date'] == order_before
    before = sb.search_read('product.product', [('id', '=', 30)], ['write_date', 'lst_price'])[0]
    sb.clock.advance(5)
    sb.set_price(30, 12.5)
    now = sb.search_read('product.product', [('id', '=', 30)], ['write_date', 'lst_price'])[0]
    assert now['lst_price'] == 12.5 and now['write_date'] > before['write_date']


def test_a_long_transaction_commits_rows_older_than_newer_ones(sandbox):
    """The session-close case: rows written by a transaction that started
    before other writes appear only at its commit, with the older write_date."""
    sb = sandbox.sandbox
    odoo = login(sandbox)
    config_id = 1
    session = sb.open_session(config_id)
    order = sb.new_order(session, [(30, 2), (31, 1)])
    started = sb.now()
    with sb.transaction(at=started) as env:
        sb.close_session(session, env=env)
        # while it runs, another transaction writes and commits later-stamped rows
        sb.clock.advance(120)
        done_elsewhere = threading.Thread(
            target=lambda: sb.write('res.partner', [9], {'comment': 'later'}))
        done_elsewhere.start()
        time.sleep(0.3)
        assert ex(odoo, 'pos.order', 'read', [order], fields=['state'])[0]['state'] == 'paid'
    done_elsewhere.join()
    partner = ex(odoo, 'res.partner', 'read', [9], fields=['write_date'])[0]['write_date']
    closed = ex(odoo, 'pos.order', 'read', [order], fields=['state', 'write_date'])[0]
    assert closed['state'] == 'done'
    assert closed['write_date'] < partner


def test_pos_flows_split_payment_change_and_refund(sandbox):
    sb = sandbox.sandbox
    session = sb.open_session(2)
    methods = {r['name']: r['id'] for r in sb.search_read('pos.payment.method', [], ['name'])}
    order = sb.new_order(session, [dict(product_id=30, qty=1, price_unit=7.3)],
                         payments=[(methods['Cash'], 100.0)])
    rows = sb.search_read('pos.payment', [('pos_order_id', '=', order)],
                          ['amount', 'is_change'])
    total = sb.search_read('pos.order', [('id', '=', order)], ['amount_total'])[0]['amount_total']
    assert sum(r['amount'] for r in rows) == pytest.approx(total)
    assert [r for r in rows if r['is_change']][0]['amount'] == pytest.approx(total - 100.0)
    split = sb.new_order(session, [dict(product_id=30, qty=1, price_unit=7.3)],
                         payments=[(methods['Cash'], 4.0), (methods['Bank'], total - 4.0)])
    pays = sb.search_read('pos.payment', [('pos_order_id', '=', split)], ['payment_method_id'])
    assert {p['payment_method_id'][0] for p in pays} == {methods['Cash'], methods['Bank']}
    refund = sb.refund(order, session_id=session)
    lines = sb.search_read('pos.order.line', [('order_id', '=', refund)],
                           ['qty', 'refunded_orderline_id'])
    assert all(l['qty'] < 0 and l['refunded_orderline_id'] for l in lines)


def test_xmlrpc_client_works_unchanged(sandbox):
    common = xmlrpc.client.ServerProxy(f"{sandbox.url}/xmlrpc/2/common")
    assert common.version()['server_version'] == '17.0'
    uid = common.authenticate('pos17', 'admin', 'admin', {})
    assert uid == 2
    assert common.authenticate('pos17', 'admin', 'nope', {}) is False
    models = xmlrpc.client.ServerProxy(f"{sandbox.url}/xmlrpc/2/object")
    count = models.execute_kw('pos17', uid, 'admin', 'pos.order', 'search_count', [[]])
    assert count == sandbox.sandbox.count('pos.order')
    with pytest.raises(xmlrpc.client.Fault) as info:
        models.execute_kw('pos17', uid, 'wrong', 'pos.order', 'search_count', [[]])
    assert info.value.faultCode == 3


def test_posuser_gets_access_errors(sandbox):
    odoo = login(sandbox, 'posuser', 'posuser')
    assert ex(odoo, 'pos.order', 'search_count', []) == sandbox.sandbox.count('pos.order')
    for call in (lambda: ex(odoo, 'ir.config_parameter', 'search_read', [], fields=['key']),
                 lambda: ex(odoo, 'product.template', 'write', [9], {'list_price': 1}),
                 lambda: ex(odoo, 'hr.employee', 'read', [1], fields=['name', 'ssnid'])):
        with pytest.raises(odoorpc.error.RPCError) as info:
            call()
        assert info.value.info['data']['name'] == 'odoo.exceptions.AccessError'


@pytest.mark.parametrize('kind', ['latency', 'odoo_error', 'http500'])
def test_fault_injection_at_the_nth_call(sandbox, kind):
    odoo = login(sandbox)
    before = sandbox.sandbox.call_count
    sandbox.sandbox.faults.add(kind, at_call=2, seconds=0.3)
    ex(odoo, 'pos.order', 'search_count', [])                       # call 1: fine
    assert sandbox.sandbox.faults.fired == []
    if kind == 'latency':                                           # late, but right
        assert ex(odoo, 'pos.order', 'search_count', []) == sandbox.sandbox.count('pos.order')
    elif kind == 'odoo_error':
        with pytest.raises(odoorpc.error.RPCError) as info:
            ex(odoo, 'pos.order', 'search_count', [])
        assert 'SerializationFailure' in info.value.info['data']['name']
    else:
        with pytest.raises(Exception) as info:
            ex(odoo, 'pos.order', 'search_count', [])
        assert '500' in str(info.value)
    assert sandbox.sandbox.faults.fired == [(before + 2, kind, 'pos.order', 'search_count')]
    assert ex(odoo, 'pos.order', 'search_count', []) == sandbox.sandbox.count('pos.order')
    assert len(sandbox.sandbox.faults.fired) == 1                   # once only


def test_generation_is_deterministic_and_write_dates_tie(tmp_path):
    a, b = tmp_path / 'a.sqlite', tmp_path / 'b.sqlite'
    generate(a, stores=2, days=2, orders_per_day=30, seed=11)
    generate(b, stores=2, days=2, orders_per_day=30, seed=11)
    fields = ['order_id', 'product_id', 'qty', 'price_subtotal_incl', 'write_date']
    rows_a = Sandbox(a).search_read('pos.order.line', [], fields)
    assert rows_a == Sandbox(b).search_read('pos.order.line', [], fields)
    ties = Counter(r['write_date'] for r in rows_a)
    assert max(ties.values()) >= 10               # one sync transaction, many rows


def test_store_time_zone_is_on_the_warehouse_address(sandbox):
    sb = sandbox.sandbox
    zones = []
    for config in sb.search_read('pos.config', [], ['warehouse_id']):
        wh = sb.search_read('stock.warehouse', [('id', '=', config['warehouse_id'][0])],
                            ['partner_id'])[0]
        zones.append(sb.search_read('res.partner', [('id', '=', wh['partner_id'][0])],
                                    ['tz'])[0]['tz'])
    assert zones == ['America/Los_Angeles', 'America/Chicago', 'America/New_York']
