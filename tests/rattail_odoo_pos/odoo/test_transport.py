# SPDX-License-Identifier: GPL-3.0-or-later
"""The three endpoints the client can read through (web session + call_kw,
/jsonrpc, Odoo 19's JSON-2), against the sandbox over real HTTP: which one is
chosen, that they return the same rows, that a session expiring is renewed,
that errors read the same on each, and that no secret shows."""

from __future__ import annotations

import logging

import pytest

from rattail_odoo_pos.entities import ENTITIES
from rattail_odoo_pos.odoo import (
    OdooAccessError, OdooClient, OdooConfigError, OdooConnectionError, OdooLoginError,
    OdooRPCError, OdooSource, OdooTransientError)
from odoo_pos_dev.testing import assert_equal_to_sandbox, rattail

ENDPOINTS = ('session', 'jsonrpc', 'json2')


def client_for(served, secret='admin', **kw) -> OdooClient:
    settings = dict(key='shop', url=served.url, database='pos17', login='admin',
                    secret=secret, timeout=10, retries=2, backoff=0.01)
    settings.update(kw)
    return OdooClient(OdooSource(**settings))


def as_odoo_19(served) -> None:
    """The sandbox reports Odoo 19 from now on (its /web/webclient/version_info)."""
    served.sandbox.odoo_version = 19


def client_through(served, endpoint: str, login: str = 'admin') -> OdooClient:
    """A connected client that talks through *endpoint* (the sandbox reports
    19 for json2); the secret is the password, or an API key for json2."""
    sb = served.sandbox
    if endpoint == 'json2':
        as_odoo_19(served)
        client = client_for(served, sb.create_api_key(login), login=login)
    else:
        client = client_for(served, login, login=login, endpoint=endpoint)
    client.connect()
    assert client.endpoint == endpoint
    return client


def calls(served) -> dict[str, int]:
    return dict(served.sandbox.endpoint_calls)


# -- which endpoint ------------------------------------------------------------

def test_a_password_reads_through_the_web_session(sandbox):
    client = client_for(sandbox)
    assert client.search_count('pos.order') == sandbox.sandbox.count('pos.order')
    assert client.endpoint == 'session' and client.uid == 2
    assert client.describe_endpoint() == 'session (/web/dataset/call_kw; password)'
    seen = calls(sandbox)
    assert seen['/web/session/authenticate'] == 1
    assert seen['/web/dataset/call_kw'] == client.calls
    assert '/jsonrpc' not in seen and '/xmlrpc' not in seen


def test_an_api_key_reads_through_jsonrpc_on_17(sandbox):
    key = sandbox.sandbox.create_api_key('admin')
    client = client_for(sandbox, key)
    assert client.search_count('pos.order') == sandbox.sandbox.count('pos.order')
    assert client.endpoint == 'jsonrpc'
    assert client.describe_endpoint() == 'jsonrpc (/jsonrpc; API key, Odoo 17 has no JSON-2)'
    seen = calls(sandbox)
    # no web login tried with the key: it would count toward Odoo's login cooldown
    assert '/web/session/authenticate' not in seen and '/web/dataset/call_kw' not in seen
    assert seen['/jsonrpc'] >= 1


def test_an_api_key_reads_through_json2_on_19(sandbox, caplog):
    as_odoo_19(sandbox)
    key = sandbox.sandbox.create_api_key('admin')
    client = client_for(sandbox, key)
    with caplog.at_level(logging.WARNING):
        assert client.search_count('pos.order') == sandbox.sandbox.count('pos.order')
        rows = client.search_read('pos.order', [], ['name', 'amount_total'], order='id')
    assert client.version == '19.0' and client.endpoint == 'json2' and client.uid == 2
    assert rows == sandbox.sandbox.search_read('pos.order', [], ['name', 'amount_total'])
    # nothing but the version and JSON-2 (the key is checked at connect, then the calls)
    assert set(calls(sandbox)) == {'/web/webclient/version_info', '/json/2'}
    assert calls(sandbox)['/json/2'] > client.calls
    assert 'deprecated' not in caplog.text


def test_jsonrpc_on_19_logs_odoos_deprecation_warning(sandbox, caplog):
    as_odoo_19(sandbox)
    client = client_for(sandbox, endpoint='jsonrpc')
    with caplog.at_level(logging.WARNING, logger='odoo.addons.rpc.controllers.jsonrpc'):
        client.search_count('pos.order')
    warned = [r for r in caplog.records if r.name == 'odoo.addons.rpc.controllers.jsonrpc']
    assert warned and len(warned) == calls(sandbox)['/jsonrpc']
    assert warned[0].getMessage().startswith(
        "The /xmlrpc, /xmlrpc/2 and /jsonrpc endpoints are deprecated in Odoo 19 and "
        "scheduled for removal in Odoo 20.")


def test_an_api_key_that_does_not_look_like_one_falls_back_to_jsonrpc(sandbox, caplog):
    sb = sandbox.sandbox
    key = 'my-own-key-' + 'x' * 20
    with sb.env() as env:
        env.cx.execute("INSERT INTO _apikeys (uid, name, key) VALUES (2, 'odd', ?)", [key])
    client = client_for(sandbox, key)
    with caplog.at_level(logging.WARNING):
        assert client.search_count('pos.order') == sb.count('pos.order')
    assert client.endpoint == 'jsonrpc'
    assert "set [odoo_pos] source.shop.endpoint = jsonrpc" in caplog.text
    assert key not in caplog.text


@pytest.mark.parametrize('endpoint', ENDPOINTS)
def test_the_endpoint_can_be_forced(sandbox, endpoint):
    secret = sandbox.sandbox.create_api_key('admin') if endpoint == 'json2' else 'admin'
    if endpoint == 'json2':
        as_odoo_19(sandbox)
    client = client_for(sandbox, secret, endpoint=endpoint)
    assert client.search_count('pos.config') == sandbox.sandbox.count('pos.config')
    assert client.describe_endpoint().startswith(f'{endpoint} (')
    assert client.describe_endpoint().endswith('; configured)')


def test_a_wrong_endpoint_setting_is_a_configuration_error(sandbox, tmp_path):
    from rattail_odoo_pos.odoo.source import endpoint_setting
    with pytest.raises(OdooConfigError) as info:
        endpoint_setting('shop', 'source.shop.endpoint', 'xmlrpc')
    assert str(info.value) == (
        "Odoo source 'shop': [odoo_pos] source.shop.endpoint = 'xmlrpc' is not one of auto, "
        "session, jsonrpc, json2 (auto: the web session with a password, /jsonrpc with an "
        "API key, JSON-2 with an API key on Odoo 19 and later)")
    assert endpoint_setting('shop', 'endpoint', ' JSON2 ') == 'json2'
    assert endpoint_setting('shop', 'endpoint', None) == 'auto'
    with pytest.raises(OdooConfigError) as info:
        client_for(sandbox, endpoint='json2').connect()
    assert "endpoint = json2 needs Odoo 19 or later" in str(info.value)
    assert "runs Odoo 17.0" in str(info.value)


def test_endpoint_setting_is_read_from_the_config(sandbox, tmp_path, rattail_db_url):
    from rattail.config import make_config
    from odoo_pos_dev.devenv import write_config
    conf = write_config(tmp_path / 'x.conf', db_url=rattail_db_url, workdir=tmp_path / 'w',
                        sources={'default': sandbox.source_settings(endpoint='jsonrpc')})
    config = make_config([str(conf)], usedb=False, versioning=False)
    client = config.get_app().get_odoo_pos_handler().get_client('default')
    assert client.source.endpoint == 'jsonrpc'
    assert client.endpoint == 'jsonrpc'


# -- same rows -------------------------------------------------------------------

def read_everything(client) -> tuple[dict, dict]:
    """(fields read, rows) per model the importers read, in pages of 50."""
    fields = {e.odoo_model: client.available_fields(e.odoo_model, e.odoo_fields)
              for e in ENTITIES.values()}
    rows = {e.odoo_model: [row for batch in client.iter_batches(
        e.odoo_model, e.odoo_fields, batch_size=50) for row in batch]
        for e in ENTITIES.values()}
    return fields, rows


def assert_as_the_sandbox_holds(sb, fields, rows) -> None:
    for model, read in rows.items():
        assert sorted(r['id'] for r in read) == sb.ids(model), model
        assert {r['id']: r for r in read} == {
            r['id']: r for r in sb.search_read(model, [], fields[model])}, model


def test_session_and_jsonrpc_return_the_same_rows_for_the_importers_models(sandbox):
    session = read_everything(client_through(sandbox, 'session'))
    jsonrpc = read_everything(client_through(sandbox, 'jsonrpc'))
    assert session == jsonrpc
    assert_as_the_sandbox_holds(sandbox.sandbox, *session)
    assert sum(len(rows) for rows in session[1].values()) > 500


def test_json2_and_the_session_return_the_same_rows_on_19(sandbox):
    as_odoo_19(sandbox)
    json2 = read_everything(client_through(sandbox, 'json2'))
    session = read_everything(client_through(sandbox, 'session'))
    assert json2 == session
    assert_as_the_sandbox_holds(sandbox.sandbox, *json2)
    assert sum(len(rows) for rows in json2[1].values()) > 500


# -- session expiry --------------------------------------------------------------

def test_an_expired_session_is_renewed_once_and_the_call_made_again(sandbox):
    client = client_through(sandbox, 'session')
    before = client.search_count('pos.order.line')
    sandbox.sandbox.sessions.clear()            # Odoo restarted, session store cleaned
    assert client.search_count('pos.order.line') == before
    assert client.transport.renewals == 1
    assert calls(sandbox)['/web/session/authenticate'] == 2


def test_a_renewal_that_is_refused_is_a_login_error(sandbox):
    client = client_through(sandbox, 'session')
    sandbox.sandbox.sessions.clear()
    sandbox.sandbox.set_password('admin', 'changed-meanwhile')
    with pytest.raises(OdooLoginError) as info:
        client.search_count('pos.order')
    assert str(info.value).startswith(
        f"Cannot log in to Odoo source 'shop' at {sandbox.url}: wrong login 'admin'")


def test_a_session_expiring_mid_import_is_renewed(rattail_config, sandbox):
    env, sb = rattail_config, sandbox.sandbox
    # the first read of order lines finds its session gone (well inside the run)
    sb.faults.add('session_expired', model='pos.order.line', method='search_read')
    rattail(env, '--no-versioning', 'import-odoo-pos')
    assert [f[1:] for f in sb.faults.fired] == [
        ('session_expired', 'pos.order.line', 'search_read')]
    expired_at = sb.faults.fired[0][0]
    later = [c[1:] for c in sb.calls if c[0] > expired_at]
    # logged in again, and the same read made again (and the run went on)
    assert ('web', None, 'authenticate') in later
    renewed = later.index(('web', None, 'authenticate'))
    assert ('call_kw', 'pos.order.line', 'search_read') in later[renewed:]
    assert '/jsonrpc' not in calls(sandbox)
    assert_equal_to_sandbox(env, sb)


# -- errors ------------------------------------------------------------------------

def test_a_wrong_key_gives_the_same_error_on_jsonrpc_and_json2(sandbox):
    wrong = 'f' * 40
    with pytest.raises(OdooLoginError) as on17:
        client_for(sandbox, wrong).connect()
    as_odoo_19(sandbox)
    with pytest.raises(OdooLoginError) as on19:
        client_for(sandbox, wrong).connect()
    assert calls(sandbox)['/json/2'] == 1          # the 401 came from JSON-2
    assert str(on19.value) == str(on17.value) == (
        f"Cannot log in to Odoo source 'shop' at {sandbox.url}: wrong login 'admin' or wrong "
        f"password/API key for database 'pos17' (check [odoo_pos] source.shop.login and "
        f"secret / secret_env / secret_file)")
    assert wrong not in str(on19.value)


def test_an_unknown_database_gives_the_same_error_on_every_endpoint(sandbox):
    messages = set()
    for endpoint in ENDPOINTS:
        secret = 'admin'
        if endpoint == 'json2':
            as_odoo_19(sandbox)
            secret = sandbox.sandbox.create_api_key('admin')
        with pytest.raises(OdooLoginError) as info:
            client_for(sandbox, secret, database='nope', endpoint=endpoint).connect()
        messages.add(str(info.value))
    assert messages == {
        f"Cannot log in to Odoo source 'shop' at {sandbox.url}: database 'nope' was not found "
        f"on that server (check [odoo_pos] source.shop.database: the name of the database, "
        f"not of the company)"}


def errors_per_endpoint(sandbox, make_error, login='admin') -> dict[str, Exception]:
    """The error *make_error(client)* raises through each endpoint."""
    found = {}
    for endpoint in ENDPOINTS:
        client = client_through(sandbox, endpoint, login=login)
        with pytest.raises(Exception) as info:
            make_error(client)
        found[endpoint] = info.value
    return found


def test_an_unknown_model_gives_the_same_error_on_every_endpoint(sandbox):
    errors = errors_per_endpoint(
        sandbox, lambda c: c.execute_kw('no.such.model', 'search_read', [[]], {'limit': 1}))
    assert {type(e) for e in errors.values()} == {OdooRPCError}
    assert {str(e) for e in errors.values()} == {
        f"Odoo source 'shop' at {sandbox.url}: no.such.model.search_read failed: UnknownModel: "
        f"model no.such.model does not exist on this server (is the Odoo module that defines "
        f"it installed?)."}
    assert calls(sandbox).get('/json/2')                     # JSON-2 answered 404
    client = client_through(sandbox, 'json2')
    assert not client.has_model('no.such.model') and client.has_model('pos.order')


def test_an_odoo_user_error_gives_the_same_error_on_every_endpoint(sandbox):
    """A UserError: HTTP 200 with an error object on the classic endpoints, HTTP
    422 on JSON-2; the same one line either way."""
    def fail(client):
        sandbox.sandbox.faults.add('odoo_error', model='pos.order', method='search_count',
                                   name='odoo.exceptions.UserError',
                                   message='The session is being closed.\nTry again.')
        client.search_count('pos.order')
    errors = errors_per_endpoint(sandbox, fail)
    assert {type(e) for e in errors.values()} == {OdooRPCError}
    assert {str(e) for e in errors.values()} == {
        f"Odoo source 'shop' at {sandbox.url}: pos.order.search_count failed: UserError: "
        f"The session is being closed. Try again."}


def test_a_bad_argument_over_json2_is_one_line(sandbox):
    """JSON-2's own 422: record ids sent to a method that takes none."""
    client = client_through(sandbox, 'json2')
    with pytest.raises(OdooRPCError) as info:
        client.execute_kw('pos.order', 'search_count', [], {'ids': [1], 'domain': []})
    assert str(info.value) == (
        f"Odoo source 'shop' at {sandbox.url}: pos.order.search_count failed: "
        f"UnprocessableEntity: cannot call pos.order.search_count with ids.")
    assert info.value.odoo_name == 'werkzeug.exceptions.UnprocessableEntity'


def test_a_bad_field_gives_the_same_error_on_every_endpoint(sandbox):
    errors = errors_per_endpoint(
        sandbox, lambda c: c.execute_kw('pos.order', 'search_read',
                                        [[('no_such_field', '=', 1)]], {'fields': ['name']}))
    assert {type(e) for e in errors.values()} == {OdooRPCError}
    assert len({str(e) for e in errors.values()}) == 1
    assert 'pos.order.search_read failed: ValueError:' in str(errors['json2'])


def test_access_errors_are_the_same_on_every_endpoint(sandbox):
    errors = errors_per_endpoint(
        sandbox, lambda c: c.search_read('ir.config_parameter', [], ['key']), login='posuser')
    assert {type(e) for e in errors.values()} == {OdooAccessError}
    assert len({str(e) for e in errors.values()}) == 1
    assert "The Odoo user 'posuser' needs read access to ir.config_parameter" \
        in str(errors['json2'])


@pytest.mark.parametrize('endpoint', ENDPOINTS)
def test_retries_work_on_every_endpoint(sandbox, endpoint, caplog):
    import logging
    client = client_through(sandbox, endpoint)
    sb = sandbox.sandbox
    expected = sb.count('pos.order')
    # an HTML 500 page, a dropped connection, a serialization failure: each retried
    sb.faults.add('http500', model='pos.order', method='search_count', times=1)
    with caplog.at_level(logging.INFO, logger='rattail_odoo_pos'):
        assert client.search_count('pos.order') == expected
    # below the console's WARNING: the retry and its success are in the log only
    logged = [(r.levelno, r.getMessage()) for r in caplog.records]
    assert [level for level, _ in logged] == [logging.INFO, logging.INFO], logged
    assert 'retry 1 of' in logged[0][1]
    assert 'call pos.order.search_count succeeded after 2 attempts' in logged[1][1]
    sb.faults.add('drop', model='pos.order', method='search_count', times=1)
    assert client.search_count('pos.order') == expected
    sb.faults.add('odoo_error', model='pos.order', method='search_count', times=1,
                  name='psycopg2.errors.SerializationFailure',
                  message='could not serialize access due to concurrent update')
    assert client.search_count('pos.order') == expected
    assert [f[1] for f in sb.faults.fired] == ['http500', 'drop', 'odoo_error']
    # and a persistent one gives up after the retries, in one line
    sb.faults.add('odoo_error', model='pos.order', method='search_count', times=10,
                  name='psycopg2.errors.SerializationFailure', message='still locked')
    with pytest.raises(OdooTransientError) as info:
        client.search_count('pos.order')
    assert '\n' not in str(info.value) and 'still locked' in str(info.value)
    assert 'Gave up after 3 attempts' in str(info.value)
    sb.faults.clear()
    sb.faults.add('http500', model='pos.order', method='search_count', times=10)
    with pytest.raises(OdooConnectionError) as info:
        client.search_count('pos.order')
    assert 'HTTP 500' in str(info.value) and '3 attempts' in str(info.value)


def test_secrets_never_appear_in_errors_or_logs(sandbox, caplog):
    sb = sandbox.sandbox
    password = 'pw-' + 'S3cr3t' * 4
    sb.set_password('admin', password)
    key = sb.create_api_key('admin')
    shown = []
    with caplog.at_level(logging.DEBUG):
        for endpoint, secret in (('session', password), ('jsonrpc', key), ('auto', key)):
            if endpoint == 'auto':
                as_odoo_19(sandbox)
            client = client_for(sandbox, secret, endpoint=endpoint)
            client.search_count('pos.order')
            for bad in (secret[::-1], secret + 'x'):
                with pytest.raises(OdooLoginError) as info:
                    client_for(sandbox, bad, endpoint=endpoint).connect()
                shown.append(str(info.value))
            with pytest.raises(OdooRPCError) as info:
                client.execute_kw('pos.order', 'search_read', [[('x', '=', secret)]])
            shown.append(str(info.value))
        sb.sessions.clear()
        client_for(sandbox, password).search_count('pos.order')
    text = caplog.text + '\n'.join(shown)
    assert caplog.records and shown
    for secret in (password, key):
        for variant in (secret, secret[::-1], secret + 'x'):
            assert variant not in text


# -- odoo-pos-check ------------------------------------------------------------------

def test_odoo_pos_check_prints_the_endpoint_of_each_source(tmp_path, rattail_db_url, sandbox):
    from odoo_pos_dev.devenv import make_rattail_env
    key = sandbox.sandbox.create_api_key('admin')
    env = make_rattail_env(tmp_path, rattail_db_url, {
        'withpassword': sandbox.source_settings(),
        'withkey': sandbox.source_settings(secret=key),
        'forced': sandbox.source_settings(endpoint='jsonrpc')})
    result = rattail(env, 'odoo-pos-check', check=False)
    text = result.stdout
    blocks = {b.split(':', 1)[0]: b for b in text.split('source ')[1:]}
    assert set(blocks) == {'withpassword', 'withkey', 'forced'}, text
    assert '  endpoint session (/web/dataset/call_kw; password)\n' in blocks['withpassword']
    assert ('  endpoint jsonrpc (/jsonrpc; API key, Odoo 17 has no JSON-2)\n'
            in blocks['withkey'])
    assert '  endpoint jsonrpc (/jsonrpc; configured)\n' in blocks['forced']
    assert key not in text + result.stderr


def test_the_whole_import_runs_over_json2_on_19_with_an_api_key(tmp_path, rattail_db_url,
                                                                 sandbox):
    from odoo_pos_dev.devenv import make_rattail_env
    as_odoo_19(sandbox)
    sb = sandbox.sandbox
    key = sb.create_api_key('admin')
    env = make_rattail_env(tmp_path, rattail_db_url,
                           {'default': sandbox.source_settings(secret=key)})
    result = rattail(env, '--no-versioning', 'import-odoo-pos')
    seen = calls(sandbox)
    assert '/jsonrpc' not in seen and '/xmlrpc' not in seen, seen
    assert '/web/dataset/call_kw' not in seen and seen['/json/2'] > 10
    assert key not in result.stdout + result.stderr
    assert_equal_to_sandbox(env, sb)
