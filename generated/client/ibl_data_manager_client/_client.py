"""`Client` and `AsyncClient` for the ibl-data-manager API.

Both clients share configuration and everything that does no I/O (`_ClientBase`):
headers, authentication, retry policy, request checks and response handling. The
operations are methods of resources (`client.<resource>.<method>(...)`, modules under
`resources/`, imported on first use); each builds its request in
`api/<tag>/<operation>.py` and hands it to the client's `_send`, which retries, raises
typed errors and returns the typed value. Both clients are rendered from one definition.
"""

from __future__ import annotations

import os
import time
from collections.abc import AsyncIterator, Iterator, Mapping
from types import TracebackType
from typing import Any, Self, TypeVar

import httpx

from ._exceptions import (
    APIConnectionError,
    APITimeoutError,
    IblDataManagerError,
    RequestValidationError,
    ResponseValidationError,
    status_error,
)
from ._operation import Operation, RequestOptions, RequestSpec
from ._pagination import PageShape, read_page
from ._response import record_response
from ._retry import RetryPolicy
from ._validation import check_parameters, find_violation
from .resources import (
    AsyncClientResources,
    AsyncClientResourcesWithRawResponse,
    ClientResources,
    ClientResourcesWithRawResponse,
)

__all__ = ["AsyncClient", "AsyncClientWithRawResponse", "Client", "ClientWithRawResponse"]

T = TypeVar("T")
ItemT = TypeVar("ItemT")

# The document's production server ("": none, a base URL must be given):
# the first one not named a mock, sandbox, staging, test or docs server.
DEFAULT_BASE_URL = "https://base.manager.iblai.app/"
# The document's relative server URL: added to a base URL that does not end in it.
BASE_PATH = ""
DEFAULT_TIMEOUT = 60.0
DEFAULT_MAX_RETRIES = 2
DEFAULT_AUTH_PREFIX = "Api-Token"
API_KEY_ENV = "IBL_DATA_MANAGER_API_KEY"
BASE_URL_ENV = "IBL_DATA_MANAGER_BASE_URL"
BASE_URL_REASON = "the first one not named a mock, sandbox, staging, test or docs server"
TIMEOUT_ENV = "IBL_DATA_MANAGER_TIMEOUT"
MAX_RETRIES_ENV = "IBL_DATA_MANAGER_MAX_RETRIES"
AUTH_HEADER = "Authorization"
# How many parsed URLs a client keeps (paths with parameters are one URL per value).
MAX_PARSED_URLS = 512


async def _async_sleep(seconds: float) -> None:
    """`asyncio.sleep`, with asyncio imported at the first retry: importing it with the
    package would cost every program about 30 ms, async or not."""
    import asyncio

    await asyncio.sleep(seconds)


def _env_number(name: str, kind: type[float] | type[int], default: float) -> float:
    value = os.environ.get(name)
    if value is None or not value.strip():
        return default
    try:
        return kind(value)
    except ValueError:
        raise IblDataManagerError(f"{name}={value!r} is not a number") from None


def _base_url(given: str | httpx.URL) -> httpx.URL:
    """The URL operation paths are joined to: ends in "/", carries BASE_PATH."""
    url = str(given)
    if not url:
        raise IblDataManagerError(
            "no base URL: pass base_url='https://...' or set the "
            f"{BASE_URL_ENV} environment variable ({BASE_URL_REASON})"
        )
    if not httpx.URL(url).is_absolute_url:
        raise IblDataManagerError(
            f"base URL {url!r} is not absolute: give its scheme and host (https://...)"
        )
    url = url if url.endswith("/") else url + "/"
    if BASE_PATH and not url.endswith(BASE_PATH):
        url += BASE_PATH.lstrip("/")
    return httpx.URL(url)


class _ClientBase:
    """Configuration and the I/O-free parts of a call, shared by both clients."""

    def __init__(
        self,
        *,
        api_key: str | None,
        base_url: str | httpx.URL | None,
        timeout: float | httpx.Timeout | None,
        max_retries: int | None,
        auth_prefix: str,
        retry_non_idempotent: bool,
        backoff: float,
        max_backoff: float,
        default_headers: Mapping[str, str] | None,
    ) -> None:
        from . import __version__

        key = api_key if api_key is not None else os.environ.get(API_KEY_ENV)
        if not key:
            raise IblDataManagerError(
                f"no API key: pass api_key=... or set the {API_KEY_ENV} environment variable"
            )
        self.api_key = key
        self.base_url = _base_url(base_url or os.environ.get(BASE_URL_ENV) or DEFAULT_BASE_URL)
        self.timeout: float | httpx.Timeout | None = (
            timeout if timeout is not None else _env_number(TIMEOUT_ENV, float, DEFAULT_TIMEOUT)
        )
        self.max_retries = (
            max_retries
            if max_retries is not None
            else int(_env_number(MAX_RETRIES_ENV, int, DEFAULT_MAX_RETRIES))
        )
        if self.max_retries < 0:
            raise IblDataManagerError(f"max_retries must be 0 or more, not {self.max_retries}")
        self.auth_prefix = auth_prefix
        self.retry_non_idempotent = retry_non_idempotent
        self.backoff = backoff
        self.max_backoff = max_backoff
        self.default_headers = {
            "Accept": "application/json",
            "User-Agent": "ibl-data-manager-client/" + __version__,
            **(default_headers or {}),
        }
        # Each URL a call sends to, parsed once (httpx takes an `httpx.URL` as it is),
        # against the base URL they were joined to.
        self._parsed_urls: dict[str, httpx.URL] = {}
        self._parsed_base = self.base_url
        # The headers and timeout an httpx client we made was given (see `_sent`).
        self._given: tuple[dict[str, str], float | httpx.Timeout | None] | None = None

    @property
    def auth_headers(self) -> dict[str, str]:
        """`Authorization: Api-Token <key>`; `auth_prefix=""` sends the key alone."""
        value = f"{self.auth_prefix} {self.api_key}" if self.auth_prefix else self.api_key
        return {AUTH_HEADER: value}

    def _url(self, url: str) -> httpx.URL:
        """Operation paths are relative to the base URL, keeping its own path prefix; a
        next-page URL is absolute and taken as it is."""
        parsed = self._parsed_urls.get(url)
        if parsed is not None and self._parsed_base is self.base_url:
            return parsed
        if url.startswith("/") or not httpx.URL(url).is_absolute_url:
            parsed = httpx.URL(str(self.base_url) + url.lstrip("/"))
        else:
            parsed = httpx.URL(url)
        if len(self._parsed_urls) >= MAX_PARSED_URLS or self._parsed_base is not self.base_url:
            self._parsed_urls.clear()
            self._parsed_base = self.base_url
        self._parsed_urls[url] = parsed
        return parsed

    def _give(self) -> tuple[dict[str, str], float | httpx.Timeout | None]:
        """The headers and timeout for an httpx client we make: given once, so that calls
        need not send them again (httpx merges per-call headers into its own each time)."""
        self._given = ({**self.default_headers, **self.auth_headers}, self.timeout)
        return self._given

    def _sent(self, request: RequestSpec, options: RequestOptions) -> dict[str, Any]:
        """The `headers=` and `timeout=` of one call: what the httpx client does not
        already send (everything, for a caller's own client or a changed setting)."""
        headers = {**self.default_headers, **self.auth_headers}
        extra = {**request.headers, **options.get("extra_headers", {})}
        timeout = options["timeout"] if "timeout" in options else self.timeout
        sent: dict[str, Any] = {}
        if self._given is None or headers != self._given[0]:
            sent["headers"] = {**headers, **extra}
        elif extra:
            sent["headers"] = extra
        if self._given is None or timeout != self._given[1]:
            sent["timeout"] = timeout
        return sent

    def _policy(self, options: RequestOptions) -> RetryPolicy:
        return RetryPolicy(
            max_retries=options.get("max_retries", self.max_retries),
            backoff=self.backoff,
            max_backoff=self.max_backoff,
            retry_non_idempotent=options.get("retry_non_idempotent", self.retry_non_idempotent),
        )

    @staticmethod
    def _check_request(operation: Operation[Any], request: RequestSpec) -> None:
        """Refuse arguments that break the document's constraints before sending."""
        violation = check_parameters(request.parameters, operation.parameter_schemas)
        if violation is None and "json" in request.content:
            violation = find_violation(request.content["json"], operation.body_schema, "body")
        if violation is not None:
            raise RequestValidationError(violation.field, violation.message)

    @staticmethod
    def _body(operation: Operation[Any], response: httpx.Response) -> Any:
        """The body of a final response as the document says to read it (JSON checked
        against its schema, text, or bytes); a non-2xx response raises its error."""
        if not response.is_success:
            raise status_error(response)
        schema, reads = operation.response_reading(response.status_code)
        if reads == "none":
            return None
        if reads == "text":
            return response.text
        if reads == "bytes":
            return response.content
        if not response.content:
            raise ResponseValidationError("", "expected a JSON body, got none", response=response)
        try:
            data = response.json()
        except ValueError:
            raise ResponseValidationError("", "the body is not JSON", response=response) from None
        violation = find_violation(data, schema) if schema is not None else None
        if violation is not None:
            raise ResponseValidationError(violation.field, violation.message, response=response)
        return data

    @staticmethod
    def _parse(operation: Operation[T], response: httpx.Response, data: Any) -> T:
        try:
            return operation.parse(response.status_code, data)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseValidationError(
                "", f"could not build the typed value: {exc!r}", response=response
            ) from exc


class Client(_ClientBase, ClientResources):
    """The ibl-data-manager API, synchronously; one connection pool per client.

    Configuration comes from the arguments, else the environment (IBL_DATA_MANAGER_API_KEY,
    IBL_DATA_MANAGER_BASE_URL, IBL_DATA_MANAGER_TIMEOUT, IBL_DATA_MANAGER_MAX_RETRIES), else the
    defaults. Use it as a context manager (or call `close()`) to release connections.
    """

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | httpx.URL | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        auth_prefix: str = DEFAULT_AUTH_PREFIX,
        retry_non_idempotent: bool = False,
        backoff: float = 0.5,
        max_backoff: float = 8.0,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
    ) -> None:
        super().__init__(
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            auth_prefix=auth_prefix,
            retry_non_idempotent=retry_non_idempotent,
            backoff=backoff,
            max_backoff=max_backoff,
            default_headers=default_headers,
        )
        # A caller's own httpx client is theirs to close; ours is closed by close().
        self._owns_http = http_client is None
        if http_client is None:
            headers, timeout = self._give()
            http_client = httpx.Client(headers=headers, timeout=timeout)
        self._http = http_client

    def close(self) -> None:
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def _fetch(
        self, operation: Operation[Any], request: RequestSpec, options: RequestOptions
    ) -> tuple[httpx.Response, Any]:
        """Send with retries; the final response and its checked JSON body."""
        self._check_request(operation, request)
        policy = self._policy(options)
        url, sent = self._url(request.url), self._sent(request, options)
        attempt = 0
        while True:
            try:
                # params=None, not {}: an empty mapping would drop a next-page URL's query.
                response = self._http.request(
                    request.method,
                    url,
                    params=dict(request.params) or None,
                    **sent,
                    **request.content,
                )
            except httpx.TimeoutException as exc:
                if not policy.allows(request.method, attempt):
                    raise APITimeoutError(request=exc.request) from exc
            except httpx.TransportError as exc:
                if not policy.allows(request.method, attempt):
                    raise APIConnectionError(
                        request=exc.request, message=str(exc) or "Connection error."
                    ) from exc
            else:
                if not (
                    policy.retryable_status(response.status_code)
                    and policy.allows(request.method, attempt)
                ):
                    response.extensions["retries_taken"] = attempt
                    record_response(response)
                    return response, self._body(operation, response)
                response.close()
                time.sleep(policy.delay(attempt, response.headers))
                attempt += 1
                continue
            time.sleep(policy.delay(attempt))
            attempt += 1

    def _send(self, operation: Operation[T], request: RequestSpec, options: RequestOptions) -> T:
        response, data = self._fetch(operation, request, options)
        return self._parse(operation, response, data)

    def _paginate(
        self,
        operation: Operation[Any],
        request: RequestSpec,
        shape: PageShape[ItemT],
        options: RequestOptions,
    ) -> Iterator[ItemT]:
        seen: set[str] = set()
        while True:
            _, data = self._fetch(operation, request, options)
            items, next_url = read_page(data, shape)
            yield from items
            if next_url is None or next_url in seen:
                return
            seen.add(next_url)
            request = request.follow(next_url)


# The raw-response twin of the client: the root resource's (`client.with_raw_response`).
ClientWithRawResponse = ClientResourcesWithRawResponse


class AsyncClient(_ClientBase, AsyncClientResources):
    """The ibl-data-manager API, asynchronously: the same surface as `Client`, awaited."""

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | httpx.URL | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        auth_prefix: str = DEFAULT_AUTH_PREFIX,
        retry_non_idempotent: bool = False,
        backoff: float = 0.5,
        max_backoff: float = 8.0,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        super().__init__(
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            auth_prefix=auth_prefix,
            retry_non_idempotent=retry_non_idempotent,
            backoff=backoff,
            max_backoff=max_backoff,
            default_headers=default_headers,
        )
        # A caller's own httpx client is theirs to close; ours is closed by close().
        self._owns_http = http_client is None
        if http_client is None:
            headers, timeout = self._give()
            http_client = httpx.AsyncClient(headers=headers, timeout=timeout)
        self._http = http_client

    async def close(self) -> None:
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

    async def _fetch(
        self, operation: Operation[Any], request: RequestSpec, options: RequestOptions
    ) -> tuple[httpx.Response, Any]:
        """Send with retries; the final response and its checked JSON body."""
        self._check_request(operation, request)
        policy = self._policy(options)
        url, sent = self._url(request.url), self._sent(request, options)
        attempt = 0
        while True:
            try:
                # params=None, not {}: an empty mapping would drop a next-page URL's query.
                response = await self._http.request(
                    request.method,
                    url,
                    params=dict(request.params) or None,
                    **sent,
                    **request.content,
                )
            except httpx.TimeoutException as exc:
                if not policy.allows(request.method, attempt):
                    raise APITimeoutError(request=exc.request) from exc
            except httpx.TransportError as exc:
                if not policy.allows(request.method, attempt):
                    raise APIConnectionError(
                        request=exc.request, message=str(exc) or "Connection error."
                    ) from exc
            else:
                if not (
                    policy.retryable_status(response.status_code)
                    and policy.allows(request.method, attempt)
                ):
                    response.extensions["retries_taken"] = attempt
                    record_response(response)
                    return response, self._body(operation, response)
                await response.aclose()
                await _async_sleep(policy.delay(attempt, response.headers))
                attempt += 1
                continue
            await _async_sleep(policy.delay(attempt))
            attempt += 1

    async def _send(
        self, operation: Operation[T], request: RequestSpec, options: RequestOptions
    ) -> T:
        response, data = await self._fetch(operation, request, options)
        return self._parse(operation, response, data)

    async def _paginate(
        self,
        operation: Operation[Any],
        request: RequestSpec,
        shape: PageShape[ItemT],
        options: RequestOptions,
    ) -> AsyncIterator[ItemT]:
        seen: set[str] = set()
        while True:
            _, data = await self._fetch(operation, request, options)
            items, next_url = read_page(data, shape)
            for item in items:
                yield item
            if next_url is None or next_url in seen:
                return
            seen.add(next_url)
            request = request.follow(next_url)


# The raw-response twin of the client: the root resource's (`client.with_raw_response`).
AsyncClientWithRawResponse = AsyncClientResourcesWithRawResponse
