"""The virtual clock starts at the real time, so a client nobody here wrote sees its own "now": a message it
schedules "in 5 minutes" leaves 5 virtual minutes later, and a date already past by the wall clock is refused as
the provider refuses it. A fixed start is there only when asked for: `create_app(clock_start=...)`, `smskit-sim
--clock`, or `POST /_sim/reset {"clock": ...}`; `POST /_sim/clock {"to": ...}` moves the clock to an instant."""

from __future__ import annotations

import datetime as dt
import socket
import subprocess
import sys
import time
from collections.abc import Iterator

import httpx
import pytest
from starlette.testclient import TestClient

from smskit_sim import create_app
from smskit_sim.clock import FIXED_START

SEND = "/easysendsms/v1/rest/sms/send"
KEY = {"apikey": "demouuv3f5rupyzq1e310tsq2hi1iio6"}
BODY = {"from": "SenderName", "to": "12345678900", "text": "Hello", "type": "0"}


def _utc(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))


def _wall() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@pytest.fixture
def real() -> Iterator[TestClient]:
    """A simulator on its default clock: no start asked for."""
    with TestClient(create_app(), base_url="http://sim") as client:
        yield client


def test_the_clock_starts_at_the_real_time(real: TestClient) -> None:
    """Before: it started at 2026-01-01 12:00 UTC whatever the date."""
    clock = real.get("/_sim/clock").json()
    now, start = _utc(clock["now"]), _utc(clock["start"])
    assert now == start
    assert abs((now - _wall()).total_seconds()) < 5


def test_a_reset_starts_it_at_the_real_time_again(real: TestClient) -> None:
    real.post("/_sim/clock", json={"advance": 86_400}).raise_for_status()
    assert _utc(real.get("/_sim/clock").json()["now"]) - _wall() > dt.timedelta(hours=23)
    real.post("/_sim/reset").raise_for_status()
    assert abs((_utc(real.get("/_sim/clock").json()["now"]) - _wall()).total_seconds()) < 5


def test_the_providers_own_example_date_now_past_is_refused(real: TestClient) -> None:
    """seeds/000's scheduled example, 2026-03-15T10:00:00Z, is in the past today: 4017 ("scheduled time is in the
    past"), as EasySendSMS answers it. Before: accepted, the simulator's clock being stuck at 2026-01-01."""
    answer = real.post(SEND, json={**BODY, "scheduled": "2026-03-15T10:00:00Z"}, headers=KEY)
    assert (answer.status_code, answer.json()) == (400, {"error": 4017, "description": answer.json()["description"]})
    assert real.get("/_sim/messages").json()["count"] == 0


def test_in_five_minutes_means_five_virtual_minutes(real: TestClient) -> None:
    """A client schedules from its own wall clock; the message leaves when the virtual clock gets there. Before:
    it was scheduled eleven months ahead and still waiting after five minutes."""
    at = (_wall() + dt.timedelta(minutes=5)).replace(microsecond=0)
    answer = real.post(SEND, json={**BODY, "scheduled": at.strftime("%Y-%m-%dT%H:%M:%S")}, headers=KEY)
    assert answer.status_code == 200, answer.text
    (stored,) = real.get("/_sim/messages").json()["messages"]
    assert (stored["status"], _utc(stored["scheduled_at"])) == ("scheduled", at)
    real.post("/_sim/clock", json={"advance": 5 * 60 + 10}).raise_for_status()
    (stored,) = real.get("/_sim/messages").json()["messages"]
    assert stored["status"] != "scheduled" and stored["sent_at"] is not None


def test_a_fixed_start_is_kept_through_resets() -> None:
    with TestClient(create_app(clock_start="2026-01-01T00:00:00Z"), base_url="http://sim") as client:
        assert client.get("/_sim/clock").json() == {"now": "2026-01-01T00:00:00Z", "start": "2026-01-01T00:00:00Z"}
        client.post("/_sim/clock", json={"advance": 90}).raise_for_status()
        assert client.get("/_sim/clock").json()["now"] == "2026-01-01T00:01:30Z"
        client.post("/_sim/reset").raise_for_status()
        assert client.get("/_sim/clock").json()["now"] == "2026-01-01T00:00:00Z"


def test_create_app_takes_an_aware_datetime_in_any_zone() -> None:
    start = dt.datetime(2026, 6, 1, 14, 0, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    with TestClient(create_app(clock_start=start), base_url="http://sim") as client:
        assert client.get("/_sim/clock").json()["now"] == "2026-06-01T12:00:00Z"


@pytest.mark.parametrize("start", ["2026-01-01T00:00:00", dt.datetime(2026, 1, 1), "tomorrow", "1969-12-31T00:00:00Z"])
def test_create_app_refuses_a_start_without_a_zone_or_out_of_range(start: object) -> None:
    with pytest.raises(ValueError, match=r"zone|ISO 8601|range"):
        create_app(clock_start=start)  # type: ignore[arg-type]


def test_a_reset_may_start_the_clock_anywhere_for_itself_only() -> None:
    with TestClient(create_app(clock_start=FIXED_START), base_url="http://sim") as client:
        answer = client.post("/_sim/reset", json={"clock": "2030-05-05T05:05:05+02:00"})
        assert answer.status_code == 200, answer.text
        assert client.get("/_sim/clock").json()["now"] == "2030-05-05T03:05:05Z"
        client.post("/_sim/reset").raise_for_status()
        assert client.get("/_sim/clock").json()["now"] == "2026-01-01T12:00:00Z"


@pytest.mark.parametrize(("body", "words"), [
    ({"clock": "2026-01-01T00:00:00"}, "`clock`: '2026-01-01T00:00:00' names no time zone"),
    ({"clock": "soon"}, "`clock`: 'soon' is not an ISO 8601 date-time"),
    ({"clock": 5}, "`clock`"),
    ({"clock": "2026-01-01T00:00:00Z", "seed": 1}, "unknown field `seed`"),
])  # fmt: skip
def test_a_bad_reset_clock_is_refused_and_changes_nothing(body: dict[str, object], words: str) -> None:
    with TestClient(create_app(clock_start=FIXED_START), base_url="http://sim") as client:
        client.post("/_sim/clock", json={"advance": 60}).raise_for_status()
        answer = client.post("/_sim/reset", json=body)
        assert answer.status_code == 400 and words in answer.json()["error"], answer.text
        assert client.get("/_sim/clock").json()["now"] == "2026-01-01T12:01:00Z"


def test_the_clock_moves_to_an_instant(client: TestClient) -> None:
    answer = client.post("/_sim/clock", json={"to": "2026-01-01T13:30:00+01:00"})
    assert answer.json() == {"now": "2026-01-01T12:30:00Z", "finished": []}
    answer = client.post("/_sim/clock", json={"to": "2026-01-01T12:00:00Z"})
    assert answer.status_code == 400
    assert answer.json()["error"] == "`to`: the clock only moves forward: it is already 2026-01-01T12:30:00Z"
    assert client.get("/_sim/clock").json()["now"] == "2026-01-01T12:30:00Z"


def test_moving_to_an_instant_sends_what_came_due(client: TestClient) -> None:
    client.post(SEND, json={**BODY, "scheduled": "2026-01-01T13:00:00"}, headers=KEY).raise_for_status()
    finished = client.post("/_sim/clock", json={"to": "2026-01-01T13:01:00Z"}).json()["finished"]
    assert [m["status"] for m in finished] == ["delivered"]


@pytest.mark.parametrize(("body", "words"), [
    ({}, "one of `advance` (seconds) or `to`"),
    ({"advance": 1, "to": "2026-01-02T00:00:00Z"}, "not both"),
    ({"to": "2026-01-02T00:00:00"}, "`to`: '2026-01-02T00:00:00' names no time zone"),
    ({"to": 3}, "`to`"),
    ({"to": "9999-01-01T00:00:00Z"}, "`to`: '9999-01-01T00:00:00Z' is outside the clock's range"),
])  # fmt: skip
def test_a_bad_move_is_refused_naming_the_field(client: TestClient, body: dict[str, object], words: str) -> None:
    answer = client.post("/_sim/clock", json=body)
    assert answer.status_code == 400 and words in answer.json()["error"], answer.text


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


def test_the_cli_takes_a_fixed_start() -> None:
    """`smskit-sim --clock 2026-01-01T00:00:00Z`, a real process on a real socket; its banner says so."""
    port = _free_port()
    command = [sys.executable, "-m", "smskit_sim.cli", "--port", str(port), "--clock", "2026-01-01T00:00:00Z"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                clock = httpx.get(f"http://127.0.0.1:{port}/_sim/clock", timeout=0.5).json()
                break
            except httpx.TransportError:
                assert process.poll() is None and time.monotonic() < deadline, "smskit-sim did not start"
                time.sleep(0.05)
        assert clock == {"now": "2026-01-01T00:00:00Z", "start": "2026-01-01T00:00:00Z"}
    finally:
        process.terminate()
        out, _ = process.communicate(timeout=20)
    assert "virtual clock at 2026-01-01T00:00:00Z (fixed start" in out


def test_the_cli_refuses_a_start_without_a_zone() -> None:
    done = subprocess.run([sys.executable, "-m", "smskit_sim.cli", "--clock", "2026-01-01T00:00:00"],
                          capture_output=True, text=True, timeout=60)  # fmt: skip
    assert done.returncode == 2 and "names no time zone" in done.stderr
