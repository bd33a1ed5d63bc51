# SPDX-License-Identifier: GPL-3.0-or-later
"""The sandbox as Odoo 19 answers JSON-2: the recorded exchanges 330-357 of a
real Odoo 19 (recordings/odoo19/http, copied from ../shared/odoo19/http)
replayed against it over real HTTP: same status, same kind of body, same
exception name and, where the ORM words it the same way, the same message."""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from pathlib import Path

import pytest

import odoo_pos_sandbox

HTTP = Path(odoo_pos_sandbox.__file__).parent / 'recordings' / 'odoo19' / 'http'
EXCHANGES = sorted(HTTP.glob('3*.json'))
#: the recorded server's keys (admin, posuser) -> the sandbox user they belong to
RECORDED_KEYS = {'7c9580e37f039283dfa66162bec44f05cbd318b6': 'admin'}
#: messages the sandbox words otherwise (the name and status agree): the ORM's own
#: wording of a bad domain, the JSON parser's, and the version layer's "Invalid field
#: 'x' on model 'y'" where 19 says "on 'y'" for a field list (and "on model" for an order)
OTHER_WORDING = {'338', '340', '342', '355'}
#: what the sandbox does not do: refuse a domain on a non-stored field
#: (product.product.lst_price is answered, Odoo 19 raises ValueError)
NOT_EMULATED = {'339'}


def load(path: Path) -> dict:
    return json.loads(path.read_text())


def replay(served, exchange: dict, keys: dict[str, str]) -> tuple[int, str, bytes]:
    request = exchange['request']
    path = request['url'].split('/', 3)[3]
    headers = {}
    for name, value in request.get('headers', {}).items():
        if name in ('Host', 'Content-Length', 'Accept-Encoding'):
            continue
        if name == 'Authorization' and value.lower().startswith('bearer '):
            value = 'bearer ' + keys.get(value[7:], value[7:])
        if name == 'X-Odoo-Database' and value == 'pos19':
            value = served.database
        headers[name] = value
    if 'body_json' in request:
        body = json.dumps(request['body_json']).encode()
    elif 'body_text' in request:
        body = request['body_text'].encode()
    else:
        body = None
    req = urllib.request.Request(f"{served.url}/{path}", data=body, headers=headers,
                                 method=request['method'])
    try:
        with urllib.request.urlopen(req, timeout=10) as response:
            return response.status, response.headers['Content-Type'], response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers['Content-Type'], error.read()


@pytest.fixture
def sandbox19(sandbox):
    sb = sandbox.sandbox
    sb.odoo_version = 19
    keys = {recorded: sb.create_api_key(login) for recorded, login in RECORDED_KEYS.items()}
    # the posuser's recorded key: the one used by 350-352
    for path in EXCHANGES:
        auth = load(path)['request'].get('headers', {}).get('Authorization', '')
        key = auth[7:]
        if auth.lower().startswith('bearer ') and key not in keys and \
                load(path)['name'].startswith(('error_json2_access_error_posuser',
                                               'json2_posuser')):
            keys[key] = sb.create_api_key('posuser')
    return sandbox, keys


def test_the_recordings_are_there():
    names = {p.name.split('_', 1)[0] for p in EXCHANGES}
    assert {'331', '335', '345', '353', '357'} <= names


@pytest.mark.parametrize('path', [p for p in EXCHANGES if p.name[:3] not in NOT_EMULATED],
                         ids=[p.stem for p in EXCHANGES if p.name[:3] not in NOT_EMULATED])
def test_replayed_json2_exchange_answers_as_odoo_19(sandbox19, path):
    served, keys = sandbox19
    exchange = load(path)
    recorded = exchange['response']
    status, ctype, raw = replay(served, exchange, keys)
    assert status == recorded['status'], raw[:300]
    recorded_ctype = dict((k.lower(), v) for k, v in recorded['headers'])['content-type']
    assert ctype.split(';')[0] == recorded_ctype.split(';')[0]
    if 'body_text' in recorded:                 # the HTML 404 of an unknown database
        assert raw.decode() == recorded['body_text']
        return
    body = json.loads(raw)
    expected = recorded['body_json']
    if status == 200:
        # our data are not the recorded server's: the shape is
        assert type(body) is type(expected)
        if isinstance(expected, list) and expected and body:
            assert set(body[0]) == set(expected[0])
        return
    assert set(body) == {'name', 'message', 'arguments', 'context', 'debug'}
    assert body['name'] == expected['name']
    assert body['context'] == {}
    if path.name[:3] not in OTHER_WORDING:
        # the first line (an AccessError's list of groups names the version's groups)
        assert body['message'].split('\n')[0] == expected['message'].split('\n')[0]
        assert len(body['arguments']) == len(expected['arguments'])
