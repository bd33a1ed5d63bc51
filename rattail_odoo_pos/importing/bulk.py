# SPDX-License-Identifier: GPL-3.0-or-later
"""The bulk path of the initial load: ``COPY`` instead of a per-record diff.

When a model's local table holds nothing for a source, Continuum is off (the
``--no-versioning`` first load) and the model extends no native Rattail record
(stores, products, customers... stay on the normal path: they are small and
their native records need merging), there is nothing to diff against: each
batch is converted with per-column converters compiled once, its references
are resolved with one set-based lookup per reference column (the importer's
own :meth:`~rattail_odoo_pos.importing.odoo_pos.OdooPosImporter.uuid_map`,
which imports what is missing first), and the rows are written with
PostgreSQL ``COPY`` in the batch's own transaction, the one that advances the
cursor.

Rattail's semantics stay: the created counts (and the records, when a
warnings email will list them), ``--max-create``/``--max-total`` (the batch is
cut at the limit), ``--dry-run`` (the transaction is never committed), the
rejected records (a value that cannot be stored, or a reference to nothing,
is set aside with the same reason the normal path gives, never the batch; a
batch PostgreSQL refuses anyway is written record by record by the normal
path, which finds the culprit) and the deletion guard (run after the read, as
before).  Later runs (the table holds rows) use the normal diffing path.

``[odoo_pos] bulk_load = false`` (or ``rattail import-odoo-pos --no-bulk``,
which sets it for the run) turns the bulk path off.
"""

from __future__ import annotations

import datetime
import decimal
import io
import logging
import re
from typing import Any, Callable

import psycopg2
import sqlalchemy as sa

from rattail_odoo_pos.importing import rejects
try:                                    # the dashboard's daily summary, when installed
    from rattail_odoo_pos.db import daily_summary
except ImportError:                     # pragma: no cover
    daily_summary = None
from rattail_odoo_pos.importing.convert import _SCALE, CONVERTERS, ConversionError

log = logging.getLogger(__name__)


def enabled(config) -> bool:
    """``[odoo_pos] bulk_load`` (default true)."""
    return bool(config.get_bool('odoo_pos.bulk_load', default=True, usedb=False))


def versioning_on(config) -> bool:
    """Whether Continuum records versions in this process."""
    return bool(getattr(config, 'versioning_has_been_enabled', False))


def writer_for(importer, source: str, since) -> 'BulkWriter | None':
    """A :class:`BulkWriter` when this read of *source* is an initial load the
    bulk path may write (see the module docstring), else None."""
    if since is not None or importer.entity.native or not enabled(importer.config) \
            or versioning_on(importer.config):
        return None
    cls = importer.model_class
    session = importer.session
    if session.query(cls.uuid).filter(cls.source == source).limit(1).first() is not None:
        return None
    log.info("%s: nothing local for Odoo source '%s': initial load through COPY",
             importer.model_name, source)
    return BulkWriter(importer)


def _fast_dt(value: Any, _slow=CONVERTERS['dt']) -> datetime.datetime | None:
    """Odoo's ``YYYY-MM-DD HH:MM:SS`` (UTC) as a naive datetime, as
    ``convert('dt', ...)`` gives it, without strptime's cost."""
    if value.__class__ is str and len(value) == 19 and value[10] == ' ' \
            and value[13] == ':' and value[16] == ':':
        return datetime.datetime.fromisoformat(value)
    return _slow(value)


def _fast_decimal(kind: str):
    quantum = _SCALE[kind]
    slow = CONVERTERS[kind]
    Decimal, HALF_UP = decimal.Decimal, decimal.ROUND_HALF_UP

    def fast(value):
        # a finite float, as convert() takes it (its repr); anything else: convert()
        if value.__class__ is float and value - value == 0:
            return Decimal(repr(value)).quantize(quantum, rounding=HALF_UP)
        return slow(value)
    return fast


_FAST = {'dt': _fast_dt, **{kind: _fast_decimal(kind) for kind in _SCALE}}


# -- COPY text format --------------------------------------------------------------

_ESCAPES = str.maketrans({'\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r'})


def _text(value: Any) -> str:
    if value is None:
        return '\\N'
    if value is True:
        return 't'
    if value is False:
        return 'f'
    if isinstance(value, str):
        return value.translate(_ESCAPES)
    if isinstance(value, (datetime.datetime, datetime.date)):
        return value.isoformat()
    return str(value)


# -- fast per-column checks: True means "maybe a problem" (the exact reason
# comes from rejects.value_problem, as on the normal path) ------------------------

def _checker(column: sa.Column) -> Callable[[Any], bool] | None:
    kind = column.type
    if isinstance(kind, sa.String):
        length = getattr(kind, 'length', None)

        def check(value, length=length):
            if value.__class__ is not str:
                return value is not None
            if length and len(value) > length:
                return True
            if value.isascii():
                return '\x00' in value
            return '\x00' in value or rejects.value_problem(column, value) is not None
        return check
    if isinstance(kind, sa.Numeric) and kind.precision is not None:
        limit = decimal.Decimal(10) ** (kind.precision - (kind.scale or 0))
        return lambda value: value is not None and abs(value) >= limit
    if isinstance(kind, sa.Integer) and not isinstance(kind, sa.BigInteger):
        return lambda value: value is not None and not -2**31 <= value < 2**31
    return None


def _serializer(column: sa.Column) -> Callable[[Any], str]:
    """The COPY text of a value of *column*."""
    kind = column.type
    if isinstance(kind, sa.String):
        special = re.compile(r'[\\\t\n\r]')

        def text(value, search=special.search):
            if value is None:
                return '\\N'
            return value.translate(_ESCAPES) if search(value) else value
        return text
    if isinstance(kind, (sa.Numeric, sa.Integer)):
        return lambda value: '\\N' if value is None else str(value)
    return _text


class BulkWriter:
    """Writes the batches of one importer's initial load of one source."""

    def __init__(self, importer):
        self.importer = importer
        entity = importer.entity
        table = importer.model_class.__table__
        self.table = table
        self.converters = [(column, field, CONVERTERS[kind])
                           for column, (field, kind) in entity.fields.items()]
        self.columns = (['uuid', 'source', 'odoo_id', 'odoo_write_date'] + list(entity.fields)
                        + list(entity.refs) + list(entity.derived))
        self.checks = [(name, check) for name in self.columns
                       if name in table.c and (check := _checker(table.c[name])) is not None]
        # a column left None whose ORM insert would take its default
        self.defaults = {c.name: c.default.arg for c in table.columns
                         if c.name in self.columns and c.default is not None
                         and c.default.is_scalar}
        self.dt = _fast_dt
        self.converters = [(column, field, _FAST.get(kind, convert))
                           for column, field, convert in self.converters
                           for kind in [entity.fields[column][1]]]
        self.serializers = [(name, _serializer(table.c[name])) for name in self.columns[1:]]
        names = ', '.join(f'"{c}"' for c in self.columns)
        self.copy_sql = f'COPY "{table.name}" ({names}) FROM STDIN'

    # -- converting ------------------------------------------------------------

    def normalize(self, source: str, rec: dict) -> dict | None:
        """The record's values, converted; None when one needs the normal
        path's conversion (which names the problem)."""
        try:
            data = {'source': source, 'odoo_id': rec['id'],
                    'odoo_write_date': self.dt(rec.get('write_date'))}
            get = rec.get
            for column, field, convert in self.converters:
                data[column] = convert(get(field, False))
        except (ConversionError, ValueError, TypeError):
            return None
        return data

    def resolve(self, source: str, records: list[dict]) -> list[dict]:
        """What :meth:`OdooPosImporter.resolve_refs` gives, faster: host data of
        the records that can be stored, the others rejected."""
        imp = self.importer
        prepare = getattr(imp, 'prepare_batch', None)
        if prepare is not None:
            prepare(source, records)
        good = []
        for rec in records:
            data = self.normalize(source, rec)
            if data is not None:
                imp.extra_data(source, rec, data)
                if any(check(data[name]) for name, check in self.checks if name in data):
                    data = None
            if data is None:
                # the normal path's conversion and checks, for their reason
                try:
                    data = imp.normalize_record(source, rec)
                    found = rejects.problems(imp.model_class, data, imp.field_names)
                    if found:
                        raise rejects.Rejected('; '.join(found))
                except (rejects.Rejected, ConversionError) as error:
                    imp.reject(source, rec, str(error))
                    continue
            good.append((rec, data))
        return imp.fill_refs(source, good)

    # -- writing ---------------------------------------------------------------

    def import_batch(self, source: str, records: list[dict], created, updated) -> bool:
        """The bulk twin of :meth:`OdooPosImporter.import_batch`."""
        imp = self.importer
        book = imp.rejected_records(source)
        host_data = self.resolve(source, records)
        # records imported on demand meanwhile (a refund line whose refunded
        # line is in this batch) are written already, and counted
        present = self.present(source, [d['odoo_id'] for d in host_data])
        if present:
            host_data = [d for d in host_data if d['odoo_id'] not in present]
        host_data = self.within_limits(host_data, len(created), len(updated))
        if daily_summary is not None:
            daily_summary.before_batch(imp, source, [d['odoo_id'] for d in host_data])
        if host_data:
            try:
                with imp.session.begin_nested():
                    self.copy(host_data)
            except (psycopg2.Error, sa.exc.DBAPIError) as error:
                if _connection_lost(error):
                    raise
                log.info("%s: COPY refused by PostgreSQL (%s); writing the batch record by "
                         "record", imp.model_name, type(getattr(error, 'orig', error)).__name__)
                ids = imp.import_one_by_one(source, records, host_data, created, updated)
                book.resolved(ids)
                return not imp.limit_reached(len(created), len(updated))
            self.count(host_data, created)
        book.resolved([d['odoo_id'] for d in host_data] + sorted(present))
        return not imp.limit_reached(len(created), len(updated))

    def present(self, source: str, ids: list[int]) -> set[int]:
        if not ids:
            return set()
        cls = self.importer.model_class
        return {i for (i,) in self.importer.session.query(cls.odoo_id).filter(
            cls.source == source, cls.odoo_id.in_(ids))}

    def within_limits(self, host_data: list[dict], n_created: int, n_updated: int) -> list[dict]:
        """*host_data* cut where ``--max-create`` / ``--max-total`` stop the run."""
        imp = self.importer
        room = [limit - count for limit, count in ((imp.max_create, n_created),
                                                   (imp.max_total, n_created + n_updated))
                if limit]
        if room:
            return host_data[:max(0, min(room))]
        return host_data

    def copy(self, host_data: list[dict]) -> None:
        make_uuid = self.importer.app.make_uuid
        defaults = self.defaults
        serializers = self.serializers
        buf = io.StringIO()
        write = buf.write
        for data in host_data:
            for name, default in defaults.items():
                if data.get(name) is None:
                    data[name] = default
            data['uuid'] = uuid = make_uuid()
            write(uuid)
            write('\t')
            write('\t'.join([text(data.get(name)) for name, text in serializers]))
            write('\n')
        buf.seek(0)
        connection = self.importer.session.connection().connection
        with connection.cursor() as cursor:
            cursor.copy_expert(self.copy_sql, buf)

    def count(self, host_data: list[dict], created) -> None:
        """Rattail's created list: (record, data) when changes are collected
        (the warnings email), else what rattail appends then (``True``)."""
        if self.importer.collect_changes_for_processing:
            cls = self.importer.model_class
            created.extend((cls(**{k: v for k, v in data.items() if k in self.table.c}), data)
                           for data in host_data)
        else:
            created.extend([True] * len(host_data))


def _connection_lost(error: Exception) -> bool:
    return bool(getattr(error, 'connection_invalidated', False)) or isinstance(
        error, (sa.exc.OperationalError, sa.exc.InterfaceError, psycopg2.OperationalError,
                psycopg2.InterfaceError))
