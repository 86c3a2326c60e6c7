"""Request and response models of ibl_data_manager_server: generated, do not edit."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import MISSING, BaseModel, Field, StrictBool, StrictInt, StrictStr


class PatchedRbacGroup(BaseModel):
    unique_id: Annotated[
        StrictStr | MISSING,
        Field(description="The unique identifier for the group", max_length=255),
    ] = MISSING
    platform_key: Annotated[StrictStr | MISSING, Field(description="The platform key")] = MISSING
    name: Annotated[
        StrictStr | MISSING,
        Field(description="Optional name of the group", max_length=255),
    ] = MISSING
    description: Annotated[StrictStr | MISSING, Field(description="Optional group description")] = (
        MISSING
    )
    users_to_add: Annotated[
        list[StrictInt] | MISSING,
        Field(description="List of user IDs to add to this group"),
    ] = MISSING
    users_to_remove: Annotated[
        list[StrictInt] | MISSING,
        Field(description="List of user IDs to remove from this group"),
    ] = MISSING


class Platform(BaseModel):
    """
    Serializer for platforms.
    """

    id: StrictInt
    key: Annotated[StrictStr, Field(description="The platform key", max_length=200)]
    name: Annotated[
        StrictStr | None | MISSING,
        Field(description="The name of the platform", max_length=200),
    ] = MISSING


class RbacPolicyGroup(BaseModel):
    id: StrictInt
    name: Annotated[
        StrictStr | MISSING,
        Field(description="Optional name of the group", max_length=255),
    ] = MISSING
    unique_id: Annotated[
        StrictStr,
        Field(description="The unique identifier for the group", max_length=255),
    ]
    description: Annotated[StrictStr | MISSING, Field(description="Optional group description")] = (
        MISSING
    )


class RbacUser(BaseModel):
    """
    Serializer for users.
    """

    id: Annotated[StrictInt, Field(description="edX user ID")]
    username: Annotated[
        StrictStr | None | MISSING, Field(description="edX username", max_length=100)
    ] = MISSING
    email: Annotated[StrictStr | None | MISSING, Field(description="edX email", max_length=254)] = (
        MISSING
    )


class MentorAccessPolicy(BaseModel):
    id: StrictInt
    name: Annotated[
        StrictStr,
        Field(description="Policy name. If not supplied, defaults to a UUID4"),
    ]
    role: Annotated[
        StrictStr,
        Field(description="Role for accessing this mentor (viewer or editor)"),
    ]
    resources: Annotated[Any, Field(description="List of resources this policy applies to")]
    users: list[RbacUser]
    groups: list[RbacPolicyGroup]


class RbacGroup(BaseModel):
    id: StrictInt
    unique_id: Annotated[
        StrictStr,
        Field(description="The unique identifier for the group", max_length=255),
    ]
    platform: Platform
    name: Annotated[
        StrictStr | MISSING,
        Field(description="Optional name of the group", max_length=255),
    ] = MISSING
    description: Annotated[StrictStr | MISSING, Field(description="Optional group description")] = (
        MISSING
    )
    owner: RbacUser
    users: list[RbacUser]
    is_internal: Annotated[
        StrictBool,
        Field(
            description="When True, this group is internal to the system and cannot be viewed or modified by tenants via API endpoints."
        ),
    ]
