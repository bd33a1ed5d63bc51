# SPDX-License-Identifier: GPL-3.0-or-later
"""The one seam to Odoo: connect to a configured source and read records in bounded batches.

Only this package (``rattail_odoo_pos.odoo``) imports :mod:`odoorpc`.  Everything
else asks an :class:`OdooClient` for records.
"""

from __future__ import annotations

import datetime
import http.client
import json
import logging
import random
import re
import socket
import time
import urllib.error
import urllib.request
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, Callable, TypeVar

import odoorpc
import odoorpc.error

from rattail_odoo_pos.odoo.errors import (
    OdooAccessError, OdooConfigError, OdooConnectionError, OdooLoginError, OdooNotOdooError,
    OdooPosError, OdooRPCError, OdooTransientError, OdooUnknownDatabaseError, one_line)
from rattail_odoo_pos.odoo.source import OdooSource
from rattail_odoo_pos.odoo.transport import (
    ENDPOINT_PATHS, TRANSPORTS, SessionRenewalRefused, Transport)

log = logging.getLogger(__name__)

T = TypeVar('T')

ODOO_DATETIME = '%Y-%m-%d %H:%M:%S'

#: Odoo exception names that mean "retry later", not "this call is wrong".
TRANSIENT_ODOO_ERRORS = (
    'psycopg2.errors.SerializationFailure',
    'psycopg2.extensions.TransactionRollbackError',
    'psycopg2.errors.LockNotAvailable',
    'psycopg2.OperationalError',
    'psycopg2.errors.DeadlockDetected',
)

#: Major Odoo versions this package is made for; others get a warning, not a refusal.
SUPPORTED_MAJOR_VERSIONS = range(15, 21)

#: The unauthenticated endpoint every Odoo (8 and later) answers with its version;
#: odoorpc asks it too when it is not told the version.
VERSION_INFO_PATH = '/web/webclient/version_info'

#: At most this much of the version_info answer is read.
VERSION_INFO_MAX_BYTES = 1 << 20

#: First major version with the JSON-2 API (``/json/2``).
JSON2_MAJOR_VERSION = 19

#: What Odoo makes an API key of (``secrets.token_hex(20)``, 14 to 19).
API_KEY_SHAPE = re.compile(r'[0-9a-f]{40}')

TRANSPORT_ERRORS = (urllib.error.URLError, socket.timeout, TimeoutError,
                    ConnectionError, http.client.HTTPException, OSError)

#: Methods that change nothing in Odoo: repeated freely after a lost answer.
#: Any other call (``create``, ``unlink``, business methods...) is repeated
#: only when the request cannot have reached Odoo (connection refused), or
#: Odoo itself said it rolled back (a transient database error): a timeout
#: after the request was sent may hide a committed ``create``, and repeating
#: it would make a duplicate.
REPEATABLE_METHODS = frozenset({
    'search', 'search_read', 'read', 'search_count', 'fields_get', 'read_group',
    'formatted_read_group', 'name_search', 'name_get', 'web_search_read', 'web_read',
    'check_access_rights', 'has_group', 'default_get', 'search_fetch', 'exists',
    # a write of the same values twice leaves Odoo as one write does
    'write',
})


class _DropOdoorpcDebug(logging.Filter):
    """odoorpc logs every request at DEBUG level, including the password that
    ``execute_kw`` sends as a positional argument: never let those through."""

    def filter(self, record: logging.LogRecord) -> bool:
        return record.levelno > logging.DEBUG


for _name in ('odoorpc', 'odoorpc.rpc.jsonrpclib', 'odoorpc.odoo'):
    logging.getLogger(_name).addFilter(_DropOdoorpcDebug())


def format_odoo_datetime(value: datetime.datetime) -> str:
    """Return *value* as Odoo expects it in a domain: naive UTC, to the second."""
    if value.tzinfo is not None:
        value = value.astimezone(datetime.timezone.utc).replace(tzinfo=None)
    return value.strftime(ODOO_DATETIME)


def parse_odoo_datetime(value: str | bool | None) -> datetime.datetime | None:
    """Parse an Odoo datetime string (UTC, naive) into an aware UTC datetime."""
    if not value:
        return None
    return datetime.datetime.strptime(value, ODOO_DATETIME).replace(
        tzinfo=datetime.timezone.utc)


class OdooClient:
    """A logged-in connection to one Odoo source.

    Create it with :meth:`rattail_odoo_pos.app.OdooPosHandler.get_client` (or directly from an
    :class:`OdooSource`); :meth:`connect` is called lazily by the first call that
    needs the server.  All reads name their fields, keep only the fields the
    server's ``fields_get`` has, and pass ``active_test: False``.
    """

    def __init__(self, source: OdooSource, *, sleep: Callable[[float], None] = time.sleep):
        self.source = source
        self._transport: Transport | None = None
        #: why the endpoint was chosen (after :meth:`connect`)
        self.endpoint_reason: str | None = None
        self._fields: dict[str, dict[str, dict[str, Any]]] = {}
        self._sleep = sleep
        self.calls = 0
        #: The server's answer to ``/web/webclient/version_info`` (after :meth:`probe`).
        self.server_info: dict[str, Any] | None = None
        self._server_version: str | None = None
        self._version_info: tuple[int, ...] | None = None
        #: the version an earlier run found at this source (see :meth:`preload`)
        self._known_version: str | None = None
        #: fields_get answers kept from an earlier run: model -> fields (None: no such model)
        self._kept_fields: dict[str, dict[str, dict[str, Any]] | None] = {}
        #: models whose fields this client took from :attr:`_kept_fields`
        self.fields_from_kept: set[str] = set()
        #: models the server said it does not have
        self._unknown_models: set[str] = set()
        #: True when the login answered another version than the kept one
        self.version_changed = False
        #: True when a kept fields_get answer proved stale during the run
        self.kept_stale = False
        #: models whose many2one values are read as bare ids (``load=None``: Odoo
        #: computes no display name); the importer's, whose conversions take the id
        self.bare_many2one: set[str] = set()

    # -- identity ---------------------------------------------------------

    @property
    def key(self) -> str:
        """The config key of the source (``default`` when there is one)."""
        return self.source.key

    def __repr__(self) -> str:
        return f"<OdooClient {self.source.describe()}>"

    # -- connection -------------------------------------------------------

    def connect(self) -> 'OdooClient':
        """Reach the server, check that it is Odoo, note its version and log in
        through the fastest endpoint the secret allows (see :meth:`choose_endpoint`).

        The login and secret are sent only after :meth:`probe` found an Odoo
        server at the URL.  Raises :class:`OdooConnectionError` when the server
        cannot be reached (after the configured retries),
        :class:`OdooNotOdooError` when what answers is not Odoo, and
        :class:`OdooLoginError` when it refuses the login.
        """
        if self._transport is not None:
            return self
        src = self.source
        skip_probe = self._known_version is not None and self.server_info is None \
            and self._session_endpoint_sure()
        if skip_probe:
            # an earlier run found Odoo at this URL and database (the kept version):
            # the login answer says the version (session_info.server_version_info),
            # so the separate version_info call is not made
            self._set_version(self._known_version)
        else:
            self.probe()
        endpoint, reason = self.choose_endpoint()
        try:
            transport = self._login(endpoint)
        except odoorpc.error.RPCError as error:
            if not (src.endpoint == 'auto' and endpoint == 'session'
                    and _odoo_name(error) == 'odoo.exceptions.AccessDenied'
                    and 'Too many login failures' not in str(error)):
                raise self._login_error(error, endpoint) from None
            # Odoo refuses API keys for web sessions: the secret may be a key
            # that does not look like one.  Try it where keys are accepted.
            endpoint = 'json2' if self.major_version >= JSON2_MAJOR_VERSION else 'jsonrpc'
            try:
                transport = self._login(endpoint)
            except odoorpc.error.RPCError as error:
                raise self._login_error(error, endpoint) from None
            reason = 'the web session refused the secret, which is an API key'
            log.warning(
                "Odoo source '%s': the secret is an API key (the web login refused it, and "
                "every refused web login counts toward Odoo's login cooldown); set [odoo_pos] "
                "source.%s.endpoint = %s to go there directly", src.key, src.key, endpoint)
        self._transport = transport
        self.endpoint_reason = reason
        if skip_probe:
            answered = getattr(transport, 'server_version_info', None)
            if answered:
                version, version_info = _parse_version(answered)
            else:                       # the login answer did not say: ask
                version, version_info = None, None
            if version_info is None:
                self._server_version = self._version_info = None
                self.probe()
            else:
                self.server_info = answered
                self._server_version, self._version_info = version, version_info
            if self._server_version != self._known_version:
                log.info("Odoo source '%s' now runs Odoo %s (was %s): its field plan is "
                         "asked again", src.key, self._server_version, self._known_version)
                self.version_changed = True
                self._kept_fields = {}
        log.info("logged in to Odoo source %s (Odoo %s) through %s", src.describe(),
                 self._server_version, ENDPOINT_PATHS[endpoint])
        return self

    def _session_endpoint_sure(self) -> bool:
        """Whether the endpoint is the web session whatever the version (a password)."""
        src = self.source
        if src.endpoint == 'session':
            return True
        return src.endpoint == 'auto' and not API_KEY_SHAPE.fullmatch(src.secret or '')

    def _set_version(self, version: str) -> None:
        self._server_version, self._version_info = _parse_version(
            {'server_version': version, 'server_version_info': []})

    def preload(self, version: str | None,
                fields: dict[str, dict[str, dict[str, Any]] | None] | None = None) -> None:
        """What an earlier run learnt of this source: its server *version*
        (the version_info call is then skipped: the login answer tells it) and
        its ``fields_get`` answers (*fields*: model -> fields, None for a model
        the server lacks).  When the login answers another version, both are
        dropped (:attr:`version_changed`).  Call before :meth:`connect`."""
        self._known_version = version or None
        self._kept_fields = dict(fields or {}) if version else {}

    def known_fields(self) -> dict[str, dict[str, dict[str, Any]] | None]:
        """Every ``fields_get`` answer this client has (asked or kept), None
        for a model the server lacks: what :meth:`preload` takes next time."""
        out: dict[str, dict[str, dict[str, Any]] | None] = dict(self._kept_fields)
        out.update(self._fields)
        out.update({model: None for model in self._unknown_models})
        return out

    def forget_fields(self, model: str) -> None:
        """Ask the server *model*'s fields again (the kept answer went stale)."""
        self._fields.pop(model, None)
        self._kept_fields.pop(model, None)
        self.fields_from_kept.discard(model)
        self._unknown_models.discard(model)

    def choose_endpoint(self) -> tuple[str, str]:
        """``(endpoint, why)``: the configured ``endpoint``, or with ``auto`` the
        web session for a password, JSON-2 for an API key on Odoo 19 and later,
        ``/jsonrpc`` for an API key before 19 (Odoo refuses keys for web sessions)."""
        src = self.source
        major = self.major_version
        if src.endpoint != 'auto':
            if src.endpoint == 'json2' and major < JSON2_MAJOR_VERSION:
                raise OdooConfigError(
                    f"Odoo source '{src.key}': [odoo_pos] source.{src.key}.endpoint = json2 "
                    f"needs Odoo {JSON2_MAJOR_VERSION} or later, and {src.url} runs Odoo "
                    f"{self._server_version}; use auto, session or jsonrpc", source=src.key)
            return src.endpoint, 'configured'
        if API_KEY_SHAPE.fullmatch(src.secret or ''):
            if major >= JSON2_MAJOR_VERSION:
                return 'json2', f'API key, Odoo {major}'
            return 'jsonrpc', f'API key, Odoo {major} has no JSON-2'
        return 'session', 'password'

    def _login(self, endpoint: str) -> Transport:
        transport = TRANSPORTS[endpoint](self.source, self._server_version)
        try:
            self._with_retries(transport.login, what="log in")
        except (KeyError, IndexError, TypeError, AttributeError) as error:
            # the version probe looked like Odoo, the login answer does not
            src = self.source
            raise OdooNotOdooError(
                f"Odoo source '{src.key}' at {src.url} answered the login in a way no Odoo "
                f"server does ({type(error).__name__}: {self._scrub(one_line(str(error)))[:80]});"
                f" check [odoo_pos] source.{src.key}.url", source=src.key) from None
        return transport

    def _login_error(self, error: odoorpc.error.RPCError, endpoint: str) -> OdooPosError:
        """The one-line error for a refused login, the same for every endpoint."""
        src = self.source
        name = _odoo_name(error)
        status = _http_status(error)
        text = str(error)
        if name == 'odoo.exceptions.AccessError' or 'Database not found' in text \
                or ('database' in text and 'does not exist' in text) \
                or (endpoint == 'json2' and status == 404):
            return OdooUnknownDatabaseError(
                f"Cannot log in to Odoo source '{src.key}' at {src.url}: database "
                f"'{src.database}' was not found on that server (check [odoo_pos] "
                f"source.{src.key}.database: the name of the database, not of the "
                f"company)", source=src.key)
        if 'Too many login failures' in text:
            return OdooLoginError(
                f"Cannot log in to Odoo source '{src.key}' at {src.url}: the server refuses "
                f"logins from this address for a while after too many failed ones (Odoo's "
                f"base.login_cooldown_after); wait a minute and check [odoo_pos] "
                f"source.{src.key}.login and secret", source=src.key)
        if text == 'Wrong login ID or password' or name == 'odoo.exceptions.AccessDenied' \
                or status == 401:
            hint = (" (/web/session/authenticate takes the password, not an API key: set "
                    f"source.{src.key}.endpoint = auto or jsonrpc for a key)"
                    if endpoint == 'session' and src.endpoint == 'session' else "")
            return OdooLoginError(
                f"Cannot log in to Odoo source '{src.key}' at {src.url}: wrong login "
                f"'{src.login}' or wrong password/API key for database '{src.database}' "
                f"(check [odoo_pos] source.{src.key}.login and secret / secret_env / "
                f"secret_file){hint}", source=src.key)
        return self._rpc_error(error, None, 'login')

    def probe(self) -> dict[str, Any]:
        """Ask the server its version, without credentials, and check the answer
        is Odoo's (``server_version`` and ``server_version_info``).

        Done once per client, by :meth:`connect` before anything is sent that
        holds the login or secret.  Records :attr:`version` and
        :attr:`version_info`; a major version outside
        :data:`SUPPORTED_MAJOR_VERSIONS` is logged as a warning.  Raises
        :class:`OdooNotOdooError` when something else answers (other JSON,
        HTML, garbage, HTTP 4xx, a redirect) and :class:`OdooConnectionError`
        when nothing does or HTTP 5xx persists.
        """
        if self.server_info is not None:
            return self.server_info
        info = self._with_retries(self._ask_version, what="ask the server's version")
        version, version_info = _parse_version(info)
        if version_info is None:
            raise self._not_odoo(f"server_version {str(info.get('server_version'))[:40]!r} "
                                 f"has no version number")
        self.server_info = info
        self._server_version = version
        self._version_info = version_info
        major = version_info[0]
        if major not in SUPPORTED_MAJOR_VERSIONS:
            log.warning(
                "Odoo source '%s' at %s runs Odoo %s; rattail-odoo-pos is made for Odoo %s to "
                "%s, so some models or fields may be missing or read differently",
                self.source.key, self.source.url, version, SUPPORTED_MAJOR_VERSIONS[0],
                SUPPORTED_MAJOR_VERSIONS[-1])
        return info

    @property
    def transport(self) -> Transport:
        """The logged-in transport (see :mod:`rattail_odoo_pos.odoo.transport`)."""
        return self.connect()._transport  # type: ignore[return-value]

    @property
    def endpoint(self) -> str:
        """``'session'``, ``'jsonrpc'`` or ``'json2'``: where the calls go
        (connects when needed)."""
        return self.transport.name

    def describe_endpoint(self) -> str:
        """``session (/web/dataset/call_kw; password)``: for odoo-pos-check."""
        transport = self.transport
        return f"{transport.name} ({transport.path}; {self.endpoint_reason})"

    @property
    def version(self) -> str:
        """The server version string (e.g. ``'17.0'``), from :meth:`probe`
        (which is made when needed; no login for that)."""
        if self._server_version is None:
            self.probe()
        return str(self._server_version)

    @property
    def version_info(self) -> tuple[int, ...]:
        """The major/minor server version as integers, e.g. ``(17, 0)``."""
        if self._version_info is None:
            self.probe()
        return self._version_info   # type: ignore[return-value]

    @property
    def major_version(self) -> int:
        """The major server version, e.g. ``17``."""
        return self.version_info[0]

    @property
    def uid(self) -> int:
        return self.transport.uid   # type: ignore[return-value]

    def close(self) -> None:
        self._transport = None

    # -- calls ------------------------------------------------------------

    def execute_kw(self, model: str, method: str, args: Sequence[Any] | None = None,
                   kwargs: dict[str, Any] | None = None) -> Any:
        """Call ``model.method(*args, **kwargs)`` on the server, with retries
        on transport errors and Odoo errors turned into :class:`OdooPosError`."""
        transport = self.transport
        args = list(args or [])
        kwargs = dict(kwargs or {})

        def call():
            self.calls += 1
            return transport.call(model, method, args, kwargs)

        try:
            return self._with_retries(call, what=f"call {model}.{method}", odoo_model=model,
                                      repeatable=method in REPEATABLE_METHODS)
        except SessionRenewalRefused as error:
            raise self._login_error(error, transport.name) from None
        except odoorpc.error.RPCError as error:
            raise self._rpc_error(error, model, method) from None

    def fields_get(self, model: str) -> dict[str, dict[str, Any]]:
        """Field metadata of *model* (cached per client; taken from what
        :meth:`preload` kept when it has the model)."""
        if model in self._fields:
            return self._fields[model]
        if model in self._kept_fields:
            kept = self._kept_fields[model]
            self.fields_from_kept.add(model)
            if kept is None:
                self._unknown_models.add(model)
                error = OdooRPCError(
                    f"Odoo source '{self.source.key}' at {self.source.url}: {model}.fields_get "
                    f"failed: UnknownModel: model {model} does not exist on this server (is "
                    f"the Odoo module that defines it installed?)", source=self.source.key,
                    odoo_model=model, method='fields_get')
                error.unknown_model = True     # type: ignore[attr-defined]
                raise error
            self._fields[model] = kept
            return kept
        try:
            self._fields[model] = self.execute_kw(
                model, 'fields_get', [], {'attributes': ['type', 'relation', 'store', 'string']})
        except OdooRPCError as error:
            if getattr(error, 'unknown_model', False):
                self._unknown_models.add(model)
            raise
        return self._fields[model]

    def available_fields(self, model: str, wanted: Iterable[str]) -> list[str]:
        """The fields of *wanted* that this server has for *model* (order kept)."""
        have = self.fields_get(model)
        return [f for f in wanted if f in have]

    def has_model(self, model: str) -> bool:
        """Whether the server knows *model* (e.g. ``loyalty.program`` needs pos_loyalty)."""
        try:
            self.fields_get(model)
        except OdooRPCError as error:
            if getattr(error, 'unknown_model', False):
                return False
            raise
        return True

    def search_read(self, model: str, domain: Sequence[Any] = (), fields: Sequence[str] = (),
                    *, order: str | None = None, limit: int | None = None, offset: int = 0,
                    context: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        """One ``search_read`` call; *fields* are filtered by :meth:`available_fields`."""
        if not fields:
            raise ValueError("name the fields to read")
        kwargs: dict[str, Any] = {
            'fields': self.available_fields(model, fields),
            'context': {'active_test': False, **(context or {})},
        }
        if order:
            kwargs['order'] = order
        if limit:
            kwargs['limit'] = limit
        if offset:
            kwargs['offset'] = offset
        return self._reading(model, kwargs['fields'], lambda: self._read_call(
            model, 'search_read', [list(domain)], kwargs))

    def read(self, model: str, ids: Sequence[int], fields: Sequence[str]) -> list[dict[str, Any]]:
        """``read`` by ids (deleted ids are silently missing from the result)."""
        if not ids:
            return []
        names = self.available_fields(model, fields)
        kwargs: dict[str, Any] = {'fields': names, 'context': {'active_test': False}}
        return self._reading(model, names, lambda: self._read_call(model, 'read', [list(ids)],
                                                                   kwargs))

    def _read_call(self, model: str, method: str, args: list[Any],
                   kwargs: dict[str, Any]) -> Any:
        """``execute_kw`` of a read; a model of :attr:`bare_many2one` is read
        with ``load=None``.  A server that refuses ``load`` (a customised
        ``search_read`` that takes no such argument: Odoo's own takes it since
        13.0) has the model read with display names from then on, said once."""
        if model not in self.bare_many2one:
            return self.execute_kw(model, method, args, kwargs)
        try:
            return self.execute_kw(model, method, args, {**kwargs, 'load': None})
        except OdooRPCError as error:
            text = str(error)
            if 'load' not in text or 'argument' not in text:
                raise
            if model in self.bare_many2one:
                self.bare_many2one.discard(model)
                log.warning("Odoo source '%s': %s.%s refused load=None (bare many2one ids); "
                            "%s is read with display names from now on", self.source.key,
                            model, method, model)
            return self.execute_kw(model, method, args, kwargs)

    def _reading(self, model: str, names: Sequence[str], call: Callable[[], T]) -> T:
        """*call* (a read of *names* of *model*); when it fails and the fields
        were a kept answer of an earlier run, the server's fields are asked
        again: a field it no longer has is a :class:`FieldGone` naming it
        (as the version plan would have said), anything else is re-raised."""
        try:
            return call()
        except OdooRPCError:
            if model not in self.fields_from_kept:
                raise
            self.forget_fields(model)
            self.kept_stale = True
            try:
                have = self.fields_get(model)
            except OdooPosError:
                have = None
            gone = [n for n in names if have is not None and n not in have]
            if not gone:
                raise
        raise FieldGone(
            f"Odoo source '{self.source.key}' (Odoo {self.major_version}): {model} has no "
            f"field '{gone[0]}', which this package reads on Odoo {self.major_version} (a "
            f"customised or incomplete server? see docs/versions.md)",
            source=self.source.key, odoo_model=model)

    def aggregate(self, model: str, domain: Sequence[Any], aggregates: Sequence[str],
                  groupby: Sequence[str] = (), *, context: dict[str, Any] | None = None,
                  ) -> list[dict[str, Any]]:
        """Grouped figures of *model*: *aggregates* spelled ``field:agg``
        (``amount_total:sum``, ``id:max``, ``write_date:max``; the count is
        always there as ``__count``), *groupby* fields (a date one with its
        granularity, ``write_date:hour``).  Each group comes back with its
        groupby values, ``__count``, one key per aggregate as spelled, and for a
        date groupby ``__range[key] = {'from', 'to'}`` (UTC strings).

        Odoo 19 deprecated ``read_group`` (a warning in the shop's log per
        process) for ``formatted_read_group``: this asks that from 19 on, and
        the legacy ``read_group`` (aggregates aliased) before."""
        kwargs: dict[str, Any] = {'context': {'active_test': False, **(context or {})}}
        if self.major_version >= JSON2_MAJOR_VERSION:
            groups = self.execute_kw(model, 'formatted_read_group',
                                     [list(domain), list(groupby),
                                      [*aggregates, '__count']], kwargs)
            for group in groups or []:
                for key in groupby:
                    if ':' in key:
                        leaves = [x for x in group.get('__extra_domain') or []
                                  if isinstance(x, (list, tuple)) and x[0] == key.split(':')[0]]
                        group.setdefault('__range', {})[key] = {
                            'from': next((x[2] for x in leaves if x[1] == '>='), None),
                            'to': next((x[2] for x in leaves if x[1] == '<'), None)}
            return groups or []
        aliases = {spec: spec.replace(':', '__') for spec in aggregates}
        fields = [f"{aliases[spec]}:{spec.split(':')[1]}({spec.split(':')[0]})"
                  for spec in aggregates]
        if not any(':' in key for key in groupby):
            # Odoo's legacy read_group takes aliases on every path, but one
            # aggregate per field spelled ``field:agg`` is what every version
            # answers alike (under the field's name)
            fields = list(aggregates)
            aliases = {spec: spec.split(':')[0] for spec in aggregates}
            if len(set(aliases.values())) < len(aliases):
                raise ValueError(f"one aggregate per field without a date groupby: {aggregates}")
        kwargs['lazy'] = False
        groups = self.execute_kw(model, 'read_group', [list(domain), fields, list(groupby)],
                                 kwargs)
        for group in groups or []:
            for spec, alias in aliases.items():
                group[spec] = group.pop(alias, 0) if alias != spec else group.get(spec, 0)
        return groups or []

    def search_count(self, model: str, domain: Sequence[Any] = ()) -> int:
        return self.execute_kw(model, 'search_count', [list(domain)],
                               {'context': {'active_test': False}})

    # -- streaming --------------------------------------------------------

    def iter_batches(self, model: str, fields: Sequence[str], domain: Sequence[Any] = (),
                     *, batch_size: int | None = None) -> Iterator[list[dict[str, Any]]]:
        """Yield every record of *model* matching *domain* in batches ordered by id.

        Keyset paging (``id > last``): memory is bounded by the batch size and a
        record written while we read is neither skipped nor repeated.
        """
        size = batch_size or self.source.batch_size
        last = 0
        while True:
            rows = self.search_read(model, [('id', '>', last), *domain], fields,
                                    order='id asc', limit=size)
            if not rows:
                return
            yield rows
            last = rows[-1]['id']
            if len(rows) < size:
                return

    def first_page(self, model: str, fields: Sequence[str], domain: Sequence[Any] = ()
                   ) -> list[dict[str, Any]]:
        """The first page :meth:`iter_changed` reads of a full read (*since* None)."""
        fields = list(fields)
        if 'write_date' not in fields:
            fields.append('write_date')
        return self.search_read(model, list(domain), fields, order='write_date asc, id asc',
                                limit=self.source.batch_size)

    def iter_changed(self, model: str, fields: Sequence[str], since: datetime.datetime | None,
                     domain: Sequence[Any] = (), *, batch_size: int | None = None,
                     first: list[dict[str, Any]] | None = None,
                     ) -> Iterator[list[dict[str, Any]]]:
        """Yield records whose ``write_date >= since`` in ``(write_date, id)`` order.

        Keyset paged with ``>=`` on the second-truncated ``write_date`` plus
        the ids already read in the page's last second, so a page boundary inside
        a second loses nothing and repeats nothing.  Within one second the server
        orders by the stored microseconds first: rows of two transactions of the
        same second are not in id order, so "``id > last id``" would skip some and
        repeat others; the ids read in that second are excluded instead (at most
        the rows of one second).  With *since* None this is a full read ordered
        by ``(write_date, id)``; its first page may be given as *first* (read
        earlier by :meth:`first_page`, same fields and domain, default batch size).
        ``write_date`` is always among the fields read.
        """
        size = batch_size or self.source.batch_size
        fields = list(fields)
        if 'write_date' not in fields:
            fields.append('write_date')
        bound = format_odoo_datetime(since) if since else None
        seen: list[int] = []        # ids already read whose write_date is the second `bound`
        while True:
            if bound is None:
                page_domain = list(domain)
            else:
                # (write_date >= next second) or (write_date in the second `bound`
                # and not read yet).  Odoo's write_date has microseconds, so
                # "the second S" is [S, S+1s): expressed with >= and <.
                nxt = format_odoo_datetime(
                    datetime.datetime.strptime(bound, ODOO_DATETIME) + datetime.timedelta(seconds=1))
                in_second = [('write_date', '>=', bound), ('write_date', '<', nxt)]
                if seen:
                    in_second.append(('id', 'not in', seen))
                page_domain = ['|', ('write_date', '>=', nxt),
                               *(['&'] * (len(in_second) - 1)), *in_second, *domain]
            if first is not None and bound is None and size == self.source.batch_size:
                rows, first = first, None
            else:
                rows = self.search_read(model, page_domain, fields,
                                        order='write_date asc, id asc', limit=size)
            if not rows:
                return
            yield rows
            if len(rows) < size:
                return
            tail = rows[-1]['write_date']
            if tail != bound:
                bound, seen = tail, []
            seen.extend(r['id'] for r in rows if r['write_date'] == bound)

    # -- full reads in id order -------------------------------------------------

    def full_read_start(self, model: str, fields: Sequence[str], domain: Sequence[Any] = (),
                        *, first: bool = True) -> dict[str, Any]:
        """What a full read of *model* by :meth:`iter_by_id` begins with: the
        newest ``write_date`` (``newest``, Odoo's string, None when nothing
        matches: the cursor the read sets once it is done), the highest id
        (``top``: where it stops; what is created later is the next run's), and,
        with *first*, the first window's records (``first``, read here so
        that it can be read ahead, while the model before is still written)."""
        newest = self.search_read(model, list(domain), ['write_date'],
                                  order='write_date desc, id desc', limit=1)
        top = self.search_read(model, list(domain), ['write_date'], order='id desc', limit=1)
        start: dict[str, Any] = {'newest': newest[0]['write_date'] if newest else None,
                                 'top': top[0]['id'] if top else 0, 'first': None}
        if first and start['top']:
            size = self.source.batch_size
            start['first'] = self._id_window(model, _with_write_date(fields), list(domain),
                                             0, min(size, start['top']), size)
        return start

    def _id_window(self, model: str, fields: list[str], domain: list[Any], after: int,
                   upto: int, size: int) -> list[dict[str, Any]]:
        """The records with ``after < id <= upto``, at most *size*, by id."""
        return self.search_read(model, [('id', '>', after), ('id', '<=', upto), *domain],
                                fields, order='id asc', limit=size)

    def iter_by_id(self, model: str, fields: Sequence[str], domain: Sequence[Any] = (), *,
                   after: int = 0, upto: int, batch_size: int | None = None,
                   in_flight: int = 2, first: list[dict[str, Any]] | None = None,
                   ) -> Iterator[list[dict[str, Any]]]:
        """Yield the records with ``after < id <= upto`` in id order, in pages of
        at most *batch_size* (a full read: :meth:`full_read_start` gives *upto*).

        Each page is a window of ids (``after < id <= after + width``), so the
        next page's request does not wait for this page's answer: *in_flight*
        windows are asked at a time, in threads, and Odoo is never idle while
        the client decodes an answer.  A window is as wide as the ids the last
        one met hold *batch_size* records (ids are dense in Odoo: as wide as the
        batch; wider where a domain leaves many out); a window that holds more
        is read to its end before the next one's records are yielded.  On the
        database side a window is a range of the primary key, where a page
        ordered by ``write_date`` has the domain's rows sorted each time.
        *first*: the first window's records, read earlier by
        :meth:`full_read_start` (only when *after* is 0).  ``write_date`` is
        always among the fields read."""
        size = batch_size or self.source.batch_size
        fields = _with_write_date(fields)
        domain = list(domain)
        widest = size * 64
        width, nxt = size, after
        pending: deque = deque()            # (after, upto, future) in id order
        pool = ThreadPoolExecutor(max_workers=max(1, in_flight),
                                  thread_name_prefix='odoo-pos-window')

        def ask() -> None:
            nonlocal nxt
            hi = min(nxt + width, upto)
            if first is not None and nxt == 0 and not pending and size == self.source.batch_size:
                future: Future = Future()
                future.set_result(first)
            else:
                future = pool.submit(self._id_window, model, fields, domain, nxt, hi, size)
            pending.append((nxt, hi, future))
            nxt = hi

        try:
            while nxt < upto and len(pending) < max(1, in_flight):
                ask()
            while pending:
                lo, hi, future = pending.popleft()
                rows = future.result()
                # the next window's width: wide enough for a batch at this density
                full = len(rows) >= size and rows[-1]['id'] < hi
                span = (rows[-1]['id'] - lo) if full else (hi - lo)
                width = (min(widest, width * 4) if not rows
                         else max(size, min(widest, span * size // len(rows))))
                if nxt < upto:
                    ask()
                while rows:
                    yield rows
                    if len(rows) < size or rows[-1]['id'] >= hi:
                        break
                    # more than a batch in this window: the rest of it, before the next
                    rows = self._id_window(model, fields, domain, rows[-1]['id'], hi, size)
        finally:
            for _lo, _hi, future in pending:
                future.cancel()
            pool.shutdown(wait=True, cancel_futures=True)

    def iter_ids(self, model: str, domain: Sequence[Any] = (), *,
                 batch_size: int | None = None) -> Iterator[list[int]]:
        """Yield every id of *model* (archived included) in ascending keyset pages."""
        size = (batch_size or self.source.batch_size) * 10
        last = 0
        while True:
            ids = self.execute_kw(model, 'search', [[('id', '>', last), *domain]],
                                  {'order': 'id asc', 'limit': size,
                                   'context': {'active_test': False}})
            if not ids:
                return
            yield ids
            last = ids[-1]
            if len(ids) < size:
                return

    # -- internals ------------------------------------------------------------

    def _with_retries(self, func: Callable[[], T], *, what: str, odoo_model: str | None = None,
                      repeatable: bool = True) -> T:
        src = self.source
        attempt = 0
        while True:
            try:
                result = func()
                if attempt:     # a blip that needed nothing of anyone: the log, not the console
                    log.info("Odoo source '%s': %s succeeded after %s", src.key, what,
                             _attempts(attempt + 1))
                return result
            except odoorpc.error.RPCError as error:
                if _odoo_name(error) in TRANSIENT_ODOO_ERRORS and attempt < src.retries \
                        and 'does not exist' not in str(error):
                    attempt += 1
                    self._backoff(attempt, what, error)
                    continue
                if attempt:     # _rpc_error names them
                    error.odoo_pos_attempts = attempt + 1   # type: ignore[attr-defined]
                raise
            except odoorpc.error.InternalError as error:
                raise OdooPosError(
                    f"Odoo source '{src.key}' at {src.url}: cannot {what}: {error}",
                    source=src.key, odoo_model=odoo_model) from None
            except (urllib.error.HTTPError) as error:
                if error.code >= 500 and attempt < src.retries and repeatable:
                    attempt += 1
                    self._backoff(attempt, what, error)
                    continue
                raise OdooConnectionError(
                    f"Odoo source '{src.key}' at {src.url} answered HTTP {error.code} when "
                    f"trying to {what} (after {_attempts(attempt + 1)}); check the server's log",
                    source=src.key, odoo_model=odoo_model) from None
            except TRANSPORT_ERRORS + (ValueError,) as error:
                if attempt < src.retries and (repeatable or _not_sent(error)):
                    attempt += 1
                    self._backoff(attempt, what, error)
                    continue
                reason = getattr(error, 'reason', None) or error
                if not repeatable and not _not_sent(error):
                    raise OdooConnectionError(
                        f"Odoo source '{src.key}' at {src.url} gave no answer to {what} "
                        f"(timeout {src.timeout:g}s): {self._scrub(str(reason))}. Not repeated: "
                        f"Odoo may have done it; the next run finds it before doing it again",
                        source=src.key, odoo_model=odoo_model) from None
                raise OdooConnectionError(
                    f"Cannot reach Odoo source '{src.key}' at {src.url} to {what} "
                    f"(after {_attempts(attempt + 1)}, timeout {src.timeout:g}s): "
                    f"{self._scrub(str(reason))}. Is the server running and the URL right?",
                    source=src.key, odoo_model=odoo_model) from None

    def _ask_version(self) -> dict[str, Any]:
        """POST the JSON-RPC call odoorpc makes at ``ODOO()``, with no credential,
        to where odoorpc will send the login; return its ``result`` when it has
        Odoo's shape.  Redirects are not followed (the login would not be
        either way: a redirect means the URL is not the server's)."""
        src = self.source
        scheme = 'https' if src.protocol.endswith('ssl') else 'http'
        url = f"{scheme}://{src.host}:{src.port}{VERSION_INFO_PATH}"
        body = json.dumps({'jsonrpc': '2.0', 'method': 'call', 'params': {},
                           'id': random.randint(1, 1_000_000_000)}).encode()
        request = urllib.request.Request(url, data=body, method='POST',
                                         headers={'Content-Type': 'application/json'})
        opener = urllib.request.build_opener(_NoRedirect())
        try:
            with opener.open(request, timeout=src.timeout) as response:
                status = response.status
                ctype = response.headers.get('Content-Type', '')
                raw = response.read(VERSION_INFO_MAX_BYTES)
        except urllib.error.HTTPError as error:
            if 300 <= error.code < 400:
                target = (error.headers.get('Location') or '?').split('?')[0]
                raise self._not_odoo(
                    f"HTTP {error.code}, it redirects to {self._scrub(target)[:120]}; if that "
                    f"is the Odoo server, put its scheme, host and port in the URL") from None
            if error.code >= 500:
                raise           # retried, then OdooConnectionError naming the status
            ctype = error.headers.get('Content-Type', '') if error.headers else ''
            raise self._not_odoo(f"HTTP {error.code} {error.reason}"
                                 + _snippet(_read_quietly(error), ctype)) from None
        try:
            answer = json.loads(raw.decode('utf-8'))
        except ValueError:
            raise self._not_odoo(f"HTTP {status}, not JSON" + _snippet(raw, ctype)) from None
        if isinstance(answer, dict) and isinstance(answer.get('error'), dict):
            err = answer['error']
            data = err.get('data') if isinstance(err.get('data'), dict) else {}
            what = data.get('message') or err.get('message') or 'no message'
            raise self._not_odoo(f"a JSON-RPC error instead of the version: "
                                 f"{one_line(str(what))[:120]}")
        result = answer.get('result') if isinstance(answer, dict) else None
        if not isinstance(result, dict) or not isinstance(result.get('server_version'), str) \
                or not isinstance(result.get('server_version_info'), list) \
                or not result['server_version_info']:
            shown = json.dumps(answer)[:100]
            raise self._not_odoo(f"HTTP {status}, JSON without server_version / "
                                 f"server_version_info: {self._scrub(shown)}")
        return result

    def _not_odoo(self, detail: str) -> OdooNotOdooError:
        src = self.source
        return OdooNotOdooError(
            f"Odoo source '{src.key}' at {src.url} does not answer like an Odoo server "
            f"(POST {VERSION_INFO_PATH}: {detail}); check [odoo_pos] source.{src.key}.url: "
            f"it must be the Odoo server's own address, e.g. https://odoo.example.com or "
            f"http://odoo.example.com:8069. No login or password was sent to it",
            source=src.key)

    def _backoff(self, attempt: int, what: str, error: BaseException) -> None:
        delay = min(self.source.backoff_max,
                    self.source.backoff * (2 ** (attempt - 1)))
        delay = delay * (0.5 + random.random() / 2)   # jitter
        # INFO, not WARNING: the console (WARNING and up unless --debug / --verbose)
        # shows only the one final error when the retries do not help, and nothing
        # when one does; the log file (INFO) keeps each retry
        log.info("Odoo source '%s': %s failed (%s), retry %s of %s in %.2fs",
                 self.source.key, what, type(error).__name__, attempt,
                 self.source.retries, delay)
        self._sleep(delay)

    def _rpc_error(self, error: odoorpc.error.RPCError, model: str | None,
                   method: str) -> OdooPosError:
        name = _odoo_name(error) or 'unknown'
        message = self._scrub(str(getattr(error, 'message', None) or error))
        src = self.source
        where = f"{model}.{method}" if model else method
        short = name.rsplit('.', 1)[-1]
        unknown_model = bool(model) and _is_unknown_model(name, message, model)
        if unknown_model:
            # each endpoint says it its own way (/jsonrpc UserError "Object X doesn't
            # exist", call_kw KeyError "X", JSON-2 404 "the model 'X' does not exist")
            cls: type[OdooPosError] = OdooRPCError
            message = (f"model {model} does not exist on this server (is the Odoo module "
                       f"that defines it installed?)")
            short = 'UnknownModel'
            hint = ""
        elif short in ('AccessError', 'AccessDenied', 'Forbidden'):
            cls = OdooAccessError
            hint = (f" The Odoo user '{src.login}' needs read access to {model}"
                    if model else "")
        elif short == 'Unauthorized':
            # JSON-2 401: the key was revoked or expired since the run began
            cls = OdooLoginError
            hint = (f" Check [odoo_pos] source.{src.key}.secret: the API key was refused")
        else:
            cls = OdooTransientError if name in TRANSIENT_ODOO_ERRORS else OdooRPCError
            tries = getattr(error, 'odoo_pos_attempts', None)
            hint = f" Gave up after {_attempts(tries)}" if tries else ""
        result = cls(f"Odoo source '{src.key}' at {src.url}: {where} failed: {short}: "
                     f"{message}.{hint}".replace('..', '.'),
                     source=src.key, odoo_model=model, method=method,
                     odoo_name=name, odoo_message=message)
        result.unknown_model = unknown_model    # type: ignore[attr-defined]
        return result

    def _scrub(self, text: str) -> str:
        secret = self.source.secret
        if secret and secret in text:
            text = text.replace(secret, '********')
        return text


class FieldGone(OdooPosError):
    """A field read with a kept field plan is no longer on the server (the next
    run asks the server's fields again and its plan says what to do)."""


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    """Make a redirect an :class:`urllib.error.HTTPError` instead of following it."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):  # noqa: D102
        return None


def _with_write_date(fields: Sequence[str]) -> list[str]:
    fields = list(fields)
    if 'write_date' not in fields:
        fields.append('write_date')
    return fields


def _read_quietly(response: Any) -> bytes:
    try:
        return response.read(VERSION_INFO_MAX_BYTES) or b''
    except Exception:
        return b''


_TITLE = re.compile(rb'<title[^>]*>(.*?)</title>', re.IGNORECASE | re.DOTALL)


def _snippet(raw: bytes, content_type: str) -> str:
    """``, text/html: '<title of the page>'``: a short, printable hint at what answered."""
    kind = content_type.split(';')[0].strip() or 'no content type'
    title = _TITLE.search(raw or b'')
    text = (title.group(1) if title else (raw or b''))[:80].decode('utf-8', 'replace')
    text = ' '.join(''.join(c if c.isprintable() else ' ' for c in text).split())
    return f", {kind}: {text!r}" if text else f", {kind}, empty"


def _parse_version(info: dict[str, Any]) -> tuple[str, tuple[int, ...] | None]:
    """``('17.0', (17, 0))`` from a version_info answer (``saas~17.1`` and
    ``['saas~17', 1, ...]`` give ``(17, 1)``); None when no major number is there."""
    version = info.get('server_version') or ''
    numbers = []
    for part in list(info.get('server_version_info') or [])[:2]:
        if isinstance(part, bool):
            break
        if isinstance(part, int):
            numbers.append(part)
            continue
        digits = re.findall(r'\d+', str(part))
        if not digits:
            break
        numbers.append(int(digits[-1]))
    if not numbers:
        numbers = [int(d) for d in re.findall(r'\d+', version.replace('saas~', ''))[:2]]
    if not numbers:
        return version, None
    if len(numbers) == 1:
        numbers.append(0)
    return version, tuple(numbers)


def _not_sent(error: BaseException) -> bool:
    """True when *error* proves the request never reached the server."""
    reason = getattr(error, 'reason', None)
    return isinstance(error, ConnectionRefusedError) or isinstance(reason, ConnectionRefusedError)


def _attempts(n: int) -> str:
    return '1 attempt' if n == 1 else f'{n} attempts'


def _odoo_name(error: odoorpc.error.RPCError) -> str | None:
    info = getattr(error, 'info', None)
    if isinstance(info, dict):
        data = info.get('data') or {}
        return data.get('name') if isinstance(data, dict) else None
    return None


def _is_unknown_model(name: str, message: str, model: str) -> bool:
    """Whether an Odoo error says that *model* does not exist (on any endpoint)."""
    if name == 'builtins.KeyError':
        return message.strip("'\"") == model
    if name == 'odoo.exceptions.UserError':
        return message == f"Object {model} doesn't exist"
    if name == 'werkzeug.exceptions.NotFound':
        return message == f"the model '{model}' does not exist"
    return False


def _http_status(error: odoorpc.error.RPCError) -> int | None:
    """The HTTP status of a JSON-2 error (None for the classic endpoints,
    which answer every error with HTTP 200)."""
    info = getattr(error, 'info', None)
    return info.get('http_status') if isinstance(info, dict) else None
