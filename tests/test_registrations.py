# SPDX-License-Identifier: GPL-3.0-or-later
"""The registrations agree with each other: entry-point names and handler
keys, the configured handler of each command, its warnings email (which
renders with sample data), the commands on rattail's command line."""

from __future__ import annotations

from importlib.metadata import entry_points

import pytest
from rattail.config import make_config

from rattail_odoo_pos.config import (
    IMPORT_HANDLERS, TRAINWRECK_HANDLER, VERSIONS_HANDLER, VERSIONS_KEY)


@pytest.fixture
def config(tmp_path):
    path = tmp_path / 'rattail.conf'
    path.write_text("[rattail]\ntimezone.default = UTC\n\n[rattail.mail]\nsend_emails = false\n"
                    "default.from = rattail@example.com\ndefault.to = office@example.com\n")
    return make_config([str(path)], usedb=False, versioning=False)


def ours(group: str) -> list:
    return [ep for ep in entry_points(group=group)
            if ep.value.startswith(('rattail_odoo_pos', 'tailbone_odoo_pos'))]


def test_import_handler_entry_points_are_named_by_their_key(config):
    found = {}
    for ep in ours('rattail.importing'):
        key = ep.load()(config).get_key()
        assert ep.name == key or ep.name.startswith(f'{key}.'), ep
        found[key] = ep.value
    assert found == {**{key: spec for key, spec, _ in IMPORT_HANDLERS},
                     VERSIONS_KEY: VERSIONS_HANDLER, TRAINWRECK_HANDLER[0]: TRAINWRECK_HANDLER[1]}


@pytest.mark.parametrize('key, spec, command', IMPORT_HANDLERS)
def test_each_command_has_its_handler_and_warnings_email(config, key, spec, command):
    app = config.get_app()
    assert app.get_designated_import_handler_spec(key) == spec
    # rattail names the email after the command: 'rattail import-odoo-pos'
    email_key = command.replace(' ', '_').replace('-', '_') + '_updates'
    mail = app.get_email_handler()
    email = mail.get_email(email_key)
    assert type(email).__module__ == 'rattail_odoo_pos.emails'
    assert email.handler_spec == spec

    class Request:
        rattail_config = config

    message = mail.make_message(email, email.sample_data(Request()))
    handler = config.get_app().load_object(spec)
    expected = {'rattail import-odoo-pos': 'Changes for Odoo POS -> Rattail',
                'rattail export-odoo-pos': 'Changes for Rattail -> Odoo POS'}[command]
    assert (handler.host_title, handler.local_title) == tuple(expected[12:].split(' -> '))
    assert message['Subject'].endswith(expected)
    body = ''.join(part.get_payload(decode=True).decode() for part in message.walk()
                   if part.get_content_maintype() == 'text')
    assert 'Widget' in body         # the sample's changed model


def test_commands_are_on_rattails_command_line():
    from rattail.commands.base import rattail_typer
    import rattail_odoo_pos.commands  # noqa: F401  (what the rattail.typer_imports entry point loads)
    names = {c.name or c.callback.__name__.replace('_', '-') for c in rattail_typer.registered_commands}
    assert {'import-odoo-pos', 'export-odoo-pos', 'odoo-pos-check'} <= names
    assert [ep.value for ep in ours('rattail.typer_imports')] == ['rattail_odoo_pos.commands']
    assert [ep.value for ep in ours('rattail.emails')] == ['rattail_odoo_pos.emails']
