# SPDX-License-Identifier: GPL-3.0-or-later
"""Benchmark: the cost of an incremental ``import-odoo-pos`` run with 1,000
changes, over databases of different sizes (default 10,000 and 500,000 order
lines).

For each size: generate a sandbox, serve it from its own process, migrate a
fresh Rattail database, run the initial load (``--no-versioning``), then

* a run with no change (the baseline: the look-back window and the polls),
* a run after 1,000 changes in Odoo (order lines edited in one transaction),

and print seconds, the time per change above the baseline, and the peak RSS of
the import processes.  Figures only; nothing is asserted.

    .venv/bin/python benchmarks/bench_incremental.py                 # 10k and 500k lines
    .venv/bin/python benchmarks/bench_incremental.py --sizes 10000 50000

``--catchup`` (issue 10, item 6): a **versioned** incremental run (Continuum on,
what cron and datasync run) catching up a day of activity (default 10,000
orders, 40,000 lines, 13,000 payments rung up over 24 hours), on two copies of
one Rattail database (initial load + ``import-versions``): the old path
(``[odoo_pos] versioned_batch = false``) and the new one, same run, same data;
``--profile`` also writes the new path's cProfile top entries.  Each phase
prints its seconds as it ends, and the new path's (and the old path's) seconds
per model (the cursors' ``last_duration``); ``--skip-old`` runs the new path
alone (a quick look at where it spends its time).

``--window`` (item 7): the look-back window full (100,000 order lines written
in the last hour, nothing changed since): a no-change run's seconds and Odoo
calls with ``lookback_mode = reread`` (before) and ``count`` (after), and the
same with an empty window.  ``--latency`` (alone or with ``--window``): the
datasync daemon's latency (p50, p95, max) for 20 orders rung up 2 s apart while
that window is full, with ``lookback_mode = reread`` (before), ``count`` (after,
``datasync.window_check_seconds`` default: no window comparison falls in the
40 s measured) and ``count`` with the window compared every
``--latency-period`` seconds (default 15: one model's ``read_group`` about
every second, i.e. during the measurement), with the ``read_group`` calls the
sandbox answered meanwhile.

    .venv/bin/python benchmarks/bench_incremental.py --catchup --profile
    .venv/bin/python benchmarks/bench_incremental.py --window --latency

The machine is shared: figures are noisy; compare the columns of one run.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

from odoo_pos_dev.devenv import (DATASYNC_IMPORT, LocalPostgres, alembic, free_port,
                                  wait_for_port, write_config)

BIN = Path(sys.executable).parent


def run(conf: Path, *args: str) -> tuple[float, float]:
    """Run ``rattail`` and return (seconds, peak RSS MiB of that process)."""
    started = time.perf_counter()
    proc = psutil.Popen([str(BIN / 'rattail'), '-c', str(conf), *args],
                        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = 0
    while proc.poll() is None:
        try:
            peak = max(peak, proc.memory_info().rss)
        except psutil.Error:
            pass
        time.sleep(0.05)
    elapsed = time.perf_counter() - started
    if proc.returncode:
        raise SystemExit(f"rattail {' '.join(args)} failed:\n{proc.stderr.read().decode()[-3000:]}")
    return elapsed, peak / 2**20


def bench(size: int, changes: int, tmp: Path, pg: LocalPostgres) -> dict:
    from odoo_pos_sandbox import Sandbox, generate
    stores, days = 3, 10
    per_day = max(1, round(size / (stores * days * 3.5)))
    data = tmp / f'sandbox-{size}.sqlite'
    generate(data, stores=stores, days=days, orders_per_day=per_day, seed=5)
    sb = Sandbox(data)
    lines = sb.count('pos.order.line')
    port = free_port()
    server = subprocess.Popen([str(BIN / 'odoo-pos-sandbox'), 'serve', str(data), '--port',
                               str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_for_port(port, timeout=120)
        url = pg.create_database(f'bench_{size}')
        conf = write_config(tmp / f'rattail-{size}.conf', db_url=url, workdir=tmp / 'work',
                            sources={'default': dict(url=f'http://127.0.0.1:{port}',
                                                     database='pos17', login='admin',
                                                     secret='admin')})
        alembic(conf, 'upgrade', 'heads')
        initial, initial_rss = run(conf, '--no-versioning', 'import-odoo-pos')
        noop, noop_rss = run(conf, '--no-versioning', 'import-odoo-pos')
        sb.clock.advance(60)
        ids = sb.ids('pos.order.line')[-changes:]
        with sb.transaction() as env:
            env.write('pos.order.line', ids, {'discount': 5.0})
        changed, changed_rss = run(conf, '--no-versioning', 'import-odoo-pos')
    finally:
        server.terminate()
        server.wait()
    return dict(size=lines, initial=initial, noop=noop, changed=changed,
                per_change_ms=(changed - noop) / changes * 1000,
                rss=max(initial_rss, noop_rss, changed_rss), changed_rss=changed_rss)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    parser.add_argument('--sizes', type=int, nargs='+', default=[10_000, 500_000])
    parser.add_argument('--changes', type=int, default=1000)
    parser.add_argument('--catchup', action='store_true', help="versioned catch-up, old vs new")
    parser.add_argument('--catchup-orders', type=int, default=10_000)
    parser.add_argument('--profile', action='store_true', help="cProfile the new catch-up path")
    parser.add_argument('--skip-old', action='store_true',
                        help="catch-up: run the new path only (no old path to compare)")
    parser.add_argument('--window', action='store_true', help="no-change run, window full")
    parser.add_argument('--window-rows', type=int, default=100_000)
    parser.add_argument('--latency', action='store_true', help="datasync latency, window full")
    parser.add_argument('--latency-period', type=float, default=15,
                        help="window_check_seconds of the third latency run (default 15)")
    args = parser.parse_args()
    if args.catchup or args.window or args.latency:
        with tempfile.TemporaryDirectory() as tmp:
            pg = LocalPostgres(Path(tmp) / 'pg').start()
            try:
                if args.catchup:
                    bench_catchup(args.catchup_orders, Path(tmp), pg, args.profile,
                                  args.skip_old)
                if args.window or args.latency:
                    bench_window(args.window_rows, Path(tmp), pg, args.window, args.latency,
                                 args.latency_period)
            finally:
                pg.stop()
        return
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        pg = LocalPostgres(Path(tmp) / 'pg').start()
        try:
            for size in args.sizes:
                print(f"size {size:,}: generating, serving, initial load...", flush=True)
                results.append(bench(size, args.changes, Path(tmp), pg))
        finally:
            pg.stop()
    print(f"\n{'order lines':>12} {'initial s':>10} {'no-change s':>12} "
          f"{args.changes:,} changes s {'ms/change':>10} {'peak RSS MiB':>13}")
    for r in results:
        print(f"{r['size']:12,} {r['initial']:10.1f} {r['noop']:12.2f} "
              f"{r['changed']:{len(f'{args.changes:,} changes s')}.2f} "
              f"{r['per_change_ms']:10.2f} {r['changed_rss']:13.0f}")
    if len(results) > 1:
        small, big = results[0], results[-1]
        print(f"\nincremental run with {args.changes:,} changes: {big['changed']:.2f} s over "
              f"{big['size']:,} lines vs {small['changed']:.2f} s over {small['size']:,} lines "
              f"({big['changed'] / small['changed']:.2f}x for {big['size'] / small['size']:.0f}x "
              f"the data)")



# -- issue 10: versioned catch-up, a full look-back window, datasync latency ---------

def serve(sandbox_file: Path) -> tuple[subprocess.Popen, str]:
    port = free_port()
    server = subprocess.Popen([str(BIN / 'odoo-pos-sandbox'), 'serve', str(sandbox_file),
                               '--port', str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wait_for_port(port, timeout=300)
    return server, f'http://127.0.0.1:{port}'


def config(tmp: Path, name: str, db_url: str, url: str, extra: str = '') -> Path:
    return write_config(tmp / f'{name}.conf', db_url=db_url, workdir=tmp / 'work',
                        sources={'default': dict(url=url, database='pos17', login='admin',
                                                 secret='admin', timeout=600)},
                        extra=extra)


def setting(conf: Path, line: str) -> Path:
    """A copy of *conf* with *line* added to its ``[odoo_pos]`` section."""
    out = conf.with_name(f"{conf.stem}-{line.split('=')[0].strip()}-"
                         f"{line.split('=')[1].strip()}.conf")
    out.write_text(conf.read_text().replace('[odoo_pos]\n', f'[odoo_pos]\n{line}\n', 1))
    return out


def ring_up(sb, orders: int, start, hours: float, lines_per_order: int = 4,
            split_share: float = 0.3) -> None:
    """*orders* orders rung up over *hours* from *start* (one transaction per
    20 orders, round the stores, so write dates spread over the period as a
    shop's do), *lines_per_order* lines each, *split_share* of them paid in
    two payments."""
    import datetime
    products = sb.ids('product.product', [('available_in_pos', '=', True)])
    configs = sb.ids('pos.config')
    open_ = sb.open_sessions()
    sessions = {c: open_.get(c) or sb.open_session(c, at=start) for c in configs}
    chunks = max(max(1, int(hours)) * len(configs), orders // 20)
    n = 0
    for chunk in range(chunks):
        config_id = configs[chunk % len(configs)]
        at = start + datetime.timedelta(hours=hours * chunk / chunks)
        count = orders * (chunk + 1) // chunks - orders * chunk // chunks
        methods = sb.search_read('pos.config', [('id', '=', config_id)],
                                 ['payment_method_ids'])[0]['payment_method_ids']
        with sb.transaction(at=at) as tx:
            for _ in range(count):
                lines = [(products[(n * 7 + k * 13) % len(products)], 1 + (n + k) % 3)
                         for k in range(lines_per_order)]
                split = len(methods) > 1 and (n % 10) < split_share * 10
                sb.new_order(sessions[config_id], lines, env=tx,
                             payments=_split(tx, lines, methods) if split else None)
                n += 1


def _split(tx, lines, methods):
    """Two payments (a card, then cash for the rest) of the order *lines* total."""
    from odoo_pos_sandbox.flows import product_info, totals, Line
    info = product_info(tx.cx, [p for p, _q in lines])
    total = totals([Line(product_id=p, qty=float(q), price_unit=info[p]['price'],
                         discount=0.0, tax_ids=info[p]['tax_ids'], tax_rate=info[p]['rate'],
                         name=info[p]['name'], refunded_orderline_id=None)
                    for p, q in lines])[1]
    part = round(total / 2, 2)
    return [(methods[1], part), (methods[0], round(total - part, 2))]


def table_rows(db_url: str, sql: str) -> int:
    import sqlalchemy as sa
    engine = sa.create_engine(db_url)
    try:
        with engine.connect() as cx:
            return cx.execute(sa.text(sql)).scalar()
    finally:
        engine.dispose()


class Phases:
    """Prints each phase's seconds as it ends (a long run shows where it is)."""

    def __init__(self):
        self.started = self.last = time.perf_counter()

    def done(self, what: str) -> float:
        now = time.perf_counter()
        seconds, self.last = now - self.last, now
        print(f"  {what}: {seconds:.1f} s (total {now - self.started:.0f} s)", flush=True)
        return seconds


def model_seconds(db_url: str) -> dict[str, float]:
    """Seconds of the last run per Odoo model (the cursors' ``last_duration``)."""
    import sqlalchemy as sa
    engine = sa.create_engine(db_url)
    try:
        with engine.connect() as cx:
            return dict(cx.execute(sa.text(
                "SELECT odoo_model, last_duration FROM odoo_pos_cursor "
                "WHERE last_duration IS NOT NULL ORDER BY last_duration DESC")).all())
    finally:
        engine.dispose()


def bench_catchup(orders: int, tmp: Path, pg: LocalPostgres, profile: bool,
                  skip_old: bool = False) -> None:
    import datetime
    from odoo_pos_sandbox import Sandbox, generate
    data = tmp / 'catchup.sqlite'
    print(f"catch-up of {orders:,} orders: generating, serving, initial load + "
          f"import-versions...", flush=True)
    phases = Phases()
    generate(data, stores=3, days=3, orders_per_day=100, seed=3)
    sb = Sandbox(data)
    server, url = serve(data)
    old = None
    try:
        db_url = pg.create_database('catchup_old')
        conf = config(tmp, 'catchup_old', db_url, url)
        alembic(conf, 'upgrade', 'heads')
        run(conf, '--no-versioning', 'import-odoo-pos')
        run(conf, 'make-user', 'admin', '--admin', '--password', 'admin')
        run(conf, '--runas', 'admin', 'import-versions', '-m', 'initial')
        phases.done("generate, initial load, import-versions")
        before = {t: table_rows(db_url, f"SELECT count(*) FROM {t}") for t in
                  ('odoo_pos_order', 'odoo_pos_order_line', 'odoo_pos_payment')}
        now = sb.now()
        ring_up(sb, orders, now - datetime.timedelta(hours=24), 24)
        phases.done(f"rang up {orders:,} orders over 24 h in Odoo")
        new_url = pg.create_database('catchup_new', template='catchup_old')
        new_conf = config(tmp, 'catchup_new', new_url, url)
        if not skip_old:
            print(f"  old path (versioned_batch = false): 0.05-0.13 s per order measured "
                  f"(about {orders * 0.05:.0f}-{orders * 0.13:.0f} s)...", flush=True)
            old_conf = setting(conf, 'versioned_batch = false')
            old, _rss = run(old_conf, '--runas', 'admin', 'import-odoo-pos')
            phases.done("old path")
            old_models = model_seconds(db_url)
        if profile:
            prof = tmp / 'catchup.prof'
            started = time.perf_counter()
            proc = subprocess.run([sys.executable, '-m', 'cProfile', '-o', str(prof),
                                   str(BIN / 'rattail'), '-c', str(new_conf), '--runas', 'admin',
                                   'import-odoo-pos'], capture_output=True, text=True)
            new = time.perf_counter() - started
            if proc.returncode:
                raise SystemExit(proc.stderr[-3000:])
        else:
            new, _rss = run(new_conf, '--runas', 'admin', 'import-odoo-pos')
        phases.done("new path")
        new_models = model_seconds(new_url)
        floor, _rss = run(new_conf, '--runas', 'admin', 'import-odoo-pos')
        phases.done("new path again, nothing to do")
        added = {t: table_rows(new_url, f"SELECT count(*) FROM {t}") - n
                 for t, n in before.items()}
        versions = {t: table_rows(new_url, f"SELECT count(*) FROM {t}_version") for t in before}
        same = None if skip_old else all(
            table_rows(db_url, f"SELECT count(*) FROM {t}_version") == versions[t]
            for t in before)
    finally:
        server.terminate()
        server.wait()
    print(f"\nversioned catch-up of {added['odoo_pos_order']:,} orders, "
          f"{added['odoo_pos_order_line']:,} lines, {added['odoo_pos_payment']:,} payments"
          f"{' (new path under cProfile)' if profile else ''}:")
    if old is not None:
        print(f"  old path (versioned_batch = false) {old:8.1f} s")
        print(f"  new path                           {new:8.1f} s   ({old / new:.1f}x)")
        print(f"  same version rows in both: {same}")
    else:
        print(f"  new path                           {new:8.1f} s   (old path skipped)")
    print(f"\nseconds per model (cursor last_duration; the rest of a run is process start, "
          f"login, locks, version transaction):")
    print(f"  {'Odoo model':<22} {'old s':>8} {'new s':>8}")
    for name in sorted(set(new_models) | set(old_models if old is not None else {}),
                       key=lambda n: -new_models.get(n, 0)):
        o = f"{old_models.get(name, 0):8.2f}" if old is not None else f"{'-':>8}"
        n = new_models.get(name, 0)
        if n >= 0.05 or (old is not None and old_models.get(name, 0) >= 0.05):
            print(f"  {name:<22} {o} {n:8.2f}")
    total_old = f"{sum(old_models.values()):8.2f}" if old is not None else f"{'-':>8}"
    print(f"  {'(sum)':<22} {total_old} {sum(new_models.values()):8.2f}")
    print(f"  the same run again with nothing to do (process start, login, one small read per "
          f"model, version transaction): {floor:.1f} s")
    print(f"  version rows after: " + ', '.join(f"{t}_version {n:,}" for t, n in versions.items()))
    if profile:
        import pstats
        print("\nnew path, cProfile top entries by cumulative time:")
        pstats.Stats(str(prof)).sort_stats('cumulative').print_stats(25)
        print("by own time:")
        pstats.Stats(str(prof)).sort_stats('tottime').print_stats(15)
        print("who autoflushes the session (a query per record):")
        pstats.Stats(str(prof)).sort_stats('cumulative').print_callers(r'\(_autoflush\)')
        pstats.Stats(str(prof)).sort_stats('cumulative').print_callers(r'query.py.*\(__iter__\)')
        pstats.Stats(str(prof)).sort_stats('cumulative').print_callers(r'\(_iter\)')
        print("who flushes the session:")
        pstats.Stats(str(prof)).sort_stats('cumulative').print_callers(r'session.py.*\(flush\)')
        print("who executes SQL:")
        pstats.Stats(str(prof)).sort_stats('cumulative').print_callers(r"method 'execute' of "
                                                                       r"'psycopg2")


def timed(conf: Path, sb, *args: str) -> tuple[float, int]:
    """(seconds, Odoo calls) of one ``rattail`` run against the in-process sandbox."""
    before = sb.call_count
    seconds, _rss = run(conf, *args)
    return seconds, sb.call_count - before


def window_rows(db_url: str, minutes: int = 120) -> int:
    return sum(table_rows(db_url, f"SELECT count(*) FROM {t} WHERE odoo_write_date >= "
                                  f"(SELECT max(odoo_write_date) FROM {t}) - interval "
                                  f"'{minutes} minutes'")
               for t in ('odoo_pos_order', 'odoo_pos_order_line', 'odoo_pos_payment'))


def bench_window(rows: int, tmp: Path, pg: LocalPostgres, window: bool = True,
                 latency: bool = False, latency_period: float = 15) -> None:
    import datetime
    from odoo_pos_sandbox import Sandbox, generate
    data = tmp / 'window.sqlite'
    print("window: generating, serving, initial load...", flush=True)
    phases = Phases()
    generate(data, stores=3, days=3, orders_per_day=50, seed=4)
    sb = Sandbox(data)
    sb.clock.advance(24 * 3600)          # what was generated is a day older than the window
    server = sb.serve()
    results = {}
    try:
        url = server.url
        empty_url = pg.create_database('window_empty')
        # every run checks the window (cron runs do every window_check_seconds, default 900)
        empty = setting(config(tmp, 'window_empty', empty_url, url), 'window_check_seconds = 0')
        alembic(empty, 'upgrade', 'heads')
        run(empty, '--no-versioning', 'import-odoo-pos')
        phases.done("generate, initial load")

        def no_change_runs(conf, db_url):
            """rows in the window, then a no-change run before (reread) and after (count)"""
            return (window_rows(db_url),
                    timed(setting(conf, 'lookback_mode = reread'), sb,
                          '--no-versioning', 'import-odoo-pos'),
                    timed(conf, sb, '--no-versioning', 'import-odoo-pos'))

        if window:
            results['empty'] = no_change_runs(empty, empty_url)
            phases.done("no-change runs, empty window")
        now = sb.now()
        ring_up(sb, rows // 8, now - datetime.timedelta(minutes=60), 1, lines_per_order=8)
        phases.done(f"rang up {rows // 8:,} orders ({rows:,} lines) in the last hour")
        full_url = pg.create_database('window_full', template='window_empty')
        full = setting(config(tmp, 'window_full', full_url, url), 'window_check_seconds = 0')
        run(full, '--no-versioning', 'import-odoo-pos')
        phases.done("loaded them")
        if window:
            results['full'] = no_change_runs(full, full_url)
            phases.done("no-change runs, full window")
            print(f"\nno-change incremental run (--no-versioning), look-back window 120 min:")
            print(f"{'window':>8} {'rows in window':>15} {'before s':>9} {'calls':>6} "
                  f"{'after s':>8} {'calls':>6}")
            for name, (n, (old_s, old_c), (new_s, new_c)) in results.items():
                print(f"{name:>8} {n:15,} {old_s:9.2f} {old_c:6} {new_s:8.2f} {new_c:6}")
            ratio = results['full'][2][0] / results['empty'][2][0]
            print(f"after: full window / empty window = {ratio:.2f}x (goal <= 2x)")
        if latency:
            period = int(latency_period) if latency_period == int(latency_period) \
                else latency_period
            runs = [('reread (before)', setting(full, 'lookback_mode = reread')),
                    ('count (after)', full),
                    (f'count, window compared every {period} s',
                     setting(full, f'datasync.window_check_seconds = {period}'))]
            print(f"\ndatasync latency, window full ({window_rows(full_url):,} rows in "
                  f"it), 20 orders 2 s apart, watcher and consumer delay 1 s:", flush=True)
            print(f"{'lookback_mode':>38} {'p50 s':>6} {'p95 s':>6} {'max s':>6} "
                  f"{'read_group calls':>17}")
            for name, conf in runs:
                lat, groups = datasync_latency(conf, full_url, sb, tmp)
                lat.sort()
                p50, p95 = lat[len(lat) // 2], lat[min(len(lat) - 1, int(len(lat) * 0.95))]
                print(f"{name:>38} {p50:6.1f} {p95:6.1f} {lat[-1]:6.1f} {groups:17}",
                      flush=True)
            print("(goal: p95 under 3 s; the machine is shared: figures are noisy)")
    finally:
        server.stop()




def datasync_latency(conf: Path, db_url: str, sb, tmp: Path, orders: int = 20,
                     apart: float = 2.0) -> tuple[list[float], int]:
    """Seconds from ringing up each of *orders* orders (*apart* s apart) to its
    arrival in Rattail through the ``rattail datasync`` daemon, and the
    ``read_group`` calls the sandbox answered meanwhile (window comparisons)."""
    import os
    import signal
    import sqlalchemy as sa
    live = conf.with_name(conf.stem + '-datasync.conf')
    live.write_text(conf.read_text() + DATASYNC_IMPORT)
    log = open(tmp / f'{live.stem}.log', 'w')
    proc = subprocess.Popen([str(BIN / 'rattail'), '-c', str(live), '--no-versioning',
                             'datasync', '--pidfile', str(tmp / 'datasync.pid'), 'start'],
                            stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    engine = sa.create_engine(db_url)
    groups = [0]
    real = sb.execute

    def execute(uid, model, method, args=None, kwargs=None):
        if method == 'read_group':
            groups[0] += 1
        return real(uid, model, method, args, kwargs)
    sb.execute = execute
    try:
        time.sleep(5)
        products = sb.ids('product.product', [('available_in_pos', '=', True)])
        session = next(iter(sb.open_sessions().values()))
        rung: dict[int, float] = {}
        arrived: dict[int, float] = {}

        def poll():
            if not rung:
                return
            with engine.connect() as cx:
                found = cx.execute(sa.text("SELECT odoo_id FROM odoo_pos_order WHERE odoo_id = "
                                           "ANY(:ids)"), {'ids': list(rung)}).scalars()
                for i in found:
                    arrived.setdefault(i, time.monotonic())
        for k in range(orders):
            rung[sb.new_order(session, [(products[k % len(products)], 1)])] = time.monotonic()
            until = time.monotonic() + apart
            while time.monotonic() < until:
                poll()
                time.sleep(0.1)
        deadline = time.monotonic() + 300
        while len(arrived) < len(rung) and time.monotonic() < deadline:
            poll()
            time.sleep(0.1)
        return [arrived.get(i, float('inf')) - t for i, t in rung.items()], groups[0]
    finally:
        sb.execute = real
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(30)
        engine.dispose()
        log.close()
        flagged = [word.strip(',') for line in open(log.name)
                   if 'Odoo POS changes' in line for word in line.split() if ':window' in word]
        if flagged:
            print(f"    (windows that differed: {', '.join(sorted(set(flagged)))}; "
                  f"{len(flagged)} time(s))", flush=True)


if __name__ == '__main__':
    main()
