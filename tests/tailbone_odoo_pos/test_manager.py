# SPDX-License-Identifier: GPL-3.0-or-later
"""What a store manager sees, against the imported sandbox data: employees
with names, customers with ID, phone and email, products with their internal
reference and barcode, the order lines list, a session's orders and cash-up,
a store's sessions.  Pages are read as a person sees them: the text of the
rendered page (scripts and styles left out) or the JSON rows its grid shows.
"""

from __future__ import annotations

import collections
import decimal
import html.parser
import re

import pytest

from web_support import grid_data


class _Text(html.parser.HTMLParser):
    """Visible text of a page: text nodes outside script/style/template
    attributes, plus the labels Buefy shows from ``label="..."`` attributes."""
    SKIP = {'script', 'style', 'head'}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip += 1
        label = dict(attrs).get('label')
        if label and not self.skip:
            self.parts.append(label)

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.skip:
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip and data.strip():
            self.parts.append(data.strip())


def page_text(response) -> str:
    """The text a person reads on *response*'s page, whitespace collapsed."""
    parser = _Text()
    parser.feed(response.text)
    return ' '.join(' '.join(parser.parts).split())


def field_text(response, label: str) -> str:
    """Text shown for the form field labelled *label* on a view page."""
    parser = _Fields()
    parser.feed(response.text)
    assert label in parser.fields, f"no field {label!r} on the page ({sorted(parser.fields)})"
    return parser.fields[label]


class _Fields(html.parser.HTMLParser):
    """Text of each ``<b-field label=...>`` of a form (how Tailbone shows a
    read-only field)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.fields: dict[str, str] = {}
        self.stack: list[list] = []     # [label, depth, parts]
        self.depth = 0

    def handle_starttag(self, tag, attrs):
        self.depth += 1
        if tag == 'b-field' and dict(attrs).get('label'):
            self.stack.append([dict(attrs)['label'], self.depth, []])

    def handle_endtag(self, tag):
        if self.stack and tag == 'b-field' and self.stack[-1][1] == self.depth:
            label, _, parts = self.stack.pop()
            self.fields.setdefault(label, ' '.join(' '.join(parts).split()))
        self.depth -= 1

    def handle_data(self, data):
        for entry in self.stack:
            entry[2].append(data)


def grid_rows(client, url: str, **params) -> list[dict]:
    """Every row the grid of the list page at *url* shows (one big page)."""
    data = grid_data(client, url, pagesize=500, **params)
    return data['data']


# -- 1. employees ------------------------------------------------------------------

def test_employees_list_shows_first_and_last_names(viewer, db, db_config):
    model = db_config.get_app().model
    names = [e.name for e in db.query(model.OdooPosEmployee)]
    assert names, "the import made no employee"
    rows = grid_rows(viewer, '/employees/')
    shown = {(r['first_name'] or '', r['last_name'] or '') for r in rows}
    for name in names:
        words = name.split()
        expected = (' '.join(words[:-1]), words[-1]) if len(words) > 1 else (name, '')
        assert expected in shown, f"employee {name!r} is not listed as {expected}"
    assert all(first or last for first, last in shown), "a blank row in the employees list"
