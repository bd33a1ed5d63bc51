# SPDX-License-Identifier: GPL-3.0-or-later
"""The fault matrix: what goes wrong in real life, one scenario a test, each
run as a user runs it (``rattail`` subprocesses against the served sandbox and
a real PostgreSQL).  Every scenario ends the same way: once the fault is gone,
``odoo-pos-reconcile`` finds Odoo and Rattail equal for every store and day,
every Odoo id is stored once, and no command printed a Python traceback."""

from __future__ import annotations

import html
import http.server
import re
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from odoo_pos_dev.testing import (
    SMTPSink, assert_equal_to_sandbox, local_ids, rattail, rows, scalar)
from odoo_pos_dev.devenv import make_rattail_env
from rattail_odoo_pos.entities import ENTITIES

#: the sandbox's days (tests/conftest.py SANDBOX_SHAPE ends on generate.DEFAULT_END), with a margin
RANGE = ('--since', '2026-11-19', '--until', '2026-11-23')


def no_traceback(result: subprocess.CompletedProcess) -> None:
    assert 'Traceback' not in result.stderr + result.stdout, result.stderr[-3000:]


def failure_lines(result: subprocess.CompletedProcess) -> list[str]:
    """What the command printed on stderr (logging aside)."""
    return [line for line in result.stderr.splitlines() if line.strip()
            and not line[:4].isdigit()]         # log lines start with a timestamp


def assert_converged(env, sb) -> None:
    """Reconcile says equal, each Odoo id is stored once, and every
    transaction id and store/day total equals the sandbox."""
    result = rattail(env.path, 'odoo-pos-reconcile', *RANGE, check=False)
    no_traceback(result)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    for entity in ENTITIES.values():
        table = getattr(env.app.model, entity.class_name).__table__.name
        dupes = scalar(env, f"SELECT count(*) FROM (SELECT source, odoo_id FROM {table} "
                            "GROUP BY source, odoo_id HAVING count(*) > 1) d")
        assert dupes == 0, table
    assert_equal_to_sandbox(env, sb)
    assert scalar(env, "SELECT count(*) FROM odoo_pos_rejected") == 0


def with_settings(env, tmp_path: Path, text: str) -> Path:
    """A config file that includes the test's and adds *text*."""
    path = tmp_path / 'more.conf'
    path.write_text(f"[rattail.config]\ninclude = {env.path}\n\n{text}\n")
    return path


# -- deletions --------------------------------------------------------------------

def test_empty_read_with_delete_deletes_nothing(rattail_config, sandbox):
    env, sb = rattail_config, sandbox.sandbox
    rattail(env.path, '--no-versioning', 'import-odoo-pos')
    orders = local_ids(env, 'odoo_pos_order')
    # a record rule hides every order from the sync user (a wrong company, a revoked right)
    sb.record_rules['pos.order'] = [('id', '=', 0)]
    for extra in ((), ('--force-delete',)):
        result = rattail(env.path, '--no-versioning', 'import-odoo-pos', '--delete', *extra,
                         check=False)
        no_traceback(result)
        assert result.returncode == 3, result.stderr[-3000:]
        lines = failure_lines(result)
        assert len(lines) == 1, lines
        assert "Odoo source 'default': pos.order: Odoo returned no records at all" in lines[0]
        assert f"{len(orders):,} local record(s) were NOT deleted" in lines[0]
        assert local_ids(env, 'odoo_pos_order') == orders
    # the refusal shows where people look
    check = rattail(env.path, 'odoo-pos-check', check=False)
    assert check.returncode == 1 and 'Odoo returned no records at all' in check.stdout

    sb.record_rules.clear()
    again = rattail(env.path, '--no-versioning', 'import-odoo-pos', '--delete')
    no_traceback(again)
    assert scalar(env, "SELECT count(*) FROM odoo_pos_cursor WHERE last_error IS NOT NULL") == 0
    assert_converged(env, sb)


def test_a_model_shrunk_by_more_than_the_share_is_not_deleted(rattail_config, sandbox,
                                                              tmp_path):
    env, sb = rattail_config, sandbox.sandbox
    rattail(env.path, '--no-versioning', 'import-odoo-pos')
    customers = local_ids(env, 'odoo_pos_customer')
    # a fifth of the customers vanish from the sync user's view (none with orders:
    # Odoo refuses to delete those anyway)
    buyers = {o['partner_id'][0] for o in sb.search_read('pos.order', [], ['partner_id'])
              if o['partner_id']}
    hidden = [c for c in customers if c not in buyers][:len(customers) // 5]
    sb.record_rules['res.partner'] = [('id', 'not in', hidden)]
    result = rattail(env.path, '--no-versioning', 'import-odoo-pos', '--delete', check=False)
    no_traceback(result)
    assert result.returncode == 3
    [line] = failure_lines(result)
    assert (f"res.partner: refusing to delete {len(hidden)} of {len(customers)} local records"
            in line) and 'delete.max_share = 5%' in line and '--force-delete' in line
    assert local_ids(env, 'odoo_pos_customer') == customers

    # a higher share set by the site lets it through (and it is versioned as usual)
    more = with_settings(env, tmp_path, "[odoo_pos]\ndelete.max_share = 0.5")
    result = rattail(more, '--no-versioning', 'import-odoo-pos', '--delete', 'OdooPosCustomer',
                     check=False)
    assert result.returncode == 0, result.stderr[-3000:]
    assert local_ids(env, 'odoo_pos_customer') == [c for c in customers if c not in hidden]

    sb.record_rules.clear()
    rattail(env.path, '--no-versioning', 'import-odoo-pos', '--full', 'OdooPosCustomer')
    assert local_ids(env, 'odoo_pos_customer') == customers
    assert_converged(env, sb)


# -- bad values and dangling references -------------------------------------------

def test_values_that_fit_nowhere_are_set_aside_and_imported_once_fixed(rattail_config, sandbox):
    env, sb = rattail_config, sandbox.sandbox
    product = sb.search_read('product.product', [('active', '=', True)], ['name'])[0]
    customer = sb.search_read('res.partner', [('email', '!=', False)], ['name', 'email'])[0]
    nul_customer = sb.search_read('res.partner', [('id', '!=', customer['id'])], ['name'])[-1]
    order = sb.search_read('pos.order', [], ['amount_total', 'lines', 'payment_ids'])[0]
    long_name = 'Organic ' * 80                     # 640 characters: Odoo has no limit
    long_email = 'a' * 300 + '@example.com'
    sb.write('product.product', [product['id']], {'name': long_name})
    sb.write('res.partner', [customer['id']], {'email': long_email})
    sb.write('res.partner', [nul_customer['id']], {'name': 'Bad\x00Name'})
    sb.write('pos.order', [order['id']], {'amount_total': 1e10})

    result = rattail(env.path, '--no-versioning', 'import-odoo-pos', check=False)
    no_traceback(result)
    assert result.returncode == 0, result.stderr[-3000:]
    # long text lands whole in the Odoo tables, cut (with a warning) in Rattail's own
    assert scalar(env, "SELECT name FROM odoo_pos_product WHERE odoo_id = :i",
                  i=product['id']) == long_name
    assert scalar(env, "SELECT p.description FROM product p JOIN odoo_pos_product o "
                       "ON o.product_uuid = p.uuid WHERE o.odoo_id = :i",
                  i=product['id']) == long_name[:255]
    assert scalar(env, "SELECT email FROM odoo_pos_customer WHERE odoo_id = :i",
                  i=customer['id']) == long_email
    # the NUL and the amount are rejected, with the order's lines and payments
    rejected = {(r[0], r[1]): r[2] for r in rows(
        env, "SELECT odoo_model, odoo_id, reason FROM odoo_pos_rejected")}
    assert 'NUL character' in rejected[('res.partner', nul_customer['id'])]
    assert 'field amount_total 10000000000.00 is out of range' in \
        rejected[('pos.order', order['id'])]
    for line in order['lines']:
        assert f"refers to pos.order {order['id']}, which is rejected too" in \
            rejected[('pos.order.line', line)]
    for pay in order['payment_ids']:
        assert ('pos.payment', pay) in rejected
    assert len(rejected) == 2 + len(order['lines']) + len(order['payment_ids'])
    # ... and everything else is there
    assert order['id'] not in local_ids(env, 'odoo_pos_order')
    assert len(local_ids(env, 'odoo_pos_order')) == len(sb.ids('pos.order')) - 1

    # reconcile names the day and the rejected records that explain it
    result = rattail(env.path, 'odoo-pos-reconcile', *RANGE, check=False)
    no_traceback(result)
    assert result.returncode == 1
    assert f"pos.order {order['id']}" in result.stdout and 'out of range' in result.stdout
    # odoo-pos-check is unhealthy while any are open
    check = rattail(env.path, 'odoo-pos-check', check=False)
    assert check.returncode == 1 and f"{len(rejected)} rejected record(s)" in check.stdout

    # a plain run retries them, still rejected (the cursor has moved past them)
    rattail(env.path, '--no-versioning', 'import-odoo-pos')
    assert scalar(env, "SELECT min(attempts) FROM odoo_pos_rejected") == 2

    # Odoo fixed: the next run imports them and they leave the table
    sb.write('res.partner', [nul_customer['id']], {'name': 'Good Name'})
    sb.write('pos.order', [order['id']], {'amount_total': order['amount_total']})
    result = rattail(env.path, '--no-versioning', 'import-odoo-pos')
    no_traceback(result)
    assert_converged(env, sb)


def test_rejections_are_in_the_warnings_email(rattail_config, sandbox, tmp_path):
    env, sb = rattail_config, sandbox.sandbox
    rattail(env.path, '--no-versioning', 'import-odoo-pos')
    partner = sb.search_read('res.partner', [], ['name'])[-1]
    sb.write('res.partner', [partner['id']], {'name': 'Nul\x00Name'})
    sink = SMTPSink()
    try:
        conf = with_settings(env, tmp_path, (
            f"[rattail.mail]\nsend_emails = true\nsmtp.server = {sink.address}\n"
            "default.from = rattail@example.com\ndefault.to = back-office@example.com\n"))
        result = rattail(conf, '--no-versioning', 'import-odoo-pos', '--warnings')
    finally:
        sink.shutdown()
        sink.server_close()
    no_traceback(result)
    [msg] = sink.messages
    body = '\n'.join(part.get_payload(decode=True).decode()
                     for part in msg.walk() if part.get_content_maintype() == 'text')
    text = ' '.join(html.unescape(re.sub(r'<[^>]+>', ' ', body)).split())
    # the record, its Odoo model and id, and why; nothing else changed
    assert 'OdooPosRejected - 1 created, 0 updated, 0 deleted' in text
    assert f"OdooPosRejected - default:res.partner:{partner['id']} was created" in text
    assert "field name contains a NUL character, which PostgreSQL cannot store" in text
    assert 'OdooPosCustomer' not in text
    sb.write('res.partner', [partner['id']], {'name': partner['name']})
    rattail(env.path, '--no-versioning', 'import-odoo-pos')
    assert_converged(env, sb)


def test_a_line_whose_product_exists_nowhere_is_set_aside(rattail_config, sandbox):
    env, sb = rattail_config, sandbox.sandbox
    line = sb.search_read('pos.order.line', [], ['product_id', 'order_id'])[0]
    sb.write('pos.order.line', [line['id']], {'product_id': 999999})
    result = rattail(env.path, '--no-versioning', 'import-odoo-pos', check=False)
    no_traceback(result)
    assert result.returncode == 0, result.stderr[-3000:]
    [(model, odoo_id, reason)] = rows(env, "SELECT odoo_model, odoo_id, reason FROM odoo_pos_rejected")
    assert (model, odoo_id) == ('pos.order.line', line['id'])
    assert 'product_id refers to product.product 999999, which is neither in Rattail nor ' \
           'readable in Odoo' in reason
    # every other line and every payment arrived
    assert local_ids(env, 'odoo_pos_order_line') == [
        i for i in sb.ids('pos.order.line') if i != line['id']]
    assert local_ids(env, 'odoo_pos_payment') == sb.ids('pos.payment')
    result = rattail(env.path, 'odoo-pos-reconcile', *RANGE, check=False)
    assert result.returncode == 1 and f"pos.order.line {line['id']}" in result.stdout

    sb.write('pos.order.line', [line['id']], {'product_id': line['product_id'][0]})
    rattail(env.path, '--no-versioning', 'import-odoo-pos')
    assert_converged(env, sb)


# -- two runs at once ---------------------------------------------------------------

def test_two_imports_started_together_one_runs_one_skips(rattail_config, sandbox, tmp_path):
    env, sb = rattail_config, sandbox.sandbox
    conf = with_settings(env, tmp_path, "[odoo_pos]\nlock.wait_seconds = 1")
    # the first run is slow inside Odoo, so the second one meets its lock
    sb.faults.add('latency', model='pos.order', method='search_read', seconds=4)
    exe = Path(sys.executable).with_name('rattail')
    cmd = [str(exe), '-c', str(conf), '--no-versioning', 'import-odoo-pos']
    first = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while not scalar(env, "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'"):
        assert time.monotonic() < deadline and first.poll() is None
        time.sleep(0.1)
    second = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    out, err = first.communicate(timeout=300)
    assert first.returncode == 0, err[-3000:]
    no_traceback(second)
    assert second.returncode == 75, second.stderr[-3000:]
    [line] = failure_lines(second)
    assert line.startswith("import-odoo-pos skipped: Odoo source 'default': another run holds "
                           "its lock (held by rattail-odoo-pos import-odoo-pos pid "
                           f"{first.pid} on ")
    assert ' since 20' in line
    assert scalar(env, "SELECT count(*) FROM odoo_pos_cursor WHERE last_error IS NOT NULL") == 0
    assert_converged(env, sb)


def test_import_versions_waits_for_a_running_import(rattail_config, sandbox, tmp_path):
    from odoo_pos_dev.testing import add_user
    from rattail_odoo_pos.locks import SourceLocks
    env = rattail_config
    rattail(env.path, '--no-versioning', 'import-odoo-pos')
    add_user(env.path)
    conf = with_settings(env, tmp_path, "[odoo_pos]\nlock.wait_seconds = 0")
    with SourceLocks(env.config, ['default'], 'import-odoo-pos'):
        result = rattail(conf, '--runas', 'admin', 'import-versions', check=False)
    no_traceback(result)
    assert result.returncode == 75
    assert failure_lines(result) == [l for l in failure_lines(result)
                                     if l.startswith('import-versions skipped: ')]
    assert "another run holds its lock (held by rattail-odoo-pos import-odoo-pos pid" in \
        result.stderr
    assert scalar(env, "SELECT count(*) FROM odoo_pos_order_version") == 0
    # free again: it runs
    rattail(conf, '--runas', 'admin', 'import-versions')
    assert scalar(env, "SELECT count(*) FROM odoo_pos_order_version") == \
        len(sandbox.sandbox.ids('pos.order'))


# -- Odoo or PostgreSQL away --------------------------------------------------------

def test_odoo_down_at_connect_makes_the_source_unhealthy(rattail_config, sandbox, tmp_path):
    env, sb = rattail_config, sandbox.sandbox
    rattail(env.path, '--no-versioning', 'import-odoo-pos')
    check = rattail(env.path, 'odoo-pos-check', check=False)
    assert check.returncode == 0, check.stdout
    sandbox.server.stop()
    down = make_rattail_env(tmp_path / 'down', env.db_url, {'default': dict(
        sandbox.source_settings(), retries=0, timeout=2)})
    result = rattail(down.path, '--no-versioning', 'import-odoo-pos', check=False)
    no_traceback(result)
    assert result.returncode == 1
    lines = failure_lines(result)
    assert lines[0].startswith("import-odoo-pos failed: Cannot reach Odoo source 'default' at ")
    assert len(lines) == 2 and 'Re-run once fixed' in lines[1]
    [(error,)] = rows(env, "SELECT last_error FROM odoo_pos_source_status WHERE source = 'default'")
    assert 'Cannot reach Odoo source' in error and sandbox.password not in error
    # unhealthy at once, without asking Odoo (the status page's view) and in odoo-pos-check
    from rattail_odoo_pos import health
    session = env.app.make_session()
    try:
        verdict = health.check_source(env.config, 'default', ['pos.order'], session=session,
                                      cursor_model=env.app.model.OdooPosCursor, probe=False)
    finally:
        session.close()
    assert not verdict.healthy and 'last run failed: OdooConnectionError' in verdict.problems[0]
    check = rattail(down.path, 'odoo-pos-check', check=False)
    no_traceback(check)
    assert check.returncode == 1 and 'last run failed: OdooConnectionError' in check.stdout

    # Odoo back: the next run clears it
    sandbox.server = sb.serve(host='127.0.0.1', port=sandbox.port)
    rattail(env.path, '--no-versioning', 'import-odoo-pos')
    assert rows(env, "SELECT last_error FROM odoo_pos_source_status") == [(None,)]
    assert_converged(env, sb)


def test_postgresql_lost_mid_run_is_one_line_and_a_rerun_converges(rattail_config, sandbox):
    env, sb = rattail_config, sandbox.sandbox
    # payments are slow to come, so the run is caught half-way (orders and lines
    # committed, payments not; the payments' first page is read while the last
    # lines are written, so it is the model after the one waited for)
    sb.faults.add('latency', model='pos.payment', method='search_read', seconds=3, times=3)
    exe = Path(sys.executable).with_name('rattail')
    run = subprocess.Popen([str(exe), '-c', str(env.path), '--no-versioning', 'import-odoo-pos'],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while not scalar(env, "SELECT count(*) FROM odoo_pos_order_line"):
        assert time.monotonic() < deadline and run.poll() is None
        time.sleep(0.1)
    # what a PostgreSQL restart does to its clients: every connection is cut
    dbname = env.db_url.rsplit('/', 1)[-1]
    scalar(env, "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                "WHERE datname = :db AND pid <> pg_backend_pid()", db=dbname)
    out, err = run.communicate(timeout=300)
    result = subprocess.CompletedProcess(run.args, run.returncode, out, err)
    no_traceback(result)
    assert result.returncode == 1
    lines = failure_lines(result)
    assert len(lines) == 2, lines
    assert lines[0].startswith("import-odoo-pos failed: PostgreSQL error (OperationalError): ")
    assert 're-run' in lines[1]
    assert scalar(env, "SELECT count(*) FROM odoo_pos_payment") < len(sb.ids('pos.payment'))

    sb.faults.clear()
    result = rattail(env.path, '--no-versioning', 'import-odoo-pos')
    no_traceback(result)
    assert_converged(env, sb)


# -- wrong configuration ------------------------------------------------------------

class _NotOdoo(http.server.BaseHTTPRequestHandler):
    bodies: list[bytes] = []

    def do_POST(self):
        length = int(self.headers.get('Content-Length') or 0)
        type(self).bodies.append(self.path.encode() + b' ' + self.rfile.read(length))
        body = b'{"hello": "world"}'
        self.send_response(200)
        self.send_header('Content-Type', 'application/json')
        self.send_header('Content-Length', str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST

    def log_message(self, *args):
        pass


@pytest.mark.parametrize('case', ['no scheme', 'not odoo'])
def test_a_url_without_scheme_or_a_server_that_is_not_odoo(case, tmp_path, rattail_db_url,
                                                           sandbox):
    secret = 'hunter2-very-secret'
    server = None
    if case == 'no scheme':
        url = f'127.0.0.1:{sandbox.port}'
    else:
        _NotOdoo.bodies = []
        server = http.server.ThreadingHTTPServer(('127.0.0.1', 0), _NotOdoo)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        url = f'http://127.0.0.1:{server.server_address[1]}'
    try:
        env = make_rattail_env(tmp_path, rattail_db_url, {'default': dict(
            url=url, database='pos17', login='admin', secret=secret, retries=0, timeout=5)})
        calls = sandbox.sandbox.call_count
        result = rattail(env.path, '--no-versioning', 'import-odoo-pos', check=False)
    finally:
        if server is not None:
            server.shutdown()
            server.server_close()
    no_traceback(result)
    assert secret not in result.stdout + result.stderr
    lines = failure_lines(result)
    if case == 'no scheme':
        assert result.returncode == 2
        assert lines == [l for l in lines if l.startswith('import-odoo-pos: configuration error')]
        assert f"'{url}'" in lines[0] and 'http' in lines[0]
        assert sandbox.sandbox.call_count == calls          # nothing was sent anywhere
    else:
        assert result.returncode == 1
        assert 'does not answer like an Odoo server' in lines[0]
        assert _NotOdoo.bodies and not any(secret.encode() in b for b in _NotOdoo.bodies)
    assert scalar(env, "SELECT count(*) FROM odoo_pos_order") == 0




def test_odoo_refusing_a_refund_search_asked_beside_the_next_page(tmp_path, rattail_db_url,
                                                                   sandbox):
    """On a first load, which orders of a page are refunds is asked in a side
    thread while the next page is read (OdooPosImporter.read_ahead).  Odoo
    refusing that question ends the run as any refused read does: one line
    naming it; no order is stored with a wrong refund flag (the order lines,
    which go on, import the orders they need on demand, asking again); the
    next run converges."""
    sb = sandbox.sandbox
    env = make_rattail_env(tmp_path, rattail_db_url,
                           {'default': sandbox.source_settings(batch_size=7)})
    keys = [e.class_name for e in ENTITIES.values()]
    rattail(env.path, '--no-versioning', 'import-odoo-pos', *keys[:keys.index('OdooPosOrder')])
    assert local_ids(env, 'odoo_pos_order') == []
    # the orders' first refund search (pos.order.line by order_id) is refused
    sb.faults.add('odoo_error', model='pos.order.line', method='search_read', times=1,
                  name='odoo.exceptions.AccessError', message="refund search refused")
    result = rattail(env.path, '--no-versioning', 'import-odoo-pos', check=False)
    no_traceback(result)
    assert sb.faults.fired and not sb.faults.pending
    assert result.returncode != 0
    lines = failure_lines(result)
    assert any('pos.order.line.search_read failed' in line and 'refund search refused' in line
               for line in lines), lines
    refunds = {line['order_id'][0] for line in sb.search_read(
        'pos.order.line', [('refunded_orderline_id', '!=', False)], ['order_id'])}
    assert refunds, "the sandbox has no refund"
    stored = dict(rows(env, "SELECT odoo_id, is_refund FROM odoo_pos_order"))
    assert stored, "nothing to compare"
    assert stored == {i: i in refunds for i in stored}
    rattail(env.path, '--no-versioning', 'import-odoo-pos')
    assert_converged(env, sb)
