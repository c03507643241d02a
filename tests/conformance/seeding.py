"""Records the demo account is given after every reset, through the provider's own API, so that fuzzing reaches
the success answers of operations on existing records (read, cancel, add to a list...), not only "unknown id".

Each `seed_<provider>` makes its records and returns the known values they add (`location.name` -> values),
which fuzzing draws half of the time (`harness.known_values`). A reset restarts the simulator's id counters,
so the same requests give the same ids after every reset; `harness.Target.prepare` checks that they do.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from tests.conformance.simctl import Simulator

__all__ = ["SEEDERS", "Known"]

Known = dict[str, list[Any]]

# A mobile number every simulated provider serves (no test-number suffix: it is delivered).
AU_MOBILE = "61491570156"
AU_NEW_MEMBER = "61491570157"
AU_LEASED = "61418279031"  # a number every TransmitSMS account starts with (the documents' own example)
IT_MOBILE = "+393471234567"
US_MOBILE = "2015550123"


def _ok(answer: Any, what: str) -> Any:
    if not 200 <= answer.status_code < 300:
        raise RuntimeError(f"seeding the demo account failed at {what}: HTTP {answer.status_code} {answer.text}")
    return answer.json() if answer.headers.get("content-type", "").startswith("application/json") else answer.text


def _both(names: Known) -> Known:
    """TransmitSMS takes every field as a form body (POST) and as a query parameter (the GET twins)."""
    return {f"{where}.{name}": values for where in ("query", "body") for name, values in names.items()}


def seed_transmitsms(sim: Simulator, creds: dict[str, Any], _session: Any) -> Known:
    """A list with one member, a message sent to that member, one scheduled for tomorrow (cancellable), and a
    keyword on a leased number (editable)."""
    auth = (creds["api_key"], creds["api_secret"])

    def call(method: str, data: dict[str, str]) -> Any:
        return _ok(sim.request("POST", f"/transmitsms/{method}.json", data=data, auth=auth), method)

    list_id = call("add-list", {"name": "smskit conformance"})["id"]
    call("add-to-list", {"list_id": str(list_id), "msisdn": AU_MOBILE})
    sent = call("send-sms", {"message": "Seeded message", "to": AU_MOBILE})["message_id"]
    tomorrow = (sim.now() + dt.timedelta(days=1)).strftime("%Y-%m-%d %H:%M:%S")
    scheduled = call("send-sms", {"message": "Seeded schedule", "to": AU_MOBILE, "send_at": tomorrow})["message_id"]
    call("add-keyword", {"keyword": "SEEDED", "number": AU_LEASED})
    # The member's number, typed both ways (some operations say integer, others string: a form or query carries
    # them alike), and a valid one not yet on the list, which add-to-list takes.
    msisdns = [AU_MOBILE, int(AU_MOBILE), AU_NEW_MEMBER]
    return _both({"list_id": [list_id], "message_id": [sent, scheduled], "id": [scheduled], "keyword": ["SEEDED"],
                  "msisdn": msisdns, "countrycode": ["AU"]})  # fmt: skip


def seed_mobyt(sim: Simulator, _creds: dict[str, Any], session: Callable[[], tuple[str, str]]) -> Known:
    """One order sent now and one scheduled for tomorrow (cancellable), each with an smskit `order_id`."""
    user_key, session_key = session()
    headers = {"user_key": user_key, "Session_key": session_key}
    base = "/mobyt/API/v1.0/REST/sms"
    tomorrow = (sim.now() + dt.timedelta(days=1)).strftime("%Y%m%d%H%M%S")
    orders = []
    for order_id, extra in (("seeded-now", {}), ("seeded-later", {"scheduled_delivery_time": tomorrow})):
        body = {"message_type": "N", "message": "Seeded message", "recipient": [IT_MOBILE], "order_id": order_id}
        orders.append(_ok(sim.request("POST", base, {**body, **extra}, headers=headers), "POST /sms")["order_id"])
    # smshistory takes `from` as yyyyMMddHHmmss; a generated 14-digit string is rarely a real time.
    since = (sim.now() - dt.timedelta(days=1)).strftime("%Y%m%d%H%M%S")
    return {"path.order_id": orders, "query.from": [since]}


def seed_easify(sim: Simulator, creds: dict[str, Any], _session: Any) -> Known:
    """One message sent from the account's first number, so its `sms_id` can be read back."""
    headers = {"Authorization": f"Bearer {creds['token']}"}
    numbers = _ok(sim.request("GET", "/easify/api/v2/phone-numbers", headers=headers), "phone-numbers")["data"]
    body = {"from_number": str(numbers[0]["number"]).removeprefix("+1"), "to_number": US_MOBILE,
            "country_code": "+1", "message": "Seeded message", "force_send": 1}  # fmt: skip
    sent = _ok(sim.request("POST", "/easify/api/v2/sms/send", body, headers=headers), "sms/send")
    return {"query.sms_id": [sent["data"]["sms_id"]]}


SEEDERS: dict[str, Callable[[Simulator, dict[str, Any], Any], Known]] = {
    "transmitsms": seed_transmitsms,
    "mobyt": seed_mobyt,
    "easify": seed_easify,
}
