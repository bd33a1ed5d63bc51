# SPDX-License-Identifier: GPL-3.0-or-later
"""Read-only master views of Odoo POS tables, generated from the declarations.

:func:`make_master_view` turns one :class:`~tailbone_odoo_pos.declarations.Browse`
entity into a Tailbone ``MasterView`` subclass (grid with filters, sorting and
a default search filter; a view page with a link to the record in Odoo;
version history when the table is versioned; the child entity as row grid).
"""

from __future__ import annotations

import datetime
import decimal
from typing import Any

import sqlalchemy as sa
from sqlalchemy import orm
from webhelpers2.html import HTML, tags

from tailbone.views import MasterView

from tailbone_odoo_pos import localtime
from tailbone_odoo_pos.declarations import Browse, WebEntity, native_routes
from tailbone_odoo_pos.grids import CheckedGrid, DeclaredGridMixin


#: attribute shown, filtered and sorted on for a related record of these classes
DISPLAY_ATTRS = ('name', 'description', 'full_name', 'display_name')

HIDDEN_COLUMNS = ('uuid',)

#: columns of related tables and row grids shown as money
CURRENCY_NAMES = ('amount', 'price_unit', 'price_subtotal', 'price_subtotal_incl',
                  'amount_tax', 'amount_total')

#: columns a related table on a parent's page leaves out (a person does not need them)
TECHNICAL_COLUMNS = ('source', 'odoo_id', 'odoo_write_date', 'odoo_link')

#: class name -> the columns and labels of its related table, from its ``Browse``
#: declaration (grid columns, labels); filled by :func:`make_master_view`
RELATED_COLUMNS: dict[str, tuple[str, ...]] = {}
RELATED_LABELS: dict[str, dict[str, str]] = {}

#: headings of the totals row of a view page's row grid
TOTAL_LABELS = {'qty': "Quantity", 'price_subtotal': "Subtotal",
                'price_subtotal_incl': "Total", 'amount_tax': "Tax", 'amount_total': "Total"}


def is_versioned(cls: Any) -> bool:
    """Whether Continuum versions *cls* (its ``__versioned__`` marker)."""
    return hasattr(cls, '__versioned__')


def display_attr(cls: Any) -> Any | None:
    """The column of *cls* that names a record (for filters and sorting)."""
    for name in DISPLAY_ATTRS:
        attr = getattr(cls, name, None)
        if isinstance(attr, orm.attributes.InstrumentedAttribute) and \
                isinstance(getattr(attr, 'property', None), orm.ColumnProperty):
            return attr
    return None


def many_to_one(cls: Any) -> dict[str, orm.RelationshipProperty]:
    """Many-to-one relationships of *cls*, by attribute name."""
    mapper = sa.inspect(cls)
    return {rel.key: rel for rel in mapper.relationships
            if rel.direction is orm.interfaces.MANYTOONE}


def form_fields_for(cls: Any) -> list[str]:
    """Every column of *cls* for the view page, foreign keys shown as the
    related record, plus the link to Odoo."""
    mapper = sa.inspect(cls)
    rels = many_to_one(cls)
    fk_to_rel = {}
    for name, rel in rels.items():
        for col in rel.local_columns:
            fk_to_rel.setdefault(col.key, name)
    fields: list[str] = []
    for prop in mapper.column_attrs:
        if prop.key in HIDDEN_COLUMNS:
            continue
        name = fk_to_rel.get(prop.columns[0].key, prop.key)
        if name not in fields:
            fields.append(name)
    if 'odoo_id' in fields:
        fields.insert(fields.index('odoo_id') + 1, 'odoo_link')
    return fields


class RouteIndex:
    """Where a record of a given class can be viewed: native Tailbone views and
    the generated ones (filled while the views are configured)."""

    def __init__(self) -> None:
        self.routes: dict[str, str] = native_routes()

    def add(self, class_name: str, route_prefix: str) -> None:
        self.routes[class_name] = route_prefix

    def link(self, request: Any, obj: Any) -> Any:
        """HTML link to *obj*'s view page (plain text when there is none)."""
        if obj is None:
            return ''
        route = self.routes.get(type(obj).__name__)
        text = str(obj)
        if route and getattr(obj, 'uuid', None):
            try:
                return tags.link_to(text, request.route_url(f'{route}.view', uuid=obj.uuid))
            except KeyError:    # that view is not part of this app
                pass
        return text


ROUTES = RouteIndex()


class ReadOnlyMasterView(MasterView):
    """Base of every master view of this plugin: read-only, with grids that
    answer HTTP 400 to sort keys, filter comparisons and values they cannot
    apply, and a capped page size (:class:`~tailbone_odoo_pos.grids.CheckedGrid`)."""
    creatable = False
    editable = False
    deletable = False
    filterable = True
    rows_viewable = False
    grid_factory = CheckedGrid
    row_grid_factory = CheckedGrid

    def configure_grid(self, g):
        """Called when the list page's grid is made: times local, labelled
        (:mod:`tailbone_odoo_pos.localtime`; a record of no store: the default zone)."""
        super().configure_grid(g)
        localtime.configure_grid(self.request, g, self.get_model_class())

    def configure_form(self, f):
        """Called when the view page's form is made: times local, labelled."""
        super().configure_form(f)
        localtime.configure_form(self.request, f, self.get_model_class())


class OdooRecordsView(ReadOnlyMasterView):
    """Base of the read-only lists of local rows about Odoo records (rejected
    records, export conflicts: columns ``source``, ``odoo_model``,
    ``odoo_id``, ``last_seen``): newest first, secrets masked in what Odoo or
    an import said (:attr:`redact`), a link into Odoo."""
    has_versions = False
    #: grid columns linking to the record's page
    grid_links: tuple[str, ...] = ('odoo_id',)
    #: filter -> its default comparison; the ``source`` filter is shown by default
    filter_verbs: dict[str, str] = {'source': 'equal', 'odoo_model': 'equal'}

    @property
    def redact(self) -> Any:
        """The :class:`rattail_odoo_pos.redact.Redactor` of the app's config
        (made once per request)."""
        if not hasattr(self, '_redact'):
            from rattail_odoo_pos.redact import Redactor
            self._redact = Redactor.for_config(self.rattail_config)
        return self._redact

    def configure_grid(self, g):
        """Called when the list page's grid is made."""
        super().configure_grid(g)
        g.set_sort_defaults('last_seen', 'desc')
        for name in self.grid_links:
            g.set_link(name)
        for name, verb in self.filter_verbs.items():
            if name in g.filters:
                g.filters[name].default_active = name == 'source'
                g.filters[name].default_verb = verb

    def render_odoo_link(self, obj, field, *args):
        """Form renderer: the record in its Odoo (never a secret)."""
        return odoo_link(self.app, obj.source, obj.odoo_model, obj.odoo_id)


class OdooPosMasterView(DeclaredGridMixin, ReadOnlyMasterView):
    """Base of the generated views: read-only, one Odoo model each.

    Subclass attributes set by :func:`make_master_view`: ``entity`` (the
    :class:`~tailbone_odoo_pos.declarations.WebEntity`) and the usual
    MasterView attributes.
    """
    entity: WebEntity
    row_class: Any = None

    @property
    def web(self) -> Browse:
        return self.entity.browse  # type: ignore[return-value]

    def configure_grid(self, g):
        """Called when the list page's grid is made: relation columns get a
        join, filter and sort on the related record's name; money columns a
        currency format; the declared search columns an active filter."""
        super().configure_grid(g)
        cls = self.get_model_class()
        self._configure_relations(g, cls)
        for col in self.web.currency:
            g.set_type(col, 'currency')
        for col in self.web.search:
            if col in g.filters:
                g.filters[col].default_active = True
                g.filters[col].default_verb = 'contains'
        g.set_sort_defaults(*self.web.sort)
        for col in self.web.grid_columns[:1]:
            g.set_link(col)
        self.configure_declared_grid(g, cls)
        localtime.configure_grid(self.request, g, cls)

    def _configure_relations(self, g, cls):
        for name, rel in many_to_one(cls).items():
            target = rel.mapper.class_
            attr = display_attr(target)
            if attr is None:
                continue
            alias = orm.aliased(target)
            alias_attr = getattr(alias, attr.key)
            g.set_joiner(name, lambda q, rel=getattr(cls, name), alias=alias:
                         q.outerjoin(alias, rel.of_type(alias)))
            g.set_sorter(name, alias_attr)
            g.set_filter(name, alias_attr, label=g.get_label(name))
            g.set_renderer(name, self.render_related)

    def render_related(self, obj, field):
        """Grid/form renderer: the related record as a link to its page."""
        return ROUTES.link(self.request, getattr(obj, field))

    def configure_form(self, f):
        """Called when the view page's form is made: related records link to
        their pages, money is formatted, ``odoo_link`` opens Odoo."""
        super().configure_form(f)
        cls = self.get_model_class()
        for name in many_to_one(cls):
            f.set_renderer(name, self.render_related)
        for col in self.web.currency:
            f.set_type(col, 'currency')
        for name in self.web.related:
            f.append(name)
            f.set_renderer(name, self.render_related_table)
        f.set_renderer('odoo_link', self.render_odoo_link)
        f.set_label('odoo_link', "Open in Odoo")
        f.set_label('odoo_id', "Odoo ID")
        localtime.configure_form(self.request, f, cls)
        if self.viewing and getattr(self, 'row_totals', ()):
            f.append('row_totals')
            f.set_label('row_totals', f"{self.rows_title} Total")
            f.set_renderer('row_totals', self.render_row_totals)

    def row_totals_of(self, instance) -> tuple[int, dict[str, decimal.Decimal]]:
        """Number of rows (the row grid's records) and the declared sums of
        the child entity, summed by the database."""
        query = self.get_row_data(instance).order_by(None)
        row = query.with_entities(sa.func.count(self.row_class.uuid), *[
            sa.func.coalesce(sa.func.sum(getattr(self.row_class, name)), 0)
            for name in self.row_totals]).one()
        return row[0], {name: decimal.Decimal(value)
                        for name, value in zip(self.row_totals, row[1:])}

    def render_row_totals(self, obj, field):
        """Form renderer: the totals row of the row grid (a table: the number
        of rows and the sum of each declared total column)."""
        count, sums = self.row_totals_of(obj)
        labels = {**TOTAL_LABELS, **(self.row_total_labels or {})}
        head = HTML.tag('tr', c=[HTML.tag('th', c=[self.rows_title])] + [
            HTML.tag('th', c=[labels.get(n) or self.app.make_title(n)]) for n in sums])
        cells = [HTML.tag('td', c=[f"{count:,}"])]
        for name, value in sums.items():
            if name in CURRENCY_NAMES:
                text = self.app.render_currency(value)
            else:
                text = f"{value.normalize():,f}"
            cells.append(HTML.tag('td', **{'data-total': name}, c=[text]))
        return HTML.tag('table', class_='table is-narrow odoo-pos-row-totals', c=[
            HTML.tag('thead', c=[head]),
            HTML.tag('tbody', c=[HTML.tag('tr', class_='total', c=cells)])])

    def related_table_fields(self, cls: Any, parent_cls: Any, back: set[str]) -> list[str]:
        """Columns of a related table (:meth:`render_related_table`): the
        related entity's declared grid columns when it has its own list (an
        order's payments: date, payment method, amount, change), else its
        columns but the technical ones (:data:`TECHNICAL_COLUMNS`); never the
        link back to the parent."""
        declared = RELATED_COLUMNS.get(cls.__name__)
        fields = list(declared) if declared else [
            name for name in form_fields_for(cls) if name not in TECHNICAL_COLUMNS]
        return [name for name in fields
                if name not in back and name != 'odoo_link'
                and not any(name == r.key for r in many_to_one(cls).values()
                            if r.mapper.class_ is parent_cls)]

    def render_related_table(self, obj, field):
        """Form renderer: a one-to-many relationship (an order's payments...)
        as a small table, one row per related record, business columns only
        (times in the store's zone, money, change given as "Change")."""
        rel = sa.inspect(type(obj)).relationships[field]
        records = list(getattr(obj, field))
        cls = rel.mapper.class_
        back = {col.key for col in rel.remote_side}
        fields = self.related_table_fields(cls, type(obj), back)
        labels = RELATED_LABELS.get(cls.__name__, {})
        head = HTML.tag('tr', c=[
            HTML.tag('th', **{'data-key': name}, c=[labels.get(name) or self.app.make_title(name)])
            for name in fields])
        rows = []
        for record in records:
            cells = []
            for name in fields:
                value = getattr(record, name)
                if name in many_to_one(cls):
                    value = ROUTES.link(self.request, value)
                elif name == 'is_change':
                    value = "Change given" if value else "Payment"
                elif isinstance(value, bool):
                    value = "Yes" if value else "No"
                elif isinstance(value, datetime.datetime):
                    value = localtime.render(self.request, record, value)
                elif isinstance(value, decimal.Decimal) and name in CURRENCY_NAMES:
                    value = self.app.render_currency(value)
                cells.append(HTML.tag('td', **{'data-key': name},
                                      c=['' if value is None else value]))
            rows.append(HTML.tag('tr', c=cells))
        return HTML.tag('table', class_=f'table is-narrow odoo-pos-{field}',
                        c=[HTML.tag('thead', c=[head]), HTML.tag('tbody', c=rows)])

    def render_odoo_link(self, obj, field):
        """Form renderer: link to the record in its Odoo (never a secret)."""
        return odoo_link(self.app, obj.source, self.entity.odoo_model, obj.odoo_id)

    def get_row_data(self, instance):
        """Rows of the view page: the declared child entity's records."""
        rel = child_relationship(self.get_model_class(), self.row_class)
        return self.Session.query(self.row_class).with_parent(instance, rel.key)

    def configure_row_grid(self, g):
        """Called when the view page's row grid is made."""
        super().configure_row_grid(g)
        self._configure_relations(g, self.row_class)
        for name in CURRENCY_NAMES:
            if name in g.columns:
                g.set_type(name, 'currency')
        localtime.configure_grid(self.request, g, self.row_class)


def odoo_link(app: Any, source: str, odoo_model: str, odoo_id: int) -> Any:
    """Link opening an Odoo record in its own web client (text when the source
    is not configured any more)."""
    if odoo_id is None:
        return ''
    url = app.get_odoo_pos_handler().record_url(source, odoo_model, odoo_id)
    text = f"{odoo_model} #{odoo_id} ({source})"
    if not url:
        return text
    return HTML.tag('a', href=url, target='_blank', rel='noopener', c=[text])


def child_relationship(parent: Any, child: Any) -> orm.RelationshipProperty:
    """The one-to-many relationship from *parent* to *child*."""
    for rel in sa.inspect(parent).relationships:
        if rel.mapper.class_ is child and rel.direction is orm.interfaces.ONETOMANY:
            return rel
    raise LookupError(f"{parent.__name__} has no one-to-many relationship to {child.__name__}")


def make_master_view(app: Any, entity: WebEntity, children: list[WebEntity]) -> type:
    """A MasterView subclass for *entity* (a :class:`Browse` entity, or a
    :class:`Child` declared with ``browse=``)."""
    from tailbone_odoo_pos.views.extras import MIXINS
    web: Browse = entity.browse  # type: ignore[assignment]
    cls = entity.model_class(app)
    columns = set(sa.inspect(cls).attrs.keys())
    missing = [c for c in web.grid_columns if c not in columns]
    if missing:
        raise LookupError(f"{cls.__name__} has no {', '.join(missing)} "
                          f"(grid columns declared for entity {entity.key!r})")
    attrs: dict[str, Any] = dict(
        __doc__=f"Read-only master view of {web.title_plural} (Odoo ``{entity.odoo_model}``).",
        __module__=__name__,
        entity=entity,
        model_class=cls,
        model_title=web.title,
        model_title_plural=web.title_plural,
        route_prefix=web.route_prefix,
        url_prefix=web.url_prefix,
        permission_prefix=web.permission_prefix,
        grid_columns=list(web.grid_columns),
        form_fields=form_fields_for(cls),
        labels={'odoo_id': "Odoo ID", **web.labels},
        has_versions=is_versioned(cls),
        supports_grid_totals=bool(web.totals),
        results_downloadable_csv=web.downloadable,
        results_downloadable_xlsx=web.downloadable,
    )
    if web.rows:
        row = next(c for c in children if c.key == web.rows)
        row_cls = row.model_class(app)
        missing = [c for c in web.row_grid_columns if c not in sa.inspect(row_cls).attrs.keys()]
        if missing:
            raise LookupError(f"{row_cls.__name__} has no {', '.join(missing)} "
                              f"(row grid columns declared for entity {entity.key!r})")
        row_web = row.browse
        attrs.update(row_totals=tuple(row_web.totals) if row_web else (),
                     row_total_labels=dict(row_web.labels) if row_web else {})
        attrs.update(has_rows=True, model_row_class=row_cls, row_class=row_cls,
                     rows_title=row.browse.title_plural if isinstance(row.web, Browse)
                     else "Lines", row_grid_columns=list(web.row_grid_columns))
    name = f"{cls.__name__}View"
    bases = (MIXINS[entity.key], OdooPosMasterView) if entity.key in MIXINS \
        else (OdooPosMasterView,)
    view = type(name, bases, attrs)
    ROUTES.add(cls.__name__, web.route_prefix)
    RELATED_COLUMNS[cls.__name__] = tuple(web.grid_columns)
    RELATED_LABELS[cls.__name__] = {'is_change': "Kind", **web.labels}
    return view
