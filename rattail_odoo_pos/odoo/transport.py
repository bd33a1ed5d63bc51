# SPDX-License-Identifier: GPL-3.0-or-later
"""The three ways the client talks to Odoo (one of them per client).

* ``session``: ``/web/session/authenticate`` once, then
  ``/web/dataset/call_kw/<model>/<method>`` with the session cookie (what
  Odoo's own web client does; about 1.6x faster than ``/jsonrpc`` on a real
  Odoo 17 for large reads).  Needs the real password: Odoo refuses API keys
  for web sessions.  A session that expires is renewed once and the call made
  again.
* ``jsonrpc``: odoorpc's ``/jsonrpc`` ``common.login`` + ``object.execute_kw``
  (the secret is sent with every call; API keys are accepted).  Deprecated in
  Odoo 19 (every call writes a warning into the server's log).
* ``json2``: Odoo 19's ``POST /json/2/<model>/<method>`` with
  ``Authorization: bearer <API key>``, named arguments only, the bare result,
  HTTP status codes for errors (see :mod:`rattail_odoo_pos.odoo.json2`).

Every transport raises :class:`odoorpc.error.RPCError` for an error Odoo
reports (its ``info['data']`` holds Odoo's exception ``name`` and
``message``), and lets transport errors (``urllib.error.URLError``,
``HTTPError`` for 5xx pages, timeouts) through, so that the client's retries,
backoff and one-line errors work the same on all three.
"""

from __future__ import annotations

import logging
import threading
import urllib.error
from typing import Any

import odoorpc
import odoorpc.error

from rattail_odoo_pos.odoo.json2 import Json2Connection, Json2Error

log = logging.getLogger(__name__)

#: Values of ``[odoo_pos] source.KEY.endpoint``.
ENDPOINTS = ('auto', 'session', 'jsonrpc', 'json2')

#: What each endpoint sends its calls to (shown by odoo-pos-check).
ENDPOINT_PATHS = {
    'session': '/web/dataset/call_kw',
    'jsonrpc': '/jsonrpc',
    'json2': '/json/2',
}

SESSION_EXPIRED = 'odoo.http.SessionExpiredException'


class SessionRenewalRefused(odoorpc.error.RPCError):
    """The session expired and logging in again was refused (the password
    changed, the user was archived): a login error, not an error of the call."""


class Transport:
    """One logged-in way of calling Odoo."""

    #: 'session', 'jsonrpc' or 'json2'
    name = ''
    uid: int | None = None
    #: how many times a session was logged in again (session transport)
    renewals = 0

    def login(self) -> None:
        raise NotImplementedError

    def call(self, model: str, method: str, args: list[Any], kwargs: dict[str, Any]) -> Any:
        raise NotImplementedError

    @property
    def path(self) -> str:
        return ENDPOINT_PATHS[self.name]


def _odoorpc(source: Any, version: str | None) -> odoorpc.ODOO:
    # the version is known from the probe: odoorpc asks nothing more
    return odoorpc.ODOO(source.host, protocol=source.protocol, port=source.port,
                        timeout=source.timeout, version=version)


class JsonRpcTransport(Transport):
    """odoorpc over ``/jsonrpc`` (``common.login``, ``object.execute_kw``)."""

    name = 'jsonrpc'

    def __init__(self, source: Any, version: str | None):
        self.source = source
        self.version = version
        self.odoo: odoorpc.ODOO | None = None

    def login(self) -> None:
        src = self.source
        odoo = _odoorpc(src, self.version)
        odoo.login(src.database, src.login, src.secret)
        self.odoo = odoo
        self.uid = odoo.env.uid

    def call(self, model: str, method: str, args: list[Any], kwargs: dict[str, Any]) -> Any:
        return self.odoo.execute_kw(model, method, args, kwargs)   # type: ignore[union-attr]


class SessionTransport(Transport):
    """A web session: ``/web/session/authenticate``, then
    ``/web/dataset/call_kw/<model>/<method>`` with the session cookie.

    The HTTP plumbing is odoorpc's own (``ODOO.json``: its URL opener keeps
    the cookie), so errors come back as odoorpc's ``RPCError``.

    Threads may share one transport (the prefetch reader reads the next batch
    while the main thread calls too): when the session expires under several
    of them, one logs in again while the others wait, then all make their call
    again with the new session (one login, not one per thread)."""

    name = 'session'

    def __init__(self, source: Any, version: str | None):
        self.source = source
        self.version = version
        self.odoo: odoorpc.ODOO | None = None
        #: the login answer's server_version / server_version_info (Odoo's session info)
        self.server_version_info: dict[str, Any] | None = None
        #: one renewal at a time; the number of logins made tells a waiting
        #: thread whether the session it failed with has been renewed meanwhile
        self._renewing = threading.Lock()
        self._logins = 0

    def login(self) -> None:
        src = self.source
        if self.odoo is None:
            self.odoo = _odoorpc(src, self.version)
        answer = self.odoo.json('/web/session/authenticate',
                                {'db': src.database, 'login': src.login,
                                 'password': src.secret})
        result = answer.get('result')
        uid = result.get('uid') if isinstance(result, dict) else None
        if not uid:
            # Odoo 17 raises AccessDenied; very old servers answered uid false
            raise odoorpc.error.RPCError('Access Denied', {
                'code': 200, 'message': 'Odoo Server Error',
                'data': {'name': 'odoo.exceptions.AccessDenied', 'message': 'Access Denied'}})
        self.uid = uid
        self._logins += 1
        if isinstance(result.get('server_version_info'), list):
            self.server_version_info = {
                'server_version': result.get('server_version') or '',
                'server_version_info': result['server_version_info']}

    def call(self, model: str, method: str, args: list[Any], kwargs: dict[str, Any]) -> Any:
        session = self._logins
        try:
            return self._call(model, method, args, kwargs)
        except odoorpc.error.RPCError as error:
            if _error_name(error) != SESSION_EXPIRED:
                raise
        # the session expired (server restarted, session store cleaned, logged
        # out elsewhere): log in again, once, and make the call again
        self.renew(session)
        return self._call(model, method, args, kwargs)

    def renew(self, session: int) -> None:
        """Log in again unless another thread did since login number *session*
        (the one the failed call was made with): one renewal at a time."""
        with self._renewing:
            if self._logins != session:
                return                  # renewed by another thread meanwhile: reuse it
            self.renewals += 1
            log.info("Odoo source '%s': the web session expired; logging in again",
                     self.source.key)
            try:
                self.login()
            except odoorpc.error.RPCError as error:
                raise SessionRenewalRefused(str(error), error.info) from None

    def _call(self, model: str, method: str, args: list[Any], kwargs: dict[str, Any]) -> Any:
        answer = self.odoo.json(f'/web/dataset/call_kw/{model}/{method}',   # type: ignore[union-attr]
                                {'model': model, 'method': method, 'args': args,
                                 'kwargs': kwargs})
        return answer.get('result')


class Json2Transport(Transport):
    """Odoo 19's JSON-2 API with the secret as the bearer API key."""

    name = 'json2'

    def __init__(self, source: Any, version: str | None):
        self.source = source
        self.connection = Json2Connection(source.url, source.database, source.secret,
                                          timeout=source.timeout)

    def login(self) -> None:
        # JSON-2 has no login: the key is checked on every call.  One cheap
        # call proves the key and the database, and tells whose key it is.
        try:
            context = self.connection.call('res.users', 'context_get', [], {}) or {}
        except urllib.error.HTTPError as error:
            if error.code != 404:
                raise
            # Odoo's HTML 404: no database of that name (X-Odoo-Database) to route to
            raise Json2Error('No database is selected', {
                'code': 404, 'http_status': 404, 'message': 'No database is selected',
                'data': {'name': 'werkzeug.exceptions.NotFound',
                         'message': 'No database is selected'}}) from None
        uid = context.get('uid') if isinstance(context, dict) else None
        if not uid:
            ids = self.connection.call('res.users', 'search',
                                       [[('login', '=', self.source.login)]], {'limit': 1})
            uid = ids[0] if ids else None
        self.uid = uid

    def call(self, model: str, method: str, args: list[Any], kwargs: dict[str, Any]) -> Any:
        return self.connection.call(model, method, args, kwargs)


TRANSPORTS = {'session': SessionTransport, 'jsonrpc': JsonRpcTransport,
              'json2': Json2Transport}


def _error_name(error: odoorpc.error.RPCError) -> str | None:
    info = getattr(error, 'info', None)
    if isinstance(info, dict):
        data = info.get('data') or {}
        if isinstance(data, dict):
            return data.get('name')
    return None
