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


# -- the one list of [odoo_pos] settings cannot drift from the code ----------------------

import inspect  # noqa: E402
import re  # noqa: E402
from pathlib import Path  # noqa: E402

from rattail_odoo_pos.config import SETTINGS, SOURCE_SETTINGS  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]

#: ``config.get('odoo_pos.x')``, ``self.config.get_int(f'{SECTION}.x', ...)``,
#: ``rattail_config.get_list(\n 'odoo_pos.x'``: reads on a rattail config object (Pyramid's
#: ``registry.settings.get('odoo_pos.web...')`` reads the web app's ini section instead)
CONFIG_READ = re.compile(
    r"\w*config\s*\.(?:get|get_int|get_bool|get_list|get_dict|get_float|require)\(\s*"
    r"f?(['\"])(?:odoo_pos|\{SECTION\})\.(?P<key>[^'\"]+)\1")
#: the two-argument form ``config.get('odoo_pos', 'x')``
CONFIG_READ_2 = re.compile(
    r"\w*config\s*\.(?:get|get_int|get_bool|get_list|get_float|require)\(\s*(['\"])"
    r"odoo_pos\1\s*,\s*f?(['\"])(?P<key>[^'\"]+)\2")
#: this package's typed reader ``get_setting(config, 'x')``
GET_SETTING = re.compile(r"(?<![.\w])get_setting\(\s*[\w.]+\s*,\s*(['\"])(?P<key>[^'\"]+)\1")


def config_reads() -> dict[str, list[str]]:
    """Every ``[odoo_pos]`` key the code reads -> where (file:line)."""
    found: dict[str, list[str]] = {}
    for package in ('rattail_odoo_pos', 'tailbone_odoo_pos'):
        for path in sorted((ROOT / package).rglob('*.py')):
            text = path.read_text(encoding='utf-8')
            for pattern in (CONFIG_READ, CONFIG_READ_2, GET_SETTING):
                for match in pattern.finditer(text):
                    line = text.count('\n', 0, match.start()) + 1
                    found.setdefault(match.group('key'), []).append(
                        f"{path.relative_to(ROOT)}:{line}")
    return found


def is_known(key: str) -> bool:
    """Whether *key* (placeholders such as ``{key}`` allowed for the source
    key) is one of SETTINGS, a section-wide source setting or
    ``source.KEY.NAME``."""
    if key in SETTINGS or key in SOURCE_SETTINGS:
        return True
    parts = key.split('.', 2)
    if parts[0] == 'source' and len(parts) == 3:
        name = parts[2]
        # a dynamic name is checked where it is passed (load_source, below)
        return name in SOURCE_SETTINGS or re.fullmatch(r'\{\w+\}', name) is not None
    return re.fullmatch(r'\{\w+\}', key) is not None     # section-wide default of a name


def test_every_setting_the_code_reads_is_known():
    reads = config_reads()
    # the grep works: these reads are in the code today
    for key in ('sources', 'handler', 'lookback_minutes', 'check.max_lag_hours', 'web.max_lag',
                'source.{key}.{name}', 'source.{source_key}.url'):
        assert key in reads, f"the grep no longer finds {key!r}: {sorted(reads)}"
    unknown = {key: where for key, where in reads.items() if not is_known(key)}
    assert not unknown, ("settings read by the code but missing from "
                         f"rattail_odoo_pos.config.SETTINGS / SOURCE_SETTINGS: {unknown}")


def test_every_source_setting_load_source_reads_is_known():
    from rattail_odoo_pos.odoo.source import load_source
    text = inspect.getsource(load_source)
    names = set(re.findall(r"\b(?:get|setting)\(\s*'(\w+)'", text))
    assert {'url', 'database', 'login', 'secret', 'secret_env', 'secret_file'} <= names
    assert names <= set(SOURCE_SETTINGS), names - set(SOURCE_SETTINGS)


def test_the_settings_named_in_the_issue_are_known():
    assert SETTINGS['delete.max_share'] == (float, 0.05)
    assert SETTINGS['delete.max_count'][0] is int
    assert SETTINGS['lock.wait_seconds'][0] is int
    for name in ('url', 'database', 'login', 'secret', 'secret_env', 'secret_file', 'timeout',
                 'retries', 'backoff', 'backoff_max', 'batch_size'):
        assert name in SOURCE_SETTINGS


def test_every_known_setting_is_documented():
    doc = (ROOT / 'docs' / 'configuration.md').read_text(encoding='utf-8')
    missing = [key for key in SETTINGS if f'`{key}`' not in doc]
    missing += [f'source.KEY.{name}' for name in SOURCE_SETTINGS
                if f'`source.KEY.{name}`' not in doc]
    assert not missing, f"docs/configuration.md does not list {missing}"
