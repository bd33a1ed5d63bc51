# SPDX-License-Identifier: GPL-3.0-or-later
"""Benchmark: Odoo POS -> Rattail initial load, as a user runs it.

Generates a sandbox of about N order lines, serves it in its own process,
migrates a throwaway PostgreSQL database, then measures in one run:

1. the raw client read rate: every ``pos.order.line`` with the importer's
   own field list, through ``OdooClient.iter_changed`` (the importer's read);
2. ``rattail --no-versioning import-odoo-pos`` (everything, all models):
   order lines per second of the whole run, and the process's peak RSS;
3. ``rattail --runas admin import-versions``: version rows written per
   second, and its peak RSS.

Prints figures only; asserts nothing.

    .venv/bin/python benchmarks/bench_import.py --lines 200000
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import sqlalchemy as sa

from odoo_pos_dev.devenv import LocalPostgres, alembic, free_port, wait_for_port, write_config
from rattail_odoo_pos.odoo import OdooClient, OdooSource

BIN = Path(sys.executable).parent

#: the generator makes about 3.5 lines per order
LINES_PER_ORDER = 3.5


def line_fields() -> list[str]:
    """The Odoo fields the importer reads for order lines."""
    from rattail_odoo_pos.entities import ENTITIES
    return ENTITIES['order_line'].odoo_fields


def run(cmd: list[str], log: Path) -> tuple[float, float]:
    """Run *cmd*; return (seconds, peak RSS in MiB of it and its children)."""
    start = time.perf_counter()
    with log.open('w') as out:
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT)
        _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode:
        sys.exit(f"failed ({proc.returncode}): {' '.join(cmd)}\n{log.read_text()[-3000:]}")
    return elapsed, usage.ru_maxrss / 1024   # Linux: KiB


def raw_read(url: str, batch_size: int) -> tuple[int, float]:
    client = OdooClient(OdooSource(key='bench', url=url, database='pos17', login='admin',
                                   secret='admin', batch_size=batch_size))
    client.connect()
    fields = client.available_fields('pos.order.line', line_fields())
    start = time.perf_counter()
    count = 0
    for batch in client.iter_changed('pos.order.line', fields, None):
        count += len(batch)
    return count, time.perf_counter() - start


def version_rows(url: str) -> int:
    engine = sa.create_engine(url)
    try:
        with engine.connect() as conn:
            names = [r[0] for r in conn.execute(sa.text(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public' "
                "AND tablename LIKE '%\\_version'"))]
            return sum(conn.execute(sa.text(f'SELECT count(*) FROM "{n}"')).scalar()
                       for n in names)
    finally:
        engine.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    parser.add_argument('--lines', type=int, default=200_000, help="order lines (about)")
    parser.add_argument('--stores', type=int, default=4)
    parser.add_argument('--days', type=int, default=10)
    parser.add_argument('--batch-size', type=int, default=2000)
    parser.add_argument('--keep', type=Path, help="work in this directory and keep it")
    args = parser.parse_args()

    per_day = max(1, round(args.lines / (args.stores * args.days * LINES_PER_ORDER)))
    tmp = None
    if args.keep:
        work = args.keep
        work.mkdir(parents=True, exist_ok=True)
    else:
        tmp = tempfile.TemporaryDirectory()
        work = Path(tmp.name)

    from odoo_pos_sandbox import Sandbox, generate
    print(f"generating {args.stores} stores x {args.days} days x {per_day} orders/day ...",
          flush=True)
    sandbox_file = work / 'sandbox.sqlite'
    generate(sandbox_file, stores=args.stores, days=args.days, orders_per_day=per_day, seed=1)
    lines = Sandbox(sandbox_file).count('pos.order.line')
    port = free_port()
    server = subprocess.Popen([str(BIN / 'odoo-pos-sandbox'), 'serve', str(sandbox_file),
                               '--port', str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    pg = LocalPostgres(work / 'pg').start()
    try:
        wait_for_port(port, timeout=600)
        url = f'http://127.0.0.1:{port}'
        db_url = pg.create_database('bench')
        conf = write_config(work / 'rattail.conf', db_url=db_url, workdir=work / 'work',
                            sources={'default': dict(url=url, database='pos17', login='admin',
                                                     secret='admin', timeout=600,
                                                     batch_size=args.batch_size)})
        alembic(conf, 'upgrade', 'heads')

        read_count, read_seconds = raw_read(url, args.batch_size)
        rattail = [str(BIN / 'rattail'), '-c', str(conf)]
        imp_seconds, imp_rss = run(rattail + ['--no-versioning', 'import-odoo-pos'],
                                   work / 'import.log')
        run(rattail + ['make-user', 'admin', '--admin', '--password', 'admin'],
            work / 'make-user.log')
        ver_seconds, ver_rss = run(rattail + ['--runas', 'admin', 'import-versions',
                                              '-m', 'initial data from Odoo POS'],
                                   work / 'versions.log')
        versions = version_rows(db_url)
    finally:
        server.terminate()
        server.wait()
        pg.stop()
        if tmp is not None:
            tmp.cleanup()

    raw_rate = read_count / read_seconds
    imp_rate = lines / imp_seconds
    print(f"\n{lines:,} order lines, batch size {args.batch_size}")
    print(f"{'step':44} {'seconds':>8} {'rate':>16} {'peak RSS':>10}")
    print(f"{'raw client read of all lines':44} {read_seconds:8.1f} "
          f"{raw_rate:11,.0f} l/s {'-':>10}")
    print(f"{'import-odoo-pos --no-versioning (all models)':44} {imp_seconds:8.1f} "
          f"{imp_rate:11,.0f} l/s {imp_rss:7,.0f} MiB")
    print(f"{'import-versions':44} {ver_seconds:8.1f} "
          f"{versions / ver_seconds:9,.0f} rows/s {ver_rss:7,.0f} MiB")
    print(f"\nimport / raw read rate: {imp_rate / raw_rate:.2f}  "
          f"({versions:,} version rows; import-versions {lines / ver_seconds:,.0f} lines/s)")


if __name__ == '__main__':
    main()
