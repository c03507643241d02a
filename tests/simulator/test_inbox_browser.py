"""The web inbox (`/_sim/ui`) in a real browser: Debian's chromium, driven by Selenium through chromedriver, against
the simulator on a real socket, whose webhooks reach a receiver of the test's own over HTTP.

Skipped, saying why, without /usr/bin/chromium and /usr/bin/chromedriver (Debian's `chromium chromium-driver`,
which .ci/run installs) or without the `selenium` package (the test extra). Selenium is given the driver's path,
so Selenium Manager never looks for or downloads a browser or a driver.

Every run saves a screenshot of the conversation it builds in its temporary folder; the README's is made with
`SMSKIT_INBOX_SCREENSHOT=docs/inbox.png python -m pytest tests/simulator/test_inbox_browser.py`.
"""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, NamedTuple
from urllib.parse import parse_qsl, urlsplit

import httpx
import pytest

import smskit
from smskit_sim import create_app
from smskit_sim.clock import FIXED_START
from smskit_sim.threaded import serve_in_thread
from tests.overlay.demo import DEMO

webdriver = pytest.importorskip("selenium.webdriver", reason="the inbox's browser test needs `selenium` (test extra)")
from selenium.common.exceptions import StaleElementReferenceException  # noqa: E402
from selenium.webdriver.chrome.options import Options  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.remote.webdriver import WebDriver  # noqa: E402
from selenium.webdriver.support.ui import Select, WebDriverWait  # noqa: E402

CHROMIUM, CHROMEDRIVER = "/usr/bin/chromium", "/usr/bin/chromedriver"
# Headless, as root in a container, on a closed network: no sandbox, no GPU, and nothing that phones home.
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-dev-shm-usage", "--window-size=1440,900", "--force-device-scale-factor=1")  # fmt: skip
SCREENSHOT_ENV = "SMSKIT_INBOX_SCREENSHOT"
WAIT = 15.0  # seconds for any one thing to show; every wait is for a condition, none is a sleep

PATRON, BOOKING = (
    "+61491570156",
    "Hi Sam, your table for 2 at Luigi's is booked for Friday 19:30. Reply YES to confirm.",
)
REPLY = "YES, see you then! Could we sit by the window?"
FOLLOW_UP = "Window table noted, Sam. See you on Friday!"
THANKS = "Thank you!"  # injected through the control API, not the page
CUSTOMER, CODE = "+14155550100", "Tu código de verificación es 481 223. Válido durante 10 minutos."  # UCS-2
MARKUP = '<img src=x onerror="document.title=1"><b>bold</b>'


class Hit(NamedTuple):
    method: str
    path: str
    query: dict[str, str]
    body: bytes


class Receiver:
    """A webhook receiver on a real socket: records every request and answers 200."""

    def __init__(self) -> None:
        self.hits: list[Hit] = []
        self._changed = threading.Condition()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def _record(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                url = urlsplit(self.path)
                with receiver._changed:
                    receiver.hits.append(Hit(self.command, url.path, dict(parse_qsl(url.query)), body))
                    receiver._changed.notify_all()
                self.send_response(200)
                self.send_header("Content-Length", "2")
                self.end_headers()
                self.wfile.write(b"OK")

            do_GET = do_POST = _record

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"
        self._thread = threading.Thread(target=self._server.serve_forever, name="webhook-receiver", daemon=True)

    def __enter__(self) -> Receiver:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(WAIT)

    def wait_for(self, what: str, found: Callable[[Hit], bool]) -> Hit:
        with self._changed:
            assert self._changed.wait_for(lambda: any(map(found, self.hits)), WAIT), f"no webhook {what}: {self.hits}"
            return next(hit for hit in self.hits if found(hit))


@pytest.fixture
def browser(tmp_path: Path) -> Iterator[WebDriver]:
    missing = [path for path in (CHROMIUM, CHROMEDRIVER) if not Path(path).is_file()]
    if missing:
        pytest.skip(f"no {' or '.join(missing)}: apt-get install chromium chromium-driver (.ci/run does)")
    options = Options()
    options.binary_location = CHROMIUM
    for flag in (*FLAGS, f"--user-data-dir={tmp_path / 'chromium-profile'}"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})  # the page's console, read at the end
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    try:
        yield driver
    finally:
        driver.quit()


def texts(driver: WebDriver, selector: str) -> list[str]:
    """The text of every element `selector` matches, read at one instant (the page re-renders as it polls)."""
    found: list[str] = driver.execute_script(
        "return [...document.querySelectorAll(arguments[0])].map((e) => e.textContent)", selector
    )
    return found


def until(driver: WebDriver, what: str, condition: Callable[[WebDriver], Any]) -> Any:
    wait = WebDriverWait(driver, WAIT, poll_frequency=0.05, ignored_exceptions=[StaleElementReferenceException])
    return wait.until(condition, message=f"the inbox never showed {what}")


def click(driver: WebDriver, selector: str) -> None:
    """Click what `selector` finds, again if a re-render replaced it in between."""

    def clicked(d: WebDriver) -> bool:
        d.find_element("css selector", selector).click()
        return True

    until(driver, selector, clicked)


def fill(driver: WebDriver, element_id: str, value: str) -> None:
    field = driver.find_element("id", element_id)
    field.clear()
    field.send_keys(value)


def messages(control: httpx.Client) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = control.get("/_sim/messages").json()["messages"]
    return found


def test_the_inbox_shows_the_conversations_and_drives_the_simulator(browser: WebDriver, tmp_path: Path) -> None:
    with (
        Receiver() as receiver,
        serve_in_thread(create_app(clock_start=FIXED_START)) as url,
        httpx.Client(base_url=url) as control,
    ):
        # TransmitSMS reports deliveries to the account's webhook_url and replies to its reply_callback setting.
        (account,) = control.get("/_sim/accounts", params={"provider": "transmitsms"}).json()["accounts"]
        settings = {
            "webhook_url": f"{receiver.url}/dlr",
            "settings": {"reply_callback": f"{receiver.url}/reply"},
            "rate_limit_scale": 0,
        }  # two sends within its second: no 429 to wait out
        assert control.patch(f"/_sim/accounts/{account['account_id']}", json=settings).status_code == 200
        transmitsms = smskit.client("transmitsms", **DEMO["transmitsms"], base_url=f"{url}/transmitsms")
        assert transmitsms.send(PATRON, BOOKING)[0].status == "accepted"
        with smskit.client("easysendsms", **DEMO["easysendsms"], default_sender="Shop",
                           base_url=f"{url}/easysendsms") as sms:  # fmt: skip
            assert sms.send(CUSTOMER, CODE)[0].status == "accepted"

        browser.get(f"{url}/_sim/ui")
        until(browser, "both conversations", lambda d: len(texts(d, "#conversations li.conv")) == 2)
        assert texts(browser, "#live") == ["● live"]
        click(browser, "#conversations li.conv[data-provider=transmitsms]")
        until(
            browser,
            "the booking, queued",
            lambda d: texts(d, "#thread li.msg.out[data-status=queued] .bubble") == [BOOKING],
        )
        (meta, _) = texts(browser, "#thread li.msg.out .meta")
        assert all(part in meta for part in ("queued", "1 part", "GSM-7", "cost 0.087", "from 61429997672")), meta
        # The reply form is filled in from the conversation: the patron answers the number that texted them.
        assert browser.find_element("id", "reply-from").get_attribute("value") == PATRON
        assert browser.find_element("id", "reply-to").get_attribute("value") == "+61429997672"
        assert Select(browser.find_element("id", "reply-provider")).first_selected_option.text == "transmitsms"

        # A reply injected from the page: its webhook reaches the receiver, and the page shows it (as GET
        # /_sim/inbound lists it, with its received time) and the callback.
        fill(browser, "reply-text", REPLY)
        click(browser, "#reply-send")
        hit = receiver.wait_for("with the reply", lambda h: h.path == "/reply")
        assert (hit.method, hit.query["response"], hit.query["mobile"]) == ("GET", REPLY, PATRON[1:])
        until(
            browser,
            "the reply's callback",
            lambda d: texts(d, "#callbacks li.callback[data-event=reply][data-status='200']"),
        )
        until(browser, "the reply in the thread", lambda d: texts(d, "#thread li.msg.in .bubble") == [REPLY])
        (listed,) = control.get("/_sim/inbound").json()["inbound"]
        assert (listed["provider"], listed["from"], listed["text"]) == ("transmitsms", PATRON, REPLY)
        assert listed["received_at"] == "2026-01-01T12:00:00Z"
        (reply,) = browser.find_elements("css selector", "#thread li.msg.in[data-source=inbound]")
        assert reply.get_attribute("data-received") == listed["received_at"]
        (received,) = reply.find_elements("css selector", "time")
        assert (received.get_attribute("datetime"), received.text) == (listed["received_at"], "received 12:00:00")
        assert f"to +{listed['to'].lstrip('+')}" in reply.text and listed["account_id"] in reply.text
        # An answer sent after it comes after it, though the virtual clock has not moved.
        assert transmitsms.send(PATRON, FOLLOW_UP)[0].status == "accepted"
        transmitsms.close()
        thread = [BOOKING, REPLY, FOLLOW_UP]
        until(browser, "the answer after the reply", lambda d: texts(d, "#thread .bubble") == thread)

        # Replies injected through the control API, not the page, show too: in the conversation they answer, and
        # as a conversation of their own (Easify's demo number, texted by someone it never wrote to).
        inbound = {"provider": "transmitsms", "from": PATRON, "to": "+61429997672", "text": THANKS}
        assert control.post("/_sim/inbound", json=inbound).status_code == 201
        until(browser, "the API's reply in the thread", lambda d: texts(d, "#thread .bubble") == [*thread, THANKS])
        inbound = {"provider": "easify", "from": "+13151350000", "to": "+13205550100", "text": "Who is this?"}
        assert control.post("/_sim/inbound", json=inbound).status_code == 201
        until(browser, "the Easify texter", lambda d: texts(d, "#conversations li.conv[data-provider=easify] .preview")
              == ["↩ Who is this?"])  # fmt: skip

        # The clock, advanced from the page: both messages are delivered and the report reaches the receiver.
        fill(browser, "advance-seconds", "10")
        click(browser, "#advance")
        until(
            browser, "the booking delivered", lambda d: len(texts(d, "#thread li.msg.out[data-status=delivered]")) == 2
        )
        receiver.wait_for("with the delivery report", lambda h: h.path == "/dlr")
        until(
            browser,
            "the delivery report's callback",
            lambda d: texts(d, "#callbacks li.callback[data-event=delivery_report]"),
        )
        assert {m["status"] for m in messages(control)} == {"delivered"}
        assert "3 messages reached a final state" in texts(browser, "#notice")[0]
        assert "2026-01-01T12:00:10" in texts(browser, "#clock-now")[0]

        # A fault, set from the page with an operation its list offers, then cleared.
        Select(browser.find_element("id", "fault-kind")).select_by_value("status")
        Select(browser.find_element("id", "fault-provider")).select_by_value("transmitsms")
        offered = [o.get_attribute("value") for o in Select(browser.find_element("id", "fault-operation")).options]
        assert "sendSms" in offered and "getBalance" in offered and "hlrQuery" not in offered  # TransmitSMS's own
        Select(browser.find_element("id", "fault-operation")).select_by_value("sendSms")
        fill(browser, "fault-status", "503")
        click(browser, "#fault-add")
        until(browser, "the fault", lambda d: len(texts(d, "#faults li.fault")) == 1)
        assert "status 503" in texts(browser, "#faults li.fault")[0]
        (fault,) = control.get("/_sim/faults").json()["faults"]
        assert (fault["kind"], fault["provider"], fault["operation"], fault["status"]) == (
            "status",
            "transmitsms",
            "sendSms",
            503,
        )

        shot = browser.get_screenshot_as_png()
        (tmp_path / "inbox.png").write_bytes(shot)
        if os.environ.get(SCREENSHOT_ENV):
            Path(os.environ[SCREENSHOT_ENV]).write_bytes(shot)

        click(browser, "#faults-clear")
        until(browser, "no fault", lambda d: not texts(d, "#faults li.fault"))
        assert control.get("/_sim/faults").json()["faults"] == []

        # Message text is data, never markup: it shows as written, and builds no element.
        with smskit.client("easysendsms", **DEMO["easysendsms"], default_sender="Shop",
                           base_url=f"{url}/easysendsms") as sms:  # fmt: skip
            assert sms.send("+14155550111", MARKUP)[0].status == "accepted"
        until(browser, "the markup as text", lambda d: MARKUP in texts(d, "#conversations .preview"))
        click(browser, "#conversations li.conv:first-child")
        until(browser, "the markup in the thread", lambda d: texts(d, "#thread .bubble") == [MARKUP])
        assert (
            browser.execute_script("return document.querySelectorAll('img, #thread b, #conversations b').length") == 0
        )
        assert browser.title == "smskit inbox"

        # Reset from the page: every message and callback is gone, on the page and in the simulator.
        click(browser, "#reset")
        until(
            browser,
            "an empty inbox",
            lambda d: not texts(d, "#conversations li.conv") and not texts(d, "#callbacks li"),
        )
        assert messages(control) == [] and control.get("/_sim/callbacks").json()["callbacks"] == []
        assert "reset" in texts(browser, "#notice")[0]

        problems = [entry for entry in browser.get_log("browser") if entry["level"] == "SEVERE"]
        assert not problems, json.dumps(problems, indent=1)  # a script error, a CSP refusal, a failed request
