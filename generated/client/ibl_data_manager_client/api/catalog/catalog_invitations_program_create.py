"""`catalog_invitations_program_create`: POST /api/catalog/invitations/program/"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, RequestSpec
from ...models.program_invitation_create import ProgramInvitationCreate
from ...models.program_invitation_detail import ProgramInvitationDetail
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> ProgramInvitationDetail:
    """The typed value of a checked 2xx body."""
    response_200 = ProgramInvitationDetail.from_dict(data)

    return response_200


OPERATION: Operation[ProgramInvitationDetail] = Operation(
    operation_id="catalog_invitations_program_create",
    method="POST",
    path="/api/catalog/invitations/program/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/ProgramInvitationDetail"}, "json"),),
    body_schema={"$ref": "#/components/schemas/ProgramInvitationCreate"},
    parameter_schemas={
        "query.active": {"type": "boolean"},
        "query.email": {"type": "string", "minLength": 1},
        "query.org": {"type": "string", "minLength": 1},
        "query.page": {"type": "integer"},
        "query.page_size": {"type": "integer"},
        "query.platform_key": {"type": "string", "minLength": 1},
        "query.program_key": {"type": "string", "minLength": 1},
        "query.sort": {"type": "string", "minLength": 1},
        "query.source": {"type": "string", "minLength": 1},
        "query.username": {"type": "string", "minLength": 1},
        "query.verbose": {"type": "boolean"},
    },
)


def build_request(
    *,
    active: bool | Unset = UNSET,
    email: str | Unset = UNSET,
    org: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    program_key: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    source: str | Unset = UNSET,
    username: str | Unset = UNSET,
    verbose: bool | Unset = UNSET,
    body: ProgramInvitationCreate,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["active"] = active

    params["email"] = email

    params["org"] = org

    params["page"] = page

    params["page_size"] = page_size

    params["platform_key"] = platform_key

    params["program_key"] = program_key

    params["sort"] = sort

    params["source"] = source

    params["username"] = username

    params["verbose"] = verbose

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="POST",
        url="/api/catalog/invitations/program/",
        params=params,
        headers=headers,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
