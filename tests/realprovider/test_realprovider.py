"""`nox -s real` against the simulator served on a real socket, as if it were the provider: the read-only run
conforms and sends nothing, a send needs --send and named numbers, record mode writes evidence the corpus
harness accepts with no credential in it, and an answer that breaks the spec fails the run."""

from __future__ import annotations

import base64
import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

import smskit
from smskit_sim import create_app
from smskit_sim.threaded import serve_in_thread
from tests.evidence.corpus import items, provenance_problems, request_problems, response_problems, route_problems
from tests.evidence.drive import build_request, recorded_answer
from tests.overlay.demo import DEMO, PROVIDERS
from tests.realprovider.probe import Options, Recorder, run

ENV = {
    "easysendsms": {"EASYSENDSMS_API_KEY": "api_key"},
    "ezzysms": {"EZZYSMS_USERNAME": "username", "EZZYSMS_PASSWORD": "password"},
    "easify": {"EASIFY_API_TOKEN": "token", "EASIFY_FROM_NUMBER": "from_number"},
    "transmitsms": {"TRANSMITSMS_API_KEY": "api_key", "TRANSMITSMS_API_SECRET": "api_secret"},
    "mobyt": {"MOBYT_USERNAME": "username", "MOBYT_PASSWORD": "password"},
}


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    with serve_in_thread(create_app()) as url:
        yield url


@pytest.fixture
def control(server: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server) as client:
        assert client.post("/_sim/reset").status_code == 200
        for provider in PROVIDERS:
            account = client.get("/_sim/accounts", params={"provider": provider}).json()["accounts"][0]
            answer = client.patch(f"/_sim/accounts/{account['account_id']}", json={"rate_limit_scale": 0})
            assert answer.status_code == 200, answer.text
        yield client


@pytest.fixture
def credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    for provider, names in ENV.items():
        for variable, key in names.items():
            monkeypatch.setenv(variable, str(DEMO[provider][key]))


def options(server: str, provider: str, **changes: Any) -> Options:
    made = Options(provider=provider, url=f"{server}{PROVIDERS[provider][1]}", to=[], send=False, lookups=False,
                   text="Hello from the conformance run", sender=PROVIDERS[provider][3], record=None, rate_limit=0,
                   timeout=10)  # fmt: skip
    for key, value in changes.items():
        setattr(made, key, value)
    return made


def messages(control: httpx.Client, provider: str) -> list[dict[str, Any]]:
    stored: list[dict[str, Any]] = control.get("/_sim/messages", params={"provider": provider}).json()["messages"]
    return stored


def secret_texts(provider: str) -> list[str]:
    values = [str(DEMO[provider][key]) for variable, key in ENV[provider].items() if variable.endswith(
        ("KEY", "SECRET", "TOKEN", "PASSWORD"))]  # fmt: skip
    creds = DEMO[provider]
    pairs = [("username", "password"), ("api_key", "api_secret")]
    values += [
        base64.b64encode(f"{creds[a]}:{creds[b]}".encode()).decode() for a, b in pairs if a in creds and b in creds
    ]
    return values


def check_recorded(provider: str, folder: Path) -> list[Path]:
    """Every file below `folder` passes the corpus harness's checks and holds no credential."""
    recorded = [item for item in items(folder) if item.provider == provider]
    assert recorded, f"nothing recorded below {folder}"
    for item in recorded:
        assert item.kind == "recorded"
        assert not provenance_problems(item), (item.id, provenance_problems(item))
        response = item.response or {}
        status = int(response["status"])
        problems = response_problems(provider, item.operation_id, status, response.get("content_type"),
                                     response.get("body"), "body" in response)  # fmt: skip
        assert not problems, (item.path.name, problems)
        check = route_problems if 400 <= status < 500 else request_problems
        assert not check(provider, item), (item.path.name, check(provider, item))
        if 200 <= status < 300 and response.get("body") not in (None, ""):  # the typed parse, as test_corpus does
            request = build_request(provider, item.operation_id, item.request)
            assert request.parse(recorded_answer(response)) is not None
        text = item.path.read_text(encoding="utf-8")
        for secret in secret_texts(provider):
            assert secret not in text, f"{item.path.name} holds a credential"
    return [item.path for item in recorded]


@pytest.mark.parametrize("provider", list(PROVIDERS))
def test_read_only_run_conforms_records_and_sends_nothing(
    provider: str, server: str, control: httpx.Client, credentials: None, tmp_path: Path
) -> None:
    out = io.StringIO()
    number = PROVIDERS[provider][2]
    code = run(options(server, provider, record=tmp_path, to=[number]), out=out)
    report = out.getvalue()
    assert code == 0, report
    assert "DOES NOT CONFORM" not in report and " 0 not conforming" in report, report
    assert messages(control, provider) == [], "a read-only run sent a message"
    paths = check_recorded(provider, tmp_path)
    assert all("send" not in path.name.lower() for path in paths), "a send was recorded in a read-only run"


@pytest.mark.parametrize("provider", list(PROVIDERS))
def test_send_only_with_the_flag_and_named_numbers(
    provider: str, server: str, control: httpx.Client, credentials: None, tmp_path: Path
) -> None:
    number = PROVIDERS[provider][2]
    out = io.StringIO()
    assert run(options(server, provider, send=True), out=out) == 2, "--send without --to must refuse to run"
    assert messages(control, provider) == []
    code = run(options(server, provider, send=True, to=[number], record=tmp_path), out=out)
    assert code == 0, out.getvalue()
    stored = messages(control, provider)
    assert len(stored) == 1, stored
    assert stored[0]["recipient"].lstrip("+") == number.lstrip("+")
    names = [path.name for path in check_recorded(provider, tmp_path)]
    assert any("send" in name.lower() for name in names), names
    if provider in ("easify", "transmitsms", "mobyt"):  # the status read of what was sent
        reads = {"easify": "getSmsStatus", "transmitsms": "getSms", "mobyt": "getSmsState"}[provider]
        assert any(name.endswith(f"-{reads}.yaml") for name in names), names


@pytest.mark.parametrize("provider", list(PROVIDERS))
def test_the_transport_refuses_a_send_without_the_flag(provider: str, server: str, control: httpx.Client) -> None:
    """Whatever calls send(), without --send the request never leaves (the guard is in the transport)."""
    url = f"{server}{PROVIDERS[provider][1]}"
    recorder = Recorder(provider, url, httpx.HTTPTransport(), allow_send=False)
    with smskit.client(
        provider, **DEMO[provider], base_url=url, transport=recorder, rate_limit=0, max_retries=0
    ) as sms:
        results = sms.send([PROVIDERS[provider][2]], "must not leave", sender=PROVIDERS[provider][3])
    assert [r.status for r in results] != ["accepted"]
    assert any(e.error and e.error.startswith("refused") for e in recorder.exchanges)
    assert messages(control, provider) == []


def test_missing_credentials_stop_the_run(server: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TRANSMITSMS_API_SECRET", raising=False)
    monkeypatch.setenv("TRANSMITSMS_API_KEY", "key")
    out = io.StringIO()
    assert run(options(server, "transmitsms"), out=out) == 2
    assert "TRANSMITSMS_API_SECRET" in out.getvalue()


def test_an_answer_against_the_spec_fails_the_run(server: str, control: httpx.Client, credentials: None) -> None:
    """The simulator answers `{}` to the balance read (a 200 without the required `balance`): not conforming."""
    fault = {"provider": "easysendsms", "operation": "getBalance", "kind": "damage", "answer": "empty_object"}
    assert control.post("/_sim/faults", json=fault).status_code in (200, 201)
    try:
        out = io.StringIO()
        assert run(options(server, "easysendsms"), out=out) == 1
        assert "DOES NOT CONFORM" in out.getvalue()
        assert "balance" in out.getvalue()
    finally:
        control.delete("/_sim/faults", params={"provider": "easysendsms"})


@pytest.mark.parametrize("provider", ["easify", "transmitsms", "mobyt"])
def test_status_reads_of_earlier_messages_send_nothing(
    provider: str, server: str, control: httpx.Client, credentials: None
) -> None:
    """`--status ID` reads a message sent before (its id from the send's report line), sending nothing."""
    number = PROVIDERS[provider][2]
    out = io.StringIO()
    assert run(options(server, provider, send=True, to=[number]), out=out) == 0, out.getvalue()
    (line,) = [line for line in out.getvalue().splitlines() if line.startswith("send(")]
    message_id = line.split("accepted ", 1)[1].split("'")[0]
    out = io.StringIO()
    assert run(options(server, provider, status=[message_id]), out=out) == 0, out.getvalue()
    reads = {"easify": "getSmsStatus", "transmitsms": "getSms", "mobyt": "getSmsState"}[provider]
    assert f"[{reads}] conforms" in out.getvalue(), out.getvalue()
    assert len(messages(control, provider)) == 1, "a status read sent a message"
