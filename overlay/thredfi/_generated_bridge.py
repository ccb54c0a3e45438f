"""Where the generated code meets the pipeline.

The generated operations call ``client.get_async_httpx_client().request(...)``. ``ApiClient``
(the generated ``AuthenticatedClient``, subclassed) hands them a ``PipelineHttpxClient``: an
``httpx.AsyncClient`` whose ``request()`` goes straight into the SDK's pipeline, so none of
httpx's client machinery (URL merging, auth flow, hooks, cookies) runs for SDK calls.

Why a subclass of the generated client rather than ``set_async_httpx_client()`` alone: its
``with_headers``/``with_timeout``/``with_cookies`` return copies through ``attrs.evolve``, which
would drop an httpx client set from outside (the copy would build a plain httpx client with no
token), and the originals also change the client they are called on. Here the copies stay SDK
clients, and the per-copy headers and timeout apply to that copy only.

Imported when a client's ``.api`` is first used: it imports the generated package.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx
from attrs import define, evolve, field
from thredfi_api import AuthenticatedClient

from ._exceptions import ThredfiError
from ._request import read_async_content

if TYPE_CHECKING:
    from ._client import View

# AuthenticatedClient requires a token string; the pipeline puts the real one on each request.
_PLACEHOLDER_TOKEN = "managed-by-thredfi"  # noqa: S105 - not a credential


class PipelineHttpxClient(httpx.AsyncClient):
    """An ``httpx.AsyncClient`` whose requests go through a view's pipeline.

    ``request()`` and the verb helpers built on it (``get``, ``post``, ...) are supported;
    ``send()``/``stream()`` (httpx's lower level) are not. What httpx's ``request()`` takes and
    the pipeline does not do (``cookies``, ``auth``, ``follow_redirects=True``, ``extensions``)
    raises ``TypeError`` naming it, rather than being dropped. Closing it closes nothing: the pool
    belongs to the ``ThredfiClient``.
    """

    def __init__(self, view: View) -> None:
        # a transport of our own keeps httpx from building a pool (and a TLS context) it never uses
        super().__init__(base_url=view.base_url, transport=_Unused(), trust_env=False)
        self._view = view

    async def request(
        self,
        method: str,
        url: httpx.URL | str,
        *,
        content: Any = None,
        data: Any = None,
        files: Any = None,
        json: Any | None = None,
        params: Any = None,
        headers: Any = None,
        cookies: Any = None,
        auth: Any = httpx.USE_CLIENT_DEFAULT,
        follow_redirects: Any = httpx.USE_CLIENT_DEFAULT,
        timeout: Any = httpx.USE_CLIENT_DEFAULT,  # noqa: ASYNC109 - httpx's signature
        extensions: Any = None,
    ) -> httpx.Response:
        if cookies:
            raise TypeError("the Thredfi SDK sends no cookies: cookies= is not supported")
        if auth is not httpx.USE_CLIENT_DEFAULT and auth is not None:
            raise TypeError("the Thredfi SDK authenticates every request itself: auth= is not supported")
        if follow_redirects is True:
            raise TypeError("the Thredfi SDK does not follow redirects: follow_redirects=True is not supported")
        if extensions:
            # httpx's per-request extensions (trace hooks, its own timeout, ...) mean nothing to the pipeline
            raise TypeError("the Thredfi SDK takes no httpx request extensions: extensions= is not supported")
        if content is not None and hasattr(content, "__aiter__"):
            content = await read_async_content(content)
        reply = await self._view._send(
            method,
            str(url),
            params=params,
            json=json,
            data=data,
            files=files,
            content=content,
            headers=headers,
            timeout=None if timeout is httpx.USE_CLIENT_DEFAULT else timeout,
        )
        return reply.response

    async def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        raise TypeError("the Thredfi SDK's client supports request() and the verb helpers, not send()")

    async def aclose(self) -> None:
        return None


class _Unused(httpx.AsyncBaseTransport):
    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        raise TypeError("unreachable: PipelineHttpxClient sends through the SDK's pipeline")


@define
class ApiClient(AuthenticatedClient):
    """The generated client for one view: operations called with it go through the SDK."""

    _view: View | None = field(default=None, kw_only=True, alias="view")

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        if self._async_client is None:
            view = self._require_view()
            if self._headers:
                view = view.with_options(headers=dict(self._headers))
            if self._timeout is not None:
                view = view.with_options(timeout=self._timeout)
            self._async_client = PipelineHttpxClient(view)
        return self._async_client

    def _require_view(self) -> View:
        if self._view is None:
            raise ThredfiError("build this client through thredfi.ThredfiClient (its .api)")
        return self._view

    def get_httpx_client(self) -> httpx.Client:
        raise ThredfiError("the Thredfi SDK is async-only: call asyncio() / asyncio_detailed(), not sync()")

    def with_headers(self, headers: dict[str, str]) -> ApiClient:
        """A copy whose calls also send ``headers`` (this client is not changed)."""
        return evolve(self, headers={**self._headers, **headers})

    def with_timeout(self, timeout: httpx.Timeout) -> ApiClient:
        """A copy whose calls use ``timeout`` (this client is not changed)."""
        return evolve(self, timeout=timeout)

    def with_cookies(self, cookies: dict[str, str]) -> ApiClient:
        raise TypeError("the Thredfi SDK sends no cookies")

    async def __aenter__(self) -> ApiClient:
        return self

    async def __aexit__(self, *args: Any, **kwargs: Any) -> None:
        """Nothing to close: the connection pool belongs to the ``ThredfiClient``."""


def api_client(view: View) -> ApiClient:
    return ApiClient(base_url=view.base_url, token=_PLACEHOLDER_TOKEN, view=view)
