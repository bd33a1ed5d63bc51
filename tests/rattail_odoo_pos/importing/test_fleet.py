# SPDX-License-Identifier: GPL-3.0-or-later
"""A fleet of sources (``[odoo_pos] fleet.parallel``): several Odoo databases
served by one multi-database sandbox, imported in parallel by ``rattail
import-odoo-pos`` as a user runs it, compared with the sandbox and with the
same import done one source after the other."""

from __future__ import annotations

import pytest

from odoo_pos_dev.devenv import make_rattail_env
from odoo_pos_dev.testing import assert_equal_to_sandbox, rattail, rows
from odoo_pos_sandbox.fleet import Fleet, generate_fleet

SOURCES = 4
#: tables compared row for row between the parallel and the serial import
TABLES = ['odoo_pos_store', 'odoo_pos_session', 'odoo_pos_order', 'odoo_pos_order_line',
          'odoo_pos_payment', 'odoo_pos_product', 'odoo_pos_customer']


@pytest.fixture(scope='module')
def fleet_files(tmp_path_factory):
    return generate_fleet(tmp_path_factory.mktemp('fleet'), SOURCES, seed=11)


@pytest.fixture
def fleet(fleet_files, tmp_path):
    """The fleet's databases (copies), served on one port, paced (waits cut to a
    tenth: requests take long enough for the sources' runs to overlap)."""
    import shutil
    copies = []
    for path in fleet_files:
        copies.append(tmp_path / path.name)
        shutil.copyfile(path, copies[-1])
    fleet = Fleet.from_paths(copies, paced=True, scale=0.1)
    fleet.serve()
    yield fleet
    fleet.stop()


def fleet_env(tmp_path, db_url, fleet, parallel: int, name: str = 'a', **extra):
    """A rattail config with one source per fleet database (``s1`` ... ``s4``)."""
    sources = {f's{n}': dict(url=fleet.server.url, database=db, login='admin', secret='admin',
                             timeout=10, retries=1, backoff=0.05, **extra)
               for n, db in enumerate(fleet.sandboxes, 1)}
    folder = tmp_path / name
    folder.mkdir()
    env = make_rattail_env(folder, db_url, sources)
    text = env.path.read_text()
    env.path.write_text(text.replace('[odoo_pos]\n', f'[odoo_pos]\nfleet.parallel = {parallel}\n', 1))
    return env


def table_rows(env, table: str) -> list[tuple]:
    """The rows of *table* without the columns that differ between two
    databases by nature (uuids, times of the run)."""
    columns = [r[0] for r in rows(env, """
        SELECT column_name FROM information_schema.columns
        WHERE table_name = :t AND column_name NOT LIKE '%%uuid'
          AND data_type NOT LIKE 'timestamp%%' ORDER BY column_name""", t=table)]
    return rows(env, f"SELECT {', '.join(columns)} FROM {table} "
                     f"ORDER BY source, odoo_id")


@pytest.fixture
def second_db_url(postgres, rattail_template):
    import os
    name = f'rattail_fleet_{os.getpid()}'
    url = postgres.create_database(name, template=rattail_template)
    yield url
    postgres.drop_database(name)


def test_sources_in_parallel_land_as_serially(tmp_path, rattail_db_url, second_db_url, fleet):
    parallel = fleet_env(tmp_path, rattail_db_url, fleet, parallel=4, name='parallel')
    rattail(parallel, '--no-versioning', 'import-odoo-pos')
    # the sources were read at the same time
    assert fleet.max_databases_at_once > 1
    for n, (db, sb) in enumerate(fleet.sandboxes.items(), 1):
        assert_equal_to_sandbox(parallel, sb, source=f's{n}')

    fleet.max_databases_at_once = 0
    serial = fleet_env(tmp_path, second_db_url, fleet, parallel=1, name='serial')
    rattail(serial, '--no-versioning', 'import-odoo-pos')
    assert fleet.max_databases_at_once == 1
    for table in TABLES:
        landed = table_rows(parallel, table)
        assert landed, table
        assert landed == table_rows(serial, table), table

    # every source's run is recorded as a success
    assert rows(parallel, "SELECT source, last_error FROM odoo_pos_source_status "
                          "ORDER BY source") == [(f's{n}', None) for n in range(1, SOURCES + 1)]

    # a second (incremental) run in parallel changes nothing and lands nothing twice
    rattail(parallel, 'import-odoo-pos')
    for n, sb in enumerate(fleet.sandboxes.values(), 1):
        assert_equal_to_sandbox(parallel, sb, source=f's{n}')


def test_one_source_down_the_others_land(tmp_path, rattail_db_url, fleet):
    env = fleet_env(tmp_path, rattail_db_url, fleet, parallel=4)
    down = list(fleet.sandboxes)[1]                      # source s2
    fleet.take_down(down, hang_seconds=60)
    result = rattail(env, '--no-versioning', 'import-odoo-pos', check=False)
    assert result.returncode == 1, result.stderr
    failed = [line for line in result.stderr.splitlines()
              if line.startswith('import-odoo-pos failed:')]
    assert failed and all("'s2'" in line for line in failed), result.stderr
    assert 'Traceback' not in result.stderr
    for n, (db, sb) in enumerate(fleet.sandboxes.items(), 1):
        if db == down:
            assert rows(env, "SELECT count(*) FROM odoo_pos_order WHERE source = 's2'") == [(0,)]
        else:
            assert_equal_to_sandbox(env, sb, source=f's{n}')
    status = dict(rows(env, "SELECT source, last_error FROM odoo_pos_source_status"))
    assert set(status) == {f's{n}' for n in range(1, SOURCES + 1)}
    assert status['s2']
    assert [s for s, error in status.items() if error] == ['s2']

    # back up: the next run brings s2 in and the others stay as they were
    fleet.bring_up(down)
    rattail(env, 'import-odoo-pos')
    for n, sb in enumerate(fleet.sandboxes.values(), 1):
        assert_equal_to_sandbox(env, sb, source=f's{n}')
    assert rows(env, "SELECT count(*) FROM odoo_pos_source_status "
                     "WHERE last_error IS NOT NULL") == [(0,)]


def test_dry_run_in_parallel_writes_nothing(tmp_path, rattail_db_url, fleet):
    env = fleet_env(tmp_path, rattail_db_url, fleet, parallel=4)
    result = rattail(env, '--no-versioning', 'import-odoo-pos', '--dry-run')
    assert result.returncode == 0
    assert rows(env, "SELECT count(*) FROM odoo_pos_order") == [(0,)]
    assert rows(env, "SELECT count(*) FROM odoo_pos_cursor") == [(0,)]
    assert fleet.max_databases_at_once > 1
