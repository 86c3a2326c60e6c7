from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.claw_type_enum import ClawTypeEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchedClawInstance")


@_attrs_define
class PatchedClawInstance:
    """
    Attributes:
        name (str | Unset):
        claw_type (ClawTypeEnum | Unset): * `openclaw` - Openclaw * `ironclaw` - Ironclaw
        server_url (str | Unset): HTTPS URL of the Claw worker instance.
        gateway_token (str | Unset):
        deployment_backend (int | None | Unset): Backend that deployed this server. Null = manually configured.
        auth_headers (Any | Unset): Per-server auth headers (overrides backend defaults).
        connection_params (Any | Unset): Variant-specific connection parameters (write-only in API). OpenClaw:
            device_identity.private_key_pem, timeouts. IronClaw: typically empty (bearer token covered by gateway_token).
    """

    name: str | Unset = UNSET
    claw_type: ClawTypeEnum | Unset = UNSET
    server_url: str | Unset = UNSET
    gateway_token: str | Unset = UNSET
    deployment_backend: int | None | Unset = UNSET
    auth_headers: Any | Unset = UNSET
    connection_params: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        claw_type: str | Unset = UNSET
        if not isinstance(self.claw_type, Unset):
            claw_type = self.claw_type.value

        server_url = self.server_url

        gateway_token = self.gateway_token

        deployment_backend: int | None | Unset = self.deployment_backend

        auth_headers = self.auth_headers

        connection_params = self.connection_params

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if claw_type is not UNSET:
            field_dict["claw_type"] = claw_type
        if server_url is not UNSET:
            field_dict["server_url"] = server_url
        if gateway_token is not UNSET:
            field_dict["gateway_token"] = gateway_token
        if deployment_backend is not UNSET:
            field_dict["deployment_backend"] = deployment_backend
        if auth_headers is not UNSET:
            field_dict["auth_headers"] = auth_headers
        if connection_params is not UNSET:
            field_dict["connection_params"] = connection_params

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.name, Unset):
            files.append(("name", (None, str(self.name).encode(), "text/plain")))

        if not isinstance(self.claw_type, Unset):
            files.append(("claw_type", (None, str(self.claw_type.value).encode(), "text/plain")))

        if not isinstance(self.server_url, Unset):
            files.append(("server_url", (None, str(self.server_url).encode(), "text/plain")))

        if not isinstance(self.gateway_token, Unset):
            files.append(("gateway_token", (None, str(self.gateway_token).encode(), "text/plain")))

        if not isinstance(self.deployment_backend, Unset):
            if isinstance(self.deployment_backend, int):
                files.append(
                    (
                        "deployment_backend",
                        (None, str(self.deployment_backend).encode(), "text/plain"),
                    )
                )
            else:
                files.append(
                    (
                        "deployment_backend",
                        (None, str(self.deployment_backend).encode(), "text/plain"),
                    )
                )

        if not isinstance(self.auth_headers, Unset):
            files.append(("auth_headers", (None, str(self.auth_headers).encode(), "text/plain")))

        if not isinstance(self.connection_params, Unset):
            files.append(
                ("connection_params", (None, str(self.connection_params).encode(), "text/plain"))
            )

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        _claw_type = d.pop("claw_type", UNSET)
        claw_type: ClawTypeEnum | Unset
        if isinstance(_claw_type, Unset):
            claw_type = UNSET
        else:
            claw_type = ClawTypeEnum(_claw_type)

        server_url = d.pop("server_url", UNSET)

        gateway_token = d.pop("gateway_token", UNSET)

        deployment_backend = d.pop("deployment_backend", UNSET)

        auth_headers = d.pop("auth_headers", UNSET)

        connection_params = d.pop("connection_params", UNSET)

        patched_claw_instance = cls(
            name=name,
            claw_type=claw_type,
            server_url=server_url,
            gateway_token=gateway_token,
            deployment_backend=deployment_backend,
            auth_headers=auth_headers,
            connection_params=connection_params,
        )

        patched_claw_instance.additional_properties = d
        return patched_claw_instance

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
