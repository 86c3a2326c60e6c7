"""`ai_index_orgs_users_documents_pathways_list`: GET /api/ai-index/orgs/{org}/users/{user_id}/documents/pathways/{pathway}/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ..._pagination import PageShape
from ...models.paginated_retriever_document_embedding_list import (
    PaginatedRetrieverDocumentEmbeddingList,
)
from ...models.retriever_document_embedding import RetrieverDocumentEmbedding
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> PaginatedRetrieverDocumentEmbeddingList:
    """The typed value of a checked 2xx body."""
    response_200 = PaginatedRetrieverDocumentEmbeddingList.from_dict(data)

    return response_200


OPERATION: Operation[PaginatedRetrieverDocumentEmbeddingList] = Operation(
    operation_id="ai_index_orgs_users_documents_pathways_list",
    method="GET",
    path="/api/ai-index/orgs/{org}/users/{user_id}/documents/pathways/{pathway}/",
    parse=_parse,
    responses=(
        (
            200,
            200,
            {"$ref": "#/components/schemas/PaginatedRetrieverDocumentEmbeddingList"},
            "json",
        ),
    ),
    body_schema=None,
    parameter_schemas={
        "path.org": {"type": "string"},
        "path.pathway": {"type": "string"},
        "path.user_id": {"type": "string"},
        "query.limit": {"type": "integer"},
        "query.offset": {"type": "integer"},
        "query.search": {"type": "string", "minLength": 1},
    },
)


def _parse_item(data: Any) -> RetrieverDocumentEmbedding:
    """One item of a page."""
    results_item = RetrieverDocumentEmbedding.from_dict(data)

    return results_item


PAGE: PageShape[RetrieverDocumentEmbedding] = PageShape(
    items=("results",),
    next=("next",),
    parse_item=_parse_item,
)


def build_request(
    *,
    org: str,
    user_id: str,
    pathway: str,
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
        url="/api/ai-index/orgs/{org}/users/{user_id}/documents/pathways/{pathway}/".format(
            org=quote(wire_text(org), safe=""),
            user_id=quote(wire_text(user_id), safe=""),
            pathway=quote(wire_text(pathway), safe=""),
        ),
        params=params,
        content=_kwargs,
        parameters={
            "path.org": wire_value(org),
            "path.user_id": wire_value(user_id),
            "path.pathway": wire_value(pathway),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
