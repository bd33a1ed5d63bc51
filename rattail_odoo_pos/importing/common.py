# SPDX-License-Identifier: GPL-3.0-or-later
"""What the streaming importers (Odoo POS -> Rattail, and their versions) share."""

from __future__ import annotations

import datetime
from typing import Iterator, Sequence

def lookback(config) -> datetime.timedelta:
    """``[odoo_pos] lookback_minutes``: how far before each cursor a run re-reads."""
    from rattail_odoo_pos.config import get_setting
    return datetime.timedelta(minutes=get_setting(config, 'lookback_minutes'))


def chunks(items: Sequence, size: int) -> Iterator[Sequence]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


class ChunkedImporterMixin:
    """For importers that run rattail's ``_import_create_update`` once per
    batch with the run's own created/updated lists."""

    def limit_reached(self, created: int, updated: int) -> bool:
        """Whether a ``--max-create/--max-update/--max-total`` limit is reached
        (counted across batches; rattail stops only within one)."""
        return any(limit and count >= limit for limit, count in (
            (self.max_create, created), (self.max_update, updated),
            (self.max_total, created + updated)))


class CollectChangesOnlyForWarningsMixin:
    """Import handler mixin: keep every changed record only when a warnings
    email will list them (else memory would grow with the run)."""

    def import_data(self, *keys, **kwargs):
        self.collect_changes_for_processing = bool(kwargs.get('warnings'))
        return super().import_data(*keys, **kwargs)
