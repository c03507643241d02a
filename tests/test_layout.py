"""The README's Layout section matches the repository: `git ls-files` against what the section names."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from smskit import PROVIDERS

ROOT = Path(__file__).resolve().parent.parent
# Files that describe themselves: the README holding the section, and git's own.
UNLISTED = {"README.md", ".gitignore"}
# Folders whose modules the section names one by one: a new module must say where it belongs.
NAMED_ONE_BY_ONE = ("overlay/smskit/", "simulator/smskit_sim/", "tools/")


def _tracked() -> list[str]:
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.skip("not a git checkout (an installed or unpacked copy)")
    out = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    return out.split()


def _entries() -> dict[str, str]:
    """Layout entry (its path, as written at the start of a line) -> the text describing it."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Layout", 1)[1].split("\n## ", 1)[0]
    table = section.split("```")[3]  # the second code block: one entry a line, continued by indented lines
    entries: dict[str, str] = {}
    current = ""
    for line in table.splitlines():
        if line and not line[0].isspace():
            current, _, text = line.partition(" ")
            entries[current] = text
        elif current:
            entries[current] += " " + line.strip()
    return entries


def _expanded(name: str) -> set[str]:
    return {name.replace("<id>", p) for p in PROVIDERS} if "<id>" in name else {name}


def test_every_tracked_path_has_an_entry() -> None:
    entries = _entries()
    tops = {p if "/" not in p else p.split("/")[0] + "/" for p in _tracked() if p not in UNLISTED}
    covered = {e if e.endswith("/") or "/" not in e else e.split("/")[0] + "/" for e in entries}
    covered |= {e.split("/")[0] + "/" for e in entries if "/" in e}
    assert sorted(tops - covered) == []


def test_every_named_file_exists() -> None:
    tracked = _tracked()
    for entry, text in _entries().items():
        for name in re.findall(r"[\w<>.-]+\.(?:py|yaml|md|lua|jinja)\b", text):
            for concrete in _expanded(name):
                found = [p for p in tracked if p.startswith(entry) and p.rsplit("/", 1)[-1] == concrete]
                assert found, f"{entry}: the Layout names {concrete}, which is not under it"


@pytest.mark.parametrize("folder", NAMED_ONE_BY_ONE)
def test_every_module_of_the_main_folders_is_named(folder: str) -> None:
    text = _entries()[folder]
    named = {c for name in re.findall(r"[\w<>.-]+\.py\b", text) for c in _expanded(name)}
    modules = {p.removeprefix(folder) for p in _tracked() if p.startswith(folder) and p.endswith(".py")}
    direct = {m for m in modules if "/" not in m and m != "__init__.py"}
    assert sorted(direct - named) == []
