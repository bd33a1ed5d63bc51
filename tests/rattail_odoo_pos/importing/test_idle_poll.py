# SPDX-License-Identifier: GPL-3.0-or-later
"""An idle poll costs one small call per model (plus the login): the version
and field plan are kept between runs (importing/sourcestate.py), the
look-back window is checked on a period, the look-ups of the order and store
importers happen only for rows that changed.  Calls are counted by the
sandbox (per endpoint, and per model and method)."""

from __future__ import annotations

import json

from odoo_pos_dev.testing import assert_equal_to_sandbox, rattail, scalar

from rattail_odoo_pos.entities import ENTITIES

STATE = "SELECT value FROM setting WHERE name = 'rattail_odoo_pos.source_state.default'"


def reset(sb) -> None:
    sb.endpoint_calls.clear()
    sb.calls.clear()


def model_calls(sb) -> list[tuple[str, str]]:
    """(model, method) of every model call since :func:`reset` (not the login)."""
    return [(model, method) for _n, _service, model, method in sb.calls if model]


def set_setting(env, line: str) -> None:
    text = env.path.read_text()
    env.path.write_text(text.replace('[odoo_pos]\n', f'[odoo_pos]\n{line}\n', 1))


def test_an_idle_run_costs_one_call_per_model_and_the_login(rattail_config, sandbox):
    env, sb = rattail_config, sandbox.sandbox
    rattail(env, '--no-versioning', 'import-odoo-pos')
    # the first incremental run checks every look-back window (never checked yet)
    reset(sb)
    rattail(env, '--no-versioning', 'import-odoo-pos')
    checked = model_calls(sb)
    assert sum(1 for _m, method in checked if method == 'read_group') >= 10
    assert not any(method == 'fields_get' for _m, method in checked)   # the plan was kept
    assert '/web/webclient/version_info' not in sb.endpoint_calls

    # the next one, within window_check_seconds (900 by default), reads what changed only
    reset(sb)
    rattail(env, '--no-versioning', 'import-odoo-pos')
    calls = model_calls(sb)
    assert dict(sb.endpoint_calls) == {'/web/session/authenticate': 1,
                                       '/web/dataset/call_kw': len(calls)}
    assert all(method == 'search_read' for _m, method in calls), calls
    # one per model the importers read (each entity reads its own model)
    read = [model for model, _method in calls]
    assert len(read) == len(set(read))
    assert set(read) == {e.odoo_model for e in ENTITIES.values()}

    # new rows still arrive, with their look-ups (refunds, stores), and land as Odoo has them
    sb.clock.advance(30)
    order = sb.search_read('pos.order', [('state', 'in', ['paid', 'done'])], ['id'],
                           order='id desc')[0]['id']
    refund = sb.refund(order)
    reset(sb)
    rattail(env, '--no-versioning', 'import-odoo-pos')
    # the new lines, and the order importer's refund look-up
    assert model_calls(sb).count(('pos.order.line', 'search_read')) == 2
    assert scalar(env, "SELECT is_refund FROM odoo_pos_order WHERE odoo_id = :i",
                  i=refund) is True
    assert_equal_to_sandbox(env, sb)

    # window_check_seconds = 0: every run checks the window again
    set_setting(env, 'window_check_seconds = 0')
    reset(sb)
    rattail(env, '--no-versioning', 'import-odoo-pos')
    assert sum(1 for _m, method in model_calls(sb) if method == 'read_group') >= 10


def test_a_changed_version_or_an_old_plan_is_asked_again(rattail_config, sandbox):
    env, sb = rattail_config, sandbox.sandbox
    rattail(env, '--no-versioning', 'import-odoo-pos')
    kept = json.loads(scalar(env, STATE))
    assert kept['version'] == '17.0' and 'pos.order' in kept['fields']

    # the server now says another version at login: the plan is made again
    sb.odoo_version = 18
    reset(sb)
    rattail(env, '--no-versioning', 'import-odoo-pos')
    asked = [m for m, method in model_calls(sb) if method == 'fields_get']
    assert 'pos.order' in asked
    assert '/web/webclient/version_info' not in sb.endpoint_calls   # the login said it
    assert json.loads(scalar(env, STATE))['version'].startswith('18.0')

    # kept and young: not asked
    reset(sb)
    rattail(env, '--no-versioning', 'import-odoo-pos')
    assert not [m for m, method in model_calls(sb) if method == 'fields_get']

    # older than plan_cache_hours: asked again
    state = json.loads(scalar(env, STATE))
    state['planned_at'] = '2000-01-01T00:00:00'
    scalar(env, "UPDATE setting SET value = :v WHERE name = "
                "'rattail_odoo_pos.source_state.default' RETURNING 1", v=json.dumps(state))
    reset(sb)
    rattail(env, '--no-versioning', 'import-odoo-pos')
    assert 'pos.order' in [m for m, method in model_calls(sb) if method == 'fields_get']
    assert json.loads(scalar(env, STATE))['planned_at'] > '2000-01-01T00:00:00'

    # --refresh-plan: asked again too
    reset(sb)
    rattail(env, '--no-versioning', 'import-odoo-pos', '--refresh-plan')
    assert 'pos.order' in [m for m, method in model_calls(sb) if method == 'fields_get']


def test_a_field_gone_since_the_plan_was_kept_is_named(rattail_config, sandbox, monkeypatch):
    """A field the kept plan has and the server no longer has (a module
    uninstalled, a customisation removed) gives the one-line error naming it,
    and the next run asks the server's fields again."""
    env, sb = rattail_config, sandbox.sandbox
    rattail(env, '--no-versioning', 'import-odoo-pos')
    from odoo_pos_sandbox.core import registry
    monkeypatch.delitem(registry()['pos.order'].fields, 'pos_reference')   # gone from the server
    result = rattail(env, '--no-versioning', 'import-odoo-pos', check=False)
    assert result.returncode == 1
    assert ("pos.order has no field 'pos_reference', which this package reads on Odoo 17"
            in result.stderr)
    assert 'Traceback' not in result.stderr
    # the kept fields of pos.order were dropped: the next run asks them again
    assert 'pos_reference' not in json.loads(scalar(env, STATE))['fields'].get('pos.order', {})


def test_a_second_write_in_the_same_second_is_not_dropped_as_unchanged(rattail_config, sandbox):
    """Odoo gives ``write_date`` to the second: a record written again in the
    second of the write already stored here (a separate transaction, after our
    read) carries the same ``write_date``.  Rows that recent are diffed, not
    dropped as unchanged; only rows a good run read well after their second
    are (the idle poll above)."""
    import datetime
    from decimal import Decimal
    env, sb = rattail_config, sandbox.sandbox
    rattail(env, '--no-versioning', 'import-odoo-pos')
    line = sb.search_read('pos.order.line', [], ['qty'], order='id')[0]
    # a second that is recent for the next two runs, whatever their start-up costs
    second = (sb.clock.now() + datetime.timedelta(seconds=120)).replace(microsecond=0)
    sb.write('pos.order.line', [line['id']], {'qty': line['qty'] + 5}, at=second)
    rattail(env, '--no-versioning', 'import-odoo-pos')
    qty = "SELECT qty FROM odoo_pos_order_line WHERE odoo_id = :i"
    assert scalar(env, qty, i=line['id']) == Decimal(str(line['qty'] + 5)).quantize(
        Decimal('0.001'))
    sb.write('pos.order.line', [line['id']], {'qty': line['qty'] + 7}, at=second)
    assert sb.search_read('pos.order.line', [('id', '=', line['id'])],
                          ['write_date'])[0]['write_date'] == second.strftime('%Y-%m-%d %H:%M:%S')
    rattail(env, '--no-versioning', 'import-odoo-pos')
    assert scalar(env, qty, i=line['id']) == Decimal(str(line['qty'] + 7)).quantize(
        Decimal('0.001'))
    assert_equal_to_sandbox(env, sb)
