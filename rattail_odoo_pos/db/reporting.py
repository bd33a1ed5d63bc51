# SPDX-License-Identifier: GPL-3.0-or-later
"""SQL of the reporting views (daily sales by store, business day, product and
department), created and dropped by the ``odoo_pos_reporting_view`` migration.

* ``odoo_pos_sales_line``: one row per order line of a sale (order state paid,
  done or invoiced; refunds count negative), with the order's **business day in
  the store's own time zone**: the ``timezone`` of the store's ``odoo_pos_store``
  row for the order's source, else ``odoo_pos_default_timezone()`` (the
  ``[rattail] timezone.default`` of the config that ran the migration).
* ``odoo_pos_daily_sales``: by store, business day, product and department:
  quantity, net, tax, gross and order count.
* ``odoo_pos_daily_store_sales``: by store and business day (order count is
  of distinct orders, so it is not the sum of the product rows').

Kept here (not in the migration) so the tests and docs read the same text.
"""

from __future__ import annotations

#: order states that are sales
SALE_STATES = ('paid', 'done', 'invoiced')

VIEWS = ('odoo_pos_daily_store_sales', 'odoo_pos_daily_sales', 'odoo_pos_sales_line')


def default_timezone_function(timezone: str) -> str:
    """``odoo_pos_default_timezone()``: the fallback zone for stores without one."""
    zone = timezone.replace("'", "''")
    return (f"CREATE OR REPLACE FUNCTION odoo_pos_default_timezone() RETURNS text "
            f"LANGUAGE sql IMMUTABLE AS $$ SELECT '{zone}'::text $$")


SALES_LINE = f"""
CREATE VIEW odoo_pos_sales_line AS
SELECT l.uuid AS line_uuid,
       o.uuid AS order_uuid,
       o.source AS source,
       o.store_uuid AS store_uuid,
       (timezone(COALESCE(NULLIF(tz.timezone, ''), odoo_pos_default_timezone()),
                 timezone('UTC', o.date_order)))::date AS business_date,
       l.product_uuid AS product_uuid,
       p.department_uuid AS department_uuid,
       l.qty AS quantity,
       l.price_subtotal AS net,
       l.price_subtotal_incl - l.price_subtotal AS tax,
       l.price_subtotal_incl AS gross
FROM odoo_pos_order_line l
JOIN odoo_pos_order o ON o.uuid = l.order_uuid
LEFT JOIN product p ON p.uuid = l.product_uuid
LEFT JOIN LATERAL (
    SELECT s.timezone FROM odoo_pos_store s
    WHERE s.store_uuid = o.store_uuid
    ORDER BY (s.source = o.source) DESC, s.odoo_id
    LIMIT 1) tz ON true
WHERE o.state IN ({', '.join(f"'{s}'" for s in SALE_STATES)})
"""

DAILY_SALES = """
CREATE VIEW odoo_pos_daily_sales AS
SELECT store_uuid, business_date, product_uuid, department_uuid,
       sum(quantity) AS quantity, sum(net) AS net, sum(tax) AS tax, sum(gross) AS gross,
       count(DISTINCT order_uuid) AS order_count
FROM odoo_pos_sales_line
GROUP BY store_uuid, business_date, product_uuid, department_uuid
"""

DAILY_STORE_SALES = """
CREATE VIEW odoo_pos_daily_store_sales AS
SELECT store_uuid, business_date,
       sum(quantity) AS quantity, sum(net) AS net, sum(tax) AS tax, sum(gross) AS gross,
       count(DISTINCT order_uuid) AS order_count
FROM odoo_pos_sales_line
GROUP BY store_uuid, business_date
"""


def create_statements(timezone: str) -> list[str]:
    """Everything the migration runs on upgrade, in order."""
    return [default_timezone_function(timezone), SALES_LINE, DAILY_SALES, DAILY_STORE_SALES]


def drop_statements() -> list[str]:
    """Everything the migration runs on downgrade, in order."""
    return [f"DROP VIEW IF EXISTS {name}" for name in VIEWS] + [
        "DROP FUNCTION IF EXISTS odoo_pos_default_timezone()"]
