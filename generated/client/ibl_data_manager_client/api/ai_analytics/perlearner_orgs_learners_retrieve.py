"""`perlearner_orgs_learners_retrieve`: GET /api/perlearner/orgs/{org}/learners"""

from __future__ import annotations

import datetime
from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.new_per_learner_list import NewPerLearnerList
from ...models.perlearner_orgs_learners_retrieve_format import PerlearnerOrgsLearnersRetrieveFormat
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> NewPerLearnerList:
    """The typed value of a checked 2xx body."""
    response_200 = NewPerLearnerList.from_dict(data)

    return response_200


OPERATION: Operation[NewPerLearnerList] = Operation(
    operation_id="perlearner_orgs_learners_retrieve",
    method="GET",
    path="/api/perlearner/orgs/{org}/learners",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/NewPerLearnerList"}, "json"),),
    body_schema=None,
    parameter_schemas={
        "path.org": {"type": "string"},
        "query.department_id": {"type": "integer"},
        "query.end_date": {"type": "string"},
        "query.format": {"$ref": "#/components/schemas/PerlearnerOrgsLearnersRetrieveFormat"},
        "query.include_main_platform": {"type": "boolean"},
        "query.is_enrolled": {"type": "boolean"},
        "query.length": {"type": "integer"},
        "query.location": {"type": "string", "minLength": 1},
        "query.page": {"type": "integer"},
        "query.platform": {"type": "string", "minLength": 1},
        "query.program": {"type": "string", "minLength": 1},
        "query.search": {"type": "string", "minLength": 1},
        "query.start_date": {"type": "string"},
    },
)


def build_request(
    *,
    org: str,
    department_id: int | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    format_: PerlearnerOrgsLearnersRetrieveFormat | Unset = UNSET,
    include_main_platform: bool | Unset = UNSET,
    is_enrolled: bool | Unset = UNSET,
    length: int | Unset = UNSET,
    location: str | Unset = UNSET,
    page: int | Unset = UNSET,
    platform: str | Unset = UNSET,
    program: str | Unset = UNSET,
    search: str | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    params["department_id"] = department_id

    json_end_date: str | Unset = UNSET
    if not isinstance(end_date, Unset):
        json_end_date = end_date.isoformat()
    params["end_date"] = json_end_date

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    params["format"] = json_format_

    params["include_main_platform"] = include_main_platform

    params["is_enrolled"] = is_enrolled

    params["length"] = length

    params["location"] = location

    params["page"] = page

    params["platform"] = platform

    params["program"] = program

    params["search"] = search

    json_start_date: str | Unset = UNSET
    if not isinstance(start_date, Unset):
        json_start_date = start_date.isoformat()
    params["start_date"] = json_start_date

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/perlearner/orgs/{org}/learners".format(
            org=quote(wire_text(org), safe=""),
        ),
        params=params,
        content=_kwargs,
        parameters={
            "path.org": wire_value(org),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
