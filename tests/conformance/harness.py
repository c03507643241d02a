"""What the conformance suite fuzzes, and with what: one in-process simulator and schemathesis schema per provider.

Every provider spec is loaded into schemathesis 4 with the simulator's ASGI app attached (no sockets), the base
URL taken from the spec's own simulator server (`http://127.0.0.1:8787/<id>...`), and the provider's auth
scheme filled in with the demo account's credentials. The demo account's documented rate limits are switched
off and its balance raised through the control API, so that a long run measures conformance, not throttling or
running out of credit (rate limits and credit have tests of their own in `tests/simulator/`).

Knobs (environment):
- `SMSKIT_CONFORMANCE_EXAMPLES`: fuzzing examples per operation (default 25) and stateful scenarios per
  provider (a fifth of it, at least 10); `200` is the issue's deep run.
- `SMSKIT_CONFORMANCE_SEED`: a seed for a different, still reproducible, exploration. Unset, generation is
  derandomized (the same cases on every machine, as CI needs).
"""

from __future__ import annotations

import base64
import copy
import functools
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal

import schemathesis
from schemathesis import Case, Config
from schemathesis.core.failures import Failure
from schemathesis.schemas import BaseSchema
from starlette.applications import Starlette

from smskit._spec import PROVIDERS, load_spec
from smskit_sim import create_app
from tests.conformance.excuses import excuse_for
from tests.conformance.results import COLLECTOR
from tests.conformance.seeding import SEEDERS, Known
from tests.conformance.simctl import CLOCK_START, SIMULATOR_ORIGIN, Simulator, provider_of_spec

__all__ = [
    "DETERMINISTIC",
    "EXAMPLES",
    "FUZZING_BALANCE",
    "PHASES",
    "PROVIDERS",
    "SEED",
    "STATEFUL_EXAMPLES",
    "STATEFUL_STEPS",
    "Target",
    "auth_config",
    "demo_credentials",
    "mobyt_auth",
    "provider_of",
    "schemas_for",
    "simulator_base_url",
    "target",
]

Phase = Literal["examples", "coverage", "fuzzing", "stateful"]
PHASES: tuple[Phase, ...] = ("examples", "coverage", "fuzzing", "stateful")

EXAMPLES = int(os.environ.get("SMSKIT_CONFORMANCE_EXAMPLES", "25"))
STATEFUL_EXAMPLES = max(10, EXAMPLES // 5)
STATEFUL_STEPS = 8
_SEED = os.environ.get("SMSKIT_CONFORMANCE_SEED")
SEED = int(_SEED) if _SEED else 0
DETERMINISTIC = not _SEED

# Credit enough that no schema-valid send is refused for want of it (402 has tests in tests/simulator/).
FUZZING_BALANCE = 1e12


def demo_credentials(provider: str) -> dict[str, Any]:
    return dict(_demo_credentials()[provider])


@functools.cache
def _demo_credentials() -> dict[str, dict[str, Any]]:
    """Every provider's demo credentials, read once from a simulator's seeded state."""
    from smskit_sim.app import Simulator as SimulatorState

    return {provider: dict(account.credentials) for provider, account in SimulatorState().demo.items()}


def auth_config(provider: str) -> dict[str, Any]:
    """Each provider's security scheme filled in with the demo account (schemathesis `[auth.openapi]`)."""
    creds = demo_credentials(provider)
    if provider == "easysendsms":
        return {"apiKey": {"api_key": creds["api_key"]}}
    if provider == "easify":
        return {"bearerAuth": {"bearer": creds["token"]}}
    if provider == "transmitsms":
        return {"basicAuth": {"username": creds["api_key"], "password": creds["api_secret"]}}
    # EzzySMS: Basic. Mobyt: Basic for /login and /token; every other operation carries the session from
    # /login, set by the `MobytSession` auth provider below (user_key + Session_key headers).
    return {"basicAuth": {"username": creds["username"], "password": creds["password"]}}


def simulator_base_url(provider: str) -> str:
    """The spec's own simulator server, e.g. `http://127.0.0.1:8787/mobyt/API/v1.0/REST`."""
    urls = (str(server["url"]) for server in load_spec(provider)["servers"])
    return next(url for url in urls if url.startswith(SIMULATOR_ORIGIN + "/"))


@dataclass
class Target:
    """One provider's simulator (its own app, so providers never share state), driven through its control API."""

    provider: str
    app: Starlette = field(init=False)
    sim: Simulator = field(init=False)
    ready: bool = field(init=False)  # False while the provider module is a placeholder that mounts no routes
    seeded: Known = field(init=False)  # known values of the records `seeding.py` gives the demo account
    _current_test: str | None = None
    _mobyt_session: tuple[str, str] | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def __post_init__(self) -> None:
        self.app = create_app(clock_start=CLOCK_START)  # and every reset starts there (simctl)
        self.sim = Simulator(app=self.app)
        self.ready = bool(self.app.state.sim.providers[self.provider].routes())
        self.prepare()

    def prepare(self) -> None:
        """Forget all state (POST /_sim/reset), take the demo account's rate limits off, top it up, and give it
        the records of `seeding.py`, which must carry the same ids as after every earlier reset."""
        with self._lock:
            self.sim.reset()
            self._mobyt_session = None
            self.sim.unthrottle(self.provider, FUZZING_BALANCE)
        seeder = SEEDERS.get(self.provider)
        if not self.ready or seeder is None:
            self.seeded = {}
            return
        seeded = seeder(self.sim, demo_credentials(self.provider), self.mobyt_session)
        if getattr(self, "seeded", seeded) != seeded:
            raise RuntimeError(f"{self.provider}: seeding after a reset gave other ids ({seeded} != {self.seeded})")
        self.seeded = seeded

    def enter(self, test: str) -> None:
        """Start `test` (one phase of one operation) from a freshly reset and seeded simulator, so that what an
        earlier operation did (deleting the seeded list, cancelling the scheduled send) changes no later one,
        and every failure reproduces from a reset."""
        if test != self._current_test:
            self.prepare()
            self._current_test = test

    def mobyt_session(self) -> tuple[str, str]:
        """Mobyt's `user_key` and `Session_key` from GET /login with the demo account, once per reset."""
        with self._lock:
            if self._mobyt_session is None:
                creds = demo_credentials("mobyt")
                base_path = simulator_base_url("mobyt").removeprefix(SIMULATOR_ORIGIN)
                self._mobyt_session = self.sim.mobyt_login(creds["username"], creds["password"], base_path)
            return self._mobyt_session


_TARGETS: dict[str, Target] = {}


def target(provider: str) -> Target:
    if provider not in _TARGETS:
        _TARGETS[provider] = Target(provider)
    return _TARGETS[provider]


def provider_of(case: Case[Any]) -> str:
    provider = provider_of_spec(case.operation.schema.raw_schema)
    assert provider is not None
    return provider


# How often a parameter with known values (below) takes one of them instead of a generated value.
KNOWN_VALUE_PROBABILITY = 0.5


def known_values(provider: str) -> dict[str, list[Any]]:
    """`location.name` -> values the demo account really has (its numbers, its credentials, the records
    `seeding.py` gives it), read from the freshly reset simulator through the provider's own API. Fuzzing draws
    them half of the time, so that operations on the account's resources also reach their success answers, not
    only "unknown id" errors."""
    return {**_account_values(provider), **target(provider).seeded}


def _account_values(provider: str) -> Known:
    """What the demo account has from the start (see `known_values`)."""
    sim, creds = target(provider).sim, demo_credentials(provider)
    if provider == "ezzysms":  # credentials may also travel as parameters; generated ones are never valid
        both = {"username": [creds["username"]], "password": [creds["password"]]}
        return {f"{where}.{name}": v for where in ("query", "body") for name, v in both.items()}
    if provider == "easify":
        auth = {"Authorization": f"Bearer {creds['token']}"}
        numbers = sim.request("GET", "/easify/api/v2/phone-numbers", headers=auth).json().get("data", [])
        national = [str(n["number"]).removeprefix("+1") for n in numbers]
        return {
            "body.from_number": national,
            "query.sender": national,
            "body.phone_number_id": [n["id"] for n in numbers],
            "body.to_number": ["2015550123"],  # any valid number of a served country (+1, the default)
        }
    if provider == "transmitsms":
        answer = sim.request("GET", "/transmitsms/get-numbers.json", auth=(creds["api_key"], creds["api_secret"]))
        leased = [n["number"] for n in answer.json().get("numbers", []) if n.get("status") == "active"]
        return {f"{where}.{name}": values for where in ("query", "body") for name, values in
                {"number": leased, "from": [str(n) for n in leased]}.items()}  # fmt: skip
    return {}


def _config(provider: str, phase: Phase) -> Config:
    known = {key: values for key, values in known_values(provider).items() if values}
    return Config.from_dict(
        {
            "dictionaries": {f"known {key}": {"values": values} for key, values in known.items()},
            "parameters": {
                key: {
                    "dictionary": f"known {key}",
                    "probability": 1.0 if provider == "ezzysms" else KNOWN_VALUE_PROBABILITY,
                }
                for key in known
            },
            "seed": SEED,
            "base-url": simulator_base_url(provider),
            "suppress-health-check": ["too_slow", "filter_too_much", "data_too_large"],
            "generation": {"max-examples": EXAMPLES, "deterministic": DETERMINISTIC, "database": "none"},
            "phases": {
                name: {"enabled": name == phase, **({"max-steps": STATEFUL_STEPS} if name == "stateful" else {})}
                for name in PHASES
            },
            "auth": {"openapi": auth_config(provider)},
        }
    )


def build_schema(provider: str, phase: Phase) -> BaseSchema:
    """The provider's spec as a schemathesis schema for one phase, wired to its in-process simulator."""
    the_target = target(provider)
    schema = schemathesis.openapi.from_dict(copy.deepcopy(load_spec(provider)), config=_config(provider, phase))
    schema.app = the_target.app
    COLLECTOR.operations_total[provider] = schema.statistic.operations.total

    @schema.hook
    def filter_failure(context: Any, failure: Failure, case: Case[Any], response: Any) -> bool:
        excuse = excuse_for(provider, failure, case, response)
        if excuse is None:
            return True
        COLLECTOR.excused(provider, case, failure, excuse)
        return False

    @schema.hook
    def after_validate(context: Any, case: Case[Any], response: Any, results: list[Any]) -> None:
        COLLECTOR.validated(provider, case, response, results)

    if provider == "mobyt":
        mobyt_auth(schema, the_target.mobyt_session)
    return schema


def mobyt_auth(schema: BaseSchema, session: Callable[[], tuple[str, str]]) -> None:
    """Mobyt's documented flow: /login and /token with Basic; every other call with `user_key` + `Session_key`."""
    creds = demo_credentials("mobyt")
    basic = "Basic " + base64.b64encode(f"{creds['username']}:{creds['password']}".encode()).decode()

    @schema.auth(refresh_interval=None)
    class MobytSession:
        def get(self, case: Case[Any], context: Any) -> dict[str, str]:
            if schema.get_operation_id(case.operation) in ("login", "createToken"):
                return {"Authorization": basic}
            user_key, session_key = session()
            return {"user_key": user_key, "Session_key": session_key}

        def set(self, case: Case[Any], data: dict[str, str], context: Any) -> None:
            case.headers.update(data)


_SCHEMAS: dict[tuple[str, Phase], BaseSchema] = {}


def schemas_for(phase: Phase) -> dict[str, BaseSchema]:
    """`{provider: schema}` for `schemathesis.pytest.parametrize`, one schema per provider and phase."""
    for provider in PROVIDERS:
        if (provider, phase) not in _SCHEMAS:
            _SCHEMAS[provider, phase] = build_schema(provider, phase)
    return {provider: _SCHEMAS[provider, phase] for provider in PROVIDERS}
