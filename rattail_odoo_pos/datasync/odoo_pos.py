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
"""

from __future__ import annotations

import datetime
import logging
from collections import defaultdict
from typing import Any

from rattail.datasync import DataSyncConsumer, DataSyncWatcher

from rattail_odoo_pos.config import IMPORT_KEY
from rattail_odoo_pos.entities import ENTITIES
from rattail_odoo_pos.importing.common import lookback
from rattail_odoo_pos.importing.odoo_pos import ImportFailed, record_source_status
from rattail_odoo_pos.locks import SourceLocked
from rattail_odoo_pos.odoo import OdooPosError, format_odoo_datetime

log = logging.getLogger(__name__)


class OdooPosWatcher(DataSyncWatcher):
    """Polls every configured Odoo source.  Per model and poll, when nothing
    changed: two ``search_count`` calls on Odoo (records written after the
    cursor; records in the look-back window) and one local count of the
    window; anything new or a count that differs means "import this model"."""

    def __init__(self, config, key, dbkey=None, **kwargs):
        super().__init__(config, key, dbkey=dbkey, **kwargs)
        self.sources = kwargs.get('sources')
        self.clients: dict[str, Any] = {}

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
                for entity in ENTITIES.values():
                    if self.changed(session, client, source, entity,
                                    cursors.get((source, entity.odoo_model))):
                        changes.append((f"{source}:{entity.class_name}", model.DataSyncChange(
                            payload_type=entity.class_name, payload_key=source, deletion=False)))
        finally:
            session.close()
        if changes:
            log.info("datasync: Odoo POS changes: %s",
                     ', '.join(key for key, _ in changes))
        return changes

    def changed(self, session, client, source: str, entity, cursor) -> bool:
        """Whether *entity* of *source* has something to import: a record
        written after the cursor's second, or (late commits of long
        transactions) a different count of records in the look-back window."""
        if cursor is None or cursor.value is None:
            return True                          # never imported: the consumer loads it
        after = cursor.value + datetime.timedelta(seconds=1)
        since = cursor.value - self.lookback()
        try:
            if client.search_count(entity.odoo_model,
                                   [('write_date', '>=', format_odoo_datetime(after))]):
                return True
            if not entity.countable:
                return False                     # a filtered model: counts are not comparable
            remote = client.search_count(entity.odoo_model,
                                         [('write_date', '>=', format_odoo_datetime(since))])
        except OdooPosError as error:
            log.warning("datasync: cannot poll %s of source '%s': %s", entity.odoo_model,
                        source, error)
            return False
        cls = getattr(self.model, entity.class_name)
        local = session.query(cls).filter(cls.source == source,
                                          cls.odoo_write_date >= since).count()
        return remote != local


class OdooPosConsumer(DataSyncConsumer):
    """Runs the Odoo POS importers (incremental) for the changed models of each source."""

    def process_changes(self, session, changes):
        todo: dict[str, set[str]] = defaultdict(set)
        for change in changes:
            todo[change.payload_key].add(change.payload_type)
        order = [e.class_name for e in ENTITIES.values()]
        for source, models in todo.items():
            keys = [m for m in order if m in models]
            handler = self.app.get_import_handler(IMPORT_KEY,
                                                  require=True)
            handler.sources_requested = [source]
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
