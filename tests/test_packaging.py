# SPDX-License-Identifier: GPL-3.0-or-later
"""``pip install rattail-odoo-pos`` installs the product only: no sandbox,
no dev tools, no test server dependencies, no JavaScript."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def test_the_product_wheel_holds_no_dev_tools(tmp_path):
    subprocess.run([sys.executable, '-m', 'pip', 'wheel', '-q', '--no-deps',
                    str(REPO), '-w', str(tmp_path)], check=True, cwd=tmp_path,
                   capture_output=True)
    [wheel] = tmp_path.glob('rattail_odoo_pos-*.whl')
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        meta = next(archive.read(n).decode() for n in names if n.endswith('/METADATA'))
        entry_points = next(archive.read(n).decode() for n in names
                            if n.endswith('/entry_points.txt'))
    packages = {n.split('/')[0] for n in names if '.dist-info' not in n}
    assert packages == {'rattail_odoo_pos', 'tailbone_odoo_pos'}
    assert not [n for n in names if n.endswith(('.js', '.css', '.sqlite'))]
    # what a plain install pulls in: no embedded PostgreSQL, no test tools
    plain = [line.split(':', 1)[1].strip() for line in meta.splitlines()
             if line.startswith('Requires-Dist:') and 'extra ==' not in line]
    assert plain and not [r for r in plain
                          if r.split()[0].split('[')[0].split('>')[0].split('=')[0].lower() in
                          {'pgserver', 'pytest', 'playwright', 'webtest', 'psutil'}]
    assert 'odoo-pos-sandbox' not in entry_points and 'odoo-pos-demo' not in entry_points
    assert 'rattail.typer_imports' in entry_points


def test_the_product_imports_nothing_from_the_dev_tools():
    for package in ('rattail_odoo_pos', 'tailbone_odoo_pos'):
        for path in (REPO / package).rglob('*.py'):
            text = path.read_text()
            assert 'odoo_pos_sandbox' not in text and 'odoo_pos_dev' not in text, path
