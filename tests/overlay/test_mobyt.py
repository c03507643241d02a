"""Mobyt through the overlay: lazy login, session expiry, order references and per-recipient attribution.

Every test taking `connect` runs against `Mobyt` and `AsyncMobyt` alike (tests/overlay/parity.py).
"""

from __future__ import annotations

import datetime as dt
import json

import httpx
import pytest

import smskit
from smskit import Mobyt
from smskit._spec import resolved_spec
from tests.overlay import parity
from tests.overlay.conftest import SIM, stored
from tests.overlay.parity import Connect, Network, Twin

connect, mode = parity.connect, parity.mode  # the fixtures: each test taking `connect` runs sync and async

BASE = f"{SIM}/mobyt/API/v1.0/REST"
USER, PASSWORD = "demo-mobyt", "demo-mobyt-password"


def client(connect: Connect, **options: object) -> Twin:
    return connect(Mobyt, USER, PASSWORD, base_url=BASE, **options)


class _Logins(Network):
    """Counts the logins (GET /login) and the order-state reads (GET /sms/<order_id>) on the wire."""

    def __init__(self) -> None:
        self.logins = self.reads = 0

    def before(self, request: httpx.Request) -> httpx.Response | None:
        self.logins += request.url.path.endswith("/login")
        self.reads += request.method == "GET" and "/sms/" in request.url.path
        return None


def test_refused_numbers_are_attributed_from_the_order(connect: Connect, control: httpx.Client) -> None:
    """A blacklisted and an unroutable number are rejected by name; the rest share the order id as reference."""
    wire = _Logins()
    results = client(connect, network=wire).send(["+393471234567", "+393471239990", "+393471239992"], "Ciao",
                                                 sender="Shop")  # fmt: skip
    assert [r.status for r in results] == ["accepted", "rejected", "rejected"]
    assert isinstance(results[1].error, smskit.BlacklistedError) and results[1].error.code == "BLACKLISTED"
    assert isinstance(results[2].error, smskit.InvalidRecipientError)
    assert len({r.reference for r in results}) == 1 and results[0].reference
    assert results[0].message_id == results[0].reference
    delivered = [m for m in stored(control, "mobyt") if m["status"] not in ("failed",)]
    assert [(m["recipient"], m["sender"]) for m in delivered] == [("+393471234567", "Shop")]
    assert (wire.logins, wire.reads) == (1, 1)  # one lazy login; the order's state read once, as it fell short


def test_a_full_order_needs_no_state_read(connect: Connect, control: httpx.Client) -> None:
    """When the order took every recipient, all are accepted from the send's answer alone."""
    wire = _Logins()
    results = client(connect, network=wire).send(["+393471234567", "+393471234568"], "Ciao")
    assert [r.status for r in results] == ["accepted", "accepted"] and results[0].reference == results[1].reference
    assert sorted(m["recipient"] for m in stored(control, "mobyt")) == ["+393471234567", "+393471234568"]
    assert (wire.logins, wire.reads) == (1, 0)


class _StateOmits(Network):
    """The order's state, on its way back, lists every recipient but `number` (a state no document shows)."""

    def __init__(self, number: str) -> None:
        self.number = number

    def after(self, request: httpx.Request, response: httpx.Response) -> httpx.Response:
        if request.method != "GET" or "/sms/" not in request.url.path:
            return response
        state = json.loads(response.content)
        state["recipients"] = [r for r in state["recipients"] if r["destination"] != self.number]
        return httpx.Response(response.status_code, json=state, request=request)


def test_a_recipient_the_order_state_does_not_list_is_unknown(connect: Connect, control: httpx.Client) -> None:
    """The order fell short and its state omits a recipient: nothing says whether that one was taken, so it is
    unknown with the order to check, while the listed ones keep what the state says."""
    to = ["+393471234567", "+393471239990", "+393471234568"]
    results = client(connect, network=_StateOmits("+393471234568")).send(to, "Ciao")
    assert [r.status for r in results] == ["accepted", "rejected", "unknown"]
    assert isinstance(results[2].error, smskit.OutcomeUnknownError)
    assert "does not list" in str(results[2].error)
    assert results[2].reference == results[0].reference and results[2].reference
    taken = {m["recipient"] for m in stored(control, "mobyt") if m["cost"]}
    assert taken == {"+393471234567", "+393471234568"}


def test_an_expired_session_is_renewed_once(connect: Connect, control: httpx.Client) -> None:
    """After 5 idle minutes the session is gone: the client logs in again and the call succeeds."""
    wire = _Logins()
    sms = client(connect, network=wire)
    assert sms.balance().amount > 0
    control.post("/_sim/clock", json={"advance": 301})
    assert sms.balance().amount > 0
    assert wire.logins == 2


def test_token_mode_and_wrong_credentials(connect: Connect) -> None:
    """An access token works like a session; wrong credentials surface the login's own 404."""
    assert client(connect, token=True).get_status().sms
    wrong = connect(Mobyt, USER, "nope", base_url=BASE)
    with pytest.raises(smskit.APIError) as denied:
        wrong.balance()
    assert denied.value.status_code == 404


@pytest.mark.usefixtures("no_sleep")
def test_a_lost_answer_keeps_the_order_id_to_check(connect: Connect, control: httpx.Client) -> None:
    """When the answer is lost the order went through; its reference finds it, and it was not sent twice."""
    sms = client(connect)
    sms.balance()  # log in before the fault, so it strikes the send
    control.post("/_sim/faults", json={"kind": "lose_answer", "provider": "mobyt", "operation": "sendSms", "count": 1})
    (result,) = sms.send("+393471234567", "Ciao")
    assert result.status == "unknown" and isinstance(result.error, smskit.OutcomeUnknownError)
    assert result.reference and result.error.reference == result.reference
    assert sms.get_sms_state(result.reference).recipients[0].destination == "+393471234567"
    assert len(stored(control, "mobyt")) == 1


def test_scheduled_order_can_be_cancelled(connect: Connect, control: httpx.Client) -> None:
    """A scheduled send is an order that can be cancelled before it leaves."""
    sms = client(connect)
    when = dt.datetime.now(dt.UTC) + dt.timedelta(days=400)
    (result,) = sms.send("+393471234567", "Later", schedule_at=when)
    assert result.accepted and result.reference
    (message,) = stored(control, "mobyt")
    assert message["status"] == "scheduled"
    assert dt.datetime.fromisoformat(message["scheduled_at"]) == when.replace(microsecond=0)
    assert sms.cancel_sms(result.reference).result == "OK"
    with pytest.raises(smskit.NotFoundError):
        sms.get_sms_state(result.reference)


def test_sender_needs_message_type_n(connect: Connect, control: httpx.Client) -> None:
    """Custom senders are only for high-quality messages: refused locally for L; L without a sender goes out."""
    sms = client(connect, message_type="L")
    with pytest.raises(smskit.InputError, match="message type N"):
        sms.send("+393471234567", "Ciao", sender="Shop")
    assert stored(control, "mobyt") == []
    (result,) = sms.send("+393471234567", "Ciao")
    assert result.accepted and len(stored(control, "mobyt")) == 1


@pytest.mark.parametrize(
    ("options", "field", "rule"),
    [
        ({"message_type": "XL"}, "message_type", "enum"),
        ({"token": "yes"}, "token", "type"),
        ({"base_url": b"http://127.0.0.1:8787"}, "base_url", "type"),
    ],
    ids=["message_type", "token", "base_url"],
)
def test_options_are_checked_at_construction(connect: Connect, options: dict[str, object], field: str,
                                             rule: str) -> None:  # fmt: skip
    """A message type Mobyt has not, a token flag that is not a bool and a base URL that is not a str are
    InputErrors naming the option, before any login."""
    options = {"base_url": BASE, **options}
    with pytest.raises(smskit.InputError) as refused:
        connect(Mobyt, USER, PASSWORD, **options)
    assert (refused.value.field, refused.value.rule) == (field, rule)


def test_credentials_and_brand_from_the_environment(connect: Connect, monkeypatch: pytest.MonkeyPatch) -> None:
    """MOBYT_USERNAME / _PASSWORD / MOBYT_BASE_URL are read when not passed; no password is refused at once."""
    monkeypatch.setenv("MOBYT_USERNAME", USER)
    monkeypatch.setenv("MOBYT_PASSWORD", PASSWORD)
    monkeypatch.setenv("MOBYT_BASE_URL", BASE)
    sms = connect(Mobyt)
    assert sms.base_url == BASE and sms.balance().amount > 0
    monkeypatch.delenv("MOBYT_PASSWORD")
    with pytest.raises(smskit.InputError) as missing:
        connect(Mobyt)
    assert (missing.value.field, missing.value.rule) == ("password", "required")  # the one missing


# --- tolerant reading (spec readings: open strings, only what is needed required, text error bodies) ----------
class _Rewrites(Network):
    """The provider's answer to one operation, rewritten on its way back as another platform might write it."""

    def __init__(self, method: str, path: str, change: object) -> None:
        self.method, self.path, self.change = method, path, change

    def after(self, request: httpx.Request, response: httpx.Response) -> httpx.Response:
        if request.method != self.method or self.path not in request.url.path:
            return response
        body = json.loads(response.content)
        self.change(body)  # type: ignore[operator]
        return httpx.Response(response.status_code, json=body, request=request)


def test_a_send_answer_without_order_id_is_accepted(connect: Connect, control: httpx.Client) -> None:
    """A 201 that names no order (nor `result`, nor counts) still took the order: smskit named it itself."""
    network = _Rewrites("POST", "/sms", lambda body: [body.pop(k) for k in list(body)])
    results = client(connect, network=network).send(["+393471234567", "+393471234568"], "Ciao")
    assert [r.status for r in results] == ["accepted", "accepted"]
    (reference,) = {r.reference for r in results}
    assert reference and {m["recipient"] for m in stored(control, "mobyt")} == {"+393471234567", "+393471234568"}
    assert client(connect).get_sms_state(reference).recipients  # the id smskit chose names the order


def test_an_unknown_recipient_state_is_read(connect: Connect) -> None:
    """A state word no document lists (newer platforms add some) parses: the recipient it names was taken."""

    def rename(body: dict[str, object]) -> None:
        for entry in body["recipients"]:  # type: ignore[attr-defined]
            if entry["status"] == "WAITING":
                entry["status"] = "QUEUED_AT_CARRIER"

    network = _Rewrites("GET", "/sms/", rename)
    sms = client(connect, network=network)
    results = sms.send(["+393471234567", "+393471239990"], "Ciao")  # the blacklisted one makes the order short
    assert [r.status for r in results] == ["accepted", "rejected"]
    state = sms.get_sms_state(results[0].reference or "")
    assert [str(r.status) for r in state.recipients] == ["QUEUED_AT_CARRIER", "BLACKLISTED"]


class _TextRefusal(Network):
    """Every send answered with `status` and a bare-text body, as the documents leave possible."""

    def __init__(self, status: int, text: str) -> None:
        self.status, self.text, self.sends = status, text, 0

    def before(self, request: httpx.Request) -> httpx.Response | None:
        if request.method != "POST" or not request.url.path.endswith("/sms"):
            return None
        self.sends += 1
        return httpx.Response(self.status, text=self.text, headers={"Content-Type": "text/plain"}, request=request)


@pytest.mark.parametrize(("status", "text"), [(401, "User_key, Token or Session_key are invalid or not provided"),
                                              (404, "The User_key was not found")])  # fmt: skip
def test_a_text_refusal_is_the_documented_one(connect: Connect, status: int, text: str) -> None:
    """A 401 / 404 whose body is text is the documented refusal (not processed), with the text as description."""
    wire = _TextRefusal(status, text)
    with pytest.raises(smskit.AuthenticationError) as refused:  # nothing was sent: an account-level refusal raises
        client(connect, network=wire).send(["+393471234567"], "Ciao")
    assert (refused.value.status_code, refused.value.description) == (status, text)
    assert refused.value.results is not None
    (result,) = refused.value.results
    assert result.status == "rejected" and isinstance(result.error, smskit.AuthenticationError)
    assert (result.error.status_code, result.error.description, result.error.not_processed) == (status, text, True)
    assert wire.sends == 1  # keys fresh from the login: a 401 to them is no expired session, so never re-sent


def test_an_html_page_at_401_stays_unknown(connect: Connect) -> None:
    """Only text the spec declares counts: a proxy's HTML 401 is no answer of the provider's, so it is unknown."""

    class _Html(_TextRefusal):
        def before(self, request: httpx.Request) -> httpx.Response | None:
            answer = super().before(request)
            if answer is not None:
                answer.headers["Content-Type"] = "text/html"
            return answer

    (result,) = client(connect, network=_Html(401, "<html>401</html>")).send(["+393471234567"], "Ciao")
    assert result.status == "unknown"


class _Headers(Network):
    """Keeps the raw header names of every request after the login."""

    def __init__(self) -> None:
        self.names: list[list[bytes]] = []

    def before(self, request: httpx.Request) -> httpx.Response | None:
        if not request.url.path.endswith(("/login", "/token")):
            self.names.append([name for name, _ in request.headers.raw])
        return None


@pytest.mark.parametrize("token", [False, True], ids=["session", "token"])
def test_key_headers_go_out_exactly_as_documented(connect: Connect, token: bool) -> None:
    """On the wire the key headers are written `user_key` and `Session_key` / `Access_token`, not in another case
    and never with hyphens (the spec's header-name reading; the vendor's Perl sample warns about `User-Key`)."""
    wire = _Headers()
    client(connect, network=wire, token=token).send(["+393471234567"], "Ciao")
    (names,) = wire.names
    second = b"Access_token" if token else b"Session_key"
    assert b"user_key" in names and second in names
    assert not [n for n in names if n.lower() in (b"user-key", b"session-key", b"access-token")]


def test_the_spec_reads_every_provider_word_as_an_open_string() -> None:
    """No answer or callback schema of the Mobyt spec closes a word with `enum`; the documented words are known
    values instead; the webhook asks for no security."""
    spec = smskit.load_spec("mobyt")

    def enums(node: object, where: str) -> list[str]:
        if isinstance(node, dict):
            found = [where] if "enum" in node else []
            return found + [e for k, v in node.items() for e in enums(v, f"{where}/{k}")]
        if isinstance(node, list):
            return [e for i, v in enumerate(node) for e in enums(v, f"{where}/{i}")]
        return []

    resolved = resolved_spec("mobyt")
    closed = []
    for path, item in resolved["paths"].items():
        for method, op in item.items():
            if isinstance(op, dict):
                for status, answer in op.get("responses", {}).items():
                    closed += enums(answer.get("content", {}), f"{method} {path} {status}")
    for name, item in resolved["webhooks"].items():
        for method, op in item.items():
            closed += enums(op.get("requestBody", {}), f"webhook {name} {method}")
            assert op.get("security") == []
    assert closed == []
    known = spec["components"]["schemas"]["RecipientStatus"]["x-smskit-known-values"]  # type: ignore[index]
    assert {"DLVRD", "WAIT4DLVR", "BLACKLISTED", "TOOM4USER"} <= set(known)
    reading = resolved["webhooks"]["deliveryReport"]["post"]["x-smskit-callback"]
    assert set(reading["statuses"]) == set(known)  # the callback reads every documented word explicitly
