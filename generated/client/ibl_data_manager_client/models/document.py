from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Document")


@_attrs_define
class Document:
    """Serializer for document objects

    Attributes:
        id (int): Document ID
        document_name (str): Name of the document
        document_type (str): Type of document (e.g., 'pdf', 'text')
        access (str): Access level of the document
        training_status (str): Training status of the document
        date_created (datetime.datetime): Date when the document was created
        last_modified (datetime.datetime): Date when the document was last modified
        url (str): URL to access the document
        metadata (Any): Additional metadata for the document
    """

    id: int
    document_name: str
    document_type: str
    access: str
    training_status: str
    date_created: datetime.datetime
    last_modified: datetime.datetime
    url: str
    metadata: Any
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        document_name = self.document_name

        document_type = self.document_type

        access = self.access

        training_status = self.training_status

        date_created = self.date_created.isoformat()

        last_modified = self.last_modified.isoformat()

        url = self.url

        metadata = self.metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "document_name": document_name,
                "document_type": document_type,
                "access": access,
                "training_status": training_status,
                "date_created": date_created,
                "last_modified": last_modified,
                "url": url,
                "metadata": metadata,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        document_name = d.pop("document_name")

        document_type = d.pop("document_type")

        access = d.pop("access")

        training_status = d.pop("training_status")

        date_created = datetime.datetime.fromisoformat(d.pop("date_created"))

        last_modified = datetime.datetime.fromisoformat(d.pop("last_modified"))

        url = d.pop("url")

        metadata = d.pop("metadata")

        document = cls(
            id=id,
            document_name=document_name,
            document_type=document_type,
            access=access,
            training_status=training_status,
            date_created=date_created,
            last_modified=last_modified,
            url=url,
            metadata=metadata,
        )

        document.additional_properties = d
        return document

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
