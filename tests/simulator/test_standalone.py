"""The simulator stands on its own: it reads the compiled specs (`smskit_specs`) and the GSM standard
(`smskit_gsm`), never the SDK, and its modules import one another without a loop."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import smskit_sim

PACKAGE = Path(smskit_sim.__file__).parent

IMPORTED = """
import json, sys
import smskit_sim
smskit_sim.create_app()
print(json.dumps(sorted(name for name in sys.modules if name.split(".")[0] in ("smskit", "yaml")
                        or name == "phonenumbers.geocoder")))
"""


def test_the_simulator_imports_neither_the_sdk_nor_yaml() -> None:
    """A fresh interpreter that imports smskit_sim and makes an app has not imported `smskit` (the SDK the
    simulator checks), `yaml` (the specs are compiled) or phonenumbers' geocoder (only a rare request needs it)."""
    out = subprocess.run([sys.executable, "-c", IMPORTED], check=True, capture_output=True, text=True).stdout
    assert json.loads(out) == []


def _module_of(path: Path) -> str:
    parts = ["smskit_sim", *path.relative_to(PACKAGE).with_suffix("").parts]
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _graph() -> dict[str, set[str]]:
    """Module -> the smskit_sim modules it imports, anywhere in it (TYPE_CHECKING blocks and functions too)."""
    modules = {_module_of(path): path for path in PACKAGE.rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        found: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found.update(a.name for a in node.names if a.name.split(".")[0] == "smskit_sim")
            elif isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] == "smskit_sim":
                for alias in node.names:  # `from package import module` names the module
                    module = f"{node.module}.{alias.name}"
                    found.add(module if module in modules else node.module)
        graph[name] = found - {name}
    return graph


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, str] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = "open"
        stack.append(node)
        for target in sorted(graph.get(node, ())):
            if state.get(target) == "open":
                return [*stack[stack.index(target) :], target]
            if target not in state and (found := visit(target)):
                return found
        state[node] = "done"
        stack.pop()
        return None

    for node in sorted(graph):
        if node not in state and (found := visit(node)):
            return found
    return None


def test_no_import_cycle() -> None:
    """Providers get a narrow context from a module below the app: nothing under providers/ imports the app, and
    no chain of imports leads back to where it started."""
    graph = _graph()
    providers = [m for m in graph if m.startswith("smskit_sim.providers")]
    assert not [m for m in providers if "smskit_sim.app" in graph[m]]
    assert _cycle(graph) is None
