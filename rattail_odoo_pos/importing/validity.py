# SPDX-License-Identifier: GPL-3.0-or-later
"""Versioned incremental runs: Continuum's version validity, set-based.

Profiling a versioned catch-up (``benchmarks/bench_incremental.py --catchup
--profile``, docs/benchmarks.md) shows where its time goes: for **every**
version row, Continuum's ``validity`` strategy
(``UnitOfWork.update_version_validity``) runs a ``SELECT`` of the previous
version (``transaction_id = (SELECT max(...) WHERE transaction_id < current)``),
and that query autoflushes the session first, so each new version row is also
inserted on its own (a nested flush per record, no executemany).

While a flushed session has ``session.info[KEY]`` set (the Odoo POS importers set it
for their batches unless ``[odoo_pos] versioned_batch = false``), the version
objects of a flush are only collected, inserted together by Continuum's one
``version_session.flush()``, and the previous versions' ``end_transaction_id``
is then set with one ``UPDATE ... FROM (SELECT key, max(transaction_id) ...
GROUP BY key)`` per version table and chunk of keys: the same rows get the
same value as Continuum's per-object update.  Other sessions (and threads)
keep Continuum's own path: the patch is installed once and checks the flag.
"""

from __future__ import annotations

import logging

import sqlalchemy as sa

log = logging.getLogger(__name__)

#: ``session.info`` key turning the set-based validity update on
KEY = 'odoo_pos_batched_validity'
_ATTR = '_odoo_pos_validity_pending'
_ON = '_odoo_pos_validity_on'
_installed = False


def enabled(config) -> bool:
    """``[odoo_pos] versioned_batch`` (default true)."""
    return bool(config.get_bool('odoo_pos.versioned_batch', default=True, usedb=False))


def install() -> None:
    """Wrap Continuum's UnitOfWork (once per process)."""
    global _installed
    if _installed:
        return
    from sqlalchemy_continuum.unit_of_work import UnitOfWork
    original_validity = UnitOfWork.update_version_validity
    original_create = UnitOfWork.create_version_objects

    def update_version_validity(self, parent, version_obj):
        # the version objects live in Continuum's own version_session: the
        # flag is the one of the session being flushed (create_version_objects)
        if not self.__dict__.get(_ON):
            return original_validity(self, parent, version_obj)
        self.__dict__.setdefault(_ATTR, []).append(version_obj)

    def create_version_objects(self, session):
        self.__dict__[_ON] = bool(session.info.get(KEY))
        try:
            original_create(self, session)      # ends with one version_session.flush()
        finally:
            self.__dict__[_ON] = False
        pending = self.__dict__.pop(_ATTR, None)
        if pending:
            end_previous_versions(self, pending)

    UnitOfWork.update_version_validity = update_version_validity
    UnitOfWork.create_version_objects = create_version_objects
    _installed = True


def end_previous_versions(uow, version_objs: list, chunk: int = 5000) -> None:
    """Set ``end_transaction_id`` of the previous version of each of
    *version_objs* to the current transaction, one statement per table and chunk."""
    from sqlalchemy_continuum.utils import end_tx_column_name, tx_column_name
    from sqlalchemy_continuum.utils import get_primary_keys
    manager = uow.manager
    current = uow.current_transaction.id
    by_class: dict[type, list] = {}
    for obj in version_objs:
        by_class.setdefault(type(obj), []).append(obj)
    for version_cls, objs in by_class.items():
        session = sa.orm.object_session(objs[0])
        tx_name, end_name = tx_column_name(objs[0]), end_tx_column_name(objs[0])
        for class_ in version_cls.__mro__:
            if class_ not in manager.parent_class_map:
                continue
            table = class_.__table__
            keys = [pk for pk in get_primary_keys(class_) if pk != tx_column_name(class_)]
            values = sorted({tuple(getattr(o, k) for k in keys) for o in objs})
            old = table.alias('previous')
            for i in range(0, len(values), chunk):
                part = values[i:i + chunk]
                if len(keys) == 1:
                    match = old.c[keys[0]].in_([v[0] for v in part])
                else:
                    match = sa.tuple_(*[old.c[k] for k in keys]).in_(part)
                prev = (sa.select(*[old.c[k] for k in keys],
                                  sa.func.max(old.c[tx_name]).label('prev_tx'))
                        .where(match, old.c[tx_name] < current)
                        .group_by(*[old.c[k] for k in keys]).subquery())
                stmt = (table.update()
                        .where(*[table.c[k] == prev.c[k] for k in keys],
                               table.c[tx_name] == prev.c.prev_tx)
                        .values({end_name: current}))
                session.execute(stmt)


def use(config, session) -> None:
    """Turn the set-based path on for *session* (unless ``versioned_batch = false``)."""
    if session is not None and enabled(config):
        install()
        session.info[KEY] = True
