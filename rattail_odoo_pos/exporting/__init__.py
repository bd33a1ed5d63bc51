# SPDX-License-Identifier: GPL-3.0-or-later
"""Rattail -> Odoo POS: ``rattail export-odoo-pos`` (see docs/exporting.md)."""
