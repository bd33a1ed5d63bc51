# SPDX-License-Identifier: GPL-3.0-or-later
"""``rattail odoo-pos-check`` against the sandbox: healthy, wrong secret,
unreachable, unreadable model; secrets never printed."""

from __future__ import annotations

import io

from odoo_pos_dev.devenv import make_rattail_env
from rattail_odoo_pos.check import checked_models, run_check


def check(env, **kw):
    out = io.StringIO()
    code = run_check(env.config, out=out, **kw)
    return code, out.getvalue()


def test_healthy_source_reports_version_and_models(rattail_config, sandbox):
    code, text = check(rattail_config)
    assert code == 0, text
    assert 'source default: OK' in text and 'Odoo 17.0' in text
    models = checked_models()
    assert {'pos.config', 'pos.order', 'pos.order.line', 'pos.payment'} <= set(models)
    for odoo_model in models:
        assert odoo_model in text
    orders = sandbox.sandbox.count('pos.order')
    assert f"{orders:,} records" in text


def test_wrong_secret_and_unreachable_are_unhealthy_without_the_secret(tmp_path, rattail_db_url,
                                                                       sandbox):
    secret = 'S3cr3t-never-shown-0123456789'
    env = make_rattail_env(tmp_path, rattail_db_url, {
        'wrong': sandbox.source_settings(secret=secret),
        'down': dict(url='http://127.0.0.1:9', database='pos17', login='admin',
                     secret=secret, timeout=2, retries=0)})
    code, text = check(env)
    assert code == 1
    assert 'source wrong: UNHEALTHY' in text and 'wrong login' in text
    assert 'source down: UNHEALTHY' in text and 'reachable no' in text
    assert secret not in text


def test_restricted_user_sees_which_model_is_not_readable(tmp_path, rattail_db_url, sandbox):
    sandbox.sandbox.faults.add('odoo_error', model='stock.quant', times=100,
                               name='odoo.exceptions.AccessError',
                               message="You are not allowed to access 'Quants' (stock.quant) "
                                       "records.")
    env = make_rattail_env(tmp_path, rattail_db_url, {'default': sandbox.source_settings()})
    code, text = check(env)
    assert code == 1
    assert 'stock.quant' in text and 'NOT READABLE' in text


def test_no_source_configured_is_a_config_error(tmp_path, rattail_db_url):
    env = make_rattail_env(tmp_path, rattail_db_url, {'default': dict(database='pos17')})
    code, text = check(env)
    assert code == 2 and 'CONFIGURATION ERROR' in text and 'url' in text, text


def test_stored_error_quoting_the_secret_is_printed_masked(tmp_path, rattail_db_url):
    secret = 'Quoted-S3cret-in-an-error-42'
    env = make_rattail_env(tmp_path, rattail_db_url, {
        'down': dict(url='http://127.0.0.1:9', database='pos17', login='sync',
                     secret=secret, timeout=2, retries=0)})
    model = env.app.model
    session = env.app.make_session()
    try:
        session.add(model.OdooPosCursor(
            source='down', odoo_model='pos.order', full_load_done=False,
            last_error=f"HTTP 401 from http://sync:{secret}@odoo.example.com/jsonrpc"))
        session.commit()
    finally:
        session.close()
    code, text = check(env)
    assert code == 1
    line = next(line for line in text.splitlines() if line.strip().startswith('pos.order '))
    assert "last error: HTTP 401 from http://sync:***@odoo.example.com/jsonrpc" in line
    assert secret not in text


def test_lag_is_time_behind_odoo_not_time_since_the_last_run(rattail_config, sandbox):
    """Lag = how far a cursor is behind Odoo's newest change; the time since the
    last good run is printed under its own name and does not make a lag."""
    import re
    from odoo_pos_dev.testing import rattail, rows
    env = rattail_config
    rattail(env.path, '--no-versioning', 'import-odoo-pos')
    # the last good run was 5 hours ago, and Odoo has not changed since
    rows(env, "UPDATE odoo_pos_cursor SET last_success = last_success - interval '5 hours'")
    code, text = check(env, max_lag_hours=3)
    assert code == 0, text
    line = re.search(r"^  pos\.order .*$", text, re.M).group(0)
    assert 'lag 0s' in line and re.search(r"last good run 5h \d+m ago", line), line

    # Odoo changes after our cursor: now the cursor is behind
    sb = sandbox.sandbox
    config_id = sb.search_read('pos.config', [], ['id'])[0]['id']
    product = sb.search_read('product.product', [('available_in_pos', '=', True)], ['id'])[0]
    sb.new_order(sb.open_session(config_id), [(product['id'], 1)])
    code, text = check(env, max_lag_hours=0)
    line = re.search(r"^  pos\.order .*$", text, re.M).group(0)
    assert 'lag 0s' not in line and 'last good run 5h' in line, line
    assert code == 1 and "pos.order: lag " in text and "behind Odoo's newest change" in text


def test_customer_count_is_what_the_import_imports(rattail_config, sandbox):
    """The public partner (base.public_partner) is no customer: after a real
    import the check's res.partner figure is the number of customers imported,
    not Odoo's partner count (which has the public partner too)."""
    import re
    from odoo_pos_dev.testing import rattail, scalar
    env = rattail_config
    sb = sandbox.sandbox
    public = sb.search_read('res.users', [('login', '=', 'public')], ['partner_id'])
    assert public and public[0]['partner_id'], "the sandbox has the public partner"
    rattail(env.path, '--no-versioning', 'import-odoo-pos')
    imported = scalar(env, "SELECT count(*) FROM odoo_pos_customer WHERE source = 'default'")
    assert imported == sb.count('res.partner') - 1      # the public partner left out
    code, text = check(env)
    assert code == 0, text
    line = re.search(r"^  res\.partner .*$", text, re.M).group(0)
    assert re.search(rf"\s{imported:,} records", line), (imported, line)


def test_stock_count_is_what_the_import_imports(rattail_config, sandbox):
    """The import reads only the quants at the shops' stock locations: after a
    real import the check's stock.quant figure is the number of quants
    imported, not every quant in Odoo (a quant elsewhere is added so they differ)."""
    import re
    from odoo_pos_dev.testing import rattail, scalar
    env = rattail_config
    sb = sandbox.sandbox
    shops = {q['location_id'][0] for q in sb.search_read('stock.quant', [], ['location_id'])}
    other = sb.ids('stock.location', [('id', 'not in', sorted(shops))])
    assert other, "the sandbox has a location that is no shop's stock"
    product = sb.ids('product.product')[0]
    sb.create('stock.quant', {'product_id': product, 'location_id': other[0], 'quantity': 7})
    rattail(env.path, '--no-versioning', 'import-odoo-pos')
    imported = scalar(env, "SELECT count(*) FROM odoo_pos_stock WHERE source = 'default'")
    assert 0 < imported < sb.count('stock.quant')
    code, text = check(env)
    assert code == 0, text
    line = re.search(r"^  stock\.quant .*$", text, re.M).group(0)
    assert re.search(rf"\s{imported:,} records", line), (imported, sb.count('stock.quant'), line)


def test_a_first_load_stopped_half_way_is_named_with_how_far_it_got(rattail_config, sandbox):
    """A first load of orders stopped by --max-create leaves its cursor with a
    mark and a last id: odoo-pos-check names it on the model's line."""
    from odoo_pos_dev.testing import rattail, rows
    env = rattail_config
    conf = env.path.with_name('batches.conf')       # the first batch of 7 is committed
    conf.write_text(f"[rattail.config]\ninclude = {env.path}\n\n"
                    "[odoo_pos]\nsource.default.batch_size = 7\n")
    rattail(conf, '--no-versioning', 'import-odoo-pos', 'OdooPosOrder', '--max-create', '10')
    [(value, mark, last_id)] = rows(env, "SELECT value, full_read_mark, last_id FROM "
                                         "odoo_pos_cursor WHERE odoo_model = 'pos.order'")
    assert value is None and mark is not None and last_id
    code, text = check(env)
    [line] = [t for t in text.splitlines() if t.strip().startswith('pos.order ')]
    assert line.endswith(
        f"(first load not finished: the next run goes on after Odoo id {last_id:,})"), line
    assert 'not finished' not in text.replace(line, '')
