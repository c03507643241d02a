"""The Easify simulator answers as seeds/002 and the Easify fact sheet document, bodies and texts included."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import re
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from starlette.testclient import TestClient

from smskit_sim import Simulator, create_app
from smskit_sim.clock import FIXED_START
from tests.simulator.conftest import messages

API = "/easify/api/v2"
SEND = f"{API}/sms/send"
STATUS = f"{API}/sms/status"
NUMBERS = f"{API}/phone-numbers"
UPDATE = f"{API}/phone-numbers/update"
CHAT = f"{API}/sms/chat-history"
TEMPLATES = f"{API}/sms/templates"
REPORT = f"{API}/sms/report"
CAMPAIGN = f"{API}/sms/campaign/send"
ITEMS = f"{API}/sms/campaign/items"
AUTH = {"Authorization": "Bearer 1000|63a87e6f-8629-403c-9d76-af4ce97a6a08"}
OWN = "3205550100"  # the demo account's number +13205550100, written without country code
COUNTRIES = (
    "Currently, this service is only available in the following countries: Canada, United States, Israel, "
    "United Kingdom. Please verify the country code."
)


def send(client: TestClient, headers: dict[str, str] | None = None, **body: Any) -> httpx.Response:
    payload = {"from_number": OWN, "to_number": "3151350000", "country_code": "+1", "message": "Hai", **body}
    return client.post(
        SEND, json={k: v for k, v in payload.items() if v is not None}, headers=AUTH if headers is None else headers
    )


def account_id(sim: Simulator) -> str:
    return sim.demo["easify"].id


def settings(client: TestClient, sim: Simulator, **values: Any) -> None:
    assert client.patch(f"/_sim/accounts/{account_id(sim)}", json={"settings": values}).status_code == 200


def patch_account(client: TestClient, sim: Simulator, **values: Any) -> None:
    assert client.patch(f"/_sim/accounts/{account_id(sim)}", json=values).status_code == 200


def advance(client: TestClient, seconds: float) -> None:
    assert client.post("/_sim/clock", json={"advance": seconds}).status_code == 200


def status_of(client: TestClient, sms_id: str) -> dict[str, Any]:
    answer = client.get(STATUS, params={"sms_id": sms_id}, headers=AUTH)
    assert answer.status_code == 200
    data: dict[str, Any] = answer.json()["data"]
    return data


def php_json(payload: dict[str, Any]) -> str:
    return json.dumps(payload, separators=(",", ":"), ensure_ascii=True).replace("/", "\\/")


def campaign(client: TestClient, csv: bytes, headers: dict[str, str] | None = None, **fields: Any) -> httpx.Response:
    data = {"campaign_name": "Spring", "from_numbers": ["+13205550100"], "template_ids": ["1450"], **fields}
    files = {"recipients_file": ("recipients.csv", csv, "text/csv")} if csv else None
    return client.post(CAMPAIGN, data={k: v for k, v in data.items() if v is not None}, files=files,
                       headers=AUTH if headers is None else headers)  # fmt: skip


# --- send ------------------------------------------------------------------------------------------------------
def test_send_answers_the_documented_success_and_stores_the_message(client: TestClient) -> None:
    """A JSON send answers `" SMS Processed successfully."` with an sms_id, and stores one charged message."""
    answer = send(client)
    assert answer.status_code == 200
    body = answer.json()
    assert body["status"] is True and body["message"] == " SMS Processed successfully."
    (stored,) = messages(client, "easify")
    assert stored["id"] == body["data"]["sms_id"] == stored["group"]
    assert (stored["recipient"], stored["sender"]) == ("+13151350000", "+13205550100")
    assert (stored["encoding"], stored["segments"], stored["cost"], stored["status"]) == ("gsm", 1, 1.0, "queued")


def test_sms_ids_are_unique_and_repeat_after_a_reset(client: TestClient) -> None:
    """Ids look random (24 hex digits) and never repeat within a run, but the same sends after a reset get the
    same ids, so a failing run reproduces from a reset simulator."""
    first = [send(client).json()["data"]["sms_id"] for _ in range(3)]
    assert len(set(first)) == 3 and all(re.fullmatch(r"[0-9a-f]{24}", sms_id) for sms_id in first)
    assert client.post("/_sim/reset").status_code == 200
    assert [send(client).json()["data"]["sms_id"] for _ in range(3)] == first


def test_from_number_matches_on_its_national_part(client: TestClient) -> None:
    """The PHP sample's `+1…` spelling of the sender is the same number as the national one."""
    assert send(client, from_number="+13205550100").status_code == 200
    assert send(client, from_number="13205550100").status_code == 200
    assert send(client, from_number="+443205550100").json()["message"] == "Selected from number is invalid"


def test_unicode_parts_are_charged(client: TestClient, sim: Simulator) -> None:
    """A 71-character Unicode text takes 2 UCS-2 parts and costs 2 credits."""
    before = sim.demo["easify"].balance
    assert send(client, message="م" * 71).status_code == 200
    (stored,) = messages(client, "easify")
    assert (stored["encoding"], stored["segments"]) == ("ucs2", 2)
    assert before - sim.demo["easify"].balance == 2


def test_multipart_send_with_a_media_file_is_an_mms(client: TestClient, sim: Simulator) -> None:
    """A multipart send with a `media` file and no text is accepted as an MMS at the MMS price."""
    before = sim.demo["easify"].balance
    fields = {"from_number": OWN, "to_number": "3151350000", "country_code": "+1"}
    answer = client.post(SEND, data=fields, files={"media": ("cat.png", b"\x89PNG", "image/png")}, headers=AUTH)
    assert answer.status_code == 200
    assert before - sim.demo["easify"].balance == 3
    chat = client.get(CHAT, params={"sender": OWN, "receiver": "3151350000", "country_code": "+1"}, headers=AUTH)
    (record,) = chat.json()["data"]
    assert record["sms_type"] == "mms" and record["media_url"].endswith("/cat.png")


def test_json_send_with_a_media_url(client: TestClient) -> None:
    """In JSON `media` is a URL; it satisfies "required without message" and is kept on the record."""
    assert send(client, message=None, media="https://example.com/a.png").status_code == 200
    chat = client.get(CHAT, params={"sender": OWN, "receiver": "3151350000", "country_code": "+1"}, headers=AUTH)
    assert chat.json()["data"][0]["media_url"] == "https://example.com/a.png"


def test_body_fields_the_spec_does_not_have_are_refused(client: TestClient) -> None:
    """Every request body is closed in the spec: an unknown body field is a 422 naming it."""
    answer = send(client, colour="blue")
    text = "The colour field is prohibited."
    assert (answer.status_code, answer.json()) == (422, {"message": text, "errors": {"colour": [text]}})
    answer = client.patch(UPDATE, json={"phone_number_id": 1, "webhook_url": "http://x", "extra": 1}, headers=AUTH)
    assert answer.status_code == 422 and answer.json()["errors"] == {"extra": ["The extra field is prohibited."]}


def test_fields_given_as_query_parameters_are_read(client: TestClient) -> None:
    """The page labels the fields "Query Parameters": Laravel reads them from the query string too."""
    params = {"from_number": OWN, "to_number": "3151350000", "country_code": "+1", "message": "Hai"}
    assert client.post(SEND, params=params, headers=AUTH).status_code == 200


SEND_ERRORS = [
    # (name, status, body, how to provoke it)
    ("unauthenticated_missing", 401, {"status": False, "message": "Unauthenticated", "errors": []},
     lambda c: send(c, headers={"Accept": "application/json"})),
    ("unauthenticated_wrong", 401, {"status": False, "message": "Unauthenticated", "errors": []},
     lambda c: send(c, headers={"Authorization": "Bearer nope"})),
    ("from_number_required", 422,
     {"message": "The from_number is required.", "errors": {"from_number": ["The from number is required."]}},
     lambda c: send(c, from_number=None)),
    ("invalid_from_number", 400, {"status": False, "message": "Selected from number is invalid", "errors": []},
     lambda c: send(c, from_number="3150000000")),
    ("invalid_recipient", 400, {"status": False, "message": "InvalidRecipient!", "errors": []},
     lambda c: send(c, to_number="1234")),
    ("recipient_blacklisted", 400,
     {"status": False, "message": " Sorry, this recipient is blacklisted! ", "errors": []},
     lambda c: send(c, to_number="3151359990")),
    ("invalid_country_code", 422, {"message": COUNTRIES, "errors": {"country_code": [COUNTRIES]}},
     lambda c: send(c, country_code="+33")),
    ("country_code_required", 400,
     {"message": "The country code field is required.",
      "errors": {"country_code": ["The country code field is required."]}},
     lambda c: send(c, country_code=None)),
]  # fmt: skip


@pytest.mark.parametrize(("name", "status", "body", "provoke"), SEND_ERRORS, ids=[e[0] for e in SEND_ERRORS])
def test_send_errors_are_the_documented_ones(
    client: TestClient, name: str, status: int, body: Any, provoke: Any
) -> None:
    """Each documented send error comes with its HTTP status and exact body, and nothing is sent."""
    answer = provoke(client)
    assert (answer.status_code, answer.json()) == (status, body)
    assert messages(client, "easify") == []


def test_not_enough_credits(client: TestClient, sim: Simulator) -> None:
    """Without a credit for every part the send is refused with the documented 400."""
    patch_account(client, sim, balance=1)
    answer = send(client, message="x" * 161)
    assert answer.status_code == 400
    assert (
        answer.json()["message"] == "Sorry, you do not have enough credits to send this SMS. Please recharge for more."
    )
    assert messages(client, "easify") == [] and sim.demo["easify"].balance == 1


def test_missing_fields_are_reported_together_in_laravel_shape(client: TestClient) -> None:
    """Several broken rules give one 422 listing each field; the message is the first one."""
    answer = send(client, from_number=None, to_number=None, message=None, force_send=7)
    assert answer.status_code == 422
    body = answer.json()
    assert body["message"] == "The from_number is required." and "status" not in body
    assert body["errors"] == {
        "from_number": ["The from number is required."],
        "to_number": ["The to number field is required."],
        "message": ["The message field is required when media is not present."],
        "media": ["The media field is required when message is not present."],
        "force_send": ["The selected force send is invalid."],
    }


@pytest.mark.parametrize(
    ("content", "content_type"),
    [(b"{not json", "application/json"), (b"[1, 2]", "application/json"), (b"\xff\xfe", "application/json"),
     (b"[" * 100_000, "application/json"), (b"garbage", "text/plain"),
     (b"--x\r\nnonsense", "multipart/form-data; boundary=x"), (b"", "")],
)  # fmt: skip
def test_unreadable_bodies_read_as_no_input(client: TestClient, content: bytes, content_type: str) -> None:
    """A body Laravel cannot read counts as empty: the documented "from_number is required" 422, never a 500."""
    answer = client.post(SEND, content=content, headers={**AUTH, "content-type": content_type})
    assert answer.status_code == 422
    assert answer.json()["message"] == "The from_number is required."


def test_send_is_limited_to_fifteen_a_minute(client: TestClient) -> None:
    """The 16th send within a minute is 429 "Too many requests. Try again in <n> seconds", n until a token frees."""
    statuses = [send(client).status_code for _ in range(15)]
    assert statuses == [200] * 15
    answer = send(client)
    assert answer.status_code == 429
    body = answer.json()
    found = re.fullmatch(r"Too many requests\. Try again in (\d+) seconds", body["message"])
    assert found and 1 <= int(found.group(1)) <= 4  # 15 a minute: one token every 4 seconds
    assert body["status"] is False and body["errors"] == [] and answer.headers["retry-after"] == found.group(1)


def test_other_operations_are_limited_to_sixty_a_minute(client: TestClient) -> None:
    """Every other operation allows 60 calls a minute, each counted on its own: 60 at once, then one a second as
    the bucket refills (on wall time, so a slow machine earns the refill of the seconds it took, no more)."""
    started, statuses = time.monotonic(), list[int]()
    while 429 not in statuses and len(statuses) < 300:
        statuses.append(client.get(TEMPLATES, headers=AUTH).status_code)
    elapsed = time.monotonic() - started
    assert 429 in statuses and statuses[:60] == [200] * 60
    assert set(statuses[: statuses.index(429)]) == {200} and statuses.index(429) <= 60 + elapsed + 1
    assert client.get(NUMBERS, headers=AUTH).status_code == 200


CHAT_PARAMS = {"sender": OWN, "receiver": "3151350000", "country_code": "+1"}
DATES = {"from_date": "2026-01-01", "to_date": "2026-01-02"}
ALL_CALLS = [
    ("listPhoneNumbers", lambda c, h: c.get(NUMBERS, headers=h)),
    ("updatePhoneNumberWebhook",
     lambda c, h: c.patch(UPDATE, json={"phone_number_id": 1, "webhook_url": "x"}, headers=h)),
    ("sendSms", lambda c, h: send(c, headers=h)),
    ("getChatHistory", lambda c, h: c.get(CHAT, params=CHAT_PARAMS, headers=h)),
    ("listSmsTemplates", lambda c, h: c.get(TEMPLATES, headers=h)),
    ("getSmsStatus", lambda c, h: c.get(STATUS, params={"sms_id": "x"}, headers=h)),
    ("getSmsReport", lambda c, h: c.get(REPORT, params=DATES, headers=h)),
    ("sendSmsCampaign", lambda c, h: campaign(c, b"phone\n3151350000\n", headers=h)),
    ("listSmsCampaignItems", lambda c, h: c.get(ITEMS, params={"campaign_id": 1}, headers=h)),
]  # fmt: skip


@pytest.mark.parametrize(("op", "call"), ALL_CALLS, ids=[c[0] for c in ALL_CALLS])
def test_account_wide_answers_on_every_operation(client: TestClient, sim: Simulator, op: str, call: Any) -> None:
    """401 without a token, 402 once the subscription ended, 403 off the Enterprise plan: on every operation."""
    assert call(client, {}).json() == {"status": False, "message": "Unauthenticated", "errors": []}
    settings(client, sim, subscription_active=False)
    answer = call(client, AUTH)
    assert (answer.status_code, answer.json()["message"]) == (402, "You need to recharge your account to proceed")
    settings(client, sim, subscription_active=True, plan="basic")
    answer = call(client, AUTH)
    assert answer.status_code == 403 and answer.json()["message"].startswith("Access denied.")
    settings(client, sim, plan="enterprise")
    assert call(client, AUTH).status_code < 500


def test_a_switched_off_account_is_unauthenticated(client: TestClient, sim: Simulator) -> None:
    """An account switched off through the control API answers like a revoked token."""
    patch_account(client, sim, active=False)
    assert send(client).status_code == 401


# --- lifecycle, status, webhooks -------------------------------------------------------------------------------
def test_status_follows_the_lifecycle(client: TestClient) -> None:
    """GET /sms/status shows Pending, then Success once handed on, then Delivered."""
    sms_id = send(client).json()["data"]["sms_id"]
    assert status_of(client, sms_id) == {"status": "Pending", "remarks": ""}
    advance(client, 1)
    assert status_of(client, sms_id)["status"] == "Success"
    advance(client, 5)
    assert status_of(client, sms_id)["status"] == "Delivered"


@pytest.mark.parametrize(
    ("number", "word"),
    [("3151359993", "Undelivered"), ("3151359994", "Undelivered"), ("3151359992", "Failed"),
     ("3151359991", "Undelivered"), ("3151359997", "Success"), ("3151359996", "Delivered")],
)  # fmt: skip
def test_test_numbers_end_in_their_status(client: TestClient, number: str, word: str) -> None:
    """Accepted test numbers end as numbers.py says: failures with remarks, 9997 never reported."""
    sms_id = send(client, to_number=number).json()["data"]["sms_id"]
    advance(client, 10)
    found = status_of(client, sms_id)
    assert found["status"] == word
    assert bool(found["remarks"]) == (word in ("Undelivered", "Failed"))


def test_status_errors(client: TestClient) -> None:
    """A missing sms_id is the documented 422; an unknown one (or another account's) the 400."""
    answer = client.get(STATUS, headers=AUTH)
    assert answer.status_code == 422
    assert answer.json() == {
        "message": "The sms id field is required.",
        "errors": {"sms_id": ["The sms id field is required."]},
    }
    answer = client.get(STATUS, params={"sms_id": "3315**"}, headers=AUTH)
    assert answer.status_code == 400 and answer.json()["message"].startswith("Failed to fetch SMS Status")
    other = client.post("/_sim/accounts", json={"provider": "easify"}).json()
    token = {"Authorization": f"Bearer {other['credentials']['token']}"}
    sms_id = send(client).json()["data"]["sms_id"]
    assert client.get(STATUS, params={"sms_id": sms_id}, headers=token).status_code == 400


def test_outside_opening_hours_a_send_waits_for_the_next_opening(client: TestClient) -> None:
    """At 21:00 UTC (default hours 08:00-20:00) a send is Scheduled for 08:00 next day; force_send=1 goes now."""
    advance(client, 9 * 3600)
    held = send(client).json()["data"]["sms_id"]
    forced = send(client, force_send=1).json()["data"]["sms_id"]
    assert status_of(client, held)["status"] == "Scheduled" and status_of(client, forced)["status"] == "Pending"
    stored = {m["id"]: m for m in messages(client, "easify")}
    assert stored[held]["scheduled_at"] == "2026-01-02T08:00:00Z" and stored[forced]["scheduled_at"] is None
    advance(client, 10 * 3600)
    assert status_of(client, held)["status"] == "Scheduled"
    advance(client, 2 * 3600)
    assert status_of(client, held)["status"] == "Delivered"


def test_opening_hours_are_an_account_setting(client: TestClient, sim: Simulator) -> None:
    """Hours may wrap midnight; null means always open."""
    settings(client, sim, opening_hours="22:00-06:00")
    held = send(client).json()["data"]["sms_id"]
    assert status_of(client, held)["status"] == "Scheduled"
    assert messages(client, "easify")[0]["scheduled_at"] == "2026-01-01T22:00:00Z"
    settings(client, sim, opening_hours=None)
    assert status_of(client, send(client).json()["data"]["sms_id"])["status"] == "Pending"


@pytest.fixture
def receiver() -> Iterator[tuple[TestClient, list[dict[str, Any]]]]:
    """A simulator whose callbacks reach an in-process receiver that records each call."""
    received: list[dict[str, Any]] = []

    async def record(request: Request) -> Response:
        received.append({"url": str(request.url), "headers": dict(request.headers), "body": await request.body()})
        return JSONResponse({})

    app = Starlette(routes=[Route("/{path:path}", record, methods=["POST"])])
    transport = httpx.ASGITransport(app=app)
    with TestClient(create_app(callback_transport=transport, clock_start=FIXED_START), base_url="http://sim") as api:
        yield api, received


def test_final_status_is_posted_signed_to_the_account_webhook(
    receiver: tuple[TestClient, list[dict[str, Any]]],
) -> None:
    """Each final status is POSTed as JSON with X-Easify-Timestamp and the Base64-of-hex HMAC signature."""
    client, received = receiver
    sim: Simulator = client.app.state.sim  # type: ignore[attr-defined]
    patch_account(client, sim, webhook_url="http://hooks.test/status")
    sms_id = send(client, to_number="3151359993", message="Hai / é").json()["data"]["sms_id"]
    advance(client, 10)
    (call,) = received
    payload = json.loads(call["body"])
    assert payload == {"sms_id": sms_id, "sender": "+13205550100", "receiver": "+13151359993", "sms_type": "sms",
                       "message": "Hai / é", "media_url": "", "status": "Undelivered", "remarks": payload["remarks"],
                       "created_at": "2026-01-01 12:00:00"}  # fmt: skip
    assert payload["remarks"]
    digest = hmac.new(b"easify-sim-webhook-secret", php_json(payload).encode(), hashlib.sha256).hexdigest()
    assert call["headers"]["x-easify-signature"] == base64.b64encode(digest.encode()).decode()
    assert re.fullmatch(r"[A-Za-z0-9+/]{86}==", call["headers"]["x-easify-signature"])
    assert call["headers"]["x-easify-timestamp"].isdigit()


def test_webhook_secret_is_a_setting(receiver: tuple[TestClient, list[dict[str, Any]]]) -> None:
    """The signing key is the account's `webhook_secret` setting; reports of every final status are sent."""
    client, received = receiver
    sim: Simulator = client.app.state.sim  # type: ignore[attr-defined]
    patch_account(client, sim, webhook_url="http://hooks.test/status")
    settings(client, sim, webhook_secret="s3cret")
    send(client)
    send(client, to_number="3151359997")  # never reported
    advance(client, 10)
    (call,) = received
    payload = json.loads(call["body"])
    assert payload["status"] == "Delivered"
    digest = hmac.new(b"s3cret", php_json(payload).encode(), hashlib.sha256).hexdigest()
    assert call["headers"]["x-easify-signature"] == base64.b64encode(digest.encode()).decode()


# --- phone numbers and inbound ---------------------------------------------------------------------------------
def test_phone_numbers_list_and_pagination(client: TestClient) -> None:
    """Without limit every number comes with `links: []`; with limit the list is a Laravel page."""
    body = client.get(NUMBERS, headers=AUTH).json()
    assert body["message"] == "Phone Numbers" and body["links"] == [] and "meta" not in body
    (number,) = body["data"]
    assert number["number"] == "+13205550100" and number["approved"] == "Approved" and number["webhook_url"] is None
    assert re.fullmatch(r"\d{2}-\d{2}-\d{4} \d{2}:\d{2}:\d{2} (AM|PM)", number["created_at"])
    paged = client.get(NUMBERS, params={"limit": 10}, headers=AUTH).json()
    assert paged["links"]["prev"] is None and paged["meta"]["total"] == 1 and paged["meta"]["per_page"] == 10


def test_update_sets_the_webhook_and_inbound_sms_reach_it(receiver: tuple[TestClient, list[dict[str, Any]]]) -> None:
    """PATCH /phone-numbers/update sets a number's webhook_url; an inbound SMS is POSTed there and joins the chat."""
    client, received = receiver
    number_id = client.get(NUMBERS, headers=AUTH).json()["data"][0]["id"]
    answer = client.patch(
        UPDATE, json={"phone_number_id": number_id, "webhook_url": "http://hooks.test/in"}, headers=AUTH
    )
    assert answer.status_code == 200
    assert answer.json()["message"] == "Webhook URL updated successfully"
    assert answer.json()["data"]["webhook_url"] == "http://hooks.test/in"
    send(client)
    event = {"provider": "easify", "from": "+13151350000", "to": "+13205550100", "text": "Hai back"}
    recorded = client.post("/_sim/inbound", json=event)
    assert recorded.status_code == 201 and recorded.json()["send_by"] == "receiver"
    (call,) = received
    assert call["url"] == "http://hooks.test/in"
    assert json.loads(call["body"])["message"] == "Hai back" and json.loads(call["body"])["sender"] == "+13151350000"
    chat = client.get(CHAT, params={"sender": OWN, "receiver": "3151350000", "country_code": "+1"}, headers=AUTH).json()
    assert [(r["send_by"], r["message"]) for r in chat["data"]] == [("receiver", "Hai back"), ("sender", "Hai")]


def test_inbound_to_a_number_of_no_account_is_refused(client: TestClient) -> None:
    """The control API refuses an inbound SMS whose `to` is not one of the account's numbers."""
    event = {"provider": "easify", "from": "+13151350000", "to": "+13209999999", "text": "x"}
    assert client.post("/_sim/inbound", json=event).status_code == 400


def test_update_errors(client: TestClient) -> None:
    """Missing fields are the documented 422 bodies; an id of no number of the account is the 400."""
    answer = client.patch(UPDATE, json={"webhook_url": "http://x"}, headers=AUTH)
    assert (answer.status_code, answer.json()) == (422, {
        "message": "The phone number id field is required.",
        "errors": {"phone_number_id": ["The phone number field is required."]},
    })  # fmt: skip
    answer = client.patch(UPDATE, json={"phone_number_id": 1}, headers=AUTH)
    assert (answer.status_code, answer.json()) == (422, {
        "message": "The webhook url field is required.",
        "errors": {"webhook_url": ["The webhook url field is required."]},
    })  # fmt: skip
    answer = client.patch(UPDATE, json={"phone_number_id": 999, "webhook_url": "http://x"}, headers=AUTH)
    assert (answer.status_code, answer.json()) == (
        400,
        {"status": False, "message": "Invalid phone number id", "errors": []},
    )
    answer = client.patch(UPDATE, json={"phone_number_id": "abc", "webhook_url": "http://x"}, headers=AUTH)
    assert answer.status_code == 422 and answer.json()["errors"]["phone_number_id"] == [
        "The phone number id field must be an integer."
    ]


# --- chat history, templates, report ---------------------------------------------------------------------------
@pytest.mark.parametrize("missing", ["sender", "receiver", "country_code"])
def test_chat_history_requires_its_parameters(client: TestClient, missing: str) -> None:
    """Each missing chat-history parameter is a 422 naming it."""
    params = {k: v for k, v in {"sender": OWN, "receiver": "3151350000", "country_code": "+1"}.items() if k != missing}
    answer = client.get(CHAT, params=params, headers=AUTH)
    text = f"The {missing.replace('_', ' ')} field is required."
    assert (answer.status_code, answer.json()) == (422, {"message": text, "errors": {missing: [text]}})


def test_chat_history_pages_newest_first(client: TestClient) -> None:
    """limit/page split the conversation; the Laravel links and meta describe the page."""
    for text in ("one", "two", "three"):
        send(client, message=text)
    send(client, to_number="3151350001", message="elsewhere")
    params = {"sender": OWN, "receiver": "3151350000", "country_code": "+1", "limit": 1, "page": 2}
    body = client.get(CHAT, params=params, headers=AUTH).json()
    assert [r["message"] for r in body["data"]] == ["two"]
    assert body["meta"]["current_page"] == 2 and body["meta"]["last_page"] == 3 and body["meta"]["total"] == 3
    assert (body["meta"]["from"], body["meta"]["to"]) == (2, 2)
    assert body["links"]["prev"].endswith("/sms/chat-history?page=1")
    assert body["links"]["next"].endswith("/sms/chat-history?page=3")
    assert [link["label"] for link in body["meta"]["links"]] == ["« Previous", "1", "2", "3", "Next »"]


def test_templates_are_two_approved_ones_paginated(client: TestClient) -> None:
    """Two approved templates are seeded per account; limit pages them."""
    body = client.get(TEMPLATES, headers=AUTH).json()
    assert body["message"] == "SMS Templates" and [t["id"] for t in body["data"]] == [1450, 1452]
    paged = client.get(TEMPLATES, params={"limit": 1}, headers=AUTH).json()
    assert [t["name"] for t in paged["data"]] == ["Template 01"] and paged["meta"]["last_page"] == 2


def test_report_filters_and_orders(client: TestClient) -> None:
    """The report lists sent messages in the date range, filtered by receiver and status, in either order."""
    first = send(client, message="first").json()["data"]["sms_id"]
    advance(client, 10)
    send(client, to_number="3151359993", message="second")
    advance(client, 10)
    dates = {"from_date": "2026-01-01", "to_date": "2026-01-31"}
    body = client.get(REPORT, params=dates, headers=AUTH).json()
    assert [r["message"] for r in body["data"]] == ["second", "first"]
    body = client.get(REPORT, params={**dates, "order": "asc", "status": "Delivered"}, headers=AUTH).json()
    assert [r["message"] for r in body["data"]] == ["first"] and status_of(client, first)["status"] == "Delivered"
    body = client.get(REPORT, params={**dates, "receiver": "3151359993", "country_code": "+1"}, headers=AUTH).json()
    assert [(r["message"], r["status"]) for r in body["data"]] == [("second", "Undelivered")]
    assert (
        client.get(REPORT, params={"from_date": "2026-01-02", "to_date": "2026-01-03"}, headers=AUTH).json()["data"]
        == []
    )


REPORT_ERRORS = [
    ({"to_date": "2026-01-02"}, "from_date", "The from date field is required."),
    ({"from_date": "2026-01-02"}, "to_date", "The to date field is required."),
    ({"from_date": "2026-01-01", "to_date": "2026-01-02", "country_code": "+1"}, "receiver",
     "The receiver field is required when country code is present."),
    ({"from_date": "2026-01-01", "to_date": "2026-01-02", "receiver": "3151350000"}, "country_code",
     "The country code field is required when receiver is present."),
    ({"from_date": "2026-01-01", "to_date": "2026-02-15"}, "to_date",
     "The to date field must be a date before or equal to 2026-01-31."),
    ({"from_date": "2026-01-05", "to_date": "2026-01-01"}, "to_date",
     "The to date field must be a date after or equal to from date."),
    ({"from_date": "01/05/2026", "to_date": "2026-01-06"}, "from_date",
     "The from date field must match the format Y-m-d."),
]  # fmt: skip


@pytest.mark.parametrize(
    ("params", "field", "text"), REPORT_ERRORS, ids=[f"{e[1]}-{i}" for i, e in enumerate(REPORT_ERRORS)]
)
def test_report_errors(client: TestClient, params: dict[str, str], field: str, text: str) -> None:
    """Missing dates, a range over 30 days and a lone receiver / country_code are 422s in Laravel's shape."""
    answer = client.get(REPORT, params=params, headers=AUTH)
    assert (answer.status_code, answer.json()) == (422, {"message": text, "errors": {field: [text]}})


# --- campaigns -------------------------------------------------------------------------------------------------
def test_campaign_counts_recipients_and_lists_its_items(client: TestClient) -> None:
    """A CSV campaign answers recipients / valid / invalid counts; its items follow the lifecycle."""
    csv = (b"first_name,phone,country_code\nAda,3151350000,+1\nBob,7700900123,+44\nCy,12,+1\n"
           b"Di,3151359990,+1\nEd,5551234567,+33\n")  # fmt: skip
    answer = campaign(client, csv, template_ids=["1450", "1452"])
    assert answer.status_code == 200
    body = answer.json()
    assert body["message"] == "SMS Campaign Processed Successfully"
    data = body["data"]
    assert (data["recipients_in_file"], data["valid_recipients"], data["invalid_recipients"]) == (5, 2, 3)
    items = client.get(ITEMS, params={"campaign_id": data["campaign_id"]}, headers=AUTH).json()
    assert items["message"] == "SMS Campaign Items"
    assert [(i["receiver"], i["status"]) for i in items["data"]] == [
        ("+13151350000", "Pending"),
        ("+447700900123", "Pending"),
    ]
    assert [i["message"] for i in items["data"]] == ["This is test template. Reply STOP to opt-out.",
                                                    "This is test template 2. Reply STOP to opt-out."]  # fmt: skip
    advance(client, 10)
    items = client.get(ITEMS, params={"campaign_id": data["campaign_id"]}, headers=AUTH).json()
    assert {i["status"] for i in items["data"]} == {"Delivered"}
    assert {m["group"] for m in messages(client, "easify")} == {f"campaign-{data['campaign_id']}"}


def test_campaign_schedule_time_in_its_timezone(client: TestClient) -> None:
    """schedule_time is read in schedule_timezone: 2026-01-01 09:00 New York is 14:00 UTC."""
    data = campaign(client, b"3151350000\n", schedule_time="2026-01-01 09:00:00",
                    schedule_timezone="America/New_York").json()["data"]  # fmt: skip
    (item,) = client.get(ITEMS, params={"campaign_id": data["campaign_id"]}, headers=AUTH).json()["data"]
    assert item["status"] == "Scheduled" and item["scheduled_timezone"] == "America/New_York"
    assert messages(client, "easify")[0]["scheduled_at"] == "2026-01-01T14:00:00Z"


def test_campaign_items_beyond_the_balance_fail(client: TestClient, sim: Simulator) -> None:
    """Recipients the balance cannot pay for are kept as Failed items with no credits charged."""
    patch_account(client, sim, balance=1)
    data = campaign(client, b"phone\n3151350000\n3151350001\n").json()["data"]
    items = client.get(ITEMS, params={"campaign_id": data["campaign_id"]}, headers=AUTH).json()["data"]
    assert [(i["status"], i["credits"], i["remarks"]) for i in items] == [
        ("Pending", 1, None),
        ("Failed", 0, "Insufficient credits"),
    ]


CAMPAIGN_ERRORS = [
    ({"campaign_name": None}, "campaign_name", "The campaign name field is required."),
    ({"from_numbers": None}, "from_numbers", "The from numbers field is required."),
    ({"template_ids": None}, "template_ids", "The template ids field is required."),
    ({"csv": b""}, "recipients_file", "The recipients file field is required."),
    ({"from_numbers": ["+13209999999"]}, "from_numbers", "The selected from_numbers.0 is invalid."),
    ({"template_ids": ["1450", "77"]}, "template_ids", "The selected template_ids.1 is invalid."),
    ({"template_ids": ["abc"]}, "template_ids", "The template_ids.0 field must be an integer."),
    ({"schedule_time": "tomorrow"}, "schedule_time", "The schedule time field format is invalid."),
    ({"schedule_time": "2026-02-30 10:00:00"}, "schedule_time",
     "The schedule time field must match the format Y-m-d H:i:s."),
    ({"schedule_timezone": "Mars/Olympus"}, "schedule_timezone",
     "The schedule timezone field must be a valid timezone."),
    ({"csv": b"phone\n" + b"3151350000\n" * 10_001}, "recipients_file",
     "The recipients file may not contain more than 10000 recipients."),
]  # fmt: skip


@pytest.mark.parametrize(
    ("fields", "field", "text"), CAMPAIGN_ERRORS, ids=[f"{e[1]}-{i}" for i, e in enumerate(CAMPAIGN_ERRORS)]
)
def test_campaign_errors(client: TestClient, fields: dict[str, Any], field: str, text: str) -> None:
    """Missing or invalid campaign fields are 422s naming the field; nothing is sent."""
    csv = fields.pop("csv", b"phone\n3151350000\n")
    answer = campaign(client, csv, **fields)
    assert (answer.status_code, answer.json()) == (422, {"message": text, "errors": {field: [text]}})
    assert messages(client, "easify") == []


def test_campaign_file_must_be_a_file(client: TestClient) -> None:
    """A recipients_file sent as a text field, or a JSON body, is not a file."""
    data = {"campaign_name": "x", "from_numbers": "+13205550100", "template_ids": "1450", "recipients_file": "a,b"}
    answer = client.post(CAMPAIGN, data=data, headers=AUTH)
    assert answer.json()["errors"] == {"recipients_file": ["The recipients file field must be a file."]}
    answer = client.post(CAMPAIGN, json={**data, "template_ids": [1450]}, headers=AUTH)
    assert answer.json()["errors"] == {"recipients_file": ["The recipients file field must be a file."]}


def test_campaign_items_errors(client: TestClient) -> None:
    """campaign_id is required (documented 422); an id of no campaign of the account lists no items."""
    answer = client.get(ITEMS, headers=AUTH)
    text = "The campaign id field is required."
    assert (answer.status_code, answer.json()) == (422, {"message": text, "errors": {"campaign_id": [text]}})
    answer = client.get(ITEMS, params={"campaign_id": 42}, headers=AUTH)
    assert answer.status_code == 200 and answer.json()["data"] == [] and answer.json()["meta"]["total"] == 0


def test_long_lists_get_laravels_page_window(client: TestClient, sim: Simulator) -> None:
    """With many pages meta.links shows the ends and a slider around the current page, with "..." between."""
    patch_account(client, sim, rate_limit_scale=0)
    data = campaign(client, b"".join(b"31513%05d\n" % i for i in range(30))).json()["data"]
    body = client.get(ITEMS, params={"campaign_id": data["campaign_id"], "limit": 1, "page": 15}, headers=AUTH).json()
    labels = [link["label"] for link in body["meta"]["links"]]
    assert labels == [
        "« Previous",
        "1",
        "2",
        "...",
        "12",
        "13",
        "14",
        "15",
        "16",
        "17",
        "18",
        "...",
        "29",
        "30",
        "Next »",
    ]
    assert body["links"]["last"].endswith("?page=30") and body["meta"]["total"] == 30


# --- robustness ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("method", "path", "allow"),
    [("GET", SEND, "POST"), ("POST", NUMBERS, "GET, HEAD"), ("DELETE", UPDATE, "PATCH"), ("PUT", ITEMS, "GET, HEAD")],
)
def test_other_methods_are_405_with_allow(client: TestClient, method: str, path: str, allow: str) -> None:
    """A method the route does not take is Laravel's 405, with an Allow header."""
    answer = client.request(method, path, headers=AUTH)
    assert answer.status_code == 405 and answer.headers["allow"] == allow
    assert "is not supported for route" in answer.json()["message"]


@pytest.mark.parametrize("path", [UPDATE, CAMPAIGN])
@pytest.mark.parametrize(
    ("content", "content_type"),
    [(b"{not json", "application/json"), (b"null", "application/json"), (b'{"a": {"b": []}}', "application/json"),
     (b"\x00\xff", "multipart/form-data; boundary=zz"), (b"a=1&&=&b", "application/x-www-form-urlencoded")],
)  # fmt: skip
def test_garbage_never_yields_a_500(client: TestClient, path: str, content: bytes, content_type: str) -> None:
    """Unreadable input on the other write operations is the first documented "required" 422."""
    method = "PATCH" if path == UPDATE else "POST"
    answer = client.request(method, path, content=content, headers={**AUTH, "content-type": content_type})
    assert answer.status_code == 422 and "errors" in answer.json()


def test_odd_values_never_yield_a_500(client: TestClient) -> None:
    """Wrong JSON types, files in text fields and odd query values are answered, never with a 500."""
    calls = [
        send(client, from_number=3205550100, to_number=["x"], message={"a": 1}, force_send="1", lead_id=5),
        client.post(
            SEND, data={"from_number": OWN, "to_number": "1"}, files={"message": ("m.txt", b"x")}, headers=AUTH
        ),
        client.get(
            CHAT, params={"sender": OWN, "receiver": "1", "country_code": "1", "limit": "0", "page": "x"}, headers=AUTH
        ),
        client.get(NUMBERS, params={"limit": "-1", "page": "x"}, headers=AUTH),
        client.get(TEMPLATES, params={"limit": "abc"}, headers=AUTH),
        client.get(ITEMS, params={"campaign_id": "abc"}, headers=AUTH),
        client.get(
            REPORT, params={"from_date": "2026-02-30", "to_date": "x", "order": "up", "status": "Nope"}, headers=AUTH
        ),
    ]
    assert [a.status_code for a in calls] == [422, 422, 422, 200, 200, 422, 422]


@pytest.mark.parametrize(("status", "body"), [(500, {"message": "Server Error"}),
                                              (503, {"message": "Service Unavailable"})])  # fmt: skip
def test_undocumented_fault_statuses_answer_as_laravel(client: TestClient, status: int, body: Any) -> None:
    """A status fault with no documented Easify body answers Laravel's JSON error; the next call is normal."""
    client.post("/_sim/faults", json={"kind": "status", "status": status, "provider": "easify", "count": 1})
    answer = send(client)
    assert (answer.status_code, answer.json()) == (status, body)
    assert send(client).status_code == 200
