"""What users write type-checks under `mypy --strict` (and what they get wrong does not): mypy on snippets."""

from __future__ import annotations

from pathlib import Path

import pytest

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
    "a sync client awaited": 'import smskit\nasync def f() -> None:\n    await smskit.EasySendSMS("k").balance()\n',
    "an async client in a plain with": 'import smskit\nwith smskit.AsyncEasySendSMS("k") as sms:\n    pass\n',
}


def _mypy(tmp_path: Path, name: str, code: str) -> tuple[str, int]:
    snippet = tmp_path / f"{name}.py"
    snippet.write_text(code, encoding="utf-8")
    out, err, status = mypy_api.run(["--strict", "--no-incremental", "--config-file", str(ROOT / "pyproject.toml"),
                                     str(snippet)])  # fmt: skip
    return out + err, status


def test_the_right_uses_check(tmp_path: Path) -> None:
    out, status = _mypy(tmp_path, "right", RIGHT)
    assert status == 0, out


@pytest.mark.parametrize("case", list(WRONG))
def test_the_wrong_uses_do_not(tmp_path: Path, case: str) -> None:
    out, status = _mypy(tmp_path, "wrong", WRONG[case])
    assert status == 1 and "error:" in out, out
