from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_info import UserInfo


T = TypeVar("T", bound="Company")


@_attrs_define
class Company:
    """
    Attributes:
        id (int):
        user (int): edX user ID
        user_info (UserInfo): Serializer for user information.
        name (str):
        updated_at (datetime.datetime):
        industry (None | str | Unset):
        website (None | str | Unset):
        logo_url (None | str | Unset):
        data (Any | Unset): Metadata
        metadata (Any | Unset): Metadata
        created_at (datetime.datetime | Unset):
    """

    id: int
    user: int
    user_info: UserInfo
    name: str
    updated_at: datetime.datetime
    industry: None | str | Unset = UNSET
    website: None | str | Unset = UNSET
    logo_url: None | str | Unset = UNSET
    data: Any | Unset = UNSET
    metadata: Any | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        user = self.user

        user_info = self.user_info.to_dict()

        name = self.name

        updated_at = self.updated_at.isoformat()

        industry: None | str | Unset = self.industry

        website: None | str | Unset = self.website

        logo_url: None | str | Unset = self.logo_url

        data = self.data

        metadata = self.metadata

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "user": user,
                "user_info": user_info,
                "name": name,
                "updated_at": updated_at,
            }
        )
        if industry is not UNSET:
            field_dict["industry"] = industry
        if website is not UNSET:
            field_dict["website"] = website
        if logo_url is not UNSET:
            field_dict["logo_url"] = logo_url
        if data is not UNSET:
            field_dict["data"] = data
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_info import UserInfo  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        user = d.pop("user")

        user_info = UserInfo.from_dict(d.pop("user_info"))

        name = d.pop("name")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        industry = d.pop("industry", UNSET)

        website = d.pop("website", UNSET)

        logo_url = d.pop("logo_url", UNSET)

        data = d.pop("data", UNSET)

        metadata = d.pop("metadata", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        company = cls(
            id=id,
            user=user,
            user_info=user_info,
            name=name,
            updated_at=updated_at,
            industry=industry,
            website=website,
            logo_url=logo_url,
            data=data,
            metadata=metadata,
            created_at=created_at,
        )

        company.additional_properties = d
        return company

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
