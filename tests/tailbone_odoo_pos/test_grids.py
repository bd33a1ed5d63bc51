# SPDX-License-Identifier: GPL-3.0-or-later
"""Lists like Tailbone's own, as the ``Browse`` declarations ask: choice
filters (store, state, payment method), totals ("Show Totals"), CSV and XLSX
downloads holding the rows and totals shown, stock with the lowest quantities
first, session and cashier columns on orders, no create/edit/delete."""

from __future__ import annotations

import csv
import decimal
import io
import os
import re

import pytest

from tailbone_odoo_pos.declarations import web_entities

from web_support import grid_data, wait_download

BROWSE = [e for e in web_entities() if e.browse]




def money(text: str) -> decimal.Decimal:
    return decimal.Decimal(text.replace('$', '').replace(',', '').strip() or '0')


def store_names(db, model) -> list[str]:
    return [n for (n,) in db.query(model.Store.name).join(
        model.OdooPosOrder, model.OdooPosOrder.store_uuid == model.Store.uuid)
        .distinct().order_by(model.Store.name)]


# -- choice filters -------------------------------------------------------------

def test_store_filter_offers_the_stores_and_returns_only_that_stores_orders(
        viewer, db, db_config):
    model = db_config.get_app().model
    names = store_names(db, model)
    assert len(names) >= 2, names
    page = viewer.get('/odoo-pos/orders/')
    for name in names:      # each store is a choice of the filter's dropdown
        assert f'"{name}"' in page.text or f'>{name}<' in page.text, name
    for name in names:
        expected = (db.query(model.OdooPosOrder).join(model.Store,
                    model.Store.uuid == model.OdooPosOrder.store_uuid)
                    .filter(model.Store.name == name).count())
        data = grid_data(viewer, '/odoo-pos/orders/', pagesize=500, **{
            'filter': 'true', 'store': name, 'store.verb': 'equal'})
        assert data['pager_stats']['item_count'] == expected > 0
        shown = {re.sub(r'<[^>]+>', '', row['store']) for row in data['data']}
        assert shown == {name}
    # a free-text fragment of the store names is no store
    common = os.path.commonprefix(names) or names[0][:3]
    while common in names:
        common = common[:-1]
    assert common
    refused = viewer.get('/odoo-pos/orders/', params={
        'partial': 'true', 'filter': 'true', 'store': common, 'store.verb': 'equal'},
        expect_errors=True)
    assert refused.status_int == 400
    assert 'is not one of its choices' in refused.text


def test_state_and_payment_method_filters_are_choices(viewer, db, db_config):
    model = db_config.get_app().model
    states = sorted({s for (s,) in db.query(model.OdooPosOrder.state).distinct()})
    for state in states:
        data = grid_data(viewer, '/odoo-pos/orders/', **{
            'filter': 'true', 'state': state, 'state.verb': 'equal'})
        assert data['pager_stats']['item_count'] == \
            db.query(model.OdooPosOrder).filter_by(state=state).count()
    tender = (db.query(model.Tender).join(model.OdooPosPayment,
              model.OdooPosPayment.tender_uuid == model.Tender.uuid).first())
    data = grid_data(viewer, '/odoo-pos/payments/', **{
        'filter': 'true', 'tender': tender.name, 'tender.verb': 'equal'})
    assert data['pager_stats']['item_count'] == \
        db.query(model.OdooPosPayment).filter_by(tender_uuid=tender.uuid).count() > 0
    assert viewer.get('/odoo-pos/payments/', params={
        'partial': 'true', 'filter': 'true', 'tender': 'no such method',
        'tender.verb': 'equal'}, expect_errors=True).status_int == 400


# -- columns, sorting, read-only ----------------------------------------------------

def test_orders_show_session_and_cashier(viewer, db, db_config):
    model = db_config.get_app().model
    order = (db.query(model.OdooPosOrder).filter(model.OdooPosOrder.employee_uuid.isnot(None))
             .order_by(model.OdooPosOrder.date_order.desc()).first())
    data = grid_data(viewer, '/odoo-pos/orders/', **{
        'filter': 'true', 'name': order.name, 'name.verb': 'equal'})
    row = data['data'][0]
    assert order.session.name in row['session']
    assert str(order.employee) in row['employee']
    assert 'Cashier' in viewer.get('/odoo-pos/orders/').text


def test_stock_lists_the_lowest_quantities_first(viewer, db, db_config):
    model = db_config.get_app().model
    data = grid_data(viewer, '/odoo-pos/stock/')
    lowest = sorted(q for (q,) in db.query(model.OdooPosStock.quantity))[:len(data['data'])]
    shown = [decimal.Decimal(str(r['quantity']).replace(',', '')) for r in data['data']]
    assert shown == lowest


@pytest.mark.parametrize('entity', BROWSE, ids=[e.key for e in BROWSE])
def test_no_create_edit_or_delete_on_synced_records(viewer, wsgi_app, entity):
    from pyramid.interfaces import IRoutesMapper
    mapper = wsgi_app.registry.queryUtility(IRoutesMapper)
    prefix = entity.browse.route_prefix
    for action in ('create', 'edit', 'delete'):
        assert mapper.get_route(f'{prefix}.{action}') is None, f"{prefix}.{action}"
    page = viewer.get(entity.browse.url_prefix + '/')
    assert f'{entity.browse.url_prefix}/new' not in page.text


# -- totals and downloads -----------------------------------------------------------

def test_order_totals_are_the_sums_of_the_filtered_orders(viewer, db, db_config):
    model = db_config.get_app().model
    name = store_names(db, model)[0]
    grid_data(viewer, '/odoo-pos/orders/', **{      # the filter the user set
        'filter': 'true', 'store': name, 'store.verb': 'equal'})
    totals = viewer.get('/odoo-pos/orders/fetch-grid-totals').json
    orders = (db.query(model.OdooPosOrder).join(model.Store,
              model.Store.uuid == model.OdooPosOrder.store_uuid)
              .filter(model.Store.name == name).all())
    assert totals['count'] == len(orders)
    assert decimal.Decimal(totals['totals']['amount_total']) == \
        sum(o.amount_total for o in orders)
    assert decimal.Decimal(totals['totals']['amount_tax']) == sum(o.amount_tax for o in orders)
    shown = totals['totals_display']
    assert f"{len(orders):,} pos orders" in shown
    assert viewer.get('/odoo-pos/payments/fetch-grid-totals').json['totals']['amount'] == \
        str(sum(p.amount for p in db.query(model.OdooPosPayment)))


def test_csv_download_holds_the_rows_and_totals_shown(viewer, db, db_config):
    model = db_config.get_app().model
    name = store_names(db, model)[-1]
    params = {'filter': 'true', 'store': name, 'store.verb': 'equal', 'pagesize': 500}
    data = grid_data(viewer, '/odoo-pos/orders/', **params)
    totals = viewer.get('/odoo-pos/orders/fetch-grid-totals').json
    body = wait_download(viewer, '/odoo-pos/orders/csv')
    rows = list(csv.DictReader(io.StringIO(body.decode('utf-8'))))
    *records, total = rows
    assert len(records) == data['pager_stats']['item_count'] == totals['count']
    assert sorted(r['name'] for r in records) == sorted(r['name'] for r in data['data'])
    assert {r['store'] for r in records} == {name}
    assert total['name'] == f"Total ({totals['count']:,})"
    assert decimal.Decimal(total['amount_total']) == \
        decimal.Decimal(totals['totals']['amount_total'])
    assert decimal.Decimal(total['amount_tax']) == decimal.Decimal(totals['totals']['amount_tax'])
    assert sum(decimal.Decimal(r['amount_total']) for r in records) == \
        decimal.Decimal(total['amount_total'])


def test_xlsx_download_holds_the_rows_and_totals_shown(viewer, db, db_config):
    import openpyxl
    model = db_config.get_app().model
    tender = (db.query(model.Tender).join(model.OdooPosPayment,
              model.OdooPosPayment.tender_uuid == model.Tender.uuid).first())
    params = {'filter': 'true', 'tender': tender.name, 'tender.verb': 'equal', 'pagesize': 500}
    data = grid_data(viewer, '/odoo-pos/payments/', **params)
    totals = viewer.get('/odoo-pos/payments/fetch-grid-totals').json
    body = wait_download(viewer, '/odoo-pos/payments/xlsx')
    sheet = openpyxl.load_workbook(io.BytesIO(body)).active
    header, *rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    *records, total = rows
    assert len(records) == data['pager_stats']['item_count'] == totals['count'] > 0
    amount = header.index('amount')
    assert {r[header.index('tender')] for r in records} == {tender.name}
    assert total[0] == f"Total ({totals['count']:,})"
    assert decimal.Decimal(str(total[amount])) == decimal.Decimal(totals['totals']['amount'])
    assert sum(decimal.Decimal(str(r[amount])) for r in records) == \
        decimal.Decimal(totals['totals']['amount'])
