# SPDX-License-Identifier: GPL-3.0-or-later
"""Sales dashboard: daily sales by store over a date range, as a chart and a
table, read from the reporting view ``odoo_pos_daily_store_sales``.

Days are business days in each store's own time zone (the reporting view does
the conversion), so a sale at 23:30 local time counts for that local day.
"""

from __future__ import annotations

import datetime
import decimal
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa

from tailbone.views import View

from tailbone_odoo_pos import hardening
from tailbone_odoo_pos.charts import grouped_bar_chart

ROUTE = 'odoo_pos.dashboard'
PERMISSION = 'odoo_pos.dashboard.view'
#: days shown when the request names no range
DEFAULT_DAYS = 14

#: the store-level reporting view (created by the ``odoo_pos_reporting_view`` migration)
daily_store_sales = sa.table(
    'odoo_pos_daily_store_sales',
    sa.column('store_uuid'), sa.column('business_date', sa.Date),
    sa.column('order_count', sa.Integer), sa.column('quantity', sa.Numeric),
    sa.column('net', sa.Numeric), sa.column('tax', sa.Numeric), sa.column('gross', sa.Numeric))


@dataclass
class StoreDay:
    """Sales of one store on one business day."""
    orders: int = 0
    net: decimal.Decimal = decimal.Decimal('0')
    tax: decimal.Decimal = decimal.Decimal('0')
    gross: decimal.Decimal = decimal.Decimal('0')

    def add(self, other: 'StoreDay') -> None:
        self.orders += other.orders
        self.net += other.net
        self.tax += other.tax
        self.gross += other.gross


@dataclass
class Sales:
    """What the dashboard shows for a date range."""
    start: datetime.date
    end: datetime.date
    stores: list[str] = field(default_factory=list)
    days: list[datetime.date] = field(default_factory=list)
    cells: dict[tuple[str, datetime.date], StoreDay] = field(default_factory=dict)

    def total(self, store: str) -> StoreDay:
        total = StoreDay()
        for (name, _), cell in self.cells.items():
            if name == store:
                total.add(cell)
        return total

    def grand_total(self) -> StoreDay:
        total = StoreDay()
        for cell in self.cells.values():
            total.add(cell)
        return total


def parse_date(value: str | None, label: str = "Date") -> datetime.date | None:
    """``YYYY-MM-DD`` from a request parameter, None when absent or empty;
    a malformed or out-of-range date raises
    :class:`~tailbone_odoo_pos.hardening.InvalidRequest` (HTTP 400)."""
    return hardening.parse_date(value, label)


def default_range(session: Any, today: datetime.date) -> tuple[datetime.date, datetime.date]:
    """The last :data:`DEFAULT_DAYS` business days that have sales (ending
    today when there are none)."""
    end = session.execute(sa.select(sa.func.max(daily_store_sales.c.business_date))).scalar()
    end = end or today
    return end - datetime.timedelta(days=DEFAULT_DAYS - 1), end


def load_sales(session: Any, model: Any, start: datetime.date, end: datetime.date) -> Sales:
    """Daily totals per store between *start* and *end* (inclusive)."""
    v = daily_store_sales
    store = model.Store.__table__
    query = (sa.select(sa.func.coalesce(store.c.name, store.c.id, v.c.store_uuid).label('store'),
                       v.c.business_date, v.c.order_count, v.c.net, v.c.tax, v.c.gross)
             .select_from(v.outerjoin(store, store.c.uuid == v.c.store_uuid))
             .where(v.c.business_date.between(start, end))
             .order_by(v.c.business_date))
    sales = Sales(start=start, end=end)
    day = start
    while day <= end:
        sales.days.append(day)
        day += datetime.timedelta(days=1)
    for row in session.execute(query):
        if row.store not in sales.stores:
            sales.stores.append(row.store)
        cell = sales.cells.setdefault((row.store, row.business_date), StoreDay())
        cell.add(StoreDay(orders=int(row.order_count or 0), net=row.net or 0,
                          tax=row.tax or 0, gross=row.gross or 0))
    sales.stores.sort()
    return sales


class DashboardView(View):
    """The sales dashboard page (``/odoo-pos/dashboard?start=...&end=...``).

    Dates are ``YYYY-MM-DD`` from 1900-01-01 to 2999-12-31, start not after
    end (else HTTP 400 with a message); a range longer than a year shows its
    last year."""

    def __call__(self):
        """Called for each request of the page."""
        from tailbone.db import Session
        session = Session()
        start = parse_date(self.request.GET.get('start'), "Start date")
        end = parse_date(self.request.GET.get('end'), "End date")
        if start and end and start > end:
            raise hardening.InvalidRequest(
                f"The start date {start} is after the end date {end}.")
        if not (start and end):
            dstart, dend = default_range(session, self.app.today())
            if start and not end:
                end = max(start, dend)
            elif end and not start:
                start = end - datetime.timedelta(days=DEFAULT_DAYS - 1)
            else:
                start, end = dstart, dend
        if (end - start).days > 366:
            start = end - datetime.timedelta(days=366)
            self.request.session.flash("Showing at most one year", 'warning')
        sales = load_sales(session, self.model, start, end)
        values = {key: cell.gross for key, cell in sales.cells.items()}
        return {
            'sales': sales,
            'chart': grouped_bar_chart(sales.days, sales.stores, values,
                                       title="Gross sales by store and business day"),
            'app': self.app,
        }

    @classmethod
    def defaults(cls, config):
        """Registers route, permission and view (at app setup)."""
        config.add_tailbone_permission_group('odoo_pos.dashboard', "Odoo POS Sales Dashboard",
                                             overwrite=False)
        config.add_tailbone_permission('odoo_pos.dashboard', PERMISSION,
                                       "View the Odoo POS sales dashboard")
        config.add_route(ROUTE, '/odoo-pos/dashboard')
        config.add_view(cls, route_name=ROUTE, permission=PERMISSION,
                        renderer='tailbone_odoo_pos:templates/odoo_pos/dashboard.mako')


def includeme(config):
    """Pyramid include, called once when the app is configured."""
    DashboardView.defaults(config)
