"""`Client.media.orgs.users.media.media_resources`: 6 operations and 2 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ......._operation import RequestOptions, body_from_fields, optional_body_from_fields
from ......._response import async_to_raw_response, to_raw_response
from .......api.media import (
    media_orgs_users_media_media_resources_create as _media_orgs_users_media_media_resources_create,
)
from .......api.media import (
    media_orgs_users_media_media_resources_destroy as _media_orgs_users_media_media_resources_destroy,
)
from .......api.media import (
    media_orgs_users_media_media_resources_list as _media_orgs_users_media_media_resources_list,
)
from .......api.media import (
    media_orgs_users_media_media_resources_partial_update as _media_orgs_users_media_media_resources_partial_update,
)
from .......api.media import (
    media_orgs_users_media_media_resources_retrieve as _media_orgs_users_media_media_resources_retrieve,
)
from .......api.media import (
    media_orgs_users_media_media_resources_update as _media_orgs_users_media_media_resources_update,
)
from .......models.media_resource import MediaResource
from .......models.media_resource_media_type import MediaResourceMediaType
from .......models.patched_media_resource import PatchedMediaResource
from .......models.patched_media_resource_media_type import PatchedMediaResourceMediaType
from .......types import UNSET, Unset

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client
    from .by_item import (
        AsyncMediaOrgsUsersMediaMediaResourcesByItemResource,
        AsyncMediaOrgsUsersMediaMediaResourcesByItemResourceWithRawResponse,
        MediaOrgsUsersMediaMediaResourcesByItemResource,
        MediaOrgsUsersMediaMediaResourcesByItemResourceWithRawResponse,
    )
    from .search import (
        AsyncMediaOrgsUsersMediaMediaResourcesSearchResource,
        AsyncMediaOrgsUsersMediaMediaResourcesSearchResourceWithRawResponse,
        MediaOrgsUsersMediaMediaResourcesSearchResource,
        MediaOrgsUsersMediaMediaResourcesSearchResourceWithRawResponse,
    )

__all__ = [
    "MediaOrgsUsersMediaMediaResourcesResource",
    "MediaOrgsUsersMediaMediaResourcesResourceWithRawResponse",
    "AsyncMediaOrgsUsersMediaMediaResourcesResource",
    "AsyncMediaOrgsUsersMediaMediaResourcesResourceWithRawResponse",
]


class MediaOrgsUsersMediaMediaResourcesResource:
    """`Client.media.orgs.users.media.media_resources`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> MediaOrgsUsersMediaMediaResourcesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return MediaOrgsUsersMediaMediaResourcesResourceWithRawResponse(self)

    @cached_property
    def by_item(self) -> MediaOrgsUsersMediaMediaResourcesByItemResource:
        from .by_item import MediaOrgsUsersMediaMediaResourcesByItemResource

        return MediaOrgsUsersMediaMediaResourcesByItemResource(self._client)

    @cached_property
    def search(self) -> MediaOrgsUsersMediaMediaResourcesSearchResource:
        from .search import MediaOrgsUsersMediaMediaResourcesSearchResource

        return MediaOrgsUsersMediaMediaResourcesSearchResource(self._client)

    def list(
        self,
        *,
        org: str,
        user_id: str,
        course_id: str | Unset = UNSET,
        item_id: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        search: str | Unset = UNSET,
        unit_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """List and filter media resources. Supports filtering by course_id, unit_id, item_id and
        searching across multiple fields.

        Args:
            org (str, path)
            user_id (str, path)
            course_id (str | Unset, query)
            item_id (str | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            search (str | Unset, query)
            unit_id (str | Unset, query)

        Returns:
            None
        """
        return self._client._send(
            _media_orgs_users_media_media_resources_list.OPERATION,
            _media_orgs_users_media_media_resources_list.build_request(
                org=org,
                user_id=user_id,
                course_id=course_id,
                item_id=item_id,
                page=page,
                page_size=page_size,
                search=search,
                unit_id=unit_id,
            ),
            options,
        )

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        course_id: str | Unset = UNSET,
        item_id: str | Unset = UNSET,
        search: str | Unset = UNSET,
        unit_id: str | Unset = UNSET,
        body: MediaResource,
        **options: Unpack[RequestOptions],
    ) -> None: ...

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        course_id: str | Unset = UNSET,
        item_id: str | Unset = UNSET,
        search: str | Unset = UNSET,
        unit_id: str | Unset = UNSET,
        title: str,
        media_type: MediaResourceMediaType,
        description: None | str | Unset = UNSET,
        body_course_id: None | str | Unset = UNSET,
        body_unit_id: None | str | Unset = UNSET,
        body_item_id: None | str | Unset = UNSET,
        file_url: None | str | Unset = UNSET,
        file: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None: ...

    def create(
        self,
        *,
        org: str,
        user_id: str,
        course_id: str | Unset = UNSET,
        item_id: str | Unset = UNSET,
        search: str | Unset = UNSET,
        unit_id: str | Unset = UNSET,
        body: MediaResource | Unset = UNSET,
        title: str | Unset = UNSET,
        media_type: MediaResourceMediaType | Unset = UNSET,
        description: None | str | Unset = UNSET,
        body_course_id: None | str | Unset = UNSET,
        body_unit_id: None | str | Unset = UNSET,
        body_item_id: None | str | Unset = UNSET,
        file_url: None | str | Unset = UNSET,
        file: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """List and filter media resources. Supports filtering by course_id, unit_id, item_id and
        searching across multiple fields.

        Args:
            org (str, path)
            user_id (str, path)
            course_id (str | Unset, query)
            item_id (str | Unset, query)
            search (str | Unset, query)
            unit_id (str | Unset, query)
            body (MediaResource, request body)
            Or the body's fields as keywords instead of body=: title, media_type, description,
                body_course_id, body_unit_id, body_item_id, file_url, file

        Returns:
            None
        """
        body = body_from_fields(
            "media.orgs.users.media.media_resources.create",
            body,
            MediaResource,
            ["title", "media_type"],
            (
                ("title", "title", title),
                ("media_type", "media_type", media_type),
                ("description", "description", description),
                ("body_course_id", "course_id", body_course_id),
                ("body_unit_id", "unit_id", body_unit_id),
                ("body_item_id", "item_id", body_item_id),
                ("file_url", "file_url", file_url),
                ("file", "file", file),
            ),
        )
        return self._client._send(
            _media_orgs_users_media_media_resources_create.OPERATION,
            _media_orgs_users_media_media_resources_create.build_request(
                org=org,
                user_id=user_id,
                course_id=course_id,
                item_id=item_id,
                search=search,
                unit_id=unit_id,
                body=body,
            ),
            options,
        )

    def destroy(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        course_id: str | Unset = UNSET,
        item_id: str | Unset = UNSET,
        search: str | Unset = UNSET,
        unit_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """List and filter media resources. Supports filtering by course_id, unit_id, item_id and
        searching across multiple fields.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)
            course_id (str | Unset, query)
            item_id (str | Unset, query)
            search (str | Unset, query)
            unit_id (str | Unset, query)

        Returns:
            None
        """
        return self._client._send(
            _media_orgs_users_media_media_resources_destroy.OPERATION,
            _media_orgs_users_media_media_resources_destroy.build_request(
                org=org,
                user_id=user_id,
                id=id,
                course_id=course_id,
                item_id=item_id,
                search=search,
                unit_id=unit_id,
            ),
            options,
        )

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        course_id: str | Unset = UNSET,
        item_id: str | Unset = UNSET,
        search: str | Unset = UNSET,
        unit_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """List and filter media resources. Supports filtering by course_id, unit_id, item_id and
        searching across multiple fields.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)
            course_id (str | Unset, query)
            item_id (str | Unset, query)
            search (str | Unset, query)
            unit_id (str | Unset, query)

        Returns:
            None
        """
        return self._client._send(
            _media_orgs_users_media_media_resources_retrieve.OPERATION,
            _media_orgs_users_media_media_resources_retrieve.build_request(
                org=org,
                user_id=user_id,
                id=id,
                course_id=course_id,
                item_id=item_id,
                search=search,
                unit_id=unit_id,
            ),
            options,
        )

    @overload
    def partial_update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        course_id: str | Unset = UNSET,
        item_id: str | Unset = UNSET,
        search: str | Unset = UNSET,
        unit_id: str | Unset = UNSET,
        body: PatchedMediaResource | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None: ...

    @overload
    def partial_update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        course_id: str | Unset = UNSET,
        item_id: str | Unset = UNSET,
        search: str | Unset = UNSET,
        unit_id: str | Unset = UNSET,
        title: str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        media_type: PatchedMediaResourceMediaType | Unset = UNSET,
        body_course_id: None | str | Unset = UNSET,
        body_unit_id: None | str | Unset = UNSET,
        body_item_id: None | str | Unset = UNSET,
        file_url: None | str | Unset = UNSET,
        file: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None: ...

    def partial_update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        course_id: str | Unset = UNSET,
        item_id: str | Unset = UNSET,
        search: str | Unset = UNSET,
        unit_id: str | Unset = UNSET,
        body: PatchedMediaResource | Unset = UNSET,
        title: str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        media_type: PatchedMediaResourceMediaType | Unset = UNSET,
        body_course_id: None | str | Unset = UNSET,
        body_unit_id: None | str | Unset = UNSET,
        body_item_id: None | str | Unset = UNSET,
        file_url: None | str | Unset = UNSET,
        file: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """List and filter media resources. Supports filtering by course_id, unit_id, item_id and
        searching across multiple fields.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)
            course_id (str | Unset, query)
            item_id (str | Unset, query)
            search (str | Unset, query)
            unit_id (str | Unset, query)
            body (PatchedMediaResource | Unset, request body)
            Or the body's fields as keywords instead of body=: title, description, media_type,
                body_course_id, body_unit_id, body_item_id, file_url, file

        Returns:
            None
        """
        body = optional_body_from_fields(
            "media.orgs.users.media.media_resources.partial_update",
            body,
            PatchedMediaResource,
            [],
            (
                ("title", "title", title),
                ("description", "description", description),
                ("media_type", "media_type", media_type),
                ("body_course_id", "course_id", body_course_id),
                ("body_unit_id", "unit_id", body_unit_id),
                ("body_item_id", "item_id", body_item_id),
                ("file_url", "file_url", file_url),
                ("file", "file", file),
            ),
        )
        return self._client._send(
            _media_orgs_users_media_media_resources_partial_update.OPERATION,
            _media_orgs_users_media_media_resources_partial_update.build_request(
                org=org,
                user_id=user_id,
                id=id,
                course_id=course_id,
                item_id=item_id,
                search=search,
                unit_id=unit_id,
                body=body,
            ),
            options,
        )

    @overload
    def update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        course_id: str | Unset = UNSET,
        item_id: str | Unset = UNSET,
        search: str | Unset = UNSET,
        unit_id: str | Unset = UNSET,
        body: MediaResource,
        **options: Unpack[RequestOptions],
    ) -> None: ...

    @overload
    def update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        course_id: str | Unset = UNSET,
        item_id: str | Unset = UNSET,
        search: str | Unset = UNSET,
        unit_id: str | Unset = UNSET,
        title: str,
        media_type: MediaResourceMediaType,
        description: None | str | Unset = UNSET,
        body_course_id: None | str | Unset = UNSET,
        body_unit_id: None | str | Unset = UNSET,
        body_item_id: None | str | Unset = UNSET,
        file_url: None | str | Unset = UNSET,
        file: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None: ...

    def update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        course_id: str | Unset = UNSET,
        item_id: str | Unset = UNSET,
        search: str | Unset = UNSET,
        unit_id: str | Unset = UNSET,
        body: MediaResource | Unset = UNSET,
        title: str | Unset = UNSET,
        media_type: MediaResourceMediaType | Unset = UNSET,
        description: None | str | Unset = UNSET,
        body_course_id: None | str | Unset = UNSET,
        body_unit_id: None | str | Unset = UNSET,
        body_item_id: None | str | Unset = UNSET,
        file_url: None | str | Unset = UNSET,
        file: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """List and filter media resources. Supports filtering by course_id, unit_id, item_id and
        searching across multiple fields.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)
            course_id (str | Unset, query)
            item_id (str | Unset, query)
            search (str | Unset, query)
            unit_id (str | Unset, query)
            body (MediaResource, request body)
            Or the body's fields as keywords instead of body=: title, media_type, description,
                body_course_id, body_unit_id, body_item_id, file_url, file

        Returns:
            None
        """
        body = body_from_fields(
            "media.orgs.users.media.media_resources.update",
            body,
            MediaResource,
            ["title", "media_type"],
            (
                ("title", "title", title),
                ("media_type", "media_type", media_type),
                ("description", "description", description),
                ("body_course_id", "course_id", body_course_id),
                ("body_unit_id", "unit_id", body_unit_id),
                ("body_item_id", "item_id", body_item_id),
                ("file_url", "file_url", file_url),
                ("file", "file", file),
            ),
        )
        return self._client._send(
            _media_orgs_users_media_media_resources_update.OPERATION,
            _media_orgs_users_media_media_resources_update.build_request(
                org=org,
                user_id=user_id,
                id=id,
                course_id=course_id,
                item_id=item_id,
                search=search,
                unit_id=unit_id,
                body=body,
            ),
            options,
        )


class MediaOrgsUsersMediaMediaResourcesResourceWithRawResponse:
    """`Client.media.orgs.users.media.media_resources`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: MediaOrgsUsersMediaMediaResourcesResource) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)
        self.destroy = to_raw_response(resource.destroy)
        self.retrieve = to_raw_response(resource.retrieve)
        self.partial_update = to_raw_response(resource.partial_update)
        self.update = to_raw_response(resource.update)

    @cached_property
    def by_item(self) -> MediaOrgsUsersMediaMediaResourcesByItemResourceWithRawResponse:
        from .by_item import MediaOrgsUsersMediaMediaResourcesByItemResourceWithRawResponse

        return MediaOrgsUsersMediaMediaResourcesByItemResourceWithRawResponse(
            self._resource.by_item
        )

    @cached_property
    def search(self) -> MediaOrgsUsersMediaMediaResourcesSearchResourceWithRawResponse:
        from .search import MediaOrgsUsersMediaMediaResourcesSearchResourceWithRawResponse

        return MediaOrgsUsersMediaMediaResourcesSearchResourceWithRawResponse(self._resource.search)


class AsyncMediaOrgsUsersMediaMediaResourcesResource:
    """`AsyncClient.media.orgs.users.media.media_resources`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncMediaOrgsUsersMediaMediaResourcesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncMediaOrgsUsersMediaMediaResourcesResourceWithRawResponse(self)

    @cached_property
    def by_item(self) -> AsyncMediaOrgsUsersMediaMediaResourcesByItemResource:
        from .by_item import AsyncMediaOrgsUsersMediaMediaResourcesByItemResource

        return AsyncMediaOrgsUsersMediaMediaResourcesByItemResource(self._client)

    @cached_property
    def search(self) -> AsyncMediaOrgsUsersMediaMediaResourcesSearchResource:
        from .search import AsyncMediaOrgsUsersMediaMediaResourcesSearchResource

        return AsyncMediaOrgsUsersMediaMediaResourcesSearchResource(self._client)

    async def list(
        self,
        *,
        org: str,
        user_id: str,
        course_id: str | Unset = UNSET,
        item_id: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        search: str | Unset = UNSET,
        unit_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """List and filter media resources. Supports filtering by course_id, unit_id, item_id and
        searching across multiple fields.

        Args:
            org (str, path)
            user_id (str, path)
            course_id (str | Unset, query)
            item_id (str | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            search (str | Unset, query)
            unit_id (str | Unset, query)

        Returns:
            None
        """
        return await self._client._send(
            _media_orgs_users_media_media_resources_list.OPERATION,
            _media_orgs_users_media_media_resources_list.build_request(
                org=org,
                user_id=user_id,
                course_id=course_id,
                item_id=item_id,
                page=page,
                page_size=page_size,
                search=search,
                unit_id=unit_id,
            ),
            options,
        )

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        course_id: str | Unset = UNSET,
        item_id: str | Unset = UNSET,
        search: str | Unset = UNSET,
        unit_id: str | Unset = UNSET,
        body: MediaResource,
        **options: Unpack[RequestOptions],
    ) -> None: ...

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        course_id: str | Unset = UNSET,
        item_id: str | Unset = UNSET,
        search: str | Unset = UNSET,
        unit_id: str | Unset = UNSET,
        title: str,
        media_type: MediaResourceMediaType,
        description: None | str | Unset = UNSET,
        body_course_id: None | str | Unset = UNSET,
        body_unit_id: None | str | Unset = UNSET,
        body_item_id: None | str | Unset = UNSET,
        file_url: None | str | Unset = UNSET,
        file: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None: ...

    async def create(
        self,
        *,
        org: str,
        user_id: str,
        course_id: str | Unset = UNSET,
        item_id: str | Unset = UNSET,
        search: str | Unset = UNSET,
        unit_id: str | Unset = UNSET,
        body: MediaResource | Unset = UNSET,
        title: str | Unset = UNSET,
        media_type: MediaResourceMediaType | Unset = UNSET,
        description: None | str | Unset = UNSET,
        body_course_id: None | str | Unset = UNSET,
        body_unit_id: None | str | Unset = UNSET,
        body_item_id: None | str | Unset = UNSET,
        file_url: None | str | Unset = UNSET,
        file: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """List and filter media resources. Supports filtering by course_id, unit_id, item_id and
        searching across multiple fields.

        Args:
            org (str, path)
            user_id (str, path)
            course_id (str | Unset, query)
            item_id (str | Unset, query)
            search (str | Unset, query)
            unit_id (str | Unset, query)
            body (MediaResource, request body)
            Or the body's fields as keywords instead of body=: title, media_type, description,
                body_course_id, body_unit_id, body_item_id, file_url, file

        Returns:
            None
        """
        body = body_from_fields(
            "media.orgs.users.media.media_resources.create",
            body,
            MediaResource,
            ["title", "media_type"],
            (
                ("title", "title", title),
                ("media_type", "media_type", media_type),
                ("description", "description", description),
                ("body_course_id", "course_id", body_course_id),
                ("body_unit_id", "unit_id", body_unit_id),
                ("body_item_id", "item_id", body_item_id),
                ("file_url", "file_url", file_url),
                ("file", "file", file),
            ),
        )
        return await self._client._send(
            _media_orgs_users_media_media_resources_create.OPERATION,
            _media_orgs_users_media_media_resources_create.build_request(
                org=org,
                user_id=user_id,
                course_id=course_id,
                item_id=item_id,
                search=search,
                unit_id=unit_id,
                body=body,
            ),
            options,
        )

    async def destroy(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        course_id: str | Unset = UNSET,
        item_id: str | Unset = UNSET,
        search: str | Unset = UNSET,
        unit_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """List and filter media resources. Supports filtering by course_id, unit_id, item_id and
        searching across multiple fields.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)
            course_id (str | Unset, query)
            item_id (str | Unset, query)
            search (str | Unset, query)
            unit_id (str | Unset, query)

        Returns:
            None
        """
        return await self._client._send(
            _media_orgs_users_media_media_resources_destroy.OPERATION,
            _media_orgs_users_media_media_resources_destroy.build_request(
                org=org,
                user_id=user_id,
                id=id,
                course_id=course_id,
                item_id=item_id,
                search=search,
                unit_id=unit_id,
            ),
            options,
        )

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        course_id: str | Unset = UNSET,
        item_id: str | Unset = UNSET,
        search: str | Unset = UNSET,
        unit_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """List and filter media resources. Supports filtering by course_id, unit_id, item_id and
        searching across multiple fields.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)
            course_id (str | Unset, query)
            item_id (str | Unset, query)
            search (str | Unset, query)
            unit_id (str | Unset, query)

        Returns:
            None
        """
        return await self._client._send(
            _media_orgs_users_media_media_resources_retrieve.OPERATION,
            _media_orgs_users_media_media_resources_retrieve.build_request(
                org=org,
                user_id=user_id,
                id=id,
                course_id=course_id,
                item_id=item_id,
                search=search,
                unit_id=unit_id,
            ),
            options,
        )

    @overload
    async def partial_update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        course_id: str | Unset = UNSET,
        item_id: str | Unset = UNSET,
        search: str | Unset = UNSET,
        unit_id: str | Unset = UNSET,
        body: PatchedMediaResource | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None: ...

    @overload
    async def partial_update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        course_id: str | Unset = UNSET,
        item_id: str | Unset = UNSET,
        search: str | Unset = UNSET,
        unit_id: str | Unset = UNSET,
        title: str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        media_type: PatchedMediaResourceMediaType | Unset = UNSET,
        body_course_id: None | str | Unset = UNSET,
        body_unit_id: None | str | Unset = UNSET,
        body_item_id: None | str | Unset = UNSET,
        file_url: None | str | Unset = UNSET,
        file: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None: ...

    async def partial_update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        course_id: str | Unset = UNSET,
        item_id: str | Unset = UNSET,
        search: str | Unset = UNSET,
        unit_id: str | Unset = UNSET,
        body: PatchedMediaResource | Unset = UNSET,
        title: str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        media_type: PatchedMediaResourceMediaType | Unset = UNSET,
        body_course_id: None | str | Unset = UNSET,
        body_unit_id: None | str | Unset = UNSET,
        body_item_id: None | str | Unset = UNSET,
        file_url: None | str | Unset = UNSET,
        file: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """List and filter media resources. Supports filtering by course_id, unit_id, item_id and
        searching across multiple fields.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)
            course_id (str | Unset, query)
            item_id (str | Unset, query)
            search (str | Unset, query)
            unit_id (str | Unset, query)
            body (PatchedMediaResource | Unset, request body)
            Or the body's fields as keywords instead of body=: title, description, media_type,
                body_course_id, body_unit_id, body_item_id, file_url, file

        Returns:
            None
        """
        body = optional_body_from_fields(
            "media.orgs.users.media.media_resources.partial_update",
            body,
            PatchedMediaResource,
            [],
            (
                ("title", "title", title),
                ("description", "description", description),
                ("media_type", "media_type", media_type),
                ("body_course_id", "course_id", body_course_id),
                ("body_unit_id", "unit_id", body_unit_id),
                ("body_item_id", "item_id", body_item_id),
                ("file_url", "file_url", file_url),
                ("file", "file", file),
            ),
        )
        return await self._client._send(
            _media_orgs_users_media_media_resources_partial_update.OPERATION,
            _media_orgs_users_media_media_resources_partial_update.build_request(
                org=org,
                user_id=user_id,
                id=id,
                course_id=course_id,
                item_id=item_id,
                search=search,
                unit_id=unit_id,
                body=body,
            ),
            options,
        )

    @overload
    async def update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        course_id: str | Unset = UNSET,
        item_id: str | Unset = UNSET,
        search: str | Unset = UNSET,
        unit_id: str | Unset = UNSET,
        body: MediaResource,
        **options: Unpack[RequestOptions],
    ) -> None: ...

    @overload
    async def update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        course_id: str | Unset = UNSET,
        item_id: str | Unset = UNSET,
        search: str | Unset = UNSET,
        unit_id: str | Unset = UNSET,
        title: str,
        media_type: MediaResourceMediaType,
        description: None | str | Unset = UNSET,
        body_course_id: None | str | Unset = UNSET,
        body_unit_id: None | str | Unset = UNSET,
        body_item_id: None | str | Unset = UNSET,
        file_url: None | str | Unset = UNSET,
        file: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None: ...

    async def update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        course_id: str | Unset = UNSET,
        item_id: str | Unset = UNSET,
        search: str | Unset = UNSET,
        unit_id: str | Unset = UNSET,
        body: MediaResource | Unset = UNSET,
        title: str | Unset = UNSET,
        media_type: MediaResourceMediaType | Unset = UNSET,
        description: None | str | Unset = UNSET,
        body_course_id: None | str | Unset = UNSET,
        body_unit_id: None | str | Unset = UNSET,
        body_item_id: None | str | Unset = UNSET,
        file_url: None | str | Unset = UNSET,
        file: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """List and filter media resources. Supports filtering by course_id, unit_id, item_id and
        searching across multiple fields.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)
            course_id (str | Unset, query)
            item_id (str | Unset, query)
            search (str | Unset, query)
            unit_id (str | Unset, query)
            body (MediaResource, request body)
            Or the body's fields as keywords instead of body=: title, media_type, description,
                body_course_id, body_unit_id, body_item_id, file_url, file

        Returns:
            None
        """
        body = body_from_fields(
            "media.orgs.users.media.media_resources.update",
            body,
            MediaResource,
            ["title", "media_type"],
            (
                ("title", "title", title),
                ("media_type", "media_type", media_type),
                ("description", "description", description),
                ("body_course_id", "course_id", body_course_id),
                ("body_unit_id", "unit_id", body_unit_id),
                ("body_item_id", "item_id", body_item_id),
                ("file_url", "file_url", file_url),
                ("file", "file", file),
            ),
        )
        return await self._client._send(
            _media_orgs_users_media_media_resources_update.OPERATION,
            _media_orgs_users_media_media_resources_update.build_request(
                org=org,
                user_id=user_id,
                id=id,
                course_id=course_id,
                item_id=item_id,
                search=search,
                unit_id=unit_id,
                body=body,
            ),
            options,
        )


class AsyncMediaOrgsUsersMediaMediaResourcesResourceWithRawResponse:
    """`AsyncClient.media.orgs.users.media.media_resources`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncMediaOrgsUsersMediaMediaResourcesResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)
        self.create = async_to_raw_response(resource.create)
        self.destroy = async_to_raw_response(resource.destroy)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.partial_update = async_to_raw_response(resource.partial_update)
        self.update = async_to_raw_response(resource.update)

    @cached_property
    def by_item(self) -> AsyncMediaOrgsUsersMediaMediaResourcesByItemResourceWithRawResponse:
        from .by_item import AsyncMediaOrgsUsersMediaMediaResourcesByItemResourceWithRawResponse

        return AsyncMediaOrgsUsersMediaMediaResourcesByItemResourceWithRawResponse(
            self._resource.by_item
        )

    @cached_property
    def search(self) -> AsyncMediaOrgsUsersMediaMediaResourcesSearchResourceWithRawResponse:
        from .search import AsyncMediaOrgsUsersMediaMediaResourcesSearchResourceWithRawResponse

        return AsyncMediaOrgsUsersMediaMediaResourcesSearchResourceWithRawResponse(
            self._resource.search
        )
