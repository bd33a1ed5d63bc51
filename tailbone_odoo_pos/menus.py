# SPDX-License-Identifier: GPL-3.0-or-later
"""The menu handler of this package's app (``tailbone_odoo_pos.app:main``):
Tailbone's, with the sales reports also in its "Reports" menu.

Tailbone's menu handler lets a plugin add only its own top-level menu (the
provider's ``make_integration_menu``: "Odoo POS", which lists the reports
too); its "Reports" menu is built by the handler alone.  So the reports get
there only in an app whose menu handler says so: this package's app names
this handler as its default (``rattail.web.menus.handler.default_spec``; a
``[rattail.web] menus.handler.spec`` in the config wins).  Theo or another
app keeps its own handler; it can subclass this one, or add
:func:`tailbone_odoo_pos.provider.report_menu_items` in its own
``make_reports_menu``.
"""

from __future__ import annotations

from tailbone.menus import TailboneMenuHandler


class OdooPosMenuHandler(TailboneMenuHandler):
    """Tailbone's menus; "Reports" ends with the Odoo POS sales reports."""

    def make_reports_menu(self, request, **kwargs):
        """Called by :meth:`make_menus`: Tailbone's Reports menu, then the
        sales reports the app serves (each shown when the user may see it)."""
        from tailbone_odoo_pos.provider import has_route, report_menu_items
        menu = super().make_reports_menu(request, **kwargs)
        items = [item for item in report_menu_items() if has_route(request, item['route'])]
        if items:
            menu['items'].extend([{'type': 'sep'}, *items])
        return menu
