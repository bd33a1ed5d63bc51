# SPDX-License-Identifier: GPL-3.0-or-later
"""Deterministic sandbox data: master data as a real Odoo 17 POS database had
it (the recorded samples: products, customers, employees, payment methods,
taxes, categories, loyalty, warehouses), then *days* of POS activity for
*stores* shops with *orders_per_day* orders each, from a seed.

Orders, lines and payments are written in bulk (millions of lines take
minutes, not hours) with the same money maths as the scripted flows.
"""

from __future__ import annotations

import datetime
import json
import random
import sqlite3
from pathlib import Path
from typing import Any, Iterable
from zoneinfo import ZoneInfo

from odoo_pos_sandbox.core import connect, fmt_dt
from odoo_pos_sandbox.flows import Line, float_round, totals
from odoo_pos_sandbox.meta import Model, registry, sample_records, source_models

#: models whose recorded records are loaded as they are
MASTER_MODELS = ['res.currency', 'res.company', 'uom.uom', 'product.category', 'pos.category',
                 'account.tax', 'product.template', 'product.product', 'res.partner',
                 'hr.employee', 'pos.payment.method', 'stock.location', 'stock.warehouse',
                 'pos.config', 'stock.quant', 'loyalty.program', 'loyalty.rule',
                 'loyalty.reward']

#: time zones of the shops (by store number), set on the warehouse's address
STORE_ZONES = ['America/Los_Angeles', 'America/Chicago', 'America/New_York', 'Europe/Brussels',
               'Asia/Tokyo', 'Australia/Sydney', 'America/Denver', 'Europe/London']

USERS = [  # id, login, name, password, tz, active, partner
    (1, '__system__', 'OdooBot', None, 'Europe/Brussels', False, 2),
    (2, 'admin', 'Mitchell Admin', 'admin', 'Europe/Brussels', True, 3),
    (6, 'demo', 'Marc Demo', 'demo', 'Europe/Brussels', True, 7),
    (7, 'portal', 'Joel Willis', 'portal', 'America/New_York', True, 8),
    (8, 'posuser', 'POS User', 'posuser', 'America/Los_Angeles', True, 3),
    # base.public_user (base/data/res_users_data.xml): archived, no groups (so
    # ``share``), no password; its partner is base.public_partner (id 4)
    (4, 'public', 'Public user', None, None, False, 4),
]

#: external ids (ir.model.data) of base's records that the sandbox holds, as
#: base/data/res_partner_data.xml and res_users_data.xml create them (all
#: ``noupdate``): module, name, model, res_id
EXTERNAL_IDS = [
    ('base', 'main_company', 'res.company', 1),
    ('base', 'main_partner', 'res.partner', 1),
    ('base', 'partner_root', 'res.partner', 2),
    ('base', 'partner_admin', 'res.partner', 3),
    ('base', 'public_partner', 'res.partner', 4),
    ('base', 'user_root', 'res.users', 1),
    ('base', 'user_admin', 'res.users', 2),
    ('base', 'public_user', 'res.users', 4),
]

DEFAULT_END = datetime.date(2026, 11, 22)


def create_schema(cx: sqlite3.Connection) -> None:
    for m in registry().values():
        cols = ', '.join(f"{name} {sqltype}" for name, sqltype in m.columns.items())
        cx.execute(f"CREATE TABLE {m.table} (id INTEGER PRIMARY KEY{', ' if cols else ''}{cols})")
        if 'write_date' in m.columns:
            cx.execute(f"CREATE INDEX {m.table}_write_date ON {m.table} (write_date, id)")
    for table, col in [('pos_order_line', 'order_id'), ('pos_payment', 'pos_order_id'),
                       ('pos_order', 'session_id'), ('pos_order', 'date_order'),
                       ('pos_session', 'config_id'), ('product_product', 'product_tmpl_id'),
                       ('pos_payment', 'session_id')]:
        cx.execute(f"CREATE INDEX {table}_{col} ON {table} ({col})")
    cx.execute("CREATE TABLE _meta (key TEXT PRIMARY KEY, value TEXT)")
    cx.execute("CREATE TABLE _sequences (model TEXT PRIMARY KEY, last INTEGER)")
    cx.execute("CREATE TABLE _names (model TEXT, id INTEGER, name TEXT, PRIMARY KEY (model, id))")
    cx.execute("CREATE TABLE _auth (uid INTEGER PRIMARY KEY, password TEXT)")
    cx.execute("CREATE TABLE _apikeys (uid INTEGER, name TEXT, key TEXT)")


def insert(cx: sqlite3.Connection, m: Model, rows: Iterable[dict[str, Any]]) -> None:
    rows = list(rows)
    if not rows:
        return
    cols = ['id'] + [c for c in m.columns if any(c in r for r in rows[:50])]
    cx.executemany(f"INSERT INTO {m.table} ({', '.join(cols)}) VALUES "
                   f"({','.join('?' * len(cols))})", [[r.get(c) for c in cols] for r in rows])


def _from_sample(m: Model, rec: dict[str, Any], names: dict[tuple[str, int], str],
                 rng: random.Random) -> dict[str, Any]:
    row: dict[str, Any] = {'id': rec['id']}
    for name, value in rec.items():
        if name not in m.columns:
            continue
        meta = m.fields.get(name, {})
        t = meta.get('type')
        if t == 'many2one':
            if isinstance(value, list):
                names[(meta.get('relation'), value[0])] = value[1]
                value = value[0]
            value = value or None
        elif t == 'many2many':
            value = json.dumps(value or [])
        elif t == 'boolean':
            value = 1 if value else 0
        elif t == 'datetime' and value:
            value = f"{value}.{rng.randrange(1000000):06d}"
        elif value is False and t not in ('integer', 'float', 'monetary'):
            value = None
        row[name] = value
    return row


def generate(path: str | Path, stores: int = 3, days: int = 3, orders_per_day: int = 8,
             seed: int = 7, *, end: datetime.date = DEFAULT_END, database: str = 'pos17',
             max_lines_per_order: int = 6, progress=None) -> Path:
    """Write a new sandbox file at *path* (replacing one that is there)."""
    path = Path(path)
    for suffix in ('', '-wal', '-shm'):
        p = Path(str(path) + suffix)
        if p.exists():
            p.unlink()
    path.parent.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    models = registry()
    cx = connect(path)
    cx.execute("PRAGMA synchronous=OFF")
    cx.execute("BEGIN")
    create_schema(cx)
    names: dict[tuple[str, int], str] = {}
    loaded: dict[str, list[dict[str, Any]]] = {}
    for model in MASTER_MODELS + [m for m in source_models() if m not in MASTER_MODELS]:
        m = models[model]
        rows = [_from_sample(m, rec, names, rng) for rec in sample_records(model)]
        loaded[model] = rows
        insert(cx, m, rows)
    # users (passwords kept apart from the model table)
    for uid, login, name, password, tz, active, partner in USERS:
        stamp = '2026-11-22 13:19:31.000000'
        cx.execute("INSERT INTO res_users (id, login, name, tz, active, partner_id, company_id, "
                   "share, create_date, write_date, create_uid, write_uid) VALUES "
                   "(?, ?, ?, ?, ?, ?, 1, ?, ?, ?, 1, 1)",
                   [uid, login, name, tz, 1 if active else 0, partner,
                    1 if login == 'public' else 0, stamp, stamp])
        if password:
            cx.execute("INSERT INTO _auth (uid, password) VALUES (?, ?)", [uid, password])
    cx.executemany("INSERT INTO ir_model_data (id, module, name, model, res_id, noupdate, "
                   "create_date, write_date, create_uid, write_uid) VALUES "
                   "(?, ?, ?, ?, ?, 1, '2026-11-22 13:19:31.000000', "
                   "'2026-11-22 13:19:31.000000', 1, 1)",
                   [(n, *x) for n, x in enumerate(EXTERNAL_IDS, start=1)])
    cx.execute("INSERT INTO ir_config_parameter (id, key, value, create_date, write_date) VALUES "
               "(1, 'base.login_cooldown_after', '10', '2026-11-22 13:19:31.0', "
               "'2026-11-22 13:19:31.0'), (2, 'database.uuid', ?, '2026-11-22 13:19:31.0', "
               "'2026-11-22 13:19:31.0')", [f"{rng.getrandbits(128):032x}"])
    cx.execute("INSERT INTO account_move (id, name, move_type, state, date, create_date, "
               "write_date) VALUES (71, 'INV/2026/00007', 'out_invoice', 'posted', ?, "
               "'2026-11-22 13:20:51.0', '2026-11-22 13:20:51.0')", [end.isoformat()])
    # the recorded demo products carry no sale tax; give half of the POS
    # products the 15% sale tax so that orders have tax amounts
    cx.execute("UPDATE product_template SET taxes_id = '[1]' WHERE available_in_pos = 1 "
               "AND id % 2 = 0 AND (taxes_id IS NULL OR taxes_id = '[]')")
    configs = _stores(cx, loaded, stores, rng, names)
    cx.executemany("INSERT OR REPLACE INTO _names (model, id, name) VALUES (?, ?, ?)",
                   [(k[0], k[1], v) for k, v in names.items() if k[0]])
    cx.executemany("INSERT INTO _meta (key, value) VALUES (?, ?)", [
        ('database', database), ('seed', str(seed)), ('stores', str(stores)),
        ('days', str(days)), ('orders_per_day', str(orders_per_day)),
        ('end', end.isoformat()), ('login_cooldown_after', '10'),
        ('login_cooldown_duration', '60')])
    cx.execute("COMMIT")
    _activity(cx, configs, days, orders_per_day, end, rng, max_lines_per_order, progress)
    cx.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    cx.close()
    return path


def _stores(cx, loaded, stores: int, rng: random.Random, names) -> list[dict[str, Any]]:
    """One pos.config per store, each with a warehouse whose address carries the
    shop's time zone (what the importer reads as the store's zone)."""
    m_config = registry()['pos.config']
    configs = {r['id']: r for r in loaded['pos.config']}
    warehouses = {r['id']: r for r in loaded['stock.warehouse']}
    methods = [r['id'] for r in loaded['pos.payment.method'] if r.get('active', 1)]
    out = []
    for n in range(1, stores + 1):
        zone = STORE_ZONES[(n - 1) % len(STORE_ZONES)]
        if n in configs:
            config = configs[n]
        else:
            base = configs[1 + (n - 1) % max(len(configs), 1)]
            config = dict(base, id=n, name=f"Shop {n}", uuid=f"{rng.getrandbits(128):032x}")
            insert(cx, m_config, [config])
        if n <= 2 and n in warehouses:
            wh_id = n
            partner_id = warehouses[n]['partner_id']
        else:
            wh_id = 100 + n
            partner_id = 1000 + n
            stamp = '2026-11-22 13:19:31.000000'
            cx.execute("INSERT INTO res_partner (id, name, complete_name, is_company, active, "
                       "type, city, create_date, write_date) VALUES (?, ?, ?, 1, 1, 'contact', "
                       "?, ?, ?)", [partner_id, f"{config['name']} address",
                                    f"{config['name']} address", zone.split('/')[-1], stamp,
                                    stamp])
            loc_id = 1000 + n
            cx.execute("INSERT INTO stock_location (id, name, complete_name, usage, active, "
                       "create_date, write_date) VALUES (?, 'Stock', ?, 'internal', 1, ?, ?)",
                       [loc_id, f"WH{n}/Stock", stamp, stamp])
            cx.execute("INSERT INTO stock_warehouse (id, name, code, active, company_id, "
                       "partner_id, lot_stock_id, create_date, write_date) VALUES "
                       "(?, ?, ?, 1, 1, ?, ?, ?, ?)",
                       [wh_id, f"{config['name']} warehouse", f"WH{n}", partner_id, loc_id,
                        stamp, stamp])
        cx.execute("UPDATE res_partner SET tz = ? WHERE id = ?", [zone, partner_id])
        cx.execute("UPDATE pos_config SET warehouse_id = ?, currency_id = 1, active = 1, "
                   "payment_method_ids = ? WHERE id = ?",
                   [wh_id, json.dumps(json.loads(config.get('payment_method_ids') or '[]')
                                      or methods[:3]), n])
        out.append(dict(id=n, name=config['name'], zone=ZoneInfo(zone), warehouse_id=wh_id))
    # stock on hand for each store's warehouse stock location
    products = [r[0] for r in cx.execute(
        "SELECT p.id FROM product_product p JOIN product_template t ON t.id = p.product_tmpl_id "
        "WHERE t.type = 'product'")]
    next_id = (cx.execute("SELECT max(id) FROM stock_quant").fetchone()[0] or 0) + 1
    for store in out:
        loc = cx.execute("SELECT lot_stock_id FROM stock_warehouse WHERE id = ?",
                         [store['warehouse_id']]).fetchone()[0]
        have = {r[0] for r in cx.execute("SELECT product_id FROM stock_quant WHERE location_id = ?",
                                         [loc])}
        rows = []
        for pid in products:
            if pid in have:
                continue
            rows.append(dict(id=next_id, product_id=pid, location_id=loc, company_id=1,
                             quantity=float(rng.randrange(0, 200)), reserved_quantity=0.0,
                             in_date='2026-11-01 08:00:00',
                             create_date='2026-11-22 13:19:31.000000',
                             write_date='2026-11-22 13:19:31.000000'))
            next_id += 1
        insert(cx, registry()['stock.quant'], rows)
    return out


def _activity(cx, configs, days, orders_per_day, end, rng, max_lines, progress) -> None:
    """Sessions, orders, lines and payments: one session per store and day; the
    last day's sessions stay open (orders ``paid``), the others are closed
    (orders ``done``, written by the closing)."""
    models = registry()
    products = cx.execute(
        "SELECT p.id, t.list_price + COALESCE(p.lst_price_extra, 0), t.name, t.taxes_id "
        "FROM product_product p JOIN product_template t ON t.id = p.product_tmpl_id "
        "WHERE t.available_in_pos = 1 AND t.sale_ok = 1 AND p.active = 1 AND t.active = 1 "
        "AND t.list_price > 0 ORDER BY p.id").fetchall()
    rates = {i: (a or 0.0) for i, a in cx.execute(
        "SELECT id, amount FROM account_tax WHERE type_tax_use = 'sale'")}
    catalog = []
    for pid, price, name, taxes in products:
        tax_ids = [t for t in json.loads(taxes or '[]') if t in rates]
        catalog.append((pid, price, name, tax_ids, sum(rates[t] for t in tax_ids)))
    partners = [r[0] for r in cx.execute(
        "SELECT id FROM res_partner WHERE active = 1 AND is_company = 0 AND id > 6")]
    employees = [(r[0], r[1]) for r in cx.execute(
        "SELECT id, name FROM hr_employee WHERE active = 1 ORDER BY id")]
    pm = {r[0]: bool(r[1]) for r in cx.execute("SELECT id, is_cash_count FROM pos_payment_method")}
    session_id = order_id = line_id = payment_id = 0
    order_seq = {c['id']: 0 for c in configs}
    m_session, m_order, m_line, m_pay = (models['pos.session'], models['pos.order'],
                                        models['pos.order.line'], models['pos.payment'])
    total_days = days
    for d in range(days):
        day = end - datetime.timedelta(days=days - 1 - d)
        last_day = d == days - 1
        sessions, orders, lines, payments = [], [], [], []
        for config in configs:
            zone = config['zone']
            open_local = datetime.datetime.combine(day, datetime.time(8, 0), zone)
            start = open_local.astimezone(datetime.timezone.utc).replace(tzinfo=None)
            stop = start + datetime.timedelta(hours=12, minutes=rng.randrange(0, 30))
            session_id += 1
            methods = json.loads(cx.execute("SELECT payment_method_ids FROM pos_config "
                                            "WHERE id = ?", [config['id']]).fetchone()[0])
            cash = next((m for m in methods if pm.get(m)), methods[0])
            others = [m for m in methods if m != cash] or [cash]
            staff = [employees[(config['id'] * 3 + k) % len(employees)] for k in range(3)]
            close_stamp = stop + datetime.timedelta(microseconds=rng.randrange(1000000))
            sessions.append(dict(
                id=session_id, name=f"POS/{session_id:05d}", config_id=config['id'],
                user_id=2, company_id=1,
                state='opened' if last_day else 'closed', start_at=_s(start),
                stop_at=None if last_day else _s(stop), sequence_number=orders_per_day + 1,
                login_number=1, cash_register_balance_start=0.0,
                create_date=fmt_dt(start), create_uid=2, write_uid=2,
                write_date=fmt_dt(start if last_day else close_stamp)))
            times = sorted(rng.uniform(0.5, 11.5) for _ in range(orders_per_day))
            # the POS syncs its pending orders in batches (create_from_ui with
            # several orders: one transaction, one write_date for all their rows)
            stamps: list[datetime.datetime] = []
            while len(stamps) < len(times):
                size = rng.randint(1, 12)
                batch = times[len(stamps):len(stamps) + size]
                synced = start + datetime.timedelta(hours=batch[-1], seconds=rng.uniform(1, 30),
                                                    microseconds=rng.randrange(1000000))
                stamps += [synced] * len(batch)
            session_orders: list[tuple[int, list[tuple[int, Line]]]] = []
            cash_total = 0.0
            for seq, hours in enumerate(times, start=1):
                when = start + datetime.timedelta(hours=hours)
                when = when.replace(microsecond=0)
                stamp = stamps[seq - 1]
                order_id += 1
                order_seq[config['id']] += 1
                refund_of = None
                if session_orders and rng.random() < 0.03:
                    refund_of = rng.choice(session_orders)
                order_lines: list[tuple[int, Line]] = []
                if refund_of:
                    for ref_line_id, ref in refund_of[1]:
                        line_id += 1
                        order_lines.append((line_id, Line(ref.product_id, -ref.qty,
                                                          ref.price_unit, ref.discount,
                                                          ref.tax_ids, ref.tax_rate, ref.name,
                                                          ref_line_id)))
                else:
                    for _ in range(rng.randint(1, max_lines)):
                        pid, price, name, tax_ids, rate = rng.choice(catalog)
                        qty = float(rng.choice((1, 1, 1, 2, 2, 3, 4))) if rng.random() > 0.05 \
                            else rng.choice((0.25, 0.5, 1.5))
                        disc = rng.choice((0.0,) * 9 + (10.0,))
                        line_id += 1
                        order_lines.append((line_id, Line(pid, qty, price, disc, tax_ids,
                                                          rate, name)))
                amount_tax, amount_total = totals([l for _, l in order_lines])
                # payments: cash (maybe with change), card, or split
                pays: list[tuple[int, float, bool]] = []
                r = rng.random()
                if amount_total <= 0 or r < 0.45:
                    tendered = amount_total
                    if amount_total > 0 and rng.random() < 0.6:
                        tendered = float(int(amount_total / 5.0 + 1) * 5)
                    pays.append((cash, tendered, False))
                    if tendered - amount_total > 0.005:
                        pays.append((cash, float_round(amount_total - tendered), True))
                elif r < 0.85:
                    pays.append((rng.choice(others), amount_total, False))
                else:
                    part = float_round(amount_total * rng.uniform(0.2, 0.8))
                    pays.append((cash, part, False))
                    pays.append((rng.choice(others), float_round(amount_total - part), False))
                paid = 0.0
                change = 0.0
                for method, amount, is_change in pays:
                    payment_id += 1
                    paid += amount
                    if is_change:
                        change = amount
                    if method == cash:
                        cash_total += amount
                    payments.append(dict(
                        id=payment_id, pos_order_id=order_id, payment_method_id=method,
                        amount=amount, payment_date=_s(when), session_id=session_id,
                        company_id=1, is_change=1 if is_change else 0,
                        create_date=fmt_dt(stamp), write_date=fmt_dt(stamp),
                        create_uid=2, write_uid=2))
                partner = rng.choice(partners) if partners and rng.random() < 0.3 else None
                employee = rng.choice(staff)
                invoiced = partner is not None and not refund_of and rng.random() < 0.05
                name = f"{config['name']}/{order_seq[config['id']]:04d}"
                state = 'invoiced' if invoiced else ('paid' if last_day else 'done')
                orders.append(dict(
                    id=order_id, name=name + (' REFUND' if refund_of else ''),
                    pos_reference=f"Order {session_id:05d}-001-{seq:04d}",
                    session_id=session_id, config_id=config['id'], company_id=1,
                    date_order=_s(when), partner_id=partner, employee_id=employee[0],
                    cashier=employee[1], user_id=2, state=state, amount_tax=amount_tax,
                    amount_total=amount_total, amount_paid=paid,
                    amount_return=-change if change else 0.0, sequence_number=seq,
                    currency_rate=1.0, sale_journal=9, to_invoice=1 if invoiced else 0,
                    create_date=fmt_dt(stamp), create_uid=2, write_uid=2,
                    write_date=fmt_dt(stamp if last_day or invoiced else close_stamp)))
                for lid, line in order_lines:
                    lines.append(dict(
                        id=lid, order_id=order_id, product_id=line.product_id, qty=line.qty,
                        price_unit=line.price_unit, discount=line.discount,
                        price_subtotal=line.subtotal, price_subtotal_incl=line.subtotal_incl,
                        tax_ids=json.dumps(line.tax_ids), full_product_name=line.name,
                        name=name, company_id=1,
                        refunded_orderline_id=line.refunded_orderline_id,
                        create_date=fmt_dt(stamp), write_date=fmt_dt(stamp),
                        create_uid=2, write_uid=2))
                session_orders.append((order_id, order_lines))
            if not last_day:
                sessions[-1]['cash_register_balance_end_real'] = float_round(cash_total)
        cx.execute("BEGIN")
        insert(cx, m_session, sessions)
        insert(cx, m_order, orders)
        insert(cx, m_line, lines)
        insert(cx, m_pay, payments)
        cx.execute("COMMIT")
        if progress:
            progress(d + 1, total_days, line_id)


def _s(value: datetime.datetime) -> str:
    return value.strftime('%Y-%m-%d %H:%M:%S')
