from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CallAuthenticationResponse")


@_attrs_define
class CallAuthenticationResponse:
    """Serializer for IBL Call Pro authentication parameters.

    Attributes:
        ws_url (str): The WebSocket URL for the IBL Call Pro server
        room_name (str): The name of the IBL Call Pro room
        participant_name (str): The name of the participant joining the room
        participant_token (str): The JWT token for authenticating the participant
    """

    ws_url: str
    room_name: str
    participant_name: str
    participant_token: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ws_url = self.ws_url

        room_name = self.room_name

        participant_name = self.participant_name

        participant_token = self.participant_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ws_url": ws_url,
                "room_name": room_name,
                "participant_name": participant_name,
                "participant_token": participant_token,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ws_url = d.pop("ws_url")

        room_name = d.pop("room_name")

        participant_name = d.pop("participant_name")

        participant_token = d.pop("participant_token")

        call_authentication_response = cls(
            ws_url=ws_url,
            room_name=room_name,
            participant_name=participant_name,
            participant_token=participant_token,
        )

        call_authentication_response.additional_properties = d
        return call_authentication_response

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
