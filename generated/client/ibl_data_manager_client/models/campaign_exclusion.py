from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="CampaignExclusion")


@_attrs_define
class CampaignExclusion:
    """Serializer for campaign exclusion requests.

    Attributes:
        campaign_id (int | Unset): ID of the campaign to exclude from
        campaign_title (str | Unset): Title of the campaign to exclude from
        email (str | Unset): Email address to exclude from the campaign
    """

    campaign_id: int | Unset = UNSET
    campaign_title: str | Unset = UNSET
    email: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        campaign_id = self.campaign_id

        campaign_title = self.campaign_title

        email = self.email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if campaign_id is not UNSET:
            field_dict["campaign_id"] = campaign_id
        if campaign_title is not UNSET:
            field_dict["campaign_title"] = campaign_title
        if email is not UNSET:
            field_dict["email"] = email

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.campaign_id, Unset):
            files.append(("campaign_id", (None, str(self.campaign_id).encode(), "text/plain")))

        if not isinstance(self.campaign_title, Unset):
            files.append(
                ("campaign_title", (None, str(self.campaign_title).encode(), "text/plain"))
            )

        if not isinstance(self.email, Unset):
            files.append(("email", (None, str(self.email).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        campaign_id = d.pop("campaign_id", UNSET)

        campaign_title = d.pop("campaign_title", UNSET)

        email = d.pop("email", UNSET)

        campaign_exclusion = cls(
            campaign_id=campaign_id,
            campaign_title=campaign_title,
            email=email,
        )

        campaign_exclusion.additional_properties = d
        return campaign_exclusion

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
