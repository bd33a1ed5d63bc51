# SPDX-License-Identifier: GPL-3.0-or-later
"""Sphinx extension: pages generated from the code at build time, so they
can never drift from it.

``.. odoo-pos-models::``
    every entity of :data:`rattail_odoo_pos.entities.ENTITIES`: its key, Odoo
    model, local class, native Rattail class, title, and a table of its
    fields (local column, Odoo field, conversion) and references (local
    column, Odoo field, entity).

``.. odoo-pos-api:: PACKAGE``
    one section per module of PACKAGE (found by walking the package, the
    Alembic migrations and private modules left out), each an ``automodule``.

Both directives generate reStructuredText and parse it in place; use them in
``.rst`` pages.
"""

from __future__ import annotations

import importlib
import pkgutil

from docutils import nodes
from docutils.statemachine import StringList
from sphinx.util.docutils import SphinxDirective
from sphinx.util.nodes import nested_parse_with_titles

_RST_SPECIAL = '\\`*_|[]<>:'


def esc(text: object) -> str:
    """``text`` as literal reStructuredText text (markup characters escaped)."""
    return ''.join('\\' + c if c in _RST_SPECIAL else c for c in str(text))


def lit(text: object) -> str:
    """``text`` as an inline literal."""
    text = str(text)
    if '`' in text or not text.strip():
        return esc(text)
    return f'``{text}``'


def class_name(entity) -> str:
    """The entity's local class name (``class_name``, formerly ``model``)."""
    return getattr(entity, 'class_name', None) or entity.model


def model_label(key: str) -> str:
    return f'odoo-pos-model-{key}'.replace('_', '-')


def list_table(header: list[str], rows: list[list[str]], widths: str = 'auto') -> list[str]:
    out = ['.. list-table::', '   :header-rows: 1', f'   :widths: {widths}', '']
    for row in [header] + rows:
        out.append(f'   * - {row[0]}')
        out += [f'     - {cell}' for cell in row[1:]]
    out.append('')
    return out


def _local_class_ref(name: str) -> str:
    """A cross-reference to the local class when the API reference has it."""
    try:
        from rattail_odoo_pos.db import model
        cls = getattr(model, name)
        return f':class:`{name} <{cls.__module__}.{cls.__qualname__}>`'
    except Exception:           # a class not (yet) importable: show the name only
        return lit(name)


def models_rst(entities) -> list[str]:
    """The reStructuredText of the synced-models reference."""
    out = list_table(
        ['key', 'Odoo model', 'local class', 'native Rattail class', 'title'],
        [[f':ref:`{e.key} <{model_label(e.key)}>`', lit(e.odoo_model), lit(class_name(e)),
          lit(e.native) if e.native else '—', esc(e.title) or '—']
         for e in entities.values()])
    for e in entities.values():
        heading = f'{esc(e.title or e.key)}: {lit(e.odoo_model)}'
        out += [f'.. _{model_label(e.key)}:', '', heading, '-' * len(heading), '']
        out += [f':key: {lit(e.key)}',
                f':Odoo model: {lit(e.odoo_model)}',
                f':local class: {_local_class_ref(class_name(e))}',
                f':native Rattail class: {lit(e.native) if e.native else "none"}']
        domain = getattr(e, 'domain', None)
        if domain:
            out.append(f':Odoo domain: {lit(list(domain))}')
        out.append('')
        fields = dict(e.fields)
        if fields:
            out.append('Fields:')
            out.append('')
            out += list_table(['local column', 'Odoo field', 'conversion'],
                              [[lit(col), lit(odoo), lit(kind)]
                               for col, (odoo, kind) in fields.items()], '40 40 20')
        refs = dict(e.refs)
        if refs:
            out.append('References:')
            out.append('')
            rows = []
            for col, (odoo, target) in refs.items():
                other = entities.get(target)
                to = f':ref:`{target} <{model_label(target)}>`' if other else lit(target)
                if other:
                    to += f' ({lit(other.odoo_model)})'
                rows.append([lit(col), lit(odoo), to])
            out += list_table(['local column', 'Odoo field', 'entity'], rows, '35 35 30')
    return out


def api_modules(package: str) -> list[str]:
    """The modules of ``package`` for the API reference: the package and every
    public submodule, without the Alembic migrations."""
    pkg = importlib.import_module(package)
    names = [package]
    for info in pkgutil.walk_packages(pkg.__path__, package + '.'):
        parts = info.name.split('.')
        if 'alembic' in parts or any(p.startswith('_') for p in parts):
            continue
        names.append(info.name)
    return sorted(names)


class _GeneratedDirective(SphinxDirective):

    def parse_generated(self, lines: list[str], source: str) -> list[nodes.Node]:
        content = StringList(lines, source=source)
        node = nodes.section()
        node.document = self.state.document
        nested_parse_with_titles(self.state, content, node)
        return node.children


class OdooPosModels(_GeneratedDirective):
    has_content = False

    def run(self):
        from rattail_odoo_pos import entities
        self.env.note_reread()          # generated: read again on every build
        return self.parse_generated(models_rst(entities.ENTITIES),
                                    '<generated from rattail_odoo_pos.entities.ENTITIES>')


class OdooPosApi(_GeneratedDirective):
    required_arguments = 1
    has_content = False

    def run(self):
        self.env.note_reread()          # a module added or removed shows on the next build
        lines: list[str] = []
        for name in api_modules(self.arguments[0]):
            lines += [f'``{name}``', '-' * (len(name) + 4), '',
                      f'.. automodule:: {name}', '']
        return self.parse_generated(lines, f'<generated API of {self.arguments[0]}>')


def setup(app):
    from pygments.lexers.shell import BashLexer
    app.add_lexer('cron', BashLexer)     # the crontab examples: comments and shell command lines
    app.add_directive('odoo-pos-models', OdooPosModels)
    app.add_directive('odoo-pos-api', OdooPosApi)
    return {'version': '1', 'parallel_read_safe': True, 'parallel_write_safe': True}
