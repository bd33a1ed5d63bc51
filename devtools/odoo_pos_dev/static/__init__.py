# SPDX-License-Identifier: GPL-3.0-or-later
"""The butterball theme's JavaScript/CSS for the demo and the tests, served
locally so their pages render with no request leaving the machine.

A fanstatic library (entry point ``fanstatic.libraries``:
``odoo_pos_dev_libcache``) over ``libcache/``, which
``odoo-pos-fetch-assets`` (:mod:`odoo_pos_dev.assets`) fills from the npm
registry at install time.  The dev configs
(:func:`odoo_pos_dev.devenv.web_app_sections`) set
``[wuttaweb] static_libcache.module = odoo_pos_dev.static``: wuttaweb's
``get_liburl()`` then takes each theme file from the attribute named in
:data:`odoo_pos_dev.assets.MANIFEST` (``bb_vue_js``, ``bb_oruga_js``...).
"""

from __future__ import annotations

import logging

import fanstatic.core
from fanstatic import Library, Resource
from fanstatic.registry import get_library_registry

from odoo_pos_dev.assets import LIBCACHE, MANIFEST, missing

log = logging.getLogger(__name__)

#: the fanstatic library (wuttaweb reads ``static.libcache``)
libcache = Library('odoo_pos_dev_libcache', 'libcache')


def _make_resources() -> dict[str, Resource]:
    absent = missing(LIBCACHE)
    if not absent:
        return {a.resource: Resource(libcache, a.name) for a in MANIFEST}
    # still importable (fanstatic loads every library's entry point when it
    # starts, for any app in this environment), but say what is wrong: the
    # pages would ask for files that are not there
    log.warning("theme assets missing from %s (%s): run odoo-pos-fetch-assets",
                LIBCACHE, ', '.join(a.name for a in absent))
    checking = fanstatic.core._resource_file_existence_checking
    fanstatic.core.set_resource_file_existence_checking(False)
    try:
        return {a.resource: Resource(libcache, a.name) for a in MANIFEST}
    finally:
        fanstatic.core.set_resource_file_existence_checking(checking)


RESOURCES = _make_resources()
globals().update(RESOURCES)
__all__ = ['libcache', 'includeme', *RESOURCES]


def includeme(config) -> None:
    """Pyramid include: registers :data:`libcache` with fanstatic when the
    entry point did not (an install whose entry points were not refreshed)."""
    registry = get_library_registry()
    if libcache.name not in registry and not registry.prepared:
        registry.add(libcache)
