# SPDX-License-Identifier: GPL-3.0-or-later
"""Incremental runs pick up what a shop's day changes in Odoo (scripted in the
sandbox), including changes Odoo makes without moving the parent's write_date."""

from __future__ import annotations

from decimal import Decimal

from odoo_pos_dev.testing import add_user, rattail, rows


def test_line_and_payment_changes_arrive_without_the_order_moving(rattail_config, sandbox):
    env, sb = rattail_config, sandbox.sandbox
    rattail(env, '--no-versioning', 'import-odoo-pos')
    line = sb.search_read('pos.order.line', [], ['order_id', 'qty'], order='id')[0]
    payment = sb.search_read('pos.payment', [], ['pos_order_id', 'amount'], order='id')[0]
    order_stamp = sb.search_read('pos.order', [('id', '=', line['order_id'][0])],
                                 ['write_date'])[0]['write_date']
    sb.clock.advance(30)
    sb.write('pos.order.line', [line['id']], {'qty': line['qty'] + 5})
    sb.write('pos.payment', [payment['id']], {'amount': payment['amount'] + 1.25})
    assert sb.search_read('pos.order', [('id', '=', line['order_id'][0])],
                          ['write_date'])[0]['write_date'] == order_stamp
    rattail(env, '--no-versioning', 'import-odoo-pos')
    assert rows(env, "SELECT qty FROM odoo_pos_order_line WHERE odoo_id = :i",
                 i=line['id'])[0][0] == Decimal(str(line['qty'] + 5)).quantize(Decimal('0.001'))
    assert rows(env, "SELECT amount FROM odoo_pos_payment WHERE odoo_id = :i",
                 i=payment['id'])[0][0] == \
        Decimal(repr(payment['amount'] + 1.25)).quantize(Decimal('0.01'))


def test_a_day_of_master_data_changes_arrives(rattail_config, sandbox):
    """A price change, an archived product, a deleted customer, a new store and
    a new payment method all arrive; the deleted customer is gone with a version
    row saying so, the archived product is inactive."""
    env, sb = rattail_config, sandbox.sandbox
    rattail(env, '--no-versioning', 'import-odoo-pos')
    add_user(env)
    rattail(env, '--runas', 'admin', 'import-versions', '-m', 'initial')
    customer = sb.create('res.partner', {'name': 'Leaving Customer', 'email': 'bye@example.com'})
    rattail(env, '--runas', 'admin', 'import-odoo-pos')
    sb.clock.advance(30)
    sb.set_price(30, 123.45)
    sb.archive('product.product', [31])
    sb.unlink('res.partner', [customer])
    store = sb.create('pos.config', {'name': 'Airport Kiosk', 'warehouse_id': 1,
                                     'payment_method_ids': [1, 2]})
    method = sb.create('pos.payment.method', {'name': 'Voucher', 'is_cash_count': False})
    rattail(env, '--runas', 'admin', 'import-odoo-pos', '--delete')

    assert rows(env, "SELECT list_price FROM odoo_pos_product WHERE odoo_id = 30")[0][0] == \
        Decimal('123.4500')
    assert rows(env, "SELECT active FROM odoo_pos_product WHERE odoo_id = 31")[0][0] is False
    assert rows(env, "SELECT count(*) FROM odoo_pos_customer WHERE odoo_id = :i",
                 i=customer)[0][0] == 0
    # the deletion is versioned (operation_type 2 = delete)
    assert rows(env, "SELECT operation_type FROM odoo_pos_customer_version WHERE odoo_id = :i "
                      "ORDER BY transaction_id DESC LIMIT 1", i=customer)[0][0] == 2
    assert rows(env, "SELECT s.name FROM store s JOIN odoo_pos_store x ON x.store_uuid = s.uuid "
                      "WHERE x.odoo_id = :i", i=store)[0][0] == 'Airport Kiosk'
    assert rows(env, "SELECT t.name FROM tender t JOIN odoo_pos_tender x "
                      "ON x.tender_uuid = t.uuid WHERE x.odoo_id = :i", i=method)[0][0] == 'Voucher'
    # archived products are never deleted
    assert rows(env, "SELECT count(*) FROM odoo_pos_product WHERE NOT active")[0][0] == \
        len(sb.ids('product.product', [('active', '=', False)]))


def test_a_failed_run_leaves_its_error_on_the_cursor(tmp_path, rattail_db_url, sandbox):
    """What the sync status page and odoo-pos-check show comes from here."""
    from odoo_pos_dev.devenv import make_rattail_env
    env = make_rattail_env(tmp_path, rattail_db_url,
                           {'default': sandbox.source_settings(retries=0)})
    sandbox.sandbox.faults.add('http500', model='pos.payment', method='search_read', times=50)
    failed = rattail(env, '--no-versioning', 'import-odoo-pos', check=False)
    assert failed.returncode == 1
    errors = dict(rows(env, "SELECT odoo_model, last_error FROM odoo_pos_cursor "
                             "WHERE last_error IS NOT NULL"))
    assert list(errors) == ['pos.payment'] and 'HTTP 500' in errors['pos.payment']
    # the models before it were imported and their cursors say so
    assert rows(env, "SELECT last_success IS NOT NULL FROM odoo_pos_cursor "
                      "WHERE odoo_model = 'pos.order.line'")[0][0] is True
    sandbox.sandbox.faults.clear()
    rattail(env, '--no-versioning', 'import-odoo-pos')
    assert rows(env, "SELECT count(*) FROM odoo_pos_cursor WHERE last_error IS NOT NULL")[0][0] == 0
