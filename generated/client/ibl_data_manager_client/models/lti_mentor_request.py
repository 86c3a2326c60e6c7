from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types

if TYPE_CHECKING:
    from ..models.lti_mentor_course_x_block_request import LtiMentorCourseXBlockRequest


T = TypeVar("T", bound="LtiMentorRequest")


@_attrs_define
class LtiMentorRequest:
    """
    Attributes:
        name (str): The name of the mentor
        mentor_config (LtiMentorCourseXBlockRequest):
        platform_key (str): Platform key the requesting user belongs to
    """

    name: str
    mentor_config: LtiMentorCourseXBlockRequest
    platform_key: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        mentor_config = self.mentor_config.to_dict()

        platform_key = self.platform_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "mentor_config": mentor_config,
                "platform_key": platform_key,
            }
        )

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("name", (None, str(self.name).encode(), "text/plain")))

        files.append(
            (
                "mentor_config",
                (None, json.dumps(self.mentor_config.to_dict()).encode(), "application/json"),
            )
        )

        files.append(("platform_key", (None, str(self.platform_key).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.lti_mentor_course_x_block_request import LtiMentorCourseXBlockRequest  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        mentor_config = LtiMentorCourseXBlockRequest.from_dict(d.pop("mentor_config"))

        platform_key = d.pop("platform_key")

        lti_mentor_request = cls(
            name=name,
            mentor_config=mentor_config,
            platform_key=platform_key,
        )

        lti_mentor_request.additional_properties = d
        return lti_mentor_request

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
