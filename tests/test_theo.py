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
ORDER = ['install', 'configure', 'migrate', 'load', 'versions', 'cron', 'permissions']

pytestmark = pytest.mark.slow


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


def run(cmd, **kw) -> subprocess.CompletedProcess:
    result = subprocess.run(cmd, capture_output=True, text=True, timeout=1800, **kw)
    assert result.returncode == 0, (cmd, result.stdout[-3000:], result.stderr[-3000:])
    return result


def make_theo_site(site: Path, db_url: str) -> None:
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
        handler.make_appdir(context)
    """)
    run([str(site / 'bin' / 'python'), '-c', script], cwd=site)
    for name in ('rattail.conf', 'quiet.conf', 'web.conf'):
        assert (site / 'app' / name).exists(), name


def test_theo_md_as_written(tmp_path, postgres, sandbox):
    blocks = doc_blocks()
    site = tmp_path / 'theo'
    db_url = postgres.create_database('theo_doc')
    if not (site / 'app' / 'rattail.conf').exists():
        make_theo_site(site, db_url)
    env = dict(os.environ, SITE=str(site), CHECKOUT=str(ROOT), ODOO_URL=sandbox.url,
               ODOO_DB=sandbox.database, ODOO_LOGIN=sandbox.login,
               ODOO_POS_SECRET=sandbox.password)
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
                                        "ON r.uuid = p.role_uuid WHERE r.name = 'Odoo POS'")}
    assert 'odoo_pos.sync_status.view' in perms
    assert 'source default: OK' in outputs['cron']
    assert "role 'Odoo POS' created" in outputs['permissions']
