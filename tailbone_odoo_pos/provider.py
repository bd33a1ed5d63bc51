# SPDX-License-Identifier: GPL-3.0-or-later
"""Tailbone provider (entry point ``tailbone.providers``) and permission helper."""

from tailbone.providers import TailboneProvider


class OdooPosProvider(TailboneProvider):
    """Makes the Odoo POS plugin known to any Tailbone app (Theo included)."""
    key = 'tailbone_odoo_pos'

    def make_integration_menu(self, request, **kwargs):
        """Called by the menu handler on every page render."""
        return None
