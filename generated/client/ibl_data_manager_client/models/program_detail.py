from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.enrollment_info import EnrollmentInfo
    from ..models.program_completion import ProgramCompletion


T = TypeVar("T", bound="ProgramDetail")


@_attrs_define
class ProgramDetail:
    """
    Attributes:
        program_id (str):
        enrollment (EnrollmentInfo):
        name (None | str | Unset):
        platform (None | str | Unset):
        completion (None | ProgramCompletion | Unset):
    """

    program_id: str
    enrollment: EnrollmentInfo
    name: None | str | Unset = UNSET
    platform: None | str | Unset = UNSET
    completion: None | ProgramCompletion | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.program_completion import ProgramCompletion  # noqa: PLC0415

        program_id = self.program_id

        enrollment = self.enrollment.to_dict()

        name: None | str | Unset = self.name

        platform: None | str | Unset = self.platform

        completion: dict[str, Any] | None | Unset
        if isinstance(self.completion, Unset):
            completion = UNSET
        elif isinstance(self.completion, ProgramCompletion):
            completion = self.completion.to_dict()
        else:
            completion = self.completion

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "program_id": program_id,
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
        from ..models.enrollment_info import EnrollmentInfo  # noqa: PLC0415
        from ..models.program_completion import ProgramCompletion  # noqa: PLC0415

        d = dict(src_dict)
        program_id = d.pop("program_id")

        enrollment = EnrollmentInfo.from_dict(d.pop("enrollment"))

        name = d.pop("name", UNSET)

        platform = d.pop("platform", UNSET)

        def _parse_completion(data: object) -> None | ProgramCompletion | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                completion_type_0 = ProgramCompletion.from_dict(data)

                return completion_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProgramCompletion | Unset, data)

        completion = _parse_completion(d.pop("completion", UNSET))

        program_detail = cls(
            program_id=program_id,
            enrollment=enrollment,
            name=name,
            platform=platform,
            completion=completion,
        )

        program_detail.additional_properties = d
        return program_detail

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
