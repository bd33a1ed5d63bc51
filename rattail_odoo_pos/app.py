# SPDX-License-Identifier: GPL-3.0-or-later
"""App provider: ``app.get_odoo_pos_handler()`` and the handler behind it."""

from __future__ import annotations

from typing import Any

from wuttjamaican.app import AppProvider
from wuttjamaican.util import load_object

from rattail_odoo_pos.odoo import OdooClient, OdooSource, get_source_keys, load_source


class OdooPosHandler:
    """Entry point for everything Odoo POS within a rattail app.

    Subclass it and set ``[odoo_pos] handler = yourpkg.module:YourHandler`` to
    change how sources are found or clients are made.
    """

    def __init__(self, config: Any):
        self.config = config
        self.app = config.get_app()

    def get_source_keys(self) -> list[str]:
        """Keys of every configured Odoo source."""
        return get_source_keys(self.config)

    def resolve_sources(self, requested: list[str] | None = None) -> list[str]:
        """The sources a run uses: *requested* (checked against the configured
        ones), else every configured one; each source's settings are loaded, so a
        wrong setting stops a run before it starts (OdooConfigError)."""
        from rattail_odoo_pos.odoo.errors import OdooConfigError
        configured = self.get_source_keys()
        if requested:
            unknown = [s for s in requested if s not in configured]
            if unknown:
                raise OdooConfigError(
                    f"unknown Odoo source(s) {', '.join(unknown)}; configured: "
                    f"{', '.join(configured) or 'none'} ([odoo_pos] sources)")
        keys = list(requested or configured)
        for key in keys:
            self.get_source(key)
        return keys

    def get_source(self, key: str = 'default') -> OdooSource:
        """Settings of source *key* (raises OdooConfigError when incomplete)."""
        return load_source(self.config, key)

    def get_client(self, key: str = 'default') -> OdooClient:
        """A (lazily connecting) client for source *key*."""
        return OdooClient(self.get_source(key))

    def record_url(self, source_key: str, model: str, odoo_id: int) -> str | None:
        """Address of an Odoo record in its own web client, or None when the
        source is no longer configured."""
        url = self.config.get(f'odoo_pos.source.{source_key}.url', ignore_ambiguous=True)
        if not url:
            return None
        return f"{url.rstrip('/')}/web#model={model}&id={odoo_id}&view_type=form"


class OdooPosAppProvider(AppProvider):
    """Adds :meth:`get_odoo_pos_handler` to the rattail app handler."""

    def get_odoo_pos_handler(self, **kwargs) -> OdooPosHandler:
        """The configured :class:`OdooPosHandler` (cached per app)."""
        if not hasattr(self.app, '_odoo_pos_handler'):
            spec = self.config.get('odoo_pos.handler',
                                   default='rattail_odoo_pos.app:OdooPosHandler')
            self.app._odoo_pos_handler = load_object(spec)(self.config, **kwargs)
        return self.app._odoo_pos_handler
