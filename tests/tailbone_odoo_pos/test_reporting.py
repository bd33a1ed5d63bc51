# SPDX-License-Identifier: GPL-3.0-or-later
"""The reporting views count each sale on the business day of its store's own
time zone, and their totals equal the orders' totals for that local day."""

from __future__ import annotations

import collections
import datetime
import decimal
import zoneinfo

import sqlalchemy as sa

SALE_STATES = ('paid', 'done', 'invoiced')


def store_zones(db, model, default: str) -> dict[str, str]:
    """Time zone of each store, as its Odoo extension row says."""
    zones = {}
    for ext in db.query(model.OdooPosStore).order_by(model.OdooPosStore.odoo_id):
        zones.setdefault(ext.store_uuid, ext.timezone or default)
    return zones


def local_day(utc: datetime.datetime, zone: str) -> datetime.date:
    return utc.replace(tzinfo=datetime.timezone.utc).astimezone(zoneinfo.ZoneInfo(zone)).date()


def test_store_day_totals_equal_the_orders_of_that_local_day(db, db_config):
    model = db_config.get_app().model
    default = db_config.get('rattail.timezone.default')
    zones = store_zones(db, model, default)
    expected = collections.defaultdict(lambda: [0, decimal.Decimal(0), decimal.Decimal(0)])
    crossing = 0
    Order = model.OdooPosOrder
    for order in db.query(Order).filter(Order.state.in_(SALE_STATES)):
        day = local_day(order.date_order, zones[order.store_uuid])
        crossing += day != order.date_order.date()
        totals = expected[(order.store_uuid, day)]
        totals[0] += 1
        totals[1] += order.amount_total
        totals[2] += order.amount_tax
    assert expected, "no sale imported"
    assert crossing, ("no order whose local day differs from its UTC day: "
                      "the sandbox data cannot tell a UTC day from a local one")
    actual = {(r.store_uuid, r.business_date): [r.order_count, r.gross, r.tax]
              for r in db.execute(sa.text(
                  "SELECT store_uuid, business_date, order_count, gross, tax "
                  "FROM odoo_pos_daily_store_sales"))}
    assert actual == {key: value for key, value in expected.items()}


def test_product_rows_add_up_to_the_store_day(db):
    by_product = {(r.store_uuid, r.business_date): (r.quantity, r.net, r.tax, r.gross)
                  for r in db.execute(sa.text(
                      "SELECT store_uuid, business_date, sum(quantity) AS quantity, "
                      "sum(net) AS net, sum(tax) AS tax, sum(gross) AS gross "
                      "FROM odoo_pos_daily_sales GROUP BY store_uuid, business_date"))}
    by_store = {(r.store_uuid, r.business_date): (r.quantity, r.net, r.tax, r.gross)
                for r in db.execute(sa.text(
                    "SELECT store_uuid, business_date, quantity, net, tax, gross "
                    "FROM odoo_pos_daily_store_sales"))}
    assert by_store, "the reporting views are empty after the import"
    assert by_product == by_store
    for quantity, net, tax, gross in by_store.values():
        assert net + tax == gross


def test_daily_sales_has_the_documented_columns(db):
    columns = db.execute(sa.text("SELECT * FROM odoo_pos_daily_sales LIMIT 0")).keys()
    assert list(columns) == ['store_uuid', 'business_date', 'product_uuid', 'department_uuid',
                             'quantity', 'net', 'tax', 'gross', 'order_count']
