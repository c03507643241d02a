"""Schemathesis CLI hooks: `st run` against a running smskit-sim, with the conformance suite's rules.

    smskit-sim --port 8787 &
    SCHEMATHESIS_HOOKS=tests.conformance.st_hooks st run specs/<id>.yaml --url http://127.0.0.1:8787/<id>

(from the repository root, `<id>` one of easysendsms, ezzysms, easify, transmitsms, mobyt, and `--url` the
spec's simulator server, which `smskit-sim` prints). When the schema is loaded these hooks:
- switch the provider's documented rate limits off and top its accounts up, through the control API at the
  `--url`'s origin (as the in-process suite does; rate limits and credit are tested elsewhere);
- authenticate every request as the demo account, unless the command line names credentials itself (`-H`,
  `--auth`); for Mobyt they log in through GET /login and send `user_key` + `Session_key`;
- accept only the failures `excuses/` lists as documented false positives, as the suite does.
Without the hooks, `st run` also works given the demo credentials (`-H 'apikey: ...'`, `--auth user:password`),
but then the documented rate limits and the demo balance of 1000 shape the run.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

import schemathesis
from schemathesis import Case
from schemathesis.config._auth import AuthConfig

from tests.conformance.excuses import excuse_for
from tests.conformance.harness import FUZZING_BALANCE, auth_config, demo_credentials, mobyt_auth
from tests.conformance.simctl import Simulator, provider_of_spec


@schemathesis.hook
def after_load_schema(context: Any, schema: Any) -> None:
    provider = provider_of_spec(schema.raw_schema)
    if provider is None:
        return
    base = urlsplit(schema.get_base_url())
    sim = Simulator(origin=f"{base.scheme}://{base.netloc}")
    sim.unthrottle(provider, FUZZING_BALANCE)
    named_on_command_line = schema.config.auth.is_defined or any(
        name.lower() in ("authorization", "apikey", "user_key") for name in (schema.config.headers or {})
    )
    if named_on_command_line:
        return
    schema.config.auth = AuthConfig.from_dict({"openapi": auth_config(provider)})
    if provider == "mobyt":
        creds = demo_credentials("mobyt")
        session: list[tuple[str, str]] = []

        def login() -> tuple[str, str]:
            if not session:
                session.append(sim.mobyt_login(creds["username"], creds["password"], base.path.rstrip("/")))
            return session[0]

        mobyt_auth(schema, login)


@schemathesis.hook
def filter_failure(context: Any, failure: Any, case: Case[Any], response: Any) -> bool:
    return excuse_for(provider_of_spec(case.operation.schema.raw_schema), failure, case, response) is None
