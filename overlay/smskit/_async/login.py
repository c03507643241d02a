"""The driver of Mobyt's login flow (`smskit._auth.MobytLogin`) for httpx: the flow is I/O-free, this runs it.

Where the flow asks for a `Login`, the driver takes the login lock, logs in unless another request refreshed
the keys meanwhile, and answers the flow with `(keys, logged_in)`; every other step is a request to send.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator
from typing import TYPE_CHECKING

import httpx

from smskit._auth import Login

if TYPE_CHECKING:
    from smskit._auth import MobytLogin

__all__ = ["drive"]


async def drive(auth: MobytLogin, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
    flow = auth.flow(request)
    answer: object = None  # what the flow is sent: a response, or a Login's (keys, logged_in)
    while True:
        try:
            step = flow.send(answer)
        except StopIteration:
            return
        if isinstance(step, Login):
            async with auth.alock():
                logged_in = auth.needs_login(step.signed)
                if logged_in:
                    login = yield auth.login_request()
                    await login.aread()
                    auth.store(login)
                answer = (auth.keys, logged_in)
        else:
            answer = yield step
