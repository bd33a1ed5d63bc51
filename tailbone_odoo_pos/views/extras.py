# SPDX-License-Identifier: GPL-3.0-or-later
"""What some generated views show beyond their declaration: the order lines
list's order columns (date, store) and filters, a session's cash-up by payment
method.  :data:`MIXINS` maps an entity key to the mixin
:func:`~tailbone_odoo_pos.views.master.make_master_view` puts before
:class:`~tailbone_odoo_pos.views.master.OdooPosMasterView`.
"""

from __future__ import annotations

import collections
import decimal
from typing import Any

import sqlalchemy as sa
from sqlalchemy import orm
from webhelpers2.html import HTML


#: filters by the record's key (uuid), which a product's / customer's page
#: links to: two records of the same name do not share a list
PRODUCT_KEY = 'product_key'
CUSTOMER_KEY = 'customer_key'


def add_key_filter(g: Any, key: str, column: Any, label: str) -> None:
    """A grid filter "<label> equal <uuid>": shown and cleared in the grid
    like any other filter, off by default."""
    g.set_filter(key, column, label=label, default_verb='equal')
    filtr = g.filters[key]
    filtr.default_active = False
    # the only comparison that makes sense for a key
    filtr.verbs = ['equal']


class OrdersMixin:
    """The orders list: a filter by customer record (what a customer's page
    links to)."""

    def configure_grid(self, g):
        super().configure_grid(g)
        add_key_filter(g, CUSTOMER_KEY, self.app.model.OdooPosOrder.customer_uuid,
                       "Customer (record key)")


class OrderLinesMixin:
    """The order lines list: each line with its order's date and store, a
    date filter ("what sold yesterday": Date Sold *on* a day), store and
    product filters, newest first."""

    def query(self, session):
        """The lines joined to their order (for the date and store columns)."""
        model = self.app.model
        line, order = model.OdooPosOrderLine, self._order_alias()
        return session.query(line).join(order, order.uuid == line.order_uuid)

    def _order_alias(self):
        cls = type(self)
        if '_order' not in cls.__dict__:
            cls._order = orm.aliased(self.app.model.OdooPosOrder, name='line_order')
            cls._store = orm.aliased(self.app.model.Store, name='line_store')
        return cls._order

    def configure_grid(self, g):
        super().configure_grid(g)
        order = self._order_alias()
        store = type(self)._store
        g.insert_after('order', 'date_order')
        g.insert_after('date_order', 'store')
        g.set_label('date_order', "Date Sold")
        g.set_label('store', "Store")
        g.set_renderer('date_order', self.render_date_order)
        g.set_renderer('store', lambda obj, field: self.render_related(obj.order, 'store'))
        g.set_filter('date_order', order.date_order, label="Date Sold")
        g.set_sorter('date_order', order.date_order)
        g.set_joiner('store', lambda q: q.outerjoin(store, store.uuid == order.store_uuid))
        names = [name for (name,) in self.Session.query(store.name).distinct()
                 .join(order, order.store_uuid == store.uuid).order_by(store.name)]
        g.set_filter('store', store.name, label="Store", default_verb='equal',
                     value_enum=collections.OrderedDict((n, n) for n in names if n))
        g.set_sorter('store', store.name)
        g.set_sort_defaults('date_order', 'desc')
        from tailbone.grids.filters import AlchemyDateFilter
        from tailbone_odoo_pos import localtime
        g.set_filter('business_date', localtime.business_date_expr(order),
                     factory=AlchemyDateFilter, label="Sale business day")
        add_key_filter(g, PRODUCT_KEY, self.app.model.OdooPosOrderLine.product_uuid,
                       "Product (record key)")

    def render_date_order(self, line, field):
        value = line.order.date_order if line.order else None
        if value is None:
            return ''
        from tailbone_odoo_pos import localtime
        return localtime.render(self.request, line.order, value)


class SessionMixin:
    """A session's page: its orders (row grid, declared) and a cash-up by
    payment method: payments per tender, their count and sum; for cash, the
    opening balance, the expected and the counted closing balance."""

    def configure_form(self, f):
        super().configure_form(f)
        if self.viewing:
            f.append('cash_up')
            f.set_label('cash_up', "Cash-up")
            f.set_renderer('cash_up', self.render_cash_up)

    def configure_row_grid(self, g):
        """The orders grid: each order's name links to its page."""
        super().configure_row_grid(g)
        from tailbone_odoo_pos.views.master import ROUTES
        g.set_renderer('name', lambda order, field: ROUTES.link(self.request, order))
        g.set_sort_defaults('date_order', 'desc')

    def cash_up(self, session_record) -> list[dict[str, Any]]:
        """Per tender: name, cash or not, number of payments and their sum."""
        model = self.app.model
        pay, order = model.OdooPosPayment, model.OdooPosOrder
        rows = (self.Session.query(model.Tender, sa.func.count(pay.uuid),
                                   sa.func.coalesce(sa.func.sum(pay.amount), 0))
                .select_from(pay)
                .join(order, order.uuid == pay.order_uuid)
                .outerjoin(model.Tender, model.Tender.uuid == pay.tender_uuid)
                .filter(order.session_uuid == session_record.uuid)
                .group_by(model.Tender)
                .order_by(model.Tender.name).all())
        return [dict(tender=tender, count=count, amount=decimal.Decimal(amount))
                for tender, count, amount in rows]

    def render_cash_up(self, session_record, field):
        rows = self.cash_up(session_record)
        money = self.app.render_currency
        head = HTML.tag('tr', c=[HTML.tag('th', c=[t]) for t in
                                 ("Payment Method", "Payments", "Total")])
        body = []
        for row in rows:
            body.append(HTML.tag('tr', c=[
                HTML.tag('td', c=[self.render_related(row, 'tender')]),
                HTML.tag('td', c=[str(row['count'])]),
                HTML.tag('td', c=[money(row['amount'])])]))
        total = sum((r['amount'] for r in rows), decimal.Decimal(0))
        body.append(HTML.tag('tr', class_='total', c=[
            HTML.tag('th', c=["Total"]),
            HTML.tag('th', c=[str(sum(r['count'] for r in rows))]),
            HTML.tag('th', c=[money(total)])]))
        parts = [HTML.tag('table', class_='table is-narrow odoo-pos-cash-up', c=[
            HTML.tag('thead', c=[head]), HTML.tag('tbody', c=body)])]
        start = session_record.cash_register_balance_start
        counted = session_record.cash_register_balance_end_real
        cash = sum((r['amount'] for r in rows if r['tender'] is not None and r['tender'].is_cash),
                   decimal.Decimal(0))
        if start is not None or counted is not None:
            expected = (start or 0) + cash
            items = [("Opening cash", start), ("Expected cash", expected),
                     ("Counted cash", counted)]
            if counted is not None:
                items.append(("Difference", counted - expected))
            parts.append(HTML.tag('dl', class_='odoo-pos-cash-count', c=[
                HTML.literal('').join([HTML.tag('dt', c=[label]) + HTML.tag(
                    'dd', c=['' if value is None else money(value)])
                    for label, value in items])]))
        return HTML.tag('div', c=parts)

    def render_related(self, obj, field):
        if isinstance(obj, dict):
            from tailbone_odoo_pos.views.master import ROUTES
            return ROUTES.link(self.request, obj[field]) if obj[field] else "(none)"
        return super().render_related(obj, field)


#: entity key -> mixin of its generated view
MIXINS: dict[str, type] = collections.OrderedDict(
    order=OrdersMixin,
    order_line=OrderLinesMixin,
    session=SessionMixin,
)
