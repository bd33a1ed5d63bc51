# SPDX-License-Identifier: GPL-3.0-or-later
"""Datasync for Odoo POS: a watcher that polls each source for models that
changed since their import cursor, and a consumer that runs the same
importers (incremental, cursor-based) for those models.

Config (see docs/datasync.md)::

    [rattail.datasync]
    watch = odoo_pos
    odoo_pos.watcher.spec = rattail_odoo_pos.datasync.odoo_pos:OdooPosWatcher
    odoo_pos.watcher.delay = 60
    odoo_pos.consumers.list = rattail
    odoo_pos.consumer.rattail.spec = rattail_odoo_pos.datasync.odoo_pos:OdooPosConsumer
    odoo_pos.consumer.rattail.runas = datasync

A change is ``(payload_type = local class, payload_key = source key)``: "this
model of this source has something new"; the consumer then imports what
changed, so an order and its lines arrive together and nothing is read twice.

Late commits (:mod:`rattail_odoo_pos.importing.window`): every poll, the
watcher asks only for records newer than each cursor (the cheap part); every
``[odoo_pos] datasync.window_check_seconds`` (default 300) per source it also
compares the look-back window's per-hour figures, and a difference is the
change ``payload_type = "<local class>:window"``.  The consumer imports with
the window check when such a change came, or when its own period for the
source has passed; otherwise it reads only what is newer than the cursors.
"""

from __future__ import annotations

import datetime
import logging
import time
from collections import defaultdict
from typing import Any

from rattail.datasync import DataSyncConsumer, DataSyncWatcher

from rattail_odoo_pos.config import IMPORT_KEY, get_setting
from rattail_odoo_pos.entities import ENTITIES
from rattail_odoo_pos.importing import window as late
from rattail_odoo_pos.importing.common import lookback
from rattail_odoo_pos.importing.odoo_pos import ImportFailed, record_source_status
from rattail_odoo_pos.locks import SourceLocked
from rattail_odoo_pos.odoo import OdooPosError, format_odoo_datetime

log = logging.getLogger(__name__)


#: suffix of a change's payload_type asking the consumer for the window check
WINDOW = ':window'


def window_period(config) -> float:
    """``[odoo_pos] datasync.window_check_seconds``: how often (per source) the
    look-back window is compared by counts."""
    return float(get_setting(config, 'datasync.window_check_seconds'))


class OdooPosWatcher(DataSyncWatcher):
    """Polls every configured Odoo source.  Per model and poll, when nothing
    changed: one ``search_count`` call on Odoo (records written after the
    cursor); per window period, also one ``read_group`` (the look-back
    window's per-hour figures) against the local figures.  Anything new means
    "import this model"; a window that differs means "import it with the
    window check"."""

    def __init__(self, config, key, dbkey=None, **kwargs):
        super().__init__(config, key, dbkey=dbkey, **kwargs)
        self.sources = kwargs.get('sources')
        self.clients: dict[str, Any] = {}
        #: source -> time.monotonic() of its last window check
        self.window_checked: dict[str, float] = {}

    def source_keys(self) -> list[str]:
        if self.sources:
            return self.config.parse_list(self.sources)
        return self.app.get_odoo_pos_handler().get_source_keys()

    def client(self, source: str):
        if source not in self.clients:
            self.clients[source] = self.app.get_odoo_pos_handler().get_client(source).connect()
        return self.clients[source]

    def lookback(self) -> datetime.timedelta:
        return lookback(self.config)

    def get_changes(self, lastrun):
        model = self.model
        changes = []
        session = self.app.make_session()
        try:
            cursors = {(c.source, c.odoo_model): c for c in session.query(model.OdooPosCursor)}
            for source in self.source_keys():
                try:
                    client = self.client(source)
                except OdooPosError as error:
                    log.warning("datasync: %s", error)
                    record_source_status(self.config, source, error)
                    continue
                check_window = self.window_due(source)
                for entity in ENTITIES.values():
                    found = self.changed(session, client, source, entity,
                                         cursors.get((source, entity.odoo_model)), check_window)
                    if found:
                        kind = entity.class_name + (WINDOW if found == 'window' else '')
                        changes.append((f"{source}:{kind}", model.DataSyncChange(
                            payload_type=kind, payload_key=source, deletion=False)))
        finally:
            session.close()
        if changes:
            log.info("datasync: Odoo POS changes: %s",
                     ', '.join(key for key, _ in changes))
        return changes

    def window_due(self, source: str) -> bool:
        """Whether this poll also compares *source*'s look-back windows (once
        per ``datasync.window_check_seconds``; the first poll does)."""
        now = time.monotonic()
        last = self.window_checked.get(source)
        if last is not None and now - last < window_period(self.config):
            return False
        self.window_checked[source] = now
        return True

    def changed(self, session, client, source: str, entity, cursor,
                check_window: bool = True) -> str | None:
        """What *entity* of *source* has to import: ``'new'`` (a record written
        after the cursor's second, or never imported), ``'window'`` (with
        *check_window*: an hour bucket of the look-back window whose figures
        differ, see :mod:`rattail_odoo_pos.importing.window`), or None."""
        if cursor is None or cursor.value is None:
            return 'new'                         # never imported: the consumer loads it
        after = cursor.value + datetime.timedelta(seconds=1)
        try:
            if client.search_count(entity.odoo_model,
                                   [('write_date', '>=', format_odoo_datetime(after))]):
                return 'new'
            if not check_window or not entity.countable:
                return None                      # a filtered model: counts are not comparable
            end = cursor.value - datetime.timedelta(
                seconds=get_setting(self.config, 'overlap_seconds'))
            start = cursor.value - self.lookback()
            if start >= end:
                return None
            cls = getattr(self.model, entity.class_name)
            if late.differing_buckets(session, cls, client, entity.odoo_model, source,
                                      start, end, list(entity.domain)):
                return 'window'
        except OdooPosError as error:
            log.warning("datasync: cannot poll %s of source '%s': %s", entity.odoo_model,
                        source, error)
        return None


class OdooPosConsumer(DataSyncConsumer):
    """Runs the Odoo POS importers (incremental) for the changed models of each source."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        #: source -> time.monotonic() of its last import with the window check
        self.window_checked: dict[str, float] = {}

    def window_due(self, source: str, asked: bool) -> bool:
        """Whether this import of *source* checks the look-back window: when
        the watcher saw a window differ (*asked*), or once per
        ``datasync.window_check_seconds``; otherwise only what is newer than
        the cursors is read (the cheap part)."""
        now = time.monotonic()
        last = self.window_checked.get(source)
        if asked or last is None or now - last >= window_period(self.config):
            self.window_checked[source] = now
            return True
        return False

    def process_changes(self, session, changes):
        todo: dict[str, set[str]] = defaultdict(set)
        window: set[str] = set()
        for change in changes:
            kind = change.payload_type
            if kind.endswith(WINDOW):
                kind = kind[:-len(WINDOW)]
                window.add(change.payload_key)
            todo[change.payload_key].add(kind)
        order = [e.class_name for e in ENTITIES.values()]
        for source, models in todo.items():
            keys = [m for m in order if m in models]
            handler = self.app.get_import_handler(IMPORT_KEY,
                                                  require=True)
            handler.sources_requested = [source]
            handler.check_window = self.window_due(source, source in window)
            if self.runas_username:
                handler.runas_username = self.runas_username
                auth = self.app.get_auth_handler()
                handler.runas_user = auth.get_user(self.runas_username, session=session)
            log.info("datasync: importing %s from Odoo source '%s'", ', '.join(keys), source)
            try:
                handler.import_data(*keys)
            except SourceLocked as error:
                # a cron run (or another machine) is importing this source: the
                # watcher sees the cursors unmoved and asks again
                log.info("datasync: %s", error)
            except ImportFailed as error:
                # recorded on the cursors and the source status; a failing
                # source must not stall the others (nor kill this thread)
                for _, _, failure in error.failures:
                    log.warning("datasync: %s", failure)
