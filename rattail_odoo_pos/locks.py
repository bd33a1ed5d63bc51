# SPDX-License-Identifier: GPL-3.0-or-later
"""One run per Odoo source at a time: PostgreSQL advisory locks.

``rattail import-odoo-pos``, the datasync consumer, ``import-versions`` and
``odoo-pos-reconcile --repair`` take a session-level advisory lock per source
on a connection of their own, held for the whole run.  A second run waits up
to ``[odoo_pos] lock.wait_seconds`` (default 10), then gives up with
:class:`SourceLocked`, whose message names what holds the lock and since when;
the commands then exit with :data:`EXIT_LOCKED` (75, ``EX_TEMPFAIL``), which a
cron wrapper can treat as "skipped".  Because the lock lives in PostgreSQL,
several machines can split a fleet of sources between them with no
coordinator, and a run that dies (killed, machine lost) releases its locks
with its connection.
"""

from __future__ import annotations

import logging
import os
import socket
import time
import zlib
from typing import Any, Iterable

import sqlalchemy as sa

from rattail_odoo_pos.odoo.errors import OdooPosError

log = logging.getLogger(__name__)

#: exit code of a command that did nothing because another run holds the lock
EXIT_LOCKED = 75

#: first key of every advisory lock of this package (the second is per source)
LOCK_CLASS = 0x0D0F05   # "odoo pos"

class SourceLocked(OdooPosError):
    """Another run holds the lock of a source."""


def lock_key(source: str) -> int:
    """The second advisory-lock key of *source* (a positive 31-bit int)."""
    return zlib.crc32(f'rattail_odoo_pos:{source}'.encode('utf-8')) & 0x7FFFFFFF


class SourceLocks:
    """Hold the advisory locks of *sources* (``with SourceLocks(...):``)."""

    def __init__(self, config: Any, sources: Iterable[str], what: str,
                 wait_seconds: float | None = None, engine: Any = None):
        self.config = config
        self.sources = sorted(set(sources))      # one order everywhere: no deadlock
        self.what = what
        if wait_seconds is None:
            from rattail_odoo_pos.config import get_setting
            wait_seconds = get_setting(config, 'lock.wait_seconds')
        self.wait_seconds = wait_seconds
        self.engine = engine
        self.connection = None

    def _engine(self):
        if self.engine is None:
            app = self.config.get_app()
            session = app.make_session()
            try:
                self.engine = session.get_bind()
            finally:
                session.close()
        return self.engine

    def acquire(self) -> 'SourceLocks':
        if not self.sources:
            return self
        raw = self._engine().connect()
        try:
            conn = raw.execution_options(isolation_level='AUTOCOMMIT')
            label = f"rattail-odoo-pos {self.what} pid {os.getpid()} on {socket.gethostname()}"
            conn.execute(sa.text("SELECT set_config('application_name', :name, false)"),
                         {'name': label[:63]})
            deadline = time.monotonic() + max(0.0, float(self.wait_seconds))
            for source in self.sources:
                while not conn.execute(sa.text("SELECT pg_try_advisory_lock(:c, :k)"),
                                       {'c': LOCK_CLASS, 'k': lock_key(source)}).scalar():
                    if time.monotonic() >= deadline:
                        holder = self.holder(conn, source)
                        raise SourceLocked(
                            f"Odoo source '{source}': another run holds its lock ({holder}); "
                            f"{self.what} skipped after waiting {self.wait_seconds:g}s "
                            f"(exit code {EXIT_LOCKED})", source=source)
                    time.sleep(0.5)
        except BaseException:
            self._close(raw)        # releases whatever this connection got
            raise
        self.connection = raw
        self._conn = conn
        log.debug("advisory locks taken for source(s) %s", ', '.join(self.sources))
        return self

    @staticmethod
    def holder(conn, source: str) -> str:
        """What holds the lock of *source*: the other run's label and since when."""
        row = conn.execute(sa.text("""
            SELECT a.application_name, a.pid, a.backend_start, a.client_addr
            FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
            WHERE l.locktype = 'advisory' AND l.granted
              AND l.classid = :c AND l.objid = :k AND l.objsubid = 2
            LIMIT 1"""), {'c': LOCK_CLASS, 'k': lock_key(source)}).fetchone()
        if row is None:
            return "held by a run that has just ended"
        name = row[0] or f"PostgreSQL backend {row[1]}"
        since = row[2].strftime('%Y-%m-%d %H:%M:%S %Z').strip() if row[2] else '?'
        return f"held by {name} since {since}"

    def release(self) -> None:
        if self.connection is not None:
            self._close(self.connection)
            self.connection = None

    @staticmethod
    def _close(conn) -> None:
        """Unlock and close: a pooled connection outlives ``close()``, and so
        would a session-level lock on it (a datasync daemon would hold it forever)."""
        try:
            conn.execution_options(isolation_level='AUTOCOMMIT').execute(
                sa.text("SELECT pg_advisory_unlock_all(), "
                        "set_config('application_name', '', false)"))
        except Exception:           # the server went away: so did the locks
            log.debug("unlocking failed", exc_info=True)
            try:
                conn.invalidate()
            except Exception:
                log.debug("invalidating the lock connection failed", exc_info=True)
        try:
            conn.close()
        except Exception:
            log.debug("closing the lock connection failed", exc_info=True)

    def __enter__(self) -> 'SourceLocks':
        return self.acquire()

    def __exit__(self, *exc: Any) -> None:
        self.release()
