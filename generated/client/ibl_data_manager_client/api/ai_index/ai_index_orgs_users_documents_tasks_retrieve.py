"""`ai_index_orgs_users_documents_tasks_retrieve`: GET /api/ai-index/orgs/{org}/users/{user_id}/documents/tasks/{task_id}/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.check_document_training_status import CheckDocumentTrainingStatus


def _parse(status: int, data: Any) -> CheckDocumentTrainingStatus:
    """The typed value of a checked 2xx body."""
    response_200 = CheckDocumentTrainingStatus.from_dict(data)

    return response_200


OPERATION: Operation[CheckDocumentTrainingStatus] = Operation(
    operation_id="ai_index_orgs_users_documents_tasks_retrieve",
    method="GET",
    path="/api/ai-index/orgs/{org}/users/{user_id}/documents/tasks/{task_id}/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/CheckDocumentTrainingStatus"}, "json"),),
    body_schema=None,
    parameter_schemas={
        "path.org": {"type": "string"},
        "path.task_id": {"type": "string"},
        "path.user_id": {"type": "string"},
    },
)


def build_request(
    *,
    org: str,
    user_id: str,
    task_id: str,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/ai-index/orgs/{org}/users/{user_id}/documents/tasks/{task_id}/".format(
            org=quote(wire_text(org), safe=""),
            user_id=quote(wire_text(user_id), safe=""),
            task_id=quote(wire_text(task_id), safe=""),
        ),
        params=params,
        content=_kwargs,
        parameters={
            "path.org": wire_value(org),
            "path.user_id": wire_value(user_id),
            "path.task_id": wire_value(task_id),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
