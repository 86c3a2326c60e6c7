from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.lti_launch_gate import LtiLaunchGate


T = TypeVar("T", bound="LtiToolRequest")


@_attrs_define
class LtiToolRequest:
    """
    Attributes:
        title (str): The title of the tool
        issuer (str): This value will look someting like https://example.com. Value provided by Lti 1.3 Platform.
        client_id (str): The client id provided by Lti 1.3 Platform
        auth_login_url (str): The Platforms OIDC Login endpoint. Value provided by LTI 1.3 Platform.
        auth_token_url (str): The Platforms OIDC Token endpoint. Value provided by LTI 1.3 Platform.
        tool_key (int): Reference to Lti Tool
        deployment_ids (list[str]): List of deployment ids. Example: ["1", "deployment-2"]. Value(s) provided by LTI 1.3
            Platform.
        platform_key (str):
        launch_gate (LtiLaunchGate):
        auth_audience (None | str | Unset): The platforms Oauth2 Audience (aud). Usually can be skipped.
        key_set_url (None | str | Unset): The platforms JWKS endpoint. Value provided by LTI 1.3 Platform.
        key_set (Any | Unset): In case Platform's JWKS endpoint is not available, you can provide the JWKS here. Value
            provided by LTI 1.3 Platform.
    """

    title: str
    issuer: str
    client_id: str
    auth_login_url: str
    auth_token_url: str
    tool_key: int
    deployment_ids: list[str]
    platform_key: str
    launch_gate: LtiLaunchGate
    auth_audience: None | str | Unset = UNSET
    key_set_url: None | str | Unset = UNSET
    key_set: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        issuer = self.issuer

        client_id = self.client_id

        auth_login_url = self.auth_login_url

        auth_token_url = self.auth_token_url

        tool_key = self.tool_key

        deployment_ids = self.deployment_ids

        platform_key = self.platform_key

        launch_gate = self.launch_gate.to_dict()

        auth_audience: None | str | Unset = self.auth_audience

        key_set_url: None | str | Unset = self.key_set_url

        key_set = self.key_set

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "issuer": issuer,
                "client_id": client_id,
                "auth_login_url": auth_login_url,
                "auth_token_url": auth_token_url,
                "tool_key": tool_key,
                "deployment_ids": deployment_ids,
                "platform_key": platform_key,
                "launch_gate": launch_gate,
            }
        )
        if auth_audience is not UNSET:
            field_dict["auth_audience"] = auth_audience
        if key_set_url is not UNSET:
            field_dict["key_set_url"] = key_set_url
        if key_set is not UNSET:
            field_dict["key_set"] = key_set

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("title", (None, str(self.title).encode(), "text/plain")))

        files.append(("issuer", (None, str(self.issuer).encode(), "text/plain")))

        files.append(("client_id", (None, str(self.client_id).encode(), "text/plain")))

        files.append(("auth_login_url", (None, str(self.auth_login_url).encode(), "text/plain")))

        files.append(("auth_token_url", (None, str(self.auth_token_url).encode(), "text/plain")))

        files.append(("tool_key", (None, str(self.tool_key).encode(), "text/plain")))

        for deployment_ids_item_element in self.deployment_ids:
            files.append(
                ("deployment_ids", (None, str(deployment_ids_item_element).encode(), "text/plain"))
            )

        files.append(("platform_key", (None, str(self.platform_key).encode(), "text/plain")))

        files.append(
            (
                "launch_gate",
                (None, json.dumps(self.launch_gate.to_dict()).encode(), "application/json"),
            )
        )

        if not isinstance(self.auth_audience, Unset):
            if isinstance(self.auth_audience, str):
                files.append(
                    ("auth_audience", (None, str(self.auth_audience).encode(), "text/plain"))
                )
            else:
                files.append(
                    ("auth_audience", (None, str(self.auth_audience).encode(), "text/plain"))
                )

        if not isinstance(self.key_set_url, Unset):
            if isinstance(self.key_set_url, str):
                files.append(("key_set_url", (None, str(self.key_set_url).encode(), "text/plain")))
            else:
                files.append(("key_set_url", (None, str(self.key_set_url).encode(), "text/plain")))

        if not isinstance(self.key_set, Unset):
            files.append(("key_set", (None, str(self.key_set).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.lti_launch_gate import LtiLaunchGate  # noqa: PLC0415

        d = dict(src_dict)
        title = d.pop("title")

        issuer = d.pop("issuer")

        client_id = d.pop("client_id")

        auth_login_url = d.pop("auth_login_url")

        auth_token_url = d.pop("auth_token_url")

        tool_key = d.pop("tool_key")

        deployment_ids = cast(list[str], d.pop("deployment_ids"))

        platform_key = d.pop("platform_key")

        launch_gate = LtiLaunchGate.from_dict(d.pop("launch_gate"))

        auth_audience = d.pop("auth_audience", UNSET)

        key_set_url = d.pop("key_set_url", UNSET)

        key_set = d.pop("key_set", UNSET)

        lti_tool_request = cls(
            title=title,
            issuer=issuer,
            client_id=client_id,
            auth_login_url=auth_login_url,
            auth_token_url=auth_token_url,
            tool_key=tool_key,
            deployment_ids=deployment_ids,
            platform_key=platform_key,
            launch_gate=launch_gate,
            auth_audience=auth_audience,
            key_set_url=key_set_url,
            key_set=key_set,
        )

        lti_tool_request.additional_properties = d
        return lti_tool_request

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
