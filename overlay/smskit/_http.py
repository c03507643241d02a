"""What the httpx clients under every smskit client share (`smskit._async.http` and its generated sync twin):
httpx's own client, without a cookie jar.

No provider's API uses cookies: every request carries its key or token. A cookie a gateway or its load
balancer sets (a framework session, say) would otherwise ride along on every later request as hidden state,
and httpx's cookie handling, which builds urllib request objects for every answer, is about a third of
httpx's own CPU time per call. So these clients neither store nor send cookies.

They also keep what they send out of logs and errors. httpx logs every request's full URL at INFO
(`HTTP Request: GET <url> ...` on logger "httpx"), and a query-string variant such as EzzySMS's
`send_message_by_query` puts the text (and could put credentials) there: while one of these clients sends, a
context variable is set (it follows threads' and asyncio tasks' own contexts), and a filter on the "httpx"
logger masks the query values of that record's URL. Other users of httpx in the process are untouched. An
httpx error raised out of `send` gets a scrubbed request (no body, credential headers and query values masked).
"""

from __future__ import annotations

import contextlib
import contextvars
import logging
from collections.abc import Mapping
from typing import Any, Final

import httpx

from smskit._scrub import scrubbed_request, scrubbed_url

__all__ = ["NoCookiesAttribute", "scrub_error", "sending"]

_REFUSAL = "smskit clients keep no cookies: the providers' APIs do not use them"


class _NoCookies(httpx.Cookies):
    """A jar that stays empty: what an answer sets is dropped, and nothing can be set by hand."""

    def extract_cookies(self, response: httpx.Response) -> None:
        return None

    def set(self, name: str, value: str, domain: str = "", path: str = "/") -> None:
        raise TypeError(_REFUSAL)


class NoCookiesAttribute:
    """`client.cookies` on both clients: always the empty jar of that client; assigning one is refused."""

    def __get__(self, client: object, owner: type | None = None) -> httpx.Cookies:
        jar: httpx.Cookies | None = client.__dict__.get("_smskit_no_cookies")
        if jar is None:
            jar = client.__dict__["_smskit_no_cookies"] = _NoCookies()
        return jar

    def __set__(self, client: object, cookies: Any) -> None:
        raise TypeError(_REFUSAL)


# True while one of smskit's clients is sending, in that thread or task only.
sending: Final = contextvars.ContextVar[bool]("smskit_sending", default=False)


def _masked(arg: object) -> object:
    return scrubbed_url(arg) if isinstance(arg, httpx.URL) else arg


class _MaskQueryValues(logging.Filter):
    """On the "httpx" logger: a record logged while smskit sends shows its URLs without query values."""

    def filter(self, record: logging.LogRecord) -> bool:
        if sending.get() and record.args:
            if isinstance(record.args, Mapping):
                record.args = {key: _masked(value) for key, value in record.args.items()}
            else:
                record.args = tuple(_masked(arg) for arg in record.args)
        return True


def _install_log_filter() -> None:
    logger = logging.getLogger("httpx")
    if not any(type(f).__name__ == _MaskQueryValues.__name__ for f in logger.filters):  # once, even on a reload
        logger.addFilter(_MaskQueryValues())


_install_log_filter()


def scrub_error(exc: httpx.HTTPError) -> None:
    with contextlib.suppress(RuntimeError):  # RuntimeError: no request was set on it
        exc.request = scrubbed_request(exc.request)
