# SPDX-License-Identifier: GPL-3.0-or-later
"""Many2one values read as bare ids (Odoo's ``load=None``) for the models whose
import stores no display name (``Entity.display_names``): Odoo computes no
display name for them and sends less, and what lands is what a read with
display names lands, row for row."""

from __future__ import annotations

import os

from rattail.config import make_config

from odoo_pos_dev.devenv import make_rattail_env
from odoo_pos_dev.testing import assert_equal_to_sandbox, tables_as_odoo_ids
from rattail_odoo_pos.entities import Entity, bare_id_models
from rattail_odoo_pos.odoo import OdooClient


def run_import(conf_path) -> list[tuple[str, str, object]]:
    """An import run in this process; the (model, method, load) of each read it made."""
    config = make_config([str(conf_path)], usedb=False, versioning=False)
    handler = config.get_app().get_import_handler('to_rattail.from_odoo_pos.import',
                                                  require=True)
    reads = []
    real = OdooClient.execute_kw

    def recording(self, model, method, args=None, kwargs=None):
        if method in ('search_read', 'read'):
            reads.append((model, method, (kwargs or {}).get('load', 'classic')))
        return real(self, model, method, args, kwargs)
    OdooClient.execute_kw = recording
    try:
        handler.import_data(*handler.get_default_keys())
    finally:
        OdooClient.execute_kw = real
    return reads


def test_bare_ids_where_no_display_name_is_stored(rattail_config, sandbox):
    """The handler's client reads the models of entities with no ``m2o_name``
    column with ``load=None``: their many2one values come as the ids a read
    with display names gives first."""
    config = make_config([str(rattail_config.path)], usedb=False, versioning=False)
    handler = config.get_app().get_import_handler('to_rattail.from_odoo_pos.import',
                                                  require=True)
    handler.begin_host_transaction()
    client = handler.get_client('default')
    bare = bare_id_models()
    assert client.bare_many2one == bare
    # what the order lines and payments are read for needs no name; orders store
    # their currency's name, so they are read with display names
    assert {'pos.order.line', 'pos.payment'} <= bare and 'pos.order' not in bare
    fields = ['order_id', 'product_id', 'refunded_orderline_id']
    read = client.search_read('pos.order.line', [], fields, order='id', limit=200)
    named = sandbox.sandbox.search_read('pos.order.line', [], fields)[:200]
    assert len(read) == len(named) == 200
    for got, want in zip(read, named):
        assert got['id'] == want['id']
        for name in fields:
            value = got[name]
            assert value == (want[name] and want[name][0]), (name, got, want)
            assert value is False or type(value) is int, (name, got)
    # read by ids too (a record imported on demand)
    payment = sandbox.sandbox.search_read('pos.payment', [], ['pos_order_id'])[0]
    by_id = client.read('pos.payment', [payment['id']], ['pos_order_id'])
    assert by_id == [{'id': payment['id'], 'pos_order_id': payment['pos_order_id'][0]}]


def test_bare_and_named_reads_land_the_same_tables(
        tmp_path, postgres, rattail_template, rattail_config, sandbox, monkeypatch):
    """A first load with bare ids and one with every model read with display
    names leave the same tables, row for row, and both are the sandbox's to
    the cent; the first read order lines and payments with ``load=None`` only."""
    named_url = postgres.create_database(f'rattail_named_{os.getpid()}',
                                         template=rattail_template)
    try:
        bare_reads = run_import(rattail_config.path)
        named_env = make_rattail_env(tmp_path / 'named', named_url,
                                     {'default': sandbox.source_settings()})
        with monkeypatch.context() as patch:
            patch.setattr(Entity, 'display_names', property(lambda self: True))
            named_reads = run_import(named_env.path)

        bare = bare_id_models()
        assert all((load is None) == (model in bare) for model, _, load in bare_reads)
        assert {'pos.order.line', 'pos.payment'} <= {m for m, _, load in bare_reads
                                                     if load is None}
        assert all(load == 'classic' for _, _, load in named_reads)
        assert_equal_to_sandbox(rattail_config, sandbox.sandbox)
        assert_equal_to_sandbox(named_env, sandbox.sandbox)
        bare_tables, named_tables = (tables_as_odoo_ids(rattail_config.db_url),
                                     tables_as_odoo_ids(named_url))
        assert named_tables.keys() == bare_tables.keys()
        for table, found in named_tables.items():
            assert bare_tables[table] == found, table
        assert len(bare_tables['odoo_pos_order_line']) == len(sandbox.sandbox.ids('pos.order.line'))
    finally:
        postgres.drop_database(f'rattail_named_{os.getpid()}')


def test_a_server_that_refuses_load_is_read_with_names(rattail_config, sandbox, monkeypatch,
                                                        caplog):
    """A customised ``search_read`` that takes no ``load`` (Odoo answers with a
    TypeError): the model is read with display names from then on, said once,
    and the load lands the sandbox's data as any other."""
    from odoo_pos_sandbox.core import Env
    real = Env.search_read

    def refusing(self, model, domain=(), fields=None, offset=0, limit=None, order=None,
                 **kwargs):
        if model == 'pos.order.line' and 'load' in kwargs:
            raise TypeError("PosOrderLine.search_read() got an unexpected keyword argument "
                            "'load'")
        return real(self, model, domain, fields, offset, limit, order, **kwargs)
    monkeypatch.setattr(Env, 'search_read', refusing)

    with caplog.at_level('WARNING', logger='rattail_odoo_pos.odoo.client'):
        reads = run_import(rattail_config.path)
    said = [r.getMessage() for r in caplog.records if 'refused load=None' in r.getMessage()]
    assert said == ["Odoo source 'default': pos.order.line.search_read refused load=None (bare "
                    "many2one ids); pos.order.line is read with display names from now on"]
    lines = [load for model, method, load in reads
             if model == 'pos.order.line' and method == 'search_read']
    # refused: the reads already asked when the first answer came (the orders'
    # refund look-up, the two windows of ids in flight); every other read has names
    refused = lines.count(None)
    assert lines[0] is None and 1 <= refused <= 3, lines
    assert lines.count('classic') == len(lines) - refused > refused and lines[-1] == 'classic'
    # payments stay bare
    assert {load for model, _, load in reads if model == 'pos.payment'} == {None}
    assert_equal_to_sandbox(rattail_config, sandbox.sandbox)
