# SPDX-License-Identifier: GPL-3.0-or-later
"""The paced sandbox (pacing.py) charges each request what the calibration
says, checked through its ledger (never a timing), and the multi-database
sandbox (fleet.py) serves separate data per database."""

from __future__ import annotations

import json
import shutil
import threading
import urllib.request
import xmlrpc.client

import pytest

from odoo_pos_sandbox import Sandbox
from odoo_pos_sandbox import pacing
from odoo_pos_sandbox.fleet import Fleet, generate_fleet
from odoo_pos_sandbox.pacing import ENDPOINTS, FIELD, LOGIN, ROW, Pacer, WRITE_PER_RECORD

LINE_FIELDS = ['full_product_name', 'qty', 'price_unit', 'discount', 'price_subtotal',
               'price_subtotal_incl', 'order_id', 'product_id', 'refunded_orderline_id',
               'write_date']


def post(url: str, path: str, params: dict, cookie: str | None = None) -> tuple[dict, str | None]:
    """One JSON-RPC request; the answer and the session cookie it sets."""
    body = json.dumps({'jsonrpc': '2.0', 'method': 'call', 'id': 1, 'params': params}).encode()
    request = urllib.request.Request(url + path, body, {'Content-Type': 'application/json'})
    if cookie:
        request.add_header('Cookie', f'session_id={cookie}')
    with urllib.request.urlopen(request, timeout=30) as response:
        answer = json.loads(response.read())
        set_cookie = response.headers.get('Set-Cookie') or ''
    sid = set_cookie.split('session_id=', 1)[1].split(';', 1)[0] if 'session_id=' in set_cookie \
        else None
    return answer, sid


def execute_kw(url, db, uid, password, model, method, args, kwargs=None, *, path='/jsonrpc'):
    answer, _ = post(url, path, {'service': 'object', 'method': 'execute_kw', 'args': [
        db, uid, password, model, method, args, kwargs or {}]})
    return answer


@pytest.fixture
def paced(sandbox):
    """The test's sandbox served again, paced, accounting only (scale 0)."""
    pacer = Pacer(scale=0)
    server = sandbox.sandbox.serve(paced=pacer)
    yield sandbox.sandbox, server.url, pacer
    server.stop()


def expected(endpoint: str, rows: int, fields: int) -> float:
    ep = ENDPOINTS[endpoint]
    return ep.fixed + ep.row_factor * rows * (ROW + FIELD * fields)


def test_each_call_is_charged_per_row_field_and_endpoint(paced):
    sb, url, pacer = paced
    n_lines = sb.count('pos.order.line')
    assert n_lines > 50
    # a password login: pbkdf2 once
    answer, sid = post(url, '/web/session/authenticate',
                       {'db': sb.database, 'login': 'admin', 'password': 'admin'})
    assert answer['result']['uid'] == 2 and sid
    login = pacer.ledger[-1]
    assert login.login and login.seconds == pytest.approx(ENDPOINTS['other'].fixed + LOGIN)

    # the session path: what it returned, priced per row and field
    answer, _ = post(url, '/web/dataset/call_kw', {
        'model': 'pos.order.line', 'method': 'search_read', 'args': [[]],
        'kwargs': {'fields': LINE_FIELDS}}, cookie=sid)
    assert len(answer['result']) == n_lines
    session = pacer.ledger[-1]
    assert (session.endpoint, session.model, session.method) == (
        'session', 'pos.order.line', 'search_read')
    assert (session.rows, session.fields, session.login) == (n_lines, len(LINE_FIELDS), False)
    assert session.seconds == pytest.approx(expected('session', n_lines, len(LINE_FIELDS)))

    # /jsonrpc: the first call of a (uid, password) pair checks the password, the
    # next ones are cached; the same rows cost the measured factor more
    execute_kw(url, sb.database, 2, 'admin', 'pos.order.line', 'search_read', [[]],
               {'fields': LINE_FIELDS, 'limit': 10})
    assert pacer.ledger[-1].login and pacer.ledger[-1].rows == 10
    answer = execute_kw(url, sb.database, 2, 'admin', 'pos.order.line', 'search_read', [[]],
                        {'fields': LINE_FIELDS})
    assert len(answer['result']) == n_lines
    rpc = pacer.ledger[-1]
    assert (rpc.endpoint, rpc.rows, rpc.fields, rpc.login) == (
        'jsonrpc', n_lines, len(LINE_FIELDS), False)
    assert rpc.seconds == pytest.approx(expected('jsonrpc', n_lines, len(LINE_FIELDS)))
    row_part = (rpc.seconds - ENDPOINTS['jsonrpc'].fixed) / (
        session.seconds - ENDPOINTS['session'].fixed)
    assert row_part == pytest.approx(ENDPOINTS['jsonrpc'].row_factor)
    # more fields cost more, fewer rows less
    execute_kw(url, sb.database, 2, 'admin', 'pos.order.line', 'search_read', [[]],
               {'fields': ['qty'], 'limit': 20})
    small = pacer.ledger[-1]
    assert (small.rows, small.fields) == (20, 1) and small.seconds < rpc.seconds
    # a count returns no rows: the fixed cost only
    answer = execute_kw(url, sb.database, 2, 'admin', 'pos.order', 'search_count', [[]])
    assert answer['result'] == sb.count('pos.order')
    assert pacer.ledger[-1].rows == 0
    assert pacer.ledger[-1].seconds == pytest.approx(ENDPOINTS['jsonrpc'].fixed)
    # a wrong password pays the hash every time
    for _ in range(2):
        execute_kw(url, sb.database, 2, 'wrong', 'pos.order', 'search_count', [[]])
        assert pacer.ledger[-1].login
    # XML-RPC
    proxy = xmlrpc.client.ServerProxy(f'{url}/xmlrpc/2/object')
    ids = proxy.execute_kw(sb.database, 2, 'admin', 'pos.order', 'search', [[]])
    assert pacer.ledger[-1].endpoint == 'xmlrpc' and pacer.ledger[-1].rows == len(ids)

    # the totals add up the ledger
    assert pacer.totals['calls'] == len(pacer.ledger)
    assert pacer.totals['seconds'] == pytest.approx(sum(c.seconds for c in pacer.ledger))
    assert pacer.totals['rows'] == sum(c.rows for c in pacer.ledger)
    # authenticate, the first execute_kw, two wrong passwords (XML-RPC's pair was cached)
    assert pacer.totals['logins'] == sum(c.login for c in pacer.ledger) == 4
    assert all(c.waited == 0 for c in pacer.ledger)          # scale 0: nothing waited


def test_writes_are_charged_per_record_and_cache_clears_charge_the_next_call(paced):
    sb, url, pacer = paced
    products = sb.ids('product.product', [('active', '=', True)])[:3]
    execute_kw(url, sb.database, 2, 'admin', 'pos.order', 'search_count', [[]])   # login
    assert pacer.ledger[-1].login
    execute_kw(url, sb.database, 2, 'admin', 'product.product', 'write',
               [products, {'lst_price': 9.5}])
    write = pacer.ledger[-1]
    assert (write.method, write.records) == ('write', 3)
    assert write.seconds == pytest.approx(ENDPOINTS['jsonrpc'].fixed + 3 * WRITE_PER_RECORD['write'])
    # archiving a product clears Odoo's registry cache: the next request pays for it
    execute_kw(url, sb.database, 2, 'admin', 'product.product', 'write',
               [products[:1], {'active': False}])
    assert not pacer.ledger[-1].cache_clear
    execute_kw(url, sb.database, 2, 'admin', 'pos.order', 'search_count', [[]])
    assert pacer.ledger[-1].cache_clear
    assert pacer.ledger[-1].seconds == pytest.approx(
        ENDPOINTS['jsonrpc'].fixed + pacing.CACHE_CLEAR)
    execute_kw(url, sb.database, 2, 'admin', 'pos.order', 'search_count', [[]])
    assert not pacer.ledger[-1].cache_clear
    created = execute_kw(url, sb.database, 2, 'admin', 'pos.category', 'create',
                         [[{'name': 'A'}, {'name': 'B'}]])['result']
    assert len(created) == 2 and pacer.ledger[-1].records == 2


def test_one_request_at_a_time_per_worker(sandbox):
    pacer = Pacer(scale=0.05, workers=1)       # each request held a little
    server = sandbox.sandbox.serve(paced=pacer)
    try:
        threads = [threading.Thread(target=execute_kw, args=(
            server.url, sandbox.database, 2, 'admin', 'pos.order', 'search_count', [[]]))
            for _ in range(6)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    finally:
        server.stop()
    assert pacer.totals['calls'] == 6 and pacer.peak == 1


def test_the_model_gives_the_measured_rates():
    """The constants reproduce issue 10's figures (batches of 2,000 rows)."""
    def rate(endpoint, fields):
        return 2000 / expected(endpoint, 2000, fields)
    assert rate('session', 10) == pytest.approx(10_100, rel=0.02)
    assert rate('jsonrpc', 10) == pytest.approx(6_200, rel=0.03)
    assert rate('session', 35) == pytest.approx(5_700, rel=0.02)
    assert rate('jsonrpc', 35) == pytest.approx(3_000, rel=0.15)
    assert rate('session', 10) / rate('jsonrpc', 10) == pytest.approx(1.6, rel=0.05)
    assert 0.42 <= LOGIN <= 0.45


# -- many databases from one process -----------------------------------------

@pytest.fixture
def fleet(tmp_path):
    fleet = Fleet.from_paths(generate_fleet(tmp_path / 'fleet', 3, seed=5), paced=True, scale=0)
    fleet.serve()
    yield fleet
    fleet.stop()


def test_each_database_is_its_own_file(fleet):
    url = fleet.server.url
    seen = {}
    for name, sb in fleet.sandboxes.items():
        answer = execute_kw(url, name, 2, 'admin', 'pos.order', 'search_read', [[]],
                            {'fields': ['amount_total', 'date_order'], 'order': 'id'})
        assert answer['result'] == sb.search_read('pos.order', [], ['amount_total', 'date_order'])
        seen[name] = answer['result']
        assert fleet.pacers[name].totals['calls'] == 1     # charged to its own database
    a, b, c = seen.values()
    assert a != b and b != c
    # a write in one database is not seen in another
    first, second = list(fleet.sandboxes)[:2]
    order = seen[first][0]['id']
    execute_kw(url, first, 2, 'admin', 'pos.order', 'write', [[order], {'note': 'only here'}])
    assert fleet.sandboxes[first].search_read('pos.order', [('id', '=', order)], ['note'])[0][
        'note'] == 'only here'
    assert fleet.sandboxes[second].search_read('pos.order', [('id', '=', order)], ['note'])[0][
        'note'] is False
    # a web session belongs to the database it was opened on
    answer, sid = post(url, '/web/session/authenticate',
                       {'db': second, 'login': 'admin', 'password': 'admin'})
    assert answer['result']['db'] == second
    answer, _ = post(url, '/web/dataset/call_kw', {
        'model': 'pos.order', 'method': 'search_count', 'args': [[]], 'kwargs': {}}, cookie=sid)
    assert answer['result'] == fleet.sandboxes[second].count('pos.order')
    # a database nobody serves: Odoo's error
    answer = execute_kw(url, 'nope', 2, 'admin', 'pos.order', 'search_count', [[]])
    assert 'database "nope" does not exist' in answer['error']['data']['message']


def test_a_database_taken_down_does_not_answer(fleet):
    url = fleet.server.url
    down, up = list(fleet.sandboxes)[:2]
    fleet.take_down(down, hang_seconds=0.2)
    with pytest.raises(Exception):
        execute_kw(url, down, 2, 'admin', 'pos.order', 'search_count', [[]])
    assert execute_kw(url, up, 2, 'admin', 'pos.order', 'search_count', [[]])['result'] > 0
    fleet.bring_up(down)
    assert execute_kw(url, down, 2, 'admin', 'pos.order', 'search_count', [[]])['result'] > 0
