from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AiMentorOrgsUsersCourseCreationCourseDraftContentForUnitCreateBody")


@_attrs_define
class AiMentorOrgsUsersCourseCreationCourseDraftContentForUnitCreateBody:
    """
    Attributes:
        xblock_id (str): The unit's xblock ID on EdX
    """

    xblock_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        xblock_id = self.xblock_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "xblock_id": xblock_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        xblock_id = d.pop("xblock_id")

        ai_mentor_orgs_users_course_creation_course_draft_content_for_unit_create_body = cls(
            xblock_id=xblock_id,
        )

        ai_mentor_orgs_users_course_creation_course_draft_content_for_unit_create_body.additional_properties = d
        return ai_mentor_orgs_users_course_creation_course_draft_content_for_unit_create_body

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
