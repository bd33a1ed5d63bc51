# SPDX-License-Identifier: GPL-3.0-or-later
"""Sales reports: sales by product, by department, by cashier and by payment
method, for a range of business days and a store (or all stores), on screen
and as CSV or XLSX, read from the reporting view ``odoo_pos_sales_line``
(:mod:`rattail_odoo_pos.db.reporting`: sale states, refunds negative,
business days in each store's own time zone).

``/odoo-pos/reports/<report>?start=YYYY-MM-DD&end=...&store=<uuid>&format=csv|xlsx``;
the download holds exactly the rows and the totals row the page shows.
"""

from __future__ import annotations

import csv
import datetime
import decimal
import io
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa

from tailbone.views import View

from tailbone_odoo_pos import hardening, localtime

PERMISSION = 'odoo_pos.reports.view'
#: days a report covers when the request names no range (ending on the last
#: business day with sales)
DEFAULT_DAYS = 7
#: the sales lines of the request's range and store (the reporting view; the
#: orders' UTC dates narrow the scan first: a business day is within
#: -2/+3 days of its UTC dates, whatever the zone)
LINES = """
    SELECT sl.* FROM odoo_pos_sales_line sl
    WHERE sl.business_date BETWEEN :start AND :end
      AND sl.order_uuid IN (SELECT o.uuid FROM odoo_pos_order o
                            WHERE o.date_order >= :lo AND o.date_order < :hi)
      AND (CAST(:store AS text) IS NULL OR sl.store_uuid = :store)
"""


@dataclass(frozen=True)
class Column:
    key: str
    label: str
    kind: str = 'text'          # text | int | quantity | money


@dataclass(frozen=True)
class Report:
    """One report: its route slug, title, columns and SQL (grouping the
    ``lines`` CTE)."""
    slug: str
    title: str
    columns: tuple[Column, ...]
    sql: str

    @property
    def route(self) -> str:
        return f'odoo_pos.reports.{self.slug.replace("-", "_")}'


MONEY_COLUMNS = (Column('net', "Net", 'money'), Column('tax', "Tax", 'money'),
                 Column('gross', "Gross", 'money'))
SALES = ("sum(l.quantity) AS quantity, count(DISTINCT l.order_uuid) AS orders, "
         "sum(l.net) AS net, sum(l.tax) AS tax, sum(l.gross) AS gross")

REPORTS: dict[str, Report] = {r.slug: r for r in (
    Report('product', "Sales by Product", (
        Column('product', "Product"), Column('item_id', "Internal Reference"),
        Column('department', "Department"), Column('quantity', "Quantity", 'quantity'),
        Column('orders', "Orders", 'int'), *MONEY_COLUMNS),
        f"""SELECT COALESCE(p.description, '(no product)') AS product, p.item_id AS item_id,
                   d.name AS department, {SALES}
            FROM lines l LEFT JOIN product p ON p.uuid = l.product_uuid
            LEFT JOIN department d ON d.uuid = l.department_uuid
            GROUP BY l.product_uuid, p.description, p.item_id, d.name
            ORDER BY gross DESC NULLS LAST, product"""),
    Report('department', "Sales by Department", (
        Column('department', "Department"), Column('quantity', "Quantity", 'quantity'),
        Column('orders', "Orders", 'int'), *MONEY_COLUMNS),
        f"""SELECT COALESCE(d.name, '(no department)') AS department, {SALES}
            FROM lines l LEFT JOIN department d ON d.uuid = l.department_uuid
            GROUP BY l.department_uuid, d.name
            ORDER BY gross DESC NULLS LAST, department"""),
    Report('cashier', "Sales by Cashier", (
        Column('cashier', "Cashier"), Column('quantity', "Quantity", 'quantity'),
        Column('orders', "Orders", 'int'), *MONEY_COLUMNS),
        f"""SELECT COALESCE(e.display_name, '(no cashier)') AS cashier, {SALES}
            FROM lines l JOIN odoo_pos_order o ON o.uuid = l.order_uuid
            LEFT JOIN employee e ON e.uuid = o.employee_uuid
            GROUP BY o.employee_uuid, e.display_name
            ORDER BY gross DESC NULLS LAST, cashier"""),
    Report('payment-method', "Sales by Payment Method", (
        Column('payment_method', "Payment Method"), Column('payments', "Payments", 'int'),
        Column('orders', "Orders", 'int'), Column('amount', "Amount", 'money')),
        """SELECT COALESCE(t.name, '(no payment method)') AS payment_method,
                  count(*) AS payments, count(DISTINCT p.order_uuid) AS orders,
                  sum(p.amount) AS amount
           FROM (SELECT DISTINCT order_uuid FROM lines) s
           JOIN odoo_pos_payment p ON p.order_uuid = s.order_uuid
           LEFT JOIN tender t ON t.uuid = p.tender_uuid
           GROUP BY p.tender_uuid, t.name
           ORDER BY amount DESC NULLS LAST, payment_method"""),
)}

#: the totals row: distinct orders of the whole range (an order is in several rows)
TOTAL_ORDERS = "SELECT count(DISTINCT order_uuid) FROM lines"


@dataclass
class Result:
    """What a report shows: its rows (dicts by column key) and the totals row."""
    report: Report
    start: datetime.date
    end: datetime.date
    store_uuid: str | None
    store_name: str
    rows: list[dict[str, Any]] = field(default_factory=list)
    totals: dict[str, Any] = field(default_factory=dict)


def run_report(session: Any, report: Report, start: datetime.date, end: datetime.date,
               store_uuid: str | None, store_name: str = "All stores") -> Result:
    """Rows and totals of *report* for the business days *start*..*end* of a
    store (all stores when *store_uuid* is None)."""
    params = {'start': start, 'end': end, 'store': store_uuid,
              'lo': datetime.datetime.combine(start, datetime.time()) - datetime.timedelta(days=2),
              'hi': datetime.datetime.combine(end, datetime.time()) + datetime.timedelta(days=3)}
    cte = f"WITH lines AS ({LINES}) "
    result = Result(report, start, end, store_uuid, store_name)
    for row in session.execute(sa.text(cte + report.sql), params).mappings():
        result.rows.append({c.key: row[c.key] for c in report.columns})
    totals: dict[str, Any] = {report.columns[0].key: "Total"}
    for col in report.columns[1:]:
        if col.kind in ('int', 'quantity', 'money'):
            totals[col.key] = sum((r[col.key] or 0 for r in result.rows),
                                  decimal.Decimal(0) if col.kind != 'int' else 0)
        else:
            totals[col.key] = ''
    if 'orders' in totals:
        totals['orders'] = session.execute(sa.text(cte + TOTAL_ORDERS), params).scalar() or 0
    result.totals = totals
    return result


def plain(value: Any, kind: str) -> Any:
    """A cell as the downloads hold it: numbers as numbers (money to the cent)."""
    if value is None:
        return ''
    if kind == 'money':
        return decimal.Decimal(value).quantize(decimal.Decimal('0.01'))
    if kind == 'quantity':
        return decimal.Decimal(format(decimal.Decimal(value).normalize(), 'f'))
    return value


def to_csv(result: Result) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    cols = result.report.columns
    writer.writerow([c.label for c in cols])
    for row in result.rows + [result.totals]:
        writer.writerow([plain(row[c.key], c.kind) for c in cols])
    return out.getvalue().encode('utf-8')


def to_xlsx(result: Result) -> bytes:
    import openpyxl
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = result.report.title[:31]
    cols = result.report.columns
    sheet.append([c.label for c in cols])
    for row in result.rows + [result.totals]:
        values = []
        for c in cols:
            value = plain(row[c.key], c.kind)
            values.append(float(value) if isinstance(value, decimal.Decimal) else value)
        sheet.append(values)
    for i, c in enumerate(cols, start=1):
        if c.kind == 'money':
            for cell in sheet.iter_rows(min_row=2, min_col=i, max_col=i):
                cell[0].number_format = '#,##0.00'
    for cell in sheet[sheet.max_row]:
        cell.font = openpyxl.styles.Font(bold=True)
    buf = io.BytesIO()
    book.save(buf)
    return buf.getvalue()


class ReportView(View):
    """One report page; ``report`` is set per route by :func:`includeme`."""
    report: Report

    def __call__(self):
        """Called for each request of the page (or its download)."""
        from tailbone.db import Session
        session = Session()
        model = self.app.model
        get = self.request.GET
        start = hardening.parse_date(get.get('start'), "Start date")
        end = hardening.parse_date(get.get('end'), "End date")
        if start and end and start > end:
            raise hardening.InvalidRequest(
                f"The start date {start} is after the end date {end}.")
        if not end:
            zones = localtime.zones_for(self.request)
            end = session.execute(sa.text(
                "SELECT max(business_date) FROM odoo_pos_daily_summary "
                "WHERE business_date <= :today"), {'today': zones.today(None)}).scalar() \
                or zones.today(None)
            if start and start > end:
                end = start
        if not start:
            start = end - datetime.timedelta(days=DEFAULT_DAYS - 1)
        if (end - start).days > 366:
            raise hardening.InvalidRequest("A report covers at most one year "
                                           f"({start} to {end} is longer).")
        stores = self.stores(session, model)
        store_uuid = get.get('store') or None
        if store_uuid and store_uuid not in stores:
            raise hardening.InvalidRequest(f"No store {hardening.describe(store_uuid)}.")
        result = run_report(session, self.report, start, end, store_uuid,
                            stores[store_uuid] if store_uuid else "All stores")
        fmt = get.get('format') or ''
        if fmt in ('csv', 'xlsx'):
            return self.download(result, fmt)
        if fmt:
            raise hardening.InvalidRequest(f"Unknown format {hardening.describe(fmt)} "
                                           "(csv or xlsx).")
        query = {'start': start.isoformat(), 'end': end.isoformat()}
        if store_uuid:
            query['store'] = store_uuid
        return {
            'result': result, 'report': self.report, 'reports': list(REPORTS.values()),
            'stores': stores, 'cell': self.cell, 'query': query,
            'download_url': lambda fmt: self.request.current_route_url(
                _query=dict(query, format=fmt)),
            'index_title': "Odoo POS Reports",
        }

    @staticmethod
    def stores(session: Any, model: Any) -> dict[str, str]:
        """Stores that have an Odoo POS row, by uuid (for the store choice)."""
        store, ext = model.Store, model.OdooPosStore
        rows = (session.query(store.uuid, store.name, store.id)
                .filter(store.uuid.in_(session.query(ext.store_uuid)))
                .order_by(store.name).all())
        return {uuid: name or id_ or uuid for uuid, name, id_ in rows}

    def cell(self, value: Any, kind: str) -> str:
        """A cell as the page shows it."""
        if value is None or value == '':
            return ''
        if kind == 'money':
            return self.app.render_currency(decimal.Decimal(value))
        if kind == 'quantity':
            return self.app.render_quantity(decimal.Decimal(value))
        if kind == 'int':
            return f'{int(value):,}'
        return str(value)

    def download(self, result: Result, fmt: str):
        body = to_csv(result) if fmt == 'csv' else to_xlsx(result)
        name = (f"{result.report.slug}-sales-{result.start.isoformat()}-"
                f"{result.end.isoformat()}.{fmt}")
        response = self.request.response
        response.body = body
        response.content_type = ('text/csv' if fmt == 'csv' else
                                 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        if fmt == 'csv':
            response.charset = 'utf-8'
        response.content_disposition = f'attachment; filename="{name}"'
        return response


def includeme(config):
    """Pyramid include, called once when the app is configured: one route and
    view per report, one permission for all."""
    config.add_tailbone_permission_group('odoo_pos.reports', "Odoo POS Reports",
                                         overwrite=False)
    config.add_tailbone_permission('odoo_pos.reports', PERMISSION,
                                   "View and download the Odoo POS sales reports")
    for report in REPORTS.values():
        view = type(f"{report.slug.title().replace('-', '')}ReportView", (ReportView,),
                    {'report': report, '__module__': __name__,
                     '__doc__': f"The {report.title} report page."})
        config.add_route(report.route, f'/odoo-pos/reports/{report.slug}')
        config.add_view(view, route_name=report.route, permission=PERMISSION,
                        renderer='tailbone_odoo_pos:templates/odoo_pos/report.mako')
