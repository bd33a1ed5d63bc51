# SPDX-License-Identifier: GPL-3.0-or-later
"""An Odoo 17 compatible RPC server with generated POS data, for the demo, the
tests and the benchmarks (``odoo-pos-sandbox``).

>>> from odoo_pos_sandbox import generate, Sandbox
>>> generate('/tmp/pos.sqlite', stores=3, days=3, orders_per_day=8, seed=7)
>>> server = Sandbox('/tmp/pos.sqlite').serve(port=0)    # server.url, server.stop()
"""

from odoo_pos_sandbox.core import Sandbox, Env, Clock, Faults
from odoo_pos_sandbox.generate import generate
from odoo_pos_sandbox.flows import float_round

__all__ = ['Sandbox', 'Env', 'Clock', 'Faults', 'generate', 'float_round']
