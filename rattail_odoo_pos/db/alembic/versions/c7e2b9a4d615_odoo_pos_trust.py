# -*- coding: utf-8; -*-
"""Odoo POS trust: rejected records, per-source run status, Odoo ``char``
fields stored without a length limit (Odoo has none), and the cursor's Odoo
model column named ``odoo_model``.

Revision ID: c7e2b9a4d615
Revises: a41f6c2d8e37
Create Date: 2026-11-28 14:00:00

"""

# revision identifiers, used by Alembic.
revision = 'c7e2b9a4d615'
down_revision = 'a41f6c2d8e37'
branch_labels = None
depends_on = None

from alembic import op
import sqlalchemy as sa

#: table -> (column, old length): Odoo ``char`` fields, now unbounded
UNBOUNDED = {
    'odoo_pos_store': (('name', 255), ('company', 255)),
    'odoo_pos_department': (('name', 255),),
    'odoo_pos_product': (('name', 255), ('barcode', 64), ('default_code', 64), ('uom', 64),
                         ('pos_category_ids', 255), ('tax_ids', 255)),
    'odoo_pos_customer': (('name', 255), ('email', 255), ('phone', 50), ('vat', 50),
                          ('city', 100)),
    'odoo_pos_employee': (('name', 255),),
    'odoo_pos_tender': (('name', 255), ('journal', 255)),
    'odoo_pos_tax': (('name', 255),),
    'odoo_pos_session': (('name', 100), ('user_name', 255)),
    'odoo_pos_order': (('name', 100), ('pos_reference', 100)),
    'odoo_pos_order_line': (('full_product_name', 255),),
    'odoo_pos_stock': (('location', 255),),
    'odoo_pos_loyalty_program': (('name', 255),),
    'odoo_pos_loyalty_reward': (('description', 255),),
}


def upgrade():
    op.create_table(
        'odoo_pos_rejected',
        sa.Column('uuid', sa.String(length=32), nullable=False),
        sa.Column('source', sa.String(length=50), nullable=False),
        sa.Column('odoo_model', sa.String(length=100), nullable=False),
        sa.Column('odoo_id', sa.Integer(), nullable=False),
        sa.Column('reason', sa.Text(), nullable=False),
        sa.Column('raw', sa.Text(), nullable=True),
        sa.Column('first_seen', sa.DateTime(), nullable=False),
        sa.Column('last_seen', sa.DateTime(), nullable=False),
        sa.Column('attempts', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('uuid', name=op.f('pk_odoo_pos_rejected')),
        sa.UniqueConstraint('source', 'odoo_model', 'odoo_id', name='odoo_pos_rejected_uq_record'))
    op.alter_column('odoo_pos_cursor', 'model', new_column_name='odoo_model')
    op.create_table(
        'odoo_pos_source_status',
        sa.Column('uuid', sa.String(length=32), nullable=False),
        sa.Column('source', sa.String(length=50), nullable=False),
        sa.Column('last_run', sa.DateTime(), nullable=True),
        sa.Column('last_success', sa.DateTime(), nullable=True),
        sa.Column('last_error', sa.Text(), nullable=True),
        sa.Column('last_error_at', sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint('uuid', name=op.f('pk_odoo_pos_source_status')),
        sa.UniqueConstraint('source', name='odoo_pos_source_status_uq_source'))
    for table, columns in UNBOUNDED.items():
        for name in (table, f'{table}_version'):
            for column, length in columns:
                op.alter_column(name, column, type_=sa.String(),
                                existing_type=sa.String(length=length))


def downgrade():
    for table, columns in UNBOUNDED.items():
        for name in (table, f'{table}_version'):
            for column, length in columns:
                op.execute(f'UPDATE {name} SET {column} = left({column}, {length}) '
                           f'WHERE length({column}) > {length}')
                op.alter_column(name, column, type_=sa.String(length=length),
                                existing_type=sa.String())
    op.alter_column('odoo_pos_cursor', 'odoo_model', new_column_name='model')
    op.drop_table('odoo_pos_source_status')
    op.drop_table('odoo_pos_rejected')
