# SPDX-License-Identifier: GPL-3.0-or-later
"""What the test fixtures (tests/conftest.py) and the tests share: the shape
of the sandbox most tests use, a served copy of a sandbox data file, the
``rattail`` command line run as a user runs it, queries of the Rattail
database, the sums compared between Odoo and Rattail, and a mail sink.

The one place for helpers of more than one test module: a test module keeps
only what is its own."""

from __future__ import annotations

import email
import shutil
import socketserver
import subprocess
import threading
from collections import defaultdict
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

from odoo_pos_dev.devenv import rattail_command

#: Size of the sandbox most tests share (several stores over several days).
SANDBOX_SHAPE = dict(stores=3, days=3, orders_per_day=8, seed=7)


@dataclass
class ServedSandbox:
    """A running sandbox: ``.sandbox`` to script it, ``.url`` to reach it."""
    sandbox: Any
    server: Any
    path: Path
    database: str = 'pos17'
    login: str = 'admin'
    password: str = 'admin'

    @property
    def url(self) -> str:
        return self.server.url

    @property
    def port(self) -> int:
        return self.server.port

    def source_settings(self, **extra: Any) -> dict[str, Any]:
        """Settings for ``[odoo_pos] source.KEY.*`` pointing at this sandbox."""
        settings = dict(url=self.url, database=self.database, login=self.login,
                        secret=self.password, timeout=10, retries=2, backoff=0.05)
        settings.update(extra)
        return settings


def serve_copy(template: Path, dest: Path, odoo_version: int | None = None, *,
               paced: Any = False) -> ServedSandbox:
    """Copy a sandbox data file and serve it on a free loopback port (as
    Odoo *odoo_version*: 15 to 19, default 17; the data are the same).  *paced*:
    True or a ``Pacer``: each call costs what Odoo 17 costs (docs/sandbox.md)."""
    from odoo_pos_sandbox import Sandbox
    shutil.copyfile(template, dest)
    sb = Sandbox(dest, odoo_version=odoo_version)
    server = sb.serve(host='127.0.0.1', port=0, paced=paced)
    return ServedSandbox(sandbox=sb, server=server, path=dest)


def odoo_login(served: ServedSandbox, user: str = 'admin', password: str = 'admin'):
    """An odoorpc connection to a served sandbox, logged in as *user*."""
    import odoorpc
    odoo = odoorpc.ODOO('127.0.0.1', port=served.port, timeout=30)
    odoo.login(served.database, user, password)
    return odoo


def execute(odoo, model: str, method: str, *args, **kwargs):
    """``execute_kw`` with the positional arguments as they come."""
    return odoo.execute_kw(model, method, list(args), kwargs)


# -- the rattail command line -------------------------------------------------

def config_path(conf: Any) -> str:
    """The config file of *conf*: a path, or an object with ``.path`` (the
    fixtures' ``RattailEnv``)."""
    return str(getattr(conf, 'path', conf))


def rattail(conf: Any, *args: str, check: bool = True,
            timeout: float = 600) -> subprocess.CompletedProcess:
    """Run ``rattail -c CONF ARGS...`` as a user does; the result holds its
    stdout and stderr (text).  With *check*, a non-zero exit fails the test
    with the command's last lines of stderr."""
    result = subprocess.run(rattail_command(config_path(conf), *args), capture_output=True,
                            text=True, timeout=timeout)
    if check and result.returncode:
        raise AssertionError(f"rattail {' '.join(args)} failed ({result.returncode}):\n"
                             f"{result.stderr[-4000:]}")
    return result


def add_user(conf: Any, username: str = 'admin') -> None:
    """A user without password, by ``rattail make-user`` (for ``--runas``)."""
    rattail(conf, 'make-user', username, '--no-password')


# -- the Rattail database -----------------------------------------------------

def _db_url(db: Any) -> str:
    return getattr(db, 'db_url', db)


def rows(db: Any, sql: str, /, **params) -> list | None:
    """Run one SQL statement on *db* (a URL, or an object with ``.db_url``) in
    its own committed transaction; its rows, or None for a statement that
    returns none (UPDATE, DELETE...)."""
    import sqlalchemy as sa
    engine = sa.create_engine(_db_url(db))
    try:
        with engine.begin() as conn:
            result = conn.execute(sa.text(sql), params)
            return result.fetchall() if result.returns_rows else None
    finally:
        engine.dispose()


def scalar(db: Any, sql: str, /, **params):
    """The first column of the first row of a query (None without rows)."""
    result = rows(db, sql, **params)
    return result[0][0] if result else None


def local_ids(db: Any, table: str, source: str = 'default') -> list[int]:
    """The Odoo ids stored in *table* for *source*, in order (repeats kept)."""
    return [r[0] for r in rows(db, f"SELECT odoo_id FROM {table} WHERE source = :s "
                                   "ORDER BY odoo_id", s=source)]


# -- Odoo and Rattail compared ------------------------------------------------

CENT = Decimal('0.01')


def money(value) -> Decimal:
    """An Odoo float as the cents it means (HALF-UP, as the importer rounds)."""
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


def rattail_totals(db: Any, source: str = 'default') -> dict:
    """The same figures as :func:`sandbox_totals`, from the Rattail database."""
    result = rows(db, """
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


TRANSACTIONS = [('pos.session', 'odoo_pos_session'), ('pos.order', 'odoo_pos_order'),
                ('pos.order.line', 'odoo_pos_order_line'), ('pos.payment', 'odoo_pos_payment')]


def assert_equal_to_sandbox(db: Any, sb, source: str = 'default') -> None:
    """Each transaction id of the sandbox stored once, and the same sums."""
    for odoo_model, table in TRANSACTIONS:
        assert local_ids(db, table, source) == sb.ids(odoo_model), (source, table)
    assert rattail_totals(db, source) == sandbox_totals(sb)


# -- mail ---------------------------------------------------------------------

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


def tables_as_odoo_ids(db_url: str, suffix: str = '') -> dict[str, list[tuple]]:
    """Every entity table (or its ``_version`` table with *suffix*), row for
    row, with each uuid that names an imported record replaced by that
    record's (entity, Odoo id): what must not depend on the path or the run."""
    import sqlalchemy as sa

    from rattail_odoo_pos.entities import ENTITIES
    engine = sa.create_engine(db_url)
    try:
        with engine.connect() as conn:
            label = {}
            for entity in ENTITIES.values():
                table = entity.model_class.__table__.name
                for uuid, odoo_id in conn.execute(sa.text(f"SELECT uuid, odoo_id FROM {table}")):
                    label[uuid] = (entity.key, odoo_id)
                if entity.native:
                    for uuid, odoo_id in conn.execute(sa.text(
                            f"SELECT {entity.native_link}, odoo_id FROM {table}")):
                        label[uuid] = (entity.native, odoo_id)
            out = {}
            skip = {'transaction_id', 'end_transaction_id'}
            for entity in ENTITIES.values():
                table = entity.model_class.__table__.name + suffix
                result = conn.execute(sa.text(f"SELECT * FROM {table}"))
                names = [c for c in result.keys() if c not in skip]
                found = [tuple(label.get(row[c], row[c]) if isinstance(row[c], str) else row[c]
                               for c in names) for row in result.mappings()]
                out[table] = sorted(found, key=repr)
            return out
    finally:
        engine.dispose()
