# SPDX-License-Identifier: GPL-3.0-or-later
"""The web theme's JavaScript/CSS: the product ships none; the demo and the
tests get them from the npm registry (``odoo-pos-fetch-assets``, pinned
versions, sha256-checked) and serve them from :mod:`odoo_pos_dev.static`."""

from __future__ import annotations

import hashlib
import http.server
import io
import re
import shutil
import subprocess
import sys
import tarfile
import threading
import tomllib
import zipfile
from pathlib import Path

import pytest

from odoo_pos_dev.assets import LIBCACHE, MANIFEST, Asset, AssetError, fetch, missing
from test_browser import browser_page  # noqa: F401  (the Chromium fixture)
from web_support import PASSWORD, REPO

#: what a browser would run or style a page with
WEB_SUFFIXES = ('.js', '.mjs', '.cjs', '.css', '.map', '.scss')


# -- the product distribution -------------------------------------------------

def test_product_wheel_holds_no_javascript_or_css(tmp_path):
    """``pip install .`` installs the wheel pip builds from the repository
    root: it holds the plugin's templates but no JS/CSS, no libcache, and no
    fanstatic library entry point."""
    src = tmp_path / 'src'
    src.mkdir()
    for name in ('pyproject.toml', 'setup.cfg', 'README.md'):
        shutil.copy(REPO / name, src / name)
    for package in ('rattail_odoo_pos', 'tailbone_odoo_pos'):
        shutil.copytree(REPO / package, src / package,
                        ignore=shutil.ignore_patterns('__pycache__', '*.pyc'))
    out = tmp_path / 'dist'
    subprocess.run([sys.executable, '-m', 'pip', 'wheel', '-q', '--no-deps', str(src),
                    '-w', str(out)], check=True, cwd=tmp_path)
    [wheel] = out.glob('rattail_odoo_pos-*.whl')
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        entry_points = next(archive.read(n).decode() for n in names
                            if n.endswith('.dist-info/entry_points.txt'))
    assert any(n.startswith('tailbone_odoo_pos/templates/') and n.endswith('.mako')
               for n in names), "the wheel lost the plugin's templates"
    assert 'tailbone_odoo_pos/app.py' in names
    assert [n for n in names if n.lower().endswith(WEB_SUFFIXES)] == []
    assert [n for n in names if 'libcache' in n or n.startswith('tailbone_odoo_pos/static/')] == []
    assert 'fanstatic.libraries' not in entry_points
    assert 'tailbone_odoo_pos.app:main' in entry_points


def test_product_sources_hold_no_javascript_or_css():
    """Nothing to leak into a later build either (e.g. a file a package-data
    pattern would pick up again)."""
    found = [str(p.relative_to(REPO)) for package in ('rattail_odoo_pos', 'tailbone_odoo_pos')
             for p in (REPO / package).rglob('*') if p.suffix.lower() in WEB_SUFFIXES]
    assert found == []
    config = tomllib.loads((REPO / 'pyproject.toml').read_text())
    patterns = [p for ps in config['tool']['setuptools']['package-data'].values() for p in ps]
    assert not [p for p in patterns if p.lower().endswith(WEB_SUFFIXES)]
    assert 'fanstatic.libraries' not in config['project'].get('entry-points', {})


def test_app_factory_points_the_theme_at_nothing_of_ours(tmp_path):
    """Without ``[wuttaweb] static_libcache.module`` the factory leaves it
    unset (the host app's or wuttaweb's defaults apply); a configured one wins."""
    from rattail.config import make_config
    from tailbone_odoo_pos.app import set_web_defaults

    plain = tmp_path / 'plain.conf'
    plain.write_text('[rattail]\napp_title = x\n')
    config = make_config([str(plain)], usedb=False, versioning=False)
    set_web_defaults(config)
    assert config.get('wuttaweb.static_libcache.module') is None
    assert config.get('tailbone.themes.keys') == 'default, butterball'

    site = tmp_path / 'site.conf'
    site.write_text('[wuttaweb]\nstatic_libcache.module = theo.web.static\n')
    config = make_config([str(site)], usedb=False, versioning=False)
    set_web_defaults(config)
    assert config.get('wuttaweb.static_libcache.module') == 'theo.web.static'


# -- the fetched files --------------------------------------------------------

def test_fetched_files_match_the_manifest():
    """What ``run-tests`` fetched is exactly what the manifest pins, and the
    command's own check agrees."""
    for asset in MANIFEST:
        path = LIBCACHE / asset.name
        assert path.is_file(), f"{path} missing: run odoo-pos-fetch-assets"
        assert hashlib.sha256(path.read_bytes()).hexdigest() == asset.sha256, asset.name
    exe = Path(sys.executable).with_name('odoo-pos-fetch-assets')
    check = subprocess.run([str(exe), '--check'], capture_output=True, text=True)
    assert check.returncode == 0, check.stderr


def test_the_library_offers_every_file_the_butterball_theme_asks_for():
    """wuttaweb's ``get_liburl()`` looks up ``bb_<key>_js``/``_css`` on the
    configured module; the theme's import map and stylesheet use these keys."""
    import tailbone
    import odoo_pos_dev.static as static
    theme = (Path(tailbone.__file__).parent
             / 'templates/themes/butterball/base.mako').read_text()
    keys = set(re.findall(r"get_liburl\(request, '(bb_\w+)'", theme))
    assert keys == {'bb_vue', 'bb_oruga', 'bb_oruga_bulma', 'bb_oruga_bulma_css',
                    'bb_fontawesome_svg_core', 'bb_free_solid_svg_icons',
                    'bb_vue_fontawesome'}
    for key in keys:
        attr = key if key.endswith('_css') else f'{key}_js'
        resource = getattr(static, attr)
        assert (Path(static.libcache.path) / resource.relpath).is_file(), attr
    assert {a.resource for a in MANIFEST} == {k if k.endswith('_css') else f'{k}_js'
                                             for k in keys}


def test_registry_tarball_urls():
    vue = next(a for a in MANIFEST if a.package == 'vue')
    assert vue.tarball_url() == 'https://registry.npmjs.org/vue/-/vue-3.4.31.tgz'
    oruga = next(a for a in MANIFEST if a.package == '@oruga-ui/oruga-next')
    assert oruga.tarball_url('http://mirror.example/npm/') == \
        'http://mirror.example/npm/@oruga-ui/oruga-next/-/oruga-next-0.8.12.tgz'


# -- fetch against a local registry -------------------------------------------

def npm_tarball(files: dict[str, bytes]) -> bytes:
    """A .tgz laid out as npm packs one (``package/...``)."""
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode='w:gz') as tar:
        for name, data in files.items():
            info = tarfile.TarInfo(f'package/{name}')
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return buf.getvalue()


@pytest.fixture
def registry():
    """A local HTTP server standing in for the npm registry: ``.files`` maps a
    path to its bytes, ``.requests`` lists the paths asked for."""
    files: dict[str, bytes] = {}
    requests: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            requests.append(self.path)
            body = files.get(self.path)
            self.send_response(200 if body is not None else 404)
            self.end_headers()
            self.wfile.write(body or b'not found')

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(('127.0.0.1', 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    server.files, server.requests = files, requests
    server.url = f'http://127.0.0.1:{server.server_port}'
    yield server
    server.shutdown()
    server.server_close()


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def test_fetch_writes_verified_files_once(registry, tmp_path):
    js, css = b'export const x = 1;\n', b'.a { color: red }\n'
    tgz = npm_tarball({'dist/x.mjs': js, 'dist/x.css': css, 'README.md': b'hi'})
    registry.files['/@demo/pkg/-/pkg-1.2.3.tgz'] = tgz
    manifest = [Asset('x-1.2.3.js', 'bb_x_js', '@demo/pkg', '1.2.3', 'package/dist/x.mjs',
                      sha(tgz), sha(js)),
                Asset('x-1.2.3.css', 'bb_x_css', '@demo/pkg', '1.2.3', 'package/dist/x.css',
                      sha(tgz), sha(css))]
    dest = tmp_path / 'libcache'
    written = fetch(dest, registry=registry.url, manifest=manifest, log=lambda *a: None)
    assert [a.name for a in written] == ['x-1.2.3.js', 'x-1.2.3.css']
    assert (dest / 'x-1.2.3.js').read_bytes() == js
    assert (dest / 'x-1.2.3.css').read_bytes() == css
    assert sorted(p.name for p in dest.iterdir()) == ['x-1.2.3.css', 'x-1.2.3.js']
    assert registry.requests == ['/@demo/pkg/-/pkg-1.2.3.tgz']      # one tarball, once

    # again: present and verified, so nothing is asked for
    assert fetch(dest, registry=registry.url, manifest=manifest, log=lambda *a: None) == []
    assert len(registry.requests) == 1

    # a file changed on disk is fetched again
    (dest / 'x-1.2.3.js').write_bytes(b'tampered')
    assert [a.name for a in fetch(dest, registry=registry.url, manifest=manifest,
                                  log=lambda *a: None)] == ['x-1.2.3.js']
    assert (dest / 'x-1.2.3.js').read_bytes() == js


def test_fetch_refuses_a_tarball_or_file_with_another_checksum(registry, tmp_path):
    js = b'export const x = 1;\n'
    tgz = npm_tarball({'x.mjs': js})
    registry.files['/pkg/-/pkg-1.0.0.tgz'] = tgz
    dest = tmp_path / 'libcache'
    other_tarball = Asset('x.js', 'bb_x_js', 'pkg', '1.0.0', 'package/x.mjs', sha(b'?'), sha(js))
    with pytest.raises(AssetError, match=r'pkg-1\.0\.0\.tgz has sha256 .* the manifest says'):
        fetch(dest, registry=registry.url, manifest=[other_tarball], log=lambda *a: None)
    other_file = Asset('x.js', 'bb_x_js', 'pkg', '1.0.0', 'package/x.mjs', sha(tgz), sha(b'?'))
    with pytest.raises(AssetError, match=r'package/x\.mjs of pkg@1\.0\.0 has sha256'):
        fetch(dest, registry=registry.url, manifest=[other_file], log=lambda *a: None)
    not_there = Asset('y.js', 'bb_y_js', 'pkg', '1.0.0', 'package/y.mjs', sha(tgz), sha(js))
    with pytest.raises(AssetError, match=r'pkg@1\.0\.0 has no package/y\.mjs'):
        fetch(dest, registry=registry.url, manifest=[not_there], log=lambda *a: None)
    gone = Asset('z.js', 'bb_z_js', 'gone', '9.9.9', 'package/z.mjs', sha(tgz), sha(js))
    with pytest.raises(AssetError, match=r'cannot download .*/gone/-/gone-9\.9\.9\.tgz'):
        fetch(dest, registry=registry.url, manifest=[gone], log=lambda *a: None)
    assert list(dest.iterdir()) == []       # nothing (half-)written
    assert missing(dest, [other_file]) == [other_file]


# -- the theme in a browser -----------------------------------------------------

@pytest.mark.browser
def test_theme_from_npm_files_runs_in_chromium(browser_page, served_app):
    """The npm builds work as the theme's modules: the page's app mounts (the
    grid is drawn), Font Awesome draws its icons as SVG, Oruga's Bulma CSS
    styles the page, no script error; the fixture fails the test when a
    request leaves the machine."""
    page = browser_page
    errors: list[str] = []
    page.on('pageerror', lambda exc: errors.append(str(exc)))
    page.on('console', lambda msg: errors.append(msg.text) if msg.type == 'error' else None)
    page.goto(served_app + '/login')
    page.fill('input[name=username]', 'viewer')
    page.fill('input[name=password]', PASSWORD)
    page.click('button[type=submit]')
    page.wait_for_load_state('networkidle')
    page.goto(served_app + '/odoo-pos/orders/')
    page.wait_for_selector('table tbody tr')
    page.wait_for_selector('svg.svg-inline--fa', state='attached')
    icons = page.eval_on_selector_all(
        'svg.svg-inline--fa', 'els => els.map(e => e.getAttribute("data-icon"))')
    assert icons and all(icons)
    sheets = page.evaluate("() => [...document.styleSheets].map(s => s.href || '')")
    assert any('/fanstatic/odoo_pos_dev_libcache/' in s and s.endswith('.css') for s in sheets)
    assert errors == []
