# SPDX-License-Identifier: GPL-3.0-or-later
"""The export on the web: per configured source, a product / department /
customer page shows bound or not (with the Odoo id and its link) and the
state (in sync / pending / conflict); "Push to Odoo now" runs the export of
that record behind its permission; the export conflicts list.

The web tests' database holds what the importer read from the served
sandbox (source ``default``); source ``branch`` is configured but unreachable.
Tests that change a row put it back."""

from __future__ import annotations

import datetime
import html
import re

import pytest

from web_support import SECRET, grid_data, missing_permissions

PAGES = {'product': ('OdooPosProduct', 'product_uuid', '/products/'),
         'department': ('OdooPosDepartment', 'department_uuid', '/departments/'),
         'customer': ('OdooPosCustomer', 'customer_uuid', '/customers/')}


def source_line(page_text: str, source: str) -> str:
    """The line of the "Odoo POS" field for *source* (HTML)."""
    match = re.search(rf'<li class="odoo-pos-link" data-source="{source}" '
                      rf'data-state="([^"]+)">(.*?)</li>', page_text, re.S)
    assert match, f"no line for source {source} on the page"
    return match.group(0)


def state_of(page_text: str, source: str) -> str:
    return re.search(r'data-state="([^"]+)"', source_line(page_text, source)).group(1)


def line_text(page_text: str, source: str) -> str:
    """The line of *source* as a person reads it (tags removed)."""
    return html.unescape(re.sub(r'<[^>]+>', '', source_line(page_text, source)))


def bound_record(db, model, key):
    cls_name, link, _ = PAGES[key]
    ext = getattr(model, cls_name)
    query = db.query(ext).filter(ext.source == 'default', getattr(ext, link).isnot(None))
    if key == 'product':
        product = model.Product
        query = (query.join(product, product.uuid == ext.product_uuid)
                 .filter(product.scancode.isnot(None), product.department_uuid.isnot(None)))
    row = query.order_by(ext.odoo_id).first()
    assert row is not None, f"the import bound no {key}"
    return row, getattr(row, link)


@pytest.mark.parametrize('key', list(PAGES))
def test_page_shows_each_source_bound_or_not_with_odoo_id(viewer, db, db_config, key):
    model = db_config.get_app().model
    row, uuid = bound_record(db, model, key)
    page = viewer.get(f'{PAGES[key][2]}{uuid}')
    default = source_line(page.text, 'default')
    odoo_model = {'product': 'product.product', 'department': 'pos.category',
                  'customer': 'res.partner'}[key]
    assert f'{odoo_model} #{row.odoo_id} (default)' in default
    assert html.escape(f'/web#model={odoo_model}&id={row.odoo_id}&view_type=form') in default
    assert state_of(page.text, 'default') == 'in sync', html.unescape(default)
    branch = source_line(page.text, 'branch')
    assert 'not in this Odoo yet' in branch and 'href' not in branch
    assert 'Push to Odoo now' in page.text
    assert SECRET not in page.text


def test_a_rattail_change_shows_pending(viewer, db, db_config):
    model = db_config.get_app().model
    row, uuid = bound_record(db, model, 'product')
    product = db.get(model.Product, uuid)
    before = product.description
    product.description = f"{before} (renamed in Rattail)"
    db.commit()
    try:
        page = viewer.get(f'/products/{uuid}')
        assert state_of(page.text, 'default') == 'pending'
        assert 'pending (changed in Rattail) (name)' in line_text(page.text, 'default')
    finally:
        product.description = before
        db.commit()
    assert state_of(viewer.get(f'/products/{uuid}').text, 'default') == 'in sync'


@pytest.fixture
def conflict(db, db_config):
    """An open export conflict of a bound customer's name (as the export stores it)."""
    from rattail_odoo_pos.exporting import conflicts
    model = db_config.get_app().model
    row, uuid = bound_record(db, model, 'customer')
    customer = db.get(model.Customer, uuid)
    conflicts.record(db, model, 'default', 'res.partner', row.odoo_id, customer,
                     [('name', 'Name changed in Odoo', row.name, 'Name changed in Rattail')])
    db.commit()
    stored = db.query(model.OdooPosExportConflict).filter_by(native_uuid=uuid).one()
    yield row, uuid, stored
    conflicts.clear(db, model, 'default', 'res.partner', row.odoo_id)
    db.commit()


def test_conflict_shows_on_the_page_and_in_the_list(viewer, conflict):
    row, uuid, stored = conflict
    page = viewer.get(f'/customers/{uuid}')
    assert state_of(page.text, 'default') == 'conflict'
    assert 'conflict (changed in Odoo and in Rattail) (name)' in line_text(page.text,
                                                                           'default')
    assert 'Open export conflicts of this record' in page.text

    assert 'Export Conflicts' in viewer.get('/odoo-pos/export-conflicts/').text
    data = grid_data(viewer, '/odoo-pos/export-conflicts/')
    assert data['pager_stats']['item_count'] == 1
    shown = data['data'][0]
    assert shown['source'] == 'default' and shown['odoo_model'] == 'res.partner'
    assert str(shown['odoo_id']) == str(row.odoo_id) and shown['field'] == 'name'
    # the grid renders its cells as HTML: what a person reads is the unescaped text
    assert html.unescape(shown['odoo_value']) == "'Name changed in Odoo'"
    assert html.unescape(shown['rattail_value']) == "'Name changed in Rattail'"
    assert html.unescape(shown['record']) == str(row.customer)
    view = html.unescape(viewer.get(f'/odoo-pos/export-conflicts/{stored.uuid}').text)
    for text in ('Value in Odoo', 'Name changed in Odoo', 'Name changed in Rattail',
                 f'/customers/{uuid}', f'web#model=res.partner&id={row.odoo_id}'):
        assert text in view, text


def test_conflicts_list_needs_permission(nobody, anonymous, viewer, conflict):
    for url in ('/odoo-pos/export-conflicts/', f'/odoo-pos/export-conflicts/{conflict[2].uuid}'):
        response = nobody.get(url, status=403)
        needed = 'list' if url.endswith('/') else 'view'
        assert any(f'(odoo_pos.export_conflicts.{needed})' in line
                   for line in missing_permissions(response)), missing_permissions(response)
        assert '/login' in anonymous.get(url).location
    assert 'Export Conflicts' in viewer.get('/').maybe_follow().text
    assert 'Export Conflicts' not in nobody.get('/').text


def push_form(page_text: str) -> tuple[str, str]:
    """The push form's action and CSRF token, as the page renders them."""
    form = re.search(r'<form action="([^"]+)" class="odoo-pos-push" method="post">(.*?)</form>',
                     page_text, re.S)
    assert form, "no push form on the page"
    token = re.search(r'name="_csrf" type="hidden" value="([^"]+)"', form.group(2))
    assert token, "the push form has no CSRF token"
    return html.unescape(form.group(1)), token.group(1)


@pytest.fixture
def source_status_restored(db, db_config):
    """A push to the unreachable ``branch`` source records its failure in
    ``odoo_pos_source_status``: rows the test adds go again (other tests
    make their own)."""
    model = db_config.get_app().model
    before = {row.uuid for row in db.query(model.OdooPosSourceStatus)}
    yield
    db.rollback()
    for row in db.query(model.OdooPosSourceStatus):
        if row.uuid not in before:
            db.delete(row)
    db.commit()


@pytest.fixture
def unbound_product(db, db_config, source_status_restored):
    """A product the sandbox has, its ``default`` binding removed (put back after)."""
    model = db_config.get_app().model
    row, uuid = bound_record(db, model, 'product')
    saved = {c.key: getattr(row, c.key) for c in row.__table__.columns}
    db.delete(row)
    db.commit()
    yield uuid, saved
    ext = model.OdooPosProduct
    if not db.query(ext).filter_by(source='default', product_uuid=uuid).count():
        db.add(ext(**saved))
        db.commit()


def test_push_binds_the_product_the_sandbox_has(viewer, db, db_config, unbound_product):
    uuid, saved = unbound_product
    page = viewer.get(f'/products/{uuid}')
    assert state_of(page.text, 'default') == 'not bound'
    assert 'not in this Odoo yet' in source_line(page.text, 'default')
    action, token = push_form(page.text)
    assert action.endswith(f'/odoo-pos/push/product/{uuid}')
    response = viewer.post(action, {'_csrf': token})
    assert response.status_int == 302
    after = response.follow()
    text = html.unescape(after.text)
    assert "Push to Odoo 'default': 1 bound" in text
    assert "Push to Odoo 'branch':" in text          # unreachable: said, without its secret
    assert SECRET not in after.text
    assert f'product.product #{saved["odoo_id"]} (default)' in source_line(after.text, 'default')
    assert state_of(after.text, 'default') == 'in sync'
    db.expire_all()
    model = db_config.get_app().model
    binding = db.query(model.OdooPosProduct).filter_by(source='default',
                                                       product_uuid=uuid).one()
    assert binding.odoo_id == saved['odoo_id']


def test_push_needs_permission_and_csrf(nobody, viewer, db, db_config, unbound_product):
    uuid, _ = unbound_product
    url = f'/odoo-pos/push/product/{uuid}'
    token = re.search(r'name="_csrf" type="hidden" value="([^"]+)"',
                      nobody.get('/').text)
    response = nobody.post(url, {'_csrf': token.group(1) if token else ''}, status=403)
    assert any('(odoo_pos.export.push)' in line for line in missing_permissions(response))
    assert viewer.post(url, {}, expect_errors=True).status_int == 400     # no CSRF token
    model = db_config.get_app().model
    db.expire_all()
    assert not db.query(model.OdooPosProduct).filter_by(source='default',
                                                        product_uuid=uuid).count()


def test_push_of_a_record_changed_on_both_sides_stores_and_then_clears_the_conflict(
        viewer, db, db_config, source_status_restored):
    """Name changed in the sandbox and in Rattail: the push writes nothing, the
    conflict is flashed, shown on the page and in the list; once both sides
    agree again, the next push removes it."""
    app = db_config.get_app()
    model = app.model
    ext = model.OdooPosProduct
    row = (db.query(ext).join(model.Product, model.Product.uuid == ext.product_uuid)
           .filter(ext.source == 'default', model.Product.scancode.isnot(None),
                   model.Product.department_uuid.isnot(None))
           .order_by(ext.odoo_id.desc()).first())
    assert row is not None
    uuid, odoo_id, odoo_name = row.product_uuid, row.odoo_id, row.name
    product = db.get(model.Product, uuid)
    rattail_name = product.description
    client = app.get_odoo_pos_handler().get_client('default').connect()
    client.execute_kw('product.product', 'write', [[odoo_id], {'name': 'Renamed in Odoo'}])
    product.description = 'Renamed in Rattail'
    db.commit()
    try:
        page = viewer.get(f'/products/{uuid}')
        action, token = push_form(page.text)
        after = viewer.post(action, {'_csrf': token}).follow()
        text = html.unescape(after.text)
        assert "Push to Odoo 'default':" in text and 'conflicts' in text
        assert "name: Odoo 'Renamed in Odoo'" in text
        assert state_of(after.text, 'default') == 'conflict'
        odoo_now = client.read('product.product', [odoo_id], ['name'])[0]['name']
        assert odoo_now == 'Renamed in Odoo', "the conflict overwrote Odoo"
        data = grid_data(viewer, '/odoo-pos/export-conflicts/')
        mine = [r for r in data['data'] if str(r['odoo_id']) == str(odoo_id)]
        assert [r['field'] for r in mine] == ['name']
        assert html.unescape(mine[0]['odoo_value']) == "'Renamed in Odoo'"
        assert html.unescape(mine[0]['rattail_value']) == "'Renamed in Rattail'"
    finally:
        client.execute_kw('product.product', 'write', [[odoo_id], {'name': odoo_name}])
        product.description = rattail_name
        db.commit()
    # both sides agree again: the next push finds it in sync and removes the row
    page = viewer.get(f'/products/{uuid}')
    action, token = push_form(page.text)
    after = viewer.post(action, {'_csrf': token}).follow()
    assert state_of(after.text, 'default') == 'in sync'
    db.expire_all()
    assert not db.query(model.OdooPosExportConflict).filter_by(odoo_id=odoo_id).count()
