from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.claw_instance_deploy_state import ClawInstanceDeployState
from ..models.claw_instance_provision_mode import ClawInstanceProvisionMode
from ..models.claw_instance_status import ClawInstanceStatus
from ..models.claw_type_enum import ClawTypeEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="ClawInstance")


@_attrs_define
class ClawInstance:
    """
    Attributes:
        id (int):
        name (str):
        provision_mode (ClawInstanceProvisionMode): Managed = provisioned by us. Self-hosted = tenant provides the
            server.  * `managed` - Managed * `self_hosted` - Self-hosted
        server_url (str): HTTPS URL of the Claw worker instance.
        gateway_token (str):
        status (ClawInstanceStatus): * `active` - Active * `inactive` - Inactive * `error` - Error
        deploy_state (ClawInstanceDeployState): * `pending` - Pending * `deploying` - Deploying * `ready` - Ready *
            `teardown` - Teardown * `failed` - Failed
        platform_key (str):
        last_health_check (datetime.datetime | None):
        last_health_status (None | str):
        claw_version (None | str):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        claw_type (ClawTypeEnum | Unset): * `openclaw` - Openclaw * `ironclaw` - Ironclaw
        deployment_backend (int | None | Unset): Backend that deployed this server. Null = manually configured.
        auth_headers (Any | Unset): Per-server auth headers (overrides backend defaults).
        connection_params (Any | Unset): Variant-specific connection parameters (write-only in API). OpenClaw:
            device_identity.private_key_pem, timeouts. IronClaw: typically empty (bearer token covered by gateway_token).
    """

    id: int
    name: str
    provision_mode: ClawInstanceProvisionMode
    server_url: str
    gateway_token: str
    status: ClawInstanceStatus
    deploy_state: ClawInstanceDeployState
    platform_key: str
    last_health_check: datetime.datetime | None
    last_health_status: None | str
    claw_version: None | str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    claw_type: ClawTypeEnum | Unset = UNSET
    deployment_backend: int | None | Unset = UNSET
    auth_headers: Any | Unset = UNSET
    connection_params: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        provision_mode = self.provision_mode.value

        server_url = self.server_url

        gateway_token = self.gateway_token

        status = self.status.value

        deploy_state = self.deploy_state.value

        platform_key = self.platform_key

        last_health_check: None | str
        if isinstance(self.last_health_check, datetime.datetime):
            last_health_check = self.last_health_check.isoformat()
        else:
            last_health_check = self.last_health_check

        last_health_status: None | str = self.last_health_status

        claw_version: None | str = self.claw_version

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        claw_type: str | Unset = UNSET
        if not isinstance(self.claw_type, Unset):
            claw_type = self.claw_type.value

        deployment_backend: int | None | Unset = self.deployment_backend

        auth_headers = self.auth_headers

        connection_params = self.connection_params

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "provision_mode": provision_mode,
                "server_url": server_url,
                "gateway_token": gateway_token,
                "status": status,
                "deploy_state": deploy_state,
                "platform_key": platform_key,
                "last_health_check": last_health_check,
                "last_health_status": last_health_status,
                "claw_version": claw_version,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if claw_type is not UNSET:
            field_dict["claw_type"] = claw_type
        if deployment_backend is not UNSET:
            field_dict["deployment_backend"] = deployment_backend
        if auth_headers is not UNSET:
            field_dict["auth_headers"] = auth_headers
        if connection_params is not UNSET:
            field_dict["connection_params"] = connection_params

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        provision_mode = ClawInstanceProvisionMode(d.pop("provision_mode"))

        server_url = d.pop("server_url")

        gateway_token = d.pop("gateway_token")

        status = ClawInstanceStatus(d.pop("status"))

        deploy_state = ClawInstanceDeployState(d.pop("deploy_state"))

        platform_key = d.pop("platform_key")

        def _parse_last_health_check(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_health_check_type_0 = datetime.datetime.fromisoformat(data)

                return last_health_check_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        last_health_check = _parse_last_health_check(d.pop("last_health_check"))

        last_health_status = d.pop("last_health_status")

        claw_version = d.pop("claw_version")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        _claw_type = d.pop("claw_type", UNSET)
        claw_type: ClawTypeEnum | Unset
        if isinstance(_claw_type, Unset):
            claw_type = UNSET
        else:
            claw_type = ClawTypeEnum(_claw_type)

        deployment_backend = d.pop("deployment_backend", UNSET)

        auth_headers = d.pop("auth_headers", UNSET)

        connection_params = d.pop("connection_params", UNSET)

        claw_instance = cls(
            id=id,
            name=name,
            provision_mode=provision_mode,
            server_url=server_url,
            gateway_token=gateway_token,
            status=status,
            deploy_state=deploy_state,
            platform_key=platform_key,
            last_health_check=last_health_check,
            last_health_status=last_health_status,
            claw_version=claw_version,
            created_at=created_at,
            updated_at=updated_at,
            claw_type=claw_type,
            deployment_backend=deployment_backend,
            auth_headers=auth_headers,
            connection_params=connection_params,
        )

        claw_instance.additional_properties = d
        return claw_instance

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
