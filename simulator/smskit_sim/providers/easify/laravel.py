"""What the Easify simulator borrows from Laravel, the framework behind Easify's API.

- `read_input`: `$request->all()`, the query string merged under a JSON, multipart or url-encoded body; a body
  that cannot be read counts as no input (Laravel then reports the first required field), never an error.
  Multipart is parsed with the standard library (`email`, imported when a multipart body comes), so no extra
  dependency is needed.
- `rule_text`: Laravel's default validation wording ("The to number field is required.").
- `paginate`: the `links` / `meta` blocks of a `LengthAwarePaginator` rendered as JSON, page window included.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from typing import Any
from urllib.parse import parse_qsl

import attrs
from starlette.requests import Request

from smskit_sim.providers import http

__all__ = ["Input", "Upload", "paginate", "read_input", "rule_text"]


@attrs.frozen
class Upload:
    """A file part of a multipart body."""

    filename: str
    content_type: str
    data: bytes = attrs.field(repr=False)


@attrs.frozen
class Input:
    """Every input field, each with all the values it was given in order (`name[]` folded into `name`).

    Fields named in `typed` came from a JSON body and keep their JSON types (a JSON body replaces a query
    field of the same name); the others are strings or `Upload`s, in order, so the last one wins.
    """

    values: dict[str, list[Any]]
    typed: frozenset[str]
    json: bool
    body_fields: frozenset[str]  # the names the body (not the query string) carries


def _add(values: dict[str, list[Any]], name: str, value: Any) -> str:
    values.setdefault(name.removesuffix("[]"), []).append(value)
    return name.removesuffix("[]")


def _multipart(content_type: str, raw: bytes) -> list[tuple[str, Any]]:
    from email import policy
    from email.parser import BytesParser

    message = BytesParser(policy=policy.HTTP).parsebytes(
        b"Content-Type: " + content_type.encode("latin-1") + b"\r\n\r\n" + raw
    )
    if not message.is_multipart():
        return []
    fields: list[tuple[str, Any]] = []
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        if not isinstance(name, str) or not name:
            continue
        payload = part.get_payload(decode=True)
        data = payload if isinstance(payload, bytes) else b""
        filename = part.get_filename()
        if filename is not None:
            fields.append((name, Upload(filename, part.get_content_type(), data)))
        else:
            fields.append((name, data.decode(part.get_content_charset() or "utf-8", errors="replace")))
    return fields


async def read_input(request: Request) -> Input:
    """The request's input as Laravel sees it: query parameters, then the body's fields."""
    values: dict[str, list[Any]] = {}
    for name, value in request.query_params.multi_items():
        _add(values, name, value)
    raw = await request.body()
    media_type = http.media_type(request)
    typed: set[str] = set()
    in_body: set[str] = set()
    is_json = False
    try:
        if media_type == "application/json" or media_type.endswith("+json"):
            is_json = True
            body = json.loads(raw) if raw else None
            if isinstance(body, dict):
                for name, value in body.items():
                    values[str(name).removesuffix("[]")] = [value]
                    typed.add(str(name).removesuffix("[]"))
                    in_body.add(str(name).removesuffix("[]"))
        elif media_type == "multipart/form-data":
            for name, value in _multipart(request.headers["content-type"], raw):
                in_body.add(_add(values, name, value))
        elif media_type == "application/x-www-form-urlencoded":
            for name, value in parse_qsl(raw.decode("utf-8", errors="replace"), keep_blank_values=True):
                in_body.add(_add(values, name, value))
    except (ValueError, UnicodeDecodeError, LookupError, RecursionError):
        pass  # unreadable body: no input, as in Laravel
    return Input(values, frozenset(typed), is_json, frozenset(in_body))


_TYPE_TEXT = {"string": "a string", "integer": "an integer", "number": "a number", "array": "an array",
              "boolean": "true or false", "object": "an array"}  # fmt: skip


def label(field: str) -> str:
    return field.replace("_", " ")


def rule_text(field: str, rule: str, schema: dict[str, Any]) -> str:
    """Laravel's default message for `field` breaking the JSON Schema keyword `rule` of `schema`."""
    name = label(field)
    if rule in ("required", "minLength", "minItems"):  # empty strings and arrays count as missing
        return f"The {name} field is required."
    if rule == "type":
        kind = schema.get("type")
        kind = kind[0] if isinstance(kind, list) else kind
        return f"The {name} field must be {_TYPE_TEXT.get(str(kind), 'valid')}."
    if rule == "enum":
        return f"The selected {name} is invalid."
    if rule == "minimum":
        return f"The {name} field must be at least {schema.get('minimum')}."
    if rule == "maxLength":
        return f"The {name} field must not be greater than {schema.get('maxLength')} characters."
    return f"The {name} field format is invalid."


def paginate(request: Request, items: Sequence[Any], per_page: int, page: int) -> dict[str, Any]:
    """One page of `items` with Laravel's `links` and `meta` (URLs carry only `page`, as Laravel writes them)."""
    total = len(items)
    last_page = max(1, math.ceil(total / per_page))
    start = (page - 1) * per_page
    chunk = list(items[start : start + per_page])
    path = str(request.url.replace(query=""))

    def url(number: int) -> str:
        return f"{path}?page={number}"

    prev_url = url(page - 1) if page > 1 else None
    next_url = url(page + 1) if page < last_page else None
    links: list[dict[str, Any]] = [{"url": prev_url, "label": "« Previous", "active": False}]
    for number in _window(page, last_page):
        if number is None:
            links.append({"url": None, "label": "...", "active": False})
        else:
            links.append({"url": url(number), "label": str(number), "active": number == page})
    links.append({"url": next_url, "label": "Next »", "active": False})
    return {
        "data": chunk,
        "links": {"first": url(1), "last": url(last_page), "prev": prev_url, "next": next_url},
        "meta": {
            "current_page": page,
            "from": start + 1 if chunk else None,
            "last_page": last_page,
            "links": links,
            "path": path,
            "per_page": per_page,
            "to": start + len(chunk) if chunk else None,
            "total": total,
        },
    }


def _window(page: int, last: int, each_side: int = 3) -> list[int | None]:
    """Laravel's UrlWindow: every page when few, else the ends and a slider around `page` (None is "...")."""
    if last < each_side * 2 + 8:
        return list(range(1, last + 1))
    window = each_side + 4
    if page <= window:
        first: list[int] = list(range(1, window + each_side + 1))
        return [*first, None, last - 1, last]
    if page > last - window:
        return [1, 2, None, *range(last - (window + each_side - 1), last + 1)]
    return [1, 2, None, *range(page - each_side, page + each_side + 1), None, last - 1, last]
