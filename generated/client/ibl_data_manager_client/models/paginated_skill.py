from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.skill import Skill


T = TypeVar("T", bound="PaginatedSkill")


@_attrs_define
class PaginatedSkill:
    """
    Attributes:
        next_page (str):
        previous_page (str):
        results (list[Skill]):
        count (int):
    """

    next_page: str
    previous_page: str
    results: list[Skill]
    count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        next_page = self.next_page

        previous_page = self.previous_page

        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        count = self.count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "next_page": next_page,
                "previous_page": previous_page,
                "results": results,
                "count": count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.skill import Skill  # noqa: PLC0415

        d = dict(src_dict)
        next_page = d.pop("next_page")

        previous_page = d.pop("previous_page")

        results = []
        _results = d.pop("results")
        for results_item_data in _results:
            results_item = Skill.from_dict(results_item_data)

            results.append(results_item)

        count = d.pop("count")

        paginated_skill = cls(
            next_page=next_page,
            previous_page=previous_page,
            results=results,
            count=count,
        )

        paginated_skill.additional_properties = d
        return paginated_skill

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
