"""`features_apps_update_trial_status_create`: POST /api/features/apps/update-trial-status/"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, RequestSpec
from ...models.activate_user_free_trial import ActivateUserFreeTrial


def _parse(status: int, data: Any) -> ActivateUserFreeTrial:
    """The typed value of a checked 2xx body."""
    response_200 = ActivateUserFreeTrial.from_dict(data)

    return response_200


OPERATION: Operation[ActivateUserFreeTrial] = Operation(
    operation_id="features_apps_update_trial_status_create",
    method="POST",
    path="/api/features/apps/update-trial-status/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/ActivateUserFreeTrial"}, "json"),),
    body_schema={"$ref": "#/components/schemas/ActivateUserFreeTrial"},
    parameter_schemas={},
)


def build_request(
    *,
    body: ActivateUserFreeTrial,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="POST",
        url="/api/features/apps/update-trial-status/",
        params=params,
        headers=headers,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
