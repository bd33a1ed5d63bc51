# SPDX-License-Identifier: GPL-3.0-or-later
"""Datasync: the watcher's cost when nothing changed, a new order picked up by
the consumer, and the real ``rattail datasync`` daemon picking up a new order
within a poll interval."""

from __future__ import annotations

import os
import signal
import subprocess
import time

from odoo_pos_dev.devenv import DATASYNC_IMPORT, make_rattail_env, rattail_command
from odoo_pos_dev.testing import rattail, scalar
from rattail_odoo_pos.entities import ENTITIES



def order_count(db_url, odoo_id):
    return scalar(db_url, "SELECT count(*) FROM odoo_pos_order WHERE odoo_id = :i", i=odoo_id)


def test_watcher_is_cheap_when_idle_and_consumer_imports_a_new_order(tmp_path, rattail_db_url,
                                                                      sandbox):
    from rattail.config import make_config
    from rattail_odoo_pos.datasync.odoo_pos import OdooPosConsumer, OdooPosWatcher
    env = make_rattail_env(tmp_path, rattail_db_url, {'default': sandbox.source_settings()})
    rattail(env.path, '--no-versioning', 'import-odoo-pos')
    config = make_config([str(env.path)], usedb=True, versioning=False)
    watcher = OdooPosWatcher(config, 'odoo_pos')
    sb = sandbox.sandbox
    watcher.get_changes(None)                      # connects (login) once
    before = sb.call_count
    assert watcher.get_changes(None) == []         # nothing changed since the import
    calls = sb.call_count - before
    assert calls <= 2 * len(ENTITIES), calls       # at most two small counts per model

    session_id = sb.open_session(2)
    order = sb.new_order(session_id, [(30, 1), (31, 2)])
    changes = [change for _key, change in watcher.get_changes(None)]
    changed = {c.payload_type for c in changes}
    assert {'OdooPosSession', 'OdooPosOrder', 'OdooPosOrderLine', 'OdooPosPayment'} <= changed
    assert {c.payload_key for c in changes} == {'default'}
    assert order_count(env.db_url, order) == 0
    consumer = OdooPosConsumer(config, 'rattail', watcher=watcher)
    session = config.get_app().make_session()
    consumer.process_changes(session, changes)
    session.close()
    assert order_count(env.db_url, order) == 1
    assert watcher.get_changes(None) == []         # caught up


def test_datasync_daemon_picks_up_a_new_order_within_a_poll(tmp_path, rattail_db_url, sandbox):
    env = make_rattail_env(tmp_path, rattail_db_url, {'default': sandbox.source_settings()},
                           extra=DATASYNC_IMPORT)
    rattail(env.path, '--no-versioning', 'import-odoo-pos')
    log = open(tmp_path / 'datasync.log', 'w')
    proc = subprocess.Popen(rattail_command(env.path, '--no-versioning', 'datasync',
                                            '--pidfile', str(tmp_path / 'datasync.pid'), 'start'),
                            stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        time.sleep(3)
        assert proc.poll() is None, (tmp_path / 'datasync.log').read_text()[-3000:]
        sb = sandbox.sandbox
        order = sb.new_order(sb.open_session(3), [(30, 1)])
        started = time.monotonic()
        while time.monotonic() - started < 60 and not order_count(env.db_url, order):
            time.sleep(0.5)
        waited = time.monotonic() - started
        assert order_count(env.db_url, order) == 1, (tmp_path / 'datasync.log').read_text()[-3000:]
        print(f"new order imported by the datasync daemon after {waited:.1f} s")
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(20)
