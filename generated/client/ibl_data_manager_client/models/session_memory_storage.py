from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.memory_component_memory import MemoryComponentMemory


T = TypeVar("T", bound="SessionMemoryStorage")


@_attrs_define
class SessionMemoryStorage:
    """
    Attributes:
        memory (MemoryComponentMemory):
        updated_at (str):
        session_id (str):
    """

    memory: MemoryComponentMemory
    updated_at: str
    session_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        memory = self.memory.to_dict()

        updated_at = self.updated_at

        session_id = self.session_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "memory": memory,
                "updated_at": updated_at,
                "session_id": session_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.memory_component_memory import MemoryComponentMemory  # noqa: PLC0415

        d = dict(src_dict)
        memory = MemoryComponentMemory.from_dict(d.pop("memory"))

        updated_at = d.pop("updated_at")

        session_id = d.pop("session_id")

        session_memory_storage = cls(
            memory=memory,
            updated_at=updated_at,
            session_id=session_id,
        )

        session_memory_storage.additional_properties = d
        return session_memory_storage

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
