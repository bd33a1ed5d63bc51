# SPDX-License-Identifier: GPL-3.0-or-later
"""Issue 11's last gaps, as WebTest sees the rendered pages: the dashboard as
the app's home page, an order's payments in business columns and its
currency (the sandbox's point of sale currency), and the customer / product
pages' links to their orders / lines filtered by the record (two records of
the same name do not share a list)."""

from __future__ import annotations

import datetime
import decimal
import re
import urllib.parse

import pytest

from test_manager import field_text, grid_rows, list_rows_of_link, page_text, sales_table, \
    shown_html


# -- home -------------------------------------------------------------------------------

def test_home_is_the_dashboard_for_who_may_see_it(viewer, nobody, anonymous):
    home = viewer.get('/')
    assert home.status_int == 302
    assert urllib.parse.urlsplit(home.location).path == '/odoo-pos/dashboard'
    dashboard = home.follow()
    assert "Sales Dashboard" in page_text(dashboard) or "At a glance" in page_text(dashboard)
    # no dashboard permission: Tailbone's home page as before
    plain = nobody.get('/')
    assert plain.status_int == 200
    assert 'odoo-pos-glance' not in plain.text
    assert anonymous.get('/').status_int in (200, 302)


# -- an order's payments and currency ----------------------------------------------------

def payments_table(response) -> tuple[list[str], list[list[str]]]:
    """Headings and rows (cell texts) of the order page's payments table."""
    import bs4
    soup = bs4.BeautifulSoup(shown_html(response.text), 'html.parser')
    table = soup.select_one('table.odoo-pos-payments')
    assert table is not None, "no payments table on the order page"
    heads = [' '.join(th.get_text().split()) for th in table.select('thead th')]
    rows = [[' '.join(td.get_text().split()) for td in tr.select('td')]
            for tr in table.select('tbody tr')]
    return heads, rows


def test_order_payments_show_business_columns_and_the_currency(viewer, db, db_config, web_env):
    app = db_config.get_app()
    model = app.model
    Order, Payment = model.OdooPosOrder, model.OdooPosPayment
    # an order that gave change (a payment with is_change), else any order with payments
    change = db.query(Payment).filter(Payment.is_change.is_(True)).first()
    order = change.order if change is not None else \
        db.query(Order).join(Payment, Payment.order_uuid == Order.uuid).first()
    page = viewer.get(f'/odoo-pos/orders/{order.uuid}')
    heads, rows = payments_table(page)
    assert heads == ["Payment Date", "Payment Method", "Amount", "Kind"], heads
    for technical in ("Source", "Odoo Id", "Odoo ID", "Odoo Write Date", "Is Change"):
        assert technical not in heads
    assert len(rows) == len(order.payments)
    zone = db.query(model.OdooPosStore.timezone).filter(
        model.OdooPosStore.store_uuid == order.store_uuid).first()[0]
    import zoneinfo
    for row, payment in zip(rows, order.payments):
        local = payment.payment_date.replace(tzinfo=datetime.timezone.utc).astimezone(
            zoneinfo.ZoneInfo(zone))
        assert row[0].startswith(local.strftime('%Y-%m-%d %H:%M')), row
        assert local.strftime('%Z') in row[0]
        assert row[1] == payment.tender.name
        assert row[2] == app.render_currency(payment.amount)
        assert row[3] == ("Change given" if payment.is_change else "Payment")
    if change is not None:
        assert "Change given" in [r[3] for r in rows]
    # the currency: the one of the order's point of sale in the sandbox
    expected = order_currency_in_sandbox(web_env, order.odoo_id)
    assert expected, "the sandbox's point of sale has no currency"
    assert field_text(page, "Currency") == expected


def order_currency_in_sandbox(web_env, odoo_id: int) -> str:
    """The currency of the order's point of sale, read over XML-RPC from the
    served sandbox (what Odoo answers)."""
    import xmlrpc.client
    url = web_env.sandbox.url
    common = xmlrpc.client.ServerProxy(f'{url}/xmlrpc/2/common')
    uid = common.authenticate('pos17', 'admin', 'admin', {})
    models = xmlrpc.client.ServerProxy(f'{url}/xmlrpc/2/object')
    order, = models.execute_kw('pos17', uid, 'admin', 'pos.order', 'read', [[odoo_id]],
                               {'fields': ['config_id']})
    config, = models.execute_kw('pos17', uid, 'admin', 'pos.config', 'read',
                                [[order['config_id'][0]]], {'fields': ['currency_id']})
    return config['currency_id'][1] if config['currency_id'] else ''


# -- same-name customers and products ----------------------------------------------------

@pytest.fixture
def namesakes(db, db_config):
    """A second customer named like the customer with most orders, and a
    second product described like the product with most lines, each with one
    order / line of its own (removed after the test)."""
    import collections
    model = db_config.get_app().model
    Order, Line = model.OdooPosOrder, model.OdooPosOrderLine
    customer, _ = collections.Counter(
        o.customer for o in db.query(Order).filter(Order.customer_uuid.isnot(None))
    ).most_common(1)[0]
    product, _ = collections.Counter(
        l.product for l in db.query(Line).filter(Line.product_uuid.isnot(None))
    ).most_common(1)[0]
    template = db.query(Order).filter(Order.customer_uuid == customer.uuid).first()
    twin_customer = model.Customer(name=customer.name, id='TWIN-1')
    twin_product = model.Product(description=product.description, item_id='TWIN-1')
    db.add_all([twin_customer, twin_product])
    db.flush()
    order = Order(source=template.source, odoo_id=990001, name='TWIN/0001',
                  store_uuid=template.store_uuid, session_uuid=template.session_uuid,
                  customer_uuid=twin_customer.uuid, date_order=template.date_order,
                  state='paid', amount_total=decimal.Decimal('12.34'),
                  amount_tax=decimal.Decimal('0'), currency=template.currency)
    db.add(order)
    db.flush()
    db.add(Line(source=template.source, odoo_id=990001, order_uuid=order.uuid,
                product_uuid=twin_product.uuid, full_product_name=product.description,
                qty=decimal.Decimal(1), price_unit=decimal.Decimal('12.34'),
                price_subtotal=decimal.Decimal('12.34'),
                price_subtotal_incl=decimal.Decimal('12.34')))
    db.commit()
    try:
        yield customer, twin_customer, product, twin_product
    finally:
        db.rollback()
        db.delete(db.get(Order, order.uuid))
        db.flush()
        db.delete(db.get(model.Customer, twin_customer.uuid))
        db.delete(db.get(model.Product, twin_product.uuid))
        db.commit()


def test_same_name_customers_and_products_do_not_share_a_list(viewer, db, db_config,
                                                              namesakes):
    model = db_config.get_app().model
    Order, Line = model.OdooPosOrder, model.OdooPosOrderLine
    customer, twin_customer, product, twin_product = namesakes
    assert customer.name == twin_customer.name
    for record in (customer, twin_customer):
        table = sales_table(viewer.get(f'/customers/{record.uuid}'))
        (text, href), = table.links
        expected = sorted(o.name for o in db.query(Order).filter(
            Order.customer_uuid == record.uuid))
        assert text == f"all {len(expected)} orders"
        assert sorted(r['name'] for r in list_rows_of_link(viewer, href)) == expected
        # the list page shows the filter it applies (a person sees and clears it)
        listing = viewer.get(href)
        assert "Customer (record key)" in shown_html(listing.text)
        assert record.uuid in listing.text
    assert product.description == twin_product.description
    for record in (product, twin_product):
        table = sales_table(viewer.get(f'/products/{record.uuid}'))
        (text, href), = table.links
        lines = db.query(Line).filter(Line.product_uuid == record.uuid).all()
        assert text == f"all {len(lines)} order lines"
        rows = list_rows_of_link(viewer, href)
        assert sorted(r['order'] for r in rows) == sorted(l.order.name for l in lines)
        assert "Product (record key)" in shown_html(viewer.get(href).text)
    # cleared, the filter no longer holds the list to one record
    href = sales_table(viewer.get(f'/customers/{twin_customer.uuid}')).links[0][1]
    path = urllib.parse.urlsplit(href).path
    everything = grid_rows(viewer, path, filter='true')       # no customer_key: removed
    assert len(everything) > 1
