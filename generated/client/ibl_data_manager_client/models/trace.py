from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Trace")


@_attrs_define
class Trace:
    """
    Attributes:
        id (str):
        timestamp (datetime.datetime):
        name (str):
        metadata (Any):
        tags (list[str]):
        created_at (datetime.datetime):
        event_ts (datetime.datetime):
        is_deleted (int):
        user_id (None | str | Unset):
        release (None | str | Unset):
        version (None | str | Unset):
        input_ (None | str | Unset):
        output (None | str | Unset):
        session_id (None | str | Unset):
        updated_at (datetime.datetime | Unset):
    """

    id: str
    timestamp: datetime.datetime
    name: str
    metadata: Any
    tags: list[str]
    created_at: datetime.datetime
    event_ts: datetime.datetime
    is_deleted: int
    user_id: None | str | Unset = UNSET
    release: None | str | Unset = UNSET
    version: None | str | Unset = UNSET
    input_: None | str | Unset = UNSET
    output: None | str | Unset = UNSET
    session_id: None | str | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        timestamp = self.timestamp.isoformat()

        name = self.name

        metadata = self.metadata

        tags = self.tags

        created_at = self.created_at.isoformat()

        event_ts = self.event_ts.isoformat()

        is_deleted = self.is_deleted

        user_id: None | str | Unset = self.user_id

        release: None | str | Unset = self.release

        version: None | str | Unset = self.version

        input_: None | str | Unset = self.input_

        output: None | str | Unset = self.output

        session_id: None | str | Unset = self.session_id

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "timestamp": timestamp,
                "name": name,
                "metadata": metadata,
                "tags": tags,
                "created_at": created_at,
                "event_ts": event_ts,
                "is_deleted": is_deleted,
            }
        )
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if release is not UNSET:
            field_dict["release"] = release
        if version is not UNSET:
            field_dict["version"] = version
        if input_ is not UNSET:
            field_dict["input"] = input_
        if output is not UNSET:
            field_dict["output"] = output
        if session_id is not UNSET:
            field_dict["session_id"] = session_id
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        timestamp = datetime.datetime.fromisoformat(d.pop("timestamp"))

        name = d.pop("name")

        metadata = d.pop("metadata")

        tags = cast(list[str], d.pop("tags"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        event_ts = datetime.datetime.fromisoformat(d.pop("event_ts"))

        is_deleted = d.pop("is_deleted")

        user_id = d.pop("user_id", UNSET)

        release = d.pop("release", UNSET)

        version = d.pop("version", UNSET)

        input_ = d.pop("input", UNSET)

        output = d.pop("output", UNSET)

        session_id = d.pop("session_id", UNSET)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        trace = cls(
            id=id,
            timestamp=timestamp,
            name=name,
            metadata=metadata,
            tags=tags,
            created_at=created_at,
            event_ts=event_ts,
            is_deleted=is_deleted,
            user_id=user_id,
            release=release,
            version=version,
            input_=input_,
            output=output,
            session_id=session_id,
            updated_at=updated_at,
        )

        trace.additional_properties = d
        return trace

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
