# SPDX-License-Identifier: GPL-3.0-or-later
"""The sales reports: their totals equal the reporting view's for the range
and store, and the CSV and XLSX downloads hold exactly the rows and the
totals row the page shows."""

from __future__ import annotations

import csv
import decimal
import html
import io
import re

import pytest
import sqlalchemy as sa

from tailbone_odoo_pos.views.reports import REPORTS


def screen_table(text: str) -> tuple[list[str], list[list[str]], list[str]]:
    """Header, body rows and totals row of the report table, as shown."""
    table = re.search(r'<table class="[^"]*odoo-pos-report-table">(.*?)</table>', text, re.S)
    assert table, "no report table on the page"
    body = table.group(1)

    def cells(fragment, tag):
        return [html.unescape(re.sub(r'<[^>]+>', '', c)).strip()
                for c in re.findall(rf'<{tag}[^>]*>(.*?)</{tag}>', fragment, re.S)]
    head = cells(re.search(r'<thead>(.*?)</thead>', body, re.S).group(1), 'th')
    rows = [cells(r, 'td') for r in re.findall(
        r'<tr>(.*?)</tr>', re.search(r'<tbody>(.*?)</tbody>', body, re.S).group(1), re.S)]
    totals = cells(re.search(r'<tfoot>(.*?)</tfoot>', body, re.S).group(1), 'th')
    return head, rows, totals


def number(text: str) -> decimal.Decimal | str:
    """A shown cell as a number when it is one ("$1,234.56", "(1.00)", "12")."""
    cleaned = text.replace('$', '').replace(',', '').strip()
    negative = cleaned.startswith('(') and cleaned.endswith(')') or cleaned.startswith('-')
    cleaned = cleaned.strip('()-')
    try:
        value = decimal.Decimal(cleaned)
    except decimal.InvalidOperation:
        return text
    return -value if negative else value


def same(shown: list[str], downloaded: list) -> None:
    assert len(shown) == len(downloaded)
    for a, b in zip(shown, downloaded):
        a, b = number(a), number('' if b is None else str(b))
        if isinstance(a, decimal.Decimal) and isinstance(b, decimal.Decimal):
            assert a == b, (shown, downloaded)
        else:
            assert str(a) == str(b), (shown, downloaded)


@pytest.fixture
def scope(db):
    """The busiest store and the whole range of business days with sales."""
    rows = db.execute(sa.text(
        "SELECT store_uuid, min(business_date), max(business_date), sum(gross) "
        "FROM odoo_pos_daily_store_sales GROUP BY store_uuid ORDER BY sum(gross) DESC")).fetchall()
    assert rows, "the reporting view is empty after the import"
    store_uuid, start, end, _ = rows[0]
    start = min(r[1] for r in rows)
    end = max(r[2] for r in rows)
    return store_uuid, start, end


def expected_totals(db, store_uuid, start, end):
    return db.execute(sa.text(
        "SELECT sum(net), sum(tax), sum(gross), sum(order_count) FROM odoo_pos_daily_store_sales "
        "WHERE business_date BETWEEN :a AND :b AND (CAST(:s AS text) IS NULL OR store_uuid = :s)"),
        {'a': start, 'b': end, 's': store_uuid}).one()


@pytest.mark.parametrize('slug', [s for s in REPORTS if s != 'payment-method'])
@pytest.mark.parametrize('one_store', [True, False])
def test_totals_equal_the_reporting_view(viewer, db, scope, slug, one_store):
    store_uuid, start, end = scope
    store_uuid = store_uuid if one_store else None
    params = {'start': start.isoformat(), 'end': end.isoformat()}
    if store_uuid:
        params['store'] = store_uuid
    head, rows, totals = screen_table(viewer.get(f'/odoo-pos/reports/{slug}', params=params).text)
    assert rows
    net, tax, gross, orders = expected_totals(db, store_uuid, start, end)
    shown = dict(zip(head, totals))
    assert number(shown['Net']) == net
    assert number(shown['Tax']) == tax
    assert number(shown['Gross']) == gross
    assert number(shown['Orders']) == orders
    column = head.index('Gross')
    assert sum(number(r[column]) for r in rows) == gross


def test_payment_methods_add_up_to_the_payments_of_those_sales(viewer, db, scope):
    store_uuid, start, end = scope
    expected = db.execute(sa.text(
        "SELECT count(*), sum(p.amount) FROM odoo_pos_payment p WHERE p.order_uuid IN "
        "(SELECT DISTINCT order_uuid FROM odoo_pos_sales_line WHERE store_uuid = :s "
        " AND business_date BETWEEN :a AND :b)"), {'s': store_uuid, 'a': start, 'b': end}).one()
    head, rows, totals = screen_table(viewer.get('/odoo-pos/reports/payment-method', params={
        'start': start.isoformat(), 'end': end.isoformat(), 'store': store_uuid}).text)
    shown = dict(zip(head, totals))
    assert number(shown['Payments']) == expected[0]
    assert number(shown['Amount']) == expected[1]
    assert len(rows) >= 2, "the sandbox pays with more than one method"


@pytest.mark.parametrize('slug', sorted(REPORTS))
def test_downloads_hold_the_rows_and_totals_on_screen(viewer, scope, slug):
    import openpyxl
    store_uuid, start, end = scope
    params = {'start': start.isoformat(), 'end': end.isoformat(), 'store': store_uuid}
    page = viewer.get(f'/odoo-pos/reports/{slug}', params=params)
    head, rows, totals = screen_table(page.text)
    assert rows
    # the page's own download links
    links = dict(re.findall(r'class="button is-small odoo-pos-download-(csv|xlsx)" href="([^"]+)"',
                            page.text))
    response = viewer.get(html.unescape(links['csv']))
    assert response.content_type == 'text/csv'
    assert 'attachment' in response.headers['Content-Disposition']
    table = list(csv.reader(io.StringIO(response.body.decode('utf-8'))))
    assert table[0] == head
    assert len(table) == len(rows) + 2
    for shown, downloaded in zip(rows + [totals], table[1:]):
        same(shown, downloaded)
    response = viewer.get(html.unescape(links['xlsx']))
    sheet = openpyxl.load_workbook(io.BytesIO(response.body)).active
    table = [list(r) for r in sheet.iter_rows(values_only=True)]
    assert table[0] == head
    assert len(table) == len(rows) + 2
    for shown, downloaded in zip(rows + [totals], table[1:]):
        same(shown, [f'{v:.2f}' if isinstance(v, float) else v for v in downloaded])


def test_bad_values_are_refused(viewer, nobody):
    for params in ({'store': 'nope'}, {'start': '2026-02-30'}, {'format': 'pdf'},
                   {'start': '2026-11-22', 'end': '2026-11-01'}):
        response = viewer.get('/odoo-pos/reports/product', params=params, expect_errors=True)
        assert response.status_int == 400, params
    assert nobody.get('/odoo-pos/reports/product', status=403).status_int == 403
