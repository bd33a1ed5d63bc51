# SPDX-License-Identifier: GPL-3.0-or-later
"""The sandbox's data and ORM: an SQLite file holding Odoo 17 POS records,
read and written the way Odoo's ORM does over RPC.

* one table per model, one column per stored field of the recorded
  ``fields_get`` (many2many as JSON lists, one2many computed from the inverse);
* ``create_date`` / ``write_date`` are the writing transaction's start time,
  kept with microseconds and sent truncated to the second;
* each RPC call is one transaction; :meth:`Sandbox.transaction` opens a longer
  one from Python whose rows other readers only see when it commits (SQLite
  WAL snapshots), like a POS session close that runs for minutes.
"""

from __future__ import annotations

import collections
import contextlib
import datetime
import json
import logging
import secrets
import sqlite3
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator

from odoo_pos_sandbox.domain import Compiler, order_sql
from odoo_pos_sandbox.flows import FlowsMixin, float_round
from odoo_pos_sandbox import versions as odoo_versions
from odoo_pos_sandbox.meta import (
    AccessDenied, AccessError, AttributeErr, KeyErr, MissingError, Model, OdooError,
    UserError, ValidationError, ValueErr, access_groups_message, foreign_key_error,
    not_null_error, registry, ONE2MANY_INVERSE, DELEGATES)

log = logging.getLogger(__name__)

ADMIN_UID = 2
#: HR-only fields of hr.employee (field-level access for non-HR users)
HR_FIELDS = {'private_email', 'private_phone', 'private_street', 'ssnid', 'sinid',
             'identification_id', 'passport_id', 'birthday', 'bank_account_id',
             'emergency_contact', 'emergency_phone', 'km_home_work', 'spouse_complete_name',
             'place_of_birth', 'country_of_birth', 'marital', 'visa_no', 'permit_no', 'children'}
PRODUCT_ADMIN_GROUPS = ['Administration/Settings', 'Inventory/Administrator',
                        'Point of Sale/Administrator']
#: groups Odoo names when a user without them creates these (recorded)
CREATE_GROUPS = {
    'product.product': ['Administration/Settings', 'Inventory/Administrator',
                        'Invoicing/Billing Administrator', 'Point of Sale/Administrator'],
    'product.template': ['Administration/Settings', 'Inventory/Administrator',
                         'Invoicing/Billing Administrator', 'Point of Sale/Administrator'],
    'pos.category': ['Point of Sale/Administrator'],
    'res.partner': ['Extra Rights/Contact Creation', 'Inventory/Administrator'],
}
#: what Odoo's defaults give a record created over RPC without them
CREATE_DEFAULTS: dict[str, dict[str, Any]] = {
    'product.template': {'detailed_type': 'consu', 'type': 'consu', 'categ_id': 1,
                         'uom_id': 1, 'uom_po_id': 1, 'sale_ok': True, 'purchase_ok': True,
                         'list_price': 1.0, 'tracking': 'none', 'sequence': 1,
                         'priority': '0', 'invoice_policy': 'order'},
    'res.partner': {'type': 'contact', 'customer_rank': 0, 'supplier_rank': 0,
                    'is_company': False},
    'pos.order': {'name': '/', 'state': 'draft'},
    'pos.category': {'sequence': 0},
}
#: many2many relation tables whose name is not Odoo's default ``a_b_rel``
M2M_TABLES = {('product.template', 'taxes_id'): ('product_taxes_rel', 'tax_id')}
#: pos.config's ``_get_forbidden_change_fields`` (the tip product key is misspelled
#: ``iface_tipproduc`` in Odoo 17's source, so it never triggers)
CONFIG_FORBIDDEN_WHILE_OPEN = ['module_pos_hr', 'module_pos_restaurant',
                               'available_pricelist_ids', 'limit_categories',
                               'iface_available_categ_ids', 'use_pricelist',
                               'module_pos_discount', 'payment_method_ids', 'iface_tipproduc']
PRODUCT_UNLINK_SESSION_OPEN = (
    "To delete a product, make sure all point of sale sessions are closed.\n\nDeleting a "
    "product available in a session would be like attempting to snatch ahamburger from a "
    "customer\u2019s hand mid-bite; chaos will ensue as ketchup and mayo go flying everywhere!")
PUBLIC_METHODS = {'search', 'search_read', 'read', 'search_count', 'fields_get', 'read_group',
                  'formatted_read_group',
                  'name_search', 'create', 'write', 'unlink', 'check_access_rule',
                  'check_access_rights', 'context_get', 'exists', 'default_get'}
READ_METHODS = {'search', 'search_read', 'read', 'search_count', 'fields_get', 'read_group',
                'formatted_read_group',
                'name_search', 'check_access_rule', 'check_access_rights', 'context_get',
                'exists', 'default_get'}
#: POS business methods (on record ids): raise MissingError for missing ids
BUSINESS_METHODS = {('pos.order', 'action_pos_order_invoice'),
                    ('pos.order', 'action_pos_order_paid'),
                    ('pos.session', 'action_pos_session_closing_control'),
                    ('pos.session', 'action_pos_session_open')}


def utcnow() -> datetime.datetime:
    return datetime.datetime.now(datetime.timezone.utc).replace(tzinfo=None)


def fmt_dt(value: datetime.datetime) -> str:
    """Stored form: with microseconds (as PostgreSQL keeps it)."""
    return value.strftime('%Y-%m-%d %H:%M:%S.%f')


class Clock:
    """The sandbox's "now" (UTC, naive): real time plus an offset a test may move."""

    def __init__(self):
        self.offset = datetime.timedelta(0)
        self.frozen: datetime.datetime | None = None

    def now(self) -> datetime.datetime:
        return self.frozen if self.frozen is not None else utcnow() + self.offset

    def set(self, when: datetime.datetime) -> None:
        self.frozen = when

    def advance(self, seconds: float) -> None:
        if self.frozen is not None:
            self.frozen += datetime.timedelta(seconds=seconds)
        else:
            self.offset += datetime.timedelta(seconds=seconds)

    def unfreeze(self) -> None:
        self.frozen = None


@dataclass
class Fault:
    kind: str                       # latency | http500 | drop | odoo_error | hold
    model: str | None = None
    method: str | None = None
    at_call: int | None = None      # absolute call number that triggers it
    times: int = 1
    seconds: float = 1.0
    name: str = 'psycopg2.errors.SerializationFailure'
    message: str = 'could not serialize access due to concurrent update'


class Faults:
    """Faults to inject: ``add('http500', model='pos.order', times=2)``,
    ``add('drop', at_call=3)`` (the 3rd RPC call from now), ``add('latency', seconds=2)``,
    ``add('hold', model='product.product', method='create', seconds=30)`` (the call runs
    and commits, then its answer is held back: a client killed meanwhile never learns
    what Odoo did, as after a crash between Odoo's commit and the caller's),
    ``add('session_expired', at_call=5)`` (every web session is forgotten and that call,
    when it comes by ``/web/dataset/call_kw``, answers "Odoo Session Expired")."""
    KINDS = ('latency', 'http500', 'drop', 'odoo_error', 'hold', 'session_expired')

    def __init__(self, sandbox: 'Sandbox'):
        self.sandbox = sandbox
        self.pending: list[Fault] = []
        self.fired: list[tuple[int, str, str | None, str | None]] = []
        self._lock = threading.Lock()

    def add(self, kind: str, *, at_call: int | None = None, model: str | None = None,
            method: str | None = None, times: int = 1, seconds: float = 1.0, **kw: Any) -> Fault:
        if kind not in self.KINDS:
            raise ValueError(f"unknown fault kind {kind!r} (one of {', '.join(self.KINDS)})")
        absolute = self.sandbox.call_count + at_call if at_call else None
        fault = Fault(kind, model=model, method=method, at_call=absolute, times=times,
                      seconds=seconds, **kw)
        with self._lock:
            self.pending.append(fault)
        return fault

    def clear(self) -> None:
        with self._lock:
            self.pending.clear()

    def take(self, call_no: int, model: str | None, method: str | None) -> Fault | None:
        with self._lock:
            for fault in self.pending:
                if fault.at_call is not None and fault.at_call != call_no:
                    continue
                if fault.model and fault.model != model:
                    continue
                if fault.method and fault.method != method:
                    continue
                fault.times -= 1
                if fault.times <= 0 or fault.at_call is not None:
                    self.pending.remove(fault)
                self.fired.append((call_no, fault.kind, model, method))
                return fault
        return None


# -- the ORM -----------------------------------------------------------------

class Env:
    """One transaction of one user: Odoo ORM methods over the SQLite file."""

    def __init__(self, sandbox: 'Sandbox', cx: sqlite3.Connection, now: datetime.datetime,
                 uid: int = ADMIN_UID, context: dict[str, Any] | None = None):
        self.sandbox = sandbox
        self.cx = cx
        self.now = now
        self.uid = uid
        self.context = context or {}

    # -- helpers ----------------------------------------------------------

    def model(self, name: str) -> Model:
        try:
            return registry()[name]
        except KeyError:
            raise KeyErr(name) from None

    @property
    def is_admin(self) -> bool:
        return self.uid in (1, ADMIN_UID)

    def _check_access(self, m: Model, operation: str, fields: Iterable[str] = ()) -> None:
        if self.is_admin:
            return
        if m.name == 'ir.config_parameter':
            raise AccessError(access_groups_message('access', m, ['Administration/Settings']))
        if m.name == 'ir.model.data' and operation in ('create', 'write', 'unlink'):
            verb = {'create': 'create', 'write': 'modify', 'unlink': 'delete'}[operation]
            raise AccessError(access_groups_message(verb, m, ['Administration/Settings']))
        if m.name == 'account.move' and operation in ('create', 'write', 'unlink'):
            verb = {'create': 'create', 'write': 'modify', 'unlink': 'delete'}[operation]
            raise AccessError(access_groups_message(verb, m, ['Invoicing/Billing']))
        verb = {'create': 'create', 'write': 'modify', 'unlink': 'delete'}.get(operation)
        if operation == 'create' and m.name in CREATE_GROUPS:
            raise AccessError(access_groups_message(verb, m, CREATE_GROUPS[m.name]))
        if m.name in ('product.template', 'product.product') and operation != 'read':
            raise AccessError(access_groups_message(verb, m, PRODUCT_ADMIN_GROUPS))
        if m.name == 'pos.category' and operation in ('write', 'unlink'):
            raise AccessError(access_groups_message(verb, m, CREATE_GROUPS[m.name]))
        if m.name == 'hr.employee' and operation == 'read':
            denied = sorted(set(fields) & HR_FIELDS)
            if denied:
                lines = '\n'.join(f"- {f} (allowed for groups 'Employees / Officer: Manage all "
                                  f"employees')" for f in denied)
                raise AccessError(
                    "The requested operation can not be completed due to security "
                    f"restrictions.\n\nDocument type: Employee (hr.employee)\nOperation: read\n"
                    f"User: {self.uid}\nFields:\n{lines}")

    @property
    def active_test(self) -> bool:
        return self.context.get('active_test', True) is not False

    # -- search -----------------------------------------------------------

    def search(self, model: str, domain: Any = (), offset: int = 0, limit: int | None = None,
               order: str | None = None, count: bool = False) -> list[int]:
        m = self.model(model)
        self._check_access(m, 'read')
        comp = Compiler(m, 't', self.active_test)
        where = comp.compile(self._ruled(model, domain))
        order_by = order_sql(m, order) or 't.id'
        sql = f"SELECT t.id FROM {m.table} t WHERE {where} ORDER BY {order_by}"
        params = list(comp.params)
        if limit:
            sql += " LIMIT ?"
            params.append(int(limit))
            if offset:
                sql += " OFFSET ?"
                params.append(int(offset))
        elif offset:
            sql += " LIMIT -1 OFFSET ?"
            params.append(int(offset))
        return [row[0] for row in self.cx.execute(sql, params)]

    def _ruled(self, model: str, domain: Any) -> list[Any]:
        """*domain* AND the model's record rule (Odoo adds rules the same way)."""
        rule = self.sandbox.record_rules.get(model)
        return [*rule, *(domain or [])] if rule else list(domain or [])

    def search_count(self, model: str, domain: Any = (), limit: int | None = None) -> int:
        m = self.model(model)
        self._check_access(m, 'read')
        comp = Compiler(m, 't', self.active_test)
        where = comp.compile(self._ruled(model, domain))
        sql = f"SELECT count(*) FROM (SELECT 1 FROM {m.table} t WHERE {where}"
        params = list(comp.params)
        if limit:
            sql += " LIMIT ?"
            params.append(int(limit))
        sql += ")"
        return self.cx.execute(sql, params).fetchone()[0]

    def search_read(self, model: str, domain: Any = (), fields: Any = None, offset: int = 0,
                    limit: int | None = None, order: str | None = None,
                    load: str | None = '_classic_read') -> list[dict[str, Any]]:
        m = self.model(model)
        self._validate_fields(m, fields)
        ids = self.search(model, domain, offset=offset, limit=limit, order=order)
        return self.read(model, ids, fields, load=load) if ids else []

    # -- read -------------------------------------------------------------

    def _validate_fields(self, m: Model, fields: Any) -> list[str]:
        if not fields:
            return [f for f in m.fields]
        for name in fields:
            if name not in m.fields:
                raise ValueErr(f"Invalid field {name!r} on model {m.name!r}")
        return list(fields)

    def read(self, model: str, ids: Iterable[int], fields: Any = None,
             load: str | None = '_classic_read') -> list[dict[str, Any]]:
        m = self.model(model)
        if isinstance(ids, int):
            ids = [ids]
        ids = [int(i) for i in ids]
        names = self._validate_fields(m, fields)
        if not fields and not self.is_admin and m.name == 'hr.employee':
            names = [n for n in names if n not in HR_FIELDS]
        self._check_access(m, 'read', names)
        names = [n for n in names if n != 'id']
        rows = self._rows(m, set(ids), [n for n in names if n in m.columns])
        present = [i for i in ids if i in rows]
        if not present:
            return []
        values: dict[str, dict[int, Any]] = {}
        for name in names:
            if name in m.columns:
                continue
            values[name] = self._computed(m, name, sorted(set(present)), rows)
        # display names of many2one targets, one query per comodel
        labels: dict[str, dict[int, Any]] = {}
        if load is not None:
            for name in names:
                meta = m.fields[name]
                if meta['type'] == 'many2one':
                    col = rows if name in m.columns else None
                    ids_ = {(rows[i][name] if col else values[name].get(i)) for i in present}
                    ids_.discard(None)
                    labels[name] = self.display_names(meta.get('relation'), ids_)
        out = []
        for rid in ids:
            if rid not in rows:
                continue
            row = rows[rid]
            rec: dict[str, Any] = {'id': rid}
            for name in names:
                meta = m.fields[name]
                raw = row[name] if name in m.columns else values[name].get(rid)
                rec[name] = self._to_wire(meta, raw, labels.get(name))
            out.append(rec)
        return out

    def _rows(self, m: Model, ids: set[int], cols: list[str]) -> dict[int, dict[str, Any]]:
        rows: dict[int, dict[str, Any]] = {}
        id_list = sorted(ids)
        select = ', '.join(['id'] + cols)
        for i in range(0, len(id_list), 900):
            chunk = id_list[i:i + 900]
            cur = self.cx.execute(f"SELECT {select} FROM {m.table} WHERE id IN "
                                  f"({','.join('?' * len(chunk))})", chunk)
            for r in cur:
                rows[r[0]] = dict(zip(['id'] + cols, r))
        return rows

    @staticmethod
    def _to_wire(meta: dict[str, Any], raw: Any, labels: dict[int, Any] | None) -> Any:
        t = meta['type']
        if t == 'many2one':
            if raw is None or raw is False:
                return False
            return [raw, labels.get(raw, False)] if labels is not None else raw
        if t in ('one2many', 'many2many'):
            if raw is None:
                return []
            return json.loads(raw) if isinstance(raw, str) else list(raw)
        if t == 'boolean':
            return bool(raw)
        if t in ('integer', 'many2one_reference'):
            return int(raw) if raw is not None else 0
        if t in ('float', 'monetary'):
            return float(raw) if raw is not None else 0.0
        if t == 'datetime':
            return raw[:19] if raw else False
        if raw is None or raw == '':
            return False
        return raw

    def _computed(self, m: Model, name: str, ids: list[int],
                  rows: dict[int, dict[str, Any]]) -> dict[int, Any]:
        meta = m.fields[name]
        if name == 'display_name':
            return self.display_names(m.name, ids)
        if meta['type'] == 'one2many':
            inverse = ONE2MANY_INVERSE.get((m.name, name))
            comodel = registry().get(meta.get('relation') or '')
            if not inverse or comodel is None:
                return {}
            out: dict[int, list[int]] = {i: [] for i in ids}
            order = order_sql(comodel, None, alias='c') or 'c.id'
            for i in range(0, len(ids), 900):
                chunk = ids[i:i + 900]
                cur = self.cx.execute(
                    f"SELECT c.{inverse}, c.id FROM {comodel.table} c WHERE c.{inverse} IN "
                    f"({','.join('?' * len(chunk))}) ORDER BY {order}", chunk)
                for parent, cid in cur:
                    out[parent].append(cid)
            return out
        if m.name == 'product.product' and name == 'lst_price':
            cur = self.cx.execute(
                f"SELECT p.id, t.list_price, p.lst_price_extra FROM product_product p "
                f"JOIN product_template t ON t.id = p.product_tmpl_id WHERE p.id IN "
                f"({','.join('?' * len(ids))})", ids)
            # read through the variant, a price goes through the field's rounding
            # (float_round to 2 digits: 19.99 reads 19.990000000000002)
            return {i: float_round((lp or 0.0) + (extra or 0.0)) for i, lp, extra in cur}
        if m.name == 'pos.config' and name in ('current_session_id', 'current_session_state',
                                               'has_active_session'):
            marks = ','.join('?' * len(ids))
            current: dict[int, tuple[int, str]] = {}
            for sid, config, state in self.cx.execute(
                    f"SELECT id, config_id, state FROM pos_session WHERE state != 'closed' AND "
                    f"config_id IN ({marks}) ORDER BY id DESC", ids):
                current.setdefault(config, (sid, state))
            if name == 'has_active_session':
                return {i: i in current for i in ids}
            return {c: (v[0] if name == 'current_session_id' else v[1])
                    for c, v in current.items()}
        if m.name == 'pos.order' and name == 'currency_id':
            # Odoo 17: related='config_id.currency_id' (not stored: computed on read)
            return {o: c for o, c in self.cx.execute(
                f"SELECT o.id, c.currency_id FROM pos_order o JOIN pos_config c "
                f"ON c.id = o.config_id WHERE o.id IN ({','.join('?' * len(ids))})", ids)}
        if m.name == 'product.template' and name in ('barcode', 'product_variant_count'):
            marks = ','.join('?' * len(ids))
            if name == 'product_variant_count':
                return {t: n for t, n in self.cx.execute(
                    f"SELECT product_tmpl_id, count(*) FROM product_product WHERE active = 1 "
                    f"AND product_tmpl_id IN ({marks}) GROUP BY product_tmpl_id", ids)}
            # the single variant's barcode (Odoo's _compute_barcode)
            return {t: b for t, b, n in self.cx.execute(
                f"SELECT product_tmpl_id, max(barcode), count(*) FROM product_product "
                f"WHERE product_tmpl_id IN ({marks}) GROUP BY product_tmpl_id", ids) if n == 1}
        delegate = DELEGATES.get(m.name)
        if delegate:
            m2o, comodel_name = delegate
            comodel = registry()[comodel_name]
            if name in comodel.columns:
                links = {i: v for i, v in self.cx.execute(
                    f"SELECT id, {m2o} FROM {m.table} WHERE id IN ({','.join('?' * len(ids))})",
                    ids)}
                target = self._rows(comodel, {v for v in links.values() if v}, [name])
                out = {i: target.get(v, {}).get(name) for i, v in links.items()}
                if m.name == 'product.product' and name == 'list_price':
                    out = {i: float_round(v or 0.0) for i, v in out.items()}
                return out
        return {}

    def display_names(self, model: str | None, ids: Iterable[int]) -> dict[int, str]:
        ids = sorted(set(i for i in ids if i))
        if not ids or not model:
            return {}
        m = registry().get(model)
        marks = ','.join('?' * len(ids))
        out: dict[int, str] = {}
        if m is not None:
            if model == 'product.product':
                cur = self.cx.execute(
                    f"SELECT p.id, p.default_code, t.name FROM product_product p LEFT JOIN "
                    f"product_template t ON t.id = p.product_tmpl_id WHERE p.id IN ({marks})", ids)
                out = {i: (f"[{code}] {name}" if code else name) for i, code, name in cur}
            elif model == 'product.template':
                cur = self.cx.execute(f"SELECT id, default_code, name FROM product_template "
                                      f"WHERE id IN ({marks})", ids)
                out = {i: (f"[{code}] {name}" if code else name) for i, code, name in cur}
            elif model == 'pos.category':
                cur = self.cx.execute(
                    f"SELECT c.id, c.name, p.name FROM pos_category c LEFT JOIN pos_category p "
                    f"ON p.id = c.parent_id WHERE c.id IN ({marks})", ids)
                out = {i: (f"{parent} / {name}" if parent else name) for i, name, parent in cur}
            elif model == 'pos.payment':
                cur = self.cx.execute(f"SELECT id, amount FROM pos_payment WHERE id IN ({marks})",
                                      ids)
                out = {i: f"$\xa0{(amount or 0.0):.2f}" for i, amount in cur}
            elif model == 'res.partner':
                cur = self.cx.execute(f"SELECT id, complete_name, name FROM res_partner "
                                      f"WHERE id IN ({marks})", ids)
                out = {i: (complete or name or '') for i, complete, name in cur}
            elif m.rec_name:
                cur = self.cx.execute(f"SELECT id, {m.rec_name} FROM {m.table} "
                                      f"WHERE id IN ({marks})", ids)
                out = {i: name for i, name in cur if name is not None}
            else:
                exists = {r[0] for r in self.cx.execute(
                    f"SELECT id FROM {m.table} WHERE id IN ({marks})", ids)}
                out = {i: f"{model},{i}" for i in exists}
        missing = [i for i in ids if i not in out]
        if missing:
            cur = self.cx.execute(
                f"SELECT id, name FROM _names WHERE model = ? AND id IN "
                f"({','.join('?' * len(missing))})", [model] + missing)
            out.update({i: name for i, name in cur})
            for i in missing:
                out.setdefault(i, f"{model},{i}")
        return out

    # -- write ------------------------------------------------------------

    def _column_value(self, m: Model, name: str, value: Any) -> Any:
        meta = m.fields.get(name)
        t = meta['type'] if meta else None
        if t == 'many2one':
            if isinstance(value, (list, tuple)):
                value = value[0] if value else None
            return value or None
        if t == 'many2many':
            return json.dumps(self._m2m_checked(m, name, self._m2m_ids(value, [])))
        if t == 'boolean':
            return 1 if value else 0
        if value is False and t not in ('integer', 'float', 'monetary'):
            return None
        if t == 'datetime' and isinstance(value, datetime.datetime):
            return fmt_dt(value)
        if t == 'date' and isinstance(value, datetime.date):
            return value.isoformat()
        return value

    @staticmethod
    def _m2m_ids(commands: Any, current: list[int]) -> list[int]:
        """The ids an x2many value leaves: a list of ids, or command tuples
        ``(6, 0, ids)``, ``(4, id)``, ``(3, id)``, ``(2, id)``, ``(5,)``."""
        ids = list(current)
        if not commands:
            return ids
        if all(isinstance(c, int) for c in commands):
            return list(commands)
        for cmd in commands:
            code = cmd[0]
            if code == 6:
                ids = list(cmd[2])
            elif code == 4 and cmd[1] not in ids:
                ids.append(cmd[1])
            elif code in (3, 2):
                ids = [i for i in ids if i != cmd[1]]
            elif code == 5:
                ids = []
        return ids

    def _m2m_checked(self, m: Model, name: str, ids: list[int]) -> list[int]:
        """*ids* in the comodel's order (how Odoo reads a many2many back); an id
        that does not exist fails as the relation table's foreign key does."""
        comodel = registry().get(m.fields[name].get('relation') or '')
        if comodel is None or not ids:
            return list(ids)
        ids = [int(i) for i in ids]
        order = order_sql(comodel, None) or 't.id'
        found = [r[0] for r in self.cx.execute(
            f"SELECT t.id FROM {comodel.table} t WHERE t.id IN ({','.join('?' * len(ids))}) "
            f"ORDER BY {order}", ids)]
        if len(found) < len(set(ids)):
            table, column = M2M_TABLES.get((m.name, name)) or (
                '_'.join(sorted([m.table, comodel.table])) + '_rel', f"{comodel.table}_id")
            raise foreign_key_error(f"{table}_{column}_fkey")
        return found

    def _prepare_vals(self, m: Model, vals: Any) -> dict[str, Any]:
        """Check the field names and convert the values as Odoo's fields do
        (a float from a string, a char from a number)."""
        if not isinstance(vals, dict):
            raise ValueErr(f"Invalid vals {vals!r} on model {m.name!r}")
        out = {}
        for name, value in vals.items():
            meta = m.fields.get(name)
            if meta is None:
                raise ValueErr(f"Invalid field {name!r} on model {m.name!r}")
            t = meta['type']
            if value is not False and value is not None:
                try:
                    if t in ('float', 'monetary'):
                        value = float(value)
                    elif t == 'integer':
                        value = int(value)
                except (TypeError, ValueError) as error:
                    raise ValueErr(str(error)) from None
                if t in ('char', 'text') and isinstance(value, (int, float)) \
                        and not isinstance(value, bool):
                    value = str(value)
            out[name] = value
        return out

    def _check_not_null(self, m: Model, vals: dict[str, Any], creating: bool) -> None:
        """A required ``name`` column left empty (Odoo: psycopg2's NotNullViolation)."""
        meta = m.fields.get('name')
        if not meta or not meta.get('required') or 'name' not in m.columns:
            return
        if (creating and not vals.get('name')) or (not creating and 'name' in vals
                                                   and not vals['name']):
            raise not_null_error(m, 'name')

    def create(self, model: str, vals: Any) -> Any:
        m = self.model(model)
        self._check_access(m, 'create')
        if isinstance(vals, list):
            return [self._create_one(m, v) for v in vals]
        return self._create_one(m, vals)

    def _create_one(self, m: Model, vals: dict[str, Any], _variant: bool = True) -> int:
        vals = self._prepare_vals(m, vals)
        children = {k: vals.pop(k) for k in list(vals) if m.fields[k]['type'] == 'one2many'}
        if m.name == 'product.product' and not vals.get('product_tmpl_id'):
            # _inherits: the template first (its name is the required column)
            tmpl_model = registry()['product.template']
            tmpl_vals = {k: vals.pop(k) for k in list(vals)
                         if k not in m.columns and k in tmpl_model.columns}
            if 'lst_price' in vals:             # the inverse: list_price = lst_price - extra
                tmpl_vals['list_price'] = vals.pop('lst_price') or 0.0
            if vals.get('default_code'):
                tmpl_vals['default_code'] = vals['default_code']
            vals['product_tmpl_id'] = self._create_one(tmpl_model, tmpl_vals, _variant=False)
        for name, value in CREATE_DEFAULTS.get(m.name, {}).items():
            if name not in vals and name in m.columns:
                vals[name] = value
        if m.name == 'pos.order' and vals.get('session_id'):
            session = self.cx.execute("SELECT config_id FROM pos_session WHERE id = ?",
                                      [vals['session_id']]).fetchone()
            if session:
                vals.setdefault('config_id', session[0])
            vals.setdefault('company_id', 1)
            vals.setdefault('date_order', self.now.replace(microsecond=0))
        self._check_not_null(m, vals, creating=True)
        if m.name == 'ir.model.data':
            self._check_xmlid(vals)
        if m.name == 'res.partner' and 'complete_name' not in vals:
            vals['complete_name'] = self._partner_complete_name(vals)
        if m.has_active and 'active' not in vals:
            vals['active'] = True
        stamp = fmt_dt(self.now)
        row = {'create_date': stamp, 'write_date': stamp,
               'create_uid': self.uid, 'write_uid': self.uid}
        for name, value in vals.items():
            if name in m.columns:
                row[name] = self._column_value(m, name, value)
        row = {k: v for k, v in row.items() if k in m.columns or k == 'id'}
        row.setdefault('id', self._next_id(m))
        cols = list(row)
        cur = self.cx.execute(f"INSERT INTO {m.table} ({', '.join(cols)}) VALUES "
                              f"({','.join('?' * len(cols))})", [row[c] for c in cols])
        new_id = cur.lastrowid
        for name, commands in children.items():
            inverse = ONE2MANY_INVERSE.get((m.name, name))
            for cmd in commands or []:
                if cmd[0] == 0 and inverse:
                    self._create_one(registry()[m.fields[name]['relation']],
                                     {**cmd[2], inverse: new_id})
        if m.name == 'product.template' and _variant:
            # a template created alone gets its one variant (Odoo's _create_variant_ids)
            self._create_one(registry()['product.product'], {
                'product_tmpl_id': new_id, 'active': vals.get('active', True)})
        if m.name == 'product.product' and row.get('barcode'):
            self._check_barcodes([new_id])
        return new_id

    def _check_xmlid(self, vals: dict[str, Any]) -> None:
        """ir.model.data: module, name and model are NOT NULL, (module, name) unique
        (PostgreSQL's errors, as Odoo re-raises them)."""
        m = registry()['ir.model.data']
        vals.setdefault('module', '')
        for name in ('name', 'model'):
            if not vals.get(name):
                raise not_null_error(m, name)
        if self.cx.execute("SELECT 1 FROM ir_model_data WHERE module = ? AND name = ?",
                           [vals['module'], vals['name']]).fetchone():
            from odoo_pos_sandbox.meta import DatabaseError
            raise DatabaseError(
                'UniqueViolation', 'duplicate key value violates unique constraint '
                '"ir_model_data_module_name_uniq_index"\nDETAIL:  Key (module, name)=('
                f'{vals["module"]}, {vals["name"]}) already exists.\n')

    def _next_id(self, m: Model) -> int:
        """The model's next id from its sequence: like PostgreSQL's, an id is
        never given again, even after its record was deleted."""
        last = self.cx.execute("SELECT last FROM _sequences WHERE model = ?",
                               [m.name]).fetchone()
        top = self.cx.execute(f"SELECT max(id) FROM {m.table}").fetchone()[0] or 0
        new_id = max(last[0] if last else 0, top) + 1
        self.cx.execute("INSERT OR REPLACE INTO _sequences (model, last) VALUES (?, ?)",
                        [m.name, new_id])
        return new_id

    def _check_barcodes(self, ids: list[int]) -> None:
        """product.product's ``_check_barcode_uniqueness``: a python constraint
        searched with active_test, so archived holders do not count."""
        marks = ','.join('?' * len(ids))
        barcodes = sorted({r[0] for r in self.cx.execute(
            f"SELECT barcode FROM product_product WHERE id IN ({marks}) AND barcode IS NOT "
            f"NULL AND barcode != ''", ids)})
        lines = []
        for barcode in barcodes:
            sql = ("SELECT p.id, p.default_code, t.name FROM product_product p LEFT JOIN "
                   "product_template t ON t.id = p.product_tmpl_id WHERE p.barcode = ?")
            if self.active_test:
                sql += " AND p.active = 1"
            holders = self.cx.execute(sql, [barcode]).fetchall()
            if len(holders) < 2:
                continue
            # product.product's _order: default_code (NULLs last), name, id
            holders.sort(key=lambda h: (h[1] is None, h[1] or '', h[2] or '', h[0]))
            names = self.display_names('product.product', [h[0] for h in holders])
            lines.append(f'- Barcode "{barcode}" already assigned to product(s): '
                         + ', '.join(names[h[0]] for h in holders))
        if lines:
            raise ValidationError("Barcode(s) already assigned:\n\n" + '\n'.join(lines) +
                                  "\n\nNote: products that you don't have access to will not "
                                  "be shown above.")

    def _partner_complete_name(self, vals: dict[str, Any]) -> str:
        name = vals.get('name') or ''
        parent = vals.get('parent_id')
        if parent and not vals.get('is_company'):
            row = self.cx.execute("SELECT complete_name FROM res_partner WHERE id = ?",
                                  [parent]).fetchone()
            if row and row[0]:
                return f"{row[0]}, {name}"
        return name

    def _existing(self, m: Model, ids: list[int]) -> set[int]:
        found: set[int] = set()
        for i in range(0, len(ids), 900):
            chunk = ids[i:i + 900]
            found.update(r[0] for r in self.cx.execute(
                f"SELECT id FROM {m.table} WHERE id IN ({','.join('?' * len(chunk))})", chunk))
        return found

    def _require(self, m: Model, ids: list[int]) -> None:
        existing = self._existing(m, ids)
        missing = [i for i in ids if i not in existing]
        if missing:
            raise MissingError(m.name, missing, self.uid)

    def _open_session(self) -> bool:
        return self.cx.execute("SELECT 1 FROM pos_session WHERE state != 'closed' "
                               "LIMIT 1").fetchone() is not None

    def write(self, model: str, ids: Any, vals: dict[str, Any]) -> bool:
        m = self.model(model)
        self._check_access(m, 'write')
        ids = [ids] if isinstance(ids, int) else [int(i) for i in ids]
        vals = self._prepare_vals(m, vals)
        self._require(m, ids)
        if not ids:
            return True
        self._check_not_null(m, vals, creating=False)
        if m.name == 'pos.config':
            self._check_config_write(ids, vals)
        if m.name == 'product.product':
            self._write_templates(m, ids, vals)
        stamp = fmt_dt(self.now)
        sets = {'write_date': stamp, 'write_uid': self.uid}
        for name, value in vals.items():
            if name in m.columns:
                if m.fields[name]['type'] == 'many2many' and value and \
                        not all(isinstance(c, int) for c in value):
                    for rid in ids:
                        cur = self.cx.execute(f"SELECT {name} FROM {m.table} WHERE id = ?",
                                              [rid]).fetchone()[0]
                        new = self._m2m_checked(m, name,
                                                self._m2m_ids(value, json.loads(cur or '[]')))
                        self.cx.execute(f"UPDATE {m.table} SET {name} = ? WHERE id = ?",
                                        [json.dumps(new), rid])
                    continue
                sets[name] = self._column_value(m, name, value)
        if m.name == 'res.partner' and 'name' in vals:
            for rid in ids:
                parent = self.cx.execute("SELECT parent_id, is_company FROM res_partner "
                                         "WHERE id = ?", [rid]).fetchone()
                self.cx.execute("UPDATE res_partner SET complete_name = ? WHERE id = ?",
                                [self._partner_complete_name(
                                    {'name': vals['name'], 'parent_id': parent[0],
                                     'is_company': parent[1]}), rid])
        cols = list(sets)
        for i in range(0, len(ids), 900):
            chunk = ids[i:i + 900]
            self.cx.execute(f"UPDATE {m.table} SET {', '.join(f'{c} = ?' for c in cols)} "
                            f"WHERE id IN ({','.join('?' * len(chunk))})",
                            [sets[c] for c in cols] + chunk)
        if m.name == 'product.product':
            if 'default_code' in vals:      # the template's stored copy (single variant)
                self.cx.execute(
                    f"UPDATE product_template SET default_code = ? WHERE id IN (SELECT "
                    f"product_tmpl_id FROM product_product WHERE id IN "
                    f"({','.join('?' * len(ids))})) AND (SELECT count(*) FROM product_product "
                    f"v WHERE v.product_tmpl_id = product_template.id) = 1",
                    [sets.get('default_code')] + ids)
            if vals.get('barcode'):
                self._check_barcodes(ids)
        if m.name == 'product.template':
            # a template change moves its variants' write_date (and archives them)
            variant_vals = {'active': vals['active']} if 'active' in vals else {}
            variant_ids = [r[0] for r in self.cx.execute(
                f"SELECT id FROM product_product WHERE product_tmpl_id IN "
                f"({','.join('?' * len(ids))})", ids)]
            # (not on Odoo 15/16: only archiving reaches the variants there)
            if variant_ids and (variant_vals or
                                self.sandbox.version.template_write_moves_variants):
                self.write('product.product', variant_ids, variant_vals)
        return True

    def _write_templates(self, m: Model, ids: list[int], vals: dict[str, Any]) -> None:
        """product.product.write: the template's fields go to the templates (whose
        write_date moves then), ``lst_price`` through its inverse
        ``list_price = lst_price - price_extra``; the variant's own columns
        (barcode, active, default_code) move the variant only."""
        tmpl_model = registry()['product.template']
        tmpl_vals = {k: vals.pop(k) for k in list(vals)
                     if k not in m.columns and k in tmpl_model.columns}
        lst_price = vals.pop('lst_price', None) if 'lst_price' in vals else None
        marks = ','.join('?' * len(ids))
        links = self.cx.execute(f"SELECT DISTINCT product_tmpl_id, COALESCE(lst_price_extra, 0) "
                                f"FROM product_product WHERE id IN ({marks})", ids).fetchall()
        if tmpl_vals:
            self.write('product.template', sorted({t for t, _ in links}), tmpl_vals)
        if lst_price is not None:
            by_price: dict[float, list[int]] = {}
            for tmpl_id, extra in links:
                by_price.setdefault((lst_price or 0.0) - extra, []).append(tmpl_id)
            for price, tmpl_ids in by_price.items():
                self.write('product.template', tmpl_ids, {'list_price': price})

    def _check_config_write(self, ids: list[int], vals: dict[str, Any]) -> None:
        """pos.config.write while a session is open: ``_get_forbidden_change_fields``."""
        marks = ','.join('?' * len(ids))
        if not self.cx.execute(f"SELECT 1 FROM pos_session WHERE config_id IN ({marks}) AND "
                               f"state != 'closed' LIMIT 1", ids).fetchone():
            return
        m = registry()['pos.config']
        forbidden = []
        for key in CONFIG_FORBIDDEN_WHILE_OPEN:
            if key not in vals:
                continue
            if key == 'use_pricelist' and vals[key]:
                continue
            if key == 'available_pricelist_ids':
                current: set[int] = set()
                for (raw,) in self.cx.execute(f"SELECT available_pricelist_ids FROM pos_config "
                                              f"WHERE id IN ({marks})", ids):
                    current.update(json.loads(raw or '[]'))
                if not current - set(self._m2m_ids(vals[key], sorted(current))):
                    continue
            forbidden.append(m.fields[key].get('string', key) if key in m.fields else key)
        if forbidden:
            raise UserError("Unable to modify this PoS Configuration because you can't modify "
                            f"{', '.join(forbidden)} while a session is open.")

    def unlink(self, model: str, ids: Any) -> bool:
        m = self.model(model)
        self._check_access(m, 'unlink')
        ids = [ids] if isinstance(ids, int) else [int(i) for i in ids]
        self._require(m, ids)
        if not ids:
            return True
        marks = ','.join('?' * len(ids))
        if m.name in ('product.product', 'product.template'):
            tmpl_ids = ids if m.name == 'product.template' else [r[0] for r in self.cx.execute(
                f"SELECT DISTINCT product_tmpl_id FROM product_product WHERE id IN ({marks})",
                ids)]
            in_pos = self.cx.execute(
                f"SELECT 1 FROM product_template WHERE available_in_pos = 1 AND id IN "
                f"({','.join('?' * len(tmpl_ids))}) LIMIT 1", tmpl_ids).fetchone()
            if in_pos and self._open_session():
                raise UserError(PRODUCT_UNLINK_SESSION_OPEN)
        if m.name == 'pos.category' and self._open_session():
            raise UserError("You cannot delete a point of sale category while a session is "
                            "still opened.")
        if m.name == 'res.partner':
            if self.cx.execute(f"SELECT 1 FROM account_move WHERE partner_id IN ({marks}) AND "
                               f"state IN ('draft', 'posted') LIMIT 1", ids).fetchone():
                raise UserError("The partner cannot be deleted because it is used in Accounting")
            # the foreign key's ON DELETE SET NULL: the order's write_date does not move
            self.cx.execute(f"UPDATE pos_order SET partner_id = NULL WHERE partner_id IN "
                            f"({marks})", ids)
        for (parent, fname), inverse in ONE2MANY_INVERSE.items():
            if parent == m.name and inverse and m.name in ('pos.order', 'loyalty.program'):
                child = registry()[m.fields[fname]['relation']]
                self.cx.execute(f"DELETE FROM {child.table} WHERE {inverse} IN ({marks})", ids)
        if m.name == 'product.template':
            self.cx.execute(f"DELETE FROM product_product WHERE product_tmpl_id IN ({marks})",
                            ids)
        self.cx.execute(f"DELETE FROM {m.table} WHERE id IN ({marks})", ids)
        if m.name == 'product.product':
            # a template left without variants goes with its last one
            self.cx.execute(f"DELETE FROM product_template WHERE id IN "
                            f"({','.join('?' * len(tmpl_ids))}) AND NOT EXISTS (SELECT 1 FROM "
                            f"product_product p WHERE p.product_tmpl_id = product_template.id)",
                            tmpl_ids)
        log.info("odoo.models.unlink: User #%s deleted %s records with IDs: %s",
                 self.uid, m.name, ids)
        return True

    # -- other RPC methods -----------------------------------------------

    def fields_get(self, model: str, allfields: Any = None,
                   attributes: Any = None) -> dict[str, dict[str, Any]]:
        m = self.model(model)
        out = {}
        for name, meta in m.fields.items():
            if allfields and name not in allfields:
                continue
            attrs = {k: v for k, v in meta.items() if not attributes or k in attributes}
            out[name] = {k: attrs[k] for k in sorted(attrs)}
        return out

    def name_search(self, model: str, name: str = '', args: Any = None,
                    operator: str = 'ilike', limit: int = 100) -> list[list[Any]]:
        m = self.model(model)
        domain = list(args or [])
        if name and m.rec_name:
            domain.append((m.rec_name, operator, name))
        ids = self.search(model, domain, limit=limit)
        names = self.display_names(model, ids)
        return [[i, names.get(i, False)] for i in ids]

    def read_group(self, model: str, domain: Any, fields: Any, groupby: Any, offset: int = 0,
                   limit: int | None = None, orderby: str | None = None,
                   lazy: bool = True) -> list[dict[str, Any]]:
        m = self.model(model)
        groupby = [groupby] if isinstance(groupby, str) else list(groupby or [])
        if not groupby:
            return self._read_group_total(m, domain, fields)
        if any(':' in g for g in (groupby[:1] if lazy else groupby)):
            return self._read_group_dates(m, domain, fields, groupby, offset, limit, lazy)
        gb = groupby[0] if lazy else None
        keys = [gb] if gb else groupby
        for key in keys:
            if key not in m.columns:
                raise ValueErr(f"Invalid field {key!r} on model {m.name!r}")
        aggs: list[tuple[str, str]] = []
        for spec in fields or []:
            fname, _, func = spec.partition(':')
            fname = fname.strip()
            if fname in keys or fname not in m.columns:
                continue
            if m.fields[fname]['type'] in ('float', 'monetary', 'integer'):
                aggs.append((fname, (func or 'sum').lower()))
        ids = self.search(model, domain)
        if not ids:
            return []
        temp = ','.join(str(i) for i in ids)
        select = ', '.join([f"t.{k}" for k in keys] + ["count(*)"] +
                           [f"{fn}(t.{f})" for f, fn in aggs])
        order = order_sql(m, orderby or ', '.join(keys)) or 't.id'
        sql = (f"SELECT {select} FROM {m.table} t WHERE t.id IN ({temp}) "
               f"GROUP BY {', '.join('t.' + k for k in keys)} ORDER BY {order}")
        out = []
        labels = {k: self.display_names(m.fields[k].get('relation'),
                                        [r[0] for r in self.cx.execute(
                                            f"SELECT DISTINCT {k} FROM {m.table} "
                                            f"WHERE id IN ({temp})")])
                  for k in keys if m.fields[k]['type'] == 'many2one'}
        for row in self.cx.execute(sql):
            group: dict[str, Any] = {}
            base = list(domain or [])
            leaves = []
            for k, v in zip(keys, row):
                group[k] = ([v, labels[k].get(v)] if v else False) if k in labels \
                    else self._to_wire(m.fields[k], v, None)
                leaves.append([k, '=', v if v is not None else False])
            count = row[len(keys)]
            group['__count' if not lazy else f"{keys[0]}_count"] = count
            for (f, _fn), value in zip(aggs, row[len(keys) + 1:]):
                group[f] = value if value is not None else 0
            all_leaves = [list(x) if isinstance(x, (list, tuple)) else x for x in base] + leaves
            n_leaves = len([x for x in all_leaves if isinstance(x, list)])
            group['__domain'] = ['&'] * (n_leaves - 1) + all_leaves if n_leaves > 1 \
                else all_leaves
            out.append(group)
        return out[offset:(offset + limit) if limit else None]

    def _read_group_dates(self, m: Model, domain: Any, fields: Any, groupby: list[str],
                          offset: int, limit: int | None, lazy: bool) -> list[dict[str, Any]]:
        """``read_group`` by one date/datetime field with a granularity
        (``write_date:hour``), as Odoo 17's legacy ``read_group`` answers it:
        buckets are ``date_trunc(granularity, field)`` in the context's ``tz``
        (UTC without one), ascending; each group has the label Odoo's
        ``READ_GROUP_DISPLAY_FORMAT`` gives (en_US: ``'hh:00 dd MMM'`` for an
        hour: a 12-hour clock), ``__range`` (the bucket in UTC, ``from``
        inclusive, ``to`` exclusive), the count (``__count``, or
        ``<field>_count`` when lazy) and the aggregates asked for, explicit ones
        included (``'id_max:max(id)'``, ``'write_date:max'``: any stored column).
        Odoo 17 knows hour, day, week, month, quarter and year (not minute)."""
        import re
        import zoneinfo
        spec = groupby[0]
        if not lazy and len(groupby) > 1:
            raise ValueErr("the sandbox groups by one date field with a granularity only")
        fname, _, gran = spec.partition(':')
        if fname not in m.columns:
            raise ValueErr(f"Invalid field {fname!r} on model {m.name!r}")
        if m.fields[fname]['type'] not in ('date', 'datetime'):
            raise ValueErr(f"Granularity set on a no-datetime field or property: {spec!r}")
        if gran not in ('hour', 'day', 'week', 'month', 'quarter', 'year'):
            raise ValueErr(f"Granularity specification isn't correct: {spec!r}")
        if gran == 'week':
            raise ValueErr("the sandbox does not emulate the week granularity")
        aggs: list[tuple[str, str, str]] = []          # (result key, function, column)
        for fspec in fields or []:
            match = re.fullmatch(r'(\w+)(?::(\w+)(?:\((\w+)\))?)?', fspec.strip())
            if not match:
                raise UserError(f"Invalid field specification {fspec!r}.")
            name, func, column = match.groups()
            if name == '__count' or (name == fname and not func):
                continue
            column = column or name
            if column not in m.columns and column != 'id':
                raise ValueErr(f"Invalid field {column!r} on model {m.name!r}")
            if not func:
                if m.fields[column]['type'] not in ('float', 'monetary', 'integer'):
                    continue
                func = 'sum'
            if func.lower() not in ('sum', 'max', 'min', 'avg', 'count', 'count_distinct'):
                raise ValueErr(f"Invalid aggregate method {func!r} for {fspec!r}.")
            aggs.append((name, func.lower(), column))
        self._check_access(m, 'read')
        comp = Compiler(m, 't', self.active_test)
        where = comp.compile(self._ruled(m.name, domain))
        cols = ', '.join(['t.' + fname] + [f"t.{c}" for _n, _f, c in aggs]) if aggs \
            else 't.' + fname
        tzname = self.context.get('tz')
        try:
            tz = zoneinfo.ZoneInfo(tzname) if tzname else None
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            tz = None
        utc = datetime.timezone.utc
        buckets: dict[datetime.datetime, list[list[Any]]] = {}
        #: bucket -> (count, aggregates): grouped by SQLite itself (what Odoo's SQL
        #: GROUP BY costs) when the bucket is a prefix of the stored UTC text
        grouped: dict[datetime.datetime, tuple[int, list[Any]]] = {}
        prefix = {'hour': 13, 'day': 10, 'month': 7, 'year': 4}.get(gran)
        if prefix and m.fields[fname]['type'] == 'datetime' \
                and (tz is None or tzname in ('UTC', 'Etc/UTC', 'GMT')) \
                and all(f not in ('sum', 'avg') or c == 'id'
                        or m.fields[c]['type'] == 'integer' for _n, f, c in aggs):
            sqlfn = {'count': 'count({})', 'count_distinct': 'count(DISTINCT {})',
                     'sum': 'sum({})', 'avg': 'avg({})', 'max': 'max({})', 'min': 'min({})'}
            select = ', '.join([f"substr(t.{fname}, 1, {prefix})", 'count(*)'] +
                               [sqlfn[f].format('t.' + c) for _n, f, c in aggs])
            for row in self.cx.execute(
                    f"SELECT {select} FROM {m.table} t WHERE ({where}) AND t.{fname} IS NOT "
                    f"NULL AND t.{fname} != '' GROUP BY 1", comp.params):
                key = row[0]
                start = datetime.datetime.fromisoformat(
                    {'hour': f"{key[:10]} {key[11:13]}:00", 'day': key, 'month': key + '-01',
                     'year': key + '-01-01'}[gran])
                grouped[start] = (row[1], [None if f in ('count', 'count_distinct')
                                           and not v else v for (_n, f, _c), v
                                           in zip(aggs, row[2:])])
            rows_sql = []
        else:
            rows_sql = self.cx.execute(f"SELECT {cols} FROM {m.table} t WHERE {where}",
                                       comp.params)
        for row in rows_sql:
            if not row[0]:
                continue                       # Odoo groups these under False: not emulated
            value = datetime.datetime.fromisoformat(row[0][:26])
            if tz is not None:
                value = value.replace(tzinfo=utc).astimezone(tz).replace(tzinfo=None)
            start = value.replace(minute=0, second=0, microsecond=0)
            if gran != 'hour':
                start = start.replace(hour=0)
            if gran in ('month', 'quarter', 'year'):
                start = start.replace(day=1)
            if gran == 'quarter':
                start = start.replace(month=(start.month - 1) // 3 * 3 + 1)
            if gran == 'year':
                start = start.replace(month=1)
            buckets.setdefault(start, []).append(list(row[1:]))
        months = {'quarter': 3, 'year': 12, 'month': 1}
        out = []
        for start in sorted(grouped or buckets):
            if gran in months:
                n = start.month - 1 + months[gran]
                end = start.replace(year=start.year + n // 12, month=n % 12 + 1)
            else:
                end = start + datetime.timedelta(hours=1 if gran == 'hour' else 24)
            if tz is not None:
                lo = start.replace(tzinfo=tz).astimezone(utc).replace(tzinfo=None)
                hi = end.replace(tzinfo=tz).astimezone(utc).replace(tzinfo=None)
            else:
                lo, hi = start, end
            label = {'hour': start.strftime('%I:00 %d %b'), 'day': start.strftime('%d %b %Y'),
                     'month': start.strftime('%B %Y'), 'year': start.strftime('%Y'),
                     'quarter': f"Q{(start.month - 1) // 3 + 1} {start.year}"}[gran]
            fmt = '%Y-%m-%d %H:%M:%S' if m.fields[fname]['type'] == 'datetime' else '%Y-%m-%d'
            rows = buckets.get(start, [])
            group: dict[str, Any] = {spec: label}
            for i, (name, func, column) in enumerate(aggs):
                values = [r[i] for r in rows if r[i] is not None]
                if start in grouped:
                    value = grouped[start][1][i]
                    if func in ('count', 'count_distinct'):
                        value = value or 0
                elif func == 'count':
                    value: Any = len(values)
                elif func == 'count_distinct':
                    value = len(set(values))
                elif not values:
                    value = None
                elif func == 'sum':
                    value = sum(values)
                elif func == 'avg':
                    value = sum(values) / len(values)
                else:
                    value = max(values) if func == 'max' else min(values)
                meta = m.fields[column]
                if func in ('max', 'min') and meta['type'] in ('datetime', 'date'):
                    value = (value[:19] if meta['type'] == 'datetime' else value[:10]) \
                        if value else False
                elif value is None:
                    value = 0 if meta['type'] in ('float', 'monetary', 'integer') else False
                group[name] = value
            group['__count' if not lazy else f"{fname}_count"] = \
                grouped[start][0] if start in grouped else len(rows)
            group['__range'] = {spec: {'from': lo.strftime(fmt), 'to': hi.strftime(fmt)}}
            leaves = [[fname, '>=', lo.strftime(fmt)], [fname, '<', hi.strftime(fmt)]]
            base = [list(x) if isinstance(x, (list, tuple)) else x for x in (domain or [])]
            if any(isinstance(x, str) for x in base):       # already has operators
                group['__domain'] = ['&', *base, '&', *leaves]
            else:
                group['__domain'] = ['&'] * (len(base) + 1) + base + leaves
            out.append(group)
        return out[offset:(offset + limit) if limit else None]

    def _read_group_total(self, m: Model, domain: Any, fields: Any) -> list[dict[str, Any]]:
        """``read_group`` with an empty groupby (what Odoo's pivot total asks):
        always one group, with ``__count`` and the aggregates (0 when nothing
        matches, as Odoo 17's ``_read_group_empty_value``)."""
        aggs: list[tuple[str, str]] = []
        for spec in fields or []:
            fname, _, func = spec.partition(':')
            fname = fname.strip()
            if fname in m.columns and m.fields[fname]['type'] in ('float', 'monetary', 'integer'):
                aggs.append((fname, (func or 'sum').lower()))
        ids = self.search(m.name, domain)
        group: dict[str, Any] = {'__count': len(ids)}
        row: tuple = ()
        if ids and aggs:
            temp = ','.join(str(i) for i in ids)
            row = self.cx.execute(f"SELECT {', '.join(f'{fn}(t.{f})' for f, fn in aggs)} "
                                  f"FROM {m.table} t WHERE t.id IN ({temp})").fetchone()
        for i, (f, _fn) in enumerate(aggs):
            value = row[i] if row else None
            group[f] = value if value is not None else 0
        group['__domain'] = list(domain or [])
        return [group]

    def context_get(self) -> dict[str, Any]:
        row = self.cx.execute("SELECT tz FROM res_users WHERE id = ?", [self.uid]).fetchone()
        return {'lang': 'en_US', 'tz': (row[0] if row and row[0] else 'UTC')}

    # -- dispatch ---------------------------------------------------------

    def call(self, model: str, method: str, args: list[Any], kwargs: dict[str, Any]) -> Any:
        if not self.sandbox.version.is_base:      # another Odoo version (versions.py)
            return self.sandbox.version.call(self, model, method, args, kwargs)
        return self.call_base(model, method, args, kwargs)

    def call_base(self, model: str, method: str, args: list[Any],
                  kwargs: dict[str, Any]) -> Any:
        if method.startswith('_'):
            raise AccessError(f"Private methods (such as {method}) cannot be called remotely.")
        m = self.model(model)
        kwargs = dict(kwargs or {})
        self.context = dict(kwargs.pop('context', None) or {})
        if method in ('search', 'search_read', 'read', 'search_count', 'read_group',
                      'name_search', 'fields_get', 'create', 'write', 'unlink'):
            return getattr(self, method)(model, *args, **kwargs)
        if method in ('check_access_rule', 'check_access_rights'):
            return None if method == 'check_access_rule' else True
        if method == 'exists':
            ids = args[0] if args else []
            return sorted(self._existing(m, list(ids)))
        if method == 'default_get':
            return {}
        if model == 'res.users' and method == 'context_get':
            return self.context_get()
        if (model, method) in BUSINESS_METHODS:
            ids = args[0] if args else []
            ids = [ids] if isinstance(ids, int) else list(ids)
            self._require(m, ids)
            return self.sandbox._business(self, model, method, ids)
        raise AttributeErr(f"The method '{method}' does not exist on the model '{model}'")


# -- the sandbox ----------------------------------------------------------------

class Sandbox(FlowsMixin):
    """An Odoo 17 POS database in one SQLite file, with the ways to change it
    that a test needs, served over HTTP by :meth:`serve`."""

    def __init__(self, path: str | Path, odoo_version: int | None = None):
        self.path = Path(path)
        if not self.path.exists():
            raise FileNotFoundError(f"no sandbox data at {self.path} (make one with "
                                    f"`odoo-pos-sandbox generate {self.path}`)")
        self.clock = Clock()
        self.faults = Faults(self)
        #: Odoo model -> domain every search must also match (a record rule, as a
        #: sync user limited to one company, or with a revoked right, meets one)
        self.record_rules: dict[str, list[Any]] = {}
        self.call_count = 0
        self.calls: list[tuple[int, str, str | None, str | None]] = []
        self._local = threading.local()
        self._lock = threading.Lock()
        self.login_failures: dict[str, tuple[int, datetime.datetime | None]] = {}
        self.sessions: dict[str, int] = {}
        #: HTTP requests per endpoint ('/jsonrpc', '/xmlrpc', '/web/dataset/call_kw',
        #: '/web/session/authenticate', '/json/2', ...), counted by the server
        self.endpoint_calls: collections.Counter[str] = collections.Counter()
        info = dict(self.connection().execute("SELECT key, value FROM _meta"))
        self.connection().execute("CREATE TABLE IF NOT EXISTS _sequences "
                                  "(model TEXT PRIMARY KEY, last INTEGER)")
        self.database = info.get('database', 'pos17')
        #: the Odoo version it answers as (versions.py; the data are the same)
        self.version = odoo_versions.version(odoo_version or int(info.get('odoo_version', 17)))
        self.login_cooldown_after = int(info.get('login_cooldown_after', 10))
        self.login_cooldown_duration = int(info.get('login_cooldown_duration', 60))

    def __repr__(self) -> str:
        return f"<Sandbox {self.path} database={self.database!r}>"

    # -- connections ------------------------------------------------------

    def connection(self) -> sqlite3.Connection:
        cx = getattr(self._local, 'cx', None)
        if cx is None:
            cx = connect(self.path)
            self._local.cx = cx
        return cx

    def now(self) -> datetime.datetime:
        return self.clock.now()

    @contextlib.contextmanager
    def env(self, uid: int = ADMIN_UID, at: datetime.datetime | None = None,
            context: dict[str, Any] | None = None, cx: sqlite3.Connection | None = None,
            readonly: bool = False) -> Iterator[Env]:
        """One transaction (committed at the end, rolled back on error).  A
        read-only one reads a snapshot and never waits for a writer."""
        cx = cx or self.connection()
        cx.execute("BEGIN" if readonly else "BEGIN IMMEDIATE")
        try:
            yield Env(self, cx, at or self.now(), uid, context)
        except BaseException:
            cx.execute("ROLLBACK")
            raise
        else:
            cx.execute("COMMIT")

    @contextlib.contextmanager
    def transaction(self, at: datetime.datetime | None = None) -> Iterator[Env]:
        """A long transaction from Python, on its own connection: its rows carry
        *at* (default: now) as write_date, and readers see them only at commit."""
        cx = connect(self.path)
        try:
            with self.env(at=at or self.now(), cx=cx) as env:
                yield env
        finally:
            cx.close()

    # -- authentication -----------------------------------------------------

    def authenticate(self, db: str, login: str, password: str) -> int | bool:
        if db != self.database:
            raise DatabaseMissing(db)
        cx = self.connection()
        row = cx.execute("SELECT u.id FROM res_users u JOIN _auth a ON a.uid = u.id "
                         "WHERE u.login = ? AND u.active = 1", [login]).fetchone()
        if row and self._secret_ok(row[0], password):
            return row[0]
        return False

    def check_uid(self, db: str, uid: Any, password: Any) -> None:
        if db != self.database:
            raise DatabaseMissing(db)
        if not isinstance(uid, int) or not isinstance(password, str) \
                or not self._secret_ok(uid, password):
            raise AccessDenied()

    def _secret_ok(self, uid: int, secret: str) -> bool:
        cx = self.connection()
        row = cx.execute("SELECT password FROM _auth WHERE uid = ?", [uid]).fetchone()
        if row and secrets.compare_digest(row[0], secret):
            return True
        keys = [r[0] for r in cx.execute("SELECT key FROM _apikeys WHERE uid = ?", [uid])]
        return any(secrets.compare_digest(k, secret) for k in keys)

    def create_api_key(self, login: str = 'admin', name: str = 'rattail') -> str:
        """A new API key (40 hex characters, as Odoo makes) for *login*."""
        key = secrets.token_hex(20)
        with self.env() as env:
            uid = env.cx.execute("SELECT id FROM res_users WHERE login = ?", [login]).fetchone()
            if not uid:
                raise ValueError(f"no sandbox user {login!r}")
            env.cx.execute("INSERT INTO _apikeys (uid, name, key) VALUES (?, ?, ?)",
                           [uid[0], name, key])
        return key

    def set_password(self, login: str, password: str) -> None:
        with self.env() as env:
            env.cx.execute("UPDATE _auth SET password = ? WHERE uid = "
                           "(SELECT id FROM res_users WHERE login = ?)", [password, login])

    def web_login(self, ip: str, db: str, login: str, password: str) -> int:
        """``/web/session/authenticate``: rate limited per IP like Odoo's
        ``base.login_cooldown_after`` (API keys are not accepted here)."""
        if db != self.database:
            raise self.version.unknown_database(db)
        now = self.now()
        with self._lock:
            # Odoo: (count, last failure) per IP; refused while count >= cooldown_after
            # and the last failure is recent; a successful login forgets the failures
            count, last = self.login_failures.get(ip, (0, None))
            if count >= self.login_cooldown_after and last is not None and \
                    (now - last).total_seconds() < self.login_cooldown_duration:
                raise AccessDenied("Too many login failures, please wait a bit before "
                                   "trying again.")
        cx = self.connection()
        row = cx.execute("SELECT u.id, a.password FROM res_users u JOIN _auth a ON a.uid = u.id "
                         "WHERE u.login = ? AND u.active = 1", [login]).fetchone()
        if row and isinstance(password, str) and secrets.compare_digest(row[1], password):
            with self._lock:
                self.login_failures.pop(ip, None)
            return row[0]
        with self._lock:
            count, _last = self.login_failures.get(ip, (0, None))
            self.login_failures[ip] = (count + 1, now)
        raise AccessDenied()

    # -- calls ------------------------------------------------------------

    def next_call(self, service: str, model: str | None, method: str | None) -> tuple[int, Fault | None]:
        with self._lock:
            self.call_count += 1
            n = self.call_count
            self.calls.append((n, service, model, method))
            if len(self.calls) > 10000:
                del self.calls[:5000]
        return n, self.faults.take(n, model, method)

    def execute(self, uid: int, model: str, method: str, args: list[Any] | None = None,
                kwargs: dict[str, Any] | None = None) -> Any:
        """Run one ORM call as *uid* in its own transaction (what RPC does)."""
        if model not in registry():
            raise UserError(f"Object {model} doesn't exist")
        readonly = method in READ_METHODS
        with self.env(uid=uid, readonly=readonly) as env:
            return env.call(model, method, list(args or []), dict(kwargs or {}))

    # -- Python conveniences for tests -----------------------------------------

    def count(self, model: str, domain: Any = (), active_test: bool = False) -> int:
        with self.env(context={'active_test': active_test}, readonly=True) as env:
            return env.search_count(model, list(domain))

    def search_read(self, model: str, domain: Any = (), fields: Any = None,
                    order: str = 'id', active_test: bool = False) -> list[dict[str, Any]]:
        """Records as the wire shows them (admin, ``active_test`` off by default)."""
        with self.env(context={'active_test': active_test}, readonly=True) as env:
            return env.search_read(model, list(domain), fields, order=order)

    def ids(self, model: str, domain: Any = ()) -> list[int]:
        with self.env(context={'active_test': False}, readonly=True) as env:
            return env.search(model, list(domain), order='id')

    def create(self, model: str, vals: dict[str, Any], at: datetime.datetime | None = None) -> int:
        with self.env(at=at) as env:
            return env.create(model, vals)

    def write(self, model: str, ids: Any, vals: dict[str, Any],
              at: datetime.datetime | None = None) -> bool:
        with self.env(at=at) as env:
            return env.write(model, ids, vals)

    def unlink(self, model: str, ids: Any) -> bool:
        with self.env() as env:
            return env.unlink(model, ids)

    def archive(self, model: str, ids: Any) -> bool:
        return self.write(model, ids, {'active': False})

    def version_info(self) -> dict[str, Any]:
        """What ``/web/webclient/version_info`` and ``common.version`` answer."""
        return self.version.version_info()

    @property
    def odoo_version(self) -> int:
        """The major Odoo version it answers as (settable: 16, '18.0'...)."""
        return self.version.major

    @odoo_version.setter
    def odoo_version(self, value: Any) -> None:
        self.version = odoo_versions.version(int(str(value).split('.')[0]))

    def set_price(self, product_id: int, price: float) -> None:
        """A price change: writes the template's list_price (the variant's
        write_date moves with it, as in Odoo)."""
        with self.env() as env:
            tmpl = env.cx.execute("SELECT product_tmpl_id FROM product_product WHERE id = ?",
                                  [product_id]).fetchone()
            if not tmpl:
                raise MissingError('product.product', [product_id], ADMIN_UID)
            env.write('product.template', [tmpl[0]], {'list_price': price})

    def _business(self, env: Env, model: str, method: str, ids: list[int]) -> Any:
        from odoo_pos_sandbox import flows
        return flows.business(env, model, method, ids)

    def serve(self, host: str = '127.0.0.1', port: int = 0, *, paced: Any = False):
        """Serve this sandbox over HTTP in a background thread; returns the
        server (``.url``, ``.port``, ``.stop()``, ``.httpd.pacer``).  *paced*: True
        or a :class:`~odoo_pos_sandbox.pacing.Pacer` makes each call cost what
        Odoo 17 costs (pacing.py)."""
        from odoo_pos_sandbox.server import SandboxServer
        from odoo_pos_sandbox.pacing import Pacer, install
        server = SandboxServer(self, host, port)
        install(server, paced if isinstance(paced, Pacer) else Pacer() if paced else None)
        return server.start()


class DatabaseMissing(OdooError):
    """``/jsonrpc`` call naming a database that does not exist (psycopg2's error)."""
    name = 'psycopg2.OperationalError'
    xmlrpc_code = 1

    def __init__(self, db: str):
        super().__init__(f'connection to server on socket "/var/run/postgresql/.s.PGSQL.5432" '
                         f'failed: FATAL:  database "{db}" does not exist\n')


def connect(path: Path | str) -> sqlite3.Connection:
    cx = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False, timeout=60)
    cx.execute("PRAGMA journal_mode=WAL")
    cx.execute("PRAGMA synchronous=NORMAL")
    cx.execute("PRAGMA case_sensitive_like=ON")
    cx.execute("PRAGMA busy_timeout=60000")
    return cx
