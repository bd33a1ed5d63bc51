# SPDX-License-Identifier: GPL-3.0-or-later
"""Every HTTP exchange recorded from a real Odoo 17.0 server (devtools/odoo_pos_sandbox/recordings/odoo17/http)
is replayed, in order, against the sandbox; the answers must have the same
status, content type, keys, value types, error structure, exception names and
error messages as the recorded ones.

The data differs (the sandbox's records are generated), so values are not
compared, except where the recording's value does not depend on the data
(errors, versions, booleans of authentication).
"""

from __future__ import annotations

import json

import pytest

from odoo_pos_sandbox import Sandbox, generate
from odoo_pos_sandbox.meta import RECORDINGS

from sandbox_replay import Replayer, check_exchange

HTTP = RECORDINGS / 'http'
RECORDINGS = sorted(p for p in HTTP.glob('[0-9]*.json'))


@pytest.fixture(scope='module')
def replay_sandbox(tmp_path_factory):
    """A sandbox the size of the recorded server (3 shops, >= 385 orders, 13+ sessions)."""
    path = tmp_path_factory.mktemp('replay') / 'pos.sqlite'
    generate(path, stores=3, days=14, orders_per_day=10, seed=17)
    sb = Sandbox(path)
    server = sb.serve(port=0)
    yield sb, server
    server.stop()


@pytest.fixture(scope='module')
def replayer(replay_sandbox):
    return Replayer(*replay_sandbox)


@pytest.mark.parametrize('path', RECORDINGS, ids=[p.stem for p in RECORDINGS])
def test_replay(replayer, path):
    """The recordings run in file order in one module-scoped sandbox: later
    ones depend on earlier ones (session cookies, login failures)."""
    record = json.loads(path.read_text())
    request, expected = record['request'], record['response']
    replayer.follow_clock(expected['headers'])
    response, data = replayer.send(request)
    check_exchange(replayer, record, response, data)


def test_every_recording_is_replayed():
    index = json.loads((HTTP / '_index.json').read_text())
    assert sorted(e['file'] for e in index) == [p.name for p in RECORDINGS]
    assert len(RECORDINGS) == 87


@pytest.mark.parametrize('path', sorted((HTTP.parent / 'fields_get').glob('*.json')),
                         ids=lambda p: p.stem)
def test_fields_get_metadata_matches_the_recording(replay_sandbox, path):
    """fields_get over JSON-RPC (odoorpc) gives the recorded type, relation,
    required and store of every field."""
    import odoorpc
    sb, server = replay_sandbox
    odoo = odoorpc.ODOO('127.0.0.1', port=server.port)
    odoo.login('pos17', 'admin', 'admin')
    attrs = ['type', 'relation', 'required', 'store']
    ours = odoo.execute_kw(path.stem, 'fields_get', [], {'attributes': attrs})
    recorded = json.loads(path.read_text())
    assert set(ours) == set(recorded)
    for name, meta in recorded.items():
        assert ours[name] == {k: meta[k] for k in attrs if k in meta}, name
