# SPDX-License-Identifier: GPL-3.0-or-later
"""Emails: the diff warnings of ``rattail import-odoo-pos --warnings``."""

from rattail.emails import ImporterEmail


class rattail_import_odoo_pos_updates(ImporterEmail):
    """
    Sent when an Odoo POS -> Rattail import run with ``--warnings`` changed data.
    """
    handler_spec = 'rattail_odoo_pos.importing.odoo_pos:FromOdooPosToRattail'
    abstract = False
