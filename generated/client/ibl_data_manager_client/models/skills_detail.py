from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.skill import Skill


T = TypeVar("T", bound="SkillsDetail")


@_attrs_define
class SkillsDetail:
    """
    Attributes:
        desired (list[Skill]):
        reported (list[Skill]):
    """

    desired: list[Skill]
    reported: list[Skill]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        desired = []
        for desired_item_data in self.desired:
            desired_item = desired_item_data.to_dict()
            desired.append(desired_item)

        reported = []
        for reported_item_data in self.reported:
            reported_item = reported_item_data.to_dict()
            reported.append(reported_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "desired": desired,
                "reported": reported,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.skill import Skill  # noqa: PLC0415

        d = dict(src_dict)
        desired = []
        _desired = d.pop("desired")
        for desired_item_data in _desired:
            desired_item = Skill.from_dict(desired_item_data)

            desired.append(desired_item)

        reported = []
        _reported = d.pop("reported")
        for reported_item_data in _reported:
            reported_item = Skill.from_dict(reported_item_data)

            reported.append(reported_item)

        skills_detail = cls(
            desired=desired,
            reported=reported,
        )

        skills_detail.additional_properties = d
        return skills_detail

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
