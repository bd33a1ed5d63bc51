"""Odoo POS export conflicts (``odoo_pos_export_conflict``): a field of a
Rattail record the export left unwritten because it changed in Odoo too.

Revision ID: f3b8d1c6a2e4
Revises: e5f1a7c3b902
"""
import sqlalchemy as sa
from alembic import op

revision = 'f3b8d1c6a2e4'
down_revision = 'e5f1a7c3b902'
branch_labels = depends_on = None


def upgrade():
    op.create_table(
        'odoo_pos_export_conflict',
        sa.Column('uuid', sa.String(length=32), nullable=False),
        sa.Column('source', sa.String(length=50), nullable=False),
        sa.Column('odoo_model', sa.String(length=100), nullable=False),
        sa.Column('odoo_id', sa.Integer(), nullable=False),
        sa.Column('native_class', sa.String(length=50), nullable=False),
        sa.Column('native_uuid', sa.String(length=32), nullable=False),
        sa.Column('field', sa.String(length=100), nullable=False),
        sa.Column('odoo_value', sa.Text(), nullable=True),
        sa.Column('seen_value', sa.Text(), nullable=True),
        sa.Column('rattail_value', sa.Text(), nullable=True),
        sa.Column('first_seen', sa.DateTime(), nullable=False),
        sa.Column('last_seen', sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint('uuid', name=op.f('pk_odoo_pos_export_conflict')),
        sa.UniqueConstraint('source', 'odoo_model', 'odoo_id', 'field',
                            name='odoo_pos_export_conflict_uq_field'))
    op.create_index('odoo_pos_export_conflict_ix_native_uuid', 'odoo_pos_export_conflict',
                    ['native_uuid'])


def downgrade():
    op.drop_index('odoo_pos_export_conflict_ix_native_uuid',
                  table_name='odoo_pos_export_conflict')
    op.drop_table('odoo_pos_export_conflict')
