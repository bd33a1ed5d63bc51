# SPDX-License-Identifier: GPL-3.0-or-later
"""``rattail export-odoo-pos`` against served sandboxes over real HTTP: two
sources (two served copies of the sandbox), the Rattail database of the test."""

from __future__ import annotations

import decimal
import os
import signal
import subprocess
import time

import pytest

from odoo_pos_dev.devenv import make_rattail_env, rattail_command
from odoo_pos_dev.testing import execute, odoo_login, rattail, rows, scalar, serve_copy

#: valid EAN-13s (correct check digits)
EAN_A, EAN_B, EAN_C = '4006381333931', '5901234123457', '9780201379624'


@pytest.fixture
def shop2(sandbox_template, tmp_path):
    served = serve_copy(sandbox_template, tmp_path / 'shop2.sqlite')
    yield served
    served.server.stop()


@pytest.fixture
def shop3(sandbox_template, tmp_path):
    served = serve_copy(sandbox_template, tmp_path / 'shop3.sqlite')
    yield served
    served.server.stop()


@pytest.fixture
def env3(tmp_path, rattail_db_url, sandbox, shop2, shop3):
    """Three configured sources (three served sandboxes)."""
    shops = {'default': sandbox, 'shop2': shop2, 'shop3': shop3}
    env = make_rattail_env(tmp_path, rattail_db_url,
                           {key: served.source_settings() for key, served in shops.items()})
    env.shops = shops
    yield env
    for engine in getattr(env.config, 'appdb_engines', {}).values():
        engine.dispose()


@pytest.fixture
def env(tmp_path, rattail_db_url, sandbox, shop2):
    env = make_rattail_env(tmp_path, rattail_db_url, {
        'default': sandbox.source_settings(), 'shop2': shop2.source_settings()})
    env.shops = {'default': sandbox, 'shop2': shop2}
    yield env
    for engine in getattr(env.config, 'appdb_engines', {}).values():
        engine.dispose()


def add_products(env, *products, department='Export Dept'):
    """A department and products (description, scancode, item_id, price) in Rattail."""
    app = env.config.get_app()
    model = app.model
    session = app.make_session()
    try:
        dept = session.query(model.Department).filter_by(name=department).first()
        if dept is None:
            dept = model.Department(name=department, number=9001)
            session.add(dept)
        for description, scancode, item_id, price in products:
            product = model.Product(description=description, scancode=scancode,
                                    item_id=item_id, department=dept)
            regular = model.ProductPrice(type=app.enum.PRICE_TYPE_REGULAR, multiple=1,
                                         price=decimal.Decimal(price))
            product.prices.append(regular)
            product.regular_price = regular
            session.add(product)
        session.commit()
    finally:
        session.close()


def set_product(env, item_id, **values):
    sql = ', '.join(f"{k} = :{k}" for k in values)
    rows(env, f"UPDATE product SET {sql} WHERE item_id = :item_id", item_id=item_id, **values)


def set_price(env, item_id, price):
    rows(env, "UPDATE product_price SET price = :p FROM product "
              "WHERE product_price.uuid = product.regular_price_uuid AND product.item_id = :i",
         p=decimal.Decimal(price), i=item_id)


def odoo_products(served, barcode):
    odoo = odoo_login(served)
    return execute(odoo, 'product.product', 'search_read', [('barcode', '=', barcode)],
                   fields=['name', 'default_code', 'lst_price', 'active', 'pos_categ_ids',
                           'available_in_pos', 'taxes_id'], context={'active_test': False})


def writes_since(served, mark):
    return [c for c in served.sandbox.calls if c[0] > mark and c[3] in ('create', 'write')]


def test_new_department_and_product_reach_every_source_and_an_import_changes_nothing(env3):
    env = env3
    add_products(env, ("Export Widget", EAN_A, 'EXP-1', '4.25'))
    marks = {s: served.sandbox.call_count for s, served in env.shops.items()}
    result = rattail(env, 'export-odoo-pos')
    assert sorted(env.shops) == ['default', 'shop2', 'shop3']
    for source, served in env.shops.items():
        assert f'{source}: pos.category: created 1' in result.stdout
        assert f'{source}: product.product: created 1' in result.stdout
        # the category first, then the product that points at it (each with its
        # external id)
        assert [c[2:] for c in writes_since(served, marks[source])] == [
            ('pos.category', 'create'), ('ir.model.data', 'create'),
            ('product.product', 'create'), ('ir.model.data', 'create')]
        odoo = odoo_login(served)
        cats = execute(odoo, 'pos.category', 'search_read', [('name', '=', 'Export Dept')],
                       fields=['id'])
        assert len(cats) == 1
        [product] = odoo_products(served, EAN_A)
        assert product['name'] == 'Export Widget' and product['default_code'] == 'EXP-1'
        assert round(product['lst_price'], 2) == 4.25
        assert product['pos_categ_ids'] == [cats[0]['id']]
        assert product['active'] and product['available_in_pos']
        # bound: the extension rows hold Odoo's ids
        assert scalar(env, "SELECT odoo_id FROM odoo_pos_department WHERE source = :s "
                           "AND name = 'Export Dept'", s=source) == cats[0]['id']
        assert scalar(env, "SELECT odoo_id FROM odoo_pos_product WHERE source = :s "
                           "AND barcode = :b", s=source, b=EAN_A) == product['id']
    # a second export has nothing to send
    marks = {s: served.sandbox.call_count for s, served in env.shops.items()}
    rattail(env, 'export-odoo-pos')
    for source, served in env.shops.items():
        assert writes_since(served, marks[source]) == []
    before = rows(env, "SELECT e.*, p.description, p.department_uuid, pp.price "
                       "FROM odoo_pos_product e JOIN product p ON p.uuid = e.product_uuid "
                       "JOIN product_price pp ON pp.uuid = p.regular_price_uuid "
                       "WHERE e.barcode = :b ORDER BY e.source", b=EAN_A)
    dept_before = rows(env, "SELECT * FROM odoo_pos_department WHERE name = 'Export Dept' "
                            "ORDER BY source")
    # versions of the exported records (the import also brings Odoo's own
    # products into this fresh database, with their versions: not counted)
    product_uuid, dept_uuid = rows(env, "SELECT uuid, department_uuid FROM product "
                                        "WHERE item_id = 'EXP-1'")[0]
    versions = """SELECT (SELECT count(*) FROM odoo_pos_product_version WHERE product_uuid = :p),
                         (SELECT count(*) FROM odoo_pos_department_version
                          WHERE department_uuid = :d),
                         (SELECT count(*) FROM product_version WHERE uuid = :p),
                         (SELECT count(*) FROM department_version WHERE uuid = :d),
                         (SELECT count(*) FROM product_price_version WHERE product_uuid = :p)"""
    versions_before = rows(env, versions, p=product_uuid, d=dept_uuid)
    assert versions_before[0][:2] == (3, 3)     # the export's bindings were versioned
    marks = {s: served.sandbox.call_count for s, served in env.shops.items()}
    result = rattail(env, 'import-odoo-pos', 'OdooPosDepartment', 'OdooPosProduct')
    assert 'unknown importer' not in result.stderr
    for source, served in env.shops.items():     # the import did read every source
        read = {c[2] for c in served.sandbox.calls if c[0] > marks[source]}
        assert {'pos.category', 'product.product'} <= read, (source, read)
    after = rows(env, "SELECT e.*, p.description, p.department_uuid, pp.price "
                      "FROM odoo_pos_product e JOIN product p ON p.uuid = e.product_uuid "
                      "JOIN product_price pp ON pp.uuid = p.regular_price_uuid "
                      "WHERE e.barcode = :b ORDER BY e.source", b=EAN_A)
    assert after == before and len(after) == 3
    assert rows(env, "SELECT * FROM odoo_pos_department WHERE name = 'Export Dept' "
                     "ORDER BY source") == dept_before
    assert rows(env, versions, p=product_uuid, d=dept_uuid) == versions_before   # none new
    assert scalar(env, "SELECT count(*) FROM product WHERE item_id = 'EXP-1'") == 1


def test_a_price_change_writes_lst_price_only_in_one_grouped_call(env):
    add_products(env, ("Export A", EAN_A, 'EXP-A', '1.00'), ("Export B", EAN_B, 'EXP-B', '1.00'),
                 ("Export C", EAN_C, 'EXP-C', '1.00'))
    rattail(env, 'export-odoo-pos')
    set_price(env, 'EXP-A', '2.50')
    set_price(env, 'EXP-B', '2.50')
    marks = {s: served.sandbox.call_count for s, served in env.shops.items()}
    result = rattail(env, 'export-odoo-pos')
    assert 'default: product.product: created 0, bound 0, updated 2' in result.stdout
    for source, served in env.shops.items():
        # one write for both products (same changed values), nothing else
        assert [c[2:] for c in writes_since(served, marks[source])] == [
            ('product.product', 'write')]
        assert round(odoo_products(served, EAN_A)[0]['lst_price'], 2) == 2.5
        assert round(odoo_products(served, EAN_B)[0]['lst_price'], 2) == 2.5
        assert round(odoo_products(served, EAN_C)[0]['lst_price'], 2) == 1.0
        assert odoo_products(served, EAN_A)[0]['name'] == 'Export A'


def sandbox_rows(served, table):
    """Every row of a sandbox table, as stored (write_date with microseconds)."""
    import sqlite3
    cx = sqlite3.connect(str(served.path))
    try:
        cx.row_factory = sqlite3.Row
        return {r['id']: dict(r) for r in cx.execute(f"SELECT * FROM {table} ORDER BY id")}
    finally:
        cx.close()


def execute_pricing_batch(env, prices: dict[str, str]) -> None:
    """A pricing batch made, refreshed and executed the way Tailbone does it
    (``do_refresh``, then ``do_execute`` in a session of its own, committed),
    with the handler configured as docs/exporting.md says."""
    app = env.config.get_app()
    model = app.model
    env.config.setdefault('rattail.batch', 'pricing.handler.spec',
                          'rattail_odoo_pos.exporting.pricing:OdooPosPricingBatchHandler')
    handler = app.get_batch_handler('pricing')
    session = app.make_session()
    try:
        user = session.query(model.User).filter_by(username='pricer').first()
        if user is None:
            user = model.User(username='pricer')
            session.add(user)
        batch = handler.make_batch(session, created_by=user, description="new prices")
        for item_id, price in prices.items():
            product = session.query(model.Product).filter_by(item_id=item_id).one()
            handler.add_row(batch, handler.make_row(product=product,
                                                    new_price=decimal.Decimal(price)))
        handler.do_refresh(batch, user)
        session.commit()
        batch_uuid, user_uuid = batch.uuid, user.uuid
    finally:
        session.close()
    session = app.make_session()
    try:
        batch = session.get(model.PricingBatch, batch_uuid)
        assert handler.do_execute(batch, user=session.get(model.User, user_uuid))
        session.commit()
    finally:
        session.close()


def test_a_price_change_through_a_pricing_batch_writes_lst_price_and_nothing_else(env):
    add_products(env, ("Export A", EAN_A, 'EXP-A', '1.00'), ("Export B", EAN_B, 'EXP-B', '1.00'))
    rattail(env, 'export-odoo-pos')
    execute_pricing_batch(env, {'EXP-A': '3.49'})
    assert scalar(env, "SELECT pp.price FROM product p JOIN product_price pp ON pp.uuid = "
                       "p.regular_price_uuid WHERE p.item_id = 'EXP-A'") == decimal.Decimal('3.49')
    tables = ('product_product', 'product_template', 'pos_category', 'res_partner')
    snapshots = {s: {t: sandbox_rows(served, t) for t in tables}
                 for s, served in env.shops.items()}
    marks = {s: served.sandbox.call_count for s, served in env.shops.items()}
    result = rattail(env, 'export-odoo-pos')
    for source, served in env.shops.items():
        assert f'{source}: product.product: created 0, bound 0, updated 1' in result.stdout
        assert [c[2:] for c in writes_since(served, marks[source])] == [
            ('product.product', 'write')]
        [a] = odoo_products(served, EAN_A)
        assert round(a['lst_price'], 2) == 3.49
        assert round(odoo_products(served, EAN_B)[0]['lst_price'], 2) == 1.0
        after = {t: sandbox_rows(served, t) for t in tables}
        before = snapshots[source]
        tmpl_id = before['product_product'][a['id']]['product_tmpl_id']
        changed = {(t, i, col) for t in tables for i, row in after[t].items()
                   for col, value in row.items() if before[t].get(i, {}).get(col) != value}
        # only that product's price (its template's list_price) and their write_dates
        assert changed == {('product_product', a['id'], 'write_date'),
                           ('product_template', tmpl_id, 'write_date'),
                           ('product_template', tmpl_id, 'list_price')}, changed
        assert all(set(after[t]) == set(before[t]) for t in tables)


def test_discontinued_is_archived_and_dry_run_sends_nothing(env):
    add_products(env, ("Export A", EAN_A, 'EXP-A', '1.00'))
    rattail(env, 'export-odoo-pos')
    set_product(env, 'EXP-A', discontinued=True)
    marks = {s: served.sandbox.call_count for s, served in env.shops.items()}
    result = rattail(env, 'export-odoo-pos', '--dry-run')
    assert 'updated 1' in result.stdout and 'dry run' in result.stdout
    for source, served in env.shops.items():
        assert writes_since(served, marks[source]) == []
        assert odoo_products(served, EAN_A)[0]['active'] is True
    rattail(env, 'export-odoo-pos')
    for served in env.shops.values():
        assert odoo_products(served, EAN_A)[0]['active'] is False


def ean13(n: int) -> str:
    """A valid EAN-13 (check digit computed) from a number."""
    body = f"20{n:010d}"
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body))
    return body + str((10 - total % 10) % 10)


def test_delete_archives_a_deleted_product_and_never_unlinks(env):
    add_products(env, ("Export A", EAN_A, 'EXP-A', '1.00'), ("Export B", EAN_B, 'EXP-B', '1.00'))
    rattail(env, 'export-odoo-pos', '--source', 'default')
    served = env.shops['default']
    [before] = odoo_products(served, EAN_A)
    set_product(env, 'EXP-A', deleted=True, description='Deleted in Rattail')
    mark = served.sandbox.call_count
    result = rattail(env, 'export-odoo-pos', '--source', 'default')
    assert 'product.product: created 0, bound 0, updated 0' in result.stdout
    assert writes_since(served, mark) == []
    assert odoo_products(served, EAN_A) == [before]          # without --delete: left alone
    mark = served.sandbox.call_count
    result = rattail(env, 'export-odoo-pos', '--source', 'default', '--delete')
    assert 'product.product: created 0, bound 0, updated 1' in result.stdout
    assert 'archived 1' in result.stdout
    calls = [c[2:] for c in served.sandbox.calls if c[0] > mark]
    assert ('product.product', 'unlink') not in calls
    assert [c for c in calls if c[1] in ('create', 'write', 'unlink')] == [
        ('product.product', 'write')]
    [after] = odoo_products(served, EAN_A)
    assert after == {**before, 'active': False}              # archived, nothing else written
    assert odoo_products(served, EAN_B)[0]['active'] is True
    # the binding stays, with what Odoo now has; a second run has nothing to do
    assert scalar(env, "SELECT active FROM odoo_pos_product WHERE source = 'default' "
                       "AND odoo_id = :i", i=before['id']) is False
    mark = served.sandbox.call_count
    rattail(env, 'export-odoo-pos', '--source', 'default', '--delete')
    assert writes_since(served, mark) == []


def test_max_create_update_and_total_are_respected_per_source_and_model(env):
    codes = [ean13(i) for i in range(1, 8)]
    add_products(env, *[(f"Limited {i}", code, f'LIM-{i}', '1.00')
                        for i, code in enumerate(codes[:5], 1)])
    served = env.shops['default']

    def in_odoo(price=None):
        found = [p for code in codes for p in odoo_products(served, code)]
        return found if price is None else [p for p in found if round(p['lst_price'], 2) == price]

    result = rattail(env, 'export-odoo-pos', '--source', 'default', '--max-create', '2')
    assert 'pos.category: created 1' in result.stdout          # its own limit of 2
    assert 'product.product: created 2,' in result.stdout
    assert len(in_odoo()) == 2
    result = rattail(env, 'export-odoo-pos', '--source', 'default', '--max-create', '2')
    assert 'product.product: created 2,' in result.stdout and len(in_odoo()) == 4
    result = rattail(env, 'export-odoo-pos', '--source', 'default')
    assert 'product.product: created 1,' in result.stdout and len(in_odoo()) == 5

    for i in range(1, 6):
        set_price(env, f'LIM-{i}', '2.00')
    result = rattail(env, 'export-odoo-pos', '--source', 'default', '--max-update', '3')
    assert 'product.product: created 0, bound 0, updated 3,' in result.stdout
    assert len(in_odoo(2.0)) == 3 and len(in_odoo(1.0)) == 2

    add_products(env, *[(f"Limited {i}", codes[i - 1], f'LIM-{i}', '2.00') for i in (6, 7)])
    result = rattail(env, 'export-odoo-pos', '--source', 'default', '--max-total', '3')
    assert 'product.product: created 2, bound 0, updated 1,' in result.stdout
    assert len(in_odoo()) == 7 and len(in_odoo(2.0)) == 6
    result = rattail(env, 'export-odoo-pos', '--source', 'default')
    assert 'product.product: created 0, bound 0, updated 1,' in result.stdout
    assert len(in_odoo(2.0)) == 7


def test_a_change_in_odoo_and_in_rattail_is_a_conflict_nothing_is_overwritten(env):
    add_products(env, ("Export A", EAN_A, 'EXP-A', '1.00'))
    rattail(env, 'export-odoo-pos', '--source', 'default')
    time.sleep(1.1)         # Odoo's write_date has whole seconds
    served = env.shops['default']
    odoo = odoo_login(served)
    odoo_id = odoo_products(served, EAN_A)[0]['id']
    execute(odoo, 'product.product', 'write', [odoo_id], {'name': 'Renamed in Odoo'})
    set_product(env, 'EXP-A', description='Renamed in Rattail')
    mark = served.sandbox.call_count
    result = rattail(env, 'export-odoo-pos', '--source', 'default')
    assert 'conflicts 1' in result.stdout
    assert "Renamed in Odoo" in result.stdout and "Renamed in Rattail" in result.stdout
    assert writes_since(served, mark) == []
    assert odoo_products(served, EAN_A)[0]['name'] == 'Renamed in Odoo'
    assert scalar(env, "SELECT description FROM product WHERE item_id = 'EXP-A'") == \
        'Renamed in Rattail'
    # a person decides: Rattail wins for the name
    result = rattail(env, 'export-odoo-pos', '--source', 'default', '--rattail-wins', 'name')
    assert 'conflicts 0' in result.stdout
    assert odoo_products(served, EAN_A)[0]['name'] == 'Renamed in Rattail'


def test_an_invalid_barcode_is_skipped_with_a_warning_the_rest_exported(env):
    add_products(env, ("Good", EAN_A, 'EXP-A', '1.00'), ("Bad", '4006381333932', 'EXP-B', '1.00'))
    result = rattail(env, 'export-odoo-pos', '--source', 'default')
    assert "'Bad'" in result.stderr and "4006381333932" in result.stderr
    assert "check digit" in result.stderr
    served = env.shops['default']
    assert len(odoo_products(served, EAN_A)) == 1
    assert odoo_products(served, '4006381333932') == []
    assert scalar(env, "SELECT count(*) FROM odoo_pos_product WHERE default_code = 'EXP-B'") == 0


def test_a_duplicate_barcode_in_odoo_fails_that_record_the_rest_goes_on(env):
    served = env.shops['default']
    odoo = odoo_login(served)
    taken = execute(odoo, 'product.product', 'search_read', [('barcode', '!=', False)],
                    fields=['barcode'], limit=1)[0]['barcode']
    add_products(env, ("Export A", EAN_A, 'EXP-A', '1.00'), ("Export B", EAN_B, 'EXP-B', '1.00'))
    rattail(env, 'export-odoo-pos', '--source', 'default')
    set_product(env, 'EXP-B', scancode=taken)
    set_price(env, 'EXP-A', '3.00')
    result = rattail(env, 'export-odoo-pos', '--source', 'default', check=False)
    assert result.returncode == 1
    failed = [x for x in result.stderr.splitlines() if x.startswith('export-odoo-pos failed:')]
    assert len(failed) == 1, result.stderr
    line = failed[0]
    assert "Odoo source 'default'" in line and 'product.product' in line
    assert "'Export B'" in line and 'Barcode(s) already assigned' in line
    assert result.stderr.splitlines()[-1] == ("Everything else was exported; the failed records "
                                              "are left unbound or unchanged. Re-run once fixed.")
    assert round(odoo_products(served, EAN_A)[0]['lst_price'], 2) == 3.0
    assert len(odoo_products(served, EAN_B)) == 1      # left unchanged


def test_a_rerun_after_a_lost_rattail_commit_creates_no_duplicate(env, monkeypatch):
    from rattail_odoo_pos.exporting import odoo_pos
    add_products(env, ("Export A", EAN_A, 'EXP-A', '1.00'))
    original = odoo_pos.EntityExporter.bind

    def bind_then_die(self, native, rec):
        if self.entity.key == 'product':
            raise RuntimeError("killed after Odoo's create")
        return original(self, native, rec)

    monkeypatch.setattr(odoo_pos.EntityExporter, 'bind', bind_then_die)
    handler = odoo_pos.FromRattailToOdooPos(env.config, sources=['default'])
    with pytest.raises(RuntimeError):
        handler.import_data()
    served = env.shops['default']
    assert len(odoo_products(served, EAN_A)) == 1          # Odoo created it...
    assert scalar(env, "SELECT count(*) FROM odoo_pos_product") == 0   # ...Rattail lost it
    monkeypatch.undo()
    result = rattail(env, 'export-odoo-pos', '--source', 'default')
    assert 'created 0, bound 1' in result.stdout
    [product] = odoo_products(served, EAN_A)
    assert scalar(env, "SELECT odoo_id FROM odoo_pos_product WHERE source = 'default'") == \
        product['id']


def test_killed_after_odoos_create_before_rattails_commit_the_rerun_creates_no_duplicate(env):
    """A real kill: ``rattail export-odoo-pos`` in its own process, SIGKILLed
    while the sandbox holds back the answer of a ``create`` it has committed
    (the sandbox's ``hold`` fault), so Odoo has the records and Rattail never
    learnt their ids."""
    add_products(env, ("Killed A", EAN_A, 'KIL-A', '1.00'), ("Killed B", EAN_B, 'KIL-B', '2.00'))
    served = env.shops['default']
    sb = served.sandbox
    before = sb.count('product.product')
    sb.faults.add('hold', model='product.product', method='create', seconds=8)
    proc = subprocess.Popen(rattail_command(env.path, 'export-odoo-pos', '--source', 'default'),
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 120
        while sb.count('product.product', [('barcode', 'in', [EAN_A, EAN_B])]) < 2:
            assert proc.poll() is None, proc.stderr.read().decode()[-2000:]
            assert time.monotonic() < deadline, "the export never created the products"
            time.sleep(0.05)
        assert proc.poll() is None          # waiting for the answer Odoo holds back
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL
    assert [f[1] for f in sb.faults.fired] == ['hold']
    # Odoo created both (one create call), Rattail bound none of them
    assert sb.count('product.product') == before + 2
    assert scalar(env, "SELECT count(*) FROM odoo_pos_product WHERE source = 'default'") == 0
    # the department's category was committed before the kill: it stays bound, once
    assert scalar(env, "SELECT count(*) FROM odoo_pos_department WHERE source = 'default' "
                       "AND name = 'Export Dept'") == 1

    result = rattail(env, 'export-odoo-pos', '--source', 'default')
    assert 'default: product.product: created 0, bound 2' in result.stdout
    assert 'default: pos.category: created 0' in result.stdout
    assert sb.count('product.product') == before + 2
    assert sb.count('pos.category', [('name', '=', 'Export Dept')]) == 1
    for code, name in ((EAN_A, 'Killed A'), (EAN_B, 'Killed B')):
        [by_barcode] = sb.search_read('product.product', [('barcode', '=', code)], ['name'])
        assert sb.count('product.product', [('name', '=', name)]) == 1
        assert rows(env, "SELECT e.odoo_id FROM odoo_pos_product e JOIN product p "
                         "ON p.uuid = e.product_uuid WHERE e.source = 'default' "
                         "AND p.description = :n", n=name) == [(by_barcode['id'],)]
        # bound by natural key, the external id is recorded now (once)
        uuid = scalar(env, "SELECT uuid FROM product WHERE description = :n", n=name)
        assert [(x['name'], x['res_id']) for x in sb.search_read(
            'ir.model.data', [('res_id', '=', by_barcode['id']),
                              ('model', '=', 'product.product')], ['name', 'res_id'])] == [
            (f'product_{uuid}', by_barcode['id'])]


def test_postgresql_lost_after_odoos_create_is_one_line_and_the_rerun_binds(env):
    """PostgreSQL cuts the export's connection while Odoo creates its records
    (the sandbox holds the ``create``'s answer back meanwhile): the export says
    so in one line, and its hint is the export's, not the import's (what Odoo
    received is kept there and found again by the re-run, which binds it)."""
    add_products(env, ("Cut A", EAN_A, 'CUT-A', '1.00'), ("Cut B", EAN_B, 'CUT-B', '2.00'))
    sb = env.shops['default'].sandbox
    before = sb.count('product.product')
    sb.faults.add('hold', model='product.product', method='create', seconds=4)
    proc = subprocess.Popen(rattail_command(env.path, 'export-odoo-pos', '--source', 'default'),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 120
        while sb.count('product.product', [('barcode', 'in', [EAN_A, EAN_B])]) < 2:
            assert proc.poll() is None, proc.stderr.read()[-2000:]
            assert time.monotonic() < deadline, "the export never created the products"
            time.sleep(0.05)
        # what a PostgreSQL restart does to its clients: every connection is cut
        dbname = env.db_url.rsplit('/', 1)[-1]
        scalar(env, "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                    "WHERE datname = :db AND pid <> pg_backend_pid()", db=dbname)
        out, err = proc.communicate(timeout=300)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == 1, err[-3000:]
    assert 'Traceback' not in out + err, err[-3000:]
    said = [line for line in err.splitlines() if line.strip() and not line[:4].isdigit()]
    assert len(said) == 2, said
    assert said[0].startswith("export-odoo-pos failed: PostgreSQL error (OperationalError): ")
    assert said[1].startswith("What Odoo received before the failure is kept there; re-run "
                              "once the database is back"), said
    assert 'resumes at the last committed batch' not in err
    assert sb.count('product.product') == before + 2
    assert scalar(env, "SELECT count(*) FROM odoo_pos_product WHERE source = 'default'") == 0

    result = rattail(env, 'export-odoo-pos', '--source', 'default')
    assert 'default: product.product: created 0, bound 2' in result.stdout
    assert sb.count('product.product') == before + 2
    for code in (EAN_A, EAN_B):
        [odoo] = sb.search_read('product.product', [('barcode', '=', code)], ['id'])
        assert rows(env, "SELECT e.odoo_id FROM odoo_pos_product e JOIN product p "
                         "ON p.uuid = e.product_uuid WHERE e.source = 'default' "
                         "AND p.scancode = :c", c=code) == [(odoo['id'],)]


def test_external_ids_find_a_record_whose_natural_key_changed(env):
    """Each record the export creates gets the external id
    ``rattail_odoo_pos.<entity>_<uuid>`` in Odoo's ir.model.data; it is looked
    up before the natural key, so a lost binding is found again even after
    barcode and internal reference changed."""
    add_products(env, ("Export A", EAN_A, 'EXP-A', '1.00'))
    rattail(env, 'export-odoo-pos', '--source', 'default')
    served = env.shops['default']
    sb = served.sandbox
    [odoo] = odoo_products(served, EAN_A)
    product_uuid, dept_uuid = rows(env, "SELECT uuid, department_uuid FROM product "
                                        "WHERE item_id = 'EXP-A'")[0]
    dept_id = scalar(env, "SELECT odoo_id FROM odoo_pos_department WHERE source = 'default'")
    xmlids = {(x['module'], x['name'], x['model'], x['res_id'], x['noupdate'])
              for x in sb.search_read('ir.model.data', [('module', '=', 'rattail_odoo_pos')],
                                      ['module', 'name', 'model', 'res_id', 'noupdate'])}
    assert xmlids == {('rattail_odoo_pos', f'product_{product_uuid}', 'product.product',
                       odoo['id'], True),
                      ('rattail_odoo_pos', f'department_{dept_uuid}', 'pos.category',
                       dept_id, True)}
    # the binding is lost (a restored backup, say) and the natural key changed
    rows(env, "DELETE FROM odoo_pos_product WHERE source = 'default'")
    rows(env, "UPDATE product SET scancode = :b, item_id = 'EXP-A2' WHERE item_id = 'EXP-A'",
         b=EAN_C)
    before = sb.count('product.product')
    result = rattail(env, 'export-odoo-pos', '--source', 'default')
    assert 'product.product: created 0, bound 1, updated 1' in result.stdout
    assert sb.count('product.product') == before
    [again] = odoo_products(served, EAN_C)
    assert again['id'] == odoo['id'] and again['default_code'] == 'EXP-A2'
    assert odoo_products(served, EAN_A) == []
    assert scalar(env, "SELECT odoo_id FROM odoo_pos_product WHERE source = 'default'") == \
        odoo['id']
    assert sb.count('ir.model.data', [('module', '=', 'rattail_odoo_pos')]) == 2


def test_two_exports_at_once_one_exits_with_the_lock_line(env):
    from rattail_odoo_pos.locks import SourceLocks
    with SourceLocks(env.config, ['default'], 'export-odoo-pos', wait_seconds=0):
        result = rattail(env, 'export-odoo-pos', '--source', 'default', check=False)
    assert result.returncode == 75
    assert "export-odoo-pos skipped: Odoo source 'default': another run holds its lock" \
        in result.stderr


def with_config(env, tmp_path, text: str):
    """A config file including the test's own, plus *text*."""
    path = tmp_path / 'more.conf'
    path.write_text(f"[rattail.config]\ninclude = {env.path}\n\n{text}")
    return path


def test_new_records_are_created_in_one_call_per_model_and_customers_bound_by_email(env):
    add_products(env, ("Export A", EAN_A, 'EXP-A', '1.00'), ("Export B", EAN_B, 'EXP-B', '2.00'),
                 ("Export C", EAN_C, 'EXP-C', '3.00'))
    served = env.shops['default']
    odoo = odoo_login(served)
    existing = execute(odoo, 'res.partner', 'search_read', [('email', '!=', False)],
                       fields=['email', 'name'], limit=1)[0]
    app = env.config.get_app()
    session = app.make_session()
    try:
        for name, address in (("Known Customer", existing['email'].upper()),
                              ("New Customer", 'new.customer@example.com')):
            customer = app.model.Customer(name=name)
            customer.add_email_address(address)
            session.add(customer)
        session.commit()
    finally:
        session.close()
    mark = served.sandbox.call_count
    result = rattail(env, 'export-odoo-pos', '--source', 'default')
    assert 'default: res.partner: created 1, bound 1' in result.stdout
    creates = [c[2] for c in writes_since(served, mark) if c[3] == 'create']
    assert sorted(c for c in creates if c != 'ir.model.data') == [
        'pos.category', 'product.product', 'res.partner']
    # the external ids: one call per model for the created, one for the bound partner
    assert creates.count('ir.model.data') == 4
    for code in (EAN_A, EAN_B, EAN_C):
        assert len(odoo_products(served, code)) == 1
    assert scalar(env, "SELECT odoo_id FROM odoo_pos_customer c JOIN customer n "
                       "ON n.uuid = c.customer_uuid WHERE n.name = 'Known Customer'") == \
        existing['id']
    [new] = execute(odoo, 'res.partner', 'search_read',
                    [('email', '=', 'new.customer@example.com')], fields=['name'])
    assert new['name'] == 'New Customer'
    # bound, not created: Rattail owns the name, so the next run writes it to that partner
    rattail(env, 'export-odoo-pos', '--source', 'default')
    [known] = execute(odoo, 'res.partner', 'read', [existing['id']], fields=['name'])
    assert known['name'] == 'Known Customer'


def test_fields_not_owned_are_never_written(env, tmp_path):
    add_products(env, ("Export A", EAN_A, 'EXP-A', '1.00'))
    rattail(env, 'export-odoo-pos', '--source', 'default')
    conf = with_config(env, tmp_path, "[odoo_pos]\nexport.product.fields = lst_price\n")
    set_product(env, 'EXP-A', description='Changed in Rattail')
    set_price(env, 'EXP-A', '7.00')
    served = env.shops['default']
    rattail(conf, 'export-odoo-pos', '--source', 'default')
    [product] = odoo_products(served, EAN_A)
    assert round(product['lst_price'], 2) == 7.0 and product['name'] == 'Export A'
    bad = with_config(env, tmp_path, "[odoo_pos]\nexport.product.fields = lst_price colour\n")
    result = rattail(bad, 'export-odoo-pos', '--source', 'default', check=False)
    assert result.returncode == 2
    assert "export.product.fields names colour" in result.stderr


def test_taxes_where_mapped_are_written_only_when_owned(env, tmp_path):
    served = env.shops['default']
    t1, t2 = [t['id'] for t in served.sandbox.search_read(
        'account.tax', [('type_tax_use', '=', 'sale')], ['name'])][:2]
    t3 = served.sandbox.create('account.tax', {'name': "VAT 21%", 'amount': 21.0,
                                               'type_tax_use': 'sale'})
    add_products(env, ("Taxed A", EAN_A, 'TAX-A', '1.00'), ("Untaxed B", EAN_B, 'TAX-B', '1.00'),
                 ("Taxed C", EAN_C, 'TAX-C', '1.00'))
    set_product(env, 'TAX-A', tax1=True)
    app = env.config.get_app()
    session = app.make_session()
    try:        # C's Rattail tax: imported from account.tax t3 in 'default', unknown in shop2
        tax = app.model.Tax(code='VAT21', description="VAT 21%", rate=decimal.Decimal('21'))
        session.add(app.model.OdooPosTax(source='default', odoo_id=t3, tax=tax, name="VAT 21%"))
        session.query(app.model.Product).filter_by(item_id='TAX-C').one().tax = tax
        session.commit()
    finally:
        session.close()

    def taxes(shop, code):
        return odoo_products(env.shops[shop], code)[0]['taxes_id'] if \
            odoo_products(env.shops[shop], code) else None

    # not owned by default: created without taxes, whatever Rattail says
    rattail(env, 'export-odoo-pos')
    assert [taxes(s, c) for s in env.shops for c in (EAN_A, EAN_B, EAN_C)] == [[]] * 6
    owned = ("export.product.fields = name barcode default_code lst_price available_in_pos "
             "active pos_categ_ids taxes_id\n")
    conf = with_config(env, tmp_path, f"[odoo_pos]\n{owned}export_taxes = tax1:{t1}\n"
                                      f"source.shop2.export_taxes = tax1:{t2}\n")
    marks = {s: served.sandbox.call_count for s, served in env.shops.items()}
    result = rattail(conf, 'export-odoo-pos')
    # default: A by the mapping, C by the tax it was imported from; one write each
    assert taxes('default', EAN_A) == [t1] and taxes('default', EAN_C) == [t3]
    assert taxes('default', EAN_B) == []
    assert [c[2:] for c in writes_since(served, marks['default'])] == [
        ('product.product', 'write')] * 2
    # shop2: its own mapping; C's tax has no Odoo tax there: skipped, named
    assert taxes('shop2', EAN_A) == [t2] and taxes('shop2', EAN_C) == []
    assert "'Taxed C'" in result.stderr and "its tax 'VAT21' has no Odoo tax in source " \
        "'shop2'" in result.stderr
    # what Odoo holds is in the bindings: the next run writes nothing (no echo)
    marks = {s: served.sandbox.call_count for s, served in env.shops.items()}
    rattail(conf, 'export-odoo-pos')
    for source, shop in env.shops.items():
        assert writes_since(shop, marks[source]) == []
    # a tax flag dropped in Rattail: the tax goes in Odoo ((6, 0, ids) replaces the set)
    set_product(env, 'TAX-A', tax1=False)
    rattail(conf, 'export-odoo-pos', '--source', 'default')
    assert taxes('default', EAN_A) == []
    bad = with_config(env, tmp_path, f"[odoo_pos]\n{owned}export_taxes = tax1:one\n")
    result = rattail(bad, 'export-odoo-pos', check=False)
    assert result.returncode == 2 and 'Traceback' not in result.stderr
    assert "export_taxes: 'tax1:one' is not KEY:ID" in result.stderr


def test_conflicts_go_to_the_warnings_email(env, tmp_path):
    from odoo_pos_dev.testing import SMTPSink
    add_products(env, ("Export A", EAN_A, 'EXP-A', '1.00'))
    rattail(env, 'export-odoo-pos', '--source', 'default')
    time.sleep(1.1)         # Odoo's write_date has whole seconds
    served = env.shops['default']
    odoo_id = odoo_products(served, EAN_A)[0]['id']
    execute(odoo_login(served), 'product.product', 'write', [odoo_id], {'lst_price': 9.0})
    set_price(env, 'EXP-A', '2.00')
    sink = SMTPSink()
    try:
        conf = with_config(env, tmp_path, (
            f"[rattail.mail]\nsend_emails = true\nsmtp.server = {sink.address}\n"
            "default.from = rattail@example.com\ndefault.to = back-office@example.com\n"))
        result = rattail(conf, 'export-odoo-pos', '--source', 'default', '--warnings')
    finally:
        sink.shutdown()
        sink.server_close()
    assert 'conflicts 1' in result.stdout
    [msg] = sink.messages
    assert msg['Subject'].endswith('Changes for Rattail -> Odoo POS')
    body = '\n'.join(part.get_payload(decode=True).decode()
                     for part in msg.walk() if part.get_content_maintype() == 'text')
    assert 'Product conflicts (default)' in body and 'lst_price' in body
    assert round(odoo_products(served, EAN_A)[0]['lst_price'], 2) == 9.0


def test_one_shop_down_does_not_keep_the_decision_from_the_others(env):
    add_products(env, ('Down Shop Tea', EAN_C, 'DST-1', '2.50'))
    env.shops['shop2'].server.stop()
    result = rattail(env, 'export-odoo-pos', check=False)
    assert 'Traceback' not in result.stderr
    assert result.returncode == 1
    lines = [l for l in result.stderr.splitlines() if l.startswith('export-odoo-pos failed')]
    assert len(lines) == 1 and "Cannot reach Odoo source 'shop2'" in lines[0], result.stderr
    # the line after it says what is true: the other source got everything
    assert result.stderr.splitlines() == [
        lines[0], "Everything else was exported; nothing was sent to shop2. Re-run once fixed."]
    # the reachable shop has it, bound
    [odoo] = odoo_products(env.shops['default'], EAN_C)
    assert odoo['name'] == 'Down Shop Tea'
    assert scalar(env, "SELECT count(*) FROM odoo_pos_product WHERE source = 'default' "
                       "AND odoo_id = :i", i=odoo['id']) == 1
    assert scalar(env, "SELECT count(*) FROM odoo_pos_product WHERE source = 'shop2'") == \
        scalar(env, "SELECT count(*) FROM odoo_pos_product WHERE source = 'shop2' "
                    "AND barcode IS DISTINCT FROM :b", b=EAN_C)
    [(error,)] = rows(env, "SELECT last_error FROM odoo_pos_source_status WHERE source = 'shop2'")
    assert 'Cannot reach' in error


def test_dry_run_counts_what_the_run_then_does_in_a_new_department(env):
    """A dry run counts a product of a department it would create as created,
    as the real run then does, instead of skipping it as having no category
    (nothing is sent, nothing bound); and a product of a department it would
    bind by name is counted as the real run counts it too."""
    add_products(env, ('Dry Dept Tea', EAN_C, 'DDT-9', '2.00'), department='Dry Dept')
    served = env.shops['default']
    sb = served.sandbox
    existing = sb.search_read('pos.category', [('parent_id', '=', False)],
                              ['name'])[0]['name']          # bound by name
    add_products(env, ('Dry Bound Tea', EAN_B, 'DBT-9', '3.00'), department=existing)
    mark, before = served.sandbox.call_count, sb.count('product.product')

    def summary(result):
        return sorted(line.replace(' (dry run: nothing sent)', '')
                      for line in result.stdout.splitlines()
                      if line.startswith('default: '))
    dry = rattail(env, 'export-odoo-pos', '--dry-run', '--source', 'default')
    assert 'skipped: ' not in dry.stderr, dry.stderr
    assert writes_since(served, mark) == [] and sb.count('product.product') == before
    assert scalar(env, "SELECT count(*) FROM odoo_pos_department WHERE name = 'Dry Dept'") == 0
    real = rattail(env, 'export-odoo-pos', '--source', 'default')
    assert summary(dry) == summary(real), (dry.stdout, real.stdout)
    assert any(line.startswith('default: product.product: created 2,')
               for line in summary(real)), real.stdout
    assert any(line.startswith('default: pos.category: created 1, bound 1,')
               for line in summary(real)), real.stdout
    [tea] = odoo_products(served, EAN_C)
    assert sb.search_read('pos.category', [('id', 'in', tea['pos_categ_ids'])],
                          ['name']) == [{'id': tea['pos_categ_ids'][0], 'name': 'Dry Dept'}]


def test_dry_run_with_one_shop_down_says_nothing_was_sent(env):
    """A dry run sends nothing: with one shop down the last line says so and
    names the shop, not "Everything else was exported"."""
    add_products(env, ('Dry Down Tea', EAN_C, 'DDT-1', '2.50'))
    rattail(env, 'export-odoo-pos')
    set_price(env, 'DDT-1', '3.75')
    add_products(env, ('Dry New Tea', EAN_B, 'DNT-1', '1.25'))
    env.shops['shop2'].server.stop()
    served = env.shops['default']
    before = served.sandbox.count('product.product')
    mark = served.sandbox.call_count
    result = rattail(env, 'export-odoo-pos', '--dry-run', check=False)
    assert result.returncode == 1
    lines = [l for l in result.stderr.splitlines() if l.startswith('export-odoo-pos failed')]
    assert len(lines) == 1 and "Cannot reach Odoo source 'shop2'" in lines[0], result.stderr
    assert result.stderr.splitlines() == [
        lines[0], "Dry run: nothing was sent; shop2 could not be reached. Re-run once fixed."]
    assert ('default: product.product: created 1, bound 0, updated 1, conflicts 0, '
            'skipped 0, failed 0, archived 0 (dry run: nothing sent)') in result.stdout
    # and indeed nothing was sent to the reachable shop, nothing bound, no status written
    assert writes_since(served, mark) == []
    assert served.sandbox.count('product.product') == before
    assert round(odoo_products(served, EAN_C)[0]['lst_price'], 2) == 2.5
    assert odoo_products(served, EAN_B) == []
    assert scalar(env, "SELECT count(*) FROM odoo_pos_product WHERE barcode = :b",
                  b=EAN_B) == 0
    assert rows(env, "SELECT last_error FROM odoo_pos_source_status "
                     "WHERE source = 'shop2'") == []


def test_an_unreachable_only_source_says_nothing_was_exported(tmp_path, rattail_db_url):
    """The only source refuses the connection: the error line and a hint that
    does not claim anything else was exported; no retry, traceback or secret."""
    env = make_rattail_env(tmp_path, rattail_db_url, {'default': dict(
        url='http://127.0.0.1:9', database='pos17', login='admin', secret='hunter2-secret',
        timeout=2, retries=1, backoff=0.01)})
    add_products(env, ('Nowhere Tea', EAN_A, 'NWT-1', '2.50'))
    result = rattail(env, 'export-odoo-pos', check=False)
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert len(lines) == 2, lines
    assert lines[0].startswith("export-odoo-pos failed: Cannot reach Odoo source 'default'")
    assert 'after 2 attempts' in lines[0]
    assert lines[1] == "Nothing was exported. Re-run once fixed."
    assert 'hunter2-secret' not in result.stderr + result.stdout
    assert scalar(env, "SELECT count(*) FROM odoo_pos_product") == 0


@pytest.mark.parametrize('fault', ['drop', 'http500'])
def test_odoo_failing_during_the_export_says_what_was_sent_and_a_rerun_sends_the_rest(env, fault):
    """The source connected, then Odoo fails mid-export (the connection dropped, or
    HTTP 500, at the products' ``create``): one line naming the source and the
    failed call, then a hint true to the run (not the import's "resumes at the
    last committed batch"); what was sent before is in Odoo and bound, the other
    shop got everything; the re-run sends only the rest, each record once."""
    add_products(env, ("Mid A", EAN_A, 'MID-A', '1.00'))
    rattail(env, 'export-odoo-pos')
    add_products(env, ("Mid B", EAN_B, 'MID-B', '2.00'), ("Mid C", EAN_C, 'MID-C', '3.00'),
                 department='Later Dept')
    set_price(env, 'MID-A', '1.50')
    served = env.shops['default']
    sb = served.sandbox
    before = sb.count('product.product')
    sb.faults.add(fault, model='product.product', method='create')
    result = rattail(env, 'export-odoo-pos', check=False)
    assert [f[1:] for f in sb.faults.fired] == [(fault, 'product.product', 'create')]
    assert result.returncode == 1
    what = {'drop': "gave no answer to call product.product.create (timeout 10s): Remote end "
                    "closed connection without response. Not repeated: Odoo may have done "
                    "it; the next run finds it before doing it again",
            'http500': "answered HTTP 500 when trying to call product.product.create (after "
                       "1 attempt); check the server's log"}[fault]
    assert result.stderr.splitlines() == [
        f"export-odoo-pos failed: Odoo source 'default' at {served.url} {what}",
        "Everything else was exported; the export to default stopped part-way: what was sent "
        "before the failure is in Odoo and bound, the rest was not sent. Re-run once fixed; "
        "it sends only what is still unsent."]
    assert served.password not in result.stderr + result.stdout
    assert 'default: pos.category: created 1' in result.stdout
    assert ('default: product.product: created 0, bound 0, updated 0, conflicts 0, skipped 0, '
            'failed 0, archived 0 (stopped: Odoo failed)') in result.stdout.splitlines()
    # sent before the failure: the new department's category, in Odoo and bound
    [categ] = sb.search_read('pos.category', [('name', '=', 'Later Dept')], ['name'])
    assert scalar(env, "SELECT odoo_id FROM odoo_pos_department e JOIN department d "
                       "ON d.uuid = e.department_uuid WHERE e.source = 'default' "
                       "AND d.name = 'Later Dept'") == categ['id']
    # not sent: the new products, and A's price (its write came after the creates)
    assert sb.count('product.product') == before
    assert round(odoo_products(served, EAN_A)[0]['lst_price'], 2) == 1.0
    # the other shop got everything
    assert round(odoo_products(env.shops['shop2'], EAN_A)[0]['lst_price'], 2) == 1.5
    assert len(odoo_products(env.shops['shop2'], EAN_B)) == 1
    [(error,)] = rows(env, "SELECT last_error FROM odoo_pos_source_status "
                           "WHERE source = 'default'")
    assert 'product.product.create' in error

    result = rattail(env, 'export-odoo-pos', '--source', 'default')
    assert 'default: pos.category: created 0' in result.stdout
    assert 'default: product.product: created 2, bound 0, updated 1' in result.stdout
    assert sb.count('pos.category', [('name', '=', 'Later Dept')]) == 1
    assert sb.count('product.product') == before + 2
    assert round(odoo_products(served, EAN_A)[0]['lst_price'], 2) == 1.5
    for code, item_id in ((EAN_A, 'MID-A'), (EAN_B, 'MID-B'), (EAN_C, 'MID-C')):
        [odoo] = odoo_products(served, code)
        assert rows(env, "SELECT e.odoo_id FROM odoo_pos_product e JOIN product p "
                         "ON p.uuid = e.product_uuid WHERE e.source = 'default' "
                         "AND p.item_id = :i", i=item_id) == [(odoo['id'],)]
        assert sb.count('ir.model.data', [('module', '=', 'rattail_odoo_pos'),
                                          ('model', '=', 'product.product'),
                                          ('res_id', '=', odoo['id'])]) == 1


def test_datasync_requeues_a_source_whose_odoo_fails_during_the_export(env):
    """The datasync consumer runs the same handler: a source whose Odoo fails
    mid-export (HTTP 500 on every attempt of the products' ``write``) now ends
    in ExportFailed, and its records are still queued again for that source
    alone (not taken for records Odoo refused); the other shop gets the change;
    the queued change, run once Odoo is back, sends it."""
    from rattail_odoo_pos.datasync.export import OdooPosExportConsumer
    add_products(env, ("Queued A", EAN_A, 'QUE-A', '1.00'))
    rattail(env, 'export-odoo-pos')
    set_price(env, 'QUE-A', '6.60')
    served = env.shops['default']
    served.sandbox.faults.add('http500', model='product.product', method='write', times=3)
    app = env.config.get_app()
    model = app.model
    session = app.make_session()
    try:
        uuid = scalar(env, "SELECT uuid FROM product WHERE item_id = 'QUE-A'")
        consumer = OdooPosExportConsumer(env.config, 'odoo_pos')
        consumer.process_changes(session, [model.DataSyncChange(
            payload_type='Product', payload_key=uuid, deletion=False)])
        session.commit()
        assert [f[1] for f in served.sandbox.faults.fired] == ['http500'] * 3
        assert round(odoo_products(env.shops['shop2'], EAN_A)[0]['lst_price'], 2) == 6.6
        assert round(odoo_products(served, EAN_A)[0]['lst_price'], 2) == 1.0
        requeued = session.query(model.DataSyncChange).all()
        assert {(c.payload_type, c.payload_key) for c in requeued} >= {
            ('Product', f'{uuid}@default')}
        assert {c.payload_key.split('@')[1] for c in requeued} == {'default'}
        for change in requeued:
            session.delete(change)
        consumer.process_changes(session, requeued)
        session.commit()
        [odoo] = odoo_products(served, EAN_A)
        assert round(odoo['lst_price'], 2) == 6.6
        assert scalar(env, "SELECT odoo_id FROM odoo_pos_product WHERE source = 'default'") == \
            odoo['id']
    finally:
        session.close()
