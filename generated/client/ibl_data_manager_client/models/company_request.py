from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="CompanyRequest")


@_attrs_define
class CompanyRequest:
    """
    Attributes:
        name (str):
        industry (None | str | Unset):
        website (None | str | Unset):
        logo_url (None | str | Unset):
        data (Any | Unset): Metadata
        metadata (Any | Unset): Metadata
        created_at (datetime.datetime | Unset):
    """

    name: str
    industry: None | str | Unset = UNSET
    website: None | str | Unset = UNSET
    logo_url: None | str | Unset = UNSET
    data: Any | Unset = UNSET
    metadata: Any | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

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
                "name": name,
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

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("name", (None, str(self.name).encode(), "text/plain")))

        if not isinstance(self.industry, Unset):
            if isinstance(self.industry, str):
                files.append(("industry", (None, str(self.industry).encode(), "text/plain")))
            else:
                files.append(("industry", (None, str(self.industry).encode(), "text/plain")))

        if not isinstance(self.website, Unset):
            if isinstance(self.website, str):
                files.append(("website", (None, str(self.website).encode(), "text/plain")))
            else:
                files.append(("website", (None, str(self.website).encode(), "text/plain")))

        if not isinstance(self.logo_url, Unset):
            if isinstance(self.logo_url, str):
                files.append(("logo_url", (None, str(self.logo_url).encode(), "text/plain")))
            else:
                files.append(("logo_url", (None, str(self.logo_url).encode(), "text/plain")))

        if not isinstance(self.data, Unset):
            files.append(("data", (None, str(self.data).encode(), "text/plain")))

        if not isinstance(self.metadata, Unset):
            files.append(("metadata", (None, str(self.metadata).encode(), "text/plain")))

        if not isinstance(self.created_at, Unset):
            files.append(("created_at", (None, self.created_at.isoformat().encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

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

        company_request = cls(
            name=name,
            industry=industry,
            website=website,
            logo_url=logo_url,
            data=data,
            metadata=metadata,
            created_at=created_at,
        )

        company_request.additional_properties = d
        return company_request

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
