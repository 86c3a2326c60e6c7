"""`credentials_orgs_users_course_credentials_list_2`: GET /api/credentials/orgs/{platform_key}/users/{username}/course-credentials/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> None:
    """The typed value of a checked 2xx body."""
    return None


OPERATION: Operation[None] = Operation(
    operation_id="credentials_orgs_users_course_credentials_list_2",
    method="GET",
    path="/api/credentials/orgs/{platform_key}/users/{username}/course-credentials/",
    parse=_parse,
    responses=((200, 200, None, "none"),),
    body_schema=None,
    parameter_schemas={
        "path.platform_key": {"type": "string"},
        "path.username": {"type": "string"},
        "query.page": {"type": "integer"},
        "query.page_size": {"type": "integer"},
    },
)


def build_request(
    *,
    platform_key: str,
    username: str,
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
        url="/api/credentials/orgs/{platform_key}/users/{username}/course-credentials/".format(
            platform_key=quote(wire_text(platform_key), safe=""),
            username=quote(wire_text(username), safe=""),
        ),
        params=params,
        content=_kwargs,
        parameters={
            "path.platform_key": wire_value(platform_key),
            "path.username": wire_value(username),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
