# SPDX-License-Identifier: GPL-3.0-or-later
"""What is synced, declared as data: per entity, the Odoo model, the local
class (and the native Rattail class it extends), each local column with the
Odoo field and the conversion it takes, and the references to other entities.

The importers (``rattail_odoo_pos.importing.odoo_pos``), the web plugin's views
and menus, the health check and the docs all read this one table.

Conversions (see :mod:`rattail_odoo_pos.importing.convert`):
``str``, ``int``, ``bool``, ``money`` (2 decimals), ``price`` (4), ``qty`` (3),
``num2``, ``num4``, ``dt`` (UTC datetime), ``date``, ``m2o_id``, ``m2o_name``,
``ids`` (comma separated ids).
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Entity:
    key: str
    odoo_model: str
    model: str                                  # local class name (app.model)
    native: str | None = None                   # native Rattail class extended
    fields: dict[str, tuple[str, str]] = field(default_factory=dict)
    refs: dict[str, tuple[str, str]] = field(default_factory=dict)   # fk col -> (odoo field, entity)
    extra_odoo_fields: tuple[str, ...] = ()     # read for derived values
    domain: tuple = ()
    title: str = ''

    @property
    def odoo_fields(self) -> list[str]:
        names = [f for f, _ in self.fields.values()] + [f for f, _ in self.refs.values()]
        names += list(self.extra_odoo_fields) + ['write_date']
        return list(dict.fromkeys(names))


_ENTITIES = [
    Entity('store', 'pos.config', 'OdooPosStore', 'Store', title="Stores", fields={
        'name': ('name', 'str'), 'active': ('active', 'bool'),
        'company': ('company_id', 'm2o_name'), 'currency': ('currency_id', 'm2o_name'),
        'warehouse_odoo_id': ('warehouse_id', 'm2o_id')}),
    Entity('department', 'pos.category', 'OdooPosDepartment', 'Department', title="POS categories",
           fields={'name': ('name', 'str'), 'parent_odoo_id': ('parent_id', 'm2o_id')}),
    Entity('tax', 'account.tax', 'OdooPosTax', 'Tax', title="Taxes", fields={
        'name': ('name', 'str'), 'amount': ('amount', 'num4'),
        'amount_type': ('amount_type', 'str'), 'price_include': ('price_include', 'bool'),
        'type_tax_use': ('type_tax_use', 'str'), 'active': ('active', 'bool')}),
    Entity('product', 'product.product', 'OdooPosProduct', 'Product', title="Products", fields={
        'name': ('name', 'str'), 'barcode': ('barcode', 'str'),
        'default_code': ('default_code', 'str'), 'list_price': ('lst_price', 'price'),
        'available_in_pos': ('available_in_pos', 'bool'), 'active': ('active', 'bool'),
        'uom': ('uom_id', 'm2o_name'), 'pos_category_ids': ('pos_categ_ids', 'ids'),
        'tax_ids': ('taxes_id', 'ids')}),
    Entity('customer', 'res.partner', 'OdooPosCustomer', 'Customer', title="Customers", fields={
        'name': ('name', 'str'), 'email': ('email', 'str'), 'phone': ('phone', 'str'),
        'vat': ('vat', 'str'), 'city': ('city', 'str'), 'active': ('active', 'bool')}),
    Entity('employee', 'hr.employee', 'OdooPosEmployee', 'Employee', title="Cashiers",
           fields={'name': ('name', 'str'), 'active': ('active', 'bool')}),
    Entity('tender', 'pos.payment.method', 'OdooPosTender', 'Tender', title="Payment methods",
           fields={'name': ('name', 'str'), 'is_cash_count': ('is_cash_count', 'bool'),
                   'payment_type': ('type', 'str'), 'journal': ('journal_id', 'm2o_name'),
                   'use_payment_terminal': ('use_payment_terminal', 'str'),
                   'active': ('active', 'bool')}),
    Entity('session', 'pos.session', 'OdooPosSession', title="POS sessions", fields={
        'name': ('name', 'str'), 'state': ('state', 'str'), 'start_at': ('start_at', 'dt'),
        'stop_at': ('stop_at', 'dt'),
        'cash_register_balance_start': ('cash_register_balance_start', 'money'),
        'cash_register_balance_end_real': ('cash_register_balance_end_real', 'money'),
        'user_name': ('user_id', 'm2o_name')},
        refs={'store_uuid': ('config_id', 'store')}),
    Entity('order', 'pos.order', 'OdooPosOrder', title="POS orders", fields={
        'name': ('name', 'str'), 'pos_reference': ('pos_reference', 'str'),
        'date_order': ('date_order', 'dt'), 'state': ('state', 'str'),
        'amount_total': ('amount_total', 'money'), 'amount_tax': ('amount_tax', 'money'),
        'amount_paid': ('amount_paid', 'money'), 'amount_return': ('amount_return', 'money'),
        'currency': ('currency_id', 'm2o_name')},
        refs={'store_uuid': ('config_id', 'store'), 'session_uuid': ('session_id', 'session'),
              'customer_uuid': ('partner_id', 'customer'),
              'employee_uuid': ('employee_id', 'employee')}),
    Entity('order_line', 'pos.order.line', 'OdooPosOrderLine', title="POS order lines", fields={
        'full_product_name': ('full_product_name', 'str'), 'qty': ('qty', 'qty'),
        'price_unit': ('price_unit', 'price'), 'discount': ('discount', 'num2'),
        'price_subtotal': ('price_subtotal', 'money'),
        'price_subtotal_incl': ('price_subtotal_incl', 'money')},
        refs={'order_uuid': ('order_id', 'order'), 'product_uuid': ('product_id', 'product'),
              'refunded_line_uuid': ('refunded_orderline_id', 'order_line')}),
    Entity('payment', 'pos.payment', 'OdooPosPayment', title="POS payments", fields={
        'amount': ('amount', 'money'), 'payment_date': ('payment_date', 'dt'),
        'is_change': ('is_change', 'bool')},
        refs={'order_uuid': ('pos_order_id', 'order'),
              'tender_uuid': ('payment_method_id', 'tender')}),
    Entity('stock', 'stock.quant', 'OdooPosStock', title="Stock on hand", fields={
        'quantity': ('quantity', 'qty'), 'reserved_quantity': ('reserved_quantity', 'qty'),
        'location': ('location_id', 'm2o_name')},
        refs={'product_uuid': ('product_id', 'product')},
        extra_odoo_fields=('location_id',)),
    Entity('loyalty_program', 'loyalty.program', 'OdooPosLoyaltyProgram', title="Loyalty programs",
           fields={'name': ('name', 'str'), 'program_type': ('program_type', 'str'),
                   'trigger': ('trigger', 'str'), 'applies_on': ('applies_on', 'str'),
                   'active': ('active', 'bool'), 'date_from': ('date_from', 'date'),
                   'date_to': ('date_to', 'date')}),
    Entity('loyalty_rule', 'loyalty.rule', 'OdooPosLoyaltyRule', title="Loyalty rules", fields={
        'mode': ('mode', 'str'), 'minimum_qty': ('minimum_qty', 'qty'),
        'minimum_amount': ('minimum_amount', 'money'),
        'reward_point_amount': ('reward_point_amount', 'num2'),
        'reward_point_mode': ('reward_point_mode', 'str'), 'active': ('active', 'bool')},
        refs={'program_uuid': ('program_id', 'loyalty_program')}),
    Entity('loyalty_reward', 'loyalty.reward', 'OdooPosLoyaltyReward', title="Loyalty rewards",
           fields={'description': ('description', 'str'), 'reward_type': ('reward_type', 'str'),
                   'discount': ('discount', 'num2'), 'discount_mode': ('discount_mode', 'str'),
                   'required_points': ('required_points', 'num2'), 'active': ('active', 'bool')},
           refs={'program_uuid': ('program_id', 'loyalty_program')}),
]

#: entity key -> Entity, in import order (referenced entities first)
ENTITIES: 'OrderedDict[str, Entity]' = OrderedDict((e.key, e) for e in _ENTITIES)

#: Odoo model -> entity
BY_ODOO_MODEL = {e.odoo_model: e for e in _ENTITIES}
#: local class name -> entity
BY_MODEL = {e.model: e for e in _ENTITIES}
