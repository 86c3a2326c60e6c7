from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReportRequest")


@_attrs_define
class ReportRequest:
    """
    Attributes:
        report_name (str | Unset): Report slug, this is passed when calling the create report endpoint
        start_date (datetime.date | Unset): Start date for the report
        end_date (datetime.date | Unset): End date for the report
        mentor (str | Unset): Mentor ID for the report (Only for mentor reports)
        course_id (str | Unset): Course ID for the report (Only for course reports)
        usergroup_ids (list[int] | None | Unset): Optional list of usergroup IDs to filter results
        source (str | Unset): Domain/host the report is being requested from (e.g. analytics.example.com)
        query (str | Unset):  Advanced Query to run the report, supports SQL Like queries. This runs against the final
            result after all filters are applied.  e.g For date type filtering  date_joined > '2021-01-01'   See
            https://pandas.pydata.org/docs/reference/api/pandas.DataFrame.query.html#pandas.DataFrame.query
    """

    report_name: str | Unset = UNSET
    start_date: datetime.date | Unset = UNSET
    end_date: datetime.date | Unset = UNSET
    mentor: str | Unset = UNSET
    course_id: str | Unset = UNSET
    usergroup_ids: list[int] | None | Unset = UNSET
    source: str | Unset = UNSET
    query: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        report_name = self.report_name

        start_date: str | Unset = UNSET
        if not isinstance(self.start_date, Unset):
            start_date = self.start_date.isoformat()

        end_date: str | Unset = UNSET
        if not isinstance(self.end_date, Unset):
            end_date = self.end_date.isoformat()

        mentor = self.mentor

        course_id = self.course_id

        usergroup_ids: list[int] | None | Unset
        if isinstance(self.usergroup_ids, Unset):
            usergroup_ids = UNSET
        elif isinstance(self.usergroup_ids, list):
            usergroup_ids = self.usergroup_ids

        else:
            usergroup_ids = self.usergroup_ids

        source = self.source

        query = self.query

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if report_name is not UNSET:
            field_dict["report_name"] = report_name
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if mentor is not UNSET:
            field_dict["mentor"] = mentor
        if course_id is not UNSET:
            field_dict["course_id"] = course_id
        if usergroup_ids is not UNSET:
            field_dict["usergroup_ids"] = usergroup_ids
        if source is not UNSET:
            field_dict["source"] = source
        if query is not UNSET:
            field_dict["query"] = query

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.report_name, Unset):
            files.append(("report_name", (None, str(self.report_name).encode(), "text/plain")))

        if not isinstance(self.start_date, Unset):
            files.append(("start_date", (None, self.start_date.isoformat().encode(), "text/plain")))

        if not isinstance(self.end_date, Unset):
            files.append(("end_date", (None, self.end_date.isoformat().encode(), "text/plain")))

        if not isinstance(self.mentor, Unset):
            files.append(("mentor", (None, str(self.mentor).encode(), "text/plain")))

        if not isinstance(self.course_id, Unset):
            files.append(("course_id", (None, str(self.course_id).encode(), "text/plain")))

        if not isinstance(self.usergroup_ids, Unset):
            if isinstance(self.usergroup_ids, list):
                for usergroup_ids_type_0_item_element in self.usergroup_ids:
                    files.append(
                        (
                            "usergroup_ids",
                            (None, str(usergroup_ids_type_0_item_element).encode(), "text/plain"),
                        )
                    )
            else:
                files.append(
                    ("usergroup_ids", (None, str(self.usergroup_ids).encode(), "text/plain"))
                )

        if not isinstance(self.source, Unset):
            files.append(("source", (None, str(self.source).encode(), "text/plain")))

        if not isinstance(self.query, Unset):
            files.append(("query", (None, str(self.query).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        report_name = d.pop("report_name", UNSET)

        _start_date = d.pop("start_date", UNSET)
        start_date: datetime.date | Unset
        if isinstance(_start_date, Unset):
            start_date = UNSET
        else:
            start_date = datetime.date.fromisoformat(_start_date)

        _end_date = d.pop("end_date", UNSET)
        end_date: datetime.date | Unset
        if isinstance(_end_date, Unset):
            end_date = UNSET
        else:
            end_date = datetime.date.fromisoformat(_end_date)

        mentor = d.pop("mentor", UNSET)

        course_id = d.pop("course_id", UNSET)

        def _parse_usergroup_ids(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                usergroup_ids_type_0 = cast(list[int], data)

                return usergroup_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        usergroup_ids = _parse_usergroup_ids(d.pop("usergroup_ids", UNSET))

        source = d.pop("source", UNSET)

        query = d.pop("query", UNSET)

        report_request = cls(
            report_name=report_name,
            start_date=start_date,
            end_date=end_date,
            mentor=mentor,
            course_id=course_id,
            usergroup_ids=usergroup_ids,
            source=source,
            query=query,
        )

        report_request.additional_properties = d
        return report_request

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
