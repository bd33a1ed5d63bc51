# SPDX-License-Identifier: GPL-3.0-or-later
"""A web session that expires while two threads read through one client (the
prefetch reader and the main thread) is renewed once: one thread logs in
again, the other waits and reuses the new session."""

from __future__ import annotations

import threading
from collections import Counter

from rattail_odoo_pos.odoo.client import OdooClient
from rattail_odoo_pos.odoo.source import OdooSource


def client_for(served) -> OdooClient:
    return OdooClient(OdooSource(key='shop', url=served.url, database='pos17', login='admin',
                                 secret='admin', timeout=10, retries=2, backoff=0.01))


def test_two_threads_meet_an_expired_session_and_one_renews_it(sandbox):
    sb = sandbox.sandbox
    client = client_for(sandbox).connect()
    assert client.endpoint == 'session'
    expected = [r['id'] for r in sb.search_read('pos.order.line', [], ['id'], order='id')]
    assert len(expected) > 100
    before, calls_before = Counter(sb.endpoint_calls), client.calls
    # the session expires at the 6th call from now (both threads are reading by
    # then), and the login that renews it takes 2 s: the other thread's next call
    # meets the expired session while the renewal is under way
    sb.faults.add('latency', method='authenticate', seconds=2.0)
    sb.faults.add('session_expired', at_call=6)
    start = threading.Barrier(2)
    results: dict[str, list[int]] = {}
    errors: list[BaseException] = []

    def read(name: str) -> None:
        try:
            start.wait()
            ids: list[int] = []
            for rows in client.iter_batches('pos.order.line', ['id'], batch_size=5):
                ids.extend(r['id'] for r in rows)
            results[name] = ids
        except BaseException as error:          # noqa: BLE001 - reported below
            errors.append(error)

    threads = [threading.Thread(target=read, args=(name,)) for name in 'ab']
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert not errors, errors
    # both threads read every line, once
    assert results['a'] == expected and results['b'] == expected
    seen = Counter(sb.endpoint_calls) - before
    made = client.calls - calls_before
    # both threads met the expired session (each such call was made again) ...
    assert seen['/web/dataset/call_kw'] - made == 2
    # ... and one login renewed it for both
    assert seen['/web/session/authenticate'] == 1
    assert client.transport.renewals == 1
