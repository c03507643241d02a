"""What users write type-checks under `mypy --strict` and pyright's strict mode, and what they get wrong does not:
both checkers on snippets of user code, the README's common-interface example among them.

Each checker runs once over every snippet (one file each) in a temporary folder: mypy through its API with a
cache shared by the module's runs, pyright (`pyright --outputjson`, strict by the folder's pyrightconfig.json)
as a process. A right snippet must get no error; a wrong one an error on the line marked `# wrong`."""

from __future__ import annotations

import importlib
import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import NamedTuple

import pytest

import smskit
import smskit._base
from tests.test_readme_example import readme_example

mypy_api = pytest.importorskip("mypy.api", reason="mypy is in the test extra")

ROOT = Path(__file__).resolve().parent.parent
CHECKERS = ["mypy", "pyright"]


def _classes(asynchronous: bool) -> list[str]:
    """Every provider's client class (its `Async` twin if `asynchronous`), as `smskit.<Name>`."""
    names = []
    for provider in smskit.PROVIDERS:
        module = importlib.import_module(f"smskit.{provider}")
        (name,) = (n for n in module.__all__ if n.startswith("Async") == asynchronous)
        names.append(f"smskit.{name}")
    return names


# The right uses: each must check with no error.
RIGHT = {
    "protocols and context managers": """
import asyncio
import smskit
from smskit import AsyncSmsClient, SmsClient

def sync_use() -> None:
    plain: SmsClient = smskit.EasySendSMS("key")
    plain.close()
    with smskit.client("transmitsms", api_key="k", api_secret="s") as sms:
        results = sms.send("+61491570156", "hello")
        assert results[0].status in ("accepted", "rejected", "unknown")
        assert sms.provider == "transmitsms"
    with smskit.Mobyt("user", "password") as mobyt:
        mobyt.balance()

async def async_use() -> None:
    twin: AsyncSmsClient = smskit.AsyncEzzySMS("user", "password")
    await twin.aclose()
    async with smskit.async_client("easify", token="t", from_number="+13205550100") as sms:
        await sms.send("+13155550100", "hello")

def main() -> None:
    sync_use()
    asyncio.run(async_use())
""",
    "every client is its protocol": f"""
import smskit
from smskit import AsyncSmsClient, SmsClient

clients: list[SmsClient] = [{", ".join(f"{c}()" for c in _classes(False))}]
async_clients: list[AsyncSmsClient] = [{", ".join(f"{c}()" for c in _classes(True))}]
""",
    # `reveal_type(x)  # Name`: the checker must say x is of class Name (a note, not an error).
    "the factory's types": """
from typing import Any
import smskit

sms = smskit.client("mobyt", username="u", password="p", message_type="L")
reveal_type(sms)  # Mobyt

def entered() -> None:
    with smskit.client("easysendsms", api_key="k") as sms:
        reveal_type(sms)  # EasySendSMS

async def entered_async() -> None:
    async with smskit.async_client("transmitsms", api_key="k", api_secret="s") as sms:
        reveal_type(sms)  # AsyncTransmitSMS

def dynamic(provider: smskit.ProviderId, credentials: dict[str, Any]) -> None:
    with smskit.client(provider, **credentials) as any_client:
        any_client.send("+14155550100", "hi")
""",
    "the README's common-interface example": readme_example(),
}
# The wrong uses: each must get an error on its line marked `# wrong`.
WRONG = {
    "a misspelt option": 'import smskit\nsmskit.EasySendSMS(api_kee="key")  # wrong\n',
    "a misspelt option to the factory": 'import smskit\nsmskit.client("easysendsms", api_kee="key")  # wrong\n',
    "another provider's option to the factory": 'import smskit\nsmskit.client("easysendsms", token="t")  # wrong\n',
    "an option of the wrong type to the factory": 'import smskit\nsmskit.client("mobyt", message_type="X")  # wrong\n',
    "an unknown provider": 'import smskit\nsmskit.client("twilio", api_key="key")  # wrong\n',
    "a sync client awaited": """
import smskit
async def f() -> None:
    await smskit.EasySendSMS("k").balance()  # wrong
""",
    "an async client in a plain with": """
import smskit
with smskit.AsyncEasySendSMS("k") as sms:  # wrong
    pass
""",
    "an async client as an SmsClient": "import smskit\nsms: smskit.SmsClient = smskit.AsyncEzzySMS()  # wrong\n",
    "a sync client as an AsyncSmsClient": "import smskit\nsms: smskit.AsyncSmsClient = smskit.Mobyt()  # wrong\n",
    "a status that does not exist": """
import smskit
def taken(sms: smskit.SmsClient) -> bool:
    return sms.send("+14155550100", "hi")[0].status == "acepted"  # wrong
""",
    "a number as the sender": """
import smskit
def send(sms: smskit.SmsClient) -> None:
    sms.send("+14155550100", "hi", sender=447700900123)  # wrong
""",
}


class Diagnostic(NamedTuple):
    line: int  # 1-based
    severity: str  # "error", or a note ("note" for mypy, "information" for pyright) or "warning"
    message: str


def _files(folder: Path) -> dict[str, str]:
    """Every snippet written to `folder` as a module of its own: its name -> the file's stem."""
    stems = {name: f"right_{i}" for i, name in enumerate(RIGHT)} | {name: f"wrong_{i}" for i, name in enumerate(WRONG)}
    for name, stem in stems.items():
        (folder / f"{stem}.py").write_text(RIGHT.get(name) or WRONG[name], encoding="utf-8")
    return stems


def _key(folder: Path, file: str) -> str:
    """A snippet's file stem; any other file (smskit's own, say) by its whole path."""
    path = Path(file).resolve()
    return path.stem if path.parent == folder.resolve() else str(path)


def _mypy(folder: Path, cache: Path) -> dict[str, list[Diagnostic]]:
    config = ["--config-file", str(ROOT / "pyproject.toml"), "--cache-dir", str(cache)]
    out, err, status = mypy_api.run(["--strict", *config, *map(str, sorted(folder.glob("*.py")))])
    assert status in (0, 1) and not err, out + err  # 2: mypy itself failed
    found: dict[str, list[Diagnostic]] = {}
    for line in out.splitlines():
        if match := re.match(r"^(?P<path>.+?)\.py:(?P<line>\d+): (?P<severity>error|warning|note): (?P<msg>.*)$", line):
            found.setdefault(_key(folder, f"{match['path']}.py"), []).append(
                Diagnostic(int(match["line"]), match["severity"], match["msg"])
            )
    return found


def _pyright(folder: Path) -> dict[str, list[Diagnostic]]:
    pytest.importorskip("pyright", reason="pyright is in the test extra")
    (folder / "pyrightconfig.json").write_text(json.dumps({"typeCheckingMode": "strict", "pythonVersion": "3.11"}))
    # No PyPI look-up for a newer pyright on every run; the pinned wheel bundles its npm package, node runs it.
    env = {**os.environ, "PYRIGHT_PYTHON_IGNORE_WARNINGS": "1"}
    command = [sys.executable, "-m", "pyright", "--pythonpath", sys.executable]
    run = subprocess.run(
        [*command, "--outputjson", "-p", str(folder)], cwd=folder, env=env, capture_output=True, text=True, timeout=600
    )
    try:
        report = json.loads(run.stdout)
    except json.JSONDecodeError:
        probe = subprocess.run([*command, "--version"], env=env, capture_output=True, text=True, timeout=600)
        if probe.returncode != 0 or "pyright" not in probe.stdout:  # node missing or the package unreachable
            said = (probe.stdout + probe.stderr).strip().splitlines() or [f"exit status {probe.returncode}"]
            pytest.skip(f"pyright cannot start (its runner needs node on PATH): {said[-1]}")
        raise AssertionError(f"pyright started but wrote no report:\n{run.stdout}\n{run.stderr}") from None
    assert run.returncode in (0, 1), run.stdout + run.stderr  # 2 and up: pyright itself or its config failed
    found: dict[str, list[Diagnostic]] = {}
    for diagnostic in report["generalDiagnostics"]:
        found.setdefault(_key(folder, diagnostic["file"]), []).append(
            Diagnostic(diagnostic["range"]["start"]["line"] + 1, diagnostic["severity"], diagnostic["message"])
        )
    return found


class Checked(NamedTuple):
    checker: str
    stems: dict[str, str]  # snippet name -> file stem
    diagnostics: dict[str, list[Diagnostic]]  # file stem -> what the checker said about it

    def of(self, name: str) -> list[Diagnostic]:
        return self.diagnostics.get(self.stems[name], [])


@pytest.fixture(scope="module")
def cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One mypy cache for the module's runs: smskit and its dependencies are analysed once, not per run."""
    return tmp_path_factory.mktemp("mypy-cache")


@pytest.fixture(scope="module", params=CHECKERS)
def checked(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory, cache: Path) -> Checked:
    """One run of a checker over every snippet."""
    folder = tmp_path_factory.mktemp(f"snippets-{request.param}")
    stems = _files(folder)
    return Checked(request.param, stems, _mypy(folder, cache) if request.param == "mypy" else _pyright(folder))


def _wrong_line(code: str) -> int:
    (line,) = (i for i, text in enumerate(code.splitlines(), 1) if text.endswith("# wrong"))
    return line


def test_nothing_is_reported_outside_the_snippets(checked: Checked) -> None:
    """An error in smskit itself, as the checker follows the snippets' imports, fails here, not silently."""
    elsewhere = {stem: said for stem, said in checked.diagnostics.items() if stem not in checked.stems.values()}
    assert not elsewhere, (checked.checker, elsewhere)


@pytest.mark.parametrize("case", list(RIGHT))
def test_the_right_uses_check(checked: Checked, case: str) -> None:
    errors = [d for d in checked.of(case) if d.severity == "error"]
    assert not errors, (checked.checker, errors)


@pytest.mark.parametrize("case", list(WRONG))
def test_the_wrong_uses_do_not(checked: Checked, case: str) -> None:
    line = _wrong_line(WRONG[case])
    said = checked.of(case)
    assert any(d.severity == "error" and d.line == line for d in said), (checked.checker, line, said)


def test_the_factory_knows_each_provider_s_class(checked: Checked) -> None:
    """`smskit.client(<literal id>, ...)` is typed as that provider's class, and so is what `with` / `async with`
    binds (`__enter__` / `__aenter__` return Self); an id read at run time, typed `smskit.ProviderId`, takes
    options passed as a mapping (the right snippet above)."""
    case = "the factory's types"
    said = checked.of(case)
    revealed = [(i, m[1]) for i, t in enumerate(RIGHT[case].splitlines(), 1) if (m := re.search(r"# (\w+)$", t))]
    assert len(revealed) == 3
    for line, name in revealed:  # mypy: Revealed type is "smskit.mobyt.Mobyt"; pyright: Type of "sms" is "Mobyt"
        pattern = rf'is "(?:[\w.]+\.)?{name}"$'
        assert any(d.line == line and re.search(pattern, d.message) for d in said), (checked.checker, name, said)


def test_each_provider_s_options_are_its_constructor_s() -> None:
    """The factory's typed options per provider name exactly what the class takes, with the same types."""
    import typing

    from smskit import _options
    from smskit.journal import Journal

    # The names smskit imports for type checkers alone (smskit.journal is imported only when a journal is asked for).
    checking_only = {"Journal": Journal}
    for provider in smskit.PROVIDERS:
        module = importlib.import_module(f"smskit.{provider}")
        (name,) = (n for n in module.__all__ if not n.startswith("Async"))
        cls = getattr(module, name)
        hints = typing.get_type_hints(cls.__init__, localns=checking_only)
        own = {k: v for k, v in hints.items() if k not in ("options", "return")}
        hints = typing.get_type_hints(getattr(_options, f"{name}Options"), localns=checking_only)
        common = typing.get_type_hints(smskit._base.ClientOptions, localns=checking_only)
        assert {k: v for k, v in hints.items() if k not in common} == own, provider
