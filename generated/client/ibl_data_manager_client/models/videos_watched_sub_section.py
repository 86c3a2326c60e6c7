from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.video_block import VideoBlock


T = TypeVar("T", bound="VideosWatchedSubSection")


@_attrs_define
class VideosWatchedSubSection:
    """
    Attributes:
        display_name (str): Subsection name
        id (str): Subsection Id
        total_watch (str): Total videos watched. N/A if no record found
        videos (list[VideoBlock] | Unset): Videos
    """

    display_name: str
    id: str
    total_watch: str
    videos: list[VideoBlock] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        display_name = self.display_name

        id = self.id

        total_watch = self.total_watch

        videos: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.videos, Unset):
            videos = []
            for videos_item_data in self.videos:
                videos_item = videos_item_data.to_dict()
                videos.append(videos_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "display_name": display_name,
                "id": id,
                "total_watch": total_watch,
            }
        )
        if videos is not UNSET:
            field_dict["videos"] = videos

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.video_block import VideoBlock  # noqa: PLC0415

        d = dict(src_dict)
        display_name = d.pop("display_name")

        id = d.pop("id")

        total_watch = d.pop("total_watch")

        _videos = d.pop("videos", UNSET)
        videos: list[VideoBlock] | Unset = UNSET
        if _videos is not UNSET:
            videos = []
            for videos_item_data in _videos:
                videos_item = VideoBlock.from_dict(videos_item_data)

                videos.append(videos_item)

        videos_watched_sub_section = cls(
            display_name=display_name,
            id=id,
            total_watch=total_watch,
            videos=videos,
        )

        videos_watched_sub_section.additional_properties = d
        return videos_watched_sub_section

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
