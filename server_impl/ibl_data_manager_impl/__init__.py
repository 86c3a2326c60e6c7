"""The team's implementation of the ibl-data-manager server: handwritten, never generated.

It lives outside `generated/`, so `specbind generate` never touches it; it only imports
the generated package's interfaces. Serve it with

    PYTHONPATH=generated/server:server_impl uvicorn ibl_data_manager_impl:app

`core_rbac_groups_partial_update` is left to the interface, so it answers 501 until it
is written here.
"""

from __future__ import annotations

from ibl_data_manager_server import CoreApi, create_app
from ibl_data_manager_server.models import MentorPolicy


class InMemoryCore(CoreApi):
    """RBAC groups and mentor access kept in memory: enough to develop a client against."""

    def __init__(self) -> None:
        self.deleted_groups: list[tuple[int, str]] = []
        self.policies: dict[tuple[int, str], list[MentorPolicy]] = {}

    async def core_rbac_groups_destroy(self, *, id: int, platform_key: str) -> None:
        self.deleted_groups.append((id, platform_key))

    async def core_rbac_mentor_access_list(
        self, *, mentor_id: int, platform_key: str
    ) -> list[MentorPolicy]:
        return self.policies.get((mentor_id, platform_key), [])


app = create_app(InMemoryCore())

__all__ = ["InMemoryCore", "app"]
