"""Each provider as the overlay tests reach it on the simulator: its demo account, base path, a recipient it
serves and a sender it takes. One table, so a new provider or a changed demo account is one edit."""

from __future__ import annotations

from typing import Any

from smskit_sim import credentials

# The demo accounts as the simulator seeds them (smskit_sim.credentials: each shaped like the provider's own).
_DEMO = {provider: credentials.demo(provider) for provider in credentials.DEMO}

# provider -> (credentials, base path below the simulator, a recipient it serves, a sender it accepts)
PROVIDERS: dict[str, tuple[dict[str, Any], str, str, str | None]] = {
    "easysendsms": ({"api_key": _DEMO["easysendsms"]["api_key"]}, "/easysendsms", "+14155550100", "Shop"),
    "ezzysms": ({k: _DEMO["ezzysms"][k] for k in ("username", "password")}, "/ezzysms/api/v1", "+256712345670", None),
    "easify": ({"token": _DEMO["easify"]["token"], "from_number": _DEMO["easify"]["from_numbers"][0]},
               "/easify/api/v2", "+13155550100", None),
    "transmitsms": ({k: _DEMO["transmitsms"][k] for k in ("api_key", "api_secret")}, "/transmitsms",
                    "+61491570156", None),
    "mobyt": ({k: _DEMO["mobyt"][k] for k in ("username", "password")}, "/mobyt/API/v1.0/REST",
              "+393471234567", None),
}  # fmt: skip

# The demo accounts' credentials alone, as client keyword arguments.
DEMO: dict[str, dict[str, Any]] = {provider: credentials for provider, (credentials, *_) in PROVIDERS.items()}
