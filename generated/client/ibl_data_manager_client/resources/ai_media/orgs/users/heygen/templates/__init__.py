"""`Client.ai_media.orgs.users.heygen.templates`: 3 operations."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ......._operation import RequestOptions, body_from_fields
from ......._response import async_to_raw_response, to_raw_response
from .......api.ai_media import (
    ai_media_orgs_users_heygen_templates_create as _ai_media_orgs_users_heygen_templates_create,
)
from .......api.ai_media import (
    ai_media_orgs_users_heygen_templates_destroy as _ai_media_orgs_users_heygen_templates_destroy,
)
from .......api.ai_media import (
    ai_media_orgs_users_heygen_templates_list as _ai_media_orgs_users_heygen_templates_list,
)
from .......models.heygen_template_request import HeygenTemplateRequest
from .......models.heygen_template_response_single import HeygenTemplateResponseSingle
from .......models.paginated_heygen_template_response_single_list import (
    PaginatedHeygenTemplateResponseSingleList,
)
from .......types import UNSET, Unset

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "AiMediaOrgsUsersHeygenTemplatesResource",
    "AiMediaOrgsUsersHeygenTemplatesResourceWithRawResponse",
    "AsyncAiMediaOrgsUsersHeygenTemplatesResource",
    "AsyncAiMediaOrgsUsersHeygenTemplatesResourceWithRawResponse",
]


class AiMediaOrgsUsersHeygenTemplatesResource:
    """`Client.ai_media.orgs.users.heygen.templates`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMediaOrgsUsersHeygenTemplatesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMediaOrgsUsersHeygenTemplatesResourceWithRawResponse(self)

    def list(
        self,
        *,
        org: str,
        user_id: str,
        page: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedHeygenTemplateResponseSingleList:
        """API view to list or append Heygen template ids for a tenant.

        Args:
            org (str, path)
            user_id (str, path)
            page (int | Unset, query)

        Returns:
            PaginatedHeygenTemplateResponseSingleList
        """
        return self._client._send(
            _ai_media_orgs_users_heygen_templates_list.OPERATION,
            _ai_media_orgs_users_heygen_templates_list.build_request(
                org=org, user_id=user_id, page=page
            ),
            options,
        )

    def iter_list(
        self,
        *,
        org: str,
        user_id: str,
        page: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Iterator[HeygenTemplateResponseSingle]:
        """Every item of every page of `list`, fetched page by page."""
        return self._client._paginate(
            _ai_media_orgs_users_heygen_templates_list.OPERATION,
            _ai_media_orgs_users_heygen_templates_list.build_request(
                org=org, user_id=user_id, page=page
            ),
            _ai_media_orgs_users_heygen_templates_list.PAGE,
            options,
        )

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        body: HeygenTemplateRequest,
        **options: Unpack[RequestOptions],
    ) -> HeygenTemplateResponseSingle: ...

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        template_id: str,
        name: str,
        preview_image_url: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> HeygenTemplateResponseSingle: ...

    def create(
        self,
        *,
        org: str,
        user_id: str,
        body: HeygenTemplateRequest | Unset = UNSET,
        template_id: str | Unset = UNSET,
        name: str | Unset = UNSET,
        preview_image_url: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> HeygenTemplateResponseSingle:
        """Endpoint to add a Heygen template id to an org.  Only platform admins have access to
        this endpoint.

        Args:
            org (str, path)
            user_id (str, path)
            body (HeygenTemplateRequest, request body)
            Or the body's fields as keywords instead of body=: template_id, name,
                preview_image_url

        Returns:
            HeygenTemplateResponseSingle
        """
        body = body_from_fields(
            "ai_media.orgs.users.heygen.templates.create",
            body,
            HeygenTemplateRequest,
            ["template_id", "name"],
            (
                ("template_id", "template_id", template_id),
                ("name", "name", name),
                ("preview_image_url", "preview_image_url", preview_image_url),
            ),
        )
        return self._client._send(
            _ai_media_orgs_users_heygen_templates_create.OPERATION,
            _ai_media_orgs_users_heygen_templates_create.build_request(
                org=org, user_id=user_id, body=body
            ),
            options,
        )

    def destroy(
        self,
        *,
        org: str,
        user_id: str,
        template_name: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Endpoint to delete a Heygen template id for an org.   The reponse status code is always
        204 when no error.   Only platform admins have access to this endpoint.

        Args:
            org (str, path)
            user_id (str, path)
            template_name (str, path)

        Returns:
            None
        """
        return self._client._send(
            _ai_media_orgs_users_heygen_templates_destroy.OPERATION,
            _ai_media_orgs_users_heygen_templates_destroy.build_request(
                org=org, user_id=user_id, template_name=template_name
            ),
            options,
        )


class AiMediaOrgsUsersHeygenTemplatesResourceWithRawResponse:
    """`Client.ai_media.orgs.users.heygen.templates`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMediaOrgsUsersHeygenTemplatesResource) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)
        self.destroy = to_raw_response(resource.destroy)


class AsyncAiMediaOrgsUsersHeygenTemplatesResource:
    """`AsyncClient.ai_media.orgs.users.heygen.templates`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMediaOrgsUsersHeygenTemplatesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMediaOrgsUsersHeygenTemplatesResourceWithRawResponse(self)

    async def list(
        self,
        *,
        org: str,
        user_id: str,
        page: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedHeygenTemplateResponseSingleList:
        """API view to list or append Heygen template ids for a tenant.

        Args:
            org (str, path)
            user_id (str, path)
            page (int | Unset, query)

        Returns:
            PaginatedHeygenTemplateResponseSingleList
        """
        return await self._client._send(
            _ai_media_orgs_users_heygen_templates_list.OPERATION,
            _ai_media_orgs_users_heygen_templates_list.build_request(
                org=org, user_id=user_id, page=page
            ),
            options,
        )

    def iter_list(
        self,
        *,
        org: str,
        user_id: str,
        page: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AsyncIterator[HeygenTemplateResponseSingle]:
        """Every item of every page of `list`, fetched page by page."""
        return self._client._paginate(
            _ai_media_orgs_users_heygen_templates_list.OPERATION,
            _ai_media_orgs_users_heygen_templates_list.build_request(
                org=org, user_id=user_id, page=page
            ),
            _ai_media_orgs_users_heygen_templates_list.PAGE,
            options,
        )

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        body: HeygenTemplateRequest,
        **options: Unpack[RequestOptions],
    ) -> HeygenTemplateResponseSingle: ...

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        template_id: str,
        name: str,
        preview_image_url: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> HeygenTemplateResponseSingle: ...

    async def create(
        self,
        *,
        org: str,
        user_id: str,
        body: HeygenTemplateRequest | Unset = UNSET,
        template_id: str | Unset = UNSET,
        name: str | Unset = UNSET,
        preview_image_url: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> HeygenTemplateResponseSingle:
        """Endpoint to add a Heygen template id to an org.  Only platform admins have access to
        this endpoint.

        Args:
            org (str, path)
            user_id (str, path)
            body (HeygenTemplateRequest, request body)
            Or the body's fields as keywords instead of body=: template_id, name,
                preview_image_url

        Returns:
            HeygenTemplateResponseSingle
        """
        body = body_from_fields(
            "ai_media.orgs.users.heygen.templates.create",
            body,
            HeygenTemplateRequest,
            ["template_id", "name"],
            (
                ("template_id", "template_id", template_id),
                ("name", "name", name),
                ("preview_image_url", "preview_image_url", preview_image_url),
            ),
        )
        return await self._client._send(
            _ai_media_orgs_users_heygen_templates_create.OPERATION,
            _ai_media_orgs_users_heygen_templates_create.build_request(
                org=org, user_id=user_id, body=body
            ),
            options,
        )

    async def destroy(
        self,
        *,
        org: str,
        user_id: str,
        template_name: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Endpoint to delete a Heygen template id for an org.   The reponse status code is always
        204 when no error.   Only platform admins have access to this endpoint.

        Args:
            org (str, path)
            user_id (str, path)
            template_name (str, path)

        Returns:
            None
        """
        return await self._client._send(
            _ai_media_orgs_users_heygen_templates_destroy.OPERATION,
            _ai_media_orgs_users_heygen_templates_destroy.build_request(
                org=org, user_id=user_id, template_name=template_name
            ),
            options,
        )


class AsyncAiMediaOrgsUsersHeygenTemplatesResourceWithRawResponse:
    """`AsyncClient.ai_media.orgs.users.heygen.templates`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMediaOrgsUsersHeygenTemplatesResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)
        self.create = async_to_raw_response(resource.create)
        self.destroy = async_to_raw_response(resource.destroy)
