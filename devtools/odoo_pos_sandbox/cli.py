# SPDX-License-Identifier: GPL-3.0-or-later
"""``odoo-pos-sandbox``: generate, serve and inspect sandbox data."""

from __future__ import annotations

import argparse
import logging
import signal
import sys
import time
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog='odoo-pos-sandbox',
        description="An Odoo 17 compatible POS server on 127.0.0.1 with generated data.")
    sub = parser.add_subparsers(dest='command', required=True)

    gen = sub.add_parser('generate', help="write a new sandbox data file")
    gen.add_argument('path', type=Path)
    gen.add_argument('--stores', type=int, default=3)
    gen.add_argument('--days', type=int, default=7)
    gen.add_argument('--orders-per-day', type=int, default=40)
    gen.add_argument('--seed', type=int, default=7)
    gen.add_argument('--database', default='pos17')

    serve = sub.add_parser('serve', help="serve a sandbox data file (until Ctrl-C)")
    serve.add_argument('path', type=Path)
    serve.add_argument('--host', default='127.0.0.1')
    serve.add_argument('--port', type=int, default=8069)

    info = sub.add_parser('info', help="counts of the main models in a sandbox file")
    info.add_argument('path', type=Path)

    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format='%(asctime)s %(levelname)s %(message)s')
    from odoo_pos_sandbox import Sandbox, generate

    if args.command == 'generate':
        started = time.monotonic()

        def progress(day, days, lines):
            print(f"\r  day {day}/{days}: {lines:,} order lines", end='', file=sys.stderr)

        generate(args.path, stores=args.stores, days=args.days,
                 orders_per_day=args.orders_per_day, seed=args.seed, database=args.database,
                 progress=progress)
        print(file=sys.stderr)
        sb = Sandbox(args.path)
        print(f"wrote {args.path}: {sb.count('pos.order'):,} orders, "
              f"{sb.count('pos.order.line'):,} lines in {time.monotonic() - started:.1f} s")
        return 0
    if args.command == 'info':
        sb = Sandbox(args.path)
        print(f"database: {sb.database}")
        for model in ('pos.config', 'pos.session', 'pos.order', 'pos.order.line', 'pos.payment',
                      'product.product', 'res.partner', 'hr.employee', 'pos.payment.method'):
            print(f"{model:22} {sb.count(model):>10,}")
        return 0
    sb = Sandbox(args.path)
    server = sb.serve(host=args.host, port=args.port)
    print(f"Odoo sandbox serving {args.path} at {server.url} (database {sb.database!r}, "
          f"login admin / admin); Ctrl-C stops it", flush=True)
    signal.signal(signal.SIGTERM, lambda *a: (_ for _ in ()).throw(KeyboardInterrupt()))
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        server.stop()
    return 0


if __name__ == '__main__':
    sys.exit(main())
