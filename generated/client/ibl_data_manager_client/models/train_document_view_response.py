from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TrainDocumentViewResponse")


@_attrs_define
class TrainDocumentViewResponse:
    """
    Attributes:
        message (str): Message of the training
        document_id (str | Unset): Document id for document in training
        task_id (str | Unset): Task id for document in training
        error (str | Unset):
    """

    message: str
    document_id: str | Unset = UNSET
    task_id: str | Unset = UNSET
    error: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        document_id = self.document_id

        task_id = self.task_id

        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
            }
        )
        if document_id is not UNSET:
            field_dict["document_id"] = document_id
        if task_id is not UNSET:
            field_dict["task_id"] = task_id
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message = d.pop("message")

        document_id = d.pop("document_id", UNSET)

        task_id = d.pop("task_id", UNSET)

        error = d.pop("error", UNSET)

        train_document_view_response = cls(
            message=message,
            document_id=document_id,
            task_id=task_id,
            error=error,
        )

        train_document_view_response.additional_properties = d
        return train_document_view_response

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
