# SPDX-License-Identifier: GPL-3.0-or-later
"""Sales dashboard: how each store (and all of them) did today, yesterday,
this week and this month against the period before, and daily gross sales by
store over a date range as a chart and a table; every figure links to the
orders behind it.

Read from ``odoo_pos_daily_summary`` (one row per source, store and business
day, kept by the import: :mod:`rattail_odoo_pos.db.daily_summary`), never
from the order lines, so the page costs the same at 10 million lines as at
1,000.  Days are business days in each store's own time zone
(:mod:`tailbone_odoo_pos.localtime`, the reporting view's rule); "today" is a
store's own local date unless the request names a day (``?day=YYYY-MM-DD``).
"""

from __future__ import annotations

import calendar
import datetime
import decimal
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa

from tailbone.views import View

from tailbone_odoo_pos import hardening, localtime
from tailbone_odoo_pos.charts import grouped_bar_chart

ROUTE = 'odoo_pos.dashboard'
PERMISSION = 'odoo_pos.dashboard.view'
#: days the chart shows when the request names no range
DEFAULT_DAYS = 14
#: the orders list the figures link to
ORDERS_ROUTE = 'odoo_pos.orders'

#: the summary table (``OdooPosDailySummary``)
summary = sa.table(
    'odoo_pos_daily_summary',
    sa.column('source'), sa.column('store_uuid'), sa.column('business_date', sa.Date),
    sa.column('order_count', sa.Integer), sa.column('quantity', sa.Numeric),
    sa.column('net', sa.Numeric), sa.column('tax', sa.Numeric), sa.column('gross', sa.Numeric))

ZERO = decimal.Decimal('0')


@dataclass
class StoreDay:
    """Sales of one store on one business day (or over a period)."""
    orders: int = 0
    net: decimal.Decimal = ZERO
    tax: decimal.Decimal = ZERO
    gross: decimal.Decimal = ZERO

    def add(self, other: 'StoreDay') -> None:
        self.orders += other.orders
        self.net += other.net
        self.tax += other.tax
        self.gross += other.gross


@dataclass
class Sales:
    """Daily sales by store over a date range (the chart and its table)."""
    start: datetime.date
    end: datetime.date
    stores: list[str] = field(default_factory=list)
    days: list[datetime.date] = field(default_factory=list)
    cells: dict[tuple[str, datetime.date], StoreDay] = field(default_factory=dict)
    uuids: dict[str, str] = field(default_factory=dict)

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


@dataclass
class Period:
    """A period of the at-a-glance table and the one it is compared with."""
    key: str
    label: str
    start: datetime.date
    end: datetime.date
    prev_start: datetime.date
    prev_end: datetime.date


def periods(today: datetime.date) -> list[Period]:
    """Today, yesterday, this week (from Monday) and this month, each against
    the period before it of the same length (the same weekdays last week, the
    same days of last month)."""
    day = datetime.timedelta(days=1)
    yesterday = today - day
    monday = today - datetime.timedelta(days=today.weekday())
    first = today.replace(day=1)
    prev_first = (first - day).replace(day=1)
    prev_last = prev_first.replace(
        day=min(today.day, calendar.monthrange(prev_first.year, prev_first.month)[1]))
    return [
        Period('today', "Today", today, today, yesterday, yesterday),
        Period('yesterday', "Yesterday", yesterday, yesterday, yesterday - day, yesterday - day),
        Period('week', "This week", monday, today, monday - 7 * day, today - 7 * day),
        Period('month', "This month", first, today, prev_first, prev_last),
    ]


@dataclass
class Figure:
    """One cell of the at-a-glance table."""
    current: StoreDay
    previous: StoreDay
    period: Period
    url: str = ''

    @property
    def change(self) -> decimal.Decimal | None:
        """Gross change against the previous period, in percent (None
        when there was nothing before)."""
        if not self.previous.gross:
            return None
        return ((self.current.gross - self.previous.gross) * 100
                / abs(self.previous.gross)).quantize(decimal.Decimal('0.1'))


@dataclass
class Glance:
    """The at-a-glance table: per store (then all stores) one figure per period."""
    rows: list[tuple[str, str | None, datetime.date, list[Figure]]] = field(default_factory=list)


def parse_date(value: str | None, label: str = "Date") -> datetime.date | None:
    """``YYYY-MM-DD`` from a request parameter, None when absent or empty;
    a malformed or out-of-range date raises
    :class:`~tailbone_odoo_pos.hardening.InvalidRequest` (HTTP 400)."""
    return hardening.parse_date(value, label)


def store_names(session: Any, model: Any) -> dict[str, str]:
    """Name of every store that has an Odoo POS row or sales, by uuid."""
    store = model.Store.__table__
    ext = sa.table('odoo_pos_store', sa.column('store_uuid'))
    uuids = sa.union(sa.select(ext.c.store_uuid), sa.select(summary.c.store_uuid)).subquery()
    rows = session.execute(
        sa.select(uuids.c.store_uuid, sa.func.coalesce(store.c.name, store.c.id))
        .select_from(uuids.outerjoin(store, store.c.uuid == uuids.c.store_uuid))
        .where(uuids.c.store_uuid.isnot(None)))
    return {uuid: name or uuid for uuid, name in rows}


def load_days(session: Any, start: datetime.date, end: datetime.date,
              ) -> dict[tuple[str | None, datetime.date], StoreDay]:
    """Summary rows between *start* and *end* (inclusive), per store and day
    (all sources added up)."""
    s = summary
    query = (sa.select(s.c.store_uuid, s.c.business_date, sa.func.sum(s.c.order_count),
                       sa.func.sum(s.c.net), sa.func.sum(s.c.tax), sa.func.sum(s.c.gross))
             .where(s.c.business_date.between(start, end))
             .group_by(s.c.store_uuid, s.c.business_date))
    return {(row[0], row[1]): StoreDay(orders=int(row[2] or 0), net=row[3] or ZERO,
                                       tax=row[4] or ZERO, gross=row[5] or ZERO)
            for row in session.execute(query)}


def add_up(days: dict, store_uuid: str | None, start: datetime.date,
           end: datetime.date) -> StoreDay:
    total = StoreDay()
    for (uuid, day), cell in days.items():
        if uuid == store_uuid and start <= day <= end:
            total.add(cell)
    return total


def default_range(session: Any, today: datetime.date) -> tuple[datetime.date, datetime.date]:
    """The chart's range without a request: up to :data:`DEFAULT_DAYS` days
    ending on the last business day with sales (not after *today*), starting
    no earlier than the first day with sales (so the chart is not half
    empty); ending *today* when there are none."""
    first, last = session.execute(
        sa.select(sa.func.min(summary.c.business_date), sa.func.max(summary.c.business_date))
        .where(summary.c.business_date <= today)).one()
    if last is None:
        return today - datetime.timedelta(days=DEFAULT_DAYS - 1), today
    return max(first, last - datetime.timedelta(days=DEFAULT_DAYS - 1)), last


def load_sales(session: Any, model: Any, start: datetime.date, end: datetime.date) -> Sales:
    """Daily totals per store between *start* and *end* (inclusive)."""
    names = store_names(session, model)
    sales = Sales(start=start, end=end)
    day = start
    while day <= end:
        sales.days.append(day)
        day += datetime.timedelta(days=1)
    for (uuid, day), cell in sorted(load_days(session, start, end).items(),
                                    key=lambda item: item[0][1]):
        name = names.get(uuid, uuid or "(no store)")
        if name not in sales.stores:
            sales.stores.append(name)
            sales.uuids[name] = uuid
        sales.cells.setdefault((name, day), StoreDay()).add(cell)
    sales.stores.sort()
    return sales


def orders_url(request: Any, store: str | None, start: datetime.date,
               end: datetime.date) -> str:
    """The orders list filtered to a store's sales of a business-day range
    (all stores without *store*): the orders a figure adds up."""
    params = {'filter': 'true', 'business_date.verb': 'between',
              'business_date': f'{start.isoformat()}|{end.isoformat()}'}
    if store is not None:
        params.update({'store': store, 'store.verb': 'equal'})
    return request.route_url(ORDERS_ROUTE, _query=params)


def load_glance(request: Any, session: Any, model: Any, zones: localtime.Zones,
                day: datetime.date | None, now: datetime.datetime | None = None) -> Glance:
    """Per store its today (*day*, else the store's local date), yesterday,
    this week and this month against the periods before; then all stores."""
    names = store_names(session, model)
    todays = {uuid: day or zones.today(uuid, now) for uuid in names}
    if not todays:
        return Glance()
    earliest = min(min(p.prev_start for p in periods(t)) for t in todays.values())
    latest = max(todays.values())
    days = load_days(session, earliest, latest)
    glance = Glance()
    totals: list[Figure] = []
    for uuid, name in sorted(names.items(), key=lambda item: item[1].lower()):
        figures = []
        for i, period in enumerate(periods(todays[uuid])):
            figure = Figure(add_up(days, uuid, period.start, period.end),
                            add_up(days, uuid, period.prev_start, period.prev_end), period,
                            orders_url(request, name, period.start, period.end))
            figures.append(figure)
            if len(totals) <= i:
                totals.append(Figure(StoreDay(), StoreDay(), period))
            total = totals[i]
            total.current.add(figure.current)
            total.previous.add(figure.previous)
            total.period = Period(period.key, period.label,
                                  min(total.period.start, period.start),
                                  max(total.period.end, period.end),
                                  min(total.period.prev_start, period.prev_start),
                                  max(total.period.prev_end, period.prev_end))
        glance.rows.append((name, uuid, todays[uuid], figures))
    for total in totals:
        total.url = orders_url(request, None, total.period.start, total.period.end)
    glance.rows.append(("All stores", None, latest, totals))
    return glance


class DashboardView(View):
    """The sales dashboard page
    (``/odoo-pos/dashboard?day=...&start=...&end=...``).

    ``day`` is the "today" of the at-a-glance table (default: each store's
    local date); ``start``/``end`` the chart's range.  Dates are
    ``YYYY-MM-DD`` from 1900-01-01 to 2999-12-31, start not after end (else
    HTTP 400 with a message); a range longer than a year shows its last year."""

    def __call__(self):
        """Called for each request of the page."""
        from tailbone.db import Session
        session = Session()
        zones = localtime.zones_for(self.request)
        day = parse_date(self.request.GET.get('day'), "Day")
        start = parse_date(self.request.GET.get('start'), "Start date")
        end = parse_date(self.request.GET.get('end'), "End date")
        if start and end and start > end:
            raise hardening.InvalidRequest(
                f"The start date {start} is after the end date {end}.")
        if not (start and end):
            today = day or zones.today(None)
            dstart, dend = default_range(session, today)
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
        glance = load_glance(self.request, session, self.model, zones, day)
        values = {key: cell.gross for key, cell in sales.cells.items()}
        money = self.render_money
        links = {(name, d): orders_url(self.request, name, d, d)
                 for name, d in sales.cells}
        return {
            'sales': sales,
            'glance': glance,
            'day': day,
            'chart': grouped_bar_chart(sales.days, sales.stores, values,
                                       title="Gross sales by store and business day",
                                       money=money, links=links),
            'orders_url': lambda store, a, b: orders_url(self.request, store, a, b),
            'money': money,
            'app': self.app,
        }

    def render_money(self, value) -> str:
        """Money as the app shows it (``$1,234.56``)."""
        return self.app.render_currency(decimal.Decimal(str(value)))

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
