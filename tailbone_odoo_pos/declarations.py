# SPDX-License-Identifier: GPL-3.0-or-later
"""What the web plugin shows of each synced Odoo model: the web side of
``rattail_odoo_pos.entities``.

The entity table (``rattail_odoo_pos.entities``) says which Odoo models are
synced and into which local classes.  This module adds, per entity key, only
what the web needs: whether the entity gets its own read-only master view
(:class:`Browse`), is shown on a native Rattail view through a supplement
(:class:`Native`), or is shown inside its parent's page (:class:`Child`).
Views, menus, permissions and version-history registrations are all generated
from :func:`web_entities`; a test checks that every entity has a web decision.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterator


@dataclass(frozen=True)
class Browse:
    """An entity browsed through its own read-only master view (and menu entry)."""
    slug: str                                  # 'orders' -> route odoo_pos.orders, url /odoo-pos/orders
    title: str                                 # model title, singular
    title_plural: str
    grid_columns: tuple[str, ...]
    sort: tuple[str, str]                      # default sort (column, direction)
    search: tuple[str, ...] = ()               # columns filtered by default ("search")
    currency: tuple[str, ...] = ()             # money columns
    labels: dict[str, str] = field(default_factory=dict)
    rows: str | None = None                    # child entity key shown as row grid
    related: tuple[str, ...] = ()              # one-to-many relationships shown as tables
    row_grid_columns: tuple[str, ...] = ()
    menu_group: str = 'transactions'           # 'transactions' | 'catalog'

    @property
    def route_prefix(self) -> str:
        return f'odoo_pos.{self.slug}'

    @property
    def url_prefix(self) -> str:
        return f"/odoo-pos/{self.slug.replace('_', '-')}"

    @property
    def permission_prefix(self) -> str:
        return f'odoo_pos.{self.slug}'


@dataclass(frozen=True)
class Native:
    """An extension of a native Rattail record: shown as extra fields (Odoo
    source, id, link) on the native master view, whose route is *route_prefix*."""
    route_prefix: str


@dataclass(frozen=True)
class Child:
    """Shown only within its parent's view page (*parent* entity key)."""
    parent: str


#: the web decision for every entity key of ``rattail_odoo_pos.entities``
WEB: dict[str, Browse | Native | Child] = {
    'store': Native('stores'),
    'department': Native('departments'),
    'product': Native('products'),
    'customer': Native('customers'),
    'employee': Native('employees'),
    'tender': Native('tenders'),
    'tax': Native('taxes'),
    'session': Browse(
        slug='sessions', title="POS Session", title_plural="POS Sessions",
        grid_columns=('name', 'source', 'store', 'state', 'start_at', 'stop_at'),
        sort=('start_at', 'desc'), search=('name',)),
    'order': Browse(
        slug='orders', title="POS Order", title_plural="POS Orders",
        grid_columns=('name', 'pos_reference', 'date_order', 'store', 'customer',
                      'state', 'amount_tax', 'amount_total'),
        sort=('date_order', 'desc'), search=('name',),
        currency=('amount_tax', 'amount_total', 'amount_paid', 'amount_return'),
        labels={'pos_reference': "Receipt Ref."},
        rows='order_line', related=('payments',),
        row_grid_columns=('product', 'full_product_name', 'qty', 'price_unit', 'discount',
                          'price_subtotal', 'price_subtotal_incl')),
    'order_line': Child('order'),
    'payment': Browse(
        slug='payments', title="POS Payment", title_plural="POS Payments",
        grid_columns=('payment_date', 'order', 'tender', 'amount', 'is_change'),
        sort=('payment_date', 'desc'), currency=('amount',)),
    'stock': Browse(
        slug='stock', title="Stock on Hand", title_plural="Stock on Hand",
        grid_columns=('store', 'product', 'quantity'),
        sort=('quantity', 'desc'), menu_group='catalog'),
    'loyalty_program': Browse(
        slug='loyalty_programs', title="Loyalty Program", title_plural="Loyalty Programs",
        grid_columns=('name', 'program_type', 'active', 'date_from', 'date_to'),
        sort=('name', 'asc'), search=('name',), menu_group='catalog',
        related=('rules', 'rewards')),
    'loyalty_rule': Child('loyalty_program'),
    'loyalty_reward': Child('loyalty_program'),
}


@dataclass(frozen=True)
class WebEntity:
    """One synced entity as the web plugin sees it."""
    key: str
    odoo_model: str
    model_name: str                 # local class name in ``app.model``
    native_name: str | None         # native rattail class it extends, if any
    web: Browse | Native | Child

    def model_class(self, app: Any):
        return getattr(app.model, self.model_name)

    def native_class(self, app: Any):
        return getattr(app.model, self.native_name) if self.native_name else None


def web_entities() -> Iterator[WebEntity]:
    """Every entity of ``rattail_odoo_pos.entities`` with its web decision
    (raises KeyError naming an entity that has none)."""
    from rattail_odoo_pos.entities import ENTITIES
    for entity in ENTITIES.values():
        key = entity.key
        if key not in WEB:
            raise KeyError(f"entity {key!r} has no web declaration in "
                           f"tailbone_odoo_pos.declarations.WEB")
        yield WebEntity(key=key, odoo_model=entity.odoo_model,
                        model_name=_class_name(entity.model),
                        native_name=_class_name(getattr(entity, 'native', None)),
                        web=WEB[key])


def _class_name(value: Any) -> str | None:
    if value is None:
        return None
    return value if isinstance(value, str) else value.__name__
