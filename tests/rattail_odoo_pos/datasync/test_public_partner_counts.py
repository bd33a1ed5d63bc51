# SPDX-License-Identifier: GPL-3.0-or-later
"""Datasync: Odoo's public partner (``base.public_partner``) is no customer,
so the watcher's counts of res.partner leave it out as the import does: a
write of the public partner, in the look-back window or after the cursor, is
no change to import (else it would be flagged, and re-read, on every check)."""

from __future__ import annotations

import datetime

from odoo_pos_dev.testing import rattail, scalar
from rattail_odoo_pos.entities import ENTITIES


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
        session = app.make_session()
        try:
            cursor = session.query(app.model.OdooPosCursor).filter_by(
                source='default', odoo_model='res.partner').one()
            return watcher.changed(session, watcher.client('default'), 'default', entity,
                                   cursor, check_window)
        finally:
            session.close()

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
