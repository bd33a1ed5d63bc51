# SPDX-License-Identifier: GPL-3.0-or-later
"""The complete data model: rattail's plus Odoo POS's (for ``[rattail] model_spec``)."""

from rattail.db.model import *  # noqa: F401,F403

from rattail_odoo_pos.db.model import *  # noqa: F401,F403
