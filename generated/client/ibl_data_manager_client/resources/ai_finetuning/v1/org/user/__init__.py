"""`Client.ai_finetuning.v1.org.user`: 2 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client
    from .datasets import (
        AiFinetuningV1OrgUserDatasetsResource,
        AiFinetuningV1OrgUserDatasetsResourceWithRawResponse,
        AsyncAiFinetuningV1OrgUserDatasetsResource,
        AsyncAiFinetuningV1OrgUserDatasetsResourceWithRawResponse,
    )
    from .trainings import (
        AiFinetuningV1OrgUserTrainingsResource,
        AiFinetuningV1OrgUserTrainingsResourceWithRawResponse,
        AsyncAiFinetuningV1OrgUserTrainingsResource,
        AsyncAiFinetuningV1OrgUserTrainingsResourceWithRawResponse,
    )

__all__ = [
    "AiFinetuningV1OrgUserResource",
    "AiFinetuningV1OrgUserResourceWithRawResponse",
    "AsyncAiFinetuningV1OrgUserResource",
    "AsyncAiFinetuningV1OrgUserResourceWithRawResponse",
]


class AiFinetuningV1OrgUserResource:
    """`Client.ai_finetuning.v1.org.user`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiFinetuningV1OrgUserResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiFinetuningV1OrgUserResourceWithRawResponse(self)

    @cached_property
    def datasets(self) -> AiFinetuningV1OrgUserDatasetsResource:
        from .datasets import AiFinetuningV1OrgUserDatasetsResource

        return AiFinetuningV1OrgUserDatasetsResource(self._client)

    @cached_property
    def trainings(self) -> AiFinetuningV1OrgUserTrainingsResource:
        from .trainings import AiFinetuningV1OrgUserTrainingsResource

        return AiFinetuningV1OrgUserTrainingsResource(self._client)


class AiFinetuningV1OrgUserResourceWithRawResponse:
    """`Client.ai_finetuning.v1.org.user`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiFinetuningV1OrgUserResource) -> None:
        self._resource = resource

    @cached_property
    def datasets(self) -> AiFinetuningV1OrgUserDatasetsResourceWithRawResponse:
        from .datasets import AiFinetuningV1OrgUserDatasetsResourceWithRawResponse

        return AiFinetuningV1OrgUserDatasetsResourceWithRawResponse(self._resource.datasets)

    @cached_property
    def trainings(self) -> AiFinetuningV1OrgUserTrainingsResourceWithRawResponse:
        from .trainings import AiFinetuningV1OrgUserTrainingsResourceWithRawResponse

        return AiFinetuningV1OrgUserTrainingsResourceWithRawResponse(self._resource.trainings)


class AsyncAiFinetuningV1OrgUserResource:
    """`AsyncClient.ai_finetuning.v1.org.user`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiFinetuningV1OrgUserResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiFinetuningV1OrgUserResourceWithRawResponse(self)

    @cached_property
    def datasets(self) -> AsyncAiFinetuningV1OrgUserDatasetsResource:
        from .datasets import AsyncAiFinetuningV1OrgUserDatasetsResource

        return AsyncAiFinetuningV1OrgUserDatasetsResource(self._client)

    @cached_property
    def trainings(self) -> AsyncAiFinetuningV1OrgUserTrainingsResource:
        from .trainings import AsyncAiFinetuningV1OrgUserTrainingsResource

        return AsyncAiFinetuningV1OrgUserTrainingsResource(self._client)


class AsyncAiFinetuningV1OrgUserResourceWithRawResponse:
    """`AsyncClient.ai_finetuning.v1.org.user`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiFinetuningV1OrgUserResource) -> None:
        self._resource = resource

    @cached_property
    def datasets(self) -> AsyncAiFinetuningV1OrgUserDatasetsResourceWithRawResponse:
        from .datasets import AsyncAiFinetuningV1OrgUserDatasetsResourceWithRawResponse

        return AsyncAiFinetuningV1OrgUserDatasetsResourceWithRawResponse(self._resource.datasets)

    @cached_property
    def trainings(self) -> AsyncAiFinetuningV1OrgUserTrainingsResourceWithRawResponse:
        from .trainings import AsyncAiFinetuningV1OrgUserTrainingsResourceWithRawResponse

        return AsyncAiFinetuningV1OrgUserTrainingsResourceWithRawResponse(self._resource.trainings)
