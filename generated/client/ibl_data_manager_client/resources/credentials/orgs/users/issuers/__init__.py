"""`Client.credentials.orgs.users.issuers`: 10 operations and 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any, Unpack, overload

from ......_operation import RequestOptions, body_from_fields
from ......_response import async_to_raw_response, to_raw_response
from ......api.credentials import (
    credentials_orgs_users_issuers_create as _credentials_orgs_users_issuers_create,
)
from ......api.credentials import (
    credentials_orgs_users_issuers_create_2 as _credentials_orgs_users_issuers_create_2,
)
from ......api.credentials import (
    credentials_orgs_users_issuers_destroy as _credentials_orgs_users_issuers_destroy,
)
from ......api.credentials import (
    credentials_orgs_users_issuers_destroy_2 as _credentials_orgs_users_issuers_destroy_2,
)
from ......api.credentials import (
    credentials_orgs_users_issuers_retrieve as _credentials_orgs_users_issuers_retrieve,
)
from ......api.credentials import (
    credentials_orgs_users_issuers_retrieve_2 as _credentials_orgs_users_issuers_retrieve_2,
)
from ......api.credentials import (
    credentials_orgs_users_issuers_retrieve_3 as _credentials_orgs_users_issuers_retrieve_3,
)
from ......api.credentials import (
    credentials_orgs_users_issuers_retrieve_4 as _credentials_orgs_users_issuers_retrieve_4,
)
from ......api.credentials import (
    credentials_orgs_users_issuers_update as _credentials_orgs_users_issuers_update,
)
from ......api.credentials import (
    credentials_orgs_users_issuers_update_2 as _credentials_orgs_users_issuers_update_2,
)
from ......models.issuer import Issuer
from ......models.issuer_request import IssuerRequest
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client
    from .authority import (
        AsyncCredentialsOrgsUsersIssuersAuthorityResource,
        AsyncCredentialsOrgsUsersIssuersAuthorityResourceWithRawResponse,
        CredentialsOrgsUsersIssuersAuthorityResource,
        CredentialsOrgsUsersIssuersAuthorityResourceWithRawResponse,
    )

__all__ = [
    "CredentialsOrgsUsersIssuersResource",
    "CredentialsOrgsUsersIssuersResourceWithRawResponse",
    "AsyncCredentialsOrgsUsersIssuersResource",
    "AsyncCredentialsOrgsUsersIssuersResourceWithRawResponse",
]


class CredentialsOrgsUsersIssuersResource:
    """`Client.credentials.orgs.users.issuers`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CredentialsOrgsUsersIssuersResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CredentialsOrgsUsersIssuersResourceWithRawResponse(self)

    @cached_property
    def authority(self) -> CredentialsOrgsUsersIssuersAuthorityResource:
        from .authority import CredentialsOrgsUsersIssuersAuthorityResource

        return CredentialsOrgsUsersIssuersAuthorityResource(self._client)

    def retrieve(
        self,
        *,
        platform_key: str,
        user_id: int,
        q: str,
        **options: Unpack[RequestOptions],
    ) -> Issuer:
        """A GET View that validates QueryParams and returns results to a serializer

        Args:
            platform_key (str, path)
            user_id (int, path)
            q (str, query)

        Returns:
            Issuer
        """
        return self._client._send(
            _credentials_orgs_users_issuers_retrieve.OPERATION,
            _credentials_orgs_users_issuers_retrieve.build_request(
                platform_key=platform_key, user_id=user_id, q=q
            ),
            options,
        )

    @overload
    def create(
        self,
        *,
        platform_key: str,
        user_id: int,
        q: str,
        body: IssuerRequest,
        **options: Unpack[RequestOptions],
    ) -> Issuer: ...

    @overload
    def create(
        self,
        *,
        platform_key: str,
        user_id: int,
        q: str,
        entity_id: str,
        icon_image: str,
        allowed_template_tags: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Issuer: ...

    def create(
        self,
        *,
        platform_key: str,
        user_id: int,
        q: str,
        body: IssuerRequest | Unset = UNSET,
        entity_id: str | Unset = UNSET,
        icon_image: str | Unset = UNSET,
        allowed_template_tags: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Issuer:
        """A GET View that validates QueryParams and returns results to a serializer

        Args:
            platform_key (str, path)
            user_id (int, path)
            q (str, query)
            body (IssuerRequest, request body)
            Or the body's fields as keywords instead of body=: entity_id, icon_image,
                allowed_template_tags

        Returns:
            Issuer
        """
        body = body_from_fields(
            "credentials.orgs.users.issuers.create",
            body,
            IssuerRequest,
            ["entity_id", "icon_image"],
            (
                ("entity_id", "entity_id", entity_id),
                ("icon_image", "icon_image", icon_image),
                ("allowed_template_tags", "allowed_template_tags", allowed_template_tags),
            ),
        )
        return self._client._send(
            _credentials_orgs_users_issuers_create.OPERATION,
            _credentials_orgs_users_issuers_create.build_request(
                platform_key=platform_key, user_id=user_id, q=q, body=body
            ),
            options,
        )

    def destroy(
        self,
        *,
        platform_key: str,
        user_id: int,
        entity_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """DELETE /api/credentials/orgs/{platform_key}/users/{user_id}/issuers/{entity_id}

        Args:
            platform_key (str, path)
            user_id (int, path)
            entity_id (str, path)

        Returns:
            None
        """
        return self._client._send(
            _credentials_orgs_users_issuers_destroy.OPERATION,
            _credentials_orgs_users_issuers_destroy.build_request(
                platform_key=platform_key, user_id=user_id, entity_id=entity_id
            ),
            options,
        )

    def retrieve_2(
        self,
        *,
        platform_key: str,
        user_id: int,
        entity_id: str,
        **options: Unpack[RequestOptions],
    ) -> Issuer:
        """GET /api/credentials/orgs/{platform_key}/users/{user_id}/issuers/{entity_id}

        Args:
            platform_key (str, path)
            user_id (int, path)
            entity_id (str, path)

        Returns:
            Issuer
        """
        return self._client._send(
            _credentials_orgs_users_issuers_retrieve_2.OPERATION,
            _credentials_orgs_users_issuers_retrieve_2.build_request(
                platform_key=platform_key, user_id=user_id, entity_id=entity_id
            ),
            options,
        )

    @overload
    def update(
        self,
        *,
        platform_key: str,
        user_id: int,
        entity_id: str,
        body: IssuerRequest,
        **options: Unpack[RequestOptions],
    ) -> Issuer: ...

    @overload
    def update(
        self,
        *,
        platform_key: str,
        user_id: int,
        entity_id: str,
        body_entity_id: str,
        icon_image: str,
        allowed_template_tags: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Issuer: ...

    def update(
        self,
        *,
        platform_key: str,
        user_id: int,
        entity_id: str,
        body: IssuerRequest | Unset = UNSET,
        body_entity_id: str | Unset = UNSET,
        icon_image: str | Unset = UNSET,
        allowed_template_tags: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Issuer:
        """PUT /api/credentials/orgs/{platform_key}/users/{user_id}/issuers/{entity_id}

        Args:
            platform_key (str, path)
            user_id (int, path)
            entity_id (str, path)
            body (IssuerRequest, request body)
            Or the body's fields as keywords instead of body=: body_entity_id, icon_image,
                allowed_template_tags

        Returns:
            Issuer
        """
        body = body_from_fields(
            "credentials.orgs.users.issuers.update",
            body,
            IssuerRequest,
            ["body_entity_id", "icon_image"],
            (
                ("body_entity_id", "entity_id", body_entity_id),
                ("icon_image", "icon_image", icon_image),
                ("allowed_template_tags", "allowed_template_tags", allowed_template_tags),
            ),
        )
        return self._client._send(
            _credentials_orgs_users_issuers_update.OPERATION,
            _credentials_orgs_users_issuers_update.build_request(
                platform_key=platform_key, user_id=user_id, entity_id=entity_id, body=body
            ),
            options,
        )

    def retrieve_3(
        self,
        *,
        platform_key: str,
        username: str,
        q: str,
        **options: Unpack[RequestOptions],
    ) -> Issuer:
        """A GET View that validates QueryParams and returns results to a serializer

        Args:
            platform_key (str, path)
            username (str, path)
            q (str, query)

        Returns:
            Issuer
        """
        return self._client._send(
            _credentials_orgs_users_issuers_retrieve_3.OPERATION,
            _credentials_orgs_users_issuers_retrieve_3.build_request(
                platform_key=platform_key, username=username, q=q
            ),
            options,
        )

    @overload
    def create_2(
        self,
        *,
        platform_key: str,
        username: str,
        q: str,
        body: IssuerRequest,
        **options: Unpack[RequestOptions],
    ) -> Issuer: ...

    @overload
    def create_2(
        self,
        *,
        platform_key: str,
        username: str,
        q: str,
        entity_id: str,
        icon_image: str,
        allowed_template_tags: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Issuer: ...

    def create_2(
        self,
        *,
        platform_key: str,
        username: str,
        q: str,
        body: IssuerRequest | Unset = UNSET,
        entity_id: str | Unset = UNSET,
        icon_image: str | Unset = UNSET,
        allowed_template_tags: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Issuer:
        """A GET View that validates QueryParams and returns results to a serializer

        Args:
            platform_key (str, path)
            username (str, path)
            q (str, query)
            body (IssuerRequest, request body)
            Or the body's fields as keywords instead of body=: entity_id, icon_image,
                allowed_template_tags

        Returns:
            Issuer
        """
        body = body_from_fields(
            "credentials.orgs.users.issuers.create_2",
            body,
            IssuerRequest,
            ["entity_id", "icon_image"],
            (
                ("entity_id", "entity_id", entity_id),
                ("icon_image", "icon_image", icon_image),
                ("allowed_template_tags", "allowed_template_tags", allowed_template_tags),
            ),
        )
        return self._client._send(
            _credentials_orgs_users_issuers_create_2.OPERATION,
            _credentials_orgs_users_issuers_create_2.build_request(
                platform_key=platform_key, username=username, q=q, body=body
            ),
            options,
        )

    def destroy_2(
        self,
        *,
        platform_key: str,
        username: str,
        entity_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """DELETE /api/credentials/orgs/{platform_key}/users/{username}/issuers/{entity_id}

        Args:
            platform_key (str, path)
            username (str, path)
            entity_id (str, path)

        Returns:
            None
        """
        return self._client._send(
            _credentials_orgs_users_issuers_destroy_2.OPERATION,
            _credentials_orgs_users_issuers_destroy_2.build_request(
                platform_key=platform_key, username=username, entity_id=entity_id
            ),
            options,
        )

    def retrieve_4(
        self,
        *,
        platform_key: str,
        username: str,
        entity_id: str,
        **options: Unpack[RequestOptions],
    ) -> Issuer:
        """GET /api/credentials/orgs/{platform_key}/users/{username}/issuers/{entity_id}

        Args:
            platform_key (str, path)
            username (str, path)
            entity_id (str, path)

        Returns:
            Issuer
        """
        return self._client._send(
            _credentials_orgs_users_issuers_retrieve_4.OPERATION,
            _credentials_orgs_users_issuers_retrieve_4.build_request(
                platform_key=platform_key, username=username, entity_id=entity_id
            ),
            options,
        )

    @overload
    def update_2(
        self,
        *,
        platform_key: str,
        username: str,
        entity_id: str,
        body: IssuerRequest,
        **options: Unpack[RequestOptions],
    ) -> Issuer: ...

    @overload
    def update_2(
        self,
        *,
        platform_key: str,
        username: str,
        entity_id: str,
        body_entity_id: str,
        icon_image: str,
        allowed_template_tags: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Issuer: ...

    def update_2(
        self,
        *,
        platform_key: str,
        username: str,
        entity_id: str,
        body: IssuerRequest | Unset = UNSET,
        body_entity_id: str | Unset = UNSET,
        icon_image: str | Unset = UNSET,
        allowed_template_tags: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Issuer:
        """PUT /api/credentials/orgs/{platform_key}/users/{username}/issuers/{entity_id}

        Args:
            platform_key (str, path)
            username (str, path)
            entity_id (str, path)
            body (IssuerRequest, request body)
            Or the body's fields as keywords instead of body=: body_entity_id, icon_image,
                allowed_template_tags

        Returns:
            Issuer
        """
        body = body_from_fields(
            "credentials.orgs.users.issuers.update_2",
            body,
            IssuerRequest,
            ["body_entity_id", "icon_image"],
            (
                ("body_entity_id", "entity_id", body_entity_id),
                ("icon_image", "icon_image", icon_image),
                ("allowed_template_tags", "allowed_template_tags", allowed_template_tags),
            ),
        )
        return self._client._send(
            _credentials_orgs_users_issuers_update_2.OPERATION,
            _credentials_orgs_users_issuers_update_2.build_request(
                platform_key=platform_key, username=username, entity_id=entity_id, body=body
            ),
            options,
        )


class CredentialsOrgsUsersIssuersResourceWithRawResponse:
    """`Client.credentials.orgs.users.issuers`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CredentialsOrgsUsersIssuersResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)
        self.create = to_raw_response(resource.create)
        self.destroy = to_raw_response(resource.destroy)
        self.retrieve_2 = to_raw_response(resource.retrieve_2)
        self.update = to_raw_response(resource.update)
        self.retrieve_3 = to_raw_response(resource.retrieve_3)
        self.create_2 = to_raw_response(resource.create_2)
        self.destroy_2 = to_raw_response(resource.destroy_2)
        self.retrieve_4 = to_raw_response(resource.retrieve_4)
        self.update_2 = to_raw_response(resource.update_2)

    @cached_property
    def authority(self) -> CredentialsOrgsUsersIssuersAuthorityResourceWithRawResponse:
        from .authority import CredentialsOrgsUsersIssuersAuthorityResourceWithRawResponse

        return CredentialsOrgsUsersIssuersAuthorityResourceWithRawResponse(self._resource.authority)


class AsyncCredentialsOrgsUsersIssuersResource:
    """`AsyncClient.credentials.orgs.users.issuers`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCredentialsOrgsUsersIssuersResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCredentialsOrgsUsersIssuersResourceWithRawResponse(self)

    @cached_property
    def authority(self) -> AsyncCredentialsOrgsUsersIssuersAuthorityResource:
        from .authority import AsyncCredentialsOrgsUsersIssuersAuthorityResource

        return AsyncCredentialsOrgsUsersIssuersAuthorityResource(self._client)

    async def retrieve(
        self,
        *,
        platform_key: str,
        user_id: int,
        q: str,
        **options: Unpack[RequestOptions],
    ) -> Issuer:
        """A GET View that validates QueryParams and returns results to a serializer

        Args:
            platform_key (str, path)
            user_id (int, path)
            q (str, query)

        Returns:
            Issuer
        """
        return await self._client._send(
            _credentials_orgs_users_issuers_retrieve.OPERATION,
            _credentials_orgs_users_issuers_retrieve.build_request(
                platform_key=platform_key, user_id=user_id, q=q
            ),
            options,
        )

    @overload
    async def create(
        self,
        *,
        platform_key: str,
        user_id: int,
        q: str,
        body: IssuerRequest,
        **options: Unpack[RequestOptions],
    ) -> Issuer: ...

    @overload
    async def create(
        self,
        *,
        platform_key: str,
        user_id: int,
        q: str,
        entity_id: str,
        icon_image: str,
        allowed_template_tags: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Issuer: ...

    async def create(
        self,
        *,
        platform_key: str,
        user_id: int,
        q: str,
        body: IssuerRequest | Unset = UNSET,
        entity_id: str | Unset = UNSET,
        icon_image: str | Unset = UNSET,
        allowed_template_tags: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Issuer:
        """A GET View that validates QueryParams and returns results to a serializer

        Args:
            platform_key (str, path)
            user_id (int, path)
            q (str, query)
            body (IssuerRequest, request body)
            Or the body's fields as keywords instead of body=: entity_id, icon_image,
                allowed_template_tags

        Returns:
            Issuer
        """
        body = body_from_fields(
            "credentials.orgs.users.issuers.create",
            body,
            IssuerRequest,
            ["entity_id", "icon_image"],
            (
                ("entity_id", "entity_id", entity_id),
                ("icon_image", "icon_image", icon_image),
                ("allowed_template_tags", "allowed_template_tags", allowed_template_tags),
            ),
        )
        return await self._client._send(
            _credentials_orgs_users_issuers_create.OPERATION,
            _credentials_orgs_users_issuers_create.build_request(
                platform_key=platform_key, user_id=user_id, q=q, body=body
            ),
            options,
        )

    async def destroy(
        self,
        *,
        platform_key: str,
        user_id: int,
        entity_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """DELETE /api/credentials/orgs/{platform_key}/users/{user_id}/issuers/{entity_id}

        Args:
            platform_key (str, path)
            user_id (int, path)
            entity_id (str, path)

        Returns:
            None
        """
        return await self._client._send(
            _credentials_orgs_users_issuers_destroy.OPERATION,
            _credentials_orgs_users_issuers_destroy.build_request(
                platform_key=platform_key, user_id=user_id, entity_id=entity_id
            ),
            options,
        )

    async def retrieve_2(
        self,
        *,
        platform_key: str,
        user_id: int,
        entity_id: str,
        **options: Unpack[RequestOptions],
    ) -> Issuer:
        """GET /api/credentials/orgs/{platform_key}/users/{user_id}/issuers/{entity_id}

        Args:
            platform_key (str, path)
            user_id (int, path)
            entity_id (str, path)

        Returns:
            Issuer
        """
        return await self._client._send(
            _credentials_orgs_users_issuers_retrieve_2.OPERATION,
            _credentials_orgs_users_issuers_retrieve_2.build_request(
                platform_key=platform_key, user_id=user_id, entity_id=entity_id
            ),
            options,
        )

    @overload
    async def update(
        self,
        *,
        platform_key: str,
        user_id: int,
        entity_id: str,
        body: IssuerRequest,
        **options: Unpack[RequestOptions],
    ) -> Issuer: ...

    @overload
    async def update(
        self,
        *,
        platform_key: str,
        user_id: int,
        entity_id: str,
        body_entity_id: str,
        icon_image: str,
        allowed_template_tags: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Issuer: ...

    async def update(
        self,
        *,
        platform_key: str,
        user_id: int,
        entity_id: str,
        body: IssuerRequest | Unset = UNSET,
        body_entity_id: str | Unset = UNSET,
        icon_image: str | Unset = UNSET,
        allowed_template_tags: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Issuer:
        """PUT /api/credentials/orgs/{platform_key}/users/{user_id}/issuers/{entity_id}

        Args:
            platform_key (str, path)
            user_id (int, path)
            entity_id (str, path)
            body (IssuerRequest, request body)
            Or the body's fields as keywords instead of body=: body_entity_id, icon_image,
                allowed_template_tags

        Returns:
            Issuer
        """
        body = body_from_fields(
            "credentials.orgs.users.issuers.update",
            body,
            IssuerRequest,
            ["body_entity_id", "icon_image"],
            (
                ("body_entity_id", "entity_id", body_entity_id),
                ("icon_image", "icon_image", icon_image),
                ("allowed_template_tags", "allowed_template_tags", allowed_template_tags),
            ),
        )
        return await self._client._send(
            _credentials_orgs_users_issuers_update.OPERATION,
            _credentials_orgs_users_issuers_update.build_request(
                platform_key=platform_key, user_id=user_id, entity_id=entity_id, body=body
            ),
            options,
        )

    async def retrieve_3(
        self,
        *,
        platform_key: str,
        username: str,
        q: str,
        **options: Unpack[RequestOptions],
    ) -> Issuer:
        """A GET View that validates QueryParams and returns results to a serializer

        Args:
            platform_key (str, path)
            username (str, path)
            q (str, query)

        Returns:
            Issuer
        """
        return await self._client._send(
            _credentials_orgs_users_issuers_retrieve_3.OPERATION,
            _credentials_orgs_users_issuers_retrieve_3.build_request(
                platform_key=platform_key, username=username, q=q
            ),
            options,
        )

    @overload
    async def create_2(
        self,
        *,
        platform_key: str,
        username: str,
        q: str,
        body: IssuerRequest,
        **options: Unpack[RequestOptions],
    ) -> Issuer: ...

    @overload
    async def create_2(
        self,
        *,
        platform_key: str,
        username: str,
        q: str,
        entity_id: str,
        icon_image: str,
        allowed_template_tags: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Issuer: ...

    async def create_2(
        self,
        *,
        platform_key: str,
        username: str,
        q: str,
        body: IssuerRequest | Unset = UNSET,
        entity_id: str | Unset = UNSET,
        icon_image: str | Unset = UNSET,
        allowed_template_tags: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Issuer:
        """A GET View that validates QueryParams and returns results to a serializer

        Args:
            platform_key (str, path)
            username (str, path)
            q (str, query)
            body (IssuerRequest, request body)
            Or the body's fields as keywords instead of body=: entity_id, icon_image,
                allowed_template_tags

        Returns:
            Issuer
        """
        body = body_from_fields(
            "credentials.orgs.users.issuers.create_2",
            body,
            IssuerRequest,
            ["entity_id", "icon_image"],
            (
                ("entity_id", "entity_id", entity_id),
                ("icon_image", "icon_image", icon_image),
                ("allowed_template_tags", "allowed_template_tags", allowed_template_tags),
            ),
        )
        return await self._client._send(
            _credentials_orgs_users_issuers_create_2.OPERATION,
            _credentials_orgs_users_issuers_create_2.build_request(
                platform_key=platform_key, username=username, q=q, body=body
            ),
            options,
        )

    async def destroy_2(
        self,
        *,
        platform_key: str,
        username: str,
        entity_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """DELETE /api/credentials/orgs/{platform_key}/users/{username}/issuers/{entity_id}

        Args:
            platform_key (str, path)
            username (str, path)
            entity_id (str, path)

        Returns:
            None
        """
        return await self._client._send(
            _credentials_orgs_users_issuers_destroy_2.OPERATION,
            _credentials_orgs_users_issuers_destroy_2.build_request(
                platform_key=platform_key, username=username, entity_id=entity_id
            ),
            options,
        )

    async def retrieve_4(
        self,
        *,
        platform_key: str,
        username: str,
        entity_id: str,
        **options: Unpack[RequestOptions],
    ) -> Issuer:
        """GET /api/credentials/orgs/{platform_key}/users/{username}/issuers/{entity_id}

        Args:
            platform_key (str, path)
            username (str, path)
            entity_id (str, path)

        Returns:
            Issuer
        """
        return await self._client._send(
            _credentials_orgs_users_issuers_retrieve_4.OPERATION,
            _credentials_orgs_users_issuers_retrieve_4.build_request(
                platform_key=platform_key, username=username, entity_id=entity_id
            ),
            options,
        )

    @overload
    async def update_2(
        self,
        *,
        platform_key: str,
        username: str,
        entity_id: str,
        body: IssuerRequest,
        **options: Unpack[RequestOptions],
    ) -> Issuer: ...

    @overload
    async def update_2(
        self,
        *,
        platform_key: str,
        username: str,
        entity_id: str,
        body_entity_id: str,
        icon_image: str,
        allowed_template_tags: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Issuer: ...

    async def update_2(
        self,
        *,
        platform_key: str,
        username: str,
        entity_id: str,
        body: IssuerRequest | Unset = UNSET,
        body_entity_id: str | Unset = UNSET,
        icon_image: str | Unset = UNSET,
        allowed_template_tags: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Issuer:
        """PUT /api/credentials/orgs/{platform_key}/users/{username}/issuers/{entity_id}

        Args:
            platform_key (str, path)
            username (str, path)
            entity_id (str, path)
            body (IssuerRequest, request body)
            Or the body's fields as keywords instead of body=: body_entity_id, icon_image,
                allowed_template_tags

        Returns:
            Issuer
        """
        body = body_from_fields(
            "credentials.orgs.users.issuers.update_2",
            body,
            IssuerRequest,
            ["body_entity_id", "icon_image"],
            (
                ("body_entity_id", "entity_id", body_entity_id),
                ("icon_image", "icon_image", icon_image),
                ("allowed_template_tags", "allowed_template_tags", allowed_template_tags),
            ),
        )
        return await self._client._send(
            _credentials_orgs_users_issuers_update_2.OPERATION,
            _credentials_orgs_users_issuers_update_2.build_request(
                platform_key=platform_key, username=username, entity_id=entity_id, body=body
            ),
            options,
        )


class AsyncCredentialsOrgsUsersIssuersResourceWithRawResponse:
    """`AsyncClient.credentials.orgs.users.issuers`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCredentialsOrgsUsersIssuersResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.create = async_to_raw_response(resource.create)
        self.destroy = async_to_raw_response(resource.destroy)
        self.retrieve_2 = async_to_raw_response(resource.retrieve_2)
        self.update = async_to_raw_response(resource.update)
        self.retrieve_3 = async_to_raw_response(resource.retrieve_3)
        self.create_2 = async_to_raw_response(resource.create_2)
        self.destroy_2 = async_to_raw_response(resource.destroy_2)
        self.retrieve_4 = async_to_raw_response(resource.retrieve_4)
        self.update_2 = async_to_raw_response(resource.update_2)

    @cached_property
    def authority(self) -> AsyncCredentialsOrgsUsersIssuersAuthorityResourceWithRawResponse:
        from .authority import AsyncCredentialsOrgsUsersIssuersAuthorityResourceWithRawResponse

        return AsyncCredentialsOrgsUsersIssuersAuthorityResourceWithRawResponse(
            self._resource.authority
        )
