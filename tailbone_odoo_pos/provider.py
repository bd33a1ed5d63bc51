# SPDX-License-Identifier: GPL-3.0-or-later
"""Tailbone provider (entry point ``tailbone.providers``): the "Odoo POS" menu,
:func:`grant_all_permissions` and :func:`grant_manager_permissions` for set-up
scripts (the demo, ``rattail odoo-pos-grant-permissions``)."""

from __future__ import annotations

from typing import Any

from tailbone.providers import TailboneProvider

from tailbone_odoo_pos.declarations import Native, web_entities

#: menu groups of the generated master views, in menu order
MENU_GROUPS = ('transactions', 'catalog')

#: Tailbone modules of the native views a store manager uses (the records
#: this package extends), by route/permission prefix
NATIVE_VIEW_MODULES = {
    'stores': 'tailbone.views.stores', 'products': 'tailbone.views.products',
    'customers': 'tailbone.views.customers', 'employees': 'tailbone.views.employees',
    'departments': 'tailbone.views.departments', 'tenders': 'tailbone.views.tenders',
}
#: what a manager may do on a native view: read and download, never edit
#: (the sync owns those records)
NATIVE_READ_ACTIONS = ('list', 'view', 'versions', 'view_all', 'download_results',
                       'results_csv', 'results_xlsx')


def report_menu_items() -> list[dict[str, Any]]:
    """The sales reports' entries (:mod:`tailbone_odoo_pos.views.reports`)."""
    from tailbone_odoo_pos.views.reports import PERMISSION, REPORTS
    return [{'title': f"Report: {r.title}", 'route': r.route, 'perm': PERMISSION}
            for r in REPORTS.values()]


def menu_items() -> list[dict[str, Any]]:
    """The "Odoo POS" menu entries: dashboard, sync status and rejected
    records, then one entry per browsed entity, grouped."""
    items: list[dict[str, Any]] = [
        {'title': "Sales Dashboard", 'route': 'odoo_pos.dashboard',
         'perm': 'odoo_pos.dashboard.view'},
        *report_menu_items(),
        {'title': "Sync Status", 'route': 'odoo_pos.sync_status',
         'perm': 'odoo_pos.sync_status.view'},
        {'title': "Rejected Records", 'route': 'odoo_pos.rejected',
         'perm': 'odoo_pos.rejected.list'},
        {'title': "Export Conflicts", 'route': 'odoo_pos.export_conflicts',
         'perm': 'odoo_pos.export_conflicts.list'},
    ]
    browsed = [e.browse for e in web_entities() if e.browse]
    for group in MENU_GROUPS:
        entries = [w for w in browsed if w.menu_group == group]
        if entries:
            items.append({'type': 'sep'})
        for web in entries:
            items.append({'title': web.title_plural, 'route': web.route_prefix,
                          'perm': f'{web.permission_prefix}.list'})
    native = [e for e in web_entities() if isinstance(e.web, Native)
              and e.web.route_prefix in NATIVE_VIEW_MODULES]
    if native:
        items.append({'type': 'sep'})
    from rattail_odoo_pos.entities import ENTITIES
    for entity in native:
        items.append({'title': ENTITIES[entity.key].title, 'route': entity.web.route_prefix,
                      'perm': f'{entity.web.route_prefix}.list'})
    return items


class OdooPosProvider(TailboneProvider):
    """Makes the Odoo POS plugin known to any Tailbone app (Theo included).

    The app's menu handler calls :meth:`make_integration_menu` on every page
    render; the views themselves come from ``config.include('tailbone_odoo_pos.views')``
    (done by :func:`tailbone_odoo_pos.app.main`).
    """
    key = 'tailbone_odoo_pos'

    def get_provided_views(self):
        """Called by Tailbone's "configure views" page."""
        return {'odoo_pos': {'other': {'tailbone_odoo_pos.views': {'label': "Odoo POS"}}}}

    def make_integration_menu(self, request, **kwargs):
        """Called by the menu handler for each page: the "Odoo POS" menu
        (entries whose view this app does not have left out)."""
        return {'title': "Odoo POS", 'type': 'menu',
                'items': [item for item in menu_items()
                          if 'route' not in item or has_route(request, item['route'])]}


def has_route(request: Any, route: str) -> bool:
    """Whether the app serves the named route."""
    from pyramid.interfaces import IRoutesMapper
    mapper = request.registry.queryUtility(IRoutesMapper)
    return mapper is not None and mapper.get_route(route) is not None


def available_permissions(rattail_config: Any) -> dict[str, dict[str, Any]]:
    """Every permission group this plugin registers, as Tailbone records them
    (``{group: {'key', 'label', 'perms': {name: {...}}}}``).

    Configures a throw-away Pyramid registry with only our views (no database
    session, no security policy), so the list is exactly what the running web
    app registers.
    """
    from pyramid.config import Configurator

    settings = {'rattail_config': rattail_config, 'wutta_config': rattail_config}
    pyramid_config = Configurator(settings=settings)
    pyramid_config.include('tailbone_odoo_pos.views')
    pyramid_config.commit()
    return pyramid_config.get_settings().get('wutta_permissions', {})


def native_manager_permissions(rattail_config: Any) -> list[str]:
    """The read-only permissions of the native Tailbone views a store manager
    uses (:data:`NATIVE_VIEW_MODULES`): list, view, version history and
    downloads, as those views register them (``versions`` always, as it is
    only registered when versioning is on)."""
    from pyramid.config import Configurator

    from tailbone_odoo_pos.views import ensure_directives

    settings = {'rattail_config': rattail_config, 'wutta_config': rattail_config}
    pyramid_config = Configurator(settings=settings)
    ensure_directives(pyramid_config)
    for module in NATIVE_VIEW_MODULES.values():
        pyramid_config.include(module)
    pyramid_config.commit()
    registered = {perm for group in pyramid_config.get_settings()
                  .get('wutta_permissions', {}).values() for perm in group.get('perms', {})}
    names = set()
    for prefix in NATIVE_VIEW_MODULES:
        for action in NATIVE_READ_ACTIONS:
            name = f'{prefix}.{action}'
            if name in registered or action == 'versions':
                names.add(name)
    return sorted(names)


def grant_manager_permissions(config: Any, session: Any, role: Any) -> list[str]:
    """Grant *role* what a POS manager needs: every permission of this plugin
    and the read-only ones of the native views (:func:`native_manager_permissions`);
    returns their names.  The caller commits."""
    auth = config.get_app().get_auth_handler()
    names = grant_all_permissions(config, session, role)
    native = native_manager_permissions(config)
    for name in native:
        auth.grant_permission(role, name)
    return sorted(names + native)


def grant_all_permissions(config: Any, session: Any, role: Any) -> list[str]:
    """Grant *role* every permission this plugin defines; returns their names.

    Called by set-up scripts (``odoo-pos-demo``); the caller commits.
    Permissions of Tailbone's own views (``stores.view``...) are not included.
    """
    auth = config.get_app().get_auth_handler()
    names = sorted(perm for group in available_permissions(config).values()
                   for perm in group.get('perms', {}))
    for name in names:
        auth.grant_permission(role, name)
    return names
