"""Each provider's authentication as an httpx.Auth flow. Secrets live in private attributes, never in a repr."""

from __future__ import annotations

import base64
from collections.abc import Generator

import httpx

__all__ = ["ApiKeyHeader", "Basic", "Bearer", "MobytLogin"]


class _Secret(httpx.Auth):
    def __repr__(self) -> str:
        return f"{type(self).__name__}(<redacted>)"


class ApiKeyHeader(_Secret):
    """The key in a header of its own (EasySendSMS: `apikey`)."""

    def __init__(self, header: str, key: str) -> None:
        self._header, self._key = header, key

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers[self._header] = self._key
        yield request


class Basic(_Secret):
    """HTTP Basic (EzzySMS username:password, TransmitSMS key:secret)."""

    def __init__(self, username: str, password: str) -> None:
        self._header = "Basic " + base64.b64encode(f"{username}:{password}".encode()).decode()

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = self._header
        yield request


class Bearer(_Secret):
    """`Authorization: Bearer <token>` (Easify)."""

    def __init__(self, token: str) -> None:
        self._header = f"Bearer {token}"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = self._header
        yield request


class MobytLogin(_Secret):
    """Mobyt's keys: log in lazily, cache `user_key` + `Session_key`, log in again once on 401.

    Session keys expire after 5 idle minutes; with `token=True` the flow asks `/token` for a long-lived
    `Access_token` instead. The login itself uses HTTP Basic, so the password never appears in a URL (or in
    the log lines httpx writes for each request URL).
    """

    requires_response_body = True

    def __init__(self, username: str, password: str, base_url: str, *, token: bool = False) -> None:
        self._basic = Basic(username, password)
        self._login_url = base_url.rstrip("/") + ("/token" if token else "/login")
        self._key_header = "Access_token" if token else "Session_key"
        self._keys: tuple[str, str] | None = None

    def _login_request(self) -> httpx.Request:
        request = httpx.Request("GET", self._login_url)
        request.headers["Authorization"] = self._basic._header
        return request

    def _sign(self, request: httpx.Request) -> None:
        assert self._keys is not None
        request.headers["user_key"], request.headers[self._key_header] = self._keys

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        if request.url.path.endswith(("/login", "/token")):  # the login calls themselves: Basic, no keys
            request.headers["Authorization"] = self._basic._header
            yield request
            return
        fresh = self._keys is None
        if fresh and not (yield from self._login()):
            return  # the caller gets the provider's own answer to the login (404 for wrong credentials)
        self._sign(request)
        response = yield request
        # A 401 on a cached session means it expired (5 idle minutes); the refused request was not processed,
        # so it may be re-sent once after a fresh login.
        if response.status_code == 401 and not fresh and (yield from self._login()):
            self._sign(request)
            yield request

    def _login(self) -> Generator[httpx.Request, httpx.Response, bool]:
        response = yield self._login_request()
        user_key, _, second = response.text.strip().partition(";") if response.status_code == 200 else ("", "", "")
        self._keys = (user_key, second) if user_key and second else None
        return self._keys is not None
