# SPDX-License-Identifier: GPL-3.0-or-later
"""Every page a store manager uses, as a person sees it in headless Chromium
(against ``pserve``), with a screenshot of each in ``test-artifacts/``:

* after login the home page is the sales dashboard (``12-home-dashboard``);
* the native Store, Product, Customer, Employee, Tender and Department pages
  show their Odoo POS panel: the Odoo record and source (``13-store`` ...
  ``18-department``);
* a session page lists its orders and its cash-up (``19-session``);
* an order page: lines, payments in business columns, currency (``20-order``);
* the order lines list (``21-order-lines``);
* the other reports (``22-report-department``, ``23-report-cashier``,
  ``24-report-payment-method``);
* a user without the permission gets the 403 page naming what is missing
  (``25-forbidden``), and Tailbone's home page (``26-home-no-dashboard``);
* a customer's "all N orders": its own orders, the record filter shown in
  the grid (``27-customer-orders``).

The login page, orders list, dashboard, dashboard click, sync status and
version history are shot by ``test_browser.py`` and ``test_dashboard_browser.py``.
"""

from __future__ import annotations

import collections
import urllib.parse

import pytest
import sqlalchemy as sa

from test_browser import browser_page, shot  # noqa: F401  (the fixture)
from web_support import PASSWORD

#: native pages with their Odoo panel: (URL prefix, screenshot)
NATIVE = (('stores', '13-store'), ('products', '14-product'), ('customers', '15-customer'),
          ('employees', '16-employee'), ('tenders', '17-tender'),
          ('departments', '18-department'))


def log_in(page, base: str, username: str) -> None:
    page.goto(base + '/login')
    page.fill('input[name=username]', username)
    page.fill('input[name=password]', PASSWORD)
    page.click('button[type=submit]')
    page.wait_for_load_state('networkidle')


#: URL prefix -> the column of POS sales pointing to its records (products:
#: order lines, customers: orders)
BUSIEST = {'products': lambda model: (model.OdooPosOrderLine, model.OdooPosOrderLine.product_uuid),
           'customers': lambda model: (model.OdooPosOrder, model.OdooPosOrder.customer_uuid)}


def linked_records(db, app):
    """Per native URL prefix: (native record, its extension row, Odoo model)
    of the native record with the most POS activity (any, for the others)."""
    from tailbone_odoo_pos.declarations import Native, web_entities
    from tailbone_odoo_pos.views.supplements import foreign_key_to
    out = {}
    for entity in web_entities():
        if not isinstance(entity.web, Native):
            continue
        ext, native = entity.model_class(app), entity.native_class(app)
        fk = foreign_key_to(ext, native)
        query = db.query(ext).filter(getattr(ext, fk).isnot(None))
        busiest = BUSIEST.get(entity.web.route_prefix)
        if busiest is not None:       # the one with the most POS sales
            child, column = busiest(app.model)
            counts = (db.query(column, sa.func.count().label('sales')).group_by(column)
                      .filter(column.isnot(None)).subquery())
            query = query.join(counts, counts.c[column.key] == getattr(ext, fk)) \
                .order_by(counts.c.sales.desc())
        row = query.order_by(ext.odoo_id).first()
        if row is not None:
            out[entity.web.route_prefix] = (db.get(native, getattr(row, fk)), row,
                                            entity.odoo_model)
    return out


@pytest.mark.browser
def test_pages_a_manager_uses(browser_page, served_app, db, db_config):  # noqa: F811
    page = browser_page
    app = db_config.get_app()
    model = app.model

    # after login: the dashboard is the home page
    log_in(page, served_app, 'viewer')
    assert urllib.parse.urlsplit(page.url).path == '/odoo-pos/dashboard', page.url
    page.wait_for_selector('table.odoo-pos-glance')
    assert page.locator('table.odoo-pos-glance').is_visible()
    assert "All stores" in page.inner_text('table.odoo-pos-glance')
    shot(page, '12-home-dashboard')

    # native pages: the Odoo POS panel names the Odoo record and its source
    records = linked_records(db, app)
    for prefix, name in NATIVE:
        assert prefix in records, f"no {prefix} record is linked to Odoo"
        native, row, odoo_model = records[prefix]
        page.goto(f'{served_app}/{prefix}/{native.uuid}')
        page.wait_for_load_state('networkidle')
        link = page.locator('li.odoo-pos-link', has_text=f'#{row.odoo_id} ').first
        link.wait_for()
        assert link.is_visible(), prefix
        assert f"{odoo_model} #{row.odoo_id} ({row.source})" in link.inner_text(), prefix
        if prefix in BUSIEST:
            assert page.locator('table.odoo-pos-sales tbody tr').count() >= 1, prefix
        shot(page, name)

    # the customer's "all N orders": its own orders, the filter shown in the grid
    customer = records['customers'][0]
    Order = model.OdooPosOrder
    own = db.query(Order).filter(Order.customer_uuid == customer.uuid).count()
    page.goto(f'{served_app}/customers/{customer.uuid}')
    page.get_by_role('link', name=f'all {own} orders').click()
    page.wait_for_function(f"() => document.body.innerText.includes('of {own} results')")
    assert page.get_by_text("Customer (record key)").first.is_visible()
    shot(page, '27-customer-orders')

    # a session: its orders (row grid) and its cash-up
    Session, Order = model.OdooPosSession, model.OdooPosOrder
    counts = collections.Counter(
        o.session_uuid for o in db.query(Order).filter(Order.session_uuid.isnot(None)))
    session_uuid, orders = counts.most_common(1)[0]
    page.goto(f'{served_app}/odoo-pos/sessions/{session_uuid}')
    page.wait_for_function(
        f"() => document.body.innerText.includes('of {orders} results')")
    cash_up = page.locator('table.odoo-pos-cash-up')
    assert cash_up.is_visible()
    assert "Total" in cash_up.inner_text()
    shot(page, '19-session')

    # an order that gave change: payments in business columns, its currency
    Payment = model.OdooPosPayment
    change = db.query(Payment).filter(Payment.is_change.is_(True)).first()
    order = change.order if change is not None else db.query(Order).first()
    page.goto(f'{served_app}/odoo-pos/orders/{order.uuid}')
    payments = page.locator('table.odoo-pos-payments')
    payments.wait_for()
    heads = [h.strip() for h in payments.locator('thead th').all_inner_texts()]
    assert heads == ["Payment Date", "Payment Method", "Amount", "Kind"], heads
    if change is not None:
        assert "Change given" in payments.inner_text()
    assert order.currency and order.currency in page.inner_text('body')
    shot(page, '20-order')

    # the order lines list
    lines = db.query(model.OdooPosOrderLine).count()
    page.goto(f'{served_app}/odoo-pos/order-lines/')
    page.wait_for_function(
        f"() => document.body.innerText.includes('of {lines:,} results') || "
        f"document.body.innerText.includes('of {lines} results')")
    shot(page, '21-order-lines')

    # the other reports (sales by product: test_dashboard_browser.py)
    for slug in ('department', 'cashier', 'payment-method'):
        page.goto(f'{served_app}/odoo-pos/reports/{slug}')
        page.wait_for_selector('table.odoo-pos-report-table tfoot')
        assert page.locator('table.odoo-pos-report-table tbody tr').count() >= 1
        shot(page, f'{22 + ("department", "cashier", "payment-method").index(slug)}-report-{slug}')


@pytest.mark.browser
def test_forbidden_page_says_what_is_missing(browser_page, served_app):  # noqa: F811
    page = browser_page
    log_in(page, served_app, 'nobody')
    # no dashboard permission: Tailbone's home page
    assert urllib.parse.urlsplit(page.url).path == '/', page.url
    assert page.locator('table.odoo-pos-glance').count() == 0
    shot(page, '26-home-no-dashboard')
    response = page.goto(f'{served_app}/odoo-pos/orders/')
    assert response.status == 403
    page.wait_for_selector('.odoo-pos-forbidden')
    text = page.inner_text('.odoo-pos-forbidden')
    assert "do not have permission to open this page" in text
    missing = page.locator('ul.missing-permissions li')
    assert missing.count() == 1
    assert "odoo_pos.orders.list" in missing.inner_text()
    assert "POS Manager" in text
    assert "Access denied" in page.inner_text('body')
    shot(page, '25-forbidden')
