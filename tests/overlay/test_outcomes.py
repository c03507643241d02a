"""Named regressions of the outcome rule: each case an adversary found, on every provider it applies to.

`rejected` only for a documented "not processed" refusal or a connection never made; whatever happens after a
request may have left is `unknown`, and `send()` gives every recipient one result instead of raising.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest

import smskit
from tests.overlay import parity
from tests.overlay.conftest import SIM, stored, unlimit
from tests.overlay.demo import PROVIDERS
from tests.overlay.parity import Connect, Network, Twin

connect, mode = parity.connect, parity.mode  # the fixtures: each test taking `connect` runs sync and async

SEND_OPERATION = {"ezzysms": "sendMessage"}
SENDERS = {"easysendsms": "Shop"}
UNREADABLE = ["garbage", "truncated", "empty", "empty_object", "empty_array", "html"]


def _client(provider: str, connect: Connect, **options: Any) -> Twin:
    """`provider`'s client (sync or async) on the simulator, its client-side limiter off (the simulator's is off
    too)."""
    credentials, path, _, _ = PROVIDERS[provider]
    return connect(provider, **credentials, base_url=SIM + path, rate_limit=0, **options)


def _fault(control: httpx.Client, provider: str, **fault: Any) -> None:
    fault.setdefault("operation", SEND_OPERATION.get(provider, "sendSms"))
    answer = control.post("/_sim/faults", json={"provider": provider, **fault})
    assert answer.status_code == 201, answer.text


def _recipients(provider: str, count: int) -> list[str]:
    return [f"+1415555{100 + i:04d}" for i in range(count)]


@pytest.mark.parametrize("answer", UNREADABLE)
@pytest.mark.parametrize("provider", sorted(PROVIDERS))
def test_an_unreadable_answer_after_processing_is_unknown_never_rejected(
    provider: str, answer: str, connect: Connect, control: httpx.Client
) -> None:
    """Non-JSON, truncated, empty, `{}`, `[]` or a proxy's HTML 200 after the provider stored the send: every
    recipient of that request is unknown (it was `rejected` with UnexpectedResponseError, and re-sent by callers)."""
    unlimit(control, provider)
    _fault(control, provider, kind="damage", answer=answer)
    results = _client(provider, connect).send(_recipients(provider, 3), "Hi", sender=SENDERS.get(provider))
    taken = {m["recipient"].lstrip("+") for m in stored(control, provider)}
    assert taken, "the simulator processed the send"
    for result in results:
        assert result.status != "rejected", (answer, result)
        if result.number and result.number.lstrip("+") in taken:
            assert result.status in ("accepted", "unknown")


@pytest.mark.parametrize("provider", sorted(PROVIDERS))
def test_a_204_gives_every_recipient_a_result(provider: str, connect: Connect, control: httpx.Client) -> None:
    """A 204 (a 2xx the generated parser returns None for) raised AttributeError out of send(): with 90
    EasySendSMS recipients, 90 were stored and the caller got no results at all. Now: 90 results, unknown."""
    unlimit(control, provider)
    _fault(control, provider, kind="damage", answer="no_content")
    wanted = _recipients(provider, 90)
    results = _client(provider, connect).send(wanted, "Hi", sender=SENDERS.get(provider))
    assert [r.recipient for r in results] == wanted
    assert {r.status for r in results} == {"unknown"}
    assert len(stored(control, provider)) == 90


@pytest.mark.parametrize("provider", sorted(PROVIDERS))
def test_a_proxy_error_page_after_processing_is_unknown(provider: str, connect: Connect, control: httpx.Client) -> None:
    """A proxy's HTML 502 / 504 carries no body of the provider's: nothing says it refused the send. EzzySMS
    mapped any 502 to `rejected` (its own 502 RejectedByGateway), even one with no EzzySMS body."""
    unlimit(control, provider)
    for answer in ("proxy_502", "proxy_504"):
        _fault(control, provider, kind="damage", answer=answer, count=1)
        (result,) = _client(provider, connect).send(_recipients(provider, 1), "Hi", sender=SENDERS.get(provider))
        assert result.status == "unknown", (answer, result)
        assert isinstance(result.error, smskit.OutcomeUnknownError)


def test_ezzysms_own_502_body_is_still_a_refusal(connect: Connect, control: httpx.Client) -> None:
    """The rule is about evidence, not status: EzzySMS's documented 502 RejectedByGateway body, answered instead
    of processing, is a refusal (and the simulator stored nothing)."""
    _fault(control, "ezzysms", kind="status", status=502, operation="sendMessage")
    (result,) = _client("ezzysms", connect).send("+14155550100", "Hi")
    assert result.status == "rejected" and result.error is not None and result.error.code == 502
    assert stored(control, "ezzysms") == []


FOLLOW_UPS = {"transmitsms": "getSmsSent", "mobyt": "getSmsState"}
READ_FAILURES = [
    {"kind": "status", "status": 429},
    {"kind": "status", "status": 400},
    {"kind": "status", "status": 404},
    {"kind": "status", "status": 500},
    {"kind": "status", "status": 503},
    {"kind": "drop"},
    {"kind": "damage", "answer": "garbage"},
]


# The follow-up read of each provider, as the network sees it.
FOLLOW_UP_REQUEST = {
    "transmitsms": lambda r: r.url.path.endswith("/get-sms-sent.json"),
    "mobyt": lambda r: r.method == "GET" and "/sms/" in r.url.path,
}


class _RefuseConnections(Network):
    """The network under the client refusing connections for some requests, as a firewall or a dead node would."""

    def __init__(self, refuse: Any) -> None:
        self.refuse = refuse

    def before(self, request: httpx.Request) -> httpx.Response | None:
        if self.refuse(request):
            raise httpx.ConnectError("connection refused", request=request)
        return None


@pytest.mark.usefixtures("no_sleep")
@pytest.mark.parametrize("failure", [*READ_FAILURES, "refused"], ids=str)
@pytest.mark.parametrize("provider", sorted(FOLLOW_UPS))
def test_a_failed_follow_up_read_never_rejects_an_accepted_recipient(
    provider: str, failure: Any, connect: Connect, control: httpx.Client
) -> None:
    """When a send is taken short (a blacklisted number among them) and the read that says who was taken fails
    (429, 4xx, 5xx, a dropped or refused connection), the taken recipients are unknown with the reference to
    check, never rejected."""
    unlimit(control, provider)
    network = None
    if failure == "refused":
        network = _RefuseConnections(FOLLOW_UP_REQUEST[provider])
    else:
        _fault(control, provider, operation=FOLLOW_UPS[provider], **failure)
    wanted = ["+14155550100", "+14155559990", "+14155550101"]
    results = _client(provider, connect, network=network, max_retries=0).send(wanted, "Hi")
    taken = {m["recipient"].lstrip("+") for m in stored(control, provider) if m["cost"]}
    assert taken >= {"14155550100", "14155550101"}
    for result in results:
        assert result.status == "unknown", result
        assert result.reference, "the message or order to check by"


class _Boom(Exception):
    pass


class _RaisingNetwork(Network):
    """A network layer that fails in a way nobody foresaw (not an httpx error) after passing the request on."""

    def after(self, request: httpx.Request, response: httpx.Response) -> httpx.Response:
        raise _Boom("after the request left")


@pytest.mark.parametrize("provider", sorted(PROVIDERS))
def test_an_unforeseen_exception_inside_a_batch_does_not_escape_send(
    provider: str, connect: Connect, control: httpx.Client
) -> None:
    """Any exception other than smskit's inside one batch escaped the thread pool / gather, losing every result;
    now each recipient of that batch is unknown and the others keep theirs."""
    unlimit(control, provider)
    wanted = _recipients(provider, 40)
    results = _client(provider, connect, network=_RaisingNetwork()).send(wanted, "Hi", sender=SENDERS.get(provider))
    assert [r.recipient for r in results] == wanted
    assert {r.status for r in results} == {"unknown"}
    assert all(isinstance(r.error, smskit.OutcomeUnknownError) for r in results)


# --- EasySendSMS: a refusal that stops a multi-recipient request part-way (spec reading 16) -------------------
def _easysendsms(connect: Connect, **options: Any) -> Twin:
    return connect(smskit.EasySendSMS, "demouuv3f5rupyzq1e310tsq2hi1iio6", base_url=f"{SIM}/easysendsms", **options)


def test_an_unroutable_number_is_found_without_texting_anyone_twice(connect: Connect, control: httpx.Client) -> None:
    """One unroutable number (…9992) made every recipient `rejected` 4016, yet the gateway had sent the numbers
    before it. Now: those before it are unknown (they were taken), the culprit alone is rejected, the numbers
    after it are sent alone and accepted, and nobody is taken twice."""
    unlimit(control, "easysendsms")
    wanted = ["+14155550100", "+14155550101", "+14155559992", "+14155550102", "+14155550103"]
    results = _easysendsms(connect).send(wanted, "Hi", sender="Shop")
    assert [r.status for r in results] == ["unknown", "unknown", "rejected", "accepted", "accepted"]
    culprit = results[2].error
    assert isinstance(culprit, smskit.InvalidRecipientError) and culprit.code == 4016
    sent = [m["recipient"] for m in stored(control, "easysendsms")]
    assert sorted(sent) == ["14155550100", "14155550101", "14155550102", "14155550103"]
    assert len(sent) == len(set(sent))


def test_an_unroutable_first_number_is_found_without_a_request(connect: Connect, control: httpx.Client) -> None:
    """When every number after it is accepted alone, the first number must be the cause: it is rejected
    without being sent again."""
    unlimit(control, "easysendsms")
    results = _easysendsms(connect).send(["+14155559992", "+14155550100"], "Hi", sender="Shop")
    assert [r.status for r in results] == ["rejected", "accepted"]
    assert [m["recipient"] for m in stored(control, "easysendsms")] == ["14155550100"]


def test_credit_running_out_part_way_leaves_earlier_numbers_unknown(connect: Connect, control: httpx.Client) -> None:
    """4015 part-way: the credit covered the first numbers, which were sent; only the last number provably was
    not, so it alone is rejected and the others are unknown (they were `rejected`, and re-sent by callers)."""
    unlimit(control, "easysendsms", balance=2)
    results = _easysendsms(connect).send(_recipients("easysendsms", 4), "Hi", sender="Shop")
    assert [r.status for r in results] == ["unknown", "unknown", "unknown", "rejected"]
    assert isinstance(results[3].error, smskit.InsufficientCreditError)
    assert len(stored(control, "easysendsms")) == 2


class _RefuseNth(Network):
    """A gateway front that refuses the n-th request with a 429 instead of passing it on."""

    def __init__(self, n: int) -> None:
        self.n, self.seen = n, 0

    def before(self, request: httpx.Request) -> httpx.Response | None:
        self.seen += 1
        return httpx.Response(429, request=request) if self.seen == self.n else None


def test_a_refusal_of_another_kind_ends_the_walk_back(connect: Connect, control: httpx.Client) -> None:
    """Found by the deep invariant run: the unroutable number, sent alone, was refused for another reason (a
    429); that proves nothing about it, yet the walk went on past it and named the first number, which had been
    sent, the cause (`rejected`). Now the walk ends there: the numbers before it stay unknown."""
    unlimit(control, "easysendsms")
    wanted = ["+14155550100", "+14155559992", "+14155550101"]
    # Request 1: the batch (4016); 2: the last number alone (accepted); 3: the unroutable one alone -> 429.
    sms = _easysendsms(connect, network=_RefuseNth(3), max_retries=0)
    results = sms.send(wanted, "Hi", sender="Shop")
    assert [r.status for r in results] == ["unknown", "rejected", "accepted"]
    assert isinstance(results[1].error, smskit.RateLimitedError)
    assert sorted(m["recipient"] for m in stored(control, "easysendsms")) == ["14155550100", "14155550101"]


def test_an_account_refusal_raises_with_every_result_while_nothing_was_sent(
    connect: Connect, control: httpx.Client
) -> None:
    """A wrong key is news about the account, not about the numbers: send() raises it, each recipient's result
    attached (all rejected, the locally refused one included), and the results' views agree."""
    unlimit(control, "easysendsms")
    sms = connect(smskit.EasySendSMS, "not-the-key", base_url=SIM + "/easysendsms")
    with pytest.raises(smskit.AuthenticationError) as refused:
        sms.send(["+14155550100", "12", "+14155550101"], "Hi", sender="Shop")
    results = refused.value.results
    assert results is not None and [r.recipient for r in results] == ["+14155550100", "12", "+14155550101"]
    assert isinstance(results, smskit.SendResults) and len(results.rejected) == 3 and not results.unknown
    assert isinstance(results[0].error, smskit.AuthenticationError) and results[0].error is not refused.value
    assert isinstance(results[1].error, smskit.InputError)
    assert stored(control, "easysendsms") == []


def test_results_views_and_raise_for_errors(connect: Connect, control: httpx.Client) -> None:
    """accepted / rejected / unknown partition the results; raise_for_errors raises unless all were accepted."""
    unlimit(control, "easysendsms")
    sms = _easysendsms(connect)
    good = sms.send(_recipients("easysendsms", 2), "Hi", sender="Shop")
    good.raise_for_errors()  # every one accepted: nothing to raise
    mixed = sms.send(["+14155550100", "+14155550101", "+14155559989", "12"], "Hi", sender="Shop")
    assert [r.recipient for r in mixed.accepted] == ["+14155550100", "+14155550101"]
    assert [r.recipient for r in mixed.rejected] == ["+14155559989", "12"] and mixed.unknown == []
    with pytest.raises(smskit.SendError) as failed:
        mixed.raise_for_errors()
    assert failed.value.results is mixed and "2 of 4" in str(failed.value)
