"""Regenerate every provider's client and compiled spec, or check that the committed ones are current.

    python tools/generate.py            # rewrite generated/<id>_client/ and generated/smskit_specs/ from specs/
    python tools/generate.py --check    # regenerate into a temporary folder, list every difference, exit 1 on any

It also rewrites the synchronous I/O halves of the overlay and of the simulator's control client from their
asynchronous sources (tools/unasync.py).

`generated/smskit_specs/` is each spec compiled once, here, into an importable module: `<id>.py` holds the
spec as a Python literal with every `$ref` resolved (by `resolve_refs`, the one resolver), `sim_control.py` the
simulator's control API description as written, `sim_models.py` its answers as typed classes, and `__init__.py`
the provider ids. The overlay and the simulator read those at run time, so nothing parses YAML after
generation (a literal loads from its .pyc in a few milliseconds; PyYAML took about a second for the five specs).

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
from typing import Any

import yaml

if __package__ in (None, ""):  # run as `python tools/generate.py`: make `tools` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from tools import changes, compile_spec, control_models, unasync

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "specs"
GENERATED = ROOT / "generated"
PROVIDERS = ("easysendsms", "ezzysms", "easify", "transmitsms", "mobyt")
SPECS_PACKAGE = "smskit_specs"
CONTROL = ROOT / "simulator" / "smskit_sim" / "control.yaml"
MODEL = ROOT / "tools" / "spec_model.py"
# Our templates for api/__init__.py (typed requests and client methods) and models/__init__.py (lazy imports).
TEMPLATES = ROOT / "tools" / "templates"

# The post-hooks' formatter settings, independent of any ruff config around the checkout.
# No default excludes and no .gitignore: either would skip every file when the temporary folder lies below an
# excluded or ignored one (nox points TMPDIR into .nox/<session>/tmp, which .gitignore and ruff's defaults skip).
_RUFF_TOML = 'line-length = 120\ntarget-version = "py311"\nexclude = []\nrespect-gitignore = false\n'


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
            "--custom-template-path",
            str(TEMPLATES),
        ],
        cwd=workdir,
        env=env,
        capture_output=True,
        text=True,
    )
    if proc.returncode != 0:
        raise RuntimeError(f"openapi-python-client failed for {provider}:\n{proc.stdout}\n{proc.stderr}")
    (out / "py.typed").write_text("")  # `--meta none` writes none; an editable install needs it as much as a wheel
    return out


def resolve_refs(spec: dict[str, Any]) -> dict[str, Any]:
    """`spec` with every local `$ref` replaced by (a copy of) what it points to, recursively.

    A Reference Object's siblings (OpenAPI 3.1 lets `summary` / `description` override the target's) are laid
    over the resolved target. A reference cycle, or one that leaves the document, is an error: the specs have
    none, and a compiled spec must be a finite tree.
    """

    def target(ref: str) -> Any:
        if not ref.startswith("#/"):
            raise ValueError(f"only local references are compiled; got {ref!r}")
        node: Any = spec
        for token in ref[2:].split("/"):
            node = node[token.replace("~1", "/").replace("~0", "~")]
        return node

    def walk(node: Any, seen: tuple[str, ...]) -> Any:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str):
                if ref in seen:
                    raise ValueError(f"reference cycle: {' -> '.join((*seen, ref))}")
                resolved = walk(target(ref), (*seen, ref))
                siblings = {k: walk(v, seen) for k, v in node.items() if k != "$ref"}
                return {**resolved, **siblings} if siblings else resolved
            return {k: walk(v, seen) for k, v in node.items()}
        if isinstance(node, list):
            return [walk(v, seen) for v in node]
        if node is None or isinstance(node, str | bool | int | float):
            return node
        raise TypeError(f"a spec holds only JSON values; got {type(node).__name__}: {node!r}")

    resolved: dict[str, Any] = walk(spec, ())
    return resolved


def _read_yaml(path: Path) -> dict[str, Any]:
    # libyaml's parser where PyYAML has it: the same data, about a second sooner over the five specs.
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with path.open(encoding="utf-8") as fh:
        loaded: dict[str, Any] = yaml.load(fh, Loader=loader)  # a safe loader, C or Python
    return loaded


def _literal(value: Any, depth: int = 0) -> str:
    """`value` as a Python literal, in the document's key order: the top levels (sections, then each path, each
    component) one entry a line, so a spec change shows as a diff of the lines it touched; below that, `repr`
    (indenting every level would make TransmitSMS's module ten times larger)."""
    if depth >= 3 or not isinstance(value, dict) or not value:
        return repr(value)
    pad = "    " * (depth + 1)
    entries = "".join(f"{pad}{key!r}: {_literal(item, depth + 1)},\n" for key, item in value.items())
    return "{\n" + entries + "    " * depth + "}"


def _data_module(doc: str, name: str, value: Any, annotation: str) -> str:
    literal = _literal(value)
    return f'"""{doc}"""\n\nfrom typing import Any, Final\n\n{name}: Final[{annotation}] = {literal}\n'


_GENERATED_NOTE = "Generated by tools/generate.py: never edit by hand, fix the source and run `nox -s generate`."


def write_specs_package(workdir: Path) -> Path:
    """Compile every spec (and the simulator's control description) into `workdir/smskit_specs/`."""
    out = workdir / SPECS_PACKAGE
    out.mkdir(parents=True)
    ids = ", ".join(f'"{p}"' for p in PROVIDERS)
    (out / "__init__.py").write_text(
        '"""Every provider spec, compiled once at generation. {_GENERATED_NOTE}\n\n'
        "`smskit_specs.<id>.PROVIDER` is the typed behaviour of specs/<id>.yaml (`smskit_specs.model`), and\n"
        '`smskit_specs.<id>_spec.SPEC` the document itself with every `$ref` resolved.\n"""\n\n'
        "from typing import Final, Literal\n\n"
        f"ProviderId = Literal[{ids}]\n"
        f"PROVIDERS: Final[tuple[ProviderId, ...]] = ({ids})\n".replace("{_GENERATED_NOTE}", _GENERATED_NOTE),
        encoding="utf-8",
    )
    model = MODEL.read_text(encoding="utf-8")
    note = f'"""Generated by tools/generate.py from {MODEL.relative_to(ROOT)}: never edit by hand.\n\n'
    (out / "model.py").write_text(model.replace('"""', note, 1), encoding="utf-8")
    names = ", ".join(compile_spec.MODEL_NAMES)
    for provider in PROVIDERS:
        spec = resolve_refs(_read_yaml(SPECS / f"{provider}.yaml"))
        doc = f"specs/{provider}.yaml, every `$ref` resolved. {_GENERATED_NOTE}"
        (out / f"{provider}_spec.py").write_text(_data_module(doc, "SPEC", spec, "dict[str, Any]"), encoding="utf-8")
        behaviour = compile_spec.source(compile_spec.behaviour(provider, spec))
        (out / f"{provider}.py").write_text(
            f'"""The behaviour specs/{provider}.yaml gives {provider}, typed. {_GENERATED_NOTE}"""\n\n'
            f"from typing import Final\n\nfrom smskit_specs.model import {names}\n\n"
            f"PROVIDER: Final[ProviderSpec] = {behaviour}\n",
            encoding="utf-8",
        )
    doc = f"simulator/smskit_sim/control.yaml as written (served as it is). {_GENERATED_NOTE}"
    control = _data_module(doc, "DESCRIPTION", _read_yaml(CONTROL), "dict[str, Any]")
    (out / "sim_control.py").write_text(control, encoding="utf-8")
    models = control_models.source(_read_yaml(CONTROL), _GENERATED_NOTE)
    (out / "sim_models.py").write_text(models, encoding="utf-8")
    (out / "py.typed").write_text("")
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
    with tempfile.TemporaryDirectory(prefix="smskit-specs-") as tmp:
        problems += differences(write_specs_package(Path(tmp)), GENERATED / SPECS_PACKAGE)
    return problems + unasync.all_differences()


def regenerate(providers: tuple[str, ...] = PROVIDERS) -> None:
    for provider in providers:
        with tempfile.TemporaryDirectory(prefix=f"smskit-{provider}-") as tmp:
            fresh = generate_into(Path(tmp), provider)
            target = GENERATED / f"{provider}_client"
            shutil.rmtree(target, ignore_errors=True)
            shutil.copytree(fresh, target, ignore=shutil.ignore_patterns("__pycache__"))
        print(f"generated/{provider}_client from specs/{provider}.yaml")
    with tempfile.TemporaryDirectory(prefix="smskit-specs-") as tmp:
        fresh = write_specs_package(Path(tmp))
        target = GENERATED / SPECS_PACKAGE
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree(fresh, target)
    print(f"generated/{SPECS_PACKAGE} from specs/*.yaml and {CONTROL.relative_to(ROOT)}")
    unasync.write()


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
        # What changed for callers since the last release, printed and written as fragments (changes/<id>.md).
        changes.print_report(changes.run(), write=True)
        return 0
    problems = check(providers)
    for line in problems:
        print(line)
    if problems:
        print(f"generated/ is out of date ({len(problems)} files): run `nox -s generate`", file=sys.stderr)
        return 1
    print(f"generated/ matches specs/ for {', '.join(providers)}")
    # A breaking change must be announced: the version bumped by the rule and its line in CHANGELOG.md.
    outcome = changes.run()
    changes.print_report(outcome, write=False)
    for line in outcome.problems:
        print(line, file=sys.stderr)
    if outcome.problems:
        print("breaking changes not announced: see docs/changes.md (`python tools/changes.py release X.Y.Z`)",
              file=sys.stderr)  # fmt: skip
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
