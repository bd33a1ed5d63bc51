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
import os
import re
import time
from typing import Any, Callable

import psycopg2
import psycopg2.errors
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

from rattail_odoo_pos.importing import rejects
try:                                    # the dashboard's daily summary, when installed
    from rattail_odoo_pos.db import daily_summary
except ImportError:                     # pragma: no cover
    daily_summary = None
from rattail_odoo_pos.importing.convert import _SCALE, CONVERTERS, ConversionError, ref_id

log = logging.getLogger(__name__)


#: the most ``(odoo_id -> uuid)`` entries an importer keeps per referenced
#: entity and source (``OdooPosImporter.uuid_map``): past it the cache starts
#: again, so a load of millions of lines stays in bounded memory
REF_CACHE_MAX = 50_000

_ID_MAP: dict[tuple[str, str], Any] = {}


def id_map(session, cls, target, source: str, ids) -> list[tuple[int, Any]]:
    """``(odoo_id, target)`` of the rows of *cls* with these Odoo *ids* in
    *source*: one query whatever their number (the ids go as one array
    parameter, so the statement is compiled once per class, not per batch)."""
    if not ids:
        return []
    key = (cls.__name__, target.key)
    stmt = _ID_MAP.get(key)
    if stmt is None:
        stmt = _ID_MAP[key] = sa.select(cls.odoo_id, target).where(
            cls.source == sa.bindparam('source'),
            cls.odoo_id == sa.any_(sa.bindparam('ids', type_=postgresql.ARRAY(sa.Integer))))
    return session.execute(stmt, {'source': source, 'ids': sorted(ids)}).all()


def uuid7_hex(n: int) -> list[str]:
    """*n* new version-7 UUIDs as 32 hex digits (what ``app.make_uuid`` gives):
    the current Unix milliseconds, then 74 random bits, for a whole batch at
    once (one ``os.urandom`` call instead of one UUID object per row)."""
    prefix = f'{time.time_ns() // 1_000_000:012x}7'
    noise = os.urandom(10 * n).hex()
    variant = '89ab89ab89ab89ab'
    return [prefix + noise[i:i + 3] + variant[int(noise[i + 3], 16)] + noise[i + 4:i + 19]
            for i in range(0, 20 * n, 20)]


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


#: how many converted values a fast converter remembers (prices, quantities and
#: timestamps repeat a lot within a batch); past it, it starts again
_MEMO_MAX = 4096


def _memo_dt():
    memo: dict[str, datetime.datetime | None] = {}
    get = memo.get

    def fast(value):
        if value.__class__ is str:
            found = get(value)
            if found is None:
                if len(memo) > _MEMO_MAX:
                    memo.clear()
                found = memo[value] = _fast_dt(value)
            return found
        return _fast_dt(value)
    return fast


def _fast_decimal(kind: str):
    quantum = _SCALE[kind]
    slow = CONVERTERS[kind]
    Decimal, HALF_UP = decimal.Decimal, decimal.ROUND_HALF_UP
    memo: dict[float, decimal.Decimal] = {}
    get = memo.get

    def fast(value):
        # a finite float, as convert() takes it (its repr); anything else: convert().
        # Remembered by value, except zero (0.0 and -0.0 are equal keys, and
        # their Decimals are not: -0.00 is what convert() gives for -0.0)
        if value.__class__ is float and value - value == 0:
            found = get(value)
            if found is None:
                found = Decimal(repr(value)).quantize(quantum, rounding=HALF_UP)
                if value:
                    if len(memo) > _MEMO_MAX:
                        memo.clear()
                    memo[value] = found
            return found
        return slow(value)
    return fast


def _fast_m2o_id(value: Any, _slow=CONVERTERS['m2o_id']) -> int | None:
    """``convert('m2o_id', ...)`` for Odoo's ``[id, name]``, a bare id
    (``load=None``) and ``False``."""
    if value is False:
        return None
    if value.__class__ is int:
        return value
    if value.__class__ is list and len(value) == 2 and value[0].__class__ is int:
        return value[0]
    return _slow(value)


def _fast_str(value: Any, _slow=CONVERTERS['str']) -> str | None:
    """``convert('str', ...)`` for a str and ``False``."""
    if value.__class__ is str:
        return value or None
    if value is False:
        return None
    return _slow(value)


def fast_converters() -> dict[str, Callable[[Any], Any]]:
    """Converters giving what :data:`~rattail_odoo_pos.importing.convert.CONVERTERS`
    give, faster for the common values (new ones per writer: they remember)."""
    return {'dt': _memo_dt(), 'm2o_id': _fast_m2o_id, 'str': _fast_str,
            **{kind: _fast_decimal(kind) for kind in _SCALE}}


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
        fast = fast_converters()
        self.dt = fast['dt']
        self.converters = [(column, field, fast.get(kind, convert))
                           for column, field, convert in self.converters
                           for kind in [entity.fields[column][1]]]
        self.serializers = [(name, _serializer(table.c[name])) for name in self.columns[1:]]
        self.convert_row, self.maybe_bad, self.copy_line = self.compile()
        # reference columns to this same entity (a refund line -> the line it refunds)
        self.self_refs = [] if entity.native else list(entity.self_refs.items())
        self.seeded: dict[int, str] = {}
        names = ', '.join(f'"{c}"' for c in self.columns)
        self.copy_sql = f'COPY "{table.name}" ({names}) FROM STDIN'

    # -- converting ------------------------------------------------------------

    def compile(self) -> tuple[Callable[[dict, str], dict], Callable[[dict], bool],
                               Callable[[dict], str]]:
        """Two functions written for this entity's columns, so that a record
        costs one call each instead of a loop over columns: ``convert_row(rec,
        source)`` (the converted values: what :meth:`normalize` gives) and
        ``maybe_bad(data)`` (True when a value may not be storable; every
        check takes None as fine, so a column left out is checked as None) and
        ``copy_line(data)`` (the row's ``COPY`` text after its uuid, without
        the newline)."""
        env: dict[str, Any] = {'dt': self.dt}
        body = ["def convert_row(rec, source):", "    get = rec.get",
                "    return {'source': source, 'odoo_id': rec['id'],",
                "            'odoo_write_date': dt(get('write_date')),"]
        for n, (column, field, convert) in enumerate(self.converters):
            env[f'c{n}'] = convert
            body.append(f"            {column!r}: c{n}(get({field!r}, False)),")
        body.append("    }")
        body += ["def maybe_bad(data):", "    get = data.get", "    return (False"]
        for n, (name, check) in enumerate(self.checks):
            env[f'k{n}'] = check
            body.append(f"            or k{n}(get({name!r}))")
        body.append("    )")
        body += ["def copy_line(data):", "    get = data.get", "    return '\\t'.join(("]
        for n, (name, text) in enumerate(self.serializers):
            env[f's{n}'] = text
            body.append(f"        s{n}(get({name!r})),")
        body.append("    ))")
        exec(compile('\n'.join(body), f'<bulk {self.table.name}>', 'exec'), env)
        return env['convert_row'], env['maybe_bad'], env['copy_line']

    def normalize(self, source: str, rec: dict) -> dict | None:
        """The record's values, converted; None when one needs the normal
        path's conversion (which names the problem)."""
        try:
            return self.convert_row(rec, source)
        except (ConversionError, ValueError, TypeError):
            return None

    def converter(self, source: str):
        """A function of a batch as Odoo sent it: ``(record, values)`` pairs,
        each record as Odoo 17 sends it (the version plan's ``adapt``) with its
        values converted (:meth:`normalize`).  Nothing here looks at the
        database or the importer's state, so the read-ahead thread runs it
        (``prefetch.annotated``) while the writer waits for PostgreSQL."""
        adapt, normalize = self.importer.plan(source).adapt, self.normalize

        def convert(records: list[dict]) -> list[tuple[dict, dict | None]]:
            return [(rec, normalize(source, rec)) for rec in map(adapt, records)]
        return convert

    def resolve(self, source: str, converted: list[tuple[dict, dict | None]],
                seed: bool = True) -> list[dict]:
        """What :meth:`OdooPosImporter.resolve_refs` gives, faster: host data of
        the records (as :meth:`converter` gives them) that can be stored, the
        others rejected."""
        imp = self.importer
        prepare = getattr(imp, 'prepare_batch', None)
        if prepare is not None:
            prepare(source, [rec for rec, _ in converted])
        good = []
        extra_data, maybe_bad = imp.extra_data, self.maybe_bad
        for rec, data in converted:
            if data is not None:
                extra_data(source, rec, data)
                if maybe_bad(data):
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
        self.seeded = self.seed(source, good) if seed else {}
        host_data = imp.fill_refs(source, good)
        if self.seeded:
            host_data = self.drop_lost(source, good, host_data)
        return host_data

    def seed(self, source: str, good: list[tuple[dict, dict]]) -> dict[int, str]:
        """Uuids, given now, of the batch's records that other records of the
        batch reference (a refund line and the line it refunds, read in one
        batch): the reference is filled from the batch itself, where
        :meth:`~OdooPosImporter.uuid_map` would find nothing stored yet and
        import the record on demand (a read of Odoo) before the batch is
        written.  ``COPY`` checks the foreign key at the end of the statement,
        when the whole batch is there.  Returns ``{odoo_id: uuid}``."""
        if not self.self_refs:
            return {}
        imp = self.importer
        in_batch = {rec['id']: data for rec, data in good}
        targets = {ref_id(rec.get(field)) for rec, _ in good for _, field in self.self_refs}
        cache = imp.ref_cache.setdefault((imp.entity.key, source), {})
        targets = {i for i in targets if i in in_batch and i not in cache}
        if not targets:
            return {}
        cls = imp.model_class
        targets -= {i for i, _ in id_map(imp.session, cls, cls.uuid, source, targets)}
        if len(cache) + len(targets) > REF_CACHE_MAX:   # as uuid_map does, before it would
            cache = imp.ref_cache[(imp.entity.key, source)] = {}
        seeded = dict(zip(sorted(targets), uuid7_hex(len(targets))))
        for odoo_id, uuid in seeded.items():
            in_batch[odoo_id]['uuid'] = uuid
        cache.update(seeded)
        return seeded

    def drop_lost(self, source: str, good: list[tuple[dict, dict]],
                  host_data: list[dict]) -> list[dict]:
        """*host_data* less the records whose batch-given reference points at a
        record that :meth:`fill_refs` rejected (it will not be written): they
        are rejected too, as a reference to a rejected record always is."""
        imp = self.importer
        cache = imp.ref_cache.get((imp.entity.key, source), {})
        by_id = {rec['id']: rec for rec, _ in good}
        while True:
            kept = {d['odoo_id'] for d in host_data}
            lost = {uuid: i for i, uuid in self.seeded.items() if i not in kept}
            if not lost:
                return host_data
            for i in lost.values():
                del self.seeded[i]
                cache.pop(i, None)
            out = []
            for data in host_data:
                hit = next(((field, lost[data[column]]) for column, field in self.self_refs
                            if data.get(column) in lost), None)
                if hit is None:
                    out.append(data)
                else:
                    imp.reject(source, by_id[data['odoo_id']], imp.dangling(
                        source, by_id[data['odoo_id']], hit[0], imp.entity.key, hit[1]))
            host_data = out

    def unseed(self, source: str, resolved: list[dict], present) -> None:
        """Batch-given uuids of records that turn out to be stored already
        (imported on demand meanwhile): references to them take the stored uuid."""
        clash = [i for i in self.seeded if i in present]
        if not clash:
            return
        imp = self.importer
        cls = imp.model_class
        stored = dict(id_map(imp.session, cls, cls.uuid, source, clash))
        swap = {self.seeded.pop(i): stored[i] for i in clash if i in stored}
        imp.ref_cache.setdefault((imp.entity.key, source), {}).update(
            (i, stored[i]) for i in clash if i in stored)
        for data in resolved:
            for column, _ in self.self_refs:
                if data.get(column) in swap:
                    data[column] = swap[data[column]]

    # -- writing ---------------------------------------------------------------

    def import_batch(self, source: str, converted: list[tuple[dict, dict | None]], created,
                     updated) -> bool:
        """The bulk twin of :meth:`OdooPosImporter.import_batch`, for a batch as
        :meth:`converter` gives it."""
        imp = self.importer
        book = imp.rejected_records(source)
        n_created = len(created)
        records = [rec for rec, _ in converted]
        resolved = self.resolve(source, converted)
        # records imported on demand meanwhile (a refund line whose refunded
        # line is in this batch or a later one) are written already, and
        # counted: looked for when this batch imported some, or when COPY
        # finds a row there already (the unique (source, odoo_id) says so)
        present: dict[int, Any] = {}
        if len(created) != n_created:
            present = self.present(source, [d['odoo_id'] for d in resolved])
        host_data = self.without(resolved, present, len(created), len(updated))
        if daily_summary is not None:
            daily_summary.before_batch(imp, source, [d['odoo_id'] for d in host_data])
        if host_data:
            try:
                try:
                    with imp.session.begin_nested():
                        self.copy(host_data)
                except (psycopg2.errors.UniqueViolation, sa.exc.IntegrityError) as error:
                    if not _unique_violation(error):
                        raise
                    present = self.present(source, [d['odoo_id'] for d in resolved])
                    self.unseed(source, resolved, present)
                    log.info("%s: %d record(s) of the batch written already (imported on "
                             "demand by an earlier batch): not written again", imp.model_name,
                             len(present))
                    host_data = self.without(resolved, present, len(created), len(updated))
                    with imp.session.begin_nested():
                        self.copy(host_data)
            except (psycopg2.Error, sa.exc.DBAPIError) as error:
                if _connection_lost(error):
                    raise
                log.info("%s: COPY refused by PostgreSQL (%s); writing the batch record by "
                         "record", imp.model_name, type(getattr(error, 'orig', error)).__name__)
                if self.seeded:
                    # record by record the ORM gives each its own uuid: references
                    # within the batch are looked up (or imported) the normal way
                    cache = imp.ref_cache.get((imp.entity.key, source), {})
                    for i in self.seeded:
                        cache.pop(i, None)
                    self.seeded = {}
                    host_data = self.within_limits(imp.resolve_refs(source, records),
                                                   len(created), len(updated))
                ids = imp.import_one_by_one(source, records, host_data, created, updated)
                book.resolved(ids)
                return not imp.limit_reached(len(created), len(updated))
            self.count(host_data, created)
        # stored already from an earlier read (imported on demand) and changed in Odoo
        # since: not skipped, but diffed and updated as any later run would
        newer = [d for d in resolved if d['odoo_id'] in present
                 and _later(d.get('odoo_write_date'), present[d['odoo_id']])]
        if newer:
            log.info("%s: %d record(s) written earlier in this load changed in Odoo since: "
                     "updated", imp.model_name, len(newer))
            imp.import_one_by_one(source, records, self.within_limits(
                newer, len(created), len(updated)), created, updated)
        book.resolved([d['odoo_id'] for d in host_data] + sorted(present))
        return not imp.limit_reached(len(created), len(updated))

    def present(self, source: str, ids: list[int]) -> dict[int, Any]:
        """``{odoo_id: odoo_write_date}`` of those of *ids* stored already."""
        cls = self.importer.model_class
        return dict(id_map(self.importer.session, cls, cls.odoo_write_date, source, ids))

    def without(self, host_data: list[dict], present, n_created: int,
                n_updated: int) -> list[dict]:
        """*host_data* less the *present* records, cut at the --max limits."""
        if present:
            host_data = [d for d in host_data if d['odoo_id'] not in present]
        return self.within_limits(host_data, n_created, n_updated)

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
        defaults = self.defaults.items()
        copy_line = self.copy_line
        lines = []
        add = lines.append
        for data, uuid in zip(host_data, uuid7_hex(len(host_data))):
            for name, default in defaults:
                if data.get(name) is None:
                    data[name] = default
            uuid = data.setdefault('uuid', uuid)       # given already: seed()
            add(uuid + '\t' + copy_line(data))
        lines.append('')
        buf = io.StringIO('\n'.join(lines))
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


def _later(read: Any, stored: Any) -> bool:
    """Whether a record read with ``write_date`` *read* is newer than the one stored."""
    if read is None:
        return False
    return stored is None or read > stored


def _unique_violation(error: Exception) -> bool:
    return isinstance(getattr(error, 'orig', error), psycopg2.errors.UniqueViolation)


def _connection_lost(error: Exception) -> bool:
    return bool(getattr(error, 'connection_invalidated', False)) or isinstance(
        error, (sa.exc.OperationalError, sa.exc.InterfaceError, psycopg2.OperationalError,
                psycopg2.InterfaceError))
