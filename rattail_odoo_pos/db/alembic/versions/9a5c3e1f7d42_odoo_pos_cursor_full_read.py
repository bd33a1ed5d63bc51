# SPDX-License-Identifier: GPL-3.0-or-later
"""Odoo POS cursor: where a full read in id order stands (the newest
``write_date`` in Odoo when it began; ``last_id`` is how far it got), so a
first load killed half-way resumes after the last id it wrote.

Revision ID: 9a5c3e1f7d42
Revises: b6e3f9a2c418
"""
import sqlalchemy as sa
from alembic import op

revision = '9a5c3e1f7d42'
down_revision = 'b6e3f9a2c418'
branch_labels = depends_on = None


def upgrade():
    op.add_column('odoo_pos_cursor', sa.Column('full_read_mark', sa.DateTime(), nullable=True))


def downgrade():
    op.drop_column('odoo_pos_cursor', 'full_read_mark')
