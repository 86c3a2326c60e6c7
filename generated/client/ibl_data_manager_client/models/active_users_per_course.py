from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.active_users_per_course_data import ActiveUsersPerCourseData
    from ..models.overtime_meta import OvertimeMeta


T = TypeVar("T", bound="ActiveUsersPerCourse")


@_attrs_define
class ActiveUsersPerCourse:
    """
    Attributes:
        data (list[ActiveUsersPerCourseData]):
        total (int): Total unique active users in this period
        meta (OvertimeMeta):
    """

    data: list[ActiveUsersPerCourseData]
    total: int
    meta: OvertimeMeta
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        total = self.total

        meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "total": total,
                "meta": meta,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.active_users_per_course_data import ActiveUsersPerCourseData  # noqa: PLC0415
        from ..models.overtime_meta import OvertimeMeta  # noqa: PLC0415

        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = ActiveUsersPerCourseData.from_dict(data_item_data)

            data.append(data_item)

        total = d.pop("total")

        meta = OvertimeMeta.from_dict(d.pop("meta"))

        active_users_per_course = cls(
            data=data,
            total=total,
            meta=meta,
        )

        active_users_per_course.additional_properties = d
        return active_users_per_course

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
