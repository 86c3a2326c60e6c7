from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="LtiKey")


@_attrs_define
class LtiKey:
    """
    Attributes:
        id (int):
        name (str): Name of the RSA Key
        public_key (str): Public Key in PEM format
        public_jwk (Any): Public key in JWK format
        platform_key (str): Platform Key
    """

    id: int
    name: str
    public_key: str
    public_jwk: Any
    platform_key: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        public_key = self.public_key

        public_jwk = self.public_jwk

        platform_key = self.platform_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "public_key": public_key,
                "public_jwk": public_jwk,
                "platform_key": platform_key,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        public_key = d.pop("public_key")

        public_jwk = d.pop("public_jwk")

        platform_key = d.pop("platform_key")

        lti_key = cls(
            id=id,
            name=name,
            public_key=public_key,
            public_jwk=public_jwk,
            platform_key=platform_key,
        )

        lti_key.additional_properties = d
        return lti_key

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
