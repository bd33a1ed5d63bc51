# SPDX-License-Identifier: GPL-3.0-or-later
"""Grouped figures (``OdooClient.aggregate``): the legacy ``read_group`` up to
18, ``formatted_read_group`` from 19 (where ``read_group`` is deprecated and
logs a warning in the shop's log), the same figures either way."""

from __future__ import annotations

from collections import defaultdict

import pytest

from rattail_odoo_pos.odoo import OdooClient, OdooRPCError, OdooSource


def client_for(served) -> OdooClient:
    return OdooClient(OdooSource(key='shop', url=served.url, database='pos17', login='admin',
                                 secret='admin', timeout=10, retries=1, backoff=0.01)).connect()


def methods(served) -> set[str]:
    return {method for _, _, model, method in served.sandbox.calls if model}


def figures(client) -> dict:
    by_session = client.aggregate('pos.order', [('state', '!=', 'draft')],
                                  ['amount_total:sum'], ['session_id'])
    by_hour = client.aggregate('pos.order.line', [], ['id:max', 'id:sum', 'write_date:max'],
                               ['write_date:hour'], context={'tz': 'UTC'})
    total = client.aggregate('pos.payment', [], ['amount:sum'])
    return {
        'session': sorted((g['session_id'][0], g['__count'], round(g['amount_total:sum'], 2))
                          for g in by_session),
        'hour': sorted((g['__range']['write_date:hour']['from'],
                        g['__range']['write_date:hour']['to'], g['__count'], g['id:max'],
                        g['id:sum'], g['write_date:max']) for g in by_hour),
        'total': [(g['__count'], round(g['amount:sum'], 2)) for g in total],
    }


def truth(sb) -> dict:
    """The same figures computed from the sandbox's rows."""
    session = defaultdict(lambda: [0, 0.0])
    for order in sb.search_read('pos.order', [('state', '!=', 'draft')],
                                ['session_id', 'amount_total']):
        session[order['session_id'][0]][0] += 1
        session[order['session_id'][0]][1] += order['amount_total']
    lines = sb.search_read('pos.order.line', [], ['write_date'])
    payments = sb.search_read('pos.payment', [], ['amount'])
    return {'session': sorted((k, n, round(v, 2)) for k, (n, v) in session.items()),
            'lines': (len(lines), sum(line['id'] for line in lines)),
            'total': [(len(payments), round(sum(p['amount'] for p in payments), 2))]}


@pytest.mark.parametrize('major', [17, 19])
def test_aggregate_gives_the_sandboxs_figures_through_each_versions_method(major,
                                                                           sandbox_version):
    served = sandbox_version(major)
    got = figures(client_for(served))
    want = truth(served.sandbox)
    assert got['session'] == want['session'] and got['total'] == want['total']
    assert (sum(h[2] for h in got['hour']), sum(h[4] for h in got['hour'])) == want['lines']
    # each hour bucket is one hour and holds its own maximum write date
    for lo, hi, _, _, _, newest in got['hour']:
        assert lo <= newest < hi
    used = methods(served)
    if major >= 19:
        assert 'formatted_read_group' in used and 'read_group' not in used
    else:
        assert 'read_group' in used and 'formatted_read_group' not in used


def test_17_and_19_agree_on_the_same_data(sandbox_version):
    assert figures(client_for(sandbox_version(17))) == figures(client_for(sandbox_version(19)))


def test_formatted_read_group_answers_as_recorded_on_19_and_does_not_exist_on_17(
        sandbox_version):
    """The shape of recording odoo19/http/322: ``field:agg`` keys, ``__count``
    when asked, ``__extra_domain`` with the group's part only."""
    args = [[['state', '!=', 'draft']], ['session_id'], ['amount_total:sum', '__count']]
    groups = client_for(sandbox_version(19)).execute_kw(
        'pos.order', 'formatted_read_group', args, {'order': 'session_id'})
    assert groups
    for group in groups:
        assert set(group) == {'session_id', '__extra_domain', 'amount_total:sum', '__count'}
        assert group['__extra_domain'] == [['session_id', '=', group['session_id'][0]]]
    with pytest.raises(OdooRPCError) as info:
        client_for(sandbox_version(17)).execute_kw('pos.order', 'formatted_read_group', args)
    assert "does not exist" in str(info.value)
