# SPDX-License-Identifier: GPL-3.0-or-later
"""The garbage collector's policy during a run (importing/gcpolicy.py): in
force for the run, frozen objects and thresholds given back afterwards (also
after an error, and only when the last of runs in parallel threads ends), and
a real import run in this process under it lands what the sandbox holds."""

from __future__ import annotations

import gc
import threading
import weakref

import pytest
from rattail.config import make_config

from odoo_pos_dev.testing import assert_equal_to_sandbox
from rattail_odoo_pos.importing import gcpolicy


@pytest.fixture(autouse=True)
def clean_gc():
    assert not gcpolicy.running() and gc.get_freeze_count() == 0
    before = gc.get_threshold()
    yield before
    assert gc.get_threshold() == before and gc.get_freeze_count() == 0
    assert not gcpolicy.running()


def test_a_run_freezes_and_raises_the_threshold_then_gives_both_back(clean_gc):
    with gcpolicy.run_gc():
        assert gc.get_threshold() == (gcpolicy.GEN0_THRESHOLD, *clean_gc[1:])
        frozen = gc.get_freeze_count()
        assert frozen > 1000                    # the interpreter, pytest, rattail
        made = [[n] for n in range(5000)]       # the run's setup
        gcpolicy.settled()
        assert gc.get_freeze_count() >= frozen + 5000
        assert gc.is_tracked(made[0])
    assert gc.get_threshold() == clean_gc and gc.get_freeze_count() == 0


def test_outside_a_run_settled_freezes_nothing():
    gcpolicy.settled()
    assert gc.get_freeze_count() == 0


def test_an_error_in_the_run_still_gives_everything_back(clean_gc):
    with pytest.raises(RuntimeError, match="Odoo went away"):
        with gcpolicy.run_gc():
            raise RuntimeError("Odoo went away")
    assert gc.get_threshold() == clean_gc and gc.get_freeze_count() == 0


def test_cyclic_garbage_frozen_during_a_run_is_collected_after_it():
    class Node:
        pass
    with gcpolicy.run_gc():
        a, b = Node(), Node()
        a.other, b.other = b, a                 # a cycle only the collector frees
        gone = weakref.ref(a)
        gcpolicy.settled()
        del a, b
        gc.collect()
        assert gone() is not None               # frozen: not walked, so not freed yet
    gc.collect()
    assert gone() is None


def test_runs_in_threads_share_the_policy_and_the_last_gives_it_back(clean_gc):
    first_in, second_in, first_out = threading.Event(), threading.Event(), threading.Event()
    seen = {}

    def first():
        with gcpolicy.run_gc():
            first_in.set()
            second_in.wait(10)
        first_out.set()

    def second():
        first_in.wait(10)
        with gcpolicy.run_gc():
            second_in.set()
            first_out.wait(10)
            seen['after first ended'] = (gc.get_threshold(), gc.get_freeze_count())

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(20)
    threshold, frozen = seen['after first ended']
    assert threshold[0] == gcpolicy.GEN0_THRESHOLD and frozen > 0
    assert gc.get_threshold() == clean_gc and gc.get_freeze_count() == 0


def test_an_import_run_collects_under_the_policy_and_lands_the_sandbox(
        rattail_config, sandbox, clean_gc):
    """The policy is in force at every collection of a real run (the thresholds
    the collector ran with are recorded), gone after it, and the run's data is
    the sandbox's to the cent."""
    config = make_config([str(rattail_config.path)], usedb=False, versioning=False)
    app = config.get_app()
    handler = app.get_import_handler('to_rattail.from_odoo_pos.import', require=True)
    keys = handler.get_default_keys()
    during = []

    def record(phase, info):
        # a collection right after the run (thresholds given back) is not the run's
        if phase == 'start' and gcpolicy.running():
            during.append((gc.get_threshold()[0], gc.get_freeze_count() > 0,
                           info['generation']))
    gc.callbacks.append(record)
    try:
        handler.import_data(*keys)
    finally:
        gc.callbacks.remove(record)
    assert during, "no collection while the run's policy was in force"
    assert {(threshold, frozen) for threshold, frozen, _ in during} == {
        (gcpolicy.GEN0_THRESHOLD, True)}
    assert_equal_to_sandbox(rattail_config, sandbox.sandbox)


@pytest.mark.parametrize('runs', [True, False])
def test_a_process_that_ran_an_import_skips_the_collection_at_exit(runs, tmp_path):
    """After a run, the process freezes every object when it exits, so the
    interpreter's last full collection walks nothing; the run itself still
    gives the frozen objects back.  A process that ran none exits as Python
    does.  (An exit handler registered before the run's is called after it.)"""
    import subprocess
    import sys
    script = tmp_path / 'exits.py'
    script.write_text(
        "import atexit, gc\n"
        "atexit.register(lambda: print('frozen at exit:', gc.get_freeze_count() > 0))\n"
        "from rattail_odoo_pos.importing import gcpolicy\n"
        f"if {runs}:\n"
        "    with gcpolicy.run_gc():\n"
        "        pass\n"
        "print('after the run:', gc.get_freeze_count())\n")
    out = subprocess.run([sys.executable, str(script)], capture_output=True, text=True,
                         check=True).stdout.splitlines()
    assert out == ['after the run: 0', f'frozen at exit: {runs}']
