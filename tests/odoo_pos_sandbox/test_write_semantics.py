# SPDX-License-Identifier: GPL-3.0-or-later
"""The sandbox's write path behaves as NOTES-write.md says real Odoo 17 does,
checked over real HTTP with odoorpc (what an exporter meets)."""

from __future__ import annotations

import datetime

import odoorpc
import pytest

from odoo_pos_dev.testing import execute as ex, odoo_login as login


def error_of(call):
    with pytest.raises(odoorpc.error.RPCError) as info:
        call()
    data = info.value.info['data']
    return data['name'], data['message']


def tick(sandbox, seconds=1.5):
    sandbox.sandbox.clock.advance(seconds)


def test_create_a_dict_or_a_list_and_the_lst_price_inverse(sandbox):
    odoo = login(sandbox)
    parent = ex(odoo, 'pos.category', 'create', {'name': 'Parent'})
    [child] = ex(odoo, 'pos.category', 'create', [{'name': 'Child', 'parent_id': parent}])
    assert isinstance(parent, int) and child > parent
    ids = ex(odoo, 'product.product', 'create', [
        {'name': f"P{i}", 'barcode': f"29688460{i:04d}", 'lst_price': 2.0 + i,
         'pos_categ_ids': [(6, 0, [child])]} for i in range(3)])
    assert len(ids) == 3 and ids == sorted(ids)
    [variant] = ex(odoo, 'product.product', 'read', [ids[1]],
                   fields=['lst_price', 'product_tmpl_id', 'write_date', 'pos_categ_ids'])
    tmpl_id = variant['product_tmpl_id'][0]
    assert tmpl_id != ids[1] and variant['lst_price'] == 3.0
    assert variant['pos_categ_ids'] == [child]

    tick(sandbox)
    assert ex(odoo, 'product.product', 'write', [ids[1]], {'lst_price': 19.99}) is True
    [tmpl] = ex(odoo, 'product.template', 'read', [tmpl_id], fields=['list_price', 'write_date'])
    [after] = ex(odoo, 'product.product', 'read', [ids[1]], fields=['lst_price', 'write_date'])
    assert tmpl['list_price'] == 19.99                      # the template's column
    assert after['lst_price'] == 19.990000000000002         # read through the variant
    assert tmpl['write_date'] == after['write_date'] > variant['write_date']

    tick(sandbox)
    ex(odoo, 'product.product', 'write', [ids[1]], {'barcode': 296884609999})
    [tmpl2] = ex(odoo, 'product.template', 'read', [tmpl_id],
                 fields=['barcode', 'write_date'])
    assert tmpl2 == {'id': tmpl_id, 'barcode': '296884609999', 'write_date': tmpl['write_date']}


def test_x2many_commands(sandbox):
    odoo = login(sandbox)
    a, b = ex(odoo, 'pos.category', 'create', [{'name': 'B cat'}, {'name': 'A cat'}])
    pid = ex(odoo, 'product.product', 'create', {'name': 'X2many'})

    def categs():
        return ex(odoo, 'product.product', 'read', [pid], fields=['pos_categ_ids'])[0][
            'pos_categ_ids']
    ex(odoo, 'product.product', 'write', [pid], {'pos_categ_ids': [(6, 0, [a, b])]})
    assert categs() == [b, a]                    # in pos.category's order (by name)
    ex(odoo, 'product.product', 'write', [pid], {'pos_categ_ids': [(3, b)]})
    assert categs() == [a]
    ex(odoo, 'product.product', 'write', [pid], {'pos_categ_ids': [(4, b, 0)]})
    assert categs() == [b, a]
    ex(odoo, 'product.product', 'write', [pid], {'pos_categ_ids': [(5,)]})
    assert categs() == []
    name, message = error_of(lambda: ex(odoo, 'product.product', 'write', [pid],
                                        {'pos_categ_ids': [(6, 0, [999999])]}))
    assert name == 'odoo.exceptions.ValidationError'
    assert 'Constraint: pos_category_product_template_rel_pos_category_id_fkey' in message


def test_barcode_unique_among_active_products_only(sandbox):
    odoo = login(sandbox)
    holder = ex(odoo, 'product.product', 'create',
                {'name': 'Holder', 'default_code': 'H-1', 'barcode': '296884600777'})
    name, message = error_of(lambda: ex(odoo, 'product.product', 'create',
                                        {'name': 'Second', 'barcode': '296884600777'}))
    assert name == 'odoo.exceptions.ValidationError'
    assert message == ('Barcode(s) already assigned:\n\n- Barcode "296884600777" already '
                       'assigned to product(s): [H-1] Holder, Second\n\nNote: products that '
                       "you don't have access to will not be shown above.")
    assert not ex(odoo, 'product.product', 'search', [('name', '=', 'Second')],
                  context={'active_test': False})              # nothing was created
    ex(odoo, 'product.product', 'write', [holder], {'active': False})
    second = ex(odoo, 'product.product', 'create', {'name': 'Second', 'barcode': '296884600777'})
    ex(odoo, 'product.product', 'write', [holder], {'active': True})     # accepted
    assert ex(odoo, 'product.product', 'search', [('barcode', '=', '296884600777')]) == \
        sorted([holder, second])


def test_required_name_unknown_field_wrong_type_and_deleted_ids(sandbox):
    odoo = login(sandbox)
    for vals in ({'name': False, 'lst_price': 1.0}, {'lst_price': 1.0}):
        name, message = error_of(lambda: ex(odoo, 'product.product', 'create', vals))
        assert name == 'odoo.exceptions.ValidationError'
        assert message.endswith("Model: Product (product.template)\nField: Name (name)\n")
    pid = ex(odoo, 'product.product', 'create', {'name': 'Kept'})
    assert error_of(lambda: ex(odoo, 'product.product', 'write', [pid], {'lst_price': 'abc'})) \
        == ('builtins.ValueError', "could not convert string to float: 'abc'")
    assert error_of(lambda: ex(odoo, 'product.product', 'write', [pid], {'nope': 1})) == \
        ('builtins.ValueError', "Invalid field 'nope' on model 'product.product'")
    gone = ex(odoo, 'product.product', 'create', {'name': 'Gone'})
    ex(odoo, 'product.product', 'unlink', [gone])
    assert ex(odoo, 'product.product', 'read', [gone], fields=['name']) == []
    assert error_of(lambda: ex(odoo, 'product.product', 'write', [pid, gone],
                               {'name': 'Not stored'})) == (
        'odoo.exceptions.MissingError', "Record does not exist or has been deleted.\n"
        f"(Record: product.product({gone},), User: 2)")
    assert ex(odoo, 'product.product', 'read', [pid], fields=['name'])[0]['name'] == 'Kept'
    # a deleted id is not given again (PostgreSQL sequences)
    assert ex(odoo, 'product.product', 'create', {'name': 'After'}) > gone


def test_unlink_rules_while_a_pos_session_is_open(sandbox):
    odoo = login(sandbox)
    assert sandbox.sandbox.open_sessions()                   # the last day's sessions
    pid = ex(odoo, 'product.product', 'create', {'name': 'In POS', 'available_in_pos': True})
    tmpl = ex(odoo, 'product.product', 'read', [pid], fields=['product_tmpl_id'])[0][
        'product_tmpl_id'][0]
    name, message = error_of(lambda: ex(odoo, 'product.product', 'unlink', [pid]))
    assert name == 'odoo.exceptions.UserError'
    assert message.startswith("To delete a product, make sure all point of sale sessions "
                              "are closed.")
    ex(odoo, 'product.product', 'write', [pid], {'available_in_pos': False})
    assert ex(odoo, 'product.product', 'unlink', [pid]) is True
    assert ex(odoo, 'product.template', 'search_count', [('id', '=', tmpl)],
              context={'active_test': False}) == 0         # the template went too
    categ = ex(odoo, 'pos.category', 'create', {'name': 'Stays'})
    assert error_of(lambda: ex(odoo, 'pos.category', 'unlink', [categ])) == (
        'odoo.exceptions.UserError',
        'You cannot delete a point of sale category while a session is still opened.')
    config = sandbox.sandbox.search_read('pos.config', [], ['id'])[0]['id']
    ex(odoo, 'pos.config', 'write', [config], {'name': 'Renamed'})
    assert error_of(lambda: ex(odoo, 'pos.config', 'write', [config],
                               {'limit_categories': True})) == (
        'odoo.exceptions.UserError', "Unable to modify this PoS Configuration because you "
        "can't modify Restrict Categories while a session is open.")


def test_partners_archive_and_unlink(sandbox):
    odoo = login(sandbox)
    sb = sandbox.sandbox
    pid = ex(odoo, 'res.partner', 'create', {'name': 'Customer', 'email': 'c@example.com'})
    [rec] = ex(odoo, 'res.partner', 'read', [pid],
               fields=['customer_rank', 'type', 'company_id', 'active'])
    assert rec == {'id': pid, 'customer_rank': 0, 'type': 'contact', 'company_id': False,
                   'active': True}
    ex(odoo, 'res.partner', 'write', [pid], {'active': False})
    assert ex(odoo, 'res.partner', 'search', [('id', '=', pid)]) == []
    assert ex(odoo, 'res.partner', 'read', [pid], fields=['active'])[0]['active'] is False
    # on a draft POS order: deleted, the order's partner emptied, its write_date kept
    session = next(iter(sb.open_sessions().values()))
    order = ex(odoo, 'pos.order', 'create', {'session_id': session, 'partner_id': pid,
                                             'amount_tax': 0.0, 'amount_total': 0.0,
                                             'amount_paid': 0.0, 'amount_return': 0.0})
    before = ex(odoo, 'pos.order', 'read', [order], fields=['name', 'state', 'write_date'])[0]
    assert (before['name'], before['state']) == ('/', 'draft')
    tick(sandbox)
    assert ex(odoo, 'res.partner', 'unlink', [pid]) is True
    after = ex(odoo, 'pos.order', 'read', [order], fields=['partner_id', 'write_date'])[0]
    assert after == {'id': order, 'partner_id': False, 'write_date': before['write_date']}
    # with an invoice: refused
    invoiced = sb.create('res.partner', {'name': 'Invoiced'})
    sb.create('account.move', {'name': 'INV/1', 'move_type': 'out_invoice', 'state': 'posted',
                               'partner_id': invoiced, 'date': datetime.date(2026, 11, 22)})
    assert error_of(lambda: ex(odoo, 'res.partner', 'unlink', [invoiced])) == (
        'odoo.exceptions.UserError',
        'The partner cannot be deleted because it is used in Accounting')


def test_posuser_cannot_create_master_data(sandbox):
    odoo = login(sandbox, 'posuser', 'posuser')
    for model, vals, groups in [
            ('product.product', {'name': 'x'}, '\t- Administration/Settings\n\t- Inventory/'
             'Administrator\n\t- Invoicing/Billing Administrator\n\t- Point of Sale/'
             'Administrator\n'),
            ('pos.category', {'name': 'x'}, '\t- Point of Sale/Administrator\n'),
            ('res.partner', {'name': 'x'}, '\t- Extra Rights/Contact Creation\n\t- Inventory/'
             'Administrator\n')]:
        name, message = error_of(lambda: ex(odoo, model, 'create', vals))
        assert name == 'odoo.exceptions.AccessError'
        assert f"({model}) records.\n\nThis operation is allowed for the following groups:\n" \
               f"{groups}\nContact your administrator" in message
    assert sandbox.sandbox.count('pos.category', [('name', '=', 'x')]) == 0
