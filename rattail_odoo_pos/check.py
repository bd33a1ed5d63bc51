# SPDX-License-Identifier: GPL-3.0-or-later
"""``rattail odoo-pos-check``: for every configured Odoo source, can we reach
it, log in, which Odoo version, which endpoint the client reads through
(web session, /jsonrpc or JSON-2), can we read each model, and each model's lag
(how far its cursor is behind Odoo's newest change) and time since its last
good run.  A lag over the limit makes the source unhealthy.  Exit code 0 when every source is healthy, 1 otherwise, 2 when
the configuration itself is wrong.  Secrets are never printed."""

from __future__ import annotations

import logging
import sys
from typing import Annotated, Any, Optional

import typer

from rattail_odoo_pos import health, versions
from rattail_odoo_pos.config import get_setting
from rattail_odoo_pos.entities import ENTITIES
from rattail_odoo_pos.odoo.errors import OdooConfigError
from rattail_odoo_pos.redact import Redactor

def checked_models() -> list[str]:
    """Every Odoo model the importers read."""
    return [e.odoo_model for e in ENTITIES.values()]


class _ImportRules:
    """What the importers' own rules (``host_domain``: the public partner, the
    shops' stock locations) ask of an import handler, for one source: the app,
    the check's client (already logged in) and its Rattail session (the stores'
    warehouses).  What the last import kept (the public partner's id, the
    warehouses' stock locations) is used without asking Odoo again."""

    def __init__(self, app: Any, client: Any, session: Any = None):
        self.app, self.config, self.client, self.session = app, app.config, client, session

    def get_client(self, source: str) -> Any:
        return self.client


def import_domain(rules: Any, source: str, odoo_model: str) -> list:
    """The domain of what the import reads of *odoo_model*: its importer's own
    ``host_domain`` (Odoo's public partner is no customer; only the quants at
    the shops' stock locations are stock)."""
    from rattail_odoo_pos.importing.odoo_pos import IMPORTERS
    domain: list = []
    for entity in ENTITIES.values():
        if entity.odoo_model == odoo_model:
            importer = IMPORTERS[entity.key](rules.config, handler=rules, session=rules.session)
            importer.setup()
            domain.extend(importer.host_domain(source))
    return domain


def run_check(config: Any, sources: list[str] | None = None,
              max_lag_hours: float | None = None, out=None) -> int:
    """Check *sources* (default: all configured); print a report; return the exit code."""
    out = out or sys.stdout
    app = config.get_app()
    handler = app.get_odoo_pos_handler()
    keys = sources or handler.get_source_keys()
    if not keys:
        print("no Odoo source configured: set [odoo_pos] sources = KEY ... and "
              "source.KEY.url / database / login / secret_env", file=out)
        return 2
    max_lag = (max_lag_hours * 3600 if max_lag_hours is not None
               else get_setting(config, 'check.max_lag_hours') * 3600)
    cursor_model = getattr(app.model, 'OdooPosCursor', None)
    session = app.make_session() if cursor_model is not None else None
    unhealthy = 0
    config_errors = 0
    redact = Redactor(handler, keys)     # a stored error may quote a secret
    rules: dict[str, _ImportRules] = {}   # per source: its public partner asked once
    try:
        for key in keys:
            try:
                handler.get_source(key)
            except OdooConfigError as error:
                print(f"source {key}: CONFIGURATION ERROR\n  {error}", file=out)
                config_errors += 1
                continue
            result = health.check_source(
                config, key, checked_models(), session=session, cursor_model=cursor_model,
                probe=True, max_lag=max_lag,     # counted as the import reads (its host_domain)
                domain_of=lambda client, model, key=key: import_domain(
                    rules.setdefault(key, _ImportRules(app, client, session)), key, model))
            verdict = 'OK' if result.healthy else 'UNHEALTHY'
            print(f"source {key}: {verdict}", file=out)
            print(f"  url {result.url or '?'}  database {result.database or '?'}  "
                  f"reachable {'yes' if result.reachable else 'no'}  "
                  f"login {'ok' if result.login_ok else 'failed'}  "
                  f"Odoo {result.version or '?'}", file=out)
            if result.endpoint:
                print(f"  endpoint {result.endpoint}", file=out)
            if result.login_ok:         # the field map of its Odoo version, what is skipped
                for line in versions.check_lines(handler, key):
                    print(f"  {redact(line)}", file=out)
            for m in result.models:
                state = {True: 'readable', False: 'NOT READABLE', None: '-'}[m.readable]
                count = f"{m.count:,}" if m.count is not None else '-'
                cursor = m.cursor.strftime('%Y-%m-%d %H:%M:%S') if m.cursor else 'none'
                since = (f"{health.format_duration(m.since_success_seconds)} ago"
                         if m.since_success_seconds is not None else 'none')
                print(f"  {m.odoo_model:22} {state:13} {count:>10} records  cursor {cursor}  "
                      f"lag {health.format_lag(m.lag_seconds)}  last good run {since}"
                      + (f"  last error: {redact(m.last_error)}" if m.last_error else '')
                      + (f"  ({m.unfinished})" if m.unfinished else ''), file=out)
            for problem in result.problems:
                print(f"  problem: {redact(problem)}", file=out)
            if not result.healthy:
                unhealthy += 1
    finally:
        if session is not None:
            session.close()
    return 2 if config_errors else (1 if unhealthy else 0)


def odoo_pos_check(
        ctx: typer.Context,
        source: Annotated[Optional[list[str]], typer.Option(
            '--source', help="Check only this source (repeatable); default: all.")] = None,
        max_lag_hours: Annotated[Optional[float], typer.Option(
            help="A lag (cursor behind Odoo's newest change) over this is unhealthy "
                 "(default: [odoo_pos] check.max_lag_hours, else 48).")] = None,
):
    """
    Check each Odoo POS source: reachable, login, version, models, cursor lag
    """
    # registered on rattail's typer app by rattail_odoo_pos.commands
    config = ctx.parent.rattail_config
    if ctx.parent.params.get('verbose'):    # this package's log (each retry...) on stderr
        logging.getLogger('rattail_odoo_pos').setLevel(logging.DEBUG)
    try:
        code = run_check(config, source, max_lag_hours)
    except OdooConfigError as error:
        typer.echo(f"odoo-pos-check: configuration error: {error}", err=True)
        code = 2
    except Exception as error:          # PostgreSQL down, a bug: one line, no traceback
        if ctx.parent.params.get('verbose'):
            raise
        first = (str(getattr(error, 'orig', None) or error).strip().splitlines() or [''])[0]
        typer.echo(f"odoo-pos-check failed: {type(error).__name__}: {first} "
                   f"(rattail --verbose for the traceback)", err=True)
        code = 1
    raise typer.Exit(code)
