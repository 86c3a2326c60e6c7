from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.auth_type_enum import AuthTypeEnum
from ..models.patched_mcp_server_connection_scope import PatchedMCPServerConnectionScope
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.patched_mcp_server_connection_connected_service_summary import (
        PatchedMCPServerConnectionConnectedServiceSummary,
    )


T = TypeVar("T", bound="PatchedMCPServerConnection")


@_attrs_define
class PatchedMCPServerConnection:
    """Serializer for managing `MCPServerConnection` records via the API.  The serializer
    enforces the business rules for combining scope, platform, and authentication
    configuration while exposing a masked view of any stored credentials.

        Attributes:
            server (int | Unset):
            scope (PatchedMCPServerConnectionScope | Unset): Whether this connection is scoped to a user or shared across a
                platform.  * `user` - User * `mentor` - Mentor * `platform` - Platform
            auth_type (AuthTypeEnum | Unset): * `none` - None * `token` - Token * `oauth2` - Oauth2
            platform (int | None | Unset):
            user (None | str | Unset): edX username
            mentor (None | Unset | UUID):
            connected_service (int | None | Unset):
            connected_service_summary (None | PatchedMCPServerConnectionConnectedServiceSummary | Unset):
            credentials (str | Unset): Static credential/token value for token-based authentication.
            authorization_scheme (str | Unset): Authorization scheme to prefix tokens with (e.g. 'Bearer').
            extra_headers (Any | Unset): Additional headers to include when connecting to the MCP server.
            is_active (bool | Unset):
    """

    server: int | Unset = UNSET
    scope: PatchedMCPServerConnectionScope | Unset = UNSET
    auth_type: AuthTypeEnum | Unset = UNSET
    platform: int | None | Unset = UNSET
    user: None | str | Unset = UNSET
    mentor: None | Unset | UUID = UNSET
    connected_service: int | None | Unset = UNSET
    connected_service_summary: None | PatchedMCPServerConnectionConnectedServiceSummary | Unset = (
        UNSET
    )
    credentials: str | Unset = UNSET
    authorization_scheme: str | Unset = UNSET
    extra_headers: Any | Unset = UNSET
    is_active: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.patched_mcp_server_connection_connected_service_summary import (
            PatchedMCPServerConnectionConnectedServiceSummary,  # noqa: PLC0415
        )

        server = self.server

        scope: str | Unset = UNSET
        if not isinstance(self.scope, Unset):
            scope = self.scope.value

        auth_type: str | Unset = UNSET
        if not isinstance(self.auth_type, Unset):
            auth_type = self.auth_type.value

        platform: int | None | Unset = self.platform

        user: None | str | Unset = self.user

        mentor: None | str | Unset
        if isinstance(self.mentor, Unset):
            mentor = UNSET
        elif isinstance(self.mentor, UUID):
            mentor = str(self.mentor)
        else:
            mentor = self.mentor

        connected_service: int | None | Unset = self.connected_service

        connected_service_summary: dict[str, Any] | None | Unset
        if isinstance(self.connected_service_summary, Unset):
            connected_service_summary = UNSET
        elif isinstance(
            self.connected_service_summary, PatchedMCPServerConnectionConnectedServiceSummary
        ):
            connected_service_summary = self.connected_service_summary.to_dict()
        else:
            connected_service_summary = self.connected_service_summary

        credentials = self.credentials

        authorization_scheme = self.authorization_scheme

        extra_headers = self.extra_headers

        is_active = self.is_active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if server is not UNSET:
            field_dict["server"] = server
        if scope is not UNSET:
            field_dict["scope"] = scope
        if auth_type is not UNSET:
            field_dict["auth_type"] = auth_type
        if platform is not UNSET:
            field_dict["platform"] = platform
        if user is not UNSET:
            field_dict["user"] = user
        if mentor is not UNSET:
            field_dict["mentor"] = mentor
        if connected_service is not UNSET:
            field_dict["connected_service"] = connected_service
        if connected_service_summary is not UNSET:
            field_dict["connected_service_summary"] = connected_service_summary
        if credentials is not UNSET:
            field_dict["credentials"] = credentials
        if authorization_scheme is not UNSET:
            field_dict["authorization_scheme"] = authorization_scheme
        if extra_headers is not UNSET:
            field_dict["extra_headers"] = extra_headers
        if is_active is not UNSET:
            field_dict["is_active"] = is_active

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        from ..models.patched_mcp_server_connection_connected_service_summary import (
            PatchedMCPServerConnectionConnectedServiceSummary,  # noqa: PLC0415
        )

        files: types.RequestFiles = []

        if not isinstance(self.server, Unset):
            files.append(("server", (None, str(self.server).encode(), "text/plain")))

        if not isinstance(self.scope, Unset):
            files.append(("scope", (None, str(self.scope.value).encode(), "text/plain")))

        if not isinstance(self.auth_type, Unset):
            files.append(("auth_type", (None, str(self.auth_type.value).encode(), "text/plain")))

        if not isinstance(self.platform, Unset):
            if isinstance(self.platform, int):
                files.append(("platform", (None, str(self.platform).encode(), "text/plain")))
            else:
                files.append(("platform", (None, str(self.platform).encode(), "text/plain")))

        if not isinstance(self.user, Unset):
            if isinstance(self.user, str):
                files.append(("user", (None, str(self.user).encode(), "text/plain")))
            else:
                files.append(("user", (None, str(self.user).encode(), "text/plain")))

        if not isinstance(self.mentor, Unset):
            if isinstance(self.mentor, UUID):
                files.append(("mentor", (None, str(self.mentor), "text/plain")))
            else:
                files.append(("mentor", (None, str(self.mentor).encode(), "text/plain")))

        if not isinstance(self.connected_service, Unset):
            if isinstance(self.connected_service, int):
                files.append(
                    (
                        "connected_service",
                        (None, str(self.connected_service).encode(), "text/plain"),
                    )
                )
            else:
                files.append(
                    (
                        "connected_service",
                        (None, str(self.connected_service).encode(), "text/plain"),
                    )
                )

        if not isinstance(self.connected_service_summary, Unset):
            if isinstance(
                self.connected_service_summary, PatchedMCPServerConnectionConnectedServiceSummary
            ):
                files.append(
                    (
                        "connected_service_summary",
                        (
                            None,
                            json.dumps(self.connected_service_summary.to_dict()).encode(),
                            "application/json",
                        ),
                    )
                )
            else:
                files.append(
                    (
                        "connected_service_summary",
                        (None, str(self.connected_service_summary).encode(), "text/plain"),
                    )
                )

        if not isinstance(self.credentials, Unset):
            files.append(("credentials", (None, str(self.credentials).encode(), "text/plain")))

        if not isinstance(self.authorization_scheme, Unset):
            files.append(
                (
                    "authorization_scheme",
                    (None, str(self.authorization_scheme).encode(), "text/plain"),
                )
            )

        if not isinstance(self.extra_headers, Unset):
            files.append(("extra_headers", (None, str(self.extra_headers).encode(), "text/plain")))

        if not isinstance(self.is_active, Unset):
            files.append(("is_active", (None, str(self.is_active).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.patched_mcp_server_connection_connected_service_summary import (
            PatchedMCPServerConnectionConnectedServiceSummary,  # noqa: PLC0415
        )

        d = dict(src_dict)
        server = d.pop("server", UNSET)

        _scope = d.pop("scope", UNSET)
        scope: PatchedMCPServerConnectionScope | Unset
        if isinstance(_scope, Unset):
            scope = UNSET
        else:
            scope = PatchedMCPServerConnectionScope(_scope)

        _auth_type = d.pop("auth_type", UNSET)
        auth_type: AuthTypeEnum | Unset
        if isinstance(_auth_type, Unset):
            auth_type = UNSET
        else:
            auth_type = AuthTypeEnum(_auth_type)

        platform = d.pop("platform", UNSET)

        user = d.pop("user", UNSET)

        def _parse_mentor(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                mentor_type_0 = UUID(data)

                return mentor_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        mentor = _parse_mentor(d.pop("mentor", UNSET))

        connected_service = d.pop("connected_service", UNSET)

        def _parse_connected_service_summary(
            data: object,
        ) -> None | PatchedMCPServerConnectionConnectedServiceSummary | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                connected_service_summary_type_0 = (
                    PatchedMCPServerConnectionConnectedServiceSummary.from_dict(data)
                )

                return connected_service_summary_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PatchedMCPServerConnectionConnectedServiceSummary | Unset, data)

        connected_service_summary = _parse_connected_service_summary(
            d.pop("connected_service_summary", UNSET)
        )

        credentials = d.pop("credentials", UNSET)

        authorization_scheme = d.pop("authorization_scheme", UNSET)

        extra_headers = d.pop("extra_headers", UNSET)

        is_active = d.pop("is_active", UNSET)

        patched_mcp_server_connection = cls(
            server=server,
            scope=scope,
            auth_type=auth_type,
            platform=platform,
            user=user,
            mentor=mentor,
            connected_service=connected_service,
            connected_service_summary=connected_service_summary,
            credentials=credentials,
            authorization_scheme=authorization_scheme,
            extra_headers=extra_headers,
            is_active=is_active,
        )

        patched_mcp_server_connection.additional_properties = d
        return patched_mcp_server_connection

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
