# SPDX-License-Identifier: GPL-3.0-or-later
"""``rattail odoo-pos-reconcile``: do Rattail's POS figures add up to Odoo's?

For each source, store (``pos.config``) and **business day** (the store's own
local day: ``odoo_pos_store.timezone``, else ``[rattail] timezone.default``,
the rule of the reporting views), compare what Odoo itself sums with
``read_group`` (``formatted_read_group`` on Odoo 19 and later, where ``read_group``
is deprecated: :meth:`OdooClient.aggregate`) against what Rattail holds:

* orders: count, ``amount_total``, ``amount_tax``;
* order lines: count, ``price_subtotal_incl``, ``price_subtotal``;
* payments: count, ``amount``;

each sum to the cent.  Lines and payments belong to the day of their order.

**Calls to Odoo** (none per record): per source one ``search_read`` of
``pos.config``, one ``read_group`` of ``pos.order`` per store over the whole
range (a store with no orders on either side stops there), then for each
active store and day three ``read_group`` calls (orders, lines, payments),
each bounded by a domain on the store and the day's UTC window.  So at most
``1 + stores + 3 x stores x days`` calls, whatever the number of orders.

``--repair`` re-imports exactly the (source, store, day)s that differ: the
Odoo ids of their orders, lines and payments (``search``, keyset paged),
upserted through the import handler's own importers; then the local records
of those days that Odoo did not list are read back from Odoo by id: the ones
Odoo still has (moved to another day or store) are updated, the ones it no
longer has are deleted.  Nothing is deleted on the strength of an empty or
short read alone.  Then the repaired days are compared again.

Exit codes: 0 all equal, 1 some differ (or Odoo / PostgreSQL failed),
2 configuration error, 75 another run holds the source's lock (``--repair``).
"""

from __future__ import annotations

import datetime
import decimal
import json
import logging
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Annotated, Any, Iterable, Optional
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import sqlalchemy as sa
import typer

from rattail_odoo_pos.config import IMPORT_KEY
from rattail_odoo_pos.odoo.client import format_odoo_datetime
from rattail_odoo_pos.odoo.errors import OdooConfigError, OdooPosError

from rattail_odoo_pos.locks import EXIT_LOCKED, SourceLocked, SourceLocks

log = logging.getLogger(__name__)

CENT = decimal.Decimal('0.01')
ZERO = decimal.Decimal('0.00')

#: exit codes
EXIT_EQUAL, EXIT_DIFFER, EXIT_CONFIG = 0, 1, 2

#: the figures compared: attribute, label
FIGURES = [
    ('orders', 'orders'),
    ('amount_total', 'order amount_total'),
    ('amount_tax', 'order amount_tax'),
    ('lines', 'lines'),
    ('line_total_incl', 'line price_subtotal_incl'),
    ('line_total_excl', 'line price_subtotal'),
    ('payments', 'payments'),
    ('payment_amount', 'payment amount'),
]

#: Odoo models reconciled (and their rejected records listed)
MODELS = ('pos.order', 'pos.order.line', 'pos.payment')

#: per model: the local table, and the domain path from the model to its order
#: (lines and payments count on their order's store and day)
ORDER_PATH = {'pos.order': '', 'pos.order.line': 'order_id.', 'pos.payment': 'pos_order_id.'}
ENTITY_KEY = {'pos.order': 'order', 'pos.order.line': 'order_line', 'pos.payment': 'payment'}


class ReconcileConfigError(Exception):
    """A wrong option or setting (exit code 2)."""


@dataclass
class Figures:
    orders: int = 0
    amount_total: decimal.Decimal = ZERO
    amount_tax: decimal.Decimal = ZERO
    lines: int = 0
    line_total_incl: decimal.Decimal = ZERO
    line_total_excl: decimal.Decimal = ZERO
    payments: int = 0
    payment_amount: decimal.Decimal = ZERO

    def differing(self, other: 'Figures') -> list[str]:
        return [name for name, _ in FIGURES if getattr(self, name) != getattr(other, name)]


@dataclass
class Store:
    odoo_id: int
    name: str
    timezone: str
    zone: ZoneInfo

    def window(self, day: datetime.date) -> tuple[datetime.datetime, datetime.datetime]:
        """The UTC bounds [start, end) of the local *day* (DST-safe, any offset)."""
        start = datetime.datetime.combine(day, datetime.time(0), self.zone)
        end = datetime.datetime.combine(day + datetime.timedelta(days=1), datetime.time(0),
                                        self.zone)
        utc = datetime.timezone.utc
        return start.astimezone(utc), end.astimezone(utc)


@dataclass
class Difference:
    source: str
    store: Store
    day: datetime.date
    odoo: Figures
    rattail: Figures

    @property
    def figures(self) -> list[str]:
        return self.odoo.differing(self.rattail)

    def as_dict(self) -> dict[str, Any]:
        return {'source': self.source, 'store': self.store.odoo_id,
                'store_name': self.store.name, 'day': self.day.isoformat(),
                'timezone': self.store.timezone,
                'figures': {name: {'odoo': _plain(getattr(self.odoo, name)),
                                   'rattail': _plain(getattr(self.rattail, name))}
                            for name in self.figures}}


@dataclass
class SourceResult:
    source: str
    stores: list[Store] = field(default_factory=list)
    checked: int = 0                  # (store, day)s compared
    differences: list[Difference] = field(default_factory=list)
    odoo_calls: int = 0
    rejected: list[dict[str, Any]] = field(default_factory=list)
    repaired: dict[str, Any] | None = None


def _plain(value: Any) -> Any:
    return str(value) if isinstance(value, decimal.Decimal) else value


def money(value: Any) -> decimal.Decimal:
    """An Odoo sum (a float such as ``33069.280000000006``) to the cent."""
    if value is None or value is False:
        return ZERO
    return decimal.Decimal(repr(value) if isinstance(value, float) else str(value)).quantize(
        CENT, rounding=decimal.ROUND_HALF_UP)


def parse_day(value: str, today: datetime.date) -> datetime.date:
    text = value.strip().lower()
    if text == 'today':
        return today
    if text == 'yesterday':
        return today - datetime.timedelta(days=1)
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        raise ReconcileConfigError(f"not a date: {value!r} (use YYYY-MM-DD, today or "
                                   f"yesterday)") from None


def days_between(since: datetime.date, until: datetime.date) -> list[datetime.date]:
    return [since + datetime.timedelta(days=i) for i in range((until - since).days + 1)]


class Reconciler:
    """Compares (and repairs) one or more sources over a range of business days."""

    def __init__(self, config: Any):
        self.config = config
        self.app = config.get_app()
        self.handler = self.app.get_odoo_pos_handler()
        self.default_timezone = config.get('rattail.timezone.default') or 'UTC'
        try:
            self.default_zone = ZoneInfo(self.default_timezone)
        except (ZoneInfoNotFoundError, ValueError):
            raise ReconcileConfigError(
                f"[rattail] timezone.default = {self.default_timezone!r} is not a time zone "
                f"name (e.g. America/Chicago)") from None

    def today(self) -> datetime.date:
        return datetime.datetime.now(self.default_zone).date()

    def source_keys(self, requested: list[str] | None) -> list[str]:
        configured = self.handler.get_source_keys()
        if not configured:
            raise ReconcileConfigError(
                "no Odoo source configured: set [odoo_pos] sources = KEY ... and "
                "source.KEY.url / database / login / secret_env")
        keys = list(dict.fromkeys(requested or configured))
        unknown = [k for k in keys if k not in configured]
        if unknown:
            raise ReconcileConfigError(f"unknown Odoo source(s) {', '.join(unknown)}; "
                                       f"configured: {', '.join(configured)}")
        for key in keys:
            try:
                self.handler.get_source(key)
            except OdooConfigError as error:
                raise ReconcileConfigError(f"source {key}: {error}") from None
        return keys

    # -- stores ---------------------------------------------------------------

    def zone_of(self, name: str | None) -> tuple[str, ZoneInfo]:
        if name:
            try:
                return name, ZoneInfo(name)
            except (ZoneInfoNotFoundError, ValueError):
                log.warning("store time zone %r is unknown; using %s", name,
                            self.default_timezone)
        return self.default_timezone, self.default_zone

    def stores(self, session, client, source: str) -> list[Store]:
        """The stores of *source*: Odoo's ``pos.config`` records (archived too)
        and any local one Odoo no longer lists."""
        ext = self.app.model.OdooPosStore
        local = {row.odoo_id: row for row in session.query(ext).filter(ext.source == source)}
        remote = client.search_read('pos.config', [], ['name'], order='id')
        out = {}
        for rec in remote:
            row = local.get(rec['id'])
            tz, zone = self.zone_of(row.timezone if row is not None else None)
            out[rec['id']] = Store(rec['id'], rec.get('name') or str(rec['id']), tz, zone)
        for odoo_id, row in local.items():
            if odoo_id not in out:
                tz, zone = self.zone_of(row.timezone)
                out[odoo_id] = Store(odoo_id, row.name or str(odoo_id), tz, zone)
        return [out[k] for k in sorted(out)]

    # -- the Odoo side --------------------------------------------------------

    @staticmethod
    def domain(model: str, store: Store, start: datetime.datetime,
               end: datetime.datetime) -> list:
        path = ORDER_PATH[model]
        return [(f'{path}config_id', '=', store.odoo_id),
                (f'{path}date_order', '>=', format_odoo_datetime(start)),
                (f'{path}date_order', '<', format_odoo_datetime(end))]

    @staticmethod
    def total(client, model: str, domain: list, fields: list[str]) -> dict[str, Any]:
        """One ``read_group`` without groupby: ``__count`` and the sums."""
        groups = client.aggregate(model, domain, fields)
        out: dict[str, Any] = {'__count': 0}
        for group in groups:
            out['__count'] += int(group.get('__count') or 0)
            for spec in fields:
                name = spec.split(':')[0]
                out[name] = out.get(name, 0.0) + float(group.get(spec) or 0.0)
        return out

    def odoo_figures(self, client, store: Store, day: datetime.date) -> Figures:
        start, end = store.window(day)
        orders = self.total(client, 'pos.order', self.domain('pos.order', store, start, end),
                            ['amount_total:sum', 'amount_tax:sum'])
        lines = self.total(client, 'pos.order.line',
                           self.domain('pos.order.line', store, start, end),
                           ['price_subtotal_incl:sum', 'price_subtotal:sum'])
        payments = self.total(client, 'pos.payment',
                              self.domain('pos.payment', store, start, end), ['amount:sum'])
        return Figures(orders=orders['__count'], amount_total=money(orders.get('amount_total')),
                       amount_tax=money(orders.get('amount_tax')), lines=lines['__count'],
                       line_total_incl=money(lines.get('price_subtotal_incl')),
                       line_total_excl=money(lines.get('price_subtotal')),
                       payments=payments['__count'],
                       payment_amount=money(payments.get('amount')))

    # -- the Rattail side -----------------------------------------------------

    RATTAIL_SQL = """
        WITH st AS (
            SELECT * FROM json_to_recordset(CAST(:stores AS json))
                AS x(odoo_id integer, tz text)),
        o AS (
            SELECT o.uuid, st.odoo_id AS store,
                   (timezone(st.tz, timezone('UTC', o.date_order)))::date AS day,
                   o.amount_total, o.amount_tax
            FROM odoo_pos_order o
            JOIN odoo_pos_store s ON s.store_uuid = o.store_uuid AND s.source = o.source
            JOIN st ON st.odoo_id = s.odoo_id
            WHERE o.source = :source AND o.date_order >= :lo AND o.date_order < :hi)
        SELECT o.store, o.day, count(*),
               COALESCE(sum(o.amount_total), 0), COALESCE(sum(o.amount_tax), 0),
               COALESCE(sum(l.n), 0), COALESCE(sum(l.incl), 0), COALESCE(sum(l.excl), 0),
               COALESCE(sum(p.n), 0), COALESCE(sum(p.amount), 0)
        FROM o
        LEFT JOIN LATERAL (
            SELECT count(*) AS n, sum(price_subtotal_incl) AS incl, sum(price_subtotal) AS excl
            FROM odoo_pos_order_line WHERE order_uuid = o.uuid) l ON true
        LEFT JOIN LATERAL (
            SELECT count(*) AS n, sum(amount) AS amount
            FROM odoo_pos_payment WHERE order_uuid = o.uuid) p ON true
        WHERE o.day BETWEEN :since AND :until
        GROUP BY o.store, o.day
    """

    def rattail_figures(self, session, source: str, stores: list[Store],
                        since: datetime.date, until: datetime.date,
                        ) -> dict[tuple[int, datetime.date], Figures]:
        """One query: (store, local day) -> figures."""
        if not stores:
            return {}
        lo = min(s.window(since)[0] for s in stores).replace(tzinfo=None)
        hi = max(s.window(until)[1] for s in stores).replace(tzinfo=None)
        payload = json.dumps([{'odoo_id': s.odoo_id, 'tz': s.timezone} for s in stores])
        rows = session.execute(sa.text(self.RATTAIL_SQL), {
            'stores': payload, 'source': source, 'lo': lo, 'hi': hi,
            'since': since, 'until': until})
        out = {}
        for r in rows:
            out[(r[0], r[1])] = Figures(
                orders=int(r[2]), amount_total=decimal.Decimal(r[3]).quantize(CENT),
                amount_tax=decimal.Decimal(r[4]).quantize(CENT), lines=int(r[5]),
                line_total_incl=decimal.Decimal(r[6]).quantize(CENT),
                line_total_excl=decimal.Decimal(r[7]).quantize(CENT), payments=int(r[8]),
                payment_amount=decimal.Decimal(r[9]).quantize(CENT))
        return out

    # -- comparing ------------------------------------------------------------

    def compare(self, session, client, source: str, since: datetime.date,
                until: datetime.date, only: set[tuple[int, datetime.date]] | None = None,
                ) -> SourceResult:
        """Compare *source* over [since, until] (or only the (store, day)s of *only*)."""
        calls_before = client.calls
        result = SourceResult(source)
        result.stores = self.stores(session, client, source)
        local = self.rattail_figures(session, source, result.stores, since, until)
        local_stores = {store for store, _ in local}
        for store in result.stores:
            days = [d for d in days_between(since, until)
                    if only is None or (store.odoo_id, d) in only]
            if not days:
                continue
            if only is None and store.odoo_id not in local_stores:
                # one call for the whole range: a store idle on both sides stops here
                start, end = store.window(since)[0], store.window(until)[1]
                if not self.total(client, 'pos.order',
                                  self.domain('pos.order', store, start, end), [])['__count']:
                    result.checked += len(days)
                    continue
            for day in days:
                odoo = self.odoo_figures(client, store, day)
                mine = local.get((store.odoo_id, day), Figures())
                result.checked += 1
                if odoo.differing(mine):
                    result.differences.append(Difference(source, store, day, odoo, mine))
        result.odoo_calls = client.calls - calls_before
        return result

    def rejected(self, session, source: str) -> list[dict[str, Any]]:
        """Open rejected records of *source* for the reconciled models (empty
        when this database has no rejected-records table yet)."""
        cls = getattr(self.app.model, 'OdooPosRejected', None)
        if cls is None or not sa.inspect(session.get_bind()).has_table(cls.__tablename__):
            return []
        out = []
        query = (session.query(cls).filter(cls.source == source, cls.odoo_model.in_(MODELS))
                 .order_by(cls.odoo_model, cls.odoo_id))
        for rec in query:
            hint = None
            try:
                raw = json.loads(rec.raw) if rec.raw else {}
            except ValueError:
                raw = {}
            if isinstance(raw, dict):
                if raw.get('date_order'):
                    hint = f"date_order {raw['date_order']} UTC"
                for key in ('order_id', 'pos_order_id'):
                    value = raw.get(key)
                    if isinstance(value, (list, tuple)) and value:
                        hint = f"order {value[0]}" + (f" {value[1]}" if len(value) > 1 else '')
                    elif isinstance(value, int) and value:
                        hint = f"order {value}"
            out.append({'odoo_model': rec.odoo_model, 'odoo_id': rec.odoo_id, 'reason': rec.reason,
                        'first_seen': rec.first_seen.isoformat(sep=' ', timespec='seconds')
                        if rec.first_seen else None,
                        'last_seen': rec.last_seen.isoformat(sep=' ', timespec='seconds')
                        if rec.last_seen else None,
                        'attempts': rec.attempts, 'hint': hint})
        return out

    # -- repairing ------------------------------------------------------------

    def repair(self, source: str, differences: list[Difference]) -> dict[str, Any]:
        """Re-import exactly the (store, day)s of *differences*; returns what was done."""
        handler = self.app.get_import_handler(IMPORT_KEY, require=True)
        handler.sources_requested = [source]
        handler.begin_run()
        handler.setup()
        handler.begin_transaction()
        done = {'upserted': defaultdict(int), 'updated_elsewhere': defaultdict(int),
                'deleted': defaultdict(int)}
        try:
            client = handler.get_client(source)
            session = handler.session
            importers = {model: handler.importer_for(ENTITY_KEY[model]) for model in MODELS}
            odoo_ids: dict[str, set[int]] = {model: set() for model in MODELS}
            for model in MODELS:                          # orders first: lines need them
                importer = importers[model]
                for diff in differences:
                    start, end = diff.store.window(diff.day)
                    for batch in client.iter_ids(model, self.domain(model, diff.store,
                                                                    start, end)):
                        odoo_ids[model].update(batch)
                        self._upsert(client, importer, source, model, batch,
                                     done['upserted'])
                session.flush()
            # local records of those days that Odoo did not list: ask Odoo for each
            # by id; still there (moved) -> update it, gone -> delete it
            for model in reversed(MODELS):                # payments, lines, then orders
                importer = importers[model]
                local = self.local_ids(session, source, model, differences)
                unlisted = sorted(set(local) - odoo_ids[model])
                for i in range(0, len(unlisted), 1000):
                    chunk = unlisted[i:i + 1000]
                    still = {r['id'] for r in client.read(model, chunk, ['id'])}
                    if still:
                        self._upsert(client, importer, source, model, sorted(still),
                                     done['updated_elsewhere'])
                    gone = [odoo_id for odoo_id in chunk if odoo_id not in still]
                    if gone:
                        self.delete(session, importer, source, model, gone)
                        done['deleted'][model] += len(gone)
                session.flush()
            handler.commit_transaction()
        except BaseException:
            try:
                handler.rollback_transaction()
            except Exception:
                log.debug("rollback after a failed repair failed", exc_info=True)
            raise
        handler.teardown()
        return {key: dict(value) for key, value in done.items()}

    @staticmethod
    def _upsert(client, importer, source: str, model: str, ids: list[int],
                counts: dict[str, int]) -> None:
        size = client.source.batch_size
        for i in range(0, len(ids), size):
            records = client.read(model, ids[i:i + size], importer.plan(source).fields)
            if records:
                importer.import_batch(source, records, [], [])
                importer.cached_local_data = {}
                counts[model] += len(records)

    LOCAL_IDS_SQL = {
        'pos.order': "SELECT o.odoo_id FROM odoo_pos_order o {join} WHERE {where}",
        'pos.order.line': "SELECT x.odoo_id FROM odoo_pos_order_line x "
                          "JOIN odoo_pos_order o ON o.uuid = x.order_uuid {join} WHERE {where}",
        'pos.payment': "SELECT x.odoo_id FROM odoo_pos_payment x "
                       "JOIN odoo_pos_order o ON o.uuid = x.order_uuid {join} WHERE {where}",
    }

    def local_ids(self, session, source: str, model: str,
                  differences: list[Difference]) -> list[int]:
        """Odoo ids of the local *model* records of the differing (store, day)s."""
        join = ("JOIN odoo_pos_store s ON s.store_uuid = o.store_uuid AND s.source = o.source")
        ids: list[int] = []
        for n, diff in enumerate(differences):
            start, end = diff.store.window(diff.day)
            where = ("o.source = :source AND s.odoo_id = :store "
                     "AND o.date_order >= :start AND o.date_order < :end")
            sql = self.LOCAL_IDS_SQL[model].format(join=join, where=where)
            ids.extend(r[0] for r in session.execute(sa.text(sql), {
                'source': source, 'store': diff.store.odoo_id,
                'start': start.replace(tzinfo=None), 'end': end.replace(tzinfo=None)}))
        return ids

    def delete(self, session, importer, source: str, model: str, odoo_ids: list[int]) -> None:
        """Delete local records Odoo confirmed gone (a versioned delete)."""
        cls = importer.model_class
        objs = session.query(cls).filter(cls.source == source, cls.odoo_id.in_(odoo_ids)).all()
        if model in ('pos.order', 'pos.order.line'):
            # refund lines elsewhere that point at a line going away keep their row
            line = self.app.model.OdooPosOrderLine
            if model == 'pos.order':
                uuids = [l.uuid for o in objs for l in o.lines]
            else:
                uuids = [o.uuid for o in objs]
            if uuids:
                session.query(line).filter(line.refunded_line_uuid.in_(uuids)).update(
                    {line.refunded_line_uuid: None}, synchronize_session='fetch')
        for obj in objs:
            log.info("%s: deleting %s %s gone from Odoo source '%s'", importer.model_name,
                     model, obj.odoo_id, source)
            session.delete(obj)
        session.flush()


# -- output ---------------------------------------------------------------------

def _fmt(value: Any) -> str:
    if isinstance(value, decimal.Decimal):
        return f"{value:,.2f}"
    return f"{value:,}"


def print_result(result: SourceResult, out, since, until, *, after_repair: bool = False) -> None:
    what = "after repair: " if after_repair else ""
    if not result.differences:
        print(f"source {result.source}: {what}EQUAL: {len(result.stores)} store(s), "
              f"{since} .. {until}, {result.checked} store-day(s) compared "
              f"({result.odoo_calls} Odoo calls)", file=out)
        return
    print(f"source {result.source}: {what}{len(result.differences)} of {result.checked} "
          f"store-day(s) DIFFER ({since} .. {until}, {result.odoo_calls} Odoo calls)", file=out)
    for diff in result.differences:
        print(f"  {diff.day}  store {diff.store.odoo_id} {diff.store.name!r} "
              f"({diff.store.timezone})", file=out)
        for name, label in FIGURES:
            if name in diff.figures:
                odoo, mine = getattr(diff.odoo, name), getattr(diff.rattail, name)
                delta = mine - odoo
                sign = '+' if delta > 0 else ''
                print(f"    {label:26} Odoo {_fmt(odoo):>14}   Rattail {_fmt(mine):>14}   "
                      f"({sign}{_fmt(delta)})", file=out)
    if result.rejected:
        print(f"  open rejected records of source {result.source} that may explain these "
              f"differences ({len(result.rejected)}):", file=out)
        for rec in result.rejected[:50]:
            hint = f" [{rec['hint']}]" if rec['hint'] else ''
            print(f"    {rec['odoo_model']} {rec['odoo_id']}{hint}: {rec['reason']} "
                  f"(first seen {rec['first_seen']}, {rec['attempts']} attempt(s))", file=out)
        if len(result.rejected) > 50:
            print(f"    ... and {len(result.rejected) - 50} more (see odoo-pos-check and the "
                  f"sync status page)", file=out)


def run_reconcile(config: Any, sources: list[str] | None = None, since: str | None = None,
                  until: str | None = None, repair: bool = False, as_json: bool = False,
                  debug: bool = False, out=None, err=None) -> int:
    """Reconcile; print the report; return the exit code."""
    out = out or sys.stdout
    err = err or sys.stderr
    try:
        reconciler = Reconciler(config)
        keys = reconciler.source_keys(sources)
        today = reconciler.today()
        day_until = parse_day(until, today) if until else today
        day_since = parse_day(since, today) if since else day_until - datetime.timedelta(days=6)
        if day_since > day_until:
            raise ReconcileConfigError(f"--since {day_since} is after --until {day_until}")
    except ReconcileConfigError as error:
        print(f"odoo-pos-reconcile: configuration error: {error}", file=err)
        return EXIT_CONFIG

    report: dict[str, Any] = {'since': day_since.isoformat(), 'until': day_until.isoformat(),
                              'sources': []}
    code = EXIT_EQUAL
    for key in keys:
        try:
            result = reconcile_source(reconciler, key, day_since, day_until, repair,
                                      out=None if as_json else out)
        except Exception as error:
            if isinstance(error, SourceLocked):
                print(f"odoo-pos-reconcile: {error}", file=err)
                code = max(code, EXIT_LOCKED)
                report['sources'].append({'source': key, 'error': str(error)})
                continue
            message = describe_failure(key, error)
            if message is None:
                raise
            if debug:
                log.error("odoo-pos-reconcile: source %s failed", key, exc_info=True)
            else:
                log.debug("odoo-pos-reconcile: source %s failed", key, exc_info=True)
            print(f"odoo-pos-reconcile: {message}", file=err)
            code = max(code, EXIT_DIFFER)
            report['sources'].append({'source': key, 'error': message})
            continue
        if result.differences:
            code = max(code, EXIT_DIFFER)
        report['sources'].append({
            'source': key, 'equal': not result.differences, 'stores': len(result.stores),
            'store_days': result.checked, 'odoo_calls': result.odoo_calls,
            'differences': [d.as_dict() for d in result.differences],
            'rejected': result.rejected, 'repaired': result.repaired})
    if as_json:
        report['exit_code'] = code
        print(json.dumps(report, indent=2), file=out)
    return code


def reconcile_source(reconciler: Reconciler, key: str, since: datetime.date,
                     until: datetime.date, repair: bool, out=None) -> SourceResult:
    """Compare one source (and repair it when asked); print unless *out* is None."""
    app = reconciler.app
    session = app.make_session()
    client = reconciler.handler.get_client(key)
    try:
        result = reconciler.compare(session, client, key, since, until)
        if result.differences:
            result.rejected = reconciler.rejected(session, key)
        session.rollback()
        if out is not None:
            print_result(result, out, since, until)
        if not (repair and result.differences):
            return result
        with SourceLocks(reconciler.config, [key], 'odoo-pos-reconcile --repair'):
            done = reconciler.repair(key, result.differences)
        if out is not None:
            for label, counts in (('re-imported', done['upserted']),
                                  ('updated (moved to another day or store)',
                                   done['updated_elsewhere']),
                                  ('deleted (gone from Odoo)', done['deleted'])):
                if counts:
                    print(f"  repair: {label}: " + ', '.join(
                        f"{n:,} {model}" for model, n in counts.items()), file=out)
        only = {(d.store.odoo_id, d.day) for d in result.differences}
        again = reconciler.compare(session, client, key, since, until, only=only)
        if again.differences:
            again.rejected = reconciler.rejected(session, key)
        session.rollback()
        again.repaired = done
        if out is not None:
            print_result(again, out, since, until, after_repair=True)
        return again
    finally:
        session.close()


def describe_failure(source: str, error: BaseException) -> str | None:
    """One line for an Odoo or PostgreSQL failure (None: not one of ours)."""
    if isinstance(error, OdooPosError):
        return f"source {source}: {error}"
    if isinstance(error, sa.exc.DBAPIError):
        orig = str(getattr(error, 'orig', None) or error).strip().splitlines()
        first = orig[0] if orig else type(error).__name__
        return (f"source {source}: PostgreSQL failed: {first} (nothing was changed by the "
                f"failed step; run it again once the database is back)")
    if isinstance(error, sa.exc.SQLAlchemyError):
        return f"source {source}: database error: {type(error).__name__}: {error}"
    return None


def odoo_pos_reconcile(
        ctx: typer.Context,
        source: Annotated[Optional[list[str]], typer.Option(
            '--source', help="Reconcile only this source (repeatable); default: all.")] = None,
        since: Annotated[Optional[str], typer.Option(
            '--since', help="First business day (YYYY-MM-DD, today, yesterday); "
                            "default: 6 days before --until.")] = None,
        until: Annotated[Optional[str], typer.Option(
            '--until', help="Last business day (YYYY-MM-DD, today, yesterday); "
                            "default: today.")] = None,
        repair: Annotated[bool, typer.Option(
            '--repair', help="Re-import exactly the differing store-days, delete what Odoo "
                             "confirms gone, then compare them again.")] = False,
        as_json: Annotated[bool, typer.Option(
            '--json', help="Print the report as JSON.")] = False,
        debug: Annotated[bool, typer.Option(
            '--debug', '-v', help="Log the traceback of a failure.")] = False,
):
    """
    Compare Odoo's POS totals with Rattail's per store and business day
    """
    # registered on rattail's typer app by rattail_odoo_pos.commands
    config = ctx.parent.rattail_config
    verbose = debug or bool(ctx.parent.params.get('verbose'))
    if verbose:
        logging.getLogger('rattail_odoo_pos').setLevel(logging.DEBUG)
    raise typer.Exit(run_reconcile(config, source, since, until, repair=repair,
                                   as_json=as_json, debug=verbose))
