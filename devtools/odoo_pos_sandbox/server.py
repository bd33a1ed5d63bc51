# SPDX-License-Identifier: GPL-3.0-or-later
"""HTTP front of the sandbox: Odoo 17's JSON-RPC and XML-RPC endpoints, answered
the way a real server answers (HTTP 200 with an ``error`` object, ``Connection:
close``, session cookies, the 400 pages), Odoo 19's JSON-2 API (``POST
/json/2/<model>/<method>``, bearer API key, bare results, HTTP status codes, as
../shared/odoo19/http/3xx_* show), plus fault injection.  Requests are counted
per endpoint (``Sandbox.endpoint_calls``); when the sandbox reports Odoo 19 or
later, every ``/jsonrpc`` and ``/xmlrpc`` call logs Odoo 19's deprecation warning."""

from __future__ import annotations

import email.utils
import json
import logging
import secrets
import socket
import threading
import time
import xmlrpc.client
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from odoo_pos_sandbox import pacing
from odoo_pos_sandbox.meta import (
    AccessDenied, KeyErr, OdooError, SessionExpired, TypeErr, UserError, version_info)

log = logging.getLogger(__name__)

BAD_REQUEST_PAGE = ("<!doctype html>\n<html lang=en>\n<title>400 Bad Request</title>\n"
                    "<h1>Bad Request</h1>\n<p>Request inferred type is compatible with "
                    "[&#39;http&#39;] but &#39;{path}&#39; is type=&#39;json&#39;.</p>\n")
SERVER_ERROR_PAGE = ("<!doctype html>\n<html lang=en>\n<title>500 Internal Server Error</title>\n"
                     "<h1>Internal Server Error</h1>\n<p>The server encountered an internal "
                     "error and was unable to complete your request.</p>\n")
#: Odoo 19's warning on every /jsonrpc and /xmlrpc call (odoo19 NOTES, verbatim)
DEPRECATION_WARNING = ("The /xmlrpc, /xmlrpc/2 and /jsonrpc endpoints are deprecated in Odoo 19 "
                       "and scheduled for removal in Odoo 20. Please report the problem to the "
                       "client making the request.")
DEPRECATED_LOGGERS = {'/jsonrpc': logging.getLogger('odoo.addons.rpc.controllers.jsonrpc'),
                      '/xmlrpc': logging.getLogger('odoo.addons.rpc.controllers.xmlrpc')}
JSON2 = '/json/2/'
#: JSON-2 methods that take no records (Odoo's @api.model): ``ids`` is refused (422)
JSON2_MODEL_METHODS = {'search', 'search_read', 'search_count', 'fields_get', 'read_group',
                       'formatted_read_group',
                       'name_search', 'create', 'default_get', 'context_get'}
JSON2_PRIVATE = "Private methods (such as '{model}.{method}') cannot be called remotely."
NO_DATABASE_PAGE = (
    "<!DOCTYPE html>\n<title>404 Not Found</title>\n<h1>Not Found</h1>\n<p>No database is "
    "selected and the requested URL was not found in the server-wide controllers.</p>\n"
    "<p>Please verify the hostname, <a href=/web/login>login</a> and try again.</p>\n\n"
    "<!-- Alternatively, use the X-Odoo-Database header. -->\n")


def endpoint_key(path: str) -> str:
    """The endpoint a request path counts under in ``Sandbox.endpoint_calls``."""
    if path.startswith('/xmlrpc/'):
        return '/xmlrpc'
    if path.startswith(JSON2):
        return '/json/2'
    if path.startswith('/web/dataset/call_kw'):
        return '/web/dataset/call_kw'
    return path


def reported_version_info(sandbox: Any) -> dict[str, Any]:
    """What the sandbox answers on ``/web/webclient/version_info``: the
    sandbox's own (``Sandbox.version_info()``, by its ``--odoo-version``), else
    the version set as ``odoo_version`` (19 or '19.0'), else the recorded Odoo 17
    answer."""
    own = getattr(sandbox, 'version_info', None)
    if callable(own):
        return own()
    held = getattr(sandbox, 'odoo_version', None)
    if held is None:
        return version_info()
    info = dict(version_info())
    major = int(str(held).split('.')[0])
    info['server_version'] = f"{major}.0"
    info['server_version_info'] = [major, 0, 0, 'final', 0, '']
    return info


def reported_major(sandbox: Any) -> int:
    return int(reported_version_info(sandbox)['server_version_info'][0])


JSON_ROUTES = ('/jsonrpc', '/web/webclient/version_info', '/web/session/authenticate',
               '/web/session/get_session_info', '/web/session/destroy', '/web/dataset/call_kw')


class _Drop(Exception):
    """Close the connection without answering (an injected fault)."""


class Handler(BaseHTTPRequestHandler):
    server_version = 'Werkzeug/2.2.2'
    sys_version = 'Python/3.11.7'
    protocol_version = 'HTTP/1.0'

    @property
    def sandbox(self):
        # a multi-database server (fleet.py) picks the request's database
        return getattr(self, '_sandbox', None) or self.server.sandbox  # type: ignore[attr-defined]

    def handle_one_request(self) -> None:
        # paced (pacing.py: held to what Odoo 17 takes) and multi-database routing
        pacing.handle(self, super().handle_one_request)

    def log_message(self, format: str, *args: Any) -> None:    # noqa: A002
        log.debug("%s - %s", self.address_string(), format % args)

    # -- plumbing -----------------------------------------------------------

    def send(self, status: int, body: bytes, content_type: str,
             cookies: list[str] | None = None) -> None:
        hold = getattr(self, 'hold_seconds', 0)
        if hold:                # an injected 'hold': the call is done, the answer waits
            time.sleep(hold)
        self.send_response(status)
        self.send_header('Content-Type', content_type)
        self.send_header('Content-Length', str(len(body)))
        for cookie in cookies or []:
            self.send_header('Set-Cookie', cookie)
        if status == 200:
            self.send_header('X-Content-Type-Options', 'nosniff')
        self.send_header('Connection', 'close')
        self.end_headers()
        self.wfile.write(body)

    def send_json(self, payload: dict[str, Any], cookies: list[str] | None = None) -> None:
        self.send(200, json.dumps(payload).encode(), 'application/json; charset=utf-8', cookies)

    def body(self) -> bytes:
        length = int(self.headers.get('Content-Length') or 0)
        return self.rfile.read(length) if length else b''

    def do_GET(self) -> None:   # noqa: N802
        path = self.path.split('?')[0]
        if path.startswith(JSON2) or path == JSON2.rstrip('/'):
            self.send_json2_error(404, 'werkzeug.exceptions.NotFound',
                                  "Did you mean POST /json/2/<model>/<method>?")
        elif path.startswith(JSON_ROUTES):
            self.send(400, self.sandbox.version.bad_request_page(
                BAD_REQUEST_PAGE.format(path=path)).encode(),
                      'text/html; charset=utf-8')
        elif path.startswith('/web') or path.startswith('/odoo'):
            self.send(200, b"<!doctype html><title>Odoo</title><p>Odoo POS sandbox</p>",
                      'text/html; charset=utf-8')
        else:
            self.send(404, b"Not Found", 'text/html; charset=utf-8')

    def do_POST(self) -> None:  # noqa: N802
        path = self.path.split('?')[0]
        key = endpoint_key(path)
        with self.sandbox._lock:
            self.sandbox.endpoint_calls[key] += 1
        if key in DEPRECATED_LOGGERS and reported_major(self.sandbox) >= 19:
            DEPRECATED_LOGGERS[key].warning(
                "%s\nMute this logger: --log-handler %s:ERROR\nhttps://www.odoo.com/documentation/"
                "latest/developer/reference/external_api.html#migrating-from-xml-rpc-json-rpc",
                DEPRECATION_WARNING, DEPRECATED_LOGGERS[key].name)
        try:
            if path.startswith(JSON2):
                return self.json2(path)
            if path.startswith('/xmlrpc/2/') or path.startswith('/xmlrpc/'):
                return self.xmlrpc(path.rsplit('/', 1)[-1])
            if not path.startswith(JSON_ROUTES):
                return self.send(404, b"Not Found", 'text/html; charset=utf-8')
            ctype = (self.headers.get('Content-Type') or '').split(';')[0].strip()
            raw = self.body()
            if ctype not in ('application/json', 'application/json-rpc'):
                return self.send(400, self.sandbox.version.bad_request_page(
                    BAD_REQUEST_PAGE.format(path=path)).encode(),
                                 'text/html; charset=utf-8')
            try:
                request = json.loads(raw)
                if not isinstance(request, dict):
                    raise ValueError
            except ValueError:
                return self.send(400, b"Invalid JSON data", 'text/html; charset=utf-8')
            self.jsonrpc(path, request)
        except _Http500Sent:
            self.close_connection = True
        except _Drop:
            self.close_connection = True
            try:
                self.connection.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

    # -- faults -------------------------------------------------------------

    def count_call(self, service: str, model: str | None, method: str | None) -> bool:
        """Count the call and apply an injected fault; False when answered."""
        _n, fault = self.sandbox.next_call(service, model, method)
        if fault is None:
            return True
        if fault.kind == 'latency':
            time.sleep(fault.seconds)
            return True
        if fault.kind == 'hold':
            self.hold_seconds = fault.seconds
            return True
        if fault.kind == 'session_expired':
            if service == 'call_kw':
                with self.sandbox._lock:
                    self.sandbox.sessions.clear()
                raise SessionExpired()
            return True
        if fault.kind == 'drop':
            raise _Drop()
        if fault.kind == 'http500':
            self.send(500, SERVER_ERROR_PAGE.encode(), 'text/html; charset=utf-8')
            return False
        if fault.kind == 'odoo_error':
            error = OdooError(fault.message)
            error.name = fault.name
            raise error
        return True

    # -- JSON-RPC -----------------------------------------------------------

    def jsonrpc(self, path: str, request: dict[str, Any]) -> None:
        rid = request.get('id')
        params = request.get('params') or {}
        cookies: list[str] = []
        try:
            if path == '/web/webclient/version_info':
                result = reported_version_info(self.sandbox)
            elif path == '/jsonrpc':
                result = self.dispatch(params.get('service'), params.get('method'),
                                       params.get('args') or [])
            elif path == '/web/session/authenticate':
                result, cookie = self.web_authenticate(params)
                cookies.append(cookie)
            elif path == '/web/session/get_session_info':
                result = self.session_info(self.session_uid(rid))
                expiry = email.utils.formatdate(time.time() + 365 * 86400, usegmt=True)
                cookies.append(f"session_id={self.cookie('session_id')}; Expires={expiry}; "
                               f"Max-Age=604800; HttpOnly; Path=/")
            elif path == '/web/session/destroy':
                sid = self.cookie('session_id')
                self.sandbox.sessions.pop(sid, None)
                expiry = email.utils.formatdate(time.time() + 365 * 86400, usegmt=True)
                cookies += [f"cids=; Expires={expiry}; Max-Age=0; Path=/",
                            f"session_id={secrets.token_hex(20)}; Expires={expiry}; "
                            f"Max-Age=604800; HttpOnly; Path=/"]
                result = None
            else:   # /web/dataset/call_kw[/model/method]
                uid = self.session_uid(rid)
                model, method = params.get('model'), params.get('method')
                if not self.count_call('call_kw', model, method):
                    return
                from odoo_pos_sandbox.meta import registry
                if model not in registry():
                    raise KeyErr(str(model))
                result = self.sandbox.execute(uid, model, method, params.get('args') or [],
                                              params.get('kwargs') or {})
        except SessionExpired as error:
            return self.send_json({'jsonrpc': '2.0', 'id': None, 'error': error.payload()})
        except OdooError as error:
            return self.send_json({'jsonrpc': '2.0', 'id': rid, 'error': error.payload()},
                                  cookies)
        except _Drop:
            raise
        except Exception as error:      # a bug in the sandbox: still answer like Odoo
            log.exception("sandbox error")
            wrapped = OdooError(str(error))
            wrapped.name = f"builtins.{type(error).__name__}"
            wrapped.xmlrpc_code = 1
            return self.send_json({'jsonrpc': '2.0', 'id': rid, 'error': wrapped.payload()})
        payload: dict[str, Any] = {'jsonrpc': '2.0', 'id': rid}
        if result is not None:
            payload['result'] = result
        self.send_json(payload, cookies)

    def cookie(self, name: str) -> str | None:
        for part in (self.headers.get('Cookie') or '').split(';'):
            key, _, value = part.strip().partition('=')
            if key == name:
                return value
        return None

    def session_uid(self, rid: Any) -> int:
        sid = self.cookie('session_id')
        uid = self.sandbox.sessions.get(sid) if sid else None
        if not uid:
            raise SessionExpired()
        return uid

    def web_authenticate(self, params: dict[str, Any]) -> tuple[dict[str, Any], str]:
        if not self.count_call('web', None, 'authenticate'):
            raise _Drop()
        uid = self.sandbox.web_login(self.client_address[0], params.get('db'),
                                     params.get('login'), params.get('password'))
        sid = secrets.token_hex(20)
        self.sandbox.sessions[sid] = uid
        expiry = email.utils.formatdate(time.time() + 365 * 86400, usegmt=True)
        return (self.session_info(uid),
                f"session_id={sid}; Expires={expiry}; Max-Age=604800; HttpOnly; Path=/")

    def session_info(self, uid: int) -> dict[str, Any]:
        sb = self.sandbox
        with sb.env(uid=uid, readonly=True) as env:
            user = env.read('res.users', [uid], ['name', 'login', 'tz', 'partner_id'])[0]
            companies = {str(c['id']): {'id': c['id'], 'name': c['name'],
                                        'sequence': c['sequence'], 'child_ids': c['child_ids'],
                                        'parent_id': c['parent_id']}
                         for c in env.search_read('res.company', [], [
                             'name', 'sequence', 'child_ids', 'parent_id'], order='id')}
            if uid != 2:
                companies = {k: v for k, v in companies.items() if k == '1'}
        admin = uid == 2
        return sb.version.session_info({
            'uid': uid, 'is_system': admin, 'is_admin': admin, 'is_public': False,
            'is_internal_user': True,
            'user_context': {'lang': 'en_US', 'tz': user['tz'] or 'UTC', 'uid': uid},
            'db': sb.database,
            # what version_info answers (Odoo's session_info takes it from there)
            'server_version': reported_version_info(sb)['server_version'],
            'server_version_info': list(reported_version_info(sb)['server_version_info']),
            'name': user['name'], 'username': user['login'],
            'partner_display_name': user['partner_id'][1] if user['partner_id'] else False,
            'partner_id': user['partner_id'][0] if user['partner_id'] else False,
            'web.base.url': f"http://{self.headers.get('Host', '127.0.0.1')}",
            'max_file_upload_size': 134217728, 'home_action_id': False,
            'currencies': {'1': {'symbol': '$', 'position': 'before', 'digits': [69, 2]}},
            'user_companies': {'current_company': 1, 'allowed_companies': companies,
                               'disallowed_ancestor_companies': {}},
            'user_id': [uid],
            'user_settings': {'id': uid, 'user_id': {'id': uid},
                              'is_discuss_sidebar_category_channel_open': True,
                              'is_discuss_sidebar_category_chat_open': True,
                              'push_to_talk_key': False, 'use_push_to_talk': False,
                              'voice_active_duration': 200,
                              'volume_settings_ids': [['ADD', []]]},
            'support_url': 'https://www.odoo.com/buy', 'active_ids_limit': 20000,
            'profile_session': None, 'profile_collectors': None, 'profile_params': None,
            'cache_hashes': {'translations': '0' * 40, 'load_menus': '0' * 64},
            'bundle_params': {'lang': 'en_US'}, 'show_effect': True,
            'display_switch_company_menu': admin, 'max_time_between_keys_in_ms': 100,
            'websocket_worker_version': '17.0-1',
            'notification_type': 'email', 'odoobot_initialized': True,
            'is_quick_edit_mode_enabled': False,
            **({'web_tours': [], 'tour_disable': True, 'iap_company_enrich': True}
               if admin else {}),
        })

    # -- JSON-2 (Odoo 19) ----------------------------------------------------

    def send_json2_error(self, status: int, name: str, message: str,
                         headers: dict[str, str] | None = None) -> None:
        """An error as Odoo 19's JSON-2 answers it: the status and a bare JSON body."""
        arguments: list[Any] = [message]
        if name.startswith('werkzeug.'):
            arguments.append(status)
        short = name.split('.', 1)[1] if name.startswith('builtins.') else name
        body = json.dumps({'name': name, 'message': message, 'arguments': arguments,
                           'context': {}, 'debug': f"Traceback (most recent call last):\n"
                           f"  (stack frames omitted)\n{short}: {message}\n"}).encode()
        self.send_response(status)
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.send_header('Content-Length', str(len(body)))
        self.send_header('Content-Type', 'application/json; charset=utf-8')
        self.send_header('Connection', 'close')
        self.end_headers()
        self.wfile.write(body)

    def json2_uid(self) -> int | None:
        """The user of the bearer API key; None after answering 401."""
        scheme, _, key = (self.headers.get('Authorization') or '').strip().partition(' ')
        if not scheme and self.cookie('session_id'):
            # a web session is no key: Odoo 19 asks for the header (recording 334)
            self.send_json2_error(
                401, 'werkzeug.exceptions.Unauthorized',
                'Missing "Authorization" or Sec-headers for interactive usage.',
                {'WWW-Authenticate': 'Bearer '})
            return None
        if scheme.lower() != 'bearer' or not key.strip():
            self.send_json2_error(
                401, 'werkzeug.exceptions.Unauthorized',
                "User not authenticated, use an API Key with a Bearer Authorization header.",
                {'WWW-Authenticate': 'Bearer '})
            return None
        key = key.strip()
        rows = self.sandbox.connection().execute("SELECT uid, key FROM _apikeys").fetchall()
        for uid, stored in rows:
            if secrets.compare_digest(str(stored), key):
                return uid
        self.send_json2_error(401, 'werkzeug.exceptions.Unauthorized', "Invalid apikey",
                              {'WWW-Authenticate': 'Bearer '})
        return None

    def json2(self, path: str) -> None:
        """``POST /json/2/<model>/<method>``: named arguments in, bare result out."""
        sb = self.sandbox
        raw = self.body()
        database = self.headers.get('X-Odoo-Database')
        if database and database != sb.database:
            return self.send(404, NO_DATABASE_PAGE.encode(), 'text/html; charset=utf-8')
        parts = path[len(JSON2):].strip('/').split('/')
        if len(parts) != 2 or not all(parts):
            return self.send_json2_error(404, 'werkzeug.exceptions.NotFound',
                                         "Did you mean POST /json/2/<model>/<method>?")
        model, method = parts
        uid = self.json2_uid()
        if uid is None:
            return
        try:
            body = json.loads(raw or b'{}')
            if not isinstance(body, dict):
                raise ValueError("the body must be a JSON object")
        except ValueError as error:
            return self.send_json2_error(400, 'werkzeug.exceptions.BadRequest',
                                         f"could not parse the body as json: {error}")
        from odoo_pos_sandbox.core import BUSINESS_METHODS, PUBLIC_METHODS
        from odoo_pos_sandbox.meta import registry
        if model not in registry():
            return self.send_json2_error(404, 'werkzeug.exceptions.NotFound',
                                         f"the model '{model}' does not exist")
        if method.startswith('_'):
            return self.send_json2_error(403, 'odoo.exceptions.AccessError',
                                         JSON2_PRIVATE.format(model=model, method=method))
        if method not in PUBLIC_METHODS and (model, method) not in BUSINESS_METHODS:
            return self.send_json2_error(404, 'werkzeug.exceptions.NotFound',
                                         f"The method '{model}.{method}' does not exist")
        ids = body.pop('ids', None)
        if method in JSON2_MODEL_METHODS and ids is not None:
            return self.send_json2_error(422, 'werkzeug.exceptions.UnprocessableEntity',
                                         f"cannot call {model}.{method} with ids")
        if method == 'create' and 'vals_list' in body:
            args: list[Any] = [body.pop('vals_list')]
        elif method in JSON2_MODEL_METHODS:
            args = []
            if method == 'name_search' and 'domain' in body:
                body['args'] = body.pop('domain')
        else:
            args = [[ids] if isinstance(ids, int) else list(ids or [])]
        unexpected = _unexpected_argument(method, body)
        if unexpected:      # JSON-2 passes the body as keyword arguments (343, 344)
            where = '_read_format' if method == 'search_read' else method
            return self.send_json2_error(
                500, 'builtins.TypeError',
                f"BaseModel.{where}() got an unexpected keyword argument '{unexpected}'")
        try:
            if not self.count_call('json2', model, method):
                return
            result = sb.execute(uid, model, method, args, body)
        except _Drop:
            raise
        except OdooError as error:
            return self.send_json2_error(_json2_status(error.name), error.name, error.message)
        except Exception as error:     # TypeError of an unknown argument, as Odoo answers it
            return self.send_json2_error(500, f"builtins.{type(error).__name__}", str(error))
        self.send(200, json.dumps(result).encode(), 'application/json; charset=utf-8')

    # -- services (shared by JSON-RPC and XML-RPC) ----------------------------

    def dispatch(self, service: Any, method: Any, args: list[Any]) -> Any:
        sb = self.sandbox
        if service == 'common':
            if not self.count_call('common', None, method):
                raise _Http500Sent()
            if method == 'version':
                return version_info()
            if method in ('login', 'authenticate'):
                db, login, password = (list(args) + [None] * 3)[:3]
                return sb.authenticate(db, login, password)
            if method == 'about':
                return 'See http://openerp.com'
            raise KeyErr(str(method))
        if service == 'object':
            if method not in ('execute', 'execute_kw'):
                raise KeyErr(str(method))
            db, uid, password, model, meth = (list(args) + [None] * 5)[:5]
            if not self.count_call('object', model, meth):
                raise _Http500Sent()
            if password is None:
                raise AccessDenied()
            sb.check_uid(db, uid, password)
            if method == 'execute_kw':
                call_args = args[5] if len(args) > 5 else []
                kwargs = args[6] if len(args) > 6 else {}
            else:
                call_args, kwargs = list(args[5:]), {}
            from odoo_pos_sandbox.meta import registry
            if model not in registry():
                raise UserError(f"Object {model} doesn't exist")
            return sb.execute(uid, model, meth, call_args or [], kwargs or {})
        if service == 'db':
            if method == 'list':
                return [sb.database]
            if method == 'server_version':
                return '17.0'
            raise KeyErr(str(method))
        raise KeyErr(str(service))

    # -- XML-RPC -------------------------------------------------------------

    def xmlrpc(self, service: str) -> None:
        raw = self.body()
        try:
            try:
                args, method = xmlrpc.client.loads(raw)
            except Exception:
                raise TypeErr("invalid XML-RPC request")
            result = self.dispatch(service, method, list(args))
            if result is None:
                raise TypeErr("cannot marshal None unless allow_none is enabled")
            body = xmlrpc.client.dumps((result,), methodresponse=True, allow_none=False)
        except _Http500Sent:
            return
        except OdooError as error:
            body = xmlrpc.client.dumps(xmlrpc.client.Fault(error.xmlrpc_code,
                                                           error.fault_string()))
        self.send(200, body.encode(), 'text/xml; charset=utf-8')


def _unexpected_argument(method: str, body: dict[str, Any]) -> str | None:
    """The first name in *body* that the ORM method does not take (None if all
    are known, or the method's parameters are not known here)."""
    import inspect

    from odoo_pos_sandbox.core import Env
    func = getattr(Env, method, None)
    if func is None or not callable(func):
        return None
    params = inspect.signature(func).parameters
    if any(p.kind is inspect.Parameter.VAR_KEYWORD for p in params.values()):
        return None
    known = set(params) - {'self', 'model'} | {'context'}
    if method == 'name_search':
        known.add('domain')
    for name in body:
        if name not in known:
            return name
    return None


def _json2_status(name: str) -> int:
    """The HTTP status JSON-2 gives an Odoo exception (Json2Dispatcher.handle_error)."""
    short = name.rsplit('.', 1)[-1]
    if short in ('AccessError', 'AccessDenied'):
        return 403
    if short == 'MissingError':
        return 404
    if short in ('UserError', 'ValidationError', 'RedirectWarning'):
        return 422
    return 500


class _Http500Sent(_Drop):
    """The fault already answered with HTTP 500; nothing more to send."""


class SandboxServer:
    """A running sandbox HTTP server (threaded, loopback)."""

    def __init__(self, sandbox, host: str = '127.0.0.1', port: int = 0):
        self.sandbox = sandbox
        self.httpd = ThreadingHTTPServer((host, port), Handler)
        self.httpd.daemon_threads = True
        self.httpd.sandbox = sandbox          # type: ignore[attr-defined]
        self.host = host
        self.port = self.httpd.server_address[1]
        self.thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def start(self) -> 'SandboxServer':
        self.thread = threading.Thread(target=self.httpd.serve_forever, name='odoo-pos-sandbox',
                                       daemon=True)
        self.thread.start()
        return self

    def serve_forever(self) -> None:
        self.httpd.serve_forever()

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        if self.thread:
            self.thread.join(timeout=5)
