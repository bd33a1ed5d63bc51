# SPDX-License-Identifier: GPL-3.0-or-later
"""A sandbox that costs what Odoo costs: each request is held until it has taken
what the same call takes on a real Odoo 17 server on this kind of machine.

``odoo-pos-sandbox serve --paced`` or ``Sandbox.serve(paced=True)`` (or
:func:`install` on a running server).  Without it the sandbox answers as fast as
SQLite and Python allow (about 50,000 order lines/s), which says little about
what a real shop's server gives.

The cost of one request (seconds)::

    ENDPOINTS[endpoint].fixed                                 # every call
  + ENDPOINTS[endpoint].row_factor * rows * (ROW + FIELD * fields)   # what it returns
  + WRITE_PER_RECORD[method] * records                         # what it writes
  + LOGIN                                                      # a password check (pbkdf2)
  + CACHE_CLEAR                                                # first request after a registry cache clear

``rows`` and ``fields`` are counted in the answer (a list of records: its length,
and the keys of a record other than ``id``; a list of ids: its length, no field),
``records`` in the request (``create``: the dicts; ``write``/``unlink``: the ids).
The constants and where each comes from are below; docs/sandbox.md shows the
fit.  The request holds one of the database's worker slots (:data:`WORKERS`) from
the moment it is read until its answer is written, and the answer is written only
once the request's cost has elapsed (the sandbox's own work counts towards it;
a request the sandbox itself serves slower than Odoo is not slowed further).

Every charge is kept in :attr:`Pacer.ledger` and summed in :attr:`Pacer.totals`,
so a test checks the accounting, never a timing; ``scale`` multiplies the time
actually waited (``scale=0``: charge, do not wait).
"""

from __future__ import annotations

import contextlib
import io as _io
import hashlib
import json
import threading
import time
import xmlrpc.client
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Iterator


@dataclass(frozen=True)
class Endpoint:
    fixed: float          #: seconds every call costs (routing, auth check, transaction)
    row_factor: float     #: multiplies the per-row cost (the session path is 1.0)
    source: str           #: where the figures come from


#: per endpoint (the path a request comes in by)
ENDPOINTS: dict[str, Endpoint] = {
    # /web/dataset/call_kw with a session cookie: the baseline the row costs are fitted on.
    # fixed: NOTES-write.md "~20 ms normally" per small call; odoo19 NOTES: call_kw 17 ms.
    'session': Endpoint(0.020, 1.0,
                        "issue 10: 10,100 lines/s at 10 fields, 5,700 at 35 (batches of 2,000)"),
    # /jsonrpc object.execute_kw: execute_cr walks the whole result (_traverse_containers).
    # 1.7 = fit at the importer's 10 fields (6,200 lines/s: 161 us/line against 89 us
    # on the session path, after the fixed cost); at 35 fields the model gives
    # 3,400 lines/s where 3,000 was measured (NOTES.md 9: 0.47 s vs 0.24 s server-side, 1.9x).
    'jsonrpc': Endpoint(0.025, 1.7,
                        "issue 10: 6,200 lines/s at 10 fields, 3,000 at 35; small calls "
                        "22-30 ms (odoo19 NOTES)"),
    # XML-RPC: NOTES.md 9, 35 fields, batch 2,000: 1,581 rec/s median vs call_kw 5,685.
    'xmlrpc': Endpoint(0.025, 3.7, "NOTES.md section 9: XML-RPC 35 f 2000, 0.93 s vs 0.26 s"),
    # Odoo 19's JSON-2 (/json/2/<model>/<method>, bearer API key): no bulk figure measured;
    # small calls 10-40 ms, median 18 ms (odoo19 NOTES): taken as the session path.
    'json2': Endpoint(0.018, 1.0, "odoo19 NOTES: JSON-2 18 ms per small call; rows assumed "
                                  "as call_kw (no bulk measurement)"),
    # version_info, get_session_info, destroy, db.list, common.version: a small call
    'other': Endpoint(0.017, 1.0, "odoo19 NOTES: call_kw 17 ms per small call"),
}

#: seconds per row returned, at no field (session path).  Fit of the two session
#: figures of issue 10 (1/10,100 s and 1/5,700 s per line at 10 and 35 fields, batches
#: of 2,000, minus the fixed 20 ms spread over 2,000 rows): a + 10 b = 89.0 us,
#: a + 35 b = 165.4 us.
ROW = 58.4e-6
#: seconds per field per row returned (same fit)
FIELD = 3.06e-6

#: a password check: pbkdf2, "~0.42-0.45 s per login on this VM" (NOTES.md 8).  Paid by
#: /web/session/authenticate, common.login / authenticate, every wrong password, and the
#: first execute_kw of a (uid, secret) pair (Odoo caches a good pair per process).
LOGIN = 0.43

#: seconds per record written, by method (NOTES-write.md "Performance", one call with
#: many records, fixed cost removed): create 200 dicts 2.18 s -> 11 ms; lst_price write
#: on 200 ids 0.66 s -> 3.2 ms; unlink 1,056 products 6.9 s -> 6.5 ms
WRITE_PER_RECORD = {'create': 0.011, 'write': 0.0032, 'unlink': 0.0065}

#: product.product create, unlink or a write of ``active`` clears Odoo's registry cache;
#: the next request (of any client) spends 0.5-0.8 s rebuilding it (NOTES-write.md)
CACHE_CLEAR = 0.65

#: requests served at a time per database: the recorded server ran workers=0 (threaded
#: werkzeug, one Python process: the GIL serves one request's Python at a time)
WORKERS = 1

#: paths whose requests check a password
LOGIN_PATHS = ('/web/session/authenticate',)


@dataclass
class Charge:
    """What one request was charged (one line of :attr:`Pacer.ledger`)."""
    path: str
    endpoint: str
    model: str | None
    method: str | None
    rows: int = 0
    fields: int = 0
    records: int = 0
    login: bool = False
    cache_clear: bool = False
    seconds: float = 0.0      #: the cost (before ``scale``)
    waited: float = 0.0       #: time actually slept to reach it
    vals: Any = field(default=None, repr=False)     #: what a write wrote (cache clears)


@dataclass
class Pacer:
    """The cost model of one database (one Odoo server).  ``scale`` multiplies
    the time waited (1.0: real time; 0: account only)."""
    scale: float = 1.0
    workers: int = WORKERS
    endpoints: dict[str, Endpoint] = field(default_factory=lambda: dict(ENDPOINTS))
    ledger: list[Charge] = field(default_factory=list)
    keep: int = 100_000

    def __post_init__(self):
        self._slots = threading.BoundedSemaphore(max(1, self.workers))
        self._lock = threading.Lock()
        self._checked: set[str] = set()
        self._cache_cleared = False
        self.totals: Counter = Counter()
        self._serving = 0
        #: the most requests this database served at the same moment (<= workers)
        self.peak = 0

    # -- the model ------------------------------------------------------------

    def cost(self, charge: Charge) -> float:
        ep = self.endpoints.get(charge.endpoint, self.endpoints['other'])
        seconds = ep.fixed + ep.row_factor * charge.rows * (ROW + FIELD * charge.fields)
        seconds += WRITE_PER_RECORD.get(charge.method or '', 0.0) * charge.records
        if charge.login:
            seconds += LOGIN
        if charge.cache_clear:
            seconds += CACHE_CLEAR
        return seconds

    def charge(self, charge: Charge) -> Charge:
        """Price *charge* and book it (no waiting)."""
        with self._lock:
            if self._cache_cleared:
                charge.cache_clear = True
                self._cache_cleared = False
            charge.seconds = self.cost(charge)
            if _clears_cache(charge.model, charge.method, charge.vals):
                self._cache_cleared = True
            self.ledger.append(charge)
            if len(self.ledger) > self.keep:
                del self.ledger[:self.keep // 2]
            t = self.totals
            t['calls'] += 1
            t[f'calls.{charge.endpoint}'] += 1
            t['rows'] += charge.rows
            t['records_written'] += charge.records
            t['logins'] += int(charge.login)
            t['seconds'] += charge.seconds
        return charge

    def hashes(self, db: Any, uid: Any, secret: Any, denied: bool) -> bool:
        """Whether checking (db, uid, secret) hashes the password: the first time
        and after every refusal (Odoo caches only a good pair, per process).
        Only a digest of the pair is kept."""
        digest = hashlib.sha256(repr((db, uid, secret)).encode()).hexdigest()
        with self._lock:
            if digest in self._checked:
                return False
            if not denied:
                self._checked.add(digest)
            return True

    def reset(self) -> None:
        with self._lock:
            self.ledger.clear()
            self.totals.clear()
            self._checked.clear()
            self._cache_cleared = False

    # -- one request -----------------------------------------------------------

    @contextlib.contextmanager
    def slot(self) -> Iterator[float]:
        """Hold a worker slot; yields the time the request started being served."""
        with self._slots:
            with self._lock:
                self._serving += 1
                self.peak = max(self.peak, self._serving)
            try:
                yield time.monotonic()
            finally:
                with self._lock:
                    self._serving -= 1

    def wait(self, started: float, charge: Charge) -> None:
        target = charge.seconds * self.scale
        remaining = target - (time.monotonic() - started)
        if remaining > 0:
            time.sleep(remaining)
            charge.waited = remaining


def _clears_cache(model: str | None, method: str | None, vals: Any) -> bool:
    if model != 'product.product':
        return False
    if method in ('create', 'unlink'):
        return True
    return method == 'write' and isinstance(vals, dict) and 'active' in vals


# -- reading a request and its answer ------------------------------------------

def endpoint_of(path: str) -> str:
    if path == '/jsonrpc':
        return 'jsonrpc'
    if path.startswith('/web/dataset/call_kw'):
        return 'session'
    if path.startswith('/xmlrpc/'):
        return 'xmlrpc'
    if path.startswith('/json/2/'):
        return 'json2'
    return 'other'


def describe(path: str, body: bytes, answer: bytes, pacer: Pacer) -> Charge:
    """The :class:`Charge` of one request from its path, body and answer body."""
    endpoint = endpoint_of(path)
    denied = b'AccessDenied' in answer or b'Access Denied' in answer
    model = method = None
    args: list[Any] = []
    kwargs: dict[str, Any] = {}
    login = False
    try:
        if endpoint == 'xmlrpc':
            params, meth = xmlrpc.client.loads(body)
            params = list(params)
            if path.endswith('/common'):
                login = meth in ('login', 'authenticate')
                method = meth
            elif path.endswith('/object'):
                db, uid, secret, model, method = (params + [None] * 5)[:5]
                args = params[5] if len(params) > 5 and meth == 'execute_kw' else params[5:]
                kwargs = params[6] if len(params) > 6 and meth == 'execute_kw' else {}
                login = pacer.hashes(db, uid, secret, denied)
        else:
            request = json.loads(body) if body else {}
            params = request.get('params') or {} if isinstance(request, dict) else {}
            if endpoint == 'jsonrpc':
                service, meth = params.get('service'), params.get('method')
                jargs = list(params.get('args') or [])
                if service == 'common':
                    method, login = meth, meth in ('login', 'authenticate')
                elif service == 'object':
                    db, uid, secret, model, method = (jargs + [None] * 5)[:5]
                    if meth == 'execute_kw':
                        args = jargs[5] if len(jargs) > 5 else []
                        kwargs = jargs[6] if len(jargs) > 6 else {}
                    else:
                        args = jargs[5:]
                    login = pacer.hashes(db, uid, secret, denied)
            elif endpoint == 'session':
                model, method = params.get('model'), params.get('method')
                args, kwargs = params.get('args') or [], params.get('kwargs') or {}
            elif endpoint == 'json2':
                parts = path.split('?')[0].strip('/').split('/')
                model, method = (parts[2:4] + [None, None])[:2] if len(parts) >= 4 else (None, None)
                kwargs = request if isinstance(request, dict) else {}
                args = [kwargs.get('ids') or kwargs.get('vals_list') or []]
                if method == 'write':
                    args.append(kwargs.get('vals'))
            elif path.startswith(LOGIN_PATHS):
                login, method = True, 'authenticate'
    except Exception:           # a malformed request: charged as a small call
        pass
    rows, fields = _answer_size(endpoint, answer)
    charge = Charge(path=path, endpoint=endpoint, model=model, method=method, rows=rows,
                    fields=fields, login=login)
    if method in WRITE_PER_RECORD:
        first = args[0] if args else (kwargs.get('vals_list') or kwargs.get('ids') or [])
        charge.records = len(first) if isinstance(first, list) else 1
        charge.vals = args[1] if len(args) > 1 else kwargs.get('vals')
    if method in ('login', 'authenticate') and endpoint in ('jsonrpc', 'xmlrpc'):
        charge.login = True
    return charge


def _answer_size(endpoint: str, answer: bytes) -> tuple[int, int]:
    if not answer:
        return 0, 0
    try:
        if endpoint == 'xmlrpc':
            result = xmlrpc.client.loads(answer)[0][0]
        else:
            payload = json.loads(answer)
            result = payload.get('result') if isinstance(payload, dict) and \
                endpoint != 'json2' else payload
    except Exception:
        return 0, 0
    if isinstance(result, dict) and 'records' in result and isinstance(result['records'], list):
        result = result['records']          # web_search_read
    if not isinstance(result, list):
        return 0, 0
    fields = 0
    if result and isinstance(result[0], dict):
        fields = len([k for k in result[0] if k != 'id'])
    return len(result), fields


# -- hooking into the server ---------------------------------------------------------

def install(server: Any, pacer: Pacer | None) -> Pacer | None:
    """Pace a running :class:`~odoo_pos_sandbox.server.SandboxServer` (None: unpaced)."""
    server.httpd.pacer = pacer
    return pacer


def handle(handler: Any, inner: Any) -> None:
    """Serve one request of *handler* (``BaseHTTPRequestHandler``) through
    *inner* (its ``handle_one_request``): on a paced server held to its cost, on a
    multi-database server (:mod:`odoo_pos_sandbox.fleet`) routed to the database it
    names.  An unpaced single-database server goes straight to *inner*."""
    server = handler.server
    pacer = getattr(server, 'pacer', None)
    fleet = getattr(server, 'fleet', None)
    if pacer is None and fleet is None:
        return inner()
    real_rfile, real_wfile = handler.rfile, handler.wfile
    head = [real_rfile.readline(65537)]
    if not head[0]:
        handler.close_connection = True
        return None
    length = 0
    while head[-1] not in (b'\r\n', b'\n', b'') and len(head) < 200:
        line = real_rfile.readline(65537)
        head.append(line)
        name, _, value = line.decode('latin-1').partition(':')
        if name.strip().lower() == 'content-length':
            try:
                length = max(0, int(value.strip()))
            except ValueError:
                length = 0
    body = real_rfile.read(length) if length else b''
    parts = head[0].decode('latin-1').split()
    path = (parts[1] if len(parts) > 1 else '/').split('?')[0]
    headers = {}
    for line in head[1:]:
        name, _, value = line.decode('latin-1').partition(':')
        headers[name.strip().lower()] = value.strip()
    if fleet is not None:
        sandbox = fleet.route(path, headers, body)
        handler._sandbox = sandbox
        if fleet.is_down(sandbox):
            fleet.down_wait(sandbox)
            handler.close_connection = True
            return None
        pacer = fleet.pacer_of(sandbox)
    handler.rfile = _io.BytesIO(b''.join(head) + body)
    buffer = handler.wfile = _io.BytesIO()
    serving = fleet.serving(handler._sandbox) if fleet is not None else contextlib.nullcontext()
    try:
        with serving:
            if pacer is None:
                inner()
            else:
                with pacer.slot() as started:
                    inner()
                    answer = buffer.getvalue().partition(b'\r\n\r\n')[2]
                    pacer.wait(started, pacer.charge(describe(path, body, answer, pacer)))
    finally:
        handler.rfile, handler.wfile = real_rfile, real_wfile
        try:
            real_wfile.write(buffer.getvalue())
        except OSError:         # an injected drop closed the connection
            handler.close_connection = True
