# SPDX-License-Identifier: GPL-3.0-or-later
"""Odoo 19's JSON-2 API: ``POST /json/2/<model>/<method>``.

A small module of our own rather than a library (docs/client.md says why
neither odoo-client-lib 2.0 nor odooly 2.6 fits: no per-call timeout, the
exception name of Odoo's error lost or hidden behind the library's own, an
extra request to ``/doc-bearer`` to learn argument names, a new HTTP
dependency).  It speaks exactly what the recordings of a real Odoo 19 show
(../shared/odoo19/http/3xx_*):

* headers ``Authorization: bearer <API key>``, ``X-Odoo-Database``,
  ``Content-Type: application/json``;
* the body is a JSON object of **named** arguments (``ids`` for the records,
  ``context``, then the method's own parameter names); positional arguments
  are turned into names here with :data:`PARAMETERS`;
* the answer is the bare result (HTTP 200), or an HTTP status (401, 403,
  404, 422, 500) with ``{"name", "message", "arguments", "context",
  "debug"}``.  Such an error is raised as :class:`Json2Error`, an odoorpc
  ``RPCError`` whose ``info`` has the shape of a JSON-RPC ``error`` (``data.name``,
  ``data.message``), so the client handles it like an error of the classic
  endpoints.  An answer that is not Odoo's JSON (an HTML page of a proxy, a
  5xx without body) is left as :class:`urllib.error.HTTPError`: a transport
  error, retried.
"""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from typing import Any

import odoorpc.error

#: The records the method runs on (record methods).
IDS = 'ids'

#: Positional parameter names of the methods the client calls, as Odoo 19
#: names them (JSON-2 has no positional arguments).  A method not listed
#: takes the records as its one positional argument.
PARAMETERS: dict[str, tuple[str, ...]] = {
    'search_read': ('domain', 'fields', 'offset', 'limit', 'order'),
    'search': ('domain', 'offset', 'limit', 'order'),
    'search_count': ('domain', 'limit'),
    'search_fetch': ('domain', 'field_names', 'offset', 'limit', 'order'),
    'fields_get': ('allfields', 'attributes'),
    'read_group': ('domain', 'fields', 'groupby', 'offset', 'limit', 'orderby', 'lazy'),
    'formatted_read_group': ('domain', 'groupby', 'aggregates', 'having', 'offset', 'limit',
                             'order'),
    'name_search': ('name', 'domain', 'operator', 'limit'),
    'create': ('vals_list',),
    'default_get': ('fields_list',),
    'context_get': (),
    'read': (IDS, 'fields', 'load'),
    'write': (IDS, 'vals'),
    'unlink': (IDS,),
    'exists': (IDS,),
}

#: How much of an error body is read (Odoo's carry a traceback).
MAX_ERROR_BYTES = 1 << 20


class Json2Error(odoorpc.error.RPCError):
    """Odoo answered a JSON-2 call with an HTTP error status and its JSON
    error body.  ``info`` = ``{'code': status, 'http_status': status,
    'message': ..., 'data': {'name': ..., 'message': ...}}``."""

    @property
    def status(self) -> int:
        return self.info.get('http_status')


class Json2Connection:
    """Calls of one API key on one database of one server."""

    def __init__(self, url: str, database: str, api_key: str, *, timeout: float = 60.0):
        self.url = url.rstrip('/')
        self.database = database
        self.timeout = timeout
        self._headers = {
            'Authorization': f'bearer {api_key}',
            'X-Odoo-Database': database,
            'Content-Type': 'application/json',
            'Accept': 'application/json',
        }
        # no cookies, no redirects followed (a redirect would carry the key elsewhere)
        self._opener = urllib.request.build_opener(_NoRedirect())

    def __repr__(self) -> str:
        return f"<Json2Connection {self.url} database={self.database!r}>"

    def call(self, model: str, method: str, args: list[Any] | tuple[Any, ...] = (),
             kwargs: dict[str, Any] | None = None) -> Any:
        """``model.method(*args, **kwargs)``: the bare result."""
        body = named_arguments(model, method, list(args or []), dict(kwargs or {}))
        request = urllib.request.Request(
            f'{self.url}/json/2/{model}/{method}', data=json.dumps(body).encode(),
            headers=self._headers, method='POST')
        try:
            with self._opener.open(request, timeout=self.timeout) as response:
                raw = response.read()
        except urllib.error.HTTPError as error:
            raise _as_odoo_error(error) from None
        return json.loads(raw) if raw else None


def named_arguments(model: str, method: str, args: list[Any],
                    kwargs: dict[str, Any]) -> dict[str, Any]:
    """The JSON-2 body of ``model.method(*args, **kwargs)``."""
    names = PARAMETERS.get(method, (IDS,))
    if len(args) > len(names):
        raise TypeError(f"{model}.{method} takes at most {len(names)} positional "
                        f"argument(s) over JSON-2 ({', '.join(names) or 'none'}); "
                        f"got {len(args)}: name the others")
    body: dict[str, Any] = {}
    for name, value in zip(names, args):
        if name == IDS and isinstance(value, int):
            value = [value]
        body[name] = value
    for name, value in kwargs.items():
        if name in body:
            raise TypeError(f"{model}.{method} got {name!r} both by position and by name")
        body[name] = value
    return body


def _as_odoo_error(error: urllib.error.HTTPError) -> Exception:
    """An HTTP error status: Odoo's JSON error as :class:`Json2Error`, any
    other answer (HTML page, empty 5xx) as the HTTPError itself."""
    ctype = (error.headers.get('Content-Type', '') if error.headers else '').lower()
    try:
        raw = error.read(MAX_ERROR_BYTES) if 'json' in ctype else b''
    except Exception:
        raw = b''
    try:
        body = json.loads(raw) if raw else None
    except ValueError:
        body = None
    if not isinstance(body, dict) or not isinstance(body.get('name'), str):
        return error
    message = str(body.get('message') or '')
    info = {'code': error.code, 'http_status': error.code, 'message': message,
            'data': {'name': body['name'], 'message': message,
                     'arguments': body.get('arguments') or [message]}}
    return Json2Error(message, info)


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):  # noqa: D102
        return None
