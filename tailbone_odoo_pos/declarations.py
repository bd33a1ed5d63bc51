# SPDX-License-Identifier: GPL-3.0-or-later
"""What the web plugin shows of each synced Odoo model: the web side of
``rattail_odoo_pos.entities``.

Each entity of the one table (:data:`rattail_odoo_pos.entities.ENTITIES`)
carries its web decision (``entity.web``): its own read-only master view
(:class:`Browse`, the default), extra fields on a native Rattail view
(:class:`Native`), or a table inside its parent's page (:class:`Child`) --
a child may be browsed too (``Child(parent, browse=Browse(...))``: its own
list page besides its parent's row grid).
Views, menus, permissions and version-history registrations are all generated
from :func:`web_entities`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterator

from rattail_odoo_pos.entities import Browse, Child, Native

__all__ = ['Browse', 'Native', 'Child', 'WebEntity', 'web_entities', 'native_routes']


@dataclass(frozen=True)
class WebEntity:
    """One synced entity as the web plugin sees it."""
    key: str
    odoo_model: str
    model_name: str                 # local class name in ``app.model``
    native_name: str | None         # native rattail class it extends, if any
    web: Browse | Native | Child

    @property
    def browse(self) -> Browse | None:
        """Its own list page, if it has one (a :class:`Browse` entity, or a
        :class:`Child` declared with ``browse=``)."""
        if isinstance(self.web, Browse):
            return self.web
        if isinstance(self.web, Child):
            return self.web.browse
        return None

    def model_class(self, app: Any):
        return getattr(app.model, self.model_name)

    def native_class(self, app: Any):
        return getattr(app.model, self.native_name) if self.native_name else None


def web_entities() -> Iterator[WebEntity]:
    """Every entity of ``rattail_odoo_pos.entities`` with its web decision."""
    from rattail_odoo_pos.entities import ENTITIES
    for entity in ENTITIES.values():
        yield WebEntity(key=entity.key, odoo_model=entity.odoo_model,
                        model_name=entity.class_name, native_name=entity.native,
                        web=entity.web)


def native_routes() -> dict[str, str]:
    """Route prefix of Tailbone's native view for each native class extended."""
    return {e.native_name: e.web.route_prefix for e in web_entities()
            if isinstance(e.web, Native)}
