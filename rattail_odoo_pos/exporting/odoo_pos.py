# SPDX-License-Identifier: GPL-3.0-or-later
"""Rattail -> Odoo POS export handler (``rattail export-odoo-pos``).

What is sent is declared on the entities (``export=`` in
:mod:`rattail_odoo_pos.entities`); which of those fields Rattail owns is
``[odoo_pos] export.<entity>.fields`` (default: all declared).  Per source and
entity, in the table's order (departments before the products that point at
their categories):

* **binder**: the extension rows ``(source, odoo_id)`` are the bindings.  A
  Rattail record without one is first looked up in Odoo by natural key
  (category: name + parent; product: barcode, else internal reference;
  partner: email, else VAT) and bound to what is found, else created (in
  batches: one ``create`` with a list) and bound.  The binding is written with
  what Odoo returns, so the next import sees no change (no echo), and a run
  that died between Odoo's create and Rattail's commit creates no duplicate;
* **change detection**: bound records are read back in batches (owned fields
  and ``write_date``), diffed, and only the changed fields written; records
  with the same changed values go in one ``write``;
* **conflicts**: when Odoo's ``write_date`` is newer than the binding's and a
  field to be written differs in Odoo from the value the binding last saw,
  the record is not written and the conflict is reported (``--rattail-wins
  FIELD`` lets Rattail win for that field);
* **validation**: a record with an empty name, a barcode with a wrong check
  digit or one already used by another record of this export, or a negative
  price is skipped with one warning;
* **Odoo errors per record** (a duplicate barcode...): one line naming source,
  model, Rattail record and Odoo's message; the record is left unbound or
  unchanged, the run goes on, and :class:`ExportFailed` ends it (exit code 1).

The same advisory lock as the importer (:mod:`rattail_odoo_pos.locks`) is held
per source for the whole run.  ``--dry-run`` sends no ``create`` or ``write``.
"""

from __future__ import annotations

import logging
import sys
from collections import OrderedDict
from typing import Any

from rattail.importing import ImportHandler

from rattail_odoo_pos import versions
from rattail_odoo_pos.config import get_setting
from rattail_odoo_pos.entities import ENTITIES, Entity
from rattail_odoo_pos.exporting import conflicts
from rattail_odoo_pos.exporting.values import OPT_IN, SkipRecord, get_value, tax_map
from rattail_odoo_pos.importing.common import refuse_unknown_models
from rattail_odoo_pos.importing.convert import convert
from rattail_odoo_pos.importing.odoo_pos import valid_gtin
from rattail_odoo_pos.importing.odoo_pos import record_source_status
from rattail_odoo_pos.locks import SourceLocks
from rattail_odoo_pos.odoo import OdooPosError
from rattail_odoo_pos.odoo.errors import OdooConfigError, OdooRPCError, one_line

log = logging.getLogger(__name__)

#: exported entities, in dependency order
EXPORTED = [key for key, entity in ENTITIES.items() if entity.export]

#: rows per read / create / write batch
BATCH_SIZE = 200

#: module of the external ids (``ir.model.data``) the export records in Odoo:
#: ``rattail_odoo_pos.<entity>_<Rattail uuid>``
XMLID_MODULE = 'rattail_odoo_pos'


class ExportFailed(OdooPosError):
    """The run finished, but some records failed in Odoo or a source could not be
    reached: :attr:`lines`, one each.  :attr:`exported`: the sources the export
    ran to (possibly with failed records); :attr:`unreached`: those it could not;
    :attr:`interrupted`: those whose Odoo failed during the export (what was sent
    before is in Odoo and bound, the rest was not sent); :attr:`dry_run`: nothing
    was sent at all."""

    def __init__(self, lines: list[str], exported: list[str] | None = None,
                 unreached: list[str] | None = None, interrupted: list[str] | None = None,
                 dry_run: bool = False):
        self.lines = lines
        self.dry_run = dry_run
        self.exported = list(exported or [])
        self.unreached = list(unreached or [])
        self.interrupted = list(interrupted or [])
        super().__init__('; '.join(lines))

    @property
    def hint(self) -> str:
        """The line after the failures: what was (not) exported, true to this run."""
        if self.dry_run:
            said = ["Dry run: nothing was sent"]
            if self.unreached:
                said.append(f"{', '.join(self.unreached)} could not be reached")
            if self.interrupted:
                said.append(f"Odoo failed during the dry run of {', '.join(self.interrupted)}")
            return f"{'; '.join(said)}. Re-run once fixed."
        if not self.exported and not self.interrupted:
            return "Nothing was exported. Re-run once fixed."
        left = []
        if self.unreached:
            left.append(f"nothing was sent to {', '.join(self.unreached)}")
        if self.interrupted:
            left.append(f"the export to {', '.join(self.interrupted)} stopped part-way: what "
                        f"was sent before the failure is in Odoo and bound, the rest was not "
                        f"sent")
        if len(self.lines) > len(self.unreached) + len(self.interrupted):
            left.append("the failed records are left unbound or unchanged")
        rerun = ("Re-run once fixed; it sends only what is still unsent." if self.interrupted
                 else "Re-run once fixed.")
        if not self.exported:
            said = '; '.join(left)
            return f"{said[0].upper()}{said[1:]}. {rerun}"
        return f"Everything else was exported; {' and '.join(left)}. {rerun}"


def owned_fields(config: Any, entity: Entity) -> list[str]:
    """The Odoo fields of *entity* Rattail owns (``[odoo_pos] export.<key>.fields``)."""
    settings = {'department': 'export.department.fields', 'product': 'export.product.fields',
                'customer': 'export.customer.fields'}
    names = get_setting(config, settings[entity.key]) if entity.key in settings else None
    if not names:
        return [field for field, spec in entity.export.items() if spec not in OPT_IN]
    unknown = [n for n in names if n not in entity.export]
    if unknown:
        raise OdooConfigError(
            f"[odoo_pos] export.{entity.key}.fields names {', '.join(unknown)}, which "
            f"{entity.key} does not export; it exports {', '.join(entity.export)}")
    return list(dict.fromkeys(names))


def describe(entity: Entity, native: Any) -> str:
    """The Rattail record, as a line names it."""
    label = str(native) or '(no name)'
    return f"Rattail {entity.key} {label!r} ({native.uuid})"


class FromRattailToOdooPos(ImportHandler):
    """Export Rattail's departments, products and customers to every Odoo source."""
    host_key = 'rattail'
    local_key = 'odoo_pos'
    direction = 'export'
    generic_host_title = host_title = "Rattail"
    generic_local_title = local_title = "Odoo POS"
    lock_label = 'export-odoo-pos'

    def __init__(self, config=None, **kwargs):
        self.sources_requested = kwargs.pop('sources', None)
        self.rattail_wins = set(kwargs.pop('rattail_wins', None) or ())
        #: False: one ``create`` / ``write`` call per record (the benchmark's baseline)
        self.group_writes = kwargs.pop('group_writes', True)
        #: only these Rattail records (uuids), e.g. the web's "push to Odoo now"
        self.only_uuids = set(kwargs.pop('uuids', None) or ()) or None
        self.dry_run = False
        self.diff_max_display = 15
        super().__init__(config, **kwargs)

    def get_importers(self):
        return OrderedDict((ENTITIES[key].native, key) for key in EXPORTED)

    def get_default_keys(self):
        return list(self.get_importers())

    @property
    def sources(self) -> list[str]:
        return self.app.get_odoo_pos_handler().resolve_sources(self.sources_requested)

    def import_data(self, *keys, **kwargs):
        """Export the entities of *keys* (native class names such as ``Product``,
        or entity keys) to each source; the rattail command's options come as
        *kwargs*."""
        self.import_began = self.app.make_utc(tzinfo=True)
        self.dry_run = kwargs.get('dry_run', self.dry_run)
        self.warnings = kwargs.get('warnings', False)
        self.options = kwargs
        #: a dry run's bindings it would make: (source, entity key, native uuid) ->
        #: the Odoo id found, or DRY_RUN_ID for a record it would create, so that what
        #: points at them (a product at its new department's category) counts as the
        #: real run would count it instead of being skipped as unbound
        self.dry_bound: dict[tuple[str, str, str], int] = {}
        importers = self.get_importers()        # native class name -> entity key
        names = [ENTITIES[k].native if k in EXPORTED else k
                 for k in (keys or self.get_default_keys())]
        refuse_unknown_models(names, importers, 'export')
        wanted = {importers[name] for name in names}
        sources = self.sources           # a wrong setting stops the run here
        owned = {key: owned_fields(self.config, ENTITIES[key]) for key in EXPORTED}
        if 'taxes_id' in owned.get('product', ()):
            for source in sources:          # a wrong mapping stops the run here
                tax_map(self.config, source)
        self.failures: list[str] = []
        self.skipped: list[str] = []
        self.conflicts: list[str] = []
        self.changes: OrderedDict = OrderedDict()
        self.counts: dict[tuple[str, str], dict[str, int]] = {}
        #: source -> its counts so far, for those whose Odoo failed during the export
        self.stopped: dict[str, dict] = {}
        exported, unreached, interrupted = [], [], []
        with SourceLocks(self.config, sources, self.lock_label):
            for source in sources:
                try:
                    client = self.app.get_odoo_pos_handler().get_client(source).connect()
                except OdooPosError as error:
                    # one shop's Odoo down must not keep the decision from the others
                    self.failures.append(str(error))
                    unreached.append(source)
                    if not self.dry_run:
                        record_source_status(self.config, source, error)
                    continue
                session = self.app.make_session()
                done: dict[tuple[str, str], dict[str, int]] = {}
                try:
                    for key in EXPORTED:
                        if key in wanted:
                            exporter = EntityExporter(self, ENTITIES[key], source, client,
                                                      session, owned[key])
                            done[(source, key)] = exporter.counts
                            exporter.run()
                    session.rollback() if self.dry_run else session.commit()
                    self.counts.update(done)
                    exported.append(source)
                except OdooConfigError:
                    raise
                except OdooPosError as error:
                    # Odoo failed during the export (stopped answering, refused the
                    # connection, HTTP 5xx after the retries): keep the bindings of what
                    # Odoo confirmed (earlier batches are committed already; a binding is
                    # only made from Odoo's answer), and go on with the other sources.
                    # A record Odoo created without our learning its id is found by the
                    # next run (external id, else natural key) before any create.
                    # self.counts holds only the sources the export ran to (the datasync
                    # consumer requeues the others); what this one did is reported apart.
                    session.rollback() if self.dry_run else session.commit()
                    self.failures.append(str(error))
                    self.stopped[source] = done
                    interrupted.append(source)
                    if not self.dry_run:
                        record_source_status(self.config, source, error)
                finally:
                    session.close()
        self.report()
        if self.warnings and (self.changes or self.failures or self.conflicts):
            self.process_changes(self.changes)
        if self.failures:
            raise ExportFailed(self.failures, exported, unreached, interrupted,
                               dry_run=self.dry_run)
        return self.changes

    def report(self) -> None:
        """The summary on stdout; skipped records and conflicts listed."""
        suffix = ' (dry run: nothing sent)' if self.dry_run else ''
        lines = [(key, n, suffix) for key, n in self.counts.items()]
        for done in getattr(self, 'stopped', {}).values():   # the last one was running
            lines += [(key, n, suffix + (' (stopped: Odoo failed)' if key == list(done)[-1]
                                         else '')) for key, n in done.items()]
        for (source, key), n, note in lines:
            print(f"{source}: {ENTITIES[key].odoo_model}: created {n['created']}, "
                  f"bound {n['bound']}, updated {n['updated']}, conflicts {n['conflicts']}, "
                  f"skipped {n['skipped']}, failed {n['failed']}, archived {n['archived']}"
                  f"{note}")
        if self.conflicts:
            print(f"Conflicts (changed in Odoo and in Rattail; nothing written; re-run with "
                  f"--rattail-wins FIELD to let Rattail win): {len(self.conflicts)}")
            for line in self.conflicts:
                print(f"  {line}")
        for line in self.skipped:
            print(f"skipped: {line}", file=sys.stderr)
        sys.stdout.flush()

    def change(self, kind: str, title: str, native: Any, odoo: dict, wanted: dict) -> None:
        """Keep a change for the warnings email (rattail's (created, updated, deleted));
        without ``--warnings`` only a count is kept, so memory stays bounded
        whatever the catalog size."""
        created, updated, deleted = self.changes.setdefault(title, ([], [], []))
        (created if kind == 'created' else updated).append(
            (native, odoo, wanted) if self.warnings else True)


#: the Odoo id a dry run gives a record it would create (never sent: nothing is)
DRY_RUN_ID = -1


class EntityExporter:
    """One entity to one source."""

    def __init__(self, handler: FromRattailToOdooPos, entity: Entity, source: str, client,
                 session, owned: list[str]):
        self.handler = handler
        self.app = handler.app
        self.entity = entity
        self.source = source
        self.client = client
        self.session = session
        self.owned = owned
        self.model = entity.odoo_model
        self.native_class = getattr(self.app.model, entity.native)
        self.ext_class = entity.model_class
        self.link = entity.native_link
        #: Odoo field -> (binding column, conversion)
        self.columns = {field: (column, kind) for column, (field, kind) in entity.fields.items()}
        self.options = handler.options
        self.counts = dict(created=0, bound=0, updated=0, conflicts=0, skipped=0, failed=0,
                           archived=0)
        self.barcodes: dict[str, str] = {}
        self._bound: dict[tuple[str, str], int | None] = {}
        self._open_conflicts: set[int] | None = None
        self.limit_said = False
        #: deleted Rattail records being archived (``--delete``)
        self.archiving: set[str] = set()
        #: False once Odoo refused external ids (the natural key still guards)
        self.xmlids = True
        #: external id name -> its ir.model.data id, for those whose record is gone
        self._stale_xmlids: dict[str, int] = {}

    # -- helpers ---------------------------------------------------------

    def bound_id(self, entity_key: str, native_uuid: str) -> int | None:
        """The Odoo id of a native record of *entity_key* in this source, if bound."""
        key = (entity_key, native_uuid)
        if key not in self._bound:
            entity = ENTITIES[entity_key]
            ext = entity.model_class
            row = self.session.query(ext.odoo_id).filter(
                ext.source == self.source,
                getattr(ext, entity.native_link) == native_uuid).first()
            self._bound[key] = row[0] if row else None
        if self._bound[key] is None and getattr(self.handler, 'dry_run', False):
            return self.handler.dry_bound.get((self.source, entity_key, native_uuid))
        return self._bound[key]

    def column_value(self, field: str, value: Any) -> Any:
        """*value* (a getter's) as the binding's column holds it."""
        _, kind = self.columns[field]
        if kind == 'ids':
            return ','.join(str(i) for i in value) if value else None
        if kind in ('price', 'money'):
            return None if value is None else convert(kind, float(value), odoo_model=self.model,
                                                      field=field, odoo_id=None)
        if kind == 'str':
            return value if value not in (None, '') else None
        if kind == 'bool':
            return bool(value)
        return value

    def odoo_value(self, field: str, value: Any) -> Any:
        """*value* (a getter's) as Odoo takes it."""
        _, kind = self.columns[field]
        if kind == 'ids':
            return [(6, 0, list(value or []))]
        if kind in ('price', 'money'):
            return float(value) if value is not None else 0.0
        if value is None:
            return False
        return value

    @property
    def version_plan(self) -> 'versions.Plan':
        """How this source's Odoo version names what is read back (versions.py)."""
        if getattr(self, '_version_plan', None) is None:
            self._version_plan = versions.plan_for(self.client, self.entity, self.source)
        return self._version_plan

    def read_columns(self, rec: dict) -> dict:
        """An Odoo record read back, as the binding's columns (the importer's conversions)."""
        rec = self.version_plan.adapt(rec)          # as Odoo 17 sends it
        data = {'odoo_write_date': convert('dt', rec.get('write_date'), odoo_model=self.model,
                                           field='write_date', odoo_id=rec['id'])}
        for column, (field, kind) in self.entity.fields.items():
            data[column] = convert(kind, rec.get(field, False), odoo_model=self.model,
                                   field=field, odoo_id=rec['id'])
        return data

    @staticmethod
    def same(kind: str, a: Any, b: Any, field: str | None = None) -> bool:
        """Whether two binding-column values mean the same in Odoo."""
        if kind == 'ids':
            if field in (None, 'pos_categ_ids'):
                # the importer keeps the first category as the department
                return (a or '').split(',')[0] == (b or '').split(',')[0]
            return set(filter(None, (a or '').split(','))) == \
                set(filter(None, (b or '').split(',')))
        return a == b

    def fail(self, native: Any, message: str) -> None:
        self.counts['failed'] += 1
        line = (f"Odoo source '{self.source}': {self.model}: {describe(self.entity, native)}: "
                f"{one_line(message)}")
        log.error("%s", line)
        self.handler.failures.append(line)

    def skip(self, native: Any, why: str) -> None:
        self.counts['skipped'] += 1
        line = f"Odoo source '{self.source}': {self.model}: {describe(self.entity, native)}: {why}"
        log.warning("skipped: %s", line)
        self.handler.skipped.append(line)

    def odoo_message(self, error: Exception) -> str:
        return getattr(error, 'odoo_message', None) or str(error)

    def room(self, kind: str) -> int | None:
        """How many more records this run may ``create`` or ``update`` (*kind*)
        in this source and model: ``--max-create`` / ``--max-update``, and
        ``--max-total`` for both together (rattail's limits, which count per
        importer: here per source and model).  None: no limit."""
        opts = self.options
        limits = []
        if opts.get(f'max_{kind}'):
            limits.append(opts[f'max_{kind}'] - self.counts[f'{kind}d'])
        if opts.get('max_total'):
            limits.append(opts['max_total'] - self.counts['created'] - self.counts['updated'])
        return max(0, min(limits)) if limits else None

    def limit_reached(self) -> bool:
        """No more creates nor updates allowed (the run of this model stops)."""
        done = [self.room(kind) == 0 or not self.options.get(kind, True)
                for kind in ('create', 'update')]
        return all(done)

    def trim(self, kind: str, records: list) -> list:
        """*records* cut to what :meth:`room` allows, saying so once."""
        room = self.room(kind)
        if room is None or len(records) <= room:
            return records
        if not self.limit_said:
            log.warning("Odoo source '%s': %s: the --max-* limit is reached; the rest waits "
                        "for the next run", self.source, self.model)
            self.limit_said = True
        return records[:room]

    # -- the run ---------------------------------------------------------

    def run(self) -> None:
        last = None
        while True:
            query = self.session.query(self.native_class).order_by(self.native_class.uuid)
            if last is not None:
                query = query.filter(self.native_class.uuid > last)
            if self.handler.only_uuids is not None:
                query = query.filter(self.native_class.uuid.in_(self.handler.only_uuids))
            batch = query.limit(BATCH_SIZE).all()
            if not batch:
                break
            last = batch[-1].uuid
            self.export_batch(batch)
            if not self.handler.dry_run:
                self.session.commit()
            if self.limit_reached():
                break

    def bindings(self, natives: list) -> dict[str, Any]:
        ext = self.ext_class
        rows = self.session.query(ext).filter(
            ext.source == self.source,
            getattr(ext, self.link).in_([n.uuid for n in natives])).all()
        out: dict[str, Any] = {}
        for row in rows:
            out.setdefault(getattr(row, self.link), row)
        return out

    def wanted(self, native: Any, binding: Any) -> dict[str, Any] | None:
        """Odoo field -> the getter's value for every owned field, or None
        (skipped with a warning) when the record is not valid."""
        values = {}
        try:
            for field in self.owned:
                values[field] = get_value(self, self.entity.export[field], native, binding)
        except SkipRecord as why:
            self.skip(native, str(why))
            return None
        problem = self.validate(native, values)
        if problem:
            self.skip(native, problem)
            return None
        return values

    def validate(self, native: Any, values: dict) -> str | None:
        if 'name' in values and not (values['name'] or '').strip():
            return "its name is empty"
        code = values.get('barcode')
        if code:
            if not valid_gtin(code):
                return f"barcode {code!r} is not a GTIN with a correct check digit"
            other = self.barcodes.get(code)
            if other is not None and other != native.uuid:
                return f"barcode {code!r} is also the barcode of Rattail product {other}"
            self.barcodes[code] = native.uuid
        price = values.get('lst_price')
        if price is not None and price < 0:
            return f"its price {price} is negative"
        return None

    def export_batch(self, natives: list) -> None:
        bindings = self.bindings(natives)
        deleting = self.options.get('delete')
        unbound, bound = [], []
        for native in natives:
            binding = bindings.get(native.uuid)
            if getattr(native, 'deleted', False):
                # a deleted product is archived in Odoo only with --delete (never
                # unlinked), and nothing else of it is written
                if not (deleting and binding is not None and 'active' in self.columns):
                    continue
                self.archiving.add(native.uuid)
                bound.append((native, binding, {'active': False}))
                continue
            values = self.wanted(native, binding)
            if values is None:
                continue
            (bound if binding is not None else unbound).append((native, binding, values))
        if unbound and self.options.get('create', True):
            bound += self.create(unbound)
        if bound and self.options.get('update', True):
            self.update(bound)

    # -- binder and creates ----------------------------------------------

    def natural_domain(self, values: dict, native: Any) -> list | None:
        key = self.entity.key
        if key == 'department':
            name = values.get('name') or native.name
            return [('name', '=', name), ('parent_id', '=', values.get('parent_id') or False)]
        if key == 'product':
            code = values.get('barcode') or get_value(self, 'barcode', native, None)
            if code:
                return [('barcode', '=', code)]
            ref = values.get('default_code') or native.item_id
            return [('default_code', '=', ref)] if ref else None
        if key == 'customer':
            email = values.get('email') or get_value(self, 'email', native, None)
            if email:
                return [('email', '=ilike', email)]
            vat = values.get('vat')
            return [('vat', '=', vat)] if vat else None
        return None

    def find_existing(self, records: list) -> dict[str, dict]:
        """native uuid -> the Odoo record it already is (by natural key), for
        those of *records* ``(native, binding, values)`` Odoo has.  Keys looked
        up by equality (barcode, internal reference) are asked in one ``search_read``
        per field; the others one record at a time."""
        found: dict[str, dict] = {}
        by_value: dict[str, dict[Any, list]] = {}
        for native, _, values in records:
            domain = self.natural_domain(values, native)
            if not domain:
                continue
            if len(domain) == 1 and domain[0][1] == '=':
                field, _, value = domain[0]
                by_value.setdefault(field, {}).setdefault(value, []).append(native)
                continue
            recs = self.client.search_read(self.model, domain, self.version_plan.fields,
                                           order='id', limit=1)
            if recs:
                found[native.uuid] = recs[0]
        for field, natives in by_value.items():
            values = list(natives)
            for start in range(0, len(values), BATCH_SIZE):
                chunk = values[start:start + BATCH_SIZE]
                recs = self.client.search_read(self.model, [(field, 'in', chunk)],
                                               self.version_plan.fields, order='id')
                for rec in recs:            # the oldest record of a value wins
                    for native in natives.get(rec.get(field), []):
                        found.setdefault(native.uuid, rec)
        return found

    def xmlid_name(self, native: Any) -> str:
        return f"{self.entity.key}_{native.uuid}"

    def xmlid_failed(self, error: Exception) -> None:
        self.xmlids = False
        log.warning("Odoo source '%s': %s: cannot use external ids (ir.model.data): %s; the "
                    "natural-key lookup alone guards against duplicates", self.source,
                    self.model, one_line(self.odoo_message(error)))

    def find_by_xmlid(self, records: list) -> dict[str, dict]:
        """native uuid -> the Odoo record the export created for it before
        (its external id ``rattail_odoo_pos.<entity>_<uuid>``), for *records*."""
        found: dict[str, dict] = {}
        if not self.xmlids:
            return found
        names = {self.xmlid_name(native): native for native, _, _ in records}
        try:
            rows = self.client.search_read(
                'ir.model.data', [('module', '=', XMLID_MODULE), ('model', '=', self.model),
                                  ('name', 'in', list(names))], ['name', 'res_id'])
            ids = [row['res_id'] for row in rows]
            recs = {r['id']: r for r in self.client.read(self.model, ids,
                                                         self.version_plan.fields)} if ids else {}
        except OdooRPCError as error:
            self.xmlid_failed(error)
            return found
        for row in rows:
            rec = recs.get(row['res_id'])
            if rec is None:             # deleted in Odoo: the id is re-pointed later
                self._stale_xmlids[row['name']] = row['id']
            else:
                found[names[row['name']].uuid] = rec
        return found

    def record_xmlids(self, pairs: list) -> None:
        """Record ``(native, odoo id)`` *pairs* as external ids in Odoo (one
        ``create``), so a later run finds them whatever their natural key."""
        if not pairs or not self.xmlids or self.handler.dry_run:
            return
        new = []
        try:
            for native, odoo_id in pairs:
                name = self.xmlid_name(native)
                stale = self._stale_xmlids.pop(name, None)
                if stale is not None:
                    self.client.execute_kw('ir.model.data', 'write',
                                           [[stale], {'res_id': odoo_id}])
                else:
                    new.append({'module': XMLID_MODULE, 'name': name, 'model': self.model,
                                'res_id': odoo_id, 'noupdate': True})
            if new:
                self.client.execute_kw('ir.model.data', 'create', [new])
        except OdooRPCError as error:
            self.xmlid_failed(error)

    def bind(self, native: Any, rec: dict) -> Any:
        """Write the extension row of *native* with what Odoo has (no echo)."""
        binding = self.ext_class(source=self.source, odoo_id=rec['id'])
        setattr(binding, self.link, native.uuid)
        for column, value in self.read_columns(rec).items():
            setattr(binding, column, value)
        self.session.add(binding)
        self.session.flush()
        self._bound[(self.entity.key, native.uuid)] = rec['id']
        return binding

    def create(self, records: list) -> list:
        """Bind what Odoo already has, create the rest (in batches); return the
        ``(native, binding, values)`` of those bound to an existing record."""
        to_create, found = [], []
        taken = {}
        existing = self.find_by_xmlid(records)
        by_xmlid = set(existing)
        existing.update(self.find_existing([r for r in records if r[0].uuid not in existing]))
        for native, _, values in records:
            rec = existing.get(native.uuid)
            if rec is None:
                to_create.append((native, values))
                continue
            holder = self.session.query(self.ext_class).filter(
                self.ext_class.source == self.source,
                self.ext_class.odoo_id == rec['id']).first() or taken.get(rec['id'])
            if holder is not None:
                # two Rattail records for one Odoo record (e.g. a product with no
                # barcode nor reference imported from two shops): not Odoo's fault
                # and not to be retried for ever as a failure; a person merges them
                other = holder if not hasattr(holder, self.link) else getattr(holder, self.link)
                self.skip(native, f"Odoo's {self.model} {rec['id']} has the same natural key and "
                                  f"is bound to another Rattail record ({other}); merge the two "
                                  f"in Rattail or give them distinct keys")
                continue
            taken[rec['id']] = native
            if self.handler.dry_run:
                self.handler.dry_bound[(self.source, self.entity.key, native.uuid)] = rec['id']
                self.counts['bound'] += 1
                continue
            binding = self.bind(native, rec)
            self.counts['bound'] += 1
            found.append((native, binding, values))
        self.record_xmlids([(native, binding.odoo_id) for native, binding, _ in found
                            if native.uuid not in by_xmlid])
        to_create = self.trim('create', to_create)
        size = BATCH_SIZE if self.handler.group_writes else 1
        for start in range(0, len(to_create), size):
            self.create_batch(to_create[start:start + size])
        return found

    def create_batch(self, batch: list) -> None:
        vals = [{f: self.odoo_value(f, v) for f, v in values.items()} for _, values in batch]
        if self.handler.dry_run:
            for native, values in batch:
                log.info("would create %s in %s", describe(self.entity, native), self.source)
                self.handler.dry_bound[(self.source, self.entity.key, native.uuid)] = DRY_RUN_ID
            self.counts['created'] += len(batch)
            return
        try:
            ids = self.client.execute_kw(self.model, 'create', [[
                versions.export_vals(self.client.major_version, self.model, v) for v in vals]])
        except OdooRPCError as error:
            if len(batch) == 1:
                self.fail(batch[0][0], self.odoo_message(error))
                return
            for one in batch:           # find the record Odoo refuses; the rest goes on
                self.create_batch([one])
            return
        self.record_xmlids([(native, odoo_id) for (native, _), odoo_id in zip(batch, ids)])
        records = {r['id']: r for r in self.client.read(self.model, ids, self.version_plan.fields)}
        for (native, values), odoo_id in zip(batch, ids):
            self.bind(native, records[odoo_id])
            self.counts['created'] += 1
            self.handler.change('created', f"{self.entity.native} ({self.source})", native,
                                {}, values)

    # -- change detection, conflicts, grouped writes ---------------------

    def update(self, records: list) -> None:
        fields = list(dict.fromkeys(self.owned + ['write_date']))
        for start in range(0, len(records), BATCH_SIZE):
            batch = records[start:start + BATCH_SIZE]
            read = {r['id']: r for r in self.client.read(
                self.model, [b.odoo_id for _, b, _ in batch], fields)}
            groups: OrderedDict = OrderedDict()
            for native, binding, values in batch:
                rec = read.get(binding.odoo_id)
                if rec is None:
                    self.skip(native, f"its {self.model} {binding.odoo_id} is gone from Odoo "
                                      f"(the next import with --delete forgets the binding)")
                    continue
                vals = self.changed(native, binding, values, rec)
                if vals:
                    key = tuple(sorted((f, repr(v)) for f, v in vals.items()))
                    if not self.handler.group_writes:
                        key = (binding.odoo_id,)
                    groups.setdefault(key, (vals, []))[1].append((native, binding, values))
            for vals, members in groups.values():
                members = self.trim('update', members)
                if not members:
                    return
                self.write(vals, members)

    def changed(self, native: Any, binding: Any, values: dict, rec: dict) -> dict:
        """The Odoo values to write (empty when nothing differs or on a conflict)."""
        odoo_cols = self.read_columns(rec)
        changed, conflicting, details = {}, [], []
        newer = (binding.odoo_write_date is None or odoo_cols['odoo_write_date'] is None
                 or odoo_cols['odoo_write_date'] > binding.odoo_write_date)
        for field, value in values.items():
            column, kind = self.columns[field]
            want = self.column_value(field, value)
            have = odoo_cols[column]
            if self.same(kind, want, have, field):
                continue
            changed[field] = self.odoo_value(field, value)
            seen = getattr(binding, column)
            if newer and not self.same(kind, have, seen, field) and \
                    field not in self.handler.rattail_wins:
                conflicting.append(f"{field}: Odoo {have!r} (was {seen!r}), Rattail {want!r}")
                details.append((field, have, seen, want))
        if conflicting:
            conflicts.record(self.session, self.app.model, self.source, self.model,
                             binding.odoo_id, native, details)
            self.counts['conflicts'] += 1
            line = (f"Odoo source '{self.source}': {self.model} {binding.odoo_id}: "
                    f"{describe(self.entity, native)}: " + '; '.join(conflicting))
            log.warning("conflict: %s", line)
            self.handler.conflicts.append(line)
            self.handler.change('updated', f"{self.entity.native} conflicts ({self.source}): "
                                f"Odoo's value -> Rattail's", native,
                                {f: odoo_cols[self.columns[f][0]] for f in changed},
                                {f: self.column_value(f, values[f]) for f in changed})
            return {}
        if self._open_conflicts is None:
            self._open_conflicts = conflicts.open_ids(self.session, self.app.model,
                                                      self.source, self.model)
        if binding.odoo_id in self._open_conflicts:    # in sync again (or written now)
            conflicts.clear(self.session, self.app.model, self.source, self.model,
                            binding.odoo_id)
        return changed

    def write(self, vals: dict, members: list) -> None:
        ids = [b.odoo_id for _, b, _ in members]
        if self.handler.dry_run:
            for native, binding, _ in members:
                log.info("would write %s to %s %s in %s", sorted(vals), self.model,
                         binding.odoo_id, self.source)
            self.counts['updated'] += len(members)
            self.counts['archived'] += sum(n.uuid in self.archiving for n, _, _ in members)
            return
        try:
            self.client.execute_kw(self.model, 'write', [
                ids, versions.export_vals(self.client.major_version, self.model, vals)])
        except OdooRPCError as error:
            if len(members) == 1:
                self.fail(members[0][0], self.odoo_message(error))
                return
            for one in members:
                self.write(vals, [one])
            return
        read = {r['id']: r for r in self.client.read(self.model, ids, self.version_plan.fields)}
        for native, binding, values in members:
            rec = read.get(binding.odoo_id)
            if rec is not None:
                for column, value in self.read_columns(rec).items():
                    setattr(binding, column, value)
            self.counts['updated'] += 1
            self.counts['archived'] += native.uuid in self.archiving
            self.handler.change('updated', f"{self.entity.native} ({self.source})", native,
                                {f: None for f in vals}, {f: values[f] for f in vals})
        self.session.flush()


__all__ = ['FromRattailToOdooPos', 'ExportFailed', 'owned_fields']
