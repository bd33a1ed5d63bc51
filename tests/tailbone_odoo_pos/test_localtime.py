# SPDX-License-Identifier: GPL-3.0-or-later
"""Store-local time: the order, session and payment pages show their times in
the store's Odoo time zone with the zone's name, and the orders list's "Sale
business day" filter picks the orders of a store-local day."""

from __future__ import annotations

import datetime
import re
import zoneinfo

import pytest

from tailbone_odoo_pos import localtime
from tailbone_odoo_pos.views.master import child_relationship

from web_support import grid_data

UTC = datetime.timezone.utc
SALE_STATES = ('paid', 'done', 'invoiced')


def local_text(value: datetime.datetime, zone: str, fmt: str) -> str:
    """What the page must show, computed here with zoneinfo alone."""
    return value.replace(tzinfo=UTC).astimezone(zoneinfo.ZoneInfo(zone)).strftime(fmt)


def store_zone(db, model, store_uuid) -> str:
    ext = (db.query(model.OdooPosStore).filter(model.OdooPosStore.store_uuid == store_uuid)
           .order_by(model.OdooPosStore.odoo_id).first())
    return ext.timezone


def test_format_names_the_zone_and_crosses_midnight():
    utc = datetime.datetime(2026, 11, 22, 5, 30)            # naive UTC, as stored
    assert localtime.format_local(utc, 'America/Los_Angeles') == '2026-11-21 21:30 PST'
    assert localtime.format_local(utc, 'Europe/Brussels', seconds=True, full=True) == \
        '2026-11-22 06:30:00 CET (Europe/Brussels)'
    assert localtime.business_date(utc, 'America/Los_Angeles') == datetime.date(2026, 11, 21)
    assert localtime.business_date(utc, 'Europe/Brussels') == datetime.date(2026, 11, 22)
    summer = datetime.datetime(2026, 7, 1, 19, 0)
    assert localtime.format_local(summer, 'America/Los_Angeles') == '2026-07-01 12:00 PDT'
    assert localtime.format_local(None, 'UTC') == ''


@pytest.fixture
def far_order(db, db_config):
    """An order of a store whose zone is not the server's (Chicago), whose
    local day differs from its UTC day."""
    model = db_config.get_app().model
    server_zone = db_config.get('rattail.timezone.default')
    Order = model.OdooPosOrder
    for order in db.query(Order).order_by(Order.odoo_id):
        zone = store_zone(db, model, order.store_uuid)
        local = order.date_order.replace(tzinfo=UTC).astimezone(zoneinfo.ZoneInfo(zone))
        if zone != server_zone and local.date() != order.date_order.date():
            return order, zone
    pytest.fail("the sandbox has no order of a store outside the server's zone whose "
                "local day differs from its UTC day")


def test_order_page_shows_store_local_times_with_the_zone(viewer, db, db_config, far_order):
    order, zone = far_order
    model = db_config.get_app().model
    page = viewer.get(f'/odoo-pos/orders/{order.uuid}')
    expected = local_text(order.date_order, zone, '%Y-%m-%d %H:%M:%S %Z') + f' ({zone})'
    assert expected in page.text
    server = local_text(order.date_order, db_config.get('rattail.timezone.default'),
                        '%Y-%m-%d %H:%M')
    assert server not in page.text, "the order's time in the server's zone is shown"
    # its payments' table: the payment times in the same zone, labelled
    payments = getattr(order, child_relationship(type(order), model.OdooPosPayment).key)
    assert payments
    for payment in payments:
        assert local_text(payment.payment_date, zone, '%Y-%m-%d %H:%M %Z') in page.text


def test_lists_show_store_local_times(viewer, db, db_config, far_order):
    order, zone = far_order
    data = grid_data(viewer, '/odoo-pos/orders/', filter='true', name=order.name,
                     **{'name.verb': 'equal'})
    rows = [r for r in data['data'] if r['name'] == order.name]
    assert len(rows) == 1
    text = re.sub(r'<[^>]+>', '', rows[0]['date_order'])
    assert text == local_text(order.date_order, zone, '%Y-%m-%d %H:%M %Z')
    session = order.session
    page = viewer.get(f'/odoo-pos/sessions/{session.uuid}')
    assert local_text(session.start_at, zone, '%Y-%m-%d %H:%M:%S %Z') + f' ({zone})' \
        in page.text


def test_sale_business_day_filter_picks_the_store_local_day(viewer, db, db_config):
    model = db_config.get_app().model
    Order = model.OdooPosOrder
    by_store_day: dict = {}
    for order in db.query(Order).filter(Order.state.in_(SALE_STATES)):
        zone = store_zone(db, model, order.store_uuid)
        day = local_text(order.date_order, zone, '%Y-%m-%d')
        by_store_day.setdefault((order.store.name, day), set()).add(order.name)
    (store, day), names = max(by_store_day.items(), key=lambda item: len(item[1]))
    data = grid_data(viewer, '/odoo-pos/orders/', filter='true', store=store,
                     pagesize='500', **{'store.verb': 'equal', 'business_date': f'{day}|{day}',
                                        'business_date.verb': 'between'})
    assert {r['name'] for r in data['data']} == names
    assert data['pager_stats']['item_count'] == len(names)


def test_order_lines_filter_by_sale_business_day(viewer, db, db_config):
    model = db_config.get_app().model
    Order = model.OdooPosOrder
    lines: dict = {}
    for order in db.query(Order).filter(Order.state.in_(SALE_STATES)):
        day = local_text(order.date_order, store_zone(db, model, order.store_uuid), '%Y-%m-%d')
        lines.setdefault((order.store.name, day), set()).update(line.uuid for line in order.lines)
    (store, day), expected = max(lines.items(), key=lambda item: len(item[1]))
    data = grid_data(viewer, '/odoo-pos/order-lines/', filter='true', store=store,
                     pagesize='500', **{'store.verb': 'equal', 'business_date': f'{day}|{day}',
                                        'business_date.verb': 'between'})
    assert data['pager_stats']['item_count'] == len(expected)


def test_records_of_no_store_are_labelled_in_the_default_zone(viewer, db, db_config):
    """The rejected records list: first/last seen in the default zone, labelled."""
    import uuid
    model = db_config.get_app().model
    default = db.execute(__import__('sqlalchemy').text(
        "SELECT odoo_pos_default_timezone()")).scalar()
    seen = datetime.datetime(2026, 7, 4, 3, 15, 0)
    row = model.OdooPosRejected(uuid=uuid.uuid4().hex, source='default', odoo_model='pos.order',
                                odoo_id=999999, reason="test: a reason", raw='{}',
                                first_seen=seen, last_seen=seen, attempts=1)
    db.add(row)
    db.commit()
    try:
        page = viewer.get(f'/odoo-pos/rejected/{row.uuid}')
        assert local_text(seen, default, '%Y-%m-%d %H:%M:%S %Z') + f' ({default})' in page.text
    finally:
        db.delete(row)
        db.commit()
