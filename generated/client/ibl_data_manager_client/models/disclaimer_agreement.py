from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DisclaimerAgreement")


@_attrs_define
class DisclaimerAgreement:
    """
    Attributes:
        id (int):
        user (int): edX user ID
        disclaimer (int):
        agreed_at (datetime.datetime):
        platform_key (str):
        user_id (str):
    """

    id: int
    user: int
    disclaimer: int
    agreed_at: datetime.datetime
    platform_key: str
    user_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        user = self.user

        disclaimer = self.disclaimer

        agreed_at = self.agreed_at.isoformat()

        platform_key = self.platform_key

        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "user": user,
                "disclaimer": disclaimer,
                "agreed_at": agreed_at,
                "platform_key": platform_key,
                "user_id": user_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        user = d.pop("user")

        disclaimer = d.pop("disclaimer")

        agreed_at = datetime.datetime.fromisoformat(d.pop("agreed_at"))

        platform_key = d.pop("platform_key")

        user_id = d.pop("user_id")

        disclaimer_agreement = cls(
            id=id,
            user=user,
            disclaimer=disclaimer,
            agreed_at=agreed_at,
            platform_key=platform_key,
            user_id=user_id,
        )

        disclaimer_agreement.additional_properties = d
        return disclaimer_agreement

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
