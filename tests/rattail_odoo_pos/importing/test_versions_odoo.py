# SPDX-License-Identifier: GPL-3.0-or-later
"""Odoo 15 to 19 (and 20): the import against the sandbox speaking each
version, the per-version field map against each version's ``fields_get``, and
what differs (16's template price changes, 18's refunds, 19's invoiced orders,
two versions into one database)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from odoo_pos_sandbox import versions as sandbox_versions
from odoo_pos_dev.devenv import make_rattail_env
from odoo_pos_dev.testing import (
    assert_equal_to_sandbox, execute, local_ids, odoo_login, rattail, rows, scalar)
from rattail_odoo_pos import versions
from rattail_odoo_pos.entities import ENTITIES

VERSIONS = (15, 16, 17, 18, 19)


def not_public(sb) -> list:
    """The domain of the partners that are customers: all but the public partner."""
    [xid] = sb.search_read('ir.model.data', [('module', '=', 'base'),
                                              ('name', '=', 'public_partner')], ['res_id'])
    return [('id', '!=', xid['res_id'])]


def env_for(tmp_path, db_url, **served):
    """A Rattail config with one source per keyword (key -> served sandbox)."""
    return make_rattail_env(tmp_path, db_url,
                            {key: one.source_settings() for key, one in served.items()})


def version_fields(major: int, odoo_model: str) -> dict | None:
    """The ``fields_get`` the sandbox serves as *major* (for 16, 18 and 19 the
    recordings of live servers), or None when the version has no such model."""
    v = sandbox_versions.Version(major)
    return v.model(odoo_model).fields if v.has_model(odoo_model) else None


@pytest.mark.parametrize('major', VERSIONS + (20,))
def test_the_map_asks_for_no_field_the_version_lacks(major):
    for entity in ENTITIES.values():
        have = version_fields(major, entity.odoo_model)
        if have is None:
            assert (entity.key, versions.map_version(major)) in versions.MODEL_MISSING, \
                (major, entity.odoo_model)
            continue
        wanted, derived = versions.wanted_fields(entity, major)
        lacking = [f for f in wanted if f not in have]
        assert lacking == [], (major, entity.odoo_model, lacking)
        # and whatever 17 reads that this version lacks is mapped
        for name in entity.odoo_fields:
            if name not in have:
                assert name in derived, (major, entity.odoo_model, name)


def test_the_recorded_versions_differ_where_the_map_says():
    """The map's differences are real: the field 17 reads is missing in the
    recorded 16, 18 and 19 servers where the map replaces it."""
    assert 'pos_categ_ids' not in version_fields(16, 'product.product')
    assert version_fields(16, 'product.product')['pos_categ_id']['type'] == 'many2one'
    assert 'date_from' not in version_fields(16, 'loyalty.program')
    assert version_fields(16, 'pos.order')['config_id']['store'] is False
    assert 'price_include_override' in version_fields(18, 'account.tax')
    assert version_fields(18, 'account.tax')['price_include']['store'] is False
    assert 'online' in [k for k, _ in version_fields(18, 'pos.payment.method')['type']['selection']]
    assert 'invoiced' not in [k for k, _ in version_fields(19, 'pos.order')['state']['selection']]
    assert 'mobile' not in version_fields(19, 'res.partner')
    assert 'login_number' not in version_fields(19, 'pos.session')


@pytest.mark.parametrize('major', VERSIONS)
def test_import_equals_the_sandbox_in_each_version(major, tmp_path, rattail_db_url,
                                                   sandbox_version):
    served = sandbox_version(major)
    sb = served.sandbox
    if major >= 17:
        # an invoiced order (19: read as 'done' with its account move)
        odoo = odoo_login(served)
        order = sb.ids('pos.order', [('state', '=', 'done'), ('partner_id', '!=', False)])[0]
        execute(odoo, 'pos.order', 'action_pos_order_invoice', [order])
    env = env_for(tmp_path, rattail_db_url, default=served)
    rattail(env, '--no-versioning', 'import-odoo-pos')
    # every id once, per store and day counts and money to the cent
    assert_equal_to_sandbox(env, sb)
    for entity in ENTITIES.values():
        table = entity.model_class.__tablename__
        if (entity.key, major) in versions.MODEL_MISSING:
            assert local_ids(env, table) == []      # skipped (odoo-pos-check says why)
            continue
        if not entity.countable:
            continue
        domain = not_public(sb) if entity.key == 'customer' else []
        assert local_ids(env, table) == sb.ids(entity.odoo_model, domain), (major, table)
    # products with their departments (the first POS category)
    got = dict(rows(env, """
        SELECT x.odoo_id, dx.odoo_id FROM odoo_pos_product x JOIN product p
          ON p.uuid = x.product_uuid LEFT JOIN odoo_pos_department dx
          ON dx.department_uuid = p.department_uuid AND dx.source = x.source"""))
    want = {p['id']: (p['pos_categ_ids'] or [None])[0]
            for p in sb.search_read('product.product', [], ['pos_categ_ids'])}
    assert got == want
    assert sum(1 for v in want.values() if v) > 0
    # customers
    customers = dict(rows(env, "SELECT x.odoo_id, c.name FROM customer c JOIN odoo_pos_customer x "
                               "ON x.customer_uuid = c.uuid"))
    customer_domain = not_public(sb)
    assert customers == {p['id']: p['name'] or None
                         for p in sb.search_read('res.partner', customer_domain, ['name'])}
    # order states, invoiced ones counted as invoiced whatever the version calls them
    states = dict(rows(env, "SELECT state, count(*) FROM odoo_pos_order GROUP BY state"))
    want_states = {}
    for o in sb.search_read('pos.order', [], ['state']):
        want_states[o['state']] = want_states.get(o['state'], 0) + 1
    assert states == want_states
    if major >= 17:
        assert states.get('invoiced')
    # loyalty where the version has it
    programs = rows(env, "SELECT odoo_id, name, program_type, date_from, date_to "
                         "FROM odoo_pos_loyalty_program ORDER BY odoo_id")
    sandbox_programs = sb.search_read('loyalty.program', [], ['name', 'program_type', 'date_from',
                                                               'date_to'], order='id')
    assert [(p[0], p[1]) for p in programs] == [(p['id'], p['name']) for p in sandbox_programs]
    if major == 15:
        assert {p[2] for p in programs} == {'loyalty'}
        assert {(p[3], p[4]) for p in programs} == {(None, None)}
    elif major == 16:
        assert {p[3] for p in programs} == {None}
        assert [p[2] for p in programs] == [p['program_type'] for p in sandbox_programs]
    else:
        assert [p[2] for p in programs] == [p['program_type'] for p in sandbox_programs]
    rewards = rows(env, "SELECT r.odoo_id, r.required_points, p.odoo_id FROM "
                        "odoo_pos_loyalty_reward r JOIN odoo_pos_loyalty_program p "
                        "ON p.uuid = r.program_uuid ORDER BY r.odoo_id")
    assert [(r[0], float(r[1]), r[2]) for r in rewards] == [
        (r['id'], r['required_points'], r['program_id'][0]) for r in sb.search_read(
            'loyalty.reward', [], ['required_points', 'program_id'], order='id')]


def test_a_server_missing_a_mapped_field_gives_the_named_error(tmp_path, rattail_db_url,
                                                               sandbox_version):
    served = sandbox_version(16)
    sb = served.sandbox
    sb.version = sandbox_versions.Version(16)        # this sandbox's own copy of 16's fields
    del sb.version.model('product.product').fields['barcode']
    env = env_for(tmp_path, rattail_db_url, default=served)
    result = rattail(env, '--no-versioning', 'import-odoo-pos', check=False)
    assert result.returncode == 1
    assert ("Odoo source 'default' (Odoo 16): product.product has no field 'barcode'"
            in result.stderr), result.stderr[-3000:]
    assert scalar(env, "SELECT count(*) FROM odoo_pos_product") == 0
    # the other models went on
    assert local_ids(env, 'odoo_pos_order') == sb.ids('pos.order')
    status = scalar(env, "SELECT last_error FROM odoo_pos_cursor WHERE source = 'default' "
                         "AND odoo_model = 'product.product'")
    assert "no field 'barcode'" in status


def test_an_optional_module_missing_is_skipped_once(tmp_path, rattail_db_url, sandbox_version):
    """pos_hr not installed: pos.order has no employee_id; the orders arrive
    without a cashier and the run says so once."""
    served = sandbox_version(18)
    sb = served.sandbox
    sb.version = sandbox_versions.Version(18)
    del sb.version.model('pos.order').fields['employee_id']
    env = env_for(tmp_path, rattail_db_url, default=served)
    result = rattail(env, '--no-versioning', 'import-odoo-pos')
    assert result.stderr.count("pos.order.employee_id: pos_hr not installed, skipped") == 1
    assert_equal_to_sandbox(env, sb)
    assert scalar(env, "SELECT count(*) FROM odoo_pos_order WHERE employee_uuid IS NOT NULL") == 0


def test_two_sources_16_and_18_in_one_database(tmp_path, rattail_db_url, sandbox_version):
    s16, s18 = sandbox_version(16), sandbox_version(18)
    env = env_for(tmp_path, rattail_db_url, odoo16=s16, odoo18=s18)
    # one source after the other (the second finds the first's products by barcode)
    rattail(env, '--no-versioning', 'import-odoo-pos', '--source', 'odoo16')
    rattail(env, '--no-versioning', 'import-odoo-pos', '--source', 'odoo18')
    assert_equal_to_sandbox(env, s16.sandbox, source='odoo16')
    assert_equal_to_sandbox(env, s18.sandbox, source='odoo18')
    # products merged by barcode: one native product per barcode, both sources on it
    merged = rows(env, """
        SELECT p.uuid, count(DISTINCT x.source), min(x.barcode), max(d.name)
        FROM product p JOIN odoo_pos_product x ON x.product_uuid = p.uuid
        LEFT JOIN department d ON d.uuid = p.department_uuid
        WHERE x.barcode IS NOT NULL GROUP BY p.uuid""")
    barcodes = {p['barcode'] for p in s16.sandbox.search_read(
        'product.product', [('barcode', '!=', False)], ['barcode'])}
    assert len(merged) == len(barcodes) and {m[2] for m in merged} == barcodes
    assert {m[1] for m in merged} == {2}
    # each with its department: the name of its first POS category (both sources agree)
    categories = {c['id']: c['name'] for c in s16.sandbox.search_read('pos.category', [],
                                                                     ['name'])}
    want = {p['barcode']: categories.get((p['pos_categ_ids'] or [None])[0])
            for p in s16.sandbox.search_read('product.product', [('barcode', '!=', False)],
                                             ['barcode', 'pos_categ_ids'])}
    assert {m[2]: m[3] for m in merged} == want
    assert any(want.values())


def test_16_template_price_change_after_the_lookback_arrives(tmp_path, rattail_db_url,
                                                            sandbox_version):
    served = sandbox_version(16)
    sb = served.sandbox
    env = env_for(tmp_path, rattail_db_url, default=served)
    rattail(env, '--no-versioning', 'import-odoo-pos')
    product = sb.search_read('product.product', [('available_in_pos', '=', True),
                                                 ('active', '=', True)],
                             ['lst_price', 'write_date', 'product_tmpl_id'], order='id')[0]
    sb.clock.advance(6 * 3600)                       # well past the 2-hour look-back
    odoo = odoo_login(served)
    execute(odoo, 'product.template', 'write', [product['product_tmpl_id'][0]],
            {'list_price': 77.77})
    # as on a real 16: the variant's write_date did not move
    assert sb.search_read('product.product', [('id', '=', product['id'])],
                          ['write_date'])[0]['write_date'] == product['write_date']
    rattail(env, '--no-versioning', 'import-odoo-pos')
    assert rows(env, "SELECT list_price FROM odoo_pos_product WHERE odoo_id = :i",
                i=product['id'])[0][0] == Decimal('77.7700')
    assert rows(env, "SELECT pp.price FROM odoo_pos_product x JOIN product p ON p.uuid = "
                     "x.product_uuid JOIN product_price pp ON pp.uuid = p.regular_price_uuid "
                     "WHERE x.odoo_id = :i", i=product['id'])[0][0] == Decimal('77.770')


def test_18_refund_pushed_by_sync_from_ui_is_a_refund(tmp_path, rattail_db_url, sandbox_version):
    served = sandbox_version(18)
    sb = served.sandbox
    env = env_for(tmp_path, rattail_db_url, default=served)
    rattail(env, '--no-versioning', 'import-odoo-pos')
    session = sb.open_session(1)
    line = sb.search_read('pos.order.line', [], ['order_id', 'product_id', 'price_unit'],
                          order='id')[0]
    odoo = odoo_login(served)
    answer = execute(odoo, 'pos.order', 'sync_from_ui', [{
        'session_id': session, 'state': 'paid', 'amount_return': 0,
        'lines': [[0, 0, {'product_id': line['product_id'][0], 'qty': -1,
                          'price_unit': line['price_unit'],
                          'refunded_orderline_id': line['id']}]],
        'payment_ids': [[0, 0, {'payment_method_id': 1, 'amount': -line['price_unit']}]]}])
    refund = answer['pos.order'][0]
    assert not refund['name'].endswith('REFUND')          # 18 names it from the sequence
    assert refund['refunded_order_id'][0] == line['order_id'][0]
    rattail(env, '--no-versioning', 'import-odoo-pos')
    flags = dict(rows(env, "SELECT odoo_id, is_refund FROM odoo_pos_order"))
    assert flags[refund['id']] is True
    refunded = {l['order_id'][0] for l in sb.search_read(
        'pos.order.line', [('refunded_orderline_id', '!=', False)], ['order_id'])}
    assert {k for k, v in flags.items() if v} == refunded


def test_20_is_read_through_the_19_map_and_reported(tmp_path, rattail_db_url, sandbox_version):
    """A server newer than the newest verified map: read through it, checked
    against its fields_get; a field it lacks is reported per field, not fatal."""
    served = sandbox_version(20)
    sb = served.sandbox
    sb.version = sandbox_versions.Version(20)
    del sb.version.model('res.partner').fields['vat']
    env = env_for(tmp_path, rattail_db_url, default=served)
    result = rattail(env, '--no-versioning', 'import-odoo-pos')
    assert "is Odoo 20, newer than the newest verified map (19): res.partner has no vat" \
        in result.stderr
    assert_equal_to_sandbox(env, sb)
    assert scalar(env, "SELECT count(*) FROM odoo_pos_customer WHERE vat IS NOT NULL") == 0
    assert local_ids(env, 'odoo_pos_customer') == sb.ids('res.partner', not_public(sb))


def test_check_prints_each_sources_version_and_what_is_skipped(tmp_path, rattail_db_url,
                                                                sandbox_version):
    import io
    from rattail_odoo_pos.check import run_check
    s15, s16, s20 = sandbox_version(15), sandbox_version(16), sandbox_version(20)
    env = env_for(tmp_path, rattail_db_url, odoo15=s15, odoo16=s16, odoo20=s20)
    out = io.StringIO()
    run_check(env.config, out=out)
    text = out.getvalue()
    sections = {}
    for block in text.split('source ')[1:]:
        sections[block.split(':')[0]] = block
    assert 'Odoo 15.0' in sections['odoo15'] and 'field map: Odoo 15 (verified)' in sections['odoo15']
    assert 'pos.bill: pos.bill (coins and bills) is new in 16, skipped' in sections['odoo15']
    assert 'Odoo 16.0' in sections['odoo16'] and 'field map: Odoo 16 (verified)' in sections['odoo16']
    assert 'skipped' not in sections['odoo16']
    assert 'Odoo 20' in sections['odoo20']
    assert 'field map: Odoo 20 is NOT YET VERIFIED' in sections['odoo20']


def test_docs_versions_table_is_generated_from_the_map():
    from pathlib import Path
    doc = Path(__file__).resolve().parents[3] / 'docs' / 'versions.md'
    text = doc.read_text()
    assert versions.render_doc(text) == text, \
        "docs/versions.md is out of date: python -m rattail_odoo_pos.versions docs/versions.md"
    for major in versions.VERIFIED + versions.UNVERIFIED:
        assert f"\n| {major} | " in text
    # every difference of the map is in the table
    for per_version in versions.MAP.values():
        for columns in per_version.values():
            for spec in columns.values():
                assert spec.note in text


@pytest.mark.parametrize('major', (16, 18))
def test_export_writes_the_versions_category_field(major, tmp_path, rattail_db_url,
                                                   sandbox_version):
    """A new department and product pushed to Odoo 16 (``pos_categ_id``, one id)
    and 18 (``pos_categ_ids``); an import afterwards changes nothing."""
    import decimal
    served = sandbox_version(major)
    sb = served.sandbox
    env = env_for(tmp_path, rattail_db_url, default=served)
    app = env.config.get_app()
    session = app.make_session()
    dept = app.model.Department(name='Version Dept', number=9101)
    product = app.model.Product(description='Version Widget', scancode='4006381333931',
                                item_id='VER-1', department=dept)
    price = app.model.ProductPrice(type=app.enum.PRICE_TYPE_REGULAR, multiple=1,
                                   price=decimal.Decimal('3.50'))
    product.prices.append(price)
    product.regular_price = price
    session.add_all([dept, product])
    session.commit()
    session.close()
    result = rattail(env, 'export-odoo-pos')
    assert 'product.product: created 1' in result.stdout, result.stdout + result.stderr[-2000:]
    [category] = sb.ids('pos.category', [('name', '=', 'Version Dept')])
    [made] = sb.search_read('product.product', [('barcode', '=', '4006381333931')],
                            ['pos_categ_ids', 'name'])
    assert made['pos_categ_ids'] == [category] and made['name'] == 'Version Widget'
    # read back the way the version sends it
    odoo = odoo_login(served)
    field = 'pos_categ_id' if major < 17 else 'pos_categ_ids'
    [read] = execute(odoo, 'product.product', 'read', [made['id']], fields=[field])
    assert read[field] == ([category, 'Version Dept'] if major < 17 else [category])
    assert scalar(env, "SELECT odoo_id FROM odoo_pos_product WHERE source = 'default' "
                       "AND barcode = '4006381333931'") == made['id']
    again = rattail(env, 'export-odoo-pos')
    assert 'product.product: updated' not in again.stdout or \
        'product.product: updated 0' in again.stdout, again.stdout


def test_reconcile_agrees_on_16_where_config_id_is_not_stored(tmp_path, rattail_db_url,
                                                              sandbox_version):
    """odoo-pos-reconcile filters pos.order on config_id (which works on 16) and
    never groups by it (16 refuses that)."""
    served = sandbox_version(16)
    env = env_for(tmp_path, rattail_db_url, default=served)
    rattail(env, '--no-versioning', 'import-odoo-pos')
    result = rattail(env, 'odoo-pos-reconcile', '--since', '2026-11-19', '--until',
                     '2026-11-23', check=False)
    assert result.returncode == 0, result.stdout + result.stderr[-2000:]
    groupbys = [c for c in served.sandbox.calls if c[3] == 'read_group']
    assert groupbys, "reconcile asked Odoo nothing"
