# SPDX-License-Identifier: GPL-3.0-or-later
"""Web hardening of the app made by ``egg:rattail-odoo-pos``: session cookie
flags, a new session id at login, a dead one after logout, HTTP 400 with a
readable message (never 500) for bad filter, sort, page and date values, the
page size cap, and which Tailbone routes answer anonymous users (all but the
login page locked in login-only mode)."""

from __future__ import annotations

import html

import pytest
import webtest
from pyramid.interfaces import IRoutesMapper

from web_support import login

COOKIE = 'beaker.session.id'

#: Tailbone core routes (no URL placeholder) that show a page to an anonymous
#: user of the stock app; docs/web.md lists them
OPEN_TO_ANONYMOUS = {'login', 'about', 'robots.txt', 'noop',
                     'reports.ordering', 'reports.inventory'}
#: what anonymous users may still reach in login-only mode
#: (``odoo_pos.web.login_required = true``, as the demo runs)
LOCKED_OPEN = {'login', 'robots.txt'}


def session_cookie_headers(response) -> list[str]:
    return [value for name, value in response.headerlist
            if name.lower() == 'set-cookie' and value.strip().startswith(f'{COOKIE}=')]


def cookie_attrs(header: str) -> set[str]:
    return {part.strip().lower() for part in header.split(';')[1:]}


def text_of(response) -> str:
    return html.unescape(response.text)


@pytest.fixture(scope='module')
def strict_app(web_env):
    """The app as the demo configures it: login-only, and (to see the cap act
    on the small sandbox) a page size cap of 10."""
    from tailbone_odoo_pos.app import main
    return main({}, **{'rattail.config': str(web_env.web_conf),
                       'odoo_pos.web.login_required': 'true',
                       'odoo_pos.web.max_pagesize': '10'})


# -- cookie flags -------------------------------------------------------------------

def test_session_cookie_is_httponly_and_samesite_lax(anonymous):
    headers = session_cookie_headers(anonymous.get('/login'))
    assert len(headers) == 1, "the login page starts a session"
    attrs = cookie_attrs(headers[0])
    assert 'httponly' in attrs
    assert 'samesite=lax' in attrs
    assert 'secure' not in attrs, "plain http: a Secure cookie would never come back"


@pytest.mark.parametrize('how', ['wsgi.url_scheme', 'X-Forwarded-Proto'])
def test_session_cookie_is_secure_over_https(wsgi_app, how):
    if how == 'wsgi.url_scheme':
        client = webtest.TestApp(wsgi_app, extra_environ={'wsgi.url_scheme': 'https'})
        response = client.get('/login')
    else:
        client = webtest.TestApp(wsgi_app)
        response = client.get('/login', headers={'X-Forwarded-Proto': 'https'})
    headers = session_cookie_headers(response)
    assert len(headers) == 1
    attrs = cookie_attrs(headers[0])
    assert {'secure', 'httponly', 'samesite=lax'} <= attrs


# -- session ids at login and logout ---------------------------------------------------

def test_login_gives_a_new_session_id_and_the_old_one_is_worthless(wsgi_app):
    client = webtest.TestApp(wsgi_app)
    client.get('/login')
    before = client.cookies[COOKIE]
    page = login(client, 'viewer')
    after = client.cookies[COOKIE]
    assert after != before, "the session id must change at login"
    assert 'viewer' in page.text
    # the logged-in client works with the new id
    assert client.get('/odoo-pos/sync-status').status_int == 200
    # whoever knew the pre-login id (session fixation) is not logged in with it
    attacker = webtest.TestApp(wsgi_app)
    attacker.set_cookie(COOKIE, before)
    response = attacker.get('/odoo-pos/sync-status')
    assert response.status_int == 302 and '/login' in response.location
    assert 'Sync Status' not in response.follow().text


def test_logout_kills_the_session(wsgi_app):
    client = webtest.TestApp(wsgi_app)
    login(client, 'viewer')
    old = client.cookies[COOKIE]
    assert client.get('/odoo-pos/sync-status').status_int == 200
    client.get('/logout')
    replay = webtest.TestApp(wsgi_app)
    replay.set_cookie(COOKIE, old)
    response = replay.get('/odoo-pos/sync-status')
    assert response.status_int == 302 and '/login' in response.location
    page = response.follow()
    assert 'name="password"' in page.text, "the replayed cookie gets the login page"
    assert 'viewer' not in page.text


# -- HTTP 400 for bad values -------------------------------------------------------------

BAD_INPUTS = [
    ('nul-in-filter', '/odoo-pos/orders/',
     {'filter': 'true', 'name': 'a\x00b', 'name.verb': 'contains'},
     "The value of 'name' contains a NUL character"),
    ('nul-in-related-filter', '/odoo-pos/orders/',
     {'partial': 'true', 'filter': 'true', 'store': 'x\x00', 'store.verb': 'contains'},
     "The value of 'store' contains a NUL character"),
    ('nul-in-native-filter', '/products/',
     {'partial': 'true', 'filter': 'true', 'description': 'a\x00', 'description.verb': 'contains'},
     "The value of 'description' contains a NUL character"),
    ('bad-sortdir', '/odoo-pos/orders/', {'sortkey': 'name', 'sortdir': 'sideways'},
     "Sort direction 'sideways' is not valid: use 'asc' or 'desc'."),
    ('bad-sort1dir', '/odoo-pos/orders/',
     {'partial': 'true', 'sort1key': 'name', 'sort1dir': 'up; drop table x'},
     "Sort direction 'up; drop table x' is not valid"),
    ('unknown-sortkey', '/odoo-pos/orders/', {'partial': 'true', 'sort1key': 'password',
                                              'sort1dir': 'asc'},
     "This list cannot be sorted by 'password'"),
    ('malformed-sortkey', '/products/', {'partial': 'true', 'sort1key': 'a b(', 'sort1dir': 'asc'},
     "Sort key 'a b(' is not a column name."),
    ('pagesize-text', '/odoo-pos/orders/', {'partial': 'true', 'pagesize': 'lots'},
     "Page size 'lots' is not valid: use a whole number from 1 to 500."),
    ('pagesize-zero', '/odoo-pos/payments/', {'pagesize': '0'},
     "Page size '0' is not valid"),
    ('pagesize-negative', '/odoo-pos/orders/', {'partial': 'true', 'pagesize': '-5'},
     "Page size '-5' is not valid"),
    ('page-absurd', '/odoo-pos/orders/', {'partial': 'true', 'page': '9' * 23},
     "Page number '99999999999999999999999' is not valid"),
    ('grid-date-out-of-range', '/odoo-pos/orders/',
     {'partial': 'true', 'filter': 'true', 'date_order': '9999-12-31',
      'date_order.verb': 'equal'},
     "Filter “Date Order”: value 9999-12-31 is out of range: use a date from 1900-01-01 "
     "to 2999-12-31."),
    ('grid-date-malformed', '/odoo-pos/orders/',
     {'filter': 'true', 'date_order': '2024-02-30', 'date_order.verb': 'greater_equal'},
     "Filter “Date Order”: value '2024-02-30' is not a date: use YYYY-MM-DD"),
    ('grid-date-between', '/odoo-pos/sessions/',
     {'partial': 'true', 'filter': 'true', 'start_at': '2024-01-01|9999-12-31',
      'start_at.verb': 'between'},
     "value 9999-12-31 is out of range"),
    ('grid-number', '/odoo-pos/orders/',
     {'partial': 'true', 'filter': 'true', 'amount_total': '1e400',
      'amount_total.verb': 'greater_than'},
     "Filter “Amount Total”: '1e400' is out of range"),
    ('grid-integer', '/odoo-pos/orders/',
     {'partial': 'true', 'filter': 'true', 'odoo_id': '9' * 30, 'odoo_id.verb': 'equal'},
     "Filter “Odoo ID”: '999999999999999999999999999999' is out of range"),
    ('grid-verb', '/odoo-pos/orders/',
     {'partial': 'true', 'filter': 'true', 'name': 'x', 'name.verb': 'sounds_like'},
     "Filter “Name”: 'sounds_like' is not a comparison it offers"),
    ('native-grid-date', '/products/',
     {'partial': 'true', 'filter': 'true', 'last_sold': '9999-12-31', 'last_sold.verb': 'equal'},
     "A value of this request is out of range"),
    ('dashboard-end-9999', '/odoo-pos/dashboard', {'start': '2024-01-01', 'end': '9999-12-31'},
     "End date 9999-12-31 is out of range: use a date from 1900-01-01 to 2999-12-31."),
    ('dashboard-start-after-end', '/odoo-pos/dashboard',
     {'start': '2024-02-01', 'end': '2024-01-01'},
     "The start date 2024-02-01 is after the end date 2024-01-01."),
    ('dashboard-malformed', '/odoo-pos/dashboard', {'start': 'yesterday'},
     "Start date 'yesterday' is not a date: use YYYY-MM-DD"),
    ('dashboard-year-0', '/odoo-pos/dashboard', {'end': '0000-01-01'},
     "End date '0000-01-01' is not a date"),
]


@pytest.mark.parametrize('url,params,message', [c[1:] for c in BAD_INPUTS],
                         ids=[c[0] for c in BAD_INPUTS])
def test_bad_input_answers_400_with_a_message(viewer, url, params, message):
    response = viewer.get(url, params=params, expect_errors=True)
    assert response.status_int == 400, response.text[:500]
    if params.get('partial'):
        assert message in response.json['error']
    else:
        assert message in text_of(response)
        assert 'Show the page without these values' in response.text
    # the refused values were not remembered: the page works again without them
    again = viewer.get(url, params={'partial': 'true'} if params.get('partial') else {})
    assert again.status_int == 200


def test_bad_utf8_in_the_address_answers_400(viewer):
    response = viewer.get('/odoo-pos/orders/?partial=true&filter=true&name=%ff&name.verb=equal',
                          expect_errors=True)
    assert response.status_int == 400
    assert 'not valid UTF-8' in response.json['error']


def test_nul_in_the_login_form_answers_400(anonymous):
    import re
    page = anonymous.get('/login')
    token = re.search(r'name="_csrf" type="hidden" value="([^"]+)"', page.text).group(1)
    response = anonymous.post('/login', {'username': 'viewer\x00', 'password': 'x',
                                         '_csrf': token}, expect_errors=True)
    assert response.status_int == 400
    assert "The value of 'username' contains a NUL character" in text_of(response)


def test_good_values_still_work(viewer):
    data = viewer.get('/odoo-pos/orders/', params={
        'partial': 'true', 'filter': 'true', 'date_order': '2000-01-01',
        'date_order.verb': 'greater_equal', 'sort1key': 'name', 'sort1dir': 'desc',
        'pagesize': '5', 'page': '1'}).json
    assert data['pager_stats']['items_per_page'] == 5
    assert data['pager_stats']['item_count'] > 5, "the sandbox has more orders than a page"
    names = [row['name'] for row in data['data']]
    assert len(names) == 5 and names == sorted(names, reverse=True)
    page = viewer.get('/odoo-pos/dashboard', params={'start': '2024-01-01', 'end': '2024-01-07'})
    assert page.status_int == 200 and 'Gross sales by store' in page.text


# -- page size cap ----------------------------------------------------------------------------

def test_page_size_is_capped_at_500(viewer):
    data = viewer.get('/odoo-pos/orders/', params={'partial': 'true',
                                                   'pagesize': '1000000000'}).json
    assert data['pager_stats']['items_per_page'] == 500


def test_page_size_cap_limits_the_rows(strict_app, db, db_config):
    client = webtest.TestApp(strict_app)
    login(client, 'viewer')
    Order = db_config.get_app().model.OdooPosOrder
    total = db.query(Order).count()
    assert total > 10, "the sandbox must have more orders than the cap"
    data = client.get('/odoo-pos/orders/', params={'partial': 'true', 'pagesize': '1000'}).json
    assert data['pager_stats']['items_per_page'] == 10
    assert len(data['data']) == 10
    assert data['pager_stats']['item_count'] == total


# -- anonymous users --------------------------------------------------------------------------

def plain_routes(app):
    """Names and paths of the routes that have no URL placeholder (static files aside)."""
    mapper = app.registry.queryUtility(IRoutesMapper)
    for route in mapper.get_routes():
        if '{' in route.pattern or '*' in route.pattern or route.name.startswith('__'):
            continue
        yield route.name, '/' + route.pattern.lstrip('/')


def answered_anonymously(app) -> dict[str, int]:
    """Route name -> status, for the routes showing an anonymous user a page (200)."""
    from tailbone.db import Session
    client = webtest.TestApp(app)
    open_routes = {}
    for name, path in plain_routes(app):
        try:
            response = client.get(path, expect_errors=True)
        finally:
            Session.remove()
        if response.status_int == 200:
            open_routes[name] = response.status_int
    return open_routes


def test_tailbone_routes_open_to_anonymous_users_are_the_documented_ones(wsgi_app):
    assert set(answered_anonymously(wsgi_app)) == OPEN_TO_ANONYMOUS


def test_login_only_mode_locks_them_down(strict_app):
    assert set(answered_anonymously(strict_app)) == LOCKED_OPEN
    client = webtest.TestApp(strict_app)
    for path in ('/about', '/reports/ordering', '/noop', '/consume-batch-id'):
        response = client.get(path)
        assert response.status_int == 302 and '/login' in response.location, path
    # a logged-in user still reaches them
    login(client, 'viewer')
    assert client.get('/about').status_int == 200
