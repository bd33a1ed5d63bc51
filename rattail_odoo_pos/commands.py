# SPDX-License-Identifier: GPL-3.0-or-later
"""Commands on rattail's command line: ``import-odoo-pos``, ``export-odoo-pos``,
``odoo-pos-check``.

Every failure ends in one line a person can act on, on stderr, and an exit
code (:data:`EXIT_CODES`); the traceback goes to the log at debug level and is
printed only with ``--debug`` (or rattail's ``--verbose``).
"""

from __future__ import annotations

import logging
from typing import Annotated, List, Optional

import sqlalchemy as sa
import typer

from rattail.commands.base import rattail_typer
from rattail.commands.typer import importer_command, typer_get_runas_user
from rattail.commands.importing import ImportCommandHandler

from rattail_odoo_pos.config import EXPORT_KEY, IMPORT_KEY
from rattail_odoo_pos.check import odoo_pos_check
from rattail_odoo_pos.importing.gcpolicy import skip_collection_at_exit
from rattail_odoo_pos.importing.guard import EXIT_DELETION_REFUSED
from rattail_odoo_pos.locks import EXIT_LOCKED, SourceLocked
from rattail_odoo_pos.odoo import OdooPosError
from rattail_odoo_pos.odoo.errors import OdooConfigError

log = logging.getLogger(__name__)

#: exit codes of this package's commands
EXIT_CODES = {
    0: "success",
    1: "failed: a source could not be reached or read, PostgreSQL failed, or "
       "(odoo-pos-reconcile) days differ",
    2: "configuration error",
    EXIT_DELETION_REFUSED: "deletions refused by the guard; everything else imported",
    EXIT_LOCKED: "skipped: another run holds the source's lock",
}


def one_line(text: str) -> str:
    """The first line of *text* (a database error carries its SQL below it)."""
    return (str(text).strip().splitlines() or [''])[0]


def run_reporting_failures(command: str, func, *, debug: bool = False) -> None:
    """Run *func*; turn every failure into one line on stderr and an exit code.
    With *debug* this package's log (each retry of an Odoo call...) goes to
    the console too, as ``odoo-pos-reconcile --debug`` does."""
    if debug:
        logging.getLogger('rattail_odoo_pos').setLevel(logging.DEBUG)
    skip_collection_at_exit()           # the command's process exits at once when done
    try:
        func()
    except typer.Exit:
        raise
    except Exception as error:
        if debug:
            raise
        log.debug("%s failed", command, exc_info=True)
        code, lines = describe_failure(command, error)
        for line in lines:
            typer.echo(line, err=True)
        raise typer.Exit(code)


def describe_failure(command: str, error: Exception) -> tuple[int, list[str]]:
    """Exit code and the lines to print for *error*."""
    from rattail_odoo_pos.importing.odoo_pos import ImportFailed
    from rattail_odoo_pos.exporting.odoo_pos import ExportFailed
    if isinstance(error, ExportFailed):
        return 1, [f"{command} failed: {line}" for line in error.lines] + [error.hint]
    if isinstance(error, SourceLocked):
        return EXIT_LOCKED, [f"{command} skipped: {error}"]
    if isinstance(error, ImportFailed):
        lines = [f"{command} failed: {one_line(e)}" for _, _, e in error.failures]
        code = EXIT_DELETION_REFUSED if error.only_refused_deletions else 1
        if code == 1:
            lines.append("What did not fail was imported; the failed parts are recorded on the "
                         "sync status page and in odoo-pos-check. Re-run once fixed.")
        return code, lines
    if isinstance(error, OdooConfigError):
        return 2, [f"{command}: configuration error: {one_line(error)}"]
    if isinstance(error, OdooPosError):
        return 1, [f"{command} failed: {one_line(error)}",
                   "Nothing of the failed batch was written; the next run resumes at the "
                   "last committed batch."]
    if isinstance(error, sa.exc.DBAPIError):
        orig = getattr(error, 'orig', None) or error
        if command == 'export-odoo-pos':
            # what Odoo created before the failure is in Odoo; only its binding was lost
            hint = ("What Odoo received before the failure is kept there; re-run once the "
                    "database is back: it finds those records again (external id, else "
                    "natural key) and binds them instead of creating them twice.")
        else:
            hint = ("Nothing of the failed batch was written; re-run once the database is "
                    "back (the run resumes at the last committed batch).")
        return 1, [f"{command} failed: PostgreSQL error ({type(orig).__name__}): "
                   f"{one_line(orig)}", hint]
    return 1, [f"{command} failed: {type(error).__name__}: {one_line(error)} "
               f"(re-run with --debug for the traceback)"]


def wants_debug(ctx: typer.Context, debug: bool) -> bool:
    return debug or bool(ctx.parent and ctx.parent.params.get('verbose'))


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
        force_delete: Annotated[bool, typer.Option(
            '--force-delete', help="With --delete: delete even more than [odoo_pos] "
                                   "delete.max_share / delete.max_count of a model's rows "
                                   "(an empty read from Odoo is never believed).")] = False,
        refresh_plan: Annotated[bool, typer.Option(
            '--refresh-plan', help="Ask each source's Odoo version and fields again instead "
                                   "of the ones an earlier run kept ([odoo_pos] "
                                   "plan_cache_hours).")] = False,
        debug: Annotated[bool, typer.Option(
            '--debug', help="Print the traceback of a failure.")] = False,
        **kwargs
):
    """
    Import data from Odoo POS to Rattail
    """
    config = ctx.parent.rattail_config
    progress = ctx.parent.rattail_progress
    handler = ImportCommandHandler(config, import_handler_key=IMPORT_KEY)
    kwargs['user'] = typer_get_runas_user(ctx)
    kwargs['handler_kwargs'] = {'sources': source or None, 'full': full,
                                'force_delete': force_delete, 'refresh_plan': refresh_plan}
    run_reporting_failures('import-odoo-pos', lambda: handler.run(kwargs, progress=progress),
                           debug=wants_debug(ctx, debug))


@rattail_typer.command()
@importer_command
def export_odoo_pos(
        ctx: typer.Context,
        source: Annotated[Optional[List[str]], typer.Option(
            '--source', help="Export only to this Odoo source (config key; repeatable). "
                             "Default: every source of [odoo_pos] sources.")] = None,
        rattail_wins: Annotated[Optional[List[str]], typer.Option(
            '--rattail-wins', help="Odoo field (e.g. lst_price) for which Rattail's value is "
                                   "written even when it was changed in Odoo too "
                                   "(repeatable).")] = None,
        debug: Annotated[bool, typer.Option(
            '--debug', help="Print the traceback of a failure.")] = False,
        **kwargs
):
    """
    Export departments, products and customers from Rattail to Odoo POS
    """
    config = ctx.parent.rattail_config
    progress = ctx.parent.rattail_progress
    handler = ImportCommandHandler(config, import_handler_key=EXPORT_KEY)
    kwargs['user'] = typer_get_runas_user(ctx)
    kwargs['handler_kwargs'] = {'sources': source or None, 'rattail_wins': rattail_wins or None}
    run_reporting_failures('export-odoo-pos', lambda: handler.run(kwargs, progress=progress),
                           debug=wants_debug(ctx, debug))


rattail_typer.command('odoo-pos-check')(odoo_pos_check)

from rattail_odoo_pos.grant import odoo_pos_grant_permissions  # noqa: E402
rattail_typer.command('odoo-pos-grant-permissions')(odoo_pos_grant_permissions)

from rattail_odoo_pos.reconcile import odoo_pos_reconcile  # noqa: E402
rattail_typer.command('odoo-pos-reconcile')(odoo_pos_reconcile)

from rattail_odoo_pos.trainwreck.command import import_odoo_pos_trainwreck  # noqa: E402
rattail_typer.command('import-odoo-pos-trainwreck')(import_odoo_pos_trainwreck)
