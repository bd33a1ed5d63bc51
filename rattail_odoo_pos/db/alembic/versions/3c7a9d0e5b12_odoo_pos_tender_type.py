# -*- coding: utf-8; -*-
"""Odoo POS payment methods: payment type (cash / bank / customer account /
online), journal and payment terminal.

Revision ID: 3c7a9d0e5b12
Revises: 8b4d2e6f1a90
Create Date: 2026-11-24 16:20:00

"""

# revision identifiers, used by Alembic.
revision = '3c7a9d0e5b12'
down_revision = '8b4d2e6f1a90'
branch_labels = None
depends_on = None

from alembic import op
import sqlalchemy as sa

COLUMNS = [('payment_type', 20), ('journal', 255), ('use_payment_terminal', 30)]


def upgrade():
    for table in ('odoo_pos_tender', 'odoo_pos_tender_version'):
        for name, length in COLUMNS:
            op.add_column(table, sa.Column(name, sa.String(length=length), nullable=True))


def downgrade():
    for table in ('odoo_pos_tender_version', 'odoo_pos_tender'):
        for name, _ in reversed(COLUMNS):
            op.drop_column(table, name)
