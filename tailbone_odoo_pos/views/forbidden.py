# SPDX-License-Identifier: GPL-3.0-or-later
"""HTTP 403 with a page saying which permission is missing, on this plugin's
pages, for a logged-in user.

Tailbone's forbidden view answers every refusal with a redirect (to the page
before, with the flash "You do not have permission to do that."), which tells
neither the browser nor the person what is wrong.  This module adds a second
forbidden view, chosen by Pyramid before Tailbone's (it has more predicates)
only when

* the request is authenticated (``is_authenticated=True``), and
* the route matched is one of this plugin's (its name starts with
  ``odoo_pos.``: the predicate :class:`PluginRoutePredicate`, so a page the
  plugin adds later is covered without a list kept here).

It answers **403** with a page in the site's layout naming the permission(s)
the page needs that the user lacks (the titles the roles page shows, and
their keys) and that an administrator grants them through a role (the
"POS Manager" role has them all).  Anonymous users and every other route keep
Tailbone's answer (the login page, the redirect with the flash).
"""

from __future__ import annotations

from typing import Any

from pyramid.httpexceptions import HTTPForbidden

#: route names of this plugin start with this
ROUTE_PREFIX = 'odoo_pos.'
TEMPLATE = 'tailbone_odoo_pos:templates/odoo_pos/forbidden.mako'


class BoolViewPredicate:
    """A Pyramid view predicate ``NAME = True/False``: whether :meth:`holds`
    for the request is the given value."""

    name = ''

    def __init__(self, val: Any, config: Any):
        self.val = bool(val)

    def text(self) -> str:
        return f'{self.name} = {self.val}'

    phash = text

    def holds(self, request: Any) -> bool:
        raise NotImplementedError

    def __call__(self, context: Any, request: Any) -> bool:
        return bool(self.holds(request)) is self.val


class PluginRoutePredicate(BoolViewPredicate):
    """View predicate ``odoo_pos_route``: whether the matched route is (True)
    or is not (False) one of this plugin's."""

    name = 'odoo_pos_route'

    def holds(self, request: Any) -> bool:
        route = getattr(request, 'matched_route', None)
        return route is not None and route.name.startswith(ROUTE_PREFIX)


def route_permissions(request: Any) -> list[str]:
    """The permissions guarding the views of the request's route (for its
    method), from Pyramid's introspector."""
    route = getattr(request, 'matched_route', None)
    if route is None:
        return []
    intr = request.registry.introspector
    route_intr = intr.get('routes', route.name)
    if route_intr is None:
        return []
    found: list[str] = []
    for view in intr.related(route_intr):
        if view.category_name != 'views':
            continue
        methods = view['request_methods']
        if methods and request.method not in methods:
            continue
        for related in intr.related(view):
            if related.category_name == 'permissions' and isinstance(related.title, str):
                if related.title not in found:
                    found.append(related.title)
    return found


def permission_labels(request: Any) -> dict[str, str]:
    """Permission key -> its title as the roles page shows it."""
    labels: dict[str, str] = {}
    groups = request.registry.settings.get('wutta_permissions') or {}
    for group in groups.values():
        for key, perm in (group.get('perms') or {}).items():
            labels[key] = f"{group.get('label', '')}: {perm.get('label', key)}"
    return labels


def missing_permissions(request: Any) -> list[dict[str, str]]:
    """The permissions of the page the user lacks: ``key`` and ``label``."""
    labels = permission_labels(request)
    out = []
    for key in route_permissions(request):
        if not request.has_permission(key):
            out.append({'key': key, 'label': labels.get(key, key)})
    return out


def forbidden_view(exc: HTTPForbidden, request: Any) -> dict[str, Any]:
    """Exception view: 403 with the page :data:`TEMPLATE`."""
    request.response.status = 403
    return {
        'missing': missing_permissions(request),
        'page_url': request.url,
        'index_title': "Access denied",
    }


def includeme(config: Any) -> None:
    """Pyramid include (done by :mod:`tailbone_odoo_pos.views`)."""
    config.add_view_predicate('odoo_pos_route', PluginRoutePredicate)
    config.add_forbidden_view(forbidden_view, renderer=TEMPLATE, is_authenticated=True,
                              odoo_pos_route=True)
