from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.institution import Institution
    from ..models.user_info import UserInfo


T = TypeVar("T", bound="Education")


@_attrs_define
class Education:
    """
    Attributes:
        id (int):
        user (int): edX user ID
        user_info (UserInfo): Serializer for user information.
        institution (Institution):
        institution_id (int):
        start_date (datetime.date):
        updated_at (datetime.datetime):
        degree (None | str | Unset):
        field_of_study (None | str | Unset):
        end_date (datetime.date | None | Unset):
        grade (None | str | Unset):
        activities (None | str | Unset):
        description (None | str | Unset):
        data (Any | Unset): Metadata
        metadata (Any | Unset): Metadata
        created_at (datetime.datetime | Unset):
        is_current (bool | None | Unset):
    """

    id: int
    user: int
    user_info: UserInfo
    institution: Institution
    institution_id: int
    start_date: datetime.date
    updated_at: datetime.datetime
    degree: None | str | Unset = UNSET
    field_of_study: None | str | Unset = UNSET
    end_date: datetime.date | None | Unset = UNSET
    grade: None | str | Unset = UNSET
    activities: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    data: Any | Unset = UNSET
    metadata: Any | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    is_current: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        user = self.user

        user_info = self.user_info.to_dict()

        institution = self.institution.to_dict()

        institution_id = self.institution_id

        start_date = self.start_date.isoformat()

        updated_at = self.updated_at.isoformat()

        degree: None | str | Unset = self.degree

        field_of_study: None | str | Unset = self.field_of_study

        end_date: None | str | Unset
        if isinstance(self.end_date, Unset):
            end_date = UNSET
        elif isinstance(self.end_date, datetime.date):
            end_date = self.end_date.isoformat()
        else:
            end_date = self.end_date

        grade: None | str | Unset = self.grade

        activities: None | str | Unset = self.activities

        description: None | str | Unset = self.description

        data = self.data

        metadata = self.metadata

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        is_current: bool | None | Unset = self.is_current

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "user": user,
                "user_info": user_info,
                "institution": institution,
                "institution_id": institution_id,
                "start_date": start_date,
                "updated_at": updated_at,
            }
        )
        if degree is not UNSET:
            field_dict["degree"] = degree
        if field_of_study is not UNSET:
            field_dict["field_of_study"] = field_of_study
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if grade is not UNSET:
            field_dict["grade"] = grade
        if activities is not UNSET:
            field_dict["activities"] = activities
        if description is not UNSET:
            field_dict["description"] = description
        if data is not UNSET:
            field_dict["data"] = data
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if is_current is not UNSET:
            field_dict["is_current"] = is_current

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.institution import Institution  # noqa: PLC0415
        from ..models.user_info import UserInfo  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        user = d.pop("user")

        user_info = UserInfo.from_dict(d.pop("user_info"))

        institution = Institution.from_dict(d.pop("institution"))

        institution_id = d.pop("institution_id")

        start_date = datetime.date.fromisoformat(d.pop("start_date"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        degree = d.pop("degree", UNSET)

        field_of_study = d.pop("field_of_study", UNSET)

        def _parse_end_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_date_type_0 = datetime.date.fromisoformat(data)

                return end_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        end_date = _parse_end_date(d.pop("end_date", UNSET))

        grade = d.pop("grade", UNSET)

        activities = d.pop("activities", UNSET)

        description = d.pop("description", UNSET)

        data = d.pop("data", UNSET)

        metadata = d.pop("metadata", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        is_current = d.pop("is_current", UNSET)

        education = cls(
            id=id,
            user=user,
            user_info=user_info,
            institution=institution,
            institution_id=institution_id,
            start_date=start_date,
            updated_at=updated_at,
            degree=degree,
            field_of_study=field_of_study,
            end_date=end_date,
            grade=grade,
            activities=activities,
            description=description,
            data=data,
            metadata=metadata,
            created_at=created_at,
            is_current=is_current,
        )

        education.additional_properties = d
        return education

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
