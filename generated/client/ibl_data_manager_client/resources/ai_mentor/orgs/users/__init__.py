"""`Client.ai_mentor.orgs.users`: 6 operations and 69 sub-resources."""

from __future__ import annotations

import datetime
from collections.abc import AsyncIterator, Iterator
from functools import cached_property
from typing import TYPE_CHECKING, Any, Unpack, overload
from uuid import UUID

from ....._operation import RequestOptions, body_from_fields, optional_body_from_fields
from ....._response import async_to_raw_response, to_raw_response
from .....api.ai_mentor import ai_mentor_orgs_users_create as _ai_mentor_orgs_users_create
from .....api.ai_mentor import ai_mentor_orgs_users_destroy as _ai_mentor_orgs_users_destroy
from .....api.ai_mentor import ai_mentor_orgs_users_list as _ai_mentor_orgs_users_list
from .....api.ai_mentor import (
    ai_mentor_orgs_users_partial_update as _ai_mentor_orgs_users_partial_update,
)
from .....api.ai_mentor import ai_mentor_orgs_users_retrieve as _ai_mentor_orgs_users_retrieve
from .....api.ai_mentor import ai_mentor_orgs_users_update as _ai_mentor_orgs_users_update
from .....models.mentor import Mentor
from .....models.mentor_create import MentorCreate
from .....models.mentor_create_greeting_method import MentorCreateGreetingMethod
from .....models.mentor_create_request import MentorCreateRequest
from .....models.mentor_create_starter_prompts import MentorCreateStarterPrompts
from .....models.paginated_mentor_list import PaginatedMentorList
from .....models.patched_mentor_create import PatchedMentorCreate
from .....models.patched_mentor_create_greeting_method import PatchedMentorCreateGreetingMethod
from .....models.patched_mentor_create_starter_prompts import PatchedMentorCreateStarterPrompts
from .....types import UNSET, Unset

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client
    from .ai_generated_images import (
        AiMentorOrgsUsersAiGeneratedImagesResource,
        AiMentorOrgsUsersAiGeneratedImagesResourceWithRawResponse,
        AsyncAiMentorOrgsUsersAiGeneratedImagesResource,
        AsyncAiMentorOrgsUsersAiGeneratedImagesResourceWithRawResponse,
    )
    from .ai_user_profile_memory import (
        AiMentorOrgsUsersAiUserProfileMemoryResource,
        AiMentorOrgsUsersAiUserProfileMemoryResourceWithRawResponse,
        AsyncAiMentorOrgsUsersAiUserProfileMemoryResource,
        AsyncAiMentorOrgsUsersAiUserProfileMemoryResourceWithRawResponse,
    )
    from .artifacts import (
        AiMentorOrgsUsersArtifactsResource,
        AiMentorOrgsUsersArtifactsResourceWithRawResponse,
        AsyncAiMentorOrgsUsersArtifactsResource,
        AsyncAiMentorOrgsUsersArtifactsResourceWithRawResponse,
    )
    from .assumed_knowledge import (
        AiMentorOrgsUsersAssumedKnowledgeResource,
        AiMentorOrgsUsersAssumedKnowledgeResourceWithRawResponse,
        AsyncAiMentorOrgsUsersAssumedKnowledgeResource,
        AsyncAiMentorOrgsUsersAssumedKnowledgeResourceWithRawResponse,
    )
    from .audio_to_text import (
        AiMentorOrgsUsersAudioToTextResource,
        AiMentorOrgsUsersAudioToTextResourceWithRawResponse,
        AsyncAiMentorOrgsUsersAudioToTextResource,
        AsyncAiMentorOrgsUsersAudioToTextResourceWithRawResponse,
    )
    from .available_template_mentors import (
        AiMentorOrgsUsersAvailableTemplateMentorsResource,
        AiMentorOrgsUsersAvailableTemplateMentorsResourceWithRawResponse,
        AsyncAiMentorOrgsUsersAvailableTemplateMentorsResource,
        AsyncAiMentorOrgsUsersAvailableTemplateMentorsResourceWithRawResponse,
    )
    from .call_configurations import (
        AiMentorOrgsUsersCallConfigurationsResource,
        AiMentorOrgsUsersCallConfigurationsResourceWithRawResponse,
        AsyncAiMentorOrgsUsersCallConfigurationsResource,
        AsyncAiMentorOrgsUsersCallConfigurationsResourceWithRawResponse,
    )
    from .category_groups import (
        AiMentorOrgsUsersCategoryGroupsResource,
        AiMentorOrgsUsersCategoryGroupsResourceWithRawResponse,
        AsyncAiMentorOrgsUsersCategoryGroupsResource,
        AsyncAiMentorOrgsUsersCategoryGroupsResourceWithRawResponse,
    )
    from .chat import (
        AiMentorOrgsUsersChatResource,
        AiMentorOrgsUsersChatResourceWithRawResponse,
        AsyncAiMentorOrgsUsersChatResource,
        AsyncAiMentorOrgsUsersChatResourceWithRawResponse,
    )
    from .clean_vector_results import (
        AiMentorOrgsUsersCleanVectorResultsResource,
        AiMentorOrgsUsersCleanVectorResultsResourceWithRawResponse,
        AsyncAiMentorOrgsUsersCleanVectorResultsResource,
        AsyncAiMentorOrgsUsersCleanVectorResultsResourceWithRawResponse,
    )
    from .clear_chathistory import (
        AiMentorOrgsUsersClearChathistoryResource,
        AiMentorOrgsUsersClearChathistoryResourceWithRawResponse,
        AsyncAiMentorOrgsUsersClearChathistoryResource,
        AsyncAiMentorOrgsUsersClearChathistoryResourceWithRawResponse,
    )
    from .course_creation import (
        AiMentorOrgsUsersCourseCreationResource,
        AiMentorOrgsUsersCourseCreationResourceWithRawResponse,
        AsyncAiMentorOrgsUsersCourseCreationResource,
        AsyncAiMentorOrgsUsersCourseCreationResourceWithRawResponse,
    )
    from .course_creation_task_files import (
        AiMentorOrgsUsersCourseCreationTaskFilesResource,
        AiMentorOrgsUsersCourseCreationTaskFilesResourceWithRawResponse,
        AsyncAiMentorOrgsUsersCourseCreationTaskFilesResource,
        AsyncAiMentorOrgsUsersCourseCreationTaskFilesResourceWithRawResponse,
    )
    from .course_creation_tasks import (
        AiMentorOrgsUsersCourseCreationTasksResource2,
        AiMentorOrgsUsersCourseCreationTasksResource2WithRawResponse,
        AsyncAiMentorOrgsUsersCourseCreationTasksResource2,
        AsyncAiMentorOrgsUsersCourseCreationTasksResource2WithRawResponse,
    )
    from .create_mentor_wizard import (
        AiMentorOrgsUsersCreateMentorWizardResource,
        AiMentorOrgsUsersCreateMentorWizardResourceWithRawResponse,
        AsyncAiMentorOrgsUsersCreateMentorWizardResource,
        AsyncAiMentorOrgsUsersCreateMentorWizardResourceWithRawResponse,
    )
    from .custom_instruction import (
        AiMentorOrgsUsersCustomInstructionResource,
        AiMentorOrgsUsersCustomInstructionResourceWithRawResponse,
        AsyncAiMentorOrgsUsersCustomInstructionResource,
        AsyncAiMentorOrgsUsersCustomInstructionResourceWithRawResponse,
    )
    from .disclaimer_agreements import (
        AiMentorOrgsUsersDisclaimerAgreementsResource,
        AiMentorOrgsUsersDisclaimerAgreementsResourceWithRawResponse,
        AsyncAiMentorOrgsUsersDisclaimerAgreementsResource,
        AsyncAiMentorOrgsUsersDisclaimerAgreementsResourceWithRawResponse,
    )
    from .disclaimers import (
        AiMentorOrgsUsersDisclaimersResource,
        AiMentorOrgsUsersDisclaimersResourceWithRawResponse,
        AsyncAiMentorOrgsUsersDisclaimersResource,
        AsyncAiMentorOrgsUsersDisclaimersResourceWithRawResponse,
    )
    from .downloads import (
        AiMentorOrgsUsersDownloadsResource,
        AiMentorOrgsUsersDownloadsResourceWithRawResponse,
        AsyncAiMentorOrgsUsersDownloadsResource,
        AsyncAiMentorOrgsUsersDownloadsResourceWithRawResponse,
    )
    from .edx_memory import (
        AiMentorOrgsUsersEdxMemoryResource,
        AiMentorOrgsUsersEdxMemoryResourceWithRawResponse,
        AsyncAiMentorOrgsUsersEdxMemoryResource,
        AsyncAiMentorOrgsUsersEdxMemoryResourceWithRawResponse,
    )
    from .elevenlabs_voice import (
        AiMentorOrgsUsersElevenlabsVoiceResource,
        AiMentorOrgsUsersElevenlabsVoiceResourceWithRawResponse,
        AsyncAiMentorOrgsUsersElevenlabsVoiceResource,
        AsyncAiMentorOrgsUsersElevenlabsVoiceResourceWithRawResponse,
    )
    from .export_chathistory import (
        AiMentorOrgsUsersExportChathistoryResource,
        AiMentorOrgsUsersExportChathistoryResourceWithRawResponse,
        AsyncAiMentorOrgsUsersExportChathistoryResource,
        AsyncAiMentorOrgsUsersExportChathistoryResourceWithRawResponse,
    )
    from .extracted_memories import (
        AiMentorOrgsUsersExtractedMemoriesResource,
        AiMentorOrgsUsersExtractedMemoriesResourceWithRawResponse,
        AsyncAiMentorOrgsUsersExtractedMemoriesResource,
        AsyncAiMentorOrgsUsersExtractedMemoriesResourceWithRawResponse,
    )
    from .filtered_memories import (
        AiMentorOrgsUsersFilteredMemoriesResource,
        AiMentorOrgsUsersFilteredMemoriesResourceWithRawResponse,
        AsyncAiMentorOrgsUsersFilteredMemoriesResource,
        AsyncAiMentorOrgsUsersFilteredMemoriesResourceWithRawResponse,
    )
    from .free_usage_count import (
        AiMentorOrgsUsersFreeUsageCountResource,
        AiMentorOrgsUsersFreeUsageCountResourceWithRawResponse,
        AsyncAiMentorOrgsUsersFreeUsageCountResource,
        AsyncAiMentorOrgsUsersFreeUsageCountResourceWithRawResponse,
    )
    from .global_memories import (
        AiMentorOrgsUsersGlobalMemoriesResource,
        AiMentorOrgsUsersGlobalMemoriesResourceWithRawResponse,
        AsyncAiMentorOrgsUsersGlobalMemoriesResource,
        AsyncAiMentorOrgsUsersGlobalMemoriesResourceWithRawResponse,
    )
    from .google_agents import (
        AiMentorOrgsUsersGoogleAgentsResource,
        AiMentorOrgsUsersGoogleAgentsResourceWithRawResponse,
        AsyncAiMentorOrgsUsersGoogleAgentsResource,
        AsyncAiMentorOrgsUsersGoogleAgentsResourceWithRawResponse,
    )
    from .mcp_server_connections import (
        AiMentorOrgsUsersMcpServerConnectionsResource,
        AiMentorOrgsUsersMcpServerConnectionsResourceWithRawResponse,
        AsyncAiMentorOrgsUsersMcpServerConnectionsResource,
        AsyncAiMentorOrgsUsersMcpServerConnectionsResourceWithRawResponse,
    )
    from .mcp_servers import (
        AiMentorOrgsUsersMcpServersResource,
        AiMentorOrgsUsersMcpServersResourceWithRawResponse,
        AsyncAiMentorOrgsUsersMcpServersResource,
        AsyncAiMentorOrgsUsersMcpServersResourceWithRawResponse,
    )
    from .memories import (
        AiMentorOrgsUsersMemoriesResource,
        AiMentorOrgsUsersMemoriesResourceWithRawResponse,
        AsyncAiMentorOrgsUsersMemoriesResource,
        AsyncAiMentorOrgsUsersMemoriesResourceWithRawResponse,
    )
    from .memory import (
        AiMentorOrgsUsersMemoryResource,
        AiMentorOrgsUsersMemoryResourceWithRawResponse,
        AsyncAiMentorOrgsUsersMemoryResource,
        AsyncAiMentorOrgsUsersMemoryResourceWithRawResponse,
    )
    from .memory_categories import (
        AiMentorOrgsUsersMemoryCategoriesResource,
        AiMentorOrgsUsersMemoryCategoriesResourceWithRawResponse,
        AsyncAiMentorOrgsUsersMemoryCategoriesResource,
        AsyncAiMentorOrgsUsersMemoryCategoriesResourceWithRawResponse,
    )
    from .memory_entries import (
        AiMentorOrgsUsersMemoryEntriesResource,
        AiMentorOrgsUsersMemoryEntriesResourceWithRawResponse,
        AsyncAiMentorOrgsUsersMemoryEntriesResource,
        AsyncAiMentorOrgsUsersMemoryEntriesResourceWithRawResponse,
    )
    from .memory_filter import (
        AiMentorOrgsUsersMemoryFilterResource,
        AiMentorOrgsUsersMemoryFilterResourceWithRawResponse,
        AsyncAiMentorOrgsUsersMemoryFilterResource,
        AsyncAiMentorOrgsUsersMemoryFilterResourceWithRawResponse,
    )
    from .memsearch_config import (
        AiMentorOrgsUsersMemsearchConfigResource,
        AiMentorOrgsUsersMemsearchConfigResourceWithRawResponse,
        AsyncAiMentorOrgsUsersMemsearchConfigResource,
        AsyncAiMentorOrgsUsersMemsearchConfigResourceWithRawResponse,
    )
    from .memsearch_settings import (
        AiMentorOrgsUsersMemsearchSettingsResource,
        AiMentorOrgsUsersMemsearchSettingsResourceWithRawResponse,
        AsyncAiMentorOrgsUsersMemsearchSettingsResource,
        AsyncAiMentorOrgsUsersMemsearchSettingsResourceWithRawResponse,
    )
    from .mentor import (
        AiMentorOrgsUsersMentorResource,
        AiMentorOrgsUsersMentorResourceWithRawResponse,
        AsyncAiMentorOrgsUsersMentorResource,
        AsyncAiMentorOrgsUsersMentorResourceWithRawResponse,
    )
    from .mentor_feedback import (
        AiMentorOrgsUsersMentorFeedbackResource,
        AiMentorOrgsUsersMentorFeedbackResourceWithRawResponse,
        AsyncAiMentorOrgsUsersMentorFeedbackResource,
        AsyncAiMentorOrgsUsersMentorFeedbackResourceWithRawResponse,
    )
    from .mentor_llms import (
        AiMentorOrgsUsersMentorLlmsResource,
        AiMentorOrgsUsersMentorLlmsResourceWithRawResponse,
        AsyncAiMentorOrgsUsersMentorLlmsResource,
        AsyncAiMentorOrgsUsersMentorLlmsResourceWithRawResponse,
    )
    from .mentor_memories import (
        AiMentorOrgsUsersMentorMemoriesResource,
        AiMentorOrgsUsersMentorMemoriesResourceWithRawResponse,
        AsyncAiMentorOrgsUsersMentorMemoriesResource,
        AsyncAiMentorOrgsUsersMentorMemoriesResourceWithRawResponse,
    )
    from .mentor_tools import (
        AiMentorOrgsUsersMentorToolsResource,
        AiMentorOrgsUsersMentorToolsResourceWithRawResponse,
        AsyncAiMentorOrgsUsersMentorToolsResource,
        AsyncAiMentorOrgsUsersMentorToolsResourceWithRawResponse,
    )
    from .mentor_types import (
        AiMentorOrgsUsersMentorTypesResource,
        AiMentorOrgsUsersMentorTypesResourceWithRawResponse,
        AsyncAiMentorOrgsUsersMentorTypesResource,
        AsyncAiMentorOrgsUsersMentorTypesResourceWithRawResponse,
    )
    from .mentor_with_settings import (
        AiMentorOrgsUsersMentorWithSettingsResource,
        AiMentorOrgsUsersMentorWithSettingsResourceWithRawResponse,
        AsyncAiMentorOrgsUsersMentorWithSettingsResource,
        AsyncAiMentorOrgsUsersMentorWithSettingsResourceWithRawResponse,
    )
    from .mentors import (
        AiMentorOrgsUsersMentorsResource,
        AiMentorOrgsUsersMentorsResourceWithRawResponse,
        AsyncAiMentorOrgsUsersMentorsResource,
        AsyncAiMentorOrgsUsersMentorsResourceWithRawResponse,
    )
    from .metadata import (
        AiMentorOrgsUsersMetadataResource,
        AiMentorOrgsUsersMetadataResourceWithRawResponse,
        AsyncAiMentorOrgsUsersMetadataResource,
        AsyncAiMentorOrgsUsersMetadataResourceWithRawResponse,
    )
    from .moderation_logs import (
        AiMentorOrgsUsersModerationLogsResource,
        AiMentorOrgsUsersModerationLogsResourceWithRawResponse,
        AsyncAiMentorOrgsUsersModerationLogsResource,
        AsyncAiMentorOrgsUsersModerationLogsResourceWithRawResponse,
    )
    from .periodic_agent_logs import (
        AiMentorOrgsUsersPeriodicAgentLogsResource,
        AiMentorOrgsUsersPeriodicAgentLogsResourceWithRawResponse,
        AsyncAiMentorOrgsUsersPeriodicAgentLogsResource,
        AsyncAiMentorOrgsUsersPeriodicAgentLogsResourceWithRawResponse,
    )
    from .periodic_agents import (
        AiMentorOrgsUsersPeriodicAgentsResource,
        AiMentorOrgsUsersPeriodicAgentsResourceWithRawResponse,
        AsyncAiMentorOrgsUsersPeriodicAgentsResource,
        AsyncAiMentorOrgsUsersPeriodicAgentsResourceWithRawResponse,
    )
    from .pin_message import (
        AiMentorOrgsUsersPinMessageResource,
        AiMentorOrgsUsersPinMessageResourceWithRawResponse,
        AsyncAiMentorOrgsUsersPinMessageResource,
        AsyncAiMentorOrgsUsersPinMessageResourceWithRawResponse,
    )
    from .planned_jobs import (
        AiMentorOrgsUsersPlannedJobsResource,
        AiMentorOrgsUsersPlannedJobsResourceWithRawResponse,
        AsyncAiMentorOrgsUsersPlannedJobsResource,
        AsyncAiMentorOrgsUsersPlannedJobsResourceWithRawResponse,
    )
    from .playwright_scripts import (
        AiMentorOrgsUsersPlaywrightScriptsResource,
        AiMentorOrgsUsersPlaywrightScriptsResourceWithRawResponse,
        AsyncAiMentorOrgsUsersPlaywrightScriptsResource,
        AsyncAiMentorOrgsUsersPlaywrightScriptsResourceWithRawResponse,
    )
    from .predictive_analytics import (
        AiMentorOrgsUsersPredictiveAnalyticsResource,
        AiMentorOrgsUsersPredictiveAnalyticsResourceWithRawResponse,
        AsyncAiMentorOrgsUsersPredictiveAnalyticsResource,
        AsyncAiMentorOrgsUsersPredictiveAnalyticsResourceWithRawResponse,
    )
    from .projects import (
        AiMentorOrgsUsersProjectsResource,
        AiMentorOrgsUsersProjectsResourceWithRawResponse,
        AsyncAiMentorOrgsUsersProjectsResource,
        AsyncAiMentorOrgsUsersProjectsResourceWithRawResponse,
    )
    from .recent_messages import (
        AiMentorOrgsUsersRecentMessagesResource,
        AiMentorOrgsUsersRecentMessagesResourceWithRawResponse,
        AsyncAiMentorOrgsUsersRecentMessagesResource,
        AsyncAiMentorOrgsUsersRecentMessagesResourceWithRawResponse,
    )
    from .recently_accessed_mentors import (
        AiMentorOrgsUsersRecentlyAccessedMentorsResource,
        AiMentorOrgsUsersRecentlyAccessedMentorsResourceWithRawResponse,
        AsyncAiMentorOrgsUsersRecentlyAccessedMentorsResource,
        AsyncAiMentorOrgsUsersRecentlyAccessedMentorsResourceWithRawResponse,
    )
    from .resources import (
        AiMentorOrgsUsersResourcesResource,
        AiMentorOrgsUsersResourcesResourceWithRawResponse,
        AsyncAiMentorOrgsUsersResourcesResource,
        AsyncAiMentorOrgsUsersResourcesResourceWithRawResponse,
    )
    from .safety_logs import (
        AiMentorOrgsUsersSafetyLogsResource,
        AiMentorOrgsUsersSafetyLogsResourceWithRawResponse,
        AsyncAiMentorOrgsUsersSafetyLogsResource,
        AsyncAiMentorOrgsUsersSafetyLogsResourceWithRawResponse,
    )
    from .session_detail import (
        AiMentorOrgsUsersSessionDetailResource,
        AiMentorOrgsUsersSessionDetailResourceWithRawResponse,
        AsyncAiMentorOrgsUsersSessionDetailResource,
        AsyncAiMentorOrgsUsersSessionDetailResourceWithRawResponse,
    )
    from .sessionid import (
        AiMentorOrgsUsersSessionidResource,
        AiMentorOrgsUsersSessionidResourceWithRawResponse,
        AsyncAiMentorOrgsUsersSessionidResource,
        AsyncAiMentorOrgsUsersSessionidResourceWithRawResponse,
    )
    from .sessions import (
        AiMentorOrgsUsersSessionsResource,
        AiMentorOrgsUsersSessionsResourceWithRawResponse,
        AsyncAiMentorOrgsUsersSessionsResource,
        AsyncAiMentorOrgsUsersSessionsResourceWithRawResponse,
    )
    from .settings import (
        AiMentorOrgsUsersSettingsResource,
        AiMentorOrgsUsersSettingsResourceWithRawResponse,
        AsyncAiMentorOrgsUsersSettingsResource,
        AsyncAiMentorOrgsUsersSettingsResourceWithRawResponse,
    )
    from .starred_mentors import (
        AiMentorOrgsUsersStarredMentorsResource,
        AiMentorOrgsUsersStarredMentorsResourceWithRawResponse,
        AsyncAiMentorOrgsUsersStarredMentorsResource,
        AsyncAiMentorOrgsUsersStarredMentorsResourceWithRawResponse,
    )
    from .stop_generation import (
        AiMentorOrgsUsersStopGenerationResource,
        AiMentorOrgsUsersStopGenerationResourceWithRawResponse,
        AsyncAiMentorOrgsUsersStopGenerationResource,
        AsyncAiMentorOrgsUsersStopGenerationResourceWithRawResponse,
    )
    from .subjects import (
        AiMentorOrgsUsersSubjectsResource,
        AiMentorOrgsUsersSubjectsResourceWithRawResponse,
        AsyncAiMentorOrgsUsersSubjectsResource,
        AsyncAiMentorOrgsUsersSubjectsResourceWithRawResponse,
    )
    from .support_ticket_messages import (
        AiMentorOrgsUsersSupportTicketMessagesResource,
        AiMentorOrgsUsersSupportTicketMessagesResourceWithRawResponse,
        AsyncAiMentorOrgsUsersSupportTicketMessagesResource,
        AsyncAiMentorOrgsUsersSupportTicketMessagesResourceWithRawResponse,
    )
    from .support_tickets import (
        AiMentorOrgsUsersSupportTicketsResource,
        AiMentorOrgsUsersSupportTicketsResourceWithRawResponse,
        AsyncAiMentorOrgsUsersSupportTicketsResource,
        AsyncAiMentorOrgsUsersSupportTicketsResourceWithRawResponse,
    )
    from .tasks import (
        AiMentorOrgsUsersTasksResource,
        AiMentorOrgsUsersTasksResourceWithRawResponse,
        AsyncAiMentorOrgsUsersTasksResource,
        AsyncAiMentorOrgsUsersTasksResourceWithRawResponse,
    )
    from .tool_categories import (
        AiMentorOrgsUsersToolCategoriesResource,
        AiMentorOrgsUsersToolCategoriesResourceWithRawResponse,
        AsyncAiMentorOrgsUsersToolCategoriesResource,
        AsyncAiMentorOrgsUsersToolCategoriesResourceWithRawResponse,
    )
    from .voices import (
        AiMentorOrgsUsersVoicesResource,
        AiMentorOrgsUsersVoicesResourceWithRawResponse,
        AsyncAiMentorOrgsUsersVoicesResource,
        AsyncAiMentorOrgsUsersVoicesResourceWithRawResponse,
    )

__all__ = [
    "AiMentorOrgsUsersResource",
    "AiMentorOrgsUsersResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersResource",
    "AsyncAiMentorOrgsUsersResourceWithRawResponse",
]


class AiMentorOrgsUsersResource:
    """`Client.ai_mentor.orgs.users`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsUsersResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersResourceWithRawResponse(self)

    @cached_property
    def ai_generated_images(self) -> AiMentorOrgsUsersAiGeneratedImagesResource:
        from .ai_generated_images import AiMentorOrgsUsersAiGeneratedImagesResource

        return AiMentorOrgsUsersAiGeneratedImagesResource(self._client)

    @cached_property
    def ai_user_profile_memory(self) -> AiMentorOrgsUsersAiUserProfileMemoryResource:
        from .ai_user_profile_memory import AiMentorOrgsUsersAiUserProfileMemoryResource

        return AiMentorOrgsUsersAiUserProfileMemoryResource(self._client)

    @cached_property
    def artifacts(self) -> AiMentorOrgsUsersArtifactsResource:
        from .artifacts import AiMentorOrgsUsersArtifactsResource

        return AiMentorOrgsUsersArtifactsResource(self._client)

    @cached_property
    def assumed_knowledge(self) -> AiMentorOrgsUsersAssumedKnowledgeResource:
        from .assumed_knowledge import AiMentorOrgsUsersAssumedKnowledgeResource

        return AiMentorOrgsUsersAssumedKnowledgeResource(self._client)

    @cached_property
    def audio_to_text(self) -> AiMentorOrgsUsersAudioToTextResource:
        from .audio_to_text import AiMentorOrgsUsersAudioToTextResource

        return AiMentorOrgsUsersAudioToTextResource(self._client)

    @cached_property
    def available_template_mentors(self) -> AiMentorOrgsUsersAvailableTemplateMentorsResource:
        from .available_template_mentors import AiMentorOrgsUsersAvailableTemplateMentorsResource

        return AiMentorOrgsUsersAvailableTemplateMentorsResource(self._client)

    @cached_property
    def call_configurations(self) -> AiMentorOrgsUsersCallConfigurationsResource:
        from .call_configurations import AiMentorOrgsUsersCallConfigurationsResource

        return AiMentorOrgsUsersCallConfigurationsResource(self._client)

    @cached_property
    def category_groups(self) -> AiMentorOrgsUsersCategoryGroupsResource:
        from .category_groups import AiMentorOrgsUsersCategoryGroupsResource

        return AiMentorOrgsUsersCategoryGroupsResource(self._client)

    @cached_property
    def chat(self) -> AiMentorOrgsUsersChatResource:
        from .chat import AiMentorOrgsUsersChatResource

        return AiMentorOrgsUsersChatResource(self._client)

    @cached_property
    def clean_vector_results(self) -> AiMentorOrgsUsersCleanVectorResultsResource:
        from .clean_vector_results import AiMentorOrgsUsersCleanVectorResultsResource

        return AiMentorOrgsUsersCleanVectorResultsResource(self._client)

    @cached_property
    def clear_chathistory(self) -> AiMentorOrgsUsersClearChathistoryResource:
        from .clear_chathistory import AiMentorOrgsUsersClearChathistoryResource

        return AiMentorOrgsUsersClearChathistoryResource(self._client)

    @cached_property
    def course_creation(self) -> AiMentorOrgsUsersCourseCreationResource:
        from .course_creation import AiMentorOrgsUsersCourseCreationResource

        return AiMentorOrgsUsersCourseCreationResource(self._client)

    @cached_property
    def course_creation_task_files(self) -> AiMentorOrgsUsersCourseCreationTaskFilesResource:
        from .course_creation_task_files import AiMentorOrgsUsersCourseCreationTaskFilesResource

        return AiMentorOrgsUsersCourseCreationTaskFilesResource(self._client)

    @cached_property
    def course_creation_tasks(self) -> AiMentorOrgsUsersCourseCreationTasksResource2:
        from .course_creation_tasks import AiMentorOrgsUsersCourseCreationTasksResource2

        return AiMentorOrgsUsersCourseCreationTasksResource2(self._client)

    @cached_property
    def create_mentor_wizard(self) -> AiMentorOrgsUsersCreateMentorWizardResource:
        from .create_mentor_wizard import AiMentorOrgsUsersCreateMentorWizardResource

        return AiMentorOrgsUsersCreateMentorWizardResource(self._client)

    @cached_property
    def custom_instruction(self) -> AiMentorOrgsUsersCustomInstructionResource:
        from .custom_instruction import AiMentorOrgsUsersCustomInstructionResource

        return AiMentorOrgsUsersCustomInstructionResource(self._client)

    @cached_property
    def disclaimer_agreements(self) -> AiMentorOrgsUsersDisclaimerAgreementsResource:
        from .disclaimer_agreements import AiMentorOrgsUsersDisclaimerAgreementsResource

        return AiMentorOrgsUsersDisclaimerAgreementsResource(self._client)

    @cached_property
    def disclaimers(self) -> AiMentorOrgsUsersDisclaimersResource:
        from .disclaimers import AiMentorOrgsUsersDisclaimersResource

        return AiMentorOrgsUsersDisclaimersResource(self._client)

    @cached_property
    def downloads(self) -> AiMentorOrgsUsersDownloadsResource:
        from .downloads import AiMentorOrgsUsersDownloadsResource

        return AiMentorOrgsUsersDownloadsResource(self._client)

    @cached_property
    def edx_memory(self) -> AiMentorOrgsUsersEdxMemoryResource:
        from .edx_memory import AiMentorOrgsUsersEdxMemoryResource

        return AiMentorOrgsUsersEdxMemoryResource(self._client)

    @cached_property
    def elevenlabs_voice(self) -> AiMentorOrgsUsersElevenlabsVoiceResource:
        from .elevenlabs_voice import AiMentorOrgsUsersElevenlabsVoiceResource

        return AiMentorOrgsUsersElevenlabsVoiceResource(self._client)

    @cached_property
    def export_chathistory(self) -> AiMentorOrgsUsersExportChathistoryResource:
        from .export_chathistory import AiMentorOrgsUsersExportChathistoryResource

        return AiMentorOrgsUsersExportChathistoryResource(self._client)

    @cached_property
    def extracted_memories(self) -> AiMentorOrgsUsersExtractedMemoriesResource:
        from .extracted_memories import AiMentorOrgsUsersExtractedMemoriesResource

        return AiMentorOrgsUsersExtractedMemoriesResource(self._client)

    @cached_property
    def filtered_memories(self) -> AiMentorOrgsUsersFilteredMemoriesResource:
        from .filtered_memories import AiMentorOrgsUsersFilteredMemoriesResource

        return AiMentorOrgsUsersFilteredMemoriesResource(self._client)

    @cached_property
    def free_usage_count(self) -> AiMentorOrgsUsersFreeUsageCountResource:
        from .free_usage_count import AiMentorOrgsUsersFreeUsageCountResource

        return AiMentorOrgsUsersFreeUsageCountResource(self._client)

    @cached_property
    def global_memories(self) -> AiMentorOrgsUsersGlobalMemoriesResource:
        from .global_memories import AiMentorOrgsUsersGlobalMemoriesResource

        return AiMentorOrgsUsersGlobalMemoriesResource(self._client)

    @cached_property
    def google_agents(self) -> AiMentorOrgsUsersGoogleAgentsResource:
        from .google_agents import AiMentorOrgsUsersGoogleAgentsResource

        return AiMentorOrgsUsersGoogleAgentsResource(self._client)

    @cached_property
    def mcp_server_connections(self) -> AiMentorOrgsUsersMcpServerConnectionsResource:
        from .mcp_server_connections import AiMentorOrgsUsersMcpServerConnectionsResource

        return AiMentorOrgsUsersMcpServerConnectionsResource(self._client)

    @cached_property
    def mcp_servers(self) -> AiMentorOrgsUsersMcpServersResource:
        from .mcp_servers import AiMentorOrgsUsersMcpServersResource

        return AiMentorOrgsUsersMcpServersResource(self._client)

    @cached_property
    def memories(self) -> AiMentorOrgsUsersMemoriesResource:
        from .memories import AiMentorOrgsUsersMemoriesResource

        return AiMentorOrgsUsersMemoriesResource(self._client)

    @cached_property
    def memory(self) -> AiMentorOrgsUsersMemoryResource:
        from .memory import AiMentorOrgsUsersMemoryResource

        return AiMentorOrgsUsersMemoryResource(self._client)

    @cached_property
    def memory_categories(self) -> AiMentorOrgsUsersMemoryCategoriesResource:
        from .memory_categories import AiMentorOrgsUsersMemoryCategoriesResource

        return AiMentorOrgsUsersMemoryCategoriesResource(self._client)

    @cached_property
    def memory_entries(self) -> AiMentorOrgsUsersMemoryEntriesResource:
        from .memory_entries import AiMentorOrgsUsersMemoryEntriesResource

        return AiMentorOrgsUsersMemoryEntriesResource(self._client)

    @cached_property
    def memory_filter(self) -> AiMentorOrgsUsersMemoryFilterResource:
        from .memory_filter import AiMentorOrgsUsersMemoryFilterResource

        return AiMentorOrgsUsersMemoryFilterResource(self._client)

    @cached_property
    def memsearch_config(self) -> AiMentorOrgsUsersMemsearchConfigResource:
        from .memsearch_config import AiMentorOrgsUsersMemsearchConfigResource

        return AiMentorOrgsUsersMemsearchConfigResource(self._client)

    @cached_property
    def memsearch_settings(self) -> AiMentorOrgsUsersMemsearchSettingsResource:
        from .memsearch_settings import AiMentorOrgsUsersMemsearchSettingsResource

        return AiMentorOrgsUsersMemsearchSettingsResource(self._client)

    @cached_property
    def mentor(self) -> AiMentorOrgsUsersMentorResource:
        from .mentor import AiMentorOrgsUsersMentorResource

        return AiMentorOrgsUsersMentorResource(self._client)

    @cached_property
    def mentor_feedback(self) -> AiMentorOrgsUsersMentorFeedbackResource:
        from .mentor_feedback import AiMentorOrgsUsersMentorFeedbackResource

        return AiMentorOrgsUsersMentorFeedbackResource(self._client)

    @cached_property
    def mentor_llms(self) -> AiMentorOrgsUsersMentorLlmsResource:
        from .mentor_llms import AiMentorOrgsUsersMentorLlmsResource

        return AiMentorOrgsUsersMentorLlmsResource(self._client)

    @cached_property
    def mentor_memories(self) -> AiMentorOrgsUsersMentorMemoriesResource:
        from .mentor_memories import AiMentorOrgsUsersMentorMemoriesResource

        return AiMentorOrgsUsersMentorMemoriesResource(self._client)

    @cached_property
    def mentor_tools(self) -> AiMentorOrgsUsersMentorToolsResource:
        from .mentor_tools import AiMentorOrgsUsersMentorToolsResource

        return AiMentorOrgsUsersMentorToolsResource(self._client)

    @cached_property
    def mentor_types(self) -> AiMentorOrgsUsersMentorTypesResource:
        from .mentor_types import AiMentorOrgsUsersMentorTypesResource

        return AiMentorOrgsUsersMentorTypesResource(self._client)

    @cached_property
    def mentor_with_settings(self) -> AiMentorOrgsUsersMentorWithSettingsResource:
        from .mentor_with_settings import AiMentorOrgsUsersMentorWithSettingsResource

        return AiMentorOrgsUsersMentorWithSettingsResource(self._client)

    @cached_property
    def mentors(self) -> AiMentorOrgsUsersMentorsResource:
        from .mentors import AiMentorOrgsUsersMentorsResource

        return AiMentorOrgsUsersMentorsResource(self._client)

    @cached_property
    def metadata(self) -> AiMentorOrgsUsersMetadataResource:
        from .metadata import AiMentorOrgsUsersMetadataResource

        return AiMentorOrgsUsersMetadataResource(self._client)

    @cached_property
    def moderation_logs(self) -> AiMentorOrgsUsersModerationLogsResource:
        from .moderation_logs import AiMentorOrgsUsersModerationLogsResource

        return AiMentorOrgsUsersModerationLogsResource(self._client)

    @cached_property
    def periodic_agent_logs(self) -> AiMentorOrgsUsersPeriodicAgentLogsResource:
        from .periodic_agent_logs import AiMentorOrgsUsersPeriodicAgentLogsResource

        return AiMentorOrgsUsersPeriodicAgentLogsResource(self._client)

    @cached_property
    def periodic_agents(self) -> AiMentorOrgsUsersPeriodicAgentsResource:
        from .periodic_agents import AiMentorOrgsUsersPeriodicAgentsResource

        return AiMentorOrgsUsersPeriodicAgentsResource(self._client)

    @cached_property
    def pin_message(self) -> AiMentorOrgsUsersPinMessageResource:
        from .pin_message import AiMentorOrgsUsersPinMessageResource

        return AiMentorOrgsUsersPinMessageResource(self._client)

    @cached_property
    def planned_jobs(self) -> AiMentorOrgsUsersPlannedJobsResource:
        from .planned_jobs import AiMentorOrgsUsersPlannedJobsResource

        return AiMentorOrgsUsersPlannedJobsResource(self._client)

    @cached_property
    def playwright_scripts(self) -> AiMentorOrgsUsersPlaywrightScriptsResource:
        from .playwright_scripts import AiMentorOrgsUsersPlaywrightScriptsResource

        return AiMentorOrgsUsersPlaywrightScriptsResource(self._client)

    @cached_property
    def predictive_analytics(self) -> AiMentorOrgsUsersPredictiveAnalyticsResource:
        from .predictive_analytics import AiMentorOrgsUsersPredictiveAnalyticsResource

        return AiMentorOrgsUsersPredictiveAnalyticsResource(self._client)

    @cached_property
    def projects(self) -> AiMentorOrgsUsersProjectsResource:
        from .projects import AiMentorOrgsUsersProjectsResource

        return AiMentorOrgsUsersProjectsResource(self._client)

    @cached_property
    def recent_messages(self) -> AiMentorOrgsUsersRecentMessagesResource:
        from .recent_messages import AiMentorOrgsUsersRecentMessagesResource

        return AiMentorOrgsUsersRecentMessagesResource(self._client)

    @cached_property
    def recently_accessed_mentors(self) -> AiMentorOrgsUsersRecentlyAccessedMentorsResource:
        from .recently_accessed_mentors import AiMentorOrgsUsersRecentlyAccessedMentorsResource

        return AiMentorOrgsUsersRecentlyAccessedMentorsResource(self._client)

    @cached_property
    def resources(self) -> AiMentorOrgsUsersResourcesResource:
        from .resources import AiMentorOrgsUsersResourcesResource

        return AiMentorOrgsUsersResourcesResource(self._client)

    @cached_property
    def safety_logs(self) -> AiMentorOrgsUsersSafetyLogsResource:
        from .safety_logs import AiMentorOrgsUsersSafetyLogsResource

        return AiMentorOrgsUsersSafetyLogsResource(self._client)

    @cached_property
    def session_detail(self) -> AiMentorOrgsUsersSessionDetailResource:
        from .session_detail import AiMentorOrgsUsersSessionDetailResource

        return AiMentorOrgsUsersSessionDetailResource(self._client)

    @cached_property
    def sessionid(self) -> AiMentorOrgsUsersSessionidResource:
        from .sessionid import AiMentorOrgsUsersSessionidResource

        return AiMentorOrgsUsersSessionidResource(self._client)

    @cached_property
    def sessions(self) -> AiMentorOrgsUsersSessionsResource:
        from .sessions import AiMentorOrgsUsersSessionsResource

        return AiMentorOrgsUsersSessionsResource(self._client)

    @cached_property
    def settings(self) -> AiMentorOrgsUsersSettingsResource:
        from .settings import AiMentorOrgsUsersSettingsResource

        return AiMentorOrgsUsersSettingsResource(self._client)

    @cached_property
    def starred_mentors(self) -> AiMentorOrgsUsersStarredMentorsResource:
        from .starred_mentors import AiMentorOrgsUsersStarredMentorsResource

        return AiMentorOrgsUsersStarredMentorsResource(self._client)

    @cached_property
    def stop_generation(self) -> AiMentorOrgsUsersStopGenerationResource:
        from .stop_generation import AiMentorOrgsUsersStopGenerationResource

        return AiMentorOrgsUsersStopGenerationResource(self._client)

    @cached_property
    def subjects(self) -> AiMentorOrgsUsersSubjectsResource:
        from .subjects import AiMentorOrgsUsersSubjectsResource

        return AiMentorOrgsUsersSubjectsResource(self._client)

    @cached_property
    def support_ticket_messages(self) -> AiMentorOrgsUsersSupportTicketMessagesResource:
        from .support_ticket_messages import AiMentorOrgsUsersSupportTicketMessagesResource

        return AiMentorOrgsUsersSupportTicketMessagesResource(self._client)

    @cached_property
    def support_tickets(self) -> AiMentorOrgsUsersSupportTicketsResource:
        from .support_tickets import AiMentorOrgsUsersSupportTicketsResource

        return AiMentorOrgsUsersSupportTicketsResource(self._client)

    @cached_property
    def tasks(self) -> AiMentorOrgsUsersTasksResource:
        from .tasks import AiMentorOrgsUsersTasksResource

        return AiMentorOrgsUsersTasksResource(self._client)

    @cached_property
    def tool_categories(self) -> AiMentorOrgsUsersToolCategoriesResource:
        from .tool_categories import AiMentorOrgsUsersToolCategoriesResource

        return AiMentorOrgsUsersToolCategoriesResource(self._client)

    @cached_property
    def voices(self) -> AiMentorOrgsUsersVoicesResource:
        from .voices import AiMentorOrgsUsersVoicesResource

        return AiMentorOrgsUsersVoicesResource(self._client)

    def list(
        self,
        *,
        org: str,
        user_id: str,
        department_id: int | Unset = UNSET,
        filter_by: str | Unset = UNSET,
        is_featured: bool | Unset = UNSET,
        metadata_key: str | Unset = UNSET,
        metadata_value: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        return_session_information: bool | Unset = UNSET,
        visibility: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedMentorList:
        """Retrieve a list of mentors.  Returns:     - List of mentors matching the filters.

        Args:
            org (str, path)
            user_id (str, path)
            department_id (int | Unset, query)
            filter_by (str | Unset, query)
            is_featured (bool | Unset, query)
            metadata_key (str | Unset, query)
            metadata_value (str | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            return_session_information (bool | Unset, query)
            visibility (str | Unset, query)

        Returns:
            PaginatedMentorList
        """
        return self._client._send(
            _ai_mentor_orgs_users_list.OPERATION,
            _ai_mentor_orgs_users_list.build_request(
                org=org,
                user_id=user_id,
                department_id=department_id,
                filter_by=filter_by,
                is_featured=is_featured,
                metadata_key=metadata_key,
                metadata_value=metadata_value,
                page=page,
                page_size=page_size,
                return_session_information=return_session_information,
                visibility=visibility,
            ),
            options,
        )

    def iter_list(
        self,
        *,
        org: str,
        user_id: str,
        department_id: int | Unset = UNSET,
        filter_by: str | Unset = UNSET,
        is_featured: bool | Unset = UNSET,
        metadata_key: str | Unset = UNSET,
        metadata_value: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        return_session_information: bool | Unset = UNSET,
        visibility: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Iterator[Mentor]:
        """Every item of every page of `list`, fetched page by page."""
        return self._client._paginate(
            _ai_mentor_orgs_users_list.OPERATION,
            _ai_mentor_orgs_users_list.build_request(
                org=org,
                user_id=user_id,
                department_id=department_id,
                filter_by=filter_by,
                is_featured=is_featured,
                metadata_key=metadata_key,
                metadata_value=metadata_value,
                page=page,
                page_size=page_size,
                return_session_information=return_session_information,
                visibility=visibility,
            ),
            _ai_mentor_orgs_users_list.PAGE,
            options,
        )

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        department_id: int | Unset = UNSET,
        filter_by: str | Unset = UNSET,
        is_featured: bool | Unset = UNSET,
        metadata_key: str | Unset = UNSET,
        metadata_value: str | Unset = UNSET,
        return_session_information: bool | Unset = UNSET,
        visibility: str | Unset = UNSET,
        body: MentorCreateRequest,
        **options: Unpack[RequestOptions],
    ) -> Mentor: ...

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        department_id: int | Unset = UNSET,
        filter_by: str | Unset = UNSET,
        is_featured: bool | Unset = UNSET,
        metadata_key: str | Unset = UNSET,
        metadata_value: str | Unset = UNSET,
        return_session_information: bool | Unset = UNSET,
        visibility: str | Unset = UNSET,
        name: str,
        unique_id: UUID | Unset = UNSET,
        flow: Any | Unset = UNSET,
        slug: str | Unset = UNSET,
        platform: str | Unset = UNSET,
        allow_anonymous: bool | Unset = UNSET,
        enable_offline_mode: bool | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        enable_moderation: bool | Unset = UNSET,
        enable_multi_query_rag: bool | Unset = UNSET,
        enable_prompt_caching: bool | Unset = UNSET,
        enable_post_processing_system: bool | Unset = UNSET,
        enable_openai_assistant: bool | Unset = UNSET,
        enable_total_grounding: bool | Unset = UNSET,
        enable_suggested_prompts: bool | Unset = UNSET,
        enable_guided_prompts: bool | Unset = UNSET,
        save_flagged_prompts: bool | Unset = UNSET,
        google_voice: int | None | Unset = UNSET,
        openai_voice: int | None | Unset = UNSET,
        guided_prompt_instructions: str | Unset = UNSET,
        categories: list[int] | Unset = UNSET,
        types: list[int] | Unset = UNSET,
        subjects: list[int] | Unset = UNSET,
        proactive_prompt: str | Unset = UNSET,
        study_mode_prompt: str | Unset = UNSET,
        disclaimer: str | Unset = UNSET,
        enable_disclaimer: bool | Unset = UNSET,
        show_attachment: bool | Unset = UNSET,
        show_voice_call: bool | Unset = UNSET,
        show_voice_record: bool | Unset = UNSET,
        show_rag_images: bool | Unset = UNSET,
        starter_prompts: MentorCreateStarterPrompts | Unset = UNSET,
        embed_is_context_aware: bool | Unset = UNSET,
        embed_open_by_default: bool | Unset = UNSET,
        embed_show_attachment: bool | Unset = UNSET,
        embed_show_voice_call: bool | Unset = UNSET,
        embed_show_voice_record: bool | Unset = UNSET,
        show_explore_mentors: bool | Unset = UNSET,
        embed_icon_selection_data: Any | Unset = UNSET,
        placeholder_prompt: str | Unset = UNSET,
        moderation_system_prompt: str | Unset = UNSET,
        post_processing_prompt: str | Unset = UNSET,
        moderation_response: str | Unset = UNSET,
        safety_system_prompt: str | Unset = UNSET,
        safety_response: str | Unset = UNSET,
        disable_chathistory: bool | Unset = UNSET,
        enable_safety_system: bool | Unset = UNSET,
        proactive_response: str | Unset = UNSET,
        mcp_servers: list[int] | Unset = UNSET,
        greeting_method: MentorCreateGreetingMethod | Unset = UNSET,
        last_accessed_by: int | None | Unset = UNSET,
        recently_accessed_at: datetime.datetime | None | Unset = UNSET,
        created_by: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Mentor: ...

    def create(
        self,
        *,
        org: str,
        user_id: str,
        department_id: int | Unset = UNSET,
        filter_by: str | Unset = UNSET,
        is_featured: bool | Unset = UNSET,
        metadata_key: str | Unset = UNSET,
        metadata_value: str | Unset = UNSET,
        return_session_information: bool | Unset = UNSET,
        visibility: str | Unset = UNSET,
        body: MentorCreateRequest | Unset = UNSET,
        name: str | Unset = UNSET,
        unique_id: UUID | Unset = UNSET,
        flow: Any | Unset = UNSET,
        slug: str | Unset = UNSET,
        platform: str | Unset = UNSET,
        allow_anonymous: bool | Unset = UNSET,
        enable_offline_mode: bool | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        enable_moderation: bool | Unset = UNSET,
        enable_multi_query_rag: bool | Unset = UNSET,
        enable_prompt_caching: bool | Unset = UNSET,
        enable_post_processing_system: bool | Unset = UNSET,
        enable_openai_assistant: bool | Unset = UNSET,
        enable_total_grounding: bool | Unset = UNSET,
        enable_suggested_prompts: bool | Unset = UNSET,
        enable_guided_prompts: bool | Unset = UNSET,
        save_flagged_prompts: bool | Unset = UNSET,
        google_voice: int | None | Unset = UNSET,
        openai_voice: int | None | Unset = UNSET,
        guided_prompt_instructions: str | Unset = UNSET,
        categories: list[int] | Unset = UNSET,
        types: list[int] | Unset = UNSET,
        subjects: list[int] | Unset = UNSET,
        proactive_prompt: str | Unset = UNSET,
        study_mode_prompt: str | Unset = UNSET,
        disclaimer: str | Unset = UNSET,
        enable_disclaimer: bool | Unset = UNSET,
        show_attachment: bool | Unset = UNSET,
        show_voice_call: bool | Unset = UNSET,
        show_voice_record: bool | Unset = UNSET,
        show_rag_images: bool | Unset = UNSET,
        starter_prompts: MentorCreateStarterPrompts | Unset = UNSET,
        embed_is_context_aware: bool | Unset = UNSET,
        embed_open_by_default: bool | Unset = UNSET,
        embed_show_attachment: bool | Unset = UNSET,
        embed_show_voice_call: bool | Unset = UNSET,
        embed_show_voice_record: bool | Unset = UNSET,
        show_explore_mentors: bool | Unset = UNSET,
        embed_icon_selection_data: Any | Unset = UNSET,
        placeholder_prompt: str | Unset = UNSET,
        moderation_system_prompt: str | Unset = UNSET,
        post_processing_prompt: str | Unset = UNSET,
        moderation_response: str | Unset = UNSET,
        safety_system_prompt: str | Unset = UNSET,
        safety_response: str | Unset = UNSET,
        disable_chathistory: bool | Unset = UNSET,
        enable_safety_system: bool | Unset = UNSET,
        proactive_response: str | Unset = UNSET,
        mcp_servers: list[int] | Unset = UNSET,
        greeting_method: MentorCreateGreetingMethod | Unset = UNSET,
        last_accessed_by: int | None | Unset = UNSET,
        recently_accessed_at: datetime.datetime | None | Unset = UNSET,
        created_by: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Mentor:
        """Create a new mentor. Body Parameters:     - name: Mentor name.     - unique_id: Unique
        identifier.     - platform_key: Associated platform.     - metadata: Additional mentor
        attributes.

        Args:
            org (str, path)
            user_id (str, path)
            department_id (int | Unset, query)
            filter_by (str | Unset, query)
            is_featured (bool | Unset, query)
            metadata_key (str | Unset, query)
            metadata_value (str | Unset, query)
            return_session_information (bool | Unset, query)
            visibility (str | Unset, query)
            body (MentorCreateRequest, request body)
            Or the body's fields as keywords instead of body=: name, unique_id, flow, slug,
                platform, allow_anonymous, enable_offline_mode, metadata, enable_moderation,
                enable_multi_query_rag, enable_prompt_caching, enable_post_processing_system,
                enable_openai_assistant, enable_total_grounding, enable_suggested_prompts,
                enable_guided_prompts, save_flagged_prompts, google_voice, openai_voice,
                guided_prompt_instructions, categories, types, subjects, proactive_prompt,
                study_mode_prompt, disclaimer, enable_disclaimer, show_attachment,
                show_voice_call, show_voice_record, show_rag_images, starter_prompts,
                embed_is_context_aware, embed_open_by_default, embed_show_attachment,
                embed_show_voice_call, embed_show_voice_record, show_explore_mentors,
                embed_icon_selection_data, placeholder_prompt, moderation_system_prompt,
                post_processing_prompt, moderation_response, safety_system_prompt,
                safety_response, disable_chathistory, enable_safety_system, proactive_response,
                mcp_servers, greeting_method, last_accessed_by, recently_accessed_at, created_by

        Returns:
            Mentor
        """
        body = body_from_fields(
            "ai_mentor.orgs.users.create",
            body,
            MentorCreateRequest,
            ["name"],
            (
                ("name", "name", name),
                ("unique_id", "unique_id", unique_id),
                ("flow", "flow", flow),
                ("slug", "slug", slug),
                ("platform", "platform", platform),
                ("allow_anonymous", "allow_anonymous", allow_anonymous),
                ("enable_offline_mode", "enable_offline_mode", enable_offline_mode),
                ("metadata", "metadata", metadata),
                ("enable_moderation", "enable_moderation", enable_moderation),
                ("enable_multi_query_rag", "enable_multi_query_rag", enable_multi_query_rag),
                ("enable_prompt_caching", "enable_prompt_caching", enable_prompt_caching),
                (
                    "enable_post_processing_system",
                    "enable_post_processing_system",
                    enable_post_processing_system,
                ),
                ("enable_openai_assistant", "enable_openai_assistant", enable_openai_assistant),
                ("enable_total_grounding", "enable_total_grounding", enable_total_grounding),
                ("enable_suggested_prompts", "enable_suggested_prompts", enable_suggested_prompts),
                ("enable_guided_prompts", "enable_guided_prompts", enable_guided_prompts),
                ("save_flagged_prompts", "save_flagged_prompts", save_flagged_prompts),
                ("google_voice", "google_voice", google_voice),
                ("openai_voice", "openai_voice", openai_voice),
                (
                    "guided_prompt_instructions",
                    "guided_prompt_instructions",
                    guided_prompt_instructions,
                ),
                ("categories", "categories", categories),
                ("types", "types", types),
                ("subjects", "subjects", subjects),
                ("proactive_prompt", "proactive_prompt", proactive_prompt),
                ("study_mode_prompt", "study_mode_prompt", study_mode_prompt),
                ("disclaimer", "disclaimer", disclaimer),
                ("enable_disclaimer", "enable_disclaimer", enable_disclaimer),
                ("show_attachment", "show_attachment", show_attachment),
                ("show_voice_call", "show_voice_call", show_voice_call),
                ("show_voice_record", "show_voice_record", show_voice_record),
                ("show_rag_images", "show_rag_images", show_rag_images),
                ("starter_prompts", "starter_prompts", starter_prompts),
                ("embed_is_context_aware", "embed_is_context_aware", embed_is_context_aware),
                ("embed_open_by_default", "embed_open_by_default", embed_open_by_default),
                ("embed_show_attachment", "embed_show_attachment", embed_show_attachment),
                ("embed_show_voice_call", "embed_show_voice_call", embed_show_voice_call),
                ("embed_show_voice_record", "embed_show_voice_record", embed_show_voice_record),
                ("show_explore_mentors", "show_explore_mentors", show_explore_mentors),
                (
                    "embed_icon_selection_data",
                    "embed_icon_selection_data",
                    embed_icon_selection_data,
                ),
                ("placeholder_prompt", "placeholder_prompt", placeholder_prompt),
                ("moderation_system_prompt", "moderation_system_prompt", moderation_system_prompt),
                ("post_processing_prompt", "post_processing_prompt", post_processing_prompt),
                ("moderation_response", "moderation_response", moderation_response),
                ("safety_system_prompt", "safety_system_prompt", safety_system_prompt),
                ("safety_response", "safety_response", safety_response),
                ("disable_chathistory", "disable_chathistory", disable_chathistory),
                ("enable_safety_system", "enable_safety_system", enable_safety_system),
                ("proactive_response", "proactive_response", proactive_response),
                ("mcp_servers", "mcp_servers", mcp_servers),
                ("greeting_method", "greeting_method", greeting_method),
                ("last_accessed_by", "last_accessed_by", last_accessed_by),
                ("recently_accessed_at", "recently_accessed_at", recently_accessed_at),
                ("created_by", "created_by", created_by),
            ),
        )
        return self._client._send(
            _ai_mentor_orgs_users_create.OPERATION,
            _ai_mentor_orgs_users_create.build_request(
                org=org,
                user_id=user_id,
                department_id=department_id,
                filter_by=filter_by,
                is_featured=is_featured,
                metadata_key=metadata_key,
                metadata_value=metadata_value,
                return_session_information=return_session_information,
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
        name: str,
        department_id: int | Unset = UNSET,
        filter_by: str | Unset = UNSET,
        is_featured: bool | Unset = UNSET,
        metadata_key: str | Unset = UNSET,
        metadata_value: str | Unset = UNSET,
        return_session_information: bool | Unset = UNSET,
        visibility: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Soft delete a mentor.

        Args:
            org (str, path)
            user_id (str, path)
            name (str, path)
            department_id (int | Unset, query)
            filter_by (str | Unset, query)
            is_featured (bool | Unset, query)
            metadata_key (str | Unset, query)
            metadata_value (str | Unset, query)
            return_session_information (bool | Unset, query)
            visibility (str | Unset, query)

        Returns:
            None
        """
        return self._client._send(
            _ai_mentor_orgs_users_destroy.OPERATION,
            _ai_mentor_orgs_users_destroy.build_request(
                org=org,
                user_id=user_id,
                name=name,
                department_id=department_id,
                filter_by=filter_by,
                is_featured=is_featured,
                metadata_key=metadata_key,
                metadata_value=metadata_value,
                return_session_information=return_session_information,
                visibility=visibility,
            ),
            options,
        )

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        name: str,
        department_id: int | Unset = UNSET,
        filter_by: str | Unset = UNSET,
        is_featured: bool | Unset = UNSET,
        metadata_key: str | Unset = UNSET,
        metadata_value: str | Unset = UNSET,
        return_session_information: bool | Unset = UNSET,
        visibility: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Mentor:
        """API ViewSet for managing mentors.  Provides endpoints to retrieve, create, update, and
        delete mentor data.  Permissions:     - Accessible to both tenant admins and students.

        Args:
            org (str, path)
            user_id (str, path)
            name (str, path)
            department_id (int | Unset, query)
            filter_by (str | Unset, query)
            is_featured (bool | Unset, query)
            metadata_key (str | Unset, query)
            metadata_value (str | Unset, query)
            return_session_information (bool | Unset, query)
            visibility (str | Unset, query)

        Returns:
            Mentor
        """
        return self._client._send(
            _ai_mentor_orgs_users_retrieve.OPERATION,
            _ai_mentor_orgs_users_retrieve.build_request(
                org=org,
                user_id=user_id,
                name=name,
                department_id=department_id,
                filter_by=filter_by,
                is_featured=is_featured,
                metadata_key=metadata_key,
                metadata_value=metadata_value,
                return_session_information=return_session_information,
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
        name: str,
        department_id: int | Unset = UNSET,
        filter_by: str | Unset = UNSET,
        is_featured: bool | Unset = UNSET,
        metadata_key: str | Unset = UNSET,
        metadata_value: str | Unset = UNSET,
        return_session_information: bool | Unset = UNSET,
        visibility: str | Unset = UNSET,
        body: PatchedMentorCreate | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MentorCreate: ...

    @overload
    def partial_update(
        self,
        *,
        org: str,
        user_id: str,
        name: str,
        department_id: int | Unset = UNSET,
        filter_by: str | Unset = UNSET,
        is_featured: bool | Unset = UNSET,
        metadata_key: str | Unset = UNSET,
        metadata_value: str | Unset = UNSET,
        return_session_information: bool | Unset = UNSET,
        visibility: str | Unset = UNSET,
        body_name: str | Unset = UNSET,
        unique_id: UUID | Unset = UNSET,
        flow: Any | Unset = UNSET,
        slug: str | Unset = UNSET,
        platform: str | Unset = UNSET,
        allow_anonymous: bool | Unset = UNSET,
        enable_offline_mode: bool | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        enable_moderation: bool | Unset = UNSET,
        enable_multi_query_rag: bool | Unset = UNSET,
        enable_prompt_caching: bool | Unset = UNSET,
        enable_post_processing_system: bool | Unset = UNSET,
        enable_openai_assistant: bool | Unset = UNSET,
        enable_total_grounding: bool | Unset = UNSET,
        enable_suggested_prompts: bool | Unset = UNSET,
        enable_guided_prompts: bool | Unset = UNSET,
        save_flagged_prompts: bool | Unset = UNSET,
        google_voice: int | None | Unset = UNSET,
        openai_voice: int | None | Unset = UNSET,
        guided_prompt_instructions: str | Unset = UNSET,
        categories: list[int] | Unset = UNSET,
        types: list[int] | Unset = UNSET,
        subjects: list[int] | Unset = UNSET,
        proactive_prompt: str | Unset = UNSET,
        study_mode_prompt: str | Unset = UNSET,
        disclaimer: str | Unset = UNSET,
        enable_disclaimer: bool | Unset = UNSET,
        show_attachment: bool | Unset = UNSET,
        show_voice_call: bool | Unset = UNSET,
        show_voice_record: bool | Unset = UNSET,
        show_rag_images: bool | Unset = UNSET,
        starter_prompts: PatchedMentorCreateStarterPrompts | Unset = UNSET,
        embed_is_context_aware: bool | Unset = UNSET,
        embed_open_by_default: bool | Unset = UNSET,
        embed_show_attachment: bool | Unset = UNSET,
        embed_show_voice_call: bool | Unset = UNSET,
        embed_show_voice_record: bool | Unset = UNSET,
        show_explore_mentors: bool | Unset = UNSET,
        embed_icon_selection_data: Any | Unset = UNSET,
        placeholder_prompt: str | Unset = UNSET,
        moderation_system_prompt: str | Unset = UNSET,
        post_processing_prompt: str | Unset = UNSET,
        moderation_response: str | Unset = UNSET,
        safety_system_prompt: str | Unset = UNSET,
        safety_response: str | Unset = UNSET,
        disable_chathistory: bool | Unset = UNSET,
        enable_safety_system: bool | Unset = UNSET,
        proactive_response: str | Unset = UNSET,
        mcp_servers: list[int] | Unset = UNSET,
        greeting_method: PatchedMentorCreateGreetingMethod | Unset = UNSET,
        last_accessed_by: int | None | Unset = UNSET,
        recently_accessed_at: datetime.datetime | None | Unset = UNSET,
        created_by: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MentorCreate: ...

    def partial_update(
        self,
        *,
        org: str,
        user_id: str,
        name: str,
        department_id: int | Unset = UNSET,
        filter_by: str | Unset = UNSET,
        is_featured: bool | Unset = UNSET,
        metadata_key: str | Unset = UNSET,
        metadata_value: str | Unset = UNSET,
        return_session_information: bool | Unset = UNSET,
        visibility: str | Unset = UNSET,
        body: PatchedMentorCreate | Unset = UNSET,
        body_name: str | Unset = UNSET,
        unique_id: UUID | Unset = UNSET,
        flow: Any | Unset = UNSET,
        slug: str | Unset = UNSET,
        platform: str | Unset = UNSET,
        allow_anonymous: bool | Unset = UNSET,
        enable_offline_mode: bool | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        enable_moderation: bool | Unset = UNSET,
        enable_multi_query_rag: bool | Unset = UNSET,
        enable_prompt_caching: bool | Unset = UNSET,
        enable_post_processing_system: bool | Unset = UNSET,
        enable_openai_assistant: bool | Unset = UNSET,
        enable_total_grounding: bool | Unset = UNSET,
        enable_suggested_prompts: bool | Unset = UNSET,
        enable_guided_prompts: bool | Unset = UNSET,
        save_flagged_prompts: bool | Unset = UNSET,
        google_voice: int | None | Unset = UNSET,
        openai_voice: int | None | Unset = UNSET,
        guided_prompt_instructions: str | Unset = UNSET,
        categories: list[int] | Unset = UNSET,
        types: list[int] | Unset = UNSET,
        subjects: list[int] | Unset = UNSET,
        proactive_prompt: str | Unset = UNSET,
        study_mode_prompt: str | Unset = UNSET,
        disclaimer: str | Unset = UNSET,
        enable_disclaimer: bool | Unset = UNSET,
        show_attachment: bool | Unset = UNSET,
        show_voice_call: bool | Unset = UNSET,
        show_voice_record: bool | Unset = UNSET,
        show_rag_images: bool | Unset = UNSET,
        starter_prompts: PatchedMentorCreateStarterPrompts | Unset = UNSET,
        embed_is_context_aware: bool | Unset = UNSET,
        embed_open_by_default: bool | Unset = UNSET,
        embed_show_attachment: bool | Unset = UNSET,
        embed_show_voice_call: bool | Unset = UNSET,
        embed_show_voice_record: bool | Unset = UNSET,
        show_explore_mentors: bool | Unset = UNSET,
        embed_icon_selection_data: Any | Unset = UNSET,
        placeholder_prompt: str | Unset = UNSET,
        moderation_system_prompt: str | Unset = UNSET,
        post_processing_prompt: str | Unset = UNSET,
        moderation_response: str | Unset = UNSET,
        safety_system_prompt: str | Unset = UNSET,
        safety_response: str | Unset = UNSET,
        disable_chathistory: bool | Unset = UNSET,
        enable_safety_system: bool | Unset = UNSET,
        proactive_response: str | Unset = UNSET,
        mcp_servers: list[int] | Unset = UNSET,
        greeting_method: PatchedMentorCreateGreetingMethod | Unset = UNSET,
        last_accessed_by: int | None | Unset = UNSET,
        recently_accessed_at: datetime.datetime | None | Unset = UNSET,
        created_by: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MentorCreate:
        """API ViewSet for managing mentors.  Provides endpoints to retrieve, create, update, and
        delete mentor data.  Permissions:     - Accessible to both tenant admins and students.

        Args:
            org (str, path)
            user_id (str, path)
            name (str, path)
            department_id (int | Unset, query)
            filter_by (str | Unset, query)
            is_featured (bool | Unset, query)
            metadata_key (str | Unset, query)
            metadata_value (str | Unset, query)
            return_session_information (bool | Unset, query)
            visibility (str | Unset, query)
            body (PatchedMentorCreate | Unset, request body)
            Or the body's fields as keywords instead of body=: body_name, unique_id, flow, slug,
                platform, allow_anonymous, enable_offline_mode, metadata, enable_moderation,
                enable_multi_query_rag, enable_prompt_caching, enable_post_processing_system,
                enable_openai_assistant, enable_total_grounding, enable_suggested_prompts,
                enable_guided_prompts, save_flagged_prompts, google_voice, openai_voice,
                guided_prompt_instructions, categories, types, subjects, proactive_prompt,
                study_mode_prompt, disclaimer, enable_disclaimer, show_attachment,
                show_voice_call, show_voice_record, show_rag_images, starter_prompts,
                embed_is_context_aware, embed_open_by_default, embed_show_attachment,
                embed_show_voice_call, embed_show_voice_record, show_explore_mentors,
                embed_icon_selection_data, placeholder_prompt, moderation_system_prompt,
                post_processing_prompt, moderation_response, safety_system_prompt,
                safety_response, disable_chathistory, enable_safety_system, proactive_response,
                mcp_servers, greeting_method, last_accessed_by, recently_accessed_at, created_by

        Returns:
            MentorCreate
        """
        body = optional_body_from_fields(
            "ai_mentor.orgs.users.partial_update",
            body,
            PatchedMentorCreate,
            [],
            (
                ("body_name", "name", body_name),
                ("unique_id", "unique_id", unique_id),
                ("flow", "flow", flow),
                ("slug", "slug", slug),
                ("platform", "platform", platform),
                ("allow_anonymous", "allow_anonymous", allow_anonymous),
                ("enable_offline_mode", "enable_offline_mode", enable_offline_mode),
                ("metadata", "metadata", metadata),
                ("enable_moderation", "enable_moderation", enable_moderation),
                ("enable_multi_query_rag", "enable_multi_query_rag", enable_multi_query_rag),
                ("enable_prompt_caching", "enable_prompt_caching", enable_prompt_caching),
                (
                    "enable_post_processing_system",
                    "enable_post_processing_system",
                    enable_post_processing_system,
                ),
                ("enable_openai_assistant", "enable_openai_assistant", enable_openai_assistant),
                ("enable_total_grounding", "enable_total_grounding", enable_total_grounding),
                ("enable_suggested_prompts", "enable_suggested_prompts", enable_suggested_prompts),
                ("enable_guided_prompts", "enable_guided_prompts", enable_guided_prompts),
                ("save_flagged_prompts", "save_flagged_prompts", save_flagged_prompts),
                ("google_voice", "google_voice", google_voice),
                ("openai_voice", "openai_voice", openai_voice),
                (
                    "guided_prompt_instructions",
                    "guided_prompt_instructions",
                    guided_prompt_instructions,
                ),
                ("categories", "categories", categories),
                ("types", "types", types),
                ("subjects", "subjects", subjects),
                ("proactive_prompt", "proactive_prompt", proactive_prompt),
                ("study_mode_prompt", "study_mode_prompt", study_mode_prompt),
                ("disclaimer", "disclaimer", disclaimer),
                ("enable_disclaimer", "enable_disclaimer", enable_disclaimer),
                ("show_attachment", "show_attachment", show_attachment),
                ("show_voice_call", "show_voice_call", show_voice_call),
                ("show_voice_record", "show_voice_record", show_voice_record),
                ("show_rag_images", "show_rag_images", show_rag_images),
                ("starter_prompts", "starter_prompts", starter_prompts),
                ("embed_is_context_aware", "embed_is_context_aware", embed_is_context_aware),
                ("embed_open_by_default", "embed_open_by_default", embed_open_by_default),
                ("embed_show_attachment", "embed_show_attachment", embed_show_attachment),
                ("embed_show_voice_call", "embed_show_voice_call", embed_show_voice_call),
                ("embed_show_voice_record", "embed_show_voice_record", embed_show_voice_record),
                ("show_explore_mentors", "show_explore_mentors", show_explore_mentors),
                (
                    "embed_icon_selection_data",
                    "embed_icon_selection_data",
                    embed_icon_selection_data,
                ),
                ("placeholder_prompt", "placeholder_prompt", placeholder_prompt),
                ("moderation_system_prompt", "moderation_system_prompt", moderation_system_prompt),
                ("post_processing_prompt", "post_processing_prompt", post_processing_prompt),
                ("moderation_response", "moderation_response", moderation_response),
                ("safety_system_prompt", "safety_system_prompt", safety_system_prompt),
                ("safety_response", "safety_response", safety_response),
                ("disable_chathistory", "disable_chathistory", disable_chathistory),
                ("enable_safety_system", "enable_safety_system", enable_safety_system),
                ("proactive_response", "proactive_response", proactive_response),
                ("mcp_servers", "mcp_servers", mcp_servers),
                ("greeting_method", "greeting_method", greeting_method),
                ("last_accessed_by", "last_accessed_by", last_accessed_by),
                ("recently_accessed_at", "recently_accessed_at", recently_accessed_at),
                ("created_by", "created_by", created_by),
            ),
        )
        return self._client._send(
            _ai_mentor_orgs_users_partial_update.OPERATION,
            _ai_mentor_orgs_users_partial_update.build_request(
                org=org,
                user_id=user_id,
                name=name,
                department_id=department_id,
                filter_by=filter_by,
                is_featured=is_featured,
                metadata_key=metadata_key,
                metadata_value=metadata_value,
                return_session_information=return_session_information,
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
        name: str,
        department_id: int | Unset = UNSET,
        filter_by: str | Unset = UNSET,
        is_featured: bool | Unset = UNSET,
        metadata_key: str | Unset = UNSET,
        metadata_value: str | Unset = UNSET,
        return_session_information: bool | Unset = UNSET,
        visibility: str | Unset = UNSET,
        body: MentorCreateRequest,
        **options: Unpack[RequestOptions],
    ) -> Mentor: ...

    @overload
    def update(
        self,
        *,
        org: str,
        user_id: str,
        name: str,
        department_id: int | Unset = UNSET,
        filter_by: str | Unset = UNSET,
        is_featured: bool | Unset = UNSET,
        metadata_key: str | Unset = UNSET,
        metadata_value: str | Unset = UNSET,
        return_session_information: bool | Unset = UNSET,
        visibility: str | Unset = UNSET,
        body_name: str,
        unique_id: UUID | Unset = UNSET,
        flow: Any | Unset = UNSET,
        slug: str | Unset = UNSET,
        platform: str | Unset = UNSET,
        allow_anonymous: bool | Unset = UNSET,
        enable_offline_mode: bool | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        enable_moderation: bool | Unset = UNSET,
        enable_multi_query_rag: bool | Unset = UNSET,
        enable_prompt_caching: bool | Unset = UNSET,
        enable_post_processing_system: bool | Unset = UNSET,
        enable_openai_assistant: bool | Unset = UNSET,
        enable_total_grounding: bool | Unset = UNSET,
        enable_suggested_prompts: bool | Unset = UNSET,
        enable_guided_prompts: bool | Unset = UNSET,
        save_flagged_prompts: bool | Unset = UNSET,
        google_voice: int | None | Unset = UNSET,
        openai_voice: int | None | Unset = UNSET,
        guided_prompt_instructions: str | Unset = UNSET,
        categories: list[int] | Unset = UNSET,
        types: list[int] | Unset = UNSET,
        subjects: list[int] | Unset = UNSET,
        proactive_prompt: str | Unset = UNSET,
        study_mode_prompt: str | Unset = UNSET,
        disclaimer: str | Unset = UNSET,
        enable_disclaimer: bool | Unset = UNSET,
        show_attachment: bool | Unset = UNSET,
        show_voice_call: bool | Unset = UNSET,
        show_voice_record: bool | Unset = UNSET,
        show_rag_images: bool | Unset = UNSET,
        starter_prompts: MentorCreateStarterPrompts | Unset = UNSET,
        embed_is_context_aware: bool | Unset = UNSET,
        embed_open_by_default: bool | Unset = UNSET,
        embed_show_attachment: bool | Unset = UNSET,
        embed_show_voice_call: bool | Unset = UNSET,
        embed_show_voice_record: bool | Unset = UNSET,
        show_explore_mentors: bool | Unset = UNSET,
        embed_icon_selection_data: Any | Unset = UNSET,
        placeholder_prompt: str | Unset = UNSET,
        moderation_system_prompt: str | Unset = UNSET,
        post_processing_prompt: str | Unset = UNSET,
        moderation_response: str | Unset = UNSET,
        safety_system_prompt: str | Unset = UNSET,
        safety_response: str | Unset = UNSET,
        disable_chathistory: bool | Unset = UNSET,
        enable_safety_system: bool | Unset = UNSET,
        proactive_response: str | Unset = UNSET,
        mcp_servers: list[int] | Unset = UNSET,
        greeting_method: MentorCreateGreetingMethod | Unset = UNSET,
        last_accessed_by: int | None | Unset = UNSET,
        recently_accessed_at: datetime.datetime | None | Unset = UNSET,
        created_by: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Mentor: ...

    def update(
        self,
        *,
        org: str,
        user_id: str,
        name: str,
        department_id: int | Unset = UNSET,
        filter_by: str | Unset = UNSET,
        is_featured: bool | Unset = UNSET,
        metadata_key: str | Unset = UNSET,
        metadata_value: str | Unset = UNSET,
        return_session_information: bool | Unset = UNSET,
        visibility: str | Unset = UNSET,
        body: MentorCreateRequest | Unset = UNSET,
        body_name: str | Unset = UNSET,
        unique_id: UUID | Unset = UNSET,
        flow: Any | Unset = UNSET,
        slug: str | Unset = UNSET,
        platform: str | Unset = UNSET,
        allow_anonymous: bool | Unset = UNSET,
        enable_offline_mode: bool | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        enable_moderation: bool | Unset = UNSET,
        enable_multi_query_rag: bool | Unset = UNSET,
        enable_prompt_caching: bool | Unset = UNSET,
        enable_post_processing_system: bool | Unset = UNSET,
        enable_openai_assistant: bool | Unset = UNSET,
        enable_total_grounding: bool | Unset = UNSET,
        enable_suggested_prompts: bool | Unset = UNSET,
        enable_guided_prompts: bool | Unset = UNSET,
        save_flagged_prompts: bool | Unset = UNSET,
        google_voice: int | None | Unset = UNSET,
        openai_voice: int | None | Unset = UNSET,
        guided_prompt_instructions: str | Unset = UNSET,
        categories: list[int] | Unset = UNSET,
        types: list[int] | Unset = UNSET,
        subjects: list[int] | Unset = UNSET,
        proactive_prompt: str | Unset = UNSET,
        study_mode_prompt: str | Unset = UNSET,
        disclaimer: str | Unset = UNSET,
        enable_disclaimer: bool | Unset = UNSET,
        show_attachment: bool | Unset = UNSET,
        show_voice_call: bool | Unset = UNSET,
        show_voice_record: bool | Unset = UNSET,
        show_rag_images: bool | Unset = UNSET,
        starter_prompts: MentorCreateStarterPrompts | Unset = UNSET,
        embed_is_context_aware: bool | Unset = UNSET,
        embed_open_by_default: bool | Unset = UNSET,
        embed_show_attachment: bool | Unset = UNSET,
        embed_show_voice_call: bool | Unset = UNSET,
        embed_show_voice_record: bool | Unset = UNSET,
        show_explore_mentors: bool | Unset = UNSET,
        embed_icon_selection_data: Any | Unset = UNSET,
        placeholder_prompt: str | Unset = UNSET,
        moderation_system_prompt: str | Unset = UNSET,
        post_processing_prompt: str | Unset = UNSET,
        moderation_response: str | Unset = UNSET,
        safety_system_prompt: str | Unset = UNSET,
        safety_response: str | Unset = UNSET,
        disable_chathistory: bool | Unset = UNSET,
        enable_safety_system: bool | Unset = UNSET,
        proactive_response: str | Unset = UNSET,
        mcp_servers: list[int] | Unset = UNSET,
        greeting_method: MentorCreateGreetingMethod | Unset = UNSET,
        last_accessed_by: int | None | Unset = UNSET,
        recently_accessed_at: datetime.datetime | None | Unset = UNSET,
        created_by: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Mentor:
        """Update a mentor's details with RBAC enforcement and custom serializer handling.

        Args:
            org (str, path)
            user_id (str, path)
            name (str, path)
            department_id (int | Unset, query)
            filter_by (str | Unset, query)
            is_featured (bool | Unset, query)
            metadata_key (str | Unset, query)
            metadata_value (str | Unset, query)
            return_session_information (bool | Unset, query)
            visibility (str | Unset, query)
            body (MentorCreateRequest, request body)
            Or the body's fields as keywords instead of body=: body_name, unique_id, flow, slug,
                platform, allow_anonymous, enable_offline_mode, metadata, enable_moderation,
                enable_multi_query_rag, enable_prompt_caching, enable_post_processing_system,
                enable_openai_assistant, enable_total_grounding, enable_suggested_prompts,
                enable_guided_prompts, save_flagged_prompts, google_voice, openai_voice,
                guided_prompt_instructions, categories, types, subjects, proactive_prompt,
                study_mode_prompt, disclaimer, enable_disclaimer, show_attachment,
                show_voice_call, show_voice_record, show_rag_images, starter_prompts,
                embed_is_context_aware, embed_open_by_default, embed_show_attachment,
                embed_show_voice_call, embed_show_voice_record, show_explore_mentors,
                embed_icon_selection_data, placeholder_prompt, moderation_system_prompt,
                post_processing_prompt, moderation_response, safety_system_prompt,
                safety_response, disable_chathistory, enable_safety_system, proactive_response,
                mcp_servers, greeting_method, last_accessed_by, recently_accessed_at, created_by

        Returns:
            Mentor
        """
        body = body_from_fields(
            "ai_mentor.orgs.users.update",
            body,
            MentorCreateRequest,
            ["body_name"],
            (
                ("body_name", "name", body_name),
                ("unique_id", "unique_id", unique_id),
                ("flow", "flow", flow),
                ("slug", "slug", slug),
                ("platform", "platform", platform),
                ("allow_anonymous", "allow_anonymous", allow_anonymous),
                ("enable_offline_mode", "enable_offline_mode", enable_offline_mode),
                ("metadata", "metadata", metadata),
                ("enable_moderation", "enable_moderation", enable_moderation),
                ("enable_multi_query_rag", "enable_multi_query_rag", enable_multi_query_rag),
                ("enable_prompt_caching", "enable_prompt_caching", enable_prompt_caching),
                (
                    "enable_post_processing_system",
                    "enable_post_processing_system",
                    enable_post_processing_system,
                ),
                ("enable_openai_assistant", "enable_openai_assistant", enable_openai_assistant),
                ("enable_total_grounding", "enable_total_grounding", enable_total_grounding),
                ("enable_suggested_prompts", "enable_suggested_prompts", enable_suggested_prompts),
                ("enable_guided_prompts", "enable_guided_prompts", enable_guided_prompts),
                ("save_flagged_prompts", "save_flagged_prompts", save_flagged_prompts),
                ("google_voice", "google_voice", google_voice),
                ("openai_voice", "openai_voice", openai_voice),
                (
                    "guided_prompt_instructions",
                    "guided_prompt_instructions",
                    guided_prompt_instructions,
                ),
                ("categories", "categories", categories),
                ("types", "types", types),
                ("subjects", "subjects", subjects),
                ("proactive_prompt", "proactive_prompt", proactive_prompt),
                ("study_mode_prompt", "study_mode_prompt", study_mode_prompt),
                ("disclaimer", "disclaimer", disclaimer),
                ("enable_disclaimer", "enable_disclaimer", enable_disclaimer),
                ("show_attachment", "show_attachment", show_attachment),
                ("show_voice_call", "show_voice_call", show_voice_call),
                ("show_voice_record", "show_voice_record", show_voice_record),
                ("show_rag_images", "show_rag_images", show_rag_images),
                ("starter_prompts", "starter_prompts", starter_prompts),
                ("embed_is_context_aware", "embed_is_context_aware", embed_is_context_aware),
                ("embed_open_by_default", "embed_open_by_default", embed_open_by_default),
                ("embed_show_attachment", "embed_show_attachment", embed_show_attachment),
                ("embed_show_voice_call", "embed_show_voice_call", embed_show_voice_call),
                ("embed_show_voice_record", "embed_show_voice_record", embed_show_voice_record),
                ("show_explore_mentors", "show_explore_mentors", show_explore_mentors),
                (
                    "embed_icon_selection_data",
                    "embed_icon_selection_data",
                    embed_icon_selection_data,
                ),
                ("placeholder_prompt", "placeholder_prompt", placeholder_prompt),
                ("moderation_system_prompt", "moderation_system_prompt", moderation_system_prompt),
                ("post_processing_prompt", "post_processing_prompt", post_processing_prompt),
                ("moderation_response", "moderation_response", moderation_response),
                ("safety_system_prompt", "safety_system_prompt", safety_system_prompt),
                ("safety_response", "safety_response", safety_response),
                ("disable_chathistory", "disable_chathistory", disable_chathistory),
                ("enable_safety_system", "enable_safety_system", enable_safety_system),
                ("proactive_response", "proactive_response", proactive_response),
                ("mcp_servers", "mcp_servers", mcp_servers),
                ("greeting_method", "greeting_method", greeting_method),
                ("last_accessed_by", "last_accessed_by", last_accessed_by),
                ("recently_accessed_at", "recently_accessed_at", recently_accessed_at),
                ("created_by", "created_by", created_by),
            ),
        )
        return self._client._send(
            _ai_mentor_orgs_users_update.OPERATION,
            _ai_mentor_orgs_users_update.build_request(
                org=org,
                user_id=user_id,
                name=name,
                department_id=department_id,
                filter_by=filter_by,
                is_featured=is_featured,
                metadata_key=metadata_key,
                metadata_value=metadata_value,
                return_session_information=return_session_information,
                visibility=visibility,
                body=body,
            ),
            options,
        )


class AiMentorOrgsUsersResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsUsersResource) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)
        self.destroy = to_raw_response(resource.destroy)
        self.retrieve = to_raw_response(resource.retrieve)
        self.partial_update = to_raw_response(resource.partial_update)
        self.update = to_raw_response(resource.update)

    @cached_property
    def ai_generated_images(self) -> AiMentorOrgsUsersAiGeneratedImagesResourceWithRawResponse:
        from .ai_generated_images import AiMentorOrgsUsersAiGeneratedImagesResourceWithRawResponse

        return AiMentorOrgsUsersAiGeneratedImagesResourceWithRawResponse(
            self._resource.ai_generated_images
        )

    @cached_property
    def ai_user_profile_memory(self) -> AiMentorOrgsUsersAiUserProfileMemoryResourceWithRawResponse:
        from .ai_user_profile_memory import (
            AiMentorOrgsUsersAiUserProfileMemoryResourceWithRawResponse,
        )

        return AiMentorOrgsUsersAiUserProfileMemoryResourceWithRawResponse(
            self._resource.ai_user_profile_memory
        )

    @cached_property
    def artifacts(self) -> AiMentorOrgsUsersArtifactsResourceWithRawResponse:
        from .artifacts import AiMentorOrgsUsersArtifactsResourceWithRawResponse

        return AiMentorOrgsUsersArtifactsResourceWithRawResponse(self._resource.artifacts)

    @cached_property
    def assumed_knowledge(self) -> AiMentorOrgsUsersAssumedKnowledgeResourceWithRawResponse:
        from .assumed_knowledge import AiMentorOrgsUsersAssumedKnowledgeResourceWithRawResponse

        return AiMentorOrgsUsersAssumedKnowledgeResourceWithRawResponse(
            self._resource.assumed_knowledge
        )

    @cached_property
    def audio_to_text(self) -> AiMentorOrgsUsersAudioToTextResourceWithRawResponse:
        from .audio_to_text import AiMentorOrgsUsersAudioToTextResourceWithRawResponse

        return AiMentorOrgsUsersAudioToTextResourceWithRawResponse(self._resource.audio_to_text)

    @cached_property
    def available_template_mentors(
        self,
    ) -> AiMentorOrgsUsersAvailableTemplateMentorsResourceWithRawResponse:
        from .available_template_mentors import (
            AiMentorOrgsUsersAvailableTemplateMentorsResourceWithRawResponse,
        )

        return AiMentorOrgsUsersAvailableTemplateMentorsResourceWithRawResponse(
            self._resource.available_template_mentors
        )

    @cached_property
    def call_configurations(self) -> AiMentorOrgsUsersCallConfigurationsResourceWithRawResponse:
        from .call_configurations import AiMentorOrgsUsersCallConfigurationsResourceWithRawResponse

        return AiMentorOrgsUsersCallConfigurationsResourceWithRawResponse(
            self._resource.call_configurations
        )

    @cached_property
    def category_groups(self) -> AiMentorOrgsUsersCategoryGroupsResourceWithRawResponse:
        from .category_groups import AiMentorOrgsUsersCategoryGroupsResourceWithRawResponse

        return AiMentorOrgsUsersCategoryGroupsResourceWithRawResponse(
            self._resource.category_groups
        )

    @cached_property
    def chat(self) -> AiMentorOrgsUsersChatResourceWithRawResponse:
        from .chat import AiMentorOrgsUsersChatResourceWithRawResponse

        return AiMentorOrgsUsersChatResourceWithRawResponse(self._resource.chat)

    @cached_property
    def clean_vector_results(self) -> AiMentorOrgsUsersCleanVectorResultsResourceWithRawResponse:
        from .clean_vector_results import AiMentorOrgsUsersCleanVectorResultsResourceWithRawResponse

        return AiMentorOrgsUsersCleanVectorResultsResourceWithRawResponse(
            self._resource.clean_vector_results
        )

    @cached_property
    def clear_chathistory(self) -> AiMentorOrgsUsersClearChathistoryResourceWithRawResponse:
        from .clear_chathistory import AiMentorOrgsUsersClearChathistoryResourceWithRawResponse

        return AiMentorOrgsUsersClearChathistoryResourceWithRawResponse(
            self._resource.clear_chathistory
        )

    @cached_property
    def course_creation(self) -> AiMentorOrgsUsersCourseCreationResourceWithRawResponse:
        from .course_creation import AiMentorOrgsUsersCourseCreationResourceWithRawResponse

        return AiMentorOrgsUsersCourseCreationResourceWithRawResponse(
            self._resource.course_creation
        )

    @cached_property
    def course_creation_task_files(
        self,
    ) -> AiMentorOrgsUsersCourseCreationTaskFilesResourceWithRawResponse:
        from .course_creation_task_files import (
            AiMentorOrgsUsersCourseCreationTaskFilesResourceWithRawResponse,
        )

        return AiMentorOrgsUsersCourseCreationTaskFilesResourceWithRawResponse(
            self._resource.course_creation_task_files
        )

    @cached_property
    def course_creation_tasks(self) -> AiMentorOrgsUsersCourseCreationTasksResource2WithRawResponse:
        from .course_creation_tasks import (
            AiMentorOrgsUsersCourseCreationTasksResource2WithRawResponse,
        )

        return AiMentorOrgsUsersCourseCreationTasksResource2WithRawResponse(
            self._resource.course_creation_tasks
        )

    @cached_property
    def create_mentor_wizard(self) -> AiMentorOrgsUsersCreateMentorWizardResourceWithRawResponse:
        from .create_mentor_wizard import AiMentorOrgsUsersCreateMentorWizardResourceWithRawResponse

        return AiMentorOrgsUsersCreateMentorWizardResourceWithRawResponse(
            self._resource.create_mentor_wizard
        )

    @cached_property
    def custom_instruction(self) -> AiMentorOrgsUsersCustomInstructionResourceWithRawResponse:
        from .custom_instruction import AiMentorOrgsUsersCustomInstructionResourceWithRawResponse

        return AiMentorOrgsUsersCustomInstructionResourceWithRawResponse(
            self._resource.custom_instruction
        )

    @cached_property
    def disclaimer_agreements(self) -> AiMentorOrgsUsersDisclaimerAgreementsResourceWithRawResponse:
        from .disclaimer_agreements import (
            AiMentorOrgsUsersDisclaimerAgreementsResourceWithRawResponse,
        )

        return AiMentorOrgsUsersDisclaimerAgreementsResourceWithRawResponse(
            self._resource.disclaimer_agreements
        )

    @cached_property
    def disclaimers(self) -> AiMentorOrgsUsersDisclaimersResourceWithRawResponse:
        from .disclaimers import AiMentorOrgsUsersDisclaimersResourceWithRawResponse

        return AiMentorOrgsUsersDisclaimersResourceWithRawResponse(self._resource.disclaimers)

    @cached_property
    def downloads(self) -> AiMentorOrgsUsersDownloadsResourceWithRawResponse:
        from .downloads import AiMentorOrgsUsersDownloadsResourceWithRawResponse

        return AiMentorOrgsUsersDownloadsResourceWithRawResponse(self._resource.downloads)

    @cached_property
    def edx_memory(self) -> AiMentorOrgsUsersEdxMemoryResourceWithRawResponse:
        from .edx_memory import AiMentorOrgsUsersEdxMemoryResourceWithRawResponse

        return AiMentorOrgsUsersEdxMemoryResourceWithRawResponse(self._resource.edx_memory)

    @cached_property
    def elevenlabs_voice(self) -> AiMentorOrgsUsersElevenlabsVoiceResourceWithRawResponse:
        from .elevenlabs_voice import AiMentorOrgsUsersElevenlabsVoiceResourceWithRawResponse

        return AiMentorOrgsUsersElevenlabsVoiceResourceWithRawResponse(
            self._resource.elevenlabs_voice
        )

    @cached_property
    def export_chathistory(self) -> AiMentorOrgsUsersExportChathistoryResourceWithRawResponse:
        from .export_chathistory import AiMentorOrgsUsersExportChathistoryResourceWithRawResponse

        return AiMentorOrgsUsersExportChathistoryResourceWithRawResponse(
            self._resource.export_chathistory
        )

    @cached_property
    def extracted_memories(self) -> AiMentorOrgsUsersExtractedMemoriesResourceWithRawResponse:
        from .extracted_memories import AiMentorOrgsUsersExtractedMemoriesResourceWithRawResponse

        return AiMentorOrgsUsersExtractedMemoriesResourceWithRawResponse(
            self._resource.extracted_memories
        )

    @cached_property
    def filtered_memories(self) -> AiMentorOrgsUsersFilteredMemoriesResourceWithRawResponse:
        from .filtered_memories import AiMentorOrgsUsersFilteredMemoriesResourceWithRawResponse

        return AiMentorOrgsUsersFilteredMemoriesResourceWithRawResponse(
            self._resource.filtered_memories
        )

    @cached_property
    def free_usage_count(self) -> AiMentorOrgsUsersFreeUsageCountResourceWithRawResponse:
        from .free_usage_count import AiMentorOrgsUsersFreeUsageCountResourceWithRawResponse

        return AiMentorOrgsUsersFreeUsageCountResourceWithRawResponse(
            self._resource.free_usage_count
        )

    @cached_property
    def global_memories(self) -> AiMentorOrgsUsersGlobalMemoriesResourceWithRawResponse:
        from .global_memories import AiMentorOrgsUsersGlobalMemoriesResourceWithRawResponse

        return AiMentorOrgsUsersGlobalMemoriesResourceWithRawResponse(
            self._resource.global_memories
        )

    @cached_property
    def google_agents(self) -> AiMentorOrgsUsersGoogleAgentsResourceWithRawResponse:
        from .google_agents import AiMentorOrgsUsersGoogleAgentsResourceWithRawResponse

        return AiMentorOrgsUsersGoogleAgentsResourceWithRawResponse(self._resource.google_agents)

    @cached_property
    def mcp_server_connections(
        self,
    ) -> AiMentorOrgsUsersMcpServerConnectionsResourceWithRawResponse:
        from .mcp_server_connections import (
            AiMentorOrgsUsersMcpServerConnectionsResourceWithRawResponse,
        )

        return AiMentorOrgsUsersMcpServerConnectionsResourceWithRawResponse(
            self._resource.mcp_server_connections
        )

    @cached_property
    def mcp_servers(self) -> AiMentorOrgsUsersMcpServersResourceWithRawResponse:
        from .mcp_servers import AiMentorOrgsUsersMcpServersResourceWithRawResponse

        return AiMentorOrgsUsersMcpServersResourceWithRawResponse(self._resource.mcp_servers)

    @cached_property
    def memories(self) -> AiMentorOrgsUsersMemoriesResourceWithRawResponse:
        from .memories import AiMentorOrgsUsersMemoriesResourceWithRawResponse

        return AiMentorOrgsUsersMemoriesResourceWithRawResponse(self._resource.memories)

    @cached_property
    def memory(self) -> AiMentorOrgsUsersMemoryResourceWithRawResponse:
        from .memory import AiMentorOrgsUsersMemoryResourceWithRawResponse

        return AiMentorOrgsUsersMemoryResourceWithRawResponse(self._resource.memory)

    @cached_property
    def memory_categories(self) -> AiMentorOrgsUsersMemoryCategoriesResourceWithRawResponse:
        from .memory_categories import AiMentorOrgsUsersMemoryCategoriesResourceWithRawResponse

        return AiMentorOrgsUsersMemoryCategoriesResourceWithRawResponse(
            self._resource.memory_categories
        )

    @cached_property
    def memory_entries(self) -> AiMentorOrgsUsersMemoryEntriesResourceWithRawResponse:
        from .memory_entries import AiMentorOrgsUsersMemoryEntriesResourceWithRawResponse

        return AiMentorOrgsUsersMemoryEntriesResourceWithRawResponse(self._resource.memory_entries)

    @cached_property
    def memory_filter(self) -> AiMentorOrgsUsersMemoryFilterResourceWithRawResponse:
        from .memory_filter import AiMentorOrgsUsersMemoryFilterResourceWithRawResponse

        return AiMentorOrgsUsersMemoryFilterResourceWithRawResponse(self._resource.memory_filter)

    @cached_property
    def memsearch_config(self) -> AiMentorOrgsUsersMemsearchConfigResourceWithRawResponse:
        from .memsearch_config import AiMentorOrgsUsersMemsearchConfigResourceWithRawResponse

        return AiMentorOrgsUsersMemsearchConfigResourceWithRawResponse(
            self._resource.memsearch_config
        )

    @cached_property
    def memsearch_settings(self) -> AiMentorOrgsUsersMemsearchSettingsResourceWithRawResponse:
        from .memsearch_settings import AiMentorOrgsUsersMemsearchSettingsResourceWithRawResponse

        return AiMentorOrgsUsersMemsearchSettingsResourceWithRawResponse(
            self._resource.memsearch_settings
        )

    @cached_property
    def mentor(self) -> AiMentorOrgsUsersMentorResourceWithRawResponse:
        from .mentor import AiMentorOrgsUsersMentorResourceWithRawResponse

        return AiMentorOrgsUsersMentorResourceWithRawResponse(self._resource.mentor)

    @cached_property
    def mentor_feedback(self) -> AiMentorOrgsUsersMentorFeedbackResourceWithRawResponse:
        from .mentor_feedback import AiMentorOrgsUsersMentorFeedbackResourceWithRawResponse

        return AiMentorOrgsUsersMentorFeedbackResourceWithRawResponse(
            self._resource.mentor_feedback
        )

    @cached_property
    def mentor_llms(self) -> AiMentorOrgsUsersMentorLlmsResourceWithRawResponse:
        from .mentor_llms import AiMentorOrgsUsersMentorLlmsResourceWithRawResponse

        return AiMentorOrgsUsersMentorLlmsResourceWithRawResponse(self._resource.mentor_llms)

    @cached_property
    def mentor_memories(self) -> AiMentorOrgsUsersMentorMemoriesResourceWithRawResponse:
        from .mentor_memories import AiMentorOrgsUsersMentorMemoriesResourceWithRawResponse

        return AiMentorOrgsUsersMentorMemoriesResourceWithRawResponse(
            self._resource.mentor_memories
        )

    @cached_property
    def mentor_tools(self) -> AiMentorOrgsUsersMentorToolsResourceWithRawResponse:
        from .mentor_tools import AiMentorOrgsUsersMentorToolsResourceWithRawResponse

        return AiMentorOrgsUsersMentorToolsResourceWithRawResponse(self._resource.mentor_tools)

    @cached_property
    def mentor_types(self) -> AiMentorOrgsUsersMentorTypesResourceWithRawResponse:
        from .mentor_types import AiMentorOrgsUsersMentorTypesResourceWithRawResponse

        return AiMentorOrgsUsersMentorTypesResourceWithRawResponse(self._resource.mentor_types)

    @cached_property
    def mentor_with_settings(self) -> AiMentorOrgsUsersMentorWithSettingsResourceWithRawResponse:
        from .mentor_with_settings import AiMentorOrgsUsersMentorWithSettingsResourceWithRawResponse

        return AiMentorOrgsUsersMentorWithSettingsResourceWithRawResponse(
            self._resource.mentor_with_settings
        )

    @cached_property
    def mentors(self) -> AiMentorOrgsUsersMentorsResourceWithRawResponse:
        from .mentors import AiMentorOrgsUsersMentorsResourceWithRawResponse

        return AiMentorOrgsUsersMentorsResourceWithRawResponse(self._resource.mentors)

    @cached_property
    def metadata(self) -> AiMentorOrgsUsersMetadataResourceWithRawResponse:
        from .metadata import AiMentorOrgsUsersMetadataResourceWithRawResponse

        return AiMentorOrgsUsersMetadataResourceWithRawResponse(self._resource.metadata)

    @cached_property
    def moderation_logs(self) -> AiMentorOrgsUsersModerationLogsResourceWithRawResponse:
        from .moderation_logs import AiMentorOrgsUsersModerationLogsResourceWithRawResponse

        return AiMentorOrgsUsersModerationLogsResourceWithRawResponse(
            self._resource.moderation_logs
        )

    @cached_property
    def periodic_agent_logs(self) -> AiMentorOrgsUsersPeriodicAgentLogsResourceWithRawResponse:
        from .periodic_agent_logs import AiMentorOrgsUsersPeriodicAgentLogsResourceWithRawResponse

        return AiMentorOrgsUsersPeriodicAgentLogsResourceWithRawResponse(
            self._resource.periodic_agent_logs
        )

    @cached_property
    def periodic_agents(self) -> AiMentorOrgsUsersPeriodicAgentsResourceWithRawResponse:
        from .periodic_agents import AiMentorOrgsUsersPeriodicAgentsResourceWithRawResponse

        return AiMentorOrgsUsersPeriodicAgentsResourceWithRawResponse(
            self._resource.periodic_agents
        )

    @cached_property
    def pin_message(self) -> AiMentorOrgsUsersPinMessageResourceWithRawResponse:
        from .pin_message import AiMentorOrgsUsersPinMessageResourceWithRawResponse

        return AiMentorOrgsUsersPinMessageResourceWithRawResponse(self._resource.pin_message)

    @cached_property
    def planned_jobs(self) -> AiMentorOrgsUsersPlannedJobsResourceWithRawResponse:
        from .planned_jobs import AiMentorOrgsUsersPlannedJobsResourceWithRawResponse

        return AiMentorOrgsUsersPlannedJobsResourceWithRawResponse(self._resource.planned_jobs)

    @cached_property
    def playwright_scripts(self) -> AiMentorOrgsUsersPlaywrightScriptsResourceWithRawResponse:
        from .playwright_scripts import AiMentorOrgsUsersPlaywrightScriptsResourceWithRawResponse

        return AiMentorOrgsUsersPlaywrightScriptsResourceWithRawResponse(
            self._resource.playwright_scripts
        )

    @cached_property
    def predictive_analytics(self) -> AiMentorOrgsUsersPredictiveAnalyticsResourceWithRawResponse:
        from .predictive_analytics import (
            AiMentorOrgsUsersPredictiveAnalyticsResourceWithRawResponse,
        )

        return AiMentorOrgsUsersPredictiveAnalyticsResourceWithRawResponse(
            self._resource.predictive_analytics
        )

    @cached_property
    def projects(self) -> AiMentorOrgsUsersProjectsResourceWithRawResponse:
        from .projects import AiMentorOrgsUsersProjectsResourceWithRawResponse

        return AiMentorOrgsUsersProjectsResourceWithRawResponse(self._resource.projects)

    @cached_property
    def recent_messages(self) -> AiMentorOrgsUsersRecentMessagesResourceWithRawResponse:
        from .recent_messages import AiMentorOrgsUsersRecentMessagesResourceWithRawResponse

        return AiMentorOrgsUsersRecentMessagesResourceWithRawResponse(
            self._resource.recent_messages
        )

    @cached_property
    def recently_accessed_mentors(
        self,
    ) -> AiMentorOrgsUsersRecentlyAccessedMentorsResourceWithRawResponse:
        from .recently_accessed_mentors import (
            AiMentorOrgsUsersRecentlyAccessedMentorsResourceWithRawResponse,
        )

        return AiMentorOrgsUsersRecentlyAccessedMentorsResourceWithRawResponse(
            self._resource.recently_accessed_mentors
        )

    @cached_property
    def resources(self) -> AiMentorOrgsUsersResourcesResourceWithRawResponse:
        from .resources import AiMentorOrgsUsersResourcesResourceWithRawResponse

        return AiMentorOrgsUsersResourcesResourceWithRawResponse(self._resource.resources)

    @cached_property
    def safety_logs(self) -> AiMentorOrgsUsersSafetyLogsResourceWithRawResponse:
        from .safety_logs import AiMentorOrgsUsersSafetyLogsResourceWithRawResponse

        return AiMentorOrgsUsersSafetyLogsResourceWithRawResponse(self._resource.safety_logs)

    @cached_property
    def session_detail(self) -> AiMentorOrgsUsersSessionDetailResourceWithRawResponse:
        from .session_detail import AiMentorOrgsUsersSessionDetailResourceWithRawResponse

        return AiMentorOrgsUsersSessionDetailResourceWithRawResponse(self._resource.session_detail)

    @cached_property
    def sessionid(self) -> AiMentorOrgsUsersSessionidResourceWithRawResponse:
        from .sessionid import AiMentorOrgsUsersSessionidResourceWithRawResponse

        return AiMentorOrgsUsersSessionidResourceWithRawResponse(self._resource.sessionid)

    @cached_property
    def sessions(self) -> AiMentorOrgsUsersSessionsResourceWithRawResponse:
        from .sessions import AiMentorOrgsUsersSessionsResourceWithRawResponse

        return AiMentorOrgsUsersSessionsResourceWithRawResponse(self._resource.sessions)

    @cached_property
    def settings(self) -> AiMentorOrgsUsersSettingsResourceWithRawResponse:
        from .settings import AiMentorOrgsUsersSettingsResourceWithRawResponse

        return AiMentorOrgsUsersSettingsResourceWithRawResponse(self._resource.settings)

    @cached_property
    def starred_mentors(self) -> AiMentorOrgsUsersStarredMentorsResourceWithRawResponse:
        from .starred_mentors import AiMentorOrgsUsersStarredMentorsResourceWithRawResponse

        return AiMentorOrgsUsersStarredMentorsResourceWithRawResponse(
            self._resource.starred_mentors
        )

    @cached_property
    def stop_generation(self) -> AiMentorOrgsUsersStopGenerationResourceWithRawResponse:
        from .stop_generation import AiMentorOrgsUsersStopGenerationResourceWithRawResponse

        return AiMentorOrgsUsersStopGenerationResourceWithRawResponse(
            self._resource.stop_generation
        )

    @cached_property
    def subjects(self) -> AiMentorOrgsUsersSubjectsResourceWithRawResponse:
        from .subjects import AiMentorOrgsUsersSubjectsResourceWithRawResponse

        return AiMentorOrgsUsersSubjectsResourceWithRawResponse(self._resource.subjects)

    @cached_property
    def support_ticket_messages(
        self,
    ) -> AiMentorOrgsUsersSupportTicketMessagesResourceWithRawResponse:
        from .support_ticket_messages import (
            AiMentorOrgsUsersSupportTicketMessagesResourceWithRawResponse,
        )

        return AiMentorOrgsUsersSupportTicketMessagesResourceWithRawResponse(
            self._resource.support_ticket_messages
        )

    @cached_property
    def support_tickets(self) -> AiMentorOrgsUsersSupportTicketsResourceWithRawResponse:
        from .support_tickets import AiMentorOrgsUsersSupportTicketsResourceWithRawResponse

        return AiMentorOrgsUsersSupportTicketsResourceWithRawResponse(
            self._resource.support_tickets
        )

    @cached_property
    def tasks(self) -> AiMentorOrgsUsersTasksResourceWithRawResponse:
        from .tasks import AiMentorOrgsUsersTasksResourceWithRawResponse

        return AiMentorOrgsUsersTasksResourceWithRawResponse(self._resource.tasks)

    @cached_property
    def tool_categories(self) -> AiMentorOrgsUsersToolCategoriesResourceWithRawResponse:
        from .tool_categories import AiMentorOrgsUsersToolCategoriesResourceWithRawResponse

        return AiMentorOrgsUsersToolCategoriesResourceWithRawResponse(
            self._resource.tool_categories
        )

    @cached_property
    def voices(self) -> AiMentorOrgsUsersVoicesResourceWithRawResponse:
        from .voices import AiMentorOrgsUsersVoicesResourceWithRawResponse

        return AiMentorOrgsUsersVoicesResourceWithRawResponse(self._resource.voices)


class AsyncAiMentorOrgsUsersResource:
    """`AsyncClient.ai_mentor.orgs.users`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMentorOrgsUsersResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersResourceWithRawResponse(self)

    @cached_property
    def ai_generated_images(self) -> AsyncAiMentorOrgsUsersAiGeneratedImagesResource:
        from .ai_generated_images import AsyncAiMentorOrgsUsersAiGeneratedImagesResource

        return AsyncAiMentorOrgsUsersAiGeneratedImagesResource(self._client)

    @cached_property
    def ai_user_profile_memory(self) -> AsyncAiMentorOrgsUsersAiUserProfileMemoryResource:
        from .ai_user_profile_memory import AsyncAiMentorOrgsUsersAiUserProfileMemoryResource

        return AsyncAiMentorOrgsUsersAiUserProfileMemoryResource(self._client)

    @cached_property
    def artifacts(self) -> AsyncAiMentorOrgsUsersArtifactsResource:
        from .artifacts import AsyncAiMentorOrgsUsersArtifactsResource

        return AsyncAiMentorOrgsUsersArtifactsResource(self._client)

    @cached_property
    def assumed_knowledge(self) -> AsyncAiMentorOrgsUsersAssumedKnowledgeResource:
        from .assumed_knowledge import AsyncAiMentorOrgsUsersAssumedKnowledgeResource

        return AsyncAiMentorOrgsUsersAssumedKnowledgeResource(self._client)

    @cached_property
    def audio_to_text(self) -> AsyncAiMentorOrgsUsersAudioToTextResource:
        from .audio_to_text import AsyncAiMentorOrgsUsersAudioToTextResource

        return AsyncAiMentorOrgsUsersAudioToTextResource(self._client)

    @cached_property
    def available_template_mentors(self) -> AsyncAiMentorOrgsUsersAvailableTemplateMentorsResource:
        from .available_template_mentors import (
            AsyncAiMentorOrgsUsersAvailableTemplateMentorsResource,
        )

        return AsyncAiMentorOrgsUsersAvailableTemplateMentorsResource(self._client)

    @cached_property
    def call_configurations(self) -> AsyncAiMentorOrgsUsersCallConfigurationsResource:
        from .call_configurations import AsyncAiMentorOrgsUsersCallConfigurationsResource

        return AsyncAiMentorOrgsUsersCallConfigurationsResource(self._client)

    @cached_property
    def category_groups(self) -> AsyncAiMentorOrgsUsersCategoryGroupsResource:
        from .category_groups import AsyncAiMentorOrgsUsersCategoryGroupsResource

        return AsyncAiMentorOrgsUsersCategoryGroupsResource(self._client)

    @cached_property
    def chat(self) -> AsyncAiMentorOrgsUsersChatResource:
        from .chat import AsyncAiMentorOrgsUsersChatResource

        return AsyncAiMentorOrgsUsersChatResource(self._client)

    @cached_property
    def clean_vector_results(self) -> AsyncAiMentorOrgsUsersCleanVectorResultsResource:
        from .clean_vector_results import AsyncAiMentorOrgsUsersCleanVectorResultsResource

        return AsyncAiMentorOrgsUsersCleanVectorResultsResource(self._client)

    @cached_property
    def clear_chathistory(self) -> AsyncAiMentorOrgsUsersClearChathistoryResource:
        from .clear_chathistory import AsyncAiMentorOrgsUsersClearChathistoryResource

        return AsyncAiMentorOrgsUsersClearChathistoryResource(self._client)

    @cached_property
    def course_creation(self) -> AsyncAiMentorOrgsUsersCourseCreationResource:
        from .course_creation import AsyncAiMentorOrgsUsersCourseCreationResource

        return AsyncAiMentorOrgsUsersCourseCreationResource(self._client)

    @cached_property
    def course_creation_task_files(self) -> AsyncAiMentorOrgsUsersCourseCreationTaskFilesResource:
        from .course_creation_task_files import (
            AsyncAiMentorOrgsUsersCourseCreationTaskFilesResource,
        )

        return AsyncAiMentorOrgsUsersCourseCreationTaskFilesResource(self._client)

    @cached_property
    def course_creation_tasks(self) -> AsyncAiMentorOrgsUsersCourseCreationTasksResource2:
        from .course_creation_tasks import AsyncAiMentorOrgsUsersCourseCreationTasksResource2

        return AsyncAiMentorOrgsUsersCourseCreationTasksResource2(self._client)

    @cached_property
    def create_mentor_wizard(self) -> AsyncAiMentorOrgsUsersCreateMentorWizardResource:
        from .create_mentor_wizard import AsyncAiMentorOrgsUsersCreateMentorWizardResource

        return AsyncAiMentorOrgsUsersCreateMentorWizardResource(self._client)

    @cached_property
    def custom_instruction(self) -> AsyncAiMentorOrgsUsersCustomInstructionResource:
        from .custom_instruction import AsyncAiMentorOrgsUsersCustomInstructionResource

        return AsyncAiMentorOrgsUsersCustomInstructionResource(self._client)

    @cached_property
    def disclaimer_agreements(self) -> AsyncAiMentorOrgsUsersDisclaimerAgreementsResource:
        from .disclaimer_agreements import AsyncAiMentorOrgsUsersDisclaimerAgreementsResource

        return AsyncAiMentorOrgsUsersDisclaimerAgreementsResource(self._client)

    @cached_property
    def disclaimers(self) -> AsyncAiMentorOrgsUsersDisclaimersResource:
        from .disclaimers import AsyncAiMentorOrgsUsersDisclaimersResource

        return AsyncAiMentorOrgsUsersDisclaimersResource(self._client)

    @cached_property
    def downloads(self) -> AsyncAiMentorOrgsUsersDownloadsResource:
        from .downloads import AsyncAiMentorOrgsUsersDownloadsResource

        return AsyncAiMentorOrgsUsersDownloadsResource(self._client)

    @cached_property
    def edx_memory(self) -> AsyncAiMentorOrgsUsersEdxMemoryResource:
        from .edx_memory import AsyncAiMentorOrgsUsersEdxMemoryResource

        return AsyncAiMentorOrgsUsersEdxMemoryResource(self._client)

    @cached_property
    def elevenlabs_voice(self) -> AsyncAiMentorOrgsUsersElevenlabsVoiceResource:
        from .elevenlabs_voice import AsyncAiMentorOrgsUsersElevenlabsVoiceResource

        return AsyncAiMentorOrgsUsersElevenlabsVoiceResource(self._client)

    @cached_property
    def export_chathistory(self) -> AsyncAiMentorOrgsUsersExportChathistoryResource:
        from .export_chathistory import AsyncAiMentorOrgsUsersExportChathistoryResource

        return AsyncAiMentorOrgsUsersExportChathistoryResource(self._client)

    @cached_property
    def extracted_memories(self) -> AsyncAiMentorOrgsUsersExtractedMemoriesResource:
        from .extracted_memories import AsyncAiMentorOrgsUsersExtractedMemoriesResource

        return AsyncAiMentorOrgsUsersExtractedMemoriesResource(self._client)

    @cached_property
    def filtered_memories(self) -> AsyncAiMentorOrgsUsersFilteredMemoriesResource:
        from .filtered_memories import AsyncAiMentorOrgsUsersFilteredMemoriesResource

        return AsyncAiMentorOrgsUsersFilteredMemoriesResource(self._client)

    @cached_property
    def free_usage_count(self) -> AsyncAiMentorOrgsUsersFreeUsageCountResource:
        from .free_usage_count import AsyncAiMentorOrgsUsersFreeUsageCountResource

        return AsyncAiMentorOrgsUsersFreeUsageCountResource(self._client)

    @cached_property
    def global_memories(self) -> AsyncAiMentorOrgsUsersGlobalMemoriesResource:
        from .global_memories import AsyncAiMentorOrgsUsersGlobalMemoriesResource

        return AsyncAiMentorOrgsUsersGlobalMemoriesResource(self._client)

    @cached_property
    def google_agents(self) -> AsyncAiMentorOrgsUsersGoogleAgentsResource:
        from .google_agents import AsyncAiMentorOrgsUsersGoogleAgentsResource

        return AsyncAiMentorOrgsUsersGoogleAgentsResource(self._client)

    @cached_property
    def mcp_server_connections(self) -> AsyncAiMentorOrgsUsersMcpServerConnectionsResource:
        from .mcp_server_connections import AsyncAiMentorOrgsUsersMcpServerConnectionsResource

        return AsyncAiMentorOrgsUsersMcpServerConnectionsResource(self._client)

    @cached_property
    def mcp_servers(self) -> AsyncAiMentorOrgsUsersMcpServersResource:
        from .mcp_servers import AsyncAiMentorOrgsUsersMcpServersResource

        return AsyncAiMentorOrgsUsersMcpServersResource(self._client)

    @cached_property
    def memories(self) -> AsyncAiMentorOrgsUsersMemoriesResource:
        from .memories import AsyncAiMentorOrgsUsersMemoriesResource

        return AsyncAiMentorOrgsUsersMemoriesResource(self._client)

    @cached_property
    def memory(self) -> AsyncAiMentorOrgsUsersMemoryResource:
        from .memory import AsyncAiMentorOrgsUsersMemoryResource

        return AsyncAiMentorOrgsUsersMemoryResource(self._client)

    @cached_property
    def memory_categories(self) -> AsyncAiMentorOrgsUsersMemoryCategoriesResource:
        from .memory_categories import AsyncAiMentorOrgsUsersMemoryCategoriesResource

        return AsyncAiMentorOrgsUsersMemoryCategoriesResource(self._client)

    @cached_property
    def memory_entries(self) -> AsyncAiMentorOrgsUsersMemoryEntriesResource:
        from .memory_entries import AsyncAiMentorOrgsUsersMemoryEntriesResource

        return AsyncAiMentorOrgsUsersMemoryEntriesResource(self._client)

    @cached_property
    def memory_filter(self) -> AsyncAiMentorOrgsUsersMemoryFilterResource:
        from .memory_filter import AsyncAiMentorOrgsUsersMemoryFilterResource

        return AsyncAiMentorOrgsUsersMemoryFilterResource(self._client)

    @cached_property
    def memsearch_config(self) -> AsyncAiMentorOrgsUsersMemsearchConfigResource:
        from .memsearch_config import AsyncAiMentorOrgsUsersMemsearchConfigResource

        return AsyncAiMentorOrgsUsersMemsearchConfigResource(self._client)

    @cached_property
    def memsearch_settings(self) -> AsyncAiMentorOrgsUsersMemsearchSettingsResource:
        from .memsearch_settings import AsyncAiMentorOrgsUsersMemsearchSettingsResource

        return AsyncAiMentorOrgsUsersMemsearchSettingsResource(self._client)

    @cached_property
    def mentor(self) -> AsyncAiMentorOrgsUsersMentorResource:
        from .mentor import AsyncAiMentorOrgsUsersMentorResource

        return AsyncAiMentorOrgsUsersMentorResource(self._client)

    @cached_property
    def mentor_feedback(self) -> AsyncAiMentorOrgsUsersMentorFeedbackResource:
        from .mentor_feedback import AsyncAiMentorOrgsUsersMentorFeedbackResource

        return AsyncAiMentorOrgsUsersMentorFeedbackResource(self._client)

    @cached_property
    def mentor_llms(self) -> AsyncAiMentorOrgsUsersMentorLlmsResource:
        from .mentor_llms import AsyncAiMentorOrgsUsersMentorLlmsResource

        return AsyncAiMentorOrgsUsersMentorLlmsResource(self._client)

    @cached_property
    def mentor_memories(self) -> AsyncAiMentorOrgsUsersMentorMemoriesResource:
        from .mentor_memories import AsyncAiMentorOrgsUsersMentorMemoriesResource

        return AsyncAiMentorOrgsUsersMentorMemoriesResource(self._client)

    @cached_property
    def mentor_tools(self) -> AsyncAiMentorOrgsUsersMentorToolsResource:
        from .mentor_tools import AsyncAiMentorOrgsUsersMentorToolsResource

        return AsyncAiMentorOrgsUsersMentorToolsResource(self._client)

    @cached_property
    def mentor_types(self) -> AsyncAiMentorOrgsUsersMentorTypesResource:
        from .mentor_types import AsyncAiMentorOrgsUsersMentorTypesResource

        return AsyncAiMentorOrgsUsersMentorTypesResource(self._client)

    @cached_property
    def mentor_with_settings(self) -> AsyncAiMentorOrgsUsersMentorWithSettingsResource:
        from .mentor_with_settings import AsyncAiMentorOrgsUsersMentorWithSettingsResource

        return AsyncAiMentorOrgsUsersMentorWithSettingsResource(self._client)

    @cached_property
    def mentors(self) -> AsyncAiMentorOrgsUsersMentorsResource:
        from .mentors import AsyncAiMentorOrgsUsersMentorsResource

        return AsyncAiMentorOrgsUsersMentorsResource(self._client)

    @cached_property
    def metadata(self) -> AsyncAiMentorOrgsUsersMetadataResource:
        from .metadata import AsyncAiMentorOrgsUsersMetadataResource

        return AsyncAiMentorOrgsUsersMetadataResource(self._client)

    @cached_property
    def moderation_logs(self) -> AsyncAiMentorOrgsUsersModerationLogsResource:
        from .moderation_logs import AsyncAiMentorOrgsUsersModerationLogsResource

        return AsyncAiMentorOrgsUsersModerationLogsResource(self._client)

    @cached_property
    def periodic_agent_logs(self) -> AsyncAiMentorOrgsUsersPeriodicAgentLogsResource:
        from .periodic_agent_logs import AsyncAiMentorOrgsUsersPeriodicAgentLogsResource

        return AsyncAiMentorOrgsUsersPeriodicAgentLogsResource(self._client)

    @cached_property
    def periodic_agents(self) -> AsyncAiMentorOrgsUsersPeriodicAgentsResource:
        from .periodic_agents import AsyncAiMentorOrgsUsersPeriodicAgentsResource

        return AsyncAiMentorOrgsUsersPeriodicAgentsResource(self._client)

    @cached_property
    def pin_message(self) -> AsyncAiMentorOrgsUsersPinMessageResource:
        from .pin_message import AsyncAiMentorOrgsUsersPinMessageResource

        return AsyncAiMentorOrgsUsersPinMessageResource(self._client)

    @cached_property
    def planned_jobs(self) -> AsyncAiMentorOrgsUsersPlannedJobsResource:
        from .planned_jobs import AsyncAiMentorOrgsUsersPlannedJobsResource

        return AsyncAiMentorOrgsUsersPlannedJobsResource(self._client)

    @cached_property
    def playwright_scripts(self) -> AsyncAiMentorOrgsUsersPlaywrightScriptsResource:
        from .playwright_scripts import AsyncAiMentorOrgsUsersPlaywrightScriptsResource

        return AsyncAiMentorOrgsUsersPlaywrightScriptsResource(self._client)

    @cached_property
    def predictive_analytics(self) -> AsyncAiMentorOrgsUsersPredictiveAnalyticsResource:
        from .predictive_analytics import AsyncAiMentorOrgsUsersPredictiveAnalyticsResource

        return AsyncAiMentorOrgsUsersPredictiveAnalyticsResource(self._client)

    @cached_property
    def projects(self) -> AsyncAiMentorOrgsUsersProjectsResource:
        from .projects import AsyncAiMentorOrgsUsersProjectsResource

        return AsyncAiMentorOrgsUsersProjectsResource(self._client)

    @cached_property
    def recent_messages(self) -> AsyncAiMentorOrgsUsersRecentMessagesResource:
        from .recent_messages import AsyncAiMentorOrgsUsersRecentMessagesResource

        return AsyncAiMentorOrgsUsersRecentMessagesResource(self._client)

    @cached_property
    def recently_accessed_mentors(self) -> AsyncAiMentorOrgsUsersRecentlyAccessedMentorsResource:
        from .recently_accessed_mentors import AsyncAiMentorOrgsUsersRecentlyAccessedMentorsResource

        return AsyncAiMentorOrgsUsersRecentlyAccessedMentorsResource(self._client)

    @cached_property
    def resources(self) -> AsyncAiMentorOrgsUsersResourcesResource:
        from .resources import AsyncAiMentorOrgsUsersResourcesResource

        return AsyncAiMentorOrgsUsersResourcesResource(self._client)

    @cached_property
    def safety_logs(self) -> AsyncAiMentorOrgsUsersSafetyLogsResource:
        from .safety_logs import AsyncAiMentorOrgsUsersSafetyLogsResource

        return AsyncAiMentorOrgsUsersSafetyLogsResource(self._client)

    @cached_property
    def session_detail(self) -> AsyncAiMentorOrgsUsersSessionDetailResource:
        from .session_detail import AsyncAiMentorOrgsUsersSessionDetailResource

        return AsyncAiMentorOrgsUsersSessionDetailResource(self._client)

    @cached_property
    def sessionid(self) -> AsyncAiMentorOrgsUsersSessionidResource:
        from .sessionid import AsyncAiMentorOrgsUsersSessionidResource

        return AsyncAiMentorOrgsUsersSessionidResource(self._client)

    @cached_property
    def sessions(self) -> AsyncAiMentorOrgsUsersSessionsResource:
        from .sessions import AsyncAiMentorOrgsUsersSessionsResource

        return AsyncAiMentorOrgsUsersSessionsResource(self._client)

    @cached_property
    def settings(self) -> AsyncAiMentorOrgsUsersSettingsResource:
        from .settings import AsyncAiMentorOrgsUsersSettingsResource

        return AsyncAiMentorOrgsUsersSettingsResource(self._client)

    @cached_property
    def starred_mentors(self) -> AsyncAiMentorOrgsUsersStarredMentorsResource:
        from .starred_mentors import AsyncAiMentorOrgsUsersStarredMentorsResource

        return AsyncAiMentorOrgsUsersStarredMentorsResource(self._client)

    @cached_property
    def stop_generation(self) -> AsyncAiMentorOrgsUsersStopGenerationResource:
        from .stop_generation import AsyncAiMentorOrgsUsersStopGenerationResource

        return AsyncAiMentorOrgsUsersStopGenerationResource(self._client)

    @cached_property
    def subjects(self) -> AsyncAiMentorOrgsUsersSubjectsResource:
        from .subjects import AsyncAiMentorOrgsUsersSubjectsResource

        return AsyncAiMentorOrgsUsersSubjectsResource(self._client)

    @cached_property
    def support_ticket_messages(self) -> AsyncAiMentorOrgsUsersSupportTicketMessagesResource:
        from .support_ticket_messages import AsyncAiMentorOrgsUsersSupportTicketMessagesResource

        return AsyncAiMentorOrgsUsersSupportTicketMessagesResource(self._client)

    @cached_property
    def support_tickets(self) -> AsyncAiMentorOrgsUsersSupportTicketsResource:
        from .support_tickets import AsyncAiMentorOrgsUsersSupportTicketsResource

        return AsyncAiMentorOrgsUsersSupportTicketsResource(self._client)

    @cached_property
    def tasks(self) -> AsyncAiMentorOrgsUsersTasksResource:
        from .tasks import AsyncAiMentorOrgsUsersTasksResource

        return AsyncAiMentorOrgsUsersTasksResource(self._client)

    @cached_property
    def tool_categories(self) -> AsyncAiMentorOrgsUsersToolCategoriesResource:
        from .tool_categories import AsyncAiMentorOrgsUsersToolCategoriesResource

        return AsyncAiMentorOrgsUsersToolCategoriesResource(self._client)

    @cached_property
    def voices(self) -> AsyncAiMentorOrgsUsersVoicesResource:
        from .voices import AsyncAiMentorOrgsUsersVoicesResource

        return AsyncAiMentorOrgsUsersVoicesResource(self._client)

    async def list(
        self,
        *,
        org: str,
        user_id: str,
        department_id: int | Unset = UNSET,
        filter_by: str | Unset = UNSET,
        is_featured: bool | Unset = UNSET,
        metadata_key: str | Unset = UNSET,
        metadata_value: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        return_session_information: bool | Unset = UNSET,
        visibility: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedMentorList:
        """Retrieve a list of mentors.  Returns:     - List of mentors matching the filters.

        Args:
            org (str, path)
            user_id (str, path)
            department_id (int | Unset, query)
            filter_by (str | Unset, query)
            is_featured (bool | Unset, query)
            metadata_key (str | Unset, query)
            metadata_value (str | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            return_session_information (bool | Unset, query)
            visibility (str | Unset, query)

        Returns:
            PaginatedMentorList
        """
        return await self._client._send(
            _ai_mentor_orgs_users_list.OPERATION,
            _ai_mentor_orgs_users_list.build_request(
                org=org,
                user_id=user_id,
                department_id=department_id,
                filter_by=filter_by,
                is_featured=is_featured,
                metadata_key=metadata_key,
                metadata_value=metadata_value,
                page=page,
                page_size=page_size,
                return_session_information=return_session_information,
                visibility=visibility,
            ),
            options,
        )

    def iter_list(
        self,
        *,
        org: str,
        user_id: str,
        department_id: int | Unset = UNSET,
        filter_by: str | Unset = UNSET,
        is_featured: bool | Unset = UNSET,
        metadata_key: str | Unset = UNSET,
        metadata_value: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        return_session_information: bool | Unset = UNSET,
        visibility: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AsyncIterator[Mentor]:
        """Every item of every page of `list`, fetched page by page."""
        return self._client._paginate(
            _ai_mentor_orgs_users_list.OPERATION,
            _ai_mentor_orgs_users_list.build_request(
                org=org,
                user_id=user_id,
                department_id=department_id,
                filter_by=filter_by,
                is_featured=is_featured,
                metadata_key=metadata_key,
                metadata_value=metadata_value,
                page=page,
                page_size=page_size,
                return_session_information=return_session_information,
                visibility=visibility,
            ),
            _ai_mentor_orgs_users_list.PAGE,
            options,
        )

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        department_id: int | Unset = UNSET,
        filter_by: str | Unset = UNSET,
        is_featured: bool | Unset = UNSET,
        metadata_key: str | Unset = UNSET,
        metadata_value: str | Unset = UNSET,
        return_session_information: bool | Unset = UNSET,
        visibility: str | Unset = UNSET,
        body: MentorCreateRequest,
        **options: Unpack[RequestOptions],
    ) -> Mentor: ...

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        department_id: int | Unset = UNSET,
        filter_by: str | Unset = UNSET,
        is_featured: bool | Unset = UNSET,
        metadata_key: str | Unset = UNSET,
        metadata_value: str | Unset = UNSET,
        return_session_information: bool | Unset = UNSET,
        visibility: str | Unset = UNSET,
        name: str,
        unique_id: UUID | Unset = UNSET,
        flow: Any | Unset = UNSET,
        slug: str | Unset = UNSET,
        platform: str | Unset = UNSET,
        allow_anonymous: bool | Unset = UNSET,
        enable_offline_mode: bool | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        enable_moderation: bool | Unset = UNSET,
        enable_multi_query_rag: bool | Unset = UNSET,
        enable_prompt_caching: bool | Unset = UNSET,
        enable_post_processing_system: bool | Unset = UNSET,
        enable_openai_assistant: bool | Unset = UNSET,
        enable_total_grounding: bool | Unset = UNSET,
        enable_suggested_prompts: bool | Unset = UNSET,
        enable_guided_prompts: bool | Unset = UNSET,
        save_flagged_prompts: bool | Unset = UNSET,
        google_voice: int | None | Unset = UNSET,
        openai_voice: int | None | Unset = UNSET,
        guided_prompt_instructions: str | Unset = UNSET,
        categories: list[int] | Unset = UNSET,
        types: list[int] | Unset = UNSET,
        subjects: list[int] | Unset = UNSET,
        proactive_prompt: str | Unset = UNSET,
        study_mode_prompt: str | Unset = UNSET,
        disclaimer: str | Unset = UNSET,
        enable_disclaimer: bool | Unset = UNSET,
        show_attachment: bool | Unset = UNSET,
        show_voice_call: bool | Unset = UNSET,
        show_voice_record: bool | Unset = UNSET,
        show_rag_images: bool | Unset = UNSET,
        starter_prompts: MentorCreateStarterPrompts | Unset = UNSET,
        embed_is_context_aware: bool | Unset = UNSET,
        embed_open_by_default: bool | Unset = UNSET,
        embed_show_attachment: bool | Unset = UNSET,
        embed_show_voice_call: bool | Unset = UNSET,
        embed_show_voice_record: bool | Unset = UNSET,
        show_explore_mentors: bool | Unset = UNSET,
        embed_icon_selection_data: Any | Unset = UNSET,
        placeholder_prompt: str | Unset = UNSET,
        moderation_system_prompt: str | Unset = UNSET,
        post_processing_prompt: str | Unset = UNSET,
        moderation_response: str | Unset = UNSET,
        safety_system_prompt: str | Unset = UNSET,
        safety_response: str | Unset = UNSET,
        disable_chathistory: bool | Unset = UNSET,
        enable_safety_system: bool | Unset = UNSET,
        proactive_response: str | Unset = UNSET,
        mcp_servers: list[int] | Unset = UNSET,
        greeting_method: MentorCreateGreetingMethod | Unset = UNSET,
        last_accessed_by: int | None | Unset = UNSET,
        recently_accessed_at: datetime.datetime | None | Unset = UNSET,
        created_by: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Mentor: ...

    async def create(
        self,
        *,
        org: str,
        user_id: str,
        department_id: int | Unset = UNSET,
        filter_by: str | Unset = UNSET,
        is_featured: bool | Unset = UNSET,
        metadata_key: str | Unset = UNSET,
        metadata_value: str | Unset = UNSET,
        return_session_information: bool | Unset = UNSET,
        visibility: str | Unset = UNSET,
        body: MentorCreateRequest | Unset = UNSET,
        name: str | Unset = UNSET,
        unique_id: UUID | Unset = UNSET,
        flow: Any | Unset = UNSET,
        slug: str | Unset = UNSET,
        platform: str | Unset = UNSET,
        allow_anonymous: bool | Unset = UNSET,
        enable_offline_mode: bool | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        enable_moderation: bool | Unset = UNSET,
        enable_multi_query_rag: bool | Unset = UNSET,
        enable_prompt_caching: bool | Unset = UNSET,
        enable_post_processing_system: bool | Unset = UNSET,
        enable_openai_assistant: bool | Unset = UNSET,
        enable_total_grounding: bool | Unset = UNSET,
        enable_suggested_prompts: bool | Unset = UNSET,
        enable_guided_prompts: bool | Unset = UNSET,
        save_flagged_prompts: bool | Unset = UNSET,
        google_voice: int | None | Unset = UNSET,
        openai_voice: int | None | Unset = UNSET,
        guided_prompt_instructions: str | Unset = UNSET,
        categories: list[int] | Unset = UNSET,
        types: list[int] | Unset = UNSET,
        subjects: list[int] | Unset = UNSET,
        proactive_prompt: str | Unset = UNSET,
        study_mode_prompt: str | Unset = UNSET,
        disclaimer: str | Unset = UNSET,
        enable_disclaimer: bool | Unset = UNSET,
        show_attachment: bool | Unset = UNSET,
        show_voice_call: bool | Unset = UNSET,
        show_voice_record: bool | Unset = UNSET,
        show_rag_images: bool | Unset = UNSET,
        starter_prompts: MentorCreateStarterPrompts | Unset = UNSET,
        embed_is_context_aware: bool | Unset = UNSET,
        embed_open_by_default: bool | Unset = UNSET,
        embed_show_attachment: bool | Unset = UNSET,
        embed_show_voice_call: bool | Unset = UNSET,
        embed_show_voice_record: bool | Unset = UNSET,
        show_explore_mentors: bool | Unset = UNSET,
        embed_icon_selection_data: Any | Unset = UNSET,
        placeholder_prompt: str | Unset = UNSET,
        moderation_system_prompt: str | Unset = UNSET,
        post_processing_prompt: str | Unset = UNSET,
        moderation_response: str | Unset = UNSET,
        safety_system_prompt: str | Unset = UNSET,
        safety_response: str | Unset = UNSET,
        disable_chathistory: bool | Unset = UNSET,
        enable_safety_system: bool | Unset = UNSET,
        proactive_response: str | Unset = UNSET,
        mcp_servers: list[int] | Unset = UNSET,
        greeting_method: MentorCreateGreetingMethod | Unset = UNSET,
        last_accessed_by: int | None | Unset = UNSET,
        recently_accessed_at: datetime.datetime | None | Unset = UNSET,
        created_by: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Mentor:
        """Create a new mentor. Body Parameters:     - name: Mentor name.     - unique_id: Unique
        identifier.     - platform_key: Associated platform.     - metadata: Additional mentor
        attributes.

        Args:
            org (str, path)
            user_id (str, path)
            department_id (int | Unset, query)
            filter_by (str | Unset, query)
            is_featured (bool | Unset, query)
            metadata_key (str | Unset, query)
            metadata_value (str | Unset, query)
            return_session_information (bool | Unset, query)
            visibility (str | Unset, query)
            body (MentorCreateRequest, request body)
            Or the body's fields as keywords instead of body=: name, unique_id, flow, slug,
                platform, allow_anonymous, enable_offline_mode, metadata, enable_moderation,
                enable_multi_query_rag, enable_prompt_caching, enable_post_processing_system,
                enable_openai_assistant, enable_total_grounding, enable_suggested_prompts,
                enable_guided_prompts, save_flagged_prompts, google_voice, openai_voice,
                guided_prompt_instructions, categories, types, subjects, proactive_prompt,
                study_mode_prompt, disclaimer, enable_disclaimer, show_attachment,
                show_voice_call, show_voice_record, show_rag_images, starter_prompts,
                embed_is_context_aware, embed_open_by_default, embed_show_attachment,
                embed_show_voice_call, embed_show_voice_record, show_explore_mentors,
                embed_icon_selection_data, placeholder_prompt, moderation_system_prompt,
                post_processing_prompt, moderation_response, safety_system_prompt,
                safety_response, disable_chathistory, enable_safety_system, proactive_response,
                mcp_servers, greeting_method, last_accessed_by, recently_accessed_at, created_by

        Returns:
            Mentor
        """
        body = body_from_fields(
            "ai_mentor.orgs.users.create",
            body,
            MentorCreateRequest,
            ["name"],
            (
                ("name", "name", name),
                ("unique_id", "unique_id", unique_id),
                ("flow", "flow", flow),
                ("slug", "slug", slug),
                ("platform", "platform", platform),
                ("allow_anonymous", "allow_anonymous", allow_anonymous),
                ("enable_offline_mode", "enable_offline_mode", enable_offline_mode),
                ("metadata", "metadata", metadata),
                ("enable_moderation", "enable_moderation", enable_moderation),
                ("enable_multi_query_rag", "enable_multi_query_rag", enable_multi_query_rag),
                ("enable_prompt_caching", "enable_prompt_caching", enable_prompt_caching),
                (
                    "enable_post_processing_system",
                    "enable_post_processing_system",
                    enable_post_processing_system,
                ),
                ("enable_openai_assistant", "enable_openai_assistant", enable_openai_assistant),
                ("enable_total_grounding", "enable_total_grounding", enable_total_grounding),
                ("enable_suggested_prompts", "enable_suggested_prompts", enable_suggested_prompts),
                ("enable_guided_prompts", "enable_guided_prompts", enable_guided_prompts),
                ("save_flagged_prompts", "save_flagged_prompts", save_flagged_prompts),
                ("google_voice", "google_voice", google_voice),
                ("openai_voice", "openai_voice", openai_voice),
                (
                    "guided_prompt_instructions",
                    "guided_prompt_instructions",
                    guided_prompt_instructions,
                ),
                ("categories", "categories", categories),
                ("types", "types", types),
                ("subjects", "subjects", subjects),
                ("proactive_prompt", "proactive_prompt", proactive_prompt),
                ("study_mode_prompt", "study_mode_prompt", study_mode_prompt),
                ("disclaimer", "disclaimer", disclaimer),
                ("enable_disclaimer", "enable_disclaimer", enable_disclaimer),
                ("show_attachment", "show_attachment", show_attachment),
                ("show_voice_call", "show_voice_call", show_voice_call),
                ("show_voice_record", "show_voice_record", show_voice_record),
                ("show_rag_images", "show_rag_images", show_rag_images),
                ("starter_prompts", "starter_prompts", starter_prompts),
                ("embed_is_context_aware", "embed_is_context_aware", embed_is_context_aware),
                ("embed_open_by_default", "embed_open_by_default", embed_open_by_default),
                ("embed_show_attachment", "embed_show_attachment", embed_show_attachment),
                ("embed_show_voice_call", "embed_show_voice_call", embed_show_voice_call),
                ("embed_show_voice_record", "embed_show_voice_record", embed_show_voice_record),
                ("show_explore_mentors", "show_explore_mentors", show_explore_mentors),
                (
                    "embed_icon_selection_data",
                    "embed_icon_selection_data",
                    embed_icon_selection_data,
                ),
                ("placeholder_prompt", "placeholder_prompt", placeholder_prompt),
                ("moderation_system_prompt", "moderation_system_prompt", moderation_system_prompt),
                ("post_processing_prompt", "post_processing_prompt", post_processing_prompt),
                ("moderation_response", "moderation_response", moderation_response),
                ("safety_system_prompt", "safety_system_prompt", safety_system_prompt),
                ("safety_response", "safety_response", safety_response),
                ("disable_chathistory", "disable_chathistory", disable_chathistory),
                ("enable_safety_system", "enable_safety_system", enable_safety_system),
                ("proactive_response", "proactive_response", proactive_response),
                ("mcp_servers", "mcp_servers", mcp_servers),
                ("greeting_method", "greeting_method", greeting_method),
                ("last_accessed_by", "last_accessed_by", last_accessed_by),
                ("recently_accessed_at", "recently_accessed_at", recently_accessed_at),
                ("created_by", "created_by", created_by),
            ),
        )
        return await self._client._send(
            _ai_mentor_orgs_users_create.OPERATION,
            _ai_mentor_orgs_users_create.build_request(
                org=org,
                user_id=user_id,
                department_id=department_id,
                filter_by=filter_by,
                is_featured=is_featured,
                metadata_key=metadata_key,
                metadata_value=metadata_value,
                return_session_information=return_session_information,
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
        name: str,
        department_id: int | Unset = UNSET,
        filter_by: str | Unset = UNSET,
        is_featured: bool | Unset = UNSET,
        metadata_key: str | Unset = UNSET,
        metadata_value: str | Unset = UNSET,
        return_session_information: bool | Unset = UNSET,
        visibility: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Soft delete a mentor.

        Args:
            org (str, path)
            user_id (str, path)
            name (str, path)
            department_id (int | Unset, query)
            filter_by (str | Unset, query)
            is_featured (bool | Unset, query)
            metadata_key (str | Unset, query)
            metadata_value (str | Unset, query)
            return_session_information (bool | Unset, query)
            visibility (str | Unset, query)

        Returns:
            None
        """
        return await self._client._send(
            _ai_mentor_orgs_users_destroy.OPERATION,
            _ai_mentor_orgs_users_destroy.build_request(
                org=org,
                user_id=user_id,
                name=name,
                department_id=department_id,
                filter_by=filter_by,
                is_featured=is_featured,
                metadata_key=metadata_key,
                metadata_value=metadata_value,
                return_session_information=return_session_information,
                visibility=visibility,
            ),
            options,
        )

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        name: str,
        department_id: int | Unset = UNSET,
        filter_by: str | Unset = UNSET,
        is_featured: bool | Unset = UNSET,
        metadata_key: str | Unset = UNSET,
        metadata_value: str | Unset = UNSET,
        return_session_information: bool | Unset = UNSET,
        visibility: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Mentor:
        """API ViewSet for managing mentors.  Provides endpoints to retrieve, create, update, and
        delete mentor data.  Permissions:     - Accessible to both tenant admins and students.

        Args:
            org (str, path)
            user_id (str, path)
            name (str, path)
            department_id (int | Unset, query)
            filter_by (str | Unset, query)
            is_featured (bool | Unset, query)
            metadata_key (str | Unset, query)
            metadata_value (str | Unset, query)
            return_session_information (bool | Unset, query)
            visibility (str | Unset, query)

        Returns:
            Mentor
        """
        return await self._client._send(
            _ai_mentor_orgs_users_retrieve.OPERATION,
            _ai_mentor_orgs_users_retrieve.build_request(
                org=org,
                user_id=user_id,
                name=name,
                department_id=department_id,
                filter_by=filter_by,
                is_featured=is_featured,
                metadata_key=metadata_key,
                metadata_value=metadata_value,
                return_session_information=return_session_information,
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
        name: str,
        department_id: int | Unset = UNSET,
        filter_by: str | Unset = UNSET,
        is_featured: bool | Unset = UNSET,
        metadata_key: str | Unset = UNSET,
        metadata_value: str | Unset = UNSET,
        return_session_information: bool | Unset = UNSET,
        visibility: str | Unset = UNSET,
        body: PatchedMentorCreate | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MentorCreate: ...

    @overload
    async def partial_update(
        self,
        *,
        org: str,
        user_id: str,
        name: str,
        department_id: int | Unset = UNSET,
        filter_by: str | Unset = UNSET,
        is_featured: bool | Unset = UNSET,
        metadata_key: str | Unset = UNSET,
        metadata_value: str | Unset = UNSET,
        return_session_information: bool | Unset = UNSET,
        visibility: str | Unset = UNSET,
        body_name: str | Unset = UNSET,
        unique_id: UUID | Unset = UNSET,
        flow: Any | Unset = UNSET,
        slug: str | Unset = UNSET,
        platform: str | Unset = UNSET,
        allow_anonymous: bool | Unset = UNSET,
        enable_offline_mode: bool | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        enable_moderation: bool | Unset = UNSET,
        enable_multi_query_rag: bool | Unset = UNSET,
        enable_prompt_caching: bool | Unset = UNSET,
        enable_post_processing_system: bool | Unset = UNSET,
        enable_openai_assistant: bool | Unset = UNSET,
        enable_total_grounding: bool | Unset = UNSET,
        enable_suggested_prompts: bool | Unset = UNSET,
        enable_guided_prompts: bool | Unset = UNSET,
        save_flagged_prompts: bool | Unset = UNSET,
        google_voice: int | None | Unset = UNSET,
        openai_voice: int | None | Unset = UNSET,
        guided_prompt_instructions: str | Unset = UNSET,
        categories: list[int] | Unset = UNSET,
        types: list[int] | Unset = UNSET,
        subjects: list[int] | Unset = UNSET,
        proactive_prompt: str | Unset = UNSET,
        study_mode_prompt: str | Unset = UNSET,
        disclaimer: str | Unset = UNSET,
        enable_disclaimer: bool | Unset = UNSET,
        show_attachment: bool | Unset = UNSET,
        show_voice_call: bool | Unset = UNSET,
        show_voice_record: bool | Unset = UNSET,
        show_rag_images: bool | Unset = UNSET,
        starter_prompts: PatchedMentorCreateStarterPrompts | Unset = UNSET,
        embed_is_context_aware: bool | Unset = UNSET,
        embed_open_by_default: bool | Unset = UNSET,
        embed_show_attachment: bool | Unset = UNSET,
        embed_show_voice_call: bool | Unset = UNSET,
        embed_show_voice_record: bool | Unset = UNSET,
        show_explore_mentors: bool | Unset = UNSET,
        embed_icon_selection_data: Any | Unset = UNSET,
        placeholder_prompt: str | Unset = UNSET,
        moderation_system_prompt: str | Unset = UNSET,
        post_processing_prompt: str | Unset = UNSET,
        moderation_response: str | Unset = UNSET,
        safety_system_prompt: str | Unset = UNSET,
        safety_response: str | Unset = UNSET,
        disable_chathistory: bool | Unset = UNSET,
        enable_safety_system: bool | Unset = UNSET,
        proactive_response: str | Unset = UNSET,
        mcp_servers: list[int] | Unset = UNSET,
        greeting_method: PatchedMentorCreateGreetingMethod | Unset = UNSET,
        last_accessed_by: int | None | Unset = UNSET,
        recently_accessed_at: datetime.datetime | None | Unset = UNSET,
        created_by: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MentorCreate: ...

    async def partial_update(
        self,
        *,
        org: str,
        user_id: str,
        name: str,
        department_id: int | Unset = UNSET,
        filter_by: str | Unset = UNSET,
        is_featured: bool | Unset = UNSET,
        metadata_key: str | Unset = UNSET,
        metadata_value: str | Unset = UNSET,
        return_session_information: bool | Unset = UNSET,
        visibility: str | Unset = UNSET,
        body: PatchedMentorCreate | Unset = UNSET,
        body_name: str | Unset = UNSET,
        unique_id: UUID | Unset = UNSET,
        flow: Any | Unset = UNSET,
        slug: str | Unset = UNSET,
        platform: str | Unset = UNSET,
        allow_anonymous: bool | Unset = UNSET,
        enable_offline_mode: bool | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        enable_moderation: bool | Unset = UNSET,
        enable_multi_query_rag: bool | Unset = UNSET,
        enable_prompt_caching: bool | Unset = UNSET,
        enable_post_processing_system: bool | Unset = UNSET,
        enable_openai_assistant: bool | Unset = UNSET,
        enable_total_grounding: bool | Unset = UNSET,
        enable_suggested_prompts: bool | Unset = UNSET,
        enable_guided_prompts: bool | Unset = UNSET,
        save_flagged_prompts: bool | Unset = UNSET,
        google_voice: int | None | Unset = UNSET,
        openai_voice: int | None | Unset = UNSET,
        guided_prompt_instructions: str | Unset = UNSET,
        categories: list[int] | Unset = UNSET,
        types: list[int] | Unset = UNSET,
        subjects: list[int] | Unset = UNSET,
        proactive_prompt: str | Unset = UNSET,
        study_mode_prompt: str | Unset = UNSET,
        disclaimer: str | Unset = UNSET,
        enable_disclaimer: bool | Unset = UNSET,
        show_attachment: bool | Unset = UNSET,
        show_voice_call: bool | Unset = UNSET,
        show_voice_record: bool | Unset = UNSET,
        show_rag_images: bool | Unset = UNSET,
        starter_prompts: PatchedMentorCreateStarterPrompts | Unset = UNSET,
        embed_is_context_aware: bool | Unset = UNSET,
        embed_open_by_default: bool | Unset = UNSET,
        embed_show_attachment: bool | Unset = UNSET,
        embed_show_voice_call: bool | Unset = UNSET,
        embed_show_voice_record: bool | Unset = UNSET,
        show_explore_mentors: bool | Unset = UNSET,
        embed_icon_selection_data: Any | Unset = UNSET,
        placeholder_prompt: str | Unset = UNSET,
        moderation_system_prompt: str | Unset = UNSET,
        post_processing_prompt: str | Unset = UNSET,
        moderation_response: str | Unset = UNSET,
        safety_system_prompt: str | Unset = UNSET,
        safety_response: str | Unset = UNSET,
        disable_chathistory: bool | Unset = UNSET,
        enable_safety_system: bool | Unset = UNSET,
        proactive_response: str | Unset = UNSET,
        mcp_servers: list[int] | Unset = UNSET,
        greeting_method: PatchedMentorCreateGreetingMethod | Unset = UNSET,
        last_accessed_by: int | None | Unset = UNSET,
        recently_accessed_at: datetime.datetime | None | Unset = UNSET,
        created_by: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MentorCreate:
        """API ViewSet for managing mentors.  Provides endpoints to retrieve, create, update, and
        delete mentor data.  Permissions:     - Accessible to both tenant admins and students.

        Args:
            org (str, path)
            user_id (str, path)
            name (str, path)
            department_id (int | Unset, query)
            filter_by (str | Unset, query)
            is_featured (bool | Unset, query)
            metadata_key (str | Unset, query)
            metadata_value (str | Unset, query)
            return_session_information (bool | Unset, query)
            visibility (str | Unset, query)
            body (PatchedMentorCreate | Unset, request body)
            Or the body's fields as keywords instead of body=: body_name, unique_id, flow, slug,
                platform, allow_anonymous, enable_offline_mode, metadata, enable_moderation,
                enable_multi_query_rag, enable_prompt_caching, enable_post_processing_system,
                enable_openai_assistant, enable_total_grounding, enable_suggested_prompts,
                enable_guided_prompts, save_flagged_prompts, google_voice, openai_voice,
                guided_prompt_instructions, categories, types, subjects, proactive_prompt,
                study_mode_prompt, disclaimer, enable_disclaimer, show_attachment,
                show_voice_call, show_voice_record, show_rag_images, starter_prompts,
                embed_is_context_aware, embed_open_by_default, embed_show_attachment,
                embed_show_voice_call, embed_show_voice_record, show_explore_mentors,
                embed_icon_selection_data, placeholder_prompt, moderation_system_prompt,
                post_processing_prompt, moderation_response, safety_system_prompt,
                safety_response, disable_chathistory, enable_safety_system, proactive_response,
                mcp_servers, greeting_method, last_accessed_by, recently_accessed_at, created_by

        Returns:
            MentorCreate
        """
        body = optional_body_from_fields(
            "ai_mentor.orgs.users.partial_update",
            body,
            PatchedMentorCreate,
            [],
            (
                ("body_name", "name", body_name),
                ("unique_id", "unique_id", unique_id),
                ("flow", "flow", flow),
                ("slug", "slug", slug),
                ("platform", "platform", platform),
                ("allow_anonymous", "allow_anonymous", allow_anonymous),
                ("enable_offline_mode", "enable_offline_mode", enable_offline_mode),
                ("metadata", "metadata", metadata),
                ("enable_moderation", "enable_moderation", enable_moderation),
                ("enable_multi_query_rag", "enable_multi_query_rag", enable_multi_query_rag),
                ("enable_prompt_caching", "enable_prompt_caching", enable_prompt_caching),
                (
                    "enable_post_processing_system",
                    "enable_post_processing_system",
                    enable_post_processing_system,
                ),
                ("enable_openai_assistant", "enable_openai_assistant", enable_openai_assistant),
                ("enable_total_grounding", "enable_total_grounding", enable_total_grounding),
                ("enable_suggested_prompts", "enable_suggested_prompts", enable_suggested_prompts),
                ("enable_guided_prompts", "enable_guided_prompts", enable_guided_prompts),
                ("save_flagged_prompts", "save_flagged_prompts", save_flagged_prompts),
                ("google_voice", "google_voice", google_voice),
                ("openai_voice", "openai_voice", openai_voice),
                (
                    "guided_prompt_instructions",
                    "guided_prompt_instructions",
                    guided_prompt_instructions,
                ),
                ("categories", "categories", categories),
                ("types", "types", types),
                ("subjects", "subjects", subjects),
                ("proactive_prompt", "proactive_prompt", proactive_prompt),
                ("study_mode_prompt", "study_mode_prompt", study_mode_prompt),
                ("disclaimer", "disclaimer", disclaimer),
                ("enable_disclaimer", "enable_disclaimer", enable_disclaimer),
                ("show_attachment", "show_attachment", show_attachment),
                ("show_voice_call", "show_voice_call", show_voice_call),
                ("show_voice_record", "show_voice_record", show_voice_record),
                ("show_rag_images", "show_rag_images", show_rag_images),
                ("starter_prompts", "starter_prompts", starter_prompts),
                ("embed_is_context_aware", "embed_is_context_aware", embed_is_context_aware),
                ("embed_open_by_default", "embed_open_by_default", embed_open_by_default),
                ("embed_show_attachment", "embed_show_attachment", embed_show_attachment),
                ("embed_show_voice_call", "embed_show_voice_call", embed_show_voice_call),
                ("embed_show_voice_record", "embed_show_voice_record", embed_show_voice_record),
                ("show_explore_mentors", "show_explore_mentors", show_explore_mentors),
                (
                    "embed_icon_selection_data",
                    "embed_icon_selection_data",
                    embed_icon_selection_data,
                ),
                ("placeholder_prompt", "placeholder_prompt", placeholder_prompt),
                ("moderation_system_prompt", "moderation_system_prompt", moderation_system_prompt),
                ("post_processing_prompt", "post_processing_prompt", post_processing_prompt),
                ("moderation_response", "moderation_response", moderation_response),
                ("safety_system_prompt", "safety_system_prompt", safety_system_prompt),
                ("safety_response", "safety_response", safety_response),
                ("disable_chathistory", "disable_chathistory", disable_chathistory),
                ("enable_safety_system", "enable_safety_system", enable_safety_system),
                ("proactive_response", "proactive_response", proactive_response),
                ("mcp_servers", "mcp_servers", mcp_servers),
                ("greeting_method", "greeting_method", greeting_method),
                ("last_accessed_by", "last_accessed_by", last_accessed_by),
                ("recently_accessed_at", "recently_accessed_at", recently_accessed_at),
                ("created_by", "created_by", created_by),
            ),
        )
        return await self._client._send(
            _ai_mentor_orgs_users_partial_update.OPERATION,
            _ai_mentor_orgs_users_partial_update.build_request(
                org=org,
                user_id=user_id,
                name=name,
                department_id=department_id,
                filter_by=filter_by,
                is_featured=is_featured,
                metadata_key=metadata_key,
                metadata_value=metadata_value,
                return_session_information=return_session_information,
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
        name: str,
        department_id: int | Unset = UNSET,
        filter_by: str | Unset = UNSET,
        is_featured: bool | Unset = UNSET,
        metadata_key: str | Unset = UNSET,
        metadata_value: str | Unset = UNSET,
        return_session_information: bool | Unset = UNSET,
        visibility: str | Unset = UNSET,
        body: MentorCreateRequest,
        **options: Unpack[RequestOptions],
    ) -> Mentor: ...

    @overload
    async def update(
        self,
        *,
        org: str,
        user_id: str,
        name: str,
        department_id: int | Unset = UNSET,
        filter_by: str | Unset = UNSET,
        is_featured: bool | Unset = UNSET,
        metadata_key: str | Unset = UNSET,
        metadata_value: str | Unset = UNSET,
        return_session_information: bool | Unset = UNSET,
        visibility: str | Unset = UNSET,
        body_name: str,
        unique_id: UUID | Unset = UNSET,
        flow: Any | Unset = UNSET,
        slug: str | Unset = UNSET,
        platform: str | Unset = UNSET,
        allow_anonymous: bool | Unset = UNSET,
        enable_offline_mode: bool | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        enable_moderation: bool | Unset = UNSET,
        enable_multi_query_rag: bool | Unset = UNSET,
        enable_prompt_caching: bool | Unset = UNSET,
        enable_post_processing_system: bool | Unset = UNSET,
        enable_openai_assistant: bool | Unset = UNSET,
        enable_total_grounding: bool | Unset = UNSET,
        enable_suggested_prompts: bool | Unset = UNSET,
        enable_guided_prompts: bool | Unset = UNSET,
        save_flagged_prompts: bool | Unset = UNSET,
        google_voice: int | None | Unset = UNSET,
        openai_voice: int | None | Unset = UNSET,
        guided_prompt_instructions: str | Unset = UNSET,
        categories: list[int] | Unset = UNSET,
        types: list[int] | Unset = UNSET,
        subjects: list[int] | Unset = UNSET,
        proactive_prompt: str | Unset = UNSET,
        study_mode_prompt: str | Unset = UNSET,
        disclaimer: str | Unset = UNSET,
        enable_disclaimer: bool | Unset = UNSET,
        show_attachment: bool | Unset = UNSET,
        show_voice_call: bool | Unset = UNSET,
        show_voice_record: bool | Unset = UNSET,
        show_rag_images: bool | Unset = UNSET,
        starter_prompts: MentorCreateStarterPrompts | Unset = UNSET,
        embed_is_context_aware: bool | Unset = UNSET,
        embed_open_by_default: bool | Unset = UNSET,
        embed_show_attachment: bool | Unset = UNSET,
        embed_show_voice_call: bool | Unset = UNSET,
        embed_show_voice_record: bool | Unset = UNSET,
        show_explore_mentors: bool | Unset = UNSET,
        embed_icon_selection_data: Any | Unset = UNSET,
        placeholder_prompt: str | Unset = UNSET,
        moderation_system_prompt: str | Unset = UNSET,
        post_processing_prompt: str | Unset = UNSET,
        moderation_response: str | Unset = UNSET,
        safety_system_prompt: str | Unset = UNSET,
        safety_response: str | Unset = UNSET,
        disable_chathistory: bool | Unset = UNSET,
        enable_safety_system: bool | Unset = UNSET,
        proactive_response: str | Unset = UNSET,
        mcp_servers: list[int] | Unset = UNSET,
        greeting_method: MentorCreateGreetingMethod | Unset = UNSET,
        last_accessed_by: int | None | Unset = UNSET,
        recently_accessed_at: datetime.datetime | None | Unset = UNSET,
        created_by: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Mentor: ...

    async def update(
        self,
        *,
        org: str,
        user_id: str,
        name: str,
        department_id: int | Unset = UNSET,
        filter_by: str | Unset = UNSET,
        is_featured: bool | Unset = UNSET,
        metadata_key: str | Unset = UNSET,
        metadata_value: str | Unset = UNSET,
        return_session_information: bool | Unset = UNSET,
        visibility: str | Unset = UNSET,
        body: MentorCreateRequest | Unset = UNSET,
        body_name: str | Unset = UNSET,
        unique_id: UUID | Unset = UNSET,
        flow: Any | Unset = UNSET,
        slug: str | Unset = UNSET,
        platform: str | Unset = UNSET,
        allow_anonymous: bool | Unset = UNSET,
        enable_offline_mode: bool | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        enable_moderation: bool | Unset = UNSET,
        enable_multi_query_rag: bool | Unset = UNSET,
        enable_prompt_caching: bool | Unset = UNSET,
        enable_post_processing_system: bool | Unset = UNSET,
        enable_openai_assistant: bool | Unset = UNSET,
        enable_total_grounding: bool | Unset = UNSET,
        enable_suggested_prompts: bool | Unset = UNSET,
        enable_guided_prompts: bool | Unset = UNSET,
        save_flagged_prompts: bool | Unset = UNSET,
        google_voice: int | None | Unset = UNSET,
        openai_voice: int | None | Unset = UNSET,
        guided_prompt_instructions: str | Unset = UNSET,
        categories: list[int] | Unset = UNSET,
        types: list[int] | Unset = UNSET,
        subjects: list[int] | Unset = UNSET,
        proactive_prompt: str | Unset = UNSET,
        study_mode_prompt: str | Unset = UNSET,
        disclaimer: str | Unset = UNSET,
        enable_disclaimer: bool | Unset = UNSET,
        show_attachment: bool | Unset = UNSET,
        show_voice_call: bool | Unset = UNSET,
        show_voice_record: bool | Unset = UNSET,
        show_rag_images: bool | Unset = UNSET,
        starter_prompts: MentorCreateStarterPrompts | Unset = UNSET,
        embed_is_context_aware: bool | Unset = UNSET,
        embed_open_by_default: bool | Unset = UNSET,
        embed_show_attachment: bool | Unset = UNSET,
        embed_show_voice_call: bool | Unset = UNSET,
        embed_show_voice_record: bool | Unset = UNSET,
        show_explore_mentors: bool | Unset = UNSET,
        embed_icon_selection_data: Any | Unset = UNSET,
        placeholder_prompt: str | Unset = UNSET,
        moderation_system_prompt: str | Unset = UNSET,
        post_processing_prompt: str | Unset = UNSET,
        moderation_response: str | Unset = UNSET,
        safety_system_prompt: str | Unset = UNSET,
        safety_response: str | Unset = UNSET,
        disable_chathistory: bool | Unset = UNSET,
        enable_safety_system: bool | Unset = UNSET,
        proactive_response: str | Unset = UNSET,
        mcp_servers: list[int] | Unset = UNSET,
        greeting_method: MentorCreateGreetingMethod | Unset = UNSET,
        last_accessed_by: int | None | Unset = UNSET,
        recently_accessed_at: datetime.datetime | None | Unset = UNSET,
        created_by: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Mentor:
        """Update a mentor's details with RBAC enforcement and custom serializer handling.

        Args:
            org (str, path)
            user_id (str, path)
            name (str, path)
            department_id (int | Unset, query)
            filter_by (str | Unset, query)
            is_featured (bool | Unset, query)
            metadata_key (str | Unset, query)
            metadata_value (str | Unset, query)
            return_session_information (bool | Unset, query)
            visibility (str | Unset, query)
            body (MentorCreateRequest, request body)
            Or the body's fields as keywords instead of body=: body_name, unique_id, flow, slug,
                platform, allow_anonymous, enable_offline_mode, metadata, enable_moderation,
                enable_multi_query_rag, enable_prompt_caching, enable_post_processing_system,
                enable_openai_assistant, enable_total_grounding, enable_suggested_prompts,
                enable_guided_prompts, save_flagged_prompts, google_voice, openai_voice,
                guided_prompt_instructions, categories, types, subjects, proactive_prompt,
                study_mode_prompt, disclaimer, enable_disclaimer, show_attachment,
                show_voice_call, show_voice_record, show_rag_images, starter_prompts,
                embed_is_context_aware, embed_open_by_default, embed_show_attachment,
                embed_show_voice_call, embed_show_voice_record, show_explore_mentors,
                embed_icon_selection_data, placeholder_prompt, moderation_system_prompt,
                post_processing_prompt, moderation_response, safety_system_prompt,
                safety_response, disable_chathistory, enable_safety_system, proactive_response,
                mcp_servers, greeting_method, last_accessed_by, recently_accessed_at, created_by

        Returns:
            Mentor
        """
        body = body_from_fields(
            "ai_mentor.orgs.users.update",
            body,
            MentorCreateRequest,
            ["body_name"],
            (
                ("body_name", "name", body_name),
                ("unique_id", "unique_id", unique_id),
                ("flow", "flow", flow),
                ("slug", "slug", slug),
                ("platform", "platform", platform),
                ("allow_anonymous", "allow_anonymous", allow_anonymous),
                ("enable_offline_mode", "enable_offline_mode", enable_offline_mode),
                ("metadata", "metadata", metadata),
                ("enable_moderation", "enable_moderation", enable_moderation),
                ("enable_multi_query_rag", "enable_multi_query_rag", enable_multi_query_rag),
                ("enable_prompt_caching", "enable_prompt_caching", enable_prompt_caching),
                (
                    "enable_post_processing_system",
                    "enable_post_processing_system",
                    enable_post_processing_system,
                ),
                ("enable_openai_assistant", "enable_openai_assistant", enable_openai_assistant),
                ("enable_total_grounding", "enable_total_grounding", enable_total_grounding),
                ("enable_suggested_prompts", "enable_suggested_prompts", enable_suggested_prompts),
                ("enable_guided_prompts", "enable_guided_prompts", enable_guided_prompts),
                ("save_flagged_prompts", "save_flagged_prompts", save_flagged_prompts),
                ("google_voice", "google_voice", google_voice),
                ("openai_voice", "openai_voice", openai_voice),
                (
                    "guided_prompt_instructions",
                    "guided_prompt_instructions",
                    guided_prompt_instructions,
                ),
                ("categories", "categories", categories),
                ("types", "types", types),
                ("subjects", "subjects", subjects),
                ("proactive_prompt", "proactive_prompt", proactive_prompt),
                ("study_mode_prompt", "study_mode_prompt", study_mode_prompt),
                ("disclaimer", "disclaimer", disclaimer),
                ("enable_disclaimer", "enable_disclaimer", enable_disclaimer),
                ("show_attachment", "show_attachment", show_attachment),
                ("show_voice_call", "show_voice_call", show_voice_call),
                ("show_voice_record", "show_voice_record", show_voice_record),
                ("show_rag_images", "show_rag_images", show_rag_images),
                ("starter_prompts", "starter_prompts", starter_prompts),
                ("embed_is_context_aware", "embed_is_context_aware", embed_is_context_aware),
                ("embed_open_by_default", "embed_open_by_default", embed_open_by_default),
                ("embed_show_attachment", "embed_show_attachment", embed_show_attachment),
                ("embed_show_voice_call", "embed_show_voice_call", embed_show_voice_call),
                ("embed_show_voice_record", "embed_show_voice_record", embed_show_voice_record),
                ("show_explore_mentors", "show_explore_mentors", show_explore_mentors),
                (
                    "embed_icon_selection_data",
                    "embed_icon_selection_data",
                    embed_icon_selection_data,
                ),
                ("placeholder_prompt", "placeholder_prompt", placeholder_prompt),
                ("moderation_system_prompt", "moderation_system_prompt", moderation_system_prompt),
                ("post_processing_prompt", "post_processing_prompt", post_processing_prompt),
                ("moderation_response", "moderation_response", moderation_response),
                ("safety_system_prompt", "safety_system_prompt", safety_system_prompt),
                ("safety_response", "safety_response", safety_response),
                ("disable_chathistory", "disable_chathistory", disable_chathistory),
                ("enable_safety_system", "enable_safety_system", enable_safety_system),
                ("proactive_response", "proactive_response", proactive_response),
                ("mcp_servers", "mcp_servers", mcp_servers),
                ("greeting_method", "greeting_method", greeting_method),
                ("last_accessed_by", "last_accessed_by", last_accessed_by),
                ("recently_accessed_at", "recently_accessed_at", recently_accessed_at),
                ("created_by", "created_by", created_by),
            ),
        )
        return await self._client._send(
            _ai_mentor_orgs_users_update.OPERATION,
            _ai_mentor_orgs_users_update.build_request(
                org=org,
                user_id=user_id,
                name=name,
                department_id=department_id,
                filter_by=filter_by,
                is_featured=is_featured,
                metadata_key=metadata_key,
                metadata_value=metadata_value,
                return_session_information=return_session_information,
                visibility=visibility,
                body=body,
            ),
            options,
        )


class AsyncAiMentorOrgsUsersResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsUsersResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)
        self.create = async_to_raw_response(resource.create)
        self.destroy = async_to_raw_response(resource.destroy)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.partial_update = async_to_raw_response(resource.partial_update)
        self.update = async_to_raw_response(resource.update)

    @cached_property
    def ai_generated_images(self) -> AsyncAiMentorOrgsUsersAiGeneratedImagesResourceWithRawResponse:
        from .ai_generated_images import (
            AsyncAiMentorOrgsUsersAiGeneratedImagesResourceWithRawResponse,
        )

        return AsyncAiMentorOrgsUsersAiGeneratedImagesResourceWithRawResponse(
            self._resource.ai_generated_images
        )

    @cached_property
    def ai_user_profile_memory(
        self,
    ) -> AsyncAiMentorOrgsUsersAiUserProfileMemoryResourceWithRawResponse:
        from .ai_user_profile_memory import (
            AsyncAiMentorOrgsUsersAiUserProfileMemoryResourceWithRawResponse,
        )

        return AsyncAiMentorOrgsUsersAiUserProfileMemoryResourceWithRawResponse(
            self._resource.ai_user_profile_memory
        )

    @cached_property
    def artifacts(self) -> AsyncAiMentorOrgsUsersArtifactsResourceWithRawResponse:
        from .artifacts import AsyncAiMentorOrgsUsersArtifactsResourceWithRawResponse

        return AsyncAiMentorOrgsUsersArtifactsResourceWithRawResponse(self._resource.artifacts)

    @cached_property
    def assumed_knowledge(self) -> AsyncAiMentorOrgsUsersAssumedKnowledgeResourceWithRawResponse:
        from .assumed_knowledge import AsyncAiMentorOrgsUsersAssumedKnowledgeResourceWithRawResponse

        return AsyncAiMentorOrgsUsersAssumedKnowledgeResourceWithRawResponse(
            self._resource.assumed_knowledge
        )

    @cached_property
    def audio_to_text(self) -> AsyncAiMentorOrgsUsersAudioToTextResourceWithRawResponse:
        from .audio_to_text import AsyncAiMentorOrgsUsersAudioToTextResourceWithRawResponse

        return AsyncAiMentorOrgsUsersAudioToTextResourceWithRawResponse(
            self._resource.audio_to_text
        )

    @cached_property
    def available_template_mentors(
        self,
    ) -> AsyncAiMentorOrgsUsersAvailableTemplateMentorsResourceWithRawResponse:
        from .available_template_mentors import (
            AsyncAiMentorOrgsUsersAvailableTemplateMentorsResourceWithRawResponse,
        )

        return AsyncAiMentorOrgsUsersAvailableTemplateMentorsResourceWithRawResponse(
            self._resource.available_template_mentors
        )

    @cached_property
    def call_configurations(
        self,
    ) -> AsyncAiMentorOrgsUsersCallConfigurationsResourceWithRawResponse:
        from .call_configurations import (
            AsyncAiMentorOrgsUsersCallConfigurationsResourceWithRawResponse,
        )

        return AsyncAiMentorOrgsUsersCallConfigurationsResourceWithRawResponse(
            self._resource.call_configurations
        )

    @cached_property
    def category_groups(self) -> AsyncAiMentorOrgsUsersCategoryGroupsResourceWithRawResponse:
        from .category_groups import AsyncAiMentorOrgsUsersCategoryGroupsResourceWithRawResponse

        return AsyncAiMentorOrgsUsersCategoryGroupsResourceWithRawResponse(
            self._resource.category_groups
        )

    @cached_property
    def chat(self) -> AsyncAiMentorOrgsUsersChatResourceWithRawResponse:
        from .chat import AsyncAiMentorOrgsUsersChatResourceWithRawResponse

        return AsyncAiMentorOrgsUsersChatResourceWithRawResponse(self._resource.chat)

    @cached_property
    def clean_vector_results(
        self,
    ) -> AsyncAiMentorOrgsUsersCleanVectorResultsResourceWithRawResponse:
        from .clean_vector_results import (
            AsyncAiMentorOrgsUsersCleanVectorResultsResourceWithRawResponse,
        )

        return AsyncAiMentorOrgsUsersCleanVectorResultsResourceWithRawResponse(
            self._resource.clean_vector_results
        )

    @cached_property
    def clear_chathistory(self) -> AsyncAiMentorOrgsUsersClearChathistoryResourceWithRawResponse:
        from .clear_chathistory import AsyncAiMentorOrgsUsersClearChathistoryResourceWithRawResponse

        return AsyncAiMentorOrgsUsersClearChathistoryResourceWithRawResponse(
            self._resource.clear_chathistory
        )

    @cached_property
    def course_creation(self) -> AsyncAiMentorOrgsUsersCourseCreationResourceWithRawResponse:
        from .course_creation import AsyncAiMentorOrgsUsersCourseCreationResourceWithRawResponse

        return AsyncAiMentorOrgsUsersCourseCreationResourceWithRawResponse(
            self._resource.course_creation
        )

    @cached_property
    def course_creation_task_files(
        self,
    ) -> AsyncAiMentorOrgsUsersCourseCreationTaskFilesResourceWithRawResponse:
        from .course_creation_task_files import (
            AsyncAiMentorOrgsUsersCourseCreationTaskFilesResourceWithRawResponse,
        )

        return AsyncAiMentorOrgsUsersCourseCreationTaskFilesResourceWithRawResponse(
            self._resource.course_creation_task_files
        )

    @cached_property
    def course_creation_tasks(
        self,
    ) -> AsyncAiMentorOrgsUsersCourseCreationTasksResource2WithRawResponse:
        from .course_creation_tasks import (
            AsyncAiMentorOrgsUsersCourseCreationTasksResource2WithRawResponse,
        )

        return AsyncAiMentorOrgsUsersCourseCreationTasksResource2WithRawResponse(
            self._resource.course_creation_tasks
        )

    @cached_property
    def create_mentor_wizard(
        self,
    ) -> AsyncAiMentorOrgsUsersCreateMentorWizardResourceWithRawResponse:
        from .create_mentor_wizard import (
            AsyncAiMentorOrgsUsersCreateMentorWizardResourceWithRawResponse,
        )

        return AsyncAiMentorOrgsUsersCreateMentorWizardResourceWithRawResponse(
            self._resource.create_mentor_wizard
        )

    @cached_property
    def custom_instruction(self) -> AsyncAiMentorOrgsUsersCustomInstructionResourceWithRawResponse:
        from .custom_instruction import (
            AsyncAiMentorOrgsUsersCustomInstructionResourceWithRawResponse,
        )

        return AsyncAiMentorOrgsUsersCustomInstructionResourceWithRawResponse(
            self._resource.custom_instruction
        )

    @cached_property
    def disclaimer_agreements(
        self,
    ) -> AsyncAiMentorOrgsUsersDisclaimerAgreementsResourceWithRawResponse:
        from .disclaimer_agreements import (
            AsyncAiMentorOrgsUsersDisclaimerAgreementsResourceWithRawResponse,
        )

        return AsyncAiMentorOrgsUsersDisclaimerAgreementsResourceWithRawResponse(
            self._resource.disclaimer_agreements
        )

    @cached_property
    def disclaimers(self) -> AsyncAiMentorOrgsUsersDisclaimersResourceWithRawResponse:
        from .disclaimers import AsyncAiMentorOrgsUsersDisclaimersResourceWithRawResponse

        return AsyncAiMentorOrgsUsersDisclaimersResourceWithRawResponse(self._resource.disclaimers)

    @cached_property
    def downloads(self) -> AsyncAiMentorOrgsUsersDownloadsResourceWithRawResponse:
        from .downloads import AsyncAiMentorOrgsUsersDownloadsResourceWithRawResponse

        return AsyncAiMentorOrgsUsersDownloadsResourceWithRawResponse(self._resource.downloads)

    @cached_property
    def edx_memory(self) -> AsyncAiMentorOrgsUsersEdxMemoryResourceWithRawResponse:
        from .edx_memory import AsyncAiMentorOrgsUsersEdxMemoryResourceWithRawResponse

        return AsyncAiMentorOrgsUsersEdxMemoryResourceWithRawResponse(self._resource.edx_memory)

    @cached_property
    def elevenlabs_voice(self) -> AsyncAiMentorOrgsUsersElevenlabsVoiceResourceWithRawResponse:
        from .elevenlabs_voice import AsyncAiMentorOrgsUsersElevenlabsVoiceResourceWithRawResponse

        return AsyncAiMentorOrgsUsersElevenlabsVoiceResourceWithRawResponse(
            self._resource.elevenlabs_voice
        )

    @cached_property
    def export_chathistory(self) -> AsyncAiMentorOrgsUsersExportChathistoryResourceWithRawResponse:
        from .export_chathistory import (
            AsyncAiMentorOrgsUsersExportChathistoryResourceWithRawResponse,
        )

        return AsyncAiMentorOrgsUsersExportChathistoryResourceWithRawResponse(
            self._resource.export_chathistory
        )

    @cached_property
    def extracted_memories(self) -> AsyncAiMentorOrgsUsersExtractedMemoriesResourceWithRawResponse:
        from .extracted_memories import (
            AsyncAiMentorOrgsUsersExtractedMemoriesResourceWithRawResponse,
        )

        return AsyncAiMentorOrgsUsersExtractedMemoriesResourceWithRawResponse(
            self._resource.extracted_memories
        )

    @cached_property
    def filtered_memories(self) -> AsyncAiMentorOrgsUsersFilteredMemoriesResourceWithRawResponse:
        from .filtered_memories import AsyncAiMentorOrgsUsersFilteredMemoriesResourceWithRawResponse

        return AsyncAiMentorOrgsUsersFilteredMemoriesResourceWithRawResponse(
            self._resource.filtered_memories
        )

    @cached_property
    def free_usage_count(self) -> AsyncAiMentorOrgsUsersFreeUsageCountResourceWithRawResponse:
        from .free_usage_count import AsyncAiMentorOrgsUsersFreeUsageCountResourceWithRawResponse

        return AsyncAiMentorOrgsUsersFreeUsageCountResourceWithRawResponse(
            self._resource.free_usage_count
        )

    @cached_property
    def global_memories(self) -> AsyncAiMentorOrgsUsersGlobalMemoriesResourceWithRawResponse:
        from .global_memories import AsyncAiMentorOrgsUsersGlobalMemoriesResourceWithRawResponse

        return AsyncAiMentorOrgsUsersGlobalMemoriesResourceWithRawResponse(
            self._resource.global_memories
        )

    @cached_property
    def google_agents(self) -> AsyncAiMentorOrgsUsersGoogleAgentsResourceWithRawResponse:
        from .google_agents import AsyncAiMentorOrgsUsersGoogleAgentsResourceWithRawResponse

        return AsyncAiMentorOrgsUsersGoogleAgentsResourceWithRawResponse(
            self._resource.google_agents
        )

    @cached_property
    def mcp_server_connections(
        self,
    ) -> AsyncAiMentorOrgsUsersMcpServerConnectionsResourceWithRawResponse:
        from .mcp_server_connections import (
            AsyncAiMentorOrgsUsersMcpServerConnectionsResourceWithRawResponse,
        )

        return AsyncAiMentorOrgsUsersMcpServerConnectionsResourceWithRawResponse(
            self._resource.mcp_server_connections
        )

    @cached_property
    def mcp_servers(self) -> AsyncAiMentorOrgsUsersMcpServersResourceWithRawResponse:
        from .mcp_servers import AsyncAiMentorOrgsUsersMcpServersResourceWithRawResponse

        return AsyncAiMentorOrgsUsersMcpServersResourceWithRawResponse(self._resource.mcp_servers)

    @cached_property
    def memories(self) -> AsyncAiMentorOrgsUsersMemoriesResourceWithRawResponse:
        from .memories import AsyncAiMentorOrgsUsersMemoriesResourceWithRawResponse

        return AsyncAiMentorOrgsUsersMemoriesResourceWithRawResponse(self._resource.memories)

    @cached_property
    def memory(self) -> AsyncAiMentorOrgsUsersMemoryResourceWithRawResponse:
        from .memory import AsyncAiMentorOrgsUsersMemoryResourceWithRawResponse

        return AsyncAiMentorOrgsUsersMemoryResourceWithRawResponse(self._resource.memory)

    @cached_property
    def memory_categories(self) -> AsyncAiMentorOrgsUsersMemoryCategoriesResourceWithRawResponse:
        from .memory_categories import AsyncAiMentorOrgsUsersMemoryCategoriesResourceWithRawResponse

        return AsyncAiMentorOrgsUsersMemoryCategoriesResourceWithRawResponse(
            self._resource.memory_categories
        )

    @cached_property
    def memory_entries(self) -> AsyncAiMentorOrgsUsersMemoryEntriesResourceWithRawResponse:
        from .memory_entries import AsyncAiMentorOrgsUsersMemoryEntriesResourceWithRawResponse

        return AsyncAiMentorOrgsUsersMemoryEntriesResourceWithRawResponse(
            self._resource.memory_entries
        )

    @cached_property
    def memory_filter(self) -> AsyncAiMentorOrgsUsersMemoryFilterResourceWithRawResponse:
        from .memory_filter import AsyncAiMentorOrgsUsersMemoryFilterResourceWithRawResponse

        return AsyncAiMentorOrgsUsersMemoryFilterResourceWithRawResponse(
            self._resource.memory_filter
        )

    @cached_property
    def memsearch_config(self) -> AsyncAiMentorOrgsUsersMemsearchConfigResourceWithRawResponse:
        from .memsearch_config import AsyncAiMentorOrgsUsersMemsearchConfigResourceWithRawResponse

        return AsyncAiMentorOrgsUsersMemsearchConfigResourceWithRawResponse(
            self._resource.memsearch_config
        )

    @cached_property
    def memsearch_settings(self) -> AsyncAiMentorOrgsUsersMemsearchSettingsResourceWithRawResponse:
        from .memsearch_settings import (
            AsyncAiMentorOrgsUsersMemsearchSettingsResourceWithRawResponse,
        )

        return AsyncAiMentorOrgsUsersMemsearchSettingsResourceWithRawResponse(
            self._resource.memsearch_settings
        )

    @cached_property
    def mentor(self) -> AsyncAiMentorOrgsUsersMentorResourceWithRawResponse:
        from .mentor import AsyncAiMentorOrgsUsersMentorResourceWithRawResponse

        return AsyncAiMentorOrgsUsersMentorResourceWithRawResponse(self._resource.mentor)

    @cached_property
    def mentor_feedback(self) -> AsyncAiMentorOrgsUsersMentorFeedbackResourceWithRawResponse:
        from .mentor_feedback import AsyncAiMentorOrgsUsersMentorFeedbackResourceWithRawResponse

        return AsyncAiMentorOrgsUsersMentorFeedbackResourceWithRawResponse(
            self._resource.mentor_feedback
        )

    @cached_property
    def mentor_llms(self) -> AsyncAiMentorOrgsUsersMentorLlmsResourceWithRawResponse:
        from .mentor_llms import AsyncAiMentorOrgsUsersMentorLlmsResourceWithRawResponse

        return AsyncAiMentorOrgsUsersMentorLlmsResourceWithRawResponse(self._resource.mentor_llms)

    @cached_property
    def mentor_memories(self) -> AsyncAiMentorOrgsUsersMentorMemoriesResourceWithRawResponse:
        from .mentor_memories import AsyncAiMentorOrgsUsersMentorMemoriesResourceWithRawResponse

        return AsyncAiMentorOrgsUsersMentorMemoriesResourceWithRawResponse(
            self._resource.mentor_memories
        )

    @cached_property
    def mentor_tools(self) -> AsyncAiMentorOrgsUsersMentorToolsResourceWithRawResponse:
        from .mentor_tools import AsyncAiMentorOrgsUsersMentorToolsResourceWithRawResponse

        return AsyncAiMentorOrgsUsersMentorToolsResourceWithRawResponse(self._resource.mentor_tools)

    @cached_property
    def mentor_types(self) -> AsyncAiMentorOrgsUsersMentorTypesResourceWithRawResponse:
        from .mentor_types import AsyncAiMentorOrgsUsersMentorTypesResourceWithRawResponse

        return AsyncAiMentorOrgsUsersMentorTypesResourceWithRawResponse(self._resource.mentor_types)

    @cached_property
    def mentor_with_settings(
        self,
    ) -> AsyncAiMentorOrgsUsersMentorWithSettingsResourceWithRawResponse:
        from .mentor_with_settings import (
            AsyncAiMentorOrgsUsersMentorWithSettingsResourceWithRawResponse,
        )

        return AsyncAiMentorOrgsUsersMentorWithSettingsResourceWithRawResponse(
            self._resource.mentor_with_settings
        )

    @cached_property
    def mentors(self) -> AsyncAiMentorOrgsUsersMentorsResourceWithRawResponse:
        from .mentors import AsyncAiMentorOrgsUsersMentorsResourceWithRawResponse

        return AsyncAiMentorOrgsUsersMentorsResourceWithRawResponse(self._resource.mentors)

    @cached_property
    def metadata(self) -> AsyncAiMentorOrgsUsersMetadataResourceWithRawResponse:
        from .metadata import AsyncAiMentorOrgsUsersMetadataResourceWithRawResponse

        return AsyncAiMentorOrgsUsersMetadataResourceWithRawResponse(self._resource.metadata)

    @cached_property
    def moderation_logs(self) -> AsyncAiMentorOrgsUsersModerationLogsResourceWithRawResponse:
        from .moderation_logs import AsyncAiMentorOrgsUsersModerationLogsResourceWithRawResponse

        return AsyncAiMentorOrgsUsersModerationLogsResourceWithRawResponse(
            self._resource.moderation_logs
        )

    @cached_property
    def periodic_agent_logs(self) -> AsyncAiMentorOrgsUsersPeriodicAgentLogsResourceWithRawResponse:
        from .periodic_agent_logs import (
            AsyncAiMentorOrgsUsersPeriodicAgentLogsResourceWithRawResponse,
        )

        return AsyncAiMentorOrgsUsersPeriodicAgentLogsResourceWithRawResponse(
            self._resource.periodic_agent_logs
        )

    @cached_property
    def periodic_agents(self) -> AsyncAiMentorOrgsUsersPeriodicAgentsResourceWithRawResponse:
        from .periodic_agents import AsyncAiMentorOrgsUsersPeriodicAgentsResourceWithRawResponse

        return AsyncAiMentorOrgsUsersPeriodicAgentsResourceWithRawResponse(
            self._resource.periodic_agents
        )

    @cached_property
    def pin_message(self) -> AsyncAiMentorOrgsUsersPinMessageResourceWithRawResponse:
        from .pin_message import AsyncAiMentorOrgsUsersPinMessageResourceWithRawResponse

        return AsyncAiMentorOrgsUsersPinMessageResourceWithRawResponse(self._resource.pin_message)

    @cached_property
    def planned_jobs(self) -> AsyncAiMentorOrgsUsersPlannedJobsResourceWithRawResponse:
        from .planned_jobs import AsyncAiMentorOrgsUsersPlannedJobsResourceWithRawResponse

        return AsyncAiMentorOrgsUsersPlannedJobsResourceWithRawResponse(self._resource.planned_jobs)

    @cached_property
    def playwright_scripts(self) -> AsyncAiMentorOrgsUsersPlaywrightScriptsResourceWithRawResponse:
        from .playwright_scripts import (
            AsyncAiMentorOrgsUsersPlaywrightScriptsResourceWithRawResponse,
        )

        return AsyncAiMentorOrgsUsersPlaywrightScriptsResourceWithRawResponse(
            self._resource.playwright_scripts
        )

    @cached_property
    def predictive_analytics(
        self,
    ) -> AsyncAiMentorOrgsUsersPredictiveAnalyticsResourceWithRawResponse:
        from .predictive_analytics import (
            AsyncAiMentorOrgsUsersPredictiveAnalyticsResourceWithRawResponse,
        )

        return AsyncAiMentorOrgsUsersPredictiveAnalyticsResourceWithRawResponse(
            self._resource.predictive_analytics
        )

    @cached_property
    def projects(self) -> AsyncAiMentorOrgsUsersProjectsResourceWithRawResponse:
        from .projects import AsyncAiMentorOrgsUsersProjectsResourceWithRawResponse

        return AsyncAiMentorOrgsUsersProjectsResourceWithRawResponse(self._resource.projects)

    @cached_property
    def recent_messages(self) -> AsyncAiMentorOrgsUsersRecentMessagesResourceWithRawResponse:
        from .recent_messages import AsyncAiMentorOrgsUsersRecentMessagesResourceWithRawResponse

        return AsyncAiMentorOrgsUsersRecentMessagesResourceWithRawResponse(
            self._resource.recent_messages
        )

    @cached_property
    def recently_accessed_mentors(
        self,
    ) -> AsyncAiMentorOrgsUsersRecentlyAccessedMentorsResourceWithRawResponse:
        from .recently_accessed_mentors import (
            AsyncAiMentorOrgsUsersRecentlyAccessedMentorsResourceWithRawResponse,
        )

        return AsyncAiMentorOrgsUsersRecentlyAccessedMentorsResourceWithRawResponse(
            self._resource.recently_accessed_mentors
        )

    @cached_property
    def resources(self) -> AsyncAiMentorOrgsUsersResourcesResourceWithRawResponse:
        from .resources import AsyncAiMentorOrgsUsersResourcesResourceWithRawResponse

        return AsyncAiMentorOrgsUsersResourcesResourceWithRawResponse(self._resource.resources)

    @cached_property
    def safety_logs(self) -> AsyncAiMentorOrgsUsersSafetyLogsResourceWithRawResponse:
        from .safety_logs import AsyncAiMentorOrgsUsersSafetyLogsResourceWithRawResponse

        return AsyncAiMentorOrgsUsersSafetyLogsResourceWithRawResponse(self._resource.safety_logs)

    @cached_property
    def session_detail(self) -> AsyncAiMentorOrgsUsersSessionDetailResourceWithRawResponse:
        from .session_detail import AsyncAiMentorOrgsUsersSessionDetailResourceWithRawResponse

        return AsyncAiMentorOrgsUsersSessionDetailResourceWithRawResponse(
            self._resource.session_detail
        )

    @cached_property
    def sessionid(self) -> AsyncAiMentorOrgsUsersSessionidResourceWithRawResponse:
        from .sessionid import AsyncAiMentorOrgsUsersSessionidResourceWithRawResponse

        return AsyncAiMentorOrgsUsersSessionidResourceWithRawResponse(self._resource.sessionid)

    @cached_property
    def sessions(self) -> AsyncAiMentorOrgsUsersSessionsResourceWithRawResponse:
        from .sessions import AsyncAiMentorOrgsUsersSessionsResourceWithRawResponse

        return AsyncAiMentorOrgsUsersSessionsResourceWithRawResponse(self._resource.sessions)

    @cached_property
    def settings(self) -> AsyncAiMentorOrgsUsersSettingsResourceWithRawResponse:
        from .settings import AsyncAiMentorOrgsUsersSettingsResourceWithRawResponse

        return AsyncAiMentorOrgsUsersSettingsResourceWithRawResponse(self._resource.settings)

    @cached_property
    def starred_mentors(self) -> AsyncAiMentorOrgsUsersStarredMentorsResourceWithRawResponse:
        from .starred_mentors import AsyncAiMentorOrgsUsersStarredMentorsResourceWithRawResponse

        return AsyncAiMentorOrgsUsersStarredMentorsResourceWithRawResponse(
            self._resource.starred_mentors
        )

    @cached_property
    def stop_generation(self) -> AsyncAiMentorOrgsUsersStopGenerationResourceWithRawResponse:
        from .stop_generation import AsyncAiMentorOrgsUsersStopGenerationResourceWithRawResponse

        return AsyncAiMentorOrgsUsersStopGenerationResourceWithRawResponse(
            self._resource.stop_generation
        )

    @cached_property
    def subjects(self) -> AsyncAiMentorOrgsUsersSubjectsResourceWithRawResponse:
        from .subjects import AsyncAiMentorOrgsUsersSubjectsResourceWithRawResponse

        return AsyncAiMentorOrgsUsersSubjectsResourceWithRawResponse(self._resource.subjects)

    @cached_property
    def support_ticket_messages(
        self,
    ) -> AsyncAiMentorOrgsUsersSupportTicketMessagesResourceWithRawResponse:
        from .support_ticket_messages import (
            AsyncAiMentorOrgsUsersSupportTicketMessagesResourceWithRawResponse,
        )

        return AsyncAiMentorOrgsUsersSupportTicketMessagesResourceWithRawResponse(
            self._resource.support_ticket_messages
        )

    @cached_property
    def support_tickets(self) -> AsyncAiMentorOrgsUsersSupportTicketsResourceWithRawResponse:
        from .support_tickets import AsyncAiMentorOrgsUsersSupportTicketsResourceWithRawResponse

        return AsyncAiMentorOrgsUsersSupportTicketsResourceWithRawResponse(
            self._resource.support_tickets
        )

    @cached_property
    def tasks(self) -> AsyncAiMentorOrgsUsersTasksResourceWithRawResponse:
        from .tasks import AsyncAiMentorOrgsUsersTasksResourceWithRawResponse

        return AsyncAiMentorOrgsUsersTasksResourceWithRawResponse(self._resource.tasks)

    @cached_property
    def tool_categories(self) -> AsyncAiMentorOrgsUsersToolCategoriesResourceWithRawResponse:
        from .tool_categories import AsyncAiMentorOrgsUsersToolCategoriesResourceWithRawResponse

        return AsyncAiMentorOrgsUsersToolCategoriesResourceWithRawResponse(
            self._resource.tool_categories
        )

    @cached_property
    def voices(self) -> AsyncAiMentorOrgsUsersVoicesResourceWithRawResponse:
        from .voices import AsyncAiMentorOrgsUsersVoicesResourceWithRawResponse

        return AsyncAiMentorOrgsUsersVoicesResourceWithRawResponse(self._resource.voices)
