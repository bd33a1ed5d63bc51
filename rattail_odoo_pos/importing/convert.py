# SPDX-License-Identifier: GPL-3.0-or-later
"""The one place Odoo values become Python values: ``False`` -> ``None``,
``[id, name]`` -> id (or name), UTC strings -> naive UTC datetimes, float
money -> :class:`~decimal.Decimal` rounded HALF-UP to the column's scale
(Odoo's ``75.60000000000001`` lands as ``75.60``)."""

from __future__ import annotations

import datetime
import decimal
from typing import Any, Callable

from rattail_odoo_pos.odoo.client import parse_odoo_datetime

_SCALE = {'money': decimal.Decimal('0.01'), 'num2': decimal.Decimal('0.01'),
          'price': decimal.Decimal('0.0001'), 'num4': decimal.Decimal('0.0001'),
          'qty': decimal.Decimal('0.001')}


class ConversionError(ValueError):
    """A value Odoo sent that cannot be stored (names the field and value)."""


def to_decimal(value: Any, kind: str) -> decimal.Decimal | None:
    if value is False or value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        raise ConversionError(f"not a number: {value!r}")
    try:
        number = decimal.Decimal(repr(value) if isinstance(value, float) else str(value))
    except decimal.InvalidOperation:
        raise ConversionError(f"not a number: {value!r}") from None
    if not number.is_finite():
        raise ConversionError(f"not a finite number: {value!r}")
    try:
        return number.quantize(_SCALE[kind], rounding=decimal.ROUND_HALF_UP)
    except decimal.InvalidOperation:
        raise ConversionError(f"too large a number: {value!r}") from None


def _str(value: Any) -> str | None:
    if value is False or value is None or value == '':
        return None
    return str(value)


def _int(value: Any) -> int | None:
    if value is False or value is None:
        return None
    if isinstance(value, bool) or (isinstance(value, float) and not value.is_integer()):
        raise ConversionError(f"not a whole number: {value!r}")
    return int(value)


def _m2o_id(value: Any) -> int | None:
    if isinstance(value, (list, tuple)):
        return _int(value[0]) if value else None
    return _int(value)


def ref_id(value: Any, _slow=_m2o_id) -> int | None:
    """``_m2o_id(value)``, with Odoo's usual ``[id, name]`` and a bare id (read
    with ``load=None``) taken without a call (a reference column's target, read
    for every record of a batch)."""
    if value.__class__ is int:
        return value
    if value.__class__ is list and len(value) == 2 and value[0].__class__ is int:
        return value[0]
    return _slow(value)


def _m2o_name(value: Any) -> str | None:
    if isinstance(value, (list, tuple)) and len(value) > 1:
        return value[1] or None
    return None


def _ids(value: Any) -> str | None:
    if not value:
        return None
    ids = [_int(i) for i in value] if isinstance(value, (list, tuple)) else [None]
    if None in ids:
        raise ConversionError(f"not a list of ids: {value!r}")
    return ','.join(map(str, ids))


def _date(value: Any) -> datetime.date | None:
    if not value:
        return None
    return datetime.date.fromisoformat(str(value)[:10])


def _dt(value: Any) -> datetime.datetime | None:
    parsed = parse_odoo_datetime(value)
    return parsed.replace(tzinfo=None) if parsed is not None else None


CONVERTERS: dict[str, Callable[[Any], Any]] = {
    'str': _str, 'int': _int, 'bool': lambda v: bool(v), 'dt': _dt, 'date': _date,
    'm2o_id': _m2o_id, 'm2o_name': _m2o_name, 'ids': _ids,
    'money': lambda v: to_decimal(v, 'money'), 'price': lambda v: to_decimal(v, 'price'),
    'qty': lambda v: to_decimal(v, 'qty'), 'num2': lambda v: to_decimal(v, 'num2'),
    'num4': lambda v: to_decimal(v, 'num4'),
}


def convert(kind: str, value: Any, *, odoo_model: str, field: str, odoo_id: Any) -> Any:
    """Convert one Odoo value; a malformed one raises :class:`ConversionError`
    naming the model, record and field."""
    try:
        return CONVERTERS[kind](value)
    except (ConversionError, ValueError, TypeError) as error:
        raise ConversionError(f"{odoo_model} record {odoo_id}: field {field} has a value that "
                              f"cannot be imported ({value!r}): {error}") from None
