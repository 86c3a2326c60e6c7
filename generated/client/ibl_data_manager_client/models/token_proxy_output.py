from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.token_proxy_output_serializer_data import TokenProxyOutputSerializerData


T = TypeVar("T", bound="TokenProxyOutput")


@_attrs_define
class TokenProxyOutput:
    """The SPA expects this outer data key so we need to create an extra layer

    Attributes:
        data (TokenProxyOutputSerializerData): Core data for Response
    """

    data: TokenProxyOutputSerializerData
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.token_proxy_output_serializer_data import TokenProxyOutputSerializerData  # noqa: PLC0415

        d = dict(src_dict)
        data = TokenProxyOutputSerializerData.from_dict(d.pop("data"))

        token_proxy_output = cls(
            data=data,
        )

        token_proxy_output.additional_properties = d
        return token_proxy_output

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
