"""Pipeline step: put the right bearer token on a call; after a 401, one replay with a fresh token.

The token is the business's when the call is business-scoped (``Request.business_id``), else
the partner's. A 401 invalidates exactly the token that call carried (never a newer one another
task has fetched since), fetches a fresh one and replays the call once. The replay is not a
retry: it does not use up ``max_retries``, but the retries after it draw on the same budget and
the same deadline, so a call sends at most ``1 + max_retries + 1`` requests. A second 401 is
returned as is, and the errors step raises it as ``AuthenticationError``.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import httpx

from ._request import Request
from ._token_endpoint import Token
from ._tokens import TokenManager

Next = Callable[[Request], Awaitable[httpx.Response]]


class Authenticate:
    """Wrapping step: the bearer token on each call, one replay after a 401."""

    def __init__(self, tokens: TokenManager) -> None:
        self._tokens = tokens

    async def _token(self, request: Request) -> Token:
        if request.business_id is None:
            return await self._tokens.partner_token()
        return await self._tokens.business_token(request.business_id)

    async def handle(self, request: Request, next: Next) -> httpx.Response:
        if not request.authenticate:
            return await next(request)
        token = await self._token(request)
        request.headers["authorization"] = token.authorization
        response = await next(request)
        if response.status_code != 401:
            return response
        await self._tokens.invalidate(token)
        token = await self._token(request)
        request.headers["authorization"] = token.authorization
        return await next(request)
