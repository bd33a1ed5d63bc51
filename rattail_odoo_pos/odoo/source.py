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

import os
import urllib.parse
from dataclasses import dataclass, field
from typing import Any

from rattail_odoo_pos.odoo.errors import OdooConfigError

SECTION = 'odoo_pos'


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

    def record_url(self, model: str, odoo_id: int) -> str:
        """Address of a record in this Odoo's web client."""
        return f"{self.url.rstrip('/')}/web#model={model}&id={odoo_id}&view_type=form"


def get_source_keys(config: Any) -> list[str]:
    """Keys of every configured source, in config order."""
    return config.get_list(f'{SECTION}.sources') or ['default']


def load_source(config: Any, key: str = 'default') -> OdooSource:
    """Read the settings of source *key* from the rattail config."""
    def get(name: str, default: Any = None) -> Any:
        value = config.get(f'{SECTION}.source.{key}.{name}', ignore_ambiguous=True)
        if value is None:    # section-wide default
            value = config.get(f'{SECTION}.{name}', ignore_ambiguous=True)
        return default if value is None else value

    url = get('url')
    database = get('database')
    login = get('login')
    missing = [n for n, v in (('url', url), ('database', database), ('login', login)) if not v]
    if missing:
        raise OdooConfigError(
            f"Odoo source '{key}' is not configured: set "
            + ', '.join(f"[{SECTION}] source.{key}.{n}" for n in missing), source=key)
    secret = read_secret(key, get('secret'), get('secret_env'), get('secret_file'))
    try:
        return OdooSource(
            key=key, url=url.rstrip('/'), database=database, login=login, secret=secret,
            timeout=float(get('timeout', 60)), retries=int(get('retries', 3)),
            backoff=float(get('backoff', 0.5)), backoff_max=float(get('backoff_max', 30)),
            batch_size=int(get('batch_size', 2000)))
    except ValueError as error:
        raise OdooConfigError(f"Odoo source '{key}': bad number in config: {error}",
                              source=key) from None


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
