# SPDX-License-Identifier: GPL-3.0-or-later
"""The docs (docs/, a Sphinx project) build warning-free, as CI builds them,
and the generated reference of synced Odoo models shows every entity of the
table, with its fields and references, read from the built HTML."""

from __future__ import annotations

import subprocess
import sys
from collections import OrderedDict
from html.parser import HTMLParser
from pathlib import Path

import pytest

pytest.importorskip('sphinx', reason="sphinx is not installed (pip install -e '.[docs]')")
pytest.importorskip('myst_parser', reason="myst-parser is not installed (pip install -e '.[docs]')")

from rattail_odoo_pos.entities import ENTITIES  # noqa: E402

DOCS = Path(__file__).resolve().parent.parent / 'docs'


def sphinx_build(out: Path, *args: str, python: str | None = None) -> subprocess.CompletedProcess:
    cmd = [sys.executable] + (['-c', python] if python else ['-m', 'sphinx'])
    cmd += ['-b', 'html', *args, str(DOCS), str(out)]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=600)


@pytest.fixture(scope='module')
def built(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp('docs-html')
    # -E: read every page afresh (no environment pickled by an earlier build)
    result = sphinx_build(out, '-W', '-E', '-d', str(out / '.doctrees'))
    assert result.returncode == 0, f"sphinx-build -W failed:\n{result.stdout}\n{result.stderr}"
    return out


def class_name(entity) -> str:
    return getattr(entity, 'class_name', None) or entity.model


class Page(HTMLParser):
    """The text of a built page, cut into its sections: each with its ids, its
    heading, its field list (name -> value) and its tables (rows of cells)."""

    def __init__(self, path: Path):
        super().__init__()
        self.sections: list[dict] = []
        self._stack: list[dict] = []
        self._text: list[str] | None = None
        self._dt: str | None = None
        self.text_parts: list[str] = []
        self.feed(path.read_text(encoding='utf-8'))
        self.text = ' '.join(' '.join(self.text_parts).split())

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == 'section':
            section = {'ids': [attrs.get('id')], 'heading': None, 'fields': {}, 'tables': []}
            self._stack.append(section)
            self.sections.append(section)
        elif tag == 'span' and attrs.get('id') and self._stack:
            self._stack[-1]['ids'].append(attrs['id'])        # a label's target
        elif not self._stack:
            return
        elif tag in ('h1', 'h2', 'h3', 'dt', 'dd', 'td', 'th'):
            self._text = []
        elif tag == 'table':
            self._stack[-1]['tables'].append([])
        elif tag == 'tr':
            self._stack[-1]['tables'][-1].append([])

    def handle_endtag(self, tag):
        if tag == 'section':
            self._stack.pop()
            return
        if self._text is None or not self._stack:
            return
        text = ' '.join(''.join(self._text).replace('¶', '').split())
        section = self._stack[-1]
        if tag in ('h1', 'h2', 'h3'):
            section['heading'] = text
        elif tag == 'dt':
            self._dt = text.rstrip(':')
        elif tag == 'dd':
            section['fields'][self._dt] = text
        elif tag in ('td', 'th'):
            section['tables'][-1][-1].append(text)
        else:
            return
        self._text = None

    def handle_data(self, data):
        self.text_parts.append(data)
        if self._text is not None:
            self._text.append(data)

    def section(self, id_: str) -> dict:
        found = [s for s in self.sections if id_ in s['ids']]
        assert len(found) == 1, f"no single section {id_!r} among {[s['ids'] for s in self.sections]}"
        return found[0]


def test_docs_build_without_warnings(built):
    for page in ('index', 'quickstart', 'theo', 'datasync', 'trust', 'reconcile', 'configuration',
                 'client', 'sandbox', 'web', 'benchmarks', 'models', 'api/index',
                 'api/rattail_odoo_pos', 'api/tailbone_odoo_pos'):
        assert (built / f'{page}.html').is_file(), page


def test_model_reference_summary_lists_every_entity_in_import_order(built):
    page = Page(built / 'models.html')
    top = page.sections[0]
    assert top['heading'] == 'Synced Odoo models and fields'
    [summary] = top['tables']
    assert summary[0] == ['key', 'Odoo model', 'local class', 'native Rattail class', 'title']
    assert summary[1:] == [[e.key, e.odoo_model, class_name(e), e.native or '—', e.title or '—']
                           for e in ENTITIES.values()]


@pytest.mark.parametrize('key', list(ENTITIES))
def test_model_reference_shows_each_entitys_fields_and_references(built, key):
    entity = ENTITIES[key]
    page = Page(built / 'models.html')
    section = page.section(f'odoo-pos-model-{key}'.replace('_', '-'))
    assert entity.odoo_model in section['heading']
    assert section['fields']['key'] == entity.key
    assert section['fields']['Odoo model'] == entity.odoo_model
    assert section['fields']['local class'] == class_name(entity)
    assert section['fields']['native Rattail class'] == (entity.native or 'none')

    tables = {tuple(t[0]): t[1:] for t in section['tables']}
    fields = dict(entity.fields)
    refs = dict(entity.refs)
    assert tables.get(('local column', 'Odoo field', 'conversion'), []) == [
        [col, odoo, kind] for col, (odoo, kind) in fields.items()]
    assert tables.get(('local column', 'Odoo field', 'entity'), []) == [
        [col, odoo, f'{target} ({ENTITIES[target].odoo_model})']
        for col, (odoo, target) in refs.items()]
    assert len(tables) == bool(fields) + bool(refs)


def test_model_reference_is_generated_from_the_table_at_build_time(tmp_path):
    """Built with a copy of the table less its last entity, the page no longer
    shows that entity: the page is the table, not a copy of it."""
    dropped = list(ENTITIES.values())[-1]
    python = (
        "import sys\n"
        "from collections import OrderedDict\n"
        "from rattail_odoo_pos import entities\n"
        "entities.ENTITIES = OrderedDict(list(entities.ENTITIES.items())[:-1])\n"
        "from sphinx.cmd.build import main\n"
        "sys.exit(main(sys.argv[1:]))\n")
    result = sphinx_build(tmp_path, '-E', '-d', str(tmp_path / '.doctrees'), '-D',
                          'exclude_patterns=_build,_ext,api', python=python)
    assert result.returncode == 0, result.stderr
    page = Page(tmp_path / 'models.html')
    [summary] = page.sections[0]['tables']
    assert [row[1] for row in summary[1:]] == [e.odoo_model for e in ENTITIES.values()][:-1]
    assert dropped.odoo_model not in page.text
    assert not [s for s in page.sections
                if f'odoo-pos-model-{dropped.key}'.replace('_', '-') in s['ids']]


def test_api_reference_documents_every_product_module(built):
    sys.path.insert(0, str(DOCS / '_ext'))
    try:
        from odoo_pos_docs import api_modules
    finally:
        sys.path.remove(str(DOCS / '_ext'))
    for package in ('rattail_odoo_pos', 'tailbone_odoo_pos'):
        modules = api_modules(package)
        assert 'rattail_odoo_pos.entities' in modules or package == 'tailbone_odoo_pos'
        assert not [m for m in modules if '.alembic' in m]
        page = Page(built / 'api' / f'{package}.html')
        headings = [s['heading'] for s in page.sections[1:]]
        assert headings == modules
    # the docstrings made it through: the entity table's module docstring
    from rattail_odoo_pos import entities
    first_words = ' '.join(entities.__doc__.replace('`', '').split()[:6])
    assert first_words in Page(built / 'api' / 'rattail_odoo_pos.html').text


def test_pages_link_to_each_other(built):
    index = (built / 'index.html').read_text(encoding='utf-8')
    for target in ('quickstart.html', 'trust.html', 'models.html', 'api/index.html'):
        assert f'href="{target}"' in index, target
    # the README, included as the quickstart, links to the pages, not to docs/*.md
    quickstart = (built / 'quickstart.html').read_text(encoding='utf-8')
    assert 'href="trust.html"' in quickstart
    assert '.md"' not in quickstart
