# SPDX-License-Identifier: GPL-3.0-or-later
"""docs/theo.md, followed as written on a stock Theo from PyPI (slow: it makes
a virtualenv and installs ``tailbone-theo`` and this package's wheel).

The shell commands come from the doc's own ``sh`` blocks marked ``# doc-test:``,
run in order against the Odoo sandbox and a throwaway PostgreSQL database; then
the Odoo ids are in Rattail once each and the money per store and day equals
the sandbox's.  The web part (Theo's app in Chromium as a user holding only the
granted role) is not covered here yet.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from odoo_pos_dev.testing import assert_equal_to_sandbox, rows, scalar

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / 'docs' / 'theo.md'
ORDER = ['install', 'configure', 'migrate', 'load', 'versions', 'cron', 'permissions', 'web']
MANAGER_PASSWORD = 'Manager-pw-0123'
CHROMIUM = os.environ.get('CHROMIUM', '/usr/bin/chromium')

pytestmark = [pytest.mark.slow, pytest.mark.browser]


def doc_blocks() -> dict[str, str]:
    """name -> body of each ```sh block of docs/theo.md whose first line is
    ``# doc-test: NAME``."""
    blocks = {}
    for name, body in re.findall(r"^```sh\n# doc-test: (\w+)\n(.*?)^```", DOC.read_text(),
                                 flags=re.S | re.M):
        assert name not in blocks, name
        blocks[name] = body
    return blocks


def test_doc_marks_every_step_in_order():
    assert list(doc_blocks()) == ORDER


def test_build_makes_sdist_and_wheel_from_it(tmp_path):
    """``python -m build``: an sdist, and a wheel built from that sdist (so the
    sdist is complete) holding the templates, static files and migrations."""
    import tarfile
    import zipfile
    venv = tmp_path / 'build-venv'
    run([sys.executable, '-m', 'venv', str(venv)])
    run([str(venv / 'bin' / 'python'), '-m', 'pip', 'install', '-q', 'build'])
    out = tmp_path / 'dist'
    run([str(venv / 'bin' / 'python'), '-m', 'build', '--outdir', str(out), str(ROOT)])
    wheels, sdists = list(out.glob('*.whl')), list(out.glob('*.tar.gz'))
    assert len(wheels) == 1 and len(sdists) == 1, list(out.iterdir())
    names = zipfile.ZipFile(wheels[0]).namelist()
    for wanted in ('tailbone_odoo_pos/templates/odoo_pos/sync_status.mako',
                   'rattail_odoo_pos/db/alembic/versions/'):
        assert any(n.startswith(wanted) for n in names), wanted
    assert not any(n.startswith(('odoo_pos_sandbox/', 'odoo_pos_dev/', 'tests/'))
                   for n in names)
    with tarfile.open(sdists[0]) as tar:
        assert any(n.endswith('/pyproject.toml') for n in tar.getnames())


def run(cmd, **kw) -> subprocess.CompletedProcess:
    result = subprocess.run(cmd, capture_output=True, text=True, timeout=1800, **kw)
    assert result.returncode == 0, (cmd, result.stdout[-3000:], result.stderr[-3000:])
    return result


def make_theo_site(site: Path, db_url: str, port: int) -> None:
    """A fresh venv with tailbone-theo from PyPI, and the app folder ``theo
    install`` makes (its own InstallHandler.make_appdir, without the prompts)."""
    run([sys.executable, '-m', 'venv', str(site)])
    pip = [str(site / 'bin' / 'python'), '-m', 'pip']
    run(pip + ['install', '-q', '--upgrade', 'pip'])
    run(pip + ['install', '-q', 'tailbone-theo'])
    script = textwrap.dedent(f"""
        from rattail.config import make_config
        from rattail.install import InstallHandler
        config = make_config([], usedb=False, versioning=False)
        handler = InstallHandler(config, app_title="Theo", app_package='theo',
                                 app_eggname='tailbone_theo', app_pypiname='tailbone-theo')
        from rattail.mako import ResourceTemplateLookup
        from rattail.files import resource_path
        handler.templates = ResourceTemplateLookup(directories=[
            resource_path('theo:templates/installer'), resource_path('rattail:templates/installer')])
        context = handler.make_template_context({{'dburl': {db_url!r}}})
        context.setdefault('timezone', 'America/Chicago')
        context.setdefault('beaker_secret', 'test-only')
        context.update(pyramid_host='127.0.0.1', pyramid_port={port})
        handler.make_appdir(context)
    """)
    run([str(site / 'bin' / 'python'), '-c', script], cwd=site)
    for name in ('rattail.conf', 'quiet.conf', 'web.conf'):
        assert (site / 'app' / name).exists(), name


def test_theo_md_as_written(tmp_path, postgres, sandbox):
    blocks = doc_blocks()
    site = tmp_path / 'theo'
    db_url = postgres.create_database('theo_doc')
    from odoo_pos_dev.devenv import free_port
    port = free_port()
    make_theo_site(site, db_url, port)
    env = dict(os.environ, SITE=str(site), CHECKOUT=str(ROOT), ODOO_URL=sandbox.url,
               ODOO_DB=sandbox.database, ODOO_LOGIN=sandbox.login,
               ODOO_POS_SECRET=sandbox.password, MANAGER_PASSWORD=MANAGER_PASSWORD)
    outputs = {}
    for name in ORDER:
        result = subprocess.run(['bash', '-euo', 'pipefail', '-c', blocks[name]], env=env,
                                capture_output=True, text=True, timeout=1800, cwd=tmp_path)
        assert result.returncode == 0, (name, result.stdout[-3000:], result.stderr[-3000:])
        outputs[name] = result.stdout + result.stderr

    # one PostgreSQL driver, pip check clean
    pip = [str(site / 'bin' / 'python'), '-m', 'pip']
    installed = run(pip + ['list', '--format=freeze']).stdout.lower()
    drivers = [line.split('==')[0] for line in installed.splitlines()
               if line.startswith('psycopg')]
    assert drivers == ['psycopg2'], drivers
    run(pip + ['check'])

    sb = sandbox.sandbox
    assert_equal_to_sandbox(db_url, sb)
    # versions: Theo's own tables and this package's
    for table in ('product', 'store', 'odoo_pos_order'):
        live = scalar(db_url, f"SELECT count(*) FROM {table}")
        assert live and scalar(db_url, f"SELECT count(DISTINCT uuid) FROM {table}_version") \
            == live, table
    # the role holds this package's permissions
    perms = {r[0] for r in rows(db_url, "SELECT p.permission FROM permission p JOIN role r "
                                        "ON r.uuid = p.role_uuid WHERE r.name = 'PosManagers'")}
    assert 'odoo_pos.sync_status.view' in perms
    assert 'source default: OK' in outputs['cron']
    assert "role 'PosManagers' created" in outputs['permissions']

    # -- the web app, served as the doc says, in Chromium as "manager" ----------
    assert 'bin/pserve file+ini:app/web.conf' in DOC.read_text()
    from odoo_pos_dev.devenv import wait_for_port
    log = open(tmp_path / 'pserve.log', 'w')
    proc = subprocess.Popen([str(site / 'bin' / 'pserve'), 'file+ini:app/web.conf'], cwd=site,
                            env=env, stdout=log, stderr=subprocess.STDOUT)
    try:
        wait_for_port(port)
        browse(f'http://127.0.0.1:{port}', db_url, tmp_path)
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def browse(base: str, db_url: str, tmp_path: Path) -> None:
    from playwright.sync_api import sync_playwright
    order = rows(db_url, "SELECT o.uuid, o.name, o.amount_total FROM odoo_pos_order o "
                         "ORDER BY o.odoo_id LIMIT 1")[0]
    total = scalar(db_url, "SELECT count(*) FROM odoo_pos_order")
    args = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
            '--disable-background-networking', '--disable-component-update', '--disable-sync']
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=args, headless=True)
        page = browser.new_page(viewport={'width': 1400, 'height': 1000})
        page.set_default_timeout(30000)
        external, statuses = [], {}
        page.on('request', lambda r: external.append(r.url)
                if not r.url.startswith(('http://127.0.0.1', 'data:', 'about:')) else None)
        page.on('response', lambda r: statuses.__setitem__(r.url.split('?')[0], r.status))
        try:
            page.goto(base + '/login')
            page.fill('input[name=username]', 'manager')
            page.fill('input[name=password]', MANAGER_PASSWORD)
            page.click('button[type=submit]')
            page.wait_for_load_state('networkidle')

            page.goto(base + '/odoo-pos/orders/')
            page.wait_for_selector('table tbody tr')
            assert statuses.get(base + '/odoo-pos/orders/') == 200
            assert f'of {total} results' in page.inner_text('body')

            url = f'{base}/odoo-pos/orders/{order.uuid}'
            page.goto(url)
            page.wait_for_load_state('networkidle')
            assert statuses.get(url) == 200
            body = page.inner_text('body')
            assert order.name in body and f'{order.amount_total:,.2f}' in body, body[:2000]

            page.goto(base + '/odoo-pos/dashboard')
            page.wait_for_selector('svg.odoo-pos-chart rect.bar', state='attached')
            assert statuses.get(base + '/odoo-pos/dashboard') == 200
            assert page.locator('table.odoo-pos-sales tbody tr').count() >= 1

            page.goto(base + '/odoo-pos/sync-status')
            page.wait_for_selector('.odoo-pos-source')
            assert statuses.get(base + '/odoo-pos/sync-status') == 200
            body = page.inner_text('body')
            assert 'Source default' in body and 'Since last good run' in body
        finally:
            page.screenshot(path=str(tmp_path / 'theo-last.png'), full_page=True)
            browser.close()
    assert not external, f"the app asked the internet for {external}"
