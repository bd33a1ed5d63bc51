# SPDX-License-Identifier: GPL-3.0-or-later
"""Odoo's public partner (``base.public_partner``, the partner of the archived
``public`` user) is no customer: never imported; where an earlier version
imported it (or the sync user could not tell which partner it is), the next
``--delete`` run removes it; an order of it keeps no customer."""

from __future__ import annotations

from odoo_pos_dev.testing import local_ids, rattail, rows, scalar


def public_partner(sb) -> int:
    """What the sandbox says the public partner is (both ways Odoo has)."""
    [xid] = sb.search_read('ir.model.data', [('module', '=', 'base'),
                                              ('name', '=', 'public_partner')],
                           ['model', 'res_id'])
    [user] = sb.search_read('res.users', [('login', '=', 'public')],
                            ['partner_id', 'active', 'share'])
    assert xid['model'] == 'res.partner'
    assert user['partner_id'][0] == xid['res_id'] and not user['active'] and user['share']
    return xid['res_id']


def customers(env) -> dict[int, str]:
    return dict(rows(env, "SELECT x.odoo_id, c.name FROM customer c "
                          "JOIN odoo_pos_customer x ON x.customer_uuid = c.uuid"))


def give_order_to(sb, partner: int) -> int:
    """One sandbox order made the public partner's (as a test setup, in SQL)."""
    cx = sb.connection()
    order = cx.execute("SELECT min(id) FROM pos_order").fetchone()[0]
    cx.execute("UPDATE pos_order SET partner_id = ? WHERE id = ?", [partner, order])
    cx.commit()
    return order


def order_customer(env, order: int):
    return rows(env, "SELECT customer_uuid FROM odoo_pos_order WHERE odoo_id = :o", o=order)


def test_public_partner_is_no_customer(rattail_config, sandbox):
    env, sb = rattail_config, sandbox.sandbox
    public = public_partner(sb)
    order = give_order_to(sb, public)
    rattail(env, '--no-versioning', 'import-odoo-pos')
    partners = {p['id']: p['name'] for p in sb.search_read('res.partner', [], ['name'])}
    assert partners[public] == 'Public user'
    assert customers(env) == {i: n for i, n in partners.items() if i != public}
    assert scalar(env, "SELECT count(*) FROM customer WHERE name = 'Public user'") == 0
    # its order is imported, without a customer, and nothing was rejected
    assert order_customer(env, order) == [(None,)]
    assert scalar(env, "SELECT count(*) FROM odoo_pos_rejected") == 0
    # a full re-run and a --delete run change nothing
    rattail(env, '--no-versioning', 'import-odoo-pos', '--full', '--delete')
    assert customers(env) == {i: n for i, n in partners.items() if i != public}


def test_unidentified_public_partner_is_imported_then_deleted_with_delete(rattail_config,
                                                                          sandbox):
    env, sb = rattail_config, sandbox.sandbox
    public = public_partner(sb)
    order = give_order_to(sb, public)
    # the sync user can read neither ir.model.data nor res.users (as before this
    # rule existed): the public partner is imported like any partner, with a warning
    for model in ('ir.model.data', 'res.users'):
        sb.faults.add('odoo_error', model=model, method='search_read', times=100,
                      name='odoo.exceptions.AccessError',
                      message="You are not allowed to access this document")
    result = rattail(env, '--no-versioning', 'import-odoo-pos')
    sb.faults.clear()
    assert "the public partner (base.public_partner) cannot be identified" in result.stderr
    assert customers(env)[public] == 'Public user'
    assert order_customer(env, order) != [(None,)]
    # identified now, but without --delete nothing is deleted
    rattail(env, '--no-versioning', 'import-odoo-pos', '--full')
    assert public in customers(env)
    # --delete removes it (extension row and native customer); its order keeps
    # no customer; every other partner stays
    rattail(env, '--no-versioning', 'import-odoo-pos', '--delete')
    assert public not in local_ids(env, 'odoo_pos_customer')
    assert scalar(env, "SELECT count(*) FROM customer WHERE name = 'Public user'") == 0
    assert order_customer(env, order) == [(None,)]
    assert sorted(customers(env)) == [i for i in sb.ids('res.partner') if i != public]
