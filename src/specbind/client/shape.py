"""Which parts of a generated client package are its public API.

Users call operations through `Client`/`AsyncClient` and their resources
(`client.core.rbac.groups.partial_update`); the resource modules under `resources/` are
reached through the clients' cached-property accessors, and the per-operation modules
under `api/` are how those methods build requests and read answers. The Python-API
comparison (`diff.python_api`) reads the package through this and walks the accessors, so
a break is reported at the name users call (`Client.core.rbac.groups.partial_update`), once.
"""

from __future__ import annotations

INTERNAL_SUBPACKAGES: tuple[str, ...] = ("api", "resources")
