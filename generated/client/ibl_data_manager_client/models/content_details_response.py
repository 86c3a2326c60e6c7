from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.content_details_content_info import ContentDetailsContentInfo
    from ..models.content_details_learner import ContentDetailsLearner
    from ..models.content_details_pagination import ContentDetailsPagination
    from ..models.content_details_summary import ContentDetailsSummary


T = TypeVar("T", bound="ContentDetailsResponse")


@_attrs_define
class ContentDetailsResponse:
    """Serializer for the content details API response.

    Attributes:
        content_info (ContentDetailsContentInfo): Serializer for the content information block.
        summary (ContentDetailsSummary): Serializer for summary data in the content details endpoint.
        pagination (ContentDetailsPagination): Serializer for pagination information in content details response.
        learners (list[ContentDetailsLearner]):
    """

    content_info: ContentDetailsContentInfo
    summary: ContentDetailsSummary
    pagination: ContentDetailsPagination
    learners: list[ContentDetailsLearner]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content_info = self.content_info.to_dict()

        summary = self.summary.to_dict()

        pagination = self.pagination.to_dict()

        learners = []
        for learners_item_data in self.learners:
            learners_item = learners_item_data.to_dict()
            learners.append(learners_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content_info": content_info,
                "summary": summary,
                "pagination": pagination,
                "learners": learners,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.content_details_content_info import ContentDetailsContentInfo  # noqa: PLC0415
        from ..models.content_details_learner import ContentDetailsLearner  # noqa: PLC0415
        from ..models.content_details_pagination import ContentDetailsPagination  # noqa: PLC0415
        from ..models.content_details_summary import ContentDetailsSummary  # noqa: PLC0415

        d = dict(src_dict)
        content_info = ContentDetailsContentInfo.from_dict(d.pop("content_info"))

        summary = ContentDetailsSummary.from_dict(d.pop("summary"))

        pagination = ContentDetailsPagination.from_dict(d.pop("pagination"))

        learners = []
        _learners = d.pop("learners")
        for learners_item_data in _learners:
            learners_item = ContentDetailsLearner.from_dict(learners_item_data)

            learners.append(learners_item)

        content_details_response = cls(
            content_info=content_info,
            summary=summary,
            pagination=pagination,
            learners=learners,
        )

        content_details_response.additional_properties = d
        return content_details_response

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
