from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.offline_document_access import OfflineDocumentAccess
from ..types import UNSET, Unset

T = TypeVar("T", bound="OfflineDocument")


@_attrs_define
class OfflineDocument:
    """Serializes documents for offline use.  Returns documents with S3 URLs that can be
    downloaded for offline use.

        Attributes:
            id (int):
            last_trained_at (datetime.datetime | None):
            document_name (None | str | Unset):
            document_type (None | str | Unset):
            url (None | str | Unset):
            tokens (int | None | Unset):
            is_trained (bool | Unset):
            access (OfflineDocumentAccess | Unset):
            metadata (Any | Unset):
    """

    id: int
    last_trained_at: datetime.datetime | None
    document_name: None | str | Unset = UNSET
    document_type: None | str | Unset = UNSET
    url: None | str | Unset = UNSET
    tokens: int | None | Unset = UNSET
    is_trained: bool | Unset = UNSET
    access: OfflineDocumentAccess | Unset = UNSET
    metadata: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        last_trained_at: None | str
        if isinstance(self.last_trained_at, datetime.datetime):
            last_trained_at = self.last_trained_at.isoformat()
        else:
            last_trained_at = self.last_trained_at

        document_name: None | str | Unset = self.document_name

        document_type: None | str | Unset = self.document_type

        url: None | str | Unset = self.url

        tokens: int | None | Unset = self.tokens

        is_trained = self.is_trained

        access: str | Unset = UNSET
        if not isinstance(self.access, Unset):
            access = self.access.value

        metadata = self.metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "last_trained_at": last_trained_at,
            }
        )
        if document_name is not UNSET:
            field_dict["document_name"] = document_name
        if document_type is not UNSET:
            field_dict["document_type"] = document_type
        if url is not UNSET:
            field_dict["url"] = url
        if tokens is not UNSET:
            field_dict["tokens"] = tokens
        if is_trained is not UNSET:
            field_dict["is_trained"] = is_trained
        if access is not UNSET:
            field_dict["access"] = access
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        def _parse_last_trained_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_trained_at_type_0 = datetime.datetime.fromisoformat(data)

                return last_trained_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        last_trained_at = _parse_last_trained_at(d.pop("last_trained_at"))

        document_name = d.pop("document_name", UNSET)

        document_type = d.pop("document_type", UNSET)

        url = d.pop("url", UNSET)

        tokens = d.pop("tokens", UNSET)

        is_trained = d.pop("is_trained", UNSET)

        _access = d.pop("access", UNSET)
        access: OfflineDocumentAccess | Unset
        if isinstance(_access, Unset):
            access = UNSET
        else:
            access = OfflineDocumentAccess(_access)

        metadata = d.pop("metadata", UNSET)

        offline_document = cls(
            id=id,
            last_trained_at=last_trained_at,
            document_name=document_name,
            document_type=document_type,
            url=url,
            tokens=tokens,
            is_trained=is_trained,
            access=access,
            metadata=metadata,
        )

        offline_document.additional_properties = d
        return offline_document

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
