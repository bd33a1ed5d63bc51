# SPDX-License-Identifier: GPL-3.0-or-later
"""All views of the Odoo POS web plugin, generated from the entity declarations.

``config.include('tailbone_odoo_pos.views')`` registers: one read-only master
view per :class:`~tailbone_odoo_pos.declarations.Browse` entity, one supplement
per :class:`~tailbone_odoo_pos.declarations.Native` entity, the sales
dashboard, the sync status page and the rejected records list.

It also works from an app's ``pyramid.includes`` setting (e.g. in Theo's
``[app:main]``), which Pyramid runs before Tailbone has added its
directives: :func:`ensure_directives` adds the ones the views use.
"""

from tailbone_odoo_pos.declarations import web_entities


#: Tailbone's Pyramid directives used while registering views (as tailbone.app adds them)
DIRECTIVES = {
    'add_wutta_permission_group': 'wuttaweb.auth.add_permission_group',
    'add_wutta_permission': 'wuttaweb.auth.add_permission',
    'add_tailbone_permission_group': 'wuttaweb.auth.add_permission_group',
    'add_tailbone_permission': 'wuttaweb.auth.add_permission',
    'add_wutta_master_view': 'wuttaweb.conf.add_master_view',
    'add_tailbone_index_page': 'tailbone.app.add_index_page',
    'add_tailbone_config_page': 'tailbone.app.add_config_page',
    'add_tailbone_model_view': 'tailbone.app.add_model_view',
    'add_tailbone_view_supplement': 'tailbone.app.add_view_supplement',
}


def ensure_directives(config):
    """Add Tailbone's directives the views need when the app has not (yet)."""
    for name, spec in DIRECTIVES.items():
        try:
            getattr(config, name)
        except AttributeError:
            config.add_directive(name, spec)


def includeme(config):
    """Pyramid include, called once when the app is configured."""
    ensure_directives(config)
    from tailbone_odoo_pos.views.master import make_master_view
    from tailbone_odoo_pos.views.supplements import register_all

    app = config.registry.settings['rattail_config'].get_app()
    entities = list(web_entities())
    for entity in entities:
        if entity.browse:
            make_master_view(app, entity, entities).defaults(config)
    register_all(config, app, entities)
    config.include('tailbone_odoo_pos.views.dashboard')
    config.include('tailbone_odoo_pos.views.reports')
    config.include('tailbone_odoo_pos.views.sync')
    config.include('tailbone_odoo_pos.views.rejected')
    config.include('tailbone_odoo_pos.views.export')
    config.include('tailbone_odoo_pos.views.forbidden')
