# SPDX-License-Identifier: GPL-3.0-or-later
"""Leftovers of the web UI (issue 11): downloads show times as the pages do
(the store's zone, labelled); the order page's lines and the session page's
orders end with a totals row; the sales reports in Tailbone's "Reports" menu;
Odoo's public user is not a customer.  Pages are read as a person sees them:
the rendered tables' cells and fields, not raw HTML strings."""

from __future__ import annotations

import csv
import datetime
import decimal
import html.parser
import io
import re
import zoneinfo

import pytest

from web_support import grid_data, wait_download

UTC = datetime.timezone.utc


class _Tables(html.parser.HTMLParser):
    """The tables of a page, each a list of rows of cell texts, with the
    table's class; a cell's text is what a person reads in it."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tables: list[tuple[str, list[list[str]]]] = []
        self.stack: list[tuple[str, list[list[str]]]] = []
        self.cell: list[str] | None = None

    def handle_starttag(self, tag, attrs):
        if tag == 'table':
            self.stack.append((dict(attrs).get('class') or '', []))
        elif tag == 'tr' and self.stack:
            self.stack[-1][1].append([])
        elif tag in ('td', 'th') and self.stack:
            self.cell = []

    def handle_endtag(self, tag):
        if tag in ('td', 'th') and self.stack and self.cell is not None:
            self.stack[-1][1][-1].append(' '.join(''.join(self.cell).split()))
            self.cell = None
        elif tag == 'table' and self.stack:
            self.tables.append(self.stack.pop())

    def handle_data(self, data):
        if self.cell is not None:
            self.cell.append(data)


def shown_html(text: str) -> str:
    """The page's HTML with Vue's component templates opened as markup."""
    return re.sub(r'<script type="text/x-template"[^>]*>(.*?)</script>', r'<div>\1</div>',
                  text, flags=re.S)


def table(response, css_class: str) -> list[dict[str, str]]:
    """The rows of the page's table of class *css_class*, as {heading: text}."""
    parser = _Tables()
    parser.feed(shown_html(response.text))
    found = [rows for cls, rows in parser.tables if css_class in cls.split()]
    assert len(found) == 1, f"{len(found)} tables of class {css_class!r} on the page"
    head, *body = found[0]
    return [dict(zip(head, row)) for row in body]


def text(value) -> str:
    """What a grid cell or field shows: its HTML as text."""
    return ' '.join(re.sub(r'<[^>]+>', ' ', str(value or '')).split())


def money(value: str) -> decimal.Decimal:
    return decimal.Decimal(value.replace('$', '').replace(',', '').strip() or '0')


def zone_of(db, model, store_uuid) -> str:
    return (db.query(model.OdooPosStore).filter(model.OdooPosStore.store_uuid == store_uuid)
            .order_by(model.OdooPosStore.odoo_id).first().timezone)


# -- 1. downloads in the store's zone -------------------------------------------------



@pytest.fixture
def far_order(db, db_config):
    """An order of a store outside the server's zone (its time there is not
    the store's) whose local day is not its UTC day."""
    model = db_config.get_app().model
    server_zone = db_config.get('rattail.timezone.default')
    Order = model.OdooPosOrder
    for order in db.query(Order).order_by(Order.odoo_id):
        zone = zone_of(db, model, order.store_uuid)
        local = order.date_order.replace(tzinfo=UTC).astimezone(zoneinfo.ZoneInfo(zone))
        server = order.date_order.replace(tzinfo=UTC).astimezone(zoneinfo.ZoneInfo(server_zone))
        if local.utcoffset() != server.utcoffset() and local.date() != order.date_order.date():
            return order, zone
    pytest.fail("the sandbox has no order of a store outside the server's zone whose "
                "local day differs from its UTC day")


def field_value(response, label: str) -> str:
    """Text of the read-only form field labelled *label* (``<b-field label=...>``)."""
    match = re.search(rf'<b-field[^>]*label="{re.escape(label)}"[^>]*>(.*?)</b-field>',
                      shown_html(response.text), re.S)
    assert match, f"no field {label!r} on the page"
    return text(match.group(1))


@pytest.mark.parametrize('kind', ['csv', 'xlsx'])
def test_downloaded_order_date_equals_the_pages(viewer, web_env, db, db_config, far_order,
                                                kind):
    order, zone = far_order
    params = {'filter': 'true', 'name': order.name, 'name.verb': 'equal'}
    data = grid_data(viewer, '/odoo-pos/orders/', **params)
    rows = [r for r in data['data'] if text(r['name']) == order.name]
    assert len(rows) == 1
    listed = text(rows[0]['date_order'])                   # 2026-11-22 13:02 PST
    page = viewer.get(f'/odoo-pos/orders/{order.uuid}')
    shown = field_value(page, 'Date Order')                 # ... 13:02:46 PST (America/...)
    body = wait_download(viewer, f'/odoo-pos/orders/{kind}')
    if kind == 'csv':
        records = list(csv.DictReader(io.StringIO(body.decode('utf-8'))))
    else:
        import openpyxl
        sheet = openpyxl.load_workbook(io.BytesIO(body)).active
        header, *values = [list(r) for r in sheet.iter_rows(values_only=True)]
        records = [dict(zip(header, r)) for r in values]
    mine = [r for r in records if r['name'] == order.name]
    assert len(mine) == 1, records
    downloaded = str(mine[0]['date_order'])
    # the page's time, to the second, with the same zone label
    assert shown == f"{downloaded} ({zone})"
    day_time, label = downloaded[:16], downloaded.rsplit(' ', 1)[1]
    assert listed == f"{day_time} {label}"
    # and what the sandbox holds, in the store's zone
    sb = web_env.sandbox.sandbox
    [odoo] = sb.search_read('pos.order', [('name', '=', order.name)], ['date_order'])
    local = datetime.datetime.fromisoformat(odoo['date_order']).replace(
        tzinfo=UTC).astimezone(zoneinfo.ZoneInfo(zone))
    assert downloaded == local.strftime('%Y-%m-%d %H:%M:%S %Z')
    server = local.astimezone(zoneinfo.ZoneInfo(db_config.get('rattail.timezone.default')))
    assert not downloaded.startswith(server.strftime('%Y-%m-%d %H:%M'))


# -- 2. totals rows on the order and session pages ------------------------------------

def test_order_page_lines_end_with_their_totals(viewer, web_env, db, db_config):
    model = db_config.get_app().model
    order = max(db.query(model.OdooPosOrder), key=lambda o: len(o.lines))
    page = viewer.get(f'/odoo-pos/orders/{order.uuid}')
    [row] = table(page, 'odoo-pos-row-totals')
    sb = web_env.sandbox.sandbox
    lines = sb.search_read('pos.order.line', [('order_id', '=', order.odoo_id)],
                           ['qty', 'price_subtotal', 'price_subtotal_incl'])
    assert len(lines) == len(order.lines) >= 2
    assert row['Lines'] == str(len(lines))
    assert decimal.Decimal(row['Quantity'].replace(',', '')) == \
        sum(decimal.Decimal(str(line['qty'])) for line in lines)
    assert money(row['Subtotal']) == \
        sum(decimal.Decimal(str(line['price_subtotal'])) for line in lines).quantize(
            decimal.Decimal('0.01'))
    assert money(row['Total']) == \
        sum(decimal.Decimal(str(line['price_subtotal_incl'])) for line in lines).quantize(
            decimal.Decimal('0.01'))
    # the rows above it: the row grid lists those lines
    data = grid_data(viewer, f'/odoo-pos/orders/{order.uuid}', pagesize=500)
    assert data['pager_stats']['item_count'] == len(lines)


def test_session_page_orders_end_with_their_totals(viewer, web_env, db, db_config):
    model = db_config.get_app().model
    session = max(db.query(model.OdooPosSession), key=lambda s: s.orders.count())
    page = viewer.get(f'/odoo-pos/sessions/{session.uuid}')
    [row] = table(page, 'odoo-pos-row-totals')
    sb = web_env.sandbox.sandbox
    orders = sb.search_read('pos.order', [('session_id', '=', session.odoo_id)],
                            ['amount_tax', 'amount_total'])
    assert len(orders) == session.orders.count() >= 2
    assert row['POS Orders'] == str(len(orders))
    cents = decimal.Decimal('0.01')
    assert money(row['Tax']) == \
        sum(decimal.Decimal(str(o['amount_tax'])) for o in orders).quantize(cents)
    assert money(row['Total']) == \
        sum(decimal.Decimal(str(o['amount_total'])) for o in orders).quantize(cents)
    data = grid_data(viewer, f'/odoo-pos/sessions/{session.uuid}', pagesize=500)
    assert data['pager_stats']['item_count'] == len(orders)


# -- 3. the sales reports in Tailbone's Reports menu --------------------------------

def test_sales_reports_are_in_the_reports_menu_and_the_odoo_pos_menu(viewer, nobody):
    import urllib.parse

    from tailbone_odoo_pos.views.reports import REPORTS
    from test_roles import menu_links
    titles = {f"Report: {r.title}" for r in REPORTS.values()}
    assert len(titles) >= 4
    links = menu_links(viewer)
    for menu in ("Reports", "Odoo POS"):
        shown = {title: href for m, title, href in links if m == menu and title in titles}
        assert set(shown) == titles, (menu, sorted(shown))
        for title, href in shown.items():
            page = viewer.get(urllib.parse.urlsplit(href).path)
            assert page.status_int == 200
            assert title.removeprefix("Report: ") in page.text, title
    # a user without the permission sees none of them
    assert not [t for _, t, _ in menu_links(nobody) if t in titles]
