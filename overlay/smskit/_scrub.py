"""What an error may keep of a request: nothing that authenticates, nothing that was sent.

An error keeps the provider's answer for diagnosis (`APIError.response`: status, headers and body as they came),
but the request that answer hangs on (`response.request`) is rebuilt without its body (the message text) and
with every credential header and every query-string value masked. The credential headers are read from the
provider's spec: `Authorization` (HTTP Basic and Bearer), plus each `apiKey` scheme `in: header`
(EasySendSMS `apikey`; Mobyt `user_key`, `Session_key`, `Access_token`), every provider's names whichever
provider the request went to.

`detached(exc)` is what a stored error (one kept in a `RecipientResult`) goes through: its tracebacks are
cleared along the whole `__cause__` / `__context__` chain, because the frames behind an error hold locals such
as the batch and its text, and the httpx errors in the chain get scrubbed requests as well.
"""

from __future__ import annotations

import contextlib
import functools
from typing import Final, TypeVar

import httpx

from smskit._secret import MASK
from smskit._spec import PROVIDERS, provider_spec

__all__ = ["credential_headers", "detached", "scrubbed", "scrubbed_request", "scrubbed_url"]

# Credentials whatever the spec says: HTTP authentication of either kind, and cookies (which smskit never
# sends, but a user's transport might add).
_ALWAYS: Final = frozenset({"authorization", "proxy-authorization", "cookie"})
# Marks a response scrubbed here, so that scrubbing it again (an error stored, then pickled) is free.
_SCRUBBED: Final = "smskit_scrubbed"
_KEPT_EXTENSIONS: Final = ("http_version", "reason_phrase")
_MASK_BYTES: Final = MASK.encode()

E = TypeVar("E", bound=BaseException)


@functools.cache
def credential_headers(provider: str | None = None) -> frozenset[str]:
    """The lower-cased names of the headers that carry `provider`'s credentials (every provider's for None
    or a name smskit does not know). Scrubbing masks every provider's: a header one spec names as a
    credential is treated as one whoever sent it."""
    providers = (provider,) if provider in PROVIDERS else PROVIDERS
    names = set(_ALWAYS)
    for name in providers:
        names.update(provider_spec(name).credential_headers)
    return frozenset(names)


def _masked_header(value: str) -> str:
    """`Basic ***` for `Basic dXNlcjpwYXNz`: the scheme says which credentials were used, not what they are."""
    scheme, space, _ = value.partition(" ")
    return f"{scheme} {MASK}" if space and scheme.isalpha() else MASK


def scrubbed_url(url: httpx.URL) -> httpx.URL:
    """`url` with every query-string value (and any user:password in it) masked; names and path kept."""
    if url.query:
        pairs = (part.partition(b"=") for part in url.query.split(b"&"))
        masked = b"&".join(name + eq + (_MASK_BYTES if value else b"") for name, eq, value in pairs)
        url = url.copy_with(query=masked)
    if url.userinfo:
        url = url.copy_with(userinfo=_MASK_BYTES)
    return url


def scrubbed_request(request: httpx.Request) -> httpx.Request:
    """A copy of `request` without its body, its credential headers and query values masked."""
    names = credential_headers()
    items = request.headers.multi_items()
    headers = httpx.Headers([(k, _masked_header(v) if k.lower() in names else v) for k, v in items])
    return httpx.Request(request.method, scrubbed_url(request.url), headers=headers)


def scrubbed(response: httpx.Response) -> httpx.Response:
    """The response an error keeps: the same status, headers and body, on a scrubbed request.

    A new, plain httpx.Response: the body as it was read (decoded, so it is not decoded again whatever its
    Content-Encoding says), and neither the stream, the redirect history nor the transport's extensions (which
    hold the connection). An answer never read (a streamed one) keeps no body."""
    if response.extensions.get(_SCRUBBED):
        return response
    kept = {key: value for key in _KEPT_EXTENSIONS if isinstance(value := response.extensions.get(key), bytes)}
    clean = httpx.Response(response.status_code, extensions={**kept, _SCRUBBED: True})
    clean.headers = httpx.Headers(response.headers)
    with contextlib.suppress(httpx.ResponseNotRead):
        clean._content = response.content
    clean.default_encoding = response.default_encoding
    with contextlib.suppress(RuntimeError):  # RuntimeError: no request on a response built by hand
        clean.request = scrubbed_request(response.request)
    with contextlib.suppress(RuntimeError):  # RuntimeError: never closed, so no elapsed time
        clean.elapsed = response.elapsed
    return clean


def detached(exc: E) -> E:
    """`exc`, fit to be stored: no traceback anywhere along its `__cause__` / `__context__` chain (nor in an
    exception group's members), and every httpx request or response the chain holds scrubbed.

    The frames behind an error keep their locals alive (the batch with its text, the request with its
    headers); a stored error needs none of them. Returns the same object, changed in place."""
    seen: set[int] = set()
    todo: list[BaseException] = [exc]
    while todo:
        current = todo.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        current.__traceback__ = None
        if isinstance(current, httpx.HTTPError):
            with contextlib.suppress(RuntimeError):  # RuntimeError: no request was set on it
                current.request = scrubbed_request(current.request)
        response = getattr(current, "response", None)
        if isinstance(response, httpx.Response):
            with contextlib.suppress(AttributeError):  # a read-only property: leave it
                current.response = scrubbed(response)  # type: ignore[attr-defined]
        if isinstance(current, BaseExceptionGroup):
            todo.extend(current.exceptions)
        todo.extend(e for e in (current.__cause__, current.__context__) if e is not None)
    return exc
