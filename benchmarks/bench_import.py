"""Benchmark: Odoo POS -> Rattail initial load, as a user runs it.

For each data size (``--sizes``, order lines, about), generates a sandbox,
serves it in its own process (unpaced; with ``--paced`` also paced as Odoo 17
costs, at the smallest size), migrates throwaway PostgreSQL databases and
measures in one run:

1. the raw client read rate: every ``pos.order.line`` with the importer's
   own field list, through ``OdooClient.iter_changed`` (the importer's read);
2. ``rattail --no-versioning import-odoo-pos`` (everything, all models),
   twice: the bulk path (COPY, Odoo read one batch ahead: the default) and the
   old one (``[odoo_pos] bulk_load = false``, ``prefetch = false``): order
   lines per second of the whole run, the ratio to the raw read, peak RSS;
3. ``rattail --runas admin import-versions``: set-based initial versions (on
   the bulk database) and the ORM path (``versions_set_based = false``, on the
   old one): version rows per second, peak RSS.

Prints figures only; asserts nothing.  The machine may be shared: figures
are noisy, compare within one run.

    .venv/bin/python benchmarks/bench_import.py --sizes 50000,200000 [--paced]
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


def settings_conf(base: Path, path: Path, settings: str) -> Path:
    """A config including *base* with more ``[odoo_pos]`` settings."""
    path.write_text(f"[rattail.config]\ninclude = {base}\n\n[odoo_pos]\n{settings}\n")
    return path


def serve(sandbox_file: Path, paced: bool) -> tuple[subprocess.Popen, str]:
    port = free_port()
    cmd = [str(BIN / 'odoo-pos-sandbox'), 'serve', str(sandbox_file), '--port', str(port)]
    if paced:
        cmd.append('--paced')
    server = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wait_for_port(port, timeout=600)
    return server, f'http://127.0.0.1:{port}'


def migrated_template(work: Path, pg) -> str:
    """A database migrated once (``alembic upgrade heads``), copied for each run."""
    if not (work / 'template.conf').exists():
        url = pg.create_database('bench_template')
        alembic(write_config(work / 'template.conf', db_url=url, workdir=work / 'work'),
                'upgrade', 'heads')
    return 'bench_template'


def measure(work: Path, pg, sandbox_file: Path, lines: int, batch_size: int, paced: bool,
            versions: bool) -> list[tuple]:
    """Rows of figures for one sandbox (served paced or not)."""
    tag = 'paced' if paced else 'unpaced'
    server, url = serve(sandbox_file, paced)
    out = []
    try:
        read_count, read_seconds = raw_read(url, batch_size)
        raw_rate = read_count / read_seconds
        out.append((f"{tag}: raw client read of all lines", read_seconds, raw_rate, 'l/s',
                    None, None))
        dbs = {}
        for name, settings in (('bulk', ''), ('old', 'bulk_load = false\nprefetch = false')):
            db_name = f"bench_{tag}_{lines}_{name}"
            db_url = pg.create_database(db_name, template=migrated_template(work, pg))
            conf = write_config(work / f'{db_name}.conf', db_url=db_url, workdir=work / 'work',
                                sources={'default': dict(url=url, database='pos17',
                                                         login='admin', secret='admin',
                                                         timeout=600, batch_size=batch_size)})
            conf = settings_conf(conf, work / f'{db_name}-more.conf', settings)
            rattail = [str(BIN / 'rattail'), '-c', str(conf)]
            seconds, rss = run(rattail + ['--no-versioning', 'import-odoo-pos'],
                               work / f'{db_name}-import.log')
            rate = lines / seconds
            out.append((f"{tag}: initial load, {name} path", seconds, rate, 'l/s', rss,
                        rate / raw_rate))
            dbs[name] = (rattail, db_url)
        bulk_rate, old_rate = out[-2][2], out[-1][2]
        out.append((f"{tag}: bulk / old initial load", None, bulk_rate / old_rate, 'x', None,
                    None))
        if versions:
            for name, how, settings in (('bulk', 'set-based', ''),
                                        ('old', 'ORM', 'versions_set_based = false')):
                rattail, db_url = dbs[name]
                conf = settings_conf(Path(rattail[2]), work / f'{tag}-{name}-versions.conf',
                                     settings)
                cmd = [rattail[0], '-c', str(conf)]
                run(cmd + ['make-user', 'admin', '--no-password'], work / 'make-user.log')
                seconds, rss = run(cmd + ['--runas', 'admin', 'import-versions', '-m',
                                          'initial data from Odoo POS'],
                                   work / f'{tag}-{name}-versions.log')
                rows = version_rows(db_url)
                out.append((f"{tag}: import-versions, {how} ({rows:,} rows)", seconds,
                            rows / seconds, 'rows/s', rss, None))
    finally:
        server.terminate()
        server.wait()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    parser.add_argument('--sizes', default='50000,200000',
                        help="order lines (about), comma-separated (default 50000,200000)")
    parser.add_argument('--stores', type=int, default=4)
    parser.add_argument('--days', type=int, default=10)
    parser.add_argument('--batch-size', type=int, default=2000)
    parser.add_argument('--paced', action='store_true',
                        help="also against the paced sandbox (smallest size only)")
    parser.add_argument('--keep', type=Path, help="work in this directory and keep it")
    args = parser.parse_args()
    sizes = sorted(int(s) for s in args.sizes.split(','))

    tmp = None
    if args.keep:
        work = args.keep
        work.mkdir(parents=True, exist_ok=True)
    else:
        tmp = tempfile.TemporaryDirectory()
        work = Path(tmp.name)

    from odoo_pos_sandbox import Sandbox, generate
    pg = LocalPostgres(work / 'pg').start()
    results = []
    try:
        for size in sizes:
            per_day = max(1, round(size / (args.stores * args.days * LINES_PER_ORDER)))
            print(f"generating {args.stores} stores x {args.days} days x {per_day} orders/day ...",
                  flush=True)
            sandbox_file = work / f'sandbox-{size}.sqlite'
            generate(sandbox_file, stores=args.stores, days=args.days, orders_per_day=per_day,
                     seed=1)
            lines = Sandbox(sandbox_file).count('pos.order.line')
            rows = measure(work, pg, sandbox_file, lines, args.batch_size, False, True)
            if args.paced and size == sizes[0]:
                rows += measure(work, pg, sandbox_file, lines, args.batch_size, True, False)
            results.append((lines, rows))
            print_table(lines, args.batch_size, rows)
    finally:
        pg.stop()
        if tmp is not None:
            tmp.cleanup()
    if len(results) > 1:
        print("\npeak RSS of the bulk initial load by size:")
        for lines, rows in results:
            rss = next(r[4] for r in rows if r[0] == 'unpaced: initial load, bulk path')
            print(f"  {lines:>10,} lines: {rss:7,.0f} MiB")


def print_table(lines: int, batch_size: int, rows: list[tuple]) -> None:
    print(f"\n{lines:,} order lines, batch size {batch_size} (shared machine: noisy figures)")
    print(f"{'step':52} {'seconds':>8} {'rate':>18} {'peak RSS':>10} {'/ raw':>6}")
    for name, seconds, rate, unit, rss, ratio in rows:
        print(f"{name:52} {'' if seconds is None else f'{seconds:8.1f}':>8} "
              f"{rate:11,.1f} {unit:6} {'' if rss is None else f'{rss:6,.0f} MiB':>10} "
              f"{'' if ratio is None else f'{ratio:6.2f}':>6}", flush=True)


if __name__ == '__main__':
    main()
