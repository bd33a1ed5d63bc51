"""Benchmark: Odoo POS -> Rattail initial load, as a user runs it.

For each data size (``--sizes``, order lines, about), generates a sandbox
(written to SQLite day by day, about 10,000 lines a day: the benchmark's own
process holds one day at most),
then serves it **paced** (each call costs what it costs on a real Odoo 17 on
this kind of machine: odoo_pos_sandbox/pacing.py) and then **unpaced** (as fast
as the sandbox goes), and measures against each, in one run:

1. raw client reads, nothing written, as the import's first load reads
   (``OdooClient.full_read_start`` and ``iter_by_id``: windows of ids, two
   asked at a time; many2one values as bare ids where the import stores no
   display name), batch size ``--batch-size``:

   - every ``pos.order.line`` with the importer's field list, through the
     session endpoint (``/web/dataset/call_kw``: what the importer uses with a
     password) and through ``/jsonrpc`` (what it uses with an API key);
   - **every model the import reads**, with the importer's field lists and
     domains, through the session endpoint: the honest baseline of a load,
     which reads orders, payments, products... too (the product importer's
     template read and the stock importer's location domain are left out:
     a few hundred records);

2. ``rattail --no-versioning import-odoo-pos`` (everything, all models) into an
   empty database: the bulk path (COPY, Odoo read one batch ahead: the
   default), and up to ``--old-max`` lines the old one (``[odoo_pos]
   bulk_load = false``, ``prefetch = false``): order lines per second of the
   whole run (process start-up included), the ratio to the lines-only raw
   read (load rate / read rate) and to the all-models read (read seconds /
   load seconds), peak RSS of the rattail process;

3. (unpaced only: it does not talk to Odoo) ``rattail --runas admin
   import-versions`` after the bulk load: set-based initial versions, version
   rows per second, its seconds against the load's, peak RSS; up to
   ``--old-max`` also the ORM path (``versions_set_based = false``) after the
   old load.

Each step also gets its CPU seconds: of the reading process (the load's, or
this one's for a raw read), of the sandbox and of PostgreSQL, and their sum
over the step's seconds (how many of the machine's cores the step kept busy).

Prints figures only; asserts nothing.  The machine may be shared: figures are
noisy, compare within one run.

    .venv/bin/python benchmarks/bench_import.py --sizes 100000,1000000
    .venv/bin/python benchmarks/bench_import.py --sizes 20000 --no-paced   # a quick look
"""

from __future__ import annotations

import argparse
import os
import resource
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

#: windows of ids a full read asks at a time (``[odoo_pos] full_read.in_flight``'s default)
IN_FLIGHT = 2


def line_fields() -> list[str]:
    """The Odoo fields the importer reads for order lines."""
    from rattail_odoo_pos.entities import ENTITIES
    return ENTITIES['order_line'].odoo_fields


def run(cmd: list[str], log: Path) -> tuple[float, float, float]:
    """Run *cmd*; return (seconds, peak RSS in MiB of it and its children, their
    CPU seconds: user and system)."""
    start = time.perf_counter()
    with log.open('w') as out:
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT)
        _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode:
        sys.exit(f"failed ({proc.returncode}): {' '.join(cmd)}\n{log.read_text()[-3000:]}")
    return elapsed, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime   # Linux: KiB


def tree_cpu(pid: int) -> float:
    """CPU seconds (user and system) of process *pid*, of its children that
    ended (PostgreSQL's backends of finished connections) and of those alive."""
    hz = os.sysconf('SC_CLK_TCK')
    total = 0
    for entry in Path('/proc').iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / 'stat').read_text().rsplit(')', 1)[1].split()
        except OSError:                         # ended meanwhile
            continue
        if int(entry.name) == pid:
            total += sum(int(f) for f in fields[11:15])     # utime stime cutime cstime
        elif int(fields[1]) == pid:
            total += sum(int(f) for f in fields[11:15])
    return total / hz


class Cpu:
    """CPU seconds over one step: ours (the load's process, or this one's for a
    raw read), the sandbox's (Odoo's stand-in) and PostgreSQL's."""

    def __init__(self, sandbox_pid: int, pg):
        self.sandbox_pid = sandbox_pid
        self.postmaster = pg.pid

    def begin(self) -> None:
        self.at = (time.process_time(), tree_cpu(self.sandbox_pid), tree_cpu(self.postmaster))

    def end(self, ours: float | None = None) -> tuple[float, float, float]:
        """(ours, sandbox, PostgreSQL) since :meth:`begin`; *ours* given (a
        subprocess's), else this process's own."""
        own, odoo, pg = self.at
        return ((time.process_time() - own) if ours is None else ours,
                tree_cpu(self.sandbox_pid) - odoo, tree_cpu(self.postmaster) - pg)


def client_for(url: str, batch_size: int, endpoint: str) -> OdooClient:
    """A client as the import's handler makes it: many2one values read as bare
    ids where the import stores no display name (``entities.bare_id_models``)."""
    from rattail_odoo_pos.entities import bare_id_models
    client = OdooClient(OdooSource(key='bench', url=url, database='pos17', login='admin',
                                   secret='admin', batch_size=batch_size, endpoint=endpoint))
    client.bare_many2one.update(bare_id_models())
    client.connect()
    return client


def read_everything(client: OdooClient, model: str, fields: list[str], domain: list) -> int:
    """Records of *model*, read as the import's first load reads them: windows
    of ids, ``IN_FLIGHT`` asked at a time (``OdooClient.full_read_start`` and
    ``iter_by_id``)."""
    start = client.full_read_start(model, fields, domain)
    count = 0
    for batch in client.iter_by_id(model, fields, domain, upto=start['top'],
                                   in_flight=IN_FLIGHT, first=start['first']):
        count += len(batch)
    return count


def raw_read_lines(url: str, batch_size: int, endpoint: str) -> tuple[int, float]:
    """(lines, seconds): every order line, the importer's fields (login not timed)."""
    client = client_for(url, batch_size, endpoint)
    fields = client.available_fields('pos.order.line', line_fields())
    start = time.perf_counter()
    count = read_everything(client, 'pos.order.line', fields, [])
    return count, time.perf_counter() - start


def raw_read_all(url: str, batch_size: int, endpoint: str) -> tuple[int, float]:
    """(records, seconds): every model the import reads, the importer's fields
    and domains, one after the other as the import does (login and
    ``fields_get`` not timed: the import asks them once too)."""
    from rattail_odoo_pos.entities import ENTITIES
    client = client_for(url, batch_size, endpoint)
    plan = []
    for entity in ENTITIES.values():
        if entity.key == 'stock' or not client.has_model(entity.odoo_model):
            continue
        plan.append((entity.odoo_model, client.available_fields(entity.odoo_model,
                                                                entity.odoo_fields),
                     list(entity.domain)))
    start = time.perf_counter()
    count = 0
    for model, fields, domain in plan:
        count += read_everything(client, model, fields, domain)
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


class Row:
    """One line of the printed table."""

    def __init__(self, step: str, seconds: float | None, rate: float, unit: str,
                 rss: float | None = None, ratio: float | None = None,
                 ratio_all: float | None = None,
                 cpu: tuple[float, float, float] | None = None):
        self.step, self.seconds, self.rate, self.unit = step, seconds, rate, unit
        self.rss, self.ratio, self.ratio_all = rss, ratio, ratio_all
        #: CPU seconds: ours, the sandbox's, PostgreSQL's
        self.cpu = cpu


def measure(work: Path, pg, sandbox_file: Path, lines: int, batch_size: int, paced: bool,
            old: bool) -> list[Row]:
    """Rows of figures for one sandbox (served paced or not)."""
    tag = 'paced' if paced else 'unpaced'
    server, url = serve(sandbox_file, paced)
    cpu = Cpu(server.pid, pg)
    out = []
    made = []
    try:
        raw = {}
        for endpoint, what in (('session', 'session, call_kw'), ('jsonrpc', '/jsonrpc')):
            cpu.begin()
            count, seconds = raw_read_lines(url, batch_size, endpoint)
            raw[endpoint] = count / seconds
            out.append(Row(f"{tag}: raw read, order lines ({what})", seconds, count / seconds,
                           'l/s', cpu=cpu.end()))
        cpu.begin()
        records, all_seconds = raw_read_all(url, batch_size, 'session')
        out.append(Row(f"{tag}: raw read, all models ({records:,} rec, session)", all_seconds,
                       lines / all_seconds, 'l/s', cpu=cpu.end()))
        dbs = {}
        paths = [('bulk', '')] + ([('old', 'bulk_load = false\nprefetch = false')] if old else [])
        for name, settings in paths:
            db_name = f"bench_{tag}_{lines}_{name}"
            db_url = pg.create_database(db_name, template=migrated_template(work, pg))
            made.append(db_name)
            conf = write_config(work / f'{db_name}.conf', db_url=db_url, workdir=work / 'work',
                                sources={'default': dict(url=url, database='pos17',
                                                         login='admin', secret='admin',
                                                         timeout=600, batch_size=batch_size)})
            conf = settings_conf(conf, work / f'{db_name}-more.conf', settings)
            rattail = [str(BIN / 'rattail'), '-c', str(conf)]
            cpu.begin()
            seconds, rss, ours = run(rattail + ['--no-versioning', 'import-odoo-pos'],
                                     work / f'{db_name}-import.log')
            rate = lines / seconds
            label = 'bulk path (COPY, read ahead)' if name == 'bulk' else 'old path'
            out.append(Row(f"{tag}: initial load, {label}", seconds, rate, 'l/s', rss,
                           rate / raw['session'], all_seconds / seconds, cpu=cpu.end(ours)))
            dbs[name] = (rattail, db_url, seconds)
        if old:
            out.append(Row(f"{tag}: speed-up, bulk over old path", None,
                           out[-1].seconds / out[-2].seconds, 'x'))
        if not paced:
            for name, how, settings in (('bulk', 'set-based', ''),
                                        ('old', 'ORM', 'versions_set_based = false')):
                if name not in dbs:
                    continue
                rattail, db_url, load_seconds = dbs[name]
                conf = settings_conf(Path(rattail[2]), work / f'{tag}-{name}-versions.conf',
                                     settings)
                cmd = [rattail[0], '-c', str(conf)]
                run(cmd + ['make-user', 'admin', '--no-password'], work / 'make-user.log')
                cpu.begin()
                seconds, rss, ours = run(cmd + ['--runas', 'admin', 'import-versions', '-m',
                                                'initial data from Odoo POS'],
                                         work / f'{tag}-{name}-versions.log')
                used = cpu.end(ours)
                rows = version_rows(db_url)
                out.append(Row(f"{tag}: import-versions, {how} ({rows:,} rows)", seconds,
                               rows / seconds, 'rows/s', rss,
                               ratio=seconds / load_seconds, cpu=used))
    finally:
        server.terminate()
        server.wait()
        for db_name in made:               # a 1M-line database is large: not kept
            try:
                pg.drop_database(db_name)
            except Exception:               # pragma: no cover
                pass
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    parser.add_argument('--sizes', default='50000',
                        help="order lines (about), comma-separated (default 50000)")
    parser.add_argument('--stores', type=int, default=4)
    parser.add_argument('--days', type=int,
                        help="days of activity (default: one per 10,000 lines, at least 10: "
                             "the generator holds one day in memory)")
    parser.add_argument('--batch-size', type=int, default=2000)
    parser.add_argument('--old-max', type=int, default=100_000,
                        help="measure the old path (per-record diff, no read ahead; ORM "
                             "import-versions) only up to this many lines (default 100000; "
                             "0: never)")
    parser.add_argument('--no-paced', action='store_true',
                        help="only the unpaced sandbox (a quick look)")
    parser.add_argument('--paced-max', type=int, default=10_000_000,
                        help="measure the paced sandbox only up to this many lines")
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
            days = args.days or max(10, size // 10_000)
            per_day = max(1, round(size / (args.stores * days * LINES_PER_ORDER)))
            sandbox_file = work / f'sandbox-{args.stores}x{days}x{per_day}.sqlite'
            if not sandbox_file.exists():
                print(f"generating {args.stores} stores x {days} days x {per_day} "
                      "orders/day ...", flush=True)
                generate(sandbox_file, stores=args.stores, days=days,
                         orders_per_day=per_day, seed=1)
            lines = Sandbox(sandbox_file).count('pos.order.line')
            rows = []
            if not args.no_paced and size <= args.paced_max:
                rows += measure(work, pg, sandbox_file, lines, args.batch_size, True,
                                size <= args.old_max)
            rows += measure(work, pg, sandbox_file, lines, args.batch_size, False,
                            size <= args.old_max)
            results.append((lines, rows))
            print_table(lines, args.batch_size, rows)
    finally:
        pg.stop()
        if tmp is not None:
            tmp.cleanup()
    print("\npeak RSS of the bulk initial load by size:")
    first = None
    for lines, rows in results:
        rss = next(r.rss for r in rows if r.step.startswith('unpaced: initial load, bulk'))
        first = first or rss
        print(f"  {lines:>10,} lines: {rss:7,.0f} MiB ({rss / first:.2f}x the smallest size)")
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"this benchmark's own process: peak RSS {own:,.0f} MiB")


def print_table(lines: int, batch_size: int, rows: list[Row]) -> None:
    print(f"\n{lines:,} order lines, batch size {batch_size} (shared machine: noisy figures)")
    print("/ lines read: load rate / the lines-only raw read (session); "
          "/ all read: all-models raw read seconds / load seconds; "
          "for import-versions: its seconds / the load's")
    print("CPU s: user and system seconds of the reader (the load's process, or this one for a "
          f"raw read) + the sandbox + PostgreSQL; cores: their sum / the step's seconds "
          f"(this machine has {os.cpu_count()})")
    print(f"{'step':58} {'seconds':>8} {'rate':>18} {'peak RSS':>10} {'/ lines read':>12} "
          f"{'/ all read':>10} {'CPU s':>22} {'cores':>5}")
    for r in rows:
        used = ''
        if r.cpu is not None:
            used = f"{'+'.join(f'{c:.1f}' for c in r.cpu)} = {sum(r.cpu):.1f}"
            used = f"{used:>22} {sum(r.cpu) / r.seconds:5.2f}"
        print(f"{r.step:58} {'' if r.seconds is None else f'{r.seconds:8.1f}':>8} "
              f"{r.rate:11,.1f} {r.unit:6} {'' if r.rss is None else f'{r.rss:6,.0f} MiB':>10} "
              f"{'' if r.ratio is None else f'{r.ratio:12.2f}':>12} "
              f"{'' if r.ratio_all is None else f'{r.ratio_all:10.2f}':>10} {used}", flush=True)


if __name__ == '__main__':
    main()
