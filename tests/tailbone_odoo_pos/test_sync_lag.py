# SPDX-License-Identifier: GPL-3.0-or-later
"""The sync status page shows the time since each model's last good run under
that name, and never calls it lag (lag = behind Odoo's newest change, which
only ``odoo-pos-check`` measures)."""

from __future__ import annotations

import html
import re

import sqlalchemy as sa


def test_sync_page_shows_time_since_last_good_run_not_lag(viewer, db, db_config):
    Cursor = db_config.get_app().model.OdooPosCursor
    cursor = (db.query(Cursor).filter(Cursor.source == 'default')
              .filter(Cursor.last_success.isnot(None)).order_by(Cursor.odoo_model).first())
    assert cursor is not None, "the import wrote no successful cursor"
    before = cursor.last_success
    db.execute(sa.text("UPDATE odoo_pos_cursor SET last_success = now() - interval '5 hours' "
                       "WHERE uuid = :u"), {'u': cursor.uuid})
    db.commit()
    try:
        page = viewer.get('/odoo-pos/sync-status')
        assert page.status_int == 200
        text = html.unescape(page.text)
        assert '<th>Since last good run</th>' in text
        assert '<th>Lag</th>' not in text
        assert "Lag (how far a cursor is behind Odoo's newest change)" in text
        row = re.search(rf'<tr class="model-row" data-model="{re.escape(cursor.odoo_model)}".*?'
                        r'</tr>', text, re.S).group(0)
        since = re.search(r'class="since-success">([^<]*)<', row).group(1)
        assert re.fullmatch(r"5h \d+m ago", since), since
    finally:
        cursor = db.get(Cursor, cursor.uuid)
        cursor.last_success = before
        db.commit()
