# SPDX-License-Identifier: GPL-3.0-or-later
"""Health of each Odoo source: reachable, login, version, models readable, cursor lag.

Used by ``rattail odoo-pos-check`` (exit code) and by the web sync status page.
Never prints or returns a secret.

Two measures, never mixed up:

* **lag**: how far our cursor is behind Odoo's newest change of the model
  (``write_date`` of Odoo's newest record minus our cursor).  Only known when
  Odoo is asked (``odoo-pos-check``); None otherwise.
* **since last good run**: how long ago the last successful run of the model
  ended.  Read from local rows only (the web page).
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Any, Iterable

from rattail_odoo_pos.odoo import OdooPosError, parse_odoo_datetime
from rattail_odoo_pos.odoo.errors import OdooConnectionError

#: A cursor further behind than this (seconds) makes a source unhealthy.
DEFAULT_MAX_LAG = 2 * 24 * 3600


@dataclass
class ModelHealth:
    """What we know about one Odoo model of one source."""
    odoo_model: str
    readable: bool | None = None
    count: int | None = None
    error: str | None = None
    cursor: datetime.datetime | None = None
    #: lag: seconds between Odoo's newest change and our cursor; None when
    #: Odoo was not asked (or nothing synced yet, see :attr:`never_synced`)
    lag_seconds: float | None = None
    #: seconds since the last successful run of the model; None = none yet
    since_success_seconds: float | None = None
    last_run: datetime.datetime | None = None
    last_error: str | None = None
    #: a full read in id order (the first load, ``--full``) begun and not
    #: finished (killed, failed, stopped by a --max limit, or still at work):
    #: how far it got, as :func:`unfinished_read` says it; None when there is none
    unfinished: str | None = None

    @property
    def ok(self) -> bool:
        return bool(self.readable) and not self.last_error

    @property
    def never_synced(self) -> bool:
        return self.cursor is None and self.since_success_seconds is None


@dataclass
class SourceHealth:
    """The verdict for one source."""
    key: str
    url: str | None = None
    database: str | None = None
    reachable: bool = False
    login_ok: bool = False
    version: str | None = None
    #: how the client talks to the source ('session (/web/dataset/call_kw; password)')
    endpoint: str | None = None
    error: str | None = None
    models: list[ModelHealth] = field(default_factory=list)
    #: the limit for :attr:`ModelHealth.lag_seconds` (probed) or, when Odoo
    #: was not asked, for :attr:`ModelHealth.since_success_seconds`
    max_lag: float = DEFAULT_MAX_LAG
    #: whether Odoo was asked (lag known) or only local rows were read
    probed: bool = True
    #: the source-level error of the last run (connect, login...), masked
    status_error: str | None = None
    status_error_at: datetime.datetime | None = None
    #: open rejected records of this source (``odoo_pos_rejected``)
    rejected: int = 0

    @property
    def problems(self) -> list[str]:
        out = []
        if self.error:
            out.append(self.error)
        if self.status_error:
            out.append(f"last run failed: {self.status_error}")
        if self.rejected:
            out.append(f"{self.rejected:,} rejected record(s) waiting (see the rejected "
                       f"records list)")
        for m in self.models:
            if m.readable is False:
                out.append(f"{m.odoo_model}: not readable: {m.error}")
            if m.last_error:
                out.append(f"{m.odoo_model}: last run failed: {m.last_error}")
            if self.probed:
                if m.lag_seconds is not None and m.lag_seconds > self.max_lag:
                    out.append(f"{m.odoo_model}: lag {format_lag(m.lag_seconds)} "
                               f"(behind Odoo's newest change)")
            elif (m.since_success_seconds is not None
                  and m.since_success_seconds > self.max_lag):
                out.append(f"{m.odoo_model}: last good run "
                           f"{format_duration(m.since_success_seconds)} ago")
        return out

    @property
    def healthy(self) -> bool:
        return self.reachable and self.login_ok and not self.problems


def format_lag(seconds: float | None) -> str:
    """``'3h 12m'``-style text for a lag in seconds (None: ``'never synced'``)."""
    if seconds is None:
        return 'never synced'
    return format_duration(seconds)


def format_duration(seconds: float) -> str:
    """``'3h 12m'``-style text for a number of seconds."""
    seconds = int(seconds)
    days, rest = divmod(seconds, 86400)
    hours, rest = divmod(rest, 3600)
    minutes, secs = divmod(rest, 60)
    if days:
        return f"{days}d {hours}h"
    if hours:
        return f"{hours}h {minutes}m"
    if minutes:
        return f"{minutes}m {secs}s"
    return f"{secs}s"


def unfinished_read(cursor: Any) -> str | None:
    """What a full read in id order that began and has not finished left on
    its cursor (Odoo's newest ``write_date`` when it began, ``full_read_mark``,
    and the last id of its last committed batch, ``last_id``), in words: a
    first load goes on after that id at the next run (from the start when no
    batch was committed); a ``--full`` only at the next ``--full`` (an
    incremental run in between drops it).  None when there is none."""
    if getattr(cursor, 'full_read_mark', None) is None:
        return None
    if cursor.value is None:
        if not cursor.last_id:
            return "first load not finished: the next run starts it again"
        return f"first load not finished: the next run goes on after Odoo id {cursor.last_id:,}"
    if not cursor.last_id:
        return "full read (--full) not finished"
    return f"full read (--full) not finished: stopped after Odoo id {cursor.last_id:,}"


def cursor_rows(session: Any, model_cls: Any, source: str) -> dict[str, Any]:
    """Cursor rows of *source* keyed by Odoo model (empty when the table is missing)."""
    if model_cls is None or session is None:
        return {}
    return {row.odoo_model: row for row in
            session.query(model_cls).filter(model_cls.source == source)}


def read_source_status(session: Any, model: Any, key: str, health: 'SourceHealth') -> None:
    """Fill the source-level error and the open rejected records of *key*."""
    if session is None:
        return
    status_cls = getattr(model, 'OdooPosSourceStatus', None)
    if status_cls is not None:
        row = session.query(status_cls).filter(status_cls.source == key).one_or_none()
        if row is not None and row.last_error:
            health.status_error = row.last_error
            health.status_error_at = _aware(row.last_error_at)
    rejected_cls = getattr(model, 'OdooPosRejected', None)
    if rejected_cls is not None:
        health.rejected = session.query(rejected_cls).filter(
            rejected_cls.source == key).count()


def check_source(config: Any, key: str, models: Iterable[str], *, session: Any = None,
                 cursor_model: Any = None, probe: bool = True,
                 max_lag: float = DEFAULT_MAX_LAG,
                 now: datetime.datetime | None = None,
                 domain_of: Any = None) -> SourceHealth:
    """Check one source.  With *probe* False only the local cursor rows are
    read (no call to Odoo), which is what a web page can afford.  *domain_of*
    ``(client, odoo_model)``: the domain a model's count and newest change are
    read with (what the import reads; default: every record)."""
    app = config.get_app()
    handler = app.get_odoo_pos_handler()
    health = SourceHealth(key=key, max_lag=max_lag, probed=probe)
    now = now or datetime.datetime.now(datetime.timezone.utc)
    cursors = cursor_rows(session, cursor_model, key)
    read_source_status(session, app.model, key, health)
    try:
        source = handler.get_source(key)
        health.url, health.database = source.url, source.database
    except OdooPosError as error:
        health.error = str(error)
        return health
    client = None
    if probe:
        client = handler.get_client(key)
        try:
            client.connect()
            health.reachable = health.login_ok = True
            health.version = client.version
            health.endpoint = client.describe_endpoint()
        except OdooPosError as error:
            health.error = str(error)
            health.reachable = not isinstance(error, OdooConnectionError)
    for model in models:
        mh = ModelHealth(odoo_model=model)
        row = cursors.get(model)
        if row is not None:
            mh.cursor = _aware(getattr(row, 'value', None))
            mh.last_run = _aware(getattr(row, 'last_run', None))
            mh.last_error = getattr(row, 'last_error', None)
            mh.unfinished = unfinished_read(row)
            last_success = _aware(getattr(row, 'last_success', None))
            if last_success:
                mh.since_success_seconds = max(0.0, (now - last_success).total_seconds())
        if client is not None and health.login_ok:
            try:
                domain = list(domain_of(client, model)) if domain_of else []
                mh.count = client.search_count(model, domain)
                newest = client.search_read(model, domain, ['write_date'],
                                            order='write_date desc, id desc', limit=1)
                mh.readable = True
            except OdooPosError as error:
                mh.readable = False
                mh.error = error.odoo_message or str(error)
            else:
                # asking Odoo: how much newer its newest change is than our cursor
                newest_at = parse_odoo_datetime(newest[0]['write_date']) if newest else None
                if newest_at and mh.cursor:
                    mh.lag_seconds = max(0.0, (newest_at - mh.cursor).total_seconds())
                elif mh.cursor or not newest_at:
                    mh.lag_seconds = 0.0    # nothing in Odoo newer than our cursor
        health.models.append(mh)
    if not probe:
        health.reachable = health.login_ok = True   # not probed: judge by cursors only
    return health


def _aware(value: datetime.datetime | None) -> datetime.datetime | None:
    if value is not None and value.tzinfo is None:
        return value.replace(tzinfo=datetime.timezone.utc)
    return value
