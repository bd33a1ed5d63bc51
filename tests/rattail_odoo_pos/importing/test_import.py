# SPDX-License-Identifier: GPL-3.0-or-later
"""The initial load and re-runs, as a user runs them (``rattail`` subprocesses),
compared with what the sandbox holds."""

from __future__ import annotations

from decimal import Decimal

from rattail_odoo_pos.entities import ENTITIES
from odoo_pos_dev.testing import (
    add_user, local_ids, rattail, rattail_totals, rows, sandbox_totals, scalar)


def not_public(sb) -> list:
    """The domain of the partners that are customers: all but the public partner."""
    [xid] = sb.search_read('ir.model.data', [('module', '=', 'base'),
                                              ('name', '=', 'public_partner')], ['res_id'])
    return [('id', '!=', xid['res_id'])]


def test_initial_load_then_versions_matches_the_sandbox(rattail_config, sandbox):
    env, sb = rattail_config, sandbox.sandbox
    rattail(env, '--no-versioning', 'import-odoo-pos')
    add_user(env)
    rattail(env, '--runas', 'admin', 'import-versions', '-m', 'initial data from Odoo POS')
    # every entity of the one table: each Odoo id exactly once
    shop_locations = [w['lot_stock_id'][0] for w in sb.search_read(
        'stock.warehouse', [('id', 'in', [c['warehouse_id'][0] for c in sb.search_read(
            'pos.config', [], ['warehouse_id'])])], ['lot_stock_id'])]
    for entity in ENTITIES.values():
        # stock is read for the shops' stock locations only
        domain = [('location_id', 'in', shop_locations)] if not entity.countable else []
        if entity.key == 'customer':     # the public partner is no customer
            domain = not_public(sb)
        table = entity.model_class.__tablename__
        assert local_ids(env, table) == sb.ids(entity.odoo_model, domain), table
        assert sb.ids(entity.odoo_model, domain), f"the sandbox has no {entity.odoo_model}"
    assert rattail_totals(env) == sandbox_totals(sb)
    # native rows and their fields
    stores = rows(env,
        "SELECT s.name, x.timezone, x.odoo_id FROM store s JOIN odoo_pos_store x "
        "ON x.store_uuid = s.uuid ORDER BY x.odoo_id")
    configs = sb.search_read('pos.config', [], ['name'])
    assert [(r[0], r[2]) for r in stores] == [(c['name'], c['id']) for c in configs]
    assert [r[1] for r in stores] == ['America/Los_Angeles', 'America/Chicago',
                                      'America/New_York']
    products = dict(rows(env,
        "SELECT x.odoo_id, p.description FROM product p JOIN odoo_pos_product x "
        "ON x.product_uuid = p.uuid"))
    assert products == {p['id']: p['name'] for p in sb.search_read(
        'product.product', [], ['name'])}
    archived = sb.ids('product.product', [('active', '=', False)])
    inactive = sorted(r[0] for r in rows(env,
        "SELECT odoo_id FROM odoo_pos_product WHERE NOT active"))
    assert archived and inactive == archived
    customers = dict(rows(env,
        "SELECT x.odoo_id, c.name FROM customer c JOIN odoo_pos_customer x "
        "ON x.customer_uuid = c.uuid"))
    assert customers == {p['id']: p['name'] or None for p in sb.search_read(
        'res.partner', not_public(sb), ['name'])}
    taxes = dict(rows(env,
        "SELECT x.odoo_id, t.rate FROM tax t JOIN odoo_pos_tax x ON x.tax_uuid = t.uuid"))
    assert taxes == {t['id']: Decimal(repr(t['amount'])).quantize(Decimal('0.00001'))
                     for t in sb.search_read('account.tax', [], ['amount'])}
    # refunds keep the link to the refunded line
    refunds = scalar(env,
        "SELECT count(*) FROM odoo_pos_order_line WHERE refunded_line_uuid IS NOT NULL")
    assert refunds == sb.count('pos.order.line', [('refunded_orderline_id', '!=', False)])
    # import-versions wrote a version of every row
    assert scalar(env, "SELECT count(*) FROM odoo_pos_order_line_version") \
        == sb.count('pos.order.line')
    transactions = scalar(env, "SELECT count(*) FROM transaction")

    # a second run of unchanged data: no change, no new version
    second = rattail(env, 'import-odoo-pos')
    assert 'added 1' not in second.stderr
    assert scalar(env, "SELECT count(*) FROM transaction") == transactions
    assert rattail_totals(env) == sandbox_totals(sb)


def test_second_full_run_reports_zero_changes(rattail_config, sandbox):
    """With --warnings, a run that changes something logs (and mails) its
    changes; a full re-read of unchanged data changes nothing."""
    env, sb = rattail_config, sandbox.sandbox
    first = rattail(env, '--no-versioning', 'import-odoo-pos', '--warnings')
    summary = [l for l in first.stderr.splitlines() if 'added' in l and 'updated' in l]
    assert any(f"added {sb.count('pos.order.line'):,d}; updated 0; deleted 0 OdooPosOrderLine records"
               in l for l in summary), first.stderr[-3000:]
    again = rattail(env, '--no-versioning', 'import-odoo-pos', '--full', '--warnings')
    assert not [l for l in again.stderr.splitlines() if 'added' in l], again.stderr[-3000:]
    sb.set_price(30, 99.99)
    third = rattail(env, '--no-versioning', 'import-odoo-pos', '--warnings')
    changed = [l for l in third.stderr.splitlines() if 'added' in l]
    assert changed == [l for l in changed if 'OdooPosProduct' in l] and \
        'added 0; updated 1; deleted 0 OdooPosProduct records' in changed[0], third.stderr[-3000:]


def test_dry_run_writes_nothing(rattail_config, sandbox):
    env = rattail_config
    result = rattail(env, '--no-versioning', 'import-odoo-pos', '--dry-run', '--warnings')
    assert 'OdooPosOrderLine records (dry run)' in result.stderr
    for table in ('odoo_pos_order', 'odoo_pos_store', 'store', 'product', 'odoo_pos_cursor'):
        assert scalar(env, f"SELECT count(*) FROM {table}") == 0, table


def test_list_models_and_unknown_source(rattail_config):
    env = rattail_config
    listing = rattail(env, 'import-odoo-pos', '--list-all-models').stdout
    for name in ('OdooPosStore', 'OdooPosOrder', 'OdooPosOrderLine', 'OdooPosPayment'):
        assert name in listing
    bad = rattail(env, '--no-versioning', 'import-odoo-pos', '--source', 'nope', check=False)
    assert bad.returncode == 2 and "unknown Odoo source(s) nope" in bad.stderr


def test_money_float_noise_is_rounded_to_the_cent(rattail_config, sandbox):
    env, sb = rattail_config, sandbox.sandbox
    session = sb.open_session(1)
    # 3 x 25.2 = 75.60000000000001 in floats
    order = sb.new_order(session, [dict(product_id=30, qty=3, price_unit=25.2)],
                         payments=[(1, 100.0)])
    raw = sb.search_read('pos.order.line', [('order_id', '=', order)],
                         ['price_subtotal'])[0]['price_subtotal']
    assert repr(raw) == '75.60000000000001'
    rattail(env, '--no-versioning', 'import-odoo-pos')
    stored = scalar(env, "SELECT l.price_subtotal FROM odoo_pos_order_line l JOIN odoo_pos_order o "
                         "ON o.uuid = l.order_uuid WHERE o.odoo_id = :id", id=order)
    assert stored == Decimal('75.60')


def test_unreachable_odoo_is_a_clear_error(tmp_path, rattail_db_url):
    """Connection refused, retried twice: the console shows one error line
    naming the attempts (and the standing hint), not a line per retry, no
    traceback, no secret; --debug shows the retries."""
    from odoo_pos_dev.devenv import make_rattail_env
    env = make_rattail_env(tmp_path, rattail_db_url, {'default': dict(
        url='http://127.0.0.1:9', database='pos17', login='admin', secret='hunter2-secret',
        timeout=2, retries=2, backoff=0.01)})
    result = rattail(env, '--no-versioning', 'import-odoo-pos', check=False)
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert len(lines) == 2 and lines[1].startswith("What did not fail"), lines
    error = lines[0]
    assert error.startswith("import-odoo-pos failed: Cannot reach Odoo source 'default'"), lines
    assert 'after 3 attempts' in error and 'Is the server running' in error
    assert not [line for line in lines if 'retry' in line], lines
    assert 'Traceback' not in result.stderr and 'WARNING' not in result.stderr
    assert 'hunter2-secret' not in result.stderr + result.stdout
    # the check prints its report on stdout; nothing of the retries on stderr
    check = rattail(env, '--no-versioning', 'odoo-pos-check', check=False)
    assert check.returncode == 1 and 'reachable no' in check.stdout
    assert 'after 3 attempts' in check.stdout and check.stderr == '', check.stderr
    # --debug: the retries (and the traceback) are there, still without the secret
    debug = rattail(env, '--no-versioning', 'import-odoo-pos', '--debug', check=False)
    assert debug.returncode == 1
    retries = [line for line in debug.stderr.splitlines() if 'retry' in line]
    assert len(retries) == 2 and 'retry 1 of 2' in retries[0] and 'retry 2 of 2' in retries[1]
    assert 'ConnectionRefused' in retries[0] or 'URLError' in retries[0], retries
    assert 'hunter2-secret' not in debug.stderr + debug.stdout


def test_refunds_are_recognised_by_their_lines_not_their_name(rattail_config, sandbox):
    env, sb = rattail_config, sandbox.sandbox
    refunds = {line['order_id'][0] for line in sb.search_read(
        'pos.order.line', [('refunded_orderline_id', '!=', False)], ['order_id'])}
    assert refunds, "the sandbox has no refund to check"
    # Odoo 18 names a refund from the shop's sequence, like any order
    renamed = sorted(refunds)[0]
    sb.write('pos.order', [renamed], {'name': 'Shop/0999'})
    # and an order named like a 17 refund without refunding anything is a sale
    sale = next(i for i in sb.ids('pos.order') if i not in refunds)
    sb.write('pos.order', [sale], {'name': 'Shop/0998 REFUND'})
    rattail(env, '--no-versioning', 'import-odoo-pos')
    flagged = {r[0] for r in rows(env, "SELECT odoo_id FROM odoo_pos_order WHERE is_refund")}
    assert flagged == refunds


def test_refund_look_up_asks_a_range_for_close_ids_and_lists_for_scattered(rattail_config,
                                                                           sandbox):
    """Which orders of a batch are refunds: a first load's window of ids close
    together is one call on a range of order ids, scattered ids (an incremental
    run's) are asked by list; either way the answer is exactly the refunds among
    the ids asked, never one outside them."""
    from rattail.config import make_config
    from rattail_odoo_pos.importing.odoo_pos import refund_orders
    sb = sandbox.sandbox
    truth = {line['order_id'][0] for line in sb.search_read(
        'pos.order.line', [('refunded_orderline_id', '!=', False)], ['order_id'])}
    ids = sorted(sb.ids('pos.order'))
    assert len(truth) >= 2 and len(ids) >= 40, "the sandbox has too few refunds to check"
    config = make_config([str(rattail_config.path)], usedb=False, versioning=False)
    handler = config.get_app().get_import_handler('to_rattail.from_odoo_pos.import',
                                                  require=True)
    handler.begin_host_transaction()
    client = handler.get_client('default')
    domains = []
    real = client.search_read

    def recording(model, domain, *args, **kwargs):
        domains.append(domain)
        return real(model, domain, *args, **kwargs)
    client.search_read = recording
    first = min(truth)
    around = ids[ids.index(first) - 1:ids.index(first) + 20] if first != ids[0] else ids[:20]
    cases = {
        'all': (ids, 'range'),
        'a window': (around, 'range'),
        'a window without its refund': ([i for i in around if i != first], 'range'),
        'scattered': (ids[::5] + [first], 'list'),
        'one refund alone': ([max(truth)], 'range'),
        'nothing': ([], None),
    }
    for case, (asked, how) in cases.items():
        domains.clear()
        got = refund_orders(client, asked)
        assert got == truth & set(asked), case
        if how is None:
            assert domains == [], case
            continue
        assert len(domains) == 1, case
        kinds = {leaf[1] for leaf in domains[0] if leaf[0] == 'order_id'}
        assert kinds == ({'>=', '<='} if how == 'range' else {'in'}), (case, domains)
    assert refund_orders(client, [i for i in ids if i not in truth]) == set()
