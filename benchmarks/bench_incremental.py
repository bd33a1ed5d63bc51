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
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

from odoo_pos_dev.devenv import LocalPostgres, alembic, free_port, wait_for_port, write_config

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
    args = parser.parse_args()
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


if __name__ == '__main__':
    main()
