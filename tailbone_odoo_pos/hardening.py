# SPDX-License-Identifier: GPL-3.0-or-later
"""Web hardening: session cookie flags, session rotation at login and
logout, 400 (never 500) for bad request values, an optional login-only mode.

``config.include('tailbone_odoo_pos.hardening')`` (done by the package's app
factory :func:`tailbone_odoo_pos.app.main`; another app adds it to its
``pyramid.includes``) registers:

* a tween (:func:`hardening_tween_factory`) that

  - answers **400** with a readable message when a request is not valid
    UTF-8, carries a NUL character in any parameter (PostgreSQL cannot hold
    one), a sort direction other than ``asc``/``desc``, a malformed sort key,
    or a page size or page number that is not a positive whole number; it
    caps the page size at ``odoo_pos.web.max_pagesize`` (default
    :data:`DEFAULT_MAX_PAGESIZE`);
  - turns what still fails *because of* the values a request carried (a date
    overflow, a number PostgreSQL finds out of range) into a 400 instead of a
    500, and forgets the grid settings the session had stored from it (so
    the next visit of the list does not fail again);
  - gives the session a **new id whenever the logged-in user changes** (login,
    logout, another user) and deletes what was stored under the old id, so a
    session id seen before login is worthless after it, and a cookie replayed
    after logout is an anonymous session;

* a ``NewResponse`` subscriber that makes the session cookie ``HttpOnly``,
  ``SameSite=Lax`` (unless the site set another SameSite) and ``Secure`` when
  the request came over https (``wsgi.url_scheme`` or an
  ``X-Forwarded-Proto: https`` from a proxy; ``beaker.session.secure = true``
  forces it);

* with ``odoo_pos.web.login_required = true``: anonymous users reach only the
  routes named in ``odoo_pos.web.anonymous_routes`` (default
  :data:`DEFAULT_ANONYMOUS_ROUTES`) and static files; anything else sends
  them to the login page.

All settings are Pyramid settings (the ``[app:main]`` section).
"""

from __future__ import annotations

import datetime
import decimal
import html
import logging
import re
import urllib.parse
from http.cookies import SimpleCookie
from typing import Any, Callable

import sqlalchemy.exc
from pyramid.events import ContextFound, NewResponse
from pyramid.httpexceptions import HTTPBadRequest, HTTPForbidden
from pyramid.response import Response
from pyramid.settings import asbool, aslist

log = logging.getLogger(__name__)

#: largest page a grid shows (``odoo_pos.web.max_pagesize``)
DEFAULT_MAX_PAGESIZE = 500
#: largest page number accepted
MAX_PAGE = 1_000_000
#: dates a request may name (grid date filters, the dashboard)
DATE_MIN = datetime.date(1900, 1, 1)
DATE_MAX = datetime.date(2999, 12, 31)
#: routes anonymous users may reach in login-only mode (static files always)
DEFAULT_ANONYMOUS_ROUTES = ('login', 'logout', 'home', 'robots.txt')
#: the session cookie's name unless ``beaker.session.key`` says otherwise
DEFAULT_SESSION_KEY = 'beaker.session.id'
#: session key under which Pyramid's session authentication keeps the user id
DEFAULT_USERID_KEY = 'auth.userid'

SORTDIR_PARAM = re.compile(r'^sort\d*dir$')
SORTKEY_PARAM = re.compile(r'^sort\d*key$')
SORTKEY_VALUE = re.compile(r'^[A-Za-z_][A-Za-z0-9_.]{0,99}$')

#: exceptions a request's own values can cause deep inside a library
INPUT_ERRORS = (OverflowError, UnicodeError, decimal.InvalidOperation,
                sqlalchemy.exc.DataError)


class InvalidRequest(HTTPBadRequest):
    """A request value this app refuses; answered with HTTP 400 and
    :attr:`message`, shown to the person as it is."""

    def __init__(self, message: str):
        super().__init__(detail=message)
        self.message = message


# -- the 400 answer --------------------------------------------------------------

def wants_json(request: Any) -> bool:
    """Whether the request is a grid's data fetch (``partial``) or asks for JSON."""
    query = urllib.parse.parse_qs(request.environ.get('QUERY_STRING', ''), errors='replace')
    if any(query.get('partial', [])):
        return True
    accept = request.headers.get('Accept', '')
    return 'application/json' in accept and 'text/html' not in accept


def bad_request(request: Any, message: str) -> Response:
    """HTTP 400 with *message*: JSON (``error``, ``message``) for a grid's data
    fetch, else a small HTML page with a link back to the page without the
    request's values."""
    if wants_json(request):
        response = Response(status=400, json_body={'error': message, 'message': message})
        return response
    try:
        path = request.path_info
    except UnicodeError:
        path = '/'
    # reset-view: a grid shows its default filters again (other pages ignore it)
    back = html.escape(request.script_name + path + '?reset-view=true', quote=True)
    body = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Bad request</title></head>
<body>
<h1>Bad request</h1>
<p class="message">{html.escape(message)}</p>
<p><a href="{back}">Show the page without these values</a></p>
</body></html>
"""
    return Response(body, status=400, content_type='text/html', charset='utf-8')


def invalid_request_view(exc: InvalidRequest, request: Any) -> Response:
    """Exception view: an :class:`InvalidRequest` raised by a view."""
    return bad_request(request, exc.message)


# -- request checks --------------------------------------------------------------

def describe(name: str) -> str:
    return repr(name) if len(name) <= 60 else repr(name[:57] + '...')


def check_params(request: Any, max_pagesize: int) -> None:
    """Raise :class:`InvalidRequest` for a request no page of this app can
    answer sensibly; cap ``pagesize`` (rewriting the query string)."""
    try:
        request.path_info
        query = list(request.GET.items())
    except UnicodeError:
        raise InvalidRequest("The address is not valid UTF-8 text.") from None
    form: list[tuple[str, Any]] = []
    if request.method not in ('GET', 'HEAD'):
        try:
            form = list(request.POST.items())
        except UnicodeError:
            raise InvalidRequest("The submitted form is not valid UTF-8 text.") from None
    for name, value in query + form:
        if '\x00' in name or (isinstance(value, str) and '\x00' in value):
            raise InvalidRequest(
                f"The value of {describe(name.replace(chr(0), ''))} contains a NUL character "
                f"(\\x00), which cannot be searched for or stored.")
    cap = None
    for name, value in query:
        if SORTDIR_PARAM.match(name):
            if value.lower() not in ('asc', 'desc'):
                raise InvalidRequest(f"Sort direction {describe(value)} is not valid: "
                                     f"use 'asc' or 'desc'.")
        elif SORTKEY_PARAM.match(name):
            if value and not SORTKEY_VALUE.match(value):
                raise InvalidRequest(f"Sort key {describe(value)} is not a column name.")
        elif name == 'pagesize':
            size = positive_int(value)
            if size is None:
                raise InvalidRequest(f"Page size {describe(value)} is not valid: "
                                     f"use a whole number from 1 to {max_pagesize}.")
            if size > max_pagesize:
                cap = max_pagesize
        elif name == 'page':
            page = positive_int(value)
            if page is None or page > MAX_PAGE:
                raise InvalidRequest(f"Page number {describe(value)} is not valid: "
                                     f"use a whole number from 1 to {MAX_PAGE:,}.")
    if cap is not None:
        request.GET['pagesize'] = str(cap)


def positive_int(value: str) -> int | None:
    """*value* as a whole number >= 1 (digits only), else None."""
    value = value.strip()
    if not value.isascii() or not value.isdigit() or len(value) > 12:
        return None
    number = int(value)
    return number if number >= 1 else None


def parse_date(value: str | None, label: str) -> datetime.date | None:
    """A ``YYYY-MM-DD`` request value between :data:`DATE_MIN` and
    :data:`DATE_MAX`; None when empty; else :class:`InvalidRequest`."""
    if value is None or not value.strip():
        return None
    value = value.strip()
    try:
        if not re.fullmatch(r'\d{4}-\d{2}-\d{2}', value):
            raise ValueError
        date = datetime.date.fromisoformat(value)
    except ValueError:
        raise InvalidRequest(f"{label} {describe(value)} is not a date: "
                             f"use YYYY-MM-DD, e.g. 2024-03-31.") from None
    if not DATE_MIN <= date <= DATE_MAX:
        raise InvalidRequest(f"{label} {value} is out of range: "
                             f"use a date from {DATE_MIN} to {DATE_MAX}.")
    return date


def request_carries_values(request: Any) -> bool:
    """Whether the request sent any parameter (a failure may then be its values')."""
    try:
        if request.GET:
            return True
        return request.method not in ('GET', 'HEAD') and bool(request.POST)
    except Exception:
        return True


def forget_grid_settings(request: Any) -> None:
    """Drop the grid settings (filters, sorting, page) the session stored, so a
    value that made a grid fail is not applied again on the next visit."""
    try:
        session = request.session
        for key in [k for k in session.keys() if str(k).startswith('grid.')]:
            del session[key]
    except Exception:       # no session (or it cannot load): nothing stored
        log.debug("could not clear grid settings", exc_info=True)


# -- session id rotation -----------------------------------------------------------

def incoming_session_id(request: Any, params: dict[str, Any]) -> str | None:
    """The session id the request's cookie names (as Beaker reads it)."""
    raw = request.environ.get('HTTP_COOKIE')
    if not raw:
        return None
    key = params.get('key') or DEFAULT_SESSION_KEY
    secret = params.get('secret')
    try:
        if secret:
            from beaker.session import InvalidSignature, SignedCookie
            cookie = SignedCookie(secret, input=raw)
            value = cookie[key].value if key in cookie else None
            return None if value is InvalidSignature else value
        cookie = SimpleCookie()
        cookie.load(raw)
        return cookie[key].value if key in cookie else None
    except Exception:
        return None


def destroy_stored_session(beaker_session: Any, session_id: str) -> None:
    """Delete what the session store holds under *session_id*."""
    namespace = beaker_session.namespace_class(
        session_id, data_dir=beaker_session.data_dir, digest_filenames=False,
        **beaker_session.namespace_args)
    namespace.acquire_write_lock()
    try:
        namespace.remove()
    finally:
        namespace.release_write_lock()


def rotate_session(request: Any, userid_key: str) -> None:
    """After the view: when the logged-in user of the session changed, move
    the session to a new id; whenever the id changed (so, also at Tailbone's
    logout, which starts a new session), delete the old id's stored data."""
    session = request.__dict__.get('session')      # only if the request used it
    if session is None or not hasattr(session, '_session') or not session.accessed():
        return
    from beaker.session import CookieSession
    beaker_session = session._session()
    if isinstance(beaker_session, CookieSession):   # data lives in the cookie itself
        return
    params = session.__dict__.get('_params', {})
    old_id = incoming_session_id(request, params)
    before = getattr(beaker_session, 'accessed_dict', {}).get(userid_key)
    if beaker_session.id == old_id and beaker_session.get(userid_key) != before:
        beaker_session.regenerate_id()
        session.new_csrf_token()        # marks the session changed: saved under the new id
        log.debug("session id renewed (user changed)")
    if old_id and beaker_session.id != old_id:
        destroy_stored_session(beaker_session, old_id)


# -- the tween ----------------------------------------------------------------------

def hardening_tween_factory(handler: Callable, registry: Any) -> Callable:
    """Tween: request checks before the view, input failures into 400, session
    rotation after the view (before the session is saved)."""
    settings = registry.settings
    max_pagesize = int(settings.get('odoo_pos.web.max_pagesize') or DEFAULT_MAX_PAGESIZE)

    def userid_key() -> str:
        from pyramid.interfaces import ISecurityPolicy
        policy = registry.queryUtility(ISecurityPolicy)
        helper = getattr(policy, 'session_helper', None)
        return getattr(helper, 'userid_key', None) or DEFAULT_USERID_KEY

    def tween(request: Any) -> Any:
        try:
            check_params(request, max_pagesize)
        except InvalidRequest as error:
            return bad_request(request, error.message)
        try:
            response = handler(request)
        except INPUT_ERRORS as error:
            if not request_carries_values(request):
                raise
            response = input_failure(request, error)
        else:
            error = getattr(request, 'exception', None)     # an exception view answered
            if isinstance(error, INPUT_ERRORS) and request_carries_values(request):
                response = input_failure(request, error)
        rotate_session(request, userid_key())
        return response

    return tween


def input_failure(request: Any, error: BaseException) -> Response:
    log.warning("request values failed (answered 400): %s %s: %s: %s", request.method,
                request.path_qs if hasattr(request, 'path_qs') else '', type(error).__name__,
                str(error).splitlines()[0][:200] if str(error) else '', exc_info=error)
    forget_grid_settings(request)
    return bad_request(request, "A value of this request is out of range (a date, a number "
                                "or a page) and cannot be looked up. Check the filters and "
                                "dates you entered.")


# -- cookie flags --------------------------------------------------------------------

def is_https(request: Any) -> bool:
    """Whether the request came over https (directly or through a proxy)."""
    if request.environ.get('wsgi.url_scheme') == 'https':
        return True
    forwarded = request.headers.get('X-Forwarded-Proto', '')
    return forwarded.split(',')[0].strip().lower() == 'https'


def harden_cookie(header: str, secure: bool) -> str:
    """A ``Set-Cookie`` value with HttpOnly, a SameSite and (if *secure*) Secure."""
    attrs = [part.strip().lower() for part in header.split(';')[1:]]
    names = {a.split('=')[0].strip() for a in attrs}
    header = header.rstrip().rstrip(';')
    if 'httponly' not in names:
        header += '; HttpOnly'
    if 'samesite' not in names:
        header += '; SameSite=Lax'
    if secure and 'secure' not in names:
        header += '; Secure'
    return header


def session_cookie_subscriber(event: NewResponse) -> None:
    """``NewResponse``: harden the session cookie the response sets."""
    request, response = event.request, event.response
    settings = request.registry.settings
    key = (settings.get('beaker.session.key') or settings.get('session.key')
           or DEFAULT_SESSION_KEY)
    secure = asbool(settings.get('beaker.session.secure')
                    or settings.get('session.secure')) or is_https(request)
    prefix = f'{key}='
    changed = False
    headers = []
    for name, value in response.headerlist:
        if name.lower() == 'set-cookie' and value.strip().startswith(prefix):
            new = harden_cookie(value.strip(), secure)
            changed = changed or new != value
            value = new
        headers.append((name, value))
    if changed:
        response.headerlist[:] = headers


# -- login-only mode -----------------------------------------------------------------

def anonymous_routes(settings: dict[str, Any]) -> set[str]:
    value = settings.get('odoo_pos.web.anonymous_routes')
    return set(aslist(value)) if value is not None else set(DEFAULT_ANONYMOUS_ROUTES)


def login_required_subscriber(event: ContextFound) -> None:
    """``ContextFound`` (login-only mode): an anonymous request of a route not
    in ``odoo_pos.web.anonymous_routes`` is refused (Tailbone's forbidden
    view then sends the person to the login page)."""
    request = event.request
    route = getattr(request, 'matched_route', None)
    if route is None or route.name.startswith('__'):     # not found, or static files
        return
    allowed = request.registry.settings['odoo_pos.web._anonymous_routes']
    if route.name in allowed:
        return
    if request.authenticated_userid is None:
        raise HTTPForbidden()


# -- settings and include ---------------------------------------------------------------

def set_session_defaults(settings: dict[str, Any]) -> None:
    """Beaker session defaults for the app factory (config file values win):
    HttpOnly and SameSite=Lax cookies.  ``Secure`` is added per request when
    it came over https (or always with ``beaker.session.secure = true``)."""
    if 'session.httponly' not in settings:
        settings.setdefault('beaker.session.httponly', 'true')
    if 'session.samesite' not in settings:
        settings.setdefault('beaker.session.samesite', 'Lax')


def includeme(config: Any) -> None:
    """Pyramid include, called once when the app is configured."""
    settings = config.registry.settings
    config.add_tween('tailbone_odoo_pos.hardening.hardening_tween_factory')
    config.add_subscriber(session_cookie_subscriber, NewResponse)
    config.add_exception_view(invalid_request_view, context=InvalidRequest)
    if asbool(settings.get('odoo_pos.web.login_required', False)):
        settings['odoo_pos.web._anonymous_routes'] = anonymous_routes(settings)
        config.add_subscriber(login_required_subscriber, ContextFound)
