"""`ai_mentor_orgs_offline_mentors_datasets_list`: GET /api/ai-mentor/orgs/{org}/offline/mentors/{mentor_unique_id}/datasets/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote
from uuid import UUID

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ..._pagination import PageShape
from ...models.offline_document import OfflineDocument
from ...models.paginated_offline_document_list import PaginatedOfflineDocumentList
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> PaginatedOfflineDocumentList:
    """The typed value of a checked 2xx body."""
    response_200 = PaginatedOfflineDocumentList.from_dict(data)

    return response_200


OPERATION: Operation[PaginatedOfflineDocumentList] = Operation(
    operation_id="ai_mentor_orgs_offline_mentors_datasets_list",
    method="GET",
    path="/api/ai-mentor/orgs/{org}/offline/mentors/{mentor_unique_id}/datasets/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/PaginatedOfflineDocumentList"}, "json"),),
    body_schema=None,
    parameter_schemas={
        "path.mentor_unique_id": {"type": "string"},
        "path.org": {"type": "string"},
        "query.limit": {"type": "integer"},
        "query.offset": {"type": "integer"},
        "query.search": {"type": "string", "minLength": 1},
    },
)


def _parse_item(data: Any) -> OfflineDocument:
    """One item of a page."""
    results_item = OfflineDocument.from_dict(data)

    return results_item


PAGE: PageShape[OfflineDocument] = PageShape(
    items=("results",),
    next=("next",),
    parse_item=_parse_item,
)


def build_request(
    *,
    org: str,
    mentor_unique_id: UUID,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    search: str | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params["search"] = search

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/ai-mentor/orgs/{org}/offline/mentors/{mentor_unique_id}/datasets/".format(
            org=quote(wire_text(org), safe=""),
            mentor_unique_id=quote(wire_text(mentor_unique_id), safe=""),
        ),
        params=params,
        content=_kwargs,
        parameters={
            "path.org": wire_value(org),
            "path.mentor_unique_id": wire_value(mentor_unique_id),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
