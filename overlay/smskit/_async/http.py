"""The httpx client under an smskit client: httpx's own, with no cookie jar and its errors scrubbed (see _http)."""

from __future__ import annotations

from typing import Any

import httpx

from smskit._http import NoCookiesAttribute, scrub_error, sending

__all__ = ["AsyncStatelessClient"]


class AsyncStatelessClient(httpx.AsyncClient):
    cookies = NoCookiesAttribute()  # type: ignore[override]

    async def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        token = sending.set(True)
        try:
            return await super().send(request, **kwargs)
        except httpx.HTTPError as exc:
            scrub_error(exc)
            raise
        finally:
            sending.reset(token)
