# SPDX-License-Identifier: GPL-3.0-or-later
"""``odoo-pos-fetch-assets``: the JavaScript/CSS the "butterball" theme needs,
fetched from the npm registry at pinned versions, for the demo and the tests.

The product ships no JavaScript: a site's Tailbone app (Theo, ...) serves its
own theme assets.  The demo and the web tests render offline instead from
:mod:`odoo_pos_dev.static`, a fanstatic library whose files this module
downloads once, at install time (``run-tests`` and ``run-demo`` call it after
``pip install``):

* :data:`MANIFEST` names each file: the npm package, its exact version, the
  path inside the package tarball, the sha256 of the tarball and of the file;
* :func:`fetch` downloads each tarball (a plain HTTPS GET of the registry's
  tarball URL, no ``npm`` needed), checks both checksums and writes the file
  into ``odoo_pos_dev/static/libcache/`` (git-ignored).  Files already there
  with the right checksum are left alone, so running it again costs nothing
  and needs no network.

Standard library only.  The registry is ``https://registry.npmjs.org`` unless
``--registry`` or the ``NPM_CONFIG_REGISTRY`` environment variable (npm's own
setting, for a mirror) says otherwise.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import os
import sys
import tarfile
import tempfile
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Sequence

DEFAULT_REGISTRY = 'https://registry.npmjs.org'
#: where the files go (the folder the fanstatic library :mod:`odoo_pos_dev.static` serves)
LIBCACHE = Path(__file__).resolve().parent / 'static' / 'libcache'


@dataclass(frozen=True)
class Asset:
    """One file of the theme, taken from one npm package tarball."""
    #: file name in the libcache folder (the fanstatic resource's relpath)
    name: str
    #: attribute of :mod:`odoo_pos_dev.static` wuttaweb looks up (``bb_vue_js``...)
    resource: str
    #: npm package name and exact version
    package: str
    version: str
    #: path of the file inside the tarball (npm tarballs start with ``package/``)
    member: str
    #: sha256 (hex) of the tarball as the registry serves it
    tarball_sha256: str
    #: sha256 (hex) of the file itself
    sha256: str

    def tarball_url(self, registry: str = DEFAULT_REGISTRY) -> str:
        """The registry's tarball URL: ``{registry}/{package}/-/{basename}-{version}.tgz``
        (``@scope/name`` -> ``@scope/name/-/name-1.0.0.tgz``)."""
        basename = self.package.rsplit('/', 1)[-1]
        return f"{registry.rstrip('/')}/{self.package}/-/{basename}-{self.version}.tgz"


#: the butterball theme's files (the versions Tailbone 0.23's butterball
#: theme is known to work with; the theme's import map names each package)
MANIFEST: tuple[Asset, ...] = (
    Asset('vue.esm-browser-3.4.31.prod.js', 'bb_vue_js',
          'vue', '3.4.31', 'package/dist/vue.esm-browser.prod.js',
          '01cb6ef41fdf1e2c1944bce553c254e216f507ed20ec1bd993766bf9554caf0f',
          'e6d59f1725c1b23927b38458e5fa6baa18c5902e8246251c542aa2fe04b0c145'),
    Asset('oruga-0.8.12.js', 'bb_oruga_js',
          '@oruga-ui/oruga-next', '0.8.12', 'package/dist/oruga.mjs',
          '143404efaba0e9de9a5b3e8b263b8da656884911d0b48b42bb48b7eb67007101',
          'be401c2cdf567a4d185bc382fb0676aa2b10b40471847ff9be066270fa8c3792'),
    Asset('oruga-bulma-0.3.0.js', 'bb_oruga_bulma_js',
          '@oruga-ui/theme-bulma', '0.3.0', 'package/dist/bulma.mjs',
          'e2a6edf9464a656fb710ac6a4775b6a1c4cf186a88a7da74cb975eba1310bc0f',
          '754a837d660bb47b93621bbacfbe9a293684b0e1e0abcbd8e3e794941a964219'),
    Asset('oruga-bulma-0.3.0.css', 'bb_oruga_bulma_css',
          '@oruga-ui/theme-bulma', '0.3.0', 'package/dist/bulma.css',
          'e2a6edf9464a656fb710ac6a4775b6a1c4cf186a88a7da74cb975eba1310bc0f',
          '02de8980e7d33b98c9d54499d9b91665fb7532f338269b0e0d3766f5c0cea1ad'),
    # Font Awesome: the packages' own ES module builds (self-contained, they import
    # nothing; the same named exports as jsDelivr's minified "+esm" bundles, which
    # are made by the CDN and are not on npm)
    Asset('fontawesome-svg-core-6.5.2.js', 'bb_fontawesome_svg_core_js',
          '@fortawesome/fontawesome-svg-core', '6.5.2', 'package/index.mjs',
          '908ee463d15dcc4c3522bbf55c34ccc72e35ef3ee08bacb3a740e1be04f57b23',
          '99e87cda55a9d97df0ee146a328b06c6d188d24f5ce9dd2639542cb5dc4cba8e'),
    Asset('free-solid-svg-icons-6.5.2.js', 'bb_free_solid_svg_icons_js',
          '@fortawesome/free-solid-svg-icons', '6.5.2', 'package/index.mjs',
          'a9b20dacb7eca20ce2d458cf15bb74fd7d4514e06c86a689af462c222eb2f94b',
          '04dc40d997ee96d85a5ec23c95f92bb6c752c51cea0913672218e8e561043967'),
    Asset('vue-fontawesome-3.0.6.index.es.js', 'bb_vue_fontawesome_js',
          '@fortawesome/vue-fontawesome', '3.0.6', 'package/index.es.js',
          'd18517c60c954cc1ffb226d8005bf06b57f3de61bd5726980f5ed63bd2192d37',
          'a281c12d3b772f7b59e0b55eaf4ba203aac4f6a06f9008f5a957b6e476f889ee'),
)


class AssetError(Exception):
    """A download failed, or a tarball or file does not have its checksum."""


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def file_ok(asset: Asset, dest: Path = LIBCACHE) -> bool:
    """True when *asset* is in *dest* with its recorded sha256."""
    path = dest / asset.name
    return path.is_file() and sha256(path.read_bytes()) == asset.sha256


def missing(dest: Path = LIBCACHE, manifest: Iterable[Asset] = MANIFEST) -> list[Asset]:
    """The assets not (or not correctly) present in *dest*."""
    return [a for a in manifest if not file_ok(a, dest)]


def download(url: str, timeout: float = 60) -> bytes:
    """GET *url*; raises :class:`AssetError` naming the URL on any failure."""
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return response.read()
    except OSError as exc:      # URLError, HTTPError, timeouts
        raise AssetError(f"cannot download {url}: {exc}") from exc


def extract(asset: Asset, tarball: bytes) -> bytes:
    """The bytes of ``asset.member`` in *tarball*, checked against ``asset.sha256``."""
    with tarfile.open(fileobj=io.BytesIO(tarball), mode='r:gz') as tar:
        try:
            member = tar.getmember(asset.member)
        except KeyError:
            raise AssetError(f"{asset.package}@{asset.version} has no {asset.member}") from None
        handle = tar.extractfile(member) if member.isfile() else None
        if handle is None:
            raise AssetError(f"{asset.package}@{asset.version}: {asset.member} is not a file")
        data = handle.read()
    if sha256(data) != asset.sha256:
        raise AssetError(f"{asset.member} of {asset.package}@{asset.version} has sha256 "
                         f"{sha256(data)}, the manifest says {asset.sha256}")
    return data


def write_atomically(path: Path, data: bytes) -> None:
    """Write *path* so that a reader never sees a half-written file."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f'.{path.name}.')
    try:
        with os.fdopen(fd, 'wb') as handle:
            handle.write(data)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def fetch(dest: Path = LIBCACHE, registry: str | None = None,
          manifest: Sequence[Asset] = MANIFEST, log=print) -> list[Asset]:
    """Make sure every asset of *manifest* is in *dest* with its checksum;
    downloads (once per tarball) only what is missing or wrong.  Returns the
    assets written.  Raises :class:`AssetError` (nothing half-written is left)
    when a download fails or a checksum differs."""
    registry = registry or os.environ.get('NPM_CONFIG_REGISTRY') or DEFAULT_REGISTRY
    dest = Path(dest)
    dest.mkdir(parents=True, exist_ok=True)
    todo = [a for a in manifest if not file_ok(a, dest)]
    tarballs: dict[str, bytes] = {}
    for asset in todo:
        url = asset.tarball_url(registry)
        if url not in tarballs:
            log(f"downloading {asset.package}@{asset.version} ({url})")
            data = download(url)
            if sha256(data) != asset.tarball_sha256:
                raise AssetError(f"{url} has sha256 {sha256(data)}, "
                                 f"the manifest says {asset.tarball_sha256}")
            tarballs[url] = data
        write_atomically(dest / asset.name, extract(asset, tarballs[url]))
    return todo


def main(argv: Sequence[str] | None = None) -> int:
    """``odoo-pos-fetch-assets [--check] [--dest DIR] [--registry URL]``."""
    parser = argparse.ArgumentParser(
        prog='odoo-pos-fetch-assets',
        description="Fetch the butterball theme's JavaScript/CSS (pinned npm packages, "
                    "checksums verified) for the demo and the tests; skips what is "
                    "already there.")
    parser.add_argument('--dest', type=Path, default=LIBCACHE,
                        help=f"folder to write (default: {LIBCACHE})")
    parser.add_argument('--registry', default=None,
                        help=f"npm registry (default: $NPM_CONFIG_REGISTRY or {DEFAULT_REGISTRY})")
    parser.add_argument('--check', action='store_true',
                        help="download nothing: exit 1 when a file is missing or wrong")
    args = parser.parse_args(argv)
    if args.check:
        bad = missing(args.dest)
        for asset in bad:
            print(f"missing or wrong: {args.dest / asset.name} "
                  f"({asset.package}@{asset.version} {asset.member})", file=sys.stderr)
        return 1 if bad else 0
    try:
        written = fetch(args.dest, registry=args.registry)
    except AssetError as exc:
        print(f"odoo-pos-fetch-assets: {exc}", file=sys.stderr)
        return 1
    print(f"theme assets in {args.dest}: {len(MANIFEST)} files, "
          f"{len(written)} fetched, {len(MANIFEST) - len(written)} already there")
    return 0


if __name__ == '__main__':      # pragma: no cover
    sys.exit(main())
