from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.o_auth_service import OAuthService
    from ..models.oauth_credentials_masked import OauthCredentialsMasked


T = TypeVar("T", bound="OAuthProvider")


@_attrs_define
class OAuthProvider:
    """Read-only serializer for OAuth providers, including the services they expose.

    Attributes:
        id (int):
        name (str):
        description (str):
        url (str):
        image (None | str):
        scope_map (Any):
        auth_url (str):
        token_url (str):
        is_enabled (bool):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        services (list[OAuthService]):
        credentials (OauthCredentialsMasked):
        use_basic_auth (bool): Whether to use basic authentication for the OAuth provider. By default client id and
            client secret are sent to the Authorization server as post data.
    """

    id: int
    name: str
    description: str
    url: str
    image: None | str
    scope_map: Any
    auth_url: str
    token_url: str
    is_enabled: bool
    created_at: datetime.datetime
    updated_at: datetime.datetime
    services: list[OAuthService]
    credentials: OauthCredentialsMasked
    use_basic_auth: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description = self.description

        url = self.url

        image: None | str = self.image

        scope_map = self.scope_map

        auth_url = self.auth_url

        token_url = self.token_url

        is_enabled = self.is_enabled

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        services = []
        for services_item_data in self.services:
            services_item = services_item_data.to_dict()
            services.append(services_item)

        credentials = self.credentials.to_dict()

        use_basic_auth = self.use_basic_auth

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "description": description,
                "url": url,
                "image": image,
                "scope_map": scope_map,
                "auth_url": auth_url,
                "token_url": token_url,
                "is_enabled": is_enabled,
                "created_at": created_at,
                "updated_at": updated_at,
                "services": services,
                "credentials": credentials,
                "use_basic_auth": use_basic_auth,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.o_auth_service import OAuthService  # noqa: PLC0415
        from ..models.oauth_credentials_masked import OauthCredentialsMasked  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        description = d.pop("description")

        url = d.pop("url")

        image = d.pop("image")

        scope_map = d.pop("scope_map")

        auth_url = d.pop("auth_url")

        token_url = d.pop("token_url")

        is_enabled = d.pop("is_enabled")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        services = []
        _services = d.pop("services")
        for services_item_data in _services:
            services_item = OAuthService.from_dict(services_item_data)

            services.append(services_item)

        credentials = OauthCredentialsMasked.from_dict(d.pop("credentials"))

        use_basic_auth = d.pop("use_basic_auth")

        o_auth_provider = cls(
            id=id,
            name=name,
            description=description,
            url=url,
            image=image,
            scope_map=scope_map,
            auth_url=auth_url,
            token_url=token_url,
            is_enabled=is_enabled,
            created_at=created_at,
            updated_at=updated_at,
            services=services,
            credentials=credentials,
            use_basic_auth=use_basic_auth,
        )

        o_auth_provider.additional_properties = d
        return o_auth_provider

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
