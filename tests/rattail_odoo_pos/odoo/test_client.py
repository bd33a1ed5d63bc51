# SPDX-License-Identifier: GPL-3.0-or-later
"""The client seam against the sandbox over real HTTP (odoorpc underneath)."""

from __future__ import annotations

import socket
import threading
import time
from collections import Counter

import pytest

from rattail_odoo_pos.odoo import (
    OdooAccessError, OdooClient, OdooConfigError, OdooConnectionError, OdooLoginError,
    OdooRPCError, OdooSource, load_source)
from odoo_pos_dev.devenv import free_port

LINE_FIELDS = ['order_id', 'product_id', 'qty', 'price_subtotal_incl', 'write_date']


def client_for(sandbox, **kw) -> OdooClient:
    settings = dict(key='store1', url=sandbox.url, database='pos17', login='admin',
                    secret='admin', timeout=10, retries=2, backoff=0.01)
    settings.update(kw)
    return OdooClient(OdooSource(**settings))


def test_login_with_password_detects_version(sandbox):
    client = client_for(sandbox).connect()
    assert client.version == '17.0'
    assert client.version_info == (17, 0)
    assert client.uid == 2


def test_login_with_api_key(sandbox):
    key = sandbox.sandbox.create_api_key('admin')
    assert key != 'admin' and len(key) == 40
    client = client_for(sandbox, secret=key).connect()
    assert client.search_count('pos.config') == sandbox.sandbox.count('pos.config')


@pytest.mark.parametrize('secret', ['not-the-password', 'f' * 40])
def test_wrong_secret_is_a_clear_error_without_the_secret(sandbox, secret):
    client = client_for(sandbox, secret=secret)
    with pytest.raises(OdooLoginError) as info:
        client.connect()
    message = str(info.value)
    assert "Cannot log in to Odoo source 'store1'" in message
    assert 'wrong login' in message
    assert secret not in message
    assert secret not in repr(client.source)


def test_unknown_database_is_named(sandbox):
    with pytest.raises(OdooLoginError) as info:
        client_for(sandbox, database='no_such_db').connect()
    assert "no_such_db" in str(info.value)


def test_unreachable_url_fails_fast_with_a_clear_error():
    port = free_port()   # nothing listens there
    client = OdooClient(OdooSource(key='gone', url=f'http://127.0.0.1:{port}', database='x',
                                   login='admin', secret='s3cret-value', timeout=2,
                                   retries=1, backoff=0.01))
    with pytest.raises(OdooConnectionError) as info:
        client.connect()
    message = str(info.value)
    assert f"Cannot reach Odoo source 'gone' at http://127.0.0.1:{port}" in message
    assert 's3cret-value' not in message


def test_silent_server_times_out_within_the_configured_timeout():
    """A server that accepts connections but never answers: the client gives up
    after timeout x attempts, not after odoorpc's default of 120 s."""
    listener = socket.socket()
    listener.bind(('127.0.0.1', 0))
    listener.listen(16)
    port = listener.getsockname()[1]
    accepted = []
    stop = threading.Event()

    def accept():
        listener.settimeout(0.2)
        while not stop.is_set():
            try:
                accepted.append(listener.accept()[0])
            except OSError:
                pass
    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        client = OdooClient(OdooSource(key='slow', url=f'http://127.0.0.1:{port}',
                                       database='x', login='admin', secret='pw',
                                       timeout=1, retries=1, backoff=0.01))
        start = time.monotonic()
        with pytest.raises(OdooConnectionError) as info:
            client.connect()
        elapsed = time.monotonic() - start
    finally:
        stop.set()
        thread.join()
        for conn in accepted:
            conn.close()
        listener.close()
    assert 'timeout 1s' in str(info.value)
    assert len(accepted) == 2            # one try and one retry
    assert elapsed < 10                  # not odoorpc's 120 s default


def test_iter_batches_reads_every_line_once(sandbox):
    client = client_for(sandbox)
    total = client.search_count('pos.order.line')
    assert total > 100
    seen = Counter()
    sizes = []
    for batch in client.iter_batches('pos.order.line', LINE_FIELDS, batch_size=37):
        sizes.append(len(batch))
        seen.update(row['id'] for row in batch)
    assert sum(seen.values()) == total
    assert max(seen.values()) == 1
    assert max(sizes) == 37
    # same ids as a plain search
    assert set(seen) == set(client.execute_kw('pos.order.line', 'search', [[]]))


def test_iter_changed_pages_through_write_date_ties(sandbox):
    """Thousands of rows share a write_date second (one transaction closes a
    session); paging by (write_date, id) with a small batch neither skips nor
    repeats any of them."""
    client = client_for(sandbox)
    ties = Counter(r['write_date'] for r in client.search_read(
        'pos.order.line', [], ['write_date']))
    assert max(ties.values()) > 7          # the page size below cuts through ties
    seen = Counter()
    for batch in client.iter_changed('pos.order.line', LINE_FIELDS, None, batch_size=7):
        seen.update(row['id'] for row in batch)
    assert sum(seen.values()) == sum(ties.values())
    assert max(seen.values()) == 1


def test_iter_changed_since_includes_the_boundary_second(sandbox):
    from rattail_odoo_pos.odoo import parse_odoo_datetime
    client = client_for(sandbox)
    rows = client.search_read('pos.order', [], ['write_date'])
    stamps = sorted({r['write_date'] for r in rows})
    assert len(stamps) > 1
    since = parse_odoo_datetime(stamps[-1])
    expected = {r['id'] for r in rows if r['write_date'] >= stamps[-1]}
    got = {row['id'] for batch in client.iter_changed('pos.order', ['name'], since)
           for row in batch}
    assert got == expected and got


def test_iter_ids_includes_archived(sandbox):
    client = client_for(sandbox)
    ids = [i for page in client.iter_ids('product.product', batch_size=3) for i in page]
    active = client.execute_kw('product.product', 'search', [[]])
    assert len(ids) == len(set(ids))
    assert set(active) < set(ids)          # archived products are in the full set


def test_only_fields_the_server_has_are_requested(sandbox):
    client = client_for(sandbox)
    # pos_categ_id is Odoo <= 16, pos_categ_ids is Odoo 17
    fields = client.available_fields('product.product', ['name', 'pos_categ_id', 'pos_categ_ids'])
    assert fields == ['name', 'pos_categ_ids']
    rows = client.search_read('product.product', [], ['name', 'pos_categ_id'], limit=2)
    assert rows and set(rows[0]) == {'id', 'name'}


def test_odoo_error_names_source_model_and_message(sandbox):
    client = client_for(sandbox)
    with pytest.raises(OdooRPCError) as info:
        client.execute_kw('pos.order', 'search_read', [[('no_such_field', '=', 1)]],
                          {'fields': ['name']})
    error = info.value
    assert error.source == 'store1' and error.odoo_model == 'pos.order'
    assert error.odoo_name == 'builtins.ValueError'
    assert "Odoo source 'store1'" in str(error) and 'pos.order.search_read' in str(error)
    assert 'no_such_field' in str(error)
    assert 'admin' not in str(error).replace("login 'admin'", '')


def test_restricted_user_gets_an_access_error(sandbox):
    client = client_for(sandbox, login='posuser', secret='posuser')
    with pytest.raises(OdooAccessError) as info:
        client.search_read('ir.config_parameter', [], ['key'])
    assert "needs read access to ir.config_parameter" in str(info.value)
    assert 'posuser' in str(info.value)


def test_has_model(sandbox):
    client = client_for(sandbox)
    assert client.has_model('pos.order')
    assert not client.has_model('no.such.model')


@pytest.mark.parametrize('kind', ['http500', 'drop'])
def test_transport_faults_are_retried(sandbox, kind):
    client = client_for(sandbox).connect()
    before = client.search_count('pos.order')
    sandbox.sandbox.faults.add(kind, model='pos.order', method='search_count', times=1)
    assert client.search_count('pos.order') == before


def test_a_create_whose_answer_is_lost_is_not_repeated(sandbox):
    """Odoo commits the create, the answer never arrives: a repeat would make a
    duplicate, so the client gives up with a line saying why (reads are still
    repeated: see above)."""
    client = client_for(sandbox, timeout=1, retries=2).connect()
    name = 'Held Category'
    sandbox.sandbox.faults.add('hold', model='pos.category', method='create', seconds=3, times=5)
    with pytest.raises(OdooConnectionError) as info:
        client.execute_kw('pos.category', 'create', [{'name': name}])
    assert 'Not repeated' in str(info.value) and 'admin' not in str(info.value)
    time.sleep(3)   # the held answers drain
    assert client.search_count('pos.category', [('name', '=', name)]) == 1


def test_persistent_fault_gives_up_after_the_retries(sandbox):
    client = client_for(sandbox, retries=2).connect()
    sandbox.sandbox.faults.add('http500', model='pos.order', method='search_count', times=10)
    with pytest.raises(OdooConnectionError) as info:
        client.search_count('pos.order')
    assert 'HTTP 500' in str(info.value) and '3 attempts' in str(info.value)


def test_secret_from_env_and_file(tmp_path, monkeypatch, rattail_config, sandbox):
    from rattail.config import make_config
    from odoo_pos_dev.devenv import write_config
    secret_file = tmp_path / 'secret'
    secret_file.write_text('admin\n')
    monkeypatch.setenv('MY_ODOO_SECRET', 'admin')
    conf = write_config(tmp_path / 'x.conf', db_url=rattail_config.db_url, workdir=tmp_path / 'w',
                        sources={'env': dict(url=sandbox.url, database='pos17', login='admin',
                                             secret_env='MY_ODOO_SECRET'),
                                 'file': dict(url=sandbox.url, database='pos17', login='admin',
                                              secret_file=secret_file),
                                 'none': dict(url=sandbox.url, database='pos17', login='admin')})
    config = make_config([str(conf)], usedb=False, versioning=False)
    handler = config.get_app().get_odoo_pos_handler()
    assert handler.get_source_keys() == ['env', 'file', 'none']
    for key in ('env', 'file'):
        assert handler.get_client(key).connect().uid == 2
    with pytest.raises(OdooConfigError) as info:
        load_source(config, 'none')
    assert 'secret_env' in str(info.value)
    monkeypatch.delenv('MY_ODOO_SECRET')
    with pytest.raises(OdooConfigError) as info:
        load_source(config, 'env')
    assert 'MY_ODOO_SECRET' in str(info.value)


def test_debug_logging_never_shows_the_secret(sandbox, caplog):
    import logging
    secret = sandbox.sandbox.create_api_key('admin')
    with caplog.at_level(logging.DEBUG):
        client = client_for(sandbox, secret=secret).connect()
        client.search_count('pos.order')
        with pytest.raises(OdooLoginError):
            client_for(sandbox, secret=secret[::-1]).connect()
    assert caplog.records
    assert secret not in caplog.text and secret[::-1] not in caplog.text


def test_iter_changed_pages_through_transactions_sharing_a_second(sandbox):
    """Products written by several transactions within one second: the server
    orders them by microseconds, not by id, inside that second; small pages
    still return each record exactly once."""
    client = client_for(sandbox)
    rows = client.search_read('product.product', [], ['write_date'],
                              order='write_date asc, id asc')
    keys = [(r['write_date'], r['id']) for r in rows]
    assert keys != sorted(keys)      # the case: not in id order within a second
    for size in (5, 7, 50):
        seen = Counter(row['id'] for batch in client.iter_changed(
            'product.product', ['name'], None, batch_size=size) for row in batch)
        assert sorted(seen) == sandbox.sandbox.ids('product.product'), size
        assert max(seen.values()) == 1, size
        since = {r['id'] for r in rows if r['write_date'] >= keys[len(keys) // 2][0]}
        from rattail_odoo_pos.odoo import parse_odoo_datetime
        got = Counter(row['id'] for batch in client.iter_changed(
            'product.product', ['name'], parse_odoo_datetime(keys[len(keys) // 2][0]),
            batch_size=size) for row in batch)
        assert set(got) == since and max(got.values()) == 1, size


# -- full reads in id order (several windows of ids asked at a time) ---------------

def _by_id(client, model, fields, domain=(), **kw):
    start = client.full_read_start(model, fields, domain)
    return start, [batch for batch in client.iter_by_id(
        model, fields, domain, upto=start['top'], first=start['first'], **kw)]


@pytest.mark.parametrize('in_flight', [1, 2, 3])
def test_iter_by_id_reads_every_record_once_in_id_order(sandbox, in_flight):
    """Dense ids, a long gap the domain leaves out (the windows widen), then
    dense again (a wide window holds more than a batch: read to its end
    before the next window's records)."""
    client = client_for(sandbox, batch_size=7)
    ids = sorted(client.execute_kw('pos.order.line', 'search', [[]]))
    assert len(ids) > 200
    cut_from, cut_to = ids[20], ids[-60]
    domain = ['|', ('id', '<', cut_from), ('id', '>', cut_to)]
    want = [i for i in ids if i < cut_from or i > cut_to]
    start, batches = _by_id(client, 'pos.order.line', LINE_FIELDS, domain, in_flight=in_flight)
    got = [row['id'] for batch in batches for row in batch]
    assert got == want                      # each once, ascending, none outside the domain
    assert max(len(b) for b in batches) == 7 and all(batches)
    assert start['top'] == want[-1]
    newest = max(r['write_date'] for r in client.search_read('pos.order.line', domain,
                                                                ['write_date']))
    assert start['newest'] == newest
    assert all('write_date' in row for batch in batches for row in batch)


def test_iter_by_id_stops_at_the_highest_id_when_it_began(sandbox):
    """What is created during the read is the next run's (its write_date is
    after the read's mark): the read ends at ``upto``."""
    client = client_for(sandbox)
    start = client.full_read_start('pos.category', ['name'])
    new = sandbox.sandbox.create('pos.category', {'name': 'Created meanwhile'})
    got = [r['id'] for b in client.iter_by_id('pos.category', ['name'], upto=start['top'],
                                              batch_size=3) for r in b]
    assert new not in got and got == sorted(client.execute_kw(
        'pos.category', 'search', [[('id', '<=', start['top'])]]))


def test_iter_by_id_with_nothing_to_read(sandbox):
    client = client_for(sandbox)
    start = client.full_read_start('pos.order', ['name'], [('id', '<', 0)])
    assert start == {'newest': None, 'top': 0, 'first': None}
    assert list(client.iter_by_id('pos.order', ['name'], [('id', '<', 0)], upto=0)) == []


@pytest.mark.parametrize('in_flight, peak', [(1, 1), (2, 2)])
def test_a_full_read_keeps_two_windows_at_odoo(sandbox, in_flight, peak):
    """The next window is asked before this one's answer is decoded: a paced
    Odoo with two workers serves two of the read's requests at once (with
    one worker, the second waits in its queue: Odoo never idles between
    pages); one at a time with ``in_flight = 1``."""
    from odoo_pos_sandbox.pacing import Pacer
    pacer = Pacer(scale=1.0, workers=2)
    server = sandbox.sandbox.serve(paced=pacer)
    try:
        client = client_for(sandbox, url=server.url, batch_size=40)
        client.connect()
        start = client.full_read_start('pos.order.line', LINE_FIELDS)
        pacer.peak = 0
        n = sum(len(b) for b in client.iter_by_id('pos.order.line', LINE_FIELDS,
                                                  upto=start['top'], in_flight=in_flight))
    finally:
        server.stop()
    assert n == len(sandbox.sandbox.ids('pos.order.line'))
    assert pacer.peak == peak
