from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.course_recommendation import CourseRecommendation
    from ..models.v2_recommendation_response_user_context import V2RecommendationResponseUserContext


T = TypeVar("T", bound="V2RecommendationResponse")


@_attrs_define
class V2RecommendationResponse:
    """Response serializer for V2 Course Recommendations.  Returns a list of recommended
    courses with AI-generated reasoning. Includes metadata about the recommendation method
    used (RAG vs LLM).

        Attributes:
            recommendations (list[CourseRecommendation]): List of course recommendations with reasoning
            generated_at (datetime.datetime): When these recommendations were generated
            platform_key (str): Platform key for these recommendations
            user_context (V2RecommendationResponseUserContext | Unset): Summary of user context used for recommendations
            recommendation_id (str | Unset): Unique ID for this recommendation set (for tracking)
            method_used (str | Unset): Method used to generate recommendations: 'rag_only', 'llm_only', or 'rag_plus_llm'
            search_query_used (str | Unset): The actual search query used for RAG similarity search (if applicable)
            candidates_retrieved (int | Unset): Number of candidates retrieved via RAG before filtering (if applicable)
            includes_main_catalog (bool | Unset): Whether the results include items from the 'main' tenant catalog Default:
                False.
            processing_time_seconds (float | Unset): Time taken to generate recommendations (in seconds)
            success (bool | Unset): Whether the request was successful Default: True.
            count (int | Unset): Total number of recommendations available
            next_ (None | str | Unset): URL for the next page of results (if pagination is enabled)
            previous (None | str | Unset): URL for the previous page of results (if pagination is enabled)
    """

    recommendations: list[CourseRecommendation]
    generated_at: datetime.datetime
    platform_key: str
    user_context: V2RecommendationResponseUserContext | Unset = UNSET
    recommendation_id: str | Unset = UNSET
    method_used: str | Unset = UNSET
    search_query_used: str | Unset = UNSET
    candidates_retrieved: int | Unset = UNSET
    includes_main_catalog: bool | Unset = False
    processing_time_seconds: float | Unset = UNSET
    success: bool | Unset = True
    count: int | Unset = UNSET
    next_: None | str | Unset = UNSET
    previous: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        recommendations = []
        for recommendations_item_data in self.recommendations:
            recommendations_item = recommendations_item_data.to_dict()
            recommendations.append(recommendations_item)

        generated_at = self.generated_at.isoformat()

        platform_key = self.platform_key

        user_context: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user_context, Unset):
            user_context = self.user_context.to_dict()

        recommendation_id = self.recommendation_id

        method_used = self.method_used

        search_query_used = self.search_query_used

        candidates_retrieved = self.candidates_retrieved

        includes_main_catalog = self.includes_main_catalog

        processing_time_seconds = self.processing_time_seconds

        success = self.success

        count = self.count

        next_: None | str | Unset = self.next_

        previous: None | str | Unset = self.previous

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "recommendations": recommendations,
                "generated_at": generated_at,
                "platform_key": platform_key,
            }
        )
        if user_context is not UNSET:
            field_dict["user_context"] = user_context
        if recommendation_id is not UNSET:
            field_dict["recommendation_id"] = recommendation_id
        if method_used is not UNSET:
            field_dict["method_used"] = method_used
        if search_query_used is not UNSET:
            field_dict["search_query_used"] = search_query_used
        if candidates_retrieved is not UNSET:
            field_dict["candidates_retrieved"] = candidates_retrieved
        if includes_main_catalog is not UNSET:
            field_dict["includes_main_catalog"] = includes_main_catalog
        if processing_time_seconds is not UNSET:
            field_dict["processing_time_seconds"] = processing_time_seconds
        if success is not UNSET:
            field_dict["success"] = success
        if count is not UNSET:
            field_dict["count"] = count
        if next_ is not UNSET:
            field_dict["next"] = next_
        if previous is not UNSET:
            field_dict["previous"] = previous

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.course_recommendation import CourseRecommendation  # noqa: PLC0415
        from ..models.v2_recommendation_response_user_context import (
            V2RecommendationResponseUserContext,  # noqa: PLC0415
        )

        d = dict(src_dict)
        recommendations = []
        _recommendations = d.pop("recommendations")
        for recommendations_item_data in _recommendations:
            recommendations_item = CourseRecommendation.from_dict(recommendations_item_data)

            recommendations.append(recommendations_item)

        generated_at = datetime.datetime.fromisoformat(d.pop("generated_at"))

        platform_key = d.pop("platform_key")

        _user_context = d.pop("user_context", UNSET)
        user_context: V2RecommendationResponseUserContext | Unset
        if isinstance(_user_context, Unset):
            user_context = UNSET
        else:
            user_context = V2RecommendationResponseUserContext.from_dict(_user_context)

        recommendation_id = d.pop("recommendation_id", UNSET)

        method_used = d.pop("method_used", UNSET)

        search_query_used = d.pop("search_query_used", UNSET)

        candidates_retrieved = d.pop("candidates_retrieved", UNSET)

        includes_main_catalog = d.pop("includes_main_catalog", UNSET)

        processing_time_seconds = d.pop("processing_time_seconds", UNSET)

        success = d.pop("success", UNSET)

        count = d.pop("count", UNSET)

        next_ = d.pop("next", UNSET)

        previous = d.pop("previous", UNSET)

        v2_recommendation_response = cls(
            recommendations=recommendations,
            generated_at=generated_at,
            platform_key=platform_key,
            user_context=user_context,
            recommendation_id=recommendation_id,
            method_used=method_used,
            search_query_used=search_query_used,
            candidates_retrieved=candidates_retrieved,
            includes_main_catalog=includes_main_catalog,
            processing_time_seconds=processing_time_seconds,
            success=success,
            count=count,
            next_=next_,
            previous=previous,
        )

        v2_recommendation_response.additional_properties = d
        return v2_recommendation_response

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
