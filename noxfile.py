"""Every job this project runs: `nox -l` lists them, `nox` runs the default ones.

- generate: specs/<id>.yaml -> generated/<id>_client/ (`-- --check` only compares, and fails on drift)
- lint:     ruff, mypy --strict, and every spec through openapi-spec-validator and our spec rules
- tests:    the whole test suite against the installed distribution
"""

from __future__ import annotations

import shutil

import nox

nox.options.default_venv_backend = "uv|virtualenv"
nox.options.reuse_existing_virtualenvs = True
nox.options.sessions = ["lint", "tests"]

GENERATOR = ["openapi-python-client==0.29.1", "ruff==0.17.6"]
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
    session.run("mypy", "--strict", "overlay/smskit", "tools")
    session.run("mypy", "--strict", *(f"-p={name}" for name in GENERATED_PACKAGES))
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
    """The whole suite against the installed distribution (not the source tree)."""
    session.install(".[test]")
    session.run("pytest", *session.posargs)


def _providers() -> list[str]:
    return [name.removesuffix("_client") for name in GENERATED_PACKAGES]
