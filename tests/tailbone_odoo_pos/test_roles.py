# SPDX-License-Identifier: GPL-3.0-or-later
"""Usable out of the box: the "POS Manager" role (``odoo-pos-grant-permissions
--manager``) opens every page of the plugin and the native views a manager
uses; a user without it gets 403 on each; the menu shows the native lists in
"Odoo POS" and no link that answers 404.  The pages are found from the
app's registered routes, not from a list kept here."""

from __future__ import annotations

import html.parser
import re
import urllib.parse

import pytest
from pyramid.interfaces import IRoutesMapper

from web_support import PASSWORD, login, missing_permissions

#: route name suffixes that are pages a person opens (GET, no side effect)
PAGE_PERMISSIONS = ('.list', '.view')


@pytest.fixture(scope='module')
def users(db_config):
    """``manager`` holding only the POS Manager role, ``chief`` holding only
    Administrator (to become root and see every stock menu link)."""
    from rattail_odoo_pos.grant import POS_MANAGER_ROLE, grant_permissions
    app = db_config.get_app()
    auth = app.get_auth_handler()
    session = app.make_session()
    try:
        created, granted, had = grant_permissions(db_config, POS_MANAGER_ROLE, manager=True,
                                                  session=session)
        role = session.query(app.model.Role).filter_by(name=POS_MANAGER_ROLE).one()
        for username in ('manager', 'chief'):
            user = auth.get_user(username, session=session)
            if user is None:
                user = auth.make_user(session=session, username=username)
                auth.set_user_password(user, PASSWORD)
                session.add(user)
            if username == 'manager' and role not in user.roles:
                user.roles.append(role)
            if username == 'chief':
                admin = auth.get_role_administrator(session)
                if admin not in user.roles:
                    user.roles.append(admin)
        session.commit()
        return sorted(granted + had)
    finally:
        session.close()


@pytest.fixture
def manager(wsgi_app, users):
    import webtest
    client = webtest.TestApp(wsgi_app)
    login(client, 'manager')
    return client


@pytest.fixture
def root(wsgi_app, users):
    import webtest
    client = webtest.TestApp(wsgi_app)
    login(client, 'chief')
    client.get('/root/yes')
    return client


def refused(response) -> bool:
    """Whether *response* refuses the page: HTTP 403, or Tailbone's way of
    refusing a logged-in user (a redirect whose page says "You do not have
    permission")."""
    if response.status_int == 403:
        return True
    return response.status_int == 302 and \
        'You do not have permission' in response.follow().maybe_follow().text


def plugin_pages(wsgi_app) -> list[tuple[str, str, type | None]]:
    """(route name, pattern, view class) of every GET page of the plugin that
    a permission guards: list and view pages, the dashboard, sync status."""
    intr = wsgi_app.registry.introspector
    out = {}
    for view in intr.get_category('views'):
        spec = view['introspectable']
        name = spec['route_name']
        if not name or not name.startswith('odoo_pos.') or spec['attr'] in ('view_index',):
            continue
        methods = spec['request_methods']
        if methods and 'GET' not in methods:
            continue
        perms = [r.title for r in view['related'] if r.category_name == 'permissions']
        if not perms or not perms[0].endswith(PAGE_PERMISSIONS):
            continue
        pattern = intr.get('routes', name)['pattern']
        out[name] = (name, pattern, spec['callable'])
    return sorted(out.values())


def page_url(wsgi_app, db, name: str, pattern: str, view: type | None) -> str | None:
    """The path of a page; for a ``{uuid}`` page, that of its first record
    (None when its table is empty)."""
    route = wsgi_app.registry.queryUtility(IRoutesMapper).get_route(name)
    if '{uuid}' not in pattern:
        return route.generate({})
    cls = view.get_model_class() if hasattr(view, 'get_model_class') else None
    assert cls is not None, f"{name}: cannot tell which records it shows"
    record = db.query(cls).first()
    return route.generate({'uuid': record.uuid}) if record is not None else None


def test_every_plugin_page_answers_200_to_the_manager_and_403_without_the_role(
        wsgi_app, db, manager, nobody, anonymous):
    pages = plugin_pages(wsgi_app)
    names = {name for name, _, _ in pages}
    # the registered pages include every kind (lists, record pages, dashboard, sync)
    assert {'odoo_pos.orders', 'odoo_pos.orders.view', 'odoo_pos.dashboard',
            'odoo_pos.sync_status', 'odoo_pos.stock'} <= names, sorted(names)
    intr = wsgi_app.registry.introspector
    opened = []
    for name, pattern, view in pages:
        url = page_url(wsgi_app, db, name, pattern, view)
        if url is None:
            continue
        response = manager.get(url, expect_errors=True)
        assert response.status_int == 200, f"{name} {url}: HTTP {response.status_int} " \
                                            f"for the POS manager"
        assert 'You do not have permission' not in response.text, name
        # a logged-in user without the role: a literal 403 naming what is missing
        answer = nobody.get(url, expect_errors=True)
        assert answer.status_int == 403, f"{name} {url}: HTTP {answer.status_int} " \
                                         f"for a user without the role"
        perms = {r.title for v in intr.related(intr.get('routes', name))
                 if v.category_name == 'views'
                 for r in intr.related(v) if r.category_name == 'permissions'}
        shown = missing_permissions(answer)
        assert shown and all(any(f'({perm})' in line for line in shown) for perm in perms), \
            f"{name}: the 403 page names {shown}, the page needs {perms}"
        assert 'do not have permission to open this page' in answer.text
        # anonymous: Tailbone's redirect to the login page
        anon = anonymous.get(url, expect_errors=True)
        assert anon.status_int == 302, f"{name} {url}: HTTP {anon.status_int} anonymously"
        assert urllib.parse.urlsplit(anon.location).path == '/login', anon.location
        opened.append(name)
    # every list page at least (record pages of empty tables are skipped)
    assert {n for n in names if n.count('.') == 1} <= set(opened)


def test_native_pages_keep_tailbones_redirect(wsgi_app, db, db_config, nobody):
    """The 403 page is for this plugin's routes only: Tailbone's own pages
    still send a user without the permission back with the flash."""
    mapper = wsgi_app.registry.queryUtility(IRoutesMapper)
    answer = nobody.get(mapper.get_route('stores').generate({}), expect_errors=True)
    assert answer.status_int == 302
    assert 'You do not have permission' in answer.follow().text


NATIVE = ('stores', 'products', 'customers', 'employees', 'departments', 'tenders')


def test_the_manager_opens_the_native_views_but_cannot_edit(wsgi_app, db, db_config,
                                                            manager, nobody, users):
    model = db_config.get_app().model
    classes = dict(stores=model.Store, products=model.Product, customers=model.Customer,
                   employees=model.Employee, departments=model.Department,
                   tenders=model.Tender)
    mapper = wsgi_app.registry.queryUtility(IRoutesMapper)
    for prefix in NATIVE:
        assert f'{prefix}.list' in users and f'{prefix}.view' in users
        assert f'{prefix}.edit' not in users and f'{prefix}.delete' not in users
        listing = manager.get(mapper.get_route(prefix).generate({}))
        assert listing.status_int == 200
        assert 'You do not have permission' not in listing.text
        record = db.query(classes[prefix]).first()
        assert record is not None, prefix
        page = manager.get(mapper.get_route(f'{prefix}.view').generate({'uuid': record.uuid}))
        assert page.status_int == 200
        edit = manager.get(mapper.get_route(f'{prefix}.edit').generate({'uuid': record.uuid}),
                           expect_errors=True)
        assert refused(edit), prefix
        assert refused(nobody.get(mapper.get_route(prefix).generate({}), expect_errors=True))


class _Menu(html.parser.HTMLParser):
    """Links of the navbar menus: (menu title, item title, href)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.links: list[tuple[str, str, str]] = []
        self.menu = ''
        self._in_menu_title = False
        self._link: dict | None = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        classes = (attrs.get('class') or '').split()
        if tag == 'a' and 'navbar-link' in classes:
            self._in_menu_title = True
            self.menu = ''
        elif tag == 'a' and 'navbar-item' in classes and attrs.get('href'):
            self._link = {'href': attrs['href'], 'text': ''}

    def handle_endtag(self, tag):
        if tag == 'a':
            if self._link is not None:
                self.links.append((self.menu.strip(), self._link['text'].strip(),
                                   self._link['href']))
            self._link = None
            self._in_menu_title = False

    def handle_data(self, data):
        if self._in_menu_title:
            self.menu += data
        elif self._link is not None:
            self._link['text'] += data


def menu_links(client) -> list[tuple[str, str, str]]:
    parser = _Menu()
    text = client.get('/').maybe_follow().text
    # the menus sit in Vue component templates, which the browser renders
    parser.feed(re.sub(r'<script type="text/x-template"[^>]*>(.*?)</script>', r'<div>\1</div>',
                       text, flags=re.S))
    return [(menu, title, href) for menu, title, href in parser.links
            if href.startswith(('http://localhost', '/')) and menu]


#: links of the user's own menu (log out, stop being root...), not pages to check
USER_LINKS = ('/logout', '/root/no', '/root/yes')


def test_odoo_pos_menu_lists_the_native_views_for_the_manager(manager):
    links = [link for link in menu_links(manager) if link[0] == 'Odoo POS']
    titles = {title for _, title, _ in links}
    assert {"POS Orders", "Sync Status", "Sales Dashboard", "Stores", "Products",
            "Customers", "Cashiers", "POS categories", "Payment methods"} <= titles, titles
    for menu, title, href in links:
        path = urllib.parse.urlsplit(href).path
        response = manager.get(path, expect_errors=True)
        assert response.status_int == 200, f"{menu} > {title} ({path}): {response.status_int}"


def test_no_menu_link_answers_404_even_as_root(root):
    links = menu_links(root)
    assert len(links) > 30, links       # root sees the whole stock menu
    broken = []
    for menu, title, href in links:
        path = urllib.parse.urlsplit(href).path
        if path in USER_LINKS:
            continue
        try:
            status = root.get(path, expect_errors=True).status_int
        except Exception as error:      # the page fails to render
            status = f"{type(error).__name__}: {str(error).splitlines()[-1][:200]}"
        if status == 404 or not isinstance(status, int) or status >= 500:
            broken.append(f"{menu} > {title} ({path}): {status}")
    assert not broken, f"{len(broken)} menu links are broken:\n" + '\n'.join(broken)
