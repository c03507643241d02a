"""The simulator's server as other languages' harnesses run it: `python -m smskit_sim --port 0` prints its URL
first (JSON), answers, and stops cleanly on SIGTERM."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time

import httpx


def test_port_0_prints_the_url_answers_and_stops_on_sigterm() -> None:
    started = time.monotonic()
    process = subprocess.Popen([sys.executable, "-m", "smskit_sim", "--port", "0"], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)  # fmt: skip
    try:
        assert process.stdout is not None
        url = json.loads(process.stdout.readline())["smskit_sim"]
        assert url.startswith("http://127.0.0.1:") and not url.endswith(":0")
        deadline = started + 20
        while True:
            try:
                answer = httpx.get(f"{url}/_sim/clock", timeout=1)
                break
            except httpx.TransportError:
                assert time.monotonic() < deadline, "the simulator never answered"
                time.sleep(0.02)
        assert answer.status_code == 200 and "now" in answer.json()
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=15) == 0
        assert process.stderr is not None and "Traceback" not in process.stderr.read()
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
