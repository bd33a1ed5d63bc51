# SPDX-License-Identifier: GPL-3.0-or-later
"""Keeping Rattail current after the first load, run as a user runs it
(``rattail`` subprocesses against the served sandbox): the warnings email,
deletions, a change committed late by a long Odoo transaction, several
sources, and a run that fails half-way then resumes."""

from __future__ import annotations

import datetime
from decimal import Decimal

from odoo_pos_dev.testing import (
    SMTPSink, add_user, assert_equal_to_sandbox, local_ids, money, rattail, rows, scalar)
from odoo_pos_dev.devenv import make_rattail_env
from rattail_odoo_pos.entities import ENTITIES


def test_warnings_email_lists_the_changes(rattail_config, sandbox, tmp_path):
    env, sb = rattail_config, sandbox.sandbox
    rattail(env.path, '--no-versioning', 'import-odoo-pos')
    product = sb.search_read('product.product', [('active', '=', True)],
                             ['name', 'lst_price'])[0]
    sb.set_price(product['id'], 123.45)

    sink = SMTPSink()
    try:
        mail_conf = tmp_path / 'mail.conf'
        mail_conf.write_text(
            f"[rattail.config]\ninclude = {env.path}\n\n"
            f"[rattail.mail]\nsend_emails = true\nsmtp.server = {sink.address}\n"
            "default.from = rattail@example.com\ndefault.to = back-office@example.com\n")
        result = rattail(mail_conf, '--no-versioning', 'import-odoo-pos', '--warnings')
    finally:
        sink.shutdown()
        sink.server_close()

    assert len(sink.messages) == 1, result.stderr[-3000:]
    msg = sink.messages[0]
    assert msg['Subject'].endswith('Changes for Odoo POS -> Rattail')
    assert msg['To'] == 'back-office@example.com'
    body = '\n'.join(part.get_payload(decode=True).decode()
                     for part in msg.walk() if part.get_content_maintype() == 'text')
    assert 'OdooPosProduct' in body and 'list_price' in body
    assert '123.45' in body and str(money(product['lst_price'])) in body
    # nothing else changed, so nothing else is listed
    for other in ('OdooPosOrderLine', 'OdooPosOrder ', 'OdooPosCustomer'):
        assert other not in body
    assert scalar(env, "SELECT list_price FROM odoo_pos_product WHERE odoo_id = :i",
                  i=product['id']) == Decimal('123.45')


def test_deletions_need_delete_and_are_versioned(rattail_config, sandbox):
    env, sb = rattail_config, sandbox.sandbox
    rattail(env.path, '--no-versioning', 'import-odoo-pos')
    add_user(env.path)
    rattail(env.path, '--runas', 'admin', 'import-versions', '-m', 'initial')

    order = sb.search_read('pos.order', [], ['lines', 'payment_ids'])[-1]
    partner = sb.create('res.partner', {'name': 'Walk-in to be merged', 'email': 'w@example.com'})
    rattail(env.path, '--runas', 'admin', 'import-odoo-pos')
    assert partner in local_ids(env, 'odoo_pos_customer')
    archived = sb.search_read('product.product', [('active', '=', True)], ['id'])[0]['id']
    sb.archive('product.product', [archived])
    sb.unlink('pos.order', [order['id']])
    sb.unlink('res.partner', [partner])

    # without --delete nothing goes
    rattail(env.path, '--runas', 'admin', 'import-odoo-pos')
    assert order['id'] in local_ids(env, 'odoo_pos_order')
    assert partner in local_ids(env, 'odoo_pos_customer')

    rattail(env.path, '--runas', 'admin', 'import-odoo-pos', '--delete')
    assert_equal_to_sandbox(env, sb)
    assert partner not in local_ids(env, 'odoo_pos_customer')
    # the native customer went with its only extension row
    assert scalar(env, "SELECT count(*) FROM customer c WHERE NOT EXISTS (SELECT 1 FROM "
                       "odoo_pos_customer x WHERE x.customer_uuid = c.uuid)") == 0
    # archived is not deleted: kept, marked inactive
    assert rows(env, "SELECT active FROM odoo_pos_product WHERE odoo_id = :i",
                i=archived) == [(False,)]
    # the deletions are in the version history (operation_type 2 = delete)
    for table, ids in (('odoo_pos_order', [order['id']]), ('odoo_pos_order_line', order['lines']),
                       ('odoo_pos_payment', order['payment_ids'])):
        deleted = [r[0] for r in rows(env, f"SELECT odoo_id FROM {table}_version "
                                           "WHERE operation_type = 2 ORDER BY odoo_id")]
        assert deleted == sorted(ids), table


def test_a_late_commit_of_a_long_odoo_transaction_is_picked_up(rattail_config, sandbox):
    """Odoo stamps write_date with the transaction's start: a long session close
    commits rows that look older than the cursor.  The look-back window re-reads
    them; re-reading what is already there changes nothing."""
    env, sb = rattail_config, sandbox.sandbox
    # every run checks the window (cron runs: every window_check_seconds, test_idle_poll.py)
    env.path.write_text(env.path.read_text().replace(
        '[odoo_pos]\n', '[odoo_pos]\nwindow_check_seconds = 0\n', 1))
    rattail(env.path, '--no-versioning', 'import-odoo-pos')
    cursor = scalar(env, "SELECT value FROM odoo_pos_cursor WHERE odoo_model = 'pos.order.line'")
    assert cursor is not None

    started = cursor - datetime.timedelta(minutes=30)
    config_id = sb.search_read('pos.config', [], ['id'])[0]['id']
    product = sb.search_read('product.product', [('available_in_pos', '=', True)], ['id'])[0]
    with sb.transaction(at=started) as tx:
        session = sb.open_session(config_id, env=tx)
        order = sb.new_order(session, [(product['id'], 2)], env=tx)
        # an import runs meanwhile and does not see the uncommitted order
        rattail(env.path, '--no-versioning', 'import-odoo-pos')
        assert order not in local_ids(env, 'odoo_pos_order')
    line = sb.search_read('pos.order.line', [('order_id', '=', order)], ['write_date'])[0]
    assert line['write_date'] < cursor.strftime('%Y-%m-%d %H:%M:%S')   # looks older

    rattail(env.path, '--no-versioning', 'import-odoo-pos')
    assert_equal_to_sandbox(env, sb)


def test_two_sources_keep_their_ids_apart_and_share_natural_keys(tmp_path, rattail_db_url,
                                                                 sandbox):
    """Two Odoo databases (here: the same one under two keys): every record is
    stored once per source; products with the same barcode or internal
    reference, and customers with the same VAT or email, are one Rattail record."""
    sb = sandbox.sandbox
    env = make_rattail_env(tmp_path, rattail_db_url, {
        'north': sandbox.source_settings(), 'south': sandbox.source_settings()})
    rattail(env.path, '--no-versioning', 'import-odoo-pos')
    for source in ('north', 'south'):
        assert_equal_to_sandbox(env, sb, source)
        assert local_ids(env, 'odoo_pos_product', source) == sb.ids('product.product')

    products = sb.search_read('product.product', [], ['barcode', 'default_code'])
    keyed = [p for p in products if p['barcode'] or p['default_code']]
    assert keyed
    assert scalar(env, "SELECT count(*) FROM product") == \
        len(keyed) + 2 * (len(products) - len(keyed))
    assert scalar(env, "SELECT count(*) FROM store") == 2 * sb.count('pos.config')
    # both extension rows of a keyed product point at one product
    shared = rows(env, "SELECT count(DISTINCT product_uuid) FROM odoo_pos_product "
                       "WHERE odoo_id = :i", i=keyed[0]['id'])
    assert shared == [(1,)]

    # --source limits a run to one source
    config_id = sb.search_read('pos.config', [], ['id'])[0]['id']
    session = sb.open_session(config_id)
    order = sb.new_order(session, [(keyed[0]['id'], 1)])
    rattail(env.path, '--no-versioning', 'import-odoo-pos', '--source', 'south')
    assert order in local_ids(env, 'odoo_pos_order', 'south')
    assert order not in local_ids(env, 'odoo_pos_order', 'north')


def test_a_run_failing_half_way_resumes_where_it_stopped(tmp_path, rattail_db_url, sandbox):
    sb = sandbox.sandbox
    env = make_rattail_env(tmp_path, rattail_db_url, {
        'default': sandbox.source_settings(batch_size=50, retries=0)})
    lines = sb.count('pos.order.line')
    assert lines > 150

    # everything but the lines first; then the lines alone, whose reads are the
    # only calls (the reader thread reads one batch ahead, so with other models
    # in the same run the order of calls is not fixed): a dry run finds when the
    # 6th read of lines is made (2 small ones and the first window begin the full
    # read, then two windows at a time), and that read fails in the real run
    others = [e.class_name for e in ENTITIES.values() if e.class_name != 'OdooPosOrderLine']
    rattail(env.path, '--no-versioning', 'import-odoo-pos', *others)
    assert not local_ids(env, 'odoo_pos_order_line')
    start = sb.call_count
    rattail(env.path, '--no-versioning', 'import-odoo-pos', 'OdooPosOrderLine', '--dry-run')
    reads = [n for n, _service, model, method in sb.calls
             if n > start and model == 'pos.order.line' and method == 'search_read']
    assert len(reads) > 6
    failing = sb.call_count + reads[5] - start   # the same call of the real run
    sb.faults.add('http500', at_call=reads[5] - start)

    failed = rattail(env.path, '--no-versioning', 'import-odoo-pos', 'OdooPosOrderLine',
                     check=False)
    assert failed.returncode != 0
    assert 'Traceback' not in failed.stderr, failed.stderr[-3000:]
    assert "'default'" in failed.stderr and 'pos.order.line' in failed.stderr
    assert [f for f in sb.faults.fired if f[1] == 'http500'] == [
        (failing, 'http500', 'pos.order.line', 'search_read')]
    # what was read before the failure is there, each exactly once, and the cursor
    # says how far (a full read goes in id order)
    done = local_ids(env, 'odoo_pos_order_line')
    assert 0 < len(done) < lines and len(done) == len(set(done))
    last_id = scalar(env, "SELECT last_id FROM odoo_pos_cursor "
                          "WHERE odoo_model = 'pos.order.line' AND full_read_mark IS NOT NULL")
    assert done == [i for i in sb.ids('pos.order.line') if i <= last_id]
    assert local_ids(env, 'odoo_pos_order') == sb.ids('pos.order')

    rattail(env.path, '--no-versioning', 'import-odoo-pos')
    assert_equal_to_sandbox(env, sb)


def test_a_full_read_stopped_half_way_is_read_again_whole_after_an_incremental_run(
        rattail_config, sandbox):
    """A ``--full`` stopped half-way leaves its mark and last id; an incremental
    run in between moves the cursor (its ``last_id`` means something else
    then), so the next ``--full`` reads from the start again: a line that
    drifted here below the old last id is put right."""
    env, sb = rattail_config, sandbox.sandbox
    rattail(env.path, '--no-versioning', 'import-odoo-pos')
    ids = sb.ids('pos.order.line')
    # as a --full killed after its last batch but one leaves the cursor
    rows(env, "UPDATE odoo_pos_cursor SET full_read_mark = value, last_id = :last "
              "WHERE odoo_model = 'pos.order.line'", last=ids[-2])
    rows(env, "UPDATE odoo_pos_order_line SET qty = 999 WHERE odoo_id = :i", i=ids[0])
    rattail(env.path, '--no-versioning', 'import-odoo-pos', 'OdooPosOrderLine')
    assert scalar(env, "SELECT full_read_mark FROM odoo_pos_cursor "
                       "WHERE odoo_model = 'pos.order.line'") is None
    rattail(env.path, '--no-versioning', 'import-odoo-pos', 'OdooPosOrderLine', '--full')
    assert scalar(env, "SELECT qty FROM odoo_pos_order_line WHERE odoo_id = :i",
                  i=ids[0]) != 999
    assert_equal_to_sandbox(env, sb)


def test_max_create_counts_across_batches(tmp_path, rattail_db_url, sandbox):
    sb = sandbox.sandbox
    env = make_rattail_env(tmp_path, rattail_db_url, {
        'default': sandbox.source_settings(batch_size=50)})
    rattail(env.path, '--no-versioning', 'import-odoo-pos', 'OdooPosOrderLine',
            '--max-create', '70')
    # orders and the rest were fetched on demand; lines stopped at the limit, in batch 2
    assert len(local_ids(env, 'odoo_pos_order_line')) == 70
    rattail(env.path, '--no-versioning', 'import-odoo-pos')
    assert_equal_to_sandbox(env, sb)
