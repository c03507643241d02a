"""What users write type-checks under `mypy --strict` (and what they get wrong does not): mypy on snippets."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest

import smskit
import smskit._base

mypy_api = pytest.importorskip("mypy.api", reason="mypy is in the test extra")

ROOT = Path(__file__).resolve().parent.parent
# The right uses: a provider class is an SmsClient / AsyncSmsClient, and every client is a context manager.
RIGHT = """
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
"""
# The wrong ones, each an error mypy must report.
WRONG = {
    "a misspelt option": 'import smskit\nsmskit.EasySendSMS(api_kee="key")\n',
    "a misspelt option to the factory": 'import smskit\nsmskit.client("easysendsms", api_kee="key")\n',
    "an unknown provider": 'import smskit\nsmskit.client("twilio", api_key="key")\n',
    "a sync client awaited": 'import smskit\nasync def f() -> None:\n    await smskit.EasySendSMS("k").balance()\n',
    "an async client in a plain with": 'import smskit\nwith smskit.AsyncEasySendSMS("k") as sms:\n    pass\n',
}


@pytest.fixture(scope="module")
def cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One mypy cache for the module's runs: smskit and its dependencies are analysed once, not per snippet."""
    return tmp_path_factory.mktemp("mypy-cache")


def _mypy(folder: Path, name: str, code: str, cache: Path) -> tuple[str, int]:
    snippet = folder / f"{name}.py"
    snippet.write_text(code, encoding="utf-8")
    config = ["--config-file", str(ROOT / "pyproject.toml"), "--cache-dir", str(cache)]
    out, err, status = mypy_api.run(["--strict", *config, str(snippet)])
    return out + err, status


def test_the_right_uses_check(tmp_path: Path, cache: Path) -> None:
    out, status = _mypy(tmp_path, "right", RIGHT, cache)
    assert status == 0, out


@pytest.mark.parametrize("case", list(WRONG))
def test_the_wrong_uses_do_not(tmp_path: Path, case: str, cache: Path) -> None:
    out, status = _mypy(tmp_path, "wrong", WRONG[case], cache)
    assert status == 1 and "error:" in out, out


def test_the_factory_knows_each_provider_s_class_and_options(tmp_path: Path, cache: Path) -> None:
    """`smskit.client(<literal id>, ...)` is typed as that provider's class, its options checked; an id read at
    run time, typed `smskit.ProviderId`, takes options passed as a mapping."""
    code = """
import smskit
from typing import Any
sms = smskit.client("mobyt", username="u", password="p", message_type="L")
reveal_type(sms)
def dynamic(provider: smskit.ProviderId, credentials: dict[str, Any]) -> None:
    with smskit.client(provider, **credentials) as any_client:
        any_client.send("+14155550100", "hi")
"""
    out, status = _mypy(tmp_path, "factory", code, cache)
    assert status == 0 and 'Revealed type is "smskit.mobyt.Mobyt"' in out, out
    out, status = _mypy(tmp_path, "factory_wrong", 'import smskit\nsmskit.client("mobyt", message_type="X")\n', cache)
    assert status == 1 and "error:" in out, out


def test_each_provider_s_options_are_its_constructor_s() -> None:
    """The factory's typed options per provider name exactly what the class takes, with the same types."""
    import typing

    from smskit import _options

    for provider in smskit.PROVIDERS:
        module = importlib.import_module(f"smskit.{provider}")
        (name,) = (n for n in module.__all__ if not n.startswith("Async"))
        cls = getattr(module, name)
        own = {k: v for k, v in typing.get_type_hints(cls.__init__).items() if k not in ("options", "return")}
        options = getattr(_options, f"{name}Options")
        hints = typing.get_type_hints(options)
        common = typing.get_type_hints(smskit._base.ClientOptions)
        assert {k: v for k, v in hints.items() if k not in common} == own, provider
