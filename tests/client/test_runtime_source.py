"""The client runtime as source (`specbind.client.runtime`): tested here, copied verbatim."""

from __future__ import annotations

import asyncio
import io
from pathlib import Path

import httpx
import pytest

from specbind.client.generate import RUNTIME_SOURCE_DIR, RUNTIME_SOURCES
from specbind.client.runtime._operation import Operation, RequestSpec
from specbind.client.runtime._pagination import PageShape, read_page
from specbind.client.runtime._response import (
    APIResponse,
    async_to_raw_response,
    record_response,
    to_raw_response,
)
from specbind.client.runtime._retry import RetryPolicy, parse_retry_after
from specbind.client.runtime.types import UNSET, File, Unset
from tests.client.conftest import GeneratedClient


def policy(*, retry_non_idempotent: bool = False) -> RetryPolicy:
    return RetryPolicy(
        max_retries=2, backoff=0.5, max_backoff=8.0, retry_non_idempotent=retry_non_idempotent
    )


def test_retry_policy_counts_methods_and_statuses() -> None:
    assert policy().allows("get", 0) and policy().allows("DELETE", 1)
    assert not policy().allows("GET", 2)
    assert not policy().allows("POST", 0)
    assert policy(retry_non_idempotent=True).allows("POST", 0)
    assert [s for s in (400, 404, 408, 429, 500, 503) if RetryPolicy.retryable_status(s)] == [
        408,
        429,
        500,
        503,
    ]


def test_retry_delay_honours_retry_after_and_backs_off_with_jitter() -> None:
    assert policy().delay(0, {"retry-after": "3"}) == 3.0
    assert policy().delay(0, {"retry-after-ms": "250"}) == 0.25
    assert parse_retry_after({"retry-after": "soon"}) is None
    assert 0.375 <= policy().delay(0) <= 0.5
    assert 6.0 <= policy().delay(10) <= 8.0  # capped at max_backoff
    assert 6.0 <= policy().delay(4, {"retry-after": "61"}) <= 8.0  # too long: ignored


def test_operation_reads_the_documented_status_else_the_first() -> None:
    operation: Operation[None] = Operation(
        operation_id="x",
        method="GET",
        path="/x",
        parse=lambda status, data: None,
        responses=((200, 200, {"type": "object"}, "json"), (204, 204, None, "none")),
    )
    assert operation.response_reading(204) == (None, "none")
    assert operation.response_reading(299) == ({"type": "object"}, "json")
    assert not hasattr(operation, "response_schema")  # nothing reads it: not emitted


def test_a_next_page_request_is_a_get_of_the_url_as_given() -> None:
    request = RequestSpec(method="POST", url="/a", params={"q": 1}, content={"json": {}})
    follow = request.follow("https://h/a?page=2")
    assert (follow.method, follow.url, follow.params, follow.content) == (
        "GET",
        "https://h/a?page=2",
        {},
        {},
    )


def test_read_page_digs_items_and_next() -> None:
    shape = PageShape(items=("result", "data"), next=("result", "next"), parse_item=str)
    assert read_page({"result": {"data": [1, 2], "next": "u"}}, shape) == (["1", "2"], "u")
    assert read_page({"result": {"data": None, "next": ""}}, shape) == ([], None)
    assert read_page([], shape) == ([], None)


def test_raw_response_wraps_sync_and_async_calls() -> None:
    response = httpx.Response(201, json={"a": 1})

    def call(value: int) -> int:
        record_response(response)
        return value * 2

    async def acall(value: int) -> int:
        record_response(response)
        return value * 3

    raw = to_raw_response(call)(2)
    assert (raw.status_code, raw.parsed, raw.parse(), raw.retries_taken) == (201, 4, 4, 0)

    async def main() -> APIResponse[int]:
        return await async_to_raw_response(acall)(2)

    araw = asyncio.run(main())
    assert (araw.status_code, araw.parsed) == (201, 6)
    record_response(response)  # outside raw access: kept nowhere, no error


def test_unset_is_falsy_and_distinct_from_none() -> None:
    assert not UNSET and UNSET is not None and repr(UNSET) == "UNSET"
    assert isinstance(UNSET, Unset)
    upload = File(payload=io.BytesIO(b"x"), file_name="a.txt")
    assert upload.to_tuple()[0] == "a.txt"


@pytest.mark.parametrize("name", RUNTIME_SOURCES)
def test_each_runtime_module_is_copied_verbatim(pages: GeneratedClient, name: str) -> None:
    """The pages fixture pages, so it has every runtime module (`_pagination` too)."""
    copied = Path(pages.package.__file__ or "").parent / name
    assert copied.read_text() == (RUNTIME_SOURCE_DIR / name).read_text()


def test_no_pagination_runtime_without_a_paging_operation(v484: GeneratedClient) -> None:
    package = Path(v484.package.__file__ or "").parent
    assert not (package / "_pagination.py").exists()
    assert "_pagination" not in (package / "_client.py").read_text()
