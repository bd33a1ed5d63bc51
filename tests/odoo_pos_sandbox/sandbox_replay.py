# SPDX-License-Identifier: GPL-3.0-or-later
"""Replaying recorded HTTP exchanges of a real Odoo 17.0 server against the
sandbox (shared by the read-path and the write-path replay tests): sending a
recorded request, following the recorded clock, and comparing the answer's
status, content type, keys, value types, error structure, exception names and
messages with the recorded one."""

from __future__ import annotations

import datetime
import email.utils
import http.client
import json
import xmlrpc.client
from typing import Any, Callable


def shape(value):
    """A value's structure: dict keys, list element shapes, scalar types."""
    if isinstance(value, dict):
        return {k: shape(v) for k, v in value.items()}
    if isinstance(value, list):
        return [shape(v) for v in value]
    return type(value).__name__


def assert_same_shape(recorded, ours, where='result'):
    if (recorded is False and isinstance(ours, (list, str, int)) and ours is not True) or \
            (ours is False and isinstance(recorded, (list, str, int)) and recorded is not True):
        return  # Odoo's empty value (many2one, char, date): data-dependent, not a shape
    if isinstance(recorded, dict):
        assert isinstance(ours, dict), f"{where}: expected an object, got {ours!r}"
        assert set(ours) == set(recorded), (
            f"{where}: keys differ: missing {sorted(set(recorded) - set(ours))}, "
            f"extra {sorted(set(ours) - set(recorded))}")
        for key in recorded:
            assert_same_shape(recorded[key], ours[key], f"{where}.{key}")
    elif isinstance(recorded, list):
        assert isinstance(ours, list), f"{where}: expected a list, got {ours!r}"
        if where == 'result':       # a result list; deeper lists (ids) depend on the data
            assert bool(recorded) == bool(ours), \
                f"{where}: recorded {len(recorded)} items, got {len(ours)}"
        for i, (a, b) in enumerate(zip(recorded, ours)):
            assert_same_shape(a, b, f"{where}[{i}]")
    else:
        assert type(ours) is type(recorded), (
            f"{where}: recorded {type(recorded).__name__} {recorded!r}, "
            f"got {type(ours).__name__} {ours!r}")


def session_cookie(headers):
    for key, value in headers:
        if key == 'Set-Cookie' and value.startswith('session_id='):
            return value.split(';')[0].split('=', 1)[1]
    return None


class Replayer:
    def __init__(self, sandbox, server):
        self.sandbox = sandbox
        self.server = server
        self.sessions: dict[str, str] = {}      # recorded session id -> ours
        self.last_date: datetime.datetime | None = None

    def send(self, request, body: bytes | None = None):
        # the recorded server's host and port (17: 8069, 16: 8016) -> ours
        url = '/' + request['url'].split('://', 1)[1].split('/', 1)[1]
        headers = {k: v for k, v in request['headers'].items()
                   if k not in ('Host', 'Content-Length')}
        cookie = headers.get('Cookie')
        if cookie and cookie.startswith('session_id='):
            recorded = cookie.split('=', 1)[1]
            headers['Cookie'] = f"session_id={self.sessions.get(recorded, recorded)}"
        if body is None:
            if 'body_json' in request and request['body_json'] is not None:
                body = json.dumps(request['body_json']).encode()
            else:
                body = (request.get('body_text') or '').encode()
        conn = http.client.HTTPConnection('127.0.0.1', self.server.port, timeout=30)
        conn.request(request['method'], url, body=body if request['method'] == 'POST' else None,
                     headers=headers)
        response = conn.getresponse()
        data = response.read()
        conn.close()
        return response, data

    def follow_clock(self, recorded_headers):
        """Move the sandbox clock as the recording's clock moved (login cooldown)."""
        date = dict(recorded_headers).get('Date')
        when = email.utils.parsedate_to_datetime(date) if date else None
        if when and self.last_date:
            self.sandbox.clock.advance((when - self.last_date).total_seconds())
        self.last_date = when or self.last_date


def check_exchange(replayer: Replayer, record: dict[str, Any], response, data: bytes,
                   fix_text: Callable[[str], str] = lambda text: text,
                   exact_xmlrpc_scalars: bool = True) -> tuple[Any, Any]:
    """Compare our answer with the recorded one; returns (recorded, ours) values
    (JSON ``result`` or XML-RPC value; ``None`` for errors and other bodies).
    *fix_text* adapts a recorded error text that names data (ids) to ours;
    *exact_xmlrpc_scalars*: an XML-RPC int or boolean answer must be the recorded
    one (a uid; not a created record's id)."""
    request, expected = record['request'], record['response']
    assert response.status == expected['status'], data[:500]
    exp_headers = dict(expected['headers'])
    assert response.getheader('Content-Type') == exp_headers.get('Content-Type')
    assert response.getheader('Connection') == 'close'
    recorded_sid = session_cookie(expected['headers'])
    ours_sid = session_cookie(response.getheaders())
    assert bool(recorded_sid) == bool(ours_sid)
    if recorded_sid:
        replayer.sessions[recorded_sid] = ours_sid
        request_cookie = request['headers'].get('Cookie', '')
        old = request_cookie.split('=', 1)[1] if request_cookie.startswith('session_id=') else None
        if old and old != recorded_sid:                 # destroy: the old id is gone
            replayer.sessions[old] = 'destroyed'

    if 'body_json' in expected and expected['body_json'] is not None:
        ours = json.loads(data)
        exp = expected['body_json']
        assert set(ours) == set(exp), f"keys {sorted(ours)} != {sorted(exp)}: {str(ours)[:400]}"
        assert ours.get('id') == exp.get('id')
        if 'error' in exp:
            e, o = exp['error'], ours['error']
            assert (o['code'], o['message']) == (e['code'], e['message'])
            assert set(o['data']) == set(e['data'])
            assert o['data']['name'] == e['data']['name']
            assert o['data']['message'] == fix_text(e['data']['message'])
            assert o['data']['arguments'] == [fix_text(a) for a in e['data']['arguments']]
            assert o['data']['debug'].splitlines()[0] == e['data']['debug'].splitlines()[0]
            assert o['data']['debug'].strip().splitlines()[-1].split(':')[0] == \
                e['data']['debug'].strip().splitlines()[-1].split(':')[0]
            return None, None
        if 'result' in exp:
            assert_same_shape(exp['result'], ours['result'])
            if isinstance(exp['result'], (bool, int)) and not isinstance(exp['result'], float) \
                    and 'login' in json.dumps(request.get('body_json')):
                assert ours['result'] == exp['result']       # uid or False
            return exp['result'], ours['result']
        return None, None
    if response.getheader('Content-Type', '').startswith('text/xml'):
        exp_text = expected.get('body_text') or ''
        try:
            exp_value = xmlrpc.client.loads(exp_text)[0][0]
            exp_fault = None
        except xmlrpc.client.Fault as fault:
            exp_fault = fault
        try:
            ours_value = xmlrpc.client.loads(data.decode())[0][0]
            ours_fault = None
        except xmlrpc.client.Fault as fault:
            ours_fault = fault
        assert bool(exp_fault) == bool(ours_fault), (exp_fault, ours_fault)
        if exp_fault:
            assert ours_fault.faultCode == exp_fault.faultCode
            if exp_fault.faultCode == 1:
                assert ours_fault.faultString.strip().splitlines()[-1] == \
                    fix_text(exp_fault.faultString).strip().splitlines()[-1]
            else:
                assert ours_fault.faultString == fix_text(exp_fault.faultString)
            return None, None
        assert_same_shape(exp_value, ours_value)
        if isinstance(exp_value, (bool, int)) and exact_xmlrpc_scalars:
            assert ours_value == exp_value
        return exp_value, ours_value
    assert data.decode() == (expected.get('body_text') or '')
    return None, None
