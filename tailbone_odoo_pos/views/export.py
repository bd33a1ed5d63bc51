# SPDX-License-Identifier: GPL-3.0-or-later
"""What the export to Odoo (``rattail export-odoo-pos``) looks like on the web.

* :func:`export_state`: per source, the state of a Rattail product, department
  or customer: ``conflict`` (an open row of ``odoo_pos_export_conflict``),
  ``pending`` (what the export would send differs from what the binding last
  read from or wrote to Odoo) or ``in sync``.  The rule is the exporter's own:
  its value getters and conversions on the Rattail record against the
  binding's columns, no call to Odoo.
* "Push to Odoo now" (``POST /odoo-pos/push/{entity}/{uuid}``, permission
  ``odoo_pos.export.push``, Tailbone's CSRF token): runs the export for that
  one record (and its department, dependencies first) to each configured
  source, one source at a time, and flashes the outcome per source.
* The export conflicts list (``/odoo-pos/export-conflicts/``, read-only,
  permission ``odoo_pos.export_conflicts.list``/``.view``).
"""

from __future__ import annotations

import types
from typing import Any

from pyramid.httpexceptions import HTTPFound, HTTPNotFound
from webhelpers2.html import HTML

from rattail_odoo_pos.entities import ENTITIES
from rattail_odoo_pos.redact import Redactor
from tailbone_odoo_pos.views.master import OdooRecordsView, odoo_link

PUSH_PERMISSION = 'odoo_pos.export.push'
PUSH_ROUTE = 'odoo_pos.export.push'
CONFLICTS_ROUTE = 'odoo_pos.export_conflicts'
CONFLICTS_URL = '/odoo-pos/export-conflicts'
CONFLICTS_PERMISSION_PREFIX = 'odoo_pos.export_conflicts'

#: the entities the export sends (Department, Product, Customer)
EXPORTED = {key: entity for key, entity in ENTITIES.items() if entity.export}


def exported_entity(key: str):
    return EXPORTED.get(key)


def pending_fields(app: Any, session: Any, config: Any, entity: Any, source: str,
                   native: Any, binding: Any) -> list[str]:
    """The owned Odoo fields whose Rattail value differs from what the binding
    holds (what the next export would write, if Odoo has not changed)."""
    from rattail_odoo_pos.exporting.odoo_pos import EntityExporter, owned_fields
    from rattail_odoo_pos.exporting.values import SkipRecord, get_value
    handler = types.SimpleNamespace(app=app, options={})
    owned = owned_fields(config, entity)
    ctx = EntityExporter(handler, entity, source, None, session, owned)
    fields = []
    for field in owned:
        column, kind = ctx.columns[field]
        try:
            want = ctx.column_value(field, get_value(ctx, entity.export[field], native,
                                                     binding))
        except SkipRecord:
            fields.append(field)
            continue
        if not ctx.same(kind, want, getattr(binding, column), field):
            fields.append(field)
    return fields


def open_conflicts(session: Any, app: Any, native_uuid: str) -> dict[str, list[Any]]:
    """source -> the open export conflict rows of a Rattail record."""
    cls = app.model.OdooPosExportConflict
    out: dict[str, list[Any]] = {}
    for row in session.query(cls).filter(cls.native_uuid == native_uuid).order_by(cls.field):
        out.setdefault(row.source, []).append(row)
    return out


def export_state(app: Any, session: Any, config: Any, entity: Any, source: str,
                 native: Any, binding: Any, conflicts: list[Any]) -> tuple[str, str]:
    """``(state, detail)``: ``conflict``, ``pending`` or ``in sync`` (bound
    records), ``not bound`` otherwise."""
    if binding is None:
        return 'not bound', ''
    if conflicts:
        return 'conflict', ', '.join(row.field for row in conflicts)
    try:
        fields = pending_fields(app, session, config, entity, source, native, binding)
    except Exception as error:      # a setting the export would refuse too
        return 'pending', str(error)
    if fields:
        return 'pending', ', '.join(fields)
    return 'in sync', ''


STATE_TEXT = {'in sync': "in sync", 'pending': "pending (changed in Rattail)",
              'conflict': "conflict (changed in Odoo and in Rattail)"}


def render_sources(request: Any, app: Any, session: Any, config: Any, entity_key: str,
                   native: Any, rows: list[Any]) -> Any:
    """The "Odoo POS" field of an exported entity: one line per configured
    source (bound with its Odoo id and link, or not), its state, and the
    "Push to Odoo now" button for those allowed."""
    entity = EXPORTED[entity_key]
    handler = app.get_odoo_pos_handler()
    sources = list(dict.fromkeys(handler.get_source_keys() + [r.source for r in rows]))
    bindings = {}
    for row in rows:
        bindings.setdefault(row.source, row)
    conflicts = open_conflicts(session, app, native.uuid)
    items = []
    for source in sources:
        binding = bindings.get(source)
        state, detail = export_state(app, session, config, entity, source, native, binding,
                                     conflicts.get(source, []))
        if binding is None:
            parts = [HTML.tag('b', c=[source]), ": not in this Odoo yet"]
        else:
            parts = [HTML.tag('b', c=[source]), ": ",
                     odoo_link(app, source, entity.odoo_model, binding.odoo_id), " — ",
                     HTML.tag('span', class_='odoo-pos-state', c=[STATE_TEXT[state]])]
            if detail:
                parts.append(f" ({detail})")
        items.append(HTML.tag('li', class_='odoo-pos-link', data_source=source,
                              data_state=state, c=parts))
    out = [HTML.tag('ul', class_='odoo-pos', c=items)]
    if conflicts and request.has_perm(f'{CONFLICTS_PERMISSION_PREFIX}.list'):
        url = request.route_url(CONFLICTS_ROUTE, _query={
            'filter': 'true', 'native_uuid': native.uuid, 'native_uuid.verb': 'equal'})
        out.append(HTML.tag('a', href=url, class_='odoo-pos-conflicts-link',
                            c=["Open export conflicts of this record"]))
    if request.has_perm(PUSH_PERMISSION):
        out.append(push_form(request, entity_key, native.uuid))
    return HTML.tag('div', class_='odoo-pos-export', c=out)


def push_form(request: Any, entity_key: str, uuid: str) -> Any:
    """A POST form (with Tailbone's CSRF token) to :func:`push_view`."""
    from wuttaweb.util import render_csrf_token
    url = request.route_url(PUSH_ROUTE, entity=entity_key, uuid=uuid)
    return HTML.tag('form', method='post', action=url, class_='odoo-pos-push', c=[
        render_csrf_token(request),
        HTML.tag('button', type='submit', class_='button is-primary', c=["Push to Odoo now"])])


def push(config: Any, entity_key: str, native: Any) -> list[tuple[str, bool, str]]:
    """Export *native* (and a product's department first) to each configured
    source; ``(source, ok, message)`` per source, secrets masked."""
    from rattail_odoo_pos.exporting.odoo_pos import ExportFailed, FromRattailToOdooPos
    app = config.get_app()
    redact = Redactor.for_config(config)
    uuids = [native.uuid]
    keys = [EXPORTED[entity_key].native]
    if entity_key == 'product' and native.department_uuid:
        uuids.append(native.department_uuid)
        keys.insert(0, ENTITIES['department'].native)
    outcome = []
    for source in app.get_odoo_pos_handler().get_source_keys():
        handler = FromRattailToOdooPos(config, sources=[source], uuids=uuids)
        try:
            handler.import_data(*keys)
        except ExportFailed as error:
            outcome.append((source, False, redact('; '.join(error.lines))))
            continue
        except Exception as error:        # an unreachable source, a refused login...
            outcome.append((source, False, redact(f"{type(error).__name__}: {error}")))
            continue
        counts = handler.counts.get((source, entity_key), {})
        said = ', '.join(f"{n} {what}" for what, n in counts.items() if n) or "nothing to send"
        notes = handler.conflicts + handler.skipped
        if notes:
            outcome.append((source, False, redact(f"{said}: " + '; '.join(notes))))
        else:
            outcome.append((source, True, redact(said)))
    return outcome


def push_view(request):
    """``POST /odoo-pos/push/{entity}/{uuid}``: push one record, flash the
    outcome, back to its page."""
    entity_key = request.matchdict['entity']
    entity = exported_entity(entity_key)
    if entity is None:
        raise HTTPNotFound()
    config = request.rattail_config
    app = config.get_app()
    from tailbone.db import Session
    native = Session.get(getattr(app.model, entity.native), request.matchdict['uuid'])
    if native is None:
        raise HTTPNotFound()
    for source, ok, message in push(config, entity_key, native):
        queue = () if ok else ('error',)        # Tailbone shows the default queue as ok
        request.session.flash(f"Push to Odoo '{source}': {message}", *queue)
    Session.expire_all()
    from tailbone_odoo_pos.declarations import web_entities
    web = next(e.web for e in web_entities() if e.key == entity_key)
    return HTTPFound(location=request.route_url(f'{web.route_prefix}.view', uuid=native.uuid))


class ExportConflictsView(OdooRecordsView):
    """Read-only master view of ``OdooPosExportConflict``."""
    model_title = "Export Conflict"
    model_title_plural = "Export Conflicts"
    route_prefix = CONFLICTS_ROUTE
    url_prefix = CONFLICTS_URL
    permission_prefix = CONFLICTS_PERMISSION_PREFIX
    grid_links = ('odoo_id', 'field')
    filter_verbs = {'source': 'equal', 'odoo_model': 'equal', 'field': 'equal'}
    grid_columns = ['source', 'odoo_model', 'odoo_id', 'native_class', 'record', 'field',
                    'odoo_value', 'seen_value', 'rattail_value', 'first_seen', 'last_seen']
    form_fields = ['source', 'odoo_model', 'odoo_id', 'odoo_link', 'native_class', 'record',
                   'native_uuid', 'field', 'odoo_value', 'seen_value', 'rattail_value',
                   'first_seen', 'last_seen']
    labels = {'odoo_id': "Odoo ID", 'odoo_model': "Odoo Model", 'native_class': "Rattail Type",
              'native_uuid': "Rattail UUID", 'record': "Rattail Record",
              'odoo_value': "Value in Odoo", 'seen_value': "Last Seen in Odoo",
              'rattail_value': "Value in Rattail", 'odoo_link': "Open in Odoo"}

    def configure_grid(self, g):
        """Called when the list page's grid is made."""
        super().configure_grid(g)
        g.set_renderer('record', self.render_record_text)
        for name in ('odoo_value', 'seen_value', 'rattail_value'):
            g.set_renderer(name, self.render_value)

    def native_record(self, obj):
        cls = getattr(self.app.model, obj.native_class, None)
        return self.Session.get(cls, obj.native_uuid) if cls is not None else None

    def render_record_text(self, obj, field, *args):
        native = self.native_record(obj)
        return str(native) if native is not None else obj.native_uuid

    def render_value(self, obj, field, *args):
        return self.redact(getattr(obj, field) or '')

    def configure_form(self, f):
        """Called when the view page's form is made."""
        super().configure_form(f)
        f.set_renderer('record', self.render_record_link)
        f.set_renderer('odoo_link', self.render_odoo_link)
        for name in ('odoo_value', 'seen_value', 'rattail_value'):
            f.set_renderer(name, self.render_value)

    def render_record_link(self, obj, field, *args):
        native = self.native_record(obj)
        if native is None:
            return obj.native_uuid
        from tailbone_odoo_pos.declarations import web_entities
        for entity in web_entities():
            if entity.native_name == obj.native_class and entity.web is not None \
                    and hasattr(entity.web, 'route_prefix'):
                try:
                    url = self.request.route_url(f'{entity.web.route_prefix}.view',
                                                 uuid=native.uuid)
                except KeyError:
                    break
                return HTML.tag('a', href=url, c=[str(native)])
        return str(native)


def includeme(config):
    """Pyramid include, called once when the app is configured."""
    app = config.registry.settings['rattail_config'].get_app()
    type('OdooPosExportConflictView', (ExportConflictsView,), {
        '__module__': __name__, 'model_class': app.model.OdooPosExportConflict}).defaults(config)
    config.add_tailbone_permission_group('odoo_pos.export', "Odoo POS Export", overwrite=False)
    config.add_tailbone_permission('odoo_pos.export', PUSH_PERMISSION,
                                   "Push a Rattail record to Odoo now")
    config.add_route(PUSH_ROUTE, '/odoo-pos/push/{entity}/{uuid}', request_method='POST')
    config.add_view(push_view, route_name=PUSH_ROUTE, permission=PUSH_PERMISSION)
