"""The data models of requests and responses.

Each model's module is imported the first time its name is read from this package
(`from ibl_data_manager_client.models import Name`), not when the package is imported.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .acceptance_enum import AcceptanceEnum
    from .access_enum import AccessEnum
    from .access_times_heatmap import AccessTimesHeatmap
    from .accessible_mentors_by_email_request import AccessibleMentorsByEmailRequest
    from .accessible_mentors_by_email_response import AccessibleMentorsByEmailResponse
    from .action_breakdown import ActionBreakdown
    from .activate_user_free_trial import ActivateUserFreeTrial
    from .active_users_data import ActiveUsersData
    from .active_users_list import ActiveUsersList
    from .active_users_per_course import ActiveUsersPerCourse
    from .active_users_per_course_data import ActiveUsersPerCourseData
    from .activity_api import ActivityAPI
    from .activity_data import ActivityData
    from .activity_info import ActivityInfo
    from .add_mentor_to_disclaimer import AddMentorToDisclaimer
    from .agent_config import AgentConfig
    from .agent_config_request import AgentConfigRequest
    from .agent_skill import AgentSkill
    from .agent_skill_request import AgentSkillRequest
    from .agent_skill_resource import AgentSkillResource
    from .agent_skill_resource_request import AgentSkillResourceRequest
    from .ai_account_orgs_use_default_llm_key_create_response import (
        AiAccountOrgsUseDefaultLlmKeyCreateResponse,
    )
    from .ai_account_orgs_users_free_trial_retrieve_response import (
        AiAccountOrgsUsersFreeTrialRetrieveResponse,
    )
    from .ai_analytics_audience_orgs_active_users_over_time_retrieve_format import (
        AiAnalyticsAudienceOrgsActiveUsersOverTimeRetrieveFormat,
    )
    from .ai_analytics_audience_orgs_active_users_per_course_retrieve_format import (
        AiAnalyticsAudienceOrgsActiveUsersPerCourseRetrieveFormat,
    )
    from .ai_analytics_audience_orgs_active_users_users_retrieve_format import (
        AiAnalyticsAudienceOrgsActiveUsersUsersRetrieveFormat,
    )
    from .ai_analytics_audience_orgs_enrollments_courses_over_time_retrieve_active import (
        AiAnalyticsAudienceOrgsEnrollmentsCoursesOverTimeRetrieveActive,
    )
    from .ai_analytics_audience_orgs_enrollments_courses_over_time_retrieve_format import (
        AiAnalyticsAudienceOrgsEnrollmentsCoursesOverTimeRetrieveFormat,
    )
    from .ai_analytics_audience_orgs_enrollments_courses_users_retrieve_active import (
        AiAnalyticsAudienceOrgsEnrollmentsCoursesUsersRetrieveActive,
    )
    from .ai_analytics_audience_orgs_enrollments_courses_users_retrieve_format import (
        AiAnalyticsAudienceOrgsEnrollmentsCoursesUsersRetrieveFormat,
    )
    from .ai_analytics_audience_orgs_enrollments_over_time_retrieve_active import (
        AiAnalyticsAudienceOrgsEnrollmentsOverTimeRetrieveActive,
    )
    from .ai_analytics_audience_orgs_enrollments_over_time_retrieve_format import (
        AiAnalyticsAudienceOrgsEnrollmentsOverTimeRetrieveFormat,
    )
    from .ai_analytics_audience_orgs_enrollments_per_course_retrieve_active import (
        AiAnalyticsAudienceOrgsEnrollmentsPerCourseRetrieveActive,
    )
    from .ai_analytics_audience_orgs_enrollments_per_course_retrieve_format import (
        AiAnalyticsAudienceOrgsEnrollmentsPerCourseRetrieveFormat,
    )
    from .ai_analytics_audience_orgs_registered_users_over_time_retrieve_format import (
        AiAnalyticsAudienceOrgsRegisteredUsersOverTimeRetrieveFormat,
    )
    from .ai_analytics_audience_orgs_registered_users_per_course_retrieve_active import (
        AiAnalyticsAudienceOrgsRegisteredUsersPerCourseRetrieveActive,
    )
    from .ai_analytics_audience_orgs_registered_users_per_course_retrieve_format import (
        AiAnalyticsAudienceOrgsRegisteredUsersPerCourseRetrieveFormat,
    )
    from .ai_analytics_audience_orgs_registered_users_retrieve_format import (
        AiAnalyticsAudienceOrgsRegisteredUsersRetrieveFormat,
    )
    from .ai_analytics_departments_orgs_retrieve_format import (
        AiAnalyticsDepartmentsOrgsRetrieveFormat,
    )
    from .ai_analytics_engagement_orgs_activity_retrieve_format import (
        AiAnalyticsEngagementOrgsActivityRetrieveFormat,
    )
    from .ai_analytics_engagement_orgs_course_completion_over_time_retrieve_format import (
        AiAnalyticsEngagementOrgsCourseCompletionOverTimeRetrieveFormat,
    )
    from .ai_analytics_engagement_orgs_course_completion_per_course_retrieve_format import (
        AiAnalyticsEngagementOrgsCourseCompletionPerCourseRetrieveFormat,
    )
    from .ai_analytics_engagement_orgs_courses_time_average_retrieve_format import (
        AiAnalyticsEngagementOrgsCoursesTimeAverageRetrieveFormat,
    )
    from .ai_analytics_engagement_orgs_courses_time_detail_retrieve_format import (
        AiAnalyticsEngagementOrgsCoursesTimeDetailRetrieveFormat,
    )
    from .ai_analytics_engagement_orgs_courses_time_over_time_retrieve_format import (
        AiAnalyticsEngagementOrgsCoursesTimeOverTimeRetrieveFormat,
    )
    from .ai_analytics_engagement_orgs_courses_time_users_detail_retrieve_format import (
        AiAnalyticsEngagementOrgsCoursesTimeUsersDetailRetrieveFormat,
    )
    from .ai_analytics_engagement_orgs_courses_time_users_over_time_retrieve_format import (
        AiAnalyticsEngagementOrgsCoursesTimeUsersOverTimeRetrieveFormat,
    )
    from .ai_analytics_engagement_orgs_courses_time_users_retrieve_format import (
        AiAnalyticsEngagementOrgsCoursesTimeUsersRetrieveFormat,
    )
    from .ai_analytics_engagement_orgs_courses_videos_over_time_retrieve_format import (
        AiAnalyticsEngagementOrgsCoursesVideosOverTimeRetrieveFormat,
    )
    from .ai_analytics_engagement_orgs_courses_videos_retrieve_format import (
        AiAnalyticsEngagementOrgsCoursesVideosRetrieveFormat,
    )
    from .ai_analytics_engagement_orgs_courses_videos_summary_retrieve_format import (
        AiAnalyticsEngagementOrgsCoursesVideosSummaryRetrieveFormat,
    )
    from .ai_analytics_engagement_orgs_courses_videos_users_retrieve_format import (
        AiAnalyticsEngagementOrgsCoursesVideosUsersRetrieveFormat,
    )
    from .ai_analytics_engagement_orgs_time_average_perlearner_percourse_retrieve_format import (
        AiAnalyticsEngagementOrgsTimeAveragePerlearnerPercourseRetrieveFormat,
    )
    from .ai_analytics_engagement_orgs_time_average_with_over_time_retrieve_format import (
        AiAnalyticsEngagementOrgsTimeAverageWithOverTimeRetrieveFormat,
    )
    from .ai_analytics_engagement_orgs_time_over_time_retrieve_format import (
        AiAnalyticsEngagementOrgsTimeOverTimeRetrieveFormat,
    )
    from .ai_analytics_engagement_orgs_time_per_course_retrieve_format import (
        AiAnalyticsEngagementOrgsTimePerCourseRetrieveFormat,
    )
    from .ai_analytics_engagement_orgs_videos_over_time_retrieve_format import (
        AiAnalyticsEngagementOrgsVideosOverTimeRetrieveFormat,
    )
    from .ai_analytics_engagement_orgs_videos_retrieve_format import (
        AiAnalyticsEngagementOrgsVideosRetrieveFormat,
    )
    from .ai_analytics_overview_orgs_active_users_retrieve_format import (
        AiAnalyticsOverviewOrgsActiveUsersRetrieveFormat,
    )
    from .ai_analytics_overview_orgs_average_grade_retrieve_format import (
        AiAnalyticsOverviewOrgsAverageGradeRetrieveFormat,
    )
    from .ai_analytics_overview_orgs_courses_completions_retrieve_format import (
        AiAnalyticsOverviewOrgsCoursesCompletionsRetrieveFormat,
    )
    from .ai_analytics_overview_orgs_learners_retrieve_format import (
        AiAnalyticsOverviewOrgsLearnersRetrieveFormat,
    )
    from .ai_analytics_overview_orgs_most_active_courses_retrieve_format import (
        AiAnalyticsOverviewOrgsMostActiveCoursesRetrieveFormat,
    )
    from .ai_analytics_overview_orgs_registered_users_retrieve_format import (
        AiAnalyticsOverviewOrgsRegisteredUsersRetrieveFormat,
    )
    from .ai_analytics_performance_orgs_courses_grading_average_retrieve_format import (
        AiAnalyticsPerformanceOrgsCoursesGradingAverageRetrieveFormat,
    )
    from .ai_analytics_performance_orgs_courses_grading_average_with_cutoff_retrieve_format import (
        AiAnalyticsPerformanceOrgsCoursesGradingAverageWithCutoffRetrieveFormat,
    )
    from .ai_analytics_performance_orgs_courses_grading_detail_retrieve_format import (
        AiAnalyticsPerformanceOrgsCoursesGradingDetailRetrieveFormat,
    )
    from .ai_analytics_performance_orgs_courses_grading_per_learner_retrieve_format import (
        AiAnalyticsPerformanceOrgsCoursesGradingPerLearnerRetrieveFormat,
    )
    from .ai_analytics_performance_orgs_courses_grading_summary_retrieve_format import (
        AiAnalyticsPerformanceOrgsCoursesGradingSummaryRetrieveFormat,
    )
    from .ai_analytics_performance_orgs_grading_average_retrieve_format import (
        AiAnalyticsPerformanceOrgsGradingAverageRetrieveFormat,
    )
    from .ai_analytics_performance_orgs_grading_per_course_retrieve_format import (
        AiAnalyticsPerformanceOrgsGradingPerCourseRetrieveFormat,
    )
    from .ai_analytics_perlearner_orgs_learners_retrieve_format import (
        AiAnalyticsPerlearnerOrgsLearnersRetrieveFormat,
    )
    from .ai_analytics_perlearner_orgs_users_activity_retrieve_format import (
        AiAnalyticsPerlearnerOrgsUsersActivityRetrieveFormat,
    )
    from .ai_analytics_perlearner_orgs_users_courses_grading_cutoffs_retrieve_format import (
        AiAnalyticsPerlearnerOrgsUsersCoursesGradingCutoffsRetrieveFormat,
    )
    from .ai_analytics_perlearner_orgs_users_courses_grading_detail_retrieve_format import (
        AiAnalyticsPerlearnerOrgsUsersCoursesGradingDetailRetrieveFormat,
    )
    from .ai_analytics_perlearner_orgs_users_courses_grading_summary_retrieve_format import (
        AiAnalyticsPerlearnerOrgsUsersCoursesGradingSummaryRetrieveFormat,
    )
    from .ai_analytics_perlearner_orgs_users_courses_overview_grade_retrieve_format import (
        AiAnalyticsPerlearnerOrgsUsersCoursesOverviewGradeRetrieveFormat,
    )
    from .ai_analytics_perlearner_orgs_users_courses_overview_performance_index_retrieve_format import (
        AiAnalyticsPerlearnerOrgsUsersCoursesOverviewPerformanceIndexRetrieveFormat,
    )
    from .ai_analytics_perlearner_orgs_users_courses_overview_time_over_time_retrieve_format import (
        AiAnalyticsPerlearnerOrgsUsersCoursesOverviewTimeOverTimeRetrieveFormat,
    )
    from .ai_analytics_perlearner_orgs_users_courses_videos_over_time_retrieve_format import (
        AiAnalyticsPerlearnerOrgsUsersCoursesVideosOverTimeRetrieveFormat,
    )
    from .ai_analytics_perlearner_orgs_users_courses_videos_retrieve_format import (
        AiAnalyticsPerlearnerOrgsUsersCoursesVideosRetrieveFormat,
    )
    from .ai_analytics_perlearner_orgs_users_grades_per_course_retrieve_format import (
        AiAnalyticsPerlearnerOrgsUsersGradesPerCourseRetrieveFormat,
    )
    from .ai_analytics_perlearner_orgs_users_info_retrieve_format import (
        AiAnalyticsPerlearnerOrgsUsersInfoRetrieveFormat,
    )
    from .ai_analytics_perlearner_orgs_users_info_retrieve_meta import (
        AiAnalyticsPerlearnerOrgsUsersInfoRetrieveMeta,
    )
    from .ai_analytics_perlearner_orgs_users_last_access_retrieve_format import (
        AiAnalyticsPerlearnerOrgsUsersLastAccessRetrieveFormat,
    )
    from .ai_analytics_perlearner_orgs_users_overview_engagement_index_retrieve_format import (
        AiAnalyticsPerlearnerOrgsUsersOverviewEngagementIndexRetrieveFormat,
    )
    from .ai_analytics_perlearner_orgs_users_overview_grades_average_retrieve_format import (
        AiAnalyticsPerlearnerOrgsUsersOverviewGradesAverageRetrieveFormat,
    )
    from .ai_analytics_perlearner_orgs_users_overview_performance_index_retrieve_format import (
        AiAnalyticsPerlearnerOrgsUsersOverviewPerformanceIndexRetrieveFormat,
    )
    from .ai_analytics_perlearner_orgs_users_overview_time_over_time_retrieve_format import (
        AiAnalyticsPerlearnerOrgsUsersOverviewTimeOverTimeRetrieveFormat,
    )
    from .ai_analytics_perlearner_orgs_users_retrieve_format import (
        AiAnalyticsPerlearnerOrgsUsersRetrieveFormat,
    )
    from .ai_analytics_perlearner_orgs_users_videos_over_time_retrieve_format import (
        AiAnalyticsPerlearnerOrgsUsersVideosOverTimeRetrieveFormat,
    )
    from .ai_analytics_perlearner_orgs_users_videos_per_course_retrieve_format import (
        AiAnalyticsPerlearnerOrgsUsersVideosPerCourseRetrieveFormat,
    )
    from .ai_analytics_user_groups_orgs_retrieve_format import (
        AiAnalyticsUserGroupsOrgsRetrieveFormat,
    )
    from .ai_finetuning_v1_org_user_datasets_list_status import (
        AiFinetuningV1OrgUserDatasetsListStatus,
    )
    from .ai_finetuning_v1_org_user_trainings_list_provider import (
        AiFinetuningV1OrgUserTrainingsListProvider,
    )
    from .ai_finetuning_v1_org_user_trainings_list_status import (
        AiFinetuningV1OrgUserTrainingsListStatus,
    )
    from .ai_generated_image import AIGeneratedImage
    from .ai_index_orgs_users_documents_train_create_body import (
        AiIndexOrgsUsersDocumentsTrainCreateBody,
    )
    from .ai_index_orgs_users_documents_train_create_body_2 import (
        AiIndexOrgsUsersDocumentsTrainCreateBody2,
    )
    from .ai_index_orgs_users_documents_train_create_body_2_crawler_pattern_type import (
        AiIndexOrgsUsersDocumentsTrainCreateBody2CrawlerPatternType,
    )
    from .ai_index_orgs_users_documents_train_create_body_3 import (
        AiIndexOrgsUsersDocumentsTrainCreateBody3,
    )
    from .ai_index_orgs_users_documents_train_create_body_3_crawler_pattern_type import (
        AiIndexOrgsUsersDocumentsTrainCreateBody3CrawlerPatternType,
    )
    from .ai_index_orgs_users_documents_train_create_body_crawler_pattern_type import (
        AiIndexOrgsUsersDocumentsTrainCreateBodyCrawlerPatternType,
    )
    from .ai_index_orgs_users_documents_train_retriever_create_body import (
        AiIndexOrgsUsersDocumentsTrainRetrieverCreateBody,
    )
    from .ai_index_orgs_users_documents_train_retriever_create_body_2 import (
        AiIndexOrgsUsersDocumentsTrainRetrieverCreateBody2,
    )
    from .ai_index_orgs_users_documents_train_retriever_create_body_3 import (
        AiIndexOrgsUsersDocumentsTrainRetrieverCreateBody3,
    )
    from .ai_index_orgs_users_documents_update_body import AiIndexOrgsUsersDocumentsUpdateBody
    from .ai_index_orgs_users_documents_update_body_2 import AiIndexOrgsUsersDocumentsUpdateBody2
    from .ai_index_orgs_users_documents_update_body_2_access import (
        AiIndexOrgsUsersDocumentsUpdateBody2Access,
    )
    from .ai_index_orgs_users_documents_update_body_2_crawler_pattern_type import (
        AiIndexOrgsUsersDocumentsUpdateBody2CrawlerPatternType,
    )
    from .ai_index_orgs_users_documents_update_body_3 import AiIndexOrgsUsersDocumentsUpdateBody3
    from .ai_index_orgs_users_documents_update_body_3_access import (
        AiIndexOrgsUsersDocumentsUpdateBody3Access,
    )
    from .ai_index_orgs_users_documents_update_body_3_crawler_pattern_type import (
        AiIndexOrgsUsersDocumentsUpdateBody3CrawlerPatternType,
    )
    from .ai_index_orgs_users_documents_update_body_access import (
        AiIndexOrgsUsersDocumentsUpdateBodyAccess,
    )
    from .ai_index_orgs_users_documents_update_body_crawler_pattern_type import (
        AiIndexOrgsUsersDocumentsUpdateBodyCrawlerPatternType,
    )
    from .ai_media_orgs_users_heygen_video_captions_create_body import (
        AiMediaOrgsUsersHeygenVideoCaptionsCreateBody,
    )
    from .ai_media_orgs_users_heygen_video_captions_create_body_2 import (
        AiMediaOrgsUsersHeygenVideoCaptionsCreateBody2,
    )
    from .ai_media_orgs_users_heygen_video_captions_create_body_3 import (
        AiMediaOrgsUsersHeygenVideoCaptionsCreateBody3,
    )
    from .ai_media_orgs_users_veo_videos_create_body import AiMediaOrgsUsersVeoVideosCreateBody
    from .ai_media_orgs_users_veo_videos_create_body_2 import AiMediaOrgsUsersVeoVideosCreateBody2
    from .ai_media_orgs_users_veo_videos_create_body_3 import AiMediaOrgsUsersVeoVideosCreateBody3
    from .ai_mentor_orgs_agent_skill_resources_list_file_type import (
        AiMentorOrgsAgentSkillResourcesListFileType,
    )
    from .ai_mentor_orgs_claw_instances_list_status import AiMentorOrgsClawInstancesListStatus
    from .ai_mentor_orgs_mentors_by_email_create_response_400 import (
        AiMentorOrgsMentorsByEmailCreateResponse400,
    )
    from .ai_mentor_orgs_mentors_by_email_create_response_404 import (
        AiMentorOrgsMentorsByEmailCreateResponse404,
    )
    from .ai_mentor_orgs_sessions_create_response_400 import AiMentorOrgsSessionsCreateResponse400
    from .ai_mentor_orgs_sessions_create_response_404 import AiMentorOrgsSessionsCreateResponse404
    from .ai_mentor_orgs_users_audio_to_text_create_body import (
        AiMentorOrgsUsersAudioToTextCreateBody,
    )
    from .ai_mentor_orgs_users_audio_to_text_create_body_2 import (
        AiMentorOrgsUsersAudioToTextCreateBody2,
    )
    from .ai_mentor_orgs_users_audio_to_text_create_body_3 import (
        AiMentorOrgsUsersAudioToTextCreateBody3,
    )
    from .ai_mentor_orgs_users_call_configurations_list_mode import (
        AiMentorOrgsUsersCallConfigurationsListMode,
    )
    from .ai_mentor_orgs_users_course_creation_course_draft_content_for_unit_create_body import (
        AiMentorOrgsUsersCourseCreationCourseDraftContentForUnitCreateBody,
    )
    from .ai_mentor_orgs_users_course_creation_files_create_body import (
        AiMentorOrgsUsersCourseCreationFilesCreateBody,
    )
    from .ai_mentor_orgs_users_course_creation_files_create_body_2 import (
        AiMentorOrgsUsersCourseCreationFilesCreateBody2,
    )
    from .ai_mentor_orgs_users_course_creation_files_create_body_3 import (
        AiMentorOrgsUsersCourseCreationFilesCreateBody3,
    )
    from .ai_mentor_orgs_users_course_creation_files_partial_update_body import (
        AiMentorOrgsUsersCourseCreationFilesPartialUpdateBody,
    )
    from .ai_mentor_orgs_users_course_creation_files_partial_update_body_2 import (
        AiMentorOrgsUsersCourseCreationFilesPartialUpdateBody2,
    )
    from .ai_mentor_orgs_users_course_creation_files_partial_update_body_3 import (
        AiMentorOrgsUsersCourseCreationFilesPartialUpdateBody3,
    )
    from .ai_mentor_orgs_users_course_creation_files_update_body import (
        AiMentorOrgsUsersCourseCreationFilesUpdateBody,
    )
    from .ai_mentor_orgs_users_course_creation_files_update_body_2 import (
        AiMentorOrgsUsersCourseCreationFilesUpdateBody2,
    )
    from .ai_mentor_orgs_users_course_creation_files_update_body_3 import (
        AiMentorOrgsUsersCourseCreationFilesUpdateBody3,
    )
    from .ai_mentor_orgs_users_course_creation_task_files_create_body import (
        AiMentorOrgsUsersCourseCreationTaskFilesCreateBody,
    )
    from .ai_mentor_orgs_users_course_creation_task_files_create_body_2 import (
        AiMentorOrgsUsersCourseCreationTaskFilesCreateBody2,
    )
    from .ai_mentor_orgs_users_course_creation_task_files_create_body_3 import (
        AiMentorOrgsUsersCourseCreationTaskFilesCreateBody3,
    )
    from .ai_mentor_orgs_users_course_creation_task_files_partial_update_body import (
        AiMentorOrgsUsersCourseCreationTaskFilesPartialUpdateBody,
    )
    from .ai_mentor_orgs_users_course_creation_task_files_partial_update_body_2 import (
        AiMentorOrgsUsersCourseCreationTaskFilesPartialUpdateBody2,
    )
    from .ai_mentor_orgs_users_course_creation_task_files_partial_update_body_3 import (
        AiMentorOrgsUsersCourseCreationTaskFilesPartialUpdateBody3,
    )
    from .ai_mentor_orgs_users_course_creation_task_files_update_body import (
        AiMentorOrgsUsersCourseCreationTaskFilesUpdateBody,
    )
    from .ai_mentor_orgs_users_course_creation_task_files_update_body_2 import (
        AiMentorOrgsUsersCourseCreationTaskFilesUpdateBody2,
    )
    from .ai_mentor_orgs_users_course_creation_task_files_update_body_3 import (
        AiMentorOrgsUsersCourseCreationTaskFilesUpdateBody3,
    )
    from .ai_mentor_orgs_users_course_creation_tasks_create_2_body import (
        AiMentorOrgsUsersCourseCreationTasksCreate2Body,
    )
    from .ai_mentor_orgs_users_course_creation_tasks_create_2_body_2 import (
        AiMentorOrgsUsersCourseCreationTasksCreate2Body2,
    )
    from .ai_mentor_orgs_users_course_creation_tasks_create_2_body_3 import (
        AiMentorOrgsUsersCourseCreationTasksCreate2Body3,
    )
    from .ai_mentor_orgs_users_course_creation_tasks_create_body import (
        AiMentorOrgsUsersCourseCreationTasksCreateBody,
    )
    from .ai_mentor_orgs_users_course_creation_tasks_create_body_2 import (
        AiMentorOrgsUsersCourseCreationTasksCreateBody2,
    )
    from .ai_mentor_orgs_users_course_creation_tasks_create_body_3 import (
        AiMentorOrgsUsersCourseCreationTasksCreateBody3,
    )
    from .ai_mentor_orgs_users_course_creation_tasks_create_course_create_2_body import (
        AiMentorOrgsUsersCourseCreationTasksCreateCourseCreate2Body,
    )
    from .ai_mentor_orgs_users_course_creation_tasks_create_course_create_2_body_2 import (
        AiMentorOrgsUsersCourseCreationTasksCreateCourseCreate2Body2,
    )
    from .ai_mentor_orgs_users_course_creation_tasks_create_course_create_2_body_3 import (
        AiMentorOrgsUsersCourseCreationTasksCreateCourseCreate2Body3,
    )
    from .ai_mentor_orgs_users_course_creation_tasks_create_course_create_body import (
        AiMentorOrgsUsersCourseCreationTasksCreateCourseCreateBody,
    )
    from .ai_mentor_orgs_users_course_creation_tasks_create_course_create_body_2 import (
        AiMentorOrgsUsersCourseCreationTasksCreateCourseCreateBody2,
    )
    from .ai_mentor_orgs_users_course_creation_tasks_create_course_create_body_3 import (
        AiMentorOrgsUsersCourseCreationTasksCreateCourseCreateBody3,
    )
    from .ai_mentor_orgs_users_course_creation_tasks_create_course_outline_create_2_body import (
        AiMentorOrgsUsersCourseCreationTasksCreateCourseOutlineCreate2Body,
    )
    from .ai_mentor_orgs_users_course_creation_tasks_create_course_outline_create_2_body_2 import (
        AiMentorOrgsUsersCourseCreationTasksCreateCourseOutlineCreate2Body2,
    )
    from .ai_mentor_orgs_users_course_creation_tasks_create_course_outline_create_2_body_3 import (
        AiMentorOrgsUsersCourseCreationTasksCreateCourseOutlineCreate2Body3,
    )
    from .ai_mentor_orgs_users_course_creation_tasks_create_course_outline_create_body import (
        AiMentorOrgsUsersCourseCreationTasksCreateCourseOutlineCreateBody,
    )
    from .ai_mentor_orgs_users_course_creation_tasks_create_course_outline_create_body_2 import (
        AiMentorOrgsUsersCourseCreationTasksCreateCourseOutlineCreateBody2,
    )
    from .ai_mentor_orgs_users_course_creation_tasks_create_course_outline_create_body_3 import (
        AiMentorOrgsUsersCourseCreationTasksCreateCourseOutlineCreateBody3,
    )
    from .ai_mentor_orgs_users_disclaimers_list_scope import AiMentorOrgsUsersDisclaimersListScope
    from .ai_mentor_orgs_users_elevenlabs_voice_create_body import (
        AiMentorOrgsUsersElevenlabsVoiceCreateBody,
    )
    from .ai_mentor_orgs_users_elevenlabs_voice_create_body_2 import (
        AiMentorOrgsUsersElevenlabsVoiceCreateBody2,
    )
    from .ai_mentor_orgs_users_elevenlabs_voice_create_body_3 import (
        AiMentorOrgsUsersElevenlabsVoiceCreateBody3,
    )
    from .ai_mentor_orgs_users_mcp_server_connections_list_auth_type import (
        AiMentorOrgsUsersMcpServerConnectionsListAuthType,
    )
    from .ai_mentor_orgs_users_mcp_server_connections_list_scope import (
        AiMentorOrgsUsersMcpServerConnectionsListScope,
    )
    from .ai_mentor_orgs_users_mcp_servers_create_body import AiMentorOrgsUsersMcpServersCreateBody
    from .ai_mentor_orgs_users_mcp_servers_create_body_2 import (
        AiMentorOrgsUsersMcpServersCreateBody2,
    )
    from .ai_mentor_orgs_users_mcp_servers_create_body_2_auth_scope import (
        AiMentorOrgsUsersMcpServersCreateBody2AuthScope,
    )
    from .ai_mentor_orgs_users_mcp_servers_create_body_2_auth_type import (
        AiMentorOrgsUsersMcpServersCreateBody2AuthType,
    )
    from .ai_mentor_orgs_users_mcp_servers_create_body_3 import (
        AiMentorOrgsUsersMcpServersCreateBody3,
    )
    from .ai_mentor_orgs_users_mcp_servers_create_body_3_auth_scope import (
        AiMentorOrgsUsersMcpServersCreateBody3AuthScope,
    )
    from .ai_mentor_orgs_users_mcp_servers_create_body_3_auth_type import (
        AiMentorOrgsUsersMcpServersCreateBody3AuthType,
    )
    from .ai_mentor_orgs_users_mcp_servers_create_body_auth_scope import (
        AiMentorOrgsUsersMcpServersCreateBodyAuthScope,
    )
    from .ai_mentor_orgs_users_mcp_servers_create_body_auth_type import (
        AiMentorOrgsUsersMcpServersCreateBodyAuthType,
    )
    from .ai_mentor_orgs_users_mcp_servers_list_auth_scope import (
        AiMentorOrgsUsersMcpServersListAuthScope,
    )
    from .ai_mentor_orgs_users_mcp_servers_list_auth_type import (
        AiMentorOrgsUsersMcpServersListAuthType,
    )
    from .ai_mentor_orgs_users_mcp_servers_list_transport import (
        AiMentorOrgsUsersMcpServersListTransport,
    )
    from .ai_mentor_orgs_users_mcp_servers_oauth_find_create_body import (
        AiMentorOrgsUsersMcpServersOauthFindCreateBody,
    )
    from .ai_mentor_orgs_users_mcp_servers_oauth_find_create_body_2 import (
        AiMentorOrgsUsersMcpServersOauthFindCreateBody2,
    )
    from .ai_mentor_orgs_users_mcp_servers_oauth_find_create_body_3 import (
        AiMentorOrgsUsersMcpServersOauthFindCreateBody3,
    )
    from .ai_mentor_orgs_users_mcp_servers_partial_update_body import (
        AiMentorOrgsUsersMcpServersPartialUpdateBody,
    )
    from .ai_mentor_orgs_users_mcp_servers_partial_update_body_2 import (
        AiMentorOrgsUsersMcpServersPartialUpdateBody2,
    )
    from .ai_mentor_orgs_users_mcp_servers_partial_update_body_2_auth_scope import (
        AiMentorOrgsUsersMcpServersPartialUpdateBody2AuthScope,
    )
    from .ai_mentor_orgs_users_mcp_servers_partial_update_body_2_auth_type import (
        AiMentorOrgsUsersMcpServersPartialUpdateBody2AuthType,
    )
    from .ai_mentor_orgs_users_mcp_servers_partial_update_body_3 import (
        AiMentorOrgsUsersMcpServersPartialUpdateBody3,
    )
    from .ai_mentor_orgs_users_mcp_servers_partial_update_body_3_auth_scope import (
        AiMentorOrgsUsersMcpServersPartialUpdateBody3AuthScope,
    )
    from .ai_mentor_orgs_users_mcp_servers_partial_update_body_3_auth_type import (
        AiMentorOrgsUsersMcpServersPartialUpdateBody3AuthType,
    )
    from .ai_mentor_orgs_users_mcp_servers_partial_update_body_auth_scope import (
        AiMentorOrgsUsersMcpServersPartialUpdateBodyAuthScope,
    )
    from .ai_mentor_orgs_users_mcp_servers_partial_update_body_auth_type import (
        AiMentorOrgsUsersMcpServersPartialUpdateBodyAuthType,
    )
    from .ai_mentor_orgs_users_mcp_servers_update_body import AiMentorOrgsUsersMcpServersUpdateBody
    from .ai_mentor_orgs_users_mcp_servers_update_body_2 import (
        AiMentorOrgsUsersMcpServersUpdateBody2,
    )
    from .ai_mentor_orgs_users_mcp_servers_update_body_2_auth_scope import (
        AiMentorOrgsUsersMcpServersUpdateBody2AuthScope,
    )
    from .ai_mentor_orgs_users_mcp_servers_update_body_2_auth_type import (
        AiMentorOrgsUsersMcpServersUpdateBody2AuthType,
    )
    from .ai_mentor_orgs_users_mcp_servers_update_body_3 import (
        AiMentorOrgsUsersMcpServersUpdateBody3,
    )
    from .ai_mentor_orgs_users_mcp_servers_update_body_3_auth_scope import (
        AiMentorOrgsUsersMcpServersUpdateBody3AuthScope,
    )
    from .ai_mentor_orgs_users_mcp_servers_update_body_3_auth_type import (
        AiMentorOrgsUsersMcpServersUpdateBody3AuthType,
    )
    from .ai_mentor_orgs_users_mcp_servers_update_body_auth_scope import (
        AiMentorOrgsUsersMcpServersUpdateBodyAuthScope,
    )
    from .ai_mentor_orgs_users_mcp_servers_update_body_auth_type import (
        AiMentorOrgsUsersMcpServersUpdateBodyAuthType,
    )
    from .ai_mentor_orgs_users_memsearch_config_create_body import (
        AiMentorOrgsUsersMemsearchConfigCreateBody,
    )
    from .ai_mentor_orgs_users_mentor_with_settings_create_body import (
        AiMentorOrgsUsersMentorWithSettingsCreateBody,
    )
    from .ai_mentor_orgs_users_mentor_with_settings_create_body_2 import (
        AiMentorOrgsUsersMentorWithSettingsCreateBody2,
    )
    from .ai_mentor_orgs_users_mentor_with_settings_create_body_3 import (
        AiMentorOrgsUsersMentorWithSettingsCreateBody3,
    )
    from .ai_mentor_orgs_users_mentors_custom_voice_tts_create_data_body import (
        AiMentorOrgsUsersMentorsCustomVoiceTtsCreateDataBody,
    )
    from .ai_mentor_orgs_users_mentors_custom_voice_tts_create_files_body import (
        AiMentorOrgsUsersMentorsCustomVoiceTtsCreateFilesBody,
    )
    from .ai_mentor_orgs_users_mentors_custom_voice_tts_create_json_body import (
        AiMentorOrgsUsersMentorsCustomVoiceTtsCreateJsonBody,
    )
    from .ai_mentor_orgs_users_mentors_settings_update_body import (
        AiMentorOrgsUsersMentorsSettingsUpdateBody,
    )
    from .ai_mentor_orgs_users_mentors_settings_update_body_2 import (
        AiMentorOrgsUsersMentorsSettingsUpdateBody2,
    )
    from .ai_mentor_orgs_users_mentors_settings_update_body_3 import (
        AiMentorOrgsUsersMentorsSettingsUpdateBody3,
    )
    from .ai_mentor_orgs_users_moderation_logs_list_target_system import (
        AiMentorOrgsUsersModerationLogsListTargetSystem,
    )
    from .ai_mentor_orgs_users_periodic_agent_logs_list_status import (
        AiMentorOrgsUsersPeriodicAgentLogsListStatus,
    )
    from .ai_mentor_orgs_users_periodic_agents_list_previous_agent_status import (
        AiMentorOrgsUsersPeriodicAgentsListPreviousAgentStatus,
    )
    from .ai_mentor_orgs_users_periodic_agents_list_status import (
        AiMentorOrgsUsersPeriodicAgentsListStatus,
    )
    from .ai_mentor_orgs_users_pin_message_destroy_response_204 import (
        AiMentorOrgsUsersPinMessageDestroyResponse204,
    )
    from .ai_mentor_orgs_users_safety_logs_list_target_system import (
        AiMentorOrgsUsersSafetyLogsListTargetSystem,
    )
    from .ai_mentor_orgs_users_sessions_create_response_400 import (
        AiMentorOrgsUsersSessionsCreateResponse400,
    )
    from .ai_mentor_orgs_users_sessions_create_response_404 import (
        AiMentorOrgsUsersSessionsCreateResponse404,
    )
    from .ai_mentor_orgs_users_sessions_destroy_response_204 import (
        AiMentorOrgsUsersSessionsDestroyResponse204,
    )
    from .ai_mentor_orgs_users_support_tickets_list_status import (
        AiMentorOrgsUsersSupportTicketsListStatus,
    )
    from .ai_mentor_orgs_users_voices_list_provider import AiMentorOrgsUsersVoicesListProvider
    from .ai_mentor_orgs_workflows_chat_create_body import AiMentorOrgsWorkflowsChatCreateBody
    from .ai_prompt_orgs_users_sessions_guided_prompts_retrieve_response_404 import (
        AiPromptOrgsUsersSessionsGuidedPromptsRetrieveResponse404,
    )
    from .ai_prompt_orgs_users_sessions_guided_prompts_retrieve_response_429 import (
        AiPromptOrgsUsersSessionsGuidedPromptsRetrieveResponse429,
    )
    from .ai_prompt_orgs_users_sessions_guided_prompts_retrieve_response_500 import (
        AiPromptOrgsUsersSessionsGuidedPromptsRetrieveResponse500,
    )
    from .ai_user_profile_memory_relation import AIUserProfileMemoryRelation
    from .ai_user_profile_request import AIUserProfileRequest
    from .align_mentor_bubble_enum import AlignMentorBubbleEnum
    from .analytics_conversations_retrieve_date_filter import (
        AnalyticsConversationsRetrieveDateFilter,
    )
    from .analytics_conversations_retrieve_granularity import (
        AnalyticsConversationsRetrieveGranularity,
    )
    from .analytics_conversations_retrieve_metric import AnalyticsConversationsRetrieveMetric
    from .analytics_financial_details_retrieve_date_filter import (
        AnalyticsFinancialDetailsRetrieveDateFilter,
    )
    from .analytics_financial_details_retrieve_group_by import (
        AnalyticsFinancialDetailsRetrieveGroupBy,
    )
    from .analytics_financial_retrieve_date_filter import AnalyticsFinancialRetrieveDateFilter
    from .analytics_financial_retrieve_fill_method import AnalyticsFinancialRetrieveFillMethod
    from .analytics_financial_retrieve_granularity import AnalyticsFinancialRetrieveGranularity
    from .analytics_financial_retrieve_metric import AnalyticsFinancialRetrieveMetric
    from .analytics_financial_retrieve_provider import AnalyticsFinancialRetrieveProvider
    from .analytics_learner_details_retrieve_date_filter import (
        AnalyticsLearnerDetailsRetrieveDateFilter,
    )
    from .analytics_learner_details_retrieve_granularity import (
        AnalyticsLearnerDetailsRetrieveGranularity,
    )
    from .analytics_learners_list_retrieve_date_filter import (
        AnalyticsLearnersListRetrieveDateFilter,
    )
    from .analytics_learners_list_retrieve_granularity import (
        AnalyticsLearnersListRetrieveGranularity,
    )
    from .analytics_learners_list_retrieve_sort_by import AnalyticsLearnersListRetrieveSortBy
    from .analytics_learners_list_retrieve_sort_order import AnalyticsLearnersListRetrieveSortOrder
    from .analytics_learners_retrieve_date_filter import AnalyticsLearnersRetrieveDateFilter
    from .analytics_learners_retrieve_granularity import AnalyticsLearnersRetrieveGranularity
    from .analytics_messages_retrieve_sentiment import AnalyticsMessagesRetrieveSentiment
    from .analytics_overview import AnalyticsOverview
    from .analytics_ratings_retrieve_date_filter import AnalyticsRatingsRetrieveDateFilter
    from .analytics_ratings_retrieve_granularity import AnalyticsRatingsRetrieveGranularity
    from .analytics_ratings_retrieve_metric import AnalyticsRatingsRetrieveMetric
    from .analytics_sessions_retrieve_date_filter import AnalyticsSessionsRetrieveDateFilter
    from .analytics_sessions_retrieve_granularity import AnalyticsSessionsRetrieveGranularity
    from .analytics_sessions_retrieve_metric import AnalyticsSessionsRetrieveMetric
    from .analytics_time_retrieve_date_filter import AnalyticsTimeRetrieveDateFilter
    from .analytics_time_retrieve_granularity import AnalyticsTimeRetrieveGranularity
    from .analytics_topics_details_retrieve_date_filter import (
        AnalyticsTopicsDetailsRetrieveDateFilter,
    )
    from .analytics_topics_retrieve_date_filter import AnalyticsTopicsRetrieveDateFilter
    from .analytics_topics_retrieve_granularity import AnalyticsTopicsRetrieveGranularity
    from .analytics_topics_retrieve_metric import AnalyticsTopicsRetrieveMetric
    from .analytics_users_details_retrieve_date_filter import (
        AnalyticsUsersDetailsRetrieveDateFilter,
    )
    from .analytics_users_retrieve_date_filter import AnalyticsUsersRetrieveDateFilter
    from .analytics_users_retrieve_granularity import AnalyticsUsersRetrieveGranularity
    from .analytics_users_retrieve_metric import AnalyticsUsersRetrieveMetric
    from .answer import Answer
    from .app import App
    from .apple_subscription_status_request import AppleSubscriptionStatusRequest
    from .apple_subscription_status_view import AppleSubscriptionStatusView
    from .apple_verify_transaction_id import AppleVerifyTransactionId
    from .artifact import Artifact
    from .artifact_list import ArtifactList
    from .artifact_request import ArtifactRequest
    from .artifact_version import ArtifactVersion
    from .artifact_version_interface import ArtifactVersionInterface
    from .assertion import Assertion
    from .assertion_course import AssertionCourse
    from .assertion_credential_details import AssertionCredentialDetails
    from .assertion_program import AssertionProgram
    from .assertion_recipient import AssertionRecipient
    from .assertion_request import AssertionRequest
    from .associate_account_response import AssociateAccountResponse
    from .associate_apple_account import AssociateAppleAccount
    from .assumed_knowledge import AssumedKnowledge
    from .assumed_knowledge_level import AssumedKnowledgeLevel
    from .audience_orgs_active_users_over_time_retrieve_format import (
        AudienceOrgsActiveUsersOverTimeRetrieveFormat,
    )
    from .audience_orgs_active_users_per_course_retrieve_format import (
        AudienceOrgsActiveUsersPerCourseRetrieveFormat,
    )
    from .audience_orgs_active_users_users_retrieve_format import (
        AudienceOrgsActiveUsersUsersRetrieveFormat,
    )
    from .audience_orgs_enrollments_courses_over_time_retrieve_active import (
        AudienceOrgsEnrollmentsCoursesOverTimeRetrieveActive,
    )
    from .audience_orgs_enrollments_courses_over_time_retrieve_format import (
        AudienceOrgsEnrollmentsCoursesOverTimeRetrieveFormat,
    )
    from .audience_orgs_enrollments_courses_users_retrieve_active import (
        AudienceOrgsEnrollmentsCoursesUsersRetrieveActive,
    )
    from .audience_orgs_enrollments_courses_users_retrieve_format import (
        AudienceOrgsEnrollmentsCoursesUsersRetrieveFormat,
    )
    from .audience_orgs_enrollments_over_time_retrieve_active import (
        AudienceOrgsEnrollmentsOverTimeRetrieveActive,
    )
    from .audience_orgs_enrollments_over_time_retrieve_format import (
        AudienceOrgsEnrollmentsOverTimeRetrieveFormat,
    )
    from .audience_orgs_enrollments_per_course_retrieve_active import (
        AudienceOrgsEnrollmentsPerCourseRetrieveActive,
    )
    from .audience_orgs_enrollments_per_course_retrieve_format import (
        AudienceOrgsEnrollmentsPerCourseRetrieveFormat,
    )
    from .audience_orgs_registered_users_over_time_retrieve_format import (
        AudienceOrgsRegisteredUsersOverTimeRetrieveFormat,
    )
    from .audience_orgs_registered_users_per_course_retrieve_active import (
        AudienceOrgsRegisteredUsersPerCourseRetrieveActive,
    )
    from .audience_orgs_registered_users_per_course_retrieve_format import (
        AudienceOrgsRegisteredUsersPerCourseRetrieveFormat,
    )
    from .audience_orgs_registered_users_retrieve_format import (
        AudienceOrgsRegisteredUsersRetrieveFormat,
    )
    from .audio_to_text_request import AudioToTextRequest
    from .audio_to_text_response import AudioToTextResponse
    from .auth_scope_enum import AuthScopeEnum
    from .auth_token import AuthToken
    from .auth_type_enum import AuthTypeEnum
    from .auto_memory_prompt import AutoMemoryPrompt
    from .auto_recharge_trigger_request import AutoRechargeTriggerRequest
    from .auto_recharge_trigger_response import AutoRechargeTriggerResponse
    from .auto_recharge_trigger_response_status import AutoRechargeTriggerResponseStatus
    from .auto_recharge_trigger_response_status_enum import AutoRechargeTriggerResponseStatusEnum
    from .average import Average
    from .average_data import AverageData
    from .average_overtime import AverageOvertime
    from .average_overtime_data import AverageOvertimeData
    from .avg_course_grade_with_cutoff import AvgCourseGradeWithCutoff
    from .avg_course_grade_with_cutoff_data import AvgCourseGradeWithCutoffData
    from .avg_course_grade_with_cutoff_data_grade_cutoffs import (
        AvgCourseGradeWithCutoffDataGradeCutoffs,
    )
    from .aws_tenant_launch_request import AWSTenantLaunchRequest
    from .base_error_response import BaseErrorResponse
    from .base_finance_response import BaseFinanceResponse
    from .base_response import BaseResponse
    from .billing_period import BillingPeriod
    from .billing_platforms_items_subscribers_list_status import (
        BillingPlatformsItemsSubscribersListStatus,
    )
    from .billing_platforms_my_subscriptions_list_item_type import (
        BillingPlatformsMySubscriptionsListItemType,
    )
    from .billing_platforms_my_subscriptions_list_status import (
        BillingPlatformsMySubscriptionsListStatus,
    )
    from .billing_platforms_paywalls_list_item_type import BillingPlatformsPaywallsListItemType
    from .billing_platforms_subscribers_list_item_type import (
        BillingPlatformsSubscribersListItemType,
    )
    from .billing_platforms_subscribers_list_status import BillingPlatformsSubscribersListStatus
    from .billing_transactions_retrieve_transaction_type import (
        BillingTransactionsRetrieveTransactionType,
    )
    from .blank_course_invitation_create import BlankCourseInvitationCreate
    from .blank_course_invitation_create_metadata import BlankCourseInvitationCreateMetadata
    from .blank_enum import BlankEnum
    from .blank_platform_invitation_create import BlankPlatformInvitationCreate
    from .blank_platform_invitation_create_metadata import BlankPlatformInvitationCreateMetadata
    from .blank_program_invitation_create import BlankProgramInvitationCreate
    from .blank_program_invitation_create_metadata import BlankProgramInvitationCreateMetadata
    from .block_skill_point_info_request import BlockSkillPointInfoRequest
    from .block_skill_point_info_request_point_data import BlockSkillPointInfoRequestPointData
    from .bot import Bot
    from .bot_command import BotCommand
    from .bot_command_request import BotCommandRequest
    from .bot_create import BotCreate
    from .bot_create_request import BotCreateRequest
    from .breakdown import Breakdown
    from .bulk_course_invitation_create import BulkCourseInvitationCreate
    from .bulk_course_invitation_response import BulkCourseInvitationResponse
    from .bulk_create_assertion import BulkCreateAssertion
    from .bulk_platform_invitation_create import BulkPlatformInvitationCreate
    from .bulk_platform_invitation_response import BulkPlatformInvitationResponse
    from .bulk_program_invitation_create import BulkProgramInvitationCreate
    from .bulk_program_invitation_response import BulkProgramInvitationResponse
    from .bulk_suggestion_response import BulkSuggestionResponse
    from .business_type_enum import BusinessTypeEnum
    from .call_authentication_request import CallAuthenticationRequest
    from .call_authentication_response import CallAuthenticationResponse
    from .call_configuration import CallConfiguration
    from .call_configuration_mode_enum import CallConfigurationModeEnum
    from .call_configuration_request import CallConfigurationRequest
    from .campaign_enablement import CampaignEnablement
    from .campaign_exclusion import CampaignExclusion
    from .catalog_auto_increment_response import CatalogAutoIncrementResponse
    from .catalog_auto_increment_update_request import CatalogAutoIncrementUpdateRequest
    from .catalog_eligibility_courses_check_retrieve_response_200 import (
        CatalogEligibilityCoursesCheckRetrieveResponse200,
    )
    from .catalog_increment_create_response_400 import CatalogIncrementCreateResponse400
    from .catalog_increment_create_response_500 import CatalogIncrementCreateResponse500
    from .catalog_metadata_course_search_create_response_200 import (
        CatalogMetadataCourseSearchCreateResponse200,
    )
    from .catalog_milestones_completions_course_catalog_retrieve_response_200 import (
        CatalogMilestonesCompletionsCourseCatalogRetrieveResponse200,
    )
    from .catalog_milestones_completions_course_manage_create_response_200 import (
        CatalogMilestonesCompletionsCourseManageCreateResponse200,
    )
    from .catalog_milestones_completions_course_manage_create_response_201 import (
        CatalogMilestonesCompletionsCourseManageCreateResponse201,
    )
    from .catalog_milestones_completions_course_manage_retrieve_response_200 import (
        CatalogMilestonesCompletionsCourseManageRetrieveResponse200,
    )
    from .catalog_milestones_skill_points_block_retrieve_response_200 import (
        CatalogMilestonesSkillPointsBlockRetrieveResponse200,
    )
    from .catalog_milestones_skill_points_course_retrieve_response_200 import (
        CatalogMilestonesSkillPointsCourseRetrieveResponse200,
    )
    from .catalog_milestones_skill_points_user_retrieve_response_200 import (
        CatalogMilestonesSkillPointsUserRetrieveResponse200,
    )
    from .catalog_resources_create_body import CatalogResourcesCreateBody
    from .catalog_resources_create_body_2 import CatalogResourcesCreateBody2
    from .catalog_resources_create_body_3 import CatalogResourcesCreateBody3
    from .catalog_resources_create_response_400 import CatalogResourcesCreateResponse400
    from .celery_heartbeat import CeleryHeartbeat
    from .celery_heartbeat_fail import CeleryHeartbeatFail
    from .celery_heartbeat_fail_status_enum import CeleryHeartbeatFailStatusEnum
    from .celery_heartbeat_status_enum import CeleryHeartbeatStatusEnum
    from .chat_history import ChatHistory
    from .chat_history_filter_data import ChatHistoryFilterData
    from .chat_history_filter_user import ChatHistoryFilterUser
    from .chat_history_item import ChatHistoryItem
    from .chat_history_session_id import ChatHistorySessionId
    from .chat_privacy_mode_enum import ChatPrivacyModeEnum
    from .chat_session_request import ChatSessionRequest
    from .chat_session_response import ChatSessionResponse
    from .check_document_training_status import CheckDocumentTrainingStatus
    from .checkout_session_create import CheckoutSessionCreate
    from .checkout_session_response import CheckoutSessionResponse
    from .claw_instance import ClawInstance
    from .claw_instance_deploy_state import ClawInstanceDeployState
    from .claw_instance_provision_mode import ClawInstanceProvisionMode
    from .claw_instance_request import ClawInstanceRequest
    from .claw_instance_status import ClawInstanceStatus
    from .claw_instance_status_enum import ClawInstanceStatusEnum
    from .claw_mentor_config import ClawMentorConfig
    from .claw_mentor_config_request import ClawMentorConfigRequest
    from .claw_model_provider import ClawModelProvider
    from .claw_model_provider_request import ClawModelProviderRequest
    from .claw_type_enum import ClawTypeEnum
    from .company import Company
    from .company_request import CompanyRequest
    from .comparison_info import ComparisonInfo
    from .configuration_item import ConfigurationItem
    from .connected_service import ConnectedService
    from .consumer_channel import ConsumerChannel
    from .content_analytics import ContentAnalytics
    from .content_averages import ContentAverages
    from .content_details_content_info import ContentDetailsContentInfo
    from .content_details_content_info_metadata import ContentDetailsContentInfoMetadata
    from .content_details_learner import ContentDetailsLearner
    from .content_details_learner_details import ContentDetailsLearnerDetails
    from .content_details_pagination import ContentDetailsPagination
    from .content_details_response import ContentDetailsResponse
    from .content_details_summary import ContentDetailsSummary
    from .content_details_summary_averages import ContentDetailsSummaryAverages
    from .content_details_summary_totals import ContentDetailsSummaryTotals
    from .content_details_time_series import ContentDetailsTimeSeries
    from .content_details_time_series_point import ContentDetailsTimeSeriesPoint
    from .content_item import ContentItem
    from .content_pagination import ContentPagination
    from .content_response import ContentResponse
    from .content_summary import ContentSummary
    from .content_totals import ContentTotals
    from .context_response import ContextResponse
    from .context_response_data import ContextResponseData
    from .conversation_chart_point import ConversationChartPoint
    from .conversation_detail_response import ConversationDetailResponse
    from .conversation_detail_response_messages_item import ConversationDetailResponseMessagesItem
    from .conversation_detail_response_summary import ConversationDetailResponseSummary
    from .conversation_list_item import ConversationListItem
    from .conversation_list_response import ConversationListResponse
    from .conversation_list_response_pagination import ConversationListResponsePagination
    from .conversation_list_response_summary import ConversationListResponseSummary
    from .conversation_message import ConversationMessage
    from .conversation_rating import ConversationRating
    from .conversation_summary import ConversationSummary
    from .conversation_volume import ConversationVolume
    from .conversations import Conversations
    from .conversations_chart import ConversationsChart
    from .conversations_request import ConversationsRequest
    from .core_orgs_dark_mode_logo_retrieve_response_200 import (
        CoreOrgsDarkModeLogoRetrieveResponse200,
    )
    from .core_orgs_favicon_retrieve_response_200 import CoreOrgsFaviconRetrieveResponse200
    from .core_orgs_logo_retrieve_response_200 import CoreOrgsLogoRetrieveResponse200
    from .core_orgs_thumbnail_retrieve_response_200 import CoreOrgsThumbnailRetrieveResponse200
    from .core_platform_config_site_create_data_body import CorePlatformConfigSiteCreateDataBody
    from .core_platform_config_site_create_files_body import CorePlatformConfigSiteCreateFilesBody
    from .core_platform_config_site_create_json_body import CorePlatformConfigSiteCreateJsonBody
    from .core_platform_config_site_create_response_200 import (
        CorePlatformConfigSiteCreateResponse200,
    )
    from .core_platform_config_site_retrieve_response_200 import (
        CorePlatformConfigSiteRetrieveResponse200,
    )
    from .core_platforms_public_image_assets_file_retrieve_response_200 import (
        CorePlatformsPublicImageAssetsFileRetrieveResponse200,
    )
    from .core_users_proxy_bulk_create_response_200_item import (
        CoreUsersProxyBulkCreateResponse200Item,
    )
    from .cost import Cost
    from .cost_per_tenant import CostPerTenant
    from .count import Count
    from .count_data import CountData
    from .course import Course
    from .course_access_request_create import CourseAccessRequestCreate
    from .course_access_request_detail import CourseAccessRequestDetail
    from .course_access_request_detail_metadata import CourseAccessRequestDetailMetadata
    from .course_access_request_status_response import CourseAccessRequestStatusResponse
    from .course_access_request_update import CourseAccessRequestUpdate
    from .course_completion import CourseCompletion
    from .course_completion_per_course import CourseCompletionPerCourse
    from .course_completion_per_course_data import CourseCompletionPerCourseData
    from .course_completion_summary_data_overtime import CourseCompletionSummaryDataOvertime
    from .course_completion_summary_data_overtime_overtime import (
        CourseCompletionSummaryDataOvertimeOvertime,
    )
    from .course_completion_summary_overtime import CourseCompletionSummaryOvertime
    from .course_create_update import CourseCreateUpdate
    from .course_creation_task import CourseCreationTask
    from .course_creation_task_file import CourseCreationTaskFile
    from .course_creation_task_file_request import CourseCreationTaskFileRequest
    from .course_creation_task_status import CourseCreationTaskStatus
    from .course_creation_task_status_enum import CourseCreationTaskStatusEnum
    from .course_delete_response import CourseDeleteResponse
    from .course_delete_response_type import CourseDeleteResponseType
    from .course_detail import CourseDetail
    from .course_enrollment_search_response import CourseEnrollmentSearchResponse
    from .course_grade_detail_block import CourseGradeDetailBlock
    from .course_grade_detail_sub_section import CourseGradeDetailSubSection
    from .course_grade_summary import CourseGradeSummary
    from .course_grade_summary_data import CourseGradeSummaryData
    from .course_grading_detail import CourseGradingDetail
    from .course_grading_detail_data import CourseGradingDetailData
    from .course_group_suggestion_create import CourseGroupSuggestionCreate
    from .course_group_suggestion_create_metadata import CourseGroupSuggestionCreateMetadata
    from .course_group_suggestion_detail import CourseGroupSuggestionDetail
    from .course_group_suggestion_detail_metadata import CourseGroupSuggestionDetailMetadata
    from .course_invitation_create import CourseInvitationCreate
    from .course_invitation_create_enrollment_config import CourseInvitationCreateEnrollmentConfig
    from .course_invitation_create_metadata import CourseInvitationCreateMetadata
    from .course_invitation_detail import CourseInvitationDetail
    from .course_invitation_detail_metadata import CourseInvitationDetailMetadata
    from .course_invitation_redemption import CourseInvitationRedemption
    from .course_invitation_redemption_metadata import CourseInvitationRedemptionMetadata
    from .course_license_assignment_create import CourseLicenseAssignmentCreate
    from .course_license_assignment_create_metadata import CourseLicenseAssignmentCreateMetadata
    from .course_license_assignment_detail import CourseLicenseAssignmentDetail
    from .course_license_assignment_detail_metadata import CourseLicenseAssignmentDetailMetadata
    from .course_license_create import CourseLicenseCreate
    from .course_license_create_enrollment_config import CourseLicenseCreateEnrollmentConfig
    from .course_license_create_metadata import CourseLicenseCreateMetadata
    from .course_license_detail import CourseLicenseDetail
    from .course_license_detail_metadata import CourseLicenseDetailMetadata
    from .course_license_group_assignment_create import CourseLicenseGroupAssignmentCreate
    from .course_license_group_assignment_create_metadata import (
        CourseLicenseGroupAssignmentCreateMetadata,
    )
    from .course_license_group_assignment_detail import CourseLicenseGroupAssignmentDetail
    from .course_license_group_assignment_detail_metadata import (
        CourseLicenseGroupAssignmentDetailMetadata,
    )
    from .course_license_update import CourseLicenseUpdate
    from .course_license_update_metadata import CourseLicenseUpdateMetadata
    from .course_metadata_search_request import CourseMetadataSearchRequest
    from .course_metadata_update_request import CourseMetadataUpdateRequest
    from .course_point import CoursePoint
    from .course_recommendation import CourseRecommendation
    from .course_recommendation_edx_data import CourseRecommendationEdxData
    from .course_review_info_response import CourseReviewInfoResponse
    from .course_review_paginated_response import CourseReviewPaginatedResponse
    from .course_review_paginated_response_results_item import (
        CourseReviewPaginatedResponseResultsItem,
    )
    from .course_review_request import CourseReviewRequest
    from .course_review_response import CourseReviewResponse
    from .course_skill import CourseSkill
    from .course_skill_point_info_request import CourseSkillPointInfoRequest
    from .course_skill_point_info_request_point_data import CourseSkillPointInfoRequestPointData
    from .course_suggestion_bulk_create import CourseSuggestionBulkCreate
    from .course_suggestion_bulk_create_suggestion_data_item import (
        CourseSuggestionBulkCreateSuggestionDataItem,
    )
    from .course_suggestion_create import CourseSuggestionCreate
    from .course_suggestion_create_metadata import CourseSuggestionCreateMetadata
    from .course_suggestion_detail import CourseSuggestionDetail
    from .course_suggestion_detail_metadata import CourseSuggestionDetailMetadata
    from .crawler_pattern_type_enum import CrawlerPatternTypeEnum
    from .create_xblock import CreateXblock
    from .create_xblock_xblock_type import CreateXblockXblockType
    from .credential import Credential
    from .credential_provider_config import CredentialProviderConfig
    from .credential_provider_config_request import CredentialProviderConfigRequest
    from .credential_request import CredentialRequest
    from .credentials_orgs_users_assertions_over_time_retrieve_2_format import (
        CredentialsOrgsUsersAssertionsOverTimeRetrieve2Format,
    )
    from .credentials_orgs_users_assertions_over_time_retrieve_format import (
        CredentialsOrgsUsersAssertionsOverTimeRetrieveFormat,
    )
    from .credentials_orgs_users_course_assertions_over_time_retrieve_2_format import (
        CredentialsOrgsUsersCourseAssertionsOverTimeRetrieve2Format,
    )
    from .credentials_orgs_users_course_assertions_over_time_retrieve_format import (
        CredentialsOrgsUsersCourseAssertionsOverTimeRetrieveFormat,
    )
    from .credentials_orgs_users_credentials_over_time_retrieve_2_format import (
        CredentialsOrgsUsersCredentialsOverTimeRetrieve2Format,
    )
    from .credentials_orgs_users_credentials_over_time_retrieve_format import (
        CredentialsOrgsUsersCredentialsOverTimeRetrieveFormat,
    )
    from .credit_account_auto_recharge_update import CreditAccountAutoRechargeUpdate
    from .credit_account_info import CreditAccountInfo
    from .credit_transaction_history import CreditTransactionHistory
    from .credit_transaction_history_status_enum import CreditTransactionHistoryStatusEnum
    from .crontab_schedule import CrontabSchedule
    from .current_users_response import CurrentUsersResponse
    from .custom_instruction_response import CustomInstructionResponse
    from .custom_instruction_response_request import CustomInstructionResponseRequest
    from .data_set import DataSet
    from .data_set_create import DataSetCreate
    from .data_set_create_request import DataSetCreateRequest
    from .data_set_platform import DataSetPlatform
    from .data_set_request import DataSetRequest
    from .data_set_status_enum import DataSetStatusEnum
    from .date_range import DateRange
    from .delete_xblock import DeleteXblock
    from .departments_orgs_retrieve_format import DepartmentsOrgsRetrieveFormat
    from .deploy_state_enum import DeployStateEnum
    from .desired_role import DesiredRole
    from .desired_role_create_update_request import DesiredRoleCreateUpdateRequest
    from .desired_role_create_update_request_roles_item import (
        DesiredRoleCreateUpdateRequestRolesItem,
    )
    from .desired_skill import DesiredSkill
    from .desired_skill_create_update_request import DesiredSkillCreateUpdateRequest
    from .desired_skill_create_update_request_skills_item import (
        DesiredSkillCreateUpdateRequestSkillsItem,
    )
    from .detailed_grade_subsection import DetailedGradeSubsection
    from .detailed_grade_view import DetailedGradeView
    from .detailed_grade_view_data import DetailedGradeViewData
    from .disclaimer import Disclaimer
    from .disclaimer_agreement import DisclaimerAgreement
    from .disclaimer_agreement_request import DisclaimerAgreementRequest
    from .disclaimer_request import DisclaimerRequest
    from .disclaimer_scope_enum import DisclaimerScopeEnum
    from .discord_config import DiscordConfig
    from .discord_user_config import DiscordUserConfig
    from .discord_user_config_request import DiscordUserConfigRequest
    from .discord_webhook import DiscordWebhook
    from .document import Document
    from .document_facet import DocumentFacet
    from .document_facet_terms import DocumentFacetTerms
    from .document_from_pool_request import DocumentFromPoolRequest
    from .document_search_response import DocumentSearchResponse
    from .document_search_response_facets import DocumentSearchResponseFacets
    from .document_settings_response import DocumentSettingsResponse
    from .education import Education
    from .education_request import EducationRequest
    from .edx_course import EdxCourse
    from .edx_course_request import EdxCourseRequest
    from .edx_signal_receiver_request import EdxSignalReceiverRequest
    from .elevenlabs_custom_voice import ElevenlabsCustomVoice
    from .elevenlabs_custom_voice_response import ElevenlabsCustomVoiceResponse
    from .email_prompt_detail import EmailPromptDetail
    from .email_prompt_list import EmailPromptList
    from .email_prompt_summary import EmailPromptSummary
    from .engagement_orgs_activity_retrieve_format import EngagementOrgsActivityRetrieveFormat
    from .engagement_orgs_course_completion_over_time_retrieve_format import (
        EngagementOrgsCourseCompletionOverTimeRetrieveFormat,
    )
    from .engagement_orgs_course_completion_per_course_retrieve_format import (
        EngagementOrgsCourseCompletionPerCourseRetrieveFormat,
    )
    from .engagement_orgs_courses_time_average_retrieve_format import (
        EngagementOrgsCoursesTimeAverageRetrieveFormat,
    )
    from .engagement_orgs_courses_time_detail_retrieve_format import (
        EngagementOrgsCoursesTimeDetailRetrieveFormat,
    )
    from .engagement_orgs_courses_time_over_time_retrieve_format import (
        EngagementOrgsCoursesTimeOverTimeRetrieveFormat,
    )
    from .engagement_orgs_courses_time_users_detail_retrieve_format import (
        EngagementOrgsCoursesTimeUsersDetailRetrieveFormat,
    )
    from .engagement_orgs_courses_time_users_over_time_retrieve_format import (
        EngagementOrgsCoursesTimeUsersOverTimeRetrieveFormat,
    )
    from .engagement_orgs_courses_time_users_retrieve_format import (
        EngagementOrgsCoursesTimeUsersRetrieveFormat,
    )
    from .engagement_orgs_courses_videos_over_time_retrieve_format import (
        EngagementOrgsCoursesVideosOverTimeRetrieveFormat,
    )
    from .engagement_orgs_courses_videos_retrieve_format import (
        EngagementOrgsCoursesVideosRetrieveFormat,
    )
    from .engagement_orgs_courses_videos_summary_retrieve_format import (
        EngagementOrgsCoursesVideosSummaryRetrieveFormat,
    )
    from .engagement_orgs_courses_videos_users_retrieve_format import (
        EngagementOrgsCoursesVideosUsersRetrieveFormat,
    )
    from .engagement_orgs_time_average_perlearner_percourse_retrieve_format import (
        EngagementOrgsTimeAveragePerlearnerPercourseRetrieveFormat,
    )
    from .engagement_orgs_time_average_with_over_time_retrieve_format import (
        EngagementOrgsTimeAverageWithOverTimeRetrieveFormat,
    )
    from .engagement_orgs_time_over_time_retrieve_format import (
        EngagementOrgsTimeOverTimeRetrieveFormat,
    )
    from .engagement_orgs_time_per_course_retrieve_format import (
        EngagementOrgsTimePerCourseRetrieveFormat,
    )
    from .engagement_orgs_videos_over_time_retrieve_format import (
        EngagementOrgsVideosOverTimeRetrieveFormat,
    )
    from .engagement_orgs_videos_retrieve_format import EngagementOrgsVideosRetrieveFormat
    from .engagement_per_course import EngagementPerCourse
    from .engagement_per_course_data import EngagementPerCourseData
    from .enrollment_info import EnrollmentInfo
    from .enrollments import Enrollments
    from .enrollments_data import EnrollmentsData
    from .enrollments_per_user import EnrollmentsPerUser
    from .enrollments_per_user_data import EnrollmentsPerUserData
    from .entity import Entity
    from .entity_type_enum import EntityTypeEnum
    from .error import Error
    from .error_detail import ErrorDetail
    from .error_response import ErrorResponse
    from .experience import Experience
    from .experience_request import ExperienceRequest
    from .external_credential_mapping import ExternalCredentialMapping
    from .external_credential_mapping_request import ExternalCredentialMappingRequest
    from .external_service_info import ExternalServiceInfo
    from .fallback_llm import FallbackLLM
    from .fallback_llm_create import FallbackLLMCreate
    from .fallback_llm_create_fallback_provider_name import FallbackLLMCreateFallbackProviderName
    from .fallback_llm_create_scope import FallbackLLMCreateScope
    from .fallback_llm_create_source_provider_name import FallbackLLMCreateSourceProviderName
    from .fallback_llm_scope import FallbackLLMScope
    from .fallback_llm_update import FallbackLLMUpdate
    from .fallback_llm_update_scope import FallbackLLMUpdateScope
    from .file_type_enum import FileTypeEnum
    from .file_upload_url_request import FileUploadURLRequest
    from .file_upload_url_response import FileUploadURLResponse
    from .finance_details_response import FinanceDetailsResponse
    from .finance_filters import FinanceFilters
    from .flow_type_enum import FlowTypeEnum
    from .free_usage_count import FreeUsageCount
    from .gcp_tenant_launch_request import GCPTenantLaunchRequest
    from .get_content_analytics_date_filter import GetContentAnalyticsDateFilter
    from .get_content_analytics_granularity import GetContentAnalyticsGranularity
    from .get_content_analytics_metric import GetContentAnalyticsMetric
    from .get_content_details_date_filter import GetContentDetailsDateFilter
    from .get_content_details_metric import GetContentDetailsMetric
    from .global_catalog_search_response import GlobalCatalogSearchResponse
    from .global_catalog_search_response_facets import GlobalCatalogSearchResponseFacets
    from .global_catalog_search_response_results_item import GlobalCatalogSearchResponseResultsItem
    from .google_agent_detail import GoogleAgentDetail
    from .google_agent_detail_request import GoogleAgentDetailRequest
    from .google_pay_account_response import GooglePayAccountResponse
    from .google_pay_account_response_status_enum import GooglePayAccountResponseStatusEnum
    from .google_pay_verify_token import GooglePayVerifyToken
    from .grading_per_user import GradingPerUser
    from .grading_per_user_data import GradingPerUserData
    from .grandfathering_strategy_enum import GrandfatheringStrategyEnum
    from .grant_mentor_access_request import GrantMentorAccessRequest
    from .greeting_method_enum import GreetingMethodEnum
    from .group_list import GroupList
    from .group_list_data import GroupListData
    from .guided_prompt import GuidedPrompt
    from .guided_prompts_response import GuidedPromptsResponse
    from .heygen_marketing_video_detail import HeygenMarketingVideoDetail
    from .heygen_marketing_video_list import HeygenMarketingVideoList
    from .heygen_marketing_video_list_request import HeygenMarketingVideoListRequest
    from .heygen_template_request import HeygenTemplateRequest
    from .heygen_template_response_single import HeygenTemplateResponseSingle
    from .heygen_video_detail import HeygenVideoDetail
    from .heygen_video_request import HeygenVideoRequest
    from .human_support_recipient_mode_enum import HumanSupportRecipientModeEnum
    from .human_support_ticket import HumanSupportTicket
    from .human_support_ticket_request import HumanSupportTicketRequest
    from .human_support_ticket_status_enum import HumanSupportTicketStatusEnum
    from .image_upload import ImageUpload
    from .input_question import InputQuestion
    from .institution import Institution
    from .institution_request import InstitutionRequest
    from .institution_type_enum import InstitutionTypeEnum
    from .integration_credential import IntegrationCredential
    from .integration_credential_schema import IntegrationCredentialSchema
    from .interface_enum import InterfaceEnum
    from .interval_enum import IntervalEnum
    from .intial_question_answer import IntialQuestionAnswer
    from .invalid_query_parameters import InvalidQueryParameters
    from .invoice_report_response import InvoiceReportResponse
    from .issuer import Issuer
    from .issuer_authority import IssuerAuthority
    from .issuer_request import IssuerRequest
    from .issuer_signatories import IssuerSignatories
    from .item_access_check_response import ItemAccessCheckResponse
    from .item_access_check_response_item_type import ItemAccessCheckResponseItemType
    from .item_paywall_config import ItemPaywallConfig
    from .item_paywall_config_create import ItemPaywallConfigCreate
    from .item_paywall_config_grandfathering_strategy import ItemPaywallConfigGrandfatheringStrategy
    from .item_paywall_config_item_type import ItemPaywallConfigItemType
    from .item_price import ItemPrice
    from .item_price_create import ItemPriceCreate
    from .item_price_create_interval import ItemPriceCreateInterval
    from .item_price_interval import ItemPriceInterval
    from .item_subscription import ItemSubscription
    from .item_subscription_item_type import ItemSubscriptionItemType
    from .item_subscription_list import ItemSubscriptionList
    from .item_subscription_list_item_type import ItemSubscriptionListItemType
    from .item_subscription_list_status import ItemSubscriptionListStatus
    from .item_subscription_status import ItemSubscriptionStatus
    from .item_type_3e2_enum import ItemType3E2Enum
    from .item_type_40f_enum import ItemType40FEnum
    from .item_type_commission import ItemTypeCommission
    from .job_run import JobRun
    from .kind_enum import KindEnum
    from .languages_view import LanguagesView
    from .languages_view_request import LanguagesViewRequest
    from .launcher_view_post_request import LauncherViewPostRequest
    from .learner_analytics_response import LearnerAnalyticsResponse
    from .learner_analytics_result import LearnerAnalyticsResult
    from .learner_data import LearnerData
    from .learner_details_response import LearnerDetailsResponse
    from .learner_information_api import LearnerInformationAPI
    from .learner_information_api_data import LearnerInformationAPIData
    from .learner_information_api_data_time_spent_overtime import (
        LearnerInformationAPIDataTimeSpentOvertime,
    )
    from .learner_list_item import LearnerListItem
    from .learner_list_pagination import LearnerListPagination
    from .learner_list_response import LearnerListResponse
    from .learner_metrics import LearnerMetrics
    from .learner_summary import LearnerSummary
    from .link_course_request import LinkCourseRequest
    from .link_course_response import LinkCourseResponse
    from .llm_credential_request import LLMCredentialRequest
    from .llm_credential_response import LLMCredentialResponse
    from .llm_credential_schema import LLMCredentialSchema
    from .llm_model_for_tenant import LLMModelForTenant
    from .llm_model_for_tenant_request import LLMModelForTenantRequest
    from .llm_model_registry_minimal import LLMModelRegistryMinimal
    from .llm_provider_enum import LlmProviderEnum
    from .llm_provider_minimal import LLMProviderMinimal
    from .llm_provider_minimal_name import LLMProviderMinimalName
    from .llm_question import LLMQuestion
    from .llm_response import LLMResponse
    from .llm_traces_list_response import LLMTracesListResponse
    from .lti_key import LtiKey
    from .lti_key_request import LtiKeyRequest
    from .lti_launch_gate import LtiLaunchGate
    from .lti_mentor import LtiMentor
    from .lti_mentor_course_x_block import LtiMentorCourseXBlock
    from .lti_mentor_course_x_block_request import LtiMentorCourseXBlockRequest
    from .lti_mentor_request import LtiMentorRequest
    from .lti_tool import LtiTool
    from .lti_tool_request import LtiToolRequest
    from .manager_auth_token import ManagerAuthToken
    from .mark_all_read_request import MarkAllReadRequest
    from .mark_all_read_response import MarkAllReadResponse
    from .masked_integration_credential import MaskedIntegrationCredential
    from .masked_llm_credential import MaskedLLMCredential
    from .mcp_server import MCPServer
    from .mcp_server_auth_scope import MCPServerAuthScope
    from .mcp_server_auth_type import MCPServerAuthType
    from .mcp_server_connection import MCPServerConnection
    from .mcp_server_connection_connected_service_summary import (
        MCPServerConnectionConnectedServiceSummary,
    )
    from .mcp_server_connection_request import MCPServerConnectionRequest
    from .mcp_server_connection_scope import MCPServerConnectionScope
    from .mcp_server_connection_scope_enum import MCPServerConnectionScopeEnum
    from .mcp_server_oauth_find import MCPServerOauthFind
    from .media_resource import MediaResource
    from .media_resource_item_type import MediaResourceItemType
    from .media_resource_item_type_enum import MediaResourceItemTypeEnum
    from .media_resource_media_type import MediaResourceMediaType
    from .media_type_enum import MediaTypeEnum
    from .memory_component_data import MemoryComponentData
    from .memory_component_memory import MemoryComponentMemory
    from .memory_component_memory_detail import MemoryComponentMemoryDetail
    from .memory_component_response import MemoryComponentResponse
    from .memory_progress import MemoryProgress
    from .memory_status_request_view import MemoryStatusRequestView
    from .memory_status_view import MemoryStatusView
    from .mentor import Mentor
    from .mentor_audience import MentorAudience
    from .mentor_audience_request import MentorAudienceRequest
    from .mentor_breakdown import MentorBreakdown
    from .mentor_category import MentorCategory
    from .mentor_category_create import MentorCategoryCreate
    from .mentor_category_group import MentorCategoryGroup
    from .mentor_category_group_create import MentorCategoryGroupCreate
    from .mentor_category_group_create_request import MentorCategoryGroupCreateRequest
    from .mentor_create import MentorCreate
    from .mentor_create_greeting_method import MentorCreateGreetingMethod
    from .mentor_create_request import MentorCreateRequest
    from .mentor_create_starter_prompts import MentorCreateStarterPrompts
    from .mentor_custom_voice import MentorCustomVoice
    from .mentor_custom_voice_response import MentorCustomVoiceResponse
    from .mentor_data import MentorData
    from .mentor_detail import MentorDetail
    from .mentor_detail_analytics import MentorDetailAnalytics
    from .mentor_eval import MentorEval
    from .mentor_eval_question import MentorEvalQuestion
    from .mentor_eval_question_request import MentorEvalQuestionRequest
    from .mentor_eval_report import MentorEvalReport
    from .mentor_eval_request import MentorEvalRequest
    from .mentor_facet import MentorFacet
    from .mentor_facet_terms import MentorFacetTerms
    from .mentor_fork import MentorFork
    from .mentor_from_template_with_setting_request import MentorFromTemplateWithSettingRequest
    from .mentor_greeting_method import MentorGreetingMethod
    from .mentor_interactions import MentorInteractions
    from .mentor_memory_settings_request import MentorMemorySettingsRequest
    from .mentor_memory_settings_response import MentorMemorySettingsResponse
    from .mentor_metadata import MentorMetadata
    from .mentor_policy import MentorPolicy
    from .mentor_policy_request import MentorPolicyRequest
    from .mentor_scenario import MentorScenario
    from .mentor_scenario_prompt import MentorScenarioPrompt
    from .mentor_search_response import MentorSearchResponse
    from .mentor_search_response_facets import MentorSearchResponseFacets
    from .mentor_session import MentorSession
    from .mentor_settings import MentorSettings
    from .mentor_settings_mentor_visibility import MentorSettingsMentorVisibility
    from .mentor_settings_public import MentorSettingsPublic
    from .mentor_settings_public_mentor_visibility import MentorSettingsPublicMentorVisibility
    from .mentor_settings_request import MentorSettingsRequest
    from .mentor_skill_assignment import MentorSkillAssignment
    from .mentor_skill_assignment_request import MentorSkillAssignmentRequest
    from .mentor_starter_prompts import MentorStarterPrompts
    from .mentor_summary import MentorSummary
    from .mentor_type import MentorType
    from .mentor_user_setting import MentorUserSetting
    from .mentor_visibility_enum import MentorVisibilityEnum
    from .mentor_wizard import MentorWizard
    from .message_statistics import MessageStatistics
    from .message_view import MessageView
    from .message_view_request import MessageViewRequest
    from .message_view_updat_response import MessageViewUpdatResponse
    from .metadata import Metadata
    from .metric_change import MetricChange
    from .metric_detail import MetricDetail
    from .metric_detail_details_item import MetricDetailDetailsItem
    from .metric_info import MetricInfo
    from .model_cost import ModelCost
    from .moderation_log import ModerationLog
    from .name_enum import NameEnum
    from .new_per_learner_list import NewPerLearnerList
    from .new_per_learner_list_data import NewPerLearnerListData
    from .no_chat_messages_found import NoChatMessagesFound
    from .notification import Notification
    from .notification_count import NotificationCount
    from .notification_count_status import NotificationCountStatus
    from .notification_preview import NotificationPreview
    from .notification_preview_context import NotificationPreviewContext
    from .notification_source import NotificationSource
    from .notification_source_type_enum import NotificationSourceTypeEnum
    from .notification_status import NotificationStatus
    from .notification_template_data import NotificationTemplateData
    from .notification_template_detail import NotificationTemplateDetail
    from .notification_template_detail_human_support_custom_recipients_item import (
        NotificationTemplateDetailHumanSupportCustomRecipientsItem,
    )
    from .notification_template_detail_human_support_recipient_mode import (
        NotificationTemplateDetailHumanSupportRecipientMode,
    )
    from .notification_template_detail_periodic_frequency import (
        NotificationTemplateDetailPeriodicFrequency,
    )
    from .notification_template_detail_periodic_learner_scope import (
        NotificationTemplateDetailPeriodicLearnerScope,
    )
    from .notification_template_detail_periodic_mentors_item import (
        NotificationTemplateDetailPeriodicMentorsItem,
    )
    from .notification_template_detail_policy_enabled_policies_item import (
        NotificationTemplateDetailPolicyEnabledPoliciesItem,
    )
    from .notification_template_detail_type import NotificationTemplateDetailType
    from .notification_template_list import NotificationTemplateList
    from .notification_template_list_type import NotificationTemplateListType
    from .notification_template_test import NotificationTemplateTest
    from .notification_template_test_response import NotificationTemplateTestResponse
    from .notification_toggle import NotificationToggle
    from .notification_v1_campaigns_unsubscribe_retrieve_response import (
        NotificationV1CampaignsUnsubscribeRetrieveResponse,
    )
    from .notification_v1_orgs_campaigns_enable_create_response import (
        NotificationV1OrgsCampaignsEnableCreateResponse,
    )
    from .notification_v1_orgs_campaigns_exclude_create_response import (
        NotificationV1OrgsCampaignsExcludeCreateResponse,
    )
    from .notification_v1_orgs_users_notifications_count_retrieve_status import (
        NotificationV1OrgsUsersNotificationsCountRetrieveStatus,
    )
    from .notification_v1_platforms_templates_reset_create_response import (
        NotificationV1PlatformsTemplatesResetCreateResponse,
    )
    from .notifications_update import NotificationsUpdate
    from .notifications_update_status import NotificationsUpdateStatus
    from .o_auth_provider import OAuthProvider
    from .o_auth_service import OAuthService
    from .o_auth_start_response import OAuthStartResponse
    from .oauth_credentials_masked import OauthCredentialsMasked
    from .observation import Observation
    from .offline_document import OfflineDocument
    from .offline_document_access import OfflineDocumentAccess
    from .onboarding_status_update import OnboardingStatusUpdate
    from .over_time import OverTime
    from .over_time_data import OverTimeData
    from .over_time_with_total import OverTimeWithTotal
    from .over_time_with_total_data import OverTimeWithTotalData
    from .overtime_data import OvertimeData
    from .overtime_data_point import OvertimeDataPoint
    from .overtime_meta import OvertimeMeta
    from .overtime_with_change_info import OvertimeWithChangeInfo
    from .overtime_with_change_info_data import OvertimeWithChangeInfoData
    from .overview_orgs_active_users_retrieve_format import OverviewOrgsActiveUsersRetrieveFormat
    from .overview_orgs_average_grade_retrieve_format import OverviewOrgsAverageGradeRetrieveFormat
    from .overview_orgs_courses_completions_retrieve_format import (
        OverviewOrgsCoursesCompletionsRetrieveFormat,
    )
    from .overview_orgs_learners_retrieve_format import OverviewOrgsLearnersRetrieveFormat
    from .overview_orgs_most_active_courses_retrieve_format import (
        OverviewOrgsMostActiveCoursesRetrieveFormat,
    )
    from .overview_orgs_registered_users_retrieve_format import (
        OverviewOrgsRegisteredUsersRetrieveFormat,
    )
    from .page_content import PageContent
    from .paginated_agent_config_list import PaginatedAgentConfigList
    from .paginated_agent_skill_list import PaginatedAgentSkillList
    from .paginated_agent_skill_resource_list import PaginatedAgentSkillResourceList
    from .paginated_ai_generated_image_list import PaginatedAIGeneratedImageList
    from .paginated_artifact_list_list import PaginatedArtifactListList
    from .paginated_artifact_version_list import PaginatedArtifactVersionList
    from .paginated_assertions_response import PaginatedAssertionsResponse
    from .paginated_claw_instance_list import PaginatedClawInstanceList
    from .paginated_claw_mentor_config_list import PaginatedClawMentorConfigList
    from .paginated_claw_model_provider_list import PaginatedClawModelProviderList
    from .paginated_conversations_list import PaginatedConversationsList
    from .paginated_course_access_request import PaginatedCourseAccessRequest
    from .paginated_course_creation_task_file_list import PaginatedCourseCreationTaskFileList
    from .paginated_course_creation_task_list import PaginatedCourseCreationTaskList
    from .paginated_course_group_suggestion import PaginatedCourseGroupSuggestion
    from .paginated_course_invitation import PaginatedCourseInvitation
    from .paginated_course_license import PaginatedCourseLicense
    from .paginated_course_license_assignment import PaginatedCourseLicenseAssignment
    from .paginated_course_license_group_assignment import PaginatedCourseLicenseGroupAssignment
    from .paginated_course_suggestion import PaginatedCourseSuggestion
    from .paginated_data_set_list import PaginatedDataSetList
    from .paginated_disclaimer_agreement_list import PaginatedDisclaimerAgreementList
    from .paginated_disclaimer_list import PaginatedDisclaimerList
    from .paginated_edx_course_list import PaginatedEdxCourseList
    from .paginated_email_prompt_list_list import PaginatedEmailPromptListList
    from .paginated_google_agent_detail_list import PaginatedGoogleAgentDetailList
    from .paginated_heygen_marketing_video_list_list import PaginatedHeygenMarketingVideoListList
    from .paginated_heygen_template_response_single_list import (
        PaginatedHeygenTemplateResponseSingleList,
    )
    from .paginated_human_support_ticket_list import PaginatedHumanSupportTicketList
    from .paginated_item_paywall_config_list import PaginatedItemPaywallConfigList
    from .paginated_item_subscription_list import PaginatedItemSubscriptionList
    from .paginated_item_subscription_list_list import PaginatedItemSubscriptionListList
    from .paginated_job_run_list import PaginatedJobRunList
    from .paginated_mcp_server_connection_list import PaginatedMCPServerConnectionList
    from .paginated_mcp_server_list import PaginatedMCPServerList
    from .paginated_mentor_list import PaginatedMentorList
    from .paginated_mentor_skill_assignment_list import PaginatedMentorSkillAssignmentList
    from .paginated_moderation_log_list import PaginatedModerationLogList
    from .paginated_observation_list import PaginatedObservationList
    from .paginated_offline_document_list import PaginatedOfflineDocumentList
    from .paginated_pathway_group_suggestion import PaginatedPathwayGroupSuggestion
    from .paginated_pathway_suggestion import PaginatedPathwaySuggestion
    from .paginated_periodic_agent_list import PaginatedPeriodicAgentList
    from .paginated_periodic_agent_log_list import PaginatedPeriodicAgentLogList
    from .paginated_platform_invitation import PaginatedPlatformInvitation
    from .paginated_platform_license import PaginatedPlatformLicense
    from .paginated_play_wright_script_list import PaginatedPlayWrightScriptList
    from .paginated_program_group_suggestion import PaginatedProgramGroupSuggestion
    from .paginated_program_invitation import PaginatedProgramInvitation
    from .paginated_program_license import PaginatedProgramLicense
    from .paginated_program_license_assignment import PaginatedProgramLicenseAssignment
    from .paginated_program_license_group_assignment import PaginatedProgramLicenseGroupAssignment
    from .paginated_program_suggestion import PaginatedProgramSuggestion
    from .paginated_project_list import PaginatedProjectList
    from .paginated_rbac_group_list import PaginatedRbacGroupList
    from .paginated_rbac_policy_list import PaginatedRbacPolicyList
    from .paginated_rbac_role_list import PaginatedRbacRoleList
    from .paginated_retriever_document_embedding_list import PaginatedRetrieverDocumentEmbeddingList
    from .paginated_skill import PaginatedSkill
    from .paginated_skill_request import PaginatedSkillRequest
    from .paginated_ticket_message_list import PaginatedTicketMessageList
    from .paginated_topic_statistics_response import PaginatedTopicStatisticsResponse
    from .paginated_trace_list import PaginatedTraceList
    from .paginated_training_list import PaginatedTrainingList
    from .paginated_user_app_list import PaginatedUserAppList
    from .paginated_user_edx_memory_list import PaginatedUserEdxMemoryList
    from .paginated_user_group_list import PaginatedUserGroupList
    from .paginated_user_license import PaginatedUserLicense
    from .paginated_user_license_assignment import PaginatedUserLicenseAssignment
    from .paginated_user_license_group_assignment import PaginatedUserLicenseGroupAssignment
    from .paginated_user_memory_list import PaginatedUserMemoryList
    from .paginated_veo_video_list_list import PaginatedVeoVideoListList
    from .paginated_voice_list import PaginatedVoiceList
    from .paginated_workflow_list import PaginatedWorkflowList
    from .pagination import Pagination
    from .patched_agent_config import PatchedAgentConfig
    from .patched_agent_skill import PatchedAgentSkill
    from .patched_agent_skill_resource import PatchedAgentSkillResource
    from .patched_artifact import PatchedArtifact
    from .patched_bot_command import PatchedBotCommand
    from .patched_bot_create import PatchedBotCreate
    from .patched_call_configuration import PatchedCallConfiguration
    from .patched_claw_instance import PatchedClawInstance
    from .patched_claw_instance_deploy_state import PatchedClawInstanceDeployState
    from .patched_claw_instance_provision_mode import PatchedClawInstanceProvisionMode
    from .patched_claw_instance_status import PatchedClawInstanceStatus
    from .patched_claw_mentor_config import PatchedClawMentorConfig
    from .patched_claw_model_provider import PatchedClawModelProvider
    from .patched_conversations import PatchedConversations
    from .patched_course_creation_task_file import PatchedCourseCreationTaskFile
    from .patched_credential_request import PatchedCredentialRequest
    from .patched_credit_account_auto_recharge_update import PatchedCreditAccountAutoRechargeUpdate
    from .patched_data_set import PatchedDataSet
    from .patched_data_set_platform import PatchedDataSetPlatform
    from .patched_disclaimer import PatchedDisclaimer
    from .patched_discord_config import PatchedDiscordConfig
    from .patched_discord_user_config import PatchedDiscordUserConfig
    from .patched_fallback_llm_update import PatchedFallbackLLMUpdate
    from .patched_fallback_llm_update_scope import PatchedFallbackLLMUpdateScope
    from .patched_google_agent_detail import PatchedGoogleAgentDetail
    from .patched_human_support_ticket import PatchedHumanSupportTicket
    from .patched_llm_credential_request import PatchedLLMCredentialRequest
    from .patched_mcp_server import PatchedMCPServer
    from .patched_mcp_server_auth_scope import PatchedMCPServerAuthScope
    from .patched_mcp_server_auth_type import PatchedMCPServerAuthType
    from .patched_mcp_server_connection import PatchedMCPServerConnection
    from .patched_mcp_server_connection_connected_service_summary import (
        PatchedMCPServerConnectionConnectedServiceSummary,
    )
    from .patched_mcp_server_connection_scope import PatchedMCPServerConnectionScope
    from .patched_media_resource import PatchedMediaResource
    from .patched_media_resource_item_type import PatchedMediaResourceItemType
    from .patched_media_resource_media_type import PatchedMediaResourceMediaType
    from .patched_mentor_category_group_create import PatchedMentorCategoryGroupCreate
    from .patched_mentor_create import PatchedMentorCreate
    from .patched_mentor_create_greeting_method import PatchedMentorCreateGreetingMethod
    from .patched_mentor_create_starter_prompts import PatchedMentorCreateStarterPrompts
    from .patched_mentor_skill_assignment import PatchedMentorSkillAssignment
    from .patched_notification import PatchedNotification
    from .patched_notification_status import PatchedNotificationStatus
    from .patched_notification_template_detail import PatchedNotificationTemplateDetail
    from .patched_notification_template_detail_human_support_custom_recipients_item import (
        PatchedNotificationTemplateDetailHumanSupportCustomRecipientsItem,
    )
    from .patched_notification_template_detail_human_support_recipient_mode import (
        PatchedNotificationTemplateDetailHumanSupportRecipientMode,
    )
    from .patched_notification_template_detail_periodic_frequency import (
        PatchedNotificationTemplateDetailPeriodicFrequency,
    )
    from .patched_notification_template_detail_periodic_learner_scope import (
        PatchedNotificationTemplateDetailPeriodicLearnerScope,
    )
    from .patched_notification_template_detail_periodic_mentors_item import (
        PatchedNotificationTemplateDetailPeriodicMentorsItem,
    )
    from .patched_notification_template_detail_policy_enabled_policies_item import (
        PatchedNotificationTemplateDetailPolicyEnabledPoliciesItem,
    )
    from .patched_notification_template_detail_type import PatchedNotificationTemplateDetailType
    from .patched_notification_toggle import PatchedNotificationToggle
    from .patched_periodic_agent_create import PatchedPeriodicAgentCreate
    from .patched_periodic_agent_create_previous_agent_status import (
        PatchedPeriodicAgentCreatePreviousAgentStatus,
    )
    from .patched_platform_public_image_asset import PatchedPlatformPublicImageAsset
    from .patched_platform_public_metadata import PatchedPlatformPublicMetadata
    from .patched_play_wright_script import PatchedPlayWrightScript
    from .patched_project import PatchedProject
    from .patched_prompt import PatchedPrompt
    from .patched_prompt_prompt_visibility import PatchedPromptPromptVisibility
    from .patched_rbac_group import PatchedRbacGroup
    from .patched_rbac_policy import PatchedRbacPolicy
    from .patched_rbac_role import PatchedRbacRole
    from .patched_scim_group import PatchedSCIMGroup
    from .patched_scim_group_members_item import PatchedSCIMGroupMembersItem
    from .patched_scim_user_response import PatchedSCIMUserResponse
    from .patched_skill_threshold import PatchedSkillThreshold
    from .patched_slack_config import PatchedSlackConfig
    from .patched_slack_user_config import PatchedSlackUserConfig
    from .patched_teams_config import PatchedTeamsConfig
    from .patched_ticket_message import PatchedTicketMessage
    from .patched_training_create import PatchedTrainingCreate
    from .patched_user_group import PatchedUserGroup
    from .patched_webex_config import PatchedWebexConfig
    from .patched_whatsapp_config import PatchedWhatsappConfig
    from .patched_whatsapp_user_config import PatchedWhatsappUserConfig
    from .patched_workflow import PatchedWorkflow
    from .pathway import Pathway
    from .pathway_completion import PathwayCompletion
    from .pathway_completion_response import PathwayCompletionResponse
    from .pathway_create_update_request import PathwayCreateUpdateRequest
    from .pathway_create_update_request_path_item import PathwayCreateUpdateRequestPathItem
    from .pathway_delete_response import PathwayDeleteResponse
    from .pathway_delete_response_type import PathwayDeleteResponseType
    from .pathway_detail import PathwayDetail
    from .pathway_enrollment import PathwayEnrollment
    from .pathway_enrollment_plus import PathwayEnrollmentPlus
    from .pathway_enrollment_request import PathwayEnrollmentRequest
    from .pathway_group_suggestion_create import PathwayGroupSuggestionCreate
    from .pathway_group_suggestion_create_metadata import PathwayGroupSuggestionCreateMetadata
    from .pathway_group_suggestion_detail import PathwayGroupSuggestionDetail
    from .pathway_group_suggestion_detail_metadata import PathwayGroupSuggestionDetailMetadata
    from .pathway_self_enrollment_request import PathwaySelfEnrollmentRequest
    from .pathway_suggestion_bulk_create import PathwaySuggestionBulkCreate
    from .pathway_suggestion_bulk_create_suggestion_data_item import (
        PathwaySuggestionBulkCreateSuggestionDataItem,
    )
    from .pathway_suggestion_create import PathwaySuggestionCreate
    from .pathway_suggestion_create_metadata import PathwaySuggestionCreateMetadata
    from .pathway_suggestion_detail import PathwaySuggestionDetail
    from .pathway_suggestion_detail_metadata import PathwaySuggestionDetailMetadata
    from .per_learner_course_last_access_data import PerLearnerCourseLastAccessData
    from .per_learner_course_videos_watched import PerLearnerCourseVideosWatched
    from .per_learner_course_videos_watched_data import PerLearnerCourseVideosWatchedData
    from .per_learner_last_access import PerLearnerLastAccess
    from .per_learner_last_access_data import PerLearnerLastAccessData
    from .per_learner_time_spent_in_course_tree import PerLearnerTimeSpentInCourseTree
    from .performance_grades_per_course import PerformanceGradesPerCourse
    from .performance_grades_per_course_data import PerformanceGradesPerCourseData
    from .performance_orgs_courses_grading_average_retrieve_format import (
        PerformanceOrgsCoursesGradingAverageRetrieveFormat,
    )
    from .performance_orgs_courses_grading_average_with_cutoff_retrieve_format import (
        PerformanceOrgsCoursesGradingAverageWithCutoffRetrieveFormat,
    )
    from .performance_orgs_courses_grading_detail_retrieve_format import (
        PerformanceOrgsCoursesGradingDetailRetrieveFormat,
    )
    from .performance_orgs_courses_grading_per_learner_retrieve_format import (
        PerformanceOrgsCoursesGradingPerLearnerRetrieveFormat,
    )
    from .performance_orgs_courses_grading_summary_retrieve_format import (
        PerformanceOrgsCoursesGradingSummaryRetrieveFormat,
    )
    from .performance_orgs_grading_average_retrieve_format import (
        PerformanceOrgsGradingAverageRetrieveFormat,
    )
    from .performance_orgs_grading_per_course_retrieve_format import (
        PerformanceOrgsGradingPerCourseRetrieveFormat,
    )
    from .period_enum import PeriodEnum
    from .period_info import PeriodInfo
    from .periodic_agent import PeriodicAgent
    from .periodic_agent_create import PeriodicAgentCreate
    from .periodic_agent_create_previous_agent_status import PeriodicAgentCreatePreviousAgentStatus
    from .periodic_agent_create_request import PeriodicAgentCreateRequest
    from .periodic_agent_log import PeriodicAgentLog
    from .periodic_agent_log_status_enum import PeriodicAgentLogStatusEnum
    from .periodic_agent_previous_agent_status import PeriodicAgentPreviousAgentStatus
    from .periodic_agent_statistics import PeriodicAgentStatistics
    from .periodic_frequency_enum import PeriodicFrequencyEnum
    from .periodic_learner_scope_enum import PeriodicLearnerScopeEnum
    from .periodic_task import PeriodicTask
    from .periodic_task_request import PeriodicTaskRequest
    from .perlearner_course_progress import PerlearnerCourseProgress
    from .perlearner_course_progress_data import PerlearnerCourseProgressData
    from .perlearner_engagement_videos_data import PerlearnerEngagementVideosData
    from .perlearner_engagement_videos_watched_per_course import (
        PerlearnerEngagementVideosWatchedPerCourse,
    )
    from .perlearner_grade_summary import PerlearnerGradeSummary
    from .perlearner_grade_summary_data import PerlearnerGradeSummaryData
    from .perlearner_grade_with_cut_off import PerlearnerGradeWithCutOff
    from .perlearner_grade_with_cut_off_data import PerlearnerGradeWithCutOffData
    from .perlearner_grade_with_cut_off_data_grade_cutoffs import (
        PerlearnerGradeWithCutOffDataGradeCutoffs,
    )
    from .perlearner_grading_per_course_api import PerlearnerGradingPerCourseAPI
    from .perlearner_grading_per_course_api_data import PerlearnerGradingPerCourseAPIData
    from .perlearner_orgs_learners_retrieve_format import PerlearnerOrgsLearnersRetrieveFormat
    from .perlearner_orgs_users_activity_retrieve_format import (
        PerlearnerOrgsUsersActivityRetrieveFormat,
    )
    from .perlearner_orgs_users_courses_grading_cutoffs_retrieve_format import (
        PerlearnerOrgsUsersCoursesGradingCutoffsRetrieveFormat,
    )
    from .perlearner_orgs_users_courses_grading_detail_retrieve_format import (
        PerlearnerOrgsUsersCoursesGradingDetailRetrieveFormat,
    )
    from .perlearner_orgs_users_courses_grading_summary_retrieve_format import (
        PerlearnerOrgsUsersCoursesGradingSummaryRetrieveFormat,
    )
    from .perlearner_orgs_users_courses_overview_grade_retrieve_format import (
        PerlearnerOrgsUsersCoursesOverviewGradeRetrieveFormat,
    )
    from .perlearner_orgs_users_courses_overview_performance_index_retrieve_format import (
        PerlearnerOrgsUsersCoursesOverviewPerformanceIndexRetrieveFormat,
    )
    from .perlearner_orgs_users_courses_overview_time_over_time_retrieve_format import (
        PerlearnerOrgsUsersCoursesOverviewTimeOverTimeRetrieveFormat,
    )
    from .perlearner_orgs_users_courses_videos_over_time_retrieve_format import (
        PerlearnerOrgsUsersCoursesVideosOverTimeRetrieveFormat,
    )
    from .perlearner_orgs_users_courses_videos_retrieve_format import (
        PerlearnerOrgsUsersCoursesVideosRetrieveFormat,
    )
    from .perlearner_orgs_users_grades_per_course_retrieve_format import (
        PerlearnerOrgsUsersGradesPerCourseRetrieveFormat,
    )
    from .perlearner_orgs_users_info_retrieve_format import PerlearnerOrgsUsersInfoRetrieveFormat
    from .perlearner_orgs_users_info_retrieve_meta import PerlearnerOrgsUsersInfoRetrieveMeta
    from .perlearner_orgs_users_last_access_retrieve_format import (
        PerlearnerOrgsUsersLastAccessRetrieveFormat,
    )
    from .perlearner_orgs_users_overview_engagement_index_retrieve_format import (
        PerlearnerOrgsUsersOverviewEngagementIndexRetrieveFormat,
    )
    from .perlearner_orgs_users_overview_grades_average_retrieve_format import (
        PerlearnerOrgsUsersOverviewGradesAverageRetrieveFormat,
    )
    from .perlearner_orgs_users_overview_performance_index_retrieve_format import (
        PerlearnerOrgsUsersOverviewPerformanceIndexRetrieveFormat,
    )
    from .perlearner_orgs_users_overview_time_over_time_retrieve_format import (
        PerlearnerOrgsUsersOverviewTimeOverTimeRetrieveFormat,
    )
    from .perlearner_orgs_users_retrieve_format import PerlearnerOrgsUsersRetrieveFormat
    from .perlearner_orgs_users_videos_over_time_retrieve_format import (
        PerlearnerOrgsUsersVideosOverTimeRetrieveFormat,
    )
    from .perlearner_orgs_users_videos_per_course_retrieve_format import (
        PerlearnerOrgsUsersVideosPerCourseRetrieveFormat,
    )
    from .perlearner_user_list import PerlearnerUserList
    from .perlearner_user_list_data import PerlearnerUserListData
    from .permission_check_request import PermissionCheckRequest
    from .pie_chart_data import PieChartData
    from .pie_chart_segment import PieChartSegment
    from .pinned_message_create import PinnedMessageCreate
    from .pinned_message_request import PinnedMessageRequest
    from .platform import Platform
    from .platform_api_key import PlatformApiKey
    from .platform_api_key_request import PlatformApiKeyRequest
    from .platform_configuration_list import PlatformConfigurationList
    from .platform_configuration_list_configurations import PlatformConfigurationListConfigurations
    from .platform_configuration_set import PlatformConfigurationSet
    from .platform_configuration_set_response import PlatformConfigurationSetResponse
    from .platform_configuration_set_response_results_item import (
        PlatformConfigurationSetResponseResultsItem,
    )
    from .platform_info import PlatformInfo
    from .platform_invitation_create import PlatformInvitationCreate
    from .platform_invitation_create_metadata import PlatformInvitationCreateMetadata
    from .platform_invitation_detail import PlatformInvitationDetail
    from .platform_invitation_detail_metadata import PlatformInvitationDetailMetadata
    from .platform_invitation_redemption import PlatformInvitationRedemption
    from .platform_invitation_redemption_metadata import PlatformInvitationRedemptionMetadata
    from .platform_license_create import PlatformLicenseCreate
    from .platform_license_create_metadata import PlatformLicenseCreateMetadata
    from .platform_license_detail import PlatformLicenseDetail
    from .platform_license_detail_metadata import PlatformLicenseDetailMetadata
    from .platform_license_update import PlatformLicenseUpdate
    from .platform_license_update_metadata import PlatformLicenseUpdateMetadata
    from .platform_list import PlatformList
    from .platform_list_status_enum import PlatformListStatusEnum
    from .platform_membership_config import PlatformMembershipConfig
    from .platform_membership_config_post_request import PlatformMembershipConfigPostRequest
    from .platform_metrics import PlatformMetrics
    from .platform_orgs_courses_count_retrieve_format import PlatformOrgsCoursesCountRetrieveFormat
    from .platform_orgs_courses_users_progress_retrieve_format import (
        PlatformOrgsCoursesUsersProgressRetrieveFormat,
    )
    from .platform_orgs_courses_users_time_count_retrieve_format import (
        PlatformOrgsCoursesUsersTimeCountRetrieveFormat,
    )
    from .platform_orgs_courses_users_videos_count_retrieve_format import (
        PlatformOrgsCoursesUsersVideosCountRetrieveFormat,
    )
    from .platform_orgs_courses_videos_retrieve_format import (
        PlatformOrgsCoursesVideosRetrieveFormat,
    )
    from .platform_orgs_users_active_count_retrieve_format import (
        PlatformOrgsUsersActiveCountRetrieveFormat,
    )
    from .platform_orgs_users_count_retrieve_format import PlatformOrgsUsersCountRetrieveFormat
    from .platform_orgs_users_courses_completed_count_retrieve_format import (
        PlatformOrgsUsersCoursesCompletedCountRetrieveFormat,
    )
    from .platform_prompt import PlatformPrompt
    from .platform_prompt_recommendation_type import PlatformPromptRecommendationType
    from .platform_prompt_response import PlatformPromptResponse
    from .platform_public_image_asset import PlatformPublicImageAsset
    from .platform_public_image_asset_request import PlatformPublicImageAssetRequest
    from .platform_public_metadata import PlatformPublicMetadata
    from .platform_public_metadata_request import PlatformPublicMetadataRequest
    from .platform_revenue_summary import PlatformRevenueSummary
    from .platform_skill_point_bulk_request import PlatformSkillPointBulkRequest
    from .platform_skill_point_bulk_request_skill_point_data_item import (
        PlatformSkillPointBulkRequestSkillPointDataItem,
    )
    from .platform_skill_point_bulk_response import PlatformSkillPointBulkResponse
    from .platform_skill_point_group_request import PlatformSkillPointGroupRequest
    from .platform_skill_point_group_request_point_data import (
        PlatformSkillPointGroupRequestPointData,
    )
    from .platform_skill_point_request import PlatformSkillPointRequest
    from .platform_skill_point_request_point_data import PlatformSkillPointRequestPointData
    from .platform_skill_point_response import PlatformSkillPointResponse
    from .platform_skill_point_response_results_item import PlatformSkillPointResponseResultsItem
    from .platform_summary import PlatformSummary
    from .platform_update_post_request import PlatformUpdatePostRequest
    from .platforms_items_subscribers_list_status import PlatformsItemsSubscribersListStatus
    from .platforms_my_subscriptions_list_item_type import PlatformsMySubscriptionsListItemType
    from .platforms_my_subscriptions_list_status import PlatformsMySubscriptionsListStatus
    from .platforms_paywalls_list_item_type import PlatformsPaywallsListItemType
    from .platforms_subscribers_list_item_type import PlatformsSubscribersListItemType
    from .platforms_subscribers_list_status import PlatformsSubscribersListStatus
    from .play_wright_script import PlayWrightScript
    from .play_wright_script_request import PlayWrightScriptRequest
    from .points_metric import PointsMetric
    from .points_metric_details_item import PointsMetricDetailsItem
    from .points_percentile import PointsPercentile
    from .portal_url_response import PortalUrlResponse
    from .predictive_analytics_request import PredictiveAnalyticsRequest
    from .predictive_analytics_response import PredictiveAnalyticsResponse
    from .preview_response import PreviewResponse
    from .previous_agent_status_enum import PreviousAgentStatusEnum
    from .program import Program
    from .program_completion import ProgramCompletion
    from .program_completion_response import ProgramCompletionResponse
    from .program_course_position import ProgramCoursePosition
    from .program_course_position_request import ProgramCoursePositionRequest
    from .program_create_update_request import ProgramCreateUpdateRequest
    from .program_create_update_request_course_list_item import (
        ProgramCreateUpdateRequestCourseListItem,
    )
    from .program_delete_response import ProgramDeleteResponse
    from .program_delete_response_type import ProgramDeleteResponseType
    from .program_detail import ProgramDetail
    from .program_enrollment import ProgramEnrollment
    from .program_enrollment_plus import ProgramEnrollmentPlus
    from .program_enrollment_plus_program_metadata import ProgramEnrollmentPlusProgramMetadata
    from .program_enrollment_plus_request import ProgramEnrollmentPlusRequest
    from .program_enrollment_request import ProgramEnrollmentRequest
    from .program_enrollment_search_response import ProgramEnrollmentSearchResponse
    from .program_group_suggestion_create import ProgramGroupSuggestionCreate
    from .program_group_suggestion_create_metadata import ProgramGroupSuggestionCreateMetadata
    from .program_group_suggestion_detail import ProgramGroupSuggestionDetail
    from .program_group_suggestion_detail_metadata import ProgramGroupSuggestionDetailMetadata
    from .program_invitation_create import ProgramInvitationCreate
    from .program_invitation_create_enrollment_config import ProgramInvitationCreateEnrollmentConfig
    from .program_invitation_create_metadata import ProgramInvitationCreateMetadata
    from .program_invitation_detail import ProgramInvitationDetail
    from .program_invitation_detail_metadata import ProgramInvitationDetailMetadata
    from .program_invitation_redemption import ProgramInvitationRedemption
    from .program_invitation_redemption_metadata import ProgramInvitationRedemptionMetadata
    from .program_license_assignment_create import ProgramLicenseAssignmentCreate
    from .program_license_assignment_create_metadata import ProgramLicenseAssignmentCreateMetadata
    from .program_license_assignment_detail import ProgramLicenseAssignmentDetail
    from .program_license_assignment_detail_metadata import ProgramLicenseAssignmentDetailMetadata
    from .program_license_create_detail import ProgramLicenseCreateDetail
    from .program_license_create_detail_enrollment_config import (
        ProgramLicenseCreateDetailEnrollmentConfig,
    )
    from .program_license_create_detail_metadata import ProgramLicenseCreateDetailMetadata
    from .program_license_detail import ProgramLicenseDetail
    from .program_license_detail_assignments import ProgramLicenseDetailAssignments
    from .program_license_detail_metadata import ProgramLicenseDetailMetadata
    from .program_license_group_assignment_create import ProgramLicenseGroupAssignmentCreate
    from .program_license_group_assignment_create_metadata import (
        ProgramLicenseGroupAssignmentCreateMetadata,
    )
    from .program_license_group_assignment_detail import ProgramLicenseGroupAssignmentDetail
    from .program_license_group_assignment_detail_metadata import (
        ProgramLicenseGroupAssignmentDetailMetadata,
    )
    from .program_license_update_detail import ProgramLicenseUpdateDetail
    from .program_license_update_detail_enrollment_config import (
        ProgramLicenseUpdateDetailEnrollmentConfig,
    )
    from .program_license_update_detail_metadata import ProgramLicenseUpdateDetailMetadata
    from .program_metadata_request import ProgramMetadataRequest
    from .program_metadata_request_metadata import ProgramMetadataRequestMetadata
    from .program_metadata_response import ProgramMetadataResponse
    from .program_request import ProgramRequest
    from .program_review import ProgramReview
    from .program_review_info_response import ProgramReviewInfoResponse
    from .program_review_paginated_response import ProgramReviewPaginatedResponse
    from .program_review_request import ProgramReviewRequest
    from .program_search import ProgramSearch
    from .program_search_request import ProgramSearchRequest
    from .program_suggestion_bulk_create import ProgramSuggestionBulkCreate
    from .program_suggestion_bulk_create_suggestion_data_item import (
        ProgramSuggestionBulkCreateSuggestionDataItem,
    )
    from .program_suggestion_create import ProgramSuggestionCreate
    from .program_suggestion_create_metadata import ProgramSuggestionCreateMetadata
    from .program_suggestion_detail import ProgramSuggestionDetail
    from .program_suggestion_detail_metadata import ProgramSuggestionDetailMetadata
    from .program_type_enum import ProgramTypeEnum
    from .project import Project
    from .project_mentor import ProjectMentor
    from .project_request import ProjectRequest
    from .prompt import Prompt
    from .prompt_category import PromptCategory
    from .prompt_category_request import PromptCategoryRequest
    from .prompt_facet import PromptFacet
    from .prompt_facet_terms import PromptFacetTerms
    from .prompt_prompt_visibility import PromptPromptVisibility
    from .prompt_request import PromptRequest
    from .prompt_search_response import PromptSearchResponse
    from .prompt_search_response_facets import PromptSearchResponseFacets
    from .prompt_visibility_enum import PromptVisibilityEnum
    from .provider_05c_enum import Provider05CEnum
    from .provider_63a_enum import Provider63AEnum
    from .provider_association_stripe_callback_retrieve_response import (
        ProviderAssociationStripeCallbackRetrieveResponse,
    )
    from .provider_association_stripe_callback_retrieve_response_model_404 import (
        ProviderAssociationStripeCallbackRetrieveResponseModel404,
    )
    from .provider_breakdown import ProviderBreakdown
    from .provision_mode_enum import ProvisionModeEnum
    from .public_item_pricing import PublicItemPricing
    from .question_card_tag import QuestionCardTag
    from .question_request import QuestionRequest
    from .question_response import QuestionResponse
    from .rating_average_record import RatingAverageRecord
    from .rating_enum import RatingEnum
    from .rating_record import RatingRecord
    from .ratings_overtime import RatingsOvertime
    from .rbac_base_role import RbacBaseRole
    from .rbac_group import RbacGroup
    from .rbac_group_request import RbacGroupRequest
    from .rbac_platform import RbacPlatform
    from .rbac_policy import RbacPolicy
    from .rbac_policy_group import RbacPolicyGroup
    from .rbac_policy_request import RbacPolicyRequest
    from .rbac_role import RbacRole
    from .rbac_role_request import RbacRoleRequest
    from .rbac_user import RbacUser
    from .recently_accessed_mentor import RecentlyAccessedMentor
    from .recipient import Recipient
    from .recommendation_search_api import RecommendationSearchAPI
    from .recommendation_type_enum import RecommendationTypeEnum
    from .recommended_courses_response import RecommendedCoursesResponse
    from .recommended_courses_response_facets import RecommendedCoursesResponseFacets
    from .recommended_courses_response_results_item import RecommendedCoursesResponseResultsItem
    from .redirect_token_request import RedirectTokenRequest
    from .redirect_token_response import RedirectTokenResponse
    from .related_text import RelatedText
    from .remove_mentor_from_disclaimer import RemoveMentorFromDisclaimer
    from .reorder_children import ReorderChildren
    from .report_create import ReportCreate
    from .report_data import ReportData
    from .report_detail import ReportDetail
    from .report_list import ReportList
    from .report_request import ReportRequest
    from .report_status import ReportStatus
    from .report_status_state import ReportStatusState
    from .reported_role import ReportedRole
    from .reported_role_create_update_request import ReportedRoleCreateUpdateRequest
    from .reported_role_create_update_request_roles_item import (
        ReportedRoleCreateUpdateRequestRolesItem,
    )
    from .reported_skill import ReportedSkill
    from .reported_skill_create_update_request import ReportedSkillCreateUpdateRequest
    from .reported_skill_create_update_request_skills_item import (
        ReportedSkillCreateUpdateRequestSkillsItem,
    )
    from .request_data_variable import RequestDataVariable
    from .resource import Resource
    from .resource_completion import ResourceCompletion
    from .resource_completion_request import ResourceCompletionRequest
    from .resource_create_update import ResourceCreateUpdate
    from .resource_delete_response import ResourceDeleteResponse
    from .resource_delete_response_type import ResourceDeleteResponseType
    from .resource_point import ResourcePoint
    from .resource_scrapped_data import ResourceScrappedData
    from .resource_scrapped_data_status import ResourceScrappedDataStatus
    from .resource_scrapped_data_status_enum import ResourceScrappedDataStatusEnum
    from .response_data_variable import ResponseDataVariable
    from .retreiver_train_view_request import RetreiverTrainViewRequest
    from .retreiver_train_view_response import RetreiverTrainViewResponse
    from .retrieve_task import RetrieveTask
    from .retriever_document_embedding import RetrieverDocumentEmbedding
    from .retriever_document_embedding_access import RetrieverDocumentEmbeddingAccess
    from .retriever_document_embedding_crawler_pattern_type import (
        RetrieverDocumentEmbeddingCrawlerPatternType,
    )
    from .retriever_document_embedding_request import RetrieverDocumentEmbeddingRequest
    from .retriever_document_embedding_request_access import RetrieverDocumentEmbeddingRequestAccess
    from .retriever_document_embedding_request_crawler_pattern_type import (
        RetrieverDocumentEmbeddingRequestCrawlerPatternType,
    )
    from .retriever_document_embedding_training_status import (
        RetrieverDocumentEmbeddingTrainingStatus,
    )
    from .retriever_request_search import RetrieverRequestSearch
    from .retriever_request_search_document import RetrieverRequestSearchDocument
    from .retriever_response_search import RetrieverResponseSearch
    from .reuest_data_variable_list import ReuestDataVariableList
    from .role import Role
    from .role_create_update_request import RoleCreateUpdateRequest
    from .run_mentor_eval import RunMentorEval
    from .scan_webhook_request import ScanWebhookRequest
    from .scan_webhook_response import ScanWebhookResponse
    from .scim_address import SCIMAddress
    from .scim_email import SCIMEmail
    from .scim_enterprise_user import SCIMEnterpriseUser
    from .scim_enterprise_user_departments_item import SCIMEnterpriseUserDepartmentsItem
    from .scim_enterprise_user_groups_item import SCIMEnterpriseUserGroupsItem
    from .scim_enterprise_user_platforms_item import SCIMEnterpriseUserPlatformsItem
    from .scim_enterprise_user_rbac_groups_item import SCIMEnterpriseUserRbacGroupsItem
    from .scim_group import SCIMGroup
    from .scim_group_list_response import SCIMGroupListResponse
    from .scim_group_list_response_resources_item import SCIMGroupListResponseResourcesItem
    from .scim_group_members_item import SCIMGroupMembersItem
    from .scim_meta import SCIMMeta
    from .scim_name import SCIMName
    from .scim_phone_number import SCIMPhoneNumber
    from .scim_user_create_request import SCIMUserCreateRequest
    from .scim_user_list_response import SCIMUserListResponse
    from .scim_user_list_response_resources_item import SCIMUserListResponseResourcesItem
    from .scim_user_response import SCIMUserResponse
    from .scope_c1d_enum import ScopeC1DEnum
    from .search_personalized_catalog_retrieve_response_200 import (
        SearchPersonalizedCatalogRetrieveResponse200,
    )
    from .seed_mentors_view import SeedMentorsView
    from .send_notification import SendNotification
    from .send_response import SendResponse
    from .sentiment_summary import SentimentSummary
    from .sentiment_summary_sentiment_distribution import SentimentSummarySentimentDistribution
    from .service_platforms_stripe_connect_dashboard_retrieve_response_404 import (
        ServicePlatformsStripeConnectDashboardRetrieveResponse404,
    )
    from .service_platforms_stripe_connect_destroy_response_200 import (
        ServicePlatformsStripeConnectDestroyResponse200,
    )
    from .service_platforms_stripe_connect_destroy_response_404 import (
        ServicePlatformsStripeConnectDestroyResponse404,
    )
    from .service_platforms_stripe_connect_onboard_create_response_400 import (
        ServicePlatformsStripeConnectOnboardCreateResponse400,
    )
    from .service_platforms_stripe_connect_onboard_refresh_create_response_400 import (
        ServicePlatformsStripeConnectOnboardRefreshCreateResponse400,
    )
    from .session_browser_screenshot import SessionBrowserScreenshot
    from .session_chart_point import SessionChartPoint
    from .session_detail import SessionDetail
    from .session_memory_attachment import SessionMemoryAttachment
    from .session_memory_storage import SessionMemoryStorage
    from .session_summary import SessionSummary
    from .session_summary_mentor import SessionSummaryMentor
    from .sessions_chart import SessionsChart
    from .set_current_version_request import SetCurrentVersionRequest
    from .set_student_llm_access import SetStudentLLMAccess
    from .set_student_mentor_creation_permission import SetStudentMentorCreationPermission
    from .shareable_mentor_link import ShareableMentorLink
    from .shareable_mentor_link_request import ShareableMentorLinkRequest
    from .shared_session_update_request import SharedSessionUpdateRequest
    from .shared_session_update_response import SharedSessionUpdateResponse
    from .shell_logs import ShellLogs
    from .skill import Skill
    from .skill_create_update_request import SkillCreateUpdateRequest
    from .skill_detail import SkillDetail
    from .skill_info import SkillInfo
    from .skill_threshold import SkillThreshold
    from .skills_detail import SkillsDetail
    from .skills_metric import SkillsMetric
    from .skills_metric_details_item import SkillsMetricDetailsItem
    from .slack_config import SlackConfig
    from .slack_config_request import SlackConfigRequest
    from .slack_user_config import SlackUserConfig
    from .slack_user_config_request import SlackUserConfigRequest
    from .slack_webhook import SlackWebhook
    from .slack_webhook_event import SlackWebhookEvent
    from .spa import Spa
    from .spaced_repetition_learning_path import SpacedRepetitionLearningPath
    from .spaced_repetition_question_stats import SpacedRepetitionQuestionStats
    from .star_mentor import StarMentor
    from .starter_prompts_8c6_enum import StarterPrompts8C6Enum
    from .starter_prompts_b04_enum import StarterPromptsB04Enum
    from .state_enum import StateEnum
    from .status_0e3_enum import Status0E3Enum
    from .status_3_da_enum import Status3DaEnum
    from .step import Step
    from .step_status_enum import StepStatusEnum
    from .stop_generation_request import StopGenerationRequest
    from .stripe_billing_page_identifier_response import StripeBillingPageIdentifierResponse
    from .stripe_checkout_session_request import StripeCheckoutSessionRequest
    from .stripe_checkout_session_request_mode import StripeCheckoutSessionRequestMode
    from .stripe_checkout_session_request_mode_enum import StripeCheckoutSessionRequestModeEnum
    from .stripe_checkout_session_request_period import StripeCheckoutSessionRequestPeriod
    from .stripe_checkout_session_response import StripeCheckoutSessionResponse
    from .stripe_connect_dashboard_link import StripeConnectDashboardLink
    from .stripe_connect_onboard import StripeConnectOnboard
    from .stripe_connect_onboard_business_type import StripeConnectOnboardBusinessType
    from .stripe_connect_onboard_response import StripeConnectOnboardResponse
    from .stripe_connect_status import StripeConnectStatus
    from .stripe_context import StripeContext
    from .stripe_customer_portal_request import StripeCustomerPortalRequest
    from .stripe_customer_portal_request_flow_type import StripeCustomerPortalRequestFlowType
    from .stripe_customer_portal_response import StripeCustomerPortalResponse
    from .stripe_local_product import StripeLocalProduct
    from .stripe_new_user_tenant_launch_request import StripeNewUserTenantLaunchRequest
    from .stripe_subscription_renewal_request import StripeSubscriptionRenewalRequest
    from .stripe_subscription_renewal_response import StripeSubscriptionRenewalResponse
    from .stt_provider_enum import SttProviderEnum
    from .student_chat_message import StudentChatMessage
    from .student_llm_access_response import StudentLLMAccessResponse
    from .student_mentor_creation_permission_response import StudentMentorCreationPermissionResponse
    from .styles_view import StylesView
    from .styles_view_request import StylesViewRequest
    from .sub_time_child import SubTimeChild
    from .subject import Subject
    from .summary import Summary
    from .tags_view import TagsView
    from .tags_view_request import TagsViewRequest
    from .target_system_enum import TargetSystemEnum
    from .task_view import TaskView
    from .teams_config import TeamsConfig
    from .teams_config_request import TeamsConfigRequest
    from .teams_webhook import TeamsWebhook
    from .teams_webhook_channel_data import TeamsWebhookChannelData
    from .teams_webhook_conversation import TeamsWebhookConversation
    from .teams_webhook_from import TeamsWebhookFrom
    from .teams_webhook_recipient import TeamsWebhookRecipient
    from .template_mentor import TemplateMentor
    from .tenant_launch_error import TenantLaunchError
    from .tenant_launch_failed import TenantLaunchFailed
    from .tenant_launch_request import TenantLaunchRequest
    from .tenant_launch_response import TenantLaunchResponse
    from .tenant_mentor_traces import TenantMentorTraces
    from .tenant_setting import TenantSetting
    from .tenant_setting_request import TenantSettingRequest
    from .test_smtp_credentials import TestSMTPCredentials
    from .test_smtp_response import TestSMTPResponse
    from .theme_enum import ThemeEnum
    from .ticket_message import TicketMessage
    from .ticket_message_request import TicketMessageRequest
    from .time_child_data import TimeChildData
    from .time_detail import TimeDetail
    from .time_detail_child import TimeDetailChild
    from .time_detail_data import TimeDetailData
    from .time_spent_by_users_in_course import TimeSpentByUsersInCourse
    from .time_spent_by_users_in_course_data import TimeSpentByUsersInCourseData
    from .time_spent_course import TimeSpentCourse
    from .time_spent_detail import TimeSpentDetail
    from .time_spent_per_course import TimeSpentPerCourse
    from .time_spent_per_course_data import TimeSpentPerCourseData
    from .time_spent_per_user_response import TimeSpentPerUserResponse
    from .time_spent_update_request import TimeSpentUpdateRequest
    from .time_spent_update_response import TimeSpentUpdateResponse
    from .token_proxy_input import TokenProxyInput
    from .token_proxy_output import TokenProxyOutput
    from .token_proxy_output_serializer_data import TokenProxyOutputSerializerData
    from .token_proxy_user import TokenProxyUser
    from .tones_view import TonesView
    from .tones_view_request import TonesViewRequest
    from .tool_category import ToolCategory
    from .tool_response import ToolResponse
    from .top_content import TopContent
    from .topic_detail import TopicDetail
    from .topic_details import TopicDetails
    from .topic_details_pagination import TopicDetailsPagination
    from .topic_model import TopicModel
    from .topic_record import TopicRecord
    from .topic_statistics import TopicStatistics
    from .topic_statistics_response import TopicStatisticsResponse
    from .topic_summary_view import TopicSummaryView
    from .topics_overview import TopicsOverview
    from .topics_overview_metric import TopicsOverviewMetric
    from .trace import Trace
    from .train_document_view_request import TrainDocumentViewRequest
    from .train_document_view_request_crawler_pattern_type import (
        TrainDocumentViewRequestCrawlerPatternType,
    )
    from .train_document_view_response import TrainDocumentViewResponse
    from .training import Training
    from .training_create import TrainingCreate
    from .training_create_request import TrainingCreateRequest
    from .training_status_enum import TrainingStatusEnum
    from .transaction_type_enum import TransactionTypeEnum
    from .transactions_retrieve_transaction_type import TransactionsRetrieveTransactionType
    from .transport_enum import TransportEnum
    from .trend_entry import TrendEntry
    from .trigger_request import TriggerRequest
    from .trigger_response import TriggerResponse
    from .tts_provider_enum import TtsProviderEnum
    from .type_840_enum import Type840Enum
    from .update_xblock import UpdateXblock
    from .uploaded_image import UploadedImage
    from .uploaded_image_request import UploadedImageRequest
    from .use_main_creds import UseMainCreds
    from .user_all_chat_memory_view import UserAllChatMemoryView
    from .user_all_chat_memory_view_request import UserAllChatMemoryViewRequest
    from .user_app import UserApp
    from .user_app_subscription import UserAppSubscription
    from .user_catalog_item_memory_view import UserCatalogItemMemoryView
    from .user_catalog_item_memory_view_request import UserCatalogItemMemoryViewRequest
    from .user_chat_by_period import UserChatByPeriod
    from .user_chat_feedback import UserChatFeedback
    from .user_chat_feedback_count import UserChatFeedbackCount
    from .user_chat_feedback_rating import UserChatFeedbackRating
    from .user_chat_feedback_request import UserChatFeedbackRequest
    from .user_chat_memory_status_request_view import UserChatMemoryStatusRequestView
    from .user_chat_memory_status_view import UserChatMemoryStatusView
    from .user_chat_memory_update_view import UserChatMemoryUpdateView
    from .user_chat_privacy_settings import UserChatPrivacySettings
    from .user_chat_privacy_settings_chat_privacy_mode import UserChatPrivacySettingsChatPrivacyMode
    from .user_count_record import UserCountRecord
    from .user_delete_api_error import UserDeleteAPIError
    from .user_delete_api_request import UserDeleteAPIRequest
    from .user_delete_api_response import UserDeleteAPIResponse
    from .user_detail import UserDetail
    from .user_edx_memory import UserEdxMemory
    from .user_group import UserGroup
    from .user_group_access import UserGroupAccess
    from .user_group_access_info import UserGroupAccessInfo
    from .user_group_access_request import UserGroupAccessRequest
    from .user_group_policy import UserGroupPolicy
    from .user_group_policy_request import UserGroupPolicyRequest
    from .user_group_request import UserGroupRequest
    from .user_groups_orgs_retrieve_format import UserGroupsOrgsRetrieveFormat
    from .user_info import UserInfo
    from .user_license_assignment_create import UserLicenseAssignmentCreate
    from .user_license_assignment_create_metadata import UserLicenseAssignmentCreateMetadata
    from .user_license_assignment_detail import UserLicenseAssignmentDetail
    from .user_license_assignment_detail_metadata import UserLicenseAssignmentDetailMetadata
    from .user_license_create import UserLicenseCreate
    from .user_license_create_enrollment_config import UserLicenseCreateEnrollmentConfig
    from .user_license_create_metadata import UserLicenseCreateMetadata
    from .user_license_detail import UserLicenseDetail
    from .user_license_detail_metadata import UserLicenseDetailMetadata
    from .user_license_group_assignment_create import UserLicenseGroupAssignmentCreate
    from .user_license_group_assignment_create_metadata import (
        UserLicenseGroupAssignmentCreateMetadata,
    )
    from .user_license_group_assignment_detail import UserLicenseGroupAssignmentDetail
    from .user_license_group_assignment_detail_metadata import (
        UserLicenseGroupAssignmentDetailMetadata,
    )
    from .user_license_update import UserLicenseUpdate
    from .user_license_update_enrollment_config import UserLicenseUpdateEnrollmentConfig
    from .user_license_update_metadata import UserLicenseUpdateMetadata
    from .user_memory import UserMemory
    from .user_memory_context_request import UserMemoryContextRequest
    from .user_memory_context_response import UserMemoryContextResponse
    from .user_memory_entry import UserMemoryEntry
    from .user_memory_entry_request import UserMemoryEntryRequest
    from .user_memory_entry_request_2 import UserMemoryEntryRequest2
    from .user_memory_request import UserMemoryRequest
    from .user_metric import UserMetric
    from .user_metrics_response import UserMetricsResponse
    from .user_platform_link import UserPlatformLink
    from .user_platform_management_list_view_get_response import (
        UserPlatformManagementListViewGetResponse,
    )
    from .user_platform_management_list_view_get_response_data_item import (
        UserPlatformManagementListViewGetResponseDataItem,
    )
    from .user_platform_management_list_view_get_response_results_item import (
        UserPlatformManagementListViewGetResponseResultsItem,
    )
    from .user_platform_self_link_error import UserPlatformSelfLinkError
    from .user_platform_self_link_forbidden import UserPlatformSelfLinkForbidden
    from .user_platform_self_link_request import UserPlatformSelfLinkRequest
    from .user_platform_self_link_response import UserPlatformSelfLinkResponse
    from .user_platform_view_post_request import UserPlatformViewPostRequest
    from .user_policy_update import UserPolicyUpdate
    from .user_policy_update_error import UserPolicyUpdateError
    from .user_policy_update_forbidden import UserPolicyUpdateForbidden
    from .user_policy_update_response import UserPolicyUpdateResponse
    from .user_proxy_bulk_request import UserProxyBulkRequest
    from .user_proxy_bulk_request_users_item import UserProxyBulkRequestUsersItem
    from .user_proxy_get_response import UserProxyGetResponse
    from .user_proxy_post_request import UserProxyPostRequest
    from .user_proxy_post_response import UserProxyPostResponse
    from .user_search_response import UserSearchResponse
    from .user_search_response_results_item import UserSearchResponseResultsItem
    from .user_search_view_get_response import UserSearchViewGetResponse
    from .user_search_view_get_response_results_item import UserSearchViewGetResponseResultsItem
    from .user_sentiment_count_view import UserSentimentCountView
    from .user_skill import UserSkill
    from .user_skill_points_percentile import UserSkillPointsPercentile
    from .user_trend_by_period import UserTrendByPeriod
    from .v2_course_recommendations_ranking_strategy import V2CourseRecommendationsRankingStrategy
    from .v2_course_recommendations_recommendation_type import (
        V2CourseRecommendationsRecommendationType,
    )
    from .v2_global_mentor_search_response import V2GlobalMentorSearchResponse
    from .v2_personalized_mentors_order_direction import V2PersonalizedMentorsOrderDirection
    from .v2_personalized_mentors_response import V2PersonalizedMentorsResponse
    from .v2_recommendation_response import V2RecommendationResponse
    from .v2_recommendation_response_user_context import V2RecommendationResponseUserContext
    from .validate_source_response import ValidateSourceResponse
    from .value import Value
    from .value_data import ValueData
    from .vector_result import VectorResult
    from .veo_video_detail import VeoVideoDetail
    from .veo_video_list import VeoVideoList
    from .veo_video_request import VeoVideoRequest
    from .verify_gcp_market_place_failed_response import VerifyGCPMarketPlaceFailedResponse
    from .verify_gcp_market_place_failed_response_google import (
        VerifyGCPMarketPlaceFailedResponseGoogle,
    )
    from .verify_gcp_market_place_request import VerifyGCPMarketPlaceRequest
    from .verify_gcp_market_place_response import VerifyGCPMarketPlaceResponse
    from .verify_gcp_market_place_response_google import VerifyGCPMarketPlaceResponseGoogle
    from .video_block import VideoBlock
    from .video_caption import VideoCaption
    from .video_engagement_per_course import VideoEngagementPerCourse
    from .video_engagement_per_course_data import VideoEngagementPerCourseData
    from .videos_count import VideosCount
    from .videos_count_data import VideosCountData
    from .videos_in_course_summary import VideosInCourseSummary
    from .videos_in_course_summary_data import VideosInCourseSummaryData
    from .videos_specific_course import VideosSpecificCourse
    from .videos_specific_course_data import VideosSpecificCourseData
    from .videos_watched_sub_section import VideosWatchedSubSection
    from .voice import Voice
    from .voice_provider_enum import VoiceProviderEnum
    from .voice_request import VoiceRequest
    from .watched_videos_per_course import WatchedVideosPerCourse
    from .watched_videos_per_course_data import WatchedVideosPerCourseData
    from .watched_videos_per_user import WatchedVideosPerUser
    from .watched_videos_per_user_data import WatchedVideosPerUserData
    from .web_resource import WebResource
    from .web_resource_card import WebResourceCard
    from .web_resources_query import WebResourcesQuery
    from .webex_config import WebexConfig
    from .webex_webhook import WebexWebhook
    from .webex_webhook_data import WebexWebhookData
    from .what_app_web_hook import WhatAppWebHook
    from .what_app_web_hook_entry_item import WhatAppWebHookEntryItem
    from .whatsapp_config import WhatsappConfig
    from .whatsapp_config_request import WhatsappConfigRequest
    from .whatsapp_user_config import WhatsappUserConfig
    from .whatsapp_user_config_request import WhatsappUserConfigRequest
    from .whitelisted_domain import WhitelistedDomain
    from .workflow import Workflow
    from .workflow_request import WorkflowRequest
    from .xblock_result import XblockResult
    from .xblock_type_enum import XblockTypeEnum

# name -> the module of this package that defines it
_MODULES: dict[str, str] = {
    "AIGeneratedImage": "ai_generated_image",
    "AIUserProfileMemoryRelation": "ai_user_profile_memory_relation",
    "AIUserProfileRequest": "ai_user_profile_request",
    "AWSTenantLaunchRequest": "aws_tenant_launch_request",
    "AcceptanceEnum": "acceptance_enum",
    "AccessEnum": "access_enum",
    "AccessTimesHeatmap": "access_times_heatmap",
    "AccessibleMentorsByEmailRequest": "accessible_mentors_by_email_request",
    "AccessibleMentorsByEmailResponse": "accessible_mentors_by_email_response",
    "ActionBreakdown": "action_breakdown",
    "ActivateUserFreeTrial": "activate_user_free_trial",
    "ActiveUsersData": "active_users_data",
    "ActiveUsersList": "active_users_list",
    "ActiveUsersPerCourse": "active_users_per_course",
    "ActiveUsersPerCourseData": "active_users_per_course_data",
    "ActivityAPI": "activity_api",
    "ActivityData": "activity_data",
    "ActivityInfo": "activity_info",
    "AddMentorToDisclaimer": "add_mentor_to_disclaimer",
    "AgentConfig": "agent_config",
    "AgentConfigRequest": "agent_config_request",
    "AgentSkill": "agent_skill",
    "AgentSkillRequest": "agent_skill_request",
    "AgentSkillResource": "agent_skill_resource",
    "AgentSkillResourceRequest": "agent_skill_resource_request",
    "AiAccountOrgsUseDefaultLlmKeyCreateResponse": "ai_account_orgs_use_default_llm_key_create_response",
    "AiAccountOrgsUsersFreeTrialRetrieveResponse": "ai_account_orgs_users_free_trial_retrieve_response",
    "AiAnalyticsAudienceOrgsActiveUsersOverTimeRetrieveFormat": "ai_analytics_audience_orgs_active_users_over_time_retrieve_format",
    "AiAnalyticsAudienceOrgsActiveUsersPerCourseRetrieveFormat": "ai_analytics_audience_orgs_active_users_per_course_retrieve_format",
    "AiAnalyticsAudienceOrgsActiveUsersUsersRetrieveFormat": "ai_analytics_audience_orgs_active_users_users_retrieve_format",
    "AiAnalyticsAudienceOrgsEnrollmentsCoursesOverTimeRetrieveActive": "ai_analytics_audience_orgs_enrollments_courses_over_time_retrieve_active",
    "AiAnalyticsAudienceOrgsEnrollmentsCoursesOverTimeRetrieveFormat": "ai_analytics_audience_orgs_enrollments_courses_over_time_retrieve_format",
    "AiAnalyticsAudienceOrgsEnrollmentsCoursesUsersRetrieveActive": "ai_analytics_audience_orgs_enrollments_courses_users_retrieve_active",
    "AiAnalyticsAudienceOrgsEnrollmentsCoursesUsersRetrieveFormat": "ai_analytics_audience_orgs_enrollments_courses_users_retrieve_format",
    "AiAnalyticsAudienceOrgsEnrollmentsOverTimeRetrieveActive": "ai_analytics_audience_orgs_enrollments_over_time_retrieve_active",
    "AiAnalyticsAudienceOrgsEnrollmentsOverTimeRetrieveFormat": "ai_analytics_audience_orgs_enrollments_over_time_retrieve_format",
    "AiAnalyticsAudienceOrgsEnrollmentsPerCourseRetrieveActive": "ai_analytics_audience_orgs_enrollments_per_course_retrieve_active",
    "AiAnalyticsAudienceOrgsEnrollmentsPerCourseRetrieveFormat": "ai_analytics_audience_orgs_enrollments_per_course_retrieve_format",
    "AiAnalyticsAudienceOrgsRegisteredUsersOverTimeRetrieveFormat": "ai_analytics_audience_orgs_registered_users_over_time_retrieve_format",
    "AiAnalyticsAudienceOrgsRegisteredUsersPerCourseRetrieveActive": "ai_analytics_audience_orgs_registered_users_per_course_retrieve_active",
    "AiAnalyticsAudienceOrgsRegisteredUsersPerCourseRetrieveFormat": "ai_analytics_audience_orgs_registered_users_per_course_retrieve_format",
    "AiAnalyticsAudienceOrgsRegisteredUsersRetrieveFormat": "ai_analytics_audience_orgs_registered_users_retrieve_format",
    "AiAnalyticsDepartmentsOrgsRetrieveFormat": "ai_analytics_departments_orgs_retrieve_format",
    "AiAnalyticsEngagementOrgsActivityRetrieveFormat": "ai_analytics_engagement_orgs_activity_retrieve_format",
    "AiAnalyticsEngagementOrgsCourseCompletionOverTimeRetrieveFormat": "ai_analytics_engagement_orgs_course_completion_over_time_retrieve_format",
    "AiAnalyticsEngagementOrgsCourseCompletionPerCourseRetrieveFormat": "ai_analytics_engagement_orgs_course_completion_per_course_retrieve_format",
    "AiAnalyticsEngagementOrgsCoursesTimeAverageRetrieveFormat": "ai_analytics_engagement_orgs_courses_time_average_retrieve_format",
    "AiAnalyticsEngagementOrgsCoursesTimeDetailRetrieveFormat": "ai_analytics_engagement_orgs_courses_time_detail_retrieve_format",
    "AiAnalyticsEngagementOrgsCoursesTimeOverTimeRetrieveFormat": "ai_analytics_engagement_orgs_courses_time_over_time_retrieve_format",
    "AiAnalyticsEngagementOrgsCoursesTimeUsersDetailRetrieveFormat": "ai_analytics_engagement_orgs_courses_time_users_detail_retrieve_format",
    "AiAnalyticsEngagementOrgsCoursesTimeUsersOverTimeRetrieveFormat": "ai_analytics_engagement_orgs_courses_time_users_over_time_retrieve_format",
    "AiAnalyticsEngagementOrgsCoursesTimeUsersRetrieveFormat": "ai_analytics_engagement_orgs_courses_time_users_retrieve_format",
    "AiAnalyticsEngagementOrgsCoursesVideosOverTimeRetrieveFormat": "ai_analytics_engagement_orgs_courses_videos_over_time_retrieve_format",
    "AiAnalyticsEngagementOrgsCoursesVideosRetrieveFormat": "ai_analytics_engagement_orgs_courses_videos_retrieve_format",
    "AiAnalyticsEngagementOrgsCoursesVideosSummaryRetrieveFormat": "ai_analytics_engagement_orgs_courses_videos_summary_retrieve_format",
    "AiAnalyticsEngagementOrgsCoursesVideosUsersRetrieveFormat": "ai_analytics_engagement_orgs_courses_videos_users_retrieve_format",
    "AiAnalyticsEngagementOrgsTimeAveragePerlearnerPercourseRetrieveFormat": "ai_analytics_engagement_orgs_time_average_perlearner_percourse_retrieve_format",
    "AiAnalyticsEngagementOrgsTimeAverageWithOverTimeRetrieveFormat": "ai_analytics_engagement_orgs_time_average_with_over_time_retrieve_format",
    "AiAnalyticsEngagementOrgsTimeOverTimeRetrieveFormat": "ai_analytics_engagement_orgs_time_over_time_retrieve_format",
    "AiAnalyticsEngagementOrgsTimePerCourseRetrieveFormat": "ai_analytics_engagement_orgs_time_per_course_retrieve_format",
    "AiAnalyticsEngagementOrgsVideosOverTimeRetrieveFormat": "ai_analytics_engagement_orgs_videos_over_time_retrieve_format",
    "AiAnalyticsEngagementOrgsVideosRetrieveFormat": "ai_analytics_engagement_orgs_videos_retrieve_format",
    "AiAnalyticsOverviewOrgsActiveUsersRetrieveFormat": "ai_analytics_overview_orgs_active_users_retrieve_format",
    "AiAnalyticsOverviewOrgsAverageGradeRetrieveFormat": "ai_analytics_overview_orgs_average_grade_retrieve_format",
    "AiAnalyticsOverviewOrgsCoursesCompletionsRetrieveFormat": "ai_analytics_overview_orgs_courses_completions_retrieve_format",
    "AiAnalyticsOverviewOrgsLearnersRetrieveFormat": "ai_analytics_overview_orgs_learners_retrieve_format",
    "AiAnalyticsOverviewOrgsMostActiveCoursesRetrieveFormat": "ai_analytics_overview_orgs_most_active_courses_retrieve_format",
    "AiAnalyticsOverviewOrgsRegisteredUsersRetrieveFormat": "ai_analytics_overview_orgs_registered_users_retrieve_format",
    "AiAnalyticsPerformanceOrgsCoursesGradingAverageRetrieveFormat": "ai_analytics_performance_orgs_courses_grading_average_retrieve_format",
    "AiAnalyticsPerformanceOrgsCoursesGradingAverageWithCutoffRetrieveFormat": "ai_analytics_performance_orgs_courses_grading_average_with_cutoff_retrieve_format",
    "AiAnalyticsPerformanceOrgsCoursesGradingDetailRetrieveFormat": "ai_analytics_performance_orgs_courses_grading_detail_retrieve_format",
    "AiAnalyticsPerformanceOrgsCoursesGradingPerLearnerRetrieveFormat": "ai_analytics_performance_orgs_courses_grading_per_learner_retrieve_format",
    "AiAnalyticsPerformanceOrgsCoursesGradingSummaryRetrieveFormat": "ai_analytics_performance_orgs_courses_grading_summary_retrieve_format",
    "AiAnalyticsPerformanceOrgsGradingAverageRetrieveFormat": "ai_analytics_performance_orgs_grading_average_retrieve_format",
    "AiAnalyticsPerformanceOrgsGradingPerCourseRetrieveFormat": "ai_analytics_performance_orgs_grading_per_course_retrieve_format",
    "AiAnalyticsPerlearnerOrgsLearnersRetrieveFormat": "ai_analytics_perlearner_orgs_learners_retrieve_format",
    "AiAnalyticsPerlearnerOrgsUsersActivityRetrieveFormat": "ai_analytics_perlearner_orgs_users_activity_retrieve_format",
    "AiAnalyticsPerlearnerOrgsUsersCoursesGradingCutoffsRetrieveFormat": "ai_analytics_perlearner_orgs_users_courses_grading_cutoffs_retrieve_format",
    "AiAnalyticsPerlearnerOrgsUsersCoursesGradingDetailRetrieveFormat": "ai_analytics_perlearner_orgs_users_courses_grading_detail_retrieve_format",
    "AiAnalyticsPerlearnerOrgsUsersCoursesGradingSummaryRetrieveFormat": "ai_analytics_perlearner_orgs_users_courses_grading_summary_retrieve_format",
    "AiAnalyticsPerlearnerOrgsUsersCoursesOverviewGradeRetrieveFormat": "ai_analytics_perlearner_orgs_users_courses_overview_grade_retrieve_format",
    "AiAnalyticsPerlearnerOrgsUsersCoursesOverviewPerformanceIndexRetrieveFormat": "ai_analytics_perlearner_orgs_users_courses_overview_performance_index_retrieve_format",
    "AiAnalyticsPerlearnerOrgsUsersCoursesOverviewTimeOverTimeRetrieveFormat": "ai_analytics_perlearner_orgs_users_courses_overview_time_over_time_retrieve_format",
    "AiAnalyticsPerlearnerOrgsUsersCoursesVideosOverTimeRetrieveFormat": "ai_analytics_perlearner_orgs_users_courses_videos_over_time_retrieve_format",
    "AiAnalyticsPerlearnerOrgsUsersCoursesVideosRetrieveFormat": "ai_analytics_perlearner_orgs_users_courses_videos_retrieve_format",
    "AiAnalyticsPerlearnerOrgsUsersGradesPerCourseRetrieveFormat": "ai_analytics_perlearner_orgs_users_grades_per_course_retrieve_format",
    "AiAnalyticsPerlearnerOrgsUsersInfoRetrieveFormat": "ai_analytics_perlearner_orgs_users_info_retrieve_format",
    "AiAnalyticsPerlearnerOrgsUsersInfoRetrieveMeta": "ai_analytics_perlearner_orgs_users_info_retrieve_meta",
    "AiAnalyticsPerlearnerOrgsUsersLastAccessRetrieveFormat": "ai_analytics_perlearner_orgs_users_last_access_retrieve_format",
    "AiAnalyticsPerlearnerOrgsUsersOverviewEngagementIndexRetrieveFormat": "ai_analytics_perlearner_orgs_users_overview_engagement_index_retrieve_format",
    "AiAnalyticsPerlearnerOrgsUsersOverviewGradesAverageRetrieveFormat": "ai_analytics_perlearner_orgs_users_overview_grades_average_retrieve_format",
    "AiAnalyticsPerlearnerOrgsUsersOverviewPerformanceIndexRetrieveFormat": "ai_analytics_perlearner_orgs_users_overview_performance_index_retrieve_format",
    "AiAnalyticsPerlearnerOrgsUsersOverviewTimeOverTimeRetrieveFormat": "ai_analytics_perlearner_orgs_users_overview_time_over_time_retrieve_format",
    "AiAnalyticsPerlearnerOrgsUsersRetrieveFormat": "ai_analytics_perlearner_orgs_users_retrieve_format",
    "AiAnalyticsPerlearnerOrgsUsersVideosOverTimeRetrieveFormat": "ai_analytics_perlearner_orgs_users_videos_over_time_retrieve_format",
    "AiAnalyticsPerlearnerOrgsUsersVideosPerCourseRetrieveFormat": "ai_analytics_perlearner_orgs_users_videos_per_course_retrieve_format",
    "AiAnalyticsUserGroupsOrgsRetrieveFormat": "ai_analytics_user_groups_orgs_retrieve_format",
    "AiFinetuningV1OrgUserDatasetsListStatus": "ai_finetuning_v1_org_user_datasets_list_status",
    "AiFinetuningV1OrgUserTrainingsListProvider": "ai_finetuning_v1_org_user_trainings_list_provider",
    "AiFinetuningV1OrgUserTrainingsListStatus": "ai_finetuning_v1_org_user_trainings_list_status",
    "AiIndexOrgsUsersDocumentsTrainCreateBody": "ai_index_orgs_users_documents_train_create_body",
    "AiIndexOrgsUsersDocumentsTrainCreateBody2": "ai_index_orgs_users_documents_train_create_body_2",
    "AiIndexOrgsUsersDocumentsTrainCreateBody2CrawlerPatternType": "ai_index_orgs_users_documents_train_create_body_2_crawler_pattern_type",
    "AiIndexOrgsUsersDocumentsTrainCreateBody3": "ai_index_orgs_users_documents_train_create_body_3",
    "AiIndexOrgsUsersDocumentsTrainCreateBody3CrawlerPatternType": "ai_index_orgs_users_documents_train_create_body_3_crawler_pattern_type",
    "AiIndexOrgsUsersDocumentsTrainCreateBodyCrawlerPatternType": "ai_index_orgs_users_documents_train_create_body_crawler_pattern_type",
    "AiIndexOrgsUsersDocumentsTrainRetrieverCreateBody": "ai_index_orgs_users_documents_train_retriever_create_body",
    "AiIndexOrgsUsersDocumentsTrainRetrieverCreateBody2": "ai_index_orgs_users_documents_train_retriever_create_body_2",
    "AiIndexOrgsUsersDocumentsTrainRetrieverCreateBody3": "ai_index_orgs_users_documents_train_retriever_create_body_3",
    "AiIndexOrgsUsersDocumentsUpdateBody": "ai_index_orgs_users_documents_update_body",
    "AiIndexOrgsUsersDocumentsUpdateBody2": "ai_index_orgs_users_documents_update_body_2",
    "AiIndexOrgsUsersDocumentsUpdateBody2Access": "ai_index_orgs_users_documents_update_body_2_access",
    "AiIndexOrgsUsersDocumentsUpdateBody2CrawlerPatternType": "ai_index_orgs_users_documents_update_body_2_crawler_pattern_type",
    "AiIndexOrgsUsersDocumentsUpdateBody3": "ai_index_orgs_users_documents_update_body_3",
    "AiIndexOrgsUsersDocumentsUpdateBody3Access": "ai_index_orgs_users_documents_update_body_3_access",
    "AiIndexOrgsUsersDocumentsUpdateBody3CrawlerPatternType": "ai_index_orgs_users_documents_update_body_3_crawler_pattern_type",
    "AiIndexOrgsUsersDocumentsUpdateBodyAccess": "ai_index_orgs_users_documents_update_body_access",
    "AiIndexOrgsUsersDocumentsUpdateBodyCrawlerPatternType": "ai_index_orgs_users_documents_update_body_crawler_pattern_type",
    "AiMediaOrgsUsersHeygenVideoCaptionsCreateBody": "ai_media_orgs_users_heygen_video_captions_create_body",
    "AiMediaOrgsUsersHeygenVideoCaptionsCreateBody2": "ai_media_orgs_users_heygen_video_captions_create_body_2",
    "AiMediaOrgsUsersHeygenVideoCaptionsCreateBody3": "ai_media_orgs_users_heygen_video_captions_create_body_3",
    "AiMediaOrgsUsersVeoVideosCreateBody": "ai_media_orgs_users_veo_videos_create_body",
    "AiMediaOrgsUsersVeoVideosCreateBody2": "ai_media_orgs_users_veo_videos_create_body_2",
    "AiMediaOrgsUsersVeoVideosCreateBody3": "ai_media_orgs_users_veo_videos_create_body_3",
    "AiMentorOrgsAgentSkillResourcesListFileType": "ai_mentor_orgs_agent_skill_resources_list_file_type",
    "AiMentorOrgsClawInstancesListStatus": "ai_mentor_orgs_claw_instances_list_status",
    "AiMentorOrgsMentorsByEmailCreateResponse400": "ai_mentor_orgs_mentors_by_email_create_response_400",
    "AiMentorOrgsMentorsByEmailCreateResponse404": "ai_mentor_orgs_mentors_by_email_create_response_404",
    "AiMentorOrgsSessionsCreateResponse400": "ai_mentor_orgs_sessions_create_response_400",
    "AiMentorOrgsSessionsCreateResponse404": "ai_mentor_orgs_sessions_create_response_404",
    "AiMentorOrgsUsersAudioToTextCreateBody": "ai_mentor_orgs_users_audio_to_text_create_body",
    "AiMentorOrgsUsersAudioToTextCreateBody2": "ai_mentor_orgs_users_audio_to_text_create_body_2",
    "AiMentorOrgsUsersAudioToTextCreateBody3": "ai_mentor_orgs_users_audio_to_text_create_body_3",
    "AiMentorOrgsUsersCallConfigurationsListMode": "ai_mentor_orgs_users_call_configurations_list_mode",
    "AiMentorOrgsUsersCourseCreationCourseDraftContentForUnitCreateBody": "ai_mentor_orgs_users_course_creation_course_draft_content_for_unit_create_body",
    "AiMentorOrgsUsersCourseCreationFilesCreateBody": "ai_mentor_orgs_users_course_creation_files_create_body",
    "AiMentorOrgsUsersCourseCreationFilesCreateBody2": "ai_mentor_orgs_users_course_creation_files_create_body_2",
    "AiMentorOrgsUsersCourseCreationFilesCreateBody3": "ai_mentor_orgs_users_course_creation_files_create_body_3",
    "AiMentorOrgsUsersCourseCreationFilesPartialUpdateBody": "ai_mentor_orgs_users_course_creation_files_partial_update_body",
    "AiMentorOrgsUsersCourseCreationFilesPartialUpdateBody2": "ai_mentor_orgs_users_course_creation_files_partial_update_body_2",
    "AiMentorOrgsUsersCourseCreationFilesPartialUpdateBody3": "ai_mentor_orgs_users_course_creation_files_partial_update_body_3",
    "AiMentorOrgsUsersCourseCreationFilesUpdateBody": "ai_mentor_orgs_users_course_creation_files_update_body",
    "AiMentorOrgsUsersCourseCreationFilesUpdateBody2": "ai_mentor_orgs_users_course_creation_files_update_body_2",
    "AiMentorOrgsUsersCourseCreationFilesUpdateBody3": "ai_mentor_orgs_users_course_creation_files_update_body_3",
    "AiMentorOrgsUsersCourseCreationTaskFilesCreateBody": "ai_mentor_orgs_users_course_creation_task_files_create_body",
    "AiMentorOrgsUsersCourseCreationTaskFilesCreateBody2": "ai_mentor_orgs_users_course_creation_task_files_create_body_2",
    "AiMentorOrgsUsersCourseCreationTaskFilesCreateBody3": "ai_mentor_orgs_users_course_creation_task_files_create_body_3",
    "AiMentorOrgsUsersCourseCreationTaskFilesPartialUpdateBody": "ai_mentor_orgs_users_course_creation_task_files_partial_update_body",
    "AiMentorOrgsUsersCourseCreationTaskFilesPartialUpdateBody2": "ai_mentor_orgs_users_course_creation_task_files_partial_update_body_2",
    "AiMentorOrgsUsersCourseCreationTaskFilesPartialUpdateBody3": "ai_mentor_orgs_users_course_creation_task_files_partial_update_body_3",
    "AiMentorOrgsUsersCourseCreationTaskFilesUpdateBody": "ai_mentor_orgs_users_course_creation_task_files_update_body",
    "AiMentorOrgsUsersCourseCreationTaskFilesUpdateBody2": "ai_mentor_orgs_users_course_creation_task_files_update_body_2",
    "AiMentorOrgsUsersCourseCreationTaskFilesUpdateBody3": "ai_mentor_orgs_users_course_creation_task_files_update_body_3",
    "AiMentorOrgsUsersCourseCreationTasksCreate2Body": "ai_mentor_orgs_users_course_creation_tasks_create_2_body",
    "AiMentorOrgsUsersCourseCreationTasksCreate2Body2": "ai_mentor_orgs_users_course_creation_tasks_create_2_body_2",
    "AiMentorOrgsUsersCourseCreationTasksCreate2Body3": "ai_mentor_orgs_users_course_creation_tasks_create_2_body_3",
    "AiMentorOrgsUsersCourseCreationTasksCreateBody": "ai_mentor_orgs_users_course_creation_tasks_create_body",
    "AiMentorOrgsUsersCourseCreationTasksCreateBody2": "ai_mentor_orgs_users_course_creation_tasks_create_body_2",
    "AiMentorOrgsUsersCourseCreationTasksCreateBody3": "ai_mentor_orgs_users_course_creation_tasks_create_body_3",
    "AiMentorOrgsUsersCourseCreationTasksCreateCourseCreate2Body": "ai_mentor_orgs_users_course_creation_tasks_create_course_create_2_body",
    "AiMentorOrgsUsersCourseCreationTasksCreateCourseCreate2Body2": "ai_mentor_orgs_users_course_creation_tasks_create_course_create_2_body_2",
    "AiMentorOrgsUsersCourseCreationTasksCreateCourseCreate2Body3": "ai_mentor_orgs_users_course_creation_tasks_create_course_create_2_body_3",
    "AiMentorOrgsUsersCourseCreationTasksCreateCourseCreateBody": "ai_mentor_orgs_users_course_creation_tasks_create_course_create_body",
    "AiMentorOrgsUsersCourseCreationTasksCreateCourseCreateBody2": "ai_mentor_orgs_users_course_creation_tasks_create_course_create_body_2",
    "AiMentorOrgsUsersCourseCreationTasksCreateCourseCreateBody3": "ai_mentor_orgs_users_course_creation_tasks_create_course_create_body_3",
    "AiMentorOrgsUsersCourseCreationTasksCreateCourseOutlineCreate2Body": "ai_mentor_orgs_users_course_creation_tasks_create_course_outline_create_2_body",
    "AiMentorOrgsUsersCourseCreationTasksCreateCourseOutlineCreate2Body2": "ai_mentor_orgs_users_course_creation_tasks_create_course_outline_create_2_body_2",
    "AiMentorOrgsUsersCourseCreationTasksCreateCourseOutlineCreate2Body3": "ai_mentor_orgs_users_course_creation_tasks_create_course_outline_create_2_body_3",
    "AiMentorOrgsUsersCourseCreationTasksCreateCourseOutlineCreateBody": "ai_mentor_orgs_users_course_creation_tasks_create_course_outline_create_body",
    "AiMentorOrgsUsersCourseCreationTasksCreateCourseOutlineCreateBody2": "ai_mentor_orgs_users_course_creation_tasks_create_course_outline_create_body_2",
    "AiMentorOrgsUsersCourseCreationTasksCreateCourseOutlineCreateBody3": "ai_mentor_orgs_users_course_creation_tasks_create_course_outline_create_body_3",
    "AiMentorOrgsUsersDisclaimersListScope": "ai_mentor_orgs_users_disclaimers_list_scope",
    "AiMentorOrgsUsersElevenlabsVoiceCreateBody": "ai_mentor_orgs_users_elevenlabs_voice_create_body",
    "AiMentorOrgsUsersElevenlabsVoiceCreateBody2": "ai_mentor_orgs_users_elevenlabs_voice_create_body_2",
    "AiMentorOrgsUsersElevenlabsVoiceCreateBody3": "ai_mentor_orgs_users_elevenlabs_voice_create_body_3",
    "AiMentorOrgsUsersMcpServerConnectionsListAuthType": "ai_mentor_orgs_users_mcp_server_connections_list_auth_type",
    "AiMentorOrgsUsersMcpServerConnectionsListScope": "ai_mentor_orgs_users_mcp_server_connections_list_scope",
    "AiMentorOrgsUsersMcpServersCreateBody": "ai_mentor_orgs_users_mcp_servers_create_body",
    "AiMentorOrgsUsersMcpServersCreateBody2": "ai_mentor_orgs_users_mcp_servers_create_body_2",
    "AiMentorOrgsUsersMcpServersCreateBody2AuthScope": "ai_mentor_orgs_users_mcp_servers_create_body_2_auth_scope",
    "AiMentorOrgsUsersMcpServersCreateBody2AuthType": "ai_mentor_orgs_users_mcp_servers_create_body_2_auth_type",
    "AiMentorOrgsUsersMcpServersCreateBody3": "ai_mentor_orgs_users_mcp_servers_create_body_3",
    "AiMentorOrgsUsersMcpServersCreateBody3AuthScope": "ai_mentor_orgs_users_mcp_servers_create_body_3_auth_scope",
    "AiMentorOrgsUsersMcpServersCreateBody3AuthType": "ai_mentor_orgs_users_mcp_servers_create_body_3_auth_type",
    "AiMentorOrgsUsersMcpServersCreateBodyAuthScope": "ai_mentor_orgs_users_mcp_servers_create_body_auth_scope",
    "AiMentorOrgsUsersMcpServersCreateBodyAuthType": "ai_mentor_orgs_users_mcp_servers_create_body_auth_type",
    "AiMentorOrgsUsersMcpServersListAuthScope": "ai_mentor_orgs_users_mcp_servers_list_auth_scope",
    "AiMentorOrgsUsersMcpServersListAuthType": "ai_mentor_orgs_users_mcp_servers_list_auth_type",
    "AiMentorOrgsUsersMcpServersListTransport": "ai_mentor_orgs_users_mcp_servers_list_transport",
    "AiMentorOrgsUsersMcpServersOauthFindCreateBody": "ai_mentor_orgs_users_mcp_servers_oauth_find_create_body",
    "AiMentorOrgsUsersMcpServersOauthFindCreateBody2": "ai_mentor_orgs_users_mcp_servers_oauth_find_create_body_2",
    "AiMentorOrgsUsersMcpServersOauthFindCreateBody3": "ai_mentor_orgs_users_mcp_servers_oauth_find_create_body_3",
    "AiMentorOrgsUsersMcpServersPartialUpdateBody": "ai_mentor_orgs_users_mcp_servers_partial_update_body",
    "AiMentorOrgsUsersMcpServersPartialUpdateBody2": "ai_mentor_orgs_users_mcp_servers_partial_update_body_2",
    "AiMentorOrgsUsersMcpServersPartialUpdateBody2AuthScope": "ai_mentor_orgs_users_mcp_servers_partial_update_body_2_auth_scope",
    "AiMentorOrgsUsersMcpServersPartialUpdateBody2AuthType": "ai_mentor_orgs_users_mcp_servers_partial_update_body_2_auth_type",
    "AiMentorOrgsUsersMcpServersPartialUpdateBody3": "ai_mentor_orgs_users_mcp_servers_partial_update_body_3",
    "AiMentorOrgsUsersMcpServersPartialUpdateBody3AuthScope": "ai_mentor_orgs_users_mcp_servers_partial_update_body_3_auth_scope",
    "AiMentorOrgsUsersMcpServersPartialUpdateBody3AuthType": "ai_mentor_orgs_users_mcp_servers_partial_update_body_3_auth_type",
    "AiMentorOrgsUsersMcpServersPartialUpdateBodyAuthScope": "ai_mentor_orgs_users_mcp_servers_partial_update_body_auth_scope",
    "AiMentorOrgsUsersMcpServersPartialUpdateBodyAuthType": "ai_mentor_orgs_users_mcp_servers_partial_update_body_auth_type",
    "AiMentorOrgsUsersMcpServersUpdateBody": "ai_mentor_orgs_users_mcp_servers_update_body",
    "AiMentorOrgsUsersMcpServersUpdateBody2": "ai_mentor_orgs_users_mcp_servers_update_body_2",
    "AiMentorOrgsUsersMcpServersUpdateBody2AuthScope": "ai_mentor_orgs_users_mcp_servers_update_body_2_auth_scope",
    "AiMentorOrgsUsersMcpServersUpdateBody2AuthType": "ai_mentor_orgs_users_mcp_servers_update_body_2_auth_type",
    "AiMentorOrgsUsersMcpServersUpdateBody3": "ai_mentor_orgs_users_mcp_servers_update_body_3",
    "AiMentorOrgsUsersMcpServersUpdateBody3AuthScope": "ai_mentor_orgs_users_mcp_servers_update_body_3_auth_scope",
    "AiMentorOrgsUsersMcpServersUpdateBody3AuthType": "ai_mentor_orgs_users_mcp_servers_update_body_3_auth_type",
    "AiMentorOrgsUsersMcpServersUpdateBodyAuthScope": "ai_mentor_orgs_users_mcp_servers_update_body_auth_scope",
    "AiMentorOrgsUsersMcpServersUpdateBodyAuthType": "ai_mentor_orgs_users_mcp_servers_update_body_auth_type",
    "AiMentorOrgsUsersMemsearchConfigCreateBody": "ai_mentor_orgs_users_memsearch_config_create_body",
    "AiMentorOrgsUsersMentorWithSettingsCreateBody": "ai_mentor_orgs_users_mentor_with_settings_create_body",
    "AiMentorOrgsUsersMentorWithSettingsCreateBody2": "ai_mentor_orgs_users_mentor_with_settings_create_body_2",
    "AiMentorOrgsUsersMentorWithSettingsCreateBody3": "ai_mentor_orgs_users_mentor_with_settings_create_body_3",
    "AiMentorOrgsUsersMentorsCustomVoiceTtsCreateDataBody": "ai_mentor_orgs_users_mentors_custom_voice_tts_create_data_body",
    "AiMentorOrgsUsersMentorsCustomVoiceTtsCreateFilesBody": "ai_mentor_orgs_users_mentors_custom_voice_tts_create_files_body",
    "AiMentorOrgsUsersMentorsCustomVoiceTtsCreateJsonBody": "ai_mentor_orgs_users_mentors_custom_voice_tts_create_json_body",
    "AiMentorOrgsUsersMentorsSettingsUpdateBody": "ai_mentor_orgs_users_mentors_settings_update_body",
    "AiMentorOrgsUsersMentorsSettingsUpdateBody2": "ai_mentor_orgs_users_mentors_settings_update_body_2",
    "AiMentorOrgsUsersMentorsSettingsUpdateBody3": "ai_mentor_orgs_users_mentors_settings_update_body_3",
    "AiMentorOrgsUsersModerationLogsListTargetSystem": "ai_mentor_orgs_users_moderation_logs_list_target_system",
    "AiMentorOrgsUsersPeriodicAgentLogsListStatus": "ai_mentor_orgs_users_periodic_agent_logs_list_status",
    "AiMentorOrgsUsersPeriodicAgentsListPreviousAgentStatus": "ai_mentor_orgs_users_periodic_agents_list_previous_agent_status",
    "AiMentorOrgsUsersPeriodicAgentsListStatus": "ai_mentor_orgs_users_periodic_agents_list_status",
    "AiMentorOrgsUsersPinMessageDestroyResponse204": "ai_mentor_orgs_users_pin_message_destroy_response_204",
    "AiMentorOrgsUsersSafetyLogsListTargetSystem": "ai_mentor_orgs_users_safety_logs_list_target_system",
    "AiMentorOrgsUsersSessionsCreateResponse400": "ai_mentor_orgs_users_sessions_create_response_400",
    "AiMentorOrgsUsersSessionsCreateResponse404": "ai_mentor_orgs_users_sessions_create_response_404",
    "AiMentorOrgsUsersSessionsDestroyResponse204": "ai_mentor_orgs_users_sessions_destroy_response_204",
    "AiMentorOrgsUsersSupportTicketsListStatus": "ai_mentor_orgs_users_support_tickets_list_status",
    "AiMentorOrgsUsersVoicesListProvider": "ai_mentor_orgs_users_voices_list_provider",
    "AiMentorOrgsWorkflowsChatCreateBody": "ai_mentor_orgs_workflows_chat_create_body",
    "AiPromptOrgsUsersSessionsGuidedPromptsRetrieveResponse404": "ai_prompt_orgs_users_sessions_guided_prompts_retrieve_response_404",
    "AiPromptOrgsUsersSessionsGuidedPromptsRetrieveResponse429": "ai_prompt_orgs_users_sessions_guided_prompts_retrieve_response_429",
    "AiPromptOrgsUsersSessionsGuidedPromptsRetrieveResponse500": "ai_prompt_orgs_users_sessions_guided_prompts_retrieve_response_500",
    "AlignMentorBubbleEnum": "align_mentor_bubble_enum",
    "AnalyticsConversationsRetrieveDateFilter": "analytics_conversations_retrieve_date_filter",
    "AnalyticsConversationsRetrieveGranularity": "analytics_conversations_retrieve_granularity",
    "AnalyticsConversationsRetrieveMetric": "analytics_conversations_retrieve_metric",
    "AnalyticsFinancialDetailsRetrieveDateFilter": "analytics_financial_details_retrieve_date_filter",
    "AnalyticsFinancialDetailsRetrieveGroupBy": "analytics_financial_details_retrieve_group_by",
    "AnalyticsFinancialRetrieveDateFilter": "analytics_financial_retrieve_date_filter",
    "AnalyticsFinancialRetrieveFillMethod": "analytics_financial_retrieve_fill_method",
    "AnalyticsFinancialRetrieveGranularity": "analytics_financial_retrieve_granularity",
    "AnalyticsFinancialRetrieveMetric": "analytics_financial_retrieve_metric",
    "AnalyticsFinancialRetrieveProvider": "analytics_financial_retrieve_provider",
    "AnalyticsLearnerDetailsRetrieveDateFilter": "analytics_learner_details_retrieve_date_filter",
    "AnalyticsLearnerDetailsRetrieveGranularity": "analytics_learner_details_retrieve_granularity",
    "AnalyticsLearnersListRetrieveDateFilter": "analytics_learners_list_retrieve_date_filter",
    "AnalyticsLearnersListRetrieveGranularity": "analytics_learners_list_retrieve_granularity",
    "AnalyticsLearnersListRetrieveSortBy": "analytics_learners_list_retrieve_sort_by",
    "AnalyticsLearnersListRetrieveSortOrder": "analytics_learners_list_retrieve_sort_order",
    "AnalyticsLearnersRetrieveDateFilter": "analytics_learners_retrieve_date_filter",
    "AnalyticsLearnersRetrieveGranularity": "analytics_learners_retrieve_granularity",
    "AnalyticsMessagesRetrieveSentiment": "analytics_messages_retrieve_sentiment",
    "AnalyticsOverview": "analytics_overview",
    "AnalyticsRatingsRetrieveDateFilter": "analytics_ratings_retrieve_date_filter",
    "AnalyticsRatingsRetrieveGranularity": "analytics_ratings_retrieve_granularity",
    "AnalyticsRatingsRetrieveMetric": "analytics_ratings_retrieve_metric",
    "AnalyticsSessionsRetrieveDateFilter": "analytics_sessions_retrieve_date_filter",
    "AnalyticsSessionsRetrieveGranularity": "analytics_sessions_retrieve_granularity",
    "AnalyticsSessionsRetrieveMetric": "analytics_sessions_retrieve_metric",
    "AnalyticsTimeRetrieveDateFilter": "analytics_time_retrieve_date_filter",
    "AnalyticsTimeRetrieveGranularity": "analytics_time_retrieve_granularity",
    "AnalyticsTopicsDetailsRetrieveDateFilter": "analytics_topics_details_retrieve_date_filter",
    "AnalyticsTopicsRetrieveDateFilter": "analytics_topics_retrieve_date_filter",
    "AnalyticsTopicsRetrieveGranularity": "analytics_topics_retrieve_granularity",
    "AnalyticsTopicsRetrieveMetric": "analytics_topics_retrieve_metric",
    "AnalyticsUsersDetailsRetrieveDateFilter": "analytics_users_details_retrieve_date_filter",
    "AnalyticsUsersRetrieveDateFilter": "analytics_users_retrieve_date_filter",
    "AnalyticsUsersRetrieveGranularity": "analytics_users_retrieve_granularity",
    "AnalyticsUsersRetrieveMetric": "analytics_users_retrieve_metric",
    "Answer": "answer",
    "App": "app",
    "AppleSubscriptionStatusRequest": "apple_subscription_status_request",
    "AppleSubscriptionStatusView": "apple_subscription_status_view",
    "AppleVerifyTransactionId": "apple_verify_transaction_id",
    "Artifact": "artifact",
    "ArtifactList": "artifact_list",
    "ArtifactRequest": "artifact_request",
    "ArtifactVersion": "artifact_version",
    "ArtifactVersionInterface": "artifact_version_interface",
    "Assertion": "assertion",
    "AssertionCourse": "assertion_course",
    "AssertionCredentialDetails": "assertion_credential_details",
    "AssertionProgram": "assertion_program",
    "AssertionRecipient": "assertion_recipient",
    "AssertionRequest": "assertion_request",
    "AssociateAccountResponse": "associate_account_response",
    "AssociateAppleAccount": "associate_apple_account",
    "AssumedKnowledge": "assumed_knowledge",
    "AssumedKnowledgeLevel": "assumed_knowledge_level",
    "AudienceOrgsActiveUsersOverTimeRetrieveFormat": "audience_orgs_active_users_over_time_retrieve_format",
    "AudienceOrgsActiveUsersPerCourseRetrieveFormat": "audience_orgs_active_users_per_course_retrieve_format",
    "AudienceOrgsActiveUsersUsersRetrieveFormat": "audience_orgs_active_users_users_retrieve_format",
    "AudienceOrgsEnrollmentsCoursesOverTimeRetrieveActive": "audience_orgs_enrollments_courses_over_time_retrieve_active",
    "AudienceOrgsEnrollmentsCoursesOverTimeRetrieveFormat": "audience_orgs_enrollments_courses_over_time_retrieve_format",
    "AudienceOrgsEnrollmentsCoursesUsersRetrieveActive": "audience_orgs_enrollments_courses_users_retrieve_active",
    "AudienceOrgsEnrollmentsCoursesUsersRetrieveFormat": "audience_orgs_enrollments_courses_users_retrieve_format",
    "AudienceOrgsEnrollmentsOverTimeRetrieveActive": "audience_orgs_enrollments_over_time_retrieve_active",
    "AudienceOrgsEnrollmentsOverTimeRetrieveFormat": "audience_orgs_enrollments_over_time_retrieve_format",
    "AudienceOrgsEnrollmentsPerCourseRetrieveActive": "audience_orgs_enrollments_per_course_retrieve_active",
    "AudienceOrgsEnrollmentsPerCourseRetrieveFormat": "audience_orgs_enrollments_per_course_retrieve_format",
    "AudienceOrgsRegisteredUsersOverTimeRetrieveFormat": "audience_orgs_registered_users_over_time_retrieve_format",
    "AudienceOrgsRegisteredUsersPerCourseRetrieveActive": "audience_orgs_registered_users_per_course_retrieve_active",
    "AudienceOrgsRegisteredUsersPerCourseRetrieveFormat": "audience_orgs_registered_users_per_course_retrieve_format",
    "AudienceOrgsRegisteredUsersRetrieveFormat": "audience_orgs_registered_users_retrieve_format",
    "AudioToTextRequest": "audio_to_text_request",
    "AudioToTextResponse": "audio_to_text_response",
    "AuthScopeEnum": "auth_scope_enum",
    "AuthToken": "auth_token",
    "AuthTypeEnum": "auth_type_enum",
    "AutoMemoryPrompt": "auto_memory_prompt",
    "AutoRechargeTriggerRequest": "auto_recharge_trigger_request",
    "AutoRechargeTriggerResponse": "auto_recharge_trigger_response",
    "AutoRechargeTriggerResponseStatus": "auto_recharge_trigger_response_status",
    "AutoRechargeTriggerResponseStatusEnum": "auto_recharge_trigger_response_status_enum",
    "Average": "average",
    "AverageData": "average_data",
    "AverageOvertime": "average_overtime",
    "AverageOvertimeData": "average_overtime_data",
    "AvgCourseGradeWithCutoff": "avg_course_grade_with_cutoff",
    "AvgCourseGradeWithCutoffData": "avg_course_grade_with_cutoff_data",
    "AvgCourseGradeWithCutoffDataGradeCutoffs": "avg_course_grade_with_cutoff_data_grade_cutoffs",
    "BaseErrorResponse": "base_error_response",
    "BaseFinanceResponse": "base_finance_response",
    "BaseResponse": "base_response",
    "BillingPeriod": "billing_period",
    "BillingPlatformsItemsSubscribersListStatus": "billing_platforms_items_subscribers_list_status",
    "BillingPlatformsMySubscriptionsListItemType": "billing_platforms_my_subscriptions_list_item_type",
    "BillingPlatformsMySubscriptionsListStatus": "billing_platforms_my_subscriptions_list_status",
    "BillingPlatformsPaywallsListItemType": "billing_platforms_paywalls_list_item_type",
    "BillingPlatformsSubscribersListItemType": "billing_platforms_subscribers_list_item_type",
    "BillingPlatformsSubscribersListStatus": "billing_platforms_subscribers_list_status",
    "BillingTransactionsRetrieveTransactionType": "billing_transactions_retrieve_transaction_type",
    "BlankCourseInvitationCreate": "blank_course_invitation_create",
    "BlankCourseInvitationCreateMetadata": "blank_course_invitation_create_metadata",
    "BlankEnum": "blank_enum",
    "BlankPlatformInvitationCreate": "blank_platform_invitation_create",
    "BlankPlatformInvitationCreateMetadata": "blank_platform_invitation_create_metadata",
    "BlankProgramInvitationCreate": "blank_program_invitation_create",
    "BlankProgramInvitationCreateMetadata": "blank_program_invitation_create_metadata",
    "BlockSkillPointInfoRequest": "block_skill_point_info_request",
    "BlockSkillPointInfoRequestPointData": "block_skill_point_info_request_point_data",
    "Bot": "bot",
    "BotCommand": "bot_command",
    "BotCommandRequest": "bot_command_request",
    "BotCreate": "bot_create",
    "BotCreateRequest": "bot_create_request",
    "Breakdown": "breakdown",
    "BulkCourseInvitationCreate": "bulk_course_invitation_create",
    "BulkCourseInvitationResponse": "bulk_course_invitation_response",
    "BulkCreateAssertion": "bulk_create_assertion",
    "BulkPlatformInvitationCreate": "bulk_platform_invitation_create",
    "BulkPlatformInvitationResponse": "bulk_platform_invitation_response",
    "BulkProgramInvitationCreate": "bulk_program_invitation_create",
    "BulkProgramInvitationResponse": "bulk_program_invitation_response",
    "BulkSuggestionResponse": "bulk_suggestion_response",
    "BusinessTypeEnum": "business_type_enum",
    "CallAuthenticationRequest": "call_authentication_request",
    "CallAuthenticationResponse": "call_authentication_response",
    "CallConfiguration": "call_configuration",
    "CallConfigurationModeEnum": "call_configuration_mode_enum",
    "CallConfigurationRequest": "call_configuration_request",
    "CampaignEnablement": "campaign_enablement",
    "CampaignExclusion": "campaign_exclusion",
    "CatalogAutoIncrementResponse": "catalog_auto_increment_response",
    "CatalogAutoIncrementUpdateRequest": "catalog_auto_increment_update_request",
    "CatalogEligibilityCoursesCheckRetrieveResponse200": "catalog_eligibility_courses_check_retrieve_response_200",
    "CatalogIncrementCreateResponse400": "catalog_increment_create_response_400",
    "CatalogIncrementCreateResponse500": "catalog_increment_create_response_500",
    "CatalogMetadataCourseSearchCreateResponse200": "catalog_metadata_course_search_create_response_200",
    "CatalogMilestonesCompletionsCourseCatalogRetrieveResponse200": "catalog_milestones_completions_course_catalog_retrieve_response_200",
    "CatalogMilestonesCompletionsCourseManageCreateResponse200": "catalog_milestones_completions_course_manage_create_response_200",
    "CatalogMilestonesCompletionsCourseManageCreateResponse201": "catalog_milestones_completions_course_manage_create_response_201",
    "CatalogMilestonesCompletionsCourseManageRetrieveResponse200": "catalog_milestones_completions_course_manage_retrieve_response_200",
    "CatalogMilestonesSkillPointsBlockRetrieveResponse200": "catalog_milestones_skill_points_block_retrieve_response_200",
    "CatalogMilestonesSkillPointsCourseRetrieveResponse200": "catalog_milestones_skill_points_course_retrieve_response_200",
    "CatalogMilestonesSkillPointsUserRetrieveResponse200": "catalog_milestones_skill_points_user_retrieve_response_200",
    "CatalogResourcesCreateBody": "catalog_resources_create_body",
    "CatalogResourcesCreateBody2": "catalog_resources_create_body_2",
    "CatalogResourcesCreateBody3": "catalog_resources_create_body_3",
    "CatalogResourcesCreateResponse400": "catalog_resources_create_response_400",
    "CeleryHeartbeat": "celery_heartbeat",
    "CeleryHeartbeatFail": "celery_heartbeat_fail",
    "CeleryHeartbeatFailStatusEnum": "celery_heartbeat_fail_status_enum",
    "CeleryHeartbeatStatusEnum": "celery_heartbeat_status_enum",
    "ChatHistory": "chat_history",
    "ChatHistoryFilterData": "chat_history_filter_data",
    "ChatHistoryFilterUser": "chat_history_filter_user",
    "ChatHistoryItem": "chat_history_item",
    "ChatHistorySessionId": "chat_history_session_id",
    "ChatPrivacyModeEnum": "chat_privacy_mode_enum",
    "ChatSessionRequest": "chat_session_request",
    "ChatSessionResponse": "chat_session_response",
    "CheckDocumentTrainingStatus": "check_document_training_status",
    "CheckoutSessionCreate": "checkout_session_create",
    "CheckoutSessionResponse": "checkout_session_response",
    "ClawInstance": "claw_instance",
    "ClawInstanceDeployState": "claw_instance_deploy_state",
    "ClawInstanceProvisionMode": "claw_instance_provision_mode",
    "ClawInstanceRequest": "claw_instance_request",
    "ClawInstanceStatus": "claw_instance_status",
    "ClawInstanceStatusEnum": "claw_instance_status_enum",
    "ClawMentorConfig": "claw_mentor_config",
    "ClawMentorConfigRequest": "claw_mentor_config_request",
    "ClawModelProvider": "claw_model_provider",
    "ClawModelProviderRequest": "claw_model_provider_request",
    "ClawTypeEnum": "claw_type_enum",
    "Company": "company",
    "CompanyRequest": "company_request",
    "ComparisonInfo": "comparison_info",
    "ConfigurationItem": "configuration_item",
    "ConnectedService": "connected_service",
    "ConsumerChannel": "consumer_channel",
    "ContentAnalytics": "content_analytics",
    "ContentAverages": "content_averages",
    "ContentDetailsContentInfo": "content_details_content_info",
    "ContentDetailsContentInfoMetadata": "content_details_content_info_metadata",
    "ContentDetailsLearner": "content_details_learner",
    "ContentDetailsLearnerDetails": "content_details_learner_details",
    "ContentDetailsPagination": "content_details_pagination",
    "ContentDetailsResponse": "content_details_response",
    "ContentDetailsSummary": "content_details_summary",
    "ContentDetailsSummaryAverages": "content_details_summary_averages",
    "ContentDetailsSummaryTotals": "content_details_summary_totals",
    "ContentDetailsTimeSeries": "content_details_time_series",
    "ContentDetailsTimeSeriesPoint": "content_details_time_series_point",
    "ContentItem": "content_item",
    "ContentPagination": "content_pagination",
    "ContentResponse": "content_response",
    "ContentSummary": "content_summary",
    "ContentTotals": "content_totals",
    "ContextResponse": "context_response",
    "ContextResponseData": "context_response_data",
    "ConversationChartPoint": "conversation_chart_point",
    "ConversationDetailResponse": "conversation_detail_response",
    "ConversationDetailResponseMessagesItem": "conversation_detail_response_messages_item",
    "ConversationDetailResponseSummary": "conversation_detail_response_summary",
    "ConversationListItem": "conversation_list_item",
    "ConversationListResponse": "conversation_list_response",
    "ConversationListResponsePagination": "conversation_list_response_pagination",
    "ConversationListResponseSummary": "conversation_list_response_summary",
    "ConversationMessage": "conversation_message",
    "ConversationRating": "conversation_rating",
    "ConversationSummary": "conversation_summary",
    "ConversationVolume": "conversation_volume",
    "Conversations": "conversations",
    "ConversationsChart": "conversations_chart",
    "ConversationsRequest": "conversations_request",
    "CoreOrgsDarkModeLogoRetrieveResponse200": "core_orgs_dark_mode_logo_retrieve_response_200",
    "CoreOrgsFaviconRetrieveResponse200": "core_orgs_favicon_retrieve_response_200",
    "CoreOrgsLogoRetrieveResponse200": "core_orgs_logo_retrieve_response_200",
    "CoreOrgsThumbnailRetrieveResponse200": "core_orgs_thumbnail_retrieve_response_200",
    "CorePlatformConfigSiteCreateDataBody": "core_platform_config_site_create_data_body",
    "CorePlatformConfigSiteCreateFilesBody": "core_platform_config_site_create_files_body",
    "CorePlatformConfigSiteCreateJsonBody": "core_platform_config_site_create_json_body",
    "CorePlatformConfigSiteCreateResponse200": "core_platform_config_site_create_response_200",
    "CorePlatformConfigSiteRetrieveResponse200": "core_platform_config_site_retrieve_response_200",
    "CorePlatformsPublicImageAssetsFileRetrieveResponse200": "core_platforms_public_image_assets_file_retrieve_response_200",
    "CoreUsersProxyBulkCreateResponse200Item": "core_users_proxy_bulk_create_response_200_item",
    "Cost": "cost",
    "CostPerTenant": "cost_per_tenant",
    "Count": "count",
    "CountData": "count_data",
    "Course": "course",
    "CourseAccessRequestCreate": "course_access_request_create",
    "CourseAccessRequestDetail": "course_access_request_detail",
    "CourseAccessRequestDetailMetadata": "course_access_request_detail_metadata",
    "CourseAccessRequestStatusResponse": "course_access_request_status_response",
    "CourseAccessRequestUpdate": "course_access_request_update",
    "CourseCompletion": "course_completion",
    "CourseCompletionPerCourse": "course_completion_per_course",
    "CourseCompletionPerCourseData": "course_completion_per_course_data",
    "CourseCompletionSummaryDataOvertime": "course_completion_summary_data_overtime",
    "CourseCompletionSummaryDataOvertimeOvertime": "course_completion_summary_data_overtime_overtime",
    "CourseCompletionSummaryOvertime": "course_completion_summary_overtime",
    "CourseCreateUpdate": "course_create_update",
    "CourseCreationTask": "course_creation_task",
    "CourseCreationTaskFile": "course_creation_task_file",
    "CourseCreationTaskFileRequest": "course_creation_task_file_request",
    "CourseCreationTaskStatus": "course_creation_task_status",
    "CourseCreationTaskStatusEnum": "course_creation_task_status_enum",
    "CourseDeleteResponse": "course_delete_response",
    "CourseDeleteResponseType": "course_delete_response_type",
    "CourseDetail": "course_detail",
    "CourseEnrollmentSearchResponse": "course_enrollment_search_response",
    "CourseGradeDetailBlock": "course_grade_detail_block",
    "CourseGradeDetailSubSection": "course_grade_detail_sub_section",
    "CourseGradeSummary": "course_grade_summary",
    "CourseGradeSummaryData": "course_grade_summary_data",
    "CourseGradingDetail": "course_grading_detail",
    "CourseGradingDetailData": "course_grading_detail_data",
    "CourseGroupSuggestionCreate": "course_group_suggestion_create",
    "CourseGroupSuggestionCreateMetadata": "course_group_suggestion_create_metadata",
    "CourseGroupSuggestionDetail": "course_group_suggestion_detail",
    "CourseGroupSuggestionDetailMetadata": "course_group_suggestion_detail_metadata",
    "CourseInvitationCreate": "course_invitation_create",
    "CourseInvitationCreateEnrollmentConfig": "course_invitation_create_enrollment_config",
    "CourseInvitationCreateMetadata": "course_invitation_create_metadata",
    "CourseInvitationDetail": "course_invitation_detail",
    "CourseInvitationDetailMetadata": "course_invitation_detail_metadata",
    "CourseInvitationRedemption": "course_invitation_redemption",
    "CourseInvitationRedemptionMetadata": "course_invitation_redemption_metadata",
    "CourseLicenseAssignmentCreate": "course_license_assignment_create",
    "CourseLicenseAssignmentCreateMetadata": "course_license_assignment_create_metadata",
    "CourseLicenseAssignmentDetail": "course_license_assignment_detail",
    "CourseLicenseAssignmentDetailMetadata": "course_license_assignment_detail_metadata",
    "CourseLicenseCreate": "course_license_create",
    "CourseLicenseCreateEnrollmentConfig": "course_license_create_enrollment_config",
    "CourseLicenseCreateMetadata": "course_license_create_metadata",
    "CourseLicenseDetail": "course_license_detail",
    "CourseLicenseDetailMetadata": "course_license_detail_metadata",
    "CourseLicenseGroupAssignmentCreate": "course_license_group_assignment_create",
    "CourseLicenseGroupAssignmentCreateMetadata": "course_license_group_assignment_create_metadata",
    "CourseLicenseGroupAssignmentDetail": "course_license_group_assignment_detail",
    "CourseLicenseGroupAssignmentDetailMetadata": "course_license_group_assignment_detail_metadata",
    "CourseLicenseUpdate": "course_license_update",
    "CourseLicenseUpdateMetadata": "course_license_update_metadata",
    "CourseMetadataSearchRequest": "course_metadata_search_request",
    "CourseMetadataUpdateRequest": "course_metadata_update_request",
    "CoursePoint": "course_point",
    "CourseRecommendation": "course_recommendation",
    "CourseRecommendationEdxData": "course_recommendation_edx_data",
    "CourseReviewInfoResponse": "course_review_info_response",
    "CourseReviewPaginatedResponse": "course_review_paginated_response",
    "CourseReviewPaginatedResponseResultsItem": "course_review_paginated_response_results_item",
    "CourseReviewRequest": "course_review_request",
    "CourseReviewResponse": "course_review_response",
    "CourseSkill": "course_skill",
    "CourseSkillPointInfoRequest": "course_skill_point_info_request",
    "CourseSkillPointInfoRequestPointData": "course_skill_point_info_request_point_data",
    "CourseSuggestionBulkCreate": "course_suggestion_bulk_create",
    "CourseSuggestionBulkCreateSuggestionDataItem": "course_suggestion_bulk_create_suggestion_data_item",
    "CourseSuggestionCreate": "course_suggestion_create",
    "CourseSuggestionCreateMetadata": "course_suggestion_create_metadata",
    "CourseSuggestionDetail": "course_suggestion_detail",
    "CourseSuggestionDetailMetadata": "course_suggestion_detail_metadata",
    "CrawlerPatternTypeEnum": "crawler_pattern_type_enum",
    "CreateXblock": "create_xblock",
    "CreateXblockXblockType": "create_xblock_xblock_type",
    "Credential": "credential",
    "CredentialProviderConfig": "credential_provider_config",
    "CredentialProviderConfigRequest": "credential_provider_config_request",
    "CredentialRequest": "credential_request",
    "CredentialsOrgsUsersAssertionsOverTimeRetrieve2Format": "credentials_orgs_users_assertions_over_time_retrieve_2_format",
    "CredentialsOrgsUsersAssertionsOverTimeRetrieveFormat": "credentials_orgs_users_assertions_over_time_retrieve_format",
    "CredentialsOrgsUsersCourseAssertionsOverTimeRetrieve2Format": "credentials_orgs_users_course_assertions_over_time_retrieve_2_format",
    "CredentialsOrgsUsersCourseAssertionsOverTimeRetrieveFormat": "credentials_orgs_users_course_assertions_over_time_retrieve_format",
    "CredentialsOrgsUsersCredentialsOverTimeRetrieve2Format": "credentials_orgs_users_credentials_over_time_retrieve_2_format",
    "CredentialsOrgsUsersCredentialsOverTimeRetrieveFormat": "credentials_orgs_users_credentials_over_time_retrieve_format",
    "CreditAccountAutoRechargeUpdate": "credit_account_auto_recharge_update",
    "CreditAccountInfo": "credit_account_info",
    "CreditTransactionHistory": "credit_transaction_history",
    "CreditTransactionHistoryStatusEnum": "credit_transaction_history_status_enum",
    "CrontabSchedule": "crontab_schedule",
    "CurrentUsersResponse": "current_users_response",
    "CustomInstructionResponse": "custom_instruction_response",
    "CustomInstructionResponseRequest": "custom_instruction_response_request",
    "DataSet": "data_set",
    "DataSetCreate": "data_set_create",
    "DataSetCreateRequest": "data_set_create_request",
    "DataSetPlatform": "data_set_platform",
    "DataSetRequest": "data_set_request",
    "DataSetStatusEnum": "data_set_status_enum",
    "DateRange": "date_range",
    "DeleteXblock": "delete_xblock",
    "DepartmentsOrgsRetrieveFormat": "departments_orgs_retrieve_format",
    "DeployStateEnum": "deploy_state_enum",
    "DesiredRole": "desired_role",
    "DesiredRoleCreateUpdateRequest": "desired_role_create_update_request",
    "DesiredRoleCreateUpdateRequestRolesItem": "desired_role_create_update_request_roles_item",
    "DesiredSkill": "desired_skill",
    "DesiredSkillCreateUpdateRequest": "desired_skill_create_update_request",
    "DesiredSkillCreateUpdateRequestSkillsItem": "desired_skill_create_update_request_skills_item",
    "DetailedGradeSubsection": "detailed_grade_subsection",
    "DetailedGradeView": "detailed_grade_view",
    "DetailedGradeViewData": "detailed_grade_view_data",
    "Disclaimer": "disclaimer",
    "DisclaimerAgreement": "disclaimer_agreement",
    "DisclaimerAgreementRequest": "disclaimer_agreement_request",
    "DisclaimerRequest": "disclaimer_request",
    "DisclaimerScopeEnum": "disclaimer_scope_enum",
    "DiscordConfig": "discord_config",
    "DiscordUserConfig": "discord_user_config",
    "DiscordUserConfigRequest": "discord_user_config_request",
    "DiscordWebhook": "discord_webhook",
    "Document": "document",
    "DocumentFacet": "document_facet",
    "DocumentFacetTerms": "document_facet_terms",
    "DocumentFromPoolRequest": "document_from_pool_request",
    "DocumentSearchResponse": "document_search_response",
    "DocumentSearchResponseFacets": "document_search_response_facets",
    "DocumentSettingsResponse": "document_settings_response",
    "Education": "education",
    "EducationRequest": "education_request",
    "EdxCourse": "edx_course",
    "EdxCourseRequest": "edx_course_request",
    "EdxSignalReceiverRequest": "edx_signal_receiver_request",
    "ElevenlabsCustomVoice": "elevenlabs_custom_voice",
    "ElevenlabsCustomVoiceResponse": "elevenlabs_custom_voice_response",
    "EmailPromptDetail": "email_prompt_detail",
    "EmailPromptList": "email_prompt_list",
    "EmailPromptSummary": "email_prompt_summary",
    "EngagementOrgsActivityRetrieveFormat": "engagement_orgs_activity_retrieve_format",
    "EngagementOrgsCourseCompletionOverTimeRetrieveFormat": "engagement_orgs_course_completion_over_time_retrieve_format",
    "EngagementOrgsCourseCompletionPerCourseRetrieveFormat": "engagement_orgs_course_completion_per_course_retrieve_format",
    "EngagementOrgsCoursesTimeAverageRetrieveFormat": "engagement_orgs_courses_time_average_retrieve_format",
    "EngagementOrgsCoursesTimeDetailRetrieveFormat": "engagement_orgs_courses_time_detail_retrieve_format",
    "EngagementOrgsCoursesTimeOverTimeRetrieveFormat": "engagement_orgs_courses_time_over_time_retrieve_format",
    "EngagementOrgsCoursesTimeUsersDetailRetrieveFormat": "engagement_orgs_courses_time_users_detail_retrieve_format",
    "EngagementOrgsCoursesTimeUsersOverTimeRetrieveFormat": "engagement_orgs_courses_time_users_over_time_retrieve_format",
    "EngagementOrgsCoursesTimeUsersRetrieveFormat": "engagement_orgs_courses_time_users_retrieve_format",
    "EngagementOrgsCoursesVideosOverTimeRetrieveFormat": "engagement_orgs_courses_videos_over_time_retrieve_format",
    "EngagementOrgsCoursesVideosRetrieveFormat": "engagement_orgs_courses_videos_retrieve_format",
    "EngagementOrgsCoursesVideosSummaryRetrieveFormat": "engagement_orgs_courses_videos_summary_retrieve_format",
    "EngagementOrgsCoursesVideosUsersRetrieveFormat": "engagement_orgs_courses_videos_users_retrieve_format",
    "EngagementOrgsTimeAveragePerlearnerPercourseRetrieveFormat": "engagement_orgs_time_average_perlearner_percourse_retrieve_format",
    "EngagementOrgsTimeAverageWithOverTimeRetrieveFormat": "engagement_orgs_time_average_with_over_time_retrieve_format",
    "EngagementOrgsTimeOverTimeRetrieveFormat": "engagement_orgs_time_over_time_retrieve_format",
    "EngagementOrgsTimePerCourseRetrieveFormat": "engagement_orgs_time_per_course_retrieve_format",
    "EngagementOrgsVideosOverTimeRetrieveFormat": "engagement_orgs_videos_over_time_retrieve_format",
    "EngagementOrgsVideosRetrieveFormat": "engagement_orgs_videos_retrieve_format",
    "EngagementPerCourse": "engagement_per_course",
    "EngagementPerCourseData": "engagement_per_course_data",
    "EnrollmentInfo": "enrollment_info",
    "Enrollments": "enrollments",
    "EnrollmentsData": "enrollments_data",
    "EnrollmentsPerUser": "enrollments_per_user",
    "EnrollmentsPerUserData": "enrollments_per_user_data",
    "Entity": "entity",
    "EntityTypeEnum": "entity_type_enum",
    "Error": "error",
    "ErrorDetail": "error_detail",
    "ErrorResponse": "error_response",
    "Experience": "experience",
    "ExperienceRequest": "experience_request",
    "ExternalCredentialMapping": "external_credential_mapping",
    "ExternalCredentialMappingRequest": "external_credential_mapping_request",
    "ExternalServiceInfo": "external_service_info",
    "FallbackLLM": "fallback_llm",
    "FallbackLLMCreate": "fallback_llm_create",
    "FallbackLLMCreateFallbackProviderName": "fallback_llm_create_fallback_provider_name",
    "FallbackLLMCreateScope": "fallback_llm_create_scope",
    "FallbackLLMCreateSourceProviderName": "fallback_llm_create_source_provider_name",
    "FallbackLLMScope": "fallback_llm_scope",
    "FallbackLLMUpdate": "fallback_llm_update",
    "FallbackLLMUpdateScope": "fallback_llm_update_scope",
    "FileTypeEnum": "file_type_enum",
    "FileUploadURLRequest": "file_upload_url_request",
    "FileUploadURLResponse": "file_upload_url_response",
    "FinanceDetailsResponse": "finance_details_response",
    "FinanceFilters": "finance_filters",
    "FlowTypeEnum": "flow_type_enum",
    "FreeUsageCount": "free_usage_count",
    "GCPTenantLaunchRequest": "gcp_tenant_launch_request",
    "GetContentAnalyticsDateFilter": "get_content_analytics_date_filter",
    "GetContentAnalyticsGranularity": "get_content_analytics_granularity",
    "GetContentAnalyticsMetric": "get_content_analytics_metric",
    "GetContentDetailsDateFilter": "get_content_details_date_filter",
    "GetContentDetailsMetric": "get_content_details_metric",
    "GlobalCatalogSearchResponse": "global_catalog_search_response",
    "GlobalCatalogSearchResponseFacets": "global_catalog_search_response_facets",
    "GlobalCatalogSearchResponseResultsItem": "global_catalog_search_response_results_item",
    "GoogleAgentDetail": "google_agent_detail",
    "GoogleAgentDetailRequest": "google_agent_detail_request",
    "GooglePayAccountResponse": "google_pay_account_response",
    "GooglePayAccountResponseStatusEnum": "google_pay_account_response_status_enum",
    "GooglePayVerifyToken": "google_pay_verify_token",
    "GradingPerUser": "grading_per_user",
    "GradingPerUserData": "grading_per_user_data",
    "GrandfatheringStrategyEnum": "grandfathering_strategy_enum",
    "GrantMentorAccessRequest": "grant_mentor_access_request",
    "GreetingMethodEnum": "greeting_method_enum",
    "GroupList": "group_list",
    "GroupListData": "group_list_data",
    "GuidedPrompt": "guided_prompt",
    "GuidedPromptsResponse": "guided_prompts_response",
    "HeygenMarketingVideoDetail": "heygen_marketing_video_detail",
    "HeygenMarketingVideoList": "heygen_marketing_video_list",
    "HeygenMarketingVideoListRequest": "heygen_marketing_video_list_request",
    "HeygenTemplateRequest": "heygen_template_request",
    "HeygenTemplateResponseSingle": "heygen_template_response_single",
    "HeygenVideoDetail": "heygen_video_detail",
    "HeygenVideoRequest": "heygen_video_request",
    "HumanSupportRecipientModeEnum": "human_support_recipient_mode_enum",
    "HumanSupportTicket": "human_support_ticket",
    "HumanSupportTicketRequest": "human_support_ticket_request",
    "HumanSupportTicketStatusEnum": "human_support_ticket_status_enum",
    "ImageUpload": "image_upload",
    "InputQuestion": "input_question",
    "Institution": "institution",
    "InstitutionRequest": "institution_request",
    "InstitutionTypeEnum": "institution_type_enum",
    "IntegrationCredential": "integration_credential",
    "IntegrationCredentialSchema": "integration_credential_schema",
    "InterfaceEnum": "interface_enum",
    "IntervalEnum": "interval_enum",
    "IntialQuestionAnswer": "intial_question_answer",
    "InvalidQueryParameters": "invalid_query_parameters",
    "InvoiceReportResponse": "invoice_report_response",
    "Issuer": "issuer",
    "IssuerAuthority": "issuer_authority",
    "IssuerRequest": "issuer_request",
    "IssuerSignatories": "issuer_signatories",
    "ItemAccessCheckResponse": "item_access_check_response",
    "ItemAccessCheckResponseItemType": "item_access_check_response_item_type",
    "ItemPaywallConfig": "item_paywall_config",
    "ItemPaywallConfigCreate": "item_paywall_config_create",
    "ItemPaywallConfigGrandfatheringStrategy": "item_paywall_config_grandfathering_strategy",
    "ItemPaywallConfigItemType": "item_paywall_config_item_type",
    "ItemPrice": "item_price",
    "ItemPriceCreate": "item_price_create",
    "ItemPriceCreateInterval": "item_price_create_interval",
    "ItemPriceInterval": "item_price_interval",
    "ItemSubscription": "item_subscription",
    "ItemSubscriptionItemType": "item_subscription_item_type",
    "ItemSubscriptionList": "item_subscription_list",
    "ItemSubscriptionListItemType": "item_subscription_list_item_type",
    "ItemSubscriptionListStatus": "item_subscription_list_status",
    "ItemSubscriptionStatus": "item_subscription_status",
    "ItemType3E2Enum": "item_type_3e2_enum",
    "ItemType40FEnum": "item_type_40f_enum",
    "ItemTypeCommission": "item_type_commission",
    "JobRun": "job_run",
    "KindEnum": "kind_enum",
    "LLMCredentialRequest": "llm_credential_request",
    "LLMCredentialResponse": "llm_credential_response",
    "LLMCredentialSchema": "llm_credential_schema",
    "LLMModelForTenant": "llm_model_for_tenant",
    "LLMModelForTenantRequest": "llm_model_for_tenant_request",
    "LLMModelRegistryMinimal": "llm_model_registry_minimal",
    "LLMProviderMinimal": "llm_provider_minimal",
    "LLMProviderMinimalName": "llm_provider_minimal_name",
    "LLMQuestion": "llm_question",
    "LLMResponse": "llm_response",
    "LLMTracesListResponse": "llm_traces_list_response",
    "LanguagesView": "languages_view",
    "LanguagesViewRequest": "languages_view_request",
    "LauncherViewPostRequest": "launcher_view_post_request",
    "LearnerAnalyticsResponse": "learner_analytics_response",
    "LearnerAnalyticsResult": "learner_analytics_result",
    "LearnerData": "learner_data",
    "LearnerDetailsResponse": "learner_details_response",
    "LearnerInformationAPI": "learner_information_api",
    "LearnerInformationAPIData": "learner_information_api_data",
    "LearnerInformationAPIDataTimeSpentOvertime": "learner_information_api_data_time_spent_overtime",
    "LearnerListItem": "learner_list_item",
    "LearnerListPagination": "learner_list_pagination",
    "LearnerListResponse": "learner_list_response",
    "LearnerMetrics": "learner_metrics",
    "LearnerSummary": "learner_summary",
    "LinkCourseRequest": "link_course_request",
    "LinkCourseResponse": "link_course_response",
    "LlmProviderEnum": "llm_provider_enum",
    "LtiKey": "lti_key",
    "LtiKeyRequest": "lti_key_request",
    "LtiLaunchGate": "lti_launch_gate",
    "LtiMentor": "lti_mentor",
    "LtiMentorCourseXBlock": "lti_mentor_course_x_block",
    "LtiMentorCourseXBlockRequest": "lti_mentor_course_x_block_request",
    "LtiMentorRequest": "lti_mentor_request",
    "LtiTool": "lti_tool",
    "LtiToolRequest": "lti_tool_request",
    "MCPServer": "mcp_server",
    "MCPServerAuthScope": "mcp_server_auth_scope",
    "MCPServerAuthType": "mcp_server_auth_type",
    "MCPServerConnection": "mcp_server_connection",
    "MCPServerConnectionConnectedServiceSummary": "mcp_server_connection_connected_service_summary",
    "MCPServerConnectionRequest": "mcp_server_connection_request",
    "MCPServerConnectionScope": "mcp_server_connection_scope",
    "MCPServerConnectionScopeEnum": "mcp_server_connection_scope_enum",
    "MCPServerOauthFind": "mcp_server_oauth_find",
    "ManagerAuthToken": "manager_auth_token",
    "MarkAllReadRequest": "mark_all_read_request",
    "MarkAllReadResponse": "mark_all_read_response",
    "MaskedIntegrationCredential": "masked_integration_credential",
    "MaskedLLMCredential": "masked_llm_credential",
    "MediaResource": "media_resource",
    "MediaResourceItemType": "media_resource_item_type",
    "MediaResourceItemTypeEnum": "media_resource_item_type_enum",
    "MediaResourceMediaType": "media_resource_media_type",
    "MediaTypeEnum": "media_type_enum",
    "MemoryComponentData": "memory_component_data",
    "MemoryComponentMemory": "memory_component_memory",
    "MemoryComponentMemoryDetail": "memory_component_memory_detail",
    "MemoryComponentResponse": "memory_component_response",
    "MemoryProgress": "memory_progress",
    "MemoryStatusRequestView": "memory_status_request_view",
    "MemoryStatusView": "memory_status_view",
    "Mentor": "mentor",
    "MentorAudience": "mentor_audience",
    "MentorAudienceRequest": "mentor_audience_request",
    "MentorBreakdown": "mentor_breakdown",
    "MentorCategory": "mentor_category",
    "MentorCategoryCreate": "mentor_category_create",
    "MentorCategoryGroup": "mentor_category_group",
    "MentorCategoryGroupCreate": "mentor_category_group_create",
    "MentorCategoryGroupCreateRequest": "mentor_category_group_create_request",
    "MentorCreate": "mentor_create",
    "MentorCreateGreetingMethod": "mentor_create_greeting_method",
    "MentorCreateRequest": "mentor_create_request",
    "MentorCreateStarterPrompts": "mentor_create_starter_prompts",
    "MentorCustomVoice": "mentor_custom_voice",
    "MentorCustomVoiceResponse": "mentor_custom_voice_response",
    "MentorData": "mentor_data",
    "MentorDetail": "mentor_detail",
    "MentorDetailAnalytics": "mentor_detail_analytics",
    "MentorEval": "mentor_eval",
    "MentorEvalQuestion": "mentor_eval_question",
    "MentorEvalQuestionRequest": "mentor_eval_question_request",
    "MentorEvalReport": "mentor_eval_report",
    "MentorEvalRequest": "mentor_eval_request",
    "MentorFacet": "mentor_facet",
    "MentorFacetTerms": "mentor_facet_terms",
    "MentorFork": "mentor_fork",
    "MentorFromTemplateWithSettingRequest": "mentor_from_template_with_setting_request",
    "MentorGreetingMethod": "mentor_greeting_method",
    "MentorInteractions": "mentor_interactions",
    "MentorMemorySettingsRequest": "mentor_memory_settings_request",
    "MentorMemorySettingsResponse": "mentor_memory_settings_response",
    "MentorMetadata": "mentor_metadata",
    "MentorPolicy": "mentor_policy",
    "MentorPolicyRequest": "mentor_policy_request",
    "MentorScenario": "mentor_scenario",
    "MentorScenarioPrompt": "mentor_scenario_prompt",
    "MentorSearchResponse": "mentor_search_response",
    "MentorSearchResponseFacets": "mentor_search_response_facets",
    "MentorSession": "mentor_session",
    "MentorSettings": "mentor_settings",
    "MentorSettingsMentorVisibility": "mentor_settings_mentor_visibility",
    "MentorSettingsPublic": "mentor_settings_public",
    "MentorSettingsPublicMentorVisibility": "mentor_settings_public_mentor_visibility",
    "MentorSettingsRequest": "mentor_settings_request",
    "MentorSkillAssignment": "mentor_skill_assignment",
    "MentorSkillAssignmentRequest": "mentor_skill_assignment_request",
    "MentorStarterPrompts": "mentor_starter_prompts",
    "MentorSummary": "mentor_summary",
    "MentorType": "mentor_type",
    "MentorUserSetting": "mentor_user_setting",
    "MentorVisibilityEnum": "mentor_visibility_enum",
    "MentorWizard": "mentor_wizard",
    "MessageStatistics": "message_statistics",
    "MessageView": "message_view",
    "MessageViewRequest": "message_view_request",
    "MessageViewUpdatResponse": "message_view_updat_response",
    "Metadata": "metadata",
    "MetricChange": "metric_change",
    "MetricDetail": "metric_detail",
    "MetricDetailDetailsItem": "metric_detail_details_item",
    "MetricInfo": "metric_info",
    "ModelCost": "model_cost",
    "ModerationLog": "moderation_log",
    "NameEnum": "name_enum",
    "NewPerLearnerList": "new_per_learner_list",
    "NewPerLearnerListData": "new_per_learner_list_data",
    "NoChatMessagesFound": "no_chat_messages_found",
    "Notification": "notification",
    "NotificationCount": "notification_count",
    "NotificationCountStatus": "notification_count_status",
    "NotificationPreview": "notification_preview",
    "NotificationPreviewContext": "notification_preview_context",
    "NotificationSource": "notification_source",
    "NotificationSourceTypeEnum": "notification_source_type_enum",
    "NotificationStatus": "notification_status",
    "NotificationTemplateData": "notification_template_data",
    "NotificationTemplateDetail": "notification_template_detail",
    "NotificationTemplateDetailHumanSupportCustomRecipientsItem": "notification_template_detail_human_support_custom_recipients_item",
    "NotificationTemplateDetailHumanSupportRecipientMode": "notification_template_detail_human_support_recipient_mode",
    "NotificationTemplateDetailPeriodicFrequency": "notification_template_detail_periodic_frequency",
    "NotificationTemplateDetailPeriodicLearnerScope": "notification_template_detail_periodic_learner_scope",
    "NotificationTemplateDetailPeriodicMentorsItem": "notification_template_detail_periodic_mentors_item",
    "NotificationTemplateDetailPolicyEnabledPoliciesItem": "notification_template_detail_policy_enabled_policies_item",
    "NotificationTemplateDetailType": "notification_template_detail_type",
    "NotificationTemplateList": "notification_template_list",
    "NotificationTemplateListType": "notification_template_list_type",
    "NotificationTemplateTest": "notification_template_test",
    "NotificationTemplateTestResponse": "notification_template_test_response",
    "NotificationToggle": "notification_toggle",
    "NotificationV1CampaignsUnsubscribeRetrieveResponse": "notification_v1_campaigns_unsubscribe_retrieve_response",
    "NotificationV1OrgsCampaignsEnableCreateResponse": "notification_v1_orgs_campaigns_enable_create_response",
    "NotificationV1OrgsCampaignsExcludeCreateResponse": "notification_v1_orgs_campaigns_exclude_create_response",
    "NotificationV1OrgsUsersNotificationsCountRetrieveStatus": "notification_v1_orgs_users_notifications_count_retrieve_status",
    "NotificationV1PlatformsTemplatesResetCreateResponse": "notification_v1_platforms_templates_reset_create_response",
    "NotificationsUpdate": "notifications_update",
    "NotificationsUpdateStatus": "notifications_update_status",
    "OAuthProvider": "o_auth_provider",
    "OAuthService": "o_auth_service",
    "OAuthStartResponse": "o_auth_start_response",
    "OauthCredentialsMasked": "oauth_credentials_masked",
    "Observation": "observation",
    "OfflineDocument": "offline_document",
    "OfflineDocumentAccess": "offline_document_access",
    "OnboardingStatusUpdate": "onboarding_status_update",
    "OverTime": "over_time",
    "OverTimeData": "over_time_data",
    "OverTimeWithTotal": "over_time_with_total",
    "OverTimeWithTotalData": "over_time_with_total_data",
    "OvertimeData": "overtime_data",
    "OvertimeDataPoint": "overtime_data_point",
    "OvertimeMeta": "overtime_meta",
    "OvertimeWithChangeInfo": "overtime_with_change_info",
    "OvertimeWithChangeInfoData": "overtime_with_change_info_data",
    "OverviewOrgsActiveUsersRetrieveFormat": "overview_orgs_active_users_retrieve_format",
    "OverviewOrgsAverageGradeRetrieveFormat": "overview_orgs_average_grade_retrieve_format",
    "OverviewOrgsCoursesCompletionsRetrieveFormat": "overview_orgs_courses_completions_retrieve_format",
    "OverviewOrgsLearnersRetrieveFormat": "overview_orgs_learners_retrieve_format",
    "OverviewOrgsMostActiveCoursesRetrieveFormat": "overview_orgs_most_active_courses_retrieve_format",
    "OverviewOrgsRegisteredUsersRetrieveFormat": "overview_orgs_registered_users_retrieve_format",
    "PageContent": "page_content",
    "PaginatedAIGeneratedImageList": "paginated_ai_generated_image_list",
    "PaginatedAgentConfigList": "paginated_agent_config_list",
    "PaginatedAgentSkillList": "paginated_agent_skill_list",
    "PaginatedAgentSkillResourceList": "paginated_agent_skill_resource_list",
    "PaginatedArtifactListList": "paginated_artifact_list_list",
    "PaginatedArtifactVersionList": "paginated_artifact_version_list",
    "PaginatedAssertionsResponse": "paginated_assertions_response",
    "PaginatedClawInstanceList": "paginated_claw_instance_list",
    "PaginatedClawMentorConfigList": "paginated_claw_mentor_config_list",
    "PaginatedClawModelProviderList": "paginated_claw_model_provider_list",
    "PaginatedConversationsList": "paginated_conversations_list",
    "PaginatedCourseAccessRequest": "paginated_course_access_request",
    "PaginatedCourseCreationTaskFileList": "paginated_course_creation_task_file_list",
    "PaginatedCourseCreationTaskList": "paginated_course_creation_task_list",
    "PaginatedCourseGroupSuggestion": "paginated_course_group_suggestion",
    "PaginatedCourseInvitation": "paginated_course_invitation",
    "PaginatedCourseLicense": "paginated_course_license",
    "PaginatedCourseLicenseAssignment": "paginated_course_license_assignment",
    "PaginatedCourseLicenseGroupAssignment": "paginated_course_license_group_assignment",
    "PaginatedCourseSuggestion": "paginated_course_suggestion",
    "PaginatedDataSetList": "paginated_data_set_list",
    "PaginatedDisclaimerAgreementList": "paginated_disclaimer_agreement_list",
    "PaginatedDisclaimerList": "paginated_disclaimer_list",
    "PaginatedEdxCourseList": "paginated_edx_course_list",
    "PaginatedEmailPromptListList": "paginated_email_prompt_list_list",
    "PaginatedGoogleAgentDetailList": "paginated_google_agent_detail_list",
    "PaginatedHeygenMarketingVideoListList": "paginated_heygen_marketing_video_list_list",
    "PaginatedHeygenTemplateResponseSingleList": "paginated_heygen_template_response_single_list",
    "PaginatedHumanSupportTicketList": "paginated_human_support_ticket_list",
    "PaginatedItemPaywallConfigList": "paginated_item_paywall_config_list",
    "PaginatedItemSubscriptionList": "paginated_item_subscription_list",
    "PaginatedItemSubscriptionListList": "paginated_item_subscription_list_list",
    "PaginatedJobRunList": "paginated_job_run_list",
    "PaginatedMCPServerConnectionList": "paginated_mcp_server_connection_list",
    "PaginatedMCPServerList": "paginated_mcp_server_list",
    "PaginatedMentorList": "paginated_mentor_list",
    "PaginatedMentorSkillAssignmentList": "paginated_mentor_skill_assignment_list",
    "PaginatedModerationLogList": "paginated_moderation_log_list",
    "PaginatedObservationList": "paginated_observation_list",
    "PaginatedOfflineDocumentList": "paginated_offline_document_list",
    "PaginatedPathwayGroupSuggestion": "paginated_pathway_group_suggestion",
    "PaginatedPathwaySuggestion": "paginated_pathway_suggestion",
    "PaginatedPeriodicAgentList": "paginated_periodic_agent_list",
    "PaginatedPeriodicAgentLogList": "paginated_periodic_agent_log_list",
    "PaginatedPlatformInvitation": "paginated_platform_invitation",
    "PaginatedPlatformLicense": "paginated_platform_license",
    "PaginatedPlayWrightScriptList": "paginated_play_wright_script_list",
    "PaginatedProgramGroupSuggestion": "paginated_program_group_suggestion",
    "PaginatedProgramInvitation": "paginated_program_invitation",
    "PaginatedProgramLicense": "paginated_program_license",
    "PaginatedProgramLicenseAssignment": "paginated_program_license_assignment",
    "PaginatedProgramLicenseGroupAssignment": "paginated_program_license_group_assignment",
    "PaginatedProgramSuggestion": "paginated_program_suggestion",
    "PaginatedProjectList": "paginated_project_list",
    "PaginatedRbacGroupList": "paginated_rbac_group_list",
    "PaginatedRbacPolicyList": "paginated_rbac_policy_list",
    "PaginatedRbacRoleList": "paginated_rbac_role_list",
    "PaginatedRetrieverDocumentEmbeddingList": "paginated_retriever_document_embedding_list",
    "PaginatedSkill": "paginated_skill",
    "PaginatedSkillRequest": "paginated_skill_request",
    "PaginatedTicketMessageList": "paginated_ticket_message_list",
    "PaginatedTopicStatisticsResponse": "paginated_topic_statistics_response",
    "PaginatedTraceList": "paginated_trace_list",
    "PaginatedTrainingList": "paginated_training_list",
    "PaginatedUserAppList": "paginated_user_app_list",
    "PaginatedUserEdxMemoryList": "paginated_user_edx_memory_list",
    "PaginatedUserGroupList": "paginated_user_group_list",
    "PaginatedUserLicense": "paginated_user_license",
    "PaginatedUserLicenseAssignment": "paginated_user_license_assignment",
    "PaginatedUserLicenseGroupAssignment": "paginated_user_license_group_assignment",
    "PaginatedUserMemoryList": "paginated_user_memory_list",
    "PaginatedVeoVideoListList": "paginated_veo_video_list_list",
    "PaginatedVoiceList": "paginated_voice_list",
    "PaginatedWorkflowList": "paginated_workflow_list",
    "Pagination": "pagination",
    "PatchedAgentConfig": "patched_agent_config",
    "PatchedAgentSkill": "patched_agent_skill",
    "PatchedAgentSkillResource": "patched_agent_skill_resource",
    "PatchedArtifact": "patched_artifact",
    "PatchedBotCommand": "patched_bot_command",
    "PatchedBotCreate": "patched_bot_create",
    "PatchedCallConfiguration": "patched_call_configuration",
    "PatchedClawInstance": "patched_claw_instance",
    "PatchedClawInstanceDeployState": "patched_claw_instance_deploy_state",
    "PatchedClawInstanceProvisionMode": "patched_claw_instance_provision_mode",
    "PatchedClawInstanceStatus": "patched_claw_instance_status",
    "PatchedClawMentorConfig": "patched_claw_mentor_config",
    "PatchedClawModelProvider": "patched_claw_model_provider",
    "PatchedConversations": "patched_conversations",
    "PatchedCourseCreationTaskFile": "patched_course_creation_task_file",
    "PatchedCredentialRequest": "patched_credential_request",
    "PatchedCreditAccountAutoRechargeUpdate": "patched_credit_account_auto_recharge_update",
    "PatchedDataSet": "patched_data_set",
    "PatchedDataSetPlatform": "patched_data_set_platform",
    "PatchedDisclaimer": "patched_disclaimer",
    "PatchedDiscordConfig": "patched_discord_config",
    "PatchedDiscordUserConfig": "patched_discord_user_config",
    "PatchedFallbackLLMUpdate": "patched_fallback_llm_update",
    "PatchedFallbackLLMUpdateScope": "patched_fallback_llm_update_scope",
    "PatchedGoogleAgentDetail": "patched_google_agent_detail",
    "PatchedHumanSupportTicket": "patched_human_support_ticket",
    "PatchedLLMCredentialRequest": "patched_llm_credential_request",
    "PatchedMCPServer": "patched_mcp_server",
    "PatchedMCPServerAuthScope": "patched_mcp_server_auth_scope",
    "PatchedMCPServerAuthType": "patched_mcp_server_auth_type",
    "PatchedMCPServerConnection": "patched_mcp_server_connection",
    "PatchedMCPServerConnectionConnectedServiceSummary": "patched_mcp_server_connection_connected_service_summary",
    "PatchedMCPServerConnectionScope": "patched_mcp_server_connection_scope",
    "PatchedMediaResource": "patched_media_resource",
    "PatchedMediaResourceItemType": "patched_media_resource_item_type",
    "PatchedMediaResourceMediaType": "patched_media_resource_media_type",
    "PatchedMentorCategoryGroupCreate": "patched_mentor_category_group_create",
    "PatchedMentorCreate": "patched_mentor_create",
    "PatchedMentorCreateGreetingMethod": "patched_mentor_create_greeting_method",
    "PatchedMentorCreateStarterPrompts": "patched_mentor_create_starter_prompts",
    "PatchedMentorSkillAssignment": "patched_mentor_skill_assignment",
    "PatchedNotification": "patched_notification",
    "PatchedNotificationStatus": "patched_notification_status",
    "PatchedNotificationTemplateDetail": "patched_notification_template_detail",
    "PatchedNotificationTemplateDetailHumanSupportCustomRecipientsItem": "patched_notification_template_detail_human_support_custom_recipients_item",
    "PatchedNotificationTemplateDetailHumanSupportRecipientMode": "patched_notification_template_detail_human_support_recipient_mode",
    "PatchedNotificationTemplateDetailPeriodicFrequency": "patched_notification_template_detail_periodic_frequency",
    "PatchedNotificationTemplateDetailPeriodicLearnerScope": "patched_notification_template_detail_periodic_learner_scope",
    "PatchedNotificationTemplateDetailPeriodicMentorsItem": "patched_notification_template_detail_periodic_mentors_item",
    "PatchedNotificationTemplateDetailPolicyEnabledPoliciesItem": "patched_notification_template_detail_policy_enabled_policies_item",
    "PatchedNotificationTemplateDetailType": "patched_notification_template_detail_type",
    "PatchedNotificationToggle": "patched_notification_toggle",
    "PatchedPeriodicAgentCreate": "patched_periodic_agent_create",
    "PatchedPeriodicAgentCreatePreviousAgentStatus": "patched_periodic_agent_create_previous_agent_status",
    "PatchedPlatformPublicImageAsset": "patched_platform_public_image_asset",
    "PatchedPlatformPublicMetadata": "patched_platform_public_metadata",
    "PatchedPlayWrightScript": "patched_play_wright_script",
    "PatchedProject": "patched_project",
    "PatchedPrompt": "patched_prompt",
    "PatchedPromptPromptVisibility": "patched_prompt_prompt_visibility",
    "PatchedRbacGroup": "patched_rbac_group",
    "PatchedRbacPolicy": "patched_rbac_policy",
    "PatchedRbacRole": "patched_rbac_role",
    "PatchedSCIMGroup": "patched_scim_group",
    "PatchedSCIMGroupMembersItem": "patched_scim_group_members_item",
    "PatchedSCIMUserResponse": "patched_scim_user_response",
    "PatchedSkillThreshold": "patched_skill_threshold",
    "PatchedSlackConfig": "patched_slack_config",
    "PatchedSlackUserConfig": "patched_slack_user_config",
    "PatchedTeamsConfig": "patched_teams_config",
    "PatchedTicketMessage": "patched_ticket_message",
    "PatchedTrainingCreate": "patched_training_create",
    "PatchedUserGroup": "patched_user_group",
    "PatchedWebexConfig": "patched_webex_config",
    "PatchedWhatsappConfig": "patched_whatsapp_config",
    "PatchedWhatsappUserConfig": "patched_whatsapp_user_config",
    "PatchedWorkflow": "patched_workflow",
    "Pathway": "pathway",
    "PathwayCompletion": "pathway_completion",
    "PathwayCompletionResponse": "pathway_completion_response",
    "PathwayCreateUpdateRequest": "pathway_create_update_request",
    "PathwayCreateUpdateRequestPathItem": "pathway_create_update_request_path_item",
    "PathwayDeleteResponse": "pathway_delete_response",
    "PathwayDeleteResponseType": "pathway_delete_response_type",
    "PathwayDetail": "pathway_detail",
    "PathwayEnrollment": "pathway_enrollment",
    "PathwayEnrollmentPlus": "pathway_enrollment_plus",
    "PathwayEnrollmentRequest": "pathway_enrollment_request",
    "PathwayGroupSuggestionCreate": "pathway_group_suggestion_create",
    "PathwayGroupSuggestionCreateMetadata": "pathway_group_suggestion_create_metadata",
    "PathwayGroupSuggestionDetail": "pathway_group_suggestion_detail",
    "PathwayGroupSuggestionDetailMetadata": "pathway_group_suggestion_detail_metadata",
    "PathwaySelfEnrollmentRequest": "pathway_self_enrollment_request",
    "PathwaySuggestionBulkCreate": "pathway_suggestion_bulk_create",
    "PathwaySuggestionBulkCreateSuggestionDataItem": "pathway_suggestion_bulk_create_suggestion_data_item",
    "PathwaySuggestionCreate": "pathway_suggestion_create",
    "PathwaySuggestionCreateMetadata": "pathway_suggestion_create_metadata",
    "PathwaySuggestionDetail": "pathway_suggestion_detail",
    "PathwaySuggestionDetailMetadata": "pathway_suggestion_detail_metadata",
    "PerLearnerCourseLastAccessData": "per_learner_course_last_access_data",
    "PerLearnerCourseVideosWatched": "per_learner_course_videos_watched",
    "PerLearnerCourseVideosWatchedData": "per_learner_course_videos_watched_data",
    "PerLearnerLastAccess": "per_learner_last_access",
    "PerLearnerLastAccessData": "per_learner_last_access_data",
    "PerLearnerTimeSpentInCourseTree": "per_learner_time_spent_in_course_tree",
    "PerformanceGradesPerCourse": "performance_grades_per_course",
    "PerformanceGradesPerCourseData": "performance_grades_per_course_data",
    "PerformanceOrgsCoursesGradingAverageRetrieveFormat": "performance_orgs_courses_grading_average_retrieve_format",
    "PerformanceOrgsCoursesGradingAverageWithCutoffRetrieveFormat": "performance_orgs_courses_grading_average_with_cutoff_retrieve_format",
    "PerformanceOrgsCoursesGradingDetailRetrieveFormat": "performance_orgs_courses_grading_detail_retrieve_format",
    "PerformanceOrgsCoursesGradingPerLearnerRetrieveFormat": "performance_orgs_courses_grading_per_learner_retrieve_format",
    "PerformanceOrgsCoursesGradingSummaryRetrieveFormat": "performance_orgs_courses_grading_summary_retrieve_format",
    "PerformanceOrgsGradingAverageRetrieveFormat": "performance_orgs_grading_average_retrieve_format",
    "PerformanceOrgsGradingPerCourseRetrieveFormat": "performance_orgs_grading_per_course_retrieve_format",
    "PeriodEnum": "period_enum",
    "PeriodInfo": "period_info",
    "PeriodicAgent": "periodic_agent",
    "PeriodicAgentCreate": "periodic_agent_create",
    "PeriodicAgentCreatePreviousAgentStatus": "periodic_agent_create_previous_agent_status",
    "PeriodicAgentCreateRequest": "periodic_agent_create_request",
    "PeriodicAgentLog": "periodic_agent_log",
    "PeriodicAgentLogStatusEnum": "periodic_agent_log_status_enum",
    "PeriodicAgentPreviousAgentStatus": "periodic_agent_previous_agent_status",
    "PeriodicAgentStatistics": "periodic_agent_statistics",
    "PeriodicFrequencyEnum": "periodic_frequency_enum",
    "PeriodicLearnerScopeEnum": "periodic_learner_scope_enum",
    "PeriodicTask": "periodic_task",
    "PeriodicTaskRequest": "periodic_task_request",
    "PerlearnerCourseProgress": "perlearner_course_progress",
    "PerlearnerCourseProgressData": "perlearner_course_progress_data",
    "PerlearnerEngagementVideosData": "perlearner_engagement_videos_data",
    "PerlearnerEngagementVideosWatchedPerCourse": "perlearner_engagement_videos_watched_per_course",
    "PerlearnerGradeSummary": "perlearner_grade_summary",
    "PerlearnerGradeSummaryData": "perlearner_grade_summary_data",
    "PerlearnerGradeWithCutOff": "perlearner_grade_with_cut_off",
    "PerlearnerGradeWithCutOffData": "perlearner_grade_with_cut_off_data",
    "PerlearnerGradeWithCutOffDataGradeCutoffs": "perlearner_grade_with_cut_off_data_grade_cutoffs",
    "PerlearnerGradingPerCourseAPI": "perlearner_grading_per_course_api",
    "PerlearnerGradingPerCourseAPIData": "perlearner_grading_per_course_api_data",
    "PerlearnerOrgsLearnersRetrieveFormat": "perlearner_orgs_learners_retrieve_format",
    "PerlearnerOrgsUsersActivityRetrieveFormat": "perlearner_orgs_users_activity_retrieve_format",
    "PerlearnerOrgsUsersCoursesGradingCutoffsRetrieveFormat": "perlearner_orgs_users_courses_grading_cutoffs_retrieve_format",
    "PerlearnerOrgsUsersCoursesGradingDetailRetrieveFormat": "perlearner_orgs_users_courses_grading_detail_retrieve_format",
    "PerlearnerOrgsUsersCoursesGradingSummaryRetrieveFormat": "perlearner_orgs_users_courses_grading_summary_retrieve_format",
    "PerlearnerOrgsUsersCoursesOverviewGradeRetrieveFormat": "perlearner_orgs_users_courses_overview_grade_retrieve_format",
    "PerlearnerOrgsUsersCoursesOverviewPerformanceIndexRetrieveFormat": "perlearner_orgs_users_courses_overview_performance_index_retrieve_format",
    "PerlearnerOrgsUsersCoursesOverviewTimeOverTimeRetrieveFormat": "perlearner_orgs_users_courses_overview_time_over_time_retrieve_format",
    "PerlearnerOrgsUsersCoursesVideosOverTimeRetrieveFormat": "perlearner_orgs_users_courses_videos_over_time_retrieve_format",
    "PerlearnerOrgsUsersCoursesVideosRetrieveFormat": "perlearner_orgs_users_courses_videos_retrieve_format",
    "PerlearnerOrgsUsersGradesPerCourseRetrieveFormat": "perlearner_orgs_users_grades_per_course_retrieve_format",
    "PerlearnerOrgsUsersInfoRetrieveFormat": "perlearner_orgs_users_info_retrieve_format",
    "PerlearnerOrgsUsersInfoRetrieveMeta": "perlearner_orgs_users_info_retrieve_meta",
    "PerlearnerOrgsUsersLastAccessRetrieveFormat": "perlearner_orgs_users_last_access_retrieve_format",
    "PerlearnerOrgsUsersOverviewEngagementIndexRetrieveFormat": "perlearner_orgs_users_overview_engagement_index_retrieve_format",
    "PerlearnerOrgsUsersOverviewGradesAverageRetrieveFormat": "perlearner_orgs_users_overview_grades_average_retrieve_format",
    "PerlearnerOrgsUsersOverviewPerformanceIndexRetrieveFormat": "perlearner_orgs_users_overview_performance_index_retrieve_format",
    "PerlearnerOrgsUsersOverviewTimeOverTimeRetrieveFormat": "perlearner_orgs_users_overview_time_over_time_retrieve_format",
    "PerlearnerOrgsUsersRetrieveFormat": "perlearner_orgs_users_retrieve_format",
    "PerlearnerOrgsUsersVideosOverTimeRetrieveFormat": "perlearner_orgs_users_videos_over_time_retrieve_format",
    "PerlearnerOrgsUsersVideosPerCourseRetrieveFormat": "perlearner_orgs_users_videos_per_course_retrieve_format",
    "PerlearnerUserList": "perlearner_user_list",
    "PerlearnerUserListData": "perlearner_user_list_data",
    "PermissionCheckRequest": "permission_check_request",
    "PieChartData": "pie_chart_data",
    "PieChartSegment": "pie_chart_segment",
    "PinnedMessageCreate": "pinned_message_create",
    "PinnedMessageRequest": "pinned_message_request",
    "Platform": "platform",
    "PlatformApiKey": "platform_api_key",
    "PlatformApiKeyRequest": "platform_api_key_request",
    "PlatformConfigurationList": "platform_configuration_list",
    "PlatformConfigurationListConfigurations": "platform_configuration_list_configurations",
    "PlatformConfigurationSet": "platform_configuration_set",
    "PlatformConfigurationSetResponse": "platform_configuration_set_response",
    "PlatformConfigurationSetResponseResultsItem": "platform_configuration_set_response_results_item",
    "PlatformInfo": "platform_info",
    "PlatformInvitationCreate": "platform_invitation_create",
    "PlatformInvitationCreateMetadata": "platform_invitation_create_metadata",
    "PlatformInvitationDetail": "platform_invitation_detail",
    "PlatformInvitationDetailMetadata": "platform_invitation_detail_metadata",
    "PlatformInvitationRedemption": "platform_invitation_redemption",
    "PlatformInvitationRedemptionMetadata": "platform_invitation_redemption_metadata",
    "PlatformLicenseCreate": "platform_license_create",
    "PlatformLicenseCreateMetadata": "platform_license_create_metadata",
    "PlatformLicenseDetail": "platform_license_detail",
    "PlatformLicenseDetailMetadata": "platform_license_detail_metadata",
    "PlatformLicenseUpdate": "platform_license_update",
    "PlatformLicenseUpdateMetadata": "platform_license_update_metadata",
    "PlatformList": "platform_list",
    "PlatformListStatusEnum": "platform_list_status_enum",
    "PlatformMembershipConfig": "platform_membership_config",
    "PlatformMembershipConfigPostRequest": "platform_membership_config_post_request",
    "PlatformMetrics": "platform_metrics",
    "PlatformOrgsCoursesCountRetrieveFormat": "platform_orgs_courses_count_retrieve_format",
    "PlatformOrgsCoursesUsersProgressRetrieveFormat": "platform_orgs_courses_users_progress_retrieve_format",
    "PlatformOrgsCoursesUsersTimeCountRetrieveFormat": "platform_orgs_courses_users_time_count_retrieve_format",
    "PlatformOrgsCoursesUsersVideosCountRetrieveFormat": "platform_orgs_courses_users_videos_count_retrieve_format",
    "PlatformOrgsCoursesVideosRetrieveFormat": "platform_orgs_courses_videos_retrieve_format",
    "PlatformOrgsUsersActiveCountRetrieveFormat": "platform_orgs_users_active_count_retrieve_format",
    "PlatformOrgsUsersCountRetrieveFormat": "platform_orgs_users_count_retrieve_format",
    "PlatformOrgsUsersCoursesCompletedCountRetrieveFormat": "platform_orgs_users_courses_completed_count_retrieve_format",
    "PlatformPrompt": "platform_prompt",
    "PlatformPromptRecommendationType": "platform_prompt_recommendation_type",
    "PlatformPromptResponse": "platform_prompt_response",
    "PlatformPublicImageAsset": "platform_public_image_asset",
    "PlatformPublicImageAssetRequest": "platform_public_image_asset_request",
    "PlatformPublicMetadata": "platform_public_metadata",
    "PlatformPublicMetadataRequest": "platform_public_metadata_request",
    "PlatformRevenueSummary": "platform_revenue_summary",
    "PlatformSkillPointBulkRequest": "platform_skill_point_bulk_request",
    "PlatformSkillPointBulkRequestSkillPointDataItem": "platform_skill_point_bulk_request_skill_point_data_item",
    "PlatformSkillPointBulkResponse": "platform_skill_point_bulk_response",
    "PlatformSkillPointGroupRequest": "platform_skill_point_group_request",
    "PlatformSkillPointGroupRequestPointData": "platform_skill_point_group_request_point_data",
    "PlatformSkillPointRequest": "platform_skill_point_request",
    "PlatformSkillPointRequestPointData": "platform_skill_point_request_point_data",
    "PlatformSkillPointResponse": "platform_skill_point_response",
    "PlatformSkillPointResponseResultsItem": "platform_skill_point_response_results_item",
    "PlatformSummary": "platform_summary",
    "PlatformUpdatePostRequest": "platform_update_post_request",
    "PlatformsItemsSubscribersListStatus": "platforms_items_subscribers_list_status",
    "PlatformsMySubscriptionsListItemType": "platforms_my_subscriptions_list_item_type",
    "PlatformsMySubscriptionsListStatus": "platforms_my_subscriptions_list_status",
    "PlatformsPaywallsListItemType": "platforms_paywalls_list_item_type",
    "PlatformsSubscribersListItemType": "platforms_subscribers_list_item_type",
    "PlatformsSubscribersListStatus": "platforms_subscribers_list_status",
    "PlayWrightScript": "play_wright_script",
    "PlayWrightScriptRequest": "play_wright_script_request",
    "PointsMetric": "points_metric",
    "PointsMetricDetailsItem": "points_metric_details_item",
    "PointsPercentile": "points_percentile",
    "PortalUrlResponse": "portal_url_response",
    "PredictiveAnalyticsRequest": "predictive_analytics_request",
    "PredictiveAnalyticsResponse": "predictive_analytics_response",
    "PreviewResponse": "preview_response",
    "PreviousAgentStatusEnum": "previous_agent_status_enum",
    "Program": "program",
    "ProgramCompletion": "program_completion",
    "ProgramCompletionResponse": "program_completion_response",
    "ProgramCoursePosition": "program_course_position",
    "ProgramCoursePositionRequest": "program_course_position_request",
    "ProgramCreateUpdateRequest": "program_create_update_request",
    "ProgramCreateUpdateRequestCourseListItem": "program_create_update_request_course_list_item",
    "ProgramDeleteResponse": "program_delete_response",
    "ProgramDeleteResponseType": "program_delete_response_type",
    "ProgramDetail": "program_detail",
    "ProgramEnrollment": "program_enrollment",
    "ProgramEnrollmentPlus": "program_enrollment_plus",
    "ProgramEnrollmentPlusProgramMetadata": "program_enrollment_plus_program_metadata",
    "ProgramEnrollmentPlusRequest": "program_enrollment_plus_request",
    "ProgramEnrollmentRequest": "program_enrollment_request",
    "ProgramEnrollmentSearchResponse": "program_enrollment_search_response",
    "ProgramGroupSuggestionCreate": "program_group_suggestion_create",
    "ProgramGroupSuggestionCreateMetadata": "program_group_suggestion_create_metadata",
    "ProgramGroupSuggestionDetail": "program_group_suggestion_detail",
    "ProgramGroupSuggestionDetailMetadata": "program_group_suggestion_detail_metadata",
    "ProgramInvitationCreate": "program_invitation_create",
    "ProgramInvitationCreateEnrollmentConfig": "program_invitation_create_enrollment_config",
    "ProgramInvitationCreateMetadata": "program_invitation_create_metadata",
    "ProgramInvitationDetail": "program_invitation_detail",
    "ProgramInvitationDetailMetadata": "program_invitation_detail_metadata",
    "ProgramInvitationRedemption": "program_invitation_redemption",
    "ProgramInvitationRedemptionMetadata": "program_invitation_redemption_metadata",
    "ProgramLicenseAssignmentCreate": "program_license_assignment_create",
    "ProgramLicenseAssignmentCreateMetadata": "program_license_assignment_create_metadata",
    "ProgramLicenseAssignmentDetail": "program_license_assignment_detail",
    "ProgramLicenseAssignmentDetailMetadata": "program_license_assignment_detail_metadata",
    "ProgramLicenseCreateDetail": "program_license_create_detail",
    "ProgramLicenseCreateDetailEnrollmentConfig": "program_license_create_detail_enrollment_config",
    "ProgramLicenseCreateDetailMetadata": "program_license_create_detail_metadata",
    "ProgramLicenseDetail": "program_license_detail",
    "ProgramLicenseDetailAssignments": "program_license_detail_assignments",
    "ProgramLicenseDetailMetadata": "program_license_detail_metadata",
    "ProgramLicenseGroupAssignmentCreate": "program_license_group_assignment_create",
    "ProgramLicenseGroupAssignmentCreateMetadata": "program_license_group_assignment_create_metadata",
    "ProgramLicenseGroupAssignmentDetail": "program_license_group_assignment_detail",
    "ProgramLicenseGroupAssignmentDetailMetadata": "program_license_group_assignment_detail_metadata",
    "ProgramLicenseUpdateDetail": "program_license_update_detail",
    "ProgramLicenseUpdateDetailEnrollmentConfig": "program_license_update_detail_enrollment_config",
    "ProgramLicenseUpdateDetailMetadata": "program_license_update_detail_metadata",
    "ProgramMetadataRequest": "program_metadata_request",
    "ProgramMetadataRequestMetadata": "program_metadata_request_metadata",
    "ProgramMetadataResponse": "program_metadata_response",
    "ProgramRequest": "program_request",
    "ProgramReview": "program_review",
    "ProgramReviewInfoResponse": "program_review_info_response",
    "ProgramReviewPaginatedResponse": "program_review_paginated_response",
    "ProgramReviewRequest": "program_review_request",
    "ProgramSearch": "program_search",
    "ProgramSearchRequest": "program_search_request",
    "ProgramSuggestionBulkCreate": "program_suggestion_bulk_create",
    "ProgramSuggestionBulkCreateSuggestionDataItem": "program_suggestion_bulk_create_suggestion_data_item",
    "ProgramSuggestionCreate": "program_suggestion_create",
    "ProgramSuggestionCreateMetadata": "program_suggestion_create_metadata",
    "ProgramSuggestionDetail": "program_suggestion_detail",
    "ProgramSuggestionDetailMetadata": "program_suggestion_detail_metadata",
    "ProgramTypeEnum": "program_type_enum",
    "Project": "project",
    "ProjectMentor": "project_mentor",
    "ProjectRequest": "project_request",
    "Prompt": "prompt",
    "PromptCategory": "prompt_category",
    "PromptCategoryRequest": "prompt_category_request",
    "PromptFacet": "prompt_facet",
    "PromptFacetTerms": "prompt_facet_terms",
    "PromptPromptVisibility": "prompt_prompt_visibility",
    "PromptRequest": "prompt_request",
    "PromptSearchResponse": "prompt_search_response",
    "PromptSearchResponseFacets": "prompt_search_response_facets",
    "PromptVisibilityEnum": "prompt_visibility_enum",
    "Provider05CEnum": "provider_05c_enum",
    "Provider63AEnum": "provider_63a_enum",
    "ProviderAssociationStripeCallbackRetrieveResponse": "provider_association_stripe_callback_retrieve_response",
    "ProviderAssociationStripeCallbackRetrieveResponseModel404": "provider_association_stripe_callback_retrieve_response_model_404",
    "ProviderBreakdown": "provider_breakdown",
    "ProvisionModeEnum": "provision_mode_enum",
    "PublicItemPricing": "public_item_pricing",
    "QuestionCardTag": "question_card_tag",
    "QuestionRequest": "question_request",
    "QuestionResponse": "question_response",
    "RatingAverageRecord": "rating_average_record",
    "RatingEnum": "rating_enum",
    "RatingRecord": "rating_record",
    "RatingsOvertime": "ratings_overtime",
    "RbacBaseRole": "rbac_base_role",
    "RbacGroup": "rbac_group",
    "RbacGroupRequest": "rbac_group_request",
    "RbacPlatform": "rbac_platform",
    "RbacPolicy": "rbac_policy",
    "RbacPolicyGroup": "rbac_policy_group",
    "RbacPolicyRequest": "rbac_policy_request",
    "RbacRole": "rbac_role",
    "RbacRoleRequest": "rbac_role_request",
    "RbacUser": "rbac_user",
    "RecentlyAccessedMentor": "recently_accessed_mentor",
    "Recipient": "recipient",
    "RecommendationSearchAPI": "recommendation_search_api",
    "RecommendationTypeEnum": "recommendation_type_enum",
    "RecommendedCoursesResponse": "recommended_courses_response",
    "RecommendedCoursesResponseFacets": "recommended_courses_response_facets",
    "RecommendedCoursesResponseResultsItem": "recommended_courses_response_results_item",
    "RedirectTokenRequest": "redirect_token_request",
    "RedirectTokenResponse": "redirect_token_response",
    "RelatedText": "related_text",
    "RemoveMentorFromDisclaimer": "remove_mentor_from_disclaimer",
    "ReorderChildren": "reorder_children",
    "ReportCreate": "report_create",
    "ReportData": "report_data",
    "ReportDetail": "report_detail",
    "ReportList": "report_list",
    "ReportRequest": "report_request",
    "ReportStatus": "report_status",
    "ReportStatusState": "report_status_state",
    "ReportedRole": "reported_role",
    "ReportedRoleCreateUpdateRequest": "reported_role_create_update_request",
    "ReportedRoleCreateUpdateRequestRolesItem": "reported_role_create_update_request_roles_item",
    "ReportedSkill": "reported_skill",
    "ReportedSkillCreateUpdateRequest": "reported_skill_create_update_request",
    "ReportedSkillCreateUpdateRequestSkillsItem": "reported_skill_create_update_request_skills_item",
    "RequestDataVariable": "request_data_variable",
    "Resource": "resource",
    "ResourceCompletion": "resource_completion",
    "ResourceCompletionRequest": "resource_completion_request",
    "ResourceCreateUpdate": "resource_create_update",
    "ResourceDeleteResponse": "resource_delete_response",
    "ResourceDeleteResponseType": "resource_delete_response_type",
    "ResourcePoint": "resource_point",
    "ResourceScrappedData": "resource_scrapped_data",
    "ResourceScrappedDataStatus": "resource_scrapped_data_status",
    "ResourceScrappedDataStatusEnum": "resource_scrapped_data_status_enum",
    "ResponseDataVariable": "response_data_variable",
    "RetreiverTrainViewRequest": "retreiver_train_view_request",
    "RetreiverTrainViewResponse": "retreiver_train_view_response",
    "RetrieveTask": "retrieve_task",
    "RetrieverDocumentEmbedding": "retriever_document_embedding",
    "RetrieverDocumentEmbeddingAccess": "retriever_document_embedding_access",
    "RetrieverDocumentEmbeddingCrawlerPatternType": "retriever_document_embedding_crawler_pattern_type",
    "RetrieverDocumentEmbeddingRequest": "retriever_document_embedding_request",
    "RetrieverDocumentEmbeddingRequestAccess": "retriever_document_embedding_request_access",
    "RetrieverDocumentEmbeddingRequestCrawlerPatternType": "retriever_document_embedding_request_crawler_pattern_type",
    "RetrieverDocumentEmbeddingTrainingStatus": "retriever_document_embedding_training_status",
    "RetrieverRequestSearch": "retriever_request_search",
    "RetrieverRequestSearchDocument": "retriever_request_search_document",
    "RetrieverResponseSearch": "retriever_response_search",
    "ReuestDataVariableList": "reuest_data_variable_list",
    "Role": "role",
    "RoleCreateUpdateRequest": "role_create_update_request",
    "RunMentorEval": "run_mentor_eval",
    "SCIMAddress": "scim_address",
    "SCIMEmail": "scim_email",
    "SCIMEnterpriseUser": "scim_enterprise_user",
    "SCIMEnterpriseUserDepartmentsItem": "scim_enterprise_user_departments_item",
    "SCIMEnterpriseUserGroupsItem": "scim_enterprise_user_groups_item",
    "SCIMEnterpriseUserPlatformsItem": "scim_enterprise_user_platforms_item",
    "SCIMEnterpriseUserRbacGroupsItem": "scim_enterprise_user_rbac_groups_item",
    "SCIMGroup": "scim_group",
    "SCIMGroupListResponse": "scim_group_list_response",
    "SCIMGroupListResponseResourcesItem": "scim_group_list_response_resources_item",
    "SCIMGroupMembersItem": "scim_group_members_item",
    "SCIMMeta": "scim_meta",
    "SCIMName": "scim_name",
    "SCIMPhoneNumber": "scim_phone_number",
    "SCIMUserCreateRequest": "scim_user_create_request",
    "SCIMUserListResponse": "scim_user_list_response",
    "SCIMUserListResponseResourcesItem": "scim_user_list_response_resources_item",
    "SCIMUserResponse": "scim_user_response",
    "ScanWebhookRequest": "scan_webhook_request",
    "ScanWebhookResponse": "scan_webhook_response",
    "ScopeC1DEnum": "scope_c1d_enum",
    "SearchPersonalizedCatalogRetrieveResponse200": "search_personalized_catalog_retrieve_response_200",
    "SeedMentorsView": "seed_mentors_view",
    "SendNotification": "send_notification",
    "SendResponse": "send_response",
    "SentimentSummary": "sentiment_summary",
    "SentimentSummarySentimentDistribution": "sentiment_summary_sentiment_distribution",
    "ServicePlatformsStripeConnectDashboardRetrieveResponse404": "service_platforms_stripe_connect_dashboard_retrieve_response_404",
    "ServicePlatformsStripeConnectDestroyResponse200": "service_platforms_stripe_connect_destroy_response_200",
    "ServicePlatformsStripeConnectDestroyResponse404": "service_platforms_stripe_connect_destroy_response_404",
    "ServicePlatformsStripeConnectOnboardCreateResponse400": "service_platforms_stripe_connect_onboard_create_response_400",
    "ServicePlatformsStripeConnectOnboardRefreshCreateResponse400": "service_platforms_stripe_connect_onboard_refresh_create_response_400",
    "SessionBrowserScreenshot": "session_browser_screenshot",
    "SessionChartPoint": "session_chart_point",
    "SessionDetail": "session_detail",
    "SessionMemoryAttachment": "session_memory_attachment",
    "SessionMemoryStorage": "session_memory_storage",
    "SessionSummary": "session_summary",
    "SessionSummaryMentor": "session_summary_mentor",
    "SessionsChart": "sessions_chart",
    "SetCurrentVersionRequest": "set_current_version_request",
    "SetStudentLLMAccess": "set_student_llm_access",
    "SetStudentMentorCreationPermission": "set_student_mentor_creation_permission",
    "ShareableMentorLink": "shareable_mentor_link",
    "ShareableMentorLinkRequest": "shareable_mentor_link_request",
    "SharedSessionUpdateRequest": "shared_session_update_request",
    "SharedSessionUpdateResponse": "shared_session_update_response",
    "ShellLogs": "shell_logs",
    "Skill": "skill",
    "SkillCreateUpdateRequest": "skill_create_update_request",
    "SkillDetail": "skill_detail",
    "SkillInfo": "skill_info",
    "SkillThreshold": "skill_threshold",
    "SkillsDetail": "skills_detail",
    "SkillsMetric": "skills_metric",
    "SkillsMetricDetailsItem": "skills_metric_details_item",
    "SlackConfig": "slack_config",
    "SlackConfigRequest": "slack_config_request",
    "SlackUserConfig": "slack_user_config",
    "SlackUserConfigRequest": "slack_user_config_request",
    "SlackWebhook": "slack_webhook",
    "SlackWebhookEvent": "slack_webhook_event",
    "Spa": "spa",
    "SpacedRepetitionLearningPath": "spaced_repetition_learning_path",
    "SpacedRepetitionQuestionStats": "spaced_repetition_question_stats",
    "StarMentor": "star_mentor",
    "StarterPrompts8C6Enum": "starter_prompts_8c6_enum",
    "StarterPromptsB04Enum": "starter_prompts_b04_enum",
    "StateEnum": "state_enum",
    "Status0E3Enum": "status_0e3_enum",
    "Status3DaEnum": "status_3_da_enum",
    "Step": "step",
    "StepStatusEnum": "step_status_enum",
    "StopGenerationRequest": "stop_generation_request",
    "StripeBillingPageIdentifierResponse": "stripe_billing_page_identifier_response",
    "StripeCheckoutSessionRequest": "stripe_checkout_session_request",
    "StripeCheckoutSessionRequestMode": "stripe_checkout_session_request_mode",
    "StripeCheckoutSessionRequestModeEnum": "stripe_checkout_session_request_mode_enum",
    "StripeCheckoutSessionRequestPeriod": "stripe_checkout_session_request_period",
    "StripeCheckoutSessionResponse": "stripe_checkout_session_response",
    "StripeConnectDashboardLink": "stripe_connect_dashboard_link",
    "StripeConnectOnboard": "stripe_connect_onboard",
    "StripeConnectOnboardBusinessType": "stripe_connect_onboard_business_type",
    "StripeConnectOnboardResponse": "stripe_connect_onboard_response",
    "StripeConnectStatus": "stripe_connect_status",
    "StripeContext": "stripe_context",
    "StripeCustomerPortalRequest": "stripe_customer_portal_request",
    "StripeCustomerPortalRequestFlowType": "stripe_customer_portal_request_flow_type",
    "StripeCustomerPortalResponse": "stripe_customer_portal_response",
    "StripeLocalProduct": "stripe_local_product",
    "StripeNewUserTenantLaunchRequest": "stripe_new_user_tenant_launch_request",
    "StripeSubscriptionRenewalRequest": "stripe_subscription_renewal_request",
    "StripeSubscriptionRenewalResponse": "stripe_subscription_renewal_response",
    "SttProviderEnum": "stt_provider_enum",
    "StudentChatMessage": "student_chat_message",
    "StudentLLMAccessResponse": "student_llm_access_response",
    "StudentMentorCreationPermissionResponse": "student_mentor_creation_permission_response",
    "StylesView": "styles_view",
    "StylesViewRequest": "styles_view_request",
    "SubTimeChild": "sub_time_child",
    "Subject": "subject",
    "Summary": "summary",
    "TagsView": "tags_view",
    "TagsViewRequest": "tags_view_request",
    "TargetSystemEnum": "target_system_enum",
    "TaskView": "task_view",
    "TeamsConfig": "teams_config",
    "TeamsConfigRequest": "teams_config_request",
    "TeamsWebhook": "teams_webhook",
    "TeamsWebhookChannelData": "teams_webhook_channel_data",
    "TeamsWebhookConversation": "teams_webhook_conversation",
    "TeamsWebhookFrom": "teams_webhook_from",
    "TeamsWebhookRecipient": "teams_webhook_recipient",
    "TemplateMentor": "template_mentor",
    "TenantLaunchError": "tenant_launch_error",
    "TenantLaunchFailed": "tenant_launch_failed",
    "TenantLaunchRequest": "tenant_launch_request",
    "TenantLaunchResponse": "tenant_launch_response",
    "TenantMentorTraces": "tenant_mentor_traces",
    "TenantSetting": "tenant_setting",
    "TenantSettingRequest": "tenant_setting_request",
    "TestSMTPCredentials": "test_smtp_credentials",
    "TestSMTPResponse": "test_smtp_response",
    "ThemeEnum": "theme_enum",
    "TicketMessage": "ticket_message",
    "TicketMessageRequest": "ticket_message_request",
    "TimeChildData": "time_child_data",
    "TimeDetail": "time_detail",
    "TimeDetailChild": "time_detail_child",
    "TimeDetailData": "time_detail_data",
    "TimeSpentByUsersInCourse": "time_spent_by_users_in_course",
    "TimeSpentByUsersInCourseData": "time_spent_by_users_in_course_data",
    "TimeSpentCourse": "time_spent_course",
    "TimeSpentDetail": "time_spent_detail",
    "TimeSpentPerCourse": "time_spent_per_course",
    "TimeSpentPerCourseData": "time_spent_per_course_data",
    "TimeSpentPerUserResponse": "time_spent_per_user_response",
    "TimeSpentUpdateRequest": "time_spent_update_request",
    "TimeSpentUpdateResponse": "time_spent_update_response",
    "TokenProxyInput": "token_proxy_input",
    "TokenProxyOutput": "token_proxy_output",
    "TokenProxyOutputSerializerData": "token_proxy_output_serializer_data",
    "TokenProxyUser": "token_proxy_user",
    "TonesView": "tones_view",
    "TonesViewRequest": "tones_view_request",
    "ToolCategory": "tool_category",
    "ToolResponse": "tool_response",
    "TopContent": "top_content",
    "TopicDetail": "topic_detail",
    "TopicDetails": "topic_details",
    "TopicDetailsPagination": "topic_details_pagination",
    "TopicModel": "topic_model",
    "TopicRecord": "topic_record",
    "TopicStatistics": "topic_statistics",
    "TopicStatisticsResponse": "topic_statistics_response",
    "TopicSummaryView": "topic_summary_view",
    "TopicsOverview": "topics_overview",
    "TopicsOverviewMetric": "topics_overview_metric",
    "Trace": "trace",
    "TrainDocumentViewRequest": "train_document_view_request",
    "TrainDocumentViewRequestCrawlerPatternType": "train_document_view_request_crawler_pattern_type",
    "TrainDocumentViewResponse": "train_document_view_response",
    "Training": "training",
    "TrainingCreate": "training_create",
    "TrainingCreateRequest": "training_create_request",
    "TrainingStatusEnum": "training_status_enum",
    "TransactionTypeEnum": "transaction_type_enum",
    "TransactionsRetrieveTransactionType": "transactions_retrieve_transaction_type",
    "TransportEnum": "transport_enum",
    "TrendEntry": "trend_entry",
    "TriggerRequest": "trigger_request",
    "TriggerResponse": "trigger_response",
    "TtsProviderEnum": "tts_provider_enum",
    "Type840Enum": "type_840_enum",
    "UpdateXblock": "update_xblock",
    "UploadedImage": "uploaded_image",
    "UploadedImageRequest": "uploaded_image_request",
    "UseMainCreds": "use_main_creds",
    "UserAllChatMemoryView": "user_all_chat_memory_view",
    "UserAllChatMemoryViewRequest": "user_all_chat_memory_view_request",
    "UserApp": "user_app",
    "UserAppSubscription": "user_app_subscription",
    "UserCatalogItemMemoryView": "user_catalog_item_memory_view",
    "UserCatalogItemMemoryViewRequest": "user_catalog_item_memory_view_request",
    "UserChatByPeriod": "user_chat_by_period",
    "UserChatFeedback": "user_chat_feedback",
    "UserChatFeedbackCount": "user_chat_feedback_count",
    "UserChatFeedbackRating": "user_chat_feedback_rating",
    "UserChatFeedbackRequest": "user_chat_feedback_request",
    "UserChatMemoryStatusRequestView": "user_chat_memory_status_request_view",
    "UserChatMemoryStatusView": "user_chat_memory_status_view",
    "UserChatMemoryUpdateView": "user_chat_memory_update_view",
    "UserChatPrivacySettings": "user_chat_privacy_settings",
    "UserChatPrivacySettingsChatPrivacyMode": "user_chat_privacy_settings_chat_privacy_mode",
    "UserCountRecord": "user_count_record",
    "UserDeleteAPIError": "user_delete_api_error",
    "UserDeleteAPIRequest": "user_delete_api_request",
    "UserDeleteAPIResponse": "user_delete_api_response",
    "UserDetail": "user_detail",
    "UserEdxMemory": "user_edx_memory",
    "UserGroup": "user_group",
    "UserGroupAccess": "user_group_access",
    "UserGroupAccessInfo": "user_group_access_info",
    "UserGroupAccessRequest": "user_group_access_request",
    "UserGroupPolicy": "user_group_policy",
    "UserGroupPolicyRequest": "user_group_policy_request",
    "UserGroupRequest": "user_group_request",
    "UserGroupsOrgsRetrieveFormat": "user_groups_orgs_retrieve_format",
    "UserInfo": "user_info",
    "UserLicenseAssignmentCreate": "user_license_assignment_create",
    "UserLicenseAssignmentCreateMetadata": "user_license_assignment_create_metadata",
    "UserLicenseAssignmentDetail": "user_license_assignment_detail",
    "UserLicenseAssignmentDetailMetadata": "user_license_assignment_detail_metadata",
    "UserLicenseCreate": "user_license_create",
    "UserLicenseCreateEnrollmentConfig": "user_license_create_enrollment_config",
    "UserLicenseCreateMetadata": "user_license_create_metadata",
    "UserLicenseDetail": "user_license_detail",
    "UserLicenseDetailMetadata": "user_license_detail_metadata",
    "UserLicenseGroupAssignmentCreate": "user_license_group_assignment_create",
    "UserLicenseGroupAssignmentCreateMetadata": "user_license_group_assignment_create_metadata",
    "UserLicenseGroupAssignmentDetail": "user_license_group_assignment_detail",
    "UserLicenseGroupAssignmentDetailMetadata": "user_license_group_assignment_detail_metadata",
    "UserLicenseUpdate": "user_license_update",
    "UserLicenseUpdateEnrollmentConfig": "user_license_update_enrollment_config",
    "UserLicenseUpdateMetadata": "user_license_update_metadata",
    "UserMemory": "user_memory",
    "UserMemoryContextRequest": "user_memory_context_request",
    "UserMemoryContextResponse": "user_memory_context_response",
    "UserMemoryEntry": "user_memory_entry",
    "UserMemoryEntryRequest": "user_memory_entry_request",
    "UserMemoryEntryRequest2": "user_memory_entry_request_2",
    "UserMemoryRequest": "user_memory_request",
    "UserMetric": "user_metric",
    "UserMetricsResponse": "user_metrics_response",
    "UserPlatformLink": "user_platform_link",
    "UserPlatformManagementListViewGetResponse": "user_platform_management_list_view_get_response",
    "UserPlatformManagementListViewGetResponseDataItem": "user_platform_management_list_view_get_response_data_item",
    "UserPlatformManagementListViewGetResponseResultsItem": "user_platform_management_list_view_get_response_results_item",
    "UserPlatformSelfLinkError": "user_platform_self_link_error",
    "UserPlatformSelfLinkForbidden": "user_platform_self_link_forbidden",
    "UserPlatformSelfLinkRequest": "user_platform_self_link_request",
    "UserPlatformSelfLinkResponse": "user_platform_self_link_response",
    "UserPlatformViewPostRequest": "user_platform_view_post_request",
    "UserPolicyUpdate": "user_policy_update",
    "UserPolicyUpdateError": "user_policy_update_error",
    "UserPolicyUpdateForbidden": "user_policy_update_forbidden",
    "UserPolicyUpdateResponse": "user_policy_update_response",
    "UserProxyBulkRequest": "user_proxy_bulk_request",
    "UserProxyBulkRequestUsersItem": "user_proxy_bulk_request_users_item",
    "UserProxyGetResponse": "user_proxy_get_response",
    "UserProxyPostRequest": "user_proxy_post_request",
    "UserProxyPostResponse": "user_proxy_post_response",
    "UserSearchResponse": "user_search_response",
    "UserSearchResponseResultsItem": "user_search_response_results_item",
    "UserSearchViewGetResponse": "user_search_view_get_response",
    "UserSearchViewGetResponseResultsItem": "user_search_view_get_response_results_item",
    "UserSentimentCountView": "user_sentiment_count_view",
    "UserSkill": "user_skill",
    "UserSkillPointsPercentile": "user_skill_points_percentile",
    "UserTrendByPeriod": "user_trend_by_period",
    "V2CourseRecommendationsRankingStrategy": "v2_course_recommendations_ranking_strategy",
    "V2CourseRecommendationsRecommendationType": "v2_course_recommendations_recommendation_type",
    "V2GlobalMentorSearchResponse": "v2_global_mentor_search_response",
    "V2PersonalizedMentorsOrderDirection": "v2_personalized_mentors_order_direction",
    "V2PersonalizedMentorsResponse": "v2_personalized_mentors_response",
    "V2RecommendationResponse": "v2_recommendation_response",
    "V2RecommendationResponseUserContext": "v2_recommendation_response_user_context",
    "ValidateSourceResponse": "validate_source_response",
    "Value": "value",
    "ValueData": "value_data",
    "VectorResult": "vector_result",
    "VeoVideoDetail": "veo_video_detail",
    "VeoVideoList": "veo_video_list",
    "VeoVideoRequest": "veo_video_request",
    "VerifyGCPMarketPlaceFailedResponse": "verify_gcp_market_place_failed_response",
    "VerifyGCPMarketPlaceFailedResponseGoogle": "verify_gcp_market_place_failed_response_google",
    "VerifyGCPMarketPlaceRequest": "verify_gcp_market_place_request",
    "VerifyGCPMarketPlaceResponse": "verify_gcp_market_place_response",
    "VerifyGCPMarketPlaceResponseGoogle": "verify_gcp_market_place_response_google",
    "VideoBlock": "video_block",
    "VideoCaption": "video_caption",
    "VideoEngagementPerCourse": "video_engagement_per_course",
    "VideoEngagementPerCourseData": "video_engagement_per_course_data",
    "VideosCount": "videos_count",
    "VideosCountData": "videos_count_data",
    "VideosInCourseSummary": "videos_in_course_summary",
    "VideosInCourseSummaryData": "videos_in_course_summary_data",
    "VideosSpecificCourse": "videos_specific_course",
    "VideosSpecificCourseData": "videos_specific_course_data",
    "VideosWatchedSubSection": "videos_watched_sub_section",
    "Voice": "voice",
    "VoiceProviderEnum": "voice_provider_enum",
    "VoiceRequest": "voice_request",
    "WatchedVideosPerCourse": "watched_videos_per_course",
    "WatchedVideosPerCourseData": "watched_videos_per_course_data",
    "WatchedVideosPerUser": "watched_videos_per_user",
    "WatchedVideosPerUserData": "watched_videos_per_user_data",
    "WebResource": "web_resource",
    "WebResourceCard": "web_resource_card",
    "WebResourcesQuery": "web_resources_query",
    "WebexConfig": "webex_config",
    "WebexWebhook": "webex_webhook",
    "WebexWebhookData": "webex_webhook_data",
    "WhatAppWebHook": "what_app_web_hook",
    "WhatAppWebHookEntryItem": "what_app_web_hook_entry_item",
    "WhatsappConfig": "whatsapp_config",
    "WhatsappConfigRequest": "whatsapp_config_request",
    "WhatsappUserConfig": "whatsapp_user_config",
    "WhatsappUserConfigRequest": "whatsapp_user_config_request",
    "WhitelistedDomain": "whitelisted_domain",
    "Workflow": "workflow",
    "WorkflowRequest": "workflow_request",
    "XblockResult": "xblock_result",
    "XblockTypeEnum": "xblock_type_enum",
}

__all__ = [
    "AIGeneratedImage",
    "AIUserProfileMemoryRelation",
    "AIUserProfileRequest",
    "AWSTenantLaunchRequest",
    "AcceptanceEnum",
    "AccessEnum",
    "AccessTimesHeatmap",
    "AccessibleMentorsByEmailRequest",
    "AccessibleMentorsByEmailResponse",
    "ActionBreakdown",
    "ActivateUserFreeTrial",
    "ActiveUsersData",
    "ActiveUsersList",
    "ActiveUsersPerCourse",
    "ActiveUsersPerCourseData",
    "ActivityAPI",
    "ActivityData",
    "ActivityInfo",
    "AddMentorToDisclaimer",
    "AgentConfig",
    "AgentConfigRequest",
    "AgentSkill",
    "AgentSkillRequest",
    "AgentSkillResource",
    "AgentSkillResourceRequest",
    "AiAccountOrgsUseDefaultLlmKeyCreateResponse",
    "AiAccountOrgsUsersFreeTrialRetrieveResponse",
    "AiAnalyticsAudienceOrgsActiveUsersOverTimeRetrieveFormat",
    "AiAnalyticsAudienceOrgsActiveUsersPerCourseRetrieveFormat",
    "AiAnalyticsAudienceOrgsActiveUsersUsersRetrieveFormat",
    "AiAnalyticsAudienceOrgsEnrollmentsCoursesOverTimeRetrieveActive",
    "AiAnalyticsAudienceOrgsEnrollmentsCoursesOverTimeRetrieveFormat",
    "AiAnalyticsAudienceOrgsEnrollmentsCoursesUsersRetrieveActive",
    "AiAnalyticsAudienceOrgsEnrollmentsCoursesUsersRetrieveFormat",
    "AiAnalyticsAudienceOrgsEnrollmentsOverTimeRetrieveActive",
    "AiAnalyticsAudienceOrgsEnrollmentsOverTimeRetrieveFormat",
    "AiAnalyticsAudienceOrgsEnrollmentsPerCourseRetrieveActive",
    "AiAnalyticsAudienceOrgsEnrollmentsPerCourseRetrieveFormat",
    "AiAnalyticsAudienceOrgsRegisteredUsersOverTimeRetrieveFormat",
    "AiAnalyticsAudienceOrgsRegisteredUsersPerCourseRetrieveActive",
    "AiAnalyticsAudienceOrgsRegisteredUsersPerCourseRetrieveFormat",
    "AiAnalyticsAudienceOrgsRegisteredUsersRetrieveFormat",
    "AiAnalyticsDepartmentsOrgsRetrieveFormat",
    "AiAnalyticsEngagementOrgsActivityRetrieveFormat",
    "AiAnalyticsEngagementOrgsCourseCompletionOverTimeRetrieveFormat",
    "AiAnalyticsEngagementOrgsCourseCompletionPerCourseRetrieveFormat",
    "AiAnalyticsEngagementOrgsCoursesTimeAverageRetrieveFormat",
    "AiAnalyticsEngagementOrgsCoursesTimeDetailRetrieveFormat",
    "AiAnalyticsEngagementOrgsCoursesTimeOverTimeRetrieveFormat",
    "AiAnalyticsEngagementOrgsCoursesTimeUsersDetailRetrieveFormat",
    "AiAnalyticsEngagementOrgsCoursesTimeUsersOverTimeRetrieveFormat",
    "AiAnalyticsEngagementOrgsCoursesTimeUsersRetrieveFormat",
    "AiAnalyticsEngagementOrgsCoursesVideosOverTimeRetrieveFormat",
    "AiAnalyticsEngagementOrgsCoursesVideosRetrieveFormat",
    "AiAnalyticsEngagementOrgsCoursesVideosSummaryRetrieveFormat",
    "AiAnalyticsEngagementOrgsCoursesVideosUsersRetrieveFormat",
    "AiAnalyticsEngagementOrgsTimeAveragePerlearnerPercourseRetrieveFormat",
    "AiAnalyticsEngagementOrgsTimeAverageWithOverTimeRetrieveFormat",
    "AiAnalyticsEngagementOrgsTimeOverTimeRetrieveFormat",
    "AiAnalyticsEngagementOrgsTimePerCourseRetrieveFormat",
    "AiAnalyticsEngagementOrgsVideosOverTimeRetrieveFormat",
    "AiAnalyticsEngagementOrgsVideosRetrieveFormat",
    "AiAnalyticsOverviewOrgsActiveUsersRetrieveFormat",
    "AiAnalyticsOverviewOrgsAverageGradeRetrieveFormat",
    "AiAnalyticsOverviewOrgsCoursesCompletionsRetrieveFormat",
    "AiAnalyticsOverviewOrgsLearnersRetrieveFormat",
    "AiAnalyticsOverviewOrgsMostActiveCoursesRetrieveFormat",
    "AiAnalyticsOverviewOrgsRegisteredUsersRetrieveFormat",
    "AiAnalyticsPerformanceOrgsCoursesGradingAverageRetrieveFormat",
    "AiAnalyticsPerformanceOrgsCoursesGradingAverageWithCutoffRetrieveFormat",
    "AiAnalyticsPerformanceOrgsCoursesGradingDetailRetrieveFormat",
    "AiAnalyticsPerformanceOrgsCoursesGradingPerLearnerRetrieveFormat",
    "AiAnalyticsPerformanceOrgsCoursesGradingSummaryRetrieveFormat",
    "AiAnalyticsPerformanceOrgsGradingAverageRetrieveFormat",
    "AiAnalyticsPerformanceOrgsGradingPerCourseRetrieveFormat",
    "AiAnalyticsPerlearnerOrgsLearnersRetrieveFormat",
    "AiAnalyticsPerlearnerOrgsUsersActivityRetrieveFormat",
    "AiAnalyticsPerlearnerOrgsUsersCoursesGradingCutoffsRetrieveFormat",
    "AiAnalyticsPerlearnerOrgsUsersCoursesGradingDetailRetrieveFormat",
    "AiAnalyticsPerlearnerOrgsUsersCoursesGradingSummaryRetrieveFormat",
    "AiAnalyticsPerlearnerOrgsUsersCoursesOverviewGradeRetrieveFormat",
    "AiAnalyticsPerlearnerOrgsUsersCoursesOverviewPerformanceIndexRetrieveFormat",
    "AiAnalyticsPerlearnerOrgsUsersCoursesOverviewTimeOverTimeRetrieveFormat",
    "AiAnalyticsPerlearnerOrgsUsersCoursesVideosOverTimeRetrieveFormat",
    "AiAnalyticsPerlearnerOrgsUsersCoursesVideosRetrieveFormat",
    "AiAnalyticsPerlearnerOrgsUsersGradesPerCourseRetrieveFormat",
    "AiAnalyticsPerlearnerOrgsUsersInfoRetrieveFormat",
    "AiAnalyticsPerlearnerOrgsUsersInfoRetrieveMeta",
    "AiAnalyticsPerlearnerOrgsUsersLastAccessRetrieveFormat",
    "AiAnalyticsPerlearnerOrgsUsersOverviewEngagementIndexRetrieveFormat",
    "AiAnalyticsPerlearnerOrgsUsersOverviewGradesAverageRetrieveFormat",
    "AiAnalyticsPerlearnerOrgsUsersOverviewPerformanceIndexRetrieveFormat",
    "AiAnalyticsPerlearnerOrgsUsersOverviewTimeOverTimeRetrieveFormat",
    "AiAnalyticsPerlearnerOrgsUsersRetrieveFormat",
    "AiAnalyticsPerlearnerOrgsUsersVideosOverTimeRetrieveFormat",
    "AiAnalyticsPerlearnerOrgsUsersVideosPerCourseRetrieveFormat",
    "AiAnalyticsUserGroupsOrgsRetrieveFormat",
    "AiFinetuningV1OrgUserDatasetsListStatus",
    "AiFinetuningV1OrgUserTrainingsListProvider",
    "AiFinetuningV1OrgUserTrainingsListStatus",
    "AiIndexOrgsUsersDocumentsTrainCreateBody",
    "AiIndexOrgsUsersDocumentsTrainCreateBody2",
    "AiIndexOrgsUsersDocumentsTrainCreateBody2CrawlerPatternType",
    "AiIndexOrgsUsersDocumentsTrainCreateBody3",
    "AiIndexOrgsUsersDocumentsTrainCreateBody3CrawlerPatternType",
    "AiIndexOrgsUsersDocumentsTrainCreateBodyCrawlerPatternType",
    "AiIndexOrgsUsersDocumentsTrainRetrieverCreateBody",
    "AiIndexOrgsUsersDocumentsTrainRetrieverCreateBody2",
    "AiIndexOrgsUsersDocumentsTrainRetrieverCreateBody3",
    "AiIndexOrgsUsersDocumentsUpdateBody",
    "AiIndexOrgsUsersDocumentsUpdateBody2",
    "AiIndexOrgsUsersDocumentsUpdateBody2Access",
    "AiIndexOrgsUsersDocumentsUpdateBody2CrawlerPatternType",
    "AiIndexOrgsUsersDocumentsUpdateBody3",
    "AiIndexOrgsUsersDocumentsUpdateBody3Access",
    "AiIndexOrgsUsersDocumentsUpdateBody3CrawlerPatternType",
    "AiIndexOrgsUsersDocumentsUpdateBodyAccess",
    "AiIndexOrgsUsersDocumentsUpdateBodyCrawlerPatternType",
    "AiMediaOrgsUsersHeygenVideoCaptionsCreateBody",
    "AiMediaOrgsUsersHeygenVideoCaptionsCreateBody2",
    "AiMediaOrgsUsersHeygenVideoCaptionsCreateBody3",
    "AiMediaOrgsUsersVeoVideosCreateBody",
    "AiMediaOrgsUsersVeoVideosCreateBody2",
    "AiMediaOrgsUsersVeoVideosCreateBody3",
    "AiMentorOrgsAgentSkillResourcesListFileType",
    "AiMentorOrgsClawInstancesListStatus",
    "AiMentorOrgsMentorsByEmailCreateResponse400",
    "AiMentorOrgsMentorsByEmailCreateResponse404",
    "AiMentorOrgsSessionsCreateResponse400",
    "AiMentorOrgsSessionsCreateResponse404",
    "AiMentorOrgsUsersAudioToTextCreateBody",
    "AiMentorOrgsUsersAudioToTextCreateBody2",
    "AiMentorOrgsUsersAudioToTextCreateBody3",
    "AiMentorOrgsUsersCallConfigurationsListMode",
    "AiMentorOrgsUsersCourseCreationCourseDraftContentForUnitCreateBody",
    "AiMentorOrgsUsersCourseCreationFilesCreateBody",
    "AiMentorOrgsUsersCourseCreationFilesCreateBody2",
    "AiMentorOrgsUsersCourseCreationFilesCreateBody3",
    "AiMentorOrgsUsersCourseCreationFilesPartialUpdateBody",
    "AiMentorOrgsUsersCourseCreationFilesPartialUpdateBody2",
    "AiMentorOrgsUsersCourseCreationFilesPartialUpdateBody3",
    "AiMentorOrgsUsersCourseCreationFilesUpdateBody",
    "AiMentorOrgsUsersCourseCreationFilesUpdateBody2",
    "AiMentorOrgsUsersCourseCreationFilesUpdateBody3",
    "AiMentorOrgsUsersCourseCreationTaskFilesCreateBody",
    "AiMentorOrgsUsersCourseCreationTaskFilesCreateBody2",
    "AiMentorOrgsUsersCourseCreationTaskFilesCreateBody3",
    "AiMentorOrgsUsersCourseCreationTaskFilesPartialUpdateBody",
    "AiMentorOrgsUsersCourseCreationTaskFilesPartialUpdateBody2",
    "AiMentorOrgsUsersCourseCreationTaskFilesPartialUpdateBody3",
    "AiMentorOrgsUsersCourseCreationTaskFilesUpdateBody",
    "AiMentorOrgsUsersCourseCreationTaskFilesUpdateBody2",
    "AiMentorOrgsUsersCourseCreationTaskFilesUpdateBody3",
    "AiMentorOrgsUsersCourseCreationTasksCreate2Body",
    "AiMentorOrgsUsersCourseCreationTasksCreate2Body2",
    "AiMentorOrgsUsersCourseCreationTasksCreate2Body3",
    "AiMentorOrgsUsersCourseCreationTasksCreateBody",
    "AiMentorOrgsUsersCourseCreationTasksCreateBody2",
    "AiMentorOrgsUsersCourseCreationTasksCreateBody3",
    "AiMentorOrgsUsersCourseCreationTasksCreateCourseCreate2Body",
    "AiMentorOrgsUsersCourseCreationTasksCreateCourseCreate2Body2",
    "AiMentorOrgsUsersCourseCreationTasksCreateCourseCreate2Body3",
    "AiMentorOrgsUsersCourseCreationTasksCreateCourseCreateBody",
    "AiMentorOrgsUsersCourseCreationTasksCreateCourseCreateBody2",
    "AiMentorOrgsUsersCourseCreationTasksCreateCourseCreateBody3",
    "AiMentorOrgsUsersCourseCreationTasksCreateCourseOutlineCreate2Body",
    "AiMentorOrgsUsersCourseCreationTasksCreateCourseOutlineCreate2Body2",
    "AiMentorOrgsUsersCourseCreationTasksCreateCourseOutlineCreate2Body3",
    "AiMentorOrgsUsersCourseCreationTasksCreateCourseOutlineCreateBody",
    "AiMentorOrgsUsersCourseCreationTasksCreateCourseOutlineCreateBody2",
    "AiMentorOrgsUsersCourseCreationTasksCreateCourseOutlineCreateBody3",
    "AiMentorOrgsUsersDisclaimersListScope",
    "AiMentorOrgsUsersElevenlabsVoiceCreateBody",
    "AiMentorOrgsUsersElevenlabsVoiceCreateBody2",
    "AiMentorOrgsUsersElevenlabsVoiceCreateBody3",
    "AiMentorOrgsUsersMcpServerConnectionsListAuthType",
    "AiMentorOrgsUsersMcpServerConnectionsListScope",
    "AiMentorOrgsUsersMcpServersCreateBody",
    "AiMentorOrgsUsersMcpServersCreateBody2",
    "AiMentorOrgsUsersMcpServersCreateBody2AuthScope",
    "AiMentorOrgsUsersMcpServersCreateBody2AuthType",
    "AiMentorOrgsUsersMcpServersCreateBody3",
    "AiMentorOrgsUsersMcpServersCreateBody3AuthScope",
    "AiMentorOrgsUsersMcpServersCreateBody3AuthType",
    "AiMentorOrgsUsersMcpServersCreateBodyAuthScope",
    "AiMentorOrgsUsersMcpServersCreateBodyAuthType",
    "AiMentorOrgsUsersMcpServersListAuthScope",
    "AiMentorOrgsUsersMcpServersListAuthType",
    "AiMentorOrgsUsersMcpServersListTransport",
    "AiMentorOrgsUsersMcpServersOauthFindCreateBody",
    "AiMentorOrgsUsersMcpServersOauthFindCreateBody2",
    "AiMentorOrgsUsersMcpServersOauthFindCreateBody3",
    "AiMentorOrgsUsersMcpServersPartialUpdateBody",
    "AiMentorOrgsUsersMcpServersPartialUpdateBody2",
    "AiMentorOrgsUsersMcpServersPartialUpdateBody2AuthScope",
    "AiMentorOrgsUsersMcpServersPartialUpdateBody2AuthType",
    "AiMentorOrgsUsersMcpServersPartialUpdateBody3",
    "AiMentorOrgsUsersMcpServersPartialUpdateBody3AuthScope",
    "AiMentorOrgsUsersMcpServersPartialUpdateBody3AuthType",
    "AiMentorOrgsUsersMcpServersPartialUpdateBodyAuthScope",
    "AiMentorOrgsUsersMcpServersPartialUpdateBodyAuthType",
    "AiMentorOrgsUsersMcpServersUpdateBody",
    "AiMentorOrgsUsersMcpServersUpdateBody2",
    "AiMentorOrgsUsersMcpServersUpdateBody2AuthScope",
    "AiMentorOrgsUsersMcpServersUpdateBody2AuthType",
    "AiMentorOrgsUsersMcpServersUpdateBody3",
    "AiMentorOrgsUsersMcpServersUpdateBody3AuthScope",
    "AiMentorOrgsUsersMcpServersUpdateBody3AuthType",
    "AiMentorOrgsUsersMcpServersUpdateBodyAuthScope",
    "AiMentorOrgsUsersMcpServersUpdateBodyAuthType",
    "AiMentorOrgsUsersMemsearchConfigCreateBody",
    "AiMentorOrgsUsersMentorWithSettingsCreateBody",
    "AiMentorOrgsUsersMentorWithSettingsCreateBody2",
    "AiMentorOrgsUsersMentorWithSettingsCreateBody3",
    "AiMentorOrgsUsersMentorsCustomVoiceTtsCreateDataBody",
    "AiMentorOrgsUsersMentorsCustomVoiceTtsCreateFilesBody",
    "AiMentorOrgsUsersMentorsCustomVoiceTtsCreateJsonBody",
    "AiMentorOrgsUsersMentorsSettingsUpdateBody",
    "AiMentorOrgsUsersMentorsSettingsUpdateBody2",
    "AiMentorOrgsUsersMentorsSettingsUpdateBody3",
    "AiMentorOrgsUsersModerationLogsListTargetSystem",
    "AiMentorOrgsUsersPeriodicAgentLogsListStatus",
    "AiMentorOrgsUsersPeriodicAgentsListPreviousAgentStatus",
    "AiMentorOrgsUsersPeriodicAgentsListStatus",
    "AiMentorOrgsUsersPinMessageDestroyResponse204",
    "AiMentorOrgsUsersSafetyLogsListTargetSystem",
    "AiMentorOrgsUsersSessionsCreateResponse400",
    "AiMentorOrgsUsersSessionsCreateResponse404",
    "AiMentorOrgsUsersSessionsDestroyResponse204",
    "AiMentorOrgsUsersSupportTicketsListStatus",
    "AiMentorOrgsUsersVoicesListProvider",
    "AiMentorOrgsWorkflowsChatCreateBody",
    "AiPromptOrgsUsersSessionsGuidedPromptsRetrieveResponse404",
    "AiPromptOrgsUsersSessionsGuidedPromptsRetrieveResponse429",
    "AiPromptOrgsUsersSessionsGuidedPromptsRetrieveResponse500",
    "AlignMentorBubbleEnum",
    "AnalyticsConversationsRetrieveDateFilter",
    "AnalyticsConversationsRetrieveGranularity",
    "AnalyticsConversationsRetrieveMetric",
    "AnalyticsFinancialDetailsRetrieveDateFilter",
    "AnalyticsFinancialDetailsRetrieveGroupBy",
    "AnalyticsFinancialRetrieveDateFilter",
    "AnalyticsFinancialRetrieveFillMethod",
    "AnalyticsFinancialRetrieveGranularity",
    "AnalyticsFinancialRetrieveMetric",
    "AnalyticsFinancialRetrieveProvider",
    "AnalyticsLearnerDetailsRetrieveDateFilter",
    "AnalyticsLearnerDetailsRetrieveGranularity",
    "AnalyticsLearnersListRetrieveDateFilter",
    "AnalyticsLearnersListRetrieveGranularity",
    "AnalyticsLearnersListRetrieveSortBy",
    "AnalyticsLearnersListRetrieveSortOrder",
    "AnalyticsLearnersRetrieveDateFilter",
    "AnalyticsLearnersRetrieveGranularity",
    "AnalyticsMessagesRetrieveSentiment",
    "AnalyticsOverview",
    "AnalyticsRatingsRetrieveDateFilter",
    "AnalyticsRatingsRetrieveGranularity",
    "AnalyticsRatingsRetrieveMetric",
    "AnalyticsSessionsRetrieveDateFilter",
    "AnalyticsSessionsRetrieveGranularity",
    "AnalyticsSessionsRetrieveMetric",
    "AnalyticsTimeRetrieveDateFilter",
    "AnalyticsTimeRetrieveGranularity",
    "AnalyticsTopicsDetailsRetrieveDateFilter",
    "AnalyticsTopicsRetrieveDateFilter",
    "AnalyticsTopicsRetrieveGranularity",
    "AnalyticsTopicsRetrieveMetric",
    "AnalyticsUsersDetailsRetrieveDateFilter",
    "AnalyticsUsersRetrieveDateFilter",
    "AnalyticsUsersRetrieveGranularity",
    "AnalyticsUsersRetrieveMetric",
    "Answer",
    "App",
    "AppleSubscriptionStatusRequest",
    "AppleSubscriptionStatusView",
    "AppleVerifyTransactionId",
    "Artifact",
    "ArtifactList",
    "ArtifactRequest",
    "ArtifactVersion",
    "ArtifactVersionInterface",
    "Assertion",
    "AssertionCourse",
    "AssertionCredentialDetails",
    "AssertionProgram",
    "AssertionRecipient",
    "AssertionRequest",
    "AssociateAccountResponse",
    "AssociateAppleAccount",
    "AssumedKnowledge",
    "AssumedKnowledgeLevel",
    "AudienceOrgsActiveUsersOverTimeRetrieveFormat",
    "AudienceOrgsActiveUsersPerCourseRetrieveFormat",
    "AudienceOrgsActiveUsersUsersRetrieveFormat",
    "AudienceOrgsEnrollmentsCoursesOverTimeRetrieveActive",
    "AudienceOrgsEnrollmentsCoursesOverTimeRetrieveFormat",
    "AudienceOrgsEnrollmentsCoursesUsersRetrieveActive",
    "AudienceOrgsEnrollmentsCoursesUsersRetrieveFormat",
    "AudienceOrgsEnrollmentsOverTimeRetrieveActive",
    "AudienceOrgsEnrollmentsOverTimeRetrieveFormat",
    "AudienceOrgsEnrollmentsPerCourseRetrieveActive",
    "AudienceOrgsEnrollmentsPerCourseRetrieveFormat",
    "AudienceOrgsRegisteredUsersOverTimeRetrieveFormat",
    "AudienceOrgsRegisteredUsersPerCourseRetrieveActive",
    "AudienceOrgsRegisteredUsersPerCourseRetrieveFormat",
    "AudienceOrgsRegisteredUsersRetrieveFormat",
    "AudioToTextRequest",
    "AudioToTextResponse",
    "AuthScopeEnum",
    "AuthToken",
    "AuthTypeEnum",
    "AutoMemoryPrompt",
    "AutoRechargeTriggerRequest",
    "AutoRechargeTriggerResponse",
    "AutoRechargeTriggerResponseStatus",
    "AutoRechargeTriggerResponseStatusEnum",
    "Average",
    "AverageData",
    "AverageOvertime",
    "AverageOvertimeData",
    "AvgCourseGradeWithCutoff",
    "AvgCourseGradeWithCutoffData",
    "AvgCourseGradeWithCutoffDataGradeCutoffs",
    "BaseErrorResponse",
    "BaseFinanceResponse",
    "BaseResponse",
    "BillingPeriod",
    "BillingPlatformsItemsSubscribersListStatus",
    "BillingPlatformsMySubscriptionsListItemType",
    "BillingPlatformsMySubscriptionsListStatus",
    "BillingPlatformsPaywallsListItemType",
    "BillingPlatformsSubscribersListItemType",
    "BillingPlatformsSubscribersListStatus",
    "BillingTransactionsRetrieveTransactionType",
    "BlankCourseInvitationCreate",
    "BlankCourseInvitationCreateMetadata",
    "BlankEnum",
    "BlankPlatformInvitationCreate",
    "BlankPlatformInvitationCreateMetadata",
    "BlankProgramInvitationCreate",
    "BlankProgramInvitationCreateMetadata",
    "BlockSkillPointInfoRequest",
    "BlockSkillPointInfoRequestPointData",
    "Bot",
    "BotCommand",
    "BotCommandRequest",
    "BotCreate",
    "BotCreateRequest",
    "Breakdown",
    "BulkCourseInvitationCreate",
    "BulkCourseInvitationResponse",
    "BulkCreateAssertion",
    "BulkPlatformInvitationCreate",
    "BulkPlatformInvitationResponse",
    "BulkProgramInvitationCreate",
    "BulkProgramInvitationResponse",
    "BulkSuggestionResponse",
    "BusinessTypeEnum",
    "CallAuthenticationRequest",
    "CallAuthenticationResponse",
    "CallConfiguration",
    "CallConfigurationModeEnum",
    "CallConfigurationRequest",
    "CampaignEnablement",
    "CampaignExclusion",
    "CatalogAutoIncrementResponse",
    "CatalogAutoIncrementUpdateRequest",
    "CatalogEligibilityCoursesCheckRetrieveResponse200",
    "CatalogIncrementCreateResponse400",
    "CatalogIncrementCreateResponse500",
    "CatalogMetadataCourseSearchCreateResponse200",
    "CatalogMilestonesCompletionsCourseCatalogRetrieveResponse200",
    "CatalogMilestonesCompletionsCourseManageCreateResponse200",
    "CatalogMilestonesCompletionsCourseManageCreateResponse201",
    "CatalogMilestonesCompletionsCourseManageRetrieveResponse200",
    "CatalogMilestonesSkillPointsBlockRetrieveResponse200",
    "CatalogMilestonesSkillPointsCourseRetrieveResponse200",
    "CatalogMilestonesSkillPointsUserRetrieveResponse200",
    "CatalogResourcesCreateBody",
    "CatalogResourcesCreateBody2",
    "CatalogResourcesCreateBody3",
    "CatalogResourcesCreateResponse400",
    "CeleryHeartbeat",
    "CeleryHeartbeatFail",
    "CeleryHeartbeatFailStatusEnum",
    "CeleryHeartbeatStatusEnum",
    "ChatHistory",
    "ChatHistoryFilterData",
    "ChatHistoryFilterUser",
    "ChatHistoryItem",
    "ChatHistorySessionId",
    "ChatPrivacyModeEnum",
    "ChatSessionRequest",
    "ChatSessionResponse",
    "CheckDocumentTrainingStatus",
    "CheckoutSessionCreate",
    "CheckoutSessionResponse",
    "ClawInstance",
    "ClawInstanceDeployState",
    "ClawInstanceProvisionMode",
    "ClawInstanceRequest",
    "ClawInstanceStatus",
    "ClawInstanceStatusEnum",
    "ClawMentorConfig",
    "ClawMentorConfigRequest",
    "ClawModelProvider",
    "ClawModelProviderRequest",
    "ClawTypeEnum",
    "Company",
    "CompanyRequest",
    "ComparisonInfo",
    "ConfigurationItem",
    "ConnectedService",
    "ConsumerChannel",
    "ContentAnalytics",
    "ContentAverages",
    "ContentDetailsContentInfo",
    "ContentDetailsContentInfoMetadata",
    "ContentDetailsLearner",
    "ContentDetailsLearnerDetails",
    "ContentDetailsPagination",
    "ContentDetailsResponse",
    "ContentDetailsSummary",
    "ContentDetailsSummaryAverages",
    "ContentDetailsSummaryTotals",
    "ContentDetailsTimeSeries",
    "ContentDetailsTimeSeriesPoint",
    "ContentItem",
    "ContentPagination",
    "ContentResponse",
    "ContentSummary",
    "ContentTotals",
    "ContextResponse",
    "ContextResponseData",
    "ConversationChartPoint",
    "ConversationDetailResponse",
    "ConversationDetailResponseMessagesItem",
    "ConversationDetailResponseSummary",
    "ConversationListItem",
    "ConversationListResponse",
    "ConversationListResponsePagination",
    "ConversationListResponseSummary",
    "ConversationMessage",
    "ConversationRating",
    "ConversationSummary",
    "ConversationVolume",
    "Conversations",
    "ConversationsChart",
    "ConversationsRequest",
    "CoreOrgsDarkModeLogoRetrieveResponse200",
    "CoreOrgsFaviconRetrieveResponse200",
    "CoreOrgsLogoRetrieveResponse200",
    "CoreOrgsThumbnailRetrieveResponse200",
    "CorePlatformConfigSiteCreateDataBody",
    "CorePlatformConfigSiteCreateFilesBody",
    "CorePlatformConfigSiteCreateJsonBody",
    "CorePlatformConfigSiteCreateResponse200",
    "CorePlatformConfigSiteRetrieveResponse200",
    "CorePlatformsPublicImageAssetsFileRetrieveResponse200",
    "CoreUsersProxyBulkCreateResponse200Item",
    "Cost",
    "CostPerTenant",
    "Count",
    "CountData",
    "Course",
    "CourseAccessRequestCreate",
    "CourseAccessRequestDetail",
    "CourseAccessRequestDetailMetadata",
    "CourseAccessRequestStatusResponse",
    "CourseAccessRequestUpdate",
    "CourseCompletion",
    "CourseCompletionPerCourse",
    "CourseCompletionPerCourseData",
    "CourseCompletionSummaryDataOvertime",
    "CourseCompletionSummaryDataOvertimeOvertime",
    "CourseCompletionSummaryOvertime",
    "CourseCreateUpdate",
    "CourseCreationTask",
    "CourseCreationTaskFile",
    "CourseCreationTaskFileRequest",
    "CourseCreationTaskStatus",
    "CourseCreationTaskStatusEnum",
    "CourseDeleteResponse",
    "CourseDeleteResponseType",
    "CourseDetail",
    "CourseEnrollmentSearchResponse",
    "CourseGradeDetailBlock",
    "CourseGradeDetailSubSection",
    "CourseGradeSummary",
    "CourseGradeSummaryData",
    "CourseGradingDetail",
    "CourseGradingDetailData",
    "CourseGroupSuggestionCreate",
    "CourseGroupSuggestionCreateMetadata",
    "CourseGroupSuggestionDetail",
    "CourseGroupSuggestionDetailMetadata",
    "CourseInvitationCreate",
    "CourseInvitationCreateEnrollmentConfig",
    "CourseInvitationCreateMetadata",
    "CourseInvitationDetail",
    "CourseInvitationDetailMetadata",
    "CourseInvitationRedemption",
    "CourseInvitationRedemptionMetadata",
    "CourseLicenseAssignmentCreate",
    "CourseLicenseAssignmentCreateMetadata",
    "CourseLicenseAssignmentDetail",
    "CourseLicenseAssignmentDetailMetadata",
    "CourseLicenseCreate",
    "CourseLicenseCreateEnrollmentConfig",
    "CourseLicenseCreateMetadata",
    "CourseLicenseDetail",
    "CourseLicenseDetailMetadata",
    "CourseLicenseGroupAssignmentCreate",
    "CourseLicenseGroupAssignmentCreateMetadata",
    "CourseLicenseGroupAssignmentDetail",
    "CourseLicenseGroupAssignmentDetailMetadata",
    "CourseLicenseUpdate",
    "CourseLicenseUpdateMetadata",
    "CourseMetadataSearchRequest",
    "CourseMetadataUpdateRequest",
    "CoursePoint",
    "CourseRecommendation",
    "CourseRecommendationEdxData",
    "CourseReviewInfoResponse",
    "CourseReviewPaginatedResponse",
    "CourseReviewPaginatedResponseResultsItem",
    "CourseReviewRequest",
    "CourseReviewResponse",
    "CourseSkill",
    "CourseSkillPointInfoRequest",
    "CourseSkillPointInfoRequestPointData",
    "CourseSuggestionBulkCreate",
    "CourseSuggestionBulkCreateSuggestionDataItem",
    "CourseSuggestionCreate",
    "CourseSuggestionCreateMetadata",
    "CourseSuggestionDetail",
    "CourseSuggestionDetailMetadata",
    "CrawlerPatternTypeEnum",
    "CreateXblock",
    "CreateXblockXblockType",
    "Credential",
    "CredentialProviderConfig",
    "CredentialProviderConfigRequest",
    "CredentialRequest",
    "CredentialsOrgsUsersAssertionsOverTimeRetrieve2Format",
    "CredentialsOrgsUsersAssertionsOverTimeRetrieveFormat",
    "CredentialsOrgsUsersCourseAssertionsOverTimeRetrieve2Format",
    "CredentialsOrgsUsersCourseAssertionsOverTimeRetrieveFormat",
    "CredentialsOrgsUsersCredentialsOverTimeRetrieve2Format",
    "CredentialsOrgsUsersCredentialsOverTimeRetrieveFormat",
    "CreditAccountAutoRechargeUpdate",
    "CreditAccountInfo",
    "CreditTransactionHistory",
    "CreditTransactionHistoryStatusEnum",
    "CrontabSchedule",
    "CurrentUsersResponse",
    "CustomInstructionResponse",
    "CustomInstructionResponseRequest",
    "DataSet",
    "DataSetCreate",
    "DataSetCreateRequest",
    "DataSetPlatform",
    "DataSetRequest",
    "DataSetStatusEnum",
    "DateRange",
    "DeleteXblock",
    "DepartmentsOrgsRetrieveFormat",
    "DeployStateEnum",
    "DesiredRole",
    "DesiredRoleCreateUpdateRequest",
    "DesiredRoleCreateUpdateRequestRolesItem",
    "DesiredSkill",
    "DesiredSkillCreateUpdateRequest",
    "DesiredSkillCreateUpdateRequestSkillsItem",
    "DetailedGradeSubsection",
    "DetailedGradeView",
    "DetailedGradeViewData",
    "Disclaimer",
    "DisclaimerAgreement",
    "DisclaimerAgreementRequest",
    "DisclaimerRequest",
    "DisclaimerScopeEnum",
    "DiscordConfig",
    "DiscordUserConfig",
    "DiscordUserConfigRequest",
    "DiscordWebhook",
    "Document",
    "DocumentFacet",
    "DocumentFacetTerms",
    "DocumentFromPoolRequest",
    "DocumentSearchResponse",
    "DocumentSearchResponseFacets",
    "DocumentSettingsResponse",
    "Education",
    "EducationRequest",
    "EdxCourse",
    "EdxCourseRequest",
    "EdxSignalReceiverRequest",
    "ElevenlabsCustomVoice",
    "ElevenlabsCustomVoiceResponse",
    "EmailPromptDetail",
    "EmailPromptList",
    "EmailPromptSummary",
    "EngagementOrgsActivityRetrieveFormat",
    "EngagementOrgsCourseCompletionOverTimeRetrieveFormat",
    "EngagementOrgsCourseCompletionPerCourseRetrieveFormat",
    "EngagementOrgsCoursesTimeAverageRetrieveFormat",
    "EngagementOrgsCoursesTimeDetailRetrieveFormat",
    "EngagementOrgsCoursesTimeOverTimeRetrieveFormat",
    "EngagementOrgsCoursesTimeUsersDetailRetrieveFormat",
    "EngagementOrgsCoursesTimeUsersOverTimeRetrieveFormat",
    "EngagementOrgsCoursesTimeUsersRetrieveFormat",
    "EngagementOrgsCoursesVideosOverTimeRetrieveFormat",
    "EngagementOrgsCoursesVideosRetrieveFormat",
    "EngagementOrgsCoursesVideosSummaryRetrieveFormat",
    "EngagementOrgsCoursesVideosUsersRetrieveFormat",
    "EngagementOrgsTimeAveragePerlearnerPercourseRetrieveFormat",
    "EngagementOrgsTimeAverageWithOverTimeRetrieveFormat",
    "EngagementOrgsTimeOverTimeRetrieveFormat",
    "EngagementOrgsTimePerCourseRetrieveFormat",
    "EngagementOrgsVideosOverTimeRetrieveFormat",
    "EngagementOrgsVideosRetrieveFormat",
    "EngagementPerCourse",
    "EngagementPerCourseData",
    "EnrollmentInfo",
    "Enrollments",
    "EnrollmentsData",
    "EnrollmentsPerUser",
    "EnrollmentsPerUserData",
    "Entity",
    "EntityTypeEnum",
    "Error",
    "ErrorDetail",
    "ErrorResponse",
    "Experience",
    "ExperienceRequest",
    "ExternalCredentialMapping",
    "ExternalCredentialMappingRequest",
    "ExternalServiceInfo",
    "FallbackLLM",
    "FallbackLLMCreate",
    "FallbackLLMCreateFallbackProviderName",
    "FallbackLLMCreateScope",
    "FallbackLLMCreateSourceProviderName",
    "FallbackLLMScope",
    "FallbackLLMUpdate",
    "FallbackLLMUpdateScope",
    "FileTypeEnum",
    "FileUploadURLRequest",
    "FileUploadURLResponse",
    "FinanceDetailsResponse",
    "FinanceFilters",
    "FlowTypeEnum",
    "FreeUsageCount",
    "GCPTenantLaunchRequest",
    "GetContentAnalyticsDateFilter",
    "GetContentAnalyticsGranularity",
    "GetContentAnalyticsMetric",
    "GetContentDetailsDateFilter",
    "GetContentDetailsMetric",
    "GlobalCatalogSearchResponse",
    "GlobalCatalogSearchResponseFacets",
    "GlobalCatalogSearchResponseResultsItem",
    "GoogleAgentDetail",
    "GoogleAgentDetailRequest",
    "GooglePayAccountResponse",
    "GooglePayAccountResponseStatusEnum",
    "GooglePayVerifyToken",
    "GradingPerUser",
    "GradingPerUserData",
    "GrandfatheringStrategyEnum",
    "GrantMentorAccessRequest",
    "GreetingMethodEnum",
    "GroupList",
    "GroupListData",
    "GuidedPrompt",
    "GuidedPromptsResponse",
    "HeygenMarketingVideoDetail",
    "HeygenMarketingVideoList",
    "HeygenMarketingVideoListRequest",
    "HeygenTemplateRequest",
    "HeygenTemplateResponseSingle",
    "HeygenVideoDetail",
    "HeygenVideoRequest",
    "HumanSupportRecipientModeEnum",
    "HumanSupportTicket",
    "HumanSupportTicketRequest",
    "HumanSupportTicketStatusEnum",
    "ImageUpload",
    "InputQuestion",
    "Institution",
    "InstitutionRequest",
    "InstitutionTypeEnum",
    "IntegrationCredential",
    "IntegrationCredentialSchema",
    "InterfaceEnum",
    "IntervalEnum",
    "IntialQuestionAnswer",
    "InvalidQueryParameters",
    "InvoiceReportResponse",
    "Issuer",
    "IssuerAuthority",
    "IssuerRequest",
    "IssuerSignatories",
    "ItemAccessCheckResponse",
    "ItemAccessCheckResponseItemType",
    "ItemPaywallConfig",
    "ItemPaywallConfigCreate",
    "ItemPaywallConfigGrandfatheringStrategy",
    "ItemPaywallConfigItemType",
    "ItemPrice",
    "ItemPriceCreate",
    "ItemPriceCreateInterval",
    "ItemPriceInterval",
    "ItemSubscription",
    "ItemSubscriptionItemType",
    "ItemSubscriptionList",
    "ItemSubscriptionListItemType",
    "ItemSubscriptionListStatus",
    "ItemSubscriptionStatus",
    "ItemType3E2Enum",
    "ItemType40FEnum",
    "ItemTypeCommission",
    "JobRun",
    "KindEnum",
    "LLMCredentialRequest",
    "LLMCredentialResponse",
    "LLMCredentialSchema",
    "LLMModelForTenant",
    "LLMModelForTenantRequest",
    "LLMModelRegistryMinimal",
    "LLMProviderMinimal",
    "LLMProviderMinimalName",
    "LLMQuestion",
    "LLMResponse",
    "LLMTracesListResponse",
    "LanguagesView",
    "LanguagesViewRequest",
    "LauncherViewPostRequest",
    "LearnerAnalyticsResponse",
    "LearnerAnalyticsResult",
    "LearnerData",
    "LearnerDetailsResponse",
    "LearnerInformationAPI",
    "LearnerInformationAPIData",
    "LearnerInformationAPIDataTimeSpentOvertime",
    "LearnerListItem",
    "LearnerListPagination",
    "LearnerListResponse",
    "LearnerMetrics",
    "LearnerSummary",
    "LinkCourseRequest",
    "LinkCourseResponse",
    "LlmProviderEnum",
    "LtiKey",
    "LtiKeyRequest",
    "LtiLaunchGate",
    "LtiMentor",
    "LtiMentorCourseXBlock",
    "LtiMentorCourseXBlockRequest",
    "LtiMentorRequest",
    "LtiTool",
    "LtiToolRequest",
    "MCPServer",
    "MCPServerAuthScope",
    "MCPServerAuthType",
    "MCPServerConnection",
    "MCPServerConnectionConnectedServiceSummary",
    "MCPServerConnectionRequest",
    "MCPServerConnectionScope",
    "MCPServerConnectionScopeEnum",
    "MCPServerOauthFind",
    "ManagerAuthToken",
    "MarkAllReadRequest",
    "MarkAllReadResponse",
    "MaskedIntegrationCredential",
    "MaskedLLMCredential",
    "MediaResource",
    "MediaResourceItemType",
    "MediaResourceItemTypeEnum",
    "MediaResourceMediaType",
    "MediaTypeEnum",
    "MemoryComponentData",
    "MemoryComponentMemory",
    "MemoryComponentMemoryDetail",
    "MemoryComponentResponse",
    "MemoryProgress",
    "MemoryStatusRequestView",
    "MemoryStatusView",
    "Mentor",
    "MentorAudience",
    "MentorAudienceRequest",
    "MentorBreakdown",
    "MentorCategory",
    "MentorCategoryCreate",
    "MentorCategoryGroup",
    "MentorCategoryGroupCreate",
    "MentorCategoryGroupCreateRequest",
    "MentorCreate",
    "MentorCreateGreetingMethod",
    "MentorCreateRequest",
    "MentorCreateStarterPrompts",
    "MentorCustomVoice",
    "MentorCustomVoiceResponse",
    "MentorData",
    "MentorDetail",
    "MentorDetailAnalytics",
    "MentorEval",
    "MentorEvalQuestion",
    "MentorEvalQuestionRequest",
    "MentorEvalReport",
    "MentorEvalRequest",
    "MentorFacet",
    "MentorFacetTerms",
    "MentorFork",
    "MentorFromTemplateWithSettingRequest",
    "MentorGreetingMethod",
    "MentorInteractions",
    "MentorMemorySettingsRequest",
    "MentorMemorySettingsResponse",
    "MentorMetadata",
    "MentorPolicy",
    "MentorPolicyRequest",
    "MentorScenario",
    "MentorScenarioPrompt",
    "MentorSearchResponse",
    "MentorSearchResponseFacets",
    "MentorSession",
    "MentorSettings",
    "MentorSettingsMentorVisibility",
    "MentorSettingsPublic",
    "MentorSettingsPublicMentorVisibility",
    "MentorSettingsRequest",
    "MentorSkillAssignment",
    "MentorSkillAssignmentRequest",
    "MentorStarterPrompts",
    "MentorSummary",
    "MentorType",
    "MentorUserSetting",
    "MentorVisibilityEnum",
    "MentorWizard",
    "MessageStatistics",
    "MessageView",
    "MessageViewRequest",
    "MessageViewUpdatResponse",
    "Metadata",
    "MetricChange",
    "MetricDetail",
    "MetricDetailDetailsItem",
    "MetricInfo",
    "ModelCost",
    "ModerationLog",
    "NameEnum",
    "NewPerLearnerList",
    "NewPerLearnerListData",
    "NoChatMessagesFound",
    "Notification",
    "NotificationCount",
    "NotificationCountStatus",
    "NotificationPreview",
    "NotificationPreviewContext",
    "NotificationSource",
    "NotificationSourceTypeEnum",
    "NotificationStatus",
    "NotificationTemplateData",
    "NotificationTemplateDetail",
    "NotificationTemplateDetailHumanSupportCustomRecipientsItem",
    "NotificationTemplateDetailHumanSupportRecipientMode",
    "NotificationTemplateDetailPeriodicFrequency",
    "NotificationTemplateDetailPeriodicLearnerScope",
    "NotificationTemplateDetailPeriodicMentorsItem",
    "NotificationTemplateDetailPolicyEnabledPoliciesItem",
    "NotificationTemplateDetailType",
    "NotificationTemplateList",
    "NotificationTemplateListType",
    "NotificationTemplateTest",
    "NotificationTemplateTestResponse",
    "NotificationToggle",
    "NotificationV1CampaignsUnsubscribeRetrieveResponse",
    "NotificationV1OrgsCampaignsEnableCreateResponse",
    "NotificationV1OrgsCampaignsExcludeCreateResponse",
    "NotificationV1OrgsUsersNotificationsCountRetrieveStatus",
    "NotificationV1PlatformsTemplatesResetCreateResponse",
    "NotificationsUpdate",
    "NotificationsUpdateStatus",
    "OAuthProvider",
    "OAuthService",
    "OAuthStartResponse",
    "OauthCredentialsMasked",
    "Observation",
    "OfflineDocument",
    "OfflineDocumentAccess",
    "OnboardingStatusUpdate",
    "OverTime",
    "OverTimeData",
    "OverTimeWithTotal",
    "OverTimeWithTotalData",
    "OvertimeData",
    "OvertimeDataPoint",
    "OvertimeMeta",
    "OvertimeWithChangeInfo",
    "OvertimeWithChangeInfoData",
    "OverviewOrgsActiveUsersRetrieveFormat",
    "OverviewOrgsAverageGradeRetrieveFormat",
    "OverviewOrgsCoursesCompletionsRetrieveFormat",
    "OverviewOrgsLearnersRetrieveFormat",
    "OverviewOrgsMostActiveCoursesRetrieveFormat",
    "OverviewOrgsRegisteredUsersRetrieveFormat",
    "PageContent",
    "PaginatedAIGeneratedImageList",
    "PaginatedAgentConfigList",
    "PaginatedAgentSkillList",
    "PaginatedAgentSkillResourceList",
    "PaginatedArtifactListList",
    "PaginatedArtifactVersionList",
    "PaginatedAssertionsResponse",
    "PaginatedClawInstanceList",
    "PaginatedClawMentorConfigList",
    "PaginatedClawModelProviderList",
    "PaginatedConversationsList",
    "PaginatedCourseAccessRequest",
    "PaginatedCourseCreationTaskFileList",
    "PaginatedCourseCreationTaskList",
    "PaginatedCourseGroupSuggestion",
    "PaginatedCourseInvitation",
    "PaginatedCourseLicense",
    "PaginatedCourseLicenseAssignment",
    "PaginatedCourseLicenseGroupAssignment",
    "PaginatedCourseSuggestion",
    "PaginatedDataSetList",
    "PaginatedDisclaimerAgreementList",
    "PaginatedDisclaimerList",
    "PaginatedEdxCourseList",
    "PaginatedEmailPromptListList",
    "PaginatedGoogleAgentDetailList",
    "PaginatedHeygenMarketingVideoListList",
    "PaginatedHeygenTemplateResponseSingleList",
    "PaginatedHumanSupportTicketList",
    "PaginatedItemPaywallConfigList",
    "PaginatedItemSubscriptionList",
    "PaginatedItemSubscriptionListList",
    "PaginatedJobRunList",
    "PaginatedMCPServerConnectionList",
    "PaginatedMCPServerList",
    "PaginatedMentorList",
    "PaginatedMentorSkillAssignmentList",
    "PaginatedModerationLogList",
    "PaginatedObservationList",
    "PaginatedOfflineDocumentList",
    "PaginatedPathwayGroupSuggestion",
    "PaginatedPathwaySuggestion",
    "PaginatedPeriodicAgentList",
    "PaginatedPeriodicAgentLogList",
    "PaginatedPlatformInvitation",
    "PaginatedPlatformLicense",
    "PaginatedPlayWrightScriptList",
    "PaginatedProgramGroupSuggestion",
    "PaginatedProgramInvitation",
    "PaginatedProgramLicense",
    "PaginatedProgramLicenseAssignment",
    "PaginatedProgramLicenseGroupAssignment",
    "PaginatedProgramSuggestion",
    "PaginatedProjectList",
    "PaginatedRbacGroupList",
    "PaginatedRbacPolicyList",
    "PaginatedRbacRoleList",
    "PaginatedRetrieverDocumentEmbeddingList",
    "PaginatedSkill",
    "PaginatedSkillRequest",
    "PaginatedTicketMessageList",
    "PaginatedTopicStatisticsResponse",
    "PaginatedTraceList",
    "PaginatedTrainingList",
    "PaginatedUserAppList",
    "PaginatedUserEdxMemoryList",
    "PaginatedUserGroupList",
    "PaginatedUserLicense",
    "PaginatedUserLicenseAssignment",
    "PaginatedUserLicenseGroupAssignment",
    "PaginatedUserMemoryList",
    "PaginatedVeoVideoListList",
    "PaginatedVoiceList",
    "PaginatedWorkflowList",
    "Pagination",
    "PatchedAgentConfig",
    "PatchedAgentSkill",
    "PatchedAgentSkillResource",
    "PatchedArtifact",
    "PatchedBotCommand",
    "PatchedBotCreate",
    "PatchedCallConfiguration",
    "PatchedClawInstance",
    "PatchedClawInstanceDeployState",
    "PatchedClawInstanceProvisionMode",
    "PatchedClawInstanceStatus",
    "PatchedClawMentorConfig",
    "PatchedClawModelProvider",
    "PatchedConversations",
    "PatchedCourseCreationTaskFile",
    "PatchedCredentialRequest",
    "PatchedCreditAccountAutoRechargeUpdate",
    "PatchedDataSet",
    "PatchedDataSetPlatform",
    "PatchedDisclaimer",
    "PatchedDiscordConfig",
    "PatchedDiscordUserConfig",
    "PatchedFallbackLLMUpdate",
    "PatchedFallbackLLMUpdateScope",
    "PatchedGoogleAgentDetail",
    "PatchedHumanSupportTicket",
    "PatchedLLMCredentialRequest",
    "PatchedMCPServer",
    "PatchedMCPServerAuthScope",
    "PatchedMCPServerAuthType",
    "PatchedMCPServerConnection",
    "PatchedMCPServerConnectionConnectedServiceSummary",
    "PatchedMCPServerConnectionScope",
    "PatchedMediaResource",
    "PatchedMediaResourceItemType",
    "PatchedMediaResourceMediaType",
    "PatchedMentorCategoryGroupCreate",
    "PatchedMentorCreate",
    "PatchedMentorCreateGreetingMethod",
    "PatchedMentorCreateStarterPrompts",
    "PatchedMentorSkillAssignment",
    "PatchedNotification",
    "PatchedNotificationStatus",
    "PatchedNotificationTemplateDetail",
    "PatchedNotificationTemplateDetailHumanSupportCustomRecipientsItem",
    "PatchedNotificationTemplateDetailHumanSupportRecipientMode",
    "PatchedNotificationTemplateDetailPeriodicFrequency",
    "PatchedNotificationTemplateDetailPeriodicLearnerScope",
    "PatchedNotificationTemplateDetailPeriodicMentorsItem",
    "PatchedNotificationTemplateDetailPolicyEnabledPoliciesItem",
    "PatchedNotificationTemplateDetailType",
    "PatchedNotificationToggle",
    "PatchedPeriodicAgentCreate",
    "PatchedPeriodicAgentCreatePreviousAgentStatus",
    "PatchedPlatformPublicImageAsset",
    "PatchedPlatformPublicMetadata",
    "PatchedPlayWrightScript",
    "PatchedProject",
    "PatchedPrompt",
    "PatchedPromptPromptVisibility",
    "PatchedRbacGroup",
    "PatchedRbacPolicy",
    "PatchedRbacRole",
    "PatchedSCIMGroup",
    "PatchedSCIMGroupMembersItem",
    "PatchedSCIMUserResponse",
    "PatchedSkillThreshold",
    "PatchedSlackConfig",
    "PatchedSlackUserConfig",
    "PatchedTeamsConfig",
    "PatchedTicketMessage",
    "PatchedTrainingCreate",
    "PatchedUserGroup",
    "PatchedWebexConfig",
    "PatchedWhatsappConfig",
    "PatchedWhatsappUserConfig",
    "PatchedWorkflow",
    "Pathway",
    "PathwayCompletion",
    "PathwayCompletionResponse",
    "PathwayCreateUpdateRequest",
    "PathwayCreateUpdateRequestPathItem",
    "PathwayDeleteResponse",
    "PathwayDeleteResponseType",
    "PathwayDetail",
    "PathwayEnrollment",
    "PathwayEnrollmentPlus",
    "PathwayEnrollmentRequest",
    "PathwayGroupSuggestionCreate",
    "PathwayGroupSuggestionCreateMetadata",
    "PathwayGroupSuggestionDetail",
    "PathwayGroupSuggestionDetailMetadata",
    "PathwaySelfEnrollmentRequest",
    "PathwaySuggestionBulkCreate",
    "PathwaySuggestionBulkCreateSuggestionDataItem",
    "PathwaySuggestionCreate",
    "PathwaySuggestionCreateMetadata",
    "PathwaySuggestionDetail",
    "PathwaySuggestionDetailMetadata",
    "PerLearnerCourseLastAccessData",
    "PerLearnerCourseVideosWatched",
    "PerLearnerCourseVideosWatchedData",
    "PerLearnerLastAccess",
    "PerLearnerLastAccessData",
    "PerLearnerTimeSpentInCourseTree",
    "PerformanceGradesPerCourse",
    "PerformanceGradesPerCourseData",
    "PerformanceOrgsCoursesGradingAverageRetrieveFormat",
    "PerformanceOrgsCoursesGradingAverageWithCutoffRetrieveFormat",
    "PerformanceOrgsCoursesGradingDetailRetrieveFormat",
    "PerformanceOrgsCoursesGradingPerLearnerRetrieveFormat",
    "PerformanceOrgsCoursesGradingSummaryRetrieveFormat",
    "PerformanceOrgsGradingAverageRetrieveFormat",
    "PerformanceOrgsGradingPerCourseRetrieveFormat",
    "PeriodEnum",
    "PeriodInfo",
    "PeriodicAgent",
    "PeriodicAgentCreate",
    "PeriodicAgentCreatePreviousAgentStatus",
    "PeriodicAgentCreateRequest",
    "PeriodicAgentLog",
    "PeriodicAgentLogStatusEnum",
    "PeriodicAgentPreviousAgentStatus",
    "PeriodicAgentStatistics",
    "PeriodicFrequencyEnum",
    "PeriodicLearnerScopeEnum",
    "PeriodicTask",
    "PeriodicTaskRequest",
    "PerlearnerCourseProgress",
    "PerlearnerCourseProgressData",
    "PerlearnerEngagementVideosData",
    "PerlearnerEngagementVideosWatchedPerCourse",
    "PerlearnerGradeSummary",
    "PerlearnerGradeSummaryData",
    "PerlearnerGradeWithCutOff",
    "PerlearnerGradeWithCutOffData",
    "PerlearnerGradeWithCutOffDataGradeCutoffs",
    "PerlearnerGradingPerCourseAPI",
    "PerlearnerGradingPerCourseAPIData",
    "PerlearnerOrgsLearnersRetrieveFormat",
    "PerlearnerOrgsUsersActivityRetrieveFormat",
    "PerlearnerOrgsUsersCoursesGradingCutoffsRetrieveFormat",
    "PerlearnerOrgsUsersCoursesGradingDetailRetrieveFormat",
    "PerlearnerOrgsUsersCoursesGradingSummaryRetrieveFormat",
    "PerlearnerOrgsUsersCoursesOverviewGradeRetrieveFormat",
    "PerlearnerOrgsUsersCoursesOverviewPerformanceIndexRetrieveFormat",
    "PerlearnerOrgsUsersCoursesOverviewTimeOverTimeRetrieveFormat",
    "PerlearnerOrgsUsersCoursesVideosOverTimeRetrieveFormat",
    "PerlearnerOrgsUsersCoursesVideosRetrieveFormat",
    "PerlearnerOrgsUsersGradesPerCourseRetrieveFormat",
    "PerlearnerOrgsUsersInfoRetrieveFormat",
    "PerlearnerOrgsUsersInfoRetrieveMeta",
    "PerlearnerOrgsUsersLastAccessRetrieveFormat",
    "PerlearnerOrgsUsersOverviewEngagementIndexRetrieveFormat",
    "PerlearnerOrgsUsersOverviewGradesAverageRetrieveFormat",
    "PerlearnerOrgsUsersOverviewPerformanceIndexRetrieveFormat",
    "PerlearnerOrgsUsersOverviewTimeOverTimeRetrieveFormat",
    "PerlearnerOrgsUsersRetrieveFormat",
    "PerlearnerOrgsUsersVideosOverTimeRetrieveFormat",
    "PerlearnerOrgsUsersVideosPerCourseRetrieveFormat",
    "PerlearnerUserList",
    "PerlearnerUserListData",
    "PermissionCheckRequest",
    "PieChartData",
    "PieChartSegment",
    "PinnedMessageCreate",
    "PinnedMessageRequest",
    "Platform",
    "PlatformApiKey",
    "PlatformApiKeyRequest",
    "PlatformConfigurationList",
    "PlatformConfigurationListConfigurations",
    "PlatformConfigurationSet",
    "PlatformConfigurationSetResponse",
    "PlatformConfigurationSetResponseResultsItem",
    "PlatformInfo",
    "PlatformInvitationCreate",
    "PlatformInvitationCreateMetadata",
    "PlatformInvitationDetail",
    "PlatformInvitationDetailMetadata",
    "PlatformInvitationRedemption",
    "PlatformInvitationRedemptionMetadata",
    "PlatformLicenseCreate",
    "PlatformLicenseCreateMetadata",
    "PlatformLicenseDetail",
    "PlatformLicenseDetailMetadata",
    "PlatformLicenseUpdate",
    "PlatformLicenseUpdateMetadata",
    "PlatformList",
    "PlatformListStatusEnum",
    "PlatformMembershipConfig",
    "PlatformMembershipConfigPostRequest",
    "PlatformMetrics",
    "PlatformOrgsCoursesCountRetrieveFormat",
    "PlatformOrgsCoursesUsersProgressRetrieveFormat",
    "PlatformOrgsCoursesUsersTimeCountRetrieveFormat",
    "PlatformOrgsCoursesUsersVideosCountRetrieveFormat",
    "PlatformOrgsCoursesVideosRetrieveFormat",
    "PlatformOrgsUsersActiveCountRetrieveFormat",
    "PlatformOrgsUsersCountRetrieveFormat",
    "PlatformOrgsUsersCoursesCompletedCountRetrieveFormat",
    "PlatformPrompt",
    "PlatformPromptRecommendationType",
    "PlatformPromptResponse",
    "PlatformPublicImageAsset",
    "PlatformPublicImageAssetRequest",
    "PlatformPublicMetadata",
    "PlatformPublicMetadataRequest",
    "PlatformRevenueSummary",
    "PlatformSkillPointBulkRequest",
    "PlatformSkillPointBulkRequestSkillPointDataItem",
    "PlatformSkillPointBulkResponse",
    "PlatformSkillPointGroupRequest",
    "PlatformSkillPointGroupRequestPointData",
    "PlatformSkillPointRequest",
    "PlatformSkillPointRequestPointData",
    "PlatformSkillPointResponse",
    "PlatformSkillPointResponseResultsItem",
    "PlatformSummary",
    "PlatformUpdatePostRequest",
    "PlatformsItemsSubscribersListStatus",
    "PlatformsMySubscriptionsListItemType",
    "PlatformsMySubscriptionsListStatus",
    "PlatformsPaywallsListItemType",
    "PlatformsSubscribersListItemType",
    "PlatformsSubscribersListStatus",
    "PlayWrightScript",
    "PlayWrightScriptRequest",
    "PointsMetric",
    "PointsMetricDetailsItem",
    "PointsPercentile",
    "PortalUrlResponse",
    "PredictiveAnalyticsRequest",
    "PredictiveAnalyticsResponse",
    "PreviewResponse",
    "PreviousAgentStatusEnum",
    "Program",
    "ProgramCompletion",
    "ProgramCompletionResponse",
    "ProgramCoursePosition",
    "ProgramCoursePositionRequest",
    "ProgramCreateUpdateRequest",
    "ProgramCreateUpdateRequestCourseListItem",
    "ProgramDeleteResponse",
    "ProgramDeleteResponseType",
    "ProgramDetail",
    "ProgramEnrollment",
    "ProgramEnrollmentPlus",
    "ProgramEnrollmentPlusProgramMetadata",
    "ProgramEnrollmentPlusRequest",
    "ProgramEnrollmentRequest",
    "ProgramEnrollmentSearchResponse",
    "ProgramGroupSuggestionCreate",
    "ProgramGroupSuggestionCreateMetadata",
    "ProgramGroupSuggestionDetail",
    "ProgramGroupSuggestionDetailMetadata",
    "ProgramInvitationCreate",
    "ProgramInvitationCreateEnrollmentConfig",
    "ProgramInvitationCreateMetadata",
    "ProgramInvitationDetail",
    "ProgramInvitationDetailMetadata",
    "ProgramInvitationRedemption",
    "ProgramInvitationRedemptionMetadata",
    "ProgramLicenseAssignmentCreate",
    "ProgramLicenseAssignmentCreateMetadata",
    "ProgramLicenseAssignmentDetail",
    "ProgramLicenseAssignmentDetailMetadata",
    "ProgramLicenseCreateDetail",
    "ProgramLicenseCreateDetailEnrollmentConfig",
    "ProgramLicenseCreateDetailMetadata",
    "ProgramLicenseDetail",
    "ProgramLicenseDetailAssignments",
    "ProgramLicenseDetailMetadata",
    "ProgramLicenseGroupAssignmentCreate",
    "ProgramLicenseGroupAssignmentCreateMetadata",
    "ProgramLicenseGroupAssignmentDetail",
    "ProgramLicenseGroupAssignmentDetailMetadata",
    "ProgramLicenseUpdateDetail",
    "ProgramLicenseUpdateDetailEnrollmentConfig",
    "ProgramLicenseUpdateDetailMetadata",
    "ProgramMetadataRequest",
    "ProgramMetadataRequestMetadata",
    "ProgramMetadataResponse",
    "ProgramRequest",
    "ProgramReview",
    "ProgramReviewInfoResponse",
    "ProgramReviewPaginatedResponse",
    "ProgramReviewRequest",
    "ProgramSearch",
    "ProgramSearchRequest",
    "ProgramSuggestionBulkCreate",
    "ProgramSuggestionBulkCreateSuggestionDataItem",
    "ProgramSuggestionCreate",
    "ProgramSuggestionCreateMetadata",
    "ProgramSuggestionDetail",
    "ProgramSuggestionDetailMetadata",
    "ProgramTypeEnum",
    "Project",
    "ProjectMentor",
    "ProjectRequest",
    "Prompt",
    "PromptCategory",
    "PromptCategoryRequest",
    "PromptFacet",
    "PromptFacetTerms",
    "PromptPromptVisibility",
    "PromptRequest",
    "PromptSearchResponse",
    "PromptSearchResponseFacets",
    "PromptVisibilityEnum",
    "Provider05CEnum",
    "Provider63AEnum",
    "ProviderAssociationStripeCallbackRetrieveResponse",
    "ProviderAssociationStripeCallbackRetrieveResponseModel404",
    "ProviderBreakdown",
    "ProvisionModeEnum",
    "PublicItemPricing",
    "QuestionCardTag",
    "QuestionRequest",
    "QuestionResponse",
    "RatingAverageRecord",
    "RatingEnum",
    "RatingRecord",
    "RatingsOvertime",
    "RbacBaseRole",
    "RbacGroup",
    "RbacGroupRequest",
    "RbacPlatform",
    "RbacPolicy",
    "RbacPolicyGroup",
    "RbacPolicyRequest",
    "RbacRole",
    "RbacRoleRequest",
    "RbacUser",
    "RecentlyAccessedMentor",
    "Recipient",
    "RecommendationSearchAPI",
    "RecommendationTypeEnum",
    "RecommendedCoursesResponse",
    "RecommendedCoursesResponseFacets",
    "RecommendedCoursesResponseResultsItem",
    "RedirectTokenRequest",
    "RedirectTokenResponse",
    "RelatedText",
    "RemoveMentorFromDisclaimer",
    "ReorderChildren",
    "ReportCreate",
    "ReportData",
    "ReportDetail",
    "ReportList",
    "ReportRequest",
    "ReportStatus",
    "ReportStatusState",
    "ReportedRole",
    "ReportedRoleCreateUpdateRequest",
    "ReportedRoleCreateUpdateRequestRolesItem",
    "ReportedSkill",
    "ReportedSkillCreateUpdateRequest",
    "ReportedSkillCreateUpdateRequestSkillsItem",
    "RequestDataVariable",
    "Resource",
    "ResourceCompletion",
    "ResourceCompletionRequest",
    "ResourceCreateUpdate",
    "ResourceDeleteResponse",
    "ResourceDeleteResponseType",
    "ResourcePoint",
    "ResourceScrappedData",
    "ResourceScrappedDataStatus",
    "ResourceScrappedDataStatusEnum",
    "ResponseDataVariable",
    "RetreiverTrainViewRequest",
    "RetreiverTrainViewResponse",
    "RetrieveTask",
    "RetrieverDocumentEmbedding",
    "RetrieverDocumentEmbeddingAccess",
    "RetrieverDocumentEmbeddingCrawlerPatternType",
    "RetrieverDocumentEmbeddingRequest",
    "RetrieverDocumentEmbeddingRequestAccess",
    "RetrieverDocumentEmbeddingRequestCrawlerPatternType",
    "RetrieverDocumentEmbeddingTrainingStatus",
    "RetrieverRequestSearch",
    "RetrieverRequestSearchDocument",
    "RetrieverResponseSearch",
    "ReuestDataVariableList",
    "Role",
    "RoleCreateUpdateRequest",
    "RunMentorEval",
    "SCIMAddress",
    "SCIMEmail",
    "SCIMEnterpriseUser",
    "SCIMEnterpriseUserDepartmentsItem",
    "SCIMEnterpriseUserGroupsItem",
    "SCIMEnterpriseUserPlatformsItem",
    "SCIMEnterpriseUserRbacGroupsItem",
    "SCIMGroup",
    "SCIMGroupListResponse",
    "SCIMGroupListResponseResourcesItem",
    "SCIMGroupMembersItem",
    "SCIMMeta",
    "SCIMName",
    "SCIMPhoneNumber",
    "SCIMUserCreateRequest",
    "SCIMUserListResponse",
    "SCIMUserListResponseResourcesItem",
    "SCIMUserResponse",
    "ScanWebhookRequest",
    "ScanWebhookResponse",
    "ScopeC1DEnum",
    "SearchPersonalizedCatalogRetrieveResponse200",
    "SeedMentorsView",
    "SendNotification",
    "SendResponse",
    "SentimentSummary",
    "SentimentSummarySentimentDistribution",
    "ServicePlatformsStripeConnectDashboardRetrieveResponse404",
    "ServicePlatformsStripeConnectDestroyResponse200",
    "ServicePlatformsStripeConnectDestroyResponse404",
    "ServicePlatformsStripeConnectOnboardCreateResponse400",
    "ServicePlatformsStripeConnectOnboardRefreshCreateResponse400",
    "SessionBrowserScreenshot",
    "SessionChartPoint",
    "SessionDetail",
    "SessionMemoryAttachment",
    "SessionMemoryStorage",
    "SessionSummary",
    "SessionSummaryMentor",
    "SessionsChart",
    "SetCurrentVersionRequest",
    "SetStudentLLMAccess",
    "SetStudentMentorCreationPermission",
    "ShareableMentorLink",
    "ShareableMentorLinkRequest",
    "SharedSessionUpdateRequest",
    "SharedSessionUpdateResponse",
    "ShellLogs",
    "Skill",
    "SkillCreateUpdateRequest",
    "SkillDetail",
    "SkillInfo",
    "SkillThreshold",
    "SkillsDetail",
    "SkillsMetric",
    "SkillsMetricDetailsItem",
    "SlackConfig",
    "SlackConfigRequest",
    "SlackUserConfig",
    "SlackUserConfigRequest",
    "SlackWebhook",
    "SlackWebhookEvent",
    "Spa",
    "SpacedRepetitionLearningPath",
    "SpacedRepetitionQuestionStats",
    "StarMentor",
    "StarterPrompts8C6Enum",
    "StarterPromptsB04Enum",
    "StateEnum",
    "Status0E3Enum",
    "Status3DaEnum",
    "Step",
    "StepStatusEnum",
    "StopGenerationRequest",
    "StripeBillingPageIdentifierResponse",
    "StripeCheckoutSessionRequest",
    "StripeCheckoutSessionRequestMode",
    "StripeCheckoutSessionRequestModeEnum",
    "StripeCheckoutSessionRequestPeriod",
    "StripeCheckoutSessionResponse",
    "StripeConnectDashboardLink",
    "StripeConnectOnboard",
    "StripeConnectOnboardBusinessType",
    "StripeConnectOnboardResponse",
    "StripeConnectStatus",
    "StripeContext",
    "StripeCustomerPortalRequest",
    "StripeCustomerPortalRequestFlowType",
    "StripeCustomerPortalResponse",
    "StripeLocalProduct",
    "StripeNewUserTenantLaunchRequest",
    "StripeSubscriptionRenewalRequest",
    "StripeSubscriptionRenewalResponse",
    "SttProviderEnum",
    "StudentChatMessage",
    "StudentLLMAccessResponse",
    "StudentMentorCreationPermissionResponse",
    "StylesView",
    "StylesViewRequest",
    "SubTimeChild",
    "Subject",
    "Summary",
    "TagsView",
    "TagsViewRequest",
    "TargetSystemEnum",
    "TaskView",
    "TeamsConfig",
    "TeamsConfigRequest",
    "TeamsWebhook",
    "TeamsWebhookChannelData",
    "TeamsWebhookConversation",
    "TeamsWebhookFrom",
    "TeamsWebhookRecipient",
    "TemplateMentor",
    "TenantLaunchError",
    "TenantLaunchFailed",
    "TenantLaunchRequest",
    "TenantLaunchResponse",
    "TenantMentorTraces",
    "TenantSetting",
    "TenantSettingRequest",
    "TestSMTPCredentials",
    "TestSMTPResponse",
    "ThemeEnum",
    "TicketMessage",
    "TicketMessageRequest",
    "TimeChildData",
    "TimeDetail",
    "TimeDetailChild",
    "TimeDetailData",
    "TimeSpentByUsersInCourse",
    "TimeSpentByUsersInCourseData",
    "TimeSpentCourse",
    "TimeSpentDetail",
    "TimeSpentPerCourse",
    "TimeSpentPerCourseData",
    "TimeSpentPerUserResponse",
    "TimeSpentUpdateRequest",
    "TimeSpentUpdateResponse",
    "TokenProxyInput",
    "TokenProxyOutput",
    "TokenProxyOutputSerializerData",
    "TokenProxyUser",
    "TonesView",
    "TonesViewRequest",
    "ToolCategory",
    "ToolResponse",
    "TopContent",
    "TopicDetail",
    "TopicDetails",
    "TopicDetailsPagination",
    "TopicModel",
    "TopicRecord",
    "TopicStatistics",
    "TopicStatisticsResponse",
    "TopicSummaryView",
    "TopicsOverview",
    "TopicsOverviewMetric",
    "Trace",
    "TrainDocumentViewRequest",
    "TrainDocumentViewRequestCrawlerPatternType",
    "TrainDocumentViewResponse",
    "Training",
    "TrainingCreate",
    "TrainingCreateRequest",
    "TrainingStatusEnum",
    "TransactionTypeEnum",
    "TransactionsRetrieveTransactionType",
    "TransportEnum",
    "TrendEntry",
    "TriggerRequest",
    "TriggerResponse",
    "TtsProviderEnum",
    "Type840Enum",
    "UpdateXblock",
    "UploadedImage",
    "UploadedImageRequest",
    "UseMainCreds",
    "UserAllChatMemoryView",
    "UserAllChatMemoryViewRequest",
    "UserApp",
    "UserAppSubscription",
    "UserCatalogItemMemoryView",
    "UserCatalogItemMemoryViewRequest",
    "UserChatByPeriod",
    "UserChatFeedback",
    "UserChatFeedbackCount",
    "UserChatFeedbackRating",
    "UserChatFeedbackRequest",
    "UserChatMemoryStatusRequestView",
    "UserChatMemoryStatusView",
    "UserChatMemoryUpdateView",
    "UserChatPrivacySettings",
    "UserChatPrivacySettingsChatPrivacyMode",
    "UserCountRecord",
    "UserDeleteAPIError",
    "UserDeleteAPIRequest",
    "UserDeleteAPIResponse",
    "UserDetail",
    "UserEdxMemory",
    "UserGroup",
    "UserGroupAccess",
    "UserGroupAccessInfo",
    "UserGroupAccessRequest",
    "UserGroupPolicy",
    "UserGroupPolicyRequest",
    "UserGroupRequest",
    "UserGroupsOrgsRetrieveFormat",
    "UserInfo",
    "UserLicenseAssignmentCreate",
    "UserLicenseAssignmentCreateMetadata",
    "UserLicenseAssignmentDetail",
    "UserLicenseAssignmentDetailMetadata",
    "UserLicenseCreate",
    "UserLicenseCreateEnrollmentConfig",
    "UserLicenseCreateMetadata",
    "UserLicenseDetail",
    "UserLicenseDetailMetadata",
    "UserLicenseGroupAssignmentCreate",
    "UserLicenseGroupAssignmentCreateMetadata",
    "UserLicenseGroupAssignmentDetail",
    "UserLicenseGroupAssignmentDetailMetadata",
    "UserLicenseUpdate",
    "UserLicenseUpdateEnrollmentConfig",
    "UserLicenseUpdateMetadata",
    "UserMemory",
    "UserMemoryContextRequest",
    "UserMemoryContextResponse",
    "UserMemoryEntry",
    "UserMemoryEntryRequest",
    "UserMemoryEntryRequest2",
    "UserMemoryRequest",
    "UserMetric",
    "UserMetricsResponse",
    "UserPlatformLink",
    "UserPlatformManagementListViewGetResponse",
    "UserPlatformManagementListViewGetResponseDataItem",
    "UserPlatformManagementListViewGetResponseResultsItem",
    "UserPlatformSelfLinkError",
    "UserPlatformSelfLinkForbidden",
    "UserPlatformSelfLinkRequest",
    "UserPlatformSelfLinkResponse",
    "UserPlatformViewPostRequest",
    "UserPolicyUpdate",
    "UserPolicyUpdateError",
    "UserPolicyUpdateForbidden",
    "UserPolicyUpdateResponse",
    "UserProxyBulkRequest",
    "UserProxyBulkRequestUsersItem",
    "UserProxyGetResponse",
    "UserProxyPostRequest",
    "UserProxyPostResponse",
    "UserSearchResponse",
    "UserSearchResponseResultsItem",
    "UserSearchViewGetResponse",
    "UserSearchViewGetResponseResultsItem",
    "UserSentimentCountView",
    "UserSkill",
    "UserSkillPointsPercentile",
    "UserTrendByPeriod",
    "V2CourseRecommendationsRankingStrategy",
    "V2CourseRecommendationsRecommendationType",
    "V2GlobalMentorSearchResponse",
    "V2PersonalizedMentorsOrderDirection",
    "V2PersonalizedMentorsResponse",
    "V2RecommendationResponse",
    "V2RecommendationResponseUserContext",
    "ValidateSourceResponse",
    "Value",
    "ValueData",
    "VectorResult",
    "VeoVideoDetail",
    "VeoVideoList",
    "VeoVideoRequest",
    "VerifyGCPMarketPlaceFailedResponse",
    "VerifyGCPMarketPlaceFailedResponseGoogle",
    "VerifyGCPMarketPlaceRequest",
    "VerifyGCPMarketPlaceResponse",
    "VerifyGCPMarketPlaceResponseGoogle",
    "VideoBlock",
    "VideoCaption",
    "VideoEngagementPerCourse",
    "VideoEngagementPerCourseData",
    "VideosCount",
    "VideosCountData",
    "VideosInCourseSummary",
    "VideosInCourseSummaryData",
    "VideosSpecificCourse",
    "VideosSpecificCourseData",
    "VideosWatchedSubSection",
    "Voice",
    "VoiceProviderEnum",
    "VoiceRequest",
    "WatchedVideosPerCourse",
    "WatchedVideosPerCourseData",
    "WatchedVideosPerUser",
    "WatchedVideosPerUserData",
    "WebResource",
    "WebResourceCard",
    "WebResourcesQuery",
    "WebexConfig",
    "WebexWebhook",
    "WebexWebhookData",
    "WhatAppWebHook",
    "WhatAppWebHookEntryItem",
    "WhatsappConfig",
    "WhatsappConfigRequest",
    "WhatsappUserConfig",
    "WhatsappUserConfigRequest",
    "WhitelistedDomain",
    "Workflow",
    "WorkflowRequest",
    "XblockResult",
    "XblockTypeEnum",
]


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
