"""`ai_analytics_departments_orgs_retrieve`: GET /api/ai-analytics/departments/orgs/{org}/"""

from __future__ import annotations

import datetime
from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.ai_analytics_departments_orgs_retrieve_format import (
    AiAnalyticsDepartmentsOrgsRetrieveFormat,
)
from ...models.group_list import GroupList
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> GroupList:
    """The typed value of a checked 2xx body."""
    response_200 = GroupList.from_dict(data)

    return response_200


OPERATION: Operation[GroupList] = Operation(
    operation_id="ai_analytics_departments_orgs_retrieve",
    method="GET",
    path="/api/ai-analytics/departments/orgs/{org}/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/GroupList"}, "json"),),
    body_schema=None,
    parameter_schemas={
        "path.org": {"type": "string"},
        "query.department_id": {"type": "integer"},
        "query.departments": {"type": "array", "items": {"type": "string"}},
        "query.end_date": {"type": "string"},
        "query.format": {"$ref": "#/components/schemas/AiAnalyticsDepartmentsOrgsRetrieveFormat"},
        "query.include_main_platform": {"type": "boolean"},
        "query.is_enrolled": {"type": "boolean"},
        "query.length": {"type": "integer"},
        "query.location": {"type": "string", "minLength": 1},
        "query.page": {"type": "integer"},
        "query.pathway": {"type": "string", "minLength": 1},
        "query.program": {"type": "string", "minLength": 1},
        "query.start_date": {"type": "string"},
    },
)


def build_request(
    *,
    org: str,
    department_id: int | Unset = UNSET,
    departments: list[str] | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    format_: AiAnalyticsDepartmentsOrgsRetrieveFormat | Unset = UNSET,
    include_main_platform: bool | Unset = UNSET,
    is_enrolled: bool | Unset = UNSET,
    length: int | Unset = UNSET,
    location: str | Unset = UNSET,
    page: int | Unset = UNSET,
    pathway: str | Unset = UNSET,
    program: str | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    params["department_id"] = department_id

    json_departments: list[str] | Unset = UNSET
    if not isinstance(departments, Unset):
        json_departments = departments

    params["departments"] = json_departments

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

    params["pathway"] = pathway

    params["program"] = program

    json_start_date: str | Unset = UNSET
    if not isinstance(start_date, Unset):
        json_start_date = start_date.isoformat()
    params["start_date"] = json_start_date

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/ai-analytics/departments/orgs/{org}/".format(
            org=quote(wire_text(org), safe=""),
        ),
        params=params,
        content=_kwargs,
        parameters={
            "path.org": wire_value(org),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
