from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types

T = TypeVar("T", bound="AiIndexOrgsUsersDocumentsTrainRetrieverCreateBody3")


@_attrs_define
class AiIndexOrgsUsersDocumentsTrainRetrieverCreateBody3:
    """
    Attributes:
        pathway (str): Pathway for document to be trained in
        url (str): Url of the document to be trained
    """

    pathway: str
    url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pathway = self.pathway

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pathway": pathway,
                "url": url,
            }
        )

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("pathway", (None, str(self.pathway).encode(), "text/plain")))

        files.append(("url", (None, str(self.url).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        pathway = d.pop("pathway")

        url = d.pop("url")

        ai_index_orgs_users_documents_train_retriever_create_body_3 = cls(
            pathway=pathway,
            url=url,
        )

        ai_index_orgs_users_documents_train_retriever_create_body_3.additional_properties = d
        return ai_index_orgs_users_documents_train_retriever_create_body_3

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
