# SPDX-License-Identifier: GPL-3.0-or-later
"""Configuration is validated when read, and a server must answer like Odoo before
any credential is sent (issue 8, part 5, and the client-side errors of part 4).

Real HTTP only: the sandbox, or tiny servers started here on 127.0.0.1 that record
every request they get.
"""

from __future__ import annotations

import http.cookiejar
import json
import logging
import threading
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Callable

import pytest
from rattail.config import make_config

from rattail_odoo_pos.config import get_setting, setting_warnings
from odoo_pos_dev.devenv import free_port
from rattail_odoo_pos.odoo import (
    OdooClient, OdooConfigError, OdooConnectionError, OdooLoginError, OdooNotOdooError,
    OdooPosError, OdooSource, OdooUnknownDatabaseError, load_source)

SECRET = 'Zq7-never-on-the-wire-41'
LOGIN = 'sync-login-never-sent'

Answer = tuple[int, str, bytes, dict]     # status, content type, body, extra headers


@dataclass
class Recorded:
    method: str
    path: str
    body: bytes


@dataclass
class TinyServer:
    """An HTTP server on 127.0.0.1 that records every request and answers with
    ``answer(method, path, body)``."""
    answer: Callable[[str, str, bytes], Answer]
    requests: list[Recorded] = field(default_factory=list)

    def __enter__(self) -> 'TinyServer':
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def handle_one(self):
                length = int(self.headers.get('Content-Length') or 0)
                body = self.rfile.read(length) if length else b''
                outer.requests.append(Recorded(self.command, self.path, body))
                status, ctype, payload, headers = outer.answer(self.command, self.path, body)
                self.send_response(status)
                self.send_header('Content-Type', ctype)
                self.send_header('Content-Length', str(len(payload)))
                for name, value in headers.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(payload)

            do_GET = do_POST = handle_one

        self.server = ThreadingHTTPServer(('127.0.0.1', 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join()

    @property
    def url(self) -> str:
        return f'http://127.0.0.1:{self.server.server_address[1]}'

    def all_bodies(self) -> bytes:
        return b'\n'.join(r.body for r in self.requests)


def fixed(status: int, ctype: str, body: bytes, headers: dict | None = None):
    return lambda method, path, data: (status, ctype, body, headers or {})


def source(url: str, **kw) -> OdooSource:
    settings = dict(key='shop', url=url, database='pos17', login=LOGIN, secret=SECRET,
                    timeout=5, retries=2, backoff=0.01)
    settings.update(kw)
    return OdooSource(**settings)


def write_conf(tmp_path, odoo_pos: str) -> str:
    path = tmp_path / 'rattail.conf'
    path.write_text("[rattail]\ntimezone.default = UTC\n\n[odoo_pos]\n" + odoo_pos)
    return str(path)


def load(tmp_path, odoo_pos: str):
    return make_config([write_conf(tmp_path, odoo_pos)], usedb=False, versioning=False)


# -- 1. the URL must be http(s) with a host ------------------------------------------

@pytest.mark.parametrize('url, shown, reason', [
    ('odoo.example.com:8069', "'odoo.example.com:8069'", 'has no http:// or https://'),
    ('localhost:8069', "'localhost:8069'", 'has no http:// or https://'),
    ('127.0.0.1:8069', "'127.0.0.1:8069'", 'has no http:// or https://'),
    ('ftp://x', "'ftp://x'", 'uses ftp://, not http:// or https://'),
    ('http://', "'http://'", 'has no host name'),
    ('https://:8069', "'https://:8069'", 'has no host name'),
    ('http://odoo.example.com:80a', "'http://odoo.example.com:80a'", 'port'),
    ('http://odoo.example.com:99999', "'http://odoo.example.com:99999'", 'port'),
    ('https://odoo.example.com/odoo', "'https://odoo.example.com/odoo'", 'path'),
    ('https://odoo example.com', "'https://odoo example.com'", 'space'),
])
def test_a_bad_url_is_refused_when_the_source_is_loaded(tmp_path, url, shown, reason):
    config = load(tmp_path, f"sources = shop\nsource.shop.url = {url}\n"
                            f"source.shop.database = pos17\nsource.shop.login = {LOGIN}\n"
                            f"source.shop.secret = {SECRET}\n")
    with pytest.raises(OdooConfigError) as info:
        load_source(config, 'shop')
    message = str(info.value)
    assert '\n' not in message
    assert message.startswith("Odoo source 'shop': [odoo_pos] source.shop.url = " + shown)
    assert reason in message
    assert 'e.g. https://' in message       # an example of a right URL
    assert SECRET not in message
    assert info.value.source == 'shop'


def test_a_url_without_scheme_gets_the_corrected_url_as_example():
    with pytest.raises(OdooConfigError) as info:
        source('odoo.example.com:8069')
    assert ('e.g. https://odoo.example.com:8069 (or http://odoo.example.com:8069 when the '
            'server has no TLS)') in str(info.value)
    assert 'localhost' in str(info.value)   # says what would have happened


@pytest.mark.parametrize('url', ['http://admin:hunter2@odoo.example.com',
                                 'admin:hunter2@odoo.example.com:8069',
                                 'https://sync:hunter2@odoo.example.com/web?password=hunter2'])
def test_a_password_in_the_url_is_refused_and_never_shown(url):
    with pytest.raises(OdooConfigError) as info:
        source(url)
    message = str(info.value)
    assert 'hunter2' not in message
    assert '***@' in message


def test_the_secret_is_masked_even_when_pasted_into_the_url():
    with pytest.raises(OdooConfigError) as info:
        source(f'https://odoo.example.com/{SECRET}')
    assert SECRET not in str(info.value) and '********' in str(info.value)


@pytest.mark.parametrize('url, kept', [
    ('http://127.0.0.1:8069/', 'http://127.0.0.1:8069'),
    ('HTTPS://Odoo.Example.com', 'HTTPS://Odoo.Example.com'),
    ('https://odoo.example.com:8443', 'https://odoo.example.com:8443'),
])
def test_good_urls_are_kept(url, kept):
    src = source(url)
    assert src.url == kept
    assert src.protocol == ('jsonrpc+ssl' if 'https' in url.lower() else 'jsonrpc')


# -- numbers -----------------------------------------------------------------------

@pytest.mark.parametrize('line, message', [
    ("source.shop.timeout = soon",
     "[odoo_pos] source.shop.timeout = 'soon' is not a number (e.g. timeout = 60)"),
    ("retries = 2.5", "[odoo_pos] retries = '2.5' is not a whole number (e.g. retries = 3)"),
    ("source.shop.batch_size = 0", "[odoo_pos] source.shop.batch_size = '0' is too small"),
    ("source.shop.timeout = inf", "[odoo_pos] source.shop.timeout = 'inf' is not a number"),
])
def test_a_setting_that_must_be_a_number_names_key_and_value(tmp_path, line, message):
    config = load(tmp_path, f"sources = shop\nsource.shop.url = http://127.0.0.1:8069\n"
                            f"source.shop.database = pos17\nsource.shop.login = admin\n"
                            f"source.shop.secret = {SECRET}\n{line}\n")
    with pytest.raises(OdooConfigError) as info:
        load_source(config, 'shop')
    assert str(info.value).startswith(f"Odoo source 'shop': {message}")


def test_numbers_from_the_section_and_the_source(tmp_path):
    config = load(tmp_path, "sources = shop\nsource.shop.url = http://127.0.0.1:8069\n"
                            "source.shop.database = pos17\nsource.shop.login = admin\n"
                            "source.shop.secret = x\ntimeout = 12.5\nretries = 5\n"
                            "source.shop.retries = 1\n")
    src = load_source(config, 'shop')
    assert (src.timeout, src.retries, src.batch_size) == (12.5, 1, 2000)


# -- 4. unknown settings get a warning naming the closest known one -------------------

def test_unknown_settings_name_the_closest_known_one(tmp_path):
    config = load(tmp_path, "sources = default north\n"
                            "source.default.url = http://127.0.0.1:8069\n"
                            f"source.default.pasword = {SECRET}\n"
                            "source.default.user = admin\n"
                            "lookback_minute = 30\n"
                            "check.max_lag = 5\n"
                            "source.nort.url = http://127.0.0.1:8070\n"
                            "source.retired.url = http://127.0.0.1:8071\n"
                            "delete.max_share = 0.1\ndelete.max_count = 50\n"
                            "lock.wait_seconds = 30\nweb.max_lag = 3600\n"
                            "check.max_lag_hours = 12\nlookback_minutes = 60\n"
                            "zzzqqq = 1\n")
    lines = setting_warnings(config)
    assert lines == [
        "[odoo_pos] check.max_lag is not a setting of rattail-odoo-pos and is ignored; "
        "did you mean check.max_lag_hours?",
        "[odoo_pos] lookback_minute is not a setting of rattail-odoo-pos and is ignored; "
        "did you mean lookback_minutes?",
        "[odoo_pos] source.default.pasword is not a setting of rattail-odoo-pos and is "
        "ignored; did you mean source.default.secret?",
        "[odoo_pos] source.default.user is not a setting of rattail-odoo-pos and is "
        "ignored; did you mean source.default.login?",
        "[odoo_pos] source.nort.url: source 'nort' is not in [odoo_pos] sources "
        "(default, north), so it is not imported; did you mean source.north.url?",
        "[odoo_pos] zzzqqq is not a setting of rattail-odoo-pos and is ignored; "
        "see docs/configuration.md for the settings",
    ]
    # a source kept for its links (not listed, no near miss) is not an error
    assert not any('retired' in line for line in lines)
    assert SECRET not in '\n'.join(lines)


def test_unknown_settings_are_logged_once_per_process(tmp_path, caplog):
    text = "sources = default\nsource.default.timout = 5\n"
    with caplog.at_level(logging.WARNING, logger='rattail_odoo_pos.config'):
        load(tmp_path, text)                 # the config extension's startup checks
        config = load(tmp_path, text)        # a second config in the same process
        config.get_app().get_odoo_pos_handler().get_source_keys()
    hits = [r for r in caplog.records if 'source.default.timout' in r.getMessage()]
    assert len(hits) == 1
    assert hits[0].levelno == logging.WARNING
    assert hits[0].getMessage().endswith("did you mean source.default.timeout?")


def test_a_known_setting_with_a_bad_number_is_warned_and_refused(tmp_path):
    config = load(tmp_path, "lookback_minutes = two hours\ndelete.max_share = five percent\n")
    assert setting_warnings(config) == [
        "[odoo_pos] delete.max_share = 'five percent' is not a number",
        "[odoo_pos] lookback_minutes = 'two hours' is not a whole number",
    ]
    with pytest.raises(OdooConfigError) as info:
        get_setting(config, 'lookback_minutes')
    assert str(info.value) == "[odoo_pos] lookback_minutes = 'two hours' is not a whole number"


def test_get_setting_types_and_defaults(tmp_path):
    config = load(tmp_path, "delete.max_count = 40\nsources = a, b\n")
    assert get_setting(config, 'delete.max_count') == 40
    assert get_setting(config, 'delete.max_share') == 0.05
    assert get_setting(config, 'lock.wait_seconds') == 10
    assert get_setting(config, 'sources') == ['a', 'b']


def test_a_clean_config_has_no_warnings(tmp_path, sandbox):
    from odoo_pos_dev.devenv import write_config
    conf = write_config(tmp_path / 'x.conf', db_url='postgresql://u@127.0.0.1/x',
                        workdir=tmp_path / 'w', sources={'default': sandbox.source_settings()})
    config = make_config([str(conf)], usedb=False, versioning=False)
    assert setting_warnings(config) == []


# -- 2. the server must answer like Odoo before any credential is sent ----------------

NOT_ODOO = {
    'other JSON': fixed(200, 'application/json', b'{"hello": "world"}'),
    'JSON-RPC without version': fixed(
        200, 'application/json', b'{"jsonrpc": "2.0", "id": 1, "result": {"hello": "world"}}'),
    'version without numbers': fixed(
        200, 'application/json',
        b'{"jsonrpc": "2.0", "id": 1, "result": {"server_version": "abc", '
        b'"server_version_info": ["x"]}}'),
    'HTML': fixed(200, 'text/html; charset=utf-8',
                  b'<!DOCTYPE html>\n<html><head><title>Welcome to nginx!</title></head>'
                  b'<body>It works</body></html>'),
    'garbage': fixed(200, 'application/octet-stream', bytes(range(256))),
    'empty': fixed(200, 'text/plain', b''),
    'HTTP 404': fixed(404, 'text/html', b'<html><title>404 Not Found</title></html>'),
    'redirect': fixed(302, 'text/html', b'', {'Location': 'https://sso.example.com/login?x=1'}),
    'JSON-RPC error': fixed(200, 'application/json',
                            b'{"jsonrpc": "2.0", "id": 1, "error": {"code": 1, '
                            b'"message": "nope"}}'),
}


@pytest.mark.parametrize('kind', list(NOT_ODOO))
def test_a_server_that_is_not_odoo_never_gets_the_credentials(kind):
    with TinyServer(NOT_ODOO[kind]) as server:
        client = OdooClient(source(server.url))
        with pytest.raises(OdooNotOdooError) as info:
            client.connect()
    message = str(info.value)
    assert isinstance(info.value, OdooConnectionError)
    assert '\n' not in message
    assert message.startswith(f"Odoo source 'shop' at {server.url} does not answer like an "
                              f"Odoo server (POST /web/webclient/version_info: ")
    assert 'check [odoo_pos] source.shop.url' in message
    assert 'No login or password was sent' in message
    # what the server actually got: only the anonymous version request, once
    assert [(r.method, r.path) for r in server.requests] == \
        [('POST', '/web/webclient/version_info')]
    assert json.loads(server.requests[0].body)['params'] == {}
    assert SECRET.encode() not in server.all_bodies()
    assert LOGIN.encode() not in server.all_bodies()


def test_what_answered_is_described(tmp_path):
    with TinyServer(NOT_ODOO['HTML']) as server:
        with pytest.raises(OdooNotOdooError) as info:
            OdooClient(source(server.url)).connect()
    assert "HTTP 200, not JSON, text/html: 'Welcome to nginx!'" in str(info.value)
    with TinyServer(NOT_ODOO['other JSON']) as server:
        with pytest.raises(OdooNotOdooError) as info:
            OdooClient(source(server.url)).connect()
    assert 'JSON without server_version / server_version_info: {"hello": "world"}' \
        in str(info.value)
    with TinyServer(NOT_ODOO['redirect']) as server:
        with pytest.raises(OdooNotOdooError) as info:
            OdooClient(source(server.url)).connect()
    assert 'HTTP 302, it redirects to https://sso.example.com/login;' in str(info.value)


def test_the_import_path_refuses_a_non_odoo_server_from_the_config(tmp_path):
    """Through the config and the app handler, as the commands do."""
    with TinyServer(NOT_ODOO['other JSON']) as server:
        config = load(tmp_path, f"sources = shop\nsource.shop.url = {server.url}\n"
                                f"source.shop.database = pos17\nsource.shop.login = {LOGIN}\n"
                                f"source.shop.secret = {SECRET}\nsource.shop.retries = 0\n")
        client = config.get_app().get_odoo_pos_handler().get_client('shop')
        with pytest.raises(OdooNotOdooError):
            client.search_count('pos.order')
    assert len(server.requests) == 1
    assert SECRET.encode() not in server.all_bodies()


def test_http_500_at_the_version_is_retried_then_a_connection_error():
    with TinyServer(fixed(500, 'text/html', b'<title>500 Internal Server Error</title>')) \
            as server:
        with pytest.raises(OdooConnectionError) as info:
            OdooClient(source(server.url, retries=2)).connect()
    assert not isinstance(info.value, OdooNotOdooError)
    message = str(info.value)
    assert message == (f"Odoo source 'shop' at {server.url} answered HTTP 500 when trying to "
                       f"ask the server's version (after 3 attempts); check the server's log")
    assert len(server.requests) == 3
    assert SECRET.encode() not in server.all_bodies()


# -- 3. the version is recorded from the probe; outside 15..20 is a warning ------------

def test_probe_records_the_version_without_logging_in(sandbox):
    client = OdooClient(source(sandbox.url, login='admin', secret='wrong'))
    info = client.probe()
    assert info['server_version'] == '17.0'
    assert (client.version, client.version_info, client.major_version) == ('17.0', (17, 0), 17)
    # no login happened: a wrong secret has not failed yet, it fails at connect
    with pytest.raises(OdooLoginError):
        client.connect()


class VersionProxy(TinyServer):
    """Forwards everything to the sandbox, but answers version_info itself with
    *version*: a real Odoo of another version, as far as the client can tell."""

    def __init__(self, target: str, version: str, version_info: list):
        # the proxy holds the web session's cookie itself (one client at a time)
        opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))

        def answer(method, path, body):
            if path == '/web/webclient/version_info':
                result = {'server_version': version, 'server_version_info': version_info,
                          'server_serie': version, 'protocol_version': 1}
                return 200, 'application/json', json.dumps(
                    {'jsonrpc': '2.0', 'id': json.loads(body)['id'], 'result': result}
                ).encode(), {}
            request = urllib.request.Request(target + path, data=body or None, method=method,
                                             headers={'Content-Type': 'application/json'})
            try:
                with opener.open(request, timeout=10) as response:
                    return response.status, response.headers['Content-Type'], \
                        response.read(), {}
            except urllib.error.HTTPError as error:
                return error.code, error.headers['Content-Type'], error.read(), {}
        super().__init__(answer)


@pytest.mark.parametrize('version, version_info, warned', [
    ('14.0', [14, 0, 0, 'final', 0, ''], True),
    ('21.0', [21, 0, 0, 'final', 0, ''], True),
    ('saas~17.2', ['saas~17', 2, 0, 'final', 0, ''], False),
    ('15.0', [15, 0, 0, 'final', 0, ''], False),
    ('20.0', [20, 0, 0, 'final', 0, 'e'], False),
])
def test_a_version_outside_15_to_20_is_a_warning_not_a_refusal(sandbox, caplog, version,
                                                                 version_info, warned):
    with VersionProxy(sandbox.url, version, version_info) as proxy:
        client = OdooClient(source(proxy.url, login='admin', secret='admin'))
        with caplog.at_level(logging.WARNING, logger='rattail_odoo_pos.odoo.client'):
            client.connect()
        assert client.search_count('pos.config') == sandbox.sandbox.count('pos.config')
    assert client.version == version
    assert client.major_version == version_info[0] if isinstance(version_info[0], int) \
        else client.major_version == 17
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    if warned:
        assert warnings == [
            f"Odoo source 'shop' at {proxy.url} runs Odoo {version}; rattail-odoo-pos is made "
            f"for Odoo 15 to 20, so some models or fields may be missing or read differently"]
    else:
        assert warnings == []


# -- 5. every failure: its own class, one line, names the source, says what to do -----

def test_each_failure_is_one_actionable_line_without_the_secret(sandbox):
    key = sandbox.sandbox.create_api_key('admin')
    wrong = key[::-1]
    cases = []

    def attempt(src: OdooSource, before: Callable[[], None] | None = None):
        if before:
            before()
        try:
            OdooClient(src).connect()
        except OdooPosError as error:
            return error
        raise AssertionError('no error')

    cases.append((attempt(source(sandbox.url, login='admin', secret=wrong)),
                  OdooLoginError, "check [odoo_pos] source.shop.login and secret", wrong))
    cases.append((attempt(source(sandbox.url, login='admin', secret=key, database='nope')),
                  OdooUnknownDatabaseError, "check [odoo_pos] source.shop.database", key))
    gone = f'http://127.0.0.1:{free_port()}'
    cases.append((attempt(source(gone, retries=1)),
                  OdooConnectionError, "Is the server running and the URL right?", SECRET))
    cases.append((attempt(source(sandbox.url, login='admin', secret=key, retries=1),
                          lambda: sandbox.sandbox.faults.add('http500', times=5)),
                  OdooConnectionError, "answered HTTP 500 when trying to log in", key))
    sandbox.sandbox.faults.clear()
    with TinyServer(NOT_ODOO['HTML']) as server:
        cases.append((attempt(source(server.url)), OdooNotOdooError,
                      "check [odoo_pos] source.shop.url", SECRET))
    for error, cls, action, secret in cases:
        message = str(error)
        assert type(error) is cls, message
        assert "Odoo source 'shop'" in message, message
        assert action in message
        assert '\n' not in message
        assert secret not in message and secret not in repr(error.args)
        assert error.source == 'shop'
