"""`Client.ai_finetuning.v1.org.user.trainings`: 6 operations and 1 sub-resource."""

from __future__ import annotations

import datetime
from collections.abc import AsyncIterator, Iterator
from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload
from uuid import UUID

from ......._operation import RequestOptions, body_from_fields, optional_body_from_fields
from ......._response import async_to_raw_response, to_raw_response
from .......api.ai_finetuning import (
    ai_finetuning_v1_org_user_trainings_create as _ai_finetuning_v1_org_user_trainings_create,
)
from .......api.ai_finetuning import (
    ai_finetuning_v1_org_user_trainings_destroy as _ai_finetuning_v1_org_user_trainings_destroy,
)
from .......api.ai_finetuning import (
    ai_finetuning_v1_org_user_trainings_list as _ai_finetuning_v1_org_user_trainings_list,
)
from .......api.ai_finetuning import (
    ai_finetuning_v1_org_user_trainings_partial_update as _ai_finetuning_v1_org_user_trainings_partial_update,
)
from .......api.ai_finetuning import (
    ai_finetuning_v1_org_user_trainings_retrieve as _ai_finetuning_v1_org_user_trainings_retrieve,
)
from .......api.ai_finetuning import (
    ai_finetuning_v1_org_user_trainings_update as _ai_finetuning_v1_org_user_trainings_update,
)
from .......models.ai_finetuning_v1_org_user_trainings_list_provider import (
    AiFinetuningV1OrgUserTrainingsListProvider,
)
from .......models.ai_finetuning_v1_org_user_trainings_list_status import (
    AiFinetuningV1OrgUserTrainingsListStatus,
)
from .......models.paginated_training_list import PaginatedTrainingList
from .......models.patched_training_create import PatchedTrainingCreate
from .......models.provider_63a_enum import Provider63AEnum
from .......models.training import Training
from .......models.training_create import TrainingCreate
from .......models.training_create_request import TrainingCreateRequest
from .......types import UNSET, Unset

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client
    from .finetuned_models import (
        AiFinetuningV1OrgUserTrainingsFinetunedModelsResource,
        AiFinetuningV1OrgUserTrainingsFinetunedModelsResourceWithRawResponse,
        AsyncAiFinetuningV1OrgUserTrainingsFinetunedModelsResource,
        AsyncAiFinetuningV1OrgUserTrainingsFinetunedModelsResourceWithRawResponse,
    )

__all__ = [
    "AiFinetuningV1OrgUserTrainingsResource",
    "AiFinetuningV1OrgUserTrainingsResourceWithRawResponse",
    "AsyncAiFinetuningV1OrgUserTrainingsResource",
    "AsyncAiFinetuningV1OrgUserTrainingsResourceWithRawResponse",
]


class AiFinetuningV1OrgUserTrainingsResource:
    """`Client.ai_finetuning.v1.org.user.trainings`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiFinetuningV1OrgUserTrainingsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiFinetuningV1OrgUserTrainingsResourceWithRawResponse(self)

    @cached_property
    def finetuned_models(self) -> AiFinetuningV1OrgUserTrainingsFinetunedModelsResource:
        from .finetuned_models import AiFinetuningV1OrgUserTrainingsFinetunedModelsResource

        return AiFinetuningV1OrgUserTrainingsFinetunedModelsResource(self._client)

    def list(
        self,
        *,
        org: str,
        username: str,
        base_model_name: str | Unset = UNSET,
        dataset: UUID | Unset = UNSET,
        date_created: datetime.datetime | Unset = UNSET,
        fine_tuned_model: str | Unset = UNSET,
        last_modified: datetime.datetime | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        preprocess_dataset: bool | Unset = UNSET,
        provider: AiFinetuningV1OrgUserTrainingsListProvider | Unset = UNSET,
        search: str | Unset = UNSET,
        status: AiFinetuningV1OrgUserTrainingsListStatus | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedTrainingList:
        """Mixin that includes the StudentTokenAuthentication and IsPlatformAdmin

        Args:
            org (str, path)
            username (str, path)
            base_model_name (str | Unset, query)
            dataset (UUID | Unset, query)
            date_created (datetime.datetime | Unset, query)
            fine_tuned_model (str | Unset, query)
            last_modified (datetime.datetime | Unset, query)
            ordering (str | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            preprocess_dataset (bool | Unset, query)
            provider (AiFinetuningV1OrgUserTrainingsListProvider | Unset, query)
            search (str | Unset, query)
            status (AiFinetuningV1OrgUserTrainingsListStatus | Unset, query)

        Returns:
            PaginatedTrainingList
        """
        return self._client._send(
            _ai_finetuning_v1_org_user_trainings_list.OPERATION,
            _ai_finetuning_v1_org_user_trainings_list.build_request(
                org=org,
                username=username,
                base_model_name=base_model_name,
                dataset=dataset,
                date_created=date_created,
                fine_tuned_model=fine_tuned_model,
                last_modified=last_modified,
                ordering=ordering,
                page=page,
                page_size=page_size,
                preprocess_dataset=preprocess_dataset,
                provider=provider,
                search=search,
                status=status,
            ),
            options,
        )

    def iter_list(
        self,
        *,
        org: str,
        username: str,
        base_model_name: str | Unset = UNSET,
        dataset: UUID | Unset = UNSET,
        date_created: datetime.datetime | Unset = UNSET,
        fine_tuned_model: str | Unset = UNSET,
        last_modified: datetime.datetime | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        preprocess_dataset: bool | Unset = UNSET,
        provider: AiFinetuningV1OrgUserTrainingsListProvider | Unset = UNSET,
        search: str | Unset = UNSET,
        status: AiFinetuningV1OrgUserTrainingsListStatus | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Iterator[Training]:
        """Every item of every page of `list`, fetched page by page."""
        return self._client._paginate(
            _ai_finetuning_v1_org_user_trainings_list.OPERATION,
            _ai_finetuning_v1_org_user_trainings_list.build_request(
                org=org,
                username=username,
                base_model_name=base_model_name,
                dataset=dataset,
                date_created=date_created,
                fine_tuned_model=fine_tuned_model,
                last_modified=last_modified,
                ordering=ordering,
                page=page,
                page_size=page_size,
                preprocess_dataset=preprocess_dataset,
                provider=provider,
                search=search,
                status=status,
            ),
            _ai_finetuning_v1_org_user_trainings_list.PAGE,
            options,
        )

    @overload
    def create(
        self,
        *,
        org: str,
        username: str,
        body: TrainingCreateRequest,
        **options: Unpack[RequestOptions],
    ) -> TrainingCreate: ...

    @overload
    def create(
        self,
        *,
        org: str,
        username: str,
        project_name: str,
        dataset: UUID,
        base_model_name: str,
        provider: Provider63AEnum | Unset = UNSET,
        text_column: str | Unset = UNSET,
        learning_rate: float | Unset = UNSET,
        batch_size: int | Unset = UNSET,
        num_epochs: int | Unset = UNSET,
        block_size: int | Unset = UNSET,
        warmup_ratio: float | Unset = UNSET,
        lora_r: int | Unset = UNSET,
        lora_alpha: int | Unset = UNSET,
        lora_dropout: float | Unset = UNSET,
        weight_decay: float | Unset = UNSET,
        gradient_accumulation: int | Unset = UNSET,
        use_peft: bool | Unset = UNSET,
        use_fp16: bool | Unset = UNSET,
        use_int4: bool | Unset = UNSET,
        push_to_hub: bool | Unset = UNSET,
        repo_id: str | Unset = UNSET,
        preprocess_dataset: bool | Unset = UNSET,
        prompt_column: str | Unset = UNSET,
        prompt_prefix: str | Unset = UNSET,
        prompt_suffix: str | Unset = UNSET,
        response_prefix: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TrainingCreate: ...

    def create(
        self,
        *,
        org: str,
        username: str,
        body: TrainingCreateRequest | Unset = UNSET,
        project_name: str | Unset = UNSET,
        dataset: UUID | Unset = UNSET,
        base_model_name: str | Unset = UNSET,
        provider: Provider63AEnum | Unset = UNSET,
        text_column: str | Unset = UNSET,
        learning_rate: float | Unset = UNSET,
        batch_size: int | Unset = UNSET,
        num_epochs: int | Unset = UNSET,
        block_size: int | Unset = UNSET,
        warmup_ratio: float | Unset = UNSET,
        lora_r: int | Unset = UNSET,
        lora_alpha: int | Unset = UNSET,
        lora_dropout: float | Unset = UNSET,
        weight_decay: float | Unset = UNSET,
        gradient_accumulation: int | Unset = UNSET,
        use_peft: bool | Unset = UNSET,
        use_fp16: bool | Unset = UNSET,
        use_int4: bool | Unset = UNSET,
        push_to_hub: bool | Unset = UNSET,
        repo_id: str | Unset = UNSET,
        preprocess_dataset: bool | Unset = UNSET,
        prompt_column: str | Unset = UNSET,
        prompt_prefix: str | Unset = UNSET,
        prompt_suffix: str | Unset = UNSET,
        response_prefix: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TrainingCreate:
        """Mixin that includes the StudentTokenAuthentication and IsPlatformAdmin

        Args:
            org (str, path)
            username (str, path)
            body (TrainingCreateRequest, request body)
            Or the body's fields as keywords instead of body=: project_name, dataset,
                base_model_name, provider, text_column, learning_rate, batch_size, num_epochs,
                block_size, warmup_ratio, lora_r, lora_alpha, lora_dropout, weight_decay,
                gradient_accumulation, use_peft, use_fp16, use_int4, push_to_hub, repo_id,
                preprocess_dataset, prompt_column, prompt_prefix, prompt_suffix, response_prefix

        Returns:
            TrainingCreate
        """
        body = body_from_fields(
            "ai_finetuning.v1.org.user.trainings.create",
            body,
            TrainingCreateRequest,
            ["project_name", "dataset", "base_model_name"],
            (
                ("project_name", "project_name", project_name),
                ("dataset", "dataset", dataset),
                ("base_model_name", "base_model_name", base_model_name),
                ("provider", "provider", provider),
                ("text_column", "text_column", text_column),
                ("learning_rate", "learning_rate", learning_rate),
                ("batch_size", "batch_size", batch_size),
                ("num_epochs", "num_epochs", num_epochs),
                ("block_size", "block_size", block_size),
                ("warmup_ratio", "warmup_ratio", warmup_ratio),
                ("lora_r", "lora_r", lora_r),
                ("lora_alpha", "lora_alpha", lora_alpha),
                ("lora_dropout", "lora_dropout", lora_dropout),
                ("weight_decay", "weight_decay", weight_decay),
                ("gradient_accumulation", "gradient_accumulation", gradient_accumulation),
                ("use_peft", "use_peft", use_peft),
                ("use_fp16", "use_fp16", use_fp16),
                ("use_int4", "use_int4", use_int4),
                ("push_to_hub", "push_to_hub", push_to_hub),
                ("repo_id", "repo_id", repo_id),
                ("preprocess_dataset", "preprocess_dataset", preprocess_dataset),
                ("prompt_column", "prompt_column", prompt_column),
                ("prompt_prefix", "prompt_prefix", prompt_prefix),
                ("prompt_suffix", "prompt_suffix", prompt_suffix),
                ("response_prefix", "response_prefix", response_prefix),
            ),
        )
        return self._client._send(
            _ai_finetuning_v1_org_user_trainings_create.OPERATION,
            _ai_finetuning_v1_org_user_trainings_create.build_request(
                org=org, username=username, body=body
            ),
            options,
        )

    def destroy(
        self,
        *,
        org: str,
        username: str,
        id: UUID,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Mixin that includes the StudentTokenAuthentication and IsPlatformAdmin

        Args:
            org (str, path)
            username (str, path)
            id (UUID, path)

        Returns:
            None
        """
        return self._client._send(
            _ai_finetuning_v1_org_user_trainings_destroy.OPERATION,
            _ai_finetuning_v1_org_user_trainings_destroy.build_request(
                org=org, username=username, id=id
            ),
            options,
        )

    def retrieve(
        self,
        *,
        org: str,
        username: str,
        id: UUID,
        **options: Unpack[RequestOptions],
    ) -> Training:
        """Mixin that includes the StudentTokenAuthentication and IsPlatformAdmin

        Args:
            org (str, path)
            username (str, path)
            id (UUID, path)

        Returns:
            Training
        """
        return self._client._send(
            _ai_finetuning_v1_org_user_trainings_retrieve.OPERATION,
            _ai_finetuning_v1_org_user_trainings_retrieve.build_request(
                org=org, username=username, id=id
            ),
            options,
        )

    @overload
    def partial_update(
        self,
        *,
        org: str,
        username: str,
        id: UUID,
        body: PatchedTrainingCreate | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TrainingCreate: ...

    @overload
    def partial_update(
        self,
        *,
        org: str,
        username: str,
        id: UUID,
        project_name: str | Unset = UNSET,
        dataset: UUID | Unset = UNSET,
        base_model_name: str | Unset = UNSET,
        provider: Provider63AEnum | Unset = UNSET,
        text_column: str | Unset = UNSET,
        learning_rate: float | Unset = UNSET,
        batch_size: int | Unset = UNSET,
        num_epochs: int | Unset = UNSET,
        block_size: int | Unset = UNSET,
        warmup_ratio: float | Unset = UNSET,
        lora_r: int | Unset = UNSET,
        lora_alpha: int | Unset = UNSET,
        lora_dropout: float | Unset = UNSET,
        weight_decay: float | Unset = UNSET,
        gradient_accumulation: int | Unset = UNSET,
        use_peft: bool | Unset = UNSET,
        use_fp16: bool | Unset = UNSET,
        use_int4: bool | Unset = UNSET,
        push_to_hub: bool | Unset = UNSET,
        repo_id: str | Unset = UNSET,
        preprocess_dataset: bool | Unset = UNSET,
        prompt_column: str | Unset = UNSET,
        prompt_prefix: str | Unset = UNSET,
        prompt_suffix: str | Unset = UNSET,
        response_prefix: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TrainingCreate: ...

    def partial_update(
        self,
        *,
        org: str,
        username: str,
        id: UUID,
        body: PatchedTrainingCreate | Unset = UNSET,
        project_name: str | Unset = UNSET,
        dataset: UUID | Unset = UNSET,
        base_model_name: str | Unset = UNSET,
        provider: Provider63AEnum | Unset = UNSET,
        text_column: str | Unset = UNSET,
        learning_rate: float | Unset = UNSET,
        batch_size: int | Unset = UNSET,
        num_epochs: int | Unset = UNSET,
        block_size: int | Unset = UNSET,
        warmup_ratio: float | Unset = UNSET,
        lora_r: int | Unset = UNSET,
        lora_alpha: int | Unset = UNSET,
        lora_dropout: float | Unset = UNSET,
        weight_decay: float | Unset = UNSET,
        gradient_accumulation: int | Unset = UNSET,
        use_peft: bool | Unset = UNSET,
        use_fp16: bool | Unset = UNSET,
        use_int4: bool | Unset = UNSET,
        push_to_hub: bool | Unset = UNSET,
        repo_id: str | Unset = UNSET,
        preprocess_dataset: bool | Unset = UNSET,
        prompt_column: str | Unset = UNSET,
        prompt_prefix: str | Unset = UNSET,
        prompt_suffix: str | Unset = UNSET,
        response_prefix: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TrainingCreate:
        """Mixin that includes the StudentTokenAuthentication and IsPlatformAdmin

        Args:
            org (str, path)
            username (str, path)
            id (UUID, path)
            body (PatchedTrainingCreate | Unset, request body)
            Or the body's fields as keywords instead of body=: project_name, dataset,
                base_model_name, provider, text_column, learning_rate, batch_size, num_epochs,
                block_size, warmup_ratio, lora_r, lora_alpha, lora_dropout, weight_decay,
                gradient_accumulation, use_peft, use_fp16, use_int4, push_to_hub, repo_id,
                preprocess_dataset, prompt_column, prompt_prefix, prompt_suffix, response_prefix

        Returns:
            TrainingCreate
        """
        body = optional_body_from_fields(
            "ai_finetuning.v1.org.user.trainings.partial_update",
            body,
            PatchedTrainingCreate,
            [],
            (
                ("project_name", "project_name", project_name),
                ("dataset", "dataset", dataset),
                ("base_model_name", "base_model_name", base_model_name),
                ("provider", "provider", provider),
                ("text_column", "text_column", text_column),
                ("learning_rate", "learning_rate", learning_rate),
                ("batch_size", "batch_size", batch_size),
                ("num_epochs", "num_epochs", num_epochs),
                ("block_size", "block_size", block_size),
                ("warmup_ratio", "warmup_ratio", warmup_ratio),
                ("lora_r", "lora_r", lora_r),
                ("lora_alpha", "lora_alpha", lora_alpha),
                ("lora_dropout", "lora_dropout", lora_dropout),
                ("weight_decay", "weight_decay", weight_decay),
                ("gradient_accumulation", "gradient_accumulation", gradient_accumulation),
                ("use_peft", "use_peft", use_peft),
                ("use_fp16", "use_fp16", use_fp16),
                ("use_int4", "use_int4", use_int4),
                ("push_to_hub", "push_to_hub", push_to_hub),
                ("repo_id", "repo_id", repo_id),
                ("preprocess_dataset", "preprocess_dataset", preprocess_dataset),
                ("prompt_column", "prompt_column", prompt_column),
                ("prompt_prefix", "prompt_prefix", prompt_prefix),
                ("prompt_suffix", "prompt_suffix", prompt_suffix),
                ("response_prefix", "response_prefix", response_prefix),
            ),
        )
        return self._client._send(
            _ai_finetuning_v1_org_user_trainings_partial_update.OPERATION,
            _ai_finetuning_v1_org_user_trainings_partial_update.build_request(
                org=org, username=username, id=id, body=body
            ),
            options,
        )

    @overload
    def update(
        self,
        *,
        org: str,
        username: str,
        id: UUID,
        body: TrainingCreateRequest,
        **options: Unpack[RequestOptions],
    ) -> TrainingCreate: ...

    @overload
    def update(
        self,
        *,
        org: str,
        username: str,
        id: UUID,
        project_name: str,
        dataset: UUID,
        base_model_name: str,
        provider: Provider63AEnum | Unset = UNSET,
        text_column: str | Unset = UNSET,
        learning_rate: float | Unset = UNSET,
        batch_size: int | Unset = UNSET,
        num_epochs: int | Unset = UNSET,
        block_size: int | Unset = UNSET,
        warmup_ratio: float | Unset = UNSET,
        lora_r: int | Unset = UNSET,
        lora_alpha: int | Unset = UNSET,
        lora_dropout: float | Unset = UNSET,
        weight_decay: float | Unset = UNSET,
        gradient_accumulation: int | Unset = UNSET,
        use_peft: bool | Unset = UNSET,
        use_fp16: bool | Unset = UNSET,
        use_int4: bool | Unset = UNSET,
        push_to_hub: bool | Unset = UNSET,
        repo_id: str | Unset = UNSET,
        preprocess_dataset: bool | Unset = UNSET,
        prompt_column: str | Unset = UNSET,
        prompt_prefix: str | Unset = UNSET,
        prompt_suffix: str | Unset = UNSET,
        response_prefix: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TrainingCreate: ...

    def update(
        self,
        *,
        org: str,
        username: str,
        id: UUID,
        body: TrainingCreateRequest | Unset = UNSET,
        project_name: str | Unset = UNSET,
        dataset: UUID | Unset = UNSET,
        base_model_name: str | Unset = UNSET,
        provider: Provider63AEnum | Unset = UNSET,
        text_column: str | Unset = UNSET,
        learning_rate: float | Unset = UNSET,
        batch_size: int | Unset = UNSET,
        num_epochs: int | Unset = UNSET,
        block_size: int | Unset = UNSET,
        warmup_ratio: float | Unset = UNSET,
        lora_r: int | Unset = UNSET,
        lora_alpha: int | Unset = UNSET,
        lora_dropout: float | Unset = UNSET,
        weight_decay: float | Unset = UNSET,
        gradient_accumulation: int | Unset = UNSET,
        use_peft: bool | Unset = UNSET,
        use_fp16: bool | Unset = UNSET,
        use_int4: bool | Unset = UNSET,
        push_to_hub: bool | Unset = UNSET,
        repo_id: str | Unset = UNSET,
        preprocess_dataset: bool | Unset = UNSET,
        prompt_column: str | Unset = UNSET,
        prompt_prefix: str | Unset = UNSET,
        prompt_suffix: str | Unset = UNSET,
        response_prefix: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TrainingCreate:
        """Mixin that includes the StudentTokenAuthentication and IsPlatformAdmin

        Args:
            org (str, path)
            username (str, path)
            id (UUID, path)
            body (TrainingCreateRequest, request body)
            Or the body's fields as keywords instead of body=: project_name, dataset,
                base_model_name, provider, text_column, learning_rate, batch_size, num_epochs,
                block_size, warmup_ratio, lora_r, lora_alpha, lora_dropout, weight_decay,
                gradient_accumulation, use_peft, use_fp16, use_int4, push_to_hub, repo_id,
                preprocess_dataset, prompt_column, prompt_prefix, prompt_suffix, response_prefix

        Returns:
            TrainingCreate
        """
        body = body_from_fields(
            "ai_finetuning.v1.org.user.trainings.update",
            body,
            TrainingCreateRequest,
            ["project_name", "dataset", "base_model_name"],
            (
                ("project_name", "project_name", project_name),
                ("dataset", "dataset", dataset),
                ("base_model_name", "base_model_name", base_model_name),
                ("provider", "provider", provider),
                ("text_column", "text_column", text_column),
                ("learning_rate", "learning_rate", learning_rate),
                ("batch_size", "batch_size", batch_size),
                ("num_epochs", "num_epochs", num_epochs),
                ("block_size", "block_size", block_size),
                ("warmup_ratio", "warmup_ratio", warmup_ratio),
                ("lora_r", "lora_r", lora_r),
                ("lora_alpha", "lora_alpha", lora_alpha),
                ("lora_dropout", "lora_dropout", lora_dropout),
                ("weight_decay", "weight_decay", weight_decay),
                ("gradient_accumulation", "gradient_accumulation", gradient_accumulation),
                ("use_peft", "use_peft", use_peft),
                ("use_fp16", "use_fp16", use_fp16),
                ("use_int4", "use_int4", use_int4),
                ("push_to_hub", "push_to_hub", push_to_hub),
                ("repo_id", "repo_id", repo_id),
                ("preprocess_dataset", "preprocess_dataset", preprocess_dataset),
                ("prompt_column", "prompt_column", prompt_column),
                ("prompt_prefix", "prompt_prefix", prompt_prefix),
                ("prompt_suffix", "prompt_suffix", prompt_suffix),
                ("response_prefix", "response_prefix", response_prefix),
            ),
        )
        return self._client._send(
            _ai_finetuning_v1_org_user_trainings_update.OPERATION,
            _ai_finetuning_v1_org_user_trainings_update.build_request(
                org=org, username=username, id=id, body=body
            ),
            options,
        )


class AiFinetuningV1OrgUserTrainingsResourceWithRawResponse:
    """`Client.ai_finetuning.v1.org.user.trainings`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiFinetuningV1OrgUserTrainingsResource) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)
        self.destroy = to_raw_response(resource.destroy)
        self.retrieve = to_raw_response(resource.retrieve)
        self.partial_update = to_raw_response(resource.partial_update)
        self.update = to_raw_response(resource.update)

    @cached_property
    def finetuned_models(
        self,
    ) -> AiFinetuningV1OrgUserTrainingsFinetunedModelsResourceWithRawResponse:
        from .finetuned_models import (
            AiFinetuningV1OrgUserTrainingsFinetunedModelsResourceWithRawResponse,
        )

        return AiFinetuningV1OrgUserTrainingsFinetunedModelsResourceWithRawResponse(
            self._resource.finetuned_models
        )


class AsyncAiFinetuningV1OrgUserTrainingsResource:
    """`AsyncClient.ai_finetuning.v1.org.user.trainings`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiFinetuningV1OrgUserTrainingsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiFinetuningV1OrgUserTrainingsResourceWithRawResponse(self)

    @cached_property
    def finetuned_models(self) -> AsyncAiFinetuningV1OrgUserTrainingsFinetunedModelsResource:
        from .finetuned_models import AsyncAiFinetuningV1OrgUserTrainingsFinetunedModelsResource

        return AsyncAiFinetuningV1OrgUserTrainingsFinetunedModelsResource(self._client)

    async def list(
        self,
        *,
        org: str,
        username: str,
        base_model_name: str | Unset = UNSET,
        dataset: UUID | Unset = UNSET,
        date_created: datetime.datetime | Unset = UNSET,
        fine_tuned_model: str | Unset = UNSET,
        last_modified: datetime.datetime | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        preprocess_dataset: bool | Unset = UNSET,
        provider: AiFinetuningV1OrgUserTrainingsListProvider | Unset = UNSET,
        search: str | Unset = UNSET,
        status: AiFinetuningV1OrgUserTrainingsListStatus | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedTrainingList:
        """Mixin that includes the StudentTokenAuthentication and IsPlatformAdmin

        Args:
            org (str, path)
            username (str, path)
            base_model_name (str | Unset, query)
            dataset (UUID | Unset, query)
            date_created (datetime.datetime | Unset, query)
            fine_tuned_model (str | Unset, query)
            last_modified (datetime.datetime | Unset, query)
            ordering (str | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            preprocess_dataset (bool | Unset, query)
            provider (AiFinetuningV1OrgUserTrainingsListProvider | Unset, query)
            search (str | Unset, query)
            status (AiFinetuningV1OrgUserTrainingsListStatus | Unset, query)

        Returns:
            PaginatedTrainingList
        """
        return await self._client._send(
            _ai_finetuning_v1_org_user_trainings_list.OPERATION,
            _ai_finetuning_v1_org_user_trainings_list.build_request(
                org=org,
                username=username,
                base_model_name=base_model_name,
                dataset=dataset,
                date_created=date_created,
                fine_tuned_model=fine_tuned_model,
                last_modified=last_modified,
                ordering=ordering,
                page=page,
                page_size=page_size,
                preprocess_dataset=preprocess_dataset,
                provider=provider,
                search=search,
                status=status,
            ),
            options,
        )

    def iter_list(
        self,
        *,
        org: str,
        username: str,
        base_model_name: str | Unset = UNSET,
        dataset: UUID | Unset = UNSET,
        date_created: datetime.datetime | Unset = UNSET,
        fine_tuned_model: str | Unset = UNSET,
        last_modified: datetime.datetime | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        preprocess_dataset: bool | Unset = UNSET,
        provider: AiFinetuningV1OrgUserTrainingsListProvider | Unset = UNSET,
        search: str | Unset = UNSET,
        status: AiFinetuningV1OrgUserTrainingsListStatus | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AsyncIterator[Training]:
        """Every item of every page of `list`, fetched page by page."""
        return self._client._paginate(
            _ai_finetuning_v1_org_user_trainings_list.OPERATION,
            _ai_finetuning_v1_org_user_trainings_list.build_request(
                org=org,
                username=username,
                base_model_name=base_model_name,
                dataset=dataset,
                date_created=date_created,
                fine_tuned_model=fine_tuned_model,
                last_modified=last_modified,
                ordering=ordering,
                page=page,
                page_size=page_size,
                preprocess_dataset=preprocess_dataset,
                provider=provider,
                search=search,
                status=status,
            ),
            _ai_finetuning_v1_org_user_trainings_list.PAGE,
            options,
        )

    @overload
    async def create(
        self,
        *,
        org: str,
        username: str,
        body: TrainingCreateRequest,
        **options: Unpack[RequestOptions],
    ) -> TrainingCreate: ...

    @overload
    async def create(
        self,
        *,
        org: str,
        username: str,
        project_name: str,
        dataset: UUID,
        base_model_name: str,
        provider: Provider63AEnum | Unset = UNSET,
        text_column: str | Unset = UNSET,
        learning_rate: float | Unset = UNSET,
        batch_size: int | Unset = UNSET,
        num_epochs: int | Unset = UNSET,
        block_size: int | Unset = UNSET,
        warmup_ratio: float | Unset = UNSET,
        lora_r: int | Unset = UNSET,
        lora_alpha: int | Unset = UNSET,
        lora_dropout: float | Unset = UNSET,
        weight_decay: float | Unset = UNSET,
        gradient_accumulation: int | Unset = UNSET,
        use_peft: bool | Unset = UNSET,
        use_fp16: bool | Unset = UNSET,
        use_int4: bool | Unset = UNSET,
        push_to_hub: bool | Unset = UNSET,
        repo_id: str | Unset = UNSET,
        preprocess_dataset: bool | Unset = UNSET,
        prompt_column: str | Unset = UNSET,
        prompt_prefix: str | Unset = UNSET,
        prompt_suffix: str | Unset = UNSET,
        response_prefix: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TrainingCreate: ...

    async def create(
        self,
        *,
        org: str,
        username: str,
        body: TrainingCreateRequest | Unset = UNSET,
        project_name: str | Unset = UNSET,
        dataset: UUID | Unset = UNSET,
        base_model_name: str | Unset = UNSET,
        provider: Provider63AEnum | Unset = UNSET,
        text_column: str | Unset = UNSET,
        learning_rate: float | Unset = UNSET,
        batch_size: int | Unset = UNSET,
        num_epochs: int | Unset = UNSET,
        block_size: int | Unset = UNSET,
        warmup_ratio: float | Unset = UNSET,
        lora_r: int | Unset = UNSET,
        lora_alpha: int | Unset = UNSET,
        lora_dropout: float | Unset = UNSET,
        weight_decay: float | Unset = UNSET,
        gradient_accumulation: int | Unset = UNSET,
        use_peft: bool | Unset = UNSET,
        use_fp16: bool | Unset = UNSET,
        use_int4: bool | Unset = UNSET,
        push_to_hub: bool | Unset = UNSET,
        repo_id: str | Unset = UNSET,
        preprocess_dataset: bool | Unset = UNSET,
        prompt_column: str | Unset = UNSET,
        prompt_prefix: str | Unset = UNSET,
        prompt_suffix: str | Unset = UNSET,
        response_prefix: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TrainingCreate:
        """Mixin that includes the StudentTokenAuthentication and IsPlatformAdmin

        Args:
            org (str, path)
            username (str, path)
            body (TrainingCreateRequest, request body)
            Or the body's fields as keywords instead of body=: project_name, dataset,
                base_model_name, provider, text_column, learning_rate, batch_size, num_epochs,
                block_size, warmup_ratio, lora_r, lora_alpha, lora_dropout, weight_decay,
                gradient_accumulation, use_peft, use_fp16, use_int4, push_to_hub, repo_id,
                preprocess_dataset, prompt_column, prompt_prefix, prompt_suffix, response_prefix

        Returns:
            TrainingCreate
        """
        body = body_from_fields(
            "ai_finetuning.v1.org.user.trainings.create",
            body,
            TrainingCreateRequest,
            ["project_name", "dataset", "base_model_name"],
            (
                ("project_name", "project_name", project_name),
                ("dataset", "dataset", dataset),
                ("base_model_name", "base_model_name", base_model_name),
                ("provider", "provider", provider),
                ("text_column", "text_column", text_column),
                ("learning_rate", "learning_rate", learning_rate),
                ("batch_size", "batch_size", batch_size),
                ("num_epochs", "num_epochs", num_epochs),
                ("block_size", "block_size", block_size),
                ("warmup_ratio", "warmup_ratio", warmup_ratio),
                ("lora_r", "lora_r", lora_r),
                ("lora_alpha", "lora_alpha", lora_alpha),
                ("lora_dropout", "lora_dropout", lora_dropout),
                ("weight_decay", "weight_decay", weight_decay),
                ("gradient_accumulation", "gradient_accumulation", gradient_accumulation),
                ("use_peft", "use_peft", use_peft),
                ("use_fp16", "use_fp16", use_fp16),
                ("use_int4", "use_int4", use_int4),
                ("push_to_hub", "push_to_hub", push_to_hub),
                ("repo_id", "repo_id", repo_id),
                ("preprocess_dataset", "preprocess_dataset", preprocess_dataset),
                ("prompt_column", "prompt_column", prompt_column),
                ("prompt_prefix", "prompt_prefix", prompt_prefix),
                ("prompt_suffix", "prompt_suffix", prompt_suffix),
                ("response_prefix", "response_prefix", response_prefix),
            ),
        )
        return await self._client._send(
            _ai_finetuning_v1_org_user_trainings_create.OPERATION,
            _ai_finetuning_v1_org_user_trainings_create.build_request(
                org=org, username=username, body=body
            ),
            options,
        )

    async def destroy(
        self,
        *,
        org: str,
        username: str,
        id: UUID,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Mixin that includes the StudentTokenAuthentication and IsPlatformAdmin

        Args:
            org (str, path)
            username (str, path)
            id (UUID, path)

        Returns:
            None
        """
        return await self._client._send(
            _ai_finetuning_v1_org_user_trainings_destroy.OPERATION,
            _ai_finetuning_v1_org_user_trainings_destroy.build_request(
                org=org, username=username, id=id
            ),
            options,
        )

    async def retrieve(
        self,
        *,
        org: str,
        username: str,
        id: UUID,
        **options: Unpack[RequestOptions],
    ) -> Training:
        """Mixin that includes the StudentTokenAuthentication and IsPlatformAdmin

        Args:
            org (str, path)
            username (str, path)
            id (UUID, path)

        Returns:
            Training
        """
        return await self._client._send(
            _ai_finetuning_v1_org_user_trainings_retrieve.OPERATION,
            _ai_finetuning_v1_org_user_trainings_retrieve.build_request(
                org=org, username=username, id=id
            ),
            options,
        )

    @overload
    async def partial_update(
        self,
        *,
        org: str,
        username: str,
        id: UUID,
        body: PatchedTrainingCreate | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TrainingCreate: ...

    @overload
    async def partial_update(
        self,
        *,
        org: str,
        username: str,
        id: UUID,
        project_name: str | Unset = UNSET,
        dataset: UUID | Unset = UNSET,
        base_model_name: str | Unset = UNSET,
        provider: Provider63AEnum | Unset = UNSET,
        text_column: str | Unset = UNSET,
        learning_rate: float | Unset = UNSET,
        batch_size: int | Unset = UNSET,
        num_epochs: int | Unset = UNSET,
        block_size: int | Unset = UNSET,
        warmup_ratio: float | Unset = UNSET,
        lora_r: int | Unset = UNSET,
        lora_alpha: int | Unset = UNSET,
        lora_dropout: float | Unset = UNSET,
        weight_decay: float | Unset = UNSET,
        gradient_accumulation: int | Unset = UNSET,
        use_peft: bool | Unset = UNSET,
        use_fp16: bool | Unset = UNSET,
        use_int4: bool | Unset = UNSET,
        push_to_hub: bool | Unset = UNSET,
        repo_id: str | Unset = UNSET,
        preprocess_dataset: bool | Unset = UNSET,
        prompt_column: str | Unset = UNSET,
        prompt_prefix: str | Unset = UNSET,
        prompt_suffix: str | Unset = UNSET,
        response_prefix: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TrainingCreate: ...

    async def partial_update(
        self,
        *,
        org: str,
        username: str,
        id: UUID,
        body: PatchedTrainingCreate | Unset = UNSET,
        project_name: str | Unset = UNSET,
        dataset: UUID | Unset = UNSET,
        base_model_name: str | Unset = UNSET,
        provider: Provider63AEnum | Unset = UNSET,
        text_column: str | Unset = UNSET,
        learning_rate: float | Unset = UNSET,
        batch_size: int | Unset = UNSET,
        num_epochs: int | Unset = UNSET,
        block_size: int | Unset = UNSET,
        warmup_ratio: float | Unset = UNSET,
        lora_r: int | Unset = UNSET,
        lora_alpha: int | Unset = UNSET,
        lora_dropout: float | Unset = UNSET,
        weight_decay: float | Unset = UNSET,
        gradient_accumulation: int | Unset = UNSET,
        use_peft: bool | Unset = UNSET,
        use_fp16: bool | Unset = UNSET,
        use_int4: bool | Unset = UNSET,
        push_to_hub: bool | Unset = UNSET,
        repo_id: str | Unset = UNSET,
        preprocess_dataset: bool | Unset = UNSET,
        prompt_column: str | Unset = UNSET,
        prompt_prefix: str | Unset = UNSET,
        prompt_suffix: str | Unset = UNSET,
        response_prefix: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TrainingCreate:
        """Mixin that includes the StudentTokenAuthentication and IsPlatformAdmin

        Args:
            org (str, path)
            username (str, path)
            id (UUID, path)
            body (PatchedTrainingCreate | Unset, request body)
            Or the body's fields as keywords instead of body=: project_name, dataset,
                base_model_name, provider, text_column, learning_rate, batch_size, num_epochs,
                block_size, warmup_ratio, lora_r, lora_alpha, lora_dropout, weight_decay,
                gradient_accumulation, use_peft, use_fp16, use_int4, push_to_hub, repo_id,
                preprocess_dataset, prompt_column, prompt_prefix, prompt_suffix, response_prefix

        Returns:
            TrainingCreate
        """
        body = optional_body_from_fields(
            "ai_finetuning.v1.org.user.trainings.partial_update",
            body,
            PatchedTrainingCreate,
            [],
            (
                ("project_name", "project_name", project_name),
                ("dataset", "dataset", dataset),
                ("base_model_name", "base_model_name", base_model_name),
                ("provider", "provider", provider),
                ("text_column", "text_column", text_column),
                ("learning_rate", "learning_rate", learning_rate),
                ("batch_size", "batch_size", batch_size),
                ("num_epochs", "num_epochs", num_epochs),
                ("block_size", "block_size", block_size),
                ("warmup_ratio", "warmup_ratio", warmup_ratio),
                ("lora_r", "lora_r", lora_r),
                ("lora_alpha", "lora_alpha", lora_alpha),
                ("lora_dropout", "lora_dropout", lora_dropout),
                ("weight_decay", "weight_decay", weight_decay),
                ("gradient_accumulation", "gradient_accumulation", gradient_accumulation),
                ("use_peft", "use_peft", use_peft),
                ("use_fp16", "use_fp16", use_fp16),
                ("use_int4", "use_int4", use_int4),
                ("push_to_hub", "push_to_hub", push_to_hub),
                ("repo_id", "repo_id", repo_id),
                ("preprocess_dataset", "preprocess_dataset", preprocess_dataset),
                ("prompt_column", "prompt_column", prompt_column),
                ("prompt_prefix", "prompt_prefix", prompt_prefix),
                ("prompt_suffix", "prompt_suffix", prompt_suffix),
                ("response_prefix", "response_prefix", response_prefix),
            ),
        )
        return await self._client._send(
            _ai_finetuning_v1_org_user_trainings_partial_update.OPERATION,
            _ai_finetuning_v1_org_user_trainings_partial_update.build_request(
                org=org, username=username, id=id, body=body
            ),
            options,
        )

    @overload
    async def update(
        self,
        *,
        org: str,
        username: str,
        id: UUID,
        body: TrainingCreateRequest,
        **options: Unpack[RequestOptions],
    ) -> TrainingCreate: ...

    @overload
    async def update(
        self,
        *,
        org: str,
        username: str,
        id: UUID,
        project_name: str,
        dataset: UUID,
        base_model_name: str,
        provider: Provider63AEnum | Unset = UNSET,
        text_column: str | Unset = UNSET,
        learning_rate: float | Unset = UNSET,
        batch_size: int | Unset = UNSET,
        num_epochs: int | Unset = UNSET,
        block_size: int | Unset = UNSET,
        warmup_ratio: float | Unset = UNSET,
        lora_r: int | Unset = UNSET,
        lora_alpha: int | Unset = UNSET,
        lora_dropout: float | Unset = UNSET,
        weight_decay: float | Unset = UNSET,
        gradient_accumulation: int | Unset = UNSET,
        use_peft: bool | Unset = UNSET,
        use_fp16: bool | Unset = UNSET,
        use_int4: bool | Unset = UNSET,
        push_to_hub: bool | Unset = UNSET,
        repo_id: str | Unset = UNSET,
        preprocess_dataset: bool | Unset = UNSET,
        prompt_column: str | Unset = UNSET,
        prompt_prefix: str | Unset = UNSET,
        prompt_suffix: str | Unset = UNSET,
        response_prefix: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TrainingCreate: ...

    async def update(
        self,
        *,
        org: str,
        username: str,
        id: UUID,
        body: TrainingCreateRequest | Unset = UNSET,
        project_name: str | Unset = UNSET,
        dataset: UUID | Unset = UNSET,
        base_model_name: str | Unset = UNSET,
        provider: Provider63AEnum | Unset = UNSET,
        text_column: str | Unset = UNSET,
        learning_rate: float | Unset = UNSET,
        batch_size: int | Unset = UNSET,
        num_epochs: int | Unset = UNSET,
        block_size: int | Unset = UNSET,
        warmup_ratio: float | Unset = UNSET,
        lora_r: int | Unset = UNSET,
        lora_alpha: int | Unset = UNSET,
        lora_dropout: float | Unset = UNSET,
        weight_decay: float | Unset = UNSET,
        gradient_accumulation: int | Unset = UNSET,
        use_peft: bool | Unset = UNSET,
        use_fp16: bool | Unset = UNSET,
        use_int4: bool | Unset = UNSET,
        push_to_hub: bool | Unset = UNSET,
        repo_id: str | Unset = UNSET,
        preprocess_dataset: bool | Unset = UNSET,
        prompt_column: str | Unset = UNSET,
        prompt_prefix: str | Unset = UNSET,
        prompt_suffix: str | Unset = UNSET,
        response_prefix: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TrainingCreate:
        """Mixin that includes the StudentTokenAuthentication and IsPlatformAdmin

        Args:
            org (str, path)
            username (str, path)
            id (UUID, path)
            body (TrainingCreateRequest, request body)
            Or the body's fields as keywords instead of body=: project_name, dataset,
                base_model_name, provider, text_column, learning_rate, batch_size, num_epochs,
                block_size, warmup_ratio, lora_r, lora_alpha, lora_dropout, weight_decay,
                gradient_accumulation, use_peft, use_fp16, use_int4, push_to_hub, repo_id,
                preprocess_dataset, prompt_column, prompt_prefix, prompt_suffix, response_prefix

        Returns:
            TrainingCreate
        """
        body = body_from_fields(
            "ai_finetuning.v1.org.user.trainings.update",
            body,
            TrainingCreateRequest,
            ["project_name", "dataset", "base_model_name"],
            (
                ("project_name", "project_name", project_name),
                ("dataset", "dataset", dataset),
                ("base_model_name", "base_model_name", base_model_name),
                ("provider", "provider", provider),
                ("text_column", "text_column", text_column),
                ("learning_rate", "learning_rate", learning_rate),
                ("batch_size", "batch_size", batch_size),
                ("num_epochs", "num_epochs", num_epochs),
                ("block_size", "block_size", block_size),
                ("warmup_ratio", "warmup_ratio", warmup_ratio),
                ("lora_r", "lora_r", lora_r),
                ("lora_alpha", "lora_alpha", lora_alpha),
                ("lora_dropout", "lora_dropout", lora_dropout),
                ("weight_decay", "weight_decay", weight_decay),
                ("gradient_accumulation", "gradient_accumulation", gradient_accumulation),
                ("use_peft", "use_peft", use_peft),
                ("use_fp16", "use_fp16", use_fp16),
                ("use_int4", "use_int4", use_int4),
                ("push_to_hub", "push_to_hub", push_to_hub),
                ("repo_id", "repo_id", repo_id),
                ("preprocess_dataset", "preprocess_dataset", preprocess_dataset),
                ("prompt_column", "prompt_column", prompt_column),
                ("prompt_prefix", "prompt_prefix", prompt_prefix),
                ("prompt_suffix", "prompt_suffix", prompt_suffix),
                ("response_prefix", "response_prefix", response_prefix),
            ),
        )
        return await self._client._send(
            _ai_finetuning_v1_org_user_trainings_update.OPERATION,
            _ai_finetuning_v1_org_user_trainings_update.build_request(
                org=org, username=username, id=id, body=body
            ),
            options,
        )


class AsyncAiFinetuningV1OrgUserTrainingsResourceWithRawResponse:
    """`AsyncClient.ai_finetuning.v1.org.user.trainings`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiFinetuningV1OrgUserTrainingsResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)
        self.create = async_to_raw_response(resource.create)
        self.destroy = async_to_raw_response(resource.destroy)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.partial_update = async_to_raw_response(resource.partial_update)
        self.update = async_to_raw_response(resource.update)

    @cached_property
    def finetuned_models(
        self,
    ) -> AsyncAiFinetuningV1OrgUserTrainingsFinetunedModelsResourceWithRawResponse:
        from .finetuned_models import (
            AsyncAiFinetuningV1OrgUserTrainingsFinetunedModelsResourceWithRawResponse,
        )

        return AsyncAiFinetuningV1OrgUserTrainingsFinetunedModelsResourceWithRawResponse(
            self._resource.finetuned_models
        )
