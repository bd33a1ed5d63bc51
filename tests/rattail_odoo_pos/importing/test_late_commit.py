# SPDX-License-Identifier: GPL-3.0-or-later
"""Late commits are found by counting, not by re-reading the look-back window.

The sandbox's long transaction (``Sandbox.transaction``) commits an order whose
rows carry a ``write_date`` half an hour older than the import cursor, while
the look-back window holds every order line of the database (all rewritten an
hour and a half before).  What the sandbox answers is observed on the served
sandbox itself (its ``execute``, which the HTTP server calls for every RPC):
which model, which method, which fields, which rows."""

from __future__ import annotations

import datetime

from odoo_pos_dev.testing import assert_equal_to_sandbox, local_ids, rattail, scalar

OVERLAP = datetime.timedelta(seconds=5)          # [odoo_pos] overlap_seconds default


class Observed:
    """Every call the served sandbox answers: (model, method, fields, rows)
    where rows are the (id, write_date) of the records it returned."""

    def __init__(self, sb):
        self.calls: list[tuple[str, str, list | None, list[tuple[int, str | None]]]] = []
        real = sb.execute

        def execute(uid, model, method, args=None, kwargs=None):
            result = real(uid, model, method, args, kwargs)
            rows = [(r['id'], r.get('write_date')) for r in result
                    if isinstance(r, dict) and 'id' in r] if isinstance(result, list) else []
            self.calls.append((model, method, (kwargs or {}).get('fields'), rows))
            return result

        sb.execute = execute

    def clear(self) -> None:
        self.calls.clear()

    def rows(self, model: str, *, full: bool | None = None) -> list[tuple[int, str | None]]:
        """Rows of *model* returned by read/search_read (full: more than write_date asked)."""
        return [row for m, method, fields, rows in self.calls
                if m == model and method in ('read', 'search_read')
                and (full is None or full == (fields != ['write_date']))
                for row in rows]

    def methods(self, model: str) -> list[str]:
        return [method for m, method, _f, _r in self.calls if m == model]


def stamp(value: datetime.datetime) -> str:
    return value.strftime('%Y-%m-%d %H:%M:%S')


def test_a_late_commit_is_found_by_counting_without_rereading_the_window(rattail_config,
                                                                          sandbox):
    env, sb = rattail_config, sandbox.sandbox
    # every run checks the window here (cron runs check it every window_check_seconds:
    # test_idle_poll.py)
    env.path.write_text(env.path.read_text().replace(
        '[odoo_pos]\n', '[odoo_pos]\nwindow_check_seconds = 0\n', 1))
    sb.clock.advance(3 * 24 * 3600)              # what was generated is older than the window
    now = sb.now()
    # the look-back window full: every order line written 100 minutes ago
    window_lines = sb.ids('pos.order.line')
    sb.write('pos.order.line', window_lines, {'notice': 'recounted'},
             at=now - datetime.timedelta(minutes=100))
    config_id = sb.search_read('pos.config', [], ['id'])[0]['id']
    products = [p['id'] for p in sb.search_read('product.product',
                                                [('available_in_pos', '=', True)], ['id'])[:2]]
    session = sb.open_session(config_id)
    sb.new_order(session, [(products[0], 1)])    # the newest write: the cursors land here
    rattail(env.path, '--no-versioning', 'import-odoo-pos')
    cursor = scalar(env, "SELECT value FROM odoo_pos_cursor WHERE odoo_model = 'pos.order.line'")
    assert len(window_lines) > 50

    # a long transaction started 30 minutes before the cursor commits now
    with sb.transaction(at=cursor - datetime.timedelta(minutes=30)) as tx:
        late = sb.new_order(session, [(products[0], 2), (products[1], 1)], env=tx)
    late_lines = sb.ids('pos.order.line', [('order_id', '=', late)])
    late_payments = sb.ids('pos.payment', [('pos_order_id', '=', late)])
    assert sb.search_read('pos.order.line', [('id', 'in', late_lines)],
                          ['write_date'])[0]['write_date'] < stamp(cursor - OVERLAP)
    assert late not in local_ids(env, 'odoo_pos_order')

    seen = Observed(sb)
    rattail(env.path, '--no-versioning', 'import-odoo-pos')
    assert late in local_ids(env, 'odoo_pos_order')
    assert_equal_to_sandbox(env, sb)             # lines and payments too, sums equal
    # found by comparing counts ...
    for model in ('pos.order', 'pos.order.line', 'pos.payment'):
        assert 'read_group' in seen.methods(model), model
    # ... and only the late records read in full: besides the few seconds of
    # overlap at the cursor, no row of the window (the 100-minute-old lines)
    overlap = stamp(cursor - OVERLAP)
    full = {i for i, wd in seen.rows('pos.order.line', full=True) if wd < overlap}
    assert full == set(late_lines)
    assert {i for i, wd in seen.rows('pos.payment', full=True) if wd < overlap} \
        == set(late_payments)
    assert not {i for i, _wd in seen.rows('pos.order.line')} & set(window_lines)

    # a run with nothing to do reads no row of the window at all
    seen.clear()
    rattail(env.path, '--no-versioning', 'import-odoo-pos')
    for model in ('pos.session', 'pos.order', 'pos.order.line', 'pos.payment'):
        cursor = scalar(env, "SELECT value FROM odoo_pos_cursor WHERE odoo_model = :m", m=model)
        old = [row for row in seen.rows(model) if row[1] < stamp(cursor - OVERLAP)]
        assert old == [], (model, old[:5])
        assert seen.methods(model).count('read_group') == 1, model
    assert_equal_to_sandbox(env, sb)

    # the old path (lookback_mode = reread), same data: the whole window is read again
    reread = env.path.with_name('reread.conf')
    reread.write_text(env.path.read_text().replace('[odoo_pos]\n',
                                                   '[odoo_pos]\nlookback_mode = reread\n', 1))
    seen.clear()
    rattail(reread, '--no-versioning', 'import-odoo-pos')
    assert set(window_lines) <= {i for i, _wd in seen.rows('pos.order.line', full=True)}
    assert 'read_group' not in seen.methods('pos.order.line')
