"""`pip install smskit` is the SDK alone; `pip install "smskit[sim]"` adds the simulator's server stack."""

from __future__ import annotations

import importlib.metadata
import re
import subprocess
import sys

SIMULATOR_ONLY = ("starlette", "uvicorn", "httptools", "uvloop", "jsonschema-rs")
# A Python without the simulator's dependencies: importing any of them fails as if it were not installed.
WITHOUT_THEM = """
import sys
class Absent:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in {"starlette", "uvicorn", "httptools", "uvloop", "jsonschema_rs"}:
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return None
sys.meta_path.insert(0, Absent())
"""


def _python(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", WITHOUT_THEM + code], capture_output=True, text=True, timeout=60)


def test_the_simulator_s_dependencies_are_an_extra() -> None:
    requires = importlib.metadata.requires("smskit") or []
    for name in SIMULATOR_ONLY:
        lines = [r.replace("'", '"') for r in requires if re.match(rf"{name}\b", r)]
        assert lines and all('extra == "sim"' in line or 'extra == "test"' in line for line in lines), lines
        assert any('extra == "sim"' in line for line in lines), lines


def test_the_sdk_runs_without_them() -> None:
    done = _python("import smskit\nsms = smskit.client('easysendsms', api_key='k')\nprint(sms.preview('hi').parts)")
    assert done.returncode == 0 and done.stdout.strip() == "1", done.stderr


def test_smskit_sim_without_them_says_what_to_install() -> None:
    done = _python("from smskit_sim.cli import main\nraise SystemExit(main(['--port', '0']))")
    assert done.returncode == 2 and 'pip install "smskit[sim]"' in done.stderr, done.stderr
