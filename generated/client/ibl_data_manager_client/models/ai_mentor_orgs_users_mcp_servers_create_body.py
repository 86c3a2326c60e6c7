from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ai_mentor_orgs_users_mcp_servers_create_body_auth_scope import (
    AiMentorOrgsUsersMcpServersCreateBodyAuthScope,
)
from ..models.ai_mentor_orgs_users_mcp_servers_create_body_auth_type import (
    AiMentorOrgsUsersMcpServersCreateBodyAuthType,
)
from ..models.transport_enum import TransportEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="AiMentorOrgsUsersMcpServersCreateBody")


@_attrs_define
class AiMentorOrgsUsersMcpServersCreateBody:
    """
    Attributes:
        id (int):
        platform (int):
        name (str):
        url (str): The url of the MCP server.
        platform_key (str):
        oauth_service_data (Any):
        mcp_server_connections (str):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        mentor (UUID | Unset):
        owner (str | Unset): edX username
        description (str | Unset): A description of the MCP server.
        image (str | Unset):
        transport (TransportEnum | Unset): * `sse` - Sse * `websocket` - Websocket * `streamable_http` - Streamable Http
        credentials (str | Unset): Authorization credentials to authenticate to the MCP server. If provided, these take
            priority over any headers configured on the server. Token here must be the full authorization value. For
            example: `<scheme> <credentials>`
        extra_headers (Any | Unset): Headers to send to the MCP server. Useful for authentication,
        is_featured (bool | Unset): Featured mcp servers will be accessible to all other tenants.
        auth_type (AiMentorOrgsUsersMcpServersCreateBodyAuthType | Unset): The type of authentication to use for the MCP
            server.  * `none` - None * `token` - Token * `oauth2` - Oauth2
        auth_scope (AiMentorOrgsUsersMcpServersCreateBodyAuthScope | Unset): Determines the required authentication
            granularity. 'platform' uses shared platform credentials, 'mentor' requires mentor-level credentials, and 'user'
            requires each user to authenticate individually.  * `platform` - Platform * `mentor` - Mentor * `user` - User
        oauth_service (int | Unset):
        is_enabled (bool | Unset): Whether the MCP server is enabled or not.
    """

    id: int
    platform: int
    name: str
    url: str
    platform_key: str
    oauth_service_data: Any
    mcp_server_connections: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    mentor: UUID | Unset = UNSET
    owner: str | Unset = UNSET
    description: str | Unset = UNSET
    image: str | Unset = UNSET
    transport: TransportEnum | Unset = UNSET
    credentials: str | Unset = UNSET
    extra_headers: Any | Unset = UNSET
    is_featured: bool | Unset = UNSET
    auth_type: AiMentorOrgsUsersMcpServersCreateBodyAuthType | Unset = UNSET
    auth_scope: AiMentorOrgsUsersMcpServersCreateBodyAuthScope | Unset = UNSET
    oauth_service: int | Unset = UNSET
    is_enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        platform = self.platform

        name = self.name

        url = self.url

        platform_key = self.platform_key

        oauth_service_data = self.oauth_service_data

        mcp_server_connections = self.mcp_server_connections

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        mentor: str | Unset = UNSET
        if not isinstance(self.mentor, Unset):
            mentor = str(self.mentor)

        owner = self.owner

        description = self.description

        image = self.image

        transport: str | Unset = UNSET
        if not isinstance(self.transport, Unset):
            transport = self.transport.value

        credentials = self.credentials

        extra_headers = self.extra_headers

        is_featured = self.is_featured

        auth_type: str | Unset = UNSET
        if not isinstance(self.auth_type, Unset):
            auth_type = self.auth_type.value

        auth_scope: str | Unset = UNSET
        if not isinstance(self.auth_scope, Unset):
            auth_scope = self.auth_scope.value

        oauth_service = self.oauth_service

        is_enabled = self.is_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "platform": platform,
                "name": name,
                "url": url,
                "platform_key": platform_key,
                "oauth_service_data": oauth_service_data,
                "mcp_server_connections": mcp_server_connections,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if mentor is not UNSET:
            field_dict["mentor"] = mentor
        if owner is not UNSET:
            field_dict["owner"] = owner
        if description is not UNSET:
            field_dict["description"] = description
        if image is not UNSET:
            field_dict["image"] = image
        if transport is not UNSET:
            field_dict["transport"] = transport
        if credentials is not UNSET:
            field_dict["credentials"] = credentials
        if extra_headers is not UNSET:
            field_dict["extra_headers"] = extra_headers
        if is_featured is not UNSET:
            field_dict["is_featured"] = is_featured
        if auth_type is not UNSET:
            field_dict["auth_type"] = auth_type
        if auth_scope is not UNSET:
            field_dict["auth_scope"] = auth_scope
        if oauth_service is not UNSET:
            field_dict["oauth_service"] = oauth_service
        if is_enabled is not UNSET:
            field_dict["is_enabled"] = is_enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        platform = d.pop("platform")

        name = d.pop("name")

        url = d.pop("url")

        platform_key = d.pop("platform_key")

        oauth_service_data = d.pop("oauth_service_data")

        mcp_server_connections = d.pop("mcp_server_connections")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        _mentor = d.pop("mentor", UNSET)
        mentor: UUID | Unset
        if isinstance(_mentor, Unset):
            mentor = UNSET
        else:
            mentor = UUID(_mentor)

        owner = d.pop("owner", UNSET)

        description = d.pop("description", UNSET)

        image = d.pop("image", UNSET)

        _transport = d.pop("transport", UNSET)
        transport: TransportEnum | Unset
        if isinstance(_transport, Unset):
            transport = UNSET
        else:
            transport = TransportEnum(_transport)

        credentials = d.pop("credentials", UNSET)

        extra_headers = d.pop("extra_headers", UNSET)

        is_featured = d.pop("is_featured", UNSET)

        _auth_type = d.pop("auth_type", UNSET)
        auth_type: AiMentorOrgsUsersMcpServersCreateBodyAuthType | Unset
        if isinstance(_auth_type, Unset):
            auth_type = UNSET
        else:
            auth_type = AiMentorOrgsUsersMcpServersCreateBodyAuthType(_auth_type)

        _auth_scope = d.pop("auth_scope", UNSET)
        auth_scope: AiMentorOrgsUsersMcpServersCreateBodyAuthScope | Unset
        if isinstance(_auth_scope, Unset):
            auth_scope = UNSET
        else:
            auth_scope = AiMentorOrgsUsersMcpServersCreateBodyAuthScope(_auth_scope)

        oauth_service = d.pop("oauth_service", UNSET)

        is_enabled = d.pop("is_enabled", UNSET)

        ai_mentor_orgs_users_mcp_servers_create_body = cls(
            id=id,
            platform=platform,
            name=name,
            url=url,
            platform_key=platform_key,
            oauth_service_data=oauth_service_data,
            mcp_server_connections=mcp_server_connections,
            created_at=created_at,
            updated_at=updated_at,
            mentor=mentor,
            owner=owner,
            description=description,
            image=image,
            transport=transport,
            credentials=credentials,
            extra_headers=extra_headers,
            is_featured=is_featured,
            auth_type=auth_type,
            auth_scope=auth_scope,
            oauth_service=oauth_service,
            is_enabled=is_enabled,
        )

        ai_mentor_orgs_users_mcp_servers_create_body.additional_properties = d
        return ai_mentor_orgs_users_mcp_servers_create_body

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
