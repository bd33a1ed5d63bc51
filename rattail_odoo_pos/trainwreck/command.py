# SPDX-License-Identifier: GPL-3.0-or-later
"""``rattail import-odoo-pos-trainwreck``: Odoo POS orders (Rattail) -> Trainwreck,
through the import handler of key ``to_trainwreck.from_odoo_pos.import``
(:mod:`rattail_odoo_pos.trainwreck.importing`), with rattail's usual import
options (``--dry-run``, ``--no-create``, ``--start-date`` ...) plus its own."""

from __future__ import annotations

from typing import Annotated, Optional

import typer
from rattail.commands.importing import ImportCommandHandler
from rattail.commands.typer import importer_command, typer_get_runas_user


class _Command(ImportCommandHandler):
    """Keeps the handler it made, to print what the run did."""
    handler = None

    def get_handler(self, params, **kwargs):
        self.handler = super().get_handler(params, **kwargs)
        return self.handler


@importer_command
def import_odoo_pos_trainwreck(
        ctx: typer.Context,
        source: Annotated[Optional[list[str]], typer.Option(
            '--source', help="Only this Odoo source (repeatable; default: all).")] = None,
        full: Annotated[bool, typer.Option(
            '--full', help="Every order, not only those changed since the cursor.")] = False,
        debug: Annotated[bool, typer.Option('--debug', help="Traceback on failure.")] = False,
        **kwargs
):
    """
    Copy Odoo POS orders from Rattail into the Trainwreck database
    """
    # registered on rattail's typer app by rattail_odoo_pos.commands
    from rattail_odoo_pos.trainwreck import TrainwreckNotConfigured
    from rattail_odoo_pos.trainwreck.importing import TRAINWRECK_KEY
    config = ctx.parent.rattail_config
    command = _Command(config, import_handler_key=TRAINWRECK_KEY)
    kwargs['user'] = typer_get_runas_user(ctx)
    kwargs['handler_kwargs'] = {'sources': source or None, 'full': full}
    debug = debug or bool(ctx.parent and ctx.parent.params.get('verbose'))
    try:
        command.run(kwargs, progress=ctx.parent.rattail_progress)
    except TrainwreckNotConfigured as error:
        typer.echo(f"import-odoo-pos-trainwreck: {error}", err=True)
        raise typer.Exit(2)
    except Exception as error:
        if debug:
            raise
        text = (str(error).strip().splitlines() or [''])[0]
        typer.echo(f"import-odoo-pos-trainwreck failed: {type(error).__name__}: {text} "
                   f"(re-run with --debug for the traceback)", err=True)
        raise typer.Exit(1)
    result = getattr(command.handler, 'result', None)
    if result is None:          # --list-models and the like
        return
    for key, count in result.by_source.items():
        typer.echo(f"source {key}: {count:,} order(s) read")
    typer.echo(f"transactions created {result.created:,}, updated {result.updated:,}, "
               f"unchanged {result.unchanged:,}"
               + (" (dry run: rolled back)" if kwargs.get('dry_run') else ''))
