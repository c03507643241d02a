"""Each provider as the overlay tests reach it on the simulator: its demo account, base path, a recipient it
serves and a sender it takes. One table, so a new provider or a changed demo account is one edit."""

from __future__ import annotations

from typing import Any

# provider -> (credentials, base path below the simulator, a recipient it serves, a sender it accepts)
PROVIDERS: dict[str, tuple[dict[str, Any], str, str, str | None]] = {
    "easysendsms": ({"api_key": "demo-easysendsms-key"}, "/easysendsms", "+14155550100", "Shop"),
    "ezzysms": ({"username": "demo-ezzysms", "password": "demo-ezzysms-password"}, "/ezzysms/api/v1",
                "+256712345670", None),
    "easify": ({"token": "demo-easify-token", "from_number": "+13205550100"}, "/easify/api/v2", "+13155550100", None),
    "transmitsms": ({"api_key": "demo-transmitsms-key", "api_secret": "demo-transmitsms-secret"}, "/transmitsms",
                    "+61491570156", None),
    "mobyt": ({"username": "demo-mobyt", "password": "demo-mobyt-password"}, "/mobyt/API/v1.0/REST",
              "+393471234567", None),
}  # fmt: skip

# The demo accounts' credentials alone, as client keyword arguments.
DEMO: dict[str, dict[str, Any]] = {provider: credentials for provider, (credentials, *_) in PROVIDERS.items()}
