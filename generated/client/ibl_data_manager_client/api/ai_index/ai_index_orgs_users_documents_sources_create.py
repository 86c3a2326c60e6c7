"""`ai_index_orgs_users_documents_sources_create`: POST /api/ai-index/orgs/{org}/users/{user_id}/documents/sources/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.retriever_request_search import RetrieverRequestSearch
from ...models.retriever_request_search_document import RetrieverRequestSearchDocument


def _parse(status: int, data: Any) -> list[RetrieverRequestSearchDocument]:
    """The typed value of a checked 2xx body."""
    response_200 = []
    _response_200 = data
    for response_200_item_data in _response_200:
        response_200_item = RetrieverRequestSearchDocument.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200


OPERATION: Operation[list[RetrieverRequestSearchDocument]] = Operation(
    operation_id="ai_index_orgs_users_documents_sources_create",
    method="POST",
    path="/api/ai-index/orgs/{org}/users/{user_id}/documents/sources/",
    parse=_parse,
    responses=(
        (
            200,
            200,
            {
                "type": "array",
                "items": {"$ref": "#/components/schemas/RetrieverRequestSearchDocument"},
            },
            "json",
        ),
    ),
    body_schema={"$ref": "#/components/schemas/RetrieverRequestSearch"},
    parameter_schemas={"path.org": {"type": "string"}, "path.user_id": {"type": "string"}},
)


def build_request(
    *,
    org: str,
    user_id: str,
    body: RetrieverRequestSearch,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="POST",
        url="/api/ai-index/orgs/{org}/users/{user_id}/documents/sources/".format(
            org=quote(wire_text(org), safe=""),
            user_id=quote(wire_text(user_id), safe=""),
        ),
        params=params,
        headers=headers,
        content=_kwargs,
        parameters={
            "path.org": wire_value(org),
            "path.user_id": wire_value(user_id),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
