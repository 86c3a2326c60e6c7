"""`ai_analytics_costs_pertenant_list`: GET /api/ai-analytics/costs/pertenant/"""

from __future__ import annotations

import datetime
from typing import Any

from ..._operation import Operation, RequestSpec
from ...models.cost_per_tenant import CostPerTenant
from ...types import UNSET


def _parse(status: int, data: Any) -> list[CostPerTenant]:
    """The typed value of a checked 2xx body."""
    response_200 = []
    _response_200 = data
    for response_200_item_data in _response_200:
        response_200_item = CostPerTenant.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200


OPERATION: Operation[list[CostPerTenant]] = Operation(
    operation_id="ai_analytics_costs_pertenant_list",
    method="GET",
    path="/api/ai-analytics/costs/pertenant/",
    parse=_parse,
    responses=(
        (
            200,
            200,
            {"type": "array", "items": {"$ref": "#/components/schemas/CostPerTenant"}},
            "json",
        ),
    ),
    body_schema=None,
    parameter_schemas={
        "query.end_date": {"type": "string"},
        "query.start_date": {"type": "string"},
    },
)


def build_request(
    *,
    end_date: datetime.datetime,
    start_date: datetime.datetime,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    json_end_date = end_date.isoformat()
    params["end_date"] = json_end_date

    json_start_date = start_date.isoformat()
    params["start_date"] = json_start_date

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/ai-analytics/costs/pertenant/",
        params=params,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
