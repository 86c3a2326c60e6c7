from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.resource_scrapped_data_status import ResourceScrappedDataStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="ResourceScrappedData")


@_attrs_define
class ResourceScrappedData:
    """
    Attributes:
        id (int):
        date_created (datetime.datetime | None):
        last_modified (datetime.datetime | None):
        resource (int):
        status (ResourceScrappedDataStatus | Unset):
        content (None | str | Unset):
        content_type (None | str | Unset):
        extra_data (Any | Unset):
    """

    id: int
    date_created: datetime.datetime | None
    last_modified: datetime.datetime | None
    resource: int
    status: ResourceScrappedDataStatus | Unset = UNSET
    content: None | str | Unset = UNSET
    content_type: None | str | Unset = UNSET
    extra_data: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        date_created: None | str
        if isinstance(self.date_created, datetime.datetime):
            date_created = self.date_created.isoformat()
        else:
            date_created = self.date_created

        last_modified: None | str
        if isinstance(self.last_modified, datetime.datetime):
            last_modified = self.last_modified.isoformat()
        else:
            last_modified = self.last_modified

        resource = self.resource

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        content: None | str | Unset = self.content

        content_type: None | str | Unset = self.content_type

        extra_data = self.extra_data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "date_created": date_created,
                "last_modified": last_modified,
                "resource": resource,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if content is not UNSET:
            field_dict["content"] = content
        if content_type is not UNSET:
            field_dict["content_type"] = content_type
        if extra_data is not UNSET:
            field_dict["extra_data"] = extra_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        def _parse_date_created(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_created_type_0 = datetime.datetime.fromisoformat(data)

                return date_created_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        date_created = _parse_date_created(d.pop("date_created"))

        def _parse_last_modified(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_modified_type_0 = datetime.datetime.fromisoformat(data)

                return last_modified_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        last_modified = _parse_last_modified(d.pop("last_modified"))

        resource = d.pop("resource")

        _status = d.pop("status", UNSET)
        status: ResourceScrappedDataStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ResourceScrappedDataStatus(_status)

        content = d.pop("content", UNSET)

        content_type = d.pop("content_type", UNSET)

        extra_data = d.pop("extra_data", UNSET)

        resource_scrapped_data = cls(
            id=id,
            date_created=date_created,
            last_modified=last_modified,
            resource=resource,
            status=status,
            content=content,
            content_type=content_type,
            extra_data=extra_data,
        )

        resource_scrapped_data.additional_properties = d
        return resource_scrapped_data

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
