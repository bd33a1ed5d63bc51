# SPDX-License-Identifier: GPL-3.0-or-later
"""The rejected records list and view page, and what the sync status page
shows of a source's own last error and its open rejected records."""

from __future__ import annotations

import datetime
import html
import json
import re
import urllib.parse

import pytest

from web_support import SECRET, grid_data, missing_permissions

LONG_NAME = 'Very long product name ' * 20


@pytest.fixture
def rejected_rows(db, db_config):
    """Two rejected records of ``default``, one of ``branch`` (its reason
    quoting the branch secret), and a failed last run of ``branch``."""
    model = db_config.get_app().model
    now = datetime.datetime(2024, 5, 6, 7, 8, 9)
    rows = [
        model.OdooPosRejected(
            source='default', odoo_model='product.product', odoo_id=990001,
            reason="name: 460 characters do not fit the column (255)",
            raw=json.dumps({'id': 990001, 'name': LONG_NAME, 'list_price': 2.5}),
            first_seen=now - datetime.timedelta(days=2), last_seen=now, attempts=3),
        model.OdooPosRejected(
            source='default', odoo_model='pos.order.line', odoo_id=990002,
            reason="product_id 424242 exists nowhere (neither local nor in Odoo)",
            raw=json.dumps({'id': 990002, 'product_id': [424242, 'Gone']}),
            first_seen=now, last_seen=now, attempts=1),
        model.OdooPosRejected(
            source='branch', odoo_model='res.partner', odoo_id=990003,
            reason=f"email: NUL character (reported by a proxy quoting {SECRET})",
            raw=json.dumps({'id': 990003, 'email': 'a\\u0000b@example.com'}),
            first_seen=now, last_seen=now, attempts=5),
    ]
    status = model.OdooPosSourceStatus(
        source='branch', last_run=now, last_error=f"Cannot log in as sync with {SECRET}",
        last_error_at=now)
    db.add_all(rows + [status])
    db.commit()
    yield rows
    for row in rows + [status]:
        db.delete(row)
    db.commit()


def source_box(page_text: str, source: str) -> str:
    match = re.search(rf'<div class="box odoo-pos-source" data-source="{source}".*?'
                      rf'(?=<div class="box odoo-pos-source"|\Z)', page_text, re.S)
    assert match, f"no box for source {source}"
    return match.group(0)


def test_list_shows_every_rejected_record(viewer, rejected_rows):
    page = viewer.get('/odoo-pos/rejected/')
    assert 'Rejected Records' in page.text
    data = grid_data(viewer, '/odoo-pos/rejected/')
    assert data['pager_stats']['item_count'] == 3
    rows = {str(row['odoo_id']): row for row in data['data']}
    assert set(rows) == {'990001', '990002', '990003'}
    first = rows['990001']
    assert first['source'] == 'default' and first['odoo_model'] == 'product.product'
    assert first['reason'] == "name: 460 characters do not fit the column (255)"
    assert str(first['attempts']) == '3'
    assert '2024-05-0' in first['first_seen'] and '2024-05-0' in first['last_seen']
    masked = rows['990003']
    assert SECRET not in json.dumps(data) and '***' in masked['reason']


def test_view_page_shows_reason_raw_values_and_odoo_link(viewer, rejected_rows, db_config):
    record = rejected_rows[0]
    page = viewer.get(f'/odoo-pos/rejected/{record.uuid}')
    text = html.unescape(page.text)
    for shown in ('default', 'product.product', '990001', 'do not fit the column (255)',
                  'Values Odoo Sent', 'Open in Odoo'):
        assert shown in text, shown
    raw = re.search(r'<pre class="odoo-pos-raw">(.*?)</pre>', page.text, re.S)
    assert raw, "the raw values are not shown"
    values = json.loads(html.unescape(raw.group(1)))
    assert values == {'id': 990001, 'name': LONG_NAME, 'list_price': 2.5}
    assert html.escape('web#model=product.product&id=990001') in page.text


def test_view_page_masks_a_secret(viewer, rejected_rows):
    page = viewer.get(f'/odoo-pos/rejected/{rejected_rows[2].uuid}')
    assert 'NUL character (reported by a proxy quoting ***)' in html.unescape(page.text)
    assert SECRET not in page.text


def test_rejected_records_need_permission(nobody, anonymous, rejected_rows):
    for url in ('/odoo-pos/rejected/', f'/odoo-pos/rejected/{rejected_rows[0].uuid}'):
        response = nobody.get(url, status=403)
        needed = 'list' if url.endswith('/') else 'view'
        assert any(f'(odoo_pos.rejected.{needed})' in line
                   for line in missing_permissions(response)), missing_permissions(response)
        assert '/login' in anonymous.get(url).location


def test_menu_has_rejected_records(viewer, nobody):
    assert 'Rejected Records' in viewer.get('/').maybe_follow().text
    assert 'Rejected Records' not in nobody.get('/').text


def test_sync_status_shows_source_error_and_rejected_count_with_link(viewer, rejected_rows):
    page = viewer.get('/odoo-pos/sync-status')
    branch = source_box(page.text, 'branch')
    assert 'data-healthy="false"' in branch
    assert 'Last run of the source failed' in branch
    assert 'Cannot log in as sync with ***' in branch
    assert SECRET not in page.text
    default = source_box(page.text, 'default')
    assert 'data-rejected="2"' in default
    assert re.search(r'data-source="default"\s+data-healthy="false"', page.text), \
        "open rejected records make the source unhealthy"
    link = re.search(r'<a href="([^"]+)">2 open</a>', default)
    assert link, "no link to the rejected records of the source"
    url = urllib.parse.urlsplit(html.unescape(link.group(1)))
    assert url.path == '/odoo-pos/rejected/'
    params = dict(urllib.parse.parse_qsl(url.query))
    data = grid_data(viewer, url.path, **params)
    assert data['pager_stats']['item_count'] == 2
    assert {row['source'] for row in data['data']} == {'default'}


def test_sync_status_without_rejected_records(viewer):
    page = viewer.get('/odoo-pos/sync-status')
    assert 'data-rejected="0"' in source_box(page.text, 'default')
    assert re.search(r'data-source="default"\s+data-healthy="true"', page.text), \
        "the imported source is healthy while nothing is rejected"
    assert 'Rejected records waiting: none' in page.text
