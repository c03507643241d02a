"""No secret reachable from an exception: credentials, headers, bodies, URLs, frames, pickles and log lines.

Every check uses canaries (credentials and a message text nobody else uses) and looks for them, and for the
base64 `user:password` of HTTP Basic, everywhere an error tracker, a log handler or another process could see.
"""

from __future__ import annotations

import asyncio
import base64
import copy
import logging
import multiprocessing
import os
import pickle
import threading
import traceback
import urllib.parse
from collections import Counter
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from typing import Any

import httpx
import pytest
from starlette.applications import Starlette

import smskit
import smskit.journal
from ezzysms_client.api.messaging import send_message_by_query
from smskit._auth import ApiKeyHeader, Basic, Bearer, MobytLogin
from smskit._scrub import credential_headers, detached, scrubbed, scrubbed_url
from smskit._secret import Secret
from smskit_sim.inprocess import SimulatorTransport
from smskit_sim.threaded import serve_in_thread
from tests.overlay.conftest import SIM, unlimit
from tests.overlay.demo import DEMO

TEXT = "private-text-7c6b5a"  # no character a URL would encode: found as is in a query string too

# provider -> (sync class, async class, base path, a recipient it serves, a sender it accepts)
WHERE: dict[str, tuple[type[Any], type[Any], str, str, str | None]] = {
    "easysendsms": (smskit.EasySendSMS, smskit.AsyncEasySendSMS, "/easysendsms", "+14155550100", "Shop"),
    "ezzysms": (smskit.EzzySMS, smskit.AsyncEzzySMS, "/ezzysms/api/v1", "+256712345670", None),
    "easify": (smskit.Easify, smskit.AsyncEasify, "/easify/api/v2", "+13155550100", None),
    "transmitsms": (smskit.TransmitSMS, smskit.AsyncTransmitSMS, "/transmitsms", "+61491570156", None),
    "mobyt": (smskit.Mobyt, smskit.AsyncMobyt, "/mobyt/API/v1.0/REST", "+393471234567", None),
}
# Wrong credentials, every secret one a canary (TransmitSMS's key authenticates too).
CANARY: dict[str, dict[str, Any]] = {
    "easysendsms": {"api_key": "canary-k-e5s1"},
    "ezzysms": {"username": "demo-ezzysms", "password": "canary-p-e2z2"},
    "easify": {"token": "canary-t-ea3", "from_number": "+13205550100"},
    "transmitsms": {"api_key": "canary-k-tx4", "api_secret": "canary-s-tx5"},
    "mobyt": {"username": "demo-mobyt", "password": "canary-p-mo6"},
}
SECRET_NAMES = ("api_key", "api_secret", "password", "token")
ENV: dict[str, dict[str, str]] = {
    "easysendsms": {"api_key": "EASYSENDSMS_API_KEY"},
    "ezzysms": {"username": "EZZYSMS_USERNAME", "password": "EZZYSMS_PASSWORD"},
    "easify": {"token": "EASIFY_API_TOKEN", "from_number": "EASIFY_FROM_NUMBER"},
    "transmitsms": {"api_key": "TRANSMITSMS_API_KEY", "api_secret": "TRANSMITSMS_API_SECRET"},
    "mobyt": {"username": "MOBYT_USERNAME", "password": "MOBYT_PASSWORD"},
}
CLASSES = [(p, cls) for p, (sync, asyn, *_) in WHERE.items() for cls in (sync, asyn)]
CLASS_IDS = [cls.__name__ for _, cls in CLASSES]


def forbidden(provider: str, credentials: dict[str, Any] | None = None) -> list[str]:
    """The canary secrets of `provider`, their HTTP Basic header forms, and the text."""
    creds = CANARY[provider] if credentials is None else credentials
    secrets = [str(v) for k, v in creds.items() if k in SECRET_NAMES]
    pair = {"ezzysms": ("username", "password"), "transmitsms": ("api_key", "api_secret"),
            "mobyt": ("username", "password")}.get(provider)  # fmt: skip
    if pair:
        basic = base64.b64encode(f"{creds[pair[0]]}:{creds[pair[1]]}".encode()).decode()
        secrets += [basic, basic.rstrip("=")]
    return [*secrets, TEXT]


def leaks(blob: str | bytes, provider: str) -> list[str]:
    shown = blob.decode("utf-8", "replace") if isinstance(blob, bytes) else blob
    shown += "\n" + urllib.parse.unquote_plus(shown)
    return [s for s in forbidden(provider) if s in shown]


def formatted(exc: BaseException) -> str:
    """The traceback as an error tracker records it: every frame with its locals, the whole chain."""
    return "".join(traceback.TracebackException.from_exception(exc, capture_locals=True).format())


def raised_inside(exc: BaseException) -> BaseException:
    """`exc` without the test's own frame (the one that made the call, with the canaries in its locals)."""
    assert exc.__traceback__ is not None
    exc.__traceback__ = exc.__traceback__.tb_next
    return exc


def base(provider: str) -> str:
    return SIM + WHERE[provider][2]


# --- Secret ------------------------------------------------------------------------------------------------------
def test_a_secret_masks_itself_and_compares_by_value() -> None:
    """repr, str and format are masked; reveal() gives the value; equality is by value, never with a str."""
    key = Secret("canary-k-0001")
    assert "canary" not in repr(key) + str(key) + f"{key}" + f"{key:>20}" + repr([key]) + repr({"k": key})
    assert key.reveal() == "canary-k-0001"
    assert key == Secret("canary-k-0001") and key != Secret("other") and key != "canary-k-0001"
    assert hash(key) == hash(Secret("canary-k-0001")) and len({key, Secret("canary-k-0001")}) == 1
    assert Secret(key) == key and bool(key) and not Secret("")
    assert copy.copy(key) is key and copy.deepcopy({"k": key})["k"] is key


@pytest.mark.parametrize("protocol", range(pickle.HIGHEST_PROTOCOL + 1))
def test_a_secret_refuses_pickling(protocol: int) -> None:
    """A credential never travels to another process or a cache by accident."""
    with pytest.raises(TypeError, match="cannot be pickled"):
        pickle.dumps(Secret("canary-k-0002"), protocol=protocol)


def test_a_secret_wraps_only_a_str_and_does_not_show_what_it_refused() -> None:
    with pytest.raises(TypeError, match="bytes") as refused:
        Secret(b"canary-k-0003")  # type: ignore[arg-type]
    assert "canary" not in str(refused.value)
    last = refused.value.__traceback__
    while last is not None and last.tb_next is not None:
        last = last.tb_next
    assert last is not None and last.tb_frame.f_code.co_name == "__init__"
    assert "canary" not in repr(last.tb_frame.f_locals)  # the refused value is gone from the frame


@pytest.mark.parametrize(("provider", "cls"), CLASSES, ids=CLASS_IDS)
def test_a_credential_of_another_type_is_an_input_error(provider: str, cls: type[Any]) -> None:
    """Not a str nor a Secret: refused by name, its value never shown."""
    name = next(k for k in CANARY[provider] if k in SECRET_NAMES)
    with pytest.raises(smskit.InputError) as refused:
        cls(**{**CANARY[provider], name: b"canary-b-0004"}, base_url=base(provider))
    assert (refused.value.field, refused.value.rule) == (name, "type") and "canary" not in str(refused.value)


@pytest.mark.parametrize(("provider", "cls"), CLASSES, ids=CLASS_IDS)
def test_every_client_takes_secret_credentials(
    provider: str, cls: type[Any], transport: SimulatorTransport, app: Starlette, control: httpx.Client
) -> None:
    """Any credential may be passed as a Secret; the client sends with it as with the plain str."""
    unlimit(control, provider)
    *_, recipient, sender = WHERE[provider]
    credentials = {k: Secret(v) if k in SECRET_NAMES else v for k, v in DEMO[provider].items()}
    if cls.__name__.startswith("Async"):

        async def run() -> Any:
            async with cls(**credentials, base_url=base(provider), transport=httpx.ASGITransport(app=app)) as sms:
                return await sms.send(recipient, "hello", sender=sender)

        results = asyncio.run(run())
    else:
        results = cls(**credentials, base_url=base(provider), transport=transport).send(recipient, "hi", sender=sender)
    assert results[0].accepted


# --- failed construction: no credential in any frame -------------------------------------------------------------
def _failures(provider: str) -> list[tuple[str, dict[str, Any], dict[str, str]]]:
    """(what fails, constructor arguments, environment) for each way construction can fail."""
    creds = CANARY[provider]
    env_creds = {ENV[provider][k]: str(v) for k, v in creds.items()}
    cases = [
        ("insecure base_url", {**creds, "base_url": "http://sms.example.com/api"}, {}),
        ("bad option", {**creds, "base_url": base(provider), "max_retries": -1}, {}),
        ("credentials from the environment, insecure base_url", {"base_url": "http://sms.example.com/api"}, env_creds),
    ]
    if provider in ("ezzysms", "mobyt"):
        cases.append(("missing username", {"password": creds["password"], "base_url": base(provider)}, {}))
    if provider == "transmitsms":
        cases.append(("missing api_key", {"api_secret": creds["api_secret"], "base_url": base(provider)}, {}))
        cases.append(("missing api_secret", {"api_key": creds["api_key"], "base_url": base(provider)}, {}))
    if provider == "mobyt":
        cases.append(("bad message_type", {**creds, "base_url": base(provider), "message_type": "X"}, {}))
    return cases


FAILURES = [(p, cls, *case) for p, cls in CLASSES for case in _failures(p)]


@pytest.mark.parametrize(
    ("provider", "cls", "what", "arguments", "env"),
    FAILURES,
    ids=[f"{cls.__name__}-{what}" for _, cls, what, _, _ in FAILURES],
)
def test_a_failed_construction_shows_no_credential_in_any_frame(
    provider: str, cls: type[Any], what: str, arguments: dict[str, Any], env: dict[str, str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    """Whichever step of construction raises, the traceback with every frame's locals (as Sentry records it)
    holds no credential: each constructor makes its credentials Secrets first."""
    for name in ENV[provider].values():
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    with pytest.raises(Exception) as failed:  # noqa: PT011 - InsecureURLError, InputError or ValueError
        cls(**arguments)
    shown = formatted(raised_inside(failed.value))
    assert "self = " in shown  # the locals were captured
    assert not leaks(shown, provider)


@pytest.mark.parametrize("factory", [smskit.client, smskit.async_client], ids=["client", "async_client"])
@pytest.mark.parametrize("provider", sorted(WHERE))
def test_the_factory_shows_no_credential_in_any_frame(provider: str, factory: Callable[..., Any]) -> None:
    """smskit.client(...) holds the credentials in a frame of its own: they are Secrets there too."""
    with pytest.raises(smskit.InsecureURLError) as failed:
        factory(provider, **CANARY[provider], base_url="http://sms.example.com/api")
    assert not leaks(formatted(raised_inside(failed.value)), provider)


# A journal's PostgreSQL URL holds a password as a credential does: no frame shows it either.
_DSN_PASSWORD = "canary-pg-pw7"
_DSN = f"postgresql://smskit:{_DSN_PASSWORD}@127.0.0.1:1/smskit"  # port 1: nothing listens, the connect is refused


@pytest.mark.parametrize(
    ("make", "arguments"),
    [
        (smskit.EasySendSMS, ("canary-k-e5s1",)),
        (smskit.AsyncMobyt, ("demo-mobyt", "canary-p-mo6")),
        (smskit.client, ("transmitsms",)),
        (smskit.async_client, ("ezzysms",)),
    ],
    ids=["EasySendSMS", "AsyncMobyt", "client", "async_client"],
)
@pytest.mark.parametrize(
    ("dsn", "base_url", "expected"),
    [
        (_DSN, "http://sms.example.com", smskit.InsecureURLError),
        (_DSN, None, smskit.journal.JournalError),
        # URLs libpq reads otherwise than meant, whose messages quote what holds the password: a bad percent
        # escape (the token), an unclosed IPv6 bracket (the whole URL), an unescaped `@` (the host it names).
        (_DSN.replace(_DSN_PASSWORD, f"%zz{_DSN_PASSWORD}"), None, smskit.InputError),
        (_DSN.replace("127.0.0.1", "[::1"), None, smskit.InputError),
        (_DSN.replace("canary-", "canary@"), None, smskit.journal.JournalError),
    ],
    ids=["refused-url", "server-unreachable", "bad-escape", "unclosed-bracket", "unescaped-at"],
)
def test_a_journal_url_s_password_is_in_no_frame_of_a_failed_construction(
    make: Callable[..., Any], arguments: tuple[str, ...], dsn: str, base_url: str | None, expected: type[Exception],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    """Refused before the journal opens (an insecure base_url), by libpq (a URL it cannot read: its own message
    quotes the token) or by the server (nothing listens): the traceback with every frame's locals, as an error
    tracker records it, shows no journal password. An unreadable URL is an InputError naming `journal`; a server
    that cannot be reached a JournalError (the send may be tried again later), not psycopg's own error."""
    for provider in ("transmitsms", "ezzysms"):  # the factories' credentials: from the environment
        for name, variable in ENV[provider].items():
            monkeypatch.setenv(variable, CANARY[provider][name])
    with pytest.raises(Exception) as failed:  # noqa: PT011 - the type is checked below, with the frames shown
        make(*arguments, journal=dsn, base_url=base_url)
    shown = formatted(raised_inside(failed.value))
    assert isinstance(failed.value, expected), shown
    assert "self = " in shown or "options = " in shown  # the locals were captured
    assert "pg-pw7" not in shown  # the password's end, in every one of these URLs
    assert getattr(failed.value, "field", "journal") == "journal"


def test_a_campaign_s_journal_url_password_is_in_no_frame() -> None:
    """`campaign(..., journal=<URL>)` on a server that cannot be reached: a JournalError, its frames (the
    campaign's constructor included) without the password."""
    from smskit.campaign import campaign

    sms = smskit.EasySendSMS("canary-k-e5s1")
    with pytest.raises(smskit.journal.JournalError) as failed:
        campaign(sms, ["+14155550100"], "Hi", key="k", journal=_DSN)
    shown = formatted(raised_inside(failed.value))
    assert "self = " in shown
    assert _DSN_PASSWORD not in shown


def _plain_strings(value: object, depth: int = 0) -> Iterator[str]:
    """Every str reachable through the attributes of an auth object (Secrets are opaque)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, (tuple, list)):
        for item in value:
            yield from _plain_strings(item, depth + 1)
    elif isinstance(value, httpx.Auth) and depth < 3:
        for item in vars(value).values():
            yield from _plain_strings(item, depth + 1)


@pytest.mark.parametrize("provider", sorted(WHERE))
def test_auth_objects_hold_no_plain_credential(provider: str, transport: SimulatorTransport) -> None:
    """Neither the credentials nor the Basic / Bearer header built from them sit in a plain attribute, even
    after a request (Mobyt's session keys included)."""
    sms = smskit.client(provider, **CANARY[provider], base_url=base(provider), transport=transport)
    with pytest.raises(smskit.SmsKitError):
        sms.balance()
    demo = smskit.client(provider, **DEMO[provider], base_url=base(provider), transport=transport)
    if provider != "easify":
        demo.balance()  # Mobyt: logged in, the session keys cached
    for client, creds in ((sms, CANARY[provider]), (demo, DEMO[provider])):
        found = [s for s in _plain_strings(client._http.auth) if any(f in s for f in forbidden(provider, creds))]
        keys = getattr(client._http.auth, "keys", None)
        assert not found and not any(isinstance(k, str) for k in keys or ())


def test_auth_reprs_are_masked() -> None:
    auths = [ApiKeyHeader("apikey", "canary-k-1"), Basic("u", "canary-p-1"), Bearer("canary-t-1"),
             MobytLogin("u", "canary-p-1", "https://x")]  # fmt: skip
    assert not [a for a in auths if "canary" in repr(a)]


# --- a half-built client's repr -------------------------------------------------------------------------------------
@pytest.mark.parametrize(("provider", "cls"), CLASSES, ids=CLASS_IDS)
def test_a_half_built_client_has_a_repr(provider: str, cls: type[Any]) -> None:
    """repr never raises: not on an instance whose __init__ never ran, nor on the `self` of one that raised
    (error trackers and debuggers show it)."""
    assert repr(object.__new__(cls)) == f"{cls.__name__}(base_url=None)"
    with pytest.raises(smskit.InsecureURLError) as failed:
        cls(**CANARY[provider], base_url="http://sms.example.com/api")
    tb, selves = failed.value.__traceback__, []
    while tb is not None:
        if isinstance(tb.tb_frame.f_locals.get("self"), cls):
            selves.append(tb.tb_frame.f_locals["self"])
        tb = tb.tb_next
    assert selves and all(repr(s).startswith(cls.__name__) for s in selves)
    assert "<local repr() failed>" not in formatted(raised_inside(failed.value))


# --- scrubbing what an error keeps -------------------------------------------------------------------------------
def test_credential_headers_come_from_the_specs() -> None:
    """Authorization, plus each provider's `apiKey` / `in: header` schemes."""
    assert {"authorization", "apikey"} <= credential_headers("easysendsms")
    assert {"authorization", "user_key", "session_key", "access_token"} <= credential_headers("mobyt")
    assert "apikey" not in credential_headers("mobyt")
    assert {"apikey", "user_key", "session_key", "access_token"} <= credential_headers(None)


def test_the_scrubbed_response_keeps_the_answer_and_masks_the_request() -> None:
    request = httpx.Request(
        "POST", "https://u:canary-p-9@api.example.com/send?to=1&message=" + TEXT + "&flag",
        headers={"apikey": "canary-k-9", "Authorization": "Basic Y2FuYXJ5", "Session_key": "canary-s-9",
                 "X-Trace": "kept"},
        json={"text": TEXT},
    )  # fmt: skip
    original = httpx.Response(401, headers={"X-Req": "7"}, json={"error": "bad key"}, request=request)
    clean = scrubbed(original)
    assert (clean.status_code, clean.headers["x-req"], clean.json()) == (401, "7", {"error": "bad key"})
    assert clean.reason_phrase == "Unauthorized" and clean.http_version == "HTTP/1.1"
    sent = clean.request
    assert sent.content == b"" and sent.method == "POST"
    assert sent.headers["apikey"] == "***" and sent.headers["authorization"] == "Basic ***"
    assert sent.headers["session_key"] == "***" and sent.headers["x-trace"] == "kept"  # every provider's names
    assert str(sent.url) == "https://***@api.example.com/send?to=***&message=***&flag"
    assert "canary" not in str(list(sent.headers.raw)) + str(sent.url) and TEXT not in str(sent.url)
    assert original.request.headers["apikey"] == "canary-k-9" and original.request.content  # untouched
    assert scrubbed(clean) is clean  # once is enough
    assert scrubbed_url(httpx.URL("https://x/y")) == httpx.URL("https://x/y")


def test_the_scrubbed_response_keeps_a_compressed_body_readable() -> None:
    """The body is kept as read (decoded), not decoded a second time."""
    import gzip

    raw = httpx.Response(502, headers={"Content-Encoding": "gzip"}, content=gzip.compress(b"Bad gateway"))
    raw.request = httpx.Request("GET", "https://x/y?q=1")
    assert scrubbed(raw).content == b"Bad gateway" and scrubbed(raw).headers["content-encoding"] == "gzip"


def _failing_errors(provider: str, transport: httpx.BaseTransport) -> list[smskit.SmsKitError]:
    """Errors from real failing calls with canary credentials: a send (the result's error), a read, and
    EzzySMS's query-string send (the text in the URL)."""
    *_, recipient, sender = WHERE[provider]
    sms = smskit.client(provider, **CANARY[provider], base_url=base(provider), transport=transport)
    with pytest.raises(smskit.APIError) as refused:  # about the account: raised, with the results
        sms.send(recipient, TEXT, sender=sender)
    (result,) = refused.value.results or ()
    assert result.status != "accepted" and result.error is not None
    errors: list[smskit.SmsKitError] = [refused.value, result.error]
    calls: list[Callable[[], object]] = [sms.list_phone_numbers if provider == "easify" else sms.balance]
    if provider == "ezzysms":
        calls.append(lambda: sms.send_message_by_query(to=recipient, message=TEXT))  # type: ignore[attr-defined]
    for call in calls:
        with pytest.raises(smskit.SmsKitError) as failed:
            call()
        errors.append(failed.value)
    return errors


def _reachable(error: smskit.SmsKitError) -> str:
    """What anyone holding the error can read of it without its frames: message, attributes, the response and
    its request, and the httpx errors in its chain."""
    shown = [str(error), repr(error), repr(vars(error))]
    chain: BaseException | None = error
    while chain is not None:
        response = getattr(chain, "response", None)
        if isinstance(response, httpx.Response):
            shown += [response.text, str(response.headers.multi_items())]
            request = response.request
            shown += [str(request.url), str(request.headers.multi_items()), request.content.decode(errors="replace")]
        if isinstance(chain, httpx.HTTPError):
            with_request = chain._request
            if with_request is not None:
                shown += [str(with_request.url), str(with_request.headers.multi_items()), str(with_request.content)]
        chain = chain.__cause__ or chain.__context__
    return "\n".join(shown)


@pytest.mark.parametrize("provider", sorted(WHERE))
def test_an_error_keeps_no_credential_header_body_or_query(provider: str, transport: SimulatorTransport) -> None:
    """err.response.request has no credential header, no body and no query value: only what it was, where."""
    errors = _failing_errors(provider, transport)
    assert any(isinstance(getattr(e, "response", None), httpx.Response) for e in errors)
    for error in errors:
        assert not leaks(_reachable(error), provider), type(error)


def test_a_transport_error_keeps_a_scrubbed_request() -> None:
    """A connection that fails: the httpx error behind the smskit one holds a scrubbed request as well."""

    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    sms = smskit.EasySendSMS("canary-k-e5s1", base_url=base("easysendsms"), transport=httpx.MockTransport(refuse),
                             max_retries=0)  # fmt: skip
    with pytest.raises(smskit.ConnectError) as failed:
        sms.balance()
    assert isinstance(failed.value.__cause__, httpx.ConnectError)
    assert not leaks(_reachable(failed.value), "easysendsms")


# --- detached ------------------------------------------------------------------------------------------------------
def _raise_with_locals() -> None:
    batch = {"text": TEXT}  # noqa: F841 - a local a frame would keep
    request = httpx.Request("POST", "https://api.example.com/x", headers={"apikey": "canary-k-e5s1"}, content=TEXT)
    raise httpx.ConnectError("refused", request=request)


def _chained() -> smskit.ConnectError:
    try:
        try:
            _raise_with_locals()
        except httpx.ConnectError as exc:
            raise smskit.ConnectError("could not connect", provider="easysendsms") from exc
    except smskit.ConnectError as exc:
        return exc
    raise AssertionError("unreachable")


def test_detached_clears_every_traceback_and_scrubs_httpx_errors_in_the_chain() -> None:
    error = _chained()
    cause = error.__cause__
    assert isinstance(cause, httpx.ConnectError)
    assert TEXT in formatted(error) and cause.__traceback__ is not None  # the frames hold the text before
    assert detached(error) is error
    assert error.__traceback__ is None and cause.__traceback__ is None
    assert cause.request.headers["apikey"] == "***" and cause.request.content == b""
    assert not leaks(formatted(error), "easysendsms")


def test_detached_walks_contexts_groups_and_cycles() -> None:
    inner = _chained()
    try:
        raise ExceptionGroup("several", [inner])
    except ExceptionGroup as exc:
        group = exc
    outer = RuntimeError("while handling")
    outer.__context__ = group
    group.__context__ = outer  # a cycle: detached must still end
    assert detached(outer) is outer
    assert all(e.__traceback__ is None for e in (outer, group, inner, inner.__cause__))
    assert not leaks(formatted(outer), "easysendsms")


@pytest.mark.parametrize("provider", sorted(WHERE))
def test_stored_result_errors_hold_no_frames_with_the_text(provider: str, transport: SimulatorTransport) -> None:
    """The error in a RecipientResult, formatted with its frames' locals, shows neither the text nor a
    credential. (Needs the send path to store errors through `detached`.)"""
    *_, recipient, sender = WHERE[provider]
    sms = smskit.client(provider, **CANARY[provider], base_url=base(provider), transport=transport)
    with pytest.raises(smskit.APIError) as refused:
        sms.send(recipient, TEXT, sender=sender)
    (result,) = refused.value.results or ()
    assert result.error is not None and result.error is not refused.value  # the raised one is a copy
    assert result.error.__traceback__ is None
    assert not leaks(formatted(result.error), provider)


# --- pickling ------------------------------------------------------------------------------------------------------
EXCEPTIONS = sorted(
    (getattr(smskit, name) for name in smskit.__all__
     if isinstance(getattr(smskit, name), type) and issubclass(getattr(smskit, name), smskit.SmsKitError)),
    key=lambda cls: cls.__name__,
)  # fmt: skip


def _response() -> httpx.Response:
    request = httpx.Request("POST", "https://api.example.com/send?message=" + TEXT, headers={"apikey": "canary-k-e5s1"},
                            json={"text": TEXT})  # fmt: skip
    return httpx.Response(429, headers={"Retry-After": "3"}, json={"error": "slow down"}, request=request)


def sample(cls: type[smskit.SmsKitError]) -> smskit.SmsKitError:
    """An instance of `cls` with every attribute its constructor takes set to something other than the default."""
    error: smskit.SmsKitError
    if issubclass(cls, smskit.InputError):
        error = cls("to[3]", "pattern", "not a phone number")
    elif issubclass(cls, smskit.APIError):
        extra: dict[str, Any] = {"retry_after": 3.0} if issubclass(cls, smskit.RateLimitedError) else {}
        error = cls("easysendsms answered 429", provider="easysendsms", status_code=429, code=4012,
                    description="slow down", response=_response(), operation="sendSms", **extra)  # fmt: skip
    elif issubclass(cls, smskit.OutcomeUnknownError):
        error = cls("no answer", provider="mobyt", operation="sendSms", status_code=502, code="X",
                    description="gateway", response=_response(), reference="order-1")  # fmt: skip
    elif issubclass(cls, smskit.TransportError):
        error = cls("could not connect", provider="ezzysms", operation="getBalance")
    elif issubclass(cls, smskit.SendError):
        error = cls("1 of 1 recipients were not accepted", results=[smskit.RecipientResult("+14155550100", "unknown")])
    else:
        error = cls("what happened")
    error.added_later = {"flag": True}  # type: ignore[attr-defined]  # attributes others may add
    error.add_note("a note")
    return error


def assert_same(before: BaseException, after: BaseException) -> None:
    assert type(after) is type(before) and after.args == before.args and str(after) == str(before)
    mine, theirs = dict(vars(before)), dict(vars(after))
    response, other = mine.pop("response", None), theirs.pop("response", None)
    assert theirs == mine
    if response is not None:
        assert isinstance(other, httpx.Response)
        assert (other.status_code, other.headers.multi_items(), other.content) == (
            response.status_code, response.headers.multi_items(), response.content)  # fmt: skip
        assert other.request.url.path == response.request.url.path
        assert other.request.headers["apikey"] == "***" and other.request.content == b""


@pytest.mark.parametrize("cls", EXCEPTIONS, ids=[c.__name__ for c in EXCEPTIONS])
@pytest.mark.parametrize("protocol", [2, pickle.DEFAULT_PROTOCOL, pickle.HIGHEST_PROTOCOL])
def test_every_exception_survives_a_pickle_round_trip(cls: type[smskit.SmsKitError], protocol: int) -> None:
    """Same class, message and attributes (the response scrubbed), whatever the constructor's signature."""
    error = sample(cls)
    data = pickle.dumps(error, protocol=protocol)
    assert not leaks(data, "easysendsms")
    assert_same(error, pickle.loads(data))
    assert_same(error, copy.copy(error))


def test_an_unpicklable_response_is_dropped_not_fatal() -> None:
    """httpx lets a client guess encodings with any callable: a lambda does not pickle, so the error travels
    without its response rather than not at all."""
    odd = httpx.Response(
        500, content=b"x", request=httpx.Request("GET", "https://x/"), default_encoding=lambda _: "utf-8"
    )
    error = smskit.UnavailableError("down", provider="easify", response=odd)
    again = pickle.loads(pickle.dumps(error))
    assert again.response is None and again.provider == "easify"


@pytest.mark.parametrize("provider", sorted(WHERE))
def test_pickled_errors_of_real_failures_hold_no_secret_or_text(provider: str, transport: SimulatorTransport) -> None:
    for error in _failing_errors(provider, transport):
        data = pickle.dumps(error)
        assert not leaks(data, provider), type(error)
        again = pickle.loads(data)
        assert type(again) is type(error) and vars(again).keys() == vars(error).keys()


def raise_in_worker(name: str) -> None:
    """Run in a worker process: raise a sample of the exception class `name`."""
    raise sample(getattr(smskit, name))


@pytest.mark.parametrize("name", ["RateLimitedError", "InputError", "TimeoutError", "ConnectError"])
def test_a_worker_process_raising_one_delivers_it_intact(name: str) -> None:
    """A ProcessPoolExecutor worker raising an smskit error: the parent gets the same error, the pool lives."""
    with ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn")) as pool:
        with pytest.raises(getattr(smskit, name)) as raised:
            pool.submit(raise_in_worker, name).result(timeout=60)
        expected = sample(getattr(smskit, name))
        assert_same(expected, raised.value)
        assert pool.submit(pow, 2, 5).result(timeout=60) == 32


# --- logs ----------------------------------------------------------------------------------------------------------
def _log_leaks(records: list[logging.LogRecord], provider: str) -> list[str]:
    found = []
    for record in records:
        shown = record.getMessage() + repr(record.args) + str(record.msg)
        found += [f"{record.name}: {s}" for s in leaks(shown, provider)]
    return found


@pytest.mark.parametrize("provider", sorted(WHERE))
def test_no_log_line_shows_a_secret_or_the_text(
    provider: str, transport: SimulatorTransport, control: httpx.Client, caplog: pytest.LogCaptureFixture
) -> None:
    """At DEBUG, from any logger: a send, a refused read, and EzzySMS's query-string send with the credentials
    in the query too (the generated call used directly)."""
    caplog.set_level(logging.DEBUG)
    unlimit(control, provider)
    *_, recipient, sender = WHERE[provider]
    good = smskit.client(provider, **DEMO[provider], base_url=base(provider), transport=transport)
    assert good.send(recipient, TEXT, sender=sender)[0].accepted
    wrong = smskit.client(provider, **CANARY[provider], base_url=base(provider), transport=transport)
    with pytest.raises(smskit.SmsKitError):
        wrong.list_phone_numbers() if provider == "easify" else wrong.balance()  # type: ignore[attr-defined]
    if provider == "ezzysms":
        assert isinstance(good, smskit.EzzySMS) and isinstance(wrong, smskit.EzzySMS)
        good.send_message_by_query(to=recipient, message=TEXT)
        with pytest.raises(smskit.SmsKitError):
            wrong.send_message_by_query(to=recipient, message=TEXT)
        in_query = {"username": "demo-ezzysms", "password": CANARY["ezzysms"]["password"]}
        send_message_by_query.sync_detailed(client=wrong.generated, to=recipient, message=TEXT, **in_query)
    assert any("HTTP Request" in r.getMessage() for r in caplog.records)  # httpx did log the requests
    assert not _log_leaks(caplog.records, provider)


@pytest.mark.parametrize("provider", sorted(WHERE))
def test_no_log_line_shows_a_secret_or_the_text_async(
    provider: str, app: Starlette, control: httpx.Client, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    unlimit(control, provider)
    _, cls, _, recipient, sender = WHERE[provider]

    async def run() -> None:
        asgi = httpx.ASGITransport(app=app)
        async with cls(**DEMO[provider], base_url=base(provider), transport=asgi) as good:
            assert (await good.send(recipient, TEXT, sender=sender))[0].accepted
            if provider == "ezzysms":
                await good.send_message_by_query(to=recipient, message=TEXT)
        async with cls(**CANARY[provider], base_url=base(provider), transport=asgi) as wrong:
            with pytest.raises(smskit.SmsKitError):
                await (wrong.list_phone_numbers() if provider == "easify" else wrong.balance())
            if provider == "ezzysms":
                with pytest.raises(smskit.SmsKitError):
                    await wrong.send_message_by_query(to=recipient, message=TEXT)
                in_query = {"username": "demo-ezzysms", "password": CANARY["ezzysms"]["password"]}
                await send_message_by_query.asyncio_detailed(
                    client=wrong.generated, to=recipient, message=TEXT, **in_query
                )

    asyncio.run(run())
    assert any("HTTP Request" in r.getMessage() for r in caplog.records)
    assert not _log_leaks(caplog.records, provider)


@pytest.fixture
def over_a_socket(app: Starlette) -> Iterator[str]:
    """The simulator behind a real uvicorn on a free loopback port: requests go through httpcore, which logs
    at DEBUG too."""
    with serve_in_thread(app) as url:
        yield url


def test_no_client_log_line_shows_a_secret_or_the_text_over_a_socket(
    over_a_socket: str, control: httpx.Client, caplog: pytest.LogCaptureFixture
) -> None:
    """Through httpx and httpcore over TCP, sync and async: nothing smskit's clients log (httpx, httpcore,
    smskit) shows the query-string text or a credential. (The server's own access log is not the client's.)"""
    caplog.set_level(logging.DEBUG)
    unlimit(control, "ezzysms")
    url = over_a_socket + WHERE["ezzysms"][2]
    recipient = WHERE["ezzysms"][3]
    in_query = {"username": "demo-ezzysms", "password": CANARY["ezzysms"]["password"]}
    with smskit.EzzySMS(**CANARY["ezzysms"], base_url=url) as wrong:
        with pytest.raises(smskit.SmsKitError):
            wrong.send_message_by_query(to=recipient, message=TEXT)
        send_message_by_query.sync_detailed(client=wrong.generated, to=recipient, message=TEXT, **in_query)

    async def run() -> None:
        async with smskit.AsyncEzzySMS(**CANARY["ezzysms"], base_url=url) as wrong:
            with pytest.raises(smskit.SmsKitError):
                await wrong.send_message_by_query(to=recipient, message=TEXT)
            await send_message_by_query.asyncio_detailed(client=wrong.generated, to=recipient, message=TEXT, **in_query)

    asyncio.run(run())
    client_side = [r for r in caplog.records if r.name.split(".")[0] in ("httpx", "httpcore", "smskit")]
    assert any(r.name.startswith("httpcore") for r in client_side)
    assert not _log_leaks(client_side, "ezzysms")


def test_other_httpx_users_keep_their_full_urls(
    caplog: pytest.LogCaptureFixture, transport: SimulatorTransport
) -> None:
    """The mask applies to smskit's own requests only, in the same thread as one of them."""
    caplog.set_level(logging.INFO, logger="httpx")
    ok = httpx.MockTransport(lambda request: httpx.Response(200))
    with httpx.Client(transport=ok) as plain:
        plain.get("https://example.com/search?q=visible-value")
    sms = smskit.EzzySMS(**DEMO["ezzysms"], base_url=base("ezzysms"), transport=transport)
    sms.send_message_by_query(to="+256712345670", message=TEXT)
    with httpx.Client(transport=ok) as plain:
        plain.get("https://example.com/search?q=visible-again")
    shown = caplog.text
    assert "q=visible-value" in shown and "q=visible-again" in shown and TEXT not in shown
    assert "message=***" in shown


# --- Mobyt: one login for concurrent requests ------------------------------------------------------------------------
class Counting(httpx.BaseTransport):
    """The simulator's transport, counting requests by the last segment of their path."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self.inner, self.paths, self._lock = inner, Counter[str](), threading.Lock()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        with self._lock:
            self.paths[request.url.path.rsplit("/", 1)[-1]] += 1
        return self.inner.handle_request(request)


class AsyncCounting(httpx.AsyncBaseTransport):
    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self.inner, self.paths = inner, Counter[str]()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.paths[request.url.path.rsplit("/", 1)[-1]] += 1
        await asyncio.sleep(0)  # let the other tasks run into the login too
        return await self.inner.handle_async_request(request)


MOBYT = base("mobyt")


def _sends_from_threads(sms: smskit.Mobyt, count: int) -> list[smskit.RecipientResult]:
    start = threading.Barrier(count)

    def one(_: int) -> smskit.RecipientResult:
        start.wait()
        (result,) = sms.send("+393471234567", "Ciao")
        return result

    with ThreadPoolExecutor(max_workers=count) as pool:
        return list(pool.map(one, range(count)))


@pytest.mark.parametrize("token", [False, True], ids=["session", "token"])
def test_concurrent_mobyt_sends_share_one_login(
    token: bool, transport: SimulatorTransport, control: httpx.Client
) -> None:
    """40 threads sending at once through one client: one login, and all 40 sent."""
    unlimit(control, "mobyt")
    counting = Counting(transport)
    sms = smskit.Mobyt(**DEMO["mobyt"], base_url=MOBYT, transport=counting, rate_limit=0, token=token)
    results = _sends_from_threads(sms, 40)
    assert all(r.accepted for r in results)
    assert counting.paths["token" if token else "login"] == 1 and counting.paths["sms"] == 40


def test_an_expired_mobyt_session_is_renewed_once_for_all(transport: SimulatorTransport, control: httpx.Client) -> None:
    """After the session expired, 40 concurrent sends get 401s: one re-login, the others reuse its keys."""
    unlimit(control, "mobyt")
    counting = Counting(transport)
    sms = smskit.Mobyt(**DEMO["mobyt"], base_url=MOBYT, transport=counting, rate_limit=0)
    assert sms.send("+393471234567", "first")[0].accepted
    control.post("/_sim/clock", json={"advance": 301})
    results = _sends_from_threads(sms, 40)
    assert all(r.accepted for r in results)
    assert counting.paths["login"] == 2


def test_concurrent_async_mobyt_sends_share_one_login(app: Starlette, control: httpx.Client) -> None:
    unlimit(control, "mobyt")
    counting = AsyncCounting(httpx.ASGITransport(app=app))

    async def run() -> tuple[list[list[smskit.RecipientResult]], list[list[smskit.RecipientResult]]]:
        async with smskit.AsyncMobyt(**DEMO["mobyt"], base_url=MOBYT, transport=counting, rate_limit=0) as sms:
            first = await asyncio.gather(*(sms.send("+393471234567", "Ciao") for _ in range(40)))
            assert counting.paths["login"] == 1
            control.post("/_sim/clock", json={"advance": 301})
            again = await asyncio.gather(*(sms.send("+393471234567", "Ciao") for _ in range(40)))
            return first, again

    first, again = asyncio.run(run())
    assert all(r[0].accepted for r in first + again)
    assert counting.paths["login"] == 2


def test_an_async_mobyt_client_works_across_event_loops(app: Starlette, control: httpx.Client) -> None:
    """The login lock belongs to the running loop: one asyncio.run after another still works."""
    unlimit(control, "mobyt")
    counting = AsyncCounting(httpx.ASGITransport(app=app))
    sms = smskit.AsyncMobyt(**DEMO["mobyt"], base_url=MOBYT, transport=counting, rate_limit=0)

    async def burst() -> list[list[smskit.RecipientResult]]:
        return await asyncio.gather(*(sms.send("+393471234567", "Ciao") for _ in range(5)))

    for _ in range(2):
        assert all(r[0].accepted for r in asyncio.run(burst()))
    assert counting.paths["login"] == 1


def test_a_failed_mobyt_login_is_not_remembered(transport: SimulatorTransport) -> None:
    """Wrong credentials: each call gets the login's own answer (404), and no keys are kept."""
    sms = smskit.Mobyt(**CANARY["mobyt"], base_url=MOBYT, transport=transport)
    for _ in range(2):
        with pytest.raises(smskit.APIError) as denied:
            sms.balance()
        assert denied.value.status_code == 404
    assert sms._http.auth.keys is None  # type: ignore[attr-defined]


@pytest.fixture(autouse=True)
def _no_credentials_in_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for names in ENV.values():
        for name in names.values():
            if name in os.environ:
                monkeypatch.delenv(name)
