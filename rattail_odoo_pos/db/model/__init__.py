# SPDX-License-Identifier: GPL-3.0-or-later
"""Odoo POS tables: extensions of Rattail's Store, Department, Product,
Customer, Employee, Tender and Tax, and the POS transaction tables.

Every row carries ``(source, odoo_id)`` (unique): ``source`` is the config key
of the Odoo database it came from, so ids of several Odoo databases never
collide.  All tables except the cursors are versioned; ``odoo_write_date``
(which moves on every Odoo write) is left out of the versions.
"""

from rattail_odoo_pos.db.model import base, extensions, pos, summary

#: every mapped class of this package (a new class in one of the modules above
#: is exported without being listed anywhere)
__all__ = sorted(name for module in (base, extensions, pos, summary)
                 for name, obj in vars(module).items()
                 if isinstance(obj, type) and getattr(obj, '__tablename__', None)
                 and obj.__module__ == module.__name__)
globals().update({name: getattr(module, name) for module in (base, extensions, pos, summary)
                  for name in __all__ if hasattr(module, name)})
