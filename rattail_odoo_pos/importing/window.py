# SPDX-License-Identifier: GPL-3.0-or-later
"""Late commits found by counting, not by re-reading the look-back window.

Odoo stamps a record's ``write_date`` with the *start* of the transaction
that writes it, and other readers see the record only when that transaction
commits: a long transaction (a POS session closing, a big import) commits
rows older than rows already read.  A run reads what is newer than its cursor
(minus a few seconds of overlap, ``[odoo_pos] overlap_seconds``); the older
part of the look-back window (``lookback_minutes``) is checked here:

1. one ``read_group`` (``formatted_read_group`` on 19+) on Odoo per model: the window ``[cursor - lookback,
   cursor - overlap)`` grouped by ``write_date:hour`` (Odoo 17 has no finer
   granularity), with, per bucket, the count, ``max(id)``, ``sum(id)`` and
   ``max(write_date)``;
2. the same four figures of the local rows (``odoo_write_date`` in the same
   bucket, as Odoo's ``__range`` gives it), one small indexed query per bucket;
3. only a bucket whose figures differ is looked into: its ids and write dates
   (two fields, keyset-paged) are compared with the local ones, and only the
   records missing here or with another ``write_date`` are read in full.

A run with nothing to do costs one ``read_group`` call per model, whatever
was written in the window.

**What the figures catch.**  A late-committed create adds one to its bucket's
count.  An update that moves a record's ``write_date`` from bucket A into
bucket B changes both counts (B has one more than here).  A deletion in Odoo
changes its bucket's count too (the bucket is compared id by id at every
check while the deleted row is here: ids only, nothing is read in full; a
``--delete`` run removes it).  A deletion that empties its hour is not
seen at all: Odoo answers no group for an empty hour, and only Odoo's groups
are compared.  Nothing is lost by that, since a check acts on a deletion only
through a ``--delete`` run, which reads every id of the model.  ``sum(id)`` and ``max(id)`` catch a create and
a deletion in the same bucket (same count, other ids).  ``max(write_date)``
catches an update that stays in its bucket when its new ``write_date`` is the
bucket's newest.

**What they cannot catch** (the rule): a late-committed *update* of a record
already imported whose old and new ``write_date`` fall in the same hour
bucket, when the new one is not the newest of that bucket (every count, id sum
and id max is the same).  Such an update is found when the record changes
again, by ``--full``, or by the old re-read (``[odoo_pos] lookback_mode =
reread``), which reads the whole window on every run.
"""

from __future__ import annotations

import datetime
import logging
from typing import Any

import sqlalchemy as sa

from rattail_odoo_pos.odoo import format_odoo_datetime, parse_odoo_datetime

log = logging.getLogger(__name__)

#: the read_group aggregates compared per bucket (alias:function(field), Odoo 17)
AGGREGATES = ['id:max', 'id:sum', 'write_date:max']
GROUPBY = 'write_date:hour'


def _naive(value: Any) -> datetime.datetime | None:
    parsed = parse_odoo_datetime(value) if isinstance(value, str) else value
    return parsed.replace(tzinfo=None) if parsed else None


def remote_buckets(client, odoo_model: str, start: datetime.datetime, end: datetime.datetime,
                   domain: list) -> list[dict]:
    """Odoo's figures per hour bucket of ``start <= write_date < end``:
    ``{'from', 'to', 'count', 'id_max', 'id_sum', 'write_max'}`` (UTC, naive)."""
    window = [('write_date', '>=', format_odoo_datetime(start)),
              ('write_date', '<', format_odoo_datetime(end)), *domain]
    groups = client.aggregate(odoo_model, window, AGGREGATES, [GROUPBY], context={'tz': 'UTC'})
    out = []
    for group in groups or []:
        bounds = (group.get('__range') or {}).get(GROUPBY)
        if bounds:
            lo, hi = _naive(bounds['from']), _naive(bounds['to'])
        else:                                   # no __range: the bucket's domain leaves
            leaves = [x for x in group.get('__domain') or []
                      if isinstance(x, (list, tuple)) and x[0] == 'write_date']
            lo = _naive(next(x[2] for x in leaves if x[1] == '>='))
            hi = _naive(next(x[2] for x in leaves if x[1] == '<'))
        out.append({'from': max(lo, start), 'to': min(hi, end),
                    'count': group.get('__count', 0), 'id_max': group.get('id:max') or 0,
                    'id_sum': int(group.get('id:sum') or 0),
                    'write_max': _naive(group.get('write_date:max') or None)})
    return out


def local_figures(session, cls, source: str, lo: datetime.datetime,
                  hi: datetime.datetime) -> tuple:
    """(count, max id, sum id, max write_date) of the local rows of *source* in [lo, hi)."""
    row = session.query(sa.func.count(cls.odoo_id), sa.func.max(cls.odoo_id),
                        sa.func.sum(cls.odoo_id), sa.func.max(cls.odoo_write_date)).filter(
        cls.source == source, cls.odoo_write_date >= lo, cls.odoo_write_date < hi).one()
    return (row[0] or 0, row[1] or 0, int(row[2] or 0), row[3])


def differing_buckets(session, cls, client, odoo_model: str, source: str,
                      start: datetime.datetime, end: datetime.datetime,
                      domain: list) -> list[tuple[datetime.datetime, datetime.datetime]]:
    """The [from, to) buckets of the window whose Odoo figures differ from the local ones."""
    differ = []
    for bucket in remote_buckets(client, odoo_model, start, end, domain):
        remote = (bucket['count'], bucket['id_max'], bucket['id_sum'], bucket['write_max'])
        local = local_figures(session, cls, source, bucket['from'], bucket['to'])
        if remote != local:
            log.debug("%s of source '%s': bucket %s differs: Odoo %s, here %s", odoo_model,
                      source, bucket['from'], remote, local)
            differ.append((bucket['from'], bucket['to']))
    return differ


def stale_ids(session, cls, client, odoo_model: str, source: str,
              lo: datetime.datetime, hi: datetime.datetime, domain: list,
              batch_size: int = 20000) -> list[int]:
    """Ids of the bucket [lo, hi) that are missing here or carry another
    ``write_date`` here (ids and write dates only are read, keyset-paged)."""
    window = [('write_date', '>=', format_odoo_datetime(lo)),
              ('write_date', '<', format_odoo_datetime(hi)), *domain]
    stale = []
    for rows in client.iter_batches(odoo_model, ['write_date'], window, batch_size=batch_size):
        ids = [r['id'] for r in rows]
        here = dict(session.query(cls.odoo_id, cls.odoo_write_date).filter(
            cls.source == source, cls.odoo_id.in_(ids)))
        stale.extend(r['id'] for r in rows if here.get(r['id']) != _naive(r['write_date']))
    return stale
