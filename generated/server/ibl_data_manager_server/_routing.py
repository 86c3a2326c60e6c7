"""A request finds its route through an index of the routes' path segments.

Starlette tries an app's routes in order, a regular expression each: with 1,368
operations a request paid for up to 1,368 of them, and the server answered at a sixth
of the rate one route allows. `RouteIndex`, placed first among the app's routes, looks
up the few routes whose segments can match the request's path and tries those alone,
in their order: the first that matches in full is the one Starlette would have
chosen, and it handles the request.

Anything else goes on as before: a request no indexed route matches in full (a 404, a
405 for a path served for other methods, a route added after the index was built) is
left to Starlette's own pass over every route. The routes stay on the router, where the
OpenAPI document and `url_path_for` find them.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from starlette.datastructures import URLPath
from starlette.routing import BaseRoute, Match, NoMatchFound, Route
from starlette.types import Receive, Scope, Send

_CHOSEN = "routing.index.chosen"
# Paths whose candidates are remembered (a busy server asks for the same ones again).
CACHED_PATHS = 4096


class _Node:
    """Routes by the segments that lead to them: literal ones, and one for a parameter."""

    __slots__ = ("exact", "literal", "open", "parameter")

    def __init__(self) -> None:
        self.literal: dict[str, _Node] = {}
        self.parameter: _Node | None = None
        self.exact: list[int] = []  # positions of the routes whose segments end here
        self.open: list[int] = []  # ... that match any continuation from here (`:path`)


class RouteIndex(BaseRoute):
    """The routes of `routes` (an app's, in order) that can match a path, found segment
    by segment: a literal segment, or a parameter for any non-empty one. A `:path`
    parameter, which spans segments, matches whatever follows it."""

    def __init__(self, routes: Sequence[BaseRoute]) -> None:
        self.routes = list(routes)
        self._root = _Node()
        for position, route in enumerate(self.routes):
            self._add(position, route)
        self.candidates = lru_cache(maxsize=CACHED_PATHS)(self._candidates)

    def _add(self, position: int, route: BaseRoute) -> None:
        if not (isinstance(route, Route) and route.path.startswith("/")):
            self._root.open.append(position)  # a mount, a websocket: tried for every path
            return
        node = self._root
        for segment in route.path.split("/")[1:]:
            if ":path}" in segment:
                node.open.append(position)
                return
            if "{" in segment:
                node.parameter = node.parameter or _Node()
                node = node.parameter
            else:
                node = node.literal.setdefault(segment, _Node())
        node.exact.append(position)

    def _candidates(self, path: str) -> tuple[int, ...]:
        """Positions of the routes that can match `path`, in order."""
        found = list(self._root.open)
        nodes = [self._root]
        for segment in path.split("/")[1:]:
            following = []
            for node in nodes:
                literal = node.literal.get(segment)
                if literal is not None:
                    following.append(literal)
                if node.parameter is not None and segment:
                    following.append(node.parameter)
            for node in following:
                found.extend(node.open)
            nodes = following
            if not nodes:
                break
        for node in nodes:
            found.extend(node.exact)
        return tuple(sorted(found))

    def matches(self, scope: Scope) -> tuple[Match, Scope]:
        if scope["type"] != "http":
            return Match.NONE, {}
        for position in self.candidates(_route_path(scope)):
            route = self.routes[position]
            match, child_scope = route.matches(scope)
            if match is Match.FULL:
                return Match.FULL, {"route": route, **child_scope, _CHOSEN: route}
        return Match.NONE, {}

    def url_path_for(self, name: str, /, **path_params: Any) -> URLPath:
        raise NoMatchFound(name, path_params)  # the routes themselves answer, after this one

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        route: BaseRoute = scope.pop(_CHOSEN)
        await route.handle(scope, receive, send)


def _route_path(scope: Scope) -> str:
    """The path routes match: the request's, less the app's `root_path` when it has one."""
    path: str = scope["path"]
    root: str = scope.get("root_path", "")
    if root and path.startswith(root) and path[len(root) : len(root) + 1] in ("", "/"):
        return path[len(root) :]
    return path
