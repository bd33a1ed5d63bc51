# SPDX-License-Identifier: GPL-3.0-or-later
"""The daily sales summary: one row per Odoo source, store and business day,
kept by the import (:mod:`rattail_odoo_pos.db.daily_summary`) and read by the
sales dashboard.  Not an Odoo entity: derived from the order lines."""

from __future__ import annotations

import sqlalchemy as sa

from rattail.db.model import Base


class OdooPosDailySummary(Base):
    """Sales of one store on one business day (in the store's own time zone,
    the rule of the ``odoo_pos_sales_line`` view) from one Odoo source: what
    ``odoo_pos_daily_store_sales`` computes from every line, stored."""
    __tablename__ = 'odoo_pos_daily_summary'
    __table_args__ = (
        sa.Index('odoo_pos_daily_summary_ix_day', 'business_date'),
        sa.Index('odoo_pos_daily_summary_ix_key', 'source', 'store_uuid', 'business_date'),
    )

    id = sa.Column(sa.Integer(), primary_key=True, autoincrement=True)
    source = sa.Column(sa.String(length=50), nullable=False)
    store_uuid = sa.Column(sa.String(length=32), nullable=True)
    business_date = sa.Column(sa.Date(), nullable=False)
    order_count = sa.Column(sa.Integer(), nullable=False, default=0)
    line_count = sa.Column(sa.Integer(), nullable=False, default=0)
    quantity = sa.Column(sa.Numeric(15, 3))
    net = sa.Column(sa.Numeric(15, 2))
    tax = sa.Column(sa.Numeric(15, 2))
    gross = sa.Column(sa.Numeric(15, 2))
    refreshed = sa.Column(sa.DateTime(), nullable=True, doc="UTC")

    def __str__(self) -> str:
        return f"{self.source}:{self.store_uuid}:{self.business_date}"
