"""The documentation site: its provider pages say what the specs say, it builds strict, a broken reference
fails the build, and every public object of smskit is documented."""

from __future__ import annotations

import html
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from smskit import PROVIDERS
from tools import docs_pages
from tools.compile_spec import behaviour

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("provider", PROVIDERS)
def test_provider_page_has_every_fact_of_its_spec(provider: str) -> None:
    """Every operation and webhook, every source, each operation's every error code with its retry class and
    its limits, and the spec's readings as written."""
    spec = docs_pages.load(provider)
    page = docs_pages.provider_page(provider, spec)
    model = behaviour(provider, spec)
    assert " ".join(str(spec["info"]["description"]).split()[:12]) in " ".join(page.split())
    for op in model.operations.values():
        section = page.split(f"### `{op.id}`\n", 1)[1].split("\n### `", 1)[0]
        assert f"`{op.method} {op.path}`" in section
        for error in op.errors:
            row = f"| {docs_pages._code(error.code)} | {error.status} |"
            assert row in section and f"`{error.retry}`: {docs_pages.RETRY_MEANING[error.retry]}" in section
        if op.rate_limit is not None:
            assert f"- **Rate limit**: {op.rate_limit.requests} requests per" in section
        if op.batch is not None:
            assert f"at most {op.batch.max} recipient(s) per request" in section
        if op.text is not None and op.text.max_parts is not None:
            assert f"at most {op.text.max_parts} part(s)" in section
    for item in (spec.get("webhooks") or {}).values():
        for node in item.values():
            assert f"### `{node['operationId']}`" in page
    for item in spec["paths"].values():
        for node in item.values():
            if isinstance(node, dict):
                for source in node.get("x-smskit-source", []):
                    assert f"`{source}`" in page


def _mkdocs(*args: str, cwd: Path = ROOT, require_docstrings: bool = False) -> subprocess.CompletedProcess[str]:
    if shutil.which("mkdocs", path=str(Path(sys.executable).parent)) is None:
        pytest.skip("mkdocs is not installed (the docs extra)")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SMSKIT_DOCS_REQUIRE_DOCSTRINGS": str(int(require_docstrings))}
    return subprocess.run([sys.executable, "-m", "mkdocs", *args], cwd=cwd, capture_output=True, text=True, env=env)


def test_the_site_builds_strict(tmp_path: Path) -> None:
    proc = _mkdocs("build", "--strict", "--site-dir", str(tmp_path / "site"))
    assert proc.returncode == 0, proc.stderr
    for provider in PROVIDERS:
        page = (tmp_path / "site" / "providers" / provider / "index.html").read_text(encoding="utf-8")
        assert "The spec&rsquo;s readings" in page or "The spec's readings" in page
    reference = (tmp_path / "site" / "reference" / "index.html").read_text(encoding="utf-8")
    assert "RecipientResult" in reference and "InputError" in reference  # rendered from the overlay
    clients = (tmp_path / "site" / "reference" / "clients" / "index.html").read_text(encoding="utf-8")
    # Every operation, inherited from the generated Operations, beside the common interface.
    for method in ("EzzySMS.send_message_by_query", "TransmitSMS.add_list", "Mobyt.get_sms_state", "EasySendSMS.send"):
        assert f'id="smskit.{method}"' in clients
    assert "0.1.0" in (tmp_path / "site" / "changelog" / "index.html").read_text(encoding="utf-8")
    # The guide (docs/guide.md, the README's section grown up) renders whole: every heading of its source.
    source = (ROOT / "docs" / "guide.md").read_text(encoding="utf-8")
    wanted = [line[3:].replace("`", "") for line in source.splitlines() if line.startswith("## ")]
    guide = (tmp_path / "site" / "guide" / "index.html").read_text(encoding="utf-8")
    found = [
        html.unescape(re.sub(r"<[^>]+>", "", h)).rstrip("¶") for h in re.findall(r"<h2 id=[^>]*>(.*?)</h2>", guide)
    ]
    assert wanted and found == wanted


def test_docstrings_can_be_required(tmp_path: Path) -> None:
    """SMSKIT_DOCS_REQUIRE_DOCSTRINGS=1 fails the strict build exactly while a public object lacks a docstring."""
    missing = docs_pages.undocumented()
    proc = _mkdocs("build", "--strict", "--site-dir", str(tmp_path / "site"), require_docstrings=True)
    assert (proc.returncode != 0) == bool(missing), proc.stderr
    if missing:
        assert f"{len(missing)} public object(s) of smskit without a docstring" in proc.stderr


def test_a_broken_reference_fails_the_build(tmp_path: Path) -> None:
    """The same strict settings on a two-page site: a link to a missing page, then a reference to an object
    smskit does not have, each fail it."""
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    config = config.split("hooks:")[0] + "plugins:" + config.split("plugins:", 1)[1]
    config = config.replace("paths: [overlay, generated, gsm]", f"paths: [{ROOT / 'overlay'}, {ROOT / 'generated'}]")
    (tmp_path / "mkdocs.yml").write_text(config + "\nnav: [index.md]\n", encoding="utf-8")
    (tmp_path / "docs").mkdir()
    page = tmp_path / "docs" / "index.md"
    page.write_text("# Fine\n\n::: smskit.Secret\n", encoding="utf-8")
    assert _mkdocs("build", "--strict", cwd=tmp_path).returncode == 0
    page.write_text("# Broken\n\nSee [the guide](guide.md).\n", encoding="utf-8")
    assert _mkdocs("build", "--strict", cwd=tmp_path).returncode != 0
    page.write_text("# Broken\n\n::: smskit.NoSuchThing\n", encoding="utf-8")
    assert _mkdocs("build", "--strict", cwd=tmp_path).returncode != 0


def test_every_public_object_has_a_docstring() -> None:
    """What the reference is built from: griffe's static view of smskit, constants included."""
    assert docs_pages.undocumented() == []
