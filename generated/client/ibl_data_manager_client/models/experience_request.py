from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="ExperienceRequest")


@_attrs_define
class ExperienceRequest:
    """
    Attributes:
        company_id (int):
        title (str):
        start_date (datetime.date):
        employment_type (None | str | Unset):
        location (None | str | Unset):
        end_date (datetime.date | None | Unset):
        is_current (bool | Unset):
        description (None | str | Unset):
        data (Any | Unset): Metadata
        metadata (Any | Unset): Metadata
        created_at (datetime.datetime | Unset):
    """

    company_id: int
    title: str
    start_date: datetime.date
    employment_type: None | str | Unset = UNSET
    location: None | str | Unset = UNSET
    end_date: datetime.date | None | Unset = UNSET
    is_current: bool | Unset = UNSET
    description: None | str | Unset = UNSET
    data: Any | Unset = UNSET
    metadata: Any | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        company_id = self.company_id

        title = self.title

        start_date = self.start_date.isoformat()

        employment_type: None | str | Unset = self.employment_type

        location: None | str | Unset = self.location

        end_date: None | str | Unset
        if isinstance(self.end_date, Unset):
            end_date = UNSET
        elif isinstance(self.end_date, datetime.date):
            end_date = self.end_date.isoformat()
        else:
            end_date = self.end_date

        is_current = self.is_current

        description: None | str | Unset = self.description

        data = self.data

        metadata = self.metadata

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "company_id": company_id,
                "title": title,
                "start_date": start_date,
            }
        )
        if employment_type is not UNSET:
            field_dict["employment_type"] = employment_type
        if location is not UNSET:
            field_dict["location"] = location
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if is_current is not UNSET:
            field_dict["is_current"] = is_current
        if description is not UNSET:
            field_dict["description"] = description
        if data is not UNSET:
            field_dict["data"] = data
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("company_id", (None, str(self.company_id).encode(), "text/plain")))

        files.append(("title", (None, str(self.title).encode(), "text/plain")))

        files.append(("start_date", (None, self.start_date.isoformat().encode(), "text/plain")))

        if not isinstance(self.employment_type, Unset):
            if isinstance(self.employment_type, str):
                files.append(
                    ("employment_type", (None, str(self.employment_type).encode(), "text/plain"))
                )
            else:
                files.append(
                    ("employment_type", (None, str(self.employment_type).encode(), "text/plain"))
                )

        if not isinstance(self.location, Unset):
            if isinstance(self.location, str):
                files.append(("location", (None, str(self.location).encode(), "text/plain")))
            else:
                files.append(("location", (None, str(self.location).encode(), "text/plain")))

        if not isinstance(self.end_date, Unset):
            if isinstance(self.end_date, datetime.date):
                files.append(("end_date", (None, self.end_date.isoformat().encode(), "text/plain")))
            else:
                files.append(("end_date", (None, str(self.end_date).encode(), "text/plain")))

        if not isinstance(self.is_current, Unset):
            files.append(("is_current", (None, str(self.is_current).encode(), "text/plain")))

        if not isinstance(self.description, Unset):
            if isinstance(self.description, str):
                files.append(("description", (None, str(self.description).encode(), "text/plain")))
            else:
                files.append(("description", (None, str(self.description).encode(), "text/plain")))

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
        company_id = d.pop("company_id")

        title = d.pop("title")

        start_date = datetime.date.fromisoformat(d.pop("start_date"))

        employment_type = d.pop("employment_type", UNSET)

        location = d.pop("location", UNSET)

        def _parse_end_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_date_type_0 = datetime.date.fromisoformat(data)

                return end_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        end_date = _parse_end_date(d.pop("end_date", UNSET))

        is_current = d.pop("is_current", UNSET)

        description = d.pop("description", UNSET)

        data = d.pop("data", UNSET)

        metadata = d.pop("metadata", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        experience_request = cls(
            company_id=company_id,
            title=title,
            start_date=start_date,
            employment_type=employment_type,
            location=location,
            end_date=end_date,
            is_current=is_current,
            description=description,
            data=data,
            metadata=metadata,
            created_at=created_at,
        )

        experience_request.additional_properties = d
        return experience_request

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
