"""`features_apps_update_create`: POST /api/features/apps/update/"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, RequestSpec
from ...models.onboarding_status_update import OnboardingStatusUpdate


def _parse(status: int, data: Any) -> OnboardingStatusUpdate:
    """The typed value of a checked 2xx body."""
    response_200 = OnboardingStatusUpdate.from_dict(data)

    return response_200


OPERATION: Operation[OnboardingStatusUpdate] = Operation(
    operation_id="features_apps_update_create",
    method="POST",
    path="/api/features/apps/update/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/OnboardingStatusUpdate"}, "json"),),
    body_schema={"$ref": "#/components/schemas/OnboardingStatusUpdate"},
    parameter_schemas={},
)


def build_request(
    *,
    body: OnboardingStatusUpdate,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="POST",
        url="/api/features/apps/update/",
        params=params,
        headers=headers,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
