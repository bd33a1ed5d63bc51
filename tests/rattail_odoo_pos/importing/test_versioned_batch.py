# SPDX-License-Identifier: GPL-3.0-or-later
"""Versioned incremental runs with Continuum's validity set-based
(``[odoo_pos] versioned_batch``, importing/validity.py) keep the same version
history as Continuum's own per-record path: every version but the newest of a
record ends at the transaction of the next one."""

from __future__ import annotations

from odoo_pos_dev.testing import add_user, rattail, rows

TABLES = ('odoo_pos_order_line', 'odoo_pos_order', 'odoo_pos_payment', 'odoo_pos_product')


def broken_chain(env, table: str) -> list:
    """Version rows whose end_transaction_id is not the next version's transaction."""
    return rows(env, f"""
        SELECT uuid, transaction_id, end_transaction_id, nxt FROM (
            SELECT uuid, transaction_id, end_transaction_id,
                   lead(transaction_id) OVER (PARTITION BY uuid ORDER BY transaction_id) AS nxt
            FROM {table}_version) v
        WHERE end_transaction_id IS DISTINCT FROM nxt""")


def test_set_based_validity_keeps_continuums_version_chain(rattail_config, sandbox):
    env, sb = rattail_config, sandbox.sandbox
    rattail(env.path, '--no-versioning', 'import-odoo-pos')
    add_user(env)
    rattail(env.path, '--runas', 'admin', 'import-versions', '-m', 'initial')
    old_path = env.path.with_name('per-record.conf')
    old_path.write_text(env.path.read_text().replace('[odoo_pos]\n',
                                                     '[odoo_pos]\nversioned_batch = false\n', 1))
    lines = sb.ids('pos.order.line')[:30]
    session = sb.open_session(sb.ids('pos.config')[0])
    product = sb.ids('product.product', [('available_in_pos', '=', True)])[0]
    for conf, qty in ((old_path, 7), (env.path, 9), (env.path, 11), (old_path, 13)):
        sb.clock.advance(30)
        sb.write('pos.order.line', lines, {'qty': qty})
        sb.set_price(product, 10 + qty)
        sb.new_order(session, [(product, qty)])
        rattail(conf, '--runas', 'admin', 'import-odoo-pos')
        assert rows(env, "SELECT DISTINCT qty FROM odoo_pos_order_line WHERE odoo_id = ANY(:i)",
                    i=lines) == [(qty,)]
    for table in TABLES:
        assert broken_chain(env, table) == [], table
    # four versioned runs changed these lines: five versions each, four of them ended
    ended = rows(env, "SELECT count(*) FROM odoo_pos_order_line_version v "
                      "JOIN odoo_pos_order_line l ON l.uuid = v.uuid "
                      "WHERE l.odoo_id = ANY(:i) AND v.end_transaction_id IS NOT NULL", i=lines)
    assert ended == [(4 * len(lines),)]
