# SPDX-License-Identifier: GPL-3.0-or-later
"""Read batch N+1 from Odoo while batch N is written to PostgreSQL.

:func:`ahead` runs a batch iterator (``OdooClient.iter_changed``) in a reader
thread, **one batch ahead**: the reader asks Odoo for the next batch only when
the writer has taken the previous one, so at most two batches are in memory
(the one being written, the one being read).  The importer still advances its
cursor only after a batch is committed; a batch read but not written when the
run stops is simply read again next time.  An error in the reader is raised
in the writer, unchanged, where the batch would have been (so it surfaces as
the same one-line error as without prefetching).

The reader shares the importer's :class:`~rattail_odoo_pos.odoo.OdooClient`:
odoorpc opens one HTTP connection per call and its cookie jar is locked, so
two calls at once (the reader's page, the writer's look-up of a referenced
record) are safe.  ``[odoo_pos] prefetch = false`` reads in the writer's
thread, as before.
"""

from __future__ import annotations

import threading
from typing import Iterator, TypeVar

T = TypeVar('T')

_END = object()


def enabled(config) -> bool:
    """``[odoo_pos] prefetch`` (default true)."""
    return bool(config.get_bool('odoo_pos.prefetch', default=True, usedb=False))


class _Reader:
    """The reader thread's state (the thread holds this, not the :class:`Ahead`
    the writer iterates, so a writer that drops its iterator early ends the
    reader through :meth:`Ahead.__del__`)."""

    def __init__(self, batches: Iterator):
        self.batches = batches
        self.want = threading.Semaphore(1)      # the writer asks for one batch
        self.ready = threading.Semaphore(0)     # the reader has one
        self.item: object = None
        self.error: BaseException | None = None
        self.stop = False

    def run(self) -> None:
        while True:
            self.want.acquire()
            if self.stop:
                break
            try:
                self.item = next(self.batches)
            except StopIteration:
                self.item = _END
            except BaseException as error:      # surfaces in the writer
                self.error = error
                self.item = _END
            self.ready.release()
            if self.item is _END:
                break
        close = getattr(self.batches, 'close', None)
        if close is not None:
            try:
                close()
            except Exception:
                pass


class Ahead:
    """An iterator over *batches* that reads one batch ahead in a thread."""

    def __init__(self, batches: Iterator[T], name: str = 'odoo-pos-prefetch'):
        self._reader = reader = _Reader(batches)
        self._done = False
        self._thread = threading.Thread(target=reader.run, name=name, daemon=True)
        self._thread.start()

    def __iter__(self) -> 'Ahead':
        return self

    def __next__(self) -> T:
        if self._done:
            raise StopIteration
        reader = self._reader
        reader.ready.acquire()
        item, error = reader.item, reader.error
        reader.item = None
        if item is _END:
            self._done = True
            reader.error = None
            if error is not None:
                raise error
            raise StopIteration
        reader.want.release()                   # read the next one while this is written
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


def ahead(config, batches: Iterator[T]) -> Iterator[T]:
    """*batches*, read one ahead in a thread unless ``[odoo_pos] prefetch`` is off."""
    return Ahead(batches) if enabled(config) else batches
