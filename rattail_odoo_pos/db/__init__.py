# SPDX-License-Identifier: GPL-3.0-or-later
"""Database side of rattail-odoo-pos: extension tables and their Alembic branch."""
