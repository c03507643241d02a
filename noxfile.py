"""Every job this project runs: `nox -l` lists them, `nox` runs the default ones.

- generate: specs/<id>.yaml -> generated/<id>_client/ and generated/smskit_specs/<id>.py (each spec compiled,
            `$ref`s resolved; `-- --check` only compares, and fails on drift)
- lint:     ruff, mypy --strict, and every spec through openapi-spec-validator and our spec rules
- tests:    the whole test suite against the installed distribution, under coverage (tests/conformance, which
            runs no smskit code, untraced and beside the first part), then the bar: every provider module at
            least 90% covered by lines (tools/coverage_bar.py)
            (`SMSKIT_INVARIANT_EXAMPLES=2000 nox -s tests -- tests/overlay/test_outcome_invariants.py`: the deep
            run of the outcome invariants, 20,000 scenarios explored afresh)
- conformance: generated clients checked against the specs, then every spec fuzzed by schemathesis against the
  in-process simulator (every check; examples, coverage, fuzzing and stateful phases), and a table per provider.
  `SMSKIT_CONFORMANCE_EXAMPLES=200 nox -s conformance` is the deep run; `-- -k mobyt` narrows it.
- real:     the real provider, read-only (sends only with --send and named numbers), every answer checked against
            the spec; `--record DIR` writes the traffic as evidence (`nox -s real -- --help`)
- bench:    figures, not a test: simulator throughput vs Prism and a bare endpoint (wrk), memory per message,
            the overlay's per-call overhead vs bare httpx and a 20,000-recipient send under the rate limit,
            and start-up (import smskit + five clients vs import httpx, create_app(), smskit-sim to its socket),
            regenerating every client, the spec models and the change report, the docs build, and the pytest
            plugin's cost per test and its server's start
- docs:     the documentation site (mkdocs-material + mkdocstrings), built strict
- example:  examples/otp's own tests (pytest plugin) and mypy --strict, on smskit installed from its built wheel
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import nox

nox.options.default_venv_backend = "uv|virtualenv"
nox.options.reuse_existing_virtualenvs = True
nox.options.sessions = ["lint", "tests", "conformance"]

# griffe: the change report's check of each generated package and of the overlay (tools/changes.py).
GENERATOR = ["openapi-python-client==0.29.1", "ruff==0.17.6", "PyYAML>=6", "griffe==2.4.1"]
GENERATED_PACKAGES = ["easysendsms_client", "ezzysms_client", "easify_client", "transmitsms_client", "mobyt_client"]


@nox.session
def generate(session: nox.Session) -> None:
    """Regenerate every client from its spec; with `-- --check`, fail listing the files that differ."""
    session.install(*GENERATOR)
    session.run("python", "tools/generate.py", *session.posargs)


@nox.session
def lint(session: nox.Session) -> None:
    """ruff; mypy --strict on the overlay and every generated package; every spec validated and linted."""
    session.install(".[test]", "mypy==2.4.1", "types-PyYAML")
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")
    session.run("mypy", "--strict", "overlay/smskit", "gsm/smskit_gsm", "simulator/smskit_sim", "tools", "benchmarks")
    session.run("mypy", "--strict", *(f"-p={name}" for name in [*GENERATED_PACKAGES, "smskit_specs"]))
    session.run("python", "-m", "openapi_spec_validator", *(f"specs/{p}.yaml" for p in _providers()))
    session.run("pytest", "-q", "tests/specs")
    if shutil.which("npx"):
        # The Redocly linter's recommended rules, where Node is available (it is not needed elsewhere).
        session.run(
            "npx", "--yes", "@redocly/cli@2", "lint", "--extends=recommended", "--format=summary",
            *(f"specs/{p}.yaml" for p in _providers()), external=True,
        )  # fmt: skip


@nox.session
def tests(session: nox.Session) -> None:
    """The whole suite against the installed distribution (not the source tree), under coverage; then the bar:
    every provider module (smskit/<id>.py) at least 90% covered by lines (tools/coverage_bar.py).

    `-- <pytest args>` narrows the run: coverage is still reported, but the bar, which holds for the whole
    suite, is not applied to a narrowed run.
    """
    session.install(".[test]")
    tmp = Path(session.create_tmp())
    data, report = tmp / ".coverage", tmp / "coverage.json"
    data.unlink(missing_ok=True)
    env = {"COVERAGE_FILE": str(data)}  # [tool.coverage.run] measures the installed smskit package, by name
    if session.posargs:
        session.run("coverage", "run", "-m", "pytest", *session.posargs, env=env)
    else:
        _whole_suite(session, tmp, env)
    session.run("coverage", "json", "-q", "-o", str(report), env=env)
    if session.posargs:
        session.run("coverage", "report", "--include=*/smskit/*", env=env)
        session.log("coverage bar not applied: the run was narrowed by arguments (it holds for the whole suite)")
        return
    session.run("python", "tools/coverage_bar.py", str(report))


def _whole_suite(session: nox.Session, tmp: Path, env: dict[str, str]) -> None:
    """The suite in three parts, for time. tests/conformance holds the simulator to the specs and runs no smskit
    code: it runs untraced (the tracer makes hypothesis and schemathesis half again as slow, measuring nothing),
    on the machine's other core, beside the traced top-level tests and tests/specs, none of which times
    anything. Everything else, with its wall-clock checks (rate limits, killed workers), runs after both, alone."""
    log = tmp / "conformance.log"
    bin_dir = str(session.bin)
    beside = {**os.environ, "PATH": os.pathsep.join([bin_dir, os.environ.get("PATH", "")]),
              "VIRTUAL_ENV": str(Path(bin_dir).parent)}  # fmt: skip
    with log.open("wb") as out:
        conformance = subprocess.Popen([str(Path(bin_dir) / "pytest"), "tests/conformance"], stdout=out,
                                       stderr=subprocess.STDOUT, env=beside)  # fmt: skip
        try:
            untimed = sorted(str(p) for p in Path("tests").glob("test_*.py"))
            session.run("coverage", "run", "-m", "pytest", "tests/specs", *untimed, env=env)
        finally:
            code = conformance.wait()
            print(log.read_text(encoding="utf-8", errors="replace"))
    session.run("coverage", "run", "--append", "-m", "pytest", "tests", "--ignore=tests/conformance",
                "--ignore=tests/specs", "--ignore-glob=tests/test_*.py", env=env)  # fmt: skip
    if code:
        session.error(f"tests/conformance failed (exit {code}); its output is above, after the first part's")


@nox.session
def conformance(session: nox.Session) -> None:
    """Clients match their specs; schemathesis fuzzes every spec against the simulator; a table per provider."""
    session.install(".[test]")
    session.run("python", "tools/generate.py", "--check")
    report = Path(session.create_tmp()) / "conformance.json"
    report.unlink(missing_ok=True)
    # Check failures (exit 1) still get their table; the report then fails the session, naming each failure.
    session.run(
        "pytest", "-q", "--tb=line", "tests/conformance", *session.posargs,
        env={"SMSKIT_CONFORMANCE_JSON": str(report)}, success_codes=[0, 1],
    )  # fmt: skip
    session.run("python", "tools/conformance_report.py", str(report), "--failures")


@nox.session
def real(session: nox.Session) -> None:
    """The real provider, read-only, through the real overlay clients: every answer held against the spec.

    `nox -s real -- --provider <id> --url <base URL>`; credentials from the clients' environment variables;
    `--send --to <your number>` also sends (and reads the status of what it sent); `--lookups` runs number
    lookups on the `--to` numbers; `--record DIR` writes each request and answer as evidence (DIR/<id>/).
    """
    session.install(".[test]")
    session.run("python", "-m", "tests.realprovider", *session.posargs)


@nox.session
def bench(session: nox.Session) -> None:
    """Figures, not a test: send throughput beside Prism and a bare endpoint (wrk), memory per message, and the
    overlay's overhead and bulk-send rate against the simulator on loopback, and start-up times.

    Comparisons that need a missing `wrk` or `npx` are skipped, said so. `-- --rounds 3` takes the median of
    three turns per server; `-- --strict` fails the session when a bar is missed.
    """
    session.install(".[sim]", "pytest>=8")  # pytest: the plugin's figures run suites with it
    strict = [a for a in session.posargs if a == "--strict"]
    session.run("python", "benchmarks/startup.py", *strict)
    session.run("python", "benchmarks/overlay_size.py", *strict)
    session.run("python", "benchmarks/simulator_memory.py", *strict)
    session.run("python", "benchmarks/simulator_throughput.py", *session.posargs)
    session.run("python", "benchmarks/overlay_send.py", success_codes=[0] if strict else [0, 1])
    session.run("python", "benchmarks/durable.py", success_codes=[0] if strict else [0, 1])
    session.run("python", "benchmarks/plugin.py", *strict)
    session.install(".[docs]", *GENERATOR)
    session.run("python", "benchmarks/regenerate_and_docs.py", *strict)


@nox.session
def example(session: nox.Session) -> None:
    """examples/otp as a user has it: smskit installed from the wheel this checkout builds (with the `sim`
    extra), the app installed beside it, its tests run with the plugin and checked by mypy --strict, from the
    example's own folder so nothing of this checkout's source is on the path."""
    dist = Path(session.create_tmp()).resolve() / "dist"
    shutil.rmtree(dist, ignore_errors=True)
    session.install("build")
    session.run("python", "-m", "build", "--wheel", "--outdir", str(dist), ".")
    (wheel,) = dist.glob("smskit-*.whl")
    session.install(f"smskit[sim] @ {wheel.as_uri()}", "pytest>=8", "mypy==2.4.1")
    # The same version number as a reused venv's last build: forced, so the wheel just built is what runs.
    session.install("--force-reinstall", "--no-deps", str(wheel), "./examples/otp")
    session.chdir("examples/otp")
    session.run("python", "-c", "import smskit, smskit_sim; assert 'site-packages' in smskit.__file__, smskit.__file__")
    session.run("pytest", "-q", "-p", "no:cacheprovider")
    session.run("mypy", "--strict", "otp_app", "tests")


@nox.session
def docs(session: nox.Session) -> None:
    """The documentation site, built strict (mkdocs.yml): the guide, a page per provider generated from its
    spec, the API reference from docstrings, the changelog. `-- serve` serves it instead.

    A public object of smskit without a docstring fails it (SMSKIT_DOCS_REQUIRE_DOCSTRINGS=0: logged only).
    """
    session.install(".[docs]")
    env = {"NO_MKDOCS_2_WARNING": "1"}  # material's notice about its successor, on every run
    if session.posargs[:1] == ["serve"]:
        session.run("mkdocs", "serve", *session.posargs[1:], env=env)
        return
    site = Path(session.create_tmp()) / "site"
    # Not --quiet: it drops the warnings that --strict counts.
    session.run("mkdocs", "build", "--strict", "--site-dir", str(site), *session.posargs, env=env)
    session.log(f"site: {site}")


def _providers() -> list[str]:
    return [name.removesuffix("_client") for name in GENERATED_PACKAGES]
