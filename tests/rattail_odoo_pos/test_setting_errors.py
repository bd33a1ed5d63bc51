# SPDX-License-Identifier: GPL-3.0-or-later
"""A bad ``[odoo_pos]`` value makes the command say one line a person can act
on (setting, value, what it must be): no WARNING line before the error line
repeating it, no traceback."""

from __future__ import annotations

import pytest

from odoo_pos_dev.testing import rattail, scalar


def with_setting(env, line: str) -> None:
    """*line* in the config's [odoo_pos] section (replacing the same setting)."""
    name = line.split('=')[0].strip()
    lines = [x for x in env.path.read_text().splitlines()
             if x.split('=')[0].strip() != name]
    assert lines.count('[odoo_pos]') == 1
    at = lines.index('[odoo_pos]') + 1
    env.path.write_text('\n'.join(lines[:at] + [line] + lines[at:]) + '\n')


@pytest.mark.parametrize('line, message', [
    ("fleet.parallel = many",
     "import-odoo-pos: configuration error: [odoo_pos] fleet.parallel = 'many' is not a "
     "whole number"),
    ("lookback_minutes = two hours",
     "import-odoo-pos: configuration error: [odoo_pos] lookback_minutes = 'two hours' is "
     "not a whole number"),
    ("delete.max_share = five percent",
     "import-odoo-pos: configuration error: [odoo_pos] delete.max_share = 'five percent' "
     "is not a number"),
    ("prefetch_depth = abc",
     "import-odoo-pos: configuration error: [odoo_pos] prefetch_depth = 'abc' is not a "
     "whole number"),
    ("full_read.in_flight = two",
     "import-odoo-pos: configuration error: [odoo_pos] full_read.in_flight = 'two' is not a "
     "whole number"),
    ("source.default.timeout = soon",
     "import-odoo-pos: configuration error: Odoo source 'default': [odoo_pos] "
     "source.default.timeout = 'soon' is not a number (e.g. timeout = 60)"),
])
def test_a_bad_value_is_one_line(rattail_config, line, message):
    env = rattail_config
    with_setting(env, line)
    args = ['import-odoo-pos'] + (['--delete'] if 'delete.' in line else [])
    result = rattail(env, '--no-versioning', *args, check=False)
    assert result.returncode == 2, result.stderr
    said = [x for x in (result.stdout + result.stderr).splitlines() if x.strip()]
    assert said == [message]


def test_an_unknown_setting_is_still_warned(rattail_config):
    """The warning stays for what no code reads (a misspelt name): the run goes on."""
    env = rattail_config
    with_setting(env, "fleet.paralel = 2")
    result = rattail(env, '--no-versioning', 'import-odoo-pos', '--source', 'nosuch',
                     check=False)
    assert ("[odoo_pos] fleet.paralel is not a setting of rattail-odoo-pos and is ignored; "
            "did you mean fleet.parallel?") in result.stderr


def test_an_unknown_model_is_refused_before_anything_runs(rattail_config, sandbox):
    """A misspelt model name stops the run with one line naming the models (rattail's
    framework alone warns, skips it, imports nothing and exits 0): nothing is asked of
    Odoo, no status or cursor is written, and the right name then imports."""
    env = rattail_config
    before = sandbox.sandbox.call_count
    result = rattail(env, '--no-versioning', 'import-odoo-pos', 'OdooPosStore',
                     'OdooPosOrdreLine', check=False)
    assert result.returncode == 2, result.stderr
    said = [x for x in (result.stdout + result.stderr).splitlines() if x.strip()]
    assert len(said) == 1, said
    assert said[0].startswith("import-odoo-pos: configuration error: no model "
                              "OdooPosOrdreLine (did you mean OdooPosOrderLine?) to import; "
                              "the models: OdooPosStore, "), said
    assert 'OdooPosPayment' in said[0]
    assert sandbox.sandbox.call_count == before             # Odoo was not asked
    assert scalar(env, "SELECT count(*) FROM odoo_pos_cursor") == 0
    assert scalar(env, "SELECT count(*) FROM odoo_pos_source_status") == 0
    rattail(env, '--no-versioning', 'import-odoo-pos', 'OdooPosStore')
    assert scalar(env, "SELECT count(*) FROM odoo_pos_store") == sandbox.sandbox.count(
        'pos.config')
    assert sandbox.sandbox.call_count > before


def test_export_refuses_a_model_it_does_not_export_by_the_same_rule(rattail_config, sandbox):
    """export-odoo-pos takes a native class name or an exported entity's key; a
    misspelt one, or an entity the export does not send, stops it with one line
    naming the closest model, before anything is asked of Odoo."""
    env = rattail_config
    before = sandbox.sandbox.call_count
    for args, named in ((['Prodcut'], "Prodcut (did you mean Product?)"),
                        (['product', 'order'], "order")):
        result = rattail(env, 'export-odoo-pos', '--dry-run', *args, check=False)
        assert result.returncode == 2, result.stderr
        said = [x for x in (result.stdout + result.stderr).splitlines() if x.strip()]
        assert said == [f"export-odoo-pos: configuration error: no model {named} to export; "
                        f"the models: Department, Product, Customer"], said
    assert sandbox.sandbox.call_count == before             # Odoo was not asked
    result = rattail(env, 'export-odoo-pos', '--dry-run', 'product')
    assert 'default: product.product: created 0' in result.stdout, result.stdout
