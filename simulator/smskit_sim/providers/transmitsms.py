"""TransmitSMS / Burst SMS "v1" REST API (seeds/003, providers/transmitsms.md): every method, with state.

Requests, as documented: each method is `/<method>.json` (or `.xml`: the same answer serialised as XML; the
official PHP client's `/2/` prefix is accepted too), by GET with query parameters or by POST with a form body;
a POST's query string is merged into its form, as recorded clients rely on. HTTP Basic with the API key and
secret (401 `AUTH_FAILED_NO_DATA` without credentials, `AUTH_FAILED` with wrong ones). Every answer carries the
`error` block, `SUCCESS` / `OK` on success. An unknown method answers `NOT_IMPLEMENTED` (404), a path without
a suffix a plain 404 page, another HTTP verb 405 with `Allow: GET, POST` and the `NOT_IMPLEMENTED` block. A
missing or empty required field (empty after PHP's trim(), which strips only " \t\n\r\0\x0b") is `FIELD_EMPTY`
("Required field 'msisdn' is empty"), a malformed or unknown one `FIELD_INVALID`, a malformed `from`
`BAD_CALLER_ID`; integers have no 64-bit bound (none is documented); 2 calls a second per account (429
`OVER_LIMIT`).

This module reads requests and writes answers; the rules of each method are in `transmitsms_rules.py`, the
records and number handling in `transmitsms_state.py`. Their readings, in short: numbers are international
digits, local ones converted with `countrycode` (phonenumbers); a recipient's fate is the test-number rule
(invalid and unroutable numbers are dropped as `fails`, blacklisted ones skipped as opt-outs, undeliverable /
do-not-disturb ones hard-bounce, handset-off / absent ones soft-bounce); `RECIPIENTS_ERROR` describes what was
dropped as `{"fails": [...], "optouts": [...]}`; send-sms costs `sms_price` per part; a numeric `from` must be
an active number the account leases; a past `send_at` sends at once; cancel-sms refunds the cost. Every
account starts with the documents' example numbers leased (61418279031, 61436446702, 61477333222, and
61400000900, expired) and 61417861086 plus 61400000101-61400000120 available for lease at 25.00 a month.
Delivery reports go by GET to the message's `dlr_callback`, else the account's `dlr_callback` setting, else its
`webhook_url`; replies injected with POST /_sim/inbound (a first word STOP opts the sender out; a keyword on the
number adds the sender to its list) go to the message's `reply_callback`, the keyword's or number's
`forward_url`, else the `reply_callback` setting. A callback that fails is retried after 1 min, 5 min, 1 h and
24 h of virtual time, as documented.

Account settings (PATCH /_sim/accounts/{id} {"settings": {...}}):
- `currency` (str, default "AUD"): get-balance's currency and clients'.
- `sms_price` (number, default 0.087): the price of one SMS part; `number_price` (default 25.0) of a lease.
- `reseller` (bool, default true): false makes get-clients, get-client with `client_id` and add-client answer
  `NO_ACCESS` (clients created with add-client are not resellers).
- `global_optout` (bool, default false): an opt-out from one list also opts the number out account-wide.
- `strict_callbacks` (bool, default false): also refuse callback URLs on loopback and private addresses with
  `FIELD_UNSAFE` (link-local addresses and `*.internal` hosts are always refused).
- `dlr_callback`, `reply_callback` (str): the account's default callback URLs (its SETTINGS page).
- `name`, `email`, `timezone` (str): what get-client shows for the account itself.
"""

from __future__ import annotations

import base64
import json
import math
import re
import xml.etree.ElementTree as ET
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl

from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import BaseRoute

from smskit_sim.providers.base import Handler, Provider, ProviderError, any_method, read_body
from smskit_sim.providers.transmitsms_rules import Rejected, Rules
from smskit_sim.providers.transmitsms_state import PHP_TRIM
from smskit_sim.store import Account, Message
from smskit_sim.validation import CompiledOperation, Violation

if TYPE_CHECKING:
    from smskit_sim.app import Simulator

__all__ = ["TransmitSMS"]

FORM = "application/x-www-form-urlencoded"
SUCCESS = {"code": "SUCCESS", "description": "OK"}
# "Unreachable endpoints are retried up to 4 times (after 1 min, 5 min, 1 h, 24 h)" (providers/transmitsms.md
# callbacks). What counts as unreachable is not said; any failed attempt (no connection, or no 2xx) is retried,
# the reading that tests a receiver's handling of repeats hardest.
CALLBACK_RETRIES = (60.0, 300.0, 3600.0, 86400.0)
Rule = Callable[[Account, dict[str, Any]], dict[str, Any]]
Endpoint = Callable[[Request], Awaitable[Response]]
_TAG = re.compile(r"[^A-Za-z0-9_.\-]")
_FIELD_SLOT = re.compile(r"field_\d+")


class TransmitSMS(Provider):
    id = "transmitsms"

    def __init__(self, sim: Simulator) -> None:
        super().__init__(sim)
        self.rules = Rules(self)
        self._methods: dict[str, tuple[Endpoint, Endpoint]] = {}  # method name -> (GET endpoint, POST endpoint)
        self._fields: dict[str, tuple[frozenset[str], tuple[str, ...]]] = {}  # op -> (allowed, required)
        for path, item in self.spec["paths"].items():
            name = path.strip("/").removesuffix(".json")
            rule: Rule = getattr(self.rules, name.replace("-", "_"))
            for method in ("get", "post"):
                op = self.ops[item[method]["operationId"]]
                schema = op.query_schema if method == "get" else self._body_schema(op)
                self._fields[op.operation_id] = (frozenset(schema["properties"]), tuple(schema["required"]))
            handler = self._handler(rule)
            self._methods[name] = (
                self.endpoint(item["get"]["operationId"], handler),
                self.endpoint(item["post"]["operationId"], handler),
            )

    def _body_schema(self, op: CompiledOperation) -> dict[str, Any]:
        node = op.node.get("requestBody", {}).get("content", {}).get(FORM, {}).get("schema", {})
        return {"properties": node.get("properties", {}), "required": node.get("required", [])}

    def routes(self) -> list[BaseRoute]:
        return [any_method("/{path:path}", self.dispatch)]

    def demo_credentials(self) -> dict[str, Any]:
        return {"api_key": "demo-transmitsms-key", "api_secret": "demo-transmitsms-secret"}

    def new_credentials(self, serial: int) -> dict[str, Any]:
        return {"api_key": f"transmitsms-key-{serial:04d}", "api_secret": f"transmitsms-secret-{serial:04d}"}

    # --- the pipeline's hooks -------------------------------------------------------------------------------
    def authenticate(self, request: Request, op: CompiledOperation) -> Account | Response:
        header = request.headers.get("authorization", "")
        if not header.strip():
            return self.error(op.operation_id, "AUTH_FAILED_NO_DATA")
        scheme, _, token = header.strip().partition(" ")
        try:
            decoded = base64.b64decode(token.strip(), validate=True).decode("utf-8")
        except ValueError:  # binascii.Error and UnicodeDecodeError are ValueErrors
            decoded = None
        if scheme.lower() != "basic" or decoded is None:
            return self.error(op.operation_id, "AUTH_FAILED")
        if decoded in ("", ":"):
            return self.error(op.operation_id, "AUTH_FAILED_NO_DATA")
        key, _, secret = decoded.partition(":")
        for account in self.store.accounts_of(self.id):
            if account.credentials["api_key"] == key and account.credentials["api_secret"] == secret:
                return account if account.active else self.error(op.operation_id, "AUTH_FAILED")
        return self.error(op.operation_id, "AUTH_FAILED")

    def error_body(self, entry: dict[str, Any], description: Any) -> Response:
        return JSONResponse({"error": {"code": entry["code"], "description": description}}, status_code=entry["status"])

    def unparsable(self, op: CompiledOperation) -> Response:
        return self.error(op.operation_id, "FIELD_INVALID", "The request could not be read")

    async def report(self, message: Message) -> None:
        found = self.rules.delivery_report(message)
        if found is not None:
            await self.sim.callbacks.send(self.id, "delivery_report", found[0], "GET", params=found[1],
                                          retry_delays=CALLBACK_RETRIES, now=self.store.clock.now())  # fmt: skip

    async def inbound(self, account: Account, event: dict[str, Any]) -> dict[str, Any]:
        reply, url, params = self.rules.receive(account, event)
        if url:
            await self.sim.callbacks.send(self.id, "reply", url, "GET", params=params, retry_delays=CALLBACK_RETRIES,
                                          now=self.store.clock.now())  # fmt: skip
        return {"provider": self.id, "response_id": reply.id, "message_id": reply.message_id or None,
                "keyword_id": reply.keyword_id, "mobile": reply.msisdn, "longcode": reply.longcode,
                "response": reply.response, "is_optout": reply.is_optout, "callback_url": url}  # fmt: skip

    # --- routing --------------------------------------------------------------------------------------------
    async def dispatch(self, request: Request) -> Response:
        """`/<method>.json|.xml` (optionally under `/2/`) to the method's GET or POST operation."""
        parts = [part for part in request.path_params["path"].split("/") if part]
        if len(parts) == 2 and parts[0] == "2":
            parts = parts[1:]
        name, dot, suffix = parts[0].rpartition(".") if len(parts) == 1 else ("", "", "")
        if not (name and dot and suffix in ("json", "xml")):
            return PlainTextResponse("page not found", status_code=404)
        pair = self._methods.get(name)
        if pair is None:
            response = self.error("getBalance", "NOT_IMPLEMENTED")
        elif request.method in ("GET", "HEAD"):
            response = await pair[0](request)
        elif request.method == "POST":
            response = await pair[1](request)
        else:
            entry = self.errors["getBalance"]["NOT_IMPLEMENTED"]
            response = self.error_body({**entry, "status": 405}, entry["description"])
            response.headers["Allow"] = "GET, POST"
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

    # --- request parsing ------------------------------------------------------------------------------------
    async def _params(self, request: Request, op: CompiledOperation) -> dict[str, Any]:
        """The request's fields, typed and checked against the operation's spec (the first broken rule raises)."""
        raw = dict(request.query_params)
        if op.method == "post":
            raw.update(await _form(request))
        allowed, required = self._fields[op.operation_id]
        for name in required:
            if not raw.get(name, "").strip(PHP_TRIM):
                raise ProviderError("FIELD_EMPTY", f"Required field '{name}' is empty")
        for name in raw:
            if name not in allowed:
                raise ProviderError("FIELD_INVALID", f'Field "{name}" is not supported by this method')
        if op.method == "get":
            values, violations = op.query(raw)
        else:
            values = op.form(FORM, raw)
            violations = op.body(FORM, values) if op.media_types else []
        for violation in violations:
            empty_slot = violation.rule in ("minLength", "pattern") and _FIELD_SLOT.fullmatch(violation.field)
            if empty_slot and "MISSING_PARAM" in self.errors[op.operation_id]:
                raise ProviderError("MISSING_PARAM")  # add-list's documented answer to an empty (or blank) field_n
            raise _refusal(violation)
        for name, value in values.items():  # what JSON Schema lets through: NaN / infinity
            if isinstance(value, float) and not math.isfinite(value):
                raise ProviderError("FIELD_INVALID", f'Field "{name}" has invalid format')
        return values


async def _form(request: Request) -> dict[str, str]:
    """A form-encoded body's fields (the last of repeated ones, as PHP does); other bodies carry no fields."""
    content_type = request.headers.get("content-type", FORM).split(";")[0].strip().lower()
    body = await read_body(request)
    if content_type != FORM or not body:
        return {}
    try:
        return dict(parse_qsl(body.decode("utf-8"), keep_blank_values=True))
    except UnicodeDecodeError:
        raise ProviderError("FIELD_INVALID", "The request body is not UTF-8 form data") from None


def _refusal(violation: Violation) -> ProviderError:
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
        return ProviderError("FIELD_INVALID", 'Field "message" is too long: at most 612 characters')
    what = {"enum": "has invalid value", "minimum": "is out of range", "maximum": "is out of range"}
    return ProviderError("FIELD_INVALID", f'Field "{field}" {what.get(rule, "has invalid format")}')


def _as_xml(response: Response) -> Response:
    """A JSON answer as the documented XML: root `<response>`, arrays as `<item>`s, nulls as empty elements."""
    if response.media_type != "application/json":
        return response
    root = ET.Element("response")
    _to_xml(root, json.loads(bytes(response.body)))
    body = '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode")
    answer = Response(body, status_code=response.status_code, media_type="text/xml")
    for header in ("allow", "retry-after"):
        if header in response.headers:
            answer.headers[header] = response.headers[header]
    return answer


def _to_xml(element: ET.Element, value: Any) -> None:
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
