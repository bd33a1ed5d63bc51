# SPDX-License-Identifier: GPL-3.0-or-later
"""The initial load's bulk path (importing/bulk.py) and the overlapped read
(importing/prefetch.py), run as a user runs them (``rattail`` subprocesses,
the served sandbox, a real PostgreSQL): the same tables and versions as the
diffing path, a killed load that resumes with no duplicate and no gap, and a
bad value set aside alone."""

from __future__ import annotations

import datetime
import os
import re
import signal
import subprocess
import time
from pathlib import Path


from odoo_pos_dev.devenv import make_rattail_env, rattail_command
from odoo_pos_dev.testing import (
    add_user, assert_equal_to_sandbox, local_ids, rattail, rows, scalar, tables_as_odoo_ids)
from rattail_odoo_pos.entities import ENTITIES

BULK_LINE = "initial load through COPY"


def test_bulk_and_diffing_paths_leave_identical_tables_and_versions(
        tmp_path, postgres, rattail_template, rattail_config, sandbox):
    bulk_env, sb = rattail_config, sandbox.sandbox
    diff_url = postgres.create_database(f'rattail_diff_{os.getpid()}', template=rattail_template)
    try:
        diff_env = make_rattail_env(tmp_path / 'diff', diff_url,
                                    {'default': sandbox.source_settings()})
        bulk = rattail(info_conf(bulk_env, tmp_path / 'bulk-info.conf'), '--no-versioning',
                       'import-odoo-pos', '--warnings')
        diff = rattail(info_conf(diff_env, tmp_path / 'diff-info.conf',
                                 "[odoo_pos]\nbulk_load = false\n"),
                       '--no-versioning', 'import-odoo-pos', '--warnings')
        assert BULK_LINE in bulk.stderr and BULK_LINE not in diff.stderr
        # the same created counts on both paths
        assert created_counts(bulk.stderr) == created_counts(diff.stderr)
        assert created_counts(bulk.stderr)['OdooPosOrderLine'] == len(sb.ids('pos.order.line'))
        assert_equal_to_sandbox(bulk_env, sb)
        bulk_tables, diff_tables = tables_as_odoo_ids(bulk_env.db_url), tables_as_odoo_ids(diff_url)
        for table, found in diff_tables.items():
            assert bulk_tables[table] == found, table
        assert len(bulk_tables['odoo_pos_order_line']) == len(sb.ids('pos.order.line'))

        for env in (bulk_env, diff_env):
            add_user(env)
            rattail(env.path, '--runas', 'admin', 'import-versions', '-m', 'initial')
        bulk_versions = tables_as_odoo_ids(bulk_env.db_url, '_version')
        diff_versions = tables_as_odoo_ids(diff_url, '_version')
        for table, found in diff_versions.items():
            assert bulk_versions[table] == found, table
        assert len(bulk_versions['odoo_pos_order_line_version']) == len(sb.ids('pos.order.line'))

        # a later run takes the diffing path, and finds nothing to change
        again = rattail(info_conf(bulk_env, tmp_path / 'again.conf'), '--no-versioning',
                        'import-odoo-pos', '--full')
        assert BULK_LINE not in again.stderr
        assert tables_as_odoo_ids(bulk_env.db_url) == bulk_tables
    finally:
        postgres.drop_database(f'rattail_diff_{os.getpid()}')


def created_counts(log: str) -> dict[str, int]:
    """Model -> records added, from the handler's summary lines (``--warnings``)."""
    return {key: int(n.replace(',', '')) for n, key in re.findall(
        r"added ([\d,]+); updated \d+; deleted \d+ (\w+) records", log)}


def info_conf(env, path: Path, extra: str = '') -> Path:
    """A config including *env*'s that logs this package's INFO lines (the
    bulk path says when it writes an initial load)."""
    path.write_text(f"[rattail.config]\ninclude = {env.path}\nconfigure_logging = true\n\n"
                    "[loggers]\nkeys = root, sqlalchemy, alembic, bulk\n\n"
                    "[logger_bulk]\nlevel = INFO\nhandlers =\n"
                    "qualname = rattail_odoo_pos.importing.bulk\n\n" + extra)
    return path


#: a full read in write_date order, one page after the other (the path before
#: full reads went in id order), where a refunded line can come after its refund
WRITE_DATE_ORDER = "[odoo_pos]\nfull_read.in_flight = 0\n"


def test_a_load_killed_while_reading_ahead_resumes_with_no_duplicate_and_no_gap(
        tmp_path, rattail_db_url, sandbox):
    sb = sandbox.sandbox
    # small batches: many committed batches, each with the next one read ahead
    env = make_rattail_env(tmp_path, rattail_db_url,
                           {'default': sandbox.source_settings(batch_size=7)})
    total = len(sb.ids('pos.order.line'))
    proc = subprocess.Popen(rattail_command(str(env.path), '--no-versioning', 'import-odoo-pos'),
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    landed = 0
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        landed = scalar(env, "SELECT count(*) FROM odoo_pos_order_line") or 0
        if landed:
            proc.send_signal(signal.SIGKILL)
            break
        time.sleep(0.02)
    proc.wait(timeout=60)
    assert proc.returncode == -signal.SIGKILL, "the load ended before any line was committed"
    assert 0 < landed < total
    # the cursor says how far the committed batches got (the full read goes in id
    # order): every line up to its last id, none beyond
    done = local_ids(env, 'odoo_pos_order_line')
    assert len(set(done)) == len(done)
    (value, last_id, mark), = rows(env, "SELECT value, last_id, full_read_mark FROM "
                                        "odoo_pos_cursor WHERE odoo_model = 'pos.order.line'")
    assert value is None and mark is not None
    assert done == [i for i in sb.ids('pos.order.line') if i <= last_id]

    # meanwhile in Odoo: a line already here changes, later one not read yet too
    # (its write_date is the newest now)
    read, unread = done[0], max(sb.ids('pos.order.line'))
    sb.write('pos.order.line', [read], {'qty': 41}, at=mark + datetime.timedelta(minutes=1))
    sb.write('pos.order.line', [unread], {'qty': 42}, at=mark + datetime.timedelta(minutes=30))

    # the re-run goes on after the last id (the lines already there: diffing path),
    # nothing twice, nothing missing; its cursor is the first attempt's mark, so the
    # change to a line read before the kill is read by the run after
    result = rattail(env.path, '--no-versioning', 'import-odoo-pos')
    assert 'Traceback' not in result.stderr
    assert rows(env, "SELECT value, full_read_mark FROM odoo_pos_cursor "
                     "WHERE odoo_model = 'pos.order.line'") == [(mark, None)]
    assert scalar(env, f"SELECT qty FROM odoo_pos_order_line WHERE odoo_id = {unread}") == 42
    rattail(env.path, '--no-versioning', 'import-odoo-pos')
    assert scalar(env, f"SELECT qty FROM odoo_pos_order_line WHERE odoo_id = {read}") == 41
    assert_equal_to_sandbox(env, sb)
    for entity in ENTITIES.values():
        table = entity.model_class.__table__.name
        ids = local_ids(env, table)
        assert len(ids) == len(set(ids)), table
    assert scalar(env, "SELECT count(*) FROM odoo_pos_rejected") == 0


def test_a_bad_value_in_a_bulk_batch_is_rejected_alone(rattail_config, sandbox, tmp_path):
    env, sb = rattail_config, sandbox.sandbox
    lines = sb.search_read('pos.order.line', [], ['full_product_name', 'qty'])
    nul_line, big_line = lines[3], lines[-2]
    sb.write('pos.order.line', [nul_line['id']], {'full_product_name': 'Bad\x00Name'})
    sb.write('pos.order.line', [big_line['id']], {'qty': 1e12})

    result = rattail(info_conf(env, tmp_path / 'info.conf'), '--no-versioning', 'import-odoo-pos')
    assert BULK_LINE in result.stderr
    rejected = {(r[0], r[1]): r[2] for r in rows(
        env, "SELECT odoo_model, odoo_id, reason FROM odoo_pos_rejected")}
    assert set(rejected) == {('pos.order.line', nul_line['id']),
                             ('pos.order.line', big_line['id'])}
    assert 'NUL character' in rejected[('pos.order.line', nul_line['id'])]
    assert 'field qty' in rejected[('pos.order.line', big_line['id'])] and \
        'out of range' in rejected[('pos.order.line', big_line['id'])]
    # every other line of those batches landed, once
    expected = sorted(set(sb.ids('pos.order.line')) - {nul_line['id'], big_line['id']})
    assert local_ids(env, 'odoo_pos_order_line') == expected
    assert local_ids(env, 'odoo_pos_order') == sb.ids('pos.order')
    assert local_ids(env, 'odoo_pos_payment') == sb.ids('pos.payment')

    # fixed in Odoo: the next run imports them (diffing path), and they leave the table
    sb.write('pos.order.line', [nul_line['id']], {'full_product_name': nul_line['full_product_name']})
    sb.write('pos.order.line', [big_line['id']], {'qty': big_line['qty']})
    result = rattail(info_conf(env, tmp_path / 'info.conf'), '--no-versioning', 'import-odoo-pos')
    assert BULK_LINE not in result.stderr
    assert scalar(env, "SELECT count(*) FROM odoo_pos_rejected") == 0
    assert_equal_to_sandbox(env, sb)


def test_max_create_and_dry_run_hold_on_the_bulk_path(rattail_config, sandbox, tmp_path):
    env, sb = rattail_config, sandbox.sandbox
    rattail(env.path, '--no-versioning', 'import-odoo-pos', '--dry-run')
    assert scalar(env, "SELECT count(*) FROM odoo_pos_order_line") == 0
    assert scalar(env, "SELECT count(*) FROM odoo_pos_cursor WHERE value IS NOT NULL") == 0

    # orders alone (what they refer to is imported on demand): the limit cuts the batch
    result = rattail(info_conf(env, tmp_path / 'info.conf'), '--no-versioning',
                     'import-odoo-pos', 'OdooPosOrder', '--max-create', '10')
    assert BULK_LINE in result.stderr
    # a full read goes in id order: the ten lowest ids
    first = sorted(o['id'] for o in sb.search_read('pos.order', [], ['id']))[:10]
    assert local_ids(env, 'odoo_pos_order') == first
    # the limit stopped the read: the cursor did not move past what was written
    assert scalar(env, "SELECT count(*) FROM odoo_pos_cursor WHERE odoo_model = 'pos.order' "
                       "AND full_load_done") == 0
    # the full run then completes it, nothing twice
    rattail(env.path, '--no-versioning', 'import-odoo-pos')
    assert_equal_to_sandbox(env, sb)


def test_a_line_imported_on_demand_before_its_batch_is_written_once(
        tmp_path, rattail_db_url, sandbox):
    """A refund line's refunded line that comes in a later batch (Odoo wrote it
    after the refund, as its refunded quantity does) is imported on demand by
    the refund's batch; its own batch then finds it there (COPY meets the
    unique (source, odoo_id)), skips it and counts it once."""
    sb = sandbox.sandbox
    refunded = sorted({line['refunded_orderline_id'][0] for line in sb.search_read(
        'pos.order.line', [('refunded_orderline_id', '!=', False)], ['refunded_orderline_id'])})
    assert refunded, "the sandbox has no refund"
    for line in sb.search_read('pos.order.line', [('id', 'in', refunded)], ['qty']):
        # written after the refunds: read in a later batch of a full read in
        # write_date order (in id order, the default, a refunded line comes first)
        sb.write('pos.order.line', [line['id']], {'qty': line['qty']})
    env = make_rattail_env(tmp_path, rattail_db_url,
                           {'default': sandbox.source_settings(batch_size=7)})
    result = rattail(info_conf(env, tmp_path / 'info.conf', WRITE_DATE_ORDER), '--no-versioning',
                     'import-odoo-pos', '--warnings')
    assert BULK_LINE in result.stderr
    assert "written already (imported on demand by an earlier batch)" in result.stderr
    assert created_counts(result.stderr)['OdooPosOrderLine'] == len(sb.ids('pos.order.line'))
    assert local_ids(env, 'odoo_pos_order_line') == sb.ids('pos.order.line')
    assert scalar(env, "SELECT count(*) FROM odoo_pos_rejected") == 0
    assert_equal_to_sandbox(env, sb)


def test_the_fast_converters_give_what_convert_gives():
    """The bulk path's converters (bulk.fast_converters) against convert.CONVERTERS,
    value for value, twice (the second time from their memory)."""
    import decimal
    from rattail_odoo_pos.importing.bulk import fast_converters, uuid7_hex
    from rattail_odoo_pos.importing.convert import CONVERTERS

    def outcome(convert, value):
        try:
            result = convert(value)
        except Exception as error:
            return ('error', type(error))
        return ('value', type(result), str(result))

    values = [False, None, True, 0, 0.0, -0.0, 1.0, 2.675, 0.125, 75.60000000000001, -3.3,
              1e20, 1e-9, 12, '3.5', 'abc', '', float('inf'), float('nan'), [3, 'Shop'], [],
              [True, 'x'], (4, 'y'), [3.0, 'x'], [3], '2026-11-28 10:00:00',
              '2026-11-28 10:00:00.123', '2026-11-28', 'not a date', decimal.Decimal('1.5')]
    fast = fast_converters()
    assert set(fast) <= set(CONVERTERS)
    for kind, convert in fast.items():
        for value in values + values:
            assert outcome(convert, value) == outcome(CONVERTERS[kind], value), (kind, value)
    uuids = uuid7_hex(500)
    import uuid
    assert len(set(uuids)) == 500
    for text in uuids:
        parsed = uuid.UUID(text)
        assert parsed.hex == text and parsed.version == 7 and parsed.variant == uuid.RFC_4122


def refund_pairs(sb) -> list[tuple[int, int]]:
    """(refund line, the line it refunds) in the sandbox."""
    return sorted((line['id'], line['refunded_orderline_id'][0]) for line in sb.search_read(
        'pos.order.line', [('refunded_orderline_id', '!=', False)], ['refunded_orderline_id']))


def stored_refund_pairs(env) -> list[tuple[int, int]]:
    return sorted(tuple(r) for r in rows(env, """
        SELECT refund.odoo_id, refunded.odoo_id FROM odoo_pos_order_line refund
        JOIN odoo_pos_order_line refunded ON refunded.uuid = refund.refunded_line_uuid"""))


def test_a_refund_and_its_refunded_line_in_one_batch_need_no_read_of_odoo(
        tmp_path, rattail_config, sandbox):
    """The refunded line read in the same batch as its refund (before it, as
    Odoo orders them when it wrote the refunded line first) is not in Rattail
    yet when the batch's references are looked up: its uuid is given from the
    batch (bulk.BulkWriter.seed) instead of importing it on demand, which
    would cost a read of Odoo per batch while the reader waits."""
    env, sb = rattail_config, sandbox.sandbox
    pairs = refund_pairs(sb)
    assert pairs, "the sandbox has no refund"
    sb.calls.clear()
    result = rattail(info_conf(env, tmp_path / 'info.conf'), '--no-versioning',
                     'import-odoo-pos', '--warnings')
    assert BULK_LINE in result.stderr
    line_calls = [method for _n, _s, model, method in sb.calls if model == 'pos.order.line']
    assert 'read' not in line_calls, line_calls         # nothing imported on demand
    assert stored_refund_pairs(env) == pairs
    assert created_counts(result.stderr)['OdooPosOrderLine'] == len(sb.ids('pos.order.line'))
    assert scalar(env, "SELECT count(*) FROM odoo_pos_rejected") == 0
    assert_equal_to_sandbox(env, sb)


def test_a_refund_of_a_rejected_line_in_its_batch_is_rejected_too(
        tmp_path, rattail_config, sandbox):
    """A batch-given reference to a line the batch then rejects (a value that
    fits no column) is not written pointing at nothing: the refund is rejected
    too, naming why, as a reference to a rejected record always is; both land
    once Odoo is fixed."""
    env, sb = rattail_config, sandbox.sandbox
    refund, refunded = refund_pairs(sb)[0]
    name = sb.search_read('pos.order.line', [('id', '=', refunded)],
                          ['full_product_name'])[0]['full_product_name']
    sb.write('pos.order.line', [refunded], {'full_product_name': 'Bad\x00Name'})
    result = rattail(info_conf(env, tmp_path / 'info.conf'), '--no-versioning',
                     'import-odoo-pos')
    assert BULK_LINE in result.stderr
    rejected = {r[0]: r[1] for r in rows(
        env, "SELECT odoo_id, reason FROM odoo_pos_rejected WHERE odoo_model = 'pos.order.line'")}
    assert set(rejected) == {refund, refunded}
    assert 'NUL character' in rejected[refunded]
    assert f'refers to pos.order.line {refunded}, which is rejected too' in rejected[refund]
    expected = sorted(set(sb.ids('pos.order.line')) - {refund, refunded})
    assert local_ids(env, 'odoo_pos_order_line') == expected

    sb.write('pos.order.line', [refunded], {'full_product_name': name})
    rattail(env.path, '--no-versioning', 'import-odoo-pos')
    assert scalar(env, "SELECT count(*) FROM odoo_pos_rejected") == 0
    assert stored_refund_pairs(env) == refund_pairs(sb)
    assert_equal_to_sandbox(env, sb)


def test_a_first_load_reads_each_page_once(tmp_path, rattail_db_url, sandbox):
    """The next model's start is read ahead (prefetch.keep_next_read, while
    the last batches of the model before it are written: its newest write_date,
    its highest id and its first window of ids) and then used, not read again:
    a full read of records with ids 1 to n, in windows of 7 ids, asks Odoo
    2 + ceil(n / 7) times, and every record lands."""
    sb = sandbox.sandbox
    env = make_rattail_env(tmp_path, rattail_db_url,
                           {'default': sandbox.source_settings(batch_size=7)})
    sb.calls.clear()
    rattail(env.path, '--no-versioning', 'import-odoo-pos')
    pages = {}
    for _n, _service, model, method in sb.calls:
        if method == 'search_read':
            pages[model] = pages.get(model, 0) + 1
    for model, table in (('pos.session', 'odoo_pos_session'), ('pos.order', 'odoo_pos_order'),
                         ('pos.payment', 'odoo_pos_payment'), ('hr.employee', 'odoo_pos_employee')):
        ids = local_ids(env, table)
        assert ids == list(range(1, len(ids) + 1)), model      # dense: one window per 7
        assert pages[model] == 2 + -(-len(ids) // 7), (model, len(ids))
    assert_equal_to_sandbox(env, sb)


def test_a_line_changed_in_odoo_after_its_on_demand_import_is_updated_in_the_same_load(
        tmp_path, rattail_db_url, sandbox):
    """A refunded line read ahead for its refund's batch (and imported on demand)
    that Odoo changes before the load reaches its own page: that page's newer
    values are not skipped as "written already", they update the row (which the
    cursor would otherwise leave behind).  Odoo's change is made while the
    sandbox holds back its answer to the read of the refunded lines."""
    sb = sandbox.sandbox
    refunded = sorted({target for _refund, target in refund_pairs(sb)})
    for line in sb.search_read('pos.order.line', [('id', 'in', refunded)], ['qty']):
        sb.write('pos.order.line', [line['id']], {'qty': line['qty']})   # after the refunds
    env = make_rattail_env(tmp_path, rattail_db_url,
                           {'default': sandbox.source_settings(batch_size=7)})
    sb.faults.add('hold', model='pos.order.line', method='read', seconds=3)
    load = subprocess.Popen(rattail_command(info_conf(env, tmp_path / 'info.conf',
                                                      WRITE_DATE_ORDER),
                                            '--no-versioning', 'import-odoo-pos', '--warnings'),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 120
        while not sb.faults.fired and time.monotonic() < deadline and load.poll() is None:
            time.sleep(0.02)
        assert sb.faults.fired, "the refunded lines were never read by id"
        # the read has run (it answers the old values); Odoo changes the lines now
        changed = refunded[:3]
        old = {r['id']: r['qty'] for r in sb.search_read(
            'pos.order.line', [('id', 'in', changed)], ['qty'])}
        for line_id in changed:
            sb.write('pos.order.line', [line_id], {'qty': old[line_id] + 1})
        _out, err = load.communicate(timeout=300)
    finally:
        if load.poll() is None:
            load.kill()
    assert load.returncode == 0, err
    assert "changed in Odoo since: updated" in err
    stored = dict(rows(env, "SELECT odoo_id, qty FROM odoo_pos_order_line "
                            "WHERE odoo_id = ANY(:ids)", ids=changed))
    assert {i: float(q) for i, q in stored.items()} == {i: old[i] + 1 for i in changed}
    assert local_ids(env, 'odoo_pos_order_line') == sb.ids('pos.order.line')
    assert_equal_to_sandbox(env, sb)
