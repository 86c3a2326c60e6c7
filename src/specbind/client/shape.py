"""Which parts of a generated client package are its public API.

Users call operations through `Client`/`AsyncClient`; the per-operation modules under
`api/` are how those methods build requests and read answers. The Python-API comparison
(`diff.python_api`) reads the package through this, so a break is reported at the name
users call, once.
"""

from __future__ import annotations

INTERNAL_SUBPACKAGES: tuple[str, ...] = ("api",)
