# SPDX-License-Identifier: GPL-3.0-or-later
"""Benchmark: the Odoo client streams order lines with memory bounded by the batch size.

Generates a sandbox with about N order lines, serves it in a separate process,
then (in this process) reads every line with ``OdooClient.iter_batches`` and
``iter_changed`` and prints, for a small and the full data set: lines per
second, and the peak of Python memory allocated while reading (tracemalloc),
which should depend on the batch size, not on the total.  A baseline in the
same run: one plain ``search_read`` of a single batch.

Then the raw read rate of each endpoint (every order line, the fields above, in
batches), same data, same run: the web session (``/web/dataset/call_kw``, what
a password uses) against ``/jsonrpc`` (what an API key uses before Odoo 19) on
the sandbox as Odoo 17, and JSON-2 (an API key on 19) against the session on
the sandbox as Odoo 19.  With ``--paced`` the sandbox costs what a real Odoo 17
costs (odoo_pos_sandbox/pacing.py); unpaced, the endpoints cost about the same
and the figures measure the client.  The machine is shared: figures are noisy,
compare the rows of one run only.

    .venv/bin/python benchmarks/bench_client.py --lines 100000 [--paced]
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


def serve(path: Path, stores: int, days: int, orders_per_day: int, seed: int = 1,
          options: tuple[str, ...] = ()):
    """Generate sandbox data (unless *path* exists) and serve it from a separate
    process (*options*: of ``odoo-pos-sandbox serve``)."""
    from odoo_pos_sandbox import generate
    if not path.exists():
        generate(path, stores=stores, days=days, orders_per_day=orders_per_day, seed=seed)
    port = free_port()
    proc = subprocess.Popen(
        [str(Path(sys.executable).with_name('odoo-pos-sandbox')), 'serve', str(path),
         '--port', str(port), *options], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
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


def raw_read(url: str, batch_size: int, secret: str, endpoint: str) -> dict:
    """Every order line through *endpoint* (login not timed)."""
    client = OdooClient(OdooSource(key='bench', url=url, database='pos17', login='admin',
                                   secret=secret, batch_size=batch_size, endpoint=endpoint))
    client.connect()
    client.fields_get('pos.order.line')
    start = time.perf_counter()
    count = sum(len(batch) for batch in client.iter_batches('pos.order.line', FIELDS))
    elapsed = time.perf_counter() - start
    return dict(lines=count, seconds=elapsed, rate=count / elapsed, calls=client.calls,
                endpoint=client.endpoint)


def endpoint_rates(path: Path, batch_size: int, paced: bool, rounds: int = 2) -> list:
    """Raw read rate per endpoint: session vs /jsonrpc as Odoo 17, JSON-2 vs
    session as Odoo 19; each pair measured alternately, best of *rounds*."""
    from odoo_pos_sandbox import Sandbox
    key = Sandbox(path).create_api_key('admin', 'bench')
    pace = ('--paced',) if paced else ()
    results = []
    for version, pair in ((17, (('session', 'admin'), ('jsonrpc', 'admin'))),
                          (19, (('session', 'admin'), ('json2', key)))):
        proc, url = serve(path, 0, 0, 0, options=('--odoo-version', str(version), *pace))
        try:
            best: dict = {}
            for _ in range(rounds):
                for endpoint, secret in pair:
                    r = raw_read(url, batch_size, secret, endpoint)
                    if endpoint not in best or r['rate'] > best[endpoint]['rate']:
                        best[endpoint] = r
            results += [(f'Odoo {version}: {endpoint}', best[endpoint]) for endpoint, _ in pair]
        finally:
            proc.terminate()
            proc.wait()
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    parser.add_argument('--lines', type=int, default=100_000)
    parser.add_argument('--batch-size', type=int, default=2000)
    parser.add_argument('--paced', action='store_true',
                        help="endpoint rates against the paced sandbox (real Odoo 17 costs)")
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
        rates = endpoint_rates(Path(tmp) / 'full.sqlite', args.batch_size, args.paced)
    print(f"\nbatch size {args.batch_size}, fields {len(FIELDS)}")
    print(f"{'run':40} {'lines':>9} {'calls':>6} {'seconds':>8} {'lines/s':>9} {'peak MiB':>9}")
    for label, r in results:
        print(f"{label:40} {r['lines']:9d} {r['calls']:6d} {r['seconds']:8.2f} "
              f"{r['rate']:9.0f} {r['peak_mib']:9.1f}")
    small = [r for label, r in results if label == 'small: iter_batches'][0]
    full = [r for label, r in results if label == 'full: iter_batches'][0]
    print(f"\npeak memory full/small: {full['peak_mib'] / small['peak_mib']:.2f}x for "
          f"{full['lines'] / max(small['lines'], 1):.1f}x the lines (bounded if close to 1)")
    print(f"\nraw read rate per endpoint ({'paced: real Odoo 17 costs' if args.paced else 'unpaced'}"
          f"; best of 2, alternated; shared machine, noisy)")
    print(f"{'endpoint':24} {'lines':>9} {'calls':>6} {'seconds':>8} {'lines/s':>9}")
    for label, r in rates:
        print(f"{label:24} {r['lines']:9d} {r['calls']:6d} {r['seconds']:8.2f} {r['rate']:9.0f}")
    by = dict(rates)
    print(f"session / jsonrpc (Odoo 17): "
          f"{by['Odoo 17: session']['rate'] / by['Odoo 17: jsonrpc']['rate']:.2f}x; "
          f"json2 / session (Odoo 19): "
          f"{by['Odoo 19: json2']['rate'] / by['Odoo 19: session']['rate']:.2f}x")


if __name__ == '__main__':
    main()
