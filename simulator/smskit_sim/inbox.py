"""The web inbox at `GET /_sim/ui`: each provider's messages as conversations per phone number, like Mailpit for SMS.

One HTML page (`inbox.html` beside this module: vanilla JavaScript and CSS, no build step) that polls the control
API once a second from the same origin and shows each message's status, parts, encoding and cost, the inbound SMS
in their conversations (`GET /_sim/inbound`: injected from the page or through the API, with the time each was
received), the callback log, and the control API's actions as buttons: advance the clock, inject an inbound SMS,
add and clear faults, reset.

The page is served with what it cannot learn from the control API's description: the operationIds a fault may
name, per provider, and the providers that take inbound SMS. Everything it shows from the simulator is written as
text, never as markup, and its Content-Security-Policy allows only its own inline script and style (by hash) and
requests to its own origin.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import json
import re
from importlib import resources
from typing import TYPE_CHECKING

from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.routing import Route

from smskit_sim.faults import DAMAGES, KINDS
from smskit_sim.providers.base import Provider

if TYPE_CHECKING:
    from smskit_sim.simulator import Simulator

__all__ = ["inbox_routes"]

_PLACEHOLDER = "__SIM_DATA__"


def _sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


@functools.cache
def _page() -> tuple[str, str]:
    """The page's HTML, and its Content-Security-Policy: the hashes of its inline script and style."""
    html = resources.files("smskit_sim").joinpath("inbox.html").read_text(encoding="utf-8")
    scripts = re.findall(r"<script>(.*?)</script>", html, re.DOTALL)  # executable ones: the data block has a type
    styles = re.findall(r"<style>(.*?)</style>", html, re.DOTALL)
    csp = (
        "default-src 'none'; connect-src 'self'; img-src data:; "
        f"script-src {' '.join(map(_sha256, scripts))}; style-src {' '.join(map(_sha256, styles))}; "
        "base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
    )
    return html, csp


def _script_json(value: object) -> str:
    """JSON that cannot end the <script> element it sits in."""
    return json.dumps(value).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def inbox_routes(sim: Simulator) -> list[Route]:
    """`/ui` (below the control API's mount): the inbox page."""
    data = {
        "providers": list(sim.providers),
        "operations": {pid: sorted(p.ops) for pid, p in sim.providers.items()},
        "inbound": [pid for pid, p in sim.providers.items() if type(p).inbound is not Provider.inbound],
        "fault_kinds": list(KINDS),
        "damages": list(DAMAGES),
    }

    async def inbox(request: Request) -> Response:
        html, csp = _page()
        headers = {"Content-Security-Policy": csp, "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff",
                   "Referrer-Policy": "no-referrer"}  # fmt: skip
        return HTMLResponse(html.replace(_PLACEHOLDER, _script_json(data), 1), headers=headers)

    return [Route("/ui", inbox, methods=["GET"])]
