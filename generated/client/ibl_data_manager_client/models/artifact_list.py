from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ArtifactList")


@_attrs_define
class ArtifactList:
    """Lightweight serializer for listing artifacts.  This serializer is optimized for list
    views, excluding the potentially large content field and including useful computed
    fields.  Fields:     - id: Unique identifier for the artifact     - title: Title or
    identifier for the artifact     - file_extension: The extension of the file     -
    llm_name: Name of the LLM that generated the artifact     - llm_provider: Provider of
    the LLM     - date_created: Timestamp when the artifact was created     - date_updated:
    Timestamp when the artifact was last updated     - username: Username of the student who
    owns the artifact     - session_id: UUID of the session that generated the artifact
    - content_length: Length of the content in characters

        Attributes:
            id (int):
            title (str): Title or identifier for the artifact
            file_extension (str): The extension of the file for the artifact. eg. `py`, `md`, `html`, `json`, `csv`, etc
            llm_name (str):
            llm_provider (str):
            date_created (datetime.datetime):
            date_updated (datetime.datetime):
            username (str): Username of the student who owns this artifact
            session_id (None | UUID):
            content_length (int): Length of the artifact content in characters
    """

    id: int
    title: str
    file_extension: str
    llm_name: str
    llm_provider: str
    date_created: datetime.datetime
    date_updated: datetime.datetime
    username: str
    session_id: None | UUID
    content_length: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        file_extension = self.file_extension

        llm_name = self.llm_name

        llm_provider = self.llm_provider

        date_created = self.date_created.isoformat()

        date_updated = self.date_updated.isoformat()

        username = self.username

        session_id: None | str
        if isinstance(self.session_id, UUID):
            session_id = str(self.session_id)
        else:
            session_id = self.session_id

        content_length = self.content_length

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "title": title,
                "file_extension": file_extension,
                "llm_name": llm_name,
                "llm_provider": llm_provider,
                "date_created": date_created,
                "date_updated": date_updated,
                "username": username,
                "session_id": session_id,
                "content_length": content_length,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        title = d.pop("title")

        file_extension = d.pop("file_extension")

        llm_name = d.pop("llm_name")

        llm_provider = d.pop("llm_provider")

        date_created = datetime.datetime.fromisoformat(d.pop("date_created"))

        date_updated = datetime.datetime.fromisoformat(d.pop("date_updated"))

        username = d.pop("username")

        def _parse_session_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                session_id_type_0 = UUID(data)

                return session_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        session_id = _parse_session_id(d.pop("session_id"))

        content_length = d.pop("content_length")

        artifact_list = cls(
            id=id,
            title=title,
            file_extension=file_extension,
            llm_name=llm_name,
            llm_provider=llm_provider,
            date_created=date_created,
            date_updated=date_updated,
            username=username,
            session_id=session_id,
            content_length=content_length,
        )

        artifact_list.additional_properties = d
        return artifact_list

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
