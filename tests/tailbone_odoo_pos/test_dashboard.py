# SPDX-License-Identifier: GPL-3.0-or-later
"""The dashboard at a glance: each store's today, yesterday, this week and
this month (and all stores) equal the sandbox's orders of those store-local
days; every figure links to the very orders it adds up; the daily summary the
page reads equals the reporting view it stands for."""

from __future__ import annotations

import collections
import datetime
import decimal
import html
import re
import zoneinfo
from urllib.parse import parse_qs, urlsplit

import pytest
import sqlalchemy as sa

from tailbone_odoo_pos.views.dashboard import periods

from odoo_pos_dev.testing import money
from web_support import grid_data

SALE_STATES = ('paid', 'done', 'invoiced')


def sandbox_sales(web_env, db, model) -> dict:
    """(store name, store-local day) -> [order names, gross], from the
    sandbox's orders; each store's zone as imported from its Odoo row."""
    sb = web_env.sandbox.sandbox
    configs = {}
    for ext in db.query(model.OdooPosStore).filter(model.OdooPosStore.source == 'default'):
        configs[ext.odoo_id] = (ext.store.name, zoneinfo.ZoneInfo(ext.timezone))
    out = collections.defaultdict(lambda: [set(), decimal.Decimal(0)])
    for o in sb.search_read('pos.order', [], ['name', 'config_id', 'date_order',
                                                'amount_total', 'state']):
        if o['state'] not in SALE_STATES:
            continue
        name, zone = configs[o['config_id'][0]]
        utc = datetime.datetime.fromisoformat(o['date_order']).replace(
            tzinfo=datetime.timezone.utc)
        cell = out[(name, utc.astimezone(zone).date())]
        cell[0].add(o['name'])
        cell[1] += money(o['amount_total'])
    return out


def add(sales, store, start, end):
    names, gross = set(), decimal.Decimal(0)
    for (name, day), (orders, amount) in sales.items():
        if (store is None or name == store) and start <= day <= end:
            names |= orders
            gross += amount
    return names, gross


def glance_cells(page_text: str) -> dict:
    """(store, period) -> (gross text, href), read from the rendered table."""
    table = re.search(r'<table class="table[^"]*odoo-pos-glance">(.*?)</table>', page_text, re.S)
    assert table, "no at-a-glance table"
    cells = {}
    for row in re.finditer(r'<tr class="[^"]*" data-store="([^"]*)"[^>]*>(.*?)</tr>',
                           table.group(1), re.S):
        store = html.unescape(row.group(1))
        for cell in re.finditer(r'data-period="(\w+)">\s*<a class="gross" href="([^"]*)"'
                                r'[^>]*>([^<]*)</a>', row.group(2), re.S):
            cells[(store, cell.group(1))] = (cell.group(3).strip(),
                                             html.unescape(cell.group(2)))
    return cells


def as_money(text: str) -> decimal.Decimal:
    negative = '(' in text or '-' in text
    value = decimal.Decimal(re.sub(r'[^\d.]', '', text))
    return -value if negative else value


@pytest.fixture
def last_day(web_env, db, db_config):
    model = db_config.get_app().model
    sales = sandbox_sales(web_env, db, model)
    return max(day for _, day in sales), sales


def test_summary_equals_the_reporting_view(db):
    summary = {tuple(r[:2]): tuple(r[2:]) for r in db.execute(sa.text(
        "SELECT store_uuid, business_date, sum(order_count), sum(net), sum(tax), sum(gross) "
        "FROM odoo_pos_daily_summary GROUP BY store_uuid, business_date"))}
    view = {tuple(r[:2]): tuple(r[2:]) for r in db.execute(sa.text(
        "SELECT store_uuid, business_date, order_count, net, tax, gross "
        "FROM odoo_pos_daily_store_sales"))}
    assert view, "the reporting view is empty after the import"
    assert summary == view


def test_figures_equal_the_sandbox_for_each_period(viewer, last_day):
    day, sales = last_day
    page = viewer.get('/odoo-pos/dashboard', params={'day': day.isoformat()})
    cells = glance_cells(page.text)
    stores = sorted({name for name, _ in sales})
    assert {s for s, _ in cells} == set(stores) | {"All stores"}
    checked = 0
    for period in periods(day):
        for store in stores + [None]:
            names, gross = add(sales, store, period.start, period.end)
            text, _ = cells[(store or "All stores", period.key)]
            assert as_money(text) == gross, (store, period.key)
            checked += bool(names)
    assert checked >= len(stores), "the sandbox has no sales on the periods shown"


def test_a_figure_links_to_the_orders_it_adds_up(viewer, last_day):
    day, sales = last_day
    page = viewer.get('/odoo-pos/dashboard', params={'day': day.isoformat()})
    cells = glance_cells(page.text)
    tried = 0
    for (store, key), (text, href) in cells.items():
        period = next(p for p in periods(day) if p.key == key)
        names, gross = add(sales, None if store == "All stores" else store,
                           period.start, period.end)
        url = urlsplit(href)
        params = {k: v[0] for k, v in parse_qs(url.query).items()}
        data = grid_data(viewer, url.path, pagesize='500', **params)
        assert {r['name'] for r in data['data']} == names, (store, key)
        tried += bool(names)
    assert tried, "no figure had orders behind it"


def test_previous_period_and_change(viewer, last_day):
    day, sales = last_day
    page = viewer.get('/odoo-pos/dashboard', params={'day': day.isoformat()})
    store = sorted({name for name, _ in sales})[0]
    today = periods(day)[0]
    _, now = add(sales, store, today.start, today.end)
    _, before = add(sales, store, today.prev_start, today.prev_end)
    row = re.search(rf'data-store="{re.escape(html.escape(store))}".*?</tr>', page.text, re.S)
    cell = re.search(r'data-period="today">(.*?)</td>', row.group(0), re.S).group(1)
    if before:
        change = ((now - before) * 100 / abs(before)).quantize(decimal.Decimal('0.1'))
        assert f'{"+" if change >= 0 else ""}{change}%' in cell
    assert f'{before:,.2f}' in cell


def test_chart_has_money_axis_tooltips_and_links(viewer, last_day):
    day, sales = last_day
    page = viewer.get('/odoo-pos/dashboard', params={'day': day.isoformat()})
    svg = re.search(r'<svg[^>]*odoo-pos-chart.*?</svg>', page.text, re.S).group(0)
    labels = re.findall(r'text-anchor="end">([^<]*)</text>', svg)
    assert labels and all(label.startswith('$') for label in labels), labels
    tips = re.findall(r'<title>([^<]*): ([^<]*)</title></rect></a>', svg)
    assert tips, "no bar links to its orders"
    for tip in tips:
        assert tip[1].startswith('$'), tip


def test_dashboard_without_day_shows_each_stores_today(viewer, db, db_config):
    model = db_config.get_app().model
    zones = {ext.store.name: zoneinfo.ZoneInfo(ext.timezone)
             for ext in db.query(model.OdooPosStore)}
    before = {name: datetime.datetime.now(zone).date() for name, zone in zones.items()}
    page = viewer.get('/odoo-pos/dashboard')
    after = {name: datetime.datetime.now(zone).date() for name, zone in zones.items()}
    shown = dict(re.findall(r'<tr class="store" data-store="([^"]*)" data-today="([^"]*)"',
                            page.text))
    assert {html.unescape(k) for k in shown} == set(zones)
    for name, today in shown.items():
        name = html.unescape(name)
        assert datetime.date.fromisoformat(today) in (before[name], after[name]), name


def test_refused_values(viewer, nobody):
    assert viewer.get('/odoo-pos/dashboard', params={'day': 'today'},
                      expect_errors=True).status_int == 400
    assert nobody.get('/odoo-pos/dashboard', status=403).status_int == 403
