from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="GoogleAgentDetailRequest")


@_attrs_define
class GoogleAgentDetailRequest:
    """
    Attributes:
        model (str):
        name (str):
        description (str):
        instruction (str):
        unique_id (UUID | Unset):
        output_key (None | str | Unset):
        created_by (int | None | Unset): edX user ID
    """

    model: str
    name: str
    description: str
    instruction: str
    unique_id: UUID | Unset = UNSET
    output_key: None | str | Unset = UNSET
    created_by: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        name = self.name

        description = self.description

        instruction = self.instruction

        unique_id: str | Unset = UNSET
        if not isinstance(self.unique_id, Unset):
            unique_id = str(self.unique_id)

        output_key: None | str | Unset = self.output_key

        created_by: int | None | Unset = self.created_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
                "name": name,
                "description": description,
                "instruction": instruction,
            }
        )
        if unique_id is not UNSET:
            field_dict["unique_id"] = unique_id
        if output_key is not UNSET:
            field_dict["output_key"] = output_key
        if created_by is not UNSET:
            field_dict["created_by"] = created_by

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("model", (None, str(self.model).encode(), "text/plain")))

        files.append(("name", (None, str(self.name).encode(), "text/plain")))

        files.append(("description", (None, str(self.description).encode(), "text/plain")))

        files.append(("instruction", (None, str(self.instruction).encode(), "text/plain")))

        if not isinstance(self.unique_id, Unset):
            files.append(("unique_id", (None, str(self.unique_id), "text/plain")))

        if not isinstance(self.output_key, Unset):
            if isinstance(self.output_key, str):
                files.append(("output_key", (None, str(self.output_key).encode(), "text/plain")))
            else:
                files.append(("output_key", (None, str(self.output_key).encode(), "text/plain")))

        if not isinstance(self.created_by, Unset):
            if isinstance(self.created_by, int):
                files.append(("created_by", (None, str(self.created_by).encode(), "text/plain")))
            else:
                files.append(("created_by", (None, str(self.created_by).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        model = d.pop("model")

        name = d.pop("name")

        description = d.pop("description")

        instruction = d.pop("instruction")

        _unique_id = d.pop("unique_id", UNSET)
        unique_id: UUID | Unset
        if isinstance(_unique_id, Unset):
            unique_id = UNSET
        else:
            unique_id = UUID(_unique_id)

        output_key = d.pop("output_key", UNSET)

        created_by = d.pop("created_by", UNSET)

        google_agent_detail_request = cls(
            model=model,
            name=name,
            description=description,
            instruction=instruction,
            unique_id=unique_id,
            output_key=output_key,
            created_by=created_by,
        )

        google_agent_detail_request.additional_properties = d
        return google_agent_detail_request

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
