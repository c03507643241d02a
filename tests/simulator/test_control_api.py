"""The control API's own OpenAPI description: served at /_sim/openapi.json, complete, and what the app does.

schemathesis fuzzes every control route in-process from that description (examples, coverage and fuzzing phases)
and fails on any 5xx, on an answer the description does not list or whose body does not match its schema, and
on a schema-invalid request that is not refused.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import httpx
import pytest
import schemathesis
from openapi_spec_validator import validate
from schemathesis import Case, Config
from schemathesis.core.failures import FailureGroup, ServerError
from starlette.responses import JSONResponse
from starlette.routing import Mount, Route
from starlette.testclient import TestClient

import smskit_sim
from smskit._spec import PROVIDERS
from smskit_sim import create_app
from smskit_sim.faults import DAMAGES, KINDS

ROOT = Path(__file__).resolve().parents[2]
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


def described() -> dict[str, Any]:
    with TestClient(create_app(), base_url="http://sim") as client:
        answer = client.get("/_sim/openapi.json")
    assert answer.status_code == 200 and answer.headers["content-type"].startswith("application/json")
    spec: dict[str, Any] = answer.json()
    return spec


def test_the_description_is_valid_openapi_3_1() -> None:
    spec = described()
    assert spec["openapi"].startswith("3.1")
    validate(spec)


def test_it_lists_exactly_the_routes_the_app_serves() -> None:
    (control,) = [r for r in create_app().routes if isinstance(r, Mount) and r.path == "/_sim"]
    served = {(f"/_sim{route.path}", method) for route in control.routes if isinstance(route, Route)
              for method in (route.methods or set()) - {"HEAD"}}  # fmt: skip
    listed = {(path, method.upper()) for path, item in described()["paths"].items() for method in item
              if method in HTTP_METHODS}  # fmt: skip
    assert listed == served


def test_its_enums_are_the_simulators_own() -> None:
    schemas = described()["components"]["schemas"]
    assert tuple(schemas["ProviderId"]["enum"]) == PROVIDERS
    assert tuple(schemas["FaultKind"]["enum"]) == KINDS
    assert tuple(schemas["DamageName"]["enum"]) == DAMAGES


def test_it_ships_inside_the_simulator_package() -> None:
    """The wheel packages simulator/smskit_sim whole, so a file inside it ships: the installed package (the tests
    run against the installed distribution) holds the description."""
    packages = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["hatch"]["build"]["targets"]["wheel"]
    assert "simulator/smskit_sim" in packages["packages"]
    assert (Path(smskit_sim.__file__).parent / "control.yaml").is_file()


# --- fuzzing ----------------------------------------------------------------------------------------------------

ACCOUNTS = ["easysendsms-1", "ezzysms-2", "easify-3", "transmitsms-4", "mobyt-5"]
CHECKS = ("not_a_server_error", "status_code_conformance", "content_type_conformance", "response_schema_conformance",
          "response_headers_conformance", "negative_data_rejection")  # fmt: skip


def _app() -> Any:
    # Callbacks (delivery reports after POST /_sim/clock, inbound webhooks) go nowhere real.
    return create_app(callback_transport=httpx.MockTransport(lambda request: httpx.Response(200)))


def _config() -> Config:
    return Config.from_dict(
        {
            "seed": 0,
            "base-url": "http://127.0.0.1:8787",
            "generation": {"max-examples": 100, "deterministic": True, "database": "none"},
            "phases": {
                name: {"enabled": name != "stateful"} for name in ("examples", "coverage", "fuzzing", "stateful")
            },
            "checks": {"enabled": False, **{name: {"enabled": True} for name in CHECKS}},
            "dictionaries": {"accounts": {"values": ACCOUNTS}},
            "parameters": {"path.account_id": {"dictionary": "accounts", "probability": 0.7}},
            "suppress-health-check": ["too_slow", "filter_too_much", "data_too_large"],
        }
    )


SCHEMA = schemathesis.openapi.from_asgi("/_sim/openapi.json", _app(), config=_config())


@SCHEMA.parametrize()
def test_fuzzing_finds_no_5xx_and_no_answer_off_the_description(case: Case[Any]) -> None:
    case.call_and_validate()


def test_a_5xx_would_fail_the_fuzzing() -> None:
    """The checks above do catch a 5xx (an exception fails them anyway: in-process it reaches the test)."""
    app = _app()
    schema = schemathesis.openapi.from_asgi("/_sim/openapi.json", app, config=_config())
    (control,) = [r for r in app.routes if isinstance(r, Mount) and r.path == "/_sim"]
    (clock,) = [r for r in control.routes if isinstance(r, Route) and r.path == "/clock"]
    clock.app = JSONResponse({"error": "boom"}, status_code=500)
    with pytest.raises(FailureGroup) as failed:
        schema["/_sim/clock"]["GET"].Case().call_and_validate()
    assert any(isinstance(failure, ServerError) for failure in failed.value.exceptions)
