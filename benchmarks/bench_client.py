# SPDX-License-Identifier: GPL-3.0-or-later
"""Benchmark: the Odoo client streams order lines with memory bounded by the batch size.

Generates a sandbox with about N order lines, serves it in a separate process,
then (in this process) reads every line with ``OdooClient.iter_batches`` and
``iter_changed`` and prints, for a small and the full data set: lines per
second, and the peak of Python memory allocated while reading (tracemalloc),
which should depend on the batch size, not on the total.  A baseline in the
same run: one plain ``search_read`` of a single batch.

    .venv/bin/python benchmarks/bench_client.py --lines 100000
"""

from __future__ import annotations

import argparse
import gc
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

from odoo_pos_dev.devenv import free_port, wait_for_port
from rattail_odoo_pos.odoo import OdooClient, OdooSource

FIELDS = ['order_id', 'product_id', 'qty', 'price_unit', 'discount', 'price_subtotal',
          'price_subtotal_incl', 'tax_ids', 'refunded_orderline_id', 'full_product_name',
          'write_date']


def serve(path: Path, stores: int, days: int, orders_per_day: int, seed: int = 1):
    """Generate sandbox data and serve it from a separate process."""
    from odoo_pos_sandbox import generate
    generate(path, stores=stores, days=days, orders_per_day=orders_per_day, seed=seed)
    port = free_port()
    proc = subprocess.Popen(
        [str(Path(sys.executable).with_name('odoo-pos-sandbox')), 'serve', str(path),
         '--port', str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wait_for_port(port, timeout=600)
    return proc, f'http://127.0.0.1:{port}'


def measure(url: str, batch_size: int, method: str) -> dict:
    client = OdooClient(OdooSource(key='bench', url=url, database='pos17', login='admin',
                                   secret='admin', batch_size=batch_size))
    client.connect()
    client.fields_get('pos.order.line')
    gc.collect()
    tracemalloc.start()
    start = time.perf_counter()
    count = 0
    total = 0.0
    if method == 'iter_batches':
        batches = client.iter_batches('pos.order.line', FIELDS)
    else:
        batches = client.iter_changed('pos.order.line', FIELDS, None)
    for batch in batches:
        count += len(batch)
        total += sum(row['price_subtotal_incl'] for row in batch)
    elapsed = time.perf_counter() - start
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return dict(lines=count, seconds=elapsed, rate=count / elapsed, peak_mib=peak / 2**20,
                calls=client.calls)


def baseline(url: str, batch_size: int) -> dict:
    client = OdooClient(OdooSource(key='bench', url=url, database='pos17', login='admin',
                                   secret='admin', batch_size=batch_size))
    client.connect()
    gc.collect()
    tracemalloc.start()
    start = time.perf_counter()
    rows = client.search_read('pos.order.line', [], FIELDS, order='id asc', limit=batch_size)
    elapsed = time.perf_counter() - start
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return dict(lines=len(rows), seconds=elapsed, rate=len(rows) / elapsed,
                peak_mib=peak / 2**20, calls=1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    parser.add_argument('--lines', type=int, default=100_000)
    parser.add_argument('--batch-size', type=int, default=2000)
    args = parser.parse_args()

    # the generator makes about 3.5 lines per order; 4 stores
    stores = 4
    days = 10
    per_day_full = max(1, round(args.lines / (stores * days * 3.5)))
    per_day_small = max(1, per_day_full // 10)
    with tempfile.TemporaryDirectory() as tmp:
        results = []
        for label, per_day in (('small', per_day_small), ('full', per_day_full)):
            proc, url = serve(Path(tmp) / f'{label}.sqlite', stores, days, per_day)
            try:
                results.append((f'{label}: one search_read (baseline)',
                                baseline(url, args.batch_size)))
                for method in ('iter_batches', 'iter_changed'):
                    results.append((f'{label}: {method}', measure(url, args.batch_size, method)))
            finally:
                proc.terminate()
                proc.wait()
    print(f"\nbatch size {args.batch_size}, fields {len(FIELDS)}")
    print(f"{'run':40} {'lines':>9} {'calls':>6} {'seconds':>8} {'lines/s':>9} {'peak MiB':>9}")
    for label, r in results:
        print(f"{label:40} {r['lines']:9d} {r['calls']:6d} {r['seconds']:8.2f} "
              f"{r['rate']:9.0f} {r['peak_mib']:9.1f}")
    small = [r for label, r in results if label == 'small: iter_batches'][0]
    full = [r for label, r in results if label == 'full: iter_batches'][0]
    print(f"\npeak memory full/small: {full['peak_mib'] / small['peak_mib']:.2f}x for "
          f"{full['lines'] / max(small['lines'], 1):.1f}x the lines (bounded if close to 1)")


if __name__ == '__main__':
    main()
