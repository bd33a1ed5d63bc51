# SPDX-License-Identifier: GPL-3.0-or-later
"""Config extension: registers this package's handlers, commands and defaults with rattail."""

from wuttjamaican.conf import WuttaConfigExtension

#: (handler key, handler spec, command) for every import/export this package provides.
IMPORT_HANDLERS = (
    ('to_rattail.from_odoo_pos.import',
     'rattail_odoo_pos.importing.odoo_pos:FromOdooPosToRattail',
     'rattail import-odoo-pos'),
)


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
        # import-versions covers this package's versioned tables too
        config.setdefault('rattail.importing', 'to_rattail_versions.from_rattail.import.handler',
                          'rattail_odoo_pos.importing.versions:OdooPosVersionsHandler')
