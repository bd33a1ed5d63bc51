# SPDX-License-Identifier: GPL-3.0-or-later
"""``rattail import-versions`` for this package's versioned tables.

Apps with their own versions handler (Theo) call
:meth:`OdooPosVersionMixin.add_odoo_pos_importers` from their ``get_importers``.
"""

from __future__ import annotations

from rattail.importing.versions import FromRattailToRattailVersions, VersionImporter

from rattail_odoo_pos.db import model as odoo_model



ORDER = ['OdooPosStore', 'OdooPosDepartment', 'OdooPosTax', 'OdooPosProduct', 'OdooPosCustomer',
         'OdooPosEmployee', 'OdooPosTender', 'OdooPosSession', 'OdooPosOrder', 'OdooPosOrderLine',
         'OdooPosPayment', 'OdooPosStock', 'OdooPosLoyaltyProgram', 'OdooPosLoyaltyRule',
         'OdooPosLoyaltyReward']


def _importer(cls) -> type:
    return type(f"{cls.__name__}VersionImporter", (VersionImporter,), {
        'host_model_class': cls, '__module__': __name__})


IMPORTERS = {name: _importer(getattr(odoo_model, name)) for name in ORDER}
globals().update({imp.__name__: imp for imp in IMPORTERS.values()})


class OdooPosVersionMixin:
    """Adds the Odoo POS version importers to a versions handler."""

    def add_odoo_pos_importers(self, importers):
        importers.update(IMPORTERS)
        return importers


class OdooPosVersionsHandler(OdooPosVersionMixin, FromRattailToRattailVersions):
    """Rattail's versions handler plus this package's tables."""

    def get_importers(self):
        importers = super().get_importers()
        return self.add_odoo_pos_importers(importers)
