# SPDX-License-Identifier: GPL-3.0-or-later
"""Odoo POS -> Rattail import handler and importers.

One importer per entity of :data:`rattail_odoo_pos.entities.ENTITIES`, all
made from the declarations.  What differs from a stock rattail importer:

* **streaming**: Odoo records are read in keyset-paged batches ordered by
  ``(write_date, id)``; for each batch only the matching local rows are
  loaded (``odoo_id IN (...)``), diffed with rattail's own logic
  (``_import_create_update``), flushed, and committed together with the
  cursor that says how far the import got.  Memory is bounded by the batch
  size, and a run killed at any point resumes at the cursor;
* **incremental**: with a cursor, only ``write_date >= cursor - overlap`` (a few
  seconds) is read (``--full`` reads everything); late commits in the look-back
  window are found by comparing per-hour counts with Odoo's ``read_group``
  (:mod:`rattail_odoo_pos.importing.window`); re-reading changes nothing;
* **references** (store, session, order, product, customer, ...) are resolved
  by ``(source, odoo_id)``; a record pointing at one not imported yet makes
  the importer fetch and import that one first, or fail naming both;
* **deletions** (``--delete``): after a complete read, the Odoo id set
  (ids only, keyset-paged) is merge-compared with the local one.
"""

from __future__ import annotations

import datetime
import decimal
import logging
import threading
import time
from collections import OrderedDict
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, Iterable

import sqlalchemy as sa
from sqlalchemy.orm import configure_mappers

from rattail.barcodes import upc_check_digit
from rattail.importing import ImportHandler
from rattail.importing.rattail import ToRattailHandler
from rattail.importing.model import ToRattail

from rattail_odoo_pos.db import daily_summary
from rattail_odoo_pos.config import get_setting
from rattail_odoo_pos.entities import ENTITIES, Entity, bare_id_models
from rattail_odoo_pos import versions
from rattail_odoo_pos.importing.common import (
    ChunkedImporterMixin, CollectChangesOnlyForWarningsMixin, chunks as _chunks, lookback,
    refuse_unknown_models)
from rattail_odoo_pos.importing import bulk, gcpolicy, prefetch, rejects, sourcestate, validity
from rattail_odoo_pos.importing.convert import (
    ConversionError, _m2o_id as _m2o, convert, ref_id as _ref_id)
from rattail_odoo_pos.importing.guard import DeletionRefused, check_deletions
from rattail_odoo_pos.odoo import OdooPosError
from rattail_odoo_pos.odoo.errors import OdooConfigError, OdooConnectionError, OdooLoginError
from rattail_odoo_pos.odoo.errors import OdooAccessError, OdooRPCError, OdooTransientError
from rattail_odoo_pos.locks import SourceLocks
from rattail_odoo_pos.redact import Redactor

log = logging.getLogger(__name__)

#: a read that created at least this many rows of a table ANALYZEs it
#: (:meth:`OdooPosImporter.analyze_after_load`)
ANALYZE_AFTER = 1000


class ImportFailed(OdooPosError):
    """The run finished, but some sources or models failed (each recorded on
    its cursor and source status): :attr:`failures` lists ``(source, model,
    error)``."""

    def __init__(self, failures: list[tuple[str, str | None, Exception]]):
        self.failures = failures
        super().__init__('; '.join(str(e) for _, _, e in failures))

    @property
    def only_refused_deletions(self) -> bool:
        return all(isinstance(e, DeletionRefused) for _, _, e in self.failures)


def record_source_status(config: Any, source: str, error: Exception | None,
                         mask: Any = None) -> None:
    """The source-level outcome of a run (``odoo_pos_source_status``), in its
    own transaction: a failure to connect or log in belongs to no cursor."""
    app = config.get_app()
    cls = app.model.OdooPosSourceStatus
    mask = mask or Redactor.for_config(config)
    now = app.make_utc()
    try:
        session = app.make_session()
        try:
            status = session.query(cls).filter(cls.source == source).one_or_none()
            if status is None:
                status = cls(source=source)
                session.add(status)
            status.last_run = now
            if error is None:
                status.last_success = now
                status.last_error = None
            else:
                status.last_error = mask(f"{type(error).__name__}: {error}")[:2000]
                status.last_error_at = now
            session.commit()
        finally:
            session.close()
    except Exception:
        log.debug("could not record the status of source %r", source, exc_info=True)


def one_line(error: Any) -> str:
    return (str(error).strip().splitlines() or [''])[0]


def _connection_lost(error: Exception) -> bool:
    """Whether a database error means the connection is gone (not one bad record)."""
    return bool(getattr(error, 'connection_invalidated', False)) or isinstance(
        error, (sa.exc.OperationalError, sa.exc.InterfaceError))


class FromOdooPosHandler(ImportHandler):
    """Host side: the configured Odoo sources, one client each."""
    host_key = 'odoo_pos'
    generic_host_title = "Odoo POS"
    host_title = "Odoo POS"

    def begin_host_transaction(self):
        self.clients = {}

    def get_client(self, source: str):
        if source not in self.clients:
            handler = self.app.get_odoo_pos_handler()
            client = handler.get_client(source)
            # many2one values as bare ids where no display name is stored
            client.bare_many2one.update(bare_id_models())
            # the version and field plan an earlier run kept (importing/sourcestate.py)
            sourcestate.state_of(self, source, client.source).prime(
                client, self.config, refresh=getattr(self, 'refresh_plan', False)
                or getattr(self, 'full', False))
            # SQLAlchemy configures Rattail's few hundred mappers at the first ORM
            # query (about 0.4 s of CPU): done while the login waits for Odoo
            mappers = threading.Thread(target=configure_mappers, name='odoo-pos-mappers',
                                       daemon=True)
            mappers.start()
            try:
                self.clients[source] = client.connect()
            finally:
                mappers.join()
            gcpolicy.settled()
        return self.clients[source]

    def keep_source_states(self):
        for source, client in getattr(self, 'clients', {}).items():
            sourcestate.state_of(self, source).keep(client)
        sourcestate.save_states(self)

    def rollback_host_transaction(self):
        self.keep_source_states()
        self.clients = {}

    def commit_host_transaction(self):
        self.keep_source_states()
        self.clients = {}


class FromOdooPosToRattail(CollectChangesOnlyForWarningsMixin, FromOdooPosHandler,
                           ToRattailHandler):
    """Import Odoo POS data into Rattail (``rattail import-odoo-pos``).

    One run per source at a time (:mod:`rattail_odoo_pos.locks`).  A source
    that cannot be reached or refuses the login is recorded (source status,
    cursor) and skipped while the other sources go on; a model Odoo will not
    let us read is recorded and skipped; a deletion the guard does not believe
    is refused.  After the run, :class:`ImportFailed` lists all of them.
    """
    local_title = "Rattail"
    #: what the advisory lock's holder is called (``pg_stat_activity``)
    lock_label = 'import-odoo-pos'

    def __init__(self, config=None, **kwargs):
        self.sources_requested = kwargs.pop('sources', None)
        self.full = kwargs.pop('full', False)
        #: whether a run checks the look-back window for late commits (window.py);
        #: datasync turns it off between its periodic checks; None (cron runs): when
        #: [odoo_pos] window_check_seconds have passed for the source and model
        self.check_window = kwargs.pop('check_window', None)
        #: ask each source's version and fields again (not the kept ones)
        self.refresh_plan = kwargs.pop('refresh_plan', False)
        self.force_delete = kwargs.pop('force_delete', False)
        super().__init__(config, **kwargs)

    def get_importers(self):
        importers = OrderedDict()
        for entity in ENTITIES.values():
            importers[entity.class_name] = IMPORTERS[entity.key]
        return importers

    def get_default_keys(self):
        return list(self.get_importers())

    @property
    def sources(self) -> list[str]:
        return self.app.get_odoo_pos_handler().resolve_sources(self.sources_requested)

    def import_data(self, *keys, **kwargs):
        refuse_unknown_models(keys, self.importers, 'import')
        if 'sources' in kwargs:
            self.sources_requested = kwargs.pop('sources') or None
        if 'full' in kwargs:
            self.full = kwargs.pop('full')
        if 'force_delete' in kwargs:
            self.force_delete = kwargs.pop('force_delete')
        if kwargs.get('delete'):    # the guard's limits: a bad value stops the run up front
            get_setting(self.config, 'delete.max_share')
            get_setting(self.config, 'delete.max_count')
        self.run_keys = list(keys)          # the order models are read in (next_read)
        with gcpolicy.run_gc():
            from rattail_odoo_pos.importing import fleet    # sources in parallel: one copy each
            if fleet.wants_fleet(self, kwargs):
                return fleet.run_fleet(self, keys, kwargs)
            return self.import_sources(keys, kwargs)

    def import_sources(self, keys, kwargs):
        """The run proper, for this handler's sources (all, or one of a fleet)."""
        self.begin_run()
        with SourceLocks(self.config, self._sources, self.lock_label):
            try:
                try:
                    changes = super().import_data(*keys, **kwargs)
                finally:
                    prefetch.drop_next_reads(self)
            except Exception as error:
                if not getattr(self, 'dry_run', False):
                    for source in self._sources:
                        if source not in self.failed_sources:
                            self.record_source_status(source, error)
                raise
            if not getattr(self, 'dry_run', False):
                for source in self._sources:
                    self.record_source_status(source, self.failed_sources.get(source))
            if not changes and self.warnings and self.rejected_now():
                self.process_changes(OrderedDict())     # rattail mails only when data changed
        if self.failures:
            raise ImportFailed(self.failures)
        return changes

    def begin_run(self) -> None:
        """The per-run state: which sources, the look-back, failures and
        rejected-records bookkeeping (``import_data`` calls it; so does
        ``odoo-pos-reconcile --repair``, which runs importers itself)."""
        self._sources = self.sources          # a wrong setting stops the run here
        self.lookback = lookback(self.config)
        self.lookback_mode = get_setting(self.config, 'lookback_mode').strip().lower()
        if self.lookback_mode not in ('count', 'reread'):
            raise OdooConfigError(f"[odoo_pos] lookback_mode = {self.lookback_mode!r} is not "
                                  f"'count' or 'reread'")
        self.overlap = datetime.timedelta(seconds=get_setting(self.config, 'overlap_seconds'))
        prefetch.depth(self.config)           # a bad value stops the run here, not per model
        get_setting(self.config, 'full_read.in_flight')
        self.failures: list[tuple[str, str | None, Exception]] = []
        self.failed_sources: dict[str, Exception] = {}
        self._rejected: dict[tuple[str, str], rejects.RejectedRecords] = {}
        #: per source and entity, what its Odoo version is read with (rattail_odoo_pos.versions)
        self.version_plans = versions.Plans()

    # -- failures ------------------------------------------------------------

    def active_sources(self) -> list[str]:
        """The sources of this run that have not failed as a whole."""
        return [s for s in self._sources if s not in self.failed_sources]

    def failed(self, source: str, model: str | None, error: Exception) -> None:
        """Note a failure; a source that cannot be reached or logged in to is
        skipped for the rest of the run."""
        self.failures.append((source, model, error))
        if isinstance(error, (OdooConnectionError, OdooLoginError, OdooConfigError)):
            self.failed_sources[source] = error

    def mask(self, source: str, text: str) -> str:
        """*text* with every configured secret masked."""
        if not hasattr(self, '_redact'):
            self._redact = Redactor.for_config(self.config)
        return self._redact(text)

    def record_source_status(self, source: str, error: Exception | None) -> None:
        record_source_status(self.config, source, error, lambda text: self.mask(source, text))

    # -- rejected records ------------------------------------------------------

    def rejected_records(self, source: str, model: str, session) -> rejects.RejectedRecords:
        key = (source, model)
        if key not in self._rejected:
            self._rejected[key] = rejects.RejectedRecords(self.app, session, source, model)
        return self._rejected[key]

    def forget_rejected(self, source: str, model: str) -> None:
        """After a rollback the bookkeeping is reloaded from the database."""
        self._rejected.pop((source, model), None)

    def rejected_reason(self, source: str, model: str, odoo_id: int) -> str | None:
        book = self._rejected.get((source, model))
        if book is None or odoo_id not in book.open_ids:
            return None
        for obj, data in reversed(book.rejected_now):
            if data['odoo_id'] == odoo_id:
                return data['reason']
        return "rejected by an earlier run"

    def rejected_now(self) -> list[tuple[Any, dict]]:
        """(record, data) of every record this run rejected."""
        return [item for book in self._rejected.values() for item in book.rejected_now]

    def process_changes(self, changes):
        """The warnings email also lists the records rejected by this run."""
        rejected = self.rejected_now()
        if rejected:
            changes = OrderedDict(changes)
            changes['OdooPosRejected'] = (rejected, [], [])
        return super().process_changes(changes)

    def get_importer_kwargs(self, key, **kwargs):
        kwargs = super().get_importer_kwargs(key, **kwargs)
        kwargs['handler'] = self
        return kwargs

    def importer_for(self, entity_key: str) -> 'OdooPosImporter':
        """An importer of *entity_key* sharing this handler's session (to
        import referenced records on demand)."""
        cls = IMPORTERS[entity_key]
        importer = cls(config=self.config, session=self.session, handler=self,
                       dry_run=self.dry_run, create=True, update=True,
                       collect_changes_for_processing=False)
        importer.now = self.app.make_utc(tzinfo=True)
        importer.setup()
        return importer


class OdooPosImporter(ChunkedImporterMixin, ToRattail):
    """Base importer for one entity; subclasses only add native-record logic."""
    entity: Entity
    key = ('source', 'odoo_id')
    caches_local_data = True
    handler: FromOdooPosToRattail
    batch_size = 2000

    @property
    def supported_fields(self):
        return (['source', 'odoo_id', 'odoo_write_date'] + list(self.entity.fields)
                + list(self.entity.refs) + list(self.entity.derived))

    def get_model_class(self):
        return getattr(self.app.model if self.app else None, self.entity.class_name, None)

    def setup(self):
        super().setup()
        self.ref_cache: dict[tuple[str, str], dict[int, str]] = {}
        validity.use(self.config, self.session)   # Continuum's version validity, set-based

    # -- local side: per batch, never the whole table ---------------------

    def cache_batch(self, source: str, ids: Iterable[int]) -> dict:
        cls = self.model_class
        ids = sorted(set(ids))
        cached = {}
        for i in range(0, len(ids), 1000):
            chunk = ids[i:i + 1000]
            query = self.session.query(cls).filter(cls.source == source,
                                                   cls.odoo_id.in_(chunk))
            for obj in query:
                data = self.normalize_local_object(obj)
                cached[(obj.source, obj.odoo_id)] = {'object': obj, 'data': data}
        return cached

    def get_single_local_object(self, key):
        cls = self.model_class
        return self.session.query(cls).filter(cls.source == key[0],
                                              cls.odoo_id == key[1]).one_or_none()

    # -- references ---------------------------------------------------------

    def uuid_map(self, entity_key: str, source: str, ids: set[int]) -> dict[int, str]:
        """(source, odoo_id) -> local uuid for *ids* of *entity_key*; the ones not
        imported yet are fetched from Odoo and imported first."""
        cache = self.ref_cache.setdefault((entity_key, source), {})
        if len(cache) > bulk.REF_CACHE_MAX:     # memory stays bounded on a large load
            cache = self.ref_cache[(entity_key, source)] = {}
        wanted = {i for i in ids if i and i not in cache}
        if wanted:
            entity = ENTITIES[entity_key]
            cls = getattr(self.model, entity.class_name)
            # a native entity is referenced by its Rattail record (store, product, ...)
            target = getattr(cls, entity.native_link) if entity.native else cls.uuid
            cache.update(bulk.id_map(self.session, cls, target, source, wanted))
            missing = [i for i in wanted if i not in cache]
            if missing:
                self.import_missing(entity_key, source, missing)
                self.session.flush()
                cache.update(bulk.id_map(self.session, cls, target, source, missing))
        return cache

    def import_missing(self, entity_key: str, source: str, ids: list[int]) -> None:
        other = self.handler.importer_for(entity_key)
        client = self.handler.get_client(source)
        known = getattr(self.handler, 'read_ahead', {}).get((entity_key, source), {})
        records = [known[i] for i in ids if i in known]
        rest = [i for i in ids if i not in known]
        if rest:
            records += client.read(other.entity.odoo_model, rest, other.plan(source).fields)
        if records:
            log.info("%s: importing %d referenced %s record(s) first: %s", self.model_name,
                     len(records), other.entity.odoo_model, [r['id'] for r in records][:10])
            if other.entity.key == self.entity.key and hasattr(self, '_created'):
                # e.g. a refund line whose refunded line comes later in the same batch:
                # count it as this run's own creation
                other.import_batch(source, records, self._created, self._updated)
            else:
                other.import_batch(source, records, [], [])

    def resolve_refs(self, source: str, records: list[dict]) -> list[dict]:
        """Host data of the *records* that can be stored, reference columns
        filled; every other record is rejected (:meth:`reject`): a value that
        fits no column, or a reference to a record that is neither here nor
        readable in Odoo (or was itself rejected)."""
        good = []
        for rec in records:
            try:
                data = self.normalize_record(source, rec)
                found = rejects.problems(self.model_class, data, self.field_names)
                if found:
                    raise rejects.Rejected('; '.join(found))
            except (rejects.Rejected, ConversionError) as error:
                self.reject(source, rec, str(error))
                continue
            good.append((rec, data))
        return self.fill_refs(source, good)

    def fill_refs(self, source: str, good: list[tuple[dict, dict]]) -> list[dict]:
        """The host data of *good* (``(record, data)`` pairs) with their
        reference columns filled (one look-up per column for the batch); a
        record whose reference is dangling is rejected."""
        columns = []
        for column, (field, entity_key) in self.entity.refs.items():
            targets = [_ref_id(rec.get(field)) for rec, _ in good]   # each value read once
            skip = not_imported(self.handler, source, entity_key)     # the public partner
            if skip:
                targets = [None if t in skip else t for t in targets]
            ids = set(targets)
            ids.discard(None)
            columns.append((column, field, entity_key, targets,
                            self.uuid_map(entity_key, source, ids)))
        out = []
        for n, (rec, data) in enumerate(good):
            try:
                for column, field, entity_key, targets, found in columns:
                    target = targets[n]
                    if target is None:
                        data[column] = None
                        continue
                    uuid = found.get(target)
                    if uuid is None:
                        raise rejects.Rejected(self.dangling(source, rec, field, entity_key,
                                                             target))
                    data[column] = uuid
            except rejects.Rejected as error:
                self.reject(source, rec, str(error))
                continue
            out.append(data)
        return out

    def dangling(self, source: str, rec: dict, field: str, entity_key: str,
                 target: int) -> str:
        """Why a reference of *rec* cannot be resolved."""
        other = ENTITIES[entity_key].odoo_model
        rejected = self.handler.rejected_reason(source, other, target)
        if rejected:
            return (f"{field} refers to {other} {target}, which is rejected too "
                    f"({rejected})")
        return (f"{field} refers to {other} {target}, which is neither in Rattail nor "
                f"readable in Odoo (deleted, or not readable by the sync user)")

    @property
    def field_names(self) -> dict[str, str]:
        """Local column -> Odoo field (how a rejection names a value)."""
        names = {c: f for c, (f, _) in self.entity.fields.items()}
        names.update({c: f for c, (f, _) in self.entity.refs.items()})
        names['odoo_write_date'] = 'write_date'
        return names

    def rejected_records(self, source: str) -> rejects.RejectedRecords:
        """The rejected-records bookkeeping of *source* for this entity."""
        return self.handler.rejected_records(source, self.entity.odoo_model, self.session)

    def reject(self, source: str, rec: dict, reason: str) -> None:
        self.rejected_records(source).reject(rec['id'], reason, rec)

    # -- host side ----------------------------------------------------------

    def normalize_record(self, source: str, rec: dict) -> dict:
        model = self.entity.odoo_model
        data = {'source': source, 'odoo_id': rec['id'],
                'odoo_write_date': convert('dt', rec.get('write_date'), odoo_model=model,
                                           field='write_date', odoo_id=rec['id'])}
        for column, (field, kind) in self.entity.fields.items():
            data[column] = convert(kind, rec.get(field, False), odoo_model=model, field=field,
                                   odoo_id=rec['id'])
        self.extra_data(source, rec, data)
        return data

    def extra_data(self, source: str, rec: dict, data: dict) -> None:
        """Subclasses fill the entity's ``derived`` columns here."""

    def host_domain(self, source: str) -> list:
        return list(self.entity.domain)

    def plan(self, source: str) -> 'versions.Plan':
        """How this entity is read from *source*'s Odoo version (asked once per run)."""
        plans = getattr(self.handler, 'version_plans', None)
        if plans is None:
            plans = self.handler.version_plans = versions.Plans()
        return plans.get(self.handler.get_client(source), self.entity, source)

    # -- the import -----------------------------------------------------------

    def import_data(self, host_data=None, now=None, **kwargs):
        self.now = now or self.app.make_utc(tzinfo=True)
        if kwargs:
            self._setup(**kwargs)
        self.setup()
        created, updated, deleted = [], [], []
        self._created, self._updated = created, updated
        for source in self.handler.active_sources():
            try:
                self.import_source(source, created, updated, deleted)
            except OdooPosError as error:
                # Odoo's side failed (or a deletion was refused): recorded on the
                # cursor and the source status; the other models and sources go on
                self.record_error(source, error)
                self.handler.failed(source, self.entity.odoo_model, error)
            except Exception as error:
                # PostgreSQL (or a bug): stop the run; the batch is rolled back
                self.record_error(source, error)
                raise
        self.teardown()
        return created, updated, deleted

    def import_source(self, source: str, created: list, updated: list, deleted: list) -> None:
        client = self.handler.get_client(source)
        if not client.has_model(self.entity.odoo_model):
            log.info("Odoo source '%s' has no %s (module not installed): skipped",
                     source, self.entity.odoo_model)
            return
        plan = self.plan(source)
        if plan.model_missing:
            log.info("Odoo source '%s' (Odoo %s) has no %s (%s): skipped", source, plan.major,
                     self.entity.odoo_model, plan.model_missing)
            return
        cursor = self.get_cursor(source)
        self._run_start = (time.monotonic(), len(created), len(updated), len(deleted))
        since = window = None
        if not self.handler.full and cursor.value is not None:
            since, window = self.incremental_window(cursor)
            # a --full stopped half-way is not resumed after this run's last_id
            # (an incremental one's), the next --full reads everything again
            cursor.full_read_mark = None
        self.bulk = bulk.writer_for(self, source, since)   # initial load: COPY (bulk.py)
        n_created = len(created)
        complete = self.read_changes(source, client, since, cursor, created, updated)
        self.bulk = None
        self.analyze_after_load(len(created) - n_created)
        if not complete:
            return
        if window is not None and not self.read_late_commits(source, client, window,
                                                             created, updated):
            return
        if window is not None:
            sourcestate.state_of(self.handler, source).window_checked(self.entity.odoo_model)
        self.retry_rejected(source, client, created, updated)
        if since is None:
            cursor.full_load_done = True
        refused = None
        if self.delete:
            try:
                deleted.extend(self.delete_missing(source, client))
            except DeletionRefused as error:
                refused = error
        self.record_run(cursor, created, updated, deleted)
        self.finish_cursor(cursor)
        if refused is not None:
            raise refused

    # -- the look-back window (late commits): see rattail_odoo_pos.importing.window --

    def incremental_window(self, cursor) -> tuple[datetime.datetime, tuple | None]:
        """(read from, window to check or None) of an incremental run: with
        ``lookback_mode = count`` (default) a countable model reads from the
        cursor minus ``overlap_seconds`` and checks ``[cursor - lookback,
        that)`` by counts; else (``reread``, or a model whose counts do not
        compare) it re-reads the whole look-back window, as before."""
        handler = self.handler
        if handler.lookback_mode == 'reread' or not self.entity.countable:
            return cursor.value - handler.lookback, None
        since = cursor.value - handler.overlap
        check = getattr(handler, 'check_window', True)
        if check is None:           # a cron run: on the period (importing/sourcestate.py),
            # never longer than a late commit stays in the window
            period = min(get_setting(self.config, 'window_check_seconds'),
                         (handler.lookback - handler.overlap).total_seconds() / 2)
            check = sourcestate.state_of(handler, cursor.source).window_due(
                self.entity.odoo_model, period)
        if not check or handler.lookback <= handler.overlap:
            return since, None
        return since, (cursor.value - handler.lookback, since)

    def read_late_commits(self, source: str, client, window: tuple, created: list,
                          updated: list) -> bool:
        """Import what a late commit left in *window*: only the hour buckets
        whose Odoo figures differ from ours are compared id by id, and only
        the records missing here (or with another write_date) are read in
        full.  False when a --max limit stopped it."""
        from rattail_odoo_pos.importing import window as late
        cls, model = self.model_class, self.entity.odoo_model
        domain = self.host_domain(source)
        buckets = late.differing_buckets(self.session, cls, client, model, source,
                                         window[0], window[1], domain)
        if not buckets:
            return True
        pending = set(self.rejected_records(source).pending)
        ids = [i for lo, hi in buckets
               for i in late.stale_ids(self.session, cls, client, model, source, lo, hi, domain)
               if i not in pending]
        log.info("%s: %d hour bucket(s) of the look-back window differ in Odoo source '%s'; "
                 "%d late-committed record(s) to read", self.model_name, len(buckets), source,
                 len(ids))
        for chunk in _chunks(ids, self.batch_size):
            records = client.read(model, list(chunk), self.plan(source).fields)
            if records and not self.import_batch(source, records, created, updated):
                return False
            self.commit_batch()
        return True

    def retry_rejected(self, source: str, client, created: list, updated: list) -> None:
        """Read again the records rejected by earlier runs (the cursor has
        moved past them) and import the ones that can be stored now; those
        Odoo no longer has leave the rejected table."""
        book = self.rejected_records(source)
        pending = book.pending
        for chunk in _chunks(pending, self.batch_size):
            records = client.read(self.entity.odoo_model, list(chunk),
                                  self.plan(source).fields)
            gone = set(chunk) - {r['id'] for r in records}
            if gone:
                log.info("Odoo source '%s': %d rejected %s record(s) are gone from Odoo",
                         source, len(gone), self.entity.odoo_model)
                book.resolved(gone)
            if records:
                self.import_batch(source, records, created, updated)
            self.commit_batch()

    def record_error(self, source: str, error: Exception) -> None:
        """Note the failure on the cursor (what the sync status page and
        ``odoo-pos-check`` show); the failed batch itself is rolled back."""
        try:
            self.session.rollback()          # release the cursor row this run may hold
        except Exception:
            log.debug("rollback failed", exc_info=True)
        self.handler.forget_rejected(source, self.entity.odoo_model)
        if getattr(self, 'dry_run', False):
            return
        cls = self.model.OdooPosCursor
        message = self.handler.mask(source, f"{type(error).__name__}: {error}")[:2000]
        try:
            session = self.app.make_session()
        except Exception:
            log.debug("could not record the error on the %s cursor", self.entity.odoo_model,
                      exc_info=True)
            return
        try:
            cursor = session.query(cls).filter(cls.source == source,
                                               cls.odoo_model == self.entity.odoo_model).one_or_none()
            if cursor is None:
                cursor = cls(source=source, odoo_model=self.entity.odoo_model, full_load_done=False)
                session.add(cursor)
            cursor.last_run = self.app.make_utc()
            cursor.last_error = message
            start = getattr(self, '_run_start', None)
            if start is not None:
                cursor.last_duration = time.monotonic() - start[0]
            session.commit()
        except Exception:
            log.debug("could not record the error on the %s cursor", self.entity.odoo_model,
                      exc_info=True)
            session.rollback()
        finally:
            session.close()

    def read_changes(self, source, client, since, cursor, created, updated) -> bool:
        """Import every batch changed since *since*; False when a --max limit stopped it."""
        model, fields, domain = self.entity.odoo_model, self.plan(source).fields, \
            self.host_domain(source)
        if self.by_id(since):
            batches = self.read_by_id(source, client, cursor, model, fields, domain)
        else:
            first = None
            if since is None:
                cursor.full_read_mark = None     # this full read begins at the beginning
                kept = prefetch.take_next_read(self.handler, source, model, fields, domain)
                first = kept[0] if kept else None
            batches = client.iter_changed(model, fields, since, domain, first=first)
        if since is None and prefetch.enabled(self.config):
            # a full read: what the writer would ask Odoo per batch is read ahead too
            # (what does not depend on the next page is asked beside it, in `side`),
            # and once it is read, the next full read's first page
            self.side = ThreadPoolExecutor(max_workers=1, thread_name_prefix='odoo-pos-side')
            seen = prefetch.IdSet()
            batches = prefetch.annotated(
                batches, lambda records: self.read_ahead(client, source, records, seen),
                then=self.next_read(source),
                # the bulk path's conversion too, while the writer waits for PostgreSQL
                convert=None if self.bulk is None else self.bulk.converter(source))
        batches = prefetch.ahead(self.config, batches,   # batch N+1 read while N is written
                                 f'{self.entity.odoo_model} ({source})')
        try:
            return self._read_batches(source, batches, since, cursor, created, updated)
        finally:
            self.ahead = {}
            self.handler.read_ahead = {}
            side, self.side = getattr(self, 'side', None), None
            if side is not None:
                side.shutdown(wait=True, cancel_futures=True)

    def read_by_id(self, source: str, client, cursor, model: str, fields, domain):
        """The batches of a full read (the initial load, ``--full``) in id order,
        several windows of ids asked at a time (:meth:`OdooClient.iter_by_id`).
        Its cursor is where it got (``last_id``) and the newest ``write_date``
        when it began (``full_read_mark``), which becomes the cursor's value
        once it is done: a run killed half-way resumes after the last id
        written, and what was written in Odoo since the first attempt began,
        wherever its id, is read again by the run after the full read."""
        kept = prefetch.take_next_read(self.handler, source, model, fields, domain)
        if cursor.full_read_mark is not None and cursor.last_id:
            if kept is not None:                # begun from the start: not this read's
                prefetch.stop(kept[1])
            log.info("%s from Odoo source '%s': resuming the full read after id %s",
                     model, source, cursor.last_id)
            start = client.full_read_start(model, fields, domain, first=False)
            return client.iter_by_id(model, fields, domain, after=cursor.last_id,
                                     upto=start['top'], in_flight=self.in_flight)
        start, batches = kept or (client.full_read_start(model, fields, domain), None)
        cursor.last_id = None
        cursor.full_read_mark = convert('dt', start['newest'], odoo_model=model,
                                        field='write_date', odoo_id=start['top'])
        return batches or client.iter_by_id(model, fields, domain, upto=start['top'],
                                            in_flight=self.in_flight, first=start['first'])

    @property
    def in_flight(self) -> int:
        """``[odoo_pos] full_read.in_flight``: windows of ids a full read asks at a time."""
        return get_setting(self.config, 'full_read.in_flight')

    def by_id(self, since) -> bool:
        """Whether the read from *since* is a full read in id order (:meth:`read_by_id`)."""
        return since is None and self.in_flight > 0

    def analyze_after_load(self, created: int) -> None:
        """``ANALYZE`` this model's table after a read that created at least
        :data:`ANALYZE_AFTER` rows of it (an initial load), and commit.  Until
        then PostgreSQL may have no statistics of the table, and the next
        models' look-ups of their references into it (order lines and
        payments: their orders, ``odoo_id = ANY(<a batch's ids>)``) are planned
        as if they matched much of it: a scan of the table for every batch,
        60-170 ms at 285,000 orders where the index takes 2.4 ms (measured),
        about 20 s of a 1M-line load.  Autovacuum analyzes it too, but a minute
        or more later.  (A database user who does not own the table gets
        PostgreSQL's warning, not an error.)  Not on a dry run."""
        if created < ANALYZE_AFTER or getattr(self, 'dry_run', False):
            return
        table = self.model_class.__table__.name
        started = time.monotonic()
        self.session.execute(sa.text(f'ANALYZE "{table}"'))
        self.session.commit()
        log.debug("%s: ANALYZE %s after %d rows created: %.2f s", self.model_name, table,
                  created, time.monotonic() - started)

    def end_full_read(self, cursor) -> None:
        """A full read in id order is done: the cursor's value becomes the
        newest ``write_date`` when it began (unless it is newer already)."""
        mark, cursor.full_read_mark = cursor.full_read_mark, None
        if mark is not None and (cursor.value is None or mark > cursor.value):
            cursor.value = mark

    def _read_batches(self, source, batches, since, cursor, created, updated) -> bool:
        by_id = self.by_id(since)
        for records in batches:
            self.ahead = getattr(records, 'ahead', {})
            self.handler.read_ahead = {(self.entity.key, source): self.ahead.get('referenced', {})}
            # the overlap re-reads the newest rows: those stored as they are need no
            # look-ups (warehouses, partners, refunds), nor a diff
            fresh = (records if since is None
                     else self.drop_unchanged(source, records, self.settled_before(cursor)))
            if fresh and not self.import_batch(source, fresh, created, updated):
                return False
            if by_id:
                cursor.last_id = records[-1]['id']
            else:
                self.advance_cursor(cursor, records[-1])
            self.commit_batch()
        if by_id:
            self.end_full_read(cursor)
        return True

    def next_read(self, source: str):
        """What this run reads after this model of *source* (its next model, when
        this handler reads *source* alone), when that is a full read too (the
        initial load, ``--full``): a function that reads its first
        page (in the read-ahead thread, once this read is done, while the last
        batches are still written) and keeps it for that importer; None otherwise.
        Asked in the writer's thread: it may look at the database."""
        try:
            handler = self.handler
            if handler.active_sources() != [source]:
                # sources read one after the other (fleet.parallel = 1) are read one
                # at a time; in parallel, each has its own handler and one source
                return None
            keys = list(getattr(handler, 'run_keys', None) or [])
            name = self.entity.class_name
            after = keys[keys.index(name) + 1] if name in keys[:-1] else None
            entity = next((e for e in ENTITIES.values() if e.class_name == after), None)
            if entity is None:
                return None
            importer = handler.importer_for(entity.key)
            model = entity.odoo_model
            cls = self.model.OdooPosCursor
            value, resuming = self.session.query(cls.value, cls.full_read_mark).filter(
                cls.source == source, cls.odoo_model == model).one_or_none() or (None, None)
            if value is not None and not getattr(handler, 'full', False):
                return None             # an incremental read: nothing to guess
            if resuming is not None and self.in_flight > 0:
                return None             # a full read resumed where it stopped
            client = handler.get_client(source)
            plan = importer.plan(source) if client.has_model(model) else None
            if plan is None or plan.model_missing:
                return None
            fields, domain = plan.fields, importer.host_domain(source)
        except Exception:                   # a guess: the importer itself will say what failed
            log.debug("no read ahead of the next model", exc_info=True)
            return None
        if self.in_flight > 0:
            # its start, and its first batches read ahead in their own thread: Odoo
            # keeps serving while this model's last batches (and the dashboard's
            # summary) are written
            def begin():
                start = client.full_read_start(model, fields, domain)
                return start, prefetch.Ahead(
                    client.iter_by_id(model, fields, domain, upto=start['top'],
                                      in_flight=self.in_flight, first=start['first']),
                    f'{model} ({source}), read ahead', prefetch.depth(self.config))
            return lambda: prefetch.keep_next_read(handler, source, model, fields, domain, begin)
        return lambda: prefetch.keep_next_read(
            handler, source, model, fields, domain,
            lambda: (client.first_page(model, fields, domain), None))

    def read_ahead(self, client, source: str, records: list[dict], seen) -> dict:
        """What the writer would ask Odoo while writing *records* (a batch of a
        full read), read beforehand in the read-ahead thread so that the writer
        never waits for it behind the reader's next request: here the records
        of this entity the batch references and does not hold (a refund line
        comes before the line it refunds: Odoo rewrites the refunded line), and
        theirs in turn.  No database here: *seen* (:class:`prefetch.IdSet`)
        holds the ids this read has met, and :meth:`import_missing` takes from
        what was read here what is still missing."""
        fields = list(self.entity.self_refs.values())
        seen.update(r['id'] for r in records)
        found: dict[int, dict] = {}
        todo = records
        for _ in range(4 if fields else 0):     # a refund of a refund ...
            want = {_ref_id(r.get(f)) for r in todo for f in fields} - {None}
            want = [i for i in want if i not in seen]
            if not want:
                break
            seen.update(want)
            todo = client.read(self.entity.odoo_model, sorted(want), self.plan(source).fields)
            found.update((r['id'], r) for r in todo)
        return {'referenced': found} if found else {}

    def settled_before(self, cursor):
        """Rows written before this (UTC, naive) were read by the cursor's last
        good run well after their write: none stored with its ``write_date`` can
        hide a later write.  Odoo returns ``write_date`` to the second, so two
        writes of one record in one second (separate transactions) carry the
        same one; a write in that second after our read, or a short transaction
        in flight during it, is what the overlap re-reads for, and those rows
        are diffed.  The last good run began at ``last_success - last_duration``
        and read every row of this overlap (its own range began earlier); one
        more ``overlap_seconds`` allows for Odoo's clock being behind ours.
        None (nothing is dropped) before a first good run."""
        last, took = getattr(cursor, 'last_success', None), getattr(cursor, 'last_duration', None)
        if last is None:
            return None
        margin = 2 * get_setting(self.config, 'overlap_seconds') + 1
        return last - datetime.timedelta(seconds=(took or 0) + margin)

    def drop_unchanged(self, source: str, records: list[dict], settled=None) -> list[dict]:
        """*records* without those stored here with the same ``write_date``
        written before *settled* (:meth:`settled_before`): they have not
        changed since a read that came after every write of their second."""
        if settled is None:
            return records
        from rattail_odoo_pos.importing.window import _naive
        written = {r['id']: _naive(r.get('write_date')) for r in records}
        ids = [i for i, when in written.items() if when is not None and when < settled]
        if not ids:
            return records
        cls = self.model_class
        here = dict(self.session.query(cls.odoo_id, cls.odoo_write_date).filter(
            cls.source == source, cls.odoo_id.in_(ids)))
        if not here:
            return records
        return [r for r in records if here.get(r['id']) is None
                or here[r['id']] != written[r['id']]]

    def import_batch(self, source: str, records: list[dict], created: list, updated: list) -> bool:
        """Diff and write one batch (rattail's own create/update logic); the
        records that cannot be stored are rejected, the rest written."""
        if getattr(self, 'bulk', None) is not None:
            # adapted and converted in the read-ahead thread (prefetch.Batch), or here
            converted = getattr(records, 'converted', None) or \
                self.bulk.converter(source)(records)
            return self.bulk.import_batch(source, converted, created, updated)
        records = [self.plan(source).adapt(r) for r in records]    # as Odoo 17 sends them
        book = self.rejected_records(source)
        host_data = self.resolve_refs(source, records)
        ids = [d['odoo_id'] for d in host_data]
        daily_summary.before_batch(self, source, ids)
        self.cached_local_data = self.cache_batch(source, ids)
        n_created, n_updated = len(created), len(updated)
        try:
            with self.session.begin_nested():
                # the run's own lists, so --max-create/--max-update/--max-total count
                # across batches (rattail stops at the limit within the batch)
                self._import_create_update(host_data, created, updated)
        except sa.exc.StatementError as error:
            if _connection_lost(error):
                raise
            # PostgreSQL refused something the checks did not foresee: find
            # which records, one at a time, and set them aside
            log.info("%s: batch refused by PostgreSQL (%s); writing it record by record",
                     self.model_name, type(getattr(error, 'orig', error)).__name__)
            del created[n_created:], updated[n_updated:]
            ids = self.import_one_by_one(source, records, host_data, created, updated)
        book.resolved(ids)
        return not self.limit_reached(len(created), len(updated))

    def import_one_by_one(self, source: str, records: list[dict], host_data: list[dict],
                          created: list, updated: list) -> list[int]:
        by_id = {r['id']: r for r in records}
        done = []
        for data in host_data:
            self.cached_local_data = self.cache_batch(source, [data['odoo_id']])
            n_created, n_updated = len(created), len(updated)
            try:
                with self.session.begin_nested():
                    self._import_create_update([data], created, updated)
            except sa.exc.StatementError as error:
                if _connection_lost(error):
                    raise
                del created[n_created:], updated[n_updated:]
                reason = one_line(getattr(error, 'orig', None) or error)
                self.reject(source, by_id[data['odoo_id']], f"PostgreSQL refused it: {reason}")
                continue
            done.append(data['odoo_id'])
            if self.limit_reached(len(created), len(updated)):
                break
        return done

    def commit_batch(self) -> None:
        daily_summary.refresh_touched(self)     # the dashboard's days, same transaction
        if not getattr(self, 'dry_run', False):
            self.session.commit()
        self.cached_local_data = {}

    # -- cursors --------------------------------------------------------------

    def get_cursor(self, source: str):
        cls = self.model.OdooPosCursor
        cursor = self.session.query(cls).filter(cls.source == source,
                                                cls.odoo_model == self.entity.odoo_model).one_or_none()
        if cursor is None:
            cursor = cls(source=source, odoo_model=self.entity.odoo_model, full_load_done=False)
            self.session.add(cursor)
        cursor.last_run = self.app.make_utc()
        return cursor

    def advance_cursor(self, cursor, last: dict) -> None:
        value = convert('dt', last.get('write_date'), odoo_model=self.entity.odoo_model,
                        field='write_date', odoo_id=last['id'])
        if value is not None and (cursor.value is None or value >= cursor.value):
            cursor.value = value
            cursor.last_id = last['id']

    def record_run(self, cursor, created: list, updated: list, deleted: list) -> None:
        """What this run of the model did in its source (sync status page):
        called once the source's records are all imported."""
        start, n_created, n_updated, n_deleted = self._run_start
        cursor.last_duration = time.monotonic() - start
        cursor.last_created = len(created) - n_created
        cursor.last_updated = len(updated) - n_updated
        cursor.last_deleted = len(deleted) - n_deleted

    def finish_cursor(self, cursor) -> None:
        cursor.last_success = self.app.make_utc()
        cursor.last_error = None
        self.commit_batch()

    # -- deletions ----------------------------------------------------------

    def delete_missing(self, source: str, client) -> list:
        """Delete local rows whose Odoo record is gone (archived ones stay):
        both id sets are streamed in ascending order and merge-compared, and
        the guard (:mod:`rattail_odoo_pos.importing.guard`) must believe the
        result before anything is deleted."""
        cls = self.model_class
        odoo_ids = (i for batch in client.iter_ids(self.entity.odoo_model,
                                                   self.host_domain(source)) for i in batch)
        local_count = self.session.query(sa.func.count(cls.uuid)).filter(
            cls.source == source).scalar()
        local = (row[0] for row in self.session.query(cls.odoo_id).filter(
            cls.source == source).order_by(cls.odoo_id).yield_per(5000))
        gone = list(_missing(local, odoo_ids))
        if gone:
            check_deletions(self.config, source=source, odoo_model=self.entity.odoo_model,
                            local_count=local_count,
                            odoo_count=client.search_count(self.entity.odoo_model,
                                                           self.host_domain(source)),
                            gone=len(gone), allow=self.handler.force_delete)
        deleted = []
        for chunk in _chunks(gone, 1000):
            for obj in self.session.query(cls).filter(cls.source == source,
                                                      cls.odoo_id.in_(chunk)):
                data = self.normalize_local_object(obj)
                if self.delete_object(obj):
                    deleted.append((obj, data) if self.collect_changes_for_processing else True)
                    if self.max_delete and len(deleted) >= self.max_delete:
                        break
            self.session.flush()
        if deleted:
            log.info("%s: deleted %d record(s) gone from Odoo source '%s'", self.model_name,
                     len(deleted), source)
        return deleted

    def delete_object(self, obj):
        daily_summary.before_delete(self, obj)
        native = self.native_of(obj)
        self.session.delete(obj)
        if native is not None:
            self.session.flush()
            self.session.refresh(native)
            if not native._odoo_pos:
                self.session.delete(native)
        return True

    def native_of(self, obj):
        if not self.entity.native:
            return None
        return getattr(obj, _native_attr(self.entity.native), None)


def _what(data: dict) -> str:
    return f"Odoo source '{data['source']}' record {data['odoo_id']}"


def _native_attr(native: str) -> str:
    return native.lower()


def native_code(data: dict, length: int = 10) -> str:
    """A short code for a native record (Store.id, Tender.code): the Odoo id,
    prefixed with the source key unless it is ``default``."""
    if data['source'] == 'default':
        return str(data['odoo_id'])[:length]
    odoo_id = str(data['odoo_id'])
    return f"{data['source'][:max(1, length - len(odoo_id) - 1)]}-{odoo_id}"[:length]


def _missing(local: Iterable[int], remote: Iterable[int]):
    """Ids in ascending *local* that are not in ascending *remote*."""
    remote = iter(remote)
    current = next(remote, None)
    for lid in local:
        while current is not None and current < lid:
            current = next(remote, None)
        if current != lid:
            yield lid


# -- importers of native-extension entities --------------------------------------

class NativeImporter(OdooPosImporter):
    """An extension row plus the native Rattail record it extends."""

    def create_object(self, key, host_data):
        with self.session.no_autoflush:
            obj = super().create_object(key, host_data)
            if obj is not None:
                native = self.find_native(host_data) or self.make_native(host_data)
                setattr(obj, _native_attr(self.entity.native), native)
                self.update_native(native, host_data)
        return obj

    def update_object(self, obj, host_data, local_data=None, **kwargs):
        with self.session.no_autoflush:
            obj = super().update_object(obj, host_data, local_data=local_data, **kwargs)
            native = self.native_of(obj)
            if native is not None:
                self.update_native(native, host_data)
        return obj

    #: whether the entity's ``merge`` columns are compared case-insensitively
    merge_ignores_case = False

    def find_native(self, data):
        """An existing native record the same real thing is: another source's
        extension row with the same value in one of the entity's ``merge``
        columns, tried in order (e.g. barcode, else internal reference)."""
        ext = self.model_class
        for column in self.entity.merge:
            value = data.get(column)
            if not value:
                continue
            attr = getattr(ext, column)
            match = (sa.func.lower(attr) == value.lower()) if self.merge_ignores_case \
                else (attr == value)
            other = self.session.query(ext).filter(match, ext.source != data['source']).first()
            if other is not None:
                return self.native_of(other)
        return None

    def make_native(self, data):
        native = getattr(self.model, self.entity.native)()
        self.session.add(native)
        return native

    def update_native(self, native, data) -> None:
        raise NotImplementedError


class StoreImporter(NativeImporter):
    def setup(self):
        super().setup()
        self.zones: dict[tuple[str, int], str | None] = {}

    def extra_data(self, source, rec, data):
        warehouse = _m2o(rec.get('warehouse_id'))
        key = (source, warehouse)
        if key not in self.zones:
            zone = None
            if warehouse:
                client = self.handler.get_client(source)
                wh = client.read('stock.warehouse', [warehouse], ['partner_id'])
                partner = _m2o(wh[0]['partner_id']) if wh else None
                if partner:
                    found = client.read('res.partner', [partner], ['tz'])
                    zone = (found[0].get('tz') or None) if found else None
            self.zones[key] = zone
        data['timezone'] = self.zones[key]

    def update_native(self, store, data):
        if store.id is None:
            store.id = native_code(data)
        rejects.fit(store, 'name', data['name'] or '', what=_what(data))
        store.archived = not data['active']


class DepartmentImporter(NativeImporter):
    def update_native(self, dept, data):
        rejects.fit(dept, 'name', data['name'] or '', what=_what(data))
        if dept.number is None and data['source'] == 'default':
            dept.number = data['odoo_id']
        dept.product = True


class TaxImporter(NativeImporter):
    def update_native(self, tax, data):
        tax.code = f"{data['source']}-{data['odoo_id']}"[:30]
        rejects.fit(tax, 'description', data['name'], what=_what(data))
        amount = data['amount'] or 0
        tax.rate = amount if data['amount_type'] in (None, 'percent', 'division') else 0


class ProductImporter(NativeImporter):
    def read_changes(self, source, client, since, cursor, created, updated) -> bool:
        """On Odoo 15/16 a template's price change does not move its variants'
        ``write_date``: the templates changed since *since* are read too, and
        their variants imported again (the cursor stays the variants')."""
        if not super().read_changes(source, client, since, cursor, created, updated):
            return False
        if since is None or client.major_version not in versions.TEMPLATE_CHANGES_NOT_ON_VARIANT:
            return True
        # the templates changed since the last good run (less the look-back), not since
        # the variants' cursor, which may be far older when variants rarely change
        last = getattr(cursor, 'last_success', None)
        if last is not None:
            since = max(since, last.replace(tzinfo=None) - self.handler.lookback)
        variants: list[int] = []
        for templates in client.iter_changed('product.template', ['product_variant_ids'], since):
            for tmpl in templates:
                variants.extend(tmpl.get('product_variant_ids') or [])
        for chunk in _chunks(sorted(set(variants)), self.batch_size):
            records = client.read(self.entity.odoo_model, list(chunk), self.plan(source).fields)
            if records and not self.import_batch(source, records, created, updated):
                return False
            self.commit_batch()
        return True

    def update_native(self, product, data):
        rejects.fit(product, 'description', data['name'] or '', what=_what(data))
        rejects.fit(product, 'item_id', data['default_code'], what=_what(data))
        barcode = data['barcode']
        product.scancode = barcode[:14] if barcode else None
        product.upc = (self.app.make_gpc(barcode, calc_check_digit=False)
                       if valid_gtin(barcode) else None)
        product.discontinued = not data['active']
        self.update_regular_price(product, data['list_price'])
        categories = (data['pos_category_ids'] or '').split(',')
        first = int(categories[0]) if categories and categories[0] else None
        if first:
            uuid = self.uuid_map('department', data['source'], {first}).get(first)
            product.department_uuid = uuid
        else:
            product.department_uuid = None

    def update_regular_price(self, product, amount) -> None:
        """Odoo's sales price (``lst_price``) is the product's regular price."""
        if amount is None:
            product.regular_price = None
            return
        price = product.regular_price
        if price is None:
            price = self.model.ProductPrice(type=self.enum.PRICE_TYPE_REGULAR, multiple=1)
            product.prices.append(price)
            product.regular_price = price
        price.price = amount.quantize(decimal.Decimal('0.001'), rounding=decimal.ROUND_HALF_UP)


def valid_gtin(barcode: str | None) -> bool:
    """Whether *barcode* is a GTIN-8/12/13/14 (EAN/UPC) with a correct check digit."""
    if not barcode or not barcode.isdigit() or len(barcode) not in (8, 12, 13, 14):
        return False
    return upc_check_digit(barcode[:-1]) == int(barcode[-1])


def public_partner(handler, source: str) -> int | None:
    """The id of *source*'s public partner (external id ``base.public_partner``,
    the partner of the archived ``public`` user: what the website and the POS
    use for "nobody"), read once per handler and source: one ``ir.model.data``
    read, else (not readable by the sync user) the ``public`` user's partner;
    None when neither is readable (then it is imported as any partner)."""
    known = handler.__dict__.setdefault('_public_partner', {})
    if source in known:
        return known[source]
    state = sourcestate.state_of(handler, source)   # kept between runs with the field plan
    kept = state.lookup('public_partner', 'base.public_partner')
    if kept is not None:
        known[source] = kept[0]
        return kept[0]
    client = handler.get_client(source)
    found = None
    reads = [('ir.model.data', [('module', '=', 'base'), ('name', '=', 'public_partner'),
                                ('model', '=', 'res.partner')], 'res_id'),
             ('res.users', [('login', '=', 'public')], 'partner_id')]
    problems = []
    for model, domain, field in reads:
        try:
            rows = client.search_read(model, domain, [field], limit=1)
        except (OdooAccessError, OdooRPCError) as error:
            if isinstance(error, OdooTransientError):
                raise
            problems.append(f"{model}: {one_line(error)}")
            continue
        found = _m2o(rows[0][field]) if rows else None
        break
    if problems and found is None:
        log.warning("Odoo source '%s': the public partner (base.public_partner) cannot be "
                    "identified (%s); it is imported as a customer like any partner, and "
                    "nothing is deleted because of it", source, '; '.join(problems))
    known[source] = found
    if found is not None:
        state.remember('public_partner', 'base.public_partner', [found])
    return found


def not_imported(handler, source: str, entity_key: str) -> frozenset[int]:
    """Odoo ids of *entity_key* that are deliberately no record here: a
    reference to one of them is a reference to nothing (an order of the
    public partner has no customer)."""
    if entity_key != 'customer':
        return frozenset()
    public = public_partner(handler, source)
    return frozenset() if public is None else frozenset([public])


class CustomerImporter(NativeImporter):
    """Odoo partners; the public partner (``base.public_partner``) is none of
    them: never read, never imported, and deleted by ``--delete`` (the
    deletion guard applies) where an earlier version imported it."""
    #: VAT numbers and emails are matched whatever their case
    merge_ignores_case = True

    def host_domain(self, source):
        domain = super().host_domain(source)
        public = public_partner(self.handler, source)
        if public is not None:
            domain.append(('id', '!=', public))
        return domain

    def import_batch(self, source, records, created, updated):
        # read by id (a reference, a retried rejection): the public partner is left out
        skip = not_imported(self.handler, source, 'customer')
        records = [r for r in records if r['id'] not in skip]
        if not records:
            return not self.limit_reached(len(created), len(updated))
        return super().import_batch(source, records, created, updated)

    def delete_object(self, obj):
        if obj.odoo_id in not_imported(self.handler, obj.source, 'customer'):
            # the public partner imported by an earlier version: its orders
            # (if any) keep no customer, as a new import would give them
            order = self.model.OdooPosOrder
            self.session.query(order).filter(
                order.source == obj.source, order.customer_uuid == obj.customer_uuid
            ).update({order.customer_uuid: None}, synchronize_session=False)
        return super().delete_object(obj)

    def update_native(self, customer, data):
        rejects.fit(customer, 'name', data['name'], what=_what(data))
        customer.active_in_pos = data['active']
        if customer.active_in_pos_sticky is None:
            customer.active_in_pos_sticky = False
        if customer.id is None:
            customer.id = native_code(data, length=20)
        # Odoo's phone and email become the customer's primary phone/email rows
        # (rattail's own API); a row already there is reused, never duplicated
        phone = (data.get('phone') or '').strip()[:20]
        if phone:
            _make_primary(customer.phones, 'number', phone,
                          lambda: customer.add_phone_number(phone, type='Odoo'))
        email = (data.get('email') or '').strip()[:255]
        if email:
            _make_primary(customer.emails, 'address', email,
                          lambda: customer.add_email_address(email, type='Odoo'))


def _make_primary(rows, attr: str, value: str, add) -> None:
    """The row of *rows* whose *attr* is *value* (added if missing) made the
    first one (rattail's set_primary_* need a ``parent`` these rows lack)."""
    row = next((r for r in rows if getattr(r, attr) == value), None) or add()
    if rows[0] is not row:
        rows.remove(row)
        rows.insert(0, row)
        rows.reorder()


class EmployeeImporter(NativeImporter):
    def make_native(self, data):
        person = self.model.Person(display_name=data['name'])
        employee = self.model.Employee(person=person)
        self.session.add(employee)
        return employee

    def update_native(self, employee, data):
        rejects.fit(employee, 'display_name', data['name'] or '', what=_what(data))
        if employee.person is not None:
            rejects.fit(employee.person, 'display_name', data['name'] or '', what=_what(data))
            # Odoo keeps one name: the last word is the last name, the rest the
            # first name (a one-word name is a first name)
            words = (data['name'] or '').split()
            first, last = (' '.join(words[:-1]), words[-1]) if len(words) > 1 \
                else (' '.join(words) or None, None)
            rejects.fit(employee.person, 'first_name', first, what=_what(data))
            rejects.fit(employee.person, 'last_name', last, what=_what(data))
        employee.status = self.enum.EMPLOYEE_STATUS_CURRENT if data['active'] \
            else self.enum.EMPLOYEE_STATUS_FORMER


class TenderImporter(NativeImporter):
    def extra_data(self, source, rec, data):
        # ``type`` is computed, not stored; a server that does not send it gets
        # Odoo's own rule: the journal's kind (cash or bank), else customer account
        if data['payment_type'] is None:
            data['payment_type'] = ('cash' if data['is_cash_count'] else
                                    'bank' if _m2o(rec.get('journal_id')) else 'pay_later')

    def update_native(self, tender, data):
        tender.code = native_code(data)
        rejects.fit(tender, 'name', data['name'], what=_what(data))
        tender.is_cash = bool(data['is_cash_count'])
        tender.disabled = not data['active']


def refund_orders(client, ids: list[int]) -> set[int]:
    """Which of the orders *ids* are refunds: those with a line that refunds another.

    Ids close together (a first load's windows of ids: at least half of the
    range's ids asked) are asked as one range, one call per batch; scattered
    ids (an incremental run's changed orders) in lists of 1,000.  The refund
    lines of orders in the range but not asked are dropped here."""
    wanted = set(ids)
    if not wanted:
        return set()
    low, high = min(wanted), max(wanted)
    if high - low < 2 * len(wanted):
        domains = [[('order_id', '>=', low), ('order_id', '<=', high)]]
    else:
        domains = [[('order_id', 'in', list(chunk))] for chunk in _chunks(ids, 1000)]
    refunds: set[int] = set()
    for domain in domains:
        lines = client.search_read('pos.order.line',
                                   domain + [('refunded_orderline_id', '!=', False)],
                                   ['order_id'])
        refunds.update(_m2o(line['order_id']) for line in lines)
    return refunds & wanted


class OrderImporter(OdooPosImporter):
    """Orders; a refund is an order with a line that refunds another order's
    line (``refunded_orderline_id``, stored in every Odoo version), never
    recognised by its name (Odoo 18 names refunds from the shop's sequence)."""

    def resolve_refs(self, source, records):
        self.prepare_batch(source, records)
        return super().resolve_refs(source, records)

    def prepare_batch(self, source, records):
        """Which orders of the batch are refunds (the bulk path calls it too)."""
        ids = [r['id'] for r in records]
        covered, refunds = getattr(self, 'ahead', {}).get('refunds', ((), None))
        if isinstance(refunds, Future):
            refunds = refunds.result()      # asked beside the next page (read_ahead)
        if refunds is None or not covered.issuperset(ids):
            refunds = refund_orders(self.handler.get_client(source), ids)
        self.refunds: set[int] = refunds

    def read_ahead(self, client, source, records, seen):
        ahead = super().read_ahead(client, source, records, seen)
        ids = [r['id'] for r in records]
        side = getattr(self, 'side', None)
        ahead['refunds'] = (frozenset(ids), refund_orders(client, ids) if side is None
                            else side.submit(refund_orders, client, ids))
        return ahead

    def extra_data(self, source, rec, data):
        data['is_refund'] = rec['id'] in getattr(self, 'refunds', ())


class StockImporter(OdooPosImporter):
    """Stock on hand in each shop's warehouse stock location."""
    def setup(self):
        super().setup()
        self.locations: dict[str, dict[int, str]] = {}

    def store_locations(self, source: str) -> dict[int, str]:
        """Odoo stock location id -> local store uuid (the shops' warehouses)."""
        if source not in self.locations:
            client = self.handler.get_client(source)
            ext = self.model.OdooPosStore
            out = {}
            rows = self.session.query(ext.warehouse_odoo_id, ext.store_uuid).filter(
                ext.source == source, ext.warehouse_odoo_id.isnot(None)).all()
            if rows:
                by_wh = {w: s for w, s in rows}
                # warehouse -> stock location, kept between runs while the warehouses stay
                state = sourcestate.state_of(self.handler, source)
                wanted = sorted(by_wh)
                kept = state.lookup('stock_locations', wanted)
                if kept is None:
                    warehouses = client.read('stock.warehouse', wanted, ['lot_stock_id'])
                    kept = [[wh['id'], _m2o(wh.get('lot_stock_id'))] for wh in warehouses]
                    state.remember('stock_locations', wanted, kept)
                for wh, loc in kept:
                    if loc and wh in by_wh:
                        out[loc] = by_wh[wh]
            self.locations[source] = out
        return self.locations[source]

    def host_domain(self, source):
        return [('location_id', 'in', sorted(self.store_locations(source)) or [0])]

    def extra_data(self, source, rec, data):
        data['store_uuid'] = self.store_locations(source).get(_m2o(rec.get('location_id')))


def _make(entity_key: str, base: type) -> type:
    entity = ENTITIES[entity_key]
    return type(f"{entity.class_name}Importer", (base,), {
        'entity': entity, '__module__': __name__,
        '__doc__': f"Import {entity.title or entity.odoo_model} (``{entity.odoo_model}``).",
    })


#: entity key -> importer class (the entity names its base class)
IMPORTERS: dict[str, type] = {key: _make(key, globals()[entity.importer])
                              for key, entity in ENTITIES.items()}
globals().update({cls.__name__: cls for cls in IMPORTERS.values()})
