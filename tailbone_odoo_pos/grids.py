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

import collections
import decimal
import re
from typing import Any

from tailbone import grids
from tailbone.grids import filters as gridfilters

from tailbone_odoo_pos import localtime
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
    if filtr.choices:
        if value not in {str(key) for key in filtr.choices}:
            raise InvalidRequest(f"{label} {describe(value)} is not one of its choices.")
        return
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


# -- what the entity declarations ask of a list (``Browse`` choices, totals,
# default filters, downloads) ---------------------------------------------------

class TotalsRow:
    """The last row of a download: the declared totals of the rows before it."""

    def __init__(self, sums: dict[str, Any], count: int):
        self.sums = sums
        self.count = count


class _WithTotals:
    """A list's results as the download threads read them
    (``results.with_session(s).all()``), with a :class:`TotalsRow` last."""

    def __init__(self, query: Any, totals: tuple[str, ...]):
        self.query = query
        self.totals = totals

    def with_session(self, session: Any) -> '_WithTotals':
        return _WithTotals(self.query.with_session(session), self.totals)

    def all(self) -> list[Any]:
        rows = self.query.all()
        if not self.totals:
            return rows
        sums = {name: sum((getattr(r, name) or 0 for r in rows), decimal.Decimal(0))
                for name in self.totals}
        return rows + [TotalsRow(sums, len(rows))]


class DeclaredGridMixin:
    """The parts of a generated list that its :class:`~rattail_odoo_pos.entities.Browse`
    declaration asks for: choice filters (``choices``), default filters
    (``default_filters``), totals (``totals``: Tailbone's "Show Totals") and
    CSV/XLSX downloads of the columns shown, ending with the totals row
    (``downloadable``).  Mixed into the generated master views; ``self.web``
    is the declaration."""

    def configure_declared_grid(self, g: Any, cls: Any) -> None:
        """Called at the end of ``configure_grid``."""
        from tailbone_odoo_pos.views.master import display_attr, many_to_one
        session = self.Session()
        rels = many_to_one(cls)
        for name in self.web.choices:
            label = g.get_label(name)
            if name in rels and name in g.filters:
                # the relation's filter (on the related record's name, through
                # the grid's joiner) offers the names of the records referenced
                rel = rels[name]
                target = rel.mapper.class_
                attr = display_attr(target)
                fk = getattr(cls, list(rel.local_columns)[0].key)
                names = [v for (v,) in session.query(attr).distinct().filter(
                    target.uuid.in_(session.query(fk).distinct().subquery()))
                    .order_by(attr) if v is not None]
                g.set_filter(name, g.filters[name].column, label=label, default_verb='equal',
                             value_enum=collections.OrderedDict((v, v) for v in names))
            elif name not in rels:
                column = getattr(cls, name)
                values = [v for (v,) in session.query(column).distinct().order_by(column)
                          if v is not None]
                g.set_filter(name, column, label=label, default_verb='equal',
                             value_enum=collections.OrderedDict((v, str(v)) for v in values))
        for name, verb, value in self.web.default_filters:
            if name in g.filters:
                g.filters[name].default_active = True
                g.filters[name].default_verb = verb
                g.filters[name].default_value = value

    # -- totals --------------------------------------------------------------

    def grid_totals(self) -> tuple[int, dict[str, decimal.Decimal]]:
        """Number of rows and the declared sums of the list as filtered now."""
        import sqlalchemy as sa
        cls = self.get_model_class()
        query = self.get_effective_data().order_by(None)
        row = query.with_entities(sa.func.count(cls.uuid), *[
            sa.func.coalesce(sa.func.sum(getattr(cls, name)), 0) for name in self.web.totals
        ]).one()
        return row[0], {name: decimal.Decimal(value)
                        for name, value in zip(self.web.totals, row[1:])}

    def render_total(self, name: str, value: decimal.Decimal) -> str:
        if name in self.web.currency:
            return self.app.render_currency(value)
        return f"{value.normalize():,f}"

    def fetch_grid_totals(self):
        """JSON view (Tailbone's "Show Totals" button): the row count and the
        declared sums of the filtered list."""
        count, sums = self.grid_totals()
        parts = [f"{count:,} {self.get_model_title_plural().lower()}"]
        parts += [f"{self.labels.get(n) or self.app.make_title(n)} {self.render_total(n, v)}"
                  for n, v in sums.items()]
        return {'totals_display': ' · '.join(parts), 'count': count,
                'totals': {n: str(v) for n, v in sums.items()}}

    # -- downloads -----------------------------------------------------------

    def download_fields(self) -> list[str]:
        return list(self.grid_columns)

    def get_csv_fields(self):
        return self.download_fields()

    def get_xlsx_fields(self):
        return self.download_fields()

    def results_csv_session(self):
        """The download thread's session; the stores' zones are read with it."""
        session = super().results_csv_session()
        self._download_zones = localtime.Zones(session)
        return session

    def results_xlsx_session(self):
        """The download thread's session; the stores' zones are read with it."""
        session = super().results_xlsx_session()
        self._download_zones = localtime.Zones(session)
        return session

    def download_zones(self) -> 'localtime.Zones':
        zones = getattr(self, '_download_zones', None)
        if zones is None:
            zones = self._download_zones = localtime.zones_for(self.request)
        return zones

    def download_value(self, obj: Any, field: str) -> Any:
        """A cell of a download: related records by name, times as the pages
        show them: in the record's store's zone, labelled, with seconds
        (``2026-11-22 13:02:46 PST``; text, in CSV and XLSX alike)."""
        import datetime
        value = getattr(obj, field, None)
        if isinstance(value, datetime.datetime):
            zone = self.download_zones().of_record(obj)
            value = localtime.format_local(value, zone, seconds=True)
        elif value is not None and hasattr(value, '__table__'):
            value = str(value)
        return value

    def download_row(self, obj: Any, fields: list[str]) -> dict[str, Any]:
        if isinstance(obj, TotalsRow):
            row = {f: None for f in fields}
            row[fields[0]] = f"Total ({obj.count:,})"
            row.update({f: v for f, v in obj.sums.items() if f in row})
            return row
        return {f: self.download_value(obj, f) for f in fields}

    def get_csv_row(self, obj, fields):
        return {f: '' if v is None else str(v) for f, v in self.download_row(obj, fields).items()}

    def get_xlsx_row(self, obj, fields):
        return self.download_row(obj, fields)

    def results_csv_thread(self, results, user_uuid, progress):
        """Download thread (Tailbone's): the rows, then the totals row."""
        return super().results_csv_thread(_WithTotals(results, self.web.totals),
                                          user_uuid, progress)

    def results_xlsx_thread(self, results, user_uuid, progress):
        """Download thread (Tailbone's): the rows, then the totals row."""
        return super().results_xlsx_thread(_WithTotals(results, self.web.totals),
                                           user_uuid, progress)
