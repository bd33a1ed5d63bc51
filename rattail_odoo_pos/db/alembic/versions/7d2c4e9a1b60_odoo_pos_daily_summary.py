"""Odoo POS daily sales summary (per source, store and business day), filled
from the order lines; the import keeps it current.

Revision ID: 7d2c4e9a1b60
Revises: f3b8d1c6a2e4
"""
import sqlalchemy as sa
from alembic import op

from rattail_odoo_pos.db import daily_summary

revision = '7d2c4e9a1b60'
down_revision = 'f3b8d1c6a2e4'
branch_labels = depends_on = None


def upgrade():
    op.create_table(
        'odoo_pos_daily_summary',
        sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
        sa.Column('source', sa.String(length=50), nullable=False),
        sa.Column('store_uuid', sa.String(length=32), nullable=True),
        sa.Column('business_date', sa.Date(), nullable=False),
        sa.Column('order_count', sa.Integer(), nullable=False),
        sa.Column('line_count', sa.Integer(), nullable=False),
        sa.Column('quantity', sa.Numeric(15, 3), nullable=True),
        sa.Column('net', sa.Numeric(15, 2), nullable=True),
        sa.Column('tax', sa.Numeric(15, 2), nullable=True),
        sa.Column('gross', sa.Numeric(15, 2), nullable=True),
        sa.Column('refreshed', sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_odoo_pos_daily_summary')))
    op.create_index('odoo_pos_daily_summary_ix_day', 'odoo_pos_daily_summary',
                    ['business_date'], unique=False)
    op.create_index('odoo_pos_daily_summary_ix_key', 'odoo_pos_daily_summary',
                    ['source', 'store_uuid', 'business_date'], unique=False)
    daily_summary.refresh_all(op.get_bind())


def downgrade():
    op.drop_table('odoo_pos_daily_summary')
