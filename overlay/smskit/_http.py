"""The httpx clients under every smskit client: httpx's own, without a cookie jar.

No provider's API uses cookies: every request carries its key or token. A cookie a gateway or its load
balancer sets (a framework session, say) would otherwise ride along on every later request as hidden state,
and httpx's cookie handling, which builds urllib request objects for every answer, is about a third of
httpx's own CPU time per call. So these clients neither store nor send cookies.
"""

from __future__ import annotations

from typing import Any

import httpx

__all__ = ["AsyncStatelessClient", "StatelessClient"]

_REFUSAL = "smskit clients keep no cookies: the providers' APIs do not use them"


class _NoCookies(httpx.Cookies):
    """A jar that stays empty: what an answer sets is dropped, and nothing can be set by hand."""

    def extract_cookies(self, response: httpx.Response) -> None:
        return None

    def set(self, name: str, value: str, domain: str = "", path: str = "/") -> None:
        raise TypeError(_REFUSAL)


class _NoCookiesAttribute:
    """`client.cookies` on both clients: always the empty jar of that client; assigning one is refused."""

    def __get__(self, client: object, owner: type | None = None) -> httpx.Cookies:
        jar: httpx.Cookies | None = client.__dict__.get("_smskit_no_cookies")
        if jar is None:
            jar = client.__dict__["_smskit_no_cookies"] = _NoCookies()
        return jar

    def __set__(self, client: object, cookies: Any) -> None:
        raise TypeError(_REFUSAL)


class StatelessClient(httpx.Client):
    cookies = _NoCookiesAttribute()  # type: ignore[override]


class AsyncStatelessClient(httpx.AsyncClient):
    cookies = _NoCookiesAttribute()  # type: ignore[override]
