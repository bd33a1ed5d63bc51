# SPDX-License-Identifier: GPL-3.0-or-later
"""Odoo POS tables: extensions of Rattail's Store, Department, Product,
Customer, Employee, Tender and Tax, and the POS transaction tables.

Every row carries ``(source, odoo_id)`` (unique): ``source`` is the config key
of the Odoo database it came from, so ids of several Odoo databases never
collide.  All tables except the cursors are versioned; ``odoo_write_date``
(which moves on every Odoo write) is left out of the versions.
"""

from rattail_odoo_pos.db.model.base import OdooPosCursor, OdooPosRejected, OdooPosSourceStatus
from rattail_odoo_pos.db.model.extensions import (
    OdooPosStore, OdooPosDepartment, OdooPosProduct, OdooPosCustomer, OdooPosEmployee,
    OdooPosTender, OdooPosTax)
from rattail_odoo_pos.db.model.pos import (
    OdooPosSession, OdooPosOrder, OdooPosOrderLine, OdooPosPayment, OdooPosStock,
    OdooPosLoyaltyProgram, OdooPosLoyaltyRule, OdooPosLoyaltyReward)

__all__ = ['OdooPosCursor', 'OdooPosRejected', 'OdooPosSourceStatus', 'OdooPosStore', 'OdooPosDepartment', 'OdooPosProduct',
           'OdooPosCustomer', 'OdooPosEmployee', 'OdooPosTender', 'OdooPosTax',
           'OdooPosSession', 'OdooPosOrder', 'OdooPosOrderLine', 'OdooPosPayment',
           'OdooPosStock', 'OdooPosLoyaltyProgram', 'OdooPosLoyaltyRule',
           'OdooPosLoyaltyReward']
