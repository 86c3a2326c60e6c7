"""Routes for the operations tagged `custom-domains`: each calls `CustomDomainsApi`."""

from typing import Annotated

from fastapi import APIRouter, Depends, Path, Request, Response, Security

from ..interfaces import CustomDomainsApi
from ..security import ApiKeyGuard

router = APIRouter(tags=["custom-domains"])


async def custom_domains_api(request: Request) -> CustomDomainsApi:
    """The implementation of these operations, else the bare interface (501 for each)."""
    implementation = request.app.state.implementation
    if isinstance(implementation, CustomDomainsApi):
        return implementation
    return CustomDomainsApi()


# What a secured operation receives, once the caller's key is accepted.
secured_custom_domains_api = ApiKeyGuard(custom_domains_api)


@router.get(
    "/api/custom-domains/",
    operation_id="custom_domains_retrieve",
    description="API endpoint to get custom domains (public, no authentication or permission checks)",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def custom_domains_retrieve(
    *,
    api: Annotated[CustomDomainsApi, Depends(custom_domains_api)],
) -> Response:
    await api.custom_domains_retrieve()
    return Response(status_code=200)


@router.put(
    "/api/custom-domains/by-name/{domain_name}/status/",
    operation_id="custom_domains_by_name_status_update",
    description="API endpoint to update custom domain SPA type by domain name",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def custom_domains_by_name_status_update(
    *,
    api: Annotated[CustomDomainsApi, Security(secured_custom_domains_api)],
    domain_name: Annotated[str, Path()],
) -> Response:
    await api.custom_domains_by_name_status_update(domain_name=domain_name)
    return Response(status_code=200)


@router.post(
    "/api/custom-domains/create/",
    operation_id="custom_domains_create_create",
    description="API endpoint to create a custom domain",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def custom_domains_create_create(
    *,
    api: Annotated[CustomDomainsApi, Security(secured_custom_domains_api)],
) -> Response:
    await api.custom_domains_create_create()
    return Response(status_code=200)


@router.delete(
    "/api/custom-domains/{domain_id}/delete/",
    operation_id="custom_domains_delete_destroy",
    description="API endpoint to hard delete a custom domain",
    status_code=204,
    response_class=Response,
    response_description="",
)
async def custom_domains_delete_destroy(
    *,
    api: Annotated[CustomDomainsApi, Security(secured_custom_domains_api)],
    domain_id: Annotated[int, Path()],
) -> Response:
    await api.custom_domains_delete_destroy(domain_id=domain_id)
    return Response(status_code=204)


@router.post(
    "/api/custom-domains/{domain_id}/deleted-status/",
    operation_id="custom_domains_deleted_status_create",
    description="API endpoint to update the is_deleted status of a custom domain",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def custom_domains_deleted_status_create(
    *,
    api: Annotated[CustomDomainsApi, Security(secured_custom_domains_api)],
    domain_id: Annotated[int, Path()],
) -> Response:
    await api.custom_domains_deleted_status_create(domain_id=domain_id)
    return Response(status_code=200)


@router.put(
    "/api/custom-domains/{domain_id}/status/",
    operation_id="custom_domains_status_update",
    description="API endpoint to update custom domain SPA type",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def custom_domains_status_update(
    *,
    api: Annotated[CustomDomainsApi, Security(secured_custom_domains_api)],
    domain_id: Annotated[int, Path()],
) -> Response:
    await api.custom_domains_status_update(domain_id=domain_id)
    return Response(status_code=200)
