# SPDX-License-Identifier: GPL-3.0-or-later
"""``rattail import-odoo-pos-trainwreck``: Odoo POS orders (Rattail) -> Trainwreck."""

from __future__ import annotations

from typing import Annotated, Optional

import typer


def import_odoo_pos_trainwreck(
        ctx: typer.Context,
        source: Annotated[Optional[list[str]], typer.Option(
            '--source', help="Only this Odoo source (repeatable; default: all).")] = None,
        full: Annotated[bool, typer.Option(
            '--full', help="Every order, not only those changed since the cursor.")] = False,
        dry_run: Annotated[bool, typer.Option(
            '--dry-run', help="Do the work, then roll back (nothing written).")] = False,
        debug: Annotated[bool, typer.Option('--debug', help="Traceback on failure.")] = False,
):
    """
    Copy Odoo POS orders from Rattail into the Trainwreck database
    """
    # registered on rattail's typer app by rattail_odoo_pos.commands
    from rattail_odoo_pos.trainwreck import OdooPosToTrainwreck, TrainwreckNotConfigured
    config = ctx.parent.rattail_config
    try:
        result = OdooPosToTrainwreck(config, full=full, dry_run=dry_run,
                                     sources=source).run()
    except TrainwreckNotConfigured as error:
        typer.echo(f"import-odoo-pos-trainwreck: {error}", err=True)
        raise typer.Exit(2)
    except Exception as error:
        if debug:
            raise
        typer.echo(f"import-odoo-pos-trainwreck failed: {type(error).__name__}: {error} "
                   f"(re-run with --debug for the traceback)", err=True)
        raise typer.Exit(1)
    for key, count in result.by_source.items():
        typer.echo(f"source {key}: {count:,} order(s) read")
    typer.echo(f"transactions created {result.created:,}, updated {result.updated:,}, "
               f"unchanged {result.unchanged:,}" + (" (dry run: rolled back)" if dry_run else ''))
