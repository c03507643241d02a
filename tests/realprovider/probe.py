"""Check a real provider against its spec, through the real overlay clients: `nox -s real -- --provider <id> --url
<base URL>` (or `python -m tests.realprovider ...`).

- Credentials come from the environment variables the clients read (EASYSENDSMS_API_KEY; EZZYSMS_USERNAME /
  _PASSWORD; EASIFY_API_TOKEN (+ EASIFY_FROM_NUMBER to send); TRANSMITSMS_API_KEY / _API_SECRET; MOBYT_USERNAME /
  _PASSWORD), never from the command line.
- By default only read-only operations run: balance, account and resource listings, session checks. Lookups
  that the provider may charge for (EasySendSMS HLR and number validation, TransmitSMS format-number) run only
  with `--lookups`, on the numbers given with `--to`.
- A send happens only with `--send` and at least one `--to` number; after it, the status reads of what was sent.
  `--status ID` reads the status of a message sent earlier, without sending.
  Without `--send`, the transport refuses any request to a send operation before it leaves, whatever calls it.
- Every answer is held against the spec (status documented, body valid for it); the exit status is 0 when
  every one conforms, 1 otherwise (2: the command line or the credentials are unusable).
- `--record DIR` writes each request and answer as an evidence item (specs/evidence/README.md's format, kind
  `recorded`) to DIR/<provider>/NNN-<operation>.yaml, credentials redacted, ready for tests/evidence.
"""

from __future__ import annotations

import argparse
import base64
import datetime as dt
import json
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

import httpx
import phonenumbers
import yaml

import smskit
from smskit import PROVIDERS, SmsKitError
from tests.evidence.corpus import find_operation, is_json, media_type, path_pattern, response_problems, spec
from tests.specs.openapi_walk import operations

REDACTED = "<redacted>"
# The environment variables holding each provider's credentials (what the clients read).
CREDENTIAL_ENV: dict[str, tuple[str, ...]] = {
    "easysendsms": ("EASYSENDSMS_API_KEY",),
    "ezzysms": ("EZZYSMS_USERNAME", "EZZYSMS_PASSWORD"),
    "easify": ("EASIFY_API_TOKEN",),
    "transmitsms": ("TRANSMITSMS_API_KEY", "TRANSMITSMS_API_SECRET"),
    "mobyt": ("MOBYT_USERNAME", "MOBYT_PASSWORD"),
}
CREDENTIAL_FIELDS = {"username", "password", "api_key", "apikey", "api_secret", "token", "user_key", "session_key",
                     "access_token"}  # fmt: skip
SESSION_ANSWERS = {("mobyt", "login"), ("mobyt", "createToken")}  # answers that are credentials themselves
_SKIPPED_HEADERS = {"host", "content-length", "user-agent", "accept-encoding", "connection"}


class SendRefused(httpx.TransportError):
    """A request to a send operation without --send: it never left."""


@dataclass
class Exchange:
    operation: str | None
    request: httpx.Request
    response: httpx.Response | None
    error: str | None = None


@dataclass
class Recorder(httpx.BaseTransport):
    """Passes requests to `inner`, keeping each request and answer; refuses sends unless `allow_send`."""

    provider: str
    base_url: str
    inner: httpx.BaseTransport
    allow_send: bool = False
    exchanges: list[Exchange] = field(default_factory=list)

    def operation_of(self, request: httpx.Request) -> str | None:
        base = httpx.URL(self.base_url).path.rstrip("/")
        path = request.url.path.removeprefix(base) or "/"
        for op in operations(spec(self.provider)):
            webhook = op.path.startswith("webhook:")
            if not webhook and op.method == request.method.lower() and path_pattern(op.path).match(path):
                return str(op.node.get("operationId"))
        return None

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        operation = self.operation_of(request)
        op = find_operation(self.provider, operation) if operation else None
        if op is not None and "x-smskit-batch" in op.node and not self.allow_send:
            self.exchanges.append(Exchange(operation, request, None, "refused: a send without --send"))
            raise SendRefused(f"{operation} refused: sending needs --send", request=request)
        try:
            response = self.inner.handle_request(request)
            content = response.read()
        except httpx.TransportError as exc:
            self.exchanges.append(Exchange(operation, request, None, f"{type(exc).__name__}: {exc}"))
            raise
        answer = httpx.Response(response.status_code, headers=response.headers, content=content, request=request)
        self.exchanges.append(Exchange(operation, request, answer))
        return answer

    def close(self) -> None:
        self.inner.close()


# --- what runs ---------------------------------------------------------------------------------------------


@dataclass
class Options:
    provider: str
    url: str
    to: list[str]
    send: bool
    lookups: bool
    text: str
    sender: str | None
    record: Path | None
    rate_limit: float
    timeout: float
    status: list[str] = field(default_factory=list)


Step = tuple[str, Callable[[], Any]]


def read_steps(client: Any, options: Options) -> Iterator[Step]:
    """The read-only calls per provider (lookups only with --lookups, on the --to numbers)."""
    provider, today = options.provider, dt.datetime.now(dt.UTC)
    numbers = [_e164(n) for n in options.to]
    if provider == "easysendsms":
        from easysendsms_client.models import NumberQueryRequest

        yield "balance()", client.balance
        yield "get_balance_by_post()", client.get_balance_by_post
        if options.lookups and numbers:
            query = NumberQueryRequest(number=",".join(n.lstrip("+") for n in numbers))
            yield "hlr_query()", lambda: client.hlr_query(query)
            yield "validate_numbers()", lambda: client.validate_numbers(query)
    elif provider == "ezzysms":
        yield "balance()", client.balance
    elif provider == "easify":
        yield "list_phone_numbers()", client.list_phone_numbers
        yield "list_sms_templates()", client.list_sms_templates
        week = (today - dt.timedelta(days=7)).date(), today.date()
        yield "get_sms_report()", lambda: client.get_sms_report(from_date=week[0], to_date=week[1])
    elif provider == "transmitsms":
        from transmitsms_client.models import FormatNumberRequest

        yield "balance()", client.balance
        yield "get_lists()", client.get_lists
        yield "get_numbers()", client.get_numbers
        yield "get_keywords()", client.get_keywords
        yield "get_user_sms_responses()", client.get_user_sms_responses
        if options.lookups:
            for number in numbers:
                region = phonenumbers.region_code_for_number(phonenumbers.parse(number)) or "AU"
                request = FormatNumberRequest(msisdn=number.lstrip("+"), countrycode=region)
                yield f"format_number({number})", lambda request=request: client.format_number(request)
    elif provider == "mobyt":
        yield "balance()", client.balance
        yield "check_session()", client.check_session
        since = (today - dt.timedelta(days=7)).strftime("%Y%m%d%H%M%S")
        yield "get_sms_history()", lambda: client.get_sms_history(from_=since)
        yield "list_blacklist()", client.list_blacklist


def sent_ids(results: Sequence[Any]) -> list[str]:
    return sorted({r.message_id or r.reference for r in results if (r.message_id or r.reference)})


def status_steps(client: Any, options: Options, ids: Sequence[str]) -> Iterator[Step]:
    """The status reads of messages (orders, for Mobyt): those --status names, and after a send what was sent."""
    for ident in ids:
        if options.provider == "easify":
            yield f"get_sms_status({ident})", lambda ident=ident: client.get_sms_status(sms_id=ident)
        elif options.provider == "transmitsms":
            from transmitsms_client.models import GetSmsRequest

            yield f"get_sms({ident})", lambda ident=ident: client.get_sms(GetSmsRequest(message_id=int(ident)))
        elif options.provider == "mobyt":
            yield f"get_sms_state({ident})", lambda ident=ident: client.get_sms_state(ident)


def _e164(number: str) -> str:
    return phonenumbers.format_number(phonenumbers.parse(number), phonenumbers.PhoneNumberFormat.E164)


@dataclass
class Report:
    lines: list[str] = field(default_factory=list)
    failures: int = 0
    written: list[Path] = field(default_factory=list)


def run(options: Options, inner: httpx.BaseTransport | None = None, out: Any = None) -> int:
    """Run the checks; print a report; 0 when every answer conformed. `inner`: the transport to the provider
    (httpx's own by default)."""
    out = out or sys.stdout
    missing = [name for name in CREDENTIAL_ENV[options.provider] if not os.environ.get(name)]
    if missing:
        print(f"set {', '.join(missing)} in the environment (credentials are never taken as arguments)", file=out)
        return 2
    if options.send and not options.to:
        print("--send needs at least one --to number: nothing is sent to numbers you did not name", file=out)
        return 2
    recorder = Recorder(options.provider, options.url, inner or httpx.HTTPTransport(retries=0),
                        allow_send=options.send)  # fmt: skip
    report = Report()
    client = smskit.client(options.provider, base_url=options.url, transport=recorder, rate_limit=options.rate_limit,
                           max_retries=0, timeout=options.timeout)  # fmt: skip
    with client:
        steps = list(read_steps(client, options))
        steps += list(status_steps(client, options, options.status))
        for label, call in steps:
            _step(report, recorder, label, call)
        if options.send:
            sent: list[Any] = []

            def send() -> Any:
                sent.extend(client.send(options.to, options.text, sender=options.sender))
                return [f"{r.recipient}: {r.status} {r.message_id or r.error or ''}" for r in sent]

            _step(report, recorder, f"send({', '.join(options.to)})", send)
            for label, call in status_steps(client, options, sent_ids(sent)):
                _step(report, recorder, label, call)
    if options.record is not None:
        report.written = record(options, recorder.exchanges)
    for line in report.lines:
        print(line, file=out)
    for path in report.written:
        print(f"recorded {path}", file=out)
    print(f"{options.provider} at {options.url}: {len(recorder.exchanges)} requests, {report.failures} not conforming",
          file=out)  # fmt: skip
    return 1 if report.failures else 0


def _step(report: Report, recorder: Recorder, label: str, call: Callable[[], Any]) -> None:
    first = len(recorder.exchanges)
    try:
        outcome = f"ok: {_short(call())}"
    except SmsKitError as exc:  # a documented refusal is an answer too: what matters is whether it conforms
        outcome = f"{type(exc).__name__}: {exc}"
    report.lines.append(f"{label}: {outcome}")
    for exchange in recorder.exchanges[first:]:
        problems = conformance(recorder.provider, exchange)
        status = exchange.response.status_code if exchange.response is not None else "-"
        verdict = "conforms" if not problems else "DOES NOT CONFORM"
        report.lines.append(f"    {exchange.request.method} {exchange.request.url.path} -> {status} "
                            f"[{exchange.operation or '?'}] {verdict}")  # fmt: skip
        report.lines += [f"      {problem}" for problem in problems]
        report.failures += bool(problems)


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) < 160 else text[:157] + "..."


def conformance(provider: str, exchange: Exchange) -> list[str]:
    if exchange.response is None:
        return [] if exchange.error and exchange.error.startswith("refused") else [f"no answer: {exchange.error}"]
    if exchange.operation is None:
        return [f"{exchange.request.method} {exchange.request.url.path} is no operation of specs/{provider}.yaml"]
    answer = exchange.response
    return response_problems(provider, exchange.operation, answer.status_code, answer.headers.get("content-type"),
                             _decoded(answer), bool(answer.content))  # fmt: skip


def _decoded(answer: httpx.Response) -> Any:
    if is_json(answer.headers.get("content-type")):
        try:
            return answer.json()
        except ValueError:
            return answer.text
    return answer.text


# --- record mode -------------------------------------------------------------------------------------------


def secrets(provider: str) -> list[str]:
    """Every credential value in play, and the Basic header forms of the pairs."""
    values = [os.environ[name] for name in CREDENTIAL_ENV[provider] if os.environ.get(name)]
    if len(values) == 2:
        values.append(base64.b64encode(f"{values[0]}:{values[1]}".encode()).decode())
    return sorted({v for v in values if len(v) >= 4}, key=len, reverse=True)


def redact(value: Any, hidden: Sequence[str]) -> Any:
    """`value` with every credential field and every occurrence of a secret replaced by <redacted>."""
    if isinstance(value, dict):
        return {k: REDACTED if str(k).lower() in CREDENTIAL_FIELDS else redact(v, hidden) for k, v in value.items()}
    if isinstance(value, list):
        return [redact(v, hidden) for v in value]
    if isinstance(value, str):
        for secret in hidden:
            value = value.replace(secret, REDACTED)
    return value


def credential_headers(provider: str) -> set[str]:
    names = {"authorization", "cookie", "set-cookie"}
    for scheme in (spec(provider).get("components", {}).get("securitySchemes") or {}).values():
        if scheme.get("type") == "apiKey":
            names.add(str(scheme["name"]).lower())
    return names


def evidence(options: Options, exchange: Exchange, when: str) -> dict[str, Any]:
    """One exchange as an evidence item, credentials redacted."""
    provider, request, answer = options.provider, exchange.request, exchange.response
    assert answer is not None and exchange.operation is not None
    hidden = secrets(provider)
    base = httpx.URL(options.url).path.rstrip("/")
    secret_headers = credential_headers(provider)
    raw = [(k.decode("latin-1"), v.decode("latin-1")) for k, v in request.headers.raw]  # names as sent
    headers = {k: REDACTED if k.lower() in secret_headers else v for k, v in raw if k.lower() not in _SKIPPED_HEADERS}
    item_request: dict[str, Any] = {"method": request.method, "path": request.url.path.removeprefix(base) or "/"}
    query = dict(parse_qsl(request.url.query.decode(), keep_blank_values=True))
    if query:
        item_request["query"] = query
    if headers:
        item_request["headers"] = {k: v for k, v in headers.items() if k.lower() != "content-type"}
    content_type = request.headers.get("content-type")
    if request.content:
        item_request["content_type"] = media_type(content_type)
        item_request["body"] = _request_body(request)
    item_response: dict[str, Any] = {"status": answer.status_code}
    if answer.headers.get("content-type"):
        item_response["content_type"] = media_type(answer.headers["content-type"])
    item_response["body"] = _decoded(answer) if answer.content else ""
    if (provider, exchange.operation) in SESSION_ANSWERS and answer.is_success:
        item_response["body"] = ";".join(REDACTED for _ in str(item_response["body"]).split(";"))
    url = str(request.url.copy_with(query=None, fragment=None))
    return {
        "kind": "recorded",
        "source": {"url": url, "recorded_at": when},
        "operation": exchange.operation,
        "request": redact(item_request, hidden),
        "response": redact(item_response, hidden),
        "note": f"Recorded by tests/realprovider (nox -s real) against {options.url}; credentials redacted.",
    }


def _request_body(request: httpx.Request) -> Any:
    kind = media_type(request.headers.get("content-type"))
    text = request.content.decode(errors="replace")
    if is_json(kind):
        try:
            return json.loads(text)
        except ValueError:
            return text
    if kind == "application/x-www-form-urlencoded":
        return dict(parse_qsl(text, keep_blank_values=True))
    return text


def record(options: Options, exchanges: Sequence[Exchange]) -> list[Path]:
    assert options.record is not None
    folder = options.record / options.provider
    folder.mkdir(parents=True, exist_ok=True)
    when = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%d%H%M%S")
    written = []
    for index, exchange in enumerate(exchanges, 1):
        if exchange.response is None or exchange.operation is None:
            continue  # nothing answered (a refused send, a dropped connection) or not an operation of the spec
        path = folder / f"recorded-{stamp}-{index:03d}-{exchange.operation}.yaml"
        with path.open("w", encoding="utf-8") as fh:
            yaml.safe_dump(evidence(options, exchange, when), fh, sort_keys=False, allow_unicode=True, width=120)
        written.append(path)
    return written


# --- command line ------------------------------------------------------------------------------------------


def parse(argv: Sequence[str]) -> Options:
    parser = argparse.ArgumentParser(prog="nox -s real --", description=__doc__.split("\n\n")[0])
    parser.add_argument("--provider", required=True, choices=PROVIDERS)
    parser.add_argument("--url", required=True, help="the provider's base URL (a server of its spec)")
    parser.add_argument(
        "--to",
        action="append",
        default=[],
        metavar="NUMBER",
        help="your number, international form (repeat for several): for --send and --lookups",
    )
    parser.add_argument("--send", action="store_true", help="really send one SMS to each --to number")
    parser.add_argument("--lookups", action="store_true", help="run number lookups on the --to numbers "
                        "(EasySendSMS HLR / NV are charged)")  # fmt: skip
    parser.add_argument("--text", default="smskit conformance check", help="the text of --send")
    parser.add_argument("--sender", default=None, help="the sender of --send")
    parser.add_argument(
        "--record",
        type=Path,
        default=None,
        metavar="DIR",
        help="write each request and answer as evidence below DIR/<provider>/",
    )
    parser.add_argument(
        "--status",
        action="append",
        default=[],
        metavar="ID",
        help="read the status of this earlier message (Easify sms_id, TransmitSMS message_id, Mobyt order_id)",
    )
    parser.add_argument("--rate-limit", type=float, default=1.0, help="scale of the documented limits (1)")
    parser.add_argument("--timeout", type=float, default=30.0)
    args = parser.parse_args(argv)
    return Options(args.provider, args.url, args.to, args.send, args.lookups, args.text, args.sender, args.record,
                   args.rate_limit, args.timeout, args.status)  # fmt: skip


def main(argv: Sequence[str] | None = None) -> int:
    return run(parse(sys.argv[1:] if argv is None else argv))
