# SPDX-License-Identifier: GPL-3.0-or-later
"""The grid of this plugin's list pages: Tailbone's grid, checking what a
request asks of it before the settings are loaded (and stored in the session).

An unknown sort key or filter comparison, a date filter value that is not a
date from :data:`~tailbone_odoo_pos.hardening.DATE_MIN` to
:data:`~tailbone_odoo_pos.hardening.DATE_MAX`, or a number filter value that
is no number (or an absurd one) answers HTTP 400 with a message, instead of a
500 or a silently ignored filter.  The page size is capped at
``odoo_pos.web.max_pagesize`` whatever the request, session or user defaults
say.  (The request-wide checks, NUL characters, sort directions, page numbers,
are the tween's: :mod:`tailbone_odoo_pos.hardening`.)
"""

from __future__ import annotations

import decimal
import re
from typing import Any

from tailbone import grids
from tailbone.grids import filters as gridfilters

from tailbone_odoo_pos.hardening import (DEFAULT_MAX_PAGESIZE, SORTKEY_PARAM, InvalidRequest,
                                         describe, parse_date)

#: a number filter value beyond this (absolute) is refused
MAX_NUMBER = decimal.Decimal('1e15')
#: PostgreSQL bigint
MAX_INTEGER = 2 ** 63 - 1


def filter_values(verb: str, value: str) -> list[str]:
    """The single values of a filter value (``a|b`` for between, one per line
    for the "any of" comparisons)."""
    if verb == 'between':
        return [v for v in value.split('|') if v.strip()]
    if verb.endswith('_any_of'):
        return [v for v in value.splitlines() if v.strip()]
    return [value] if value.strip() else []


def check_value(filtr: Any, value: str) -> None:
    """Raise :class:`InvalidRequest` when *value* cannot be a value of *filtr*."""
    label = f"Filter “{filtr.label}”:"
    if isinstance(filtr, gridfilters.AlchemyDateFilter):
        parse_date(value, f"{label} value")
    elif isinstance(filtr, gridfilters.AlchemyNumericFilter) and not filtr.choices:
        text = value.strip().replace(',', '')
        integer = isinstance(filtr, gridfilters.AlchemyIntegerFilter)
        try:
            if integer and not re.fullmatch(r'-?\d+', text):
                raise decimal.InvalidOperation
            number = decimal.Decimal(text)
            if not number.is_finite():
                raise decimal.InvalidOperation
        except decimal.InvalidOperation:
            kind = "a whole number" if integer else "a number"
            raise InvalidRequest(f"{label} {describe(value)} is not {kind}.") from None
        limit = MAX_INTEGER if integer else MAX_NUMBER
        if abs(number) > limit:
            raise InvalidRequest(f"{label} {describe(value)} is out of range "
                                 f"(at most {limit:,} either way).")


class CheckedGrid(grids.Grid):
    """Tailbone's grid, refusing (HTTP 400) request values it cannot apply."""

    def check_request(self) -> None:
        """Called before the settings are read from the request."""
        params = self.request.GET
        if self.sortable:
            for name, value in params.items():
                if SORTKEY_PARAM.match(name) and value and value not in self.sorters:
                    known = ', '.join(sorted(self.sorters)) or 'none'
                    raise InvalidRequest(f"This list cannot be sorted by {describe(value)} "
                                         f"(sortable columns: {known}).")
        if self.filterable:
            for filtr in self.filters.values():
                if filtr.key not in params:
                    continue
                verb = params.get(f'{filtr.key}.verb', '') or filtr.default_verb or ''
                if verb and verb not in filtr.verbs:
                    raise InvalidRequest(f"Filter “{filtr.label}”: {describe(verb)} is not a "
                                         f"comparison it offers ({', '.join(filtr.verbs)}).")
                if not verb or verb in filtr.valueless_verbs:
                    continue
                for value in filter_values(verb, params.get(filtr.key) or ''):
                    check_value(filtr, value)

    def load_settings(self, **kwargs):
        """Called by the master view once the grid is configured."""
        self.check_request()
        super().load_settings(**kwargs)
        if self.paginated:
            cap = int(self.request.registry.settings.get('odoo_pos.web.max_pagesize')
                      or DEFAULT_MAX_PAGESIZE)
            try:
                size = int(self.pagesize)
            except (TypeError, ValueError):
                size = cap
            self.pagesize = max(1, min(size, cap))
