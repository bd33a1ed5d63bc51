# SPDX-License-Identifier: GPL-3.0-or-later
"""What a run keeps of each Odoo source for the next run, so that a run with
nothing to do costs one small call per model (plus the login).

Kept in one row of Rattail's ``setting`` table per source
(``rattail_odoo_pos.source_state.KEY``, JSON):

* the server's version and the ``fields_get`` answers the version plan was
  made from (:mod:`rattail_odoo_pos.versions`): the next run logs in without
  the separate ``version_info`` call (the web session's login answer says the
  version) and asks no ``fields_get``.  They are asked again when the login
  answers another version, when the source's URL or database changed, after
  ``[odoo_pos] plan_cache_hours`` (default 24; 0 = every run), with
  ``import-odoo-pos --refresh-plan`` or ``--full``, and for a model whose read
  fails (a field no longer on the server then gives the same one-line error
  the plan gives);
* when the look-back window of each model was last checked for late commits
  (:mod:`rattail_odoo_pos.importing.window`): a cron run checks it when
  ``[odoo_pos] window_check_seconds`` (default 900; 0 = every run) have passed;
* small look-ups (:meth:`SourceState.lookup`): the stock locations of the
  shops' warehouses (``stock.warehouse`` is read again when the set of
  warehouses changes) and the public partner's id; all are asked again
  whenever the field plan is.

Nothing here is needed for correctness: a row that is missing, unreadable or
of another source's URL is ignored and made anew.  A dry run writes nothing.
"""

from __future__ import annotations

import datetime
import json
import logging
from typing import Any

from rattail_odoo_pos.config import get_setting

log = logging.getLogger(__name__)

#: name of the setting row of source KEY
SETTING = 'rattail_odoo_pos.source_state.{key}'
#: what is kept of each field of a fields_get answer (only names and types are used)
KEPT_ATTRIBUTES = ('type',)


def _now() -> datetime.datetime:
    return datetime.datetime.now(datetime.timezone.utc).replace(tzinfo=None)


def _parse(value: Any) -> datetime.datetime | None:
    try:
        return datetime.datetime.fromisoformat(value) if value else None
    except (TypeError, ValueError):
        return None


class SourceState:
    """The kept state of one source (see the module)."""

    def __init__(self, app: Any, source: Any, data: dict | None = None):
        self.app = app
        self.key = source.key
        self.where = {'url': source.url, 'database': source.database, 'login': source.login}
        data = data if isinstance(data, dict) else {}
        if any(data.get(k) != v for k, v in self.where.items()):
            data = {}                         # another server, database or user
        self.data = data
        self.dirty = False
        self.refresh_reason: str | None = None

    # -- loading and saving ------------------------------------------------------

    @classmethod
    def load(cls, app: Any, source: Any) -> 'SourceState':
        data = None
        try:
            session = app.make_session()
            try:
                raw = app.get_setting(session, SETTING.format(key=source.key))
            finally:
                session.close()
            data = json.loads(raw) if raw else None
        except Exception:                      # noqa: BLE001 - a cache: start afresh
            log.debug("cannot read the kept state of Odoo source '%s'", source.key,
                      exc_info=True)
        return cls(app, source, data)

    def save(self) -> None:
        if not self.dirty:
            return
        data = dict(self.data, **self.where)
        try:
            session = self.app.make_session()
            try:
                self.app.save_setting(session, SETTING.format(key=self.key),
                                      json.dumps(data, separators=(',', ':'), sort_keys=True))
                session.commit()
            finally:
                session.close()
            self.dirty = False
        except Exception:                      # noqa: BLE001 - next run asks again
            log.warning("could not keep the state of Odoo source '%s' for the next run",
                        self.key, exc_info=True)

    # -- the version plan ------------------------------------------------------------

    def prime(self, client: Any, config: Any, refresh: bool = False) -> None:
        """Give *client* the kept version and fields unless they are due for a refresh."""
        hours = float(get_setting(config, 'plan_cache_hours'))
        planned = _parse(self.data.get('planned_at'))
        if not self.data.get('version'):
            self.refresh_reason = 'none kept'
        elif refresh:
            self.refresh_reason = 'asked for'
        elif hours <= 0 or planned is None \
                or _now() - planned >= datetime.timedelta(hours=hours):
            self.refresh_reason = f'older than plan_cache_hours = {hours:g}'
        else:
            self.refresh_reason = None
        if self.refresh_reason is None:
            fields = {model: (None if names is None else
                              {name: {'type': kind} for name, kind in names.items()})
                      for model, names in (self.data.get('fields') or {}).items()}
            client.preload(self.data['version'], fields)
        else:
            log.debug("Odoo source '%s': field plan asked from the server (%s)", self.key,
                      self.refresh_reason)
            if self.data.pop('lookups', None):
                self.dirty = True         # the kept look-ups are asked again with the plan

    def keep(self, client: Any) -> None:
        """Note what *client* learnt this run (after its work)."""
        version = getattr(client, '_server_version', None)
        if not version:
            return
        asked = self.refresh_reason is not None or client.version_changed \
            or getattr(client, 'kept_stale', False)
        fields = {model: (None if have is None else
                          {name: (attrs or {}).get('type') for name, attrs in have.items()})
                  for model, have in client.known_fields().items()}
        if asked or version != self.data.get('version') \
                or fields != (self.data.get('fields') or {}):
            if asked or version != self.data.get('version') or not self.data.get('planned_at'):
                self.data['planned_at'] = _now().isoformat()
            self.data['version'] = version
            self.data['fields'] = fields
            self.dirty = True

    # -- the look-back window check -----------------------------------------------------

    def window_due(self, model: str, seconds: float) -> bool:
        if seconds <= 0:
            return True
        last = _parse((self.data.get('window_checked') or {}).get(model))
        return last is None or _now() - last >= datetime.timedelta(seconds=seconds)

    def window_checked(self, model: str) -> None:
        self.data.setdefault('window_checked', {})[model] = _now().isoformat()
        self.dirty = True

    # -- small lookups kept between runs ------------------------------------------------

    def lookup(self, name: str, key: Any) -> Any:
        """What :meth:`remember` kept under *name* for *key* (None when not kept
        or kept for another key)."""
        kept = (self.data.get('lookups') or {}).get(name)
        if isinstance(kept, dict) and kept.get('key') == key:
            return kept.get('value')
        return None

    def remember(self, name: str, key: Any, value: Any) -> None:
        self.data.setdefault('lookups', {})[name] = {'key': key, 'value': value}
        self.dirty = True


def state_of(handler: Any, source: str, settings: Any = None) -> SourceState:
    """The :class:`SourceState` of *source* for this run of *handler* (loaded once;
    *settings*: the source's :class:`~rattail_odoo_pos.odoo.source.OdooSource`
    when at hand, else read from the config)."""
    states = handler.__dict__.setdefault('source_states', {})
    if source not in states:
        if settings is None:
            settings = handler.app.get_odoo_pos_handler().get_source(source)
        states[source] = SourceState.load(handler.app, settings)
    return states[source]


def save_states(handler: Any) -> None:
    """Write the changed states of this run (not in a dry run)."""
    states = handler.__dict__.get('source_states') or {}
    if getattr(handler, 'dry_run', False):
        return
    for state in states.values():
        state.save()
