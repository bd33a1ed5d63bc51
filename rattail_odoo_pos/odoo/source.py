# SPDX-License-Identifier: GPL-3.0-or-later
"""Odoo sources as configured in ``[odoo_pos]``: where each database is and how to log in.

Example::

    [odoo_pos]
    sources = default
    source.default.url = http://127.0.0.1:8069
    source.default.database = pos17
    source.default.login = admin
    # exactly one of these three
    source.default.secret = ...
    source.default.secret_env = ODOO_POS_SECRET
    source.default.secret_file = /etc/rattail/odoo-pos.secret
"""

from __future__ import annotations

import math
import os
import re
import urllib.parse
from dataclasses import dataclass, field
from typing import Any

from rattail_odoo_pos.config import SECTION, SOURCE_SETTINGS, warn_settings
from rattail_odoo_pos.odoo.errors import OdooConfigError

#: Shown in every error about a wrong URL.
URL_EXAMPLES = "https://odoo.example.com or http://odoo.example.com:8069"


@dataclass(frozen=True)
class OdooSource:
    """Connection settings of one Odoo database.  The secret (password or API
    key) is kept out of ``repr()`` so it cannot leak through logs or errors."""

    key: str
    url: str
    database: str
    login: str
    secret: str = field(repr=False)
    timeout: float = 60.0
    retries: int = 3
    backoff: float = 0.5
    backoff_max: float = 30.0
    batch_size: int = 2000
    #: how calls are sent: 'auto' (the fastest the secret allows), 'session',
    #: 'jsonrpc' or 'json2' (see :mod:`rattail_odoo_pos.odoo.transport`)
    endpoint: str = 'auto'

    def __post_init__(self):
        # a URL without a scheme would connect to localhost:80 and send the
        # login there: refuse it here, so no client can be made from one
        object.__setattr__(self, 'url', check_url(self.key, self.url, self.secret))

    @property
    def parsed(self) -> urllib.parse.SplitResult:
        return urllib.parse.urlsplit(self.url)

    @property
    def host(self) -> str:
        return self.parsed.hostname or 'localhost'

    @property
    def port(self) -> int:
        parsed = self.parsed
        if parsed.port:
            return parsed.port
        return 443 if parsed.scheme == 'https' else 80

    @property
    def protocol(self) -> str:
        return 'jsonrpc+ssl' if self.parsed.scheme == 'https' else 'jsonrpc'

    def describe(self) -> str:
        """``'store42' (db pos17 at http://...)``: safe to print, no secret."""
        return f"'{self.key}' (database {self.database} at {self.url})"


def get_source_keys(config: Any) -> list[str]:
    """Keys of every configured source, in config order.  The first call for a
    config also warns about unknown ``[odoo_pos]`` settings (see
    :func:`rattail_odoo_pos.config.warn_settings`)."""
    warn_settings(config)
    return config.get_list(f'{SECTION}.sources') or ['default']


def load_source(config: Any, key: str = 'default') -> OdooSource:
    """Read the settings of source *key* from the rattail config.

    Raises :class:`OdooConfigError` (one line, naming the setting and, unless
    it is a secret, its value) when a setting is missing or wrong.
    """
    warn_settings(config)

    def setting(name: str) -> tuple[str, Any]:
        """(where it was found, value): the source's own, else section-wide."""
        value = config.get(f'{SECTION}.source.{key}.{name}', ignore_ambiguous=True)
        if value is not None:
            return f'source.{key}.{name}', value
        return name, config.get(f'{SECTION}.{name}', ignore_ambiguous=True)

    def get(name: str) -> Any:
        return setting(name)[1]

    url = get('url')
    database = get('database')
    login = get('login')
    missing = [n for n, v in (('url', url), ('database', database), ('login', login)) if not v]
    if missing:
        raise OdooConfigError(
            f"Odoo source '{key}' is not configured: set "
            + ', '.join(f"[{SECTION}] source.{key}.{n}" for n in missing), source=key)
    secret = read_secret(key, get('secret'), get('secret_env'), get('secret_file'))
    numbers = {name: number_setting(key, name, *setting(name))
               for name, (kind, _default) in SOURCE_SETTINGS.items() if kind in (int, float)}
    endpoint = endpoint_setting(key, *setting('endpoint'))
    return OdooSource(key=key, url=url, database=database, login=login, secret=secret,
                      endpoint=endpoint, **numbers)


def endpoint_setting(key: str, where: str, raw: Any) -> str:
    """The ``endpoint`` setting (``auto`` when unset); :class:`OdooConfigError`
    naming the setting and the values it takes otherwise."""
    from rattail_odoo_pos.odoo.transport import ENDPOINTS
    value = (raw or '').strip().lower() if isinstance(raw, str) else raw
    if not value:
        return 'auto'
    if value not in ENDPOINTS:
        raise OdooConfigError(
            f"Odoo source '{key}': [{SECTION}] {where} = {raw!r} is not one of "
            f"{', '.join(ENDPOINTS)} (auto: the web session with a password, /jsonrpc with an "
            f"API key, JSON-2 with an API key on Odoo 19 and later)", source=key)
    return value


#: Smallest value each numeric source setting accepts.
_MINIMUM = {'timeout': 0.001, 'retries': 0, 'backoff': 0, 'backoff_max': 0, 'batch_size': 1}


def number_setting(key: str, name: str, where: str, raw: Any) -> int | float:
    """The numeric source setting *name* read from *where* (its default when
    unset); :class:`OdooConfigError` naming the setting and value otherwise."""
    kind, default = SOURCE_SETTINGS[name]
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return default
    what = 'a whole number' if kind is int else 'a number'
    try:
        value = kind(raw.strip() if isinstance(raw, str) else raw)
        if kind is float and not math.isfinite(value):
            raise ValueError(raw)
    except (TypeError, ValueError):
        raise OdooConfigError(
            f"Odoo source '{key}': [{SECTION}] {where} = {raw!r} is not {what} "
            f"(e.g. {name} = {default:g})", source=key) from None
    minimum = _MINIMUM.get(name, 0)
    if value < minimum:
        raise OdooConfigError(
            f"Odoo source '{key}': [{SECTION}] {where} = {raw!r} is too small "
            f"(at least {minimum:g}; the default is {default:g})", source=key)
    return value


def check_url(key: str, url: str, secret: str | None = None) -> str:
    """*url* without its trailing slash, when it is ``http(s)://host[:port]``.

    Anything else raises :class:`OdooConfigError` in one line naming the
    source, the value (with any user, password, query or secret masked) and
    examples of a right URL.  The client talks to the server's root
    (``/jsonrpc``, ``/web/...``), so a path would be silently ignored: it is
    refused too.
    """
    where = f"[{SECTION}] source.{key}.url"
    text = (url or '').strip()
    shown = display_url(text, secret)

    def bad(reason: str, example: str = URL_EXAMPLES) -> OdooConfigError:
        return OdooConfigError(
            f"Odoo source '{key}': {where} = {shown} {reason}; write the server's address "
            f"with http:// or https://, e.g. {example}", source=key)

    if not text:
        raise bad("is empty")
    if any(c.isspace() for c in text):
        raise bad("contains a space")
    try:
        parts = urllib.parse.urlsplit(text)
    except ValueError:
        raise bad("cannot be read as a URL") from None
    scheme = parts.scheme.lower()
    if '://' not in text or not text.lower().startswith(scheme + '://'):
        guess = text.rstrip('/')
        example = (f"https://{guess} (or http://{guess} when the server has no TLS)"
                   if _HOST_PORT.match(text) else URL_EXAMPLES)
        raise bad("has no http:// or https:// in front (without it the client would "
                  "connect to localhost)", example)
    if scheme not in ('http', 'https'):
        raise bad(f"uses {scheme}://, not http:// or https://")
    if parts.username is not None or parts.password is not None or '@' in parts.netloc:
        raise bad(f"holds a user or password: put the user in source.{key}.login and the "
                  f"password in source.{key}.secret, secret_env or secret_file")
    if not parts.hostname:
        raise bad("has no host name")
    if ':' in parts.hostname:
        raise bad("is an IPv6 address, which the client cannot use: give a host name")
    try:
        parts.port
    except ValueError:
        raise bad("has a port that is not a number from 1 to 65535") from None
    if parts.netloc.endswith(':'):
        raise bad("ends with ':' but has no port")
    if parts.path not in ('', '/') or parts.query or parts.fragment or text.endswith(('?', '#')):
        raise bad("has a path, query or fragment after the host: the client always talks "
                  "to the server's root, so give only scheme, host and port",
                  f"{scheme}://{parts.netloc}")
    return text.rstrip('/')


def display_url(url: str, secret: str | None = None) -> str:
    """*url* quoted and safe to print: a user and password before ``@``, a
    query and a fragment are masked, and so is the secret wherever it appears."""
    text = _USERINFO.sub(lambda m: (m.group(1) or '') + '***@', str(url), count=1)
    for sep in ('?', '#'):
        if sep in text:
            text = text.split(sep, 1)[0] + sep + '...'
    if secret and secret in text:
        text = text.replace(secret, '********')
    if len(text) > 200:
        text = text[:200] + '...'
    return repr(text)


_USERINFO = re.compile(r'^([A-Za-z][A-Za-z0-9+.-]*://)?[^/?#]*@')
_HOST_PORT = re.compile(r'^[A-Za-z0-9.-]+(:[0-9]+)?/?$')


def read_secret(key: str, value: str | None, env: str | None, path: str | None) -> str:
    """The source's password or API key, from the config, an environment
    variable or a file (first line).  Error messages name where to put it,
    never the value."""
    if value:
        return value
    if env:
        secret = os.environ.get(env)
        if not secret:
            raise OdooConfigError(
                f"Odoo source '{key}': environment variable {env} (secret_env) is not set",
                source=key)
        return secret
    if path:
        try:
            with open(path, encoding='utf-8') as f:
                secret = f.readline().strip()
        except OSError as error:
            raise OdooConfigError(
                f"Odoo source '{key}': cannot read secret_file {path}: {error.strerror}",
                source=key) from None
        if not secret:
            raise OdooConfigError(f"Odoo source '{key}': secret_file {path} is empty",
                                  source=key)
        return secret
    raise OdooConfigError(
        f"Odoo source '{key}' has no secret: set [{SECTION}] source.{key}.secret, "
        f"secret_env (name of an environment variable) or secret_file", source=key)
