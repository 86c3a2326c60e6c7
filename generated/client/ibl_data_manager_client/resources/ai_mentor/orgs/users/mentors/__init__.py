"""`Client.ai_mentor.orgs.users.mentors`: 1 operation and 26 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_mentor import (
    ai_mentor_orgs_users_mentors_retrieve as _ai_mentor_orgs_users_mentors_retrieve,
)
from ......models.mentor import Mentor

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client
    from .auto_memory_prompt import (
        AiMentorOrgsUsersMentorsAutoMemoryPromptResource,
        AiMentorOrgsUsersMentorsAutoMemoryPromptResourceWithRawResponse,
        AsyncAiMentorOrgsUsersMentorsAutoMemoryPromptResource,
        AsyncAiMentorOrgsUsersMentorsAutoMemoryPromptResourceWithRawResponse,
    )
    from .available_tools import (
        AiMentorOrgsUsersMentorsAvailableToolsResource,
        AiMentorOrgsUsersMentorsAvailableToolsResourceWithRawResponse,
        AsyncAiMentorOrgsUsersMentorsAvailableToolsResource,
        AsyncAiMentorOrgsUsersMentorsAvailableToolsResourceWithRawResponse,
    )
    from .create_call_credentials import (
        AiMentorOrgsUsersMentorsCreateCallCredentialsResource,
        AiMentorOrgsUsersMentorsCreateCallCredentialsResourceWithRawResponse,
        AsyncAiMentorOrgsUsersMentorsCreateCallCredentialsResource,
        AsyncAiMentorOrgsUsersMentorsCreateCallCredentialsResourceWithRawResponse,
    )
    from .current_memory import (
        AiMentorOrgsUsersMentorsCurrentMemoryResource,
        AiMentorOrgsUsersMentorsCurrentMemoryResourceWithRawResponse,
        AsyncAiMentorOrgsUsersMentorsCurrentMemoryResource,
        AsyncAiMentorOrgsUsersMentorsCurrentMemoryResourceWithRawResponse,
    )
    from .custom_voice import (
        AiMentorOrgsUsersMentorsCustomVoiceResource,
        AiMentorOrgsUsersMentorsCustomVoiceResourceWithRawResponse,
        AsyncAiMentorOrgsUsersMentorsCustomVoiceResource,
        AsyncAiMentorOrgsUsersMentorsCustomVoiceResourceWithRawResponse,
    )
    from .custom_voice_tts import (
        AiMentorOrgsUsersMentorsCustomVoiceTtsResource,
        AiMentorOrgsUsersMentorsCustomVoiceTtsResourceWithRawResponse,
        AsyncAiMentorOrgsUsersMentorsCustomVoiceTtsResource,
        AsyncAiMentorOrgsUsersMentorsCustomVoiceTtsResourceWithRawResponse,
    )
    from .edit_scenarios import (
        AiMentorOrgsUsersMentorsEditScenariosResource,
        AiMentorOrgsUsersMentorsEditScenariosResourceWithRawResponse,
        AsyncAiMentorOrgsUsersMentorsEditScenariosResource,
        AsyncAiMentorOrgsUsersMentorsEditScenariosResourceWithRawResponse,
    )
    from .fork import (
        AiMentorOrgsUsersMentorsForkResource,
        AiMentorOrgsUsersMentorsForkResourceWithRawResponse,
        AsyncAiMentorOrgsUsersMentorsForkResource,
        AsyncAiMentorOrgsUsersMentorsForkResourceWithRawResponse,
    )
    from .historical_memory import (
        AiMentorOrgsUsersMentorsHistoricalMemoryResource,
        AiMentorOrgsUsersMentorsHistoricalMemoryResourceWithRawResponse,
        AsyncAiMentorOrgsUsersMentorsHistoricalMemoryResource,
        AsyncAiMentorOrgsUsersMentorsHistoricalMemoryResourceWithRawResponse,
    )
    from .memory_progress import (
        AiMentorOrgsUsersMentorsMemoryProgressResource,
        AiMentorOrgsUsersMentorsMemoryProgressResourceWithRawResponse,
        AsyncAiMentorOrgsUsersMentorsMemoryProgressResource,
        AsyncAiMentorOrgsUsersMentorsMemoryProgressResourceWithRawResponse,
    )
    from .memory_settings import (
        AiMentorOrgsUsersMentorsMemorySettingsResource,
        AiMentorOrgsUsersMentorsMemorySettingsResourceWithRawResponse,
        AsyncAiMentorOrgsUsersMentorsMemorySettingsResource,
        AsyncAiMentorOrgsUsersMentorsMemorySettingsResourceWithRawResponse,
    )
    from .mentor_eval import (
        AiMentorOrgsUsersMentorsMentorEvalResource,
        AiMentorOrgsUsersMentorsMentorEvalResourceWithRawResponse,
        AsyncAiMentorOrgsUsersMentorsMentorEvalResource,
        AsyncAiMentorOrgsUsersMentorsMentorEvalResourceWithRawResponse,
    )
    from .mentor_eval_execution import (
        AiMentorOrgsUsersMentorsMentorEvalExecutionResource,
        AiMentorOrgsUsersMentorsMentorEvalExecutionResourceWithRawResponse,
        AsyncAiMentorOrgsUsersMentorsMentorEvalExecutionResource,
        AsyncAiMentorOrgsUsersMentorsMentorEvalExecutionResourceWithRawResponse,
    )
    from .mentor_memories import (
        AiMentorOrgsUsersMentorsMentorMemoriesResource,
        AiMentorOrgsUsersMentorsMentorMemoriesResourceWithRawResponse,
        AsyncAiMentorOrgsUsersMentorsMentorMemoriesResource,
        AsyncAiMentorOrgsUsersMentorsMentorMemoriesResourceWithRawResponse,
    )
    from .mentor_user_settings import (
        AiMentorOrgsUsersMentorsMentorUserSettingsResource,
        AiMentorOrgsUsersMentorsMentorUserSettingsResourceWithRawResponse,
        AsyncAiMentorOrgsUsersMentorsMentorUserSettingsResource,
        AsyncAiMentorOrgsUsersMentorsMentorUserSettingsResourceWithRawResponse,
    )
    from .public_settings import (
        AiMentorOrgsUsersMentorsPublicSettingsResource,
        AiMentorOrgsUsersMentorsPublicSettingsResourceWithRawResponse,
        AsyncAiMentorOrgsUsersMentorsPublicSettingsResource,
        AsyncAiMentorOrgsUsersMentorsPublicSettingsResourceWithRawResponse,
    )
    from .public_sharable_link import (
        AiMentorOrgsUsersMentorsPublicSharableLinkResource,
        AiMentorOrgsUsersMentorsPublicSharableLinkResourceWithRawResponse,
        AsyncAiMentorOrgsUsersMentorsPublicSharableLinkResource,
        AsyncAiMentorOrgsUsersMentorsPublicSharableLinkResourceWithRawResponse,
    )
    from .reports import (
        AiMentorOrgsUsersMentorsReportsResource,
        AiMentorOrgsUsersMentorsReportsResourceWithRawResponse,
        AsyncAiMentorOrgsUsersMentorsReportsResource,
        AsyncAiMentorOrgsUsersMentorsReportsResourceWithRawResponse,
    )
    from .scenarios import (
        AiMentorOrgsUsersMentorsScenariosResource,
        AiMentorOrgsUsersMentorsScenariosResourceWithRawResponse,
        AsyncAiMentorOrgsUsersMentorsScenariosResource,
        AsyncAiMentorOrgsUsersMentorsScenariosResourceWithRawResponse,
    )
    from .settings import (
        AiMentorOrgsUsersMentorsSettingsResource,
        AiMentorOrgsUsersMentorsSettingsResourceWithRawResponse,
        AsyncAiMentorOrgsUsersMentorsSettingsResource,
        AsyncAiMentorOrgsUsersMentorsSettingsResourceWithRawResponse,
    )
    from .sharable_link import (
        AiMentorOrgsUsersMentorsSharableLinkResource,
        AiMentorOrgsUsersMentorsSharableLinkResourceWithRawResponse,
        AsyncAiMentorOrgsUsersMentorsSharableLinkResource,
        AsyncAiMentorOrgsUsersMentorsSharableLinkResourceWithRawResponse,
    )
    from .spaced_repetition_question_stats import (
        AiMentorOrgsUsersMentorsSpacedRepetitionQuestionStatsResource,
        AiMentorOrgsUsersMentorsSpacedRepetitionQuestionStatsResourceWithRawResponse,
        AsyncAiMentorOrgsUsersMentorsSpacedRepetitionQuestionStatsResource,
        AsyncAiMentorOrgsUsersMentorsSpacedRepetitionQuestionStatsResourceWithRawResponse,
    )
    from .spaced_repetition_recommended_paths import (
        AiMentorOrgsUsersMentorsSpacedRepetitionRecommendedPathsResource,
        AiMentorOrgsUsersMentorsSpacedRepetitionRecommendedPathsResourceWithRawResponse,
        AsyncAiMentorOrgsUsersMentorsSpacedRepetitionRecommendedPathsResource,
        AsyncAiMentorOrgsUsersMentorsSpacedRepetitionRecommendedPathsResourceWithRawResponse,
    )
    from .star import (
        AiMentorOrgsUsersMentorsStarResource,
        AiMentorOrgsUsersMentorsStarResourceWithRawResponse,
        AsyncAiMentorOrgsUsersMentorsStarResource,
        AsyncAiMentorOrgsUsersMentorsStarResourceWithRawResponse,
    )
    from .summaries import (
        AiMentorOrgsUsersMentorsSummariesResource,
        AiMentorOrgsUsersMentorsSummariesResourceWithRawResponse,
        AsyncAiMentorOrgsUsersMentorsSummariesResource,
        AsyncAiMentorOrgsUsersMentorsSummariesResourceWithRawResponse,
    )
    from .unstar import (
        AiMentorOrgsUsersMentorsUnstarResource,
        AiMentorOrgsUsersMentorsUnstarResourceWithRawResponse,
        AsyncAiMentorOrgsUsersMentorsUnstarResource,
        AsyncAiMentorOrgsUsersMentorsUnstarResourceWithRawResponse,
    )

__all__ = [
    "AiMentorOrgsUsersMentorsResource",
    "AiMentorOrgsUsersMentorsResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersMentorsResource",
    "AsyncAiMentorOrgsUsersMentorsResourceWithRawResponse",
]


class AiMentorOrgsUsersMentorsResource:
    """`Client.ai_mentor.orgs.users.mentors`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsUsersMentorsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersMentorsResourceWithRawResponse(self)

    @cached_property
    def auto_memory_prompt(self) -> AiMentorOrgsUsersMentorsAutoMemoryPromptResource:
        from .auto_memory_prompt import AiMentorOrgsUsersMentorsAutoMemoryPromptResource

        return AiMentorOrgsUsersMentorsAutoMemoryPromptResource(self._client)

    @cached_property
    def available_tools(self) -> AiMentorOrgsUsersMentorsAvailableToolsResource:
        from .available_tools import AiMentorOrgsUsersMentorsAvailableToolsResource

        return AiMentorOrgsUsersMentorsAvailableToolsResource(self._client)

    @cached_property
    def create_call_credentials(self) -> AiMentorOrgsUsersMentorsCreateCallCredentialsResource:
        from .create_call_credentials import AiMentorOrgsUsersMentorsCreateCallCredentialsResource

        return AiMentorOrgsUsersMentorsCreateCallCredentialsResource(self._client)

    @cached_property
    def current_memory(self) -> AiMentorOrgsUsersMentorsCurrentMemoryResource:
        from .current_memory import AiMentorOrgsUsersMentorsCurrentMemoryResource

        return AiMentorOrgsUsersMentorsCurrentMemoryResource(self._client)

    @cached_property
    def custom_voice(self) -> AiMentorOrgsUsersMentorsCustomVoiceResource:
        from .custom_voice import AiMentorOrgsUsersMentorsCustomVoiceResource

        return AiMentorOrgsUsersMentorsCustomVoiceResource(self._client)

    @cached_property
    def custom_voice_tts(self) -> AiMentorOrgsUsersMentorsCustomVoiceTtsResource:
        from .custom_voice_tts import AiMentorOrgsUsersMentorsCustomVoiceTtsResource

        return AiMentorOrgsUsersMentorsCustomVoiceTtsResource(self._client)

    @cached_property
    def edit_scenarios(self) -> AiMentorOrgsUsersMentorsEditScenariosResource:
        from .edit_scenarios import AiMentorOrgsUsersMentorsEditScenariosResource

        return AiMentorOrgsUsersMentorsEditScenariosResource(self._client)

    @cached_property
    def fork(self) -> AiMentorOrgsUsersMentorsForkResource:
        from .fork import AiMentorOrgsUsersMentorsForkResource

        return AiMentorOrgsUsersMentorsForkResource(self._client)

    @cached_property
    def historical_memory(self) -> AiMentorOrgsUsersMentorsHistoricalMemoryResource:
        from .historical_memory import AiMentorOrgsUsersMentorsHistoricalMemoryResource

        return AiMentorOrgsUsersMentorsHistoricalMemoryResource(self._client)

    @cached_property
    def memory_progress(self) -> AiMentorOrgsUsersMentorsMemoryProgressResource:
        from .memory_progress import AiMentorOrgsUsersMentorsMemoryProgressResource

        return AiMentorOrgsUsersMentorsMemoryProgressResource(self._client)

    @cached_property
    def memory_settings(self) -> AiMentorOrgsUsersMentorsMemorySettingsResource:
        from .memory_settings import AiMentorOrgsUsersMentorsMemorySettingsResource

        return AiMentorOrgsUsersMentorsMemorySettingsResource(self._client)

    @cached_property
    def mentor_eval(self) -> AiMentorOrgsUsersMentorsMentorEvalResource:
        from .mentor_eval import AiMentorOrgsUsersMentorsMentorEvalResource

        return AiMentorOrgsUsersMentorsMentorEvalResource(self._client)

    @cached_property
    def mentor_eval_execution(self) -> AiMentorOrgsUsersMentorsMentorEvalExecutionResource:
        from .mentor_eval_execution import AiMentorOrgsUsersMentorsMentorEvalExecutionResource

        return AiMentorOrgsUsersMentorsMentorEvalExecutionResource(self._client)

    @cached_property
    def mentor_memories(self) -> AiMentorOrgsUsersMentorsMentorMemoriesResource:
        from .mentor_memories import AiMentorOrgsUsersMentorsMentorMemoriesResource

        return AiMentorOrgsUsersMentorsMentorMemoriesResource(self._client)

    @cached_property
    def mentor_user_settings(self) -> AiMentorOrgsUsersMentorsMentorUserSettingsResource:
        from .mentor_user_settings import AiMentorOrgsUsersMentorsMentorUserSettingsResource

        return AiMentorOrgsUsersMentorsMentorUserSettingsResource(self._client)

    @cached_property
    def public_settings(self) -> AiMentorOrgsUsersMentorsPublicSettingsResource:
        from .public_settings import AiMentorOrgsUsersMentorsPublicSettingsResource

        return AiMentorOrgsUsersMentorsPublicSettingsResource(self._client)

    @cached_property
    def public_sharable_link(self) -> AiMentorOrgsUsersMentorsPublicSharableLinkResource:
        from .public_sharable_link import AiMentorOrgsUsersMentorsPublicSharableLinkResource

        return AiMentorOrgsUsersMentorsPublicSharableLinkResource(self._client)

    @cached_property
    def reports(self) -> AiMentorOrgsUsersMentorsReportsResource:
        from .reports import AiMentorOrgsUsersMentorsReportsResource

        return AiMentorOrgsUsersMentorsReportsResource(self._client)

    @cached_property
    def scenarios(self) -> AiMentorOrgsUsersMentorsScenariosResource:
        from .scenarios import AiMentorOrgsUsersMentorsScenariosResource

        return AiMentorOrgsUsersMentorsScenariosResource(self._client)

    @cached_property
    def settings(self) -> AiMentorOrgsUsersMentorsSettingsResource:
        from .settings import AiMentorOrgsUsersMentorsSettingsResource

        return AiMentorOrgsUsersMentorsSettingsResource(self._client)

    @cached_property
    def sharable_link(self) -> AiMentorOrgsUsersMentorsSharableLinkResource:
        from .sharable_link import AiMentorOrgsUsersMentorsSharableLinkResource

        return AiMentorOrgsUsersMentorsSharableLinkResource(self._client)

    @cached_property
    def spaced_repetition_question_stats(
        self,
    ) -> AiMentorOrgsUsersMentorsSpacedRepetitionQuestionStatsResource:
        from .spaced_repetition_question_stats import (
            AiMentorOrgsUsersMentorsSpacedRepetitionQuestionStatsResource,
        )

        return AiMentorOrgsUsersMentorsSpacedRepetitionQuestionStatsResource(self._client)

    @cached_property
    def spaced_repetition_recommended_paths(
        self,
    ) -> AiMentorOrgsUsersMentorsSpacedRepetitionRecommendedPathsResource:
        from .spaced_repetition_recommended_paths import (
            AiMentorOrgsUsersMentorsSpacedRepetitionRecommendedPathsResource,
        )

        return AiMentorOrgsUsersMentorsSpacedRepetitionRecommendedPathsResource(self._client)

    @cached_property
    def star(self) -> AiMentorOrgsUsersMentorsStarResource:
        from .star import AiMentorOrgsUsersMentorsStarResource

        return AiMentorOrgsUsersMentorsStarResource(self._client)

    @cached_property
    def summaries(self) -> AiMentorOrgsUsersMentorsSummariesResource:
        from .summaries import AiMentorOrgsUsersMentorsSummariesResource

        return AiMentorOrgsUsersMentorsSummariesResource(self._client)

    @cached_property
    def unstar(self) -> AiMentorOrgsUsersMentorsUnstarResource:
        from .unstar import AiMentorOrgsUsersMentorsUnstarResource

        return AiMentorOrgsUsersMentorsUnstarResource(self._client)

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str,
        **options: Unpack[RequestOptions],
    ) -> Mentor:
        """Retrieve details of a specific mentor by slug or name.

        Args:
            org (str, path)
            user_id (str, path)
            mentor (str, path)

        Returns:
            Mentor
        """
        return self._client._send(
            _ai_mentor_orgs_users_mentors_retrieve.OPERATION,
            _ai_mentor_orgs_users_mentors_retrieve.build_request(
                org=org, user_id=user_id, mentor=mentor
            ),
            options,
        )


class AiMentorOrgsUsersMentorsResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.mentors`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsUsersMentorsResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)

    @cached_property
    def auto_memory_prompt(self) -> AiMentorOrgsUsersMentorsAutoMemoryPromptResourceWithRawResponse:
        from .auto_memory_prompt import (
            AiMentorOrgsUsersMentorsAutoMemoryPromptResourceWithRawResponse,
        )

        return AiMentorOrgsUsersMentorsAutoMemoryPromptResourceWithRawResponse(
            self._resource.auto_memory_prompt
        )

    @cached_property
    def available_tools(self) -> AiMentorOrgsUsersMentorsAvailableToolsResourceWithRawResponse:
        from .available_tools import AiMentorOrgsUsersMentorsAvailableToolsResourceWithRawResponse

        return AiMentorOrgsUsersMentorsAvailableToolsResourceWithRawResponse(
            self._resource.available_tools
        )

    @cached_property
    def create_call_credentials(
        self,
    ) -> AiMentorOrgsUsersMentorsCreateCallCredentialsResourceWithRawResponse:
        from .create_call_credentials import (
            AiMentorOrgsUsersMentorsCreateCallCredentialsResourceWithRawResponse,
        )

        return AiMentorOrgsUsersMentorsCreateCallCredentialsResourceWithRawResponse(
            self._resource.create_call_credentials
        )

    @cached_property
    def current_memory(self) -> AiMentorOrgsUsersMentorsCurrentMemoryResourceWithRawResponse:
        from .current_memory import AiMentorOrgsUsersMentorsCurrentMemoryResourceWithRawResponse

        return AiMentorOrgsUsersMentorsCurrentMemoryResourceWithRawResponse(
            self._resource.current_memory
        )

    @cached_property
    def custom_voice(self) -> AiMentorOrgsUsersMentorsCustomVoiceResourceWithRawResponse:
        from .custom_voice import AiMentorOrgsUsersMentorsCustomVoiceResourceWithRawResponse

        return AiMentorOrgsUsersMentorsCustomVoiceResourceWithRawResponse(
            self._resource.custom_voice
        )

    @cached_property
    def custom_voice_tts(self) -> AiMentorOrgsUsersMentorsCustomVoiceTtsResourceWithRawResponse:
        from .custom_voice_tts import AiMentorOrgsUsersMentorsCustomVoiceTtsResourceWithRawResponse

        return AiMentorOrgsUsersMentorsCustomVoiceTtsResourceWithRawResponse(
            self._resource.custom_voice_tts
        )

    @cached_property
    def edit_scenarios(self) -> AiMentorOrgsUsersMentorsEditScenariosResourceWithRawResponse:
        from .edit_scenarios import AiMentorOrgsUsersMentorsEditScenariosResourceWithRawResponse

        return AiMentorOrgsUsersMentorsEditScenariosResourceWithRawResponse(
            self._resource.edit_scenarios
        )

    @cached_property
    def fork(self) -> AiMentorOrgsUsersMentorsForkResourceWithRawResponse:
        from .fork import AiMentorOrgsUsersMentorsForkResourceWithRawResponse

        return AiMentorOrgsUsersMentorsForkResourceWithRawResponse(self._resource.fork)

    @cached_property
    def historical_memory(self) -> AiMentorOrgsUsersMentorsHistoricalMemoryResourceWithRawResponse:
        from .historical_memory import (
            AiMentorOrgsUsersMentorsHistoricalMemoryResourceWithRawResponse,
        )

        return AiMentorOrgsUsersMentorsHistoricalMemoryResourceWithRawResponse(
            self._resource.historical_memory
        )

    @cached_property
    def memory_progress(self) -> AiMentorOrgsUsersMentorsMemoryProgressResourceWithRawResponse:
        from .memory_progress import AiMentorOrgsUsersMentorsMemoryProgressResourceWithRawResponse

        return AiMentorOrgsUsersMentorsMemoryProgressResourceWithRawResponse(
            self._resource.memory_progress
        )

    @cached_property
    def memory_settings(self) -> AiMentorOrgsUsersMentorsMemorySettingsResourceWithRawResponse:
        from .memory_settings import AiMentorOrgsUsersMentorsMemorySettingsResourceWithRawResponse

        return AiMentorOrgsUsersMentorsMemorySettingsResourceWithRawResponse(
            self._resource.memory_settings
        )

    @cached_property
    def mentor_eval(self) -> AiMentorOrgsUsersMentorsMentorEvalResourceWithRawResponse:
        from .mentor_eval import AiMentorOrgsUsersMentorsMentorEvalResourceWithRawResponse

        return AiMentorOrgsUsersMentorsMentorEvalResourceWithRawResponse(self._resource.mentor_eval)

    @cached_property
    def mentor_eval_execution(
        self,
    ) -> AiMentorOrgsUsersMentorsMentorEvalExecutionResourceWithRawResponse:
        from .mentor_eval_execution import (
            AiMentorOrgsUsersMentorsMentorEvalExecutionResourceWithRawResponse,
        )

        return AiMentorOrgsUsersMentorsMentorEvalExecutionResourceWithRawResponse(
            self._resource.mentor_eval_execution
        )

    @cached_property
    def mentor_memories(self) -> AiMentorOrgsUsersMentorsMentorMemoriesResourceWithRawResponse:
        from .mentor_memories import AiMentorOrgsUsersMentorsMentorMemoriesResourceWithRawResponse

        return AiMentorOrgsUsersMentorsMentorMemoriesResourceWithRawResponse(
            self._resource.mentor_memories
        )

    @cached_property
    def mentor_user_settings(
        self,
    ) -> AiMentorOrgsUsersMentorsMentorUserSettingsResourceWithRawResponse:
        from .mentor_user_settings import (
            AiMentorOrgsUsersMentorsMentorUserSettingsResourceWithRawResponse,
        )

        return AiMentorOrgsUsersMentorsMentorUserSettingsResourceWithRawResponse(
            self._resource.mentor_user_settings
        )

    @cached_property
    def public_settings(self) -> AiMentorOrgsUsersMentorsPublicSettingsResourceWithRawResponse:
        from .public_settings import AiMentorOrgsUsersMentorsPublicSettingsResourceWithRawResponse

        return AiMentorOrgsUsersMentorsPublicSettingsResourceWithRawResponse(
            self._resource.public_settings
        )

    @cached_property
    def public_sharable_link(
        self,
    ) -> AiMentorOrgsUsersMentorsPublicSharableLinkResourceWithRawResponse:
        from .public_sharable_link import (
            AiMentorOrgsUsersMentorsPublicSharableLinkResourceWithRawResponse,
        )

        return AiMentorOrgsUsersMentorsPublicSharableLinkResourceWithRawResponse(
            self._resource.public_sharable_link
        )

    @cached_property
    def reports(self) -> AiMentorOrgsUsersMentorsReportsResourceWithRawResponse:
        from .reports import AiMentorOrgsUsersMentorsReportsResourceWithRawResponse

        return AiMentorOrgsUsersMentorsReportsResourceWithRawResponse(self._resource.reports)

    @cached_property
    def scenarios(self) -> AiMentorOrgsUsersMentorsScenariosResourceWithRawResponse:
        from .scenarios import AiMentorOrgsUsersMentorsScenariosResourceWithRawResponse

        return AiMentorOrgsUsersMentorsScenariosResourceWithRawResponse(self._resource.scenarios)

    @cached_property
    def settings(self) -> AiMentorOrgsUsersMentorsSettingsResourceWithRawResponse:
        from .settings import AiMentorOrgsUsersMentorsSettingsResourceWithRawResponse

        return AiMentorOrgsUsersMentorsSettingsResourceWithRawResponse(self._resource.settings)

    @cached_property
    def sharable_link(self) -> AiMentorOrgsUsersMentorsSharableLinkResourceWithRawResponse:
        from .sharable_link import AiMentorOrgsUsersMentorsSharableLinkResourceWithRawResponse

        return AiMentorOrgsUsersMentorsSharableLinkResourceWithRawResponse(
            self._resource.sharable_link
        )

    @cached_property
    def spaced_repetition_question_stats(
        self,
    ) -> AiMentorOrgsUsersMentorsSpacedRepetitionQuestionStatsResourceWithRawResponse:
        from .spaced_repetition_question_stats import (
            AiMentorOrgsUsersMentorsSpacedRepetitionQuestionStatsResourceWithRawResponse,
        )

        return AiMentorOrgsUsersMentorsSpacedRepetitionQuestionStatsResourceWithRawResponse(
            self._resource.spaced_repetition_question_stats
        )

    @cached_property
    def spaced_repetition_recommended_paths(
        self,
    ) -> AiMentorOrgsUsersMentorsSpacedRepetitionRecommendedPathsResourceWithRawResponse:
        from .spaced_repetition_recommended_paths import (
            AiMentorOrgsUsersMentorsSpacedRepetitionRecommendedPathsResourceWithRawResponse,
        )

        return AiMentorOrgsUsersMentorsSpacedRepetitionRecommendedPathsResourceWithRawResponse(
            self._resource.spaced_repetition_recommended_paths
        )

    @cached_property
    def star(self) -> AiMentorOrgsUsersMentorsStarResourceWithRawResponse:
        from .star import AiMentorOrgsUsersMentorsStarResourceWithRawResponse

        return AiMentorOrgsUsersMentorsStarResourceWithRawResponse(self._resource.star)

    @cached_property
    def summaries(self) -> AiMentorOrgsUsersMentorsSummariesResourceWithRawResponse:
        from .summaries import AiMentorOrgsUsersMentorsSummariesResourceWithRawResponse

        return AiMentorOrgsUsersMentorsSummariesResourceWithRawResponse(self._resource.summaries)

    @cached_property
    def unstar(self) -> AiMentorOrgsUsersMentorsUnstarResourceWithRawResponse:
        from .unstar import AiMentorOrgsUsersMentorsUnstarResourceWithRawResponse

        return AiMentorOrgsUsersMentorsUnstarResourceWithRawResponse(self._resource.unstar)


class AsyncAiMentorOrgsUsersMentorsResource:
    """`AsyncClient.ai_mentor.orgs.users.mentors`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMentorOrgsUsersMentorsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersMentorsResourceWithRawResponse(self)

    @cached_property
    def auto_memory_prompt(self) -> AsyncAiMentorOrgsUsersMentorsAutoMemoryPromptResource:
        from .auto_memory_prompt import AsyncAiMentorOrgsUsersMentorsAutoMemoryPromptResource

        return AsyncAiMentorOrgsUsersMentorsAutoMemoryPromptResource(self._client)

    @cached_property
    def available_tools(self) -> AsyncAiMentorOrgsUsersMentorsAvailableToolsResource:
        from .available_tools import AsyncAiMentorOrgsUsersMentorsAvailableToolsResource

        return AsyncAiMentorOrgsUsersMentorsAvailableToolsResource(self._client)

    @cached_property
    def create_call_credentials(self) -> AsyncAiMentorOrgsUsersMentorsCreateCallCredentialsResource:
        from .create_call_credentials import (
            AsyncAiMentorOrgsUsersMentorsCreateCallCredentialsResource,
        )

        return AsyncAiMentorOrgsUsersMentorsCreateCallCredentialsResource(self._client)

    @cached_property
    def current_memory(self) -> AsyncAiMentorOrgsUsersMentorsCurrentMemoryResource:
        from .current_memory import AsyncAiMentorOrgsUsersMentorsCurrentMemoryResource

        return AsyncAiMentorOrgsUsersMentorsCurrentMemoryResource(self._client)

    @cached_property
    def custom_voice(self) -> AsyncAiMentorOrgsUsersMentorsCustomVoiceResource:
        from .custom_voice import AsyncAiMentorOrgsUsersMentorsCustomVoiceResource

        return AsyncAiMentorOrgsUsersMentorsCustomVoiceResource(self._client)

    @cached_property
    def custom_voice_tts(self) -> AsyncAiMentorOrgsUsersMentorsCustomVoiceTtsResource:
        from .custom_voice_tts import AsyncAiMentorOrgsUsersMentorsCustomVoiceTtsResource

        return AsyncAiMentorOrgsUsersMentorsCustomVoiceTtsResource(self._client)

    @cached_property
    def edit_scenarios(self) -> AsyncAiMentorOrgsUsersMentorsEditScenariosResource:
        from .edit_scenarios import AsyncAiMentorOrgsUsersMentorsEditScenariosResource

        return AsyncAiMentorOrgsUsersMentorsEditScenariosResource(self._client)

    @cached_property
    def fork(self) -> AsyncAiMentorOrgsUsersMentorsForkResource:
        from .fork import AsyncAiMentorOrgsUsersMentorsForkResource

        return AsyncAiMentorOrgsUsersMentorsForkResource(self._client)

    @cached_property
    def historical_memory(self) -> AsyncAiMentorOrgsUsersMentorsHistoricalMemoryResource:
        from .historical_memory import AsyncAiMentorOrgsUsersMentorsHistoricalMemoryResource

        return AsyncAiMentorOrgsUsersMentorsHistoricalMemoryResource(self._client)

    @cached_property
    def memory_progress(self) -> AsyncAiMentorOrgsUsersMentorsMemoryProgressResource:
        from .memory_progress import AsyncAiMentorOrgsUsersMentorsMemoryProgressResource

        return AsyncAiMentorOrgsUsersMentorsMemoryProgressResource(self._client)

    @cached_property
    def memory_settings(self) -> AsyncAiMentorOrgsUsersMentorsMemorySettingsResource:
        from .memory_settings import AsyncAiMentorOrgsUsersMentorsMemorySettingsResource

        return AsyncAiMentorOrgsUsersMentorsMemorySettingsResource(self._client)

    @cached_property
    def mentor_eval(self) -> AsyncAiMentorOrgsUsersMentorsMentorEvalResource:
        from .mentor_eval import AsyncAiMentorOrgsUsersMentorsMentorEvalResource

        return AsyncAiMentorOrgsUsersMentorsMentorEvalResource(self._client)

    @cached_property
    def mentor_eval_execution(self) -> AsyncAiMentorOrgsUsersMentorsMentorEvalExecutionResource:
        from .mentor_eval_execution import AsyncAiMentorOrgsUsersMentorsMentorEvalExecutionResource

        return AsyncAiMentorOrgsUsersMentorsMentorEvalExecutionResource(self._client)

    @cached_property
    def mentor_memories(self) -> AsyncAiMentorOrgsUsersMentorsMentorMemoriesResource:
        from .mentor_memories import AsyncAiMentorOrgsUsersMentorsMentorMemoriesResource

        return AsyncAiMentorOrgsUsersMentorsMentorMemoriesResource(self._client)

    @cached_property
    def mentor_user_settings(self) -> AsyncAiMentorOrgsUsersMentorsMentorUserSettingsResource:
        from .mentor_user_settings import AsyncAiMentorOrgsUsersMentorsMentorUserSettingsResource

        return AsyncAiMentorOrgsUsersMentorsMentorUserSettingsResource(self._client)

    @cached_property
    def public_settings(self) -> AsyncAiMentorOrgsUsersMentorsPublicSettingsResource:
        from .public_settings import AsyncAiMentorOrgsUsersMentorsPublicSettingsResource

        return AsyncAiMentorOrgsUsersMentorsPublicSettingsResource(self._client)

    @cached_property
    def public_sharable_link(self) -> AsyncAiMentorOrgsUsersMentorsPublicSharableLinkResource:
        from .public_sharable_link import AsyncAiMentorOrgsUsersMentorsPublicSharableLinkResource

        return AsyncAiMentorOrgsUsersMentorsPublicSharableLinkResource(self._client)

    @cached_property
    def reports(self) -> AsyncAiMentorOrgsUsersMentorsReportsResource:
        from .reports import AsyncAiMentorOrgsUsersMentorsReportsResource

        return AsyncAiMentorOrgsUsersMentorsReportsResource(self._client)

    @cached_property
    def scenarios(self) -> AsyncAiMentorOrgsUsersMentorsScenariosResource:
        from .scenarios import AsyncAiMentorOrgsUsersMentorsScenariosResource

        return AsyncAiMentorOrgsUsersMentorsScenariosResource(self._client)

    @cached_property
    def settings(self) -> AsyncAiMentorOrgsUsersMentorsSettingsResource:
        from .settings import AsyncAiMentorOrgsUsersMentorsSettingsResource

        return AsyncAiMentorOrgsUsersMentorsSettingsResource(self._client)

    @cached_property
    def sharable_link(self) -> AsyncAiMentorOrgsUsersMentorsSharableLinkResource:
        from .sharable_link import AsyncAiMentorOrgsUsersMentorsSharableLinkResource

        return AsyncAiMentorOrgsUsersMentorsSharableLinkResource(self._client)

    @cached_property
    def spaced_repetition_question_stats(
        self,
    ) -> AsyncAiMentorOrgsUsersMentorsSpacedRepetitionQuestionStatsResource:
        from .spaced_repetition_question_stats import (
            AsyncAiMentorOrgsUsersMentorsSpacedRepetitionQuestionStatsResource,
        )

        return AsyncAiMentorOrgsUsersMentorsSpacedRepetitionQuestionStatsResource(self._client)

    @cached_property
    def spaced_repetition_recommended_paths(
        self,
    ) -> AsyncAiMentorOrgsUsersMentorsSpacedRepetitionRecommendedPathsResource:
        from .spaced_repetition_recommended_paths import (
            AsyncAiMentorOrgsUsersMentorsSpacedRepetitionRecommendedPathsResource,
        )

        return AsyncAiMentorOrgsUsersMentorsSpacedRepetitionRecommendedPathsResource(self._client)

    @cached_property
    def star(self) -> AsyncAiMentorOrgsUsersMentorsStarResource:
        from .star import AsyncAiMentorOrgsUsersMentorsStarResource

        return AsyncAiMentorOrgsUsersMentorsStarResource(self._client)

    @cached_property
    def summaries(self) -> AsyncAiMentorOrgsUsersMentorsSummariesResource:
        from .summaries import AsyncAiMentorOrgsUsersMentorsSummariesResource

        return AsyncAiMentorOrgsUsersMentorsSummariesResource(self._client)

    @cached_property
    def unstar(self) -> AsyncAiMentorOrgsUsersMentorsUnstarResource:
        from .unstar import AsyncAiMentorOrgsUsersMentorsUnstarResource

        return AsyncAiMentorOrgsUsersMentorsUnstarResource(self._client)

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str,
        **options: Unpack[RequestOptions],
    ) -> Mentor:
        """Retrieve details of a specific mentor by slug or name.

        Args:
            org (str, path)
            user_id (str, path)
            mentor (str, path)

        Returns:
            Mentor
        """
        return await self._client._send(
            _ai_mentor_orgs_users_mentors_retrieve.OPERATION,
            _ai_mentor_orgs_users_mentors_retrieve.build_request(
                org=org, user_id=user_id, mentor=mentor
            ),
            options,
        )


class AsyncAiMentorOrgsUsersMentorsResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.mentors`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsUsersMentorsResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)

    @cached_property
    def auto_memory_prompt(
        self,
    ) -> AsyncAiMentorOrgsUsersMentorsAutoMemoryPromptResourceWithRawResponse:
        from .auto_memory_prompt import (
            AsyncAiMentorOrgsUsersMentorsAutoMemoryPromptResourceWithRawResponse,
        )

        return AsyncAiMentorOrgsUsersMentorsAutoMemoryPromptResourceWithRawResponse(
            self._resource.auto_memory_prompt
        )

    @cached_property
    def available_tools(self) -> AsyncAiMentorOrgsUsersMentorsAvailableToolsResourceWithRawResponse:
        from .available_tools import (
            AsyncAiMentorOrgsUsersMentorsAvailableToolsResourceWithRawResponse,
        )

        return AsyncAiMentorOrgsUsersMentorsAvailableToolsResourceWithRawResponse(
            self._resource.available_tools
        )

    @cached_property
    def create_call_credentials(
        self,
    ) -> AsyncAiMentorOrgsUsersMentorsCreateCallCredentialsResourceWithRawResponse:
        from .create_call_credentials import (
            AsyncAiMentorOrgsUsersMentorsCreateCallCredentialsResourceWithRawResponse,
        )

        return AsyncAiMentorOrgsUsersMentorsCreateCallCredentialsResourceWithRawResponse(
            self._resource.create_call_credentials
        )

    @cached_property
    def current_memory(self) -> AsyncAiMentorOrgsUsersMentorsCurrentMemoryResourceWithRawResponse:
        from .current_memory import (
            AsyncAiMentorOrgsUsersMentorsCurrentMemoryResourceWithRawResponse,
        )

        return AsyncAiMentorOrgsUsersMentorsCurrentMemoryResourceWithRawResponse(
            self._resource.current_memory
        )

    @cached_property
    def custom_voice(self) -> AsyncAiMentorOrgsUsersMentorsCustomVoiceResourceWithRawResponse:
        from .custom_voice import AsyncAiMentorOrgsUsersMentorsCustomVoiceResourceWithRawResponse

        return AsyncAiMentorOrgsUsersMentorsCustomVoiceResourceWithRawResponse(
            self._resource.custom_voice
        )

    @cached_property
    def custom_voice_tts(
        self,
    ) -> AsyncAiMentorOrgsUsersMentorsCustomVoiceTtsResourceWithRawResponse:
        from .custom_voice_tts import (
            AsyncAiMentorOrgsUsersMentorsCustomVoiceTtsResourceWithRawResponse,
        )

        return AsyncAiMentorOrgsUsersMentorsCustomVoiceTtsResourceWithRawResponse(
            self._resource.custom_voice_tts
        )

    @cached_property
    def edit_scenarios(self) -> AsyncAiMentorOrgsUsersMentorsEditScenariosResourceWithRawResponse:
        from .edit_scenarios import (
            AsyncAiMentorOrgsUsersMentorsEditScenariosResourceWithRawResponse,
        )

        return AsyncAiMentorOrgsUsersMentorsEditScenariosResourceWithRawResponse(
            self._resource.edit_scenarios
        )

    @cached_property
    def fork(self) -> AsyncAiMentorOrgsUsersMentorsForkResourceWithRawResponse:
        from .fork import AsyncAiMentorOrgsUsersMentorsForkResourceWithRawResponse

        return AsyncAiMentorOrgsUsersMentorsForkResourceWithRawResponse(self._resource.fork)

    @cached_property
    def historical_memory(
        self,
    ) -> AsyncAiMentorOrgsUsersMentorsHistoricalMemoryResourceWithRawResponse:
        from .historical_memory import (
            AsyncAiMentorOrgsUsersMentorsHistoricalMemoryResourceWithRawResponse,
        )

        return AsyncAiMentorOrgsUsersMentorsHistoricalMemoryResourceWithRawResponse(
            self._resource.historical_memory
        )

    @cached_property
    def memory_progress(self) -> AsyncAiMentorOrgsUsersMentorsMemoryProgressResourceWithRawResponse:
        from .memory_progress import (
            AsyncAiMentorOrgsUsersMentorsMemoryProgressResourceWithRawResponse,
        )

        return AsyncAiMentorOrgsUsersMentorsMemoryProgressResourceWithRawResponse(
            self._resource.memory_progress
        )

    @cached_property
    def memory_settings(self) -> AsyncAiMentorOrgsUsersMentorsMemorySettingsResourceWithRawResponse:
        from .memory_settings import (
            AsyncAiMentorOrgsUsersMentorsMemorySettingsResourceWithRawResponse,
        )

        return AsyncAiMentorOrgsUsersMentorsMemorySettingsResourceWithRawResponse(
            self._resource.memory_settings
        )

    @cached_property
    def mentor_eval(self) -> AsyncAiMentorOrgsUsersMentorsMentorEvalResourceWithRawResponse:
        from .mentor_eval import AsyncAiMentorOrgsUsersMentorsMentorEvalResourceWithRawResponse

        return AsyncAiMentorOrgsUsersMentorsMentorEvalResourceWithRawResponse(
            self._resource.mentor_eval
        )

    @cached_property
    def mentor_eval_execution(
        self,
    ) -> AsyncAiMentorOrgsUsersMentorsMentorEvalExecutionResourceWithRawResponse:
        from .mentor_eval_execution import (
            AsyncAiMentorOrgsUsersMentorsMentorEvalExecutionResourceWithRawResponse,
        )

        return AsyncAiMentorOrgsUsersMentorsMentorEvalExecutionResourceWithRawResponse(
            self._resource.mentor_eval_execution
        )

    @cached_property
    def mentor_memories(self) -> AsyncAiMentorOrgsUsersMentorsMentorMemoriesResourceWithRawResponse:
        from .mentor_memories import (
            AsyncAiMentorOrgsUsersMentorsMentorMemoriesResourceWithRawResponse,
        )

        return AsyncAiMentorOrgsUsersMentorsMentorMemoriesResourceWithRawResponse(
            self._resource.mentor_memories
        )

    @cached_property
    def mentor_user_settings(
        self,
    ) -> AsyncAiMentorOrgsUsersMentorsMentorUserSettingsResourceWithRawResponse:
        from .mentor_user_settings import (
            AsyncAiMentorOrgsUsersMentorsMentorUserSettingsResourceWithRawResponse,
        )

        return AsyncAiMentorOrgsUsersMentorsMentorUserSettingsResourceWithRawResponse(
            self._resource.mentor_user_settings
        )

    @cached_property
    def public_settings(self) -> AsyncAiMentorOrgsUsersMentorsPublicSettingsResourceWithRawResponse:
        from .public_settings import (
            AsyncAiMentorOrgsUsersMentorsPublicSettingsResourceWithRawResponse,
        )

        return AsyncAiMentorOrgsUsersMentorsPublicSettingsResourceWithRawResponse(
            self._resource.public_settings
        )

    @cached_property
    def public_sharable_link(
        self,
    ) -> AsyncAiMentorOrgsUsersMentorsPublicSharableLinkResourceWithRawResponse:
        from .public_sharable_link import (
            AsyncAiMentorOrgsUsersMentorsPublicSharableLinkResourceWithRawResponse,
        )

        return AsyncAiMentorOrgsUsersMentorsPublicSharableLinkResourceWithRawResponse(
            self._resource.public_sharable_link
        )

    @cached_property
    def reports(self) -> AsyncAiMentorOrgsUsersMentorsReportsResourceWithRawResponse:
        from .reports import AsyncAiMentorOrgsUsersMentorsReportsResourceWithRawResponse

        return AsyncAiMentorOrgsUsersMentorsReportsResourceWithRawResponse(self._resource.reports)

    @cached_property
    def scenarios(self) -> AsyncAiMentorOrgsUsersMentorsScenariosResourceWithRawResponse:
        from .scenarios import AsyncAiMentorOrgsUsersMentorsScenariosResourceWithRawResponse

        return AsyncAiMentorOrgsUsersMentorsScenariosResourceWithRawResponse(
            self._resource.scenarios
        )

    @cached_property
    def settings(self) -> AsyncAiMentorOrgsUsersMentorsSettingsResourceWithRawResponse:
        from .settings import AsyncAiMentorOrgsUsersMentorsSettingsResourceWithRawResponse

        return AsyncAiMentorOrgsUsersMentorsSettingsResourceWithRawResponse(self._resource.settings)

    @cached_property
    def sharable_link(self) -> AsyncAiMentorOrgsUsersMentorsSharableLinkResourceWithRawResponse:
        from .sharable_link import AsyncAiMentorOrgsUsersMentorsSharableLinkResourceWithRawResponse

        return AsyncAiMentorOrgsUsersMentorsSharableLinkResourceWithRawResponse(
            self._resource.sharable_link
        )

    @cached_property
    def spaced_repetition_question_stats(
        self,
    ) -> AsyncAiMentorOrgsUsersMentorsSpacedRepetitionQuestionStatsResourceWithRawResponse:
        from .spaced_repetition_question_stats import (
            AsyncAiMentorOrgsUsersMentorsSpacedRepetitionQuestionStatsResourceWithRawResponse,
        )

        return AsyncAiMentorOrgsUsersMentorsSpacedRepetitionQuestionStatsResourceWithRawResponse(
            self._resource.spaced_repetition_question_stats
        )

    @cached_property
    def spaced_repetition_recommended_paths(
        self,
    ) -> AsyncAiMentorOrgsUsersMentorsSpacedRepetitionRecommendedPathsResourceWithRawResponse:
        from .spaced_repetition_recommended_paths import (
            AsyncAiMentorOrgsUsersMentorsSpacedRepetitionRecommendedPathsResourceWithRawResponse,
        )

        return AsyncAiMentorOrgsUsersMentorsSpacedRepetitionRecommendedPathsResourceWithRawResponse(
            self._resource.spaced_repetition_recommended_paths
        )

    @cached_property
    def star(self) -> AsyncAiMentorOrgsUsersMentorsStarResourceWithRawResponse:
        from .star import AsyncAiMentorOrgsUsersMentorsStarResourceWithRawResponse

        return AsyncAiMentorOrgsUsersMentorsStarResourceWithRawResponse(self._resource.star)

    @cached_property
    def summaries(self) -> AsyncAiMentorOrgsUsersMentorsSummariesResourceWithRawResponse:
        from .summaries import AsyncAiMentorOrgsUsersMentorsSummariesResourceWithRawResponse

        return AsyncAiMentorOrgsUsersMentorsSummariesResourceWithRawResponse(
            self._resource.summaries
        )

    @cached_property
    def unstar(self) -> AsyncAiMentorOrgsUsersMentorsUnstarResourceWithRawResponse:
        from .unstar import AsyncAiMentorOrgsUsersMentorsUnstarResourceWithRawResponse

        return AsyncAiMentorOrgsUsersMentorsUnstarResourceWithRawResponse(self._resource.unstar)
