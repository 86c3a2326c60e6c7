"""Where the generated client connects by default.

The documents list the vendor's docs mock server first and production second, so
position says nothing: a server is production unless its description or host names
it as a mock, sandbox, staging or test server. Among the production candidates the
first one wins; a document whose every server looks like a mock keeps its first.

A document without servers means `/` (OpenAPI 3): the client then has no default
base URL and asks for one at construction. A relative server URL (`/api/v1`) is the
API's base path on whatever host serves the document: the base URL the user gives
supplies scheme and host, and the client adds the base path to it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

_NOT_PRODUCTION = re.compile(
    r"\b(mock|mocks|sandbox|staging|stage|test|testing|docs|dev|local|localhost)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class ServerBase:
    """Where the client connects when the user names no base URL."""

    url: str  # absolute, ending in "/"; "" when the document gives no host
    path: str  # a relative server's base path ("/api/v1/"), added to the user's base URL
    reason: str  # why this default (or why there is none), for a comment and the README


def _looks_like_mock(server: dict[str, Any]) -> bool:
    description = str(server.get("description") or "")
    url = str(server.get("url") or "")
    parts = urlsplit(url)
    where = f"{parts.hostname or ''} {parts.path.replace('/', ' ').replace('_', ' ')}"
    return bool(_NOT_PRODUCTION.search(description) or _NOT_PRODUCTION.search(where))


def production_server(data: dict[str, Any]) -> ServerBase:
    """The base URL the client uses when neither an argument nor the environment gives one."""
    servers = [s for s in data.get("servers") or [] if isinstance(s, dict) and s.get("url")]
    if not servers:
        return ServerBase("", "", "the document lists no servers")
    chosen = next((s for s in servers if not _looks_like_mock(s)), servers[0])
    url = str(chosen["url"])
    if "{" in url:
        variables = chosen.get("variables") or {}
        for name, variable in variables.items():
            if isinstance(variable, dict) and "default" in variable:
                url = url.replace("{" + name + "}", str(variable["default"]))
    parts = urlsplit(url)
    if not parts.scheme and parts.netloc:  # `//host/path`: the scheme of the document's host
        url, parts = "https:" + url, urlsplit("https:" + url)
    if not parts.scheme:
        path = "/" + url.strip("/") + "/" if url.strip("/") else ""
        return ServerBase("", path, f"the document's server is the relative URL {url!r}")
    reason = "the first one not named a mock, sandbox, staging, test or docs server"
    return ServerBase(url if url.endswith("/") else url + "/", "", reason)
