# SPDX-License-Identifier: GPL-3.0-or-later
"""Read Odoo's next batches while the current one is written to PostgreSQL.

:func:`ahead` runs a batch iterator (``OdooClient.iter_changed``) in a reader
thread, at most ``[odoo_pos] prefetch_depth`` batches ahead of the writer (2
by default): the reader asks Odoo for another batch only while fewer than that
many are read and not yet taken, so memory holds at most ``depth + 1`` batches
(those read ahead, the one being written).  The importer still advances its
cursor only after a batch is committed; a batch read but not written when the
run stops is simply read again next time.  An error in the reader is raised in
the writer, unchanged, where the batch would have been (so it surfaces as the
same one-line error as without prefetching).

Why more than one ahead: the writer asks Odoo small questions of its own (which
orders of a batch are refunds, a referenced line not read yet).  A server that
serves one request at a time answers them after the reader's request in flight,
and with a single batch ahead the reader then waits for the writer to finish
before asking for the next one: Odoo idles for the rest of each batch's write
(about a third of a paced load, docs/benchmarks.md).  Two ahead keep a request
queued at Odoo while the writer works.

The reader shares the importer's :class:`~rattail_odoo_pos.odoo.OdooClient`:
odoorpc opens one HTTP connection per call and its cookie jar is locked, so
two calls at once (the reader's page, the writer's look-up of a referenced
record) are safe.  ``[odoo_pos] prefetch = false`` reads in the writer's
thread, as before.
"""

from __future__ import annotations

import collections
import logging
import threading
import time
from typing import Iterator, TypeVar

T = TypeVar('T')

log = logging.getLogger(__name__)

_END = object()


def enabled(config) -> bool:
    """``[odoo_pos] prefetch`` (default true)."""
    return bool(config.get_bool('odoo_pos.prefetch', default=True, usedb=False))


def depth(config) -> int:
    """``[odoo_pos] prefetch_depth``: batches read ahead of the writer (at least 1)."""
    from rattail_odoo_pos.config import get_setting
    return max(1, get_setting(config, 'prefetch_depth'))   # not a number: one line naming it


class _Reader:
    """The reader thread's state (the thread holds this, not the :class:`Ahead`
    the writer iterates, so a writer that drops its iterator early ends the
    reader through :meth:`Ahead.__del__`)."""

    def __init__(self, batches: Iterator, depth: int):
        self.batches = batches
        self.want = threading.Semaphore(depth)  # room for this many batches read ahead
        self.ready = threading.Semaphore(0)     # batches read and not yet taken
        self.items: collections.deque = collections.deque()
        self.error: BaseException | None = None
        self.stop = False
        self.waited = 0.0                       # reader blocked: all read ahead, writer busy

    def run(self) -> None:
        while True:
            if not self.want.acquire(blocking=False):
                began = time.monotonic()
                self.want.acquire()
                self.waited += time.monotonic() - began
            if self.stop:
                break
            try:
                item = next(self.batches)
            except StopIteration:
                item = _END
            except BaseException as error:      # surfaces in the writer
                self.error = error
                item = _END
            self.items.append(item)
            self.ready.release()
            if item is _END:
                break
        close = getattr(self.batches, 'close', None)
        if close is not None:
            try:
                close()
            except Exception:
                pass


class Ahead:
    """An iterator over *batches* that reads up to *depth* batches ahead in a thread."""

    def __init__(self, batches: Iterator[T], name: str = 'odoo-pos-prefetch', depth: int = 2):
        self._reader = reader = _Reader(batches, max(1, depth))
        self._done = False
        self.name = name
        self.waited = 0.0                       # writer blocked: nothing read yet
        self._began = time.monotonic()
        self._thread = threading.Thread(target=reader.run, name=name, daemon=True)
        self._thread.start()

    def __iter__(self) -> 'Ahead':
        return self

    def __next__(self) -> T:
        if self._done:
            raise StopIteration
        reader = self._reader
        if not reader.ready.acquire(blocking=False):
            began = time.monotonic()
            reader.ready.acquire()
            self.waited += time.monotonic() - began
        item = reader.items.popleft()
        if item is _END:
            self._done = True
            log.debug("%s: %.2fs in all; the writer waited %.2fs for Odoo, the reader "
                      "%.2fs for the writer", self.name, time.monotonic() - self._began,
                      self.waited, reader.waited)
            error, reader.error = reader.error, None
            if error is not None:
                raise error
            raise StopIteration
        reader.want.release()                   # room for one more while this is written
        return item

    def close(self, wait: bool = True) -> None:
        """Stop reading (the writer stopped early); waits for a read in flight."""
        if self._done:
            return
        self._done = True
        self._reader.stop = True
        self._reader.want.release()
        if wait:
            self._thread.join()

    def __del__(self) -> None:
        self.close(wait=False)

    def __enter__(self) -> 'Ahead':
        return self

    def __exit__(self, *exc) -> None:
        self.close()


class IdSet:
    """A set of Odoo ids (small positive integers) as a bitmap: 1M ids take
    125 KB, where a ``set`` would take tens of MB."""

    def __init__(self):
        self.bits = bytearray()

    def add(self, i: int) -> None:
        byte = i >> 3
        if byte >= len(self.bits):
            self.bits.extend(bytes(max(byte + 1 - len(self.bits), len(self.bits))))
        self.bits[byte] |= 1 << (i & 7)

    def update(self, ids) -> None:
        for i in ids:
            self.add(i)

    def __contains__(self, i: int) -> bool:
        byte = i >> 3
        return 0 <= byte < len(self.bits) and bool(self.bits[byte] & (1 << (i & 7)))


class Batch(list):
    """A batch of records with what the reader read for it (:func:`annotated`)
    and, on the bulk path, each record as Odoo 17 sends it with its values
    converted (``converted``: ``(record, values or None)`` pairs, see
    :meth:`~rattail_odoo_pos.importing.bulk.BulkWriter.converter`)."""
    ahead: dict = {}
    converted: list | None = None


def annotated(batches: Iterator[list], read, then=None, convert=None) -> Iterator[Batch]:
    """*batches*, each with ``read(records)`` as its ``ahead`` and
    ``convert(records)`` as its ``converted`` (when given), and ``then()``
    once they are all read (run where the batches are read: in the reader
    thread when :func:`ahead` wraps this)."""
    for records in batches:
        batch = Batch(records)
        batch.ahead = read(records) if records else {}
        if convert is not None:
            batch.converted = convert(records)
        yield batch
    if then is not None:
        then()


def keep_next_read(handler, source: str, model: str, fields, domain, begin) -> None:
    """Begin the next full read now, while the model before it is still
    written, and keep it on *handler* for :func:`take_next_read`: ``begin()``
    gives ``(start, batches)`` (in id order: what the read begins with and its
    batches, read ahead in their own thread; in ``write_date`` order: its first
    page and None).  A failure is left for that read itself to meet and report."""
    try:
        start, batches = begin()
    except Exception:
        log.debug("reading the start of %s ahead failed", model, exc_info=True)
        return
    kept = handler.__dict__.setdefault('next_reads', {})
    old = kept.pop((source, model), None)
    if old is not None:
        stop(old[3])
    kept[(source, model)] = (list(fields), repr(list(domain)), start, batches)


def take_next_read(handler, source: str, model: str, fields, domain) -> tuple | None:
    """``(start, batches)`` of the read kept by :func:`keep_next_read` for this
    read, if it was begun with these fields and domain (else it is stopped)."""
    kept = getattr(handler, 'next_reads', {}).pop((source, model), None)
    if kept is None:
        return None
    if kept[0] != list(fields) or kept[1] != repr(list(domain)):
        stop(kept[3])
        return None
    return kept[2], kept[3]


def drop_next_reads(handler) -> None:
    """Stop the reads kept and not taken (the run stopped before their model)."""
    for kept in getattr(handler, 'next_reads', {}).values():
        stop(kept[3])
    handler.__dict__['next_reads'] = {}


def stop(batches) -> None:
    """Stop reading *batches* kept ahead (None: nothing to stop)."""
    close = getattr(batches, 'close', None)
    if close is not None:
        try:
            close(wait=False) if isinstance(batches, Ahead) else close()
        except Exception:
            log.debug("stopping a read kept ahead failed", exc_info=True)


def ahead(config, batches: Iterator[T], name: str = 'odoo-pos-prefetch') -> Iterator[T]:
    """*batches*, read ahead in a thread unless ``[odoo_pos] prefetch`` is off."""
    return Ahead(batches, name, depth(config)) if enabled(config) else batches
