# SPDX-License-Identifier: GPL-3.0-or-later
"""POS transactions and what goes with them: sessions, orders, lines,
payments, stock on hand, loyalty programs."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy import orm

from rattail.db.model import Base, Store, Product, Customer, Employee, Tender
from rattail.db.util import uuid_fk_column

from rattail_odoo_pos.db.model.base import MONEY, PRICE, QUANTITY, TEXT, OdooPosRecord


class OdooPosSession(OdooPosRecord, Base):
    """A POS session (``pos.session``): one shop's till from opening to closing."""
    __tablename__ = 'odoo_pos_session'
    __indexed__ = ('start_at',)
    store_uuid = uuid_fk_column('store.uuid', nullable=True)
    store = orm.relationship(Store)
    name = sa.Column(TEXT)
    state = sa.Column(sa.String(length=20))
    start_at = sa.Column(sa.DateTime(), doc="UTC")
    stop_at = sa.Column(sa.DateTime(), doc="UTC")
    cash_register_balance_start = sa.Column(MONEY)
    cash_register_balance_end_real = sa.Column(MONEY)
    user_name = sa.Column(TEXT)


class OdooPosOrder(OdooPosRecord, Base):
    """A POS order (``pos.order``); ``date_order`` is UTC."""
    __tablename__ = 'odoo_pos_order'
    __indexed__ = ('date_order',)
    store_uuid = uuid_fk_column('store.uuid', nullable=True)
    store = orm.relationship(Store)
    session_uuid = uuid_fk_column('odoo_pos_session.uuid', nullable=True)
    session = orm.relationship(OdooPosSession, backref=orm.backref('orders', lazy='dynamic'))
    customer_uuid = uuid_fk_column('customer.uuid', nullable=True)
    customer = orm.relationship(Customer)
    employee_uuid = uuid_fk_column('employee.uuid', nullable=True)
    employee = orm.relationship(Employee)
    name = sa.Column(TEXT)
    pos_reference = sa.Column(TEXT)
    date_order = sa.Column(sa.DateTime(), doc="UTC")
    state = sa.Column(sa.String(length=20))
    amount_total = sa.Column(MONEY)
    amount_tax = sa.Column(MONEY)
    amount_paid = sa.Column(MONEY)
    amount_return = sa.Column(MONEY)
    is_refund = sa.Column(sa.Boolean(), nullable=False, default=False)
    currency = sa.Column(sa.String(length=10))


class OdooPosOrderLine(OdooPosRecord, Base):
    """An order line (``pos.order.line``)."""
    __tablename__ = 'odoo_pos_order_line'
    order_uuid = uuid_fk_column('odoo_pos_order.uuid', nullable=False)
    order = orm.relationship(OdooPosOrder, backref=orm.backref(
        'lines', order_by='OdooPosOrderLine.odoo_id', cascade='all, delete-orphan'))
    product_uuid = uuid_fk_column('product.uuid', nullable=True)
    product = orm.relationship(Product)
    full_product_name = sa.Column(TEXT)
    qty = sa.Column(QUANTITY)
    price_unit = sa.Column(PRICE)
    discount = sa.Column(sa.Numeric(5, 2))
    price_subtotal = sa.Column(MONEY)
    price_subtotal_incl = sa.Column(MONEY)
    refunded_line_uuid = uuid_fk_column('odoo_pos_order_line.uuid', nullable=True)
    refunded_line = orm.relationship('OdooPosOrderLine', remote_side='OdooPosOrderLine.uuid')


class OdooPosPayment(OdooPosRecord, Base):
    """A payment of an order (``pos.payment``); change given is a negative
    payment with ``is_change``."""
    __tablename__ = 'odoo_pos_payment'
    __indexed__ = ('payment_date',)
    order_uuid = uuid_fk_column('odoo_pos_order.uuid', nullable=False)
    order = orm.relationship(OdooPosOrder, backref=orm.backref(
        'payments', order_by='OdooPosPayment.odoo_id', cascade='all, delete-orphan'))
    tender_uuid = uuid_fk_column('tender.uuid', nullable=True)
    tender = orm.relationship(Tender)
    amount = sa.Column(MONEY)
    payment_date = sa.Column(sa.DateTime(), doc="UTC")
    is_change = sa.Column(sa.Boolean(), nullable=False, default=False)


class OdooPosStock(OdooPosRecord, Base):
    """Stock on hand of a product in a shop's warehouse (``stock.quant``)."""
    __tablename__ = 'odoo_pos_stock'
    store_uuid = uuid_fk_column('store.uuid', nullable=True)
    store = orm.relationship(Store)
    product_uuid = uuid_fk_column('product.uuid', nullable=True)
    product = orm.relationship(Product)
    location = sa.Column(TEXT)
    quantity = sa.Column(QUANTITY)
    reserved_quantity = sa.Column(QUANTITY)


class OdooPosLoyaltyProgram(OdooPosRecord, Base):
    """A loyalty program or promotion (``loyalty.program``)."""
    __tablename__ = 'odoo_pos_loyalty_program'
    name = sa.Column(TEXT)
    program_type = sa.Column(sa.String(length=30))
    trigger = sa.Column(sa.String(length=30))
    applies_on = sa.Column(sa.String(length=30))
    active = sa.Column(sa.Boolean(), nullable=False, default=True)
    date_from = sa.Column(sa.Date())
    date_to = sa.Column(sa.Date())


class OdooPosLoyaltyRule(OdooPosRecord, Base):
    """A rule of a loyalty program (``loyalty.rule``)."""
    __tablename__ = 'odoo_pos_loyalty_rule'
    program_uuid = uuid_fk_column('odoo_pos_loyalty_program.uuid', nullable=True)
    program = orm.relationship(OdooPosLoyaltyProgram, backref=orm.backref(
        'rules', order_by='OdooPosLoyaltyRule.odoo_id'))
    mode = sa.Column(sa.String(length=30))
    minimum_qty = sa.Column(QUANTITY)
    minimum_amount = sa.Column(MONEY)
    reward_point_amount = sa.Column(sa.Numeric(12, 2))
    reward_point_mode = sa.Column(sa.String(length=30))
    active = sa.Column(sa.Boolean(), nullable=False, default=True)


class OdooPosLoyaltyReward(OdooPosRecord, Base):
    """A reward of a loyalty program (``loyalty.reward``)."""
    __tablename__ = 'odoo_pos_loyalty_reward'
    program_uuid = uuid_fk_column('odoo_pos_loyalty_program.uuid', nullable=True)
    program = orm.relationship(OdooPosLoyaltyProgram, backref=orm.backref(
        'rewards', order_by='OdooPosLoyaltyReward.odoo_id'))
    description = sa.Column(TEXT)
    reward_type = sa.Column(sa.String(length=30))
    discount = sa.Column(sa.Numeric(12, 2))
    discount_mode = sa.Column(sa.String(length=30))
    required_points = sa.Column(sa.Numeric(12, 2))
    active = sa.Column(sa.Boolean(), nullable=False, default=True)


class OdooPosBill(OdooPosRecord, Base):
    """A coin or bill of the cash count (``pos.bill``)."""
    __tablename__ = 'odoo_pos_bill'
    name = sa.Column(TEXT)
    value = sa.Column(PRICE)
    for_all_config = sa.Column(sa.Boolean())
    pos_config_ids = sa.Column(TEXT, doc="Odoo pos.config ids, comma separated.")
