# SPDX-License-Identifier: GPL-3.0-or-later
"""Masking of Odoo secrets in any text shown to a person.

An error message stored by an importer (a cursor's or a source's last error,
a rejected record's reason) may quote what a library said, and a library may
quote a URL or a request holding the password.  Whatever shows such a text
(the sync status page, ``rattail odoo-pos-check``) passes it through a
:class:`Redactor` first.
"""

from __future__ import annotations

from typing import Any, Iterable

#: what a secret is replaced by
MASK = '***'


class Redactor:
    """Replaces every configured Odoo secret of the given sources in a text
    by :data:`MASK`.

    *handler* is the app's Odoo POS handler (``app.get_odoo_pos_handler()``),
    *keys* the source keys whose secrets are hidden (a key that is not, or no
    longer, configured has nothing to hide).
    """

    def __init__(self, handler: Any, keys: Iterable[str]):
        secrets: list[str] = []
        for key in keys:
            try:
                secret = handler.get_source(key).secret
            except Exception:       # unconfigured or invalid source: nothing to hide
                continue
            if secret and secret not in secrets:
                secrets.append(secret)
        # longest first, so a secret containing another is masked whole
        self.secrets = sorted(secrets, key=len, reverse=True)

    @classmethod
    def for_config(cls, config: Any, keys: Iterable[str] | None = None) -> 'Redactor':
        """A redactor for *keys* (default: every configured source) of *config*."""
        handler = config.get_app().get_odoo_pos_handler()
        if keys is None:
            keys = handler.get_source_keys()
        return cls(handler, keys)

    def __call__(self, text: str | None) -> str | None:
        if text is None:
            return None
        for secret in self.secrets:
            text = text.replace(secret, MASK)
        return text
