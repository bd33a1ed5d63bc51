# SPDX-License-Identifier: GPL-3.0-or-later
"""Local copies of the JavaScript/CSS the "butterball" theme needs, so the web app
renders without internet (a fanstatic library; no CDN is ever asked).

The files are the ones tailbone-theo ships (Vue 3, Oruga, Font Awesome); the
app factory points ``wuttaweb.static_libcache.module`` here.
"""

from fanstatic import Library, Resource
from fanstatic.registry import get_library_registry

#: the fanstatic library (entry point ``fanstatic.libraries``: ``odoo_pos_libcache``)
libcache = Library('odoo_pos_libcache', 'libcache')
bb_vue_js = Resource(libcache, 'vue.esm-browser-3.4.31.prod.js')
bb_oruga_js = Resource(libcache, 'oruga-0.8.12.js')
bb_oruga_bulma_js = Resource(libcache, 'oruga-bulma-0.3.0.js')
bb_oruga_bulma_css = Resource(libcache, 'oruga-bulma-0.3.0.css')
bb_fontawesome_svg_core_js = Resource(libcache, 'fontawesome-svg-core-6.5.2.js')
bb_free_solid_svg_icons_js = Resource(libcache, 'free-solid-svg-icons-6.5.2.js')
bb_vue_fontawesome_js = Resource(libcache, 'vue-fontawesome-3.0.6.index.es.js')


def register_library() -> None:
    """Make sure fanstatic serves :data:`libcache`.

    Called while the Pyramid app is configured (before the first request).  The
    ``fanstatic.libraries`` entry point normally registers it already; this
    covers an install whose entry points were not refreshed.
    """
    registry = get_library_registry()
    if libcache.name not in registry and not registry.prepared:
        registry.add(libcache)


def includeme(config):
    """Pyramid include: registers the library (see :func:`register_library`)."""
    register_library()
