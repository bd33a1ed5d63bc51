# SPDX-License-Identifier: GPL-3.0-or-later
"""The web app: Tailbone's stock app plus this plugin's views, rendering offline.

``egg:rattail-odoo-pos`` (``[app:main] use = egg:rattail-odoo-pos``) resolves
to :func:`main`.  Compared with ``tailbone.app:main`` it

* includes :mod:`tailbone_odoo_pos.views` (the stock app only includes
  ``tailbone.views``, so a plugin's routes would 404);
* defaults to the "butterball" theme; its JavaScript/CSS come from whatever
  the host app provides (``[wuttaweb] static_libcache.module``, e.g. Theo's
  ``theo.web.static``), else from wuttaweb's default CDN URLs: the plugin
  ships no JavaScript of its own (see docs/web.md);
* hardens the web side (:mod:`tailbone_odoo_pos.hardening`): HttpOnly,
  SameSite=Lax (and over https Secure) session cookie, a new session id at
  login and logout, HTTP 400 for bad request values, capped page size, and
  (``odoo_pos.web.login_required = true``) nothing but the login page for
  anonymous users;
* makes the sales dashboard the home page of users allowed to see it
  (``[odoo_pos] web.home = dashboard``, :mod:`tailbone_odoo_pos.views.home`).

Anything set in the config file (or a ``tailbone.theme`` DB setting) wins.
"""

from __future__ import annotations

from typing import Any

from pyramid.config import Configurator

from tailbone.app import make_pyramid_config, make_rattail_config
from tailbone.util import get_available_themes, get_theme_template_path

from tailbone_odoo_pos.hardening import set_session_defaults

#: theme used unless the config file or the DB setting says otherwise
DEFAULT_THEME = 'butterball'


def set_web_defaults(rattail_config: Any) -> None:
    """Web defaults, called once when the app is made (config
    file values win: these are only defaults)."""
    rattail_config.setdefault('tailbone.themes.keys', 'default, butterball')
    # Tailbone's menu handler (it adds the providers' integration menus, ours
    # included), with the sales reports in its Reports menu too; without it
    # wuttaweb's plain handler is used unless an app such as Theo designates its own
    rattail_config.setdefault('rattail.web.menus.handler.default_spec',
                              'tailbone_odoo_pos.menus:OdooPosMenuHandler')
    # the version in every page's footer: without a named distribution the app
    # handler scans every installed package for each page (about 200 ms here);
    # 'rattail' is what that scan finds for rattail's own app handler
    rattail_config.setdefault('rattail.app_dist', 'rattail')
    # the sales dashboard is this app's home page (for users allowed to see it)
    rattail_config.setdefault('odoo_pos.web.home', 'dashboard')


def choose_theme(rattail_config: Any) -> str:
    """The theme to render with: the ``tailbone.theme`` DB setting (what the
    theme picker saves), else ``[tailbone] theme`` from the config file, else
    :data:`DEFAULT_THEME`."""
    app = rattail_config.get_app()
    theme = None
    try:
        session = app.make_session()
    except Exception:       # no database configured: config file only
        session = None
    if session is not None:
        try:
            theme = app.get_setting(session, 'tailbone.theme')
        finally:
            session.close()
    theme = theme or rattail_config.get('tailbone.theme', usedb=False) or DEFAULT_THEME
    if theme not in get_available_themes(rattail_config):
        theme = DEFAULT_THEME
    return theme


def make_configurator(settings: dict[str, Any]) -> Configurator:
    """A Pyramid configurator like Tailbone's, but with our theme choice
    (Tailbone's :func:`make_pyramid_config` then sets the root factory)."""
    rattail_config = settings['rattail_config']
    theme = choose_theme(rattail_config)
    settings.setdefault('tailbone.classic', 'true')
    settings['tailbone.theme'] = theme
    directories = settings['mako.directories']
    if isinstance(directories, str):
        directories = rattail_config.parse_list(directories)
    directories = [get_theme_template_path(rattail_config, theme=theme)] + list(directories)
    settings['mako.directories'] = directories
    settings.setdefault('fanstatic.versioning', 'true')
    settings.setdefault('pyramid_deform.template_search_path', 'tailbone:templates/deform')
    return Configurator(settings=settings)


def main(global_config: dict[str, Any], **settings: Any):
    """Paste app factory (``paste.app_factory: main``): returns the WSGI app.

    Called once by ``pserve`` (or a test) with the ``[app:main]`` settings,
    which must include ``rattail.config``.
    """
    settings.setdefault('mako.directories', ['tailbone:templates', 'wuttaweb:templates'])
    set_session_defaults(settings)
    rattail_config = make_rattail_config(settings)
    set_web_defaults(rattail_config)
    pyramid_config = make_pyramid_config(
        dict(settings, pyramid_config=make_configurator(settings)))
    pyramid_config.include('tailbone')
    pyramid_config.include('tailbone.views.tenders')    # not in the stock set; our supplement extends it
    # not in the stock set; App Info links to them (without them it fails to render)
    for module in ('tailbone.views.tables', 'tailbone.views.views', 'tailbone.views.menus',
                   'wuttaweb.views.views', 'wuttaweb.views.tables', 'wuttaweb.views.alembic'):
        pyramid_config.include(module)
    pyramid_config.include('tailbone_odoo_pos.views')
    pyramid_config.include('tailbone_odoo_pos.views.home')
    pyramid_config.include('tailbone_odoo_pos.hardening')
    return pyramid_config.make_wsgi_app()
