"""Every code sample of the source documents (seeds/000-004), transcribed to httpx, against the simulator on a
real socket: the same method, path, headers, body shape and values as the sample, only the credentials replaced
by the demo account's and the base URL by the simulator's. Each must be answered as its document says (status
and body shape), as a client nobody here wrote would see it.

Transcription notes, where a sample cannot be copied byte for byte:
- Masked values (Easify's `315293****`, `+1320301****`) become the demo account's number (the sample says to use
  a number of the token's account) or a filled-in recipient; the recipients a seed's text lost (the Node, Ruby
  and Java Mobyt samples print `"recipient": [` and `]` only) are the other samples' `+39349123456789`.
- A sample that computes a time does so here from the real clock, as it would on the user's machine
  (`datetime.now()`, PHP's `date('YmdHis', strtotime("+5 minutes"))`, Java's `new Date(now + 5 min)` through
  Gson's default date format), and the simulator runs on its default clock, the real time.
- EasySendSMS's scheduled example, `2026-03-15T10:00:00Z`, is past by now: on the real clock the document's own
  rule answers 4017 ("scheduled time is in the past"); the sample's success answer is checked on a simulator
  started before that date (`clock_start`), as it was when the document was written.
- seeds/003 (TransmitSMS) has no code sample.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import re
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from smskit_sim import create_app
from smskit_sim.threaded import serve_in_thread

UUID = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"


class Sim:
    """One simulator on a socket: its URL and its demo accounts' credentials."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.http = httpx.Client(timeout=10)

    def reset(self) -> dict[str, dict[str, Any]]:
        answer = self.http.post(f"{self.url}/_sim/reset")
        answer.raise_for_status()
        for account in answer.json()["accounts"]:  # limits off: the samples run back to back
            self.http.patch(f"{self.url}/_sim/accounts/{account['account_id']}", json={"rate_limit_scale": 0})
        return {a["provider"]: a["credentials"] for a in answer.json()["accounts"]}


@pytest.fixture(scope="module")
def live() -> Iterator[Sim]:
    """The simulator as `smskit-sim` serves it by default: uvicorn, a real socket, the clock at the real time."""
    with serve_in_thread(create_app()) as url:
        sim = Sim(url)
        yield sim
        sim.http.close()


@pytest.fixture(scope="module")
def early() -> Iterator[Sim]:
    """The same, its clock started before the documents' example dates (2026-01-01 12:00 UTC)."""
    with serve_in_thread(create_app(clock_start="2026-01-01T12:00:00Z")) as url:
        sim = Sim(url)
        yield sim
        sim.http.close()


def _json(answer: httpx.Response) -> Any:
    assert answer.headers["content-type"].startswith("application/json"), answer.headers
    return answer.json()


# --- seeds/000: EasySendSMS (curl samples) -------------------------------------------------------------------
def _ess_headers(creds: dict[str, Any]) -> dict[str, str]:
    return {"apikey": creds["api_key"], "Content-Type": "application/json", "Accept": "application/json"}


def _ess_send(sim: Sim, creds: dict[str, Any], body: dict[str, str]) -> httpx.Response:
    # curl -d '<json>' sends the text as written: the samples' bodies are compact-enough JSON
    return sim.http.post(
        f"{sim.url}/easysendsms/v1/rest/sms/send",
        headers=_ess_headers(creds["easysendsms"]),
        content=json.dumps(body, ensure_ascii=False).encode(),
    )


def _ess_sent(answer: httpx.Response, entries: list[str], scheduled: str = "Now") -> None:
    assert answer.status_code == 200, answer.text
    body = _json(answer)
    assert set(body) == {"status", "scheduled", "messageIds"}
    assert (body["status"], body["scheduled"]) == ("OK", scheduled)
    assert len(body["messageIds"]) == len(entries)
    for got, want in zip(body["messageIds"], entries, strict=True):
        assert re.fullmatch(want, got), (got, want)


def ess_plain(sim: Sim) -> None:
    creds = sim.reset()
    body = {"from": "SenderName", "to": "12345678900", "text": "Hello, this is a test message!", "type": "0"}
    _ess_sent(_ess_send(sim, creds, body), [f"OK: {UUID}"])


def ess_unicode(sim: Sim) -> None:
    creds = sim.reset()
    body = {"from": "SenderName", "to": "12345678900", "text": "مرحبا، هذه رسالة اختبار!", "type": "1"}
    _ess_sent(_ess_send(sim, creds, body), [f"OK: {UUID}"])


SCHEDULED = {"from": "SenderName", "to": "12345678900", "text": "This is a scheduled message for the team meeting.",
             "type": "0", "scheduled": "2026-03-15T10:00:00Z"}  # fmt: skip


def ess_scheduled_when_written(early: Sim) -> None:
    """The document's answer, on a clock before its example date."""
    creds = early.reset()
    _ess_sent(_ess_send(early, creds, SCHEDULED), [f"OK: {UUID}"], scheduled="2026-03-15T10:00:00Z")


def ess_scheduled_today(sim: Sim) -> None:
    """The same request on today's clock: its date is past, which the document's table answers with 4017."""
    creds = sim.reset()
    answer = _ess_send(sim, creds, SCHEDULED)
    assert answer.status_code == 400 and _json(answer) == {
        "error": 4017,
        "description": "Invalid scheduled datetime format or scheduled time is in the past.",
    }


def ess_multiple(sim: Sim) -> None:
    creds = sim.reset()
    body = {"from": "PromoAlert", "to": "12345678901,12345678902,12345678903",
            "text": "Flash sale ends tonight! Use code SAVE50 for 50% off.", "type": "0"}  # fmt: skip
    _ess_sent(_ess_send(sim, creds, body), [f"OK: {UUID}"] * 3)


def ess_mixed(sim: Sim) -> None:
    creds = sim.reset()
    body = {"from": "SenderName", "to": "12345678900,1234", "text": "Hello, this is a test message!", "type": "0"}
    _ess_sent(_ess_send(sim, creds, body), [f"OK: {UUID}", "ERR: 4012"])


def ess_balance(sim: Sim) -> None:
    creds = sim.reset()
    headers = {"APIKEY": creds["easysendsms"]["api_key"], "Content-Type": "application/json", "Content-Length": "0"}
    answer = sim.http.post(f"{sim.url}/easysendsms/v1/rest/sms/balance", headers=headers)
    assert answer.status_code == 200, answer.text
    body = _json(answer)
    assert set(body) == {"balance"} and isinstance(body["balance"], int), body


HLR_FIELDS = {"number", "country", "err_desc", "operatorName", "type", "mccmnc", "roaming", "err_code", "status",
              "ported"}  # fmt: skip
NV_FIELDS = {"status", "country", "iso3166_2", "cc", "netName", "mcc", "mnc", "operator", "type", "netType", "msisdn"}


def _lookup(sim: Sim, path: str, number: str) -> Any:
    creds = sim.reset()
    answer = sim.http.post(f"{sim.url}/easysendsms/v1/rest/{path}", headers=_ess_headers(creds["easysendsms"]),
                           content=json.dumps({"number": number}).encode())  # fmt: skip
    assert answer.status_code == 200, answer.text
    return _json(answer)


def ess_hlr(sim: Sim) -> None:
    body = _lookup(sim, "hlr/query", "12345678900")
    assert set(body) == {"12345678900"} and set(body["12345678900"]) == HLR_FIELDS
    assert body["12345678900"]["number"] == "12345678900" and body["12345678900"]["status"] == "Delivered"


def ess_hlr_two(sim: Sim) -> None:
    body = _lookup(sim, "hlr/query", "12345678900,611111")
    assert set(body) == {"12345678900", "611111"} and all(set(entry) == HLR_FIELDS for entry in body.values())
    assert (body["611111"]["err_desc"], body["611111"]["status"]) == ("Number Not Supported", "Undelivered")


def ess_nv(sim: Sim) -> None:
    body = _lookup(sim, "nv/query", "12345678900")
    assert set(body) == {"results"} and [set(r) for r in body["results"]] == [NV_FIELDS]
    assert (body["results"][0]["status"], body["results"][0]["msisdn"]) == ("VALID", "12345678900")


def ess_nv_two(sim: Sim) -> None:
    body = _lookup(sim, "nv/query", "12345678900,61111")
    assert [(r["msisdn"], r["status"]) for r in body["results"]] == [("12345678900", "VALID"), ("61111", "INVALID")]
    assert all(set(r) == NV_FIELDS for r in body["results"])


# --- seeds/001: EzzySMS (URL samples; Node, Python, PHP and cURL samples of one JSON POST) ---------------------
EZZY_SUCCESS = {200: "Processed", 201: "Sent", 202: "Queued"}


def _ezzy_sent(answer: httpx.Response) -> dict[str, Any]:
    assert answer.status_code in EZZY_SUCCESS, answer.text
    body: dict[str, Any] = _json(answer)
    assert body["status"] in ("success", EZZY_SUCCESS[answer.status_code]) and body["status_code"] == answer.status_code
    assert {"to", "message", "cost"} <= set(body), body
    return body


def _ezzy_query(sim: Sim, extra: str = "") -> httpx.Response:
    creds = sim.reset()["ezzysms"]
    # the URL as the document writes it, only the credentials replaced
    url = (f"{sim.url}/ezzysms/api/v1/messaging?username={creds['username']}&password={creds['password']}"
           f"&message=your%20message&to=0751234567,0771234567{extra}")  # fmt: skip
    return sim.http.get(url)


def ezzy_query(sim: Sim) -> None:
    _ezzy_sent(_ezzy_query(sim))


def ezzy_query_sender(sim: Sim) -> None:
    _ezzy_sent(_ezzy_query(sim, "&from=SenderID"))


def ezzy_balance(sim: Sim) -> None:
    creds = sim.reset()["ezzysms"]
    answer = sim.http.get(f"{sim.url}/ezzysms/api/v1/balance?username={creds['username']}&password={creds['password']}")
    assert answer.status_code == 200, answer.text
    assert "balance" in _json(answer)


def ezzy_post(sim: Sim) -> None:
    """The Node / Python / PHP / cURL sample: JSON POST to `/messaging/` (the trailing slash) with Basic auth."""
    creds = sim.reset()["ezzysms"]
    token = base64.b64encode(f"{creds['username']}:{creds['password']}".encode()).decode()
    headers = {"Authorization": f"Basic {token}", "Content-Type": "application/json"}
    payload = {"to": "+25671234567", "message": "Hello from SMS API!", "from": "YourApp"}
    body = _ezzy_sent(sim.http.post(f"{sim.url}/ezzysms/api/v1/messaging/", headers=headers, json=payload))
    assert body["message"] == "Hello from SMS API!"


# --- seeds/002: Easify (the sample request, and the PHP-cURL sample) -------------------------------------------
def _easify_sent(answer: httpx.Response) -> None:
    assert answer.status_code == 200, answer.text
    body = _json(answer)
    assert set(body) == {"status", "message", "data"} and body["status"] is True
    assert body["message"] == " SMS Processed successfully." and set(body["data"]) == {"sms_id"}
    assert isinstance(body["data"]["sms_id"], str) and body["data"]["sms_id"]


def _easify_number(creds: dict[str, Any]) -> str:
    number: str = creds["easify"]["from_numbers"][0]
    return number.removeprefix("+1")


def easify_sample_request(sim: Sim) -> None:
    creds = sim.reset()
    headers = {"Authorization": f"Bearer {creds['easify']['token']}"}
    body = {"from_number": _easify_number(creds), "to_number": "3151350000", "country_code": "+1", "message": "Hai"}
    _easify_sent(sim.http.post(f"{sim.url}/easify/api/v2/sms/send", headers=headers, json=body))


def easify_php_curl(sim: Sim) -> None:
    """The PHP sample writes from_number with +1 ('+1320301****') although the table says no country code."""
    creds = sim.reset()
    headers = {"Accept": "application/json", "Authorization": f"Bearer {creds['easify']['token']}",
               "Content-Type": "application/json"}  # fmt: skip
    body = {"from_number": "+1" + _easify_number(creds), "to_number": "7736389000", "message": "Haii",
            "country_code": "+1"}  # fmt: skip
    _easify_sent(sim.http.post(f"{sim.url}/easify/api/v2/sms/send", headers=headers,
                               content=json.dumps(body).encode()))  # fmt: skip


# --- seeds/004: Mobyt quick start (login, then POST /sms; Java, PHP, Python, Node, Ruby, C#, Perl) -------------
MOBYT = "/mobyt/API/v1.0/REST/"


def _mobyt_login(sim: Sim, headers: dict[str, str] | None = None) -> tuple[str, str]:
    creds = sim.reset()["mobyt"]
    answer = sim.http.get(f"{sim.url}{MOBYT}login?username={creds['username']}&password={creds['password']}",
                          headers=headers)  # fmt: skip
    assert answer.status_code == 200, answer.text
    user_key, session_key = answer.text.split(";")
    return user_key, session_key


def _mobyt_sent(answer: httpx.Response) -> None:
    """Every sample checks 201 (Java, PHP, Python, Node, Ruby) and `result == "OK"`."""
    assert answer.status_code == 201, answer.text
    body = _json(answer)
    assert body["result"] == "OK" and isinstance(body["order_id"], str) and body["order_id"]
    assert isinstance(body["total_sent"], int)


def _mobyt_send(sim: Sim, headers: dict[str, str], payload: str) -> httpx.Response:
    return sim.http.post(f"{sim.url}{MOBYT}sms", headers=headers, content=payload.encode())


def mobyt_python(sim: Sim) -> None:
    """requests.post(data=json.dumps(sendsms, default=json_serial)): the time is `datetime.now() + 5 min`, a naive
    local time, written by `isoformat()` (`2026-12-02T10:05:00.123456`)."""
    user_key, session_key = _mobyt_login(sim)
    headers = {"user_key": user_key, "Session_key": session_key, "Content-type": "application/json"}
    payload = {"message": "Hello world!", "message_type": "N", "returnCredits": False,
               "recipient": ["+349123456789"], "sender": None,
               "scheduled_delivery_time": dt.datetime.now() + dt.timedelta(minutes=5)}  # fmt: skip
    _mobyt_sent(_mobyt_send(sim, headers, json.dumps(payload, default=lambda o: o.isoformat())))


def mobyt_php(sim: Sim) -> None:
    user_key, session_key = _mobyt_login(sim)
    headers = {"Content-type": "application/json", "user_key": user_key, "Session_key": session_key}
    payload = {
        "message": "Hello world!",
        "message_type": "N",
        "returnCredits": False,
        "recipient": ["+349123456789"],
        "sender": None,
        "scheduled_delivery_time": (dt.datetime.now() + dt.timedelta(minutes=5)).strftime("%Y%m%d%H%M%S"),
    }
    _mobyt_sent(_mobyt_send(sim, headers, json.dumps(payload, separators=(",", ":"))))  # PHP's json_encode


def mobyt_node(sim: Sim) -> None:
    """request({json: true, body}): a JSON body, Content-Type application/json; the date is the sample's own."""
    user_key, session_key = _mobyt_login(sim)
    headers = {"user_key": user_key, "Session_key": session_key, "content-type": "application/json",
               "accept": "application/json"}  # fmt: skip
    payload = {"returnCredits": True, "recipient": ["+39349123456789"], "scheduled_delivery_time": "20171223101010",
               "message": "Hello world!", "message_type": "N"}  # fmt: skip
    _mobyt_sent(_mobyt_send(sim, headers, json.dumps(payload, separators=(",", ":"))))


def mobyt_ruby(sim: Sim) -> None:
    """Net::HTTP: the login GET carries `Content-type: application/json` too."""
    user_key, session_key = _mobyt_login(sim, {"Content-type": "application/json"})
    headers = {"Content-type": "application/json", "user_key": user_key, "Session_key": session_key}
    payload = {"returnCredits": True, "recipient": ["+39349123456789"], "message": "Hello world!",
               "message_type": "N"}  # fmt: skip
    _mobyt_sent(_mobyt_send(sim, headers, json.dumps(payload, separators=(",", ":"))))


def mobyt_csharp(sim: Sim) -> None:
    """JSON.NET writes every public field, nulls included, and a DateTime as `2017-08-18T13:31:00`."""
    user_key, session_key = _mobyt_login(sim)
    headers = {"Content-Type": "application/json", "user_key": user_key, "Session_key": session_key}
    payload = {"message": "Hello World!", "message_type": "N", "sender": None,
               "scheduled_delivery_time": "2017-08-18T13:31:00", "recipient": ["+39349123456789"],
               "returnCredits": False}  # fmt: skip
    answer = _mobyt_send(sim, headers, json.dumps(payload, separators=(",", ":")))
    _mobyt_sent(answer)


def mobyt_perl(sim: Sim) -> None:
    """LWP: `Content_type` becomes Content-Type; `:user_key` / `:Session_key` keep their names as written."""
    user_key, session_key = _mobyt_login(sim)
    headers = {"Content-Type": "application/json", "user_key": user_key, "Session_key": session_key}
    payload = {"message": "Hello world!", "message_type": "N", "recipient": ["+39349123456789"]}
    _mobyt_sent(_mobyt_send(sim, headers, json.dumps(payload, separators=(",", ":"))))


def mobyt_java(sim: Sim) -> None:
    """Gson (`new GsonBuilder().create()`) leaves the null sender out and writes the Date in its default format,
    `MMM d, y, h:mm:ss a` (`Dec 2, 2026, 10:05:00 AM`). Refused: specs/mobyt.yaml's reading "Scheduled time
    formats" (JVM locale text, in no documented list and with no stable form across JVMs: the documented 400,
    details in the body). The sample's own check (`!= 201` throws) sees the refusal."""
    user_key, session_key = _mobyt_login(sim)
    headers = {"user_key": user_key, "Session_key": session_key, "Accept": "application/json",
               "Content-type": "application/json"}  # fmt: skip
    when = dt.datetime.now() + dt.timedelta(minutes=5)
    gson = f"{when:%b} {when.day}, {when:%Y}, {when.hour % 12 or 12}:{when:%M:%S %p}"
    payload = {"message": "Hello world!", "message_type": "N", "returnCredits": False,
               "recipient": ["+39349123456789"], "scheduled_delivery_time": gson}  # fmt: skip
    answer = _mobyt_send(sim, headers, json.dumps(payload, separators=(",", ":")))
    assert answer.status_code == 400, answer.text
    body = _json(answer)
    assert set(body) == {"result"} and "scheduled_delivery_time" in body["result"]
    assert sim.http.get(f"{sim.url}/_sim/messages", params={"provider": "mobyt"}).json()["count"] == 0


SAMPLES: dict[str, Callable[[Sim], None]] = {
    "000 send plain text": ess_plain,
    "000 send unicode": ess_unicode,
    "000 send scheduled (today: past, 4017)": ess_scheduled_today,
    "000 send to several": ess_multiple,
    "000 send with an invalid number": ess_mixed,
    "000 balance": ess_balance,
    "000 hlr one": ess_hlr,
    "000 hlr two": ess_hlr_two,
    "000 nv one": ess_nv,
    "000 nv two": ess_nv_two,
    "001 send by URL": ezzy_query,
    "001 send by URL with sender": ezzy_query_sender,
    "001 balance by URL": ezzy_balance,
    "001 send JSON POST (node, python, php, curl)": ezzy_post,
    "002 sample request": easify_sample_request,
    "002 php-curl": easify_php_curl,
    "004 python": mobyt_python,
    "004 php": mobyt_php,
    "004 node": mobyt_node,
    "004 ruby": mobyt_ruby,
    "004 c#": mobyt_csharp,
    "004 perl": mobyt_perl,
    "004 java (refused: the spec's reading)": mobyt_java,
}


@pytest.mark.parametrize("name", list(SAMPLES))
def test_seed_sample(live: Sim, name: str) -> None:
    SAMPLES[name](live)


def test_seed_sample_scheduled_when_written(early: Sim) -> None:
    """000's scheduled sample, on a clock before its date: the document's answer, the date echoed."""
    ess_scheduled_when_written(early)
