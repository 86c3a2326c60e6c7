"""`Client.ai_analytics.orgs.users`: 30 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client
    from .average_messages_per_session import (
        AiAnalyticsOrgsUsersAverageMessagesPerSessionResource,
        AiAnalyticsOrgsUsersAverageMessagesPerSessionResourceWithRawResponse,
        AsyncAiAnalyticsOrgsUsersAverageMessagesPerSessionResource,
        AsyncAiAnalyticsOrgsUsersAverageMessagesPerSessionResourceWithRawResponse,
    )
    from .chat_history import (
        AiAnalyticsOrgsUsersChatHistoryResource,
        AiAnalyticsOrgsUsersChatHistoryResourceWithRawResponse,
        AsyncAiAnalyticsOrgsUsersChatHistoryResource,
        AsyncAiAnalyticsOrgsUsersChatHistoryResourceWithRawResponse,
    )
    from .chat_history_filter import (
        AiAnalyticsOrgsUsersChatHistoryFilterResource,
        AiAnalyticsOrgsUsersChatHistoryFilterResourceWithRawResponse,
        AsyncAiAnalyticsOrgsUsersChatHistoryFilterResource,
        AsyncAiAnalyticsOrgsUsersChatHistoryFilterResourceWithRawResponse,
    )
    from .conversation import (
        AiAnalyticsOrgsUsersConversationResource,
        AiAnalyticsOrgsUsersConversationResourceWithRawResponse,
        AsyncAiAnalyticsOrgsUsersConversationResource,
        AsyncAiAnalyticsOrgsUsersConversationResourceWithRawResponse,
    )
    from .conversation_summary import (
        AiAnalyticsOrgsUsersConversationSummaryResource,
        AiAnalyticsOrgsUsersConversationSummaryResourceWithRawResponse,
        AsyncAiAnalyticsOrgsUsersConversationSummaryResource,
        AsyncAiAnalyticsOrgsUsersConversationSummaryResourceWithRawResponse,
    )
    from .costs import (
        AiAnalyticsOrgsUsersCostsResource,
        AiAnalyticsOrgsUsersCostsResourceWithRawResponse,
        AsyncAiAnalyticsOrgsUsersCostsResource,
        AsyncAiAnalyticsOrgsUsersCostsResourceWithRawResponse,
    )
    from .mentor_detail import (
        AiAnalyticsOrgsUsersMentorDetailResource,
        AiAnalyticsOrgsUsersMentorDetailResourceWithRawResponse,
        AsyncAiAnalyticsOrgsUsersMentorDetailResource,
        AsyncAiAnalyticsOrgsUsersMentorDetailResourceWithRawResponse,
    )
    from .mentor_summary import (
        AiAnalyticsOrgsUsersMentorSummaryResource,
        AiAnalyticsOrgsUsersMentorSummaryResourceWithRawResponse,
        AsyncAiAnalyticsOrgsUsersMentorSummaryResource,
        AsyncAiAnalyticsOrgsUsersMentorSummaryResourceWithRawResponse,
    )
    from .mentors import (
        AiAnalyticsOrgsUsersMentorsResource,
        AiAnalyticsOrgsUsersMentorsResourceWithRawResponse,
        AsyncAiAnalyticsOrgsUsersMentorsResource,
        AsyncAiAnalyticsOrgsUsersMentorsResourceWithRawResponse,
    )
    from .most_discussed_topics import (
        AiAnalyticsOrgsUsersMostDiscussedTopicsResource,
        AiAnalyticsOrgsUsersMostDiscussedTopicsResourceWithRawResponse,
        AsyncAiAnalyticsOrgsUsersMostDiscussedTopicsResource,
        AsyncAiAnalyticsOrgsUsersMostDiscussedTopicsResourceWithRawResponse,
    )
    from .observations import (
        AiAnalyticsOrgsUsersObservationsResource,
        AiAnalyticsOrgsUsersObservationsResourceWithRawResponse,
        AsyncAiAnalyticsOrgsUsersObservationsResource,
        AsyncAiAnalyticsOrgsUsersObservationsResourceWithRawResponse,
    )
    from .overview_summary import (
        AiAnalyticsOrgsUsersOverviewSummaryResource,
        AiAnalyticsOrgsUsersOverviewSummaryResourceWithRawResponse,
        AsyncAiAnalyticsOrgsUsersOverviewSummaryResource,
        AsyncAiAnalyticsOrgsUsersOverviewSummaryResourceWithRawResponse,
    )
    from .rating_summary import (
        AiAnalyticsOrgsUsersRatingSummaryResource,
        AiAnalyticsOrgsUsersRatingSummaryResourceWithRawResponse,
        AsyncAiAnalyticsOrgsUsersRatingSummaryResource,
        AsyncAiAnalyticsOrgsUsersRatingSummaryResourceWithRawResponse,
    )
    from .registered_users_trend import (
        AiAnalyticsOrgsUsersRegisteredUsersTrendResource,
        AiAnalyticsOrgsUsersRegisteredUsersTrendResourceWithRawResponse,
        AsyncAiAnalyticsOrgsUsersRegisteredUsersTrendResource,
        AsyncAiAnalyticsOrgsUsersRegisteredUsersTrendResourceWithRawResponse,
    )
    from .sentiment_count import (
        AiAnalyticsOrgsUsersSentimentCountResource,
        AiAnalyticsOrgsUsersSentimentCountResourceWithRawResponse,
        AsyncAiAnalyticsOrgsUsersSentimentCountResource,
        AsyncAiAnalyticsOrgsUsersSentimentCountResourceWithRawResponse,
    )
    from .tenant_cost import (
        AiAnalyticsOrgsUsersTenantCostResource,
        AiAnalyticsOrgsUsersTenantCostResourceWithRawResponse,
        AsyncAiAnalyticsOrgsUsersTenantCostResource,
        AsyncAiAnalyticsOrgsUsersTenantCostResourceWithRawResponse,
    )
    from .top_students_by_chat_messages import (
        AiAnalyticsOrgsUsersTopStudentsByChatMessagesResource,
        AiAnalyticsOrgsUsersTopStudentsByChatMessagesResourceWithRawResponse,
        AsyncAiAnalyticsOrgsUsersTopStudentsByChatMessagesResource,
        AsyncAiAnalyticsOrgsUsersTopStudentsByChatMessagesResourceWithRawResponse,
    )
    from .topic_overview import (
        AiAnalyticsOrgsUsersTopicOverviewResource,
        AiAnalyticsOrgsUsersTopicOverviewResourceWithRawResponse,
        AsyncAiAnalyticsOrgsUsersTopicOverviewResource,
        AsyncAiAnalyticsOrgsUsersTopicOverviewResourceWithRawResponse,
    )
    from .topic_statistics import (
        AiAnalyticsOrgsUsersTopicStatisticsResource,
        AiAnalyticsOrgsUsersTopicStatisticsResourceWithRawResponse,
        AsyncAiAnalyticsOrgsUsersTopicStatisticsResource,
        AsyncAiAnalyticsOrgsUsersTopicStatisticsResourceWithRawResponse,
    )
    from .topics import (
        AiAnalyticsOrgsUsersTopicsResource,
        AiAnalyticsOrgsUsersTopicsResourceWithRawResponse,
        AsyncAiAnalyticsOrgsUsersTopicsResource,
        AsyncAiAnalyticsOrgsUsersTopicsResourceWithRawResponse,
    )
    from .total_users_by_mentor import (
        AiAnalyticsOrgsUsersTotalUsersByMentorResource,
        AiAnalyticsOrgsUsersTotalUsersByMentorResourceWithRawResponse,
        AsyncAiAnalyticsOrgsUsersTotalUsersByMentorResource,
        AsyncAiAnalyticsOrgsUsersTotalUsersByMentorResourceWithRawResponse,
    )
    from .traces import (
        AiAnalyticsOrgsUsersTracesResource,
        AiAnalyticsOrgsUsersTracesResourceWithRawResponse,
        AsyncAiAnalyticsOrgsUsersTracesResource,
        AsyncAiAnalyticsOrgsUsersTracesResourceWithRawResponse,
    )
    from .transcripts import (
        AiAnalyticsOrgsUsersTranscriptsResource,
        AiAnalyticsOrgsUsersTranscriptsResourceWithRawResponse,
        AsyncAiAnalyticsOrgsUsersTranscriptsResource,
        AsyncAiAnalyticsOrgsUsersTranscriptsResourceWithRawResponse,
    )
    from .usage_summary import (
        AiAnalyticsOrgsUsersUsageSummaryResource,
        AiAnalyticsOrgsUsersUsageSummaryResourceWithRawResponse,
        AsyncAiAnalyticsOrgsUsersUsageSummaryResource,
        AsyncAiAnalyticsOrgsUsersUsageSummaryResourceWithRawResponse,
    )
    from .user_cohorts_over_time import (
        AiAnalyticsOrgsUsersUserCohortsOverTimeResource,
        AiAnalyticsOrgsUsersUserCohortsOverTimeResourceWithRawResponse,
        AsyncAiAnalyticsOrgsUsersUserCohortsOverTimeResource,
        AsyncAiAnalyticsOrgsUsersUserCohortsOverTimeResourceWithRawResponse,
    )
    from .user_cost import (
        AiAnalyticsOrgsUsersUserCostResource,
        AiAnalyticsOrgsUsersUserCostResourceWithRawResponse,
        AsyncAiAnalyticsOrgsUsersUserCostResource,
        AsyncAiAnalyticsOrgsUsersUserCostResourceWithRawResponse,
    )
    from .user_feedback import (
        AiAnalyticsOrgsUsersUserFeedbackResource,
        AiAnalyticsOrgsUsersUserFeedbackResourceWithRawResponse,
        AsyncAiAnalyticsOrgsUsersUserFeedbackResource,
        AsyncAiAnalyticsOrgsUsersUserFeedbackResourceWithRawResponse,
    )
    from .user_metrics import (
        AiAnalyticsOrgsUsersUserMetricsResource,
        AiAnalyticsOrgsUsersUserMetricsResourceWithRawResponse,
        AsyncAiAnalyticsOrgsUsersUserMetricsResource,
        AsyncAiAnalyticsOrgsUsersUserMetricsResourceWithRawResponse,
    )
    from .user_metrics_pie_chart import (
        AiAnalyticsOrgsUsersUserMetricsPieChartResource,
        AiAnalyticsOrgsUsersUserMetricsPieChartResourceWithRawResponse,
        AsyncAiAnalyticsOrgsUsersUserMetricsPieChartResource,
        AsyncAiAnalyticsOrgsUsersUserMetricsPieChartResourceWithRawResponse,
    )
    from .user_sentiment import (
        AiAnalyticsOrgsUsersUserSentimentResource,
        AiAnalyticsOrgsUsersUserSentimentResourceWithRawResponse,
        AsyncAiAnalyticsOrgsUsersUserSentimentResource,
        AsyncAiAnalyticsOrgsUsersUserSentimentResourceWithRawResponse,
    )

__all__ = [
    "AiAnalyticsOrgsUsersResource",
    "AiAnalyticsOrgsUsersResourceWithRawResponse",
    "AsyncAiAnalyticsOrgsUsersResource",
    "AsyncAiAnalyticsOrgsUsersResourceWithRawResponse",
]


class AiAnalyticsOrgsUsersResource:
    """`Client.ai_analytics.orgs.users`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiAnalyticsOrgsUsersResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiAnalyticsOrgsUsersResourceWithRawResponse(self)

    @cached_property
    def average_messages_per_session(self) -> AiAnalyticsOrgsUsersAverageMessagesPerSessionResource:
        from .average_messages_per_session import (
            AiAnalyticsOrgsUsersAverageMessagesPerSessionResource,
        )

        return AiAnalyticsOrgsUsersAverageMessagesPerSessionResource(self._client)

    @cached_property
    def chat_history(self) -> AiAnalyticsOrgsUsersChatHistoryResource:
        from .chat_history import AiAnalyticsOrgsUsersChatHistoryResource

        return AiAnalyticsOrgsUsersChatHistoryResource(self._client)

    @cached_property
    def chat_history_filter(self) -> AiAnalyticsOrgsUsersChatHistoryFilterResource:
        from .chat_history_filter import AiAnalyticsOrgsUsersChatHistoryFilterResource

        return AiAnalyticsOrgsUsersChatHistoryFilterResource(self._client)

    @cached_property
    def conversation(self) -> AiAnalyticsOrgsUsersConversationResource:
        from .conversation import AiAnalyticsOrgsUsersConversationResource

        return AiAnalyticsOrgsUsersConversationResource(self._client)

    @cached_property
    def conversation_summary(self) -> AiAnalyticsOrgsUsersConversationSummaryResource:
        from .conversation_summary import AiAnalyticsOrgsUsersConversationSummaryResource

        return AiAnalyticsOrgsUsersConversationSummaryResource(self._client)

    @cached_property
    def costs(self) -> AiAnalyticsOrgsUsersCostsResource:
        from .costs import AiAnalyticsOrgsUsersCostsResource

        return AiAnalyticsOrgsUsersCostsResource(self._client)

    @cached_property
    def mentor_detail(self) -> AiAnalyticsOrgsUsersMentorDetailResource:
        from .mentor_detail import AiAnalyticsOrgsUsersMentorDetailResource

        return AiAnalyticsOrgsUsersMentorDetailResource(self._client)

    @cached_property
    def mentor_summary(self) -> AiAnalyticsOrgsUsersMentorSummaryResource:
        from .mentor_summary import AiAnalyticsOrgsUsersMentorSummaryResource

        return AiAnalyticsOrgsUsersMentorSummaryResource(self._client)

    @cached_property
    def mentors(self) -> AiAnalyticsOrgsUsersMentorsResource:
        from .mentors import AiAnalyticsOrgsUsersMentorsResource

        return AiAnalyticsOrgsUsersMentorsResource(self._client)

    @cached_property
    def most_discussed_topics(self) -> AiAnalyticsOrgsUsersMostDiscussedTopicsResource:
        from .most_discussed_topics import AiAnalyticsOrgsUsersMostDiscussedTopicsResource

        return AiAnalyticsOrgsUsersMostDiscussedTopicsResource(self._client)

    @cached_property
    def observations(self) -> AiAnalyticsOrgsUsersObservationsResource:
        from .observations import AiAnalyticsOrgsUsersObservationsResource

        return AiAnalyticsOrgsUsersObservationsResource(self._client)

    @cached_property
    def overview_summary(self) -> AiAnalyticsOrgsUsersOverviewSummaryResource:
        from .overview_summary import AiAnalyticsOrgsUsersOverviewSummaryResource

        return AiAnalyticsOrgsUsersOverviewSummaryResource(self._client)

    @cached_property
    def rating_summary(self) -> AiAnalyticsOrgsUsersRatingSummaryResource:
        from .rating_summary import AiAnalyticsOrgsUsersRatingSummaryResource

        return AiAnalyticsOrgsUsersRatingSummaryResource(self._client)

    @cached_property
    def registered_users_trend(self) -> AiAnalyticsOrgsUsersRegisteredUsersTrendResource:
        from .registered_users_trend import AiAnalyticsOrgsUsersRegisteredUsersTrendResource

        return AiAnalyticsOrgsUsersRegisteredUsersTrendResource(self._client)

    @cached_property
    def sentiment_count(self) -> AiAnalyticsOrgsUsersSentimentCountResource:
        from .sentiment_count import AiAnalyticsOrgsUsersSentimentCountResource

        return AiAnalyticsOrgsUsersSentimentCountResource(self._client)

    @cached_property
    def tenant_cost(self) -> AiAnalyticsOrgsUsersTenantCostResource:
        from .tenant_cost import AiAnalyticsOrgsUsersTenantCostResource

        return AiAnalyticsOrgsUsersTenantCostResource(self._client)

    @cached_property
    def top_students_by_chat_messages(
        self,
    ) -> AiAnalyticsOrgsUsersTopStudentsByChatMessagesResource:
        from .top_students_by_chat_messages import (
            AiAnalyticsOrgsUsersTopStudentsByChatMessagesResource,
        )

        return AiAnalyticsOrgsUsersTopStudentsByChatMessagesResource(self._client)

    @cached_property
    def topic_overview(self) -> AiAnalyticsOrgsUsersTopicOverviewResource:
        from .topic_overview import AiAnalyticsOrgsUsersTopicOverviewResource

        return AiAnalyticsOrgsUsersTopicOverviewResource(self._client)

    @cached_property
    def topic_statistics(self) -> AiAnalyticsOrgsUsersTopicStatisticsResource:
        from .topic_statistics import AiAnalyticsOrgsUsersTopicStatisticsResource

        return AiAnalyticsOrgsUsersTopicStatisticsResource(self._client)

    @cached_property
    def topics(self) -> AiAnalyticsOrgsUsersTopicsResource:
        from .topics import AiAnalyticsOrgsUsersTopicsResource

        return AiAnalyticsOrgsUsersTopicsResource(self._client)

    @cached_property
    def total_users_by_mentor(self) -> AiAnalyticsOrgsUsersTotalUsersByMentorResource:
        from .total_users_by_mentor import AiAnalyticsOrgsUsersTotalUsersByMentorResource

        return AiAnalyticsOrgsUsersTotalUsersByMentorResource(self._client)

    @cached_property
    def traces(self) -> AiAnalyticsOrgsUsersTracesResource:
        from .traces import AiAnalyticsOrgsUsersTracesResource

        return AiAnalyticsOrgsUsersTracesResource(self._client)

    @cached_property
    def transcripts(self) -> AiAnalyticsOrgsUsersTranscriptsResource:
        from .transcripts import AiAnalyticsOrgsUsersTranscriptsResource

        return AiAnalyticsOrgsUsersTranscriptsResource(self._client)

    @cached_property
    def usage_summary(self) -> AiAnalyticsOrgsUsersUsageSummaryResource:
        from .usage_summary import AiAnalyticsOrgsUsersUsageSummaryResource

        return AiAnalyticsOrgsUsersUsageSummaryResource(self._client)

    @cached_property
    def user_cohorts_over_time(self) -> AiAnalyticsOrgsUsersUserCohortsOverTimeResource:
        from .user_cohorts_over_time import AiAnalyticsOrgsUsersUserCohortsOverTimeResource

        return AiAnalyticsOrgsUsersUserCohortsOverTimeResource(self._client)

    @cached_property
    def user_cost(self) -> AiAnalyticsOrgsUsersUserCostResource:
        from .user_cost import AiAnalyticsOrgsUsersUserCostResource

        return AiAnalyticsOrgsUsersUserCostResource(self._client)

    @cached_property
    def user_feedback(self) -> AiAnalyticsOrgsUsersUserFeedbackResource:
        from .user_feedback import AiAnalyticsOrgsUsersUserFeedbackResource

        return AiAnalyticsOrgsUsersUserFeedbackResource(self._client)

    @cached_property
    def user_metrics(self) -> AiAnalyticsOrgsUsersUserMetricsResource:
        from .user_metrics import AiAnalyticsOrgsUsersUserMetricsResource

        return AiAnalyticsOrgsUsersUserMetricsResource(self._client)

    @cached_property
    def user_metrics_pie_chart(self) -> AiAnalyticsOrgsUsersUserMetricsPieChartResource:
        from .user_metrics_pie_chart import AiAnalyticsOrgsUsersUserMetricsPieChartResource

        return AiAnalyticsOrgsUsersUserMetricsPieChartResource(self._client)

    @cached_property
    def user_sentiment(self) -> AiAnalyticsOrgsUsersUserSentimentResource:
        from .user_sentiment import AiAnalyticsOrgsUsersUserSentimentResource

        return AiAnalyticsOrgsUsersUserSentimentResource(self._client)


class AiAnalyticsOrgsUsersResourceWithRawResponse:
    """`Client.ai_analytics.orgs.users`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiAnalyticsOrgsUsersResource) -> None:
        self._resource = resource

    @cached_property
    def average_messages_per_session(
        self,
    ) -> AiAnalyticsOrgsUsersAverageMessagesPerSessionResourceWithRawResponse:
        from .average_messages_per_session import (
            AiAnalyticsOrgsUsersAverageMessagesPerSessionResourceWithRawResponse,
        )

        return AiAnalyticsOrgsUsersAverageMessagesPerSessionResourceWithRawResponse(
            self._resource.average_messages_per_session
        )

    @cached_property
    def chat_history(self) -> AiAnalyticsOrgsUsersChatHistoryResourceWithRawResponse:
        from .chat_history import AiAnalyticsOrgsUsersChatHistoryResourceWithRawResponse

        return AiAnalyticsOrgsUsersChatHistoryResourceWithRawResponse(self._resource.chat_history)

    @cached_property
    def chat_history_filter(self) -> AiAnalyticsOrgsUsersChatHistoryFilterResourceWithRawResponse:
        from .chat_history_filter import (
            AiAnalyticsOrgsUsersChatHistoryFilterResourceWithRawResponse,
        )

        return AiAnalyticsOrgsUsersChatHistoryFilterResourceWithRawResponse(
            self._resource.chat_history_filter
        )

    @cached_property
    def conversation(self) -> AiAnalyticsOrgsUsersConversationResourceWithRawResponse:
        from .conversation import AiAnalyticsOrgsUsersConversationResourceWithRawResponse

        return AiAnalyticsOrgsUsersConversationResourceWithRawResponse(self._resource.conversation)

    @cached_property
    def conversation_summary(
        self,
    ) -> AiAnalyticsOrgsUsersConversationSummaryResourceWithRawResponse:
        from .conversation_summary import (
            AiAnalyticsOrgsUsersConversationSummaryResourceWithRawResponse,
        )

        return AiAnalyticsOrgsUsersConversationSummaryResourceWithRawResponse(
            self._resource.conversation_summary
        )

    @cached_property
    def costs(self) -> AiAnalyticsOrgsUsersCostsResourceWithRawResponse:
        from .costs import AiAnalyticsOrgsUsersCostsResourceWithRawResponse

        return AiAnalyticsOrgsUsersCostsResourceWithRawResponse(self._resource.costs)

    @cached_property
    def mentor_detail(self) -> AiAnalyticsOrgsUsersMentorDetailResourceWithRawResponse:
        from .mentor_detail import AiAnalyticsOrgsUsersMentorDetailResourceWithRawResponse

        return AiAnalyticsOrgsUsersMentorDetailResourceWithRawResponse(self._resource.mentor_detail)

    @cached_property
    def mentor_summary(self) -> AiAnalyticsOrgsUsersMentorSummaryResourceWithRawResponse:
        from .mentor_summary import AiAnalyticsOrgsUsersMentorSummaryResourceWithRawResponse

        return AiAnalyticsOrgsUsersMentorSummaryResourceWithRawResponse(
            self._resource.mentor_summary
        )

    @cached_property
    def mentors(self) -> AiAnalyticsOrgsUsersMentorsResourceWithRawResponse:
        from .mentors import AiAnalyticsOrgsUsersMentorsResourceWithRawResponse

        return AiAnalyticsOrgsUsersMentorsResourceWithRawResponse(self._resource.mentors)

    @cached_property
    def most_discussed_topics(
        self,
    ) -> AiAnalyticsOrgsUsersMostDiscussedTopicsResourceWithRawResponse:
        from .most_discussed_topics import (
            AiAnalyticsOrgsUsersMostDiscussedTopicsResourceWithRawResponse,
        )

        return AiAnalyticsOrgsUsersMostDiscussedTopicsResourceWithRawResponse(
            self._resource.most_discussed_topics
        )

    @cached_property
    def observations(self) -> AiAnalyticsOrgsUsersObservationsResourceWithRawResponse:
        from .observations import AiAnalyticsOrgsUsersObservationsResourceWithRawResponse

        return AiAnalyticsOrgsUsersObservationsResourceWithRawResponse(self._resource.observations)

    @cached_property
    def overview_summary(self) -> AiAnalyticsOrgsUsersOverviewSummaryResourceWithRawResponse:
        from .overview_summary import AiAnalyticsOrgsUsersOverviewSummaryResourceWithRawResponse

        return AiAnalyticsOrgsUsersOverviewSummaryResourceWithRawResponse(
            self._resource.overview_summary
        )

    @cached_property
    def rating_summary(self) -> AiAnalyticsOrgsUsersRatingSummaryResourceWithRawResponse:
        from .rating_summary import AiAnalyticsOrgsUsersRatingSummaryResourceWithRawResponse

        return AiAnalyticsOrgsUsersRatingSummaryResourceWithRawResponse(
            self._resource.rating_summary
        )

    @cached_property
    def registered_users_trend(
        self,
    ) -> AiAnalyticsOrgsUsersRegisteredUsersTrendResourceWithRawResponse:
        from .registered_users_trend import (
            AiAnalyticsOrgsUsersRegisteredUsersTrendResourceWithRawResponse,
        )

        return AiAnalyticsOrgsUsersRegisteredUsersTrendResourceWithRawResponse(
            self._resource.registered_users_trend
        )

    @cached_property
    def sentiment_count(self) -> AiAnalyticsOrgsUsersSentimentCountResourceWithRawResponse:
        from .sentiment_count import AiAnalyticsOrgsUsersSentimentCountResourceWithRawResponse

        return AiAnalyticsOrgsUsersSentimentCountResourceWithRawResponse(
            self._resource.sentiment_count
        )

    @cached_property
    def tenant_cost(self) -> AiAnalyticsOrgsUsersTenantCostResourceWithRawResponse:
        from .tenant_cost import AiAnalyticsOrgsUsersTenantCostResourceWithRawResponse

        return AiAnalyticsOrgsUsersTenantCostResourceWithRawResponse(self._resource.tenant_cost)

    @cached_property
    def top_students_by_chat_messages(
        self,
    ) -> AiAnalyticsOrgsUsersTopStudentsByChatMessagesResourceWithRawResponse:
        from .top_students_by_chat_messages import (
            AiAnalyticsOrgsUsersTopStudentsByChatMessagesResourceWithRawResponse,
        )

        return AiAnalyticsOrgsUsersTopStudentsByChatMessagesResourceWithRawResponse(
            self._resource.top_students_by_chat_messages
        )

    @cached_property
    def topic_overview(self) -> AiAnalyticsOrgsUsersTopicOverviewResourceWithRawResponse:
        from .topic_overview import AiAnalyticsOrgsUsersTopicOverviewResourceWithRawResponse

        return AiAnalyticsOrgsUsersTopicOverviewResourceWithRawResponse(
            self._resource.topic_overview
        )

    @cached_property
    def topic_statistics(self) -> AiAnalyticsOrgsUsersTopicStatisticsResourceWithRawResponse:
        from .topic_statistics import AiAnalyticsOrgsUsersTopicStatisticsResourceWithRawResponse

        return AiAnalyticsOrgsUsersTopicStatisticsResourceWithRawResponse(
            self._resource.topic_statistics
        )

    @cached_property
    def topics(self) -> AiAnalyticsOrgsUsersTopicsResourceWithRawResponse:
        from .topics import AiAnalyticsOrgsUsersTopicsResourceWithRawResponse

        return AiAnalyticsOrgsUsersTopicsResourceWithRawResponse(self._resource.topics)

    @cached_property
    def total_users_by_mentor(
        self,
    ) -> AiAnalyticsOrgsUsersTotalUsersByMentorResourceWithRawResponse:
        from .total_users_by_mentor import (
            AiAnalyticsOrgsUsersTotalUsersByMentorResourceWithRawResponse,
        )

        return AiAnalyticsOrgsUsersTotalUsersByMentorResourceWithRawResponse(
            self._resource.total_users_by_mentor
        )

    @cached_property
    def traces(self) -> AiAnalyticsOrgsUsersTracesResourceWithRawResponse:
        from .traces import AiAnalyticsOrgsUsersTracesResourceWithRawResponse

        return AiAnalyticsOrgsUsersTracesResourceWithRawResponse(self._resource.traces)

    @cached_property
    def transcripts(self) -> AiAnalyticsOrgsUsersTranscriptsResourceWithRawResponse:
        from .transcripts import AiAnalyticsOrgsUsersTranscriptsResourceWithRawResponse

        return AiAnalyticsOrgsUsersTranscriptsResourceWithRawResponse(self._resource.transcripts)

    @cached_property
    def usage_summary(self) -> AiAnalyticsOrgsUsersUsageSummaryResourceWithRawResponse:
        from .usage_summary import AiAnalyticsOrgsUsersUsageSummaryResourceWithRawResponse

        return AiAnalyticsOrgsUsersUsageSummaryResourceWithRawResponse(self._resource.usage_summary)

    @cached_property
    def user_cohorts_over_time(
        self,
    ) -> AiAnalyticsOrgsUsersUserCohortsOverTimeResourceWithRawResponse:
        from .user_cohorts_over_time import (
            AiAnalyticsOrgsUsersUserCohortsOverTimeResourceWithRawResponse,
        )

        return AiAnalyticsOrgsUsersUserCohortsOverTimeResourceWithRawResponse(
            self._resource.user_cohorts_over_time
        )

    @cached_property
    def user_cost(self) -> AiAnalyticsOrgsUsersUserCostResourceWithRawResponse:
        from .user_cost import AiAnalyticsOrgsUsersUserCostResourceWithRawResponse

        return AiAnalyticsOrgsUsersUserCostResourceWithRawResponse(self._resource.user_cost)

    @cached_property
    def user_feedback(self) -> AiAnalyticsOrgsUsersUserFeedbackResourceWithRawResponse:
        from .user_feedback import AiAnalyticsOrgsUsersUserFeedbackResourceWithRawResponse

        return AiAnalyticsOrgsUsersUserFeedbackResourceWithRawResponse(self._resource.user_feedback)

    @cached_property
    def user_metrics(self) -> AiAnalyticsOrgsUsersUserMetricsResourceWithRawResponse:
        from .user_metrics import AiAnalyticsOrgsUsersUserMetricsResourceWithRawResponse

        return AiAnalyticsOrgsUsersUserMetricsResourceWithRawResponse(self._resource.user_metrics)

    @cached_property
    def user_metrics_pie_chart(
        self,
    ) -> AiAnalyticsOrgsUsersUserMetricsPieChartResourceWithRawResponse:
        from .user_metrics_pie_chart import (
            AiAnalyticsOrgsUsersUserMetricsPieChartResourceWithRawResponse,
        )

        return AiAnalyticsOrgsUsersUserMetricsPieChartResourceWithRawResponse(
            self._resource.user_metrics_pie_chart
        )

    @cached_property
    def user_sentiment(self) -> AiAnalyticsOrgsUsersUserSentimentResourceWithRawResponse:
        from .user_sentiment import AiAnalyticsOrgsUsersUserSentimentResourceWithRawResponse

        return AiAnalyticsOrgsUsersUserSentimentResourceWithRawResponse(
            self._resource.user_sentiment
        )


class AsyncAiAnalyticsOrgsUsersResource:
    """`AsyncClient.ai_analytics.orgs.users`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiAnalyticsOrgsUsersResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiAnalyticsOrgsUsersResourceWithRawResponse(self)

    @cached_property
    def average_messages_per_session(
        self,
    ) -> AsyncAiAnalyticsOrgsUsersAverageMessagesPerSessionResource:
        from .average_messages_per_session import (
            AsyncAiAnalyticsOrgsUsersAverageMessagesPerSessionResource,
        )

        return AsyncAiAnalyticsOrgsUsersAverageMessagesPerSessionResource(self._client)

    @cached_property
    def chat_history(self) -> AsyncAiAnalyticsOrgsUsersChatHistoryResource:
        from .chat_history import AsyncAiAnalyticsOrgsUsersChatHistoryResource

        return AsyncAiAnalyticsOrgsUsersChatHistoryResource(self._client)

    @cached_property
    def chat_history_filter(self) -> AsyncAiAnalyticsOrgsUsersChatHistoryFilterResource:
        from .chat_history_filter import AsyncAiAnalyticsOrgsUsersChatHistoryFilterResource

        return AsyncAiAnalyticsOrgsUsersChatHistoryFilterResource(self._client)

    @cached_property
    def conversation(self) -> AsyncAiAnalyticsOrgsUsersConversationResource:
        from .conversation import AsyncAiAnalyticsOrgsUsersConversationResource

        return AsyncAiAnalyticsOrgsUsersConversationResource(self._client)

    @cached_property
    def conversation_summary(self) -> AsyncAiAnalyticsOrgsUsersConversationSummaryResource:
        from .conversation_summary import AsyncAiAnalyticsOrgsUsersConversationSummaryResource

        return AsyncAiAnalyticsOrgsUsersConversationSummaryResource(self._client)

    @cached_property
    def costs(self) -> AsyncAiAnalyticsOrgsUsersCostsResource:
        from .costs import AsyncAiAnalyticsOrgsUsersCostsResource

        return AsyncAiAnalyticsOrgsUsersCostsResource(self._client)

    @cached_property
    def mentor_detail(self) -> AsyncAiAnalyticsOrgsUsersMentorDetailResource:
        from .mentor_detail import AsyncAiAnalyticsOrgsUsersMentorDetailResource

        return AsyncAiAnalyticsOrgsUsersMentorDetailResource(self._client)

    @cached_property
    def mentor_summary(self) -> AsyncAiAnalyticsOrgsUsersMentorSummaryResource:
        from .mentor_summary import AsyncAiAnalyticsOrgsUsersMentorSummaryResource

        return AsyncAiAnalyticsOrgsUsersMentorSummaryResource(self._client)

    @cached_property
    def mentors(self) -> AsyncAiAnalyticsOrgsUsersMentorsResource:
        from .mentors import AsyncAiAnalyticsOrgsUsersMentorsResource

        return AsyncAiAnalyticsOrgsUsersMentorsResource(self._client)

    @cached_property
    def most_discussed_topics(self) -> AsyncAiAnalyticsOrgsUsersMostDiscussedTopicsResource:
        from .most_discussed_topics import AsyncAiAnalyticsOrgsUsersMostDiscussedTopicsResource

        return AsyncAiAnalyticsOrgsUsersMostDiscussedTopicsResource(self._client)

    @cached_property
    def observations(self) -> AsyncAiAnalyticsOrgsUsersObservationsResource:
        from .observations import AsyncAiAnalyticsOrgsUsersObservationsResource

        return AsyncAiAnalyticsOrgsUsersObservationsResource(self._client)

    @cached_property
    def overview_summary(self) -> AsyncAiAnalyticsOrgsUsersOverviewSummaryResource:
        from .overview_summary import AsyncAiAnalyticsOrgsUsersOverviewSummaryResource

        return AsyncAiAnalyticsOrgsUsersOverviewSummaryResource(self._client)

    @cached_property
    def rating_summary(self) -> AsyncAiAnalyticsOrgsUsersRatingSummaryResource:
        from .rating_summary import AsyncAiAnalyticsOrgsUsersRatingSummaryResource

        return AsyncAiAnalyticsOrgsUsersRatingSummaryResource(self._client)

    @cached_property
    def registered_users_trend(self) -> AsyncAiAnalyticsOrgsUsersRegisteredUsersTrendResource:
        from .registered_users_trend import AsyncAiAnalyticsOrgsUsersRegisteredUsersTrendResource

        return AsyncAiAnalyticsOrgsUsersRegisteredUsersTrendResource(self._client)

    @cached_property
    def sentiment_count(self) -> AsyncAiAnalyticsOrgsUsersSentimentCountResource:
        from .sentiment_count import AsyncAiAnalyticsOrgsUsersSentimentCountResource

        return AsyncAiAnalyticsOrgsUsersSentimentCountResource(self._client)

    @cached_property
    def tenant_cost(self) -> AsyncAiAnalyticsOrgsUsersTenantCostResource:
        from .tenant_cost import AsyncAiAnalyticsOrgsUsersTenantCostResource

        return AsyncAiAnalyticsOrgsUsersTenantCostResource(self._client)

    @cached_property
    def top_students_by_chat_messages(
        self,
    ) -> AsyncAiAnalyticsOrgsUsersTopStudentsByChatMessagesResource:
        from .top_students_by_chat_messages import (
            AsyncAiAnalyticsOrgsUsersTopStudentsByChatMessagesResource,
        )

        return AsyncAiAnalyticsOrgsUsersTopStudentsByChatMessagesResource(self._client)

    @cached_property
    def topic_overview(self) -> AsyncAiAnalyticsOrgsUsersTopicOverviewResource:
        from .topic_overview import AsyncAiAnalyticsOrgsUsersTopicOverviewResource

        return AsyncAiAnalyticsOrgsUsersTopicOverviewResource(self._client)

    @cached_property
    def topic_statistics(self) -> AsyncAiAnalyticsOrgsUsersTopicStatisticsResource:
        from .topic_statistics import AsyncAiAnalyticsOrgsUsersTopicStatisticsResource

        return AsyncAiAnalyticsOrgsUsersTopicStatisticsResource(self._client)

    @cached_property
    def topics(self) -> AsyncAiAnalyticsOrgsUsersTopicsResource:
        from .topics import AsyncAiAnalyticsOrgsUsersTopicsResource

        return AsyncAiAnalyticsOrgsUsersTopicsResource(self._client)

    @cached_property
    def total_users_by_mentor(self) -> AsyncAiAnalyticsOrgsUsersTotalUsersByMentorResource:
        from .total_users_by_mentor import AsyncAiAnalyticsOrgsUsersTotalUsersByMentorResource

        return AsyncAiAnalyticsOrgsUsersTotalUsersByMentorResource(self._client)

    @cached_property
    def traces(self) -> AsyncAiAnalyticsOrgsUsersTracesResource:
        from .traces import AsyncAiAnalyticsOrgsUsersTracesResource

        return AsyncAiAnalyticsOrgsUsersTracesResource(self._client)

    @cached_property
    def transcripts(self) -> AsyncAiAnalyticsOrgsUsersTranscriptsResource:
        from .transcripts import AsyncAiAnalyticsOrgsUsersTranscriptsResource

        return AsyncAiAnalyticsOrgsUsersTranscriptsResource(self._client)

    @cached_property
    def usage_summary(self) -> AsyncAiAnalyticsOrgsUsersUsageSummaryResource:
        from .usage_summary import AsyncAiAnalyticsOrgsUsersUsageSummaryResource

        return AsyncAiAnalyticsOrgsUsersUsageSummaryResource(self._client)

    @cached_property
    def user_cohorts_over_time(self) -> AsyncAiAnalyticsOrgsUsersUserCohortsOverTimeResource:
        from .user_cohorts_over_time import AsyncAiAnalyticsOrgsUsersUserCohortsOverTimeResource

        return AsyncAiAnalyticsOrgsUsersUserCohortsOverTimeResource(self._client)

    @cached_property
    def user_cost(self) -> AsyncAiAnalyticsOrgsUsersUserCostResource:
        from .user_cost import AsyncAiAnalyticsOrgsUsersUserCostResource

        return AsyncAiAnalyticsOrgsUsersUserCostResource(self._client)

    @cached_property
    def user_feedback(self) -> AsyncAiAnalyticsOrgsUsersUserFeedbackResource:
        from .user_feedback import AsyncAiAnalyticsOrgsUsersUserFeedbackResource

        return AsyncAiAnalyticsOrgsUsersUserFeedbackResource(self._client)

    @cached_property
    def user_metrics(self) -> AsyncAiAnalyticsOrgsUsersUserMetricsResource:
        from .user_metrics import AsyncAiAnalyticsOrgsUsersUserMetricsResource

        return AsyncAiAnalyticsOrgsUsersUserMetricsResource(self._client)

    @cached_property
    def user_metrics_pie_chart(self) -> AsyncAiAnalyticsOrgsUsersUserMetricsPieChartResource:
        from .user_metrics_pie_chart import AsyncAiAnalyticsOrgsUsersUserMetricsPieChartResource

        return AsyncAiAnalyticsOrgsUsersUserMetricsPieChartResource(self._client)

    @cached_property
    def user_sentiment(self) -> AsyncAiAnalyticsOrgsUsersUserSentimentResource:
        from .user_sentiment import AsyncAiAnalyticsOrgsUsersUserSentimentResource

        return AsyncAiAnalyticsOrgsUsersUserSentimentResource(self._client)


class AsyncAiAnalyticsOrgsUsersResourceWithRawResponse:
    """`AsyncClient.ai_analytics.orgs.users`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiAnalyticsOrgsUsersResource) -> None:
        self._resource = resource

    @cached_property
    def average_messages_per_session(
        self,
    ) -> AsyncAiAnalyticsOrgsUsersAverageMessagesPerSessionResourceWithRawResponse:
        from .average_messages_per_session import (
            AsyncAiAnalyticsOrgsUsersAverageMessagesPerSessionResourceWithRawResponse,
        )

        return AsyncAiAnalyticsOrgsUsersAverageMessagesPerSessionResourceWithRawResponse(
            self._resource.average_messages_per_session
        )

    @cached_property
    def chat_history(self) -> AsyncAiAnalyticsOrgsUsersChatHistoryResourceWithRawResponse:
        from .chat_history import AsyncAiAnalyticsOrgsUsersChatHistoryResourceWithRawResponse

        return AsyncAiAnalyticsOrgsUsersChatHistoryResourceWithRawResponse(
            self._resource.chat_history
        )

    @cached_property
    def chat_history_filter(
        self,
    ) -> AsyncAiAnalyticsOrgsUsersChatHistoryFilterResourceWithRawResponse:
        from .chat_history_filter import (
            AsyncAiAnalyticsOrgsUsersChatHistoryFilterResourceWithRawResponse,
        )

        return AsyncAiAnalyticsOrgsUsersChatHistoryFilterResourceWithRawResponse(
            self._resource.chat_history_filter
        )

    @cached_property
    def conversation(self) -> AsyncAiAnalyticsOrgsUsersConversationResourceWithRawResponse:
        from .conversation import AsyncAiAnalyticsOrgsUsersConversationResourceWithRawResponse

        return AsyncAiAnalyticsOrgsUsersConversationResourceWithRawResponse(
            self._resource.conversation
        )

    @cached_property
    def conversation_summary(
        self,
    ) -> AsyncAiAnalyticsOrgsUsersConversationSummaryResourceWithRawResponse:
        from .conversation_summary import (
            AsyncAiAnalyticsOrgsUsersConversationSummaryResourceWithRawResponse,
        )

        return AsyncAiAnalyticsOrgsUsersConversationSummaryResourceWithRawResponse(
            self._resource.conversation_summary
        )

    @cached_property
    def costs(self) -> AsyncAiAnalyticsOrgsUsersCostsResourceWithRawResponse:
        from .costs import AsyncAiAnalyticsOrgsUsersCostsResourceWithRawResponse

        return AsyncAiAnalyticsOrgsUsersCostsResourceWithRawResponse(self._resource.costs)

    @cached_property
    def mentor_detail(self) -> AsyncAiAnalyticsOrgsUsersMentorDetailResourceWithRawResponse:
        from .mentor_detail import AsyncAiAnalyticsOrgsUsersMentorDetailResourceWithRawResponse

        return AsyncAiAnalyticsOrgsUsersMentorDetailResourceWithRawResponse(
            self._resource.mentor_detail
        )

    @cached_property
    def mentor_summary(self) -> AsyncAiAnalyticsOrgsUsersMentorSummaryResourceWithRawResponse:
        from .mentor_summary import AsyncAiAnalyticsOrgsUsersMentorSummaryResourceWithRawResponse

        return AsyncAiAnalyticsOrgsUsersMentorSummaryResourceWithRawResponse(
            self._resource.mentor_summary
        )

    @cached_property
    def mentors(self) -> AsyncAiAnalyticsOrgsUsersMentorsResourceWithRawResponse:
        from .mentors import AsyncAiAnalyticsOrgsUsersMentorsResourceWithRawResponse

        return AsyncAiAnalyticsOrgsUsersMentorsResourceWithRawResponse(self._resource.mentors)

    @cached_property
    def most_discussed_topics(
        self,
    ) -> AsyncAiAnalyticsOrgsUsersMostDiscussedTopicsResourceWithRawResponse:
        from .most_discussed_topics import (
            AsyncAiAnalyticsOrgsUsersMostDiscussedTopicsResourceWithRawResponse,
        )

        return AsyncAiAnalyticsOrgsUsersMostDiscussedTopicsResourceWithRawResponse(
            self._resource.most_discussed_topics
        )

    @cached_property
    def observations(self) -> AsyncAiAnalyticsOrgsUsersObservationsResourceWithRawResponse:
        from .observations import AsyncAiAnalyticsOrgsUsersObservationsResourceWithRawResponse

        return AsyncAiAnalyticsOrgsUsersObservationsResourceWithRawResponse(
            self._resource.observations
        )

    @cached_property
    def overview_summary(self) -> AsyncAiAnalyticsOrgsUsersOverviewSummaryResourceWithRawResponse:
        from .overview_summary import (
            AsyncAiAnalyticsOrgsUsersOverviewSummaryResourceWithRawResponse,
        )

        return AsyncAiAnalyticsOrgsUsersOverviewSummaryResourceWithRawResponse(
            self._resource.overview_summary
        )

    @cached_property
    def rating_summary(self) -> AsyncAiAnalyticsOrgsUsersRatingSummaryResourceWithRawResponse:
        from .rating_summary import AsyncAiAnalyticsOrgsUsersRatingSummaryResourceWithRawResponse

        return AsyncAiAnalyticsOrgsUsersRatingSummaryResourceWithRawResponse(
            self._resource.rating_summary
        )

    @cached_property
    def registered_users_trend(
        self,
    ) -> AsyncAiAnalyticsOrgsUsersRegisteredUsersTrendResourceWithRawResponse:
        from .registered_users_trend import (
            AsyncAiAnalyticsOrgsUsersRegisteredUsersTrendResourceWithRawResponse,
        )

        return AsyncAiAnalyticsOrgsUsersRegisteredUsersTrendResourceWithRawResponse(
            self._resource.registered_users_trend
        )

    @cached_property
    def sentiment_count(self) -> AsyncAiAnalyticsOrgsUsersSentimentCountResourceWithRawResponse:
        from .sentiment_count import AsyncAiAnalyticsOrgsUsersSentimentCountResourceWithRawResponse

        return AsyncAiAnalyticsOrgsUsersSentimentCountResourceWithRawResponse(
            self._resource.sentiment_count
        )

    @cached_property
    def tenant_cost(self) -> AsyncAiAnalyticsOrgsUsersTenantCostResourceWithRawResponse:
        from .tenant_cost import AsyncAiAnalyticsOrgsUsersTenantCostResourceWithRawResponse

        return AsyncAiAnalyticsOrgsUsersTenantCostResourceWithRawResponse(
            self._resource.tenant_cost
        )

    @cached_property
    def top_students_by_chat_messages(
        self,
    ) -> AsyncAiAnalyticsOrgsUsersTopStudentsByChatMessagesResourceWithRawResponse:
        from .top_students_by_chat_messages import (
            AsyncAiAnalyticsOrgsUsersTopStudentsByChatMessagesResourceWithRawResponse,
        )

        return AsyncAiAnalyticsOrgsUsersTopStudentsByChatMessagesResourceWithRawResponse(
            self._resource.top_students_by_chat_messages
        )

    @cached_property
    def topic_overview(self) -> AsyncAiAnalyticsOrgsUsersTopicOverviewResourceWithRawResponse:
        from .topic_overview import AsyncAiAnalyticsOrgsUsersTopicOverviewResourceWithRawResponse

        return AsyncAiAnalyticsOrgsUsersTopicOverviewResourceWithRawResponse(
            self._resource.topic_overview
        )

    @cached_property
    def topic_statistics(self) -> AsyncAiAnalyticsOrgsUsersTopicStatisticsResourceWithRawResponse:
        from .topic_statistics import (
            AsyncAiAnalyticsOrgsUsersTopicStatisticsResourceWithRawResponse,
        )

        return AsyncAiAnalyticsOrgsUsersTopicStatisticsResourceWithRawResponse(
            self._resource.topic_statistics
        )

    @cached_property
    def topics(self) -> AsyncAiAnalyticsOrgsUsersTopicsResourceWithRawResponse:
        from .topics import AsyncAiAnalyticsOrgsUsersTopicsResourceWithRawResponse

        return AsyncAiAnalyticsOrgsUsersTopicsResourceWithRawResponse(self._resource.topics)

    @cached_property
    def total_users_by_mentor(
        self,
    ) -> AsyncAiAnalyticsOrgsUsersTotalUsersByMentorResourceWithRawResponse:
        from .total_users_by_mentor import (
            AsyncAiAnalyticsOrgsUsersTotalUsersByMentorResourceWithRawResponse,
        )

        return AsyncAiAnalyticsOrgsUsersTotalUsersByMentorResourceWithRawResponse(
            self._resource.total_users_by_mentor
        )

    @cached_property
    def traces(self) -> AsyncAiAnalyticsOrgsUsersTracesResourceWithRawResponse:
        from .traces import AsyncAiAnalyticsOrgsUsersTracesResourceWithRawResponse

        return AsyncAiAnalyticsOrgsUsersTracesResourceWithRawResponse(self._resource.traces)

    @cached_property
    def transcripts(self) -> AsyncAiAnalyticsOrgsUsersTranscriptsResourceWithRawResponse:
        from .transcripts import AsyncAiAnalyticsOrgsUsersTranscriptsResourceWithRawResponse

        return AsyncAiAnalyticsOrgsUsersTranscriptsResourceWithRawResponse(
            self._resource.transcripts
        )

    @cached_property
    def usage_summary(self) -> AsyncAiAnalyticsOrgsUsersUsageSummaryResourceWithRawResponse:
        from .usage_summary import AsyncAiAnalyticsOrgsUsersUsageSummaryResourceWithRawResponse

        return AsyncAiAnalyticsOrgsUsersUsageSummaryResourceWithRawResponse(
            self._resource.usage_summary
        )

    @cached_property
    def user_cohorts_over_time(
        self,
    ) -> AsyncAiAnalyticsOrgsUsersUserCohortsOverTimeResourceWithRawResponse:
        from .user_cohorts_over_time import (
            AsyncAiAnalyticsOrgsUsersUserCohortsOverTimeResourceWithRawResponse,
        )

        return AsyncAiAnalyticsOrgsUsersUserCohortsOverTimeResourceWithRawResponse(
            self._resource.user_cohorts_over_time
        )

    @cached_property
    def user_cost(self) -> AsyncAiAnalyticsOrgsUsersUserCostResourceWithRawResponse:
        from .user_cost import AsyncAiAnalyticsOrgsUsersUserCostResourceWithRawResponse

        return AsyncAiAnalyticsOrgsUsersUserCostResourceWithRawResponse(self._resource.user_cost)

    @cached_property
    def user_feedback(self) -> AsyncAiAnalyticsOrgsUsersUserFeedbackResourceWithRawResponse:
        from .user_feedback import AsyncAiAnalyticsOrgsUsersUserFeedbackResourceWithRawResponse

        return AsyncAiAnalyticsOrgsUsersUserFeedbackResourceWithRawResponse(
            self._resource.user_feedback
        )

    @cached_property
    def user_metrics(self) -> AsyncAiAnalyticsOrgsUsersUserMetricsResourceWithRawResponse:
        from .user_metrics import AsyncAiAnalyticsOrgsUsersUserMetricsResourceWithRawResponse

        return AsyncAiAnalyticsOrgsUsersUserMetricsResourceWithRawResponse(
            self._resource.user_metrics
        )

    @cached_property
    def user_metrics_pie_chart(
        self,
    ) -> AsyncAiAnalyticsOrgsUsersUserMetricsPieChartResourceWithRawResponse:
        from .user_metrics_pie_chart import (
            AsyncAiAnalyticsOrgsUsersUserMetricsPieChartResourceWithRawResponse,
        )

        return AsyncAiAnalyticsOrgsUsersUserMetricsPieChartResourceWithRawResponse(
            self._resource.user_metrics_pie_chart
        )

    @cached_property
    def user_sentiment(self) -> AsyncAiAnalyticsOrgsUsersUserSentimentResourceWithRawResponse:
        from .user_sentiment import AsyncAiAnalyticsOrgsUsersUserSentimentResourceWithRawResponse

        return AsyncAiAnalyticsOrgsUsersUserSentimentResourceWithRawResponse(
            self._resource.user_sentiment
        )
