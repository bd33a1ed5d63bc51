# SPDX-License-Identifier: GPL-3.0-or-later
"""Shared fixtures: a throwaway PostgreSQL, migrated Rattail databases, a served Odoo sandbox.

Everything is real: PostgreSQL binaries (Debian's, or pgserver from PyPI), the
sandbox speaking Odoo's JSON-RPC over HTTP on 127.0.0.1, odoorpc as client.
"""

from __future__ import annotations

import itertools
import os
import shutil
from pathlib import Path

import pytest

from odoo_pos_dev.devenv import LocalPostgres, alembic, write_config
from odoo_pos_dev.testing import SANDBOX_SHAPE, serve_copy


_counter = itertools.count(1)


@pytest.hookimpl(tryfirst=True)
def pytest_configure(config):
    """A temporary folder of this session's own: pytest keeps only the three
    newest ``/tmp/pytest-of-USER/pytest-N`` folders, so a second pytest run
    started meanwhile would delete this one's PostgreSQL cluster under it."""
    if not config.option.basetemp:
        import tempfile
        config.option.basetemp = tempfile.mkdtemp(prefix='pytest-odoo-pos-')
        config._odoo_pos_basetemp = config.option.basetemp


def pytest_unconfigure(config):
    path = getattr(config, '_odoo_pos_basetemp', None)
    if path:
        shutil.rmtree(path, ignore_errors=True)


@pytest.fixture(scope='session')
def postgres(tmp_path_factory):
    """A PostgreSQL cluster for the whole test session."""
    pg = LocalPostgres(tmp_path_factory.mktemp('postgres')).start()
    yield pg
    pg.stop()


@pytest.fixture(scope='session')
def rattail_template(postgres, tmp_path_factory) -> str:
    """Name of a database migrated once with ``alembic upgrade heads``
    (this package's version location first), used as template for each test."""
    url = postgres.create_database('rattail_template')
    tmp = tmp_path_factory.mktemp('template')
    conf = write_config(tmp / 'rattail.conf', db_url=url, workdir=tmp / 'work')
    alembic(conf, 'upgrade', 'heads')
    return 'rattail_template'


@pytest.fixture
def rattail_db_url(postgres, rattail_template):
    """URL of a fresh, fully migrated Rattail database for one test."""
    name = f'rattail_test_{os.getpid()}_{next(_counter)}'
    url = postgres.create_database(name, template=rattail_template)
    yield url
    postgres.drop_database(name)


@pytest.fixture(scope='session')
def sandbox_template(tmp_path_factory) -> Path:
    """Generated sandbox data file (generated once; tests get a copy)."""
    from odoo_pos_sandbox import generate
    path = tmp_path_factory.mktemp('sandbox') / 'template.sqlite'
    generate(path, **SANDBOX_SHAPE)
    return path


@pytest.fixture
def sandbox(sandbox_template, tmp_path):
    """A sandbox of several stores over several days, served for one test
    (its own copy, so a test may change it)."""
    served = serve_copy(sandbox_template, tmp_path / 'sandbox.sqlite')
    yield served
    served.server.stop()


@pytest.fixture
def sandbox_version(sandbox_template, tmp_path):
    """Factory: ``sandbox_version(16)`` serves another copy of the shared
    sandbox data speaking Odoo 16 (15 to 19; the data are the same)."""
    served = []

    def make(odoo_version: int = 17):
        one = serve_copy(sandbox_template, tmp_path / f'sandbox-{odoo_version}-{len(served)}.sqlite',
                         odoo_version=odoo_version)
        served.append(one)
        return one
    yield make
    for one in served:
        one.server.stop()


from odoo_pos_dev.devenv import RattailEnv, make_rattail_env  # noqa: E402,F401


@pytest.fixture
def rattail_config(tmp_path, rattail_db_url, sandbox):
    """Rattail config pointing at a fresh database and at the sandbox as
    source ``default``."""
    env = make_rattail_env(tmp_path, rattail_db_url, {'default': sandbox.source_settings()})
    yield env
    for engine in getattr(env.config, 'appdb_engines', {}).values():
        engine.dispose()
