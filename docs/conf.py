# SPDX-License-Identifier: GPL-3.0-or-later
"""Sphinx configuration: the Markdown pages through MyST, the API reference
from the docstrings, and the synced-models page generated from the entity
table (``docs/_ext/odoo_pos_docs.py``).

Build: ``pip install -e '.[docs]'`` then ``python -m sphinx -W -b html docs docs/_build/html``.
"""

from __future__ import annotations

import sys
from importlib.metadata import PackageNotFoundError, version as _version
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / '_ext'))
sys.path.insert(0, str(HERE.parent))       # the product packages, also when not installed

project = 'rattail-odoo-pos'
author = 'rattail-odoo-pos contributors'
copyright = 'rattail-odoo-pos contributors, GPL-3.0-or-later'
try:
    release = _version('rattail-odoo-pos')
except PackageNotFoundError:                # pragma: no cover
    release = ''
version = release

extensions = [
    'myst_parser',
    'sphinx.ext.autodoc',
    'sphinx.ext.napoleon',
    'sphinx.ext.viewcode',
    'odoo_pos_docs',
]

root_doc = 'index'
source_suffix = {'.rst': 'restructuredtext', '.md': 'markdown'}
exclude_patterns = ['_build', '_ext', 'Thumbs.db', '.DS_Store']

# MyST: [trust.md](trust.md) is a link to that page, [x](datasync.md#cron) to
# the heading "Cron" in it (anchors made for headings down to ###).
myst_heading_anchors = 3
myst_enable_extensions = ['colon_fence']

# API reference (docs/api/*.rst list every module through the odoo-pos-api directive)
autodoc_default_options = {
    'members': True,
    'show-inheritance': True,
    # document each object once, where it is defined (the packages' __all__
    # re-export classes of their submodules)
    'ignore-module-all': True,
}
viewcode_follow_imported_members = False
autodoc_member_order = 'bysource'
autodoc_typehints = 'signature'
autodoc_inherit_docstrings = False   # no docstrings of Rattail / Tailbone / SQLAlchemy bases
napoleon_google_docstring = True
napoleon_numpy_docstring = False

html_theme = 'alabaster'
html_title = 'rattail-odoo-pos'
html_static_path: list[str] = []
