from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.patched_media_resource_media_type import PatchedMediaResourceMediaType
from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchedMediaResource")


@_attrs_define
class PatchedMediaResource:
    """
    Attributes:
        title (str | Unset): Title of the media resource
        description (None | str | Unset): Description of the media resource
        media_type (PatchedMediaResourceMediaType | Unset): Type of media  * `video` - Video * `image` - Image *
            `document` - Document * `audio` - Audio * `other` - Other
        course_id (None | str | Unset): ID of the associated course
        unit_id (None | str | Unset): ID of the associated unit
        item_id (None | str | Unset): ID of the associated item (resource)
        file_url (None | str | Unset): External URL for the media resource
        file (None | str | Unset): Uploaded media file
    """

    title: str | Unset = UNSET
    description: None | str | Unset = UNSET
    media_type: PatchedMediaResourceMediaType | Unset = UNSET
    course_id: None | str | Unset = UNSET
    unit_id: None | str | Unset = UNSET
    item_id: None | str | Unset = UNSET
    file_url: None | str | Unset = UNSET
    file: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        description: None | str | Unset = self.description

        media_type: str | Unset = UNSET
        if not isinstance(self.media_type, Unset):
            media_type = self.media_type.value

        course_id: None | str | Unset = self.course_id

        unit_id: None | str | Unset = self.unit_id

        item_id: None | str | Unset = self.item_id

        file_url: None | str | Unset = self.file_url

        file: None | str | Unset = self.file

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if media_type is not UNSET:
            field_dict["media_type"] = media_type
        if course_id is not UNSET:
            field_dict["course_id"] = course_id
        if unit_id is not UNSET:
            field_dict["unit_id"] = unit_id
        if item_id is not UNSET:
            field_dict["item_id"] = item_id
        if file_url is not UNSET:
            field_dict["file_url"] = file_url
        if file is not UNSET:
            field_dict["file"] = file

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.title, Unset):
            files.append(("title", (None, str(self.title).encode(), "text/plain")))

        if not isinstance(self.description, Unset):
            if isinstance(self.description, str):
                files.append(("description", (None, str(self.description).encode(), "text/plain")))
            else:
                files.append(("description", (None, str(self.description).encode(), "text/plain")))

        if not isinstance(self.media_type, Unset):
            files.append(("media_type", (None, str(self.media_type.value).encode(), "text/plain")))

        if not isinstance(self.course_id, Unset):
            if isinstance(self.course_id, str):
                files.append(("course_id", (None, str(self.course_id).encode(), "text/plain")))
            else:
                files.append(("course_id", (None, str(self.course_id).encode(), "text/plain")))

        if not isinstance(self.unit_id, Unset):
            if isinstance(self.unit_id, str):
                files.append(("unit_id", (None, str(self.unit_id).encode(), "text/plain")))
            else:
                files.append(("unit_id", (None, str(self.unit_id).encode(), "text/plain")))

        if not isinstance(self.item_id, Unset):
            if isinstance(self.item_id, str):
                files.append(("item_id", (None, str(self.item_id).encode(), "text/plain")))
            else:
                files.append(("item_id", (None, str(self.item_id).encode(), "text/plain")))

        if not isinstance(self.file_url, Unset):
            if isinstance(self.file_url, str):
                files.append(("file_url", (None, str(self.file_url).encode(), "text/plain")))
            else:
                files.append(("file_url", (None, str(self.file_url).encode(), "text/plain")))

        if not isinstance(self.file, Unset):
            if isinstance(self.file, str):
                files.append(("file", (None, str(self.file).encode(), "text/plain")))
            else:
                files.append(("file", (None, str(self.file).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title", UNSET)

        description = d.pop("description", UNSET)

        _media_type = d.pop("media_type", UNSET)
        media_type: PatchedMediaResourceMediaType | Unset
        if isinstance(_media_type, Unset):
            media_type = UNSET
        else:
            media_type = PatchedMediaResourceMediaType(_media_type)

        course_id = d.pop("course_id", UNSET)

        unit_id = d.pop("unit_id", UNSET)

        item_id = d.pop("item_id", UNSET)

        file_url = d.pop("file_url", UNSET)

        file = d.pop("file", UNSET)

        patched_media_resource = cls(
            title=title,
            description=description,
            media_type=media_type,
            course_id=course_id,
            unit_id=unit_id,
            item_id=item_id,
            file_url=file_url,
            file=file,
        )

        patched_media_resource.additional_properties = d
        return patched_media_resource

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
