from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.report_status import ReportStatus


T = TypeVar("T", bound="ReportData")


@_attrs_define
class ReportData:
    """
    Attributes:
        display_name (str | Unset): Report Name
        description (str | Unset): Report Description
        report_name (str | Unset): Report slug
        icon (str | Unset):
        extra_query_params (list[Any] | Unset): Extra parameters to be passed to the report create view, e.g learner_id
        result_columns (list[Any] | Unset): Columns to be available in the report
        status (ReportStatus | Unset):
    """

    display_name: str | Unset = UNSET
    description: str | Unset = UNSET
    report_name: str | Unset = UNSET
    icon: str | Unset = UNSET
    extra_query_params: list[Any] | Unset = UNSET
    result_columns: list[Any] | Unset = UNSET
    status: ReportStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        display_name = self.display_name

        description = self.description

        report_name = self.report_name

        icon = self.icon

        extra_query_params: list[Any] | Unset = UNSET
        if not isinstance(self.extra_query_params, Unset):
            extra_query_params = self.extra_query_params

        result_columns: list[Any] | Unset = UNSET
        if not isinstance(self.result_columns, Unset):
            result_columns = self.result_columns

        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if description is not UNSET:
            field_dict["description"] = description
        if report_name is not UNSET:
            field_dict["report_name"] = report_name
        if icon is not UNSET:
            field_dict["icon"] = icon
        if extra_query_params is not UNSET:
            field_dict["extra_query_params"] = extra_query_params
        if result_columns is not UNSET:
            field_dict["result_columns"] = result_columns
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.report_status import ReportStatus  # noqa: PLC0415

        d = dict(src_dict)
        display_name = d.pop("display_name", UNSET)

        description = d.pop("description", UNSET)

        report_name = d.pop("report_name", UNSET)

        icon = d.pop("icon", UNSET)

        extra_query_params = cast(list[Any], d.pop("extra_query_params", UNSET))

        result_columns = cast(list[Any], d.pop("result_columns", UNSET))

        _status = d.pop("status", UNSET)
        status: ReportStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ReportStatus.from_dict(_status)

        report_data = cls(
            display_name=display_name,
            description=description,
            report_name=report_name,
            icon=icon,
            extra_query_params=extra_query_params,
            result_columns=result_columns,
            status=status,
        )

        report_data.additional_properties = d
        return report_data

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
