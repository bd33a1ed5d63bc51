# SPDX-License-Identifier: GPL-3.0-or-later
"""What differs between Odoo 15 and 20 for what is synced, declared as data
beside :data:`rattail_odoo_pos.entities.ENTITIES` (which is written for Odoo 17).

:data:`MAP` says, per entity and Odoo major version, how each local column is
had **where it differs from 17**: the Odoo field(s) read instead and the
conversion (:data:`CONVERSIONS`) that turns them into the value 17 would have
sent.  Everything not named reads as on 17.  :data:`MODEL_MISSING` names the
models a version does not have, :data:`NOTES` what differs without needing a
conversion, :data:`OPTIONAL` the fields and models that belong to an optional
Odoo module.  ``docs/versions.md`` is generated from these tables
(:func:`markdown_table`), and ``tests/test_entities.py`` keeps them in step
with the entities.

At run time, :func:`plan_for` makes the :class:`Plan` of one entity for one
connected source: the fields to read, checked against that server's
``fields_get``.  A field the map expects but the server lacks is an
:class:`OdooFieldMissing` (source, model, field, version), never a silent
``None``; a field of an optional module not installed is skipped and said
once.  A server newer than the newest verified map is read through that map:
what its ``fields_get`` has is used, what it lacks is reported per field.

Sources of the facts: ``fields_by_version.json`` (Odoo's own source code, 15 to
20, each field with its file and line) and recordings of live Odoo 16, 17, 18
and 19 servers.
"""

from __future__ import annotations

import ast
import logging
from dataclasses import dataclass, field
from typing import Any, Callable

from rattail_odoo_pos.odoo.errors import OdooPosError

log = logging.getLogger(__name__)

#: the Odoo version :mod:`rattail_odoo_pos.entities` is written for
BASE = 17
#: major versions whose fields are verified (Odoo's source code; live servers for 16-19)
VERIFIED = (15, 16, 17, 18, 19)
#: the newest verified version: a newer server is read through its map
NEWEST = VERIFIED[-1]
#: versions whose fields are also held to recordings of a live server
LIVE = (16, 17, 18, 19)
#: versions known to exist whose facts are not verified
UNVERIFIED = (20,)


class OdooFieldMissing(OdooPosError):
    """A field the version's map expects is not on the server."""


@dataclass(frozen=True)
class From:
    """How one local column is had in a version: the Odoo *fields* read (none:
    the version has no such thing, the column is left empty) and the name of
    the conversion of :data:`CONVERSIONS` that gives the value Odoo 17 would
    have sent; *note* says why, for the docs."""
    fields: tuple[str, ...]
    how: str
    note: str


def absent(note: str) -> From:
    """The version has nothing that feeds this column: it is left empty."""
    return From((), 'absent', note)


def constant(value: Any, note: str) -> From:
    return From((), f'constant:{value!r}', note)


# -- conversions (a version's record -> the value 17 would have sent) -----------

def _m2o_as_ids(rec: dict, fields: tuple[str, ...]) -> Any:
    """A many2one ``[id, name]``, a bare id (read with ``load=None``) or False, as a
    many2many id list."""
    value = rec.get(fields[0])
    if isinstance(value, int) and not isinstance(value, bool):
        return [value] if value else []
    return [value[0]] if isinstance(value, (list, tuple)) and value else []


def _price_include_18(rec: dict, fields: tuple[str, ...]) -> Any:
    """18+: ``price_include_override`` holds the tax's own setting
    (``tax_included``/``tax_excluded``); empty, the company default decides,
    which the computed ``price_include`` gives."""
    override = rec.get('price_include_override')
    if override:
        return override == 'tax_included'
    return bool(rec.get('price_include'))


def _state_19(rec: dict, fields: tuple[str, ...]) -> Any:
    """19 dropped the ``invoiced`` state: an invoiced order is ``done`` with an
    account move; it is stored as ``invoiced``, as every other version says."""
    state = rec.get('state')
    if state == 'done' and rec.get('account_move'):
        return 'invoiced'
    return state


def _keys(mapping: dict[str, str]) -> Callable[[dict, tuple[str, ...]], Any]:
    def convert(rec: dict, fields: tuple[str, ...]) -> Any:
        value = rec.get(fields[0])
        return mapping.get(value, value) if value else value
    return convert


def _same(rec: dict, fields: tuple[str, ...]) -> Any:
    return rec.get(fields[0], False)


def _points_15(rec: dict, fields: tuple[str, ...]) -> Any:
    """15's rule gives points per unit (``points_quantity``) or per currency
    spent (``points_currency``)."""
    return rec.get('points_quantity') or rec.get('points_currency') or 0.0


def _point_mode_15(rec: dict, fields: tuple[str, ...]) -> Any:
    if rec.get('points_quantity'):
        return 'unit'
    if rec.get('points_currency'):
        return 'money'
    return False


def _discount_15(rec: dict, fields: tuple[str, ...]) -> Any:
    if rec.get('discount_type') == 'fixed_amount':
        return rec.get('discount_fixed_amount') or 0.0
    return rec.get('discount_percentage') or 0.0


CONVERSIONS: dict[str, Callable[[dict, tuple[str, ...]], Any]] = {
    'same': _same,
    'm2o_as_ids': _m2o_as_ids,
    'price_include_18': _price_include_18,
    'state_19': _state_19,
    'reward_type_15': _keys({'gift': 'product'}),
    'discount_mode_15': _keys({'percentage': 'percent', 'fixed_amount': 'per_order'}),
    'points_15': _points_15,
    'point_mode_15': _point_mode_15,
    'discount_15': _discount_15,
}


# -- the map --------------------------------------------------------------------

_POS_CATEG_15_16 = From(
    ('pos_categ_id',), 'm2o_as_ids',
    "pos_categ_ids (many2many) is 17+; 15/16 have pos_categ_id, a many2one: read and wrapped "
    "as a one-element list (it feeds the product's department)")
_PRICE_INCLUDE_18 = From(
    ('price_include_override', 'price_include'), 'price_include_18',
    "price_include is no longer stored: the tax's own price_include_override "
    "(tax_included/tax_excluded), else the company default (the computed price_include)")
_LOYALTY_15 = ("15's loyalty is pos_loyalty's own schema (promotions and coupons are "
               "coupon.program, not read)")

#: entity key -> version -> local column -> :class:`From` (only what differs from 17)
MAP: dict[str, dict[int, dict[str, From]]] = {
    'product': {
        15: {'pos_category_ids': _POS_CATEG_15_16},
        16: {'pos_category_ids': _POS_CATEG_15_16},
    },
    'tax': {
        18: {'price_include': _PRICE_INCLUDE_18},
        19: {'price_include': _PRICE_INCLUDE_18},
    },
    'order': {
        19: {'state': From(('state', 'account_move'), 'state_19',
                           "no 'invoiced' state: an invoiced order is 'done' with an "
                           "account_move, stored as 'invoiced'")},
    },
    'loyalty_program': {
        15: {'program_type': constant('loyalty', f"{_LOYALTY_15}: every pos_loyalty program "
                                                 f"is a loyalty program"),
             'trigger': absent(f"{_LOYALTY_15}: no trigger (points are earned on every order)"),
             'applies_on': absent(f"{_LOYALTY_15}: no applies_on"),
             'date_from': absent(f"{_LOYALTY_15}: no validity dates"),
             'date_to': absent(f"{_LOYALTY_15}: no validity dates")},
        16: {'date_from': absent("16 has no loyalty.program.date_from (added in 17); "
                                 "date_to is read")},
    },
    'loyalty_rule': {
        15: {'program_uuid': From(('loyalty_program_id',), 'same',
                                  "the program is loyalty_program_id"),
             'reward_point_amount': From(('points_quantity', 'points_currency'), 'points_15',
                                         "points_quantity (per unit), else points_currency "
                                         "(per currency spent)"),
             'reward_point_mode': From(('points_quantity', 'points_currency'), 'point_mode_15',
                                       "'unit' from points_quantity, 'money' from "
                                       "points_currency"),
             'mode': absent(f"{_LOYALTY_15}: no rule mode (no codes)"),
             'minimum_qty': absent(f"{_LOYALTY_15}: no minimum quantity"),
             'minimum_amount': absent(f"{_LOYALTY_15}: no minimum amount"),
             'active': constant(True, "15's rules have no active flag: active while they "
                                      "exist")},
    },
    'loyalty_reward': {
        15: {'program_uuid': From(('loyalty_program_id',), 'same',
                                  "the program is loyalty_program_id"),
             'description': From(('name',), 'same', "the reward's name"),
             'reward_type': From(('reward_type',), 'reward_type_15',
                                 "keys gift/discount: 'gift' is 16+'s 'product'"),
             'required_points': From(('point_cost',), 'same', "point_cost"),
             'discount': From(('discount_type', 'discount_percentage',
                               'discount_fixed_amount'), 'discount_15',
                              "discount_percentage, or discount_fixed_amount for a fixed one"),
             'discount_mode': From(('discount_type',), 'discount_mode_15',
                                   "discount_type: percentage -> percent, fixed_amount -> "
                                   "per_order"),
             'active': constant(True, "15's rewards have no active flag: active while "
                                      "they exist")},
    },
}

#: (entity key, version) -> why the version has no such model (skipped, said once)
MODEL_MISSING: dict[tuple[str, int], str] = {
    ('bill', 15): "pos.bill (coins and bills) is new in 16",
}

#: differences that need no conversion, for the docs: entity key -> version -> notes
NOTES: dict[str, dict[int, list[str]]] = {
    'order': {
        15: ["config_id is not stored (related to the session): never sorted or grouped by"],
        16: ["config_id is not stored (related to the session): never sorted or grouped by"],
        18: ["is_refunded/refunded_order_ids are gone (refunded_order_id instead); refunds "
             "are recognised by their lines' refunded_orderline_id, as in every version, "
             "never by name (18 names refunds from the shop's sequence)"],
        19: ["is_refund exists (set only on refunds made in 19): refunds are still recognised "
             "by refunded_orderline_id", "general_note is renamed general_customer_note "
             "(neither is read)"],
    },
    'tender': {
        18: ["type has a fourth key, 'online' (online payment), stored as read"],
        19: ["type has a fourth key, 'online' (online payment), stored as read"],
    },
    'product': {
        15: ["a price changed on the template does not move the variant's write_date "
             "(assumed as on 16: the template's changes are read too)"],
        16: ["a price changed on the template does not move the variant's write_date: the "
             "template's changes are read too and mapped to its variants"],
    },
    'customer': {
        19: ["res.partner.mobile is gone (phone is read, as on every version)"],
    },
    'session': {
        15: ["cash_register_balance_start/_end_real are related to the cash statement: "
             "0 for a session without one"],
        19: ["sequence_number and login_number are gone (neither is read)"],
    },
}

#: Odoo field or model -> the optional module that brings it (skipped when missing)
OPTIONAL: dict[tuple[str, str | None], str] = {
    ('pos.order', 'employee_id'): 'pos_hr',
    ('hr.employee', None): 'hr',
    ('loyalty.program', None): 'pos_loyalty',
    ('loyalty.rule', None): 'pos_loyalty',
    ('loyalty.reward', None): 'pos_loyalty',
    ('stock.quant', None): 'stock',
}

#: (Odoo model, field as 17 writes it) -> version -> the field that version takes
#: (a many2many written as its first id: 15/16's many2one POS category)
WRITES: dict[tuple[str, str], dict[int, str]] = {
    ('product.product', 'pos_categ_ids'): {15: 'pos_categ_id', 16: 'pos_categ_id'},
}


def _first_id(value: Any) -> Any:
    """The first id of an x2many write value (ids or ``(6, 0, ids)``/``(4, id)``)."""
    ids: list[int] = []
    for item in value or []:
        if isinstance(item, int):
            ids.append(item)
        elif isinstance(item, (list, tuple)) and item and item[0] == 6:
            ids = list(item[2])
        elif isinstance(item, (list, tuple)) and item and item[0] == 4:
            ids.append(item[1])
        elif isinstance(item, (list, tuple)) and item and item[0] == 5:
            ids = []
    return ids[0] if ids else False


def export_vals(major: int, odoo_model: str, vals: dict) -> dict:
    """*vals* written the 17 way (``rattail export-odoo-pos``) as Odoo *major*
    takes them: 15/16 ``pos_categ_id`` (one id) for ``pos_categ_ids``."""
    if not isinstance(vals, dict):
        return vals
    out = dict(vals)
    for (model, field), per_version in WRITES.items():
        target = per_version.get(map_version(major))
        if model == odoo_model and target and field in out:
            out[target] = _first_id(out.pop(field))
    return out


#: versions whose product.product write_date does not follow a template write
TEMPLATE_CHANGES_NOT_ON_VARIANT = (15, 16)


def map_version(major: int) -> int:
    """The map a server of *major* is read through."""
    if major > NEWEST:
        return NEWEST
    return max(major, VERIFIED[0])


def verified(major: int) -> bool:
    return major in VERIFIED


def differences(entity_key: str, major: int) -> dict[str, From]:
    return MAP.get(entity_key, {}).get(map_version(major), {})


# -- per source and entity: what to read and how ---------------------------------

@dataclass
class Plan:
    """How one entity is read from one server."""
    entity: Any
    major: int
    #: Odoo fields to read (each one the server has)
    fields: list[str]
    #: 17-shaped Odoo field -> (fields, conversion) computed from the version's record
    derived: dict[str, tuple[tuple[str, ...], str]] = field(default_factory=dict)
    #: fields of the map the server lacks (a server newer than the newest map)
    unmatched: list[str] = field(default_factory=list)
    #: optional fields skipped (module not installed): field -> module
    skipped: dict[str, str] = field(default_factory=dict)
    #: the model itself is not there: why (the entity is skipped)
    model_missing: str | None = None

    def adapt(self, rec: dict) -> dict:
        """*rec* (as the version sent it) with the fields Odoo 17 would have sent."""
        if not self.derived:
            return rec
        rec = dict(rec)
        for odoo_field, (fields, how) in self.derived.items():
            if how == 'absent':
                rec[odoo_field] = False
            elif how.startswith('constant:'):
                rec[odoo_field] = ast.literal_eval(how.split(':', 1)[1])
            else:
                rec[odoo_field] = CONVERSIONS[how](rec, fields)
        return rec


def odoo_field_of(entity: Any, column: str) -> str:
    """The Odoo 17 field that feeds local *column* of *entity*."""
    if column in entity.fields:
        return entity.fields[column][0]
    if column in entity.refs:
        return entity.refs[column][0]
    raise KeyError(f"entity {entity.key!r} has no column {column!r} read from Odoo")


def wanted_fields(entity: Any, major: int) -> tuple[list[str], dict[str, tuple[tuple[str, ...], str]]]:
    """The fields the map reads for *entity* on *major*, and what is derived."""
    diffs = differences(entity.key, major)
    replaced = {odoo_field_of(entity, column): spec for column, spec in diffs.items()}
    fields: list[str] = []
    derived: dict[str, tuple[tuple[str, ...], str]] = {}
    for name in entity.odoo_fields:
        spec = replaced.get(name)
        if spec is None:
            fields.append(name)
            continue
        fields.extend(spec.fields)
        derived[name] = (spec.fields, spec.how)
    if 'write_date' not in fields:
        fields.append('write_date')
    return list(dict.fromkeys(fields)), derived


def plan_for(client: Any, entity: Any, source: str) -> Plan:
    """The :class:`Plan` of *entity* for the connected *client* (checked
    against its ``fields_get``)."""
    major = client.major_version
    why = MODEL_MISSING.get((entity.key, map_version(major)))
    if why is not None:
        return Plan(entity, major, [], model_missing=why)
    if not client.has_model(entity.odoo_model):
        module = OPTIONAL.get((entity.odoo_model, None), 'a module')
        return Plan(entity, major, [], model_missing=f"{module} not installed")
    fields, derived = wanted_fields(entity, major)
    have = client.fields_get(entity.odoo_model)
    plan = Plan(entity, major, [], derived)
    for name in fields:
        if name in have:
            plan.fields.append(name)
        elif (entity.odoo_model, name) in OPTIONAL:
            plan.skipped[name] = OPTIONAL[(entity.odoo_model, name)]
        elif not verified(major):
            plan.unmatched.append(name)
        else:
            raise OdooFieldMissing(
                f"Odoo source '{source}' (Odoo {major}): {entity.odoo_model} has no field "
                f"'{name}', which this package reads on Odoo {major} (a customised or "
                f"incomplete server? see docs/versions.md)",
                source=source, odoo_model=entity.odoo_model)
    for name, (sources, how) in list(plan.derived.items()):
        if any(f in plan.unmatched for f in sources):
            plan.derived[name] = ((), 'absent')
    return plan


class Plans:
    """The plans of one run, per source and entity (the version is asked once
    per source at connect; what is skipped or unmatched is said once)."""

    def __init__(self):
        self._plans: dict[tuple[str, str], Plan] = {}

    def get(self, client: Any, entity: Any, source: str) -> Plan:
        key = (source, entity.key)
        if key not in self._plans:
            plan = plan_for(client, entity, source)
            self._plans[key] = plan
            for name, module in plan.skipped.items():
                log.warning("Odoo source '%s': %s.%s: %s not installed, skipped", source,
                         entity.odoo_model, name, module)
            if plan.unmatched:
                log.warning("Odoo source '%s' is Odoo %s, newer than the newest verified map "
                            "(%s): %s has no %s; read without them (left empty)", source,
                            plan.major, NEWEST, entity.odoo_model,
                            ', '.join(plan.unmatched))
        return self._plans[key]


def describe_source(client: Any, source: str, entities: Any) -> list[str]:
    """Lines ``odoo-pos-check`` prints about a connected source's version."""
    major = client.major_version
    if verified(major):
        head = f"field map: Odoo {major} (verified)"
    elif major > NEWEST:
        head = (f"field map: Odoo {major} is NOT YET VERIFIED: read through the Odoo {NEWEST} "
                f"map, checked against the server's fields")
    else:
        head = (f"field map: Odoo {major} is older than the oldest verified map "
                f"({VERIFIED[0]}): read through it")
    lines = [head]
    for entity in entities:
        try:
            plan = plan_for(client, entity, source)
        except OdooFieldMissing as error:
            lines.append(f"MISSING FIELD: {error}")
            continue
        except OdooPosError as error:
            lines.append(f"{entity.odoo_model}: {error}")
            continue
        if plan.model_missing:
            lines.append(f"{entity.odoo_model}: {plan.model_missing}, skipped")
        for name, module in plan.skipped.items():
            lines.append(f"{entity.odoo_model}.{name}: {module} not installed, skipped")
        if plan.unmatched:
            lines.append(f"{entity.odoo_model}: not on this server, left empty: "
                         f"{', '.join(plan.unmatched)}")
    return lines


# -- docs -------------------------------------------------------------------------

def markdown_table(entities: Any) -> str:
    """The supported-versions table of ``docs/versions.md`` (generated from the map)."""
    out = ["| Odoo | status | what is read | what differs | not available |",
           "|---|---|---|---|---|"]
    for major in VERIFIED + UNVERIFIED:
        differs, missing = [], []
        for entity in entities:
            if (entity.key, major) in MODEL_MISSING:
                missing.append(f"`{entity.odoo_model}`: {MODEL_MISSING[(entity.key, major)]}")
                continue
            if major in UNVERIFIED:
                continue
            for column, spec in MAP.get(entity.key, {}).get(major, {}).items():
                target = f"`{entity.odoo_model}` {column}"
                if spec.how == 'absent':
                    missing.append(f"{target}: {spec.note}")
                else:
                    via = ', '.join(f"`{f}`" for f in spec.fields) or 'a constant'
                    differs.append(f"{target} from {via}: {spec.note}")
            for note in NOTES.get(entity.key, {}).get(major, []):
                differs.append(f"`{entity.odoo_model}`: {note}")
        if major == BASE:
            status = "verified: the base (entities.py is written for it); live server recorded"
        elif major in LIVE:
            status = "verified: Odoo's source code and a live server recorded"
        elif major in VERIFIED:
            status = "verified from Odoo's source code (no live server recorded)"
        else:
            status = (f"not yet verified: read through the Odoo {NEWEST} map, checked against "
                      f"the server's fields_get; odoo-pos-check says so")
            differs.append(f"unknown: what the server lacks of the {NEWEST} map is reported per "
                           f"field and left empty")
        what = "every model of the entity table (docs/models)" if major in VERIFIED else \
            f"as {NEWEST}, what the server has of it"
        out.append(f"| {major} | {status} | {what} | {'<br>'.join(differs) or 'nothing'} | "
                   f"{'<br>'.join(missing) or 'nothing'} |")
    return '\n'.join(out)


def check_lines(handler: Any, source: str) -> list[str]:
    """``odoo-pos-check``'s lines about *source*'s version (a connection of its
    own; nothing when it cannot connect: the check says why already)."""
    from rattail_odoo_pos.entities import ENTITIES
    try:
        client = handler.get_client(source).connect()
    except OdooPosError:
        return []
    try:
        return describe_source(client, source, ENTITIES.values())
    except OdooPosError as error:
        return [f"field map: {error}"]
    finally:
        try:
            client.close()
        except Exception:
            pass


#: the markers in ``docs/versions.md`` between which :func:`markdown_table` goes
DOC_BEGIN = '<!-- BEGIN generated by rattail_odoo_pos.versions (python -m rattail_odoo_pos.versions docs/versions.md) -->'
DOC_END = '<!-- END generated -->'


def render_doc(text: str) -> str:
    """*text* (``docs/versions.md``) with its generated table made afresh."""
    from rattail_odoo_pos.entities import ENTITIES
    head, rest = text.split(DOC_BEGIN, 1)
    _, tail = rest.split(DOC_END, 1)
    return f"{head}{DOC_BEGIN}\n{markdown_table(ENTITIES.values())}\n{DOC_END}{tail}"


if __name__ == '__main__':          # python -m rattail_odoo_pos.versions docs/versions.md
    import sys
    from pathlib import Path
    target = Path(sys.argv[1])
    target.write_text(render_doc(target.read_text()))
