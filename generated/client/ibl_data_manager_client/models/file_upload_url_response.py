from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FileUploadURLResponse")


@_attrs_define
class FileUploadURLResponse:
    """Response serializer for presigned upload URL

    Attributes:
        upload_url (str): Presigned S3 upload URL
        file_key (str): S3 object key for the uploaded file
        file_id (UUID): Unique identifier for the ChatFile record
        expires_in (int): URL expiration time in seconds
        upload_method (str | Unset): HTTP method to use for upload (PUT or POST) Default: 'PUT'.
    """

    upload_url: str
    file_key: str
    file_id: UUID
    expires_in: int
    upload_method: str | Unset = "PUT"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        upload_url = self.upload_url

        file_key = self.file_key

        file_id = str(self.file_id)

        expires_in = self.expires_in

        upload_method = self.upload_method

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "upload_url": upload_url,
                "file_key": file_key,
                "file_id": file_id,
                "expires_in": expires_in,
            }
        )
        if upload_method is not UNSET:
            field_dict["upload_method"] = upload_method

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        upload_url = d.pop("upload_url")

        file_key = d.pop("file_key")

        file_id = UUID(d.pop("file_id"))

        expires_in = d.pop("expires_in")

        upload_method = d.pop("upload_method", UNSET)

        file_upload_url_response = cls(
            upload_url=upload_url,
            file_key=file_key,
            file_id=file_id,
            expires_in=expires_in,
            upload_method=upload_method,
        )

        file_upload_url_response.additional_properties = d
        return file_upload_url_response

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
