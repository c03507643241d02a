"""EasySendSMS through the overlay: batching, per-recipient results, errors and safe retries.

Every test taking `connect` runs against `EasySendSMS` and `AsyncEasySendSMS` alike (tests/overlay/parity.py).
"""

from __future__ import annotations

import datetime as dt
import logging

import httpx
import pytest

import smskit
from smskit import EasySendSMS
from smskit_sim.faults import DAMAGES
from tests.overlay import parity
from tests.overlay.conftest import SIM, settle, stored, unlimit
from tests.overlay.parity import Connect, Network, Twin

connect, mode = parity.connect, parity.mode  # the fixtures: each test taking `connect` runs sync and async

BASE = f"{SIM}/easysendsms"
KEY = "demouuv3f5rupyzq1e310tsq2hi1iio6"


def client(connect: Connect, **options: object) -> Twin:
    return connect(EasySendSMS, KEY, base_url=BASE, **options)


def numbers(count: int) -> list[str]:
    return [f"+1415{5550000 + i:07d}" for i in range(count)]


def test_send_returns_one_result_per_recipient_in_order(connect: Connect, control: httpx.Client) -> None:
    """Accepted, provider-rejected and locally rejected recipients come back in input order."""
    results = client(connect).send(["+14155550100", "14155559989", "1234", "+14155550100"], "Hi", sender="Shop")
    assert [r.status for r in results] == ["accepted", "rejected", "rejected", "accepted"]
    assert results[0].message_id == results[3].message_id  # the duplicate was sent once
    assert isinstance(results[1].error, smskit.InvalidRecipientError) and results[1].error.code == 4012
    assert isinstance(results[2].error, smskit.InputError) and results[2].error.field == "to[2]"
    sent = stored(control, "easysendsms")
    assert [(m["recipient"], m["id"]) for m in sent] == [("14155550100", results[0].message_id)]


def test_the_shortest_international_numbers_are_sent(connect: Connect, control: httpx.Client) -> None:
    """Tokelau's 7-digit numbers (+690 and four digits) pass the overlay's check and the simulator's alike."""
    (result,) = client(connect).send("+6907290", "Hi", sender="Shop")
    assert result.accepted and result.number == "+6907290"
    assert [m["recipient"] for m in stored(control, "easysendsms")] == ["6907290"]


def test_unicode_sets_the_type_and_is_charged_per_part(connect: Connect, control: httpx.Client) -> None:
    """A text with a character outside GSM-7 goes as type 1 (UCS-2) and its parts are counted as such."""
    (result,) = client(connect).send("+14155550100", "Olá 😀 " * 12, sender="Shop")
    assert result.accepted
    (message,) = stored(control, "easysendsms")
    assert (message["encoding"], message["segments"]) == ("ucs2", 2)


def test_a_scheduled_send_is_held_until_its_utc_time(connect: Connect, control: httpx.Client) -> None:
    """`schedule_at` in any time zone travels as EasySendSMS's UTC `scheduled`: the gateway holds the message
    until that instant."""
    when = dt.datetime.now(dt.timezone(dt.timedelta(hours=5, minutes=30))).replace(microsecond=0)
    when += dt.timedelta(days=2)
    (result,) = client(connect).send("+14155550100", "Later", sender="Shop", schedule_at=when)
    assert result.accepted and result.message_id
    (message,) = stored(control, "easysendsms")
    assert message["id"] == result.message_id and message["status"] == "scheduled"
    assert dt.datetime.fromisoformat(message["scheduled_at"]) == when


class _IdsForFewer(Network):
    """A gateway answering the send with one id fewer than the recipients it took (an answer no document shows)."""

    def after(self, request: httpx.Request, response: httpx.Response) -> httpx.Response:
        if not request.url.path.endswith("/sms/send") or response.status_code != 200:
            return response
        answer = response.json()
        answer["messageIds"] = answer["messageIds"][:-1]
        return httpx.Response(200, json=answer, request=request)


def test_fewer_ids_than_recipients_leaves_every_recipient_unknown(connect: Connect, control: httpx.Client) -> None:
    """Which id belongs to whom cannot be told when the count is off: the gateway took them all, so every
    recipient is unknown (never rejected, never re-sent) with an UnexpectedResponseError saying so."""
    wanted = ["+14155550100", "+14155550101", "+14155550102"]
    results = client(connect, network=_IdsForFewer()).send(wanted, "Hi", sender="Shop")
    assert [r.status for r in results] == ["unknown"] * 3
    assert all(isinstance(r.error, smskit.UnexpectedResponseError) for r in results)
    assert "2 ids for 3 recipients" in str(results[0].error)
    assert sorted(m["recipient"] for m in stored(control, "easysendsms")) == [w[1:] for w in wanted]


def test_bad_input_is_refused_before_any_request(connect: Connect, control: httpx.Client) -> None:
    """Too many parts, a missing sender and a naive schedule are InputErrors naming the field and rule."""
    sms = client(connect)
    with pytest.raises(smskit.InputError) as too_long:
        sms.send("+14155550100", "€" * 400, sender="Shop")
    assert (too_long.value.field, too_long.value.rule) == ("text", "max_parts")
    with pytest.raises(smskit.InputError, match="sender"):
        sms.send("+14155550100", "Hi")
    naive = dt.datetime(2030, 1, 1)
    with pytest.raises(smskit.InputError, match="timezone"):
        sms.send("+14155550100", "Hi", sender="Shop", schedule_at=naive)
    assert stored(control, "easysendsms") == []


def test_a_thousand_recipients_go_in_batches_of_thirty(connect: Connect, control: httpx.Client) -> None:
    """1,000 recipients are packed 30 per request, every one accepted once."""
    unlimit(control, "easysendsms")
    results = client(connect).send(numbers(1000), "Flash sale", sender="Shop")
    assert all(r.accepted for r in results)
    sent = [m["recipient"] for m in stored(control, "easysendsms")]
    assert len(sent) == len(set(sent)) == 1000


FAULTS = [
    {"kind": "status", "status": 503, "fraction": 0.3},  # 4009 "do NOT re-submit": outcome unknown
    {"kind": "status", "status": 500, "fraction": 0.3},  # 4008 internal error: outcome unknown
    {"kind": "status", "status": 429, "fraction": 0.3},  # not processed: retried
    {"kind": "status", "status": 520, "fraction": 0.3},  # undocumented: outcome unknown, no crash
    {"kind": "latency", "seconds": 0.001},
    {"kind": "drop", "fraction": 0.3},  # dropped before processing
    {"kind": "lose_answer", "fraction": 0.3},  # processed, answer lost
    # processed, then the answer damaged on its way back (garbage, half of it, a proxy's page, none in time...)
    *({"kind": "damage", "answer": answer, "fraction": 0.3} for answer in DAMAGES),
]


@pytest.mark.usefixtures("no_sleep")
@pytest.mark.parametrize("fault", FAULTS, ids=lambda f: f"{f['kind']}-{f.get('status', f.get('answer', ''))}")
def test_every_recipient_is_accounted_for_and_none_sent_twice(
    connect: Connect, control: httpx.Client, fault: dict[str, object]
) -> None:
    """Under each fault, 1,000 recipients end accepted, rejected with a reason, or unknown; none is sent twice."""
    unlimit(control, "easysendsms")
    control.post("/_sim/faults", json={**fault, "provider": "easysendsms", "operation": "sendSms"})
    results = client(connect).send(numbers(1000), "Flash sale", sender="Shop")
    assert len(results) == 1000
    assert all(r.status in ("accepted", "rejected", "unknown") for r in results)
    assert all(r.error is not None for r in results if not r.accepted)
    sent = [m["recipient"] for m in stored(control, "easysendsms")]
    assert len(sent) == len(set(sent)), "a recipient was sent twice"
    accepted = {r.number.removeprefix("+") for r in results if r.accepted and r.number}
    unknown = {r.number.removeprefix("+") for r in results if r.status == "unknown" and r.number}
    assert accepted <= set(sent) <= accepted | unknown
    if fault["kind"] in ("latency",) or fault.get("status") == 429:
        assert len(accepted) == 1000
    if fault["kind"] == "lose_answer":
        assert unknown and unknown & set(sent), "lost answers are reported unknown, not re-sent"


def test_client_side_rate_limit_keeps_clear_of_429(connect: Connect, control: httpx.Client) -> None:
    """In real time, 50 batches at the documented 30 requests/s get no 429 from the simulator."""
    settle(control, "easysendsms", balance=1e9)
    results = client(connect, max_retries=0).send(numbers(1500), "Hi", sender="Shop")
    assert all(r.accepted for r in results), {type(r.error).__name__ for r in results if r.error}
    assert len(stored(control, "easysendsms")) == 1500


@pytest.mark.usefixtures("no_sleep")
def test_balance_429_is_retried_after_the_stated_wait_then_surfaced(connect: Connect) -> None:
    """Past 2 balance calls a minute, the overlay waits Retry-After (virtually) and at last raises with it."""
    sms = client(connect, rate_limit=0)
    assert sms.balance().amount == 1000
    sms.balance()
    with pytest.raises(smskit.RateLimitedError) as limited:
        sms.balance()
    assert limited.value.retry_after is not None and limited.value.retry_after > 0
    assert len(smskit.testing.slept()) == 3  # max_retries waits, each the stated Retry-After


class _GarbledRetryAfter(Network):
    """The simulator behind a proxy that garbles every Retry-After header."""

    def after(self, request: httpx.Request, response: httpx.Response) -> httpx.Response:
        if "retry-after" in response.headers:
            response.headers["retry-after"] = "soon"
        return response


@pytest.mark.usefixtures("no_sleep")
def test_a_garbled_retry_after_falls_back_to_the_documented_wait(connect: Connect) -> None:
    """A Retry-After that is neither seconds nor a date counts as none: balance waits the documented 60 s
    (the spec's `x-smskit-rate-limit.retry_after`), retries, then surfaces the 429 with that wait."""
    sms = client(connect, network=_GarbledRetryAfter(), rate_limit=0)
    sms.balance()
    sms.balance()
    with pytest.raises(smskit.RateLimitedError) as limited:
        sms.balance()
    assert smskit.testing.slept() == [60.0, 60.0, 60.0]
    assert limited.value.retry_after == 60.0


class _BareRateLimit(Network):
    """The simulator behind a proxy that drops every Retry-After: a 429 as EasySendSMS documents it, bare."""

    def after(self, request: httpx.Request, response: httpx.Response) -> httpx.Response:
        if "retry-after" in response.headers:
            del response.headers["retry-after"]
        return response


@pytest.mark.usefixtures("no_sleep")
def test_balance_429_without_a_wait_waits_the_documented_60_seconds(connect: Connect) -> None:
    """A bare balance 429 (the documents give it no body and no header) is retried after the 60 s they state,
    not after a few seconds of backoff that the 2-a-minute limit would refuse again (failed before: 0.5-8 s)."""
    sms = client(connect, network=_BareRateLimit(), rate_limit=0)
    sms.balance()
    sms.balance()
    with pytest.raises(smskit.RateLimitedError) as limited:
        sms.balance()
    assert smskit.testing.slept() == [60.0, 60.0, 60.0]
    assert limited.value.retry_after == 60.0


@pytest.mark.usefixtures("no_sleep")
def test_a_bare_send_429_is_backed_off(connect: Connect, control: httpx.Client) -> None:
    """Send documents no wait: a bare 429 there is backed off (at most 8 s), not held for balance's 60 s."""
    settle(control, "easysendsms", rate_limit_scale=0.001)  # one send a second... then 429s
    sms = client(connect, network=_BareRateLimit(), rate_limit=0, max_retries=1)
    sms.send("+14155550100", "Hi", sender="Shop")
    (result,) = sms.send("+14155550101", "Hi", sender="Shop")
    assert result.status == "rejected" and isinstance(result.error, smskit.RateLimitedError)
    assert result.error.retry_after is None
    assert len(smskit.testing.slept()) == 1 and smskit.testing.slept()[0] <= 8


class _Rewrite(Network):
    """The simulator's send answer with its `messageIds` replaced: forms the documents show, or do not."""

    def __init__(self, ids: list[str]) -> None:
        self.ids = ids

    def after(self, request: httpx.Request, response: httpx.Response) -> httpx.Response:
        if request.url.path.endswith("/sms/send") and response.status_code == 200:
            body = {**response.json(), "messageIds": self.ids}
            return httpx.Response(200, json=body, request=request)
        return response


def test_the_first_readmes_joined_message_ids_are_read_per_recipient(connect: Connect) -> None:
    """The first README wrote one comma-joined entry ("ERR: 4012,OK: <id>"): each part is one recipient's
    result, in order (failed before: one entry for two recipients left both unknown)."""
    sms = client(connect, network=_Rewrite(["ERR: 4012,OK: 87b021d1-0f21-4c13-924a-65699dcde79e"]))
    results = sms.send(["+14155550100", "+14155550101"], "Hi", sender="Shop")
    assert [r.status for r in results] == ["rejected", "accepted"]
    assert isinstance(results[0].error, smskit.InvalidRecipientError) and results[0].error.code == 4012
    assert results[1].message_id == "87b021d1-0f21-4c13-924a-65699dcde79e"


def test_an_undocumented_result_word_is_unknown_not_rejected(connect: Connect) -> None:
    """`messageIds` words are open: one that is neither OK nor ERR may be a message the gateway took, so that
    recipient is unknown (failed before: reported rejected)."""
    sms = client(connect, network=_Rewrite(["OK: 69991a73-a560-429f-9c5a-3251dc1522bb", "QUEUED: 42"]))
    results = sms.send(["+14155550100", "+14155550101"], "Hi", sender="Shop")
    assert [r.status for r in results] == ["accepted", "unknown"]
    assert isinstance(results[1].error, smskit.UnexpectedResponseError)


def test_a_lookup_4011_is_surfaced_once_as_possibly_processed(connect: Connect, control: httpx.Client) -> None:
    """HLR and NV 4011 ("Invalid HLR / NV response.", 500) are `retry: unsafe` (spec reading 17): an outcome
    smskit cannot know (the lookup may have been made and charged), raised with the provider's code, and never
    repeated (failed before: the simulator never answered it)."""
    from easysendsms_client.models.number_query_request import NumberQueryRequest

    class Count(Network):
        calls = 0

        def before(self, request: httpx.Request) -> httpx.Response | None:
            Count.calls += 1
            return None

    settle(control, "easysendsms", balance=10)
    sms = client(connect, network=Count())
    for lookup, text in ((sms.hlr_query, "Invalid HLR response."), (sms.validate_numbers, "Invalid NV response.")):
        with pytest.raises(smskit.OutcomeUnknownError) as failed:
            lookup(NumberQueryRequest(number="12345679992"))
        assert (failed.value.status_code, failed.value.code, failed.value.description) == (500, 4011, text)
    assert Count.calls == 2  # one request each: never retried
    assert sms.balance().amount == 8  # each lookup was charged before it failed


@pytest.mark.usefixtures("no_sleep")
def test_connection_refused_is_retried_then_rejected(connect: Connect) -> None:
    """Nothing listens on port 9: the overlay retries the connection, then reports every recipient rejected."""
    sms = connect(EasySendSMS, KEY, base_url="http://127.0.0.1:9/easysendsms", real=True)
    results = sms.send(["+14155550100", "+14155550101"], "Hi", sender="Shop")
    assert [r.status for r in results] == ["rejected", "rejected"]
    assert all(isinstance(r.error, smskit.ConnectError) for r in results)
    assert len(smskit.testing.slept()) == smskit.DEFAULT_MAX_RETRIES


def test_errors_carry_provider_status_code_and_description(connect: Connect) -> None:
    """A wrong key is an AuthenticationError with the provider's own code and words (balance's own table)."""
    sms = connect(EasySendSMS, "wrong-key", base_url=BASE)
    with pytest.raises(smskit.AuthenticationError) as denied:
        sms.balance()
    error = denied.value
    assert (error.provider, error.status_code, error.code, error.description) == (
        "easysendsms",
        401,
        4003,
        "Invalid API key.",
    )
    assert isinstance(error, PermissionError) and error.response is not None


def test_the_key_never_appears_in_logs_reprs_or_errors(
    connect: Connect, control: httpx.Client, caplog: pytest.LogCaptureFixture
) -> None:
    """A canary key and message text appear in no log line, repr or exception string."""
    canary, text = "canary-key-7f3a9c", "secret text 12345"
    control.post("/_sim/accounts", json={"provider": "easysendsms"})
    caplog.set_level(logging.DEBUG)
    sms = connect(EasySendSMS, canary, base_url=BASE)
    with pytest.raises(smskit.AuthenticationError) as refused:  # about the account: raised, results attached
        sms.send(["+14155550100", "+14155559989"], text, sender="Shop")
    results = refused.value.results or []
    assert [r.status for r in results] == ["rejected", "rejected"]
    with pytest.raises(smskit.AuthenticationError) as denied:
        sms.balance()
    seen = [caplog.text, repr(sms.client), repr(results), str(denied.value), repr(denied.value)]
    seen += [str(refused.value), repr(refused.value)]
    seen += [str(r.error) for r in results if r.error]
    assert not [s for s in seen if canary in s or text in s]


def test_plain_http_is_refused_except_to_loopback(connect: Connect) -> None:
    """http:// to a real host is refused: the key would travel in clear."""
    with pytest.raises(smskit.InsecureURLError):
        connect(EasySendSMS, KEY, base_url="http://restapi.easysendsms.app", real=True)
    for loopback in ("http://[::1]:8787/easysendsms", "http://localhost:8787/easysendsms"):
        assert connect(EasySendSMS, KEY, base_url=loopback, real=True).base_url == loopback


def test_key_from_the_environment(monkeypatch: pytest.MonkeyPatch, connect: Connect) -> None:
    """EASYSENDSMS_API_KEY is read when no key is passed, as in the provider's own examples."""
    monkeypatch.setenv("EASYSENDSMS_API_KEY", KEY)
    assert connect(EasySendSMS, base_url=BASE).balance().amount == 1000
    monkeypatch.delenv("EASYSENDSMS_API_KEY")
    with pytest.raises(smskit.InputError, match="api_key"):
        connect(EasySendSMS, base_url=BASE)
