"""One interface for every provider: the factory, the shared surface, the public names and the error tree."""

from __future__ import annotations

import builtins
import datetime as dt
import logging
from typing import Any

import httpx
import pytest

import smskit
from tests.overlay import parity
from tests.overlay.conftest import SIM, unlimit
from tests.overlay.demo import PROVIDERS
from tests.overlay.parity import Connect, Network

connect, mode = parity.connect, parity.mode  # the fixtures: each test taking `connect` runs sync and async


@pytest.mark.parametrize("provider", sorted(PROVIDERS))
def test_switching_provider_is_one_line(provider: str, connect: Connect, control: httpx.Client) -> None:
    """The same three lines send through any provider: only the factory's arguments change (`smskit.client`, or
    `smskit.async_client` in the async run)."""
    unlimit(control, provider)
    credentials, path, recipient, sender = PROVIDERS[provider]
    sms = connect(provider, **credentials, base_url=SIM + path)
    (result,) = sms.send(recipient, "Your code is 123456", sender=sender)
    assert isinstance(sms.client, smskit.SmsClient if sms.mode == "sync" else smskit.AsyncSmsClient)
    assert result.accepted and result.recipient == recipient
    assert control.get("/_sim/messages", params={"provider": provider}).json()["count"] == 1


@pytest.mark.parametrize("provider", sorted(PROVIDERS))
def test_balance_or_a_clear_unsupported_error(provider: str, connect: Connect) -> None:
    """balance() answers where the provider has one, and raises UnsupportedOperation where it has not."""
    credentials, path, _, _ = PROVIDERS[provider]
    sms = connect(provider, **credentials, base_url=SIM + path)
    if provider == "easify":
        with pytest.raises(smskit.UnsupportedOperation):
            sms.balance()
    else:
        assert sms.balance().amount > 0


@pytest.mark.parametrize("provider", sorted(PROVIDERS))
def test_base_url_from_the_environment(
    provider: str, connect: Connect, control: httpx.Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without `base_url=`, `<ID>_BASE_URL` says where the client goes (the simulator here, as in a staging setup)."""
    unlimit(control, provider)
    credentials, path, recipient, sender = PROVIDERS[provider]
    monkeypatch.setenv(f"{provider.upper()}_BASE_URL", SIM + path)
    sms = connect(provider, **credentials)
    assert sms.base_url == SIM + path
    assert sms.send(recipient, "Hi", sender=sender)[0].accepted
    assert control.get("/_sim/messages", params={"provider": provider}).json()["count"] == 1


SCHEDULING = {"easysendsms", "transmitsms", "mobyt"}


@pytest.mark.parametrize("provider", sorted(PROVIDERS))
def test_a_call_that_cannot_be_sent_is_refused_before_any_request(
    provider: str, connect: Connect, control: httpx.Client
) -> None:
    """No recipients, a schedule in the past (or any schedule, where the provider has none) are refused at the
    call, naming the field and rule, and nothing reaches the provider; `preview` tells how a text travels."""
    credentials, path, recipient, sender = PROVIDERS[provider]
    sms = connect(provider, **credentials, base_url=SIM + path)
    with pytest.raises(smskit.InputError) as empty:
        sms.send([], "Hi", sender=sender)
    assert (empty.value.field, empty.value.rule) == ("to", "required")
    past = dt.datetime.now(dt.UTC) - dt.timedelta(minutes=1)
    if provider in SCHEDULING:
        with pytest.raises(smskit.InputError) as late:
            sms.send(recipient, "Hi", sender=sender, schedule_at=past)
        assert (late.value.field, late.value.rule) == ("schedule_at", "future")
    else:
        with pytest.raises(smskit.UnsupportedOperation):
            sms.send(recipient, "Hi", sender=sender, schedule_at=past)
    shown = sms.preview("Ciao 😀")
    assert (shown.encoding, shown.parts) == ("ucs2", 1) and shown.ucs2_characters == ("😀",)
    assert control.get("/_sim/messages", params={"provider": provider}).json()["count"] == 0


@pytest.mark.parametrize("provider", sorted(PROVIDERS))
def test_reprs_hold_no_secret(provider: str, connect: Connect) -> None:
    """Neither the client nor its auth shows a credential in its repr."""
    credentials, _, _, _ = PROVIDERS[provider]
    sms = connect(provider, **credentials, base_url=f"{SIM}/x", real=True).client
    secrets = [v for k, v in credentials.items() if k != "from_number" and "username" not in k]
    shown = repr(sms) + repr(sms._http.auth) + repr(vars(sms).get("generated"))
    assert not [s for s in secrets if s in shown]


def test_unknown_provider_is_a_value_error() -> None:
    """A typo in the provider id names the valid ones."""
    with pytest.raises(ValueError, match="easysendsms"):
        smskit.client("easysms")


def test_public_names_are_exactly_the_listed_ones() -> None:
    """`smskit.__all__` is the one list of public names, and the package exports nothing else public."""
    # Not identifiers (`@py_builtins`): pytest's assertion rewriting, which covers every module of a distribution
    # that ships a pytest11 plugin (smskit_sim's) when it is installed, not an editable checkout.
    exported = {name for name in vars(smskit) if not name.startswith("_") and name.isidentifier()}
    modules = {"easify", "easysendsms", "ezzysms", "mobyt", "transmitsms", "text", "webhooks", "testing", "cli",
               "events", "otel", "journal", "campaign"}  # fmt: skip
    assert exported - modules == set(smskit.__all__) - {"testing", "__version__"}
    assert list(smskit.__all__) == sorted(smskit.__all__, key=lambda n: (not n.isupper(), n))


STANDARD = {
    smskit.InputError: ValueError,
    smskit.AuthenticationError: PermissionError,
    smskit.PermissionDeniedError: PermissionError,
    smskit.InvalidRecipientError: ValueError,
    smskit.NotFoundError: LookupError,
    smskit.TransportError: ConnectionError,
    smskit.TimeoutError: builtins.TimeoutError,
    smskit.UnsupportedOperation: NotImplementedError,
}


@pytest.mark.parametrize(("ours", "standard"), STANDARD.items())
def test_errors_subclass_the_standard_exception_of_the_same_meaning(ours: type, standard: type) -> None:
    """Code that catches the standard exception also catches ours, and ours share one base."""
    assert issubclass(ours, standard) and issubclass(ours, smskit.SmsKitError)


def test_timeouts_are_outcome_unknown() -> None:
    """A timeout is an outcome-unknown error: smskit never re-sends after one."""
    assert issubclass(smskit.TimeoutError, smskit.OutcomeUnknownError)


CANARIES: dict[str, dict[str, Any]] = {
    "easysendsms": {"api_key": "canary-k-1f2e"},
    "ezzysms": {"username": "demo-ezzysms", "password": "canary-p-3d4c"},
    "easify": {"token": "canary-t-5b6a", "from_number": "+13205550100"},
    "transmitsms": {"api_key": "f81315e0d73b826c671def7d7e8f26e6", "api_secret": "canary-s-7980"},
    "mobyt": {"username": "demo-mobyt", "password": "canary-p-a1b2"},
}


@pytest.mark.parametrize("provider", sorted(CANARIES))
def test_no_credential_or_text_leaks_anywhere(
    provider: str, connect: Connect, caplog: pytest.LogCaptureFixture
) -> None:
    """With wrong canary credentials, no log line, repr, exception or result shows the secret or the text."""
    caplog.set_level(logging.DEBUG)
    secret = next(v for k, v in CANARIES[provider].items() if "canary" in str(v))
    text = "private text 9f8e7d"
    _, path, recipient, sender = PROVIDERS[provider]
    sms = connect(provider, **CANARIES[provider], base_url=SIM + path)
    with pytest.raises(smskit.AuthenticationError) as refused:  # about the account: raised, results attached
        sms.send(recipient, text, sender=sender)
    results = refused.value.results
    assert results is not None and results[0].status == "rejected" and isinstance(results[0].error, smskit.APIError)
    shown = [caplog.text, repr(sms.client), repr(results), str(results[0].error), repr(results[0].error)]
    shown += [str(refused.value), repr(refused.value), repr(vars(refused.value))]
    if provider != "easify":
        with pytest.raises(smskit.APIError) as denied:
            sms.balance()
        shown += [str(denied.value), repr(denied.value)]
    assert not [s for s in shown if secret in s or text in s]


class _CookieSettingGateway(Network):
    """The simulator behind a front end that sets a session cookie on every answer, as load balancers and web
    frameworks do; it records the Cookie header each request arrives with."""

    def __init__(self) -> None:
        self.cookie_headers: list[str | None] = []

    def before(self, request: httpx.Request) -> httpx.Response | None:
        self.cookie_headers.append(request.headers.get("cookie"))
        return None

    def after(self, request: httpx.Request, response: httpx.Response) -> httpx.Response:
        response.headers["set-cookie"] = "session=abc123; Path=/"
        return response


@pytest.mark.parametrize("provider", sorted(PROVIDERS))
def test_cookies_a_gateway_sets_never_travel_back(provider: str, connect: Connect, control: httpx.Client) -> None:
    """Every request carries its own credentials; a cookie from an earlier answer is neither kept nor sent."""
    unlimit(control, provider)
    credentials, path, recipient, sender = PROVIDERS[provider]
    gateway = _CookieSettingGateway()
    sms = connect(provider, **credentials, base_url=SIM + path, network=gateway)
    assert sms.send(recipient, "first", sender=sender)[0].accepted
    assert sms.send(recipient, "second", sender=sender)[0].accepted
    assert len(gateway.cookie_headers) >= 2 and gateway.cookie_headers == [None] * len(gateway.cookie_headers)
    assert not sms._http.cookies
    with pytest.raises(TypeError, match="no cookies"):
        sms._http.cookies = {"session": "abc123"}
