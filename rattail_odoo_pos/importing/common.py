# SPDX-License-Identifier: GPL-3.0-or-later
"""What the streaming importers (Odoo POS -> Rattail, and their versions) share."""

from __future__ import annotations

import datetime
import difflib
from typing import Iterator, Sequence

from rattail_odoo_pos.odoo.errors import OdooConfigError


def refuse_unknown_models(keys, known, doing: str) -> None:
    """A model name of *keys* not in *known* (the handler's importer keys) stops
    the run before anything is read or written, with one line naming the closest
    known name and all of them (rattail's framework would only warn and skip it,
    and the command would end as if it had run).  *doing*: 'import', 'export'."""
    unknown = [key for key in keys if key not in known]
    if unknown:
        hints = [f"{key} (did you mean {close[0]}?)" if close else key
                 for key in unknown for close in [difflib.get_close_matches(key, known, 1)]]
        raise OdooConfigError(f"no model {', '.join(hints)} to {doing}; the models: "
                              f"{', '.join(known)}")


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


class Tally:
    """A stand-in for rattail's created/updated/deleted lists when changes are
    not collected: it counts what is appended and keeps nothing, so a run's
    memory does not grow with its size while ``len()`` stays the true count."""

    __slots__ = ('count',)

    def __init__(self, count: int = 0):
        self.count = count

    def append(self, item) -> None:
        self.count += 1

    def extend(self, items) -> None:
        self.count += sum(1 for _ in items)

    def __len__(self) -> int:
        return self.count

    def __bool__(self) -> bool:
        return self.count > 0

    def __iter__(self):
        return iter(())

    def __delitem__(self, index) -> None:
        # ``del tally[n:]`` (undo a failed batch) keeps the first n
        if isinstance(index, slice) and index.stop is None and index.step is None:
            start = index.start or 0
            if start < 0:
                start = max(self.count + start, 0)
            self.count = min(self.count, start)
        else:
            raise TypeError("a Tally only supports del tally[n:]")

    def __repr__(self) -> str:
        return f"Tally({self.count})"


def change_list(collect: bool):
    """A list (changes collected) or a :class:`Tally` (only counted)."""
    return [] if collect else Tally()


class CollectChangesOnlyForWarningsMixin:
    """Import handler mixin: this package's chunked importers keep every
    changed record only when a warnings email will list them (else they only
    count, see :class:`Tally`); other importers the handler runs (rattail's
    own version importers, say) keep the handler's setting, so every importer
    reports true "added/updated/deleted" counts."""

    def get_importer_kwargs(self, key, **kwargs):
        kwargs = super().get_importer_kwargs(key, **kwargs)
        factory = self.importers.get(key)
        if isinstance(factory, type) and issubclass(factory, ChunkedImporterMixin):
            kwargs['collect_changes_for_processing'] = bool(
                getattr(self, 'warnings', False)
                and kwargs.get('collect_changes_for_processing', True))
        return kwargs
