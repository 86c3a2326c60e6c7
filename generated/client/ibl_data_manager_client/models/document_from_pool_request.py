from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DocumentFromPoolRequest")


@_attrs_define
class DocumentFromPoolRequest:
    """
    Attributes:
        to_pathway (str): Pathway for document to be trained in.
        document_id (int): The document id from pool.
    """

    to_pathway: str
    document_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        to_pathway = self.to_pathway

        document_id = self.document_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "to_pathway": to_pathway,
                "document_id": document_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        to_pathway = d.pop("to_pathway")

        document_id = d.pop("document_id")

        document_from_pool_request = cls(
            to_pathway=to_pathway,
            document_id=document_id,
        )

        document_from_pool_request.additional_properties = d
        return document_from_pool_request

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
