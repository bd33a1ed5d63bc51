# SPDX-License-Identifier: GPL-3.0-or-later
"""Config extension: registers this package's handlers, commands and defaults with rattail."""

from wuttjamaican.conf import WuttaConfigExtension

#: (handler key, handler spec, command) for every import/export this package provides.
IMPORT_HANDLERS = (
    ('to_rattail.from_odoo_pos.import',
     'rattail_odoo_pos.importing.odoo_pos:FromOdooPosToRattail',
     'rattail import-odoo-pos'),
)

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
        for key, spec, cmd in IMPORT_HANDLERS:
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
