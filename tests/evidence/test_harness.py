"""The corpus harness itself: each of its checks fails on an item that breaks its rule (items written to a
temporary folder, never into the corpus), so a passing corpus test means something."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.evidence.corpus import (
    Item,
    items,
    provenance_problems,
    request_problems,
    response_problems,
    route_problems,
)
from tests.evidence.drive import authentication_failure, run_overlay, simulator, taken
from tests.evidence.drive import replay as replay_request

COMMIT = "0123456789abcdef0123456789abcdef01234567"
GOOD: dict[str, Any] = {
    "kind": "third-party-client",
    "source": {"repository": "owner/name", "path": "src/client.py", "commit": COMMIT},
    "operation": "sendSms",
    "request": {
        "method": "POST",
        "path": "/v1/rest/sms/send",
        "content_type": "application/json",
        "body": {"from": "Shop", "to": "14155550100", "text": "Hi", "type": "0"},
    },
    "response": {
        "status": 200,
        "content_type": "application/json",
        "body": {"status": "OK", "scheduled": "Now", "messageIds": ["OK: abc-123"]},
    },
    "note": "a synthetic item for the harness's own tests",
}


def item(tmp_path: Path, provider: str = "easysendsms", **changes: Any) -> Item:
    data = {**GOOD, **changes}
    data = {k: v for k, v in data.items() if v is not None}
    folder = tmp_path / provider
    folder.mkdir(exist_ok=True)
    path = folder / f"item-{len(list(folder.iterdir()))}.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    (found,) = [i for i in items(tmp_path) if i.path == path]
    return found


def test_a_good_item_passes_every_spec_check(tmp_path: Path) -> None:
    good = item(tmp_path)
    assert provenance_problems(good) == []
    assert request_problems("easysendsms", good) == []
    response = good.response or {}
    assert response_problems("easysendsms", "sendSms", 200, "application/json", response["body"]) == []


def test_provenance_failures_are_named(tmp_path: Path) -> None:
    cases = {
        "kind": item(tmp_path, kind="rumour"),
        "40 hex": item(tmp_path, source={"repository": "owner/name", "path": "x", "commit": "abc"}),
        "needs url": item(tmp_path, source={"where": "somewhere"}),
        "seed-example / seed-sample": item(tmp_path, source={"seed": "seeds/000_ba2ac13051c2aa6d.txt"}),
        "not an operationId": item(tmp_path, operation="sendFax"),
        "neither a request nor a response": item(tmp_path, request=None, response=None),
        "unknown keys": item(tmp_path, comment="typo of note"),
        "replay takes why": item(tmp_path, replay={"skip": True}),
    }
    for expected, case in cases.items():
        problems = provenance_problems(case)
        assert any(expected in p for p in problems), (expected, problems)


def test_response_failures_are_named() -> None:
    assert "not documented" in response_problems("easysendsms", "sendSms", 418, "application/json", {})[0]
    invalid = response_problems("easysendsms", "sendSms", 200, "application/json", {"status": "OK"})
    assert any("messageIds" in p for p in invalid), invalid
    wrong_type = response_problems("easysendsms", "getBalance", 200, "text/html", "<html>")
    assert wrong_type and "not 'text/html'" in wrong_type[0]
    assert response_problems("easysendsms", "getBalance", 200, "application/json", None, has_body=False) == []


def test_request_failures_are_named_and_wire_strings_read_as_their_type(tmp_path: Path) -> None:
    wrong_path = item(tmp_path, request={**GOOD["request"], "path": "/v1/rest/sms/sendit"})
    assert route_problems("easysendsms", wrong_path)
    extra = item(tmp_path, request={**GOOD["request"], "query": {"debug": "1"}})
    assert request_problems("easysendsms", extra) == ["query parameter 'debug' is not in the spec"]
    bad_body = item(tmp_path, request={**GOOD["request"], "body": {"to": "14155550100"}})
    assert any("required" in p for p in request_problems("easysendsms", bad_body))
    # Mobyt's getStatus takes booleans: on the wire they are strings, read as the schema's type.
    status = item(tmp_path, "mobyt", operation="getStatus", response=None,
                  request={"method": "GET", "path": "/status", "query": {"getMoney": "true"}})  # fmt: skip
    assert request_problems("mobyt", status) == []
    wrong = item(tmp_path, "mobyt", operation="getStatus", response=None,
                 request={"method": "GET", "path": "/status", "query": {"getMoney": "sometimes"}})  # fmt: skip
    assert request_problems("mobyt", wrong), "a value of the wrong type is named"


def test_taken_reads_each_providers_answer() -> None:
    assert taken("easysendsms", 200, {"messageIds": ["OK: a", "ERR: 4012", "OK: b"]}, 3) == {0, 2}
    assert taken("easysendsms", 200, {"messageIds": ["OK: a"]}, 2) == set(), "a count that does not match: no claim"
    assert taken("transmitsms", 200, {"recipients": 2, "error": {"code": "SUCCESS"}}, 2) == {0, 1}
    assert taken("transmitsms", 200, {"recipients": 1, "error": {"code": "SUCCESS"}}, 2) == set()
    assert taken("mobyt", 201, {"result": "OK"}, 1) == {0}
    assert taken("easify", 200, {"status": True, "data": {"sms_id": "1"}}, 1) == {0}
    assert taken("ezzysms", 400, {"status": "error"}, 1) == set()


def test_the_overlay_run_reports_each_recipient() -> None:
    """A partial EasySendSMS answer through the real overlay: the taken one accepted, the skipped one rejected."""
    response = {"status": 200, "content_type": "application/json",
                "body": {"status": "OK", "scheduled": "Now", "messageIds": ["OK: abc-1", "ERR: 4012"]}}  # fmt: skip
    run = run_overlay("easysendsms", "sendSms", None, response)
    assert run.answered == 1 and run.error is None
    assert run.taken == {0}
    assert run.results is not None and [r.status for r in run.results] == ["accepted", "rejected"]


def test_the_replay_sees_a_status_class_the_simulator_does_not_share() -> None:
    """A send without its text: the simulator refuses it (4xx), so a recorded 200 for it would fail; a recorded
    refusal of the credentials is replayed with credentials the simulator refuses."""
    request = {**GOOD["request"], "body": {k: v for k, v in GOOD["request"]["body"].items() if k != "text"}}
    with simulator() as client:
        answer = replay_request(client, "easysendsms", "sendSms", request)
        refused = replay_request(client, "easysendsms", "getBalance", {"method": "GET", "path": "/v1/rest/sms/balance"},
                                 wrong=True)  # fmt: skip
    assert 400 <= answer.status_code < 500, answer.text
    assert refused.status_code == 401, refused.text
    assert authentication_failure("easysendsms", "getBalance", 401)
    assert not authentication_failure("easysendsms", "sendSms", 400)


def test_replay_before_creates_what_the_item_reads(tmp_path: Path) -> None:
    """`replay.before` sends its requests first: a Mobyt order state read then finds the order (without it, the
    simulator's 404 fails the check, as it should)."""
    from tests.evidence.test_corpus import test_simulator_answers_like_the_provider as check

    body = {"message_type": "N", "message": "Hi", "recipient": ["+393471234567"], "order_id": "evidence1"}
    order = {"operation": "sendSms", "method": "POST", "path": "/sms", "content_type": "application/json", "body": body}
    read = {"method": "GET", "path": "/sms/evidence1"}
    answer = {"status": 200, "content_type": "application/json"}
    with_order = item(tmp_path, "mobyt", operation="getSmsState", request=read, response=answer,
                      replay={"before": [order], "why": "the order must exist first"})  # fmt: skip
    assert provenance_problems(with_order) == []
    check(with_order)
    without = item(tmp_path, "mobyt", operation="getSmsState", request=read, response=answer)
    with pytest.raises(AssertionError, match="404"):
        check(without)
