"""`Client.notification.v1.platforms.templates`: 3 operations and 3 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any, Unpack, overload

from ......_operation import RequestOptions, optional_body_from_fields
from ......_response import async_to_raw_response, to_raw_response
from ......api.notifications import (
    notification_v1_platforms_templates_list as _notification_v1_platforms_templates_list,
)
from ......api.notifications import (
    notification_v1_platforms_templates_partial_update as _notification_v1_platforms_templates_partial_update,
)
from ......api.notifications import (
    notification_v1_platforms_templates_retrieve as _notification_v1_platforms_templates_retrieve,
)
from ......models.notification_template_detail import NotificationTemplateDetail
from ......models.notification_template_list import NotificationTemplateList
from ......models.patched_notification_template_detail import PatchedNotificationTemplateDetail
from ......models.patched_notification_template_detail_human_support_custom_recipients_item import (
    PatchedNotificationTemplateDetailHumanSupportCustomRecipientsItem,
)
from ......models.patched_notification_template_detail_human_support_recipient_mode import (
    PatchedNotificationTemplateDetailHumanSupportRecipientMode,
)
from ......models.patched_notification_template_detail_periodic_frequency import (
    PatchedNotificationTemplateDetailPeriodicFrequency,
)
from ......models.patched_notification_template_detail_periodic_learner_scope import (
    PatchedNotificationTemplateDetailPeriodicLearnerScope,
)
from ......models.patched_notification_template_detail_periodic_mentors_item import (
    PatchedNotificationTemplateDetailPeriodicMentorsItem,
)
from ......models.patched_notification_template_detail_policy_enabled_policies_item import (
    PatchedNotificationTemplateDetailPolicyEnabledPoliciesItem,
)
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client
    from .reset import (
        AsyncNotificationV1PlatformsTemplatesResetResource,
        AsyncNotificationV1PlatformsTemplatesResetResourceWithRawResponse,
        NotificationV1PlatformsTemplatesResetResource,
        NotificationV1PlatformsTemplatesResetResourceWithRawResponse,
    )
    from .test import (
        AsyncNotificationV1PlatformsTemplatesTestResource,
        AsyncNotificationV1PlatformsTemplatesTestResourceWithRawResponse,
        NotificationV1PlatformsTemplatesTestResource,
        NotificationV1PlatformsTemplatesTestResourceWithRawResponse,
    )
    from .toggle import (
        AsyncNotificationV1PlatformsTemplatesToggleResource,
        AsyncNotificationV1PlatformsTemplatesToggleResourceWithRawResponse,
        NotificationV1PlatformsTemplatesToggleResource,
        NotificationV1PlatformsTemplatesToggleResourceWithRawResponse,
    )

__all__ = [
    "NotificationV1PlatformsTemplatesResource",
    "NotificationV1PlatformsTemplatesResourceWithRawResponse",
    "AsyncNotificationV1PlatformsTemplatesResource",
    "AsyncNotificationV1PlatformsTemplatesResourceWithRawResponse",
]


class NotificationV1PlatformsTemplatesResource:
    """`Client.notification.v1.platforms.templates`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> NotificationV1PlatformsTemplatesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return NotificationV1PlatformsTemplatesResourceWithRawResponse(self)

    @cached_property
    def reset(self) -> NotificationV1PlatformsTemplatesResetResource:
        from .reset import NotificationV1PlatformsTemplatesResetResource

        return NotificationV1PlatformsTemplatesResetResource(self._client)

    @cached_property
    def test(self) -> NotificationV1PlatformsTemplatesTestResource:
        from .test import NotificationV1PlatformsTemplatesTestResource

        return NotificationV1PlatformsTemplatesTestResource(self._client)

    @cached_property
    def toggle(self) -> NotificationV1PlatformsTemplatesToggleResource:
        from .toggle import NotificationV1PlatformsTemplatesToggleResource

        return NotificationV1PlatformsTemplatesToggleResource(self._client)

    def list(
        self,
        *,
        platform_key: str,
        **options: Unpack[RequestOptions],
    ) -> list[NotificationTemplateList]:
        """List notification templates

        Get all notification templates for the platform. Includes both platform-specific and
        inherited templates from main. Requires permission:
        Ibl.Notifications/NotificationTemplate/list

        Args:
            platform_key (str, path)

        Returns:
            list[NotificationTemplateList]
        """
        return self._client._send(
            _notification_v1_platforms_templates_list.OPERATION,
            _notification_v1_platforms_templates_list.build_request(platform_key=platform_key),
            options,
        )

    def retrieve(
        self,
        *,
        platform_key: str,
        notification_type: str,
        **options: Unpack[RequestOptions],
    ) -> NotificationTemplateDetail:
        """Get notification template details

        Get detailed view of a notification template by type. Returns platform-specific template
        if exists, otherwise main template. Requires permission:
        Ibl.Notifications/NotificationTemplate/read

        Args:
            platform_key (str, path)
            notification_type (str, path)

        Returns:
            NotificationTemplateDetail
        """
        return self._client._send(
            _notification_v1_platforms_templates_retrieve.OPERATION,
            _notification_v1_platforms_templates_retrieve.build_request(
                platform_key=platform_key, notification_type=notification_type
            ),
            options,
        )

    @overload
    def partial_update(
        self,
        *,
        platform_key: str,
        notification_type: str,
        body: PatchedNotificationTemplateDetail | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> NotificationTemplateDetail: ...

    @overload
    def partial_update(
        self,
        *,
        platform_key: str,
        notification_type: str,
        name: None | str | Unset = UNSET,
        description: str | Unset = UNSET,
        message_title: None | str | Unset = UNSET,
        message_body: str | Unset = UNSET,
        short_message_body: str | Unset = UNSET,
        email_subject: None | str | Unset = UNSET,
        email_from_address: None | str | Unset = UNSET,
        email_html_template: None | str | Unset = UNSET,
        spa_ids: list[int] | Unset = UNSET,
        channel_ids: list[int] | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        proactive_prompt_message: None | str | Unset = UNSET,
        periodic_learner_scope: PatchedNotificationTemplateDetailPeriodicLearnerScope
        | Unset = UNSET,
        periodic_report_period_days: int | Unset = UNSET,
        periodic_frequency: PatchedNotificationTemplateDetailPeriodicFrequency | Unset = UNSET,
        periodic_custom_interval_days: int | Unset = UNSET,
        periodic_execution_time: str | Unset = UNSET,
        periodic_timezone: str | Unset = UNSET,
        periodic_mentors: list[PatchedNotificationTemplateDetailPeriodicMentorsItem]
        | Unset = UNSET,
        policy_enabled_policies: list[PatchedNotificationTemplateDetailPolicyEnabledPoliciesItem]
        | Unset = UNSET,
        policy_notify_on_assignment: bool | Unset = UNSET,
        policy_notify_on_removal: bool | Unset = UNSET,
        human_support_recipient_mode: PatchedNotificationTemplateDetailHumanSupportRecipientMode
        | Unset = UNSET,
        human_support_custom_recipients: list[
            PatchedNotificationTemplateDetailHumanSupportCustomRecipientsItem
        ]
        | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> NotificationTemplateDetail: ...

    def partial_update(
        self,
        *,
        platform_key: str,
        notification_type: str,
        body: PatchedNotificationTemplateDetail | Unset = UNSET,
        name: None | str | Unset = UNSET,
        description: str | Unset = UNSET,
        message_title: None | str | Unset = UNSET,
        message_body: str | Unset = UNSET,
        short_message_body: str | Unset = UNSET,
        email_subject: None | str | Unset = UNSET,
        email_from_address: None | str | Unset = UNSET,
        email_html_template: None | str | Unset = UNSET,
        spa_ids: list[int] | Unset = UNSET,
        channel_ids: list[int] | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        proactive_prompt_message: None | str | Unset = UNSET,
        periodic_learner_scope: PatchedNotificationTemplateDetailPeriodicLearnerScope
        | Unset = UNSET,
        periodic_report_period_days: int | Unset = UNSET,
        periodic_frequency: PatchedNotificationTemplateDetailPeriodicFrequency | Unset = UNSET,
        periodic_custom_interval_days: int | Unset = UNSET,
        periodic_execution_time: str | Unset = UNSET,
        periodic_timezone: str | Unset = UNSET,
        periodic_mentors: list[PatchedNotificationTemplateDetailPeriodicMentorsItem]
        | Unset = UNSET,
        policy_enabled_policies: list[PatchedNotificationTemplateDetailPolicyEnabledPoliciesItem]
        | Unset = UNSET,
        policy_notify_on_assignment: bool | Unset = UNSET,
        policy_notify_on_removal: bool | Unset = UNSET,
        human_support_recipient_mode: PatchedNotificationTemplateDetailHumanSupportRecipientMode
        | Unset = UNSET,
        human_support_custom_recipients: list[
            PatchedNotificationTemplateDetailHumanSupportCustomRecipientsItem
        ]
        | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> NotificationTemplateDetail:
        """Update notification template

        Update notification template. Creates platform-specific copy on first edit. Requires
        permission: Ibl.Notifications/NotificationTemplate/write

        Args:
            platform_key (str, path)
            notification_type (str, path)
            body (PatchedNotificationTemplateDetail | Unset, request body): Serializer for
                detailed template view and editing
            Or the body's fields as keywords instead of body=: name, description, message_title,
                message_body, short_message_body, email_subject, email_from_address,
                email_html_template, spa_ids, channel_ids, metadata, proactive_prompt_message,
                periodic_learner_scope, periodic_report_period_days, periodic_frequency,
                periodic_custom_interval_days, periodic_execution_time, periodic_timezone,
                periodic_mentors, policy_enabled_policies, policy_notify_on_assignment,
                policy_notify_on_removal, human_support_recipient_mode,
                human_support_custom_recipients

        Returns:
            NotificationTemplateDetail
        """
        body = optional_body_from_fields(
            "notification.v1.platforms.templates.partial_update",
            body,
            PatchedNotificationTemplateDetail,
            [],
            (
                ("name", "name", name),
                ("description", "description", description),
                ("message_title", "message_title", message_title),
                ("message_body", "message_body", message_body),
                ("short_message_body", "short_message_body", short_message_body),
                ("email_subject", "email_subject", email_subject),
                ("email_from_address", "email_from_address", email_from_address),
                ("email_html_template", "email_html_template", email_html_template),
                ("spa_ids", "spa_ids", spa_ids),
                ("channel_ids", "channel_ids", channel_ids),
                ("metadata", "metadata", metadata),
                ("proactive_prompt_message", "proactive_prompt_message", proactive_prompt_message),
                ("periodic_learner_scope", "periodic_learner_scope", periodic_learner_scope),
                (
                    "periodic_report_period_days",
                    "periodic_report_period_days",
                    periodic_report_period_days,
                ),
                ("periodic_frequency", "periodic_frequency", periodic_frequency),
                (
                    "periodic_custom_interval_days",
                    "periodic_custom_interval_days",
                    periodic_custom_interval_days,
                ),
                ("periodic_execution_time", "periodic_execution_time", periodic_execution_time),
                ("periodic_timezone", "periodic_timezone", periodic_timezone),
                ("periodic_mentors", "periodic_mentors", periodic_mentors),
                ("policy_enabled_policies", "policy_enabled_policies", policy_enabled_policies),
                (
                    "policy_notify_on_assignment",
                    "policy_notify_on_assignment",
                    policy_notify_on_assignment,
                ),
                ("policy_notify_on_removal", "policy_notify_on_removal", policy_notify_on_removal),
                (
                    "human_support_recipient_mode",
                    "human_support_recipient_mode",
                    human_support_recipient_mode,
                ),
                (
                    "human_support_custom_recipients",
                    "human_support_custom_recipients",
                    human_support_custom_recipients,
                ),
            ),
        )
        return self._client._send(
            _notification_v1_platforms_templates_partial_update.OPERATION,
            _notification_v1_platforms_templates_partial_update.build_request(
                platform_key=platform_key, notification_type=notification_type, body=body
            ),
            options,
        )


class NotificationV1PlatformsTemplatesResourceWithRawResponse:
    """`Client.notification.v1.platforms.templates`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: NotificationV1PlatformsTemplatesResource) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)
        self.retrieve = to_raw_response(resource.retrieve)
        self.partial_update = to_raw_response(resource.partial_update)

    @cached_property
    def reset(self) -> NotificationV1PlatformsTemplatesResetResourceWithRawResponse:
        from .reset import NotificationV1PlatformsTemplatesResetResourceWithRawResponse

        return NotificationV1PlatformsTemplatesResetResourceWithRawResponse(self._resource.reset)

    @cached_property
    def test(self) -> NotificationV1PlatformsTemplatesTestResourceWithRawResponse:
        from .test import NotificationV1PlatformsTemplatesTestResourceWithRawResponse

        return NotificationV1PlatformsTemplatesTestResourceWithRawResponse(self._resource.test)

    @cached_property
    def toggle(self) -> NotificationV1PlatformsTemplatesToggleResourceWithRawResponse:
        from .toggle import NotificationV1PlatformsTemplatesToggleResourceWithRawResponse

        return NotificationV1PlatformsTemplatesToggleResourceWithRawResponse(self._resource.toggle)


class AsyncNotificationV1PlatformsTemplatesResource:
    """`AsyncClient.notification.v1.platforms.templates`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncNotificationV1PlatformsTemplatesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncNotificationV1PlatformsTemplatesResourceWithRawResponse(self)

    @cached_property
    def reset(self) -> AsyncNotificationV1PlatformsTemplatesResetResource:
        from .reset import AsyncNotificationV1PlatformsTemplatesResetResource

        return AsyncNotificationV1PlatformsTemplatesResetResource(self._client)

    @cached_property
    def test(self) -> AsyncNotificationV1PlatformsTemplatesTestResource:
        from .test import AsyncNotificationV1PlatformsTemplatesTestResource

        return AsyncNotificationV1PlatformsTemplatesTestResource(self._client)

    @cached_property
    def toggle(self) -> AsyncNotificationV1PlatformsTemplatesToggleResource:
        from .toggle import AsyncNotificationV1PlatformsTemplatesToggleResource

        return AsyncNotificationV1PlatformsTemplatesToggleResource(self._client)

    async def list(
        self,
        *,
        platform_key: str,
        **options: Unpack[RequestOptions],
    ) -> list[NotificationTemplateList]:
        """List notification templates

        Get all notification templates for the platform. Includes both platform-specific and
        inherited templates from main. Requires permission:
        Ibl.Notifications/NotificationTemplate/list

        Args:
            platform_key (str, path)

        Returns:
            list[NotificationTemplateList]
        """
        return await self._client._send(
            _notification_v1_platforms_templates_list.OPERATION,
            _notification_v1_platforms_templates_list.build_request(platform_key=platform_key),
            options,
        )

    async def retrieve(
        self,
        *,
        platform_key: str,
        notification_type: str,
        **options: Unpack[RequestOptions],
    ) -> NotificationTemplateDetail:
        """Get notification template details

        Get detailed view of a notification template by type. Returns platform-specific template
        if exists, otherwise main template. Requires permission:
        Ibl.Notifications/NotificationTemplate/read

        Args:
            platform_key (str, path)
            notification_type (str, path)

        Returns:
            NotificationTemplateDetail
        """
        return await self._client._send(
            _notification_v1_platforms_templates_retrieve.OPERATION,
            _notification_v1_platforms_templates_retrieve.build_request(
                platform_key=platform_key, notification_type=notification_type
            ),
            options,
        )

    @overload
    async def partial_update(
        self,
        *,
        platform_key: str,
        notification_type: str,
        body: PatchedNotificationTemplateDetail | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> NotificationTemplateDetail: ...

    @overload
    async def partial_update(
        self,
        *,
        platform_key: str,
        notification_type: str,
        name: None | str | Unset = UNSET,
        description: str | Unset = UNSET,
        message_title: None | str | Unset = UNSET,
        message_body: str | Unset = UNSET,
        short_message_body: str | Unset = UNSET,
        email_subject: None | str | Unset = UNSET,
        email_from_address: None | str | Unset = UNSET,
        email_html_template: None | str | Unset = UNSET,
        spa_ids: list[int] | Unset = UNSET,
        channel_ids: list[int] | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        proactive_prompt_message: None | str | Unset = UNSET,
        periodic_learner_scope: PatchedNotificationTemplateDetailPeriodicLearnerScope
        | Unset = UNSET,
        periodic_report_period_days: int | Unset = UNSET,
        periodic_frequency: PatchedNotificationTemplateDetailPeriodicFrequency | Unset = UNSET,
        periodic_custom_interval_days: int | Unset = UNSET,
        periodic_execution_time: str | Unset = UNSET,
        periodic_timezone: str | Unset = UNSET,
        periodic_mentors: list[PatchedNotificationTemplateDetailPeriodicMentorsItem]
        | Unset = UNSET,
        policy_enabled_policies: list[PatchedNotificationTemplateDetailPolicyEnabledPoliciesItem]
        | Unset = UNSET,
        policy_notify_on_assignment: bool | Unset = UNSET,
        policy_notify_on_removal: bool | Unset = UNSET,
        human_support_recipient_mode: PatchedNotificationTemplateDetailHumanSupportRecipientMode
        | Unset = UNSET,
        human_support_custom_recipients: list[
            PatchedNotificationTemplateDetailHumanSupportCustomRecipientsItem
        ]
        | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> NotificationTemplateDetail: ...

    async def partial_update(
        self,
        *,
        platform_key: str,
        notification_type: str,
        body: PatchedNotificationTemplateDetail | Unset = UNSET,
        name: None | str | Unset = UNSET,
        description: str | Unset = UNSET,
        message_title: None | str | Unset = UNSET,
        message_body: str | Unset = UNSET,
        short_message_body: str | Unset = UNSET,
        email_subject: None | str | Unset = UNSET,
        email_from_address: None | str | Unset = UNSET,
        email_html_template: None | str | Unset = UNSET,
        spa_ids: list[int] | Unset = UNSET,
        channel_ids: list[int] | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        proactive_prompt_message: None | str | Unset = UNSET,
        periodic_learner_scope: PatchedNotificationTemplateDetailPeriodicLearnerScope
        | Unset = UNSET,
        periodic_report_period_days: int | Unset = UNSET,
        periodic_frequency: PatchedNotificationTemplateDetailPeriodicFrequency | Unset = UNSET,
        periodic_custom_interval_days: int | Unset = UNSET,
        periodic_execution_time: str | Unset = UNSET,
        periodic_timezone: str | Unset = UNSET,
        periodic_mentors: list[PatchedNotificationTemplateDetailPeriodicMentorsItem]
        | Unset = UNSET,
        policy_enabled_policies: list[PatchedNotificationTemplateDetailPolicyEnabledPoliciesItem]
        | Unset = UNSET,
        policy_notify_on_assignment: bool | Unset = UNSET,
        policy_notify_on_removal: bool | Unset = UNSET,
        human_support_recipient_mode: PatchedNotificationTemplateDetailHumanSupportRecipientMode
        | Unset = UNSET,
        human_support_custom_recipients: list[
            PatchedNotificationTemplateDetailHumanSupportCustomRecipientsItem
        ]
        | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> NotificationTemplateDetail:
        """Update notification template

        Update notification template. Creates platform-specific copy on first edit. Requires
        permission: Ibl.Notifications/NotificationTemplate/write

        Args:
            platform_key (str, path)
            notification_type (str, path)
            body (PatchedNotificationTemplateDetail | Unset, request body): Serializer for
                detailed template view and editing
            Or the body's fields as keywords instead of body=: name, description, message_title,
                message_body, short_message_body, email_subject, email_from_address,
                email_html_template, spa_ids, channel_ids, metadata, proactive_prompt_message,
                periodic_learner_scope, periodic_report_period_days, periodic_frequency,
                periodic_custom_interval_days, periodic_execution_time, periodic_timezone,
                periodic_mentors, policy_enabled_policies, policy_notify_on_assignment,
                policy_notify_on_removal, human_support_recipient_mode,
                human_support_custom_recipients

        Returns:
            NotificationTemplateDetail
        """
        body = optional_body_from_fields(
            "notification.v1.platforms.templates.partial_update",
            body,
            PatchedNotificationTemplateDetail,
            [],
            (
                ("name", "name", name),
                ("description", "description", description),
                ("message_title", "message_title", message_title),
                ("message_body", "message_body", message_body),
                ("short_message_body", "short_message_body", short_message_body),
                ("email_subject", "email_subject", email_subject),
                ("email_from_address", "email_from_address", email_from_address),
                ("email_html_template", "email_html_template", email_html_template),
                ("spa_ids", "spa_ids", spa_ids),
                ("channel_ids", "channel_ids", channel_ids),
                ("metadata", "metadata", metadata),
                ("proactive_prompt_message", "proactive_prompt_message", proactive_prompt_message),
                ("periodic_learner_scope", "periodic_learner_scope", periodic_learner_scope),
                (
                    "periodic_report_period_days",
                    "periodic_report_period_days",
                    periodic_report_period_days,
                ),
                ("periodic_frequency", "periodic_frequency", periodic_frequency),
                (
                    "periodic_custom_interval_days",
                    "periodic_custom_interval_days",
                    periodic_custom_interval_days,
                ),
                ("periodic_execution_time", "periodic_execution_time", periodic_execution_time),
                ("periodic_timezone", "periodic_timezone", periodic_timezone),
                ("periodic_mentors", "periodic_mentors", periodic_mentors),
                ("policy_enabled_policies", "policy_enabled_policies", policy_enabled_policies),
                (
                    "policy_notify_on_assignment",
                    "policy_notify_on_assignment",
                    policy_notify_on_assignment,
                ),
                ("policy_notify_on_removal", "policy_notify_on_removal", policy_notify_on_removal),
                (
                    "human_support_recipient_mode",
                    "human_support_recipient_mode",
                    human_support_recipient_mode,
                ),
                (
                    "human_support_custom_recipients",
                    "human_support_custom_recipients",
                    human_support_custom_recipients,
                ),
            ),
        )
        return await self._client._send(
            _notification_v1_platforms_templates_partial_update.OPERATION,
            _notification_v1_platforms_templates_partial_update.build_request(
                platform_key=platform_key, notification_type=notification_type, body=body
            ),
            options,
        )


class AsyncNotificationV1PlatformsTemplatesResourceWithRawResponse:
    """`AsyncClient.notification.v1.platforms.templates`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncNotificationV1PlatformsTemplatesResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.partial_update = async_to_raw_response(resource.partial_update)

    @cached_property
    def reset(self) -> AsyncNotificationV1PlatformsTemplatesResetResourceWithRawResponse:
        from .reset import AsyncNotificationV1PlatformsTemplatesResetResourceWithRawResponse

        return AsyncNotificationV1PlatformsTemplatesResetResourceWithRawResponse(
            self._resource.reset
        )

    @cached_property
    def test(self) -> AsyncNotificationV1PlatformsTemplatesTestResourceWithRawResponse:
        from .test import AsyncNotificationV1PlatformsTemplatesTestResourceWithRawResponse

        return AsyncNotificationV1PlatformsTemplatesTestResourceWithRawResponse(self._resource.test)

    @cached_property
    def toggle(self) -> AsyncNotificationV1PlatformsTemplatesToggleResourceWithRawResponse:
        from .toggle import AsyncNotificationV1PlatformsTemplatesToggleResourceWithRawResponse

        return AsyncNotificationV1PlatformsTemplatesToggleResourceWithRawResponse(
            self._resource.toggle
        )
