"""`Client.ai_mentor.orgs.users.call_configurations`: 5 operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload
from uuid import UUID

from ......_operation import RequestOptions, body_from_fields, optional_body_from_fields
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_mentor import (
    ai_mentor_orgs_users_call_configurations_create as _ai_mentor_orgs_users_call_configurations_create,
)
from ......api.ai_mentor import (
    ai_mentor_orgs_users_call_configurations_list as _ai_mentor_orgs_users_call_configurations_list,
)
from ......api.ai_mentor import (
    ai_mentor_orgs_users_call_configurations_partial_update as _ai_mentor_orgs_users_call_configurations_partial_update,
)
from ......api.ai_mentor import (
    ai_mentor_orgs_users_call_configurations_retrieve as _ai_mentor_orgs_users_call_configurations_retrieve,
)
from ......api.ai_mentor import (
    ai_mentor_orgs_users_call_configurations_update as _ai_mentor_orgs_users_call_configurations_update,
)
from ......models.ai_mentor_orgs_users_call_configurations_list_mode import (
    AiMentorOrgsUsersCallConfigurationsListMode,
)
from ......models.call_configuration import CallConfiguration
from ......models.call_configuration_mode_enum import CallConfigurationModeEnum
from ......models.call_configuration_request import CallConfigurationRequest
from ......models.llm_provider_enum import LlmProviderEnum
from ......models.patched_call_configuration import PatchedCallConfiguration
from ......models.stt_provider_enum import SttProviderEnum
from ......models.tts_provider_enum import TtsProviderEnum
from ......models.voice_request import VoiceRequest
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsUsersCallConfigurationsResource",
    "AiMentorOrgsUsersCallConfigurationsResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersCallConfigurationsResource",
    "AsyncAiMentorOrgsUsersCallConfigurationsResourceWithRawResponse",
]


class AiMentorOrgsUsersCallConfigurationsResource:
    """`Client.ai_mentor.orgs.users.call_configurations`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsUsersCallConfigurationsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersCallConfigurationsResourceWithRawResponse(self)

    def list(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str | Unset = UNSET,
        mode: AiMentorOrgsUsersCallConfigurationsListMode | Unset = UNSET,
        ordering: str | Unset = UNSET,
        search: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> list[CallConfiguration]:
        """API ViewSet for managing call configurations.  This ViewSet provides endpoints to
        retrieve, create, and update call configurations for mentors. Call configurations define
        how voice calls are handled for a mentor.  Permissions:     - Accessible only to
        platform admins.  Endpoints:     GET
        /api/org/{org}/mentors/{mentor_pk}/call-configurations/         - List all call
        configurations for a specific mentor         - Returns paginated list of call
        configurations      POST /api/org/{org}/mentors/{mentor_pk}/call-configurations/
        - Create a new call configuration for a mentor         - Requires call configuration
        data in request body      PUT
        /api/org/{org}/mentors/{mentor_pk}/call-configurations/{id}/         - Update an
        existing call configuration         - Requires call configuration data in request body
        Query Parameters:     - mentor: Filter configurations by mentor ID  Returns:     -
        CallConfigurationSerializer data

        Args:
            org (str, path)
            user_id (str, path)
            mentor (str | Unset, query)
            mode (AiMentorOrgsUsersCallConfigurationsListMode | Unset, query)
            ordering (str | Unset, query)
            search (str | Unset, query)

        Returns:
            list[CallConfiguration]
        """
        return self._client._send(
            _ai_mentor_orgs_users_call_configurations_list.OPERATION,
            _ai_mentor_orgs_users_call_configurations_list.build_request(
                org=org, user_id=user_id, mentor=mentor, mode=mode, ordering=ordering, search=search
            ),
            options,
        )

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        body: CallConfigurationRequest,
        **options: Unpack[RequestOptions],
    ) -> CallConfiguration: ...

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        mentor: UUID,
        mode: CallConfigurationModeEnum | Unset = UNSET,
        tts_provider: TtsProviderEnum | Unset = UNSET,
        stt_provider: SttProviderEnum | Unset = UNSET,
        llm_provider: LlmProviderEnum | Unset = UNSET,
        language: str | Unset = UNSET,
        use_function_calling_for_rag: bool | Unset = UNSET,
        google_voice: VoiceRequest | Unset = UNSET,
        openai_voice: VoiceRequest | Unset = UNSET,
        openai_voice_id: int | None | Unset = UNSET,
        google_voice_id: int | None | Unset = UNSET,
        enable_video: bool | Unset = UNSET,
        screensharing_system_prompt: str | Unset = UNSET,
        screensharing_proactive_prompt: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CallConfiguration: ...

    def create(
        self,
        *,
        org: str,
        user_id: str,
        body: CallConfigurationRequest | Unset = UNSET,
        mentor: UUID | Unset = UNSET,
        mode: CallConfigurationModeEnum | Unset = UNSET,
        tts_provider: TtsProviderEnum | Unset = UNSET,
        stt_provider: SttProviderEnum | Unset = UNSET,
        llm_provider: LlmProviderEnum | Unset = UNSET,
        language: str | Unset = UNSET,
        use_function_calling_for_rag: bool | Unset = UNSET,
        google_voice: VoiceRequest | Unset = UNSET,
        openai_voice: VoiceRequest | Unset = UNSET,
        openai_voice_id: int | None | Unset = UNSET,
        google_voice_id: int | None | Unset = UNSET,
        enable_video: bool | Unset = UNSET,
        screensharing_system_prompt: str | Unset = UNSET,
        screensharing_proactive_prompt: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CallConfiguration:
        """API ViewSet for managing call configurations.  This ViewSet provides endpoints to
        retrieve, create, and update call configurations for mentors. Call configurations define
        how voice calls are handled for a mentor.  Permissions:     - Accessible only to
        platform admins.  Endpoints:     GET
        /api/org/{org}/mentors/{mentor_pk}/call-configurations/         - List all call
        configurations for a specific mentor         - Returns paginated list of call
        configurations      POST /api/org/{org}/mentors/{mentor_pk}/call-configurations/
        - Create a new call configuration for a mentor         - Requires call configuration
        data in request body      PUT
        /api/org/{org}/mentors/{mentor_pk}/call-configurations/{id}/         - Update an
        existing call configuration         - Requires call configuration data in request body
        Query Parameters:     - mentor: Filter configurations by mentor ID  Returns:     -
        CallConfigurationSerializer data

        Args:
            org (str, path)
            user_id (str, path)
            body (CallConfigurationRequest, request body)
            Or the body's fields as keywords instead of body=: mentor, mode, tts_provider,
                stt_provider, llm_provider, language, use_function_calling_for_rag,
                google_voice, openai_voice, openai_voice_id, google_voice_id, enable_video,
                screensharing_system_prompt, screensharing_proactive_prompt

        Returns:
            CallConfiguration
        """
        body = body_from_fields(
            "ai_mentor.orgs.users.call_configurations.create",
            body,
            CallConfigurationRequest,
            ["mentor"],
            (
                ("mentor", "mentor", mentor),
                ("mode", "mode", mode),
                ("tts_provider", "tts_provider", tts_provider),
                ("stt_provider", "stt_provider", stt_provider),
                ("llm_provider", "llm_provider", llm_provider),
                ("language", "language", language),
                (
                    "use_function_calling_for_rag",
                    "use_function_calling_for_rag",
                    use_function_calling_for_rag,
                ),
                ("google_voice", "google_voice", google_voice),
                ("openai_voice", "openai_voice", openai_voice),
                ("openai_voice_id", "openai_voice_id", openai_voice_id),
                ("google_voice_id", "google_voice_id", google_voice_id),
                ("enable_video", "enable_video", enable_video),
                (
                    "screensharing_system_prompt",
                    "screensharing_system_prompt",
                    screensharing_system_prompt,
                ),
                (
                    "screensharing_proactive_prompt",
                    "screensharing_proactive_prompt",
                    screensharing_proactive_prompt,
                ),
            ),
        )
        return self._client._send(
            _ai_mentor_orgs_users_call_configurations_create.OPERATION,
            _ai_mentor_orgs_users_call_configurations_create.build_request(
                org=org, user_id=user_id, body=body
            ),
            options,
        )

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> CallConfiguration:
        """API ViewSet for managing call configurations.  This ViewSet provides endpoints to
        retrieve, create, and update call configurations for mentors. Call configurations define
        how voice calls are handled for a mentor.  Permissions:     - Accessible only to
        platform admins.  Endpoints:     GET
        /api/org/{org}/mentors/{mentor_pk}/call-configurations/         - List all call
        configurations for a specific mentor         - Returns paginated list of call
        configurations      POST /api/org/{org}/mentors/{mentor_pk}/call-configurations/
        - Create a new call configuration for a mentor         - Requires call configuration
        data in request body      PUT
        /api/org/{org}/mentors/{mentor_pk}/call-configurations/{id}/         - Update an
        existing call configuration         - Requires call configuration data in request body
        Query Parameters:     - mentor: Filter configurations by mentor ID  Returns:     -
        CallConfigurationSerializer data

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)

        Returns:
            CallConfiguration
        """
        return self._client._send(
            _ai_mentor_orgs_users_call_configurations_retrieve.OPERATION,
            _ai_mentor_orgs_users_call_configurations_retrieve.build_request(
                org=org, user_id=user_id, id=id
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
        body: PatchedCallConfiguration | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CallConfiguration: ...

    @overload
    def partial_update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        mentor: UUID | Unset = UNSET,
        mode: CallConfigurationModeEnum | Unset = UNSET,
        tts_provider: TtsProviderEnum | Unset = UNSET,
        stt_provider: SttProviderEnum | Unset = UNSET,
        llm_provider: LlmProviderEnum | Unset = UNSET,
        language: str | Unset = UNSET,
        use_function_calling_for_rag: bool | Unset = UNSET,
        google_voice: VoiceRequest | Unset = UNSET,
        openai_voice: VoiceRequest | Unset = UNSET,
        openai_voice_id: int | None | Unset = UNSET,
        google_voice_id: int | None | Unset = UNSET,
        enable_video: bool | Unset = UNSET,
        screensharing_system_prompt: str | Unset = UNSET,
        screensharing_proactive_prompt: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CallConfiguration: ...

    def partial_update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        body: PatchedCallConfiguration | Unset = UNSET,
        mentor: UUID | Unset = UNSET,
        mode: CallConfigurationModeEnum | Unset = UNSET,
        tts_provider: TtsProviderEnum | Unset = UNSET,
        stt_provider: SttProviderEnum | Unset = UNSET,
        llm_provider: LlmProviderEnum | Unset = UNSET,
        language: str | Unset = UNSET,
        use_function_calling_for_rag: bool | Unset = UNSET,
        google_voice: VoiceRequest | Unset = UNSET,
        openai_voice: VoiceRequest | Unset = UNSET,
        openai_voice_id: int | None | Unset = UNSET,
        google_voice_id: int | None | Unset = UNSET,
        enable_video: bool | Unset = UNSET,
        screensharing_system_prompt: str | Unset = UNSET,
        screensharing_proactive_prompt: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CallConfiguration:
        """API ViewSet for managing call configurations.  This ViewSet provides endpoints to
        retrieve, create, and update call configurations for mentors. Call configurations define
        how voice calls are handled for a mentor.  Permissions:     - Accessible only to
        platform admins.  Endpoints:     GET
        /api/org/{org}/mentors/{mentor_pk}/call-configurations/         - List all call
        configurations for a specific mentor         - Returns paginated list of call
        configurations      POST /api/org/{org}/mentors/{mentor_pk}/call-configurations/
        - Create a new call configuration for a mentor         - Requires call configuration
        data in request body      PUT
        /api/org/{org}/mentors/{mentor_pk}/call-configurations/{id}/         - Update an
        existing call configuration         - Requires call configuration data in request body
        Query Parameters:     - mentor: Filter configurations by mentor ID  Returns:     -
        CallConfigurationSerializer data

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)
            body (PatchedCallConfiguration | Unset, request body)
            Or the body's fields as keywords instead of body=: mentor, mode, tts_provider,
                stt_provider, llm_provider, language, use_function_calling_for_rag,
                google_voice, openai_voice, openai_voice_id, google_voice_id, enable_video,
                screensharing_system_prompt, screensharing_proactive_prompt

        Returns:
            CallConfiguration
        """
        body = optional_body_from_fields(
            "ai_mentor.orgs.users.call_configurations.partial_update",
            body,
            PatchedCallConfiguration,
            [],
            (
                ("mentor", "mentor", mentor),
                ("mode", "mode", mode),
                ("tts_provider", "tts_provider", tts_provider),
                ("stt_provider", "stt_provider", stt_provider),
                ("llm_provider", "llm_provider", llm_provider),
                ("language", "language", language),
                (
                    "use_function_calling_for_rag",
                    "use_function_calling_for_rag",
                    use_function_calling_for_rag,
                ),
                ("google_voice", "google_voice", google_voice),
                ("openai_voice", "openai_voice", openai_voice),
                ("openai_voice_id", "openai_voice_id", openai_voice_id),
                ("google_voice_id", "google_voice_id", google_voice_id),
                ("enable_video", "enable_video", enable_video),
                (
                    "screensharing_system_prompt",
                    "screensharing_system_prompt",
                    screensharing_system_prompt,
                ),
                (
                    "screensharing_proactive_prompt",
                    "screensharing_proactive_prompt",
                    screensharing_proactive_prompt,
                ),
            ),
        )
        return self._client._send(
            _ai_mentor_orgs_users_call_configurations_partial_update.OPERATION,
            _ai_mentor_orgs_users_call_configurations_partial_update.build_request(
                org=org, user_id=user_id, id=id, body=body
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
        body: CallConfigurationRequest,
        **options: Unpack[RequestOptions],
    ) -> CallConfiguration: ...

    @overload
    def update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        mentor: UUID,
        mode: CallConfigurationModeEnum | Unset = UNSET,
        tts_provider: TtsProviderEnum | Unset = UNSET,
        stt_provider: SttProviderEnum | Unset = UNSET,
        llm_provider: LlmProviderEnum | Unset = UNSET,
        language: str | Unset = UNSET,
        use_function_calling_for_rag: bool | Unset = UNSET,
        google_voice: VoiceRequest | Unset = UNSET,
        openai_voice: VoiceRequest | Unset = UNSET,
        openai_voice_id: int | None | Unset = UNSET,
        google_voice_id: int | None | Unset = UNSET,
        enable_video: bool | Unset = UNSET,
        screensharing_system_prompt: str | Unset = UNSET,
        screensharing_proactive_prompt: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CallConfiguration: ...

    def update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        body: CallConfigurationRequest | Unset = UNSET,
        mentor: UUID | Unset = UNSET,
        mode: CallConfigurationModeEnum | Unset = UNSET,
        tts_provider: TtsProviderEnum | Unset = UNSET,
        stt_provider: SttProviderEnum | Unset = UNSET,
        llm_provider: LlmProviderEnum | Unset = UNSET,
        language: str | Unset = UNSET,
        use_function_calling_for_rag: bool | Unset = UNSET,
        google_voice: VoiceRequest | Unset = UNSET,
        openai_voice: VoiceRequest | Unset = UNSET,
        openai_voice_id: int | None | Unset = UNSET,
        google_voice_id: int | None | Unset = UNSET,
        enable_video: bool | Unset = UNSET,
        screensharing_system_prompt: str | Unset = UNSET,
        screensharing_proactive_prompt: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CallConfiguration:
        """API ViewSet for managing call configurations.  This ViewSet provides endpoints to
        retrieve, create, and update call configurations for mentors. Call configurations define
        how voice calls are handled for a mentor.  Permissions:     - Accessible only to
        platform admins.  Endpoints:     GET
        /api/org/{org}/mentors/{mentor_pk}/call-configurations/         - List all call
        configurations for a specific mentor         - Returns paginated list of call
        configurations      POST /api/org/{org}/mentors/{mentor_pk}/call-configurations/
        - Create a new call configuration for a mentor         - Requires call configuration
        data in request body      PUT
        /api/org/{org}/mentors/{mentor_pk}/call-configurations/{id}/         - Update an
        existing call configuration         - Requires call configuration data in request body
        Query Parameters:     - mentor: Filter configurations by mentor ID  Returns:     -
        CallConfigurationSerializer data

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)
            body (CallConfigurationRequest, request body)
            Or the body's fields as keywords instead of body=: mentor, mode, tts_provider,
                stt_provider, llm_provider, language, use_function_calling_for_rag,
                google_voice, openai_voice, openai_voice_id, google_voice_id, enable_video,
                screensharing_system_prompt, screensharing_proactive_prompt

        Returns:
            CallConfiguration
        """
        body = body_from_fields(
            "ai_mentor.orgs.users.call_configurations.update",
            body,
            CallConfigurationRequest,
            ["mentor"],
            (
                ("mentor", "mentor", mentor),
                ("mode", "mode", mode),
                ("tts_provider", "tts_provider", tts_provider),
                ("stt_provider", "stt_provider", stt_provider),
                ("llm_provider", "llm_provider", llm_provider),
                ("language", "language", language),
                (
                    "use_function_calling_for_rag",
                    "use_function_calling_for_rag",
                    use_function_calling_for_rag,
                ),
                ("google_voice", "google_voice", google_voice),
                ("openai_voice", "openai_voice", openai_voice),
                ("openai_voice_id", "openai_voice_id", openai_voice_id),
                ("google_voice_id", "google_voice_id", google_voice_id),
                ("enable_video", "enable_video", enable_video),
                (
                    "screensharing_system_prompt",
                    "screensharing_system_prompt",
                    screensharing_system_prompt,
                ),
                (
                    "screensharing_proactive_prompt",
                    "screensharing_proactive_prompt",
                    screensharing_proactive_prompt,
                ),
            ),
        )
        return self._client._send(
            _ai_mentor_orgs_users_call_configurations_update.OPERATION,
            _ai_mentor_orgs_users_call_configurations_update.build_request(
                org=org, user_id=user_id, id=id, body=body
            ),
            options,
        )


class AiMentorOrgsUsersCallConfigurationsResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.call_configurations`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsUsersCallConfigurationsResource) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)
        self.retrieve = to_raw_response(resource.retrieve)
        self.partial_update = to_raw_response(resource.partial_update)
        self.update = to_raw_response(resource.update)


class AsyncAiMentorOrgsUsersCallConfigurationsResource:
    """`AsyncClient.ai_mentor.orgs.users.call_configurations`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMentorOrgsUsersCallConfigurationsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersCallConfigurationsResourceWithRawResponse(self)

    async def list(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str | Unset = UNSET,
        mode: AiMentorOrgsUsersCallConfigurationsListMode | Unset = UNSET,
        ordering: str | Unset = UNSET,
        search: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> list[CallConfiguration]:
        """API ViewSet for managing call configurations.  This ViewSet provides endpoints to
        retrieve, create, and update call configurations for mentors. Call configurations define
        how voice calls are handled for a mentor.  Permissions:     - Accessible only to
        platform admins.  Endpoints:     GET
        /api/org/{org}/mentors/{mentor_pk}/call-configurations/         - List all call
        configurations for a specific mentor         - Returns paginated list of call
        configurations      POST /api/org/{org}/mentors/{mentor_pk}/call-configurations/
        - Create a new call configuration for a mentor         - Requires call configuration
        data in request body      PUT
        /api/org/{org}/mentors/{mentor_pk}/call-configurations/{id}/         - Update an
        existing call configuration         - Requires call configuration data in request body
        Query Parameters:     - mentor: Filter configurations by mentor ID  Returns:     -
        CallConfigurationSerializer data

        Args:
            org (str, path)
            user_id (str, path)
            mentor (str | Unset, query)
            mode (AiMentorOrgsUsersCallConfigurationsListMode | Unset, query)
            ordering (str | Unset, query)
            search (str | Unset, query)

        Returns:
            list[CallConfiguration]
        """
        return await self._client._send(
            _ai_mentor_orgs_users_call_configurations_list.OPERATION,
            _ai_mentor_orgs_users_call_configurations_list.build_request(
                org=org, user_id=user_id, mentor=mentor, mode=mode, ordering=ordering, search=search
            ),
            options,
        )

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        body: CallConfigurationRequest,
        **options: Unpack[RequestOptions],
    ) -> CallConfiguration: ...

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        mentor: UUID,
        mode: CallConfigurationModeEnum | Unset = UNSET,
        tts_provider: TtsProviderEnum | Unset = UNSET,
        stt_provider: SttProviderEnum | Unset = UNSET,
        llm_provider: LlmProviderEnum | Unset = UNSET,
        language: str | Unset = UNSET,
        use_function_calling_for_rag: bool | Unset = UNSET,
        google_voice: VoiceRequest | Unset = UNSET,
        openai_voice: VoiceRequest | Unset = UNSET,
        openai_voice_id: int | None | Unset = UNSET,
        google_voice_id: int | None | Unset = UNSET,
        enable_video: bool | Unset = UNSET,
        screensharing_system_prompt: str | Unset = UNSET,
        screensharing_proactive_prompt: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CallConfiguration: ...

    async def create(
        self,
        *,
        org: str,
        user_id: str,
        body: CallConfigurationRequest | Unset = UNSET,
        mentor: UUID | Unset = UNSET,
        mode: CallConfigurationModeEnum | Unset = UNSET,
        tts_provider: TtsProviderEnum | Unset = UNSET,
        stt_provider: SttProviderEnum | Unset = UNSET,
        llm_provider: LlmProviderEnum | Unset = UNSET,
        language: str | Unset = UNSET,
        use_function_calling_for_rag: bool | Unset = UNSET,
        google_voice: VoiceRequest | Unset = UNSET,
        openai_voice: VoiceRequest | Unset = UNSET,
        openai_voice_id: int | None | Unset = UNSET,
        google_voice_id: int | None | Unset = UNSET,
        enable_video: bool | Unset = UNSET,
        screensharing_system_prompt: str | Unset = UNSET,
        screensharing_proactive_prompt: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CallConfiguration:
        """API ViewSet for managing call configurations.  This ViewSet provides endpoints to
        retrieve, create, and update call configurations for mentors. Call configurations define
        how voice calls are handled for a mentor.  Permissions:     - Accessible only to
        platform admins.  Endpoints:     GET
        /api/org/{org}/mentors/{mentor_pk}/call-configurations/         - List all call
        configurations for a specific mentor         - Returns paginated list of call
        configurations      POST /api/org/{org}/mentors/{mentor_pk}/call-configurations/
        - Create a new call configuration for a mentor         - Requires call configuration
        data in request body      PUT
        /api/org/{org}/mentors/{mentor_pk}/call-configurations/{id}/         - Update an
        existing call configuration         - Requires call configuration data in request body
        Query Parameters:     - mentor: Filter configurations by mentor ID  Returns:     -
        CallConfigurationSerializer data

        Args:
            org (str, path)
            user_id (str, path)
            body (CallConfigurationRequest, request body)
            Or the body's fields as keywords instead of body=: mentor, mode, tts_provider,
                stt_provider, llm_provider, language, use_function_calling_for_rag,
                google_voice, openai_voice, openai_voice_id, google_voice_id, enable_video,
                screensharing_system_prompt, screensharing_proactive_prompt

        Returns:
            CallConfiguration
        """
        body = body_from_fields(
            "ai_mentor.orgs.users.call_configurations.create",
            body,
            CallConfigurationRequest,
            ["mentor"],
            (
                ("mentor", "mentor", mentor),
                ("mode", "mode", mode),
                ("tts_provider", "tts_provider", tts_provider),
                ("stt_provider", "stt_provider", stt_provider),
                ("llm_provider", "llm_provider", llm_provider),
                ("language", "language", language),
                (
                    "use_function_calling_for_rag",
                    "use_function_calling_for_rag",
                    use_function_calling_for_rag,
                ),
                ("google_voice", "google_voice", google_voice),
                ("openai_voice", "openai_voice", openai_voice),
                ("openai_voice_id", "openai_voice_id", openai_voice_id),
                ("google_voice_id", "google_voice_id", google_voice_id),
                ("enable_video", "enable_video", enable_video),
                (
                    "screensharing_system_prompt",
                    "screensharing_system_prompt",
                    screensharing_system_prompt,
                ),
                (
                    "screensharing_proactive_prompt",
                    "screensharing_proactive_prompt",
                    screensharing_proactive_prompt,
                ),
            ),
        )
        return await self._client._send(
            _ai_mentor_orgs_users_call_configurations_create.OPERATION,
            _ai_mentor_orgs_users_call_configurations_create.build_request(
                org=org, user_id=user_id, body=body
            ),
            options,
        )

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> CallConfiguration:
        """API ViewSet for managing call configurations.  This ViewSet provides endpoints to
        retrieve, create, and update call configurations for mentors. Call configurations define
        how voice calls are handled for a mentor.  Permissions:     - Accessible only to
        platform admins.  Endpoints:     GET
        /api/org/{org}/mentors/{mentor_pk}/call-configurations/         - List all call
        configurations for a specific mentor         - Returns paginated list of call
        configurations      POST /api/org/{org}/mentors/{mentor_pk}/call-configurations/
        - Create a new call configuration for a mentor         - Requires call configuration
        data in request body      PUT
        /api/org/{org}/mentors/{mentor_pk}/call-configurations/{id}/         - Update an
        existing call configuration         - Requires call configuration data in request body
        Query Parameters:     - mentor: Filter configurations by mentor ID  Returns:     -
        CallConfigurationSerializer data

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)

        Returns:
            CallConfiguration
        """
        return await self._client._send(
            _ai_mentor_orgs_users_call_configurations_retrieve.OPERATION,
            _ai_mentor_orgs_users_call_configurations_retrieve.build_request(
                org=org, user_id=user_id, id=id
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
        body: PatchedCallConfiguration | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CallConfiguration: ...

    @overload
    async def partial_update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        mentor: UUID | Unset = UNSET,
        mode: CallConfigurationModeEnum | Unset = UNSET,
        tts_provider: TtsProviderEnum | Unset = UNSET,
        stt_provider: SttProviderEnum | Unset = UNSET,
        llm_provider: LlmProviderEnum | Unset = UNSET,
        language: str | Unset = UNSET,
        use_function_calling_for_rag: bool | Unset = UNSET,
        google_voice: VoiceRequest | Unset = UNSET,
        openai_voice: VoiceRequest | Unset = UNSET,
        openai_voice_id: int | None | Unset = UNSET,
        google_voice_id: int | None | Unset = UNSET,
        enable_video: bool | Unset = UNSET,
        screensharing_system_prompt: str | Unset = UNSET,
        screensharing_proactive_prompt: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CallConfiguration: ...

    async def partial_update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        body: PatchedCallConfiguration | Unset = UNSET,
        mentor: UUID | Unset = UNSET,
        mode: CallConfigurationModeEnum | Unset = UNSET,
        tts_provider: TtsProviderEnum | Unset = UNSET,
        stt_provider: SttProviderEnum | Unset = UNSET,
        llm_provider: LlmProviderEnum | Unset = UNSET,
        language: str | Unset = UNSET,
        use_function_calling_for_rag: bool | Unset = UNSET,
        google_voice: VoiceRequest | Unset = UNSET,
        openai_voice: VoiceRequest | Unset = UNSET,
        openai_voice_id: int | None | Unset = UNSET,
        google_voice_id: int | None | Unset = UNSET,
        enable_video: bool | Unset = UNSET,
        screensharing_system_prompt: str | Unset = UNSET,
        screensharing_proactive_prompt: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CallConfiguration:
        """API ViewSet for managing call configurations.  This ViewSet provides endpoints to
        retrieve, create, and update call configurations for mentors. Call configurations define
        how voice calls are handled for a mentor.  Permissions:     - Accessible only to
        platform admins.  Endpoints:     GET
        /api/org/{org}/mentors/{mentor_pk}/call-configurations/         - List all call
        configurations for a specific mentor         - Returns paginated list of call
        configurations      POST /api/org/{org}/mentors/{mentor_pk}/call-configurations/
        - Create a new call configuration for a mentor         - Requires call configuration
        data in request body      PUT
        /api/org/{org}/mentors/{mentor_pk}/call-configurations/{id}/         - Update an
        existing call configuration         - Requires call configuration data in request body
        Query Parameters:     - mentor: Filter configurations by mentor ID  Returns:     -
        CallConfigurationSerializer data

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)
            body (PatchedCallConfiguration | Unset, request body)
            Or the body's fields as keywords instead of body=: mentor, mode, tts_provider,
                stt_provider, llm_provider, language, use_function_calling_for_rag,
                google_voice, openai_voice, openai_voice_id, google_voice_id, enable_video,
                screensharing_system_prompt, screensharing_proactive_prompt

        Returns:
            CallConfiguration
        """
        body = optional_body_from_fields(
            "ai_mentor.orgs.users.call_configurations.partial_update",
            body,
            PatchedCallConfiguration,
            [],
            (
                ("mentor", "mentor", mentor),
                ("mode", "mode", mode),
                ("tts_provider", "tts_provider", tts_provider),
                ("stt_provider", "stt_provider", stt_provider),
                ("llm_provider", "llm_provider", llm_provider),
                ("language", "language", language),
                (
                    "use_function_calling_for_rag",
                    "use_function_calling_for_rag",
                    use_function_calling_for_rag,
                ),
                ("google_voice", "google_voice", google_voice),
                ("openai_voice", "openai_voice", openai_voice),
                ("openai_voice_id", "openai_voice_id", openai_voice_id),
                ("google_voice_id", "google_voice_id", google_voice_id),
                ("enable_video", "enable_video", enable_video),
                (
                    "screensharing_system_prompt",
                    "screensharing_system_prompt",
                    screensharing_system_prompt,
                ),
                (
                    "screensharing_proactive_prompt",
                    "screensharing_proactive_prompt",
                    screensharing_proactive_prompt,
                ),
            ),
        )
        return await self._client._send(
            _ai_mentor_orgs_users_call_configurations_partial_update.OPERATION,
            _ai_mentor_orgs_users_call_configurations_partial_update.build_request(
                org=org, user_id=user_id, id=id, body=body
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
        body: CallConfigurationRequest,
        **options: Unpack[RequestOptions],
    ) -> CallConfiguration: ...

    @overload
    async def update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        mentor: UUID,
        mode: CallConfigurationModeEnum | Unset = UNSET,
        tts_provider: TtsProviderEnum | Unset = UNSET,
        stt_provider: SttProviderEnum | Unset = UNSET,
        llm_provider: LlmProviderEnum | Unset = UNSET,
        language: str | Unset = UNSET,
        use_function_calling_for_rag: bool | Unset = UNSET,
        google_voice: VoiceRequest | Unset = UNSET,
        openai_voice: VoiceRequest | Unset = UNSET,
        openai_voice_id: int | None | Unset = UNSET,
        google_voice_id: int | None | Unset = UNSET,
        enable_video: bool | Unset = UNSET,
        screensharing_system_prompt: str | Unset = UNSET,
        screensharing_proactive_prompt: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CallConfiguration: ...

    async def update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        body: CallConfigurationRequest | Unset = UNSET,
        mentor: UUID | Unset = UNSET,
        mode: CallConfigurationModeEnum | Unset = UNSET,
        tts_provider: TtsProviderEnum | Unset = UNSET,
        stt_provider: SttProviderEnum | Unset = UNSET,
        llm_provider: LlmProviderEnum | Unset = UNSET,
        language: str | Unset = UNSET,
        use_function_calling_for_rag: bool | Unset = UNSET,
        google_voice: VoiceRequest | Unset = UNSET,
        openai_voice: VoiceRequest | Unset = UNSET,
        openai_voice_id: int | None | Unset = UNSET,
        google_voice_id: int | None | Unset = UNSET,
        enable_video: bool | Unset = UNSET,
        screensharing_system_prompt: str | Unset = UNSET,
        screensharing_proactive_prompt: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CallConfiguration:
        """API ViewSet for managing call configurations.  This ViewSet provides endpoints to
        retrieve, create, and update call configurations for mentors. Call configurations define
        how voice calls are handled for a mentor.  Permissions:     - Accessible only to
        platform admins.  Endpoints:     GET
        /api/org/{org}/mentors/{mentor_pk}/call-configurations/         - List all call
        configurations for a specific mentor         - Returns paginated list of call
        configurations      POST /api/org/{org}/mentors/{mentor_pk}/call-configurations/
        - Create a new call configuration for a mentor         - Requires call configuration
        data in request body      PUT
        /api/org/{org}/mentors/{mentor_pk}/call-configurations/{id}/         - Update an
        existing call configuration         - Requires call configuration data in request body
        Query Parameters:     - mentor: Filter configurations by mentor ID  Returns:     -
        CallConfigurationSerializer data

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)
            body (CallConfigurationRequest, request body)
            Or the body's fields as keywords instead of body=: mentor, mode, tts_provider,
                stt_provider, llm_provider, language, use_function_calling_for_rag,
                google_voice, openai_voice, openai_voice_id, google_voice_id, enable_video,
                screensharing_system_prompt, screensharing_proactive_prompt

        Returns:
            CallConfiguration
        """
        body = body_from_fields(
            "ai_mentor.orgs.users.call_configurations.update",
            body,
            CallConfigurationRequest,
            ["mentor"],
            (
                ("mentor", "mentor", mentor),
                ("mode", "mode", mode),
                ("tts_provider", "tts_provider", tts_provider),
                ("stt_provider", "stt_provider", stt_provider),
                ("llm_provider", "llm_provider", llm_provider),
                ("language", "language", language),
                (
                    "use_function_calling_for_rag",
                    "use_function_calling_for_rag",
                    use_function_calling_for_rag,
                ),
                ("google_voice", "google_voice", google_voice),
                ("openai_voice", "openai_voice", openai_voice),
                ("openai_voice_id", "openai_voice_id", openai_voice_id),
                ("google_voice_id", "google_voice_id", google_voice_id),
                ("enable_video", "enable_video", enable_video),
                (
                    "screensharing_system_prompt",
                    "screensharing_system_prompt",
                    screensharing_system_prompt,
                ),
                (
                    "screensharing_proactive_prompt",
                    "screensharing_proactive_prompt",
                    screensharing_proactive_prompt,
                ),
            ),
        )
        return await self._client._send(
            _ai_mentor_orgs_users_call_configurations_update.OPERATION,
            _ai_mentor_orgs_users_call_configurations_update.build_request(
                org=org, user_id=user_id, id=id, body=body
            ),
            options,
        )


class AsyncAiMentorOrgsUsersCallConfigurationsResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.call_configurations`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsUsersCallConfigurationsResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)
        self.create = async_to_raw_response(resource.create)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.partial_update = async_to_raw_response(resource.partial_update)
        self.update = async_to_raw_response(resource.update)
