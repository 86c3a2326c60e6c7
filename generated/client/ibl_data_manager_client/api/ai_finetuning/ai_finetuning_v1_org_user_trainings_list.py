"""`ai_finetuning_v1_org_user_trainings_list`: GET /api/ai-finetuning/v1/org/{org}/user/{username}/trainings/"""

from __future__ import annotations

import datetime
from typing import Any
from urllib.parse import quote
from uuid import UUID

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ..._pagination import PageShape
from ...models.ai_finetuning_v1_org_user_trainings_list_provider import (
    AiFinetuningV1OrgUserTrainingsListProvider,
)
from ...models.ai_finetuning_v1_org_user_trainings_list_status import (
    AiFinetuningV1OrgUserTrainingsListStatus,
)
from ...models.paginated_training_list import PaginatedTrainingList
from ...models.training import Training
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> PaginatedTrainingList:
    """The typed value of a checked 2xx body."""
    response_200 = PaginatedTrainingList.from_dict(data)

    return response_200


OPERATION: Operation[PaginatedTrainingList] = Operation(
    operation_id="ai_finetuning_v1_org_user_trainings_list",
    method="GET",
    path="/api/ai-finetuning/v1/org/{org}/user/{username}/trainings/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/PaginatedTrainingList"}, "json"),),
    body_schema=None,
    parameter_schemas={
        "path.org": {"type": "string"},
        "path.username": {"type": "string"},
        "query.base_model_name": {"type": "string"},
        "query.dataset": {"type": "string"},
        "query.date_created": {"type": "string"},
        "query.fine_tuned_model": {"type": "string"},
        "query.last_modified": {"type": "string"},
        "query.ordering": {"type": "string"},
        "query.page": {"type": "integer"},
        "query.page_size": {"type": "integer"},
        "query.preprocess_dataset": {"type": "boolean"},
        "query.provider": {
            "$ref": "#/components/schemas/AiFinetuningV1OrgUserTrainingsListProvider"
        },
        "query.search": {"type": "string"},
        "query.status": {"$ref": "#/components/schemas/AiFinetuningV1OrgUserTrainingsListStatus"},
    },
)


def _parse_item(data: Any) -> Training:
    """One item of a page."""
    results_item = Training.from_dict(data)

    return results_item


PAGE: PageShape[Training] = PageShape(
    items=("results",),
    next=("next",),
    parse_item=_parse_item,
)


def build_request(
    *,
    org: str,
    username: str,
    base_model_name: str | Unset = UNSET,
    dataset: UUID | Unset = UNSET,
    date_created: datetime.datetime | Unset = UNSET,
    fine_tuned_model: str | Unset = UNSET,
    last_modified: datetime.datetime | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    preprocess_dataset: bool | Unset = UNSET,
    provider: AiFinetuningV1OrgUserTrainingsListProvider | Unset = UNSET,
    search: str | Unset = UNSET,
    status: AiFinetuningV1OrgUserTrainingsListStatus | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    params["base_model_name"] = base_model_name

    json_dataset: str | Unset = UNSET
    if not isinstance(dataset, Unset):
        json_dataset = str(dataset)
    params["dataset"] = json_dataset

    json_date_created: str | Unset = UNSET
    if not isinstance(date_created, Unset):
        json_date_created = date_created.isoformat()
    params["date_created"] = json_date_created

    params["fine_tuned_model"] = fine_tuned_model

    json_last_modified: str | Unset = UNSET
    if not isinstance(last_modified, Unset):
        json_last_modified = last_modified.isoformat()
    params["last_modified"] = json_last_modified

    params["ordering"] = ordering

    params["page"] = page

    params["page_size"] = page_size

    params["preprocess_dataset"] = preprocess_dataset

    json_provider: str | Unset = UNSET
    if not isinstance(provider, Unset):
        json_provider = provider.value

    params["provider"] = json_provider

    params["search"] = search

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/ai-finetuning/v1/org/{org}/user/{username}/trainings/".format(
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
