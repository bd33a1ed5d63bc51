# SPDX-License-Identifier: GPL-3.0-or-later
"""Odoo fields on Tailbone's native views (Store, Product, Customer, ...).

One generic :class:`OdooPosSupplement`; :func:`make_supplement` binds it to a
:class:`~tailbone_odoo_pos.declarations.Native` entity.  The native record's
view page gets an "Odoo POS" field listing each extension row (source, Odoo id,
link into that Odoo); its version history includes the extension rows.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy import orm
from webhelpers2.html import HTML

from tailbone.views import ViewSupplement

from tailbone_odoo_pos import localtime
from tailbone_odoo_pos.declarations import Native, WebEntity
from tailbone_odoo_pos.views.master import many_to_one, odoo_link

#: native columns the import fills that the native view page does not show by
#: itself, per native class: (column, label)
NATIVE_FIELDS: dict[str, tuple[tuple[str, str], ...]] = {
    'Product': (('item_id', "Internal Reference"), ('scancode', "Barcode")),
}


def foreign_key_to(ext_class: Any, native_class: Any) -> str:
    """Name of the column of *ext_class* that points to *native_class*."""
    for rel in many_to_one(ext_class).values():
        if rel.mapper.class_ is native_class:
            return next(iter(rel.local_columns)).key
    raise LookupError(f"{ext_class.__name__} has no foreign key to {native_class.__name__}")


class OdooPosSupplement(ViewSupplement):
    """Supplements one native master view with its Odoo extension rows.

    Tailbone calls :meth:`configure_form` when the native view page's form is
    made and :meth:`get_version_child_classes` when it lists version history.
    """
    entity: WebEntity
    ext_class: Any
    native_class: Any
    fk_column: str
    labels = {'odoo_pos': "Odoo POS"}

    def extension_rows(self, obj: Any) -> list[Any]:
        """The extension rows (one per Odoo source) of native record *obj*."""
        ext = self.ext_class
        return (self.Session.query(ext)
                .filter(getattr(ext, self.fk_column) == obj.uuid)
                .order_by(ext.source, ext.odoo_id).all())

    def configure_form(self, f):
        """Adds the read-only "Odoo POS" field (only when viewing: the field
        is not editable)."""
        if self.master.creating or self.master.editing:
            return
        for name, label in self.native_fields():
            if name not in f.fields:
                f.append(name)
            f.set_label(name, label)
        f.append('odoo_pos')
        if self.native_class.__name__ == 'Store':
            f.append('odoo_pos_sessions')
            f.set_label('odoo_pos_sessions', "POS Sessions")
            f.set_renderer('odoo_pos_sessions', self.render_store_sessions)
        if self.native_class.__name__ in ('Customer', 'Product'):
            f.append('odoo_pos_sales')
            f.set_label('odoo_pos_sales', "POS Sales")
            f.set_renderer('odoo_pos_sales', self.render_sales)
        f.set_label('odoo_pos', "Odoo POS")
        f.set_renderer('odoo_pos', self.render_odoo_pos)

    def native_fields(self) -> tuple[tuple[str, str], ...]:
        return NATIVE_FIELDS.get(self.native_class.__name__, ())

    def get_panel_fields_main(self, obj):
        """Called by Tailbone's product view page, whose layout shows only the
        fields of its panels: the filled native columns and the Odoo field go
        in its main panel."""
        key = getattr(self.master, 'get_product_key_field', lambda: None)()
        return [name for name, _ in self.native_fields() if name != key] + [
            'odoo_pos', 'odoo_pos_sales']

    def render_odoo_pos(self, obj, field):
        """One line per source: source key, Odoo id, link into Odoo.  For an
        exported entity (product, department, customer): one line per
        configured source, bound or not, its export state, and "Push to Odoo
        now" (:mod:`tailbone_odoo_pos.views.export`)."""
        from tailbone_odoo_pos.views.export import EXPORTED, render_sources
        rows = self.extension_rows(obj)
        if self.entity.key in EXPORTED:
            return render_sources(self.request, self.app, self.Session(), self.rattail_config,
                                  self.entity.key, obj, rows)
        if not rows:
            return HTML.tag('span', class_='odoo-pos-none', c=["not linked to Odoo"])
        items = []
        for row in rows:
            items.append(HTML.tag('li', class_='odoo-pos-link', c=[
                odoo_link(self.app, row.source, self.entity.odoo_model, row.odoo_id)]))
        return HTML.tag('ul', class_='odoo-pos', c=items)

    #: how many of a store's sessions its page lists (newest first)
    STORE_SESSIONS = 20

    def render_store_sessions(self, store, field):
        """A store's latest POS sessions: name (link), state, opened, closed,
        number of orders and their total; a link to all of them."""
        from tailbone_odoo_pos.views.master import ROUTES
        model = self.app.model
        session, order = model.OdooPosSession, model.OdooPosOrder
        totals = (self.Session.query(order.session_uuid.label('session_uuid'),
                                     sa.func.count(order.uuid).label('count'),
                                     sa.func.sum(order.amount_total).label('total'))
                  .group_by(order.session_uuid).subquery())
        query = (self.Session.query(session, totals.c.count, totals.c.total)
                 .outerjoin(totals, totals.c.session_uuid == session.uuid)
                 .filter(session.store_uuid == store.uuid))
        count = query.count()
        if not count:
            return HTML.tag('span', class_='odoo-pos-none', c=["no POS session"])
        rows = query.order_by(session.start_at.desc().nullslast()).limit(self.STORE_SESSIONS)

        head = HTML.tag('tr', c=[HTML.tag('th', c=[t]) for t in (
            "Session", "State", "Opened", "Closed", "Orders", "Total")])
        body = [HTML.tag('tr', c=[HTML.tag('td', c=[c]) for c in (
            ROUTES.link(self.request, record), record.state or '',
            localtime.render(self.request, record, record.start_at),
            localtime.render(self.request, record, record.stop_at), str(orders or 0),
            self.app.render_currency(total) if total is not None else '')])
            for record, orders, total in rows]
        parts = [HTML.tag('table', class_='table is-narrow odoo-pos-store-sessions', c=[
            HTML.tag('thead', c=[head]), HTML.tag('tbody', c=body)])]
        url = self.request.route_url('odoo_pos.sessions', _query={
            'store': store.name, 'store.verb': 'equal', 'filter': 'true'})
        parts.append(HTML.tag('a', href=url, c=[f"All {count} sessions of this store"]))
        return HTML.tag('div', c=parts)

    #: how many of a customer's orders / a product's lines its page lists
    SALES_ROWS = 10

    def render_sales(self, obj, field):
        """A customer's latest POS orders or a product's latest POS order
        lines (newest first, dates in the store's zone), the count and totals
        of all of them (summed in SQL) and a link to the filtered list."""
        from tailbone_odoo_pos.views.extras import CUSTOMER_KEY, PRODUCT_KEY
        from tailbone_odoo_pos.views.master import ROUTES
        model = self.app.model
        order, line = model.OdooPosOrder, model.OdooPosOrderLine
        money = self.app.render_currency
        if self.native_class.__name__ == 'Customer':
            base = self.Session.query(order).filter(order.customer_uuid == obj.uuid)
            count, total = base.with_entities(
                sa.func.count(order.uuid), sa.func.sum(order.amount_total)).one()
            records = (base.options(orm.joinedload(order.store))
                       .order_by(order.date_order.desc().nullslast(), order.name.desc())
                       .limit(self.SALES_ROWS).all())
            heads = ("Date", "Store", "Order", "Total")
            cells = [(localtime.render(self.request, o, o.date_order), o.store.name if o.store else '',
                      ROUTES.link(self.request, o), money(o.amount_total)) for o in records]
            summary = f"{count} orders, total {money(total or 0)}"
            route, params, what = ROUTES.routes.get('OdooPosOrder'), {
                CUSTOMER_KEY: obj.uuid, f'{CUSTOMER_KEY}.verb': 'equal'}, "orders"
        else:
            base = (self.Session.query(line).join(order, order.uuid == line.order_uuid)
                    .filter(line.product_uuid == obj.uuid))
            count, qty, total = base.with_entities(
                sa.func.count(line.uuid), sa.func.sum(line.qty),
                sa.func.sum(line.price_subtotal_incl)).one()
            records = (base.options(orm.contains_eager(line.order).joinedload(order.store))
                       .order_by(order.date_order.desc().nullslast(), line.odoo_id.desc())
                       .limit(self.SALES_ROWS).all())
            heads = ("Date", "Store", "Order", "Qty", "Subtotal incl.")
            cells = [(localtime.render(self.request, l, l.order.date_order),
                      l.order.store.name if l.order.store else '', ROUTES.link(self.request, l.order),
                      self.app.render_quantity(l.qty), money(l.price_subtotal_incl))
                     for l in records]
            summary = (f"{count} lines, quantity {self.app.render_quantity(qty or 0)}, "
                       f"total {money(total or 0)}")
            route, params, what = ROUTES.routes.get('OdooPosOrderLine'), {
                PRODUCT_KEY: obj.uuid, f'{PRODUCT_KEY}.verb': 'equal'}, "order lines"
        if not count:
            return HTML.tag('span', class_='odoo-pos-none', c=["no POS sale"])
        head = HTML.tag('tr', c=[HTML.tag('th', c=[t]) for t in heads])
        body = [HTML.tag('tr', c=[HTML.tag('td', c=[c]) for c in row]) for row in cells]
        parts = [HTML.tag('table', class_='table is-narrow odoo-pos-sales', c=[
                     HTML.tag('thead', c=[head]), HTML.tag('tbody', c=body)]),
                 HTML.tag('p', class_='odoo-pos-sales-summary', c=[summary])]
        if route:
            params['filter'] = 'true'
            url = self.request.route_url(route, _query=params)
            parts.append(HTML.tag('a', href=url, c=[f"all {count} {what}"]))
        return HTML.tag('div', c=parts)

    def get_version_child_classes(self):
        """Extension rows count as part of the native record's history."""
        if hasattr(self.ext_class, '__versioned__'):
            return [(self.ext_class, self.fk_column, 'uuid')]
        return []


def make_supplement(app: Any, entity: WebEntity) -> type:
    """A :class:`OdooPosSupplement` subclass for a :class:`Native` entity."""
    web: Native = entity.web  # type: ignore[assignment]
    ext_class = entity.model_class(app)
    native_class = entity.native_class(app)
    if native_class is None:
        raise LookupError(f"entity {entity.key!r} is declared Native on the web side "
                          f"but extends no native class")
    return type(f"{ext_class.__name__}Supplement", (OdooPosSupplement,), dict(
        __doc__=f"Odoo ``{entity.odoo_model}`` fields on the native {native_class.__name__} view.",
        __module__=__name__,
        route_prefix=web.route_prefix,
        entity=entity,
        ext_class=ext_class,
        native_class=native_class,
        fk_column=foreign_key_to(ext_class, native_class),
    ))


def register_all(config: Any, app: Any, entities: list[WebEntity]) -> None:
    """Register a supplement for every :class:`Native` entity (at app setup)."""
    for entity in entities:
        if isinstance(entity.web, Native):
            make_supplement(app, entity).defaults(config)
