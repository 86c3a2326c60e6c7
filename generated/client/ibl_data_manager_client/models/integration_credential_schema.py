from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.external_service_info import ExternalServiceInfo


T = TypeVar("T", bound="IntegrationCredentialSchema")


@_attrs_define
class IntegrationCredentialSchema:
    """
    Attributes:
        name (str):
        service_info (ExternalServiceInfo):
        schema (Any | Unset):
    """

    name: str
    service_info: ExternalServiceInfo
    schema: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        service_info = self.service_info.to_dict()

        schema = self.schema

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "service_info": service_info,
            }
        )
        if schema is not UNSET:
            field_dict["schema"] = schema

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.external_service_info import ExternalServiceInfo  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        service_info = ExternalServiceInfo.from_dict(d.pop("service_info"))

        schema = d.pop("schema", UNSET)

        integration_credential_schema = cls(
            name=name,
            service_info=service_info,
            schema=schema,
        )

        integration_credential_schema.additional_properties = d
        return integration_credential_schema

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
