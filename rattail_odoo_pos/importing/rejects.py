# SPDX-License-Identifier: GPL-3.0-or-later
"""Bad records are set aside, never block the rest.

Every converted value is checked against the column it goes to before
anything is written (:func:`problems`): characters PostgreSQL cannot store
(NUL, lone surrogates), numbers outside a ``numeric(p, s)`` column's range,
text longer than a bounded column (the columns that hold Odoo ``char``
fields have no limit, like Odoo).  A record that fails, or that points at a
record that exists nowhere, is written to ``odoo_pos_rejected`` (source,
model, Odoo id, reason, the raw values, first and last seen, attempts) in the
same transaction as its batch; the rest of the batch is imported.  A rejected
record is retried on every run until it imports, and then leaves the table.

Values copied into Rattail's own (native) columns are cut to fit instead,
with a warning: :func:`fit`.
"""

from __future__ import annotations

import datetime
import decimal
import json
import logging
from typing import Any, Iterable

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import insert as pg_insert

log = logging.getLogger(__name__)

#: the value shown in a reason is cut to this many characters
SHOWN = 60


class Rejected(Exception):
    """One record cannot be stored; the message says why."""


def _shown(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= SHOWN else f"{text[:SHOWN]}... ({len(str(value)):,} characters)"


def value_problem(column: sa.Column, value: Any) -> str | None:
    """Why *value* cannot be stored in *column*, or None."""
    if value is None:
        return None
    kind = column.type
    if isinstance(value, str):
        if '\x00' in value:
            return "contains a NUL character, which PostgreSQL cannot store"
        try:
            value.encode('utf-8')
        except UnicodeEncodeError:
            return "contains characters that are not valid Unicode (lone surrogates)"
        length = getattr(kind, 'length', None)
        if length and len(value) > length:
            return f"is {len(value):,} characters long; the column holds {length}"
    elif isinstance(value, decimal.Decimal) and isinstance(kind, sa.Numeric) \
            and kind.precision is not None:
        limit = decimal.Decimal(10) ** (kind.precision - (kind.scale or 0))
        if abs(value) >= limit:
            return (f"{value} is out of range: the column holds numeric({kind.precision}, "
                    f"{kind.scale or 0}), i.e. less than {limit:,} in absolute value")
    elif isinstance(value, int) and not isinstance(value, bool) \
            and isinstance(kind, sa.Integer) and not isinstance(kind, sa.BigInteger):
        if not -2**31 <= value < 2**31:
            return f"{value} is out of range for a 32-bit integer column"
    elif isinstance(value, (datetime.datetime, datetime.date)):
        if value.year < 1 or value.year > 9999:
            return f"{value} is not a storable date"
    return None


def problems(cls: Any, data: dict, field_names: dict[str, str]) -> list[str]:
    """Each value of *data* that cannot be stored in its column of *cls*,
    named by its Odoo field (``field_names``: column -> Odoo field)."""
    table = cls.__table__
    out = []
    for key, value in data.items():
        column = table.c.get(key)
        if column is None:
            continue
        problem = value_problem(column, value)
        if problem:
            field = field_names.get(key, key)
            out.append(f"field {field} {problem} (value {_shown(value)})")
    return out


def fit(obj: Any, attr: str, value: Any, *, what: str = '') -> Any:
    """Set *obj.attr* to *value*, cut to the column's length (with a warning)
    when it is longer: for Rattail's own columns, whose limits Odoo does not know."""
    if isinstance(value, str):
        column = type(obj).__table__.c.get(attr)
        length = getattr(getattr(column, 'type', None), 'length', None)
        if length and len(value) > length:
            log.warning("%s: %s.%s cut to %d of %d characters", what or type(obj).__name__,
                        type(obj).__name__, attr, length, len(value))
            value = value[:length]
    setattr(obj, attr, value)
    return value


def raw_json(record: dict) -> str:
    """The values Odoo sent, as JSON (control characters and surrogates escaped)."""
    return json.dumps(record, default=str, ensure_ascii=True, sort_keys=True)


class RejectedRecords:
    """Bookkeeping of one (source, Odoo model) in one importer session."""

    def __init__(self, app: Any, session: Any, source: str, model: str):
        self.app = app
        self.session = session
        self.source = source
        self.model = model
        self.cls = app.model.OdooPosRejected
        self.open_ids: set[int] = set(
            i for (i,) in session.query(self.cls.odoo_id).filter(
                self.cls.source == source, self.cls.odoo_model == model))
        #: (row, data) of every record rejected by this run (for the warnings email)
        self.rejected_now: list[tuple[Any, dict]] = []
        #: ids rejected by this run (no need to retry them in the same run)
        self.touched: set[int] = set()

    @property
    def pending(self) -> list[int]:
        """Ids rejected by earlier runs and not yet read again by this one."""
        return sorted(self.open_ids - self.touched)

    def reject(self, odoo_id: int, reason: str, record: dict) -> None:
        now = self.app.make_utc()
        table = self.cls.__table__
        stmt = pg_insert(table).values(
            uuid=self.app.make_uuid(), source=self.source, odoo_model=self.model, odoo_id=odoo_id,
            reason=reason, raw=raw_json(record), first_seen=now, last_seen=now, attempts=1)
        stmt = stmt.on_conflict_do_update(
            constraint='odoo_pos_rejected_uq_record',
            set_={'reason': stmt.excluded.reason, 'raw': stmt.excluded.raw,
                  'last_seen': stmt.excluded.last_seen,
                  'attempts': table.c.attempts + 1})
        self.session.execute(stmt)
        self.open_ids.add(odoo_id)
        self.touched.add(odoo_id)
        log.warning("Odoo source '%s': %s %s rejected: %s", self.source, self.model,
                    odoo_id, reason)
        self.rejected_now.append((self.cls(source=self.source, odoo_model=self.model,
                                           odoo_id=odoo_id, reason=reason),
                                  {'source': self.source, 'odoo_model': self.model,
                                   'odoo_id': odoo_id, 'reason': reason}))

    def resolved(self, odoo_ids: Iterable[int]) -> None:
        """These records imported (or are gone from Odoo): they leave the table."""
        done = self.open_ids.intersection(odoo_ids)
        if not done:
            return
        table = self.cls.__table__
        self.session.execute(table.delete().where(
            table.c.source == self.source, table.c.odoo_model == self.model,
            table.c.odoo_id.in_(sorted(done))))
        self.open_ids -= done
        log.info("Odoo source '%s': %d rejected %s record(s) imported now: %s", self.source,
                 len(done), self.model, sorted(done)[:10])
