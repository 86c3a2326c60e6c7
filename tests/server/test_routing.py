"""RouteIndex: the route Starlette would choose, found without trying every route."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi import FastAPI, Request
from fastapi.testclient import TestClient
from starlette.routing import Match, compile_path

from specbind.server.runtime._routing import RouteIndex

REQUESTS = [
    ("GET", "/api/users/me/"),
    ("GET", "/api/users/17/"),
    ("GET", "/api/users/alice/"),
    ("PUT", "/api/users/17/"),
    ("DELETE", "/api/users/17/"),  # served for GET and PUT only: 405
    ("GET", "/api/users/17/posts/3/"),
    ("GET", "/api/users//"),  # an empty segment is no parameter: 404
    ("GET", "/api/files/a/b/c.txt"),
    ("GET", "/api/things/list/"),
    ("GET", "/api/users/list/"),
    ("GET", "/health"),
    ("GET", "/health/"),
    ("GET", "/api/a/b/c/d/e/f/"),
    ("GET", "/api/a/b/c/z/e/g/"),
    ("GET", "/api/a/b/c/d/e/g/"),
    ("GET", "/nothing/"),
    ("GET", "/nothing/here/"),
    ("GET", "/late/"),
    ("GET", "/openapi.json"),
    ("GET", "/"),
]


def _app(indexed: bool) -> FastAPI:
    app = FastAPI(redirect_slashes=False)
    app.router.redirect_slashes = False

    def answer(text: str) -> Any:
        async def endpoint(request: Request) -> dict[str, Any]:
            return {"route": text, "path": request.path_params}

        return endpoint

    def add(method: str, path: str, text: str) -> None:
        app.add_api_route(path, answer(text), methods=[method])

    add("GET", "/api/users/me/", "me")  # before the parameter route: it wins for `me`
    add("GET", "/api/users/{user_id:int}/", "user by number")
    add("GET", "/api/users/{name}/", "user by name")
    add("PUT", "/api/users/{name}/", "put user")
    add("GET", "/api/users/{user_id}/posts/{post_id}/", "post")
    add("GET", "/api/files/{rest:path}", "file")
    add("GET", "/api/{kind}/list/", "list of a kind")
    add("GET", "/health", "health")
    add("GET", "/api/a/b/c/d/e/f/", "deep")
    add("GET", "/api/a/b/c/{x}/e/g/", "deep with a parameter past the index")
    add("GET", "/{anything}/", "anything")
    if indexed:
        app.router.routes.insert(0, RouteIndex(app.router.routes))
    add("GET", "/late/", "added after the index")
    return app


@pytest.mark.parametrize("root_path", ["", "/prefix"])
def test_every_request_is_answered_as_without_the_index(root_path: str) -> None:
    plain = TestClient(_app(indexed=False), root_path=root_path)
    indexed = TestClient(_app(indexed=True), root_path=root_path)
    for method, path in REQUESTS:
        want = plain.request(method, path)
        got = indexed.request(method, path)
        assert (got.status_code, got.text) == (want.status_code, want.text), (method, path)
    # the cases are what they say
    assert indexed.get("/api/users/me/").json()["route"] == "me"
    assert indexed.get("/api/users/17/").json()["route"] == "user by number"
    assert indexed.get("/api/users/alice/").json()["route"] == "user by name"
    assert indexed.delete("/api/users/17/").status_code == 405
    assert indexed.get("/api/files/a/b/c.txt").json()["path"] == {"rest": "a/b/c.txt"}
    assert indexed.get("/api/things/list/").json()["route"] == "list of a kind"
    assert indexed.get("/api/users/list/").json()["route"] == "user by name"  # declared first
    assert indexed.get("/late/").json()["route"] == "anything"  # the earlier route wins
    assert indexed.get("/nothing/here/").status_code == 404


def test_the_index_answers_a_full_match_itself_and_leaves_the_rest_to_starlette() -> None:
    app = _app(indexed=True)
    index = app.router.routes[0]
    assert isinstance(index, RouteIndex)

    def scope(method: str, path: str) -> dict[str, Any]:
        return {"type": "http", "method": method, "path": path, "root_path": ""}

    match, child = index.matches(scope("GET", "/api/users/alice/"))
    assert match is Match.FULL
    assert child["path_params"] == {"name": "alice"}
    assert index.matches(scope("DELETE", "/api/users/17/"))[0] is Match.NONE  # 405: Starlette's
    assert index.matches(scope("GET", "/nothing/here/"))[0] is Match.NONE  # 404: Starlette's
    assert index.matches({"type": "websocket", "path": "/api/users/me/"})[0] is Match.NONE


def test_a_request_tries_only_the_routes_its_leading_segments_allow() -> None:
    app = FastAPI()
    for number in range(1000):
        app.add_api_route(f"/api/r{number}/items/{{item_id}}/", lambda: None)
    index = RouteIndex(app.router.routes)
    last = index.candidates("/api/r999/items/5/")
    assert [getattr(index.routes[p], "path", "") for p in last] == ["/api/r999/items/{item_id}/"]
    assert index.candidates("/api/r1000/items/5/") == ()


def test_a_route_whose_pattern_was_rewritten_is_indexed_by_its_path() -> None:
    """The generated app makes some integer parameters match digits only (`DIGIT_PATHS`):
    the pattern changes, the segments do not."""
    app = _app(indexed=False)
    route = next(r for r in app.router.routes if getattr(r, "path", "") == "/api/{kind}/list/")
    route.path_regex, _, route.param_convertors = compile_path("/api/{kind:int}/list/")  # type: ignore[attr-defined]
    app.router.routes.insert(0, RouteIndex(app.router.routes))
    client = TestClient(app)
    assert client.get("/api/7/list/").json()["route"] == "list of a kind"
    assert client.get("/api/things/list/").status_code == 404  # digits only now
