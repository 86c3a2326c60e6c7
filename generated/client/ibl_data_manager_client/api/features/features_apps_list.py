"""`features_apps_list`: GET /api/features/apps/"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, RequestSpec
from ..._pagination import PageShape
from ...models.paginated_user_app_list import PaginatedUserAppList
from ...models.user_app import UserApp
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> PaginatedUserAppList:
    """The typed value of a checked 2xx body."""
    response_200 = PaginatedUserAppList.from_dict(data)

    return response_200


OPERATION: Operation[PaginatedUserAppList] = Operation(
    operation_id="features_apps_list",
    method="GET",
    path="/api/features/apps/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/PaginatedUserAppList"}, "json"),),
    body_schema=None,
    parameter_schemas={"query.page": {"type": "integer"}, "query.page_size": {"type": "integer"}},
)


def _parse_item(data: Any) -> UserApp:
    """One item of a page."""
    results_item = UserApp.from_dict(data)

    return results_item


PAGE: PageShape[UserApp] = PageShape(
    items=("results",),
    next=("next",),
    parse_item=_parse_item,
)


def build_request(
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/features/apps/",
        params=params,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
