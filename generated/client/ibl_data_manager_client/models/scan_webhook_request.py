from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types

T = TypeVar("T", bound="ScanWebhookRequest")


@_attrs_define
class ScanWebhookRequest:
    """
    Attributes:
        file_id (str):
        filename (str):
        status (str):
        message (str):
    """

    file_id: str
    filename: str
    status: str
    message: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_id = self.file_id

        filename = self.filename

        status = self.status

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file_id": file_id,
                "filename": filename,
                "status": status,
                "message": message,
            }
        )

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("file_id", (None, str(self.file_id).encode(), "text/plain")))

        files.append(("filename", (None, str(self.filename).encode(), "text/plain")))

        files.append(("status", (None, str(self.status).encode(), "text/plain")))

        files.append(("message", (None, str(self.message).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        file_id = d.pop("file_id")

        filename = d.pop("filename")

        status = d.pop("status")

        message = d.pop("message")

        scan_webhook_request = cls(
            file_id=file_id,
            filename=filename,
            status=status,
            message=message,
        )

        scan_webhook_request.additional_properties = d
        return scan_webhook_request

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
