# SPDX-License-Identifier: GPL-3.0-or-later
"""Views of the Odoo POS web plugin (placeholder while the schema lands)."""


def includeme(config):
    """Pyramid include, called once when the app is configured."""
