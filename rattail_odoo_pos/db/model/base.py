# SPDX-License-Identifier: GPL-3.0-or-later
"""What every Odoo POS table has, and the sync cursors."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.ext.declarative import declared_attr

from rattail.db.model import Base
from rattail.db.util import uuid_column

#: columns left out of version history (they move on every Odoo write)
NOISY = ['odoo_write_date']

MONEY = sa.Numeric(12, 2)
QUANTITY = sa.Numeric(12, 3)
PRICE = sa.Numeric(12, 4)
#: text Odoo holds in a ``char`` field: no length limit there, none here
TEXT = sa.String()


class OdooPosRecord:
    """Mixin: the uuid key and the Odoo identity ``(source, odoo_id)``."""

    __versioned__ = {'exclude': NOISY}

    uuid = uuid_column()

    source = sa.Column(sa.String(length=50), nullable=False, doc="""
    Config key of the Odoo source (database) the record came from.""")

    odoo_id = sa.Column(sa.Integer(), nullable=False, doc="""
    The record's id in that Odoo database.""")

    odoo_write_date = sa.Column(sa.DateTime(), nullable=True, doc="""
    Odoo's ``write_date`` (UTC) of the record as last imported.""")

    #: further columns to index (every foreign key column is indexed anyway)
    __indexed__: tuple[str, ...] = ()

    @declared_attr
    def __table_args__(cls):
        table = cls.__tablename__
        # an index on each foreign key: lookups by parent (an order's lines) and
        # the foreign key checks of deletes would otherwise scan the whole table
        indexed = [name for name, value in vars(cls).items()
                   if isinstance(value, sa.Column) and value.foreign_keys]
        indexed += [name for name in cls.__indexed__ if name not in indexed]
        return (sa.UniqueConstraint('source', 'odoo_id', name=f'{table}_uq_odoo'),
                *(sa.Index(f'{table}_ix_{name}', name) for name in indexed))

    def __str__(self) -> str:
        name = getattr(self, 'name', None)
        return str(name) if name else f"{self.source}:{self.odoo_id}"


class OdooPosCursor(Base):
    """Where the import of one Odoo model from one source stands: the newest
    ``write_date`` fully imported (``value``) and the last run's outcome.
    Written in the same transaction as the batch it covers."""
    __tablename__ = 'odoo_pos_cursor'
    __table_args__ = (sa.UniqueConstraint('source', 'odoo_model', name='odoo_pos_cursor_uq_model'),)

    uuid = uuid_column()
    source = sa.Column(sa.String(length=50), nullable=False)
    odoo_model = sa.Column(sa.String(length=100), nullable=False, doc="Odoo model name.")
    value = sa.Column(sa.DateTime(), nullable=True, doc="""
    Newest Odoo ``write_date`` (UTC) whose records are all imported.""")
    last_id = sa.Column(sa.Integer(), nullable=True, doc="""
    Odoo id of the last record imported: at ``value`` by an incremental read;
    by a full read (which reads in id order), how far it got.""")
    full_read_mark = sa.Column(sa.DateTime(), nullable=True, doc="""
    While a full read (the initial load, ``--full``) is under way: the newest
    Odoo ``write_date`` (UTC) when it began, which becomes ``value`` once it is
    done (whatever was written since is read again by the next run).  A run
    killed half-way leaves it set, and the next full read resumes after
    ``last_id`` with it.""")
    full_load_done = sa.Column(sa.Boolean(), nullable=False, default=False, doc="""
    Whether a complete read of this model has finished (deletion checks need one).""")
    last_run = sa.Column(sa.DateTime(), nullable=True)
    last_success = sa.Column(sa.DateTime(), nullable=True)
    last_error = sa.Column(sa.Text(), nullable=True)
    last_duration = sa.Column(sa.Float(), nullable=True, doc="""
    Seconds the last run of this model took (recorded when it ends, failed or not).""")
    last_created = sa.Column(sa.Integer(), nullable=True, doc="Records created by the last run.")
    last_updated = sa.Column(sa.Integer(), nullable=True, doc="Records updated by the last run.")
    last_deleted = sa.Column(sa.Integer(), nullable=True, doc="Records deleted by the last run.")

    def __str__(self) -> str:
        return f"{self.source}:{self.odoo_model}"


class OdooPosRejected(Base):
    """An Odoo record that could not be stored (a value that fits no column,
    a character PostgreSQL cannot hold, a reference to a record that exists
    nowhere).  The rest of its batch is imported; the record is retried on
    every run until it imports, and then leaves this table."""
    __tablename__ = 'odoo_pos_rejected'
    __table_args__ = (sa.UniqueConstraint('source', 'odoo_model', 'odoo_id',
                                          name='odoo_pos_rejected_uq_record'),)

    uuid = uuid_column()
    source = sa.Column(sa.String(length=50), nullable=False)
    odoo_model = sa.Column(sa.String(length=100), nullable=False, doc="Odoo model name.")
    odoo_id = sa.Column(sa.Integer(), nullable=False)
    reason = sa.Column(sa.Text(), nullable=False, doc="Why it could not be stored.")
    raw = sa.Column(sa.Text(), nullable=True, doc="The values Odoo sent (JSON).")
    first_seen = sa.Column(sa.DateTime(), nullable=False, doc="UTC")
    last_seen = sa.Column(sa.DateTime(), nullable=False, doc="UTC")
    attempts = sa.Column(sa.Integer(), nullable=False, default=1)

    def __str__(self) -> str:
        return f"{self.source}:{self.odoo_model}:{self.odoo_id}"


class OdooPosExportConflict(Base):
    """A field of a Rattail record the export did not write because it changed
    in Odoo too (Odoo's ``write_date`` is newer than the binding's and Odoo's
    value differs from the one last seen): one row per record and field, open
    until a person decides.  The export writes it when it reports the conflict
    and removes it once the record is in sync again."""
    __tablename__ = 'odoo_pos_export_conflict'
    __table_args__ = (sa.UniqueConstraint('source', 'odoo_model', 'odoo_id', 'field',
                                          name='odoo_pos_export_conflict_uq_field'),
                      sa.Index('odoo_pos_export_conflict_ix_native_uuid', 'native_uuid'))

    uuid = uuid_column()
    source = sa.Column(sa.String(length=50), nullable=False)
    odoo_model = sa.Column(sa.String(length=100), nullable=False, doc="Odoo model name.")
    odoo_id = sa.Column(sa.Integer(), nullable=False)
    native_class = sa.Column(sa.String(length=50), nullable=False, doc="""
    Class of the Rattail record (``Product``, ``Department``, ``Customer``).""")
    native_uuid = sa.Column(sa.String(length=32), nullable=False, doc="""
    UUID of the Rattail record.""")
    field = sa.Column(sa.String(length=100), nullable=False, doc="Odoo field name.")
    odoo_value = sa.Column(sa.Text(), nullable=True, doc="The value in Odoo (repr).")
    seen_value = sa.Column(sa.Text(), nullable=True, doc="""
    The value the binding last saw in Odoo (repr).""")
    rattail_value = sa.Column(sa.Text(), nullable=True, doc="Rattail's value (repr).")
    first_seen = sa.Column(sa.DateTime(), nullable=False, doc="UTC")
    last_seen = sa.Column(sa.DateTime(), nullable=False, doc="UTC")

    def __str__(self) -> str:
        return f"{self.source}:{self.odoo_model}:{self.odoo_id}:{self.field}"


class OdooPosSourceStatus(Base):
    """The outcome of the last run per Odoo source: a failure to connect or
    log in belongs to no model cursor, so it is recorded here."""
    __tablename__ = 'odoo_pos_source_status'
    __table_args__ = (sa.UniqueConstraint('source', name='odoo_pos_source_status_uq_source'),)

    uuid = uuid_column()
    source = sa.Column(sa.String(length=50), nullable=False)
    last_run = sa.Column(sa.DateTime(), nullable=True, doc="UTC")
    last_success = sa.Column(sa.DateTime(), nullable=True, doc="UTC")
    last_error = sa.Column(sa.Text(), nullable=True, doc="Secrets masked.")
    last_error_at = sa.Column(sa.DateTime(), nullable=True, doc="UTC")

    def __str__(self) -> str:
        return self.source
