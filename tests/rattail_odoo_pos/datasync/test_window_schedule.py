# SPDX-License-Identifier: GPL-3.0-or-later
"""Datasync: new rows never wait behind the look-back window check, and the
check still runs (one model per poll, spread over
``datasync.window_check_seconds``) and finds a late commit.

The sandbox's long transaction (``Sandbox.transaction(at=...)``) commits an
order whose rows carry a ``write_date`` half an hour older than the import
cursors; the look-back window holds every order line (all rewritten 100
minutes before).  What the sandbox answers is observed on the served sandbox
itself (its ``execute``, which the HTTP server calls for every RPC)."""

from __future__ import annotations

import datetime
import time

from odoo_pos_dev.testing import assert_equal_to_sandbox, local_ids, rattail, scalar
from rattail_odoo_pos.entities import ENTITIES

PERIOD = 3          # [odoo_pos] datasync.window_check_seconds for this test


class Calls:
    """The (model, method) of every call the served sandbox answers, and for
    each ``read_group`` what *probe* returned at that moment."""

    def __init__(self, sb, probe=None):
        self.calls: list[tuple[str, str, object]] = []
        self.probe = probe
        real = sb.execute

        def execute(uid, model, method, args=None, kwargs=None):
            seen = self.probe() if self.probe and method == 'read_group' else None
            self.calls.append((model, method, seen))
            return real(uid, model, method, args, kwargs)

        sb.execute = execute

    def read_groups(self) -> list[tuple[str, object]]:
        return [(model, seen) for model, method, seen in self.calls if method == 'read_group']

    def clear(self) -> None:
        self.calls.clear()


def test_window_check_is_spread_over_polls_and_finds_a_late_commit_after_new_rows(
        rattail_config, sandbox):
    from rattail.config import make_config
    from rattail_odoo_pos.datasync.odoo_pos import OdooPosConsumer, OdooPosWatcher
    env, sb = rattail_config, sandbox.sandbox
    env.path.write_text(env.path.read_text().replace(
        '[odoo_pos]\n', f'[odoo_pos]\ndatasync.window_check_seconds = {PERIOD}\n', 1))
    sb.clock.advance(3 * 24 * 3600)              # what was generated is older than the window
    now = sb.now()
    sb.write('pos.order.line', sb.ids('pos.order.line'), {'notice': 'recounted'},
             at=now - datetime.timedelta(minutes=100))
    config_id = sb.search_read('pos.config', [], ['id'])[0]['id']
    products = [p['id'] for p in sb.search_read('product.product',
                                                [('available_in_pos', '=', True)], ['id'])[:2]]
    # a customer in the window (deleted in Odoo later; another stays in its hour: Odoo
    # returns no group for an hour left empty) and a newer one (the cursor)
    leaving = sb.create('res.partner', {'name': 'Leaving'}, at=now - datetime.timedelta(minutes=50))
    sb.create('res.partner', {'name': 'Staying'}, at=now - datetime.timedelta(minutes=50))
    sb.create('res.partner', {'name': 'Newest'}, at=now - datetime.timedelta(minutes=10))
    session = sb.open_session(config_id)
    sb.new_order(session, [(products[0], 1)])    # the newest write: the cursors land here
    rattail(env.path, '--no-versioning', 'import-odoo-pos')
    cursor = scalar(env, "SELECT value FROM odoo_pos_cursor WHERE odoo_model = 'pos.order.line'")

    config = make_config([str(env.path)], usedb=True, versioning=False)
    watcher = OdooPosWatcher(config, 'odoo_pos')
    consumer = OdooPosConsumer(config, 'rattail', watcher=watcher)
    calls = Calls(sb)

    def consume(changes):
        db = config.get_app().make_session()
        try:
            consumer.process_changes(db, changes)
        finally:
            db.close()

    # the first poll after start compares no window (the first slot is one slot later)
    assert watcher.get_changes(None) == []
    assert calls.read_groups() == []

    # a long transaction started 30 minutes before the cursor commits, and a new order
    with sb.transaction(at=cursor - datetime.timedelta(minutes=30)) as tx:
        late = sb.new_order(session, [(products[0], 2), (products[1], 1)], env=tx)
    new = sb.new_order(session, [(products[1], 3)])
    polled = [change for _key, change in watcher.get_changes(None)]
    assert 'OdooPosOrder' in {c.payload_type for c in polled}
    calls.clear()
    consume(polled)
    # what is newer than the cursors arrived; the consumer checked no window on its own
    assert new in local_ids(env, 'odoo_pos_order')
    assert late not in local_ids(env, 'odoo_pos_order')
    assert calls.read_groups() == []

    # the polls compare the windows a slot at a time (one model per slot of
    # PERIOD / models: no more than the slots that came due) until one differs
    countable = [e for e in ENTITIES.values() if e.countable]
    slot = PERIOD / len(countable)
    window = []
    deadline = time.monotonic() + 4 * PERIOD
    last = time.monotonic()
    while not window and time.monotonic() < deadline:
        calls.clear()
        changes = [change for _key, change in watcher.get_changes(None)]
        now = time.monotonic()
        assert len(calls.read_groups()) <= 2 + int((now - last) / slot), calls.read_groups()
        last = now
        window = [c for c in changes if c.payload_type.endswith(':window')]
        time.sleep(slot / 4)
    assert window, "no window comparison found the late commit"
    assert {c.payload_key for c in window} == {'default'}

    # a window change and new rows in one batch: the new rows are committed
    # before the first read_group of the window check
    newer = sb.new_order(session, [(products[0], 1)])
    calls = Calls(sb, probe=lambda: newer in local_ids(env, 'odoo_pos_order'))
    batch = window + [config.get_model().DataSyncChange(payload_type=e.class_name,
                                                         payload_key='default', deletion=False)
                      for e in ENTITIES.values()]
    consume(batch)
    checked = calls.read_groups()
    assert {'pos.session', 'pos.order', 'pos.order.line', 'pos.payment'} \
        <= {model for model, _seen in checked}
    assert all(seen for _model, seen in checked), checked
    # the late order, its lines and payments are here; every table equals the sandbox
    assert {late, new, newer} <= set(local_ids(env, 'odoo_pos_order'))
    assert_equal_to_sandbox(env, sb)

    def full_round() -> list:
        """Polls until every (source, model) window has been compared once."""
        flagged, turn = [], watcher.window_turn
        deadline = time.monotonic() + 10 * PERIOD
        while watcher.window_turn < turn + len(countable) and time.monotonic() < deadline:
            flagged += [c for _key, c in watcher.get_changes(None)
                        if c.payload_type.endswith(':window')]
            time.sleep(PERIOD / len(countable) / 4)
        assert watcher.window_turn >= turn + len(countable)
        return flagged

    # a difference the window check looks into and cannot resolve (here a customer
    # deleted in Odoo: only a --delete run removes it) is flagged once, not every round
    assert full_round() == []
    sb.unlink('res.partner', [leaving])
    flagged = full_round()
    assert [c.payload_type for c in flagged] == ['OdooPosCustomer:window']
    consume(flagged)
    assert leaving in local_ids(env, 'odoo_pos_customer')
    assert full_round() == []
    assert_equal_to_sandbox(env, sb)




def test_datasync_daemon_finds_a_late_commit_on_its_window_schedule(tmp_path, rattail_db_url,
                                                                     sandbox):
    import os
    import signal
    import subprocess
    from odoo_pos_dev.devenv import DATASYNC_IMPORT, make_rattail_env, rattail_command
    env = make_rattail_env(tmp_path, rattail_db_url, {'default': sandbox.source_settings()},
                           extra=DATASYNC_IMPORT)
    env.path.write_text(env.path.read_text().replace(
        '[odoo_pos]\n', f'[odoo_pos]\ndatasync.window_check_seconds = {PERIOD}\n', 1))
    sb = sandbox.sandbox
    products = [p['id'] for p in sb.search_read('product.product',
                                                [('available_in_pos', '=', True)], ['id'])[:2]]
    session = sb.open_session(sb.search_read('pos.config', [], ['id'])[0]['id'])
    sb.new_order(session, [(products[0], 1)])
    rattail(env.path, '--no-versioning', 'import-odoo-pos')
    cursor = scalar(env, "SELECT value FROM odoo_pos_cursor WHERE odoo_model = 'pos.order'")
    log = tmp_path / 'datasync.log'
    proc = subprocess.Popen(rattail_command(env.path, '--no-versioning', 'datasync',
                                            '--pidfile', str(tmp_path / 'datasync.pid'), 'start'),
                            stdout=open(log, 'w'), stderr=subprocess.STDOUT,
                            start_new_session=True)
    try:
        time.sleep(2)
        assert proc.poll() is None, log.read_text()[-3000:]
        # committed now by a transaction that started 30 minutes before the cursor:
        # no poll's count of what is newer than the cursors sees it
        with sb.transaction(at=cursor - datetime.timedelta(minutes=30)) as tx:
            late = sb.new_order(session, [(products[0], 2), (products[1], 1)], env=tx)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and late not in local_ids(env, 'odoo_pos_order'):
            time.sleep(0.5)
        assert late in local_ids(env, 'odoo_pos_order'), log.read_text()[-3000:]
        # its lines and payments come in the same window check (after the order)
        while time.monotonic() < deadline:
            try:
                assert_equal_to_sandbox(env, sb)
                break
            except AssertionError:
                time.sleep(0.5)
        assert_equal_to_sandbox(env, sb)
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(20)
