# SPDX-License-Identifier: GPL-3.0-or-later
"""The web app in a real browser (Debian's headless Chromium via Playwright)
against ``pserve`` on 127.0.0.1: log in, filter the orders grid, open an order
with its lines and payments, see the dashboard chart drawn, open the sync
status and a version history.  Screenshots go to ``test-artifacts/``."""

from __future__ import annotations

import datetime
import os
import shutil

import pytest

from web_support import ARTIFACTS, PASSWORD

CHROMIUM = os.environ.get('CHROMIUM', '/usr/bin/chromium')
ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync']


@pytest.fixture
def browser_page():
    """A Chromium page; fails (never skips) when Chromium is missing."""
    if not (os.path.exists(CHROMIUM) or shutil.which(CHROMIUM)):
        pytest.fail(f"Chromium not found at {CHROMIUM}: install Debian's 'chromium' "
                    f"package (CI does) or set CHROMIUM=/path/to/chromium")
    from playwright.sync_api import sync_playwright
    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        page = browser.new_page(viewport={'width': 1400, 'height': 1000})
        page.set_default_timeout(20000)
        external = []
        page.on('request', lambda r: external.append(r.url)
                if not r.url.startswith(('http://127.0.0.1', 'data:', 'about:')) else None)
        yield page
        browser.close()
        assert not external, f"the app asked the internet for {external}"


def shot(page, name: str) -> None:
    page.screenshot(path=str(ARTIFACTS / f'{name}.png'), full_page=True)


@pytest.mark.browser
def test_browse_orders_dashboard_and_sync_status(browser_page, served_app, db, db_config):
    page = browser_page
    from tailbone_odoo_pos.views.master import child_relationship
    model = db_config.get_app().model
    Order = model.OdooPosOrder
    lines_of = child_relationship(Order, model.OdooPosOrderLine).key
    payments_of = child_relationship(Order, model.OdooPosPayment).key

    # log in
    page.goto(served_app + '/login')
    page.fill('input[name=username]', 'viewer')
    page.fill('input[name=password]', PASSWORD)
    shot(page, '01-login')
    page.click('button[type=submit]')
    page.wait_for_load_state('networkidle')

    # the orders grid, then filtered down to one order by name
    page.goto(served_app + '/odoo-pos/orders/')
    page.wait_for_selector('table tbody tr')
    total = db.query(Order).count()
    assert f'of {total} results' in page.inner_text('body')
    shot(page, '02-orders')
    orders = db.query(Order).order_by(Order.odoo_id).all()
    # a name no other order's name contains ("Shop/0001" is in "Clothes Shop/0001")
    order = next(o for o in orders if sum(o.name in other.name for other in orders) == 1)
    page.locator('input.input:visible').first.fill(order.name)
    page.get_by_role('button', name='Apply Filters').click()
    page.wait_for_function("() => document.body.innerText.includes('of 1 results')")
    assert page.locator('table tbody tr').count() == 1
    shot(page, '03-orders-filtered')

    # the order: its lines (grid) and payments (table)
    page.locator('table tbody tr a', has_text=order.name).first.click()
    page.wait_for_load_state('networkidle')
    page.wait_for_selector('table.odoo-pos-payments')
    body = page.inner_text('body')
    assert order.name in body
    lines, payments = getattr(order, lines_of), getattr(order, payments_of)
    assert page.locator('table.odoo-pos-payments tbody tr').count() == len(payments)
    page.wait_for_function(
        f"() => document.body.innerText.includes('of {len(lines)} results')")
    shot(page, '04-order')

    # the dashboard: a bar per store and day, some of them drawn with height
    page.goto(served_app + '/odoo-pos/dashboard')
    page.wait_for_selector('svg.odoo-pos-chart rect.bar', state='attached')
    heights = page.eval_on_selector_all(
        'svg.odoo-pos-chart rect.bar', 'rs => rs.map(r => r.getBBox().height)')
    assert heights and any(h > 10 for h in heights)
    assert page.locator('table.odoo-pos-sales tbody tr').count() >= 1
    shot(page, '05-dashboard')

    # the sync status
    page.goto(served_app + '/odoo-pos/sync-status')
    page.wait_for_selector('.odoo-pos-source')
    assert page.locator('tr.model-row').count() >= 10
    assert 'Source default' in page.inner_text('body')
    shot(page, '06-sync-status')
    # a first load killed half-way: its model's row says how far it got
    cursor = db.query(db_config.get_app().model.OdooPosCursor).filter_by(
        source='default', odoo_model='pos.payment').one()
    kept = (cursor.value, cursor.full_read_mark, cursor.last_id)
    began = datetime.datetime(2026, 11, 28)
    cursor.value, cursor.full_read_mark, cursor.last_id = None, began, 4321
    db.commit()
    try:
        page.reload()
        note = page.locator('tr.model-row[data-model="pos.payment"] td.cursor .reading')
        assert note.is_visible()
        assert note.inner_text() == \
            "first load not finished: the next run goes on after Odoo id 4,321"
        assert page.locator('td.cursor .reading').count() == 1
        shot(page, '06b-sync-status-first-load-unfinished')
    finally:
        cursor.value, cursor.full_read_mark, cursor.last_id = kept
        db.commit()

    # version history of the order (versioning is on in the served app)
    page.goto(f'{served_app}/odoo-pos/orders/{order.uuid}/versions/')
    page.wait_for_load_state('networkidle')
    assert 'initial data from Odoo POS' in page.inner_text('body')
    shot(page, '07-order-versions')
