"""TransmitSMS routing and request parsing: `/<method>.json|.xml` to the GET or POST operation of that path,
its fields typed and checked against the spec, then the method's rule (`rules.Rules`, named after the path)."""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl

from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import BaseRoute

from smskit_sim.context import Context
from smskit_sim.providers.base import Endpoint, Handler, Provider, ProviderError
from smskit_sim.providers.http import any_method, media_type, read_body
from smskit_sim.providers.transmitsms.rules import Rejected, Rules
from smskit_sim.providers.transmitsms.state import PHP_TRIM
from smskit_sim.store import Account
from smskit_sim.validation import CompiledOperation, Violation

if TYPE_CHECKING:
    import xml.etree.ElementTree as ET

__all__ = ["Routes"]

FORM = "application/x-www-form-urlencoded"
SUCCESS = {"code": "SUCCESS", "description": "OK"}
Rule = Callable[[Account, dict[str, Any]], dict[str, Any]]
_TAG = re.compile(r"[^A-Za-z0-9_.\-]")
_FIELD_SLOT = re.compile(r"field_\d+")
_METHODS = ["GET", "POST"]  # every path takes both


class Routes(Provider):
    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx)
        self.rules = Rules(self, self.model.operations["sendSms"])
        text = self.model.operations["sendSms"].text
        longest = text.max_chars.get("gsm") if text and text.max_chars else None
        self._too_long = f'Field "message" is too long: at most {longest} characters'
        self._methods: dict[str, dict[str, Endpoint]] = {}  # method name -> {HTTP method: endpoint}
        self._fields: dict[str, tuple[frozenset[str], tuple[str, ...]]] = {}  # op -> (allowed, required)
        for op in self.model.operations.values():
            name = op.path.strip("/").removesuffix(".json")
            compiled = self.ops[op.id]
            schema = compiled.query_schema if op.method == "GET" else _body_schema(compiled)
            self._fields[op.id] = (frozenset(schema["properties"]), tuple(schema["required"]))
            rule: Rule = getattr(self.rules, name.replace("-", "_"))
            self._methods.setdefault(name, {})[op.method] = self.endpoint(op.id, self._handler(rule))

    def routes(self) -> list[BaseRoute]:
        return [any_method("/{path:path}", self.dispatch)]

    async def dispatch(self, request: Request) -> Response:
        """`/<method>.json|.xml` (optionally under `/2/`) to the method's GET (HEAD too) or POST operation."""
        parts = [part for part in request.path_params["path"].split("/") if part]
        if len(parts) == 2 and parts[0] == "2":
            parts = parts[1:]
        name, dot, suffix = parts[0].rpartition(".") if len(parts) == 1 else ("", "", "")
        if not (name and dot and suffix in ("json", "xml")):
            return PlainTextResponse("page not found", status_code=404)
        endpoints = self._methods.get(name)
        if endpoints is None:
            response = self.error("getBalance", "NOT_IMPLEMENTED")
        else:
            endpoint = endpoints.get("GET" if request.method == "HEAD" else request.method)
            if endpoint is None:
                response = self.not_allowed(request, "getBalance", request.url.path, _METHODS)
            else:
                response = await endpoint(request)
        return _as_xml(response) if suffix == "xml" else response

    def _handler(self, rule: Rule) -> Handler:
        async def handle(request: Request, account: Account, op: CompiledOperation) -> Response:
            params = await self._params(request, op)
            try:
                answer = rule(account, params)
            except Rejected as exc:
                return self.error_body(self.errors[op.operation_id][exc.code], exc.detail)
            return JSONResponse({**answer, "error": SUCCESS})

        return handle

    async def _params(self, request: Request, op: CompiledOperation) -> dict[str, Any]:
        """The request's fields, typed and checked against the operation's spec (the first broken rule raises)."""
        raw = dict(request.query_params)
        if op.method == "post":
            raw.update(await _form(request))
        allowed, required = self._fields[op.operation_id]
        for name in required:
            if not raw.get(name, "").strip(PHP_TRIM):
                raise ProviderError("FIELD_EMPTY", f"Required field '{name}' is empty")
        # A field the method does not know is ignored, as the provider does (its own reference sends `firstname`
        # to edit-list-member and gets empty names back; a recorded client sent `enddate`): dropped, not refused.
        raw = {name: value for name, value in raw.items() if name in allowed}
        if op.method == "get":
            values, violations = op.query(raw)
        else:
            values = op.form(FORM, raw)
            violations = op.body(FORM, values) if op.media_types else []
        for violation in violations:
            empty_slot = violation.rule in ("minLength", "pattern") and _FIELD_SLOT.fullmatch(violation.field)
            if empty_slot and "MISSING_PARAM" in self.errors[op.operation_id]:
                raise ProviderError("MISSING_PARAM")  # add-list's documented answer to an empty (or blank) field_n
            raise self._refusal(violation)
        for name, value in values.items():  # what JSON Schema lets through: NaN / infinity
            if isinstance(value, float) and not math.isfinite(value):
                raise ProviderError("FIELD_INVALID", f'Field "{name}" has invalid format')
        return values

    def _refusal(self, violation: Violation) -> ProviderError:
        """The documented error for one broken rule of the spec."""
        field, rule = violation.field, violation.rule
        if rule == "required":
            return ProviderError("FIELD_EMPTY", f"Required field '{field}' is empty")
        if field == "from":
            return ProviderError("BAD_CALLER_ID")
        if not field:
            return ProviderError("FIELD_INVALID")
        if rule == "type":
            message = violation.message
            expected = "numeric" if '"integer"' in message or '"number"' in message else "boolean"
            return ProviderError("FIELD_INVALID", f'Field "{field}" has wrong type, expected type - {expected}')
        if rule == "maxLength" and field == "message":
            return ProviderError("FIELD_INVALID", self._too_long)
        what = {"enum": "has invalid value", "minimum": "is out of range", "maximum": "is out of range"}
        return ProviderError("FIELD_INVALID", f'Field "{field}" {what.get(rule, "has invalid format")}')


def _body_schema(op: CompiledOperation) -> dict[str, Any]:
    node = op.node.get("requestBody", {}).get("content", {}).get(FORM, {}).get("schema", {})
    return {"properties": node.get("properties", {}), "required": node.get("required", [])}


async def _form(request: Request) -> dict[str, str]:
    """A form-encoded body's fields (the last of repeated ones, as PHP does); other bodies carry no fields."""
    content_type = media_type(request, FORM)
    body = await read_body(request)
    if content_type != FORM or not body:
        return {}
    try:
        return dict(parse_qsl(body.decode("utf-8"), keep_blank_values=True))
    except UnicodeDecodeError:
        raise ProviderError("FIELD_INVALID", "The request body is not UTF-8 form data") from None


def _as_xml(response: Response) -> Response:
    """A JSON answer as the documented XML: root `<response>`, arrays as `<item>`s, nulls as empty elements."""
    if response.media_type != "application/json":
        return response
    import xml.etree.ElementTree as ET  # only `.xml` requests need it

    root = ET.Element("response")
    _to_xml(root, json.loads(bytes(response.body)))
    body = '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode")
    answer = Response(body, status_code=response.status_code, media_type="text/xml")
    for header in ("allow", "retry-after"):
        if header in response.headers:
            answer.headers[header] = response.headers[header]
    return answer


def _to_xml(element: ET.Element, value: Any) -> None:
    import xml.etree.ElementTree as ET

    if isinstance(value, dict):
        for key, item in value.items():
            tag = _TAG.sub("_", str(key))
            _to_xml(ET.SubElement(element, tag if tag[:1].isalpha() or tag[:1] == "_" else f"_{tag}"), item)
    elif isinstance(value, list):
        for item in value:
            _to_xml(ET.SubElement(element, "item"), item)
    elif isinstance(value, bool):
        element.text = "true" if value else "false"
    elif value is not None:
        element.text = str(value)
