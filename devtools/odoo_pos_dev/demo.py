# SPDX-License-Identifier: GPL-3.0-or-later
"""``odoo-pos-demo``: the whole job end to end on embedded defaults.

Starts a local PostgreSQL and the Odoo sandbox, migrates a Rattail database,
runs the initial import (``--no-versioning``, then ``import-versions``), starts
the web app on 127.0.0.1 and prints how to log in.  Everything lives in one
directory (``.demo/`` by default); run it again to reuse it.
"""

from __future__ import annotations

import argparse
import os
import secrets
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

from odoo_pos_dev.devenv import (
    LocalPostgres, alembic, free_port, rattail_command, wait_for_port, web_app_sections,
    write_config)


def rattail(conf: Path, *args: str) -> None:
    """Run the ``rattail`` command line (as a user would), its output on the
    terminal, and fail loudly."""
    print('$', ' '.join(['rattail', '-c', conf.name, *args]), flush=True)
    subprocess.run(rattail_command(conf, *args), check=True)


def make_admin(conf: Path, username: str, password: str) -> None:
    """Create (or reset) a web user with the Administrator role and the
    "POS Manager" role (every permission this package defines and the native
    views a store manager uses: ``odoo-pos-grant-permissions --manager``)."""
    from rattail.config import make_config
    config = make_config([str(conf)], versioning=False)
    app = config.get_app()
    auth = app.get_auth_handler()
    session = app.make_session()
    try:
        user = auth.get_user(username, session=session)
        if not user:
            user = auth.make_user(session=session, username=username)
            session.add(user)
        auth.set_user_password(user, password)
        admin = auth.get_role_administrator(session)
        if admin not in user.roles:
            user.roles.append(admin)
        try:
            from rattail_odoo_pos.grant import POS_MANAGER_ROLE, grant_permissions
            import tailbone_odoo_pos.provider  # noqa: F401
        except ImportError:
            pass
        else:
            grant_permissions(config, POS_MANAGER_ROLE, manager=True, session=session)
            manager = session.query(app.model.Role).filter_by(name=POS_MANAGER_ROLE).one()
            if manager not in user.roles:
                user.roles.append(manager)
        session.commit()
    finally:
        session.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog='odoo-pos-demo', description=__doc__.split('\n\n')[0])
    parser.add_argument('--dir', default='.demo', help="working directory (default: .demo)")
    parser.add_argument('--stores', type=int, default=3)
    parser.add_argument('--days', type=int, default=7)
    parser.add_argument('--orders-per-day', type=int, default=30)
    parser.add_argument('--seed', type=int, default=42)
    parser.add_argument('--web-port', type=int, default=9080)
    parser.add_argument('--exit', action='store_true',
                        help="stop after the import and a check of the web app (for CI)")
    args = parser.parse_args(argv)

    from odoo_pos_sandbox import Sandbox, generate

    base = Path(args.dir).absolute()
    base.mkdir(parents=True, exist_ok=True)
    data = base / 'sandbox.sqlite'
    if not data.exists():
        print(f"generating sandbox data: {args.stores} stores, {args.days} days, "
              f"{args.orders_per_day} orders per store and day...", flush=True)
        generate(data, stores=args.stores, days=args.days,
                 orders_per_day=args.orders_per_day, seed=args.seed)
    sandbox = Sandbox(data)
    odoo = sandbox.serve(host='127.0.0.1', port=0)
    print(f"Odoo sandbox: {odoo.url}  (database pos17, login admin / admin)", flush=True)

    pg = LocalPostgres(base / 'postgres').start()
    web = None
    try:
        fresh = False
        try:
            pg.execute('SELECT 1', dbname='rattail')
        except Exception:
            pg.create_database('rattail')
            fresh = True
        db_url = pg.url('rattail')
        web_port = args.web_port if not _port_busy(args.web_port) else free_port()
        conf = write_config(
            base / 'rattail.conf', db_url=db_url, workdir=base / 'work',
            sources={'default': dict(url=odoo.url, database='pos17', login='admin',
                                     secret_env='ODOO_POS_DEMO_SECRET')},
            extra=web_app_sections(web_port))
        os.environ['ODOO_POS_DEMO_SECRET'] = 'admin'
        print(f"PostgreSQL: {db_url}", flush=True)
        alembic(conf, 'upgrade', 'heads')
        password = secrets.token_urlsafe(9)
        make_admin(conf, 'admin', password)
        if fresh:
            rattail(conf, '--no-versioning', 'import-odoo-pos')
            rattail(conf, '--runas', 'admin', 'import-versions', '-m', 'initial data from Odoo POS')
        else:
            rattail(conf, 'import-odoo-pos')

        web = subprocess.Popen([str(Path(sys.executable).with_name('pserve')), f'file+ini:{conf}'])
        wait_for_port(web_port, timeout=60)
        url = f"http://127.0.0.1:{web_port}/"
        print(f"\nWeb app: {url}\nLogin:   admin / {password}\n", flush=True)
        if args.exit:
            import urllib.request
            with urllib.request.urlopen(url + 'login', timeout=30) as response:
                print(f"web app answered HTTP {response.status}")
            return 0
        print("Press Ctrl-C to stop.", flush=True)
        stop = threading.Event()
        signal.signal(signal.SIGTERM, lambda *a: stop.set())
        try:
            while not stop.is_set() and web.poll() is None:
                time.sleep(0.5)
        except KeyboardInterrupt:
            pass
        return 0
    finally:
        if web is not None and web.poll() is None:
            web.terminate()
            web.wait(10)
        odoo.stop()
        pg.stop()


def _port_busy(port: int) -> bool:
    import socket
    with socket.socket() as s:
        return s.connect_ex(('127.0.0.1', port)) == 0


if __name__ == '__main__':
    sys.exit(main())
