"""Request and response models of ibl_data_manager_server: generated, do not edit."""

from __future__ import annotations

from datetime import date as date_aliased
from decimal import Decimal
from enum import Enum, IntEnum, StrEnum
from typing import Annotated, Any
from uuid import UUID

from pydantic import (
    MISSING,
    AwareDatetime,
    BaseModel,
    Field,
    RootModel,
    StrictBool,
    StrictFloat,
    StrictInt,
    StrictStr,
)
from typing_extensions import TypeAliasType


class AIGeneratedImage(BaseModel):
    id: StrictInt
    user: Annotated[StrictInt | None | MISSING, Field(description="edX user ID")] = MISSING
    image: StrictStr
    platform: StrictInt | None | MISSING = MISSING
    prompt: StrictStr | MISSING = MISSING
    model: Annotated[StrictStr | MISSING, Field(max_length=255)] = MISSING
    provider: Annotated[StrictStr | MISSING, Field(max_length=255)] = MISSING
    date_created: AwareDatetime


class AIUserProfileMemoryRelation(BaseModel):
    tag: StrictStr
    detail: StrictStr | None | MISSING = MISSING


class AIUserProfileRequest(BaseModel):
    tag: StrictStr
    detail: StrictStr


class AWSTenantLaunchRequest(BaseModel):
    username: StrictStr
    email: StrictStr
    firstname: StrictStr | None = ""
    lastname: StrictStr | None = ""
    password: StrictStr | MISSING = MISSING
    name: Annotated[StrictStr, Field(description="Organization name")]
    key: Annotated[StrictStr, Field(description="Unique key for the organization")]
    ignore_user_exists: StrictBool | None = False
    is_advertising: Annotated[
        StrictBool | None,
        Field(
            description="Advertising mode allows a platform to set custom usd balance to allocate for its members"
        ),
    ] = False
    aws_transaction_id: Annotated[
        StrictStr,
        Field(description="AWS Marketplace Customer Id and Product Code Identifier"),
    ]


class AcceptanceEnum(StrEnum):
    """
    * `Unaccepted` - Unaccepted * `Accepted` - Accepted * `Rejected` - Rejected
    """

    Unaccepted = "Unaccepted"
    Accepted = "Accepted"
    Rejected = "Rejected"


class AccessEnum(StrEnum):
    """
    * `public` - Public * `private` - Private
    """

    public = "public"
    private = "private"


class AccessTimesHeatmap(BaseModel):
    day_of_week: StrictInt
    hour: StrictInt
    value: StrictInt


class AccessibleMentorsByEmailRequest(BaseModel):
    """
    Request serializer for accessible mentors by email endpoint.
    """

    email: Annotated[
        StrictStr | MISSING,
        Field(description="The user email to check mentor access for"),
    ] = MISSING
    all_mentors: Annotated[
        StrictBool | None,
        Field(
            description="If true, return all mentors in the platform (ignoring email if present). If false (default), return only mentors owned by the user's email."
        ),
    ] = False


class AccessibleMentorsByEmailResponse(BaseModel):
    """
    Response serializer for accessible mentors by email.
    """

    mentors: Annotated[list[UUID], Field(description="List of mentor unique IDs")]
    user_id: Annotated[
        StrictInt | None,
        Field(description="The user ID that mentors belong to when all_mentors is False"),
    ]


class ActionBreakdown(BaseModel):
    """
    Action/trace name cost breakdown.
    """

    action: StrictStr
    cost: Decimal
    sessions: StrictInt
    trace_count: StrictInt
    unique_users: StrictInt | MISSING = MISSING


class ActivateUserFreeTrial(BaseModel):
    free_trial_started: StrictBool | None = True
    app: Annotated[StrictStr, Field(description="The app url or name or id")]
    platform: Annotated[StrictStr, Field(description="The platform key")]


class ActiveUsersData(BaseModel):
    username: Annotated[StrictStr, Field(description="learner username")]
    name: Annotated[StrictStr, Field(description="learner name")]
    engagement_index: Annotated[StrictFloat, Field(description="Engagement index")]
    performance_index: Annotated[StrictFloat, Field(description="Performance index")]


class ActiveUsersPerCourseData(BaseModel):
    course_id: Annotated[StrictStr, Field(description="Edx Course ID")]
    name: Annotated[StrictStr, Field(description="Course Name")]
    user_count: Annotated[StrictInt, Field(description="Active users for the period")]


class ActivityData(BaseModel):
    course_id: Annotated[StrictStr, Field(description="edx Course Id")]
    name: Annotated[StrictStr, Field(description="Course name")]
    course_start: Annotated[StrictStr, Field(description="Course start date")]
    course_end: Annotated[StrictStr, Field(description="Course end date")]
    average_time_invested: Annotated[
        StrictFloat,
        Field(description="Overall course average time invested (other students inclusive)"),
    ]
    time_invested: Annotated[StrictInt, Field(description="Total time spent")]
    days_away: Annotated[
        StrictStr, Field(description="Days from today the course has been accessed")
    ]
    last_access_date: Annotated[StrictStr, Field(description="When course was last accessed")]
    days_accessed: Annotated[StrictInt, Field(description="Unique days course was accessed")]


class ActivityInfo(BaseModel):
    """
    Serializer for activity information.
    """

    first_activity: Annotated[AwareDatetime | None, Field(...)]
    last_activity: Annotated[AwareDatetime | None, Field(...)]


class AddMentorToDisclaimer(BaseModel):
    """
    Serializer for adding a mentor to a disclaimer.  This serializer validates the mentor_id input and provides proper schema documentation for the add_mentor action.
    """

    mentor_id: Annotated[
        StrictStr,
        Field(
            description="The unique_id of the mentor to add to the disclaimer.",
            max_length=255,
        ),
    ]


class AgentConfig(BaseModel):
    id: StrictInt
    mentor: UUID
    identity: Annotated[
        StrictStr | MISSING,
        Field(
            description="Agent persona — name, creature type, visual description, vibe (→ IDENTITY.md)."
        ),
    ] = MISSING
    soul: Annotated[
        StrictStr | MISSING,
        Field(
            description="Behavioral guidelines — personality, communication style, values, boundaries (→ SOUL.md)."
        ),
    ] = MISSING
    user_context: Annotated[
        StrictStr | MISSING,
        Field(
            description="User-specific preferences and environment details — SSH hosts, device names, TTS voices (→ USER.md)."
        ),
    ] = MISSING
    tools: Annotated[
        StrictStr | MISSING,
        Field(
            description="Environment-specific reference notes for tool usage — device names, API aliases (→ TOOLS.md). Does not control which skills load."
        ),
    ] = MISSING
    agents: Annotated[
        StrictStr | MISSING,
        Field(
            description="Multi-agent routing — agent IDs, workspaces, model assignments, channel bindings (→ AGENTS.md)."
        ),
    ] = MISSING
    bootstrap: Annotated[
        StrictStr | MISSING,
        Field(
            description="One-time first-run ritual — consumed and deleted by instance after use. Stored here for re-push on redeploy (→ BOOTSTRAP.md)."
        ),
    ] = MISSING
    heartbeat: Annotated[
        StrictStr | MISSING,
        Field(
            description="Periodic awareness checklist content. Schedule settings (interval, activeHours) go in config field (→ HEARTBEAT.md)."
        ),
    ] = MISSING
    memory: Annotated[
        StrictStr | MISSING,
        Field(
            description="Seed memory — long-term curated facts. Instance may modify its own copy over time (→ MEMORY.md)."
        ),
    ] = MISSING
    model: Annotated[
        StrictStr | MISSING,
        Field(
            description="LLM model identifier (e.g. anthropic/claude-sonnet-4-5-20250929).",
            max_length=200,
        ),
    ] = MISSING
    config: Annotated[
        Any | None | MISSING,
        Field(
            description="Instance config patch sent via config.patch RPC — heartbeat schedule, session isolation, skill toggles, model fallbacks, etc."
        ),
    ] = MISSING
    created_at: AwareDatetime
    updated_at: AwareDatetime


class AgentConfigRequest(BaseModel):
    mentor: UUID
    identity: Annotated[
        StrictStr | MISSING,
        Field(
            description="Agent persona — name, creature type, visual description, vibe (→ IDENTITY.md)."
        ),
    ] = MISSING
    soul: Annotated[
        StrictStr | MISSING,
        Field(
            description="Behavioral guidelines — personality, communication style, values, boundaries (→ SOUL.md)."
        ),
    ] = MISSING
    user_context: Annotated[
        StrictStr | MISSING,
        Field(
            description="User-specific preferences and environment details — SSH hosts, device names, TTS voices (→ USER.md)."
        ),
    ] = MISSING
    tools: Annotated[
        StrictStr | MISSING,
        Field(
            description="Environment-specific reference notes for tool usage — device names, API aliases (→ TOOLS.md). Does not control which skills load."
        ),
    ] = MISSING
    agents: Annotated[
        StrictStr | MISSING,
        Field(
            description="Multi-agent routing — agent IDs, workspaces, model assignments, channel bindings (→ AGENTS.md)."
        ),
    ] = MISSING
    bootstrap: Annotated[
        StrictStr | MISSING,
        Field(
            description="One-time first-run ritual — consumed and deleted by instance after use. Stored here for re-push on redeploy (→ BOOTSTRAP.md)."
        ),
    ] = MISSING
    heartbeat: Annotated[
        StrictStr | MISSING,
        Field(
            description="Periodic awareness checklist content. Schedule settings (interval, activeHours) go in config field (→ HEARTBEAT.md)."
        ),
    ] = MISSING
    memory: Annotated[
        StrictStr | MISSING,
        Field(
            description="Seed memory — long-term curated facts. Instance may modify its own copy over time (→ MEMORY.md)."
        ),
    ] = MISSING
    model: Annotated[
        StrictStr | MISSING,
        Field(
            description="LLM model identifier (e.g. anthropic/claude-sonnet-4-5-20250929).",
            max_length=200,
        ),
    ] = MISSING
    config: Annotated[
        Any | None | MISSING,
        Field(
            description="Instance config patch sent via config.patch RPC — heartbeat schedule, session isolation, skill toggles, model fallbacks, etc."
        ),
    ] = MISSING


class AgentSkill(BaseModel):
    id: StrictInt
    name: Annotated[StrictStr, Field(max_length=255)]
    slug: Annotated[StrictStr, Field(max_length=255, pattern="^[-a-zA-Z0-9_]+$")]
    description: StrictStr | MISSING = MISSING
    version: Annotated[StrictStr | MISSING, Field(max_length=50)] = MISSING
    instruction: Annotated[
        StrictStr | MISSING,
        Field(description="SKILL.md body — the agent runbook for this skill."),
    ] = MISSING
    metadata: Annotated[
        Any | None | MISSING,
        Field(description="SKILL.md frontmatter (requires, primaryEnv, emoji, etc.)."),
    ] = MISSING
    enabled: StrictBool | MISSING = MISSING
    platform_key: StrictStr
    created_at: AwareDatetime
    updated_at: AwareDatetime


class AgentSkillRequest(BaseModel):
    name: Annotated[StrictStr, Field(max_length=255)]
    slug: Annotated[StrictStr, Field(max_length=255, pattern="^[-a-zA-Z0-9_]+$")]
    description: StrictStr | MISSING = MISSING
    version: Annotated[StrictStr | MISSING, Field(max_length=50)] = MISSING
    instruction: Annotated[
        StrictStr | MISSING,
        Field(description="SKILL.md body — the agent runbook for this skill."),
    ] = MISSING
    metadata: Annotated[
        Any | None | MISSING,
        Field(description="SKILL.md frontmatter (requires, primaryEnv, emoji, etc.)."),
    ] = MISSING
    enabled: StrictBool | MISSING = MISSING


class AlignMentorBubbleEnum(StrEnum):
    """
    * `left` - Left * `right` - Right
    """

    left = "left"
    right = "right"


class Answer(BaseModel):
    """
    Serializer for an individual answer choice for a question.  Attributes:     text (str): The text of the answer.     is_correct (Optional[bool]): Boolean indicating if this answer is correct.
    """

    text: Annotated[StrictStr, Field(max_length=500)]
    is_correct: StrictBool | None = False


class App(BaseModel):
    name: Annotated[StrictStr, Field(max_length=255)]
    url: Annotated[StrictStr, Field(max_length=255)]
    type: Annotated[StrictStr, Field(max_length=50)]
    metadata: Any | None | MISSING = MISSING
    onboarding_required: Annotated[
        StrictBool | MISSING,
        Field(
            description="If true, users will be required to complete onboarding before using this app"
        ),
    ] = MISSING


class AppleSubscriptionStatusRequest(BaseModel):
    bundle_id: StrictStr | None = "com.ibleducation.community"


class AppleSubscriptionStatusView(BaseModel):
    data: Annotated[Any | None, Field(...)]


class AppleVerifyTransactionId(BaseModel):
    apple_transaction_id: StrictStr


class Artifact(BaseModel):
    """
    Serializer for Artifact model.  Artifacts are structured content like essays, documents, code files, etc. that are generated by AI agents during a chat session and are best displayed separately from the normal chat flow.  Fields:     - id: Unique identifier for the artifact     - title: Title or identifier for the artifact     - content: The markdown-styled content of the artifact     - file_extension: The extension of the file (e.g., 'py', 'md', 'html', 'json', 'csv')     - chat_message: Reference to the chat message that contains this artifact     - llm_name: Name of the LLM that generated the artifact     - llm_provider: Provider of the LLM (e.g., 'openai', 'google', 'anthropic')     - date_created: Timestamp when the artifact was created     - date_updated: Timestamp when the artifact was last updated     - metadata: Additional metadata for the artifact     - username: Username of the student who owns the artifact (read-only)     - session_id: UUID of the session that generated the artifact (read-only)  Read-only fields:     - id, date_created, date_updated, username, session_id
    """

    id: StrictInt
    title: Annotated[
        StrictStr,
        Field(description="Title or identifier for the artifact", max_length=255),
    ]
    content: Annotated[StrictStr, Field(description="Content of the artifact")]
    file_extension: Annotated[
        StrictStr,
        Field(
            description="The extension of the file for the artifact. eg. `py`, `md`, `html`, `json`, `csv`, etc"
        ),
    ]
    llm_name: StrictStr
    llm_provider: StrictStr
    date_created: AwareDatetime
    date_updated: AwareDatetime
    metadata: Annotated[
        Any | None | MISSING, Field(description="Additional metadata for the artifact")
    ] = MISSING
    username: Annotated[
        StrictStr, Field(description="Username of the student who owns this artifact")
    ]
    session_id: Annotated[UUID | None, Field(...)]
    current_version_number: Annotated[
        StrictInt, Field(description="Version number of the current version")
    ]
    version_count: Annotated[
        StrictInt, Field(description="Total number of versions for this artifact")
    ]


class ArtifactRequest(BaseModel):
    """
    Serializer for Artifact model.  Artifacts are structured content like essays, documents, code files, etc. that are generated by AI agents during a chat session and are best displayed separately from the normal chat flow.  Fields:     - id: Unique identifier for the artifact     - title: Title or identifier for the artifact     - content: The markdown-styled content of the artifact     - file_extension: The extension of the file (e.g., 'py', 'md', 'html', 'json', 'csv')     - chat_message: Reference to the chat message that contains this artifact     - llm_name: Name of the LLM that generated the artifact     - llm_provider: Provider of the LLM (e.g., 'openai', 'google', 'anthropic')     - date_created: Timestamp when the artifact was created     - date_updated: Timestamp when the artifact was last updated     - metadata: Additional metadata for the artifact     - username: Username of the student who owns the artifact (read-only)     - session_id: UUID of the session that generated the artifact (read-only)  Read-only fields:     - id, date_created, date_updated, username, session_id
    """

    title: Annotated[
        StrictStr,
        Field(description="Title or identifier for the artifact", max_length=255),
    ]
    metadata: Annotated[
        Any | None | MISSING, Field(description="Additional metadata for the artifact")
    ] = MISSING


class ArtifactList(BaseModel):
    """
    Lightweight serializer for listing artifacts.  This serializer is optimized for list views, excluding the potentially large content field and including useful computed fields.  Fields:     - id: Unique identifier for the artifact     - title: Title or identifier for the artifact     - file_extension: The extension of the file     - llm_name: Name of the LLM that generated the artifact     - llm_provider: Provider of the LLM     - date_created: Timestamp when the artifact was created     - date_updated: Timestamp when the artifact was last updated     - username: Username of the student who owns the artifact     - session_id: UUID of the session that generated the artifact     - content_length: Length of the content in characters
    """

    id: StrictInt
    title: Annotated[StrictStr, Field(description="Title or identifier for the artifact")]
    file_extension: Annotated[
        StrictStr,
        Field(
            description="The extension of the file for the artifact. eg. `py`, `md`, `html`, `json`, `csv`, etc"
        ),
    ]
    llm_name: StrictStr
    llm_provider: StrictStr
    date_created: AwareDatetime
    date_updated: AwareDatetime
    username: Annotated[
        StrictStr, Field(description="Username of the student who owns this artifact")
    ]
    session_id: Annotated[UUID | None, Field(...)]
    content_length: Annotated[
        StrictInt, Field(description="Length of the artifact content in characters")
    ]


class AssociateAccountResponse(BaseModel):
    success: StrictBool | None = True
    message: Annotated[Any | None, Field(...)]
    data: Annotated[Any | None, Field(...)]


class AssociateAppleAccount(BaseModel):
    app_receipt: StrictStr


class AssumedKnowledgeLevel(BaseModel):
    category: StrictStr
    level: StrictStr


class AudioToTextRequest(BaseModel):
    file: StrictStr


class AudioToTextResponse(BaseModel):
    text: StrictStr


class AuthScopeEnum(StrEnum):
    """
    * `platform` - Platform * `mentor` - Mentor * `user` - User
    """

    platform = "platform"
    mentor = "mentor"
    user = "user"


class AuthToken(BaseModel):
    token: Annotated[StrictStr, Field(description="Token")]
    expires: Annotated[AwareDatetime, Field(description="Token Expiration Date")]


class AuthTypeEnum(StrEnum):
    """
    * `none` - None * `token` - Token * `oauth2` - Oauth2
    """

    none = "none"
    token = "token"
    oauth2 = "oauth2"


class AutoMemoryPrompt(BaseModel):
    auto_memory_prompt: StrictStr | MISSING = MISSING
    reset: StrictBool | MISSING = MISSING


class AutoRechargeTriggerRequest(BaseModel):
    """
    Request schema for POST auto-recharge/trigger/.
    """

    platform_key: Annotated[
        StrictStr | MISSING,
        Field(description="The unique key of the platform. Defaults to 'main'."),
    ] = MISSING
    amount_usd: Annotated[
        Decimal | MISSING,
        Field(
            description="Optional. When set, perform manual top-up: charge this amount (user USD) and add credits. No threshold, spending limit, or cooldown. Omit to run normal auto-recharge once."
        ),
    ] = MISSING


class AutoRechargeTriggerResponseStatusEnum(StrEnum):
    """
    * `triggered` - triggered * `skipped` - skipped
    """

    triggered = "triggered"
    skipped = "skipped"


class AverageData(BaseModel):
    average: Annotated[StrictFloat, Field(description="Average")]


class BaseErrorResponse(BaseModel):
    success: StrictBool | None = False
    message: Annotated[Any | None, Field(...)]
    data: Any | None | MISSING = MISSING


class BaseResponse(BaseModel):
    success: StrictBool | None = True
    message: Annotated[Any | None, Field(...)]
    data: Any | None | MISSING = MISSING


class BillingPeriod(BaseModel):
    """
    Billing period information.
    """

    start_date: date_aliased
    end_date: date_aliased
    days: StrictInt


class BlankEnum(StrEnum):
    field_ = ""


class BotCommand(BaseModel):
    id: StrictInt
    command: Annotated[StrictStr, Field(max_length=100)]
    mentor: StrictInt
    bot: StrictInt


class BotCommandRequest(BaseModel):
    command: Annotated[StrictStr, Field(max_length=100)]
    mentor: StrictInt
    bot: StrictInt


class BulkCourseInvitationResponse(BaseModel):
    """
    Response serializer for bulk invitation creation
    """

    successes: Annotated[StrictInt, Field(description="Number of successfully created invitations")]
    error_codes: Annotated[
        list[StrictStr], Field(description="List of error codes for failed invitations")
    ]


class BulkCreateAssertion(BaseModel):
    skipped: list[Any]
    issued: list[Any]


class BulkPlatformInvitationResponse(BaseModel):
    """
    Response serializer for bulk invitation creation
    """

    successes: Annotated[StrictInt, Field(description="Number of successfully created invitations")]
    error_codes: Annotated[
        list[StrictStr], Field(description="List of error codes for failed invitations")
    ]


class BulkProgramInvitationResponse(BaseModel):
    """
    Response serializer for bulk invitation creation
    """

    successes: Annotated[StrictInt, Field(description="Number of successfully created invitations")]
    error_codes: Annotated[
        list[StrictStr], Field(description="List of error codes for failed invitations")
    ]


class BulkSuggestionResponse(BaseModel):
    """
    Response serializer for bulk suggestion operation results
    """

    successes: Annotated[StrictInt, Field(description="Number of successfully created suggestions")]
    error_codes: Annotated[
        list[StrictStr], Field(description="List of error codes for failed suggestions")
    ]


class BusinessTypeEnum(StrEnum):
    """
    * `individual` - individual * `company` - company
    """

    individual = "individual"
    company = "company"


class CallAuthenticationRequest(BaseModel):
    """
    Serializer for IBL Call Pro authentication request.
    """

    session_id: Annotated[StrictStr, Field(description="The ID of the session for the call")]
    pathway: Annotated[StrictStr, Field(description="The pathway identifier for the call context")]
    enable_video: Annotated[
        StrictBool | MISSING,
        Field(
            description="Whether to enable video during the call. Required for screensharing and video calls to work."
        ),
    ] = MISSING


class CallAuthenticationResponse(BaseModel):
    """
    Serializer for IBL Call Pro authentication parameters.
    """

    ws_url: Annotated[StrictStr, Field(description="The WebSocket URL for the IBL Call Pro server")]
    room_name: Annotated[StrictStr, Field(description="The name of the IBL Call Pro room")]
    participant_name: Annotated[
        StrictStr, Field(description="The name of the participant joining the room")
    ]
    participant_token: Annotated[
        StrictStr, Field(description="The JWT token for authenticating the participant")
    ]


class CallConfigurationModeEnum(StrEnum):
    """
    * `realtime` - Realtime * `inference` - Inference
    """

    realtime = "realtime"
    inference = "inference"


class CampaignEnablement(BaseModel):
    """
    Serializer for campaign enablement requests.
    """

    campaign_id: Annotated[
        StrictInt | MISSING, Field(description="ID of the campaign to enable")
    ] = MISSING
    campaign_title: Annotated[
        StrictStr | MISSING, Field(description="Title of the campaign to enable")
    ] = MISSING
    email: Annotated[
        StrictStr | MISSING,
        Field(description="Email address to enable for the campaign"),
    ] = MISSING


class CampaignExclusion(BaseModel):
    """
    Serializer for campaign exclusion requests.
    """

    campaign_id: Annotated[
        StrictInt | MISSING, Field(description="ID of the campaign to exclude from")
    ] = MISSING
    campaign_title: Annotated[
        StrictStr | MISSING, Field(description="Title of the campaign to exclude from")
    ] = MISSING
    email: Annotated[
        StrictStr | MISSING,
        Field(description="Email address to exclude from the campaign"),
    ] = MISSING


class CatalogAutoIncrementResponse(BaseModel):
    """
    Response serializer for CatalogAutoIncrementView GET endpoint.
    """

    course_number: Annotated[StrictInt, Field(description="Current course auto-increment number")]
    item_number: Annotated[
        StrictInt | MISSING, Field(description="Current item auto-increment number")
    ] = MISSING
    program_number: Annotated[
        StrictInt | MISSING, Field(description="Current program auto-increment number")
    ] = MISSING
    org: Annotated[StrictStr, Field(description="Platform organization")]
    key: Annotated[StrictStr, Field(description="Platform key")]


class CatalogAutoIncrementUpdateRequest(BaseModel):
    """
    Serializer for auto increment update request parameters.
    """

    key: Annotated[StrictStr | MISSING, Field(description="Platform key identifier")] = MISSING
    org: Annotated[StrictStr | MISSING, Field(description="Platform organization identifier")] = (
        MISSING
    )
    number_type: Annotated[
        StrictStr,
        Field(description="Type of number requested (e.g., course, program, pathway)"),
    ]


class CeleryHeartbeatFailStatusEnum(StrEnum):
    """
    * `unhealthy` - unhealthy * `healthy` - healthy
    """

    unhealthy = "unhealthy"
    healthy = "healthy"


class CeleryHeartbeatStatusEnum(StrEnum):
    """
    * `healthy` - healthy * `unhealthy` - unhealthy
    """

    healthy = "healthy"
    unhealthy = "unhealthy"


class ChatHistoryFilterUser(BaseModel):
    username: StrictStr
    email: StrictStr
    lti_email: StrictStr


class ChatHistoryItem(BaseModel):
    type: StrictStr
    content: StrictStr
    timestamp: AwareDatetime


class ChatHistorySessionId(BaseModel):
    id: StrictStr


class ChatPrivacyModeEnum(StrEnum):
    """
    * `normal` - Normal * `anonymized` - Anonymized * `disabled` - Disabled
    """

    normal = "normal"
    anonymized = "anonymized"
    disabled = "disabled"


class ChatSessionRequest(BaseModel):
    mentor: Annotated[StrictStr, Field(description="Name of mentor")]
    tools: Annotated[
        list[StrictStr] | MISSING,
        Field(
            description="List of tools slugs to use. Passing `null` will use all tools assigned to the mentor. For no tools, pass an empty list."
        ),
    ] = MISSING
    enable_artifacts: StrictBool | None = False
    shareable_link_token: Annotated[
        StrictStr | MISSING,
        Field(description="Optional token for a mentor's shareable link"),
    ] = MISSING


class CheckDocumentTrainingStatus(BaseModel):
    status: Annotated[StrictStr, Field(description="Status of the training")]
    message: Annotated[StrictStr, Field(description="Message of the training")]


class CheckoutSessionCreate(BaseModel):
    price_id: UUID
    success_url: StrictStr | None | MISSING = MISSING
    cancel_url: StrictStr | None | MISSING = MISSING
    email: StrictStr | None | MISSING = MISSING


class CheckoutSessionResponse(BaseModel):
    """
    Response returned after creating a Stripe checkout session.
    """

    checkout_url: Annotated[StrictStr, Field(description="Stripe-hosted checkout page URL.")]
    session_id: Annotated[StrictStr, Field(description="Stripe checkout session ID.")]


class ClawInstanceStatusEnum(StrEnum):
    """
    * `active` - Active * `inactive` - Inactive * `error` - Error
    """

    active = "active"
    inactive = "inactive"
    error = "error"


class ClawMentorConfig(BaseModel):
    id: StrictInt
    mentor: UUID
    server: StrictInt
    server_name: StrictStr
    agent_config: Any | None | MISSING = MISSING
    enabled: StrictBool | MISSING = MISSING
    auto_push: Annotated[
        StrictBool | MISSING,
        Field(
            description="When True, saving the mentor's AgentConfig should trigger an async config push. Signal/hook not yet wired — currently a flag for future use."
        ),
    ] = MISSING
    last_config_push: Annotated[AwareDatetime | None, Field(...)]
    last_config_push_status: Annotated[StrictStr | None, Field(...)]
    last_push_warnings: Annotated[
        Any | None,
        Field(description="Security warnings from last config push (baseline verification)."),
    ]


class ClawMentorConfigRequest(BaseModel):
    mentor: UUID
    server: StrictInt
    agent_config: Any | None | MISSING = MISSING
    enabled: StrictBool | MISSING = MISSING
    auto_push: Annotated[
        StrictBool | MISSING,
        Field(
            description="When True, saving the mentor's AgentConfig should trigger an async config push. Signal/hook not yet wired — currently a flag for future use."
        ),
    ] = MISSING


class ClawModelProvider(BaseModel):
    id: StrictInt
    server: StrictInt
    server_name: StrictStr
    name: Annotated[
        StrictStr,
        Field(
            description="Provider identifier in the Claw config (e.g. 'minimax')",
            max_length=100,
        ),
    ]
    base_url: Annotated[
        StrictStr,
        Field(
            description="Provider API endpoint (e.g. https://api.minimax.io/anthropic)",
            max_length=200,
        ),
    ]
    api_type: Annotated[
        StrictStr,
        Field(
            description="Claw provider API type (e.g. 'openai-completions', 'anthropic-messages').",
            max_length=50,
        ),
    ]
    credential_name: Annotated[
        StrictStr,
        Field(
            description="Name of the LLMCredential to resolve the API key from",
            max_length=255,
        ),
    ]
    credential_key: Annotated[
        StrictStr | MISSING,
        Field(
            description="Key within the LLMCredential value JSON to extract the API key",
            max_length=100,
        ),
    ] = MISSING
    model_catalog: Annotated[
        Any | None | MISSING,
        Field(
            description='List of {"id": "...", "name": "..."} entries for the provider model catalog'
        ),
    ] = MISSING
    enabled: StrictBool | MISSING = MISSING
    models_mode: Annotated[
        StrictStr | MISSING,
        Field(
            description="'merge' adds to built-in models, 'replace' uses only configured providers.",
            max_length=20,
        ),
    ] = MISSING
    last_provider_push: Annotated[AwareDatetime | None, Field(...)]
    last_provider_push_status: Annotated[StrictStr | None, Field(...)]
    credential_resolved: Annotated[
        StrictBool,
        Field(description="Check if the referenced LLMCredential exists for this platform."),
    ]


class ClawModelProviderRequest(BaseModel):
    server: StrictInt
    name: Annotated[
        StrictStr,
        Field(
            description="Provider identifier in the Claw config (e.g. 'minimax')",
            max_length=100,
        ),
    ]
    base_url: Annotated[
        StrictStr,
        Field(
            description="Provider API endpoint (e.g. https://api.minimax.io/anthropic)",
            max_length=200,
        ),
    ]
    api_type: Annotated[
        StrictStr,
        Field(
            description="Claw provider API type (e.g. 'openai-completions', 'anthropic-messages').",
            max_length=50,
        ),
    ]
    credential_name: Annotated[
        StrictStr,
        Field(
            description="Name of the LLMCredential to resolve the API key from",
            max_length=255,
        ),
    ]
    credential_key: Annotated[
        StrictStr | MISSING,
        Field(
            description="Key within the LLMCredential value JSON to extract the API key",
            max_length=100,
        ),
    ] = MISSING
    model_catalog: Annotated[
        Any | None | MISSING,
        Field(
            description='List of {"id": "...", "name": "..."} entries for the provider model catalog'
        ),
    ] = MISSING
    enabled: StrictBool | MISSING = MISSING
    models_mode: Annotated[
        StrictStr | MISSING,
        Field(
            description="'merge' adds to built-in models, 'replace' uses only configured providers.",
            max_length=20,
        ),
    ] = MISSING


class ClawTypeEnum(StrEnum):
    """
    * `openclaw` - Openclaw * `ironclaw` - Ironclaw
    """

    openclaw = "openclaw"
    ironclaw = "ironclaw"


class CompanyRequest(BaseModel):
    name: Annotated[StrictStr, Field(max_length=100)]
    industry: Annotated[StrictStr | None | MISSING, Field(max_length=100)] = MISSING
    website: Annotated[StrictStr | None | MISSING, Field(max_length=255)] = MISSING
    logo_url: Annotated[StrictStr | None | MISSING, Field(max_length=255)] = MISSING
    data: Annotated[Any | None | MISSING, Field(description="Metadata")] = MISSING
    metadata: Annotated[Any | None | MISSING, Field(description="Metadata")] = MISSING
    created_at: AwareDatetime | MISSING = MISSING


class ComparisonInfo(BaseModel):
    """
    Comparison period information.
    """

    previous_period_count: Annotated[
        StrictInt | MISSING, Field(description="Number of days in comparison period")
    ] = MISSING
    previous_period_value: Annotated[
        Decimal | MISSING, Field(description="Cost value for comparison period")
    ] = MISSING
    comparison_start: Annotated[
        StrictStr | MISSING, Field(description="Start date of comparison period")
    ] = MISSING
    comparison_end: Annotated[
        StrictStr | MISSING, Field(description="End date of comparison period")
    ] = MISSING
    comparison_days: Annotated[
        StrictInt | MISSING, Field(description="Number of comparison days")
    ] = MISSING
    recent_period_value: Annotated[
        Decimal | MISSING, Field(description="Cost value for current period")
    ] = MISSING


class ConfigurationItem(BaseModel):
    """
    Serializer for individual configuration items
    """

    key: Annotated[StrictStr, Field(description="Configuration key", max_length=255)]
    value: Annotated[Any | None, Field(description="Configuration value stored as JSON")]


class ConsumerChannel(BaseModel):
    """
    Serializer for delivery channel
    """

    id: StrictInt
    name: Annotated[
        StrictStr | MISSING,
        Field(description="Channel name (e.g. email, push_notification)", max_length=255),
    ] = MISSING


class ContentAnalytics(BaseModel):
    """
    Serializer for individual content item analytics.
    """

    enrollments: Annotated[StrictInt, Field(description="Total enrollments for this item")]
    active_enrollments: Annotated[StrictInt, Field(description="Active enrollments for this item")]
    completion_rate: Annotated[StrictFloat, Field(description="Completion rate percentage")]
    avg_rating: Annotated[StrictFloat | None | MISSING, Field(description="Average rating")] = (
        MISSING
    )
    rating_count: Annotated[StrictInt | MISSING, Field(description="Number of ratings")] = MISSING
    associated_courses: Annotated[
        StrictInt | MISSING, Field(description="Associated courses (for skills)")
    ] = MISSING
    learners_count: Annotated[
        StrictInt | MISSING, Field(description="Number of learners (for skills)")
    ] = MISSING
    total_time_spent: Annotated[
        StrictInt | MISSING,
        Field(description="Total time spent on this content in seconds (courses only)"),
    ] = MISSING
    avg_time_per_learner: Annotated[
        StrictFloat | MISSING,
        Field(description="Average time spent per learner in seconds (courses only)"),
    ] = MISSING


class ContentAverages(BaseModel):
    """
    Serializer for content summary averages.
    """

    completion_rate: Annotated[
        StrictFloat | MISSING, Field(description="Average completion rate percentage")
    ] = MISSING
    average_rating: Annotated[StrictFloat | MISSING, Field(description="Average rating")] = MISSING
    enrollments_per_course: Annotated[
        StrictFloat | MISSING, Field(description="Average enrollments per course")
    ] = MISSING
    enrollments_per_program: Annotated[
        StrictFloat | MISSING, Field(description="Average enrollments per program")
    ] = MISSING
    enrollments_per_pathway: Annotated[
        StrictFloat | MISSING, Field(description="Average enrollments per pathway")
    ] = MISSING
    courses_per_skill: Annotated[
        StrictFloat | MISSING, Field(description="Average courses per skill")
    ] = MISSING
    time_per_learner: Annotated[
        StrictFloat | MISSING,
        Field(description="Average time spent per learner in seconds (courses only)"),
    ] = MISSING


class ContentDetailsPagination(BaseModel):
    """
    Serializer for pagination information in content details response.
    """

    count: Annotated[StrictInt, Field(description="Total learner records")]
    next: Annotated[
        StrictStr | None | MISSING, Field(description="Relative URL for the next page")
    ] = MISSING
    previous: Annotated[
        StrictStr | None | MISSING,
        Field(description="Relative URL for the previous page"),
    ] = MISSING
    current_page: Annotated[StrictInt, Field(description="Current page number")]
    total_pages: Annotated[StrictInt, Field(description="Total number of pages")]


class ContentDetailsTimeSeriesPoint(BaseModel):
    """
    Serializer for individual time series points in content details response.
    """

    period: Annotated[
        StrictStr,
        Field(description="ISO8601 timestamp representing the aggregated period"),
    ]
    value: Annotated[
        StrictFloat,
        Field(description="Value for the requested metric during the period"),
    ]
    average: Annotated[
        StrictFloat | None | MISSING,
        Field(description="Average value for the period (used for ratings)"),
    ] = MISSING


class ContentItem(BaseModel):
    """
    Serializer for individual content items.
    """

    id: Annotated[StrictStr, Field(description="Content identifier")]
    name: Annotated[StrictStr, Field(description="Content name")]
    slug: Annotated[StrictStr, Field(description="Content slug")]
    platform: Annotated[StrictStr | None, Field(description="Platform key")]
    external: Annotated[
        StrictBool, Field(description="Whether content is external to the platform")
    ]
    analytics: ContentAnalytics
    instructor: Annotated[StrictStr | None | MISSING, Field(description="Instructor name")] = (
        MISSING
    )
    category: Annotated[StrictStr | None | MISSING, Field(description="Content category")] = MISSING
    duration: Annotated[StrictStr | None | MISSING, Field(description="Content duration")] = MISSING
    enabled: Annotated[StrictBool | MISSING, Field(description="Whether content is enabled")] = (
        MISSING
    )
    created: Annotated[StrictStr | None | MISSING, Field(description="Creation date")] = MISSING
    updated: Annotated[StrictStr | None | MISSING, Field(description="Last update date")] = MISSING
    metadata: Any | None | MISSING = MISSING


class ContentPagination(BaseModel):
    """
    Serializer for content pagination metadata.
    """

    count: Annotated[StrictInt, Field(description="Total number of items")]
    next: Annotated[StrictStr | None | MISSING, Field(description="URL for next page")] = MISSING
    previous: Annotated[StrictStr | None | MISSING, Field(description="URL for previous page")] = (
        MISSING
    )
    current_page: Annotated[StrictInt, Field(description="Current page number")]
    total_pages: Annotated[StrictInt, Field(description="Total number of pages")]


class ContentTotals(BaseModel):
    """
    Serializer for content summary totals.
    """

    total_learners: Annotated[StrictInt, Field(description="Total number of learners")]
    total_enrollments: Annotated[StrictInt, Field(description="Total number of enrollments")]
    total_time_spent: Annotated[
        StrictInt | MISSING,
        Field(description="Total time spent in seconds (courses only)"),
    ] = MISSING
    courses: Annotated[StrictInt | MISSING, Field(description="Total number of courses")] = MISSING
    active_courses: Annotated[
        StrictInt | MISSING, Field(description="Number of active courses")
    ] = MISSING
    platform_courses: Annotated[
        StrictInt | MISSING, Field(description="Number of platform-owned courses")
    ] = MISSING
    external_courses: Annotated[
        StrictInt | MISSING, Field(description="Number of external courses")
    ] = MISSING
    programs: Annotated[StrictInt | MISSING, Field(description="Total number of programs")] = (
        MISSING
    )
    active_programs: Annotated[
        StrictInt | MISSING, Field(description="Number of active programs")
    ] = MISSING
    platform_programs: Annotated[
        StrictInt | MISSING, Field(description="Number of platform-owned programs")
    ] = MISSING
    external_programs: Annotated[
        StrictInt | MISSING, Field(description="Number of external programs")
    ] = MISSING
    pathways: Annotated[StrictInt | MISSING, Field(description="Total number of pathways")] = (
        MISSING
    )
    active_pathways: Annotated[
        StrictInt | MISSING, Field(description="Number of active pathways")
    ] = MISSING
    platform_pathways: Annotated[
        StrictInt | MISSING, Field(description="Number of platform-owned pathways")
    ] = MISSING
    external_pathways: Annotated[
        StrictInt | MISSING, Field(description="Number of external pathways")
    ] = MISSING
    skills: Annotated[StrictInt | MISSING, Field(description="Total number of skills")] = MISSING
    active_skills: Annotated[StrictInt | MISSING, Field(description="Number of active skills")] = (
        MISSING
    )
    platform_skills: Annotated[
        StrictInt | MISSING, Field(description="Number of platform-owned skills")
    ] = MISSING
    external_skills: Annotated[
        StrictInt | MISSING, Field(description="Number of external skills")
    ] = MISSING
    associated_courses: Annotated[
        StrictInt | MISSING,
        Field(description="Number of courses associated with skills"),
    ] = MISSING
    learners_with_skills: Annotated[
        StrictInt | MISSING, Field(description="Number of learners with skills")
    ] = MISSING


class ConversationChartPoint(BaseModel):
    date: AwareDatetime
    value: StrictInt


class ConversationListItem(BaseModel):
    platform_name: StrictStr
    platform_key: StrictStr
    mentor: StrictStr
    mentor_unique_id: StrictStr
    model: StrictStr
    cost: StrictStr
    username: Annotated[StrictStr | None | MISSING, Field(max_length=255)] = MISSING
    name: Annotated[StrictStr, Field(max_length=255)]
    first_user_message: StrictStr | None | MISSING = MISSING
    topics: Annotated[Any | None, Field(...)]
    message_count: StrictInt
    user_queries: StrictInt | None | MISSING = MISSING
    assistant_responses: StrictInt | None | MISSING = MISSING
    average_sentiment: StrictFloat | None | MISSING = MISSING
    sentiment: Annotated[StrictStr | None | MISSING, Field(max_length=16)] = MISSING
    created_at: AwareDatetime
    platform: StrictInt
    session: UUID
    user: Annotated[StrictInt | None | MISSING, Field(description="edX user ID")] = MISSING


class ConversationRating(BaseModel):
    id: StrictInt
    full_conversation_text: StrictStr
    rating_text: StrictStr | None | MISSING = MISSING
    score: StrictFloat | None | MISSING = MISSING


class ConversationSummary(BaseModel):
    total_conversations: StrictInt
    total_human_messages: StrictInt
    total_ai_messages: StrictInt


class ConversationVolume(BaseModel):
    date: AwareDatetime
    conversation_count: StrictInt


class ConversationsChart(BaseModel):
    metric: StrictStr
    points: list[ConversationChartPoint]


class Cost(BaseModel):
    total_cost: StrictFloat


class CountData(BaseModel):
    count: Annotated[StrictInt, Field(description="Total")]


class Course(BaseModel):
    course_id: Annotated[StrictStr, Field(description="The edX course ID string for the course.")]
    name: Annotated[
        StrictStr,
        Field(description="The display name of the course. (Should match edX)"),
    ]
    slug: Annotated[
        StrictStr | None,
        Field(
            description="An additional unique slug field. (Optional)",
            pattern="^[-a-zA-Z0-9_]+$",
        ),
    ]
    org: StrictStr | MISSING = MISSING


class CourseAccessRequestCreate(BaseModel):
    """
    Request serializer for CourseLicenseAccessRequestUserView POST endpoint
    """

    platform_key: Annotated[
        StrictStr | MISSING, Field(description="The unique identifier for the platform")
    ] = MISSING
    platform_org: Annotated[
        StrictStr | MISSING,
        Field(description="The organization identifier for the platform"),
    ] = MISSING
    course_id: Annotated[StrictStr, Field(description="The unique identifier for the course")]


class CourseAccessRequestStatusResponse(BaseModel):
    """
    Response serializer for CourseLicenseAccessRequestUserView GET endpoint
    """

    active: Annotated[StrictBool, Field(description="Whether the access request is active")]
    approved: Annotated[
        StrictBool | None,
        Field(description="Whether the access request has been approved (null if not reviewed)"),
    ]
    exists: Annotated[
        StrictBool,
        Field(description="Whether an access request exists for this user and course"),
    ]


class CourseAccessRequestUpdate(BaseModel):
    """
    Request serializer for CourseLicenseAccessRequestManagementView POST endpoint
    """

    request_id: Annotated[StrictInt, Field(description="The ID of the access request to update")]
    platform_key: Annotated[
        StrictStr | MISSING, Field(description="The unique identifier for the platform")
    ] = MISSING
    platform_org: Annotated[
        StrictStr | MISSING,
        Field(description="The organization identifier for the platform"),
    ] = MISSING
    approved: Annotated[
        StrictBool | MISSING, Field(description="Whether to approve the request")
    ] = MISSING
    active: Annotated[
        StrictBool | MISSING,
        Field(description="Whether the request should remain active"),
    ] = MISSING


class CourseCompletion(BaseModel):
    completed: StrictBool
    completion_percentage: StrictFloat | None | MISSING = MISSING
    passed: StrictBool | None | MISSING = MISSING
    passed_date: AwareDatetime | None | MISSING = MISSING


class CourseCompletionPerCourseData(BaseModel):
    course_id: Annotated[StrictStr, Field(description="Edx Course ID")]
    name: Annotated[StrictStr, Field(description="Course Name")]
    enrollments: Annotated[StrictInt, Field(description="Number of enrollments")]
    completions: Annotated[StrictInt, Field(description="Number of completions")]
    average: Annotated[StrictFloat, Field(description="Average Completions.")]


class CourseCreateUpdate(BaseModel):
    """
    Serializer for course creation/update request body.
    """

    course_id: Annotated[StrictStr, Field(description="The unique identifier for the course")]
    org: Annotated[StrictStr, Field(description="The organization associated with the course")]
    name: Annotated[StrictStr | MISSING, Field(description="The name of the course")] = MISSING
    slug: Annotated[StrictStr | MISSING, Field(description="The slug for the course")] = MISSING
    data: Annotated[Any | None | MISSING, Field(description="Additional course data")] = MISSING


class CourseCreationTaskFile(BaseModel):
    id: StrictInt
    course_creation_task: StrictInt
    file: StrictStr
    date_created: AwareDatetime
    last_modified: AwareDatetime


class CourseCreationTaskFileRequest(BaseModel):
    course_creation_task: StrictInt
    file: StrictStr


class CourseCreationTaskStatusEnum(StrEnum):
    """
    * `Pending` - Pending * `Scheduled` - Scheduled * `Success` - Success * `Failed` - Failed * `Cancelled` - Cancelled * `In Progress` - In Progress
    """

    Pending = "Pending"
    Scheduled = "Scheduled"
    Success = "Success"
    Failed = "Failed"
    Cancelled = "Cancelled"
    In_Progress = "In Progress"


class CourseEnrollmentSearchResponse(BaseModel):
    """
    Serializer for course enrollment search results.
    """

    user_id: Annotated[StrictInt, Field(description="User ID associated with the enrollment")]
    username: Annotated[StrictStr, Field(description="Username associated with the enrollment")]
    email: Annotated[StrictStr, Field(description="Email of the user")]
    course_id: Annotated[StrictStr, Field(description="Course ID associated with the enrollment")]
    active: Annotated[StrictBool, Field(description="Whether the enrollment is active")]
    created: Annotated[AwareDatetime, Field(description="Date when enrollment began/activated")]
    started: Annotated[AwareDatetime | None, Field(description="Date when enrollment started")]
    ended: Annotated[
        AwareDatetime | None,
        Field(description="Date when enrollment ended/deactivated"),
    ]
    expired: Annotated[AwareDatetime | None, Field(description="Date when enrollment expires")]
    metadata: Annotated[Any | None, Field(description="Enrollment specific metadata")]
    name: Annotated[StrictStr | None, Field(description="Full name of the user")]
    course_name: Annotated[StrictStr, Field(description="Name of the course")]


class CourseGradeDetailBlock(BaseModel):
    display_name: Annotated[StrictStr, Field(description="Block name")]
    id: Annotated[StrictStr, Field(description="Block Id")]
    attempts: Annotated[
        StrictStr | MISSING, Field(description="Total users who have attempted it")
    ] = MISSING
    average: Annotated[StrictStr, Field(description="Average block value")]


class CourseGradeDetailSubSection(BaseModel):
    display_name: Annotated[StrictStr, Field(description="Block name")]
    id: Annotated[StrictStr, Field(description="Block Id")]
    attempts: Annotated[
        StrictStr | MISSING, Field(description="Total users who have attempted it")
    ] = MISSING
    average: Annotated[StrictStr, Field(description="Average block value")]
    problems: Annotated[
        list[CourseGradeDetailBlock] | MISSING, Field(description="Problems in section")
    ] = MISSING


class CourseGradeSummaryData(BaseModel):
    assignment_type: Annotated[StrictStr, Field(description="Assignment Type name")]
    weight: Annotated[StrictFloat, Field(description="Assignment weight")]
    average_weighted_grade: Annotated[
        StrictFloat, Field(description="Assignment weighted grade average in course")
    ]
    average_section_grade: Annotated[
        StrictFloat, Field(description="Assignment section grade average in course")
    ]


class CourseGradingDetailData(BaseModel):
    display_name: Annotated[StrictStr, Field(description="Chapter name")]
    id: Annotated[StrictStr, Field(description="Chapter Id")]
    subsections: list[CourseGradeDetailSubSection] | MISSING = MISSING


class CourseMetadataSearchRequest(BaseModel):
    """
    Serializer for course metadata search request body.
    """

    data__contains: Annotated[
        Any | None | MISSING,
        Field(description="Filter by metadata fields (JSON object)"),
    ] = MISSING
    slug: Annotated[StrictStr | MISSING, Field(description="Filter by course slug")] = MISSING
    course_id: Annotated[StrictStr | MISSING, Field(description="Filter by course ID")] = MISSING


class CourseMetadataUpdateRequest(BaseModel):
    """
    Serializer for course metadata update request body.
    """

    course_id: Annotated[StrictStr, Field(description="The course ID to update metadata for")]
    metadata: Annotated[Any | None, Field(description="The metadata to update")]
    update: Annotated[
        StrictBool | None,
        Field(description="Whether to update (True) or overwrite (False) existing metadata"),
    ] = True


class CoursePoint(BaseModel):
    course_id: Annotated[
        StrictStr,
        Field(description="The edX course ID string for the course.", max_length=255),
    ]
    points: StrictInt


class CourseReviewInfoResponse(BaseModel):
    """
    Serializer for course review info response.
    """

    course_id: Annotated[StrictStr, Field(description="The course ID associated with the reviews")]
    avg_rating: Annotated[StrictFloat | None, Field(description="Average rating of the course")]
    count: Annotated[StrictInt, Field(description="Total number of reviews for the course")]


class CourseReviewRequest(BaseModel):
    """
    Request serializer for CourseReviewUpdateView POST endpoint.
    """

    course_id: Annotated[StrictStr, Field(description="The course ID to review")]
    username: Annotated[StrictStr, Field(description="The username of the reviewer")]
    user_id: Annotated[
        StrictInt | MISSING,
        Field(description="The user ID of the reviewer (alternative to username)"),
    ] = MISSING
    rating: Annotated[
        StrictFloat | None | MISSING,
        Field(description="The rating value (typically 1-5)"),
    ] = MISSING
    title: Annotated[StrictStr | MISSING, Field(description="The review title")] = MISSING
    content: Annotated[StrictStr | MISSING, Field(description="The review content/text")] = MISSING
    visible: Annotated[StrictBool | None, Field(description="Whether the review is visible")] = True
    metadata: Annotated[Any | None | MISSING, Field(description="Additional review metadata")] = (
        MISSING
    )


class CourseReviewResponse(BaseModel):
    """
    Response serializer for CourseReviewQueryView GET endpoint. Matches the actual structure returned by review.to_json()
    """

    user_id: Annotated[StrictInt, Field(description="User ID of the reviewer")]
    course_id: StrictStr | MISSING = MISSING
    username: Annotated[StrictStr, Field(description="Username of the reviewer")]
    content: Annotated[StrictStr, Field(description="Review content")]
    rating: Annotated[StrictFloat | None, Field(description="Review rating")]
    title: Annotated[StrictStr, Field(description="Review title")]
    visible: Annotated[StrictBool, Field(description="Whether review is visible")]
    created: Annotated[AwareDatetime, Field(description="Review creation date")]
    modified: Annotated[AwareDatetime, Field(description="Review modification date")]
    metadata: Annotated[Any | None, Field(...)]


class CrawlerPatternTypeEnum(StrEnum):
    """
    * `glob` - Glob * `regex` - Regex
    """

    glob = "glob"
    regex = "regex"


class Credential(BaseModel):
    credential_id: StrictStr
    credential_url: StrictStr
    name: StrictStr
    credential_type: StrictStr | None | MISSING = MISSING
    issuer: StrictStr | None | MISSING = MISSING
    issued_on: AwareDatetime | None | MISSING = MISSING
    expires_at: AwareDatetime | None | MISSING = MISSING
    revoked: StrictBool


class CredentialProviderConfig(BaseModel):
    """
    Serializer for CredentialProviderConfig model.  Serializes provider configuration including platform, provider name, config JSON, enabled status, and timestamps.
    """

    id: StrictInt
    platform_key: StrictStr
    platform_name: StrictStr
    provider_name: Annotated[
        StrictStr,
        Field(
            description="The credential provider name (references CredentialProvider.name)",
            max_length=100,
        ),
    ]
    provider_name_display: Annotated[
        StrictStr,
        Field(
            description="Get display name from provider if available, otherwise use provider_name."
        ),
    ]
    config: Annotated[
        Any | None | MISSING,
        Field(description="Provider-specific configuration in JSON format"),
    ] = MISSING
    enabled: Annotated[
        StrictBool | MISSING,
        Field(description="Whether this provider integration is enabled for the platform"),
    ] = MISSING
    created: AwareDatetime
    updated: AwareDatetime


class CredentialProviderConfigRequest(BaseModel):
    """
    Serializer for CredentialProviderConfig model.  Serializes provider configuration including platform, provider name, config JSON, enabled status, and timestamps.
    """

    provider_name: Annotated[
        StrictStr,
        Field(
            description="The credential provider name (references CredentialProvider.name)",
            max_length=100,
        ),
    ]
    config: Annotated[
        Any | None | MISSING,
        Field(description="Provider-specific configuration in JSON format"),
    ] = MISSING
    enabled: Annotated[
        StrictBool | MISSING,
        Field(description="Whether this provider integration is enabled for the platform"),
    ] = MISSING


class CredentialRequest(BaseModel):
    name: Annotated[
        StrictStr,
        Field(description="Name of the credential provider (e.g., 'openai', 'google-drive')"),
    ]
    value: Annotated[
        Any | None,
        Field(
            description="Credential data for the provider (API keys, service account details, etc.)"
        ),
    ]
    platform: Annotated[StrictStr, Field(description="Organization key identifier for the tenant")]


class CreditAccountAutoRechargeUpdate(BaseModel):
    """
    Partial update for CreditAccount auto-recharge fields.
    """

    auto_recharge_threshold_usd: Annotated[
        Decimal | MISSING,
        Field(description="Set the balance threshold for auto-recharge (must be non-negative)."),
    ] = MISSING
    auto_recharge_amount_usd: Annotated[
        Decimal | MISSING, Field(description="Set the amount to recharge (min $0.50).")
    ] = MISSING
    auto_recharge_enabled: Annotated[
        StrictBool | MISSING, Field(description="Enable or disable auto-recharge.")
    ] = MISSING
    auto_recharge_spending_limit_usd: Annotated[
        Decimal | MISSING,
        Field(
            description="Cap on auto-recharge + manual top-up per 30-day period (user USD). 0 = unlimited. When > 0, backend sets recharge amount to 20% of limit (min $0.50)."
        ),
    ] = MISSING


class CreditAccountInfo(BaseModel):
    """
    Credit account information API response (GET).  Display balance (has_credits, account_id, available_credits) and auto-recharge preferences.
    """

    has_credits: Annotated[
        StrictBool,
        Field(description="True if the account has any credits (or infinite credits)."),
    ]
    account_id: Annotated[UUID, Field(description="The unique identifier of the credit account.")]
    available_credits: Annotated[
        Decimal, Field(description="The current available credit balance in USD.")
    ]
    auto_recharge_threshold_usd: Annotated[
        Decimal,
        Field(description="The balance threshold below which auto-recharge is triggered."),
    ]
    auto_recharge_amount_usd: Annotated[
        Decimal,
        Field(description="The amount in USD to recharge when the threshold is reached."),
    ]
    auto_recharge_enabled: Annotated[
        StrictBool,
        Field(description="True if auto-recharge is currently enabled for this account."),
    ]
    auto_recharge_last_triggered_at: Annotated[
        AwareDatetime | None,
        Field(description="The timestamp when auto-recharge was last successfully triggered."),
    ]
    platform_key: Annotated[
        StrictStr,
        Field(description="The platform key associated with this account (if applicable)."),
    ]
    pricing_table: Annotated[
        Any | None,
        Field(description="Stripe pricing table details for topping up credits."),
    ]
    free_trial: Annotated[
        StrictBool,
        Field(
            description="True if the account is on the free trial plan (no paid plan purchased yet)."
        ),
    ]
    current_plan: Annotated[
        StrictStr | None,
        Field(description="Current plan identifier, e.g. 'free_trial' or Stripe product SKU."),
    ]
    previous_plan: Annotated[
        StrictStr | None, Field(description="Previous plan before the last purchase.")
    ]
    can_use_auto_recharge: Annotated[
        StrictBool,
        Field(
            description="True if the current plan is not free_trial (paid plans can use auto-recharge)."
        ),
    ]
    has_payment_method: Annotated[
        StrictBool,
        Field(
            description="True if the user has a payment method on file (can use manual top-up and auto-recharge)."
        ),
    ]
    message: Annotated[
        StrictStr,
        Field(
            description="Message explaining why credits are insufficient (only present when has_credits is False)."
        ),
    ]


class CreditTransactionHistoryStatusEnum(StrEnum):
    """
    * `pending` - Pending * `completed` - Completed * `failed` - Failed * `cancelled` - Cancelled
    """

    pending = "pending"
    completed = "completed"
    failed = "failed"
    cancelled = "cancelled"


class CrontabSchedule(BaseModel):
    minute: Annotated[
        StrictStr | MISSING,
        Field(
            description='Cron Minutes to Run. Use "*" for "all". (Example: "0,30")',
            max_length=240,
        ),
    ] = MISSING
    hour: Annotated[
        StrictStr | MISSING,
        Field(
            description='Cron Hours to Run. Use "*" for "all". (Example: "8,20")',
            max_length=96,
        ),
    ] = MISSING
    day_of_week: Annotated[
        StrictStr | MISSING,
        Field(
            description='Cron Days Of The Week to Run. Use "*" for "all", Sunday is 0 or 7, Monday is 1. (Example: "0,5")',
            max_length=64,
        ),
    ] = MISSING
    day_of_month: Annotated[
        StrictStr | MISSING,
        Field(
            description='Cron Days Of The Month to Run. Use "*" for "all". (Example: "1,15")',
            max_length=124,
        ),
    ] = MISSING
    month_of_year: Annotated[
        StrictStr | MISSING,
        Field(
            description='Cron Months (1-12) Of The Year to Run. Use "*" for "all". (Example: "1,12")',
            max_length=64,
        ),
    ] = MISSING


class CurrentUsersResponse(BaseModel):
    """
    Users currently active.
    """

    metric: StrictStr | None = "currently_active"
    count: StrictInt
    change: StrictInt


class CustomInstructionResponse(BaseModel):
    id: StrictInt
    about_user: StrictStr | None | MISSING = MISSING
    mentor_tone: StrictStr | None | MISSING = MISSING
    profession: Annotated[
        StrictStr | MISSING,
        Field(description="Position or work. eg: Engineer, student etc.", max_length=100),
    ] = MISSING
    desired_mentor_traits: Annotated[
        StrictStr | MISSING,
        Field(description="Comma separated list of expected traits for mentor."),
    ] = MISSING


class CustomInstructionResponseRequest(BaseModel):
    about_user: StrictStr | None | MISSING = MISSING
    mentor_tone: StrictStr | None | MISSING = MISSING
    profession: Annotated[
        StrictStr | MISSING,
        Field(description="Position or work. eg: Engineer, student etc.", max_length=100),
    ] = MISSING
    desired_mentor_traits: Annotated[
        StrictStr | MISSING,
        Field(description="Comma separated list of expected traits for mentor."),
    ] = MISSING


class DataSetCreate(BaseModel):
    id: UUID
    name: Annotated[StrictStr, Field(max_length=255)]
    source_url: Annotated[StrictStr | MISSING, Field(max_length=400)] = MISSING
    source_file: StrictStr | MISSING = MISSING
    num_data_points: StrictInt | MISSING = MISSING
    train_split: Annotated[StrictFloat | MISSING, Field(ge=0.0, le=1.0)] = MISSING
    prompt: Annotated[
        StrictStr | MISSING,
        Field(
            description="(if any) Special instructions for generating the dataset. This could be requirements on tone, language, style, etc.",
            max_length=1000,
        ),
    ] = MISSING


class DataSetCreateRequest(BaseModel):
    name: Annotated[StrictStr, Field(max_length=255)]
    source_url: Annotated[StrictStr | MISSING, Field(max_length=400)] = MISSING
    source_file: StrictStr | MISSING = MISSING
    num_data_points: StrictInt | MISSING = MISSING
    train_split: Annotated[StrictFloat | MISSING, Field(ge=0.0, le=1.0)] = MISSING
    prompt: Annotated[
        StrictStr | MISSING,
        Field(
            description="(if any) Special instructions for generating the dataset. This could be requirements on tone, language, style, etc.",
            max_length=1000,
        ),
    ] = MISSING


class DataSetStatusEnum(StrEnum):
    """
    * `pending` - Pending * `processing` - Processing * `completed` - Completed * `failed` - Failed
    """

    pending = "pending"
    processing = "processing"
    completed = "completed"
    failed = "failed"


class DateRange(BaseModel):
    start_date: date_aliased
    end_date: date_aliased


class DeleteXblock(BaseModel):
    """
    Validate input for deleting an xblock.
    """

    xblock_id: Annotated[StrictStr, Field(description="The xblock locator to delete.")]


class DeployStateEnum(StrEnum):
    """
    * `pending` - Pending * `deploying` - Deploying * `ready` - Ready * `teardown` - Teardown * `failed` - Failed
    """

    pending = "pending"
    deploying = "deploying"
    ready = "ready"
    teardown = "teardown"
    failed = "failed"


class DetailedGradeSubsection(BaseModel):
    display_name: Annotated[StrictStr, Field(description="Subsection name")]
    id: Annotated[StrictStr, Field(description="Subsection Id")]
    graded_earned: Annotated[StrictStr, Field(description="Subsection earned mark")]
    graded_possible: Annotated[StrictStr, Field(description="Subsection Possible Mark")]
    graded_percent: Annotated[StrictStr, Field(description="Subsection Grade")]


class DetailedGradeViewData(BaseModel):
    display_name: Annotated[StrictStr, Field(description="Chapter name")]
    id: Annotated[StrictStr, Field(description="Chapter Id")]
    children: list[DetailedGradeSubsection] | MISSING = MISSING


class DisclaimerAgreement(BaseModel):
    id: StrictInt
    user: Annotated[StrictInt, Field(description="edX user ID")]
    disclaimer: StrictInt
    agreed_at: AwareDatetime
    platform_key: StrictStr
    user_id: StrictStr


class DisclaimerAgreementRequest(BaseModel):
    disclaimer: StrictInt


class DisclaimerScopeEnum(StrEnum):
    """
    * `platform` - Platform * `mentor` - Mentor
    """

    platform = "platform"
    mentor = "mentor"


class DiscordConfig(BaseModel):
    id: StrictInt
    bot: StrictInt
    client_id: Annotated[StrictStr, Field(max_length=255)]
    token: Annotated[StrictStr, Field(max_length=500)]
    client_secret: Annotated[StrictStr, Field(max_length=500)]


class DiscordUserConfig(BaseModel):
    id: StrictInt
    user: Annotated[StrictInt, Field(description="edX user ID")]
    discord_user_id: Annotated[StrictStr, Field(max_length=200)]
    date_created: AwareDatetime
    last_modified: AwareDatetime


class DiscordUserConfigRequest(BaseModel):
    discord_user_id: Annotated[StrictStr, Field(max_length=200)]


class DiscordWebhook(BaseModel):
    application_id: StrictStr
    type: StrictStr
    token: StrictStr
    id: StrictStr


class Document(BaseModel):
    """
    Serializer for document objects
    """

    id: Annotated[StrictInt, Field(description="Document ID")]
    document_name: Annotated[StrictStr, Field(description="Name of the document")]
    document_type: Annotated[StrictStr, Field(description="Type of document (e.g., 'pdf', 'text')")]
    access: Annotated[StrictStr, Field(description="Access level of the document")]
    training_status: Annotated[StrictStr, Field(description="Training status of the document")]
    date_created: Annotated[AwareDatetime, Field(description="Date when the document was created")]
    last_modified: Annotated[
        AwareDatetime, Field(description="Date when the document was last modified")
    ]
    url: Annotated[StrictStr, Field(description="URL to access the document")]
    metadata: Annotated[Any | None, Field(description="Additional metadata for the document")]


class DocumentFromPoolRequest(BaseModel):
    to_pathway: Annotated[StrictStr, Field(description="Pathway for document to be trained in.")]
    document_id: Annotated[StrictInt, Field(description="The document id from pool.")]


class DocumentSettingsResponse(BaseModel):
    retrain_interval_days: StrictInt | None | MISSING = MISSING


class EducationRequest(BaseModel):
    institution_id: StrictInt
    degree: Annotated[StrictStr | None | MISSING, Field(max_length=100)] = MISSING
    field_of_study: Annotated[StrictStr | None | MISSING, Field(max_length=100)] = MISSING
    start_date: date_aliased
    end_date: date_aliased | None | MISSING = MISSING
    grade: Decimal | None | MISSING = MISSING
    activities: Annotated[StrictStr | None | MISSING, Field(max_length=255)] = MISSING
    description: StrictStr | None | MISSING = MISSING
    data: Annotated[Any | None | MISSING, Field(description="Metadata")] = MISSING
    metadata: Annotated[Any | None | MISSING, Field(description="Metadata")] = MISSING
    created_at: AwareDatetime | MISSING = MISSING
    is_current: StrictBool | None | MISSING = MISSING


class EdxCourse(BaseModel):
    id: StrictInt
    name: Annotated[StrictStr, Field(max_length=255)]
    run: Annotated[StrictStr, Field(max_length=50)]
    number: Annotated[StrictStr, Field(max_length=50)]
    description: StrictStr | MISSING = MISSING
    xblock_id: Annotated[StrictStr, Field(max_length=200)]
    task: StrictInt | None | MISSING = MISSING
    created_at: AwareDatetime
    updated_at: AwareDatetime


class EdxCourseRequest(BaseModel):
    name: Annotated[StrictStr, Field(max_length=255)]
    run: Annotated[StrictStr, Field(max_length=50)]
    number: Annotated[StrictStr, Field(max_length=50)]
    description: StrictStr | MISSING = MISSING
    xblock_id: Annotated[StrictStr, Field(max_length=200)]
    task: StrictInt | None | MISSING = MISSING


class EdxSignalReceiverRequest(BaseModel):
    type: StrictStr
    data: Annotated[Any | None, Field(...)]


class ElevenlabsCustomVoice(BaseModel):
    name: StrictStr
    files: list[StrictStr]


class ElevenlabsCustomVoiceResponse(BaseModel):
    name: Annotated[StrictStr, Field(max_length=255)]
    owner_student: Annotated[StrictStr | None, Field(...)]
    language: Annotated[StrictStr | MISSING, Field(max_length=255)] = MISSING
    is_premade: StrictBool | MISSING = MISSING
    description: StrictStr | MISSING = MISSING
    sample_audio_url: Annotated[StrictStr | None, Field(...)]


class EmailPromptDetail(BaseModel):
    id: StrictInt
    inserted_at: StrictStr
    sender_email: Annotated[StrictStr, Field(max_length=254)]
    sender_name: StrictStr | None | MISSING = MISSING
    subject: StrictStr | None | MISSING = MISSING
    content: StrictStr
    mentor_name: StrictStr | None | MISSING = MISSING
    mentor_email: Annotated[StrictStr, Field(max_length=254)]
    is_processed: StrictBool | MISSING = MISSING
    mentor_response: StrictStr | None | MISSING = MISSING
    send_status: StrictStr | None | MISSING = MISSING


class EmailPromptList(BaseModel):
    id: StrictInt
    sender_email: Annotated[StrictStr, Field(max_length=254)]
    sender_name: StrictStr | None | MISSING = MISSING
    subject: StrictStr | None | MISSING = MISSING
    content_summary: Annotated[StrictStr | None, Field(...)]
    mentor_name: StrictStr | None | MISSING = MISSING
    mentor_email: Annotated[StrictStr, Field(max_length=254)]
    is_processed: StrictBool | MISSING = MISSING
    inserted_at: StrictStr


class EmailPromptSummary(BaseModel):
    total_emails: StrictInt
    replied_emails: StrictInt
    pending_emails: StrictInt


class EngagementPerCourseData(BaseModel):
    course_id: Annotated[StrictStr, Field(description="edx Course Id")]
    course_start: Annotated[StrictStr, Field(description="Course start date")]
    course_end: Annotated[StrictStr, Field(description="Course end date")]
    average_days: Annotated[
        StrictInt,
        Field(description="Average days spent by each learners on the course"),
    ]
    average_time_spent: Annotated[
        StrictFloat, Field(description="Average days spent by learner on the course")
    ]
    name: Annotated[StrictStr, Field(description="Course name")]


class EnrollmentInfo(BaseModel):
    created: AwareDatetime | None | MISSING = MISSING
    started: AwareDatetime | None | MISSING = MISSING
    ended: AwareDatetime | None | MISSING = MISSING
    active: StrictBool


class EnrollmentsData(BaseModel):
    course_id: Annotated[StrictStr, Field(description="Edx Course ID")]
    name: Annotated[StrictStr, Field(description="Course Name")]
    users: Annotated[StrictInt, Field(description="Number of users")]
    percentage: Annotated[StrictFloat, Field(description="Percentage ...")]


class EnrollmentsPerUserData(BaseModel):
    username: Annotated[StrictStr, Field(description="learner username")]
    full_name: Annotated[StrictStr, Field(description="learner Name")]
    email: Annotated[StrictStr, Field(description="Email")]
    timestamp: Annotated[StrictStr, Field(description="Course start date")]


class EntityTypeEnum(StrEnum):
    """
    * `user` - user * `platform` - platform * `global` - global
    """

    user = "user"
    platform = "platform"
    global_ = "global"


class Error(BaseModel):
    error: StrictStr


class ErrorDetail(BaseModel):
    """
    Schema for error responses with a single detail message (e.g. 400).
    """

    detail: Annotated[StrictStr, Field(description="Human-readable error message.")]


class ErrorResponse(BaseModel):
    """
    Generic error response serializer
    """

    status: StrictStr
    message: StrictStr
    details: Any | None | MISSING = MISSING


class ExperienceRequest(BaseModel):
    company_id: StrictInt
    title: Annotated[StrictStr, Field(max_length=100)]
    employment_type: Annotated[StrictStr | None | MISSING, Field(max_length=50)] = MISSING
    location: Annotated[StrictStr | None | MISSING, Field(max_length=100)] = MISSING
    start_date: date_aliased
    end_date: date_aliased | None | MISSING = MISSING
    is_current: StrictBool | MISSING = MISSING
    description: StrictStr | None | MISSING = MISSING
    data: Annotated[Any | None | MISSING, Field(description="Metadata")] = MISSING
    metadata: Annotated[Any | None | MISSING, Field(description="Metadata")] = MISSING
    created_at: AwareDatetime | MISSING = MISSING


class ExternalCredentialMapping(BaseModel):
    """
    Serializer for ExternalCredentialMapping model.  Serializes external credential mappings including credential, platform, provider, external_template_id, and metadata.
    """

    id: StrictInt
    credential_id: StrictStr
    credential_name: StrictStr
    platform_key: StrictStr
    platform_name: StrictStr
    provider: Annotated[StrictInt | None, Field(description="The credential provider")]
    provider_name: Annotated[
        StrictStr,
        Field(
            description="The credential provider name (references CredentialProvider.name)",
            max_length=100,
        ),
    ]
    provider_name_display: Annotated[
        StrictStr,
        Field(
            description="Get display name from provider if available, otherwise use provider_name."
        ),
    ]
    external_template_id: Annotated[
        StrictStr | None | MISSING,
        Field(
            description="The template ID in the external system (e.g., Accredible template ID)",
            max_length=255,
        ),
    ] = MISSING
    group_id: Annotated[
        StrictStr | None | MISSING,
        Field(
            description="The group ID in the external system (e.g., Accredible group ID). If not set, will fall back to the provider config's group_id.",
            max_length=255,
        ),
    ] = MISSING
    metadata: Annotated[
        Any | None | MISSING,
        Field(
            description="Additional metadata stored as JSON (for general mapping information, not sync status)"
        ),
    ] = MISSING
    created: AwareDatetime
    updated: AwareDatetime


class ExternalCredentialMappingRequest(BaseModel):
    """
    Serializer for ExternalCredentialMapping model.  Serializes external credential mappings including credential, platform, provider, external_template_id, and metadata.
    """

    provider_name: Annotated[
        StrictStr,
        Field(
            description="The credential provider name (references CredentialProvider.name)",
            max_length=100,
        ),
    ]
    external_template_id: Annotated[
        StrictStr | None | MISSING,
        Field(
            description="The template ID in the external system (e.g., Accredible template ID)",
            max_length=255,
        ),
    ] = MISSING
    group_id: Annotated[
        StrictStr | None | MISSING,
        Field(
            description="The group ID in the external system (e.g., Accredible group ID). If not set, will fall back to the provider config's group_id.",
            max_length=255,
        ),
    ] = MISSING
    metadata: Annotated[
        Any | None | MISSING,
        Field(
            description="Additional metadata stored as JSON (for general mapping information, not sync status)"
        ),
    ] = MISSING


class ExternalServiceInfo(BaseModel):
    id: StrictInt
    name: Annotated[StrictStr, Field(max_length=255)]
    display_name: Annotated[StrictStr, Field(max_length=255)]
    logo: StrictStr | None | MISSING = MISSING


class FileTypeEnum(StrEnum):
    """
    * `script` - Script * `reference` - Reference * `asset` - Asset
    """

    script = "script"
    reference = "reference"
    asset = "asset"


class FileUploadURLRequest(BaseModel):
    """
    Request serializer for generating presigned upload URL
    """

    session_id: Annotated[UUID, Field(description="Chat session ID")]
    file_name: Annotated[StrictStr, Field(description="Original filename", max_length=500)]
    content_type: Annotated[StrictStr, Field(description="MIME type of the file", max_length=255)]
    file_size: Annotated[StrictInt, Field(description="File size in bytes", ge=1)]


class FileUploadURLResponse(BaseModel):
    """
    Response serializer for presigned upload URL
    """

    upload_url: Annotated[StrictStr, Field(description="Presigned S3 upload URL")]
    file_key: Annotated[StrictStr, Field(description="S3 object key for the uploaded file")]
    file_id: Annotated[UUID, Field(description="Unique identifier for the ChatFile record")]
    expires_in: Annotated[StrictInt, Field(description="URL expiration time in seconds")]
    upload_method: Annotated[
        StrictStr | None,
        Field(description="HTTP method to use for upload (PUT or POST)"),
    ] = "PUT"


class FinanceFilters(BaseModel):
    """
    Applied filters for the response.
    """

    start_date: StrictStr | MISSING = MISSING
    end_date: StrictStr | MISSING = MISSING
    granularity: StrictStr
    comparison_days: StrictInt | MISSING = MISSING
    platform_key: StrictStr | MISSING = MISSING
    mentor_unique_id: StrictStr | MISSING = MISSING
    username: StrictStr | MISSING = MISSING
    provider: StrictStr | MISSING = MISSING
    llm_model: StrictStr | MISSING = MISSING
    all_time: StrictBool | MISSING = MISSING


class FlowTypeEnum(StrEnum):
    """
    * `payment_method_update` - Payment Method Update * `subscription_update` - Subscription Update * `subscription_cancel` - Subscription Cancel
    """

    payment_method_update = "payment_method_update"
    subscription_update = "subscription_update"
    subscription_cancel = "subscription_cancel"


class FreeUsageCount(BaseModel):
    count: StrictInt


class GCPTenantLaunchRequest(BaseModel):
    username: StrictStr
    email: StrictStr
    firstname: StrictStr | None = ""
    lastname: StrictStr | None = ""
    password: StrictStr | MISSING = MISSING
    name: Annotated[StrictStr, Field(description="Organization name")]
    key: Annotated[StrictStr, Field(description="Unique key for the organization")]
    ignore_user_exists: StrictBool | None = False
    is_advertising: Annotated[
        StrictBool | None,
        Field(
            description="Advertising mode allows a platform to set custom usd balance to allocate for its members"
        ),
    ] = False
    x_gcp_marketplace_token: Annotated[StrictStr, Field(description="GCP Marketplace token")]
    product_id: Annotated[StrictStr | None, Field(description="GCP product to subscribe to")] = ""


class GoogleAgentDetail(BaseModel):
    id: StrictInt
    sub_agents: StrictStr
    platform: StrictStr
    unique_id: UUID | MISSING = MISSING
    model: StrictStr
    name: StrictStr
    description: StrictStr
    instruction: StrictStr
    output_key: StrictStr | None | MISSING = MISSING
    inserted_at: AwareDatetime
    updated_at: AwareDatetime
    created_by: Annotated[StrictInt | None | MISSING, Field(description="edX user ID")] = MISSING


class GoogleAgentDetailRequest(BaseModel):
    unique_id: UUID | MISSING = MISSING
    model: StrictStr
    name: StrictStr
    description: StrictStr
    instruction: StrictStr
    output_key: StrictStr | None | MISSING = MISSING
    created_by: Annotated[StrictInt | None | MISSING, Field(description="edX user ID")] = MISSING


class GooglePayAccountResponseStatusEnum(StrEnum):
    """
    * `ACCOUNT_ACTIVE` - Account Active * `ACCOUNT_PENDING` - Account Pending
    """

    ACCOUNT_ACTIVE = "ACCOUNT_ACTIVE"
    ACCOUNT_PENDING = "ACCOUNT_PENDING"


class GooglePayVerifyToken(BaseModel):
    google_pay_receipt: StrictStr
    bundle_id: StrictStr | None = "ai.ibl.mentorai"
    key: StrictStr | MISSING = MISSING
    name: StrictStr | MISSING = MISSING


class GradingPerUserData(BaseModel):
    username: Annotated[StrictStr, Field(description="learner username")]
    full_name: Annotated[StrictStr, Field(description="learner Name")]
    start_date: Annotated[StrictStr, Field(description="Course enrollment date")]
    submissions: Annotated[StrictInt, Field(description="Total assessment submissions")]
    last_active: Annotated[StrictStr, Field(description="Last active time")]
    percent: Annotated[StrictFloat, Field(description="TStudent course grade")]


class GrandfatheringStrategyEnum(StrEnum):
    """
    * `free_forever` - Free Forever - Existing users get unlimited free access * `require_subscription` - Require Subscription - All users must subscribe (no grandfathering)
    """

    free_forever = "free_forever"
    require_subscription = "require_subscription"


class GrantMentorAccessRequest(BaseModel):
    """
    Request serializer for granting LTI mentor access
    """

    user_id: Annotated[StrictInt, Field(description="User ID to grant access to")]


class GreetingMethodEnum(StrEnum):
    """
    * `proactive_prompt` - Proactive Prompt * `proactive_response` - Proactive Response
    """

    proactive_prompt = "proactive_prompt"
    proactive_response = "proactive_response"


class GroupListData(BaseModel):
    """
    Serializer for department list endpoint
    """

    id: StrictInt
    name: StrictStr
    platform: StrictStr
    courses_enrolled: StrictInt
    courses_completed: StrictInt
    completion_rate: StrictFloat
    pathways_completed: StrictInt
    certificates_earned: StrictInt
    skills_points: StrictInt
    skills_earned: StrictInt
    time_spent: StrictStr


class GuidedPrompt(BaseModel):
    prompt: StrictStr
    icon: StrictStr


class GuidedPromptsResponse(BaseModel):
    ai_prompts: list[StrictStr]
    results: list[GuidedPrompt]


class HeygenMarketingVideoDetail(BaseModel):
    name: Annotated[StrictStr | MISSING, Field(max_length=1024)] = MISSING
    data: Any | None | MISSING = MISSING
    script: StrictStr | None | MISSING = MISSING
    pk: StrictInt
    video_file: Annotated[StrictStr | None, Field(...)]
    generation_status: StrictStr


class HeygenMarketingVideoList(BaseModel):
    name: Annotated[StrictStr | MISSING, Field(max_length=1024)] = MISSING
    data: Any | None | MISSING = MISSING
    pk: StrictInt
    generation_status: StrictStr


class HeygenMarketingVideoListRequest(BaseModel):
    name: Annotated[StrictStr | MISSING, Field(max_length=1024)] = MISSING
    data: Any | None | MISSING = MISSING


class HeygenTemplateRequest(BaseModel):
    template_id: StrictStr
    preview_image_url: StrictStr | None | MISSING = MISSING
    name: StrictStr


class HeygenTemplateResponseSingle(BaseModel):
    template_id: Annotated[StrictStr | None, Field(...)]
    preview_image_url: Annotated[StrictStr | None, Field(...)]
    name: StrictStr
    provider: StrictStr


class HeygenVideoDetail(BaseModel):
    name: Annotated[StrictStr | MISSING, Field(max_length=1024)] = MISSING
    data: Any | None | MISSING = MISSING
    script: StrictStr | None | MISSING = MISSING
    id: StrictInt
    video_file: Annotated[StrictStr | None, Field(...)]
    generation_status: StrictStr


class HeygenVideoRequest(BaseModel):
    script: StrictStr
    name: StrictStr
    template_id: StrictStr | None | MISSING = MISSING


class HumanSupportRecipientModeEnum(StrEnum):
    """
    * `platform_admins_and_mentor_owner` - platform_admins_and_mentor_owner * `platform_admins_only` - platform_admins_only * `mentor_owner_only` - mentor_owner_only * `custom` - custom
    """

    platform_admins_and_mentor_owner = "platform_admins_and_mentor_owner"
    platform_admins_only = "platform_admins_only"
    mentor_owner_only = "mentor_owner_only"
    custom = "custom"


class HumanSupportTicketStatusEnum(StrEnum):
    """
    * `open` - Open * `in_progress` - In Progress * `closed` - Closed
    """

    open = "open"
    in_progress = "in_progress"
    closed = "closed"


class ImageUpload(BaseModel):
    file: StrictStr


class InstitutionTypeEnum(StrEnum):
    """
    * `university` - University * `college` - College * `institute` - Institute * `academy` - Academy * `other` - Other
    """

    university = "university"
    college = "college"
    institute = "institute"
    academy = "academy"
    other = "other"


class IntegrationCredential(BaseModel):
    name: Annotated[StrictStr, Field(max_length=255)]
    value: Any | None | MISSING = MISSING
    platform: Annotated[StrictStr, Field(description="The platform key")]
    service_info: ExternalServiceInfo


class IntegrationCredentialSchema(BaseModel):
    name: Annotated[StrictStr, Field(max_length=255)]
    schema_: Annotated[Any | None | MISSING, Field(alias="schema")] = MISSING
    service_info: ExternalServiceInfo


class InterfaceEnum(StrEnum):
    """
    * `chat` - Chat * `api` - Api
    """

    chat = "chat"
    api = "api"


class IntervalEnum(StrEnum):
    """
    * `month` - Monthly * `year` - Yearly * `one_time` - One Time
    """

    month = "month"
    year = "year"
    one_time = "one_time"


class IntialQuestionAnswer(BaseModel):
    text: Annotated[StrictStr, Field(max_length=500)]


class InvalidQueryParameters(BaseModel):
    error: StrictStr | None = "Invalid query parameters."


class IssuerRequest(BaseModel):
    entityId: StrictStr
    iconImage: StrictStr
    allowed_template_tags: Any | None | MISSING = MISSING


class IssuerAuthority(BaseModel):
    name: Annotated[StrictStr, Field(max_length=254)]
    title: Annotated[StrictStr, Field(max_length=254)]
    signature: Annotated[StrictStr, Field(max_length=200)]


class ItemPaywallConfigCreate(BaseModel):
    is_enabled: StrictBool | MISSING = MISSING
    description: StrictStr | MISSING = MISSING
    allow_free_tier: StrictBool | MISSING = MISSING
    trial_period_days: Annotated[StrictInt | MISSING, Field(ge=0)] = MISSING
    grandfathering_strategy: GrandfatheringStrategyEnum | MISSING = MISSING


class ItemType3e2Enum(StrEnum):
    """
    * `mentor` - mentor * `course` - course * `program` - program * `pathway` - pathway
    """

    mentor = "mentor"
    course = "course"
    program = "program"
    pathway = "pathway"


class ItemType40fEnum(StrEnum):
    """
    * `mentor` - Mentor * `course` - Course * `program` - Program * `pathway` - Pathway
    """

    mentor = "mentor"
    course = "course"
    program = "program"
    pathway = "pathway"


class ItemTypeCommission(BaseModel):
    """
    Commission percentages keyed by item type.
    """

    mentor: Annotated[StrictFloat, Field(description="Commission percentage for mentor sales")]
    course: Annotated[StrictFloat, Field(description="Commission percentage for course sales")]
    program: Annotated[StrictFloat, Field(description="Commission percentage for program sales")]


class KindEnum(StrEnum):
    """
    * `KnowledgeGap` - KnowledgeGap * `LessonsLearned` - LessonsLearned * `HelpRequest` - HelpRequest
    """

    KnowledgeGap = "KnowledgeGap"
    LessonsLearned = "LessonsLearned"
    HelpRequest = "HelpRequest"


class LLMCredentialRequest(BaseModel):
    name: Annotated[StrictStr, Field(description="Name of the credential provider")]
    value: Annotated[Any | None, Field(description="Value of the credential provider")]
    platform: Annotated[StrictStr, Field(description="Key of the tenant")]


class LLMCredentialResponse(BaseModel):
    name: Annotated[StrictStr, Field(max_length=255)]
    value: Any | None | MISSING = MISSING
    platform: Annotated[StrictStr, Field(description="The platform key")]
    service_info: ExternalServiceInfo


class LLMCredentialSchema(BaseModel):
    name: Annotated[StrictStr, Field(max_length=255)]
    schema_: Annotated[Any | None | MISSING, Field(alias="schema")] = MISSING
    service_info: ExternalServiceInfo


class LLMModelForTenant(BaseModel):
    id: StrictInt
    llm_provider: Annotated[StrictStr, Field(max_length=255)]
    llm_name: Annotated[StrictStr, Field(max_length=255)]
    tenant: StrictInt | None | MISSING = MISSING


class LLMModelForTenantRequest(BaseModel):
    llm_provider: Annotated[StrictStr, Field(max_length=255)]
    llm_name: Annotated[StrictStr, Field(max_length=255)]
    tenant: StrictInt | None | MISSING = MISSING


class LLMModelRegistryMinimal(BaseModel):
    """
    Minimal serializer for LLMModelRegistry in fallback configs.
    """

    id: StrictInt
    llm_name: Annotated[
        StrictStr,
        Field(description="Model identifier (e.g., 'gpt-4o', 'gemini-2.5-pro')"),
    ]
    display_name: Annotated[StrictStr, Field(description="Human-readable model name")]
    provider_name: StrictStr


class LLMQuestion(BaseModel):
    """
    Serializer for individual question data, including possible answers.  Attributes:     question_id (str): Unique identifier for the question.     text (str): The text of the question.     difficulty_level (Optional[int]): An optional difficulty level for the question.     options (list[AnswerSerializer]): List of possible answers for the question.
    """

    text: Annotated[StrictStr, Field(max_length=500)]
    difficulty_level: Annotated[StrictInt | MISSING, Field(ge=1, le=5)] = MISSING
    options: list[Answer]


class LLMResponse(BaseModel):
    id: StrictInt
    name: Annotated[StrictStr, Field(max_length=255)]
    description: StrictStr | None | MISSING = MISSING
    metadata: Any | None | MISSING = MISSING
    resource_ids: Any | None | MISSING = MISSING
    tags: Any | None | MISSING = MISSING
    overview: StrictStr | None | MISSING = MISSING
    use_cases: StrictStr | None | MISSING = MISSING
    documentation: StrictStr | None | MISSING = MISSING
    sdk_samples: StrictStr | None | MISSING = MISSING
    chat_models: Any | None | MISSING = MISSING
    disabled_models: Annotated[
        Any | None | MISSING,
        Field(description="List of disabled models. If empty, all models are enabled."),
    ] = MISSING
    logo: StrictStr | None | MISSING = MISSING


class LLMTracesListResponse(BaseModel):
    id: StrictStr
    name: StrictStr
    date: AwareDatetime


class LanguagesView(BaseModel):
    id: StrictInt
    name: Annotated[StrictStr, Field(max_length=255)]
    code: Annotated[StrictStr | None | MISSING, Field(max_length=255)] = MISSING


class LanguagesViewRequest(BaseModel):
    name: Annotated[StrictStr, Field(max_length=255)]
    code: Annotated[StrictStr | None | MISSING, Field(max_length=255)] = MISSING


class LauncherViewPostRequest(BaseModel):
    user_id: StrictInt
    key: StrictStr
    name: StrictStr | MISSING = MISSING
    org: StrictStr | MISSING = MISSING
    lms_url: StrictStr | MISSING = MISSING
    cms_url: StrictStr | MISSING = MISSING
    portal_url: StrictStr | MISSING = MISSING
    use_default_hosts: StrictBool | MISSING = MISSING


class LearnerListPagination(BaseModel):
    """
    Serializer for learner list pagination.
    """

    page: Annotated[StrictInt, Field(description="Current page number")]
    limit: Annotated[StrictInt, Field(description="Records per page")]
    total_pages: Annotated[StrictInt, Field(description="Total number of pages")]
    total_records: Annotated[StrictInt, Field(description="Total number of records")]
    has_next: Annotated[StrictBool, Field(description="Whether there is a next page")]
    has_previous: Annotated[StrictBool, Field(description="Whether there is a previous page")]
    next_page: Annotated[StrictInt | None, Field(description="Next page number")]
    previous_page: Annotated[StrictInt | None, Field(description="Previous page number")]


class LearnerSummary(BaseModel):
    """
    Serializer for learner summary data across all platforms.
    """

    total_time_spent_seconds: Annotated[
        StrictInt, Field(description="Total time spent across all platforms")
    ]


class LinkCourseRequest(BaseModel):
    course_id: StrictStr


class LinkCourseResponse(BaseModel):
    mentor_unique_id: StrictStr
    course_id: StrictStr | None | MISSING = MISSING
    is_linked: StrictBool


class LlmProviderEnum(StrEnum):
    """
    * `openai` - Openai * `google` - Google * `azure_openai` - Azure Openai
    """

    openai = "openai"
    google = "google"
    azure_openai = "azure_openai"


class LtiKey(BaseModel):
    id: StrictInt
    name: Annotated[StrictStr, Field(description="Name of the RSA Key")]
    public_key: Annotated[StrictStr, Field(description="Public Key in PEM format")]
    public_jwk: Annotated[Any | None, Field(description="Public key in JWK format")]
    platform_key: Annotated[StrictStr, Field(description="Platform Key")]


class LtiKeyRequest(BaseModel):
    name: Annotated[StrictStr, Field(description="Name of the RSA Key")]
    platform_key: Annotated[StrictStr, Field(description="Platform Key")]


class LtiLaunchGate(BaseModel):
    allowed_keys: list[StrictStr] | MISSING = MISSING
    allowed_courses: list[StrictStr] | MISSING = MISSING
    allow_all_within_org: Annotated[
        StrictBool | None,
        Field(description="If True, a target_link_uri will work with any content within this org"),
    ] = False


class LtiMentorCourseXBlock(BaseModel):
    mentor: Annotated[StrictStr, Field(description="The unique_id of the mentor")]
    location: Annotated[StrictStr, Field(description="The xblock location of the mentor")]


class LtiMentorCourseXBlockRequest(BaseModel):
    mentor: Annotated[StrictStr, Field(description="The unique_id of the mentor")]


class LtiTool(BaseModel):
    id: StrictInt
    title: Annotated[StrictStr, Field(description="The title of the tool")]
    issuer: Annotated[
        StrictStr,
        Field(
            description="This value will look someting like https://example.com. Value provided by Lti 1.3 Platform."
        ),
    ]
    client_id: Annotated[StrictStr, Field(description="The client id provided by Lti 1.3 Platform")]
    auth_login_url: Annotated[
        StrictStr,
        Field(description="The Platforms OIDC Login endpoint. Value provided by LTI 1.3 Platform."),
    ]
    auth_token_url: Annotated[
        StrictStr,
        Field(description="The Platforms OIDC Token endpoint. Value provided by LTI 1.3 Platform."),
    ]
    auth_audience: Annotated[
        StrictStr | None | MISSING,
        Field(description="The platforms Oauth2 Audience (aud). Usually can be skipped."),
    ] = MISSING
    key_set_url: Annotated[
        StrictStr | None | MISSING,
        Field(description="The platforms JWKS endpoint. Value provided by LTI 1.3 Platform."),
    ] = MISSING
    key_set: Annotated[
        Any | None | MISSING,
        Field(
            description="In case Platform's JWKS endpoint is not available, you can provide the JWKS here. Value provided by LTI 1.3 Platform."
        ),
    ] = MISSING
    tool_key: Annotated[StrictInt, Field(description="Reference to Lti Tool")]
    deployment_ids: Annotated[
        list[StrictStr],
        Field(
            description='List of deployment ids. Example: ["1", "deployment-2"]. Value(s) provided by LTI 1.3 Platform.'
        ),
    ]
    platform_key: StrictStr
    launch_gate: LtiLaunchGate


class LtiToolRequest(BaseModel):
    title: Annotated[StrictStr, Field(description="The title of the tool")]
    issuer: Annotated[
        StrictStr,
        Field(
            description="This value will look someting like https://example.com. Value provided by Lti 1.3 Platform."
        ),
    ]
    client_id: Annotated[StrictStr, Field(description="The client id provided by Lti 1.3 Platform")]
    auth_login_url: Annotated[
        StrictStr,
        Field(description="The Platforms OIDC Login endpoint. Value provided by LTI 1.3 Platform."),
    ]
    auth_token_url: Annotated[
        StrictStr,
        Field(description="The Platforms OIDC Token endpoint. Value provided by LTI 1.3 Platform."),
    ]
    auth_audience: Annotated[
        StrictStr | None | MISSING,
        Field(description="The platforms Oauth2 Audience (aud). Usually can be skipped."),
    ] = MISSING
    key_set_url: Annotated[
        StrictStr | None | MISSING,
        Field(description="The platforms JWKS endpoint. Value provided by LTI 1.3 Platform."),
    ] = MISSING
    key_set: Annotated[
        Any | None | MISSING,
        Field(
            description="In case Platform's JWKS endpoint is not available, you can provide the JWKS here. Value provided by LTI 1.3 Platform."
        ),
    ] = MISSING
    tool_key: Annotated[StrictInt, Field(description="Reference to Lti Tool")]
    deployment_ids: Annotated[
        list[StrictStr],
        Field(
            description='List of deployment ids. Example: ["1", "deployment-2"]. Value(s) provided by LTI 1.3 Platform.'
        ),
    ]
    platform_key: StrictStr
    launch_gate: LtiLaunchGate


class MCPServerConnectionScopeEnum(StrEnum):
    """
    * `user` - User * `mentor` - Mentor * `platform` - Platform
    """

    user = "user"
    mentor = "mentor"
    platform = "platform"


class MCPServerOauthFind(BaseModel):
    url: StrictStr
    callback_url: StrictStr | None = ""
    name: StrictStr | None = ""


class ManagerAuthToken(BaseModel):
    """
    Manager auth token serializer
    """

    token: Annotated[StrictStr, Field(description="Token key")]
    expires: Annotated[AwareDatetime, Field(description="Token expiration")]


class MarkAllReadRequest(BaseModel):
    """
    Serializer for the request to mark notifications as read.
    """

    notification_ids: Annotated[
        list[UUID] | MISSING,
        Field(
            description="Optional list of notification IDs to mark as read. If not provided, all unread notifications will be marked as read."
        ),
    ] = MISSING


class MarkAllReadResponse(BaseModel):
    """
    Serializer for the response when marking all notifications as read.
    """

    message: Annotated[
        StrictStr,
        Field(description="Status message after marking notifications as read"),
    ]
    count: Annotated[StrictInt, Field(description="Number of notifications marked as read")]


class MaskedIntegrationCredential(BaseModel):
    name: Annotated[StrictStr, Field(max_length=255)]
    value: Any | None | MISSING = MISSING
    platform: Annotated[StrictStr, Field(description="The platform key")]
    service_info: ExternalServiceInfo


class MaskedLLMCredential(BaseModel):
    name: Annotated[StrictStr, Field(max_length=255)]
    value: Any | None | MISSING = MISSING
    platform: Annotated[StrictStr, Field(description="The platform key")]
    service_info: ExternalServiceInfo


class MediaResourceItemTypeEnum(StrEnum):
    """
    * `course` - Course * `unit` - Unit * `resource` - Resource * `course_unit` - Course and Unit * `course_resource` - Course and Resource * `unit_resource` - Unit and Resource * `all` - Course, Unit, and Resource
    """

    course = "course"
    unit = "unit"
    resource = "resource"
    course_unit = "course_unit"
    course_resource = "course_resource"
    unit_resource = "unit_resource"
    all = "all"


class MediaTypeEnum(StrEnum):
    """
    * `video` - Video * `image` - Image * `document` - Document * `audio` - Audio * `other` - Other
    """

    video = "video"
    image = "image"
    document = "document"
    audio = "audio"
    other = "other"


class MemoryComponentData(BaseModel):
    kind: KindEnum | MISSING = MISSING
    content: StrictStr


class MemoryComponentMemory(BaseModel):
    data: list[MemoryComponentData]


class MemoryComponentMemoryDetail(BaseModel):
    data: list[MemoryComponentData]
    catalog_item: StrictStr
    mentor_unique_id: StrictStr
    student: StrictStr
    inserted_at: StrictStr


class MemoryComponentResponse(BaseModel):
    knowledge_gaps: list[StrictStr]
    lessons_learned: list[StrictStr]
    help_requests: list[StrictStr]


class MemoryProgress(BaseModel):
    memory_type: StrictStr
    all_units: Annotated[StrictInt | None, Field(...)]
    all_unit_names: Annotated[list[StrictStr] | None, Field(...)]
    current_unit: Annotated[StrictInt | None, Field(...)]
    current_unit_name: Annotated[StrictStr | None, Field(...)]
    item_name: Annotated[StrictStr | None, Field(...)]


class MemoryStatusRequestView(BaseModel):
    enabled: Annotated[StrictBool, Field(description="Enable or disable memory use")]


class MemoryStatusView(BaseModel):
    id: StrictInt
    username: Annotated[StrictStr, Field(max_length=500)]
    platform_key: Annotated[StrictStr, Field(max_length=500)]
    enabled: StrictBool | MISSING = MISSING


class MentorAudience(BaseModel):
    id: StrictInt
    name: Annotated[StrictStr, Field(max_length=255)]
    description: Annotated[StrictStr | None | MISSING, Field(max_length=255)] = MISSING


class MentorAudienceRequest(BaseModel):
    name: Annotated[StrictStr, Field(max_length=255)]
    description: Annotated[StrictStr | None | MISSING, Field(max_length=255)] = MISSING


class MentorBreakdown(BaseModel):
    """
    Mentor cost breakdown.
    """

    mentor: StrictStr
    cost: Decimal
    sessions: StrictInt
    mentor_name: StrictStr | MISSING = MISSING


class MentorCategory(BaseModel):
    id: StrictInt
    name: Annotated[StrictStr, Field(max_length=255)]
    description: Annotated[StrictStr | None | MISSING, Field(max_length=255)] = MISSING
    category_group: StrictInt | None | MISSING = MISSING
    audience: MentorAudience
    audiences: list[MentorAudience]


class MentorCategoryCreate(BaseModel):
    name: Annotated[StrictStr, Field(max_length=255)]
    category_group: StrictInt | None | MISSING = MISSING
    description: Annotated[StrictStr | None | MISSING, Field(max_length=255)] = MISSING
    audience: Annotated[
        StrictInt | None | MISSING,
        Field(
            description="Deprecated: This is only left for backward compatibility. Please use the audiences field instead."
        ),
    ] = MISSING
    audiences: list[StrictInt] | MISSING = MISSING


class MentorCategoryGroup(BaseModel):
    id: StrictInt
    name: Annotated[StrictStr, Field(max_length=255)]
    description: StrictStr
    audience: MentorAudience
    date_created: AwareDatetime
    categories: list[MentorCategory]
    audiences: list[MentorAudience]


class MentorCategoryGroupCreate(BaseModel):
    id: StrictInt
    name: Annotated[StrictStr, Field(max_length=255)]
    description: StrictStr
    audience: Annotated[
        StrictInt | None | MISSING,
        Field(
            description="Deprecated: This is only left for backward compatibility. Please use the audiences field instead."
        ),
    ] = MISSING
    audiences: list[StrictInt] | MISSING = MISSING
    date_created: AwareDatetime


class MentorCategoryGroupCreateRequest(BaseModel):
    name: Annotated[StrictStr, Field(max_length=255)]
    description: StrictStr
    audience: Annotated[
        StrictInt | None | MISSING,
        Field(
            description="Deprecated: This is only left for backward compatibility. Please use the audiences field instead."
        ),
    ] = MISSING
    audiences: list[StrictInt] | MISSING = MISSING


class MentorCustomVoice(BaseModel):
    voice_provider: StrictStr
    voice_name: StrictStr | None | MISSING = MISSING


class MentorCustomVoiceResponse(BaseModel):
    voice_provider: StrictStr
    voice_name: StrictStr


class MentorDetailAnalytics(BaseModel):
    total_mentors: StrictInt
    active_mentors: StrictInt
    total_questions_answered: StrictInt
    total_ratings: StrictInt


class MentorEvalQuestion(BaseModel):
    id: StrictInt
    content: StrictStr
    sample_answer: StrictStr | None | MISSING = MISSING


class MentorEvalQuestionRequest(BaseModel):
    content: StrictStr
    sample_answer: StrictStr | None | MISSING = MISSING


class MentorEvalReport(BaseModel):
    id: StrictInt
    mentor_eval: StrictStr
    mentor: StrictStr
    conversation_ratings: list[ConversationRating]
    overall_score: StrictFloat
    is_passed: StrictBool
    generated_at: AwareDatetime


class MentorEvalRequest(BaseModel):
    id: StrictInt | None | MISSING = MISSING
    name: StrictStr | None | MISSING = MISSING
    passing_score: StrictInt | None | MISSING = MISSING
    questions: list[MentorEvalQuestionRequest] | None | MISSING = MISSING
    evaluation_prompt: StrictStr | None | MISSING = MISSING


class MentorFork(BaseModel):
    new_mentor_name: StrictStr
    destination_platform_key: StrictStr
    clone_documents: StrictBool | None = False


class MentorInteractions(BaseModel):
    total_messages: StrictInt
    latest_interaction: AwareDatetime | None | MISSING = MISSING
    rating: StrictFloat | None | MISSING = MISSING


class MentorMemorySettingsRequest(BaseModel):
    item_type: StrictStr | None | MISSING = MISSING
    item_identifier: StrictStr | None | MISSING = MISSING
    learner_advance_correct_rate: StrictFloat | None | MISSING = MISSING
    learner_advance_question_count: StrictInt | None | MISSING = MISSING


class MentorMemorySettingsResponse(BaseModel):
    item_type: Annotated[StrictStr | None, Field(...)]
    item_identifier: Annotated[StrictStr | None, Field(...)]
    learner_advance_correct_rate: StrictFloat | None | MISSING = MISSING
    learner_advance_question_count: StrictInt | None | MISSING = MISSING


class MentorMetadata(BaseModel):
    metadata: Annotated[Any | None, Field(...)]
    mentor: StrictStr | MISSING = MISSING
    mentor_id: StrictInt | MISSING = MISSING


class MentorPolicyRequest(BaseModel):
    """
    Serializer for mentor-specific RBAC policies using ModelSerializer pattern. Accepts mentor_id and role, generates resources and role internally.
    """

    platform_key: Annotated[StrictStr, Field(description="Platform key where the mentor belongs")]
    mentor_id: Annotated[StrictInt, Field(description="ID of the mentor to manage access for")]
    role: Annotated[
        StrictStr,
        Field(description="Role for accessing this mentor (viewer or editor)"),
    ]
    groups_to_add: Annotated[
        list[StrictInt] | MISSING,
        Field(description="List of group IDs to grant access to this mentor"),
    ] = MISSING
    groups_to_remove: Annotated[
        list[StrictInt] | MISSING,
        Field(description="List of group IDs to revoke access from this mentor"),
    ] = MISSING
    users_to_add: Annotated[
        list[StrictInt] | MISSING,
        Field(description="List of user IDs to grant access to this mentor"),
    ] = MISSING
    usernames_to_add: Annotated[
        list[StrictStr] | MISSING,
        Field(description="List of usernames to grant access to this mentor"),
    ] = MISSING
    emails_to_add: Annotated[
        list[StrictStr] | MISSING,
        Field(description="List of user emails to grant access to this mentor"),
    ] = MISSING
    users_to_remove: Annotated[
        list[StrictInt] | MISSING,
        Field(description="List of user IDs to revoke access from this mentor"),
    ] = MISSING


class MentorScenarioPrompt(BaseModel):
    summary: StrictStr
    content: StrictStr
    icon: StrictStr | MISSING = MISSING


class MentorSession(BaseModel):
    session_id: StrictStr
    cost: StrictFloat


class MentorSkillAssignment(BaseModel):
    id: StrictInt
    mentor: UUID
    skill: StrictInt
    skill_name: StrictStr
    enabled: StrictBool | MISSING = MISSING
    created_at: AwareDatetime
    updated_at: AwareDatetime


class MentorSkillAssignmentRequest(BaseModel):
    mentor: UUID
    skill: StrictInt
    enabled: StrictBool | MISSING = MISSING


class MentorSummary(BaseModel):
    rating: Annotated[StrictFloat | None, Field(...)]
    summary: Annotated[StrictStr | None, Field(...)]
    tags: list[StrictStr]


class MentorType(BaseModel):
    id: StrictInt
    name: Annotated[StrictStr, Field(max_length=255)]
    description: StrictStr | None | MISSING = MISSING


class MentorUserSetting(BaseModel):
    reference_saved_memories: StrictBool | MISSING = MISSING
    as_tenant_admin: StrictBool | None = True


class MentorVisibilityEnum(StrEnum):
    """
    * `viewable_by_tenant_admins` - Viewable By Tenant Admins * `viewable_by_tenant_students` - Viewable By Tenant Students * `viewable_by_anyone` - Viewable By Anyone
    """

    viewable_by_tenant_admins = "viewable_by_tenant_admins"
    viewable_by_tenant_students = "viewable_by_tenant_students"
    viewable_by_anyone = "viewable_by_anyone"


class MentorWizard(BaseModel):
    name: Annotated[StrictStr, Field(max_length=100)]
    description: Annotated[StrictStr, Field(max_length=1000, min_length=20)]


class MessageStatistics(BaseModel):
    time: AwareDatetime
    avg_messages: StrictInt
    total_sessions: StrictInt


class MessageView(BaseModel):
    count: StrictInt
    title: StrictStr
    is_shared: StrictBool
    proactive_prompt: StrictStr
    mentor_unique_id: StrictStr
    platform_key: StrictStr
    previous: StrictStr
    next: StrictStr
    results: list[Any]


class MessageViewRequest(BaseModel):
    title: StrictStr | MISSING = MISSING
    tools: Annotated[
        list[StrictStr] | None | MISSING,
        Field(description="List of tools slugs to use"),
    ] = MISSING
    enable_artifacts: StrictBool | MISSING = MISSING
    is_shared: StrictBool | MISSING = MISSING


class MessageViewUpdatResponse(BaseModel):
    detail: StrictStr


class Metadata(BaseModel):
    metadata: Annotated[Any | None, Field(...)]
    prompt: StrictStr | MISSING = MISSING
    prompt_id: StrictInt | MISSING = MISSING


class MetricChange(BaseModel):
    total: StrictInt
    change: StrictFloat


class MetricInfo(BaseModel):
    name: StrictStr
    unit: StrictStr
    description: StrictStr


class ModelCost(BaseModel):
    model: StrictStr
    total_cost: StrictFloat


class NameEnum(StrEnum):
    openai = "openai"
    google = "google"
    anthropic = "anthropic"
    azure_openai = "azure_openai"
    groq = "groq"
    bedrock = "bedrock"
    perplexity = "perplexity"
    nvidia = "nvidia"
    sagemaker = "sagemaker"
    xai = "xai"
    deepseek = "deepseek"
    fake = "fake"


class NewPerLearnerListData(BaseModel):
    username: StrictStr
    user_id: StrictInt
    name: StrictStr
    email: StrictStr
    courses_enrolled: StrictInt
    courses_completed: StrictInt
    time_spent: StrictStr
    pathways_assigned: StrictInt
    pathways_completed: StrictInt
    certificates_earned: StrictInt
    assessments_passed: StrictInt
    skills_earned: StrictInt
    skills_points: StrictInt
    last_login: StrictStr
    location: StrictStr


class NoChatMessagesFound(BaseModel):
    error: StrictStr | None = "No chat messages found."


class NotificationSourceTypeEnum(StrEnum):
    """
    * `email` - email * `username` - username * `platform` - platform * `csv` - csv * `department` - department * `pathway` - pathway * `program` - program * `usergroup` - usergroup
    """

    email = "email"
    username = "username"
    platform = "platform"
    csv = "csv"
    department = "department"
    pathway = "pathway"
    program = "program"
    usergroup = "usergroup"


class NotificationTemplateData(BaseModel):
    message_title: Annotated[StrictStr | None, Field(description="Title of the message")] = ""
    message_body: Annotated[
        StrictStr,
        Field(
            description="     This would be the body of the message. Some context are available to use in the system.      e.g      ```     This is a sample message to {{username}}.      Available accessors are      - site_name     - site_url     - site_logo_url     - username     and <anything passed into context dictionary>     ```      "
        ),
    ]


class NotificationTemplateTest(BaseModel):
    """
    Serializer for testing notification template
    """

    context: Annotated[
        Any | None | MISSING,
        Field(
            description="Optional context variables for template rendering (e.g., {'course_name': 'Test Course'})"
        ),
    ] = MISSING


class NotificationTemplateTestResponse(BaseModel):
    """
    Serializer for test notification response
    """

    success: Annotated[
        StrictBool, Field(description="Whether the test email was sent successfully")
    ]
    message: Annotated[StrictStr, Field(description="Description of the result")]
    recipient: Annotated[StrictStr, Field(description="Email address the test was sent to")]


class NotificationToggle(BaseModel):
    """
    Serializer for toggling notification preference
    """

    allow_notification: Annotated[
        StrictBool,
        Field(
            description="True to enable, False to disable this notification type for the platform"
        ),
    ]


class NullEnum(RootModel[Any]):
    root: Any


class OAuthService(BaseModel):
    """
    Read-only serializer exposing details about an OAuth service.
    """

    id: StrictInt
    oauth_provider: StrictStr
    oauth_provider_id: StrictInt | None | MISSING = MISSING
    name: StrictStr
    display_name: Annotated[
        StrictStr,
        Field(description="Human readable label for the OAuth service scope."),
    ]
    description: StrictStr
    scope: StrictStr
    image: Annotated[StrictStr | None, Field(...)]
    created_at: AwareDatetime
    updated_at: AwareDatetime


class OAuthStartResponse(BaseModel):
    auth_url: StrictStr


class OauthCredentialsMasked(BaseModel):
    id: StrictInt
    name: StrictStr
    is_global: StrictBool
    client_id: StrictStr
    client_secret: StrictStr | None | MISSING = MISSING
    scopes: list[StrictStr] | None | MISSING = MISSING
    redirect_uris: list[StrictStr] | None | MISSING = MISSING
    url: StrictStr | None | MISSING = MISSING


class Observation(BaseModel):
    id: StrictStr
    trace_id: StrictStr
    type: StrictStr
    parent_observation_id: StrictStr | None | MISSING = MISSING
    start_time: AwareDatetime
    end_time: AwareDatetime | None | MISSING = MISSING
    name: StrictStr
    metadata: Annotated[Any | None, Field(...)]
    level: StrictStr
    status_message: StrictStr | None | MISSING = MISSING
    version: StrictStr | None | MISSING = MISSING
    input: StrictStr | None | MISSING = MISSING
    output: StrictStr | None | MISSING = MISSING
    provided_model_name: StrictStr | None | MISSING = MISSING
    internal_model_id: StrictStr | None | MISSING = MISSING
    model_parameters: StrictStr | None | MISSING = MISSING
    provided_usage_details: StrictStr
    usage_details: StrictStr
    provided_cost_details: StrictStr
    cost_details: StrictStr
    total_cost: Decimal | None | MISSING = MISSING
    completion_start_time: AwareDatetime | None | MISSING = MISSING
    prompt_id: StrictStr | None | MISSING = MISSING
    prompt_name: StrictStr | None | MISSING = MISSING
    prompt_version: Annotated[StrictInt | None | MISSING, Field(ge=0, le=65535)] = MISSING
    created_at: AwareDatetime
    updated_at: AwareDatetime | MISSING = MISSING
    event_ts: AwareDatetime
    is_deleted: Annotated[StrictInt, Field(ge=0, le=255)]


class OnboardingStatusUpdate(BaseModel):
    onboarding_completed: StrictBool
    app: Annotated[StrictStr, Field(description="The app url or name or id")]


class OvertimeData(BaseModel):
    """
    Individual overtime data point.
    """

    date: Annotated[StrictStr, Field(description="Date in YYYY-MM-DD format")]
    value: Annotated[Decimal, Field(description="Cost value for this time period")]


class OvertimeDataPoint(BaseModel):
    """
    Serializer for individual overtime data points.
    """

    date: Annotated[StrictStr, Field(description="Date in YYYY-MM-DD format")]
    value: Annotated[StrictInt, Field(description="Time spent in seconds for this date")]


class OvertimeMeta(BaseModel):
    total: Annotated[StrictInt, Field(description="Total records")]
    change_range: Annotated[StrictInt | None, Field(description="Change in range")] = 0
    change_last_seven_days: Annotated[
        StrictInt | None, Field(description="Change in last 7 days")
    ] = 0
    change_last_thirty_days: Annotated[
        StrictInt | None, Field(description="Change in last 30 days")
    ] = 0
    change_last_seven_days_percent: Annotated[
        StrictFloat | None, Field(description="Change in last 7 days in percentage")
    ] = 0.0
    change_last_thirty_days_percent: Annotated[
        StrictFloat | None, Field(description="Change in last 30 days in percentage")
    ] = 0.0
    change_range_percent: Annotated[
        StrictFloat | MISSING, Field(description="Change in range in percentage")
    ] = MISSING


class PageContent(BaseModel):
    page_content: Annotated[StrictStr, Field(description="The page content")]


class PaginatedAIGeneratedImageList(BaseModel):
    count: StrictInt
    next: StrictStr | None | MISSING = MISSING
    previous: StrictStr | None | MISSING = MISSING
    results: list[AIGeneratedImage]


class PaginatedAgentConfigList(BaseModel):
    count: StrictInt
    next: StrictStr | None | MISSING = MISSING
    previous: StrictStr | None | MISSING = MISSING
    results: list[AgentConfig]


class PaginatedAgentSkillList(BaseModel):
    count: StrictInt
    next: StrictStr | None | MISSING = MISSING
    previous: StrictStr | None | MISSING = MISSING
    results: list[AgentSkill]


class PaginatedArtifactListList(BaseModel):
    count: StrictInt
    next: StrictStr | None | MISSING = MISSING
    previous: StrictStr | None | MISSING = MISSING
    results: list[ArtifactList]


class PaginatedClawMentorConfigList(BaseModel):
    count: StrictInt
    next: StrictStr | None | MISSING = MISSING
    previous: StrictStr | None | MISSING = MISSING
    results: list[ClawMentorConfig]


class PaginatedClawModelProviderList(BaseModel):
    count: StrictInt
    next: StrictStr | None | MISSING = MISSING
    previous: StrictStr | None | MISSING = MISSING
    results: list[ClawModelProvider]


class PaginatedCourseCreationTaskFileList(BaseModel):
    count: StrictInt
    next: StrictStr | None | MISSING = MISSING
    previous: StrictStr | None | MISSING = MISSING
    results: list[CourseCreationTaskFile]


class PaginatedDisclaimerAgreementList(BaseModel):
    count: StrictInt
    next: StrictStr | None | MISSING = MISSING
    previous: StrictStr | None | MISSING = MISSING
    results: list[DisclaimerAgreement]


class PaginatedEdxCourseList(BaseModel):
    count: StrictInt
    next: StrictStr | None | MISSING = MISSING
    previous: StrictStr | None | MISSING = MISSING
    results: list[EdxCourse]


class PaginatedEmailPromptListList(BaseModel):
    count: StrictInt
    next: StrictStr | None | MISSING = MISSING
    previous: StrictStr | None | MISSING = MISSING
    results: list[EmailPromptList]


class PaginatedGoogleAgentDetailList(BaseModel):
    count: StrictInt
    next: StrictStr | None | MISSING = MISSING
    previous: StrictStr | None | MISSING = MISSING
    results: list[GoogleAgentDetail]


class PaginatedHeygenMarketingVideoListList(BaseModel):
    count: StrictInt
    next: StrictStr | None | MISSING = MISSING
    previous: StrictStr | None | MISSING = MISSING
    results: list[HeygenMarketingVideoList]


class PaginatedHeygenTemplateResponseSingleList(BaseModel):
    count: StrictInt
    next: StrictStr | None | MISSING = MISSING
    previous: StrictStr | None | MISSING = MISSING
    results: list[HeygenTemplateResponseSingle]


class PaginatedMentorSkillAssignmentList(BaseModel):
    count: StrictInt
    next: StrictStr | None | MISSING = MISSING
    previous: StrictStr | None | MISSING = MISSING
    results: list[MentorSkillAssignment]


class PaginatedObservationList(BaseModel):
    count: StrictInt
    next: StrictStr | None | MISSING = MISSING
    previous: StrictStr | None | MISSING = MISSING
    results: list[Observation]


class PaginatedSkillRequest(BaseModel):
    next_page: StrictStr
    previous_page: StrictStr


class Pagination(BaseModel):
    totalItems: Annotated[StrictInt, Field(description="Total records")]
    currentPage: Annotated[StrictInt, Field(description="Current Page")]
    perPage: Annotated[StrictInt, Field(description="Size of data returned per page")]
    totalPages: Annotated[StrictInt, Field(description="Amount of pages")]


class PatchedAgentConfig(BaseModel):
    mentor: UUID | MISSING = MISSING
    identity: Annotated[
        StrictStr | MISSING,
        Field(
            description="Agent persona — name, creature type, visual description, vibe (→ IDENTITY.md)."
        ),
    ] = MISSING
    soul: Annotated[
        StrictStr | MISSING,
        Field(
            description="Behavioral guidelines — personality, communication style, values, boundaries (→ SOUL.md)."
        ),
    ] = MISSING
    user_context: Annotated[
        StrictStr | MISSING,
        Field(
            description="User-specific preferences and environment details — SSH hosts, device names, TTS voices (→ USER.md)."
        ),
    ] = MISSING
    tools: Annotated[
        StrictStr | MISSING,
        Field(
            description="Environment-specific reference notes for tool usage — device names, API aliases (→ TOOLS.md). Does not control which skills load."
        ),
    ] = MISSING
    agents: Annotated[
        StrictStr | MISSING,
        Field(
            description="Multi-agent routing — agent IDs, workspaces, model assignments, channel bindings (→ AGENTS.md)."
        ),
    ] = MISSING
    bootstrap: Annotated[
        StrictStr | MISSING,
        Field(
            description="One-time first-run ritual — consumed and deleted by instance after use. Stored here for re-push on redeploy (→ BOOTSTRAP.md)."
        ),
    ] = MISSING
    heartbeat: Annotated[
        StrictStr | MISSING,
        Field(
            description="Periodic awareness checklist content. Schedule settings (interval, activeHours) go in config field (→ HEARTBEAT.md)."
        ),
    ] = MISSING
    memory: Annotated[
        StrictStr | MISSING,
        Field(
            description="Seed memory — long-term curated facts. Instance may modify its own copy over time (→ MEMORY.md)."
        ),
    ] = MISSING
    model: Annotated[
        StrictStr | MISSING,
        Field(
            description="LLM model identifier (e.g. anthropic/claude-sonnet-4-5-20250929).",
            max_length=200,
        ),
    ] = MISSING
    config: Annotated[
        Any | None | MISSING,
        Field(
            description="Instance config patch sent via config.patch RPC — heartbeat schedule, session isolation, skill toggles, model fallbacks, etc."
        ),
    ] = MISSING


class PatchedAgentSkill(BaseModel):
    name: Annotated[StrictStr | MISSING, Field(max_length=255)] = MISSING
    slug: Annotated[StrictStr | MISSING, Field(max_length=255, pattern="^[-a-zA-Z0-9_]+$")] = (
        MISSING
    )
    description: StrictStr | MISSING = MISSING
    version: Annotated[StrictStr | MISSING, Field(max_length=50)] = MISSING
    instruction: Annotated[
        StrictStr | MISSING,
        Field(description="SKILL.md body — the agent runbook for this skill."),
    ] = MISSING
    metadata: Annotated[
        Any | None | MISSING,
        Field(description="SKILL.md frontmatter (requires, primaryEnv, emoji, etc.)."),
    ] = MISSING
    enabled: StrictBool | MISSING = MISSING


class PatchedAgentSkillResource(BaseModel):
    skill: StrictInt | MISSING = MISSING
    file_type: FileTypeEnum | MISSING = MISSING
    filename: Annotated[StrictStr | MISSING, Field(max_length=255)] = MISSING
    content: Annotated[
        StrictStr | MISSING,
        Field(description="Text content for script/reference resources."),
    ] = MISSING
    file: Annotated[
        StrictStr | None | MISSING,
        Field(description="Binary file for asset resources."),
    ] = MISSING


class PatchedArtifact(BaseModel):
    """
    Serializer for Artifact model.  Artifacts are structured content like essays, documents, code files, etc. that are generated by AI agents during a chat session and are best displayed separately from the normal chat flow.  Fields:     - id: Unique identifier for the artifact     - title: Title or identifier for the artifact     - content: The markdown-styled content of the artifact     - file_extension: The extension of the file (e.g., 'py', 'md', 'html', 'json', 'csv')     - chat_message: Reference to the chat message that contains this artifact     - llm_name: Name of the LLM that generated the artifact     - llm_provider: Provider of the LLM (e.g., 'openai', 'google', 'anthropic')     - date_created: Timestamp when the artifact was created     - date_updated: Timestamp when the artifact was last updated     - metadata: Additional metadata for the artifact     - username: Username of the student who owns the artifact (read-only)     - session_id: UUID of the session that generated the artifact (read-only)  Read-only fields:     - id, date_created, date_updated, username, session_id
    """

    title: Annotated[
        StrictStr | MISSING,
        Field(description="Title or identifier for the artifact", max_length=255),
    ] = MISSING
    metadata: Annotated[
        Any | None | MISSING, Field(description="Additional metadata for the artifact")
    ] = MISSING


class PatchedBotCommand(BaseModel):
    command: Annotated[StrictStr | MISSING, Field(max_length=100)] = MISSING
    mentor: StrictInt | MISSING = MISSING
    bot: StrictInt | MISSING = MISSING


class PatchedClawInstance(BaseModel):
    name: Annotated[StrictStr | MISSING, Field(max_length=255)] = MISSING
    claw_type: ClawTypeEnum | MISSING = MISSING
    server_url: Annotated[
        StrictStr | MISSING,
        Field(description="HTTPS URL of the Claw worker instance.", max_length=200),
    ] = MISSING
    gateway_token: StrictStr | MISSING = MISSING
    deployment_backend: Annotated[
        StrictInt | None | MISSING,
        Field(description="Backend that deployed this server. Null = manually configured."),
    ] = MISSING
    auth_headers: Annotated[
        Any | None | MISSING,
        Field(description="Per-server auth headers (overrides backend defaults)."),
    ] = MISSING
    connection_params: Annotated[
        Any | None | MISSING,
        Field(
            description="Variant-specific connection parameters (write-only in API). OpenClaw: device_identity.private_key_pem, timeouts. IronClaw: typically empty (bearer token covered by gateway_token)."
        ),
    ] = MISSING


class PatchedClawMentorConfig(BaseModel):
    mentor: UUID | MISSING = MISSING
    server: StrictInt | MISSING = MISSING
    agent_config: Any | None | MISSING = MISSING
    enabled: StrictBool | MISSING = MISSING
    auto_push: Annotated[
        StrictBool | MISSING,
        Field(
            description="When True, saving the mentor's AgentConfig should trigger an async config push. Signal/hook not yet wired — currently a flag for future use."
        ),
    ] = MISSING


class PatchedClawModelProvider(BaseModel):
    server: StrictInt | MISSING = MISSING
    name: Annotated[
        StrictStr | MISSING,
        Field(
            description="Provider identifier in the Claw config (e.g. 'minimax')",
            max_length=100,
        ),
    ] = MISSING
    base_url: Annotated[
        StrictStr | MISSING,
        Field(
            description="Provider API endpoint (e.g. https://api.minimax.io/anthropic)",
            max_length=200,
        ),
    ] = MISSING
    api_type: Annotated[
        StrictStr | MISSING,
        Field(
            description="Claw provider API type (e.g. 'openai-completions', 'anthropic-messages').",
            max_length=50,
        ),
    ] = MISSING
    credential_name: Annotated[
        StrictStr | MISSING,
        Field(
            description="Name of the LLMCredential to resolve the API key from",
            max_length=255,
        ),
    ] = MISSING
    credential_key: Annotated[
        StrictStr | MISSING,
        Field(
            description="Key within the LLMCredential value JSON to extract the API key",
            max_length=100,
        ),
    ] = MISSING
    model_catalog: Annotated[
        Any | None | MISSING,
        Field(
            description='List of {"id": "...", "name": "..."} entries for the provider model catalog'
        ),
    ] = MISSING
    enabled: StrictBool | MISSING = MISSING
    models_mode: Annotated[
        StrictStr | MISSING,
        Field(
            description="'merge' adds to built-in models, 'replace' uses only configured providers.",
            max_length=20,
        ),
    ] = MISSING


class PatchedCourseCreationTaskFile(BaseModel):
    id: StrictInt | MISSING = MISSING
    course_creation_task: StrictInt | MISSING = MISSING
    file: StrictStr | MISSING = MISSING
    date_created: AwareDatetime | MISSING = MISSING
    last_modified: AwareDatetime | MISSING = MISSING


class PatchedCredentialRequest(BaseModel):
    name: Annotated[
        StrictStr | MISSING,
        Field(description="Name of the credential provider (e.g., 'openai', 'google-drive')"),
    ] = MISSING
    value: Annotated[
        Any | None | MISSING,
        Field(
            description="Credential data for the provider (API keys, service account details, etc.)"
        ),
    ] = MISSING
    platform: Annotated[
        StrictStr | MISSING,
        Field(description="Organization key identifier for the tenant"),
    ] = MISSING


class PatchedCreditAccountAutoRechargeUpdate(BaseModel):
    """
    Partial update for CreditAccount auto-recharge fields.
    """

    auto_recharge_threshold_usd: Annotated[
        Decimal | MISSING,
        Field(description="Set the balance threshold for auto-recharge (must be non-negative)."),
    ] = MISSING
    auto_recharge_amount_usd: Annotated[
        Decimal | MISSING, Field(description="Set the amount to recharge (min $0.50).")
    ] = MISSING
    auto_recharge_enabled: Annotated[
        StrictBool | MISSING, Field(description="Enable or disable auto-recharge.")
    ] = MISSING
    auto_recharge_spending_limit_usd: Annotated[
        Decimal | MISSING,
        Field(
            description="Cap on auto-recharge + manual top-up per 30-day period (user USD). 0 = unlimited. When > 0, backend sets recharge amount to 20% of limit (min $0.50)."
        ),
    ] = MISSING


class PatchedDisclaimer(BaseModel):
    scope: DisclaimerScopeEnum | MISSING = MISSING
    content: StrictStr | MISSING = MISSING
    title: Annotated[StrictStr | MISSING, Field(max_length=120)] = MISSING
    active: StrictBool | MISSING = MISSING
    mentors: list[UUID] | MISSING = MISSING


class PatchedDiscordConfig(BaseModel):
    client_id: Annotated[StrictStr | MISSING, Field(max_length=255)] = MISSING
    token: Annotated[StrictStr | MISSING, Field(max_length=500)] = MISSING
    client_secret: Annotated[StrictStr | MISSING, Field(max_length=500)] = MISSING


class PatchedDiscordUserConfig(BaseModel):
    discord_user_id: Annotated[StrictStr | MISSING, Field(max_length=200)] = MISSING


class PatchedGoogleAgentDetail(BaseModel):
    unique_id: UUID | MISSING = MISSING
    model: StrictStr | MISSING = MISSING
    name: StrictStr | MISSING = MISSING
    description: StrictStr | MISSING = MISSING
    instruction: StrictStr | MISSING = MISSING
    output_key: StrictStr | None | MISSING = MISSING
    created_by: Annotated[StrictInt | None | MISSING, Field(description="edX user ID")] = MISSING


class PatchedHumanSupportTicket(BaseModel):
    """
    serializer interface intended for students/ non-admin users. This limits students to only update the subject and description of a ticket.
    """

    subject: Annotated[StrictStr | MISSING, Field(max_length=255)] = MISSING
    description: StrictStr | MISSING = MISSING
    status: HumanSupportTicketStatusEnum | MISSING = MISSING


class PatchedLLMCredentialRequest(BaseModel):
    name: Annotated[StrictStr | MISSING, Field(description="Name of the credential provider")] = (
        MISSING
    )
    value: Annotated[
        Any | None | MISSING, Field(description="Value of the credential provider")
    ] = MISSING
    platform: Annotated[StrictStr | MISSING, Field(description="Key of the tenant")] = MISSING


class PatchedMentorCategoryGroupCreate(BaseModel):
    name: Annotated[StrictStr | MISSING, Field(max_length=255)] = MISSING
    description: StrictStr | MISSING = MISSING
    audience: Annotated[
        StrictInt | None | MISSING,
        Field(
            description="Deprecated: This is only left for backward compatibility. Please use the audiences field instead."
        ),
    ] = MISSING
    audiences: list[StrictInt] | MISSING = MISSING


class PatchedMentorSkillAssignment(BaseModel):
    mentor: UUID | MISSING = MISSING
    skill: StrictInt | MISSING = MISSING
    enabled: StrictBool | MISSING = MISSING


class PatchedNotificationToggle(BaseModel):
    """
    Serializer for toggling notification preference
    """

    allow_notification: Annotated[
        StrictBool | MISSING,
        Field(
            description="True to enable, False to disable this notification type for the platform"
        ),
    ] = MISSING


class PatchedPlatformPublicImageAsset(BaseModel):
    category: Annotated[
        StrictStr | MISSING, Field(description="Category of the asset", max_length=200)
    ] = MISSING
    image: StrictStr | MISSING = MISSING


class PatchedPlatformPublicMetadata(BaseModel):
    metadata: Annotated[Any | None | MISSING, Field(description="The public metadata")] = MISSING


class PatchedPlayWrightScript(BaseModel):
    title: Annotated[StrictStr | MISSING, Field(max_length=400)] = MISSING
    description: Annotated[StrictStr | MISSING, Field(max_length=400)] = MISSING
    script: StrictStr | MISSING = MISSING


class PatchedProject(BaseModel):
    """
    Unified serializer for Project model.  Write-only fields: - mentors_to_add: List of mentor unique IDs to add to the project - mentors_to_remove: List of mentor unique IDs to remove from the project  These fields are mutually exclusive and only used during create/update operations. For create: only mentors_to_add is used For update: either can be used, but not both at once
    """

    name: Annotated[
        StrictStr | MISSING, Field(description="Name of the project", max_length=255)
    ] = MISSING
    description: Annotated[StrictStr | MISSING, Field(description="Description of the project")] = (
        MISSING
    )
    shared: Annotated[
        StrictBool | MISSING,
        Field(description="Whether this project is shared with others or personal"),
    ] = MISSING
    mentors_to_add: Annotated[
        list[UUID] | MISSING,
        Field(description="List of mentor unique IDs to add to the project"),
    ] = MISSING
    mentors_to_remove: Annotated[
        list[UUID] | MISSING,
        Field(description="List of mentor unique IDs to remove from the project"),
    ] = MISSING


class PatchedRbacGroup(BaseModel):
    """
    Serializer for RBAC groups.
    """

    unique_id: Annotated[
        StrictStr | MISSING,
        Field(description="The unique identifier for the group", max_length=255),
    ] = MISSING
    platform_key: Annotated[StrictStr | MISSING, Field(description="The platform key")] = MISSING
    name: Annotated[
        StrictStr | MISSING,
        Field(description="Optional name of the group", max_length=255),
    ] = MISSING
    description: Annotated[StrictStr | MISSING, Field(description="Optional group description")] = (
        MISSING
    )
    users_to_add: Annotated[
        list[StrictInt] | MISSING,
        Field(description="List of user IDs to add to this group"),
    ] = MISSING
    users_to_remove: Annotated[
        list[StrictInt] | MISSING,
        Field(description="List of user IDs to remove from this group"),
    ] = MISSING


class PatchedRbacPolicy(BaseModel):
    """
    Serializer for policies.
    """

    name: Annotated[
        StrictStr | MISSING,
        Field(
            description="Policy name. If not supplied, defaults to a UUID4",
            max_length=255,
        ),
    ] = MISSING
    resources: Annotated[
        list[StrictStr] | MISSING,
        Field(
            description="List of resource paths this policy grants access to (e.g., ['/platforms/1/mentors', '/platforms/1/mentors/settings'])"
        ),
    ] = MISSING
    role_id: Annotated[
        StrictInt | MISSING, Field(description="ID of the role this policy applies to")
    ] = MISSING
    platform_key: Annotated[
        StrictStr | MISSING, Field(description="Platform key where this policy applies")
    ] = MISSING
    users_to_add: Annotated[
        list[StrictInt] | MISSING,
        Field(description="List of user IDs to add to this Policy"),
    ] = MISSING
    users_to_remove: Annotated[
        list[StrictInt] | MISSING,
        Field(description="List of user IDs to remove from this Policy"),
    ] = MISSING
    groups_to_add: Annotated[
        list[StrictInt] | MISSING,
        Field(description="List of group IDs to add to this Policy"),
    ] = MISSING
    groups_to_remove: Annotated[
        list[StrictInt] | MISSING,
        Field(description="List of group IDs to remove from this Policy"),
    ] = MISSING


class PatchedRbacRole(BaseModel):
    """
    Serializer for roles.
    """

    name: Annotated[StrictStr | MISSING, Field(max_length=255)] = MISSING
    platform_key: Annotated[
        StrictStr | MISSING, Field(description="Platform key where this role belongs")
    ] = MISSING
    actions: Annotated[
        list[StrictStr] | MISSING,
        Field(
            description="List of actions/permissions this role can perform (e.g., ['Ibl.Mentor/Settings/read', 'Ibl.Mentor/Settings/write'])"
        ),
    ] = MISSING
    data_actions: Annotated[
        list[StrictStr] | MISSING,
        Field(
            description="List of data actions/permissions this role can perform for field-level access (e.g., ['Ibl.Mentor/Settings/name/read', 'Ibl.Mentor/Settings/email/write'])"
        ),
    ] = MISSING


class PatchedSkillThreshold(BaseModel):
    name: Annotated[
        StrictStr | MISSING,
        Field(description="The name of the threshold e.g Beginner.", max_length=255),
    ] = MISSING
    threshold: Annotated[StrictInt | MISSING, Field(description="The threshold for the skill.")] = (
        MISSING
    )
    platform: Annotated[StrictStr | MISSING, Field(description="The platform key")] = MISSING


class PatchedSlackConfig(BaseModel):
    bot: StrictInt | MISSING = MISSING
    client_id: Annotated[StrictStr | MISSING, Field(max_length=255)] = MISSING
    client_secret: Annotated[StrictStr | MISSING, Field(max_length=500)] = MISSING
    app_token: Annotated[StrictStr | MISSING, Field(max_length=500)] = MISSING
    verification_token: Annotated[StrictStr | MISSING, Field(max_length=500)] = MISSING


class PatchedSlackUserConfig(BaseModel):
    slack_team_domain: Annotated[
        StrictStr | MISSING,
        Field(
            description="Team Domain in the stated slack workspace. This is also the workspace name.",
            max_length=200,
        ),
    ] = MISSING
    slack_username: Annotated[
        StrictStr | MISSING,
        Field(description="Username in the stated slack workspace", max_length=200),
    ] = MISSING


class PatchedTeamsConfig(BaseModel):
    client_id: Annotated[StrictStr | MISSING, Field(max_length=500)] = MISSING
    client_secret: Annotated[StrictStr | MISSING, Field(max_length=500)] = MISSING
    verification_token: Annotated[StrictStr | MISSING, Field(max_length=500)] = MISSING


class PatchedTicketMessage(BaseModel):
    ticket: StrictInt | MISSING = MISSING
    sender: Annotated[StrictInt | None | MISSING, Field(description="edX user ID")] = MISSING
    message: StrictStr | MISSING = MISSING


class PatchedUserGroup(BaseModel):
    """
    Serializer for UserGroups.
    """

    name: Annotated[
        StrictStr | None | MISSING,
        Field(description="Group display name", max_length=255),
    ] = MISSING
    platform_key: Annotated[StrictStr | MISSING, Field(description="The platform key")] = MISSING
    description: Annotated[StrictStr | None | MISSING, Field(description="Group description")] = (
        MISSING
    )
    users_to_set: Annotated[
        list[StrictInt] | MISSING,
        Field(description="List of user IDs to set in this group (replaces all existing users)"),
    ] = MISSING


class PatchedWebexConfig(BaseModel):
    webex_bot_id: Annotated[
        StrictStr | MISSING, Field(description="Bot id from webex", max_length=255)
    ] = MISSING
    bot_access_token: Annotated[StrictStr | MISSING, Field(max_length=500)] = MISSING
    bot_username: Annotated[StrictStr | MISSING, Field(max_length=500)] = MISSING


class PatchedWhatsappConfig(BaseModel):
    phone_number_id: Annotated[StrictStr | MISSING, Field(max_length=255)] = MISSING
    application_secret: Annotated[StrictStr | MISSING, Field(max_length=500)] = MISSING
    webhook_verification_token: Annotated[StrictStr | MISSING, Field(max_length=500)] = MISSING
    access_token: Annotated[
        StrictStr | MISSING,
        Field(
            description="Access token to the bot. This can also be a temporary access token.",
            max_length=500,
        ),
    ] = MISSING


class PatchedWhatsappUserConfig(BaseModel):
    phone_number: Annotated[StrictStr | MISSING, Field(max_length=128)] = MISSING


class PatchedWorkflow(BaseModel):
    """
    Serializer for Workflow CRUD operations.  Provides basic ReactFlow JSON validation (Phase 1) to ensure definitions are renderable, while allowing draft workflows that may not be executable.  Comprehensive execution validation (Phase 2) is available via the validate action endpoint.  Fields: - All model fields are exposed - Platform and creator are set automatically from URL context - Read-only fields: id, unique_id, created_at, updated_at - Chat settings (chat_name, chat_greeting, etc.) update the entry_mentor
    """

    name: Annotated[StrictStr | MISSING, Field(max_length=255)] = MISSING
    description: StrictStr | MISSING = MISSING
    definition: Annotated[
        Any | None | MISSING,
        Field(description="Workflow definition in ReactFlow format"),
    ] = MISSING
    is_active: StrictBool | MISSING = MISSING
    is_template: StrictBool | MISSING = MISSING
    parent_workflow: Annotated[
        StrictInt | None | MISSING,
        Field(description="Parent workflow if this is a template variant"),
    ] = MISSING
    chat_name: Annotated[
        StrictStr | MISSING,
        Field(description="Display name for chat (updates entry_mentor.name)"),
    ] = MISSING
    chat_proactive_response: Annotated[
        StrictStr | MISSING,
        Field(
            description="Proactive greeting message for chat (updates entry_mentor.proactive_response)"
        ),
    ] = MISSING


class Pathway(BaseModel):
    id: StrictInt
    pathway_id: Annotated[StrictStr, Field(description="A unique pathway ID.", max_length=255)]
    pathway_uuid: UUID | MISSING = MISSING
    path: StrictStr
    name: Annotated[
        StrictStr | MISSING,
        Field(description="The verbose name of the pathway.", max_length=255),
    ] = MISSING
    visible: Annotated[StrictBool | MISSING, Field(description="Pathway visibility")] = MISSING
    slug: Annotated[
        StrictStr | None | MISSING,
        Field(
            description="An additional unique slug field. (Optional)",
            max_length=255,
            pattern="^[-a-zA-Z0-9_]+$",
        ),
    ] = MISSING
    user_id: StrictInt | MISSING = MISSING
    username: StrictStr | MISSING = MISSING
    platform_key: StrictStr | MISSING = MISSING
    data: Annotated[Any | None | MISSING, Field(description="Metadata")] = MISSING


class PathwayCompletion(BaseModel):
    completed: StrictBool
    completion_percentage: StrictFloat | None | MISSING = MISSING


class PathwayCompletionResponse(BaseModel):
    """
    Response serializer for PathwayCompletionQueryView GET endpoint.
    """

    count: Annotated[StrictInt, Field(description="Total number of items in the pathway")]
    completion_percentage: Annotated[
        StrictFloat,
        Field(description="Overall completion percentage for the pathway (0.0 to 1.0)"),
    ]


class PathwayEnrollment(BaseModel):
    created: AwareDatetime | None | MISSING = MISSING
    ended: AwareDatetime | None | MISSING = MISSING
    active: StrictBool


class PathwayEnrollmentPlus(BaseModel):
    """
    Includes metadata+
    """

    user_id: StrictInt | MISSING = MISSING
    username: StrictStr | MISSING = MISSING
    pathway_id: StrictStr | MISSING = MISSING
    pathway_uuid: StrictStr | MISSING = MISSING
    platform_key: StrictStr | MISSING = MISSING
    org: StrictStr | MISSING = MISSING
    name: StrictStr | MISSING = MISSING
    slug: StrictStr | MISSING = MISSING
    created: Annotated[
        AwareDatetime | None | MISSING,
        Field(description="Date when enrollment began/activated"),
    ] = MISSING
    ended: Annotated[
        AwareDatetime | None,
        Field(description="Date when enrollment ended/deactivated"),
    ]
    active: Annotated[
        StrictBool | MISSING, Field(description="Whether the enrollment is active")
    ] = MISSING
    metadata: Any | None | MISSING = MISSING


class PathwayEnrollmentRequest(BaseModel):
    """
    Serializer for pathway enrollment request parameters.
    """

    user_id: Annotated[StrictStr | MISSING, Field(description="User ID for enrollment")] = MISSING
    username: Annotated[StrictStr | MISSING, Field(description="Username for enrollment")] = MISSING
    pathway_id: Annotated[StrictStr | MISSING, Field(description="Pathway ID for enrollment")] = (
        MISSING
    )
    pathway_uuid: Annotated[
        StrictStr | MISSING, Field(description="Pathway UUID for enrollment")
    ] = MISSING
    pathway_key: Annotated[StrictStr | MISSING, Field(description="Pathway key for enrollment")] = (
        MISSING
    )
    slug: Annotated[StrictStr | MISSING, Field(description="Pathway slug for enrollment")] = MISSING
    org: Annotated[StrictStr | MISSING, Field(description="Organization for the pathway")] = MISSING
    platform_key: Annotated[
        StrictStr | MISSING, Field(description="Platform key for the pathway")
    ] = MISSING
    include_default_platform: Annotated[
        StrictBool | MISSING,
        Field(description="Include enrollments from default platform"),
    ] = MISSING
    include_metadata: Annotated[
        StrictBool | None, Field(description="Include metadata in the response")
    ] = True
    active: Annotated[
        StrictBool | None, Field(description="Whether the enrollment should be active")
    ] = True


class PathwaySelfEnrollmentRequest(BaseModel):
    """
    Serializer for pathway self-enrollment request parameters.
    """

    user_id: Annotated[StrictStr | MISSING, Field(description="User ID for self-enrollment")] = (
        MISSING
    )
    username: Annotated[StrictStr | MISSING, Field(description="Username for self-enrollment")] = (
        MISSING
    )
    pathway_id: Annotated[
        StrictStr | MISSING, Field(description="Pathway ID for self-enrollment")
    ] = MISSING
    pathway_key: Annotated[
        StrictStr | MISSING, Field(description="Pathway key for self-enrollment")
    ] = MISSING
    slug: Annotated[StrictStr | MISSING, Field(description="Pathway slug for self-enrollment")] = (
        MISSING
    )
    org: Annotated[StrictStr | MISSING, Field(description="Organization for the pathway")] = MISSING
    platform_key: Annotated[
        StrictStr | MISSING, Field(description="Platform key for the pathway")
    ] = MISSING
    active: Annotated[
        StrictBool | None, Field(description="Whether the enrollment should be active")
    ] = True


class PerLearnerCourseLastAccessData(BaseModel):
    course_id: Annotated[StrictStr | MISSING, Field(description="Edx Course ID")] = MISSING
    course_name: Annotated[StrictStr | MISSING, Field(description="Course Name")] = MISSING
    block_id: Annotated[StrictStr | MISSING, Field(description="Last Block Accessed")] = MISSING
    block_display_name: Annotated[
        StrictStr | MISSING, Field(description="Last Block Display Name")
    ] = MISSING
    course_grade: Annotated[StrictFloat | MISSING, Field(description="Course grade")] = MISSING
    course_progress: Annotated[StrictFloat | MISSING, Field(description="Course progress")] = (
        MISSING
    )
    last_accessed: Annotated[StrictStr | MISSING, Field(description="Last accessed time")] = MISSING


class PerLearnerCourseVideosWatchedData(BaseModel):
    id: Annotated[StrictStr, Field(description="Video Id")]
    name: Annotated[StrictStr, Field(description="Video Name")]
    watched: Annotated[StrictBool, Field(description="Watch status")]


class PerLearnerLastAccessData(BaseModel):
    course_last_accessed: Annotated[
        PerLearnerCourseLastAccessData | MISSING,
        Field(description="Course last accessed metadata"),
    ] = MISSING
    last_accessed: Annotated[StrictStr | MISSING, Field(description="Last accessed time")] = MISSING


class PerformanceGradesPerCourseData(BaseModel):
    name: Annotated[StrictStr, Field(description="Course name")]
    course_id: Annotated[StrictStr, Field(description="Course id")]
    num_enrollments: Annotated[StrictInt, Field(description="Course enrollments")]
    num_passed: Annotated[StrictInt, Field(description="Total users who have passed the course")]
    avg_grade: Annotated[StrictFloat, Field(description="Course Average grade")]


class PeriodEnum(StrEnum):
    """
    * `weekly` - weekly * `monthly` - monthly * `yearly` - yearly
    """

    weekly = "weekly"
    monthly = "monthly"
    yearly = "yearly"


class PeriodInfo(BaseModel):
    """
    Information about the analysis period.
    """

    start_date: Annotated[
        StrictStr | MISSING, Field(description="Start date of analysis period")
    ] = MISSING
    end_date: Annotated[StrictStr | MISSING, Field(description="End date of analysis period")] = (
        MISSING
    )
    period_days: Annotated[StrictInt | MISSING, Field(description="Number of days in period")] = (
        MISSING
    )
    range_type: Annotated[
        StrictStr | MISSING,
        Field(description="Type of date range (custom, default, all_time, etc.)"),
    ] = MISSING


class PeriodicAgentLogStatusEnum(StrEnum):
    """
    * `success` - Success * `error` - Error * `running` - Running
    """

    success = "success"
    error = "error"
    running = "running"


class PeriodicAgentStatistics(BaseModel):
    total_tasks: StrictInt
    succeeded_tasks: StrictInt
    failed_tasks: StrictInt
    running_tasks: StrictInt
    pending_tasks: StrictInt


class PeriodicFrequencyEnum(StrEnum):
    """
    * `DAILY` - DAILY * `WEEKLY` - WEEKLY * `MONTHLY` - MONTHLY * `CUSTOM` - CUSTOM
    """

    DAILY = "DAILY"
    WEEKLY = "WEEKLY"
    MONTHLY = "MONTHLY"
    CUSTOM = "CUSTOM"


class PeriodicLearnerScopeEnum(StrEnum):
    """
    * `ACTIVE_LEARNERS` - ACTIVE_LEARNERS * `ALL_LEARNERS` - ALL_LEARNERS
    """

    ACTIVE_LEARNERS = "ACTIVE_LEARNERS"
    ALL_LEARNERS = "ALL_LEARNERS"


class PeriodicTask(BaseModel):
    id: StrictInt
    name: Annotated[StrictStr, Field(description="Short Description For This Task")]
    crontab: CrontabSchedule
    one_off: Annotated[
        StrictBool | MISSING,
        Field(description="If True, the schedule will only run the task a single time"),
    ] = MISSING
    start_time: Annotated[
        AwareDatetime | None | MISSING,
        Field(description="Datetime when the schedule should begin triggering the task to run"),
    ] = MISSING
    enabled: Annotated[
        StrictBool | MISSING, Field(description="Set to False to disable the schedule")
    ] = MISSING


class PeriodicTaskRequest(BaseModel):
    crontab: CrontabSchedule
    one_off: Annotated[
        StrictBool | MISSING,
        Field(description="If True, the schedule will only run the task a single time"),
    ] = MISSING
    start_time: Annotated[
        AwareDatetime | None | MISSING,
        Field(description="Datetime when the schedule should begin triggering the task to run"),
    ] = MISSING
    enabled: Annotated[
        StrictBool | MISSING, Field(description="Set to False to disable the schedule")
    ] = MISSING


class PerlearnerCourseProgressData(BaseModel):
    progress: Annotated[StrictFloat, Field(description="Perlearner Course progress")]


class PerlearnerEngagementVideosData(BaseModel):
    course_id: Annotated[StrictStr, Field(description="Edx Course ID")]
    name: Annotated[StrictStr, Field(description="Course Name")]
    total_videos: Annotated[StrictInt, Field(description="Total course videos")]
    watched: Annotated[StrictInt, Field(description="Total videos watched by student")]
    total_time_watch: Annotated[StrictInt, Field(description="Total time user watched video")]
    average_class_watch: Annotated[
        StrictFloat, Field(description="Average videos watched by students in course")
    ]
    class_time_average: Annotated[
        StrictFloat, Field(description="Average time spent by students on this course")
    ]


class PerlearnerEngagementVideosWatchedPerCourse(BaseModel):
    data: list[PerlearnerEngagementVideosData]


class PerlearnerGradeSummaryData(BaseModel):
    assignment_type: Annotated[StrictStr, Field(description="Assignment Type name")]
    weight: Annotated[StrictFloat, Field(description="Assignment weight")]
    weighted_grade: Annotated[StrictFloat, Field(description="Assignment grade")]
    average_section_grade: Annotated[
        StrictFloat, Field(description="Assignment section grade average in course")
    ]


class PerlearnerGradingPerCourseAPIData(BaseModel):
    course_id: Annotated[StrictStr, Field(description="Edx Course ID")]
    name: Annotated[StrictStr, Field(description="Course Name")]
    graded_activities: Annotated[StrictStr, Field(description="Total problems in course")]
    submissions: Annotated[StrictInt, Field(description="Cumulative problem submissions")]
    problems_attempted: Annotated[
        StrictInt, Field(description="Number of problems from total problems attempted")
    ]
    assignments_correct: Annotated[
        StrictInt, Field(description="Number of problems answered correctly")
    ]
    class_average: Annotated[
        StrictFloat,
        Field(description="Average grade obtained by all learner in the course"),
    ]
    grade: Annotated[StrictFloat, Field(description="Learner course grade")]


class PerlearnerUserListData(BaseModel):
    username: Annotated[StrictStr, Field(description="learner username")]
    full_name: Annotated[StrictStr, Field(description="learner Name")]
    enrollments: Annotated[StrictInt, Field(description="Total enrollments")]
    completions: Annotated[StrictInt, Field(description="Total completions")]
    last_active: Annotated[StrictStr, Field(description="Last active time")]
    time_spent: Annotated[StrictStr, Field(description="Time spent formatted in seconds")]
    engagement_index: Annotated[StrictFloat, Field(description="Engagement index")]
    performance_index: Annotated[StrictFloat, Field(description="Performance index")]


class PermissionCheckRequest(BaseModel):
    """
    Serializer for permission check requests
    """

    platform_key: Annotated[StrictStr, Field(description="Platform key to check permissions for")]
    resources: Annotated[
        list[StrictStr],
        Field(
            description="List of resource paths to check permissions for. Must start and end with '/' (e.g., ['/mentors/', '/mentors/123/', '/students/'])"
        ),
    ]


class PieChartSegment(BaseModel):
    count: StrictInt
    percentage: StrictFloat


class PinnedMessageCreate(BaseModel):
    id: StrictInt
    platform: Annotated[StrictStr, Field(description="The platform key")]
    username: Annotated[StrictStr, Field(max_length=255)]
    session_id: Annotated[UUID | None, Field(...)]


class PinnedMessageRequest(BaseModel):
    session_id: Annotated[StrictStr, Field(description="Session id of the message to pin")]


class Platform(BaseModel):
    """
    Note: Create and update operations deprecated.
    """

    key: Annotated[StrictStr, Field(description="The platform key", max_length=200)]
    name: Annotated[
        StrictStr | None | MISSING,
        Field(description="The name of the platform", max_length=200),
    ] = MISSING
    org: Annotated[
        StrictStr | None | MISSING,
        Field(description="The associated edX org code", max_length=200),
    ] = MISSING
    lms_url: Annotated[
        StrictStr | None | MISSING,
        Field(description="The LMS URL for the platform", max_length=300),
    ] = MISSING
    cms_url: Annotated[
        StrictStr | None | MISSING,
        Field(description="The CMS URL for the platform", max_length=300),
    ] = MISSING
    portal_url: Annotated[
        StrictStr | None | MISSING,
        Field(description="The portal URL for the platform", max_length=300),
    ] = MISSING
    is_advertising: Annotated[
        StrictBool | MISSING,
        Field(
            description="Advertising mode allows a platform to set custom usd balance to allocate for its members"
        ),
    ] = MISSING
    is_enterprise: StrictStr
    show_paywall: Annotated[
        StrictBool,
        Field(
            description="If True, billing status/credit checks are enforced for this platform's users"
        ),
    ]


class PlatformApiKey(BaseModel):
    """
    Serializer for PlatformApiKey's
    """

    username: Annotated[StrictStr, Field(description="Username that created token")]
    name: Annotated[
        StrictStr,
        Field(
            description="Name of the token. Used by the user to identify the token.",
            max_length=255,
            pattern="^[-a-zA-Z0-9_]+$",
        ),
    ]
    key: StrictStr
    platform_key: Annotated[StrictStr, Field(description="The platform key")]
    expires: Annotated[AwareDatetime, Field(description="When token expires")]
    expires_in: Annotated[
        StrictStr | None | MISSING,
        Field(
            description="Optional duration until key expires. Format: [DD] [HH:[MM:]]ss[.uuuuuu]"
        ),
    ] = MISSING
    created: Annotated[AwareDatetime, Field(description="When token was created")]


class PlatformApiKeyRequest(BaseModel):
    """
    Serializer for PlatformApiKey's
    """

    name: Annotated[
        StrictStr,
        Field(
            description="Name of the token. Used by the user to identify the token.",
            max_length=255,
            pattern="^[-a-zA-Z0-9_]+$",
        ),
    ]
    platform_key: Annotated[StrictStr, Field(description="The platform key")]
    expires_in: Annotated[
        StrictStr | None | MISSING,
        Field(
            description="Optional duration until key expires. Format: [DD] [HH:[MM:]]ss[.uuuuuu]"
        ),
    ] = MISSING


class PlatformConfigurationSet(BaseModel):
    """
    Serializer for setting platform configurations
    """

    platform_key: Annotated[StrictStr, Field(description="Platform key to set configurations for")]
    configurations: Annotated[
        list[ConfigurationItem], Field(description="List of configurations to set")
    ]


class PlatformInfo(BaseModel):
    """
    Serializer for platform information.
    """

    platform_id: Annotated[StrictInt, Field(description="Platform ID")]
    platform_name: Annotated[StrictStr, Field(description="Platform name")]
    platform_key: Annotated[StrictStr, Field(description="Platform key")]


class PlatformListStatusEnum(IntEnum):
    """
    * `-2` - FAILED * `-1` - TERMINATED * `0` - PENDING * `1` - BUILDING * `2` - RUNNING * `3` - PAUSED * `4` - STOPPING * `5` - STOPPED * `6` - REPAIR
    """

    integer_0 = 0
    integer_1 = 1
    integer_2 = 2
    integer_3 = 3
    integer_4 = 4
    integer_5 = 5
    integer_6 = 6


class PlatformMembershipConfig(BaseModel):
    platform_key: StrictStr
    platform_name: StrictStr
    allow_self_linking: Annotated[
        StrictBool | MISSING,
        Field(description="Whether users can self-link to this platform"),
    ] = MISSING
    created: AwareDatetime
    modified: AwareDatetime


class PlatformMembershipConfigPostRequest(BaseModel):
    platform_key: StrictStr
    allow_self_linking: StrictBool


class PlatformPromptResponse(BaseModel):
    """
    Response serializer for platform prompt retrieval.
    """

    platform_key: StrictStr
    prompt_text: StrictStr
    recommendation_type: StrictStr
    spa_url: StrictStr | None | MISSING = MISSING
    active: StrictBool
    created_at: AwareDatetime
    updated_at: AwareDatetime
    created_by: Annotated[
        StrictStr | None | MISSING,
        Field(description="Username of who created this prompt"),
    ] = MISSING


class PlatformPublicImageAsset(BaseModel):
    id: StrictInt
    category: Annotated[StrictStr, Field(description="Category of the asset", max_length=200)]
    image: StrictStr
    url: StrictStr
    created_on: AwareDatetime
    last_updated: AwareDatetime


class PlatformPublicImageAssetRequest(BaseModel):
    category: Annotated[StrictStr, Field(description="Category of the asset", max_length=200)]
    image: StrictStr


class PlatformPublicMetadata(BaseModel):
    platform_key: StrictStr
    platform_name: StrictStr
    metadata: Annotated[Any | None | MISSING, Field(description="The public metadata")] = MISSING


class PlatformPublicMetadataRequest(BaseModel):
    metadata: Annotated[Any | None | MISSING, Field(description="The public metadata")] = MISSING


class PlatformRevenueSummary(BaseModel):
    sales_volume: Decimal
    sales_count: StrictInt
    currency: StrictStr


class PlatformSkillPointBulkResponse(BaseModel):
    """
    Response serializer for PlatformSkillPointBulkManagementView POST endpoint.
    """

    successes: Annotated[StrictInt, Field(description="Number of successful updates")]
    total: Annotated[StrictInt, Field(description="Total number of updates attempted")]


class PlatformUpdatePostRequest(BaseModel):
    user_id: StrictInt
    key: StrictStr
    new_key: StrictStr | MISSING = MISSING
    name: StrictStr | MISSING = MISSING
    lms_url: StrictStr | MISSING = MISSING
    cms_url: StrictStr | MISSING = MISSING
    portal_url: StrictStr | MISSING = MISSING


class PlayWrightScript(BaseModel):
    id: StrictInt
    platform: Annotated[StrictInt | None, Field(...)]
    student: Annotated[StrictInt | None, Field(description="edX user ID")]
    title: Annotated[StrictStr, Field(max_length=400)]
    description: Annotated[StrictStr | MISSING, Field(max_length=400)] = MISSING
    script: StrictStr
    is_public: StrictBool


class PlayWrightScriptRequest(BaseModel):
    title: Annotated[StrictStr, Field(max_length=400)]
    description: Annotated[StrictStr | MISSING, Field(max_length=400)] = MISSING
    script: StrictStr


class PointsPercentile(BaseModel):
    username: StrictStr
    points: StrictFloat
    percentile: Annotated[
        StrictFloat,
        Field(
            description="Percentile of points for user. If an `org` was provided, this is the percentile of the user relative to users within the org."
        ),
    ]


class PortalUrlResponse(BaseModel):
    """
    Response containing a Stripe customer portal URL for subscription management.
    """

    portal_url: Annotated[StrictStr, Field(description="Stripe customer portal URL.")]


class PreviousAgentStatusEnum(StrEnum):
    """
    * `success` - Success * `error` - Error * `running` - Running * `pending` - Pending
    """

    success = "success"
    error = "error"
    running = "running"
    pending = "pending"


class ProgramCompletion(BaseModel):
    completed: StrictBool
    completion_percentage: StrictFloat | None | MISSING = MISSING
    passed: StrictBool | None | MISSING = MISSING
    passed_date: AwareDatetime | None | MISSING = MISSING


class ProgramCompletionResponse(BaseModel):
    """
    Response serializer for ProgramCompletionQueryView GET endpoint.
    """

    count: Annotated[StrictInt, Field(description="Total number of courses in the program")]
    completion_percentage: Annotated[
        StrictFloat,
        Field(description="Overall completion percentage for the program (0.0 to 1.0)"),
    ]


class ProgramCoursePosition(BaseModel):
    course_id: StrictStr | MISSING = MISSING
    name: StrictStr | MISSING = MISSING
    slug: StrictStr | MISSING = MISSING
    position: StrictInt


class ProgramCoursePositionRequest(BaseModel):
    course_id: StrictStr | MISSING = MISSING
    name: StrictStr | MISSING = MISSING
    slug: StrictStr | MISSING = MISSING


class ProgramEnrollment(BaseModel):
    user_id: StrictInt | MISSING = MISSING
    username: StrictStr | MISSING = MISSING
    program_id: StrictStr | MISSING = MISSING
    program_key: StrictStr | MISSING = MISSING
    platform_key: StrictStr | MISSING = MISSING
    org: StrictStr | MISSING = MISSING
    name: StrictStr | MISSING = MISSING
    slug: StrictStr | MISSING = MISSING
    created: Annotated[
        AwareDatetime | None | MISSING,
        Field(description="Date when enrollment began/activated"),
    ] = MISSING
    started: Annotated[
        AwareDatetime | None | MISSING,
        Field(description="Date when enrollment started"),
    ] = MISSING
    ended: Annotated[
        AwareDatetime | None,
        Field(description="Date when enrollment ended/deactivated"),
    ]
    expired: Annotated[
        AwareDatetime | None | MISSING,
        Field(description="Date when enrollment expires (null, if not expiring)"),
    ] = MISSING
    active: Annotated[
        StrictBool | MISSING, Field(description="Whether the enrollment is active")
    ] = MISSING


class ProgramEnrollmentRequest(BaseModel):
    user_id: StrictInt | MISSING = MISSING
    username: StrictStr | MISSING = MISSING
    program_id: StrictStr | MISSING = MISSING
    program_key: StrictStr | MISSING = MISSING
    platform_key: StrictStr | MISSING = MISSING
    org: StrictStr | MISSING = MISSING
    name: StrictStr | MISSING = MISSING
    slug: StrictStr | MISSING = MISSING
    created: Annotated[
        AwareDatetime | None | MISSING,
        Field(description="Date when enrollment began/activated"),
    ] = MISSING
    started: Annotated[
        AwareDatetime | None | MISSING,
        Field(description="Date when enrollment started"),
    ] = MISSING
    expired: Annotated[
        AwareDatetime | None | MISSING,
        Field(description="Date when enrollment expires (null, if not expiring)"),
    ] = MISSING
    active: Annotated[
        StrictBool | MISSING, Field(description="Whether the enrollment is active")
    ] = MISSING


class ProgramMetadataResponse(BaseModel):
    """
    Response serializer for ProgramMetadataView GET endpoint.
    """

    name: Annotated[StrictStr | None | MISSING, Field(description="Program name")] = MISSING
    description: Annotated[StrictStr | None | MISSING, Field(description="Program description")] = (
        MISSING
    )
    enabled: Annotated[
        StrictBool | None | MISSING, Field(description="Whether the program is enabled")
    ] = MISSING
    slug: Annotated[StrictStr | None | MISSING, Field(description="Program slug")] = MISSING
    skills: Annotated[list[StrictStr] | MISSING, Field(description="List of associated skills")] = (
        MISSING
    )
    platform_key: Annotated[StrictStr | None | MISSING, Field(description="Platform key")] = MISSING


class ProgramReview(BaseModel):
    """
    Serializer for program review data.
    """

    user_id: Annotated[StrictInt, Field(description="The user identifier")]
    username: Annotated[StrictStr, Field(description="The username of the reviewer")]
    content: Annotated[StrictStr, Field(description="Review content/text")]
    rating: Annotated[StrictFloat | None, Field(description="Rating value (typically 1-5)")]
    title: Annotated[StrictStr, Field(description="Review title")]
    visible: Annotated[StrictBool, Field(description="Whether the review is visible")]
    created: Annotated[StrictStr | None, Field(description="Date when review was created")]
    modified: Annotated[StrictStr | None, Field(description="Date when review was last modified")]
    program_key: Annotated[StrictStr, Field(description="The program key identifier")]


class ProgramReviewInfoResponse(BaseModel):
    """
    Serializer for program review info response.
    """

    program_key: Annotated[
        StrictStr, Field(description="The program key associated with the reviews")
    ]
    avg_rating: Annotated[StrictFloat | None, Field(description="Average rating of the program")]
    count: Annotated[StrictInt, Field(description="Total number of reviews for the program")]


class ProgramReviewPaginatedResponse(BaseModel):
    """
    Paginated response serializer for ProgramReviewQueryView GET endpoint.
    """

    count: Annotated[StrictInt, Field(description="Total number of reviews")]
    next_page: Annotated[StrictInt | None, Field(description="Next page number")]
    previous_page: Annotated[StrictInt | None, Field(description="Previous page number")]
    results: Annotated[list[ProgramReview], Field(description="List of program reviews")]


class ProgramReviewRequest(BaseModel):
    """
    Request serializer for ProgramReviewUpdateView POST endpoint.
    """

    program_key: Annotated[
        StrictStr,
        Field(description="The program key to review (format: program-v1:org+program_id)"),
    ]
    username: Annotated[StrictStr, Field(description="The username of the reviewer")]
    user_id: Annotated[
        StrictInt | MISSING,
        Field(description="The user ID of the reviewer (alternative to username)"),
    ] = MISSING
    rating: Annotated[
        StrictFloat | None | MISSING,
        Field(description="The rating value (typically 1-5)"),
    ] = MISSING
    title: Annotated[StrictStr | MISSING, Field(description="The review title")] = MISSING
    content: Annotated[StrictStr | MISSING, Field(description="The review content/text")] = MISSING
    visible: Annotated[StrictBool | None, Field(description="Whether the review is visible")] = True
    metadata: Annotated[Any | None | MISSING, Field(description="Additional review metadata")] = (
        MISSING
    )


class ProgramSearch(BaseModel):
    course_list: list[ProgramCoursePosition]
    program_id: Annotated[
        StrictStr,
        Field(description="A unique program ID identifiable by edX.", max_length=255),
    ]
    program_key: StrictStr
    name: Annotated[
        StrictStr | MISSING,
        Field(description="The verbose name of the program.", max_length=255),
    ] = MISSING
    enabled: Annotated[
        StrictBool | MISSING,
        Field(description="Select if this program should be enabled."),
    ] = MISSING
    slug: Annotated[
        StrictStr | None | MISSING,
        Field(
            description="An additional unique slug field. (Optional)",
            max_length=255,
            pattern="^[-a-zA-Z0-9_]+$",
        ),
    ] = MISSING
    org: StrictStr | MISSING = MISSING
    platform_key: StrictStr
    program_type: StrictStr
    data: Annotated[Any | None | MISSING, Field(description="Metadata")] = MISSING


class ProgramSearchRequest(BaseModel):
    course_list: list[ProgramCoursePositionRequest]
    program_id: Annotated[
        StrictStr,
        Field(description="A unique program ID identifiable by edX.", max_length=255),
    ]
    name: Annotated[
        StrictStr | MISSING,
        Field(description="The verbose name of the program.", max_length=255),
    ] = MISSING
    enabled: Annotated[
        StrictBool | MISSING,
        Field(description="Select if this program should be enabled."),
    ] = MISSING
    slug: Annotated[
        StrictStr | None | MISSING,
        Field(
            description="An additional unique slug field. (Optional)",
            max_length=255,
            pattern="^[-a-zA-Z0-9_]+$",
        ),
    ] = MISSING
    org: StrictStr | MISSING = MISSING
    data: Annotated[Any | None | MISSING, Field(description="Metadata")] = MISSING


class ProgramTypeEnum(StrEnum):
    """
    * `bachelors` - Bachelor's Degree * `masters` - Master's Degree * `phd` - PhD * `diploma` - Diploma * `certificate` - Certificate * `ungraded` - Ungraded * `other` - Other
    """

    bachelors = "bachelors"
    masters = "masters"
    phd = "phd"
    diploma = "diploma"
    certificate = "certificate"
    ungraded = "ungraded"
    other = "other"


class ProjectRequest(BaseModel):
    """
    Unified serializer for Project model.  Write-only fields: - mentors_to_add: List of mentor unique IDs to add to the project - mentors_to_remove: List of mentor unique IDs to remove from the project  These fields are mutually exclusive and only used during create/update operations. For create: only mentors_to_add is used For update: either can be used, but not both at once
    """

    name: Annotated[StrictStr, Field(description="Name of the project", max_length=255)]
    description: Annotated[StrictStr | MISSING, Field(description="Description of the project")] = (
        MISSING
    )
    shared: Annotated[
        StrictBool | MISSING,
        Field(description="Whether this project is shared with others or personal"),
    ] = MISSING
    mentors_to_add: Annotated[
        list[UUID] | MISSING,
        Field(description="List of mentor unique IDs to add to the project"),
    ] = MISSING
    mentors_to_remove: Annotated[
        list[UUID] | MISSING,
        Field(description="List of mentor unique IDs to remove from the project"),
    ] = MISSING


class ProjectMentor(BaseModel):
    """
    Serializer for mentors within a project.
    """

    id: StrictInt
    name: Annotated[StrictStr, Field(max_length=255)]
    description: StrictStr | None | MISSING = MISSING
    unique_id: UUID
    slug: Annotated[StrictStr, Field(pattern="^[-a-zA-Z0-9_]+$")]
    created_at: Annotated[AwareDatetime | None, Field(...)]


class PromptCategory(BaseModel):
    id: StrictInt
    name: Annotated[StrictStr, Field(max_length=255)]
    description: Annotated[StrictStr | None | MISSING, Field(max_length=255)] = MISSING
    created_at: Annotated[AwareDatetime | None, Field(...)]
    updated_at: Annotated[AwareDatetime | None, Field(...)]


class PromptCategoryRequest(BaseModel):
    name: Annotated[StrictStr, Field(max_length=255)]
    description: Annotated[StrictStr | None | MISSING, Field(max_length=255)] = MISSING


class PromptVisibilityEnum(StrEnum):
    """
    * `viewable_by_tenant_admins` - Viewable By Tenant Admins * `viewable_by_tenant_students` - Viewable By Tenant Students * `viewable_by_anyone` - Viewable By Anyone
    """

    viewable_by_tenant_admins = "viewable_by_tenant_admins"
    viewable_by_tenant_students = "viewable_by_tenant_students"
    viewable_by_anyone = "viewable_by_anyone"


class Provider05cEnum(StrEnum):
    """
    * `webex` - Webex * `slack` - Slack * `whatsapp` - Whatsapp * `discord` - Discord * `teams` - Teams
    """

    webex = "webex"
    slack = "slack"
    whatsapp = "whatsapp"
    discord = "discord"
    teams = "teams"


class Provider63aEnum(StrEnum):
    """
    * `openai` - Openai
    """

    openai = "openai"


class ProviderBreakdown(BaseModel):
    """
    Provider cost breakdown.
    """

    provider: StrictStr
    cost: Decimal
    percentage: Decimal


class ProvisionModeEnum(StrEnum):
    """
    * `managed` - Managed * `self_hosted` - Self-hosted
    """

    managed = "managed"
    self_hosted = "self_hosted"


class QuestionCardTag(BaseModel):
    id: StrictInt
    name: StrictStr
    difficulty: StrictInt
    total_cards: StrictInt
    correct_answers: StrictInt
    correct_rate: StrictFloat


class QuestionResponse(BaseModel):
    """
    Serializer for the response data that returns additional questions.  Attributes:     follow_up_questions (list[LLMQuestionSerializer]): List of generated follow-up questions.
    """

    questions: list[LLMQuestion]


class RatingAverageRecord(BaseModel):
    """
    Serializer for rating average overtime data.
    """

    date: StrictStr
    value: Annotated[StrictFloat, Field(description="Average rating value for this time period")]


class RatingEnum(IntEnum):
    """
    * `1` - Up Vote * `-1` - Down Vote
    """

    integer_1 = 1


class RatingRecord(BaseModel):
    time: AwareDatetime
    total_ratings: StrictInt


class RatingsOvertime(BaseModel):
    metric: StrictStr
    points: list[RatingAverageRecord]


class RbacBaseRole(BaseModel):
    """
    Serializer for roles.
    """

    id: StrictInt
    name: Annotated[StrictStr, Field(max_length=255)]
    platform_key: Annotated[StrictStr, Field(description="Platform key where this role belongs")]
    actions: Annotated[
        list[StrictStr] | MISSING,
        Field(
            description="List of actions/permissions this role can perform (e.g., ['Ibl.Mentor/Settings/read', 'Ibl.Mentor/Settings/write'])"
        ),
    ] = MISSING
    data_actions: Annotated[
        list[StrictStr] | MISSING,
        Field(
            description="List of data actions/permissions this role can perform for field-level access (e.g., ['Ibl.Mentor/Settings/name/read', 'Ibl.Mentor/Settings/email/write'])"
        ),
    ] = MISSING


class RbacGroupRequest(BaseModel):
    """
    Serializer for RBAC groups.
    """

    unique_id: Annotated[
        StrictStr,
        Field(description="The unique identifier for the group", max_length=255),
    ]
    platform_key: Annotated[StrictStr, Field(description="The platform key")]
    name: Annotated[
        StrictStr | MISSING,
        Field(description="Optional name of the group", max_length=255),
    ] = MISSING
    description: Annotated[StrictStr | MISSING, Field(description="Optional group description")] = (
        MISSING
    )
    users_to_add: Annotated[
        list[StrictInt] | MISSING,
        Field(description="List of user IDs to add to this group"),
    ] = MISSING
    users_to_remove: Annotated[
        list[StrictInt] | MISSING,
        Field(description="List of user IDs to remove from this group"),
    ] = MISSING


class RbacPlatform(BaseModel):
    """
    Serializer for platforms.
    """

    id: StrictInt
    key: Annotated[StrictStr, Field(description="The platform key", max_length=200)]
    name: Annotated[
        StrictStr | None | MISSING,
        Field(description="The name of the platform", max_length=200),
    ] = MISSING


class RbacPolicyRequest(BaseModel):
    """
    Serializer for policies.
    """

    name: Annotated[
        StrictStr | MISSING,
        Field(
            description="Policy name. If not supplied, defaults to a UUID4",
            max_length=255,
        ),
    ] = MISSING
    resources: Annotated[
        list[StrictStr],
        Field(
            description="List of resource paths this policy grants access to (e.g., ['/platforms/1/mentors', '/platforms/1/mentors/settings'])"
        ),
    ]
    role_id: Annotated[StrictInt, Field(description="ID of the role this policy applies to")]
    platform_key: Annotated[StrictStr, Field(description="Platform key where this policy applies")]
    users_to_add: Annotated[
        list[StrictInt] | MISSING,
        Field(description="List of user IDs to add to this Policy"),
    ] = MISSING
    users_to_remove: Annotated[
        list[StrictInt] | MISSING,
        Field(description="List of user IDs to remove from this Policy"),
    ] = MISSING
    groups_to_add: Annotated[
        list[StrictInt] | MISSING,
        Field(description="List of group IDs to add to this Policy"),
    ] = MISSING
    groups_to_remove: Annotated[
        list[StrictInt] | MISSING,
        Field(description="List of group IDs to remove from this Policy"),
    ] = MISSING


class RbacPolicyGroup(BaseModel):
    """
    Serializer for RBAC groups when returned in a policy.  We are limiting the returne data since we don't need everything there
    """

    id: StrictInt
    name: Annotated[
        StrictStr | MISSING,
        Field(description="Optional name of the group", max_length=255),
    ] = MISSING
    unique_id: Annotated[
        StrictStr,
        Field(description="The unique identifier for the group", max_length=255),
    ]
    description: Annotated[StrictStr | MISSING, Field(description="Optional group description")] = (
        MISSING
    )


class RbacRole(BaseModel):
    """
    Serializer for roles.
    """

    id: StrictInt
    name: Annotated[StrictStr, Field(max_length=255)]
    platform: Annotated[RbacPlatform, Field(description="Platform information (read-only)")]
    platform_key: Annotated[StrictStr, Field(description="Platform key where this role belongs")]
    actions: Annotated[
        list[StrictStr] | MISSING,
        Field(
            description="List of actions/permissions this role can perform (e.g., ['Ibl.Mentor/Settings/read', 'Ibl.Mentor/Settings/write'])"
        ),
    ] = MISSING
    data_actions: Annotated[
        list[StrictStr] | MISSING,
        Field(
            description="List of data actions/permissions this role can perform for field-level access (e.g., ['Ibl.Mentor/Settings/name/read', 'Ibl.Mentor/Settings/email/write'])"
        ),
    ] = MISSING
    is_internal: Annotated[
        StrictBool,
        Field(
            description="When True, this role is internal to the system and cannot be viewed or modified by tenants via API endpoints."
        ),
    ]


class RbacRoleRequest(BaseModel):
    """
    Serializer for roles.
    """

    name: Annotated[StrictStr, Field(max_length=255)]
    platform_key: Annotated[StrictStr, Field(description="Platform key where this role belongs")]
    actions: Annotated[
        list[StrictStr] | MISSING,
        Field(
            description="List of actions/permissions this role can perform (e.g., ['Ibl.Mentor/Settings/read', 'Ibl.Mentor/Settings/write'])"
        ),
    ] = MISSING
    data_actions: Annotated[
        list[StrictStr] | MISSING,
        Field(
            description="List of data actions/permissions this role can perform for field-level access (e.g., ['Ibl.Mentor/Settings/name/read', 'Ibl.Mentor/Settings/email/write'])"
        ),
    ] = MISSING


class RbacUser(BaseModel):
    """
    Serializer for users.
    """

    id: Annotated[StrictInt, Field(description="edX user ID")]
    username: Annotated[
        StrictStr | None | MISSING, Field(description="edX username", max_length=100)
    ] = MISSING
    email: Annotated[StrictStr | None | MISSING, Field(description="edX email", max_length=254)] = (
        MISSING
    )


class RecentlyAccessedMentor(BaseModel):
    id: Annotated[StrictInt | None, Field(...)]
    unique_id: Annotated[UUID | None, Field(...)]
    slug: Annotated[StrictStr | None, Field(...)]
    name: Annotated[StrictStr | None, Field(...)]
    description: Annotated[StrictStr | None, Field(...)]
    recently_accessed_at: Annotated[StrictStr | None, Field(...)]
    platform_key: Annotated[StrictStr | None, Field(...)]
    last_accessed_by: Annotated[StrictStr | None, Field(...)]
    created_by: Annotated[StrictStr | None, Field(...)]


class Recipient(BaseModel):
    """
    Serializer for recipient data
    """

    username: StrictStr
    email: StrictStr
    status: StrictStr | None = "pending"


class RecommendationSearchAPI(BaseModel):
    search_api_url: StrictStr


class RecommendationTypeEnum(StrEnum):
    """
    * `mentors` - Mentor Recommendations * `catalog` - Catalog Recommendations
    """

    mentors = "mentors"
    catalog = "catalog"


class RedirectTokenRequest(BaseModel):
    url: StrictStr
    mentor_unique_id: Annotated[
        StrictStr | MISSING,
        Field(description="Optional mentor unique ID for RBAC ownership check"),
    ] = MISSING


class RedirectTokenResponse(BaseModel):
    platform_key: StrictStr
    url: Annotated[StrictStr, Field(max_length=200)]
    token: UUID


class RelatedText(BaseModel):
    question: StrictStr


class RemoveMentorFromDisclaimer(BaseModel):
    """
    Serializer for removing a mentor from a disclaimer.  This serializer validates the mentor_id input and provides proper schema documentation for the remove_mentor action.
    """

    mentor_id: Annotated[
        StrictStr,
        Field(
            description="The unique_id of the mentor to remove from the disclaimer.",
            max_length=255,
        ),
    ]


class ReorderChildren(BaseModel):
    """
    Validate input for reordering children of an xblock.
    """

    xblock_id: Annotated[
        StrictStr, Field(description="The parent xblock whose children to reorder.")
    ]
    children: Annotated[
        list[StrictStr],
        Field(
            description="Ordered list of child xblock IDs. All existing children must be included.",
            min_length=1,
        ),
    ]


class ReportRequest(BaseModel):
    report_name: Annotated[
        StrictStr | MISSING,
        Field(description="Report slug, this is passed when calling the create report endpoint"),
    ] = MISSING
    start_date: Annotated[
        date_aliased | MISSING, Field(description="Start date for the report")
    ] = MISSING
    end_date: Annotated[date_aliased | MISSING, Field(description="End date for the report")] = (
        MISSING
    )
    mentor: Annotated[
        StrictStr | MISSING,
        Field(description="Mentor ID for the report (Only for mentor reports)"),
    ] = MISSING
    course_id: Annotated[
        StrictStr | MISSING,
        Field(description="Course ID for the report (Only for course reports)"),
    ] = MISSING
    usergroup_ids: Annotated[
        list[StrictInt] | None | MISSING,
        Field(description="Optional list of usergroup IDs to filter results"),
    ] = MISSING
    source: Annotated[
        StrictStr | MISSING,
        Field(
            description="Domain/host the report is being requested from (e.g. analytics.example.com)"
        ),
    ] = MISSING
    query: Annotated[
        StrictStr | MISSING,
        Field(
            description=" Advanced Query to run the report, supports SQL Like queries. This runs against the final result after all filters are applied.  e.g For date type filtering  date_joined > '2021-01-01'   See https://pandas.pydata.org/docs/reference/api/pandas.DataFrame.query.html#pandas.DataFrame.query         "
        ),
    ] = MISSING


class RequestDataVariable(BaseModel):
    variable_name: Annotated[StrictStr, Field(description="Variable Name")]
    data_set: Annotated[Any | None, Field(description="Data set to be used for prediction")]
    number_of_data_points: Annotated[StrictInt, Field(description="Number of Data Points")]


class Resource(BaseModel):
    item_id: StrictStr | MISSING = MISSING
    id: StrictInt
    name: Annotated[StrictStr | None, Field(description="The display name of the resource.")]
    url: Annotated[StrictStr | None, Field(description="Resource URL.")]
    resource_type: Annotated[StrictStr | None, Field(description="Resource type.")]
    data: Annotated[Any | None, Field(description="Metadata")]
    image: StrictStr | None | MISSING = MISSING
    description: StrictStr | None | MISSING = MISSING


class ResourceCompletion(BaseModel):
    """
    Serializer for resource completion data used in both request and response. Inherits common completion fields from CompletableBaseSerializer.
    """

    completion_percentage: Annotated[
        StrictFloat | None | MISSING, Field(description="Completion percentage")
    ] = MISSING
    completed: Annotated[
        StrictBool | None, Field(description="Whether completable is completed")
    ] = False
    last_updated: Annotated[AwareDatetime, Field(description="Last update timestamp")]
    completion_date: Annotated[
        AwareDatetime | None | MISSING, Field(description="Completion timestamp")
    ] = MISSING
    completion_data: Annotated[Any | None | MISSING, Field(description="Completion metadata")] = (
        MISSING
    )
    skill_points_computed: Annotated[
        StrictBool | None, Field(description="Whether skill points have been evaluated")
    ] = False
    resource_id: Annotated[StrictInt, Field(description="The unique identifier for the resource")]
    resource_type: Annotated[StrictStr, Field(description="The type of resource")]
    user_id: Annotated[StrictInt, Field(description="The user identifier")]
    username: Annotated[StrictStr, Field(description="The username associated with the completion")]


class ResourceCompletionRequest(BaseModel):
    """
    Request serializer for ResourceCompletionManagementView POST endpoint.
    """

    resource_id: Annotated[StrictInt, Field(description="The unique identifier for the resource")]
    user_id: Annotated[StrictInt, Field(description="The ID of the user")]
    completed: Annotated[
        StrictBool | MISSING, Field(description="Whether the resource is completed")
    ] = MISSING
    completion_percentage: Annotated[
        StrictFloat | None | MISSING,
        Field(description="Percentage of completion (0.0-1.0)"),
    ] = MISSING
    completion_date: Annotated[
        AwareDatetime | None | MISSING,
        Field(description="When the resource was completed"),
    ] = MISSING
    completion_data: Annotated[
        Any | None | MISSING, Field(description="Additional completion metadata")
    ] = MISSING


class ResourceCreateUpdate(BaseModel):
    id: Annotated[StrictInt | MISSING, Field(description="Resource ID for updates")] = MISSING
    user_id: Annotated[StrictInt | MISSING, Field(description="User ID of the resource owner")] = (
        MISSING
    )
    username: Annotated[
        StrictStr | MISSING, Field(description="Username of the resource owner")
    ] = MISSING
    resource_type: Annotated[
        StrictStr, Field(description="Type of resource (e.g., video, document)")
    ]
    url: Annotated[StrictStr, Field(description="URL of the resource")]
    name: Annotated[StrictStr, Field(description="Name of the resource")]
    description: Annotated[
        StrictStr | MISSING, Field(description="Description of the resource")
    ] = MISSING
    skills: Annotated[
        list[StrictStr] | MISSING,
        Field(description="List of skill names associated with the resource"),
    ] = MISSING
    image: Annotated[StrictStr | MISSING, Field(description="Image file")] = MISSING
    data: Annotated[
        Any | None | MISSING, Field(description="Additional metadata for the resource")
    ] = MISSING


class ResourcePoint(BaseModel):
    name: Annotated[
        StrictStr | None | MISSING,
        Field(description="The display name of the resource.", max_length=255),
    ] = MISSING
    points: StrictInt


class ResourceScrappedDataStatusEnum(StrEnum):
    """
    * `scrapped` - Scraped * `failed` - Failed * `pending` - Pending * `unscrapped` - Unscraped
    """

    scrapped = "scrapped"
    failed = "failed"
    pending = "pending"
    unscrapped = "unscrapped"


class ResponseDataVariable(BaseModel):
    variable_name: Annotated[StrictStr, Field(description="Variable Name")]
    predicted_data: Annotated[Any | None, Field(description="Predicted data")]
    narrative: Annotated[StrictStr, Field(description="Explanation of prediction")]


class RetreiverTrainViewRequest(BaseModel):
    pathway: Annotated[StrictStr, Field(description="Pathway for document to be trained in")]
    url: Annotated[StrictStr, Field(description="Url of the document to be trained")]


class RetreiverTrainViewResponse(BaseModel):
    detail: Annotated[StrictStr, Field(description="Status of the training")]


class RetrieveTask(BaseModel):
    task: StrictStr


class RetrieverRequestSearch(BaseModel):
    query: Annotated[StrictStr, Field(description="The query for similarity search")]
    pathway: Annotated[StrictStr, Field(description="The pathway of the docs")]


class RetrieverRequestSearchDocument(BaseModel):
    source: Annotated[StrictStr, Field(description="The source url of the docuemnt")]
    confidence_level: Annotated[
        StrictFloat,
        Field(description="The percentge confidence level of the document retrieved"),
    ]


class RetrieverResponseSearch(BaseModel):
    results: Annotated[list[PageContent], Field(description="Docs from similarity search")]


class ReuestDataVariableList(BaseModel):
    data_variables: list[RequestDataVariable]


class RoleCreateUpdateRequest(BaseModel):
    """
    Serializer for role creation/update request parameters.
    """

    id: Annotated[StrictInt | MISSING, Field(description="Role ID (for updates)")] = MISSING
    name: Annotated[StrictStr, Field(description="Role name")]
    slug: Annotated[StrictStr | MISSING, Field(description="Role slug")] = MISSING
    platform_key: Annotated[StrictStr | MISSING, Field(description="Platform key")] = MISSING
    data: Annotated[Any | None | MISSING, Field(description="Additional role data")] = MISSING


class RunMentorEval(BaseModel):
    id: StrictInt


class SCIMAddress(BaseModel):
    """
    SCIM address object serializer
    """

    type: Annotated[StrictStr, Field(description="Address type (work, home, etc.)")]
    formatted: Annotated[StrictStr, Field(description="Full formatted address")]
    streetAddress: Annotated[StrictStr, Field(description="Street address")]
    locality: Annotated[StrictStr, Field(description="City")]
    region: Annotated[StrictStr, Field(description="State/region")]
    postalCode: Annotated[StrictStr, Field(description="Postal code")]
    country: Annotated[StrictStr, Field(description="Country")]


class SCIMEmail(BaseModel):
    """
    SCIM email object serializer
    """

    value: Annotated[StrictStr, Field(description="Email address")]
    primary: Annotated[
        StrictBool | None, Field(description="Whether this is the primary email")
    ] = True
    type: Annotated[StrictStr | None, Field(description="Email type (work, home, etc.)")] = "work"


class SCIMMeta(BaseModel):
    """
    SCIM meta object serializer
    """

    resourceType: Annotated[StrictStr | MISSING, Field(description="Resource type")] = MISSING
    created: Annotated[StrictStr | MISSING, Field(description="Creation timestamp")] = MISSING
    lastModified: Annotated[
        StrictStr | MISSING, Field(description="Last modification timestamp")
    ] = MISSING
    version: Annotated[StrictStr | MISSING, Field(description="Resource version")] = MISSING
    location: Annotated[StrictStr | MISSING, Field(description="Resource location URL")] = MISSING


class SCIMName(BaseModel):
    """
    SCIM name object serializer. Fields allow_blank=True so response validation succeeds for users with no name set.
    """

    formatted: Annotated[StrictStr | MISSING, Field(description="Full formatted name")] = MISSING
    familyName: Annotated[StrictStr | MISSING, Field(description="Family/last name")] = MISSING
    givenName: Annotated[StrictStr | MISSING, Field(description="Given/first name")] = MISSING


class SCIMPhoneNumber(BaseModel):
    """
    SCIM phone number object serializer
    """

    value: Annotated[StrictStr, Field(description="Phone number")]
    type: Annotated[StrictStr, Field(description="Phone type (work, home, mobile, etc.)")]


class SCIMUserCreateRequest(BaseModel):
    """
    SCIM user creation request serializer
    """

    schemas: Annotated[list[StrictStr] | MISSING, Field(description="SCIM schema identifiers")] = (
        MISSING
    )
    userName: Annotated[StrictStr, Field(description="Unique username/email for the user")]
    name: Annotated[SCIMName, Field(description="User's name information")]
    emails: Annotated[list[SCIMEmail], Field(description="User's email addresses")]
    active: Annotated[StrictBool | None, Field(description="Whether the user is active")] = True
    displayName: Annotated[StrictStr | MISSING, Field(description="Display name")] = MISSING
    locale: Annotated[StrictStr | MISSING, Field(description="User locale")] = MISSING
    timezone: Annotated[StrictStr | MISSING, Field(description="User timezone")] = MISSING
    title: Annotated[StrictStr | MISSING, Field(description="Job title")] = MISSING
    organization: Annotated[StrictStr | MISSING, Field(description="Organization")] = MISSING
    phoneNumbers: Annotated[list[SCIMPhoneNumber] | MISSING, Field(description="Phone numbers")] = (
        MISSING
    )
    addresses: Annotated[list[SCIMAddress] | MISSING, Field(description="Addresses")] = MISSING
    entitlements: Annotated[list[StrictStr] | MISSING, Field(description="User entitlements")] = (
        MISSING
    )
    roles: Annotated[list[StrictStr] | MISSING, Field(description="User roles")] = MISSING
    x509Certificates: Annotated[
        list[StrictStr] | MISSING, Field(description="X.509 certificates")
    ] = MISSING
    password: Annotated[StrictStr | MISSING, Field(description="User password")] = MISSING
    provider: Annotated[StrictStr | MISSING, Field(description="Authentication provider")] = MISSING
    tpaUid: Annotated[StrictStr | MISSING, Field(description="Third-party authentication UID")] = (
        MISSING
    )
    isStaff: Annotated[
        StrictBool | None, Field(description="Whether the user is a staff member")
    ] = False
    update: Annotated[StrictBool | None, Field(description="Whether to update existing user")] = (
        False
    )
    platformOrgs: Annotated[
        list[StrictStr] | MISSING,
        Field(description="List of platform organizations to link the user to"),
    ] = MISSING
    departmentIds: Annotated[
        list[StrictInt] | MISSING,
        Field(description="List of department IDs to make the user a member of"),
    ] = MISSING
    groupIds: Annotated[
        list[StrictInt] | MISSING,
        Field(description="List of group IDs to add the user to"),
    ] = MISSING
    rbacGroupUniqueIds: Annotated[
        list[StrictStr] | MISSING,
        Field(description="List of RBAC group unique IDs to add the user to"),
    ] = MISSING
    meta: Annotated[SCIMMeta | MISSING, Field(description="Resource metadata")] = MISSING


class ScanWebhookRequest(BaseModel):
    file_id: StrictStr
    filename: StrictStr
    status: StrictStr
    message: StrictStr


class ScanWebhookResponse(BaseModel):
    message: StrictStr


class ScopeC1dEnum(StrEnum):
    """
    * `model` - Model Specific * `provider` - Provider Wide
    """

    model = "model"
    provider = "provider"


class SeedMentorsView(BaseModel):
    detail: StrictStr


class SendNotification(BaseModel):
    """
    Request serializer for sending notification
    """

    build_id: StrictStr


class SendResponse(BaseModel):
    """
    Response serializer for send notification
    """

    status: StrictStr
    notifications_sent: StrictInt
    build_id: UUID
    message: StrictStr


class SessionBrowserScreenshot(BaseModel):
    type: StrictStr
    session_id: StrictStr
    format: StrictStr
    ext: StrictStr
    url: StrictStr
    time: AwareDatetime


class SessionChartPoint(BaseModel):
    date: AwareDatetime
    value: StrictInt


class SessionDetail(BaseModel):
    count: StrictInt
    previous: StrictStr
    next: StrictStr
    results: list[StrictStr]


class SessionMemoryAttachment(BaseModel):
    attached: StrictBool


class SessionMemoryStorage(BaseModel):
    memory: MemoryComponentMemory
    updated_at: StrictStr
    session_id: StrictStr


class SessionSummaryMentor(BaseModel):
    """
    Lightweight mentor serializer for backward compatibility.
    """

    unique_id: UUID


class SessionsChart(BaseModel):
    metric: StrictStr
    points: list[SessionChartPoint]


class SetCurrentVersionRequest(BaseModel):
    version_id: StrictInt


class SetStudentLLMAccess(BaseModel):
    """
    Serializer for setting student LLM access permissions
    """

    platform_key: Annotated[
        StrictStr,
        Field(
            description="The platform key where the LLM access should be set",
            max_length=255,
        ),
    ]
    llm_resources: Annotated[
        list[StrictStr],
        Field(
            description="List of LLM resource paths. Format: ['llms/openai/models/gpt-4', 'llms/openai/', 'llms/']. Shorter paths grant access to all sub-resources."
        ),
    ]


class SetStudentMentorCreationPermission(BaseModel):
    """
    Serializer for setting student mentor creation permission
    """

    platform_key: Annotated[
        StrictStr,
        Field(
            description="The platform key where the permission should be changed",
            max_length=255,
        ),
    ]
    allow_students_to_create_mentors: Annotated[
        StrictBool,
        Field(description="Whether to allow students to create mentors (true) or not (false)"),
    ]


class ShareableMentorLink(BaseModel):
    id: StrictInt
    mentor: StrictInt
    token: StrictStr
    enabled: StrictBool | MISSING = MISSING
    inserted_at: AwareDatetime
    updated_at: AwareDatetime


class ShareableMentorLinkRequest(BaseModel):
    enabled: StrictBool | MISSING = MISSING


class SharedSessionUpdateRequest(BaseModel):
    is_shared: StrictBool


class SharedSessionUpdateResponse(BaseModel):
    detail: StrictStr


class ShellLogs(BaseModel):
    logs: StrictStr


class Skill(BaseModel):
    skill_id: StrictInt
    name: StrictStr | None | MISSING = MISSING
    slug: StrictStr | None | MISSING = MISSING
    platform: StrictStr | None | MISSING = MISSING


class SkillCreateUpdateRequest(BaseModel):
    """
    Serializer for skill creation/update request parameters.
    """

    id: Annotated[StrictInt | MISSING, Field(description="Skill ID (for updates)")] = MISSING
    name: Annotated[StrictStr, Field(description="Skill name")]
    slug: Annotated[StrictStr | MISSING, Field(description="Skill slug")] = MISSING
    platform_key: Annotated[StrictStr | MISSING, Field(description="Platform key")] = MISSING
    data: Annotated[Any | None | MISSING, Field(description="Additional skill data")] = MISSING


class SkillInfo(BaseModel):
    id: StrictInt
    name: Annotated[
        StrictStr | None | MISSING, Field(description="Display name", max_length=255)
    ] = MISSING
    course_count: Annotated[StrictInt, Field(description="Number of courses with skill")]
    user_count: Annotated[StrictInt, Field(description="Number of users with skill")]
    total_points: Annotated[StrictInt, Field(description="Total points for skill")]
    average_points: Annotated[StrictFloat, Field(description="Average points for skill")]


class SkillThreshold(BaseModel):
    name: Annotated[
        StrictStr,
        Field(description="The name of the threshold e.g Beginner.", max_length=255),
    ]
    threshold: Annotated[StrictInt, Field(description="The threshold for the skill.")]
    platform: Annotated[StrictStr, Field(description="The platform key")]


class SkillsDetail(BaseModel):
    desired: list[Skill]
    reported: list[Skill]


class SlackConfig(BaseModel):
    id: StrictInt
    bot: StrictInt
    client_id: Annotated[StrictStr, Field(max_length=255)]
    client_secret: Annotated[StrictStr, Field(max_length=500)]
    app_token: Annotated[StrictStr, Field(max_length=500)]
    verification_token: Annotated[StrictStr, Field(max_length=500)]


class SlackConfigRequest(BaseModel):
    bot: StrictInt
    client_id: Annotated[StrictStr, Field(max_length=255)]
    client_secret: Annotated[StrictStr, Field(max_length=500)]
    app_token: Annotated[StrictStr, Field(max_length=500)]
    verification_token: Annotated[StrictStr, Field(max_length=500)]


class SlackUserConfig(BaseModel):
    id: StrictInt
    user: Annotated[StrictInt, Field(description="edX user ID")]
    slack_team_domain: Annotated[
        StrictStr,
        Field(
            description="Team Domain in the stated slack workspace. This is also the workspace name.",
            max_length=200,
        ),
    ]
    slack_username: Annotated[
        StrictStr,
        Field(description="Username in the stated slack workspace", max_length=200),
    ]
    date_created: AwareDatetime
    last_modified: AwareDatetime


class SlackUserConfigRequest(BaseModel):
    slack_team_domain: Annotated[
        StrictStr,
        Field(
            description="Team Domain in the stated slack workspace. This is also the workspace name.",
            max_length=200,
        ),
    ]
    slack_username: Annotated[
        StrictStr,
        Field(description="Username in the stated slack workspace", max_length=200),
    ]


class Spa(BaseModel):
    """
    Serializer for SPA (Single Page Application)
    """

    id: StrictInt
    name: Annotated[
        StrictStr,
        Field(description="SPA identifier (e.g. skills, mentor, admin)", max_length=100),
    ]
    description: Annotated[
        StrictStr | MISSING,
        Field(description="Human-friendly description of the SPA", max_length=255),
    ] = MISSING


class SpacedRepetitionLearningPath(BaseModel):
    learning_path: StrictStr


class SpacedRepetitionQuestionStats(BaseModel):
    total_questions: StrictInt
    success_rate: StrictFloat
    reviewed_questions: StrictInt


class StarMentor(BaseModel):
    is_starred: StrictBool | MISSING = MISSING
    updated_at: StrictStr
    mentor: StrictStr
    student: StrictStr
    recently_accessed_at: Annotated[StrictStr | None, Field(...)]


class StarterPrompts8c6Enum(StrEnum):
    """
    * `guided_prompt` - guided_prompt * `suggested_prompt` - suggested_prompt
    """

    guided_prompt = "guided_prompt"
    suggested_prompt = "suggested_prompt"


class StarterPromptsB04Enum(StrEnum):
    """
    * `guided_prompt` - Guided Prompt * `suggested_prompt` - Suggested Prompt
    """

    guided_prompt = "guided_prompt"
    suggested_prompt = "suggested_prompt"


class StateEnum(StrEnum):
    """
    * `pending` - Pending * `running` - Running * `accumulating` - Accumulating * `processing` - Processing * `storing` - Storing * `completed` - Completed * `cancelled` - Cancelled * `error` - Error * `expired` - Expired
    """

    pending = "pending"
    running = "running"
    accumulating = "accumulating"
    processing = "processing"
    storing = "storing"
    completed = "completed"
    cancelled = "cancelled"
    error = "error"
    expired = "expired"


class Status0e3Enum(StrEnum):
    """
    * `active` - Active * `free` - Free Tier * `grandfathered` - Grandfathered * `trialing` - Trialing * `past_due` - Past Due * `canceled` - Canceled * `incomplete` - Incomplete
    """

    active = "active"
    free = "free"
    grandfathered = "grandfathered"
    trialing = "trialing"
    past_due = "past_due"
    canceled = "canceled"
    incomplete = "incomplete"


class Status3daEnum(StrEnum):
    """
    * `READ` - Read * `UNREAD` - Unread * `CANCELLED` - Cancelled
    """

    READ = "READ"
    UNREAD = "UNREAD"
    CANCELLED = "CANCELLED"


class StepStatusEnum(StrEnum):
    """
    * `completed` - Completed * `failed` - Failed * `pending` - Pending
    """

    completed = "completed"
    failed = "failed"
    pending = "pending"


class StopGenerationRequest(BaseModel):
    """
    Serializer for stop generation request.
    """

    generation_id: Annotated[
        StrictStr, Field(description="The unique identifier of the generation to stop")
    ]


class StripeBillingPageIdentifierResponse(BaseModel):
    publishable_key: StrictStr
    pricing_table_id: StrictStr
    pricing_table_js: Annotated[Any | None, Field(...)]
    payment_link_id: StrictStr
    payment_link_url: StrictStr
    customer_email: StrictStr
    client_reference_id: UUID


class StripeCheckoutSessionRequestModeEnum(StrEnum):
    """
    * `subscription` - subscription * `payment` - payment * `setup` - setup
    """

    subscription = "subscription"
    payment = "payment"
    setup = "setup"


class StripeCheckoutSessionResponse(BaseModel):
    """
    Stripe checkout session serialized response
    """

    redirect_to: StrictStr


class StripeConnectDashboardLink(BaseModel):
    """
    Serializer for Express Dashboard link response.
    """

    dashboard_url: StrictStr


class StripeConnectOnboardResponse(BaseModel):
    """
    Serializer for Connect onboarding response.
    """

    account_id: StrictStr
    onboarding_url: StrictStr


class StripeConnectStatus(BaseModel):
    """
    Serializer for Connect account status.
    """

    has_account: StrictBool
    account_id: StrictStr | MISSING = MISSING
    onboarding_complete: StrictBool
    charges_enabled: StrictBool | MISSING = MISSING
    payouts_enabled: StrictBool | MISSING = MISSING
    details_submitted: StrictBool | MISSING = MISSING
    commission_percent: ItemTypeCommission | MISSING = MISSING
    is_ready_for_payments: StrictBool | MISSING = MISSING


class StripeContext(BaseModel):
    publishable_key: StrictStr
    pricing_table_id: StrictStr
    pricing_table_js: Annotated[Any | None, Field(...)]
    payment_link_id: StrictStr
    payment_link_url: StrictStr


class StripeCustomerPortalResponse(BaseModel):
    url: StrictStr


class StripeLocalProduct(BaseModel):
    name: Annotated[StrictStr, Field(max_length=255)]
    description: StrictStr | None | MISSING = MISSING
    price: StrictStr
    stripe_product_id: Annotated[StrictStr | None | MISSING, Field(max_length=250)] = MISSING
    sku: Annotated[StrictStr, Field(max_length=255)]
    platform: StrictStr


class StripeNewUserTenantLaunchRequest(BaseModel):
    username: StrictStr | MISSING = MISSING
    email: StrictStr | MISSING = MISSING
    firstname: StrictStr | None = ""
    lastname: StrictStr | None = ""
    password: StrictStr | MISSING = MISSING
    name: Annotated[StrictStr, Field(description="Organization name")]
    key: Annotated[StrictStr, Field(description="Unique key for the organization")]
    ignore_user_exists: StrictBool | None = False
    is_advertising: Annotated[
        StrictBool | None,
        Field(
            description="Advertising mode allows a platform to set custom usd balance to allocate for its members"
        ),
    ] = False
    stripe_checkout_id_alt: Annotated[
        StrictStr, Field(description="Stripe Checkout Id to launch the tenant")
    ]


class StripeSubscriptionRenewalRequest(BaseModel):
    checkout_session_uuid: StrictStr
    return_url: StrictStr


class StripeSubscriptionRenewalResponse(BaseModel):
    subscription_id: StrictStr


class SttProviderEnum(StrEnum):
    """
    * `openai` - Openai * `google` - Google * `deepgram` - Deepgram * `cartesia` - Cartesia * `azure_openai` - Azure Openai
    """

    openai = "openai"
    google = "google"
    deepgram = "deepgram"
    cartesia = "cartesia"
    azure_openai = "azure_openai"


class StudentChatMessage(BaseModel):
    username: StrictStr
    chat_message_count: StrictInt


class StudentLLMAccessResponse(BaseModel):
    """
    Serializer for student LLM access responses
    """

    platform_key: Annotated[StrictStr, Field(description="The platform key")]
    llm_resources: Annotated[
        list[StrictStr],
        Field(
            description="List of LLM resource paths that students can access. Format: ['llms/openai/models/gpt-4', 'llms/openai/', 'llms/']"
        ),
    ]


class StudentMentorCreationPermissionResponse(BaseModel):
    """
    Serializer for student mentor creation permission responses
    """

    allow_students_to_create_mentors: Annotated[
        StrictBool,
        Field(description="Whether students can create mentors on this platform"),
    ]
    platform_key: Annotated[StrictStr, Field(description="The platform key")]
    message: Annotated[
        StrictStr | MISSING,
        Field(description="Success message (only in set permission response)"),
    ] = MISSING


class StylesView(BaseModel):
    id: StrictInt
    description: StrictStr


class StylesViewRequest(BaseModel):
    description: StrictStr


class SubTimeChild(BaseModel):
    display_name: Annotated[StrictStr, Field(description="Display name")]
    id: Annotated[StrictStr, Field(description="block id")]
    block_id: Annotated[StrictStr | MISSING, Field(description="block id")] = MISSING
    total_time: Annotated[StrictInt | MISSING, Field(description="Total time spent")] = MISSING


class Subject(BaseModel):
    id: StrictInt
    name: Annotated[StrictStr, Field(max_length=255)]
    description: StrictStr | None | MISSING = MISSING


class Summary(BaseModel):
    """
    Summary metrics for the invoice.
    """

    total_cost: Decimal
    total_sessions: StrictInt
    active_users: StrictInt
    cost_per_session: Decimal


class TagsView(BaseModel):
    id: StrictInt
    name: Annotated[StrictStr, Field(max_length=255)]
    description: StrictStr | None | MISSING = MISSING


class TagsViewRequest(BaseModel):
    name: Annotated[StrictStr, Field(max_length=255)]
    description: StrictStr | None | MISSING = MISSING


class TargetSystemEnum(StrEnum):
    """
    * `Safety System` - Safety System * `Moderation System` - Moderation System
    """

    Safety_System = "Safety System"
    Moderation_System = "Moderation System"


class TaskView(BaseModel):
    task_id: StrictStr


class TeamsConfig(BaseModel):
    id: StrictInt
    bot: StrictInt
    client_id: Annotated[StrictStr, Field(max_length=500)]
    client_secret: Annotated[StrictStr, Field(max_length=500)]
    verification_token: Annotated[StrictStr | MISSING, Field(max_length=500)] = MISSING


class TeamsConfigRequest(BaseModel):
    client_id: Annotated[StrictStr, Field(max_length=500)]
    client_secret: Annotated[StrictStr, Field(max_length=500)]
    verification_token: Annotated[StrictStr | MISSING, Field(max_length=500)] = MISSING


class TemplateMentor(BaseModel):
    id: StrictInt
    name: Annotated[StrictStr, Field(max_length=255)]
    slug: Annotated[StrictStr | MISSING, Field(max_length=255, pattern="^[-a-zA-Z0-9_]+$")] = (
        MISSING
    )
    unique_id: UUID | MISSING = MISSING
    description: StrictStr | None | MISSING = MISSING
    system_prompt: StrictStr | None | MISSING = MISSING
    platform_key: Annotated[StrictStr | None, Field(...)]


class TenantLaunchError(BaseModel):
    """
    An unexpected error occurred during launch process
    """

    success: StrictBool | None = False
    message: Annotated[Any | None, Field(...)]
    data: Any | None | MISSING = MISSING
    id: StrictStr | MISSING = MISSING
    timestamp: StrictStr | MISSING = MISSING


class TenantLaunchFailed(BaseModel):
    """
    Launch process started but could not complete
    """

    success: StrictBool | None = False
    message: Annotated[Any | None, Field(...)]
    data: Any | None | MISSING = MISSING
    id: StrictStr | MISSING = MISSING
    timestamp: StrictStr | MISSING = MISSING
    org: StrictStr
    lms_url: StrictStr
    cms_url: StrictStr
    portal_url: StrictStr
    edx_role: StrictStr


class TenantLaunchRequest(BaseModel):
    username: StrictStr
    email: StrictStr
    firstname: StrictStr | None = ""
    lastname: StrictStr | None = ""
    password: StrictStr | MISSING = MISSING
    name: Annotated[StrictStr, Field(description="Organization name")]
    key: Annotated[StrictStr, Field(description="Unique key for the organization")]
    ignore_user_exists: StrictBool | None = False
    is_advertising: Annotated[
        StrictBool | None,
        Field(
            description="Advertising mode allows a platform to set custom usd balance to allocate for its members"
        ),
    ] = False


class TenantLaunchResponse(BaseModel):
    """
    Launch process completed successfully
    """

    success: StrictBool | None = True
    message: Annotated[Any | None, Field(...)]
    data: Any | None | MISSING = MISSING
    id: StrictStr | MISSING = MISSING
    timestamp: StrictStr | MISSING = MISSING
    org: StrictStr
    lms_url: StrictStr
    cms_url: StrictStr
    portal_url: StrictStr
    edx_role: StrictStr


class TenantSetting(BaseModel):
    id: StrictInt
    tenant_platform: StrictStr
    teams_bot_mentor: StrictStr


class TenantSettingRequest(BaseModel):
    pass


class TestSMTPCredentials(BaseModel):
    """
    Serializer for testing SMTP credentials
    """

    smtp_host: Annotated[StrictStr, Field(description="SMTP server hostname", max_length=255)]
    smtp_port: Annotated[StrictInt, Field(description="SMTP server port", ge=1, le=65535)]
    smtp_username: Annotated[StrictStr, Field(description="SMTP username", max_length=255)]
    smtp_password: Annotated[StrictStr, Field(description="SMTP password", max_length=255)]
    use_tls: Annotated[StrictBool | None, Field(description="Use TLS encryption")] = True
    use_ssl: Annotated[StrictBool | None, Field(description="Use SSL encryption")] = False
    test_email: Annotated[StrictStr, Field(description="Email address to send test email to")]
    from_email: Annotated[
        StrictStr | MISSING, Field(description="From email address (optional)")
    ] = MISSING


class TestSMTPResponse(BaseModel):
    """
    Serializer for SMTP test response
    """

    status: StrictStr
    message: StrictStr
    success: StrictBool


class ThemeEnum(StrEnum):
    """
    * `dark` - Dark * `light` - Light
    """

    dark = "dark"
    light = "light"


class TicketMessage(BaseModel):
    id: StrictInt
    ticket: StrictInt
    sender: Annotated[StrictInt | None | MISSING, Field(description="edX user ID")] = MISSING
    message: StrictStr
    timestamp: AwareDatetime


class TicketMessageRequest(BaseModel):
    ticket: StrictInt
    sender: Annotated[StrictInt | None | MISSING, Field(description="edX user ID")] = MISSING
    message: StrictStr


class TimeChildData(BaseModel):
    display_name: Annotated[StrictStr, Field(description="Display name")]
    id: Annotated[StrictStr, Field(description="block id")]
    block_id: Annotated[StrictStr | MISSING, Field(description="block id")] = MISSING
    total_time: Annotated[StrictInt | MISSING, Field(description="Total time spent")] = MISSING
    children: list[SubTimeChild]


class TimeDetailChild(BaseModel):
    average_time: Annotated[StrictFloat, Field(description="Average time spent")]
    display_name: Annotated[StrictStr, Field(description="Subsection Display name")]
    id: Annotated[StrictStr, Field(description="Subsection HTML id")]
    block_id: Annotated[StrictStr, Field(description="Subsection block id")]
    total_time: Annotated[StrictInt | MISSING, Field(description="Total time spent")] = MISSING
    total_users: Annotated[
        StrictInt | MISSING,
        Field(description="Total users who accessed the subsection"),
    ] = MISSING


class TimeDetailData(BaseModel):
    average_time: Annotated[StrictFloat, Field(description="Average time spent")]
    display_name: Annotated[StrictStr, Field(description="Chapter name")]
    id: Annotated[StrictStr, Field(description="Chapter Id")]
    children: list[TimeDetailChild] | MISSING = MISSING
    total_time: Annotated[StrictInt | MISSING, Field(description="Total time spent")] = MISSING
    total_users: Annotated[
        StrictInt | MISSING, Field(description="Total users who accessed the chapter")
    ] = MISSING


class TimeSpentByUsersInCourseData(BaseModel):
    username: Annotated[StrictStr, Field(description="learner username")]
    full_name: Annotated[StrictStr, Field(description="learner Name")]
    email: Annotated[StrictStr, Field(description="learner email")]
    assessments: Annotated[StrictInt, Field(description="Total assessments")]
    time_spent: Annotated[StrictStr, Field(description="Time spent formatted in seconds")]


class TimeSpentCourse(BaseModel):
    course_id: StrictStr
    course_name: StrictStr
    platform: Annotated[StrictStr | None, Field(...)]
    time_spent: StrictStr
    time_spent_secs: StrictInt


class TimeSpentDetail(BaseModel):
    courses: list[TimeSpentCourse]
    total_time_spent: StrictStr
    total_time_spent_secs: StrictInt
    overtime: Annotated[
        list[OvertimeDataPoint] | MISSING,
        Field(description="Time spent over time data (when overtime=true)"),
    ] = MISSING


class TimeSpentPerCourseData(BaseModel):
    name: Annotated[StrictStr, Field(description="Course name")]
    course_id: Annotated[StrictStr, Field(description="Edx Course Id")]
    time_spent: Annotated[StrictInt, Field(description="Total time spent")]
    course_start: Annotated[StrictStr, Field(description="Course Start")]
    course_end: Annotated[StrictStr, Field(description="Course End")]
    average_time: Annotated[StrictFloat, Field(description="Average time spent")]


class TimeSpentPerUserResponse(BaseModel):
    total_seconds: StrictInt


class TimeSpentUpdateRequest(BaseModel):
    timestamp: Annotated[
        AwareDatetime,
        Field(description="Time when the event occurred, ensure it is UTC (ISO 8601 format)"),
    ]
    course_id: Annotated[
        StrictStr | MISSING, Field(description="Course ID to track time spent")
    ] = MISSING
    mentor_uuid: Annotated[
        StrictStr | MISSING, Field(description="Mentor UUID to track time spent")
    ] = MISSING
    block_id: Annotated[StrictStr | MISSING, Field(description="Block ID to track time spent")] = (
        MISSING
    )
    count: Annotated[StrictInt, Field(description="Time spent in seconds")]
    url: Annotated[StrictStr, Field(description="Source URL")]
    metadata: Annotated[Any | None | MISSING, Field(description="Additional metadata")] = MISSING
    session_uuid: Annotated[
        StrictStr | MISSING, Field(description="Session UUID to track time spent")
    ] = MISSING


class TimeSpentUpdateResponse(BaseModel):
    success: StrictBool | None = True
    message: Any | None | MISSING = MISSING


class TokenProxyInput(BaseModel):
    """
    Serializer for TokenProxyView POST request input data
    """

    user_id: Annotated[StrictInt | MISSING, Field(description="Edx User ID")] = MISSING
    username: Annotated[StrictStr | MISSING, Field(description="Edx Username")] = MISSING
    email: Annotated[StrictStr | MISSING, Field(description="Edx Email")] = MISSING
    platform_key: Annotated[StrictStr, Field(description="Platform key axd token should belong to")]


class TokenProxyUser(BaseModel):
    """
    Serializer for User model for TokenProxyOutputSerializerData
    """

    user_id: Annotated[StrictInt, Field(description="Edx User ID")]
    user_email: Annotated[StrictStr, Field(description="User's Edx Email")]
    user_nicename: Annotated[StrictStr, Field(description="Username")]
    user_display_name: Annotated[StrictStr, Field(description="User's display name")]
    user_fullname: Annotated[StrictStr, Field(description="Edx Full Name")]


class TonesView(BaseModel):
    id: StrictInt
    description: StrictStr | None | MISSING = MISSING


class TonesViewRequest(BaseModel):
    description: StrictStr | None | MISSING = MISSING


class ToolCategory(BaseModel):
    id: StrictInt
    name: Annotated[StrictStr, Field(max_length=50)]
    description: StrictStr


class ToolResponse(BaseModel):
    id: StrictInt
    name: Annotated[StrictStr, Field(max_length=500)]
    display_name: Annotated[StrictStr | MISSING, Field(max_length=255)] = MISSING
    slug: Annotated[StrictStr | MISSING, Field(max_length=50, pattern="^[-a-zA-Z0-9_]+$")] = MISSING
    category: ToolCategory
    description: StrictStr | None | MISSING = MISSING
    logo: StrictStr | None | MISSING = MISSING
    metadata: Any | None | MISSING = MISSING
    allow_base_agent: StrictBool | MISSING = MISSING
    allow_openai_agent: StrictBool | MISSING = MISSING
    allow_openai_assistant: StrictBool | MISSING = MISSING
    allow_google_agent: StrictBool | MISSING = MISSING
    is_allowed: StrictStr


class TopContent(BaseModel):
    """
    Serializer for top content information.
    """

    course_identifier: Annotated[StrictStr, Field(description="Course identifier")]
    course_name: Annotated[StrictStr, Field(description="Name of the course.")]
    time_spent_seconds: Annotated[
        StrictInt, Field(description="Time spent on this course in seconds")
    ]


class TopicDetail(BaseModel):
    name: StrictStr
    messages: StrictInt
    conversations: StrictInt
    sessions: StrictInt
    average_rating: StrictStr | MISSING = MISSING
    rating_count: StrictInt | MISSING = MISSING


class TopicModel(BaseModel):
    name: Annotated[StrictStr, Field(max_length=255)]


class TopicRecord(BaseModel):
    topic_name: StrictStr
    conversation_count: StrictInt


class TopicStatistics(BaseModel):
    name: StrictStr
    conversations: StrictInt
    messages: StrictInt
    avg_sentiment: StrictStr
    avg_user_rating: StrictStr


class TopicStatisticsResponse(BaseModel):
    total_topics: StrictInt
    total_topics_change_percentage: StrictFloat
    new_topics: StrictInt
    new_topics_change_percentage: StrictFloat


class TopicSummaryView(BaseModel):
    name: StrictStr
    conversation_count: StrictInt


class TopicsOverviewMetric(BaseModel):
    """
    Serializer for individual topic overview metrics.
    """

    all_time_total: Annotated[
        StrictInt, Field(description="Total count since the beginning of time")
    ]
    this_month: Annotated[StrictInt, Field(description="Count for current month")]
    last_month: Annotated[StrictInt, Field(description="Count for previous month")]
    percentage_change: Annotated[
        StrictFloat,
        Field(description="Percentage change from last month to this month"),
    ]


class Trace(BaseModel):
    id: StrictStr
    timestamp: AwareDatetime
    name: StrictStr
    user_id: StrictStr | None | MISSING = MISSING
    metadata: Annotated[Any | None, Field(...)]
    release: StrictStr | None | MISSING = MISSING
    version: StrictStr | None | MISSING = MISSING
    tags: list[StrictStr]
    input: StrictStr | None | MISSING = MISSING
    output: StrictStr | None | MISSING = MISSING
    session_id: StrictStr | None | MISSING = MISSING
    created_at: AwareDatetime
    updated_at: AwareDatetime | MISSING = MISSING
    event_ts: AwareDatetime
    is_deleted: Annotated[StrictInt, Field(ge=0, le=255)]


class TrainDocumentViewResponse(BaseModel):
    document_id: Annotated[
        StrictStr | MISSING, Field(description="Document id for document in training")
    ] = MISSING
    task_id: Annotated[
        StrictStr | MISSING, Field(description="Task id for document in training")
    ] = MISSING
    message: Annotated[StrictStr, Field(description="Message of the training")]
    error: StrictStr | MISSING = MISSING


class TrainingCreate(BaseModel):
    id: UUID
    project_name: Annotated[StrictStr, Field(max_length=255)]
    dataset: UUID
    base_model_name: Annotated[StrictStr, Field(max_length=400)]
    provider: Provider63aEnum | MISSING = MISSING
    text_column: Annotated[StrictStr | MISSING, Field(max_length=50)] = MISSING
    learning_rate: StrictFloat | MISSING = MISSING
    batch_size: StrictInt | MISSING = MISSING
    num_epochs: StrictInt | MISSING = MISSING
    block_size: StrictInt | MISSING = MISSING
    warmup_ratio: StrictFloat | MISSING = MISSING
    lora_r: StrictInt | MISSING = MISSING
    lora_alpha: StrictInt | MISSING = MISSING
    lora_dropout: StrictFloat | MISSING = MISSING
    weight_decay: StrictFloat | MISSING = MISSING
    gradient_accumulation: StrictInt | MISSING = MISSING
    use_peft: StrictBool | MISSING = MISSING
    use_fp16: StrictBool | MISSING = MISSING
    use_int4: StrictBool | MISSING = MISSING
    push_to_hub: StrictBool | MISSING = MISSING
    repo_id: Annotated[StrictStr | MISSING, Field(max_length=400)] = MISSING
    preprocess_dataset: StrictBool | MISSING = MISSING
    prompt_column: Annotated[StrictStr | MISSING, Field(max_length=50)] = MISSING
    prompt_prefix: Annotated[StrictStr | MISSING, Field(max_length=50)] = MISSING
    prompt_suffix: Annotated[StrictStr | MISSING, Field(max_length=50)] = MISSING
    response_prefix: Annotated[StrictStr | MISSING, Field(max_length=50)] = MISSING
    date_created: AwareDatetime
    last_modified: AwareDatetime


class TrainingCreateRequest(BaseModel):
    project_name: Annotated[StrictStr, Field(max_length=255)]
    dataset: UUID
    base_model_name: Annotated[StrictStr, Field(max_length=400)]
    provider: Provider63aEnum | MISSING = MISSING
    text_column: Annotated[StrictStr | MISSING, Field(max_length=50)] = MISSING
    learning_rate: StrictFloat | MISSING = MISSING
    batch_size: StrictInt | MISSING = MISSING
    num_epochs: StrictInt | MISSING = MISSING
    block_size: StrictInt | MISSING = MISSING
    warmup_ratio: StrictFloat | MISSING = MISSING
    lora_r: StrictInt | MISSING = MISSING
    lora_alpha: StrictInt | MISSING = MISSING
    lora_dropout: StrictFloat | MISSING = MISSING
    weight_decay: StrictFloat | MISSING = MISSING
    gradient_accumulation: StrictInt | MISSING = MISSING
    use_peft: StrictBool | MISSING = MISSING
    use_fp16: StrictBool | MISSING = MISSING
    use_int4: StrictBool | MISSING = MISSING
    push_to_hub: StrictBool | MISSING = MISSING
    repo_id: Annotated[StrictStr | MISSING, Field(max_length=400)] = MISSING
    preprocess_dataset: StrictBool | MISSING = MISSING
    prompt_column: Annotated[StrictStr | MISSING, Field(max_length=50)] = MISSING
    prompt_prefix: Annotated[StrictStr | MISSING, Field(max_length=50)] = MISSING
    prompt_suffix: Annotated[StrictStr | MISSING, Field(max_length=50)] = MISSING
    response_prefix: Annotated[StrictStr | MISSING, Field(max_length=50)] = MISSING


class TrainingStatusEnum(StrEnum):
    """
    * `trained` - Trained * `failed` - Failed * `pending` - Pending * `untrained` - Untrained
    """

    trained = "trained"
    failed = "failed"
    pending = "pending"
    untrained = "untrained"


class TransactionTypeEnum(StrEnum):
    """
    * `add` - Add Credits * `subtract` - Subtract Credits * `reserve` - Reserve Credits * `release` - Release Reserved Credits * `rollover` - Rollover Credits * `refund` - Refund Credits
    """

    add = "add"
    subtract = "subtract"
    reserve = "reserve"
    release = "release"
    rollover = "rollover"
    refund = "refund"


class TransportEnum(StrEnum):
    """
    * `sse` - Sse * `websocket` - Websocket * `streamable_http` - Streamable Http
    """

    sse = "sse"
    websocket = "websocket"
    streamable_http = "streamable_http"


class TrendEntry(BaseModel):
    interval: AwareDatetime
    count: StrictInt


class TriggerRequest(BaseModel):
    template: StrictStr
    slug: StrictStr
    parameters: Annotated[Any | None, Field(...)]


class TriggerResponse(BaseModel):
    slug: StrictStr
    template: Annotated[StrictStr | None, Field(...)]
    platform: Annotated[StrictStr | None, Field(...)]
    parameters: Annotated[Any | None, Field(...)]


class TtsProviderEnum(StrEnum):
    """
    * `openai` - Openai * `google` - Google * `elevenlabs` - Elevenlabs * `azure_openai` - Azure Openai
    """

    openai = "openai"
    google = "google"
    elevenlabs = "elevenlabs"
    azure_openai = "azure_openai"


class Type840Enum(StrEnum):
    """
    * `ADMIN_NOTIF_COURSE_ENROLLMENT` - Admin Notif Course Enrollment * `APP_REGISTRATION` - App Registration * `COURSE_INVITATION` - Course Invitation * `COURSE_LICENSE_ASSIGNMENT` - Course License Assignment * `COURSE_LICENSE_GROUP_ASSIGNMENT` - Course License Group Assignment * `CUSTOM_NOTIFICATION` - Custom Notification * `DEFAULT_TEMPLATE` - Default Template * `HUMAN_SUPPORT_NOTIFICATION` - Human Support Notification * `PLATFORM_INVITATION` - Platform Invitation * `POLICY_ASSIGNMENT` - Policy Assignment * `PROACTIVE_LEARNER_NOTIFICATION` - Proactive Learner Notification * `PROGRAM_INVITATION` - Program Invitation * `PROGRAM_LICENSE_ASSIGNMENT` - Program License Assignment * `PROGRAM_LICENSE_GROUP_ASSIGNMENT` - Program License Group Assignment * `REPORT_COMPLETED` - Report Completed * `ROLE_CHANGE` - Role Change * `USER_LICENSE_ASSIGNMENT` - User License Assignment * `USER_LICENSE_GROUP_ASSIGNMENT` - User License Group Assignment * `USER_NOTIF_COURSE_COMPLETION` - User Notif Course Completion * `USER_NOTIF_COURSE_ENROLLMENT` - User Notif Course Enrollment * `USER_NOTIF_CREDENTIALS` - User Notif Credentials * `USER_NOTIF_LEARNER_PROGRESS` - User Notif Learner Progress * `USER_NOTIF_USER_INACTIVITY` - User Notif User Inactivity * `USER_NOTIF_USER_REGISTRATION` - User Notif User Registration
    """

    ADMIN_NOTIF_COURSE_ENROLLMENT = "ADMIN_NOTIF_COURSE_ENROLLMENT"
    APP_REGISTRATION = "APP_REGISTRATION"
    COURSE_INVITATION = "COURSE_INVITATION"
    COURSE_LICENSE_ASSIGNMENT = "COURSE_LICENSE_ASSIGNMENT"
    COURSE_LICENSE_GROUP_ASSIGNMENT = "COURSE_LICENSE_GROUP_ASSIGNMENT"
    CUSTOM_NOTIFICATION = "CUSTOM_NOTIFICATION"
    DEFAULT_TEMPLATE = "DEFAULT_TEMPLATE"
    HUMAN_SUPPORT_NOTIFICATION = "HUMAN_SUPPORT_NOTIFICATION"
    PLATFORM_INVITATION = "PLATFORM_INVITATION"
    POLICY_ASSIGNMENT = "POLICY_ASSIGNMENT"
    PROACTIVE_LEARNER_NOTIFICATION = "PROACTIVE_LEARNER_NOTIFICATION"
    PROGRAM_INVITATION = "PROGRAM_INVITATION"
    PROGRAM_LICENSE_ASSIGNMENT = "PROGRAM_LICENSE_ASSIGNMENT"
    PROGRAM_LICENSE_GROUP_ASSIGNMENT = "PROGRAM_LICENSE_GROUP_ASSIGNMENT"
    REPORT_COMPLETED = "REPORT_COMPLETED"
    ROLE_CHANGE = "ROLE_CHANGE"
    USER_LICENSE_ASSIGNMENT = "USER_LICENSE_ASSIGNMENT"
    USER_LICENSE_GROUP_ASSIGNMENT = "USER_LICENSE_GROUP_ASSIGNMENT"
    USER_NOTIF_COURSE_COMPLETION = "USER_NOTIF_COURSE_COMPLETION"
    USER_NOTIF_COURSE_ENROLLMENT = "USER_NOTIF_COURSE_ENROLLMENT"
    USER_NOTIF_CREDENTIALS = "USER_NOTIF_CREDENTIALS"
    USER_NOTIF_LEARNER_PROGRESS = "USER_NOTIF_LEARNER_PROGRESS"
    USER_NOTIF_USER_INACTIVITY = "USER_NOTIF_USER_INACTIVITY"
    USER_NOTIF_USER_REGISTRATION = "USER_NOTIF_USER_REGISTRATION"


class UpdateXblock(BaseModel):
    """
    Validate input for updating an xblock.
    """

    xblock_id: Annotated[StrictStr, Field(description="The xblock locator to update.")]
    display_name: Annotated[StrictStr | MISSING, Field(description="New display name.")] = MISSING
    content: Annotated[
        StrictStr | MISSING,
        Field(description="New HTML content. Only applicable to component blocks (html, problem)."),
    ] = MISSING


class UploadedImage(BaseModel):
    id: StrictInt
    name: Annotated[StrictStr | None | MISSING, Field(max_length=254)] = MISSING
    image: StrictStr


class UploadedImageRequest(BaseModel):
    name: Annotated[StrictStr | None | MISSING, Field(max_length=254)] = MISSING


class UseMainCreds(BaseModel):
    message: StrictStr


class UserAllChatMemoryView(BaseModel):
    id: StrictInt
    username: Annotated[StrictStr, Field(max_length=500)]
    platform_key: Annotated[StrictStr, Field(max_length=500)]
    content: StrictStr | None | MISSING = MISSING
    session_id: UUID | None | MISSING = MISSING


class UserAllChatMemoryViewRequest(BaseModel):
    username: Annotated[StrictStr, Field(max_length=500)]
    platform_key: Annotated[StrictStr, Field(max_length=500)]
    content: StrictStr | None | MISSING = MISSING
    session_id: UUID | None | MISSING = MISSING


class UserCatalogItemMemoryView(BaseModel):
    id: StrictInt
    student: Annotated[StrictStr | None, Field(description="edX username")]
    platform: Annotated[StrictStr, Field(description="The platform key")]
    catalog_item: UUID | MISSING = MISSING
    lessons: Any | None | MISSING = MISSING
    next_steps: Any | None | MISSING = MISSING


class UserCatalogItemMemoryViewRequest(BaseModel):
    student: Annotated[StrictStr | None, Field(description="edX username")]
    platform: Annotated[StrictStr, Field(description="The platform key")]
    catalog_item: UUID | MISSING = MISSING
    lessons: Any | None | MISSING = MISSING
    next_steps: Any | None | MISSING = MISSING


class UserChatByPeriod(BaseModel):
    period: AwareDatetime
    user_count: StrictInt


class UserChatFeedbackCount(BaseModel):
    period: AwareDatetime
    feedback_count: StrictInt


class UserChatMemoryStatusRequestView(BaseModel):
    enabled: Annotated[StrictBool, Field(description="Enable or disable memory use")]


class UserChatMemoryStatusView(BaseModel):
    id: StrictInt
    username: Annotated[StrictStr, Field(max_length=500)]
    platform_key: Annotated[StrictStr, Field(max_length=500)]
    enabled: StrictBool | MISSING = MISSING


class UserChatMemoryUpdateView(BaseModel):
    task_id: Annotated[StrictStr, Field(description="Id of the schedled task")]
    message: Annotated[StrictStr, Field(description="Message about the scheduled task")]


class UserCountRecord(BaseModel):
    date: date_aliased
    user_count: StrictInt


class UserDeleteAPIError(BaseModel):
    error: StrictStr


class UserDeleteAPIRequest(BaseModel):
    username: StrictStr | MISSING = MISSING


class UserDeleteAPIResponse(BaseModel):
    message: StrictStr


class UserDetail(BaseModel):
    email: StrictStr
    full_name: StrictStr
    messages: StrictInt
    conversations: StrictInt
    last_activity: AwareDatetime


class UserEdxMemory(BaseModel):
    id: StrictInt
    username: StrictStr
    student: Annotated[StrictInt, Field(description="edX user ID")]
    course_id: Annotated[StrictStr, Field(max_length=200)]
    data: Annotated[
        Any | None | MISSING,
        Field(
            description="The course data to be stored. This includes the current page and the blocks that have been visited."
        ),
    ] = MISSING
    date_created: AwareDatetime
    last_modified: AwareDatetime


class UserGroup(BaseModel):
    """
    Serializer for UserGroups.
    """

    id: StrictInt
    name: Annotated[StrictStr | None, Field(description="Group display name", max_length=255)]
    platform: RbacPlatform
    platform_key: Annotated[StrictStr, Field(description="The platform key")]
    description: Annotated[StrictStr | None | MISSING, Field(description="Group description")] = (
        MISSING
    )
    owner: RbacUser
    users_to_set: Annotated[
        list[StrictInt] | MISSING,
        Field(description="List of user IDs to set in this group (replaces all existing users)"),
    ] = MISSING


class UserGroupRequest(BaseModel):
    """
    Serializer for UserGroups.
    """

    name: Annotated[StrictStr | None, Field(description="Group display name", max_length=255)]
    platform_key: Annotated[StrictStr, Field(description="The platform key")]
    description: Annotated[StrictStr | None | MISSING, Field(description="Group description")] = (
        MISSING
    )
    users_to_set: Annotated[
        list[StrictInt] | MISSING,
        Field(description="List of user IDs to set in this group (replaces all existing users)"),
    ] = MISSING


class UserGroupAccessRequest(BaseModel):
    """
    ModelSerializer for user group access policies
    """

    platform_key: Annotated[StrictStr, Field(description="Platform key where the groups exist")]
    user_id: Annotated[StrictInt, Field(description="ID of the user to manage group access for")]
    groups_to_add: Annotated[
        list[StrictInt] | MISSING,
        Field(description="List of group IDs to grant access to"),
    ] = MISSING
    groups_to_remove: Annotated[
        list[StrictInt] | MISSING,
        Field(description="List of group IDs to revoke access from"),
    ] = MISSING


class UserGroupAccessInfo(BaseModel):
    """
    Serializer for group access information in responses
    """

    id: Annotated[StrictInt, Field(description="Group ID")]
    name: Annotated[StrictStr, Field(description="Group name")]
    description: Annotated[StrictStr, Field(description="Group description")]
    permissions: Annotated[
        list[StrictStr],
        Field(
            description="List of permissions user has for this group (e.g., ['read', 'manageMentors'])"
        ),
    ]


class UserGroupPolicy(BaseModel):
    """
    Serializer for usergroup-specific RBAC policies using ModelSerializer pattern. Accepts usergroup_id and role, generates resources and role internally.
    """

    id: StrictInt
    name: Annotated[
        StrictStr,
        Field(description="Policy name. If not supplied, defaults to a UUID4"),
    ]
    platform_key: Annotated[
        StrictStr, Field(description="Platform key where the usergroup belongs")
    ]
    usergroup_id: Annotated[
        StrictInt, Field(description="ID of the usergroup to manage access for")
    ]
    role: Annotated[
        StrictStr,
        Field(
            description="Role for accessing this usergroup (read, edit, view analytics, send notifications)"
        ),
    ]
    resources: Annotated[Any | None, Field(description="List of resources this policy applies to")]
    users: list[RbacUser]
    groups: list[RbacPolicyGroup]
    groups_to_add: Annotated[
        list[StrictInt] | MISSING,
        Field(description="List of RbacGroup IDs to grant access to this usergroup"),
    ] = MISSING
    groups_to_remove: Annotated[
        list[StrictInt] | MISSING,
        Field(description="List of RbacGroup IDs to revoke access from this usergroup"),
    ] = MISSING
    users_to_add: Annotated[
        list[StrictInt] | MISSING,
        Field(description="List of user IDs to grant access to this usergroup"),
    ] = MISSING
    users_to_remove: Annotated[
        list[StrictInt] | MISSING,
        Field(description="List of user IDs to revoke access from this usergroup"),
    ] = MISSING


class UserGroupPolicyRequest(BaseModel):
    """
    Serializer for usergroup-specific RBAC policies using ModelSerializer pattern. Accepts usergroup_id and role, generates resources and role internally.
    """

    platform_key: Annotated[
        StrictStr, Field(description="Platform key where the usergroup belongs")
    ]
    usergroup_id: Annotated[
        StrictInt, Field(description="ID of the usergroup to manage access for")
    ]
    role: Annotated[
        StrictStr,
        Field(
            description="Role for accessing this usergroup (read, edit, view analytics, send notifications)"
        ),
    ]
    groups_to_add: Annotated[
        list[StrictInt] | MISSING,
        Field(description="List of RbacGroup IDs to grant access to this usergroup"),
    ] = MISSING
    groups_to_remove: Annotated[
        list[StrictInt] | MISSING,
        Field(description="List of RbacGroup IDs to revoke access from this usergroup"),
    ] = MISSING
    users_to_add: Annotated[
        list[StrictInt] | MISSING,
        Field(description="List of user IDs to grant access to this usergroup"),
    ] = MISSING
    users_to_remove: Annotated[
        list[StrictInt] | MISSING,
        Field(description="List of user IDs to revoke access from this usergroup"),
    ] = MISSING


class UserInfo(BaseModel):
    """
    Serializer for user information.
    """

    user_id: StrictInt
    username: Annotated[StrictStr | None, Field(...)]
    email: Annotated[StrictStr | None, Field(...)]
    name: StrictStr
    is_active: StrictBool | None = True
    last_active: AwareDatetime | MISSING = MISSING
    date_joined: AwareDatetime | MISSING = MISSING


class UserMemoryContextRequest(BaseModel):
    extra_data: Annotated[
        StrictStr | MISSING,
        Field(description="Extra custom data to be added to the memory"),
    ] = MISSING
    use_reported_skills: StrictBool | MISSING = MISSING
    use_desired_skills: StrictBool | MISSING = MISSING
    use_credentials: StrictBool | MISSING = MISSING
    use_enrolled_courses: StrictBool | MISSING = MISSING
    use_time_spent: StrictBool | MISSING = MISSING
    use_completed_courses: StrictBool | MISSING = MISSING
    use_completed_programs: StrictBool | MISSING = MISSING


class UserMemoryContextResponse(BaseModel):
    username: Annotated[StrictStr, Field(max_length=500)]
    platform_key: Annotated[StrictStr, Field(max_length=500)]
    extra_data: StrictStr | None | MISSING = MISSING
    use_reported_skills: StrictBool | MISSING = MISSING
    use_desired_skills: StrictBool | MISSING = MISSING
    use_credentials: StrictBool | MISSING = MISSING
    use_enrolled_courses: StrictBool | MISSING = MISSING
    use_time_spent: StrictBool | MISSING = MISSING
    use_completed_courses: StrictBool | MISSING = MISSING
    use_completed_programs: StrictBool | MISSING = MISSING


class UserMemoryEntry(BaseModel):
    unique_id: UUID | MISSING = MISSING
    key: StrictStr
    value: StrictStr | None | MISSING = MISSING
    inserted_at: StrictStr
    updated_at: StrictStr
    expires_at: Annotated[StrictStr | None, Field(...)]
    category: Annotated[StrictStr | None, Field(...)]


class UserMemoryEntryRequest2(BaseModel):
    unique_id: UUID | MISSING = MISSING
    key: StrictStr
    value: StrictStr | None | MISSING = MISSING


class UserMemoryEntryRequest(BaseModel):
    key: StrictStr
    value: StrictStr
    expires_at: StrictStr | None | MISSING = MISSING


class UserMemoryRequest(BaseModel):
    mode: StrictStr | None = "all"
    name: StrictStr | None | MISSING = MISSING
    platform: StrictStr | None | MISSING = MISSING
    mentor_unique_id: StrictStr | None | MISSING = MISSING
    session_id: StrictStr | None | MISSING = MISSING
    catalog_item_type: StrictStr | None | MISSING = MISSING
    catalog_item_id: StrictStr | None | MISSING = MISSING
    entries: list[UserMemoryEntryRequest]
    category: StrictStr | None | MISSING = MISSING


class UserMetric(BaseModel):
    total: StrictInt
    change_percentage: StrictFloat


class UserMetricsResponse(BaseModel):
    registered_users: UserMetric
    new_users: UserMetric
    unique_users: UserMetric
    veteran_users: UserMetric


class UserPlatformLink(BaseModel):
    user_id: StrictInt
    username: StrictStr
    email: StrictStr
    user_active: StrictBool
    key: StrictStr
    org: StrictStr
    platform_name: StrictStr
    lms_url: StrictStr
    cms_url: StrictStr
    portal_url: StrictStr
    is_admin: StrictBool | MISSING = MISSING
    is_staff: StrictBool | MISSING = MISSING
    added_on: AwareDatetime | None | MISSING = MISSING
    expired_on: AwareDatetime | None | MISSING = MISSING
    public: StrictStr
    active: StrictBool | MISSING = MISSING
    is_enterprise: StrictStr
    show_paywall: StrictBool


class UserPlatformSelfLinkError(BaseModel):
    error: StrictStr


class UserPlatformSelfLinkForbidden(BaseModel):
    error: StrictStr


class UserPlatformSelfLinkRequest(BaseModel):
    platform_key: StrictStr


class UserPlatformSelfLinkResponse(BaseModel):
    message: StrictStr


class UserPlatformViewPostRequest(BaseModel):
    user_id: StrictInt
    platform_key: StrictStr
    added_on: AwareDatetime | MISSING = MISSING
    expired_on: AwareDatetime | MISSING = MISSING
    is_admin: StrictBool | MISSING = MISSING
    active: StrictBool | MISSING = MISSING


class UserPolicyUpdate(BaseModel):
    """
    Serializer for updating user policies on a platform.  Accepts lists of policies to add and remove for a specific user on a platform.
    """

    user_id: Annotated[StrictInt, Field(description="ID of the user to update policies for")]
    platform_key: Annotated[
        StrictStr,
        Field(description="Platform key where the user's policies should be updated"),
    ]
    policies_to_add: Annotated[
        list[StrictStr] | MISSING,
        Field(description="List of policy names to add to the user"),
    ] = MISSING
    policies_to_remove: Annotated[
        list[StrictStr] | MISSING,
        Field(description="List of policy names to remove from the user"),
    ] = MISSING
    policies_to_set: Annotated[
        list[StrictStr] | MISSING,
        Field(
            description="List of policy names to set for the user (replaces all existing policies with these)"
        ),
    ] = MISSING


class UserPolicyUpdateError(BaseModel):
    error: StrictStr


class UserPolicyUpdateForbidden(BaseModel):
    error: StrictStr


class UserPolicyUpdateResponse(BaseModel):
    user_id: Annotated[list[StrictStr], Field(description="List of policies for the user")]


class UserProxyGetResponse(BaseModel):
    user_id: StrictInt
    username: StrictStr
    email: StrictStr
    active: StrictBool
    edx_data: Annotated[Any | None, Field(...)]
    data: Annotated[Any | None, Field(...)]


class UserProxyPostRequest(BaseModel):
    user_id: StrictInt
    username: StrictStr
    email: StrictStr
    edx_data: Annotated[Any | None, Field(...)]
    data: Annotated[Any | None, Field(...)]


class UserProxyPostResponse(BaseModel):
    user_id: StrictInt
    username: StrictStr
    email: StrictStr
    active: StrictBool
    edx_data: Annotated[Any | None, Field(...)]
    data: Annotated[Any | None, Field(...)]


class UserSentimentCountView(BaseModel):
    date: AwareDatetime
    sentiment_count: StrictInt


class UserSkill(BaseModel):
    skill: Skill
    courses: Annotated[
        list[CoursePoint], Field(description="Courses with skill and associated points")
    ]
    resources: Annotated[
        list[ResourcePoint],
        Field(description="Resources with skill and associated points"),
    ]
    total_points: Annotated[StrictInt, Field(description="Total points for skill")]
    percentile: Annotated[
        StrictFloat | MISSING, Field(description="Percentile of points for user.")
    ] = MISSING


class UserSkillPointsPercentile(BaseModel):
    username: StrictStr
    total_points: StrictFloat
    percentile: Annotated[
        StrictFloat,
        Field(
            description="Percentile of points for user. If an `org` was provided, this is the percentile of the user relative to users within the org."
        ),
    ]


class UserTrendByPeriod(BaseModel):
    periods: list[AwareDatetime]
    new_users: list[StrictInt]
    veteran_users: list[StrictInt]


class V2GlobalMentorSearchResponse(BaseModel):
    """
    Response serializer for V2 Global Mentor Search.
    """

    results: Annotated[list[Any], Field(description="List of mentor search results")]
    count: Annotated[StrictInt, Field(description="Total number of results")]
    next: Annotated[
        StrictStr | None | MISSING, Field(description="URL for next page of results")
    ] = MISSING
    previous: Annotated[
        StrictStr | None | MISSING,
        Field(description="URL for previous page of results"),
    ] = MISSING
    current_page: Annotated[StrictInt, Field(description="Current page number")]
    total_pages: Annotated[StrictInt, Field(description="Total number of pages")]


class V2PersonalizedMentorsResponse(BaseModel):
    """
    Response serializer for V2 Personalized Mentors Search.
    """

    results: Annotated[list[Any], Field(description="List of personalized mentor search results")]
    count: Annotated[StrictInt, Field(description="Total number of results")]
    next: Annotated[StrictStr | None, Field(description="URL for next page of results")]
    previous: Annotated[StrictStr | None, Field(description="URL for previous page of results")]
    current_page: Annotated[StrictInt, Field(description="Current page number")]
    total_pages: Annotated[StrictInt, Field(description="Total number of pages")]


class ValidateSourceResponse(BaseModel):
    """
    Response serializer for source validation
    """

    status: StrictStr
    valid_count: StrictInt
    invalid_entries: list[StrictStr]
    sample_recipients: list[Recipient]


class ValueData(BaseModel):
    value: Annotated[StrictFloat, Field(description="value")]


class VectorResult(BaseModel):
    type: StrictStr | None = "document"
    title: StrictStr | None = ""
    snippet: StrictStr
    source: StrictStr | MISSING = MISSING
    score: StrictFloat | MISSING = MISSING
    confidence_level: StrictFloat | MISSING = MISSING
    llm_provider: StrictStr | None = "openai"
    llm_model: StrictStr | None = "gpt-4o-mini"


class VeoVideoDetail(BaseModel):
    name: Annotated[StrictStr | MISSING, Field(max_length=1024)] = MISSING
    data: Any | None | MISSING = MISSING
    id: StrictInt
    video_file: Annotated[StrictStr | None, Field(...)]
    generation_status: StrictStr
    prompt_text: StrictStr | None | MISSING = MISSING
    prompt_image: Annotated[StrictStr | None, Field(...)]
    thumbnail_image: Annotated[StrictStr | None, Field(...)]


class VeoVideoList(BaseModel):
    name: Annotated[StrictStr | MISSING, Field(max_length=1024)] = MISSING
    data: Any | None | MISSING = MISSING
    id: StrictInt
    generation_status: StrictStr


class VeoVideoRequest(BaseModel):
    prompt_image: Annotated[
        StrictStr | None | MISSING, Field(pattern="(?:jpg|jpeg|png|gif|webp)$")
    ] = MISSING
    prompt_text: StrictStr
    name: StrictStr | None | MISSING = MISSING


class VerifyGCPMarketPlaceRequest(BaseModel):
    token: StrictStr


class VideoBlock(BaseModel):
    display_name: Annotated[StrictStr, Field(description="Video name")]
    id: Annotated[StrictStr, Field(description="Video Id")]
    total_users: Annotated[
        StrictInt | MISSING, Field(description="Total users who have watched the video")
    ] = MISSING


class VideoCaption(BaseModel):
    file: StrictStr


class VideoEngagementPerCourseData(BaseModel):
    name: Annotated[StrictStr, Field(description="Course name")]
    course_id: Annotated[StrictStr, Field(description="edx Course Id")]
    num_vids: Annotated[StrictInt, Field(description="Number of videos in course")]
    num_watched: Annotated[StrictInt, Field(description="Number of videos watched ")]
    time_watched: Annotated[
        StrictInt, Field(description="Total time spent by all users watching videos")
    ]
    avg_percent_watched: Annotated[
        StrictFloat,
        Field(description="Average percentage of videos watched per user per course"),
    ]
    avg_time_watched: Annotated[StrictFloat, Field(description="Average time spent per learner")]


class VideosCountData(BaseModel):
    count: Annotated[
        StrictStr,
        Field(description="Total videos (videos watched / Total Course Videos)"),
    ]


class VideosSpecificCourseData(BaseModel):
    display_name: Annotated[StrictStr, Field(description="Course name")]
    id: Annotated[StrictStr, Field(description="Video Id")]
    duration: Annotated[StrictInt, Field(description="Video duration")]
    total_time: Annotated[StrictInt, Field(description="Total time spent by users watching")]
    total_users: Annotated[StrictInt, Field(description="Total users who have watched this video")]
    average_time: Annotated[StrictFloat, Field(description="Average time spent per learner")]


class VideosWatchedSubSection(BaseModel):
    display_name: Annotated[StrictStr, Field(description="Subsection name")]
    id: Annotated[StrictStr, Field(description="Subsection Id")]
    total_watch: Annotated[
        StrictStr, Field(description="Total videos watched. N/A if no record found")
    ]
    videos: Annotated[list[VideoBlock] | MISSING, Field(description="Videos")] = MISSING


class VoiceProviderEnum(StrEnum):
    """
    * `openai` - Openai * `google` - Google * `elevenlabs` - Elevenlabs
    """

    openai = "openai"
    google = "google"
    elevenlabs = "elevenlabs"


class WatchedVideosPerCourseData(BaseModel):
    course_id: Annotated[StrictStr, Field(description="Edx Course ID")]
    name: Annotated[StrictStr, Field(description="Course Name")]
    count: Annotated[StrictInt, Field(description="Number of watched videos")]
    percentage: Annotated[StrictFloat, Field(description="Percentage ...")]


class WatchedVideosPerUserData(BaseModel):
    username: Annotated[StrictStr, Field(description="learner username")]
    full_name: Annotated[StrictStr, Field(description="learner fullname")]
    count: Annotated[StrictInt, Field(description="Videos watched count")]
    percentage: Annotated[StrictFloat, Field(description="Percentage ...")]


class WebResourceCard(BaseModel):
    title: StrictStr
    description: StrictStr
    imageUrl: StrictStr
    domain: StrictStr
    site_name: StrictStr


class WebResourcesQuery(BaseModel):
    query: StrictStr


class WebexConfig(BaseModel):
    id: StrictInt
    bot: StrictInt
    webex_bot_id: Annotated[StrictStr, Field(description="Bot id from webex", max_length=255)]
    bot_access_token: Annotated[StrictStr, Field(max_length=500)]
    bot_username: Annotated[StrictStr, Field(max_length=500)]


class WhatsappConfig(BaseModel):
    id: StrictInt
    bot: StrictInt
    phone_number_id: Annotated[StrictStr, Field(max_length=255)]
    application_secret: Annotated[StrictStr, Field(max_length=500)]
    webhook_verification_token: Annotated[StrictStr, Field(max_length=500)]
    access_token: Annotated[
        StrictStr,
        Field(
            description="Access token to the bot. This can also be a temporary access token.",
            max_length=500,
        ),
    ]


class WhatsappConfigRequest(BaseModel):
    phone_number_id: Annotated[StrictStr, Field(max_length=255)]
    application_secret: Annotated[StrictStr, Field(max_length=500)]
    webhook_verification_token: Annotated[StrictStr, Field(max_length=500)]
    access_token: Annotated[
        StrictStr,
        Field(
            description="Access token to the bot. This can also be a temporary access token.",
            max_length=500,
        ),
    ]


class WhatsappUserConfig(BaseModel):
    id: StrictInt
    user: Annotated[StrictInt, Field(description="edX user ID")]
    phone_number: Annotated[StrictStr, Field(max_length=128)]
    date_created: AwareDatetime
    last_modified: AwareDatetime


class WhatsappUserConfigRequest(BaseModel):
    phone_number: Annotated[StrictStr, Field(max_length=128)]


class WhitelistedDomain(BaseModel):
    url: StrictStr
    is_active: StrictBool | MISSING = MISSING


class Workflow(BaseModel):
    """
    Serializer for Workflow CRUD operations.  Provides basic ReactFlow JSON validation (Phase 1) to ensure definitions are renderable, while allowing draft workflows that may not be executable.  Comprehensive execution validation (Phase 2) is available via the validate action endpoint.  Fields: - All model fields are exposed - Platform and creator are set automatically from URL context - Read-only fields: id, unique_id, created_at, updated_at - Chat settings (chat_name, chat_greeting, etc.) update the entry_mentor
    """

    id: StrictInt
    unique_id: UUID
    name: Annotated[StrictStr, Field(max_length=255)]
    description: StrictStr | MISSING = MISSING
    definition: Annotated[Any | None, Field(description="Workflow definition in ReactFlow format")]
    is_active: StrictBool | MISSING = MISSING
    is_template: StrictBool | MISSING = MISSING
    parent_workflow: Annotated[
        StrictInt | None | MISSING,
        Field(description="Parent workflow if this is a template variant"),
    ] = MISSING
    platform: StrictInt
    platform_key: StrictStr
    platform_name: StrictStr
    created_by: Annotated[StrictInt, Field(description="edX user ID")]
    created_by_username: StrictStr
    created_at: AwareDatetime
    updated_at: AwareDatetime
    node_count: Annotated[
        StrictInt,
        Field(description="Get the number of nodes in the workflow definition."),
    ]
    edge_count: Annotated[
        StrictInt,
        Field(description="Get the number of edges in the workflow definition."),
    ]
    entry_mentor_id: UUID
    chat_name: Annotated[
        StrictStr | MISSING,
        Field(description="Display name for chat (updates entry_mentor.name)"),
    ] = MISSING
    chat_proactive_response: Annotated[
        StrictStr | MISSING,
        Field(
            description="Proactive greeting message for chat (updates entry_mentor.proactive_response)"
        ),
    ] = MISSING


class WorkflowRequest(BaseModel):
    """
    Serializer for Workflow CRUD operations.  Provides basic ReactFlow JSON validation (Phase 1) to ensure definitions are renderable, while allowing draft workflows that may not be executable.  Comprehensive execution validation (Phase 2) is available via the validate action endpoint.  Fields: - All model fields are exposed - Platform and creator are set automatically from URL context - Read-only fields: id, unique_id, created_at, updated_at - Chat settings (chat_name, chat_greeting, etc.) update the entry_mentor
    """

    name: Annotated[StrictStr, Field(max_length=255)]
    description: StrictStr | MISSING = MISSING
    definition: Annotated[Any | None, Field(description="Workflow definition in ReactFlow format")]
    is_active: StrictBool | MISSING = MISSING
    is_template: StrictBool | MISSING = MISSING
    parent_workflow: Annotated[
        StrictInt | None | MISSING,
        Field(description="Parent workflow if this is a template variant"),
    ] = MISSING
    chat_name: Annotated[
        StrictStr | MISSING,
        Field(description="Display name for chat (updates entry_mentor.name)"),
    ] = MISSING
    chat_proactive_response: Annotated[
        StrictStr | MISSING,
        Field(
            description="Proactive greeting message for chat (updates entry_mentor.proactive_response)"
        ),
    ] = MISSING


class XblockResult(BaseModel):
    """
    Standard response for xblock operations.
    """

    success: StrictBool
    detail: StrictStr
    xblock_id: StrictStr | MISSING = MISSING
    extra: Any | None | MISSING = MISSING


class XblockTypeEnum(StrEnum):
    """
    * `section` - section * `subsection` - subsection * `unit` - unit * `html` - html * `problem` - problem * `video` - video
    """

    section = "section"
    subsection = "subsection"
    unit = "unit"
    html = "html"
    problem = "problem"
    video = "video"


class AiAccountOrgsUseDefaultLlmKeyCreateResponse(BaseModel):
    message: StrictStr | MISSING = MISSING


class AiAccountOrgsUsersFreeTrialRetrieveResponse(BaseModel):
    is_in_free_trial: StrictBool | MISSING = MISSING


class AiIndexOrgsUsersDocumentsTrainRetrieverCreateBody(BaseModel):
    pathway: Annotated[StrictStr, Field(description="Pathway for document to be trained in")]
    url: Annotated[StrictStr, Field(description="Url of the document to be trained")]


class AiIndexOrgsUsersDocumentsTrainRetrieverCreateBody2(BaseModel):
    pathway: Annotated[StrictStr, Field(description="Pathway for document to be trained in")]
    url: Annotated[StrictStr, Field(description="Url of the document to be trained")]


class AiIndexOrgsUsersDocumentsTrainRetrieverCreateBody3(BaseModel):
    pathway: Annotated[StrictStr, Field(description="Pathway for document to be trained in")]
    url: Annotated[StrictStr, Field(description="Url of the document to be trained")]


class AiMediaOrgsUsersHeygenVideoCaptionsCreateBody(BaseModel):
    file: StrictStr


class AiMediaOrgsUsersHeygenVideoCaptionsCreateBody2(BaseModel):
    file: StrictStr


class AiMediaOrgsUsersHeygenVideoCaptionsCreateBody3(BaseModel):
    file: StrictStr


class AiMediaOrgsUsersVeoVideosCreateBody(BaseModel):
    prompt_text: StrictStr
    prompt_image: StrictStr | MISSING = MISSING
    name: StrictStr | MISSING = MISSING


class AiMediaOrgsUsersVeoVideosCreateBody2(BaseModel):
    prompt_text: StrictStr
    prompt_image: StrictStr | MISSING = MISSING
    name: StrictStr | MISSING = MISSING


class AiMediaOrgsUsersVeoVideosCreateBody3(BaseModel):
    prompt_text: StrictStr
    prompt_image: StrictStr | MISSING = MISSING
    name: StrictStr | MISSING = MISSING


class AiMentorOrgsUsersAudioToTextCreateBody(BaseModel):
    file: StrictStr


class AiMentorOrgsUsersAudioToTextCreateBody2(BaseModel):
    file: StrictStr


class AiMentorOrgsUsersAudioToTextCreateBody3(BaseModel):
    file: StrictStr


class AiMentorOrgsUsersCourseCreationTaskFilesCreateBody(BaseModel):
    id: StrictInt
    course_creation_task: StrictInt
    file: StrictStr
    date_created: AwareDatetime
    last_modified: AwareDatetime


class AiMentorOrgsUsersCourseCreationTaskFilesCreateBody2(BaseModel):
    id: StrictInt
    course_creation_task: StrictInt
    file: StrictStr
    date_created: AwareDatetime
    last_modified: AwareDatetime


class AiMentorOrgsUsersCourseCreationTaskFilesCreateBody3(BaseModel):
    id: StrictInt
    course_creation_task: StrictInt
    file: StrictStr
    date_created: AwareDatetime
    last_modified: AwareDatetime


class AiMentorOrgsUsersCourseCreationTaskFilesUpdateBody(BaseModel):
    id: StrictInt
    course_creation_task: StrictInt
    file: StrictStr
    date_created: AwareDatetime
    last_modified: AwareDatetime


class AiMentorOrgsUsersCourseCreationTaskFilesUpdateBody2(BaseModel):
    id: StrictInt
    course_creation_task: StrictInt
    file: StrictStr
    date_created: AwareDatetime
    last_modified: AwareDatetime


class AiMentorOrgsUsersCourseCreationTaskFilesUpdateBody3(BaseModel):
    id: StrictInt
    course_creation_task: StrictInt
    file: StrictStr
    date_created: AwareDatetime
    last_modified: AwareDatetime


class AiMentorOrgsUsersCourseCreationTaskFilesPartialUpdateBody(BaseModel):
    id: StrictInt | MISSING = MISSING
    course_creation_task: StrictInt | MISSING = MISSING
    file: StrictStr | MISSING = MISSING
    date_created: AwareDatetime | MISSING = MISSING
    last_modified: AwareDatetime | MISSING = MISSING


class AiMentorOrgsUsersCourseCreationTaskFilesPartialUpdateBody2(BaseModel):
    id: StrictInt | MISSING = MISSING
    course_creation_task: StrictInt | MISSING = MISSING
    file: StrictStr | MISSING = MISSING
    date_created: AwareDatetime | MISSING = MISSING
    last_modified: AwareDatetime | MISSING = MISSING


class AiMentorOrgsUsersCourseCreationTaskFilesPartialUpdateBody3(BaseModel):
    id: StrictInt | MISSING = MISSING
    course_creation_task: StrictInt | MISSING = MISSING
    file: StrictStr | MISSING = MISSING
    date_created: AwareDatetime | MISSING = MISSING
    last_modified: AwareDatetime | MISSING = MISSING


class AiMentorOrgsUsersCourseCreationTasksCreateBody(BaseModel):
    id: StrictInt
    user_id: StrictStr
    student: Annotated[StrictInt, Field(description="edX user ID")]
    name: Annotated[StrictStr, Field(max_length=200)]
    description: Annotated[
        StrictStr,
        Field(description="Description of the course to create and its requirements"),
    ]
    target_audience: Annotated[
        StrictStr,
        Field(
            description="The intended audience for the course. eg. Grade 11 students.",
            max_length=200,
        ),
    ]
    platform: StrictInt
    platform_key: StrictStr
    status: Any
    course_data: Any
    logs: StrictStr
    files: list[CourseCreationTaskFileRequest]
    date_created: AwareDatetime
    last_modified: AwareDatetime
    publish_course: StrictBool | MISSING = MISSING
    provider: Annotated[StrictStr | MISSING, Field(max_length=20)] = MISSING
    model: Annotated[StrictStr | MISSING, Field(max_length=150)] = MISSING
    desired_number_of_sections: StrictInt | MISSING = MISSING


class AiMentorOrgsUsersCourseCreationTasksCreateBody2(BaseModel):
    id: StrictInt
    user_id: StrictStr
    student: Annotated[StrictInt, Field(description="edX user ID")]
    name: Annotated[StrictStr, Field(max_length=200)]
    description: Annotated[
        StrictStr,
        Field(description="Description of the course to create and its requirements"),
    ]
    target_audience: Annotated[
        StrictStr,
        Field(
            description="The intended audience for the course. eg. Grade 11 students.",
            max_length=200,
        ),
    ]
    platform: StrictInt
    platform_key: StrictStr
    status: Any
    course_data: Any
    logs: StrictStr
    files: list[CourseCreationTaskFileRequest]
    date_created: AwareDatetime
    last_modified: AwareDatetime
    publish_course: StrictBool | MISSING = MISSING
    provider: Annotated[StrictStr | MISSING, Field(max_length=20)] = MISSING
    model: Annotated[StrictStr | MISSING, Field(max_length=150)] = MISSING
    desired_number_of_sections: StrictInt | MISSING = MISSING


class AiMentorOrgsUsersCourseCreationTasksCreateBody3(BaseModel):
    id: StrictInt
    user_id: StrictStr
    student: Annotated[StrictInt, Field(description="edX user ID")]
    name: Annotated[StrictStr, Field(max_length=200)]
    description: Annotated[
        StrictStr,
        Field(description="Description of the course to create and its requirements"),
    ]
    target_audience: Annotated[
        StrictStr,
        Field(
            description="The intended audience for the course. eg. Grade 11 students.",
            max_length=200,
        ),
    ]
    platform: StrictInt
    platform_key: StrictStr
    status: Any
    course_data: Any
    logs: StrictStr
    files: list[CourseCreationTaskFileRequest]
    date_created: AwareDatetime
    last_modified: AwareDatetime
    publish_course: StrictBool | MISSING = MISSING
    provider: Annotated[StrictStr | MISSING, Field(max_length=20)] = MISSING
    model: Annotated[StrictStr | MISSING, Field(max_length=150)] = MISSING
    desired_number_of_sections: StrictInt | MISSING = MISSING


class AiMentorOrgsUsersCourseCreationTasksCreateCourseOutlineCreateBody(BaseModel):
    id: StrictInt
    user_id: StrictStr
    student: Annotated[StrictInt, Field(description="edX user ID")]
    name: Annotated[StrictStr, Field(max_length=200)]
    description: Annotated[
        StrictStr,
        Field(description="Description of the course to create and its requirements"),
    ]
    target_audience: Annotated[
        StrictStr,
        Field(
            description="The intended audience for the course. eg. Grade 11 students.",
            max_length=200,
        ),
    ]
    platform: StrictInt
    platform_key: StrictStr
    status: Any
    course_data: Any
    logs: StrictStr
    files: list[CourseCreationTaskFileRequest]
    date_created: AwareDatetime
    last_modified: AwareDatetime
    publish_course: StrictBool | MISSING = MISSING
    provider: Annotated[StrictStr | MISSING, Field(max_length=20)] = MISSING
    model: Annotated[StrictStr | MISSING, Field(max_length=150)] = MISSING
    desired_number_of_sections: StrictInt | MISSING = MISSING


class AiMentorOrgsUsersCourseCreationTasksCreateCourseOutlineCreateBody2(BaseModel):
    id: StrictInt
    user_id: StrictStr
    student: Annotated[StrictInt, Field(description="edX user ID")]
    name: Annotated[StrictStr, Field(max_length=200)]
    description: Annotated[
        StrictStr,
        Field(description="Description of the course to create and its requirements"),
    ]
    target_audience: Annotated[
        StrictStr,
        Field(
            description="The intended audience for the course. eg. Grade 11 students.",
            max_length=200,
        ),
    ]
    platform: StrictInt
    platform_key: StrictStr
    status: Any
    course_data: Any
    logs: StrictStr
    files: list[CourseCreationTaskFileRequest]
    date_created: AwareDatetime
    last_modified: AwareDatetime
    publish_course: StrictBool | MISSING = MISSING
    provider: Annotated[StrictStr | MISSING, Field(max_length=20)] = MISSING
    model: Annotated[StrictStr | MISSING, Field(max_length=150)] = MISSING
    desired_number_of_sections: StrictInt | MISSING = MISSING


class AiMentorOrgsUsersCourseCreationTasksCreateCourseOutlineCreateBody3(BaseModel):
    id: StrictInt
    user_id: StrictStr
    student: Annotated[StrictInt, Field(description="edX user ID")]
    name: Annotated[StrictStr, Field(max_length=200)]
    description: Annotated[
        StrictStr,
        Field(description="Description of the course to create and its requirements"),
    ]
    target_audience: Annotated[
        StrictStr,
        Field(
            description="The intended audience for the course. eg. Grade 11 students.",
            max_length=200,
        ),
    ]
    platform: StrictInt
    platform_key: StrictStr
    status: Any
    course_data: Any
    logs: StrictStr
    files: list[CourseCreationTaskFileRequest]
    date_created: AwareDatetime
    last_modified: AwareDatetime
    publish_course: StrictBool | MISSING = MISSING
    provider: Annotated[StrictStr | MISSING, Field(max_length=20)] = MISSING
    model: Annotated[StrictStr | MISSING, Field(max_length=150)] = MISSING
    desired_number_of_sections: StrictInt | MISSING = MISSING


class AiMentorOrgsUsersCourseCreationTasksCreateCourseCreateBody(BaseModel):
    id: StrictInt
    user_id: StrictStr
    student: Annotated[StrictInt, Field(description="edX user ID")]
    name: Annotated[StrictStr, Field(max_length=200)]
    description: Annotated[
        StrictStr,
        Field(description="Description of the course to create and its requirements"),
    ]
    target_audience: Annotated[
        StrictStr,
        Field(
            description="The intended audience for the course. eg. Grade 11 students.",
            max_length=200,
        ),
    ]
    platform: StrictInt
    platform_key: StrictStr
    status: Any
    course_data: Any
    logs: StrictStr
    files: list[CourseCreationTaskFileRequest]
    date_created: AwareDatetime
    last_modified: AwareDatetime
    publish_course: StrictBool | MISSING = MISSING
    provider: Annotated[StrictStr | MISSING, Field(max_length=20)] = MISSING
    model: Annotated[StrictStr | MISSING, Field(max_length=150)] = MISSING
    desired_number_of_sections: StrictInt | MISSING = MISSING


class AiMentorOrgsUsersCourseCreationTasksCreateCourseCreateBody2(BaseModel):
    id: StrictInt
    user_id: StrictStr
    student: Annotated[StrictInt, Field(description="edX user ID")]
    name: Annotated[StrictStr, Field(max_length=200)]
    description: Annotated[
        StrictStr,
        Field(description="Description of the course to create and its requirements"),
    ]
    target_audience: Annotated[
        StrictStr,
        Field(
            description="The intended audience for the course. eg. Grade 11 students.",
            max_length=200,
        ),
    ]
    platform: StrictInt
    platform_key: StrictStr
    status: Any
    course_data: Any
    logs: StrictStr
    files: list[CourseCreationTaskFileRequest]
    date_created: AwareDatetime
    last_modified: AwareDatetime
    publish_course: StrictBool | MISSING = MISSING
    provider: Annotated[StrictStr | MISSING, Field(max_length=20)] = MISSING
    model: Annotated[StrictStr | MISSING, Field(max_length=150)] = MISSING
    desired_number_of_sections: StrictInt | MISSING = MISSING


class AiMentorOrgsUsersCourseCreationTasksCreateCourseCreateBody3(BaseModel):
    id: StrictInt
    user_id: StrictStr
    student: Annotated[StrictInt, Field(description="edX user ID")]
    name: Annotated[StrictStr, Field(max_length=200)]
    description: Annotated[
        StrictStr,
        Field(description="Description of the course to create and its requirements"),
    ]
    target_audience: Annotated[
        StrictStr,
        Field(
            description="The intended audience for the course. eg. Grade 11 students.",
            max_length=200,
        ),
    ]
    platform: StrictInt
    platform_key: StrictStr
    status: Any
    course_data: Any
    logs: StrictStr
    files: list[CourseCreationTaskFileRequest]
    date_created: AwareDatetime
    last_modified: AwareDatetime
    publish_course: StrictBool | MISSING = MISSING
    provider: Annotated[StrictStr | MISSING, Field(max_length=20)] = MISSING
    model: Annotated[StrictStr | MISSING, Field(max_length=150)] = MISSING
    desired_number_of_sections: StrictInt | MISSING = MISSING


class AiMentorOrgsUsersCourseCreationCourseDraftContentForUnitCreateBody(BaseModel):
    xblock_id: Annotated[StrictStr, Field(description="The unit's xblock ID on EdX")]


class AiMentorOrgsUsersCourseCreationFilesCreateBody(BaseModel):
    id: StrictInt
    course_creation_task: StrictInt
    file: StrictStr
    date_created: AwareDatetime
    last_modified: AwareDatetime


class AiMentorOrgsUsersCourseCreationFilesCreateBody2(BaseModel):
    id: StrictInt
    course_creation_task: StrictInt
    file: StrictStr
    date_created: AwareDatetime
    last_modified: AwareDatetime


class AiMentorOrgsUsersCourseCreationFilesCreateBody3(BaseModel):
    id: StrictInt
    course_creation_task: StrictInt
    file: StrictStr
    date_created: AwareDatetime
    last_modified: AwareDatetime


class AiMentorOrgsUsersCourseCreationFilesUpdateBody(BaseModel):
    id: StrictInt
    course_creation_task: StrictInt
    file: StrictStr
    date_created: AwareDatetime
    last_modified: AwareDatetime


class AiMentorOrgsUsersCourseCreationFilesUpdateBody2(BaseModel):
    id: StrictInt
    course_creation_task: StrictInt
    file: StrictStr
    date_created: AwareDatetime
    last_modified: AwareDatetime


class AiMentorOrgsUsersCourseCreationFilesUpdateBody3(BaseModel):
    id: StrictInt
    course_creation_task: StrictInt
    file: StrictStr
    date_created: AwareDatetime
    last_modified: AwareDatetime


class AiMentorOrgsUsersCourseCreationFilesPartialUpdateBody(BaseModel):
    id: StrictInt | MISSING = MISSING
    course_creation_task: StrictInt | MISSING = MISSING
    file: StrictStr | MISSING = MISSING
    date_created: AwareDatetime | MISSING = MISSING
    last_modified: AwareDatetime | MISSING = MISSING


class AiMentorOrgsUsersCourseCreationFilesPartialUpdateBody2(BaseModel):
    id: StrictInt | MISSING = MISSING
    course_creation_task: StrictInt | MISSING = MISSING
    file: StrictStr | MISSING = MISSING
    date_created: AwareDatetime | MISSING = MISSING
    last_modified: AwareDatetime | MISSING = MISSING


class AiMentorOrgsUsersCourseCreationFilesPartialUpdateBody3(BaseModel):
    id: StrictInt | MISSING = MISSING
    course_creation_task: StrictInt | MISSING = MISSING
    file: StrictStr | MISSING = MISSING
    date_created: AwareDatetime | MISSING = MISSING
    last_modified: AwareDatetime | MISSING = MISSING


class AiMentorOrgsUsersCourseCreationTasksCreate2Body(BaseModel):
    id: StrictInt
    user_id: StrictStr
    student: Annotated[StrictInt, Field(description="edX user ID")]
    name: Annotated[StrictStr, Field(max_length=200)]
    description: Annotated[
        StrictStr,
        Field(description="Description of the course to create and its requirements"),
    ]
    target_audience: Annotated[
        StrictStr,
        Field(
            description="The intended audience for the course. eg. Grade 11 students.",
            max_length=200,
        ),
    ]
    platform: StrictInt
    platform_key: StrictStr
    status: Any
    course_data: Any
    logs: StrictStr
    files: list[CourseCreationTaskFileRequest]
    date_created: AwareDatetime
    last_modified: AwareDatetime
    publish_course: StrictBool | MISSING = MISSING
    provider: Annotated[StrictStr | MISSING, Field(max_length=20)] = MISSING
    model: Annotated[StrictStr | MISSING, Field(max_length=150)] = MISSING
    desired_number_of_sections: StrictInt | MISSING = MISSING


class AiMentorOrgsUsersCourseCreationTasksCreate2Body2(BaseModel):
    id: StrictInt
    user_id: StrictStr
    student: Annotated[StrictInt, Field(description="edX user ID")]
    name: Annotated[StrictStr, Field(max_length=200)]
    description: Annotated[
        StrictStr,
        Field(description="Description of the course to create and its requirements"),
    ]
    target_audience: Annotated[
        StrictStr,
        Field(
            description="The intended audience for the course. eg. Grade 11 students.",
            max_length=200,
        ),
    ]
    platform: StrictInt
    platform_key: StrictStr
    status: Any
    course_data: Any
    logs: StrictStr
    files: list[CourseCreationTaskFileRequest]
    date_created: AwareDatetime
    last_modified: AwareDatetime
    publish_course: StrictBool | MISSING = MISSING
    provider: Annotated[StrictStr | MISSING, Field(max_length=20)] = MISSING
    model: Annotated[StrictStr | MISSING, Field(max_length=150)] = MISSING
    desired_number_of_sections: StrictInt | MISSING = MISSING


class AiMentorOrgsUsersCourseCreationTasksCreate2Body3(BaseModel):
    id: StrictInt
    user_id: StrictStr
    student: Annotated[StrictInt, Field(description="edX user ID")]
    name: Annotated[StrictStr, Field(max_length=200)]
    description: Annotated[
        StrictStr,
        Field(description="Description of the course to create and its requirements"),
    ]
    target_audience: Annotated[
        StrictStr,
        Field(
            description="The intended audience for the course. eg. Grade 11 students.",
            max_length=200,
        ),
    ]
    platform: StrictInt
    platform_key: StrictStr
    status: Any
    course_data: Any
    logs: StrictStr
    files: list[CourseCreationTaskFileRequest]
    date_created: AwareDatetime
    last_modified: AwareDatetime
    publish_course: StrictBool | MISSING = MISSING
    provider: Annotated[StrictStr | MISSING, Field(max_length=20)] = MISSING
    model: Annotated[StrictStr | MISSING, Field(max_length=150)] = MISSING
    desired_number_of_sections: StrictInt | MISSING = MISSING


class AiMentorOrgsUsersCourseCreationTasksCreateCourseOutlineCreate2Body(BaseModel):
    id: StrictInt
    user_id: StrictStr
    student: Annotated[StrictInt, Field(description="edX user ID")]
    name: Annotated[StrictStr, Field(max_length=200)]
    description: Annotated[
        StrictStr,
        Field(description="Description of the course to create and its requirements"),
    ]
    target_audience: Annotated[
        StrictStr,
        Field(
            description="The intended audience for the course. eg. Grade 11 students.",
            max_length=200,
        ),
    ]
    platform: StrictInt
    platform_key: StrictStr
    status: Any
    course_data: Any
    logs: StrictStr
    files: list[CourseCreationTaskFileRequest]
    date_created: AwareDatetime
    last_modified: AwareDatetime
    publish_course: StrictBool | MISSING = MISSING
    provider: Annotated[StrictStr | MISSING, Field(max_length=20)] = MISSING
    model: Annotated[StrictStr | MISSING, Field(max_length=150)] = MISSING
    desired_number_of_sections: StrictInt | MISSING = MISSING


class AiMentorOrgsUsersCourseCreationTasksCreateCourseOutlineCreate2Body2(BaseModel):
    id: StrictInt
    user_id: StrictStr
    student: Annotated[StrictInt, Field(description="edX user ID")]
    name: Annotated[StrictStr, Field(max_length=200)]
    description: Annotated[
        StrictStr,
        Field(description="Description of the course to create and its requirements"),
    ]
    target_audience: Annotated[
        StrictStr,
        Field(
            description="The intended audience for the course. eg. Grade 11 students.",
            max_length=200,
        ),
    ]
    platform: StrictInt
    platform_key: StrictStr
    status: Any
    course_data: Any
    logs: StrictStr
    files: list[CourseCreationTaskFileRequest]
    date_created: AwareDatetime
    last_modified: AwareDatetime
    publish_course: StrictBool | MISSING = MISSING
    provider: Annotated[StrictStr | MISSING, Field(max_length=20)] = MISSING
    model: Annotated[StrictStr | MISSING, Field(max_length=150)] = MISSING
    desired_number_of_sections: StrictInt | MISSING = MISSING


class AiMentorOrgsUsersCourseCreationTasksCreateCourseOutlineCreate2Body3(BaseModel):
    id: StrictInt
    user_id: StrictStr
    student: Annotated[StrictInt, Field(description="edX user ID")]
    name: Annotated[StrictStr, Field(max_length=200)]
    description: Annotated[
        StrictStr,
        Field(description="Description of the course to create and its requirements"),
    ]
    target_audience: Annotated[
        StrictStr,
        Field(
            description="The intended audience for the course. eg. Grade 11 students.",
            max_length=200,
        ),
    ]
    platform: StrictInt
    platform_key: StrictStr
    status: Any
    course_data: Any
    logs: StrictStr
    files: list[CourseCreationTaskFileRequest]
    date_created: AwareDatetime
    last_modified: AwareDatetime
    publish_course: StrictBool | MISSING = MISSING
    provider: Annotated[StrictStr | MISSING, Field(max_length=20)] = MISSING
    model: Annotated[StrictStr | MISSING, Field(max_length=150)] = MISSING
    desired_number_of_sections: StrictInt | MISSING = MISSING


class AiMentorOrgsUsersCourseCreationTasksCreateCourseCreate2Body(BaseModel):
    id: StrictInt
    user_id: StrictStr
    student: Annotated[StrictInt, Field(description="edX user ID")]
    name: Annotated[StrictStr, Field(max_length=200)]
    description: Annotated[
        StrictStr,
        Field(description="Description of the course to create and its requirements"),
    ]
    target_audience: Annotated[
        StrictStr,
        Field(
            description="The intended audience for the course. eg. Grade 11 students.",
            max_length=200,
        ),
    ]
    platform: StrictInt
    platform_key: StrictStr
    status: Any
    course_data: Any
    logs: StrictStr
    files: list[CourseCreationTaskFileRequest]
    date_created: AwareDatetime
    last_modified: AwareDatetime
    publish_course: StrictBool | MISSING = MISSING
    provider: Annotated[StrictStr | MISSING, Field(max_length=20)] = MISSING
    model: Annotated[StrictStr | MISSING, Field(max_length=150)] = MISSING
    desired_number_of_sections: StrictInt | MISSING = MISSING


class AiMentorOrgsUsersCourseCreationTasksCreateCourseCreate2Body2(BaseModel):
    id: StrictInt
    user_id: StrictStr
    student: Annotated[StrictInt, Field(description="edX user ID")]
    name: Annotated[StrictStr, Field(max_length=200)]
    description: Annotated[
        StrictStr,
        Field(description="Description of the course to create and its requirements"),
    ]
    target_audience: Annotated[
        StrictStr,
        Field(
            description="The intended audience for the course. eg. Grade 11 students.",
            max_length=200,
        ),
    ]
    platform: StrictInt
    platform_key: StrictStr
    status: Any
    course_data: Any
    logs: StrictStr
    files: list[CourseCreationTaskFileRequest]
    date_created: AwareDatetime
    last_modified: AwareDatetime
    publish_course: StrictBool | MISSING = MISSING
    provider: Annotated[StrictStr | MISSING, Field(max_length=20)] = MISSING
    model: Annotated[StrictStr | MISSING, Field(max_length=150)] = MISSING
    desired_number_of_sections: StrictInt | MISSING = MISSING


class AiMentorOrgsUsersCourseCreationTasksCreateCourseCreate2Body3(BaseModel):
    id: StrictInt
    user_id: StrictStr
    student: Annotated[StrictInt, Field(description="edX user ID")]
    name: Annotated[StrictStr, Field(max_length=200)]
    description: Annotated[
        StrictStr,
        Field(description="Description of the course to create and its requirements"),
    ]
    target_audience: Annotated[
        StrictStr,
        Field(
            description="The intended audience for the course. eg. Grade 11 students.",
            max_length=200,
        ),
    ]
    platform: StrictInt
    platform_key: StrictStr
    status: Any
    course_data: Any
    logs: StrictStr
    files: list[CourseCreationTaskFileRequest]
    date_created: AwareDatetime
    last_modified: AwareDatetime
    publish_course: StrictBool | MISSING = MISSING
    provider: Annotated[StrictStr | MISSING, Field(max_length=20)] = MISSING
    model: Annotated[StrictStr | MISSING, Field(max_length=150)] = MISSING
    desired_number_of_sections: StrictInt | MISSING = MISSING


class AiMentorOrgsUsersElevenlabsVoiceCreateBody(BaseModel):
    name: StrictStr
    files: list[StrictStr]


class AiMentorOrgsUsersElevenlabsVoiceCreateBody2(BaseModel):
    name: StrictStr
    files: list[StrictStr]


class AiMentorOrgsUsersElevenlabsVoiceCreateBody3(BaseModel):
    name: StrictStr
    files: list[StrictStr]


class AiMentorOrgsUsersMcpServersOauthFindCreateBody(BaseModel):
    url: StrictStr
    callback_url: StrictStr | MISSING = MISSING
    name: StrictStr | MISSING = MISSING


class AiMentorOrgsUsersMcpServersOauthFindCreateBody2(BaseModel):
    url: StrictStr
    callback_url: StrictStr | MISSING = MISSING
    name: StrictStr | MISSING = MISSING


class AiMentorOrgsUsersMcpServersOauthFindCreateBody3(BaseModel):
    url: StrictStr
    callback_url: StrictStr | MISSING = MISSING
    name: StrictStr | MISSING = MISSING


class AiMentorOrgsUsersMemsearchConfigCreateBody(BaseModel):
    enable_memsearch: StrictBool


class AiMentorOrgsUsersMentorWithSettingsCreateBody(BaseModel):
    template_name: StrictStr
    new_mentor_name: StrictStr
    display_name: StrictStr | MISSING = MISSING
    description: StrictStr | MISSING = MISSING
    profile_image: StrictStr | MISSING = MISSING
    initial_message: StrictStr | MISSING = MISSING
    suggested_message: StrictStr | MISSING = MISSING
    theme: StrictStr | MISSING = MISSING
    user_message_color: StrictStr | MISSING = MISSING
    mentor_bubble_color: StrictStr | MISSING = MISSING
    align_mentor_bubble: StrictStr | MISSING = MISSING
    system_prompt: StrictStr | MISSING = MISSING
    llm_provider: StrictStr | MISSING = MISSING
    llm_name: StrictStr | MISSING = MISSING
    mentor_visibility: StrictStr | MISSING = MISSING
    enable_image_generation: StrictBool | MISSING = MISSING
    enable_web_browsing: StrictBool | MISSING = MISSING
    enable_code_interpreter: StrictBool | MISSING = MISSING
    metadata: Any | MISSING = MISSING
    custom_css: StrictStr | MISSING = MISSING
    custom_javascript: StrictStr | MISSING = MISSING
    uploaded_profile_image: StrictStr | MISSING = MISSING
    embed_custom_image: StrictStr | MISSING = MISSING
    proactive_response: StrictStr | MISSING = MISSING
    greeting_method: GreetingMethodEnum | MISSING = MISSING
    forkable: StrictBool | MISSING = MISSING
    forkable_with_training_data: StrictBool | MISSING = MISSING
    categories: list[StrictInt] | MISSING = MISSING
    types: list[StrictInt] | MISSING = MISSING
    subjects: list[StrictInt] | MISSING = MISSING
    tool_slugs: list[StrictStr] | MISSING = MISSING
    llm_temperature: Annotated[StrictFloat | MISSING, Field(ge=0.0, le=1.0)] = MISSING
    seo_tags: Any | MISSING = MISSING
    marketing_conversations: Any | MISSING = MISSING
    proactive_prompt: StrictStr | MISSING = MISSING
    study_mode_prompt: StrictStr | MISSING = MISSING
    disclaimer: StrictStr | MISSING = MISSING
    enable_disclaimer: StrictBool | MISSING = MISSING
    show_attachment: StrictBool | MISSING = MISSING
    show_voice_call: StrictBool | MISSING = MISSING
    show_voice_record: StrictBool | MISSING = MISSING
    show_rag_images: StrictBool | MISSING = MISSING
    starter_prompts: Any | MISSING = MISSING
    embed_is_context_aware: StrictBool | MISSING = MISSING
    embed_open_by_default: StrictBool | MISSING = MISSING
    embed_show_attachment: StrictBool | MISSING = MISSING
    embed_show_voice_call: StrictBool | MISSING = MISSING
    embed_show_voice_record: StrictBool | MISSING = MISSING
    show_explore_mentors: StrictBool | MISSING = MISSING
    embed_icon_selection_data: Any | MISSING = MISSING
    placeholder_prompt: StrictStr | MISSING = MISSING
    moderation_system_prompt: StrictStr | MISSING = MISSING
    post_processing_prompt: StrictStr | MISSING = MISSING
    moderation_response: StrictStr | MISSING = MISSING
    enable_moderation: StrictBool | MISSING = MISSING
    enable_multi_query_rag: StrictBool | MISSING = MISSING
    enable_prompt_caching: StrictBool | MISSING = MISSING
    enable_post_processing_system: StrictBool | MISSING = MISSING
    enable_openai_assistant: StrictBool | MISSING = MISSING
    enable_total_grounding: StrictBool | MISSING = MISSING
    google_voice: StrictInt | MISSING = MISSING
    openai_voice: StrictInt | MISSING = MISSING
    enable_suggested_prompts: StrictBool | MISSING = MISSING
    enable_guided_prompts: StrictBool | MISSING = MISSING
    save_flagged_prompts: StrictBool | MISSING = MISSING
    mcp_servers: list[StrictInt] | MISSING = MISSING
    guided_prompt_instructions: StrictStr | MISSING = MISSING
    is_featured: StrictBool | MISSING = MISSING


class AiMentorOrgsUsersMentorWithSettingsCreateBody2(BaseModel):
    template_name: StrictStr
    new_mentor_name: StrictStr
    display_name: StrictStr | MISSING = MISSING
    description: StrictStr | MISSING = MISSING
    profile_image: StrictStr | MISSING = MISSING
    initial_message: StrictStr | MISSING = MISSING
    suggested_message: StrictStr | MISSING = MISSING
    theme: StrictStr | MISSING = MISSING
    user_message_color: StrictStr | MISSING = MISSING
    mentor_bubble_color: StrictStr | MISSING = MISSING
    align_mentor_bubble: StrictStr | MISSING = MISSING
    system_prompt: StrictStr | MISSING = MISSING
    llm_provider: StrictStr | MISSING = MISSING
    llm_name: StrictStr | MISSING = MISSING
    mentor_visibility: StrictStr | MISSING = MISSING
    enable_image_generation: StrictBool | MISSING = MISSING
    enable_web_browsing: StrictBool | MISSING = MISSING
    enable_code_interpreter: StrictBool | MISSING = MISSING
    metadata: Any | MISSING = MISSING
    custom_css: StrictStr | MISSING = MISSING
    custom_javascript: StrictStr | MISSING = MISSING
    uploaded_profile_image: StrictStr | MISSING = MISSING
    embed_custom_image: StrictStr | MISSING = MISSING
    proactive_response: StrictStr | MISSING = MISSING
    greeting_method: GreetingMethodEnum | MISSING = MISSING
    forkable: StrictBool | MISSING = MISSING
    forkable_with_training_data: StrictBool | MISSING = MISSING
    categories: list[StrictInt] | MISSING = MISSING
    types: list[StrictInt] | MISSING = MISSING
    subjects: list[StrictInt] | MISSING = MISSING
    tool_slugs: list[StrictStr] | MISSING = MISSING
    llm_temperature: Annotated[StrictFloat | MISSING, Field(ge=0.0, le=1.0)] = MISSING
    seo_tags: Any | MISSING = MISSING
    marketing_conversations: Any | MISSING = MISSING
    proactive_prompt: StrictStr | MISSING = MISSING
    study_mode_prompt: StrictStr | MISSING = MISSING
    disclaimer: StrictStr | MISSING = MISSING
    enable_disclaimer: StrictBool | MISSING = MISSING
    show_attachment: StrictBool | MISSING = MISSING
    show_voice_call: StrictBool | MISSING = MISSING
    show_voice_record: StrictBool | MISSING = MISSING
    show_rag_images: StrictBool | MISSING = MISSING
    starter_prompts: Any | MISSING = MISSING
    embed_is_context_aware: StrictBool | MISSING = MISSING
    embed_open_by_default: StrictBool | MISSING = MISSING
    embed_show_attachment: StrictBool | MISSING = MISSING
    embed_show_voice_call: StrictBool | MISSING = MISSING
    embed_show_voice_record: StrictBool | MISSING = MISSING
    show_explore_mentors: StrictBool | MISSING = MISSING
    embed_icon_selection_data: Any | MISSING = MISSING
    placeholder_prompt: StrictStr | MISSING = MISSING
    moderation_system_prompt: StrictStr | MISSING = MISSING
    post_processing_prompt: StrictStr | MISSING = MISSING
    moderation_response: StrictStr | MISSING = MISSING
    enable_moderation: StrictBool | MISSING = MISSING
    enable_multi_query_rag: StrictBool | MISSING = MISSING
    enable_prompt_caching: StrictBool | MISSING = MISSING
    enable_post_processing_system: StrictBool | MISSING = MISSING
    enable_openai_assistant: StrictBool | MISSING = MISSING
    enable_total_grounding: StrictBool | MISSING = MISSING
    google_voice: StrictInt | MISSING = MISSING
    openai_voice: StrictInt | MISSING = MISSING
    enable_suggested_prompts: StrictBool | MISSING = MISSING
    enable_guided_prompts: StrictBool | MISSING = MISSING
    save_flagged_prompts: StrictBool | MISSING = MISSING
    mcp_servers: list[StrictInt] | MISSING = MISSING
    guided_prompt_instructions: StrictStr | MISSING = MISSING
    is_featured: StrictBool | MISSING = MISSING


class AiMentorOrgsUsersMentorWithSettingsCreateBody3(BaseModel):
    template_name: StrictStr
    new_mentor_name: StrictStr
    display_name: StrictStr | MISSING = MISSING
    description: StrictStr | MISSING = MISSING
    profile_image: StrictStr | MISSING = MISSING
    initial_message: StrictStr | MISSING = MISSING
    suggested_message: StrictStr | MISSING = MISSING
    theme: StrictStr | MISSING = MISSING
    user_message_color: StrictStr | MISSING = MISSING
    mentor_bubble_color: StrictStr | MISSING = MISSING
    align_mentor_bubble: StrictStr | MISSING = MISSING
    system_prompt: StrictStr | MISSING = MISSING
    llm_provider: StrictStr | MISSING = MISSING
    llm_name: StrictStr | MISSING = MISSING
    mentor_visibility: StrictStr | MISSING = MISSING
    enable_image_generation: StrictBool | MISSING = MISSING
    enable_web_browsing: StrictBool | MISSING = MISSING
    enable_code_interpreter: StrictBool | MISSING = MISSING
    metadata: Any | MISSING = MISSING
    custom_css: StrictStr | MISSING = MISSING
    custom_javascript: StrictStr | MISSING = MISSING
    uploaded_profile_image: StrictStr | MISSING = MISSING
    embed_custom_image: StrictStr | MISSING = MISSING
    proactive_response: StrictStr | MISSING = MISSING
    greeting_method: GreetingMethodEnum | MISSING = MISSING
    forkable: StrictBool | MISSING = MISSING
    forkable_with_training_data: StrictBool | MISSING = MISSING
    categories: list[StrictInt] | MISSING = MISSING
    types: list[StrictInt] | MISSING = MISSING
    subjects: list[StrictInt] | MISSING = MISSING
    tool_slugs: list[StrictStr] | MISSING = MISSING
    llm_temperature: Annotated[StrictFloat | MISSING, Field(ge=0.0, le=1.0)] = MISSING
    seo_tags: Any | MISSING = MISSING
    marketing_conversations: Any | MISSING = MISSING
    proactive_prompt: StrictStr | MISSING = MISSING
    study_mode_prompt: StrictStr | MISSING = MISSING
    disclaimer: StrictStr | MISSING = MISSING
    enable_disclaimer: StrictBool | MISSING = MISSING
    show_attachment: StrictBool | MISSING = MISSING
    show_voice_call: StrictBool | MISSING = MISSING
    show_voice_record: StrictBool | MISSING = MISSING
    show_rag_images: StrictBool | MISSING = MISSING
    starter_prompts: Any | MISSING = MISSING
    embed_is_context_aware: StrictBool | MISSING = MISSING
    embed_open_by_default: StrictBool | MISSING = MISSING
    embed_show_attachment: StrictBool | MISSING = MISSING
    embed_show_voice_call: StrictBool | MISSING = MISSING
    embed_show_voice_record: StrictBool | MISSING = MISSING
    show_explore_mentors: StrictBool | MISSING = MISSING
    embed_icon_selection_data: Any | MISSING = MISSING
    placeholder_prompt: StrictStr | MISSING = MISSING
    moderation_system_prompt: StrictStr | MISSING = MISSING
    post_processing_prompt: StrictStr | MISSING = MISSING
    moderation_response: StrictStr | MISSING = MISSING
    enable_moderation: StrictBool | MISSING = MISSING
    enable_multi_query_rag: StrictBool | MISSING = MISSING
    enable_prompt_caching: StrictBool | MISSING = MISSING
    enable_post_processing_system: StrictBool | MISSING = MISSING
    enable_openai_assistant: StrictBool | MISSING = MISSING
    enable_total_grounding: StrictBool | MISSING = MISSING
    google_voice: StrictInt | MISSING = MISSING
    openai_voice: StrictInt | MISSING = MISSING
    enable_suggested_prompts: StrictBool | MISSING = MISSING
    enable_guided_prompts: StrictBool | MISSING = MISSING
    save_flagged_prompts: StrictBool | MISSING = MISSING
    mcp_servers: list[StrictInt] | MISSING = MISSING
    guided_prompt_instructions: StrictStr | MISSING = MISSING
    is_featured: StrictBool | MISSING = MISSING


class AiMentorOrgsUsersMentorsSettingsUpdateBody(BaseModel):
    mentor_name: StrictStr | MISSING = MISSING
    template_name: StrictStr | MISSING = MISSING
    display_name: StrictStr | MISSING = MISSING
    profile_image: StrictStr | MISSING = MISSING
    initial_message: StrictStr | MISSING = MISSING
    suggested_message: StrictStr | MISSING = MISSING
    theme: StrictStr | MISSING = MISSING
    user_message_color: StrictStr | MISSING = MISSING
    mentor_bubble_color: StrictStr | MISSING = MISSING
    align_mentor_bubble: StrictStr | MISSING = MISSING
    system_prompt: StrictStr | MISSING = MISSING
    llm_provider: StrictStr | MISSING = MISSING
    llm_name: StrictStr | MISSING = MISSING
    featured: StrictBool | MISSING = MISSING
    disable_chathistory: StrictBool | MISSING = MISSING
    metadata: Any | MISSING = MISSING
    custom_css: StrictStr | MISSING = MISSING
    custom_javascript: StrictStr | MISSING = MISSING
    department_id: Annotated[
        StrictInt | MISSING, Field(description="Department to authorize users by")
    ] = MISSING
    mentor_visibility: StrictStr | MISSING = MISSING
    enable_image_generation: StrictBool | MISSING = MISSING
    enable_web_browsing: StrictBool | MISSING = MISSING
    enable_code_interpreter: StrictBool | MISSING = MISSING
    is_lti_accessible: StrictBool | MISSING = MISSING
    allow_anonymous: StrictBool | MISSING = MISSING
    enable_offline_mode: StrictBool | MISSING = MISSING
    forkable: StrictBool | MISSING = MISSING
    forkable_with_training_data: StrictBool | MISSING = MISSING
    mentor_description: StrictStr | MISSING = MISSING
    uploaded_profile_image: StrictStr | MISSING = MISSING
    embed_custom_image: StrictStr | MISSING = MISSING
    proactive_response: StrictStr | MISSING = MISSING
    greeting_method: GreetingMethodEnum | MISSING = MISSING
    can_use_tools: StrictBool | MISSING = MISSING
    tool_slugs: list[StrictStr] | MISSING = MISSING
    llm_temperature: Annotated[StrictFloat | MISSING, Field(ge=0.0, le=1.0)] = MISSING
    proactive_prompt: StrictStr | MISSING = MISSING
    study_mode_prompt: StrictStr | MISSING = MISSING
    disclaimer: StrictStr | MISSING = MISSING
    placeholder_prompt: StrictStr | MISSING = MISSING
    moderation_system_prompt: StrictStr | MISSING = MISSING
    post_processing_prompt: StrictStr | MISSING = MISSING
    moderation_response: StrictStr | MISSING = MISSING
    enable_moderation: StrictBool | MISSING = MISSING
    enable_multi_query_rag: StrictBool | MISSING = MISSING
    enable_prompt_caching: StrictBool | MISSING = MISSING
    enable_post_processing_system: StrictBool | MISSING = MISSING
    enable_openai_assistant: StrictBool | MISSING = MISSING
    enable_total_grounding: StrictBool | MISSING = MISSING
    enable_suggested_prompts: StrictBool | MISSING = MISSING
    enable_guided_prompts: StrictBool | MISSING = MISSING
    save_flagged_prompts: StrictBool | MISSING = MISSING
    mcp_servers: list[StrictInt] | MISSING = MISSING
    show_attachment: StrictBool | MISSING = MISSING
    show_voice_call: StrictBool | MISSING = MISSING
    show_voice_record: StrictBool | MISSING = MISSING
    show_rag_images: StrictBool | MISSING = MISSING
    starter_prompts: StarterPrompts8c6Enum | MISSING = MISSING
    embed_is_context_aware: StrictBool | MISSING = MISSING
    embed_open_by_default: StrictBool | MISSING = MISSING
    embed_show_attachment: StrictBool | MISSING = MISSING
    embed_show_voice_call: StrictBool | MISSING = MISSING
    embed_show_voice_record: StrictBool | MISSING = MISSING
    show_explore_mentors: StrictBool | MISSING = MISSING
    embed_icon_selection_data: Any | MISSING = MISSING
    google_voice: StrictInt | MISSING = MISSING
    openai_voice: StrictInt | MISSING = MISSING
    guided_prompt_instructions: StrictStr | MISSING = MISSING
    safety_system_prompt: StrictStr | MISSING = MISSING
    safety_response: StrictStr | MISSING = MISSING
    enable_safety_system: StrictBool | MISSING = MISSING
    enable_memory_component: StrictBool | MISSING = MISSING
    enable_spaced_repetition: StrictBool | MISSING = MISSING
    enable_instruction_mode: StrictBool | MISSING = MISSING
    enable_socratic_mode: StrictBool | MISSING = MISSING
    is_guided_mentor: StrictBool | MISSING = MISSING
    is_featured: StrictBool | MISSING = MISSING
    enable_email_chat: StrictBool | MISSING = MISSING
    categories: list[StrictInt] | MISSING = MISSING
    types: list[StrictInt] | MISSING = MISSING
    subjects: list[StrictInt] | MISSING = MISSING


class AiMentorOrgsUsersMentorsSettingsUpdateBody2(BaseModel):
    mentor_name: StrictStr | MISSING = MISSING
    template_name: StrictStr | MISSING = MISSING
    display_name: StrictStr | MISSING = MISSING
    profile_image: StrictStr | MISSING = MISSING
    initial_message: StrictStr | MISSING = MISSING
    suggested_message: StrictStr | MISSING = MISSING
    theme: StrictStr | MISSING = MISSING
    user_message_color: StrictStr | MISSING = MISSING
    mentor_bubble_color: StrictStr | MISSING = MISSING
    align_mentor_bubble: StrictStr | MISSING = MISSING
    system_prompt: StrictStr | MISSING = MISSING
    llm_provider: StrictStr | MISSING = MISSING
    llm_name: StrictStr | MISSING = MISSING
    featured: StrictBool | MISSING = MISSING
    disable_chathistory: StrictBool | MISSING = MISSING
    metadata: Any | MISSING = MISSING
    custom_css: StrictStr | MISSING = MISSING
    custom_javascript: StrictStr | MISSING = MISSING
    department_id: Annotated[
        StrictInt | MISSING, Field(description="Department to authorize users by")
    ] = MISSING
    mentor_visibility: StrictStr | MISSING = MISSING
    enable_image_generation: StrictBool | MISSING = MISSING
    enable_web_browsing: StrictBool | MISSING = MISSING
    enable_code_interpreter: StrictBool | MISSING = MISSING
    is_lti_accessible: StrictBool | MISSING = MISSING
    allow_anonymous: StrictBool | MISSING = MISSING
    enable_offline_mode: StrictBool | MISSING = MISSING
    forkable: StrictBool | MISSING = MISSING
    forkable_with_training_data: StrictBool | MISSING = MISSING
    mentor_description: StrictStr | MISSING = MISSING
    uploaded_profile_image: StrictStr | MISSING = MISSING
    embed_custom_image: StrictStr | MISSING = MISSING
    proactive_response: StrictStr | MISSING = MISSING
    greeting_method: GreetingMethodEnum | MISSING = MISSING
    can_use_tools: StrictBool | MISSING = MISSING
    tool_slugs: list[StrictStr] | MISSING = MISSING
    llm_temperature: Annotated[StrictFloat | MISSING, Field(ge=0.0, le=1.0)] = MISSING
    proactive_prompt: StrictStr | MISSING = MISSING
    study_mode_prompt: StrictStr | MISSING = MISSING
    disclaimer: StrictStr | MISSING = MISSING
    placeholder_prompt: StrictStr | MISSING = MISSING
    moderation_system_prompt: StrictStr | MISSING = MISSING
    post_processing_prompt: StrictStr | MISSING = MISSING
    moderation_response: StrictStr | MISSING = MISSING
    enable_moderation: StrictBool | MISSING = MISSING
    enable_multi_query_rag: StrictBool | MISSING = MISSING
    enable_prompt_caching: StrictBool | MISSING = MISSING
    enable_post_processing_system: StrictBool | MISSING = MISSING
    enable_openai_assistant: StrictBool | MISSING = MISSING
    enable_total_grounding: StrictBool | MISSING = MISSING
    enable_suggested_prompts: StrictBool | MISSING = MISSING
    enable_guided_prompts: StrictBool | MISSING = MISSING
    save_flagged_prompts: StrictBool | MISSING = MISSING
    mcp_servers: list[StrictInt] | MISSING = MISSING
    show_attachment: StrictBool | MISSING = MISSING
    show_voice_call: StrictBool | MISSING = MISSING
    show_voice_record: StrictBool | MISSING = MISSING
    show_rag_images: StrictBool | MISSING = MISSING
    starter_prompts: StarterPrompts8c6Enum | MISSING = MISSING
    embed_is_context_aware: StrictBool | MISSING = MISSING
    embed_open_by_default: StrictBool | MISSING = MISSING
    embed_show_attachment: StrictBool | MISSING = MISSING
    embed_show_voice_call: StrictBool | MISSING = MISSING
    embed_show_voice_record: StrictBool | MISSING = MISSING
    show_explore_mentors: StrictBool | MISSING = MISSING
    embed_icon_selection_data: Any | MISSING = MISSING
    google_voice: StrictInt | MISSING = MISSING
    openai_voice: StrictInt | MISSING = MISSING
    guided_prompt_instructions: StrictStr | MISSING = MISSING
    safety_system_prompt: StrictStr | MISSING = MISSING
    safety_response: StrictStr | MISSING = MISSING
    enable_safety_system: StrictBool | MISSING = MISSING
    enable_memory_component: StrictBool | MISSING = MISSING
    enable_spaced_repetition: StrictBool | MISSING = MISSING
    enable_instruction_mode: StrictBool | MISSING = MISSING
    enable_socratic_mode: StrictBool | MISSING = MISSING
    is_guided_mentor: StrictBool | MISSING = MISSING
    is_featured: StrictBool | MISSING = MISSING
    enable_email_chat: StrictBool | MISSING = MISSING
    categories: list[StrictInt] | MISSING = MISSING
    types: list[StrictInt] | MISSING = MISSING
    subjects: list[StrictInt] | MISSING = MISSING


class AiMentorOrgsUsersMentorsSettingsUpdateBody3(BaseModel):
    mentor_name: StrictStr | MISSING = MISSING
    template_name: StrictStr | MISSING = MISSING
    display_name: StrictStr | MISSING = MISSING
    profile_image: StrictStr | MISSING = MISSING
    initial_message: StrictStr | MISSING = MISSING
    suggested_message: StrictStr | MISSING = MISSING
    theme: StrictStr | MISSING = MISSING
    user_message_color: StrictStr | MISSING = MISSING
    mentor_bubble_color: StrictStr | MISSING = MISSING
    align_mentor_bubble: StrictStr | MISSING = MISSING
    system_prompt: StrictStr | MISSING = MISSING
    llm_provider: StrictStr | MISSING = MISSING
    llm_name: StrictStr | MISSING = MISSING
    featured: StrictBool | MISSING = MISSING
    disable_chathistory: StrictBool | MISSING = MISSING
    metadata: Any | MISSING = MISSING
    custom_css: StrictStr | MISSING = MISSING
    custom_javascript: StrictStr | MISSING = MISSING
    department_id: Annotated[
        StrictInt | MISSING, Field(description="Department to authorize users by")
    ] = MISSING
    mentor_visibility: StrictStr | MISSING = MISSING
    enable_image_generation: StrictBool | MISSING = MISSING
    enable_web_browsing: StrictBool | MISSING = MISSING
    enable_code_interpreter: StrictBool | MISSING = MISSING
    is_lti_accessible: StrictBool | MISSING = MISSING
    allow_anonymous: StrictBool | MISSING = MISSING
    enable_offline_mode: StrictBool | MISSING = MISSING
    forkable: StrictBool | MISSING = MISSING
    forkable_with_training_data: StrictBool | MISSING = MISSING
    mentor_description: StrictStr | MISSING = MISSING
    uploaded_profile_image: StrictStr | MISSING = MISSING
    embed_custom_image: StrictStr | MISSING = MISSING
    proactive_response: StrictStr | MISSING = MISSING
    greeting_method: GreetingMethodEnum | MISSING = MISSING
    can_use_tools: StrictBool | MISSING = MISSING
    tool_slugs: list[StrictStr] | MISSING = MISSING
    llm_temperature: Annotated[StrictFloat | MISSING, Field(ge=0.0, le=1.0)] = MISSING
    proactive_prompt: StrictStr | MISSING = MISSING
    study_mode_prompt: StrictStr | MISSING = MISSING
    disclaimer: StrictStr | MISSING = MISSING
    placeholder_prompt: StrictStr | MISSING = MISSING
    moderation_system_prompt: StrictStr | MISSING = MISSING
    post_processing_prompt: StrictStr | MISSING = MISSING
    moderation_response: StrictStr | MISSING = MISSING
    enable_moderation: StrictBool | MISSING = MISSING
    enable_multi_query_rag: StrictBool | MISSING = MISSING
    enable_prompt_caching: StrictBool | MISSING = MISSING
    enable_post_processing_system: StrictBool | MISSING = MISSING
    enable_openai_assistant: StrictBool | MISSING = MISSING
    enable_total_grounding: StrictBool | MISSING = MISSING
    enable_suggested_prompts: StrictBool | MISSING = MISSING
    enable_guided_prompts: StrictBool | MISSING = MISSING
    save_flagged_prompts: StrictBool | MISSING = MISSING
    mcp_servers: list[StrictInt] | MISSING = MISSING
    show_attachment: StrictBool | MISSING = MISSING
    show_voice_call: StrictBool | MISSING = MISSING
    show_voice_record: StrictBool | MISSING = MISSING
    show_rag_images: StrictBool | MISSING = MISSING
    starter_prompts: StarterPrompts8c6Enum | MISSING = MISSING
    embed_is_context_aware: StrictBool | MISSING = MISSING
    embed_open_by_default: StrictBool | MISSING = MISSING
    embed_show_attachment: StrictBool | MISSING = MISSING
    embed_show_voice_call: StrictBool | MISSING = MISSING
    embed_show_voice_record: StrictBool | MISSING = MISSING
    show_explore_mentors: StrictBool | MISSING = MISSING
    embed_icon_selection_data: Any | MISSING = MISSING
    google_voice: StrictInt | MISSING = MISSING
    openai_voice: StrictInt | MISSING = MISSING
    guided_prompt_instructions: StrictStr | MISSING = MISSING
    safety_system_prompt: StrictStr | MISSING = MISSING
    safety_response: StrictStr | MISSING = MISSING
    enable_safety_system: StrictBool | MISSING = MISSING
    enable_memory_component: StrictBool | MISSING = MISSING
    enable_spaced_repetition: StrictBool | MISSING = MISSING
    enable_instruction_mode: StrictBool | MISSING = MISSING
    enable_socratic_mode: StrictBool | MISSING = MISSING
    is_guided_mentor: StrictBool | MISSING = MISSING
    is_featured: StrictBool | MISSING = MISSING
    enable_email_chat: StrictBool | MISSING = MISSING
    categories: list[StrictInt] | MISSING = MISSING
    types: list[StrictInt] | MISSING = MISSING
    subjects: list[StrictInt] | MISSING = MISSING


class AiMentorOrgsWorkflowsChatCreateBody(BaseModel):
    message: Annotated[StrictStr, Field(description="The message to send")]


class CatalogResourcesCreateBody(BaseModel):
    resource_type: Annotated[
        StrictStr, Field(description="Type of resource (e.g., video, document)")
    ]
    url: Annotated[StrictStr, Field(description="URL of the resource")]
    name: Annotated[StrictStr, Field(description="Name of the resource")]
    id: Annotated[StrictInt | MISSING, Field(description="Resource ID for updates")] = MISSING
    user_id: Annotated[StrictInt | MISSING, Field(description="User ID of the resource owner")] = (
        MISSING
    )
    username: Annotated[
        StrictStr | MISSING, Field(description="Username of the resource owner")
    ] = MISSING
    description: Annotated[
        StrictStr | MISSING, Field(description="Description of the resource")
    ] = MISSING
    skills: Annotated[
        list[StrictStr] | MISSING,
        Field(description="List of skill names associated with the resource"),
    ] = MISSING
    image: Annotated[StrictStr | MISSING, Field(description="Image file")] = MISSING
    data: Annotated[Any | MISSING, Field(description="Additional metadata for the resource")] = (
        MISSING
    )


class CatalogResourcesCreateBody2(BaseModel):
    resource_type: Annotated[
        StrictStr, Field(description="Type of resource (e.g., video, document)")
    ]
    url: Annotated[StrictStr, Field(description="URL of the resource")]
    name: Annotated[StrictStr, Field(description="Name of the resource")]
    id: Annotated[StrictInt | MISSING, Field(description="Resource ID for updates")] = MISSING
    user_id: Annotated[StrictInt | MISSING, Field(description="User ID of the resource owner")] = (
        MISSING
    )
    username: Annotated[
        StrictStr | MISSING, Field(description="Username of the resource owner")
    ] = MISSING
    description: Annotated[
        StrictStr | MISSING, Field(description="Description of the resource")
    ] = MISSING
    skills: Annotated[
        list[StrictStr] | MISSING,
        Field(description="List of skill names associated with the resource"),
    ] = MISSING
    image: Annotated[StrictStr | MISSING, Field(description="Image file")] = MISSING
    data: Annotated[Any | MISSING, Field(description="Additional metadata for the resource")] = (
        MISSING
    )


class CatalogResourcesCreateBody3(BaseModel):
    resource_type: Annotated[
        StrictStr, Field(description="Type of resource (e.g., video, document)")
    ]
    url: Annotated[StrictStr, Field(description="URL of the resource")]
    name: Annotated[StrictStr, Field(description="Name of the resource")]
    id: Annotated[StrictInt | MISSING, Field(description="Resource ID for updates")] = MISSING
    user_id: Annotated[StrictInt | MISSING, Field(description="User ID of the resource owner")] = (
        MISSING
    )
    username: Annotated[
        StrictStr | MISSING, Field(description="Username of the resource owner")
    ] = MISSING
    description: Annotated[
        StrictStr | MISSING, Field(description="Description of the resource")
    ] = MISSING
    skills: Annotated[
        list[StrictStr] | MISSING,
        Field(description="List of skill names associated with the resource"),
    ] = MISSING
    image: Annotated[StrictStr | MISSING, Field(description="Image file")] = MISSING
    data: Annotated[Any | MISSING, Field(description="Additional metadata for the resource")] = (
        MISSING
    )


class NotificationV1CampaignsUnsubscribeRetrieveResponse(BaseModel):
    success: StrictBool | MISSING = MISSING
    message: StrictStr | MISSING = MISSING


class NotificationV1OrgsCampaignsEnableCreateResponse(BaseModel):
    success: StrictBool | MISSING = MISSING
    message: StrictStr | MISSING = MISSING


class NotificationV1OrgsCampaignsExcludeCreateResponse(BaseModel):
    success: StrictBool | MISSING = MISSING
    message: StrictStr | MISSING = MISSING


class NotificationV1PlatformsTemplatesResetCreateResponse(BaseModel):
    message: StrictStr | MISSING = MISSING
    deleted: StrictBool | MISSING = MISSING


class ProviderAssociationStripeCallbackRetrieveResponse(BaseModel):
    message: StrictStr | MISSING = MISSING


class ProviderAssociationStripeCallbackRetrieveResponseModel404(BaseModel):
    error: StrictStr | MISSING = MISSING


class ArtifactVersionInterface(StrEnum):
    """
    How this version was created  * `chat` - Chat * `api` - Api
    """

    chat = "chat"
    api = "api"


class AssertionCredentialDetails(RootModel[dict[str, StrictStr]]):
    root: dict[str, StrictStr]


class AssertionRecipient(RootModel[dict[str, StrictStr]]):
    root: dict[str, StrictStr]


class AssertionCourse(RootModel[dict[str, StrictStr]]):
    root: dict[str, StrictStr]


class AssertionProgram(RootModel[dict[str, StrictStr]]):
    root: dict[str, StrictStr]


class AutoRechargeTriggerResponseStatus(StrEnum):
    """
    'triggered' if a charge was attempted, 'skipped' otherwise.  * `triggered` - triggered * `skipped` - skipped
    """

    triggered = "triggered"
    skipped = "skipped"


class AverageOvertimeData(RootModel[dict[str, Any]]):
    """
    Dates are keys and values are the value for the date in the key. e,g `{"2020-01-01": 30. ...}`
    """

    root: dict[str, Any]


class AvgCourseGradeWithCutoffDataGradeCutoffs(RootModel[dict[str, Any]]):
    """
    Dictionary showing grade cutoffs
    """

    root: dict[str, Any]


class BlankCourseInvitationCreateMetadata(RootModel[dict[str, Any]]):
    """
    Additional metadata for the invitations
    """

    root: dict[str, Any]


class BlankPlatformInvitationCreateMetadata(RootModel[dict[str, Any]]):
    """
    Additional metadata for the invitations
    """

    root: dict[str, Any]


class BlankProgramInvitationCreateMetadata(RootModel[dict[str, Any]]):
    """
    Additional metadata for the invitations
    """

    root: dict[str, Any]


BlockSkillPointInfoRequestPointDataAdditionalProperty = TypeAliasType(
    "BlockSkillPointInfoRequestPointDataAdditionalProperty",
    Annotated[StrictInt, Field(ge=0)],
)


class BlockSkillPointInfoRequestPointData(
    RootModel[dict[str, BlockSkillPointInfoRequestPointDataAdditionalProperty]]
):
    """
    Dictionary mapping skill names to point values. Example: {'skill_name': 5}
    """

    root: dict[str, BlockSkillPointInfoRequestPointDataAdditionalProperty]


class ClawInstanceProvisionMode(StrEnum):
    """
    Managed = provisioned by us. Self-hosted = tenant provides the server.  * `managed` - Managed * `self_hosted` - Self-hosted
    """

    managed = "managed"
    self_hosted = "self_hosted"


class ClawInstanceStatus(StrEnum):
    """
    * `active` - Active * `inactive` - Inactive * `error` - Error
    """

    active = "active"
    inactive = "inactive"
    error = "error"


class ClawInstanceDeployState(StrEnum):
    """
    * `pending` - Pending * `deploying` - Deploying * `ready` - Ready * `teardown` - Teardown * `failed` - Failed
    """

    pending = "pending"
    deploying = "deploying"
    ready = "ready"
    teardown = "teardown"
    failed = "failed"


class ContentDetailsContentInfoMetadata(RootModel[dict[str, Any]]):
    """
    Metadata associated with the content item
    """

    root: dict[str, Any]


class ContentDetailsLearnerDetails(RootModel[dict[str, Any]]):
    """
    Additional learner-specific metadata
    """

    root: dict[str, Any]


class ContentDetailsSummaryTotals(RootModel[dict[str, StrictFloat]]):
    """
    Total counts related to the content item
    """

    root: dict[str, StrictFloat]


class ContentDetailsSummaryAverages(RootModel[dict[str, StrictFloat]]):
    """
    Average values related to the content item
    """

    root: dict[str, StrictFloat]


class ContextResponseData(RootModel[dict[str, Any]]):
    root: dict[str, Any]


class ConversationDetailResponseSummary(RootModel[dict[str, Any]]):
    root: dict[str, Any]


class ConversationDetailResponseMessagesItem(RootModel[dict[str, Any]]):
    root: dict[str, Any]


class ConversationListResponseSummary(RootModel[dict[str, Any]]):
    root: dict[str, Any]


class ConversationListResponsePagination(RootModel[dict[str, Any]]):
    root: dict[str, Any]


class CourseAccessRequestDetailMetadata(RootModel[dict[str, Any]]):
    """
    Additional metadata for the request
    """

    root: dict[str, Any]


class CourseCompletionSummaryDataOvertimeOvertime(RootModel[dict[str, Any]]):
    """
    Dates are keys and values are the value for the date in the key. e,g `{"2020-01-01": 30. ...}`
    """

    root: dict[str, Any]


class CourseCreationTaskStatus(StrEnum):
    """
    * `Pending` - Pending * `Scheduled` - Scheduled * `Success` - Success * `Failed` - Failed * `Cancelled` - Cancelled * `In Progress` - In Progress
    """

    Pending = "Pending"
    Scheduled = "Scheduled"
    Success = "Success"
    Failed = "Failed"
    Cancelled = "Cancelled"
    In_Progress = "In Progress"


class CourseDeleteResponseType(RootModel[dict[str, Any]]):
    """
    Types of objects deleted
    """

    root: dict[str, Any]


class CourseDetailCompletion(CourseCompletion):
    pass


class CourseGroupSuggestionCreateMetadata(RootModel[dict[str, Any]]):
    """
    Additional suggestion metadata
    """

    root: dict[str, Any]


class CourseGroupSuggestionDetailMetadata(RootModel[dict[str, Any]]):
    """
    Additional metadata for the suggestion
    """

    root: dict[str, Any]


class CourseInvitationCreateMetadata(RootModel[dict[str, Any]]):
    """
    Additional metadata for the invitation
    """

    root: dict[str, Any]


class CourseInvitationCreateEnrollmentConfig(RootModel[dict[str, Any]]):
    """
    Enrollment configuration (dates, etc.)
    """

    root: dict[str, Any]


class CourseInvitationDetailMetadata(RootModel[dict[str, Any]]):
    """
    Additional metadata for the invitation
    """

    root: dict[str, Any]


class CourseInvitationRedemptionMetadata(RootModel[dict[str, Any]]):
    """
    Additional metadata for the invitation
    """

    root: dict[str, Any]


class CourseLicenseAssignmentCreateMetadata(RootModel[dict[str, Any]]):
    """
    Additional metadata for the assignment
    """

    root: dict[str, Any]


class CourseLicenseAssignmentDetailMetadata(RootModel[dict[str, Any]]):
    """
    Additional metadata for the assignment
    """

    root: dict[str, Any]


class CourseLicenseCreateMetadata(RootModel[dict[str, Any]]):
    """
    Additional license metadata
    """

    root: dict[str, Any]


class CourseLicenseCreateEnrollmentConfig(RootModel[dict[str, Any]]):
    """
    Additional enrollment configuration
    """

    root: dict[str, Any]


class CourseLicenseDetailMetadata(RootModel[dict[str, Any]]):
    """
    Additional license metadata
    """

    root: dict[str, Any]


class CourseLicenseGroupAssignmentCreateMetadata(RootModel[dict[str, Any]]):
    """
    Additional metadata for the assignment
    """

    root: dict[str, Any]


class CourseLicenseGroupAssignmentDetailMetadata(RootModel[dict[str, Any]]):
    """
    Additional metadata for the assignment
    """

    root: dict[str, Any]


class CourseLicenseUpdateMetadata(RootModel[dict[str, Any]]):
    """
    Updated additional license metadata
    """

    root: dict[str, Any]


class CourseRecommendationEdxData(RootModel[dict[str, Any]]):
    """
    Full edx_data from CourseInfo model (includes all edX metadata)
    """

    root: dict[str, Any]


class CourseReviewPaginatedResponseResultsItem(RootModel[dict[str, Any]]):
    root: dict[str, Any]


CourseSkillPointInfoRequestPointDataAdditionalProperty = TypeAliasType(
    "CourseSkillPointInfoRequestPointDataAdditionalProperty",
    Annotated[StrictInt, Field(ge=0)],
)


class CourseSkillPointInfoRequestPointData(
    RootModel[dict[str, CourseSkillPointInfoRequestPointDataAdditionalProperty]]
):
    """
    Dictionary mapping skill names to point values. Example: {'skill_name': 5}
    """

    root: dict[str, CourseSkillPointInfoRequestPointDataAdditionalProperty]


class CourseSuggestionBulkCreateSuggestionDataItem(RootModel[dict[str, Any]]):
    root: dict[str, Any]


class CourseSuggestionCreateMetadata(RootModel[dict[str, Any]]):
    """
    Additional suggestion metadata
    """

    root: dict[str, Any]


class CourseSuggestionDetailMetadata(RootModel[dict[str, Any]]):
    """
    Additional metadata for the suggestion
    """

    root: dict[str, Any]


class CreateXblockXblockType(StrEnum):
    """
    The type of block to create (section, subsection, unit, html, problem, video).  * `section` - section * `subsection` - subsection * `unit` - unit * `html` - html * `problem` - problem * `video` - video
    """

    section = "section"
    subsection = "subsection"
    unit = "unit"
    html = "html"
    problem = "problem"
    video = "video"


class DataSetPlatform(RootModel[dict[str, StrictStr | StrictInt]]):
    root: dict[str, StrictStr | StrictInt]


class DesiredRoleCreateUpdateRequestRolesItem(RootModel[dict[str, Any]]):
    root: dict[str, Any]


class DesiredSkillCreateUpdateRequestSkillsItem(RootModel[dict[str, Any]]):
    root: dict[str, Any]


class DocumentFacetTerms(RootModel[dict[str, Any]]):
    """
    Terms and their counts in this facet
    """

    root: dict[str, Any]


class FallbackLLMScope(StrEnum):
    """
    Whether this fallback applies to a specific model or entire provider  * `model` - Model Specific * `provider` - Provider Wide
    """

    model = "model"
    provider = "provider"


class FallbackLLMCreateScope(StrEnum):
    """
    Whether this fallback applies to a specific model or entire provider  * `model` - Model Specific * `provider` - Provider Wide
    """

    model = "model"
    provider = "provider"


class FallbackLLMCreateSourceProviderName(StrEnum):
    """
    Source provider name (e.g., 'openai')
    """

    openai = "openai"
    google = "google"
    anthropic = "anthropic"
    azure_openai = "azure_openai"
    groq = "groq"
    bedrock = "bedrock"
    perplexity = "perplexity"
    nvidia = "nvidia"
    sagemaker = "sagemaker"
    xai = "xai"
    deepseek = "deepseek"
    fake = "fake"


class FallbackLLMCreateFallbackProviderName(StrEnum):
    """
    Fallback provider name
    """

    openai = "openai"
    google = "google"
    anthropic = "anthropic"
    azure_openai = "azure_openai"
    groq = "groq"
    bedrock = "bedrock"
    perplexity = "perplexity"
    nvidia = "nvidia"
    sagemaker = "sagemaker"
    xai = "xai"
    deepseek = "deepseek"
    fake = "fake"


class FallbackLLMUpdateScope(StrEnum):
    """
    Whether this fallback applies to a specific model or entire provider  * `model` - Model Specific * `provider` - Provider Wide
    """

    model = "model"
    provider = "provider"


class GlobalCatalogSearchResponseResultsItem(RootModel[dict[str, Any]]):
    root: dict[str, Any]


class GlobalCatalogSearchResponseFacets(RootModel[dict[str, Any]]):
    """
    Facet information for filtering
    """

    root: dict[str, Any]


class IssuerSignatories(RootModel[dict[str, StrictStr]]):
    root: dict[str, StrictStr]


class ItemAccessCheckResponseItemType(StrEnum):
    """
    Item type that was checked (e.g. 'mentor').  * `mentor` - mentor * `course` - course * `program` - program * `pathway` - pathway
    """

    mentor = "mentor"
    course = "course"
    program = "program"
    pathway = "pathway"


class ItemPaywallConfigItemType(StrEnum):
    """
    Type of item being paywalled (e.g. mentor, course, program)  * `mentor` - Mentor * `course` - Course * `program` - Program * `pathway` - Pathway
    """

    mentor = "mentor"
    course = "course"
    program = "program"
    pathway = "pathway"


class ItemPaywallConfigGrandfatheringStrategy(StrEnum):
    """
    How to handle existing users when enabling the paywall  * `free_forever` - Free Forever - Existing users get unlimited free access * `require_subscription` - Require Subscription - All users must subscribe (no grandfathering)
    """

    free_forever = "free_forever"
    require_subscription = "require_subscription"


class ItemPriceInterval(StrEnum):
    """
    Billing interval  * `month` - Monthly * `year` - Yearly * `one_time` - One Time
    """

    month = "month"
    year = "year"
    one_time = "one_time"


class ItemPriceCreateInterval(StrEnum):
    """
    Billing interval  * `month` - Monthly * `year` - Yearly * `one_time` - One Time
    """

    month = "month"
    year = "year"
    one_time = "one_time"


class ItemSubscriptionItemType(StrEnum):
    """
    Type of item being subscribed to  * `mentor` - Mentor * `course` - Course * `program` - Program * `pathway` - Pathway
    """

    mentor = "mentor"
    course = "course"
    program = "program"
    pathway = "pathway"


class ItemSubscriptionStatus(StrEnum):
    """
    Current subscription status  * `active` - Active * `free` - Free Tier * `grandfathered` - Grandfathered * `trialing` - Trialing * `past_due` - Past Due * `canceled` - Canceled * `incomplete` - Incomplete
    """

    active = "active"
    free = "free"
    grandfathered = "grandfathered"
    trialing = "trialing"
    past_due = "past_due"
    canceled = "canceled"
    incomplete = "incomplete"


class ItemSubscriptionListItemType(StrEnum):
    """
    Type of item being subscribed to  * `mentor` - Mentor * `course` - Course * `program` - Program * `pathway` - Pathway
    """

    mentor = "mentor"
    course = "course"
    program = "program"
    pathway = "pathway"


class ItemSubscriptionListStatus(StrEnum):
    """
    Current subscription status  * `active` - Active * `free` - Free Tier * `grandfathered` - Grandfathered * `trialing` - Trialing * `past_due` - Past Due * `canceled` - Canceled * `incomplete` - Incomplete
    """

    active = "active"
    free = "free"
    grandfathered = "grandfathered"
    trialing = "trialing"
    past_due = "past_due"
    canceled = "canceled"
    incomplete = "incomplete"


class LLMProviderMinimalName(StrEnum):
    """
    Provider identifier (e.g., 'openai', 'google')  * `openai` - OpenAI * `google` - Google * `anthropic` - Anthropic * `azure_openai` - Azure OpenAI * `groq` - Groq * `bedrock` - AWS Bedrock * `perplexity` - Perplexity * `nvidia` - NVIDIA * `sagemaker` - AWS SageMaker * `xai` - xAI * `deepseek` - DeepSeek * `fake` - Fake (Testing)
    """

    openai = "openai"
    google = "google"
    anthropic = "anthropic"
    azure_openai = "azure_openai"
    groq = "groq"
    bedrock = "bedrock"
    perplexity = "perplexity"
    nvidia = "nvidia"
    sagemaker = "sagemaker"
    xai = "xai"
    deepseek = "deepseek"
    fake = "fake"


class LearnerInformationAPIDataTimeSpentOvertime(RootModel[dict[str, Any]]):
    root: dict[str, Any]


class MCPServerAuthType(StrEnum):
    """
    The type of authentication to use for the MCP server.  * `none` - None * `token` - Token * `oauth2` - Oauth2
    """

    none = "none"
    token = "token"
    oauth2 = "oauth2"


class MCPServerAuthScope(StrEnum):
    """
    Determines the required authentication granularity. 'platform' uses shared platform credentials, 'mentor' requires mentor-level credentials, and 'user' requires each user to authenticate individually.  * `platform` - Platform * `mentor` - Mentor * `user` - User
    """

    platform = "platform"
    mentor = "mentor"
    user = "user"


class MCPServerConnectionScope(StrEnum):
    """
    Whether this connection is scoped to a user or shared across a platform.  * `user` - User * `mentor` - Mentor * `platform` - Platform
    """

    user = "user"
    mentor = "mentor"
    platform = "platform"


class MCPServerConnectionConnectedServiceSummary(RootModel[dict[str, Any]]):
    root: dict[str, Any]


class MediaResourceMediaType(StrEnum):
    """
    Type of media  * `video` - Video * `image` - Image * `document` - Document * `audio` - Audio * `other` - Other
    """

    video = "video"
    image = "image"
    document = "document"
    audio = "audio"
    other = "other"


class MediaResourceItemType(StrEnum):
    """
    Type of item this media is associated with  * `course` - Course * `unit` - Unit * `resource` - Resource * `course_unit` - Course and Unit * `course_resource` - Course and Resource * `unit_resource` - Unit and Resource * `all` - Course, Unit, and Resource
    """

    course = "course"
    unit = "unit"
    resource = "resource"
    course_unit = "course_unit"
    course_resource = "course_resource"
    unit_resource = "unit_resource"
    all = "all"


class MentorStarterPrompts(StrEnum):
    """
    Type of starter prompts to show: guided_prompt or suggested_prompt.  * `guided_prompt` - Guided Prompt * `suggested_prompt` - Suggested Prompt
    """

    guided_prompt = "guided_prompt"
    suggested_prompt = "suggested_prompt"


class MentorGreetingMethod(StrEnum):
    """
    How the mentor should greet the user. proactive_prompt: Allow the LLM to respond to proactive_prompt msg. proactive_response: use proactive_response template without performing an LLM call.  * `proactive_prompt` - Proactive Prompt * `proactive_response` - Proactive Response
    """

    proactive_prompt = "proactive_prompt"
    proactive_response = "proactive_response"


class MentorCreateStarterPrompts(StrEnum):
    """
    Type of starter prompts to show: guided_prompt or suggested_prompt.  * `guided_prompt` - Guided Prompt * `suggested_prompt` - Suggested Prompt
    """

    guided_prompt = "guided_prompt"
    suggested_prompt = "suggested_prompt"


class MentorCreateGreetingMethod(StrEnum):
    """
    How the mentor should greet the user. proactive_prompt: Allow the LLM to respond to proactive_prompt msg. proactive_response: use proactive_response template without performing an LLM call.  * `proactive_prompt` - Proactive Prompt * `proactive_response` - Proactive Response
    """

    proactive_prompt = "proactive_prompt"
    proactive_response = "proactive_response"


class MentorFacetTerms(RootModel[dict[str, Any]]):
    """
    Terms and their counts in this facet
    """

    root: dict[str, Any]


class MentorSettingsMentorVisibility(StrEnum):
    viewable_by_tenant_admins = "viewable_by_tenant_admins"
    viewable_by_tenant_students = "viewable_by_tenant_students"
    viewable_by_anyone = "viewable_by_anyone"
    field_ = ""


class MentorSettingsPublicMentorVisibility(StrEnum):
    viewable_by_tenant_admins = "viewable_by_tenant_admins"
    viewable_by_tenant_students = "viewable_by_tenant_students"
    viewable_by_anyone = "viewable_by_anyone"
    field_ = ""


class MetricDetailDetailsItem(RootModel[dict[str, Any]]):
    root: dict[str, Any]


class NotificationStatus(StrEnum):
    READ = "READ"
    UNREAD = "UNREAD"
    CANCELLED = "CANCELLED"
    field_ = ""


class NotificationCountStatus(StrEnum):
    """
    Filter count by notification status  * `READ` - Read * `UNREAD` - Unread * `CANCELLED` - Cancelled
    """

    READ = "READ"
    UNREAD = "UNREAD"
    CANCELLED = "CANCELLED"


class NotificationPreviewTemplateData(NotificationTemplateData):
    """
    Specify this to send a new custom message without using a predefined template
    """


class NotificationPreviewContext(RootModel[dict[str, Any]]):
    """
    Specify the context that would be available in the message text
    """

    root: dict[str, Any]


class NotificationTemplateDetailType(StrEnum):
    """
    Select the type of notification from the available options.  * `ADMIN_NOTIF_COURSE_ENROLLMENT` - Admin Notif Course Enrollment * `APP_REGISTRATION` - App Registration * `COURSE_INVITATION` - Course Invitation * `COURSE_LICENSE_ASSIGNMENT` - Course License Assignment * `COURSE_LICENSE_GROUP_ASSIGNMENT` - Course License Group Assignment * `CUSTOM_NOTIFICATION` - Custom Notification * `DEFAULT_TEMPLATE` - Default Template * `HUMAN_SUPPORT_NOTIFICATION` - Human Support Notification * `PLATFORM_INVITATION` - Platform Invitation * `POLICY_ASSIGNMENT` - Policy Assignment * `PROACTIVE_LEARNER_NOTIFICATION` - Proactive Learner Notification * `PROGRAM_INVITATION` - Program Invitation * `PROGRAM_LICENSE_ASSIGNMENT` - Program License Assignment * `PROGRAM_LICENSE_GROUP_ASSIGNMENT` - Program License Group Assignment * `REPORT_COMPLETED` - Report Completed * `ROLE_CHANGE` - Role Change * `USER_LICENSE_ASSIGNMENT` - User License Assignment * `USER_LICENSE_GROUP_ASSIGNMENT` - User License Group Assignment * `USER_NOTIF_COURSE_COMPLETION` - User Notif Course Completion * `USER_NOTIF_COURSE_ENROLLMENT` - User Notif Course Enrollment * `USER_NOTIF_CREDENTIALS` - User Notif Credentials * `USER_NOTIF_LEARNER_PROGRESS` - User Notif Learner Progress * `USER_NOTIF_USER_INACTIVITY` - User Notif User Inactivity * `USER_NOTIF_USER_REGISTRATION` - User Notif User Registration
    """

    ADMIN_NOTIF_COURSE_ENROLLMENT = "ADMIN_NOTIF_COURSE_ENROLLMENT"
    APP_REGISTRATION = "APP_REGISTRATION"
    COURSE_INVITATION = "COURSE_INVITATION"
    COURSE_LICENSE_ASSIGNMENT = "COURSE_LICENSE_ASSIGNMENT"
    COURSE_LICENSE_GROUP_ASSIGNMENT = "COURSE_LICENSE_GROUP_ASSIGNMENT"
    CUSTOM_NOTIFICATION = "CUSTOM_NOTIFICATION"
    DEFAULT_TEMPLATE = "DEFAULT_TEMPLATE"
    HUMAN_SUPPORT_NOTIFICATION = "HUMAN_SUPPORT_NOTIFICATION"
    PLATFORM_INVITATION = "PLATFORM_INVITATION"
    POLICY_ASSIGNMENT = "POLICY_ASSIGNMENT"
    PROACTIVE_LEARNER_NOTIFICATION = "PROACTIVE_LEARNER_NOTIFICATION"
    PROGRAM_INVITATION = "PROGRAM_INVITATION"
    PROGRAM_LICENSE_ASSIGNMENT = "PROGRAM_LICENSE_ASSIGNMENT"
    PROGRAM_LICENSE_GROUP_ASSIGNMENT = "PROGRAM_LICENSE_GROUP_ASSIGNMENT"
    REPORT_COMPLETED = "REPORT_COMPLETED"
    ROLE_CHANGE = "ROLE_CHANGE"
    USER_LICENSE_ASSIGNMENT = "USER_LICENSE_ASSIGNMENT"
    USER_LICENSE_GROUP_ASSIGNMENT = "USER_LICENSE_GROUP_ASSIGNMENT"
    USER_NOTIF_COURSE_COMPLETION = "USER_NOTIF_COURSE_COMPLETION"
    USER_NOTIF_COURSE_ENROLLMENT = "USER_NOTIF_COURSE_ENROLLMENT"
    USER_NOTIF_CREDENTIALS = "USER_NOTIF_CREDENTIALS"
    USER_NOTIF_LEARNER_PROGRESS = "USER_NOTIF_LEARNER_PROGRESS"
    USER_NOTIF_USER_INACTIVITY = "USER_NOTIF_USER_INACTIVITY"
    USER_NOTIF_USER_REGISTRATION = "USER_NOTIF_USER_REGISTRATION"


class NotificationTemplateDetailPeriodicLearnerScope(StrEnum):
    """
    Which learners to include: ACTIVE_LEARNERS or ALL_LEARNERS  * `ACTIVE_LEARNERS` - ACTIVE_LEARNERS * `ALL_LEARNERS` - ALL_LEARNERS
    """

    ACTIVE_LEARNERS = "ACTIVE_LEARNERS"
    ALL_LEARNERS = "ALL_LEARNERS"


class NotificationTemplateDetailPeriodicFrequency(StrEnum):
    """
    How often to send: DAILY, WEEKLY, MONTHLY, or CUSTOM  * `DAILY` - DAILY * `WEEKLY` - WEEKLY * `MONTHLY` - MONTHLY * `CUSTOM` - CUSTOM
    """

    DAILY = "DAILY"
    WEEKLY = "WEEKLY"
    MONTHLY = "MONTHLY"
    CUSTOM = "CUSTOM"


class NotificationTemplateDetailPeriodicMentorsItem(RootModel[dict[str, Any]]):
    root: dict[str, Any]


class NotificationTemplateDetailPolicyEnabledPoliciesItem(RootModel[dict[str, Any]]):
    root: dict[str, Any]


class NotificationTemplateDetailHumanSupportRecipientMode(StrEnum):
    """
    Who receives human support ticket notifications  * `platform_admins_and_mentor_owner` - platform_admins_and_mentor_owner * `platform_admins_only` - platform_admins_only * `mentor_owner_only` - mentor_owner_only * `custom` - custom
    """

    platform_admins_and_mentor_owner = "platform_admins_and_mentor_owner"
    platform_admins_only = "platform_admins_only"
    mentor_owner_only = "mentor_owner_only"
    custom = "custom"


class NotificationTemplateDetailHumanSupportCustomRecipientsItem(RootModel[dict[str, Any]]):
    root: dict[str, Any]


class NotificationTemplateListType(StrEnum):
    """
    Select the type of notification from the available options.  * `ADMIN_NOTIF_COURSE_ENROLLMENT` - Admin Notif Course Enrollment * `APP_REGISTRATION` - App Registration * `COURSE_INVITATION` - Course Invitation * `COURSE_LICENSE_ASSIGNMENT` - Course License Assignment * `COURSE_LICENSE_GROUP_ASSIGNMENT` - Course License Group Assignment * `CUSTOM_NOTIFICATION` - Custom Notification * `DEFAULT_TEMPLATE` - Default Template * `HUMAN_SUPPORT_NOTIFICATION` - Human Support Notification * `PLATFORM_INVITATION` - Platform Invitation * `POLICY_ASSIGNMENT` - Policy Assignment * `PROACTIVE_LEARNER_NOTIFICATION` - Proactive Learner Notification * `PROGRAM_INVITATION` - Program Invitation * `PROGRAM_LICENSE_ASSIGNMENT` - Program License Assignment * `PROGRAM_LICENSE_GROUP_ASSIGNMENT` - Program License Group Assignment * `REPORT_COMPLETED` - Report Completed * `ROLE_CHANGE` - Role Change * `USER_LICENSE_ASSIGNMENT` - User License Assignment * `USER_LICENSE_GROUP_ASSIGNMENT` - User License Group Assignment * `USER_NOTIF_COURSE_COMPLETION` - User Notif Course Completion * `USER_NOTIF_COURSE_ENROLLMENT` - User Notif Course Enrollment * `USER_NOTIF_CREDENTIALS` - User Notif Credentials * `USER_NOTIF_LEARNER_PROGRESS` - User Notif Learner Progress * `USER_NOTIF_USER_INACTIVITY` - User Notif User Inactivity * `USER_NOTIF_USER_REGISTRATION` - User Notif User Registration
    """

    ADMIN_NOTIF_COURSE_ENROLLMENT = "ADMIN_NOTIF_COURSE_ENROLLMENT"
    APP_REGISTRATION = "APP_REGISTRATION"
    COURSE_INVITATION = "COURSE_INVITATION"
    COURSE_LICENSE_ASSIGNMENT = "COURSE_LICENSE_ASSIGNMENT"
    COURSE_LICENSE_GROUP_ASSIGNMENT = "COURSE_LICENSE_GROUP_ASSIGNMENT"
    CUSTOM_NOTIFICATION = "CUSTOM_NOTIFICATION"
    DEFAULT_TEMPLATE = "DEFAULT_TEMPLATE"
    HUMAN_SUPPORT_NOTIFICATION = "HUMAN_SUPPORT_NOTIFICATION"
    PLATFORM_INVITATION = "PLATFORM_INVITATION"
    POLICY_ASSIGNMENT = "POLICY_ASSIGNMENT"
    PROACTIVE_LEARNER_NOTIFICATION = "PROACTIVE_LEARNER_NOTIFICATION"
    PROGRAM_INVITATION = "PROGRAM_INVITATION"
    PROGRAM_LICENSE_ASSIGNMENT = "PROGRAM_LICENSE_ASSIGNMENT"
    PROGRAM_LICENSE_GROUP_ASSIGNMENT = "PROGRAM_LICENSE_GROUP_ASSIGNMENT"
    REPORT_COMPLETED = "REPORT_COMPLETED"
    ROLE_CHANGE = "ROLE_CHANGE"
    USER_LICENSE_ASSIGNMENT = "USER_LICENSE_ASSIGNMENT"
    USER_LICENSE_GROUP_ASSIGNMENT = "USER_LICENSE_GROUP_ASSIGNMENT"
    USER_NOTIF_COURSE_COMPLETION = "USER_NOTIF_COURSE_COMPLETION"
    USER_NOTIF_COURSE_ENROLLMENT = "USER_NOTIF_COURSE_ENROLLMENT"
    USER_NOTIF_CREDENTIALS = "USER_NOTIF_CREDENTIALS"
    USER_NOTIF_LEARNER_PROGRESS = "USER_NOTIF_LEARNER_PROGRESS"
    USER_NOTIF_USER_INACTIVITY = "USER_NOTIF_USER_INACTIVITY"
    USER_NOTIF_USER_REGISTRATION = "USER_NOTIF_USER_REGISTRATION"
    field_ = ""


class NotificationsUpdateStatus(StrEnum):
    """
    New status to set (e.g. read, unread)  * `READ` - Read * `UNREAD` - Unread * `CANCELLED` - Cancelled
    """

    READ = "READ"
    UNREAD = "UNREAD"
    CANCELLED = "CANCELLED"


class OfflineDocumentAccess(StrEnum):
    public = "public"
    private = "private"
    field_ = ""


class OverTimeData(RootModel[dict[str, Any]]):
    root: dict[str, Any]


class OverTimeWithTotalData(RootModel[dict[str, Any]]):
    """
    Dates are keys and values are the value for the date in the key. e,g `{"2020-01-01": 30. ...}`
    """

    root: dict[str, Any]


class OvertimeWithChangeInfoData(RootModel[dict[str, Any]]):
    """
    Dates are keys and values are the value for the date in the key. e,g `{"2020-01-01": 30. ...}`
    """

    root: dict[str, Any]


class PatchedClawInstanceProvisionMode(StrEnum):
    """
    Managed = provisioned by us. Self-hosted = tenant provides the server.  * `managed` - Managed * `self_hosted` - Self-hosted
    """

    managed = "managed"
    self_hosted = "self_hosted"


class PatchedClawInstanceStatus(StrEnum):
    """
    * `active` - Active * `inactive` - Inactive * `error` - Error
    """

    active = "active"
    inactive = "inactive"
    error = "error"


class PatchedClawInstanceDeployState(StrEnum):
    """
    * `pending` - Pending * `deploying` - Deploying * `ready` - Ready * `teardown` - Teardown * `failed` - Failed
    """

    pending = "pending"
    deploying = "deploying"
    ready = "ready"
    teardown = "teardown"
    failed = "failed"


class PatchedDataSetPlatform(RootModel[dict[str, StrictStr | StrictInt]]):
    root: dict[str, StrictStr | StrictInt]


class PatchedFallbackLLMUpdateScope(StrEnum):
    """
    Whether this fallback applies to a specific model or entire provider  * `model` - Model Specific * `provider` - Provider Wide
    """

    model = "model"
    provider = "provider"


class PatchedMCPServerAuthType(StrEnum):
    """
    The type of authentication to use for the MCP server.  * `none` - None * `token` - Token * `oauth2` - Oauth2
    """

    none = "none"
    token = "token"
    oauth2 = "oauth2"


class PatchedMCPServerAuthScope(StrEnum):
    """
    Determines the required authentication granularity. 'platform' uses shared platform credentials, 'mentor' requires mentor-level credentials, and 'user' requires each user to authenticate individually.  * `platform` - Platform * `mentor` - Mentor * `user` - User
    """

    platform = "platform"
    mentor = "mentor"
    user = "user"


class PatchedMCPServerConnectionScope(StrEnum):
    """
    Whether this connection is scoped to a user or shared across a platform.  * `user` - User * `mentor` - Mentor * `platform` - Platform
    """

    user = "user"
    mentor = "mentor"
    platform = "platform"


class PatchedMCPServerConnectionConnectedServiceSummary(RootModel[dict[str, Any]]):
    root: dict[str, Any]


class PatchedMediaResourceMediaType(StrEnum):
    """
    Type of media  * `video` - Video * `image` - Image * `document` - Document * `audio` - Audio * `other` - Other
    """

    video = "video"
    image = "image"
    document = "document"
    audio = "audio"
    other = "other"


class PatchedMediaResourceItemType(StrEnum):
    """
    Type of item this media is associated with  * `course` - Course * `unit` - Unit * `resource` - Resource * `course_unit` - Course and Unit * `course_resource` - Course and Resource * `unit_resource` - Unit and Resource * `all` - Course, Unit, and Resource
    """

    course = "course"
    unit = "unit"
    resource = "resource"
    course_unit = "course_unit"
    course_resource = "course_resource"
    unit_resource = "unit_resource"
    all = "all"


class PatchedMentorCreateStarterPrompts(StrEnum):
    """
    Type of starter prompts to show: guided_prompt or suggested_prompt.  * `guided_prompt` - Guided Prompt * `suggested_prompt` - Suggested Prompt
    """

    guided_prompt = "guided_prompt"
    suggested_prompt = "suggested_prompt"


class PatchedMentorCreateGreetingMethod(StrEnum):
    """
    How the mentor should greet the user. proactive_prompt: Allow the LLM to respond to proactive_prompt msg. proactive_response: use proactive_response template without performing an LLM call.  * `proactive_prompt` - Proactive Prompt * `proactive_response` - Proactive Response
    """

    proactive_prompt = "proactive_prompt"
    proactive_response = "proactive_response"


class PatchedNotificationStatus(StrEnum):
    READ = "READ"
    UNREAD = "UNREAD"
    CANCELLED = "CANCELLED"
    field_ = ""


class PatchedNotificationTemplateDetailType(StrEnum):
    """
    Select the type of notification from the available options.  * `ADMIN_NOTIF_COURSE_ENROLLMENT` - Admin Notif Course Enrollment * `APP_REGISTRATION` - App Registration * `COURSE_INVITATION` - Course Invitation * `COURSE_LICENSE_ASSIGNMENT` - Course License Assignment * `COURSE_LICENSE_GROUP_ASSIGNMENT` - Course License Group Assignment * `CUSTOM_NOTIFICATION` - Custom Notification * `DEFAULT_TEMPLATE` - Default Template * `HUMAN_SUPPORT_NOTIFICATION` - Human Support Notification * `PLATFORM_INVITATION` - Platform Invitation * `POLICY_ASSIGNMENT` - Policy Assignment * `PROACTIVE_LEARNER_NOTIFICATION` - Proactive Learner Notification * `PROGRAM_INVITATION` - Program Invitation * `PROGRAM_LICENSE_ASSIGNMENT` - Program License Assignment * `PROGRAM_LICENSE_GROUP_ASSIGNMENT` - Program License Group Assignment * `REPORT_COMPLETED` - Report Completed * `ROLE_CHANGE` - Role Change * `USER_LICENSE_ASSIGNMENT` - User License Assignment * `USER_LICENSE_GROUP_ASSIGNMENT` - User License Group Assignment * `USER_NOTIF_COURSE_COMPLETION` - User Notif Course Completion * `USER_NOTIF_COURSE_ENROLLMENT` - User Notif Course Enrollment * `USER_NOTIF_CREDENTIALS` - User Notif Credentials * `USER_NOTIF_LEARNER_PROGRESS` - User Notif Learner Progress * `USER_NOTIF_USER_INACTIVITY` - User Notif User Inactivity * `USER_NOTIF_USER_REGISTRATION` - User Notif User Registration
    """

    ADMIN_NOTIF_COURSE_ENROLLMENT = "ADMIN_NOTIF_COURSE_ENROLLMENT"
    APP_REGISTRATION = "APP_REGISTRATION"
    COURSE_INVITATION = "COURSE_INVITATION"
    COURSE_LICENSE_ASSIGNMENT = "COURSE_LICENSE_ASSIGNMENT"
    COURSE_LICENSE_GROUP_ASSIGNMENT = "COURSE_LICENSE_GROUP_ASSIGNMENT"
    CUSTOM_NOTIFICATION = "CUSTOM_NOTIFICATION"
    DEFAULT_TEMPLATE = "DEFAULT_TEMPLATE"
    HUMAN_SUPPORT_NOTIFICATION = "HUMAN_SUPPORT_NOTIFICATION"
    PLATFORM_INVITATION = "PLATFORM_INVITATION"
    POLICY_ASSIGNMENT = "POLICY_ASSIGNMENT"
    PROACTIVE_LEARNER_NOTIFICATION = "PROACTIVE_LEARNER_NOTIFICATION"
    PROGRAM_INVITATION = "PROGRAM_INVITATION"
    PROGRAM_LICENSE_ASSIGNMENT = "PROGRAM_LICENSE_ASSIGNMENT"
    PROGRAM_LICENSE_GROUP_ASSIGNMENT = "PROGRAM_LICENSE_GROUP_ASSIGNMENT"
    REPORT_COMPLETED = "REPORT_COMPLETED"
    ROLE_CHANGE = "ROLE_CHANGE"
    USER_LICENSE_ASSIGNMENT = "USER_LICENSE_ASSIGNMENT"
    USER_LICENSE_GROUP_ASSIGNMENT = "USER_LICENSE_GROUP_ASSIGNMENT"
    USER_NOTIF_COURSE_COMPLETION = "USER_NOTIF_COURSE_COMPLETION"
    USER_NOTIF_COURSE_ENROLLMENT = "USER_NOTIF_COURSE_ENROLLMENT"
    USER_NOTIF_CREDENTIALS = "USER_NOTIF_CREDENTIALS"
    USER_NOTIF_LEARNER_PROGRESS = "USER_NOTIF_LEARNER_PROGRESS"
    USER_NOTIF_USER_INACTIVITY = "USER_NOTIF_USER_INACTIVITY"
    USER_NOTIF_USER_REGISTRATION = "USER_NOTIF_USER_REGISTRATION"


class PatchedNotificationTemplateDetailPeriodicLearnerScope(StrEnum):
    """
    Which learners to include: ACTIVE_LEARNERS or ALL_LEARNERS  * `ACTIVE_LEARNERS` - ACTIVE_LEARNERS * `ALL_LEARNERS` - ALL_LEARNERS
    """

    ACTIVE_LEARNERS = "ACTIVE_LEARNERS"
    ALL_LEARNERS = "ALL_LEARNERS"


class PatchedNotificationTemplateDetailPeriodicFrequency(StrEnum):
    """
    How often to send: DAILY, WEEKLY, MONTHLY, or CUSTOM  * `DAILY` - DAILY * `WEEKLY` - WEEKLY * `MONTHLY` - MONTHLY * `CUSTOM` - CUSTOM
    """

    DAILY = "DAILY"
    WEEKLY = "WEEKLY"
    MONTHLY = "MONTHLY"
    CUSTOM = "CUSTOM"


class PatchedNotificationTemplateDetailPeriodicMentorsItem(RootModel[dict[str, Any]]):
    root: dict[str, Any]


class PatchedNotificationTemplateDetailPolicyEnabledPoliciesItem(RootModel[dict[str, Any]]):
    root: dict[str, Any]


class PatchedNotificationTemplateDetailHumanSupportRecipientMode(StrEnum):
    """
    Who receives human support ticket notifications  * `platform_admins_and_mentor_owner` - platform_admins_and_mentor_owner * `platform_admins_only` - platform_admins_only * `mentor_owner_only` - mentor_owner_only * `custom` - custom
    """

    platform_admins_and_mentor_owner = "platform_admins_and_mentor_owner"
    platform_admins_only = "platform_admins_only"
    mentor_owner_only = "mentor_owner_only"
    custom = "custom"


class PatchedNotificationTemplateDetailHumanSupportCustomRecipientsItem(RootModel[dict[str, Any]]):
    root: dict[str, Any]


class PatchedPeriodicAgentCreatePreviousAgentStatus(StrEnum):
    """
    The status that the previous agent must be in before this agent gets scheduled.  * `success` - Success * `error` - Error * `running` - Running * `pending` - Pending
    """

    success = "success"
    error = "error"
    running = "running"
    pending = "pending"


class PatchedPromptPromptVisibility(StrEnum):
    viewable_by_tenant_admins = "viewable_by_tenant_admins"
    viewable_by_tenant_students = "viewable_by_tenant_students"
    viewable_by_anyone = "viewable_by_anyone"
    field_ = ""


class PatchedSCIMGroupMembersItem(RootModel[dict[str, Any]]):
    root: dict[str, Any]


class PathwayCreateUpdateRequestPathItem(RootModel[dict[str, Any]]):
    root: dict[str, Any]


class PathwayDeleteResponseType(RootModel[dict[str, Any]]):
    """
    Types of objects deleted
    """

    root: dict[str, Any]


class PathwayDetailCompletion(PathwayCompletion):
    pass


class PathwayGroupSuggestionCreateMetadata(RootModel[dict[str, Any]]):
    """
    Additional suggestion metadata
    """

    root: dict[str, Any]


class PathwayGroupSuggestionDetailMetadata(RootModel[dict[str, Any]]):
    """
    Additional metadata for the suggestion
    """

    root: dict[str, Any]


class PathwaySuggestionBulkCreateSuggestionDataItem(RootModel[dict[str, Any]]):
    root: dict[str, Any]


class PathwaySuggestionCreateMetadata(RootModel[dict[str, Any]]):
    """
    Additional suggestion metadata
    """

    root: dict[str, Any]


class PathwaySuggestionDetailMetadata(RootModel[dict[str, Any]]):
    """
    Additional metadata for the suggestion
    """

    root: dict[str, Any]


class PeriodicAgentPreviousAgentStatus(StrEnum):
    """
    The status that the previous agent must be in before this agent gets scheduled.  * `success` - Success * `error` - Error * `running` - Running * `pending` - Pending
    """

    success = "success"
    error = "error"
    running = "running"
    pending = "pending"


class PeriodicAgentCreatePreviousAgentStatus(StrEnum):
    """
    The status that the previous agent must be in before this agent gets scheduled.  * `success` - Success * `error` - Error * `running` - Running * `pending` - Pending
    """

    success = "success"
    error = "error"
    running = "running"
    pending = "pending"


class PerlearnerGradeWithCutOffDataGradeCutoffs(RootModel[dict[str, Any]]):
    """
    Dictionary showing grade cutoffs
    """

    root: dict[str, Any]


class PlatformConfigurationListConfigurations(RootModel[dict[str, Any]]):
    """
    Dictionary of configuration key-value pairs with proper type casting
    """

    root: dict[str, Any]


class PlatformConfigurationSetResponseResultsItem(RootModel[dict[str, Any]]):
    root: dict[str, Any]


class PlatformInvitationCreateMetadata(RootModel[dict[str, Any]]):
    """
    Additional metadata for the invitation
    """

    root: dict[str, Any]


class PlatformInvitationDetailMetadata(RootModel[dict[str, Any]]):
    """
    Additional metadata for the invitation
    """

    root: dict[str, Any]


class PlatformInvitationRedemptionMetadata(RootModel[dict[str, Any]]):
    """
    Additional metadata for the invitation
    """

    root: dict[str, Any]


class PlatformLicenseCreateMetadata(RootModel[dict[str, Any]]):
    """
    Additional license metadata
    """

    root: dict[str, Any]


class PlatformLicenseDetailMetadata(RootModel[dict[str, Any]]):
    """
    Additional license metadata
    """

    root: dict[str, Any]


class PlatformLicenseUpdateMetadata(RootModel[dict[str, Any]]):
    """
    Updated additional license metadata
    """

    root: dict[str, Any]


class PlatformPromptRecommendationType(StrEnum):
    """
    Prompt category. Use 'catalog' for courses/programs/resources/pathways; use 'mentors' for mentor prompts.  * `mentors` - Mentor Recommendations * `catalog` - Catalog Recommendations
    """

    mentors = "mentors"
    catalog = "catalog"


class PlatformSkillPointBulkRequestSkillPointDataItem(RootModel[dict[str, Any]]):
    root: dict[str, Any]


PlatformSkillPointGroupRequestPointDataAdditionalProperty = TypeAliasType(
    "PlatformSkillPointGroupRequestPointDataAdditionalProperty",
    Annotated[StrictInt, Field(ge=0)],
)


class PlatformSkillPointGroupRequestPointData(
    RootModel[dict[str, PlatformSkillPointGroupRequestPointDataAdditionalProperty]]
):
    """
    Dictionary mapping skill names to point values to apply to group
    """

    root: dict[str, PlatformSkillPointGroupRequestPointDataAdditionalProperty]


PlatformSkillPointRequestPointDataAdditionalProperty = TypeAliasType(
    "PlatformSkillPointRequestPointDataAdditionalProperty",
    Annotated[StrictInt, Field(ge=0)],
)


class PlatformSkillPointRequestPointData(
    RootModel[dict[str, PlatformSkillPointRequestPointDataAdditionalProperty]]
):
    """
    Dictionary mapping skill names to point values. Example: {'skill_name': 5}
    """

    root: dict[str, PlatformSkillPointRequestPointDataAdditionalProperty]


class PlatformSkillPointResponseResultsItem(RootModel[dict[str, Any]]):
    root: dict[str, Any]


class PointsMetricDetailsItem(RootModel[dict[str, Any]]):
    root: dict[str, Any]


class ProgramCreateUpdateRequestCourseListItem(RootModel[dict[str, Any]]):
    root: dict[str, Any]


class ProgramDeleteResponseType(RootModel[dict[str, Any]]):
    """
    Types of objects deleted
    """

    root: dict[str, Any]


class ProgramDetailCompletion(ProgramCompletion):
    pass


class ProgramEnrollmentPlusProgramMetadata(RootModel[dict[str, Any]]):
    """
    Return program's public metadata
    """

    root: dict[str, Any]


class ProgramGroupSuggestionCreateMetadata(RootModel[dict[str, Any]]):
    """
    Additional suggestion metadata
    """

    root: dict[str, Any]


class ProgramGroupSuggestionDetailMetadata(RootModel[dict[str, Any]]):
    """
    Additional metadata for the suggestion
    """

    root: dict[str, Any]


class ProgramInvitationCreateMetadata(RootModel[dict[str, Any]]):
    """
    Additional metadata for the invitation
    """

    root: dict[str, Any]


class ProgramInvitationCreateEnrollmentConfig(RootModel[dict[str, Any]]):
    """
    Enrollment configuration (dates, etc.)
    """

    root: dict[str, Any]


class ProgramInvitationDetailMetadata(RootModel[dict[str, Any]]):
    """
    Additional metadata for the invitation
    """

    root: dict[str, Any]


class ProgramInvitationRedemptionMetadata(RootModel[dict[str, Any]]):
    """
    Additional metadata for the invitation
    """

    root: dict[str, Any]


class ProgramLicenseAssignmentCreateMetadata(RootModel[dict[str, Any]]):
    """
    Additional metadata for the assignment
    """

    root: dict[str, Any]


class ProgramLicenseAssignmentDetailMetadata(RootModel[dict[str, Any]]):
    """
    Additional metadata for the assignment
    """

    root: dict[str, Any]


class ProgramLicenseCreateDetailMetadata(RootModel[dict[str, Any]]):
    """
    Additional license metadata
    """

    root: dict[str, Any]


class ProgramLicenseCreateDetailEnrollmentConfig(RootModel[dict[str, Any]]):
    """
    Enrollment configuration
    """

    root: dict[str, Any]


class ProgramLicenseDetailMetadata(RootModel[dict[str, Any]]):
    """
    Additional license metadata
    """

    root: dict[str, Any]


class ProgramLicenseDetailAssignments(RootModel[dict[str, StrictInt]]):
    """
    Assignment counts by status (only included in verbose mode)
    """

    root: dict[str, StrictInt]


class ProgramLicenseGroupAssignmentCreateMetadata(RootModel[dict[str, Any]]):
    """
    Additional metadata for the group assignment
    """

    root: dict[str, Any]


class ProgramLicenseGroupAssignmentDetailMetadata(RootModel[dict[str, Any]]):
    """
    Additional metadata for the assignment
    """

    root: dict[str, Any]


class ProgramLicenseUpdateDetailMetadata(RootModel[dict[str, Any]]):
    """
    Updated additional license metadata
    """

    root: dict[str, Any]


class ProgramLicenseUpdateDetailEnrollmentConfig(RootModel[dict[str, Any]]):
    """
    Updated enrollment configuration
    """

    root: dict[str, Any]


class ProgramMetadataRequestMetadata(RootModel[dict[str, Any]]):
    """
    Metadata to update for the program
    """

    root: dict[str, Any]


class ProgramSuggestionBulkCreateSuggestionDataItem(RootModel[dict[str, Any]]):
    root: dict[str, Any]


class ProgramSuggestionCreateMetadata(RootModel[dict[str, Any]]):
    """
    Additional suggestion metadata
    """

    root: dict[str, Any]


class ProgramSuggestionDetailMetadata(RootModel[dict[str, Any]]):
    """
    Additional metadata for the suggestion
    """

    root: dict[str, Any]


class PromptPromptVisibility(StrEnum):
    viewable_by_tenant_admins = "viewable_by_tenant_admins"
    viewable_by_tenant_students = "viewable_by_tenant_students"
    viewable_by_anyone = "viewable_by_anyone"
    field_ = ""


class PromptFacetTerms(RootModel[dict[str, Any]]):
    """
    Terms and their counts in this facet
    """

    root: dict[str, Any]


class RecommendedCoursesResponseResultsItem(RootModel[dict[str, Any]]):
    root: dict[str, Any]


class RecommendedCoursesResponseFacets(RootModel[dict[str, Any]]):
    """
    Facet information for filtering
    """

    root: dict[str, Any]


class ReportStatusState(StrEnum):
    """
    Report States  * `pending` - Pending * `running` - Running * `accumulating` - Accumulating * `processing` - Processing * `storing` - Storing * `completed` - Completed * `cancelled` - Cancelled * `error` - Error * `expired` - Expired
    """

    pending = "pending"
    running = "running"
    accumulating = "accumulating"
    processing = "processing"
    storing = "storing"
    completed = "completed"
    cancelled = "cancelled"
    error = "error"
    expired = "expired"


class ReportedRoleCreateUpdateRequestRolesItem(RootModel[dict[str, Any]]):
    root: dict[str, Any]


class ReportedSkillCreateUpdateRequestSkillsItem(RootModel[dict[str, Any]]):
    root: dict[str, Any]


class ResourceDeleteResponseType(RootModel[dict[str, Any]]):
    """
    Types of objects deleted
    """

    root: dict[str, Any]


class ResourceScrappedDataStatus(StrEnum):
    scrapped = "scrapped"
    failed = "failed"
    pending = "pending"
    unscrapped = "unscrapped"
    field_ = ""


class RetrieverDocumentEmbeddingTrainingStatus(StrEnum):
    trained = "trained"
    failed = "failed"
    pending = "pending"
    untrained = "untrained"
    field_ = ""


class RetrieverDocumentEmbeddingAccess(StrEnum):
    public = "public"
    private = "private"
    field_ = ""


class RetrieverDocumentEmbeddingCrawlerPatternType(StrEnum):
    glob = "glob"
    regex = "regex"
    field_ = ""


class RetrieverDocumentEmbeddingRequestCrawlerPatternType(StrEnum):
    """
    Pattern type for the crawler  * `glob` - Glob * `regex` - Regex
    """

    glob = "glob"
    regex = "regex"


class RetrieverDocumentEmbeddingRequestAccess(StrEnum):
    """
    The access of the document.  * `public` - Public * `private` - Private
    """

    public = "public"
    private = "private"


class SCIMEnterpriseUserDepartmentsItem(RootModel[dict[str, Any]]):
    root: dict[str, Any]


class SCIMEnterpriseUserGroupsItem(RootModel[dict[str, Any]]):
    root: dict[str, Any]


class SCIMEnterpriseUserRbacGroupsItem(RootModel[dict[str, Any]]):
    root: dict[str, Any]


class SCIMEnterpriseUserPlatformsItem(RootModel[dict[str, Any]]):
    root: dict[str, Any]


class SCIMGroupMembersItem(RootModel[dict[str, Any]]):
    root: dict[str, Any]


class SCIMGroupListResponseResourcesItem(RootModel[dict[str, Any]]):
    root: dict[str, Any]


class SCIMUserListResponseResourcesItem(RootModel[dict[str, Any]]):
    root: dict[str, Any]


class SentimentSummarySentimentDistribution(RootModel[dict[str, Any]]):
    root: dict[str, Any]


class SkillsMetricDetailsItem(RootModel[dict[str, Any]]):
    root: dict[str, Any]


class SlackWebhookEvent(RootModel[dict[str, Any]]):
    root: dict[str, Any]


class StripeCheckoutSessionRequestMode(StrEnum):
    """
    Checkout mode  * `subscription` - subscription * `payment` - payment * `setup` - setup
    """

    subscription = "subscription"
    payment = "payment"
    setup = "setup"


class StripeCheckoutSessionRequestPeriod(StrEnum):
    """
    Billing period  * `weekly` - weekly * `monthly` - monthly * `yearly` - yearly
    """

    weekly = "weekly"
    monthly = "monthly"
    yearly = "yearly"


class StripeConnectOnboardBusinessType(StrEnum):
    """
    Type of business  * `individual` - individual * `company` - company
    """

    individual = "individual"
    company = "company"


class StripeCustomerPortalRequestFlowType(StrEnum):
    """
    Type of flow to present: 'payment_method_update' for adding/updating payment method, 'subscription_update' for updating subscription, 'subscription_cancel' for cancellation. If not provided, shows the default portal homepage.  * `payment_method_update` - Payment Method Update * `subscription_update` - Subscription Update * `subscription_cancel` - Subscription Cancel
    """

    payment_method_update = "payment_method_update"
    subscription_update = "subscription_update"
    subscription_cancel = "subscription_cancel"


class TeamsWebhookChannelData(RootModel[dict[str, Any]]):
    root: dict[str, Any]


class TeamsWebhookRecipient(RootModel[dict[str, Any]]):
    root: dict[str, Any]


class TeamsWebhookConversation(RootModel[dict[str, Any]]):
    root: dict[str, Any]


class TeamsWebhookFrom(RootModel[dict[str, Any]]):
    root: dict[str, Any]


class TopicDetailsPagination(RootModel[dict[str, Any]]):
    root: dict[str, Any]


class TrainDocumentViewRequestCrawlerPatternType(StrEnum):
    """
    Pattern type for the crawler  * `glob` - Glob * `regex` - Regex
    """

    glob = "glob"
    regex = "regex"


class UserAppSubscription(RootModel[dict[str, Any]]):
    """
    The subscription details, would contain identifier, active, created_on, last_updated
    """

    root: dict[str, Any]


class UserChatFeedbackRating(IntEnum):
    """
    * `1` - Up Vote * `-1` - Down Vote
    """

    integer_1 = 1


class UserChatPrivacySettingsChatPrivacyMode(StrEnum):
    """
    User's global chat privacy preference  * `normal` - Normal * `anonymized` - Anonymized * `disabled` - Disabled
    """

    normal = "normal"
    anonymized = "anonymized"
    disabled = "disabled"


class UserLicenseAssignmentCreateMetadata(RootModel[dict[str, Any]]):
    """
    Additional metadata for the assignment
    """

    root: dict[str, Any]


class UserLicenseAssignmentDetailMetadata(RootModel[dict[str, Any]]):
    """
    Additional metadata for the assignment
    """

    root: dict[str, Any]


class UserLicenseCreateMetadata(RootModel[dict[str, Any]]):
    """
    Additional license metadata
    """

    root: dict[str, Any]


class UserLicenseCreateEnrollmentConfig(RootModel[dict[str, Any]]):
    """
    Additional enrollment configuration
    """

    root: dict[str, Any]


class UserLicenseDetailMetadata(RootModel[dict[str, Any]]):
    """
    Additional license metadata
    """

    root: dict[str, Any]


class UserLicenseGroupAssignmentCreateMetadata(RootModel[dict[str, Any]]):
    """
    Additional metadata for the assignment
    """

    root: dict[str, Any]


class UserLicenseGroupAssignmentDetailMetadata(RootModel[dict[str, Any]]):
    """
    Additional metadata for the assignment
    """

    root: dict[str, Any]


class UserLicenseUpdateMetadata(RootModel[dict[str, Any]]):
    """
    Updated additional license metadata
    """

    root: dict[str, Any]


class UserLicenseUpdateEnrollmentConfig(RootModel[dict[str, Any]]):
    """
    Updated enrollment configuration
    """

    root: dict[str, Any]


class UserPlatformManagementListViewGetResponseResultsItem(RootModel[dict[str, Any]]):
    root: dict[str, Any]


class UserPlatformManagementListViewGetResponseDataItem(RootModel[dict[str, Any]]):
    root: dict[str, Any]


class UserProxyBulkRequestUsersItem(RootModel[dict[str, StrictStr]]):
    root: dict[str, StrictStr]


class UserSearchResponseResultsItem(RootModel[dict[str, Any]]):
    root: dict[str, Any]


class UserSearchViewGetResponseResultsItem(RootModel[dict[str, Any]]):
    root: dict[str, Any]


class V2RecommendationResponseUserContext(RootModel[dict[str, Any]]):
    """
    Summary of user context used for recommendations
    """

    root: dict[str, Any]


class VerifyGCPMarketPlaceFailedResponseGoogle(RootModel[dict[str, Any]]):
    root: dict[str, Any]


class VerifyGCPMarketPlaceResponseGoogle(RootModel[dict[str, Any]]):
    root: dict[str, Any]


class WebexWebhookData(RootModel[dict[str, Any]]):
    root: dict[str, Any]


class WhatAppWebHookEntryItem(RootModel[dict[str, Any]]):
    root: dict[str, Any]


class AiIndexOrgsUsersDocumentsTrainCreateBodyCrawlerPatternType(Enum):
    """
    Pattern type for the crawler  * `glob` - Glob * `regex` - Regex
    """

    glob = "glob"
    regex = "regex"


class AiIndexOrgsUsersDocumentsTrainCreateBody2CrawlerPatternType(Enum):
    """
    Pattern type for the crawler  * `glob` - Glob * `regex` - Regex
    """

    glob = "glob"
    regex = "regex"


class AiIndexOrgsUsersDocumentsTrainCreateBody3CrawlerPatternType(Enum):
    """
    Pattern type for the crawler  * `glob` - Glob * `regex` - Regex
    """

    glob = "glob"
    regex = "regex"


class AiIndexOrgsUsersDocumentsUpdateBodyCrawlerPatternType(Enum):
    """
    Pattern type for the crawler  * `glob` - Glob * `regex` - Regex
    """

    glob = "glob"
    regex = "regex"


class AiIndexOrgsUsersDocumentsUpdateBodyAccess(Enum):
    """
    The access of the document.  * `public` - Public * `private` - Private
    """

    public = "public"
    private = "private"


class AiIndexOrgsUsersDocumentsUpdateBody2CrawlerPatternType(Enum):
    """
    Pattern type for the crawler  * `glob` - Glob * `regex` - Regex
    """

    glob = "glob"
    regex = "regex"


class AiIndexOrgsUsersDocumentsUpdateBody2Access(Enum):
    """
    The access of the document.  * `public` - Public * `private` - Private
    """

    public = "public"
    private = "private"


class AiIndexOrgsUsersDocumentsUpdateBody3CrawlerPatternType(Enum):
    """
    Pattern type for the crawler  * `glob` - Glob * `regex` - Regex
    """

    glob = "glob"
    regex = "regex"


class AiIndexOrgsUsersDocumentsUpdateBody3Access(Enum):
    """
    The access of the document.  * `public` - Public * `private` - Private
    """

    public = "public"
    private = "private"


class AiMentorOrgsUsersMcpServersCreateBodyAuthType(Enum):
    """
    The type of authentication to use for the MCP server.  * `none` - None * `token` - Token * `oauth2` - Oauth2
    """

    none = "none"
    token = "token"
    oauth2 = "oauth2"


class AiMentorOrgsUsersMcpServersCreateBodyAuthScope(Enum):
    """
    Determines the required authentication granularity. 'platform' uses shared platform credentials, 'mentor' requires mentor-level credentials, and 'user' requires each user to authenticate individually.  * `platform` - Platform * `mentor` - Mentor * `user` - User
    """

    platform = "platform"
    mentor = "mentor"
    user = "user"


class AiMentorOrgsUsersMcpServersCreateBody2AuthType(Enum):
    """
    The type of authentication to use for the MCP server.  * `none` - None * `token` - Token * `oauth2` - Oauth2
    """

    none = "none"
    token = "token"
    oauth2 = "oauth2"


class AiMentorOrgsUsersMcpServersCreateBody2AuthScope(Enum):
    """
    Determines the required authentication granularity. 'platform' uses shared platform credentials, 'mentor' requires mentor-level credentials, and 'user' requires each user to authenticate individually.  * `platform` - Platform * `mentor` - Mentor * `user` - User
    """

    platform = "platform"
    mentor = "mentor"
    user = "user"


class AiMentorOrgsUsersMcpServersCreateBody3AuthType(Enum):
    """
    The type of authentication to use for the MCP server.  * `none` - None * `token` - Token * `oauth2` - Oauth2
    """

    none = "none"
    token = "token"
    oauth2 = "oauth2"


class AiMentorOrgsUsersMcpServersCreateBody3AuthScope(Enum):
    """
    Determines the required authentication granularity. 'platform' uses shared platform credentials, 'mentor' requires mentor-level credentials, and 'user' requires each user to authenticate individually.  * `platform` - Platform * `mentor` - Mentor * `user` - User
    """

    platform = "platform"
    mentor = "mentor"
    user = "user"


class AiMentorOrgsUsersMcpServersUpdateBodyAuthType(Enum):
    """
    The type of authentication to use for the MCP server.  * `none` - None * `token` - Token * `oauth2` - Oauth2
    """

    none = "none"
    token = "token"
    oauth2 = "oauth2"


class AiMentorOrgsUsersMcpServersUpdateBodyAuthScope(Enum):
    """
    Determines the required authentication granularity. 'platform' uses shared platform credentials, 'mentor' requires mentor-level credentials, and 'user' requires each user to authenticate individually.  * `platform` - Platform * `mentor` - Mentor * `user` - User
    """

    platform = "platform"
    mentor = "mentor"
    user = "user"


class AiMentorOrgsUsersMcpServersUpdateBody2AuthType(Enum):
    """
    The type of authentication to use for the MCP server.  * `none` - None * `token` - Token * `oauth2` - Oauth2
    """

    none = "none"
    token = "token"
    oauth2 = "oauth2"


class AiMentorOrgsUsersMcpServersUpdateBody2AuthScope(Enum):
    """
    Determines the required authentication granularity. 'platform' uses shared platform credentials, 'mentor' requires mentor-level credentials, and 'user' requires each user to authenticate individually.  * `platform` - Platform * `mentor` - Mentor * `user` - User
    """

    platform = "platform"
    mentor = "mentor"
    user = "user"


class AiMentorOrgsUsersMcpServersUpdateBody3AuthType(Enum):
    """
    The type of authentication to use for the MCP server.  * `none` - None * `token` - Token * `oauth2` - Oauth2
    """

    none = "none"
    token = "token"
    oauth2 = "oauth2"


class AiMentorOrgsUsersMcpServersUpdateBody3AuthScope(Enum):
    """
    Determines the required authentication granularity. 'platform' uses shared platform credentials, 'mentor' requires mentor-level credentials, and 'user' requires each user to authenticate individually.  * `platform` - Platform * `mentor` - Mentor * `user` - User
    """

    platform = "platform"
    mentor = "mentor"
    user = "user"


class AiMentorOrgsUsersMcpServersPartialUpdateBodyAuthType(Enum):
    """
    The type of authentication to use for the MCP server.  * `none` - None * `token` - Token * `oauth2` - Oauth2
    """

    none = "none"
    token = "token"
    oauth2 = "oauth2"


class AiMentorOrgsUsersMcpServersPartialUpdateBodyAuthScope(Enum):
    """
    Determines the required authentication granularity. 'platform' uses shared platform credentials, 'mentor' requires mentor-level credentials, and 'user' requires each user to authenticate individually.  * `platform` - Platform * `mentor` - Mentor * `user` - User
    """

    platform = "platform"
    mentor = "mentor"
    user = "user"


class AiMentorOrgsUsersMcpServersPartialUpdateBody2AuthType(Enum):
    """
    The type of authentication to use for the MCP server.  * `none` - None * `token` - Token * `oauth2` - Oauth2
    """

    none = "none"
    token = "token"
    oauth2 = "oauth2"


class AiMentorOrgsUsersMcpServersPartialUpdateBody2AuthScope(Enum):
    """
    Determines the required authentication granularity. 'platform' uses shared platform credentials, 'mentor' requires mentor-level credentials, and 'user' requires each user to authenticate individually.  * `platform` - Platform * `mentor` - Mentor * `user` - User
    """

    platform = "platform"
    mentor = "mentor"
    user = "user"


class AiMentorOrgsUsersMcpServersPartialUpdateBody3AuthType(Enum):
    """
    The type of authentication to use for the MCP server.  * `none` - None * `token` - Token * `oauth2` - Oauth2
    """

    none = "none"
    token = "token"
    oauth2 = "oauth2"


class AiMentorOrgsUsersMcpServersPartialUpdateBody3AuthScope(Enum):
    """
    Determines the required authentication granularity. 'platform' uses shared platform credentials, 'mentor' requires mentor-level credentials, and 'user' requires each user to authenticate individually.  * `platform` - Platform * `mentor` - Mentor * `user` - User
    """

    platform = "platform"
    mentor = "mentor"
    user = "user"


class AiAnalyticsAudienceOrgsActiveUsersOverTimeRetrieveFormat(StrEnum):
    json = "json"


class AiAnalyticsAudienceOrgsActiveUsersPerCourseRetrieveFormat(StrEnum):
    json = "json"


class AiAnalyticsAudienceOrgsActiveUsersUsersRetrieveFormat(StrEnum):
    json = "json"


class AiAnalyticsAudienceOrgsEnrollmentsCoursesOverTimeRetrieveActive(StrEnum):
    Y = "y"
    YES = "yes"
    TRUE = "true"
    TRUE_2 = "True"
    N = "n"
    NO = "no"
    FALSE = "false"
    FALSE_2 = "False"


class AiAnalyticsAudienceOrgsEnrollmentsCoursesOverTimeRetrieveFormat(StrEnum):
    json = "json"


class AiAnalyticsAudienceOrgsEnrollmentsCoursesUsersRetrieveActive(StrEnum):
    Y = "y"
    YES = "yes"
    TRUE = "true"
    TRUE_2 = "True"
    N = "n"
    NO = "no"
    FALSE = "false"
    FALSE_2 = "False"


class AiAnalyticsAudienceOrgsEnrollmentsCoursesUsersRetrieveFormat(StrEnum):
    json = "json"


class AiAnalyticsAudienceOrgsEnrollmentsOverTimeRetrieveActive(StrEnum):
    Y = "y"
    YES = "yes"
    TRUE = "true"
    TRUE_2 = "True"
    N = "n"
    NO = "no"
    FALSE = "false"
    FALSE_2 = "False"


class AiAnalyticsAudienceOrgsEnrollmentsOverTimeRetrieveFormat(StrEnum):
    json = "json"


class AiAnalyticsAudienceOrgsEnrollmentsPerCourseRetrieveActive(StrEnum):
    Y = "y"
    YES = "yes"
    TRUE = "true"
    TRUE_2 = "True"
    N = "n"
    NO = "no"
    FALSE = "false"
    FALSE_2 = "False"


class AiAnalyticsAudienceOrgsEnrollmentsPerCourseRetrieveFormat(StrEnum):
    json = "json"


class AiAnalyticsAudienceOrgsRegisteredUsersRetrieveFormat(StrEnum):
    json = "json"


class AiAnalyticsAudienceOrgsRegisteredUsersOverTimeRetrieveFormat(StrEnum):
    json = "json"


class AiAnalyticsAudienceOrgsRegisteredUsersPerCourseRetrieveActive(StrEnum):
    Y = "y"
    YES = "yes"
    TRUE = "true"
    TRUE_2 = "True"
    N = "n"
    NO = "no"
    FALSE = "false"
    FALSE_2 = "False"


class AiAnalyticsAudienceOrgsRegisteredUsersPerCourseRetrieveFormat(StrEnum):
    json = "json"


class AiAnalyticsDepartmentsOrgsRetrieveFormat(StrEnum):
    json = "json"


class AiAnalyticsEngagementOrgsActivityRetrieveFormat(StrEnum):
    json = "json"


class AiAnalyticsEngagementOrgsCourseCompletionOverTimeRetrieveFormat(StrEnum):
    json = "json"


class AiAnalyticsEngagementOrgsCourseCompletionPerCourseRetrieveFormat(StrEnum):
    json = "json"


class AiAnalyticsEngagementOrgsCoursesTimeAverageRetrieveFormat(StrEnum):
    json = "json"


class AiAnalyticsEngagementOrgsCoursesTimeDetailRetrieveFormat(StrEnum):
    json = "json"


class AiAnalyticsEngagementOrgsCoursesTimeOverTimeRetrieveFormat(StrEnum):
    json = "json"


class AiAnalyticsEngagementOrgsCoursesTimeUsersRetrieveFormat(StrEnum):
    json = "json"


class AiAnalyticsEngagementOrgsCoursesTimeUsersDetailRetrieveFormat(StrEnum):
    json = "json"


class AiAnalyticsEngagementOrgsCoursesTimeUsersOverTimeRetrieveFormat(StrEnum):
    json = "json"


class AiAnalyticsEngagementOrgsCoursesVideosRetrieveFormat(StrEnum):
    json = "json"


class AiAnalyticsEngagementOrgsCoursesVideosOverTimeRetrieveFormat(StrEnum):
    json = "json"


class AiAnalyticsEngagementOrgsCoursesVideosSummaryRetrieveFormat(StrEnum):
    json = "json"


class AiAnalyticsEngagementOrgsCoursesVideosUsersRetrieveFormat(StrEnum):
    json = "json"


class AiAnalyticsEngagementOrgsTimeAveragePerlearnerPercourseRetrieveFormat(StrEnum):
    json = "json"


class AiAnalyticsEngagementOrgsTimeAverageWithOverTimeRetrieveFormat(StrEnum):
    json = "json"


class AiAnalyticsEngagementOrgsTimeOverTimeRetrieveFormat(StrEnum):
    json = "json"


class AiAnalyticsEngagementOrgsTimePerCourseRetrieveFormat(StrEnum):
    json = "json"


class AiAnalyticsEngagementOrgsVideosRetrieveFormat(StrEnum):
    json = "json"


class AiAnalyticsEngagementOrgsVideosOverTimeRetrieveFormat(StrEnum):
    json = "json"


class AiAnalyticsOverviewOrgsActiveUsersRetrieveFormat(StrEnum):
    json = "json"


class AiAnalyticsOverviewOrgsAverageGradeRetrieveFormat(StrEnum):
    json = "json"


class AiAnalyticsOverviewOrgsCoursesCompletionsRetrieveFormat(StrEnum):
    json = "json"


class AiAnalyticsOverviewOrgsLearnersRetrieveFormat(StrEnum):
    json = "json"


class AiAnalyticsOverviewOrgsMostActiveCoursesRetrieveFormat(StrEnum):
    json = "json"


class AiAnalyticsOverviewOrgsRegisteredUsersRetrieveFormat(StrEnum):
    json = "json"


class AiAnalyticsPerformanceOrgsCoursesGradingAverageRetrieveFormat(StrEnum):
    json = "json"


class AiAnalyticsPerformanceOrgsCoursesGradingAverageWithCutoffRetrieveFormat(StrEnum):
    json = "json"


class AiAnalyticsPerformanceOrgsCoursesGradingDetailRetrieveFormat(StrEnum):
    json = "json"


class AiAnalyticsPerformanceOrgsCoursesGradingPerLearnerRetrieveFormat(StrEnum):
    json = "json"


class AiAnalyticsPerformanceOrgsCoursesGradingSummaryRetrieveFormat(StrEnum):
    json = "json"


class AiAnalyticsPerformanceOrgsGradingAverageRetrieveFormat(StrEnum):
    json = "json"


class AiAnalyticsPerformanceOrgsGradingPerCourseRetrieveFormat(StrEnum):
    json = "json"


class AiAnalyticsPerlearnerOrgsLearnersRetrieveFormat(StrEnum):
    json = "json"


class AiAnalyticsPerlearnerOrgsUsersRetrieveFormat(StrEnum):
    json = "json"


class AiAnalyticsPerlearnerOrgsUsersActivityRetrieveFormat(StrEnum):
    json = "json"


class AiAnalyticsPerlearnerOrgsUsersCoursesGradingCutoffsRetrieveFormat(StrEnum):
    json = "json"


class AiAnalyticsPerlearnerOrgsUsersCoursesGradingDetailRetrieveFormat(StrEnum):
    json = "json"


class AiAnalyticsPerlearnerOrgsUsersCoursesGradingSummaryRetrieveFormat(StrEnum):
    json = "json"


class AiAnalyticsPerlearnerOrgsUsersCoursesOverviewGradeRetrieveFormat(StrEnum):
    json = "json"


class AiAnalyticsPerlearnerOrgsUsersCoursesOverviewPerformanceIndexRetrieveFormat(StrEnum):
    json = "json"


class AiAnalyticsPerlearnerOrgsUsersCoursesOverviewTimeOverTimeRetrieveFormat(StrEnum):
    json = "json"


class AiAnalyticsPerlearnerOrgsUsersCoursesVideosRetrieveFormat(StrEnum):
    json = "json"


class AiAnalyticsPerlearnerOrgsUsersCoursesVideosOverTimeRetrieveFormat(StrEnum):
    json = "json"


class AiAnalyticsPerlearnerOrgsUsersGradesPerCourseRetrieveFormat(StrEnum):
    json = "json"


class AiAnalyticsPerlearnerOrgsUsersInfoRetrieveFormat(StrEnum):
    json = "json"


class AiAnalyticsPerlearnerOrgsUsersInfoRetrieveMeta(StrEnum):
    Y = "y"
    YES = "yes"
    TRUE = "true"
    TRUE_2 = "True"
    N = "n"
    NO = "no"
    FALSE = "false"
    FALSE_2 = "False"


class AiAnalyticsPerlearnerOrgsUsersLastAccessRetrieveFormat(StrEnum):
    json = "json"


class AiAnalyticsPerlearnerOrgsUsersOverviewEngagementIndexRetrieveFormat(StrEnum):
    json = "json"


class AiAnalyticsPerlearnerOrgsUsersOverviewGradesAverageRetrieveFormat(StrEnum):
    json = "json"


class AiAnalyticsPerlearnerOrgsUsersOverviewPerformanceIndexRetrieveFormat(StrEnum):
    json = "json"


class AiAnalyticsPerlearnerOrgsUsersOverviewTimeOverTimeRetrieveFormat(StrEnum):
    json = "json"


class AiAnalyticsPerlearnerOrgsUsersVideosOverTimeRetrieveFormat(StrEnum):
    json = "json"


class AiAnalyticsPerlearnerOrgsUsersVideosPerCourseRetrieveFormat(StrEnum):
    json = "json"


class AiAnalyticsUserGroupsOrgsRetrieveFormat(StrEnum):
    json = "json"


class AiFinetuningV1OrgUserDatasetsListStatus(StrEnum):
    pending = "pending"
    processing = "processing"
    completed = "completed"
    failed = "failed"


class AiFinetuningV1OrgUserTrainingsListProvider(StrEnum):
    openai = "openai"


class AiFinetuningV1OrgUserTrainingsListStatus(StrEnum):
    pending = "pending"
    processing = "processing"
    completed = "completed"
    cancelled = "cancelled"
    failed = "failed"


class AiMentorOrgsAgentSkillResourcesListFileType(StrEnum):
    script = "script"
    reference = "reference"
    asset = "asset"


class AiMentorOrgsClawInstancesListStatus(StrEnum):
    active = "active"
    inactive = "inactive"
    error = "error"


class AiMentorOrgsUsersCallConfigurationsListMode(StrEnum):
    realtime = "realtime"
    inference = "inference"


class AiMentorOrgsUsersDisclaimersListScope(StrEnum):
    platform = "platform"
    mentor = "mentor"


class AiMentorOrgsUsersMcpServerConnectionsListAuthType(StrEnum):
    none = "none"
    token = "token"
    oauth2 = "oauth2"


class AiMentorOrgsUsersMcpServerConnectionsListScope(StrEnum):
    user = "user"
    mentor = "mentor"
    platform = "platform"


class AiMentorOrgsUsersMcpServersListAuthScope(StrEnum):
    platform = "platform"
    mentor = "mentor"
    user = "user"


class AiMentorOrgsUsersMcpServersListAuthType(StrEnum):
    none = "none"
    token = "token"
    oauth2 = "oauth2"


class AiMentorOrgsUsersMcpServersListTransport(StrEnum):
    sse = "sse"
    websocket = "websocket"
    streamable_http = "streamable_http"


class AiMentorOrgsUsersModerationLogsListTargetSystem(StrEnum):
    Safety_System = "Safety System"
    Moderation_System = "Moderation System"


class AiMentorOrgsUsersPeriodicAgentLogsListStatus(StrEnum):
    success = "success"
    error = "error"
    running = "running"


class AiMentorOrgsUsersPeriodicAgentsListPreviousAgentStatus(StrEnum):
    success = "success"
    error = "error"
    running = "running"
    pending = "pending"


class AiMentorOrgsUsersPeriodicAgentsListStatus(StrEnum):
    success = "success"
    error = "error"
    running = "running"
    pending = "pending"


class AiMentorOrgsUsersSafetyLogsListTargetSystem(StrEnum):
    Safety_System = "Safety System"
    Moderation_System = "Moderation System"


class AiMentorOrgsUsersSupportTicketsListStatus(StrEnum):
    open = "open"
    in_progress = "in_progress"
    closed = "closed"


class AiMentorOrgsUsersVoicesListProvider(StrEnum):
    openai = "openai"
    google = "google"
    elevenlabs = "elevenlabs"


class V2PersonalizedMentorsOrderDirection(StrEnum):
    asc = "asc"
    desc = "desc"


class V2CourseRecommendationsRankingStrategy(StrEnum):
    relevance = "relevance"
    difficulty = "difficulty"
    personalized = "personalized"
    custom = "custom"


class V2CourseRecommendationsRecommendationType(StrEnum):
    mentors = "mentors"
    courses = "courses"
    programs = "programs"
    resources = "resources"
    pathways = "pathways"


class GetContentAnalyticsMetric(StrEnum):
    course = "course"
    courses = "courses"
    program = "program"
    programs = "programs"
    pathway = "pathway"
    pathways = "pathways"
    skill = "skill"
    skills = "skills"


class GetContentAnalyticsDateFilter(StrEnum):
    today = "today"
    field_7d = "7d"
    field_30d = "30d"
    field_90d = "90d"
    all_time = "all_time"
    custom = "custom"


class GetContentAnalyticsGranularity(StrEnum):
    day = "day"
    hour = "hour"
    week = "week"
    month = "month"


class GetContentDetailsMetric(StrEnum):
    course = "course"
    courses = "courses"
    program = "program"
    programs = "programs"
    pathway = "pathway"
    pathways = "pathways"
    skill = "skill"
    skills = "skills"


class GetContentDetailsDateFilter(StrEnum):
    today = "today"
    field_7d = "7d"
    field_30d = "30d"
    field_90d = "90d"
    all_time = "all_time"
    custom = "custom"


class AnalyticsConversationsRetrieveDateFilter(StrEnum):
    today = "today"
    field_7d = "7d"
    field_30d = "30d"
    field_90d = "90d"
    all_time = "all_time"
    custom = "custom"


class AnalyticsConversationsRetrieveGranularity(StrEnum):
    day = "day"
    hour = "hour"
    week = "week"
    month = "month"


class AnalyticsConversationsRetrieveMetric(StrEnum):
    conversations = "conversations"
    headline = "headline"


class AnalyticsFinancialRetrieveMetric(StrEnum):
    total_costs = "total_costs"
    weekly_costs = "weekly_costs"
    monthly_costs = "monthly_costs"


class AnalyticsFinancialRetrieveDateFilter(StrEnum):
    today = "today"
    field_7d = "7d"
    field_30d = "30d"
    field_90d = "90d"
    all_time = "all_time"
    custom = "custom"


class AnalyticsFinancialRetrieveFillMethod(StrEnum):
    zero = "zero"
    previous = "previous"


class AnalyticsFinancialRetrieveGranularity(StrEnum):
    day = "day"
    week = "week"
    month = "month"


class AnalyticsFinancialRetrieveProvider(StrEnum):
    openai = "openai"
    anthropic = "anthropic"
    azure = "azure"
    google = "google"
    meta = "meta"
    other = "other"


class AnalyticsFinancialDetailsRetrieveGroupBy(StrEnum):
    provider = "provider"
    llm_model = "llm_model"
    username = "username"
    mentor = "mentor"
    platform = "platform"
    action = "action"


class AnalyticsFinancialDetailsRetrieveDateFilter(StrEnum):
    today = "today"
    field_7d = "7d"
    field_30d = "30d"
    field_90d = "90d"
    all_time = "all_time"
    custom = "custom"


class AnalyticsLearnerDetailsRetrieveDateFilter(StrEnum):
    today = "today"
    field_7d = "7d"
    field_30d = "30d"
    field_90d = "90d"
    all_time = "all_time"
    custom = "custom"


class AnalyticsLearnerDetailsRetrieveGranularity(StrEnum):
    day = "day"
    hour = "hour"
    week = "week"
    month = "month"


class AnalyticsLearnersRetrieveDateFilter(StrEnum):
    today = "today"
    field_7d = "7d"
    field_30d = "30d"
    field_90d = "90d"
    all_time = "all_time"
    custom = "custom"


class AnalyticsLearnersRetrieveGranularity(StrEnum):
    day = "day"
    hour = "hour"
    week = "week"
    month = "month"


class AnalyticsLearnersListRetrieveDateFilter(StrEnum):
    today = "today"
    field_7d = "7d"
    field_30d = "30d"
    field_90d = "90d"
    all_time = "all_time"
    custom = "custom"


class AnalyticsLearnersListRetrieveGranularity(StrEnum):
    day = "day"
    hour = "hour"
    week = "week"
    month = "month"


class AnalyticsLearnersListRetrieveSortBy(StrEnum):
    username = "username"
    name = "name"
    last_activity = "last_activity"
    total_points = "total_points"
    total_time_spent_seconds = "total_time_spent_seconds"
    total_enrollments = "total_enrollments"
    total_skills_count = "total_skills_count"


class AnalyticsLearnersListRetrieveSortOrder(StrEnum):
    asc = "asc"
    desc = "desc"


class AnalyticsMessagesRetrieveSentiment(StrEnum):
    positive = "positive"
    negative = "negative"
    neutral = "neutral"


class AnalyticsRatingsRetrieveDateFilter(StrEnum):
    today = "today"
    field_7d = "7d"
    field_30d = "30d"
    field_90d = "90d"
    all_time = "all_time"
    custom = "custom"


class AnalyticsRatingsRetrieveGranularity(StrEnum):
    day = "day"
    hour = "hour"
    week = "week"
    month = "month"


class AnalyticsRatingsRetrieveMetric(StrEnum):
    ratings = "ratings"


class AnalyticsSessionsRetrieveDateFilter(StrEnum):
    today = "today"
    field_7d = "7d"
    field_30d = "30d"
    field_90d = "90d"
    all_time = "all_time"
    custom = "custom"


class AnalyticsSessionsRetrieveGranularity(StrEnum):
    day = "day"
    hour = "hour"
    week = "week"
    month = "month"


class AnalyticsSessionsRetrieveMetric(StrEnum):
    sessions = "sessions"
    headline = "headline"


class AnalyticsTimeRetrieveDateFilter(StrEnum):
    today = "today"
    field_7d = "7d"
    field_30d = "30d"
    field_90d = "90d"
    all_time = "all_time"
    custom = "custom"


class AnalyticsTimeRetrieveGranularity(StrEnum):
    day = "day"
    hour = "hour"
    week = "week"
    month = "month"


class AnalyticsTopicsRetrieveDateFilter(StrEnum):
    today = "today"
    field_7d = "7d"
    field_30d = "30d"
    field_90d = "90d"
    all_time = "all_time"
    custom = "custom"


class AnalyticsTopicsRetrieveGranularity(StrEnum):
    day = "day"
    hour = "hour"
    week = "week"
    month = "month"


class AnalyticsTopicsRetrieveMetric(StrEnum):
    overview = "overview"
    sessions = "sessions"
    ratings = "ratings"
    highlighted = "highlighted"


class AnalyticsTopicsDetailsRetrieveDateFilter(StrEnum):
    today = "today"
    field_7d = "7d"
    field_30d = "30d"
    field_90d = "90d"
    all_time = "all_time"
    custom = "custom"


class AnalyticsUsersRetrieveMetric(StrEnum):
    currently_active = "currently_active"
    active_users = "active_users"
    registered_users = "registered_users"
    active_users_last_30d = "active_users_last_30d"


class AnalyticsUsersRetrieveDateFilter(StrEnum):
    today = "today"
    field_7d = "7d"
    field_30d = "30d"
    field_90d = "90d"
    all_time = "all_time"
    custom = "custom"


class AnalyticsUsersRetrieveGranularity(StrEnum):
    day = "day"
    hour = "hour"
    week = "week"
    month = "month"


class AnalyticsUsersDetailsRetrieveDateFilter(StrEnum):
    today = "today"
    field_7d = "7d"
    field_30d = "30d"
    field_90d = "90d"
    all_time = "all_time"
    custom = "custom"


class AudienceOrgsActiveUsersOverTimeRetrieveFormat(StrEnum):
    json = "json"


class AudienceOrgsActiveUsersPerCourseRetrieveFormat(StrEnum):
    json = "json"


class AudienceOrgsActiveUsersUsersRetrieveFormat(StrEnum):
    json = "json"


class AudienceOrgsEnrollmentsCoursesOverTimeRetrieveActive(StrEnum):
    Y = "y"
    YES = "yes"
    TRUE = "true"
    TRUE_2 = "True"
    N = "n"
    NO = "no"
    FALSE = "false"
    FALSE_2 = "False"


class AudienceOrgsEnrollmentsCoursesOverTimeRetrieveFormat(StrEnum):
    json = "json"


class AudienceOrgsEnrollmentsCoursesUsersRetrieveActive(StrEnum):
    Y = "y"
    YES = "yes"
    TRUE = "true"
    TRUE_2 = "True"
    N = "n"
    NO = "no"
    FALSE = "false"
    FALSE_2 = "False"


class AudienceOrgsEnrollmentsCoursesUsersRetrieveFormat(StrEnum):
    json = "json"


class AudienceOrgsEnrollmentsOverTimeRetrieveActive(StrEnum):
    Y = "y"
    YES = "yes"
    TRUE = "true"
    TRUE_2 = "True"
    N = "n"
    NO = "no"
    FALSE = "false"
    FALSE_2 = "False"


class AudienceOrgsEnrollmentsOverTimeRetrieveFormat(StrEnum):
    json = "json"


class AudienceOrgsEnrollmentsPerCourseRetrieveActive(StrEnum):
    Y = "y"
    YES = "yes"
    TRUE = "true"
    TRUE_2 = "True"
    N = "n"
    NO = "no"
    FALSE = "false"
    FALSE_2 = "False"


class AudienceOrgsEnrollmentsPerCourseRetrieveFormat(StrEnum):
    json = "json"


class AudienceOrgsRegisteredUsersRetrieveFormat(StrEnum):
    json = "json"


class AudienceOrgsRegisteredUsersOverTimeRetrieveFormat(StrEnum):
    json = "json"


class AudienceOrgsRegisteredUsersPerCourseRetrieveActive(StrEnum):
    Y = "y"
    YES = "yes"
    TRUE = "true"
    TRUE_2 = "True"
    N = "n"
    NO = "no"
    FALSE = "false"
    FALSE_2 = "False"


class AudienceOrgsRegisteredUsersPerCourseRetrieveFormat(StrEnum):
    json = "json"


class BillingPlatformsItemsSubscribersListStatus(StrEnum):
    active = "active"
    free = "free"
    grandfathered = "grandfathered"
    trialing = "trialing"
    past_due = "past_due"
    canceled = "canceled"
    incomplete = "incomplete"


class BillingPlatformsMySubscriptionsListItemType(StrEnum):
    mentor = "mentor"
    course = "course"
    program = "program"
    pathway = "pathway"


class BillingPlatformsMySubscriptionsListStatus(StrEnum):
    active = "active"
    free = "free"
    grandfathered = "grandfathered"
    trialing = "trialing"
    past_due = "past_due"
    canceled = "canceled"
    incomplete = "incomplete"


class BillingPlatformsPaywallsListItemType(StrEnum):
    mentor = "mentor"
    course = "course"
    program = "program"
    pathway = "pathway"


class BillingPlatformsSubscribersListItemType(StrEnum):
    mentor = "mentor"
    course = "course"
    program = "program"
    pathway = "pathway"


class BillingPlatformsSubscribersListStatus(StrEnum):
    active = "active"
    free = "free"
    grandfathered = "grandfathered"
    trialing = "trialing"
    past_due = "past_due"
    canceled = "canceled"
    incomplete = "incomplete"


class BillingTransactionsRetrieveTransactionType(StrEnum):
    add = "add"
    subtract = "subtract"
    reserve = "reserve"
    release = "release"
    rollover = "rollover"
    refund = "refund"


class CredentialsOrgsUsersAssertionsOverTimeRetrieveFormat(StrEnum):
    json = "json"


class CredentialsOrgsUsersCourseAssertionsOverTimeRetrieveFormat(StrEnum):
    json = "json"


class CredentialsOrgsUsersCredentialsOverTimeRetrieveFormat(StrEnum):
    json = "json"


class CredentialsOrgsUsersAssertionsOverTimeRetrieve2Format(StrEnum):
    json = "json"


class CredentialsOrgsUsersCourseAssertionsOverTimeRetrieve2Format(StrEnum):
    json = "json"


class CredentialsOrgsUsersCredentialsOverTimeRetrieve2Format(StrEnum):
    json = "json"


class DepartmentsOrgsRetrieveFormat(StrEnum):
    json = "json"


class EngagementOrgsActivityRetrieveFormat(StrEnum):
    json = "json"


class EngagementOrgsCourseCompletionOverTimeRetrieveFormat(StrEnum):
    json = "json"


class EngagementOrgsCourseCompletionPerCourseRetrieveFormat(StrEnum):
    json = "json"


class EngagementOrgsCoursesTimeAverageRetrieveFormat(StrEnum):
    json = "json"


class EngagementOrgsCoursesTimeDetailRetrieveFormat(StrEnum):
    json = "json"


class EngagementOrgsCoursesTimeOverTimeRetrieveFormat(StrEnum):
    json = "json"


class EngagementOrgsCoursesTimeUsersRetrieveFormat(StrEnum):
    json = "json"


class EngagementOrgsCoursesTimeUsersDetailRetrieveFormat(StrEnum):
    json = "json"


class EngagementOrgsCoursesTimeUsersOverTimeRetrieveFormat(StrEnum):
    json = "json"


class EngagementOrgsCoursesVideosRetrieveFormat(StrEnum):
    json = "json"


class EngagementOrgsCoursesVideosOverTimeRetrieveFormat(StrEnum):
    json = "json"


class EngagementOrgsCoursesVideosSummaryRetrieveFormat(StrEnum):
    json = "json"


class EngagementOrgsCoursesVideosUsersRetrieveFormat(StrEnum):
    json = "json"


class EngagementOrgsTimeAveragePerlearnerPercourseRetrieveFormat(StrEnum):
    json = "json"


class EngagementOrgsTimeAverageWithOverTimeRetrieveFormat(StrEnum):
    json = "json"


class EngagementOrgsTimeOverTimeRetrieveFormat(StrEnum):
    json = "json"


class EngagementOrgsTimePerCourseRetrieveFormat(StrEnum):
    json = "json"


class EngagementOrgsVideosRetrieveFormat(StrEnum):
    json = "json"


class EngagementOrgsVideosOverTimeRetrieveFormat(StrEnum):
    json = "json"


class NotificationV1OrgsUsersNotificationsCountRetrieveStatus(StrEnum):
    READ = "READ"
    UNREAD = "UNREAD"
    CANCELLED = "CANCELLED"


class OverviewOrgsActiveUsersRetrieveFormat(StrEnum):
    json = "json"


class OverviewOrgsAverageGradeRetrieveFormat(StrEnum):
    json = "json"


class OverviewOrgsCoursesCompletionsRetrieveFormat(StrEnum):
    json = "json"


class OverviewOrgsLearnersRetrieveFormat(StrEnum):
    json = "json"


class OverviewOrgsMostActiveCoursesRetrieveFormat(StrEnum):
    json = "json"


class OverviewOrgsRegisteredUsersRetrieveFormat(StrEnum):
    json = "json"


class PerformanceOrgsCoursesGradingAverageRetrieveFormat(StrEnum):
    json = "json"


class PerformanceOrgsCoursesGradingAverageWithCutoffRetrieveFormat(StrEnum):
    json = "json"


class PerformanceOrgsCoursesGradingDetailRetrieveFormat(StrEnum):
    json = "json"


class PerformanceOrgsCoursesGradingPerLearnerRetrieveFormat(StrEnum):
    json = "json"


class PerformanceOrgsCoursesGradingSummaryRetrieveFormat(StrEnum):
    json = "json"


class PerformanceOrgsGradingAverageRetrieveFormat(StrEnum):
    json = "json"


class PerformanceOrgsGradingPerCourseRetrieveFormat(StrEnum):
    json = "json"


class PerlearnerOrgsLearnersRetrieveFormat(StrEnum):
    json = "json"


class PerlearnerOrgsUsersRetrieveFormat(StrEnum):
    json = "json"


class PerlearnerOrgsUsersActivityRetrieveFormat(StrEnum):
    json = "json"


class PerlearnerOrgsUsersCoursesGradingCutoffsRetrieveFormat(StrEnum):
    json = "json"


class PerlearnerOrgsUsersCoursesGradingDetailRetrieveFormat(StrEnum):
    json = "json"


class PerlearnerOrgsUsersCoursesGradingSummaryRetrieveFormat(StrEnum):
    json = "json"


class PerlearnerOrgsUsersCoursesOverviewGradeRetrieveFormat(StrEnum):
    json = "json"


class PerlearnerOrgsUsersCoursesOverviewPerformanceIndexRetrieveFormat(StrEnum):
    json = "json"


class PerlearnerOrgsUsersCoursesOverviewTimeOverTimeRetrieveFormat(StrEnum):
    json = "json"


class PerlearnerOrgsUsersCoursesVideosRetrieveFormat(StrEnum):
    json = "json"


class PerlearnerOrgsUsersCoursesVideosOverTimeRetrieveFormat(StrEnum):
    json = "json"


class PerlearnerOrgsUsersGradesPerCourseRetrieveFormat(StrEnum):
    json = "json"


class PerlearnerOrgsUsersInfoRetrieveFormat(StrEnum):
    json = "json"


class PerlearnerOrgsUsersInfoRetrieveMeta(StrEnum):
    Y = "y"
    YES = "yes"
    TRUE = "true"
    TRUE_2 = "True"
    N = "n"
    NO = "no"
    FALSE = "false"
    FALSE_2 = "False"


class PerlearnerOrgsUsersLastAccessRetrieveFormat(StrEnum):
    json = "json"


class PerlearnerOrgsUsersOverviewEngagementIndexRetrieveFormat(StrEnum):
    json = "json"


class PerlearnerOrgsUsersOverviewGradesAverageRetrieveFormat(StrEnum):
    json = "json"


class PerlearnerOrgsUsersOverviewPerformanceIndexRetrieveFormat(StrEnum):
    json = "json"


class PerlearnerOrgsUsersOverviewTimeOverTimeRetrieveFormat(StrEnum):
    json = "json"


class PerlearnerOrgsUsersVideosOverTimeRetrieveFormat(StrEnum):
    json = "json"


class PerlearnerOrgsUsersVideosPerCourseRetrieveFormat(StrEnum):
    json = "json"


class PlatformOrgsCoursesCountRetrieveFormat(StrEnum):
    json = "json"


class PlatformOrgsCoursesVideosRetrieveFormat(StrEnum):
    json = "json"


class PlatformOrgsCoursesUsersProgressRetrieveFormat(StrEnum):
    json = "json"


class PlatformOrgsCoursesUsersTimeCountRetrieveFormat(StrEnum):
    json = "json"


class PlatformOrgsCoursesUsersVideosCountRetrieveFormat(StrEnum):
    json = "json"


class PlatformOrgsUsersActiveCountRetrieveFormat(StrEnum):
    json = "json"


class PlatformOrgsUsersCountRetrieveFormat(StrEnum):
    json = "json"


class PlatformOrgsUsersCoursesCompletedCountRetrieveFormat(StrEnum):
    json = "json"


class UserGroupsOrgsRetrieveFormat(StrEnum):
    json = "json"


class PlatformsItemsSubscribersListStatus(StrEnum):
    active = "active"
    free = "free"
    grandfathered = "grandfathered"
    trialing = "trialing"
    past_due = "past_due"
    canceled = "canceled"
    incomplete = "incomplete"


class PlatformsMySubscriptionsListItemType(StrEnum):
    mentor = "mentor"
    course = "course"
    program = "program"
    pathway = "pathway"


class PlatformsMySubscriptionsListStatus(StrEnum):
    active = "active"
    free = "free"
    grandfathered = "grandfathered"
    trialing = "trialing"
    past_due = "past_due"
    canceled = "canceled"
    incomplete = "incomplete"


class PlatformsPaywallsListItemType(StrEnum):
    mentor = "mentor"
    course = "course"
    program = "program"
    pathway = "pathway"


class PlatformsSubscribersListItemType(StrEnum):
    mentor = "mentor"
    course = "course"
    program = "program"
    pathway = "pathway"


class PlatformsSubscribersListStatus(StrEnum):
    active = "active"
    free = "free"
    grandfathered = "grandfathered"
    trialing = "trialing"
    past_due = "past_due"
    canceled = "canceled"
    incomplete = "incomplete"


class TransactionsRetrieveTransactionType(StrEnum):
    add = "add"
    subtract = "subtract"
    reserve = "reserve"
    release = "release"
    rollover = "rollover"
    refund = "refund"


class ActiveUsersList(BaseModel):
    data: list[ActiveUsersData] | MISSING = MISSING
    pagination: Pagination


class ActiveUsersPerCourse(BaseModel):
    data: list[ActiveUsersPerCourseData]
    total: Annotated[StrictInt, Field(description="Total unique active users in this period")]
    meta: OvertimeMeta


class ActivityAPI(BaseModel):
    data: list[ActivityData] | MISSING = MISSING
    total: Annotated[StrictInt, Field(description="Total rows")]


class AgentSkillResource(BaseModel):
    id: StrictInt
    skill: StrictInt
    file_type: FileTypeEnum
    filename: Annotated[StrictStr, Field(max_length=255)]
    content: Annotated[
        StrictStr | MISSING,
        Field(description="Text content for script/reference resources."),
    ] = MISSING
    file: Annotated[
        StrictStr | None | MISSING,
        Field(description="Binary file for asset resources."),
    ] = MISSING
    created_at: AwareDatetime
    updated_at: AwareDatetime


class AgentSkillResourceRequest(BaseModel):
    skill: StrictInt
    file_type: FileTypeEnum
    filename: Annotated[StrictStr, Field(max_length=255)]
    content: Annotated[
        StrictStr | MISSING,
        Field(description="Text content for script/reference resources."),
    ] = MISSING
    file: Annotated[
        StrictStr | None | MISSING,
        Field(description="Binary file for asset resources."),
    ] = MISSING


class AnalyticsOverview(BaseModel):
    conversation_volume: MetricChange
    users: MetricChange
    topics: MetricChange
    user_rating: MetricChange


class ArtifactVersion(BaseModel):
    """
    Serializer for ArtifactVersion model.  Represents a single version of an artifact with its content and metadata.
    """

    id: StrictInt
    artifact: Artifact
    title: Annotated[StrictStr, Field(description="Get the title of the artifact version.")]
    content: Annotated[
        StrictStr,
        Field(description="The markdown-styled content of this artifact version"),
    ]
    session_id: Annotated[
        UUID,
        Field(description="UUID of the session that generated this artifact version"),
    ]
    content_length: Annotated[
        StrictInt, Field(description="Length of the version content in characters")
    ]
    is_current: Annotated[
        StrictBool,
        Field(description="Whether this version is the current/active version"),
    ]
    chat_message: Annotated[StrictInt | None, Field(...)]
    version_number: Annotated[
        StrictInt, Field(description="Sequential version number for display purposes")
    ]
    date_created: Annotated[AwareDatetime, Field(description="When this version was created")]
    created_by: Annotated[
        StrictStr | MISSING,
        Field(
            description="Identifier for who created this version (e.g., 'llm', 'user:username')",
            max_length=100,
        ),
    ] = MISSING
    change_summary: Annotated[
        StrictStr | MISSING,
        Field(
            description="Optional summary of what changed in this version",
            max_length=500,
        ),
    ] = MISSING
    interface: ArtifactVersionInterface


class Assertion(BaseModel):
    entityId: StrictStr
    issuedOn: StrictStr
    credentialDetails: AssertionCredentialDetails
    recipient: AssertionRecipient
    metadata: Any | None | MISSING = MISSING
    course: AssertionCourse
    program: AssertionProgram
    narrative: StrictStr | None | MISSING = MISSING
    revoked: StrictBool | MISSING = MISSING
    revocationReason: StrictStr
    acceptance: AcceptanceEnum | MISSING = MISSING
    expires: StrictStr


class AssertionRequest(BaseModel):
    entityId: StrictStr
    issuedOn: StrictStr
    credentialDetails: AssertionCredentialDetails
    metadata: Any | None | MISSING = MISSING
    narrative: StrictStr | None | MISSING = MISSING
    revoked: StrictBool | MISSING = MISSING
    revocationReason: StrictStr
    acceptance: AcceptanceEnum | MISSING = MISSING
    expires: StrictStr


class AssumedKnowledge(BaseModel):
    levels: list[AssumedKnowledgeLevel]


class AutoRechargeTriggerResponse(BaseModel):
    """
    Response schema for POST auto-recharge/trigger/ (200).
    """

    status: AutoRechargeTriggerResponseStatus


class Average(BaseModel):
    data: AverageData


class AverageOvertime(BaseModel):
    """
    Returns     {         "data": {             "2022-04-26": 0,             "2022-04-27": 0,             ...             "2023-01-01": 0         },         "average": 0     }
    """

    data: AverageOvertimeData | MISSING = MISSING
    average: Annotated[StrictFloat | MISSING, Field(description="average")] = MISSING


class AvgCourseGradeWithCutoffData(BaseModel):
    grade_cutoffs: AvgCourseGradeWithCutoffDataGradeCutoffs
    average_grade: Annotated[StrictFloat, Field(description="Course Average grade")]


class BaseFinanceResponse(BaseModel):
    """
    Base response for all finance metrics.
    """

    metric: Annotated[StrictStr, Field(description="The metric type that was requested")]
    filters: Annotated[FinanceFilters, Field(description="Applied filters for this query")]
    value: Annotated[Decimal, Field(description="Primary metric value (cost in USD)")]
    percentage_change: Annotated[
        StrictFloat | None,
        Field(description="Percentage change vs comparison period (null if no comparison)"),
    ]
    overtime: Annotated[
        list[OvertimeData],
        Field(description="Time series data for overtime visualization"),
    ]
    period_info: Annotated[PeriodInfo, Field(description="Information about the analysis period")]
    comparison_info: Annotated[
        ComparisonInfo,
        Field(description="Information about comparison period (empty if no comparison)"),
    ]


class BlankCourseInvitationCreate(BaseModel):
    """
    Request serializer for BlankCourseInvitationView POST endpoint
    """

    course_id: Annotated[StrictStr, Field(description="The course to create invitations for")]
    source: Annotated[StrictStr, Field(description="The source identifier for the invitations")]
    count: Annotated[StrictInt, Field(description="The number of blank invitations to create")]
    metadata: BlankCourseInvitationCreateMetadata | MISSING = MISSING


class BlankPlatformInvitationCreate(BaseModel):
    """
    Request serializer for BlankPlatformInvitationView POST endpoint
    """

    platform_key: Annotated[StrictStr, Field(description="The platform to create invitations for")]
    source: Annotated[StrictStr, Field(description="The source identifier for the invitations")]
    count: Annotated[StrictInt, Field(description="The number of blank invitations to create")]
    metadata: BlankPlatformInvitationCreateMetadata | MISSING = MISSING


class BlankProgramInvitationCreate(BaseModel):
    """
    Request serializer for BlankProgramInvitationView POST endpoint
    """

    program_key: Annotated[StrictStr, Field(description="The program to create invitations for")]
    source: Annotated[StrictStr, Field(description="The source identifier for the invitations")]
    count: Annotated[StrictInt, Field(description="The number of blank invitations to create")]
    metadata: BlankProgramInvitationCreateMetadata | MISSING = MISSING


class BlockSkillPointInfoRequest(BaseModel):
    """
    Request serializer for BlockSkillPointInfoView POST endpoint. Validates request body for updating block skill point information.
    """

    block_id: Annotated[
        StrictStr,
        Field(description="ID of the block to update skill point information for"),
    ]
    point_data: BlockSkillPointInfoRequestPointData
    overwrite: Annotated[
        StrictBool | None,
        Field(
            description="If True, removes all skills not in point_data. If False, only updates specified skills."
        ),
    ] = True


class Bot(BaseModel):
    id: StrictInt
    platform: StrictInt
    tenant: StrictStr
    name: Annotated[StrictStr, Field(max_length=255)]
    provider: Provider05cEnum
    is_configured: StrictBool
    slack_config: StrictInt
    discord_config: StrictInt
    webex_config: StrictInt
    whatsapp_config: StrictInt
    teams_config: StrictInt
    webhook_url: StrictStr


class BotCreate(BaseModel):
    id: StrictInt
    name: Annotated[StrictStr, Field(max_length=255)]
    provider: Provider05cEnum
    is_configured: StrictBool
    webhook_url: StrictStr
    discord_config: StrictInt
    webex_config: StrictInt
    whatsapp_config: StrictInt
    teams_config: StrictInt


class BotCreateRequest(BaseModel):
    name: Annotated[StrictStr, Field(max_length=255)]
    provider: Provider05cEnum


class Breakdown(BaseModel):
    """
    Detailed breakdown of costs.
    """

    by_provider: list[ProviderBreakdown] | MISSING = MISSING
    by_mentor: list[MentorBreakdown] | MISSING = MISSING
    by_action: list[ActionBreakdown] | MISSING = MISSING


class CeleryHeartbeat(BaseModel):
    status: CeleryHeartbeatStatusEnum
    message: StrictStr


class CeleryHeartbeatFail(BaseModel):
    status: CeleryHeartbeatFailStatusEnum
    message: StrictStr


class ChatHistory(BaseModel):
    id: StrictInt
    message: Annotated[Any | None, Field(...)]
    inserted_at: AwareDatetime
    title: StrictStr | None | MISSING = MISSING
    feedback: Annotated[Any | None, Field(...)]
    files: Annotated[Any | None, Field(...)]
    artifact_versions: list[ArtifactVersion]


class ChatHistoryFilterData(BaseModel):
    topics: list[TopicModel]
    date_ranges: list[DateRange] | MISSING = MISSING
    sentiment: list[StrictStr] | MISSING = MISSING
    users: list[ChatHistoryFilterUser]


class ChatSessionResponse(BaseModel):
    session_id: UUID
    tools: list[ToolResponse]
    enable_artifacts: StrictBool | MISSING = MISSING
    artifacts: list[Artifact]


class ClawInstance(BaseModel):
    id: StrictInt
    name: Annotated[StrictStr, Field(max_length=255)]
    claw_type: ClawTypeEnum | MISSING = MISSING
    provision_mode: ClawInstanceProvisionMode
    server_url: Annotated[
        StrictStr,
        Field(description="HTTPS URL of the Claw worker instance.", max_length=200),
    ]
    gateway_token: StrictStr
    deployment_backend: Annotated[
        StrictInt | None | MISSING,
        Field(description="Backend that deployed this server. Null = manually configured."),
    ] = MISSING
    auth_headers: Annotated[
        Any | None | MISSING,
        Field(description="Per-server auth headers (overrides backend defaults)."),
    ] = MISSING
    connection_params: Annotated[
        Any | None | MISSING,
        Field(
            description="Variant-specific connection parameters (write-only in API). OpenClaw: device_identity.private_key_pem, timeouts. IronClaw: typically empty (bearer token covered by gateway_token)."
        ),
    ] = MISSING
    status: ClawInstanceStatus
    deploy_state: ClawInstanceDeployState
    platform_key: StrictStr
    last_health_check: Annotated[AwareDatetime | None, Field(...)]
    last_health_status: Annotated[StrictStr | None, Field(...)]
    claw_version: Annotated[StrictStr | None, Field(...)]
    created_at: AwareDatetime
    updated_at: AwareDatetime


class ClawInstanceRequest(BaseModel):
    name: Annotated[StrictStr, Field(max_length=255)]
    claw_type: ClawTypeEnum | MISSING = MISSING
    server_url: Annotated[
        StrictStr,
        Field(description="HTTPS URL of the Claw worker instance.", max_length=200),
    ]
    gateway_token: StrictStr
    deployment_backend: Annotated[
        StrictInt | None | MISSING,
        Field(description="Backend that deployed this server. Null = manually configured."),
    ] = MISSING
    auth_headers: Annotated[
        Any | None | MISSING,
        Field(description="Per-server auth headers (overrides backend defaults)."),
    ] = MISSING
    connection_params: Annotated[
        Any | None | MISSING,
        Field(
            description="Variant-specific connection parameters (write-only in API). OpenClaw: device_identity.private_key_pem, timeouts. IronClaw: typically empty (bearer token covered by gateway_token)."
        ),
    ] = MISSING


class Company(BaseModel):
    id: StrictInt
    user: Annotated[StrictInt, Field(description="edX user ID")]
    user_info: UserInfo
    name: Annotated[StrictStr, Field(max_length=100)]
    industry: Annotated[StrictStr | None | MISSING, Field(max_length=100)] = MISSING
    website: Annotated[StrictStr | None | MISSING, Field(max_length=255)] = MISSING
    logo_url: Annotated[StrictStr | None | MISSING, Field(max_length=255)] = MISSING
    data: Annotated[Any | None | MISSING, Field(description="Metadata")] = MISSING
    metadata: Annotated[Any | None | MISSING, Field(description="Metadata")] = MISSING
    created_at: AwareDatetime | MISSING = MISSING
    updated_at: AwareDatetime


class ConnectedService(BaseModel):
    """
    Serializer for representing connected OAuth services.  Includes both the legacy `service` / `scope` string values and structured representations so that consumers can reason about individual scope names.
    """

    id: StrictInt
    provider: Annotated[StrictStr, Field(max_length=128)]
    service: Annotated[StrictStr | MISSING, Field(max_length=255)] = MISSING
    expires_at: AwareDatetime | None | MISSING = MISSING
    scope: StrictStr | MISSING = MISSING
    scope_names: Annotated[
        list[StrictStr],
        Field(description="Return the canonical list of scope identifiers for the connection."),
    ]
    scopes: Annotated[
        list[StrictStr],
        Field(description="Return the OAuth scope strings associated with the connection."),
    ]
    token_type: Annotated[StrictStr | MISSING, Field(max_length=32)] = MISSING
    service_info: ExternalServiceInfo
    username: Annotated[
        list[StrictStr],
        Field(description="Return the username strings associated with the connection."),
    ]


class ContentDetailsContentInfo(BaseModel):
    """
    Serializer for the content information block.
    """

    id: Annotated[StrictStr, Field(description="Identifier for the content item")]
    name: StrictStr | None | MISSING = MISSING
    type: Annotated[StrictStr, Field(description="Content type (course, program, pathway, skill)")]
    slug: StrictStr | None | MISSING = MISSING
    platform: StrictStr | None | MISSING = MISSING
    external: Annotated[
        StrictBool, Field(description="Whether the content is external to the platform")
    ]
    metadata: ContentDetailsContentInfoMetadata | MISSING = MISSING


class ContentDetailsLearner(BaseModel):
    """
    Serializer for individual learner entries in content details.
    """

    user_id: Annotated[StrictInt, Field(description="Learner identifier")]
    username: Annotated[StrictStr | None, Field(description="Learner username")]
    email: Annotated[StrictStr | None, Field(description="Learner email")]
    name: Annotated[StrictStr | None, Field(description="Learner display name")]
    enrollment_date: Annotated[
        AwareDatetime | None,
        Field(description="Date the learner enrolled in the content"),
    ]
    completion_status: Annotated[StrictStr, Field(description="Completion status for the learner")]
    completion_percentage: Annotated[
        StrictFloat | None, Field(description="Learner completion percentage")
    ]
    last_activity: Annotated[
        AwareDatetime | None,
        Field(description="Last activity timestamp for the learner"),
    ]
    rating: Annotated[
        StrictFloat | None,
        Field(description="Learner rating for the content, if available"),
    ]
    review: Annotated[StrictStr | None, Field(description="Learner review content, if available")]
    details: ContentDetailsLearnerDetails | MISSING = MISSING


class ContentDetailsTimeSeries(BaseModel):
    """
    Serializer describing the time series block.
    """

    metric: Annotated[StrictStr, Field(description="Metric represented in the time series")]
    interval: Annotated[StrictStr, Field(description="Aggregation interval (e.g., month)")]
    data: list[ContentDetailsTimeSeriesPoint]


class ContentSummary(BaseModel):
    """
    Serializer for content summary data.
    """

    totals: ContentTotals
    averages: ContentAverages
    overtime: Annotated[
        list[OvertimeDataPoint] | MISSING,
        Field(description="Time spent over time data (courses only, when include_overtime=true)"),
    ] = MISSING


class ContextResponse(BaseModel):
    """
    Response serializer for context endpoint
    """

    status: StrictStr
    data: ContextResponseData


class ConversationDetailResponse(BaseModel):
    summary: ConversationDetailResponseSummary
    messages: list[ConversationDetailResponseMessagesItem]


class ConversationListResponse(BaseModel):
    summary: ConversationListResponseSummary
    results: list[ConversationListItem]
    pagination: ConversationListResponsePagination


class ConversationMessage(BaseModel):
    first_message: StrictStr
    topics: list[TopicModel]
    id: UUID
    user_id: StrictStr
    message_count: StrictInt
    model: StrictStr
    inserted_at: AwareDatetime
    user_sentiment: StrictStr


class Conversations(BaseModel):
    id: UUID
    messages: StrictStr
    topics: list[TopicModel]
    sentiment: StrictStr
    mentor: UUID
    student: StrictStr
    email: StrictStr
    model: StrictStr
    rating: StrictInt
    platform: StrictStr
    lti_email: Annotated[
        StrictStr,
        Field(description="Email claim from LTI1.3 JWT if an LTI user and available"),
    ]
    lti_username: Annotated[
        StrictStr,
        Field(description="Username claim from LTI1.3 JWT if an LTI user and available"),
    ]
    inserted_at: AwareDatetime
    has_document: StrictBool | MISSING = MISSING
    memory_tracked: StrictBool | MISSING = MISSING
    enable_artifacts: StrictBool | MISSING = MISSING
    is_shared: StrictBool | MISSING = MISSING
    is_authenticated: Annotated[
        StrictBool | MISSING,
        Field(description="False if session was created by an anonymous user"),
    ] = MISSING
    llm_name: Annotated[StrictStr | None | MISSING, Field(max_length=255)] = MISSING
    llm_provider: Annotated[StrictStr | None | MISSING, Field(max_length=255)] = MISSING
    metadata: Any | None | MISSING = MISSING
    title: Annotated[
        StrictStr | None | MISSING,
        Field(
            description="AI-generated title summarizing the conversation",
            max_length=255,
        ),
    ] = MISSING
    is_conversation: Annotated[
        StrictBool | MISSING,
        Field(description="True if the session has both user and AI messages"),
    ] = MISSING
    message_count_human: Annotated[
        StrictInt | MISSING,
        Field(description="Count of human messages in this session"),
    ] = MISSING
    message_count_ai: Annotated[
        StrictInt | MISSING, Field(description="Count of AI messages in this session")
    ] = MISSING
    tools: list[StrictInt] | MISSING = MISSING


class ConversationsRequest(BaseModel):
    topics: list[TopicModel]
    mentor: UUID
    model: StrictStr
    platform: StrictStr
    has_document: StrictBool | MISSING = MISSING
    memory_tracked: StrictBool | MISSING = MISSING
    enable_artifacts: StrictBool | MISSING = MISSING
    is_shared: StrictBool | MISSING = MISSING
    is_authenticated: Annotated[
        StrictBool | MISSING,
        Field(description="False if session was created by an anonymous user"),
    ] = MISSING
    llm_name: Annotated[StrictStr | None | MISSING, Field(max_length=255)] = MISSING
    llm_provider: Annotated[StrictStr | None | MISSING, Field(max_length=255)] = MISSING
    metadata: Any | None | MISSING = MISSING
    title: Annotated[
        StrictStr | None | MISSING,
        Field(
            description="AI-generated title summarizing the conversation",
            max_length=255,
        ),
    ] = MISSING
    is_conversation: Annotated[
        StrictBool | MISSING,
        Field(description="True if the session has both user and AI messages"),
    ] = MISSING
    message_count_human: Annotated[
        StrictInt | MISSING,
        Field(description="Count of human messages in this session"),
    ] = MISSING
    message_count_ai: Annotated[
        StrictInt | MISSING, Field(description="Count of AI messages in this session")
    ] = MISSING
    tools: list[StrictInt] | MISSING = MISSING


class CostPerTenant(BaseModel):
    platform_key: StrictStr
    total_cost: StrictFloat
    model_costs: list[ModelCost]


class Count(BaseModel):
    data: CountData


class CourseAccessRequestDetail(BaseModel):
    """
    Response serializer for access request details
    """

    id: Annotated[StrictInt, Field(description="The unique identifier for the access request")]
    user_id: Annotated[StrictInt, Field(description="The ID of the user who made the request")]
    username: Annotated[
        StrictStr, Field(description="The username of the user who made the request")
    ]
    name: Annotated[StrictStr, Field(description="The full name of the user who made the request")]
    approved: Annotated[
        StrictBool | None,
        Field(description="Whether the request has been approved (null if not reviewed)"),
    ]
    reviewed: Annotated[StrictBool, Field(description="Whether the request has been reviewed")]
    created: Annotated[AwareDatetime, Field(description="When the request was created")]
    modified: Annotated[AwareDatetime, Field(description="When the request was last modified")]
    metadata: CourseAccessRequestDetailMetadata | MISSING = MISSING
    platform_key: Annotated[
        StrictStr, Field(description="The platform key associated with the request")
    ]
    course_id: Annotated[StrictStr, Field(description="The course ID associated with the request")]


class CourseCompletionPerCourse(BaseModel):
    data: list[CourseCompletionPerCourseData] | MISSING = MISSING
    pagination: Pagination


class CourseCompletionSummaryDataOvertime(BaseModel):
    overtime: CourseCompletionSummaryDataOvertimeOvertime | MISSING = MISSING
    total_user_count: Annotated[
        StrictInt, Field(description="Total unique active users in this period")
    ]
    completed_count: Annotated[StrictInt, Field(description="Total course completions")]
    completed_percent: Annotated[
        StrictFloat, Field(description="Completion percent for the time range")
    ]


class CourseCompletionSummaryOvertime(BaseModel):
    data: CourseCompletionSummaryDataOvertime
    meta: OvertimeMeta


class CourseCreationTask(BaseModel):
    id: StrictInt
    user_id: StrictStr
    student: Annotated[StrictInt, Field(description="edX user ID")]
    name: Annotated[StrictStr, Field(max_length=200)]
    description: Annotated[
        StrictStr,
        Field(description="Description of the course to create and its requirements"),
    ]
    target_audience: Annotated[
        StrictStr,
        Field(
            description="The intended audience for the course. eg. Grade 11 students.",
            max_length=200,
        ),
    ]
    platform: StrictInt
    platform_key: StrictStr
    status: CourseCreationTaskStatus
    publish_course: StrictBool | MISSING = MISSING
    course_data: Annotated[Any | None, Field(...)]
    provider: Annotated[StrictStr | MISSING, Field(max_length=20)] = MISSING
    model: Annotated[StrictStr | MISSING, Field(max_length=150)] = MISSING
    desired_number_of_sections: StrictInt | MISSING = MISSING
    logs: StrictStr
    files: list[CourseCreationTaskFile]
    date_created: AwareDatetime
    last_modified: AwareDatetime


class CourseDeleteResponse(BaseModel):
    """
    Serializer for course deletion response.
    """

    count: Annotated[StrictInt, Field(description="Number of courses deleted")]
    type: CourseDeleteResponseType


class CourseDetail(BaseModel):
    course_id: StrictStr
    name: StrictStr | None | MISSING = MISSING
    platform: StrictStr | None | MISSING = MISSING
    enrollment: EnrollmentInfo
    completion: CourseDetailCompletion | None | MISSING = MISSING
    time_spent: Annotated[
        StrictStr | MISSING,
        Field(
            description="Total time spent on this course in human-readable format (e.g., '1h 30m')"
        ),
    ] = MISSING
    time_spent_secs: Annotated[
        StrictInt | MISSING,
        Field(description="Total time spent on this course in seconds"),
    ] = MISSING


class CourseGradeSummary(BaseModel):
    data: list[CourseGradeSummaryData] | MISSING = MISSING


class CourseGradingDetail(BaseModel):
    data: list[CourseGradingDetailData] | MISSING = MISSING


class CourseGroupSuggestionCreate(BaseModel):
    """
    Request serializer for CourseGroupSuggestionManagementView POST endpoint
    """

    platform_key: Annotated[StrictStr, Field(description="The platform for the group suggestion")]
    course_id: Annotated[StrictStr, Field(description="The course ID to suggest")]
    group_id: Annotated[StrictInt, Field(description="The group to suggest the course to")]
    accepted: Annotated[
        StrictBool | None, Field(description="Whether the suggestion is accepted")
    ] = False
    visible: Annotated[
        StrictBool | None, Field(description="Whether the suggestion is visible")
    ] = True
    metadata: CourseGroupSuggestionCreateMetadata | MISSING = MISSING
    suggested_by: Annotated[
        StrictStr | MISSING, Field(description="The user who suggested the group")
    ] = MISSING
    direct: Annotated[StrictBool | None, Field(description="Whether the suggestion is direct")] = (
        True
    )
    department_mode: Annotated[
        StrictBool | None,
        Field(description="Flag to ensure department admins can call the API"),
    ] = False


class CourseGroupSuggestionDetail(BaseModel):
    """
    Response serializer for course group suggestion details
    """

    id: Annotated[StrictInt, Field(description="The unique identifier for the group suggestion")]
    group_id: Annotated[
        StrictInt, Field(description="The ID of the group receiving the suggestion")
    ]
    group_name: Annotated[
        StrictStr, Field(description="The name of the group receiving the suggestion")
    ]
    platform_key: Annotated[
        StrictStr, Field(description="The platform key associated with the suggestion")
    ]
    accepted: Annotated[
        StrictBool | MISSING,
        Field(description="Whether the suggestion has been accepted"),
    ] = MISSING
    visible: Annotated[StrictBool, Field(description="Whether the suggestion is visible")]
    created: Annotated[AwareDatetime, Field(description="When the suggestion was created")]
    modified: Annotated[AwareDatetime, Field(description="When the suggestion was last modified")]
    metadata: CourseGroupSuggestionDetailMetadata
    course_id: Annotated[StrictStr, Field(description="The course ID being suggested")]
    course_name: Annotated[StrictStr, Field(description="The name of the course being suggested")]
    user_count: Annotated[
        StrictInt | MISSING, Field(description="Number of users in the group")
    ] = MISSING


class CourseInvitationCreate(BaseModel):
    """
    Request serializer for CourseInvitationView POST endpoint.  Supports CSV date fields for enrollment_config: - course_access_start_date: Maps to enrollment_config['started'] - course_access_expiration_date: Maps to enrollment_config['expired']
    """

    course_id: Annotated[StrictStr, Field(description="The course to create an invitation for")]
    email: Annotated[StrictStr | MISSING, Field(description="The email address to invite")] = (
        MISSING
    )
    username: Annotated[StrictStr | MISSING, Field(description="The username to invite")] = MISSING
    active: Annotated[StrictBool | None, Field(description="Whether the invitation is active")] = (
        True
    )
    source: Annotated[StrictStr | MISSING, Field(description="The source of the invitation")] = (
        MISSING
    )
    redirect_to: Annotated[
        StrictStr | MISSING,
        Field(description="URL to redirect to after accepting the invitation"),
    ] = MISSING
    created: Annotated[
        AwareDatetime | MISSING, Field(description="When the invitation was created")
    ] = MISSING
    expired: Annotated[
        AwareDatetime | MISSING, Field(description="When the invitation expires")
    ] = MISSING
    metadata: CourseInvitationCreateMetadata | MISSING = MISSING
    enrollment_config: CourseInvitationCreateEnrollmentConfig | MISSING = MISSING
    course_access_start_date: Annotated[
        AwareDatetime | None | MISSING,
        Field(description="Course access start date (maps to enrollment_config['started'])"),
    ] = MISSING
    course_access_expiration_date: Annotated[
        AwareDatetime | None | MISSING,
        Field(description="Course access expiration date (maps to enrollment_config['expired'])"),
    ] = MISSING


class CourseInvitationDetail(BaseModel):
    """
    Response serializer for course invitation details
    """

    id: Annotated[StrictInt, Field(description="The unique identifier for the invitation")]
    user_id: Annotated[
        StrictInt | None | MISSING,
        Field(description="The ID of the user associated with the invitation"),
    ] = MISSING
    username: Annotated[
        StrictStr | None,
        Field(description="The username of the user associated with the invitation"),
    ]
    email: Annotated[
        StrictStr | None,
        Field(description="The email address associated with the invitation"),
    ]
    created: Annotated[
        AwareDatetime | MISSING, Field(description="When the invitation was created")
    ] = MISSING
    started: Annotated[AwareDatetime | None, Field(description="When the invitation was started")]
    expired: Annotated[AwareDatetime | None, Field(description="When the invitation expires")]
    source: Annotated[StrictStr | None, Field(description="The source of the invitation")]
    redirect_to: Annotated[
        StrictStr | None,
        Field(description="URL to redirect to after accepting the invitation"),
    ]
    active: Annotated[StrictBool, Field(description="Whether the invitation is active")]
    metadata: CourseInvitationDetailMetadata
    course_id: Annotated[
        StrictStr, Field(description="The course ID associated with the invitation")
    ]


class CourseInvitationRedemption(BaseModel):
    """
    Request serializer for CourseInvitationRedemptionView POST endpoint
    """

    course_id: Annotated[StrictStr, Field(description="The course ID for the invitation")]
    source: Annotated[StrictStr, Field(description="The source identifier for the invitation")]
    email: Annotated[
        StrictStr | MISSING,
        Field(description="The email to associate with the invitation"),
    ] = MISSING
    username: Annotated[
        StrictStr | MISSING,
        Field(description="The username to associate with the invitation"),
    ] = MISSING
    metadata: CourseInvitationRedemptionMetadata | MISSING = MISSING


class CourseLicenseAssignmentCreate(BaseModel):
    """
    Request serializer for CourseLicenseAssignmentView POST endpoint
    """

    license_id: Annotated[StrictInt, Field(description="The ID of the course license")]
    user_id: Annotated[
        StrictInt | MISSING, Field(description="The user ID to assign the license to")
    ] = MISSING
    email: Annotated[
        StrictStr | MISSING, Field(description="The email to assign the license to")
    ] = MISSING
    platform_key: Annotated[
        StrictStr | MISSING, Field(description="The unique identifier for the platform")
    ] = MISSING
    platform_org: Annotated[
        StrictStr | MISSING,
        Field(description="The organization identifier for the platform"),
    ] = MISSING
    active: Annotated[StrictBool | None, Field(description="Whether the assignment is active")] = (
        True
    )
    fulfilled: Annotated[
        StrictBool | None,
        Field(description="Whether the assignment has been fulfilled"),
    ] = False
    metadata: CourseLicenseAssignmentCreateMetadata | MISSING = MISSING


class CourseLicenseAssignmentDetail(BaseModel):
    """
    Response serializer for course license assignment details
    """

    id: Annotated[StrictInt, Field(description="The unique identifier for the assignment")]
    user_id: Annotated[StrictInt, Field(description="The ID of the user assigned the license")]
    username: Annotated[
        StrictStr, Field(description="The username of the user assigned the license")
    ]
    email: Annotated[
        StrictStr | None,
        Field(description="The email address of the user assigned the license"),
    ]
    active: Annotated[StrictBool, Field(description="Whether the assignment is active")]
    fulfilled: Annotated[
        StrictBool | MISSING,
        Field(description="Whether the assignment has been fulfilled"),
    ] = MISSING
    redirect_to: Annotated[
        StrictStr | None | MISSING,
        Field(description="URL to redirect to after fulfillment"),
    ] = MISSING
    metadata: CourseLicenseAssignmentDetailMetadata
    license_id: Annotated[StrictInt, Field(description="The ID of the course license")]
    license_name: Annotated[StrictStr, Field(description="The name of the course license")]
    course_id: Annotated[StrictStr, Field(description="The course ID associated with the license")]


class CourseLicenseCreate(BaseModel):
    """
    Request serializer for CourseLicenseCreateView POST endpoint
    """

    platform_key: Annotated[StrictStr, Field(description="The platform to create a license for")]
    platform_org: Annotated[
        StrictStr | MISSING,
        Field(description="The organization identifier for the platform"),
    ] = MISSING
    course_id: Annotated[StrictStr, Field(description="The course ID to create a license for")]
    name: Annotated[StrictStr | MISSING, Field(description="Display name for the license")] = (
        MISSING
    )
    count: Annotated[StrictInt | None, Field(description="Number of seats purchased")] = 0
    started: Annotated[
        AwareDatetime | MISSING, Field(description="Date when license should begin")
    ] = MISSING
    expired: Annotated[
        AwareDatetime | None | MISSING,
        Field(description="Date when license should expire"),
    ] = MISSING
    active: Annotated[StrictBool | None, Field(description="Whether the license is active")] = True
    metadata: CourseLicenseCreateMetadata | MISSING = MISSING
    enrollment_config: CourseLicenseCreateEnrollmentConfig | MISSING = MISSING
    source: Annotated[StrictStr | MISSING, Field(description="Source identifier")] = MISSING
    external_id: Annotated[
        StrictStr | None | MISSING,
        Field(description="External identifier (must be unique)"),
    ] = MISSING
    transaction_id: Annotated[
        StrictStr | MISSING, Field(description="Transaction identifier for tracking")
    ] = MISSING
    change_type: Annotated[StrictStr | None, Field(description="Type of change being made")] = (
        "create"
    )


class CourseLicenseDetail(BaseModel):
    """
    Response serializer for course license details
    """

    id: Annotated[StrictInt, Field(description="The unique identifier for the license")]
    created: Annotated[AwareDatetime, Field(description="When the license was created")]
    started: Annotated[AwareDatetime, Field(description="When the license becomes active")]
    expired: Annotated[AwareDatetime | None, Field(description="When the license expires")]
    name: Annotated[StrictStr, Field(description="The display name of the license")]
    count: Annotated[StrictInt, Field(description="The number of seats purchased")]
    active: Annotated[StrictBool, Field(description="Whether the license is active")]
    metadata: CourseLicenseDetailMetadata
    source: Annotated[StrictStr, Field(description="The source identifier for the license")]
    external_id: Annotated[
        StrictStr | None, Field(description="External identifier for the license")
    ]
    platform_key: Annotated[
        StrictStr, Field(description="The platform key associated with the license")
    ]
    course_id: Annotated[StrictStr, Field(description="The course ID associated with the license")]
    usage_count: Annotated[StrictInt | None, Field(description="The number of seats purchased")] = 0


class CourseLicenseGroupAssignmentCreate(BaseModel):
    """
    Request serializer for CourseLicenseGroupAssignmentView POST endpoint
    """

    license_id: Annotated[StrictInt, Field(description="The ID of the course license")]
    group_id: Annotated[StrictInt, Field(description="The group ID to assign the license to")]
    platform_key: Annotated[
        StrictStr | MISSING, Field(description="The unique identifier for the platform")
    ] = MISSING
    platform_org: Annotated[
        StrictStr | MISSING,
        Field(description="The organization identifier for the platform"),
    ] = MISSING
    active: Annotated[StrictBool | None, Field(description="Whether the assignment is active")] = (
        True
    )
    fulfilled: Annotated[
        StrictBool | None,
        Field(description="Whether the assignment has been fulfilled"),
    ] = False
    metadata: CourseLicenseGroupAssignmentCreateMetadata | MISSING = MISSING


class CourseLicenseGroupAssignmentDetail(BaseModel):
    """
    Response serializer for course license group assignment details
    """

    id: Annotated[StrictInt, Field(description="The unique identifier for the assignment")]
    group_id: Annotated[StrictInt, Field(description="The ID of the group assigned the license")]
    group_name: Annotated[
        StrictStr, Field(description="The name of the group assigned the license")
    ]
    active: Annotated[StrictBool, Field(description="Whether the assignment is active")]
    fulfilled: Annotated[
        StrictBool | MISSING,
        Field(description="Whether the assignment has been fulfilled"),
    ] = MISSING
    redirect_to: Annotated[
        StrictStr | None | MISSING,
        Field(description="URL to redirect to after fulfillment"),
    ] = MISSING
    metadata: CourseLicenseGroupAssignmentDetailMetadata
    license_id: Annotated[StrictInt, Field(description="The ID of the course license")]
    license_name: Annotated[StrictStr, Field(description="The name of the course license")]
    course_id: Annotated[StrictStr, Field(description="The course ID associated with the license")]


class CourseLicenseUpdate(BaseModel):
    """
    Request serializer for CourseLicenseUpdateView POST endpoint
    """

    license_id: Annotated[
        StrictInt | MISSING,
        Field(description="The ID of the license to update (required if external_id not provided)"),
    ] = MISSING
    external_id: Annotated[
        StrictStr | MISSING,
        Field(
            description="External identifier of the license to update (required if license_id not provided)"
        ),
    ] = MISSING
    platform_key: Annotated[
        StrictStr | MISSING, Field(description="The platform key (not updatable)")
    ] = MISSING
    platform_org: Annotated[
        StrictStr | MISSING,
        Field(description="The platform organization (not updatable)"),
    ] = MISSING
    course_id: Annotated[
        StrictStr | MISSING, Field(description="The course ID (not updatable)")
    ] = MISSING
    name: Annotated[
        StrictStr | MISSING, Field(description="Updated display name for the license")
    ] = MISSING
    count: Annotated[
        StrictInt | MISSING, Field(description="Updated number of seats purchased")
    ] = MISSING
    started: Annotated[
        AwareDatetime | MISSING,
        Field(description="Updated date when license should begin"),
    ] = MISSING
    expired: Annotated[
        AwareDatetime | None | MISSING,
        Field(description="Updated date when license should expire"),
    ] = MISSING
    active: Annotated[StrictBool | MISSING, Field(description="Updated active status")] = MISSING
    metadata: CourseLicenseUpdateMetadata | MISSING = MISSING
    source: Annotated[StrictStr | MISSING, Field(description="Updated source identifier")] = MISSING
    transaction_id: Annotated[
        StrictStr | MISSING, Field(description="Transaction identifier for tracking")
    ] = MISSING
    change_type: Annotated[StrictStr | None, Field(description="Type of change being made")] = (
        "update"
    )


class CourseRecommendation(BaseModel):
    """
    Individual course recommendation with reasoning.
    """

    course_id: Annotated[StrictStr, Field(description="The ID of the recommended course")]
    course_title: Annotated[StrictStr, Field(description="The title of the recommended course")]
    reason: Annotated[
        StrictStr,
        Field(description="AI-generated explanation for why this course is recommended"),
    ]
    domain: Annotated[
        StrictStr | None | MISSING, Field(description="Course domain/subject area")
    ] = MISSING
    difficulty_level: Annotated[
        StrictStr | None | MISSING, Field(description="Course difficulty level")
    ] = MISSING
    estimated_hours: Annotated[
        StrictFloat | None | MISSING, Field(description="Estimated hours to complete")
    ] = MISSING
    confidence_score: Annotated[
        StrictFloat | None | MISSING,
        Field(description="AI confidence in this recommendation (0-1)"),
    ] = MISSING
    platform_key: Annotated[
        StrictStr | None | MISSING,
        Field(
            description="Platform/tenant key this course belongs to (extracted from course_id or metadata)"
        ),
    ] = MISSING
    description: Annotated[
        StrictStr | None | MISSING,
        Field(
            description="Course description (priority: description > short_description > overview with HTML stripped)"
        ),
    ] = MISSING
    short_description: Annotated[
        StrictStr | None | MISSING,
        Field(description="Course short description from edx_data"),
    ] = MISSING
    edx_data: CourseRecommendationEdxData | None | MISSING = MISSING


class CourseReviewPaginatedResponse(BaseModel):
    """
    Paginated response serializer for CourseReviewQueryView GET endpoint.
    """

    count: Annotated[StrictInt, Field(description="Total number of reviews")]
    next_page: Annotated[StrictInt | None, Field(description="Next page number")]
    previous_page: Annotated[StrictInt | None, Field(description="Previous page number")]
    results: list[CourseReviewPaginatedResponseResultsItem]


class CourseSkill(BaseModel):
    course_id: Annotated[
        StrictStr,
        Field(description="The edX course ID string for the course.", max_length=255),
    ]
    skills: list[Skill]


class CourseSkillPointInfoRequest(BaseModel):
    """
    Request serializer for CourseSkillPointInfoView POST endpoint. Validates request body for updating course skill point information.
    """

    course_id: Annotated[
        StrictStr,
        Field(description="ID of the course to update skill point information for"),
    ]
    point_data: CourseSkillPointInfoRequestPointData
    overwrite: Annotated[
        StrictBool | None,
        Field(
            description="If True, removes all skills not in point_data. If False, only updates specified skills."
        ),
    ] = True


class CourseSuggestionBulkCreate(BaseModel):
    """
    Request serializer for CourseSuggestionBulkManagementView POST endpoint
    """

    platform_key: Annotated[StrictStr, Field(description="The platform for the suggestions")]
    suggestion_data: Annotated[
        list[CourseSuggestionBulkCreateSuggestionDataItem],
        Field(
            description="List of suggestion data objects, each containing course_id, user_id, etc."
        ),
    ]
    department_mode: Annotated[
        StrictBool | None,
        Field(description="Flag to ensure department admins can call the API"),
    ] = False


class CourseSuggestionCreate(BaseModel):
    """
    Request serializer for CourseSuggestionManagementView POST endpoint
    """

    platform_key: Annotated[StrictStr, Field(description="The platform for the suggestion")]
    course_id: Annotated[StrictStr, Field(description="The course ID to suggest")]
    user_id: Annotated[StrictStr, Field(description="The user to suggest the course to")]
    username: Annotated[
        StrictStr | MISSING,
        Field(description="The username of the user to suggest the course to"),
    ] = MISSING
    email: Annotated[
        StrictStr | MISSING,
        Field(description="The email of the user to suggest the course to"),
    ] = MISSING
    accepted: Annotated[
        StrictBool | None, Field(description="Whether the suggestion is accepted")
    ] = False
    visible: Annotated[
        StrictBool | None, Field(description="Whether the suggestion is visible")
    ] = True
    metadata: CourseSuggestionCreateMetadata | MISSING = MISSING
    suggested_by: Annotated[
        StrictStr | MISSING, Field(description="The user who suggested the course")
    ] = MISSING
    direct: Annotated[StrictBool | None, Field(description="Whether the suggestion is direct")] = (
        True
    )
    department_mode: Annotated[
        StrictBool | None,
        Field(description="Flag to ensure department admins can call the API"),
    ] = False


class CourseSuggestionDetail(BaseModel):
    """
    Response serializer for course suggestion details
    """

    id: Annotated[StrictInt, Field(description="The unique identifier for the suggestion")]
    user_id: Annotated[StrictInt, Field(description="The ID of the user receiving the suggestion")]
    username: Annotated[
        StrictStr,
        Field(description="The username of the user receiving the suggestion"),
    ]
    name: Annotated[
        StrictStr,
        Field(description="The full name of the user receiving the suggestion"),
    ]
    platform_key: Annotated[
        StrictStr, Field(description="The platform key associated with the suggestion")
    ]
    accepted: Annotated[
        StrictBool,
        Field(description="Whether the suggestion has been accepted by the user"),
    ]
    visible: Annotated[
        StrictBool, Field(description="Whether the suggestion is visible to the user")
    ]
    created: Annotated[AwareDatetime, Field(description="When the suggestion was created")]
    modified: Annotated[AwareDatetime, Field(description="When the suggestion was last modified")]
    metadata: CourseSuggestionDetailMetadata
    course_id: Annotated[StrictStr, Field(description="The course ID being suggested")]
    course_name: Annotated[StrictStr, Field(description="The name of the course being suggested")]


class CreateXblock(BaseModel):
    """
    Validate input for creating an xblock under a parent.
    """

    parent_xblock_id: Annotated[
        StrictStr, Field(description="The xblock locator of the parent block.")
    ]
    xblock_type: CreateXblockXblockType
    display_name: Annotated[StrictStr, Field(description="Display name for the new block.")]
    position: Annotated[
        StrictStr | None,
        Field(description="Position within the parent ('first', 'last', or a 1-based index)."),
    ] = "last"
    content: Annotated[
        StrictStr | None,
        Field(description="HTML content body. Only used for html/problem component types."),
    ] = ""
    markdown: Annotated[
        StrictStr | None,
        Field(description="Markdown source. Only used for problem (multiplechoice) components."),
    ] = ""


class CreditTransactionHistory(BaseModel):
    """
    Serializer for user-facing transaction history. NEVER exposes internal USD amounts (amount_usd, usd_balance_*).  - payment_amount_usd: only shown for ``add`` transactions (real user payment). - description: user-friendly label derived from service_name/transaction_type. - service_name is excluded from the response (internal detail).
    """

    id: UUID
    transaction_type: TransactionTypeEnum
    status: CreditTransactionHistoryStatusEnum | MISSING = MISSING
    payment_amount_usd: StrictStr
    credits_amount: StrictStr
    credits_balance_after: StrictStr
    description: StrictStr
    created_at: AwareDatetime


class DataSet(BaseModel):
    id: UUID
    platform: DataSetPlatform | None
    name: Annotated[StrictStr, Field(max_length=255)]
    prompt: Annotated[
        StrictStr | MISSING,
        Field(
            description="(if any) Special instructions for generating the dataset. This could be requirements on tone, language, style, etc.",
            max_length=1000,
        ),
    ] = MISSING
    source_url: Annotated[StrictStr | MISSING, Field(max_length=400)] = MISSING
    source_file: StrictStr | MISSING = MISSING
    status: DataSetStatusEnum | MISSING = MISSING
    num_data_points: StrictInt | MISSING = MISSING
    train_split: Annotated[StrictFloat | MISSING, Field(ge=0.0, le=1.0)] = MISSING
    train_file: StrictStr | MISSING = MISSING
    test_file: StrictStr | MISSING = MISSING
    retry_attempts: StrictInt | MISSING = MISSING
    error_log: StrictStr | MISSING = MISSING
    date_created: AwareDatetime
    last_modified: AwareDatetime


class DataSetRequest(BaseModel):
    platform: DataSetPlatform | None
    name: Annotated[StrictStr, Field(max_length=255)]
    prompt: Annotated[
        StrictStr | MISSING,
        Field(
            description="(if any) Special instructions for generating the dataset. This could be requirements on tone, language, style, etc.",
            max_length=1000,
        ),
    ] = MISSING
    source_url: Annotated[StrictStr | MISSING, Field(max_length=400)] = MISSING
    source_file: StrictStr | MISSING = MISSING
    status: DataSetStatusEnum | MISSING = MISSING
    num_data_points: StrictInt | MISSING = MISSING
    train_split: Annotated[StrictFloat | MISSING, Field(ge=0.0, le=1.0)] = MISSING
    train_file: StrictStr | MISSING = MISSING
    test_file: StrictStr | MISSING = MISSING
    retry_attempts: StrictInt | MISSING = MISSING
    error_log: StrictStr | MISSING = MISSING


class DesiredRoleCreateUpdateRequest(BaseModel):
    """
    Serializer for desired role creation/update request parameters.
    """

    user_id: Annotated[StrictInt | MISSING, Field(description="User ID")] = MISSING
    username: Annotated[StrictStr | MISSING, Field(description="Username")] = MISSING
    roles: Annotated[
        list[DesiredRoleCreateUpdateRequestRolesItem],
        Field(
            description="List of roles (can be role IDs or objects with name, platform_key, etc.)"
        ),
    ]
    data: Annotated[Any | None | MISSING, Field(description="Additional data")] = MISSING


class DesiredSkill(BaseModel):
    user_id: StrictInt | MISSING = MISSING
    username: StrictStr | MISSING = MISSING
    skills: list[Skill]
    data: Annotated[Any | None, Field(...)]


class DesiredSkillCreateUpdateRequest(BaseModel):
    """
    Serializer for desired skill creation/update request parameters.
    """

    user_id: Annotated[StrictInt | MISSING, Field(description="User ID")] = MISSING
    username: Annotated[StrictStr | MISSING, Field(description="Username")] = MISSING
    skills: Annotated[
        list[DesiredSkillCreateUpdateRequestSkillsItem],
        Field(
            description="List of skills (can be skill IDs or objects with name, platform_key, etc.)"
        ),
    ]
    data: Annotated[Any | None | MISSING, Field(description="Additional data")] = MISSING


class DetailedGradeView(BaseModel):
    data: list[DetailedGradeViewData] | MISSING = MISSING


class Disclaimer(BaseModel):
    id: StrictInt
    scope: DisclaimerScopeEnum | MISSING = MISSING
    platform: Annotated[StrictInt, Field(description="Platform to which the disclaimer applies. ")]
    content: StrictStr
    title: Annotated[StrictStr | MISSING, Field(max_length=120)] = MISSING
    active: StrictBool | MISSING = MISSING
    created_at: AwareDatetime
    updated_at: AwareDatetime
    has_agreed: StrictBool
    platform_key: StrictStr
    mentors: list[UUID] | MISSING = MISSING


class DisclaimerRequest(BaseModel):
    scope: DisclaimerScopeEnum | MISSING = MISSING
    content: StrictStr
    title: Annotated[StrictStr | MISSING, Field(max_length=120)] = MISSING
    active: StrictBool | MISSING = MISSING
    mentors: list[UUID] | MISSING = MISSING


class DocumentFacet(BaseModel):
    """
    Serializer for document facets
    """

    total: Annotated[StrictInt, Field(description="Total number of documents in this facet")]
    terms: DocumentFacetTerms
    other: Annotated[StrictInt, Field(description="Count of documents not in any term")]


class EngagementPerCourse(BaseModel):
    data: list[EngagementPerCourseData] | MISSING = MISSING
    pagination: Pagination


class Enrollments(BaseModel):
    data: list[EnrollmentsData] | MISSING = MISSING
    pagination: Pagination
    meta: OvertimeMeta | MISSING = MISSING


class EnrollmentsPerUser(BaseModel):
    data: list[EnrollmentsPerUserData] | MISSING = MISSING
    pagination: Pagination


class Entity(BaseModel):
    """
    Entity information for the invoice.
    """

    type: EntityTypeEnum | MISSING = MISSING
    username: StrictStr | MISSING = MISSING
    platform_key: StrictStr | MISSING = MISSING
    platform_name: StrictStr | MISSING = MISSING
    display_name: StrictStr


class Experience(BaseModel):
    id: StrictInt
    user: Annotated[StrictInt, Field(description="edX user ID")]
    user_info: UserInfo
    company: Company
    company_id: StrictInt
    title: Annotated[StrictStr, Field(max_length=100)]
    employment_type: Annotated[StrictStr | None | MISSING, Field(max_length=50)] = MISSING
    location: Annotated[StrictStr | None | MISSING, Field(max_length=100)] = MISSING
    start_date: date_aliased
    end_date: date_aliased | None | MISSING = MISSING
    is_current: StrictBool | MISSING = MISSING
    description: StrictStr | None | MISSING = MISSING
    data: Annotated[Any | None | MISSING, Field(description="Metadata")] = MISSING
    metadata: Annotated[Any | None | MISSING, Field(description="Metadata")] = MISSING
    created_at: AwareDatetime | MISSING = MISSING
    updated_at: AwareDatetime


class FallbackLLMCreate(BaseModel):
    """
    Serializer for creating FallbackLLM configuration.
    """

    scope: FallbackLLMCreateScope | MISSING = MISSING
    tenant_key: Annotated[
        StrictStr | None | MISSING,
        Field(description="Tenant key. Leave empty for global configuration."),
    ] = MISSING
    source_provider_name: FallbackLLMCreateSourceProviderName
    source_model_name: Annotated[
        StrictStr | None | MISSING,
        Field(description="Source model name (required for model scope)"),
    ] = MISSING
    fallback_provider_name: FallbackLLMCreateFallbackProviderName
    fallback_model_name: Annotated[StrictStr, Field(description="Fallback model name")]
    is_enabled: Annotated[
        StrictBool | MISSING,
        Field(description="Whether this fallback configuration is active"),
    ] = MISSING


class FallbackLLMUpdate(BaseModel):
    """
    Serializer for updating FallbackLLM configuration.
    """

    scope: FallbackLLMUpdateScope | MISSING = MISSING
    source_provider: Annotated[
        StrictInt,
        Field(description="The provider whose models this fallback applies to"),
    ]
    source_model: Annotated[
        StrictInt | None | MISSING,
        Field(description="Specific model this fallback applies to (only for model scope)"),
    ] = MISSING
    fallback_provider: Annotated[StrictInt, Field(description="The provider to use as fallback")]
    fallback_model: Annotated[StrictInt, Field(description="The model to use as fallback")]
    is_enabled: Annotated[
        StrictBool | MISSING,
        Field(description="Whether this fallback configuration is active"),
    ] = MISSING


class FinanceDetailsResponse(BaseModel):
    """
    Serializer for /financial/details responses.
    """

    page: StrictInt
    limit: StrictInt
    total_pages: StrictInt
    total_records: StrictInt
    rows: Any | None | MISSING = MISSING
    total_cost: Decimal | MISSING = MISSING
    metrics: list[MetricInfo] | MISSING = MISSING


class GlobalCatalogSearchResponse(BaseModel):
    """
    Response serializer for GlobalCatalogSearchView
    """

    results: Annotated[
        list[GlobalCatalogSearchResponseResultsItem],
        Field(description="List of content items matching the search criteria"),
    ]
    count: Annotated[
        StrictInt,
        Field(description="Total number of items matching the search criteria"),
    ]
    next: Annotated[StrictStr | None, Field(description="URL for the next page of results")]
    previous: Annotated[StrictStr | None, Field(description="URL for the previous page of results")]
    current_page: Annotated[StrictInt, Field(description="Current page number")]
    total_pages: Annotated[StrictInt, Field(description="Total number of pages")]
    facets: GlobalCatalogSearchResponseFacets | MISSING = MISSING


class GooglePayAccountResponse(BaseModel):
    account_id: Annotated[StrictStr, Field(max_length=255)]
    bundle_id: Annotated[
        StrictStr | None, Field(description="The bundle id of the app", max_length=255)
    ] = ""
    status: GooglePayAccountResponseStatusEnum | MISSING = MISSING
    created_on: AwareDatetime
    last_updated: AwareDatetime
    user: Annotated[StrictInt | None | MISSING, Field(description="edX user ID")] = MISSING


class GradingPerUser(BaseModel):
    data: list[GradingPerUserData] | MISSING = MISSING
    total: Annotated[StrictInt | MISSING, Field(description="Total rows")] = MISSING


class GroupList(BaseModel):
    data: list[GroupListData] | MISSING = MISSING
    pagination: Pagination


class HumanSupportTicket(BaseModel):
    """
    serializer interface intended for students/ non-admin users. This limits students to only update the subject and description of a ticket.
    """

    id: StrictInt
    username: StrictStr
    email: StrictStr
    full_name: StrictStr
    user: Annotated[StrictInt, Field(description="edX user ID")]
    session: UUID
    subject: Annotated[StrictStr, Field(max_length=255)]
    description: StrictStr
    status: HumanSupportTicketStatusEnum | MISSING = MISSING
    mentor_id: StrictStr
    created_at: AwareDatetime
    updated_at: AwareDatetime
    resolved_at: Annotated[AwareDatetime | None, Field(...)]


class HumanSupportTicketRequest(BaseModel):
    """
    serializer interface intended for students/ non-admin users. This limits students to only update the subject and description of a ticket.
    """

    subject: Annotated[StrictStr, Field(max_length=255)]
    description: StrictStr
    status: HumanSupportTicketStatusEnum | MISSING = MISSING


class InputQuestion(BaseModel):
    text: Annotated[StrictStr, Field(max_length=1024)]
    difficulty_level: Annotated[StrictInt | MISSING, Field(ge=1, le=5)] = MISSING
    possible_answers: list[IntialQuestionAnswer]


class Institution(BaseModel):
    id: StrictInt
    name: Annotated[StrictStr, Field(max_length=100)]
    institution_type: InstitutionTypeEnum | MISSING = MISSING
    location: Annotated[StrictStr | None | MISSING, Field(max_length=100)] = MISSING
    website: Annotated[StrictStr | None | MISSING, Field(max_length=255)] = MISSING
    accreditation: Annotated[StrictStr | None | MISSING, Field(max_length=100)] = MISSING
    established_year: StrictInt | None | MISSING = MISSING
    data: Annotated[Any | None | MISSING, Field(description="Metadata")] = MISSING
    metadata: Annotated[Any | None | MISSING, Field(description="Metadata")] = MISSING
    created_at: AwareDatetime | MISSING = MISSING
    updated_at: AwareDatetime


class InstitutionRequest(BaseModel):
    name: Annotated[StrictStr, Field(max_length=100)]
    institution_type: InstitutionTypeEnum | MISSING = MISSING
    location: Annotated[StrictStr | None | MISSING, Field(max_length=100)] = MISSING
    website: Annotated[StrictStr | None | MISSING, Field(max_length=255)] = MISSING
    accreditation: Annotated[StrictStr | None | MISSING, Field(max_length=100)] = MISSING
    established_year: StrictInt | None | MISSING = MISSING
    data: Annotated[Any | None | MISSING, Field(description="Metadata")] = MISSING
    metadata: Annotated[Any | None | MISSING, Field(description="Metadata")] = MISSING
    created_at: AwareDatetime | MISSING = MISSING


class InvoiceReportResponse(BaseModel):
    """
    Complete invoice report response.
    """

    entity: Entity
    billing_period: BillingPeriod
    summary: Summary
    breakdown: Breakdown | MISSING = MISSING


class Issuer(BaseModel):
    name: StrictStr
    org: StrictStr
    entityId: StrictStr
    signatories: IssuerSignatories
    url: StrictStr
    iconImage: StrictStr
    allowed_template_tags: Any | None | MISSING = MISSING


class ItemPrice(BaseModel):
    id: UUID
    name: Annotated[
        StrictStr,
        Field(
            description="Display name for this pricing tier (e.g., 'Basic', 'Premium')",
            max_length=255,
        ),
    ]
    description: Annotated[
        StrictStr | None | MISSING,
        Field(description="Description of what's included in this tier"),
    ] = MISSING
    amount: Annotated[
        Decimal,
        Field(description="Price amount in USD (e.g., 9.99 for $9.99, 0 for free)"),
    ]
    currency: Annotated[
        StrictStr | MISSING,
        Field(description="Currency code (e.g., 'usd', 'eur')", max_length=3),
    ] = MISSING
    interval: ItemPriceInterval | MISSING = MISSING
    stripe_price_id: Annotated[
        StrictStr | None,
        Field(description="Stripe Price ID (on the connected account)"),
    ]
    is_active: Annotated[
        StrictBool | MISSING,
        Field(description="Whether this price is currently available for purchase"),
    ] = MISSING
    features: Annotated[
        Any | None | MISSING,
        Field(description="List of features included in this tier"),
    ] = MISSING
    sort_order: Annotated[
        StrictInt | MISSING, Field(description="Display order for this price tier")
    ] = MISSING
    created_at: AwareDatetime
    updated_at: AwareDatetime


class ItemPriceCreate(BaseModel):
    name: Annotated[
        StrictStr,
        Field(
            description="Display name for this pricing tier (e.g., 'Basic', 'Premium')",
            max_length=255,
        ),
    ]
    description: Annotated[
        StrictStr | None | MISSING,
        Field(description="Description of what's included in this tier"),
    ] = MISSING
    amount: Decimal
    currency: Annotated[
        StrictStr | MISSING,
        Field(description="Currency code (e.g., 'usd', 'eur')", max_length=3),
    ] = MISSING
    interval: ItemPriceCreateInterval | MISSING = MISSING
    is_active: Annotated[
        StrictBool | MISSING,
        Field(description="Whether this price is currently available for purchase"),
    ] = MISSING
    features: Annotated[
        Any | None | MISSING,
        Field(description="List of features included in this tier"),
    ] = MISSING
    sort_order: Annotated[
        StrictInt | MISSING, Field(description="Display order for this price tier")
    ] = MISSING


class ItemSubscription(BaseModel):
    unique_id: UUID
    user_id: StrictInt
    username: StrictStr
    email: StrictStr
    item_type: ItemSubscriptionItemType
    item_id: Annotated[StrictStr, Field(description="Identifier for the item", max_length=255)]
    item_name: StrictStr
    status: ItemSubscriptionStatus | MISSING = MISSING
    price: ItemPrice
    current_period_start: Annotated[
        AwareDatetime | None | MISSING,
        Field(description="Start of current billing period"),
    ] = MISSING
    current_period_end: Annotated[
        AwareDatetime | None | MISSING,
        Field(description="End of current billing period"),
    ] = MISSING
    trial_end: Annotated[
        AwareDatetime | None | MISSING,
        Field(description="When the trial ends (if applicable)"),
    ] = MISSING
    cancel_at_period_end: Annotated[
        StrictBool | MISSING,
        Field(description="Whether subscription will cancel at period end"),
    ] = MISSING
    canceled_at: Annotated[
        AwareDatetime | None | MISSING,
        Field(description="When the subscription was canceled"),
    ] = MISSING
    is_grandfathered: Annotated[
        StrictBool | MISSING,
        Field(description="Whether this is a grandfathered pre-paywall user"),
    ] = MISSING
    grandfathered_at: Annotated[
        AwareDatetime | None | MISSING,
        Field(description="When the user was grandfathered"),
    ] = MISSING
    billing_portal_url: Annotated[StrictStr | None, Field(...)]
    metadata: Annotated[
        Any | None | MISSING, Field(description="Additional subscription metadata")
    ] = MISSING
    created_at: AwareDatetime
    updated_at: AwareDatetime


class ItemSubscriptionList(BaseModel):
    unique_id: UUID
    user_id: StrictInt
    username: StrictStr
    email: StrictStr
    item_type: ItemSubscriptionListItemType
    item_id: Annotated[StrictStr, Field(description="Identifier for the item", max_length=255)]
    item_name: StrictStr
    status: ItemSubscriptionListStatus | MISSING = MISSING
    price: ItemPrice
    created_at: AwareDatetime
    updated_at: AwareDatetime


class LLMProviderMinimal(BaseModel):
    """
    Minimal serializer for LLMProvider in fallback configs.
    """

    id: StrictInt
    name: LLMProviderMinimalName
    display_name: Annotated[StrictStr, Field(description="Human-readable provider name")]


class LearnerInformationAPIData(BaseModel):
    username: Annotated[StrictStr, Field(description="learner username")]
    name: Annotated[StrictStr, Field(description="learner Name")]
    email: Annotated[StrictStr, Field(description="learner email")]
    date_joined: Annotated[
        StrictStr,
        Field(description="Registration Timestamp e.g 2022-05-05T00:00:00+00:00"),
    ]
    last_activity: Annotated[
        StrictStr,
        Field(description="Last Activity Timestamp e.g 2022-05-05T00:00:00+00:00"),
    ]
    total_assessments: Annotated[
        StrictInt | MISSING, Field(description="Total assessments attempted")
    ] = MISSING
    total_time_spent: Annotated[
        StrictInt | MISSING, Field(description="Total time spent in seconds")
    ] = MISSING
    total_videos: Annotated[StrictInt | MISSING, Field(description="Total videos watched")] = (
        MISSING
    )
    course_completions: Annotated[
        StrictInt | MISSING, Field(description="Total courses completed")
    ] = MISSING
    time_spent_overtime: LearnerInformationAPIDataTimeSpentOvertime | MISSING = MISSING
    continent: Annotated[StrictStr | MISSING, Field(description="last location - continent")] = (
        MISSING
    )
    continent_code: Annotated[
        StrictStr | MISSING, Field(description="last location - continent code")
    ] = MISSING
    country: Annotated[StrictStr | MISSING, Field(description="last location - country")] = MISSING
    country_code: Annotated[
        StrictStr | MISSING, Field(description="last location - country code")
    ] = MISSING
    region: Annotated[StrictStr | MISSING, Field(description="last location - region")] = MISSING
    region_code: Annotated[
        StrictStr | MISSING, Field(description="last location - region code")
    ] = MISSING
    location: Annotated[StrictStr | MISSING, Field(description="last location")] = MISSING
    city: Annotated[StrictStr | MISSING, Field(description="last location - city")] = MISSING
    browser: Annotated[StrictStr | MISSING, Field(description="last known browser")] = MISSING
    operating_system: Annotated[
        StrictStr | MISSING, Field(description="last known operating system")
    ] = MISSING
    resolution: Annotated[
        StrictStr | MISSING, Field(description="last known browser resolution")
    ] = MISSING


class LearnerMetrics(BaseModel):
    """
    Serializer for learner metrics from UserPlatformSummary.
    """

    enrollments: Annotated[StrictInt, Field(description="Total enrollments")]
    programs: Annotated[StrictInt, Field(description="Total programs")]
    pathways: Annotated[StrictInt, Field(description="Total pathways")]
    resources: Annotated[StrictInt, Field(description="Total resources")]
    reported_skills: Annotated[StrictInt, Field(description="Reported skills count")]
    desired_skills: Annotated[StrictInt, Field(description="Desired skills count")]
    assigned_skills: Annotated[StrictInt, Field(description="Assigned skills count")]
    total_skills: Annotated[StrictInt, Field(description="Total skills count")]
    credentials: Annotated[StrictInt, Field(description="Credentials earned")]
    points: Annotated[StrictFloat, Field(description="Total points")]
    total_time_spent_seconds: Annotated[StrictInt, Field(description="Total time spent in seconds")]
    top_content: Annotated[TopContent, Field(description="Course with most time spent")]


class LtiMentor(BaseModel):
    id: StrictInt
    name: Annotated[StrictStr, Field(description="The name of the mentor")]
    org: Annotated[StrictStr, Field(description="The org of the mentor")]
    course_key: Annotated[StrictStr, Field(description="The course key")]
    mentor_config: LtiMentorCourseXBlock
    platform_key: Annotated[
        StrictStr, Field(description="Platform key the requesting user belongs to")
    ]


class LtiMentorRequest(BaseModel):
    name: Annotated[StrictStr, Field(description="The name of the mentor")]
    mentor_config: LtiMentorCourseXBlockRequest
    platform_key: Annotated[
        StrictStr, Field(description="Platform key the requesting user belongs to")
    ]


class MCPServer(BaseModel):
    """
    Serializer for the MCPServer model.
    """

    id: StrictInt
    platform: StrictInt
    mentor: UUID | None | MISSING = MISSING
    owner: Annotated[StrictStr | None | MISSING, Field(description="edX username")] = MISSING
    name: Annotated[StrictStr, Field(max_length=255)]
    description: Annotated[
        StrictStr | MISSING, Field(description="A description of the MCP server.")
    ] = MISSING
    url: Annotated[StrictStr, Field(description="The url of the MCP server.", max_length=200)]
    image: StrictStr | None | MISSING = MISSING
    transport: TransportEnum | MISSING = MISSING
    credentials: Annotated[
        StrictStr | MISSING,
        Field(
            description="Authorization credentials to authenticate to the MCP server. If provided, these take priority over any headers configured on the server. Token here must be the full authorization value. For example: `<scheme> <credentials>`"
        ),
    ] = MISSING
    extra_headers: Annotated[
        Any | None | MISSING,
        Field(description="Headers to send to the MCP server. Useful for authentication,"),
    ] = MISSING
    platform_key: StrictStr
    is_featured: Annotated[
        StrictBool | MISSING,
        Field(description="Featured mcp servers will be accessible to all other tenants."),
    ] = MISSING
    auth_type: MCPServerAuthType | MISSING = MISSING
    auth_scope: MCPServerAuthScope | MISSING = MISSING
    oauth_service: StrictInt | None | MISSING = MISSING
    oauth_service_data: OAuthService
    mcp_server_connections: StrictStr
    is_enabled: Annotated[
        StrictBool | MISSING,
        Field(description="Whether the MCP server is enabled or not."),
    ] = MISSING
    created_at: AwareDatetime
    updated_at: AwareDatetime


class MCPServerConnection(BaseModel):
    """
    Serializer for managing `MCPServerConnection` records via the API.  The serializer enforces the business rules for combining scope, platform, and authentication configuration while exposing a masked view of any stored credentials.
    """

    id: StrictInt
    server: StrictInt
    server_name: StrictStr
    scope: MCPServerConnectionScope | MISSING = MISSING
    auth_type: AuthTypeEnum | MISSING = MISSING
    platform: StrictInt | None | MISSING = MISSING
    platform_key: Annotated[StrictStr | None, Field(...)]
    user: Annotated[StrictStr | None | MISSING, Field(description="edX username")] = MISSING
    mentor: UUID | None | MISSING = MISSING
    connected_service: StrictInt | None | MISSING = MISSING
    connected_service_summary: MCPServerConnectionConnectedServiceSummary | None
    credentials: Annotated[
        StrictStr | MISSING,
        Field(description="Static credential/token value for token-based authentication."),
    ] = MISSING
    authorization_scheme: Annotated[
        StrictStr | MISSING,
        Field(
            description="Authorization scheme to prefix tokens with (e.g. 'Bearer').",
            max_length=50,
        ),
    ] = MISSING
    extra_headers: Annotated[
        Any | None | MISSING,
        Field(description="Additional headers to include when connecting to the MCP server."),
    ] = MISSING
    is_active: StrictBool | MISSING = MISSING
    created_at: AwareDatetime
    updated_at: AwareDatetime


class MCPServerConnectionRequest(BaseModel):
    """
    Serializer for managing `MCPServerConnection` records via the API.  The serializer enforces the business rules for combining scope, platform, and authentication configuration while exposing a masked view of any stored credentials.
    """

    server: StrictInt
    scope: MCPServerConnectionScope | MISSING = MISSING
    auth_type: AuthTypeEnum | MISSING = MISSING
    platform: StrictInt | None | MISSING = MISSING
    user: Annotated[StrictStr | None | MISSING, Field(description="edX username")] = MISSING
    mentor: UUID | None | MISSING = MISSING
    connected_service: StrictInt | None | MISSING = MISSING
    connected_service_summary: MCPServerConnectionConnectedServiceSummary | None
    credentials: Annotated[
        StrictStr | MISSING,
        Field(description="Static credential/token value for token-based authentication."),
    ] = MISSING
    authorization_scheme: Annotated[
        StrictStr | MISSING,
        Field(
            description="Authorization scheme to prefix tokens with (e.g. 'Bearer').",
            max_length=50,
        ),
    ] = MISSING
    extra_headers: Annotated[
        Any | None | MISSING,
        Field(description="Additional headers to include when connecting to the MCP server."),
    ] = MISSING
    is_active: StrictBool | MISSING = MISSING


class MediaResource(BaseModel):
    title: Annotated[StrictStr, Field(description="Title of the media resource", max_length=255)]
    description: Annotated[
        StrictStr | None | MISSING,
        Field(description="Description of the media resource"),
    ] = MISSING
    media_type: MediaResourceMediaType
    course_id: Annotated[
        StrictStr | None | MISSING,
        Field(description="ID of the associated course", max_length=255),
    ] = MISSING
    unit_id: Annotated[
        StrictStr | None | MISSING,
        Field(description="ID of the associated unit", max_length=255),
    ] = MISSING
    item_id: Annotated[
        StrictStr | None | MISSING,
        Field(description="ID of the associated item (resource)", max_length=255),
    ] = MISSING
    file_url: Annotated[
        StrictStr | None | MISSING,
        Field(description="External URL for the media resource", max_length=1000),
    ] = MISSING
    file: Annotated[StrictStr | None | MISSING, Field(description="Uploaded media file")] = MISSING


class MentorCreate(BaseModel):
    name: Annotated[StrictStr, Field(max_length=255)]
    unique_id: UUID | MISSING = MISSING
    flow: Annotated[Any | None | MISSING, Field(description="The langflow json for the mentor")] = (
        MISSING
    )
    slug: Annotated[StrictStr | MISSING, Field(max_length=255, pattern="^[-a-zA-Z0-9_]+$")] = (
        MISSING
    )
    platform: Annotated[StrictStr | MISSING, Field(max_length=255)] = MISSING
    allow_anonymous: StrictBool | MISSING = MISSING
    enable_offline_mode: Annotated[
        StrictBool | MISSING,
        Field(description="Allow this mentor to be used offline with local LLMs"),
    ] = MISSING
    metadata: Any | None | MISSING = MISSING
    enable_moderation: StrictBool | MISSING = MISSING
    enable_multi_query_rag: StrictBool | MISSING = MISSING
    enable_prompt_caching: Annotated[
        StrictBool | MISSING,
        Field(
            description="Enable prompt caching for Anthropic models to reduce latency and cost. This disabled RAG and other dynamic parts of system prompt such as memory, current datetime, etc. Use with caution"
        ),
    ] = MISSING
    enable_post_processing_system: StrictBool | MISSING = MISSING
    enable_openai_assistant: Annotated[
        StrictBool | MISSING,
        Field(description="(Deprecated) Set template mentor to openai-agent instead."),
    ] = MISSING
    enable_total_grounding: Annotated[
        StrictBool | MISSING,
        Field(
            description="Whether to force mentor to only use information within the provided documents."
        ),
    ] = MISSING
    enable_suggested_prompts: Annotated[
        StrictBool | MISSING,
        Field(
            description="Whether to show suggested prompts for the mentor or not. Note: Suggested prompts are created by tenant admins."
        ),
    ] = MISSING
    enable_guided_prompts: Annotated[
        StrictBool | MISSING,
        Field(
            description="Whether to show suggested prompts for the mentor or not. Note: Guided prompts are created with an llm based on chat history."
        ),
    ] = MISSING
    save_flagged_prompts: StrictBool | MISSING = MISSING
    google_voice: StrictInt | None | MISSING = MISSING
    openai_voice: StrictInt | None | MISSING = MISSING
    guided_prompt_instructions: Annotated[
        StrictStr | MISSING,
        Field(description="Instructions to determine how prompt suggestions are generated."),
    ] = MISSING
    categories: list[StrictInt] | MISSING = MISSING
    types: list[StrictInt] | MISSING = MISSING
    subjects: list[StrictInt] | MISSING = MISSING
    proactive_prompt: Annotated[
        StrictStr | MISSING,
        Field(
            description="Prompt template used to start a conversation with the user when greeting_type is proactive_prompt. This will be sent to the LLM so it can respond naturally"
        ),
    ] = MISSING
    study_mode_prompt: Annotated[
        StrictStr | MISSING,
        Field(
            description="Prompt to be used to guide the user through their studies when study mode tool is enabled."
        ),
    ] = MISSING
    disclaimer: Annotated[
        StrictStr | MISSING,
        Field(description="Disclaimer to be shown to the user when the mentor is used."),
    ] = MISSING
    enable_disclaimer: StrictBool | MISSING = MISSING
    show_attachment: Annotated[
        StrictBool | MISSING, Field(description="Show attachments on mentor.")
    ] = MISSING
    show_voice_call: Annotated[
        StrictBool | MISSING, Field(description="Show voice call button on mentor.")
    ] = MISSING
    show_voice_record: Annotated[
        StrictBool | MISSING,
        Field(description="Show voice recording button on mentor."),
    ] = MISSING
    show_rag_images: Annotated[
        StrictBool | MISSING, Field(description="Show RAG images in mentor response.")
    ] = MISSING
    starter_prompts: MentorCreateStarterPrompts | MISSING = MISSING
    embed_is_context_aware: Annotated[
        StrictBool | MISSING,
        Field(description="Allow embedded mentor to read content on the embedded web page."),
    ] = MISSING
    embed_open_by_default: Annotated[
        StrictBool | MISSING, Field(description="Open mentor embed iframe by default.")
    ] = MISSING
    embed_show_attachment: Annotated[
        StrictBool | MISSING, Field(description="Show attachments on embedded mentor.")
    ] = MISSING
    embed_show_voice_call: Annotated[
        StrictBool | MISSING,
        Field(description="Show voice call button on embedded mentor."),
    ] = MISSING
    embed_show_voice_record: Annotated[
        StrictBool | MISSING,
        Field(description="Show voice recording button on embedded mentor."),
    ] = MISSING
    show_explore_mentors: Annotated[
        StrictBool | MISSING, Field(description="Show explore mentors option.")
    ] = MISSING
    embed_icon_selection_data: Annotated[
        Any | None | MISSING,
        Field(description="Stores embedded icon selection data for the mentor widget."),
    ] = MISSING
    placeholder_prompt: Annotated[
        StrictStr | MISSING,
        Field(
            description="Placeholder to be shown in the input text area when the mentor is used."
        ),
    ] = MISSING
    moderation_system_prompt: Annotated[
        StrictStr | MISSING,
        Field(
            description="The prompt for the moderation system. This prompt must clearly distinguish between 'Approapriate' and 'Not Appropriate' queries."
        ),
    ] = MISSING
    post_processing_prompt: Annotated[
        StrictStr | MISSING,
        Field(
            description="Prompt to be used to alter or modify final llm response into any desired form."
        ),
    ] = MISSING
    moderation_response: Annotated[
        StrictStr | MISSING,
        Field(
            description="Desired feedback to return to the user when their prompt is deemed inappropriate."
        ),
    ] = MISSING
    safety_system_prompt: Annotated[
        StrictStr | MISSING,
        Field(description="Prompt to check whether the models response is appropriate or not."),
    ] = MISSING
    safety_response: Annotated[
        StrictStr | MISSING,
        Field(
            description="Feedback given to the user when a model generates an inappropriate response"
        ),
    ] = MISSING
    disable_chathistory: StrictBool | MISSING = MISSING
    enable_safety_system: StrictBool | MISSING = MISSING
    proactive_response: Annotated[
        StrictStr | MISSING,
        Field(description="Response to start a conversation with a user."),
    ] = MISSING
    mcp_servers: list[StrictInt] | MISSING = MISSING
    greeting_method: MentorCreateGreetingMethod | MISSING = MISSING
    last_accessed_by: Annotated[StrictInt | None | MISSING, Field(description="edX user ID")] = (
        MISSING
    )
    recently_accessed_at: AwareDatetime | None | MISSING = MISSING
    created_by: Annotated[StrictStr | None | MISSING, Field(max_length=255)] = MISSING
    created_at: Annotated[AwareDatetime | None, Field(...)]
    updated_at: Annotated[AwareDatetime | None, Field(...)]


class MentorCreateRequest(BaseModel):
    name: Annotated[StrictStr, Field(max_length=255)]
    unique_id: UUID | MISSING = MISSING
    flow: Annotated[Any | None | MISSING, Field(description="The langflow json for the mentor")] = (
        MISSING
    )
    slug: Annotated[StrictStr | MISSING, Field(max_length=255, pattern="^[-a-zA-Z0-9_]+$")] = (
        MISSING
    )
    platform: Annotated[StrictStr | MISSING, Field(max_length=255)] = MISSING
    allow_anonymous: StrictBool | MISSING = MISSING
    enable_offline_mode: Annotated[
        StrictBool | MISSING,
        Field(description="Allow this mentor to be used offline with local LLMs"),
    ] = MISSING
    metadata: Any | None | MISSING = MISSING
    enable_moderation: StrictBool | MISSING = MISSING
    enable_multi_query_rag: StrictBool | MISSING = MISSING
    enable_prompt_caching: Annotated[
        StrictBool | MISSING,
        Field(
            description="Enable prompt caching for Anthropic models to reduce latency and cost. This disabled RAG and other dynamic parts of system prompt such as memory, current datetime, etc. Use with caution"
        ),
    ] = MISSING
    enable_post_processing_system: StrictBool | MISSING = MISSING
    enable_openai_assistant: Annotated[
        StrictBool | MISSING,
        Field(description="(Deprecated) Set template mentor to openai-agent instead."),
    ] = MISSING
    enable_total_grounding: Annotated[
        StrictBool | MISSING,
        Field(
            description="Whether to force mentor to only use information within the provided documents."
        ),
    ] = MISSING
    enable_suggested_prompts: Annotated[
        StrictBool | MISSING,
        Field(
            description="Whether to show suggested prompts for the mentor or not. Note: Suggested prompts are created by tenant admins."
        ),
    ] = MISSING
    enable_guided_prompts: Annotated[
        StrictBool | MISSING,
        Field(
            description="Whether to show suggested prompts for the mentor or not. Note: Guided prompts are created with an llm based on chat history."
        ),
    ] = MISSING
    save_flagged_prompts: StrictBool | MISSING = MISSING
    google_voice: StrictInt | None | MISSING = MISSING
    openai_voice: StrictInt | None | MISSING = MISSING
    guided_prompt_instructions: Annotated[
        StrictStr | MISSING,
        Field(description="Instructions to determine how prompt suggestions are generated."),
    ] = MISSING
    categories: list[StrictInt] | MISSING = MISSING
    types: list[StrictInt] | MISSING = MISSING
    subjects: list[StrictInt] | MISSING = MISSING
    proactive_prompt: Annotated[
        StrictStr | MISSING,
        Field(
            description="Prompt template used to start a conversation with the user when greeting_type is proactive_prompt. This will be sent to the LLM so it can respond naturally"
        ),
    ] = MISSING
    study_mode_prompt: Annotated[
        StrictStr | MISSING,
        Field(
            description="Prompt to be used to guide the user through their studies when study mode tool is enabled."
        ),
    ] = MISSING
    disclaimer: Annotated[
        StrictStr | MISSING,
        Field(description="Disclaimer to be shown to the user when the mentor is used."),
    ] = MISSING
    enable_disclaimer: StrictBool | MISSING = MISSING
    show_attachment: Annotated[
        StrictBool | MISSING, Field(description="Show attachments on mentor.")
    ] = MISSING
    show_voice_call: Annotated[
        StrictBool | MISSING, Field(description="Show voice call button on mentor.")
    ] = MISSING
    show_voice_record: Annotated[
        StrictBool | MISSING,
        Field(description="Show voice recording button on mentor."),
    ] = MISSING
    show_rag_images: Annotated[
        StrictBool | MISSING, Field(description="Show RAG images in mentor response.")
    ] = MISSING
    starter_prompts: MentorCreateStarterPrompts | MISSING = MISSING
    embed_is_context_aware: Annotated[
        StrictBool | MISSING,
        Field(description="Allow embedded mentor to read content on the embedded web page."),
    ] = MISSING
    embed_open_by_default: Annotated[
        StrictBool | MISSING, Field(description="Open mentor embed iframe by default.")
    ] = MISSING
    embed_show_attachment: Annotated[
        StrictBool | MISSING, Field(description="Show attachments on embedded mentor.")
    ] = MISSING
    embed_show_voice_call: Annotated[
        StrictBool | MISSING,
        Field(description="Show voice call button on embedded mentor."),
    ] = MISSING
    embed_show_voice_record: Annotated[
        StrictBool | MISSING,
        Field(description="Show voice recording button on embedded mentor."),
    ] = MISSING
    show_explore_mentors: Annotated[
        StrictBool | MISSING, Field(description="Show explore mentors option.")
    ] = MISSING
    embed_icon_selection_data: Annotated[
        Any | None | MISSING,
        Field(description="Stores embedded icon selection data for the mentor widget."),
    ] = MISSING
    placeholder_prompt: Annotated[
        StrictStr | MISSING,
        Field(
            description="Placeholder to be shown in the input text area when the mentor is used."
        ),
    ] = MISSING
    moderation_system_prompt: Annotated[
        StrictStr | MISSING,
        Field(
            description="The prompt for the moderation system. This prompt must clearly distinguish between 'Approapriate' and 'Not Appropriate' queries."
        ),
    ] = MISSING
    post_processing_prompt: Annotated[
        StrictStr | MISSING,
        Field(
            description="Prompt to be used to alter or modify final llm response into any desired form."
        ),
    ] = MISSING
    moderation_response: Annotated[
        StrictStr | MISSING,
        Field(
            description="Desired feedback to return to the user when their prompt is deemed inappropriate."
        ),
    ] = MISSING
    safety_system_prompt: Annotated[
        StrictStr | MISSING,
        Field(description="Prompt to check whether the models response is appropriate or not."),
    ] = MISSING
    safety_response: Annotated[
        StrictStr | MISSING,
        Field(
            description="Feedback given to the user when a model generates an inappropriate response"
        ),
    ] = MISSING
    disable_chathistory: StrictBool | MISSING = MISSING
    enable_safety_system: StrictBool | MISSING = MISSING
    proactive_response: Annotated[
        StrictStr | MISSING,
        Field(description="Response to start a conversation with a user."),
    ] = MISSING
    mcp_servers: list[StrictInt] | MISSING = MISSING
    greeting_method: MentorCreateGreetingMethod | MISSING = MISSING
    last_accessed_by: Annotated[StrictInt | None | MISSING, Field(description="edX user ID")] = (
        MISSING
    )
    recently_accessed_at: AwareDatetime | None | MISSING = MISSING
    created_by: Annotated[StrictStr | None | MISSING, Field(max_length=255)] = MISSING


class MentorData(BaseModel):
    mentor_unique_id: StrictStr
    mentor_name: StrictStr
    total_cost: StrictFloat
    mentor_sessions: list[MentorSession]


class MentorDetail(BaseModel):
    mentor_id: StrictStr
    name: StrictStr
    slug: StrictStr
    platform_key: StrictStr | None | MISSING = MISSING
    categories: list[StrictStr] | MISSING = MISSING
    subjects: list[StrictStr] | MISSING = MISSING
    interactions: MentorInteractions


class MentorEval(BaseModel):
    id: StrictInt
    mentor: StrictStr
    questions: list[MentorEvalQuestion]
    eval_id: UUID | MISSING = MISSING
    name: StrictStr | None | MISSING = MISSING
    passing_score: StrictInt | MISSING = MISSING
    evaluation_prompt: StrictStr | MISSING = MISSING
    question_set: StrictInt | None | MISSING = MISSING


class MentorFacet(BaseModel):
    """
    Serializer for mentor facets
    """

    total: Annotated[StrictInt, Field(description="Total number of mentors in this facet")]
    terms: MentorFacetTerms
    other: Annotated[StrictInt, Field(description="Count of mentors not in any term")]


class MentorFromTemplateWithSettingRequest(BaseModel):
    template_name: StrictStr
    display_name: StrictStr | MISSING = MISSING
    description: StrictStr | MISSING = MISSING
    profile_image: StrictStr | MISSING = MISSING
    initial_message: StrictStr | MISSING = MISSING
    suggested_message: StrictStr | MISSING = MISSING
    new_mentor_name: StrictStr
    theme: StrictStr | MISSING = MISSING
    user_message_color: StrictStr | MISSING = MISSING
    mentor_bubble_color: StrictStr | MISSING = MISSING
    align_mentor_bubble: StrictStr | MISSING = MISSING
    system_prompt: StrictStr | MISSING = MISSING
    llm_provider: StrictStr | MISSING = MISSING
    llm_name: StrictStr | MISSING = MISSING
    mentor_visibility: StrictStr | MISSING = MISSING
    enable_image_generation: StrictBool | MISSING = MISSING
    enable_web_browsing: StrictBool | MISSING = MISSING
    enable_code_interpreter: StrictBool | MISSING = MISSING
    metadata: Any | None | MISSING = MISSING
    custom_css: StrictStr | MISSING = MISSING
    custom_javascript: StrictStr | MISSING = MISSING
    uploaded_profile_image: StrictStr | MISSING = MISSING
    embed_custom_image: StrictStr | MISSING = MISSING
    proactive_response: StrictStr | MISSING = MISSING
    greeting_method: GreetingMethodEnum | MISSING = MISSING
    forkable: StrictBool | MISSING = MISSING
    forkable_with_training_data: StrictBool | MISSING = MISSING
    categories: list[StrictInt] | MISSING = MISSING
    types: list[StrictInt] | MISSING = MISSING
    subjects: list[StrictInt] | MISSING = MISSING
    tool_slugs: list[StrictStr] | MISSING = MISSING
    llm_temperature: Annotated[StrictFloat | MISSING, Field(ge=0.0, le=1.0)] = MISSING
    seo_tags: Any | None | MISSING = MISSING
    marketing_conversations: Any | None | MISSING = MISSING
    proactive_prompt: StrictStr | MISSING = MISSING
    study_mode_prompt: StrictStr | MISSING = MISSING
    disclaimer: StrictStr | MISSING = MISSING
    enable_disclaimer: StrictBool | None = True
    show_attachment: StrictBool | None = True
    show_voice_call: StrictBool | None = True
    show_voice_record: StrictBool | None = True
    show_rag_images: StrictBool | None = False
    starter_prompts: StarterPrompts8c6Enum | MISSING = MISSING
    embed_is_context_aware: StrictBool | None = False
    embed_open_by_default: StrictBool | None = False
    embed_show_attachment: StrictBool | None = True
    embed_show_voice_call: StrictBool | None = True
    embed_show_voice_record: StrictBool | None = True
    show_explore_mentors: StrictBool | None = True
    embed_icon_selection_data: Any | None | MISSING = MISSING
    placeholder_prompt: StrictStr | MISSING = MISSING
    moderation_system_prompt: StrictStr | MISSING = MISSING
    post_processing_prompt: StrictStr | MISSING = MISSING
    moderation_response: StrictStr | MISSING = MISSING
    enable_moderation: StrictBool | None = False
    enable_multi_query_rag: StrictBool | None = False
    enable_prompt_caching: StrictBool | None = False
    enable_post_processing_system: StrictBool | None = False
    enable_openai_assistant: StrictBool | MISSING = MISSING
    enable_total_grounding: StrictBool | None = False
    google_voice: StrictInt | MISSING = MISSING
    openai_voice: StrictInt | MISSING = MISSING
    enable_suggested_prompts: StrictBool | None | MISSING = MISSING
    enable_guided_prompts: StrictBool | None | MISSING = MISSING
    save_flagged_prompts: StrictBool | None = True
    mcp_servers: list[StrictInt] | None | MISSING = MISSING
    guided_prompt_instructions: StrictStr | None | MISSING = MISSING
    is_featured: StrictBool | None = False


class MentorPolicy(BaseModel):
    """
    Serializer for mentor-specific RBAC policies using ModelSerializer pattern. Accepts mentor_id and role, generates resources and role internally.
    """

    id: StrictInt
    name: Annotated[
        StrictStr,
        Field(description="Policy name. If not supplied, defaults to a UUID4"),
    ]
    platform_key: Annotated[StrictStr, Field(description="Platform key where the mentor belongs")]
    mentor_id: Annotated[StrictInt, Field(description="ID of the mentor to manage access for")]
    role: Annotated[
        StrictStr,
        Field(description="Role for accessing this mentor (viewer or editor)"),
    ]
    resources: Annotated[Any | None, Field(description="List of resources this policy applies to")]
    users: list[RbacUser]
    groups: list[RbacPolicyGroup]
    groups_to_add: Annotated[
        list[StrictInt] | MISSING,
        Field(description="List of group IDs to grant access to this mentor"),
    ] = MISSING
    groups_to_remove: Annotated[
        list[StrictInt] | MISSING,
        Field(description="List of group IDs to revoke access from this mentor"),
    ] = MISSING
    users_to_add: Annotated[
        list[StrictInt] | MISSING,
        Field(description="List of user IDs to grant access to this mentor"),
    ] = MISSING
    usernames_to_add: Annotated[
        list[StrictStr] | MISSING,
        Field(description="List of usernames to grant access to this mentor"),
    ] = MISSING
    emails_to_add: Annotated[
        list[StrictStr] | MISSING,
        Field(description="List of user emails to grant access to this mentor"),
    ] = MISSING
    users_to_remove: Annotated[
        list[StrictInt] | MISSING,
        Field(description="List of user IDs to revoke access from this mentor"),
    ] = MISSING


class MentorScenario(BaseModel):
    display: StrictStr | None | MISSING = MISSING
    name: StrictStr
    prompts: list[MentorScenarioPrompt]


class MentorSettingsPublic(BaseModel):
    id: StrictInt
    display_name: Annotated[StrictStr | None | MISSING, Field(max_length=255)] = MISSING
    profile_image: StrictStr | None | MISSING = MISSING
    initial_message: StrictStr | None | MISSING = MISSING
    suggested_message: StrictStr | None | MISSING = MISSING
    theme: ThemeEnum | MISSING = MISSING
    user_message_color: Annotated[StrictStr | MISSING, Field(max_length=7)] = MISSING
    mentor_bubble_color: Annotated[StrictStr | MISSING, Field(max_length=7)] = MISSING
    align_mentor_bubble: AlignMentorBubbleEnum | MISSING = MISSING
    mentor: StrictStr
    mentor_slug: StrictStr
    mentor_unique_id: StrictStr
    mentor_id: StrictInt
    metadata: Annotated[Any | None, Field(...)]
    mentor_visibility: MentorSettingsPublicMentorVisibility | MISSING = MISSING
    enable_image_generation: StrictBool | None | MISSING = MISSING
    enable_web_browsing: StrictBool | None | MISSING = MISSING
    enable_code_interpreter: StrictBool | None | MISSING = MISSING
    enable_memory_component: StrictBool
    custom_css: StrictStr | None | MISSING = MISSING
    custom_javascript: StrictStr | None | MISSING = MISSING
    enable_custom_javascript: StrictBool
    allow_anonymous: StrictBool
    enable_offline_mode: StrictBool
    mentor_description: StrictStr
    suggested_prompts: Annotated[Any | None, Field(...)]
    proactive_response: StrictStr
    greeting_method: StrictStr
    mentor_tools: Annotated[Any | None, Field(...)]
    can_use_tools: StrictBool
    llm_name: StrictStr
    proactive_prompt: StrictStr
    study_mode_prompt: StrictStr
    disclaimer: StrictStr
    enable_disclaimer: StrictBool
    show_attachment: StrictBool
    show_voice_call: StrictBool
    show_voice_record: StrictBool
    show_rag_images: StrictBool
    starter_prompts: StrictStr
    embed_is_context_aware: StrictBool
    embed_open_by_default: StrictBool
    embed_show_attachment: StrictBool
    embed_show_voice_call: StrictBool
    embed_show_voice_record: StrictBool
    show_explore_mentors: StrictBool
    embed_icon_selection_data: Annotated[Any | None, Field(...)]
    embed_custom_image: StrictStr | None | MISSING = MISSING
    placeholder_prompt: StrictStr
    enable_email_chat: StrictBool
    enable_spaced_repetition: StrictBool
    enable_instruction_mode: StrictBool
    enable_socratic_mode: StrictBool
    is_guided_mentor: StrictBool
    is_featured: StrictBool
    enable_guided_prompts: StrictBool
    save_flagged_prompts: StrictBool
    enable_moderation: StrictBool
    enable_multi_query_rag: StrictBool
    enable_prompt_caching: StrictBool
    enable_post_processing_system: StrictBool
    enable_safety_system: StrictBool
    forkable: StrictBool
    forkable_with_training_data: StrictBool
    mentor_name: StrictStr
    categories: list[MentorCategory]
    types: list[MentorType]
    subjects: list[Subject]
    recently_accessed_at: AwareDatetime
    created_by: StrictStr
    created_at: AwareDatetime
    updated_at: AwareDatetime
    platform_key: StrictStr
    llm_config: Annotated[Any | None, Field(...)]
    llm_provider: StrictStr


class MentorSettingsRequest(BaseModel):
    mentor_name: StrictStr | MISSING = MISSING
    template_name: StrictStr | MISSING = MISSING
    display_name: StrictStr | MISSING = MISSING
    profile_image: StrictStr | MISSING = MISSING
    initial_message: StrictStr | None | MISSING = MISSING
    suggested_message: StrictStr | None | MISSING = MISSING
    theme: StrictStr | MISSING = MISSING
    user_message_color: StrictStr | MISSING = MISSING
    mentor_bubble_color: StrictStr | MISSING = MISSING
    align_mentor_bubble: StrictStr | MISSING = MISSING
    system_prompt: StrictStr | MISSING = MISSING
    llm_provider: StrictStr | MISSING = MISSING
    llm_name: StrictStr | MISSING = MISSING
    featured: StrictBool | MISSING = MISSING
    disable_chathistory: StrictBool | MISSING = MISSING
    metadata: Any | None | MISSING = MISSING
    custom_css: StrictStr | None | MISSING = MISSING
    custom_javascript: StrictStr | None | MISSING = MISSING
    department_id: Annotated[
        StrictInt | None | MISSING,
        Field(description="Department to authorize users by"),
    ] = MISSING
    mentor_visibility: StrictStr | MISSING = MISSING
    enable_image_generation: StrictBool | MISSING = MISSING
    enable_web_browsing: StrictBool | MISSING = MISSING
    enable_code_interpreter: StrictBool | MISSING = MISSING
    is_lti_accessible: StrictBool | MISSING = MISSING
    allow_anonymous: StrictBool | MISSING = MISSING
    enable_offline_mode: StrictBool | MISSING = MISSING
    forkable: StrictBool | MISSING = MISSING
    forkable_with_training_data: StrictBool | MISSING = MISSING
    mentor_description: StrictStr | MISSING = MISSING
    uploaded_profile_image: StrictStr | MISSING = MISSING
    embed_custom_image: StrictStr | MISSING = MISSING
    proactive_response: StrictStr | MISSING = MISSING
    greeting_method: GreetingMethodEnum | MISSING = MISSING
    can_use_tools: StrictBool | MISSING = MISSING
    tool_slugs: list[StrictStr] | MISSING = MISSING
    llm_temperature: Annotated[StrictFloat | MISSING, Field(ge=0.0, le=1.0)] = MISSING
    proactive_prompt: StrictStr | MISSING = MISSING
    study_mode_prompt: StrictStr | MISSING = MISSING
    disclaimer: StrictStr | MISSING = MISSING
    placeholder_prompt: StrictStr | MISSING = MISSING
    moderation_system_prompt: StrictStr | MISSING = MISSING
    post_processing_prompt: StrictStr | MISSING = MISSING
    moderation_response: StrictStr | MISSING = MISSING
    enable_moderation: StrictBool | MISSING = MISSING
    enable_multi_query_rag: StrictBool | MISSING = MISSING
    enable_prompt_caching: StrictBool | MISSING = MISSING
    enable_post_processing_system: StrictBool | MISSING = MISSING
    enable_openai_assistant: StrictBool | MISSING = MISSING
    enable_total_grounding: StrictBool | MISSING = MISSING
    enable_suggested_prompts: StrictBool | None | MISSING = MISSING
    enable_guided_prompts: StrictBool | None | MISSING = MISSING
    save_flagged_prompts: StrictBool | None = True
    mcp_servers: list[StrictInt] | None | MISSING = MISSING
    show_attachment: StrictBool | MISSING = MISSING
    show_voice_call: StrictBool | MISSING = MISSING
    show_voice_record: StrictBool | MISSING = MISSING
    show_rag_images: StrictBool | MISSING = MISSING
    starter_prompts: StarterPrompts8c6Enum | MISSING = MISSING
    embed_is_context_aware: StrictBool | MISSING = MISSING
    embed_open_by_default: StrictBool | MISSING = MISSING
    embed_show_attachment: StrictBool | MISSING = MISSING
    embed_show_voice_call: StrictBool | MISSING = MISSING
    embed_show_voice_record: StrictBool | MISSING = MISSING
    show_explore_mentors: StrictBool | MISSING = MISSING
    embed_icon_selection_data: Any | None | MISSING = MISSING
    google_voice: StrictInt | MISSING = MISSING
    openai_voice: StrictInt | MISSING = MISSING
    guided_prompt_instructions: StrictStr | None | MISSING = MISSING
    safety_system_prompt: StrictStr | MISSING = MISSING
    safety_response: StrictStr | MISSING = MISSING
    enable_safety_system: StrictBool | MISSING = MISSING
    enable_memory_component: StrictBool | MISSING = MISSING
    enable_spaced_repetition: StrictBool | None = False
    enable_instruction_mode: StrictBool | None = False
    enable_socratic_mode: StrictBool | None = False
    is_guided_mentor: StrictBool | None = False
    is_featured: StrictBool | None = False
    enable_email_chat: StrictBool | None = False
    categories: list[StrictInt] | MISSING = MISSING
    types: list[StrictInt] | MISSING = MISSING
    subjects: list[StrictInt] | MISSING = MISSING


class MetricDetail(BaseModel):
    """
    Base serializer for detailed metric data.
    """

    total: StrictInt
    details: list[MetricDetailDetailsItem] | MISSING = MISSING


class ModerationLog(BaseModel):
    id: StrictInt
    username: Annotated[StrictStr | MISSING, Field(max_length=200)] = MISSING
    email: StrictStr
    platform_key: Annotated[StrictStr, Field(max_length=200)]
    mentor: StrictInt
    prompt: StrictStr
    reason: StrictStr
    target_system: TargetSystemEnum | MISSING = MISSING
    date_created: AwareDatetime


class NewPerLearnerList(BaseModel):
    data: list[NewPerLearnerListData] | MISSING = MISSING
    pagination: Pagination


class Notification(BaseModel):
    id: UUID
    username: Annotated[StrictStr | None, Field(...)]
    title: StrictStr
    body: StrictStr
    status: NotificationStatus | MISSING = MISSING
    channel: Annotated[StrictStr | None, Field(...)]
    context: Any | None | MISSING = MISSING
    short_message: StrictStr
    created_at: AwareDatetime | MISSING = MISSING
    updated_at: AwareDatetime


class NotificationCount(BaseModel):
    status: NotificationCountStatus | MISSING = MISSING
    channel: Annotated[
        StrictStr | MISSING, Field(description="Filter count by delivery channel")
    ] = MISSING


class NotificationSource(BaseModel):
    """
    Request serializer for source validation
    """

    type: NotificationSourceTypeEnum
    data: Annotated[Any | None, Field(...)]


class NotificationTemplateDetail(BaseModel):
    """
    Serializer for detailed template view and editing
    """

    id: Annotated[UUID, Field(description="Unique identifier for this notification template.")]
    type: NotificationTemplateDetailType
    name: Annotated[
        StrictStr | None | MISSING,
        Field(description="Template display name", max_length=255),
    ] = MISSING
    description: Annotated[
        StrictStr | MISSING,
        Field(description="Description of when this notification is sent"),
    ] = MISSING
    message_title: Annotated[
        StrictStr | None | MISSING,
        Field(description="Title for push/in-app notifications", max_length=255),
    ] = MISSING
    message_body: Annotated[
        StrictStr | MISSING,
        Field(description="Body text (supports Django template syntax)"),
    ] = MISSING
    short_message_body: Annotated[
        StrictStr | MISSING, Field(description="Short version for SMS or preview")
    ] = MISSING
    email_subject: Annotated[
        StrictStr | None | MISSING,
        Field(description="Email subject line (supports {{ variables }})", max_length=255),
    ] = MISSING
    email_from_address: Annotated[
        StrictStr | None | MISSING,
        Field(description="Sender email address", max_length=255),
    ] = MISSING
    email_html_template: Annotated[
        StrictStr | None | MISSING,
        Field(description="HTML email body (supports Django template syntax)"),
    ] = MISSING
    spas_detail: list[Spa]
    allowed_channels_detail: list[ConsumerChannel]
    spa_ids: Annotated[
        list[StrictInt] | MISSING,
        Field(description="IDs of SPAs that can use this template"),
    ] = MISSING
    channel_ids: Annotated[
        list[StrictInt] | MISSING,
        Field(description="IDs of delivery channels (email, push, etc.)"),
    ] = MISSING
    is_inherited: Annotated[
        StrictBool,
        Field(description="True if using main platform template (no platform override)"),
    ]
    is_enabled: Annotated[
        StrictBool,
        Field(description="True if notification is enabled for this platform"),
    ]
    source_platform: Annotated[StrictStr, Field(description="Platform key of the template source")]
    can_customize: Annotated[
        StrictBool,
        Field(description="True if platform admin can edit template content"),
    ]
    metadata: Annotated[
        Any | None | MISSING,
        Field(description="JSON config (periodic_config, policy_config, etc.)"),
    ] = MISSING
    available_context: Annotated[
        StrictStr,
        Field(description="Context variables available for template rendering"),
    ]
    proactive_prompt_message: Annotated[
        StrictStr | None | MISSING,
        Field(description="Default prompt message for AI mentor notifications"),
    ] = MISSING
    periodic_config: Annotated[
        StrictStr,
        Field(description="Periodic report configuration (PROACTIVE_LEARNER_NOTIFICATION only)"),
    ]
    periodic_learner_scope: NotificationTemplateDetailPeriodicLearnerScope | MISSING = MISSING
    periodic_report_period_days: Annotated[
        StrictInt | MISSING,
        Field(description="Number of days to include in the report period", ge=1, le=365),
    ] = MISSING
    periodic_frequency: NotificationTemplateDetailPeriodicFrequency | MISSING = MISSING
    periodic_custom_interval_days: Annotated[
        StrictInt | MISSING,
        Field(
            description="Custom interval in days (when frequency is CUSTOM)",
            ge=1,
            le=365,
        ),
    ] = MISSING
    periodic_execution_time: Annotated[
        StrictStr | MISSING, Field(description="Time to run in HH:MM format (24-hour)")
    ] = MISSING
    periodic_timezone: Annotated[
        StrictStr | MISSING,
        Field(description="Timezone for execution time (e.g. America/New_York)"),
    ] = MISSING
    periodic_mentors: Annotated[
        list[NotificationTemplateDetailPeriodicMentorsItem] | MISSING,
        Field(
            description='List of mentor configurations: [{"unique_id": "uuid", "prompt": "...", "name": "..."}]'
        ),
    ] = MISSING
    policy_config: Annotated[
        StrictStr,
        Field(description="Policy assignment notification config (POLICY_ASSIGNMENT only)"),
    ]
    policy_enabled_policies: Annotated[
        list[NotificationTemplateDetailPolicyEnabledPoliciesItem] | MISSING,
        Field(
            description='Per-role config: [{"role_name": "Analytics Viewer", "enabled": True, "subject": "Custom subject for {{role_name}}"}, ...]'
        ),
    ] = MISSING
    policy_notify_on_assignment: Annotated[
        StrictBool | MISSING,
        Field(description="Send notification when policy is assigned"),
    ] = MISSING
    policy_notify_on_removal: Annotated[
        StrictBool | MISSING,
        Field(description="Send notification when policy is removed"),
    ] = MISSING
    human_support_config: Annotated[
        StrictStr,
        Field(description="Human support notification config (HUMAN_SUPPORT_NOTIFICATION only)"),
    ]
    human_support_recipient_mode: NotificationTemplateDetailHumanSupportRecipientMode | MISSING = (
        MISSING
    )
    human_support_custom_recipients: Annotated[
        list[NotificationTemplateDetailHumanSupportCustomRecipientsItem] | MISSING,
        Field(
            description="Custom targets: user: {type, id}; user_group: {type, id}; rbac_policy: {type, policy_name}"
        ),
    ] = MISSING
    created_at: Annotated[
        AwareDatetime, Field(description="Timestamp when this template was created")
    ]
    updated_at: Annotated[
        AwareDatetime,
        Field(description="Timestamp when this template was last updated"),
    ]


class NotificationTemplateList(BaseModel):
    """
    Serializer for listing notification templates with inheritance info
    """

    id: Annotated[UUID, Field(description="Unique identifier for this notification template.")]
    type: NotificationTemplateListType | MISSING = MISSING
    name: Annotated[
        StrictStr | None | MISSING,
        Field(description="A friendly name for the notification template.", max_length=255),
    ] = MISSING
    description: Annotated[
        StrictStr | MISSING,
        Field(
            description="Admin-friendly description of what this notification does, when it triggers, and what data it needs"
        ),
    ] = MISSING
    is_inherited: Annotated[
        StrictBool,
        Field(description="True if using main platform template (no platform override)"),
    ]
    source_platform: Annotated[
        StrictStr,
        Field(description="Platform key of the template source (main or tenant)"),
    ]
    is_enabled: Annotated[
        StrictBool,
        Field(description="True if notification is enabled for this platform"),
    ]
    can_customize: Annotated[
        StrictBool,
        Field(description="True if platform admin can edit template content"),
    ]
    is_custom: Annotated[
        StrictBool, Field(description="True if this is a custom notification type")
    ]
    message_title: Annotated[
        StrictStr | None | MISSING,
        Field(description="The title for the notification message.", max_length=255),
    ] = MISSING
    email_subject: Annotated[
        StrictStr | None | MISSING,
        Field(
            description="Email subject line (supports Django template syntax)",
            max_length=255,
        ),
    ] = MISSING
    spas: Annotated[
        StrictStr,
        Field(description="SPAs (Single Page Apps) that can use this template"),
    ]
    allowed_channels: Annotated[
        StrictStr,
        Field(description="Channels this template can be delivered via (email, push, etc.)"),
    ]
    available_context: Annotated[
        StrictStr,
        Field(description="Context variables available for template rendering"),
    ]


class NotificationsUpdate(BaseModel):
    notification_id: Annotated[
        StrictStr | None,
        Field(description="Comma-separated list of notification UUIDs to update"),
    ] = ""
    status: NotificationsUpdateStatus


class OAuthProvider(BaseModel):
    """
    Read-only serializer for OAuth providers, including the services they expose.
    """

    id: StrictInt
    name: StrictStr
    description: StrictStr
    url: StrictStr
    image: Annotated[StrictStr | None, Field(...)]
    scope_map: Annotated[Any | None, Field(...)]
    auth_url: StrictStr
    token_url: StrictStr
    is_enabled: StrictBool
    created_at: AwareDatetime
    updated_at: AwareDatetime
    services: list[OAuthService]
    credentials: OauthCredentialsMasked
    use_basic_auth: Annotated[
        StrictBool,
        Field(
            description="Whether to use basic authentication for the OAuth provider. By default client id and client secret are sent to the Authorization server as post data."
        ),
    ]


class OfflineDocument(BaseModel):
    """
    Serializes documents for offline use.  Returns documents with S3 URLs that can be downloaded for offline use.
    """

    id: StrictInt
    document_name: StrictStr | None | MISSING = MISSING
    document_type: StrictStr | None | MISSING = MISSING
    url: StrictStr | None | MISSING = MISSING
    tokens: StrictInt | None | MISSING = MISSING
    is_trained: StrictBool | MISSING = MISSING
    access: OfflineDocumentAccess | MISSING = MISSING
    metadata: Any | None | MISSING = MISSING
    last_trained_at: Annotated[AwareDatetime | None, Field(...)]


class OverTime(BaseModel):
    data: OverTimeData


class OverTimeWithTotal(BaseModel):
    """
    Returns     {         "data": {             "2022-04-26": 0,             "2022-04-27": 0,             ...             "2023-01-01": 0         },         "total": 0     }
    """

    data: OverTimeWithTotalData | MISSING = MISSING
    total: Annotated[StrictInt | MISSING, Field(description="Total")] = MISSING


class OvertimeWithChangeInfo(BaseModel):
    """
    Returns     {         "data": {             "2022-04-26": 0,             "2022-04-27": 0,             ...             "2023-01-01": 0         },         "total": 0     }
    """

    data: OvertimeWithChangeInfoData | MISSING = MISSING
    total: Annotated[StrictInt | MISSING, Field(description="Total")] = MISSING
    meta: OvertimeMeta


class PaginatedAgentSkillResourceList(BaseModel):
    count: StrictInt
    next: StrictStr | None | MISSING = MISSING
    previous: StrictStr | None | MISSING = MISSING
    results: list[AgentSkillResource]


class PaginatedArtifactVersionList(BaseModel):
    count: StrictInt
    next: StrictStr | None | MISSING = MISSING
    previous: StrictStr | None | MISSING = MISSING
    results: list[ArtifactVersion]


class PaginatedAssertionsResponse(BaseModel):
    """
    {         'next': self.get_next_link(),         'previous': self.get_previous_link(),         'count': self.page.paginator.count,         'data': data,         'num_pages': self.page.paginator.num_pages,         'page_number': self.page.number,         'max_page_size': self.max_page_size     }
    """

    next: StrictStr
    previous: StrictStr
    count: StrictInt
    num_pages: StrictInt
    page_number: StrictInt
    max_page_size: StrictInt
    data: list[Assertion]


class PaginatedClawInstanceList(BaseModel):
    count: StrictInt
    next: StrictStr | None | MISSING = MISSING
    previous: StrictStr | None | MISSING = MISSING
    results: list[ClawInstance]


class PaginatedConversationsList(BaseModel):
    count: StrictInt
    next: StrictStr | None | MISSING = MISSING
    previous: StrictStr | None | MISSING = MISSING
    results: list[Conversations]


class PaginatedCourseAccessRequest(BaseModel):
    """
    Response serializer for paginated access request list
    """

    count: Annotated[StrictInt, Field(description="Total number of results")]
    next_page: Annotated[StrictStr | None, Field(description="URL for next page of results")]
    previous_page: Annotated[
        StrictStr | None, Field(description="URL for previous page of results")
    ]
    results: Annotated[
        list[CourseAccessRequestDetail], Field(description="List of access requests")
    ]


class PaginatedCourseCreationTaskList(BaseModel):
    count: StrictInt
    next: StrictStr | None | MISSING = MISSING
    previous: StrictStr | None | MISSING = MISSING
    results: list[CourseCreationTask]


class PaginatedCourseGroupSuggestion(BaseModel):
    """
    Response serializer for paginated course group suggestion list
    """

    count: Annotated[StrictInt, Field(description="Total number of results")]
    next_page: Annotated[StrictStr | None, Field(description="URL for next page of results")]
    previous_page: Annotated[
        StrictStr | None, Field(description="URL for previous page of results")
    ]
    results: Annotated[
        list[CourseGroupSuggestionDetail],
        Field(description="List of course group suggestions"),
    ]


class PaginatedCourseInvitation(BaseModel):
    """
    Response serializer for paginated course invitation list
    """

    count: Annotated[StrictInt, Field(description="Total number of results")]
    next_page: Annotated[StrictStr | None, Field(description="URL for next page of results")]
    previous_page: Annotated[
        StrictStr | None, Field(description="URL for previous page of results")
    ]
    results: Annotated[
        list[CourseInvitationDetail], Field(description="List of course invitations")
    ]


class PaginatedCourseLicense(BaseModel):
    """
    Response serializer for paginated course license list
    """

    count: Annotated[StrictInt, Field(description="Total number of results")]
    next_page: Annotated[StrictStr | None, Field(description="URL for next page of results")]
    previous_page: Annotated[
        StrictStr | None, Field(description="URL for previous page of results")
    ]
    results: Annotated[list[CourseLicenseDetail], Field(description="List of course licenses")]


class PaginatedCourseLicenseAssignment(BaseModel):
    """
    Response serializer for paginated course license assignment list
    """

    count: Annotated[StrictInt, Field(description="Total number of results")]
    next_page: Annotated[StrictStr | None, Field(description="URL for next page of results")]
    previous_page: Annotated[
        StrictStr | None, Field(description="URL for previous page of results")
    ]
    results: Annotated[
        list[CourseLicenseAssignmentDetail],
        Field(description="List of course license assignments"),
    ]


class PaginatedCourseLicenseGroupAssignment(BaseModel):
    """
    Response serializer for paginated course license group assignment list
    """

    count: Annotated[StrictInt, Field(description="Total number of results")]
    next_page: Annotated[StrictStr | None, Field(description="URL for next page of results")]
    previous_page: Annotated[
        StrictStr | None, Field(description="URL for previous page of results")
    ]
    results: Annotated[
        list[CourseLicenseGroupAssignmentDetail],
        Field(description="List of course license group assignments"),
    ]


class PaginatedCourseSuggestion(BaseModel):
    """
    Response serializer for paginated course suggestion list
    """

    count: Annotated[StrictInt, Field(description="Total number of results")]
    next_page: Annotated[StrictStr | None, Field(description="URL for next page of results")]
    previous_page: Annotated[
        StrictStr | None, Field(description="URL for previous page of results")
    ]
    results: Annotated[
        list[CourseSuggestionDetail], Field(description="List of course suggestions")
    ]


class PaginatedDataSetList(BaseModel):
    count: StrictInt
    next: StrictStr | None | MISSING = MISSING
    previous: StrictStr | None | MISSING = MISSING
    results: list[DataSet]


class PaginatedDisclaimerList(BaseModel):
    count: StrictInt
    next: StrictStr | None | MISSING = MISSING
    previous: StrictStr | None | MISSING = MISSING
    results: list[Disclaimer]


class PaginatedHumanSupportTicketList(BaseModel):
    count: StrictInt
    next: StrictStr | None | MISSING = MISSING
    previous: StrictStr | None | MISSING = MISSING
    results: list[HumanSupportTicket]


class PaginatedItemSubscriptionList(BaseModel):
    count: StrictInt
    next: StrictStr | None | MISSING = MISSING
    previous: StrictStr | None | MISSING = MISSING
    results: list[ItemSubscription]


class PaginatedItemSubscriptionListList(BaseModel):
    count: StrictInt
    next: StrictStr | None | MISSING = MISSING
    previous: StrictStr | None | MISSING = MISSING
    results: list[ItemSubscriptionList]


class PaginatedMCPServerConnectionList(BaseModel):
    count: StrictInt
    next: StrictStr | None | MISSING = MISSING
    previous: StrictStr | None | MISSING = MISSING
    results: list[MCPServerConnection]


class PaginatedMCPServerList(BaseModel):
    count: StrictInt
    next: StrictStr | None | MISSING = MISSING
    previous: StrictStr | None | MISSING = MISSING
    results: list[MCPServer]


class PaginatedModerationLogList(BaseModel):
    count: StrictInt
    next: StrictStr | None | MISSING = MISSING
    previous: StrictStr | None | MISSING = MISSING
    results: list[ModerationLog]


class PaginatedOfflineDocumentList(BaseModel):
    count: StrictInt
    next: StrictStr | None | MISSING = MISSING
    previous: StrictStr | None | MISSING = MISSING
    results: list[OfflineDocument]


class PaginatedPlayWrightScriptList(BaseModel):
    count: StrictInt
    next: StrictStr | None | MISSING = MISSING
    previous: StrictStr | None | MISSING = MISSING
    results: list[PlayWrightScript]


class PaginatedRbacRoleList(BaseModel):
    count: StrictInt
    next: StrictStr | None | MISSING = MISSING
    previous: StrictStr | None | MISSING = MISSING
    results: list[RbacRole]


class PaginatedSkill(BaseModel):
    next_page: StrictStr
    previous_page: StrictStr
    results: list[Skill]
    count: StrictInt


class PaginatedTicketMessageList(BaseModel):
    count: StrictInt
    next: StrictStr | None | MISSING = MISSING
    previous: StrictStr | None | MISSING = MISSING
    results: list[TicketMessage]


class PaginatedTopicStatisticsResponse(BaseModel):
    count: StrictInt
    next: Annotated[StrictStr | None, Field(...)]
    previous: Annotated[StrictStr | None, Field(...)]
    results: list[TopicStatistics]


class PaginatedTraceList(BaseModel):
    count: StrictInt
    next: StrictStr | None | MISSING = MISSING
    previous: StrictStr | None | MISSING = MISSING
    results: list[Trace]


class PaginatedUserEdxMemoryList(BaseModel):
    count: StrictInt
    next: StrictStr | None | MISSING = MISSING
    previous: StrictStr | None | MISSING = MISSING
    results: list[UserEdxMemory]


class PaginatedUserGroupList(BaseModel):
    count: StrictInt
    next: StrictStr | None | MISSING = MISSING
    previous: StrictStr | None | MISSING = MISSING
    results: list[UserGroup]


class PaginatedVeoVideoListList(BaseModel):
    count: StrictInt
    next: StrictStr | None | MISSING = MISSING
    previous: StrictStr | None | MISSING = MISSING
    results: list[VeoVideoList]


class PaginatedWorkflowList(BaseModel):
    count: StrictInt
    next: StrictStr | None | MISSING = MISSING
    previous: StrictStr | None | MISSING = MISSING
    results: list[Workflow]


class PatchedBotCreate(BaseModel):
    name: Annotated[StrictStr | MISSING, Field(max_length=255)] = MISSING
    provider: Provider05cEnum | MISSING = MISSING


class PatchedConversations(BaseModel):
    topics: list[TopicModel] | MISSING = MISSING
    mentor: UUID | MISSING = MISSING
    model: StrictStr | MISSING = MISSING
    platform: StrictStr | MISSING = MISSING
    has_document: StrictBool | MISSING = MISSING
    memory_tracked: StrictBool | MISSING = MISSING
    enable_artifacts: StrictBool | MISSING = MISSING
    is_shared: StrictBool | MISSING = MISSING
    is_authenticated: Annotated[
        StrictBool | MISSING,
        Field(description="False if session was created by an anonymous user"),
    ] = MISSING
    llm_name: Annotated[StrictStr | None | MISSING, Field(max_length=255)] = MISSING
    llm_provider: Annotated[StrictStr | None | MISSING, Field(max_length=255)] = MISSING
    metadata: Any | None | MISSING = MISSING
    title: Annotated[
        StrictStr | None | MISSING,
        Field(
            description="AI-generated title summarizing the conversation",
            max_length=255,
        ),
    ] = MISSING
    is_conversation: Annotated[
        StrictBool | MISSING,
        Field(description="True if the session has both user and AI messages"),
    ] = MISSING
    message_count_human: Annotated[
        StrictInt | MISSING,
        Field(description="Count of human messages in this session"),
    ] = MISSING
    message_count_ai: Annotated[
        StrictInt | MISSING, Field(description="Count of AI messages in this session")
    ] = MISSING
    tools: list[StrictInt] | MISSING = MISSING


class PatchedDataSet(BaseModel):
    platform: PatchedDataSetPlatform | None | MISSING = MISSING
    name: Annotated[StrictStr | MISSING, Field(max_length=255)] = MISSING
    prompt: Annotated[
        StrictStr | MISSING,
        Field(
            description="(if any) Special instructions for generating the dataset. This could be requirements on tone, language, style, etc.",
            max_length=1000,
        ),
    ] = MISSING
    source_url: Annotated[StrictStr | MISSING, Field(max_length=400)] = MISSING
    source_file: StrictStr | MISSING = MISSING
    status: DataSetStatusEnum | MISSING = MISSING
    num_data_points: StrictInt | MISSING = MISSING
    train_split: Annotated[StrictFloat | MISSING, Field(ge=0.0, le=1.0)] = MISSING
    train_file: StrictStr | MISSING = MISSING
    test_file: StrictStr | MISSING = MISSING
    retry_attempts: StrictInt | MISSING = MISSING
    error_log: StrictStr | MISSING = MISSING


class PatchedFallbackLLMUpdate(BaseModel):
    """
    Serializer for updating FallbackLLM configuration.
    """

    scope: PatchedFallbackLLMUpdateScope | MISSING = MISSING
    source_provider: Annotated[
        StrictInt | MISSING,
        Field(description="The provider whose models this fallback applies to"),
    ] = MISSING
    source_model: Annotated[
        StrictInt | None | MISSING,
        Field(description="Specific model this fallback applies to (only for model scope)"),
    ] = MISSING
    fallback_provider: Annotated[
        StrictInt | MISSING, Field(description="The provider to use as fallback")
    ] = MISSING
    fallback_model: Annotated[
        StrictInt | MISSING, Field(description="The model to use as fallback")
    ] = MISSING
    is_enabled: Annotated[
        StrictBool | MISSING,
        Field(description="Whether this fallback configuration is active"),
    ] = MISSING


class PatchedMCPServer(BaseModel):
    """
    Serializer for the MCPServer model.
    """

    id: StrictInt | MISSING = MISSING
    platform: StrictInt | MISSING = MISSING
    mentor: UUID | None | MISSING = MISSING
    owner: Annotated[StrictStr | None | MISSING, Field(description="edX username")] = MISSING
    name: Annotated[StrictStr | MISSING, Field(max_length=255)] = MISSING
    description: Annotated[
        StrictStr | MISSING, Field(description="A description of the MCP server.")
    ] = MISSING
    url: Annotated[
        StrictStr | MISSING,
        Field(description="The url of the MCP server.", max_length=200),
    ] = MISSING
    image: StrictStr | None | MISSING = MISSING
    transport: TransportEnum | MISSING = MISSING
    credentials: Annotated[
        StrictStr | MISSING,
        Field(
            description="Authorization credentials to authenticate to the MCP server. If provided, these take priority over any headers configured on the server. Token here must be the full authorization value. For example: `<scheme> <credentials>`"
        ),
    ] = MISSING
    extra_headers: Annotated[
        Any | None | MISSING,
        Field(description="Headers to send to the MCP server. Useful for authentication,"),
    ] = MISSING
    platform_key: StrictStr | MISSING = MISSING
    is_featured: Annotated[
        StrictBool | MISSING,
        Field(description="Featured mcp servers will be accessible to all other tenants."),
    ] = MISSING
    auth_type: PatchedMCPServerAuthType | MISSING = MISSING
    auth_scope: PatchedMCPServerAuthScope | MISSING = MISSING
    oauth_service: StrictInt | None | MISSING = MISSING
    oauth_service_data: OAuthService | MISSING = MISSING
    mcp_server_connections: StrictStr | MISSING = MISSING
    is_enabled: Annotated[
        StrictBool | MISSING,
        Field(description="Whether the MCP server is enabled or not."),
    ] = MISSING
    created_at: AwareDatetime | MISSING = MISSING
    updated_at: AwareDatetime | MISSING = MISSING


class PatchedMCPServerConnection(BaseModel):
    """
    Serializer for managing `MCPServerConnection` records via the API.  The serializer enforces the business rules for combining scope, platform, and authentication configuration while exposing a masked view of any stored credentials.
    """

    server: StrictInt | MISSING = MISSING
    scope: PatchedMCPServerConnectionScope | MISSING = MISSING
    auth_type: AuthTypeEnum | MISSING = MISSING
    platform: StrictInt | None | MISSING = MISSING
    user: Annotated[StrictStr | None | MISSING, Field(description="edX username")] = MISSING
    mentor: UUID | None | MISSING = MISSING
    connected_service: StrictInt | None | MISSING = MISSING
    connected_service_summary: (
        PatchedMCPServerConnectionConnectedServiceSummary | None | MISSING
    ) = MISSING
    credentials: Annotated[
        StrictStr | MISSING,
        Field(description="Static credential/token value for token-based authentication."),
    ] = MISSING
    authorization_scheme: Annotated[
        StrictStr | MISSING,
        Field(
            description="Authorization scheme to prefix tokens with (e.g. 'Bearer').",
            max_length=50,
        ),
    ] = MISSING
    extra_headers: Annotated[
        Any | None | MISSING,
        Field(description="Additional headers to include when connecting to the MCP server."),
    ] = MISSING
    is_active: StrictBool | MISSING = MISSING


class PatchedMediaResource(BaseModel):
    title: Annotated[
        StrictStr | MISSING,
        Field(description="Title of the media resource", max_length=255),
    ] = MISSING
    description: Annotated[
        StrictStr | None | MISSING,
        Field(description="Description of the media resource"),
    ] = MISSING
    media_type: PatchedMediaResourceMediaType | MISSING = MISSING
    course_id: Annotated[
        StrictStr | None | MISSING,
        Field(description="ID of the associated course", max_length=255),
    ] = MISSING
    unit_id: Annotated[
        StrictStr | None | MISSING,
        Field(description="ID of the associated unit", max_length=255),
    ] = MISSING
    item_id: Annotated[
        StrictStr | None | MISSING,
        Field(description="ID of the associated item (resource)", max_length=255),
    ] = MISSING
    file_url: Annotated[
        StrictStr | None | MISSING,
        Field(description="External URL for the media resource", max_length=1000),
    ] = MISSING
    file: Annotated[StrictStr | None | MISSING, Field(description="Uploaded media file")] = MISSING


class PatchedMentorCreate(BaseModel):
    name: Annotated[StrictStr | MISSING, Field(max_length=255)] = MISSING
    unique_id: UUID | MISSING = MISSING
    flow: Annotated[Any | None | MISSING, Field(description="The langflow json for the mentor")] = (
        MISSING
    )
    slug: Annotated[StrictStr | MISSING, Field(max_length=255, pattern="^[-a-zA-Z0-9_]+$")] = (
        MISSING
    )
    platform: Annotated[StrictStr | MISSING, Field(max_length=255)] = MISSING
    allow_anonymous: StrictBool | MISSING = MISSING
    enable_offline_mode: Annotated[
        StrictBool | MISSING,
        Field(description="Allow this mentor to be used offline with local LLMs"),
    ] = MISSING
    metadata: Any | None | MISSING = MISSING
    enable_moderation: StrictBool | MISSING = MISSING
    enable_multi_query_rag: StrictBool | MISSING = MISSING
    enable_prompt_caching: Annotated[
        StrictBool | MISSING,
        Field(
            description="Enable prompt caching for Anthropic models to reduce latency and cost. This disabled RAG and other dynamic parts of system prompt such as memory, current datetime, etc. Use with caution"
        ),
    ] = MISSING
    enable_post_processing_system: StrictBool | MISSING = MISSING
    enable_openai_assistant: Annotated[
        StrictBool | MISSING,
        Field(description="(Deprecated) Set template mentor to openai-agent instead."),
    ] = MISSING
    enable_total_grounding: Annotated[
        StrictBool | MISSING,
        Field(
            description="Whether to force mentor to only use information within the provided documents."
        ),
    ] = MISSING
    enable_suggested_prompts: Annotated[
        StrictBool | MISSING,
        Field(
            description="Whether to show suggested prompts for the mentor or not. Note: Suggested prompts are created by tenant admins."
        ),
    ] = MISSING
    enable_guided_prompts: Annotated[
        StrictBool | MISSING,
        Field(
            description="Whether to show suggested prompts for the mentor or not. Note: Guided prompts are created with an llm based on chat history."
        ),
    ] = MISSING
    save_flagged_prompts: StrictBool | MISSING = MISSING
    google_voice: StrictInt | None | MISSING = MISSING
    openai_voice: StrictInt | None | MISSING = MISSING
    guided_prompt_instructions: Annotated[
        StrictStr | MISSING,
        Field(description="Instructions to determine how prompt suggestions are generated."),
    ] = MISSING
    categories: list[StrictInt] | MISSING = MISSING
    types: list[StrictInt] | MISSING = MISSING
    subjects: list[StrictInt] | MISSING = MISSING
    proactive_prompt: Annotated[
        StrictStr | MISSING,
        Field(
            description="Prompt template used to start a conversation with the user when greeting_type is proactive_prompt. This will be sent to the LLM so it can respond naturally"
        ),
    ] = MISSING
    study_mode_prompt: Annotated[
        StrictStr | MISSING,
        Field(
            description="Prompt to be used to guide the user through their studies when study mode tool is enabled."
        ),
    ] = MISSING
    disclaimer: Annotated[
        StrictStr | MISSING,
        Field(description="Disclaimer to be shown to the user when the mentor is used."),
    ] = MISSING
    enable_disclaimer: StrictBool | MISSING = MISSING
    show_attachment: Annotated[
        StrictBool | MISSING, Field(description="Show attachments on mentor.")
    ] = MISSING
    show_voice_call: Annotated[
        StrictBool | MISSING, Field(description="Show voice call button on mentor.")
    ] = MISSING
    show_voice_record: Annotated[
        StrictBool | MISSING,
        Field(description="Show voice recording button on mentor."),
    ] = MISSING
    show_rag_images: Annotated[
        StrictBool | MISSING, Field(description="Show RAG images in mentor response.")
    ] = MISSING
    starter_prompts: PatchedMentorCreateStarterPrompts | MISSING = MISSING
    embed_is_context_aware: Annotated[
        StrictBool | MISSING,
        Field(description="Allow embedded mentor to read content on the embedded web page."),
    ] = MISSING
    embed_open_by_default: Annotated[
        StrictBool | MISSING, Field(description="Open mentor embed iframe by default.")
    ] = MISSING
    embed_show_attachment: Annotated[
        StrictBool | MISSING, Field(description="Show attachments on embedded mentor.")
    ] = MISSING
    embed_show_voice_call: Annotated[
        StrictBool | MISSING,
        Field(description="Show voice call button on embedded mentor."),
    ] = MISSING
    embed_show_voice_record: Annotated[
        StrictBool | MISSING,
        Field(description="Show voice recording button on embedded mentor."),
    ] = MISSING
    show_explore_mentors: Annotated[
        StrictBool | MISSING, Field(description="Show explore mentors option.")
    ] = MISSING
    embed_icon_selection_data: Annotated[
        Any | None | MISSING,
        Field(description="Stores embedded icon selection data for the mentor widget."),
    ] = MISSING
    placeholder_prompt: Annotated[
        StrictStr | MISSING,
        Field(
            description="Placeholder to be shown in the input text area when the mentor is used."
        ),
    ] = MISSING
    moderation_system_prompt: Annotated[
        StrictStr | MISSING,
        Field(
            description="The prompt for the moderation system. This prompt must clearly distinguish between 'Approapriate' and 'Not Appropriate' queries."
        ),
    ] = MISSING
    post_processing_prompt: Annotated[
        StrictStr | MISSING,
        Field(
            description="Prompt to be used to alter or modify final llm response into any desired form."
        ),
    ] = MISSING
    moderation_response: Annotated[
        StrictStr | MISSING,
        Field(
            description="Desired feedback to return to the user when their prompt is deemed inappropriate."
        ),
    ] = MISSING
    safety_system_prompt: Annotated[
        StrictStr | MISSING,
        Field(description="Prompt to check whether the models response is appropriate or not."),
    ] = MISSING
    safety_response: Annotated[
        StrictStr | MISSING,
        Field(
            description="Feedback given to the user when a model generates an inappropriate response"
        ),
    ] = MISSING
    disable_chathistory: StrictBool | MISSING = MISSING
    enable_safety_system: StrictBool | MISSING = MISSING
    proactive_response: Annotated[
        StrictStr | MISSING,
        Field(description="Response to start a conversation with a user."),
    ] = MISSING
    mcp_servers: list[StrictInt] | MISSING = MISSING
    greeting_method: PatchedMentorCreateGreetingMethod | MISSING = MISSING
    last_accessed_by: Annotated[StrictInt | None | MISSING, Field(description="edX user ID")] = (
        MISSING
    )
    recently_accessed_at: AwareDatetime | None | MISSING = MISSING
    created_by: Annotated[StrictStr | None | MISSING, Field(max_length=255)] = MISSING


class PatchedNotification(BaseModel):
    status: PatchedNotificationStatus | MISSING = MISSING
    context: Any | None | MISSING = MISSING
    created_at: AwareDatetime | MISSING = MISSING


class PatchedNotificationTemplateDetail(BaseModel):
    """
    Serializer for detailed template view and editing
    """

    name: Annotated[
        StrictStr | None | MISSING,
        Field(description="Template display name", max_length=255),
    ] = MISSING
    description: Annotated[
        StrictStr | MISSING,
        Field(description="Description of when this notification is sent"),
    ] = MISSING
    message_title: Annotated[
        StrictStr | None | MISSING,
        Field(description="Title for push/in-app notifications", max_length=255),
    ] = MISSING
    message_body: Annotated[
        StrictStr | MISSING,
        Field(description="Body text (supports Django template syntax)"),
    ] = MISSING
    short_message_body: Annotated[
        StrictStr | MISSING, Field(description="Short version for SMS or preview")
    ] = MISSING
    email_subject: Annotated[
        StrictStr | None | MISSING,
        Field(description="Email subject line (supports {{ variables }})", max_length=255),
    ] = MISSING
    email_from_address: Annotated[
        StrictStr | None | MISSING,
        Field(description="Sender email address", max_length=255),
    ] = MISSING
    email_html_template: Annotated[
        StrictStr | None | MISSING,
        Field(description="HTML email body (supports Django template syntax)"),
    ] = MISSING
    spa_ids: Annotated[
        list[StrictInt] | MISSING,
        Field(description="IDs of SPAs that can use this template"),
    ] = MISSING
    channel_ids: Annotated[
        list[StrictInt] | MISSING,
        Field(description="IDs of delivery channels (email, push, etc.)"),
    ] = MISSING
    metadata: Annotated[
        Any | None | MISSING,
        Field(description="JSON config (periodic_config, policy_config, etc.)"),
    ] = MISSING
    proactive_prompt_message: Annotated[
        StrictStr | None | MISSING,
        Field(description="Default prompt message for AI mentor notifications"),
    ] = MISSING
    periodic_learner_scope: PatchedNotificationTemplateDetailPeriodicLearnerScope | MISSING = (
        MISSING
    )
    periodic_report_period_days: Annotated[
        StrictInt | MISSING,
        Field(description="Number of days to include in the report period", ge=1, le=365),
    ] = MISSING
    periodic_frequency: PatchedNotificationTemplateDetailPeriodicFrequency | MISSING = MISSING
    periodic_custom_interval_days: Annotated[
        StrictInt | MISSING,
        Field(
            description="Custom interval in days (when frequency is CUSTOM)",
            ge=1,
            le=365,
        ),
    ] = MISSING
    periodic_execution_time: Annotated[
        StrictStr | MISSING, Field(description="Time to run in HH:MM format (24-hour)")
    ] = MISSING
    periodic_timezone: Annotated[
        StrictStr | MISSING,
        Field(description="Timezone for execution time (e.g. America/New_York)"),
    ] = MISSING
    periodic_mentors: Annotated[
        list[PatchedNotificationTemplateDetailPeriodicMentorsItem] | MISSING,
        Field(
            description='List of mentor configurations: [{"unique_id": "uuid", "prompt": "...", "name": "..."}]'
        ),
    ] = MISSING
    policy_enabled_policies: Annotated[
        list[PatchedNotificationTemplateDetailPolicyEnabledPoliciesItem] | MISSING,
        Field(
            description='Per-role config: [{"role_name": "Analytics Viewer", "enabled": True, "subject": "Custom subject for {{role_name}}"}, ...]'
        ),
    ] = MISSING
    policy_notify_on_assignment: Annotated[
        StrictBool | MISSING,
        Field(description="Send notification when policy is assigned"),
    ] = MISSING
    policy_notify_on_removal: Annotated[
        StrictBool | MISSING,
        Field(description="Send notification when policy is removed"),
    ] = MISSING
    human_support_recipient_mode: (
        PatchedNotificationTemplateDetailHumanSupportRecipientMode | MISSING
    ) = MISSING
    human_support_custom_recipients: Annotated[
        list[PatchedNotificationTemplateDetailHumanSupportCustomRecipientsItem] | MISSING,
        Field(
            description="Custom targets: user: {type, id}; user_group: {type, id}; rbac_policy: {type, policy_name}"
        ),
    ] = MISSING


class PatchedPeriodicAgentCreate(BaseModel):
    mentor: UUID | MISSING = MISSING
    title: Annotated[StrictStr | MISSING, Field(max_length=255)] = MISSING
    description: StrictStr | MISSING = MISSING
    prompt: Annotated[
        StrictStr | MISSING, Field(description="Prompt for the periodic agent if any.")
    ] = MISSING
    task: PeriodicTaskRequest | MISSING = MISSING
    pathway: Annotated[StrictStr | MISSING, Field(max_length=255)] = MISSING
    callback_url: Annotated[StrictStr | MISSING, Field(max_length=200)] = MISSING
    callback_secret: Annotated[StrictStr | MISSING, Field(max_length=255)] = MISSING
    parent_session_id: Annotated[StrictStr | MISSING, Field(max_length=200)] = MISSING
    parent_mentor_id: StrictInt | None | MISSING = MISSING
    previous_agent: Annotated[
        StrictInt | None | MISSING,
        Field(description="Agent that needs to run before the current agent runs."),
    ] = MISSING
    previous_agent_status: PatchedPeriodicAgentCreatePreviousAgentStatus | MISSING = MISSING


class PatchedPrompt(BaseModel):
    mentor: UUID | MISSING = MISSING
    tone: StrictStr | None | MISSING = MISSING
    style: StrictStr | MISSING = MISSING
    language: StrictStr | MISSING = MISSING
    tags: list[StrictInt] | MISSING = MISSING
    is_system: StrictBool | None = True
    metadata: Any | None | MISSING = MISSING
    category: StrictStr | MISSING = MISSING
    prompt: StrictStr | MISSING = MISSING
    title: Annotated[StrictStr | None | MISSING, Field(max_length=255)] = MISSING
    description: StrictStr | None | MISSING = MISSING
    prompt_visibility: PatchedPromptPromptVisibility | MISSING = MISSING
    created_by: Annotated[StrictStr | None | MISSING, Field(max_length=255)] = MISSING
    platform: StrictInt | MISSING = MISSING


class PatchedSCIMGroup(BaseModel):
    """
    SCIM group serializer for RBAC group management
    """

    schemas: Annotated[list[StrictStr] | MISSING, Field(description="SCIM schema identifiers")] = (
        MISSING
    )
    id: Annotated[
        StrictStr | MISSING,
        Field(description="RBAC group unique ID (must match existing RBAC group)"),
    ] = MISSING
    displayName: Annotated[StrictStr | MISSING, Field(description="RBAC group display name")] = (
        MISSING
    )
    description: Annotated[StrictStr | MISSING, Field(description="RBAC group description")] = (
        MISSING
    )
    members: Annotated[
        list[PatchedSCIMGroupMembersItem] | MISSING,
        Field(description="Users to add/remove from the RBAC group"),
    ] = MISSING
    meta: Annotated[SCIMMeta | MISSING, Field(description="Resource metadata")] = MISSING


class PatchedTrainingCreate(BaseModel):
    project_name: Annotated[StrictStr | MISSING, Field(max_length=255)] = MISSING
    dataset: UUID | MISSING = MISSING
    base_model_name: Annotated[StrictStr | MISSING, Field(max_length=400)] = MISSING
    provider: Provider63aEnum | MISSING = MISSING
    text_column: Annotated[StrictStr | MISSING, Field(max_length=50)] = MISSING
    learning_rate: StrictFloat | MISSING = MISSING
    batch_size: StrictInt | MISSING = MISSING
    num_epochs: StrictInt | MISSING = MISSING
    block_size: StrictInt | MISSING = MISSING
    warmup_ratio: StrictFloat | MISSING = MISSING
    lora_r: StrictInt | MISSING = MISSING
    lora_alpha: StrictInt | MISSING = MISSING
    lora_dropout: StrictFloat | MISSING = MISSING
    weight_decay: StrictFloat | MISSING = MISSING
    gradient_accumulation: StrictInt | MISSING = MISSING
    use_peft: StrictBool | MISSING = MISSING
    use_fp16: StrictBool | MISSING = MISSING
    use_int4: StrictBool | MISSING = MISSING
    push_to_hub: StrictBool | MISSING = MISSING
    repo_id: Annotated[StrictStr | MISSING, Field(max_length=400)] = MISSING
    preprocess_dataset: StrictBool | MISSING = MISSING
    prompt_column: Annotated[StrictStr | MISSING, Field(max_length=50)] = MISSING
    prompt_prefix: Annotated[StrictStr | MISSING, Field(max_length=50)] = MISSING
    prompt_suffix: Annotated[StrictStr | MISSING, Field(max_length=50)] = MISSING
    response_prefix: Annotated[StrictStr | MISSING, Field(max_length=50)] = MISSING


class PathwayCreateUpdateRequest(BaseModel):
    """
    Serializer for pathway creation/update request body.
    """

    pathway_id: Annotated[StrictStr | MISSING, Field(description="Pathway ID")] = MISSING
    pathway_uuid: Annotated[StrictStr | MISSING, Field(description="Pathway UUID")] = MISSING
    user_id: Annotated[StrictInt, Field(description="User ID of the pathway owner")]
    username: Annotated[StrictStr | MISSING, Field(description="Username of the pathway owner")] = (
        MISSING
    )
    name: Annotated[StrictStr, Field(description="Pathway name")]
    slug: Annotated[StrictStr | MISSING, Field(description="Pathway slug")] = MISSING
    visible: Annotated[StrictBool | None, Field(description="Whether the pathway is visible")] = (
        True
    )
    platform_key: Annotated[StrictStr | MISSING, Field(description="Platform key")] = MISSING
    path: Annotated[
        list[PathwayCreateUpdateRequestPathItem],
        Field(description="List of items in the pathway with item_id and optional position"),
    ]
    data: Annotated[Any | None | MISSING, Field(description="Additional pathway data")] = MISSING


class PathwayDeleteResponse(BaseModel):
    """
    Serializer for pathway deletion response.
    """

    count: Annotated[StrictInt, Field(description="Number of pathways deleted")]
    type: PathwayDeleteResponseType


class PathwayDetail(BaseModel):
    pathway_id: StrictStr
    name: StrictStr | None | MISSING = MISSING
    platform: StrictStr | None | MISSING = MISSING
    enrollment: PathwayEnrollment
    completion: PathwayDetailCompletion | None | MISSING = MISSING


class PathwayGroupSuggestionCreate(BaseModel):
    """
    Request serializer for PathwayGroupSuggestionManagementView POST endpoint
    """

    platform_key: Annotated[StrictStr, Field(description="The platform for the group suggestion")]
    platform_org: Annotated[
        StrictStr | MISSING,
        Field(description="The organization identifier for the platform"),
    ] = MISSING
    pathway_uuid: Annotated[StrictStr, Field(description="The pathway UUID to suggest")]
    group_id: Annotated[StrictInt, Field(description="The group to suggest the pathway to")]
    accepted: Annotated[
        StrictBool | None, Field(description="Whether the suggestion is accepted")
    ] = False
    visible: Annotated[
        StrictBool | None, Field(description="Whether the suggestion is visible")
    ] = True
    metadata: PathwayGroupSuggestionCreateMetadata | MISSING = MISSING
    suggested_by: Annotated[
        StrictStr | MISSING, Field(description="The user who suggested the group")
    ] = MISSING
    department_mode: Annotated[
        StrictBool | None,
        Field(description="Flag to ensure department admins can call the API"),
    ] = False


class PathwayGroupSuggestionDetail(BaseModel):
    """
    Response serializer for pathway group suggestion details
    """

    id: Annotated[StrictInt, Field(description="The unique identifier for the group suggestion")]
    group_id: Annotated[
        StrictInt, Field(description="The ID of the group receiving the suggestion")
    ]
    group_name: Annotated[
        StrictStr, Field(description="The name of the group receiving the suggestion")
    ]
    platform_key: Annotated[
        StrictStr, Field(description="The platform key associated with the suggestion")
    ]
    accepted: Annotated[
        StrictBool | MISSING,
        Field(description="Whether the suggestion has been accepted"),
    ] = MISSING
    visible: Annotated[StrictBool, Field(description="Whether the suggestion is visible")]
    created: Annotated[AwareDatetime, Field(description="When the suggestion was created")]
    modified: Annotated[AwareDatetime, Field(description="When the suggestion was last modified")]
    metadata: PathwayGroupSuggestionDetailMetadata
    pathway_id: Annotated[StrictStr, Field(description="The pathway ID being suggested")]
    pathway_uuid: Annotated[StrictStr, Field(description="The UUID of the pathway being suggested")]
    pathway_name: Annotated[StrictStr, Field(description="The name of the pathway being suggested")]
    pathway_platform_key: Annotated[
        StrictStr, Field(description="The platform key associated with the pathway")
    ]
    user_count: Annotated[
        StrictInt | MISSING, Field(description="Number of users in the group")
    ] = MISSING


class PathwaySuggestionBulkCreate(BaseModel):
    """
    Request serializer for PathwaySuggestionBulkManagementView POST endpoint
    """

    platform_key: Annotated[StrictStr, Field(description="The platform for the suggestions")]
    platform_org: Annotated[
        StrictStr | MISSING,
        Field(description="The organization identifier for the platform"),
    ] = MISSING
    suggestion_data: Annotated[
        list[PathwaySuggestionBulkCreateSuggestionDataItem],
        Field(
            description="List of suggestion data objects, each containing pathway_id, user_id, etc."
        ),
    ]
    department_mode: Annotated[
        StrictBool | None,
        Field(description="Flag to ensure department admins can call the API"),
    ] = False


class PathwaySuggestionCreate(BaseModel):
    """
    Request serializer for PathwaySuggestionManagementView POST endpoint
    """

    platform_key: Annotated[StrictStr, Field(description="The platform for the suggestion")]
    pathway_id: Annotated[StrictStr, Field(description="The pathway ID to suggest")]
    pathway_uuid: Annotated[StrictStr, Field(description="The pathway UUID to suggest")]
    user_id: Annotated[StrictStr, Field(description="The user to suggest the pathway to")]
    username: Annotated[
        StrictStr | MISSING,
        Field(description="The username of the user to suggest the pathway to"),
    ] = MISSING
    email: Annotated[
        StrictStr | MISSING,
        Field(description="The email of the user to suggest the pathway to"),
    ] = MISSING
    accepted: Annotated[
        StrictBool | None, Field(description="Whether the suggestion is accepted")
    ] = False
    visible: Annotated[
        StrictBool | None, Field(description="Whether the suggestion is visible")
    ] = True
    metadata: PathwaySuggestionCreateMetadata | MISSING = MISSING
    suggested_by: Annotated[
        StrictStr | MISSING, Field(description="The user who suggested the pathway")
    ] = MISSING
    direct: Annotated[StrictBool | None, Field(description="Whether the suggestion is direct")] = (
        True
    )
    department_mode: Annotated[
        StrictBool | None,
        Field(description="Flag to ensure department admins can call the API"),
    ] = False


class PathwaySuggestionDetail(BaseModel):
    """
    Response serializer for pathway suggestion details
    """

    id: Annotated[StrictInt, Field(description="The unique identifier for the suggestion")]
    user_id: Annotated[StrictInt, Field(description="The ID of the user receiving the suggestion")]
    username: Annotated[
        StrictStr,
        Field(description="The username of the user receiving the suggestion"),
    ]
    name: Annotated[
        StrictStr,
        Field(description="The full name of the user receiving the suggestion"),
    ]
    platform_key: Annotated[
        StrictStr, Field(description="The platform key associated with the suggestion")
    ]
    accepted: Annotated[
        StrictBool,
        Field(description="Whether the suggestion has been accepted by the user"),
    ]
    visible: Annotated[
        StrictBool, Field(description="Whether the suggestion is visible to the user")
    ]
    created: Annotated[AwareDatetime, Field(description="When the suggestion was created")]
    modified: Annotated[AwareDatetime, Field(description="When the suggestion was last modified")]
    metadata: PathwaySuggestionDetailMetadata
    pathway_id: Annotated[StrictStr, Field(description="The pathway ID being suggested")]
    pathway_uuid: Annotated[StrictStr, Field(description="The UUID of the pathway being suggested")]
    pathway_name: Annotated[StrictStr, Field(description="The name of the pathway being suggested")]
    pathway_platform_key: Annotated[
        StrictStr, Field(description="The platform key associated with the pathway")
    ]


class PerLearnerCourseVideosWatched(BaseModel):
    data: list[PerLearnerCourseVideosWatchedData]
    total: Annotated[StrictInt, Field(description="videos watched")]


class PerLearnerLastAccess(BaseModel):
    data: PerLearnerLastAccessData | MISSING = MISSING


class PerLearnerTimeSpentInCourseTree(BaseModel):
    data: list[TimeChildData] | MISSING = MISSING
    total: Annotated[StrictInt | MISSING, Field(description="Total time spent")] = MISSING


class PerformanceGradesPerCourse(BaseModel):
    data: list[PerformanceGradesPerCourseData] | MISSING = MISSING
    pagination: Pagination


class PeriodicAgentCreate(BaseModel):
    id: StrictInt
    mentor: UUID
    title: Annotated[StrictStr, Field(max_length=255)]
    username: StrictStr
    description: StrictStr | MISSING = MISSING
    prompt: Annotated[
        StrictStr | MISSING, Field(description="Prompt for the periodic agent if any.")
    ] = MISSING
    task: PeriodicTask
    created_at: AwareDatetime
    modified_at: AwareDatetime
    enabled: StrictBool
    one_off: StrictBool
    platform_key: StrictStr
    pathway: Annotated[StrictStr | MISSING, Field(max_length=255)] = MISSING
    callback_url: Annotated[StrictStr | MISSING, Field(max_length=200)] = MISSING
    callback_secret: Annotated[StrictStr | MISSING, Field(max_length=255)] = MISSING
    parent_session_id: Annotated[StrictStr | MISSING, Field(max_length=200)] = MISSING
    parent_mentor_id: StrictInt | None | MISSING = MISSING
    previous_agent: Annotated[
        StrictInt | None | MISSING,
        Field(description="Agent that needs to run before the current agent runs."),
    ] = MISSING
    previous_agent_status: PeriodicAgentCreatePreviousAgentStatus | MISSING = MISSING
    previous_agent_output: Annotated[
        StrictStr,
        Field(
            description="This will be fed into the run of this agent as part of its input prompt."
        ),
    ]


class PeriodicAgentCreateRequest(BaseModel):
    mentor: UUID
    title: Annotated[StrictStr, Field(max_length=255)]
    description: StrictStr | MISSING = MISSING
    prompt: Annotated[
        StrictStr | MISSING, Field(description="Prompt for the periodic agent if any.")
    ] = MISSING
    task: PeriodicTaskRequest
    pathway: Annotated[StrictStr | MISSING, Field(max_length=255)] = MISSING
    callback_url: Annotated[StrictStr | MISSING, Field(max_length=200)] = MISSING
    callback_secret: Annotated[StrictStr | MISSING, Field(max_length=255)] = MISSING
    parent_session_id: Annotated[StrictStr | MISSING, Field(max_length=200)] = MISSING
    parent_mentor_id: StrictInt | None | MISSING = MISSING
    previous_agent: Annotated[
        StrictInt | None | MISSING,
        Field(description="Agent that needs to run before the current agent runs."),
    ] = MISSING
    previous_agent_status: PeriodicAgentCreatePreviousAgentStatus | MISSING = MISSING


class PeriodicAgentLog(BaseModel):
    id: StrictInt
    content: StrictStr | MISSING = MISSING
    status: PeriodicAgentLogStatusEnum | MISSING = MISSING
    start_time: AwareDatetime | MISSING = MISSING
    end_time: AwareDatetime | None | MISSING = MISSING
    created_at: AwareDatetime
    modified_at: AwareDatetime
    periodic_agent: StrictInt


class PerlearnerCourseProgress(BaseModel):
    data: PerlearnerCourseProgressData


class PerlearnerGradeSummary(BaseModel):
    data: list[PerlearnerGradeSummaryData] | MISSING = MISSING


class PerlearnerGradeWithCutOffData(BaseModel):
    grade_cutoffs: PerlearnerGradeWithCutOffDataGradeCutoffs
    grade: Annotated[StrictFloat, Field(description="Grade")]


class PerlearnerGradingPerCourseAPI(BaseModel):
    data: list[PerlearnerGradingPerCourseAPIData]


class PerlearnerUserList(BaseModel):
    data: list[PerlearnerUserListData] | MISSING = MISSING
    pagination: Pagination


class PieChartData(BaseModel):
    new_users: PieChartSegment
    returning_users: PieChartSegment


class PlatformConfigurationList(BaseModel):
    """
    Serializer for listing platform configurations
    """

    platform_key: StrictStr
    configurations: PlatformConfigurationListConfigurations
    count: Annotated[StrictInt, Field(description="Number of configurations returned")]


class PlatformConfigurationSetResponse(BaseModel):
    """
    Response serializer for setting platform configurations
    """

    platform_key: StrictStr
    results: Annotated[
        list[PlatformConfigurationSetResponseResultsItem],
        Field(description="Results for each configuration item"),
    ]
    total_set: Annotated[StrictInt, Field(description="Total number of configurations set")]


class PlatformInvitationCreate(BaseModel):
    """
    Request serializer for PlatformInvitationView POST endpoint  Supports new CSV format fields: - company_name (optional): Company name for the invited user - first_name (new): First name of the invited user - last_name (new): Last name of the invited user - user_group (new): Name of the UserGroup to assign the user to - user_group_owner_email (optional): Email of user who should own the group
    """

    platform_key: Annotated[
        StrictStr, Field(description="The platform to create an invitation for")
    ]
    email: Annotated[StrictStr | MISSING, Field(description="The email address to invite")] = (
        MISSING
    )
    username: Annotated[StrictStr | MISSING, Field(description="The username to invite")] = MISSING
    active: Annotated[StrictBool | None, Field(description="Whether the invitation is active")] = (
        True
    )
    source: Annotated[StrictStr | MISSING, Field(description="The source of the invitation")] = (
        MISSING
    )
    redirect_to: Annotated[
        StrictStr | MISSING,
        Field(description="URL to redirect to after accepting the invitation"),
    ] = MISSING
    created: Annotated[
        AwareDatetime | MISSING, Field(description="When the invitation was created")
    ] = MISSING
    expired: Annotated[
        AwareDatetime | MISSING, Field(description="When the invitation expires")
    ] = MISSING
    metadata: PlatformInvitationCreateMetadata | MISSING = MISSING
    company_name: Annotated[
        StrictStr | MISSING,
        Field(description="Company name for the invited user", max_length=255),
    ] = MISSING
    first_name: Annotated[
        StrictStr | MISSING,
        Field(description="First name of the invited user", max_length=255),
    ] = MISSING
    last_name: Annotated[
        StrictStr | MISSING,
        Field(description="Last name of the invited user", max_length=255),
    ] = MISSING
    user_group: Annotated[
        StrictStr | MISSING,
        Field(description="Name of the UserGroup to assign the user to", max_length=255),
    ] = MISSING
    user_group_owner_email: Annotated[
        StrictStr | MISSING,
        Field(description="Email of user who should own the group (falls back to uploader)"),
    ] = MISSING


class PlatformInvitationDetail(BaseModel):
    """
    Response serializer for platform invitation details
    """

    id: Annotated[StrictInt, Field(description="The unique identifier for the invitation")]
    user_id: Annotated[
        StrictInt | None | MISSING,
        Field(description="The ID of the user associated with the invitation"),
    ] = MISSING
    username: Annotated[
        StrictStr | None,
        Field(description="The username of the user associated with the invitation"),
    ]
    email: Annotated[
        StrictStr | None,
        Field(description="The email address associated with the invitation"),
    ]
    created: Annotated[
        AwareDatetime | MISSING, Field(description="When the invitation was created")
    ] = MISSING
    started: Annotated[AwareDatetime | None, Field(description="When the invitation was started")]
    expired: Annotated[AwareDatetime | None, Field(description="When the invitation expires")]
    source: Annotated[StrictStr | None, Field(description="The source of the invitation")]
    redirect_to: Annotated[
        StrictStr | None,
        Field(description="URL to redirect to after accepting the invitation"),
    ]
    active: Annotated[StrictBool, Field(description="Whether the invitation is active")]
    metadata: PlatformInvitationDetailMetadata
    platform_key: Annotated[
        StrictStr, Field(description="The platform key associated with the invitation")
    ]


class PlatformInvitationRedemption(BaseModel):
    """
    Request serializer for PlatformInvitationRedemptionView POST endpoint
    """

    platform_key: Annotated[StrictStr, Field(description="The platform key for the invitation")]
    source: Annotated[StrictStr, Field(description="The source identifier for the invitation")]
    email: Annotated[
        StrictStr | MISSING,
        Field(description="The email to associate with the invitation"),
    ] = MISSING
    username: Annotated[
        StrictStr | MISSING,
        Field(description="The username to associate with the invitation"),
    ] = MISSING
    metadata: PlatformInvitationRedemptionMetadata | MISSING = MISSING


class PlatformLicenseCreate(BaseModel):
    """
    Request serializer for PlatformLicenseCreateView POST endpoint
    """

    platform_key: Annotated[StrictStr, Field(description="The platform to create a license for")]
    platform_org: Annotated[
        StrictStr | MISSING,
        Field(description="The organization identifier for the platform"),
    ] = MISSING
    name: Annotated[StrictStr | MISSING, Field(description="Display name for the license")] = (
        MISSING
    )
    count: Annotated[StrictInt | None, Field(description="Number of seats purchased")] = 0
    started: Annotated[
        AwareDatetime | MISSING, Field(description="Date when license should begin")
    ] = MISSING
    expired: Annotated[
        AwareDatetime | None | MISSING,
        Field(description="Date when license should expire"),
    ] = MISSING
    active: Annotated[StrictBool | None, Field(description="Whether the license is active")] = True
    metadata: PlatformLicenseCreateMetadata | MISSING = MISSING
    source: Annotated[StrictStr | MISSING, Field(description="Source identifier")] = MISSING
    external_id: Annotated[
        StrictStr | None | MISSING,
        Field(description="External identifier (must be unique)"),
    ] = MISSING
    transaction_id: Annotated[
        StrictStr | MISSING, Field(description="Transaction identifier for tracking")
    ] = MISSING
    change_type: Annotated[StrictStr | None, Field(description="Type of change being made")] = (
        "create"
    )


class PlatformLicenseDetail(BaseModel):
    """
    Response serializer for platform license details
    """

    id: Annotated[StrictInt, Field(description="The unique identifier for the license")]
    created: Annotated[AwareDatetime, Field(description="When the license was created")]
    started: Annotated[AwareDatetime, Field(description="When the license becomes active")]
    expired: Annotated[AwareDatetime | None, Field(description="When the license expires")]
    name: Annotated[StrictStr, Field(description="The display name of the license")]
    count: Annotated[StrictInt, Field(description="The number of seats purchased")]
    active: Annotated[StrictBool, Field(description="Whether the license is active")]
    metadata: PlatformLicenseDetailMetadata
    source: Annotated[StrictStr, Field(description="The source identifier for the license")]
    external_id: Annotated[
        StrictStr | None, Field(description="External identifier for the license")
    ]
    platform_key: Annotated[
        StrictStr, Field(description="The platform key associated with the license")
    ]


class PlatformLicenseUpdate(BaseModel):
    """
    Request serializer for PlatformLicenseUpdateView POST endpoint
    """

    license_id: Annotated[
        StrictInt | MISSING,
        Field(description="The ID of the license to update (required if external_id not provided)"),
    ] = MISSING
    external_id: Annotated[
        StrictStr | MISSING,
        Field(
            description="External identifier of the license to update (required if license_id not provided)"
        ),
    ] = MISSING
    platform_key: Annotated[
        StrictStr | MISSING, Field(description="The platform key (not updatable)")
    ] = MISSING
    platform_org: Annotated[
        StrictStr | MISSING,
        Field(description="The platform organization (not updatable)"),
    ] = MISSING
    name: Annotated[
        StrictStr | MISSING, Field(description="Updated display name for the license")
    ] = MISSING
    count: Annotated[
        StrictInt | MISSING, Field(description="Updated number of seats purchased")
    ] = MISSING
    started: Annotated[
        AwareDatetime | MISSING,
        Field(description="Updated date when license should begin"),
    ] = MISSING
    expired: Annotated[
        AwareDatetime | None | MISSING,
        Field(description="Updated date when license should expire"),
    ] = MISSING
    active: Annotated[StrictBool | MISSING, Field(description="Updated active status")] = MISSING
    metadata: PlatformLicenseUpdateMetadata | MISSING = MISSING
    source: Annotated[StrictStr | MISSING, Field(description="Updated source identifier")] = MISSING
    transaction_id: Annotated[
        StrictStr | MISSING, Field(description="Transaction identifier for tracking")
    ] = MISSING
    change_type: Annotated[StrictStr | None, Field(description="Type of change being made")] = (
        "update"
    )


class PlatformList(BaseModel):
    key: Annotated[StrictStr, Field(description="The platform key", max_length=200)]
    name: Annotated[
        StrictStr | None | MISSING,
        Field(description="The name of the platform", max_length=200),
    ] = MISSING
    org: Annotated[
        StrictStr | None | MISSING,
        Field(description="The associated edX org code", max_length=200),
    ] = MISSING
    lms_url: Annotated[
        StrictStr | None | MISSING,
        Field(description="The LMS URL for the platform", max_length=300),
    ] = MISSING
    cms_url: Annotated[
        StrictStr | None | MISSING,
        Field(description="The CMS URL for the platform", max_length=300),
    ] = MISSING
    portal_url: Annotated[
        StrictStr | None | MISSING,
        Field(description="The portal URL for the platform", max_length=300),
    ] = MISSING
    status: PlatformListStatusEnum | MISSING = MISSING
    active: StrictBool | MISSING = MISSING


class PlatformPrompt(BaseModel):
    """
    Serializer for platform recommendation prompt management.  Used by instructors/admins to configure tenant-specific prompts for different SPAs. A platform can have multiple prompts (one per SPA/frontend).  Note: spa_url will be automatically normalized (protocol stripped, lowercase) during validation.
    """

    platform_key: Annotated[
        StrictStr | MISSING, Field(description="Platform key this prompt belongs to")
    ] = MISSING
    prompt_text: Annotated[
        StrictStr | MISSING,
        Field(description="The custom recommendation strategy prompt"),
    ] = MISSING
    recommendation_type: PlatformPromptRecommendationType | MISSING = MISSING
    spa_url: Annotated[
        StrictStr | None | MISSING,
        Field(
            description="Frontend/SPA identifier (e.g., 'catalog.example.com', 'mentor-ai.ibl.com', 'https://mentor-ai.ibl.com'). Protocol and case will be normalized automatically. Leave blank for platform-wide prompts."
        ),
    ] = MISSING
    active: Annotated[
        StrictBool | None, Field(description="Whether this prompt is currently active")
    ] = True


class PlatformSkillPointBulkRequest(BaseModel):
    """
    Request serializer for PlatformSkillPointBulkManagementView POST endpoint.
    """

    platform_key: Annotated[
        StrictStr | MISSING,
        Field(description="Platform key identifier (required for platform admin access)"),
    ] = MISSING
    skill_point_data: Annotated[
        list[PlatformSkillPointBulkRequestSkillPointDataItem],
        Field(description="List of skill point data objects to create/update"),
    ]


class PlatformSkillPointGroupRequest(BaseModel):
    """
    Request serializer for PlatformSkillPointGroupManagementView POST endpoint.
    """

    platform_key: Annotated[StrictStr, Field(description="Platform key identifier")]
    group_id: Annotated[StrictInt, Field(description="ID of the user group to update")]
    point_data: PlatformSkillPointGroupRequestPointData
    overwrite: Annotated[
        StrictBool | None,
        Field(
            description="If True, removes all skills not in point_data. If False, only updates specified skills."
        ),
    ] = True


class PlatformSkillPointRequest(BaseModel):
    """
    Request serializer for PlatformSkillPointManagementView POST endpoint.
    """

    username: Annotated[StrictStr, Field(description="Username to update skill points for")]
    platform_key: Annotated[StrictStr, Field(description="Platform key identifier")]
    point_data: PlatformSkillPointRequestPointData
    overwrite: Annotated[
        StrictBool | None,
        Field(
            description="If True, removes all skills not in point_data. If False, only updates specified skills."
        ),
    ] = True


class PlatformSkillPointResponse(BaseModel):
    """
    Response serializer for PlatformSkillPointManagementView GET endpoint.
    """

    results: Annotated[
        list[PlatformSkillPointResponseResultsItem],
        Field(description="List of platform skill point entries"),
    ]
    count: Annotated[StrictInt, Field(description="Total number of results")]
    next_page: Annotated[StrictStr | None, Field(description="URL for next page of results")]
    previous_page: Annotated[
        StrictStr | None, Field(description="URL for previous page of results")
    ]


class PlatformSummary(BaseModel):
    """
    Serializer for platform summary data (cross-platform view).
    """

    enrollments: StrictInt
    programs: StrictInt
    pathways: StrictInt
    resources: StrictInt
    reported_skills: StrictInt
    desired_skills: StrictInt
    assigned_skills: StrictInt
    total_skills: StrictInt
    credentials: StrictInt
    points: StrictFloat
    first_activity: Annotated[AwareDatetime | None, Field(...)]
    last_activity: Annotated[AwareDatetime | None, Field(...)]
    total_time_spent_seconds: Annotated[StrictInt, Field(description="Total time spent")]
    top_content: Annotated[TopContent, Field(description="Course with most time spent")]


class PointsMetric(BaseModel):
    """
    Serializer for points metrics.
    """

    total: StrictFloat
    details: list[PointsMetricDetailsItem] | MISSING = MISSING


class PredictiveAnalyticsRequest(BaseModel):
    prompt: ReuestDataVariableList


class PredictiveAnalyticsResponse(BaseModel):
    predictions: list[ResponseDataVariable]


class PreviewResponse(BaseModel):
    """
    Response serializer for notification preview
    """

    status: StrictStr
    build_id: UUID
    count: StrictInt
    warning: Annotated[StrictStr | None, Field(...)]
    recipients: list[Recipient]


class Program(BaseModel):
    id: StrictInt
    institution: Institution
    institution_id: StrictInt
    name: Annotated[StrictStr, Field(max_length=100)]
    program_type: ProgramTypeEnum
    duration: Annotated[StrictInt, Field(description="Duration in months")]
    description: StrictStr | None | MISSING = MISSING
    data: Annotated[Any | None | MISSING, Field(description="Metadata")] = MISSING
    metadata: Annotated[Any | None | MISSING, Field(description="Metadata")] = MISSING
    created_at: AwareDatetime | MISSING = MISSING
    updated_at: AwareDatetime


class ProgramRequest(BaseModel):
    institution_id: StrictInt
    name: Annotated[StrictStr, Field(max_length=100)]
    program_type: ProgramTypeEnum
    duration: Annotated[StrictInt, Field(description="Duration in months")]
    description: StrictStr | None | MISSING = MISSING
    data: Annotated[Any | None | MISSING, Field(description="Metadata")] = MISSING
    metadata: Annotated[Any | None | MISSING, Field(description="Metadata")] = MISSING
    created_at: AwareDatetime | MISSING = MISSING


class ProgramCreateUpdateRequest(BaseModel):
    """
    Serializer for program creation/update request body.
    """

    program_id: Annotated[StrictStr, Field(description="Program ID")]
    program_key: Annotated[StrictStr | MISSING, Field(description="Program key")] = MISSING
    name: Annotated[StrictStr, Field(description="Program name")]
    slug: Annotated[StrictStr | MISSING, Field(description="Program slug")] = MISSING
    org: Annotated[StrictStr | MISSING, Field(description="Organization")] = MISSING
    platform_key: Annotated[StrictStr | MISSING, Field(description="Platform key")] = MISSING
    enabled: Annotated[StrictBool | None, Field(description="Whether the program is enabled")] = (
        True
    )
    course_list: Annotated[
        list[ProgramCreateUpdateRequestCourseListItem],
        Field(description="List of courses in the program with course_id and optional position"),
    ]
    program_type: Annotated[StrictStr | MISSING, Field(description="Program type")] = MISSING
    data: Annotated[Any | None | MISSING, Field(description="Additional program data")] = MISSING


class ProgramDeleteResponse(BaseModel):
    """
    Serializer for program deletion response.
    """

    count: Annotated[StrictInt, Field(description="Number of programs deleted")]
    type: ProgramDeleteResponseType


class ProgramDetail(BaseModel):
    program_id: StrictStr
    name: StrictStr | None | MISSING = MISSING
    platform: StrictStr | None | MISSING = MISSING
    enrollment: EnrollmentInfo
    completion: ProgramDetailCompletion | None | MISSING = MISSING


class ProgramEnrollmentPlus(BaseModel):
    """
    Includes metadata+
    """

    user_id: StrictInt | MISSING = MISSING
    username: StrictStr | MISSING = MISSING
    program_id: StrictStr | MISSING = MISSING
    program_key: StrictStr | MISSING = MISSING
    platform_key: StrictStr | MISSING = MISSING
    org: StrictStr | MISSING = MISSING
    name: StrictStr | MISSING = MISSING
    slug: StrictStr | MISSING = MISSING
    created: Annotated[
        AwareDatetime | None | MISSING,
        Field(description="Date when enrollment began/activated"),
    ] = MISSING
    started: Annotated[
        AwareDatetime | None | MISSING,
        Field(description="Date when enrollment started"),
    ] = MISSING
    ended: Annotated[
        AwareDatetime | None,
        Field(description="Date when enrollment ended/deactivated"),
    ]
    expired: Annotated[
        AwareDatetime | None | MISSING,
        Field(description="Date when enrollment expires (null, if not expiring)"),
    ] = MISSING
    active: Annotated[
        StrictBool | MISSING, Field(description="Whether the enrollment is active")
    ] = MISSING
    metadata: Any | None | MISSING = MISSING
    program_metadata: ProgramEnrollmentPlusProgramMetadata | None


class ProgramEnrollmentPlusRequest(BaseModel):
    """
    Includes metadata+
    """

    user_id: StrictInt | MISSING = MISSING
    username: StrictStr | MISSING = MISSING
    program_id: StrictStr | MISSING = MISSING
    program_key: StrictStr | MISSING = MISSING
    platform_key: StrictStr | MISSING = MISSING
    org: StrictStr | MISSING = MISSING
    name: StrictStr | MISSING = MISSING
    slug: StrictStr | MISSING = MISSING
    created: Annotated[
        AwareDatetime | None | MISSING,
        Field(description="Date when enrollment began/activated"),
    ] = MISSING
    started: Annotated[
        AwareDatetime | None | MISSING,
        Field(description="Date when enrollment started"),
    ] = MISSING
    expired: Annotated[
        AwareDatetime | None | MISSING,
        Field(description="Date when enrollment expires (null, if not expiring)"),
    ] = MISSING
    active: Annotated[
        StrictBool | MISSING, Field(description="Whether the enrollment is active")
    ] = MISSING
    metadata: Any | None | MISSING = MISSING
    program_metadata: ProgramEnrollmentPlusProgramMetadata | None


class ProgramEnrollmentSearchResponse(BaseModel):
    """
    Response serializer for ProgramEnrollmentSearchView GET endpoint.
    """

    results: Annotated[
        list[ProgramEnrollmentPlus], Field(description="List of program enrollments")
    ]
    count: Annotated[StrictInt, Field(description="Total number of reviews")]
    next_page: Annotated[StrictInt | None, Field(description="Next page number")]
    previous_page: Annotated[StrictInt | None, Field(description="Previous page number")]


class ProgramGroupSuggestionCreate(BaseModel):
    """
    Request serializer for ProgramGroupSuggestionManagementView POST endpoint
    """

    platform_key: Annotated[StrictStr, Field(description="The platform for the group suggestion")]
    platform_org: Annotated[
        StrictStr | MISSING,
        Field(description="The organization identifier for the platform"),
    ] = MISSING
    program_key: Annotated[StrictStr, Field(description="The program key to suggest")]
    group_id: Annotated[StrictInt, Field(description="The group to suggest the program to")]
    accepted: Annotated[
        StrictBool | None, Field(description="Whether the suggestion is accepted")
    ] = False
    visible: Annotated[
        StrictBool | None, Field(description="Whether the suggestion is visible")
    ] = True
    metadata: ProgramGroupSuggestionCreateMetadata | MISSING = MISSING
    department_mode: Annotated[
        StrictBool | None,
        Field(description="Flag to ensure department admins can call the API"),
    ] = False


class ProgramGroupSuggestionDetail(BaseModel):
    """
    Response serializer for program group suggestion details
    """

    id: Annotated[StrictInt, Field(description="The unique identifier for the group suggestion")]
    group_id: Annotated[
        StrictInt, Field(description="The ID of the group receiving the suggestion")
    ]
    group_name: Annotated[
        StrictStr, Field(description="The name of the group receiving the suggestion")
    ]
    platform_key: Annotated[
        StrictStr, Field(description="The platform key associated with the suggestion")
    ]
    accepted: Annotated[StrictBool, Field(description="Whether the suggestion has been accepted")]
    visible: Annotated[StrictBool, Field(description="Whether the suggestion is visible")]
    created: Annotated[AwareDatetime, Field(description="When the suggestion was created")]
    modified: Annotated[AwareDatetime, Field(description="When the suggestion was last modified")]
    metadata: ProgramGroupSuggestionDetailMetadata
    program_key: Annotated[StrictStr, Field(description="The program key being suggested")]
    program_name: Annotated[StrictStr, Field(description="The name of the program being suggested")]
    user_count: Annotated[StrictInt, Field(description="Number of users in the group")]


class ProgramInvitationCreate(BaseModel):
    """
    Request serializer for ProgramInvitationView POST endpoint.  Supports CSV date fields for enrollment_config: - program_access_start_date: Maps to enrollment_config['started'] - program_access_expiration_date: Maps to enrollment_config['expired']
    """

    program_key: Annotated[StrictStr, Field(description="The program to create an invitation for")]
    email: Annotated[StrictStr | MISSING, Field(description="The email address to invite")] = (
        MISSING
    )
    username: Annotated[StrictStr | MISSING, Field(description="The username to invite")] = MISSING
    active: Annotated[StrictBool | None, Field(description="Whether the invitation is active")] = (
        True
    )
    source: Annotated[StrictStr | MISSING, Field(description="The source of the invitation")] = (
        MISSING
    )
    redirect_to: Annotated[
        StrictStr | MISSING,
        Field(description="URL to redirect to after accepting the invitation"),
    ] = MISSING
    created: Annotated[
        AwareDatetime | MISSING, Field(description="When the invitation was created")
    ] = MISSING
    expired: Annotated[
        AwareDatetime | MISSING, Field(description="When the invitation expires")
    ] = MISSING
    metadata: ProgramInvitationCreateMetadata | MISSING = MISSING
    enrollment_config: ProgramInvitationCreateEnrollmentConfig | MISSING = MISSING
    program_access_start_date: Annotated[
        AwareDatetime | None | MISSING,
        Field(description="Program access start date (maps to enrollment_config['started'])"),
    ] = MISSING
    program_access_expiration_date: Annotated[
        AwareDatetime | None | MISSING,
        Field(description="Program access expiration date (maps to enrollment_config['expired'])"),
    ] = MISSING


class ProgramInvitationDetail(BaseModel):
    """
    Response serializer for program invitation details
    """

    id: Annotated[StrictInt, Field(description="The unique identifier for the invitation")]
    user_id: Annotated[
        StrictInt | None,
        Field(description="The ID of the user associated with the invitation"),
    ]
    username: Annotated[
        StrictStr | None,
        Field(description="The username of the user associated with the invitation"),
    ]
    email: Annotated[
        StrictStr | None,
        Field(description="The email address associated with the invitation"),
    ]
    created: Annotated[AwareDatetime, Field(description="When the invitation was created")]
    started: Annotated[AwareDatetime | None, Field(description="When the invitation was started")]
    expired: Annotated[AwareDatetime | None, Field(description="When the invitation expires")]
    source: Annotated[StrictStr | None, Field(description="The source of the invitation")]
    redirect_to: Annotated[
        StrictStr | None,
        Field(description="URL to redirect to after accepting the invitation"),
    ]
    active: Annotated[StrictBool, Field(description="Whether the invitation is active")]
    metadata: ProgramInvitationDetailMetadata
    program_key: Annotated[
        StrictStr, Field(description="The program key associated with the invitation")
    ]


class ProgramInvitationRedemption(BaseModel):
    """
    Request serializer for ProgramInvitationRedemptionView POST endpoint
    """

    program_key: Annotated[StrictStr, Field(description="The program key for the invitation")]
    source: Annotated[StrictStr, Field(description="The source identifier for the invitation")]
    email: Annotated[
        StrictStr | MISSING,
        Field(description="The email to associate with the invitation"),
    ] = MISSING
    username: Annotated[
        StrictStr | MISSING,
        Field(description="The username to associate with the invitation"),
    ] = MISSING
    metadata: ProgramInvitationRedemptionMetadata | MISSING = MISSING


class ProgramLicenseAssignmentCreate(BaseModel):
    """
    Request serializer for ProgramLicenseAssignmentView POST endpoint.  This serializer validates the request data for creating or updating a program license assignment. Either user_id or email must be provided to identify the user to assign the license to.  Fields:     license_id: The ID of the program license to assign     user_id: The user ID to assign the license to (required if email not provided)     username: The username to assign the license to (alternative to user_id)     email: The email to assign the license to (required if user_id not provided)     platform_key: The unique identifier for the platform (for permission validation)     platform_org: The organization identifier for the platform (for permission validation)     active: Whether the assignment should be active     fulfilled: Whether the assignment should be marked as fulfilled     direct: Whether the assignment is being directly assigned to the user     redirect_to: URL to redirect to after fulfillment     metadata: Additional metadata for the assignment  Notes:     - If both user_id and email are provided, user_id takes precedence     - If the user doesn't exist but email is provided, an email-only assignment will be created     - The license must have available seats for the assignment to succeed
    """

    license_id: Annotated[StrictInt, Field(description="The ID of the program license to assign")]
    user_id: Annotated[
        StrictInt | MISSING,
        Field(description="The user ID to assign the license to (required if email not provided)"),
    ] = MISSING
    username: Annotated[
        StrictStr | MISSING,
        Field(description="The username to assign the license to (alternative to user_id)"),
    ] = MISSING
    email: Annotated[
        StrictStr | MISSING,
        Field(description="The email to assign the license to (required if user_id not provided)"),
    ] = MISSING
    platform_key: Annotated[
        StrictStr | MISSING,
        Field(description="The unique identifier for the platform (for permission validation)"),
    ] = MISSING
    platform_org: Annotated[
        StrictStr | MISSING,
        Field(
            description="The organization identifier for the platform (for permission validation)"
        ),
    ] = MISSING
    active: Annotated[
        StrictBool | None, Field(description="Whether the assignment should be active")
    ] = True
    fulfilled: Annotated[
        StrictBool | None,
        Field(description="Whether the assignment should be marked as fulfilled"),
    ] = False
    direct: Annotated[
        StrictBool | None,
        Field(description="Whether the assignment is being directly assigned to the user"),
    ] = True
    redirect_to: Annotated[
        StrictStr | None | MISSING,
        Field(description="URL to redirect to after fulfillment"),
    ] = MISSING
    metadata: ProgramLicenseAssignmentCreateMetadata | MISSING = MISSING


class ProgramLicenseAssignmentDetail(BaseModel):
    """
    Response serializer for program license assignment details.  This serializer represents a program license assignment with all its attributes, including user information, license details, and assignment status.  Fields:     id: The unique identifier for the assignment     user_id: The ID of the user assigned the license (may be null for email-only assignments)     username: The username of the user assigned the license (may be null for email-only assignments)     name: The full name of the user assigned the license (may be null for email-only assignments)     email: The email address of the user assigned the license (may be null for user-only assignments)     active: Whether the assignment is active and valid     fulfilled: Whether the assignment has been processed/fulfilled     direct: Whether the assignment was directly assigned to the user (vs. via a group)     redirect_to: URL to redirect to after fulfillment     metadata: Additional metadata for the assignment     created: When the assignment was created     modified: When the assignment was last modified     license_id: The ID of the program license     license_name: The name of the program license     program_key: The program key associated with the license
    """

    id: Annotated[StrictInt, Field(description="The unique identifier for the assignment")]
    user_id: Annotated[
        StrictInt | None, Field(description="The ID of the user assigned the license")
    ]
    username: Annotated[
        StrictStr | None,
        Field(description="The username of the user assigned the license"),
    ]
    name: Annotated[
        StrictStr | None,
        Field(description="The full name of the user assigned the license"),
    ]
    email: Annotated[
        StrictStr | None,
        Field(description="The email address of the user assigned the license"),
    ]
    active: Annotated[StrictBool, Field(description="Whether the assignment is active and valid")]
    fulfilled: Annotated[
        StrictBool,
        Field(description="Whether the assignment has been processed/fulfilled"),
    ]
    direct: Annotated[
        StrictBool | MISSING,
        Field(
            description="Whether the assignment was directly assigned to the user (vs. via a group)"
        ),
    ] = MISSING
    redirect_to: Annotated[
        StrictStr | MISSING, Field(description="URL to redirect to after fulfillment")
    ] = MISSING
    metadata: ProgramLicenseAssignmentDetailMetadata | None
    created: Annotated[
        AwareDatetime | MISSING, Field(description="When the assignment was created")
    ] = MISSING
    modified: Annotated[
        AwareDatetime | MISSING,
        Field(description="When the assignment was last modified"),
    ] = MISSING
    license_id: Annotated[StrictInt, Field(description="The ID of the program license")]
    license_name: Annotated[StrictStr, Field(description="The name of the program license")]
    program_key: Annotated[
        StrictStr, Field(description="The program key associated with the license")
    ]


class ProgramLicenseCreateDetail(BaseModel):
    """
    Request serializer for ProgramLicenseCreateView POST endpoint
    """

    platform_key: Annotated[
        StrictStr | MISSING,
        Field(
            description="The unique identifier for the platform (required if platform_id not provided)"
        ),
    ] = MISSING
    platform_org: Annotated[
        StrictStr | MISSING,
        Field(
            description="The organization identifier for the platform (required if platform_id not provided)"
        ),
    ] = MISSING
    platform_id: Annotated[
        StrictInt | MISSING,
        Field(description="The ID of the platform (required if platform_key/org not provided)"),
    ] = MISSING
    program_key: Annotated[
        StrictStr, Field(description="The unique identifier for the program to license")
    ]
    name: Annotated[StrictStr, Field(description="Display name for the license")]
    count: Annotated[StrictInt, Field(description="Number of seats purchased")]
    started: Annotated[AwareDatetime, Field(description="Date when license should begin")]
    expired: Annotated[
        AwareDatetime | None | MISSING,
        Field(description="Date when license should expire"),
    ] = MISSING
    external_id: Annotated[
        StrictStr | None | MISSING,
        Field(description="External identifier for the license"),
    ] = MISSING
    active: Annotated[
        StrictBool | None, Field(description="Whether the license should be active")
    ] = True
    metadata: ProgramLicenseCreateDetailMetadata | MISSING = MISSING
    enrollment_config: ProgramLicenseCreateDetailEnrollmentConfig | MISSING = MISSING
    source: Annotated[StrictStr | None, Field(description="Source identifier")] = "api"
    transaction_id: Annotated[
        StrictStr | MISSING, Field(description="Transaction identifier for tracking")
    ] = MISSING


class ProgramLicenseDetail(BaseModel):
    """
    Response serializer for program license details.  This serializer represents a program license with all its attributes, including basic license information, program details, and usage statistics.  Fields:     id: The unique identifier for the license     created: When the license was created     started: When the license becomes active     expired: When the license expires (null if no expiration)     name: The display name of the license     count: The number of seats purchased     active: Whether the license is active     metadata: Additional license metadata     source: The source identifier for the license     external_id: External identifier for the license (null if none)     platform_key: The platform key associated with the license     program_id: The program ID associated with the license     program_name: The name of the program associated with the license     usage_count: Number of assignments using this license     assignments: Assignment counts (if verbose mode is enabled)  Notes:     - The assignments field is only included when verbose=true in the request     - The expired field may be null if the license doesn't expire     - The external_id field may be null if not provided
    """

    id: Annotated[StrictInt, Field(description="The unique identifier for the license")]
    created: Annotated[AwareDatetime, Field(description="When the license was created")]
    started: Annotated[AwareDatetime, Field(description="When the license becomes active")]
    expired: Annotated[
        AwareDatetime | None,
        Field(description="When the license expires (null if no expiration)"),
    ]
    name: Annotated[StrictStr, Field(description="The display name of the license")]
    count: Annotated[StrictInt, Field(description="The number of seats purchased")]
    active: Annotated[StrictBool, Field(description="Whether the license is active")]
    metadata: ProgramLicenseDetailMetadata
    source: Annotated[StrictStr, Field(description="The source identifier for the license")]
    external_id: Annotated[
        StrictStr | None,
        Field(description="External identifier for the license (null if none)"),
    ]
    platform_key: Annotated[
        StrictStr, Field(description="The platform key associated with the license")
    ]
    program_id: Annotated[
        StrictStr | MISSING,
        Field(description="The program ID associated with the license"),
    ] = MISSING
    program_key: Annotated[
        StrictStr | MISSING,
        Field(description="The program key associated with the license"),
    ] = MISSING
    program_name: Annotated[
        StrictStr | MISSING,
        Field(description="The name of the program associated with the license"),
    ] = MISSING
    usage_count: Annotated[StrictInt, Field(description="Number of assignments using this license")]
    assignments: ProgramLicenseDetailAssignments | MISSING = MISSING


class ProgramLicenseGroupAssignmentCreate(BaseModel):
    """
    Request serializer for ProgramLicenseGroupAssignmentView POST endpoint.  This serializer validates the request data for creating or updating a program license group assignment. Group assignments will automatically create individual assignments for all users in the group.  Fields:     license_id: The ID of the program license to assign     group_id: The ID of the user group to assign the license to     platform_key: The unique identifier for the platform (for permission validation)     platform_org: The organization identifier for the platform (for permission validation)     active: Whether the group assignment should be active     fulfilled: Whether the group assignment should be marked as fulfilled     redirect_to: URL to redirect to after fulfillment     metadata: Additional metadata for the group assignment  Notes:     - All users in the group will receive individual license assignments     - The license must have enough available seats for all users in the group     - If the license doesn't have enough seats, the operation will fail     - Users who already have a direct assignment to this license will not be affected
    """

    license_id: Annotated[StrictInt, Field(description="The ID of the program license to assign")]
    group_id: Annotated[
        StrictInt,
        Field(description="The ID of the user group to assign the license to"),
    ]
    platform_key: Annotated[
        StrictStr | MISSING,
        Field(description="The unique identifier for the platform (for permission validation)"),
    ] = MISSING
    platform_org: Annotated[
        StrictStr | MISSING,
        Field(
            description="The organization identifier for the platform (for permission validation)"
        ),
    ] = MISSING
    active: Annotated[
        StrictBool | None,
        Field(description="Whether the group assignment should be active"),
    ] = True
    fulfilled: Annotated[
        StrictBool | None,
        Field(description="Whether the group assignment should be marked as fulfilled"),
    ] = False
    redirect_to: Annotated[
        StrictStr | None | MISSING,
        Field(description="URL to redirect to after fulfillment"),
    ] = MISSING
    metadata: ProgramLicenseGroupAssignmentCreateMetadata | MISSING = MISSING


class ProgramLicenseGroupAssignmentDetail(BaseModel):
    """
    Response serializer for program license group assignment details.  This serializer represents a program license group assignment with all its attributes, including group information, license details, and assignment status.  Fields:     id: The unique identifier for the group assignment     group_id: The ID of the group assigned the license     group_name: The name of the group assigned the license     active: Whether the group assignment is active and valid     fulfilled: Whether the group assignment has been processed/fulfilled     redirect_to: URL to redirect to after fulfillment     metadata: Additional metadata for the group assignment     created: When the group assignment was created     modified: When the group assignment was last modified     license_id: The ID of the program license     license_name: The name of the program license     program_key: The program key associated with the license     program_name: The name of the program associated with the license     user_count: Number of users in the group     assigned_count: Number of users in the group who have been assigned the license
    """

    id: Annotated[StrictInt, Field(description="The unique identifier for the assignment")]
    group_id: Annotated[StrictInt, Field(description="The ID of the group assigned the license")]
    group_name: Annotated[
        StrictStr, Field(description="The name of the group assigned the license")
    ]
    active: Annotated[StrictBool, Field(description="Whether the assignment is active and valid")]
    fulfilled: Annotated[
        StrictBool,
        Field(description="Whether the assignment has been processed/fulfilled"),
    ]
    redirect_to: Annotated[
        StrictStr | None, Field(description="URL to redirect to after fulfillment")
    ]
    metadata: ProgramLicenseGroupAssignmentDetailMetadata | None
    created: Annotated[AwareDatetime, Field(description="When the assignment was created")]
    modified: Annotated[AwareDatetime, Field(description="When the assignment was last modified")]
    license_id: Annotated[StrictInt, Field(description="The ID of the program license")]
    license_name: Annotated[StrictStr, Field(description="The name of the program license")]
    program_key: Annotated[
        StrictStr, Field(description="The program key associated with the license")
    ]
    program_name: Annotated[
        StrictStr,
        Field(description="The name of the program associated with the license"),
    ]
    user_count: Annotated[StrictInt, Field(description="Number of users in the group")]
    assigned_count: Annotated[
        StrictInt,
        Field(description="Number of users in the group who have been assigned the license"),
    ]


class ProgramLicenseUpdateDetail(BaseModel):
    """
    Request serializer for ProgramLicenseUpdateView POST endpoint.  This serializer validates the request data for updating an existing program license. Either license_id or external_id must be provided to identify the license to update.  Fields:     license_id: The ID of the license to update (required if external_id not provided)     external_id: External identifier of the license to update (required if license_id not provided)     name: Updated display name for the license     count: Updated number of seats purchased     started: Updated date when license should begin     expired: Updated date when license should expire     active: Updated active status     metadata: Updated additional license metadata     enrollment_config: Updated enrollment configuration     source: Updated source identifier     transaction_id: Transaction identifier for tracking     change_type: Type of change being made (default: "update")  Notes:     - Cannot update the platform or program associated with a license     - A license history record is automatically created for each update     - If count is reduced, it must not be less than the number of active assignments     - Setting active=false will not deactivate existing assignments
    """

    license_id: Annotated[
        StrictInt | MISSING,
        Field(description="The ID of the license to update (required if external_id not provided)"),
    ] = MISSING
    external_id: Annotated[
        StrictStr | MISSING,
        Field(
            description="External identifier of the license to update (required if license_id not provided)"
        ),
    ] = MISSING
    name: Annotated[
        StrictStr | MISSING, Field(description="Updated display name for the license")
    ] = MISSING
    count: Annotated[
        StrictInt | MISSING, Field(description="Updated number of seats purchased")
    ] = MISSING
    started: Annotated[
        AwareDatetime | MISSING,
        Field(description="Updated date when license should begin"),
    ] = MISSING
    expired: Annotated[
        AwareDatetime | None | MISSING,
        Field(description="Updated date when license should expire"),
    ] = MISSING
    active: Annotated[StrictBool | MISSING, Field(description="Updated active status")] = MISSING
    metadata: ProgramLicenseUpdateDetailMetadata | MISSING = MISSING
    enrollment_config: ProgramLicenseUpdateDetailEnrollmentConfig | MISSING = MISSING
    source: Annotated[StrictStr | MISSING, Field(description="Updated source identifier")] = MISSING
    transaction_id: Annotated[
        StrictStr | MISSING, Field(description="Transaction identifier for tracking")
    ] = MISSING
    change_type: Annotated[StrictStr | None, Field(description="Type of change being made")] = (
        "update"
    )


class ProgramMetadataRequest(BaseModel):
    """
    Request serializer for ProgramMetadataView POST endpoint.
    """

    program_id: Annotated[StrictStr, Field(description="The unique identifier for the program")]
    org: Annotated[
        StrictStr | MISSING,
        Field(description="The organization associated with the program"),
    ] = MISSING
    platform_key: Annotated[
        StrictStr | MISSING,
        Field(description="Platform key identifier (alternative to org)"),
    ] = MISSING
    program_key: Annotated[
        StrictStr | MISSING,
        Field(description="Program key (alternative to program_id + org)"),
    ] = MISSING
    metadata: ProgramMetadataRequestMetadata
    update: Annotated[
        StrictBool | None, Field(description="Whether to update existing metadata")
    ] = True


class ProgramSuggestionBulkCreate(BaseModel):
    """
    Request serializer for ProgramSuggestionBulkManagementView POST endpoint
    """

    platform_key: Annotated[StrictStr, Field(description="The platform for the suggestions")]
    platform_org: Annotated[
        StrictStr | MISSING,
        Field(description="The organization identifier for the platform"),
    ] = MISSING
    suggestion_data: Annotated[
        list[ProgramSuggestionBulkCreateSuggestionDataItem],
        Field(
            description="List of suggestion data objects, each containing program_key, user_id, etc."
        ),
    ]
    department_mode: Annotated[
        StrictBool | None,
        Field(description="Flag to ensure department admins can call the API"),
    ] = False


class ProgramSuggestionCreate(BaseModel):
    """
    Request serializer for ProgramSuggestionManagementView POST endpoint
    """

    platform_key: Annotated[StrictStr, Field(description="The platform for the suggestion")]
    platform_org: Annotated[
        StrictStr | MISSING,
        Field(description="The organization identifier for the platform"),
    ] = MISSING
    program_key: Annotated[StrictStr, Field(description="The program key to suggest")]
    user_id: Annotated[StrictStr, Field(description="The user to suggest the program to")]
    username: Annotated[
        StrictStr | MISSING,
        Field(description="The username of the user to suggest the program to"),
    ] = MISSING
    email: Annotated[
        StrictStr | MISSING,
        Field(description="The email of the user to suggest the program to"),
    ] = MISSING
    suggested_by: Annotated[
        StrictStr | MISSING, Field(description="The user who suggested the program")
    ] = MISSING
    direct: Annotated[StrictBool | None, Field(description="Whether the suggestion is direct")] = (
        True
    )
    department_mode: Annotated[
        StrictBool | None,
        Field(description="Flag to ensure department admins can call the API"),
    ] = False
    accepted: Annotated[
        StrictBool | None, Field(description="Whether the suggestion is accepted")
    ] = False
    visible: Annotated[
        StrictBool | None, Field(description="Whether the suggestion is visible")
    ] = True
    metadata: ProgramSuggestionCreateMetadata | MISSING = MISSING


class ProgramSuggestionDetail(BaseModel):
    """
    Response serializer for program suggestion details
    """

    id: Annotated[StrictInt, Field(description="The unique identifier for the suggestion")]
    user_id: Annotated[StrictInt, Field(description="The ID of the user receiving the suggestion")]
    username: Annotated[
        StrictStr,
        Field(description="The username of the user receiving the suggestion"),
    ]
    name: Annotated[
        StrictStr,
        Field(description="The full name of the user receiving the suggestion"),
    ]
    platform_key: Annotated[
        StrictStr, Field(description="The platform key associated with the suggestion")
    ]
    accepted: Annotated[
        StrictBool,
        Field(description="Whether the suggestion has been accepted by the user"),
    ]
    visible: Annotated[
        StrictBool, Field(description="Whether the suggestion is visible to the user")
    ]
    created: Annotated[AwareDatetime, Field(description="When the suggestion was created")]
    modified: Annotated[AwareDatetime, Field(description="When the suggestion was last modified")]
    metadata: ProgramSuggestionDetailMetadata
    program_key: Annotated[StrictStr, Field(description="The program key being suggested")]
    program_name: Annotated[StrictStr, Field(description="The name of the program being suggested")]


class Project(BaseModel):
    """
    Unified serializer for Project model.  Write-only fields: - mentors_to_add: List of mentor unique IDs to add to the project - mentors_to_remove: List of mentor unique IDs to remove from the project  These fields are mutually exclusive and only used during create/update operations. For create: only mentors_to_add is used For update: either can be used, but not both at once
    """

    id: StrictInt
    name: Annotated[StrictStr, Field(description="Name of the project", max_length=255)]
    description: Annotated[StrictStr | MISSING, Field(description="Description of the project")] = (
        MISSING
    )
    shared: Annotated[
        StrictBool | MISSING,
        Field(description="Whether this project is shared with others or personal"),
    ] = MISSING
    owner: Annotated[StrictInt, Field(description="User who created this project")]
    owner_username: StrictStr
    platform: Annotated[StrictInt | None, Field(description="Platform this project belongs to")]
    platform_key: StrictStr
    platform_name: StrictStr
    mentor_count: StrictInt
    is_personal: StrictBool
    created_at: AwareDatetime
    updated_at: AwareDatetime
    mentors: list[ProjectMentor]
    mentors_to_add: Annotated[
        list[UUID] | MISSING,
        Field(description="List of mentor unique IDs to add to the project"),
    ] = MISSING
    mentors_to_remove: Annotated[
        list[UUID] | MISSING,
        Field(description="List of mentor unique IDs to remove from the project"),
    ] = MISSING


class Prompt(BaseModel):
    id: StrictInt
    mentor: UUID | MISSING = MISSING
    tone: StrictStr | None | MISSING = MISSING
    style: StrictStr | MISSING = MISSING
    language: StrictStr | MISSING = MISSING
    tags: list[StrictInt] | MISSING = MISSING
    is_system: StrictBool | None = True
    metadata: Any | None | MISSING = MISSING
    category: StrictStr | MISSING = MISSING
    prompt: StrictStr
    title: Annotated[StrictStr | None | MISSING, Field(max_length=255)] = MISSING
    description: StrictStr | None | MISSING = MISSING
    prompt_visibility: PromptPromptVisibility | MISSING = MISSING
    created_at: AwareDatetime
    updated_at: AwareDatetime
    created_by: Annotated[StrictStr | None | MISSING, Field(max_length=255)] = MISSING
    platform: StrictInt


class PromptRequest(BaseModel):
    mentor: UUID | MISSING = MISSING
    tone: StrictStr | None | MISSING = MISSING
    style: StrictStr | MISSING = MISSING
    language: StrictStr | MISSING = MISSING
    tags: list[StrictInt] | MISSING = MISSING
    is_system: StrictBool | None = True
    metadata: Any | None | MISSING = MISSING
    category: StrictStr | MISSING = MISSING
    prompt: StrictStr
    title: Annotated[StrictStr | None | MISSING, Field(max_length=255)] = MISSING
    description: StrictStr | None | MISSING = MISSING
    prompt_visibility: PromptPromptVisibility | MISSING = MISSING
    created_by: Annotated[StrictStr | None | MISSING, Field(max_length=255)] = MISSING
    platform: StrictInt


class PromptFacet(BaseModel):
    """
    Serializer for prompt facets
    """

    total: Annotated[StrictInt, Field(description="Total number of prompts in this facet")]
    terms: PromptFacetTerms
    other: Annotated[StrictInt, Field(description="Count of prompts not in any term")]


class PublicItemPricing(BaseModel):
    item_type: ItemType3e2Enum
    item_id: StrictStr
    item_name: StrictStr
    is_paywalled: StrictBool
    allow_free_tier: StrictBool
    trial_period_days: StrictInt
    prices: list[ItemPrice]


class QuestionRequest(BaseModel):
    """
    Serializer for incoming request data that includes initial questions and the username.  Attributes:     username (str): Username of the requesting student or user.     initial_questions (list[InputQuestionSerializer]): List of initial questions provided by the LMS.     question_count (int): Number of questions the mentor (llm) should generate
    """

    username: Annotated[StrictStr, Field(max_length=100)]
    initial_questions: list[InputQuestion]
    question_count: StrictInt | None = 20
    subject: Annotated[StrictStr, Field(max_length=100)]


class RbacGroup(BaseModel):
    """
    Serializer for RBAC groups.
    """

    id: StrictInt
    unique_id: Annotated[
        StrictStr,
        Field(description="The unique identifier for the group", max_length=255),
    ]
    platform: RbacPlatform
    platform_key: Annotated[StrictStr, Field(description="The platform key")]
    name: Annotated[
        StrictStr | MISSING,
        Field(description="Optional name of the group", max_length=255),
    ] = MISSING
    description: Annotated[StrictStr | MISSING, Field(description="Optional group description")] = (
        MISSING
    )
    owner: RbacUser
    users: list[RbacUser]
    users_to_add: Annotated[
        list[StrictInt] | MISSING,
        Field(description="List of user IDs to add to this group"),
    ] = MISSING
    users_to_remove: Annotated[
        list[StrictInt] | MISSING,
        Field(description="List of user IDs to remove from this group"),
    ] = MISSING
    is_internal: Annotated[
        StrictBool,
        Field(
            description="When True, this group is internal to the system and cannot be viewed or modified by tenants via API endpoints."
        ),
    ]


class RbacPolicy(BaseModel):
    """
    Serializer for policies.
    """

    id: StrictInt
    name: Annotated[
        StrictStr | MISSING,
        Field(
            description="Policy name. If not supplied, defaults to a UUID4",
            max_length=255,
        ),
    ] = MISSING
    role: Annotated[RbacBaseRole, Field(description="Role information (read-only)")]
    platform: Annotated[RbacPlatform, Field(description="Platform information (read-only)")]
    resources: Annotated[
        list[StrictStr],
        Field(
            description="List of resource paths this policy grants access to (e.g., ['/platforms/1/mentors', '/platforms/1/mentors/settings'])"
        ),
    ]
    users: list[RbacUser]
    groups: list[RbacPolicyGroup]
    role_id: Annotated[StrictInt, Field(description="ID of the role this policy applies to")]
    platform_key: Annotated[StrictStr, Field(description="Platform key where this policy applies")]
    users_to_add: Annotated[
        list[StrictInt] | MISSING,
        Field(description="List of user IDs to add to this Policy"),
    ] = MISSING
    users_to_remove: Annotated[
        list[StrictInt] | MISSING,
        Field(description="List of user IDs to remove from this Policy"),
    ] = MISSING
    groups_to_add: Annotated[
        list[StrictInt] | MISSING,
        Field(description="List of group IDs to add to this Policy"),
    ] = MISSING
    groups_to_remove: Annotated[
        list[StrictInt] | MISSING,
        Field(description="List of group IDs to remove from this Policy"),
    ] = MISSING
    is_internal: Annotated[
        StrictBool,
        Field(
            description="When True, this policy is internal to the system and cannot be modified by tenants via API endpoints."
        ),
    ]


class RecommendedCoursesResponse(BaseModel):
    """
    Response serializer for RecommendedCoursesView
    """

    results: Annotated[
        list[RecommendedCoursesResponseResultsItem],
        Field(description="List of content items matching the search criteria"),
    ]
    count: Annotated[
        StrictInt,
        Field(description="Total number of items matching the search criteria"),
    ]
    next: Annotated[StrictStr | None, Field(description="URL for the next page of results")]
    previous: Annotated[StrictStr | None, Field(description="URL for the previous page of results")]
    current_page: Annotated[StrictInt, Field(description="Current page number")]
    total_pages: Annotated[StrictInt, Field(description="Total number of pages")]
    facets: RecommendedCoursesResponseFacets | MISSING = MISSING


class ReportStatus(BaseModel):
    report_id: Annotated[StrictStr | MISSING, Field(description="Used to download the report")] = (
        MISSING
    )
    report_name: Annotated[
        StrictStr | MISSING,
        Field(description="Report slug, this is passed when calling the create report endpoint"),
    ] = MISSING
    state: ReportStatusState | MISSING = MISSING
    started_on: Annotated[
        StrictStr | MISSING, Field(description="Report request timestamp (ISO 8601)")
    ] = MISSING
    owner: Annotated[StrictStr | MISSING, Field(description="Report Owner")] = MISSING
    expires: Annotated[
        StrictStr | MISSING,
        Field(description="When report would expire and not available for download anymore"),
    ] = MISSING
    url: Annotated[
        StrictStr | MISSING,
        Field(description="Download link for report when available"),
    ] = MISSING
    created_at: Annotated[
        StrictStr | MISSING,
        Field(description="When the report was requested (ISO 8601)"),
    ] = MISSING


class ReportedRoleCreateUpdateRequest(BaseModel):
    """
    Serializer for reported role creation/update request parameters.
    """

    user_id: Annotated[StrictInt | MISSING, Field(description="User ID")] = MISSING
    username: Annotated[StrictStr | MISSING, Field(description="Username")] = MISSING
    roles: Annotated[
        list[ReportedRoleCreateUpdateRequestRolesItem],
        Field(
            description="List of roles (can be role IDs or objects with name, platform_key, etc.)"
        ),
    ]
    data: Annotated[Any | None | MISSING, Field(description="Additional data")] = MISSING


class ReportedSkill(BaseModel):
    user_id: StrictInt | MISSING = MISSING
    username: StrictStr | MISSING = MISSING
    skills: list[Skill]
    data: Annotated[Any | None, Field(...)]


class ReportedSkillCreateUpdateRequest(BaseModel):
    """
    Serializer for reported skill creation/update request parameters.
    """

    user_id: Annotated[StrictInt | MISSING, Field(description="User ID")] = MISSING
    username: Annotated[StrictStr | MISSING, Field(description="Username")] = MISSING
    skills: Annotated[
        list[ReportedSkillCreateUpdateRequestSkillsItem],
        Field(
            description="List of skills (can be skill IDs or objects with name, platform_key, etc.)"
        ),
    ]
    data: Annotated[Any | None | MISSING, Field(description="Additional data")] = MISSING


class ResourceDeleteResponse(BaseModel):
    """
    Serializer for resource deletion response.
    """

    count: Annotated[StrictInt, Field(description="Number of resources deleted")]
    type: ResourceDeleteResponseType


class ResourceScrappedData(BaseModel):
    id: StrictInt
    status: ResourceScrappedDataStatus | MISSING = MISSING
    date_created: Annotated[AwareDatetime | None, Field(...)]
    last_modified: Annotated[AwareDatetime | None, Field(...)]
    resource: StrictInt
    content: StrictStr | None | MISSING = MISSING
    content_type: Annotated[StrictStr | None | MISSING, Field(max_length=50)] = MISSING
    extra_data: Any | None | MISSING = MISSING


class RetrieverDocumentEmbedding(BaseModel):
    id: StrictInt
    metadata: Any | None | MISSING = MISSING
    document_name: StrictStr | None | MISSING = MISSING
    document_type: StrictStr | None | MISSING = MISSING
    username: StrictStr
    training_status: RetrieverDocumentEmbeddingTrainingStatus | MISSING = MISSING
    pathway: StrictStr
    url: StrictStr | None | MISSING = MISSING
    tokens: StrictInt | None | MISSING = MISSING
    platform_key: StrictStr
    is_trained: StrictBool | MISSING = MISSING
    access: RetrieverDocumentEmbeddingAccess | MISSING = MISSING
    crawler_max_depth: StrictInt | None | MISSING = MISSING
    crawler_max_pages_limit: StrictInt | None | MISSING = MISSING
    crawler_max_concurrency: StrictInt | None | MISSING = MISSING
    crawler_match_patterns: Annotated[
        Any | None | MISSING,
        Field(
            description="List of patterns that the crawler should use to match urls.         Patterns may be a glob pattern or a full regex pattern.         Indicate the specified type in `crawler_pattern_type`."
        ),
    ] = MISSING
    crawler_pattern_type: RetrieverDocumentEmbeddingCrawlerPatternType | MISSING = MISSING
    last_trained_at: Annotated[AwareDatetime | None, Field(...)]


class RetrieverDocumentEmbeddingRequest(BaseModel):
    document_name: Annotated[StrictStr | MISSING, Field(description="The name of the document")] = (
        MISSING
    )
    document_type: Annotated[StrictStr | MISSING, Field(description="The type of the document")] = (
        MISSING
    )
    pathway: Annotated[StrictStr, Field(description="The pathway to retrain the document in")]
    url: Annotated[StrictStr | MISSING, Field(description="The url of the document")] = MISSING
    train: Annotated[StrictBool | None | MISSING, Field(description="The type of the document")] = (
        MISSING
    )
    crawler_max_depth: Annotated[
        StrictInt | MISSING, Field(description="The max depth of the crawler")
    ] = MISSING
    crawler_max_pages_limit: Annotated[
        StrictInt | MISSING, Field(description="The max pages limit of the crawler")
    ] = MISSING
    crawler_max_concurrency: Annotated[
        StrictInt | MISSING, Field(description="The max concurrency of the crawler")
    ] = MISSING
    crawler_match_patterns: Annotated[
        list[StrictStr] | MISSING,
        Field(
            description="The patterns that the crawler should use to match urls. Patterns may be a glob pattern or a full regex pattern. Indicate the specified type in `crawler_pattern_type`."
        ),
    ] = MISSING
    crawler_pattern_type: RetrieverDocumentEmbeddingRequestCrawlerPatternType | MISSING = MISSING
    access: RetrieverDocumentEmbeddingRequestAccess | MISSING = MISSING
    google_drive_auth_data: Annotated[
        Any | None | MISSING,
        Field(description="Authentication and scoped details of google drive."),
    ] = MISSING
    dropbox_auth_data: Annotated[
        Any | None | MISSING,
        Field(description="Authentication and scoped details of dropbox"),
    ] = MISSING
    custom_metadata: Annotated[
        Any | None | MISSING,
        Field(
            description="Custom metadata to attach to the trained document. Must be a flat JSON object with string keys and string, number, or boolean values."
        ),
    ] = MISSING


class Role(BaseModel):
    id: StrictInt
    name: Annotated[StrictStr | None, Field(description="The display name of the role.")]
    slug: Annotated[StrictStr | None, Field(description="An additional unique slug field.")]
    platform_key: StrictStr | MISSING = MISSING
    skills: list[Skill]
    data: Annotated[Any | None, Field(description="Metadata")]


class SCIMEnterpriseUser(BaseModel):
    """
    SCIM enterprise user extension serializer
    """

    edxData: Annotated[Any | None | MISSING, Field(description="edX user data")] = MISSING
    userData: Annotated[Any | None | MISSING, Field(description="User metadata")] = MISSING
    departments: Annotated[
        list[SCIMEnterpriseUserDepartmentsItem] | MISSING,
        Field(description="List of department memberships"),
    ] = MISSING
    groups: Annotated[
        list[SCIMEnterpriseUserGroupsItem] | MISSING,
        Field(description="List of group memberships"),
    ] = MISSING
    rbacGroups: Annotated[
        list[SCIMEnterpriseUserRbacGroupsItem] | MISSING,
        Field(description="List of RBAC groups the user belongs to"),
    ] = MISSING
    platforms: Annotated[
        list[SCIMEnterpriseUserPlatformsItem] | MISSING,
        Field(description="List of platforms the user has access to"),
    ] = MISSING


class SCIMGroup(BaseModel):
    """
    SCIM group serializer for RBAC group management
    """

    schemas: Annotated[list[StrictStr] | MISSING, Field(description="SCIM schema identifiers")] = (
        MISSING
    )
    id: Annotated[
        StrictStr,
        Field(description="RBAC group unique ID (must match existing RBAC group)"),
    ]
    displayName: Annotated[StrictStr, Field(description="RBAC group display name")]
    description: Annotated[StrictStr | MISSING, Field(description="RBAC group description")] = (
        MISSING
    )
    members: Annotated[
        list[SCIMGroupMembersItem] | MISSING,
        Field(description="Users to add/remove from the RBAC group"),
    ] = MISSING
    meta: Annotated[SCIMMeta | MISSING, Field(description="Resource metadata")] = MISSING


class SCIMGroupListResponse(BaseModel):
    """
    SCIM group list response serializer
    """

    schemas: Annotated[list[StrictStr], Field(description="SCIM schema identifiers")]
    totalResults: Annotated[StrictInt, Field(description="Total number of results")]
    Resources: Annotated[
        list[SCIMGroupListResponseResourcesItem],
        Field(description="List of group resources"),
    ]
    startIndex: Annotated[StrictInt | MISSING, Field(description="Starting index")] = MISSING
    itemsPerPage: Annotated[StrictInt | MISSING, Field(description="Items per page")] = MISSING


class SCIMUserListResponse(BaseModel):
    """
    SCIM user list response serializer
    """

    schemas: Annotated[list[StrictStr], Field(description="SCIM schema identifiers")]
    totalResults: Annotated[StrictInt, Field(description="Total number of results")]
    Resources: Annotated[
        list[SCIMUserListResponseResourcesItem],
        Field(description="List of user resources"),
    ]


class SCIMUserResponse(BaseModel):
    """
    SCIM user response serializer
    """

    schemas: Annotated[list[StrictStr], Field(description="SCIM schema identifiers")]
    id: Annotated[StrictStr, Field(description="User ID")]
    userName: Annotated[StrictStr, Field(description="Username")]
    name: Annotated[SCIMName, Field(description="User's name information")]
    emails: Annotated[list[SCIMEmail], Field(description="User's email addresses")]
    active: Annotated[StrictBool, Field(description="Whether the user is active")]
    urn_ietf_params_scim_schemas_extension_enterprise_2_0_User: Annotated[
        SCIMEnterpriseUser, Field(description="Enterprise user extension data")
    ]
    meta: Annotated[SCIMMeta | MISSING, Field(description="Resource metadata")] = MISSING


class SentimentSummary(BaseModel):
    sentiment_distribution: SentimentSummarySentimentDistribution
    total_sentiments: StrictInt


class SessionSummary(BaseModel):
    """
    Lightweight serializer for session list endpoints (pinned/recent messages).
    """

    session_id: UUID
    mentor_unique_id: UUID
    mentor: SessionSummaryMentor
    title: Annotated[StrictStr | None, Field(...)]
    messages: list[ChatHistory]


class SkillDetail(BaseModel):
    name: Annotated[
        StrictStr | None | MISSING, Field(description="Display name", max_length=255)
    ] = MISSING
    courses: list[CourseSkill]
    related_skills: StrictInt


class SkillsMetric(BaseModel):
    """
    Serializer for skills metrics with breakdown.
    """

    reported: StrictInt
    desired: StrictInt
    assigned: StrictInt
    total: StrictInt
    details: list[SkillsMetricDetailsItem] | MISSING = MISSING


class SlackWebhook(BaseModel):
    type: StrictStr
    event: SlackWebhookEvent
    command: StrictStr
    response_url: StrictStr


class Step(BaseModel):
    id: StrictInt
    title: Annotated[StrictStr, Field(max_length=400)]
    description: StrictStr | MISSING = MISSING
    status: StepStatusEnum | MISSING = MISSING
    position: StrictInt
    job: StrictInt


class StripeCheckoutSessionRequest(BaseModel):
    """
    Serializer for Stripe checkout session creation requests.
    """

    sku: Annotated[StrictStr | MISSING, Field(description="Product SKU")] = MISSING
    product: Annotated[StrictStr | MISSING, Field(description="Alternative to SKU")] = MISSING
    tenant: Annotated[
        StrictStr, Field(description="Tenant type to create after successful checkout")
    ]
    success_url: Annotated[StrictStr, Field(description="URL to redirect after successful payment")]
    cancel_url: Annotated[StrictStr, Field(description="URL to redirect if checkout cancelled")]
    mode: StripeCheckoutSessionRequestMode | MISSING = MISSING
    period: StripeCheckoutSessionRequestPeriod | MISSING = MISSING
    metered: Annotated[StrictBool | None, Field(description="Whether to use metered billing")] = (
        False
    )
    quantity: Annotated[StrictInt | None, Field(description="Subscription quantity", ge=1)] = 1
    coupon: Annotated[StrictStr | MISSING, Field(description="Coupon code to apply")] = MISSING
    is_free_trial: Annotated[StrictBool | None, Field(description="Enable free trial")] = False
    trial_days: Annotated[StrictInt | MISSING, Field(description="Trial period in days", ge=1)] = (
        MISSING
    )
    skip_card: Annotated[StrictBool | None, Field(description="Skip card collection for trial")] = (
        False
    )


class StripeConnectOnboard(BaseModel):
    """
    Serializer for Connect onboarding request.
    """

    return_url: Annotated[
        StrictStr, Field(description="URL to redirect after onboarding completes")
    ]
    refresh_url: Annotated[
        StrictStr, Field(description="URL to redirect if onboarding link expires")
    ]
    business_type: StripeConnectOnboardBusinessType | MISSING = MISSING


class StripeCustomerPortalRequest(BaseModel):
    return_url: Annotated[
        StrictStr,
        Field(description="URL to redirect to when the customer exits the portal (back button)"),
    ]
    subscription_id: Annotated[
        StrictStr | MISSING,
        Field(
            description="Subscription ID required for subscription_update or subscription_cancel flows"
        ),
    ] = MISSING
    flow_type: StripeCustomerPortalRequestFlowType | MISSING = MISSING
    after_completion_url: Annotated[
        StrictStr | None | MISSING,
        Field(
            description="URL to redirect after the flow is completed successfully. Only used when flow_type is set. Defaults to return_url if not provided."
        ),
    ] = MISSING


class TeamsWebhook(BaseModel):
    id: StrictStr | None | MISSING = MISSING
    type: StrictStr | None | MISSING = MISSING
    channelData: TeamsWebhookChannelData | None | MISSING = MISSING
    entities: list[Any] | None | MISSING = MISSING
    text: StrictStr | None | MISSING = MISSING
    locale: StrictStr | None | MISSING = MISSING
    textFormat: StrictStr | None | MISSING = MISSING
    recipient: TeamsWebhookRecipient | None | MISSING = MISSING
    conversation: TeamsWebhookConversation | None | MISSING = MISSING
    from_: TeamsWebhookFrom | None | MISSING = MISSING
    channelId: StrictStr | None | MISSING = MISSING
    serviceUrl: StrictStr | None | MISSING = MISSING
    localTimezone: StrictStr | None | MISSING = MISSING
    localTimestamp: StrictStr | None | MISSING = MISSING
    timestamp: StrictStr | None | MISSING = MISSING


class TenantMentorTraces(BaseModel):
    tenant: StrictStr
    tenant_total_cost: StrictFloat
    mentor_data: list[MentorData]


class TimeDetail(BaseModel):
    data: list[TimeDetailData] | MISSING = MISSING
    total: Annotated[StrictInt | MISSING, Field(description="Total time spent")] = MISSING


class TimeSpentByUsersInCourse(BaseModel):
    data: list[TimeSpentByUsersInCourseData] | MISSING = MISSING
    pagination: Pagination


class TimeSpentPerCourse(BaseModel):
    data: list[TimeSpentPerCourseData] | MISSING = MISSING
    pagination: Pagination


class TokenProxyOutputSerializerData(BaseModel):
    """
    Core data for Response
    """

    user: Annotated[TokenProxyUser, Field(description="User details")]
    axd_token: Annotated[AuthToken, Field(description="Axd Token details")]
    dm_token: Annotated[ManagerAuthToken, Field(description="DM Token details")]


class TopicDetails(BaseModel):
    results: list[TopicDetail]
    pagination: TopicDetailsPagination


class TopicsOverview(BaseModel):
    """
    Dashboard KPI overview for topics.
    """

    topics: Annotated[
        TopicsOverviewMetric,
        Field(description="Topic metrics including all-time, monthly counts and percentage change"),
    ]
    sessions: Annotated[
        TopicsOverviewMetric,
        Field(
            description="Session metrics including all-time, monthly counts and percentage change"
        ),
    ]
    conversations: Annotated[
        TopicsOverviewMetric,
        Field(
            description="Conversation metrics including all-time, monthly counts and percentage change"
        ),
    ]
    messages: Annotated[
        TopicsOverviewMetric,
        Field(
            description="Message metrics including all-time, monthly counts and percentage change"
        ),
    ]


class TrainDocumentViewRequest(BaseModel):
    pathway: Annotated[
        StrictStr | MISSING, Field(description="Pathway for document to be trained in")
    ] = MISSING
    url: Annotated[StrictStr | MISSING, Field(description="Url of the document to be trained")] = (
        MISSING
    )
    text: Annotated[StrictStr | MISSING, Field(description="Search text for wikipedia")] = MISSING
    type: Annotated[StrictStr, Field(description="Type of document e.g file")]
    translate: Annotated[StrictBool | None, Field(description="If file should be translated")] = (
        False
    )
    file: Annotated[bytes | MISSING, Field(description="File to be trained")] = MISSING
    access: Annotated[StrictStr | None, Field(description="Accessibilityto the file")] = "private"
    branch: Annotated[StrictStr | MISSING, Field(description="Branch of the repository")] = MISSING
    google_drive_auth_data: Annotated[
        Any | None | MISSING,
        Field(description="Authentication and scoped details of google drive"),
    ] = MISSING
    dropbox_auth_data: Annotated[
        Any | None | MISSING,
        Field(description="Authentication and scoped details of dropbox"),
    ] = MISSING
    crawler_max_depth: Annotated[
        StrictInt | MISSING, Field(description="The max depth of the crawler")
    ] = MISSING
    crawler_max_pages_limit: Annotated[
        StrictInt | MISSING, Field(description="The max pages limit of the crawler")
    ] = MISSING
    crawler_max_concurrency: Annotated[
        StrictInt | MISSING, Field(description="The max concurrency of the crawler")
    ] = MISSING
    crawler_match_patterns: Annotated[
        list[StrictStr] | MISSING,
        Field(
            description="The patterns that the crawler should use to match urls. Patterns may be a glob pattern or a full regex pattern. Indicate the specified type in `crawler_pattern_type`."
        ),
    ] = MISSING
    crawler_pattern_type: TrainDocumentViewRequestCrawlerPatternType | MISSING = MISSING
    custom_metadata: Annotated[
        Any | None | MISSING,
        Field(
            description="Custom metadata to attach to the trained document. Must be a flat JSON object with string keys and string, number, or boolean values."
        ),
    ] = MISSING
    add_to_document_pool: Annotated[
        StrictBool | None, Field(description="Adds document to the pool or not.")
    ] = False
    document_pool_only: Annotated[
        StrictBool | None,
        Field(description="Only adds document to document pool. Requires pathway to be empty."),
    ] = False
    user_image_description: Annotated[
        StrictStr | MISSING,
        Field(description="Description of an image submitted by the user for RAG."),
    ] = MISSING
    github_access_token: Annotated[
        StrictStr | MISSING,
        Field(
            description="GitHub access token with repo scope. Required for private repositories."
        ),
    ] = MISSING


class Training(BaseModel):
    id: UUID | MISSING = MISSING
    dataset: DataSet
    project_name: Annotated[StrictStr, Field(max_length=255)]
    metadata: Any | None | MISSING = MISSING
    status: TrainingStatusEnum | MISSING = MISSING
    retry_attempts: StrictInt | MISSING = MISSING
    fine_tuned_model: Annotated[StrictStr | MISSING, Field(max_length=400)] = MISSING
    provider: Provider63aEnum | MISSING = MISSING
    base_model_name: Annotated[StrictStr, Field(max_length=400)]
    text_column: Annotated[StrictStr | MISSING, Field(max_length=50)] = MISSING
    learning_rate: StrictFloat | MISSING = MISSING
    batch_size: StrictInt | MISSING = MISSING
    num_epochs: StrictInt | MISSING = MISSING
    block_size: StrictInt | MISSING = MISSING
    warmup_ratio: StrictFloat | MISSING = MISSING
    lora_r: StrictInt | MISSING = MISSING
    lora_alpha: StrictInt | MISSING = MISSING
    lora_dropout: StrictFloat | MISSING = MISSING
    weight_decay: StrictFloat | MISSING = MISSING
    gradient_accumulation: StrictInt | MISSING = MISSING
    use_peft: StrictBool | MISSING = MISSING
    use_fp16: StrictBool | MISSING = MISSING
    use_int4: StrictBool | MISSING = MISSING
    push_to_hub: StrictBool | MISSING = MISSING
    repo_id: Annotated[StrictStr | MISSING, Field(max_length=400)] = MISSING
    preprocess_dataset: StrictBool | MISSING = MISSING
    prompt_column: Annotated[StrictStr | MISSING, Field(max_length=50)] = MISSING
    response_column: Annotated[StrictStr | MISSING, Field(max_length=50)] = MISSING
    prompt_prefix: Annotated[StrictStr | MISSING, Field(max_length=50)] = MISSING
    prompt_suffix: Annotated[StrictStr | MISSING, Field(max_length=50)] = MISSING
    response_prefix: Annotated[StrictStr | MISSING, Field(max_length=50)] = MISSING
    response_suffix: Annotated[StrictStr | MISSING, Field(max_length=50)] = MISSING
    error_log: StrictStr | MISSING = MISSING
    date_created: AwareDatetime
    last_modified: AwareDatetime
    platform: StrictInt


class UserApp(BaseModel):
    id: StrictInt
    app: Annotated[App, Field(description="The app details")]
    platform: Annotated[Platform, Field(description="The platform details")]
    subscription: UserAppSubscription | None
    provider: StrictStr
    is_admin: StrictBool
    is_active: StrictBool
    metadata: Any | None | MISSING = MISSING
    onboarding_completed: StrictBool | MISSING = MISSING
    free_trial_started: StrictBool | MISSING = MISSING
    free_trial_expired: StrictBool | MISSING = MISSING
    has_active_subscription: StrictBool | MISSING = MISSING


class UserChatFeedback(BaseModel):
    id: StrictInt
    username: StrictStr
    session: StrictStr
    user_text: StrictStr
    ai_response: StrictStr
    reason: StrictStr
    additional_feedback: StrictStr
    rating: UserChatFeedbackRating | MISSING = MISSING
    inserted_at: AwareDatetime | MISSING = MISSING
    mentor: StrictInt
    message: StrictInt | None | MISSING = MISSING


class UserChatFeedbackRequest(BaseModel):
    username: StrictStr
    session: StrictStr
    user_text: StrictStr
    ai_response: StrictStr
    reason: StrictStr
    additional_feedback: StrictStr
    rating: UserChatFeedbackRating | MISSING = MISSING
    inserted_at: AwareDatetime | MISSING = MISSING
    mentor: StrictInt
    message: StrictInt | None | MISSING = MISSING


class UserChatPrivacySettings(BaseModel):
    """
    Serializer for user chat privacy settings.
    """

    chat_privacy_mode: UserChatPrivacySettingsChatPrivacyMode | MISSING = MISSING


class UserGroupAccess(BaseModel):
    """
    ModelSerializer for user group access policies
    """

    platform_key: Annotated[StrictStr, Field(description="Platform key where the groups exist")]
    user_id: Annotated[StrictInt, Field(description="ID of the user to manage group access for")]
    groups_to_add: Annotated[
        list[StrictInt] | MISSING,
        Field(description="List of group IDs to grant access to"),
    ] = MISSING
    groups_to_remove: Annotated[
        list[StrictInt] | MISSING,
        Field(description="List of group IDs to revoke access from"),
    ] = MISSING
    policy_id: Annotated[StrictInt, Field(description="Policy ID")]
    policy_name: Annotated[StrictStr, Field(description="Policy name")]
    groups_with_access: Annotated[
        list[UserGroupAccessInfo], Field(description="Groups with access")
    ]


class UserLicenseAssignmentCreate(BaseModel):
    """
    Request serializer for UserLicenseAssignmentView POST endpoint
    """

    license_id: Annotated[StrictInt, Field(description="The ID of the user license")]
    user_id: Annotated[
        StrictInt | MISSING, Field(description="The user ID to assign the license to")
    ] = MISSING
    email: Annotated[
        StrictStr | MISSING, Field(description="The email to assign the license to")
    ] = MISSING
    platform_key: Annotated[
        StrictStr | MISSING, Field(description="The unique identifier for the platform")
    ] = MISSING
    platform_org: Annotated[
        StrictStr | MISSING,
        Field(description="The organization identifier for the platform"),
    ] = MISSING
    active: Annotated[StrictBool | None, Field(description="Whether the assignment is active")] = (
        True
    )
    fulfilled: Annotated[
        StrictBool | None,
        Field(description="Whether the assignment has been fulfilled"),
    ] = False
    metadata: UserLicenseAssignmentCreateMetadata | MISSING = MISSING


class UserLicenseAssignmentDetail(BaseModel):
    """
    Response serializer for user license assignment details
    """

    id: Annotated[StrictInt, Field(description="The unique identifier for the assignment")]
    user_id: Annotated[StrictInt, Field(description="The ID of the user assigned the license")]
    username: Annotated[
        StrictStr, Field(description="The username of the user assigned the license")
    ]
    email: Annotated[
        StrictStr | None,
        Field(description="The email address of the user assigned the license"),
    ]
    active: Annotated[StrictBool, Field(description="Whether the assignment is active")]
    fulfilled: Annotated[StrictBool, Field(description="Whether the assignment has been fulfilled")]
    redirect_to: Annotated[
        StrictStr | None | MISSING,
        Field(description="URL to redirect to after fulfillment"),
    ] = MISSING
    metadata: UserLicenseAssignmentDetailMetadata
    license_id: Annotated[StrictInt, Field(description="The ID of the user license")]
    license_name: Annotated[StrictStr, Field(description="The name of the user license")]
    platform_key: Annotated[
        StrictStr, Field(description="The platform key associated with the license")
    ]


class UserLicenseCreate(BaseModel):
    """
    Request serializer for UserLicenseCreateView POST endpoint
    """

    platform_key: Annotated[StrictStr, Field(description="The platform to create a license for")]
    platform_org: Annotated[
        StrictStr | MISSING,
        Field(description="The organization identifier for the platform"),
    ] = MISSING
    name: Annotated[StrictStr | MISSING, Field(description="Display name for the license")] = (
        MISSING
    )
    count: Annotated[StrictInt | None, Field(description="Number of seats purchased")] = 0
    started: Annotated[
        AwareDatetime | MISSING, Field(description="Date when license should begin")
    ] = MISSING
    expired: Annotated[
        AwareDatetime | None | MISSING,
        Field(description="Date when license should expire"),
    ] = MISSING
    active: Annotated[StrictBool | None, Field(description="Whether the license is active")] = True
    metadata: UserLicenseCreateMetadata | MISSING = MISSING
    enrollment_config: UserLicenseCreateEnrollmentConfig | MISSING = MISSING
    source: Annotated[StrictStr | MISSING, Field(description="Source identifier")] = MISSING
    external_id: Annotated[
        StrictStr | None | MISSING,
        Field(description="External identifier (must be unique)"),
    ] = MISSING
    transaction_id: Annotated[
        StrictStr | MISSING, Field(description="Transaction identifier for tracking")
    ] = MISSING
    change_type: Annotated[StrictStr | None, Field(description="Type of change being made")] = (
        "create"
    )


class UserLicenseDetail(BaseModel):
    """
    Response serializer for user license details
    """

    id: Annotated[StrictInt, Field(description="The unique identifier for the license")]
    created: Annotated[AwareDatetime, Field(description="When the license was created")]
    started: Annotated[AwareDatetime, Field(description="When the license becomes active")]
    expired: Annotated[AwareDatetime | None, Field(description="When the license expires")]
    name: Annotated[StrictStr, Field(description="The display name of the license")]
    count: Annotated[StrictInt, Field(description="The number of seats purchased")]
    active: Annotated[StrictBool, Field(description="Whether the license is active")]
    metadata: UserLicenseDetailMetadata
    source: Annotated[StrictStr, Field(description="The source identifier for the license")]
    external_id: Annotated[
        StrictStr | None, Field(description="External identifier for the license")
    ]
    platform_key: Annotated[
        StrictStr, Field(description="The platform key associated with the license")
    ]
    usage_count: Annotated[
        StrictInt | None, Field(description="Number of assignments using this license")
    ] = 0
    assignments: Annotated[
        Any | None | MISSING,
        Field(description="Assignment counts by status (only included in verbose mode)"),
    ] = MISSING


class UserLicenseGroupAssignmentCreate(BaseModel):
    """
    Request serializer for UserLicenseGroupAssignmentView POST endpoint
    """

    license_id: Annotated[StrictInt, Field(description="The ID of the user license")]
    group_id: Annotated[
        StrictInt,
        Field(description="The ID of the user group to assign the license to"),
    ]
    platform_key: Annotated[
        StrictStr | MISSING, Field(description="The unique identifier for the platform")
    ] = MISSING
    platform_org: Annotated[
        StrictStr | MISSING,
        Field(description="The organization identifier for the platform"),
    ] = MISSING
    active: Annotated[StrictBool | None, Field(description="Whether the assignment is active")] = (
        True
    )
    fulfilled: Annotated[
        StrictBool | None,
        Field(description="Whether the assignment has been fulfilled"),
    ] = False
    metadata: UserLicenseGroupAssignmentCreateMetadata | MISSING = MISSING


class UserLicenseGroupAssignmentDetail(BaseModel):
    """
    Response serializer for user license group assignment details
    """

    id: Annotated[StrictInt, Field(description="The unique identifier for the assignment")]
    group_id: Annotated[StrictInt, Field(description="The ID of the group assigned the license")]
    group_name: Annotated[
        StrictStr, Field(description="The name of the group assigned the license")
    ]
    active: Annotated[StrictBool, Field(description="Whether the assignment is active")]
    fulfilled: Annotated[
        StrictBool | MISSING,
        Field(description="Whether the assignment has been fulfilled"),
    ] = MISSING
    redirect_to: Annotated[
        StrictStr | None | MISSING,
        Field(description="URL to redirect to after fulfillment"),
    ] = MISSING
    metadata: UserLicenseGroupAssignmentDetailMetadata
    license_id: Annotated[StrictInt, Field(description="The ID of the user license")]
    license_name: Annotated[StrictStr, Field(description="The name of the user license")]
    platform_key: Annotated[
        StrictStr, Field(description="The platform key associated with the license")
    ]


class UserLicenseUpdate(BaseModel):
    """
    Request serializer for UserLicenseUpdateView POST endpoint
    """

    license_id: Annotated[
        StrictInt | MISSING,
        Field(description="The ID of the license to update (required if external_id not provided)"),
    ] = MISSING
    external_id: Annotated[
        StrictStr | MISSING,
        Field(
            description="External identifier of the license to update (required if license_id not provided)"
        ),
    ] = MISSING
    platform_key: Annotated[
        StrictStr | MISSING, Field(description="The platform key (not updatable)")
    ] = MISSING
    platform_org: Annotated[
        StrictStr | MISSING,
        Field(description="The platform organization (not updatable)"),
    ] = MISSING
    name: Annotated[
        StrictStr | MISSING, Field(description="Updated display name for the license")
    ] = MISSING
    count: Annotated[
        StrictInt | MISSING, Field(description="Updated number of seats purchased")
    ] = MISSING
    started: Annotated[
        AwareDatetime | MISSING,
        Field(description="Updated date when license should begin"),
    ] = MISSING
    expired: Annotated[
        AwareDatetime | None | MISSING,
        Field(description="Updated date when license should expire"),
    ] = MISSING
    active: Annotated[StrictBool | MISSING, Field(description="Updated active status")] = MISSING
    metadata: UserLicenseUpdateMetadata | MISSING = MISSING
    enrollment_config: UserLicenseUpdateEnrollmentConfig | MISSING = MISSING
    source: Annotated[StrictStr | MISSING, Field(description="Updated source identifier")] = MISSING
    transaction_id: Annotated[
        StrictStr | MISSING, Field(description="Transaction identifier for tracking")
    ] = MISSING
    change_type: Annotated[StrictStr | None, Field(description="Type of change being made")] = (
        "update"
    )


class UserMemory(BaseModel):
    id: StrictInt
    mode: StrictStr
    name: StrictStr | MISSING = MISSING
    email: Annotated[StrictStr | None, Field(...)]
    unique_id: UUID | MISSING = MISSING
    username: Annotated[StrictStr | None, Field(...)]
    platform: Annotated[StrictStr | None, Field(...)]
    mentor: Annotated[StrictStr | None, Field(...)]
    session_id: Annotated[StrictStr | None, Field(...)]
    catalog_item_type: Annotated[StrictStr | None, Field(...)]
    catalog_item_id: Annotated[StrictStr | None, Field(...)]
    entries: list[UserMemoryEntry]
    inserted_at: StrictStr
    updated_at: StrictStr
    is_auto_generated: StrictBool | MISSING = MISSING
    category: StrictStr | None | MISSING = MISSING


class UserPlatformManagementListViewGetResponse(BaseModel):
    count: StrictInt
    next_page: StrictInt
    previous_page: StrictInt
    results: list[UserPlatformManagementListViewGetResponseResultsItem]
    allowed_policies: list[StrictStr] | MISSING = MISSING
    data: list[UserPlatformManagementListViewGetResponseDataItem] | MISSING = MISSING


class UserProxyBulkRequest(BaseModel):
    users: list[UserProxyBulkRequestUsersItem]


class UserSearchResponse(BaseModel):
    """
    Response serializer for UsersSearchView
    """

    results: Annotated[
        list[UserSearchResponseResultsItem],
        Field(
            description="List of search results (can include user_resume, education, institution, etc.)"
        ),
    ]
    count: Annotated[StrictInt, Field(description="Total number of results")]
    next: Annotated[StrictStr | None, Field(description="URL for the next page of results")]
    previous: Annotated[StrictStr | None, Field(description="URL for the previous page of results")]
    current_page: Annotated[StrictInt, Field(description="Current page number")]
    total_pages: Annotated[StrictInt, Field(description="Total number of pages")]


class UserSearchViewGetResponse(BaseModel):
    count: StrictInt
    next_page: StrictInt
    previous_page: StrictInt
    results: list[UserSearchViewGetResponseResultsItem]


class V2RecommendationResponse(BaseModel):
    """
    Response serializer for V2 Course Recommendations.  Returns a list of recommended courses with AI-generated reasoning. Includes metadata about the recommendation method used (RAG vs LLM).
    """

    recommendations: Annotated[
        list[CourseRecommendation],
        Field(description="List of course recommendations with reasoning"),
    ]
    user_context: V2RecommendationResponseUserContext | MISSING = MISSING
    recommendation_id: Annotated[
        StrictStr | MISSING,
        Field(description="Unique ID for this recommendation set (for tracking)"),
    ] = MISSING
    generated_at: Annotated[
        AwareDatetime, Field(description="When these recommendations were generated")
    ]
    platform_key: Annotated[StrictStr, Field(description="Platform key for these recommendations")]
    method_used: Annotated[
        StrictStr | MISSING,
        Field(
            description="Method used to generate recommendations: 'rag_only', 'llm_only', or 'rag_plus_llm'"
        ),
    ] = MISSING
    search_query_used: Annotated[
        StrictStr | MISSING,
        Field(description="The actual search query used for RAG similarity search (if applicable)"),
    ] = MISSING
    candidates_retrieved: Annotated[
        StrictInt | MISSING,
        Field(
            description="Number of candidates retrieved via RAG before filtering (if applicable)"
        ),
    ] = MISSING
    includes_main_catalog: Annotated[
        StrictBool | None,
        Field(description="Whether the results include items from the 'main' tenant catalog"),
    ] = False
    processing_time_seconds: Annotated[
        StrictFloat | MISSING,
        Field(description="Time taken to generate recommendations (in seconds)"),
    ] = MISSING
    success: Annotated[
        StrictBool | None, Field(description="Whether the request was successful")
    ] = True
    count: Annotated[
        StrictInt | MISSING,
        Field(description="Total number of recommendations available"),
    ] = MISSING
    next: Annotated[
        StrictStr | None | MISSING,
        Field(description="URL for the next page of results (if pagination is enabled)"),
    ] = MISSING
    previous: Annotated[
        StrictStr | None | MISSING,
        Field(description="URL for the previous page of results (if pagination is enabled)"),
    ] = MISSING


class Value(BaseModel):
    data: ValueData


class VerifyGCPMarketPlaceFailedResponse(BaseModel):
    sub: StrictStr | None = ""
    aud: StrictStr | None = ""
    iat: StrictStr | None = ""
    exp: StrictStr | None = ""
    google: VerifyGCPMarketPlaceFailedResponseGoogle | MISSING = MISSING
    iss: StrictStr | None = ""
    redirect_to: StrictStr
    message: StrictStr | None = ""
    success: StrictBool | None = False


class VerifyGCPMarketPlaceResponse(BaseModel):
    sub: StrictStr | None = ""
    aud: StrictStr | None = ""
    iat: StrictStr | None = ""
    exp: StrictStr | None = ""
    google: VerifyGCPMarketPlaceResponseGoogle | MISSING = MISSING
    iss: StrictStr | None = ""
    redirect_to: StrictStr
    message: StrictStr | None = ""
    success: StrictBool | None = True


class VideoEngagementPerCourse(BaseModel):
    data: list[VideoEngagementPerCourseData] | MISSING = MISSING
    pagination: Pagination


class VideosCount(BaseModel):
    data: VideosCountData | MISSING = MISSING


class VideosInCourseSummaryData(BaseModel):
    display_name: Annotated[StrictStr, Field(description="Chapter name")]
    id: Annotated[StrictStr, Field(description="Chapter Id")]
    subsections: list[VideosWatchedSubSection] | MISSING = MISSING


class VideosSpecificCourse(BaseModel):
    data: list[VideosSpecificCourseData] | MISSING = MISSING


class Voice(BaseModel):
    id: StrictInt
    name: Annotated[StrictStr, Field(max_length=255)]
    provider: VoiceProviderEnum
    language: Annotated[StrictStr | MISSING, Field(max_length=255)] = MISSING
    description: StrictStr | MISSING = MISSING
    audio_url: StrictStr


class VoiceRequest(BaseModel):
    name: Annotated[StrictStr, Field(max_length=255)]
    provider: VoiceProviderEnum
    language: Annotated[StrictStr | MISSING, Field(max_length=255)] = MISSING
    description: StrictStr | MISSING = MISSING


class WatchedVideosPerCourse(BaseModel):
    data: list[WatchedVideosPerCourseData] | MISSING = MISSING
    total: Annotated[
        StrictInt | MISSING, Field(description="Total videos Watched for all rows")
    ] = MISSING


class WatchedVideosPerUser(BaseModel):
    data: list[WatchedVideosPerUserData] | MISSING = MISSING
    total: Annotated[StrictInt | MISSING, Field(description="Total rows")] = MISSING


class WebResource(BaseModel):
    content: StrictStr
    title: StrictStr
    imageUrl: StrictStr | None | MISSING = MISSING
    source: StrictStr | None = ""
    metadata: Any | None | MISSING = MISSING
    card: WebResourceCard | MISSING = MISSING


class WebexWebhook(BaseModel):
    data: WebexWebhookData
    resource: StrictStr


class WhatAppWebHook(BaseModel):
    entry: list[WhatAppWebHookEntryItem]


class AiIndexOrgsUsersDocumentsTrainCreateBody(BaseModel):
    type: Annotated[StrictStr, Field(description="Type of document e.g file")]
    pathway: Annotated[
        StrictStr | MISSING, Field(description="Pathway for document to be trained in")
    ] = MISSING
    url: Annotated[StrictStr | MISSING, Field(description="Url of the document to be trained")] = (
        MISSING
    )
    text: Annotated[StrictStr | MISSING, Field(description="Search text for wikipedia")] = MISSING
    translate: Annotated[
        StrictBool | MISSING, Field(description="If file should be translated")
    ] = MISSING
    file: Annotated[bytes | MISSING, Field(description="File to be trained")] = MISSING
    access: Annotated[StrictStr | MISSING, Field(description="Accessibilityto the file")] = MISSING
    branch: Annotated[StrictStr | MISSING, Field(description="Branch of the repository")] = MISSING
    google_drive_auth_data: Annotated[
        Any | MISSING,
        Field(description="Authentication and scoped details of google drive"),
    ] = MISSING
    dropbox_auth_data: Annotated[
        Any | MISSING, Field(description="Authentication and scoped details of dropbox")
    ] = MISSING
    crawler_max_depth: Annotated[
        StrictInt | MISSING, Field(description="The max depth of the crawler")
    ] = MISSING
    crawler_max_pages_limit: Annotated[
        StrictInt | MISSING, Field(description="The max pages limit of the crawler")
    ] = MISSING
    crawler_max_concurrency: Annotated[
        StrictInt | MISSING, Field(description="The max concurrency of the crawler")
    ] = MISSING
    crawler_match_patterns: Annotated[
        list[StrictStr] | MISSING,
        Field(
            description="The patterns that the crawler should use to match urls. Patterns may be a glob pattern or a full regex pattern. Indicate the specified type in `crawler_pattern_type`."
        ),
    ] = MISSING
    crawler_pattern_type: AiIndexOrgsUsersDocumentsTrainCreateBodyCrawlerPatternType | MISSING = (
        MISSING
    )
    custom_metadata: Annotated[
        Any | MISSING,
        Field(
            description="Custom metadata to attach to the trained document. Must be a flat JSON object with string keys and string, number, or boolean values."
        ),
    ] = MISSING
    add_to_document_pool: Annotated[
        StrictBool | MISSING, Field(description="Adds document to the pool or not.")
    ] = MISSING
    document_pool_only: Annotated[
        StrictBool | MISSING,
        Field(description="Only adds document to document pool. Requires pathway to be empty."),
    ] = MISSING
    user_image_description: Annotated[
        StrictStr | MISSING,
        Field(description="Description of an image submitted by the user for RAG."),
    ] = MISSING
    github_access_token: Annotated[
        StrictStr | MISSING,
        Field(
            description="GitHub access token with repo scope. Required for private repositories."
        ),
    ] = MISSING


class AiIndexOrgsUsersDocumentsTrainCreateBody2(BaseModel):
    type: Annotated[StrictStr, Field(description="Type of document e.g file")]
    pathway: Annotated[
        StrictStr | MISSING, Field(description="Pathway for document to be trained in")
    ] = MISSING
    url: Annotated[StrictStr | MISSING, Field(description="Url of the document to be trained")] = (
        MISSING
    )
    text: Annotated[StrictStr | MISSING, Field(description="Search text for wikipedia")] = MISSING
    translate: Annotated[
        StrictBool | MISSING, Field(description="If file should be translated")
    ] = MISSING
    file: Annotated[bytes | MISSING, Field(description="File to be trained")] = MISSING
    access: Annotated[StrictStr | MISSING, Field(description="Accessibilityto the file")] = MISSING
    branch: Annotated[StrictStr | MISSING, Field(description="Branch of the repository")] = MISSING
    google_drive_auth_data: Annotated[
        Any | MISSING,
        Field(description="Authentication and scoped details of google drive"),
    ] = MISSING
    dropbox_auth_data: Annotated[
        Any | MISSING, Field(description="Authentication and scoped details of dropbox")
    ] = MISSING
    crawler_max_depth: Annotated[
        StrictInt | MISSING, Field(description="The max depth of the crawler")
    ] = MISSING
    crawler_max_pages_limit: Annotated[
        StrictInt | MISSING, Field(description="The max pages limit of the crawler")
    ] = MISSING
    crawler_max_concurrency: Annotated[
        StrictInt | MISSING, Field(description="The max concurrency of the crawler")
    ] = MISSING
    crawler_match_patterns: Annotated[
        list[StrictStr] | MISSING,
        Field(
            description="The patterns that the crawler should use to match urls. Patterns may be a glob pattern or a full regex pattern. Indicate the specified type in `crawler_pattern_type`."
        ),
    ] = MISSING
    crawler_pattern_type: AiIndexOrgsUsersDocumentsTrainCreateBody2CrawlerPatternType | MISSING = (
        MISSING
    )
    custom_metadata: Annotated[
        Any | MISSING,
        Field(
            description="Custom metadata to attach to the trained document. Must be a flat JSON object with string keys and string, number, or boolean values."
        ),
    ] = MISSING
    add_to_document_pool: Annotated[
        StrictBool | MISSING, Field(description="Adds document to the pool or not.")
    ] = MISSING
    document_pool_only: Annotated[
        StrictBool | MISSING,
        Field(description="Only adds document to document pool. Requires pathway to be empty."),
    ] = MISSING
    user_image_description: Annotated[
        StrictStr | MISSING,
        Field(description="Description of an image submitted by the user for RAG."),
    ] = MISSING
    github_access_token: Annotated[
        StrictStr | MISSING,
        Field(
            description="GitHub access token with repo scope. Required for private repositories."
        ),
    ] = MISSING


class AiIndexOrgsUsersDocumentsTrainCreateBody3(BaseModel):
    type: Annotated[StrictStr, Field(description="Type of document e.g file")]
    pathway: Annotated[
        StrictStr | MISSING, Field(description="Pathway for document to be trained in")
    ] = MISSING
    url: Annotated[StrictStr | MISSING, Field(description="Url of the document to be trained")] = (
        MISSING
    )
    text: Annotated[StrictStr | MISSING, Field(description="Search text for wikipedia")] = MISSING
    translate: Annotated[
        StrictBool | MISSING, Field(description="If file should be translated")
    ] = MISSING
    file: Annotated[bytes | MISSING, Field(description="File to be trained")] = MISSING
    access: Annotated[StrictStr | MISSING, Field(description="Accessibilityto the file")] = MISSING
    branch: Annotated[StrictStr | MISSING, Field(description="Branch of the repository")] = MISSING
    google_drive_auth_data: Annotated[
        Any | MISSING,
        Field(description="Authentication and scoped details of google drive"),
    ] = MISSING
    dropbox_auth_data: Annotated[
        Any | MISSING, Field(description="Authentication and scoped details of dropbox")
    ] = MISSING
    crawler_max_depth: Annotated[
        StrictInt | MISSING, Field(description="The max depth of the crawler")
    ] = MISSING
    crawler_max_pages_limit: Annotated[
        StrictInt | MISSING, Field(description="The max pages limit of the crawler")
    ] = MISSING
    crawler_max_concurrency: Annotated[
        StrictInt | MISSING, Field(description="The max concurrency of the crawler")
    ] = MISSING
    crawler_match_patterns: Annotated[
        list[StrictStr] | MISSING,
        Field(
            description="The patterns that the crawler should use to match urls. Patterns may be a glob pattern or a full regex pattern. Indicate the specified type in `crawler_pattern_type`."
        ),
    ] = MISSING
    crawler_pattern_type: AiIndexOrgsUsersDocumentsTrainCreateBody3CrawlerPatternType | MISSING = (
        MISSING
    )
    custom_metadata: Annotated[
        Any | MISSING,
        Field(
            description="Custom metadata to attach to the trained document. Must be a flat JSON object with string keys and string, number, or boolean values."
        ),
    ] = MISSING
    add_to_document_pool: Annotated[
        StrictBool | MISSING, Field(description="Adds document to the pool or not.")
    ] = MISSING
    document_pool_only: Annotated[
        StrictBool | MISSING,
        Field(description="Only adds document to document pool. Requires pathway to be empty."),
    ] = MISSING
    user_image_description: Annotated[
        StrictStr | MISSING,
        Field(description="Description of an image submitted by the user for RAG."),
    ] = MISSING
    github_access_token: Annotated[
        StrictStr | MISSING,
        Field(
            description="GitHub access token with repo scope. Required for private repositories."
        ),
    ] = MISSING


class AiIndexOrgsUsersDocumentsUpdateBody(BaseModel):
    pathway: Annotated[StrictStr, Field(description="The pathway to retrain the document in")]
    document_name: Annotated[StrictStr | MISSING, Field(description="The name of the document")] = (
        MISSING
    )
    document_type: Annotated[StrictStr | MISSING, Field(description="The type of the document")] = (
        MISSING
    )
    url: Annotated[StrictStr | MISSING, Field(description="The url of the document")] = MISSING
    train: Annotated[StrictBool | MISSING, Field(description="The type of the document")] = MISSING
    crawler_max_depth: Annotated[
        StrictInt | MISSING, Field(description="The max depth of the crawler")
    ] = MISSING
    crawler_max_pages_limit: Annotated[
        StrictInt | MISSING, Field(description="The max pages limit of the crawler")
    ] = MISSING
    crawler_max_concurrency: Annotated[
        StrictInt | MISSING, Field(description="The max concurrency of the crawler")
    ] = MISSING
    crawler_match_patterns: Annotated[
        list[StrictStr] | MISSING,
        Field(
            description="The patterns that the crawler should use to match urls. Patterns may be a glob pattern or a full regex pattern. Indicate the specified type in `crawler_pattern_type`."
        ),
    ] = MISSING
    crawler_pattern_type: AiIndexOrgsUsersDocumentsUpdateBodyCrawlerPatternType | MISSING = MISSING
    access: AiIndexOrgsUsersDocumentsUpdateBodyAccess | MISSING = MISSING
    google_drive_auth_data: Annotated[
        Any | MISSING,
        Field(description="Authentication and scoped details of google drive."),
    ] = MISSING
    dropbox_auth_data: Annotated[
        Any | MISSING, Field(description="Authentication and scoped details of dropbox")
    ] = MISSING
    custom_metadata: Annotated[
        Any | MISSING,
        Field(
            description="Custom metadata to attach to the trained document. Must be a flat JSON object with string keys and string, number, or boolean values."
        ),
    ] = MISSING


class AiIndexOrgsUsersDocumentsUpdateBody2(BaseModel):
    pathway: Annotated[StrictStr, Field(description="The pathway to retrain the document in")]
    document_name: Annotated[StrictStr | MISSING, Field(description="The name of the document")] = (
        MISSING
    )
    document_type: Annotated[StrictStr | MISSING, Field(description="The type of the document")] = (
        MISSING
    )
    url: Annotated[StrictStr | MISSING, Field(description="The url of the document")] = MISSING
    train: Annotated[StrictBool | MISSING, Field(description="The type of the document")] = MISSING
    crawler_max_depth: Annotated[
        StrictInt | MISSING, Field(description="The max depth of the crawler")
    ] = MISSING
    crawler_max_pages_limit: Annotated[
        StrictInt | MISSING, Field(description="The max pages limit of the crawler")
    ] = MISSING
    crawler_max_concurrency: Annotated[
        StrictInt | MISSING, Field(description="The max concurrency of the crawler")
    ] = MISSING
    crawler_match_patterns: Annotated[
        list[StrictStr] | MISSING,
        Field(
            description="The patterns that the crawler should use to match urls. Patterns may be a glob pattern or a full regex pattern. Indicate the specified type in `crawler_pattern_type`."
        ),
    ] = MISSING
    crawler_pattern_type: AiIndexOrgsUsersDocumentsUpdateBody2CrawlerPatternType | MISSING = MISSING
    access: AiIndexOrgsUsersDocumentsUpdateBody2Access | MISSING = MISSING
    google_drive_auth_data: Annotated[
        Any | MISSING,
        Field(description="Authentication and scoped details of google drive."),
    ] = MISSING
    dropbox_auth_data: Annotated[
        Any | MISSING, Field(description="Authentication and scoped details of dropbox")
    ] = MISSING
    custom_metadata: Annotated[
        Any | MISSING,
        Field(
            description="Custom metadata to attach to the trained document. Must be a flat JSON object with string keys and string, number, or boolean values."
        ),
    ] = MISSING


class AiIndexOrgsUsersDocumentsUpdateBody3(BaseModel):
    pathway: Annotated[StrictStr, Field(description="The pathway to retrain the document in")]
    document_name: Annotated[StrictStr | MISSING, Field(description="The name of the document")] = (
        MISSING
    )
    document_type: Annotated[StrictStr | MISSING, Field(description="The type of the document")] = (
        MISSING
    )
    url: Annotated[StrictStr | MISSING, Field(description="The url of the document")] = MISSING
    train: Annotated[StrictBool | MISSING, Field(description="The type of the document")] = MISSING
    crawler_max_depth: Annotated[
        StrictInt | MISSING, Field(description="The max depth of the crawler")
    ] = MISSING
    crawler_max_pages_limit: Annotated[
        StrictInt | MISSING, Field(description="The max pages limit of the crawler")
    ] = MISSING
    crawler_max_concurrency: Annotated[
        StrictInt | MISSING, Field(description="The max concurrency of the crawler")
    ] = MISSING
    crawler_match_patterns: Annotated[
        list[StrictStr] | MISSING,
        Field(
            description="The patterns that the crawler should use to match urls. Patterns may be a glob pattern or a full regex pattern. Indicate the specified type in `crawler_pattern_type`."
        ),
    ] = MISSING
    crawler_pattern_type: AiIndexOrgsUsersDocumentsUpdateBody3CrawlerPatternType | MISSING = MISSING
    access: AiIndexOrgsUsersDocumentsUpdateBody3Access | MISSING = MISSING
    google_drive_auth_data: Annotated[
        Any | MISSING,
        Field(description="Authentication and scoped details of google drive."),
    ] = MISSING
    dropbox_auth_data: Annotated[
        Any | MISSING, Field(description="Authentication and scoped details of dropbox")
    ] = MISSING
    custom_metadata: Annotated[
        Any | MISSING,
        Field(
            description="Custom metadata to attach to the trained document. Must be a flat JSON object with string keys and string, number, or boolean values."
        ),
    ] = MISSING


class AiMentorOrgsUsersMcpServersCreateBody(BaseModel):
    id: StrictInt
    platform: StrictInt
    name: Annotated[StrictStr, Field(max_length=255)]
    url: Annotated[StrictStr, Field(description="The url of the MCP server.", max_length=200)]
    platform_key: StrictStr
    oauth_service_data: Any
    mcp_server_connections: StrictStr
    created_at: AwareDatetime
    updated_at: AwareDatetime
    mentor: UUID | MISSING = MISSING
    owner: Annotated[StrictStr | MISSING, Field(description="edX username")] = MISSING
    description: Annotated[
        StrictStr | MISSING, Field(description="A description of the MCP server.")
    ] = MISSING
    image: StrictStr | MISSING = MISSING
    transport: TransportEnum | MISSING = MISSING
    credentials: Annotated[
        StrictStr | MISSING,
        Field(
            description="Authorization credentials to authenticate to the MCP server. If provided, these take priority over any headers configured on the server. Token here must be the full authorization value. For example: `<scheme> <credentials>`"
        ),
    ] = MISSING
    extra_headers: Annotated[
        Any | MISSING,
        Field(description="Headers to send to the MCP server. Useful for authentication,"),
    ] = MISSING
    is_featured: Annotated[
        StrictBool | MISSING,
        Field(description="Featured mcp servers will be accessible to all other tenants."),
    ] = MISSING
    auth_type: AiMentorOrgsUsersMcpServersCreateBodyAuthType | MISSING = MISSING
    auth_scope: AiMentorOrgsUsersMcpServersCreateBodyAuthScope | MISSING = MISSING
    oauth_service: StrictInt | MISSING = MISSING
    is_enabled: Annotated[
        StrictBool | MISSING,
        Field(description="Whether the MCP server is enabled or not."),
    ] = MISSING


class AiMentorOrgsUsersMcpServersCreateBody2(BaseModel):
    id: StrictInt
    platform: StrictInt
    name: Annotated[StrictStr, Field(max_length=255)]
    url: Annotated[StrictStr, Field(description="The url of the MCP server.", max_length=200)]
    platform_key: StrictStr
    oauth_service_data: Any
    mcp_server_connections: StrictStr
    created_at: AwareDatetime
    updated_at: AwareDatetime
    mentor: UUID | MISSING = MISSING
    owner: Annotated[StrictStr | MISSING, Field(description="edX username")] = MISSING
    description: Annotated[
        StrictStr | MISSING, Field(description="A description of the MCP server.")
    ] = MISSING
    image: StrictStr | MISSING = MISSING
    transport: TransportEnum | MISSING = MISSING
    credentials: Annotated[
        StrictStr | MISSING,
        Field(
            description="Authorization credentials to authenticate to the MCP server. If provided, these take priority over any headers configured on the server. Token here must be the full authorization value. For example: `<scheme> <credentials>`"
        ),
    ] = MISSING
    extra_headers: Annotated[
        Any | MISSING,
        Field(description="Headers to send to the MCP server. Useful for authentication,"),
    ] = MISSING
    is_featured: Annotated[
        StrictBool | MISSING,
        Field(description="Featured mcp servers will be accessible to all other tenants."),
    ] = MISSING
    auth_type: AiMentorOrgsUsersMcpServersCreateBody2AuthType | MISSING = MISSING
    auth_scope: AiMentorOrgsUsersMcpServersCreateBody2AuthScope | MISSING = MISSING
    oauth_service: StrictInt | MISSING = MISSING
    is_enabled: Annotated[
        StrictBool | MISSING,
        Field(description="Whether the MCP server is enabled or not."),
    ] = MISSING


class AiMentorOrgsUsersMcpServersCreateBody3(BaseModel):
    id: StrictInt
    platform: StrictInt
    name: Annotated[StrictStr, Field(max_length=255)]
    url: Annotated[StrictStr, Field(description="The url of the MCP server.", max_length=200)]
    platform_key: StrictStr
    oauth_service_data: Any
    mcp_server_connections: StrictStr
    created_at: AwareDatetime
    updated_at: AwareDatetime
    mentor: UUID | MISSING = MISSING
    owner: Annotated[StrictStr | MISSING, Field(description="edX username")] = MISSING
    description: Annotated[
        StrictStr | MISSING, Field(description="A description of the MCP server.")
    ] = MISSING
    image: StrictStr | MISSING = MISSING
    transport: TransportEnum | MISSING = MISSING
    credentials: Annotated[
        StrictStr | MISSING,
        Field(
            description="Authorization credentials to authenticate to the MCP server. If provided, these take priority over any headers configured on the server. Token here must be the full authorization value. For example: `<scheme> <credentials>`"
        ),
    ] = MISSING
    extra_headers: Annotated[
        Any | MISSING,
        Field(description="Headers to send to the MCP server. Useful for authentication,"),
    ] = MISSING
    is_featured: Annotated[
        StrictBool | MISSING,
        Field(description="Featured mcp servers will be accessible to all other tenants."),
    ] = MISSING
    auth_type: AiMentorOrgsUsersMcpServersCreateBody3AuthType | MISSING = MISSING
    auth_scope: AiMentorOrgsUsersMcpServersCreateBody3AuthScope | MISSING = MISSING
    oauth_service: StrictInt | MISSING = MISSING
    is_enabled: Annotated[
        StrictBool | MISSING,
        Field(description="Whether the MCP server is enabled or not."),
    ] = MISSING


class AiMentorOrgsUsersMcpServersUpdateBody(BaseModel):
    id: StrictInt
    platform: StrictInt
    name: Annotated[StrictStr, Field(max_length=255)]
    url: Annotated[StrictStr, Field(description="The url of the MCP server.", max_length=200)]
    platform_key: StrictStr
    oauth_service_data: Any
    mcp_server_connections: StrictStr
    created_at: AwareDatetime
    updated_at: AwareDatetime
    mentor: UUID | MISSING = MISSING
    owner: Annotated[StrictStr | MISSING, Field(description="edX username")] = MISSING
    description: Annotated[
        StrictStr | MISSING, Field(description="A description of the MCP server.")
    ] = MISSING
    image: StrictStr | MISSING = MISSING
    transport: TransportEnum | MISSING = MISSING
    credentials: Annotated[
        StrictStr | MISSING,
        Field(
            description="Authorization credentials to authenticate to the MCP server. If provided, these take priority over any headers configured on the server. Token here must be the full authorization value. For example: `<scheme> <credentials>`"
        ),
    ] = MISSING
    extra_headers: Annotated[
        Any | MISSING,
        Field(description="Headers to send to the MCP server. Useful for authentication,"),
    ] = MISSING
    is_featured: Annotated[
        StrictBool | MISSING,
        Field(description="Featured mcp servers will be accessible to all other tenants."),
    ] = MISSING
    auth_type: AiMentorOrgsUsersMcpServersUpdateBodyAuthType | MISSING = MISSING
    auth_scope: AiMentorOrgsUsersMcpServersUpdateBodyAuthScope | MISSING = MISSING
    oauth_service: StrictInt | MISSING = MISSING
    is_enabled: Annotated[
        StrictBool | MISSING,
        Field(description="Whether the MCP server is enabled or not."),
    ] = MISSING


class AiMentorOrgsUsersMcpServersUpdateBody2(BaseModel):
    id: StrictInt
    platform: StrictInt
    name: Annotated[StrictStr, Field(max_length=255)]
    url: Annotated[StrictStr, Field(description="The url of the MCP server.", max_length=200)]
    platform_key: StrictStr
    oauth_service_data: Any
    mcp_server_connections: StrictStr
    created_at: AwareDatetime
    updated_at: AwareDatetime
    mentor: UUID | MISSING = MISSING
    owner: Annotated[StrictStr | MISSING, Field(description="edX username")] = MISSING
    description: Annotated[
        StrictStr | MISSING, Field(description="A description of the MCP server.")
    ] = MISSING
    image: StrictStr | MISSING = MISSING
    transport: TransportEnum | MISSING = MISSING
    credentials: Annotated[
        StrictStr | MISSING,
        Field(
            description="Authorization credentials to authenticate to the MCP server. If provided, these take priority over any headers configured on the server. Token here must be the full authorization value. For example: `<scheme> <credentials>`"
        ),
    ] = MISSING
    extra_headers: Annotated[
        Any | MISSING,
        Field(description="Headers to send to the MCP server. Useful for authentication,"),
    ] = MISSING
    is_featured: Annotated[
        StrictBool | MISSING,
        Field(description="Featured mcp servers will be accessible to all other tenants."),
    ] = MISSING
    auth_type: AiMentorOrgsUsersMcpServersUpdateBody2AuthType | MISSING = MISSING
    auth_scope: AiMentorOrgsUsersMcpServersUpdateBody2AuthScope | MISSING = MISSING
    oauth_service: StrictInt | MISSING = MISSING
    is_enabled: Annotated[
        StrictBool | MISSING,
        Field(description="Whether the MCP server is enabled or not."),
    ] = MISSING


class AiMentorOrgsUsersMcpServersUpdateBody3(BaseModel):
    id: StrictInt
    platform: StrictInt
    name: Annotated[StrictStr, Field(max_length=255)]
    url: Annotated[StrictStr, Field(description="The url of the MCP server.", max_length=200)]
    platform_key: StrictStr
    oauth_service_data: Any
    mcp_server_connections: StrictStr
    created_at: AwareDatetime
    updated_at: AwareDatetime
    mentor: UUID | MISSING = MISSING
    owner: Annotated[StrictStr | MISSING, Field(description="edX username")] = MISSING
    description: Annotated[
        StrictStr | MISSING, Field(description="A description of the MCP server.")
    ] = MISSING
    image: StrictStr | MISSING = MISSING
    transport: TransportEnum | MISSING = MISSING
    credentials: Annotated[
        StrictStr | MISSING,
        Field(
            description="Authorization credentials to authenticate to the MCP server. If provided, these take priority over any headers configured on the server. Token here must be the full authorization value. For example: `<scheme> <credentials>`"
        ),
    ] = MISSING
    extra_headers: Annotated[
        Any | MISSING,
        Field(description="Headers to send to the MCP server. Useful for authentication,"),
    ] = MISSING
    is_featured: Annotated[
        StrictBool | MISSING,
        Field(description="Featured mcp servers will be accessible to all other tenants."),
    ] = MISSING
    auth_type: AiMentorOrgsUsersMcpServersUpdateBody3AuthType | MISSING = MISSING
    auth_scope: AiMentorOrgsUsersMcpServersUpdateBody3AuthScope | MISSING = MISSING
    oauth_service: StrictInt | MISSING = MISSING
    is_enabled: Annotated[
        StrictBool | MISSING,
        Field(description="Whether the MCP server is enabled or not."),
    ] = MISSING


class AiMentorOrgsUsersMcpServersPartialUpdateBody(BaseModel):
    id: StrictInt | MISSING = MISSING
    platform: StrictInt | MISSING = MISSING
    mentor: UUID | MISSING = MISSING
    owner: Annotated[StrictStr | MISSING, Field(description="edX username")] = MISSING
    name: Annotated[StrictStr | MISSING, Field(max_length=255)] = MISSING
    description: Annotated[
        StrictStr | MISSING, Field(description="A description of the MCP server.")
    ] = MISSING
    url: Annotated[
        StrictStr | MISSING,
        Field(description="The url of the MCP server.", max_length=200),
    ] = MISSING
    image: StrictStr | MISSING = MISSING
    transport: TransportEnum | MISSING = MISSING
    credentials: Annotated[
        StrictStr | MISSING,
        Field(
            description="Authorization credentials to authenticate to the MCP server. If provided, these take priority over any headers configured on the server. Token here must be the full authorization value. For example: `<scheme> <credentials>`"
        ),
    ] = MISSING
    extra_headers: Annotated[
        Any | MISSING,
        Field(description="Headers to send to the MCP server. Useful for authentication,"),
    ] = MISSING
    platform_key: StrictStr | MISSING = MISSING
    is_featured: Annotated[
        StrictBool | MISSING,
        Field(description="Featured mcp servers will be accessible to all other tenants."),
    ] = MISSING
    auth_type: AiMentorOrgsUsersMcpServersPartialUpdateBodyAuthType | MISSING = MISSING
    auth_scope: AiMentorOrgsUsersMcpServersPartialUpdateBodyAuthScope | MISSING = MISSING
    oauth_service: StrictInt | MISSING = MISSING
    oauth_service_data: Any | MISSING = MISSING
    mcp_server_connections: StrictStr | MISSING = MISSING
    is_enabled: Annotated[
        StrictBool | MISSING,
        Field(description="Whether the MCP server is enabled or not."),
    ] = MISSING
    created_at: AwareDatetime | MISSING = MISSING
    updated_at: AwareDatetime | MISSING = MISSING


class AiMentorOrgsUsersMcpServersPartialUpdateBody2(BaseModel):
    id: StrictInt | MISSING = MISSING
    platform: StrictInt | MISSING = MISSING
    mentor: UUID | MISSING = MISSING
    owner: Annotated[StrictStr | MISSING, Field(description="edX username")] = MISSING
    name: Annotated[StrictStr | MISSING, Field(max_length=255)] = MISSING
    description: Annotated[
        StrictStr | MISSING, Field(description="A description of the MCP server.")
    ] = MISSING
    url: Annotated[
        StrictStr | MISSING,
        Field(description="The url of the MCP server.", max_length=200),
    ] = MISSING
    image: StrictStr | MISSING = MISSING
    transport: TransportEnum | MISSING = MISSING
    credentials: Annotated[
        StrictStr | MISSING,
        Field(
            description="Authorization credentials to authenticate to the MCP server. If provided, these take priority over any headers configured on the server. Token here must be the full authorization value. For example: `<scheme> <credentials>`"
        ),
    ] = MISSING
    extra_headers: Annotated[
        Any | MISSING,
        Field(description="Headers to send to the MCP server. Useful for authentication,"),
    ] = MISSING
    platform_key: StrictStr | MISSING = MISSING
    is_featured: Annotated[
        StrictBool | MISSING,
        Field(description="Featured mcp servers will be accessible to all other tenants."),
    ] = MISSING
    auth_type: AiMentorOrgsUsersMcpServersPartialUpdateBody2AuthType | MISSING = MISSING
    auth_scope: AiMentorOrgsUsersMcpServersPartialUpdateBody2AuthScope | MISSING = MISSING
    oauth_service: StrictInt | MISSING = MISSING
    oauth_service_data: Any | MISSING = MISSING
    mcp_server_connections: StrictStr | MISSING = MISSING
    is_enabled: Annotated[
        StrictBool | MISSING,
        Field(description="Whether the MCP server is enabled or not."),
    ] = MISSING
    created_at: AwareDatetime | MISSING = MISSING
    updated_at: AwareDatetime | MISSING = MISSING


class AiMentorOrgsUsersMcpServersPartialUpdateBody3(BaseModel):
    id: StrictInt | MISSING = MISSING
    platform: StrictInt | MISSING = MISSING
    mentor: UUID | MISSING = MISSING
    owner: Annotated[StrictStr | MISSING, Field(description="edX username")] = MISSING
    name: Annotated[StrictStr | MISSING, Field(max_length=255)] = MISSING
    description: Annotated[
        StrictStr | MISSING, Field(description="A description of the MCP server.")
    ] = MISSING
    url: Annotated[
        StrictStr | MISSING,
        Field(description="The url of the MCP server.", max_length=200),
    ] = MISSING
    image: StrictStr | MISSING = MISSING
    transport: TransportEnum | MISSING = MISSING
    credentials: Annotated[
        StrictStr | MISSING,
        Field(
            description="Authorization credentials to authenticate to the MCP server. If provided, these take priority over any headers configured on the server. Token here must be the full authorization value. For example: `<scheme> <credentials>`"
        ),
    ] = MISSING
    extra_headers: Annotated[
        Any | MISSING,
        Field(description="Headers to send to the MCP server. Useful for authentication,"),
    ] = MISSING
    platform_key: StrictStr | MISSING = MISSING
    is_featured: Annotated[
        StrictBool | MISSING,
        Field(description="Featured mcp servers will be accessible to all other tenants."),
    ] = MISSING
    auth_type: AiMentorOrgsUsersMcpServersPartialUpdateBody3AuthType | MISSING = MISSING
    auth_scope: AiMentorOrgsUsersMcpServersPartialUpdateBody3AuthScope | MISSING = MISSING
    oauth_service: StrictInt | MISSING = MISSING
    oauth_service_data: Any | MISSING = MISSING
    mcp_server_connections: StrictStr | MISSING = MISSING
    is_enabled: Annotated[
        StrictBool | MISSING,
        Field(description="Whether the MCP server is enabled or not."),
    ] = MISSING
    created_at: AwareDatetime | MISSING = MISSING
    updated_at: AwareDatetime | MISSING = MISSING


class DocumentSearchResponseFacets(RootModel[dict[str, DocumentFacet]]):
    """
    Facet information for filtering
    """

    root: dict[str, DocumentFacet]


class ItemAccessCheckResponseSubscription(ItemSubscription):
    """
    Active subscription details when the user has access via subscription.
    """


class MentorSearchResponseFacets(RootModel[dict[str, MentorFacet]]):
    """
    Facet information for filtering
    """

    root: dict[str, MentorFacet]


class PromptSearchResponseFacets(RootModel[dict[str, PromptFacet]]):
    """
    Facet information for filtering
    """

    root: dict[str, PromptFacet]


class AvgCourseGradeWithCutoff(BaseModel):
    data: AvgCourseGradeWithCutoffData | MISSING = MISSING


class BulkCourseInvitationCreate(BaseModel):
    """
    Request serializer for BulkCourseInvitationView POST endpoint
    """

    invitation_data: Annotated[
        list[CourseInvitationCreate],
        Field(description="List of invitation data objects"),
    ]
    platform_key: Annotated[
        StrictStr | MISSING,
        Field(description="The platform key for permission validation"),
    ] = MISSING


class BulkPlatformInvitationCreate(BaseModel):
    """
    Request serializer for BulkPlatformInvitationView POST endpoint
    """

    invitation_data: Annotated[
        list[PlatformInvitationCreate],
        Field(description="List of invitation data objects"),
    ]
    platform_key: Annotated[
        StrictStr, Field(description="The platform key for permission validation")
    ]


class BulkProgramInvitationCreate(BaseModel):
    """
    Request serializer for BulkProgramInvitationView POST endpoint
    """

    invitation_data: Annotated[
        list[ProgramInvitationCreate],
        Field(description="List of invitation data objects"),
    ]
    platform_key: Annotated[
        StrictStr | MISSING,
        Field(description="The platform key for permission validation"),
    ] = MISSING


class CallConfiguration(BaseModel):
    id: StrictInt
    mentor: UUID
    mode: CallConfigurationModeEnum | MISSING = MISSING
    tts_provider: TtsProviderEnum | MISSING = MISSING
    stt_provider: SttProviderEnum | MISSING = MISSING
    llm_provider: LlmProviderEnum | MISSING = MISSING
    language: Annotated[
        StrictStr | MISSING,
        Field(
            description="Language code for TTS, STT, and LLM (e.g., 'en', 'en-US', 'es', 'fr'). Defaults to 'en' (English).",
            max_length=10,
        ),
    ] = MISSING
    use_function_calling_for_rag: Annotated[
        StrictBool | MISSING,
        Field(
            description="Whether to use function calls in the agent or force RAG calls before LLM generation"
        ),
    ] = MISSING
    google_voice: Voice | MISSING = MISSING
    openai_voice: Voice | MISSING = MISSING
    openai_voice_id: StrictInt | None | MISSING = MISSING
    google_voice_id: StrictInt | None | MISSING = MISSING
    enable_video: Annotated[
        StrictBool | MISSING,
        Field(
            description="Whether to enable video for the call. (applicable only for realtime mode)"
        ),
    ] = MISSING
    screensharing_system_prompt: Annotated[
        StrictStr | MISSING,
        Field(
            description="System prompt to use for screensharing guidance. Defaults to VIDEO_GUIDANCE_PROMPT from constants."
        ),
    ] = MISSING
    screensharing_proactive_prompt: Annotated[
        StrictStr | MISSING,
        Field(
            description="Proactive prompt used during screensharing calls to guide the conversation."
        ),
    ] = MISSING
    platform_key: StrictStr


class CallConfigurationRequest(BaseModel):
    mentor: UUID
    mode: CallConfigurationModeEnum | MISSING = MISSING
    tts_provider: TtsProviderEnum | MISSING = MISSING
    stt_provider: SttProviderEnum | MISSING = MISSING
    llm_provider: LlmProviderEnum | MISSING = MISSING
    language: Annotated[
        StrictStr | MISSING,
        Field(
            description="Language code for TTS, STT, and LLM (e.g., 'en', 'en-US', 'es', 'fr'). Defaults to 'en' (English).",
            max_length=10,
        ),
    ] = MISSING
    use_function_calling_for_rag: Annotated[
        StrictBool | MISSING,
        Field(
            description="Whether to use function calls in the agent or force RAG calls before LLM generation"
        ),
    ] = MISSING
    google_voice: VoiceRequest | MISSING = MISSING
    openai_voice: VoiceRequest | MISSING = MISSING
    openai_voice_id: StrictInt | None | MISSING = MISSING
    google_voice_id: StrictInt | None | MISSING = MISSING
    enable_video: Annotated[
        StrictBool | MISSING,
        Field(
            description="Whether to enable video for the call. (applicable only for realtime mode)"
        ),
    ] = MISSING
    screensharing_system_prompt: Annotated[
        StrictStr | MISSING,
        Field(
            description="System prompt to use for screensharing guidance. Defaults to VIDEO_GUIDANCE_PROMPT from constants."
        ),
    ] = MISSING
    screensharing_proactive_prompt: Annotated[
        StrictStr | MISSING,
        Field(
            description="Proactive prompt used during screensharing calls to guide the conversation."
        ),
    ] = MISSING


class ContentDetailsSummary(BaseModel):
    """
    Serializer for summary data in the content details endpoint.
    """

    totals: ContentDetailsSummaryTotals
    averages: ContentDetailsSummaryAverages
    time_series: Annotated[
        ContentDetailsTimeSeries | MISSING,
        Field(description="Optional time series data for the requested metric"),
    ] = MISSING


class ContentResponse(BaseModel):
    """
    Serializer for the complete content API response.
    """

    metric: Annotated[
        StrictStr,
        Field(description="The metric type (course, program, pathway, skill)"),
    ]
    summary: Annotated[ContentSummary, Field(description="Summary statistics for the metric")]
    pagination: Annotated[ContentPagination, Field(description="Pagination metadata")]
    results: Annotated[list[ContentItem], Field(description="List of content items")]


class DesiredRole(BaseModel):
    user_id: StrictInt | MISSING = MISSING
    username: StrictStr | MISSING = MISSING
    roles: list[Role]
    data: Annotated[Any | None, Field(...)]


class DocumentSearchResponse(BaseModel):
    """
    Response serializer for DocumentSearchView
    """

    results: Annotated[
        list[Document],
        Field(description="List of documents matching the search criteria"),
    ]
    count: Annotated[
        StrictInt,
        Field(description="Total number of documents matching the search criteria"),
    ]
    next: Annotated[StrictStr | None, Field(description="URL for the next page of results")]
    previous: Annotated[StrictStr | None, Field(description="URL for the previous page of results")]
    current_page: Annotated[StrictInt, Field(description="Current page number")]
    total_pages: Annotated[StrictInt, Field(description="Total number of pages")]
    facets: DocumentSearchResponseFacets


class Education(BaseModel):
    id: StrictInt
    user: Annotated[StrictInt, Field(description="edX user ID")]
    user_info: UserInfo
    institution: Institution
    institution_id: StrictInt
    degree: Annotated[StrictStr | None | MISSING, Field(max_length=100)] = MISSING
    field_of_study: Annotated[StrictStr | None | MISSING, Field(max_length=100)] = MISSING
    start_date: date_aliased
    end_date: date_aliased | None | MISSING = MISSING
    grade: Decimal | None | MISSING = MISSING
    activities: Annotated[StrictStr | None | MISSING, Field(max_length=255)] = MISSING
    description: StrictStr | None | MISSING = MISSING
    data: Annotated[Any | None | MISSING, Field(description="Metadata")] = MISSING
    metadata: Annotated[Any | None | MISSING, Field(description="Metadata")] = MISSING
    created_at: AwareDatetime | MISSING = MISSING
    updated_at: AwareDatetime
    is_current: StrictBool | None | MISSING = MISSING


class FallbackLLM(BaseModel):
    """
    Serializer for FallbackLLM configuration.
    """

    id: StrictInt
    scope: FallbackLLMScope | MISSING = MISSING
    source_provider: Annotated[
        StrictInt,
        Field(description="The provider whose models this fallback applies to"),
    ]
    source_provider_detail: LLMProviderMinimal
    source_model: Annotated[
        StrictInt | None,
        Field(description="Specific model this fallback applies to (only for model scope)"),
    ]
    source_model_detail: LLMModelRegistryMinimal
    fallback_provider: Annotated[StrictInt, Field(description="The provider to use as fallback")]
    fallback_provider_detail: LLMProviderMinimal
    fallback_model: Annotated[StrictInt, Field(description="The model to use as fallback")]
    fallback_model_detail: LLMModelRegistryMinimal
    tenant: Annotated[
        StrictInt | None,
        Field(description="Tenant this config applies to. Null means global."),
    ]
    tenant_key: StrictStr
    is_enabled: Annotated[
        StrictBool | MISSING,
        Field(description="Whether this fallback configuration is active"),
    ] = MISSING
    created_at: AwareDatetime
    updated_at: AwareDatetime


class ItemAccessCheckResponse(BaseModel):
    """
    Response for the generic item access check endpoint.  Mirrors :class:`PaymentCheckResult` but only exposes the fields relevant to API consumers.
    """

    has_access: Annotated[StrictBool, Field(description="True if the user can access the item.")]
    item_type: ItemAccessCheckResponseItemType
    item_id: Annotated[StrictStr, Field(description="ID of the item that was checked.")]
    reason: Annotated[
        StrictStr,
        Field(
            description="Machine-readable reason for the access decision (e.g. 'active', 'no_paywall', 'no_subscription')."
        ),
    ]
    requires_payment: Annotated[
        StrictBool, Field(description="True if the user must pay to gain access.")
    ]
    pricing_available: Annotated[
        StrictBool,
        Field(description="True if pricing tiers are available for purchase."),
    ]
    pricing: Annotated[
        Any | None | MISSING,
        Field(description="Pricing details when access is denied (item name, tiers, amounts)."),
    ] = MISSING
    subscription: ItemAccessCheckResponseSubscription | None | MISSING = MISSING


class ItemPaywallConfig(BaseModel):
    item_type: ItemPaywallConfigItemType
    item_id: Annotated[
        StrictStr,
        Field(
            description="Identifier for the item (UUID for mentors, slug/key for others)",
            max_length=255,
        ),
    ]
    item_name: StrictStr
    is_enabled: Annotated[
        StrictBool | MISSING,
        Field(description="Whether the paywall is enabled for this item"),
    ] = MISSING
    description: Annotated[
        StrictStr | MISSING,
        Field(
            description="Marketing description shown to customers at checkout. If blank, a default is generated from the item name."
        ),
    ] = MISSING
    allow_free_tier: Annotated[
        StrictBool | MISSING,
        Field(description="Whether to allow a free tier (bypasses checkout)"),
    ] = MISSING
    stripe_product_id: Annotated[
        StrictStr | None,
        Field(description="Stripe Product ID for this item (on the connected account)"),
    ]
    trial_period_days: Annotated[
        StrictInt | MISSING,
        Field(description="Number of days for free trial (0 = no trial)"),
    ] = MISSING
    grandfathering_strategy: ItemPaywallConfigGrandfatheringStrategy | MISSING = MISSING
    paywall_enabled_at: Annotated[
        AwareDatetime | None,
        Field(description="When the paywall was first enabled (for grandfathering cutoff)"),
    ]
    prices: list[ItemPrice]
    created_at: AwareDatetime
    updated_at: AwareDatetime


class JobRun(BaseModel):
    id: StrictInt
    title: Annotated[StrictStr, Field(max_length=400)]
    description: StrictStr | MISSING = MISSING
    session: UUID
    active: StrictBool | MISSING = MISSING
    created_at: AwareDatetime
    updated_at: AwareDatetime
    steps: list[Step]


class LearnerData(BaseModel):
    courses: list[CourseDetail] | MISSING = MISSING
    programs: list[ProgramDetail] | MISSING = MISSING
    pathways: list[PathwayDetail] | MISSING = MISSING
    mentors: list[MentorDetail] | MISSING = MISSING
    skills: SkillsDetail | MISSING = MISSING
    credentials: list[Credential] | MISSING = MISSING
    time_spent: TimeSpentDetail | MISSING = MISSING


class LearnerDetailsResponse(BaseModel):
    user: UserInfo
    data: LearnerData


class LearnerInformationAPI(BaseModel):
    data: LearnerInformationAPIData


class LearnerListItem(BaseModel):
    """
    Serializer for individual learner in the list.
    """

    user_id: Annotated[StrictInt, Field(description="User ID")]
    username: Annotated[StrictStr | None, Field(description="Username")]
    email: Annotated[StrictStr | None, Field(description="Email address")]
    name: Annotated[StrictStr | None, Field(description="Display name")]
    is_active: Annotated[StrictBool, Field(description="Whether user is active")]
    platform_id: Annotated[StrictInt, Field(description="Platform ID")]
    platform_name: Annotated[StrictStr | None, Field(description="Platform name")]
    platform_key: Annotated[StrictStr | None, Field(description="Platform key")]
    metrics: Annotated[LearnerMetrics, Field(description="Learner metrics")]
    first_activity: Annotated[AwareDatetime | None, Field(description="First activity date")]
    last_activity: Annotated[AwareDatetime | None, Field(description="Last activity date")]


class LearnerListResponse(BaseModel):
    """
    Serializer for learner list API response.
    """

    platform: Annotated[PlatformInfo, Field(description="Platform information")]
    learners: Annotated[list[LearnerListItem], Field(description="List of learners")]
    pagination: Annotated[LearnerListPagination, Field(description="Pagination metadata")]
    generated_at: Annotated[AwareDatetime, Field(description="Response generation timestamp")]


class Mentor(BaseModel):
    id: StrictInt
    name: Annotated[StrictStr, Field(max_length=255)]
    unique_id: UUID | MISSING = MISSING
    flow: Annotated[Any | None | MISSING, Field(description="The langflow json for the mentor")] = (
        MISSING
    )
    slug: Annotated[StrictStr | MISSING, Field(max_length=255, pattern="^[-a-zA-Z0-9_]+$")] = (
        MISSING
    )
    platform: Annotated[StrictStr | MISSING, Field(max_length=255)] = MISSING
    allow_anonymous: StrictBool | MISSING = MISSING
    enable_offline_mode: Annotated[
        StrictBool | MISSING,
        Field(description="Allow this mentor to be used offline with local LLMs"),
    ] = MISSING
    metadata: Any | None | MISSING = MISSING
    enable_moderation: StrictBool | MISSING = MISSING
    enable_multi_query_rag: StrictBool | MISSING = MISSING
    enable_prompt_caching: Annotated[
        StrictBool | MISSING,
        Field(
            description="Enable prompt caching for Anthropic models to reduce latency and cost. This disabled RAG and other dynamic parts of system prompt such as memory, current datetime, etc. Use with caution"
        ),
    ] = MISSING
    enable_post_processing_system: StrictBool | MISSING = MISSING
    enable_openai_assistant: Annotated[
        StrictBool | MISSING,
        Field(description="(Deprecated) Set template mentor to openai-agent instead."),
    ] = MISSING
    enable_total_grounding: Annotated[
        StrictBool | MISSING,
        Field(
            description="Whether to force mentor to only use information within the provided documents."
        ),
    ] = MISSING
    enable_suggested_prompts: Annotated[
        StrictBool | MISSING,
        Field(
            description="Whether to show suggested prompts for the mentor or not. Note: Suggested prompts are created by tenant admins."
        ),
    ] = MISSING
    enable_guided_prompts: Annotated[
        StrictBool | MISSING,
        Field(
            description="Whether to show suggested prompts for the mentor or not. Note: Guided prompts are created with an llm based on chat history."
        ),
    ] = MISSING
    save_flagged_prompts: StrictBool | MISSING = MISSING
    guided_prompt_instructions: Annotated[
        StrictStr | MISSING,
        Field(description="Instructions to determine how prompt suggestions are generated."),
    ] = MISSING
    google_voice: StrictInt | None | MISSING = MISSING
    openai_voice: StrictInt | None | MISSING = MISSING
    categories: list[MentorCategory]
    types: list[MentorType]
    is_featured: Annotated[
        StrictBool | MISSING,
        Field(description="Whether the mentor is featured or not."),
    ] = MISSING
    subjects: list[Subject]
    proactive_prompt: Annotated[
        StrictStr | MISSING,
        Field(
            description="Prompt template used to start a conversation with the user when greeting_type is proactive_prompt. This will be sent to the LLM so it can respond naturally"
        ),
    ] = MISSING
    study_mode_prompt: Annotated[
        StrictStr | MISSING,
        Field(
            description="Prompt to be used to guide the user through their studies when study mode tool is enabled."
        ),
    ] = MISSING
    disclaimer: Annotated[
        StrictStr | MISSING,
        Field(description="Disclaimer to be shown to the user when the mentor is used."),
    ] = MISSING
    enable_disclaimer: StrictBool | MISSING = MISSING
    show_attachment: Annotated[
        StrictBool | MISSING, Field(description="Show attachments on mentor.")
    ] = MISSING
    show_voice_call: Annotated[
        StrictBool | MISSING, Field(description="Show voice call button on mentor.")
    ] = MISSING
    show_voice_record: Annotated[
        StrictBool | MISSING,
        Field(description="Show voice recording button on mentor."),
    ] = MISSING
    show_rag_images: Annotated[
        StrictBool | MISSING, Field(description="Show RAG images in mentor response.")
    ] = MISSING
    starter_prompts: MentorStarterPrompts | MISSING = MISSING
    embed_is_context_aware: Annotated[
        StrictBool | MISSING,
        Field(description="Allow embedded mentor to read content on the embedded web page."),
    ] = MISSING
    embed_open_by_default: Annotated[
        StrictBool | MISSING, Field(description="Open mentor embed iframe by default.")
    ] = MISSING
    embed_show_attachment: Annotated[
        StrictBool | MISSING, Field(description="Show attachments on embedded mentor.")
    ] = MISSING
    embed_show_voice_call: Annotated[
        StrictBool | MISSING,
        Field(description="Show voice call button on embedded mentor."),
    ] = MISSING
    embed_show_voice_record: Annotated[
        StrictBool | MISSING,
        Field(description="Show voice recording button on embedded mentor."),
    ] = MISSING
    show_explore_mentors: Annotated[
        StrictBool | MISSING, Field(description="Show explore mentors option.")
    ] = MISSING
    embed_icon_selection_data: Annotated[
        Any | None | MISSING,
        Field(description="Stores embedded icon selection data for the mentor widget."),
    ] = MISSING
    placeholder_prompt: Annotated[
        StrictStr | MISSING,
        Field(
            description="Placeholder to be shown in the input text area when the mentor is used."
        ),
    ] = MISSING
    moderation_system_prompt: Annotated[
        StrictStr | MISSING,
        Field(
            description="The prompt for the moderation system. This prompt must clearly distinguish between 'Approapriate' and 'Not Appropriate' queries."
        ),
    ] = MISSING
    post_processing_prompt: Annotated[
        StrictStr | MISSING,
        Field(
            description="Prompt to be used to alter or modify final llm response into any desired form."
        ),
    ] = MISSING
    moderation_response: Annotated[
        StrictStr | MISSING,
        Field(
            description="Desired feedback to return to the user when their prompt is deemed inappropriate."
        ),
    ] = MISSING
    safety_system_prompt: Annotated[
        StrictStr | MISSING,
        Field(description="Prompt to check whether the models response is appropriate or not."),
    ] = MISSING
    safety_response: Annotated[
        StrictStr | MISSING,
        Field(
            description="Feedback given to the user when a model generates an inappropriate response"
        ),
    ] = MISSING
    enable_safety_system: StrictBool | MISSING = MISSING
    proactive_response: Annotated[
        StrictStr | MISSING,
        Field(description="Response to start a conversation with a user."),
    ] = MISSING
    greeting_method: MentorGreetingMethod | MISSING = MISSING
    call_configuration: CallConfiguration | MISSING = MISSING
    mcp_servers: list[MCPServer]
    last_accessed_by: Annotated[StrictInt | None | MISSING, Field(description="edX user ID")] = (
        MISSING
    )
    recently_accessed_at: AwareDatetime | None | MISSING = MISSING
    created_by: Annotated[StrictStr | None | MISSING, Field(max_length=255)] = MISSING
    created_at: Annotated[AwareDatetime | None, Field(...)]
    updated_at: Annotated[AwareDatetime | None, Field(...)]


class MentorSearchResponse(BaseModel):
    """
    Response serializer for MentorSearchView
    """

    results: Annotated[
        list[Mentor], Field(description="List of mentors matching the search criteria")
    ]
    count: Annotated[
        StrictInt,
        Field(description="Total number of mentors matching the search criteria"),
    ]
    next: Annotated[StrictStr | None, Field(description="URL for the next page of results")]
    previous: Annotated[StrictStr | None, Field(description="URL for the previous page of results")]
    current_page: Annotated[StrictInt, Field(description="Current page number")]
    total_pages: Annotated[StrictInt, Field(description="Total number of pages")]
    facets: MentorSearchResponseFacets | MISSING = MISSING


class MentorSettings(BaseModel):
    id: StrictInt
    display_name: Annotated[StrictStr | None | MISSING, Field(max_length=255)] = MISSING
    profile_image: StrictStr | None | MISSING = MISSING
    initial_message: StrictStr | None | MISSING = MISSING
    suggested_message: StrictStr | None | MISSING = MISSING
    theme: ThemeEnum | MISSING = MISSING
    user_message_color: Annotated[StrictStr | MISSING, Field(max_length=7)] = MISSING
    mentor_bubble_color: Annotated[StrictStr | MISSING, Field(max_length=7)] = MISSING
    align_mentor_bubble: AlignMentorBubbleEnum | MISSING = MISSING
    mentor: StrictStr
    mentor_slug: StrictStr
    mentor_unique_id: StrictStr
    mentor_id: StrictInt
    metadata: Annotated[Any | None, Field(...)]
    mentor_visibility: MentorSettingsMentorVisibility | MISSING = MISSING
    enable_image_generation: StrictBool | None | MISSING = MISSING
    enable_web_browsing: StrictBool | None | MISSING = MISSING
    enable_code_interpreter: StrictBool | None | MISSING = MISSING
    enable_memory_component: StrictBool
    custom_css: StrictStr | None | MISSING = MISSING
    custom_javascript: StrictStr | None | MISSING = MISSING
    enable_custom_javascript: StrictBool
    allow_anonymous: StrictBool
    enable_offline_mode: StrictBool
    mentor_description: StrictStr
    suggested_prompts: Annotated[Any | None, Field(...)]
    proactive_response: StrictStr
    greeting_method: StrictStr
    mentor_tools: Annotated[Any | None, Field(...)]
    can_use_tools: StrictBool
    llm_name: StrictStr
    proactive_prompt: StrictStr
    study_mode_prompt: StrictStr
    disclaimer: StrictStr
    enable_disclaimer: StrictBool
    show_attachment: StrictBool
    show_voice_call: StrictBool
    show_voice_record: StrictBool
    show_rag_images: StrictBool
    starter_prompts: StrictStr
    embed_is_context_aware: StrictBool
    embed_open_by_default: StrictBool
    embed_show_attachment: StrictBool
    embed_show_voice_call: StrictBool
    embed_show_voice_record: StrictBool
    show_explore_mentors: StrictBool
    embed_icon_selection_data: Annotated[Any | None, Field(...)]
    embed_custom_image: StrictStr | None | MISSING = MISSING
    placeholder_prompt: StrictStr
    enable_email_chat: StrictBool
    enable_spaced_repetition: StrictBool
    enable_instruction_mode: StrictBool
    enable_socratic_mode: StrictBool
    is_guided_mentor: StrictBool
    is_featured: StrictBool
    enable_guided_prompts: StrictBool
    save_flagged_prompts: StrictBool
    enable_moderation: StrictBool
    enable_multi_query_rag: StrictBool
    enable_prompt_caching: StrictBool
    enable_post_processing_system: StrictBool
    enable_safety_system: StrictBool
    forkable: StrictBool
    forkable_with_training_data: StrictBool
    mentor_name: StrictStr
    categories: list[MentorCategory]
    types: list[MentorType]
    subjects: list[Subject]
    recently_accessed_at: AwareDatetime
    created_by: StrictStr
    created_at: AwareDatetime
    updated_at: AwareDatetime
    platform_key: StrictStr
    llm_config: Annotated[Any | None, Field(...)]
    llm_provider: StrictStr
    system_prompt: StrictStr
    llm_temperature: StrictFloat
    safety_system_prompt: StrictStr
    safety_response: StrictStr
    moderation_system_prompt: StrictStr
    post_processing_prompt: StrictStr
    moderation_response: StrictStr
    mcp_servers: list[MCPServer]
    department: StrictStr
    disable_chathistory: StrictStr
    call_configuration: CallConfiguration
    guided_prompt_instructions: StrictStr
    seo_tags: Annotated[Any | None, Field(...)]
    marketing_conversations: Annotated[Any | None, Field(...)]
    template_mentor: Annotated[Any | None, Field(...)]
    google_voice: StrictStr
    openai_voice: StrictStr
    enable_openai_assistant: StrictBool
    enable_total_grounding: StrictBool
    enable_suggested_prompts: StrictBool
    is_deleted: StrictBool
    is_lti_accessible: Annotated[
        StrictBool | None | MISSING,
        Field(
            description="Enables LTI access for this mentor. When True, LTI users can be granted access via RBAC policies."
        ),
    ] = MISSING


class NotificationPreview(BaseModel):
    """
    Request serializer for notification preview
    """

    template_id: Annotated[
        UUID | None | MISSING,
        Field(description="Use a predefined template in the system"),
    ] = MISSING
    template_data: NotificationPreviewTemplateData | None | MISSING = MISSING
    channels: Annotated[
        list[StrictInt],
        Field(description="Specify the channel ids to send notifications to."),
    ]
    sources: Annotated[
        list[NotificationSource],
        Field(description="Specify the sources to send notifications to"),
    ]
    context: NotificationPreviewContext | MISSING = MISSING
    process_on: Annotated[
        AwareDatetime | None | MISSING,
        Field(
            description="(ISO datetime) Specify the date and time of processing this notification. Note, notifications are sent hourly and only scheduled messages prior to the beginning of the hour would be sent"
        ),
    ] = MISSING


class PaginatedItemPaywallConfigList(BaseModel):
    count: StrictInt
    next: StrictStr | None | MISSING = MISSING
    previous: StrictStr | None | MISSING = MISSING
    results: list[ItemPaywallConfig]


class PaginatedJobRunList(BaseModel):
    count: StrictInt
    next: StrictStr | None | MISSING = MISSING
    previous: StrictStr | None | MISSING = MISSING
    results: list[JobRun]


class PaginatedMentorList(BaseModel):
    count: StrictInt
    next: StrictStr | None | MISSING = MISSING
    previous: StrictStr | None | MISSING = MISSING
    results: list[Mentor]


class PaginatedPathwayGroupSuggestion(BaseModel):
    """
    Response serializer for paginated pathway group suggestion list
    """

    count: Annotated[StrictInt, Field(description="Total number of results")]
    next_page: Annotated[StrictStr | None, Field(description="URL for next page of results")]
    previous_page: Annotated[
        StrictStr | None, Field(description="URL for previous page of results")
    ]
    results: Annotated[
        list[PathwayGroupSuggestionDetail],
        Field(description="List of pathway group suggestions"),
    ]


class PaginatedPathwaySuggestion(BaseModel):
    """
    Response serializer for paginated pathway suggestion list
    """

    count: Annotated[StrictInt, Field(description="Total number of results")]
    next_page: Annotated[StrictStr | None, Field(description="URL for next page of results")]
    previous_page: Annotated[
        StrictStr | None, Field(description="URL for previous page of results")
    ]
    results: Annotated[
        list[PathwaySuggestionDetail], Field(description="List of pathway suggestions")
    ]


class PaginatedPeriodicAgentLogList(BaseModel):
    count: StrictInt
    next: StrictStr | None | MISSING = MISSING
    previous: StrictStr | None | MISSING = MISSING
    results: list[PeriodicAgentLog]


class PaginatedPlatformInvitation(BaseModel):
    """
    Response serializer for paginated platform invitation list
    """

    count: Annotated[StrictInt, Field(description="Total number of results")]
    next_page: Annotated[StrictStr | None, Field(description="URL for next page of results")]
    previous_page: Annotated[
        StrictStr | None, Field(description="URL for previous page of results")
    ]
    results: Annotated[
        list[PlatformInvitationDetail],
        Field(description="List of platform invitations"),
    ]


class PaginatedPlatformLicense(BaseModel):
    """
    Response serializer for paginated platform license list
    """

    count: Annotated[StrictInt, Field(description="Total number of results")]
    next_page: Annotated[StrictStr | None, Field(description="URL for next page of results")]
    previous_page: Annotated[
        StrictStr | None, Field(description="URL for previous page of results")
    ]
    results: Annotated[list[PlatformLicenseDetail], Field(description="List of platform licenses")]


class PaginatedProgramGroupSuggestion(BaseModel):
    """
    Response serializer for paginated program group suggestion list
    """

    count: Annotated[StrictInt, Field(description="Total number of results")]
    next_page: Annotated[StrictStr | None, Field(description="URL for next page of results")]
    previous_page: Annotated[
        StrictStr | None, Field(description="URL for previous page of results")
    ]
    results: Annotated[
        list[ProgramGroupSuggestionDetail],
        Field(description="List of program group suggestions"),
    ]


class PaginatedProgramInvitation(BaseModel):
    """
    Response serializer for paginated program invitation list
    """

    count: Annotated[StrictInt, Field(description="Total number of results")]
    next_page: Annotated[StrictStr | None, Field(description="URL for next page of results")]
    previous_page: Annotated[
        StrictStr | None, Field(description="URL for previous page of results")
    ]
    results: Annotated[
        list[ProgramInvitationDetail], Field(description="List of program invitations")
    ]


class PaginatedProgramLicense(BaseModel):
    """
    Response serializer for paginated program license list.  This serializer represents a paginated list of program licenses, with navigation links and metadata.  Fields:     count: Total number of results matching the query     next: URL for the next page of results (null if no next page)     previous: URL for the previous page of results (null if no previous page)     results: List of program licenses
    """

    count: Annotated[StrictInt, Field(description="Total number of results")]
    next_page: Annotated[StrictStr | None, Field(description="URL for next page of results")]
    previous_page: Annotated[
        StrictStr | None, Field(description="URL for previous page of results")
    ]
    results: Annotated[list[ProgramLicenseDetail], Field(description="List of program licenses")]


class PaginatedProgramLicenseAssignment(BaseModel):
    """
    Response serializer for paginated program license assignment list.  This serializer represents a paginated list of program license assignments, with navigation links and metadata.  Fields:     count: Total number of results matching the query     next: URL for the next page of results (null if no next page)     previous: URL for the previous page of results (null if no previous page)     results: List of program license assignments
    """

    count: Annotated[StrictInt, Field(description="Total number of results")]
    next_page: Annotated[StrictStr | None, Field(description="URL for next page of results")]
    previous_page: Annotated[
        StrictStr | None, Field(description="URL for previous page of results")
    ]
    results: Annotated[
        list[ProgramLicenseAssignmentDetail],
        Field(description="List of program license assignments"),
    ]


class PaginatedProgramLicenseGroupAssignment(BaseModel):
    """
    Response serializer for paginated program license group assignment list.  This serializer represents a paginated list of program license group assignments, with navigation links and metadata.  Fields:     count: Total number of results matching the query     next: URL for the next page of results (null if no next page)     previous: URL for the previous page of results (null if no previous page)     results: List of program license group assignments
    """

    count: Annotated[StrictInt, Field(description="Total number of results")]
    next_page: Annotated[StrictStr | None, Field(description="URL for next page of results")]
    previous_page: Annotated[
        StrictStr | None, Field(description="URL for previous page of results")
    ]
    results: Annotated[
        list[ProgramLicenseGroupAssignmentDetail],
        Field(description="List of program license group assignments"),
    ]


class PaginatedProgramSuggestion(BaseModel):
    """
    Response serializer for paginated program suggestion list
    """

    count: Annotated[StrictInt, Field(description="Total number of results")]
    next_page: Annotated[StrictStr | None, Field(description="URL for next page of results")]
    previous_page: Annotated[
        StrictStr | None, Field(description="URL for previous page of results")
    ]
    results: Annotated[
        list[ProgramSuggestionDetail], Field(description="List of program suggestions")
    ]


class PaginatedProjectList(BaseModel):
    count: StrictInt
    next: StrictStr | None | MISSING = MISSING
    previous: StrictStr | None | MISSING = MISSING
    results: list[Project]


class PaginatedRbacGroupList(BaseModel):
    count: StrictInt
    next: StrictStr | None | MISSING = MISSING
    previous: StrictStr | None | MISSING = MISSING
    results: list[RbacGroup]


class PaginatedRbacPolicyList(BaseModel):
    count: StrictInt
    next: StrictStr | None | MISSING = MISSING
    previous: StrictStr | None | MISSING = MISSING
    results: list[RbacPolicy]


class PaginatedRetrieverDocumentEmbeddingList(BaseModel):
    count: StrictInt
    next: StrictStr | None | MISSING = MISSING
    previous: StrictStr | None | MISSING = MISSING
    results: list[RetrieverDocumentEmbedding]


class PaginatedTrainingList(BaseModel):
    count: StrictInt
    next: StrictStr | None | MISSING = MISSING
    previous: StrictStr | None | MISSING = MISSING
    results: list[Training]


class PaginatedUserAppList(BaseModel):
    count: StrictInt
    next: StrictStr | None | MISSING = MISSING
    previous: StrictStr | None | MISSING = MISSING
    results: list[UserApp]


class PaginatedUserLicense(BaseModel):
    """
    Response serializer for paginated user license list
    """

    count: Annotated[StrictInt, Field(description="Total number of results")]
    next_page: Annotated[StrictStr | None, Field(description="URL for next page of results")]
    previous_page: Annotated[
        StrictStr | None, Field(description="URL for previous page of results")
    ]
    results: Annotated[list[UserLicenseDetail], Field(description="List of user licenses")]


class PaginatedUserLicenseAssignment(BaseModel):
    """
    Response serializer for paginated user license assignment list
    """

    count: Annotated[StrictInt, Field(description="Total number of results")]
    next_page: Annotated[StrictStr | None, Field(description="URL for next page of results")]
    previous_page: Annotated[
        StrictStr | None, Field(description="URL for previous page of results")
    ]
    results: Annotated[
        list[UserLicenseAssignmentDetail],
        Field(description="List of user license assignments"),
    ]


class PaginatedUserLicenseGroupAssignment(BaseModel):
    """
    Response serializer for paginated user license group assignment list
    """

    count: Annotated[StrictInt, Field(description="Total number of results")]
    next_page: Annotated[StrictStr | None, Field(description="URL for next page of results")]
    previous_page: Annotated[
        StrictStr | None, Field(description="URL for previous page of results")
    ]
    results: Annotated[
        list[UserLicenseGroupAssignmentDetail],
        Field(description="List of user license group assignments"),
    ]


class PaginatedUserMemoryList(BaseModel):
    count: StrictInt
    next: StrictStr | None | MISSING = MISSING
    previous: StrictStr | None | MISSING = MISSING
    results: list[UserMemory]


class PaginatedVoiceList(BaseModel):
    count: StrictInt
    next: StrictStr | None | MISSING = MISSING
    previous: StrictStr | None | MISSING = MISSING
    results: list[Voice]


class PatchedCallConfiguration(BaseModel):
    mentor: UUID | MISSING = MISSING
    mode: CallConfigurationModeEnum | MISSING = MISSING
    tts_provider: TtsProviderEnum | MISSING = MISSING
    stt_provider: SttProviderEnum | MISSING = MISSING
    llm_provider: LlmProviderEnum | MISSING = MISSING
    language: Annotated[
        StrictStr | MISSING,
        Field(
            description="Language code for TTS, STT, and LLM (e.g., 'en', 'en-US', 'es', 'fr'). Defaults to 'en' (English).",
            max_length=10,
        ),
    ] = MISSING
    use_function_calling_for_rag: Annotated[
        StrictBool | MISSING,
        Field(
            description="Whether to use function calls in the agent or force RAG calls before LLM generation"
        ),
    ] = MISSING
    google_voice: VoiceRequest | MISSING = MISSING
    openai_voice: VoiceRequest | MISSING = MISSING
    openai_voice_id: StrictInt | None | MISSING = MISSING
    google_voice_id: StrictInt | None | MISSING = MISSING
    enable_video: Annotated[
        StrictBool | MISSING,
        Field(
            description="Whether to enable video for the call. (applicable only for realtime mode)"
        ),
    ] = MISSING
    screensharing_system_prompt: Annotated[
        StrictStr | MISSING,
        Field(
            description="System prompt to use for screensharing guidance. Defaults to VIDEO_GUIDANCE_PROMPT from constants."
        ),
    ] = MISSING
    screensharing_proactive_prompt: Annotated[
        StrictStr | MISSING,
        Field(
            description="Proactive prompt used during screensharing calls to guide the conversation."
        ),
    ] = MISSING


class PatchedSCIMUserResponse(BaseModel):
    """
    SCIM user response serializer
    """

    schemas: Annotated[list[StrictStr] | MISSING, Field(description="SCIM schema identifiers")] = (
        MISSING
    )
    id: Annotated[StrictStr | MISSING, Field(description="User ID")] = MISSING
    userName: Annotated[StrictStr | MISSING, Field(description="Username")] = MISSING
    name: Annotated[SCIMName | MISSING, Field(description="User's name information")] = MISSING
    emails: Annotated[list[SCIMEmail] | MISSING, Field(description="User's email addresses")] = (
        MISSING
    )
    active: Annotated[StrictBool | MISSING, Field(description="Whether the user is active")] = (
        MISSING
    )
    urn_ietf_params_scim_schemas_extension_enterprise_2_0_User: Annotated[
        SCIMEnterpriseUser | MISSING,
        Field(description="Enterprise user extension data"),
    ] = MISSING
    meta: Annotated[SCIMMeta | MISSING, Field(description="Resource metadata")] = MISSING


class PeriodicAgent(BaseModel):
    id: StrictInt
    mentor: Mentor
    title: Annotated[StrictStr, Field(max_length=255)]
    username: StrictStr
    description: StrictStr | MISSING = MISSING
    prompt: Annotated[
        StrictStr | MISSING, Field(description="Prompt for the periodic agent if any.")
    ] = MISSING
    task: PeriodicTask
    created_at: AwareDatetime
    modified_at: AwareDatetime
    enabled: StrictBool
    one_off: StrictBool
    platform_key: StrictStr
    pathway: Annotated[StrictStr | MISSING, Field(max_length=255)] = MISSING
    callback_url: Annotated[StrictStr | MISSING, Field(max_length=200)] = MISSING
    callback_secret: Annotated[StrictStr | MISSING, Field(max_length=255)] = MISSING
    parent_session_id: Annotated[StrictStr | MISSING, Field(max_length=200)] = MISSING
    parent_mentor_id: StrictInt | None | MISSING = MISSING
    previous_agent: Annotated[
        StrictInt | None | MISSING,
        Field(description="Agent that needs to run before the current agent runs."),
    ] = MISSING
    previous_agent_status: PeriodicAgentPreviousAgentStatus | MISSING = MISSING
    previous_agent_output: Annotated[
        StrictStr,
        Field(
            description="This will be fed into the run of this agent as part of its input prompt."
        ),
    ]


class PerlearnerGradeWithCutOff(BaseModel):
    data: PerlearnerGradeWithCutOffData | MISSING = MISSING


class PlatformMetrics(BaseModel):
    """
    Serializer for detailed platform metrics (platform-specific view).
    """

    enrollments: MetricDetail
    programs: MetricDetail
    pathways: MetricDetail
    resources: MetricDetail
    skills: SkillsMetric
    credentials: MetricDetail
    points: PointsMetric


class PromptSearchResponse(BaseModel):
    """
    Response serializer for PromptSearchView
    """

    results: Annotated[
        list[Prompt], Field(description="List of prompts matching the search criteria")
    ]
    count: Annotated[
        StrictInt,
        Field(description="Total number of prompts matching the search criteria"),
    ]
    next: Annotated[StrictStr | None, Field(description="URL for the next page of results")]
    previous: Annotated[StrictStr | None, Field(description="URL for the previous page of results")]
    current_page: Annotated[StrictInt, Field(description="Current page number")]
    num_pages: Annotated[StrictInt, Field(description="Total number of pages")]
    facets: PromptSearchResponseFacets | MISSING = MISSING


class ReportCreate(BaseModel):
    """
    Returns this a report is successfully created
    """

    data: ReportStatus


class ReportData(BaseModel):
    display_name: Annotated[StrictStr | MISSING, Field(description="Report Name")] = MISSING
    description: Annotated[StrictStr | MISSING, Field(description="Report Description")] = MISSING
    report_name: Annotated[StrictStr | MISSING, Field(description="Report slug")] = MISSING
    icon: StrictStr | MISSING = MISSING
    extra_query_params: Annotated[
        list[Any] | MISSING,
        Field(
            description="Extra parameters to be passed to the report create view, e.g learner_id"
        ),
    ] = MISSING
    result_columns: Annotated[
        list[Any] | MISSING, Field(description="Columns to be available in the report")
    ] = MISSING
    status: Annotated[
        ReportStatus | MISSING, Field(description="Report Status if any available")
    ] = MISSING


class ReportDetail(BaseModel):
    data: ReportData


class ReportList(BaseModel):
    data: list[ReportData]


class ReportedRole(BaseModel):
    user_id: StrictInt | MISSING = MISSING
    username: StrictStr | MISSING = MISSING
    roles: list[Role]
    data: Annotated[Any | None, Field(...)]


class TokenProxyOutput(BaseModel):
    """
    The SPA expects this outer data key so we need to create an extra layer
    """

    data: TokenProxyOutputSerializerData


class VideosInCourseSummary(BaseModel):
    data: list[VideosInCourseSummaryData] | MISSING = MISSING


class ContentDetailsResponse(BaseModel):
    """
    Serializer for the content details API response.
    """

    content_info: ContentDetailsContentInfo
    summary: ContentDetailsSummary
    pagination: ContentDetailsPagination
    learners: list[ContentDetailsLearner]


class LearnerAnalyticsResult(BaseModel):
    """
    Unified serializer for learner analytics results - handles both cross-platform and platform-specific data.
    """

    platform_id: StrictInt
    platform_name: StrictStr
    platform_key: Annotated[StrictStr | None, Field(...)]
    summary: PlatformSummary | MISSING = MISSING
    metrics: PlatformMetrics | MISSING = MISSING
    activity: ActivityInfo | MISSING = MISSING
    last_updated: AwareDatetime | MISSING = MISSING
    user_id: StrictInt | MISSING = MISSING


class PaginatedPeriodicAgentList(BaseModel):
    count: StrictInt
    next: StrictStr | None | MISSING = MISSING
    previous: StrictStr | None | MISSING = MISSING
    results: list[PeriodicAgent]


class LearnerAnalyticsResponse(BaseModel):
    """
    Unified response serializer for learner analytics endpoint.
    """

    user: UserInfo
    summary: LearnerSummary
    results: list[LearnerAnalyticsResult]
    pagination: Pagination
    overtime: Annotated[
        list[OvertimeDataPoint] | MISSING,
        Field(description="Time spent over time data (when overtime=true)"),
    ] = MISSING
    generated_at: AwareDatetime
