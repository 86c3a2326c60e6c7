from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pathway_completion import PathwayCompletion
    from ..models.pathway_enrollment import PathwayEnrollment


T = TypeVar("T", bound="PathwayDetail")


@_attrs_define
class PathwayDetail:
    """
    Attributes:
        pathway_id (str):
        enrollment (PathwayEnrollment):
        name (None | str | Unset):
        platform (None | str | Unset):
        completion (None | PathwayCompletion | Unset):
    """

    pathway_id: str
    enrollment: PathwayEnrollment
    name: None | str | Unset = UNSET
    platform: None | str | Unset = UNSET
    completion: None | PathwayCompletion | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.pathway_completion import PathwayCompletion  # noqa: PLC0415

        pathway_id = self.pathway_id

        enrollment = self.enrollment.to_dict()

        name: None | str | Unset = self.name

        platform: None | str | Unset = self.platform

        completion: dict[str, Any] | None | Unset
        if isinstance(self.completion, Unset):
            completion = UNSET
        elif isinstance(self.completion, PathwayCompletion):
            completion = self.completion.to_dict()
        else:
            completion = self.completion

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pathway_id": pathway_id,
                "enrollment": enrollment,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if platform is not UNSET:
            field_dict["platform"] = platform
        if completion is not UNSET:
            field_dict["completion"] = completion

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pathway_completion import PathwayCompletion  # noqa: PLC0415
        from ..models.pathway_enrollment import PathwayEnrollment  # noqa: PLC0415

        d = dict(src_dict)
        pathway_id = d.pop("pathway_id")

        enrollment = PathwayEnrollment.from_dict(d.pop("enrollment"))

        name = d.pop("name", UNSET)

        platform = d.pop("platform", UNSET)

        def _parse_completion(data: object) -> None | PathwayCompletion | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                completion_type_0 = PathwayCompletion.from_dict(data)

                return completion_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PathwayCompletion | Unset, data)

        completion = _parse_completion(d.pop("completion", UNSET))

        pathway_detail = cls(
            pathway_id=pathway_id,
            enrollment=enrollment,
            name=name,
            platform=platform,
            completion=completion,
        )

        pathway_detail.additional_properties = d
        return pathway_detail

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
