from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.auth_token import AuthToken
    from ..models.manager_auth_token import ManagerAuthToken
    from ..models.token_proxy_user import TokenProxyUser


T = TypeVar("T", bound="TokenProxyOutputSerializerData")


@_attrs_define
class TokenProxyOutputSerializerData:
    """Core data for Response

    Attributes:
        user (TokenProxyUser): Serializer for User model for TokenProxyOutputSerializerData
        axd_token (AuthToken):
        dm_token (ManagerAuthToken): Manager auth token serializer
    """

    user: TokenProxyUser
    axd_token: AuthToken
    dm_token: ManagerAuthToken
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user = self.user.to_dict()

        axd_token = self.axd_token.to_dict()

        dm_token = self.dm_token.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user": user,
                "axd_token": axd_token,
                "dm_token": dm_token,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.auth_token import AuthToken  # noqa: PLC0415
        from ..models.manager_auth_token import ManagerAuthToken  # noqa: PLC0415
        from ..models.token_proxy_user import TokenProxyUser  # noqa: PLC0415

        d = dict(src_dict)
        user = TokenProxyUser.from_dict(d.pop("user"))

        axd_token = AuthToken.from_dict(d.pop("axd_token"))

        dm_token = ManagerAuthToken.from_dict(d.pop("dm_token"))

        token_proxy_output_serializer_data = cls(
            user=user,
            axd_token=axd_token,
            dm_token=dm_token,
        )

        token_proxy_output_serializer_data.additional_properties = d
        return token_proxy_output_serializer_data

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
