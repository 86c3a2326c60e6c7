from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.data_set_status_enum import DataSetStatusEnum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.data_set_platform import DataSetPlatform


T = TypeVar("T", bound="DataSet")


@_attrs_define
class DataSet:
    """
    Attributes:
        id (UUID):
        platform (DataSetPlatform | None):
        name (str):
        date_created (datetime.datetime):
        last_modified (datetime.datetime):
        prompt (str | Unset): (if any) Special instructions for generating the dataset. This could be requirements on
            tone, language, style, etc.
        source_url (str | Unset):
        source_file (str | Unset):
        status (DataSetStatusEnum | Unset): * `pending` - Pending * `processing` - Processing * `completed` - Completed
            * `failed` - Failed
        num_data_points (int | Unset):
        train_split (float | Unset):
        train_file (str | Unset):
        test_file (str | Unset):
        retry_attempts (int | Unset):
        error_log (str | Unset):
    """

    id: UUID
    platform: DataSetPlatform | None
    name: str
    date_created: datetime.datetime
    last_modified: datetime.datetime
    prompt: str | Unset = UNSET
    source_url: str | Unset = UNSET
    source_file: str | Unset = UNSET
    status: DataSetStatusEnum | Unset = UNSET
    num_data_points: int | Unset = UNSET
    train_split: float | Unset = UNSET
    train_file: str | Unset = UNSET
    test_file: str | Unset = UNSET
    retry_attempts: int | Unset = UNSET
    error_log: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.data_set_platform import DataSetPlatform  # noqa: PLC0415

        id = str(self.id)

        platform: dict[str, Any] | None
        if isinstance(self.platform, DataSetPlatform):
            platform = self.platform.to_dict()
        else:
            platform = self.platform

        name = self.name

        date_created = self.date_created.isoformat()

        last_modified = self.last_modified.isoformat()

        prompt = self.prompt

        source_url = self.source_url

        source_file = self.source_file

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        num_data_points = self.num_data_points

        train_split = self.train_split

        train_file = self.train_file

        test_file = self.test_file

        retry_attempts = self.retry_attempts

        error_log = self.error_log

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "platform": platform,
                "name": name,
                "date_created": date_created,
                "last_modified": last_modified,
            }
        )
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if source_url is not UNSET:
            field_dict["source_url"] = source_url
        if source_file is not UNSET:
            field_dict["source_file"] = source_file
        if status is not UNSET:
            field_dict["status"] = status
        if num_data_points is not UNSET:
            field_dict["num_data_points"] = num_data_points
        if train_split is not UNSET:
            field_dict["train_split"] = train_split
        if train_file is not UNSET:
            field_dict["train_file"] = train_file
        if test_file is not UNSET:
            field_dict["test_file"] = test_file
        if retry_attempts is not UNSET:
            field_dict["retry_attempts"] = retry_attempts
        if error_log is not UNSET:
            field_dict["error_log"] = error_log

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.data_set_platform import DataSetPlatform  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        def _parse_platform(data: object) -> DataSetPlatform | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                platform_type_0 = DataSetPlatform.from_dict(data)

                return platform_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DataSetPlatform | None, data)

        platform = _parse_platform(d.pop("platform"))

        name = d.pop("name")

        date_created = datetime.datetime.fromisoformat(d.pop("date_created"))

        last_modified = datetime.datetime.fromisoformat(d.pop("last_modified"))

        prompt = d.pop("prompt", UNSET)

        source_url = d.pop("source_url", UNSET)

        source_file = d.pop("source_file", UNSET)

        _status = d.pop("status", UNSET)
        status: DataSetStatusEnum | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = DataSetStatusEnum(_status)

        num_data_points = d.pop("num_data_points", UNSET)

        train_split = d.pop("train_split", UNSET)

        train_file = d.pop("train_file", UNSET)

        test_file = d.pop("test_file", UNSET)

        retry_attempts = d.pop("retry_attempts", UNSET)

        error_log = d.pop("error_log", UNSET)

        data_set = cls(
            id=id,
            platform=platform,
            name=name,
            date_created=date_created,
            last_modified=last_modified,
            prompt=prompt,
            source_url=source_url,
            source_file=source_file,
            status=status,
            num_data_points=num_data_points,
            train_split=train_split,
            train_file=train_file,
            test_file=test_file,
            retry_attempts=retry_attempts,
            error_log=error_log,
        )

        data_set.additional_properties = d
        return data_set

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
