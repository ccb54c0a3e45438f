"""httpx auth flow: put the right bearer token on a request, refresh and replay once on 401."""

from __future__ import annotations

from collections.abc import AsyncGenerator, Generator

import httpx

from ._errors import AUTH_WILL_REPLAY
from ._exceptions import ThredfiError
from ._tokens import Token, TokenManager


class TokenAuth(httpx.Auth):
    """Bearer auth with the partner token, or with a business token when ``business_id`` is set.

    A 401 invalidates exactly the token that request carried (not a newer one another task has
    fetched since), fetches a fresh one and replays the request once; a second 401 is raised as
    ``AuthenticationError`` by the response hook.
    """

    def __init__(self, tokens: TokenManager, business_id: str | None = None) -> None:
        self._tokens = tokens
        self.business_id = business_id

    def __repr__(self) -> str:
        scope = f"business_id={self.business_id!r}" if self.business_id else "partner"
        return f"TokenAuth({scope})"

    async def _token(self) -> Token:
        if self.business_id is None:
            return await self._tokens.partner_token()
        return await self._tokens.business_token(self.business_id)

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        if request.method:  # always true: keeps this function a generator for httpx
            raise ThredfiError("the Thredfi SDK is async-only: call asyncio() / asyncio_detailed(), not sync()")
        yield request

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        token = await self._token()
        request.headers["Authorization"] = token.authorization
        request.extensions = {**request.extensions, AUTH_WILL_REPLAY: True}
        response = yield request
        if response.status_code != 401:
            return
        self._tokens.invalidate(token)
        token = await self._token()
        request.headers["Authorization"] = token.authorization
        request.extensions = {**request.extensions, AUTH_WILL_REPLAY: False}
        yield request
