# SPDX-License-Identifier: GPL-3.0-or-later
"""The sync status page, per source and model: rows held here, last run and
last good run (apart, in the named zone), what the last run did (duration,
created/updated/deleted, recorded by the import), rejected records when there
are any, friendly model names linked to their lists, one "never synced" line."""

from __future__ import annotations

import datetime
import re

from odoo_pos_dev.testing import rattail
from rattail_odoo_pos.entities import ENTITIES


def model_row(page_text: str, source: str, odoo_model: str) -> str:
    box = page_text[page_text.index(f'data-source="{source}"'):]
    nxt = box.find('data-source="', 20)
    box = box[:nxt] if nxt > 0 else box
    match = re.search(rf'<tr class="model-row" data-model="{re.escape(odoo_model)}".*?</tr>',
                      box, flags=re.S)
    assert match, f"no row for {odoo_model} in source {source}"
    return match.group(0)


def cell(row: str, name: str) -> str:
    match = re.search(rf'<td class="{name}[^"]*">(.*?)</td>', row, flags=re.S)
    assert match, f"no {name} cell"
    return ' '.join(re.sub(r'<[^>]+>', ' ', match.group(1)).split())


def test_rows_here_and_last_run_counts(viewer, db, db_config, web_env):
    app = db_config.get_app()
    model = app.model
    # an incremental run with nothing new: the page shows what *it* did
    rattail(web_env.import_conf, '--no-versioning', 'import-odoo-pos')
    page = viewer.get('/odoo-pos/sync-status').text
    zone = str(app.get_timezone())
    assert f'Last run ({zone})' in page and f'Last good run ({zone})' in page
    for entity in ENTITIES.values():
        cls = getattr(model, entity.class_name)
        held = db.query(cls).filter(cls.source == 'default').count()
        row = model_row(page, 'default', entity.odoo_model)
        assert cell(row, 'rows') == f'{held:,}', entity.key
        cursor = db.query(model.OdooPosCursor).filter_by(
            source='default', odoo_model=entity.odoo_model).one_or_none()
        if cursor is None or cursor.last_success is None:
            continue
        db.refresh(cursor)
        assert cursor.last_duration is not None and cursor.last_duration >= 0
        # nothing changed in Odoo: the second run created and deleted nothing
        assert (cursor.last_created, cursor.last_deleted) == (0, 0), entity.key
        assert cell(row, 'created') == '0' and cell(row, 'deleted') == '0'
        assert cell(row, 'updated') == f'{cursor.last_updated:,}'
        assert cell(row, 'duration').endswith(('s', 'm'))
        local = cursor.last_success.replace(tzinfo=datetime.timezone.utc).astimezone(
            app.get_timezone()).strftime('%Y-%m-%d %H:%M:%S')
        assert cell(row, 'last-success') == local


def test_first_run_counts_what_it_created(db, db_config, web_env, postgres, rattail_template,
                                         tmp_path):
    """A fresh database: the first run's ``created`` is every row it stored."""
    from odoo_pos_dev.devenv import write_config
    name = f'rattail_sync_status_{id(tmp_path)}'
    url = postgres.create_database(name, template=rattail_template)
    try:
        conf = write_config(tmp_path / 'r.conf', db_url=url, workdir=tmp_path / 'work',
                            sources={'default': dict(url=web_env.sandbox.url, database='pos17',
                                                     login='admin', secret='admin')})
        rattail(conf, '--no-versioning', 'import-odoo-pos')
        from odoo_pos_dev.testing import rows
        counts = rows(url, "SELECT odoo_model, last_created, last_updated, last_deleted "
                           "FROM odoo_pos_cursor WHERE source = 'default'")
        created = {m: c for m, c, u, d in counts}
        orders = rows(url, "SELECT count(*) FROM odoo_pos_order")[0][0]
        lines = rows(url, "SELECT count(*) FROM odoo_pos_order_line")[0][0]
        assert created['pos.order'] == orders > 0
        assert created['pos.order.line'] == lines > 0
        assert all(d == 0 for m, c, u, d in counts)
    finally:
        postgres.drop_database(name)


def test_model_names_are_friendly_and_link_to_their_lists(viewer):
    page = viewer.get('/odoo-pos/sync-status').text
    row = model_row(page, 'default', 'pos.order')
    assert re.search(r'<a href="http://localhost/odoo-pos/orders/">POS orders</a>', row)
    row = model_row(page, 'default', 'pos.config')
    assert re.search(r'<a href="http://localhost/stores/">Stores</a>', row)


def test_never_synced_is_one_line_and_rejected_shown_when_there_are_some(viewer, db,
                                                                        db_config):
    model = db_config.get_app().model
    page = viewer.get('/odoo-pos/sync-status').text
    branch = page[page.index('data-source="branch"'):]
    assert len(re.findall(r'class="block has-text-danger never-synced"', branch)) == 1
    assert ': never synced' not in page
    assert 'class="rejected' not in page      # no rejected record: no column
    now = datetime.datetime.utcnow()
    record = model.OdooPosRejected(source='default', odoo_model='pos.order', odoo_id=999999,
                                   reason='test', first_seen=now, last_seen=now, attempts=1)
    db.add(record)
    db.commit()
    try:
        page = viewer.get('/odoo-pos/sync-status').text
        assert cell(model_row(page, 'default', 'pos.order'), 'rejected') == '1'
        assert cell(model_row(page, 'default', 'pos.session'), 'rejected') == ''
    finally:
        db.delete(record)
        db.commit()


def test_an_unfinished_full_read_says_how_far_it_got(viewer, db, db_config):
    """A first load killed half-way (its cursor: no value, the mark of when it
    began, the last id written) and a --full stopped half-way are each named
    in their model's cursor cell with the last Odoo id written; a finished read
    says nothing more."""
    model = db_config.get_app().model
    cursor = db.query(model.OdooPosCursor).filter_by(
        source='default', odoo_model='pos.order.line').one()
    kept = (cursor.value, cursor.full_read_mark, cursor.last_id)
    began = datetime.datetime(2026, 11, 28, 9, 30)
    page = viewer.get('/odoo-pos/sync-status').text
    assert 'class="reading' not in page
    try:
        cursor.value, cursor.full_read_mark, cursor.last_id = None, began, 123456
        db.commit()
        row = model_row(viewer.get('/odoo-pos/sync-status').text, 'default', 'pos.order.line')
        assert cell(row, 'cursor') == \
            "first load not finished: the next run goes on after Odoo id 123,456"
        cursor.value, cursor.last_id = kept[0], 987
        db.commit()
        row = model_row(viewer.get('/odoo-pos/sync-status').text, 'default', 'pos.order.line')
        assert cell(row, 'cursor').endswith(
            " full read (--full) not finished: stopped after Odoo id 987")
        other = cell(model_row(viewer.get('/odoo-pos/sync-status').text, 'default',
                               'pos.order'), 'cursor')
        assert other and 'not finished' not in other            # its time, nothing more
    finally:
        cursor.value, cursor.full_read_mark, cursor.last_id = kept
        db.commit()
