# SPDX-License-Identifier: GPL-3.0-or-later
"""Odoo POS order lines -> ``odoo_pos_daily_summary``: the daily sales per
source, store and business day, refreshed by the import for the days a batch
touched (in the batch's own transaction), so the dashboard never reads the
lines.

The figures are those of the ``odoo_pos_sales_line`` reporting view (its
business-day rule: the store's Odoo time zone; its sale states), grouped as
``odoo_pos_daily_store_sales`` groups them, per source as well.

The importer calls :func:`before_batch` with the Odoo ids of a batch of orders
or order lines before writing it (the days those records counted in until
now), :func:`before_delete` for a record it deletes, and :func:`refresh_touched`
just before it commits the batch (the days they count in now, recomputed).
:func:`refresh_all` rebuilds the whole table (the migration, after a bulk load
that bypassed the importer, or after a store's time zone changed).
"""

from __future__ import annotations

import datetime
from typing import Any, Iterable

import sqlalchemy as sa

TABLE = 'odoo_pos_daily_summary'

#: entity key -> how to find the orders of a batch's Odoo ids
ORDERS_OF = {
    'order': "SELECT uuid FROM odoo_pos_order WHERE source = :source AND odoo_id = ANY(:ids)",
    'order_line': ("SELECT DISTINCT order_uuid FROM odoo_pos_order_line "
                   "WHERE source = :source AND odoo_id = ANY(:ids)"),
}

#: a business day's orders have a UTC date_order within this many days of it
#: (time zones run from UTC-12 to UTC+14)
MARGIN_BEFORE, MARGIN_AFTER = 2, 3

COLUMNS = ("source, store_uuid, business_date, order_count, line_count, quantity, net, tax, "
           "gross, refreshed")
AGGREGATE = ("SELECT sl.source, sl.store_uuid, sl.business_date, "
             "count(DISTINCT sl.order_uuid), count(*), sum(sl.quantity), sum(sl.net), "
             "sum(sl.tax), sum(sl.gross), timezone('UTC', now()) "
             "FROM odoo_pos_sales_line sl")

Key = tuple  # (source, store_uuid or None, business_date)


def keys_of(session: Any, entity_key: str, source: str, odoo_ids: Iterable[int]) -> set[Key]:
    """The (source, store, business day) of the sales the given orders (or
    order lines) count in now."""
    ids = [int(i) for i in odoo_ids]
    if entity_key not in ORDERS_OF or not ids:
        return set()
    rows = session.execute(sa.text(
        f"SELECT DISTINCT source, store_uuid, business_date FROM odoo_pos_sales_line "
        f"WHERE order_uuid IN ({ORDERS_OF[entity_key]})"), {'source': source, 'ids': ids})
    return {tuple(r) for r in rows}


def refresh(session: Any, keys: Iterable[Key]) -> int:
    """Recompute the summary rows of *keys* from the lines (within the
    session's transaction); returns the number of rows written."""
    keys = sorted(set(keys), key=lambda k: (k[0], k[1] or '', k[2]))
    if not keys:
        return 0
    params = {'sources': [k[0] for k in keys], 'stores': [k[1] or '' for k in keys],
              'dates': [k[2] for k in keys], 'days': sorted({k[2] for k in keys}),
              'before': datetime.timedelta(days=MARGIN_BEFORE),
              'after': datetime.timedelta(days=MARGIN_AFTER)}
    wanted = ("SELECT * FROM unnest(CAST(:sources AS text[]), CAST(:stores AS text[]), "
              "CAST(:dates AS date[])) AS k(source, store_uuid, business_date)")
    session.execute(sa.text(
        f"DELETE FROM {TABLE} d USING ({wanted}) k WHERE d.source = k.source "
        f"AND COALESCE(d.store_uuid, '') = k.store_uuid AND d.business_date = k.business_date"),
        params)
    # the orders that can count on those days, by the date_order index (a
    # literal list: PostgreSQL then reads their lines by the order_uuid index
    # instead of planning the whole view)
    params['orders'] = [r[0] for r in session.execute(sa.text(
        "SELECT DISTINCT o.uuid FROM unnest(CAST(:days AS date[])) AS d(day) "
        "JOIN odoo_pos_order o ON o.date_order >= d.day - CAST(:before AS interval) "
        "AND o.date_order < d.day + CAST(:after AS interval)"), params)]
    if not params['orders']:
        return 0
    result = session.execute(sa.text(
        f"INSERT INTO {TABLE} ({COLUMNS}) {AGGREGATE} "
        f"WHERE sl.order_uuid = ANY(CAST(:orders AS varchar[])) "
        f"AND (sl.source, COALESCE(sl.store_uuid, ''), sl.business_date) IN "
        f"  (SELECT source, store_uuid, business_date FROM ({wanted}) k) "
        f"GROUP BY sl.source, sl.store_uuid, sl.business_date"), params)
    return result.rowcount


def refresh_source(session: Any, source: str) -> int:
    """Rebuild the summary rows of one source; returns the rows written."""
    session.execute(sa.text(f"DELETE FROM {TABLE} WHERE source = :source"), {'source': source})
    result = session.execute(sa.text(
        f"INSERT INTO {TABLE} ({COLUMNS}) {AGGREGATE} WHERE sl.source = :source "
        f"GROUP BY sl.source, sl.store_uuid, sl.business_date"), {'source': source})
    return result.rowcount


def refresh_all(session_or_connection: Any) -> int:
    """Rebuild the whole summary from the lines; returns the rows written."""
    session_or_connection.execute(sa.text(f"DELETE FROM {TABLE}"))
    result = session_or_connection.execute(sa.text(
        f"INSERT INTO {TABLE} ({COLUMNS}) {AGGREGATE} "
        f"GROUP BY sl.source, sl.store_uuid, sl.business_date"))
    return result.rowcount


# -- the importer's hooks --------------------------------------------------------

def _touched(importer: Any) -> set[Key]:
    touched = getattr(importer, '_summary_keys', None)
    if touched is None:
        touched = importer._summary_keys = set()
    return touched


def bulk_loading(importer: Any) -> bool:
    """Whether the importer writes by COPY now (an initial load: ``bulk.py``)."""
    return getattr(importer, 'bulk', None) is not None


def before_batch(importer: Any, source: str, odoo_ids: Iterable[int]) -> None:
    """Called by the importer before it writes a batch: remembers the days
    the batch's orders counted in so far (an order may move or stop being a
    sale).  During a bulk (initial) load it only notes the source: its whole
    summary is rebuilt once, when the load is done (a refresh per batch would
    read each day's lines again for every batch)."""
    if importer.entity.key in ORDERS_OF:
        if bulk_loading(importer):
            importer._summary_sources = getattr(importer, '_summary_sources', set()) | {source}
            return
        ids = list(odoo_ids)
        _touched(importer).update(keys_of(importer.session, importer.entity.key, source, ids))
        importer._summary_pending = getattr(importer, '_summary_pending', []) + [(source, ids)]


def before_delete(importer: Any, obj: Any) -> None:
    """Called by the importer before it deletes a record gone from Odoo."""
    if importer.entity.key in ORDERS_OF:
        _touched(importer).update(keys_of(importer.session, importer.entity.key, obj.source,
                                          [obj.odoo_id]))


def refresh_touched(importer: Any) -> None:
    """Called by the importer just before it commits a batch: refreshes the
    days the batch's records counted in before and count in now."""
    if importer.entity.key not in ORDERS_OF or bulk_loading(importer):
        return
    touched = _touched(importer)
    session = importer.session
    for source in sorted(getattr(importer, '_summary_sources', ())):
        session.flush()
        refresh_source(session, source)
    importer._summary_sources = set()
    for source, ids in getattr(importer, '_summary_pending', []):
        touched.update(keys_of(session, importer.entity.key, source, ids))
    if touched:
        session.flush()
        refresh(session, touched)
    touched.clear()
    importer._summary_pending = []
