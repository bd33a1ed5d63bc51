# SPDX-License-Identifier: GPL-3.0-or-later
"""Fixtures for the web plugin's tests: one PostgreSQL database filled by the
real importer from the sandbox (shared by every web test, which only read it),
the WSGI app made by ``tailbone_odoo_pos.app:main`` and logged-in WebTest clients.

The in-process app runs with versioning off: Continuum can only be switched on
before any model class is mapped, which other tests in the same process have
done already.  Version history pages are tested against a ``pserve`` process
(see ``served_app``), as the demo runs it.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from odoo_pos_dev.devenv import (
    OFFLINE_ASSETS_SECTION, free_port, wait_for_port, web_app_sections, write_config)
from odoo_pos_dev.testing import rattail

from web_support import PASSWORD, REPO, SECRET, login


@dataclass
class WebEnv:
    """The shared database and config files of the web tests."""
    db_url: str
    import_conf: Path      # sources: the sandbox only (used by the importer)
    web_conf: Path         # plus a second source holding :data:`SECRET`; versioning off
    served_conf: Path      # like web_conf, versioning on, [app:main]/[server:main] for pserve
    sandbox: Any
    tmp: Path


@pytest.fixture(scope='session')
def web_env(postgres, rattail_template, sandbox_template, tmp_path_factory):
    """A migrated database, loaded once by ``import-odoo-pos`` (then
    ``import-versions``) from a served copy of the sandbox."""
    from odoo_pos_sandbox import Sandbox

    tmp = tmp_path_factory.mktemp('web')
    name = f'rattail_web_{os.getpid()}'
    db_url = postgres.create_database(name, template=rattail_template)
    data = tmp / 'sandbox.sqlite'
    shutil.copyfile(sandbox_template, data)
    sandbox = Sandbox(data)
    server = sandbox.serve(host='127.0.0.1', port=0)
    source = dict(url=server.url, database='pos17', login='admin', secret='admin')
    other = dict(url='http://127.0.0.1:9', database='branch', login='sync', secret=SECRET)
    import_conf = write_config(tmp / 'import.conf', db_url=db_url, workdir=tmp / 'work',
                               sources={'default': source})
    web_conf = write_config(tmp / 'web.conf', db_url=db_url, workdir=tmp / 'work',
                            sources={'default': source, 'branch': other},
                            extra=OFFLINE_ASSETS_SECTION)
    text = web_conf.read_text().replace('versioning.enabled = true',
                                        'versioning.enabled = false')
    web_conf.write_text(text)
    port = free_port()
    served_conf = write_config(
        tmp / 'served.conf', db_url=db_url, workdir=tmp / 'work',
        sources={'default': source, 'branch': other},
        extra=web_app_sections(port, threads=8))
    rattail(import_conf, '--no-versioning', 'import-odoo-pos')
    make_users(import_conf)
    rattail(import_conf, '--runas', 'viewer', 'import-versions', '-m', 'initial data from Odoo POS')
    yield WebEnv(db_url=db_url, import_conf=import_conf, web_conf=web_conf,
                 served_conf=served_conf, sandbox=server, tmp=tmp)
    server.stop()
    postgres.drop_database(name)


#: native Tailbone permissions the test viewer gets too (the supplements live there)
NATIVE_PERMS = [f'{prefix}.{perm}' for prefix in ('stores', 'products', 'customers',
                                                    'departments', 'employees', 'tenders',
                                                    'taxes')
                for perm in ('list', 'view', 'versions')]


def make_users(conf: Path) -> None:
    """Users ``viewer`` (every permission of the plugin, through a role) and
    ``nobody`` (no role), both with :data:`PASSWORD`."""
    from rattail.config import make_config
    from tailbone_odoo_pos.provider import grant_all_permissions

    config = make_config([str(conf)], usedb=False, versioning=False)
    app = config.get_app()
    auth = app.get_auth_handler()
    model = app.model
    session = app.make_session()
    try:
        role = model.Role(name="Odoo POS Viewer")
        session.add(role)
        granted = grant_all_permissions(config, session, role)
        assert granted, "the plugin defines no permission"
        for perm in NATIVE_PERMS:
            auth.grant_permission(role, perm)
        for username in ('viewer', 'nobody'):
            user = auth.make_user(session=session, username=username)
            auth.set_user_password(user, PASSWORD)
            session.add(user)
            if username == 'viewer':
                user.roles.append(role)
        session.commit()
    finally:
        session.close()
        for engine in getattr(config, 'appdb_engines', {}).values():
            engine.dispose()


@pytest.fixture(scope='session')
def wsgi_app(web_env):
    """The web app, made once by the package's paste app factory."""
    from tailbone_odoo_pos.app import main
    return main({}, **{'rattail.config': str(web_env.web_conf)})


@pytest.fixture(autouse=True)
def _remove_session():
    """Tailbone's DB session is module-global: drop it after every test."""
    yield
    from tailbone.db import Session
    Session.remove()


@pytest.fixture
def viewer(wsgi_app):
    """WebTest client logged in as ``viewer`` (all plugin permissions)."""
    import webtest
    client = webtest.TestApp(wsgi_app)
    login(client, 'viewer')
    return client


@pytest.fixture
def nobody(wsgi_app):
    """WebTest client logged in as ``nobody`` (no permission)."""
    import webtest
    client = webtest.TestApp(wsgi_app)
    login(client, 'nobody')
    return client


@pytest.fixture
def anonymous(wsgi_app):
    """WebTest client not logged in."""
    import webtest
    return webtest.TestApp(wsgi_app)


@pytest.fixture(scope='session')
def served_app(web_env):
    """The app served by ``pserve`` (waitress) with versioning on, as the demo
    runs it; yields its base URL."""
    exe = Path(sys.executable).with_name('pserve')
    log = open(web_env.tmp / 'pserve.log', 'w')
    proc = subprocess.Popen([str(exe), f'file+ini:{web_env.served_conf}'], stdout=log,
                            stderr=subprocess.STDOUT, cwd=REPO)
    port = int(re.search(r'port = (\d+)', web_env.served_conf.read_text()).group(1))
    try:
        wait_for_port(port, timeout=60)
    except TimeoutError:
        proc.kill()
        raise RuntimeError("pserve did not start:\n"
                           + (web_env.tmp / 'pserve.log').read_text()[-3000:])
    yield f'http://127.0.0.1:{port}'
    proc.terminate()
    try:
        proc.wait(10)
    except subprocess.TimeoutExpired:
        proc.kill()
    log.close()


@pytest.fixture(scope='session')
def db_config(web_env):
    """A rattail config on the web tests' database (for the tests' own queries)."""
    from rattail.config import make_config
    config = make_config([str(web_env.import_conf)], usedb=False, versioning=False)
    yield config
    for engine in getattr(config, 'appdb_engines', {}).values():
        engine.dispose()


@pytest.fixture
def db(db_config):
    """An ORM session on the web tests' database, closed after the test."""
    session = db_config.get_app().make_session()
    yield session
    session.rollback()
    session.close()
