from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.detailed_grade_subsection import DetailedGradeSubsection


T = TypeVar("T", bound="DetailedGradeViewData")


@_attrs_define
class DetailedGradeViewData:
    """
    Attributes:
        display_name (str): Chapter name
        id (str): Chapter Id
        children (list[DetailedGradeSubsection] | Unset):
    """

    display_name: str
    id: str
    children: list[DetailedGradeSubsection] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        display_name = self.display_name

        id = self.id

        children: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.children, Unset):
            children = []
            for children_item_data in self.children:
                children_item = children_item_data.to_dict()
                children.append(children_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "display_name": display_name,
                "id": id,
            }
        )
        if children is not UNSET:
            field_dict["children"] = children

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.detailed_grade_subsection import DetailedGradeSubsection  # noqa: PLC0415

        d = dict(src_dict)
        display_name = d.pop("display_name")

        id = d.pop("id")

        _children = d.pop("children", UNSET)
        children: list[DetailedGradeSubsection] | Unset = UNSET
        if _children is not UNSET:
            children = []
            for children_item_data in _children:
                children_item = DetailedGradeSubsection.from_dict(children_item_data)

                children.append(children_item)

        detailed_grade_view_data = cls(
            display_name=display_name,
            id=id,
            children=children,
        )

        detailed_grade_view_data.additional_properties = d
        return detailed_grade_view_data

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
