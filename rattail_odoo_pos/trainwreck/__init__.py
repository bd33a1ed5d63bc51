# SPDX-License-Identifier: GPL-3.0-or-later
"""Odoo POS orders (this package's tables in Rattail) -> Rattail's Trainwreck
database: one ``Transaction`` per order, one ``TransactionItem`` per order
line, one ``TransactionItemDiscount`` per discounted line.

``rattail import-odoo-pos-trainwreck`` runs it (see docs/trainwreck.md).  Its
cursor is the newest order ``odoo_write_date`` it has carried, per source, kept
in Rattail's ``setting`` table (``odoo_pos.trainwreck.cursor.<source>``); each
run re-reads a look-back window before the cursor (orders committed late),
and writes a transaction only when what it would write differs from what
Trainwreck holds, so a re-run changes nothing.  Trainwreck's own views,
rotation and pruning then see Odoo sales like any other POS's.

It is a rattail import handler (:mod:`rattail_odoo_pos.trainwreck.importing`,
key ``to_trainwreck.from_odoo_pos.import``), so Tailbone's importing views and
rattail's handler configuration find it like rattail-corepos's CORE-POS one.

Rattail 0.21's Trainwreck has no tender table: payments stay in Rattail
(``odoo_pos_payment``); docs/trainwreck.md says why no tender table is added.
"""

from __future__ import annotations

import datetime
import decimal
import logging
from dataclasses import dataclass, field
from typing import Any, Iterable

from sqlalchemy import orm

log = logging.getLogger(__name__)

#: ``Transaction.system`` of the transactions this package writes
SYSTEM = 'odoo_pos'
#: orders read per batch
BATCH = 500
#: seconds re-read before the cursor (orders committed late in Rattail)
LOOKBACK = 3600
CURSOR_SETTING = 'odoo_pos.trainwreck.cursor.{source}'
CENT = decimal.Decimal('0.01')


class TrainwreckNotConfigured(Exception):
    """No Trainwreck database in the config (one line for the person)."""


@dataclass
class TrainwreckResult:
    """What a run did, per source."""
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    by_source: dict[str, int] = field(default_factory=dict)


def trainwreck_session(config: Any):
    """A session on the configured Trainwreck database."""
    engine = getattr(config, 'trainwreck_engine', None)
    if engine is None:
        from wuttjamaican.db import get_engines
        for prefix in ('rattail.trainwreck.db', 'trainwreck.db'):
            engine = get_engines(config, prefix).get('default')
            if engine is not None:
                config.trainwreck_engine = engine
                break
    if engine is None:
        raise TrainwreckNotConfigured(
            "no Trainwreck database configured: set [rattail.trainwreck] db.default.url "
            "(and create its tables: see docs/trainwreck.md)")
    return orm.Session(bind=engine)


def trainwreck_model(config: Any):
    config.setdefault('rattail.trainwreck.model', 'rattail.trainwreck.db.model.defaults')
    return config.get_trainwreck_model()


def _flat(data: dict[str, Any]) -> dict[str, Any]:
    """A transaction's data without its items (what a rattail diff shows),
    with the number of items instead."""
    flat = {k: v for k, v in data.items() if k != 'items'}
    flat['items'] = len(data['items'])
    return flat


def _money(value: Any) -> decimal.Decimal | None:
    if value is None:
        return None
    return decimal.Decimal(value).quantize(CENT, rounding=decimal.ROUND_HALF_UP)


class OdooPosToTrainwreck:
    """Carries orders from Rattail's Odoo POS tables to Trainwreck."""

    def __init__(self, config: Any, *, full: bool = False, dry_run: bool = False,
                 sources: Iterable[str] | None = None, create: bool = True,
                 update: bool = True, start_time: datetime.datetime | None = None,
                 end_time: datetime.datetime | None = None):
        self.config = config
        self.app = config.get_app()
        self.model = self.app.model
        self.tw = trainwreck_model(config)
        self.full = full
        self.dry_run = dry_run
        self.sources = list(sources) if sources else None
        #: rattail's --no-create / --no-update
        self.create = create
        self.update = update
        #: rattail's --start-date / --end-date (as aware times): only the orders
        #: of that range are read (``date_order``), and the cursor is left alone
        self.start_time = start_time
        self.end_time = end_time

    # -- what one order becomes ------------------------------------------------

    def local_date(self, order) -> datetime.date | None:
        """The store-local business day of *order* (the store's Odoo time
        zone, else the app's)."""
        if order.date_order is None:
            return None
        zone = None
        exts = list(getattr(order.store, '_odoo_pos', None) or []) if order.store else []
        ext = next((e for e in exts if e.source == order.source), exts[0] if exts else None)
        name = getattr(ext, 'timezone', None)
        if name:
            try:
                import zoneinfo
                zone = zoneinfo.ZoneInfo(name)
            except Exception:
                zone = None
        value = order.date_order.replace(tzinfo=datetime.timezone.utc)
        return value.astimezone(zone or self.app.get_timezone()).date()

    def transaction_data(self, order) -> dict[str, Any]:
        store = order.store
        tax = _money(order.amount_tax) or decimal.Decimal(0)
        total = _money(order.amount_total) or decimal.Decimal(0)
        return {
            'system': SYSTEM,
            'system_id': f'{order.source}:{order.odoo_id}',
            'store_id': (store.id if store is not None and store.id else None),
            'terminal_id': (order.session.name[:20] if order.session is not None
                            and order.session.name else None),
            'receipt_number': (order.pos_reference or order.name or '')[-20:] or None,
            'effective_date': self.local_date(order),
            'start_time': order.date_order,
            'end_time': order.date_order,
            'cashier_id': (str(order.employee.id)[:20] if order.employee is not None
                           and order.employee.id else None),
            'cashier_name': (str(order.employee)[:255] if order.employee is not None else None),
            'customer_id': (str(order.customer.id)[:20] if order.customer is not None
                            and order.customer.id else None),
            'customer_name': (str(order.customer)[:255] if order.customer is not None else None),
            'subtotal': total - tax,
            'discounted_subtotal': total - tax,
            'tax': tax,
            'total': total,
            'void': order.state == 'cancel',
        }

    def item_data(self, line, sequence: int) -> dict[str, Any]:
        product = line.product
        qty = decimal.Decimal(line.qty or 0)
        unit = decimal.Decimal(line.price_unit or 0)
        subtotal = _money(line.price_subtotal) or decimal.Decimal(0)
        total = _money(line.price_subtotal_incl) or decimal.Decimal(0)
        department = getattr(product, 'department', None) if product is not None else None
        scancode = None
        if product is not None:
            scancode = (getattr(product, 'upc', None) and str(product.upc)) or product.item_id
        return {
            'sequence': sequence,
            'item_type': 'refund' if qty < 0 else 'sale',
            'item_scancode': (scancode or f'odoo:{line.odoo_id}')[:20],
            'item_id': (product.item_id[:50] if product is not None and product.item_id
                        else None),
            'department_number': department.number if department is not None else None,
            'department_name': (department.name[:30] if department is not None
                                and department.name else None),
            'description': (line.full_product_name or str(product or ''))[:255],
            'unit_price': _money(unit),
            'unit_regular_price': _money(unit),
            'unit_quantity': qty.quantize(decimal.Decimal('0.0001')),
            'subtotal': _money(unit * qty),
            'discounted_subtotal': subtotal,
            'gross_sales': subtotal,
            'net_sales': subtotal,
            'tax': total - subtotal,
            'total': total,
            'void': False,
        }

    def discount_data(self, line) -> dict[str, Any] | None:
        percent = decimal.Decimal(line.discount or 0)
        if not percent:
            return None
        gross = decimal.Decimal(line.price_unit or 0) * decimal.Decimal(line.qty or 0)
        return {'sequence': 1, 'discount_type': 'percent',
                'description': f"{percent.normalize():f}% off"[:50],
                'amount': _money(gross - decimal.Decimal(line.price_subtotal or 0))}

    def order_data(self, order) -> dict[str, Any]:
        """The transaction, its items and their discounts, as plain data."""
        lines = sorted(order.lines, key=lambda l: l.odoo_id)
        items = []
        for seq, line in enumerate(lines, 1):
            item = self.item_data(line, seq)
            discount = self.discount_data(line)
            item['discounts'] = [discount] if discount else []
            items.append(item)
        return {**self.transaction_data(order), 'items': items}

    @staticmethod
    def held_data(txn, fields: Iterable[str], item_fields: Iterable[str],
                  discount_fields: Iterable[str]) -> dict[str, Any]:
        data = {f: getattr(txn, f) for f in fields}
        data['items'] = []
        for item in sorted(txn.items, key=lambda i: i.sequence):
            row = {f: getattr(item, f) for f in item_fields}
            row['discounts'] = [{f: getattr(d, f) for f in discount_fields}
                                for d in sorted(item.discounts, key=lambda d: d.sequence)]
            data['items'].append(row)
        return data

    # -- the run ---------------------------------------------------------------

    def source_keys(self, session) -> list[str]:
        cls = self.model.OdooPosOrder
        keys = [k for (k,) in session.query(cls.source).distinct().order_by(cls.source)]
        if self.sources:
            unknown = [s for s in self.sources if s not in keys]
            if unknown:
                raise TrainwreckNotConfigured(
                    f"no Odoo POS orders of source(s) {', '.join(unknown)} in Rattail "
                    f"(sources with orders: {', '.join(keys) or 'none'})")
            keys = [k for k in keys if k in self.sources]
        return keys

    def run(self) -> TrainwreckResult:
        result = TrainwreckResult()
        session = self.app.make_session()
        twsession = trainwreck_session(self.config)
        try:
            for source in self.source_keys(session):
                self.run_source(session, twsession, source, result)
            if self.dry_run:
                twsession.rollback()
                session.rollback()
            else:
                twsession.commit()
                session.commit()
        except Exception:
            twsession.rollback()
            session.rollback()
            raise
        finally:
            twsession.close()
            session.close()
        return result

    def run_source(self, session, twsession, source: str, result: TrainwreckResult,
                   created: list | None = None, updated: list | None = None) -> None:
        """Carry *source*'s orders changed since its cursor (all with ``full``);
        the transactions written are appended to *created* / *updated* (as
        rattail's importers give them: ``(txn, data)``, ``(txn, data, held)``)."""
        cls = self.model.OdooPosOrder
        setting = CURSOR_SETTING.format(source=source)
        ranged = self.start_time is not None or self.end_time is not None
        cursor = None if self.full or ranged else self.app.get_setting(session, setting)
        query = (session.query(cls).filter(cls.source == source)
                 .options(orm.selectinload(cls.lines)
                          .joinedload(self.model.OdooPosOrderLine.product)
                          .joinedload(self.model.Product.department),
                          orm.joinedload(cls.store),
                          orm.joinedload(cls.session), orm.joinedload(cls.employee),
                          orm.joinedload(cls.customer)))
        if cursor:
            since = datetime.datetime.fromisoformat(cursor) - datetime.timedelta(seconds=LOOKBACK)
            query = query.filter(cls.odoo_write_date >= since)
        if self.start_time is not None:
            query = query.filter(cls.date_order >= self.app.make_utc(self.start_time))
        if self.end_time is not None:
            query = query.filter(cls.date_order < self.app.make_utc(self.end_time))
        query = query.order_by(cls.odoo_write_date, cls.odoo_id)
        tw = self.tw
        fields = [c.key for c in tw.Transaction.__table__.columns
                  if c.key in self._txn_fields()]
        newest = datetime.datetime.fromisoformat(cursor) if cursor else None
        count = 0
        offset = 0
        while True:
            orders = query.offset(offset).limit(BATCH).all()
            if not orders:
                break
            offset += len(orders)
            ids = [f'{source}:{o.odoo_id}' for o in orders]
            held = {t.system_id: t for t in twsession.query(tw.Transaction)
                    .filter(tw.Transaction.system == SYSTEM,
                            tw.Transaction.system_id.in_(ids))
                    .options(orm.selectinload(tw.Transaction.items)
                             .selectinload(tw.TransactionItem.discounts))}
            for order in orders:
                data = self.order_data(order)
                txn = held.get(data['system_id'])
                if txn is None:
                    if self.create:
                        txn = tw.Transaction()
                        self.write(twsession, txn, data)
                        result.created += 1
                        if created is not None:
                            created.append((txn, _flat(data)))
                else:
                    before = self.held_data(txn, fields, self._item_fields(),
                                            self._discount_fields())
                    if before == data:
                        result.unchanged += 1
                    elif self.update:
                        self.write(twsession, txn, data)
                        result.updated += 1
                        if updated is not None:
                            updated.append((txn, _flat(data), _flat(before)))
                count += 1
                if order.odoo_write_date and (newest is None or order.odoo_write_date > newest):
                    newest = order.odoo_write_date
            twsession.flush()
            session.expunge_all()
        result.by_source[source] = count
        if newest is not None and not ranged and self.create and self.update:
            self.app.save_setting(session, setting, newest.isoformat())
        log.info("Odoo POS -> Trainwreck, source '%s': %d order(s) read", source, count)

    @staticmethod
    def _txn_fields() -> list[str]:
        return [
            'system', 'system_id', 'store_id', 'terminal_id', 'receipt_number',
            'effective_date', 'start_time', 'end_time', 'cashier_id', 'cashier_name',
            'customer_id', 'customer_name', 'subtotal', 'discounted_subtotal', 'tax', 'total',
            'void']

    @staticmethod
    def _item_fields() -> list[str]:
        return ['sequence', 'item_type', 'item_scancode', 'item_id', 'department_number',
                'department_name', 'description', 'unit_price', 'unit_regular_price',
                'unit_quantity', 'subtotal', 'discounted_subtotal', 'gross_sales',
                'net_sales', 'tax', 'total', 'void']

    @staticmethod
    def _discount_fields() -> list[str]:
        return ['sequence', 'discount_type', 'description', 'amount']

    def write(self, twsession, txn, data: dict[str, Any]) -> None:
        """Write *data* onto *txn* (new or held), replacing its items."""
        tw = self.tw
        for name, value in data.items():
            if name != 'items':
                setattr(txn, name, value)
        txn.upload_time = self.app.make_utc()
        if txn.uuid is None and txn not in twsession:
            twsession.add(txn)
        for item in list(txn.items):
            twsession.delete(item)
        txn.items[:] = []
        twsession.flush()
        for row in data['items']:
            item = tw.TransactionItem(**{k: v for k, v in row.items() if k != 'discounts'})
            for disc in row['discounts']:
                item.discounts.append(tw.TransactionItemDiscount(**disc))
            txn.items.append(item)
