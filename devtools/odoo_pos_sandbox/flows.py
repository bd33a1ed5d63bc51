# SPDX-License-Identifier: GPL-3.0-or-later
"""A shop's day, scripted: open a session, ring up orders (with taxes, discounts,
split payments and change), refund, close the session (optionally as one long
transaction).  The money maths is Odoo's ``float_round``, so totals carry the
same float noise real POS data has (``75.60000000000001``)."""

from __future__ import annotations

import datetime
import json
import math
from dataclasses import dataclass
from typing import Any, Sequence

CASH_ROUNDING = 5.0   # customers paying cash tend to hand over a round amount


def float_round(value: float, digits: int = 2) -> float:
    """``odoo.tools.float_utils.float_round`` (HALF-UP), float artefacts included."""
    factor = 10 ** -digits
    normalized = value / factor
    if normalized:
        epsilon = 2 ** (math.log(abs(normalized), 2) - 52)
        normalized += math.copysign(epsilon, normalized)
    return round(normalized) * factor


@dataclass
class Line:
    product_id: int
    qty: float
    price_unit: float
    discount: float
    tax_ids: list[int]
    tax_rate: float
    name: str
    refunded_orderline_id: int | None = None

    @property
    def subtotal(self) -> float:
        return float_round(self.qty * self.price_unit * (1 - self.discount / 100.0))

    @property
    def tax(self) -> float:
        return float_round(self.subtotal * self.tax_rate / 100.0)

    @property
    def subtotal_incl(self) -> float:
        return self.subtotal + self.tax


def totals(lines: Sequence[Line]) -> tuple[float, float]:
    """(amount_tax, amount_total) summed the way the POS client does (floats)."""
    tax = 0.0
    total = 0.0
    for line in lines:
        tax += line.tax
        total += line.subtotal_incl
    return tax, total


def product_info(cx, product_ids: Sequence[int]) -> dict[int, dict[str, Any]]:
    """Price, name and sale taxes of products (for pricing order lines)."""
    ids = sorted(set(product_ids))
    rows = cx.execute(
        f"SELECT p.id, t.list_price + COALESCE(p.lst_price_extra, 0), t.name, t.taxes_id "
        f"FROM product_product p JOIN product_template t ON t.id = p.product_tmpl_id "
        f"WHERE p.id IN ({','.join('?' * len(ids))})", ids).fetchall()
    rates = {i: a for i, a in cx.execute("SELECT id, amount FROM account_tax")}
    out = {}
    for pid, price, name, taxes in rows:
        tax_ids = [t for t in json.loads(taxes or '[]') if t in rates]
        out[pid] = dict(price=price or 0.0, name=name, tax_ids=tax_ids,
                        rate=sum(rates[t] or 0.0 for t in tax_ids))
    return out


class FlowsMixin:
    """POS flows on :class:`~odoo_pos_sandbox.core.Sandbox`.  Each runs in
    one transaction (``at`` = its start time, default now); pass ``env=`` from
    :meth:`transaction` to make it part of a longer one."""

    def _run(self, env, at, func, *args, **kw):
        if env is not None:
            return func(env, *args, **kw)
        with self.env(at=at) as env:                     # type: ignore[attr-defined]
            return func(env, *args, **kw)

    def open_session(self, config_id: int, *, user_id: int = 2, at=None, env=None) -> int:
        return self._run(env, at, open_session, config_id, user_id=user_id)

    def new_order(self, session_id: int, lines: Sequence[Any], *, payments=None,
                  partner_id=None, employee_id=None, at=None, env=None) -> int:
        return self._run(env, at, new_order, session_id, lines, payments=payments,
                         partner_id=partner_id, employee_id=employee_id)

    def refund(self, order_id: int, *, session_id=None, at=None, env=None) -> int:
        return self._run(env, at, refund, order_id, session_id=session_id)

    def close_session(self, session_id: int, *, at=None, env=None) -> None:
        return self._run(env, at, close_session, session_id)

    def open_sessions(self) -> dict[int, int]:
        """config id -> id of its open session."""
        with self.env() as env:                           # type: ignore[attr-defined]
            return {c: s for s, c in env.cx.execute(
                "SELECT id, config_id FROM pos_session WHERE state = 'opened'")}


def open_session(env, config_id: int, *, user_id: int = 2) -> int:
    seq = env.cx.execute("SELECT COALESCE(max(id), 0) + 1 FROM pos_session").fetchone()[0]
    return env.create('pos.session', {
        'name': f"POS/{seq:05d}", 'config_id': config_id, 'user_id': user_id,
        'state': 'opened', 'start_at': env.now.replace(microsecond=0),
        'sequence_number': 1, 'login_number': 1, 'cash_register_balance_start': 0.0,
        'company_id': 1, 'update_stock_at_closing': True})


def _session(env, session_id: int) -> tuple[int, str, str, int]:
    row = env.cx.execute(
        "SELECT s.config_id, c.name, s.state, s.sequence_number FROM pos_session s "
        "JOIN pos_config c ON c.id = s.config_id WHERE s.id = ?", [session_id]).fetchone()
    if not row:
        from odoo_pos_sandbox.meta import MissingError
        raise MissingError('pos.session', [session_id], env.uid)
    return row


def _cash_method(env, config_id: int) -> int:
    methods = json.loads(env.cx.execute("SELECT payment_method_ids FROM pos_config WHERE id = ?",
                                        [config_id]).fetchone()[0] or '[]')
    cash = [m for m, is_cash in env.cx.execute(
        "SELECT id, is_cash_count FROM pos_payment_method") if is_cash and m in methods]
    return (cash or methods or [1])[0]


def new_order(env, session_id: int, lines: Sequence[Any], *, payments=None, partner_id=None,
              employee_id=None, refunded_lines: Sequence[int | None] | None = None) -> int:
    """Ring up an order: *lines* are ``(product_id, qty)`` / ``(product_id, qty,
    discount)`` tuples or dicts (``price_unit`` overrides the list price);
    *payments* ``[(method_id, amount), ...]`` (default: cash, the total), a cash
    overpayment gets a change row (``is_change``, negative)."""
    config_id, config_name, state, _ = _session(env, session_id)
    specs = [dict(product_id=l[0], qty=l[1], discount=(l[2] if len(l) > 2 else 0.0))
             if not isinstance(l, dict) else dict(l) for l in lines]
    info = product_info(env.cx, [s['product_id'] for s in specs])
    order_lines = []
    for i, spec in enumerate(specs):
        p = info.get(spec['product_id'])
        if p is None:
            from odoo_pos_sandbox.meta import MissingError
            raise MissingError('product.product', [spec['product_id']], env.uid)
        order_lines.append(Line(
            product_id=spec['product_id'], qty=float(spec['qty']),
            price_unit=float(spec.get('price_unit', p['price'])),
            discount=float(spec.get('discount') or 0.0), tax_ids=p['tax_ids'],
            tax_rate=p['rate'], name=p['name'],
            refunded_orderline_id=(refunded_lines[i] if refunded_lines else None)))
    amount_tax, amount_total = totals(order_lines)
    if payments is None:
        payments = [(_cash_method(env, config_id), amount_total)]
    seq = env.cx.execute("SELECT count(*) + 1 FROM pos_order WHERE session_id = ?",
                         [session_id]).fetchone()[0]
    number = env.cx.execute("SELECT count(*) + 1 FROM pos_order WHERE config_id = ?",
                            [config_id]).fetchone()[0]
    is_refund = any(l.refunded_orderline_id for l in order_lines)
    cashier = None
    if employee_id:
        row = env.cx.execute("SELECT name FROM hr_employee WHERE id = ?", [employee_id]).fetchone()
        cashier = row[0] if row else None
    when = env.now.replace(microsecond=0)
    order_id = env.create('pos.order', {
        'name': f"{config_name}/{number:04d}" + (" REFUND" if is_refund else ''),
        'pos_reference': f"Order {session_id:05d}-001-{seq:04d}",
        'session_id': session_id, 'config_id': config_id, 'company_id': 1,
        'date_order': when, 'partner_id': partner_id or False,
        'employee_id': employee_id or False, 'user_id': env.uid, 'cashier': cashier,
        'state': 'draft', 'amount_tax': amount_tax, 'amount_total': amount_total,
        'amount_paid': 0.0, 'amount_return': 0.0, 'sequence_number': seq,
        'currency_rate': 1.0, 'sale_journal': 9, 'to_invoice': False})
    for line in order_lines:
        env.create('pos.order.line', {
            'order_id': order_id, 'product_id': line.product_id, 'qty': line.qty,
            'price_unit': line.price_unit, 'discount': line.discount,
            'price_subtotal': line.subtotal, 'price_subtotal_incl': line.subtotal_incl,
            'tax_ids': line.tax_ids, 'full_product_name': line.name, 'company_id': 1,
            'name': f"{config_name}/{number:04d}",
            'refunded_orderline_id': line.refunded_orderline_id or False})
    paid = 0.0
    change = 0.0
    for method_id, amount in payments:
        env.create('pos.payment', {
            'pos_order_id': order_id, 'payment_method_id': method_id, 'amount': amount,
            'payment_date': when, 'session_id': session_id, 'company_id': 1,
            'is_change': False})
        paid += amount
    if paid - amount_total > 0.005:
        change = float_round(amount_total - paid)
        env.create('pos.payment', {
            'pos_order_id': order_id, 'payment_method_id': _cash_method(env, config_id),
            'amount': change, 'payment_date': when, 'session_id': session_id,
            'company_id': 1, 'is_change': True})
        paid += change
    env.write('pos.order', [order_id], {
        'amount_paid': paid, 'amount_return': -change if change else 0.0,
        'state': 'paid' if state == 'opened' else 'done'})
    return order_id


def refund(env, order_id: int, *, session_id: int | None = None) -> int:
    """Refund a whole order (negative quantities, lines linked to the refunded ones)."""
    order = env.cx.execute("SELECT session_id, partner_id, employee_id FROM pos_order "
                           "WHERE id = ?", [order_id]).fetchone()
    if not order:
        from odoo_pos_sandbox.meta import MissingError
        raise MissingError('pos.order', [order_id], env.uid)
    lines = env.cx.execute("SELECT id, product_id, qty, price_unit, discount FROM "
                           "pos_order_line WHERE order_id = ? ORDER BY id", [order_id]).fetchall()
    session_id = session_id or order[0]
    specs = [dict(product_id=p, qty=-q, price_unit=pu, discount=d) for _, p, q, pu, d in lines]
    return new_order(env, session_id, specs, payments=None,
                     partner_id=order[1], employee_id=order[2],
                     refunded_lines=[l[0] for l in lines])


def close_session(env, session_id: int) -> None:
    """Close and post a session: its paid orders become ``done`` (their
    write_date moves to this transaction's start), the session ``closed``."""
    _session(env, session_id)
    ids = [r[0] for r in env.cx.execute(
        "SELECT id FROM pos_order WHERE session_id = ? AND state = 'paid'", [session_id])]
    if ids:
        env.write('pos.order', ids, {'state': 'done'})
    cash = env.cx.execute(
        "SELECT COALESCE(sum(p.amount), 0) FROM pos_payment p JOIN pos_payment_method m "
        "ON m.id = p.payment_method_id WHERE p.session_id = ? AND m.is_cash_count = 1",
        [session_id]).fetchone()[0]
    env.write('pos.session', [session_id], {
        'state': 'closed', 'stop_at': env.now.replace(microsecond=0),
        'cash_register_balance_end_real': float_round(cash)})


def business(env, model: str, method: str, ids: list[int]) -> Any:
    """POS business methods reachable over RPC."""
    if (model, method) == ('pos.order', 'action_pos_order_invoice'):
        env.write('pos.order', ids, {'state': 'invoiced', 'to_invoice': True})
        return {'type': 'ir.actions.act_window', 'res_model': 'account.move'}
    if (model, method) == ('pos.order', 'action_pos_order_paid'):
        env.write('pos.order', ids, {'state': 'paid'})
        return True
    if (model, method) == ('pos.session', 'action_pos_session_closing_control'):
        for sid in ids:
            close_session(env, sid)
        return True
    if (model, method) == ('pos.session', 'action_pos_session_open'):
        env.write('pos.session', ids, {'state': 'opened'})
        return True
    raise NotImplementedError(method)
