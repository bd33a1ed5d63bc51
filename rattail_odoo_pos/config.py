# SPDX-License-Identifier: GPL-3.0-or-later
"""Config extension: registers this package's handlers, commands and defaults with rattail,
and the list of every ``[odoo_pos]`` setting this package reads (unknown ones get a warning
naming the closest known setting)."""

from __future__ import annotations

import difflib
import logging
import math
from typing import Any

from wuttjamaican.conf import WuttaConfigExtension

log = logging.getLogger(__name__)

#: The config section of this package.
SECTION = 'odoo_pos'

#: Settings of one Odoo source, ``[odoo_pos] source.KEY.NAME``: name -> (type, default).
#: Each may also be given section-wide as ``[odoo_pos] NAME`` (a source's own value wins).
SOURCE_SETTINGS: dict[str, tuple[type, Any]] = {
    'url': (str, None),
    'database': (str, None),
    'login': (str, None),
    'secret': (str, None),
    'secret_env': (str, None),
    'secret_file': (str, None),
    'timeout': (float, 60.0),
    'retries': (int, 3),
    'backoff': (float, 0.5),
    'backoff_max': (float, 30.0),
    'batch_size': (int, 2000),
    'endpoint': (str, 'auto'),
    # rattail export-odoo-pos: Rattail tax (code, or tax1/tax2/tax3) -> account.tax id, KEY:ID
    'export_taxes': (list, None),
}

#: Every other ``[odoo_pos]`` setting this package reads: name -> (type, default).
#: The one list: ``tests/rattail_odoo_pos/test_config.py`` greps the code for config reads of
#: ``odoo_pos.*`` and fails on any that is missing here.
SETTINGS: dict[str, tuple[type, Any]] = {
    'sources': (list, ['default']),
    'handler': (str, 'rattail_odoo_pos.app:OdooPosHandler'),
    'lookback_minutes': (int, 120),
    # late commits: 'count' (compare per-hour counts, re-read what differs) or 'reread'
    'lookback_mode': (str, 'count'),
    'overlap_seconds': (int, 5),
    'datasync.window_check_seconds': (int, 300),
    # cron runs (import-odoo-pos): how often per source and model the look-back window is
    # checked for late commits (0: every run); when it last ran is kept per source
    'window_check_seconds': (int, 900),
    # a source's Odoo version and fields_get answers kept between runs (0: asked every run)
    'plan_cache_hours': (float, 24.0),
    # versioned runs: Continuum's version validity set-based (importing/validity.py)
    'versioned_batch': (bool, True),
    'versions_chunk_size': (int, 5000),
    # initial load through COPY, Odoo read ahead in a thread (importing/bulk.py, prefetch.py)
    'bulk_load': (bool, True),
    'prefetch': (bool, True),
    'prefetch_depth': (int, 2),
    # windows of ids a full read asks at a time (0: pages in write_date order, one by one)
    'full_read.in_flight': (int, 2),
    'versions_set_based': (bool, True),
    'check.max_lag_hours': (int, 48),
    'web.max_lag': (int, 2 * 24 * 3600),
    'delete.max_share': (float, 0.05),
    'delete.max_count': (int, None),
    'lock.wait_seconds': (int, 10),
    # sources read at a time by import-odoo-pos (importing/fleet.py); 1 = one after the other
    'fleet.parallel': (int, 4),
    # rattail export-odoo-pos: the Odoo fields Rattail owns (default: all the entity declares)
    'export.department.fields': (list, None),
    'export.product.fields': (list, None),
    'export.customer.fields': (list, None),
}

#: Names people write for a setting that has another name here.
SYNONYMS = {
    'password': 'secret', 'passwd': 'secret', 'pwd': 'secret', 'pass': 'secret',
    'api_key': 'secret', 'apikey': 'secret', 'key': 'secret', 'token': 'secret',
    'password_env': 'secret_env', 'password_file': 'secret_file',
    'user': 'login', 'username': 'login', 'user_name': 'login',
    'db': 'database', 'dbname': 'database', 'db_name': 'database',
    'host': 'url', 'server': 'url', 'address': 'url', 'uri': 'url', 'port': 'url',
}

#: Keys configparser adds to every section.
_IGNORED = {'here', '__file__'}

#: Warning lines already logged by this process (each is logged once).
_warned: set[str] = set()

#: handler key of ``rattail import-odoo-pos`` (Odoo POS -> Rattail)
IMPORT_KEY = 'to_rattail.from_odoo_pos.import'
#: handler key of ``rattail export-odoo-pos`` (Rattail -> Odoo POS)
EXPORT_KEY = 'to_odoo_pos.from_rattail.export'

#: (handler key, handler spec, command) for every import/export this package provides.
IMPORT_HANDLERS = (
    (IMPORT_KEY,
     'rattail_odoo_pos.importing.odoo_pos:FromOdooPosToRattail',
     'rattail import-odoo-pos'),
    (EXPORT_KEY,
     'rattail_odoo_pos.exporting.odoo_pos:FromRattailToOdooPos',
     'rattail export-odoo-pos'),
)

#: (handler key, handler spec, command) of ``rattail import-odoo-pos-trainwreck``
#: (Odoo POS orders in Rattail -> Trainwreck; no warnings email of its own)
TRAINWRECK_HANDLER = ('to_trainwreck.from_odoo_pos.import',
                      'rattail_odoo_pos.trainwreck.importing:FromOdooPosToTrainwreck',
                      'rattail import-odoo-pos-trainwreck')

#: rattail's handler key of ``import-versions``, and this package's handler for it
VERSIONS_KEY = 'to_rattail_versions.from_rattail.import'
VERSIONS_HANDLER = 'rattail_odoo_pos.importing.versions:OdooPosVersionsHandler'


class OdooPosConfigExtension(WuttaConfigExtension):
    """Rattail config extension for Odoo POS.

    Runs whenever a rattail config is made; only sets defaults, so anything in
    the user's own config files wins.
    """
    key = 'rattail_odoo_pos'

    def configure(self, config):
        for key, spec, cmd in IMPORT_HANDLERS + (TRAINWRECK_HANDLER,):
            config.setdefault('rattail.importing', f'{key}.default_handler', spec)
            config.setdefault('rattail.importing', f'{key}.default_cmd', cmd)

    def startup(self, config):
        """After every extension's ``configure``: make ``import-versions`` cover
        this package's tables, unless the site (or an app such as Theo) already
        designates a versions handler, which then mixes in
        :class:`~rattail_odoo_pos.importing.versions.OdooPosVersionMixin`."""
        key = VERSIONS_KEY
        if not (config.get('rattail.importing', f'{key}.handler', usedb=False)
                or config.get('rattail.importing', 'versions.handler', usedb=False)):
            config.setdefault('rattail.importing', f'{key}.handler', VERSIONS_HANDLER)
        warn_settings(config)


def setting_warnings(config: Any, bad_values: bool = True) -> list[str]:
    """One line per problem with the ``[odoo_pos]`` settings of the config files:
    a setting this package does not read (with the closest known one, if any),
    a source block whose key is a near miss of a configured source, a value
    that must be a number and is not (unless not *bad_values*).  Values are
    never shown for unknown settings (they might be secrets)."""
    values = config.get_dict(SECTION)
    listed = config.parse_list(values['sources']) if values.get('sources') else ['default']
    candidates = list(SETTINGS) + list(SOURCE_SETTINGS) + [
        f'source.{src}.{name}' for src in listed for name in SOURCE_SETTINGS]
    lines = []
    for name in sorted(values):
        if name in _IGNORED:
            continue
        if name in SETTINGS or name in SOURCE_SETTINGS:
            kind = (SETTINGS.get(name) or SOURCE_SETTINGS[name])[0]
            problem = _number_problem(kind, values[name])
            if problem and bad_values:
                lines.append(f"[{SECTION}] {name} = {values[name]!r} is not {problem}")
            continue
        parts = name.split('.', 2)
        if parts[0] == 'source' and len(parts) == 3:
            src, sub = parts[1], parts[2]
            if sub in SOURCE_SETTINGS:
                near = difflib.get_close_matches(src, listed, n=1, cutoff=0.75)
                if src not in listed and near:
                    lines.append(
                        f"[{SECTION}] {name}: source '{src}' is not in [{SECTION}] sources "
                        f"({', '.join(listed)}), so it is not imported; did you mean "
                        f"source.{near[0]}.{sub}?")
                continue
            best = _close_name(sub)
            guess = f'source.{src}.{best}' if best else None
        else:
            guess = _close_name(name, candidates)
        hint = (f"did you mean {guess}?" if guess
                else "see docs/configuration.md for the settings")
        lines.append(f"[{SECTION}] {name} is not a setting of rattail-odoo-pos and is "
                     f"ignored; {hint}")
    return lines


def warn_settings(config: Any) -> list[str]:
    """Log :func:`setting_warnings` through ``logging.warning``: each line once
    per process, the check itself once per config object.  Never raises.  A
    known setting with a bad value is not warned: the code that reads it
    refuses it (:func:`get_setting`, ``load_source``) with the same words as
    its one error line, which a warning before it would only repeat."""
    if getattr(config, '_odoo_pos_settings_checked', False):
        return []
    try:
        config._odoo_pos_settings_checked = True
        lines = setting_warnings(config, bad_values=False)
    except Exception:   # a warning must never stop a config from loading
        log.debug("could not check the [%s] settings", SECTION, exc_info=True)
        return []
    for line in lines:
        if line not in _warned:
            _warned.add(line)
            log.warning("%s", line)
    return lines


def get_setting(config: Any, name: str) -> Any:
    """The value of ``[odoo_pos] NAME`` (one of :data:`SETTINGS`) as its type,
    or its default; a value that is not a number where one is needed raises
    :class:`~rattail_odoo_pos.odoo.errors.OdooConfigError` naming setting and value."""
    kind, default = SETTINGS[name]
    raw = config.get(f'{SECTION}.{name}')
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return default
    if kind is list:
        return config.parse_list(raw)
    problem = _number_problem(kind, raw)
    if problem:
        from rattail_odoo_pos.odoo.errors import OdooConfigError
        raise OdooConfigError(f"[{SECTION}] {name} = {raw!r} is not {problem}")
    return kind(raw.strip()) if isinstance(raw, str) else kind(raw)


def _number_problem(kind: type, raw: Any) -> str | None:
    """Why *raw* is not a *kind* (int or float), or None when it is (or when
    *kind* is not a number type, or *raw* is empty)."""
    if kind not in (int, float) or raw is None or not str(raw).strip():
        return None
    try:
        value = kind(str(raw).strip())
    except ValueError:
        return 'a whole number' if kind is int else 'a number'
    if kind is float and not math.isfinite(value):
        return 'a finite number'
    return None


def _close_name(name: str, candidates: list[str] | None = None) -> str | None:
    """The known setting closest to *name* (synonyms such as ``password`` give
    their setting, ``secret``), or None."""
    if name in SYNONYMS:
        return SYNONYMS[name]
    pool = (candidates or list(SOURCE_SETTINGS)) + list(SYNONYMS)
    match = difflib.get_close_matches(name, pool, n=1, cutoff=0.6)
    return SYNONYMS.get(match[0], match[0]) if match else None
