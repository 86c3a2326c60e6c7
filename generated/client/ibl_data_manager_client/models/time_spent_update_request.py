from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="TimeSpentUpdateRequest")


@_attrs_define
class TimeSpentUpdateRequest:
    """
    Attributes:
        timestamp (datetime.datetime): Time when the event occurred, ensure it is UTC (ISO 8601 format)
        count (int): Time spent in seconds
        url (str): Source URL
        course_id (str | Unset): Course ID to track time spent
        mentor_uuid (str | Unset): Mentor UUID to track time spent
        block_id (str | Unset): Block ID to track time spent
        metadata (Any | Unset): Additional metadata
        session_uuid (str | Unset): Session UUID to track time spent
    """

    timestamp: datetime.datetime
    count: int
    url: str
    course_id: str | Unset = UNSET
    mentor_uuid: str | Unset = UNSET
    block_id: str | Unset = UNSET
    metadata: Any | Unset = UNSET
    session_uuid: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        timestamp = self.timestamp.isoformat()

        count = self.count

        url = self.url

        course_id = self.course_id

        mentor_uuid = self.mentor_uuid

        block_id = self.block_id

        metadata = self.metadata

        session_uuid = self.session_uuid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "timestamp": timestamp,
                "count": count,
                "url": url,
            }
        )
        if course_id is not UNSET:
            field_dict["course_id"] = course_id
        if mentor_uuid is not UNSET:
            field_dict["mentor_uuid"] = mentor_uuid
        if block_id is not UNSET:
            field_dict["block_id"] = block_id
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if session_uuid is not UNSET:
            field_dict["session_uuid"] = session_uuid

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("timestamp", (None, self.timestamp.isoformat().encode(), "text/plain")))

        files.append(("count", (None, str(self.count).encode(), "text/plain")))

        files.append(("url", (None, str(self.url).encode(), "text/plain")))

        if not isinstance(self.course_id, Unset):
            files.append(("course_id", (None, str(self.course_id).encode(), "text/plain")))

        if not isinstance(self.mentor_uuid, Unset):
            files.append(("mentor_uuid", (None, str(self.mentor_uuid).encode(), "text/plain")))

        if not isinstance(self.block_id, Unset):
            files.append(("block_id", (None, str(self.block_id).encode(), "text/plain")))

        if not isinstance(self.metadata, Unset):
            files.append(("metadata", (None, str(self.metadata).encode(), "text/plain")))

        if not isinstance(self.session_uuid, Unset):
            files.append(("session_uuid", (None, str(self.session_uuid).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        timestamp = datetime.datetime.fromisoformat(d.pop("timestamp"))

        count = d.pop("count")

        url = d.pop("url")

        course_id = d.pop("course_id", UNSET)

        mentor_uuid = d.pop("mentor_uuid", UNSET)

        block_id = d.pop("block_id", UNSET)

        metadata = d.pop("metadata", UNSET)

        session_uuid = d.pop("session_uuid", UNSET)

        time_spent_update_request = cls(
            timestamp=timestamp,
            count=count,
            url=url,
            course_id=course_id,
            mentor_uuid=mentor_uuid,
            block_id=block_id,
            metadata=metadata,
            session_uuid=session_uuid,
        )

        time_spent_update_request.additional_properties = d
        return time_spent_update_request

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
