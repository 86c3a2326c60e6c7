"""`Client.credentials.orgs.users.images`: 4 operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ......_operation import RequestOptions, optional_body_from_fields
from ......_response import async_to_raw_response, to_raw_response
from ......api.credentials import (
    credentials_orgs_users_images_create as _credentials_orgs_users_images_create,
)
from ......api.credentials import (
    credentials_orgs_users_images_create_2 as _credentials_orgs_users_images_create_2,
)
from ......api.credentials import (
    credentials_orgs_users_images_retrieve as _credentials_orgs_users_images_retrieve,
)
from ......api.credentials import (
    credentials_orgs_users_images_retrieve_2 as _credentials_orgs_users_images_retrieve_2,
)
from ......models.uploaded_image import UploadedImage
from ......models.uploaded_image_request import UploadedImageRequest
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "CredentialsOrgsUsersImagesResource",
    "CredentialsOrgsUsersImagesResourceWithRawResponse",
    "AsyncCredentialsOrgsUsersImagesResource",
    "AsyncCredentialsOrgsUsersImagesResourceWithRawResponse",
]


class CredentialsOrgsUsersImagesResource:
    """`Client.credentials.orgs.users.images`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CredentialsOrgsUsersImagesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CredentialsOrgsUsersImagesResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        platform_key: str,
        user_id: int,
        **options: Unpack[RequestOptions],
    ) -> UploadedImage:
        """GET /api/credentials/orgs/{platform_key}/users/{user_id}/images/

        Args:
            platform_key (str, path)
            user_id (int, path)

        Returns:
            UploadedImage
        """
        return self._client._send(
            _credentials_orgs_users_images_retrieve.OPERATION,
            _credentials_orgs_users_images_retrieve.build_request(
                platform_key=platform_key, user_id=user_id
            ),
            options,
        )

    @overload
    def create(
        self,
        *,
        platform_key: str,
        user_id: int,
        body: UploadedImageRequest | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> UploadedImage: ...

    @overload
    def create(
        self,
        *,
        platform_key: str,
        user_id: int,
        name: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> UploadedImage: ...

    def create(
        self,
        *,
        platform_key: str,
        user_id: int,
        body: UploadedImageRequest | Unset = UNSET,
        name: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> UploadedImage:
        """POST /api/credentials/orgs/{platform_key}/users/{user_id}/images/

        Args:
            platform_key (str, path)
            user_id (int, path)
            body (UploadedImageRequest | Unset, request body)
            Or the body's fields as keywords instead of body=: name

        Returns:
            UploadedImage
        """
        body = optional_body_from_fields(
            "credentials.orgs.users.images.create",
            body,
            UploadedImageRequest,
            [],
            (("name", "name", name),),
        )
        return self._client._send(
            _credentials_orgs_users_images_create.OPERATION,
            _credentials_orgs_users_images_create.build_request(
                platform_key=platform_key, user_id=user_id, body=body
            ),
            options,
        )

    def retrieve_2(
        self,
        *,
        platform_key: str,
        username: str,
        **options: Unpack[RequestOptions],
    ) -> UploadedImage:
        """GET /api/credentials/orgs/{platform_key}/users/{username}/images/

        Args:
            platform_key (str, path)
            username (str, path)

        Returns:
            UploadedImage
        """
        return self._client._send(
            _credentials_orgs_users_images_retrieve_2.OPERATION,
            _credentials_orgs_users_images_retrieve_2.build_request(
                platform_key=platform_key, username=username
            ),
            options,
        )

    @overload
    def create_2(
        self,
        *,
        platform_key: str,
        username: str,
        body: UploadedImageRequest | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> UploadedImage: ...

    @overload
    def create_2(
        self,
        *,
        platform_key: str,
        username: str,
        name: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> UploadedImage: ...

    def create_2(
        self,
        *,
        platform_key: str,
        username: str,
        body: UploadedImageRequest | Unset = UNSET,
        name: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> UploadedImage:
        """POST /api/credentials/orgs/{platform_key}/users/{username}/images/

        Args:
            platform_key (str, path)
            username (str, path)
            body (UploadedImageRequest | Unset, request body)
            Or the body's fields as keywords instead of body=: name

        Returns:
            UploadedImage
        """
        body = optional_body_from_fields(
            "credentials.orgs.users.images.create_2",
            body,
            UploadedImageRequest,
            [],
            (("name", "name", name),),
        )
        return self._client._send(
            _credentials_orgs_users_images_create_2.OPERATION,
            _credentials_orgs_users_images_create_2.build_request(
                platform_key=platform_key, username=username, body=body
            ),
            options,
        )


class CredentialsOrgsUsersImagesResourceWithRawResponse:
    """`Client.credentials.orgs.users.images`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CredentialsOrgsUsersImagesResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)
        self.create = to_raw_response(resource.create)
        self.retrieve_2 = to_raw_response(resource.retrieve_2)
        self.create_2 = to_raw_response(resource.create_2)


class AsyncCredentialsOrgsUsersImagesResource:
    """`AsyncClient.credentials.orgs.users.images`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCredentialsOrgsUsersImagesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCredentialsOrgsUsersImagesResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        platform_key: str,
        user_id: int,
        **options: Unpack[RequestOptions],
    ) -> UploadedImage:
        """GET /api/credentials/orgs/{platform_key}/users/{user_id}/images/

        Args:
            platform_key (str, path)
            user_id (int, path)

        Returns:
            UploadedImage
        """
        return await self._client._send(
            _credentials_orgs_users_images_retrieve.OPERATION,
            _credentials_orgs_users_images_retrieve.build_request(
                platform_key=platform_key, user_id=user_id
            ),
            options,
        )

    @overload
    async def create(
        self,
        *,
        platform_key: str,
        user_id: int,
        body: UploadedImageRequest | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> UploadedImage: ...

    @overload
    async def create(
        self,
        *,
        platform_key: str,
        user_id: int,
        name: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> UploadedImage: ...

    async def create(
        self,
        *,
        platform_key: str,
        user_id: int,
        body: UploadedImageRequest | Unset = UNSET,
        name: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> UploadedImage:
        """POST /api/credentials/orgs/{platform_key}/users/{user_id}/images/

        Args:
            platform_key (str, path)
            user_id (int, path)
            body (UploadedImageRequest | Unset, request body)
            Or the body's fields as keywords instead of body=: name

        Returns:
            UploadedImage
        """
        body = optional_body_from_fields(
            "credentials.orgs.users.images.create",
            body,
            UploadedImageRequest,
            [],
            (("name", "name", name),),
        )
        return await self._client._send(
            _credentials_orgs_users_images_create.OPERATION,
            _credentials_orgs_users_images_create.build_request(
                platform_key=platform_key, user_id=user_id, body=body
            ),
            options,
        )

    async def retrieve_2(
        self,
        *,
        platform_key: str,
        username: str,
        **options: Unpack[RequestOptions],
    ) -> UploadedImage:
        """GET /api/credentials/orgs/{platform_key}/users/{username}/images/

        Args:
            platform_key (str, path)
            username (str, path)

        Returns:
            UploadedImage
        """
        return await self._client._send(
            _credentials_orgs_users_images_retrieve_2.OPERATION,
            _credentials_orgs_users_images_retrieve_2.build_request(
                platform_key=platform_key, username=username
            ),
            options,
        )

    @overload
    async def create_2(
        self,
        *,
        platform_key: str,
        username: str,
        body: UploadedImageRequest | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> UploadedImage: ...

    @overload
    async def create_2(
        self,
        *,
        platform_key: str,
        username: str,
        name: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> UploadedImage: ...

    async def create_2(
        self,
        *,
        platform_key: str,
        username: str,
        body: UploadedImageRequest | Unset = UNSET,
        name: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> UploadedImage:
        """POST /api/credentials/orgs/{platform_key}/users/{username}/images/

        Args:
            platform_key (str, path)
            username (str, path)
            body (UploadedImageRequest | Unset, request body)
            Or the body's fields as keywords instead of body=: name

        Returns:
            UploadedImage
        """
        body = optional_body_from_fields(
            "credentials.orgs.users.images.create_2",
            body,
            UploadedImageRequest,
            [],
            (("name", "name", name),),
        )
        return await self._client._send(
            _credentials_orgs_users_images_create_2.OPERATION,
            _credentials_orgs_users_images_create_2.build_request(
                platform_key=platform_key, username=username, body=body
            ),
            options,
        )


class AsyncCredentialsOrgsUsersImagesResourceWithRawResponse:
    """`AsyncClient.credentials.orgs.users.images`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCredentialsOrgsUsersImagesResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.create = async_to_raw_response(resource.create)
        self.retrieve_2 = async_to_raw_response(resource.retrieve_2)
        self.create_2 = async_to_raw_response(resource.create_2)
