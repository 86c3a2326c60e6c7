"""`ai_mentor_orgs_users_artifacts_versions_list`: GET /api/ai-mentor/orgs/{org}/users/{user_id}/artifacts/{id}/versions/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote
from uuid import UUID

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ..._pagination import PageShape
from ...models.artifact_version import ArtifactVersion
from ...models.paginated_artifact_version_list import PaginatedArtifactVersionList
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> PaginatedArtifactVersionList:
    """The typed value of a checked 2xx body."""
    response_200 = PaginatedArtifactVersionList.from_dict(data)

    return response_200


OPERATION: Operation[PaginatedArtifactVersionList] = Operation(
    operation_id="ai_mentor_orgs_users_artifacts_versions_list",
    method="GET",
    path="/api/ai-mentor/orgs/{org}/users/{user_id}/artifacts/{id}/versions/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/PaginatedArtifactVersionList"}, "json"),),
    body_schema=None,
    parameter_schemas={
        "path.id": {"type": "integer"},
        "path.org": {"type": "string"},
        "path.user_id": {"type": "string"},
        "query.file_extension": {"type": "string"},
        "query.llm_name": {"type": "string"},
        "query.llm_provider": {"type": "string"},
        "query.mentor_id": {"type": "string"},
        "query.ordering": {"type": "string"},
        "query.page": {"type": "integer"},
        "query.page_size": {"type": "integer"},
        "query.search": {"type": "string"},
        "query.session_id": {"type": "string"},
        "query.username": {"type": "string"},
    },
)


def _parse_item(data: Any) -> ArtifactVersion:
    """One item of a page."""
    results_item = ArtifactVersion.from_dict(data)

    return results_item


PAGE: PageShape[ArtifactVersion] = PageShape(
    items=("results",),
    next=("next",),
    parse_item=_parse_item,
)


def build_request(
    *,
    org: str,
    user_id: str,
    id: int,
    file_extension: str | Unset = UNSET,
    llm_name: str | Unset = UNSET,
    llm_provider: str | Unset = UNSET,
    mentor_id: UUID | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    search: str | Unset = UNSET,
    session_id: UUID | Unset = UNSET,
    username: str | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    params["file_extension"] = file_extension

    params["llm_name"] = llm_name

    params["llm_provider"] = llm_provider

    json_mentor_id: str | Unset = UNSET
    if not isinstance(mentor_id, Unset):
        json_mentor_id = str(mentor_id)
    params["mentor_id"] = json_mentor_id

    params["ordering"] = ordering

    params["page"] = page

    params["page_size"] = page_size

    params["search"] = search

    json_session_id: str | Unset = UNSET
    if not isinstance(session_id, Unset):
        json_session_id = str(session_id)
    params["session_id"] = json_session_id

    params["username"] = username

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/ai-mentor/orgs/{org}/users/{user_id}/artifacts/{id}/versions/".format(
            org=quote(wire_text(org), safe=""),
            user_id=quote(wire_text(user_id), safe=""),
            id=quote(wire_text(id), safe=""),
        ),
        params=params,
        content=_kwargs,
        parameters={
            "path.org": wire_value(org),
            "path.user_id": wire_value(user_id),
            "path.id": wire_value(id),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
