# -*- coding: utf-8; -*-
"""Odoo POS tables: extension rows, POS transactions, cursors, and their
Continuum version tables

Revision ID: d129c03e869c
Revises: 
Create Date: 2026-11-24 15:18:14.350886

"""

# revision identifiers, used by Alembic.
revision = 'd129c03e869c'
down_revision = None
branch_labels = ('rattail_odoo_pos',)
depends_on = 'c2ef84c99c93'

from alembic import op
import sqlalchemy as sa
import rattail.db.types



def upgrade():
    op.create_table('odoo_pos_cursor',
    sa.Column('uuid', sa.String(length=32), nullable=False),
    sa.Column('source', sa.String(length=50), nullable=False),
    sa.Column('model', sa.String(length=100), nullable=False),
    sa.Column('value', sa.DateTime(), nullable=True),
    sa.Column('last_id', sa.Integer(), nullable=True),
    sa.Column('full_load_done', sa.Boolean(), nullable=False),
    sa.Column('last_run', sa.DateTime(), nullable=True),
    sa.Column('last_success', sa.DateTime(), nullable=True),
    sa.Column('last_error', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('uuid', name=op.f('pk_odoo_pos_cursor')),
    sa.UniqueConstraint('source', 'model', name='odoo_pos_cursor_uq_model')
    )
    op.create_table('odoo_pos_customer_version',
    sa.Column('uuid', sa.String(length=32), autoincrement=False, nullable=False),
    sa.Column('source', sa.String(length=50), autoincrement=False, nullable=True),
    sa.Column('odoo_id', sa.Integer(), autoincrement=False, nullable=True),
    sa.Column('customer_uuid', sa.String(length=32), autoincrement=False, nullable=True),
    sa.Column('name', sa.String(length=255), autoincrement=False, nullable=True),
    sa.Column('email', sa.String(length=255), autoincrement=False, nullable=True),
    sa.Column('phone', sa.String(length=50), autoincrement=False, nullable=True),
    sa.Column('vat', sa.String(length=50), autoincrement=False, nullable=True),
    sa.Column('city', sa.String(length=100), autoincrement=False, nullable=True),
    sa.Column('active', sa.Boolean(), autoincrement=False, nullable=True),
    sa.Column('transaction_id', sa.BigInteger(), autoincrement=False, nullable=False),
    sa.Column('end_transaction_id', sa.BigInteger(), nullable=True),
    sa.Column('operation_type', sa.SmallInteger(), nullable=False),
    sa.PrimaryKeyConstraint('uuid', 'transaction_id', name=op.f('pk_odoo_pos_customer_version'))
    )
    op.create_index(op.f('ix_odoo_pos_customer_version_end_transaction_id'), 'odoo_pos_customer_version', ['end_transaction_id'], unique=False)
    op.create_index(op.f('ix_odoo_pos_customer_version_operation_type'), 'odoo_pos_customer_version', ['operation_type'], unique=False)
    op.create_index('ix_odoo_pos_customer_version_pk_transaction_id', 'odoo_pos_customer_version', ['uuid', sa.literal_column('transaction_id DESC')], unique=False)
    op.create_index('ix_odoo_pos_customer_version_pk_validity', 'odoo_pos_customer_version', ['uuid', 'transaction_id', 'end_transaction_id'], unique=False)
    op.create_index(op.f('ix_odoo_pos_customer_version_transaction_id'), 'odoo_pos_customer_version', ['transaction_id'], unique=False)
    op.create_table('odoo_pos_department_version',
    sa.Column('uuid', sa.String(length=32), autoincrement=False, nullable=False),
    sa.Column('source', sa.String(length=50), autoincrement=False, nullable=True),
    sa.Column('odoo_id', sa.Integer(), autoincrement=False, nullable=True),
    sa.Column('department_uuid', sa.String(length=32), autoincrement=False, nullable=True),
    sa.Column('name', sa.String(length=255), autoincrement=False, nullable=True),
    sa.Column('parent_odoo_id', sa.Integer(), autoincrement=False, nullable=True),
    sa.Column('transaction_id', sa.BigInteger(), autoincrement=False, nullable=False),
    sa.Column('end_transaction_id', sa.BigInteger(), nullable=True),
    sa.Column('operation_type', sa.SmallInteger(), nullable=False),
    sa.PrimaryKeyConstraint('uuid', 'transaction_id', name=op.f('pk_odoo_pos_department_version'))
    )
    op.create_index(op.f('ix_odoo_pos_department_version_end_transaction_id'), 'odoo_pos_department_version', ['end_transaction_id'], unique=False)
    op.create_index(op.f('ix_odoo_pos_department_version_operation_type'), 'odoo_pos_department_version', ['operation_type'], unique=False)
    op.create_index('ix_odoo_pos_department_version_pk_transaction_id', 'odoo_pos_department_version', ['uuid', sa.literal_column('transaction_id DESC')], unique=False)
    op.create_index('ix_odoo_pos_department_version_pk_validity', 'odoo_pos_department_version', ['uuid', 'transaction_id', 'end_transaction_id'], unique=False)
    op.create_index(op.f('ix_odoo_pos_department_version_transaction_id'), 'odoo_pos_department_version', ['transaction_id'], unique=False)
    op.create_table('odoo_pos_employee_version',
    sa.Column('uuid', sa.String(length=32), autoincrement=False, nullable=False),
    sa.Column('source', sa.String(length=50), autoincrement=False, nullable=True),
    sa.Column('odoo_id', sa.Integer(), autoincrement=False, nullable=True),
    sa.Column('employee_uuid', sa.String(length=32), autoincrement=False, nullable=True),
    sa.Column('name', sa.String(length=255), autoincrement=False, nullable=True),
    sa.Column('active', sa.Boolean(), autoincrement=False, nullable=True),
    sa.Column('transaction_id', sa.BigInteger(), autoincrement=False, nullable=False),
    sa.Column('end_transaction_id', sa.BigInteger(), nullable=True),
    sa.Column('operation_type', sa.SmallInteger(), nullable=False),
    sa.PrimaryKeyConstraint('uuid', 'transaction_id', name=op.f('pk_odoo_pos_employee_version'))
    )
    op.create_index(op.f('ix_odoo_pos_employee_version_end_transaction_id'), 'odoo_pos_employee_version', ['end_transaction_id'], unique=False)
    op.create_index(op.f('ix_odoo_pos_employee_version_operation_type'), 'odoo_pos_employee_version', ['operation_type'], unique=False)
    op.create_index('ix_odoo_pos_employee_version_pk_transaction_id', 'odoo_pos_employee_version', ['uuid', sa.literal_column('transaction_id DESC')], unique=False)
    op.create_index('ix_odoo_pos_employee_version_pk_validity', 'odoo_pos_employee_version', ['uuid', 'transaction_id', 'end_transaction_id'], unique=False)
    op.create_index(op.f('ix_odoo_pos_employee_version_transaction_id'), 'odoo_pos_employee_version', ['transaction_id'], unique=False)
    op.create_table('odoo_pos_loyalty_program',
    sa.Column('uuid', sa.String(length=32), nullable=False),
    sa.Column('source', sa.String(length=50), nullable=False),
    sa.Column('odoo_id', sa.Integer(), nullable=False),
    sa.Column('odoo_write_date', sa.DateTime(), nullable=True),
    sa.Column('name', sa.String(length=255), nullable=True),
    sa.Column('program_type', sa.String(length=30), nullable=True),
    sa.Column('trigger', sa.String(length=30), nullable=True),
    sa.Column('applies_on', sa.String(length=30), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('date_from', sa.Date(), nullable=True),
    sa.Column('date_to', sa.Date(), nullable=True),
    sa.PrimaryKeyConstraint('uuid', name=op.f('pk_odoo_pos_loyalty_program')),
    sa.UniqueConstraint('source', 'odoo_id', name='odoo_pos_loyalty_program_uq_odoo')
    )
    op.create_table('odoo_pos_loyalty_program_version',
    sa.Column('uuid', sa.String(length=32), autoincrement=False, nullable=False),
    sa.Column('source', sa.String(length=50), autoincrement=False, nullable=True),
    sa.Column('odoo_id', sa.Integer(), autoincrement=False, nullable=True),
    sa.Column('name', sa.String(length=255), autoincrement=False, nullable=True),
    sa.Column('program_type', sa.String(length=30), autoincrement=False, nullable=True),
    sa.Column('trigger', sa.String(length=30), autoincrement=False, nullable=True),
    sa.Column('applies_on', sa.String(length=30), autoincrement=False, nullable=True),
    sa.Column('active', sa.Boolean(), autoincrement=False, nullable=True),
    sa.Column('date_from', sa.Date(), autoincrement=False, nullable=True),
    sa.Column('date_to', sa.Date(), autoincrement=False, nullable=True),
    sa.Column('transaction_id', sa.BigInteger(), autoincrement=False, nullable=False),
    sa.Column('end_transaction_id', sa.BigInteger(), nullable=True),
    sa.Column('operation_type', sa.SmallInteger(), nullable=False),
    sa.PrimaryKeyConstraint('uuid', 'transaction_id', name=op.f('pk_odoo_pos_loyalty_program_version'))
    )
    op.create_index(op.f('ix_odoo_pos_loyalty_program_version_end_transaction_id'), 'odoo_pos_loyalty_program_version', ['end_transaction_id'], unique=False)
    op.create_index(op.f('ix_odoo_pos_loyalty_program_version_operation_type'), 'odoo_pos_loyalty_program_version', ['operation_type'], unique=False)
    op.create_index('ix_odoo_pos_loyalty_program_version_pk_transaction_id', 'odoo_pos_loyalty_program_version', ['uuid', sa.literal_column('transaction_id DESC')], unique=False)
    op.create_index('ix_odoo_pos_loyalty_program_version_pk_validity', 'odoo_pos_loyalty_program_version', ['uuid', 'transaction_id', 'end_transaction_id'], unique=False)
    op.create_index(op.f('ix_odoo_pos_loyalty_program_version_transaction_id'), 'odoo_pos_loyalty_program_version', ['transaction_id'], unique=False)
    op.create_table('odoo_pos_loyalty_reward_version',
    sa.Column('uuid', sa.String(length=32), autoincrement=False, nullable=False),
    sa.Column('source', sa.String(length=50), autoincrement=False, nullable=True),
    sa.Column('odoo_id', sa.Integer(), autoincrement=False, nullable=True),
    sa.Column('program_uuid', sa.String(length=32), autoincrement=False, nullable=True),
    sa.Column('description', sa.String(length=255), autoincrement=False, nullable=True),
    sa.Column('reward_type', sa.String(length=30), autoincrement=False, nullable=True),
    sa.Column('discount', sa.Numeric(precision=12, scale=2), autoincrement=False, nullable=True),
    sa.Column('discount_mode', sa.String(length=30), autoincrement=False, nullable=True),
    sa.Column('required_points', sa.Numeric(precision=12, scale=2), autoincrement=False, nullable=True),
    sa.Column('active', sa.Boolean(), autoincrement=False, nullable=True),
    sa.Column('transaction_id', sa.BigInteger(), autoincrement=False, nullable=False),
    sa.Column('end_transaction_id', sa.BigInteger(), nullable=True),
    sa.Column('operation_type', sa.SmallInteger(), nullable=False),
    sa.PrimaryKeyConstraint('uuid', 'transaction_id', name=op.f('pk_odoo_pos_loyalty_reward_version'))
    )
    op.create_index(op.f('ix_odoo_pos_loyalty_reward_version_end_transaction_id'), 'odoo_pos_loyalty_reward_version', ['end_transaction_id'], unique=False)
    op.create_index(op.f('ix_odoo_pos_loyalty_reward_version_operation_type'), 'odoo_pos_loyalty_reward_version', ['operation_type'], unique=False)
    op.create_index('ix_odoo_pos_loyalty_reward_version_pk_transaction_id', 'odoo_pos_loyalty_reward_version', ['uuid', sa.literal_column('transaction_id DESC')], unique=False)
    op.create_index('ix_odoo_pos_loyalty_reward_version_pk_validity', 'odoo_pos_loyalty_reward_version', ['uuid', 'transaction_id', 'end_transaction_id'], unique=False)
    op.create_index(op.f('ix_odoo_pos_loyalty_reward_version_transaction_id'), 'odoo_pos_loyalty_reward_version', ['transaction_id'], unique=False)
    op.create_table('odoo_pos_loyalty_rule_version',
    sa.Column('uuid', sa.String(length=32), autoincrement=False, nullable=False),
    sa.Column('source', sa.String(length=50), autoincrement=False, nullable=True),
    sa.Column('odoo_id', sa.Integer(), autoincrement=False, nullable=True),
    sa.Column('program_uuid', sa.String(length=32), autoincrement=False, nullable=True),
    sa.Column('mode', sa.String(length=30), autoincrement=False, nullable=True),
    sa.Column('minimum_qty', sa.Numeric(precision=12, scale=3), autoincrement=False, nullable=True),
    sa.Column('minimum_amount', sa.Numeric(precision=12, scale=2), autoincrement=False, nullable=True),
    sa.Column('reward_point_amount', sa.Numeric(precision=12, scale=2), autoincrement=False, nullable=True),
    sa.Column('reward_point_mode', sa.String(length=30), autoincrement=False, nullable=True),
    sa.Column('active', sa.Boolean(), autoincrement=False, nullable=True),
    sa.Column('transaction_id', sa.BigInteger(), autoincrement=False, nullable=False),
    sa.Column('end_transaction_id', sa.BigInteger(), nullable=True),
    sa.Column('operation_type', sa.SmallInteger(), nullable=False),
    sa.PrimaryKeyConstraint('uuid', 'transaction_id', name=op.f('pk_odoo_pos_loyalty_rule_version'))
    )
    op.create_index(op.f('ix_odoo_pos_loyalty_rule_version_end_transaction_id'), 'odoo_pos_loyalty_rule_version', ['end_transaction_id'], unique=False)
    op.create_index(op.f('ix_odoo_pos_loyalty_rule_version_operation_type'), 'odoo_pos_loyalty_rule_version', ['operation_type'], unique=False)
    op.create_index('ix_odoo_pos_loyalty_rule_version_pk_transaction_id', 'odoo_pos_loyalty_rule_version', ['uuid', sa.literal_column('transaction_id DESC')], unique=False)
    op.create_index('ix_odoo_pos_loyalty_rule_version_pk_validity', 'odoo_pos_loyalty_rule_version', ['uuid', 'transaction_id', 'end_transaction_id'], unique=False)
    op.create_index(op.f('ix_odoo_pos_loyalty_rule_version_transaction_id'), 'odoo_pos_loyalty_rule_version', ['transaction_id'], unique=False)
    op.create_table('odoo_pos_order_line_version',
    sa.Column('uuid', sa.String(length=32), autoincrement=False, nullable=False),
    sa.Column('source', sa.String(length=50), autoincrement=False, nullable=True),
    sa.Column('odoo_id', sa.Integer(), autoincrement=False, nullable=True),
    sa.Column('order_uuid', sa.String(length=32), autoincrement=False, nullable=True),
    sa.Column('product_uuid', sa.String(length=32), autoincrement=False, nullable=True),
    sa.Column('full_product_name', sa.String(length=255), autoincrement=False, nullable=True),
    sa.Column('qty', sa.Numeric(precision=12, scale=3), autoincrement=False, nullable=True),
    sa.Column('price_unit', sa.Numeric(precision=12, scale=4), autoincrement=False, nullable=True),
    sa.Column('discount', sa.Numeric(precision=5, scale=2), autoincrement=False, nullable=True),
    sa.Column('price_subtotal', sa.Numeric(precision=12, scale=2), autoincrement=False, nullable=True),
    sa.Column('price_subtotal_incl', sa.Numeric(precision=12, scale=2), autoincrement=False, nullable=True),
    sa.Column('refunded_line_uuid', sa.String(length=32), autoincrement=False, nullable=True),
    sa.Column('transaction_id', sa.BigInteger(), autoincrement=False, nullable=False),
    sa.Column('end_transaction_id', sa.BigInteger(), nullable=True),
    sa.Column('operation_type', sa.SmallInteger(), nullable=False),
    sa.PrimaryKeyConstraint('uuid', 'transaction_id', name=op.f('pk_odoo_pos_order_line_version'))
    )
    op.create_index(op.f('ix_odoo_pos_order_line_version_end_transaction_id'), 'odoo_pos_order_line_version', ['end_transaction_id'], unique=False)
    op.create_index(op.f('ix_odoo_pos_order_line_version_operation_type'), 'odoo_pos_order_line_version', ['operation_type'], unique=False)
    op.create_index('ix_odoo_pos_order_line_version_pk_transaction_id', 'odoo_pos_order_line_version', ['uuid', sa.literal_column('transaction_id DESC')], unique=False)
    op.create_index('ix_odoo_pos_order_line_version_pk_validity', 'odoo_pos_order_line_version', ['uuid', 'transaction_id', 'end_transaction_id'], unique=False)
    op.create_index(op.f('ix_odoo_pos_order_line_version_transaction_id'), 'odoo_pos_order_line_version', ['transaction_id'], unique=False)
    op.create_table('odoo_pos_order_version',
    sa.Column('uuid', sa.String(length=32), autoincrement=False, nullable=False),
    sa.Column('source', sa.String(length=50), autoincrement=False, nullable=True),
    sa.Column('odoo_id', sa.Integer(), autoincrement=False, nullable=True),
    sa.Column('store_uuid', sa.String(length=32), autoincrement=False, nullable=True),
    sa.Column('session_uuid', sa.String(length=32), autoincrement=False, nullable=True),
    sa.Column('customer_uuid', sa.String(length=32), autoincrement=False, nullable=True),
    sa.Column('employee_uuid', sa.String(length=32), autoincrement=False, nullable=True),
    sa.Column('name', sa.String(length=100), autoincrement=False, nullable=True),
    sa.Column('pos_reference', sa.String(length=100), autoincrement=False, nullable=True),
    sa.Column('date_order', sa.DateTime(), autoincrement=False, nullable=True),
    sa.Column('state', sa.String(length=20), autoincrement=False, nullable=True),
    sa.Column('amount_total', sa.Numeric(precision=12, scale=2), autoincrement=False, nullable=True),
    sa.Column('amount_tax', sa.Numeric(precision=12, scale=2), autoincrement=False, nullable=True),
    sa.Column('amount_paid', sa.Numeric(precision=12, scale=2), autoincrement=False, nullable=True),
    sa.Column('amount_return', sa.Numeric(precision=12, scale=2), autoincrement=False, nullable=True),
    sa.Column('is_refund', sa.Boolean(), autoincrement=False, nullable=True),
    sa.Column('currency', sa.String(length=10), autoincrement=False, nullable=True),
    sa.Column('transaction_id', sa.BigInteger(), autoincrement=False, nullable=False),
    sa.Column('end_transaction_id', sa.BigInteger(), nullable=True),
    sa.Column('operation_type', sa.SmallInteger(), nullable=False),
    sa.PrimaryKeyConstraint('uuid', 'transaction_id', name=op.f('pk_odoo_pos_order_version'))
    )
    op.create_index(op.f('ix_odoo_pos_order_version_end_transaction_id'), 'odoo_pos_order_version', ['end_transaction_id'], unique=False)
    op.create_index(op.f('ix_odoo_pos_order_version_operation_type'), 'odoo_pos_order_version', ['operation_type'], unique=False)
    op.create_index('ix_odoo_pos_order_version_pk_transaction_id', 'odoo_pos_order_version', ['uuid', sa.literal_column('transaction_id DESC')], unique=False)
    op.create_index('ix_odoo_pos_order_version_pk_validity', 'odoo_pos_order_version', ['uuid', 'transaction_id', 'end_transaction_id'], unique=False)
    op.create_index(op.f('ix_odoo_pos_order_version_transaction_id'), 'odoo_pos_order_version', ['transaction_id'], unique=False)
    op.create_table('odoo_pos_payment_version',
    sa.Column('uuid', sa.String(length=32), autoincrement=False, nullable=False),
    sa.Column('source', sa.String(length=50), autoincrement=False, nullable=True),
    sa.Column('odoo_id', sa.Integer(), autoincrement=False, nullable=True),
    sa.Column('order_uuid', sa.String(length=32), autoincrement=False, nullable=True),
    sa.Column('tender_uuid', sa.String(length=32), autoincrement=False, nullable=True),
    sa.Column('amount', sa.Numeric(precision=12, scale=2), autoincrement=False, nullable=True),
    sa.Column('payment_date', sa.DateTime(), autoincrement=False, nullable=True),
    sa.Column('is_change', sa.Boolean(), autoincrement=False, nullable=True),
    sa.Column('transaction_id', sa.BigInteger(), autoincrement=False, nullable=False),
    sa.Column('end_transaction_id', sa.BigInteger(), nullable=True),
    sa.Column('operation_type', sa.SmallInteger(), nullable=False),
    sa.PrimaryKeyConstraint('uuid', 'transaction_id', name=op.f('pk_odoo_pos_payment_version'))
    )
    op.create_index(op.f('ix_odoo_pos_payment_version_end_transaction_id'), 'odoo_pos_payment_version', ['end_transaction_id'], unique=False)
    op.create_index(op.f('ix_odoo_pos_payment_version_operation_type'), 'odoo_pos_payment_version', ['operation_type'], unique=False)
    op.create_index('ix_odoo_pos_payment_version_pk_transaction_id', 'odoo_pos_payment_version', ['uuid', sa.literal_column('transaction_id DESC')], unique=False)
    op.create_index('ix_odoo_pos_payment_version_pk_validity', 'odoo_pos_payment_version', ['uuid', 'transaction_id', 'end_transaction_id'], unique=False)
    op.create_index(op.f('ix_odoo_pos_payment_version_transaction_id'), 'odoo_pos_payment_version', ['transaction_id'], unique=False)
    op.create_table('odoo_pos_product_version',
    sa.Column('uuid', sa.String(length=32), autoincrement=False, nullable=False),
    sa.Column('source', sa.String(length=50), autoincrement=False, nullable=True),
    sa.Column('odoo_id', sa.Integer(), autoincrement=False, nullable=True),
    sa.Column('product_uuid', sa.String(length=32), autoincrement=False, nullable=True),
    sa.Column('name', sa.String(length=255), autoincrement=False, nullable=True),
    sa.Column('barcode', sa.String(length=64), autoincrement=False, nullable=True),
    sa.Column('default_code', sa.String(length=64), autoincrement=False, nullable=True),
    sa.Column('list_price', sa.Numeric(precision=12, scale=4), autoincrement=False, nullable=True),
    sa.Column('available_in_pos', sa.Boolean(), autoincrement=False, nullable=True),
    sa.Column('active', sa.Boolean(), autoincrement=False, nullable=True),
    sa.Column('uom', sa.String(length=64), autoincrement=False, nullable=True),
    sa.Column('pos_category_ids', sa.String(length=255), autoincrement=False, nullable=True),
    sa.Column('tax_ids', sa.String(length=255), autoincrement=False, nullable=True),
    sa.Column('transaction_id', sa.BigInteger(), autoincrement=False, nullable=False),
    sa.Column('end_transaction_id', sa.BigInteger(), nullable=True),
    sa.Column('operation_type', sa.SmallInteger(), nullable=False),
    sa.PrimaryKeyConstraint('uuid', 'transaction_id', name=op.f('pk_odoo_pos_product_version'))
    )
    op.create_index(op.f('ix_odoo_pos_product_version_end_transaction_id'), 'odoo_pos_product_version', ['end_transaction_id'], unique=False)
    op.create_index(op.f('ix_odoo_pos_product_version_operation_type'), 'odoo_pos_product_version', ['operation_type'], unique=False)
    op.create_index('ix_odoo_pos_product_version_pk_transaction_id', 'odoo_pos_product_version', ['uuid', sa.literal_column('transaction_id DESC')], unique=False)
    op.create_index('ix_odoo_pos_product_version_pk_validity', 'odoo_pos_product_version', ['uuid', 'transaction_id', 'end_transaction_id'], unique=False)
    op.create_index(op.f('ix_odoo_pos_product_version_transaction_id'), 'odoo_pos_product_version', ['transaction_id'], unique=False)
    op.create_table('odoo_pos_session_version',
    sa.Column('uuid', sa.String(length=32), autoincrement=False, nullable=False),
    sa.Column('source', sa.String(length=50), autoincrement=False, nullable=True),
    sa.Column('odoo_id', sa.Integer(), autoincrement=False, nullable=True),
    sa.Column('store_uuid', sa.String(length=32), autoincrement=False, nullable=True),
    sa.Column('name', sa.String(length=100), autoincrement=False, nullable=True),
    sa.Column('state', sa.String(length=20), autoincrement=False, nullable=True),
    sa.Column('start_at', sa.DateTime(), autoincrement=False, nullable=True),
    sa.Column('stop_at', sa.DateTime(), autoincrement=False, nullable=True),
    sa.Column('cash_register_balance_start', sa.Numeric(precision=12, scale=2), autoincrement=False, nullable=True),
    sa.Column('cash_register_balance_end_real', sa.Numeric(precision=12, scale=2), autoincrement=False, nullable=True),
    sa.Column('user_name', sa.String(length=255), autoincrement=False, nullable=True),
    sa.Column('transaction_id', sa.BigInteger(), autoincrement=False, nullable=False),
    sa.Column('end_transaction_id', sa.BigInteger(), nullable=True),
    sa.Column('operation_type', sa.SmallInteger(), nullable=False),
    sa.PrimaryKeyConstraint('uuid', 'transaction_id', name=op.f('pk_odoo_pos_session_version'))
    )
    op.create_index(op.f('ix_odoo_pos_session_version_end_transaction_id'), 'odoo_pos_session_version', ['end_transaction_id'], unique=False)
    op.create_index(op.f('ix_odoo_pos_session_version_operation_type'), 'odoo_pos_session_version', ['operation_type'], unique=False)
    op.create_index('ix_odoo_pos_session_version_pk_transaction_id', 'odoo_pos_session_version', ['uuid', sa.literal_column('transaction_id DESC')], unique=False)
    op.create_index('ix_odoo_pos_session_version_pk_validity', 'odoo_pos_session_version', ['uuid', 'transaction_id', 'end_transaction_id'], unique=False)
    op.create_index(op.f('ix_odoo_pos_session_version_transaction_id'), 'odoo_pos_session_version', ['transaction_id'], unique=False)
    op.create_table('odoo_pos_stock_version',
    sa.Column('uuid', sa.String(length=32), autoincrement=False, nullable=False),
    sa.Column('source', sa.String(length=50), autoincrement=False, nullable=True),
    sa.Column('odoo_id', sa.Integer(), autoincrement=False, nullable=True),
    sa.Column('store_uuid', sa.String(length=32), autoincrement=False, nullable=True),
    sa.Column('product_uuid', sa.String(length=32), autoincrement=False, nullable=True),
    sa.Column('location', sa.String(length=255), autoincrement=False, nullable=True),
    sa.Column('quantity', sa.Numeric(precision=12, scale=3), autoincrement=False, nullable=True),
    sa.Column('reserved_quantity', sa.Numeric(precision=12, scale=3), autoincrement=False, nullable=True),
    sa.Column('transaction_id', sa.BigInteger(), autoincrement=False, nullable=False),
    sa.Column('end_transaction_id', sa.BigInteger(), nullable=True),
    sa.Column('operation_type', sa.SmallInteger(), nullable=False),
    sa.PrimaryKeyConstraint('uuid', 'transaction_id', name=op.f('pk_odoo_pos_stock_version'))
    )
    op.create_index(op.f('ix_odoo_pos_stock_version_end_transaction_id'), 'odoo_pos_stock_version', ['end_transaction_id'], unique=False)
    op.create_index(op.f('ix_odoo_pos_stock_version_operation_type'), 'odoo_pos_stock_version', ['operation_type'], unique=False)
    op.create_index('ix_odoo_pos_stock_version_pk_transaction_id', 'odoo_pos_stock_version', ['uuid', sa.literal_column('transaction_id DESC')], unique=False)
    op.create_index('ix_odoo_pos_stock_version_pk_validity', 'odoo_pos_stock_version', ['uuid', 'transaction_id', 'end_transaction_id'], unique=False)
    op.create_index(op.f('ix_odoo_pos_stock_version_transaction_id'), 'odoo_pos_stock_version', ['transaction_id'], unique=False)
    op.create_table('odoo_pos_store_version',
    sa.Column('uuid', sa.String(length=32), autoincrement=False, nullable=False),
    sa.Column('source', sa.String(length=50), autoincrement=False, nullable=True),
    sa.Column('odoo_id', sa.Integer(), autoincrement=False, nullable=True),
    sa.Column('store_uuid', sa.String(length=32), autoincrement=False, nullable=True),
    sa.Column('name', sa.String(length=255), autoincrement=False, nullable=True),
    sa.Column('timezone', sa.String(length=64), autoincrement=False, nullable=True),
    sa.Column('currency', sa.String(length=10), autoincrement=False, nullable=True),
    sa.Column('company', sa.String(length=255), autoincrement=False, nullable=True),
    sa.Column('warehouse_odoo_id', sa.Integer(), autoincrement=False, nullable=True),
    sa.Column('active', sa.Boolean(), autoincrement=False, nullable=True),
    sa.Column('transaction_id', sa.BigInteger(), autoincrement=False, nullable=False),
    sa.Column('end_transaction_id', sa.BigInteger(), nullable=True),
    sa.Column('operation_type', sa.SmallInteger(), nullable=False),
    sa.PrimaryKeyConstraint('uuid', 'transaction_id', name=op.f('pk_odoo_pos_store_version'))
    )
    op.create_index(op.f('ix_odoo_pos_store_version_end_transaction_id'), 'odoo_pos_store_version', ['end_transaction_id'], unique=False)
    op.create_index(op.f('ix_odoo_pos_store_version_operation_type'), 'odoo_pos_store_version', ['operation_type'], unique=False)
    op.create_index('ix_odoo_pos_store_version_pk_transaction_id', 'odoo_pos_store_version', ['uuid', sa.literal_column('transaction_id DESC')], unique=False)
    op.create_index('ix_odoo_pos_store_version_pk_validity', 'odoo_pos_store_version', ['uuid', 'transaction_id', 'end_transaction_id'], unique=False)
    op.create_index(op.f('ix_odoo_pos_store_version_transaction_id'), 'odoo_pos_store_version', ['transaction_id'], unique=False)
    op.create_table('odoo_pos_tax_version',
    sa.Column('uuid', sa.String(length=32), autoincrement=False, nullable=False),
    sa.Column('source', sa.String(length=50), autoincrement=False, nullable=True),
    sa.Column('odoo_id', sa.Integer(), autoincrement=False, nullable=True),
    sa.Column('tax_uuid', sa.String(length=32), autoincrement=False, nullable=True),
    sa.Column('name', sa.String(length=255), autoincrement=False, nullable=True),
    sa.Column('amount', sa.Numeric(precision=12, scale=4), autoincrement=False, nullable=True),
    sa.Column('amount_type', sa.String(length=20), autoincrement=False, nullable=True),
    sa.Column('price_include', sa.Boolean(), autoincrement=False, nullable=True),
    sa.Column('type_tax_use', sa.String(length=20), autoincrement=False, nullable=True),
    sa.Column('active', sa.Boolean(), autoincrement=False, nullable=True),
    sa.Column('transaction_id', sa.BigInteger(), autoincrement=False, nullable=False),
    sa.Column('end_transaction_id', sa.BigInteger(), nullable=True),
    sa.Column('operation_type', sa.SmallInteger(), nullable=False),
    sa.PrimaryKeyConstraint('uuid', 'transaction_id', name=op.f('pk_odoo_pos_tax_version'))
    )
    op.create_index(op.f('ix_odoo_pos_tax_version_end_transaction_id'), 'odoo_pos_tax_version', ['end_transaction_id'], unique=False)
    op.create_index(op.f('ix_odoo_pos_tax_version_operation_type'), 'odoo_pos_tax_version', ['operation_type'], unique=False)
    op.create_index('ix_odoo_pos_tax_version_pk_transaction_id', 'odoo_pos_tax_version', ['uuid', sa.literal_column('transaction_id DESC')], unique=False)
    op.create_index('ix_odoo_pos_tax_version_pk_validity', 'odoo_pos_tax_version', ['uuid', 'transaction_id', 'end_transaction_id'], unique=False)
    op.create_index(op.f('ix_odoo_pos_tax_version_transaction_id'), 'odoo_pos_tax_version', ['transaction_id'], unique=False)
    op.create_table('odoo_pos_tender_version',
    sa.Column('uuid', sa.String(length=32), autoincrement=False, nullable=False),
    sa.Column('source', sa.String(length=50), autoincrement=False, nullable=True),
    sa.Column('odoo_id', sa.Integer(), autoincrement=False, nullable=True),
    sa.Column('tender_uuid', sa.String(length=32), autoincrement=False, nullable=True),
    sa.Column('name', sa.String(length=255), autoincrement=False, nullable=True),
    sa.Column('is_cash_count', sa.Boolean(), autoincrement=False, nullable=True),
    sa.Column('active', sa.Boolean(), autoincrement=False, nullable=True),
    sa.Column('transaction_id', sa.BigInteger(), autoincrement=False, nullable=False),
    sa.Column('end_transaction_id', sa.BigInteger(), nullable=True),
    sa.Column('operation_type', sa.SmallInteger(), nullable=False),
    sa.PrimaryKeyConstraint('uuid', 'transaction_id', name=op.f('pk_odoo_pos_tender_version'))
    )
    op.create_index(op.f('ix_odoo_pos_tender_version_end_transaction_id'), 'odoo_pos_tender_version', ['end_transaction_id'], unique=False)
    op.create_index(op.f('ix_odoo_pos_tender_version_operation_type'), 'odoo_pos_tender_version', ['operation_type'], unique=False)
    op.create_index('ix_odoo_pos_tender_version_pk_transaction_id', 'odoo_pos_tender_version', ['uuid', sa.literal_column('transaction_id DESC')], unique=False)
    op.create_index('ix_odoo_pos_tender_version_pk_validity', 'odoo_pos_tender_version', ['uuid', 'transaction_id', 'end_transaction_id'], unique=False)
    op.create_index(op.f('ix_odoo_pos_tender_version_transaction_id'), 'odoo_pos_tender_version', ['transaction_id'], unique=False)
    op.create_table('odoo_pos_loyalty_reward',
    sa.Column('uuid', sa.String(length=32), nullable=False),
    sa.Column('source', sa.String(length=50), nullable=False),
    sa.Column('odoo_id', sa.Integer(), nullable=False),
    sa.Column('odoo_write_date', sa.DateTime(), nullable=True),
    sa.Column('program_uuid', sa.String(length=32), nullable=True),
    sa.Column('description', sa.String(length=255), nullable=True),
    sa.Column('reward_type', sa.String(length=30), nullable=True),
    sa.Column('discount', sa.Numeric(precision=12, scale=2), nullable=True),
    sa.Column('discount_mode', sa.String(length=30), nullable=True),
    sa.Column('required_points', sa.Numeric(precision=12, scale=2), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['program_uuid'], ['odoo_pos_loyalty_program.uuid'], name=op.f('fk_odoo_pos_loyalty_reward_program_uuid_odoo_pos_loyalty_program')),
    sa.PrimaryKeyConstraint('uuid', name=op.f('pk_odoo_pos_loyalty_reward')),
    sa.UniqueConstraint('source', 'odoo_id', name='odoo_pos_loyalty_reward_uq_odoo')
    )
    op.create_table('odoo_pos_loyalty_rule',
    sa.Column('uuid', sa.String(length=32), nullable=False),
    sa.Column('source', sa.String(length=50), nullable=False),
    sa.Column('odoo_id', sa.Integer(), nullable=False),
    sa.Column('odoo_write_date', sa.DateTime(), nullable=True),
    sa.Column('program_uuid', sa.String(length=32), nullable=True),
    sa.Column('mode', sa.String(length=30), nullable=True),
    sa.Column('minimum_qty', sa.Numeric(precision=12, scale=3), nullable=True),
    sa.Column('minimum_amount', sa.Numeric(precision=12, scale=2), nullable=True),
    sa.Column('reward_point_amount', sa.Numeric(precision=12, scale=2), nullable=True),
    sa.Column('reward_point_mode', sa.String(length=30), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['program_uuid'], ['odoo_pos_loyalty_program.uuid'], name=op.f('fk_odoo_pos_loyalty_rule_program_uuid_odoo_pos_loyalty_program')),
    sa.PrimaryKeyConstraint('uuid', name=op.f('pk_odoo_pos_loyalty_rule')),
    sa.UniqueConstraint('source', 'odoo_id', name='odoo_pos_loyalty_rule_uq_odoo')
    )
    op.create_table('odoo_pos_session',
    sa.Column('uuid', sa.String(length=32), nullable=False),
    sa.Column('source', sa.String(length=50), nullable=False),
    sa.Column('odoo_id', sa.Integer(), nullable=False),
    sa.Column('odoo_write_date', sa.DateTime(), nullable=True),
    sa.Column('store_uuid', sa.String(length=32), nullable=True),
    sa.Column('name', sa.String(length=100), nullable=True),
    sa.Column('state', sa.String(length=20), nullable=True),
    sa.Column('start_at', sa.DateTime(), nullable=True),
    sa.Column('stop_at', sa.DateTime(), nullable=True),
    sa.Column('cash_register_balance_start', sa.Numeric(precision=12, scale=2), nullable=True),
    sa.Column('cash_register_balance_end_real', sa.Numeric(precision=12, scale=2), nullable=True),
    sa.Column('user_name', sa.String(length=255), nullable=True),
    sa.ForeignKeyConstraint(['store_uuid'], ['store.uuid'], name=op.f('fk_odoo_pos_session_store_uuid_store')),
    sa.PrimaryKeyConstraint('uuid', name=op.f('pk_odoo_pos_session')),
    sa.UniqueConstraint('source', 'odoo_id', name='odoo_pos_session_uq_odoo')
    )
    op.create_table('odoo_pos_store',
    sa.Column('uuid', sa.String(length=32), nullable=False),
    sa.Column('source', sa.String(length=50), nullable=False),
    sa.Column('odoo_id', sa.Integer(), nullable=False),
    sa.Column('odoo_write_date', sa.DateTime(), nullable=True),
    sa.Column('store_uuid', sa.String(length=32), nullable=False),
    sa.Column('name', sa.String(length=255), nullable=True),
    sa.Column('timezone', sa.String(length=64), nullable=True),
    sa.Column('currency', sa.String(length=10), nullable=True),
    sa.Column('company', sa.String(length=255), nullable=True),
    sa.Column('warehouse_odoo_id', sa.Integer(), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['store_uuid'], ['store.uuid'], name=op.f('fk_odoo_pos_store_store_uuid_store')),
    sa.PrimaryKeyConstraint('uuid', name=op.f('pk_odoo_pos_store')),
    sa.UniqueConstraint('source', 'odoo_id', name='odoo_pos_store_uq_odoo')
    )
    op.create_table('odoo_pos_tax',
    sa.Column('uuid', sa.String(length=32), nullable=False),
    sa.Column('source', sa.String(length=50), nullable=False),
    sa.Column('odoo_id', sa.Integer(), nullable=False),
    sa.Column('odoo_write_date', sa.DateTime(), nullable=True),
    sa.Column('tax_uuid', sa.String(length=32), nullable=False),
    sa.Column('name', sa.String(length=255), nullable=True),
    sa.Column('amount', sa.Numeric(precision=12, scale=4), nullable=True),
    sa.Column('amount_type', sa.String(length=20), nullable=True),
    sa.Column('price_include', sa.Boolean(), nullable=True),
    sa.Column('type_tax_use', sa.String(length=20), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['tax_uuid'], ['tax.uuid'], name=op.f('fk_odoo_pos_tax_tax_uuid_tax')),
    sa.PrimaryKeyConstraint('uuid', name=op.f('pk_odoo_pos_tax')),
    sa.UniqueConstraint('source', 'odoo_id', name='odoo_pos_tax_uq_odoo')
    )
    op.create_table('odoo_pos_tender',
    sa.Column('uuid', sa.String(length=32), nullable=False),
    sa.Column('source', sa.String(length=50), nullable=False),
    sa.Column('odoo_id', sa.Integer(), nullable=False),
    sa.Column('odoo_write_date', sa.DateTime(), nullable=True),
    sa.Column('tender_uuid', sa.String(length=32), nullable=False),
    sa.Column('name', sa.String(length=255), nullable=True),
    sa.Column('is_cash_count', sa.Boolean(), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['tender_uuid'], ['tender.uuid'], name=op.f('fk_odoo_pos_tender_tender_uuid_tender')),
    sa.PrimaryKeyConstraint('uuid', name=op.f('pk_odoo_pos_tender')),
    sa.UniqueConstraint('source', 'odoo_id', name='odoo_pos_tender_uq_odoo')
    )
    op.create_table('odoo_pos_customer',
    sa.Column('uuid', sa.String(length=32), nullable=False),
    sa.Column('source', sa.String(length=50), nullable=False),
    sa.Column('odoo_id', sa.Integer(), nullable=False),
    sa.Column('odoo_write_date', sa.DateTime(), nullable=True),
    sa.Column('customer_uuid', sa.String(length=32), nullable=False),
    sa.Column('name', sa.String(length=255), nullable=True),
    sa.Column('email', sa.String(length=255), nullable=True),
    sa.Column('phone', sa.String(length=50), nullable=True),
    sa.Column('vat', sa.String(length=50), nullable=True),
    sa.Column('city', sa.String(length=100), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['customer_uuid'], ['customer.uuid'], name=op.f('fk_odoo_pos_customer_customer_uuid_customer')),
    sa.PrimaryKeyConstraint('uuid', name=op.f('pk_odoo_pos_customer')),
    sa.UniqueConstraint('source', 'odoo_id', name='odoo_pos_customer_uq_odoo')
    )
    op.create_table('odoo_pos_department',
    sa.Column('uuid', sa.String(length=32), nullable=False),
    sa.Column('source', sa.String(length=50), nullable=False),
    sa.Column('odoo_id', sa.Integer(), nullable=False),
    sa.Column('odoo_write_date', sa.DateTime(), nullable=True),
    sa.Column('department_uuid', sa.String(length=32), nullable=False),
    sa.Column('name', sa.String(length=255), nullable=True),
    sa.Column('parent_odoo_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['department_uuid'], ['department.uuid'], name=op.f('fk_odoo_pos_department_department_uuid_department')),
    sa.PrimaryKeyConstraint('uuid', name=op.f('pk_odoo_pos_department')),
    sa.UniqueConstraint('source', 'odoo_id', name='odoo_pos_department_uq_odoo')
    )
    op.create_table('odoo_pos_employee',
    sa.Column('uuid', sa.String(length=32), nullable=False),
    sa.Column('source', sa.String(length=50), nullable=False),
    sa.Column('odoo_id', sa.Integer(), nullable=False),
    sa.Column('odoo_write_date', sa.DateTime(), nullable=True),
    sa.Column('employee_uuid', sa.String(length=32), nullable=False),
    sa.Column('name', sa.String(length=255), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['employee_uuid'], ['employee.uuid'], name=op.f('fk_odoo_pos_employee_employee_uuid_employee')),
    sa.PrimaryKeyConstraint('uuid', name=op.f('pk_odoo_pos_employee')),
    sa.UniqueConstraint('source', 'odoo_id', name='odoo_pos_employee_uq_odoo')
    )
    op.create_table('odoo_pos_order',
    sa.Column('uuid', sa.String(length=32), nullable=False),
    sa.Column('source', sa.String(length=50), nullable=False),
    sa.Column('odoo_id', sa.Integer(), nullable=False),
    sa.Column('odoo_write_date', sa.DateTime(), nullable=True),
    sa.Column('store_uuid', sa.String(length=32), nullable=True),
    sa.Column('session_uuid', sa.String(length=32), nullable=True),
    sa.Column('customer_uuid', sa.String(length=32), nullable=True),
    sa.Column('employee_uuid', sa.String(length=32), nullable=True),
    sa.Column('name', sa.String(length=100), nullable=True),
    sa.Column('pos_reference', sa.String(length=100), nullable=True),
    sa.Column('date_order', sa.DateTime(), nullable=True),
    sa.Column('state', sa.String(length=20), nullable=True),
    sa.Column('amount_total', sa.Numeric(precision=12, scale=2), nullable=True),
    sa.Column('amount_tax', sa.Numeric(precision=12, scale=2), nullable=True),
    sa.Column('amount_paid', sa.Numeric(precision=12, scale=2), nullable=True),
    sa.Column('amount_return', sa.Numeric(precision=12, scale=2), nullable=True),
    sa.Column('is_refund', sa.Boolean(), nullable=False),
    sa.Column('currency', sa.String(length=10), nullable=True),
    sa.ForeignKeyConstraint(['customer_uuid'], ['customer.uuid'], name=op.f('fk_odoo_pos_order_customer_uuid_customer')),
    sa.ForeignKeyConstraint(['employee_uuid'], ['employee.uuid'], name=op.f('fk_odoo_pos_order_employee_uuid_employee')),
    sa.ForeignKeyConstraint(['session_uuid'], ['odoo_pos_session.uuid'], name=op.f('fk_odoo_pos_order_session_uuid_odoo_pos_session')),
    sa.ForeignKeyConstraint(['store_uuid'], ['store.uuid'], name=op.f('fk_odoo_pos_order_store_uuid_store')),
    sa.PrimaryKeyConstraint('uuid', name=op.f('pk_odoo_pos_order')),
    sa.UniqueConstraint('source', 'odoo_id', name='odoo_pos_order_uq_odoo')
    )
    op.create_table('odoo_pos_payment',
    sa.Column('uuid', sa.String(length=32), nullable=False),
    sa.Column('source', sa.String(length=50), nullable=False),
    sa.Column('odoo_id', sa.Integer(), nullable=False),
    sa.Column('odoo_write_date', sa.DateTime(), nullable=True),
    sa.Column('order_uuid', sa.String(length=32), nullable=False),
    sa.Column('tender_uuid', sa.String(length=32), nullable=True),
    sa.Column('amount', sa.Numeric(precision=12, scale=2), nullable=True),
    sa.Column('payment_date', sa.DateTime(), nullable=True),
    sa.Column('is_change', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['order_uuid'], ['odoo_pos_order.uuid'], name=op.f('fk_odoo_pos_payment_order_uuid_odoo_pos_order')),
    sa.ForeignKeyConstraint(['tender_uuid'], ['tender.uuid'], name=op.f('fk_odoo_pos_payment_tender_uuid_tender')),
    sa.PrimaryKeyConstraint('uuid', name=op.f('pk_odoo_pos_payment')),
    sa.UniqueConstraint('source', 'odoo_id', name='odoo_pos_payment_uq_odoo')
    )
    op.create_table('odoo_pos_order_line',
    sa.Column('uuid', sa.String(length=32), nullable=False),
    sa.Column('source', sa.String(length=50), nullable=False),
    sa.Column('odoo_id', sa.Integer(), nullable=False),
    sa.Column('odoo_write_date', sa.DateTime(), nullable=True),
    sa.Column('order_uuid', sa.String(length=32), nullable=False),
    sa.Column('product_uuid', sa.String(length=32), nullable=True),
    sa.Column('full_product_name', sa.String(length=255), nullable=True),
    sa.Column('qty', sa.Numeric(precision=12, scale=3), nullable=True),
    sa.Column('price_unit', sa.Numeric(precision=12, scale=4), nullable=True),
    sa.Column('discount', sa.Numeric(precision=5, scale=2), nullable=True),
    sa.Column('price_subtotal', sa.Numeric(precision=12, scale=2), nullable=True),
    sa.Column('price_subtotal_incl', sa.Numeric(precision=12, scale=2), nullable=True),
    sa.Column('refunded_line_uuid', sa.String(length=32), nullable=True),
    sa.ForeignKeyConstraint(['order_uuid'], ['odoo_pos_order.uuid'], name=op.f('fk_odoo_pos_order_line_order_uuid_odoo_pos_order')),
    sa.ForeignKeyConstraint(['product_uuid'], ['product.uuid'], name=op.f('fk_odoo_pos_order_line_product_uuid_product')),
    sa.ForeignKeyConstraint(['refunded_line_uuid'], ['odoo_pos_order_line.uuid'], name=op.f('fk_odoo_pos_order_line_refunded_line_uuid_odoo_pos_order_line')),
    sa.PrimaryKeyConstraint('uuid', name=op.f('pk_odoo_pos_order_line')),
    sa.UniqueConstraint('source', 'odoo_id', name='odoo_pos_order_line_uq_odoo')
    )
    op.create_table('odoo_pos_product',
    sa.Column('uuid', sa.String(length=32), nullable=False),
    sa.Column('source', sa.String(length=50), nullable=False),
    sa.Column('odoo_id', sa.Integer(), nullable=False),
    sa.Column('odoo_write_date', sa.DateTime(), nullable=True),
    sa.Column('product_uuid', sa.String(length=32), nullable=False),
    sa.Column('name', sa.String(length=255), nullable=True),
    sa.Column('barcode', sa.String(length=64), nullable=True),
    sa.Column('default_code', sa.String(length=64), nullable=True),
    sa.Column('list_price', sa.Numeric(precision=12, scale=4), nullable=True),
    sa.Column('available_in_pos', sa.Boolean(), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('uom', sa.String(length=64), nullable=True),
    sa.Column('pos_category_ids', sa.String(length=255), nullable=True),
    sa.Column('tax_ids', sa.String(length=255), nullable=True),
    sa.ForeignKeyConstraint(['product_uuid'], ['product.uuid'], name=op.f('fk_odoo_pos_product_product_uuid_product')),
    sa.PrimaryKeyConstraint('uuid', name=op.f('pk_odoo_pos_product')),
    sa.UniqueConstraint('source', 'odoo_id', name='odoo_pos_product_uq_odoo')
    )
    op.create_table('odoo_pos_stock',
    sa.Column('uuid', sa.String(length=32), nullable=False),
    sa.Column('source', sa.String(length=50), nullable=False),
    sa.Column('odoo_id', sa.Integer(), nullable=False),
    sa.Column('odoo_write_date', sa.DateTime(), nullable=True),
    sa.Column('store_uuid', sa.String(length=32), nullable=True),
    sa.Column('product_uuid', sa.String(length=32), nullable=True),
    sa.Column('location', sa.String(length=255), nullable=True),
    sa.Column('quantity', sa.Numeric(precision=12, scale=3), nullable=True),
    sa.Column('reserved_quantity', sa.Numeric(precision=12, scale=3), nullable=True),
    sa.ForeignKeyConstraint(['product_uuid'], ['product.uuid'], name=op.f('fk_odoo_pos_stock_product_uuid_product')),
    sa.ForeignKeyConstraint(['store_uuid'], ['store.uuid'], name=op.f('fk_odoo_pos_stock_store_uuid_store')),
    sa.PrimaryKeyConstraint('uuid', name=op.f('pk_odoo_pos_stock')),
    sa.UniqueConstraint('source', 'odoo_id', name='odoo_pos_stock_uq_odoo')
    )


def downgrade():
    op.drop_table('odoo_pos_stock')
    op.drop_table('odoo_pos_product')
    op.drop_table('odoo_pos_order_line')
    op.drop_table('odoo_pos_payment')
    op.drop_table('odoo_pos_order')
    op.drop_table('odoo_pos_employee')
    op.drop_table('odoo_pos_department')
    op.drop_table('odoo_pos_customer')
    op.drop_table('odoo_pos_tender')
    op.drop_table('odoo_pos_tax')
    op.drop_table('odoo_pos_store')
    op.drop_table('odoo_pos_session')
    op.drop_table('odoo_pos_loyalty_rule')
    op.drop_table('odoo_pos_loyalty_reward')
    op.drop_index(op.f('ix_odoo_pos_tender_version_transaction_id'), table_name='odoo_pos_tender_version')
    op.drop_index('ix_odoo_pos_tender_version_pk_validity', table_name='odoo_pos_tender_version')
    op.drop_index('ix_odoo_pos_tender_version_pk_transaction_id', table_name='odoo_pos_tender_version')
    op.drop_index(op.f('ix_odoo_pos_tender_version_operation_type'), table_name='odoo_pos_tender_version')
    op.drop_index(op.f('ix_odoo_pos_tender_version_end_transaction_id'), table_name='odoo_pos_tender_version')
    op.drop_table('odoo_pos_tender_version')
    op.drop_index(op.f('ix_odoo_pos_tax_version_transaction_id'), table_name='odoo_pos_tax_version')
    op.drop_index('ix_odoo_pos_tax_version_pk_validity', table_name='odoo_pos_tax_version')
    op.drop_index('ix_odoo_pos_tax_version_pk_transaction_id', table_name='odoo_pos_tax_version')
    op.drop_index(op.f('ix_odoo_pos_tax_version_operation_type'), table_name='odoo_pos_tax_version')
    op.drop_index(op.f('ix_odoo_pos_tax_version_end_transaction_id'), table_name='odoo_pos_tax_version')
    op.drop_table('odoo_pos_tax_version')
    op.drop_index(op.f('ix_odoo_pos_store_version_transaction_id'), table_name='odoo_pos_store_version')
    op.drop_index('ix_odoo_pos_store_version_pk_validity', table_name='odoo_pos_store_version')
    op.drop_index('ix_odoo_pos_store_version_pk_transaction_id', table_name='odoo_pos_store_version')
    op.drop_index(op.f('ix_odoo_pos_store_version_operation_type'), table_name='odoo_pos_store_version')
    op.drop_index(op.f('ix_odoo_pos_store_version_end_transaction_id'), table_name='odoo_pos_store_version')
    op.drop_table('odoo_pos_store_version')
    op.drop_index(op.f('ix_odoo_pos_stock_version_transaction_id'), table_name='odoo_pos_stock_version')
    op.drop_index('ix_odoo_pos_stock_version_pk_validity', table_name='odoo_pos_stock_version')
    op.drop_index('ix_odoo_pos_stock_version_pk_transaction_id', table_name='odoo_pos_stock_version')
    op.drop_index(op.f('ix_odoo_pos_stock_version_operation_type'), table_name='odoo_pos_stock_version')
    op.drop_index(op.f('ix_odoo_pos_stock_version_end_transaction_id'), table_name='odoo_pos_stock_version')
    op.drop_table('odoo_pos_stock_version')
    op.drop_index(op.f('ix_odoo_pos_session_version_transaction_id'), table_name='odoo_pos_session_version')
    op.drop_index('ix_odoo_pos_session_version_pk_validity', table_name='odoo_pos_session_version')
    op.drop_index('ix_odoo_pos_session_version_pk_transaction_id', table_name='odoo_pos_session_version')
    op.drop_index(op.f('ix_odoo_pos_session_version_operation_type'), table_name='odoo_pos_session_version')
    op.drop_index(op.f('ix_odoo_pos_session_version_end_transaction_id'), table_name='odoo_pos_session_version')
    op.drop_table('odoo_pos_session_version')
    op.drop_index(op.f('ix_odoo_pos_product_version_transaction_id'), table_name='odoo_pos_product_version')
    op.drop_index('ix_odoo_pos_product_version_pk_validity', table_name='odoo_pos_product_version')
    op.drop_index('ix_odoo_pos_product_version_pk_transaction_id', table_name='odoo_pos_product_version')
    op.drop_index(op.f('ix_odoo_pos_product_version_operation_type'), table_name='odoo_pos_product_version')
    op.drop_index(op.f('ix_odoo_pos_product_version_end_transaction_id'), table_name='odoo_pos_product_version')
    op.drop_table('odoo_pos_product_version')
    op.drop_index(op.f('ix_odoo_pos_payment_version_transaction_id'), table_name='odoo_pos_payment_version')
    op.drop_index('ix_odoo_pos_payment_version_pk_validity', table_name='odoo_pos_payment_version')
    op.drop_index('ix_odoo_pos_payment_version_pk_transaction_id', table_name='odoo_pos_payment_version')
    op.drop_index(op.f('ix_odoo_pos_payment_version_operation_type'), table_name='odoo_pos_payment_version')
    op.drop_index(op.f('ix_odoo_pos_payment_version_end_transaction_id'), table_name='odoo_pos_payment_version')
    op.drop_table('odoo_pos_payment_version')
    op.drop_index(op.f('ix_odoo_pos_order_version_transaction_id'), table_name='odoo_pos_order_version')
    op.drop_index('ix_odoo_pos_order_version_pk_validity', table_name='odoo_pos_order_version')
    op.drop_index('ix_odoo_pos_order_version_pk_transaction_id', table_name='odoo_pos_order_version')
    op.drop_index(op.f('ix_odoo_pos_order_version_operation_type'), table_name='odoo_pos_order_version')
    op.drop_index(op.f('ix_odoo_pos_order_version_end_transaction_id'), table_name='odoo_pos_order_version')
    op.drop_table('odoo_pos_order_version')
    op.drop_index(op.f('ix_odoo_pos_order_line_version_transaction_id'), table_name='odoo_pos_order_line_version')
    op.drop_index('ix_odoo_pos_order_line_version_pk_validity', table_name='odoo_pos_order_line_version')
    op.drop_index('ix_odoo_pos_order_line_version_pk_transaction_id', table_name='odoo_pos_order_line_version')
    op.drop_index(op.f('ix_odoo_pos_order_line_version_operation_type'), table_name='odoo_pos_order_line_version')
    op.drop_index(op.f('ix_odoo_pos_order_line_version_end_transaction_id'), table_name='odoo_pos_order_line_version')
    op.drop_table('odoo_pos_order_line_version')
    op.drop_index(op.f('ix_odoo_pos_loyalty_rule_version_transaction_id'), table_name='odoo_pos_loyalty_rule_version')
    op.drop_index('ix_odoo_pos_loyalty_rule_version_pk_validity', table_name='odoo_pos_loyalty_rule_version')
    op.drop_index('ix_odoo_pos_loyalty_rule_version_pk_transaction_id', table_name='odoo_pos_loyalty_rule_version')
    op.drop_index(op.f('ix_odoo_pos_loyalty_rule_version_operation_type'), table_name='odoo_pos_loyalty_rule_version')
    op.drop_index(op.f('ix_odoo_pos_loyalty_rule_version_end_transaction_id'), table_name='odoo_pos_loyalty_rule_version')
    op.drop_table('odoo_pos_loyalty_rule_version')
    op.drop_index(op.f('ix_odoo_pos_loyalty_reward_version_transaction_id'), table_name='odoo_pos_loyalty_reward_version')
    op.drop_index('ix_odoo_pos_loyalty_reward_version_pk_validity', table_name='odoo_pos_loyalty_reward_version')
    op.drop_index('ix_odoo_pos_loyalty_reward_version_pk_transaction_id', table_name='odoo_pos_loyalty_reward_version')
    op.drop_index(op.f('ix_odoo_pos_loyalty_reward_version_operation_type'), table_name='odoo_pos_loyalty_reward_version')
    op.drop_index(op.f('ix_odoo_pos_loyalty_reward_version_end_transaction_id'), table_name='odoo_pos_loyalty_reward_version')
    op.drop_table('odoo_pos_loyalty_reward_version')
    op.drop_index(op.f('ix_odoo_pos_loyalty_program_version_transaction_id'), table_name='odoo_pos_loyalty_program_version')
    op.drop_index('ix_odoo_pos_loyalty_program_version_pk_validity', table_name='odoo_pos_loyalty_program_version')
    op.drop_index('ix_odoo_pos_loyalty_program_version_pk_transaction_id', table_name='odoo_pos_loyalty_program_version')
    op.drop_index(op.f('ix_odoo_pos_loyalty_program_version_operation_type'), table_name='odoo_pos_loyalty_program_version')
    op.drop_index(op.f('ix_odoo_pos_loyalty_program_version_end_transaction_id'), table_name='odoo_pos_loyalty_program_version')
    op.drop_table('odoo_pos_loyalty_program_version')
    op.drop_table('odoo_pos_loyalty_program')
    op.drop_index(op.f('ix_odoo_pos_employee_version_transaction_id'), table_name='odoo_pos_employee_version')
    op.drop_index('ix_odoo_pos_employee_version_pk_validity', table_name='odoo_pos_employee_version')
    op.drop_index('ix_odoo_pos_employee_version_pk_transaction_id', table_name='odoo_pos_employee_version')
    op.drop_index(op.f('ix_odoo_pos_employee_version_operation_type'), table_name='odoo_pos_employee_version')
    op.drop_index(op.f('ix_odoo_pos_employee_version_end_transaction_id'), table_name='odoo_pos_employee_version')
    op.drop_table('odoo_pos_employee_version')
    op.drop_index(op.f('ix_odoo_pos_department_version_transaction_id'), table_name='odoo_pos_department_version')
    op.drop_index('ix_odoo_pos_department_version_pk_validity', table_name='odoo_pos_department_version')
    op.drop_index('ix_odoo_pos_department_version_pk_transaction_id', table_name='odoo_pos_department_version')
    op.drop_index(op.f('ix_odoo_pos_department_version_operation_type'), table_name='odoo_pos_department_version')
    op.drop_index(op.f('ix_odoo_pos_department_version_end_transaction_id'), table_name='odoo_pos_department_version')
    op.drop_table('odoo_pos_department_version')
    op.drop_index(op.f('ix_odoo_pos_customer_version_transaction_id'), table_name='odoo_pos_customer_version')
    op.drop_index('ix_odoo_pos_customer_version_pk_validity', table_name='odoo_pos_customer_version')
    op.drop_index('ix_odoo_pos_customer_version_pk_transaction_id', table_name='odoo_pos_customer_version')
    op.drop_index(op.f('ix_odoo_pos_customer_version_operation_type'), table_name='odoo_pos_customer_version')
    op.drop_index(op.f('ix_odoo_pos_customer_version_end_transaction_id'), table_name='odoo_pos_customer_version')
    op.drop_table('odoo_pos_customer_version')
    op.drop_table('odoo_pos_cursor')
