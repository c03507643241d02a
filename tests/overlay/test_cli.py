"""The command line, run in-process by click's runner against the simulator on a real socket."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator

import httpx
import pytest
from click.testing import CliRunner

import smskit
from smskit.cli import EXIT_REJECTED, main
from smskit_sim import create_app
from smskit_sim.threaded import serve_in_thread
from tests.overlay.demo import PROVIDERS

KEY = PROVIDERS["easysendsms"][0]["api_key"]


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    with serve_in_thread(create_app()) as url:
        yield url


@pytest.fixture
def sim(server: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server) as control:
        assert control.post("/_sim/reset").status_code == 200
        accounts = control.get("/_sim/accounts", params={"provider": "easysendsms"}).json()["accounts"]
        control.patch(f"/_sim/accounts/{accounts[0]['account_id']}", json={"rate_limit_scale": 0, "balance": 1e6})
        yield control


def _run(server: str, *args: str, key: str = KEY, stdin: str | None = None) -> tuple[int, str, str]:
    runner = CliRunner()
    env = {"EASYSENDSMS_API_KEY": key, "SMSKIT_PROVIDER": "easysendsms"}
    result = runner.invoke(main, ["--base-url", f"{server}/easysendsms", *args], env=env, input=stdin)
    return result.exit_code, result.stdout, result.stderr


def _stored(control: httpx.Client) -> list[str]:
    messages = control.get("/_sim/messages", params={"provider": "easysendsms"}).json()["messages"]
    return [m["recipient"] for m in messages]


def test_send_prints_one_line_per_recipient_and_exits_3_on_a_rejection(server: str, sim: httpx.Client) -> None:
    code, out, _ = _run(server, "send", "+14155550100", "+14155559989", "12", "--text", "Hi", "--sender", "Shop")
    lines = out.splitlines()
    assert code == EXIT_REJECTED and len(lines) == 3
    assert lines[0].split()[:2] == ["+14155550100", "accepted"]
    assert lines[1].split()[:2] == ["+14155559989", "rejected"] and lines[2].split()[:2] == ["12", "rejected"]
    assert [n.lstrip("+") for n in _stored(sim)] == ["14155550100"]


def test_json_lines_from_stdin_and_a_bulk_send_texts_each_number_once(server: str, sim: httpx.Client) -> None:
    """300 numbers (ten batches of 30, sent in two chunks of eight batches under a progress bar), each also given
    a second time in another spelling: one result per input line, in order, and each number texted once."""
    numbers = [f"+1415555{1000 + i:04d}" for i in range(300)]
    spelled = [n.replace("+1415", "001 415 ") for n in numbers]
    code, out, err = _run(server, "send", "-", "--text", "Sale today", "--sender", "Shop", "--json",
                          stdin="\n".join(numbers + spelled) + "\n")  # fmt: skip
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0, err
    assert [r["recipient"] for r in rows] == numbers + spelled
    assert {r["status"] for r in rows} == {"accepted"}
    assert [r["message_id"] for r in rows[:300]] == [r["message_id"] for r in rows[300:]]
    assert "sending" not in err  # --json: no progress bar
    stored = _stored(sim)
    assert sorted(n.lstrip("+") for n in stored) == sorted(n.lstrip("+") for n in numbers)


def test_recipients_from_a_csv_column(server: str, sim: httpx.Client, tmp_path: str) -> None:
    table = f"{tmp_path}/customers.csv"
    with open(table, "w", encoding="utf-8") as fh:
        fh.write("name,phone\nAda,+14155550100\nBob,+14155550101\n")
    code, out, err = _run(server, "send", "--csv", table, "--text", "Hi", "--sender", "Shop")
    assert code == 0, err
    assert [line.split()[0] for line in out.splitlines()] == ["+14155550100", "+14155550101"]
    code, _, err = _run(server, "send", "--csv", table, "--column", "email", "--text", "Hi")
    assert code == 2 and "no column 'email'" in err


def test_a_wrong_key_is_exit_1_with_the_provider_s_words_and_not_the_key(server: str, sim: httpx.Client) -> None:
    code, out, err = _run(server, "send", "+14155550100", "--text", "Hi", "--sender", "Shop", key="canary-7q7q")
    assert code == 1 and out == "" and "401" in err and "canary-7q7q" not in err
    assert _stored(sim) == []


def test_balance_preview_and_usage_errors(server: str, sim: httpx.Client) -> None:
    code, out, _ = _run(server, "balance")
    assert code == 0 and out.strip().endswith("credits") and float(out.split()[0]) > 0
    code, out, _ = _run(server, "preview", "Grüße 👋")
    assert code == 0 and "encoding: ucs2" in out and "U+1F44B" in out and "parts: 1" in out
    code, _, err = _run(server, "send", "--text", "Hi")
    assert code == 2 and "no recipients" in err
    result = CliRunner().invoke(main, ["balance"], env={"SMSKIT_PROVIDER": ""})
    assert result.exit_code == 2 and "name a provider" in result.stderr


def test_python_m_smskit() -> None:
    done = subprocess.run([sys.executable, "-m", "smskit", "preview", "hi"], capture_output=True, text=True)
    assert done.returncode == 0 and "encoding: gsm" in done.stdout


def test_a_bulk_send_shows_its_progress_on_stderr(server: str, sim: httpx.Client) -> None:
    numbers = [f"+1415555{2000 + i:04d}" for i in range(40)]  # two batches
    code, out, err = _run(server, "send", *numbers, "--text", "Hi", "--sender", "Shop")
    assert code == 0 and "sending" in err and len(out.splitlines()) == 40


def test_status_reads_a_message_s_state(server: str, sim: httpx.Client) -> None:
    """`smskit status`: the provider's status read (TransmitSMS, one recipient of a message); a provider without
    one (EasySendSMS) is exit 1, saying so."""
    credentials, path, recipient, _ = PROVIDERS["transmitsms"]
    with smskit.TransmitSMS(**credentials, base_url=server + path, rate_limit=0) as sms:
        (sent,) = sms.send(recipient, "Hi")
    assert sent.message_id is not None
    env = {"TRANSMITSMS_API_KEY": str(credentials["api_key"]), "TRANSMITSMS_API_SECRET": str(credentials["api_secret"])}
    args = ["--provider", "transmitsms", "--base-url", server + path, "status", sent.message_id]
    done = CliRunner().invoke(main, [*args, "--recipient", recipient, "--json"], env=env)
    assert done.exit_code == 0, done.stderr
    state = json.loads(done.stdout)
    assert state["message_id"] == sent.message_id and state["recipient"] == recipient
    assert state["status"] in ("pending", "delivered") and state["provider"] == "transmitsms"
    assert CliRunner().invoke(main, args, env=env).exit_code == 1  # one message, many recipients: which one?
    code, _, err = _run(server, "status", "some-id")
    assert code == 1 and "no status read" in err
