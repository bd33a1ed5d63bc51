# SPDX-License-Identifier: GPL-3.0-or-later
"""Odoo domains (prefix notation) and ``order`` specifications compiled to
SQLite SQL, with Odoo 17's validation errors and quirks (NOTES.md 3, 5, 7)."""

from __future__ import annotations

import logging
import re
from typing import Any

from odoo_pos_sandbox.meta import Model, UserError, ValueErr, DatabaseError, registry

log = logging.getLogger(__name__)

OPERATORS = {'=', '!=', '<>', '<', '>', '<=', '>=', 'in', 'not in', 'like', 'ilike',
             'not like', 'not ilike', '=like', '=ilike', '=?', 'child_of', 'parent_of'}

_DT = re.compile(r'^(\d{4}-\d{2}-\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?'
                 r'(Z|[+-]\d{2}:?\d{2})?$')


def normalize_datetime(value: Any, op: str, date_only_field: bool = False) -> str:
    """A domain value for a datetime column, compared as PostgreSQL would:
    offsets silently dropped, a date alone expanded (``>`` -> end of day)."""
    if not isinstance(value, str):
        raise DatabaseError('InvalidDatetimeFormat',
                            f'invalid input syntax for type timestamp: "{value}"')
    text = value.strip()
    m = _DT.match(text)
    if not m:
        raise DatabaseError('InvalidDatetimeFormat',
                            f'invalid input syntax for type timestamp: "{value}"\n'
                            f'LINE 1: ...')
    day, hh, mm, ss, frac = m.group(1), m.group(2), m.group(3), m.group(4), m.group(5)
    if date_only_field:
        return day
    if hh is None:
        return f"{day} 23:59:59" if op in ('>', '<=') else f"{day} 00:00:00"
    if int(hh) > 23 or int(mm) > 59 or int(ss or 0) > 59:
        raise DatabaseError('DatetimeFieldOverflow',
                            f'date/time field value out of range: "{value}"')
    out = f"{day} {hh}:{mm}:{ss or '00'}"
    if frac and frac.strip('.0'):
        out += frac.ljust(7, '0')[:7]
    return out


class Compiler:
    """Compiles one model's domain into (sql, params), given the table alias."""

    def __init__(self, model: Model, alias: str = 't', active_test: bool = True):
        self.model = model
        self.alias = alias
        self.active_test = active_test
        self.params: list[Any] = []

    # -- parse ----------------------------------------------------------

    def compile(self, domain: Any) -> str:
        if not isinstance(domain, (list, tuple)):
            raise ValueErr(f"Invalid domain {domain!r}")
        items = list(domain)
        pos = 0

        def expr() -> str:
            nonlocal pos
            if pos >= len(items):
                raise ValueErr(f"Invalid domain {domain!r}")
            tok = items[pos]
            pos += 1
            if tok in ('&', '|'):
                a, b = expr(), expr()
                return f"({a} {'AND' if tok == '&' else 'OR'} {b})"
            if tok == '!':
                return f"(NOT {expr()})"
            return self.leaf(tok)

        terms = []
        while pos < len(items):
            terms.append(expr())
        mentions_active = any(isinstance(t, (list, tuple)) and len(t) == 3 and t[0] == 'active'
                              for t in items)
        if self.active_test and self.model.has_active and not mentions_active:
            terms.append(f"{self.alias}.active = 1")
        return ' AND '.join(terms) if terms else '1'

    # -- leaves ---------------------------------------------------------

    def leaf(self, leaf: Any) -> str:
        if isinstance(leaf, (list, tuple)) and len(leaf) != 3:
            raise ValueErr(f"not enough values to unpack (expected 3, got {len(leaf)})"
                           if len(leaf) < 3 else
                           f"too many values to unpack (expected 3)")
        if not isinstance(leaf, (list, tuple)):
            raise ValueErr(f"Invalid leaf {leaf!r}")
        left, op, right = leaf
        text = repr(tuple(leaf))
        if left in (0, 1) and op == '=' and right in (0, 1):          # TRUE_LEAF / FALSE_LEAF
            return '1' if left == right else '0'
        if not isinstance(op, str) or op.lower() not in OPERATORS:
            raise ValueErr(f"Invalid leaf {text}")
        op = op.lower()
        if op == '<>':
            op = '!='
        if op == '=?':
            if right is False or right is None:
                return '1'
            op = '='
        if not isinstance(left, str):
            raise ValueErr(f"Invalid leaf {text}")
        head, _, rest = left.partition('.')
        model = self.model
        if head not in model.fields:
            raise ValueErr(f"Invalid field {model.name}.{head} in leaf {text}")
        meta = model.fields[head]
        col = f"{self.alias}.{head}" if head != 'id' else f"{self.alias}.id"
        ftype = meta['type']
        if rest or (ftype == 'many2one' and isinstance(right, str) and op not in ('=like',)):
            return self.related(head, rest or _rec_name(meta), op, right, text)
        if head != 'id' and head not in model.columns:
            return self.not_stored(head, op, right, text)
        if ftype == 'one2many':
            return self.related(head, 'id', op, right, text)
        if ftype == 'many2many':
            return self.many2many(col, op, right)
        if ftype in ('datetime', 'date') and right is not False and right is not None \
                and op not in ('in', 'not in'):
            right = normalize_datetime(right, op, ftype == 'date')
        return self.compare(col, ftype, op, right)

    def compare(self, col: str, ftype: str, op: str, right: Any) -> str:
        if op in ('in', 'not in'):
            values = list(right) if isinstance(right, (list, tuple, set)) else [right]
            has_false = any(v is False or v is None for v in values) and ftype != 'boolean'
            values = [self.value(ftype, v) for v in values if not (v is None or
                                                                  (v is False and ftype != 'boolean'))]
            if values:
                self.params.extend(values)
                marks = ','.join('?' * len(values))
                clause = f"{col} IN ({marks})"
            else:
                clause = '0'
            if has_false:
                clause = f"({clause} OR {col} IS NULL)"
            if op == 'not in':
                return f"(NOT {clause} OR {col} IS NULL)" if not has_false and values \
                    else f"(NOT {clause})"
            return clause
        if right is False or right is None:
            if ftype == 'boolean':
                if op == '=':
                    return f"({col} IS NULL OR {col} = 0)"
                if op == '!=':
                    return f"{col} = 1"
            if op == '=':
                return f"{col} IS NULL"
            if op == '!=':
                return f"{col} IS NOT NULL"
        if op in ('like', 'ilike', 'not like', 'not ilike', '=like', '=ilike'):
            pattern = str(right)
            if not op.startswith('='):
                pattern = '%' + pattern.replace('\\', '\\\\').replace('%', '\\%').replace('_', '\\_') + '%'
                esc = " ESCAPE '\\'"
            else:
                esc = ''
            self.params.append(pattern)
            if op in ('like', '=like'):
                clause = f"{col} LIKE ?{esc}"    # case_sensitive_like is on (see Store)
            else:
                clause = f"lower({col}) LIKE lower(?){esc}"
            if op.startswith('not'):
                return f"({col} IS NULL OR NOT {clause.replace(' LIKE', ' LIKE', 1)})"
            return f"COALESCE({clause}, 0)"
        self.params.append(self.value(ftype, right))
        if op == '!=':
            return f"({col} IS NULL OR {col} != ?)"
        return f"{col} {op} ?"

    @staticmethod
    def value(ftype: str, v: Any) -> Any:
        if ftype == 'boolean':
            return 1 if v else 0
        if isinstance(v, (list, tuple)) and len(v) == 2 and ftype == 'many2one':
            return v[0]
        return v

    def many2many(self, col: str, op: str, right: Any) -> str:
        if right is False or right is None:
            empty = f"({col} IS NULL OR {col} = '[]')"
            return empty if op == '=' else f"NOT {empty}"
        values = list(right) if isinstance(right, (list, tuple)) else [right]
        if not values:
            return '0' if op in ('in', '=') else '1'
        self.params.extend(values)
        clause = (f"EXISTS (SELECT 1 FROM json_each(COALESCE({col}, '[]')) "
                  f"WHERE value IN ({','.join('?' * len(values))}))")
        return f"NOT {clause}" if op in ('not in', '!=') else clause

    def related(self, head: str, rest: str, op: str, right: Any, text: str) -> str:
        """``head.rest`` leaf: a subquery on the comodel (its own active_test off)."""
        meta = self.model.fields[head]
        comodel_name = meta.get('relation')
        models = registry()
        if comodel_name not in models:
            raise ValueErr(f"Invalid field {self.model.name}.{head} in leaf {text}")
        comodel = models[comodel_name]
        sub = Compiler(comodel, alias=f"{self.alias}_{head}", active_test=False)
        inner = sub.leaf((rest, op, right))
        self.params.extend(sub.params)
        a = sub.alias
        if meta['type'] == 'many2one':
            return (f"{self.alias}.{head} IN (SELECT {a}.id FROM {comodel.table} {a} "
                    f"WHERE {inner})")
        if meta['type'] == 'one2many':
            inverse = _inverse(self.model.name, head)
            return (f"{self.alias}.id IN (SELECT {a}.{inverse} FROM {comodel.table} {a} "
                    f"WHERE {inner})")
        # many2many
        return (f"EXISTS (SELECT 1 FROM json_each(COALESCE({self.alias}.{head}, '[]')) j "
                f"JOIN {comodel.table} {a} ON {a}.id = j.value WHERE {inner})")

    def not_stored(self, head: str, op: str, right: Any, text: str) -> str:
        delegate = _delegate(self.model.name, head)
        if delegate:
            m2o, _comodel = delegate
            return self.related(m2o, head, op, right, text)
        # Odoo 17 logs "Non-stored field X cannot be searched" and ignores the leaf
        log.error("Non-stored field %s.%s cannot be searched.", self.model.name, head)
        return '1'


def _rec_name(meta: dict[str, Any]) -> str:
    comodel = registry().get(meta.get('relation') or '')
    return (comodel.rec_name if comodel else None) or 'id'


def _inverse(model: str, field: str) -> str:
    from odoo_pos_sandbox.meta import ONE2MANY_INVERSE
    inverse = ONE2MANY_INVERSE.get((model, field))
    if not inverse:
        raise ValueErr(f"Invalid field {model}.{field}: one2many not supported by the sandbox")
    return inverse


def _delegate(model: str, field: str):
    from odoo_pos_sandbox.meta import DELEGATES
    delegate = DELEGATES.get(model)
    if delegate and field in registry()[delegate[1]].columns:
        return delegate
    return None


# -- order ------------------------------------------------------------------

_ORDER_TERM = re.compile(r'^\s*([a-z0-9_]+)(?:\.([a-z0-9_]+))?(?:\s+(asc|desc))?'
                         r'(?:\s+nulls\s+(first|last))?\s*$', re.I)


def parse_order(model: Model, spec: str | None) -> list[tuple[str, str, str | None]]:
    """``"a desc, b"`` -> [(field, 'ASC'|'DESC', nulls)], validated as Odoo does."""
    spec = spec or model.order
    terms = []
    for part in spec.split(','):
        m = _ORDER_TERM.match(part)
        if not m:
            raise UserError(f'Invalid "order" specified ({spec}). A valid "order" '
                            f'specification is a comma-separated list of valid field names '
                            f'(optionally followed by asc/desc for the direction)')
        name, _sub, direction, nulls = m.groups()
        if name not in model.fields:
            raise ValueErr(f"Invalid field {name!r} on model {model.name!r}")
        terms.append((name, (direction or 'asc').upper(), nulls.upper() if nulls else None))
    return terms


def order_sql(model: Model, spec: str | None, alias: str = 't', depth: int = 0) -> str:
    """SQL ORDER BY items; many2one sorts by the comodel's ``_order``; non-stored
    fields are ignored (Odoo logs and ignores them)."""
    items = []
    for name, direction, nulls in parse_order(model, spec):
        if name != 'id' and name not in model.columns:
            log.warning("Model %r cannot be sorted on field %r (not a column)", model.name, name)
            continue
        meta = model.fields[name]
        exprs: list[tuple[str, str]] = []
        comodel = registry().get(meta.get('relation') or '')
        if meta['type'] == 'many2one' and comodel is not None and depth == 0:
            for cname, cdir, _ in parse_order(comodel, None):
                if cname != 'id' and cname not in comodel.columns:
                    continue
                d = cdir if direction == 'ASC' else ('DESC' if cdir == 'ASC' else 'ASC')
                exprs.append((f"(SELECT c.{cname} FROM {comodel.table} c "
                              f"WHERE c.id = {alias}.{name})", d))
        else:
            exprs.append((f"{alias}.{name}", direction))
        for expr, d in exprs:
            n = nulls or ('LAST' if d == 'ASC' else 'FIRST')
            items.append(f"{expr} {d} NULLS {n}")
    return ', '.join(items)
