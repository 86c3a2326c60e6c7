"""`ai_account_orgs_users_tenant_settings_create`: POST /api/ai-account/orgs/{org}/users/{user_id}/tenant-settings/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.tenant_setting import TenantSetting
from ...models.tenant_setting_request import TenantSettingRequest
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> TenantSetting:
    """The typed value of a checked 2xx body."""
    response_200 = TenantSetting.from_dict(data)

    return response_200


OPERATION: Operation[TenantSetting] = Operation(
    operation_id="ai_account_orgs_users_tenant_settings_create",
    method="POST",
    path="/api/ai-account/orgs/{org}/users/{user_id}/tenant-settings/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/TenantSetting"}, "json"),),
    body_schema={"$ref": "#/components/schemas/TenantSettingRequest"},
    parameter_schemas={"path.org": {"type": "string"}, "path.user_id": {"type": "string"}},
)


def build_request(
    *,
    org: str,
    user_id: str,
    body: TenantSettingRequest | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="POST",
        url="/api/ai-account/orgs/{org}/users/{user_id}/tenant-settings/".format(
            org=quote(wire_text(org), safe=""),
            user_id=quote(wire_text(user_id), safe=""),
        ),
        params=params,
        headers=headers,
        content=_kwargs,
        parameters={
            "path.org": wire_value(org),
            "path.user_id": wire_value(user_id),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
