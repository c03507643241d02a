"""Each provider's authentication as an httpx.Auth flow.

Credentials live in `Secret`s (masked in every repr, never pickled), and so do the header values built from
them: no plain attribute, and no local of a frame that can raise, holds a key, a password or a session key.
"""

from __future__ import annotations

import base64
import threading
import weakref
from collections.abc import AsyncGenerator, Generator
from typing import TYPE_CHECKING, Any, NamedTuple

import httpx

from smskit._secret import Secret
from smskit._spec import provider_spec

if TYPE_CHECKING:
    import asyncio

__all__ = ["ApiKeyHeader", "Basic", "Bearer", "Login", "MobytLogin", "spec_auth"]


class _Masked(httpx.Auth):
    def __repr__(self) -> str:
        return f"{type(self).__name__}(<redacted>)"


class ApiKeyHeader(_Masked):
    """The key in a header of its own (EasySendSMS: `apikey`)."""

    def __init__(self, header: str, key: str | Secret) -> None:
        self._header, self._key = header, Secret(key)

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers[self._header] = self._key.reveal()
        yield request


class Basic(_Masked):
    """HTTP Basic (EzzySMS username:password, TransmitSMS key:secret)."""

    def __init__(self, username: str | Secret, password: str | Secret) -> None:
        self.header = Secret(
            "Basic " + base64.b64encode(f"{Secret(username).reveal()}:{Secret(password).reveal()}".encode()).decode()
        )

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = self.header.reveal()
        yield request


class Bearer(_Masked):
    """`Authorization: Bearer <token>` (Easify)."""

    def __init__(self, token: str | Secret) -> None:
        self._header = Secret(f"Bearer {Secret(token).reveal()}")

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = self._header.reveal()
        yield request


def spec_auth(provider: str, *credentials: Secret) -> httpx.Auth:
    """The auth of `provider`'s one security scheme, as its spec states it: HTTP Basic (two credentials), a
    Bearer token, or a key in the header the scheme names."""
    (scheme,) = (provider_spec(provider).security_schemes or {}).values()
    if scheme.type == "apiKey" and scheme.name:
        return ApiKeyHeader(scheme.name, *credentials)
    if scheme.scheme == "basic":
        return Basic(*credentials)
    if scheme.scheme == "bearer":
        return Bearer(*credentials)
    raise NotImplementedError(f"{provider}: no auth for security scheme {scheme}")


class Login(NamedTuple):
    """A step of MobytLogin's flow: log in unless the keys changed since `signed` (None: there are none yet)."""

    signed: tuple[Secret, Secret] | None


class MobytLogin(_Masked):
    """Mobyt's keys: log in lazily, cache `user_key` + `Session_key`, log in again once on 401.

    Session keys expire after 5 idle minutes; with `token=True` the flow asks `/token` for a long-lived
    `Access_token` instead. The login itself uses HTTP Basic, so the password never appears in a URL (or in
    the log lines httpx writes for each request URL).

    Concurrent requests share one login: a lock (a threading.Lock for the sync client, an asyncio.Lock per
    event loop for the async one) lets one request log in while the others wait and then use its keys. After
    a 401 the same holds: a request re-logs in only if nobody refreshed the keys since it was signed.
    A failed login is not remembered: the next request tries again (the credentials may have been fixed).
    """

    requires_response_body = True

    def __init__(self, username: str | Secret, password: str | Secret, base_url: str, *, token: bool = False) -> None:
        self._basic = Basic(username, password)
        # The spec's: the login operation (`login`, or `createToken`) and the two key headers it answers for.
        spec = provider_spec("mobyt")
        self._logins = tuple(spec.operations[op].path for op in ("login", "createToken"))
        self._login_url = base_url.rstrip("/") + self._logins[1 if token else 0]
        schemes = spec.security_schemes or {}
        self._headers = (str(schemes["userKey"].name), str(schemes["accessToken" if token else "sessionKey"].name))
        self.keys: tuple[Secret, Secret] | None = None
        self._lock = threading.Lock()
        self._async_lock: tuple[weakref.ref[asyncio.AbstractEventLoop], asyncio.Lock] | None = None

    # --- the steps of the flow ---------------------------------------------------------------------------
    def _is_login(self, request: httpx.Request) -> bool:
        return request.url.path.endswith(self._logins)  # the login calls themselves: Basic, no keys

    def login_request(self) -> httpx.Request:
        request = httpx.Request("GET", self._login_url)
        request.headers["Authorization"] = self._basic.header.reveal()
        return request

    def store(self, response: httpx.Response) -> None:
        """Keep the keys of a login's answer (None when it failed)."""
        keys = None
        if response.status_code == 200:
            user_key, _, second = response.text.strip().partition(";")
            if user_key and second:
                keys = (Secret(user_key), Secret(second))
        self.keys = keys

    def _sign(self, request: httpx.Request, keys: tuple[Secret, Secret]) -> None:
        for header, key in zip(self._headers, keys, strict=True):
            request.headers[header] = key.reveal()

    def needs_login(self, signed: tuple[Secret, Secret] | None) -> bool:
        """Under the lock: no keys yet, or still the keys a refused request was signed with."""
        return self.keys is None or self.keys is signed

    # --- the flow; its drivers (smskit._async.login and its sync twin) take the lock ---------------------
    def flow(self, request: httpx.Request) -> Generator[httpx.Request | Login, Any, None]:
        """The signing of `request`, free of locks and I/O: it yields the requests to send and, where it needs
        keys, a `Login` the driver answers under the login lock with `(keys, logged_in)`."""
        if self._is_login(request):
            request.headers["Authorization"] = self._basic.header.reveal()
            yield request
            return
        keys, fresh = self.keys, False
        if keys is None:
            keys, fresh = yield Login(None)
            if keys is None:
                return  # the caller gets the provider's own answer to the login (404 for wrong credentials)
        self._sign(request, keys)
        response = yield request
        # A 401 on a cached session means it expired (5 idle minutes); the refused request was not processed,
        # so it may be re-sent once after a fresh login (or with the keys another request just fetched).
        if response.status_code != 401 or fresh:
            return
        keys, _ = yield Login(keys)
        if keys is not None:
            self._sign(request, keys)
            yield request

    def lock(self) -> threading.Lock:
        return self._lock

    def alock(self) -> asyncio.Lock:
        """The asyncio.Lock of the running loop (a client may be used by one asyncio.run after another)."""
        import asyncio  # here: a sync-only program never pays for importing asyncio

        loop = asyncio.get_running_loop()
        held = self._async_lock
        if held is None or held[0]() is not loop:
            held = self._async_lock = (weakref.ref(loop), asyncio.Lock())
        return held[1]

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        from smskit._sync import login

        return login.drive(self, request)

    def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        from smskit._async import login

        return login.drive(self, request)
