# SPDX-License-Identifier: GPL-3.0-or-later
"""A fleet of sources read in parallel (``[odoo_pos] fleet.parallel``).

``rattail import-odoo-pos`` with more than one source and ``fleet.parallel``
above 1 runs one copy of the import handler per source, ``fleet.parallel`` at
a time, each in a thread of its own with its own PostgreSQL session, Odoo client
and advisory lock: what a run of that one source (``--source KEY``) does, so a
source that is down costs only its own timeout and the others finish.  The
copies' counts and changes are merged into the handler's (one warnings email,
one "added/updated/deleted" line per model), their failures into one
:class:`~rattail_odoo_pos.importing.odoo_pos.ImportFailed` naming each failed
source (exit code 1; 75 when the only trouble was another run's lock).

The importers of records that sources share (native Rattail records found by
natural key: stores, departments, taxes, products, customers, employees,
tenders) write one source at a time: a batch of such records is written and
committed while holding one lock of the run, so two sources never create the
same product twice.  Reading Odoo (the login, the ``search_read`` of what
changed, the window check) is done outside that lock, and a source with
nothing to write never takes it: an idle run of 200 sources does not queue
its 1,400 reads of shared models behind one lock.  Orders, lines, payments and
the rest run side by side.  Runs with a
``--max-create/update/delete/total`` limit stay serial: rattail's limits count
across the sources of one importer.
"""

from __future__ import annotations

import copy
import logging
import threading
from collections import OrderedDict
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from rattail_odoo_pos.importing.common import Tally

log = logging.getLogger(__name__)

#: rattail's limits: a run that sets one stays serial
MAX_KEYS = ('max_create', 'max_update', 'max_delete', 'max_total')
#: PostgreSQL connections one source's thread may hold at once (its session, its
#: advisory lock, a short one to record its status or a cursor's error)
CONNECTIONS_PER_SOURCE = 3


def fleet_parallel(config: Any) -> int:
    """``[odoo_pos] fleet.parallel``: sources read at a time (1: one after the other)."""
    from rattail_odoo_pos.config import get_setting
    return max(1, int(get_setting(config, 'fleet.parallel') or 1))


def wants_fleet(handler: Any, kwargs: dict) -> bool:
    """Whether this run of *handler* reads its sources in parallel."""
    if getattr(handler, 'fleet_source', None) is not None:
        return False                     # a copy running one source
    if any(kwargs.get(key) for key in MAX_KEYS):
        return False
    return fleet_parallel(handler.config) > 1 and len(handler.sources) > 1


def pool_room(handler: Any) -> int | None:
    """Sources the database connection pool can serve at once (None: no limit)."""
    session = handler.app.make_session()
    try:
        pool = session.get_bind().pool
    finally:
        session.close()
    size = getattr(pool, 'size', None)
    if not callable(size):
        return None
    return max(1, (size() + max(0, getattr(pool, '_max_overflow', 0))) // CONNECTIONS_PER_SOURCE)


def run_fleet(handler: Any, keys: tuple, kwargs: dict) -> OrderedDict:
    """``import_data`` of *handler* with its sources in parallel (see the module)."""
    from rattail_odoo_pos.importing.odoo_pos import ImportFailed
    from rattail_odoo_pos.locks import SourceLocked
    sources = handler.sources
    handler.import_began = handler.app.make_utc(tzinfo=True)
    if 'dry_run' in kwargs:
        handler.dry_run = kwargs['dry_run']
    handler.warnings = kwargs.get('warnings', False)
    kwargs = dict(kwargs, progress=None)         # progress bars of threads would interleave
    kwargs.pop('retain_used_importers', None)
    parallel = min(fleet_parallel(handler.config), len(sources))
    room = pool_room(handler)
    if room is not None and room < parallel:
        log.warning("[odoo_pos] fleet.parallel = %d, but the PostgreSQL connection pool "
                    "serves %d sources at a time (%d connections each): using %d; raise "
                    "[rattail.db] default.pool_size to read more at once",
                    parallel, room, CONNECTIONS_PER_SOURCE, room)
        parallel = room
    log.info("reading %d Odoo sources, %d at a time", len(sources), parallel)

    shared = shared_keys(keys)
    native_lock = threading.Lock()

    def one(source: str):
        sub = copy.copy(handler)
        sub.fleet_source = source
        sub.get_importer = _one_at_a_time(sub, source, shared, native_lock)
        sub.sources_requested = [source]
        sub.host_title = f"{handler.host_title} {source}"
        stash: OrderedDict = OrderedDict()
        sub.process_changes = stash.update          # the one email is the fleet's
        try:
            sub.import_data(*keys, **kwargs)
            error = None
        except Exception as exc:                     # noqa: BLE001 - reported below
            error = exc
        return source, sub, stash, error

    with ThreadPoolExecutor(max_workers=parallel, thread_name_prefix='odoo-pos-source') as pool:
        results = list(pool.map(one, sources))

    changes: OrderedDict = OrderedDict()
    handler.failures, handler.failed_sources, handler._rejected = [], {}, {}
    handler._sources = sources
    locked, broken = [], []
    for source, sub, stash, error in results:
        for key, (created, updated, deleted) in stash.items():
            if key == 'OdooPosRejected':
                continue
            before = changes.get(key, ([], [], []))
            changes[key] = (_merged(before[0], created), _merged(before[1], updated),
                            _merged(before[2], deleted))
        handler._rejected.update(getattr(sub, '_rejected', {}))
        handler.failed_sources.update(getattr(sub, 'failed_sources', {}))
        if isinstance(error, ImportFailed):
            handler.failures.extend(error.failures)
        elif isinstance(error, SourceLocked):
            locked.append(error)
            handler.failures.append((source, None, error))
        elif error is not None:
            log.error("Odoo source '%s' failed: %s", source, handler.mask(
                source, f"{type(error).__name__}: {error}"), exc_info=error)
            broken.append(error)
    for key in [k for k in keys if k in changes]:
        created, updated, deleted = changes[key]
        msg = "%s -> %s: added %s; updated %s; deleted %s %s records"
        if handler.dry_run:
            msg += " (dry run)"
        (log.warning if handler.warnings else log.info)(
            msg, handler.host_title, handler.local_title, f"{len(created):,d}",
            f"{len(updated):,d}", f"{len(deleted):,d}", key)
    if changes or (handler.warnings and handler.rejected_now()):
        handler.process_changes(changes)
    if broken:
        raise broken[0]
    if locked and len(locked) == len(handler.failures):
        raise locked[0]
    if handler.failures:
        raise ImportFailed(handler.failures)
    return changes


def shared_keys(keys: tuple) -> set[str]:
    """The importer keys whose records sources share (native Rattail records
    found by natural key: the same product in two shops is one product)."""
    from rattail_odoo_pos.entities import ENTITIES
    return {e.class_name for e in ENTITIES.values() if e.native} & set(keys)


def _one_at_a_time(sub: Any, source: str, shared: set[str], lock: threading.Lock):
    """``get_importer`` of *sub* whose importers of *shared* keys write one source at
    a time: two sources creating the same product at once would each create it.
    The lock is taken when a batch is to be written (``import_batch``, and
    ``delete_missing``) and released once it is committed (``commit_batch``) or
    the importer's run ends; what is read from Odoo is read without it."""
    get_importer = sub.get_importer

    def wrapped(key, **kwargs):
        importer = get_importer(key, **kwargs)
        if importer is None or key not in shared:
            return importer
        held = threading.local()

        def take() -> None:
            if not getattr(held, 'on', False):
                lock.acquire()
                held.on = True

        def let_go() -> None:
            if getattr(held, 'on', False):
                held.on = False
                lock.release()

        def writing(func):
            def call(*args, **kw):
                take()
                return func(*args, **kw)
            return call

        def releasing(func):
            def call(*args, **kw):
                try:
                    return func(*args, **kw)
                finally:
                    let_go()
            return call

        importer.import_batch = writing(importer.import_batch)
        importer.delete_missing = writing(importer.delete_missing)
        importer.commit_batch = releasing(importer.commit_batch)
        importer.import_data = releasing(importer.import_data)
        return importer
    return wrapped


def _merged(a: Any, b: Any) -> Any:
    """Two created/updated/deleted collections as one (lists joined, counts added)."""
    if isinstance(a, list) and isinstance(b, list):
        return a + b
    return Tally(len(a) + len(b))
