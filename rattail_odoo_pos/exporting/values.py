# SPDX-License-Identifier: GPL-3.0-or-later
"""How an exported Odoo field gets its value from the Rattail record.

An entity's ``export`` declaration (:mod:`rattail_odoo_pos.entities`) maps each
Odoo field to a getter name of :data:`GETTERS`, or else to a dotted attribute
path of the native record (``item_id``, ``regular_price.price``).  A getter is
called as ``getter(ctx, native, binding)`` where *ctx* is the running
:class:`~rattail_odoo_pos.exporting.odoo_pos.EntityExporter` (its ``source``
and ``bound_id()``), *binding* the native record's extension row of that
source (None when not bound yet).  It returns a plain value: a string or None,
a Decimal, a bool, an Odoo id or None, a list of Odoo ids.
"""

from __future__ import annotations

from typing import Any, Callable


class SkipRecord(Exception):
    """The record cannot be exported now (the message says why)."""


#: getters whose field is written only where the site names it in
#: ``[odoo_pos] export.<entity>.fields`` (not owned by default): a site that has
#: not mapped its taxes must not clear the taxes of every product in Odoo
OPT_IN = {'taxes'}


def attribute(native: Any, path: str) -> Any:
    """The value of a dotted attribute *path* of *native* (None on the way stops)."""
    value = native
    for name in path.split('.'):
        if value is None:
            return None
        value = getattr(value, name)
    return value


def barcode(ctx, product, binding) -> str | None:
    """The product's scancode, else its UPC as an EAN-13/UPC-A string."""
    if product.scancode:
        return product.scancode
    if product.upc is None:
        return None
    digits = str(product.upc)
    while len(digits) > 13 and digits[0] == '0':
        digits = digits[1:]
    return digits


def available_in_pos(ctx, product, binding) -> bool:
    return not product.not_for_sale


def not_discontinued(ctx, product, binding) -> bool:
    return not (product.discontinued or product.deleted)


def pos_category(ctx, product, binding) -> list[int]:
    """The POS category of the product's department in this source (bound first)."""
    dept = product.department
    if dept is None:
        return []
    odoo_id = ctx.bound_id('department', dept.uuid)
    if odoo_id is None:
        raise SkipRecord(f"its department {dept.name!r} has no POS category in source "
                         f"'{ctx.source}' (it failed or was skipped)")
    return [odoo_id]


def parent_category(ctx, dept, binding) -> int | None:
    """Rattail departments are flat: a category keeps the parent it has in Odoo
    (a new one is created at the top)."""
    return binding.parent_odoo_id if binding is not None else None


def email(ctx, customer, binding) -> str | None:
    address = customer.first_email_address()
    return address or (binding.email if binding is not None else None)


def phone(ctx, customer, binding) -> str | None:
    number = customer.first_phone_number()
    return number or (binding.phone if binding is not None else None)


def vat(ctx, customer, binding) -> str | None:
    """Rattail keeps no VAT number of its own: the one last read from Odoo."""
    return binding.vat if binding is not None else None


def tax_map(config: Any, source: str) -> dict[str, int]:
    """Rattail tax -> Odoo ``account.tax`` id for *source*: ``[odoo_pos]
    source.<source>.export_taxes`` (else the section-wide ``export_taxes``),
    pairs ``KEY:ID`` where KEY is a Rattail tax code (the product's ``tax``) or
    one of the product's flags ``tax1``, ``tax2``, ``tax3``."""
    from rattail_odoo_pos.odoo.errors import OdooConfigError
    name = f'source.{source}.export_taxes'
    raw = config.get('odoo_pos', name)
    if raw is None:
        name = 'export_taxes'
        raw = config.get('odoo_pos', name)
    out: dict[str, int] = {}
    for pair in config.parse_list(raw or ''):
        key, sep, odoo_id = pair.rpartition(':')
        if not sep or not key or not odoo_id.strip().isdigit():
            raise OdooConfigError(f"[odoo_pos] {name}: {pair!r} is not KEY:ID (a Rattail tax "
                                  f"code or tax1/tax2/tax3, a colon, an Odoo account.tax id)")
        out[key] = int(odoo_id)
    return out


def taxes(ctx, product, binding) -> list[int]:
    """The Odoo taxes of the product in this source: its Rattail tax (by code
    in the site's mapping, else the ``account.tax`` that tax was imported from
    in this source) and its flags ``tax1``..``tax3`` (by the mapping)."""
    mapping = getattr(ctx, '_tax_map', None)
    if mapping is None:
        mapping = ctx._tax_map = tax_map(ctx.app.config, ctx.source)
    keys = [('code', product.tax)] if product.tax is not None else []
    keys += [('flag', flag) for flag in ('tax1', 'tax2', 'tax3') if getattr(product, flag)]
    ids = []
    for kind, what in keys:
        key = what.code if kind == 'code' else what
        odoo_id = mapping.get(key)
        if odoo_id is None and kind == 'code':
            ext = ctx.app.model.OdooPosTax
            row = ctx.session.query(ext.odoo_id).filter(
                ext.source == ctx.source, ext.tax_uuid == what.uuid).first()
            odoo_id = row[0] if row else None
        if odoo_id is None:
            raise SkipRecord(f"its tax {key!r} has no Odoo tax in source '{ctx.source}' (map "
                             f"it in [odoo_pos] source.{ctx.source}.export_taxes)")
        ids.append(odoo_id)
    return sorted(set(ids))


#: getter name -> function (anything else is an attribute path)
GETTERS: dict[str, Callable[..., Any]] = {
    'barcode': barcode, 'available_in_pos': available_in_pos,
    'not_discontinued': not_discontinued, 'pos_category': pos_category,
    'parent_category': parent_category, 'email': email, 'phone': phone, 'vat': vat,
    'taxes': taxes,
}


def get_value(ctx, spec: str, native: Any, binding: Any) -> Any:
    getter = GETTERS.get(spec)
    if getter is not None:
        return getter(ctx, native, binding)
    return attribute(native, spec)
