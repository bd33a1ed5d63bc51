# SPDX-License-Identifier: GPL-3.0-or-later
"""What the test fixtures (tests/conftest.py) and the tests share: the shape
of the sandbox most tests use, and a served copy of a sandbox data file."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

#: Size of the sandbox most tests share (several stores over several days).
SANDBOX_SHAPE = dict(stores=3, days=3, orders_per_day=8, seed=7)


@dataclass
class ServedSandbox:
    """A running sandbox: ``.sandbox`` to script it, ``.url`` to reach it."""
    sandbox: Any
    server: Any
    path: Path
    database: str = 'pos17'
    login: str = 'admin'
    password: str = 'admin'

    @property
    def url(self) -> str:
        return self.server.url

    @property
    def port(self) -> int:
        return self.server.port

    def source_settings(self, **extra: Any) -> dict[str, Any]:
        """Settings for ``[odoo_pos] source.KEY.*`` pointing at this sandbox."""
        settings = dict(url=self.url, database=self.database, login=self.login,
                        secret=self.password, timeout=10, retries=2, backoff=0.05)
        settings.update(extra)
        return settings


def serve_copy(template: Path, dest: Path) -> ServedSandbox:
    """Copy a sandbox data file and serve it on a free loopback port."""
    from odoo_pos_sandbox import Sandbox
    shutil.copyfile(template, dest)
    sb = Sandbox(dest)
    server = sb.serve(host='127.0.0.1', port=0)
    return ServedSandbox(sandbox=sb, server=server, path=dest)


