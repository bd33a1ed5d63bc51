# SPDX-License-Identifier: GPL-3.0-or-later
"""``rattail odoo-pos-grant-permissions ROLE``: grant a role every permission
of this package's web views (browse the Odoo POS tables, sync status,
dashboard, rejected records, export actions...), creating the role when it
does not exist; with ``--manager`` also the read-only permissions of the
native Tailbone views a store manager uses (stores, products, customers,
employees, departments, tenders: list, view, versions, downloads), which is
the "POS Manager" role (:data:`POS_MANAGER_ROLE`) the demo grants its user.
Needs the ``web`` extra (the permissions are those the web views register)."""

from __future__ import annotations

from typing import Annotated, Any

import typer


#: the role that lets a store manager use the web app out of the box
POS_MANAGER_ROLE = "POS Manager"


def grant_permissions(config: Any, role_name: str, manager: bool = False,
                      session: Any = None) -> tuple[bool, list[str], list[str]]:
    """Grant *role_name* this package's permissions (with *manager*, also the
    native views' read-only ones) and commit.  Returns (role created,
    permissions newly granted, permissions it already had).  With *session*,
    works in it and leaves the commit to the caller."""
    from tailbone_odoo_pos.provider import grant_all_permissions, grant_manager_permissions
    grant = grant_manager_permissions if manager else grant_all_permissions
    app = config.get_app()
    model = app.model
    own = session is None
    if own:
        session = app.make_session()
    try:
        role = session.query(model.Role).filter(model.Role.name == role_name).one_or_none()
        created = role is None
        if created:
            role = model.Role(name=role_name)
            session.add(role)
        before = set(role.permissions)
        names = grant(config, session, role)
        if own:
            session.commit()
        else:
            session.flush()
        return (created, [n for n in names if n not in before],
                [n for n in names if n in before])
    except Exception:
        if own:
            session.rollback()
        raise
    finally:
        if own:
            session.close()


def odoo_pos_grant_permissions(
        ctx: typer.Context,
        role: Annotated[str, typer.Argument(help="Name of the role (created if missing).")],
        manager: Annotated[bool, typer.Option(
            '--manager', help="Also the read-only permissions of the native views a "
            "store manager uses (stores, products, customers, employees, departments, "
            "tenders).")] = False,
):
    """
    Grant a role every permission of the Odoo POS web views
    """
    # registered on rattail's typer app by rattail_odoo_pos.commands
    config = ctx.parent.rattail_config
    try:
        import tailbone_odoo_pos.provider  # noqa: F401
    except ImportError as error:
        typer.echo("odoo-pos-grant-permissions: needs the web extra "
                   "(pip install 'rattail-odoo-pos[web]'): "
                   f"{type(error).__name__}: {error}", err=True)
        raise typer.Exit(2)
    created, granted, had = grant_permissions(config, role, manager=manager)
    typer.echo(f"role {role!r} {'created' if created else 'exists'}; "
               f"granted {len(granted)} permission(s)"
               + (f", {len(had)} already held" if had else '') + ':')
    for name in granted:
        typer.echo(f"  {name}")
