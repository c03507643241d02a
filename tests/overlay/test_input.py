"""Bad input never crashes: every public parameter of send(), of the client constructors and of smskit.client()
is checked before any request, and refused as an InputError naming the field and the rule, whose message holds
neither the message text nor a credential."""

from __future__ import annotations

import asyncio
import datetime as dt
import math
from collections.abc import Awaitable, Callable
from typing import Any

import httpx
import phonenumbers
import pytest
from starlette.applications import Starlette
from starlette.responses import JSONResponse, Response
from starlette.types import Receive, Scope, Send

import smskit
from smskit._errors import retry_after
from smskit._input import sender_refusal
from smskit._numbers import parse_number
from smskit._spec import load_spec, provider_spec
from smskit_sim.inprocess import SimulatorTransport
from tests.overlay.conftest import SIM, stored, unlimit
from tests.overlay.demo import DEMO
from tests.specs.test_sender_rules import PROBES as SENDER_PROBES
from tests.specs.test_sender_rules import sends, takes

TEXT = "private text 4c1d"  # never in an InputError's message
CANARY = "canary-9e8d"  # a credential: never in an InputError's message

# provider -> (canary credentials, base path below the simulator, a recipient it serves, a sender it takes)
PROVIDERS: dict[str, tuple[dict[str, Any], str, str, str | None]] = {
    "easysendsms": ({"api_key": CANARY}, "/easysendsms", "+14155550100", "Shop"),
    "ezzysms": ({"username": "demo-ezzysms", "password": CANARY}, "/ezzysms/api/v1", "+256712345670", None),
    "easify": ({"token": CANARY, "from_number": "+13205550100"}, "/easify/api/v2", "+13155550100", None),
    "transmitsms": ({"api_key": "f81315e0d73b826c671def7d7e8f26e6", "api_secret": CANARY}, "/transmitsms",
                    "+61491570156", None),
    "mobyt": ({"username": "demo-mobyt", "password": CANARY}, "/mobyt/API/v1.0/REST", "+393471234567", None),
}  # fmt: skip
MODES = ("sync", "async")
every_provider = pytest.mark.parametrize("provider", sorted(PROVIDERS))
both_modes = pytest.mark.parametrize("mode", MODES)


class NoRequests(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Records any request that gets this far (the refusals under test come before any) and never connects."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        raise httpx.ConnectError("no request may reach the network in this test", request=request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return self.handle_request(request)


def make(provider: str, mode: str, transport: Any = None, **options: Any) -> Any:
    credentials, path, _, _ = PROVIDERS[provider]
    factory = smskit.client if mode == "sync" else smskit.async_client
    options.setdefault("base_url", SIM + path)
    return factory(provider, **{**credentials, **options}, transport=transport)


def send(sms: Any, *args: Any, **kwargs: Any) -> Any:
    """sms.send(...), awaited when `sms` is an async client."""
    if isinstance(sms, smskit.AsyncSmsClient):
        return asyncio.run(sms.send(*args, **kwargs))
    return sms.send(*args, **kwargs)


def refused(provider: str, mode: str, *args: Any, **kwargs: Any) -> smskit.InputError:
    """The InputError a send with these arguments raises, having made no request."""
    wire = NoRequests()
    sms = make(provider, mode, wire)
    with pytest.raises(smskit.InputError) as caught:
        send(sms, *args, **kwargs)
    assert wire.requests == []
    assert_discreet(caught.value)
    return caught.value


def assert_discreet(error: smskit.InputError) -> None:
    shown = str(error) + repr(error) + error.message
    assert TEXT not in shown and CANARY not in shown, shown


# --- send(): to ----------------------------------------------------------------------------------------------------
@every_provider
@both_modes
@pytest.mark.parametrize("to", [None, 14155550100, b"+14155550100", bytearray(b"+1415"), 1.5])
def test_to_of_another_type_is_refused(provider: str, mode: str, to: Any) -> None:
    """to=None, an int or bytes is a wrong call (a TypeError or a bytes-as-ints mess today): InputError on `to`."""
    _, _, _, sender = PROVIDERS[provider]
    error = refused(provider, mode, to, TEXT, sender=sender)
    assert (error.field, error.rule) == ("to", "type")


@every_provider
@both_modes
@pytest.mark.parametrize("item", [14155550100, None, b"+14155550100"])
def test_a_recipient_that_is_not_a_str_is_refused_by_position(provider: str, mode: str, item: Any) -> None:
    """A list item that is not a str names its position; nothing at all is sent."""
    _, _, recipient, sender = PROVIDERS[provider]
    error = refused(provider, mode, [recipient, item], TEXT, sender=sender)
    assert (error.field, error.rule) == ("to[1]", "type")


# --- send(): schedule_at -------------------------------------------------------------------------------------------
@every_provider
@both_modes
@pytest.mark.parametrize("when", [dt.date(2030, 1, 1), "2030-01-01T09:00:00Z", 1893488400])
def test_schedule_at_must_be_a_datetime(provider: str, mode: str, when: Any) -> None:
    """A date, a string or a timestamp is refused as a type error (an AttributeError today), on every provider,
    scheduling or not."""
    _, _, recipient, sender = PROVIDERS[provider]
    error = refused(provider, mode, recipient, TEXT, sender=sender, schedule_at=when)
    assert (error.field, error.rule) == ("schedule_at", "type")


def test_schedule_at_naive_is_still_a_timezone_error() -> None:
    error = refused("easysendsms", "sync", "+14155550100", TEXT, sender="Shop", schedule_at=dt.datetime(2030, 1, 1))
    assert (error.field, error.rule) == ("schedule_at", "timezone")


# --- send(): text --------------------------------------------------------------------------------------------------
@every_provider
@both_modes
@pytest.mark.parametrize(
    ("text", "character", "index"),
    [
        (TEXT + "\r\nsecond line", "U+000D", 17),
        (TEXT + "\rsecond line", "U+000D", 17),
        (TEXT + "\x07", "U+0007", 17),
        ("\x00" + TEXT, "U+0000", 0),
        (TEXT + "\tcolumn", "U+0009", 17),
        (TEXT + "\x1b[31m", "U+001B", 17),
        (TEXT + "\x85", "U+0085", 17),  # C1: NEXT LINE
        (TEXT + "\x9b", "U+009B", 17),  # C1: CSI
        (TEXT + "\x7f", "U+007F", 17),
    ],
)
def test_control_characters_in_the_text_are_refused(
    provider: str, mode: str, text: str, character: str, index: int
) -> None:
    """C0/C1 control characters and CR (alone or in CRLF) are refused, naming the character and its index."""
    _, _, recipient, sender = PROVIDERS[provider]
    error = refused(provider, mode, recipient, text, sender=sender)
    assert (error.field, error.rule) == ("text", "control_character")
    assert character in error.message and f"index {index}" in error.message


@every_provider
@both_modes
@pytest.mark.parametrize("surrogate", [chr(0xD83D), chr(0xDE00), chr(0xDFFF)])
def test_a_lone_surrogate_in_the_text_is_refused_without_showing_the_text(
    provider: str, mode: str, surrogate: str
) -> None:
    """A lone surrogate cannot be encoded: today a raw UnicodeEncodeError whose repr holds the request body."""
    _, _, recipient, sender = PROVIDERS[provider]
    error = refused(provider, mode, recipient, TEXT + surrogate + " end", sender=sender)
    assert (error.field, error.rule) == ("text", "surrogate")
    assert f"U+{ord(surrogate):04X}" in error.message and "index 17" in error.message


@every_provider
@both_modes
@pytest.mark.parametrize("text", [" ", "   ", "\n", "\n\n ", "\u3000", "\u00a0\u2003"])
def test_a_whitespace_only_text_is_refused(provider: str, mode: str, text: str) -> None:
    _, _, recipient, sender = PROVIDERS[provider]
    error = refused(provider, mode, recipient, text, sender=sender)
    assert (error.field, error.rule) == ("text", "blank")


@every_provider
@both_modes
@pytest.mark.parametrize("text", [None, b"Hello", 42])
def test_a_text_that_is_not_a_str_is_a_type_error(provider: str, mode: str, text: Any) -> None:
    _, _, recipient, sender = PROVIDERS[provider]
    error = refused(provider, mode, recipient, text, sender=sender)
    assert (error.field, error.rule) == ("text", "type")


@every_provider
def test_a_line_feed_stays_allowed(provider: str, transport: SimulatorTransport, control: httpx.Client) -> None:
    """GSM-7 and every provider carry a plain LF line break: it is sent as is."""
    unlimit(control, provider)
    _, path, recipient, sender = PROVIDERS[provider]
    sms = smskit.client(provider, **DEMO[provider], base_url=SIM + path, transport=transport)
    (result,) = sms.send(recipient, "Line one\nline two", sender=sender)
    assert result.accepted
    assert [m["text"] for m in stored(control, provider)] == ["Line one\nline two"]


# --- send(): sender ------------------------------------------------------------------------------------------------
@every_provider
@both_modes
@pytest.mark.parametrize("sender", [42, b"Shop", ["Shop"]])
def test_a_sender_that_is_not_a_str_is_refused(provider: str, mode: str, sender: Any) -> None:
    _, _, recipient, _ = PROVIDERS[provider]
    error = refused(provider, mode, recipient, TEXT, sender=sender)
    assert (error.field, error.rule) == ("sender", "type")


@every_provider
@both_modes
@pytest.mark.parametrize(
    ("sender", "character", "index"),
    [("Shop\r\n", "U+000D", 4), ("Sh\nop", "U+000A", 2), ("\x00Shop", "U+0000", 0), ("Shop\x85", "U+0085", 4),
     ("+1415\r\n5550100", "U+000D", 5)],
)  # fmt: skip
def test_control_characters_in_the_sender_are_refused(
    provider: str, mode: str, sender: str, character: str, index: int
) -> None:
    """No control character at all in a sender, a line feed included."""
    _, _, recipient, _ = PROVIDERS[provider]
    error = refused(provider, mode, recipient, TEXT, sender=sender)
    assert (error.field, error.rule) == ("sender", "control_character")
    assert character in error.message and f"index {index}" in error.message


@every_provider
@both_modes
def test_an_emoji_sender_is_refused(provider: str, mode: str) -> None:
    """`Shop😀` is no sender ID anywhere (EasySendSMS and TransmitSMS take it today, EzzySMS and Mobyt check
    nothing); Easify takes numbers only."""
    _, _, recipient, _ = PROVIDERS[provider]
    error = refused(provider, mode, recipient, TEXT, sender="Shop😀")
    if provider == "easify":
        assert (error.field, error.rule) == ("sender", "numeric")
    else:
        assert (error.field, error.rule) == ("sender", "character")
        assert "U+1F600" in error.message and "index 4" in error.message


@every_provider
@both_modes
def test_a_numeric_sender_of_16_digits_is_refused(provider: str, mode: str) -> None:
    _, _, recipient, _ = PROVIDERS[provider]
    error = refused(provider, mode, recipient, TEXT, sender="+1234567890123456")
    assert (error.field, error.rule) == ("sender", "max_length")


@pytest.mark.parametrize("provider", ["easysendsms", "ezzysms", "transmitsms", "mobyt"])
@both_modes
def test_an_alphanumeric_sender_of_12_characters_is_refused(provider: str, mode: str) -> None:
    """The 11-character limit, from each spec (EzzySMS and Mobyt check nothing today)."""
    _, _, recipient, _ = PROVIDERS[provider]
    error = refused(provider, mode, recipient, TEXT, sender="ABCDEFGHIJKL")
    assert (error.field, error.rule) == ("sender", "max_length")


@pytest.mark.parametrize(
    ("provider", "sender", "rule"),
    [
        ("easysendsms", "+Shop", "character"),  # a + only leads a number
        ("easysendsms", "Shop!", "character"),  # no punctuation is documented
        ("easysendsms", " ", "blank"),
        ("transmitsms", "My Shop", "character"),  # documented: no spaces
        ("transmitsms", "Shöp", "character"),  # its pattern: ASCII letters and digits
        ("transmitsms", "شركة", "character"),
        ("ezzysms", "My-Shop", "character"),
        ("mobyt", "Shop\u200b", "character"),  # a zero-width space is no letter
        ("easify", "MyShop", "numeric"),  # a message goes out from one of the account's numbers
    ],
)
def test_each_providers_sender_rules_come_from_its_spec(provider: str, sender: str, rule: str) -> None:
    error = refused(provider, "sync", PROVIDERS[provider][2], TEXT, sender=sender)
    assert (error.field, error.rule) == ("sender", rule)


@pytest.mark.parametrize(
    ("provider", "sender"),
    [("easysendsms", "شركة"), ("easysendsms", "My Shop"), ("easysendsms", "+123456789012345"),
     ("easysendsms", "ABCDEFGHIJK"), ("transmitsms", "MyShop"), ("transmitsms", "+61491570156"),
     ("ezzysms", "My App"), ("mobyt", "MyShop")],
)  # fmt: skip
def test_senders_the_rules_take_go_out(
    provider: str, sender: str, transport: SimulatorTransport, control: httpx.Client
) -> None:
    """Letters of any script (EasySendSMS's own example is an Arabic name), spaces where allowed, numbers."""
    unlimit(control, provider)
    _, path, recipient, _ = PROVIDERS[provider]
    sms = smskit.client(provider, **DEMO[provider], base_url=SIM + path, transport=transport)
    plan = sms.plan(recipient, "Hi", sender)  # type: ignore[attr-defined]
    assert plan.batches and plan.batches[0].sender == sender
    if provider != "transmitsms":  # a numeric TransmitSMS sender must be a number the account leases
        (result,) = sms.send(recipient, "Hi", sender=sender)
        assert result.accepted, result.error


@both_modes
@pytest.mark.parametrize("sender", ["+999123", "12", "+1 (320) 555-0100 x"])
def test_an_easify_sender_that_is_no_number_is_refused_when_planned(mode: str, sender: str) -> None:
    """Easify's sender is parsed as a number in the plan, before any request, not inside the batch."""
    sms = make("easify", mode, NoRequests())
    with pytest.raises(smskit.InputError) as caught:
        sms.plan("+13155550100", TEXT, sender)
    assert caught.value.field == "sender"


@both_modes
def test_an_easify_from_number_is_checked_at_construction(mode: str) -> None:
    """A bad from_number is refused where it is given, not at the first send."""
    for from_number, rule in [("MyShop", "numeric"), ("+999123", "phone_number"), (13205550100, "type")]:
        with pytest.raises(smskit.InputError) as caught:
            make("easify", mode, NoRequests(), from_number=from_number)
        assert (caught.value.field, caught.value.rule) == ("from_number", rule)
    assert make("easify", mode, NoRequests(), from_number="+1 (320) 555-0100").from_number == "+1 (320) 555-0100"


def test_the_specs_sender_rules_reach_the_overlay() -> None:
    """Every provider's send operation carries its x-smskit-sender as a typed view."""
    for provider, operation in [("easysendsms", "sendSms"), ("ezzysms", "sendMessage"), ("easify", "sendSms"),
                                ("transmitsms", "sendSms"), ("mobyt", "sendSms")]:  # fmt: skip
        rules = provider_spec(provider).operations[operation].sender
        assert rules is not None and (rules.numeric or rules.alphanumeric), provider
    assert provider_spec("easysendsms").operations["sendSms"].sender.required  # type: ignore[union-attr]


def test_the_overlay_reads_the_sender_rules_as_the_conventions_word_them() -> None:
    """The overlay's one sender check and CONVENTIONS.md's wording (tests/specs) agree on every probe."""
    for provider in PROVIDERS:
        spec = load_spec(provider)
        for op in sends(spec):
            rules = op.node["x-smskit-sender"]
            view = provider_spec(provider).operations[op.node["operationId"]].sender
            assert view is not None
            for probe in filter(None, SENDER_PROBES):
                assert takes(rules, probe) == (sender_refusal(view, probe) is None), (provider, op.label, probe)


# --- send(): to, letters -------------------------------------------------------------------------------------------
ARABIC_INDIC_DIGITS = "+\u0664\u0664 \u0667\u0667\u0660\u0660 \u0669\u0660\u0660\u0661\u0662\u0663"  # +44 7700 900123


@pytest.mark.parametrize(
    ("raw", "letter", "index"),
    [("+1-800-FLOWERS", "F", 7), ("+44 7700 9OO123", "O", 10), ("1800flowers", "f", 4), ("+1 415 555 01OO", "O", 13),
     ("tel:+14155550100", "t", 0), ("+14155550100 ext. 12", "e", 13), (ARABIC_INDIC_DIGITS + " \u0431", "\u0431", 16)],
)  # fmt: skip
def test_a_number_with_a_letter_is_refused(raw: str, letter: str, index: int) -> None:
    """phonenumbers reads keypad letters as digits (+1-800-FLOWERS is +18003569377): smskit refuses any letter."""
    with pytest.raises(smskit.InputError) as caught:
        parse_number(raw, "US", field="to[3]")
    assert (caught.value.field, caught.value.rule) == ("to[3]", "letter")
    assert repr(letter) in caught.value.message and f"index {index}" in caught.value.message


@both_modes
def test_a_lettered_number_is_rejected_and_nobody_is_texted_for_it(
    mode: str, app: Starlette, transport: SimulatorTransport, control: httpx.Client
) -> None:
    """The lettered recipient comes back rejected; the others go out; the number letters spell is never texted."""
    unlimit(control, "easysendsms")
    wire: Any = transport if mode == "sync" else httpx.ASGITransport(app=app)
    sms = make("easysendsms", mode, wire, **DEMO["easysendsms"])
    results = send(sms, ["+14155550100", "+1-800-FLOWERS"], "Hi", sender="Shop")
    assert [r.status for r in results] == ["accepted", "rejected"]
    assert isinstance(results[1].error, smskit.InputError)
    assert (results[1].error.field, results[1].error.rule) == ("to[1]", "letter")
    assert [m["recipient"] for m in stored(control, "easysendsms")] == ["14155550100"]


def test_the_international_fast_path_still_skips_the_parser(monkeypatch: pytest.MonkeyPatch) -> None:
    """Guard: the letter check is off the fast path; a well-formed +number never reaches phonenumbers.parse."""

    def fail(*args: object, **kwargs: object) -> None:
        raise AssertionError("the fast path called phonenumbers.parse")

    monkeypatch.setattr(phonenumbers, "parse", fail)
    assert parse_number("+14155550100").e164 == "+14155550100"


# --- constructors --------------------------------------------------------------------------------------------------
BAD_OPTIONS: list[tuple[str, Any, str]] = [
    ("concurrency", 0, "minimum"),
    ("concurrency", -1, "minimum"),
    ("concurrency", 2.5, "type"),
    ("concurrency", "8", "type"),
    ("concurrency", None, "type"),
    ("concurrency", True, "type"),
    ("timeout", "30", "type"),
    ("timeout", (5, 5), "type"),
    ("timeout", True, "type"),
    ("timeout", 0, "positive"),
    ("timeout", -1.0, "positive"),
    ("timeout", math.nan, "positive"),
    ("timeout", math.inf, "positive"),
    ("max_retries", -1, "minimum"),
    ("max_retries", 1.5, "type"),
    ("max_retries", "3", "type"),
    ("max_retries", None, "type"),
    ("rate_limit", -1, "minimum"),
    ("rate_limit", -0.5, "minimum"),
    ("rate_limit", math.nan, "minimum"),
    ("rate_limit", math.inf, "minimum"),
    ("rate_limit", "1", "type"),
    ("rate_limit", None, "type"),
    ("default_region", "XX", "region"),
    ("default_region", "UK", "region"),
    ("default_region", "", "region"),
    ("default_region", 44, "type"),
    ("base_url", 123, "type"),
    ("base_url", b"https://example.com", "type"),
    ("transport", object(), "type"),
]


@every_provider
@both_modes
@pytest.mark.parametrize(("option", "value", "rule"), BAD_OPTIONS)
def test_bad_options_are_refused_at_construction(provider: str, mode: str, option: str, value: Any, rule: str) -> None:
    """The options every client shares, checked in one place for sync and async alike (an async client with
    concurrency=0 hangs forever today)."""
    options = {option: value} if option == "transport" else {option: value, "transport": NoRequests()}
    with pytest.raises(smskit.InputError) as caught:
        make(provider, mode, **options)
    assert (caught.value.field, caught.value.rule) == (option, rule)
    assert_discreet(caught.value)


@every_provider
@both_modes
def test_a_transport_of_the_other_kind_is_refused(provider: str, mode: str) -> None:
    """An async transport for a sync client (or the reverse) fails at construction, not at the first send."""
    wrong = httpx.ASGITransport(app=Starlette()) if mode == "sync" else httpx.HTTPTransport()
    with pytest.raises(smskit.InputError) as caught:
        make(provider, mode, wrong)
    assert (caught.value.field, caught.value.rule) == ("transport", "type")


@every_provider
@both_modes
def test_good_options_are_taken(provider: str, mode: str) -> None:
    """Numbers, an httpx.Timeout or None for timeout; rate_limit 0 (off); a region in any case, kept upper-case."""
    for options in [{"timeout": None}, {"timeout": 5}, {"timeout": 2.5}, {"timeout": httpx.Timeout(3.0)},
                    {"rate_limit": 0}, {"rate_limit": 0.5}, {"rate_limit": 2}, {"max_retries": 0},
                    {"concurrency": 1}, {"default_region": "GB"}]:  # fmt: skip
        make(provider, mode, NoRequests(), **options)
    assert make(provider, mode, NoRequests(), default_region="gb").default_region == "GB"


@both_modes
@pytest.mark.parametrize(
    ("provider", "option", "value", "rule"),
    [
        ("mobyt", "message_type", "X", "enum"),
        ("mobyt", "message_type", None, "enum"),
        ("mobyt", "token", "yes", "type"),
        ("easify", "force_send", "yes", "type"),
        ("easify", "force_send", 1, "type"),
        ("transmitsms", "dlr_callback", 123, "type"),
        ("transmitsms", "dlr_callback", f"ftp://example.com/dlr?token={CANARY}", "url"),
        ("transmitsms", "reply_callback", f"/relative/reply?token={CANARY}", "url"),
        ("transmitsms", "reply_callback", f"https://example.com/\r\n?token={CANARY}", "control_character"),
    ],
)
def test_provider_options_are_refused_at_construction(mode: str, provider: str, option: str, value: Any,
                                                      rule: str) -> None:  # fmt: skip
    """Each provider's own options (a callback URL may carry a token: the message never shows it)."""
    with pytest.raises(smskit.InputError) as caught:
        make(provider, mode, NoRequests(), **{option: value})
    assert (caught.value.field, caught.value.rule) == (option, rule)
    assert_discreet(caught.value)


# --- smskit.client() / async_client() --------------------------------------------------------------------------------
@pytest.mark.parametrize("factory", [smskit.client, smskit.async_client])
@pytest.mark.parametrize("provider", ["easysms", "EasySendSMS", "", None, 3])
def test_an_unknown_provider_is_an_input_error(factory: Callable[..., Any], provider: Any) -> None:
    """Still a ValueError for old callers, now naming the field and the valid ids."""
    with pytest.raises(smskit.InputError) as caught:
        factory(provider, api_key=CANARY)
    assert (caught.value.field, caught.value.rule) == ("provider", "unknown")
    assert isinstance(caught.value, ValueError) and "easysendsms" in caught.value.message
    assert_discreet(caught.value)


@pytest.mark.parametrize("factory", [smskit.client, smskit.async_client])
@pytest.mark.parametrize(
    ("provider", "typo", "meant"),
    [("easysendsms", "api_kee", "api_key"), ("transmitsms", "api_secert", "api_secret"),
     ("easify", "from_numer", "from_number"), ("mobyt", "base_uri", "base_url"), ("ezzysms", "retries", None),
     ("easysendsms", "auth", None)],
)  # fmt: skip
def test_an_unknown_option_is_named(factory: Callable[..., Any], provider: str, typo: str, meant: str | None) -> None:
    """A typo in an option name (a TypeError deep in a constructor today) names the option, and a likely one;
    never its value, which may be a credential."""
    credentials, path, _, _ = PROVIDERS[provider]
    with pytest.raises(smskit.InputError) as caught:
        factory(provider, **credentials, base_url=SIM + path, **{typo: CANARY})
    assert (caught.value.field, caught.value.rule) == (typo, "unknown_option")
    if meant:
        assert repr(meant) in caught.value.message
    assert_discreet(caught.value)


# --- a 429's Retry-After -------------------------------------------------------------------------------------------
App = Callable[[Scope, Receive, Send], Awaitable[None]]


def throttled_once(inner: App, header: str, body: Response) -> App:
    """A front end to the simulator that answers the first request 429 with `Retry-After: <header>`."""
    calls = 0

    async def front(scope: Scope, receive: Receive, send: Send) -> None:
        nonlocal calls
        if scope["type"] == "http":
            calls += 1
            if calls == 1:
                body.headers["Retry-After"] = header
                await body(scope, receive, send)
                return
        await inner(scope, receive, send)

    return front


WORTHLESS = ["nan", "NaN", "inf", "-inf", "Infinity", "-5", "-0.5", "1e999", "5s", "garbage", " "]


@both_modes
@pytest.mark.parametrize("header", WORTHLESS)
def test_a_worthless_retry_after_is_backed_off(
    mode: str, header: str, app: Starlette, control: httpx.Client, no_sleep: None
) -> None:
    """nan, inf, -5 or garbage count as no Retry-After: the 429 is backed off and retried, neither retried at
    once (nan, -5 read as 0 today) nor handed back as if the wait were endless (inf today)."""
    unlimit(control, "easysendsms")
    front = throttled_once(app, header, Response(b"", status_code=429))
    wire: Any = SimulatorTransport(front) if mode == "sync" else httpx.ASGITransport(app=front)
    try:
        sms = make("easysendsms", mode, wire, **DEMO["easysendsms"], rate_limit=0)
        (result,) = send(sms, "+14155550100", "Hi", sender="Shop")
    finally:
        if isinstance(wire, SimulatorTransport):
            wire.close()
    assert result.accepted, result.error
    (wait,) = smskit.testing.slept()
    assert 0 < wait <= 0.5  # the first backoff step
    assert len(stored(control, "easysendsms")) == 1


@both_modes
@pytest.mark.parametrize("header", ["nan", "inf", "-5", "garbage"])
def test_a_worthless_retry_after_falls_back_to_the_messages_wait(
    mode: str, header: str, app: Starlette, control: httpx.Client, no_sleep: None
) -> None:
    """With the header worthless, the wait the provider states in its message (Easify's wording) is taken."""
    unlimit(control, "easify")
    answer = JSONResponse({"status": False, "message": "Too many requests. Try again in 7 seconds", "errors": []},
                          status_code=429)  # fmt: skip
    front = throttled_once(app, header, answer)
    wire: Any = SimulatorTransport(front) if mode == "sync" else httpx.ASGITransport(app=front)
    try:
        sms = make("easify", mode, wire, **DEMO["easify"], rate_limit=0)
        (result,) = send(sms, "+13155550100", "Hi")
    finally:
        if isinstance(wire, SimulatorTransport):
            wire.close()
    assert result.accepted, result.error
    assert smskit.testing.slept() == [7.0]


@pytest.mark.parametrize("header", WORTHLESS)
def test_retry_after_reads_a_worthless_header_as_absent(header: str) -> None:
    response = httpx.Response(429, headers={"Retry-After": header})
    assert retry_after(response, None) is None
    assert retry_after(response, "Try again in 3 seconds") == 3.0


def test_retry_after_still_reads_seconds_and_dates() -> None:
    """Guard: delay-seconds and HTTP dates (a zone-less -0000 one read as UTC) keep working."""
    assert retry_after(httpx.Response(429, headers={"Retry-After": "5"}), None) == 5.0
    assert retry_after(httpx.Response(429, headers={"Retry-After": " 2.5 "}), None) == 2.5
    assert retry_after(httpx.Response(429, headers={"Retry-After": "0"}), None) == 0.0
    for zone in ("GMT", "-0000"):
        later = (dt.datetime.now(dt.UTC) + dt.timedelta(seconds=30)).strftime(f"%a, %d %b %Y %H:%M:%S {zone}")
        wait = retry_after(httpx.Response(429, headers={"Retry-After": later}), None)
        assert wait is not None and 25 < wait <= 30


@pytest.mark.parametrize("text", [None, b"Hi", 42])
def test_preview_refuses_what_is_not_text(text: object) -> None:
    """`smskit.preview(None)` raised TypeError, `preview(b"x")` AttributeError: now an InputError on `text`."""
    with pytest.raises(smskit.InputError) as refused:
        smskit.preview(text)  # type: ignore[arg-type]
    assert (refused.value.field, refused.value.rule) == ("text", "type")
