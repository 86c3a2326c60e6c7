"""`search_mentors_documents_retrieve`: GET /api/search/mentors/{mentor_unique_id}/documents/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote
from uuid import UUID

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ..._pagination import PageShape
from ...models.document import Document
from ...models.document_search_response import DocumentSearchResponse
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> DocumentSearchResponse:
    """The typed value of a checked 2xx body."""
    response_200 = DocumentSearchResponse.from_dict(data)

    return response_200


OPERATION: Operation[DocumentSearchResponse] = Operation(
    operation_id="search_mentors_documents_retrieve",
    method="GET",
    path="/api/search/mentors/{mentor_unique_id}/documents/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/DocumentSearchResponse"}, "json"),),
    body_schema=None,
    parameter_schemas={
        "path.mentor_unique_id": {"type": "string"},
        "query.access": {"type": "string", "minLength": 1},
        "query.document_type": {"type": "string", "minLength": 1},
        "query.limit": {"type": "integer"},
        "query.offset": {"type": "integer"},
        "query.order_by": {"type": "string", "minLength": 1},
        "query.order_direction": {"type": "string", "minLength": 1},
        "query.platform_key": {"type": "string", "minLength": 1},
        "query.query": {"type": "string", "minLength": 1},
        "query.training_status": {"type": "string", "minLength": 1},
    },
)


def _parse_item(data: Any) -> Document:
    """One item of a page."""
    results_item = Document.from_dict(data)

    return results_item


PAGE: PageShape[Document] = PageShape(
    items=("results",),
    next=("next",),
    parse_item=_parse_item,
)


def build_request(
    *,
    mentor_unique_id: UUID,
    access: str | Unset = UNSET,
    document_type: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    order_by: str | Unset = UNSET,
    order_direction: str | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    query: str | Unset = UNSET,
    training_status: str | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    params["access"] = access

    params["document_type"] = document_type

    params["limit"] = limit

    params["offset"] = offset

    params["order_by"] = order_by

    params["order_direction"] = order_direction

    params["platform_key"] = platform_key

    params["query"] = query

    params["training_status"] = training_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/search/mentors/{mentor_unique_id}/documents/".format(
            mentor_unique_id=quote(wire_text(mentor_unique_id), safe=""),
        ),
        params=params,
        content=_kwargs,
        parameters={
            "path.mentor_unique_id": wire_value(mentor_unique_id),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
