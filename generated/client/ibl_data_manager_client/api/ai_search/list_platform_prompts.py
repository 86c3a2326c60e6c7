"""`list_platform_prompts`: GET /api/ai-search/prompts/"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, RequestSpec
from ...models.platform_prompt_response import PlatformPromptResponse


def _parse(status: int, data: Any) -> list[PlatformPromptResponse]:
    """The typed value of a checked 2xx body."""
    response_200 = []
    _response_200 = data
    for response_200_item_data in _response_200:
        response_200_item = PlatformPromptResponse.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200


OPERATION: Operation[list[PlatformPromptResponse]] = Operation(
    operation_id="list_platform_prompts",
    method="GET",
    path="/api/ai-search/prompts/",
    parse=_parse,
    responses=(
        (
            200,
            200,
            {"type": "array", "items": {"$ref": "#/components/schemas/PlatformPromptResponse"}},
            "json",
        ),
    ),
    body_schema=None,
    parameter_schemas={},
)


def build_request() -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/ai-search/prompts/",
        params=params,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
