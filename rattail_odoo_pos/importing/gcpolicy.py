# SPDX-License-Identifier: GPL-3.0-or-later
"""CPython's cyclic garbage collector during an import run.

The collector walks every tracked object of the oldest generation each time it
runs a full collection.  With Rattail's models, SQLAlchemy's mappers and the
import framework loaded, that is about 250,000 objects, about 0.1 s a time;
and a run allocates a record's dict, its lists and its converted values for
every record it reads, so the first generation fills every 700 allocations
and a full collection follows every few hundred of those.  An unpaced
100,000-line initial load spent 1.6 of its 10.4 s in the collector, 1.4 s of
it in twelve full collections (docs/benchmarks.md), none of which found
anything a run had left: a run's records are freed by reference counting when
their batch is written.

So, for the length of a run (:func:`run_gc`):

* what exists when it begins is frozen (:func:`gc.freeze`): moved to a
  generation no collection walks, and so again once the run's setup is done
  (:func:`settled`: the client connected, the mappers configured);
* the first generation holds :data:`GEN0_THRESHOLD` allocations before a
  collection (CPython's default: 700).

When the run ends, the frozen objects go back to the oldest generation
(:func:`gc.unfreeze`) and the thresholds are what they were, so a long-lived
process (the datasync daemon, a web app running an import) collects as before
and nothing frozen meanwhile is kept: cyclic garbage among it is found by the
next full collection.  Runs in threads of one process (a fleet's sources) share
one policy: the first to begin sets it, the last to end restores it.

At interpreter exit CPython runs one more full collection, over every object
still alive, only to free memory the operating system takes back anyway: about
0.6 s at the end of ``rattail import-odoo-pos`` and 1.1 s at the end of
``import-versions`` with Rattail's models, SQLAlchemy's mappers and Continuum's
version classes loaded (docs/benchmarks.md).  A process that ran an import,
``import-versions`` or an export freezes everything at exit instead
(:func:`skip_collection_at_exit`), so that collection finds nothing to walk.  Python never promised ``__del__`` for what
is alive at exit; what must be written (the log, the database's commits) is
written before.
"""

from __future__ import annotations

import atexit
import gc
import threading
from contextlib import contextmanager
from typing import Iterator

#: allocations (less deallocations) before a first-generation collection during a run
GEN0_THRESHOLD = 20_000

_lock = threading.Lock()
_runs = 0
_saved: tuple[int, int, int] | None = None
_at_exit = False


def skip_collection_at_exit() -> None:
    """Freeze every object when the interpreter exits (registered once per
    process; see the module): run before the exit handlers registered earlier,
    logging's among them, and before the interpreter's last collection."""
    global _at_exit
    with _lock:
        if not _at_exit:
            atexit.register(gc.freeze)
            _at_exit = True


@contextmanager
def run_gc() -> Iterator[None]:
    """The collector's policy for one import run (see the module)."""
    global _runs, _saved
    skip_collection_at_exit()
    with _lock:
        if _runs == 0:
            _saved = gc.get_threshold()
            gc.set_threshold(max(GEN0_THRESHOLD, _saved[0]), *_saved[1:])
            gc.freeze()
        _runs += 1
    try:
        yield
    finally:
        with _lock:
            _runs -= 1
            if _runs == 0 and _saved is not None:
                gc.unfreeze()
                gc.set_threshold(*_saved)
                _saved = None


def settled() -> None:
    """The run's setup is done (a client connected, the mappers configured):
    freeze what it made too.  Outside a run, nothing."""
    with _lock:
        if _runs:
            gc.freeze()


def running() -> bool:
    """Whether a run's policy is in force (tests)."""
    return _runs > 0
