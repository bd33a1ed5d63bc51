# SPDX-License-Identifier: GPL-3.0-or-later
"""Constants and helpers shared by the web tests and their fixtures."""

from __future__ import annotations

import re
import time
from pathlib import Path

#: a secret configured for a second source: no page may ever show it
SECRET = 'odoo-pos-Secret-7f3Kq9Zt'
#: password of the test users ``viewer`` and ``nobody``
PASSWORD = 'web-test-pw'
REPO = Path(__file__).resolve().parents[2]
ARTIFACTS = REPO / 'test-artifacts'


def login(testapp, username: str, password: str = PASSWORD):
    """Log in through the real login form; returns the page after redirect."""
    page = testapp.get('/login')
    token = re.search(r'name="_csrf" type="hidden" value="([^"]+)"', page.text)
    assert token, "no CSRF token on the login page"
    response = testapp.post('/login', {'username': username, 'password': password,
                                       '_csrf': token.group(1)})
    assert response.status_int == 302, f"login of {username} failed"
    return response.follow().maybe_follow()     # home may be the dashboard


def grid_data(testapp, url: str, **params) -> dict:
    """The JSON data of a grid page (what the page's grid fetches)."""
    response = testapp.get(url, params={'partial': 'true', **params})
    return response.json


def wait_download(client, url: str, timeout: float = 60) -> bytes:
    """Start a download (Tailbone writes the file in a thread, behind a
    progress page) and fetch the file once written completely (the same
    bytes twice; a file still growing while it is served is asked again)."""
    assert client.get(url).status_int == 200
    deadline = time.monotonic() + timeout
    last = None
    while time.monotonic() < deadline:
        try:
            response = client.get(url + '/download', expect_errors=True)
        except AssertionError:      # WebTest: the file grew while served
            response = None
        if response is not None and response.status_int == 200 and response.body:
            if response.body == last:
                return response.body
            last = response.body
        time.sleep(0.5)
    raise AssertionError(f"{url}: no file after {timeout} s")


def missing_permissions(response) -> list[str]:
    """The 403 page's list of missing permissions, one text per line as a
    person reads it (the page sits in Vue component templates, which the
    browser renders: they are unwrapped here)."""
    import bs4
    assert response.status_int == 403, response.status
    text = re.sub(r'<script type="text/x-template"[^>]*>(.*?)</script>', r'<div>\1</div>',
                  response.text, flags=re.S)
    return [' '.join(li.get_text().split()) for li in
            bs4.BeautifulSoup(text, 'html.parser').select('ul.missing-permissions li')]
