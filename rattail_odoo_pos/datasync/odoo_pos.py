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

Late commits (:mod:`rattail_odoo_pos.importing.window`) never hold up new
rows:

* every poll, the watcher asks only for records newer than each cursor (the
  cheap part, one ``search_count`` per model);
* the look-back window is compared one model at a time, each (source, model)
  once per ``[odoo_pos] datasync.window_check_seconds`` (default 300): the
  period is cut into one slot per countable model of every source, the first
  slot falls one slot after the daemon starts (not at once), and a poll that
  found new rows lets a due comparison wait for the next poll (at most one
  slot), so the consumer gets those rows without waiting for a ``read_group``;
  a window that differs is the change ``payload_type = "<local class>:window"``
  (flagged once: the same difference, Odoo's figures unmoved since the
  consumer's window check looked into it, is not flagged again, e.g. a record
  rejected here; it is when that check could not run);
* the consumer first imports what is newer than the cursors for every changed
  model (no window check) and commits; only then, for a source whose window
  differed, it checks the windows of that source's countable models (an order
  and its late lines and payments arrive together).
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
    """``[odoo_pos] datasync.window_check_seconds``: how often each model of
    each source has its look-back window compared by counts."""
    return float(get_setting(config, 'datasync.window_check_seconds'))


class OdooPosWatcher(DataSyncWatcher):
    """Polls every configured Odoo source.  Per model and poll, when nothing
    changed: one ``search_count`` call on Odoo (records written after the
    cursor).  Once per window period and (source, model), spread over the
    polls, one ``read_group`` (the look-back window's per-hour figures)
    against the local figures.  Anything new means "import this model"; a
    window that differs means "check this source's windows"."""

    def __init__(self, config, key, dbkey=None, **kwargs):
        super().__init__(config, key, dbkey=dbkey, **kwargs)
        self.sources = kwargs.get('sources')
        self.clients: dict[str, Any] = {}
        #: time.monotonic() when the next window comparison is due (None: not started)
        self.window_next: float | None = None
        #: position in the round of (source, model) window comparisons
        self.window_turn = 0
        #: (source, odoo model) -> the differing buckets (with Odoo's figures) last
        #: flagged: the same difference again is not flagged again
        self.window_flagged: dict[tuple[str, str], list] = {}
        #: (source, odoo model) -> the domain the importer reads it with
        self.domains: dict[tuple[str, str], list] = {}
        #: (source, odoo model) -> time.monotonic() when its domain is asked again
        self.domains_until: dict[tuple[str, str], float] = {}

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

    def window_domain(self, source: str, entity, session: Any = None) -> list:
        """The domain the importer reads *entity* of *source* with (the public
        partner is left out of the partners, only the quants at the shops'
        stock locations are stock), so that the counts (of new rows and of the
        window) compare as the importer's own window check compares them;
        asked again once per window period (the shops' warehouses may change)."""
        key = (source, entity.odoo_model)
        now = time.monotonic()
        if key not in self.domains or now >= self.domains_until.get(key, 0):
            try:
                handler = self.app.get_import_handler(IMPORT_KEY, require=True)
                handler.clients = {source: self.client(source)}
                importer = handler.get_importer(entity.class_name, session=session)
                importer.setup()
                domain = importer.host_domain(source)
            except OdooPosError:
                raise
            except Exception:
                log.debug("datasync: the importer's domain of %s", entity.odoo_model,
                          exc_info=True)
                domain = list(entity.domain)
            self.domains[key] = list(domain)
            self.domains_until[key] = now + window_period(self.config)
        return self.domains[key]

    def get_changes(self, lastrun):
        model = self.model
        changes = []
        session = self.app.make_session()
        try:
            cursors = {(c.source, c.odoo_model): c for c in session.query(model.OdooPosCursor)}
            sources = self.source_keys()
            reachable = []
            for source in sources:
                try:
                    client = self.client(source)
                except OdooPosError as error:
                    log.warning("datasync: %s", error)
                    record_source_status(self.config, source, error)
                    continue
                reachable.append(source)
                for entity in ENTITIES.values():
                    if self.changed(session, client, source, entity,
                                    cursors.get((source, entity.odoo_model)), False):
                        changes.append(self.change(source, entity.class_name))
            for source, entity in self.window_pairs(sources, busy=bool(changes)):
                if source in reachable and self.changed(
                        session, self.client(source), source, entity,
                        cursors.get((source, entity.odoo_model)), True) == 'window':
                    changes.append(self.change(source, entity.class_name + WINDOW))
        finally:
            session.close()
        if changes:
            log.info("datasync: Odoo POS changes: %s",
                     ', '.join(key for key, _ in changes))
        return changes

    def change(self, source: str, kind: str):
        return (f"{source}:{kind}", self.model.DataSyncChange(
            payload_type=kind, payload_key=source, deletion=False))

    def window_pairs(self, sources: list[str], busy: bool = False) -> list:
        """The (source, entity) pairs whose look-back windows this poll
        compares.  Each countable model of each source once per
        ``datasync.window_check_seconds``: the period is cut into one slot per
        pair, taken in turn; the first slot ends one slot after the first poll.
        A poll takes the slots that came due since the last one (one, when the
        watcher's delay is shorter than a slot; never more than a round).  A
        *busy* poll (it found new rows: the consumer should get them at once)
        lets due slots wait for the next poll, by at most one slot."""
        pairs = [(s, e) for s in sources for e in ENTITIES.values() if e.countable]
        if not pairs:
            return []
        slot = window_period(self.config) / len(pairs)
        now = time.monotonic()
        if self.window_next is None:
            self.window_next = now + slot
            return []
        if now < self.window_next or (busy and now < self.window_next + slot):
            return []
        due = min(len(pairs), int((now - self.window_next) // slot) + 1) if slot > 0 \
            else len(pairs)
        taken = [pairs[(self.window_turn + i) % len(pairs)] for i in range(due)]
        self.window_turn += due
        # a stall (a source down, a slow poll) is not made up for by bursts later
        self.window_next = max(self.window_next + due * slot, now - slot)
        return taken

    def changed(self, session, client, source: str, entity, cursor,
                check_window: bool = True) -> str | None:
        """What *entity* of *source* has to import: ``'new'`` (a record written
        after the cursor's second, or never imported), ``'window'`` (with
        *check_window*: an hour bucket of the look-back window whose figures
        differ, see :mod:`rattail_odoo_pos.importing.window`), or None.
        Without *check_window* only the cheap count is asked; with it only the
        window is compared."""
        if cursor is None or cursor.value is None:
            return None if check_window else 'new'   # never imported: the consumer loads it
        try:
            if not check_window:
                after = cursor.value + datetime.timedelta(seconds=1)
                # what the import reads: a write of the public partner is nothing new
                if client.search_count(entity.odoo_model,
                                       [('write_date', '>=', format_odoo_datetime(after)),
                                        *self.window_domain(source, entity, session)]):
                    return 'new'
                return None
            if not entity.countable:
                return None                      # a filtered model: counts are not comparable
            end = cursor.value - datetime.timedelta(
                seconds=get_setting(self.config, 'overlap_seconds'))
            start = cursor.value - self.lookback()
            if start >= end:
                return None
            cls = getattr(self.model, entity.class_name)
            differ = []
            for bucket in late.remote_buckets(client, entity.odoo_model, start, end,
                                              self.window_domain(source, entity, session)):
                remote = (bucket['count'], bucket['id_max'], bucket['id_sum'],
                          bucket['write_max'])
                if remote != late.local_figures(session, cls, source, bucket['from'],
                                                bucket['to']):
                    differ.append((bucket['from'], bucket['to'], remote))
            key = (source, entity.odoo_model)
            if not differ:
                self.window_flagged.pop(key, None)
            elif differ == self.window_flagged.get(key):
                # Odoo's figures have not moved since the consumer's window check
                # looked into them: what differs is kept out (a rejected record)
                log.debug("datasync: %s of source '%s': same difference as last flagged",
                          entity.odoo_model, source)
            else:
                self.window_flagged[key] = differ
                return 'window'
        except OdooPosError as error:
            log.warning("datasync: cannot poll %s of source '%s': %s", entity.odoo_model,
                        source, error)
        return None


class OdooPosConsumer(DataSyncConsumer):
    """Runs the Odoo POS importers (incremental) for the changed models of
    each source: first what is newer than the cursors (committed), then, for a
    source whose look-back window differed, the window check."""

    def process_changes(self, session, changes):
        todo: dict[str, set[str]] = defaultdict(set)
        window: set[str] = set()
        for change in changes:
            kind = change.payload_type
            if kind.endswith(WINDOW):
                window.add(change.payload_key)
            else:
                todo[change.payload_key].add(kind)
        order = [e.class_name for e in ENTITIES.values()]
        # 1. what is newer than the cursors, for every source: never behind a window check
        for source, models in todo.items():
            self.run_import(session, source, [m for m in order if m in models], False)
        # 2. the window check of the sources whose window differed, every countable
        #    model in order (a late order with its lines and payments)
        countable = [e.class_name for e in ENTITIES.values() if e.countable]
        for source in sorted(window):
            if not self.run_import(session, source, countable, True):
                self.forget_flagged(source)

    def forget_flagged(self, source: str) -> None:
        """The window check of *source* did not run: let the watcher (the same
        object in the daemon) flag the same difference again."""
        flagged = getattr(getattr(self, 'watcher', None), 'window_flagged', None)
        if flagged is not None:
            for key in [k for k in list(flagged) if k[0] == source]:
                flagged.pop(key, None)

    def run_import(self, session, source: str, keys: list[str], check_window: bool) -> bool:
        """Import *keys* of *source*; False when the source's lock was held or
        the import failed (recorded on the cursors)."""
        handler = self.app.get_import_handler(IMPORT_KEY, require=True)
        handler.sources_requested = [source]
        handler.check_window = check_window
        if self.runas_username:
            handler.runas_username = self.runas_username
            auth = self.app.get_auth_handler()
            handler.runas_user = auth.get_user(self.runas_username, session=session)
        log.info("datasync: importing %s from Odoo source '%s'%s", ', '.join(keys), source,
                 " (look-back window check)" if check_window else "")
        try:
            handler.import_data(*keys)
        except SourceLocked as error:
            # a cron run (or another machine) is importing this source: the
            # watcher sees the cursors unmoved and asks again
            log.info("datasync: %s", error)
            return False
        except ImportFailed as error:
            # recorded on the cursors and the source status; a failing
            # source must not stall the others (nor kill this thread)
            for _, _, failure in error.failures:
                log.warning("datasync: %s", failure)
            return False
        return True
