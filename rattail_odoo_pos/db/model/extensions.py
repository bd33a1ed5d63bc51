# SPDX-License-Identifier: GPL-3.0-or-later
"""Extension rows of Rattail's own records: one per Odoo source the record
came from (a product sold by two Odoo databases has two), with a backref
``_odoo_pos`` on the native record."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy import orm

from rattail.db.model import Base, Store, Department, Product, Customer, Employee, Tender, Tax
from rattail.db.util import uuid_fk_column

from rattail_odoo_pos.db.model.base import MONEY, PRICE, TEXT, OdooPosRecord


def _native(cls_name: str, native, fk: str):
    return orm.relationship(native, doc=f"The Rattail {native.__name__}.",
                            backref=orm.backref('_odoo_pos', cascade='all, delete-orphan',
                                                doc=f"Odoo POS extension rows ({cls_name})."))


class OdooPosStore(OdooPosRecord, Base):
    """A POS shop (``pos.config``)."""
    __tablename__ = 'odoo_pos_store'
    store_uuid = uuid_fk_column('store.uuid', nullable=False)
    store = _native('OdooPosStore', Store, 'store_uuid')
    name = sa.Column(TEXT)
    timezone = sa.Column(sa.String(length=64), doc="IANA zone of the shop (its warehouse address).")
    currency = sa.Column(sa.String(length=10))
    company = sa.Column(TEXT)
    warehouse_odoo_id = sa.Column(sa.Integer())
    active = sa.Column(sa.Boolean(), nullable=False, default=True)


class OdooPosDepartment(OdooPosRecord, Base):
    """A POS category (``pos.category``)."""
    __tablename__ = 'odoo_pos_department'
    department_uuid = uuid_fk_column('department.uuid', nullable=False)
    department = _native('OdooPosDepartment', Department, 'department_uuid')
    name = sa.Column(TEXT)
    parent_odoo_id = sa.Column(sa.Integer())


class OdooPosProduct(OdooPosRecord, Base):
    """A product variant (``product.product``)."""
    __tablename__ = 'odoo_pos_product'
    __indexed__ = ('barcode', 'default_code')   # merging sources by natural key
    product_uuid = uuid_fk_column('product.uuid', nullable=False)
    product = _native('OdooPosProduct', Product, 'product_uuid')
    name = sa.Column(TEXT)
    barcode = sa.Column(TEXT)
    default_code = sa.Column(TEXT)
    list_price = sa.Column(PRICE)
    available_in_pos = sa.Column(sa.Boolean())
    active = sa.Column(sa.Boolean(), nullable=False, default=True)
    uom = sa.Column(TEXT)
    pos_category_ids = sa.Column(TEXT, doc="Odoo ids, comma separated.")
    tax_ids = sa.Column(TEXT, doc="Odoo sale tax ids, comma separated.")


class OdooPosCustomer(OdooPosRecord, Base):
    """A customer (``res.partner``)."""
    __tablename__ = 'odoo_pos_customer'
    customer_uuid = uuid_fk_column('customer.uuid', nullable=False)
    customer = _native('OdooPosCustomer', Customer, 'customer_uuid')
    name = sa.Column(TEXT)
    email = sa.Column(TEXT)
    phone = sa.Column(TEXT)
    vat = sa.Column(TEXT)
    city = sa.Column(TEXT)
    active = sa.Column(sa.Boolean(), nullable=False, default=True)


# customers of several sources are merged by VAT or email, compared lowercase
for _column in ('vat', 'email'):
    sa.Index(f'odoo_pos_customer_ix_lower_{_column}',
             sa.func.lower(getattr(OdooPosCustomer.__table__.c, _column)))
del _column


class OdooPosEmployee(OdooPosRecord, Base):
    """A cashier (``hr.employee``)."""
    __tablename__ = 'odoo_pos_employee'
    employee_uuid = uuid_fk_column('employee.uuid', nullable=False)
    employee = _native('OdooPosEmployee', Employee, 'employee_uuid')
    name = sa.Column(TEXT)
    active = sa.Column(sa.Boolean(), nullable=False, default=True)


class OdooPosTender(OdooPosRecord, Base):
    """A payment method (``pos.payment.method``)."""
    __tablename__ = 'odoo_pos_tender'
    tender_uuid = uuid_fk_column('tender.uuid', nullable=False)
    tender = _native('OdooPosTender', Tender, 'tender_uuid')
    name = sa.Column(TEXT)
    is_cash_count = sa.Column(sa.Boolean())
    payment_type = sa.Column(sa.String(length=20), doc="""
    Odoo's ``type``: cash, bank, pay_later (customer account) or online.""")
    journal = sa.Column(TEXT, doc="Accounting journal (display name).")
    use_payment_terminal = sa.Column(sa.String(length=30), doc="""
    Payment terminal integration (e.g. adyen, stripe), if any.""")
    active = sa.Column(sa.Boolean(), nullable=False, default=True)


class OdooPosTax(OdooPosRecord, Base):
    """A tax (``account.tax``)."""
    __tablename__ = 'odoo_pos_tax'
    tax_uuid = uuid_fk_column('tax.uuid', nullable=False)
    tax = _native('OdooPosTax', Tax, 'tax_uuid')
    name = sa.Column(TEXT)
    amount = sa.Column(sa.Numeric(12, 4))
    amount_type = sa.Column(sa.String(length=20))
    price_include = sa.Column(sa.Boolean())
    type_tax_use = sa.Column(sa.String(length=20))
    active = sa.Column(sa.Boolean(), nullable=False, default=True)


# money column kept for symmetry with the other modules' imports
__all__ = ['OdooPosStore', 'OdooPosDepartment', 'OdooPosProduct', 'OdooPosCustomer',
           'OdooPosEmployee', 'OdooPosTender', 'OdooPosTax', 'MONEY']
