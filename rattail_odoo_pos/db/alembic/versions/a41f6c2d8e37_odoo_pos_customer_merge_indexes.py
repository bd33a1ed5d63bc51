# -*- coding: utf-8; -*-
"""Odoo POS customers: indexes on lower(vat) and lower(email), by which
customers of several sources are merged (each new customer looks them up).

Revision ID: a41f6c2d8e37
Revises: 3c7a9d0e5b12
Create Date: 2026-11-24 16:30:00

"""

# revision identifiers, used by Alembic.
revision = 'a41f6c2d8e37'
down_revision = '3c7a9d0e5b12'
branch_labels = None
depends_on = None

from alembic import op
import sqlalchemy as sa


def upgrade():
    for column in ('vat', 'email'):
        op.create_index(f'odoo_pos_customer_ix_lower_{column}', 'odoo_pos_customer',
                        [sa.text(f'lower({column})')], unique=False)


def downgrade():
    for column in ('email', 'vat'):
        op.drop_index(f'odoo_pos_customer_ix_lower_{column}', table_name='odoo_pos_customer')
