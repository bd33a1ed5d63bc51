# SPDX-License-Identifier: GPL-3.0-or-later
"""Every write-path exchange recorded from a real Odoo 17.0 server
(devtools/odoo_pos_sandbox/recordings/odoo17/http-write, facts in NOTES-write.md)
is replayed, in order, against a fresh sandbox, and compared as the read-path
replay compares (status, content type, keys, value types, error names and
messages), plus the values:

* the ids differ (the sandbox's data is generated): the replay learns which of
  our ids stands for a recorded one from the answers (a create's id, a read's
  ``id`` and many2one values) and rewrites the recorded requests with them (ids
  in id lists, vals, x2many commands, domains; an error message naming an id);
* every value of a record the replay created is compared with the recorded
  one (names, prices with their float artefacts, x2many ids in their order,
  many2one labels, defaults, ``create_date`` / ``write_date`` to the second: the
  sandbox clock is frozen at each recorded request's start);
* for the other records, the fields the replay wrote are compared, and whether
  ``write_date`` moved since the previous read of the same record;
* counts (``search_count``) and booleans are compared as they are.
"""

from __future__ import annotations

import datetime
import email.utils
import json
import re
import xmlrpc.client
from typing import Any

import pytest

from odoo_pos_sandbox import Sandbox, generate
from odoo_pos_sandbox.meta import RECORDINGS, registry

from sandbox_replay import Replayer, check_exchange

HTTP_WRITE = RECORDINGS / 'http-write'
EXCHANGES = sorted(HTTP_WRITE.glob('[0-9]*.json'))

#: recorded ids of records that existed before the recording started: which
#: of ours plays their part (see the ``write_sandbox`` fixture)
OPEN_SESSION_OF_SHOP_1 = ('pos.session', 13)
PARTNER_WITH_INVOICE = ('res.partner', 44)

#: 218 writes 40 products that the measurement passes created without being
#: recorded (ids 378-417): ours are the first 40 that 217 created
UNRECORDED_IDS = {'218_m_write_grouped_sample': ('217_m_create_200_dicts_sample', 40)}


@pytest.fixture(scope='module')
def write_sandbox(tmp_path_factory):
    """A fresh sandbox the size of the recorded server, where the records the
    recording relies on are as they were there: shop 1 has an open session,
    and a customer has an invoice."""
    path = tmp_path_factory.mktemp('write-replay') / 'pos.sqlite'
    generate(path, stores=3, days=14, orders_per_day=10, seed=17)
    sb = Sandbox(path)
    partner = sb.ids('res.partner', [('is_company', '=', False), ('id', '>', 6)])[0]
    sb.create('account.move', {'name': 'INV/2026/00099', 'move_type': 'out_invoice',
                               'state': 'posted', 'partner_id': partner,
                               'date': datetime.date(2026, 11, 22), 'amount_total': 10.0})
    server = sb.serve(port=0)
    yield sb, server, {OPEN_SESSION_OF_SHOP_1: sb.open_sessions()[1],
                       PARTNER_WITH_INVOICE: partner}
    server.stop()


class WriteReplayer(Replayer):
    """A replayer that maps the recording's ids onto ours."""

    def __init__(self, sandbox, server, presets):
        super().__init__(sandbox, server)
        self.ids: dict[tuple[str, int], int] = dict(presets)
        self.created: set[tuple[str, int]] = set()     # recorded (model, id) made by the replay
        self.lists: dict[tuple[int, ...], list[int]] = {}   # recorded search result -> ours
        self.results: dict[str, Any] = {}              # file stem -> our result
        self.written: dict[tuple[str, int], set[str]] = {}
        self.dates: dict[tuple[str, int], tuple[str, str]] = {}   # last (recorded, ours)

    # -- the clock ---------------------------------------------------------

    def freeze_clock(self, record):
        """The request's start on the recorded server: its answer's Date (to
        the second, so taken at its end) minus the time it took."""
        when = email.utils.parsedate_to_datetime(dict(record['response']['headers'])['Date'])
        start = when.replace(tzinfo=None) + datetime.timedelta(
            seconds=0.999 - (record.get('elapsed_ms') or 0) / 1000)
        if self.last_date and start <= self.last_date:
            start = self.last_date + datetime.timedelta(microseconds=1)
        self.sandbox.clock.set(start)
        self.last_date = start

    # -- ids ---------------------------------------------------------------

    def our(self, model: str | None, rid: Any) -> Any:
        if isinstance(rid, bool) or not isinstance(rid, int) or not model:
            return rid
        return self.ids.get((model, rid), rid)

    def learn(self, model: str | None, recorded: Any, ours: Any, created=False) -> None:
        if not model or isinstance(recorded, bool) or not isinstance(recorded, int):
            return
        assert isinstance(ours, int) and not isinstance(ours, bool), (model, recorded, ours)
        known = self.ids.get((model, recorded))
        assert known in (None, ours), \
            f"recorded {model} {recorded} is our {known}, but the answer says {ours}"
        self.ids[(model, recorded)] = ours
        if created:
            self.created.add((model, recorded))

    def map_ids(self, model: str, ids: Any) -> Any:
        if isinstance(ids, list):
            if ids and tuple(ids) in self.lists:
                return list(self.lists[tuple(ids)])
            return [self.our(model, i) for i in ids]
        return self.our(model, ids)

    def map_vals(self, model: str, vals: dict[str, Any]) -> dict[str, Any]:
        fields = registry()[model].fields
        out = {}
        for name, value in vals.items():
            meta = fields.get(name, {})
            rel = meta.get('relation')
            if meta.get('type') == 'many2one':
                value = self.our(rel, value)
            elif meta.get('type') in ('many2many', 'one2many') and isinstance(value, list):
                value = [self.map_command(rel, c) for c in value]
            out[name] = value
        return out

    def map_command(self, model: str, command: Any) -> Any:
        if isinstance(command, int):
            return self.our(model, command)
        code = command[0]
        if code == 6:
            return [6, command[1], [self.our(model, i) for i in command[2]]]
        if code == 0:
            return [0, command[1], self.map_vals(model, command[2])]
        if code in (1, 2, 3, 4):
            return [code, self.our(model, command[1]), *command[2:]]
        return list(command)

    def map_domain(self, model: str, domain: list[Any]) -> list[Any]:
        fields = registry()[model].fields
        out = []
        for leaf in domain:
            if isinstance(leaf, list) and len(leaf) == 3:
                name, op, value = leaf
                target = model if name == 'id' else fields.get(name, {}).get('relation')
                if target:
                    value = self.map_ids(target, value)
                leaf = [name, op, value]
            out.append(leaf)
        return out

    def map_call(self, model: str, method: str, args: list[Any],
                 kwargs: dict[str, Any]) -> tuple[list[Any], dict[str, Any]]:
        args = list(args)
        if method in ('read', 'write', 'unlink') and args:
            args[0] = self.map_ids(model, args[0])
        if method == 'write' and len(args) > 1:
            args[1] = self.map_vals(model, args[1])
        if method == 'create' and args:
            args[0] = [self.map_vals(model, v) for v in args[0]] \
                if isinstance(args[0], list) else self.map_vals(model, args[0])
        if method in ('search', 'search_read', 'search_count') and args:
            args[0] = self.map_domain(model, args[0])
        return args, kwargs

    def request_body(self, stem: str, request: dict[str, Any]) -> tuple[bytes, tuple | None]:
        """The recorded request with our ids; also (model, method, args) of the call."""
        if stem in UNRECORDED_IDS:
            source, count = UNRECORDED_IDS[stem]
            body = request['body_json']['params']['args']
            for recorded, ours in zip(body[5][0], self.results[source][:count]):
                self.learn(body[3], recorded, ours)
        body = request.get('body_json')
        if body is not None:
            body = json.loads(json.dumps(body))
            params = body.get('params') or {}
            if params.get('service') == 'object':
                a = params['args']
                kwargs = a[6] if len(a) > 6 else {}
                a[5], kwargs = self.map_call(a[3], a[4], a[5], kwargs)
                return json.dumps(body).encode(), (a[3], a[4], a[5])
            if 'model' in params:
                params['args'], params['kwargs'] = self.map_call(
                    params['model'], params['method'], params['args'], params.get('kwargs', {}))
                return json.dumps(body).encode(), (params['model'], params['method'],
                                                   params['args'])
            return json.dumps(body).encode(), None
        text = request.get('body_text') or ''
        if request['url'].endswith('/xmlrpc/2/object'):
            params, methodname = xmlrpc.client.loads(text)
            params = list(params)
            params[5], _ = self.map_call(params[3], params[4], params[5], {})
            return (xmlrpc.client.dumps(tuple(params), methodname).encode(),
                    (params[3], params[4], params[5]))
        return text.encode(), None

    def fix_text(self, text: str) -> str:
        """A recorded error naming records by id, with our ids."""
        def record(match):
            model = match.group(1)
            ids = [self.our(model, int(i)) for i in re.findall(r'\d+', match.group(2))]
            return f"(Record: {model}({', '.join(map(str, ids))}{',' if len(ids) == 1 else ''})"
        return re.sub(r'\(Record: ([a-z_.]+)\(([\d, ]+),?\)', record, text)

    # -- results -----------------------------------------------------------

    def check_result(self, stem: str, call: tuple, recorded: Any, ours: Any) -> None:
        model, method, args = call
        self.results[stem] = ours
        if method == 'create':
            if isinstance(recorded, list):
                assert isinstance(ours, list) and len(ours) == len(recorded)
                for r, o in zip(recorded, ours):
                    self.learn(model, r, o, created=True)
            else:
                self.learn(model, recorded, ours, created=True)
        elif method in ('write', 'unlink'):
            assert ours is recorded is True
            if method == 'write':
                for rid in args[0]:
                    recorded_id = next((r for (m, r), o in self.ids.items()
                                        if m == model and o == rid), rid)
                    self.written.setdefault((model, recorded_id), set()).update(args[1])
        elif method == 'search_count':
            assert ours == recorded
        elif method == 'search':
            if recorded:
                self.lists[tuple(recorded)] = ours
        elif method in ('read', 'search_read'):
            assert len(ours) == len(recorded), (ours, recorded)
            for rec, our in zip(recorded, ours):
                self.check_record(model, rec, our)

    def check_record(self, model: str, rec: dict[str, Any], our: dict[str, Any]) -> None:
        fields = registry()[model].fields
        self.learn(model, rec['id'], our['id'])
        key = (model, rec['id'])
        for name, value in rec.items():
            meta = fields.get(name, {})
            if meta.get('type') == 'many2one' and isinstance(value, list) \
                    and isinstance(our[name], list):
                self.learn(meta.get('relation'), value[0], our[name][0])
            elif meta.get('type') in ('one2many', 'many2many') and len(value) == 1 \
                    and len(our[name]) == 1:
                self.learn(meta.get('relation'), value[0], our[name][0])
        compared = set(rec) if key in self.created else \
            self.written.get(key, set()) & set(rec)
        for name in compared:
            meta = fields.get(name, {})
            value = rec[name]
            if meta.get('type') == 'many2one' and isinstance(value, list):
                target = (meta['relation'], value[0])
                if target not in self.created:      # its label depends on the data
                    assert isinstance(our[name], list) and our[name][0] == self.our(*target)
                    continue
                value = [self.our(*target), value[1]]
            elif meta.get('type') in ('one2many', 'many2many') or name == 'id':
                value = self.map_ids(meta.get('relation') or model, value)
            assert our[name] == value, f"{model} {rec['id']} {name}: recorded " \
                                       f"{rec[name]!r} (ours {value!r}), got {our[name]!r}"
        if 'write_date' in rec:
            before = self.dates.get(key)
            if before:
                moved, ours_moved = rec['write_date'] != before[0], our['write_date'] != before[1]
                assert moved == ours_moved, f"{model} {rec['id']}: write_date " \
                    f"{'moved' if moved else 'did not move'} on the recorded server " \
                    f"({before[0]} -> {rec['write_date']}), ours {before[1]} -> {our['write_date']}"
            self.dates[key] = (rec['write_date'], our['write_date'])


@pytest.fixture(scope='module')
def write_replayer(write_sandbox):
    return WriteReplayer(*write_sandbox)


@pytest.mark.parametrize('path', EXCHANGES, ids=[p.stem for p in EXCHANGES])
def test_write_replay(write_replayer, path):
    """The exchanges run in file order in one module-scoped sandbox: later ones
    use the records, sessions and ids of earlier ones."""
    record = json.loads(path.read_text())
    write_replayer.freeze_clock(record)
    body, call = write_replayer.request_body(path.stem, record['request'])
    response, data = write_replayer.send(record['request'], body)
    recorded, ours = check_exchange(write_replayer, record, response, data,
                                    fix_text=write_replayer.fix_text,
                                    exact_xmlrpc_scalars=False)
    if call and recorded is not None:
        write_replayer.check_result(path.stem, call, recorded, ours)


def test_every_write_recording_is_replayed():
    index = json.loads((HTTP_WRITE / '_index.json').read_text())
    assert sorted(e['file'] for e in index) == [p.name for p in EXCHANGES]
    assert len(EXCHANGES) == 129
