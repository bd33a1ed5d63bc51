# SPDX-License-Identifier: GPL-3.0-or-later
"""Charts drawn on the server as inline SVG (no JavaScript library, no CDN).

Used by the sales dashboard: one bar per store and business day, grouped by day.
"""

from __future__ import annotations

import datetime
import decimal
from typing import Callable, Mapping, Sequence

from markupsafe import Markup, escape

#: bar colours, one per store (cycled)
PALETTE = ('#3273dc', '#48c774', '#ffdd57', '#f14668', '#9b59b6', '#00d1b2',
           '#ff7f0e', '#7f8c8d')


def nice_ceiling(value: float) -> float:
    """Smallest 1/2/5 x 10^n not below *value* (the top of the y axis)."""
    if value <= 0:
        return 1.0
    magnitude = 10 ** (len(str(int(value))) - 1)
    for step in (1, 2, 2.5, 5, 10):
        if value <= step * magnitude:
            return step * magnitude
    return 10.0 * magnitude


def grouped_bar_chart(days: Sequence[datetime.date], series: Sequence[str],
                      values: Mapping[tuple[str, datetime.date], decimal.Decimal | float],
                      *, title: str = '', width: int = 900, height: int = 320,
                      money: Callable[[float], str] | None = None,
                      links: Mapping[tuple[str, datetime.date], str] | None = None) -> Markup:
    """SVG markup of a bar chart: one group per day, one bar per series.

    *values* maps ``(series name, day)`` to a number; a missing pair is 0.
    Every bar carries ``data-series``, ``data-day`` and ``data-value`` so a
    test (or a script) can read what was drawn, and a tooltip (its
    ``<title>``): series, day and value.  *money* formats the y axis labels
    and the tooltips' values (``$1,250.00``); *links* maps ``(series, day)``
    to a URL the bar opens.
    """
    fmt = money or (lambda v: f'{v:,.2f}')
    axis = money or (lambda v: f'{v:,g}')
    links = links or {}
    left, right, top, bottom = 80, 10, 30, 60
    plot_w, plot_h = width - left - right, height - top - bottom
    peak = max((float(v) for v in values.values()), default=0.0)
    ymax = nice_ceiling(peak)
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" class="odoo-pos-chart" role="img" '
           f'width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
           f'data-days="{len(days)}" data-series="{len(series)}">']
    if title:
        out.append(f'<title>{escape(title)}</title>')
    # y grid and labels
    for i in range(5):
        y = top + plot_h - plot_h * i / 4
        label = escape(axis(ymax * i / 4))
        out.append(f'<line x1="{left}" y1="{y:.1f}" x2="{left + plot_w}" y2="{y:.1f}" '
                   f'stroke="#dddddd" stroke-width="1"/>')
        out.append(f'<text x="{left - 6}" y="{y + 4:.1f}" font-size="11" '
                   f'text-anchor="end">{label}</text>')
    if days and series:
        group_w = plot_w / len(days)
        bar_w = max(1.0, group_w * 0.8 / len(series))
        for d, day in enumerate(days):
            x0 = left + d * group_w + group_w * 0.1
            for s, name in enumerate(series):
                value = float(values.get((name, day), 0) or 0)
                h = plot_h * value / ymax
                x = x0 + s * bar_w
                y = top + plot_h - h
                bar = (f'<rect class="bar" x="{x:.1f}" y="{y:.1f}" width="{bar_w:.1f}" '
                       f'height="{h:.1f}" fill="{PALETTE[s % len(PALETTE)]}" '
                       f'data-series="{escape(name)}" data-day="{day.isoformat()}" '
                       f'data-value="{value:.2f}">'
                       f'<title>{escape(name)} {day.isoformat()}: {escape(fmt(value))}</title>'
                       f'</rect>')
                url = links.get((name, day))
                if url and value:
                    bar = f'<a href="{escape(url)}">{bar}</a>'
                out.append(bar)
            out.append(f'<text x="{left + d * group_w + group_w / 2:.1f}" '
                       f'y="{top + plot_h + 16}" font-size="11" text-anchor="middle">'
                       f'{day.strftime("%m-%d")}</text>')
    # axes
    out.append(f'<line x1="{left}" y1="{top}" x2="{left}" y2="{top + plot_h}" stroke="#333"/>')
    out.append(f'<line x1="{left}" y1="{top + plot_h}" x2="{left + plot_w}" '
               f'y2="{top + plot_h}" stroke="#333"/>')
    # legend
    x = left
    for s, name in enumerate(series):
        out.append(f'<rect class="legend" x="{x}" y="{height - 22}" width="12" height="12" '
                   f'fill="{PALETTE[s % len(PALETTE)]}"/>')
        out.append(f'<text x="{x + 16}" y="{height - 12}" font-size="12">{escape(name)}</text>')
        x += 24 + 8 * len(name)
    if not days or not series:
        out.append(f'<text class="empty" x="{left + plot_w / 2}" y="{top + plot_h / 2}" '
                   f'text-anchor="middle" font-size="14">no sales in this range</text>')
    out.append('</svg>')
    return Markup(''.join(out))
