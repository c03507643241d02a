"""An evidence item through the project's own code: the generated client's typed parse, the overlay's send and
balance, and the simulator.

Nothing here stands in for our code: the typed requests are the generated ones, the overlay client is the real
one (only the provider is replaced, by an httpx.MockTransport that answers the recorded response to the one
operation the item is about and hands every other request, a Mobyt login say, to the real simulator), and the
replay goes to the real simulator with a demo account.
"""

from __future__ import annotations

import base64
import datetime
import enum
import importlib
import inspect
import json
import re
import types
import typing
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import httpx
import phonenumbers

import smskit
from smskit.testing import set_testing
from smskit_sim import create_app
from smskit_sim.inprocess import SimulatorTransport
from tests.evidence.corpus import (
    REDACTED,
    coerce,
    decoded_body,
    find_operation,
    is_json,
    media_type,
    parameters,
    path_pattern,
    pick_content,
    request_content_type,
    resolve,
    spec,
)
from tests.overlay.demo import DEMO, PROVIDERS

SIM = "http://127.0.0.1:8787"

# The operations smskit's balance() calls (the key), and the documented variants of them whose answers it reads
# the same way.
BALANCE: dict[str, tuple[str, set[str]]] = {
    "easysendsms": ("getBalance", {"getBalance", "getBalanceByPost"}),
    "ezzysms": ("getBalance", {"getBalance"}),
    "transmitsms": ("getBalance", {"getBalance", "getBalanceGet"}),
    "mobyt": ("getStatus", {"getStatus"}),
}


def send_operation(provider: str) -> str:
    """The operation smskit's send() calls."""
    cls = getattr(smskit, {"easysendsms": "EasySendSMS", "ezzysms": "EzzySMS", "easify": "Easify",
                           "transmitsms": "TransmitSMS", "mobyt": "Mobyt"}[provider])  # fmt: skip
    return str(cls._send_operation)


def is_send(provider: str, operation_id: str) -> bool:
    op = find_operation(provider, operation_id)
    return op is not None and "x-smskit-batch" in op.node


def overlay_target(provider: str, operation_id: str) -> tuple[str, str] | None:
    """("send" | "balance", the operation smskit calls) when the overlay reads this operation's answers."""
    if is_send(provider, operation_id):
        return "send", send_operation(provider)
    if provider in BALANCE and operation_id in BALANCE[provider][1]:
        return "balance", BALANCE[provider][0]
    return None


def wire_body(content_type: str | None, body: Any) -> bytes:
    if body is None:
        return b""
    if isinstance(body, bytes):
        return body
    if isinstance(body, str):
        return body.encode()
    if is_json(content_type) or isinstance(body, list | dict):
        return json.dumps(body).encode()
    return str(body).encode()


def recorded_answer(response: Mapping[str, Any], request: httpx.Request | None = None) -> httpx.Response:
    content_type = response.get("content_type")
    headers = {str(k): str(v) for k, v in (response.get("headers") or {}).items()}
    if content_type:
        headers["content-type"] = str(content_type)
    return httpx.Response(int(response["status"]), headers=headers,
                          content=wire_body(content_type, response.get("body")), request=request)  # fmt: skip


# --- the generated client -----------------------------------------------------------------------------------


def snake(name: str) -> str:
    name = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name)
    return re.sub(r"\W+", "_", name).lower()


def _norm(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


class _Models(Mapping[str, Any]):
    """Annotation names as the generated api module sees them, its models (imported lazily) included."""

    def __init__(self, package: str) -> None:
        self._models = importlib.import_module(f"{package}.models")

    def __getitem__(self, key: str) -> Any:
        if key == "datetime":
            return datetime
        try:
            return getattr(self._models, key)
        except AttributeError:
            raise KeyError(key) from None

    def __iter__(self) -> Iterator[str]:
        return iter(())

    def __len__(self) -> int:
        return 0


def builder(provider: str, operation_id: str) -> Callable[..., Any] | None:
    api = importlib.import_module(f"{provider}_client.api")
    found: Callable[..., Any] | None = getattr(api, f"{snake(operation_id)}_request", None)
    return found


def _members(annotation: Any) -> list[Any]:
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        return [m for m in typing.get_args(annotation) if m is not type(None) and m.__name__ != "Unset"]
    return [annotation]


def _convert(annotation: Any, value: Any) -> Any:
    """`value` (already coerced to its JSON type) as the generated argument type `annotation`."""
    errors: list[Exception] = []
    for member in _members(annotation):
        try:
            origin = typing.get_origin(member)
            if origin is list:
                (inner,) = typing.get_args(member) or (Any,)
                return [_convert(inner, v) for v in (value if isinstance(value, list) else [value])]
            if inspect.isclass(member) and issubclass(member, enum.Enum):
                return member(value)
            if inspect.isclass(member) and hasattr(member, "from_dict"):
                return member.from_dict(value)
            if member is datetime.datetime:
                return value if isinstance(value, datetime.datetime) else datetime.datetime.fromisoformat(str(value))
            if member is datetime.date:
                return value if isinstance(value, datetime.date) else datetime.date.fromisoformat(str(value))
            if member in (int, float, str, bool):
                if member is bool and not isinstance(value, bool):
                    raise TypeError(value)
                return member(value)
            return value
        except Exception as exc:
            errors.append(exc)
    raise ValueError(f"{value!r} fits none of {annotation}: {errors}")


def _dummy(annotation: Any) -> Any:
    member = _members(annotation)[0]
    if typing.get_origin(member) is list:
        return []
    if inspect.isclass(member) and issubclass(member, enum.Enum):
        return next(iter(member))
    if member is datetime.date:
        return datetime.date(2024, 1, 1)
    if member is datetime.datetime:
        return datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC)
    return {int: 1, float: 1.0, bool: False, str: "x"}.get(member, "x")


def build_request(provider: str, operation_id: str, recorded: Mapping[str, Any] | None) -> Any:
    """The generated typed request for the operation, arguments taken from the recorded request where it has
    them, else from the spec's own examples, else minimal values of their types."""
    make = builder(provider, operation_id)
    assert make is not None, f"{provider}_client.api has no {snake(operation_id)}_request"
    op = find_operation(provider, operation_id)
    assert op is not None
    hints = typing.get_type_hints(make, localns=_Models(f"{provider}_client"))  # type: ignore[arg-type]
    wire = _wire_values(provider, op, recorded or {})
    kwargs: dict[str, Any] = {}
    for name, parameter in inspect.signature(make).parameters.items():
        annotation = hints[name]
        value = wire.get(_norm(name), inspect.Parameter.empty)
        if value is inspect.Parameter.empty and name == "body":
            value = _example_body(provider, op)
        if value is inspect.Parameter.empty:
            if parameter.default is not inspect.Parameter.empty:
                continue
            kwargs[name] = _dummy(annotation)
            continue
        kwargs[name] = _convert(annotation, value)
    return make(**kwargs)


def _wire_values(provider: str, op: Any, recorded: Mapping[str, Any]) -> dict[str, Any]:
    """Normalised argument name -> the recorded value, coerced to its schema's JSON type."""
    values: dict[str, Any] = {}
    params = parameters(op, provider)
    match = path_pattern(op.path).match(str(recorded.get("path", ""))) if not op.path.startswith("webhook:") else None
    for (where, name), (param, ptr) in params.items():
        raw: Any = None
        if where == "path" and match is not None:
            raw = match.groupdict().get(re.sub(r"\W", "_", name))
        elif where == "query":
            raw = (recorded.get("query") or {}).get(name)
        elif where == "header":
            raw = {k.lower(): v for k, v in (recorded.get("headers") or {}).items()}.get(name.lower())
        if raw is not None and raw != REDACTED:
            values[_norm(name)] = coerce(provider, f"{ptr}/schema", raw) if "schema" in param else raw
    body = recorded.get("body")
    if body is not None and "requestBody" in op.node:
        request_body, ptr = resolve(spec(provider), op.node["requestBody"], f"{op.pointer}/requestBody")
        key = pick_content(request_body.get("content") or {}, request_content_type(dict(recorded)))
        if key is not None:
            value = decoded_body(key, body)
            schema_ptr = f"{ptr}/content/{key.replace('/', '~1')}/schema"
            values["body"] = value if is_json(key) else coerce(provider, schema_ptr, value)
    return values


def _example_body(provider: str, op: Any) -> Any:
    if "requestBody" not in op.node:
        return inspect.Parameter.empty
    request_body, _ = resolve(spec(provider), op.node["requestBody"], "")
    for media in (request_body.get("content") or {}).values():
        for example in (media.get("examples") or {}).values():
            example, _ = resolve(spec(provider), example, "")
            if "value" in example:
                return example["value"]
    return inspect.Parameter.empty


# --- the overlay ---------------------------------------------------------------------------------------------


@dataclass
class OverlayRun:
    kind: str  # "send" | "balance"
    recipients: list[str]
    taken: set[int]  # indices of recipients the recorded answer says were taken
    results: list[Any] | None = None
    balance: Any = None
    error: BaseException | None = None
    answered: int = 0  # how often the recorded answer was given


def _recipients_in(provider: str, operation_id: str, request: Mapping[str, Any] | None) -> list[str]:
    """The recorded request's recipients, as numbers smskit takes (international, with +)."""
    op = find_operation(provider, operation_id)
    if request is None or op is None:
        return []
    batch = op.node["x-smskit-batch"]
    field = batch["parameter"]
    raw = (request.get("query") or {}).get(field)
    body = request.get("body")
    if raw is None and isinstance(body, dict):
        raw = body.get(field)
    if raw is None:
        return []
    values = raw if isinstance(raw, list) else str(raw).split(batch.get("separator") or ",")
    numbers = []
    for value in values:
        digits = re.sub(r"[\s()\-.]", "", str(value))
        number = digits if digits.startswith("+") else f"+{digits}"
        try:
            valid = phonenumbers.is_valid_number(phonenumbers.parse(number))
        except phonenumbers.NumberParseException:
            valid = False
        if valid:  # else an invented one (the docs' +349123456789): smskit would refuse it before any request
            numbers.append(number)
    return numbers


def _answer_count(provider: str, body: Any) -> int | None:
    """How many recipients the recorded send answer is about, where it says."""
    if not isinstance(body, dict):
        return None
    value = {"easysendsms": lambda b: len(b["messageIds"]) if isinstance(b.get("messageIds"), list) else None,
             "transmitsms": lambda b: b.get("recipients"),
             "mobyt": lambda b: b.get("total_sent")}.get(provider, lambda b: None)(body)  # fmt: skip
    return value if isinstance(value, int) and 0 < value <= 30 else None


def taken(provider: str, status: int, body: Any, count: int) -> set[int]:
    """Indices of the `count` recipients the provider's answer says it took (per its spec's reading)."""
    if not 200 <= status < 300 or not isinstance(body, dict):
        return set()
    everyone = set(range(count))
    if provider == "easysendsms":
        ids = body.get("messageIds")
        if not isinstance(ids, list) or len(ids) != count:
            return set()
        return {i for i, entry in enumerate(ids) if isinstance(entry, str) and entry.startswith("OK:")}
    if provider == "ezzysms":
        return everyone if body.get("status") in ("success", "Processed", "Sent", "Queued") else set()
    if provider == "easify":
        data = body.get("data")
        return everyone if body.get("status") is True and isinstance(data, dict) and data.get("sms_id") else set()
    if provider == "transmitsms":
        error = body.get("error")
        ok = not isinstance(error, dict) or error.get("code") == "SUCCESS"
        return everyone if ok and isinstance(body.get("recipients"), int) and body["recipients"] >= count else set()
    if provider == "mobyt":
        sent = body.get("total_sent")
        ok = body.get("result", "OK") == "OK" and (not isinstance(sent, int) or sent >= count)
        return everyone if ok else set()
    return set()


def _variants(number: str, count: int) -> list[str]:
    """`count` distinct numbers like the demo recipient (its last two digits varied)."""
    return [f"{number[:-2]}{index:02d}" for index in range(10, 10 + count)]


def run_overlay(provider: str, operation_id: str, request: Mapping[str, Any] | None,
                response: Mapping[str, Any]) -> OverlayRun:  # fmt: skip
    """The real overlay client, its provider answering `response` to the operation smskit calls."""
    target = overlay_target(provider, operation_id)
    assert target is not None
    kind, called = target
    op = find_operation(provider, called)
    assert op is not None
    base_path = PROVIDERS[provider][1]
    pattern = path_pattern(op.path)
    status = int(response["status"])
    body = decoded_body(response.get("content_type"), response.get("body"))
    recipients: list[str] = []
    if kind == "send":
        count = _answer_count(provider, body) or 1
        recipients = _recipients_in(provider, operation_id, request)
        if len(recipients) != count or len(set(recipients)) != count:
            recipients = _variants(PROVIDERS[provider][2], count)
    run = OverlayRun(kind, recipients, taken(provider, status, body, len(recipients)))
    app = create_app()
    simulator = SimulatorTransport(app)

    def handler(wire: httpx.Request) -> httpx.Response:
        path = wire.url.path.removeprefix(base_path)
        if wire.method.lower() == op.method and pattern.match(path):
            run.answered += 1
            return recorded_answer(response, wire)
        return simulator.handle_request(wire)

    options: dict[str, Any] = {**DEMO[provider], "base_url": f"{SIM}{base_path}", "rate_limit": 0,
                               "max_retries": 0, "transport": httpx.MockTransport(handler)}  # fmt: skip
    set_testing(True)
    try:
        with smskit.client(provider, **options) as client:
            try:
                if kind == "send":
                    run.results = client.send(recipients, "Hello from the evidence", sender=PROVIDERS[provider][3])
                else:
                    run.balance = client.balance()
            except Exception as exc:
                run.error = exc
    finally:
        set_testing(False)
        simulator.close()
    return run


# --- the simulator -------------------------------------------------------------------------------------------

CREDENTIAL_FIELDS = {"ezzysms": ("username", "password"), "mobyt": ("username", "password")}


def credential_headers(provider: str) -> set[str]:
    doc = spec(provider)
    names = {"authorization"}
    for scheme in (doc.get("components", {}).get("securitySchemes") or {}).values():
        if scheme.get("type") == "apiKey" and scheme.get("in") == "header":
            names.add(str(scheme["name"]).lower())
    return names


def _basic(user: str, password: str) -> str:
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()


@contextmanager
def simulator() -> Iterator[httpx.Client]:
    """A fresh simulator, in-process, its demo accounts unthrottled and funded."""
    app = create_app()
    transport = SimulatorTransport(app)
    try:
        with httpx.Client(transport=transport, base_url=SIM) as client:
            for provider in PROVIDERS:
                accounts = client.get("/_sim/accounts", params={"provider": provider}).json()["accounts"]
                patched = client.patch(f"/_sim/accounts/{accounts[0]['account_id']}",
                                       json={"rate_limit_scale": 0, "balance": 1e9})  # fmt: skip
                assert patched.status_code == 200, patched.text
            yield client
    finally:
        transport.close()


def authentication_failure(provider: str, operation_id: str, status: int) -> bool:
    """`status` is, for this operation, only ever a refusal of the credentials (its error table says so)."""
    from smskit._spec import provider_spec

    entries = [e for e in provider_spec(provider).operations[operation_id].errors if e.status == status]
    return bool(entries) and all(e.kind == "authentication" for e in entries)


def demo_auth(client: httpx.Client, provider: str, operation_id: str, wrong: bool = False) -> dict[str, str]:
    """The headers that authenticate the demo account in `provider`'s scheme (Mobyt: a login first); `wrong`:
    the same scheme with credentials the simulator refuses."""
    creds = {
        k: f"wrong-{v}" if wrong and k not in ("username", "from_number") else v for k, v in DEMO[provider].items()
    }
    if provider == "easysendsms":
        return {"apikey": creds["api_key"]}
    if provider == "easify":
        return {"Authorization": f"Bearer {creds['token']}"}
    if provider == "transmitsms":
        return {"Authorization": _basic(creds["api_key"], creds["api_secret"])}
    if provider == "ezzysms" or operation_id in ("login", "createToken"):
        return {"Authorization": _basic(creds["username"], creds["password"])}
    if wrong:
        return {"user_key": "wrong-user-key", "Session_key": "wrong-session-key"}
    answer = client.get(f"{PROVIDERS['mobyt'][1]}/login", auth=(creds["username"], creds["password"]))
    assert answer.status_code == 200, answer.text
    user_key, session_key = answer.text.strip().split(";")
    return {"user_key": user_key, "Session_key": session_key}


def replay(client: httpx.Client, provider: str, operation_id: str, request: Mapping[str, Any],
           wrong: bool = False) -> httpx.Response:  # fmt: skip
    """The recorded request sent to the simulator, its credentials the demo account's (`wrong`: refused ones)."""
    secret = credential_headers(provider)
    headers = {str(k): str(v) for k, v in (request.get("headers") or {}).items() if str(k).lower() not in secret}
    headers = {k: v for k, v in headers.items() if k.lower() not in ("content-type", "content-length", "host")}
    auth = demo_auth(client, provider, operation_id, wrong)
    demo = {k: f"wrong-{v}" if wrong and k == "password" else v for k, v in DEMO[provider].items()}
    fields = CREDENTIAL_FIELDS.get(provider, ())

    def credentials(values: Any) -> Any:
        if not isinstance(values, dict):
            return values
        return {k: demo[k] if k in fields and k in demo else v for k, v in values.items()}

    query = credentials(dict(request.get("query") or {}))
    body = credentials(request.get("body"))
    if (provider == "mobyt" and operation_id in ("login", "createToken") and "username" in query) or (
        provider == "ezzysms" and ("username" in query or (isinstance(body, dict) and "username" in body))
    ):
        auth = {}  # the credentials travel in the request, as recorded
    content_type = request_content_type(dict(request))
    kwargs: dict[str, Any] = {"params": {k: _wire(v) for k, v in query.items()}, "headers": {**headers, **auth}}
    if body is not None:
        kind = media_type(content_type)
        if is_json(content_type) and not isinstance(body, str):
            kwargs["json"] = body
        elif kind == "multipart/form-data" and isinstance(body, dict):
            kwargs["files"] = {k: (None, _wire(v)) for k, v in body.items()}
        elif isinstance(body, dict):
            kwargs["data"] = {k: _wire(v) for k, v in body.items()}
            kwargs["headers"]["Content-Type"] = content_type or "application/x-www-form-urlencoded"
        else:
            kwargs["content"] = str(body).encode()
            kwargs["headers"]["Content-Type"] = content_type or "text/plain"
    path = str(request["path"])
    return client.request(str(request["method"]).upper(), f"{PROVIDERS[provider][1]}{path}", **kwargs)


def _wire(value: Any) -> Any:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return ",".join(str(_wire(v)) for v in value)
    return value
