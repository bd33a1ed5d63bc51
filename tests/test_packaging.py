# SPDX-License-Identifier: GPL-3.0-or-later
"""One PostgreSQL driver: the package depends on ``psycopg2`` (what Theo uses)
and nothing here pulls in ``psycopg2-binary`` (same ``psycopg2/`` folder: the
two overwrite each other)."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def requirement_names(pyproject: Path) -> dict[str, set[str]]:
    project = tomllib.loads(pyproject.read_text())['project']
    groups = {'': project.get('dependencies', [])}
    groups.update(project.get('optional-dependencies', {}))
    return {group: {re.split(r'[\s<>=!~;\[(]', req, maxsplit=1)[0].lower().replace('_', '-')
                    for req in reqs} for group, reqs in groups.items()}


def test_one_postgresql_driver():
    ours = requirement_names(ROOT / 'pyproject.toml')
    assert 'psycopg2' in ours['']
    for pyproject in (ROOT / 'pyproject.toml', ROOT / 'devtools' / 'pyproject.toml'):
        for group, names in requirement_names(pyproject).items():
            assert 'psycopg2-binary' not in names, (pyproject, group)
