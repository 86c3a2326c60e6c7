from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.learner_list_item import LearnerListItem
    from ..models.learner_list_pagination import LearnerListPagination
    from ..models.platform_info import PlatformInfo


T = TypeVar("T", bound="LearnerListResponse")


@_attrs_define
class LearnerListResponse:
    """Serializer for learner list API response.

    Attributes:
        platform (PlatformInfo): Serializer for platform information.
        learners (list[LearnerListItem]): List of learners
        pagination (LearnerListPagination): Serializer for learner list pagination.
        generated_at (datetime.datetime): Response generation timestamp
    """

    platform: PlatformInfo
    learners: list[LearnerListItem]
    pagination: LearnerListPagination
    generated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        platform = self.platform.to_dict()

        learners = []
        for learners_item_data in self.learners:
            learners_item = learners_item_data.to_dict()
            learners.append(learners_item)

        pagination = self.pagination.to_dict()

        generated_at = self.generated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "platform": platform,
                "learners": learners,
                "pagination": pagination,
                "generated_at": generated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.learner_list_item import LearnerListItem  # noqa: PLC0415
        from ..models.learner_list_pagination import LearnerListPagination  # noqa: PLC0415
        from ..models.platform_info import PlatformInfo  # noqa: PLC0415

        d = dict(src_dict)
        platform = PlatformInfo.from_dict(d.pop("platform"))

        learners = []
        _learners = d.pop("learners")
        for learners_item_data in _learners:
            learners_item = LearnerListItem.from_dict(learners_item_data)

            learners.append(learners_item)

        pagination = LearnerListPagination.from_dict(d.pop("pagination"))

        generated_at = datetime.datetime.fromisoformat(d.pop("generated_at"))

        learner_list_response = cls(
            platform=platform,
            learners=learners,
            pagination=pagination,
            generated_at=generated_at,
        )

        learner_list_response.additional_properties = d
        return learner_list_response

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
