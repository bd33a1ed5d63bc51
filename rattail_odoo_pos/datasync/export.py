# SPDX-License-Identifier: GPL-3.0-or-later
"""Datasync Rattail -> Odoo POS: a consumer for rattail's own ``rattail``
watcher (which reads the ``change`` table filled by Rattail's change
recording) that runs ``export-odoo-pos`` for just the changed records.

Config (see docs/datasync.md)::

    [rattail.db]
    default.record_changes = true

    [rattail.datasync]
    watch = rattail, odoo_pos
    rattail.watcher.spec = rattail.datasync.rattail:RattailWatcher
    rattail.watcher.delay = 1
    rattail.consumers.list = odoo_pos
    rattail.consumer.odoo_pos.spec = rattail_odoo_pos.datasync.export:OdooPosExportConsumer
    rattail.consumer.odoo_pos.delay = 1
    rattail.consumer.odoo_pos.runas = datasync

A changed record is mapped to what is exported: ``Product`` (and rattail's
``ProductPriceAssociation``) to the product, ``ProductPrice`` to its product,
``Department`` to the department, ``Customer`` and its email addresses and phone
numbers to the customer; a product brings its department along (its POS
category must exist first; an unchanged department costs one read).  Anything
else (the extension and cursor rows this package writes, versions...) is
ignored, so the bindings the export itself writes do not start another round.

Per source, the export handler runs with ``uuids=`` (only those records) under
the source's advisory lock.  A source whose lock is held (an import or export
running) or that cannot be reached is skipped, and its changes are queued again
for that source alone (``payload_key = "<uuid>@<source>"``); the other sources
are not held up.  Per-record failures (Odoo refuses a record) are logged and
not retried: the next change of that record, or the nightly export, sends it.

No echo: the export writes each binding with what Odoo returns, so the Odoo
POS watcher's import of that write finds nothing to change in Rattail and
writes no version; the loop settles after one round.
"""

from __future__ import annotations

import logging
from collections import OrderedDict, defaultdict
from typing import Any

from rattail.datasync import DataSyncConsumer

from rattail_odoo_pos.exporting.odoo_pos import ExportFailed
from rattail_odoo_pos.locks import SourceLocked
from rattail_odoo_pos.odoo import OdooPosError
from rattail_odoo_pos.odoo.errors import OdooConfigError

log = logging.getLogger(__name__)

#: the export handler's key (entry point ``rattail.importing``)
EXPORT_KEY = 'to_odoo_pos.from_rattail.export'

#: exported entity -> its native class name, in dependency order
EXPORTED_CLASSES = OrderedDict([('department', 'Department'), ('product', 'Product'),
                                ('customer', 'Customer')])


class OdooPosExportConsumer(DataSyncConsumer):
    """Exports the Rattail records named by ``change`` rows to every Odoo source."""

    def get_sources(self) -> list[str]:
        return self.app.get_odoo_pos_handler().get_source_keys()

    def targets(self, session, changes) -> dict[str | None, dict[str, set[str]]]:
        """source (None: every source) -> entity key -> Rattail uuids to export."""
        model = self.model
        out: dict[str | None, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
        for change in changes:
            if change.deletion:
                continue            # a deleted row has nothing left to send
            uuid, _, source = change.payload_key.partition('@')
            kind = change.payload_type
            wanted = out[source or None]
            if kind in ('Product', 'ProductPriceAssociation'):
                wanted['product'].add(uuid)
            elif kind == 'ProductPrice':
                price = session.get(model.ProductPrice, uuid)
                if price is not None and price.product_uuid:
                    wanted['product'].add(price.product_uuid)
            elif kind == 'Department':
                wanted['department'].add(uuid)
            elif kind == 'Customer':
                wanted['customer'].add(uuid)
            elif kind in ('CustomerEmailAddress', 'CustomerPhoneNumber'):
                contact = session.get(getattr(model, kind), uuid)
                if contact is not None and contact.parent_uuid:
                    wanted['customer'].add(contact.parent_uuid)
        for wanted in out.values():
            if wanted.get('product'):
                rows = session.query(model.Product.department_uuid).filter(
                    model.Product.uuid.in_(sorted(wanted['product'])),
                    model.Product.department_uuid.isnot(None)).distinct()
                wanted['department'].update(r[0] for r in rows)
        return {k: {e: u for e, u in v.items() if u} for k, v in out.items() if any(v.values())}

    def make_handler(self, session, source: str, uuids: set[str]):
        handler = self.app.get_import_handler(EXPORT_KEY, require=True)
        handler.sources_requested = [source]
        handler.only_uuids = set(uuids)
        if self.runas_username:
            handler.runas_username = self.runas_username
            handler.runas_user = self.app.get_auth_handler().get_user(self.runas_username,
                                                                       session=session)
        return handler

    def process_changes(self, session, changes):
        targets = self.targets(session, changes)
        if not targets:
            return
        sources = self.get_sources()
        per_source: dict[str, dict[str, set[str]]] = {s: defaultdict(set) for s in sources}
        for source, wanted in targets.items():
            for s in ([source] if source else sources):
                if s not in per_source:
                    log.warning("datasync: Odoo source '%s' is no longer configured; "
                                "dropping its queued export", s)
                    continue
                for key, uuids in wanted.items():
                    per_source[s][key].update(uuids)
        for source, wanted in per_source.items():
            if wanted:
                self.export(session, source, wanted)

    def export(self, session, source: str, wanted: dict[str, set[str]]) -> None:
        keys = [native for key, native in EXPORTED_CLASSES.items() if wanted.get(key)]
        uuids = set().union(*wanted.values())
        log.info("datasync: exporting %s record(s) (%s) to Odoo source '%s'",
                 len(uuids), ', '.join(keys), source)
        handler = self.make_handler(session, source, uuids)
        try:
            handler.import_data(*keys)
        except ExportFailed as error:
            if not any(s == source for s, _ in getattr(handler, 'counts', {})):
                # the handler could not connect to the source (recorded on its
                # status): nothing was sent, so try again later
                log.info("datasync: export to '%s' postponed: %s", source, error)
                self.requeue(session, source, wanted)
                return
            for line in error.lines:          # not retried: the record is refused by Odoo
                log.warning("datasync: %s", line)
        except OdooConfigError:
            raise
        except (SourceLocked, OdooPosError) as error:
            # an import/export holds the source's lock, or Odoo cannot be reached:
            # queue these records again for this source alone
            log.info("datasync: export to '%s' postponed: %s", source, error)
            self.requeue(session, source, wanted)

    def requeue(self, session, source: str, wanted: dict[str, set[str]]) -> None:
        model = self.model
        now = self.app.make_utc()
        for key, uuids in wanted.items():
            for uuid in sorted(uuids):
                session.add(model.DataSyncChange(
                    source=self.watcher.key if self.watcher else 'rattail',
                    consumer=self.key, obtained=now,
                    payload_type=EXPORTED_CLASSES[key], payload_key=f"{uuid}@{source}",
                    deletion=False))
        session.flush()


__all__ = ['OdooPosExportConsumer']
