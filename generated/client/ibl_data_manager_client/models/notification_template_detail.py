from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.notification_template_detail_human_support_recipient_mode import (
    NotificationTemplateDetailHumanSupportRecipientMode,
)
from ..models.notification_template_detail_periodic_frequency import (
    NotificationTemplateDetailPeriodicFrequency,
)
from ..models.notification_template_detail_periodic_learner_scope import (
    NotificationTemplateDetailPeriodicLearnerScope,
)
from ..models.notification_template_detail_type import NotificationTemplateDetailType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.consumer_channel import ConsumerChannel
    from ..models.notification_template_detail_human_support_custom_recipients_item import (
        NotificationTemplateDetailHumanSupportCustomRecipientsItem,
    )
    from ..models.notification_template_detail_periodic_mentors_item import (
        NotificationTemplateDetailPeriodicMentorsItem,
    )
    from ..models.notification_template_detail_policy_enabled_policies_item import (
        NotificationTemplateDetailPolicyEnabledPoliciesItem,
    )
    from ..models.spa import Spa


T = TypeVar("T", bound="NotificationTemplateDetail")


@_attrs_define
class NotificationTemplateDetail:
    """Serializer for detailed template view and editing

    Attributes:
        id (UUID): Unique identifier for this notification template.
        type_ (NotificationTemplateDetailType): Select the type of notification from the available options.  *
            `ADMIN_NOTIF_COURSE_ENROLLMENT` - Admin Notif Course Enrollment * `APP_REGISTRATION` - App Registration *
            `COURSE_INVITATION` - Course Invitation * `COURSE_LICENSE_ASSIGNMENT` - Course License Assignment *
            `COURSE_LICENSE_GROUP_ASSIGNMENT` - Course License Group Assignment * `CUSTOM_NOTIFICATION` - Custom
            Notification * `DEFAULT_TEMPLATE` - Default Template * `HUMAN_SUPPORT_NOTIFICATION` - Human Support Notification
            * `PLATFORM_INVITATION` - Platform Invitation * `POLICY_ASSIGNMENT` - Policy Assignment *
            `PROACTIVE_LEARNER_NOTIFICATION` - Proactive Learner Notification * `PROGRAM_INVITATION` - Program Invitation *
            `PROGRAM_LICENSE_ASSIGNMENT` - Program License Assignment * `PROGRAM_LICENSE_GROUP_ASSIGNMENT` - Program License
            Group Assignment * `REPORT_COMPLETED` - Report Completed * `ROLE_CHANGE` - Role Change *
            `USER_LICENSE_ASSIGNMENT` - User License Assignment * `USER_LICENSE_GROUP_ASSIGNMENT` - User License Group
            Assignment * `USER_NOTIF_COURSE_COMPLETION` - User Notif Course Completion * `USER_NOTIF_COURSE_ENROLLMENT` -
            User Notif Course Enrollment * `USER_NOTIF_CREDENTIALS` - User Notif Credentials * `USER_NOTIF_LEARNER_PROGRESS`
            - User Notif Learner Progress * `USER_NOTIF_USER_INACTIVITY` - User Notif User Inactivity *
            `USER_NOTIF_USER_REGISTRATION` - User Notif User Registration
        spas_detail (list[Spa]):
        allowed_channels_detail (list[ConsumerChannel]):
        is_inherited (bool): True if using main platform template (no platform override)
        is_enabled (bool): True if notification is enabled for this platform
        source_platform (str): Platform key of the template source
        can_customize (bool): True if platform admin can edit template content
        available_context (str): Context variables available for template rendering
        periodic_config (str): Periodic report configuration (PROACTIVE_LEARNER_NOTIFICATION only)
        policy_config (str): Policy assignment notification config (POLICY_ASSIGNMENT only)
        human_support_config (str): Human support notification config (HUMAN_SUPPORT_NOTIFICATION only)
        created_at (datetime.datetime): Timestamp when this template was created
        updated_at (datetime.datetime): Timestamp when this template was last updated
        name (None | str | Unset): Template display name
        description (str | Unset): Description of when this notification is sent
        message_title (None | str | Unset): Title for push/in-app notifications
        message_body (str | Unset): Body text (supports Django template syntax)
        short_message_body (str | Unset): Short version for SMS or preview
        email_subject (None | str | Unset): Email subject line (supports {{ variables }})
        email_from_address (None | str | Unset): Sender email address
        email_html_template (None | str | Unset): HTML email body (supports Django template syntax)
        spa_ids (list[int] | Unset): IDs of SPAs that can use this template
        channel_ids (list[int] | Unset): IDs of delivery channels (email, push, etc.)
        metadata (Any | Unset): JSON config (periodic_config, policy_config, etc.)
        proactive_prompt_message (None | str | Unset): Default prompt message for AI mentor notifications
        periodic_learner_scope (NotificationTemplateDetailPeriodicLearnerScope | Unset): Which learners to include:
            ACTIVE_LEARNERS or ALL_LEARNERS  * `ACTIVE_LEARNERS` - ACTIVE_LEARNERS * `ALL_LEARNERS` - ALL_LEARNERS
        periodic_report_period_days (int | Unset): Number of days to include in the report period
        periodic_frequency (NotificationTemplateDetailPeriodicFrequency | Unset): How often to send: DAILY, WEEKLY,
            MONTHLY, or CUSTOM  * `DAILY` - DAILY * `WEEKLY` - WEEKLY * `MONTHLY` - MONTHLY * `CUSTOM` - CUSTOM
        periodic_custom_interval_days (int | Unset): Custom interval in days (when frequency is CUSTOM)
        periodic_execution_time (str | Unset): Time to run in HH:MM format (24-hour)
        periodic_timezone (str | Unset): Timezone for execution time (e.g. America/New_York)
        periodic_mentors (list[NotificationTemplateDetailPeriodicMentorsItem] | Unset): List of mentor configurations:
            [{"unique_id": "uuid", "prompt": "...", "name": "..."}]
        policy_enabled_policies (list[NotificationTemplateDetailPolicyEnabledPoliciesItem] | Unset): Per-role config:
            [{"role_name": "Analytics Viewer", "enabled": True, "subject": "Custom subject for {{role_name}}"}, ...]
        policy_notify_on_assignment (bool | Unset): Send notification when policy is assigned
        policy_notify_on_removal (bool | Unset): Send notification when policy is removed
        human_support_recipient_mode (NotificationTemplateDetailHumanSupportRecipientMode | Unset): Who receives human
            support ticket notifications  * `platform_admins_and_mentor_owner` - platform_admins_and_mentor_owner *
            `platform_admins_only` - platform_admins_only * `mentor_owner_only` - mentor_owner_only * `custom` - custom
        human_support_custom_recipients (list[NotificationTemplateDetailHumanSupportCustomRecipientsItem] | Unset):
            Custom targets: user: {type, id}; user_group: {type, id}; rbac_policy: {type, policy_name}
    """

    id: UUID
    type_: NotificationTemplateDetailType
    spas_detail: list[Spa]
    allowed_channels_detail: list[ConsumerChannel]
    is_inherited: bool
    is_enabled: bool
    source_platform: str
    can_customize: bool
    available_context: str
    periodic_config: str
    policy_config: str
    human_support_config: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    name: None | str | Unset = UNSET
    description: str | Unset = UNSET
    message_title: None | str | Unset = UNSET
    message_body: str | Unset = UNSET
    short_message_body: str | Unset = UNSET
    email_subject: None | str | Unset = UNSET
    email_from_address: None | str | Unset = UNSET
    email_html_template: None | str | Unset = UNSET
    spa_ids: list[int] | Unset = UNSET
    channel_ids: list[int] | Unset = UNSET
    metadata: Any | Unset = UNSET
    proactive_prompt_message: None | str | Unset = UNSET
    periodic_learner_scope: NotificationTemplateDetailPeriodicLearnerScope | Unset = UNSET
    periodic_report_period_days: int | Unset = UNSET
    periodic_frequency: NotificationTemplateDetailPeriodicFrequency | Unset = UNSET
    periodic_custom_interval_days: int | Unset = UNSET
    periodic_execution_time: str | Unset = UNSET
    periodic_timezone: str | Unset = UNSET
    periodic_mentors: list[NotificationTemplateDetailPeriodicMentorsItem] | Unset = UNSET
    policy_enabled_policies: list[NotificationTemplateDetailPolicyEnabledPoliciesItem] | Unset = (
        UNSET
    )
    policy_notify_on_assignment: bool | Unset = UNSET
    policy_notify_on_removal: bool | Unset = UNSET
    human_support_recipient_mode: NotificationTemplateDetailHumanSupportRecipientMode | Unset = (
        UNSET
    )
    human_support_custom_recipients: (
        list[NotificationTemplateDetailHumanSupportCustomRecipientsItem] | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        type_ = self.type_.value

        spas_detail = []
        for spas_detail_item_data in self.spas_detail:
            spas_detail_item = spas_detail_item_data.to_dict()
            spas_detail.append(spas_detail_item)

        allowed_channels_detail = []
        for allowed_channels_detail_item_data in self.allowed_channels_detail:
            allowed_channels_detail_item = allowed_channels_detail_item_data.to_dict()
            allowed_channels_detail.append(allowed_channels_detail_item)

        is_inherited = self.is_inherited

        is_enabled = self.is_enabled

        source_platform = self.source_platform

        can_customize = self.can_customize

        available_context = self.available_context

        periodic_config = self.periodic_config

        policy_config = self.policy_config

        human_support_config = self.human_support_config

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        name: None | str | Unset = self.name

        description = self.description

        message_title: None | str | Unset = self.message_title

        message_body = self.message_body

        short_message_body = self.short_message_body

        email_subject: None | str | Unset = self.email_subject

        email_from_address: None | str | Unset = self.email_from_address

        email_html_template: None | str | Unset = self.email_html_template

        spa_ids: list[int] | Unset = UNSET
        if not isinstance(self.spa_ids, Unset):
            spa_ids = self.spa_ids

        channel_ids: list[int] | Unset = UNSET
        if not isinstance(self.channel_ids, Unset):
            channel_ids = self.channel_ids

        metadata = self.metadata

        proactive_prompt_message: None | str | Unset = self.proactive_prompt_message

        periodic_learner_scope: str | Unset = UNSET
        if not isinstance(self.periodic_learner_scope, Unset):
            periodic_learner_scope = self.periodic_learner_scope.value

        periodic_report_period_days = self.periodic_report_period_days

        periodic_frequency: str | Unset = UNSET
        if not isinstance(self.periodic_frequency, Unset):
            periodic_frequency = self.periodic_frequency.value

        periodic_custom_interval_days = self.periodic_custom_interval_days

        periodic_execution_time = self.periodic_execution_time

        periodic_timezone = self.periodic_timezone

        periodic_mentors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.periodic_mentors, Unset):
            periodic_mentors = []
            for periodic_mentors_item_data in self.periodic_mentors:
                periodic_mentors_item = periodic_mentors_item_data.to_dict()
                periodic_mentors.append(periodic_mentors_item)

        policy_enabled_policies: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.policy_enabled_policies, Unset):
            policy_enabled_policies = []
            for policy_enabled_policies_item_data in self.policy_enabled_policies:
                policy_enabled_policies_item = policy_enabled_policies_item_data.to_dict()
                policy_enabled_policies.append(policy_enabled_policies_item)

        policy_notify_on_assignment = self.policy_notify_on_assignment

        policy_notify_on_removal = self.policy_notify_on_removal

        human_support_recipient_mode: str | Unset = UNSET
        if not isinstance(self.human_support_recipient_mode, Unset):
            human_support_recipient_mode = self.human_support_recipient_mode.value

        human_support_custom_recipients: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.human_support_custom_recipients, Unset):
            human_support_custom_recipients = []
            for human_support_custom_recipients_item_data in self.human_support_custom_recipients:
                human_support_custom_recipients_item = (
                    human_support_custom_recipients_item_data.to_dict()
                )
                human_support_custom_recipients.append(human_support_custom_recipients_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "spas_detail": spas_detail,
                "allowed_channels_detail": allowed_channels_detail,
                "is_inherited": is_inherited,
                "is_enabled": is_enabled,
                "source_platform": source_platform,
                "can_customize": can_customize,
                "available_context": available_context,
                "periodic_config": periodic_config,
                "policy_config": policy_config,
                "human_support_config": human_support_config,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if message_title is not UNSET:
            field_dict["message_title"] = message_title
        if message_body is not UNSET:
            field_dict["message_body"] = message_body
        if short_message_body is not UNSET:
            field_dict["short_message_body"] = short_message_body
        if email_subject is not UNSET:
            field_dict["email_subject"] = email_subject
        if email_from_address is not UNSET:
            field_dict["email_from_address"] = email_from_address
        if email_html_template is not UNSET:
            field_dict["email_html_template"] = email_html_template
        if spa_ids is not UNSET:
            field_dict["spa_ids"] = spa_ids
        if channel_ids is not UNSET:
            field_dict["channel_ids"] = channel_ids
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if proactive_prompt_message is not UNSET:
            field_dict["proactive_prompt_message"] = proactive_prompt_message
        if periodic_learner_scope is not UNSET:
            field_dict["periodic_learner_scope"] = periodic_learner_scope
        if periodic_report_period_days is not UNSET:
            field_dict["periodic_report_period_days"] = periodic_report_period_days
        if periodic_frequency is not UNSET:
            field_dict["periodic_frequency"] = periodic_frequency
        if periodic_custom_interval_days is not UNSET:
            field_dict["periodic_custom_interval_days"] = periodic_custom_interval_days
        if periodic_execution_time is not UNSET:
            field_dict["periodic_execution_time"] = periodic_execution_time
        if periodic_timezone is not UNSET:
            field_dict["periodic_timezone"] = periodic_timezone
        if periodic_mentors is not UNSET:
            field_dict["periodic_mentors"] = periodic_mentors
        if policy_enabled_policies is not UNSET:
            field_dict["policy_enabled_policies"] = policy_enabled_policies
        if policy_notify_on_assignment is not UNSET:
            field_dict["policy_notify_on_assignment"] = policy_notify_on_assignment
        if policy_notify_on_removal is not UNSET:
            field_dict["policy_notify_on_removal"] = policy_notify_on_removal
        if human_support_recipient_mode is not UNSET:
            field_dict["human_support_recipient_mode"] = human_support_recipient_mode
        if human_support_custom_recipients is not UNSET:
            field_dict["human_support_custom_recipients"] = human_support_custom_recipients

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.consumer_channel import ConsumerChannel  # noqa: PLC0415
        from ..models.notification_template_detail_human_support_custom_recipients_item import (
            NotificationTemplateDetailHumanSupportCustomRecipientsItem,  # noqa: PLC0415
        )
        from ..models.notification_template_detail_periodic_mentors_item import (
            NotificationTemplateDetailPeriodicMentorsItem,  # noqa: PLC0415
        )
        from ..models.notification_template_detail_policy_enabled_policies_item import (
            NotificationTemplateDetailPolicyEnabledPoliciesItem,  # noqa: PLC0415
        )
        from ..models.spa import Spa  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        type_ = NotificationTemplateDetailType(d.pop("type"))

        spas_detail = []
        _spas_detail = d.pop("spas_detail")
        for spas_detail_item_data in _spas_detail:
            spas_detail_item = Spa.from_dict(spas_detail_item_data)

            spas_detail.append(spas_detail_item)

        allowed_channels_detail = []
        _allowed_channels_detail = d.pop("allowed_channels_detail")
        for allowed_channels_detail_item_data in _allowed_channels_detail:
            allowed_channels_detail_item = ConsumerChannel.from_dict(
                allowed_channels_detail_item_data
            )

            allowed_channels_detail.append(allowed_channels_detail_item)

        is_inherited = d.pop("is_inherited")

        is_enabled = d.pop("is_enabled")

        source_platform = d.pop("source_platform")

        can_customize = d.pop("can_customize")

        available_context = d.pop("available_context")

        periodic_config = d.pop("periodic_config")

        policy_config = d.pop("policy_config")

        human_support_config = d.pop("human_support_config")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        message_title = d.pop("message_title", UNSET)

        message_body = d.pop("message_body", UNSET)

        short_message_body = d.pop("short_message_body", UNSET)

        email_subject = d.pop("email_subject", UNSET)

        email_from_address = d.pop("email_from_address", UNSET)

        email_html_template = d.pop("email_html_template", UNSET)

        spa_ids = cast(list[int], d.pop("spa_ids", UNSET))

        channel_ids = cast(list[int], d.pop("channel_ids", UNSET))

        metadata = d.pop("metadata", UNSET)

        proactive_prompt_message = d.pop("proactive_prompt_message", UNSET)

        _periodic_learner_scope = d.pop("periodic_learner_scope", UNSET)
        periodic_learner_scope: NotificationTemplateDetailPeriodicLearnerScope | Unset
        if isinstance(_periodic_learner_scope, Unset):
            periodic_learner_scope = UNSET
        else:
            periodic_learner_scope = NotificationTemplateDetailPeriodicLearnerScope(
                _periodic_learner_scope
            )

        periodic_report_period_days = d.pop("periodic_report_period_days", UNSET)

        _periodic_frequency = d.pop("periodic_frequency", UNSET)
        periodic_frequency: NotificationTemplateDetailPeriodicFrequency | Unset
        if isinstance(_periodic_frequency, Unset):
            periodic_frequency = UNSET
        else:
            periodic_frequency = NotificationTemplateDetailPeriodicFrequency(_periodic_frequency)

        periodic_custom_interval_days = d.pop("periodic_custom_interval_days", UNSET)

        periodic_execution_time = d.pop("periodic_execution_time", UNSET)

        periodic_timezone = d.pop("periodic_timezone", UNSET)

        _periodic_mentors = d.pop("periodic_mentors", UNSET)
        periodic_mentors: list[NotificationTemplateDetailPeriodicMentorsItem] | Unset = UNSET
        if _periodic_mentors is not UNSET:
            periodic_mentors = []
            for periodic_mentors_item_data in _periodic_mentors:
                periodic_mentors_item = NotificationTemplateDetailPeriodicMentorsItem.from_dict(
                    periodic_mentors_item_data
                )

                periodic_mentors.append(periodic_mentors_item)

        _policy_enabled_policies = d.pop("policy_enabled_policies", UNSET)
        policy_enabled_policies: (
            list[NotificationTemplateDetailPolicyEnabledPoliciesItem] | Unset
        ) = UNSET
        if _policy_enabled_policies is not UNSET:
            policy_enabled_policies = []
            for policy_enabled_policies_item_data in _policy_enabled_policies:
                policy_enabled_policies_item = (
                    NotificationTemplateDetailPolicyEnabledPoliciesItem.from_dict(
                        policy_enabled_policies_item_data
                    )
                )

                policy_enabled_policies.append(policy_enabled_policies_item)

        policy_notify_on_assignment = d.pop("policy_notify_on_assignment", UNSET)

        policy_notify_on_removal = d.pop("policy_notify_on_removal", UNSET)

        _human_support_recipient_mode = d.pop("human_support_recipient_mode", UNSET)
        human_support_recipient_mode: NotificationTemplateDetailHumanSupportRecipientMode | Unset
        if isinstance(_human_support_recipient_mode, Unset):
            human_support_recipient_mode = UNSET
        else:
            human_support_recipient_mode = NotificationTemplateDetailHumanSupportRecipientMode(
                _human_support_recipient_mode
            )

        _human_support_custom_recipients = d.pop("human_support_custom_recipients", UNSET)
        human_support_custom_recipients: (
            list[NotificationTemplateDetailHumanSupportCustomRecipientsItem] | Unset
        ) = UNSET
        if _human_support_custom_recipients is not UNSET:
            human_support_custom_recipients = []
            for human_support_custom_recipients_item_data in _human_support_custom_recipients:
                human_support_custom_recipients_item = (
                    NotificationTemplateDetailHumanSupportCustomRecipientsItem.from_dict(
                        human_support_custom_recipients_item_data
                    )
                )

                human_support_custom_recipients.append(human_support_custom_recipients_item)

        notification_template_detail = cls(
            id=id,
            type_=type_,
            spas_detail=spas_detail,
            allowed_channels_detail=allowed_channels_detail,
            is_inherited=is_inherited,
            is_enabled=is_enabled,
            source_platform=source_platform,
            can_customize=can_customize,
            available_context=available_context,
            periodic_config=periodic_config,
            policy_config=policy_config,
            human_support_config=human_support_config,
            created_at=created_at,
            updated_at=updated_at,
            name=name,
            description=description,
            message_title=message_title,
            message_body=message_body,
            short_message_body=short_message_body,
            email_subject=email_subject,
            email_from_address=email_from_address,
            email_html_template=email_html_template,
            spa_ids=spa_ids,
            channel_ids=channel_ids,
            metadata=metadata,
            proactive_prompt_message=proactive_prompt_message,
            periodic_learner_scope=periodic_learner_scope,
            periodic_report_period_days=periodic_report_period_days,
            periodic_frequency=periodic_frequency,
            periodic_custom_interval_days=periodic_custom_interval_days,
            periodic_execution_time=periodic_execution_time,
            periodic_timezone=periodic_timezone,
            periodic_mentors=periodic_mentors,
            policy_enabled_policies=policy_enabled_policies,
            policy_notify_on_assignment=policy_notify_on_assignment,
            policy_notify_on_removal=policy_notify_on_removal,
            human_support_recipient_mode=human_support_recipient_mode,
            human_support_custom_recipients=human_support_custom_recipients,
        )

        notification_template_detail.additional_properties = d
        return notification_template_detail

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
