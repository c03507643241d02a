"""The walkthrough of issue 14: two providers' documents change, the specs (copies, in a temporary folder) are
edited as a maintainer would, both versions are generated, and:

- the change report names exactly the planted changes, each with the right breaking flag, and nothing else;
- the announcement check (what `nox -s generate -- --check` runs) fails until the version is bumped by the
  rule and CHANGELOG.md announces the breaking change, and passes once `tools/changes.py release` has;
- the providers' docs pages show the new facts.

Nothing here is mocked: the real generator (openapi-python-client with our templates), griffe, and the
report, check, release and page code run on real spec copies. The committed specs are never touched.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from tools import changes, docs_pages
from tools.generate import ROOT, SPECS, generate_into

NEW_ERROR = {"code": 410, "status": 410, "description": "MessageTooLong", "kind": "invalid_message", "retry": "no"}


def _operation(spec: dict[str, Any], operation_id: str) -> dict[str, Any]:
    for item in spec["paths"].values():
        for node in item.values():
            if isinstance(node, dict) and node.get("operationId") == operation_id:
                return node
    raise LookupError(operation_id)


def ezzysms_adds_a_parameter_and_an_error(spec: dict[str, Any]) -> None:
    """EzzySMS documents an optional `callback_url` on its GET send, and a new error, 410 MessageTooLong."""
    by_query = _operation(spec, "sendMessageByQuery")
    param = {
        "name": "callback_url",
        "in": "query",
        "required": False,
        "description": "Where the delivery report is sent.",
        "schema": {"type": "string", "format": "uri"},
    }
    by_query["parameters"] = [*by_query["parameters"], param]  # new lists: PyYAML shares what anchors share
    send = _operation(spec, "sendMessage")
    send["x-smskit-errors"] = [*send["x-smskit-errors"], dict(NEW_ERROR)]


def easysendsms_renames_a_field_and_lowers_a_limit(spec: dict[str, Any]) -> None:
    """EasySendSMS renames `netName` to `networkName` in its number-validation answer, and lowers its send limit
    to a third (30 to 10 requests a second, as the spec stands)."""
    result = spec["components"]["schemas"]["NumberValidationResult"]
    result["properties"] = {("networkName" if k == "netName" else k): v for k, v in result["properties"].items()}
    if "netName" in result.get("required", []):
        result["required"] = ["networkName" if k == "netName" else k for k in result["required"]]
    send = _operation(spec, "sendSms")
    send["x-smskit-rate-limit"] = {**send["x-smskit-rate-limit"], "requests": LOWER}


def _committed(provider: str) -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load((SPECS / f"{provider}.yaml").read_text(encoding="utf-8"))
    return loaded


# The limit as the committed spec gives it (other work may move it), and a third of it.
LIMIT = _operation(_committed("easysendsms"), "sendSms")["x-smskit-rate-limit"]
LOWER = max(1, LIMIT["requests"] // 3)
assert "netName" in _committed("easysendsms")["components"]["schemas"]["NumberValidationResult"]["properties"]

EDITS: dict[str, Callable[[dict[str, Any]], None]] = {
    "ezzysms": ezzysms_adds_a_parameter_and_an_error,
    "easysendsms": easysendsms_renames_a_field_and_lowers_a_limit,
}

# Every change the edits make, as the report must word it, with its breaking flag: no more, no fewer.
RENAME = "easysendsms: `validateNumbers`: response 200 field `results[].netName` renamed to `results[].networkName`"
EXPECTED = {
    ("ezzysms: `sendMessageByQuery`: optional query parameter `callback_url` added", False),
    ("ezzysms: `sendMessage`: error code `410` added (HTTP 410, kind `invalid_message`, retry `no`)", False),
    (f"easysendsms: `sendSms`: rate limit tightened: `{LIMIT['requests']}/{LIMIT['per']}` -> "
     f"`{LOWER}/{LIMIT['per']}`", False),
    (RENAME, True),
    # The generated model loses its attribute: griffe, on the two generated packages.
    ("easysendsms: `easysendsms_client.models.number_validation_result.NumberValidationResult.net_name`: "
     "public object was removed", True),
}  # fmt: skip


@pytest.fixture(scope="module")
def walkthrough(tmp_path_factory: pytest.TempPathFactory) -> tuple[changes.Tree, changes.Tree, list[changes.Change]]:
    """Both trees (the specs as committed, and edited), each generated, and the report between them."""
    tmp = tmp_path_factory.mktemp("walkthrough")
    trees = {}
    for side in ("old", "new"):
        specs, generated = tmp / side / "specs", tmp / side / "generated"
        specs.mkdir(parents=True)
        generated.mkdir()
        for provider, edit in EDITS.items():
            target = specs / f"{provider}.yaml"
            if side == "old":
                shutil.copyfile(SPECS / f"{provider}.yaml", target)
            else:
                spec = yaml.safe_load((SPECS / f"{provider}.yaml").read_text(encoding="utf-8"))
                edit(spec)
                target.write_text(yaml.safe_dump(spec, sort_keys=False, allow_unicode=True), encoding="utf-8")
            generate_into(generated, provider, spec=target)
        trees[side] = changes.Tree(specs, generated, ROOT / "overlay", label=side)
    report = changes.report(trees["old"], trees["new"], tuple(EDITS), overlay=False)
    return trees["old"], trees["new"], report


def test_the_report_names_exactly_the_planted_changes(walkthrough: Any) -> None:
    _, _, report = walkthrough
    found = [(c.line, c.breaking) for c in report]
    assert len(found) == len(set(found)), "a change reported twice"
    assert set(found) == EXPECTED


def test_the_check_fails_until_the_changelog_announces_the_breaking_change(walkthrough: Any, tmp_path: Path) -> None:
    _, _, report = walkthrough
    changelog, pyproject, fragments = tmp_path / "CHANGELOG.md", tmp_path / "pyproject.toml", tmp_path / "changes"
    changelog.write_text("# Changelog\n\n## 0.1.0 (2026-12-01)\n\nThe first release.\n", encoding="utf-8")
    shutil.copyfile(ROOT / "pyproject.toml", pyproject)
    pyproject.write_text(changes._VERSION.sub('version = "0.1.0"', pyproject.read_text(encoding="utf-8")))
    version = changes.project_version(pyproject.read_text(encoding="utf-8"))

    # Not announced: the version is the release's own and no section names the rename.
    base = changes.baseline(version, changelog.read_text(encoding="utf-8"), changelog)
    assert base.version == (0, 1, 0) and base.announcing is None
    problems = changes.unannounced(report, version, base)
    assert any("must be at least 0.2.0" in p for p in problems)
    assert f"not announced in CHANGELOG.md: {RENAME}" in problems
    assert not any("rate limit" in p or "callback_url" in p for p in problems), "only breaking changes need it"

    # The fragments `nox -s generate` writes: one per provider, the breaking line marked.
    written = changes.write_fragments(report, "0.1.0", None, folder=fragments)
    assert sorted(p.name for p in written) == ["easysendsms.md", "ezzysms.md"]
    assert f"- **Breaking**: {RENAME}" in (fragments / "easysendsms.md").read_text(encoding="utf-8")

    # A section of the right version that leaves the rename out still fails, naming it.
    partial = changelog.read_text(encoding="utf-8").replace(
        "## 0.1.0", "## 0.2.0 (2026-12-02)\n\nEzzySMS takes a `callback_url`.\n\n## 0.1.0"
    )
    base = changes.baseline((0, 2, 0), partial, changelog)
    assert base.version == (0, 1, 0) and base.announcing is not None
    problems = changes.unannounced(report, (0, 2, 0), base)
    assert f"not announced in CHANGELOG.md: {RENAME}" in problems

    # A patch release may not carry it: `release` refuses, and changes nothing.
    before = changelog.read_text(encoding="utf-8")
    with pytest.raises(ValueError, match=r"at least 0\.2\.0"):
        changes.release("0.1.1", date="2026-12-02", changelog_path=changelog, pyproject_path=pyproject,
                        folder=fragments)  # fmt: skip
    assert changelog.read_text(encoding="utf-8") == before

    # The release the rule asks for announces it: the check passes, the fragments are consumed.
    section = changes.release("0.2.0", date="2026-12-02", changelog_path=changelog, pyproject_path=pyproject,
                              folder=fragments)  # fmt: skip
    assert section.startswith("## 0.2.0 (2026-12-02)") and RENAME in section
    version = changes.project_version(pyproject.read_text(encoding="utf-8"))
    assert version == (0, 2, 0)
    base = changes.baseline(version, changelog.read_text(encoding="utf-8"), changelog)
    assert changes.unannounced(report, version, base) == []
    assert changes.fragments(fragments) == []
    # ... and the fragments written next would hold nothing already announced.
    assert changes.write_fragments(report, "0.1.0", base.announcing, folder=fragments) == []


def test_the_docs_pages_show_the_new_facts(walkthrough: Any) -> None:
    old, new, _ = walkthrough
    ezzy = docs_pages.provider_page("ezzysms", docs_pages.load("ezzysms", new.specs))
    assert "| `callback_url` | query | no | string (uri) |" in ezzy
    assert "| `410` | 410 | MessageTooLong | `invalid_message` | `no`: not processed" in ezzy
    assert "`callback_url`" not in docs_pages.provider_page("ezzysms", docs_pages.load("ezzysms", old.specs))

    easy_old = docs_pages.provider_page("easysendsms", docs_pages.load("easysendsms", old.specs))
    easy = docs_pages.provider_page("easysendsms", docs_pages.load("easysendsms", new.specs))
    assert "| `results[].networkName` |" in easy and "`results[].netName`" not in easy
    send = easy.split("### `sendSms`", 1)[1].split("### `", 1)[0]
    assert f"- **Rate limit**: {LOWER} requests per {LIMIT['per']}" in send
    before = easy_old.split("### `sendSms`", 1)[1].split("### `", 1)[0]
    assert f"- **Rate limit**: {LIMIT['requests']} requests per {LIMIT['per']}" in before
