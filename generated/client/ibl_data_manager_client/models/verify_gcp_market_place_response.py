from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.verify_gcp_market_place_response_google import VerifyGCPMarketPlaceResponseGoogle


T = TypeVar("T", bound="VerifyGCPMarketPlaceResponse")


@_attrs_define
class VerifyGCPMarketPlaceResponse:
    """
    Attributes:
        redirect_to (str):
        sub (str | Unset):  Default: ''.
        aud (str | Unset):  Default: ''.
        iat (str | Unset):  Default: ''.
        exp (str | Unset):  Default: ''.
        google (VerifyGCPMarketPlaceResponseGoogle | Unset):
        iss (str | Unset):  Default: ''.
        message (str | Unset):  Default: ''.
        success (bool | Unset):  Default: True.
    """

    redirect_to: str
    sub: str | Unset = ""
    aud: str | Unset = ""
    iat: str | Unset = ""
    exp: str | Unset = ""
    google: VerifyGCPMarketPlaceResponseGoogle | Unset = UNSET
    iss: str | Unset = ""
    message: str | Unset = ""
    success: bool | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        redirect_to = self.redirect_to

        sub = self.sub

        aud = self.aud

        iat = self.iat

        exp = self.exp

        google: dict[str, Any] | Unset = UNSET
        if not isinstance(self.google, Unset):
            google = self.google.to_dict()

        iss = self.iss

        message = self.message

        success = self.success

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "redirect_to": redirect_to,
            }
        )
        if sub is not UNSET:
            field_dict["sub"] = sub
        if aud is not UNSET:
            field_dict["aud"] = aud
        if iat is not UNSET:
            field_dict["iat"] = iat
        if exp is not UNSET:
            field_dict["exp"] = exp
        if google is not UNSET:
            field_dict["google"] = google
        if iss is not UNSET:
            field_dict["iss"] = iss
        if message is not UNSET:
            field_dict["message"] = message
        if success is not UNSET:
            field_dict["success"] = success

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.verify_gcp_market_place_response_google import (
            VerifyGCPMarketPlaceResponseGoogle,  # noqa: PLC0415
        )

        d = dict(src_dict)
        redirect_to = d.pop("redirect_to")

        sub = d.pop("sub", UNSET)

        aud = d.pop("aud", UNSET)

        iat = d.pop("iat", UNSET)

        exp = d.pop("exp", UNSET)

        _google = d.pop("google", UNSET)
        google: VerifyGCPMarketPlaceResponseGoogle | Unset
        if isinstance(_google, Unset):
            google = UNSET
        else:
            google = VerifyGCPMarketPlaceResponseGoogle.from_dict(_google)

        iss = d.pop("iss", UNSET)

        message = d.pop("message", UNSET)

        success = d.pop("success", UNSET)

        verify_gcp_market_place_response = cls(
            redirect_to=redirect_to,
            sub=sub,
            aud=aud,
            iat=iat,
            exp=exp,
            google=google,
            iss=iss,
            message=message,
            success=success,
        )

        verify_gcp_market_place_response.additional_properties = d
        return verify_gcp_market_place_response

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
