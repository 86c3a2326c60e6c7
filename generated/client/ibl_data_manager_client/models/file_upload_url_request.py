from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types

T = TypeVar("T", bound="FileUploadURLRequest")


@_attrs_define
class FileUploadURLRequest:
    """Request serializer for generating presigned upload URL

    Attributes:
        session_id (UUID): Chat session ID
        file_name (str): Original filename
        content_type (str): MIME type of the file
        file_size (int): File size in bytes
    """

    session_id: UUID
    file_name: str
    content_type: str
    file_size: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        session_id = str(self.session_id)

        file_name = self.file_name

        content_type = self.content_type

        file_size = self.file_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "session_id": session_id,
                "file_name": file_name,
                "content_type": content_type,
                "file_size": file_size,
            }
        )

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("session_id", (None, str(self.session_id), "text/plain")))

        files.append(("file_name", (None, str(self.file_name).encode(), "text/plain")))

        files.append(("content_type", (None, str(self.content_type).encode(), "text/plain")))

        files.append(("file_size", (None, str(self.file_size).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        session_id = UUID(d.pop("session_id"))

        file_name = d.pop("file_name")

        content_type = d.pop("content_type")

        file_size = d.pop("file_size")

        file_upload_url_request = cls(
            session_id=session_id,
            file_name=file_name,
            content_type=content_type,
            file_size=file_size,
        )

        file_upload_url_request.additional_properties = d
        return file_upload_url_request

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
