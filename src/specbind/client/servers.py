"""Where the generated client connects by default.

The documents list the vendor's docs mock server first and production second, so
position says nothing: a server is production unless its description or host names
it as a mock, sandbox, staging or test server. Among the production candidates the
first one wins; a document whose every server looks like a mock keeps its first.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit

from specbind.errors import SpecbindError

_NOT_PRODUCTION = re.compile(
    r"\b(mock|mocks|sandbox|staging|stage|test|testing|docs|dev|local|localhost)\b",
    re.IGNORECASE,
)


def _looks_like_mock(server: dict[str, Any]) -> bool:
    description = str(server.get("description") or "")
    url = str(server.get("url") or "")
    parts = urlsplit(url)
    where = f"{parts.hostname or ''} {parts.path.replace('/', ' ').replace('_', ' ')}"
    return bool(_NOT_PRODUCTION.search(description) or _NOT_PRODUCTION.search(where))


def production_server(data: dict[str, Any]) -> str:
    """The URL the client uses when neither an argument nor the environment gives one."""
    servers = [s for s in data.get("servers") or [] if isinstance(s, dict) and s.get("url")]
    if not servers:
        raise SpecbindError(
            "the document lists no servers (#/servers); the client needs a default base URL"
        )
    chosen = next((s for s in servers if not _looks_like_mock(s)), servers[0])
    url = str(chosen["url"])
    if "{" in url:
        variables = chosen.get("variables") or {}
        for name, variable in variables.items():
            if isinstance(variable, dict) and "default" in variable:
                url = url.replace("{" + name + "}", str(variable["default"]))
    if not urlsplit(url).scheme:
        raise SpecbindError(f"#/servers: the chosen server URL {url!r} is not absolute")
    return url if url.endswith("/") else url + "/"
