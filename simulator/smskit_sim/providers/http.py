"""HTTP pieces every provider uses: reading a body, JSON in and out, HTTP Basic, and the 405 answer."""

from __future__ import annotations

import base64
import json
from collections.abc import Awaitable, Callable, Sequence
from typing import Any

from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Route

__all__ = ["FastJSONResponse", "any_method", "basic_credentials", "basic_token", "body_of", "loads", "media_type",
           "method_not_allowed", "read_body"]  # fmt: skip

ALL_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]

# What JSONResponse.render passes to json.dumps, built once: json.dumps builds a new encoder on every call.
_JSON_ENCODE = json.JSONEncoder(ensure_ascii=False, allow_nan=False, indent=None, separators=(",", ":")).encode


class FastJSONResponse(JSONResponse):
    """A JSONResponse, byte for byte, rendered by one shared encoder (hot paths answer thousands a second)."""

    def render(self, content: Any) -> bytes:
        return _JSON_ENCODE(content).encode("utf-8")


def loads(raw: bytes | str) -> Any:
    """`json.loads`, with JSON nested deeper than the parser goes refused as unparsable (ValueError), not a crash."""
    try:
        return json.loads(raw)
    except RecursionError:
        raise ValueError("JSON nested too deep") from None


def media_type(request: Request, default: str = "") -> str:
    """The request's media type, lower case, without parameters."""
    return request.headers.get("content-type", default).split(";")[0].strip().lower()


def any_method(path: str, endpoint: Callable[[Request], Awaitable[Response]]) -> Route:
    """A route that takes every method, so the provider, not the framework, answers a wrong one."""
    return Route(path, endpoint, methods=ALL_METHODS)


def method_not_allowed(allow: Sequence[str], answer: Response | None = None) -> Response:
    """`answer` (else a bare status line) as a 405 naming the methods the path takes (RFC 9110, 15.5.6)."""
    response = PlainTextResponse("Method Not Allowed") if answer is None else answer
    response.status_code = 405
    response.headers["Allow"] = ", ".join(allow)
    return response


def basic_token(header: str) -> str | None:
    """The decoded token of an `Authorization: Basic` header (`user:password`, as sent); None when it is another
    scheme or its token is not base64 of UTF-8 text."""
    scheme, _, token = header.strip().partition(" ")
    if scheme.lower() != "basic":
        return None
    try:
        return base64.b64decode(token.strip(), validate=True).decode("utf-8")
    except ValueError:  # binascii.Error and UnicodeDecodeError are ValueErrors
        return None


def basic_credentials(header: str) -> tuple[str, str] | None:
    """(user, password) of an `Authorization: Basic` header; None as for `basic_token`, or without the colon."""
    user, colon, password = (basic_token(header) or "").partition(":")
    return (user, password) if colon else None


async def read_body(request: Request) -> bytes:
    """`await request.body()`, without the async generator Starlette reads it through.

    That generator (and the event loop's bookkeeping of it) costs more than the rest of reading a small body;
    this reads the same ASGI messages, and leaves the request as `body()` would (cached, stream consumed).
    """
    if hasattr(request, "_body") or request._stream_consumed:
        return await request.body()
    chunks: list[bytes] = []
    while True:
        message = await request.receive()
        if message["type"] == "http.request":
            chunks.append(message.get("body", b""))
            if not message.get("more_body", False):
                break
        elif message["type"] == "http.disconnect":
            request._is_disconnected = True
            raise ClientDisconnect()
    request._stream_consumed = True
    request._body = body = b"".join(chunks)
    return body


def body_of(request: Request) -> bytes:
    """The body `read_body` has read (the pipeline reads it before authentication and the handler)."""
    body: bytes = request._body
    return body
