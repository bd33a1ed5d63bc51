# SPDX-License-Identifier: GPL-3.0-or-later
"""Throwaway environments for the demo, the tests and the benchmarks.

A local PostgreSQL cluster (Debian's binaries, or the embedded ``pgserver``
from PyPI), a rattail config file pointing at it and at Odoo sources, and
``alembic upgrade heads`` with this package's version location first.
Nothing here is used in production.
"""

from __future__ import annotations

from dataclasses import dataclass

import getpass
import os
import shutil
import socket
import subprocess
import sys
import textwrap
import time
from pathlib import Path
from typing import Any, Mapping

DEBIAN_PG = Path('/usr/lib/postgresql')


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as s:
        s.bind(('127.0.0.1', 0))
        return s.getsockname()[1]


def _debian_bindir() -> Path | None:
    if not DEBIAN_PG.is_dir():
        return None
    versions = sorted((p for p in DEBIAN_PG.iterdir() if (p / 'bin' / 'initdb').exists()),
                      key=lambda p: int(p.name) if p.name.isdigit() else 0)
    return versions[-1] / 'bin' if versions else None


class LocalPostgres:
    """A PostgreSQL cluster in *datadir*, listening on 127.0.0.1 only.

    Uses the system's binaries when present (run as the ``postgres`` user when
    we are root, since initdb refuses root), else ``pgserver`` from PyPI.
    Tuned for throwaway use: no fsync, trust auth on loopback.
    """

    def __init__(self, datadir: str | os.PathLike, port: int | None = None):
        self.datadir = Path(datadir).absolute()
        self.port = port or free_port()
        self.sockdir = self.datadir / 'sock'
        self.bindir = _debian_bindir()
        self._pgserver: Any = None
        self.user = 'postgres'

    # -- lifecycle --------------------------------------------------------------

    def _as_pg(self, cmd: list[str]) -> list[str]:
        if os.geteuid() == 0:
            return ['runuser', '-u', 'postgres', '--'] + cmd
        return cmd

    def start(self) -> 'LocalPostgres':
        if self.bindir is None:
            return self._start_pgserver()
        data = self.datadir / 'data'
        self.datadir.mkdir(parents=True, exist_ok=True)
        self.sockdir.mkdir(exist_ok=True)
        if os.geteuid() == 0:
            # the postgres user must be able to reach its directory (mktemp
            # and pytest make root-only parents): allow traversal, not reading
            for parent in self.datadir.parents:
                mode = parent.stat().st_mode
                if not mode & 0o001:
                    parent.chmod(mode | 0o011)
            shutil.chown(self.datadir, 'postgres')
            shutil.chown(self.sockdir, 'postgres')
        else:
            self.user = getpass.getuser()
        if not (data / 'PG_VERSION').exists():
            subprocess.run(self._as_pg([
                str(self.bindir / 'initdb'), '-D', str(data), '-U', self.user,
                '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8']),
                check=True, stdout=subprocess.DEVNULL)
        subprocess.run(self._as_pg([
            str(self.bindir / 'pg_ctl'), '-D', str(data), '-w', '-t', '60',
            '-l', str(self.datadir / 'postgres.log'),
            '-o', f"-p {self.port} -k {self.sockdir} -c listen_addresses=127.0.0.1 "
                  "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
                  "-c max_connections=200",
            'start']), check=True, stdout=subprocess.DEVNULL)
        return self

    @property
    def pid(self) -> int:
        """The postmaster's process id (its backends are its children)."""
        for data in (self.datadir / 'data', self.datadir / 'pgserver'):
            found = data / 'postmaster.pid'
            if found.exists():
                return int(found.read_text().split()[0])
        raise RuntimeError(f"no PostgreSQL running in {self.datadir}")

    def _start_pgserver(self) -> 'LocalPostgres':
        import pgserver
        self.datadir.mkdir(parents=True, exist_ok=True)
        self._pgserver = pgserver.get_server(str(self.datadir / 'pgserver'), cleanup_mode='stop')
        uri = self._pgserver.get_uri()
        # pgserver listens on a unix socket; connect through it
        self._pgserver_uri = uri
        self.user = 'postgres'
        return self

    def stop(self) -> None:
        if self._pgserver is not None:
            self._pgserver.cleanup()
            self._pgserver = None
            return
        if self.bindir is not None and (self.datadir / 'data' / 'postmaster.pid').exists():
            subprocess.run(self._as_pg([
                str(self.bindir / 'pg_ctl'), '-D', str(self.datadir / 'data'), '-m', 'immediate',
                'stop']), check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def __enter__(self) -> 'LocalPostgres':
        return self.start()

    def __exit__(self, *exc: Any) -> None:
        self.stop()

    # -- databases --------------------------------------------------------------

    def url(self, dbname: str = 'postgres') -> str:
        """SQLAlchemy URL of *dbname* on this cluster."""
        if self._pgserver is not None:
            base = self._pgserver_uri.rsplit('/', 1)[0]
            if '?' in self._pgserver_uri:
                query = self._pgserver_uri.split('?', 1)[1]
                return f"{base}/{dbname}?{query}".replace('postgresql://', 'postgresql+psycopg2://')
            return f"{base}/{dbname}".replace('postgresql://', 'postgresql+psycopg2://')
        return f"postgresql+psycopg2://{self.user}@127.0.0.1:{self.port}/{dbname}"

    def execute(self, sql: str, dbname: str = 'postgres') -> None:
        """Run one statement in autocommit mode (CREATE/DROP DATABASE)."""
        import sqlalchemy as sa
        engine = sa.create_engine(self.url(dbname), isolation_level='AUTOCOMMIT')
        try:
            with engine.connect() as conn:
                conn.execute(sa.text(sql))
        finally:
            engine.dispose()

    def create_database(self, name: str, template: str | None = None) -> str:
        """Create database *name* (optionally as a copy of *template*); return its URL."""
        self.execute(f'DROP DATABASE IF EXISTS "{name}"')
        tmpl = f' TEMPLATE "{template}"' if template else ''
        self.execute(f'CREATE DATABASE "{name}"{tmpl}')
        return self.url(name)

    def drop_database(self, name: str) -> None:
        self.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def write_config(path: str | os.PathLike, *, db_url: str, workdir: str | os.PathLike,
                 sources: Mapping[str, Mapping[str, Any]] | None = None,
                 extra: str = '', timezone: str = 'America/Chicago') -> Path:
    """Write a rattail config file for this package.

    *sources* maps a source key to its settings (url, database, login, secret or
    secret_env / secret_file, timeout, retries, ...).  The file also holds the
    ``[alembic]`` section so ``alembic -c FILE upgrade heads`` works on it.
    """
    path = Path(path)
    workdir = Path(workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    lines = []
    for key, settings in (sources or {}).items():
        for name, value in settings.items():
            lines.append(f"source.{key}.{name} = {value}")
    src_keys = ' '.join(sources or {}) or 'default'
    text = textwrap.dedent(f"""\
        [rattail]
        app_title = Odoo POS
        timezone.default = {timezone}
        workdir = {workdir}
        datadir = {workdir}
        model_spec = rattail_odoo_pos.db.model._complete

        [rattail.db]
        default.url = {db_url}
        versioning.enabled = true

        [rattail.importing]
        versions.handler = rattail_odoo_pos.importing.versions:OdooPosVersionsHandler

        [rattail.mail]
        send_emails = false

        [odoo_pos]
        sources = {src_keys}
        """)
    text += '\n'.join(lines) + '\n\n'
    text += textwrap.dedent(f"""\
        [alembic]
        script_location = rattail.db:alembic
        version_locations = rattail_odoo_pos.db:alembic/versions rattail.db:alembic/versions

        [loggers]
        keys = root, sqlalchemy, alembic

        [handlers]
        keys = console

        [formatters]
        keys = generic

        [logger_root]
        level = WARNING
        handlers = console

        [logger_sqlalchemy]
        level = WARNING
        handlers =
        qualname = sqlalchemy.engine

        [logger_alembic]
        level = WARNING
        handlers =
        qualname = alembic

        [handler_console]
        class = StreamHandler
        args = (sys.stderr,)
        level = NOTSET
        formatter = generic

        [formatter_generic]
        format = %(levelname)-5.5s [%(name)s] %(message)s
        """)
    if extra:
        text += '\n' + textwrap.dedent(extra)
    path.write_text(text)
    return path


def alembic(config_path: str | os.PathLike, *args: str) -> None:
    """Run alembic (``upgrade heads``, ``downgrade ...``) on a config file."""
    cmd = [sys.executable, '-m', 'alembic', '-c', str(config_path), *args]
    subprocess.run(cmd, check=True)


def rattail_command(config_path: str | os.PathLike, *args: str) -> list[str]:
    """The ``rattail`` command line of this Python's environment on a config file."""
    return [str(Path(sys.executable).with_name('rattail')), '-c', str(config_path), *args]


def wait_for_port(port: int, host: str = '127.0.0.1', timeout: float = 30.0) -> None:
    """Block until something accepts connections on host:port."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with socket.create_connection((host, port), timeout=1):
                return
        except OSError:
            time.sleep(0.1)
    raise TimeoutError(f"nothing listens on {host}:{port} after {timeout}s")


@dataclass
class RattailEnv:
    """A rattail config file (``.path``) and the loaded config (``.config``)."""
    path: Path
    config: Any
    db_url: str
    workdir: Path

    @property
    def app(self):
        return self.config.get_app()


def make_rattail_env(tmp_path: Path, db_url: str, sources: Mapping[str, Mapping[str, Any]],
                     extra: str = '') -> RattailEnv:
    """Write ``rattail.conf`` in *tmp_path* (database, sources, *extra*) and load it
    (for tests and benchmarks)."""
    from rattail.config import make_config
    path = write_config(tmp_path / 'rattail.conf', db_url=db_url,
                        workdir=tmp_path / 'work', sources=sources, extra=extra)
    config = make_config([str(path)], usedb=False, versioning=False)
    return RattailEnv(path=path, config=config, db_url=db_url, workdir=tmp_path / 'work')


#: the dev configs' theme assets: the butterball theme's JS/CSS from the local
#: library :mod:`odoo_pos_dev.static` (filled by ``odoo-pos-fetch-assets``), so
#: the demo's and the tests' pages render with no request leaving the machine
#: (the product ships none: a site's app provides them)
OFFLINE_ASSETS_SECTION = """
[wuttaweb]
static_libcache.module = odoo_pos_dev.static
"""


def web_app_sections(port: int, threads: int = 4) -> str:
    """``[app:main]`` and ``[server:main]`` for ``pserve`` (waitress on
    127.0.0.1:*port*), to pass as *extra* to :func:`write_config`: the
    package's app, hardened session cookie, login-only for anonymous users,
    and :data:`OFFLINE_ASSETS_SECTION`."""
    return OFFLINE_ASSETS_SECTION + textwrap.dedent(f"""
        [app:main]
        use = egg:rattail-odoo-pos
        rattail.config = %(__file__)s
        pyramid.reload_templates = false
        # session cookie: not readable by scripts, not sent on cross-site
        # requests (the app factory defaults; Secure is added over https)
        beaker.session.httponly = true
        beaker.session.samesite = Lax
        # anonymous users reach the login page (and static files) only
        odoo_pos.web.login_required = true
        odoo_pos.web.anonymous_routes = login logout home robots.txt

        [server:main]
        use = egg:waitress#main
        host = 127.0.0.1
        port = {port}
        threads = {threads}
        """)


#: config lines of a datasync daemon that imports from Odoo (watcher and consumer
#: delay 1 s), appended to a site config by the datasync tests and benchmarks
DATASYNC_IMPORT = """
[rattail.datasync]
watch = odoo_pos
odoo_pos.watcher.spec = rattail_odoo_pos.datasync.odoo_pos:OdooPosWatcher
odoo_pos.watcher.delay = 1
odoo_pos.consumers.list = rattail
odoo_pos.consumer.rattail.spec = rattail_odoo_pos.datasync.odoo_pos:OdooPosConsumer
odoo_pos.consumer.rattail.delay = 1
"""
