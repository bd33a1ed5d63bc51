# SPDX-License-Identifier: GPL-3.0-or-later
"""The per-source advisory locks in one long-running process (the datasync
daemon takes and releases them on every cycle, on pooled connections)."""

from __future__ import annotations

import pytest

from odoo_pos_dev.testing import scalar
from rattail_odoo_pos.locks import SourceLocked, SourceLocks

HELD = "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted"


def test_locks_are_released_for_the_next_cycle_and_exclude_a_second_holder(rattail_config):
    config = rattail_config.config
    for _ in range(3):                       # take, release, take again: nothing leaks
        with SourceLocks(config, ['default', 'other'], 'datasync', wait_seconds=0):
            with pytest.raises(SourceLocked) as info:
                SourceLocks(config, ['other'], 'import-odoo-pos', wait_seconds=0).acquire()
            assert "Odoo source 'other': another run holds its lock (held by " \
                   "rattail-odoo-pos datasync pid " in str(info.value)
            assert scalar(rattail_config, HELD) == 2
        # released for real, not only handed back to the connection pool with
        # the locks still on it (another process would wait for ever)
        assert scalar(rattail_config, HELD) == 0
    # another source is never blocked
    with SourceLocks(config, ['default'], 'a', wait_seconds=0):
        SourceLocks(config, ['third'], 'b', wait_seconds=0).acquire().release()
