# SPDX-License-Identifier: GPL-3.0-or-later
"""Commands on rattail's command line: ``import-odoo-pos``, ``odoo-pos-check``."""

from __future__ import annotations

from typing import Annotated, List, Optional

import typer

from rattail.commands.base import rattail_typer
from rattail.commands.typer import importer_command, typer_get_runas_user
from rattail.commands.importing import ImportCommandHandler

from rattail_odoo_pos.check import odoo_pos_check
from rattail_odoo_pos.odoo import OdooPosError


@rattail_typer.command()
@importer_command
def import_odoo_pos(
        ctx: typer.Context,
        source: Annotated[Optional[List[str]], typer.Option(
            '--source', help="Import only from this Odoo source (config key; repeatable). "
                             "Default: every source of [odoo_pos] sources.")] = None,
        full: Annotated[bool, typer.Option(
            '--full', help="Re-read everything instead of what changed since each "
                           "cursor (minus the look-back).")] = False,
        **kwargs
):
    """
    Import data from Odoo POS to Rattail
    """
    config = ctx.parent.rattail_config
    progress = ctx.parent.rattail_progress
    handler = ImportCommandHandler(config, import_handler_key='to_rattail.from_odoo_pos.import')
    kwargs['user'] = typer_get_runas_user(ctx)
    kwargs['handler_kwargs'] = {'sources': source or None, 'full': full}
    try:
        handler.run(kwargs, progress=progress)
    except OdooPosError as error:
        typer.echo(f"import-odoo-pos failed: {error}", err=True)
        typer.echo("Nothing of the failed batch was written; the next run resumes at the "
                   "last committed batch.", err=True)
        raise typer.Exit(1)


rattail_typer.command('odoo-pos-check')(odoo_pos_check)

from rattail_odoo_pos.reconcile import odoo_pos_reconcile  # noqa: E402
rattail_typer.command('odoo-pos-reconcile')(odoo_pos_reconcile)
