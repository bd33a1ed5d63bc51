# SPDX-License-Identifier: GPL-3.0-or-later
"""Datasync: Odoo's public partner (``base.public_partner``) is no customer,
so the watcher's counts of res.partner leave it out as the import does: a
write of the public partner, in the look-back window or after the cursor, is
no change to import (else it would be flagged, and re-read, on every check)."""

from __future__ import annotations

import datetime

from odoo_pos_dev.testing import rattail, scalar
from rattail_odoo_pos.entities import ENTITIES


def watcher_changed(app, watcher, entity, check_window: bool):
    """What the watcher says of *entity* of source 'default' against its cursor."""
    session = app.make_session()
    try:
        cursor = session.query(app.model.OdooPosCursor).filter_by(
            source='default', odoo_model=entity.odoo_model).one()
        return watcher.changed(session, watcher.client('default'), 'default', entity,
                               cursor, check_window)
    finally:
        session.close()


def test_a_write_of_the_public_partner_is_no_change_for_the_watcher(rattail_config, sandbox):
    from rattail.config import make_config
    from rattail_odoo_pos.datasync.odoo_pos import OdooPosConsumer, OdooPosWatcher
    env, sb = rattail_config, sandbox.sandbox
    [public] = sb.ids('ir.model.data', [('module', '=', 'base'), ('name', '=', 'public_partner')])
    public = sb.search_read('ir.model.data', [('id', '=', public)], ['res_id'])[0]['res_id']
    rattail(env.path, '--no-versioning', 'import-odoo-pos')
    customers = scalar(env, "SELECT count(*) FROM odoo_pos_customer")
    assert customers == sb.count('res.partner') - 1      # the public partner left out

    config = make_config([str(env.path)], usedb=True, versioning=False)
    watcher = OdooPosWatcher(config, 'odoo_pos')
    consumer = OdooPosConsumer(config, 'rattail', watcher=watcher)
    entity = ENTITIES['customer']
    app = config.get_app()

    def changed(check_window):
        return watcher_changed(app, watcher, entity, check_window)

    assert changed(False) is None and changed(True) is None
    cursor = scalar(env, "SELECT value FROM odoo_pos_cursor WHERE odoo_model = 'res.partner'")

    # in the look-back window (older than the cursor by more than the overlap)
    sb.write('res.partner', [public], {'comment': 'touched'},
             at=cursor - datetime.timedelta(minutes=20))
    assert changed(True) is None, "the public partner makes its hour differ"
    assert changed(True) is None
    # (the touch is in the window: compared without the importer's domain, its hour differs)
    kept = watcher.domains.pop(('default', 'res.partner'))
    watcher.domains[('default', 'res.partner')] = []
    assert changed(True) == 'window'
    watcher.domains[('default', 'res.partner')] = kept
    watcher.window_flagged.clear()

    # after the cursor: nothing new to import, not once, not after a consumer run
    sb.write('res.partner', [public], {'comment': 'touched again'},
             at=cursor + datetime.timedelta(minutes=5))
    polled = [c for _key, c in watcher.get_changes(None)]
    session = app.make_session()
    try:
        consumer.process_changes(session, polled)
    finally:
        session.close()
    assert changed(False) is None, "the public partner is new on every poll"
    assert scalar(env, "SELECT count(*) FROM odoo_pos_customer") == customers


def test_a_quant_outside_the_shops_is_no_change_for_the_watcher(rattail_config, sandbox):
    """The import reads only the quants at the shops' stock locations: a quant
    written elsewhere after the cursor is nothing new (it would be, at every
    poll, since the import never moves the cursor past it); one at a shop is."""
    from rattail.config import make_config
    from rattail_odoo_pos.datasync.odoo_pos import OdooPosConsumer, OdooPosWatcher
    env, sb = rattail_config, sandbox.sandbox
    quants = sb.search_read('stock.quant', [], ['location_id', 'product_id'])
    shops = sorted({q['location_id'][0] for q in quants})
    other = sb.ids('stock.location', [('id', 'not in', shops)])
    assert other, "the sandbox has a location that is no shop's stock"
    product = sb.ids('product.product')[0]
    rattail(env.path, '--no-versioning', 'import-odoo-pos')
    config = make_config([str(env.path)], usedb=True, versioning=False)
    watcher = OdooPosWatcher(config, 'odoo_pos')
    consumer = OdooPosConsumer(config, 'rattail', watcher=watcher)
    entity = ENTITIES['stock']
    app = config.get_app()

    def changed():
        return watcher_changed(app, watcher, entity, False)

    def consume():
        session = app.make_session()
        try:
            consumer.process_changes(session, [c for _k, c in watcher.get_changes(None)])
        finally:
            session.close()

    assert changed() is None
    cursor = scalar(env, "SELECT value FROM odoo_pos_cursor WHERE odoo_model = 'stock.quant'")
    sb.create('stock.quant', {'product_id': product, 'location_id': other[0], 'quantity': 7},
              at=cursor + datetime.timedelta(minutes=5))
    consume()
    assert changed() is None, "a quant outside the shops is new on every poll"
    # a quant at a shop is new, and imported
    before = scalar(env, "SELECT count(*) FROM odoo_pos_stock")
    sb.write('stock.quant', [quants[0]['id']], {'quantity': 99},
             at=cursor + datetime.timedelta(minutes=6))
    assert changed() == 'new'
    consume()
    assert changed() is None
    assert scalar(env, "SELECT count(*) FROM odoo_pos_stock") == before
    assert scalar(env, "SELECT quantity FROM odoo_pos_stock WHERE odoo_id = :i",
                  i=quants[0]['id']) == 99
