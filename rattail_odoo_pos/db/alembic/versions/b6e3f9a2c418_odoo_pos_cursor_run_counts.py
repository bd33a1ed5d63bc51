# SPDX-License-Identifier: GPL-3.0-or-later
"""Odoo POS cursor: what the last run of a model did (duration; records
created, updated and deleted), shown on the sync status page.

Revision ID: b6e3f9a2c418
Revises: 7d2c4e9a1b60
"""
import sqlalchemy as sa
from alembic import op

revision = 'b6e3f9a2c418'
down_revision = '7d2c4e9a1b60'
branch_labels = depends_on = None

COLUMNS = ('last_created', 'last_updated', 'last_deleted')


def upgrade():
    op.add_column('odoo_pos_cursor', sa.Column('last_duration', sa.Float(), nullable=True))
    for name in COLUMNS:
        op.add_column('odoo_pos_cursor', sa.Column(name, sa.Integer(), nullable=True))


def downgrade():
    for name in reversed(COLUMNS):
        op.drop_column('odoo_pos_cursor', name)
    op.drop_column('odoo_pos_cursor', 'last_duration')
