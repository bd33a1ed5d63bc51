# SPDX-License-Identifier: GPL-3.0-or-later
"""``rattail odoo-pos-grant-permissions ROLE``: creates the role when missing,
grants exactly this package's web permissions, says what it granted; without
the web extra, one clear line."""

from __future__ import annotations

import subprocess
import sys

from odoo_pos_dev.testing import rattail, rows


def role_perms(env, name: str) -> set[str]:
    return {r[0] for r in rows(env, "SELECT p.permission FROM permission p "
                                    "JOIN role r ON r.uuid = p.role_uuid WHERE r.name = :n",
                               n=name)}


def test_grant_creates_the_role_and_grants_the_package_permissions(rattail_config):
    from tailbone_odoo_pos.provider import available_permissions
    env = rattail_config
    expected = {perm for group in available_permissions(env.config).values()
                for perm in group['perms']}
    assert {'odoo_pos.sync_status.view', 'odoo_pos.dashboard.view'} & expected, expected

    result = rattail(env.path, 'odoo-pos-grant-permissions', 'POS Managers')
    assert f"role 'POS Managers' created; granted {len(expected)} permission(s)" in result.stdout
    for perm in expected:
        assert f"  {perm}\n" in result.stdout
    assert role_perms(env, 'POS Managers') == expected
    assert rows(env, "SELECT count(*) FROM role WHERE name = 'POS Managers'") == [(1,)]

    # again: the role exists, nothing new, nothing duplicated
    again = rattail(env.path, 'odoo-pos-grant-permissions', 'POS Managers')
    assert (f"role 'POS Managers' exists; granted 0 permission(s), "
            f"{len(expected)} already held") in again.stdout
    assert role_perms(env, 'POS Managers') == expected
    assert rows(env, "SELECT count(*) FROM role WHERE name = 'POS Managers'") == [(1,)]


def test_without_the_web_extra_one_clear_line(rattail_config):
    # Tailbone's web parts missing, as in an install without [web] (the
    # tailbone package itself stays: its config extension is registered here)
    code = ("import sys; sys.modules['tailbone.providers'] = None; "
            "from rattail.commands.base import rattail_typer; "
            f"sys.argv = ['rattail', '-c', {str(rattail_config.path)!r}, "
            "'odoo-pos-grant-permissions', 'X']; rattail_typer()")
    result = subprocess.run([sys.executable, '-c', code], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 2, result.stderr[-2000:]
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and 'needs the web extra' in lines[0], result.stderr[-2000:]
    assert 'Traceback' not in result.stderr
    assert rows(rattail_config, "SELECT count(*) FROM role WHERE name = 'X'") == [(0,)]
