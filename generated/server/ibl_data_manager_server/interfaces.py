"""The interface the generated routes call: one class per tag, one method per operation.

Implement an API by subclassing these classes outside the generated package (which is
rewritten on every regeneration) and passing an instance to `create_app`. A method left
alone answers 501 with a JSON body naming its operation.
"""

from __future__ import annotations

from typing import TypeAlias

from . import models


class OperationNotImplementedError(Exception):
    """Raised by an interface method that the implementation did not override."""

    def __init__(self, operation_id: str) -> None:
        super().__init__(f"operation {operation_id!r} is not implemented")
        self.operation_id = operation_id


class CoreApi:
    """Operations tagged `core`."""

    async def core_rbac_groups_destroy(
        self,
        *,
        id: int,
        platform_key: str,
    ) -> None:
        """DELETE /api/core/rbac/groups/{id}/

        Delete an RBAC group and all associated group role assignments. Cannot delete
        internal system groups.
        """
        raise OperationNotImplementedError("core_rbac_groups_destroy")

    async def core_rbac_groups_partial_update(
        self,
        *,
        id: int,
        body: models.PatchedRbacGroup | None = None,
    ) -> models.RbacGroup:
        """PATCH /api/core/rbac/groups/{id}/

        Partially update an existing RBAC group. Platform validation applies for user
        assignments. Cannot update internal system groups.
        """
        raise OperationNotImplementedError("core_rbac_groups_partial_update")

    async def core_rbac_mentor_access_list(
        self,
        *,
        mentor_id: int,
        platform_key: str,
    ) -> list[models.MentorAccessPolicy]:
        """GET /api/core/rbac/mentor-access/

        Retrieve current access information for a specific mentor, including all groups
        and users that have access with their respective roles.
        """
        raise OperationNotImplementedError("core_rbac_mentor_access_list")


class Operations(CoreApi):
    """Every operation at once: subclass it to implement the whole API."""


# What `create_app` accepts: an object implementing one tag's interface or several.
Implementation: TypeAlias = CoreApi

# Each operationId and the interface method that answers it.
OPERATION_METHODS: dict[str, str] = {
    "core_rbac_groups_destroy": "core_rbac_groups_destroy",
    "core_rbac_groups_partial_update": "core_rbac_groups_partial_update",
    "core_rbac_mentor_access_list": "core_rbac_mentor_access_list",
}

__all__ = [
    "Implementation",
    "OPERATION_METHODS",
    "OperationNotImplementedError",
    "Operations",
    "CoreApi",
]
