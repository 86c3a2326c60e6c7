"""`Client.ai_mentor.orgs`: 17 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client
    from .agent_configs import (
        AiMentorOrgsAgentConfigsResource,
        AiMentorOrgsAgentConfigsResourceWithRawResponse,
        AsyncAiMentorOrgsAgentConfigsResource,
        AsyncAiMentorOrgsAgentConfigsResourceWithRawResponse,
    )
    from .agent_skill_resources import (
        AiMentorOrgsAgentSkillResourcesResource,
        AiMentorOrgsAgentSkillResourcesResourceWithRawResponse,
        AsyncAiMentorOrgsAgentSkillResourcesResource,
        AsyncAiMentorOrgsAgentSkillResourcesResourceWithRawResponse,
    )
    from .agent_skills import (
        AiMentorOrgsAgentSkillsResource,
        AiMentorOrgsAgentSkillsResourceWithRawResponse,
        AsyncAiMentorOrgsAgentSkillsResource,
        AsyncAiMentorOrgsAgentSkillsResourceWithRawResponse,
    )
    from .all_triggers import (
        AiMentorOrgsAllTriggersResource,
        AiMentorOrgsAllTriggersResourceWithRawResponse,
        AsyncAiMentorOrgsAllTriggersResource,
        AsyncAiMentorOrgsAllTriggersResourceWithRawResponse,
    )
    from .claw import (
        AiMentorOrgsClawResource,
        AiMentorOrgsClawResourceWithRawResponse,
        AsyncAiMentorOrgsClawResource,
        AsyncAiMentorOrgsClawResourceWithRawResponse,
    )
    from .mentor_skill_assignments import (
        AiMentorOrgsMentorSkillAssignmentsResource,
        AiMentorOrgsMentorSkillAssignmentsResourceWithRawResponse,
        AsyncAiMentorOrgsMentorSkillAssignmentsResource,
        AsyncAiMentorOrgsMentorSkillAssignmentsResourceWithRawResponse,
    )
    from .mentors import (
        AiMentorOrgsMentorsResource,
        AiMentorOrgsMentorsResourceWithRawResponse,
        AsyncAiMentorOrgsMentorsResource,
        AsyncAiMentorOrgsMentorsResourceWithRawResponse,
    )
    from .metadata import (
        AiMentorOrgsMetadataResource,
        AiMentorOrgsMetadataResourceWithRawResponse,
        AsyncAiMentorOrgsMetadataResource,
        AsyncAiMentorOrgsMetadataResourceWithRawResponse,
    )
    from .offline import (
        AiMentorOrgsOfflineResource,
        AiMentorOrgsOfflineResourceWithRawResponse,
        AsyncAiMentorOrgsOfflineResource,
        AsyncAiMentorOrgsOfflineResourceWithRawResponse,
    )
    from .projects import (
        AiMentorOrgsProjectsResource,
        AiMentorOrgsProjectsResourceWithRawResponse,
        AsyncAiMentorOrgsProjectsResource,
        AsyncAiMentorOrgsProjectsResourceWithRawResponse,
    )
    from .quiz_customizer import (
        AiMentorOrgsQuizCustomizerResource,
        AiMentorOrgsQuizCustomizerResourceWithRawResponse,
        AsyncAiMentorOrgsQuizCustomizerResource,
        AsyncAiMentorOrgsQuizCustomizerResourceWithRawResponse,
    )
    from .sessions import (
        AiMentorOrgsSessionsResource,
        AiMentorOrgsSessionsResourceWithRawResponse,
        AsyncAiMentorOrgsSessionsResource,
        AsyncAiMentorOrgsSessionsResourceWithRawResponse,
    )
    from .trigger import (
        AiMentorOrgsTriggerResource,
        AiMentorOrgsTriggerResourceWithRawResponse,
        AsyncAiMentorOrgsTriggerResource,
        AsyncAiMentorOrgsTriggerResourceWithRawResponse,
    )
    from .trigger_templates import (
        AiMentorOrgsTriggerTemplatesResource,
        AiMentorOrgsTriggerTemplatesResourceWithRawResponse,
        AsyncAiMentorOrgsTriggerTemplatesResource,
        AsyncAiMentorOrgsTriggerTemplatesResourceWithRawResponse,
    )
    from .users import (
        AiMentorOrgsUsersResource,
        AiMentorOrgsUsersResourceWithRawResponse,
        AsyncAiMentorOrgsUsersResource,
        AsyncAiMentorOrgsUsersResourceWithRawResponse,
    )
    from .webhooks import (
        AiMentorOrgsWebhooksResource,
        AiMentorOrgsWebhooksResourceWithRawResponse,
        AsyncAiMentorOrgsWebhooksResource,
        AsyncAiMentorOrgsWebhooksResourceWithRawResponse,
    )
    from .workflows import (
        AiMentorOrgsWorkflowsResource,
        AiMentorOrgsWorkflowsResourceWithRawResponse,
        AsyncAiMentorOrgsWorkflowsResource,
        AsyncAiMentorOrgsWorkflowsResourceWithRawResponse,
    )

__all__ = [
    "AiMentorOrgsResource",
    "AiMentorOrgsResourceWithRawResponse",
    "AsyncAiMentorOrgsResource",
    "AsyncAiMentorOrgsResourceWithRawResponse",
]


class AiMentorOrgsResource:
    """`Client.ai_mentor.orgs`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsResourceWithRawResponse(self)

    @cached_property
    def agent_configs(self) -> AiMentorOrgsAgentConfigsResource:
        from .agent_configs import AiMentorOrgsAgentConfigsResource

        return AiMentorOrgsAgentConfigsResource(self._client)

    @cached_property
    def agent_skill_resources(self) -> AiMentorOrgsAgentSkillResourcesResource:
        from .agent_skill_resources import AiMentorOrgsAgentSkillResourcesResource

        return AiMentorOrgsAgentSkillResourcesResource(self._client)

    @cached_property
    def agent_skills(self) -> AiMentorOrgsAgentSkillsResource:
        from .agent_skills import AiMentorOrgsAgentSkillsResource

        return AiMentorOrgsAgentSkillsResource(self._client)

    @cached_property
    def all_triggers(self) -> AiMentorOrgsAllTriggersResource:
        from .all_triggers import AiMentorOrgsAllTriggersResource

        return AiMentorOrgsAllTriggersResource(self._client)

    @cached_property
    def claw(self) -> AiMentorOrgsClawResource:
        from .claw import AiMentorOrgsClawResource

        return AiMentorOrgsClawResource(self._client)

    @cached_property
    def mentor_skill_assignments(self) -> AiMentorOrgsMentorSkillAssignmentsResource:
        from .mentor_skill_assignments import AiMentorOrgsMentorSkillAssignmentsResource

        return AiMentorOrgsMentorSkillAssignmentsResource(self._client)

    @cached_property
    def mentors(self) -> AiMentorOrgsMentorsResource:
        from .mentors import AiMentorOrgsMentorsResource

        return AiMentorOrgsMentorsResource(self._client)

    @cached_property
    def metadata(self) -> AiMentorOrgsMetadataResource:
        from .metadata import AiMentorOrgsMetadataResource

        return AiMentorOrgsMetadataResource(self._client)

    @cached_property
    def offline(self) -> AiMentorOrgsOfflineResource:
        from .offline import AiMentorOrgsOfflineResource

        return AiMentorOrgsOfflineResource(self._client)

    @cached_property
    def projects(self) -> AiMentorOrgsProjectsResource:
        from .projects import AiMentorOrgsProjectsResource

        return AiMentorOrgsProjectsResource(self._client)

    @cached_property
    def quiz_customizer(self) -> AiMentorOrgsQuizCustomizerResource:
        from .quiz_customizer import AiMentorOrgsQuizCustomizerResource

        return AiMentorOrgsQuizCustomizerResource(self._client)

    @cached_property
    def sessions(self) -> AiMentorOrgsSessionsResource:
        from .sessions import AiMentorOrgsSessionsResource

        return AiMentorOrgsSessionsResource(self._client)

    @cached_property
    def trigger(self) -> AiMentorOrgsTriggerResource:
        from .trigger import AiMentorOrgsTriggerResource

        return AiMentorOrgsTriggerResource(self._client)

    @cached_property
    def trigger_templates(self) -> AiMentorOrgsTriggerTemplatesResource:
        from .trigger_templates import AiMentorOrgsTriggerTemplatesResource

        return AiMentorOrgsTriggerTemplatesResource(self._client)

    @cached_property
    def users(self) -> AiMentorOrgsUsersResource:
        from .users import AiMentorOrgsUsersResource

        return AiMentorOrgsUsersResource(self._client)

    @cached_property
    def webhooks(self) -> AiMentorOrgsWebhooksResource:
        from .webhooks import AiMentorOrgsWebhooksResource

        return AiMentorOrgsWebhooksResource(self._client)

    @cached_property
    def workflows(self) -> AiMentorOrgsWorkflowsResource:
        from .workflows import AiMentorOrgsWorkflowsResource

        return AiMentorOrgsWorkflowsResource(self._client)


class AiMentorOrgsResourceWithRawResponse:
    """`Client.ai_mentor.orgs`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsResource) -> None:
        self._resource = resource

    @cached_property
    def agent_configs(self) -> AiMentorOrgsAgentConfigsResourceWithRawResponse:
        from .agent_configs import AiMentorOrgsAgentConfigsResourceWithRawResponse

        return AiMentorOrgsAgentConfigsResourceWithRawResponse(self._resource.agent_configs)

    @cached_property
    def agent_skill_resources(self) -> AiMentorOrgsAgentSkillResourcesResourceWithRawResponse:
        from .agent_skill_resources import AiMentorOrgsAgentSkillResourcesResourceWithRawResponse

        return AiMentorOrgsAgentSkillResourcesResourceWithRawResponse(
            self._resource.agent_skill_resources
        )

    @cached_property
    def agent_skills(self) -> AiMentorOrgsAgentSkillsResourceWithRawResponse:
        from .agent_skills import AiMentorOrgsAgentSkillsResourceWithRawResponse

        return AiMentorOrgsAgentSkillsResourceWithRawResponse(self._resource.agent_skills)

    @cached_property
    def all_triggers(self) -> AiMentorOrgsAllTriggersResourceWithRawResponse:
        from .all_triggers import AiMentorOrgsAllTriggersResourceWithRawResponse

        return AiMentorOrgsAllTriggersResourceWithRawResponse(self._resource.all_triggers)

    @cached_property
    def claw(self) -> AiMentorOrgsClawResourceWithRawResponse:
        from .claw import AiMentorOrgsClawResourceWithRawResponse

        return AiMentorOrgsClawResourceWithRawResponse(self._resource.claw)

    @cached_property
    def mentor_skill_assignments(self) -> AiMentorOrgsMentorSkillAssignmentsResourceWithRawResponse:
        from .mentor_skill_assignments import (
            AiMentorOrgsMentorSkillAssignmentsResourceWithRawResponse,
        )

        return AiMentorOrgsMentorSkillAssignmentsResourceWithRawResponse(
            self._resource.mentor_skill_assignments
        )

    @cached_property
    def mentors(self) -> AiMentorOrgsMentorsResourceWithRawResponse:
        from .mentors import AiMentorOrgsMentorsResourceWithRawResponse

        return AiMentorOrgsMentorsResourceWithRawResponse(self._resource.mentors)

    @cached_property
    def metadata(self) -> AiMentorOrgsMetadataResourceWithRawResponse:
        from .metadata import AiMentorOrgsMetadataResourceWithRawResponse

        return AiMentorOrgsMetadataResourceWithRawResponse(self._resource.metadata)

    @cached_property
    def offline(self) -> AiMentorOrgsOfflineResourceWithRawResponse:
        from .offline import AiMentorOrgsOfflineResourceWithRawResponse

        return AiMentorOrgsOfflineResourceWithRawResponse(self._resource.offline)

    @cached_property
    def projects(self) -> AiMentorOrgsProjectsResourceWithRawResponse:
        from .projects import AiMentorOrgsProjectsResourceWithRawResponse

        return AiMentorOrgsProjectsResourceWithRawResponse(self._resource.projects)

    @cached_property
    def quiz_customizer(self) -> AiMentorOrgsQuizCustomizerResourceWithRawResponse:
        from .quiz_customizer import AiMentorOrgsQuizCustomizerResourceWithRawResponse

        return AiMentorOrgsQuizCustomizerResourceWithRawResponse(self._resource.quiz_customizer)

    @cached_property
    def sessions(self) -> AiMentorOrgsSessionsResourceWithRawResponse:
        from .sessions import AiMentorOrgsSessionsResourceWithRawResponse

        return AiMentorOrgsSessionsResourceWithRawResponse(self._resource.sessions)

    @cached_property
    def trigger(self) -> AiMentorOrgsTriggerResourceWithRawResponse:
        from .trigger import AiMentorOrgsTriggerResourceWithRawResponse

        return AiMentorOrgsTriggerResourceWithRawResponse(self._resource.trigger)

    @cached_property
    def trigger_templates(self) -> AiMentorOrgsTriggerTemplatesResourceWithRawResponse:
        from .trigger_templates import AiMentorOrgsTriggerTemplatesResourceWithRawResponse

        return AiMentorOrgsTriggerTemplatesResourceWithRawResponse(self._resource.trigger_templates)

    @cached_property
    def users(self) -> AiMentorOrgsUsersResourceWithRawResponse:
        from .users import AiMentorOrgsUsersResourceWithRawResponse

        return AiMentorOrgsUsersResourceWithRawResponse(self._resource.users)

    @cached_property
    def webhooks(self) -> AiMentorOrgsWebhooksResourceWithRawResponse:
        from .webhooks import AiMentorOrgsWebhooksResourceWithRawResponse

        return AiMentorOrgsWebhooksResourceWithRawResponse(self._resource.webhooks)

    @cached_property
    def workflows(self) -> AiMentorOrgsWorkflowsResourceWithRawResponse:
        from .workflows import AiMentorOrgsWorkflowsResourceWithRawResponse

        return AiMentorOrgsWorkflowsResourceWithRawResponse(self._resource.workflows)


class AsyncAiMentorOrgsResource:
    """`AsyncClient.ai_mentor.orgs`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMentorOrgsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsResourceWithRawResponse(self)

    @cached_property
    def agent_configs(self) -> AsyncAiMentorOrgsAgentConfigsResource:
        from .agent_configs import AsyncAiMentorOrgsAgentConfigsResource

        return AsyncAiMentorOrgsAgentConfigsResource(self._client)

    @cached_property
    def agent_skill_resources(self) -> AsyncAiMentorOrgsAgentSkillResourcesResource:
        from .agent_skill_resources import AsyncAiMentorOrgsAgentSkillResourcesResource

        return AsyncAiMentorOrgsAgentSkillResourcesResource(self._client)

    @cached_property
    def agent_skills(self) -> AsyncAiMentorOrgsAgentSkillsResource:
        from .agent_skills import AsyncAiMentorOrgsAgentSkillsResource

        return AsyncAiMentorOrgsAgentSkillsResource(self._client)

    @cached_property
    def all_triggers(self) -> AsyncAiMentorOrgsAllTriggersResource:
        from .all_triggers import AsyncAiMentorOrgsAllTriggersResource

        return AsyncAiMentorOrgsAllTriggersResource(self._client)

    @cached_property
    def claw(self) -> AsyncAiMentorOrgsClawResource:
        from .claw import AsyncAiMentorOrgsClawResource

        return AsyncAiMentorOrgsClawResource(self._client)

    @cached_property
    def mentor_skill_assignments(self) -> AsyncAiMentorOrgsMentorSkillAssignmentsResource:
        from .mentor_skill_assignments import AsyncAiMentorOrgsMentorSkillAssignmentsResource

        return AsyncAiMentorOrgsMentorSkillAssignmentsResource(self._client)

    @cached_property
    def mentors(self) -> AsyncAiMentorOrgsMentorsResource:
        from .mentors import AsyncAiMentorOrgsMentorsResource

        return AsyncAiMentorOrgsMentorsResource(self._client)

    @cached_property
    def metadata(self) -> AsyncAiMentorOrgsMetadataResource:
        from .metadata import AsyncAiMentorOrgsMetadataResource

        return AsyncAiMentorOrgsMetadataResource(self._client)

    @cached_property
    def offline(self) -> AsyncAiMentorOrgsOfflineResource:
        from .offline import AsyncAiMentorOrgsOfflineResource

        return AsyncAiMentorOrgsOfflineResource(self._client)

    @cached_property
    def projects(self) -> AsyncAiMentorOrgsProjectsResource:
        from .projects import AsyncAiMentorOrgsProjectsResource

        return AsyncAiMentorOrgsProjectsResource(self._client)

    @cached_property
    def quiz_customizer(self) -> AsyncAiMentorOrgsQuizCustomizerResource:
        from .quiz_customizer import AsyncAiMentorOrgsQuizCustomizerResource

        return AsyncAiMentorOrgsQuizCustomizerResource(self._client)

    @cached_property
    def sessions(self) -> AsyncAiMentorOrgsSessionsResource:
        from .sessions import AsyncAiMentorOrgsSessionsResource

        return AsyncAiMentorOrgsSessionsResource(self._client)

    @cached_property
    def trigger(self) -> AsyncAiMentorOrgsTriggerResource:
        from .trigger import AsyncAiMentorOrgsTriggerResource

        return AsyncAiMentorOrgsTriggerResource(self._client)

    @cached_property
    def trigger_templates(self) -> AsyncAiMentorOrgsTriggerTemplatesResource:
        from .trigger_templates import AsyncAiMentorOrgsTriggerTemplatesResource

        return AsyncAiMentorOrgsTriggerTemplatesResource(self._client)

    @cached_property
    def users(self) -> AsyncAiMentorOrgsUsersResource:
        from .users import AsyncAiMentorOrgsUsersResource

        return AsyncAiMentorOrgsUsersResource(self._client)

    @cached_property
    def webhooks(self) -> AsyncAiMentorOrgsWebhooksResource:
        from .webhooks import AsyncAiMentorOrgsWebhooksResource

        return AsyncAiMentorOrgsWebhooksResource(self._client)

    @cached_property
    def workflows(self) -> AsyncAiMentorOrgsWorkflowsResource:
        from .workflows import AsyncAiMentorOrgsWorkflowsResource

        return AsyncAiMentorOrgsWorkflowsResource(self._client)


class AsyncAiMentorOrgsResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsResource) -> None:
        self._resource = resource

    @cached_property
    def agent_configs(self) -> AsyncAiMentorOrgsAgentConfigsResourceWithRawResponse:
        from .agent_configs import AsyncAiMentorOrgsAgentConfigsResourceWithRawResponse

        return AsyncAiMentorOrgsAgentConfigsResourceWithRawResponse(self._resource.agent_configs)

    @cached_property
    def agent_skill_resources(self) -> AsyncAiMentorOrgsAgentSkillResourcesResourceWithRawResponse:
        from .agent_skill_resources import (
            AsyncAiMentorOrgsAgentSkillResourcesResourceWithRawResponse,
        )

        return AsyncAiMentorOrgsAgentSkillResourcesResourceWithRawResponse(
            self._resource.agent_skill_resources
        )

    @cached_property
    def agent_skills(self) -> AsyncAiMentorOrgsAgentSkillsResourceWithRawResponse:
        from .agent_skills import AsyncAiMentorOrgsAgentSkillsResourceWithRawResponse

        return AsyncAiMentorOrgsAgentSkillsResourceWithRawResponse(self._resource.agent_skills)

    @cached_property
    def all_triggers(self) -> AsyncAiMentorOrgsAllTriggersResourceWithRawResponse:
        from .all_triggers import AsyncAiMentorOrgsAllTriggersResourceWithRawResponse

        return AsyncAiMentorOrgsAllTriggersResourceWithRawResponse(self._resource.all_triggers)

    @cached_property
    def claw(self) -> AsyncAiMentorOrgsClawResourceWithRawResponse:
        from .claw import AsyncAiMentorOrgsClawResourceWithRawResponse

        return AsyncAiMentorOrgsClawResourceWithRawResponse(self._resource.claw)

    @cached_property
    def mentor_skill_assignments(
        self,
    ) -> AsyncAiMentorOrgsMentorSkillAssignmentsResourceWithRawResponse:
        from .mentor_skill_assignments import (
            AsyncAiMentorOrgsMentorSkillAssignmentsResourceWithRawResponse,
        )

        return AsyncAiMentorOrgsMentorSkillAssignmentsResourceWithRawResponse(
            self._resource.mentor_skill_assignments
        )

    @cached_property
    def mentors(self) -> AsyncAiMentorOrgsMentorsResourceWithRawResponse:
        from .mentors import AsyncAiMentorOrgsMentorsResourceWithRawResponse

        return AsyncAiMentorOrgsMentorsResourceWithRawResponse(self._resource.mentors)

    @cached_property
    def metadata(self) -> AsyncAiMentorOrgsMetadataResourceWithRawResponse:
        from .metadata import AsyncAiMentorOrgsMetadataResourceWithRawResponse

        return AsyncAiMentorOrgsMetadataResourceWithRawResponse(self._resource.metadata)

    @cached_property
    def offline(self) -> AsyncAiMentorOrgsOfflineResourceWithRawResponse:
        from .offline import AsyncAiMentorOrgsOfflineResourceWithRawResponse

        return AsyncAiMentorOrgsOfflineResourceWithRawResponse(self._resource.offline)

    @cached_property
    def projects(self) -> AsyncAiMentorOrgsProjectsResourceWithRawResponse:
        from .projects import AsyncAiMentorOrgsProjectsResourceWithRawResponse

        return AsyncAiMentorOrgsProjectsResourceWithRawResponse(self._resource.projects)

    @cached_property
    def quiz_customizer(self) -> AsyncAiMentorOrgsQuizCustomizerResourceWithRawResponse:
        from .quiz_customizer import AsyncAiMentorOrgsQuizCustomizerResourceWithRawResponse

        return AsyncAiMentorOrgsQuizCustomizerResourceWithRawResponse(
            self._resource.quiz_customizer
        )

    @cached_property
    def sessions(self) -> AsyncAiMentorOrgsSessionsResourceWithRawResponse:
        from .sessions import AsyncAiMentorOrgsSessionsResourceWithRawResponse

        return AsyncAiMentorOrgsSessionsResourceWithRawResponse(self._resource.sessions)

    @cached_property
    def trigger(self) -> AsyncAiMentorOrgsTriggerResourceWithRawResponse:
        from .trigger import AsyncAiMentorOrgsTriggerResourceWithRawResponse

        return AsyncAiMentorOrgsTriggerResourceWithRawResponse(self._resource.trigger)

    @cached_property
    def trigger_templates(self) -> AsyncAiMentorOrgsTriggerTemplatesResourceWithRawResponse:
        from .trigger_templates import AsyncAiMentorOrgsTriggerTemplatesResourceWithRawResponse

        return AsyncAiMentorOrgsTriggerTemplatesResourceWithRawResponse(
            self._resource.trigger_templates
        )

    @cached_property
    def users(self) -> AsyncAiMentorOrgsUsersResourceWithRawResponse:
        from .users import AsyncAiMentorOrgsUsersResourceWithRawResponse

        return AsyncAiMentorOrgsUsersResourceWithRawResponse(self._resource.users)

    @cached_property
    def webhooks(self) -> AsyncAiMentorOrgsWebhooksResourceWithRawResponse:
        from .webhooks import AsyncAiMentorOrgsWebhooksResourceWithRawResponse

        return AsyncAiMentorOrgsWebhooksResourceWithRawResponse(self._resource.webhooks)

    @cached_property
    def workflows(self) -> AsyncAiMentorOrgsWorkflowsResourceWithRawResponse:
        from .workflows import AsyncAiMentorOrgsWorkflowsResourceWithRawResponse

        return AsyncAiMentorOrgsWorkflowsResourceWithRawResponse(self._resource.workflows)
