"""`ai_index_orgs_users_documents_train_retriever_create`: POST /api/ai-index/orgs/{org}/users/{user_id}/documents/train/retriever/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.ai_index_orgs_users_documents_train_retriever_create_body import (
    AiIndexOrgsUsersDocumentsTrainRetrieverCreateBody,
)
from ...models.retreiver_train_view_response import RetreiverTrainViewResponse


def _parse(status: int, data: Any) -> RetreiverTrainViewResponse:
    """The typed value of a checked 2xx body."""
    response_200 = RetreiverTrainViewResponse.from_dict(data)

    return response_200


OPERATION: Operation[RetreiverTrainViewResponse] = Operation(
    operation_id="ai_index_orgs_users_documents_train_retriever_create",
    method="POST",
    path="/api/ai-index/orgs/{org}/users/{user_id}/documents/train/retriever/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/RetreiverTrainViewResponse"}, "json"),),
    body_schema={"$ref": "#/components/schemas/AiIndexOrgsUsersDocumentsTrainRetrieverCreateBody"},
    parameter_schemas={"path.org": {"type": "string"}, "path.user_id": {"type": "string"}},
)


def build_request(
    *,
    org: str,
    user_id: str,
    body: AiIndexOrgsUsersDocumentsTrainRetrieverCreateBody,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="POST",
        url="/api/ai-index/orgs/{org}/users/{user_id}/documents/train/retriever/".format(
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
