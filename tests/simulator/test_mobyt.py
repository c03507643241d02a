"""The Mobyt simulator answers as seeds/004 and providers/mobyt.md document: keys, orders, credit, blacklist."""

from __future__ import annotations

import base64
import datetime as dt
import json
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from starlette.testclient import TestClient

from tests.simulator.conftest import messages

API = "/mobyt/API/v1.0/REST"
DEMO = {"username": "demo-mobyt", "password": "demo-mobyt-password"}
NUMBER = "+393471234567"
ROME = ZoneInfo("Europe/Rome")


def demo(client: TestClient) -> str:
    """The control-API path of the demo account."""
    (account, *_) = client.get("/_sim/accounts", params={"provider": "mobyt"}).json()["accounts"]
    return f"/_sim/accounts/{account['account_id']}"


def login(client: TestClient, path: str = "/login") -> dict[str, str]:
    answer = client.get(API + path, params=DEMO)
    assert answer.status_code == 200
    user_key, second = answer.text.split(";")
    return {"user_key": user_key, "Session_key" if path == "/login" else "Access_token": second}


def send(client: TestClient, keys: dict[str, str], **body: Any) -> Any:
    payload = {"message_type": "N", "message": "Hello world!", "recipient": [NUMBER], **body}
    return client.post(API + "/sms", json={k: v for k, v in payload.items() if v is not None}, headers=keys)


def state(client: TestClient, keys: dict[str, str], order_id: str) -> list[tuple[str, str, str]]:
    answer = client.get(f"{API}/sms/{order_id}", headers=keys)
    assert answer.status_code == 200
    body = answer.json()
    assert body["result"] == "OK" and body["recipient_number"] == len(body["recipients"])
    return [(r["destination"], r["status"], r["delivery_date"]) for r in body["recipients"]]


def advance(client: TestClient, seconds: float) -> None:
    assert client.post("/_sim/clock", json={"advance": seconds}).status_code == 200


def money(client: TestClient, keys: dict[str, str]) -> float:
    found: float = client.get(API + "/status", params={"getMoney": "true"}, headers=keys).json()["money"]
    return found


@pytest.fixture
def keys(client: TestClient) -> dict[str, str]:
    return login(client)


# --- keys ---------------------------------------------------------------------------------------------------
def test_login_and_token_answer_user_key_and_second_key_as_text(client: TestClient) -> None:
    """/login (query parameters) and /token (HTTP Basic) answer `user_key;key` as text; the user_key is stable."""
    session = client.get(API + "/login", params=DEMO)
    basic = base64.b64encode(b"demo-mobyt:demo-mobyt-password").decode()
    token = client.get(API + "/token", headers={"Authorization": f"Basic {basic}"})
    assert session.status_code == token.status_code == 200
    assert session.headers["content-type"].startswith("text/plain")
    user_key, session_key = session.text.split(";")
    assert token.text.split(";")[0] == user_key and token.text.split(";")[1] != session_key
    for second in ({"Session_key": session_key}, {"Access_token": token.text.split(";")[1]}):
        assert client.get(API + "/status", headers={"user_key": user_key, **second}).status_code == 200


LOGIN_ERRORS = [
    # (what, request kwargs, status, result text)
    ("wrong password", {"params": {**DEMO, "password": "nope"}}, 404, "Credentials are incorrect"),
    ("unknown user", {"params": {"username": "who", "password": "x"}}, 404, "Credentials are incorrect"),
    ("no credentials", {}, 404, "Credentials are incorrect"),
    ("username only", {"params": {"username": "demo-mobyt"}}, 404, "Credentials are incorrect"),
    ("empty password", {"params": {**DEMO, "password": ""}}, 400,
     'Invalid parameter password: "" is shorter than 1 character'),
    ("not Basic", {"headers": {"Authorization": "Bearer abc"}}, 401, "Unauthorized"),
    ("not base64", {"headers": {"Authorization": "Basic !!!"}}, 401, "Unauthorized"),
    ("wrong Basic", {"headers": {"Authorization": "Basic " + base64.b64encode(b"demo-mobyt:x").decode()}}, 404,
     "Credentials are incorrect"),
]  # fmt: skip


@pytest.mark.parametrize("path", ["/login", "/token"])
@pytest.mark.parametrize(("what", "kwargs", "status", "text"), LOGIN_ERRORS, ids=[e[0] for e in LOGIN_ERRORS])
def test_login_errors(client: TestClient, path: str, what: str, kwargs: Any, status: int, text: str) -> None:
    """Wrong or missing credentials are 404, an empty one 400 and an unusable Authorization header 401."""
    answer = client.get(API + path, **kwargs)
    assert (answer.status_code, answer.json()) == (status, {"result": text})


def test_switched_off_account_cannot_log_in_or_use_its_keys(client: TestClient, keys: dict[str, str]) -> None:
    """An account made inactive through the control API gets 401 at login and on its existing keys."""
    client.patch(demo(client), json={"active": False})
    assert client.get(API + "/login", params=DEMO).status_code == 401
    assert client.get(API + "/status", headers=keys).status_code == 401
    assert client.get(API + "/checksession", headers=keys).text == "false"


INVALID_KEYS = "User_key, Token or Session_key are invalid or not provided"
KEY_ERRORS = [
    # (operation path, headers given the real keys, status, result text)
    ("/status", lambda k: {}, 401, INVALID_KEYS),
    ("/status", lambda k: {"user_key": k["user_key"]}, 401, INVALID_KEYS),
    ("/status", lambda k: {**k, "Session_key": "forged"}, 401, INVALID_KEYS),
    ("/status", lambda k: {"user_key": k["user_key"], "Access_token": "forged"}, 401, INVALID_KEYS),
    ("/status", lambda k: {**k, "user_key": "unknown"}, 404, "Credentials are incorrect"),
    ("/status", lambda k: {"user_key": "unknown"}, 401, INVALID_KEYS),
    ("/smshistory?from=20260101000000", lambda k: {**k, "user_key": "unknown"}, 404, "The User_key was not found"),
    ("/sms/abc", lambda k: {**k, "user_key": "unknown"}, 404, "The User_key was not found"),
    ("/checksession", lambda k: {**k, "user_key": "unknown"}, 404, INVALID_KEYS),
    ("/checksession", lambda k: {"user_key": k["user_key"]}, 401, INVALID_KEYS),
    ("/dashboard", lambda k: {**k, "user_key": "unknown"}, 404, INVALID_KEYS),
    ("/dashboard", lambda k: {}, 401, INVALID_KEYS),
]  # fmt: skip


@pytest.mark.parametrize(("path", "headers", "status", "text"), KEY_ERRORS)
def test_key_errors(client: TestClient, keys: dict[str, str], path: str, headers: Any, status: int, text: str) -> None:
    """A missing key header is 401, then an unknown user_key 404 (the operation's own text), then a wrong key 401."""
    answer = client.get(API + path, headers=headers(keys))
    assert (answer.status_code, answer.json()) == (status, {"result": text})


def test_key_header_names_are_as_documented(client: TestClient, keys: dict[str, str]) -> None:
    """`user_key` / `Session_key` in any case work (HTTP names are case-insensitive), but the `User-Key` /
    `Session-Key` the vendor's Perl sample warns about are no key headers at all: 401, and nothing is sent."""
    shouting = {"USER_KEY": keys["user_key"], "session_key": keys["Session_key"]}
    assert send(client, shouting).status_code == 201
    hyphens = {"User-Key": keys["user_key"], "Session-Key": keys["Session_key"]}
    refused = send(client, hyphens)
    assert (refused.status_code, refused.json()) == (401, {"result": INVALID_KEYS})
    half = {"user_key": keys["user_key"], "Session-Key": keys["Session_key"]}
    assert send(client, half).status_code == 401
    assert len(messages(client, "mobyt")) == 1


def test_key_errors_on_send(client: TestClient, keys: dict[str, str]) -> None:
    """POST /sms: no keys 401, unknown user_key 404 "The User_key was not found"; nothing is stored."""
    assert send(client, {}).status_code == 401
    unknown = send(client, {**keys, "user_key": "nobody"})
    assert (unknown.status_code, unknown.json()["result"]) == (404, "The User_key was not found")
    assert messages(client, "mobyt") == []


def test_session_expires_after_five_idle_minutes(client: TestClient, keys: dict[str, str]) -> None:
    """Each call restarts the 5-minute idle timer of a session key; 5 minutes without a call kill it (401)."""
    for _ in range(3):
        advance(client, 240)
        assert client.get(API + "/status", headers=keys).status_code == 200
    advance(client, 300)
    assert client.get(API + "/status", headers=keys).status_code == 401
    assert login(client)["Session_key"] != keys["Session_key"]


def test_failed_calls_also_keep_the_session_alive(client: TestClient, keys: dict[str, str]) -> None:
    """An authenticated call answered 400 still counts as activity for the idle timer."""
    advance(client, 240)
    assert send(client, keys, message_type="X").status_code == 400
    advance(client, 240)
    assert client.get(API + "/status", headers=keys).status_code == 200


def test_access_tokens_do_not_expire(client: TestClient) -> None:
    """An access token from /token still works after days of virtual time."""
    token = login(client, "/token")
    advance(client, 30 * 86400)
    assert client.get(API + "/status", headers=token).status_code == 200


def test_checksession_looks_without_renewing(client: TestClient, keys: dict[str, str]) -> None:
    """/checksession answers text true/false and does not restart the idle timer."""
    assert client.get(API + "/checksession", headers=keys).text == "true"
    advance(client, 200)
    assert client.get(API + "/checksession", headers=keys).text == "true"
    advance(client, 100)
    assert client.get(API + "/checksession", headers=keys).text == "false"
    assert client.get(API + "/checksession", headers={**keys, "Session_key": "forged"}).text == "false"


def test_dashboard_answers_a_url(client: TestClient, keys: dict[str, str]) -> None:
    """/dashboard answers a link as text: here the simulator's own list of sent messages."""
    answer = client.get(API + "/dashboard", headers=keys)
    assert answer.status_code == 200 and answer.text == "http://sim/_sim/messages?provider=mobyt"
    assert client.get(answer.text).status_code == 200


# --- sending ------------------------------------------------------------------------------------------------
def test_send_answers_201_with_the_order_and_charges_per_part(client: TestClient, keys: dict[str, str]) -> None:
    """POST /sms answers 201 with result, order_id, total_sent and internal_order_id; each part costs N's 0.06."""
    answer = send(client, keys, recipient=[NUMBER, "+393471234568"], message="x" * 161, sender="MyShop")
    assert answer.status_code == 201
    body = answer.json()
    assert body["result"] == "OK" and body["total_sent"] == 2 and "remaining_credits" not in body
    assert len(body["order_id"]) == 32 and body["internal_order_id"] == "20260101130000000001"
    stored = messages(client, "mobyt")
    assert [(m["recipient"], m["segments"], m["cost"], m["sender"], m["group"]) for m in stored] == [
        (NUMBER, 2, 0.12, "MyShop", body["order_id"]),
        ("+393471234568", 2, 0.12, "MyShop", body["order_id"]),
    ]
    assert money(client, keys) == pytest.approx(1000 - 0.24)


def test_return_credits_and_remaining(client: TestClient, keys: dict[str, str]) -> None:
    """returnCredits counts parts in total_sent; returnRemaining adds the messages of that type still affordable."""
    client.patch(demo(client), json={"balance": 10})
    body = send(client, keys, message="y" * 200, message_type="L", returnCredits=True, returnRemaining=True).json()
    assert body["total_sent"] == 2
    assert body["remaining_credits"] == int((10 - 2 * 0.045) // 0.045)


@pytest.mark.parametrize(("kind", "price"), [("N", 0.06), ("L", 0.045), ("LL", 0.035)])
def test_each_type_has_its_price(client: TestClient, keys: dict[str, str], kind: str, price: float) -> None:
    """One part costs the message type's price, taken from the account's money."""
    assert send(client, keys, message_type=kind).status_code == 201
    assert money(client, keys) == pytest.approx(1000 - price)


def test_prices_can_be_set_per_account(client: TestClient, keys: dict[str, str]) -> None:
    """The `prices` setting replaces a type's price per part."""
    client.patch(demo(client), json={"settings": {"prices": {"N": 0.5}}})
    send(client, keys, recipient=[NUMBER, "+393471234568"])
    assert money(client, keys) == pytest.approx(999.0)


def test_status_reports_quantities_per_type(client: TestClient, keys: dict[str, str]) -> None:
    """/status: quantity = money // price per type; type names with typeAliases, internal ids without."""
    client.patch(demo(client), json={"balance": 10})
    aliases = client.get(API + "/status", params={"getMoney": "true", "typeAliases": "true"}, headers=keys).json()
    assert aliases["money"] == 10
    assert aliases["sms"] == [{"type": "N", "quantity": 166}, {"type": "L", "quantity": 222},
                              {"type": "LL", "quantity": 285}]  # fmt: skip
    plain = client.get(API + "/status", headers=keys).json()
    assert plain["money"] is None and [s["type"] for s in plain["sms"]] == ["GP", "TI", "SI"]
    bad = client.get(API + "/status", params={"getMoney": "maybe"}, headers=keys)
    assert bad.status_code == 400 and "getMoney" in bad.json()["result"]


def test_not_enough_money_refuses_the_whole_order(client: TestClient, keys: dict[str, str]) -> None:
    """Without money for every part the order is refused with 400 and nothing is sent or charged."""
    client.patch(demo(client), json={"balance": 0.1})
    answer = send(client, keys, recipient=[NUMBER, "+393471234568"])
    assert (answer.status_code, answer.json()["result"]) == (400, "Not enough credit for this order")
    assert messages(client, "mobyt") == [] and money(client, keys) == 0.1


SENDERS = [
    # (message type, sender, accepted): the spec's x-smskit-sender, an alias of up to 11 letters (any script),
    # digits and spaces, or a number of up to 15 digits
    ("N", "MyShop", True),
    ("N", "+393471234567", True),
    ("N", "Shop 2", True),
    ("N", "Caffè Roma", True),
    ("N", "12", True),
    ("N", "Shop 2.0-x", False),
    ("N", "TwelveLetter", False),
    ("N", "+1234567890123456", False),
    ("N", "Shop!", False),
    ("L", "MyShop", False),
    ("LL", "+393471234567", False),
    ("L", "", True),
    ("LL", None, True),
]


@pytest.mark.parametrize(("kind", "sender", "accepted"), SENDERS)
def test_custom_sender_only_with_type_n(
    client: TestClient, keys: dict[str, str], kind: str, sender: str | None, accepted: bool
) -> None:
    """Only N takes a custom sender (one the spec's x-smskit-sender takes); L and LL need it empty."""
    answer = send(client, keys, message_type=kind, sender=sender)
    assert answer.status_code == (201 if accepted else 400)


def test_approved_and_default_senders(client: TestClient, keys: dict[str, str]) -> None:
    """With `approved_senders` other aliases are 400; `default_sender` fills N orders that give none."""
    client.patch(demo(client), json={"settings": {"approved_senders": ["MyShop"], "default_sender": "MyShop"}})
    refused = send(client, keys, sender="Other")
    assert (refused.status_code, refused.json()["result"]) == (400, "The sender Other is not registered and approved")
    assert send(client, keys, sender="MyShop").status_code == 201
    assert send(client, keys).status_code == 201
    assert send(client, keys, message_type="L").status_code == 201
    assert [m["sender"] for m in messages(client, "mobyt")] == ["MyShop", "MyShop", None]


TEXTS = [
    # (message, encoding, accepted, parts)
    ("a" * 1000, None, True, 7),
    ("a" * 1001, None, False, 0),
    ("€" * 600, "gsm", True, 8),
    ("π" * 450, "ucs2", True, 7),
    ("π" * 451, "ucs2", False, 0),
    ("Ciao 😀", None, False, 0),
    ("Ciao 😀", "ucs2", True, 1),
    ("Hello", "ucs2", True, 1),
    ("", None, False, 0),
]


@pytest.mark.parametrize(("text", "encoding", "accepted", "parts"), TEXTS)
def test_message_length_and_encoding(
    client: TestClient, keys: dict[str, str], text: str, encoding: str | None, accepted: bool, parts: int
) -> None:
    """At most 1000 characters with gsm and 450 with ucs2; characters outside GSM need ucs2."""
    answer = send(client, keys, message=text, encoding=encoding)
    assert answer.status_code == (201 if accepted else 400)
    if accepted:
        (stored,) = messages(client, "mobyt")
        assert (stored["encoding"], stored["segments"]) == (encoding or "gsm", parts)
    else:
        assert messages(client, "mobyt") == []


def test_invalid_recipient_refuses_the_order_unless_allowed(client: TestClient, keys: dict[str, str]) -> None:
    """A malformed number fails the whole order (400); with allowInvalidRecipients it is listed as UNKNRCPT."""
    refused = send(client, keys, recipient=[NUMBER, "12345"])
    assert (refused.status_code, refused.json()["result"]) == (400, "Invalid recipient: 12345")
    assert messages(client, "mobyt") == []
    body = send(client, keys, recipient=[NUMBER, "12345"], allowInvalidRecipients=True).json()
    assert body["total_sent"] == 1
    assert state(client, keys, body["order_id"]) == [(NUMBER, "WAITING", ""), ("12345", "UNKNRCPT", "")]
    assert money(client, keys) == pytest.approx(1000 - 0.06)


def test_recipients_are_deduplicated_and_normalised(client: TestClient, keys: dict[str, str]) -> None:
    """`+39...` and `0039...` are the same recipient; numbers are shown as +<digits>."""
    body = send(client, keys, recipient=[NUMBER, "0039" + NUMBER[3:], "393471234567", "0044123456789"]).json()
    assert body["total_sent"] == 2
    assert [r[0] for r in state(client, keys, body["order_id"])] == [NUMBER, "+44123456789"]


def test_at_most_ten_thousand_recipients(client: TestClient, keys: dict[str, str]) -> None:
    """More than 10,000 recipients in one order is 400."""
    answer = send(client, keys, recipient=[f"+3934{i:08d}" for i in range(10001)])
    assert answer.status_code == 400 and "recipient" in answer.json()["result"]


def test_order_ids(client: TestClient, keys: dict[str, str]) -> None:
    """A caller's order_id is echoed; a reused one (no uniqueness is documented) is accepted and names the latest
    order, the earlier one staying in the history; a malformed one is 400."""
    assert send(client, keys, order_id="order-2024.03_01").json()["order_id"] == "order-2024.03_01"
    again = send(client, keys, order_id="order-2024.03_01", recipient=["+393471234568"])
    assert (again.status_code, again.json()["order_id"]) == (201, "order-2024.03_01")
    assert state(client, keys, "order-2024.03_01") == [("+393471234568", "WAITING", "")]
    history = client.get(API + "/smshistory", params={"from": "20260101000000"}, headers=keys).json()
    assert [e["order_id"] for e in history["smshistory"]] == ["order-2024.03_01", "order-2024.03_01"]
    for bad in ("x" * 33, "with space", "slash/no"):
        assert send(client, keys, order_id=bad).status_code == 400
    other = client.post("/_sim/accounts", json={"provider": "mobyt"}).json()["credentials"]
    user_key, session = client.get(API + "/login", params=other).text.split(";")
    assert send(client, {"user_key": user_key, "Session_key": session}, order_id="order-2024.03_01").status_code == 201


def test_landing_and_short_link_need_their_placeholders(client: TestClient, keys: dict[str, str]) -> None:
    """id_landing needs %PAGESLINK____________% and short_link_url needs %SHORT_LINK% in the text."""
    assert send(client, keys, id_landing=7).status_code == 400
    assert send(client, keys, short_link_url="https://example.com/long").status_code == 400
    assert send(client, keys, id_landing=7, message="See %PAGESLINK____________%").status_code == 201
    assert send(client, keys, short_link_url="https://e.com/x", message="Go %SHORT_LINK%").status_code == 201


# --- scheduling ---------------------------------------------------------------------------------------------
SCHEDULES = [
    # (scheduled_delivery_time, timezone, scheduled_at in UTC); the virtual clock starts 2026-01-01 12:00 UTC
    ("020126", None, "2026-01-01T23:00:00Z"),
    ("20260102", None, "2026-01-01T23:00:00Z"),
    ("0101261530", None, "2026-01-01T14:30:00Z"),
    ("20260101153045", None, "2026-01-01T14:30:45Z"),
    ("2026-01-01 15:30", None, "2026-01-01T14:30:00Z"),
    ("2026-01-01 15:30.0", None, "2026-01-01T14:30:00Z"),
    ("2026-01-01 15:30", "UTC", "2026-01-01T15:30:00Z"),
    ("20260101153045", "America/New_York", "2026-01-01T20:30:45Z"),
    # ISO-8601, as the vendor's Python (isoformat()) and C# (JSON.NET) samples send it (spec readings)
    ("2026-01-01T15:30:45", None, "2026-01-01T14:30:45Z"),
    ("2026-01-01T15:30", None, "2026-01-01T14:30:00Z"),
    ("2026-01-01T15:30:45", "UTC", "2026-01-01T15:30:45Z"),
    ("2026-01-01T15:30:45Z", "America/New_York", "2026-01-01T15:30:45Z"),
    ("2026-01-01T15:30:45+03:00", None, "2026-01-01T12:30:45Z"),
    ("2026-01-01T15:30:45-0500", None, "2026-01-01T20:30:45Z"),
]


@pytest.mark.parametrize(("when", "zone", "expected"), SCHEDULES)
def test_every_documented_schedule_format(
    client: TestClient, keys: dict[str, str], when: str, zone: str | None, expected: str
) -> None:
    """Each documented format is read in scheduled_delivery_timezone, Europe/Rome by default."""
    body = send(client, keys, scheduled_delivery_time=when, scheduled_delivery_timezone=zone).json()
    (stored,) = messages(client, "mobyt")
    assert (stored["scheduled_at"], stored["status"]) == (expected, "scheduled")
    assert state(client, keys, body["order_id"]) == [(NUMBER, "SCHEDULED", "")]


def test_a_past_time_sends_at_once(client: TestClient, keys: dict[str, str]) -> None:
    """A scheduled time already past (today's date alone is midnight) sends the order now."""
    body = send(client, keys, scheduled_delivery_time="20260101").json()
    assert state(client, keys, body["order_id"]) == [(NUMBER, "WAITING", "")]


@pytest.mark.parametrize(
    ("when", "zone"),
    [("20261301", None), ("320126", None), ("2026-02-30 10:00", None), ("2026-02-30T10:00", None),
     ("2026-01-01T25:00", None), ("2026-01-01T10:00+24:00", None), ("Jan 1, 2026 3:30:00 PM", None),
     ("12345", None), ("20260102", "Mars/Olympus"), ("20260102", "../etc")],
)  # fmt: skip
def test_bad_schedules_are_400(client: TestClient, keys: dict[str, str], when: str, zone: str | None) -> None:
    """An impossible date, an undocumented format or an unknown time zone is 400 and nothing is sent."""
    answer = send(client, keys, scheduled_delivery_time=when, scheduled_delivery_timezone=zone)
    assert answer.status_code == 400 and answer.json()["result"]
    assert messages(client, "mobyt") == []


def test_the_vendor_python_samples_isoformat_time_is_scheduled(client: TestClient, keys: dict[str, str]) -> None:
    """The quick start's Python sample sends `json.dumps` of its body with datetimes written by `isoformat()`
    (naive local time, microseconds): the order is scheduled at that Rome time, to the microsecond, not refused."""
    now = dt.datetime.fromisoformat(client.get("/_sim/clock").json()["start"]).astimezone(ROME)
    when = now.replace(tzinfo=None) + dt.timedelta(minutes=5, microseconds=123456)  # Rome wall time, naive
    body = {"message": "Hello world!", "message_type": "N", "returnCredits": False, "recipient": [NUMBER],
            "sender": None, "scheduled_delivery_time": when}  # fmt: skip
    raw = json.dumps(body, default=lambda value: value.isoformat())
    assert '"scheduled_delivery_time": "' + when.isoformat() + '"' in raw and "T" in when.isoformat()
    answer = client.post(API + "/sms", content=raw, headers={**keys, "Content-type": "application/json"})
    assert answer.status_code == 201 and answer.json()["result"] == "OK"
    (stored,) = messages(client, "mobyt")
    scheduled = dt.datetime.fromisoformat(stored["scheduled_at"].replace("Z", "+00:00"))
    assert abs(scheduled - when.replace(tzinfo=ROME)) < dt.timedelta(seconds=1)
    assert stored["status"] == "scheduled"
    assert state(client, keys, answer.json()["order_id"]) == [(NUMBER, "SCHEDULED", "")]


def test_the_vendor_samples_bodies_answer_as_read(client: TestClient, keys: dict[str, str]) -> None:
    """The C# sample's JSON.NET time is scheduled; the Java sample's Gson body (locale date text, no recipient
    added) is the documented 400 with its reason in `result`, and nothing is stored."""
    csharp = {"message": "Hello World!", "message_type": "N", "sender": None,
              "scheduled_delivery_time": "2026-08-18T13:31:00", "recipient": ["+39349123456789"],
              "returnCredits": False}  # fmt: skip
    answer = client.post(API + "/sms", json=csharp, headers=keys)
    assert answer.status_code == 201
    (stored,) = messages(client, "mobyt")
    assert stored["scheduled_at"] == "2026-08-18T11:31:00Z"  # 13:31 in Rome, summer time
    java = {"message": "Hello world!", "message_type": "N", "returnCredits": False, "recipient": [NUMBER],
            "scheduled_delivery_time": "Dec 23, 2026 10:10:10 AM"}  # fmt: skip
    refused = client.post(API + "/sms", json=java, headers=keys)
    assert refused.status_code == 400 and "scheduled_delivery_time" in refused.json()["result"]
    assert len(messages(client, "mobyt")) == 1


def test_scheduled_order_goes_through_its_lifecycle(client: TestClient, keys: dict[str, str]) -> None:
    """SCHEDULED until its time, then WAIT4DLVR, then DLVRD with delivery_date (yyyyMMddHHmmss, Rome time)."""
    keys = login(client, "/token")  # an hour of virtual time would kill a session key
    body = send(client, keys, scheduled_delivery_time="2026-01-01 14:00").json()
    advance(client, 3599)
    assert state(client, keys, body["order_id"]) == [(NUMBER, "SCHEDULED", "")]
    advance(client, 2)
    assert state(client, keys, body["order_id"]) == [(NUMBER, "WAIT4DLVR", "")]
    advance(client, 5)
    assert state(client, keys, body["order_id"]) == [(NUMBER, "DLVRD", "20260101140006")]


# --- outcomes -----------------------------------------------------------------------------------------------
OUTCOMES = [
    # (test number, status right after the send, final status, charged)
    ("+393471234567", "WAITING", "DLVRD", True),
    ("+393470009990", "BLACKLISTED", "BLACKLISTED", False),
    ("+393470009991", "WAITING", "KO", True),
    ("+393470009992", "UNKNPFX", "UNKNPFX", False),
    ("+393470009993", "WAITING", "ERROR", True),
    ("+393470009994", "WAITING", "TIMEOUT", True),
    ("+393470009995", "WAITING", "TIMEOUT", True),
    ("+393470009996", "WAITING", "DLVRD", True),
    ("+393470009997", "WAITING", "WAIT4DLVR", True),
    ("+393470009998", "INVALIDDST", "INVALIDDST", False),
]


@pytest.mark.parametrize(("number", "first", "final", "charged"), OUTCOMES)
def test_test_numbers_reach_their_documented_status(
    client: TestClient, keys: dict[str, str], number: str, first: str, final: str, charged: bool
) -> None:
    """Test numbers end in fixed statuses; numbers refused at submission are not charged."""
    body = send(client, keys, recipient=[number]).json()
    assert body["total_sent"] == (1 if charged else 0)
    assert state(client, keys, body["order_id"])[0][1] == first
    advance(client, 60)
    assert state(client, keys, body["order_id"])[0][1] == final
    assert money(client, keys) == pytest.approx(1000 - (0.06 if charged else 0))


@pytest.mark.parametrize("kind", ["L", "LL"])
def test_types_without_delivery_report_stay_sent(client: TestClient, keys: dict[str, str], kind: str) -> None:
    """L and LL carry no delivery report: SENT once handed over, no delivery_date; operator refusals still show."""
    body = send(client, keys, message_type=kind, recipient=[NUMBER, "+393470009994", "+393470009991"]).json()
    advance(client, 60)
    assert state(client, keys, body["order_id"]) == [
        (NUMBER, "SENT", ""),
        ("+393470009994", "SENT", ""),
        ("+393470009991", "KO", ""),
    ]


def test_account_blacklist_refuses_recipients(client: TestClient, keys: dict[str, str]) -> None:
    """A number put in the account's blacklist is BLACKLISTED on later sends and not charged."""
    assert client.post(API + "/blacklist/sms", params={"phoneNumber": NUMBER}, headers=keys).status_code == 200
    body = send(client, keys, recipient=["0039" + NUMBER[3:], "+393471234568"]).json()
    assert body["total_sent"] == 1
    assert [s[1] for s in state(client, keys, body["order_id"])] == ["BLACKLISTED", "WAITING"]


def test_anti_spam_limits(client: TestClient, keys: dict[str, str]) -> None:
    """With the 24-hour limits set, recipients past them are TOOM4NUM / TOOM4USER; a day later they pass."""
    client.patch(demo(client), json={"settings": {"max_sms_per_number_24h": 1, "max_sms_per_user_24h": 3}})
    first = send(client, keys, recipient=[NUMBER, "+393471234568"]).json()
    assert [s[1] for s in state(client, keys, first["order_id"])] == ["WAITING", "WAITING"]
    second = send(client, keys, recipient=[NUMBER, "+393471234569", "+393471234570"]).json()
    assert [s[1] for s in state(client, keys, second["order_id"])] == ["TOOM4NUM", "WAITING", "TOOM4USER"]
    advance(client, 86400)
    keys = login(client)
    third = send(client, keys, recipient=[NUMBER]).json()
    assert state(client, keys, third["order_id"])[0][1] == "WAITING"


def test_refused_contents_and_demo_mode(client: TestClient, keys: dict[str, str]) -> None:
    """`refused_words` gives INVALIDCONTENTS; `demo_mode` sends free and ends in DEMO."""
    client.patch(demo(client), json={"settings": {"refused_words": ["casino"]}})
    refused = send(client, keys, message="Win at the CASINO").json()
    assert state(client, keys, refused["order_id"]) == [(NUMBER, "INVALIDCONTENTS", "")]
    client.patch(demo(client), json={"settings": {"refused_words": [], "demo_mode": True}})
    free = send(client, keys).json()
    advance(client, 60)
    assert state(client, keys, free["order_id"]) == [(NUMBER, "DEMO", "")]
    assert money(client, keys) == 1000


def test_delivery_reports_go_to_the_account_webhook(client: TestClient, keys: dict[str, str]) -> None:
    """Final statuses of N orders are POSTed form-encoded (order_id, status, recipient, delivery_date)."""
    client.patch(demo(client), json={"webhook_url": "http://127.0.0.1:9/dlr?token=s3cret"})
    order = send(client, keys, recipient=[NUMBER, "+393470009993", "+393470009990"], order_id="o-1").json()
    send(client, keys, message_type="L")
    advance(client, 60)
    reports = client.get("/_sim/callbacks", params={"provider": "mobyt"}).json()["callbacks"]
    assert all(r["method"] == "POST" and r["url"] == "http://127.0.0.1:9/dlr?token=s3cret" for r in reports)
    assert [r["form"] for r in reports] == [
        {"order_id": order["order_id"], "status": "DLVRD", "recipient": NUMBER, "delivery_date": "20260101130006"},
        {"order_id": "o-1", "status": "ERROR", "recipient": "+393470009993", "delivery_date": ""},
    ]


# --- order state and cancel ---------------------------------------------------------------------------------
@pytest.mark.parametrize("order_id", ["nope", "x" * 33, "bad%20id", "%5B"])
def test_unknown_order_ids_are_404(client: TestClient, keys: dict[str, str], order_id: str) -> None:
    """GET /sms/{order_id} of an unknown (or impossible) id is 404 "The order_id was not found"."""
    answer = client.get(f"{API}/sms/{order_id}", headers=keys)
    assert (answer.status_code, answer.json()) == (404, {"result": "The order_id was not found"})


def test_orders_are_private_to_their_account(client: TestClient, keys: dict[str, str]) -> None:
    """Another account cannot read or cancel an order: 404."""
    order = send(client, keys, scheduled_delivery_time="20260102").json()["order_id"]
    other = client.post("/_sim/accounts", json={"provider": "mobyt"}).json()["credentials"]
    user_key, session = client.get(API + "/login", params=other).text.split(";")
    them = {"user_key": user_key, "Session_key": session}
    assert client.get(f"{API}/sms/{order}", headers=them).status_code == 404
    assert client.delete(f"{API}/sms/{order}", headers=them).status_code == 404


def test_cancel_a_scheduled_order(client: TestClient, keys: dict[str, str]) -> None:
    """DELETE while every recipient is SCHEDULED answers 200 {"result": "OK"}, refunds, and forgets the order."""
    order = send(client, keys, recipient=[NUMBER, "+393470009990"], scheduled_delivery_time="20260102").json()
    assert money(client, keys) == pytest.approx(1000 - 0.06)
    answer = client.delete(f"{API}/sms/{order['order_id']}", headers=keys)
    assert (answer.status_code, answer.json()) == (200, {"result": "OK"})
    assert money(client, keys) == 1000
    assert client.get(f"{API}/sms/{order['order_id']}", headers=keys).status_code == 404
    assert sorted(m["status"] for m in messages(client, "mobyt")) == ["cancelled", "failed"]
    advance(client, 86400)
    assert sorted(m["status"] for m in messages(client, "mobyt")) == ["cancelled", "failed"]


def test_cancel_is_404_once_sent_or_unknown(client: TestClient, keys: dict[str, str]) -> None:
    """An order no longer SCHEDULED, or unknown, cannot be removed: 404 with the documented text."""
    order = send(client, keys).json()["order_id"]
    for path in (f"/sms/{order}", "/sms/unknown"):
        answer = client.delete(API + path, headers=keys)
        assert answer.status_code == 404
        assert answer.json()["result"].startswith("The given order_id was not found, or the message sending could")
    assert state(client, keys, order) == [(NUMBER, "WAITING", "")]


# --- history ------------------------------------------------------------------------------------------------
def test_history_pages_through_the_window(client: TestClient, keys: dict[str, str]) -> None:
    """/smshistory lists the orders created in [from, to], newest first, pageSize per page, with the total."""
    for i in range(5):
        send(client, keys, order_id=f"o{i}", scheduled_delivery_time="20260105" if i == 4 else None)
        advance(client, 60)
    query = {"from": "20260101130100", "to": "20260101130400", "pageSize": "2"}
    first = client.get(API + "/smshistory", params=query, headers=keys).json()
    assert (first["total"], first["pageNumber"], first["pageSize"], first["result"]) == (4, 1, 2, "OK")
    assert [e["order_id"] for e in first["smshistory"]] == ["o4", "o3"]
    assert first["smshistory"][0] == {"order_id": "o4", "create_time": "20260101130400",
                                      "schedule_time": "20260105000000", "message_type": "N", "sender": "",
                                      "num_recipients": 1}  # fmt: skip
    second = client.get(API + "/smshistory", params={**query, "pageNumber": "2"}, headers=keys).json()
    assert [e["order_id"] for e in second["smshistory"]] == ["o2", "o1"]
    utc = client.get(API + "/smshistory", params={"from": "20260101120000", "timezone": "UTC"}, headers=keys).json()
    assert utc["total"] == 5 and utc["smshistory"][-1]["create_time"] == "20260101120000"


@pytest.mark.parametrize(
    "query",
    [{}, {"from": "2026010100"}, {"from": "20261301000000"}, {"from": "20260101000000", "to": "x"},
     {"from": "20260101000000", "timezone": "Nowhere/City"}, {"from": "20260101000000", "pageSize": "0"},
     {"from": "20260101000000", "pageNumber": "one"}],
)  # fmt: skip
def test_history_errors(client: TestClient, keys: dict[str, str], query: dict[str, str]) -> None:
    """A missing `from`, a bad date, time zone or page is 400 with details in `result`."""
    answer = client.get(API + "/smshistory", params=query, headers=keys)
    assert answer.status_code == 400 and answer.json()["result"]


# --- parametric and group sends -----------------------------------------------------------------------------
def test_parametric_send_fills_each_text(client: TestClient, keys: dict[str, str]) -> None:
    """POST /paramsms answers 200 and sends each recipient its own text with ${placeholders} filled in."""
    body = {"message_type": "N", "message": "Hello ${name}, order ${order} shipped", "returnCredits": True,
            "recipients": {"0": {"recipient": NUMBER, "name": "Mark", "order": "A-17"},
                           "1": {"recipient": "+393471234568", "name": "Anna", "order": "A-18"}}}  # fmt: skip
    answer = client.post(API + "/paramsms", json=body, headers=keys)
    assert answer.status_code == 200 and answer.json()["total_sent"] == 2
    assert [m["text"] for m in messages(client, "mobyt")] == [
        "Hello Mark, order A-17 shipped",
        "Hello Anna, order A-18 shipped",
    ]
    del body["recipients"]["1"]["order"]  # type: ignore[index, attr-defined]
    missing = client.post(API + "/paramsms", json=body, headers=keys)  # no error documented: an empty value
    assert missing.status_code == 200
    assert [m["text"] for m in messages(client, "mobyt")][-1] == "Hello Anna, order  shipped"


def test_group_send_uses_the_groups_setting(client: TestClient, keys: dict[str, str]) -> None:
    """POST /smstogroups sends to every number of the named groups (200); an unknown group is 400."""
    groups = {"customers": [NUMBER, "+393471234568"], "staff": [NUMBER]}
    client.patch(demo(client), json={"settings": {"groups": groups}})
    body = {"message_type": "L", "message": "Shop closed tomorrow.", "recipient": ["customers", "staff"]}
    answer = client.post(API + "/smstogroups", json=body, headers=keys)
    assert answer.status_code == 200 and answer.json()["total_sent"] == 2
    unknown = client.post(API + "/smstogroups", json={**body, "recipient": ["customers", "nobody"]}, headers=keys)
    assert (unknown.status_code, unknown.json()["result"]) == (400, "Groups not found: nobody")


def test_default_groups_are_the_spec_examples(client: TestClient, keys: dict[str, str]) -> None:
    """Without the `groups` setting an account has the example's groups `customers` and `staff`."""
    body = {"message_type": "L", "message": "Shop closed tomorrow.", "recipient": ["customers", "staff"]}
    answer = client.post(API + "/smstogroups", json=body, headers=keys)
    assert answer.status_code == 200 and answer.json()["total_sent"] == 4


# --- blacklist ----------------------------------------------------------------------------------------------
def test_blacklist_add_and_list(client: TestClient, keys: dict[str, str]) -> None:
    """Numbers are added one by one (200, no body) or in a batch (how many were new), then paged and filtered."""
    added = client.post(API + "/blacklist/sms", params={"phoneNumber": NUMBER}, headers=keys)
    assert (added.status_code, added.content) == (200, b"")
    advance(client, 60)
    batch = client.post(API + "/blacklist/smsbatch", json=[NUMBER, "00393471234568", "+393471234569"], headers=keys)
    assert (batch.status_code, batch.json()) == (200, 2)
    page = client.get(API + "/blacklist/sms", params={"pageSize": "2"}, headers=keys).json()
    assert (page["total"], [e["phoneNumber"] for e in page["blacklist"]]) == (3, ["+393471234568", "+393471234569"])
    assert page["blacklist"][0] == {"phoneNumber": "+393471234568", "addedDate": "2026-01-01 13:01:00", "origin": "API"}
    window = {"from": "2026-01-01 12:00:00", "to": "2026-01-01 12:00:30", "timezone": "UTC", "number": "4567"}
    assert client.get(API + "/blacklist/sms", params=window, headers=keys).json()["total"] == 1


def test_stop_reply_blacklists_the_sender(client: TestClient, keys: dict[str, str]) -> None:
    """An inbound STOP (Stop SMS service) adds its sender with origin STOPSMS; other inbound texts are refused."""
    event = {"provider": "mobyt", "from": NUMBER, "to": "MyShop", "text": " stop "}
    stop = client.post("/_sim/inbound", json=event)
    assert stop.status_code == 201 and stop.json()["origin"] == "STOPSMS"
    assert client.post("/_sim/inbound", json={**event, "text": "hi"}).status_code == 400
    listed = client.get(API + "/blacklist/sms", params={"origins": "STOPSMS,WEB"}, headers=keys).json()
    assert [e["origin"] for e in listed["blacklist"]] == ["STOPSMS"]
    assert client.get(API + "/blacklist/sms", params={"origins": "API"}, headers=keys).json()["total"] == 0


BATCH_INVALID = "Some of the phone numbers specified were badly formatted"
BLACKLIST_ERRORS = [
    # (request, status, result text)
    (lambda c, k: c.post(API + "/blacklist/sms", params={"phoneNumber": "393471234567"}, headers=k), 400,
     "Invalid recipient."),
    (lambda c, k: c.post(API + "/blacklist/sms", params={"phoneNumber": "+123"}, headers=k), 400, "Invalid recipient."),
    (lambda c, k: c.post(API + "/blacklist/sms", headers=k), 400, "phoneNumber is required"),
    (lambda c, k: c.post(API + "/blacklist/smsbatch", json=[NUMBER, "abc"], headers=k), 400, BATCH_INVALID),
    (lambda c, k: c.post(API + "/blacklist/smsbatch", json=[NUMBER, 5], headers=k), 400, BATCH_INVALID),
    (lambda c, k: c.post(API + "/blacklist/smsbatch", json={"n": NUMBER}, headers=k), 400,
     "The body must be a non-empty JSON array of phone numbers"),
    (lambda c, k: c.get(API + "/blacklist/sms", params={"from": "2026-01-01"}, headers=k), 400, None),
    (lambda c, k: c.get(API + "/blacklist/sms", params={"origins": "SMS"}, headers=k), 400, None),
    (lambda c, k: c.get(API + "/blacklist/sms", params={"timezone": "Nowhere"}, headers=k), 400, None),
]  # fmt: skip


@pytest.mark.parametrize(("provoke", "status", "text"), BLACKLIST_ERRORS)
def test_blacklist_errors(
    client: TestClient, keys: dict[str, str], provoke: Any, status: int, text: str | None
) -> None:
    """Malformed numbers are "Invalid recipient." (400) and a batch with one adds none; bad list filters are 400."""
    answer = provoke(client, keys)
    assert answer.status_code == status and answer.json()["result"] == (text or answer.json()["result"])
    assert client.get(API + "/blacklist/sms", headers=keys).json()["total"] == 0


# --- bad input, faults, methods, limits ---------------------------------------------------------------------
GARBAGE = [
    (b"{not json", "application/json"),
    (b"", "application/json"),
    (b"[1, 2]", "application/json"),
    (b"\xff\xfe\x00", "application/json"),
    (b"[" * 100000, "application/json"),
    (b'{"message_type": "N"}', "application/json"),
    (b'{"message_type": "N", "message": "x", "recipient": ["+393471234567"], "extra": 1}', "application/json"),
    (b"message_type=N&message=x", "application/x-www-form-urlencoded"),
]


@pytest.mark.parametrize("path", ["/sms", "/paramsms", "/smstogroups", "/blacklist/smsbatch"])
@pytest.mark.parametrize(("raw", "media"), GARBAGE)
def test_garbage_is_400_never_500(client: TestClient, keys: dict[str, str], path: str, raw: bytes, media: str) -> None:
    """Bodies that are not JSON, not the right shape or another content type get the documented 400."""
    answer = client.post(API + path, content=raw, headers={**keys, "content-type": media})
    assert answer.status_code == 400 and isinstance(answer.json()["result"], str)


def test_wrong_method_is_405_with_allow(client: TestClient, keys: dict[str, str]) -> None:
    """A method a path does not serve is 405 with an Allow header."""
    answer = client.put(API + "/sms/abc", headers=keys)
    assert answer.status_code == 405 and answer.headers["allow"] == "GET, DELETE"
    assert client.post(API + "/login", params=DEMO).headers["allow"] == "GET"


@pytest.mark.parametrize(
    ("operation", "status", "text"),
    [("getStatus", 400, "Other errors, details are in the body"),
     ("checkSession", 401, "User_key, Token or Session_key are invalid or not provided"),
     ("getDashboardUrl", 404, "The User_key was not found"),
     ("sendSmsToGroups", 400, "Groups could not be found, or other errors, details are in the body")],
)  # fmt: skip
def test_status_faults_carry_the_documented_body(
    client: TestClient, keys: dict[str, str], operation: str, status: int, text: str
) -> None:
    """A status fault answers with the body the operation documents for that status."""
    client.post("/_sim/faults", json={"kind": "status", "status": status, "operation": operation, "count": 1})
    path = {"getStatus": "/status", "checkSession": "/checksession", "getDashboardUrl": "/dashboard",
            "sendSmsToGroups": "/smstogroups"}[operation]  # fmt: skip
    request = client.post if operation == "sendSmsToGroups" else client.get
    answer = request(API + path, headers=keys)
    assert (answer.status_code, answer.json()) == (status, {"result": text})


def test_no_rate_limit_is_enforced(client: TestClient, keys: dict[str, str]) -> None:
    """No limit is documented: a burst of 60 sends is all accepted."""
    assert {send(client, keys).status_code for _ in range(60)} == {201}


# --- evidence (specs/evidence/mobyt/): the simulator answers each recorded send as the evidence reads ---------
def _evidence_sends() -> list[tuple[str, dict[str, Any]]]:
    import yaml

    folder = Path(__file__).resolve().parents[2] / "specs" / "evidence" / "mobyt"
    found = []
    for path in sorted(folder.glob("*.yaml")):
        item = yaml.safe_load(path.read_text(encoding="utf-8"))
        request, response = item.get("request") or {}, item.get("response") or {}
        if item["operation"] == "sendSms" and "body" in request and "status" in response:
            found.append((path.stem, item))
    return found


EVIDENCE_SENDS = _evidence_sends()


def test_the_evidence_holds_sends_to_check() -> None:
    """Every seed sample's send and the third-party clients' are there (a glob that finds nothing would pass)."""
    names = {name for name, _ in EVIDENCE_SENDS}
    assert {"seed-java-send", "seed-python-send", "seed-csharp-send", "seed-php-send", "seed-node-send",
            "seed-ruby-send", "seed-perl-send", "yetopen-aruba", "symfony-mobyt-transport"} <= names  # fmt: skip


@pytest.mark.parametrize(("name", "item"), EVIDENCE_SENDS, ids=[name for name, _ in EVIDENCE_SENDS])
def test_each_evidence_send_is_answered_as_it_reads(client: TestClient, name: str, item: dict[str, Any]) -> None:
    """The body a sample or client really sends (its key headers given real keys) gets the status its evidence
    file reads for it: 201 for what the platform takes, the documented 400 for what it refuses."""
    request, expected = item["request"], item["response"]["status"]
    token = "Access_token" in request.get("headers", {})
    keys = login(client, "/token" if token else "/login")
    answer = client.post(API + request["path"], content=json.dumps(request["body"]),
                         headers={**keys, "Content-Type": request["content_type"]})  # fmt: skip
    assert answer.status_code == expected, answer.text
    assert isinstance(answer.json().get("result"), str)
    assert len(messages(client, "mobyt")) == (len(request["body"]["recipient"]) if expected == 201 else 0)
