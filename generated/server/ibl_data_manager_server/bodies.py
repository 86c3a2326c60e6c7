"""What FastAPI's body handling cannot tell apart: an optional body left out, or sent as null."""

from fastapi import Request
from fastapi.exceptions import RequestValidationError


async def reject_json_null(request: Request, body: object) -> None:
    """422 for a body sent as JSON `null` where the schema does not allow null.

    FastAPI gives an optional body the value None both when it is absent and when it
    is `null`; only the raw request tells them apart.
    """
    if body is None and (await request.body()).strip():
        raise RequestValidationError(
            [
                {
                    "type": "model_type",
                    "loc": ("body",),
                    "msg": "Input should be an object, not null",
                    "input": None,
                }
            ]
        )
