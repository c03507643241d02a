"""The Dockerfile, checked without a container engine (these machines have none, nor a registry for the base image).

What can go wrong in it is checked from its own text: its build context holds everything the distribution
builds from (a wheel is built from exactly the COPYed paths, in a folder holding nothing else), and its
ENTRYPOINT, run as written, serves the simulator on all interfaces, answers the health check's request within
a second, and stops cleanly on SIGTERM (what `docker stop` sends to the container's first process).
"""

from __future__ import annotations

import json
import shlex
import shutil
import signal
import subprocess
import sys
import time
import tomllib
import zipfile
from pathlib import Path

import httpx
import pytest

ROOT = Path(__file__).resolve().parent.parent
DOCKERFILE = ROOT / "Dockerfile"


def instructions() -> list[tuple[str, str]]:
    """(INSTRUCTION, its arguments) for each instruction, comments and continuations handled."""
    lines = [line for line in DOCKERFILE.read_text().splitlines() if line.strip() and not line.lstrip().startswith("#")]
    return [(line.split(None, 1)[0].upper(), line.split(None, 1)[1]) for line in lines]


def copied() -> list[str]:
    return [source for kind, args in instructions() if kind == "COPY" for source in shlex.split(args)[:-1]]


def exec_form(kind: str) -> list[str]:
    (args,) = [args for k, args in instructions() if k == kind]
    if kind == "HEALTHCHECK":
        args = args.split(" CMD ", 1)[1]
    command: list[str] = json.loads(args)
    return command


def test_the_build_context_holds_every_path_the_wheel_is_built_from() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())
    wheel = project["tool"]["hatch"]["build"]["targets"]["wheel"]
    needed = {Path(p).parts[0] for p in [*wheel["packages"], *wheel.get("force-include", {})]}
    needed |= {"pyproject.toml", project["project"]["readme"]}
    assert needed <= set(copied()), f"not copied into the image: {sorted(needed - set(copied()))}"


@pytest.mark.skipif(shutil.which("git") is None, reason="git lists the files a checkout holds")
def test_a_wheel_builds_from_the_copied_paths_alone(tmp_path: Path) -> None:
    """The image's `pip install ".[sim]"`, minus the install: the build must not reach outside the context."""
    context = tmp_path / "context"
    tracked = subprocess.run(["git", "ls-files", "--", *copied()], cwd=ROOT, capture_output=True, text=True,
                             check=True).stdout.split()  # fmt: skip
    for name in tracked:
        (context / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, context / name)
    build = [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path / "dist"), str(context)]
    subprocess.run(build, check=True, capture_output=True)
    (built,) = (tmp_path / "dist").glob("smskit-*.whl")
    packages = {name.split("/", 1)[0] for name in zipfile.ZipFile(built).namelist() if name.endswith("/__init__.py")}
    wheel = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["hatch"]["build"]["targets"]["wheel"]
    assert packages >= {Path(p).name for p in wheel["packages"]}  # hatch skips a missing one without a word


def test_the_entrypoint_serves_on_every_interface_answers_the_health_check_and_stops_on_sigterm() -> None:
    entry = exec_form("ENTRYPOINT")
    assert entry[0] == "smskit-sim" and entry[entry.index("--host") + 1] == "0.0.0.0"
    assert entry[entry.index("--port") + 1] in {p.split("/")[0] for k, p in instructions() if k == "EXPOSE"}
    command = [str(Path(sys.executable).with_name("smskit-sim")), *entry[1:], "--port", "0"]  # a free port here
    started = time.monotonic()
    server = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert server.stdout is not None
        url = json.loads(server.stdout.readline())["smskit_sim"]
        port = url.rsplit(":", 1)[1]
        health = exec_form("HEALTHCHECK")
        assert health[:2] == ["python", "-c"] and "http://127.0.0.1:8787/_sim/clock" in health[2]
        probe = health[2].replace(":8787/", f":{port}/")
        subprocess.run([sys.executable, "-c", probe], check=True, timeout=10)
        assert time.monotonic() - started < 5  # generous here; the 1 s bar is measured by benchmarks/startup.py
        assert httpx.get(f"http://127.0.0.1:{port}/_sim/messages").json() == {"messages": [], "count": 0}
    finally:
        server.send_signal(signal.SIGTERM)
        _, errors = server.communicate(timeout=10)
    assert server.returncode == 0 and "Traceback" not in errors
