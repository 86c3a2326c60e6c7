"""`Client.core.lti.resource_1p3.provider.lti_mentors`: 5 operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ......._operation import RequestOptions, body_from_fields
from ......._response import async_to_raw_response, to_raw_response
from .......api.core import (
    core_lti1p3_provider_lti_mentors_create as _core_lti1p3_provider_lti_mentors_create,
)
from .......api.core import (
    core_lti1p3_provider_lti_mentors_destroy as _core_lti1p3_provider_lti_mentors_destroy,
)
from .......api.core import (
    core_lti1p3_provider_lti_mentors_list as _core_lti1p3_provider_lti_mentors_list,
)
from .......api.core import (
    core_lti1p3_provider_lti_mentors_retrieve as _core_lti1p3_provider_lti_mentors_retrieve,
)
from .......api.core import (
    core_lti1p3_provider_lti_mentors_update as _core_lti1p3_provider_lti_mentors_update,
)
from .......models.lti_mentor import LtiMentor
from .......models.lti_mentor_course_x_block_request import LtiMentorCourseXBlockRequest
from .......models.lti_mentor_request import LtiMentorRequest
from .......types import UNSET, Unset

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "CoreLtiResource1p3ProviderLtiMentorsResource",
    "CoreLtiResource1p3ProviderLtiMentorsResourceWithRawResponse",
    "AsyncCoreLtiResource1p3ProviderLtiMentorsResource",
    "AsyncCoreLtiResource1p3ProviderLtiMentorsResourceWithRawResponse",
]


class CoreLtiResource1p3ProviderLtiMentorsResource:
    """`Client.core.lti.resource_1p3.provider.lti_mentors`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CoreLtiResource1p3ProviderLtiMentorsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CoreLtiResource1p3ProviderLtiMentorsResourceWithRawResponse(self)

    def list(
        self,
        *,
        platform_key: str,
        **options: Unpack[RequestOptions],
    ) -> list[LtiMentor]:
        """List your LTI Mentor's

        Args:
            platform_key (str, query)

        Returns:
            list[LtiMentor]
        """
        return self._client._send(
            _core_lti1p3_provider_lti_mentors_list.OPERATION,
            _core_lti1p3_provider_lti_mentors_list.build_request(platform_key=platform_key),
            options,
        )

    @overload
    def create(
        self,
        *,
        body: LtiMentorRequest,
        **options: Unpack[RequestOptions],
    ) -> LtiMentor: ...

    @overload
    def create(
        self,
        *,
        name: str,
        mentor_config: LtiMentorCourseXBlockRequest,
        platform_key: str,
        **options: Unpack[RequestOptions],
    ) -> LtiMentor: ...

    def create(
        self,
        *,
        body: LtiMentorRequest | Unset = UNSET,
        name: str | Unset = UNSET,
        mentor_config: LtiMentorCourseXBlockRequest | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> LtiMentor:
        """Create a new LTI Mentor

        Args:
            body (LtiMentorRequest, request body)
            Or the body's fields as keywords instead of body=: name, mentor_config, platform_key

        Returns:
            LtiMentor
        """
        body = body_from_fields(
            "core.lti.resource_1p3.provider.lti_mentors.create",
            body,
            LtiMentorRequest,
            ["name", "mentor_config", "platform_key"],
            (
                ("name", "name", name),
                ("mentor_config", "mentor_config", mentor_config),
                ("platform_key", "platform_key", platform_key),
            ),
        )
        return self._client._send(
            _core_lti1p3_provider_lti_mentors_create.OPERATION,
            _core_lti1p3_provider_lti_mentors_create.build_request(body=body),
            options,
        )

    def destroy(
        self,
        *,
        id: str,
        platform_key: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete an LTI Mentor

        Args:
            id (str, path)
            platform_key (str, query)

        Returns:
            None
        """
        return self._client._send(
            _core_lti1p3_provider_lti_mentors_destroy.OPERATION,
            _core_lti1p3_provider_lti_mentors_destroy.build_request(
                id=id, platform_key=platform_key
            ),
            options,
        )

    def retrieve(
        self,
        *,
        id: str,
        platform_key: str,
        **options: Unpack[RequestOptions],
    ) -> LtiMentor:
        """Get details about a specific LTI Mentor

        Args:
            id (str, path)
            platform_key (str, query)

        Returns:
            LtiMentor
        """
        return self._client._send(
            _core_lti1p3_provider_lti_mentors_retrieve.OPERATION,
            _core_lti1p3_provider_lti_mentors_retrieve.build_request(
                id=id, platform_key=platform_key
            ),
            options,
        )

    @overload
    def update(
        self,
        *,
        id: str,
        body: LtiMentorRequest,
        **options: Unpack[RequestOptions],
    ) -> LtiMentor: ...

    @overload
    def update(
        self,
        *,
        id: str,
        name: str,
        mentor_config: LtiMentorCourseXBlockRequest,
        platform_key: str,
        **options: Unpack[RequestOptions],
    ) -> LtiMentor: ...

    def update(
        self,
        *,
        id: str,
        body: LtiMentorRequest | Unset = UNSET,
        name: str | Unset = UNSET,
        mentor_config: LtiMentorCourseXBlockRequest | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> LtiMentor:
        """Update an LTI Mentor

        Args:
            id (str, path)
            body (LtiMentorRequest, request body)
            Or the body's fields as keywords instead of body=: name, mentor_config, platform_key

        Returns:
            LtiMentor
        """
        body = body_from_fields(
            "core.lti.resource_1p3.provider.lti_mentors.update",
            body,
            LtiMentorRequest,
            ["name", "mentor_config", "platform_key"],
            (
                ("name", "name", name),
                ("mentor_config", "mentor_config", mentor_config),
                ("platform_key", "platform_key", platform_key),
            ),
        )
        return self._client._send(
            _core_lti1p3_provider_lti_mentors_update.OPERATION,
            _core_lti1p3_provider_lti_mentors_update.build_request(id=id, body=body),
            options,
        )


class CoreLtiResource1p3ProviderLtiMentorsResourceWithRawResponse:
    """`Client.core.lti.resource_1p3.provider.lti_mentors`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CoreLtiResource1p3ProviderLtiMentorsResource) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)
        self.destroy = to_raw_response(resource.destroy)
        self.retrieve = to_raw_response(resource.retrieve)
        self.update = to_raw_response(resource.update)


class AsyncCoreLtiResource1p3ProviderLtiMentorsResource:
    """`AsyncClient.core.lti.resource_1p3.provider.lti_mentors`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCoreLtiResource1p3ProviderLtiMentorsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCoreLtiResource1p3ProviderLtiMentorsResourceWithRawResponse(self)

    async def list(
        self,
        *,
        platform_key: str,
        **options: Unpack[RequestOptions],
    ) -> list[LtiMentor]:
        """List your LTI Mentor's

        Args:
            platform_key (str, query)

        Returns:
            list[LtiMentor]
        """
        return await self._client._send(
            _core_lti1p3_provider_lti_mentors_list.OPERATION,
            _core_lti1p3_provider_lti_mentors_list.build_request(platform_key=platform_key),
            options,
        )

    @overload
    async def create(
        self,
        *,
        body: LtiMentorRequest,
        **options: Unpack[RequestOptions],
    ) -> LtiMentor: ...

    @overload
    async def create(
        self,
        *,
        name: str,
        mentor_config: LtiMentorCourseXBlockRequest,
        platform_key: str,
        **options: Unpack[RequestOptions],
    ) -> LtiMentor: ...

    async def create(
        self,
        *,
        body: LtiMentorRequest | Unset = UNSET,
        name: str | Unset = UNSET,
        mentor_config: LtiMentorCourseXBlockRequest | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> LtiMentor:
        """Create a new LTI Mentor

        Args:
            body (LtiMentorRequest, request body)
            Or the body's fields as keywords instead of body=: name, mentor_config, platform_key

        Returns:
            LtiMentor
        """
        body = body_from_fields(
            "core.lti.resource_1p3.provider.lti_mentors.create",
            body,
            LtiMentorRequest,
            ["name", "mentor_config", "platform_key"],
            (
                ("name", "name", name),
                ("mentor_config", "mentor_config", mentor_config),
                ("platform_key", "platform_key", platform_key),
            ),
        )
        return await self._client._send(
            _core_lti1p3_provider_lti_mentors_create.OPERATION,
            _core_lti1p3_provider_lti_mentors_create.build_request(body=body),
            options,
        )

    async def destroy(
        self,
        *,
        id: str,
        platform_key: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete an LTI Mentor

        Args:
            id (str, path)
            platform_key (str, query)

        Returns:
            None
        """
        return await self._client._send(
            _core_lti1p3_provider_lti_mentors_destroy.OPERATION,
            _core_lti1p3_provider_lti_mentors_destroy.build_request(
                id=id, platform_key=platform_key
            ),
            options,
        )

    async def retrieve(
        self,
        *,
        id: str,
        platform_key: str,
        **options: Unpack[RequestOptions],
    ) -> LtiMentor:
        """Get details about a specific LTI Mentor

        Args:
            id (str, path)
            platform_key (str, query)

        Returns:
            LtiMentor
        """
        return await self._client._send(
            _core_lti1p3_provider_lti_mentors_retrieve.OPERATION,
            _core_lti1p3_provider_lti_mentors_retrieve.build_request(
                id=id, platform_key=platform_key
            ),
            options,
        )

    @overload
    async def update(
        self,
        *,
        id: str,
        body: LtiMentorRequest,
        **options: Unpack[RequestOptions],
    ) -> LtiMentor: ...

    @overload
    async def update(
        self,
        *,
        id: str,
        name: str,
        mentor_config: LtiMentorCourseXBlockRequest,
        platform_key: str,
        **options: Unpack[RequestOptions],
    ) -> LtiMentor: ...

    async def update(
        self,
        *,
        id: str,
        body: LtiMentorRequest | Unset = UNSET,
        name: str | Unset = UNSET,
        mentor_config: LtiMentorCourseXBlockRequest | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> LtiMentor:
        """Update an LTI Mentor

        Args:
            id (str, path)
            body (LtiMentorRequest, request body)
            Or the body's fields as keywords instead of body=: name, mentor_config, platform_key

        Returns:
            LtiMentor
        """
        body = body_from_fields(
            "core.lti.resource_1p3.provider.lti_mentors.update",
            body,
            LtiMentorRequest,
            ["name", "mentor_config", "platform_key"],
            (
                ("name", "name", name),
                ("mentor_config", "mentor_config", mentor_config),
                ("platform_key", "platform_key", platform_key),
            ),
        )
        return await self._client._send(
            _core_lti1p3_provider_lti_mentors_update.OPERATION,
            _core_lti1p3_provider_lti_mentors_update.build_request(id=id, body=body),
            options,
        )


class AsyncCoreLtiResource1p3ProviderLtiMentorsResourceWithRawResponse:
    """`AsyncClient.core.lti.resource_1p3.provider.lti_mentors`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCoreLtiResource1p3ProviderLtiMentorsResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)
        self.create = async_to_raw_response(resource.create)
        self.destroy = async_to_raw_response(resource.destroy)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.update = async_to_raw_response(resource.update)
