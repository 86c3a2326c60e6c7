"""`update_platform_prompt_2`: PUT /api/ai-search/recommendation/prompts/"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, RequestSpec
from ...models.platform_prompt import PlatformPrompt
from ...models.platform_prompt_response import PlatformPromptResponse
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> PlatformPromptResponse:
    """The typed value of a checked 2xx body."""
    response_200 = PlatformPromptResponse.from_dict(data)

    return response_200


OPERATION: Operation[PlatformPromptResponse] = Operation(
    operation_id="update_platform_prompt_2",
    method="PUT",
    path="/api/ai-search/recommendation/prompts/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/PlatformPromptResponse"}, "json"),),
    body_schema={"$ref": "#/components/schemas/PlatformPrompt"},
    parameter_schemas={},
)


def build_request(
    *,
    body: PlatformPrompt | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="PUT",
        url="/api/ai-search/recommendation/prompts/",
        params=params,
        headers=headers,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
