"""`ai_finetuning_v1_org_user_datasets_list`: GET /api/ai-finetuning/v1/org/{org}/user/{username}/datasets/"""

from __future__ import annotations

import datetime
from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ..._pagination import PageShape
from ...models.ai_finetuning_v1_org_user_datasets_list_status import (
    AiFinetuningV1OrgUserDatasetsListStatus,
)
from ...models.data_set import DataSet
from ...models.paginated_data_set_list import PaginatedDataSetList
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> PaginatedDataSetList:
    """The typed value of a checked 2xx body."""
    response_200 = PaginatedDataSetList.from_dict(data)

    return response_200


OPERATION: Operation[PaginatedDataSetList] = Operation(
    operation_id="ai_finetuning_v1_org_user_datasets_list",
    method="GET",
    path="/api/ai-finetuning/v1/org/{org}/user/{username}/datasets/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/PaginatedDataSetList"}, "json"),),
    body_schema=None,
    parameter_schemas={
        "path.org": {"type": "string"},
        "path.username": {"type": "string"},
        "query.date_created": {"type": "string"},
        "query.num_data_points": {"type": "integer"},
        "query.ordering": {"type": "string"},
        "query.page": {"type": "integer"},
        "query.page_size": {"type": "integer"},
        "query.retry_attempts": {"type": "integer"},
        "query.search": {"type": "string"},
        "query.status": {"$ref": "#/components/schemas/AiFinetuningV1OrgUserDatasetsListStatus"},
    },
)


def _parse_item(data: Any) -> DataSet:
    """One item of a page."""
    results_item = DataSet.from_dict(data)

    return results_item


PAGE: PageShape[DataSet] = PageShape(
    items=("results",),
    next=("next",),
    parse_item=_parse_item,
)


def build_request(
    *,
    org: str,
    username: str,
    date_created: datetime.datetime | Unset = UNSET,
    num_data_points: int | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    retry_attempts: int | Unset = UNSET,
    search: str | Unset = UNSET,
    status: AiFinetuningV1OrgUserDatasetsListStatus | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    json_date_created: str | Unset = UNSET
    if not isinstance(date_created, Unset):
        json_date_created = date_created.isoformat()
    params["date_created"] = json_date_created

    params["num_data_points"] = num_data_points

    params["ordering"] = ordering

    params["page"] = page

    params["page_size"] = page_size

    params["retry_attempts"] = retry_attempts

    params["search"] = search

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/ai-finetuning/v1/org/{org}/user/{username}/datasets/".format(
            org=quote(wire_text(org), safe=""),
            username=quote(wire_text(username), safe=""),
        ),
        params=params,
        content=_kwargs,
        parameters={
            "path.org": wire_value(org),
            "path.username": wire_value(username),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
