# SPDX-License-Identifier: GPL-3.0-or-later
"""What is synced, declared as data: **the one table** every other part reads.

Per entity: the Odoo model, the local class, the native Rattail class it
extends (if any), and only what cannot be inferred:

* a local column with the **same name** as its Odoo field whose conversion
  **follows from the column type** needs no line at all (``String`` ->
  ``str``, ``Boolean`` -> ``bool``, ``Numeric(p, 2)`` -> ``money``,
  ``Numeric(p, 3)`` -> ``qty``, ``Numeric(p, 4)`` -> ``price``,
  ``DateTime`` -> ``dt`` (UTC), ``Date`` -> ``date``, ``Integer`` -> ``int``);
* ``fields`` declares the others: a column named differently in Odoo, or a
  conversion that differs (``m2o_id``, ``m2o_name``, ``ids``);
* ``refs``: foreign key column -> (Odoo many2one field, referenced entity);
* ``derived``: columns the importer computes itself (not read from Odoo);
* behaviour flags: the importer class to use, the keys by which a native
  record of another source is recognised as the same thing (``merge``), and
  whether the datasync watcher may compare look-back counts (``countable``);
* ``web``: how the web plugin shows it (:class:`Browse` by default);
* ``export``: what ``rattail export-odoo-pos`` sends (Rattail -> Odoo): Odoo
  field -> how its value is had from the native Rattail record (a dotted
  attribute path, or the name of a getter of
  :data:`rattail_odoo_pos.exporting.values.GETTERS`); see docs/exporting.md.

The table is written for Odoo 17.  What another version (15, 16, 18, 19; 20
through the 19 map) reads instead, per entity and column, is declared beside it
in :data:`rattail_odoo_pos.versions.MAP` (``tests/test_entities.py`` keeps the
two in step; ``docs/versions.md`` is generated from it).

The importers and version importers, datasync, the health check and
``odoo-pos-check``, ``odoo-pos-reconcile``, the web plugin's views, menus and
permissions, the test suite's per-entity checks and the generated model
reference in the docs all read :data:`ENTITIES`.  Adding an Odoo model is its
entity line here, its model class and its migration: see
``docs/adding-a-model.md``.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any

#: columns every Odoo POS table has (not Odoo fields of their own)
IDENTITY = ('uuid', 'source', 'odoo_id', 'odoo_write_date')


# -- how the web plugin shows an entity ---------------------------------------

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
    #: columns filtered by a choice (a relation: its records; a column: its
    #: values) instead of free text ("Shop" must not match three stores)
    choices: tuple[str, ...] = ()
    #: columns summed in the list's totals (Tailbone's "Show Totals")
    totals: tuple[str, ...] = ()
    #: filters active by default: (column, comparison, value)
    default_filters: tuple[tuple[str, str, str], ...] = ()
    #: the list can be downloaded (CSV and XLSX: its columns and totals)
    downloadable: bool = True

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
    """Shown within its parent's view page (*parent* entity key); with
    *browse*, also browsed through its own read-only list (and menu entry)."""
    parent: str
    browse: Browse | None = None


# -- the entity ------------------------------------------------------------------

#: conversion of a column by its SQLAlchemy type (see module docstring)
def kind_of_column(column: Any) -> str:
    import sqlalchemy as sa
    kind = column.type
    if isinstance(kind, sa.Boolean):
        return 'bool'
    if isinstance(kind, sa.Numeric):
        scale = kind.scale or 0
        return {2: 'money', 3: 'qty', 4: 'price'}.get(scale) or _no_kind(column)
    if isinstance(kind, sa.DateTime):
        return 'dt'
    if isinstance(kind, sa.Date):
        return 'date'
    if isinstance(kind, sa.Integer):
        return 'int'
    if isinstance(kind, sa.String):
        return 'str'
    return _no_kind(column)


def _no_kind(column: Any) -> str:
    raise TypeError(f"column {column.table.name}.{column.name} ({column.type}): no "
                    f"conversion follows from its type; declare it in the entity's fields")


class Entity:
    """One synced Odoo model (see the module docstring for what to declare)."""

    def __init__(self, key: str, odoo_model: str, class_name: str, *,
                 native: str | None = None, title: str = '',
                 fields: dict[str, tuple[str, str]] | None = None,
                 refs: dict[str, tuple[str, str]] | None = None,
                 derived: tuple[str, ...] = (), extra_odoo_fields: tuple[str, ...] = (),
                 domain: tuple = (), importer: str | None = None,
                 merge: tuple[str, ...] = (), countable: bool = True,
                 web: Browse | Native | Child | None = None,
                 export: dict[str, str] | None = None):
        self.key = key
        self.odoo_model = odoo_model
        #: the local class (``app.model.<class_name>``)
        self.class_name = class_name
        #: the native Rattail class extended (``Store``, ``Product``...), if any
        self.native = native
        self.title = title or odoo_model
        #: explicit (Odoo field, conversion) of the columns that need one
        self.declared = dict(fields or {})
        #: foreign key column -> (Odoo many2one field, referenced entity key)
        self.refs = dict(refs or {})
        #: columns the importer fills itself
        self.derived = tuple(derived)
        #: Odoo fields read only to derive values
        self.extra_odoo_fields = tuple(extra_odoo_fields)
        #: domain every read of this model adds
        self.domain = tuple(domain)
        #: importer class (in :mod:`rattail_odoo_pos.importing.odoo_pos`)
        self.importer = importer or ('NativeImporter' if native else 'OdooPosImporter')
        #: native entities: columns by which the same record of another source is found
        self.merge = tuple(merge)
        #: whether the datasync watcher may compare look-back counts with Odoo's
        #: (False when the import reads a filtered subset of the model)
        self.countable = countable and not domain
        self._web = web
        #: Odoo field -> getter of its value from the native record (exported entities)
        self.export = dict(export or {})
        self._fields: dict[str, tuple[str, str]] | None = None

    def __repr__(self) -> str:
        return f"<Entity {self.key}: {self.odoo_model} -> {self.class_name}>"

    @property
    def model_class(self) -> Any:
        """The local class (from this package's model, no app needed)."""
        from rattail_odoo_pos.db import model
        return getattr(model, self.class_name)

    @property
    def native_link(self) -> str | None:
        """The column of the local class that points at the native record."""
        return f"{self.native.lower()}_uuid" if self.native else None

    @property
    def fields(self) -> dict[str, tuple[str, str]]:
        """Every local column read from Odoo -> (Odoo field, conversion): the
        declared ones, and every other column of the local class under its own
        name with the conversion its type implies."""
        if self._fields is None:
            skip = set(IDENTITY) | set(self.refs) | set(self.derived) | {self.native_link}
            out = {}
            for column in self.model_class.__table__.columns:
                name = column.name
                if name in self.declared:
                    out[name] = self.declared[name]
                elif name not in skip and not column.foreign_keys:
                    out[name] = (name, kind_of_column(column))
            unknown = set(self.declared) - set(out)
            if unknown:
                raise KeyError(f"entity {self.key!r} declares field(s) {sorted(unknown)} "
                               f"that {self.class_name} has no column for")
            self._fields = out
        return self._fields

    @property
    def display_names(self) -> bool:
        """Whether reading this model needs many2one display names (a column
        converted with ``m2o_name``).  When it does not, the importer reads its
        many2one values as bare ids (Odoo's ``load=None``): Odoo computes no
        display name (for an order line, its order's and its product's) and
        sends less."""
        return any(kind == 'm2o_name' for _, kind in self.fields.values())

    @property
    def self_refs(self) -> dict[str, str]:
        """Reference column -> Odoo field, for the references to this entity
        itself (a refund line -> the line it refunds)."""
        return {column: field for column, (field, key) in self.refs.items() if key == self.key}

    @property
    def odoo_fields(self) -> list[str]:
        """Every Odoo field the importer reads."""
        names = [f for f, _ in self.fields.values()] + [f for f, _ in self.refs.values()]
        names += list(self.extra_odoo_fields) + ['write_date']
        return list(dict.fromkeys(names))

    @property
    def web(self) -> Browse | Native | Child:
        """How the web plugin shows it: declared, or its own read-only list."""
        if self._web is not None:
            return self._web
        if self.native:
            return Native(f"{self.native.lower()}s")
        columns = tuple(list(self.fields)[:6])
        return Browse(slug=self.key + 's', title=self.title, title_plural=self.title,
                      grid_columns=columns, sort=('odoo_id', 'desc'),
                      search=tuple(c for c in ('name',) if c in self.fields))


_ENTITIES = [
    Entity('store', 'pos.config', 'OdooPosStore', native='Store', title="Stores",
           importer='StoreImporter', derived=('timezone',), fields={
               'company': ('company_id', 'm2o_name'), 'currency': ('currency_id', 'm2o_name'),
               'warehouse_odoo_id': ('warehouse_id', 'm2o_id')},
           web=Native('stores')),
    Entity('department', 'pos.category', 'OdooPosDepartment', native='Department',
           title="POS categories", importer='DepartmentImporter',
           fields={'parent_odoo_id': ('parent_id', 'm2o_id')}, web=Native('departments'),
           export={'name': 'name', 'parent_id': 'parent_category'}),
    Entity('tax', 'account.tax', 'OdooPosTax', native='Tax', title="Taxes",
           importer='TaxImporter', web=Native('taxes')),
    Entity('product', 'product.product', 'OdooPosProduct', native='Product', title="Products",
           importer='ProductImporter', merge=('barcode', 'default_code'), fields={
               'list_price': ('lst_price', 'price'), 'uom': ('uom_id', 'm2o_name'),
               'pos_category_ids': ('pos_categ_ids', 'ids'), 'tax_ids': ('taxes_id', 'ids')},
           web=Native('products'),
           export={'name': 'description', 'barcode': 'barcode', 'default_code': 'item_id',
                   'lst_price': 'regular_price.price', 'available_in_pos': 'available_in_pos',
                   'active': 'not_discontinued', 'pos_categ_ids': 'pos_category',
                   'taxes_id': 'taxes'}),
    Entity('customer', 'res.partner', 'OdooPosCustomer', native='Customer', title="Customers",
           importer='CustomerImporter', merge=('vat', 'email'), web=Native('customers'),
           export={'name': 'name', 'email': 'email', 'phone': 'phone', 'vat': 'vat'}),
    Entity('employee', 'hr.employee', 'OdooPosEmployee', native='Employee', title="Cashiers",
           importer='EmployeeImporter', web=Native('employees')),
    Entity('tender', 'pos.payment.method', 'OdooPosTender', native='Tender',
           title="Payment methods", importer='TenderImporter', fields={
               'payment_type': ('type', 'str'), 'journal': ('journal_id', 'm2o_name')},
           web=Native('tenders')),
    Entity('session', 'pos.session', 'OdooPosSession', title="POS sessions",
           fields={'user_name': ('user_id', 'm2o_name')},
           refs={'store_uuid': ('config_id', 'store')},
           web=Browse(
               slug='sessions', title="POS Session", title_plural="POS Sessions",
               grid_columns=('name', 'source', 'store', 'state', 'start_at', 'stop_at'),
               sort=('start_at', 'desc'), search=('name',), choices=('store', 'state'),
               currency=('cash_register_balance_start', 'cash_register_balance_end_real'),
               rows='order', row_grid_columns=('name', 'date_order', 'customer', 'employee',
                                               'state', 'amount_total'))),
    Entity('order', 'pos.order', 'OdooPosOrder', title="POS orders",
           importer='OrderImporter', derived=('is_refund',),
           fields={'currency': ('currency_id', 'm2o_name')},
           refs={'store_uuid': ('config_id', 'store'), 'session_uuid': ('session_id', 'session'),
                 'customer_uuid': ('partner_id', 'customer'),
                 'employee_uuid': ('employee_id', 'employee')},
           web=Browse(
               slug='orders', title="POS Order", title_plural="POS Orders",
               grid_columns=('name', 'pos_reference', 'date_order', 'store', 'session',
                             'employee', 'customer', 'state', 'amount_tax', 'amount_total'),
               sort=('date_order', 'desc'), search=('name',), choices=('store', 'state'),
               totals=('amount_tax', 'amount_total'),
               currency=('amount_tax', 'amount_total', 'amount_paid', 'amount_return'),
               labels={'pos_reference': "Receipt Ref.", 'employee': "Cashier"},
               rows='order_line', related=('payments',),
               row_grid_columns=('product', 'full_product_name', 'qty', 'price_unit',
                                 'discount', 'price_subtotal', 'price_subtotal_incl'))),
    Entity('order_line', 'pos.order.line', 'OdooPosOrderLine', title="POS order lines",
           refs={'order_uuid': ('order_id', 'order'), 'product_uuid': ('product_id', 'product'),
                 'refunded_line_uuid': ('refunded_orderline_id', 'order_line')},
           web=Child('order', browse=Browse(
               slug='order_lines', title="POS Order Line", title_plural="POS Order Lines",
               grid_columns=('order', 'product', 'full_product_name', 'qty', 'price_unit',
                             'discount', 'price_subtotal', 'price_subtotal_incl'),
               sort=('order', 'desc'), totals=('qty', 'price_subtotal', 'price_subtotal_incl'),
               currency=('price_unit', 'price_subtotal', 'price_subtotal_incl')))),
    Entity('payment', 'pos.payment', 'OdooPosPayment', title="POS payments",
           refs={'order_uuid': ('pos_order_id', 'order'),
                 'tender_uuid': ('payment_method_id', 'tender')},
           web=Browse(
               slug='payments', title="POS Payment", title_plural="POS Payments",
               grid_columns=('payment_date', 'order', 'tender', 'amount', 'is_change'),
               sort=('payment_date', 'desc'), currency=('amount',), choices=('tender',),
               totals=('amount',), labels={'tender': "Payment Method"})),
    Entity('stock', 'stock.quant', 'OdooPosStock', title="Stock on hand",
           importer='StockImporter', derived=('store_uuid',), countable=False,
           fields={'location': ('location_id', 'm2o_name')},
           refs={'product_uuid': ('product_id', 'product')},
           extra_odoo_fields=('location_id',),
           web=Browse(
               slug='stock', title="Stock on Hand", title_plural="Stock on Hand",
               grid_columns=('store', 'product', 'quantity'),
               sort=('quantity', 'asc'), choices=('store',), menu_group='catalog')),
    Entity('loyalty_program', 'loyalty.program', 'OdooPosLoyaltyProgram',
           title="Loyalty programs",
           web=Browse(
               slug='loyalty_programs', title="Loyalty Program",
               title_plural="Loyalty Programs",
               grid_columns=('name', 'program_type', 'active', 'date_from', 'date_to'),
               sort=('name', 'asc'), search=('name',), menu_group='catalog',
               related=('rules', 'rewards'))),
    Entity('loyalty_rule', 'loyalty.rule', 'OdooPosLoyaltyRule', title="Loyalty rules",
           refs={'program_uuid': ('program_id', 'loyalty_program')},
           web=Child('loyalty_program')),
    Entity('loyalty_reward', 'loyalty.reward', 'OdooPosLoyaltyReward', title="Loyalty rewards",
           refs={'program_uuid': ('program_id', 'loyalty_program')},
           web=Child('loyalty_program')),
    Entity('bill', 'pos.bill', 'OdooPosBill', title="Coins and bills",
           fields={'pos_config_ids': ('pos_config_ids', 'ids')}),
]

#: entity key -> Entity, in import order (referenced entities first)
ENTITIES: 'OrderedDict[str, Entity]' = OrderedDict((e.key, e) for e in _ENTITIES)

#: Odoo model -> entity
BY_ODOO_MODEL = {e.odoo_model: e for e in _ENTITIES}
#: local class name -> entity
BY_CLASS_NAME = {e.class_name: e for e in _ENTITIES}


def bare_id_models() -> set[str]:
    """The Odoo models the import reads with many2one values as bare ids
    (``load=None``): those of the entities that keep no display name
    (:attr:`Entity.display_names`)."""
    return {e.odoo_model for e in _ENTITIES if not e.display_names}
