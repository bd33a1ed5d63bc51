# SPDX-License-Identifier: GPL-3.0-or-later
"""The read-ahead thread (importing/prefetch.py) on its own: how far it reads
ahead of the writer, that batches and an error come in order, that a writer
stopping early ends the reader, and the id bitmap the first load's
read-ahead keeps."""

from __future__ import annotations

import random
import threading

import pytest

from rattail_odoo_pos.importing.prefetch import Ahead, IdSet, annotated


class Source:
    """Batches 0..n-1 (fails at *fail*), recording how many were read."""

    def __init__(self, n: int, fail: int | None = None):
        self.n, self.fail, self.read = n, fail, 0
        self.more = threading.Condition()

    def __iter__(self):
        for i in range(self.n):
            if i == self.fail:
                raise RuntimeError(f"Odoo refused batch {i}")
            with self.more:
                self.read += 1
                self.more.notify_all()
            yield [i]

    def wait_read(self, count: int) -> None:
        with self.more:
            assert self.more.wait_for(lambda: self.read >= count, timeout=10)


@pytest.mark.parametrize('depth', [1, 2, 3])
def test_the_reader_stays_at_most_depth_batches_ahead(depth):
    src = Source(10)
    batches = Ahead(iter(src), depth=depth)
    src.wait_read(depth)
    for taken in range(1, 4):
        assert next(batches) == [taken - 1]
        src.wait_read(depth + taken)            # one more read for each one taken
        threading.Event().wait(0.05)            # and no further
        assert src.read == depth + taken
    assert list(batches) == [[i] for i in range(3, 10)]


def test_an_error_comes_after_the_batches_read_before_it():
    batches = Ahead(iter(Source(5, fail=3)), depth=3)
    assert next(batches) == [0]
    assert next(batches) == [1]
    assert next(batches) == [2]
    with pytest.raises(RuntimeError, match="refused batch 3"):
        next(batches)
    assert list(batches) == []


def test_a_writer_that_stops_early_ends_the_reader():
    src = Source(1000)
    batches = Ahead(iter(src), depth=2)
    assert next(batches) == [0]
    batches.close()
    assert not batches._thread.is_alive()
    assert src.read <= 3


def test_annotated_batches_carry_what_was_read_for_them():
    batches = list(annotated(iter([[1, 2], [], [3]]), lambda records: {'sum': sum(records)}))
    assert [list(b) for b in batches] == [[1, 2], [], [3]]
    assert [b.ahead for b in batches] == [{'sum': 3}, {}, {'sum': 3}]


def test_the_id_bitmap_answers_as_a_set():
    rng = random.Random(7)
    ids = {rng.randrange(1, 2_000_000) for _ in range(20_000)}
    bitmap, plain = IdSet(), set()
    for chunk in (sorted(ids)[::2], sorted(ids)[1::2]):
        bitmap.update(chunk)
        plain.update(chunk)
    probes = list(ids) + [rng.randrange(0, 2_100_000) for _ in range(20_000)] + [0, -1]
    assert [p in bitmap for p in probes] == [p in plain for p in probes]
    assert len(bitmap.bits) <= 2_000_000 // 8 * 2     # bytes, not objects
