# SPDX-License-Identifier: GPL-3.0-or-later
"""Datasync Rattail -> Odoo: rattail's ``rattail`` watcher (the ``change``
table, filled by Rattail's change recording) and
:class:`~rattail_odoo_pos.datasync.export.OdooPosExportConsumer`, against two
served sandboxes over real HTTP; the real ``rattail datasync`` daemon runs both
directions at once, so the loop (export -> Odoo write -> Odoo POS watcher ->
import) is exercised and must settle."""

from __future__ import annotations

import decimal
import os
import signal
import subprocess
import time
from pathlib import Path

import pytest

from odoo_pos_dev.devenv import rattail_command, write_config
from rattail_odoo_pos.datasync.export import EXPORT_KEY
from odoo_pos_dev.testing import execute, odoo_login, rattail, rows, scalar, serve_copy

EAN_A, EAN_B = '4006381333931', '5901234123457'

DATASYNC = """
[rattail.datasync]
watch = rattail, odoo_pos
rattail.watcher.spec = rattail.datasync.rattail:RattailWatcher
rattail.watcher.delay = 1
rattail.consumers.list = odoo_pos
rattail.consumer.odoo_pos.spec = rattail_odoo_pos.datasync.export:OdooPosExportConsumer
rattail.consumer.odoo_pos.delay = 1
odoo_pos.watcher.spec = rattail_odoo_pos.datasync.odoo_pos:OdooPosWatcher
odoo_pos.watcher.delay = 1
odoo_pos.consumers.list = rattail
odoo_pos.consumer.rattail.spec = rattail_odoo_pos.datasync.odoo_pos:OdooPosConsumer
odoo_pos.consumer.rattail.delay = 1
"""


def recording(path: Path) -> Path:
    """*path*'s config with Rattail's change recording on (the datasync set-up)."""
    text = path.read_text().replace('versioning.enabled = true',
                                    'versioning.enabled = true\ndefault.record_changes = true')
    text = text.replace('[odoo_pos]\n', '[odoo_pos]\nlock.wait_seconds = 1\n', 1)
    assert 'default.record_changes = true' in text and 'lock.wait_seconds = 1' in text
    out = path.with_name('datasync.conf')
    out.write_text(text)
    return out


@pytest.fixture
def shop2(sandbox_template, tmp_path):
    served = serve_copy(sandbox_template, tmp_path / 'shop2.sqlite')
    yield served
    served.server.stop()


@pytest.fixture
def setup(tmp_path, rattail_db_url, sandbox, shop2):
    """Rattail loaded from the shop, two products created and bound in both
    sources by ``export-odoo-pos``; ``plain`` config (no change recording) and
    ``recording`` config (change recording, datasync sections)."""
    shops = {'default': sandbox, 'shop2': shop2}
    plain = write_config(tmp_path / 'rattail.conf', db_url=rattail_db_url,
                         workdir=tmp_path / 'work',
                         sources={k: s.source_settings() for k, s in shops.items()},
                         extra=DATASYNC)
    conf = recording(plain)
    rattail(plain, '--no-versioning', 'import-odoo-pos')
    from rattail.config import make_config
    config = make_config([str(conf)], usedb=False, versioning=False)
    app = config.get_app()
    model = app.model
    session = app.make_session()
    assert session.rattail_record_changes         # the config turns recording on
    dept = model.Department(name='Sync Dept', number=9101)
    created = [dept]
    for description, code, item_id in (("Sync A", EAN_A, 'SYNC-A'), ("Sync B", EAN_B, 'SYNC-B')):
        product = model.Product(description=description, scancode=code, item_id=item_id,
                                department=dept)
        price = model.ProductPrice(type=app.enum.PRICE_TYPE_REGULAR, multiple=1,
                                   price=decimal.Decimal('1.00'))
        product.prices.append(price)
        product.regular_price = price
        session.add(product)
        created.append(product)
    session.commit()
    uuids = {r.uuid for r in created}
    session.close()
    # the department and the two products only (both sources' catalogs were
    # imported into Rattail, each with its own copies)
    handler = app.get_import_handler(EXPORT_KEY, require=True)
    handler.only_uuids = uuids
    handler.import_data('Department', 'Product')
    assert scalar(rattail_db_url, "SELECT count(*) FROM odoo_pos_product e JOIN product p ON "
                                  "p.uuid = e.product_uuid WHERE p.item_id LIKE 'SYNC-%'") == 4
    # what the set-up recorded is not part of the test
    rows(rattail_db_url, "DELETE FROM change")
    yield dict(config=config, app=app, conf=conf, plain=plain, shops=shops, db=rattail_db_url)
    for engine in getattr(config, 'appdb_engines', {}).values():
        engine.dispose()


def lst_price(served, barcode):
    [rec] = execute(odoo_login(served), 'product.product', 'search_read',
                    [('barcode', '=', barcode)], fields=['lst_price', 'name'])
    return round(rec['lst_price'], 2)


def edit(setup, fn):
    """Run *fn(session, model)* in a session that records changes, and commit."""
    app = setup['app']
    session = app.make_session()
    try:
        fn(session, app.model)
        session.commit()
    finally:
        session.close()


def set_price(item_id, price):
    def fn(session, model):
        product = session.query(model.Product).filter_by(item_id=item_id).one()
        product.regular_price.price = decimal.Decimal(price)
    return fn


def versions(db, item_id):
    return (scalar(db, "SELECT count(*) FROM product_version v JOIN product p "
                       "ON p.uuid = v.uuid WHERE p.item_id = :i", i=item_id),
            scalar(db, "SELECT count(*) FROM product_price_version v JOIN product p "
                       "ON p.uuid = v.product_uuid WHERE p.item_id = :i", i=item_id))


def queued(db):
    return (scalar(db, "SELECT count(*) FROM change"),
            scalar(db, "SELECT count(*) FROM datasync_change"))


def imported_back(db, item_id):
    """Sources whose Product cursor has reached the Odoo write of *item_id*'s
    binding (the Odoo POS watcher's import of the export's write has run)."""
    return scalar(db, "SELECT count(*) FROM odoo_pos_product e JOIN product p "
                      "ON p.uuid = e.product_uuid JOIN odoo_pos_cursor c "
                      "ON c.source = e.source AND c.odoo_model = 'product.product' "
                      "WHERE p.item_id = :i AND c.value >= e.odoo_write_date", i=item_id)


def wait_for(what, timeout=60, log=None):
    started = time.monotonic()
    while time.monotonic() - started < timeout:
        if what():
            return time.monotonic() - started
        time.sleep(0.25)
    raise AssertionError(f"not within {timeout}s" + (f":\n{log.read_text()[-4000:]}" if log else ''))


def test_consumer_exports_changed_records_and_requeues_a_locked_source(setup):
    from rattail_odoo_pos.datasync.export import OdooPosExportConsumer
    from rattail_odoo_pos.locks import SourceLocks
    app, model, db, shops = setup['app'], setup['app'].model, setup['db'], setup['shops']

    def dept_and_price(session, model):
        session.query(model.Department).filter_by(name='Sync Dept').one().name = 'Sync Renamed'
        session.query(model.Product).filter_by(item_id='SYNC-B').one().regular_price.price = \
            decimal.Decimal('2.20')
    edit(setup, dept_and_price)
    # changed without change recording: not for this consumer to send
    rows(db, "UPDATE product_price SET price = 9.99 FROM product WHERE product_price.uuid = "
             "product.regular_price_uuid AND product.item_id = 'SYNC-A'")
    session = app.make_session()
    try:
        changes = [model.DataSyncChange(payload_type=c.class_name, payload_key=c.instance_uuid,
                                        deletion=c.deleted)
                   for c in session.query(model.Change)]
        kinds = {c.payload_type for c in changes}
        assert {'Department', 'ProductPrice'} <= kinds, kinds
        consumer = OdooPosExportConsumer(setup['config'], 'odoo_pos')
        marks = {s: served.sandbox.call_count for s, served in shops.items()}
        # shop2's lock is held (an import running): default gets it, shop2 is re-queued
        with SourceLocks(setup['config'], ['shop2'], 'a test import'):
            consumer.process_changes(session, changes)
            session.commit()
        assert lst_price(shops['default'], EAN_B) == 2.2
        assert lst_price(shops['shop2'], EAN_B) == 1.0
        requeued = session.query(model.DataSyncChange).all()
        assert requeued and {c.payload_key.split('@')[1] for c in requeued} == {'shop2'}
        assert {c.payload_type for c in requeued} == {'Department', 'Product'}
        assert all(c.consumer == 'odoo_pos' for c in requeued)
        writes = [c for c in shops['default'].sandbox.calls
                  if c[0] > marks['default'] and c[3] in ('create', 'write')]
        assert {c[2] for c in writes} - {'ir.model.data'} == {'pos.category', 'product.product'}
        # only the recorded changes are exported: SYNC-A's unrecorded price stays put
        assert lst_price(shops['default'], EAN_A) == 1.0
        # the re-queued changes, processed once the lock is free, reach shop2 alone
        mark = shops['default'].sandbox.call_count
        consumer.process_changes(session, requeued)
        for change in requeued:
            session.delete(change)
        session.commit()
        assert lst_price(shops['shop2'], EAN_B) == 2.2
        assert shops['default'].sandbox.call_count == mark
        assert session.query(model.DataSyncChange).count() == 0
        names = execute(odoo_login(shops['shop2']), 'pos.category', 'search_read',
                        [('name', 'in', ['Sync Dept', 'Sync Renamed'])], fields=['name'])
        assert [n['name'] for n in names] == ['Sync Renamed']
    finally:
        session.close()


def test_datasync_daemon_pushes_a_rattail_price_to_every_source_and_settles(setup, tmp_path):
    db, shops = setup['db'], setup['shops']
    log = tmp_path / 'datasync.log'
    proc = subprocess.Popen(rattail_command(setup['conf'], 'datasync', '--pidfile',
                                            str(tmp_path / 'datasync.pid'), 'start'),
                            stdout=open(log, 'w'), stderr=subprocess.STDOUT,
                            start_new_session=True)
    try:
        time.sleep(3)
        assert proc.poll() is None, log.read_text()[-3000:]
        # let the daemon's first round (the Odoo POS watcher's look-back) settle
        wait_for(lambda: queued(db) == (0, 0), log=log)
        before = versions(db, 'SYNC-A')
        edit(setup, set_price('SYNC-A', '3.75'))
        assert queued(db)[0] >= 1                  # recorded in the change table
        waited = wait_for(lambda: all(lst_price(s, EAN_A) == 3.75 for s in shops.values()),
                          log=log)
        print(f"Rattail price in both sources' Odoo after {waited:.1f} s")
        assert lst_price(shops['default'], EAN_B) == 1.0      # only what changed
        # the Odoo writes come back through the Odoo POS watcher's import ...
        wait_for(lambda: imported_back(db, 'SYNC-A') == 2, log=log)
        # ... and the loop settles: nothing queued for a while, no new version
        calm = 0
        started = time.monotonic()
        while calm < 8 and time.monotonic() - started < 60:
            calm = calm + 1 if queued(db) == (0, 0) else 0
            time.sleep(0.5)
        assert calm >= 8, (queued(db), log.read_text()[-4000:])
        assert versions(db, 'SYNC-A') == before
        assert scalar(db, "SELECT price FROM product_price pp JOIN product p ON "
                          "pp.uuid = p.regular_price_uuid WHERE p.item_id = 'SYNC-A'") == \
            decimal.Decimal('3.75')
        # the control: a change made in Odoo does write a version through this daemon
        execute(odoo_login(shops['default']), 'product.product', 'write',
                [scalar(db, "SELECT e.odoo_id FROM odoo_pos_product e JOIN product p ON "
                            "p.uuid = e.product_uuid WHERE p.item_id = 'SYNC-A' AND "
                            "e.source = 'default'")], {'name': 'Sync A (renamed in Odoo)'})
        wait_for(lambda: versions(db, 'SYNC-A')[0] > before[0], log=log)
        assert 'Traceback' not in log.read_text(), log.read_text()[-4000:]
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(20)


def test_an_unreachable_source_is_requeued_and_the_others_get_the_change(setup, tmp_path):
    from rattail.config import make_config
    from odoo_pos_dev.devenv import free_port
    from rattail_odoo_pos.datasync.export import OdooPosExportConsumer
    # a third source whose Odoo is down (nothing listens on its port)
    text = setup['conf'].read_text().replace('sources = default shop2',
                                             'sources = default shop2 down')
    text = text.replace('[alembic]', f"source.down.url = http://127.0.0.1:{free_port()}\n"
                        "source.down.database = pos17\nsource.down.login = admin\n"
                        "source.down.secret = admin\nsource.down.retries = 0\n\n[alembic]", 1)
    assert 'sources = default shop2 down' in text
    conf = tmp_path / 'down.conf'
    conf.write_text(text)
    config = make_config([str(conf)], usedb=False, versioning=False)
    app, model, shops = config.get_app(), config.get_app().model, setup['shops']
    edit(setup, set_price('SYNC-A', '4.40'))
    session = app.make_session()
    try:
        changes = [model.DataSyncChange(payload_type=c.class_name, payload_key=c.instance_uuid,
                                        deletion=c.deleted)
                   for c in session.query(model.Change)]
        OdooPosExportConsumer(config, 'odoo_pos').process_changes(session, changes)
        session.commit()
        assert lst_price(shops['default'], EAN_A) == 4.4
        assert lst_price(shops['shop2'], EAN_A) == 4.4
        requeued = session.query(model.DataSyncChange).all()
        assert {c.payload_key.split('@')[1] for c in requeued} == {'down'}
        assert 'Product' in {c.payload_type for c in requeued}
    finally:
        session.close()
        for engine in config.appdb_engines.values():
            engine.dispose()
