# SPDX-License-Identifier: GPL-3.0-or-later
"""tailbone-odoo-pos: the Tailbone (web) side of rattail-odoo-pos."""
