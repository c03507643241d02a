"""The answers a `damage` fault puts in place of the real one, as broken links, proxies and portals give them.

Each is a well-formed HTTP answer (the edge in `wire.py` sends it instead of what the provider answered), so a
client meets it exactly as it would meet it in the field: 200s that are not the provider's JSON, or a proxy's
own error page. `timeout` is no answer at all, and is the edge's to act out.
"""

from __future__ import annotations

from starlette.responses import Response

__all__ = ["damaged"]

_PORTAL = (b"<!DOCTYPE html>\n<html><head><title>Sign in to the network</title></head>\n<body><h1>Welcome to "
           b"Guest Wi-Fi</h1><p>Accept the terms of use to continue.</p>\n<form method=\"post\" action=\"/login\">"
           b"<button>Accept</button></form></body></html>\n")  # fmt: skip


def _nginx(title: bytes) -> bytes:
    return (b"<html>\r\n<head><title>" + title + b"</title></head>\r\n<body>\r\n<center><h1>" + title
            + b"</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n")  # fmt: skip


_JSON, _HTML = "application/json", "text/html; charset=utf-8"


def damaged(name: str, content_type: str | None, body: bytes) -> Response:
    """What the client gets instead of the real answer (its content type and body) under damage `name`."""
    if name == "truncated":
        return _answer(200, content_type, body[: len(body) // 2])
    if name == "empty":
        return _answer(200, content_type or _JSON, b"")
    fixed = {
        "garbage": (200, _JSON, b"\x00\xff<<not json"),
        "empty_object": (200, _JSON, b"{}"),
        "empty_array": (200, _JSON, b"[]"),
        "html": (200, _HTML, _PORTAL),
        "no_content": (204, None, b""),
        "proxy_502": (502, _HTML, _nginx(b"502 Bad Gateway")),
        "proxy_504": (504, _HTML, _nginx(b"504 Gateway Time-out")),
    }
    return _answer(*fixed[name])


def _answer(status: int, content_type: str | None, body: bytes) -> Response:
    # No media_type: Starlette would add a charset, and the content type is to be the real answer's, verbatim.
    return Response(body, status_code=status, headers=None if content_type is None else {"content-type": content_type})
