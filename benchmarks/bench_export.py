# SPDX-License-Identifier: GPL-3.0-or-later
"""Benchmark: Rattail -> Odoo POS export (``export-odoo-pos``), grouped writes
against one call per record, to one source and to three.

Serves three copies of a small generated sandbox, each in its own process,
migrates a throwaway PostgreSQL database, puts N products in Rattail and
exports them once to every source (set-up, timed but not compared).  Then, for
1 source and for 3 sources, and for each mode (grouped: the exporter as it
ships; per record: ``group_writes=False``, one ``create`` / ``write`` call per
record), in the same run:

1. N price changes: every product gets a new regular price (``--price-points``
   distinct values, as a pricing batch sets them), then the export;
2. M new products (with their department already bound), then the export.

Each export runs in a child process (the handler, as ``rattail
export-odoo-pos Product`` runs it): seconds, Odoo calls made (counted in the
client), rows per second (records x sources), peak RSS of that process.
Prints figures only; asserts nothing.

    .venv/bin/python benchmarks/bench_export.py --changes 10000 --new 1000
"""

from __future__ import annotations

import argparse
import decimal
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from odoo_pos_dev.devenv import LocalPostgres, alembic, free_port, wait_for_port, write_config

BIN = Path(sys.executable).parent
SOURCES = ['shop1', 'shop2', 'shop3']


def ean13(n: int) -> str:
    """A valid EAN-13 (check digit computed) from a running number."""
    body = f"20{n:010d}"
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body))
    return body + str((10 - total % 10) % 10)


# -- the child: one export, counted ------------------------------------------

def child(conf: str, sources: list[str], grouped: bool) -> None:
    """Run the export handler once; print its Odoo calls as JSON."""
    from rattail.config import make_config
    from rattail_odoo_pos.odoo.client import OdooClient
    calls: Counter = Counter()
    original = OdooClient.execute_kw

    def counted(self, model, method, *args, **kwargs):      # a counter, not a stand-in
        calls['xmlid' if model == 'ir.model.data' else method] += 1
        return original(self, model, method, *args, **kwargs)
    OdooClient.execute_kw = counted
    config = make_config([conf], usedb=False, versioning=False)
    handler = config.get_app().get_import_handler('to_odoo_pos.from_rattail.export',
                                                  require=True)
    handler.sources_requested = sources
    handler.group_writes = grouped
    import contextlib
    import io
    with contextlib.redirect_stdout(io.StringIO()) as out:
        handler.import_data('Department', 'Product')
    counts = {f"{s}:{k}": n for (s, k), n in handler.counts.items()}
    print(json.dumps({'calls': dict(calls), 'counts': counts, 'report': out.getvalue()}))


# -- Rattail data ---------------------------------------------------------------

def add_products(config, start: int, count: int, dept_name: str = 'Bench Dept') -> None:
    app = config.get_app()
    model = app.model
    session = app.make_session()
    dept = session.query(model.Department).filter_by(name=dept_name).first()
    if dept is None:
        dept = model.Department(name=dept_name, number=9500)
        session.add(dept)
    for n in range(start, start + count):
        product = model.Product(description=f"Bench product {n}", scancode=ean13(n),
                                item_id=f"B{n:07d}", department=dept)
        price = model.ProductPrice(type=app.enum.PRICE_TYPE_REGULAR, multiple=1,
                                   price=decimal.Decimal('1.00'))
        product.prices.append(price)
        product.regular_price = price
        session.add(product)
        if n % 1000 == 0:
            session.flush()
    session.commit()
    session.close()


def reprice(db_url: str, round_: int, points: int, first: int, count: int) -> None:
    """Give products *first*..*first+count* a new price: *points* distinct values."""
    import sqlalchemy as sa
    engine = sa.create_engine(db_url)
    with engine.begin() as conn:
        conn.execute(sa.text(
            "UPDATE product_price pp SET price = 1 + (substr(p.item_id, 2)::int % :points) "
            "+ :r * 0.01 FROM product p WHERE pp.uuid = p.regular_price_uuid "
            "AND substr(p.item_id, 2)::int >= :first AND substr(p.item_id, 2)::int < :last"),
            dict(points=points, r=round_, first=first, last=first + count))
    engine.dispose()


# -- main ----------------------------------------------------------------------

def timed(conf: Path, sources: list[str], grouped: bool) -> dict:
    """One export in a child process, with its peak RSS (wait4)."""
    cmd = [sys.executable, __file__, '--child', str(conf), '--sources', ','.join(sources)]
    if not grouped:
        cmd.append('--per-record')
    out_file = conf.with_name('child.out')
    start = time.perf_counter()
    with out_file.open('w') as out, conf.with_name('child.err').open('w') as err:
        proc = subprocess.Popen(cmd, stdout=out, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status):
        sys.exit(f"export failed:\n{conf.with_name('child.err').read_text()[-3000:]}")
    result = json.loads(out_file.read_text().strip().splitlines()[-1])
    result.update(seconds=elapsed, rss=usage.ru_maxrss / 1024)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    parser.add_argument('--changes', type=int, default=10_000, help="price changes (N)")
    parser.add_argument('--new', type=int, default=1_000, help="new products (M)")
    parser.add_argument('--price-points', type=int, default=10,
                        help="distinct new prices among the N changes")
    parser.add_argument('--keep', type=Path, help="work in this directory and keep it")
    parser.add_argument('--child', help=argparse.SUPPRESS)
    parser.add_argument('--sources', help=argparse.SUPPRESS)
    parser.add_argument('--per-record', action='store_true', help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.sources.split(','), not args.per_record)
        return

    tmp = None
    if args.keep:
        work = args.keep
        work.mkdir(parents=True, exist_ok=True)
    else:
        tmp = tempfile.TemporaryDirectory()
        work = Path(tmp.name)
    from odoo_pos_sandbox import generate
    template = generate(work / 'template.sqlite', stores=1, days=1, orders_per_day=1, seed=1)
    servers, settings = [], {}
    pg = LocalPostgres(work / 'pg').start()
    try:
        for key in SOURCES:
            path = work / f'{key}.sqlite'
            shutil.copy(template, path)
            port = free_port()
            servers.append(subprocess.Popen(
                [str(BIN / 'odoo-pos-sandbox'), 'serve', str(path), '--port', str(port)],
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
            settings[key] = dict(url=f'http://127.0.0.1:{port}', database='pos17',
                                 login='admin', secret='admin', timeout=600)
            wait_for_port(port, timeout=120)
        db_url = pg.create_database('bench')
        conf = write_config(work / 'rattail.conf', db_url=db_url, workdir=work / 'work',
                            sources=settings)
        alembic(conf, 'upgrade', 'heads')
        from rattail.config import make_config
        config = make_config([str(conf)], usedb=False, versioning=False)

        n, m = args.changes, args.new
        print(f"set-up: {n:,} products in Rattail, exported to {len(SOURCES)} sources ...",
              flush=True)
        add_products(config, 0, n)
        setup = timed(conf, SOURCES, True)
        print(f"  {setup['seconds']:.1f} s, {sum(setup['calls'].values()):,} calls",
              flush=True)

        rows = []
        next_new, round_ = n, 0
        for sources in (SOURCES[:1], SOURCES):
            for grouped in (True, False):
                mode = 'grouped' if grouped else 'per record'
                round_ += 1
                reprice(db_url, round_, args.price_points, 0, n)
                res = timed(conf, sources, grouped)
                rows.append((f"{n:,} price changes", len(sources), mode, n * len(sources), res))
                print(f"  done: price changes, {len(sources)} source(s), {mode}", flush=True)
                add_products(config, next_new, m)
                next_new += m
                res = timed(conf, sources, grouped)
                rows.append((f"{m:,} new products", len(sources), mode, m * len(sources), res))
                print(f"  done: new products, {len(sources)} source(s), {mode}", flush=True)
    finally:
        for server in servers:
            server.terminate()
            server.wait()
        pg.stop()
        if tmp is not None:
            tmp.cleanup()

    print(f"\n{'export':22} {'sources':>7} {'mode':>10} {'rows':>7} {'calls':>7} "
          f"{'writes':>7} {'xmlids':>7} {'seconds':>8} {'rows/s':>8} {'peak RSS':>9}")
    for what, nsrc, mode, nrows, res in rows:
        calls = sum(res['calls'].values())
        writes = res['calls'].get('write', 0) + res['calls'].get('create', 0)
        print(f"{what:22} {nsrc:7} {mode:>10} {nrows:7,} {calls:7,} {writes:7,} "
              f"{res['calls'].get('xmlid', 0):7,} {res['seconds']:8.1f} {nrows / res['seconds']:8,.0f} {res['rss']:6,.0f} MiB")
        for key, counts in res['counts'].items():
            if counts.get('failed') or counts.get('skipped') or counts.get('conflicts'):
                print(f"    {key}: {counts}")
    print("\ncalls: every execute_kw call (searches, reads, creates, writes; not the login); "
          "writes: create + write calls of the records; xmlids: ir.model.data calls (external "
          "ids looked up and recorded); rows: records x sources")


if __name__ == '__main__':
    main()
