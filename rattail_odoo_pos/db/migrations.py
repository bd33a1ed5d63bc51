# SPDX-License-Identifier: GPL-3.0-or-later
"""What a migration of this package's branch needs to add an Odoo POS table:
the record table with its Odoo identity, and its Continuum version table.

A new entity's migration is then its own columns only::

    def upgrade():
        create_record_table('odoo_pos_bill', [
            sa.Column('name', sa.String()),
            sa.Column('value', sa.Numeric(12, 4)),
        ])

    def downgrade():
        drop_record_table('odoo_pos_bill')

Foreign keys (``sa.Column('store_uuid', sa.String(32), sa.ForeignKey('store.uuid'))``)
get their constraint and an index, as :class:`~rattail_odoo_pos.db.model.base.OdooPosRecord`
declares them.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


def _copy(column: sa.Column, *, version: bool = False) -> sa.Column:
    kwargs = {'nullable': True if version else column.nullable}
    if version:
        kwargs['autoincrement'] = False
    return sa.Column(column.name, column.type, **kwargs)


def create_record_table(table: str, columns: list[sa.Column]) -> None:
    """Create *table* (uuid, source, odoo_id, odoo_write_date + *columns*,
    unique ``(source, odoo_id)``, foreign keys indexed) and ``<table>_version``."""
    foreign = [(c.name, fk.target_fullname) for c in columns for fk in c.foreign_keys]
    op.create_table(
        table,
        sa.Column('uuid', sa.String(length=32), nullable=False),
        sa.Column('source', sa.String(length=50), nullable=False),
        sa.Column('odoo_id', sa.Integer(), nullable=False),
        sa.Column('odoo_write_date', sa.DateTime(), nullable=True),
        *[_copy(c) for c in columns],
        *[sa.ForeignKeyConstraint([name], [target],
                                  name=op.f(f"fk_{table}_{name}_{target.split('.')[0]}"))
          for name, target in foreign],
        sa.PrimaryKeyConstraint('uuid', name=op.f(f'pk_{table}')),
        sa.UniqueConstraint('source', 'odoo_id', name=f'{table}_uq_odoo'))
    for name, _ in foreign:
        op.create_index(f'{table}_ix_{name}', table, [name], unique=False)
    version = f'{table}_version'
    op.create_table(
        version,
        sa.Column('uuid', sa.String(length=32), autoincrement=False, nullable=False),
        sa.Column('source', sa.String(length=50), autoincrement=False, nullable=True),
        sa.Column('odoo_id', sa.Integer(), autoincrement=False, nullable=True),
        *[_copy(c, version=True) for c in columns],
        sa.Column('transaction_id', sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column('end_transaction_id', sa.BigInteger(), nullable=True),
        sa.Column('operation_type', sa.SmallInteger(), nullable=False),
        sa.PrimaryKeyConstraint('uuid', 'transaction_id', name=op.f(f'pk_{version}')))
    op.create_index(op.f(f'ix_{version}_end_transaction_id'), version,
                    ['end_transaction_id'], unique=False)
    op.create_index(op.f(f'ix_{version}_operation_type'), version, ['operation_type'],
                    unique=False)
    op.create_index(f'ix_{version}_pk_transaction_id', version,
                    ['uuid', sa.literal_column('transaction_id DESC')], unique=False)
    op.create_index(f'ix_{version}_pk_validity', version,
                    ['uuid', 'transaction_id', 'end_transaction_id'], unique=False)
    op.create_index(op.f(f'ix_{version}_transaction_id'), version, ['transaction_id'],
                    unique=False)


def drop_record_table(table: str) -> None:
    """Drop ``<table>_version`` and *table*."""
    op.drop_table(f'{table}_version')
    op.drop_table(table)
