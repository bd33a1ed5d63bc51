# SPDX-License-Identifier: GPL-3.0-or-later
"""Benchmark: a fleet of Odoo sources (issue 10, item 8): 200 shops with small
data each, served by one paced multi-database sandbox (each database charged
what a real Odoo 17 server charges: pacing.py), imported by ``rattail
import-odoo-pos`` one source after the other (``fleet.parallel = 1``) and in
parallel (``fleet.parallel = 8``), in the same run:

1. the initial load (``--no-versioning``, parallel; set-up);
2. the first cron run after it, which checks every model's look-back window
   (``[odoo_pos] window_check_seconds``: a cron run checks it when that long
   has passed for the source and model; the benchmark sets 3600 so that the
   later runs of the benchmark do not);
3. an idle cron run (nothing changed), parallel and one source after the
   other: seconds, Odoo calls, calls per source and per source and model,
   logins (the goal: one small call per model, plus one login per source);
4. a run after changes in 20 sources (5 new orders each);
5. a run with one source down (its server stops answering: each call waits for
   the source's ``timeout``): seconds, exit code, which sources failed;
6. with ``--profile``: one more idle run, one source after the other, under
   cProfile (the rattail process; the sandbox is this process), top entries.

The sandbox runs in this process (its threads), the importer in a ``rattail``
child process; PostgreSQL is a throwaway cluster.  Prints figures only;
asserts nothing.  The machine is shared: figures are noisy; compare the rows of
one run.

    .venv/bin/python benchmarks/bench_fleet.py                  # 200 sources
    .venv/bin/python benchmarks/bench_fleet.py --sources 40 --parallel 4
    .venv/bin/python benchmarks/bench_fleet.py --sources 20 --profile
"""

from __future__ import annotations

import argparse
import pstats
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from odoo_pos_dev.devenv import LocalPostgres, alembic, write_config

BIN = Path(sys.executable).parent


def conf_with(conf: Path, parallel: int) -> Path:
    """A copy of *conf* with ``fleet.parallel`` set."""
    out = conf.with_name(f"rattail-parallel-{parallel}.conf")
    out.write_text(conf.read_text().replace(
        '[odoo_pos]\n', f'[odoo_pos]\nfleet.parallel = {parallel}\n', 1))
    return out


def snapshot(fleet) -> dict[str, int]:
    return {name: len(p.ledger) for name, p in fleet.pacers.items()}


def calls_since(fleet, mark: dict[str, int]) -> list:
    out = []
    for name, pacer in fleet.pacers.items():
        out.extend((name, c) for c in pacer.ledger[mark[name]:])
    return out


def run(fleet, conf: Path, *args: str, profile: Path | None = None) -> dict:
    """``rattail -c CONF ARGS``: seconds, exit code, the Odoo calls the sandbox served."""
    mark = snapshot(fleet)
    started = time.perf_counter()
    command = [str(BIN / 'rattail'), '-c', str(conf), *args]
    if profile is not None:
        command = [sys.executable, '-m', 'cProfile', '-o', str(profile), *command]
    proc = subprocess.run(command, capture_output=True, text=True)
    seconds = time.perf_counter() - started
    calls = calls_since(fleet, mark)
    per_model = Counter((db, c.model) for db, c in calls if c.model)
    failed = sorted({line.split("'")[1] for line in proc.stderr.splitlines()
                     if line.startswith('import-odoo-pos failed:') and "'" in line})
    return {'seconds': seconds, 'code': proc.returncode, 'calls': len(calls),
            'model_calls': sum(per_model.values()), 'logins': sum(c.login for _, c in calls),
            'max_per_model': max(per_model.values()) if per_model else 0,
            'charged': sum(c.seconds for _, c in calls), 'failed': failed,
            'stderr': proc.stderr,
            'methods': Counter(f"{c.model}.{c.method}" if c.model else str(c.method)
                               for _, c in calls)}


HEADER = (f"{'run':34} {'par':>3} {'seconds':>8} {'exit':>4} {'calls':>7} {'/source':>7} "
          f"{'model calls/src/model':>21} {'max/model':>9} {'logins':>6}  failed")


def row(r: dict, sources: int) -> str:
    from rattail_odoo_pos.entities import ENTITIES
    per_src_model = r['model_calls'] / (sources * len(ENTITIES))
    return (f"{r['what']:34} {r['parallel']:3} {r['seconds']:8.1f} {r['code']:4} "
            f"{r['calls']:7,} {r['calls'] / sources:7.1f} {per_src_model:21.2f} "
            f"{r['max_per_model']:9} {r['logins']:6}  {', '.join(r['failed']) or '-'}")


def add_orders(sb, count: int) -> None:
    """*count* new orders in the first open session of *sb* (one transaction)."""
    products = sb.ids('product.product', [('available_in_pos', '=', True)])
    sessions = sb.open_sessions()
    config = sb.ids('pos.config')[0]
    session = sessions.get(config) or sb.open_session(config)
    with sb.transaction() as tx:
        for n in range(count):
            sb.new_order(session, [(products[(n * 7) % len(products)], 1),
                                   (products[(n * 13 + 1) % len(products)], 2)], env=tx)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    parser.add_argument('--sources', type=int, default=200)
    parser.add_argument('--parallel', type=int, default=8)
    parser.add_argument('--changed', type=int, default=20, help="sources with changes")
    parser.add_argument('--timeout', type=int, default=5,
                        help="each source's timeout (seconds) for the down-source runs")
    parser.add_argument('--setting', action='append', default=[], metavar='NAME=VALUE',
                        help="an extra [odoo_pos] setting for every run (repeatable)")
    parser.add_argument('--keep', type=Path, help="work in this directory and keep it")
    parser.add_argument('--profile', action='store_true',
                        help="profile one more idle run (one source after the other)")
    parser.add_argument('--no-down', action='store_true', help="skip the source-down runs")
    args = parser.parse_args()
    signal.signal(signal.SIGTERM, lambda *a: sys.exit(143))     # clean up (PostgreSQL) on kill
    from odoo_pos_sandbox.fleet import Fleet, generate_fleet
    from rattail_odoo_pos.entities import ENTITIES

    tmp = None
    if args.keep:
        work = args.keep
        work.mkdir(parents=True, exist_ok=True)
    else:
        tmp = tempfile.TemporaryDirectory()
        work = Path(tmp.name)
    started = time.perf_counter()
    paths = generate_fleet(work / 'fleet', args.sources)
    print(f"{args.sources} sandbox databases generated in {time.perf_counter() - started:.1f} s "
          f"(about {Fleet.from_paths(paths[:1]).default.count('pos.order.line')} order lines "
          f"each)", flush=True)
    fleet = Fleet.from_paths(paths, paced=True)
    server = fleet.serve()
    pg = LocalPostgres(work / 'pg').start()
    results = []
    try:
        settings = {f's{n:03d}': dict(url=server.url, database=name, login='admin',
                                      secret='admin', timeout=args.timeout, retries=1,
                                      backoff=0.1)
                    for n, name in enumerate(fleet.sandboxes, 1)}
        db_url = pg.create_database('bench')
        conf = write_config(work / 'rattail.conf', db_url=db_url, workdir=work / 'work',
                            sources=settings)
        # room in the connection pool for every source at work (3 connections each)
        conf.write_text(conf.read_text().replace(
            '[rattail.db]\n', f'[rattail.db]\ndefault.pool_size = {3 * args.parallel + 2}\n', 1))
        extra = ''.join(f"{setting.replace('=', ' = ', 1)}\n"
                        for setting in ['window_check_seconds=3600', *args.setting])
        conf.write_text(conf.read_text().replace('[odoo_pos]\n', f'[odoo_pos]\n{extra}', 1))
        alembic(conf, 'upgrade', 'heads')
        serial, parallel = conf_with(conf, 1), conf_with(conf, args.parallel)

        def step(what: str, c: Path, *extra: str, profile: Path | None = None) -> None:
            res = run(fleet, c, *extra, 'import-odoo-pos', profile=profile)
            res['what'] = what
            res['parallel'] = 1 if c == serial else args.parallel
            results.append(res)
            print(row(res, args.sources), flush=True)
            if res['code'] not in (0, 1) or (res['code'] and 'down' not in what):
                print(res['stderr'][-3000:])

        print("initial load ...", flush=True)
        print(HEADER, flush=True)
        step("initial load", parallel, '--no-versioning')
        step("cron run with the window check", parallel)
        step("idle cron run", parallel)
        step("idle cron run", serial)
        names = list(fleet.sandboxes)
        for c in (parallel, serial):
            for name in names[:args.changed]:
                add_orders(fleet.sandboxes[name], 5)
            step(f"5 new orders in {args.changed} sources", c)
        if not args.no_down:
            down = names[len(names) // 2]
            fleet.take_down(down, hang_seconds=10 * args.timeout)
            for c in (parallel, serial):
                step(f"one source down ({down})", c)
            fleet.bring_up(down)
        if args.profile:
            profile = work / 'idle.prof'
            step("idle cron run (cProfile)", serial, profile=profile)
            print(f"\nwhere the rattail process spends an idle run of {args.sources} sources "
                  f"(one after the other): this package's and rattail's functions by "
                  f"cumulative time, then everything by own time")
            stats = pstats.Stats(str(profile))
            stats.sort_stats('cumulative').print_stats(r'rattail_odoo_pos|/rattail/', 40)
            stats.sort_stats('tottime').print_stats(25)
    finally:
        fleet.stop()
        pg.stop()
        if tmp is not None:
            tmp.cleanup()

    n = args.sources
    print(f"\n{args.sources} sources, {len(ENTITIES)} models each; paced sandbox "
          f"(one worker per database); calls counted in the sandbox\n")
    print(HEADER)
    for r in results:
        print(row(r, n))
    idle = [r for r in results if r['what'] == 'idle cron run']
    if idle:
        logins = idle[0]['logins']
        model_calls = idle[0]['model_calls']
        print(f"\nidle run: {model_calls / (n * len(ENTITIES)):.2f} calls per source and model "
              f"besides {logins / n:.2f} login(s) per source (a password login: the session "
              f"endpoint's /web/session/authenticate; its answer says the server's version)")
        print("\ncalls of the idle run (parallel), by model.method:")
        for key, count in sorted(idle[0]['methods'].items(), key=lambda kv: -kv[1])[:25]:
            print(f"  {key:45} {count:7,}  ({count / n:.2f} per source)")
    print("\nThe machine is shared: figures are noisy; compare rows of this run.")


if __name__ == '__main__':
    main()
