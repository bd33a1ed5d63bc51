# SPDX-License-Identifier: GPL-3.0-or-later
"""Helpers of the import tests: run ``rattail`` as a user does, query the
Rattail database, compare it with the sandbox, receive mail."""

from __future__ import annotations

import email
import socketserver
import subprocess
import sys
import threading
from collections import defaultdict
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import sqlalchemy as sa

CENT = Decimal('0.01')


def rattail(conf: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess:
    exe = Path(sys.executable).with_name('rattail')
    result = subprocess.run([str(exe), '-c', str(conf), *args], capture_output=True,
                            text=True, timeout=600)
    if check and result.returncode:
        raise AssertionError(f"rattail {' '.join(args)} failed ({result.returncode}):\n"
                             f"{result.stderr[-4000:]}")
    return result


def add_user(conf: Path, username: str = 'admin') -> None:
    rattail(conf, 'make-user', username, '--no-password')


def scalar(env, sql: str, **params):
    engine = sa.create_engine(env.db_url)
    try:
        with engine.connect() as conn:
            return conn.execute(sa.text(sql), params).scalar()
    finally:
        engine.dispose()


def rows(env, sql: str, **params) -> list:
    engine = sa.create_engine(env.db_url)
    try:
        with engine.connect() as conn:
            return conn.execute(sa.text(sql), params).fetchall()
    finally:
        engine.dispose()


def money(value) -> Decimal:
    return Decimal(repr(value)).quantize(CENT, rounding=ROUND_HALF_UP)


def sandbox_totals(sb) -> dict:
    """(pos.config id, UTC day) -> order count, sum of amount_total, of line
    price_subtotal_incl, of payments: each value rounded to the cent first."""
    totals = defaultdict(lambda: [0, Decimal(0), Decimal(0), Decimal(0)])
    key_of = {}
    for o in sb.search_read('pos.order', [], ['config_id', 'date_order', 'amount_total']):
        key_of[o['id']] = key = (o['config_id'][0], o['date_order'][:10])
        totals[key][0] += 1
        totals[key][1] += money(o['amount_total'])
    for line in sb.search_read('pos.order.line', [], ['order_id', 'price_subtotal_incl']):
        totals[key_of[line['order_id'][0]]][2] += money(line['price_subtotal_incl'])
    for pay in sb.search_read('pos.payment', [], ['pos_order_id', 'amount']):
        totals[key_of[pay['pos_order_id'][0]]][3] += money(pay['amount'])
    return {k: tuple(v) for k, v in totals.items()}


def rattail_totals(env, source: str = 'default') -> dict:
    result = rows(env, """
        SELECT s.odoo_id, to_char(o.date_order, 'YYYY-MM-DD'), count(*), sum(o.amount_total),
               sum((SELECT COALESCE(sum(l.price_subtotal_incl), 0) FROM odoo_pos_order_line l
                    WHERE l.order_uuid = o.uuid)),
               sum((SELECT COALESCE(sum(p.amount), 0) FROM odoo_pos_payment p
                    WHERE p.order_uuid = o.uuid))
        FROM odoo_pos_order o
        JOIN odoo_pos_store s ON s.store_uuid = o.store_uuid AND s.source = o.source
        WHERE o.source = :source
        GROUP BY s.odoo_id, to_char(o.date_order, 'YYYY-MM-DD')""", source=source)
    return {(r[0], r[1]): (r[2], r[3], r[4], r[5]) for r in result}


def local_ids(env, table: str, source: str = 'default') -> list[int]:
    return [r[0] for r in rows(env, f"SELECT odoo_id FROM {table} WHERE source = :s "
                                    "ORDER BY odoo_id", s=source)]


TRANSACTIONS = [('pos.session', 'odoo_pos_session'), ('pos.order', 'odoo_pos_order'),
                ('pos.order.line', 'odoo_pos_order_line'), ('pos.payment', 'odoo_pos_payment')]


def assert_equal_to_sandbox(env, sb, source: str = 'default') -> None:
    for model, table in TRANSACTIONS:
        assert local_ids(env, table, source) == sb.ids(model), (source, table)
    assert rattail_totals(env, source) == sandbox_totals(sb)


class SMTPSink(socketserver.ThreadingTCPServer):
    """Just enough SMTP to receive what rattail's mail handler sends."""
    allow_reuse_address = True
    daemon_threads = True

    def __init__(self):
        self.messages: list[email.message.Message] = []
        super().__init__(('127.0.0.1', 0), _SMTPHandler)
        threading.Thread(target=self.serve_forever, daemon=True).start()

    @property
    def address(self) -> str:
        return f'127.0.0.1:{self.server_address[1]}'


class _SMTPHandler(socketserver.StreamRequestHandler):
    def reply(self, text: str) -> None:
        self.wfile.write(text.encode() + b'\r\n')

    def handle(self) -> None:
        self.reply('220 sink ESMTP')
        while True:
            line = self.rfile.readline()
            if not line:
                return
            verb = line.decode(errors='replace').strip().split(' ')[0].upper()
            if verb in ('EHLO', 'HELO'):
                self.reply('250 sink')
            elif verb == 'DATA':
                self.reply('354 go ahead')
                data = []
                for raw in iter(self.rfile.readline, b''):
                    if raw in (b'.\r\n', b'.\n'):
                        break
                    data.append(raw[1:] if raw.startswith(b'..') else raw)
                self.server.messages.append(email.message_from_bytes(b''.join(data)))
                self.reply('250 queued')
            elif verb == 'QUIT':
                self.reply('221 bye')
                return
            else:
                self.reply('250 ok')
