# SPDX-License-Identifier: GPL-3.0-or-later
"""Export conflicts kept in ``odoo_pos_export_conflict`` (one row per record
and field), so the web pages can show them until a person decides.

:func:`record` is called by the export when it reports a conflict (the first
time a row is made, later runs move ``last_seen`` and the values); :func:`clear`
when a record with open rows is found in sync (or written) again.  Both work
in the export's session, so a ``--dry-run`` (rolled back) stores nothing.
"""

from __future__ import annotations

import datetime
from typing import Any


def _now() -> datetime.datetime:
    return datetime.datetime.now(datetime.timezone.utc).replace(tzinfo=None)


def open_ids(session: Any, model: Any, source: str, odoo_model: str) -> set[int]:
    """Odoo ids of *odoo_model* in *source* with an open conflict (one query)."""
    cls = model.OdooPosExportConflict
    return {row[0] for row in session.query(cls.odoo_id).filter(
        cls.source == source, cls.odoo_model == odoo_model).distinct()}


def record(session: Any, model: Any, source: str, odoo_model: str, odoo_id: int,
           native: Any, fields: list[tuple[str, Any, Any, Any]]) -> None:
    """Store the conflicting *fields* ``(field, odoo value, value last seen,
    Rattail value)`` of *native*; rows of fields no longer conflicting go."""
    cls = model.OdooPosExportConflict
    now = _now()
    rows = {row.field: row for row in session.query(cls).filter(
        cls.source == source, cls.odoo_model == odoo_model, cls.odoo_id == odoo_id)}
    for field, have, seen, want in fields:
        row = rows.pop(field, None)
        if row is None:
            row = cls(source=source, odoo_model=odoo_model, odoo_id=odoo_id, field=field,
                      first_seen=now)
            session.add(row)
        row.native_class = type(native).__name__
        row.native_uuid = native.uuid
        row.odoo_value = None if have is None else repr(have)
        row.seen_value = None if seen is None else repr(seen)
        row.rattail_value = None if want is None else repr(want)
        row.last_seen = now
    for row in rows.values():
        session.delete(row)


def clear(session: Any, model: Any, source: str, odoo_model: str, odoo_id: int) -> None:
    """The record is in sync again: its open conflicts go."""
    cls = model.OdooPosExportConflict
    session.query(cls).filter(cls.source == source, cls.odoo_model == odoo_model,
                              cls.odoo_id == odoo_id).delete(synchronize_session=False)
