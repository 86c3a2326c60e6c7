"""`Client.ai_finetuning.v1.org.user.datasets`: 6 operations."""

from __future__ import annotations

import datetime
from collections.abc import AsyncIterator, Iterator
from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload
from uuid import UUID

from ......._operation import RequestOptions, body_from_fields, optional_body_from_fields
from ......._response import async_to_raw_response, to_raw_response
from .......api.ai_finetuning import (
    ai_finetuning_v1_org_user_datasets_create as _ai_finetuning_v1_org_user_datasets_create,
)
from .......api.ai_finetuning import (
    ai_finetuning_v1_org_user_datasets_destroy as _ai_finetuning_v1_org_user_datasets_destroy,
)
from .......api.ai_finetuning import (
    ai_finetuning_v1_org_user_datasets_list as _ai_finetuning_v1_org_user_datasets_list,
)
from .......api.ai_finetuning import (
    ai_finetuning_v1_org_user_datasets_partial_update as _ai_finetuning_v1_org_user_datasets_partial_update,
)
from .......api.ai_finetuning import (
    ai_finetuning_v1_org_user_datasets_retrieve as _ai_finetuning_v1_org_user_datasets_retrieve,
)
from .......api.ai_finetuning import (
    ai_finetuning_v1_org_user_datasets_update as _ai_finetuning_v1_org_user_datasets_update,
)
from .......models.ai_finetuning_v1_org_user_datasets_list_status import (
    AiFinetuningV1OrgUserDatasetsListStatus,
)
from .......models.data_set import DataSet
from .......models.data_set_create import DataSetCreate
from .......models.data_set_create_request import DataSetCreateRequest
from .......models.data_set_platform import DataSetPlatform
from .......models.data_set_request import DataSetRequest
from .......models.data_set_status_enum import DataSetStatusEnum
from .......models.paginated_data_set_list import PaginatedDataSetList
from .......models.patched_data_set import PatchedDataSet
from .......models.patched_data_set_platform import PatchedDataSetPlatform
from .......types import UNSET, Unset

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "AiFinetuningV1OrgUserDatasetsResource",
    "AiFinetuningV1OrgUserDatasetsResourceWithRawResponse",
    "AsyncAiFinetuningV1OrgUserDatasetsResource",
    "AsyncAiFinetuningV1OrgUserDatasetsResourceWithRawResponse",
]


class AiFinetuningV1OrgUserDatasetsResource:
    """`Client.ai_finetuning.v1.org.user.datasets`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiFinetuningV1OrgUserDatasetsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiFinetuningV1OrgUserDatasetsResourceWithRawResponse(self)

    def list(
        self,
        *,
        org: str,
        username: str,
        date_created: datetime.datetime | Unset = UNSET,
        num_data_points: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        retry_attempts: int | Unset = UNSET,
        search: str | Unset = UNSET,
        status: AiFinetuningV1OrgUserDatasetsListStatus | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedDataSetList:
        """Mixin that includes the StudentTokenAuthentication and IsPlatformAdmin

        Args:
            org (str, path)
            username (str, path)
            date_created (datetime.datetime | Unset, query)
            num_data_points (int | Unset, query)
            ordering (str | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            retry_attempts (int | Unset, query)
            search (str | Unset, query)
            status (AiFinetuningV1OrgUserDatasetsListStatus | Unset, query)

        Returns:
            PaginatedDataSetList
        """
        return self._client._send(
            _ai_finetuning_v1_org_user_datasets_list.OPERATION,
            _ai_finetuning_v1_org_user_datasets_list.build_request(
                org=org,
                username=username,
                date_created=date_created,
                num_data_points=num_data_points,
                ordering=ordering,
                page=page,
                page_size=page_size,
                retry_attempts=retry_attempts,
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
        date_created: datetime.datetime | Unset = UNSET,
        num_data_points: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        retry_attempts: int | Unset = UNSET,
        search: str | Unset = UNSET,
        status: AiFinetuningV1OrgUserDatasetsListStatus | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Iterator[DataSet]:
        """Every item of every page of `list`, fetched page by page."""
        return self._client._paginate(
            _ai_finetuning_v1_org_user_datasets_list.OPERATION,
            _ai_finetuning_v1_org_user_datasets_list.build_request(
                org=org,
                username=username,
                date_created=date_created,
                num_data_points=num_data_points,
                ordering=ordering,
                page=page,
                page_size=page_size,
                retry_attempts=retry_attempts,
                search=search,
                status=status,
            ),
            _ai_finetuning_v1_org_user_datasets_list.PAGE,
            options,
        )

    @overload
    def create(
        self,
        *,
        org: str,
        username: str,
        body: DataSetCreateRequest,
        **options: Unpack[RequestOptions],
    ) -> DataSetCreate: ...

    @overload
    def create(
        self,
        *,
        org: str,
        username: str,
        name: str,
        source_url: str | Unset = UNSET,
        source_file: str | Unset = UNSET,
        num_data_points: int | Unset = UNSET,
        train_split: float | Unset = UNSET,
        prompt: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> DataSetCreate: ...

    def create(
        self,
        *,
        org: str,
        username: str,
        body: DataSetCreateRequest | Unset = UNSET,
        name: str | Unset = UNSET,
        source_url: str | Unset = UNSET,
        source_file: str | Unset = UNSET,
        num_data_points: int | Unset = UNSET,
        train_split: float | Unset = UNSET,
        prompt: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> DataSetCreate:
        """Mixin that includes the StudentTokenAuthentication and IsPlatformAdmin

        Args:
            org (str, path)
            username (str, path)
            body (DataSetCreateRequest, request body)
            Or the body's fields as keywords instead of body=: name, source_url, source_file,
                num_data_points, train_split, prompt

        Returns:
            DataSetCreate
        """
        body = body_from_fields(
            "ai_finetuning.v1.org.user.datasets.create",
            body,
            DataSetCreateRequest,
            ["name"],
            (
                ("name", "name", name),
                ("source_url", "source_url", source_url),
                ("source_file", "source_file", source_file),
                ("num_data_points", "num_data_points", num_data_points),
                ("train_split", "train_split", train_split),
                ("prompt", "prompt", prompt),
            ),
        )
        return self._client._send(
            _ai_finetuning_v1_org_user_datasets_create.OPERATION,
            _ai_finetuning_v1_org_user_datasets_create.build_request(
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
            _ai_finetuning_v1_org_user_datasets_destroy.OPERATION,
            _ai_finetuning_v1_org_user_datasets_destroy.build_request(
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
    ) -> DataSet:
        """Mixin that includes the StudentTokenAuthentication and IsPlatformAdmin

        Args:
            org (str, path)
            username (str, path)
            id (UUID, path)

        Returns:
            DataSet
        """
        return self._client._send(
            _ai_finetuning_v1_org_user_datasets_retrieve.OPERATION,
            _ai_finetuning_v1_org_user_datasets_retrieve.build_request(
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
        body: PatchedDataSet | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> DataSet: ...

    @overload
    def partial_update(
        self,
        *,
        org: str,
        username: str,
        id: UUID,
        platform: None | PatchedDataSetPlatform | Unset = UNSET,
        name: str | Unset = UNSET,
        prompt: str | Unset = UNSET,
        source_url: str | Unset = UNSET,
        source_file: str | Unset = UNSET,
        status: DataSetStatusEnum | Unset = UNSET,
        num_data_points: int | Unset = UNSET,
        train_split: float | Unset = UNSET,
        train_file: str | Unset = UNSET,
        test_file: str | Unset = UNSET,
        retry_attempts: int | Unset = UNSET,
        error_log: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> DataSet: ...

    def partial_update(
        self,
        *,
        org: str,
        username: str,
        id: UUID,
        body: PatchedDataSet | Unset = UNSET,
        platform: None | PatchedDataSetPlatform | Unset = UNSET,
        name: str | Unset = UNSET,
        prompt: str | Unset = UNSET,
        source_url: str | Unset = UNSET,
        source_file: str | Unset = UNSET,
        status: DataSetStatusEnum | Unset = UNSET,
        num_data_points: int | Unset = UNSET,
        train_split: float | Unset = UNSET,
        train_file: str | Unset = UNSET,
        test_file: str | Unset = UNSET,
        retry_attempts: int | Unset = UNSET,
        error_log: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> DataSet:
        """Mixin that includes the StudentTokenAuthentication and IsPlatformAdmin

        Args:
            org (str, path)
            username (str, path)
            id (UUID, path)
            body (PatchedDataSet | Unset, request body)
            Or the body's fields as keywords instead of body=: platform, name, prompt,
                source_url, source_file, status, num_data_points, train_split, train_file,
                test_file, retry_attempts, error_log

        Returns:
            DataSet
        """
        body = optional_body_from_fields(
            "ai_finetuning.v1.org.user.datasets.partial_update",
            body,
            PatchedDataSet,
            [],
            (
                ("platform", "platform", platform),
                ("name", "name", name),
                ("prompt", "prompt", prompt),
                ("source_url", "source_url", source_url),
                ("source_file", "source_file", source_file),
                ("status", "status", status),
                ("num_data_points", "num_data_points", num_data_points),
                ("train_split", "train_split", train_split),
                ("train_file", "train_file", train_file),
                ("test_file", "test_file", test_file),
                ("retry_attempts", "retry_attempts", retry_attempts),
                ("error_log", "error_log", error_log),
            ),
        )
        return self._client._send(
            _ai_finetuning_v1_org_user_datasets_partial_update.OPERATION,
            _ai_finetuning_v1_org_user_datasets_partial_update.build_request(
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
        body: DataSetRequest,
        **options: Unpack[RequestOptions],
    ) -> DataSet: ...

    @overload
    def update(
        self,
        *,
        org: str,
        username: str,
        id: UUID,
        platform: DataSetPlatform | None,
        name: str,
        prompt: str | Unset = UNSET,
        source_url: str | Unset = UNSET,
        source_file: str | Unset = UNSET,
        status: DataSetStatusEnum | Unset = UNSET,
        num_data_points: int | Unset = UNSET,
        train_split: float | Unset = UNSET,
        train_file: str | Unset = UNSET,
        test_file: str | Unset = UNSET,
        retry_attempts: int | Unset = UNSET,
        error_log: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> DataSet: ...

    def update(
        self,
        *,
        org: str,
        username: str,
        id: UUID,
        body: DataSetRequest | Unset = UNSET,
        platform: DataSetPlatform | None | Unset = UNSET,
        name: str | Unset = UNSET,
        prompt: str | Unset = UNSET,
        source_url: str | Unset = UNSET,
        source_file: str | Unset = UNSET,
        status: DataSetStatusEnum | Unset = UNSET,
        num_data_points: int | Unset = UNSET,
        train_split: float | Unset = UNSET,
        train_file: str | Unset = UNSET,
        test_file: str | Unset = UNSET,
        retry_attempts: int | Unset = UNSET,
        error_log: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> DataSet:
        """Mixin that includes the StudentTokenAuthentication and IsPlatformAdmin

        Args:
            org (str, path)
            username (str, path)
            id (UUID, path)
            body (DataSetRequest, request body)
            Or the body's fields as keywords instead of body=: platform, name, prompt,
                source_url, source_file, status, num_data_points, train_split, train_file,
                test_file, retry_attempts, error_log

        Returns:
            DataSet
        """
        body = body_from_fields(
            "ai_finetuning.v1.org.user.datasets.update",
            body,
            DataSetRequest,
            ["platform", "name"],
            (
                ("platform", "platform", platform),
                ("name", "name", name),
                ("prompt", "prompt", prompt),
                ("source_url", "source_url", source_url),
                ("source_file", "source_file", source_file),
                ("status", "status", status),
                ("num_data_points", "num_data_points", num_data_points),
                ("train_split", "train_split", train_split),
                ("train_file", "train_file", train_file),
                ("test_file", "test_file", test_file),
                ("retry_attempts", "retry_attempts", retry_attempts),
                ("error_log", "error_log", error_log),
            ),
        )
        return self._client._send(
            _ai_finetuning_v1_org_user_datasets_update.OPERATION,
            _ai_finetuning_v1_org_user_datasets_update.build_request(
                org=org, username=username, id=id, body=body
            ),
            options,
        )


class AiFinetuningV1OrgUserDatasetsResourceWithRawResponse:
    """`Client.ai_finetuning.v1.org.user.datasets`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiFinetuningV1OrgUserDatasetsResource) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)
        self.destroy = to_raw_response(resource.destroy)
        self.retrieve = to_raw_response(resource.retrieve)
        self.partial_update = to_raw_response(resource.partial_update)
        self.update = to_raw_response(resource.update)


class AsyncAiFinetuningV1OrgUserDatasetsResource:
    """`AsyncClient.ai_finetuning.v1.org.user.datasets`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiFinetuningV1OrgUserDatasetsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiFinetuningV1OrgUserDatasetsResourceWithRawResponse(self)

    async def list(
        self,
        *,
        org: str,
        username: str,
        date_created: datetime.datetime | Unset = UNSET,
        num_data_points: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        retry_attempts: int | Unset = UNSET,
        search: str | Unset = UNSET,
        status: AiFinetuningV1OrgUserDatasetsListStatus | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedDataSetList:
        """Mixin that includes the StudentTokenAuthentication and IsPlatformAdmin

        Args:
            org (str, path)
            username (str, path)
            date_created (datetime.datetime | Unset, query)
            num_data_points (int | Unset, query)
            ordering (str | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            retry_attempts (int | Unset, query)
            search (str | Unset, query)
            status (AiFinetuningV1OrgUserDatasetsListStatus | Unset, query)

        Returns:
            PaginatedDataSetList
        """
        return await self._client._send(
            _ai_finetuning_v1_org_user_datasets_list.OPERATION,
            _ai_finetuning_v1_org_user_datasets_list.build_request(
                org=org,
                username=username,
                date_created=date_created,
                num_data_points=num_data_points,
                ordering=ordering,
                page=page,
                page_size=page_size,
                retry_attempts=retry_attempts,
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
        date_created: datetime.datetime | Unset = UNSET,
        num_data_points: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        retry_attempts: int | Unset = UNSET,
        search: str | Unset = UNSET,
        status: AiFinetuningV1OrgUserDatasetsListStatus | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AsyncIterator[DataSet]:
        """Every item of every page of `list`, fetched page by page."""
        return self._client._paginate(
            _ai_finetuning_v1_org_user_datasets_list.OPERATION,
            _ai_finetuning_v1_org_user_datasets_list.build_request(
                org=org,
                username=username,
                date_created=date_created,
                num_data_points=num_data_points,
                ordering=ordering,
                page=page,
                page_size=page_size,
                retry_attempts=retry_attempts,
                search=search,
                status=status,
            ),
            _ai_finetuning_v1_org_user_datasets_list.PAGE,
            options,
        )

    @overload
    async def create(
        self,
        *,
        org: str,
        username: str,
        body: DataSetCreateRequest,
        **options: Unpack[RequestOptions],
    ) -> DataSetCreate: ...

    @overload
    async def create(
        self,
        *,
        org: str,
        username: str,
        name: str,
        source_url: str | Unset = UNSET,
        source_file: str | Unset = UNSET,
        num_data_points: int | Unset = UNSET,
        train_split: float | Unset = UNSET,
        prompt: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> DataSetCreate: ...

    async def create(
        self,
        *,
        org: str,
        username: str,
        body: DataSetCreateRequest | Unset = UNSET,
        name: str | Unset = UNSET,
        source_url: str | Unset = UNSET,
        source_file: str | Unset = UNSET,
        num_data_points: int | Unset = UNSET,
        train_split: float | Unset = UNSET,
        prompt: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> DataSetCreate:
        """Mixin that includes the StudentTokenAuthentication and IsPlatformAdmin

        Args:
            org (str, path)
            username (str, path)
            body (DataSetCreateRequest, request body)
            Or the body's fields as keywords instead of body=: name, source_url, source_file,
                num_data_points, train_split, prompt

        Returns:
            DataSetCreate
        """
        body = body_from_fields(
            "ai_finetuning.v1.org.user.datasets.create",
            body,
            DataSetCreateRequest,
            ["name"],
            (
                ("name", "name", name),
                ("source_url", "source_url", source_url),
                ("source_file", "source_file", source_file),
                ("num_data_points", "num_data_points", num_data_points),
                ("train_split", "train_split", train_split),
                ("prompt", "prompt", prompt),
            ),
        )
        return await self._client._send(
            _ai_finetuning_v1_org_user_datasets_create.OPERATION,
            _ai_finetuning_v1_org_user_datasets_create.build_request(
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
            _ai_finetuning_v1_org_user_datasets_destroy.OPERATION,
            _ai_finetuning_v1_org_user_datasets_destroy.build_request(
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
    ) -> DataSet:
        """Mixin that includes the StudentTokenAuthentication and IsPlatformAdmin

        Args:
            org (str, path)
            username (str, path)
            id (UUID, path)

        Returns:
            DataSet
        """
        return await self._client._send(
            _ai_finetuning_v1_org_user_datasets_retrieve.OPERATION,
            _ai_finetuning_v1_org_user_datasets_retrieve.build_request(
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
        body: PatchedDataSet | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> DataSet: ...

    @overload
    async def partial_update(
        self,
        *,
        org: str,
        username: str,
        id: UUID,
        platform: None | PatchedDataSetPlatform | Unset = UNSET,
        name: str | Unset = UNSET,
        prompt: str | Unset = UNSET,
        source_url: str | Unset = UNSET,
        source_file: str | Unset = UNSET,
        status: DataSetStatusEnum | Unset = UNSET,
        num_data_points: int | Unset = UNSET,
        train_split: float | Unset = UNSET,
        train_file: str | Unset = UNSET,
        test_file: str | Unset = UNSET,
        retry_attempts: int | Unset = UNSET,
        error_log: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> DataSet: ...

    async def partial_update(
        self,
        *,
        org: str,
        username: str,
        id: UUID,
        body: PatchedDataSet | Unset = UNSET,
        platform: None | PatchedDataSetPlatform | Unset = UNSET,
        name: str | Unset = UNSET,
        prompt: str | Unset = UNSET,
        source_url: str | Unset = UNSET,
        source_file: str | Unset = UNSET,
        status: DataSetStatusEnum | Unset = UNSET,
        num_data_points: int | Unset = UNSET,
        train_split: float | Unset = UNSET,
        train_file: str | Unset = UNSET,
        test_file: str | Unset = UNSET,
        retry_attempts: int | Unset = UNSET,
        error_log: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> DataSet:
        """Mixin that includes the StudentTokenAuthentication and IsPlatformAdmin

        Args:
            org (str, path)
            username (str, path)
            id (UUID, path)
            body (PatchedDataSet | Unset, request body)
            Or the body's fields as keywords instead of body=: platform, name, prompt,
                source_url, source_file, status, num_data_points, train_split, train_file,
                test_file, retry_attempts, error_log

        Returns:
            DataSet
        """
        body = optional_body_from_fields(
            "ai_finetuning.v1.org.user.datasets.partial_update",
            body,
            PatchedDataSet,
            [],
            (
                ("platform", "platform", platform),
                ("name", "name", name),
                ("prompt", "prompt", prompt),
                ("source_url", "source_url", source_url),
                ("source_file", "source_file", source_file),
                ("status", "status", status),
                ("num_data_points", "num_data_points", num_data_points),
                ("train_split", "train_split", train_split),
                ("train_file", "train_file", train_file),
                ("test_file", "test_file", test_file),
                ("retry_attempts", "retry_attempts", retry_attempts),
                ("error_log", "error_log", error_log),
            ),
        )
        return await self._client._send(
            _ai_finetuning_v1_org_user_datasets_partial_update.OPERATION,
            _ai_finetuning_v1_org_user_datasets_partial_update.build_request(
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
        body: DataSetRequest,
        **options: Unpack[RequestOptions],
    ) -> DataSet: ...

    @overload
    async def update(
        self,
        *,
        org: str,
        username: str,
        id: UUID,
        platform: DataSetPlatform | None,
        name: str,
        prompt: str | Unset = UNSET,
        source_url: str | Unset = UNSET,
        source_file: str | Unset = UNSET,
        status: DataSetStatusEnum | Unset = UNSET,
        num_data_points: int | Unset = UNSET,
        train_split: float | Unset = UNSET,
        train_file: str | Unset = UNSET,
        test_file: str | Unset = UNSET,
        retry_attempts: int | Unset = UNSET,
        error_log: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> DataSet: ...

    async def update(
        self,
        *,
        org: str,
        username: str,
        id: UUID,
        body: DataSetRequest | Unset = UNSET,
        platform: DataSetPlatform | None | Unset = UNSET,
        name: str | Unset = UNSET,
        prompt: str | Unset = UNSET,
        source_url: str | Unset = UNSET,
        source_file: str | Unset = UNSET,
        status: DataSetStatusEnum | Unset = UNSET,
        num_data_points: int | Unset = UNSET,
        train_split: float | Unset = UNSET,
        train_file: str | Unset = UNSET,
        test_file: str | Unset = UNSET,
        retry_attempts: int | Unset = UNSET,
        error_log: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> DataSet:
        """Mixin that includes the StudentTokenAuthentication and IsPlatformAdmin

        Args:
            org (str, path)
            username (str, path)
            id (UUID, path)
            body (DataSetRequest, request body)
            Or the body's fields as keywords instead of body=: platform, name, prompt,
                source_url, source_file, status, num_data_points, train_split, train_file,
                test_file, retry_attempts, error_log

        Returns:
            DataSet
        """
        body = body_from_fields(
            "ai_finetuning.v1.org.user.datasets.update",
            body,
            DataSetRequest,
            ["platform", "name"],
            (
                ("platform", "platform", platform),
                ("name", "name", name),
                ("prompt", "prompt", prompt),
                ("source_url", "source_url", source_url),
                ("source_file", "source_file", source_file),
                ("status", "status", status),
                ("num_data_points", "num_data_points", num_data_points),
                ("train_split", "train_split", train_split),
                ("train_file", "train_file", train_file),
                ("test_file", "test_file", test_file),
                ("retry_attempts", "retry_attempts", retry_attempts),
                ("error_log", "error_log", error_log),
            ),
        )
        return await self._client._send(
            _ai_finetuning_v1_org_user_datasets_update.OPERATION,
            _ai_finetuning_v1_org_user_datasets_update.build_request(
                org=org, username=username, id=id, body=body
            ),
            options,
        )


class AsyncAiFinetuningV1OrgUserDatasetsResourceWithRawResponse:
    """`AsyncClient.ai_finetuning.v1.org.user.datasets`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiFinetuningV1OrgUserDatasetsResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)
        self.create = async_to_raw_response(resource.create)
        self.destroy = async_to_raw_response(resource.destroy)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.partial_update = async_to_raw_response(resource.partial_update)
        self.update = async_to_raw_response(resource.update)
