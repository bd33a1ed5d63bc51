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
    serve.add_argument('--odoo-version', type=int, choices=(15, 16, 17, 18, 19), default=None,
                       help="answer as this Odoo version (its fields, value shapes and "
                            "refusals; the data are the same); default 17")
    _pacing_options(serve)

    fleet = sub.add_parser('serve-fleet', help="serve every *.sqlite of a folder on one port, "
                                               "one database each (until Ctrl-C)")
    fleet.add_argument('folder', type=Path)
    fleet.add_argument('--host', default='127.0.0.1')
    fleet.add_argument('--port', type=int, default=8069)
    _pacing_options(fleet)

    gen_fleet = sub.add_parser('generate-fleet', help="write N small sandbox files "
                                                      "shop001.sqlite ... (one database each)")
    gen_fleet.add_argument('folder', type=Path)
    gen_fleet.add_argument('--count', type=int, default=20)
    gen_fleet.add_argument('--seed', type=int, default=1)

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
    if args.command == 'generate-fleet':
        from odoo_pos_sandbox.fleet import generate_fleet
        if args.count < 1:
            print("odoo-pos-sandbox: --count must be at least 1", file=sys.stderr)
            return 2
        started = time.monotonic()
        paths = generate_fleet(args.folder, args.count, seed=args.seed)
        print(f"wrote {len(paths)} databases ({paths[0].stem} ... {paths[-1].stem}) in "
              f"{args.folder} in {time.monotonic() - started:.1f} s")
        return 0
    if args.command == 'serve-fleet':
        from odoo_pos_sandbox.fleet import Fleet
        paths = sorted(args.folder.glob('*.sqlite'))
        if not paths:
            print(f"odoo-pos-sandbox: no *.sqlite in {args.folder} (make them with "
                  f"`odoo-pos-sandbox generate-fleet {args.folder}`)", file=sys.stderr)
            return 2
        fleet = Fleet.from_paths(paths, paced=args.paced, scale=args.pace_scale,
                                 workers=args.workers)
        server = fleet.serve(host=args.host, port=args.port)
        print(f"Odoo sandbox serving {len(paths)} databases ({', '.join(list(fleet.sandboxes)[:3])}"
              f"{', ...' if len(paths) > 3 else ''}) at {server.url}"
              f"{' paced' if args.paced else ''}; Ctrl-C stops it", flush=True)
        return _wait(fleet.stop)
    if args.command == 'info':
        sb = Sandbox(args.path)
        print(f"database: {sb.database}")
        for model in ('pos.config', 'pos.session', 'pos.order', 'pos.order.line', 'pos.payment',
                      'product.product', 'res.partner', 'hr.employee', 'pos.payment.method'):
            print(f"{model:22} {sb.count(model):>10,}")
        return 0
    sb = Sandbox(args.path, odoo_version=args.odoo_version)
    from odoo_pos_sandbox.pacing import Pacer
    pacer = Pacer(scale=args.pace_scale, **({'workers': args.workers} if args.workers else {}))
    server = sb.serve(host=args.host, port=args.port, paced=pacer if args.paced else False)
    print(f"Odoo sandbox serving {args.path} at {server.url} (database {sb.database!r}, "
          f"login admin / admin, Odoo {sb.version_info()['server_version']})"
          f"{' paced' if args.paced else ''}; Ctrl-C stops it", flush=True)
    return _wait(server.stop)


def _pacing_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument('--paced', action='store_true',
                        help="make each call cost what a real Odoo 17 server costs "
                             "(docs/sandbox.md, odoo_pos_sandbox/pacing.py)")
    parser.add_argument('--pace-scale', type=float, default=1.0,
                        help="with --paced: multiply the time waited (default 1.0)")
    parser.add_argument('--workers', type=int, default=None,
                        help="with --paced: requests served at a time per database (default 1)")


def _wait(stop) -> int:
    signal.signal(signal.SIGTERM, lambda *a: (_ for _ in ()).throw(KeyboardInterrupt()))
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        stop()
    return 0


if __name__ == '__main__':
    sys.exit(main())
