"""`Client.ai_prompt.orgs.users.prompt`: 6 operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any, Unpack, overload
from uuid import UUID

from ......_operation import RequestOptions, body_from_fields, optional_body_from_fields
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_prompt import (
    ai_prompt_orgs_users_prompt_create as _ai_prompt_orgs_users_prompt_create,
)
from ......api.ai_prompt import (
    ai_prompt_orgs_users_prompt_destroy as _ai_prompt_orgs_users_prompt_destroy,
)
from ......api.ai_prompt import (
    ai_prompt_orgs_users_prompt_list as _ai_prompt_orgs_users_prompt_list,
)
from ......api.ai_prompt import (
    ai_prompt_orgs_users_prompt_partial_update as _ai_prompt_orgs_users_prompt_partial_update,
)
from ......api.ai_prompt import (
    ai_prompt_orgs_users_prompt_retrieve as _ai_prompt_orgs_users_prompt_retrieve,
)
from ......api.ai_prompt import (
    ai_prompt_orgs_users_prompt_update as _ai_prompt_orgs_users_prompt_update,
)
from ......models.patched_prompt import PatchedPrompt
from ......models.patched_prompt_prompt_visibility import PatchedPromptPromptVisibility
from ......models.prompt import Prompt
from ......models.prompt_prompt_visibility import PromptPromptVisibility
from ......models.prompt_request import PromptRequest
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "AiPromptOrgsUsersPromptResource",
    "AiPromptOrgsUsersPromptResourceWithRawResponse",
    "AsyncAiPromptOrgsUsersPromptResource",
    "AsyncAiPromptOrgsUsersPromptResourceWithRawResponse",
]


class AiPromptOrgsUsersPromptResource:
    """`Client.ai_prompt.orgs.users.prompt`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiPromptOrgsUsersPromptResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiPromptOrgsUsersPromptResourceWithRawResponse(self)

    def list(
        self,
        *,
        org: str,
        user_id: str,
        category: int | Unset = UNSET,
        created_by: str | Unset = UNSET,
        filter_by: str | Unset = UNSET,
        mentor_unique_id: str | Unset = UNSET,
        tag: int | Unset = UNSET,
        visibility: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> list[Prompt]:
        """API viewset for managing prompts.  This view allows tenant admins and students to
        create, retrieve, update, and filter prompts based on various parameters.  Permissions:
        - Accessible to both tenant administrators and students

        Args:
            org (str, path)
            user_id (str, path)
            category (int | Unset, query)
            created_by (str | Unset, query)
            filter_by (str | Unset, query)
            mentor_unique_id (str | Unset, query)
            tag (int | Unset, query)
            visibility (str | Unset, query)

        Returns:
            list[Prompt]
        """
        return self._client._send(
            _ai_prompt_orgs_users_prompt_list.OPERATION,
            _ai_prompt_orgs_users_prompt_list.build_request(
                org=org,
                user_id=user_id,
                category=category,
                created_by=created_by,
                filter_by=filter_by,
                mentor_unique_id=mentor_unique_id,
                tag=tag,
                visibility=visibility,
            ),
            options,
        )

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        category: int | Unset = UNSET,
        created_by: str | Unset = UNSET,
        filter_by: str | Unset = UNSET,
        mentor_unique_id: str | Unset = UNSET,
        tag: int | Unset = UNSET,
        visibility: str | Unset = UNSET,
        body: PromptRequest,
        **options: Unpack[RequestOptions],
    ) -> Prompt: ...

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        category: int | Unset = UNSET,
        created_by: str | Unset = UNSET,
        filter_by: str | Unset = UNSET,
        mentor_unique_id: str | Unset = UNSET,
        tag: int | Unset = UNSET,
        visibility: str | Unset = UNSET,
        prompt: str,
        platform: int,
        mentor: UUID | Unset = UNSET,
        tone: None | str | Unset = UNSET,
        style: str | Unset = UNSET,
        language: str | Unset = UNSET,
        tags: list[int] | Unset = UNSET,
        is_system: bool | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        body_category: str | Unset = UNSET,
        title: None | str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        prompt_visibility: PromptPromptVisibility | Unset = UNSET,
        body_created_by: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Prompt: ...

    def create(
        self,
        *,
        org: str,
        user_id: str,
        category: int | Unset = UNSET,
        created_by: str | Unset = UNSET,
        filter_by: str | Unset = UNSET,
        mentor_unique_id: str | Unset = UNSET,
        tag: int | Unset = UNSET,
        visibility: str | Unset = UNSET,
        body: PromptRequest | Unset = UNSET,
        prompt: str | Unset = UNSET,
        platform: int | Unset = UNSET,
        mentor: UUID | Unset = UNSET,
        tone: None | str | Unset = UNSET,
        style: str | Unset = UNSET,
        language: str | Unset = UNSET,
        tags: list[int] | Unset = UNSET,
        is_system: bool | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        body_category: str | Unset = UNSET,
        title: None | str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        prompt_visibility: PromptPromptVisibility | Unset = UNSET,
        body_created_by: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Prompt:
        """Create a new prompt.  Args:     request: HTTP request containing prompt data.  Returns:
        Response with created prompt details.  Raises:     ValidationError: If the input data is
        invalid.

        Args:
            org (str, path)
            user_id (str, path)
            category (int | Unset, query)
            created_by (str | Unset, query)
            filter_by (str | Unset, query)
            mentor_unique_id (str | Unset, query)
            tag (int | Unset, query)
            visibility (str | Unset, query)
            body (PromptRequest, request body)
            Or the body's fields as keywords instead of body=: prompt, platform, mentor, tone,
                style, language, tags, is_system, metadata, body_category, title, description,
                prompt_visibility, body_created_by

        Returns:
            Prompt
        """
        body = body_from_fields(
            "ai_prompt.orgs.users.prompt.create",
            body,
            PromptRequest,
            ["prompt", "platform"],
            (
                ("prompt", "prompt", prompt),
                ("platform", "platform", platform),
                ("mentor", "mentor", mentor),
                ("tone", "tone", tone),
                ("style", "style", style),
                ("language", "language", language),
                ("tags", "tags", tags),
                ("is_system", "is_system", is_system),
                ("metadata", "metadata", metadata),
                ("body_category", "category", body_category),
                ("title", "title", title),
                ("description", "description", description),
                ("prompt_visibility", "prompt_visibility", prompt_visibility),
                ("body_created_by", "created_by", body_created_by),
            ),
        )
        return self._client._send(
            _ai_prompt_orgs_users_prompt_create.OPERATION,
            _ai_prompt_orgs_users_prompt_create.build_request(
                org=org,
                user_id=user_id,
                category=category,
                created_by=created_by,
                filter_by=filter_by,
                mentor_unique_id=mentor_unique_id,
                tag=tag,
                visibility=visibility,
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
        category: int | Unset = UNSET,
        created_by: str | Unset = UNSET,
        filter_by: str | Unset = UNSET,
        mentor_unique_id: str | Unset = UNSET,
        tag: int | Unset = UNSET,
        visibility: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """API viewset for managing prompts.  This view allows tenant admins and students to
        create, retrieve, update, and filter prompts based on various parameters.  Permissions:
        - Accessible to both tenant administrators and students

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)
            category (int | Unset, query)
            created_by (str | Unset, query)
            filter_by (str | Unset, query)
            mentor_unique_id (str | Unset, query)
            tag (int | Unset, query)
            visibility (str | Unset, query)

        Returns:
            None
        """
        return self._client._send(
            _ai_prompt_orgs_users_prompt_destroy.OPERATION,
            _ai_prompt_orgs_users_prompt_destroy.build_request(
                org=org,
                user_id=user_id,
                id=id,
                category=category,
                created_by=created_by,
                filter_by=filter_by,
                mentor_unique_id=mentor_unique_id,
                tag=tag,
                visibility=visibility,
            ),
            options,
        )

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        category: int | Unset = UNSET,
        created_by: str | Unset = UNSET,
        filter_by: str | Unset = UNSET,
        mentor_unique_id: str | Unset = UNSET,
        tag: int | Unset = UNSET,
        visibility: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Prompt:
        """API viewset for managing prompts.  This view allows tenant admins and students to
        create, retrieve, update, and filter prompts based on various parameters.  Permissions:
        - Accessible to both tenant administrators and students

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)
            category (int | Unset, query)
            created_by (str | Unset, query)
            filter_by (str | Unset, query)
            mentor_unique_id (str | Unset, query)
            tag (int | Unset, query)
            visibility (str | Unset, query)

        Returns:
            Prompt
        """
        return self._client._send(
            _ai_prompt_orgs_users_prompt_retrieve.OPERATION,
            _ai_prompt_orgs_users_prompt_retrieve.build_request(
                org=org,
                user_id=user_id,
                id=id,
                category=category,
                created_by=created_by,
                filter_by=filter_by,
                mentor_unique_id=mentor_unique_id,
                tag=tag,
                visibility=visibility,
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
        category: int | Unset = UNSET,
        created_by: str | Unset = UNSET,
        filter_by: str | Unset = UNSET,
        mentor_unique_id: str | Unset = UNSET,
        tag: int | Unset = UNSET,
        visibility: str | Unset = UNSET,
        body: PatchedPrompt | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Prompt: ...

    @overload
    def partial_update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        category: int | Unset = UNSET,
        created_by: str | Unset = UNSET,
        filter_by: str | Unset = UNSET,
        mentor_unique_id: str | Unset = UNSET,
        tag: int | Unset = UNSET,
        visibility: str | Unset = UNSET,
        mentor: UUID | Unset = UNSET,
        tone: None | str | Unset = UNSET,
        style: str | Unset = UNSET,
        language: str | Unset = UNSET,
        tags: list[int] | Unset = UNSET,
        is_system: bool | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        body_category: str | Unset = UNSET,
        prompt: str | Unset = UNSET,
        title: None | str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        prompt_visibility: PatchedPromptPromptVisibility | Unset = UNSET,
        body_created_by: None | str | Unset = UNSET,
        platform: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Prompt: ...

    def partial_update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        category: int | Unset = UNSET,
        created_by: str | Unset = UNSET,
        filter_by: str | Unset = UNSET,
        mentor_unique_id: str | Unset = UNSET,
        tag: int | Unset = UNSET,
        visibility: str | Unset = UNSET,
        body: PatchedPrompt | Unset = UNSET,
        mentor: UUID | Unset = UNSET,
        tone: None | str | Unset = UNSET,
        style: str | Unset = UNSET,
        language: str | Unset = UNSET,
        tags: list[int] | Unset = UNSET,
        is_system: bool | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        body_category: str | Unset = UNSET,
        prompt: str | Unset = UNSET,
        title: None | str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        prompt_visibility: PatchedPromptPromptVisibility | Unset = UNSET,
        body_created_by: None | str | Unset = UNSET,
        platform: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Prompt:
        """API viewset for managing prompts.  This view allows tenant admins and students to
        create, retrieve, update, and filter prompts based on various parameters.  Permissions:
        - Accessible to both tenant administrators and students

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)
            category (int | Unset, query)
            created_by (str | Unset, query)
            filter_by (str | Unset, query)
            mentor_unique_id (str | Unset, query)
            tag (int | Unset, query)
            visibility (str | Unset, query)
            body (PatchedPrompt | Unset, request body)
            Or the body's fields as keywords instead of body=: mentor, tone, style, language,
                tags, is_system, metadata, body_category, prompt, title, description,
                prompt_visibility, body_created_by, platform

        Returns:
            Prompt
        """
        body = optional_body_from_fields(
            "ai_prompt.orgs.users.prompt.partial_update",
            body,
            PatchedPrompt,
            [],
            (
                ("mentor", "mentor", mentor),
                ("tone", "tone", tone),
                ("style", "style", style),
                ("language", "language", language),
                ("tags", "tags", tags),
                ("is_system", "is_system", is_system),
                ("metadata", "metadata", metadata),
                ("body_category", "category", body_category),
                ("prompt", "prompt", prompt),
                ("title", "title", title),
                ("description", "description", description),
                ("prompt_visibility", "prompt_visibility", prompt_visibility),
                ("body_created_by", "created_by", body_created_by),
                ("platform", "platform", platform),
            ),
        )
        return self._client._send(
            _ai_prompt_orgs_users_prompt_partial_update.OPERATION,
            _ai_prompt_orgs_users_prompt_partial_update.build_request(
                org=org,
                user_id=user_id,
                id=id,
                category=category,
                created_by=created_by,
                filter_by=filter_by,
                mentor_unique_id=mentor_unique_id,
                tag=tag,
                visibility=visibility,
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
        category: int | Unset = UNSET,
        created_by: str | Unset = UNSET,
        filter_by: str | Unset = UNSET,
        mentor_unique_id: str | Unset = UNSET,
        tag: int | Unset = UNSET,
        visibility: str | Unset = UNSET,
        body: PromptRequest,
        **options: Unpack[RequestOptions],
    ) -> Prompt: ...

    @overload
    def update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        category: int | Unset = UNSET,
        created_by: str | Unset = UNSET,
        filter_by: str | Unset = UNSET,
        mentor_unique_id: str | Unset = UNSET,
        tag: int | Unset = UNSET,
        visibility: str | Unset = UNSET,
        prompt: str,
        platform: int,
        mentor: UUID | Unset = UNSET,
        tone: None | str | Unset = UNSET,
        style: str | Unset = UNSET,
        language: str | Unset = UNSET,
        tags: list[int] | Unset = UNSET,
        is_system: bool | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        body_category: str | Unset = UNSET,
        title: None | str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        prompt_visibility: PromptPromptVisibility | Unset = UNSET,
        body_created_by: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Prompt: ...

    def update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        category: int | Unset = UNSET,
        created_by: str | Unset = UNSET,
        filter_by: str | Unset = UNSET,
        mentor_unique_id: str | Unset = UNSET,
        tag: int | Unset = UNSET,
        visibility: str | Unset = UNSET,
        body: PromptRequest | Unset = UNSET,
        prompt: str | Unset = UNSET,
        platform: int | Unset = UNSET,
        mentor: UUID | Unset = UNSET,
        tone: None | str | Unset = UNSET,
        style: str | Unset = UNSET,
        language: str | Unset = UNSET,
        tags: list[int] | Unset = UNSET,
        is_system: bool | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        body_category: str | Unset = UNSET,
        title: None | str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        prompt_visibility: PromptPromptVisibility | Unset = UNSET,
        body_created_by: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Prompt:
        """Update an existing prompt.  Args:     request: HTTP request containing updated prompt
        data.  Returns:     Response with updated prompt details.  Raises:     ValidationError:
        If the input data is invalid.     PermissionDenied: If the prompt is system-generated
        and cannot be edited.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)
            category (int | Unset, query)
            created_by (str | Unset, query)
            filter_by (str | Unset, query)
            mentor_unique_id (str | Unset, query)
            tag (int | Unset, query)
            visibility (str | Unset, query)
            body (PromptRequest, request body)
            Or the body's fields as keywords instead of body=: prompt, platform, mentor, tone,
                style, language, tags, is_system, metadata, body_category, title, description,
                prompt_visibility, body_created_by

        Returns:
            Prompt
        """
        body = body_from_fields(
            "ai_prompt.orgs.users.prompt.update",
            body,
            PromptRequest,
            ["prompt", "platform"],
            (
                ("prompt", "prompt", prompt),
                ("platform", "platform", platform),
                ("mentor", "mentor", mentor),
                ("tone", "tone", tone),
                ("style", "style", style),
                ("language", "language", language),
                ("tags", "tags", tags),
                ("is_system", "is_system", is_system),
                ("metadata", "metadata", metadata),
                ("body_category", "category", body_category),
                ("title", "title", title),
                ("description", "description", description),
                ("prompt_visibility", "prompt_visibility", prompt_visibility),
                ("body_created_by", "created_by", body_created_by),
            ),
        )
        return self._client._send(
            _ai_prompt_orgs_users_prompt_update.OPERATION,
            _ai_prompt_orgs_users_prompt_update.build_request(
                org=org,
                user_id=user_id,
                id=id,
                category=category,
                created_by=created_by,
                filter_by=filter_by,
                mentor_unique_id=mentor_unique_id,
                tag=tag,
                visibility=visibility,
                body=body,
            ),
            options,
        )


class AiPromptOrgsUsersPromptResourceWithRawResponse:
    """`Client.ai_prompt.orgs.users.prompt`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiPromptOrgsUsersPromptResource) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)
        self.destroy = to_raw_response(resource.destroy)
        self.retrieve = to_raw_response(resource.retrieve)
        self.partial_update = to_raw_response(resource.partial_update)
        self.update = to_raw_response(resource.update)


class AsyncAiPromptOrgsUsersPromptResource:
    """`AsyncClient.ai_prompt.orgs.users.prompt`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiPromptOrgsUsersPromptResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiPromptOrgsUsersPromptResourceWithRawResponse(self)

    async def list(
        self,
        *,
        org: str,
        user_id: str,
        category: int | Unset = UNSET,
        created_by: str | Unset = UNSET,
        filter_by: str | Unset = UNSET,
        mentor_unique_id: str | Unset = UNSET,
        tag: int | Unset = UNSET,
        visibility: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> list[Prompt]:
        """API viewset for managing prompts.  This view allows tenant admins and students to
        create, retrieve, update, and filter prompts based on various parameters.  Permissions:
        - Accessible to both tenant administrators and students

        Args:
            org (str, path)
            user_id (str, path)
            category (int | Unset, query)
            created_by (str | Unset, query)
            filter_by (str | Unset, query)
            mentor_unique_id (str | Unset, query)
            tag (int | Unset, query)
            visibility (str | Unset, query)

        Returns:
            list[Prompt]
        """
        return await self._client._send(
            _ai_prompt_orgs_users_prompt_list.OPERATION,
            _ai_prompt_orgs_users_prompt_list.build_request(
                org=org,
                user_id=user_id,
                category=category,
                created_by=created_by,
                filter_by=filter_by,
                mentor_unique_id=mentor_unique_id,
                tag=tag,
                visibility=visibility,
            ),
            options,
        )

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        category: int | Unset = UNSET,
        created_by: str | Unset = UNSET,
        filter_by: str | Unset = UNSET,
        mentor_unique_id: str | Unset = UNSET,
        tag: int | Unset = UNSET,
        visibility: str | Unset = UNSET,
        body: PromptRequest,
        **options: Unpack[RequestOptions],
    ) -> Prompt: ...

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        category: int | Unset = UNSET,
        created_by: str | Unset = UNSET,
        filter_by: str | Unset = UNSET,
        mentor_unique_id: str | Unset = UNSET,
        tag: int | Unset = UNSET,
        visibility: str | Unset = UNSET,
        prompt: str,
        platform: int,
        mentor: UUID | Unset = UNSET,
        tone: None | str | Unset = UNSET,
        style: str | Unset = UNSET,
        language: str | Unset = UNSET,
        tags: list[int] | Unset = UNSET,
        is_system: bool | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        body_category: str | Unset = UNSET,
        title: None | str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        prompt_visibility: PromptPromptVisibility | Unset = UNSET,
        body_created_by: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Prompt: ...

    async def create(
        self,
        *,
        org: str,
        user_id: str,
        category: int | Unset = UNSET,
        created_by: str | Unset = UNSET,
        filter_by: str | Unset = UNSET,
        mentor_unique_id: str | Unset = UNSET,
        tag: int | Unset = UNSET,
        visibility: str | Unset = UNSET,
        body: PromptRequest | Unset = UNSET,
        prompt: str | Unset = UNSET,
        platform: int | Unset = UNSET,
        mentor: UUID | Unset = UNSET,
        tone: None | str | Unset = UNSET,
        style: str | Unset = UNSET,
        language: str | Unset = UNSET,
        tags: list[int] | Unset = UNSET,
        is_system: bool | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        body_category: str | Unset = UNSET,
        title: None | str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        prompt_visibility: PromptPromptVisibility | Unset = UNSET,
        body_created_by: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Prompt:
        """Create a new prompt.  Args:     request: HTTP request containing prompt data.  Returns:
        Response with created prompt details.  Raises:     ValidationError: If the input data is
        invalid.

        Args:
            org (str, path)
            user_id (str, path)
            category (int | Unset, query)
            created_by (str | Unset, query)
            filter_by (str | Unset, query)
            mentor_unique_id (str | Unset, query)
            tag (int | Unset, query)
            visibility (str | Unset, query)
            body (PromptRequest, request body)
            Or the body's fields as keywords instead of body=: prompt, platform, mentor, tone,
                style, language, tags, is_system, metadata, body_category, title, description,
                prompt_visibility, body_created_by

        Returns:
            Prompt
        """
        body = body_from_fields(
            "ai_prompt.orgs.users.prompt.create",
            body,
            PromptRequest,
            ["prompt", "platform"],
            (
                ("prompt", "prompt", prompt),
                ("platform", "platform", platform),
                ("mentor", "mentor", mentor),
                ("tone", "tone", tone),
                ("style", "style", style),
                ("language", "language", language),
                ("tags", "tags", tags),
                ("is_system", "is_system", is_system),
                ("metadata", "metadata", metadata),
                ("body_category", "category", body_category),
                ("title", "title", title),
                ("description", "description", description),
                ("prompt_visibility", "prompt_visibility", prompt_visibility),
                ("body_created_by", "created_by", body_created_by),
            ),
        )
        return await self._client._send(
            _ai_prompt_orgs_users_prompt_create.OPERATION,
            _ai_prompt_orgs_users_prompt_create.build_request(
                org=org,
                user_id=user_id,
                category=category,
                created_by=created_by,
                filter_by=filter_by,
                mentor_unique_id=mentor_unique_id,
                tag=tag,
                visibility=visibility,
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
        category: int | Unset = UNSET,
        created_by: str | Unset = UNSET,
        filter_by: str | Unset = UNSET,
        mentor_unique_id: str | Unset = UNSET,
        tag: int | Unset = UNSET,
        visibility: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """API viewset for managing prompts.  This view allows tenant admins and students to
        create, retrieve, update, and filter prompts based on various parameters.  Permissions:
        - Accessible to both tenant administrators and students

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)
            category (int | Unset, query)
            created_by (str | Unset, query)
            filter_by (str | Unset, query)
            mentor_unique_id (str | Unset, query)
            tag (int | Unset, query)
            visibility (str | Unset, query)

        Returns:
            None
        """
        return await self._client._send(
            _ai_prompt_orgs_users_prompt_destroy.OPERATION,
            _ai_prompt_orgs_users_prompt_destroy.build_request(
                org=org,
                user_id=user_id,
                id=id,
                category=category,
                created_by=created_by,
                filter_by=filter_by,
                mentor_unique_id=mentor_unique_id,
                tag=tag,
                visibility=visibility,
            ),
            options,
        )

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        category: int | Unset = UNSET,
        created_by: str | Unset = UNSET,
        filter_by: str | Unset = UNSET,
        mentor_unique_id: str | Unset = UNSET,
        tag: int | Unset = UNSET,
        visibility: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Prompt:
        """API viewset for managing prompts.  This view allows tenant admins and students to
        create, retrieve, update, and filter prompts based on various parameters.  Permissions:
        - Accessible to both tenant administrators and students

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)
            category (int | Unset, query)
            created_by (str | Unset, query)
            filter_by (str | Unset, query)
            mentor_unique_id (str | Unset, query)
            tag (int | Unset, query)
            visibility (str | Unset, query)

        Returns:
            Prompt
        """
        return await self._client._send(
            _ai_prompt_orgs_users_prompt_retrieve.OPERATION,
            _ai_prompt_orgs_users_prompt_retrieve.build_request(
                org=org,
                user_id=user_id,
                id=id,
                category=category,
                created_by=created_by,
                filter_by=filter_by,
                mentor_unique_id=mentor_unique_id,
                tag=tag,
                visibility=visibility,
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
        category: int | Unset = UNSET,
        created_by: str | Unset = UNSET,
        filter_by: str | Unset = UNSET,
        mentor_unique_id: str | Unset = UNSET,
        tag: int | Unset = UNSET,
        visibility: str | Unset = UNSET,
        body: PatchedPrompt | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Prompt: ...

    @overload
    async def partial_update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        category: int | Unset = UNSET,
        created_by: str | Unset = UNSET,
        filter_by: str | Unset = UNSET,
        mentor_unique_id: str | Unset = UNSET,
        tag: int | Unset = UNSET,
        visibility: str | Unset = UNSET,
        mentor: UUID | Unset = UNSET,
        tone: None | str | Unset = UNSET,
        style: str | Unset = UNSET,
        language: str | Unset = UNSET,
        tags: list[int] | Unset = UNSET,
        is_system: bool | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        body_category: str | Unset = UNSET,
        prompt: str | Unset = UNSET,
        title: None | str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        prompt_visibility: PatchedPromptPromptVisibility | Unset = UNSET,
        body_created_by: None | str | Unset = UNSET,
        platform: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Prompt: ...

    async def partial_update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        category: int | Unset = UNSET,
        created_by: str | Unset = UNSET,
        filter_by: str | Unset = UNSET,
        mentor_unique_id: str | Unset = UNSET,
        tag: int | Unset = UNSET,
        visibility: str | Unset = UNSET,
        body: PatchedPrompt | Unset = UNSET,
        mentor: UUID | Unset = UNSET,
        tone: None | str | Unset = UNSET,
        style: str | Unset = UNSET,
        language: str | Unset = UNSET,
        tags: list[int] | Unset = UNSET,
        is_system: bool | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        body_category: str | Unset = UNSET,
        prompt: str | Unset = UNSET,
        title: None | str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        prompt_visibility: PatchedPromptPromptVisibility | Unset = UNSET,
        body_created_by: None | str | Unset = UNSET,
        platform: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Prompt:
        """API viewset for managing prompts.  This view allows tenant admins and students to
        create, retrieve, update, and filter prompts based on various parameters.  Permissions:
        - Accessible to both tenant administrators and students

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)
            category (int | Unset, query)
            created_by (str | Unset, query)
            filter_by (str | Unset, query)
            mentor_unique_id (str | Unset, query)
            tag (int | Unset, query)
            visibility (str | Unset, query)
            body (PatchedPrompt | Unset, request body)
            Or the body's fields as keywords instead of body=: mentor, tone, style, language,
                tags, is_system, metadata, body_category, prompt, title, description,
                prompt_visibility, body_created_by, platform

        Returns:
            Prompt
        """
        body = optional_body_from_fields(
            "ai_prompt.orgs.users.prompt.partial_update",
            body,
            PatchedPrompt,
            [],
            (
                ("mentor", "mentor", mentor),
                ("tone", "tone", tone),
                ("style", "style", style),
                ("language", "language", language),
                ("tags", "tags", tags),
                ("is_system", "is_system", is_system),
                ("metadata", "metadata", metadata),
                ("body_category", "category", body_category),
                ("prompt", "prompt", prompt),
                ("title", "title", title),
                ("description", "description", description),
                ("prompt_visibility", "prompt_visibility", prompt_visibility),
                ("body_created_by", "created_by", body_created_by),
                ("platform", "platform", platform),
            ),
        )
        return await self._client._send(
            _ai_prompt_orgs_users_prompt_partial_update.OPERATION,
            _ai_prompt_orgs_users_prompt_partial_update.build_request(
                org=org,
                user_id=user_id,
                id=id,
                category=category,
                created_by=created_by,
                filter_by=filter_by,
                mentor_unique_id=mentor_unique_id,
                tag=tag,
                visibility=visibility,
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
        category: int | Unset = UNSET,
        created_by: str | Unset = UNSET,
        filter_by: str | Unset = UNSET,
        mentor_unique_id: str | Unset = UNSET,
        tag: int | Unset = UNSET,
        visibility: str | Unset = UNSET,
        body: PromptRequest,
        **options: Unpack[RequestOptions],
    ) -> Prompt: ...

    @overload
    async def update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        category: int | Unset = UNSET,
        created_by: str | Unset = UNSET,
        filter_by: str | Unset = UNSET,
        mentor_unique_id: str | Unset = UNSET,
        tag: int | Unset = UNSET,
        visibility: str | Unset = UNSET,
        prompt: str,
        platform: int,
        mentor: UUID | Unset = UNSET,
        tone: None | str | Unset = UNSET,
        style: str | Unset = UNSET,
        language: str | Unset = UNSET,
        tags: list[int] | Unset = UNSET,
        is_system: bool | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        body_category: str | Unset = UNSET,
        title: None | str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        prompt_visibility: PromptPromptVisibility | Unset = UNSET,
        body_created_by: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Prompt: ...

    async def update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        category: int | Unset = UNSET,
        created_by: str | Unset = UNSET,
        filter_by: str | Unset = UNSET,
        mentor_unique_id: str | Unset = UNSET,
        tag: int | Unset = UNSET,
        visibility: str | Unset = UNSET,
        body: PromptRequest | Unset = UNSET,
        prompt: str | Unset = UNSET,
        platform: int | Unset = UNSET,
        mentor: UUID | Unset = UNSET,
        tone: None | str | Unset = UNSET,
        style: str | Unset = UNSET,
        language: str | Unset = UNSET,
        tags: list[int] | Unset = UNSET,
        is_system: bool | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        body_category: str | Unset = UNSET,
        title: None | str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        prompt_visibility: PromptPromptVisibility | Unset = UNSET,
        body_created_by: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Prompt:
        """Update an existing prompt.  Args:     request: HTTP request containing updated prompt
        data.  Returns:     Response with updated prompt details.  Raises:     ValidationError:
        If the input data is invalid.     PermissionDenied: If the prompt is system-generated
        and cannot be edited.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)
            category (int | Unset, query)
            created_by (str | Unset, query)
            filter_by (str | Unset, query)
            mentor_unique_id (str | Unset, query)
            tag (int | Unset, query)
            visibility (str | Unset, query)
            body (PromptRequest, request body)
            Or the body's fields as keywords instead of body=: prompt, platform, mentor, tone,
                style, language, tags, is_system, metadata, body_category, title, description,
                prompt_visibility, body_created_by

        Returns:
            Prompt
        """
        body = body_from_fields(
            "ai_prompt.orgs.users.prompt.update",
            body,
            PromptRequest,
            ["prompt", "platform"],
            (
                ("prompt", "prompt", prompt),
                ("platform", "platform", platform),
                ("mentor", "mentor", mentor),
                ("tone", "tone", tone),
                ("style", "style", style),
                ("language", "language", language),
                ("tags", "tags", tags),
                ("is_system", "is_system", is_system),
                ("metadata", "metadata", metadata),
                ("body_category", "category", body_category),
                ("title", "title", title),
                ("description", "description", description),
                ("prompt_visibility", "prompt_visibility", prompt_visibility),
                ("body_created_by", "created_by", body_created_by),
            ),
        )
        return await self._client._send(
            _ai_prompt_orgs_users_prompt_update.OPERATION,
            _ai_prompt_orgs_users_prompt_update.build_request(
                org=org,
                user_id=user_id,
                id=id,
                category=category,
                created_by=created_by,
                filter_by=filter_by,
                mentor_unique_id=mentor_unique_id,
                tag=tag,
                visibility=visibility,
                body=body,
            ),
            options,
        )


class AsyncAiPromptOrgsUsersPromptResourceWithRawResponse:
    """`AsyncClient.ai_prompt.orgs.users.prompt`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiPromptOrgsUsersPromptResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)
        self.create = async_to_raw_response(resource.create)
        self.destroy = async_to_raw_response(resource.destroy)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.partial_update = async_to_raw_response(resource.partial_update)
        self.update = async_to_raw_response(resource.update)
