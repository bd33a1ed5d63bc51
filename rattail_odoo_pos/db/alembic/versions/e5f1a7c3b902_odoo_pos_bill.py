"""Odoo POS coins and bills (``pos.bill``).

Revision ID: e5f1a7c3b902
Revises: c7e2b9a4d615
"""
import sqlalchemy as sa

from rattail_odoo_pos.db.migrations import create_record_table, drop_record_table

revision = 'e5f1a7c3b902'
down_revision = 'c7e2b9a4d615'
branch_labels = depends_on = None


def upgrade():
    create_record_table('odoo_pos_bill', [
        sa.Column('name', sa.String()), sa.Column('value', sa.Numeric(12, 4)),
        sa.Column('for_all_config', sa.Boolean()), sa.Column('pos_config_ids', sa.String())])


def downgrade():
    drop_record_table('odoo_pos_bill')
