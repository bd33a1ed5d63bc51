# SPDX-License-Identifier: GPL-3.0-or-later
"""Rattail -> Rattail versions (``rattail import-versions``) for this package's
versioned tables: the catch-up after a ``--no-versioning`` load.

The importers are made from :data:`rattail_odoo_pos.entities.ENTITIES` (every
entity's table is versioned).  Unlike rattail's stock version importers, which
read a whole table and keep every row and new version in memory, they walk the
table in chunks of rows (keyset on ``uuid``) and diff each chunk with just the
matching current versions, so memory stays bounded by the chunk size.  When a
version table holds nothing yet (the catch-up after the ``--no-versioning``
initial load) its versions are written set-based instead: one ``INSERT ...
SELECT`` in the run's one Continuum transaction.

Apps with their own versions handler (Theo) mix in :class:`OdooPosVersionMixin`
and call :meth:`~OdooPosVersionMixin.add_odoo_pos_importers` from their
``get_importers`` (see ``docs/theo.md``).
"""

from __future__ import annotations

import logging
import sys

import sqlalchemy as sa

from rattail.importing.versions import FromRattailToRattailVersions, VersionImporter

from rattail_odoo_pos.db import model as odoo_model
from rattail_odoo_pos.entities import ENTITIES
from rattail_odoo_pos.locks import EXIT_LOCKED, SourceLocked, SourceLocks
from rattail_odoo_pos.importing import gcpolicy
from rattail_odoo_pos.importing.common import (
    ChunkedImporterMixin, CollectChangesOnlyForWarningsMixin, Tally, change_list)

log = logging.getLogger(__name__)


class OdooPosVersionImporter(ChunkedImporterMixin, VersionImporter):
    """Versions of one Odoo POS table, one chunk of rows at a time."""

    #: rows read, diffed and flushed at a time (``[odoo_pos] versions_chunk_size``)
    chunk_size = 5000

    def setup(self):
        super().setup()
        self.chunk_size = self.config.get_int('odoo_pos.versions_chunk_size',
                                              default=type(self).chunk_size)

    def import_data(self, host_data=None, now=None, **kwargs):
        if host_data is not None:
            # explicit data (datasync, scripts): rattail's own logic
            return super().import_data(host_data=host_data, now=now, **kwargs)
        self.now = now or self.app.make_utc(tzinfo=True)
        if kwargs:
            self._setup(**kwargs)
        self.setup()
        if self.set_based_possible():
            created = self.insert_initial_versions()
            self.teardown()
            return created, change_list(False), change_list(False)
        collect = self.collect_changes_for_processing
        created, updated, deleted = change_list(collect), change_list(collect), change_list(collect)
        complete = True
        for chunk in self.host_chunks():
            host_data = [self.normalize_host_object(obj) for obj in chunk]
            self.cached_local_data = self.cache_chunk([data['uuid'] for data in host_data])
            self._import_create_update(host_data, created, updated)
            self.cached_local_data = {}
            if self.host_session is not self.session:
                self.host_session.expunge_all()
            if self.limit_reached(len(created), len(updated)):
                complete = False
                break
        if self.delete:
            if not complete:
                log.warning("%s: a --max limit stopped the run; no deletions", self.model_name)
            else:
                deleted = self.delete_gone(len(created) + len(updated))
        self.teardown()
        return created, updated, deleted

    # -- the initial versions, set-based ---------------------------------------

    def set_based_possible(self) -> bool:
        """Whether the version table holds nothing yet (the catch-up after the
        ``--no-versioning`` initial load), so every row's first version is an
        INSERT version of the row as it is: one ``INSERT ... SELECT``.  Not
        when a ``--max-*`` limit or a warnings email wants rows one by one,
        nor with ``[odoo_pos] versions_set_based = false``."""
        if not self.config.get_bool('odoo_pos.versions_set_based', default=True, usedb=False):
            return False
        if self.max_create or self.max_total or self.collect_changes_for_processing:
            return False
        if self.host_session is not self.session and \
                str(self.host_session.get_bind().url) != str(self.session.get_bind().url):
            return False                # the rows are in another database
        version = self.model_class.__table__
        return self.session.execute(sa.select(version.c.transaction_id).limit(1)).first() is None

    def insert_initial_versions(self):
        """One ``INSERT ... SELECT`` of every row as an INSERT version in this
        run's Continuum transaction; returns the count as rattail's created list."""
        import sqlalchemy_continuum as continuum
        version = self.model_class.__table__
        table = self.host_model_class.__table__
        skip = {'transaction_id', 'end_transaction_id', 'operation_type'}
        columns = [c.name for c in version.columns if c.name not in skip and c.name in table.c]
        if self.transaction.id is None:
            self.session.add(self.transaction)
            self.session.flush()
        names = ', '.join(f'"{c}"' for c in columns)
        result = self.session.execute(sa.text(
            f'INSERT INTO "{version.name}" ({names}, transaction_id, end_transaction_id, '
            f'operation_type) SELECT {names}, :transaction_id, NULL, :insert FROM "{table.name}"'),
            {'transaction_id': self.transaction.id, 'insert': continuum.Operation.INSERT})
        count = max(result.rowcount or 0, 0)
        log.info("%s: %d initial version(s) in one INSERT ... SELECT", self.model_name, count)
        return Tally(count)

    def host_chunks(self):
        """Lists of at most :attr:`chunk_size` live rows, in ``uuid`` order."""
        cls = self.host_model_class
        last = None
        while True:
            query = self.host_session.query(cls).order_by(cls.uuid)
            if last is not None:
                query = query.filter(cls.uuid > last)
            rows = query.limit(self.chunk_size).all()
            if not rows:
                return
            last = rows[-1].uuid
            yield rows

    def cache_chunk(self, uuids: list[str]) -> dict:
        """The current versions of the rows *uuids*, keyed as rattail's cache."""
        cached = {}
        for version in self.cache_query().filter(self.model_class.uuid.in_(uuids)):
            data = self.normalize_local_object(version)
            cached[self.get_key(data)] = {'object': version, 'data': data}
        return cached

    def delete_gone(self, changes: int) -> list:
        """A DELETE version for each current version whose row is gone."""
        version_cls = self.model_class
        table = self.host_model_class.__table__
        deleted = change_list(self.collect_changes_for_processing)
        if self.max_total and changes >= self.max_total:
            return deleted
        gone = self.cache_query().filter(
            ~sa.exists().where(table.c.uuid == version_cls.uuid)).order_by(version_cls.uuid)
        for version in gone.limit(self.max_delete or None).all():
            data = self.normalize_local_object(version)
            data.pop('_object', None)
            self.delete_object(version)
            deleted.append((version, data))
        self.session.flush()
        return deleted


def _importer(model_name: str) -> type:
    return type(f"{model_name}VersionImporter", (OdooPosVersionImporter,), {
        'host_model_class': getattr(odoo_model, model_name), '__module__': __name__,
        '__doc__': f"Versions of ``{model_name}``."})


#: local class name -> version importer, for every entity (all are versioned)
IMPORTERS = {entity.class_name: _importer(entity.class_name) for entity in ENTITIES.values()}
globals().update({imp.__name__: imp for imp in IMPORTERS.values()})


class OdooPosVersionMixin(CollectChangesOnlyForWarningsMixin):
    """Adds the Odoo POS version importers to a versions handler (they keep
    changed records only when a warnings email will list them, else only count
    them; rattail's own version importers keep the handler's setting)."""

    def import_data(self, *keys, **kwargs):
        """One run per source: the versions wait for (or skip) an import that
        is writing the same tables (:mod:`rattail_odoo_pos.locks`)."""
        gcpolicy.skip_collection_at_exit()     # a process that ran this exits at once
        sources = self.app.get_odoo_pos_handler().get_source_keys()
        try:
            locks = SourceLocks(self.config, sources, 'import-versions').acquire()
        except SourceLocked as error:
            print(f"import-versions skipped: {error}", file=sys.stderr)
            raise SystemExit(EXIT_LOCKED) from None
        try:
            return super().import_data(*self.with_rows(keys), **kwargs)
        finally:
            locks.release()

    def with_rows(self, keys) -> list[str]:
        """*keys* less those of Rattail's own version importers whose table and
        version table both hold nothing: each would find nothing to do, at the
        cost of a few queries of its own (about 0.7 s for Rattail's ninety-odd
        versioned tables, most of them empty where Rattail holds Odoo POS
        data).  One query answers for all of them.  This package's importers
        always run (their first run is set-based)."""
        import sqlalchemy_continuum as continuum
        importers = self.get_importers()
        tables = {}
        for key in keys:
            importer = importers.get(key)
            if key in IMPORTERS or importer is None:
                continue
            try:
                live = importer.host_model_class.__table__
                version = continuum.version_class(importer.host_model_class).__table__
            except Exception:           # not a plain versioned table: let it run
                continue
            tables[key] = (live.name, version.name)
        if not tables:
            return list(keys)
        checks = sa.union_all(*(
            sa.select(sa.literal(key).label('key')).where(
                ~sa.exists(sa.select(sa.literal(1)).select_from(sa.table(live))),
                ~sa.exists(sa.select(sa.literal(1)).select_from(sa.table(version))))
            for key, (live, version) in tables.items()))
        session = self.app.make_session()
        try:
            empty = {key for (key,) in session.execute(checks)}
        finally:
            session.close()
        if empty:
            log.info("import-versions: %d of Rattail's tables hold nothing, live or "
                     "versioned: not read", len(empty))
        return [key for key in keys if key not in empty]

    def add_odoo_pos_importers(self, importers):
        """Called by the handler's ``get_importers``; returns *importers*."""
        importers.update(IMPORTERS)
        return importers


class OdooPosVersionsHandler(OdooPosVersionMixin, FromRattailToRattailVersions):
    """Rattail's versions handler plus this package's tables."""

    def get_importers(self):
        importers = super().get_importers()
        return self.add_odoo_pos_importers(importers)

