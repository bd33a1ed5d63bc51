# -*- coding: utf-8; -*-
"""Odoo POS indexes: every foreign key column (an order's lines, the FK checks
of deletes), the dates the views sort by, and the natural keys products of
several sources are merged by.

Revision ID: 8b4d2e6f1a90
Revises: 5e1f0a3c7b21
Create Date: 2026-11-24 16:05:00

"""

# revision identifiers, used by Alembic.
revision = '8b4d2e6f1a90'
down_revision = '5e1f0a3c7b21'
branch_labels = None
depends_on = None

from alembic import op

#: (table, column): index ``<table>_ix_<column>``
INDEXES = [
    ('odoo_pos_customer', 'customer_uuid'),
    ('odoo_pos_department', 'department_uuid'),
    ('odoo_pos_employee', 'employee_uuid'),
    ('odoo_pos_loyalty_reward', 'program_uuid'),
    ('odoo_pos_loyalty_rule', 'program_uuid'),
    ('odoo_pos_order', 'customer_uuid'),
    ('odoo_pos_order', 'date_order'),
    ('odoo_pos_order', 'employee_uuid'),
    ('odoo_pos_order', 'session_uuid'),
    ('odoo_pos_order', 'store_uuid'),
    ('odoo_pos_order_line', 'order_uuid'),
    ('odoo_pos_order_line', 'product_uuid'),
    ('odoo_pos_order_line', 'refunded_line_uuid'),
    ('odoo_pos_payment', 'order_uuid'),
    ('odoo_pos_payment', 'payment_date'),
    ('odoo_pos_payment', 'tender_uuid'),
    ('odoo_pos_product', 'barcode'),
    ('odoo_pos_product', 'default_code'),
    ('odoo_pos_product', 'product_uuid'),
    ('odoo_pos_session', 'start_at'),
    ('odoo_pos_session', 'store_uuid'),
    ('odoo_pos_stock', 'product_uuid'),
    ('odoo_pos_stock', 'store_uuid'),
    ('odoo_pos_store', 'store_uuid'),
    ('odoo_pos_tax', 'tax_uuid'),
    ('odoo_pos_tender', 'tender_uuid'),
]


def upgrade():
    for table, column in INDEXES:
        op.create_index(f'{table}_ix_{column}', table, [column], unique=False)


def downgrade():
    for table, column in reversed(INDEXES):
        op.drop_index(f'{table}_ix_{column}', table_name=table)
