# SPDX-License-Identifier: GPL-3.0-or-later
"""Many databases from one sandbox process: one SQLite file per database (per
shop), all on one port, the way one Odoo server with several databases answers:
the database a request names selects the file.

* ``/jsonrpc`` and XML-RPC: the ``db`` argument of ``common.login`` /
  ``object.execute_kw``;
* ``/web/session/authenticate``: its ``db`` parameter; later ``call_kw`` calls:
  the database the session cookie was opened on;
* JSON-2: the ``X-Odoo-Database`` header.

A request naming no known database goes to the first one, which answers as Odoo
answers an unknown database.  Each database has its own pacer (``paced=True``:
its own worker slot, as a shop's own server would), and :meth:`Fleet.take_down`
makes one unreachable (its requests hang, then the connection closes unanswered).

>>> paths = generate_fleet('/tmp/fleet', 20)          # shop001.sqlite ... shop020.sqlite
>>> fleet = Fleet.from_paths(paths, paced=True)
>>> server = fleet.serve()                            # server.url, fleet.stop()
"""

from __future__ import annotations

import contextlib
import json
import threading
import xmlrpc.client
from pathlib import Path
from typing import Any, Iterable, Iterator

from odoo_pos_sandbox.pacing import Pacer

#: the shape of one shop of a generated fleet: small (about 40 orders)
FLEET_SHAPE = dict(stores=1, days=2, orders_per_day=20, max_lines_per_order=3)


def fleet_name(n: int) -> str:
    return f"shop{n:03d}"


def generate_fleet(folder: str | Path, count: int, *, seed: int = 1,
                   **shape: Any) -> list[Path]:
    """Write *count* small sandbox files ``shopNNN.sqlite`` (database ``shopNNN``,
    different data each: seed + n) into *folder*; their paths."""
    from odoo_pos_sandbox import generate
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    shape = {**FLEET_SHAPE, **shape}
    paths = []
    for n in range(1, count + 1):
        path = folder / f"{fleet_name(n)}.sqlite"
        generate(path, seed=seed + n, database=fleet_name(n), **shape)
        paths.append(path)
    return paths


class Fleet:
    """Sandboxes served from one port, one per database name."""

    def __init__(self, sandboxes: Iterable[Any], *, paced: bool = False, scale: float = 1.0,
                 workers: int | None = None):
        self.sandboxes: dict[str, Any] = {}
        for sb in sandboxes:
            if sb.database in self.sandboxes:
                raise ValueError(f"two sandbox files for database {sb.database!r}")
            self.sandboxes[sb.database] = sb
        if not self.sandboxes:
            raise ValueError("a fleet needs at least one sandbox file")
        kw = {'scale': scale} | ({'workers': workers} if workers else {})
        self.pacers: dict[str, Pacer] = ({name: Pacer(**kw) for name in self.sandboxes}
                                         if paced else {})
        self.down: dict[str, float] = {}
        self.server = None
        self._stopping = threading.Event()
        self._lock = threading.Lock()
        self._in_flight: dict[str, int] = {}
        #: the most databases that had a request being served at the same moment
        self.max_databases_at_once = 0

    @classmethod
    def from_paths(cls, paths: Iterable[str | Path], **kwargs: Any) -> 'Fleet':
        from odoo_pos_sandbox import Sandbox
        return cls([Sandbox(p) for p in paths], **kwargs)

    @property
    def default(self) -> Any:
        return next(iter(self.sandboxes.values()))

    # -- serving ----------------------------------------------------------------

    def serve(self, host: str = '127.0.0.1', port: int = 0):
        """Serve every database on one port (background thread); the server."""
        from odoo_pos_sandbox.server import SandboxServer
        server = SandboxServer(self.default, host, port)
        server.httpd.fleet = self           # type: ignore[attr-defined]
        self.server = server.start()
        return server

    def stop(self) -> None:
        self._stopping.set()
        if self.server is not None:
            self.server.stop()
            self.server = None

    def pacer_of(self, sandbox: Any) -> Pacer | None:
        return self.pacers.get(sandbox.database)

    def totals(self) -> dict[str, float]:
        """Calls, rows, logins and seconds charged, summed over the databases."""
        out: dict[str, float] = {}
        for pacer in self.pacers.values():
            for key, value in pacer.totals.items():
                out[key] = out.get(key, 0) + value
        return out

    @contextlib.contextmanager
    def serving(self, sandbox: Any) -> Iterator[None]:
        """Count a request of *sandbox* as in flight (for :attr:`max_databases_at_once`)."""
        name = sandbox.database
        with self._lock:
            self._in_flight[name] = self._in_flight.get(name, 0) + 1
            self.max_databases_at_once = max(self.max_databases_at_once, len(self._in_flight))
        try:
            yield
        finally:
            with self._lock:
                self._in_flight[name] -= 1
                if not self._in_flight[name]:
                    del self._in_flight[name]

    # -- a database down ----------------------------------------------------------

    def take_down(self, database: str, hang_seconds: float = 30.0) -> None:
        """Requests for *database* hang up to *hang_seconds*, then the connection
        closes unanswered (a shop's server that stopped answering)."""
        if database not in self.sandboxes:
            raise KeyError(database)
        self.down[database] = hang_seconds

    def bring_up(self, database: str) -> None:
        self.down.pop(database, None)

    def is_down(self, sandbox: Any) -> bool:
        return sandbox.database in self.down

    def down_wait(self, sandbox: Any) -> None:
        self._stopping.wait(self.down.get(sandbox.database, 0.0))

    # -- routing -------------------------------------------------------------------

    def route(self, path: str, headers: dict[str, str], body: bytes) -> Any:
        """The sandbox a request is for."""
        name = None
        try:
            name = self._database_named(path, headers, body)
        except Exception:
            name = None
        if name is None:
            sid = _cookie(headers.get('cookie', ''), 'session_id')
            if sid:
                for sb in self.sandboxes.values():
                    if sid in sb.sessions:
                        return sb
        return self.sandboxes.get(name) or self.default

    @staticmethod
    def _database_named(path: str, headers: dict[str, str], body: bytes) -> str | None:
        if path.startswith('/json/2/'):
            return headers.get('x-odoo-database')
        if path.startswith('/xmlrpc/'):
            if not body:
                return None
            args, _method = xmlrpc.client.loads(body)
            return args[0] if args and isinstance(args[0], str) else None
        if not body:
            return None
        params = (json.loads(body) or {}).get('params') or {}
        if path == '/web/session/authenticate':
            return params.get('db')
        if path == '/jsonrpc' and params.get('service') in ('object', 'common'):
            args = params.get('args') or []
            return args[0] if args and isinstance(args[0], str) else None
        return None


def _cookie(header: str, name: str) -> str | None:
    for part in header.split(';'):
        key, _, value = part.strip().partition('=')
        if key == name:
            return value
    return None

