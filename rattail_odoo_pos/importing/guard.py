# SPDX-License-Identifier: GPL-3.0-or-later
"""Deletions are decided only from a complete, trustworthy read.

Before a run deletes the local rows whose Odoo record is gone, the numbers
are checked here.  Nothing is deleted, and :class:`DeletionRefused` says why in
one line, when

* Odoo returned **no ids at all** for a model that has local rows (a record
  rule, a revoked right or a wrong company makes a model look empty);
* the run would delete more than ``[odoo_pos] delete.max_share`` of the
  model's local rows (default 0.05, i.e. 5 %; up to
  :data:`ALWAYS_ALLOWED` rows are never refused by this rule);
* the run would delete more than ``[odoo_pos] delete.max_count`` rows (no
  limit unless set).

``--force-delete`` (``allow=True``) overrides the last two rules, never the
first one: an empty read is never believed.  The import, the datasync
consumer and the exporters all call :func:`check_deletions`.
"""

from __future__ import annotations

from typing import Any

from rattail_odoo_pos.odoo.errors import OdooPosError

#: a run may always delete this many rows of a model (unless Odoo returned none)
ALWAYS_ALLOWED = 2

#: exit code of a run that refused deletions (and imported everything else)
EXIT_DELETION_REFUSED = 3


class DeletionRefused(OdooPosError):
    """A deletion the guard would not believe."""


def limits(config: Any) -> tuple[float, int | None]:
    """``(max_share, max_count)`` from the config."""
    from rattail_odoo_pos.config import get_setting
    share = get_setting(config, 'delete.max_share')
    count = get_setting(config, 'delete.max_count')
    return share, count


def check_deletions(config: Any, *, source: str, odoo_model: str, local_count: int,
                    odoo_count: int, gone: int, allow: bool = False) -> None:
    """Raise :class:`DeletionRefused` unless deleting *gone* of *local_count*
    local rows, when Odoo returned *odoo_count* ids, is believable."""
    if not gone:
        return
    where = f"Odoo source '{source}': {odoo_model}"
    if odoo_count == 0:
        raise DeletionRefused(
            f"{where}: Odoo returned no records at all, so the {local_count:,} local "
            f"record(s) were NOT deleted (a record rule, a missing access right or a wrong "
            f"company of the sync user looks exactly like this; check the user in Odoo)",
            source=source, odoo_model=odoo_model)
    if allow:
        return
    share, count = limits(config)
    if count is not None and gone > count:
        raise DeletionRefused(
            f"{where}: refusing to delete {gone:,} of {local_count:,} local records "
            f"(more than [odoo_pos] delete.max_count = {count:,}; Odoo returned "
            f"{odoo_count:,}); nothing deleted. If Odoo really lost them, re-run with "
            f"--force-delete", source=source, odoo_model=odoo_model)
    if gone > ALWAYS_ALLOWED and gone > share * local_count:
        raise DeletionRefused(
            f"{where}: refusing to delete {gone:,} of {local_count:,} local records "
            f"({gone / local_count:.0%}, more than [odoo_pos] delete.max_share = "
            f"{share:.0%}; Odoo returned {odoo_count:,}); nothing deleted. If Odoo "
            f"really lost them, re-run with --force-delete", source=source, odoo_model=odoo_model)
