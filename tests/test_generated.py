"""The generated clients and compiled specs are current, untouched, importable, and the drift check catches
any edit; the run-time paths read the compiled specs, never YAML."""

from __future__ import annotations

import importlib
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from smskit import PROVIDERS
from tools import unasync
from tools.generate import GENERATED, SPECS, check, differences, generate_into, write_specs_package


def test_generated_matches_specs() -> None:
    """Regenerating every client from its committed spec reproduces generated/ byte for byte."""
    assert check() == []


@pytest.mark.parametrize("provider", PROVIDERS)
def test_generated_package_imports(provider: str) -> None:
    """Each generated package is installed and exposes its typed client."""
    module = importlib.import_module(f"{provider}_client")
    assert hasattr(module, "Client") and hasattr(module, "AuthenticatedClient")


def test_drift_check_catches_a_hand_edit(tmp_path: Path) -> None:
    """An edit to a generated file is listed by the drift check."""
    (tmp_path / "fresh").mkdir()
    fresh = generate_into(tmp_path / "fresh", "ezzysms")
    edited = tmp_path / "edited" / "ezzysms_client"
    shutil.copytree(GENERATED / "ezzysms_client", edited)
    client = edited / "client.py"
    client.write_text(client.read_text() + "\n# a hand edit\n")
    assert differences(fresh, edited) == ["differs: ezzysms_client/client.py"]


def test_drift_check_catches_a_spec_edit_without_regeneration(tmp_path: Path) -> None:
    """A spec changed but not regenerated makes generated/ differ from what the spec now produces."""
    spec = (SPECS / "ezzysms.yaml").read_text()
    marker = "operationId: "
    assert marker in spec
    changed = tmp_path / "ezzysms.yaml"
    changed.write_text(spec.replace(marker, marker + "renamed", 1))
    (tmp_path / "out").mkdir()
    fresh = generate_into(tmp_path / "out", "ezzysms", spec=changed)
    assert differences(fresh, GENERATED / "ezzysms_client")


@pytest.mark.parametrize("provider", PROVIDERS)
def test_compiled_spec_is_the_spec_with_every_ref_resolved(provider: str) -> None:
    """smskit_specs.<id>.SPEC is specs/<id>.yaml, every `$ref` resolved by the one resolver, none left."""
    from smskit import load_spec
    from smskit._spec import resolved_spec
    from tools.generate import resolve_refs

    compiled = resolved_spec(provider)
    assert compiled == resolve_refs(load_spec(provider))
    assert '"$ref"' not in json.dumps(compiled)


def test_drift_check_catches_a_hand_edit_of_a_compiled_spec(tmp_path: Path) -> None:
    """An edit to generated/smskit_specs/ is listed by the drift check, as one to a client is."""
    fresh = write_specs_package(tmp_path / "fresh")
    edited = tmp_path / "edited" / "smskit_specs"
    shutil.copytree(GENERATED / "smskit_specs", edited, ignore=shutil.ignore_patterns("__pycache__"))
    module = edited / "ezzysms.py"
    module.write_text(module.read_text().replace("'ezzysms'", "'edited'", 1) + "\n# a hand edit\n")
    assert differences(fresh, edited) == ["differs: smskit_specs/ezzysms.py"]


def test_run_time_paths_parse_no_yaml() -> None:
    """Importing smskit, making one client of each provider and the simulator's app never imports yaml."""
    code = (
        "import sys, smskit, smskit_sim\n"
        "smskit.EasySendSMS('k'); smskit.EzzySMS('u', 'p'); smskit.Easify('t', from_number='+13205550100')\n"
        "smskit.TransmitSMS('k', 's'); smskit.Mobyt('u', 'p'); smskit_sim.create_app()\n"
        "print(sorted(m for m in sys.modules if m == 'yaml' or m.startswith('yaml.')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout
    assert out.strip() == "[]"


def test_unasync_catches_a_hand_edit_and_a_stale_twin(tmp_path: Path) -> None:
    """The overlay's sync half is what tools/unasync.py makes of the async one: a hand edit of a `_sync` module,
    an async change not carried over, and a `_sync` module with no async source are each listed."""
    source, target = tmp_path / "_async", tmp_path / "_sync"
    shutil.copytree(unasync.ASYNC, source)
    shutil.copytree(unasync.SYNC, target, ignore=shutil.ignore_patterns("__pycache__"))
    assert unasync.differences(source, target) == []
    assert "await self._http.aclose()" in (source / "client.py").read_text()  # the line the edit below changes
    transport = target / "transport.py"
    transport.write_text(transport.read_text().replace("attempt += 1", "attempt += 2"))
    client = source / "client.py"
    client.write_text(client.read_text().replace("await self._http.aclose()", "await self._http.aclose()  # x"))
    (target / "orphan.py").write_text("")
    assert sorted(unasync.differences(source, target)) == [
        "differs from its async source: _sync/client.py",
        "differs from its async source: _sync/transport.py",
        "not produced by tools/unasync.py: _sync/orphan.py",
    ]
    assert "await" not in unasync.unasync("x = await f()\nasync with a:\n    pass\n")
