# SPDX-License-Identifier: GPL-3.0-or-later
"""The seam between rattail-odoo-pos and Odoo: configured sources and the client that reads them.

This is the only package that imports odoorpc.
"""

from __future__ import annotations

from rattail_odoo_pos.odoo.client import (  # noqa: F401
    OdooClient, format_odoo_datetime, parse_odoo_datetime)
from rattail_odoo_pos.odoo.errors import (  # noqa: F401
    OdooAccessError, OdooConfigError, OdooConnectionError, OdooLoginError, OdooNotOdooError,
    OdooPosError, OdooRPCError, OdooTransientError, OdooUnknownDatabaseError)
from rattail_odoo_pos.odoo.source import (  # noqa: F401
    OdooSource, check_url, get_source_keys, load_source)
