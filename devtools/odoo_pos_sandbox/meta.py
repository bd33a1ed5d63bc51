# SPDX-License-Identifier: GPL-3.0-or-later
"""What the sandbox knows of Odoo 17: the models, their fields (exactly the
``fields_get`` a real Odoo 17.0 server returned, shipped in ``data/``), and
Odoo's error payloads.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

#: what a real Odoo 17.0 server returned (fields_get, samples, HTTP exchanges, notes)
RECORDINGS = Path(__file__).parent / 'recordings' / 'odoo17'
DATA = RECORDINGS

#: ``_order`` of the models whose default order is not ``id``
DEFAULT_ORDER = {
    'pos.order': 'date_order desc, name desc, id desc',
    'pos.session': 'id desc',
    'res.partner': 'complete_name asc, id desc',
    'pos.order.line': 'id',
    'pos.payment': 'id desc',
    'res.users': 'name, login',
    'product.product': 'default_code, name, id',
    'product.template': 'priority desc, name, id',
    'pos.category': 'sequence, name',
    'account.move': 'date desc, name desc, id desc',
    'hr.employee': 'name',
    'uom.uom': 'factor desc, id',
}

#: one2many fields: (model, field) -> inverse many2one on the comodel
ONE2MANY_INVERSE = {
    ('pos.order', 'lines'): 'order_id',
    ('pos.order', 'payment_ids'): 'pos_order_id',
    ('pos.session', 'order_ids'): 'session_id',
    ('pos.config', 'session_ids'): 'config_id',
    ('loyalty.program', 'rule_ids'): 'program_id',
    ('loyalty.program', 'reward_ids'): 'program_id',
    ('product.template', 'product_variant_ids'): 'product_tmpl_id',
    ('pos.category', 'child_id'): 'parent_id',
    ('pos.order.line', 'refund_orderline_ids'): 'refunded_orderline_id',
}

#: non-stored (computed / related) fields the sandbox keeps in a column anyway
#: because real Odoo computes them from data the sandbox does not model
EXTRA_COLUMNS = {
    'pos.config': {'currency_id': 'INTEGER'},
    'res.users': {'name': 'TEXT', 'tz': 'TEXT', 'email': 'TEXT'},
    'product.product': {'lst_price_extra': 'REAL'},
}

#: related fields that read through a many2one (model -> (m2o field, comodel))
DELEGATES = {
    'product.product': ('product_tmpl_id', 'product.template'),
    'res.users': ('partner_id', 'res.partner'),
}

#: models the recordings touch without a recorded fields_get (minimal fields)
EXTRA_MODELS: dict[str, dict[str, dict[str, Any]]] = {
    'account.move': {
        'name': {'string': 'Number', 'type': 'char', 'store': True},
        'move_type': {'string': 'Type', 'type': 'selection', 'store': True, 'selection': [
            ['entry', 'Journal Entry'], ['out_invoice', 'Customer Invoice']]},
        'state': {'string': 'Status', 'type': 'selection', 'store': True, 'selection': [
            ['draft', 'Draft'], ['posted', 'Posted'], ['cancel', 'Cancelled']]},
        'partner_id': {'string': 'Partner', 'type': 'many2one', 'relation': 'res.partner',
                       'store': True},
        'date': {'string': 'Date', 'type': 'date', 'store': True},
        'amount_total': {'string': 'Total', 'type': 'monetary', 'store': True},
    },
    'ir.config_parameter': {
        'key': {'string': 'Key', 'type': 'char', 'store': True, 'required': True},
        'value': {'string': 'Value', 'type': 'text', 'store': True, 'required': True},
    },
}

_MAGIC = {
    'id': {'string': 'ID', 'type': 'integer', 'store': True, 'readonly': True},
    'display_name': {'string': 'Display Name', 'type': 'char', 'store': False, 'readonly': True},
    'create_uid': {'string': 'Created by', 'type': 'many2one', 'relation': 'res.users',
                   'store': True, 'readonly': True},
    'create_date': {'string': 'Created on', 'type': 'datetime', 'store': True, 'readonly': True},
    'write_uid': {'string': 'Last Updated by', 'type': 'many2one', 'relation': 'res.users',
                  'store': True, 'readonly': True},
    'write_date': {'string': 'Last Updated on', 'type': 'datetime', 'store': True,
                   'readonly': True},
}

SQL_TYPES = {
    'integer': 'INTEGER', 'many2one': 'INTEGER', 'boolean': 'INTEGER',
    'many2one_reference': 'INTEGER',
    'float': 'REAL', 'monetary': 'REAL', 'many2many': 'TEXT',
}

#: field types never stored in a column (binary/html data is not generated)
NO_COLUMN = {'one2many', 'binary', 'properties', 'properties_definition'}


@dataclass
class Model:
    """One Odoo model as the sandbox serves it."""
    name: str
    fields: dict[str, dict[str, Any]]
    order: str = 'id'
    columns: dict[str, str] = field(default_factory=dict)   # column -> SQL type

    @property
    def table(self) -> str:
        return self.name.replace('.', '_')

    @property
    def rec_name(self) -> str | None:
        if self.name == 'res.partner':
            return 'complete_name'
        for name in ('name', 'key', 'complete_name'):
            if name in self.columns:
                return name
        return None

    @property
    def has_active(self) -> bool:
        return 'active' in self.columns

    def ftype(self, name: str) -> str:
        return self.fields[name]['type']

    def relation(self, name: str) -> str | None:
        return self.fields[name].get('relation')

    @property
    def description(self) -> str:
        return {'ir.config_parameter': 'System Parameter', 'account.move': 'Journal Entry',
                'product.template': 'Product', 'product.product': 'Product Variant',
                'hr.employee': 'Employee', 'pos.category': 'Point of Sale Category',
                'res.partner': 'Contact', 'pos.config': 'Point of Sale Configuration',
                'pos.order': 'Point of Sale Orders',
                'ir.model.data': 'Model Data'}.get(self.name, self.name)


@functools.lru_cache(maxsize=None)
def registry() -> dict[str, Model]:
    """Every model the sandbox serves, keyed by Odoo model name."""
    models: dict[str, Model] = {}
    for path in sorted((DATA / 'fields_get').glob('*.json')):
        name = path.stem
        models[name] = _model(name, json.loads(path.read_text()))
    extra = dict(EXTRA_MODELS)
    extra.update({name: spec['fields'] for name, spec in source_models().items()})
    for name, fields in extra.items():
        full = {key: {'readonly': False, 'required': False, **value}
                for key, value in fields.items()}
        for key, value in _MAGIC.items():
            full.setdefault(key, {'required': False, **value})
        models[name] = _model(name, full)
        if name in source_models():
            models[name].order = source_models()[name].get('order', 'id')
    return models


#: models with no recording, defined from Odoo's source (``models/NAME.json``:
#: the source file, ``_order``, the stored fields, and the records to seed)
MODELS_FROM_SOURCE = Path(__file__).parent / 'models'


@functools.lru_cache(maxsize=None)
def source_models() -> dict[str, dict[str, Any]]:
    """``models/*.json`` by Odoo model name."""
    return {path.stem: json.loads(path.read_text())
            for path in sorted(MODELS_FROM_SOURCE.glob('*.json'))}


def _model(name: str, fields: dict[str, dict[str, Any]]) -> Model:
    columns: dict[str, str] = {}
    for fname, meta in fields.items():
        if fname == 'id' or not meta.get('store') or meta['type'] in NO_COLUMN:
            continue
        columns[fname] = SQL_TYPES.get(meta['type'], 'TEXT')
    columns.update(EXTRA_COLUMNS.get(name, {}))
    return Model(name=name, fields=fields, order=DEFAULT_ORDER.get(name, 'id'), columns=columns)


def version_info() -> dict[str, Any]:
    data = json.loads((DATA / 'version_info.json').read_text())
    return data['JSON-RPC /jsonrpc service=common method=version']


def sample_records(model: str) -> list[dict[str, Any]]:
    """The recorded records of *model* (or the seed records of a model defined
    from source)."""
    path = DATA / 'samples' / f'{model}.json'
    if not path.exists():
        return list(source_models().get(model, {}).get('records', []))
    return json.loads(path.read_text())['records']


# -- errors -----------------------------------------------------------------

class OdooError(Exception):
    """An error Odoo reports inside a JSON-RPC ``error`` / an XML-RPC fault."""
    name = 'odoo.exceptions.UserError'
    xmlrpc_code = 2
    code = 200
    rpc_message = 'Odoo Server Error'

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message

    @property
    def short_name(self) -> str:
        return self.name.split('.', 1)[1] if self.name.startswith('builtins.') else self.name

    def debug(self) -> str:
        return (f"Traceback (most recent call last):\n  (stack frames omitted)\n"
                f"{self.short_name}: {self.message}\n")

    def payload(self) -> dict[str, Any]:
        return {'code': self.code, 'message': self.rpc_message, 'data': {
            'name': self.name, 'debug': self.debug(), 'message': self.message,
            'arguments': [self.message], 'context': {}}}

    def fault_string(self) -> str:
        return self.debug() if self.xmlrpc_code == 1 else self.message


class UserError(OdooError):
    name = 'odoo.exceptions.UserError'


class MissingError(OdooError):
    name = 'odoo.exceptions.MissingError'

    def __init__(self, model: str, ids: list[int], uid: int):
        ids_text = ', '.join(str(i) for i in ids) + (',' if len(ids) == 1 else '')
        super().__init__(f"Record does not exist or has been deleted.\n"
                         f"(Record: {model}({ids_text}), User: {uid})")


class AccessError(OdooError):
    name = 'odoo.exceptions.AccessError'
    xmlrpc_code = 4


class AccessDenied(OdooError):
    name = 'odoo.exceptions.AccessDenied'
    xmlrpc_code = 3

    def __init__(self, message: str = 'Access Denied'):
        super().__init__(message)


class ValidationError(OdooError):
    name = 'odoo.exceptions.ValidationError'


def not_null_error(model: Model, field: str) -> ValidationError:
    """A mandatory column left empty (psycopg2's NotNullViolation as Odoo re-raises it)."""
    return ValidationError(
        "The operation cannot be completed:\n- Create/update: a mandatory field is not set.\n"
        "- Delete: another model requires the record being deleted. If possible, archive it "
        f"instead.\n\nModel: {model.description} ({model.name})\n"
        f"Field: {model.fields[field].get('string', field)} ({field})\n")


def foreign_key_error(constraint: str) -> ValidationError:
    """An id that does not exist in a many2many (psycopg2's ForeignKeyViolation as Odoo
    re-raises it: the relation table is no model, hence "Unknown")."""
    return ValidationError(
        "The operation cannot be completed: another model requires the record being deleted. "
        "If possible, archive it instead.\n\nModel: Unknown (unknown)\n"
        f"Constraint: {constraint}\n")


class ValueErr(OdooError):
    name = 'builtins.ValueError'
    xmlrpc_code = 1


class KeyErr(OdooError):
    name = 'builtins.KeyError'
    xmlrpc_code = 1


class AttributeErr(OdooError):
    name = 'builtins.AttributeError'
    xmlrpc_code = 1


class TypeErr(OdooError):
    name = 'builtins.TypeError'
    xmlrpc_code = 1


class DatabaseError(OdooError):
    """A psycopg2 error surfacing as an Odoo Server Error."""
    xmlrpc_code = 1

    def __init__(self, name: str, message: str):
        super().__init__(message)
        self.name = f'psycopg2.errors.{name}' if '.' not in name else name


class SessionExpired(OdooError):
    name = 'odoo.http.SessionExpiredException'
    code = 100
    rpc_message = 'Odoo Session Expired'

    def __init__(self):
        super().__init__('Session expired')


def access_groups_message(verb: str, model: Model, groups: list[str]) -> str:
    lines = '\n'.join(f'\t- {g}' for g in groups)
    return (f"You are not allowed to {verb} '{model.description}' ({model.name}) records.\n\n"
            f"This operation is allowed for the following groups:\n{lines}\n\n"
            f"Contact your administrator to request access if necessary.")
