# SPDX-License-Identifier: GPL-3.0-or-later
"""Rattail pricing batch -> the products' regular prices in Rattail (which the
export then sends to every Odoo source).

Rattail's stock :class:`~rattail.batch.pricing.PricingBatchHandler` (0.21)
has no ``execute`` of its own (each POS integration brings one; executing a
batch with it changes nothing).  :class:`OdooPosPricingBatchHandler` applies
each effective row's new price as its product's regular price, in the batch's
session, so rattail's change recording and versioning see an ordinary price
change: the datasync consumer ``OdooPosExportConsumer`` (or the next
``rattail export-odoo-pos``) writes it to Odoo's ``lst_price``, and nothing
else.  Configure it with::

    [rattail.batch]
    pricing.handler.spec = rattail_odoo_pos.exporting.pricing:OdooPosPricingBatchHandler
"""

from __future__ import annotations

from rattail.batch.pricing import PricingBatchHandler
from rattail.db.api.products import set_regular_price


class OdooPosPricingBatchHandler(PricingBatchHandler):
    """A pricing batch whose execution sets the products' regular prices."""

    def execute(self, batch, user=None, progress=None, **kwargs):
        """Called by ``do_execute`` (Tailbone's "Execute"): every active row with
        a product and a new price sets that product's regular price."""
        rows = [row for row in self.get_effective_rows(batch)
                if row.product is not None and row.new_price is not None]

        def apply(row, i):
            set_regular_price(row.product, row.new_price)

        self.progress_loop(apply, rows, progress, message="Setting regular prices")
        return True


__all__ = ['OdooPosPricingBatchHandler']
