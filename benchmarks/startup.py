"""Start-up figures (figures, not timed tests): what importing smskit and serving the simulator cost.

1. `import smskit` and one client of each provider, against `import httpx` alone: each in a fresh
   interpreter, the two interleaved run by run so machine noise hits both alike; the median wall time of each
   and their ratio. Bar: <= 2.5x.
2. `smskit_sim.create_app()`, timed inside a fresh interpreter after `import smskit_sim` (and, as a figure,
   the import and the call together). Bar: <= 0.3 s.
3. `smskit-sim` started as a process, to its first answer on its socket (`GET /_sim/clock`).
4. Whether `yaml` was imported by any of it (the specs are compiled at generation: it must not be).
5. `smskit preview "hi"` on the command line (`python -m smskit`), to its exit. Bar: <= 0.5 s.

Every child runs with bytecode caching on, in a private cache (`PYTHONPYCACHEPREFIX`), warmed by one run first:
an installed package is byte-compiled, and a fresh source tree would otherwise time the compiler.

    python benchmarks/startup.py [--runs 5] [--strict]
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time

CLIENTS = """
import smskit
smskit.EasySendSMS("key")
smskit.EzzySMS("user", "password")
smskit.Easify("token", from_number="+13205550100")
smskit.TransmitSMS("key", "secret")
smskit.Mobyt("user", "password")
"""
HTTPX = "import httpx\n"
CREATE_APP = """
import json, sys, time
start = time.perf_counter()
import smskit_sim
imported = time.perf_counter()
smskit_sim.create_app()
done = time.perf_counter()
print(json.dumps({"import": imported - start, "create_app": done - imported, "yaml": "yaml" in sys.modules}))
"""
YAML_CHECK = CLIENTS + "import sys\nprint('yaml' in sys.modules)\n"

BAR_RATIO = 2.5
BAR_CREATE_APP = 0.3
BAR_PREVIEW = 0.5
PREVIEW = [sys.executable, "-m", "smskit", "preview", "hi"]


def _env(cache: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = cache
    return env


def _wall(code: str, env: dict[str, str]) -> float:
    return _wall_of([sys.executable, "-c", code], env)


def _wall_of(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _answers(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=1) as sock:
            sock.sendall(b"GET /_sim/clock HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
            return sock.recv(12).startswith(b"HTTP/1.1 200")
    except OSError:
        return False


def _serve_time(env: dict[str, str]) -> float:
    """From starting `smskit-sim` to its first 200 on its socket."""
    port = _free_port()
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "smskit_sim.cli", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        while not _answers(port):
            if proc.poll() is not None:
                raise RuntimeError(f"smskit-sim exited with {proc.returncode}")
            if time.perf_counter() - start > 60:
                raise RuntimeError("smskit-sim did not answer within 60 s")
            time.sleep(0.005)
        return time.perf_counter() - start
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5, help="fresh interpreters per figure (default: 5)")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a bar is missed")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="smskit-pyc-") as cache:
        env = _env(cache)
        for code in (CLIENTS, HTTPX, CREATE_APP):  # warm the bytecode cache: not timed
            subprocess.run([sys.executable, "-c", code], env=env, check=True, stdout=subprocess.DEVNULL)
        subprocess.run(PREVIEW, env=env, check=True, stdout=subprocess.DEVNULL)
        sdk, bare, app, imported, serve, cli = [], [], [], [], [], []
        yaml_seen = subprocess.run(
            [sys.executable, "-c", YAML_CHECK], env=env, check=True, capture_output=True, text=True
        ).stdout.strip() == "True"  # fmt: skip
        for _ in range(args.runs):
            sdk.append(_wall(CLIENTS, env))
            bare.append(_wall(HTTPX, env))
            out = subprocess.run([sys.executable, "-c", CREATE_APP], env=env, check=True, capture_output=True)
            figures = json.loads(out.stdout)
            app.append(figures["create_app"])
            imported.append(figures["import"])
            yaml_seen = yaml_seen or figures["yaml"]
            serve.append(_serve_time(env))
            cli.append(_wall_of(PREVIEW, env))

    ratio = statistics.median(sdk) / statistics.median(bare)
    create_app = statistics.median(app)
    print(f"start-up, median of {args.runs} fresh interpreters each (interleaved), Python {sys.version.split()[0]}")
    print(
        f"  import smskit + one client of each provider: {statistics.median(sdk) * 1000:.0f} ms; "
        f"import httpx: {statistics.median(bare) * 1000:.0f} ms; ratio {ratio:.2f}x (bar <= {BAR_RATIO}x)"
    )
    print(
        f"  smskit_sim.create_app(): {create_app * 1000:.0f} ms (bar <= {BAR_CREATE_APP * 1000:.0f} ms); "
        f"import smskit_sim before it: {statistics.median(imported) * 1000:.0f} ms"
    )
    print(f"  smskit-sim started to its first answer on its socket: {statistics.median(serve) * 1000:.0f} ms")
    print(f"  yaml imported at run time: {'YES' if yaml_seen else 'no'}")
    preview = statistics.median(cli)
    print(f'  smskit preview "hi" on the command line: {preview * 1000:.0f} ms (bar <= {BAR_PREVIEW * 1000:.0f} ms)')
    missed = ratio > BAR_RATIO or create_app > BAR_CREATE_APP or yaml_seen or preview > BAR_PREVIEW
    if missed:
        print("  a bar is missed", file=sys.stderr)
    return 1 if missed and args.strict else 0


if __name__ == "__main__":
    sys.exit(main())
