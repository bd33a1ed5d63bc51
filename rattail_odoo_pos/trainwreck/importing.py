# SPDX-License-Identifier: GPL-3.0-or-later
"""Odoo POS (this package's tables in Rattail) -> Trainwreck, as a rattail
import handler: key ``to_trainwreck.from_odoo_pos.import`` (entry point
``rattail.importing``), so ``rattail.importing`` handler settings, the
``rattail import-odoo-pos-trainwreck`` command and Tailbone's importing views
find it as they find rattail-corepos's ``to_trainwreck.from_corepos_db_office_trans.import``.

One importer, ``Transaction``: each Odoo order becomes one Trainwreck
transaction written with its items and item discounts together (the
comparison that keeps a re-run from changing anything is over the whole
transaction, see :class:`rattail_odoo_pos.trainwreck.OdooPosToTrainwreck`).
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from rattail.importing import Importer
from rattail.importing.handlers import FromSQLAlchemyHandler
from rattail.trainwreck.importing import ToTrainwreckHandler

from rattail_odoo_pos.trainwreck import (
    OdooPosToTrainwreck, TrainwreckResult, trainwreck_model, trainwreck_session)

#: handler key (rattail's ``to_<local>.from_<host>.<direction>``)
TRAINWRECK_KEY = 'to_trainwreck.from_odoo_pos.import'


class FromOdooPosToTrainwreck(FromSQLAlchemyHandler, ToTrainwreckHandler):
    """Odoo POS orders kept in Rattail -> the Trainwreck database.

    Handler keywords (``handler_kwargs`` of the command): ``sources`` (Odoo
    source keys; default every source with orders), ``full`` (every order, not
    only those changed since the cursor).  The host session is Rattail's (it
    also holds the cursors, committed after Trainwreck's transaction)."""
    host_key = 'odoo_pos'
    generic_host_title = "Odoo POS (Rattail)"
    host_title = "Odoo POS (Rattail)"
    local_title = "Trainwreck"
    sources: list[str] | None = None
    full = False
    safe_for_web_app = True

    def make_host_session(self):
        return self.app.make_session()

    def make_session(self):
        return trainwreck_session(self.config)      # one clear line when not configured

    def get_importers(self):
        importers = OrderedDict()
        importers['Transaction'] = TransactionImporter
        return importers


class TransactionImporter(Importer):
    """Odoo orders -> Trainwreck transactions, with their items and discounts."""
    model_name = 'Transaction'
    key = ('system', 'system_id')
    allow_delete = False        # Trainwreck's own pruning and rotation remove transactions
    handler: FromOdooPosToTrainwreck
    host_session: Any = None
    session: Any = None

    @property
    def supported_fields(self):
        return OdooPosToTrainwreck._txn_fields() + ['items']

    def get_model_class(self):
        return trainwreck_model(self.config).Transaction

    def import_data(self, host_data=None, now=None, **kwargs):
        if kwargs:
            self._setup(**kwargs)
        self.setup()
        handler = self.handler
        carrier = OdooPosToTrainwreck(
            self.config, full=bool(getattr(handler, 'full', False)),
            dry_run=bool(getattr(self, 'dry_run', False)),
            sources=getattr(handler, 'sources', None), create=self.create,
            update=self.update, start_time=getattr(self, 'start_time', None),
            end_time=getattr(self, 'end_time', None))
        result = TrainwreckResult()
        created: list = []
        updated: list = []
        for source in carrier.source_keys(self.host_session):
            carrier.run_source(self.host_session, self.session, source, result,
                               created, updated)
        handler.result = result          # what the command prints
        self.teardown()
        return created, updated, []
