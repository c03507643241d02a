"""Easify rules: validation as Laravel words it, against the spec's fields and error table; opening hours,
campaign schedules and recipient files; and the signature of webhooks."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import io
import json
import re
import time
from collections.abc import Sequence
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from smskit_sim.clock import VirtualClock
from smskit_sim.numbers import Outcome, outcome
from smskit_sim.providers.easify.laravel import Input, Upload, label, read_input, rule_text
from smskit_sim.store import Account
from smskit_sim.validation import CompiledOperation, Violation
from smskit_specs.model import ErrorEntry

__all__ = ["DETAIL", "Fields", "campaign_start", "field_of", "next_opening", "positive", "recipients", "signed"]

DEFAULT_OPENING_HOURS = "08:00-20:00"
DEFAULT_WEBHOOK_SECRET = "easify-sim-webhook-secret"
# Where a documented 422 lists a field text different from its message.
DETAIL = {"from_number_required": "The from number is required.",
          "phone_number_id_required": "The phone number field is required."}  # fmt: skip
_PHONE_COLUMNS = ("phone", "phone_number", "phone number", "number", "mobile", "mobile_number", "to_number",
                  "receiver", "contact")  # fmt: skip
_CODE_COLUMNS = ("country_code", "country code", "code")
_HOURS = re.compile(r"(\d{2}):(\d{2})-(\d{2}):(\d{2})")

Errors = dict[str, tuple[str, str]]  # field -> (message, field text)


def field_of(code: object) -> str | None:
    """The field a validation-shaped error is about; None for the application shape."""
    code = str(code)
    if code == "invalid_country_code":
        return "country_code"
    return code.split("_required")[0] if "_required" in code else None


def positive(raw: str | None) -> int | None:
    return int(raw) if raw is not None and raw.isascii() and raw.isdigit() and int(raw) >= 1 else None


class Fields:
    """Each operation's fields as the spec declares them (query, and each body media type), and Laravel's
    answer to the ones a request breaks: a 422 listing every broken field, its message the first one's."""

    def __init__(self, ops: dict[str, CompiledOperation], errors: dict[str, dict[Any, ErrorEntry]]) -> None:
        self._errors = errors
        self._fields: dict[tuple[str, str], dict[str, dict[str, Any]]] = {}
        for op_id, op in ops.items():
            self._fields[(op_id, "query")] = dict(op.query_schema["properties"])
            for media_type in op.media_types:
                schema = op.node["requestBody"]["content"][media_type]["schema"]
                self._fields[(op_id, media_type)] = dict(schema["properties"])

    def of(self, op_id: str, source: str) -> dict[str, dict[str, Any]]:
        return self._fields[(op_id, source)]

    def errors(self, op_id: str, source: str, violations: list[Violation]) -> Errors:
        """(message, field text) per broken field, in the order the spec lists the fields."""
        fields = self._fields[(op_id, source)]
        found: Errors = {}
        for violation in violations:
            if violation.field in fields and violation.field not in found:
                found[violation.field] = self._text(op_id, violation.field, violation.rule, fields[violation.field])
        return found

    def _text(self, op_id: str, field: str, rule: str, schema: dict[str, Any]) -> tuple[str, str]:
        code = f"{field}_required" if rule in ("required", "minLength", "minItems") else None
        if op_id == "sendSms" and field == "country_code" and rule == "enum":
            code = "invalid_country_code"
        entry = self._errors[op_id].get(code) if code else None
        if entry is not None and entry.status == 422:
            return entry.description, DETAIL.get(str(entry.code), entry.description)
        text = rule_text(field, rule, schema)
        return text, text

    def documented(self, op_id: str, code: str) -> tuple[str, str]:
        description = self._errors[op_id][code].description
        return description, DETAIL.get(code, description)

    def invalid(self, op_id: str, source: str, errors: Errors) -> Response:
        order = list(self._fields[(op_id, source)])
        ranked = sorted(errors.items(), key=lambda item: order.index(item[0]) if item[0] in order else len(order))
        return JSONResponse({"message": ranked[0][1][0], "errors": {f: [d] for f, (_, d) in ranked}}, status_code=422)

    def query(self, request: Request, op: CompiledOperation) -> tuple[dict[str, Any], Errors]:
        raw = {k: v for k, v in request.query_params.items() if v != ""}
        values, violations = op.query(raw)
        return values, self.errors(op.operation_id, "query", violations)

    async def body(self, request: Request, op: CompiledOperation) -> tuple[str, dict[str, Any], Errors]:
        """The operation's fields from the request (strings typed by the schema, blanks dropped), and an error
        for each body field the operation does not have (the spec closes every body: no other property)."""
        given: Input = await read_input(request)
        types = op.media_types
        wanted = "application/json" if given.json else "multipart/form-data"
        source = wanted if wanted in types else types[0]
        known = self._fields[(op.operation_id, source)]
        values: dict[str, Any] = {}
        for name, schema in known.items():
            items = given.values.get(name)
            if not items:
                continue
            typed = name in given.typed
            if schema.get("format") != "binary":  # a file where text is expected fails the type check
                items = [{} if isinstance(item, Upload) else item for item in items]
            value = items if schema.get("type") == "array" and not typed else items[-1]
            if not typed and isinstance(value, str):
                value = op.form(source, {name: value})[name]
            if value is not None and value != "" and value != []:
                values[name] = value
        errors: Errors = {}
        for name in sorted(given.body_fields - set(known)):
            text = f"The {label(name)} field is prohibited."
            errors[name] = (text, text)
        return source, values, errors


def next_opening(account: Account, clock: VirtualClock, now: float) -> float | None:
    """When a send at `now` may leave: None when the account is open, else its next opening time."""
    hours = account.settings.get("opening_hours", DEFAULT_OPENING_HOURS)
    if hours is None:
        return None
    found = _HOURS.fullmatch(str(hours).strip()) or _HOURS.fullmatch(DEFAULT_OPENING_HOURS)
    assert found is not None
    h1, m1, h2, m2 = (int(g) for g in found.groups())
    start, end = h1 * 60 + m1, h2 * 60 + m2
    if start == end:
        return None
    at = clock.datetime(now)
    minute = at.hour * 60 + at.minute + at.second / 60
    is_open = start <= minute < end if start < end else (minute >= start or minute < end)
    if is_open:
        return None
    opening = at.replace(hour=0, minute=0, second=0, microsecond=0) + dt.timedelta(minutes=start)
    if opening <= at:
        opening += dt.timedelta(days=1)
    return clock.at(opening)


def campaign_start(values: dict[str, Any], errors: Errors, clock: VirtualClock) -> float | None:
    """When a campaign starts: `schedule_time` read in `schedule_timezone` (UTC when absent), never before now."""
    zone: dt.tzinfo = dt.UTC
    if "schedule_timezone" in values:
        try:
            zone = ZoneInfo(str(values["schedule_timezone"]))
        except (ZoneInfoNotFoundError, ValueError, OSError):
            text = "The schedule timezone field must be a valid timezone."
            errors["schedule_timezone"] = (text, text)
            return None
    if "schedule_time" not in values or "schedule_time" in errors:
        return None
    try:
        local = dt.datetime.strptime(values["schedule_time"], "%Y-%m-%d %H:%M:%S").replace(tzinfo=zone)
        at = clock.at(local.astimezone(dt.UTC))
    except (ValueError, OverflowError):
        text = "The schedule time field must match the format Y-m-d H:i:s."
        errors["schedule_time"] = (text, text)
        return None
    return max(at, clock.now())


def recipients(text: str, codes: Sequence[str]) -> list[tuple[str, bool]]:
    """Each row's recipient in E.164 and whether Easify can send to it (a country code of `codes`); ValueError
    for a file that is not CSV."""
    import csv  # campaigns are rare: their reader is loaded with the first one

    try:
        rows = [row for row in csv.reader(io.StringIO(text)) if any(cell.strip() for cell in row)]
    except csv.Error as exc:
        raise ValueError(str(exc)) from exc
    if not rows:
        return []
    header = [cell.strip().lower() for cell in rows[0]]
    phone_at, code_at = 0, None
    if not any(re.search(r"\d{5}", cell) for cell in header):
        phone_at = next((header.index(c) for c in _PHONE_COLUMNS if c in header), 0)
        code_at = next((header.index(c) for c in _CODE_COLUMNS if c in header), None)
        rows = rows[1:]
    found = []
    for row in rows:
        number = row[phone_at].strip() if phone_at < len(row) else ""
        if not number.startswith("+"):
            code = row[code_at].strip() if code_at is not None and code_at < len(row) else "+1"
            number = "+" + code.lstrip("+") + number
        ok = number.startswith(tuple(codes)) and outcome(number) not in (Outcome.INVALID, Outcome.BLACKLISTED)
        found.append((number, ok))
    return found


def _php_json(payload: dict[str, Any]) -> str:
    """`json_encode` of PHP: compact, non-ASCII as \\uXXXX and `/` as `\\/`."""
    return json.dumps(payload, separators=(",", ":"), ensure_ascii=True).replace("/", "\\/")


def signed(account: Account, payload: dict[str, Any]) -> dict[str, str]:
    """The headers of a webhook: wall-clock timestamp, and the Base64 of the hex HMAC-SHA256 of the payload."""
    secret = str(account.settings.get("webhook_secret", DEFAULT_WEBHOOK_SECRET))
    digest = hmac.new(secret.encode(), _php_json(payload).encode(), hashlib.sha256).hexdigest()
    return {"X-Easify-Timestamp": str(int(time.time())),
            "X-Easify-Signature": base64.b64encode(digest.encode()).decode()}  # fmt: skip
