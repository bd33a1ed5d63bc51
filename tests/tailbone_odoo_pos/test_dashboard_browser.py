# SPDX-License-Identifier: GPL-3.0-or-later
"""The dashboard, its orders, an order's local times and a report, as a
person sees them in headless Chromium (against ``pserve``): the today figure
of a store equals the sandbox's orders of that store-local day, a click on it
lists exactly those orders, the order page shows the store's time with its
zone.  Screenshots: ``test-artifacts/08-dashboard.png``,
``09-dashboard-orders.png``, ``10-order-local-time.png``, ``11-report-product.png``."""

from __future__ import annotations

import datetime
import decimal
import re
import zoneinfo

import pytest
import sqlalchemy as sa

from test_browser import browser_page, shot  # noqa: F401  (the fixture)
from test_dashboard import as_money, sandbox_sales
from web_support import PASSWORD


def log_in(page, base: str) -> None:
    page.goto(base + '/login')
    page.fill('input[name=username]', 'viewer')
    page.fill('input[name=password]', PASSWORD)
    page.click('button[type=submit]')
    page.wait_for_load_state('networkidle')


@pytest.mark.browser
def test_dashboard_figure_orders_and_local_times(browser_page, served_app, web_env, db,  # noqa: F811
                                                 db_config):
    page = browser_page
    model = db_config.get_app().model
    sales = sandbox_sales(web_env, db, model)
    day = max(d for _, d in sales)
    store, (names, gross) = max(((s, v) for (s, d), v in sales.items() if d == day),
                                key=lambda item: len(item[1][0]))
    assert names, "the sandbox has no order on its last day"
    log_in(page, served_app)

    # the dashboard: the store's "today" as the page shows it
    page.goto(f'{served_app}/odoo-pos/dashboard?day={day.isoformat()}')
    figure = page.locator(f'table.odoo-pos-glance tr[data-store="{store}"] '
                          f'td[data-period="today"] a.gross')
    assert as_money(figure.inner_text()) == gross
    everyone = page.locator('table.odoo-pos-glance tr.all-stores td[data-period="today"] a.gross')
    assert as_money(everyone.inner_text()) == sum(
        (v[1] for (s, d), v in sales.items() if d == day), decimal.Decimal(0))
    assert page.locator('svg.odoo-pos-chart rect.bar').count() >= 1
    shot(page, '08-dashboard')

    # a click on it: the orders list holds exactly those orders
    figure.click()
    page.wait_for_function(
        f"() => document.body.innerText.includes('of {len(names)} results')")
    shown = set(page.locator('table tbody tr td:first-child').all_inner_texts())
    assert {s.strip() for s in shown} == names
    shot(page, '09-dashboard-orders')

    # one of them: its time in the store's zone, labelled
    Order = model.OdooPosOrder
    order = db.query(Order).filter(Order.name == sorted(names)[0]).one()
    zone = (db.query(model.OdooPosStore.timezone)
            .filter(model.OdooPosStore.store_uuid == order.store_uuid).first()[0])
    page.locator('table tbody tr a', has_text=order.name).first.click()
    page.wait_for_load_state('networkidle')
    local = order.date_order.replace(tzinfo=datetime.timezone.utc).astimezone(
        zoneinfo.ZoneInfo(zone))
    body = page.inner_text('body')
    assert f"{local.strftime('%Y-%m-%d %H:%M:%S %Z')} ({zone})" in body
    assert local.date() == day
    shot(page, '10-order-local-time')

    # a report: sales by product of that store and day, its totals as the view says
    page.goto(f'{served_app}/odoo-pos/reports/product?start={day.isoformat()}'
              f'&end={day.isoformat()}&store={order.store_uuid}')
    page.wait_for_selector('table.odoo-pos-report-table')
    total = page.locator('table.odoo-pos-report-table tfoot th[data-key="gross"]').inner_text()
    expected = db.execute(sa.text(
        "SELECT gross FROM odoo_pos_daily_store_sales WHERE store_uuid = :s "
        "AND business_date = :d"), {'s': order.store_uuid, 'd': day}).scalar()
    assert as_money(total) == expected == gross
    assert re.search(r'Download CSV', page.inner_text('body'))
    shot(page, '11-report-product')
