from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="CallAuthenticationRequest")


@_attrs_define
class CallAuthenticationRequest:
    """Serializer for IBL Call Pro authentication request.

    Attributes:
        session_id (str): The ID of the session for the call
        pathway (str): The pathway identifier for the call context
        enable_video (bool | Unset): Whether to enable video during the call. Required for screensharing and video calls
            to work.
    """

    session_id: str
    pathway: str
    enable_video: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        session_id = self.session_id

        pathway = self.pathway

        enable_video = self.enable_video

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "session_id": session_id,
                "pathway": pathway,
            }
        )
        if enable_video is not UNSET:
            field_dict["enable_video"] = enable_video

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("session_id", (None, str(self.session_id).encode(), "text/plain")))

        files.append(("pathway", (None, str(self.pathway).encode(), "text/plain")))

        if not isinstance(self.enable_video, Unset):
            files.append(("enable_video", (None, str(self.enable_video).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        session_id = d.pop("session_id")

        pathway = d.pop("pathway")

        enable_video = d.pop("enable_video", UNSET)

        call_authentication_request = cls(
            session_id=session_id,
            pathway=pathway,
            enable_video=enable_video,
        )

        call_authentication_request.additional_properties = d
        return call_authentication_request

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
