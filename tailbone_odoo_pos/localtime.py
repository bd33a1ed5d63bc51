# SPDX-License-Identifier: GPL-3.0-or-later
"""Store-local time for every page of the plugin: UTC datetimes of orders,
sessions and payments shown in their store's Odoo time zone, labelled with the
zone ("2026-11-21 14:05 PST"), and the business day of a sale.

One rule everywhere, the reporting view's (``rattail_odoo_pos.db.reporting``):
a store's zone is the ``timezone`` of its ``odoo_pos_store`` row for the
record's source (else its first row), else ``odoo_pos_default_timezone()``
(the ``[rattail] timezone.default`` the migration saw).  A record of no store
(a rejected record, a cursor) is shown in that default zone, labelled too.
"""

from __future__ import annotations

import datetime
import zoneinfo
from typing import Any

import sqlalchemy as sa
from webhelpers2.html import HTML

from rattail_odoo_pos.db.reporting import SALE_STATES

#: attribute of a request caching its :class:`Zones`
REQUEST_ATTR = '_odoo_pos_zones'


def zone_info(name: str) -> datetime.tzinfo:
    """The tzinfo of an IANA zone name (UTC when the name is unknown)."""
    try:
        return zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return datetime.timezone.utc


def to_local(value: datetime.datetime, zone: str) -> datetime.datetime:
    """A stored datetime (naive UTC, or aware) in *zone* (aware)."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=datetime.timezone.utc)
    return value.astimezone(zone_info(zone))


def business_date(value: datetime.datetime, zone: str) -> datetime.date:
    """The business day of a sale made at *value* (UTC) in a store of *zone*."""
    return to_local(value, zone).date()


def format_local(value: datetime.datetime | None, zone: str, *, seconds: bool = False,
                 full: bool = False) -> str:
    """``2026-11-21 14:05 PST`` (with *full*: ``... PST (America/Los_Angeles)``)."""
    if value is None:
        return ''
    local = to_local(value, zone)
    text = local.strftime('%Y-%m-%d %H:%M:%S' if seconds else '%Y-%m-%d %H:%M')
    text = f"{text} {local.tzname()}"
    if full:
        text = f"{text} ({zone})"
    return text


class Zones:
    """The time zone of every store, read once (a request's worth)."""

    def __init__(self, session: Any, default: str | None = None):
        rows = session.execute(sa.text(
            "SELECT store_uuid, source, timezone FROM odoo_pos_store "
            "WHERE store_uuid IS NOT NULL ORDER BY odoo_id")).fetchall()
        if default is None:
            try:
                with session.begin_nested():
                    default = session.execute(sa.text(
                        "SELECT odoo_pos_default_timezone()")).scalar()
            except sa.exc.DBAPIError:
                default = None
        self.default: str = default or 'UTC'
        self.first: dict[str, str] = {}
        self.by_source: dict[tuple[str, str], str] = {}
        for store_uuid, source, zone in rows:
            zone = zone or self.default
            self.first.setdefault(store_uuid, zone)
            self.by_source.setdefault((store_uuid, source), zone)

    def of_store(self, store_uuid: str | None, source: str | None = None) -> str:
        """Zone of a store (for a record of *source*)."""
        if not store_uuid:
            return self.default
        return self.by_source.get((store_uuid, source)) or self.first.get(store_uuid) \
            or self.default

    def of_record(self, obj: Any) -> str:
        """Zone of the store a record belongs to: its own ``store_uuid``, or
        its order's or session's."""
        for holder in (obj, getattr(obj, 'order', None), getattr(obj, 'session', None)):
            store_uuid = getattr(holder, 'store_uuid', None) if holder is not None else None
            if store_uuid:
                return self.of_store(store_uuid, getattr(holder, 'source', None))
        return self.default

    def today(self, store_uuid: str | None, now: datetime.datetime | None = None,
              source: str | None = None) -> datetime.date:
        """The current business day of a store."""
        now = now or datetime.datetime.now(datetime.timezone.utc)
        return business_date(now, self.of_store(store_uuid, source))


def zones_for(request: Any) -> Zones:
    """The :class:`Zones` of a request (read on first use)."""
    zones = getattr(request, REQUEST_ATTR, None)
    if zones is None:
        from tailbone.db import Session
        zones = Zones(Session())
        setattr(request, REQUEST_ATTR, zones)
    return zones


def render(request: Any, obj: Any, value: datetime.datetime | None, *,
           full: bool = False) -> Any:
    """HTML of a datetime of *obj* in its store's zone, the zone's name as
    tooltip (and, with *full*, in the text)."""
    if value is None:
        return ''
    zone = zones_for(request).of_record(obj)
    return HTML.tag('span', class_='odoo-pos-localtime', title=zone, **{'data-zone': zone},
                    c=[format_local(value, zone, seconds=full, full=full)])


def grid_renderer(request: Any):
    """A grid renderer for a datetime column: ``renderer(obj, field)``."""
    def renderer(obj, field):
        return render(request, obj, getattr(obj, field, None))
    return renderer


def form_renderer(request: Any):
    """A form renderer for a datetime field (seconds and the zone's name)."""
    def renderer(obj, field):
        return render(request, obj, getattr(obj, field, None), full=True)
    return renderer


def datetime_columns(cls: Any) -> list[str]:
    """The DateTime columns of a mapped class (``odoo_write_date`` included)."""
    return [prop.key for prop in sa.inspect(cls).column_attrs
            if isinstance(prop.columns[0].type, sa.DateTime)]


def business_date_expr(order: Any) -> Any:
    """SQL: the business day of an order that is a sale (NULL otherwise), by
    the reporting view's rule; *order* is the order class or an alias."""
    store = sa.table('odoo_pos_store', sa.column('store_uuid'), sa.column('source'),
                     sa.column('timezone'), sa.column('odoo_id'))
    tz = (sa.select(store.c.timezone)
          .where(store.c.store_uuid == order.store_uuid)
          .order_by((store.c.source == order.source).desc(), store.c.odoo_id)
          .limit(1).correlate(order).scalar_subquery())
    zone = sa.func.coalesce(sa.func.nullif(tz, ''), sa.func.odoo_pos_default_timezone())
    day = sa.cast(sa.func.timezone(zone, sa.func.timezone('UTC', order.date_order)), sa.Date)
    return sa.case((order.state.in_(SALE_STATES), day), else_=None)


def configure_grid(request: Any, g: Any, cls: Any) -> None:
    """Called by the plugin's list pages: datetime columns in store-local
    time; orders get the "Sale business day" filter (store-local day of a
    sale, as the reports and the dashboard count it)."""
    for name in datetime_columns(cls):
        if name in g.columns:
            g.set_renderer(name, grid_renderer(request))
    if all(hasattr(cls, a) for a in ('date_order', 'store_uuid', 'state', 'source')):
        from tailbone.grids import filters as gridfilters
        g.set_filter('business_date', business_date_expr(cls),
                     factory=gridfilters.AlchemyDateFilter, label="Sale business day")


def configure_form(request: Any, f: Any, cls: Any) -> None:
    """Called by the plugin's view pages: datetime fields in store-local time
    with the zone's name."""
    for name in datetime_columns(cls):
        if name in f.fields:
            f.set_renderer(name, form_renderer(request))
