from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.artifact_version import ArtifactVersion


T = TypeVar("T", bound="ChatHistory")


@_attrs_define
class ChatHistory:
    """
    Attributes:
        id (int):
        message (Any):
        inserted_at (datetime.datetime):
        feedback (Any):
        files (Any):
        artifact_versions (list[ArtifactVersion]):
        title (None | str | Unset):
    """

    id: int
    message: Any
    inserted_at: datetime.datetime
    feedback: Any
    files: Any
    artifact_versions: list[ArtifactVersion]
    title: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        message = self.message

        inserted_at = self.inserted_at.isoformat()

        feedback = self.feedback

        files = self.files

        artifact_versions = []
        for artifact_versions_item_data in self.artifact_versions:
            artifact_versions_item = artifact_versions_item_data.to_dict()
            artifact_versions.append(artifact_versions_item)

        title: None | str | Unset = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "message": message,
                "inserted_at": inserted_at,
                "feedback": feedback,
                "files": files,
                "artifact_versions": artifact_versions,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.artifact_version import ArtifactVersion  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        message = d.pop("message")

        inserted_at = datetime.datetime.fromisoformat(d.pop("inserted_at"))

        feedback = d.pop("feedback")

        files = d.pop("files")

        artifact_versions = []
        _artifact_versions = d.pop("artifact_versions")
        for artifact_versions_item_data in _artifact_versions:
            artifact_versions_item = ArtifactVersion.from_dict(artifact_versions_item_data)

            artifact_versions.append(artifact_versions_item)

        title = d.pop("title", UNSET)

        chat_history = cls(
            id=id,
            message=message,
            inserted_at=inserted_at,
            feedback=feedback,
            files=files,
            artifact_versions=artifact_versions,
            title=title,
        )

        chat_history.additional_properties = d
        return chat_history

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
