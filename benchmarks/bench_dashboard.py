# SPDX-License-Identifier: GPL-3.0-or-later
"""Benchmark: the sales dashboard's response time over 1 and 10 million order
lines (default sizes), read from ``odoo_pos_daily_summary``.

For each size: a fresh migrated database, filled directly in PostgreSQL
(3 stores in three time zones, 200 products in 10 departments, two years of
orders of 3.5 lines on average; no Odoo involved), the summary rebuilt once
(``daily_summary.refresh_all``), then, through the real WSGI app
(``tailbone_odoo_pos.app:main``, logged in by its login form):

* ``GET /odoo-pos/dashboard`` (at a glance + 14 days chart), the median of
  several requests;
* the baseline measured in the same run: the same figures computed from the
  reporting view ``odoo_pos_daily_store_sales`` (what the page read before the
  summary), for the at-a-glance range;
* ``GET /`` of the same app (what any page costs) and the dashboard's own
  queries without the page;
* what the import pays per batch: refreshing the summary rows of one business
  day of the 3 stores (``daily_summary.refresh``).

The machine is shared: figures are noisy.  Nothing is asserted.

    .venv/bin/python benchmarks/bench_dashboard.py                    # 1M and 10M lines
    .venv/bin/python benchmarks/bench_dashboard.py --sizes 100000
"""

from __future__ import annotations

import argparse
import datetime
import re
import statistics
import tempfile
import time
from pathlib import Path

import sqlalchemy as sa

from odoo_pos_dev.devenv import LocalPostgres, alembic, write_config

DAYS = 730
END = datetime.date(2026, 11, 22)
STORES = [('America/Los_Angeles', 'West'), ('America/Chicago', 'Central'),
          ('Europe/Brussels', 'Brussels')]
PASSWORD = 'bench-pw'


def fill(engine, lines: int) -> None:
    """Stores, products and *lines* order lines (3.5 per order on average)."""
    orders = (lines - 1) * 2 // 7 + 1
    start = datetime.datetime.combine(END - datetime.timedelta(days=DAYS - 1),
                                      datetime.time(8, 0))
    with engine.begin() as cx:
        x = cx.execute
        for n, (zone, name) in enumerate(STORES, start=1):
            x(sa.text("INSERT INTO store (uuid, id, name) VALUES (:u, :i, :n)"),
              {'u': f'store{n:027d}', 'i': str(n), 'n': name})
            x(sa.text("INSERT INTO odoo_pos_store (uuid, source, odoo_id, store_uuid, name, "
                      "timezone, active) VALUES (:u, 'default', :n, :s, :name, :z, true)"),
              {'u': f'ext{n:029d}', 'n': n, 's': f'store{n:027d}', 'name': name, 'z': zone})
        x(sa.text("INSERT INTO department (uuid, number, name) SELECT 'dept' || lpad(i::text, 28, '0'), "
                  "i, 'Department ' || i FROM generate_series(1, 10) i"))
        x(sa.text("INSERT INTO product (uuid, description, department_uuid, unit_of_measure, "
                  "weighed, organic, not_for_sale, discontinued, deleted, discountable, "
                  "special_order) "
                  "SELECT 'prod' || lpad(i::text, 28, '0'), 'Product ' || i, "
                  "'dept' || lpad((i % 10 + 1)::text, 28, '0'), '01', false, false, false, false, false, "
                  "true, false FROM generate_series(1, 200) i"))
        print(f"  {orders:,} orders...", flush=True)
        x(sa.text(
            "INSERT INTO odoo_pos_order (uuid, source, odoo_id, store_uuid, name, date_order, "
            "state, amount_total, amount_tax, is_refund) "
            "SELECT md5('o' || i), 'default', i, 'store' || lpad((i % 3 + 1)::text, 27, '0'), "
            "'Order ' || i, :start + (i::float8 / :orders) * interval '1 day' * :days "
            "  + ((i::bigint * 7919) % 43200) * interval '1 second', "
            "CASE WHEN i % 50 = 0 THEN 'cancel' ELSE 'paid' END, 0, 0, false "
            "FROM generate_series(1, :orders) i"),
          {'start': start, 'orders': orders, 'days': DAYS})
        print(f"  {lines:,} lines...", flush=True)
        x(sa.text(
            "INSERT INTO odoo_pos_order_line (uuid, source, odoo_id, order_uuid, product_uuid, "
            "qty, price_unit, price_subtotal, price_subtotal_incl) "
            "SELECT md5('l' || i), 'default', i, md5('o' || ((i - 1) * 2 / 7 + 1)), "
            "'prod' || lpad((i % 200 + 1)::text, 28, '0'), 1 + i % 3, 2.5, "
            "(1 + i % 3) * 2.5, (1 + i % 3) * 2.5 * 1.1 FROM generate_series(1, :lines) i"),
          {'lines': lines})
        x(sa.text("ANALYZE"))


def login(client) -> None:
    page = client.get('/login')
    token = re.search(r'name="_csrf" type="hidden" value="([^"]+)"', page.text).group(1)
    response = client.post('/login', {'username': 'bench', 'password': PASSWORD,
                                      '_csrf': token})
    assert response.status_int == 302, "login failed"


def make_user(conf: Path) -> None:
    from rattail.config import make_config
    from tailbone_odoo_pos.provider import grant_all_permissions
    config = make_config([str(conf)], usedb=False, versioning=False)
    app = config.get_app()
    session = app.make_session()
    role = app.model.Role(name="Bench")
    session.add(role)
    grant_all_permissions(config, session, role)
    auth = app.get_auth_handler()
    user = auth.make_user(session=session, username='bench')
    auth.set_user_password(user, PASSWORD)
    user.roles.append(role)
    session.add(user)
    session.commit()
    session.close()


def timed(fn, repeat: int) -> float:
    """Median seconds of *repeat* calls (after one warm-up)."""
    fn()
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def bench(size: int, tmp: Path, pg: LocalPostgres, repeat: int) -> dict:
    import webtest
    from rattail_odoo_pos.db import daily_summary
    from tailbone_odoo_pos.app import main
    url = pg.create_database(f'bench_dashboard_{size}')
    conf = write_config(tmp / f'rattail-{size}.conf', db_url=url, workdir=tmp / 'work')
    text = conf.read_text().replace('versioning.enabled = true', 'versioning.enabled = false')
    conf.write_text(text)
    alembic(conf, 'upgrade', 'heads')
    engine = sa.create_engine(url)
    started = time.perf_counter()
    fill(engine, size)
    filled = time.perf_counter() - started
    started = time.perf_counter()
    with engine.begin() as cx:
        rows = daily_summary.refresh_all(cx)
        cx.execute(sa.text("ANALYZE odoo_pos_daily_summary"))
    rebuild = time.perf_counter() - started
    make_user(conf)
    client = webtest.TestApp(main({}, **{'rattail.config': str(conf)}))
    login(client)
    day = END.isoformat()

    def dashboard():
        page = client.get('/odoo-pos/dashboard', params={'day': day})
        assert 'odoo-pos-glance' in page.text

    page = timed(dashboard, repeat)
    home = timed(lambda: client.get('/'), repeat)
    reads = timed(lambda: dashboard_reads(url), repeat)
    first = END.replace(day=1) - datetime.timedelta(days=1)
    baseline_sql = sa.text(
        "SELECT store_uuid, business_date, order_count, gross FROM odoo_pos_daily_store_sales "
        "WHERE business_date BETWEEN :a AND :b")

    def baseline():
        with engine.connect() as cx:
            cx.execute(baseline_sql, {'a': first.replace(day=1), 'b': END}).fetchall()

    view = timed(baseline, max(1, repeat // 3))
    keys = {('default', f'store{n:027d}', END - datetime.timedelta(days=3))
            for n in range(1, 4)}

    def refresh():
        with engine.begin() as cx:
            from sqlalchemy.orm import Session
            session = Session(bind=cx)
            daily_summary.refresh(session, keys)

    batch = timed(refresh, repeat)
    engine.dispose()
    from tailbone.db import Session as WebSession
    WebSession.remove()
    return dict(size=size, filled=filled, rebuild=rebuild, rows=rows, page=page, view=view,
                batch=batch, home=home, reads=reads)


_engines: dict = {}


def dashboard_reads(url: str) -> None:
    """What the dashboard reads from the database (summary and stores), without
    the page around it."""
    from sqlalchemy.orm import Session
    from rattail.db import model
    from tailbone_odoo_pos import localtime
    from tailbone_odoo_pos.views import dashboard

    class Request:
        def route_url(self, *args, **kwargs):
            return ''
    engine = _engines.setdefault(url, sa.create_engine(url))
    with Session(bind=engine) as session:
        zones = localtime.Zones(session)
        start, end = dashboard.default_range(session, END)
        dashboard.load_sales(session, model, start, end)
        dashboard.load_glance(Request(), session, model, zones, END)


def main_() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    parser.add_argument('--sizes', type=int, nargs='+', default=[1_000_000, 10_000_000])
    parser.add_argument('--repeat', type=int, default=9)
    args = parser.parse_args()
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        pg = LocalPostgres(Path(tmp) / 'pg').start()
        try:
            for size in args.sizes:
                print(f"size {size:,}: filling PostgreSQL...", flush=True)
                results.append(bench(size, Path(tmp), pg, args.repeat))
                r = results[-1]
                print(f"  dashboard {r['page'] * 1000:.0f} ms", flush=True)
        finally:
            pg.stop()
    print(f"\n{'order lines':>12} {'fill s':>8} {'rebuild s':>10} {'summary rows':>13} "
          f"{'dashboard ms':>13} {'home page ms':>13} {'its reads ms':>13} "
          f"{'from view ms':>13} {'refresh 1 day ms':>17}")
    for r in results:
        print(f"{r['size']:12,} {r['filled']:8.1f} {r['rebuild']:10.1f} {r['rows']:13,} "
              f"{r['page'] * 1000:13.0f} {r['home'] * 1000:13.0f} {r['reads'] * 1000:13.1f} "
              f"{r['view'] * 1000:13.0f} {r['batch'] * 1000:17.1f}")
    print("\n(medians.  dashboard: GET /odoo-pos/dashboard; home page: GET / of the same "
          "app, what any page costs; its reads: the dashboard's queries alone; from view: "
          "the at-a-glance range read from odoo_pos_daily_store_sales instead (the "
          "baseline, what the page read before the summary); the machine is shared, "
          "figures are noisy)")


if __name__ == '__main__':
    main_()
