# SPDX-License-Identifier: GPL-3.0-or-later
"""rattail-odoo-pos: Odoo Point of Sale data in a Rattail back office."""

__version__ = '0.1.0'
