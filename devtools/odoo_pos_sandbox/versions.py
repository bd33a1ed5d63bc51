# SPDX-License-Identifier: GPL-3.0-or-later
"""The sandbox speaking Odoo 15, 16, 18 or 19 (``--odoo-version``).

The data stay Odoo 17's (one SQLite file, generated the same whatever the
version); a :class:`Version` translates at the RPC boundary (``Env.call``),
the way that version's server answers:

* ``version_info`` and ``fields_get``: for 16, 18 and 19 exactly the
  recordings of live servers (``recordings/odoo16|18|19``); for 15 (and the
  models those recordings lack) Odoo 17's, changed by the facts read from
  Odoo's source (``recordings/versions/fields_by_version.json``);
* a field the version does not have, read, written or in a domain, fails the
  whole call with ``ValueError: Invalid field`` (the recorded messages);
* value shapes: 15/16 ``pos_categ_id`` (many2one) instead of ``pos_categ_ids``;
  18 ``refunded_order_id``, ``account.tax.price_include_override``; 19's
  ``pos.order.state`` without ``invoiced`` (an invoiced order is ``done`` with
  its ``account_move``); 15's ``pos_loyalty`` schema;
* a field stored in 17 but not in the version (15/16 ``pos.order.config_id``)
  is dropped from an ``order`` (Odoo logs it) and refused as a ``read_group``
  groupby (the recorded UserError);
* 15/16: a template write does not move its variants' ``write_date``;
* 18/19: ``pos.order.sync_from_ui`` (the POS client's call), refunds named
  from the shop's sequence.

Version 20 is served as 19 with version_info 20.0 (its facts are not known):
what the package does with a server newer than its newest map.
"""

from __future__ import annotations

import functools
import json
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from odoo_pos_sandbox.meta import (
    KeyErr, Model, UserError, ValueErr, registry)

log = logging.getLogger(__name__)

#: versions ``--odoo-version`` accepts (20: served as 19, see the module docstring)
SUPPORTED = (15, 16, 17, 18, 19, 20)
RECORDINGS = Path(__file__).parent / 'recordings'
FACTS = RECORDINGS / 'versions' / 'fields_by_version.json'
#: versions with recordings of a live server
RECORDED = (16, 17, 18, 19)

#: models a version does not have
MISSING_MODELS = {15: {'pos.bill'}}

#: 15's pos_loyalty fields (pos_loyalty/models/pos_loyalty.py; the 17 fields it
#: lacks are removed by the facts)
LOYALTY_15 = {
    'loyalty.program': {
        'points': {'type': 'float', 'store': True, 'string': 'Points per currency'},
    },
    'loyalty.rule': {
        'name': {'type': 'char', 'store': True, 'string': 'Name', 'required': True},
        'loyalty_program_id': {'type': 'many2one', 'relation': 'loyalty.program',
                               'store': True, 'string': 'Loyalty Program'},
        'points_quantity': {'type': 'float', 'store': True, 'string': 'Points per Unit'},
        'points_currency': {'type': 'float', 'store': True, 'string': 'Points per $ spent'},
        'rule_domain': {'type': 'char', 'store': True, 'string': 'Rule Domain'},
    },
    'loyalty.reward': {
        'name': {'type': 'char', 'store': True, 'string': 'Name', 'required': True},
        'loyalty_program_id': {'type': 'many2one', 'relation': 'loyalty.program',
                               'store': True, 'string': 'Loyalty Program'},
        'minimum_points': {'type': 'float', 'store': True, 'string': 'Minimum Points'},
        'point_cost': {'type': 'float', 'store': True, 'string': 'Reward Cost'},
        'discount_type': {'type': 'selection', 'store': True, 'string': 'Apply Discount',
                          'selection': [['percentage', 'On Order'],
                                        ['fixed_amount', 'Fixed Amount']]},
        'discount_percentage': {'type': 'float', 'store': True, 'string': 'Discount'},
        'discount_fixed_amount': {'type': 'float', 'store': True, 'string': 'Fixed Amount'},
    },
}

#: session-info keys Odoo 17 added (16 answers without them; recorded 01/04/05)
SESSION_INFO_NOT_16 = frozenset({'is_public', 'is_internal_user', 'user_settings',
                                 'is_quick_edit_mode_enabled', 'websocket_worker_version'})
#: the PostgreSQL the recorded 16 server connected to (named in its unknown-database error)
RECORDED_PG_16 = ('127.0.0.1', 5416)

#: the sandbox's invoice (an invoiced order the generator made has no move of its own)
SANDBOX_INVOICE = 71


@functools.lru_cache(maxsize=None)
def facts() -> dict[str, Any]:
    return json.loads(FACTS.read_text())


def _selection(fact: dict[str, Any]) -> list[list[str]]:
    labels = fact.get('selection_labels') or {}
    return [[key, labels.get(key, key)] for key in fact.get('selection') or []]


def _patched(name: str, fields: dict[str, dict[str, Any]], major: int) -> dict[str, dict]:
    """Odoo 17's *fields* of model *name* as *major* has them (from the facts)."""
    out = {k: dict(v) for k, v in fields.items()}
    for fname, per_version in facts().get(name, {}).items():
        fact = per_version.get(str(major))
        if not fact:
            continue
        if fact.get('exists') is False:
            out.pop(fname, None)
            continue
        meta = dict(out.get(fname) or {'string': fact.get('string', fname), 'readonly': False,
                                       'required': False})
        meta['type'] = fact.get('type', meta.get('type'))
        if 'stored' in fact:
            meta['store'] = bool(fact['stored'])
        if fact.get('relation'):
            meta['relation'] = fact['relation']
        if fact.get('selection') and isinstance(fact['selection'], list):
            meta['selection'] = _selection(fact)
        out[fname] = meta
    if major == 15:
        for fname, meta in LOYALTY_15.get(name, {}).items():
            out[fname] = {'readonly': False, 'required': False, **meta}
    return out


@dataclass
class VersionModel:
    """One model as a version serves it: its ``fields_get``, and the fields
    Odoo 17 stores that this version does not (not sortable, not groupable)."""
    name: str
    fields: dict[str, dict[str, Any]]
    base: Model

    @functools.cached_property
    def unstored(self) -> frozenset[str]:
        return frozenset(f for f in self.base.columns if f in self.fields
                         and not self.fields[f].get('store', True))

    @functools.cached_property
    def own(self) -> frozenset[str]:
        """Fields of this version that Odoo 17 does not have (computed here)."""
        return frozenset(f for f in self.fields if f not in self.base.fields)


class Version:
    """How the sandbox answers as Odoo *major*."""

    def __init__(self, major: int):
        if major not in SUPPORTED:
            raise ValueError(f"Odoo version {major} is not one the sandbox speaks "
                             f"({', '.join(map(str, SUPPORTED))})")
        self.major = major
        #: the version whose facts are served (20 is served as 19)
        self.facts_major = min(major, 19)
        self._models: dict[str, VersionModel] = {}

    def __repr__(self) -> str:
        return f"<Version {self.major}>"

    @property
    def is_base(self) -> bool:
        return self.major == 17

    #: whether a product.template write moves its variants' write_date (17 and later)
    @property
    def template_write_moves_variants(self) -> bool:
        return self.major >= 17

    # -- what the version has --------------------------------------------------

    def version_info(self) -> dict[str, Any]:
        if self.major in RECORDED:
            data = json.loads((RECORDINGS / f'odoo{self.major}' / 'version_info.json').read_text())
            if 'JSON-RPC /jsonrpc service=common method=version' in data:
                return dict(data['JSON-RPC /jsonrpc service=common method=version'])
            # the 19 recording keeps only the version (the server's answer has the rest)
            info = data.get('version_info') or [self.major, 0, 0, 'final', 0, '']
            version = data.get('version') or f'{self.major}.0'
            return {'server_version': version, 'server_version_info': list(info),
                    'server_serie': f'{info[0]}.0', 'protocol_version': 1}
        return {'server_version': f'{self.major}.0', 'server_version_info':
                [self.major, 0, 0, 'final', 0, ''], 'server_serie': f'{self.major}.0',
                'protocol_version': 1}

    def has_model(self, name: str) -> bool:
        return name in registry() and name not in MISSING_MODELS.get(self.facts_major, ())

    def model(self, name: str) -> VersionModel:
        if name not in self._models:
            if not self.has_model(name):
                raise UserError(f"Object {name} doesn't exist")
            base = registry()[name]
            path = RECORDINGS / f'odoo{self.facts_major}' / 'fields_get' / f'{name}.json'
            if self.facts_major != 17 and path.exists():
                fields = json.loads(path.read_text())
            else:
                fields = _patched(name, base.fields, self.facts_major)
            self._models[name] = VersionModel(name, fields, base)
        return self._models[name]

    # -- the RPC boundary ----------------------------------------------------

    def call(self, env: Any, model: str, method: str, args: list[Any],
             kwargs: dict[str, Any]) -> Any:
        """One RPC call as this version answers it (``Env.call`` hands it here)."""
        if self.major != 16:
            return self._call(env, model, method, args, kwargs)
        from odoo_pos_sandbox.meta import AccessError
        try:
            return self._call(env, model, method, args, kwargs)
        except AccessError as exc:
            raise self._message_16(exc, model, method, list(args or []),
                                   dict(kwargs or {})) from exc

    def _call(self, env: Any, model: str, method: str, args: list[Any],
              kwargs: dict[str, Any]) -> Any:
        vm = self.model(model)
        kwargs = dict(kwargs or {})
        env.context = dict(kwargs.pop('context', None) or {})
        args = list(args or [])
        if method == 'fields_get':
            return self.fields_get(vm, *args, **kwargs)
        if method in ('search_read', 'read', 'search', 'search_count', 'read_group'):
            return getattr(self, method)(env, vm, *args, **kwargs)
        if method in ('write', 'create'):
            return getattr(self, method)(env, vm, *args, **kwargs)
        if method == 'unlink' and model == 'res.partner' and self.facts_major == 16:
            self._refuse_partner_unlink(env)
        if method == 'formatted_read_group':
            if self.facts_major < 19:
                raise env_attribute_error(method, model)
            return self.formatted_read_group(env, vm, *args, **kwargs)
        if method == 'sync_from_ui' and model == 'pos.order' and self.facts_major >= 18:
            return self.sync_from_ui(env, *args, **kwargs)
        if method == 'create_from_ui' and self.facts_major >= 18:
            raise env_attribute_error(method, model)
        return env.call_base(model, method, args, {**kwargs, 'context': env.context})

    # -- 16's HTTP layer and messages (recordings/odoo16/http) ----------------

    def session_info(self, info: dict[str, Any]) -> dict[str, Any]:
        """``/web/session/authenticate`` and ``get_session_info`` as 16 answers
        them (recorded 01/04/05): ``company_id``, none of 17's ``is_public``,
        ``is_internal_user``, ``user_settings``, ``is_quick_edit_mode_enabled``,
        ``websocket_worker_version``, no ``disallowed_ancestor_companies`` and
        companies without ``child_ids``/``parent_id``; the version's server_version."""
        if self.major != 16:
            return info
        out = {k: v for k, v in info.items() if k not in SESSION_INFO_NOT_16}
        companies = dict(info.get('user_companies') or {})
        companies.pop('disallowed_ancestor_companies', None)
        if 'allowed_companies' in companies:
            companies['allowed_companies'] = {
                key: {k: v for k, v in company.items() if k in ('id', 'name', 'sequence')}
                for key, company in companies['allowed_companies'].items()}
        out['user_companies'] = companies
        out['company_id'] = companies.get('current_company', 1)
        version = self.version_info()
        out['server_version'] = version['server_version']
        out['server_version_info'] = list(version['server_version_info'])
        return out

    def bad_request_page(self, page: str) -> str:
        """Werkzeug's 400 page as 16's server (Werkzeug 2.0.2) writes it."""
        if self.major != 16:
            return page
        body = page.split('<title>', 1)[1].replace('&#39;', '&#x27;')
        return '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2 Final//EN">\n<title>' + body

    def unknown_database(self, db: str) -> Exception:
        """``/web/session/authenticate`` with a database the server has not:
        16 tries to connect to it (recorded 03: psycopg2's error naming the
        recorded server's PostgreSQL), 17 and later refuse it."""
        from odoo_pos_sandbox.meta import AccessError, DatabaseError
        if self.major == 16:
            host, port = RECORDED_PG_16
            return DatabaseError('psycopg2.OperationalError',
                                 f'connection to server at "{host}", port {port} failed: '
                                 f'FATAL:  database "{db}" does not exist\n')
        return AccessError("Database not found.")

    def _message_16(self, exc: Exception, model: str, method: str, args: list[Any],
                    kwargs: dict[str, Any]) -> Exception:
        """17's access error *exc* as 16 words it (recorded 52 and 56)."""
        from odoo_pos_sandbox.meta import AccessError
        text = getattr(exc, 'message', '')
        if model == 'hr.employee' and 'Document type: Employee (hr.employee)' in text:
            fields = kwargs.get('fields') or (args[1] if len(args) > 1 else [])
            denied = [f for f in fields or [] if f"- {f} (" in text]
            return AccessError(f'The fields "{",".join(denied)}" you try to read is not '
                               f'available on the public employee profile.')
        if model in ('product.template', 'product.product') and \
                '\t- Point of Sale/Administrator' in text and 'Invoicing/Billing Admin' not in text:
            return AccessError(text.replace('\t- Point of Sale/Administrator',
                                            '\t- Invoicing/Billing Administrator\n'
                                            '\t- Point of Sale/Administrator'))
        return exc

    @staticmethod
    def _refuse_partner_unlink(env: Any) -> None:
        """16 only: no contact is deleted while a POS session is open (recorded)."""
        open_ = [name for (name,) in env.cx.execute(
            "SELECT name FROM pos_session WHERE state != 'closed' ORDER BY id")]
        if open_:
            raise UserError("You cannot delete contacts while there are active PoS sessions. "
                            f"Close the session(s) {', '.join(open_)} first.")

    def fields_get(self, vm: VersionModel, allfields: Any = None,
                   attributes: Any = None) -> dict[str, dict[str, Any]]:
        out = {}
        for name, meta in vm.fields.items():
            if allfields and name not in allfields:
                continue
            attrs = {k: v for k, v in meta.items() if not attributes or k in attributes}
            out[name] = {k: attrs[k] for k in sorted(attrs)}
        return out

    def _check_fields(self, vm: VersionModel, names: Any) -> None:
        for name in names or []:
            if name not in vm.fields and name != 'id':
                raise ValueErr(f"Invalid field {name!r} on model {vm.name!r}")

    def domain(self, vm: VersionModel, domain: Any) -> list[Any]:
        """*domain* checked against the version's fields, translated to 17's."""
        out = []
        for leaf in domain or []:
            if self.major == 16 and isinstance(leaf, (list, tuple)) and len(leaf) != 3:
                # 16's expression checks a leaf (recorded 42); 17 fails unpacking it
                raise ValueErr(f"Invalid leaf {tuple(leaf)!r}")
            if not isinstance(leaf, (list, tuple)) or len(leaf) != 3 \
                    or not isinstance(leaf[0], str):
                out.append(leaf)
                continue
            left, op, right = leaf
            head = left.split('.', 1)[0]
            if head not in vm.fields and head != 'id':
                raise ValueErr(f"Invalid field {vm.name}.{head} in leaf {tuple(leaf)!r}")
            if head == 'pos_categ_id' and head not in vm.base.fields and '.' not in left:
                ids = right if isinstance(right, (list, tuple)) else [right]
                if op in ('=', 'in') and right is not False:
                    leaf = ('pos_categ_ids', 'in', list(ids))
                elif op in ('=', '!=') and right is False:
                    leaf = ('pos_categ_ids', '!=' if op == '!=' else '=', False)
            if vm.name == 'pos.order' and head == 'state' and self.facts_major >= 19:
                # no 'invoiced' key: such a leaf matches nothing; 'done' includes invoiced
                keys = right if isinstance(right, (list, tuple)) else [right]
                keys = [k for k in keys if k != 'invoiced']
                if 'done' in keys:
                    keys.append('invoiced')
                if op in ('=', 'in'):
                    leaf = ('state', 'in', keys)
                elif op in ('!=', 'not in'):
                    leaf = ('state', 'not in', keys)
            out.append(tuple(leaf) if isinstance(leaf, list) else leaf)
        return out

    def order(self, vm: VersionModel, spec: str | None) -> str | None:
        """*spec* without the terms on fields this version does not store
        (Odoo logs "cannot be sorted on field ... (not a column)" and drops them)."""
        if not spec:
            return spec
        kept = []
        for term in spec.split(','):
            name = term.strip().split(' ')[0].split('.')[0]
            if name in vm.unstored or (name in vm.own and name not in vm.base.columns):
                log.warning("Model %r cannot be sorted on field %r (not a column)",
                            vm.name, name)
                continue
            kept.append(term)
        # every term dropped: no ORDER BY at all (the recorded 16 behaviour): by id here
        return ', '.join(kept) if kept else 'id'

    def search(self, env: Any, vm: VersionModel, domain: Any = (), offset: int = 0,
               limit: int | None = None, order: str | None = None, count: bool = False,
               **_: Any) -> Any:
        return env.search(vm.name, self.domain(vm, domain), offset=offset, limit=limit,
                          order=self.order(vm, order), count=count)

    def search_count(self, env: Any, vm: VersionModel, domain: Any = (), limit: Any = None,
                     **_: Any) -> int:
        return env.search_count(vm.name, self.domain(vm, domain), limit=limit)

    def search_read(self, env: Any, vm: VersionModel, domain: Any = (), fields: Any = None,
                    offset: int = 0, limit: int | None = None, order: str | None = None,
                    load: str | None = '_classic_read', **_: Any) -> list[dict[str, Any]]:
        self._check_fields(vm, fields)
        ids = env.search(vm.name, self.domain(vm, domain), offset=offset, limit=limit,
                         order=self.order(vm, order))
        return self.read(env, vm, ids, fields, load=load) if ids else []

    def read(self, env: Any, vm: VersionModel, ids: Any, fields: Any = None,
             load: str | None = '_classic_read', **_: Any) -> list[dict[str, Any]]:
        if isinstance(ids, int):
            ids = [ids]
        self._check_fields(vm, fields)
        names = [n for n in (fields or list(vm.fields)) if n != 'id']
        base_names = [n for n in names if n in vm.base.fields and n not in vm.own]
        out = env.read(vm.name, ids, base_names or ['id'], load=load)
        own = [n for n in names if n not in base_names]
        if own and out:
            values = {n: self.computed(env, vm, n, [r['id'] for r in out]) for n in own}
            labels = {}
            for n in own:
                meta = vm.fields[n]
                if meta['type'] == 'many2one' and load is not None:
                    labels[n] = env.display_names(meta.get('relation'),
                                                  [v for v in values[n].values() if v])
            for rec in out:
                for n in own:
                    rec[n] = env._to_wire(vm.fields[n], values[n].get(rec['id']),
                                          labels.get(n))
        for rec in out:
            self.shape(env, vm, rec)
        if fields is not None:
            order = ['id'] + [n for n in fields if n != 'id']
            out = [{k: rec[k] for k in order if k in rec} for rec in out]
        return out

    def computed(self, env: Any, vm: VersionModel, name: str, ids: list[int]) -> dict[int, Any]:
        """Values of a field Odoo 17 does not have, from the 17 data."""
        cx = env.cx
        marks = ','.join('?' * len(ids))
        if name == 'pos_categ_id' and vm.name in ('product.product', 'product.template'):
            sql = ("SELECT p.id, t.pos_categ_ids FROM product_product p JOIN product_template t "
                   f"ON t.id = p.product_tmpl_id WHERE p.id IN ({marks})"
                   if vm.name == 'product.product' else
                   f"SELECT id, pos_categ_ids FROM product_template WHERE id IN ({marks})")
            return {i: (json.loads(raw or '[]') or [None])[0] for i, raw in cx.execute(sql, ids)}
        if vm.name == 'pos.order' and name == 'refunded_order_id':
            out: dict[int, Any] = {}
            for oid, origin in cx.execute(
                    f"SELECT l.order_id, r.order_id FROM pos_order_line l JOIN pos_order_line r "
                    f"ON r.id = l.refunded_orderline_id WHERE l.order_id IN ({marks}) "
                    f"ORDER BY l.id", ids):
                out.setdefault(oid, origin)
            return out
        if vm.name == 'pos.order' and name in ('is_refund', 'refund_orders_count'):
            if name == 'is_refund':
                return {oid: True for (oid,) in cx.execute(
                    f"SELECT DISTINCT order_id FROM pos_order_line WHERE order_id IN ({marks}) "
                    f"AND refunded_orderline_id IS NOT NULL", ids)}
            return {oid: n for oid, n in cx.execute(
                f"SELECT r.order_id, count(DISTINCT l.order_id) FROM pos_order_line l JOIN "
                f"pos_order_line r ON r.id = l.refunded_orderline_id WHERE r.order_id IN "
                f"({marks}) GROUP BY r.order_id", ids)}
        if vm.name == 'account.tax' and name == 'price_include_override':
            return {i: ('tax_included' if inc else 'tax_excluded') for i, inc in cx.execute(
                f"SELECT id, price_include FROM account_tax WHERE id IN ({marks})", ids)}
        if vm.name in ('loyalty.rule', 'loyalty.reward') and name == 'loyalty_program_id':
            return {i: p for i, p in cx.execute(
                f"SELECT id, program_id FROM {vm.base.table} WHERE id IN ({marks})", ids)}
        if vm.name == 'loyalty.rule' and name in ('points_quantity', 'points_currency'):
            mode = 'unit' if name == 'points_quantity' else 'money'
            return {i: (amount if m == mode else 0.0) for i, amount, m in cx.execute(
                f"SELECT id, reward_point_amount, reward_point_mode FROM loyalty_rule "
                f"WHERE id IN ({marks})", ids)}
        if vm.name in ('loyalty.rule', 'loyalty.reward') and name == 'name':
            col = 'description' if vm.name == 'loyalty.reward' else "'Rule ' || id"
            return {i: n for i, n in cx.execute(
                f"SELECT id, {col} FROM {vm.base.table} WHERE id IN ({marks})", ids)}
        if vm.name == 'loyalty.reward' and name in ('point_cost', 'minimum_points'):
            return {i: p for i, p in cx.execute(
                f"SELECT id, required_points FROM loyalty_reward WHERE id IN ({marks})", ids)}
        if vm.name == 'loyalty.reward' and name.startswith('discount_') \
                and name in LOYALTY_15['loyalty.reward']:
            out = {}
            for i, mode, amount in cx.execute(
                    f"SELECT id, discount_mode, discount FROM loyalty_reward WHERE id IN "
                    f"({marks})", ids):
                kind = 'percentage' if mode in (None, 'percent') else 'fixed_amount'
                out[i] = {'discount_type': kind,
                          'discount_percentage': amount if kind == 'percentage' else 0.0,
                          'discount_fixed_amount': amount if kind != 'percentage' else 0.0
                          }[name]
            return out
        if name in vm.base.columns:
            # stored in 17, not in this version (15/16 pos.order.config_id): same value
            return {i: v for i, v in cx.execute(
                f"SELECT id, {name} FROM {vm.base.table} WHERE id IN ({marks})", ids)}
        return {}

    def shape(self, env: Any, vm: VersionModel, rec: dict[str, Any]) -> None:
        """Values whose shape differs in this version (in place)."""
        if vm.name == 'pos.order' and self.facts_major >= 19:
            if rec.get('state') == 'invoiced':
                rec['state'] = 'done'
                if 'account_move' in rec and not rec['account_move']:
                    names = env.display_names('account.move', [SANDBOX_INVOICE])
                    rec['account_move'] = [SANDBOX_INVOICE, names.get(SANDBOX_INVOICE, False)]
        if vm.name == 'loyalty.reward' and self.facts_major == 15 and 'reward_type' in rec:
            rec['reward_type'] = {'product': 'gift'}.get(rec['reward_type'], 'discount')

    def read_group(self, env: Any, vm: VersionModel, domain: Any, fields: Any, groupby: Any,
                   *args: Any, **kwargs: Any) -> list[dict[str, Any]]:
        keys = [groupby] if isinstance(groupby, str) else list(groupby or [])
        for key in keys:
            name = key.split(':')[0]
            if name in vm.unstored or name in vm.own:
                raise UserError(f"Field {vm.name}.{name} is not a stored field, only stored "
                                f"fields (regular or many2many) are valid for the 'groupby' "
                                f"parameter")
        groups = env.read_group(vm.name, self.domain(vm, domain), fields, groupby, *args,
                                **kwargs)
        if self.major == 16:
            # 16 puts the group's own leaves first in ``__domain`` (recorded 16), 17 last
            given = [list(x) if isinstance(x, tuple) else x for x in domain or []]
            for group in groups:
                dom = group.get('__domain')
                if not isinstance(dom, list) or not given or any(isinstance(x, str) for x in given):
                    continue
                leaves = [list(x) if isinstance(x, tuple) else x for x in dom]
                while leaves and leaves[0] == '&':
                    leaves = leaves[1:]
                if leaves[:len(given)] == given and '&' not in leaves:
                    group['__domain'] = dom[:len(dom) - len(leaves)] + \
                        leaves[len(given):] + leaves[:len(given)]
        return groups

    def formatted_read_group(self, env: Any, vm: VersionModel, domain: Any = (),
                             groupby: Any = (), aggregates: Any = (), having: Any = None,
                             offset: int = 0, limit: int | None = None,
                             order: str | None = None) -> list[dict[str, Any]]:
        """19's replacement of ``read_group`` (recordings 322/323): aggregates
        spelled ``field:agg`` and returned under that key, ``__count`` only when
        asked for, ``__extra_domain`` (the group's own part of the domain)
        instead of ``__domain``, a date group as ``[start, label]``."""
        from odoo_pos_sandbox.meta import ValueErr
        groupby = [groupby] if isinstance(groupby, str) else list(groupby or [])
        dated = any(':' in key for key in groupby)
        fields, keys = [], {}
        for spec in aggregates or []:
            if spec == '__count':
                continue
            fname, _, func = spec.partition(':')
            if not func:
                raise ValueErr(f"Invalid aggregate specification {spec!r}")
            if dated:       # the date path takes aliases: several aggregates of one field
                alias = f"{fname}__{func}"
                fields.append(f"{alias}:{func}({fname})")
                keys[spec] = alias
            else:
                fields.append(spec)
                keys[spec] = fname
        groups = self.read_group(env, vm, domain, fields, groupby, offset=offset, limit=limit,
                                 orderby=order, lazy=False)
        out = []
        for group in groups:
            row: dict[str, Any] = {}
            extra: list[Any] = []
            for key in groupby:
                fname, _, gran = key.partition(':')
                value = group.get(key)
                if gran:
                    bounds = group['__range'][key]
                    row[key] = [bounds['from'], value] if bounds else False
                    if bounds:
                        extra += [[fname, '>=', bounds['from']], [fname, '<', bounds['to']]]
                else:
                    row[key] = value
                    extra.append([fname, '=', value[0] if isinstance(value, list) else value])
            row['__extra_domain'] = (['&'] * (len(extra) - 1) + extra) if len(extra) > 1 \
                else extra
            for spec in aggregates or []:
                row[spec] = group.get('__count', 0) if spec == '__count' \
                    else group.get(keys[spec], 0)
            out.append(row)
        return out

    def _vals(self, env: Any, vm: VersionModel, vals: Any) -> Any:
        if not isinstance(vals, dict):
            return vals
        self._check_fields(vm, vals)
        vals = dict(vals)
        if 'pos_categ_id' in vals and 'pos_categ_id' in vm.own:
            value = vals.pop('pos_categ_id')
            if isinstance(value, (list, tuple)):
                value = value[0] if value else False
            vals['pos_categ_ids'] = [(6, 0, [int(value)] if value else [])]
        if vm.name == 'pos.order' and self.facts_major >= 19 and vals.get('state') == 'invoiced':
            raise ValueErr("Wrong value for pos.order.state: 'invoiced'")
        for name in [n for n in vals if n in vm.own]:
            vals.pop(name)       # a field of this version the sandbox does not keep
        return vals

    def write(self, env: Any, vm: VersionModel, ids: Any, vals: Any, **_: Any) -> bool:
        return env.write(vm.name, ids, self._vals(env, vm, vals))

    def create(self, env: Any, vm: VersionModel, vals: Any, **_: Any) -> Any:
        if isinstance(vals, list):
            return env.create(vm.name, [self._vals(env, vm, v) for v in vals])
        return env.create(vm.name, self._vals(env, vm, vals))

    # -- 18+: the POS client's sync_from_ui ------------------------------------

    def sync_from_ui(self, env: Any, orders: list[dict[str, Any]], **_: Any) -> dict[str, Any]:
        """``pos.order.sync_from_ui(orders)`` as the 18 POS client sends it: each
        order's lines ``[[0, 0, {...}]]`` (a refund line names its
        ``refunded_orderline_id``) and payments; a refund is named from the
        shop's sequence (no "REFUND").  Returns records per model."""
        from odoo_pos_sandbox import flows
        created = []
        for order in orders:
            lines = [cmd[2] for cmd in order.get('lines') or [] if cmd and cmd[0] == 0]
            payments = [(cmd[2]['payment_method_id'], cmd[2]['amount'])
                        for cmd in order.get('payment_ids') or [] if cmd and cmd[0] == 0]
            specs = [dict(product_id=l['product_id'], qty=l['qty'],
                          discount=l.get('discount') or 0.0,
                          **({'price_unit': l['price_unit']} if 'price_unit' in l else {}))
                     for l in lines]
            oid = flows.new_order(env, order['session_id'], specs, payments=payments or None,
                                  partner_id=order.get('partner_id') or None,
                                  employee_id=order.get('employee_id') or None,
                                  refunded_lines=[l.get('refunded_orderline_id') or None
                                                  for l in lines])
            name = env.cx.execute("SELECT name FROM pos_order WHERE id = ?", [oid]).fetchone()[0]
            if name.endswith(' REFUND'):
                env.cx.execute("UPDATE pos_order SET name = ? WHERE id = ?",
                               [name[:-len(' REFUND')], oid])
            created.append(oid)
        order_vm = self.model('pos.order')
        line_ids = env.search('pos.order.line', [('order_id', 'in', created)])
        pay_ids = env.search('pos.payment', [('pos_order_id', 'in', created)])
        return {
            'pos.order': self.read(env, order_vm, created, [
                'id', 'name', 'pos_reference', 'state', 'amount_total', 'session_id',
                'refunded_order_id']),
            'pos.session': [],
            'pos.payment': self.read(env, self.model('pos.payment'), pay_ids,
                                     ['id', 'pos_order_id', 'amount', 'payment_method_id']),
            'pos.order.line': self.read(env, self.model('pos.order.line'), line_ids,
                                        ['id', 'order_id', 'qty', 'refunded_orderline_id']),
            'pos.pack.operation.lot': [], 'product.attribute.custom.value': [],
        }


def env_attribute_error(method: str, model: str) -> Exception:
    from odoo_pos_sandbox.meta import AttributeErr
    return AttributeErr(f"The method '{method}' does not exist on the model '{model}'")


@functools.lru_cache(maxsize=None)
def version(major: int) -> Version:
    """The (shared) :class:`Version` of *major*."""
    return Version(int(major))
