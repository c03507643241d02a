"""Regenerate every provider's client from its spec, or check that the committed ones are current.

    python tools/generate.py            # rewrite generated/<id>_client/ from specs/<id>.yaml
    python tools/generate.py --check    # regenerate into a temporary folder, list every difference, exit 1 on any

Both paths generate into a fresh temporary folder that carries its own pinned ruff settings, so the
post-hooks format the code the same way wherever the repository lives and whatever ruff config sits above it.
"""

from __future__ import annotations

import argparse
import filecmp
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "specs"
GENERATED = ROOT / "generated"
PROVIDERS = ("easysendsms", "ezzysms", "easify", "transmitsms", "mobyt")

# The post-hooks' formatter settings, independent of any ruff config around the checkout.
_RUFF_TOML = 'line-length = 120\ntarget-version = "py311"\n'


def _generator() -> list[str]:
    exe = Path(sys.executable).with_name("openapi-python-client")
    return [str(exe)] if exe.exists() else ["openapi-python-client"]


def generate_into(workdir: Path, provider: str, spec: Path | None = None) -> Path:
    """Generate `provider`'s client (from `spec`, default its committed spec) under `workdir`; return the package."""
    (workdir / "ruff.toml").write_text(_RUFF_TOML)
    out = workdir / f"{provider}_client"
    env = dict(os.environ)
    # The post-hooks call `ruff`: make the one installed beside this interpreter win.
    env["PATH"] = str(Path(sys.executable).parent) + os.pathsep + env.get("PATH", "")
    proc = subprocess.run(
        [
            *_generator(),
            "generate",
            "--path",
            str(spec or SPECS / f"{provider}.yaml"),
            "--config",
            str(SPECS / "config" / f"{provider}.yaml"),
            "--meta",
            "none",
            "--output-path",
            str(out),
            "--overwrite",
            "--fail-on-warning",
        ],
        cwd=workdir,
        env=env,
        capture_output=True,
        text=True,
    )
    if proc.returncode != 0:
        raise RuntimeError(f"openapi-python-client failed for {provider}:\n{proc.stdout}\n{proc.stderr}")
    return out


def _tree(folder: Path) -> dict[str, Path]:
    return {
        str(p.relative_to(folder)): p
        for p in folder.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc"
    }


def differences(fresh: Path, committed: Path) -> list[str]:
    """Files that differ between a fresh generation and a committed package, named by package-relative path."""
    new, old = _tree(fresh), _tree(committed) if committed.exists() else {}
    pkg = committed.name
    out = [f"missing from generated/: {pkg}/{name}" for name in sorted(new.keys() - old.keys())]
    out += [f"not produced by the generator: {pkg}/{name}" for name in sorted(old.keys() - new.keys())]
    out += [
        f"differs: {pkg}/{name}"
        for name in sorted(new.keys() & old.keys())
        if not filecmp.cmp(new[name], old[name], shallow=False)
    ]
    return out


def check(providers: tuple[str, ...] = PROVIDERS) -> list[str]:
    """Regenerate every client into a temporary folder and list how generated/ differs from it."""
    problems: list[str] = []
    for provider in providers:
        with tempfile.TemporaryDirectory(prefix=f"smskit-{provider}-") as tmp:
            problems += differences(generate_into(Path(tmp), provider), GENERATED / f"{provider}_client")
    return problems


def regenerate(providers: tuple[str, ...] = PROVIDERS) -> None:
    for provider in providers:
        with tempfile.TemporaryDirectory(prefix=f"smskit-{provider}-") as tmp:
            fresh = generate_into(Path(tmp), provider)
            target = GENERATED / f"{provider}_client"
            shutil.rmtree(target, ignore_errors=True)
            shutil.copytree(fresh, target, ignore=shutil.ignore_patterns("__pycache__"))
        print(f"generated/{provider}_client from specs/{provider}.yaml")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="fail if generated/ differs from a fresh generation")
    parser.add_argument("providers", nargs="*", metavar="PROVIDER", help=f"one of {', '.join(PROVIDERS)}; default all")
    args = parser.parse_args(argv)
    unknown = set(args.providers) - set(PROVIDERS)
    if unknown:
        parser.error(f"unknown provider(s): {', '.join(sorted(unknown))}")
    providers = tuple(args.providers) or PROVIDERS
    if not args.check:
        regenerate(providers)
        return 0
    problems = check(providers)
    for line in problems:
        print(line)
    if problems:
        print(f"generated/ is out of date ({len(problems)} files): run `nox -s generate`", file=sys.stderr)
        return 1
    print(f"generated/ matches specs/ for {', '.join(providers)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
