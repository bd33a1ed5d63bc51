# SPDX-License-Identifier: GPL-3.0-or-later
"""Every generated view against the imported sandbox data: list, filter, view
page, refused without permission; the supplements on native views; the
dashboard and the sync status page; no page shows a secret."""

from __future__ import annotations

import html
import re

import pytest
import sqlalchemy as sa
from pyramid.interfaces import IRoutesMapper

from tailbone_odoo_pos.declarations import Browse, Child, Native, web_entities
from tailbone_odoo_pos.views.master import (child_relationship, display_attr, is_versioned,
                                            many_to_one)

from web_support import SECRET, grid_data, missing_permissions

try:
    ENTITIES = list(web_entities())
    MISSING = None
except ImportError as error:        # the entity table has not landed: say so, once
    ENTITIES, MISSING = [], str(error)
BROWSE = [e for e in ENTITIES if isinstance(e.web, Browse)]
NATIVE = [e for e in ENTITIES if isinstance(e.web, Native)]


def ids(entities):
    return [e.key for e in entities]


def route_path(wsgi_app, route: str, **kw) -> str:
    """Path of a named route of the app."""
    return wsgi_app.registry.queryUtility(IRoutesMapper).get_route(route).generate(kw)


def odoo_href(entity, record) -> str:
    """The (HTML-escaped) part of the Odoo link that names the record."""
    return html.escape(f"web#model={entity.odoo_model}&id={record.odoo_id}")


def first_record(db, cls):
    record = db.query(cls).order_by(cls.odoo_id).first()
    assert record is not None, f"the import left {cls.__name__} empty"
    return record


# -- declarations --------------------------------------------------------------

def test_every_entity_has_a_web_decision_that_fits_it():
    assert MISSING is None, f"cannot read rattail_odoo_pos.entities: {MISSING}"
    by_key = {e.key: e for e in ENTITIES}
    assert len(by_key) == len(ENTITIES)
    for entity in ENTITIES:
        web = entity.web
        if isinstance(web, Native):
            assert entity.native_name, f"{entity.key}: Native needs a native class"
        elif isinstance(web, Child):
            # a child is shown in its parent's page: as its row grid or a related table
            parent = by_key[web.parent].web
            assert isinstance(parent, Browse), entity.key
        else:
            assert isinstance(web, Browse), entity.key
            assert not entity.native_name, f"{entity.key}: a native extension is not browsed"
    slugs = [e.web.slug for e in BROWSE]
    assert len(slugs) == len(set(slugs)), "two entities share a URL"


def test_menu_permissions_and_routes_come_from_the_same_declarations(wsgi_app, db_config):
    from tailbone_odoo_pos.provider import (available_permissions, menu_items,
                                            native_manager_permissions)
    perms = {name for group in available_permissions(db_config).values()
             for name in group.get('perms', {})}
    items = [i for i in menu_items() if i.get('type') != 'sep']
    # the plugin's entries, and the native lists a manager uses (native permissions)
    assert {i['perm'] for i in items} <= perms | set(native_manager_permissions(db_config))
    for item in items:
        assert route_path(wsgi_app, item['route'])
    app = db_config.get_app()
    for entity in BROWSE:
        assert f'{entity.web.permission_prefix}.list' in perms
        assert f'{entity.web.permission_prefix}.view' in perms
        versioned = is_versioned(entity.model_class(app))
        assert (f'{entity.web.permission_prefix}.versions' in perms) == versioned, \
            "versioned tables (and only those) get a version history permission"
    assert 'odoo_pos.dashboard.view' in perms and 'odoo_pos.sync_status.view' in perms


# -- generated master views ----------------------------------------------------

@pytest.mark.parametrize('entity', BROWSE, ids=ids(BROWSE))
def test_list_shows_every_record(viewer, db, db_config, entity):
    cls = entity.model_class(db_config.get_app())
    page = viewer.get(entity.web.url_prefix + '/')
    assert entity.web.title_plural in page.text
    data = grid_data(viewer, entity.web.url_prefix + '/')
    assert data['pager_stats']['item_count'] == db.query(cls).count()


def filter_case(db, cls, entity):
    """(grid filter key, value, expected count) for the first grid column
    that is text, or a relation with a name."""
    rels = many_to_one(cls)
    for col in entity.web.grid_columns:
        if col in rels:
            target = rels[col].mapper.class_
            attr = display_attr(target)
            if attr is None:
                continue
            record = (db.query(cls).join(getattr(cls, col))
                      .filter(attr.isnot(None)).order_by(cls.odoo_id).first())
            if record is None:
                continue
            value = getattr(getattr(record, col), attr.key)
            count = db.query(cls).join(getattr(cls, col)).filter(attr == value).count()
            return col, value, count
        column = getattr(cls, col)
        if isinstance(getattr(column, 'type', None), sa.String):
            record = db.query(cls).filter(column.isnot(None)).order_by(cls.odoo_id).first()
            if record is None:
                continue
            value = getattr(record, col)
            return col, value, db.query(cls).filter(column == value).count()
    pytest.fail(f"no filterable text column among {entity.web.grid_columns}")


@pytest.mark.parametrize('entity', BROWSE, ids=ids(BROWSE))
def test_filter_narrows_the_list(viewer, db, db_config, entity):
    cls = entity.model_class(db_config.get_app())
    key, value, count = filter_case(db, cls, entity)
    data = grid_data(viewer, entity.web.url_prefix + '/', **{
        'filter': 'true', key: value, f'{key}.verb': 'equal'})
    assert data['pager_stats']['item_count'] == count
    assert 0 < count <= db.query(cls).count()


@pytest.mark.parametrize('entity', BROWSE, ids=ids(BROWSE))
def test_view_page_links_to_odoo(viewer, db, db_config, wsgi_app, entity):
    cls = entity.model_class(db_config.get_app())
    record = first_record(db, cls)
    page = viewer.get(route_path(wsgi_app, f'{entity.web.route_prefix}.view', uuid=record.uuid))
    assert odoo_href(entity, record) in page.text
    assert 'Open in Odoo' in page.text


@pytest.mark.parametrize('entity', BROWSE, ids=ids(BROWSE))
def test_refused_without_permission(nobody, anonymous, db, db_config, wsgi_app, entity):
    cls = entity.model_class(db_config.get_app())
    record = first_record(db, cls)
    for url in (entity.web.url_prefix + '/',
                route_path(wsgi_app, f'{entity.web.route_prefix}.view', uuid=record.uuid)):
        response = nobody.get(url, status=403)
        needed = 'list' if url.endswith('/') else 'view'
        assert any(f'({entity.web.permission_prefix}.{needed})' in line
                   for line in missing_permissions(response)), missing_permissions(response)
        response = anonymous.get(url)
        assert response.status_int == 302
        assert '/login' in response.location


def test_order_page_shows_its_lines_and_payments(viewer, db, db_config, wsgi_app):
    app = db_config.get_app()
    order_entity = next(e for e in BROWSE if e.key == 'order')
    Order = order_entity.model_class(app)
    Line = next(e for e in ENTITIES if e.key == 'order_line').model_class(app)
    Payment = next(e for e in ENTITIES if e.key == 'payment').model_class(app)
    lines_rel = child_relationship(Order, Line)
    payments_rel = child_relationship(Order, Payment)
    orders = db.query(Order).order_by(Order.odoo_id).all()
    order = max(orders, key=lambda o: (len(getattr(o, lines_rel.key)),
                                       len(getattr(o, payments_rel.key))))
    lines, payments = getattr(order, lines_rel.key), getattr(order, payments_rel.key)
    assert len(lines) >= 2 and payments
    url = route_path(wsgi_app, 'odoo_pos.orders.view', uuid=order.uuid)
    page = viewer.get(url)
    assert order.name in page.text
    rows = viewer.get(url, params={'partial': 'true'}).json
    assert rows['pager_stats']['item_count'] == len(lines)
    table = re.search(r'<table class="table is-narrow odoo-pos-payments">(.*?)</table>',
                      page.text, re.S)
    assert table, "no payments table on the order page"
    assert table.group(1).count('<tr>') == len(payments) + 1     # + header row
    for payment in payments:
        assert f'{payment.amount:,.2f}' in table.group(1)      # rendered as currency


# -- supplements on native views -----------------------------------------------

@pytest.mark.parametrize('entity', NATIVE, ids=ids(NATIVE))
def test_native_view_shows_odoo_source_and_link(viewer, db, db_config, wsgi_app, entity):
    from tailbone_odoo_pos.views.supplements import foreign_key_to
    app = db_config.get_app()
    ext = entity.model_class(app)
    native = entity.native_class(app)
    row = first_record(db, ext)
    native_uuid = getattr(row, foreign_key_to(ext, native))
    page = viewer.get(route_path(wsgi_app, f'{entity.web.route_prefix}.view', uuid=native_uuid))
    assert 'Odoo POS' in page.text
    assert odoo_href(entity, row) in page.text
    assert f'({row.source})' in page.text


# -- dashboard -----------------------------------------------------------------

def test_dashboard_draws_one_bar_per_store_and_day(viewer, db):
    rows = db.execute(sa.text(
        "SELECT s.name, v.business_date, v.gross FROM odoo_pos_daily_store_sales v "
        "JOIN store s ON s.uuid = v.store_uuid")).fetchall()
    assert rows, "the reporting view is empty after the import"
    start = min(r.business_date for r in rows)
    end = max(r.business_date for r in rows)
    page = viewer.get('/odoo-pos/dashboard', params={'start': start.isoformat(),
                                                     'end': end.isoformat()})
    bars = re.findall(r'<rect class="bar"[^>]*data-series="([^"]*)" data-day="([^"]*)" '
                      r'data-value="([^"]*)"', page.text)
    drawn = {(html.unescape(s), d): v for s, d, v in bars if v != '0.00'}
    expected = {(r.name, r.business_date.isoformat()): f'{r.gross:.2f}' for r in rows}
    assert drawn == expected
    stores = {r.name for r in rows}
    assert len(bars) == len(stores) * ((end - start).days + 1)


def test_dashboard_refused_without_permission(nobody):
    response = nobody.get('/odoo-pos/dashboard', status=403)
    assert any('(odoo_pos.dashboard.view)' in line for line in missing_permissions(response))


# -- sync status ---------------------------------------------------------------

def cursor_class(db_config):
    return db_config.get_app().model.OdooPosCursor


def test_sync_status_lists_every_model_of_every_source(viewer, db, db_config):
    page = viewer.get('/odoo-pos/sync-status')
    for source in ('default', 'branch'):
        assert f'data-source="{source}"' in page.text
    for entity in ENTITIES:
        assert f'data-model="{entity.odoo_model}"' in page.text
    Cursor = cursor_class(db_config)
    synced = db.query(Cursor).filter(Cursor.source == 'default').all()
    assert synced, "the import wrote no cursor"
    for cursor in synced:
        row = re.search(rf'<tr class="model-row" data-model="{re.escape(cursor.odoo_model)}"\s+'
                        r'data-healthy="(\w+)"', page.text)
        assert row and row.group(1) == ('true' if not cursor.last_error else 'false')
    # the second source was never synced: unhealthy
    assert re.search(r'data-source="branch"\s+data-healthy="false"', page.text)


def test_sync_status_shows_a_failed_run_without_its_secret(viewer, db, db_config):
    Cursor = cursor_class(db_config)
    cursor = db.query(Cursor).filter(Cursor.source == 'default').order_by(Cursor.odoo_model).first()
    before = cursor.last_error
    cursor.last_error = f"Cannot log in to Odoo source 'default' with {SECRET}"
    db.commit()
    try:
        page = viewer.get('/odoo-pos/sync-status')
        assert "Cannot log in to Odoo source" in page.text
        assert SECRET not in page.text
        assert re.search(rf'data-model="{re.escape(cursor.odoo_model)}"\s+data-healthy="false"',
                         page.text)
        assert 'Unhealthy' in page.text
    finally:
        cursor.last_error = before
        db.commit()


def test_sync_status_refused_without_permission(nobody):
    response = nobody.get('/odoo-pos/sync-status', status=403)
    assert any('(odoo_pos.sync_status.view)' in line for line in missing_permissions(response))


# -- secrets, menu, static files -----------------------------------------------

def test_no_page_shows_a_secret(viewer, db, db_config, wsgi_app):
    app = db_config.get_app()
    urls = ['/', '/odoo-pos/dashboard', '/odoo-pos/sync-status']
    for entity in BROWSE:
        record = first_record(db, entity.model_class(app))
        urls += [entity.web.url_prefix + '/', entity.web.url_prefix + '/?partial=true',
                 route_path(wsgi_app, f'{entity.web.route_prefix}.view', uuid=record.uuid)]
    for entity in NATIVE:
        from tailbone_odoo_pos.views.supplements import foreign_key_to
        ext = entity.model_class(app)
        row = first_record(db, ext)
        urls.append(route_path(wsgi_app, f'{entity.web.route_prefix}.view',
                               uuid=getattr(row, foreign_key_to(ext, entity.native_class(app)))))
    for url in urls:
        response = viewer.get(url).maybe_follow()       # home: the dashboard
        assert response.status_int == 200, url
        assert SECRET not in response.text, url


def test_menu_shows_odoo_pos_entries_by_permission(viewer, nobody):
    home = viewer.get('/').maybe_follow()
    assert 'Odoo POS' in home.text
    for title in ('Sales Dashboard', 'Sync Status', 'POS Orders'):
        assert title in home.text
    assert 'POS Orders' not in nobody.get('/').text


def test_pages_load_their_javascript_from_this_app(viewer):
    """The test config serves the butterball theme from the dev package's
    library (odoo_pos_dev.static, fetched from npm): every theme file the page
    names is local, served, and the very file the manifest pins."""
    from odoo_pos_dev.assets import MANIFEST, sha256
    page = viewer.get('/odoo-pos/dashboard')
    urls = re.findall(r'"(/fanstatic/odoo_pos_dev_libcache/[^"]+)"', page.text)
    assert 'unpkg.com' not in page.text and 'cdn.jsdelivr' not in page.text
    assert 'use.fontawesome.com' not in page.text
    served = {url.rsplit('/', 1)[-1]: url for url in urls}
    assert sorted(served) == sorted(a.name for a in MANIFEST)
    for asset in MANIFEST:
        response = viewer.get(served[asset.name])
        assert response.status_int == 200
        assert response.content_type == ('text/css' if asset.name.endswith('.css')
                                         else 'text/javascript'), asset.name
        assert sha256(response.body) == asset.sha256, asset.name
