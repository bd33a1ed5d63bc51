# SPDX-License-Identifier: GPL-3.0-or-later
"""Emails: the diff warnings of ``rattail import-odoo-pos --warnings`` and
``rattail export-odoo-pos --warnings``."""

from rattail.emails import ImporterEmail


class rattail_import_odoo_pos_updates(ImporterEmail):
    """
    Sent when an Odoo POS -> Rattail import run with ``--warnings`` changed data.
    """
    handler_spec = 'rattail_odoo_pos.importing.odoo_pos:FromOdooPosToRattail'
    abstract = False


class rattail_export_odoo_pos_updates(ImporterEmail):
    """
    Sent when a Rattail -> Odoo POS export run with ``--warnings`` changed data in Odoo,
    found conflicts (listed as "conflicts": Odoo's value against Rattail's) or failed records.
    """
    handler_spec = 'rattail_odoo_pos.exporting.odoo_pos:FromRattailToOdooPos'
    abstract = False
