from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.videos_watched_sub_section import VideosWatchedSubSection


T = TypeVar("T", bound="VideosInCourseSummaryData")


@_attrs_define
class VideosInCourseSummaryData:
    """
    Attributes:
        display_name (str): Chapter name
        id (str): Chapter Id
        subsections (list[VideosWatchedSubSection] | Unset):
    """

    display_name: str
    id: str
    subsections: list[VideosWatchedSubSection] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        display_name = self.display_name

        id = self.id

        subsections: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.subsections, Unset):
            subsections = []
            for subsections_item_data in self.subsections:
                subsections_item = subsections_item_data.to_dict()
                subsections.append(subsections_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "display_name": display_name,
                "id": id,
            }
        )
        if subsections is not UNSET:
            field_dict["subsections"] = subsections

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.videos_watched_sub_section import VideosWatchedSubSection  # noqa: PLC0415

        d = dict(src_dict)
        display_name = d.pop("display_name")

        id = d.pop("id")

        _subsections = d.pop("subsections", UNSET)
        subsections: list[VideosWatchedSubSection] | Unset = UNSET
        if _subsections is not UNSET:
            subsections = []
            for subsections_item_data in _subsections:
                subsections_item = VideosWatchedSubSection.from_dict(subsections_item_data)

                subsections.append(subsections_item)

        videos_in_course_summary_data = cls(
            display_name=display_name,
            id=id,
            subsections=subsections,
        )

        videos_in_course_summary_data.additional_properties = d
        return videos_in_course_summary_data

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
