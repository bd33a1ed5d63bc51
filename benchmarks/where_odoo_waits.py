"""Where a paced initial load leaves Odoo idle.

Serves a generated sandbox **paced** (each call costs what it costs on a real
Odoo 17 with one worker: odoo_pos_sandbox/pacing.py) in this process, records
when each request was served, runs ``rattail --no-versioning import-odoo-pos``
into an empty database, and prints: the load's seconds, the time Odoo was busy
(the sum of the requests' costs: what no client can go below with one worker),
the time it sat idle, split into before the first request, after the last one,
and before each request (grouped by the request and the one before it: inside
one model's pages, or where one model gives way to the next).  Idle time is
what reading ahead can still win; busy time is the floor.

    .venv/bin/python benchmarks/where_odoo_waits.py --lines 100000
    .venv/bin/python benchmarks/where_odoo_waits.py --lines 100000 --setting prefetch_depth=1

Prints figures only; asserts nothing.  The machine may be shared: compare within one run.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import bench_import as B  # noqa: E402

from odoo_pos_dev.devenv import LocalPostgres, write_config  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    parser.add_argument('--lines', type=int, default=100_000, help="order lines (about)")
    parser.add_argument('--stores', type=int, default=4)
    parser.add_argument('--batch-size', type=int, default=2000)
    parser.add_argument('--setting', action='append', default=[],
                        help="an [odoo_pos] setting for the load, e.g. prefetch_depth=1")
    parser.add_argument('--top', type=int, default=12, help="idle groups to print")
    parser.add_argument('--unpaced', action='store_true',
                        help="serve as fast as the sandbox goes (the costs are still summed)")
    parser.add_argument('--keep', type=Path, help="work in this directory and keep it")
    args = parser.parse_args()

    from odoo_pos_sandbox import Sandbox, generate
    from odoo_pos_sandbox.pacing import Pacer

    served: list[tuple] = []

    class Recording(Pacer):
        def wait(self, started, charge):
            super().wait(started, charge)
            served.append((started, time.monotonic(), charge.model, charge.method))

    tmp = None if args.keep else tempfile.TemporaryDirectory()
    work = args.keep or Path(tmp.name)
    work.mkdir(parents=True, exist_ok=True)
    days = max(10, args.lines // 10_000)
    per_day = max(1, round(args.lines / (args.stores * days * B.LINES_PER_ORDER)))
    sandbox_file = work / f'sandbox-{args.stores}x{days}x{per_day}.sqlite'
    if not sandbox_file.exists():
        print(f"generating {args.stores} stores x {days} days x {per_day} orders/day ...",
              flush=True)
        generate(sandbox_file, stores=args.stores, days=days, orders_per_day=per_day, seed=1)
    sandbox = Sandbox(sandbox_file)
    lines = sandbox.count('pos.order.line')
    server = sandbox.serve(paced=Recording(scale=0.0 if args.unpaced else 1.0))
    pg = LocalPostgres(work / 'pg').start()
    try:
        db_url = pg.create_database('where_odoo_waits', template=B.migrated_template(work, pg))
        conf = write_config(work / 'load.conf', db_url=db_url, workdir=work / 'work',
                            sources={'default': dict(url=server.url, database='pos17',
                                                     login='admin', secret='admin', timeout=600,
                                                     batch_size=args.batch_size)})
        conf = B.settings_conf(conf, work / 'load-more.conf', '\n'.join(
            ' = '.join(s.split('=', 1)) for s in args.setting))
        began = time.monotonic()
        seconds, rss, _cpu = B.run([str(B.BIN / 'rattail'), '-c', str(conf), '--no-versioning',
                                    'import-odoo-pos'], work / 'load.log')
        ended = time.monotonic()
    finally:
        pg.stop()
        server.stop()
        if tmp is not None:
            tmp.cleanup()

    served.sort()
    busy = sum(end - start for start, end, *_ in served)
    print(f"\n{lines:,} order lines, batch size {args.batch_size}, settings: "
          f"{', '.join(args.setting) or 'defaults'}")
    print(f"load {seconds:.1f} s (peak RSS {rss:,.0f} MiB); Odoo busy {busy:.1f} s "
          f"({len(served)} requests), idle {seconds - busy:.1f} s "
          f"(busy / load {busy / seconds:.2f})")
    print(f"  idle before the first request (start-up): {served[0][0] - began:.2f} s; "
          f"after the last (commit, exit): {ended - served[-1][1]:.2f} s")
    groups: dict[str, list[float]] = defaultdict(lambda: [0, 0.0])
    previous_end, previous = served[0][0], None
    for start, end, model, method in served:
        here = f"{model}.{method}"
        key = f"within {here}" if here == previous else f"{previous} -> {here}"
        groups[key][0] += 1
        groups[key][1] += max(0.0, start - previous_end)
        previous_end, previous = end, here
    busy_by: dict[str, list[float]] = defaultdict(lambda: [0, 0.0])
    for start, end, model, method in served:
        busy_by[f"{model}.{method}"][0] += 1
        busy_by[f"{model}.{method}"][1] += end - start
    print("  busy, by request:")
    for key, (n, spent) in sorted(busy_by.items(), key=lambda kv: -kv[1][1])[:args.top]:
        print(f"    {spent:6.2f} s  {n:4} x  {key}")
    print("  idle before a request, by request (and the one before it):")
    for key, (n, idle) in sorted(groups.items(), key=lambda kv: -kv[1][1])[:args.top]:
        print(f"    {idle:6.2f} s  {n:4} x  {key}")


if __name__ == '__main__':
    main()
