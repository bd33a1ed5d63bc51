# -*- coding: utf-8; -*-
"""Odoo POS reporting views: daily sales by store, business day (in the
store's own time zone), product and department.

Revision ID: 5e1f0a3c7b21
Revises: d129c03e869c
Create Date: 2026-11-24 15:30:00

"""

# revision identifiers, used by Alembic.
revision = '5e1f0a3c7b21'
down_revision = 'd129c03e869c'
branch_labels = None
depends_on = None

from alembic import context, op

from rattail_odoo_pos.db import reporting


def _default_timezone() -> str:
    """``[rattail] timezone.default`` of the config running the migration, else UTC
    (the zone of stores whose Odoo warehouse address has none)."""
    try:
        from rattail.config import make_config
        config = make_config(context.config.config_file_name, usedb=False, versioning=False)
        return config.get('rattail', 'timezone.default') or 'UTC'
    except Exception:
        return 'UTC'


def upgrade():
    for statement in reporting.create_statements(_default_timezone()):
        op.execute(statement)


def downgrade():
    for statement in reporting.drop_statements():
        op.execute(statement)
