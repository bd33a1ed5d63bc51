# SPDX-License-Identifier: GPL-3.0-or-later
"""The config extension: which handler ``import-odoo-pos`` and
``import-versions`` use, and that a site's (or Theo's) own versions handler wins."""

from __future__ import annotations

from rattail.config import make_config

from rattail_odoo_pos.config import VERSIONS_HANDLER, VERSIONS_KEY


def spec(tmp_path, text: str, key: str) -> str:
    path = tmp_path / 'rattail.conf'
    path.write_text("[rattail]\ntimezone.default = UTC\n" + text)
    config = make_config([str(path)], usedb=False, versioning=False)
    return config.get_app().get_designated_import_handler_spec(key)


def test_import_odoo_pos_handler_is_registered(tmp_path):
    assert spec(tmp_path, '', 'to_rattail.from_odoo_pos.import') == \
        'rattail_odoo_pos.importing.odoo_pos:FromOdooPosToRattail'


def test_import_versions_covers_odoo_pos_by_default(tmp_path):
    assert spec(tmp_path, '', VERSIONS_KEY) == VERSIONS_HANDLER


def test_a_designated_versions_handler_is_not_overridden(tmp_path):
    theo = 'theo.importing.versions_locsms:FromTheoToTheoVersions'
    # the legacy setting Theo's own config extension sets
    assert spec(tmp_path, f"[rattail.importing]\nversions.handler = {theo}\n",
                VERSIONS_KEY) == theo
    assert spec(tmp_path, f"[rattail.importing]\n{VERSIONS_KEY}.handler = {theo}\n",
                VERSIONS_KEY) == theo
