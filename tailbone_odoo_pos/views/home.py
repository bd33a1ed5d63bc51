# SPDX-License-Identifier: GPL-3.0-or-later
"""The sales dashboard as the home page (``[odoo_pos] web.home = dashboard``).

With the setting, a logged-in user allowed to see the dashboard
(``odoo_pos.dashboard.view``) who opens the home page (``/``, where Tailbone
sends a person after login) is sent to the dashboard.  Everyone else (anonymous,
no permission) gets Tailbone's home page as before.  The package's own app
(:func:`tailbone_odoo_pos.app.main`, the demo) includes this module and sets
``dashboard`` by default (``web.home = tailbone`` keeps Tailbone's home there);
another app (Theo) keeps Tailbone's home unless it adds this module to its
``pyramid.includes`` and sets the option.  (Not included by
:mod:`tailbone_odoo_pos.views`, which is also included without Tailbone's routes
to list the plugin's permissions.)

It is a second view of Tailbone's ``home`` route with a predicate
(:class:`DashboardHomePredicate`), which Pyramid tries before Tailbone's
view (it has more predicates), so neither view replaces the other and the
include works from ``pyramid.includes`` too.
"""

from __future__ import annotations

from typing import Any

from pyramid.httpexceptions import HTTPFound

from tailbone_odoo_pos.views.dashboard import PERMISSION, ROUTE
from tailbone_odoo_pos.views.forbidden import BoolViewPredicate

#: the setting (rattail config, section ``odoo_pos``)
SETTING = 'odoo_pos.web.home'
DASHBOARD = 'dashboard'


def home_is_dashboard(request: Any) -> bool:
    """Whether this request's home page is the dashboard."""
    config = request.registry.settings['rattail_config']
    value = (config.get(SETTING) or '').strip().lower()
    return value == DASHBOARD and request.has_permission(PERMISSION)


class DashboardHomePredicate(BoolViewPredicate):
    """View predicate ``odoo_pos_home``: :func:`home_is_dashboard` is *val*."""

    name = 'odoo_pos_home'

    def holds(self, request: Any) -> bool:
        return home_is_dashboard(request)


def dashboard_home(request: Any) -> HTTPFound:
    """The home page: a redirect to the dashboard."""
    return HTTPFound(location=request.route_url(ROUTE))


def includeme(config: Any) -> None:
    """Pyramid include (done by :func:`tailbone_odoo_pos.app.main`)."""
    config.add_view_predicate('odoo_pos_home', DashboardHomePredicate)
    config.add_view(dashboard_home, route_name='home', is_authenticated=True,
                    odoo_pos_home=True)
