from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SendResponse")


@_attrs_define
class SendResponse:
    """Response serializer for send notification

    Attributes:
        status (str):
        notifications_sent (int):
        build_id (UUID):
        message (str):
    """

    status: str
    notifications_sent: int
    build_id: UUID
    message: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        notifications_sent = self.notifications_sent

        build_id = str(self.build_id)

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "notifications_sent": notifications_sent,
                "build_id": build_id,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = d.pop("status")

        notifications_sent = d.pop("notifications_sent")

        build_id = UUID(d.pop("build_id"))

        message = d.pop("message")

        send_response = cls(
            status=status,
            notifications_sent=notifications_sent,
            build_id=build_id,
            message=message,
        )

        send_response.additional_properties = d
        return send_response

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
