# SPDX-License-Identifier: GPL-3.0-or-later
"""Every conversion of :mod:`rattail_odoo_pos.importing.convert` on its edge
values: Odoo's ``False`` for "empty", float noise, rounding at the half cent,
negative and huge numbers, values no column can hold.  Pure functions: no
database, no sandbox."""

from __future__ import annotations

import datetime
from decimal import Decimal

import pytest

from rattail_odoo_pos.importing.convert import CONVERTERS, ConversionError, convert, to_decimal

NUMBER_KINDS = {'money': '0.01', 'num2': '0.01', 'price': '0.0001', 'num4': '0.0001',
                'qty': '0.001'}


def test_every_kind_is_covered_here():
    """A new kind in CONVERTERS needs its tests in this module."""
    assert set(CONVERTERS) == {'str', 'int', 'bool', 'dt', 'date', 'm2o_id', 'm2o_name', 'ids',
                               *NUMBER_KINDS}


@pytest.mark.parametrize('kind', sorted(set(CONVERTERS) - {'bool'}))
@pytest.mark.parametrize('empty', [False, None])
def test_odoo_empty_is_none_for_every_kind_but_bool(kind, empty):
    assert CONVERTERS[kind](empty) is None


# -- str ----------------------------------------------------------------------

@pytest.mark.parametrize('value, expected', [
    ('', None), ('Main Store', 'Main Store'), (' padded ', ' padded '), ('Café №5', 'Café №5'),
    ('0', '0'), (0, '0'), (12, '12'), (12.5, '12.5')])
def test_str(value, expected):
    assert CONVERTERS['str'](value) == expected


# -- int ----------------------------------------------------------------------

@pytest.mark.parametrize('value, expected', [
    (0, 0), (7, 7), (-3, -3), (2 ** 40, 2 ** 40), ('12', 12), (' 12 ', 12), ('-4', -4),
    (5.0, 5)])
def test_int(value, expected):
    result = CONVERTERS['int'](value)
    assert result == expected and type(result) is int


@pytest.mark.parametrize('value', [True, 3.7, float('nan'), float('inf'), 'abc', '12.5', '',
                                   [1, 2], {'id': 1}])
def test_int_refuses_what_is_not_a_whole_number(value):
    with pytest.raises((ConversionError, ValueError, TypeError)):
        CONVERTERS['int'](value)


# -- bool ---------------------------------------------------------------------

@pytest.mark.parametrize('value, expected', [
    (True, True), (False, False), (None, False), (1, True), (0, False), ('', False)])
def test_bool(value, expected):
    assert CONVERTERS['bool'](value) is expected


# -- dt -----------------------------------------------------------------------

def test_dt_is_naive_utc():
    assert CONVERTERS['dt']('2024-02-29 23:59:59') == datetime.datetime(2024, 2, 29, 23, 59, 59)
    assert CONVERTERS['dt']('2024-01-01 00:00:00').tzinfo is None
    assert CONVERTERS['dt']('') is None


@pytest.mark.parametrize('value', ['2024-01-15', '2024-01-15T10:00:00', '2024-01-15 10:00',
                                   '2024-01-15 10:00:00.123', '2023-02-29 10:00:00',
                                   '2024-13-01 10:00:00', '15/01/2024 10:00:00', 'yesterday',
                                   True, 20240115])
def test_dt_refuses_malformed_datetimes(value):
    with pytest.raises((ConversionError, ValueError, TypeError)):
        CONVERTERS['dt'](value)


# -- date ---------------------------------------------------------------------

@pytest.mark.parametrize('value, expected', [
    ('2024-02-29', datetime.date(2024, 2, 29)), ('', None),
    # a datetime string keeps its date part
    ('2024-01-15 23:30:00', datetime.date(2024, 1, 15))])
def test_date(value, expected):
    assert CONVERTERS['date'](value) == expected


@pytest.mark.parametrize('value', ['2023-02-29', '2024-1-5', '15/01/2024', 'soon', True])
def test_date_refuses_malformed_dates(value):
    with pytest.raises((ConversionError, ValueError, TypeError)):
        CONVERTERS['date'](value)


# -- many2one -----------------------------------------------------------------

@pytest.mark.parametrize('value, expected', [
    ([7, 'Main Store'], 7), ((7, 'Main Store'), 7), ([7], 7), ([], None), (7, 7), ('7', 7)])
def test_m2o_id_from_a_pair_or_a_bare_id(value, expected):
    assert CONVERTERS['m2o_id'](value) == expected


@pytest.mark.parametrize('value, expected', [
    ([7, 'Main Store'], 7), (7, 7), (False, None), (None, None), (True, 'error'),
    (['x', 'Main Store'], 'error')])
def test_ref_id_takes_a_pair_or_a_bare_id_as_m2o_id_does(value, expected):
    """A reference column's target, read with display names or as a bare id
    (``load=None``): what ``m2o_id`` gives, or its refusal."""
    from rattail_odoo_pos.importing.convert import ref_id
    if expected == 'error':
        for convert in (ref_id, CONVERTERS['m2o_id']):
            with pytest.raises((ConversionError, ValueError, TypeError)):
                convert(value)
    else:
        assert ref_id(value) == CONVERTERS['m2o_id'](value) == expected


@pytest.mark.parametrize('value, expected', [
    ([5, 'Bakery'], [5]), (5, [5]), (False, []), ([], []), (True, [])])
def test_a_15_16_pos_category_as_ids_from_a_pair_or_a_bare_id(value, expected):
    from rattail_odoo_pos.versions import CONVERSIONS
    assert CONVERSIONS['m2o_as_ids']({'pos_categ_id': value}, ('pos_categ_id',)) == expected


@pytest.mark.parametrize('value', [True, ['x', 'Main Store'], [7.5, 'Main Store'], 'Main'])
def test_m2o_id_refuses_what_is_no_id(value):
    with pytest.raises((ConversionError, ValueError, TypeError)):
        CONVERTERS['m2o_id'](value)


@pytest.mark.parametrize('value, expected', [
    ([7, 'Main Store'], 'Main Store'), ((7, 'Main Store'), 'Main Store'), ([7, ''], None),
    ([7, False], None), ([7], None), ([], None), (7, None)])
def test_m2o_name_from_a_pair_only(value, expected):
    assert CONVERTERS['m2o_name'](value) == expected


# -- ids (many2many, one2many) ------------------------------------------------

@pytest.mark.parametrize('value, expected', [
    ([3, 1, 2], '3,1,2'), ((5,), '5'), ([], None), ([10 ** 9], str(10 ** 9))])
def test_ids_keep_odoo_order(value, expected):
    assert CONVERTERS['ids'](value) == expected


@pytest.mark.parametrize('value', ['12', 12, [1, False], [1, None], [1, 'x'], [1, True]])
def test_ids_refuse_what_is_no_list_of_ids(value):
    """A string of digits is no list: it must not become '1,2'."""
    with pytest.raises((ConversionError, ValueError, TypeError)):
        CONVERTERS['ids'](value)


# -- numbers: money, price, qty, num2, num4 ----------------------------------

@pytest.mark.parametrize('kind, value, expected', [
    # Odoo's float noise lands on the intended value
    ('money', 75.60000000000001, '75.60'), ('money', 0.1 + 0.2, '0.30'),
    ('price', 25.199999999999996, '25.2000'), ('qty', 2.9999999999999996, '3.000'),
    # a float is read as the shortest decimal that gives it back, then HALF-UP
    ('money', 2.675, '2.68'), ('money', 0.005, '0.01'), ('money', 0.004999, '0.00'),
    ('num2', 1.005, '1.01'), ('price', 0.00005, '0.0001'), ('num4', 1.23445, '1.2345'),
    ('qty', 0.0005, '0.001'), ('qty', 0.0004, '0.000'),
    # negatives round away from zero at the half
    ('money', -0.005, '-0.01'), ('money', -12.345, '-12.35'), ('qty', -1.0, '-1.000'),
    # zero, integers and strings of digits
    ('money', 0, '0.00'), ('money', 0.0, '0.00'), ('money', 12, '12.00'),
    ('money', '12.5', '12.50'), ('money', ' 12.345 ', '12.35'), ('price', '1e3', '1000.0000'),
    # large values, exactly
    ('money', 1e20, '100000000000000000000.00'), ('money', 10 ** 18 + 1, '1000000000000000001.00'),
    ('qty', 123456789.0005, '123456789.001')])
def test_numbers_round_half_up_to_the_kinds_scale(kind, value, expected):
    result = CONVERTERS[kind](value)
    assert isinstance(result, Decimal)
    assert str(result) == expected
    assert result.as_tuple().exponent == Decimal(NUMBER_KINDS[kind]).as_tuple().exponent


@pytest.mark.parametrize('kind', sorted(NUMBER_KINDS))
@pytest.mark.parametrize('value', [
    float('nan'), float('inf'), float('-inf'), 'NaN', 'Infinity', 'sNaN',
    True,                              # a bool is no number, though Python says 1
    '', 'abc', '12,50', '$12', '1.2.3',
    [12], {'amount': 12}, Decimal('1.5'),
    1e30, '9' * 40])                   # more digits than a Decimal holds at that scale
def test_numbers_refuse_what_no_numeric_column_can_hold(kind, value):
    with pytest.raises(ConversionError):
        CONVERTERS[kind](value)


def test_to_decimal_is_what_the_number_kinds_use():
    assert to_decimal(75.60000000000001, 'money') == CONVERTERS['money'](75.60000000000001) \
        == Decimal('75.60')
    assert to_decimal(False, 'qty') is None


# -- convert(): the error names the record ------------------------------------

def test_convert_returns_the_converted_value():
    assert convert('money', 75.60000000000001, odoo_model='pos.order.line', field='price_subtotal',
                   odoo_id=12) == Decimal('75.60')
    assert convert('m2o_id', [3, 'Shop'], odoo_model='pos.order', field='config_id',
                   odoo_id=12) == 3


@pytest.mark.parametrize('kind, value', [
    ('money', float('nan')), ('int', 'abc'), ('date', '2023-02-29'),
    ('dt', '2024-01-15'), ('dt', True), ('ids', '12'), ('qty', 1e30)])
def test_convert_names_model_record_field_and_value(kind, value):
    with pytest.raises(ConversionError) as caught:
        convert(kind, value, odoo_model='pos.order.line', field='some_field', odoo_id=4711)
    message = str(caught.value)
    assert 'pos.order.line' in message and '4711' in message and 'some_field' in message
    assert repr(value) in message
    assert caught.value.__cause__ is None and caught.value.__suppress_context__
