"""`ai_index_orgs_users_documents_document_from_pool_create`: POST /api/ai-index/orgs/{org}/users/{user_id}/documents/document-from-pool/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.document_from_pool_request import DocumentFromPoolRequest
from ...models.train_document_view_response import TrainDocumentViewResponse


def _parse(status: int, data: Any) -> TrainDocumentViewResponse:
    """The typed value of a checked 2xx body."""
    response_200 = TrainDocumentViewResponse.from_dict(data)

    return response_200


OPERATION: Operation[TrainDocumentViewResponse] = Operation(
    operation_id="ai_index_orgs_users_documents_document_from_pool_create",
    method="POST",
    path="/api/ai-index/orgs/{org}/users/{user_id}/documents/document-from-pool/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/TrainDocumentViewResponse"}, "json"),),
    body_schema={"$ref": "#/components/schemas/DocumentFromPoolRequest"},
    parameter_schemas={"path.org": {"type": "string"}, "path.user_id": {"type": "string"}},
)


def build_request(
    *,
    org: str,
    user_id: str,
    body: DocumentFromPoolRequest,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="POST",
        url="/api/ai-index/orgs/{org}/users/{user_id}/documents/document-from-pool/".format(
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
