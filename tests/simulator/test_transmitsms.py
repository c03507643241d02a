"""The TransmitSMS simulator answers as seeds/003 and providers/transmitsms.md document, error block and all."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from urllib.parse import quote

import httpx
import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Route
from starlette.testclient import TestClient

from smskit._spec import load_spec
from smskit_sim import Simulator, create_app
from tests.simulator.conftest import messages

BASE = "/transmitsms"
AUTH = ("f81315e0d73b826c671def7d7e8f26e6", "demo-transmitsms-secret")
OK = {"code": "SUCCESS", "description": "OK"}
LIST_EXAMPLE = "61491570156"
FORM = {"content-type": "application/x-www-form-urlencoded"}
JSON = {"content-type": "application/json"}


def call(c: TestClient, method: str, *, get: bool = False, auth: Any = AUTH, **fields: Any) -> httpx.Response:
    """One API method, by POST with a form body (or by GET with query parameters); None leaves a field out."""
    fields = {k: v for k, v in fields.items() if v is not None}
    if get:
        return c.get(f"{BASE}/{method}.json", params=fields, auth=auth)
    return c.post(f"{BASE}/{method}.json", data=fields, auth=auth)


def ok(answer: httpx.Response) -> dict[str, Any]:
    assert answer.status_code == 200, answer.text
    body: dict[str, Any] = answer.json()
    assert body["error"] == OK
    return body


def code(answer: httpx.Response) -> tuple[int, str]:
    return answer.status_code, answer.json()["error"]["code"]


def described(answer: httpx.Response) -> tuple[str, Any]:
    error = answer.json()["error"]
    return error["code"], error["description"]


def demo_id(c: TestClient) -> str:
    sim: Simulator = c.app.state.sim  # type: ignore[attr-defined]
    return sim.demo["transmitsms"].id


def settle(c: TestClient, **account: Any) -> None:
    c.patch(f"/_sim/accounts/{demo_id(c)}", json=account)


def other_account(c: TestClient) -> tuple[str, str]:
    """A second TransmitSMS account (limits off), as Basic credentials."""
    created = c.post("/_sim/accounts", json={"provider": "transmitsms", "balance": 10}).json()
    c.patch(f"/_sim/accounts/{created['account_id']}", json={"rate_limit_scale": 0})
    return created["credentials"]["api_key"], created["credentials"]["api_secret"]


def send(c: TestClient, **fields: Any) -> httpx.Response:
    return call(c, "send-sms", **{"message": "Hello SMS", "to": "61477333222", **fields})


def new_list(c: TestClient, name: str = "Customer List", **fields: Any) -> int:
    list_id: int = ok(call(c, "add-list", name=name, **fields))["id"]
    return list_id


def advance(c: TestClient, seconds: float) -> None:
    assert c.post("/_sim/clock", json={"advance": seconds}).status_code == 200


def callbacks(c: TestClient) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = c.get("/_sim/callbacks", params={"provider": "transmitsms"}).json()["callbacks"]
    return found


@pytest.fixture
def api(client: TestClient) -> TestClient:
    """The client, with the demo account's 2 calls/s switched off (the rate-limit tests use `client`)."""
    settle(client, rate_limit_scale=0)
    return client


# --- sending --------------------------------------------------------------------------------------------------
def test_documented_send_example_is_charged_and_stored(api: TestClient) -> None:
    """The documented send (to and from 61477333222) costs 0.087 for one part and is stored as one message."""
    body = ok(send(api, **{"from": "61477333222"}))
    assert isinstance(body["message_id"], int)
    assert (body["recipients"], body["sms"], body["cost"], body["send_at"]) == (1, 1, 0.087, "2026-01-01 12:00:00")
    assert body["delivery_stats"] == {"delivered": 0, "pending": 0, "bounced": 0, "responses": 0, "optouts": 0}
    (stored,) = messages(api, "transmitsms")
    assert (stored["recipient"], stored["sender"], stored["group"]) == (
        "61477333222",
        "61477333222",
        str(body["message_id"]),
    )
    assert ok(call(api, "get-balance"))["balance"] == 999.913


def test_get_twin_and_query_merged_into_a_post(api: TestClient) -> None:
    """Every method also answers GET with query parameters, and a POST's query string joins its form fields."""
    assert ok(call(api, "send-sms", get=True, message="Hi", to="61477333222"))["recipients"] == 1
    merged = api.post(f"{BASE}/send-sms.json", params={"message": "Hi"}, data={"to": "61400000001"}, auth=AUTH)
    assert ok(merged)["recipients"] == 1
    assert [m["recipient"] for m in messages(api, "transmitsms")] == ["61477333222", "61400000001"]


def test_parts_and_length_limits(api: TestClient) -> None:
    """GSM-7 texts take 153 characters a part, Unicode 67; 612 GSM-7 (4 parts) is the most, 613 is refused."""
    assert ok(send(api, message="a" * 161))["sms"] == 2
    unicode = ok(send(api, message="م" * 71))
    assert (unicode["sms"], unicode["cost"]) == (2, 0.174)
    assert ok(send(api, message="a" * 612))["sms"] == 4
    assert code(send(api, message="a" * 613)) == (400, "FIELD_INVALID")
    assert code(send(api, message="م" * 269)) == (400, "FIELD_INVALID")
    assert [(m["encoding"], m["segments"]) for m in messages(api, "transmitsms")] == [
        ("gsm", 2),
        ("ucs2", 2),
        ("gsm", 4),
    ]


def test_recipients_are_converted_deduplicated_and_filtered(api: TestClient) -> None:
    """Local numbers are converted with `countrycode`; duplicates, invalid and unroutable numbers are dropped."""
    body = ok(send(api, to="0412345678, +61412345678,61400000001,1234,61400009992", countrycode="au"))
    assert (body["recipients"], body["cost"]) == (2, 0.174)
    assert sorted(m["recipient"] for m in messages(api, "transmitsms")) == ["61400000001", "61412345678"]
    assert code(send(api, to="0412345678")) == (400, "RECIPIENTS_ERROR")  # local, but no country given


def test_no_valid_recipient_is_recipients_error_listing_them(api: TestClient) -> None:
    """With nothing left to send to, RECIPIENTS_ERROR describes the failed and opted-out numbers."""
    answer = send(api, to="1234,61400009990")
    assert code(answer) == (400, "RECIPIENTS_ERROR")
    assert answer.json()["error"]["description"] == {"fails": ["1234"], "optouts": ["61400009990"]}
    assert messages(api, "transmitsms") == []


def test_to_or_list_id_is_required_and_at_most_500_numbers(api: TestClient) -> None:
    """Neither `to` nor `list_id` is the recorded FIELD_INVALID; 501 numbers are too many."""
    answer = call(api, "send-sms", message="Hi")
    assert answer.json()["error"] == {
        "code": "FIELD_INVALID",
        "description": "You must provide either 'list_id' or 'to'",
    }
    too_many = ",".join(str(61400000000 + i) for i in range(501))
    assert code(send(api, to=too_many)) == (400, "FIELD_INVALID")
    assert ok(send(api, to=too_many.rsplit(",", 1)[0]))["recipients"] == 500


@pytest.mark.parametrize("sender", ["61400000001", "61400000900", "Bad Sender!", "TwelveChars1"])
def test_bad_sender_is_bad_caller_id(api: TestClient, sender: str) -> None:
    """A number the account does not lease, an expired one, or a malformed sender ID is BAD_CALLER_ID."""
    assert code(send(api, **{"from": sender})) == (400, "BAD_CALLER_ID")


def test_leased_number_and_alphanumeric_senders_are_accepted(api: TestClient) -> None:
    """An active leased number (with or without `+`) and an alphanumeric ID are accepted; none means the pool."""
    for sender in ("+61418279031", "MyShop"):
        ok(send(api, **{"from": sender}))
    ok(send(api))
    assert [m["sender"] for m in messages(api, "transmitsms")] == ["61418279031", "MyShop", "61429997672"]


def test_ledger_error_when_the_balance_cannot_pay(api: TestClient) -> None:
    """Without money for every part the send is refused with LEDGER_ERROR and nothing is charged."""
    settle(api, balance=0.1)
    answer = send(api, to="61400000001,61400000002")
    assert code(answer) == (400, "LEDGER_ERROR")
    assert answer.json()["error"]["description"].startswith("There was a problem with payment")
    assert messages(api, "transmitsms") == [] and ok(call(api, "get-balance"))["balance"] == 0.1


# --- schedule, cancel, lifecycle, reports ------------------------------------------------------------------------
def test_scheduled_message_can_be_cancelled_once(api: TestClient) -> None:
    """A future `send_at` waits; cancel-sms answers success "OK", refunds, and a second cancel is ALREADY_SENT."""
    body = ok(send(api, send_at="2026-01-01 13:00:00"))
    assert body["send_at"] == "2026-01-01 13:00:00"
    advance(api, 600)
    assert messages(api, "transmitsms")[0]["status"] == "scheduled"
    assert ok(call(api, "cancel-sms", id=body["message_id"]))["success"] == "OK"
    assert messages(api, "transmitsms")[0]["status"] == "cancelled"
    assert ok(call(api, "get-balance"))["balance"] == 1000
    assert code(call(api, "cancel-sms", id=body["message_id"])) == (400, "ALREADY_SENT")


def test_cancel_after_sending_is_already_sent_and_unknown_is_not_found(api: TestClient) -> None:
    """Once a message has left it cannot be cancelled; an unknown id is NOT_FOUND as recorded."""
    sent = ok(send(api))["message_id"]
    advance(api, 2)
    answer = call(api, "cancel-sms", id=sent)
    assert described(answer) == ("ALREADY_SENT", "This message is already sent or can not be cancelled")
    unknown = call(api, "get-sms", message_id=339814842)
    assert unknown.json()["error"] == {"code": "NOT_FOUND", "description": "Message with this ID does not exist"}
    assert code(call(api, "cancel-sms", id=339814842)) == (400, "NOT_FOUND")


def test_send_at_in_the_past_sends_now(api: TestClient) -> None:
    """A past `send_at` is sent at once; an impossible date is FIELD_INVALID."""
    assert ok(send(api, send_at="2020-01-01 00:00:00"))["send_at"] == "2026-01-01 12:00:00"
    assert messages(api, "transmitsms")[0]["status"] == "queued"
    assert code(send(api, send_at="2026-02-30 10:00:00")) == (400, "FIELD_INVALID")


def test_delivery_reports_go_to_dlr_callback_by_get(api: TestClient) -> None:
    """Each final status is sent by GET to `dlr_callback`, keeping its query; no report for a silent number."""
    to = "61400000001,61400009993,61400009994,61400009997"
    message_id = ok(send(api, to=to, dlr_callback="http://127.0.0.1:9/dlr?ref=abc"))["message_id"]
    advance(api, 10)
    reports = callbacks(api)
    assert {r["method"] for r in reports} == {"GET"} and {r["url"] for r in reports} == {
        "http://127.0.0.1:9/dlr?ref=abc"
    }
    assert {r["params"]["mobile"]: r["params"]["status"] for r in reports} == {
        61400000001: "delivered", 61400009993: "hard-bounce", 61400009994: "soft-bounce"}  # fmt: skip
    first = reports[0]["params"]
    assert first["message_id"] == message_id and first["datetime"] == "2026-01-01 12:00:06"
    assert first["user_id"] == ok(call(api, "get-client"))["id"]


def test_statistics_follow_the_lifecycle(api: TestClient) -> None:
    """get-sms, get-sms-stats and get-sms-delivery-status report live counters and per-recipient states."""
    message_id = ok(send(api, to="61400000001,61400009993,61400009994,61400009997"))["message_id"]
    assert ok(call(api, "get-sms", message_id=message_id))["delivery_stats"]["pending"] == 4
    advance(api, 10)
    stats = ok(call(api, "get-sms-stats", get=True, message_id=message_id))["stats"]
    assert (stats["delivered"], stats["hard_bounced"], stats["soft_bounced"], stats["bounced"]) == (1, 1, 1, 2)
    assert (stats["pending"], stats["total"], stats["recipientCount"], stats["opt-outs"]) == (1, 4, 4, 0)
    got = ok(call(api, "get-sms", message_id=message_id))
    assert got["message"] == "Hello SMS" and got["delivery_stats"]["delivered"] == 1
    status = {n: ok(call(api, "get-sms-delivery-status", message_id=message_id, msisdn=n))["stats"]
              for n in (61400000001, 61400009993, 61400009997)}  # fmt: skip
    assert [s["status"] for s in status.values()] == ["delivered", "failed", "pending"]
    assert status[61400000001]["sender_id"] == 61429997672 and status[61400009997]["datetime"] is None
    assert code(call(api, "get-sms-delivery-status", message_id=message_id, msisdn=61400000002)) == (400, "NOT_FOUND")


def test_an_unreachable_callback_is_retried_after_1_min_5_min_1_h_and_24_h(api: TestClient) -> None:
    """The documented schedule, on the virtual clock: four retries after the first attempt, then no more."""
    ok(send(api, to="61400000001", dlr_callback="http://127.0.0.1:9/dlr"))
    advance(api, 10)  # the report's first attempt, at t=10; each retry's delay counts from the attempt before
    schedule = [(59, 1), (1, 2), (299, 2), (1, 3), (3599, 3), (1, 4), (86399, 4), (1, 5), (10 * 86400, 5)]
    for seconds, attempts in schedule:
        advance(api, seconds)
        assert [c["attempt"] for c in callbacks(api)] == list(range(1, attempts + 1))
    assert all("error" in c and c["params"]["status"] == "delivered" for c in callbacks(api))


def test_a_callback_is_retried_only_until_the_receiver_takes_it() -> None:
    """A receiver answering 503 gets the report again a minute later; once it answers 200 no retry follows."""
    answers = [503, 200]

    async def receive(request: Request) -> Response:
        return PlainTextResponse("", status_code=answers.pop(0) if answers else 500)

    receiver = httpx.ASGITransport(app=Starlette(routes=[Route("/dlr", receive)]))
    with TestClient(create_app(callback_transport=receiver), base_url="http://sim") as api:
        settle(api, rate_limit_scale=0)
        ok(send(api, to="61400000001", dlr_callback="http://hooks.test/dlr"))
        advance(api, 10)
        advance(api, 60)
        advance(api, 2 * 86400)
        assert [(c["attempt"], c["status"]) for c in callbacks(api)] == [(1, 503), (2, 200)]


def test_account_default_dlr_url(api: TestClient) -> None:
    """Without `dlr_callback` the report goes to the account's `dlr_callback` setting, else its webhook_url."""
    settle(api, webhook_url="http://127.0.0.1:9/hook")
    send(api)
    advance(api, 10)
    settle(api, settings={"dlr_callback": "http://127.0.0.1:9/default"})
    send(api)
    advance(api, 10)
    assert [r["url"] for r in callbacks(api)] == ["http://127.0.0.1:9/hook", "http://127.0.0.1:9/default"]


def test_get_sms_sent_filters_and_pages_recipients(api: TestClient) -> None:
    """get-sms-sent lists recipients with their delivery state, filtered by `delivery`, paged by `max`."""
    message_id = ok(send(api, to="61400000001,61400000002,61400009993"))["message_id"]
    advance(api, 10)
    body = ok(call(api, "get-sms-sent", message_id=message_id, max=2, page=2))
    assert body["page"] == {"count": 2, "number": 2} and body["total"] == 3
    assert [r["msisdn"] for r in body["recipients"]] == [61400009993]
    failed = ok(call(api, "get-sms-sent", message_id=message_id, delivery="failed"))
    assert [(r["msisdn"], r["delivery_status"]) for r in failed["recipients"]] == [(61400009993, "bounced")]
    assert failed["message"]["message_id"] == message_id and failed["message"]["recipients"] == 3


# --- replies ---------------------------------------------------------------------------------------------------
def test_reply_goes_to_reply_callback_and_is_listed(api: TestClient) -> None:
    """An injected reply is sent by GET to the message's `reply_callback` and listed by both response methods."""
    message_id = ok(send(api, to="61438333061", reply_callback="http://127.0.0.1:9/reply"))["message_id"]
    recorded = api.post("/_sim/inbound", json={"provider": "transmitsms", "from": "61438333061",
                                               "to": "61429997672", "text": "This is my reply"})  # fmt: skip
    assert recorded.status_code == 201 and recorded.json()["message_id"] == message_id
    (callback,) = callbacks(api)
    assert (callback["method"], callback["url"], callback["event"]) == ("GET", "http://127.0.0.1:9/reply", "reply")
    assert callback["params"]["response"] == "This is my reply" and callback["params"]["is_optout"] == "no"
    assert callback["params"]["mobile"] == 61438333061 and callback["params"]["longcode"] == 61429997672
    replies = ok(call(api, "get-sms-responses", message_id=message_id, include_original="true"))
    assert replies["total"] == 1 and replies["responses"][0]["original_message"] == "Hello SMS"
    assert replies["responses"][0]["msisdn"] == 61438333061
    assert ok(call(api, "get-user-sms-responses", get=True))["responses"][0]["message_id"] == message_id
    assert ok(call(api, "get-sms", message_id=message_id))["delivery_stats"]["responses"] == 1


def test_stop_reply_opts_the_number_out(api: TestClient) -> None:
    """A STOP reply opts the sender out: marked on the message, and skipped by later sends."""
    message_id = ok(send(api, to="61438333061"))["message_id"]
    api.post(
        "/_sim/inbound", json={"provider": "transmitsms", "from": "61438333061", "to": "61429997672", "text": "stop"}
    )
    assert ok(call(api, "get-sms-stats", message_id=message_id))["stats"]["opt-outs"] == 1
    only = ok(call(api, "get-sms-sent", message_id=message_id, optouts="only"))["recipients"]
    assert [(r["msisdn"], r["optout"]) for r in only] == [(61438333061, True)]
    answer = send(api, to="61438333061")
    assert code(answer) == (400, "RECIPIENTS_ERROR")
    assert answer.json()["error"]["description"]["optouts"] == ["61438333061"]


def test_response_queries_check_their_parameters(api: TestClient) -> None:
    """get-sms-responses needs `number` with `keyword`, a numeric `keyword_id`, and the caller's own message."""
    answer = call(api, "get-sms-responses", keyword="NEWS")
    assert answer.json()["error"]["description"] == "If you provide 'keyword', you must provide 'number'"
    answer = call(api, "get-sms-responses", keyword_id="abc")
    assert described(answer) == ("FIELD_INVALID", 'Field "keyword_id" has wrong type, expected type - numeric')
    foreign = ok(call(api, "send-sms", auth=other_account(api), message="Hi", to="61400000001"))["message_id"]
    answer = call(api, "get-sms-responses", message_id=foreign)
    assert answer.json()["error"] == {
        "code": "NO_ACCESS",
        "description": "You do not have access to this \u2018message\u2019",
    }
    assert code(call(api, "get-sms-responses")) == (400, "FIELD_INVALID")


def test_inbound_that_answers_nothing_is_refused_or_unsolicited(api: TestClient) -> None:
    """`reply_to` must name a message of the account sent to `from`; otherwise an inbound SMS is unsolicited."""
    bad = api.post("/_sim/inbound", json={"provider": "transmitsms", "from": "61400000001", "to": "61418279031",
                                          "text": "hi", "reply_to": "999"})  # fmt: skip
    assert bad.status_code == 400
    lone = api.post("/_sim/inbound", json={"provider": "transmitsms", "from": "61400000001", "to": "61418279031",
                                           "text": "hi"})  # fmt: skip
    assert lone.status_code == 201 and lone.json()["message_id"] is None
    (reply,) = ok(call(api, "get-user-sms-responses", number=61418279031))["responses"]
    assert (reply["message_id"], reply["longcode"]) == (0, 61418279031)


def test_an_injected_reply_is_listed_with_what_it_answers(api: TestClient) -> None:
    """GET /_sim/inbound lists what the provider took, with its `reply_to` and record; not what it refused."""
    message_id = ok(send(api, to="61438333061"))["message_id"]
    refused = api.post("/_sim/inbound", json={"provider": "transmitsms", "from": "61438333061", "to": "61429997672",
                                              "text": "hi", "reply_to": "999"})  # fmt: skip
    assert refused.status_code == 400
    taken = api.post("/_sim/inbound", json={"provider": "transmitsms", "from": "61438333061", "to": "61429997672",
                                            "text": "hi", "reply_to": message_id})  # fmt: skip
    assert taken.status_code == 201
    (listed,) = api.get("/_sim/inbound", params={"provider": "transmitsms"}).json()["inbound"]
    assert (listed["from"], listed["to"], listed["text"], listed["reply_to"]) == ("61438333061", "61429997672", "hi",
                                                                                  message_id)  # fmt: skip
    assert listed["recorded"] == taken.json() and listed["account_id"] == demo_id(api)


# --- number helpers and balance -----------------------------------------------------------------------------------
def test_format_number_documented_example(api: TestClient) -> None:
    """The documented Singapore example formats exactly as shown; country names work too."""
    body = ok(call(api, "format-number", msisdn="96112234", countrycode="SG"))
    assert body["number"] == {"countrycode": 65, "nationalnumber": 96112234, "national_leading_zeroes": 96112234,
                              "rawinput": None, "international": 6596112234, "type": 1, "isValid": True}  # fmt: skip
    assert (
        ok(call(api, "format-number", get=True, msisdn="(04) 1234 5678", countrycode="Australia"))["number"][
            "international"
        ]
        == 61412345678
    )
    invalid = ok(call(api, "format-number", msisdn="12", countrycode="au"))["number"]
    assert (invalid["isValid"], invalid["type"]) == (False, 10)
    assert code(call(api, "format-number", msisdn="0412345678", countrycode="Atlantis")) == (400, "FIELD_INVALID")


def test_format_number_without_msisdn_is_the_recorded_field_empty(api: TestClient) -> None:
    """A missing required field answers FIELD_EMPTY naming it, as recorded."""
    answer = call(api, "format-number", countrycode="AU")
    assert answer.json() == {"error": {"code": "FIELD_EMPTY", "description": "Required field 'msisdn' is empty"}}


def test_balance_and_currency(api: TestClient) -> None:
    """get-balance answers the balance and the account's currency."""
    settle(api, balance=73.954, settings={"currency": "SGD"})
    body = ok(call(api, "get-balance", get=True))
    assert (body["balance"], body["currency"]) == (73.954, "SGD")


# --- lists -----------------------------------------------------------------------------------------------------
def test_lists_with_custom_fields_in_both_shapes(api: TestClient) -> None:
    """add-list answers fields as an object, or name/value pairs with response_style=array; none is `[]`."""
    created = ok(call(api, "add-list", name="Customer List", field_1="Email", field_2="Postcode"))
    assert created["fields"] == {"field_1": "Email", "field_2": "Postcode"} and created["members_active"] == 0
    plain = ok(call(api, "add-list", name="Plain", response_style="array"))
    assert plain["fields"] == []
    arrayed = ok(call(api, "get-list", list_id=created["id"], response_style="array"))
    assert arrayed["fields"] == [{"name": "field_1", "value": "Email"}, {"name": "field_2", "value": "Postcode"}]
    assert code(call(api, "add-list", name="customer list")) == (400, "KEY_EXISTS")
    assert code(call(api, "add-list", name="Other", field_1="Email", field_2="")) == (400, "MISSING_PARAM")
    assert code(call(api, "add-list", name="Other", field_1=" \x0b", get=True)) == (400, "MISSING_PARAM")


def test_lists_are_paginated(api: TestClient) -> None:
    """get-lists pages by `max` with the `page` block and `lists_total`; `max` over 100 is FIELD_INVALID."""
    for i in range(3):
        new_list(api, f"List {i}")
    body = ok(call(api, "get-lists", get=True, max=2, page=2))
    assert body["page"] == {"count": 2, "number": 2} and body["lists_total"] == 3
    assert [lst["name"] for lst in body["lists"]] == ["List 2"]
    assert code(call(api, "get-lists", max=101)) == (400, "FIELD_INVALID")


def test_members_are_added_deleted_and_opted_out(api: TestClient) -> None:
    """Members carry their fields by name; deleted and opted-out ones cannot simply be added again."""
    list_id = new_list(api, field_1="Email")
    member = ok(call(api, "add-to-list", list_id=list_id, msisdn="0491 570 156", countrycode="AU",
                     first_name="Ella", field_1="ella@example.com"))  # fmt: skip
    assert (member["msisdn"], member["status"], member["fields"]) == (
        61491570156,
        "active",
        {"Email": "ella@example.com"},
    )
    assert code(call(api, "add-to-list", list_id=list_id, msisdn=LIST_EXAMPLE)) == (400, "KEY_EXISTS")
    assert ok(call(api, "delete-from-list", list_id=list_id, msisdn=LIST_EXAMPLE))["list_ids"] == [list_id]
    assert code(call(api, "add-to-list", list_id=list_id, msisdn=LIST_EXAMPLE)) == (400, "DUPLICATE_DELETED")
    ok(call(api, "add-to-list", list_id=list_id, msisdn="61491570157"))
    assert ok(call(api, "optout-list-member", list_id=list_id, msisdn=61491570157))["list_ids"] == [list_id]
    assert code(call(api, "add-to-list", list_id=list_id, msisdn="61491570157")) == (400, "OPTOUT")
    listed = ok(call(api, "get-list", list_id=list_id, members="inactive"))
    assert (listed["members_total"], listed["members_active"], len(listed["members"])) == (2, 0, 2)
    assert "members" not in ok(call(api, "get-list", list_id=list_id, members="none"))


def test_member_errors(api: TestClient) -> None:
    """Invalid numbers are BAD_MOBILE, unroutable ones or unknown countries BAD_MOBILE_COUNTRY."""
    list_id = new_list(api)
    assert code(call(api, "add-to-list", list_id=list_id, msisdn="1234")) == (400, "BAD_MOBILE")
    assert code(call(api, "add-to-list", list_id=list_id, msisdn="61400009992")) == (400, "BAD_MOBILE_COUNTRY")
    assert code(call(api, "add-to-list", list_id=list_id, msisdn="0491570156", countrycode="XX")) == (
        400, "BAD_MOBILE_COUNTRY")  # fmt: skip
    assert code(call(api, "add-to-list", list_id=list_id, msisdn="61400009990")) == (400, "OPTOUT")
    answer = call(api, "delete-from-list", list_id=list_id, msisdn="61400000001")
    assert described(answer) == ("NOT_FOUND", "Contact with such mobile does not exist in this list.")
    assert code(call(api, "optout-list-member", msisdn=61400000001)) == (400, "NOT_FOUND")


def test_lists_of_another_account_and_removed_lists(api: TestClient) -> None:
    """Another account's list is NO_ACCESS; a removed list is NOT_FOUND."""
    list_id = new_list(api)
    assert code(call(api, "get-list", list_id=list_id, auth=other_account(api))) == (400, "NO_ACCESS")
    assert ok(call(api, "remove-list", list_id=list_id)) == {"error": OK}
    assert code(call(api, "get-list", list_id=list_id)) == (400, "NOT_FOUND")


def test_send_to_a_list_fills_placeholders(api: TestClient) -> None:
    """A list send goes to active members, with names, custom fields and the tracked link filled in."""
    list_id = new_list(api, field_1="Email")
    call(api, "add-to-list", list_id=list_id, msisdn=LIST_EXAMPLE, first_name="Ella", field_1="e@x.example")
    call(api, "add-to-list", list_id=list_id, msisdn="61491570157", first_name="Brad")
    call(api, "optout-list-member", list_id=list_id, msisdn=61491570157)
    body = ok(send(api, to=None, list_id=list_id, message="Hi [firstname] ([Email]) [tracked-link]",
                   tracked_link_url="https://example.com/sale"))  # fmt: skip
    assert body["list"] == {"id": list_id, "name": "Customer List"} and body["recipients"] == 1
    status = ok(call(api, "get-sms-delivery-status", message_id=body["message_id"], msisdn=int(LIST_EXAMPLE)))
    assert status["stats"]["message"].startswith("Hi Ella (e@x.example) TapTh.is/")
    assert (
        ok(call(api, "get-sms", message_id=body["message_id"]))["message"] == "Hi [firstname] ([Email]) [tracked-link]"
    )


def test_list_without_active_members_is_list_empty(api: TestClient) -> None:
    """Sending to a list without active members is LIST_EMPTY."""
    answer = send(api, to=None, list_id=new_list(api))
    assert described(answer) == ("LIST_EMPTY", "The list you provided doesn't have active recipients.")


# --- numbers, keywords, clients ------------------------------------------------------------------------------------
def test_numbers_owned_available_and_leased(api: TestClient) -> None:
    """The documents' numbers are leased; leasing the documented 61417861086 charges 25 and moves it over."""
    owned = ok(call(api, "get-numbers", get=True))
    assert owned["filter"] == "owned" and 61436446702 in [n["number"] for n in owned["numbers"]]
    got = ok(call(api, "get-number", number=61418279031))
    assert (got["status"], got["auto_renew"], got["price"]) == ("active", True, 25.0)
    available = ok(call(api, "get-numbers", filter="available", max=100))
    assert set(available["numbers"][0]) == {"number", "price"} and available["numbers_total"] == 21
    leased = ok(call(api, "lease-number", number=61417861086, forward_url="https://example.com/in"))
    assert (leased["number"], leased["status"], leased["next_charge"]) == (61417861086, "active", "2026-01-31")
    assert ok(call(api, "get-balance"))["balance"] == 975
    answer = call(api, "lease-number", number=61417861086)
    assert answer.json()["error"] == {"code": "FIELD_INVALID", "description": "This number is not available for lease."}
    assert ok(call(api, "lease-number"))["number"] == 61400000101


def test_number_errors(api: TestClient) -> None:
    """A number not leased is FIELD_INVALID; a lease without money is LEDGER_ERROR."""
    answer = call(api, "get-number", number=61400000101)
    assert answer.json()["error"] == {"code": "FIELD_INVALID", "description": "This number is not leased to you."}
    settle(api, balance=10)
    assert code(call(api, "lease-number")) == (400, "LEDGER_ERROR")


def test_keywords_and_keyword_replies(api: TestClient) -> None:
    """Keywords live on leased numbers; a matching inbound SMS joins the keyword's list and is listed by keyword."""
    keyword = ok(call(api, "add-keyword", keyword="NEWS", number=61418279031, reference="Gym news",
                      members_message="Thanks", forward_url="http://127.0.0.1:9/news"))  # fmt: skip
    assert (keyword["member_message"], keyword["status"], keyword["list_id"] > 0) == ("Thanks", "open", True)
    assert code(call(api, "add-keyword", keyword="news", number=61418279031)) == (400, "KEY_EXISTS")
    assert code(call(api, "add-keyword", keyword="GYM", number=61400000101)) == (400, "FIELD_INVALID")
    edited = ok(call(api, "edit-keyword", keyword="NEWS", number=61418279031, welcome_message="Welcome", status="Open"))
    assert edited["welcome_message"] == "Welcome" and edited["status"] == "open"
    assert code(call(api, "edit-keyword", keyword="GYM", number=61418279031)) == (400, "NOT_FOUND")
    api.post("/_sim/inbound", json={"provider": "transmitsms", "from": "61400000001", "to": "61418279031",
                                    "text": "news please"})  # fmt: skip
    assert callbacks(api)[0]["url"] == "http://127.0.0.1:9/news"
    members = ok(call(api, "get-list", list_id=keyword["list_id"]))["members"]
    assert [m["msisdn"] for m in members] == [61400000001]
    by_name = ok(call(api, "get-sms-responses", keyword="news", number=61418279031))
    assert by_name["total"] == 1 and by_name == ok(call(api, "get-sms-responses", keyword_id=keyword["id"]))
    assert ok(call(api, "get-user-sms-responses", keywords="omit"))["total"] == 0
    listed = ok(call(api, "get-keywords", number=61418279031))
    assert listed["keywords_total"] == 1 and listed["keywords"][0]["keyword"] == "NEWS"


def test_reseller_clients(api: TestClient) -> None:
    """add-client creates a client that can call the API; its email cannot be used twice."""
    fields: dict[str, Any] = {"name": "Acme Plumbing", "email": "jo@acme.example", "password": "s3cret",
                              "msisdn": "61400000001", "api_secret": "client-secret"}  # fmt: skip
    client = ok(call(api, "add-client", **fields))
    assert (client["name"], client["msisdn"], client["timezone"]) == ("Acme Plumbing", 61400000001, "Australia/Sydney")
    duplicate = call(api, "add-client", **fields)
    assert duplicate.json()["error"] == {"code": "KEY_EXISTS", "description": "User already exists"}
    assert ok(call(api, "get-clients"))["clients_total"] == 1
    assert ok(call(api, "get-client", client_id=client["id"]))["email"] == "jo@acme.example"
    own = ok(call(api, "get-client", auth=(client["apikey"], "client-secret")))
    assert own["id"] == client["id"]
    assert code(call(api, "get-clients", auth=(client["apikey"], "client-secret"))) == (400, "NO_ACCESS")
    assert code(call(api, "get-client", client_id=1)) == (400, "NOT_FOUND")
    assert code(call(api, "add-client", **{**fields, "email": "not-an-email"})) == (400, "FIELD_INVALID")


# --- methods the spec lacked (each test failed before: the method answered NOT_IMPLEMENTED) -----------------------
TODAY, NEXT_WEEK = "2026-01-01", "2026-01-08"  # the fixed clock starts at 2026-01-01 12:00 UTC
LONG = "Long text " * 20  # 200 GSM characters: 2 parts


def test_sms_sent_count_counts_parts_within_seven_days(api: TestClient) -> None:
    """get-sms-sent-count: SMS parts sent in the window (default: the last 24 hours); start and end at most 7
    calendar days apart, as documented (the documented 2020-07-23..2020-07-30 is taken)."""
    ok(send(api, to="61491570156,61491570157", message=LONG))
    ok(send(api, to="61491570158", send_at="2026-01-05 00:00:00"))  # scheduled: not sent yet
    advance(api, 60)
    assert ok(call(api, "get-sms-sent-count"))["count"] == 4
    assert ok(call(api, "get-sms-sent-count", get=True, start=TODAY, end=NEXT_WEEK))["count"] == 4
    assert ok(call(api, "get-sms-sent-count", start="2020-07-23", end="2020-07-30"))["count"] == 0
    assert code(call(api, "get-sms-sent-count", start=TODAY, end="2026-01-09")) == (400, "FIELD_INVALID")


def test_user_sms_sent_lists_each_recipient_once(api: TestClient) -> None:
    """get-user-sms-sent: one row per recipient SMS sent in the (required) window, newest message first, with
    the numeric caller id and the delivery word; `msisdn` narrows it to one number."""
    first = ok(send(api, to="61491570156,61491570157", **{"from": "61477333222"}))["message_id"]
    second = ok(send(api, to="61491570156", **{"from": "MyShop"}))["message_id"]
    advance(api, 60)
    rows = ok(call(api, "get-user-sms-sent", start=TODAY, end=NEXT_WEEK))
    assert rows["total"] == 3 and [r["message_id"] for r in rows["messages"]] == [second, first, first]
    assert [r["caller_id"] for r in rows["messages"]] == ["MyShop", 61477333222, 61477333222]
    assert {r["status"] for r in rows["messages"]} == {"delivered"} and len({r["id"] for r in rows["messages"]}) == 3
    mine = ok(call(api, "get-user-sms-sent", get=True, start=TODAY, end=NEXT_WEEK, msisdn=61491570157))
    assert [(r["msisdn"], r["message"]) for r in mine["messages"]] == [(61491570157, "Hello SMS")]
    assert described(call(api, "get-user-sms-sent", start=TODAY)) == ("FIELD_EMPTY", "Required field 'end' is empty")


def test_contact_sms_stats_by_international_or_local_number(api: TestClient) -> None:
    """get-contact-sms-stats: the messages sent to one number, local numbers read with `countrycode`."""
    first = ok(send(api, to="61491570156"))["message_id"]
    second = ok(send(api, to="61491570156,61491570157"))["message_id"]
    advance(api, 60)
    stats = ok(call(api, "get-contact-sms-stats", mobile=61491570156))
    assert stats["total"] == 2 and [r["message_id"] for r in stats["records"]] == [first, second]
    assert {r["delivery_status"] for r in stats["records"]} == {"delivered"}
    local = ok(call(api, "get-contact-sms-stats", get=True, mobile=491570156, countrycode="AU", order="desc"))
    assert [r["message_id"] for r in local["records"]] == [second, first]
    assert ok(call(api, "get-contact-sms-stats", mobile=61491570156, end="2025-12-31"))["total"] == 0


def test_message_report_names_single_recipients_and_list_contacts(api: TestClient) -> None:
    """get-message-report: list sends are `campaign`, sends to numbers `api`; costs are negative, a message to one
    number names it and, with `list_id`, carries that contact's name and fields; `type` filters."""
    list_id = new_list(api, field_1="City")
    ok(call(api, "add-to-list", list_id=list_id, msisdn="61491570156", first_name="Ella", field_1="Sydney"))
    campaign = ok(send(api, to=None, list_id=list_id))["message_id"]
    single = ok(send(api, to="61491570156"))["message_id"]
    advance(api, 60)
    report = ok(call(api, "get-message-report", list_id=list_id))
    assert report["messages_total"] == 2 and report["sms_total"] == 2
    newest, oldest = report["messages"]
    assert (newest["id"], newest["type"], oldest["id"], oldest["type"]) == (single, "api", campaign, "campaign")
    assert newest["cost"] == -0.087 and newest["status"] == "completed" and newest["delivered"] == 1
    assert (newest["msisdn"], newest["first_name"], newest["fields"]) == (61491570156, "Ella", {"City": "Sydney"})
    only = ok(call(api, "get-message-report", get=True, type="campaign"))["messages"]
    assert [m["id"] for m in only] == [campaign]
    assert code(call(api, "get-message-report", start=TODAY, end="2026-02-15")) == (400, "FIELD_INVALID")


def test_get_contact_and_edit_list_member(api: TestClient) -> None:
    """get-contact reads a contact (a leading `+` taken); edit-list-member changes names and field values and keeps
    the rest; it refuses a contact that is not on the list, deleted or opted out, and a number that is none."""
    list_id = new_list(api, field_1="Email", field_2="Postcode")
    ok(call(api, "add-to-list", list_id=list_id, msisdn="61491570156", first_name="Ella", field_1="e@x.au"))
    contact = ok(call(api, "get-contact", list_id=list_id, msisdn="+61491570156"))
    assert (contact["first_name"], contact["status"]) == ("Ella", "active")
    assert contact["fields"] == {"Email": "e@x.au", "Postcode": ""}
    edited = ok(call(api, "edit-list-member", list_id=list_id, msisdn="61491570156", last_name="B", field_2="2000"))
    assert (edited["first_name"], edited["last_name"], edited["fields"]["Postcode"]) == ("Ella", "B", "2000")
    array = ok(call(api, "get-contact", get=True, list_id=list_id, msisdn="61491570156", response_style="array"))
    assert array["fields"] == [{"name": "Email", "value": "e@x.au"}, {"name": "Postcode", "value": "2000"}]
    assert code(call(api, "get-contact", list_id=list_id, msisdn="61491570157")) == (400, "NOT_FOUND")
    assert code(call(api, "edit-list-member", list_id=list_id, msisdn="61491570157")) == (400, "NOT_FOUND")
    assert code(call(api, "edit-list-member", list_id=list_id, msisdn="12ab")) == (400, "BAD_MOBILE")
    for then, refused in (("delete-from-list", "DUPLICATE_DELETED"), ("optout-list-member", "OPTOUT")):
        other = new_list(api, name=f"List {then}")
        ok(call(api, "add-to-list", list_id=other, msisdn="61491570158"))
        ok(call(api, then, list_id=other, msisdn="61491570158"))
        assert code(call(api, "edit-list-member", list_id=other, msisdn="61491570158")) == (400, refused)


def test_add_field_to_list_names_slots(api: TestClient) -> None:
    """add-field-to-list sets slot names (answered as `custom_n`, or name/value pairs); at least one is needed."""
    list_id = new_list(api, field_1="Email")
    assert ok(call(api, "add-field-to-list", list_id=list_id, field_4="Handset")) == {
        "custom_4": "Handset", "id": list_id, "error": OK}  # fmt: skip
    pairs = ok(call(api, "add-field-to-list", get=True, list_id=list_id, field_2="City", response_style="array"))
    assert pairs["fields"] == [{"name": "custom_2", "value": "City"}]
    fields = ok(call(api, "get-list", list_id=list_id))["fields"]
    assert fields == {"field_1": "Email", "field_2": "City", "field_4": "Handset"}
    xml = api.post(f"{BASE}/add-field-to-list.xml", data={"list_id": list_id, "field_5": "Handset"}, auth=AUTH)
    assert f"<custom_5>Handset</custom_5><id>{list_id}</id>" in xml.text  # as the reference's XML example
    assert code(call(api, "add-field-to-list", list_id=list_id)) == (400, "MISSING_PARAM")
    assert code(call(api, "add-field-to-list", list_id=list_id, field_3=" ")) == (400, "MISSING_PARAM")


def _csv(text: str) -> str:
    return "data:text/csv," + quote(text)


def test_bulk_import_and_its_progress(api: TestClient) -> None:
    """add-contacts-bulk imports a CSV (here a `data:` URL: the simulator reaches no network) into a new or an
    existing list; add-contacts-bulk-progress reports `in progress` until the import's time has passed, then the
    counts: existing and repeated numbers are duplicates (an existing contact is updated), blank or invalid rows
    skipped, opted-out numbers counted apart."""
    list_id = new_list(api, field_1="Postcode")
    ok(call(api, "add-to-list", list_id=list_id, msisdn="61491570156", first_name="Old"))
    ok(call(api, "add-to-list", list_id=list_id, msisdn="61491570159"))
    ok(call(api, "optout-list-member", list_id=0, msisdn=61491570159))
    rows = (
        "Firstname,Lastname,Mobile,Postcode\nJane,Doe,61491570156,2000\nJoe,,61491570157,3000\n"
        "Again,,61491570157,\n,,12ab,\n,,,\nOpted,,61491570160,\n"
    )
    api.post("/_sim/inbound", json={"provider": "transmitsms", "from": "61491570160", "to": "61429997672",
                                    "text": "STOP"})  # fmt: skip
    assert ok(call(api, "add-contacts-bulk", list_id=list_id, file_url=_csv(rows)))["list_id"] == list_id
    running = ok(call(api, "add-contacts-bulk-progress", list_id=list_id))
    assert running["status"] == "in progress" and running["importlength"] == 6
    advance(api, 2)
    done = ok(call(api, "add-contacts-bulk-progress", get=True, list_id=list_id))
    counts = ("status", "importlength", "completed", "duplicates", "skipped", "optout", "imported")
    assert [done[k] for k in counts] == ["completed", 6, 6, 2, 2, 1, 1]
    jane = ok(call(api, "get-contact", list_id=list_id, msisdn="61491570156"))
    assert (jane["first_name"], jane["fields"]) == ("Jane", {"Postcode": "2000"})
    created = ok(call(api, "add-contacts-bulk", get=True, name="Imported", field_1="Postcode",
                      file_url=_csv("mobile\n0491570161\n"), countrycode="AU"))["list_id"]  # fmt: skip
    advance(api, 2)
    assert ok(call(api, "get-list", list_id=created))["members"][0]["msisdn"] == 61491570161
    far = ok(call(api, "add-contacts-bulk", list_id=list_id, file_url="https://www.myserver.com/mylist.csv"))
    advance(api, 2)
    assert ok(call(api, "add-contacts-bulk-progress", list_id=far["list_id"]))["status"] == "failed"
    assert code(call(api, "add-contacts-bulk", file_url=_csv(rows))) == (400, "FIELD_INVALID")
    assert code(call(api, "add-contacts-bulk-progress", list_id=new_list(api, name="Empty"))) == (400, "NOT_FOUND")


def test_number_options_route_inbound_sms(api: TestClient) -> None:
    """edit-number-options: inbound SMS to the number go to its forward URL and add the sender to its list;
    a number the account does not lease is refused as get-number refuses it."""
    list_id = new_list(api)
    assert ok(call(api, "edit-number-options", number=61418279031, list_id=list_id,
                   forward_url="http://127.0.0.1:9/in", welcome_message="Hi!")) == {"error": OK}  # fmt: skip
    inbound = api.post("/_sim/inbound", json={"provider": "transmitsms", "from": "61491570156",
                                              "to": "61418279031", "text": "hello"})  # fmt: skip
    assert inbound.json()["callback_url"] == "http://127.0.0.1:9/in"
    assert ok(call(api, "get-contact", list_id=list_id, msisdn="61491570156"))["status"] == "active"
    refused = call(api, "edit-number-options", get=True, number=61400000001)
    assert described(refused) == ("FIELD_INVALID", "This number is not leased to you.")


def test_email_to_sms_addresses(api: TestClient) -> None:
    """add-email registers an address or a `*@domain`; delete-email removes one, or a whole domain; removing what
    is not registered is NOT_FOUND; a malformed address or a number not leased is FIELD_INVALID."""
    assert ok(call(api, "add-email", email="email@yourdomain.com", max_sms=2)) == {"success": True, "error": OK}
    ok(call(api, "add-email", get=True, email="two@yourdomain.com", number=61418279031))
    ok(call(api, "add-email", email="someone@else.com"))
    assert ok(call(api, "delete-email", email="*@yourdomain.com"))["success"] is True
    assert code(call(api, "delete-email", email="two@yourdomain.com")) == (400, "NOT_FOUND")
    ok(call(api, "delete-email", get=True, email="someone@else.com"))
    assert code(call(api, "add-email", email="not-an-address")) == (400, "FIELD_INVALID")
    assert code(call(api, "add-email", email="a@b.com", number=61400000001)) == (400, "FIELD_INVALID")
    assert code(call(api, "add-email", email="a@b.com", max_sms=5)) == (400, "FIELD_INVALID")


# --- callbacks, validation, transport --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("method", "fields"),
    [
        ("send-sms", {"message": "Hi", "to": "61400000001", "dlr_callback": "http://169.254.169.254/latest"}),
        ("send-sms", {"message": "Hi", "to": "61400000001", "reply_callback": "http://10.0.0.1/r"}),
        ("send-sms", {"message": "Hi", "to": "61400000001", "link_hits_callback": "http://127.0.0.1:9/hits"}),
        ("lease-number", {"forward_url": "http://metadata.google.internal/"}),
        ("add-keyword", {"keyword": "GO", "number": "61418279031", "forward_url": "http://[fe80::1]/x"}),
        ("edit-number-options", {"number": "61418279031", "forward_url": "http://192.168.1.10/in"}),
    ],
)
def test_private_callback_urls_are_taken(api: TestClient, method: str, fields: dict[str, Any]) -> None:
    """Callback URLs on link-local, private, loopback or internal hosts are taken: FIELD_UNSAFE is one third-party
    SDK's own client-side check, not a provider error (failed before: 400 FIELD_UNSAFE)."""
    ok(call(api, method, **fields))


def test_field_unsafe_is_in_no_error_table() -> None:
    """No operation of the spec lists FIELD_UNSAFE (failed before: eight operations did)."""
    spec = load_spec("transmitsms")
    listed = [op["operationId"] for item in spec["paths"].values() for op in item.values()
              if any(e["code"] == "FIELD_UNSAFE" for e in op.get("x-smskit-errors", []))]  # fmt: skip
    assert listed == []


def test_validation_errors_name_the_field(api: TestClient) -> None:
    """Empty required fields are FIELD_EMPTY (empty as PHP's trim() sees it: other control characters count);
    mistyped and out-of-range ones FIELD_INVALID."""
    assert call(api, "send-sms", message="", to="61400000001").json()["error"] == {
        "code": "FIELD_EMPTY", "description": "Required field 'message' is empty"}  # fmt: skip
    assert code(call(api, "send-sms", message=" \t\x0b", to="61400000001")) == (400, "FIELD_EMPTY")
    assert code(call(api, "send-sms", message="\x1f", to="61400000001"))[0] == 200
    assert code(send(api, validity="-1")) == (400, "FIELD_INVALID")
    assert code(send(api, to=None, list_id="x")) == (400, "FIELD_INVALID")
    assert code(call(api, "get-numbers", filter="mine")) == (400, "FIELD_INVALID")
    assert code(call(api, "get-sms", message_id=str(2**64))) == (400, "NOT_FOUND")  # no int64 limit documented
    assert code(call(api, "add-client", name="A", email="a@b.example", password="p", msisdn="1",
                     sms_margin="nan")) == (400, "FIELD_INVALID")  # fmt: skip


def test_fields_a_method_does_not_know_are_ignored(api: TestClient) -> None:
    """As the reference's own example shows (edit-list-member with `firstname` / `lastname`: 200, names not set)
    and a recording (get-user-sms-responses with `enddate`): an unknown field is ignored, by POST and by GET
    (failed before: 400 FIELD_INVALID 'Field "firstname" is not supported by this method')."""
    list_id = new_list(api)
    ok(call(api, "add-to-list", list_id=list_id, msisdn=LIST_EXAMPLE, first_name="Ella"))
    edited = ok(call(api, "edit-list-member", list_id=list_id, msisdn=LIST_EXAMPLE, firstname="Mike", lastname="G"))
    assert (edited["first_name"], edited["last_name"]) == ("Ella", None)
    ok(call(api, "get-user-sms-responses", get=True, enddate="2015-04-20 23:59:59"))
    assert ok(send(api, colour="blue"))["recipients"] == 1


def test_authentication(client: TestClient) -> None:
    """Basic auth: none is AUTH_FAILED_NO_DATA, wrong or not Basic is AUTH_FAILED; new accounts sign in."""
    assert call(client, "get-balance", auth=None).json() == {
        "error": {"code": "AUTH_FAILED_NO_DATA", "description": "You have not provided auth data."}}  # fmt: skip
    wrong = call(client, "get-balance", auth=("f81315e0d73b826c671def7d7e8f26e6", "nope"))
    assert wrong.json() == {
        "error": {"code": "AUTH_FAILED", "description": "The auth data you have provided is invalid."}
    }
    assert code(client.get(f"{BASE}/get-balance.json", headers={"Authorization": "Bearer x"})) == (401, "AUTH_FAILED")
    assert code(client.get(f"{BASE}/get-balance.json", headers={"Authorization": "Basic %%%"})) == (401, "AUTH_FAILED")
    assert code(call(client, "get-balance", apikey=AUTH[0], auth=None)) == (401, "AUTH_FAILED_NO_DATA")
    assert ok(call(client, "get-balance", auth=other_account(client)))["balance"] == 10
    settle(client, active=False)
    assert code(call(client, "get-balance")) == (401, "AUTH_FAILED")


def test_two_calls_a_second_then_over_limit(client: TestClient) -> None:
    """The third call within a second is HTTP 429 with OVER_LIMIT in the error block, whatever the method."""
    assert call(client, "get-balance").status_code == 200
    assert call(client, "get-lists", get=True).status_code == 200
    third = send(client)
    assert third.json() == {"error": {"code": "OVER_LIMIT", "description": "You have exceeded the request limit."}}
    assert third.status_code == 429 and int(third.headers["retry-after"]) >= 1
    assert messages(client, "transmitsms") == []


def test_paths_suffixes_and_methods(api: TestClient) -> None:
    """`/2/` is accepted, `.xml` answers XML, unknown methods NOT_IMPLEMENTED, no suffix a plain 404 page."""
    assert ok(api.get(f"{BASE}/2/get-balance.json", auth=AUTH))["currency"] == "AUD"
    assert ok(api.post(f"{BASE}//2/get-balance.json", auth=AUTH))["currency"] == "AUD"
    xml = api.get(f"{BASE}/get-balance.xml", auth=AUTH)
    assert xml.headers["content-type"].startswith("text/xml")
    assert "<response><balance>1000.0</balance><currency>AUD</currency><error><code>SUCCESS</code>" in xml.text
    assert "<code>AUTH_FAILED_NO_DATA</code>" in api.get(f"{BASE}/get-balance.xml").text
    unknown = api.get(f"{BASE}/get-everything.json", auth=AUTH)
    assert code(unknown) == (404, "NOT_IMPLEMENTED")
    page = api.get(f"{BASE}/get-balance", auth=AUTH)
    assert (page.status_code, page.text, page.headers["content-type"].split(";")[0]) == (
        404,
        "page not found",
        "text/plain",
    )
    put = api.put(f"{BASE}/send-sms.json", auth=AUTH)
    assert code(put) == (405, "NOT_IMPLEMENTED") and put.headers["allow"] == "GET, POST"


def test_reset_forgets_records_and_restarts_ids(api: TestClient) -> None:
    """After POST /_sim/reset lists and messages are gone and ids start over, so runs are reproducible."""
    first = ok(send(api))["message_id"]
    list_id = new_list(api)
    api.post("/_sim/reset")
    settle(api, rate_limit_scale=0)
    assert code(call(api, "get-list", list_id=list_id)) == (400, "NOT_FOUND")
    assert ok(send(api))["message_id"] == first and new_list(api) == list_id


@pytest.mark.parametrize(("status", "expected"), [(429, "OVER_LIMIT"), (401, "AUTH_FAILED_NO_DATA"), (500, None)])
def test_fault_statuses(api: TestClient, status: int, expected: str | None) -> None:
    """A status fault answers the documented body for that status, or a bare status line where none is documented."""
    api.post("/_sim/faults", json={"kind": "status", "status": status, "provider": "transmitsms", "count": 1})
    answer = send(api)
    assert answer.status_code == status
    if expected is None:
        assert answer.text == "Internal Server Error"
    else:
        assert answer.json()["error"]["code"] == expected
    assert send(api).status_code == 200


@pytest.mark.parametrize(
    "request_",
    [
        {"method": "POST", "url": "/send-sms.json", "content": b"\xff\xfe\x00garbage", "headers": FORM},
        {"method": "POST", "url": "/send-sms.json", "content": b'{"message": "x"}', "headers": JSON},
        {"method": "POST", "url": "/add-to-list.json", "content": b"list_id=%%%&msisdn=%ZZ&&&==", "headers": FORM},
        {"method": "GET", "url": "/get-sms-responses.json?start=9999-99-99&message_id=1e5"},
        {"method": "GET", "url": "/get-list.json?list_id=-1&page=0&max=0&members=%00"},
        {"method": "GET", "url": "/format-number.json?msisdn=%2B%2B%2B&countrycode=%00"},
        {"method": "GET", "url": "/send-sms.json?message=x&to=%2C%2C%2C&countrycode=zz"},
        {"method": "GET", "url": "/add-client.json?name=a&email=a@b.c&password=p&msisdn=1&sms_margin=inf"},
        {"method": "POST", "url": "/send-sms.json?message=[firstname]&to=61400000001&send_at=2026-13-01%2000:00:00"},
        {"method": "DELETE", "url": "/a/b/c.json"},
        {"method": "GET", "url": "/get-balance.json.json"},
    ],
)
def test_garbage_never_crashes(api: TestClient, request_: dict[str, Any]) -> None:
    """Unreadable bodies, wrong types and odd paths get a documented 4xx answer, never a 500."""
    answer = api.request(request_["method"], BASE + request_["url"], content=request_.get("content"),
                         headers=request_.get("headers"), auth=AUTH)  # fmt: skip
    assert 400 <= answer.status_code < 500


# --- every documented error ------------------------------------------------------------------------------------------
def _over_limit(c: TestClient) -> httpx.Response:
    settle(c, rate_limit_scale=1)
    return [call(c, "get-balance") for _ in range(3)][-1]


def _broke(c: TestClient) -> httpx.Response:
    settle(c, balance=0)
    return send(c)


def _already_sent(c: TestClient) -> httpx.Response:
    message_id = ok(send(c))["message_id"]
    advance(c, 2)
    return call(c, "cancel-sms", id=message_id)


def _no_access(c: TestClient) -> httpx.Response:
    return call(c, "get-list", list_id=new_list(c), auth=other_account(c))


def _member(c: TestClient, then: str) -> httpx.Response:
    list_id = new_list(c)
    ok(call(c, "add-to-list", list_id=list_id, msisdn=LIST_EXAMPLE))
    if then != "add":
        ok(call(c, then, list_id=list_id, msisdn=LIST_EXAMPLE))
    return call(c, "add-to-list", list_id=list_id, msisdn=LIST_EXAMPLE)


ERRORS: list[tuple[str, int, Callable[[TestClient], httpx.Response]]] = [
    ("AUTH_FAILED_NO_DATA", 401, lambda c: call(c, "get-balance", auth=None)),
    ("AUTH_FAILED", 401, lambda c: call(c, "get-balance", auth=("x", "y"))),
    ("NOT_IMPLEMENTED", 404, lambda c: c.get(f"{BASE}/no-such-method.json", auth=AUTH)),
    ("OVER_LIMIT", 429, _over_limit),
    ("FIELD_EMPTY", 400, lambda c: call(c, "send-sms", to="61400000001")),
    ("FIELD_INVALID", 400, lambda c: call(c, "send-sms", message="Hi")),
    ("NO_ACCESS", 400, _no_access),
    ("KEY_EXISTS", 400, lambda c: _member(c, "add")),
    ("NOT_FOUND", 400, lambda c: call(c, "get-sms", message_id=339814842)),
    ("LEDGER_ERROR", 400, _broke),
    ("BAD_CALLER_ID", 400, lambda c: send(c, **{"from": "61400000001"})),
    ("RECIPIENTS_ERROR", 400, lambda c: send(c, to="1234")),
    ("LIST_EMPTY", 400, lambda c: send(c, to=None, list_id=new_list(c))),
    ("ALREADY_SENT", 400, _already_sent),
    ("MISSING_PARAM", 400, lambda c: call(c, "add-list", name="L", field_1=" ")),
    ("BAD_MOBILE", 400, lambda c: call(c, "add-to-list", list_id=new_list(c), msisdn="12ab")),
    ("BAD_MOBILE_COUNTRY", 400, lambda c: call(c, "add-to-list", list_id=new_list(c), msisdn="61400009992")),
    ("OPTOUT", 400, lambda c: _member(c, "optout-list-member")),
    ("DUPLICATE_DELETED", 400, lambda c: _member(c, "delete-from-list")),
]


@pytest.mark.parametrize(("error", "status", "provoke"), ERRORS, ids=[e[0] for e in ERRORS])
def test_documented_errors(api: TestClient, error: str, status: int, provoke: Callable[[TestClient], Any]) -> None:
    """Each documented error code comes with its HTTP status and the `error` block."""
    answer = provoke(api)
    assert code(answer) == (status, error)
    assert set(answer.json()) == {"error"} and set(answer.json()["error"]) == {"code", "description"}


def test_every_documented_error_code_is_provoked() -> None:
    """The table above covers every code in the spec's x-smskit-errors, root and operations."""
    spec = load_spec("transmitsms")
    documented = {e["code"] for e in spec["x-smskit-errors"]}
    for item in spec["paths"].values():
        for operation in item.values():
            documented |= {e["code"] for e in operation.get("x-smskit-errors", [])}
    assert documented == {e[0] for e in ERRORS}
