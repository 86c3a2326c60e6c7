from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.pathway_suggestion_detail_metadata import PathwaySuggestionDetailMetadata


T = TypeVar("T", bound="PathwaySuggestionDetail")


@_attrs_define
class PathwaySuggestionDetail:
    """Response serializer for pathway suggestion details

    Attributes:
        id (int): The unique identifier for the suggestion
        user_id (int): The ID of the user receiving the suggestion
        username (str): The username of the user receiving the suggestion
        name (str): The full name of the user receiving the suggestion
        platform_key (str): The platform key associated with the suggestion
        accepted (bool): Whether the suggestion has been accepted by the user
        visible (bool): Whether the suggestion is visible to the user
        created (datetime.datetime): When the suggestion was created
        modified (datetime.datetime): When the suggestion was last modified
        metadata (PathwaySuggestionDetailMetadata): Additional metadata for the suggestion
        pathway_id (str): The pathway ID being suggested
        pathway_uuid (str): The UUID of the pathway being suggested
        pathway_name (str): The name of the pathway being suggested
        pathway_platform_key (str): The platform key associated with the pathway
    """

    id: int
    user_id: int
    username: str
    name: str
    platform_key: str
    accepted: bool
    visible: bool
    created: datetime.datetime
    modified: datetime.datetime
    metadata: PathwaySuggestionDetailMetadata
    pathway_id: str
    pathway_uuid: str
    pathway_name: str
    pathway_platform_key: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        user_id = self.user_id

        username = self.username

        name = self.name

        platform_key = self.platform_key

        accepted = self.accepted

        visible = self.visible

        created = self.created.isoformat()

        modified = self.modified.isoformat()

        metadata = self.metadata.to_dict()

        pathway_id = self.pathway_id

        pathway_uuid = self.pathway_uuid

        pathway_name = self.pathway_name

        pathway_platform_key = self.pathway_platform_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "user_id": user_id,
                "username": username,
                "name": name,
                "platform_key": platform_key,
                "accepted": accepted,
                "visible": visible,
                "created": created,
                "modified": modified,
                "metadata": metadata,
                "pathway_id": pathway_id,
                "pathway_uuid": pathway_uuid,
                "pathway_name": pathway_name,
                "pathway_platform_key": pathway_platform_key,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pathway_suggestion_detail_metadata import PathwaySuggestionDetailMetadata  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        user_id = d.pop("user_id")

        username = d.pop("username")

        name = d.pop("name")

        platform_key = d.pop("platform_key")

        accepted = d.pop("accepted")

        visible = d.pop("visible")

        created = datetime.datetime.fromisoformat(d.pop("created"))

        modified = datetime.datetime.fromisoformat(d.pop("modified"))

        metadata = PathwaySuggestionDetailMetadata.from_dict(d.pop("metadata"))

        pathway_id = d.pop("pathway_id")

        pathway_uuid = d.pop("pathway_uuid")

        pathway_name = d.pop("pathway_name")

        pathway_platform_key = d.pop("pathway_platform_key")

        pathway_suggestion_detail = cls(
            id=id,
            user_id=user_id,
            username=username,
            name=name,
            platform_key=platform_key,
            accepted=accepted,
            visible=visible,
            created=created,
            modified=modified,
            metadata=metadata,
            pathway_id=pathway_id,
            pathway_uuid=pathway_uuid,
            pathway_name=pathway_name,
            pathway_platform_key=pathway_platform_key,
        )

        pathway_suggestion_detail.additional_properties = d
        return pathway_suggestion_detail

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
