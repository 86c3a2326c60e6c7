"""Auto-paging iterators over both page shapes, sync and async, and shape detection."""

from __future__ import annotations

import asyncio
from typing import Any

import yaml

from specbind.client.pagination import PageShape, page_shape
from tests.client.conftest import API_KEY, PAGES_DOCUMENT, GeneratedClient
from tests.client.recording_server import Answer, RecordingServer


def thing(number: int) -> dict[str, Any]:
    return {"id": number, "name": f"thing-{number}"}


def issuer(number: int) -> dict[str, Any]:
    return {"entityId": f"e{number}", "name": f"issuer-{number}"}


def envelope(items: list[dict[str, Any]], next_url: str | None, page: int) -> dict[str, Any]:
    return {
        "status": {"success": True, "description": "Ok"},
        "result": {
            "data": items,
            "next": next_url,
            "previous": None,
            "count": 5,
            "num_pages": 3,
            "page_number": page,
        },
    }


def test_drf_pages_are_followed_to_the_end(pages: GeneratedClient, server: RecordingServer) -> None:
    second = f"{server.url}api/catalog/things/?page=2&search=t"
    server.answer(
        Answer(
            200, {"count": 3, "next": second, "previous": None, "results": [thing(1), thing(2)]}
        ),
        Answer(200, {"count": 3, "next": None, "previous": second, "results": [thing(3)]}),
    )
    with pages.package.Client(api_key=API_KEY, base_url=server.url) as client:
        items = list(client.catalog.things.iter_list(search="t"))
    assert [item.name for item in items] == ["thing-1", "thing-2", "thing-3"]
    assert all(isinstance(item, pages.module("models").Thing) for item in items)
    assert [(r.method, r.path, r.query) for r in server.requests] == [
        ("GET", "/api/catalog/things/", {"search": ["t"]}),
        ("GET", "/api/catalog/things/", {"page": ["2"], "search": ["t"]}),
    ]
    assert all(r.headers["authorization"] == f"Api-Token {API_KEY}" for r in server.requests)


def test_envelope_pages_follow_relative_next_links(
    pages: GeneratedClient, server: RecordingServer
) -> None:
    server.answer(
        Answer(
            200, envelope([issuer(1), issuer(2)], "/api/credentials/orgs/acme/issuers/?page=2", 1)
        ),
        Answer(
            200, envelope([issuer(3), issuer(4)], "/api/credentials/orgs/acme/issuers/?page=3", 2)
        ),
        Answer(200, envelope([issuer(5)], None, 3)),
    )
    with pages.package.Client(api_key=API_KEY, base_url=server.url) as client:
        items = list(client.credentials.orgs.issuers.iter_list(org="acme"))
    assert [item.entity_id for item in items] == ["e1", "e2", "e3", "e4", "e5"]
    assert [r.query for r in server.requests] == [{}, {"page": ["2"]}, {"page": ["3"]}]
    assert {r.path for r in server.requests} == {"/api/credentials/orgs/acme/issuers/"}


def test_iteration_is_lazy(pages: GeneratedClient, server: RecordingServer) -> None:
    second = f"{server.url}api/catalog/things/?page=2"
    server.answer(Answer(200, {"count": 3, "next": second, "results": [thing(1), thing(2)]}))
    with pages.package.Client(api_key=API_KEY, base_url=server.url) as client:
        iterator = client.catalog.things.iter_list()
        assert server.requests == []
        assert next(iterator).id == 1
        assert next(iterator).id == 2
        assert len(server.requests) == 1


def test_a_repeated_next_link_ends_iteration(
    pages: GeneratedClient, server: RecordingServer
) -> None:
    again = f"{server.url}api/catalog/things/?page=2"
    server.answer(
        Answer(200, {"count": 2, "next": again, "results": [thing(1)]}),
        Answer(200, {"count": 2, "next": again, "results": [thing(2)]}),
    )
    with pages.package.Client(api_key=API_KEY, base_url=server.url) as client:
        assert [t.id for t in client.catalog.things.iter_list()] == [1, 2]
    assert len(server.requests) == 2


def test_a_bad_page_raises_naming_the_item(pages: GeneratedClient, server: RecordingServer) -> None:
    second = f"{server.url}api/catalog/things/?page=2"
    server.answer(
        Answer(200, {"count": 2, "next": second, "results": [thing(1)]}),
        Answer(200, {"count": 2, "next": None, "results": [{"id": 2}]}),
    )
    with pages.package.Client(api_key=API_KEY, base_url=server.url) as client:
        iterator = client.catalog.things.iter_list()
        assert next(iterator).id == 1
        try:
            next(iterator)
        except pages.package.ResponseValidationError as exc:
            assert exc.field == "results[0].name"
        else:
            raise AssertionError("the second page should not parse")


def test_async_iterators_walk_both_shapes(pages: GeneratedClient, server: RecordingServer) -> None:
    second = f"{server.url}api/catalog/things/?page=2"
    server.answer(
        Answer(200, {"count": 2, "next": second, "results": [thing(1)]}),
        Answer(200, {"count": 2, "next": None, "results": [thing(2)]}),
        Answer(200, envelope([issuer(1)], "/api/credentials/orgs/o/issuers/?page=2", 1)),
        Answer(200, envelope([issuer(2)], None, 2)),
    )

    async def walk() -> tuple[list[int], list[str]]:
        async with pages.package.AsyncClient(api_key=API_KEY, base_url=server.url) as client:
            things = [t.id async for t in client.catalog.things.iter_list()]
            issuers = [
                i.entity_id async for i in client.credentials.orgs.issuers.iter_list(org="o")
            ]
        return things, issuers

    assert asyncio.run(walk()) == ([1, 2], ["e1", "e2"])
    assert [r.query for r in server.requests] == [{}, {"page": ["2"]}, {}, {"page": ["2"]}]


def test_only_list_operations_get_iterators(pages: GeneratedClient) -> None:
    things = pages.module("resources.catalog.things").CatalogThingsResource
    issuers = pages.module("resources.credentials.orgs.issuers").CredentialsOrgsIssuersResource
    assert {n for n in dir(things) if n.startswith("iter_")} == {"iter_list"}
    assert {n for n in dir(issuers) if n.startswith("iter_")} == {"iter_list"}
    assert {n for n in dir(pages.package.Client) if n.startswith("iter_")} == set()


# -- detection, on the document ------------------------------------------------------------


def _document() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(PAGES_DOCUMENT.read_text(encoding="utf-8"))
    return data


def test_detects_drf_and_envelope_pages_through_refs() -> None:
    data = _document()
    drf = page_shape(data, {"$ref": "#/components/schemas/PaginatedThingList"})
    wrapped = page_shape(data, {"$ref": "#/components/schemas/IssuerPage"})
    assert drf == PageShape("drf", ("results",), ("next",))
    assert wrapped == PageShape("envelope", ("result", "data"), ("result", "next"))


def test_objects_that_merely_resemble_pages_are_not_pages() -> None:
    data = _document()
    array = {"type": "array"}
    assert page_shape(data, {"$ref": "#/components/schemas/Thing"}) is None
    # results but no next link
    assert (
        page_shape(data, {"type": "object", "properties": {"results": array, "count": {}}}) is None
    )
    # results that are not a list
    assert (
        page_shape(data, {"type": "object", "properties": {"results": {}, "next": {}, "count": {}}})
        is None
    )
    # an envelope without num_pages/page_number
    partial = {"data": array, "next": {}, "count": {}}
    assert page_shape(data, {"properties": {"result": {"properties": partial}}}) is None
    assert page_shape(data, {"type": "array", "items": {}}) is None
