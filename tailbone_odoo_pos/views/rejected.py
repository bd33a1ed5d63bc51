# SPDX-License-Identifier: GPL-3.0-or-later
"""Rejected records (``/odoo-pos/rejected/``): the Odoo records an import
could not store (a value that fits no column, a character PostgreSQL cannot
hold, a reference to a record that exists nowhere), read-only.

Each import retries them; a record leaves the list once it imports.  The sync
status page links here, filtered by source.  Reasons and raw values pass
through :class:`rattail_odoo_pos.redact.Redactor` (they never should, but
must not, show a secret).
"""

from __future__ import annotations

import json
import urllib.parse
from typing import Any

from webhelpers2.html import HTML

from tailbone_odoo_pos.views.master import OdooRecordsView

ROUTE_PREFIX = 'odoo_pos.rejected'
URL_PREFIX = '/odoo-pos/rejected'
PERMISSION_PREFIX = 'odoo_pos.rejected'


def list_url(request: Any, source: str) -> str:
    """URL of the list filtered to the rejected records of *source*."""
    query = urllib.parse.urlencode({'filter': 'true', 'source': source,
                                    'source.verb': 'equal'})
    return f"{request.route_url(ROUTE_PREFIX)}?{query}"


def pretty_json(text: str | None) -> str:
    """*text* (JSON) indented for reading; as it is when it is not JSON."""
    if not text:
        return ''
    try:
        return json.dumps(json.loads(text), indent=2, sort_keys=True, ensure_ascii=False)
    except ValueError:
        return text


class RejectedView(OdooRecordsView):
    """Read-only master view of ``OdooPosRejected``."""
    model_title = "Rejected Record"
    model_title_plural = "Rejected Records"
    route_prefix = ROUTE_PREFIX
    url_prefix = URL_PREFIX
    permission_prefix = PERMISSION_PREFIX
    grid_links = ('odoo_model', 'odoo_id')
    filter_verbs = {'source': 'equal', 'odoo_model': 'contains', 'reason': 'contains'}
    grid_columns = ['source', 'odoo_model', 'odoo_id', 'reason', 'first_seen', 'last_seen',
                    'attempts']
    form_fields = ['source', 'odoo_model', 'odoo_id', 'odoo_link', 'reason', 'first_seen',
                   'last_seen', 'attempts', 'raw']
    labels = {'odoo_id': "Odoo ID", 'odoo_model': "Odoo Model", 'raw': "Values Odoo Sent",
              'odoo_link': "Open in Odoo"}

    def configure_grid(self, g):
        """Called when the list page's grid is made."""
        super().configure_grid(g)
        g.set_renderer('reason', self.render_reason)

    def render_reason(self, obj, field, *args):
        """Grid/form renderer: the reason, secrets masked."""
        return self.redact(getattr(obj, field)) or ''

    def configure_form(self, f):
        """Called when the view page's form is made."""
        super().configure_form(f)
        f.set_renderer('reason', self.render_reason)
        f.set_renderer('raw', self.render_raw)
        f.set_renderer('odoo_link', self.render_odoo_link)

    def render_raw(self, obj, field, *args):
        """Form renderer: the values Odoo sent, as indented JSON."""
        return HTML.tag('pre', class_='odoo-pos-raw',
                        c=[self.redact(pretty_json(getattr(obj, field)))])


def includeme(config):
    """Pyramid include, called once when the app is configured."""
    app = config.registry.settings['rattail_config'].get_app()
    cls = app.model.OdooPosRejected
    type('OdooPosRejectedView', (RejectedView,), {
        '__module__': __name__, 'model_class': cls}).defaults(config)
