from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.recipient import Recipient


T = TypeVar("T", bound="PreviewResponse")


@_attrs_define
class PreviewResponse:
    """Response serializer for notification preview

    Attributes:
        status (str):
        build_id (UUID):
        count (int):
        warning (None | str):
        recipients (list[Recipient]):
    """

    status: str
    build_id: UUID
    count: int
    warning: None | str
    recipients: list[Recipient]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        build_id = str(self.build_id)

        count = self.count

        warning: None | str = self.warning

        recipients = []
        for recipients_item_data in self.recipients:
            recipients_item = recipients_item_data.to_dict()
            recipients.append(recipients_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "build_id": build_id,
                "count": count,
                "warning": warning,
                "recipients": recipients,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.recipient import Recipient  # noqa: PLC0415

        d = dict(src_dict)
        status = d.pop("status")

        build_id = UUID(d.pop("build_id"))

        count = d.pop("count")

        warning = d.pop("warning")

        recipients = []
        _recipients = d.pop("recipients")
        for recipients_item_data in _recipients:
            recipients_item = Recipient.from_dict(recipients_item_data)

            recipients.append(recipients_item)

        preview_response = cls(
            status=status,
            build_id=build_id,
            count=count,
            warning=warning,
            recipients=recipients,
        )

        preview_response.additional_properties = d
        return preview_response

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
