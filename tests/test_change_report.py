"""The change report's rules (tools/changes.py), one small spec pair each, and the version and announcement
rules. Each test states a row of docs/changes.md's table: a wrong flag, a missed or an invented change fails."""

from __future__ import annotations

import copy
import dataclasses
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tools import changes

BASE: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "T", "version": "1", "description": "readings"},
    "servers": [{"url": "https://api.example.com"}],
    "x-smskit-rate-limit": {"requests": 30, "per": "second", "scope": "account"},
    "paths": {
        "/send": {
            "post": {
                "operationId": "send",
                "description": "sends",
                "parameters": [{"name": "lang", "in": "query", "schema": {"type": "string", "enum": ["en", "it"]}}],
                "x-smskit-text": {"parameter": "text", "max_parts": 5, "max_chars": {"gsm": 765, "ucs2": 335}},
                "x-smskit-sender": {
                    "parameter": "from",
                    "required": False,
                    "numeric": None,
                    "alphanumeric": {"max_length": 11, "letters": "any"},
                },
                "x-smskit-errors": [
                    {"code": 1, "status": 400, "description": "Bad", "kind": "invalid_request", "retry": "no"},
                    {"code": 2, "status": 500, "description": "Oops", "kind": "internal", "retry": "unsafe"},
                ],
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "object",
                                "required": ["to"],
                                "properties": {"to": {"type": "string", "maxLength": 15}, "text": {"type": "string"}},
                            }
                        }
                    },
                },
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                    "required": ["id", "state"],
                                    "properties": {
                                        "id": {"type": "string"},
                                        "state": {"type": "string", "enum": ["queued", "sent"]},
                                        "parts": {"type": "integer"},
                                    },
                                }
                            }
                        },
                    },
                },
            }
        }
    },
}


def _diff(edit: Any) -> list[tuple[str, bool]]:
    new = copy.deepcopy(BASE)
    edit(new)
    return [(f"{c.where}: {c.what}", c.breaking) for c in changes.spec_changes("p", BASE, new)]


def _send(spec: dict[str, Any]) -> dict[str, Any]:
    node: dict[str, Any] = spec["paths"]["/send"]["post"]
    return node


def _body(spec: dict[str, Any]) -> dict[str, Any]:
    schema: dict[str, Any] = _send(spec)["requestBody"]["content"]["application/json"]["schema"]
    return schema


def _answer(spec: dict[str, Any]) -> dict[str, Any]:
    schema: dict[str, Any] = _send(spec)["responses"]["200"]["content"]["application/json"]["schema"]
    return schema


def test_documentation_only_edits_report_nothing() -> None:
    def edit(s: dict[str, Any]) -> None:
        s["info"]["description"] = "other readings"
        _send(s)["description"] = "sends, reworded"
        _send(s)["x-smskit-source"] = ["somewhere"]
        _body(s)["properties"]["to"]["examples"] = ["+1"]

    assert _diff(edit) == []


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        (lambda s: _body(s)["properties"].update(ref={"type": "string"}),
         ("`send`: optional request field `ref` added", False)),
        (lambda s: (_body(s)["properties"].update(ref={"type": "string"}), _body(s)["required"].append("ref")),
         ("`send`: required request field `ref` added", True)),
        (lambda s: _body(s)["properties"].pop("text"), ("`send`: request field `text` removed", True)),
        (lambda s: _body(s)["required"].append("text"), ("`send`: request field `text` is now required", True)),
        (lambda s: _body(s)["properties"]["to"].update(maxLength=12),
         ("`send`: request field `to`: `maxLength` `15` -> `12`", True)),
        (lambda s: _body(s)["properties"]["to"].update(maxLength=20),
         ("`send`: request field `to`: `maxLength` `15` -> `20`", False)),
        (lambda s: _send(s)["parameters"][0]["schema"]["enum"].append("de"),
         ("`send`: query parameter `lang`: enum value(s) `de` added", False)),
        (lambda s: _send(s)["parameters"][0]["schema"]["enum"].remove("it"),
         ("`send`: query parameter `lang`: enum value(s) `it` removed", True)),
        (lambda s: _answer(s)["properties"]["state"]["enum"].append("failed"),
         ("`send`: response 200 field `state`: enum value(s) `failed` added", True)),
        (lambda s: _answer(s)["properties"].update(cost={"type": "number"}),
         ("`send`: optional response 200 field `cost` added", False)),
        (lambda s: _answer(s)["required"].remove("id"), ("`send`: response 200 field `id` is now optional", True)),
        (lambda s: _answer(s)["properties"].update(parts={"type": ["integer", "string"]}),
         ("`send`: response 200 field `parts`: type `integer` -> `integer|string`", True)),
        (lambda s: _send(s)["x-smskit-errors"].append(
            {"code": 3, "status": 402, "description": "No credit", "kind": "insufficient_credit", "retry": "no"}),
         ("`send`: error code `3` added (HTTP 402, kind `insufficient_credit`, retry `no`)", False)),
        (lambda s: _send(s)["x-smskit-errors"].pop(0), ("`send`: error code `1` removed", True)),
        (lambda s: _send(s)["x-smskit-errors"][0].update(kind="invalid_recipient"),
         ("`send`: error code `1`: kind `invalid_request` -> `invalid_recipient`", True)),
        (lambda s: _send(s)["x-smskit-errors"][0].update(retry="safe"),
         ("`send`: error code `1`: retry `no` -> `safe`", False)),
        (lambda s: _send(s)["x-smskit-errors"][1].update(retry="no"),
         ("`send`: error code `2`: retry `unsafe` -> `no`", True)),
        (lambda s: s["x-smskit-rate-limit"].update(requests=10),
         ("provider: rate limit tightened: `30/second` -> `10/second`", False)),
        (lambda s: s["x-smskit-rate-limit"].update(per="minute", requests=6000),
         ("provider: rate limit loosened: `30/second` -> `6000/minute`", False)),
        (lambda s: _send(s)["x-smskit-text"].update(max_parts=3), ("`send`: text limits `max_parts` `5` -> `3`", True)),
        (lambda s: _send(s)["x-smskit-text"].update(max_parts=None),
         ("`send`: text limits `max_parts` `5` -> none", False)),
        (lambda s: _send(s)["x-smskit-sender"].update(required=True),
         ("`send`: sender rules `required` `False` -> `True`", True)),
        (lambda s: _send(s)["x-smskit-sender"]["alphanumeric"].update(letters="ascii"),
         ("`send`: sender rules `alphanumeric.letters` `any` -> `ascii`", True)),
        (lambda s: _send(s).update({"x-smskit-batch": {"parameter": "to", "max": 30, "number_format": "e164"}}),
         ("`send`: batch added", False)),
        (lambda s: s["servers"].append({"url": "https://eu.example.com"}),
         ("provider: server `https://eu.example.com` added", False)),
        (lambda s: s["paths"]["/send"].update(get={"operationId": "status", "responses": {}}),
         ("`status`: operation added (GET /send)", False)),
        (lambda s: s["paths"].pop("/send"), ("`send`: operation removed", True)),
    ],
)  # fmt: skip
def test_each_rule(edit: Any, expected: tuple[str, bool]) -> None:
    assert _diff(edit) == [expected]


def test_a_rename_is_one_change_and_breaking() -> None:
    def edit(s: dict[str, Any]) -> None:
        props = _answer(s)["properties"]
        props["message_id"] = props.pop("id")
        _answer(s)["required"] = ["message_id", "state"]

    assert _diff(edit) == [("`send`: response 200 field `id` renamed to `message_id`", True)]


def test_a_removal_and_an_unlike_addition_are_not_a_rename() -> None:
    def edit(s: dict[str, Any]) -> None:
        props = _answer(s)["properties"]
        props.pop("parts")
        props["segments"] = {"type": "string"}

    assert sorted(_diff(edit)) == [
        ("`send`: optional response 200 field `segments` added", False),
        ("`send`: response 200 field `parts` removed", True),
    ]


def test_a_pattern_widened_by_an_alternative_is_not_breaking() -> None:
    def edit(s: dict[str, Any]) -> None:
        _body(s)["properties"]["to"]["pattern"] = "^([0-9]+|\\+[0-9]+)$"

    narrowed = _diff(edit)
    assert narrowed == [("`send`: request field `to`: pattern none -> `^([0-9]+|\\+[0-9]+)$`", True)]
    wider = copy.deepcopy(BASE)
    _body(wider)["properties"]["to"]["pattern"] = "^([0-9]+)$"
    widest = copy.deepcopy(wider)
    _body(widest)["properties"]["to"]["pattern"] = "^([0-9]+|\\+[0-9]+)$"
    assert [c.breaking for c in changes.spec_changes("p", wider, widest)] == [False]
    assert [c.breaking for c in changes.spec_changes("p", widest, wider)] == [True]


@pytest.mark.parametrize(
    ("last", "breaking", "expected"),
    [((0, 1, 0), True, (0, 2, 0)), ((0, 1, 3), False, (0, 1, 4)), ((1, 4, 2), True, (2, 0, 0)),
     ((1, 4, 2), False, (1, 4, 3)), ((0, 9, 0), True, (0, 10, 0))],
)  # fmt: skip
def test_the_version_rule(last: tuple[int, int, int], breaking: bool, expected: tuple[int, int, int]) -> None:
    assert changes.required_version(last, breaking=breaking) == expected


def _breaking() -> list[changes.Change]:
    return [changes.Change("p", "spec", "`send`", "request field `text` removed", True),
            changes.Change("p", "spec", "`send`", "optional request field `ref` added", False)]  # fmt: skip


def test_a_breaking_change_needs_the_bump_and_its_line(tmp_path: Path) -> None:
    path = tmp_path / "CHANGELOG.md"
    log = "## 1.1.0 (2026-12-02)\n\n- **Breaking**: p: `send`: request field `text` removed\n\n## 1.0.0 (2026-11-01)\n"
    base = changes.baseline((1, 1, 0), log, path)
    assert base.version == (1, 0, 0) and base.announcing is not None
    problems = changes.unannounced(_breaking(), (1, 1, 0), base)
    assert problems == [
        "1 breaking change(s) since 1.0.0 (HEAD: not committed yet): the version must be at least 2.0.0 "
        "(pyproject.toml says 1.1.0; rule: docs/changes.md)"
    ]
    bumped = log.replace("## 1.1.0", "## 2.0.0")
    assert changes.unannounced(_breaking(), (2, 0, 0), changes.baseline((2, 0, 0), bumped, path)) == []
    # The line must be there, whitespace aside; the non-breaking one need not be.
    silent = bumped.replace("request field `text` removed", "something else")
    assert changes.unannounced(_breaking(), (2, 0, 0), changes.baseline((2, 0, 0), silent, path)) == [
        "not announced in CHANGELOG.md: p: `send`: request field `text` removed"
    ]
    assert changes.unannounced(_breaking()[1:], (1, 0, 0), changes.baseline((1, 0, 0), log, path)) == []


def test_the_first_release_is_its_own_baseline(tmp_path: Path) -> None:
    base = changes.baseline((0, 1, 0), "## 0.1.0 (2026-12-02)\n", tmp_path / "CHANGELOG.md")
    assert (base.version, base.announcing) == ((0, 1, 0), None)
    assert changes.unannounced(_breaking(), (0, 1, 0), base)[0].startswith(
        "1 breaking change(s) since 0.1.0 (HEAD: not committed yet): the version must be at least 0.2.0"
    )


def test_the_release_commit_is_found_in_history() -> None:
    """A release's ref is the commit that added its heading (no tag needed): the repository's own 0.1.0, once
    CHANGELOG.md is committed; before that, None (the tree is the release)."""
    ref = changes.release_ref("0.1.0")
    tracked = subprocess.run(["git", "ls-files", "CHANGELOG.md"], cwd=changes.ROOT, capture_output=True, text=True)
    if not tracked.stdout.strip():
        assert ref is None
    else:
        assert ref is not None
        shown = subprocess.run(["git", "show", f"{ref}:CHANGELOG.md"], cwd=changes.ROOT, capture_output=True)
        assert b"## 0.1.0 (" in shown.stdout


def test_fragments_are_written_per_provider_and_assembled(tmp_path: Path) -> None:
    folder = tmp_path / "changes"
    folder.mkdir()
    (folder / "fix-timeouts.md").write_text("### smskit\n\n- Timeouts are now 30 s.\n", encoding="utf-8")
    # Fragments are written for the providers and smskit only.
    assert changes.write_fragments(_breaking(), "0.1.0", None, folder=folder) == []
    real = [dataclasses.replace(c, provider="ezzysms") for c in _breaking()]
    changes.write_fragments(real, "0.1.0", None, folder=folder)
    text = (folder / "ezzysms.md").read_text(encoding="utf-8")
    assert "- **Breaking**: ezzysms: `send`: request field `text` removed\n" in text
    assert "- ezzysms: `send`: optional request field `ref` added\n" in text
    section = changes.assemble("0.2.0", "2026-12-02", [p.read_text() for p in changes.fragments(folder)])
    assert section.index("### ezzysms") < section.index("### smskit")  # providers first, then the rest
    assert "<!--" not in section
    # Nothing left to announce: the generated fragment goes; the hand-written one stays.
    changes.write_fragments([], "0.1.0", None, folder=folder)
    assert [p.name for p in changes.fragments(folder)] == ["fix-timeouts.md"]


def test_python_half_reports_griffe_breakages(tmp_path: Path) -> None:
    """griffe on two versions of a package: a removed parameter and a removed function are breaking; an
    optional keyword added is not reported; identical packages are not even loaded."""
    for side, body in (
        ("old", "def send(to: str, text: str) -> None:\n    '''Send.'''\n\n\ndef gone() -> None:\n    '''x'''\n"),
        ("new", "def send(to: str, *, flash: bool = False) -> None:\n    '''Send.'''\n"),
    ):
        pkg = tmp_path / side / "demo_client"
        pkg.mkdir(parents=True)
        (pkg / "__init__.py").write_text(body, encoding="utf-8")
    found = changes.python_changes("ezzysms", "demo_client", tmp_path / "old", tmp_path / "new")
    assert [(c.where, c.what) for c in found] == [
        ("`demo_client.gone`", "public object was removed"),
        ("`demo_client.send`", "parameter was removed (`text`)"),
    ]
    assert changes.python_changes("ezzysms", "demo_client", tmp_path / "old", tmp_path / "old") == []


def test_the_report_is_the_same_in_every_process() -> None:
    """No set or hash order leaks into the report: two interpreters with other hash seeds print it alike."""
    code = (
        "import copy, json\n"
        "from tests.test_change_report import BASE, _answer, _body, _send\n"
        "from tools import changes\n"
        "new = copy.deepcopy(BASE)\n"
        "_answer(new)['properties'].update(a={'type': 'string'}, b={'type': 'integer'}, c={'type': 'boolean'})\n"
        "_body(new)['properties'].pop('text'); _body(new)['properties'].update(x={'type': 'string'})\n"
        "new['paths'].update({f'/p{i}': {'get': {'operationId': f'op{i}', 'responses': {}}} for i in range(9)})\n"
        "new['components'] = {'securitySchemes': {n: {'type': 'http', 'scheme': 'basic'} for n in 'abcdef'}}\n"
        "print(json.dumps([c.line for c in changes.spec_changes('p', BASE, new)]))\n"
    )
    outs = {
        subprocess.run(
            [sys.executable, "-c", code],
            cwd=changes.ROOT,
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
        ).stdout
        for seed in ("1", "2", "3")
    }
    # 6 schemes, 9 operations, 3 answer fields, and `text` -> `x` (alike: one rename)
    assert len(outs) == 1 and len(json.loads(outs.pop())) == 6 + 9 + 3 + 1


def test_the_tree_announces_its_breaking_changes() -> None:
    """What `nox -s generate -- --check` holds, in the test suite (CI runs it): every breaking change since the
    last release, in the specs, the generated packages or smskit, is announced by the version and CHANGELOG.md.
    (Before the release's heading is committed the tree is that release, and nothing is enforced.)"""
    outcome = changes.run()
    assert outcome.problems == [], "\n".join(outcome.problems)
