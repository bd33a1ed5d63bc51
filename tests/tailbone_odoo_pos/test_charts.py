# SPDX-License-Identifier: GPL-3.0-or-later
"""The dashboard's SVG chart: one bar per series and day, heights to scale."""

import datetime
import re

from tailbone_odoo_pos.charts import grouped_bar_chart, nice_ceiling


def bars(svg):
    return re.findall(r'<rect class="bar" x="[^"]+" y="[^"]+" width="[^"]+" '
                      r'height="([^"]+)"[^>]*data-series="([^"]*)" data-day="([^"]+)" '
                      r'data-value="([^"]+)"', svg)


def test_one_bar_per_series_and_day_scaled_to_the_axis():
    days = [datetime.date(2024, 5, 1), datetime.date(2024, 5, 2)]
    svg = grouped_bar_chart(days, ['A & B', 'C'], {('A & B', days[0]): 100, ('C', days[1]): 50},
                            height=320)
    drawn = bars(str(svg))
    assert len(drawn) == 4
    heights = {(s, d): float(h) for h, s, d, _ in drawn}
    assert heights[('A &amp; B', '2024-05-01')] == 230.0      # full plot height: 100 of 100
    assert heights[('C', '2024-05-02')] == 115.0
    assert heights[('C', '2024-05-01')] == 0.0
    assert '<script' not in svg


def test_empty_range_says_so():
    assert 'no sales in this range' in grouped_bar_chart([], [], {})


def test_axis_top_is_a_round_number():
    assert [nice_ceiling(v) for v in (0, 7, 12, 99, 101, 2400)] == [1, 10, 20, 100, 200, 2500]
