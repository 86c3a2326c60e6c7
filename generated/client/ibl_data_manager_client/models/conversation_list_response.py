from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.conversation_list_item import ConversationListItem
    from ..models.conversation_list_response_pagination import ConversationListResponsePagination
    from ..models.conversation_list_response_summary import ConversationListResponseSummary


T = TypeVar("T", bound="ConversationListResponse")


@_attrs_define
class ConversationListResponse:
    """
    Attributes:
        summary (ConversationListResponseSummary):
        results (list[ConversationListItem]):
        pagination (ConversationListResponsePagination):
    """

    summary: ConversationListResponseSummary
    results: list[ConversationListItem]
    pagination: ConversationListResponsePagination
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        summary = self.summary.to_dict()

        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        pagination = self.pagination.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "summary": summary,
                "results": results,
                "pagination": pagination,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.conversation_list_item import ConversationListItem  # noqa: PLC0415
        from ..models.conversation_list_response_pagination import (
            ConversationListResponsePagination,  # noqa: PLC0415
        )
        from ..models.conversation_list_response_summary import ConversationListResponseSummary  # noqa: PLC0415

        d = dict(src_dict)
        summary = ConversationListResponseSummary.from_dict(d.pop("summary"))

        results = []
        _results = d.pop("results")
        for results_item_data in _results:
            results_item = ConversationListItem.from_dict(results_item_data)

            results.append(results_item)

        pagination = ConversationListResponsePagination.from_dict(d.pop("pagination"))

        conversation_list_response = cls(
            summary=summary,
            results=results,
            pagination=pagination,
        )

        conversation_list_response.additional_properties = d
        return conversation_list_response

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
