"""`Client.ai_finetuning.v1.org.user.trainings.finetuned_models`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ........_operation import RequestOptions
from ........_response import async_to_raw_response, to_raw_response
from ........api.ai_finetuning import (
    ai_finetuning_v1_org_user_trainings_finetuned_models_retrieve as _ai_finetuning_v1_org_user_trainings_finetuned_models_retrieve,
)
from ........models.training import Training

if TYPE_CHECKING:
    from ........_client import AsyncClient, Client

__all__ = [
    "AiFinetuningV1OrgUserTrainingsFinetunedModelsResource",
    "AiFinetuningV1OrgUserTrainingsFinetunedModelsResourceWithRawResponse",
    "AsyncAiFinetuningV1OrgUserTrainingsFinetunedModelsResource",
    "AsyncAiFinetuningV1OrgUserTrainingsFinetunedModelsResourceWithRawResponse",
]


class AiFinetuningV1OrgUserTrainingsFinetunedModelsResource:
    """`Client.ai_finetuning.v1.org.user.trainings.finetuned_models`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AiFinetuningV1OrgUserTrainingsFinetunedModelsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiFinetuningV1OrgUserTrainingsFinetunedModelsResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        username: str,
        **options: Unpack[RequestOptions],
    ) -> Training:
        """Retrieves a paginated list of completed fine-tuned models, excluding those without a
        fine-tuned model. Filtering and pagination is allowed.  NB: This is only a helper
        endpoint. The same functionality can be achieved with the appropriate filters using the
        training list endpoint. Returns:     Response: A paginated response containing the
        serialized fine-tuned models.

        Args:
            org (str, path)
            username (str, path)

        Returns:
            Training
        """
        return self._client._send(
            _ai_finetuning_v1_org_user_trainings_finetuned_models_retrieve.OPERATION,
            _ai_finetuning_v1_org_user_trainings_finetuned_models_retrieve.build_request(
                org=org, username=username
            ),
            options,
        )


class AiFinetuningV1OrgUserTrainingsFinetunedModelsResourceWithRawResponse:
    """`Client.ai_finetuning.v1.org.user.trainings.finetuned_models`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiFinetuningV1OrgUserTrainingsFinetunedModelsResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncAiFinetuningV1OrgUserTrainingsFinetunedModelsResource:
    """`AsyncClient.ai_finetuning.v1.org.user.trainings.finetuned_models`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncAiFinetuningV1OrgUserTrainingsFinetunedModelsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiFinetuningV1OrgUserTrainingsFinetunedModelsResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        username: str,
        **options: Unpack[RequestOptions],
    ) -> Training:
        """Retrieves a paginated list of completed fine-tuned models, excluding those without a
        fine-tuned model. Filtering and pagination is allowed.  NB: This is only a helper
        endpoint. The same functionality can be achieved with the appropriate filters using the
        training list endpoint. Returns:     Response: A paginated response containing the
        serialized fine-tuned models.

        Args:
            org (str, path)
            username (str, path)

        Returns:
            Training
        """
        return await self._client._send(
            _ai_finetuning_v1_org_user_trainings_finetuned_models_retrieve.OPERATION,
            _ai_finetuning_v1_org_user_trainings_finetuned_models_retrieve.build_request(
                org=org, username=username
            ),
            options,
        )


class AsyncAiFinetuningV1OrgUserTrainingsFinetunedModelsResourceWithRawResponse:
    """`AsyncClient.ai_finetuning.v1.org.user.trainings.finetuned_models`, whose methods return an `APIResponse` around their value."""

    def __init__(
        self, resource: AsyncAiFinetuningV1OrgUserTrainingsFinetunedModelsResource
    ) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
