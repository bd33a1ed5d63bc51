# SPDX-License-Identifier: GPL-3.0-or-later
"""Sync status page: per Odoo source the error of its last run (connect,
login...) and its open rejected records (linking to their list), then per
model the import cursor, the time since its last good run, the last run and
last error, and a health verdict.

Reads only local rows (cursors, source status, rejected records: no call to
Odoo, so the page stays fast when a source is down) through :func:`rattail_odoo_pos.health.check_source`.
A model is unhealthy when its last run failed or its last good run is older
than ``[odoo_pos] web.max_lag`` seconds (default: the health check's).  The
page does not show a lag: lag means how far a cursor is behind Odoo's newest
change, which only ``rattail odoo-pos-check`` (asking Odoo) knows.
"""

from __future__ import annotations

import urllib.parse
from dataclasses import dataclass
from typing import Any

from tailbone.views import View

from rattail_odoo_pos import health
from rattail_odoo_pos.redact import Redactor
from tailbone_odoo_pos.declarations import web_entities
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


def safe_url(url: str | None) -> str:
    """*url* without any ``user:password@`` part."""
    if not url:
        return ''
    parts = urllib.parse.urlsplit(url)
    netloc = parts.hostname or ''
    if parts.port:
        netloc += f':{parts.port}'
    return urllib.parse.urlunsplit((parts.scheme, netloc, parts.path, '', ''))


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
        rows = []
        for mh in result.models:
            since = mh.since_success_seconds
            stale = since is None or since > max_lag
            rows.append(ModelRow(
                odoo_model=mh.odoo_model, cursor=mh.cursor,
                since_success=(f"{health.format_duration(since)} ago" if since is not None
                               else 'never'),
                last_run=mh.last_run, last_error=redact(mh.last_error),
                healthy=not mh.last_error and not stale))
        problems = [redact(p) for p in result.problems]
        problems += [f"{mh.odoo_model}: never synced" for mh in result.models
                     if mh.since_success_seconds is None]
        error = redact(result.status_error)
        # shown in their own lines (with the link to the list), not twice
        shown = [p for p in problems
                 if not (error and p == f"last run failed: {error}")
                 and not (result.rejected and p.startswith(f"{result.rejected:,} rejected record"))]
        out.append(SourceStatus(
            key=key, where=f"{result.database or '?'} at {safe_url(result.url)}",
            healthy=not problems, problems=shown, models=rows,
            error=error, error_at=result.status_error_at, rejected=result.rejected))
    return out


class SyncStatusView(View):
    """The sync status page (``/odoo-pos/sync-status``)."""

    def __call__(self):
        """Called for each request of the page."""
        max_lag = self.config.get_int('odoo_pos.web.max_lag', default=health.DEFAULT_MAX_LAG)
        sources = collect_status(self.config, self.Session(), max_lag)
        if self.request.has_perm(f'{rejected.PERMISSION_PREFIX}.list'):
            for source in sources:
                source.rejected_url = rejected.list_url(self.request, source.key)
        return {
            'sources': sources,
            'healthy': all(s.healthy for s in sources),
            'max_lag': health.format_duration(max_lag),
            'app': self.app,
        }

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
