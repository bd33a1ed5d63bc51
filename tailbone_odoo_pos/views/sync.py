# SPDX-License-Identifier: GPL-3.0-or-later
"""Sync status page: per Odoo source the error of its last run (connect,
login...) and its open rejected records (linking to their list), then per
model (named as a person knows it, linked to its list): the rows held here,
the import cursor, the last run and the last good run (apart), the time since
the last good run, what the last run did (duration; created, updated,
deleted), rejected records and export conflicts when there are any, the last
error and a health verdict.  Times are shown in the app's time zone, which
the page names.

Reads only local rows (cursors, source status, rejected records: no call to
Odoo, so the page stays fast when a source is down) through :func:`rattail_odoo_pos.health.check_source`.
A model is unhealthy when its last run failed or its last good run is older
than ``[odoo_pos] web.max_lag`` seconds (default: the health check's).  The
page does not show a lag: lag means how far a cursor is behind Odoo's newest
change, which only ``rattail odoo-pos-check`` (asking Odoo) knows.
"""

from __future__ import annotations

import datetime
import urllib.parse
from dataclasses import dataclass, field
from typing import Any

from tailbone.views import View

from rattail_odoo_pos import health
from rattail_odoo_pos.redact import Redactor
from rattail_odoo_pos.entities import BY_ODOO_MODEL
from tailbone_odoo_pos.declarations import Browse, Child, Native, web_entities
from tailbone_odoo_pos.views import rejected

ROUTE = 'odoo_pos.sync_status'
PERMISSION = 'odoo_pos.sync_status.view'


@dataclass
class ModelRow:
    """One line of the page (all text already safe to show)."""
    odoo_model: str
    cursor: Any
    #: "time since the last good run" as text ('' when there was none)
    since_success: str
    last_run: Any
    last_error: str | None
    healthy: bool
    #: what a person calls it ("POS orders"), and its list (route name)
    title: str = ''
    route: str | None = None
    #: rows of this source held here (None: not a table of this package)
    rows: int | None = None
    last_success: Any = None
    #: the last run: seconds, records created / updated / deleted
    duration: float | None = None
    created: int | None = None
    updated: int | None = None
    deleted: int | None = None
    #: open rejected records and export conflicts of this model
    rejected: int = 0
    conflicts: int = 0
    #: its list (set by the view when the user may open it)
    url: str | None = None
    #: a full read begun and not finished: how far it got (ModelHealth.unfinished)
    reading: str | None = None


@dataclass
class SourceStatus:
    """One Odoo source on the page."""
    key: str
    where: str
    healthy: bool
    problems: list[str]
    models: list[ModelRow]
    #: the source-level error of the last run (connect, login...), masked
    error: str | None = None
    error_at: Any = None
    #: open rejected records of the source
    rejected: int = 0
    #: the rejected records list filtered to this source (set by the view)
    rejected_url: str | None = None
    #: models never synced (one line, not one problem per model)
    never_synced: list[str] = field(default_factory=list)

    @property
    def any_rejected(self) -> bool:
        return any(m.rejected for m in self.models)

    @property
    def any_conflicts(self) -> bool:
        return any(m.conflicts for m in self.models)


def safe_url(url: str | None) -> str:
    """*url* without any ``user:password@`` part."""
    if not url:
        return ''
    parts = urllib.parse.urlsplit(url)
    netloc = parts.hostname or ''
    if parts.port:
        netloc += f':{parts.port}'
    return urllib.parse.urlunsplit((parts.scheme, netloc, parts.path, '', ''))


def model_titles() -> dict[str, tuple[str, str | None]]:
    """Odoo model -> (what a person calls it, route of its list or None)."""
    out = {}
    for entity in web_entities():
        web = entity.web
        route = None
        if isinstance(web, Native):
            route = web.route_prefix
        elif entity.browse is not None:
            route = entity.browse.route_prefix
        title = BY_ODOO_MODEL[entity.odoo_model].title
        out[entity.odoo_model] = (title[:1].upper() + title[1:], route)
    return out


def grouped_counts(session: Any, cls: Any, *, by_model: bool = False) -> dict:
    """Rows of *cls* per source (and Odoo model): one query."""
    import sqlalchemy as sa
    keys = [cls.source] + ([cls.odoo_model] if by_model else [])
    return {tuple(row[:-1]) if by_model else row[0]: row[-1]
            for row in session.query(*keys, sa.func.count()).group_by(*keys)}


def rows_here(app: Any, session: Any) -> dict[tuple[str, str], int]:
    """(source, Odoo model) -> rows held here, one grouped count per table."""
    out = {}
    for entity in BY_ODOO_MODEL.values():
        cls = getattr(app.model, entity.class_name, None)
        if cls is None:
            continue
        for source, count in grouped_counts(session, cls).items():
            out[(source, entity.odoo_model)] = count
    return out


def collect_status(config: Any, session: Any, max_lag: float) -> list[SourceStatus]:
    """Status of every configured source (and of sources that only appear in
    cursor rows, e.g. one removed from the config)."""
    app = config.get_app()
    model = app.model
    handler = app.get_odoo_pos_handler()
    cursor_cls = getattr(model, 'OdooPosCursor', None)
    declared = [e.odoo_model for e in web_entities()]
    keys = list(handler.get_source_keys())
    for cls in (cursor_cls, model.OdooPosSourceStatus, model.OdooPosRejected):
        if cls is None:
            continue
        for (key,) in session.query(cls.source).distinct().order_by(cls.source):
            if key not in keys:
                keys.append(key)
    redact = Redactor(handler, keys)
    titles = model_titles()
    held = rows_here(app, session)
    open_rejected = grouped_counts(session, model.OdooPosRejected, by_model=True)
    conflict_cls = getattr(model, 'OdooPosExportConflict', None)
    conflicts = grouped_counts(session, conflict_cls, by_model=True) if conflict_cls else {}
    out = []
    for key in keys:
        models = list(declared)
        if cursor_cls is not None:
            for (name,) in (session.query(cursor_cls.odoo_model)
                            .filter(cursor_cls.source == key).distinct()):
                if name not in models:
                    models.append(name)
        result = health.check_source(config, key, models, session=session,
                                     cursor_model=cursor_cls, probe=False, max_lag=max_lag)
        cursors = health.cursor_rows(session, cursor_cls, key)
        rows = []
        for mh in result.models:
            since = mh.since_success_seconds
            stale = since is None or since > max_lag
            row = cursors.get(mh.odoo_model)
            title, route = titles.get(mh.odoo_model, (mh.odoo_model, None))
            rows.append(ModelRow(
                odoo_model=mh.odoo_model, cursor=mh.cursor,
                since_success=(f"{health.format_duration(since)} ago" if since is not None
                               else 'never'),
                last_run=mh.last_run, last_error=redact(mh.last_error),
                healthy=not mh.last_error and not stale,
                title=title, route=route, rows=held.get((key, mh.odoo_model), 0)
                if mh.odoo_model in BY_ODOO_MODEL else None,
                last_success=getattr(row, 'last_success', None),
                duration=getattr(row, 'last_duration', None),
                created=getattr(row, 'last_created', None),
                updated=getattr(row, 'last_updated', None),
                deleted=getattr(row, 'last_deleted', None),
                rejected=open_rejected.get((key, mh.odoo_model), 0),
                conflicts=conflicts.get((key, mh.odoo_model), 0),
                reading=mh.unfinished))
        problems = [redact(p) for p in result.problems]
        never = [r.title for r, mh in zip(rows, result.models)
                 if mh.since_success_seconds is None]
        error = redact(result.status_error)
        # shown in their own lines (with the link to the list), not twice
        shown = [p for p in problems
                 if not (error and p == f"last run failed: {error}")
                 and not (result.rejected and p.startswith(f"{result.rejected:,} rejected record"))]
        out.append(SourceStatus(
            key=key, where=f"{result.database or '?'} at {safe_url(result.url)}",
            healthy=not problems and not never, problems=shown, models=rows,
            error=error, error_at=result.status_error_at, rejected=result.rejected,
            never_synced=never))
    return out


def format_seconds(seconds: float | None) -> str:
    """A run's duration: ``0.42 s``, ``12.3 s``, ``4m 10s``."""
    if seconds is None:
        return ''
    if seconds < 60:
        return f"{seconds:.2f} s" if seconds < 10 else f"{seconds:.1f} s"
    return health.format_duration(seconds)


class SyncStatusView(View):
    """The sync status page (``/odoo-pos/sync-status``)."""

    def __call__(self):
        """Called for each request of the page."""
        max_lag = self.config.get_int('odoo_pos.web.max_lag', default=health.DEFAULT_MAX_LAG)
        sources = collect_status(self.config, self.Session(), max_lag)
        if self.request.has_perm(f'{rejected.PERMISSION_PREFIX}.list'):
            for source in sources:
                source.rejected_url = rejected.list_url(self.request, source.key)
        for source in sources:
            for row in source.models:
                row.url = self.list_url(row.route)
        return {
            'sources': sources,
            'healthy': all(s.healthy for s in sources),
            'max_lag': health.format_duration(max_lag),
            'app': self.app,
            'zone': self.zone_name(),
            'show_time': self.show_time,
            'format_duration': format_seconds,
        }

    def list_url(self, route: str | None) -> str | None:
        """URL of a model's list, when this app has it and the user may see it."""
        from tailbone_odoo_pos.provider import has_route
        if not route or not has_route(self.request, route) or \
                not self.request.has_perm(f'{route}.list'):
            return None
        return self.request.route_url(route)

    def zone_name(self) -> str:
        """The name of the zone the page's times are shown in."""
        return str(self.app.get_timezone())

    def show_time(self, value: Any) -> str:
        """A UTC time of the page, in the app's zone (named in the headers)."""
        if value is None:
            return ''
        if value.tzinfo is None:
            value = value.replace(tzinfo=datetime.timezone.utc)
        return value.astimezone(self.app.get_timezone()).strftime('%Y-%m-%d %H:%M:%S')

    @property
    def Session(self):
        from tailbone.db import Session
        return Session

    @classmethod
    def defaults(cls, config):
        """Registers route, permission and view (at app setup)."""
        config.add_tailbone_permission_group('odoo_pos.sync_status', "Odoo POS Sync Status",
                                             overwrite=False)
        config.add_tailbone_permission('odoo_pos.sync_status', PERMISSION,
                                       "View the sync status of Odoo POS sources")
        config.add_route(ROUTE, '/odoo-pos/sync-status')
        config.add_view(cls, route_name=ROUTE, permission=PERMISSION,
                        renderer='tailbone_odoo_pos:templates/odoo_pos/sync_status.mako')


def includeme(config):
    """Pyramid include, called once when the app is configured."""
    SyncStatusView.defaults(config)
