"""The generated runtime against a real server: errors, retries, timeouts, raw access, config."""

from __future__ import annotations

import asyncio
import socket
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.client.conftest import API_KEY, GeneratedClient
from tests.client.recording_server import Answer, RecordingServer

THING = {"id": 7, "name": "lamp"}
PAGE = {"count": 1, "next": None, "previous": None, "results": [THING]}


def make_client(gen: GeneratedClient, server: RecordingServer, **kwargs: Any) -> Any:
    settings: dict[str, Any] = {"api_key": API_KEY, "base_url": server.url, "backoff": 0.01}
    settings.update(kwargs)
    return gen.package.Client(**settings)


def make_async_client(gen: GeneratedClient, server: RecordingServer, **kwargs: Any) -> Any:
    settings: dict[str, Any] = {"api_key": API_KEY, "base_url": server.url, "backoff": 0.01}
    settings.update(kwargs)
    return gen.package.AsyncClient(**settings)


# -- requests and values -------------------------------------------------------------------


def test_get_sends_exact_request_and_returns_typed_page(
    pages: GeneratedClient, server: RecordingServer
) -> None:
    server.answer(Answer(200, {**PAGE, "results": [{**THING, "colour": "red"}], "extra": 1}))
    with make_client(pages, server) as client:
        page = client.catalog.things.list(search="la mp", page_size=5)
    request = server.last
    assert (request.method, request.path) == ("GET", "/api/catalog/things/")
    assert request.query == {"search": ["la mp"], "page_size": ["5"]}
    assert request.headers["authorization"] == f"Api-Token {API_KEY}"
    assert request.headers["accept"] == "application/json"
    assert request.headers["user-agent"] == "ibl-client-pages/9.1.0"
    assert request.body == b""
    models = pages.module("models")
    assert isinstance(page, models.PaginatedThingList)
    assert page.count == 1
    assert isinstance(page.results[0], models.Thing)
    assert (page.results[0].id, page.results[0].name) == (7, "lamp")
    # Unknown fields are kept, at every level, and do not fail parsing.
    assert page.results[0].additional_properties == {"colour": "red"}
    assert page.additional_properties == {"extra": 1}


def test_post_sends_request_view_without_read_only_fields(
    pages: GeneratedClient, server: RecordingServer
) -> None:
    models = pages.module("models")
    assert "id" not in models.ThingRequest.__attrs_attrs__.__dir__()
    assert [a.name for a in models.ThingRequest.__attrs_attrs__ if a.init] == ["name"]
    server.answer(Answer(201, THING))
    with make_client(pages, server) as client:
        thing = client.catalog.things.create(body=models.ThingRequest(name="lamp"))
    assert server.last.method == "POST"
    assert server.last.path == "/api/catalog/things/"
    assert server.last.headers["content-type"] == "application/json"
    assert server.last.json == {"name": "lamp"}
    assert isinstance(thing, models.Thing)
    assert (thing.id, thing.name) == (7, "lamp")


def test_request_breaking_max_length_is_refused_before_sending(
    pages: GeneratedClient, server: RecordingServer
) -> None:
    models = pages.module("models")
    with (
        make_client(pages, server) as client,
        pytest.raises(pages.package.RequestValidationError) as caught,
    ):
        client.catalog.things.create(body=models.ThingRequest(name="x" * 21))
    assert caught.value.field == "body.name"
    assert "maxLength 20" in str(caught.value)
    assert server.requests == []


# -- typed errors --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "name"),
    [
        (400, "BadRequestError"),
        (401, "AuthenticationError"),
        (403, "PermissionDeniedError"),
        (404, "NotFoundError"),
        (409, "ConflictError"),
        (422, "UnprocessableEntityError"),
        (429, "RateLimitError"),
        (500, "InternalServerError"),
        (502, "InternalServerError"),
        (418, "APIStatusError"),
    ],
)
def test_status_raises_its_error_class(
    pages: GeneratedClient, server: RecordingServer, status: int, name: str
) -> None:
    server.answer(Answer(status, {"detail": "nope"}, headers={"X-Request-Id": "r-1"}))
    kind = getattr(pages.package, name)
    with make_client(pages, server, max_retries=0) as client, pytest.raises(kind) as caught:
        client.catalog.things.list()
    error = caught.value
    assert type(error) is kind
    assert isinstance(error, pages.package.APIStatusError)
    assert isinstance(error, pages.package.IblDataManagerError)
    assert error.status_code == status
    assert error.body == {"detail": "nope"}
    assert error.headers["x-request-id"] == "r-1"
    assert error.request.method == "GET"
    assert error.request.url.path == "/api/catalog/things/"
    assert str(error) == f"Error code: {status} - {{'detail': 'nope'}}"


def test_non_json_error_body_is_kept_as_text(
    pages: GeneratedClient, server: RecordingServer
) -> None:
    server.answer(Answer(404, b"not here", headers={"Content-Type": "text/plain"}))
    with make_client(pages, server) as client, pytest.raises(pages.package.NotFoundError) as caught:
        client.catalog.things.list()
    assert caught.value.body == "not here"


@pytest.mark.parametrize(
    ("body", "field", "reason"),
    [
        (
            {**PAGE, "results": [{"id": "seven", "name": "lamp"}]},
            "results[0].id",
            "expected integer, got str",
        ),
        ({**PAGE, "results": [THING, {"id": 8}]}, "results[1].name", "required field is missing"),
        ({**PAGE, "count": None}, "count", "expected integer, got null"),
        ({"count": 1, "next": None}, "results", "required field is missing"),
        ([THING], "", "expected object, got array"),
    ],
)
def test_schema_mismatch_names_the_field(
    pages: GeneratedClient, server: RecordingServer, body: Any, field: str, reason: str
) -> None:
    server.answer(Answer(200, body))
    with (
        make_client(pages, server) as client,
        pytest.raises(pages.package.ResponseValidationError) as caught,
    ):
        client.catalog.things.list()
    assert caught.value.field == field
    assert caught.value.reason == reason
    assert caught.value.status_code == 200
    assert f"{field or 'response body'}: {reason}" in str(caught.value)


def test_non_json_success_body_raises_validation_error(
    pages: GeneratedClient, server: RecordingServer
) -> None:
    server.answer(Answer(200, b"<html>", headers={"Content-Type": "text/html"}))
    with (
        make_client(pages, server) as client,
        pytest.raises(pages.package.ResponseValidationError, match="the body is not JSON"),
    ):
        client.catalog.things.list()


# -- retries -------------------------------------------------------------------------------


def test_get_is_retried_on_5xx_then_succeeds(
    pages: GeneratedClient, server: RecordingServer
) -> None:
    server.answer(Answer(503), Answer(502), Answer(200, PAGE))
    with make_client(pages, server, max_retries=2) as client:
        response = client.with_raw_response.catalog.things.list()
    assert len(server.requests) == 3
    assert response.retries_taken == 2
    assert response.parsed.count == 1


def test_retries_stop_at_max_retries(pages: GeneratedClient, server: RecordingServer) -> None:
    server.answer(*[Answer(500, {"detail": "down"}) for _ in range(5)])
    with (
        make_client(pages, server, max_retries=3) as client,
        pytest.raises(pages.package.InternalServerError),
    ):
        client.catalog.things.list()
    assert len(server.requests) == 4


@pytest.mark.parametrize("status", [408, 429])
def test_408_and_429_are_retried(
    pages: GeneratedClient, server: RecordingServer, status: int
) -> None:
    server.answer(Answer(status), Answer(200, PAGE))
    with make_client(pages, server, max_retries=1) as client:
        client.catalog.things.list()
    assert len(server.requests) == 2


@pytest.mark.parametrize("status", [400, 404, 409, 422])
def test_client_errors_are_not_retried(
    pages: GeneratedClient, server: RecordingServer, status: int
) -> None:
    server.answer(Answer(status), Answer(200, PAGE))
    with (
        make_client(pages, server, max_retries=3) as client,
        pytest.raises(pages.package.APIStatusError),
    ):
        client.catalog.things.list()
    assert len(server.requests) == 1


@pytest.mark.parametrize(
    ("status", "header", "value", "at_least"),
    [(429, "Retry-After", "1", 0.95), (503, "retry-after-ms", "400", 0.38)],
)
def test_retry_after_is_honoured(
    pages: GeneratedClient,
    server: RecordingServer,
    status: int,
    header: str,
    value: str,
    at_least: float,
) -> None:
    server.answer(Answer(status, headers={header: value}), Answer(200, PAGE))
    with make_client(pages, server, max_retries=1, backoff=0.001) as client:
        client.catalog.things.list()
    first, second = server.requests
    assert second.at - first.at >= at_least


def test_post_is_not_retried_by_default(pages: GeneratedClient, server: RecordingServer) -> None:
    models = pages.module("models")
    server.answer(Answer(503), Answer(201, THING))
    with (
        make_client(pages, server, max_retries=3) as client,
        pytest.raises(pages.package.InternalServerError),
    ):
        client.catalog.things.create(body=models.ThingRequest(name="lamp"))
    assert len(server.requests) == 1


def test_post_is_retried_when_the_call_opts_in(
    pages: GeneratedClient, server: RecordingServer
) -> None:
    models = pages.module("models")
    server.answer(Answer(503), Answer(201, THING))
    with make_client(pages, server, max_retries=3) as client:
        thing = client.catalog.things.create(
            body=models.ThingRequest(name="lamp"), retry_non_idempotent=True
        )
    assert thing.id == 7
    assert [r.method for r in server.requests] == ["POST", "POST"]
    assert server.requests[1].json == {"name": "lamp"}


def test_post_is_retried_when_the_client_opts_in(
    pages: GeneratedClient, server: RecordingServer
) -> None:
    models = pages.module("models")
    server.answer(Answer(500), Answer(201, THING))
    with make_client(pages, server, retry_non_idempotent=True) as client:
        client.catalog.things.create(body=models.ThingRequest(name="lamp"))
    assert len(server.requests) == 2


def test_per_call_max_retries_overrides_the_client(
    pages: GeneratedClient, server: RecordingServer
) -> None:
    server.answer(*[Answer(503) for _ in range(4)])
    with (
        make_client(pages, server, max_retries=3) as client,
        pytest.raises(pages.package.InternalServerError),
    ):
        client.catalog.things.list(max_retries=0)
    assert len(server.requests) == 1


# -- timeouts and connection errors --------------------------------------------------------


def test_timeout_raises_after_retries(pages: GeneratedClient, server: RecordingServer) -> None:
    server.answer(Answer(200, PAGE, delay=0.6), Answer(200, PAGE, delay=0.6))
    with (
        make_client(pages, server, timeout=0.15, max_retries=1) as client,
        pytest.raises(pages.package.APITimeoutError) as caught,
    ):
        client.catalog.things.list()
    assert len(server.requests) == 2
    assert caught.value.request.url.path == "/api/catalog/things/"
    assert isinstance(caught.value, pages.package.APIConnectionError)


def test_timeout_is_retried_and_can_succeed(
    pages: GeneratedClient, server: RecordingServer
) -> None:
    server.answer(Answer(200, PAGE, delay=0.6), Answer(200, PAGE))
    with make_client(pages, server, timeout=0.15, max_retries=1) as client:
        page = client.catalog.things.list()
    assert page.count == 1


def test_per_call_timeout_overrides_the_client(
    pages: GeneratedClient, server: RecordingServer
) -> None:
    server.answer(Answer(200, PAGE, delay=0.4))
    with make_client(pages, server, timeout=0.1, max_retries=0) as client:
        page = client.catalog.things.list(timeout=5.0)
    assert page.count == 1


def test_connection_refused_raises_connection_error(pages: GeneratedClient) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    client = pages.package.Client(
        api_key=API_KEY, base_url=f"http://127.0.0.1:{port}/", max_retries=1, backoff=0.01
    )
    with client, pytest.raises(pages.package.APIConnectionError) as caught:
        client.catalog.things.list()
    assert not isinstance(caught.value, pages.package.APITimeoutError)
    assert caught.value.request.url.port == port


# -- raw access ----------------------------------------------------------------------------


def test_raw_response_has_status_headers_and_parsed_value(
    pages: GeneratedClient, server: RecordingServer
) -> None:
    models = pages.module("models")
    server.answer(Answer(201, THING, headers={"X-Request-Id": "abc"}))
    with make_client(pages, server) as client:
        raw = client.with_raw_response.catalog.things.create(body=models.ThingRequest(name="lamp"))
    assert isinstance(raw, pages.package.APIResponse)
    assert raw.status_code == 201
    assert raw.headers["x-request-id"] == "abc"
    assert raw.retries_taken == 0
    assert isinstance(raw.parsed, models.Thing)
    assert raw.parse().name == "lamp"


# -- configuration -------------------------------------------------------------------------


def test_configuration_from_the_environment(
    pages: GeneratedClient, server: RecordingServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("IBL_DATA_MANAGER_API_KEY", "from-env")
    monkeypatch.setenv("IBL_DATA_MANAGER_BASE_URL", server.url.rstrip("/"))
    monkeypatch.setenv("IBL_DATA_MANAGER_TIMEOUT", "12.5")
    monkeypatch.setenv("IBL_DATA_MANAGER_MAX_RETRIES", "4")
    server.answer(Answer(200, PAGE))
    with pages.package.Client() as client:
        assert client.timeout == 12.5
        assert client.max_retries == 4
        client.catalog.things.list()
    assert server.last.headers["authorization"] == "Api-Token from-env"


def test_missing_api_key_is_a_clear_error(
    pages: GeneratedClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("IBL_DATA_MANAGER_API_KEY", raising=False)
    with pytest.raises(pages.package.IblDataManagerError, match="IBL_DATA_MANAGER_API_KEY"):
        pages.package.Client()


def test_defaults_to_the_production_server(
    pages: GeneratedClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("IBL_DATA_MANAGER_BASE_URL", raising=False)
    monkeypatch.delenv("IBL_DATA_MANAGER_TIMEOUT", raising=False)
    monkeypatch.delenv("IBL_DATA_MANAGER_MAX_RETRIES", raising=False)
    with pages.package.Client(api_key="k") as client:
        assert str(client.base_url) == "https://base.manager.iblai.app/"
        assert (client.timeout, client.max_retries) == (60.0, 2)


@pytest.mark.parametrize(("prefix", "header"), [("Bearer", "Bearer k"), ("", "k")])
def test_auth_prefix_is_configurable(
    pages: GeneratedClient, server: RecordingServer, prefix: str, header: str
) -> None:
    server.answer(Answer(200, PAGE))
    with make_client(pages, server, api_key="k", auth_prefix=prefix) as client:
        client.catalog.things.list(extra_headers={"X-Trace": "t1"})
    assert server.last.headers["authorization"] == header
    assert server.last.headers["x-trace"] == "t1"


def test_settings_changed_after_construction_are_sent(
    pages: GeneratedClient, server: RecordingServer
) -> None:
    """The httpx client a Client makes is given its headers and timeout once; a setting
    changed later is still what the next call sends."""
    server.answer(Answer(200, PAGE), Answer(200, PAGE))
    with make_client(pages, server, api_key="k1", timeout=0.05, max_retries=0) as client:
        client.catalog.things.list()
        assert server.last.headers["authorization"] == "Api-Token k1"
        assert server.last.headers["accept"] == "application/json"
        client.api_key = "k2"
        client.default_headers["X-Team"] = "blue"
        client.catalog.things.list(extra_headers={"X-Trace": "t2"})
        assert server.last.headers["authorization"] == "Api-Token k2"
        assert (server.last.headers["x-team"], server.last.headers["x-trace"]) == ("blue", "t2")
        server.answer(Answer(200, PAGE, delay=0.3))
        client.timeout = 5.0
        client.catalog.things.list()  # would time out after 0.05 s
        assert server.last.headers["authorization"] == "Api-Token k2"


def test_base_url_path_prefix_is_kept(pages: GeneratedClient, server: RecordingServer) -> None:
    server.answer(Answer(200, PAGE))
    with make_client(pages, server, base_url=server.url + "_mock/apis/ibl") as client:
        client.catalog.things.list()
    assert server.last.path == "/_mock/apis/ibl/api/catalog/things/"


def test_one_connection_is_reused_and_closed(
    pages: GeneratedClient, server: RecordingServer
) -> None:
    server.answer(Answer(200, PAGE), Answer(200, PAGE))
    with make_client(pages, server) as client:
        client.catalog.things.list()
        client.catalog.things.list()
        http = client._http
        assert not http.is_closed
    assert http.is_closed
    assert server.requests[0].headers.get("connection", "keep-alive") == "keep-alive"


def test_a_callers_http_client_is_used_and_left_open(
    pages: GeneratedClient, server: RecordingServer
) -> None:
    server.answer(Answer(200, PAGE))
    own = httpx.Client(headers={"X-Pool": "mine"})
    with make_client(pages, server, http_client=own) as client:
        client.catalog.things.list()
    assert server.last.headers["x-pool"] == "mine"
    assert not own.is_closed
    own.close()


# -- async twins ---------------------------------------------------------------------------


def test_async_client_has_the_same_surface(pages: GeneratedClient) -> None:
    sync = {n for n in dir(pages.package.Client) if not n.startswith("_")}
    asynchronous = {n for n in dir(pages.package.AsyncClient) if not n.startswith("_")}
    assert sync == asynchronous
    assert {"catalog", "credentials", "with_raw_response"} <= sync
    things = pages.module("resources.catalog.things")
    public = {n for n in dir(things.CatalogThingsResource) if not n.startswith("_")}
    assert public == {"create", "iter_list", "list", "with_raw_response"}
    assert public == {n for n in dir(things.AsyncCatalogThingsResource) if not n.startswith("_")}


def test_async_call_error_retry_and_raw(pages: GeneratedClient, server: RecordingServer) -> None:
    models = pages.module("models")

    async def scenario() -> tuple[Any, Any, Any]:
        async with make_async_client(pages, server, max_retries=1) as client:
            page = await client.catalog.things.list(search="x")
            raw = await client.with_raw_response.catalog.things.create(
                body=models.ThingRequest(name="lamp")
            )
            try:
                await client.catalog.things.list()
            except pages.package.NotFoundError as exc:
                return page, raw, exc
        raise AssertionError("no NotFoundError")

    server.answer(Answer(503), Answer(200, PAGE), Answer(201, THING), Answer(404, {"detail": "x"}))
    page, raw, error = asyncio.run(scenario())
    assert page.results[0].name == "lamp"
    assert [r.method for r in server.requests] == ["GET", "GET", "POST", "GET"]
    assert server.requests[1].query == {"search": ["x"]}
    assert server.requests[2].json == {"name": "lamp"}
    assert server.requests[2].headers["authorization"] == f"Api-Token {API_KEY}"
    assert raw.status_code == 201 and raw.parsed.id == 7
    assert error.status_code == 404 and error.body == {"detail": "x"}


def test_async_timeout_and_post_not_retried(
    pages: GeneratedClient, server: RecordingServer
) -> None:
    models = pages.module("models")

    async def scenario() -> list[type[BaseException]]:
        raised: list[type[BaseException]] = []
        async with make_async_client(pages, server, max_retries=2, timeout=0.15) as client:
            for call in (
                client.catalog.things.create(body=models.ThingRequest(name="a")),
                client.catalog.things.list(max_retries=0),
            ):
                try:
                    await call
                except pages.package.APIError as exc:
                    raised.append(type(exc))
        return raised

    server.answer(Answer(500), Answer(200, PAGE, delay=0.6))
    assert asyncio.run(scenario()) == [
        pages.package.InternalServerError,
        pages.package.APITimeoutError,
    ]
    assert len(server.requests) == 2


def test_async_get_is_retried_after_an_async_sleep(
    pages: GeneratedClient, server: RecordingServer
) -> None:
    async def scenario() -> Any:
        async with make_async_client(pages, server, max_retries=2) as client:
            return await client.with_raw_response.catalog.things.list()

    server.answer(Answer(503), Answer(200, PAGE))
    response = asyncio.run(scenario())
    assert response.retries_taken == 1
    assert len(server.requests) == 2


def test_importing_the_package_does_not_import_asyncio(pages: GeneratedClient) -> None:
    """asyncio costs every program ~30 ms at import; it is imported at the first async retry."""
    program = (
        "import sys\n"
        f"import {pages.package.__name__} as package\n"
        "package.Client(api_key='k', base_url='http://127.0.0.1:9')\n"
        "print('asyncio' in sys.modules)\n"
    )
    root = str(Path(pages.package.__file__).parents[1])
    done = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, env={"PYTHONPATH": root}
    )
    assert done.stdout.strip() == "False", done.stderr
