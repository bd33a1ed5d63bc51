# SPDX-License-Identifier: GPL-3.0-or-later
"""Errors raised by the Odoo client seam: each names the source and says what to do.

Every message is one line (line breaks in Odoo's own messages are folded) and
never holds the source's secret.
"""

from __future__ import annotations


def one_line(text: str) -> str:
    """*text* with its line breaks folded into spaces."""
    return ' '.join(str(text).splitlines())


class OdooPosError(Exception):
    """Base class of every error about talking to an Odoo source."""

    def __init__(self, message: str, *, source: str | None = None,
                 odoo_model: str | None = None, method: str | None = None,
                 odoo_name: str | None = None, odoo_message: str | None = None):
        super().__init__(one_line(message))
        self.source = source
        self.odoo_model = odoo_model
        self.method = method
        self.odoo_name = odoo_name
        self.odoo_message = odoo_message


class OdooConfigError(OdooPosError):
    """The configuration of a source is incomplete or wrong."""


class OdooConnectionError(OdooPosError):
    """The server could not be reached, timed out, dropped the connection or
    answered HTTP 5xx (after every retry)."""


class OdooNotOdooError(OdooConnectionError):
    """Something answers at the source's URL, but not like an Odoo server (its
    ``/web/webclient/version_info`` answer is not Odoo's).  Raised before any
    credential is sent."""


class OdooLoginError(OdooPosError):
    """The server answered, but refused the login or API key, or the database
    does not exist."""


class OdooUnknownDatabaseError(OdooLoginError):
    """The server has no database of the configured name."""


class OdooAccessError(OdooPosError):
    """The user may not read (or write) a model or field."""


class OdooRPCError(OdooPosError):
    """Odoo answered a call with an error payload (``data.name`` /
    ``data.message`` are kept in :attr:`odoo_name` / :attr:`odoo_message`)."""


class OdooTransientError(OdooRPCError):
    """An Odoo error that is worth retrying (serialization failure, lock
    timeout)."""
