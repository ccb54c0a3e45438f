"""The auth step (``thredfi._auth.Authenticate``) with a fake token manager and a fake rest of the pipeline.

The token manager's own caching and refreshing are tested in test_tokens.py; here only what the
step does with it: whose token a call carries, and the one replay after a 401.
"""

from __future__ import annotations

import httpx
import pytest
import thredfi
from thredfi._attempts import RetryWithDeadline
from thredfi._auth import Authenticate
from thredfi._pipeline import Pipeline
from thredfi._request import Request, RequestOptions, build_request
from thredfi._retry import RetryPolicy
from thredfi._token_endpoint import Token, make_token

pytestmark = pytest.mark.anyio

BASE = "https://api.example.test"
BUSINESS = "7d3b1f0e-9c2a-4e5b-8f6d-1a2b3c4d5e6f"


class FakeTokens:
    """A token manager: a fresh ``tok-<scope>-<n>`` per scope until it is invalidated."""

    def __init__(self) -> None:
        self.current: dict[str, Token] = {}
        self.issued = 0
        self.asked: list[str] = []
        self.invalidated: list[Token] = []
        self.fail_with: Exception | None = None

    def _get(self, scope: str, business_id: str | None) -> Token:
        self.asked.append(scope)
        if self.fail_with is not None:
            raise self.fail_with
        if scope not in self.current:
            self.issued += 1
            self.current[scope] = make_token(
                access_token=f"tok-{scope}-{self.issued}",
                token_type="Bearer",
                expires_in=3600,
                remaining=3600.0,
                scope=None,
                business_id=business_id,
                now=0.0,
                margin=300.0,
            )
        return self.current[scope]

    async def partner_token(self) -> Token:
        return self._get("partner", None)

    async def business_token(self, business_id: str) -> Token:
        return self._get(business_id, business_id)

    async def invalidate(self, token: Token) -> None:
        self.invalidated.append(token)
        for scope, held in list(self.current.items()):
            if held is token:
                del self.current[scope]


class Next:
    """The rest of the pipeline: answers the scripted statuses, records the Authorization of each call."""

    def __init__(self, *statuses: int) -> None:
        self.statuses = list(statuses)
        self.authorizations: list[str | None] = []
        self.requests: list[Request] = []

    async def __call__(self, request: Request) -> httpx.Response:
        self.requests.append(request)
        self.authorizations.append(request.headers.get("authorization"))
        return httpx.Response(self.statuses.pop(0))


def make_request(business_id: str | None = None, headers: dict[str, str] | None = None) -> Request:
    options = RequestOptions(timeout=httpx.Timeout(5.0), max_retries=2)
    return build_request(BASE, options, "GET", "/v1/platform/x/", business_id=business_id, headers=headers)


async def test_a_partner_call_carries_the_partner_token() -> None:
    tokens, rest = FakeTokens(), Next(200)
    response = await Authenticate(tokens).handle(make_request(), rest)
    assert response.status_code == 200
    assert rest.authorizations == ["Bearer tok-partner-1"]
    assert tokens.asked == ["partner"]
    assert tokens.invalidated == []


async def test_a_business_call_carries_that_businesss_token() -> None:
    tokens, rest = FakeTokens(), Next(200)
    await Authenticate(tokens).handle(make_request(BUSINESS), rest)
    assert rest.authorizations == [f"Bearer tok-{BUSINESS}-1"]
    assert tokens.asked == [BUSINESS]


@pytest.mark.parametrize("business_id", [None, BUSINESS])
async def test_a_401_invalidates_exactly_that_token_and_replays_once_with_a_fresh_one(business_id: str | None) -> None:
    tokens, rest = FakeTokens(), Next(401, 200)
    scope = business_id or "partner"
    other = await (tokens.partner_token() if business_id else tokens.business_token(BUSINESS))  # another scope's
    request = make_request(business_id)
    response = await Authenticate(tokens).handle(request, rest)
    assert response.status_code == 200
    assert rest.authorizations == [f"Bearer tok-{scope}-2", f"Bearer tok-{scope}-3"]
    [refused] = tokens.invalidated
    assert refused.access_token == f"tok-{scope}-2"  # the one that call carried
    assert other in tokens.current.values()  # the other scope's token is kept
    assert rest.requests == [request, request]  # the same request object (its id, its attempts) replayed


async def test_a_second_401_is_returned_not_replayed_again() -> None:
    tokens, rest = FakeTokens(), Next(401, 401)
    response = await Authenticate(tokens).handle(make_request(), rest)
    assert response.status_code == 401
    assert len(rest.authorizations) == 2
    assert [t.access_token for t in tokens.invalidated] == ["tok-partner-1"]  # once only


async def test_the_token_invalidated_is_the_one_the_call_carried_not_a_newer_one() -> None:
    """The step hands the manager the very token the call carried, not whatever is cached now."""
    tokens = FakeTokens()

    class Refresher(Next):
        async def __call__(self, request: Request) -> httpx.Response:
            if not self.requests:
                tokens.current.pop("partner")  # another task refreshed meanwhile
                await tokens.partner_token()
            return await super().__call__(request)

    rest = Refresher(401, 200)
    await Authenticate(tokens).handle(make_request(), rest)
    [refused] = tokens.invalidated
    assert refused.access_token == "tok-partner-1"
    assert rest.authorizations == ["Bearer tok-partner-1", "Bearer tok-partner-2"]


@pytest.mark.parametrize("status", [400, 403, 404, 429, 500, 503])
async def test_other_errors_are_returned_without_a_replay(status: int) -> None:
    tokens, rest = FakeTokens(), Next(status)
    response = await Authenticate(tokens).handle(make_request(), rest)
    assert response.status_code == status
    assert len(rest.authorizations) == 1
    assert tokens.invalidated == []


async def test_a_request_not_to_authenticate_passes_through_untouched() -> None:
    tokens, rest = FakeTokens(), Next(401)
    request = make_request(headers={"Authorization": "Basic cGFydG5lcjprZXk="})  # its own credential
    request.authenticate = False
    before = dict(request.headers)
    response = await Authenticate(tokens).handle(request, rest)
    assert response.status_code == 401  # a token request's 401 is its own answer: no replay
    assert rest.authorizations == ["Basic cGFydG5lcjprZXk="]
    assert request.headers == before
    assert tokens.asked == []
    assert tokens.invalidated == []


async def test_a_token_that_cannot_be_had_fails_the_call_before_it_is_sent() -> None:
    tokens, rest = FakeTokens(), Next(200)
    tokens.fail_with = thredfi.ThredfiError("no token")
    with pytest.raises(thredfi.ThredfiError, match="no token"):
        await Authenticate(tokens).handle(make_request(), rest)
    assert rest.requests == []


class Sender:
    """The sender under the attempts step: scripted statuses, the Authorization of each attempt."""

    def __init__(self, *statuses: int) -> None:
        self.statuses = list(statuses)
        self.sent: list[tuple[str | None, str | None]] = []

    async def send(self, request: Request, remaining: float) -> httpx.Response:
        self.sent.append((request.headers.get("x-thredfi-attempt"), request.headers.get("authorization")))
        return httpx.Response(self.statuses.pop(0))

    async def aclose(self) -> None:
        pass


@pytest.mark.parametrize("max_retries", [0, 1, 3])
async def test_the_replay_is_not_a_retry_but_shares_the_calls_budget(max_retries: int) -> None:
    """At most ``1 + max_retries + 1`` requests per call, numbered through the replay."""
    tokens = FakeTokens()
    sender = Sender(401, *[503] * (max_retries + 5))

    async def no_sleep(_: float) -> None:
        pass

    retry = RetryWithDeadline(
        sender, RetryPolicy(), request_id_header="X-Request-ID", sleep=no_sleep, clock=lambda: 0.0, random=lambda: 0.0
    )
    pipeline = Pipeline([Authenticate(tokens), retry])
    request = build_request(BASE, RequestOptions(timeout=httpx.Timeout(5.0), max_retries=max_retries), "GET", "/v1/x/")
    reply = await pipeline.send(request)
    assert reply.response.status_code == 503
    assert len(sender.sent) == 1 + max_retries + 1
    assert [attempt for attempt, _ in sender.sent] == [str(n) for n in range(1, max_retries + 3)]
    assert sender.sent[0][1] == "Bearer tok-partner-1"
    assert {authorization for _, authorization in sender.sent[1:]} == {"Bearer tok-partner-2"}
