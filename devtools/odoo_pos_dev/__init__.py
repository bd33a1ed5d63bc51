# SPDX-License-Identifier: GPL-3.0-or-later
"""Development tools of rattail-odoo-pos: a throwaway PostgreSQL and rattail
config (:mod:`odoo_pos_dev.devenv`), the demo (``odoo-pos-demo``) and the
test fixtures' helpers (:mod:`odoo_pos_dev.testing`).  Not installed with the
product: ``pip install -e ./devtools``."""
