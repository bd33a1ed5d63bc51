# SPDX-License-Identifier: GPL-3.0-or-later
"""What a store manager sees, against the imported sandbox data: employees
with names, customers with ID, phone and email, products with their internal
reference and barcode, the order lines list, a session's orders and cash-up,
a store's sessions.  Pages are read as a person sees them: the text of the
rendered page (scripts and styles left out) or the JSON rows its grid shows.
"""

from __future__ import annotations

import collections
import decimal
import html.parser
import re

import pytest

from web_support import grid_data, missing_permissions


class _Text(html.parser.HTMLParser):
    """Visible text of a page: text nodes outside script/style/template
    attributes, plus the labels Buefy shows from ``label="..."`` attributes."""
    SKIP = {'script', 'style', 'head'}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip += 1
        label = dict(attrs).get('label')
        if label and not self.skip:
            self.parts.append(label)

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.skip:
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip and data.strip():
            self.parts.append(data.strip())


def shown_html(text: str) -> str:
    """The page's HTML with Vue's component templates (``<script
    type="text/x-template">``, which the browser renders) opened as markup."""
    return re.sub(r'<script type="text/x-template"[^>]*>(.*?)</script>', r'<div>\1</div>',
                  text, flags=re.S)


def page_text(response) -> str:
    """The text a person reads on *response*'s page, whitespace collapsed."""
    parser = _Text()
    parser.feed(shown_html(response.text))
    return ' '.join(' '.join(parser.parts).split())


def field_text(response, label: str) -> str:
    """Text shown for the form field labelled *label* on a view page."""
    parser = _Fields()
    parser.feed(shown_html(response.text))
    assert label in parser.fields, f"no field {label!r} on the page ({sorted(parser.fields)})"
    return parser.fields[label]


class _Fields(html.parser.HTMLParser):
    """Text of each ``<b-field label=...>`` of a form (how Tailbone shows a
    read-only field)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.fields: dict[str, str] = {}
        self.stack: list[tuple[str | None, list[str]]] = []   # open b-fields

    def handle_starttag(self, tag, attrs):
        if tag == 'b-field':
            self.stack.append((dict(attrs).get('label'), []))

    def handle_endtag(self, tag):
        if tag == 'b-field' and self.stack:
            label, parts = self.stack.pop()
            if label:
                self.fields.setdefault(label, ' '.join(' '.join(parts).split()))

    def handle_data(self, data):
        for _, parts in self.stack:
            parts.append(data)


def cell(value) -> str:
    """What a grid cell shows: its HTML as text (the grid renders it as HTML)."""
    if value is None:
        return ''
    parser = _Text()
    parser.feed(str(value))
    return ' '.join(' '.join(parser.parts).split())


def grid_rows(client, url: str, **params) -> list[dict]:
    """Every row the grid of the list page at *url* shows (one big page), each
    cell as the text it shows."""
    data = grid_data(client, url, pagesize=500, **params)
    return [{k: cell(v) for k, v in row.items()} for row in data['data']]


# -- 1. employees ------------------------------------------------------------------

def test_employees_list_shows_first_and_last_names(viewer, db, db_config):
    model = db_config.get_app().model
    names = [e.name for e in db.query(model.OdooPosEmployee)]
    assert names, "the import made no employee"
    rows = grid_rows(viewer, '/employees/')
    shown = {(r['first_name'], r['last_name']) for r in rows}
    for name in names:
        words = name.split()
        expected = (' '.join(words[:-1]), words[-1]) if len(words) > 1 else (name, '')
        assert expected in shown, f"employee {name!r} is not listed as {expected}"
    assert all(first or last for first, last in shown), "a blank row in the employees list"


# -- 2. customers ------------------------------------------------------------------

def test_customers_show_id_phone_and_email(viewer, db, db_config):
    model = db_config.get_app().model
    ext = model.OdooPosCustomer
    partners = db.query(ext).filter(ext.source == 'default').all()
    with_both = [p for p in partners if p.phone and p.email]
    assert with_both, "the sandbox has no customer with phone and email"
    rows = grid_rows(viewer, '/customers/')
    by_id = {str(r.get('_customer_key_') or r.get('id')): r for r in rows}
    for partner in partners:
        row = by_id.get(str(partner.odoo_id))
        assert row is not None, f"customer {partner.name!r} is not listed with ID {partner.odoo_id}"
        assert row['name'] == partner.name
        if partner.phone:
            assert row['phone'] == partner.phone.strip()
        if partner.email:
            assert row['email'] == partner.email.strip()
    # the customer's own page shows them too
    partner = with_both[0]
    page = viewer.get(f'/customers/{partner.customer_uuid}')
    assert field_text(page, 'ID') == str(partner.odoo_id)
    assert field_text(page, 'Phone Number') == partner.phone.strip()
    assert field_text(page, 'Email Address') == partner.email.strip()


def test_reimporting_customers_adds_no_phone_or_email_row(db, db_config, web_env):
    """The import ran once when the fixtures loaded; one row per customer and
    Odoo phone/email, however often the customer was imported."""
    model = db_config.get_app().model
    for phone_or_email, attr in ((model.CustomerPhoneNumber, 'number'),
                                 (model.CustomerEmailAddress, 'address')):
        counts = collections.Counter(
            (row.parent_uuid, getattr(row, attr)) for row in db.query(phone_or_email))
        assert counts and max(counts.values()) == 1


# -- 3. products -------------------------------------------------------------------

def test_product_page_shows_internal_reference_barcode_upc_and_odoo(viewer, db, db_config):
    model = db_config.get_app().model
    ext = model.OdooPosProduct
    products = db.query(ext).filter(ext.source == 'default').order_by(ext.odoo_id).all()
    with_code = [p for p in products if p.default_code and not p.barcode]
    with_barcode = [p for p in products if p.barcode]
    assert with_code and with_barcode, "the sandbox lost its reference codes or barcodes"
    for partner in (with_code[0], with_barcode[0]):
        page = viewer.get(f'/products/{partner.product_uuid}')
        assert field_text(page, 'Internal Reference') == partner.default_code
        assert field_text(page, 'Barcode') == (partner.barcode or '')
        assert f'product.product #{partner.odoo_id} (default)' in field_text(page, 'Odoo POS')
    # a valid GTIN is the product's UPC too (shown as the product key)
    page = viewer.get(f'/products/{with_barcode[0].product_uuid}')
    assert with_barcode[0].barcode[:-1] in re.sub(r'\D', '', field_text(page, 'UPC'))


# -- 4. order lines ----------------------------------------------------------------

def local_date(db_config, value):
    """The (server-local) day of a UTC timestamp, as Tailbone's date filters see it."""
    app = db_config.get_app()
    return app.localtime(value, from_utc=True).date()


def test_order_lines_list_filters_by_product_store_and_date(viewer, db, db_config):
    model = db_config.get_app().model
    Line, Order = model.OdooPosOrderLine, model.OdooPosOrder
    lines = db.query(Line).join(Order, Order.uuid == Line.order_uuid).all()
    assert lines
    data = grid_data(viewer, '/odoo-pos/order-lines/')
    assert data['pager_stats']['item_count'] == len(lines)
    page = viewer.get('/odoo-pos/order-lines/')
    assert "POS Order Lines" in page_text(page)

    # "who bought X": the lines of one product
    product = collections.Counter(l.product for l in lines if l.product).most_common(1)[0][0]
    rows = grid_rows(viewer, '/odoo-pos/order-lines/', filter='true',
                     product=product.description, **{'product.verb': 'equal'})
    expected = [l for l in lines if l.product is not None
                and l.product.description == product.description]
    assert len(rows) == len(expected) > 0
    assert {r['product'] for r in rows} == {product.description}
    assert sorted(r['order'] for r in rows) == sorted(l.order.name for l in expected)

    # one store's lines, each row naming that store
    store = collections.Counter(l.order.store for l in lines).most_common(1)[0][0]
    rows = grid_rows(viewer, '/odoo-pos/order-lines/', filter='true',
                     store=store.name, **{'store.verb': 'equal'})
    assert len(rows) == sum(1 for l in lines if l.order.store is store) > 0
    assert {r['store'] for r in rows} == {store.name}

    # "what sold on <day>": the lines of the orders of one day
    days = collections.Counter(local_date(db_config, l.order.date_order) for l in lines)
    day = days.most_common(1)[0][0]
    rows = grid_rows(viewer, '/odoo-pos/order-lines/', filter='true',
                     date_order=day.isoformat(), **{'date_order.verb': 'equal'})
    assert len(rows) == days[day] < len(lines)
    for row in rows:
        shown = re.search(r'\d{4}-\d{2}-\d{2}', row['date_order'])
        assert shown and shown.group(0) == day.isoformat(), row['date_order']


def test_order_lines_list_needs_its_permission(nobody, viewer):
    response = nobody.get('/odoo-pos/order-lines/', status=403)
    assert any('(odoo_pos.order_lines.list)' in line for line in missing_permissions(response))
    menu = page_text(viewer.get('/').maybe_follow())
    assert "POS Order Lines" in menu


def test_order_page_still_lists_its_lines(viewer, db, db_config):
    model = db_config.get_app().model
    order = max(db.query(model.OdooPosOrder), key=lambda o: len(o.lines))
    data = grid_data(viewer, f'/odoo-pos/orders/{order.uuid}')
    assert data['pager_stats']['item_count'] == len(order.lines) >= 2


# -- 5. sessions and stores --------------------------------------------------------

def busiest_session(db, model):
    return max(db.query(model.OdooPosSession), key=lambda s: s.orders.count())


def test_session_page_lists_its_orders(viewer, db, db_config):
    model = db_config.get_app().model
    session = busiest_session(db, model)
    orders = session.orders.all()
    assert len(orders) >= 2
    page = viewer.get(f'/odoo-pos/sessions/{session.uuid}')
    assert "POS Orders" in page_text(page)
    data = grid_data(viewer, f'/odoo-pos/sessions/{session.uuid}', pagesize=500)
    assert data['pager_stats']['item_count'] == len(orders)
    names = sorted(cell(r['name']) for r in data['data'])
    assert names == sorted(o.name for o in orders)


def test_session_page_shows_its_cash_up_by_payment_method(viewer, db, db_config):
    model = db_config.get_app().model
    session = busiest_session(db, model)
    totals: dict[str, decimal.Decimal] = collections.defaultdict(decimal.Decimal)
    counts: collections.Counter = collections.Counter()
    for order in session.orders:
        for payment in order.payments:
            totals[payment.tender.name] += payment.amount
            counts[payment.tender.name] += 1
    assert len(totals) >= 1
    page = viewer.get(f'/odoo-pos/sessions/{session.uuid}')
    shown = field_text(page, 'Cash-up')
    for name, amount in totals.items():
        assert re.search(rf'{re.escape(name)} {counts[name]} \$?{amount:,.2f}', shown), \
            (name, amount, shown)
    grand = sum(totals.values())
    assert re.search(rf'Total {sum(counts.values())} \$?{grand:,.2f}', shown), shown
    if session.cash_register_balance_end_real is not None:
        assert f'Counted cash ${session.cash_register_balance_end_real:,.2f}' in shown


def test_store_page_shows_its_sessions(viewer, db, db_config):
    model = db_config.get_app().model
    session = busiest_session(db, model)
    store = session.store
    sessions = db.query(model.OdooPosSession).filter_by(store_uuid=store.uuid).all()
    page = viewer.get(f'/stores/{store.uuid}')
    shown = field_text(page, 'POS Sessions')
    for record in sessions[:20]:
        assert record.name in shown
    others = db.query(model.OdooPosSession).filter(
        model.OdooPosSession.store_uuid != store.uuid).all()
    assert others and not any(o.name in shown for o in others
                              if not any(o.name in s.name for s in sessions))
    orders = session.orders.all()
    total = sum(o.amount_total for o in orders)
    assert re.search(rf'{re.escape(session.name)} .*? {len(orders)} \$?{total:,.2f}', shown)
    assert f"All {len(sessions)} sessions of this store" in shown


# -- 6. customers and products list their POS sales ---------------------------------

class _SalesTable(html.parser.HTMLParser):
    """The "POS Sales" field of a view page: the cells of its table's body
    rows, its summary line and its link (text, href)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.rows: list[list[str]] = []
        self.summary = ''
        self.links: list[tuple[str, str]] = []
        self.inside = 0          # depth of open tags within the sales field's div
        self.where: str | None = None
        self.href: str | None = None
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if self.links:      # the product page carries the field twice: read the first
            return
        if tag == 'table' and 'odoo-pos-sales' in (attrs.get('class') or '').split():
            self.inside = 1
            return
        if not self.inside and tag == 'p' and attrs.get('class') == 'odoo-pos-sales-summary':
            self.where, self.text = 'summary', []
        elif self.where == 'after' and tag == 'a':
            self.where, self.href, self.text = 'link', attrs.get('href'), []
        elif self.inside:
            if tag == 'tr':
                self.row: list[str] | None = [] if self.in_body else None
            elif tag == 'tbody':
                self.in_body = True
            elif tag == 'td':
                self.text = []
        self.in_body = getattr(self, 'in_body', False)

    def handle_endtag(self, tag):
        if self.inside:
            if tag == 'td' and self.row is not None:
                self.row.append(' '.join(' '.join(self.text).split()))
            elif tag == 'tr' and self.row is not None:
                self.rows.append(self.row)
            elif tag == 'table':
                self.inside = 0
        elif self.where == 'summary' and tag == 'p':
            self.summary, self.where = ' '.join(' '.join(self.text).split()), 'after'
        elif self.where == 'link' and tag == 'a':
            self.links.append((' '.join(' '.join(self.text).split()), self.href))
            self.where = None

    def handle_data(self, data):
        self.text.append(data)


def sales_table(response) -> _SalesTable:
    parser = _SalesTable()
    parser.feed(shown_html(response.text))
    assert parser.rows, "no POS sales table on the page"
    return parser


def list_rows_of_link(client, href: str) -> list[dict]:
    """Every row of the list page the link *href* opens (its filters kept)."""
    import urllib.parse
    url = urllib.parse.urlsplit(href)
    params = dict(urllib.parse.parse_qsl(url.query))
    return grid_rows(client, url.path, **params)


def test_customer_page_shows_its_pos_orders(viewer, db, db_config):
    model = db_config.get_app().model
    Order = model.OdooPosOrder
    by_customer = collections.Counter(
        o.customer for o in db.query(Order).filter(Order.customer_uuid.isnot(None)))
    customer, _ = by_customer.most_common(1)[0]
    app = db_config.get_app()
    orders = db.query(Order).filter(Order.customer_uuid == customer.uuid).all()
    assert len(orders) >= 2
    total = sum(o.amount_total for o in orders)
    page = viewer.get(f'/customers/{customer.uuid}')
    table = sales_table(page)
    newest = sorted(orders, key=lambda o: (o.date_order, o.name), reverse=True)[:10]
    assert [row[2] for row in table.rows] == [o.name for o in newest]
    for row, order in zip(table.rows, newest):
        assert row[1] == order.store.name
        assert row[3] == app.render_currency(order.amount_total)
    assert table.summary == f"{len(orders)} orders, total {app.render_currency(total)}"
    (text, href), = table.links
    assert text == f"all {len(orders)} orders"
    rows = list_rows_of_link(viewer, href)
    assert sorted(r['name'] for r in rows) == sorted(o.name for o in orders)
    assert {r['customer'] for r in rows} == {customer.name}
    # the first row's order link opens that order's page
    first = viewer.get(f'/odoo-pos/orders/{newest[0].uuid}')
    assert newest[0].name in page_text(first)


def test_product_page_shows_its_pos_order_lines(viewer, db, db_config):
    model = db_config.get_app().model
    Line = model.OdooPosOrderLine
    by_product = collections.Counter(
        l.product for l in db.query(Line).filter(Line.product_uuid.isnot(None)))
    product, _ = by_product.most_common(1)[0]
    lines = db.query(Line).filter(Line.product_uuid == product.uuid).all()
    assert len(lines) > 10, "want more lines than the page shows"
    app = db_config.get_app()
    page = viewer.get(f'/products/{product.uuid}')
    table = sales_table(page)
    assert len(table.rows) == 10
    newest = sorted(lines, key=lambda l: (l.order.date_order, l.odoo_id), reverse=True)[:10]
    assert [row[2] for row in table.rows] == [l.order.name for l in newest]
    for row, line in zip(table.rows, newest):
        assert row[1] == line.order.store.name
        assert row[3] == app.render_quantity(line.qty)
        assert row[4] == app.render_currency(line.price_subtotal_incl)
    qty = sum(l.qty for l in lines)
    total = sum(l.price_subtotal_incl for l in lines)
    assert table.summary == (f"{len(lines)} lines, quantity {app.render_quantity(qty)}, "
                             f"total {app.render_currency(total)}"), table.summary
    (text, href), = table.links
    assert text == f"all {len(lines)} order lines"
    rows = list_rows_of_link(viewer, href)
    assert sorted(r['order'] for r in rows) == sorted(l.order.name for l in lines)
    assert {r['product'] for r in rows} == {product.description}
