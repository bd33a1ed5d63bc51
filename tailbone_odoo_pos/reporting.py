# SPDX-License-Identifier: GPL-3.0-or-later
"""The reporting views' SQL lives with the data side (the migration creates
them): see :mod:`rattail_odoo_pos.db.reporting`."""

from rattail_odoo_pos.db.reporting import *  # noqa: F401,F403
from rattail_odoo_pos.db.reporting import (  # noqa: F401
    SALE_STATES, VIEWS, create_statements, drop_statements, default_timezone_function)
