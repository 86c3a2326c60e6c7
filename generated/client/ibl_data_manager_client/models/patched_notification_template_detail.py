from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.patched_notification_template_detail_human_support_recipient_mode import (
    PatchedNotificationTemplateDetailHumanSupportRecipientMode,
)
from ..models.patched_notification_template_detail_periodic_frequency import (
    PatchedNotificationTemplateDetailPeriodicFrequency,
)
from ..models.patched_notification_template_detail_periodic_learner_scope import (
    PatchedNotificationTemplateDetailPeriodicLearnerScope,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.patched_notification_template_detail_human_support_custom_recipients_item import (
        PatchedNotificationTemplateDetailHumanSupportCustomRecipientsItem,
    )
    from ..models.patched_notification_template_detail_periodic_mentors_item import (
        PatchedNotificationTemplateDetailPeriodicMentorsItem,
    )
    from ..models.patched_notification_template_detail_policy_enabled_policies_item import (
        PatchedNotificationTemplateDetailPolicyEnabledPoliciesItem,
    )


T = TypeVar("T", bound="PatchedNotificationTemplateDetail")


@_attrs_define
class PatchedNotificationTemplateDetail:
    """Serializer for detailed template view and editing

    Attributes:
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
        periodic_learner_scope (PatchedNotificationTemplateDetailPeriodicLearnerScope | Unset): Which learners to
            include: ACTIVE_LEARNERS or ALL_LEARNERS  * `ACTIVE_LEARNERS` - ACTIVE_LEARNERS * `ALL_LEARNERS` - ALL_LEARNERS
        periodic_report_period_days (int | Unset): Number of days to include in the report period
        periodic_frequency (PatchedNotificationTemplateDetailPeriodicFrequency | Unset): How often to send: DAILY,
            WEEKLY, MONTHLY, or CUSTOM  * `DAILY` - DAILY * `WEEKLY` - WEEKLY * `MONTHLY` - MONTHLY * `CUSTOM` - CUSTOM
        periodic_custom_interval_days (int | Unset): Custom interval in days (when frequency is CUSTOM)
        periodic_execution_time (str | Unset): Time to run in HH:MM format (24-hour)
        periodic_timezone (str | Unset): Timezone for execution time (e.g. America/New_York)
        periodic_mentors (list[PatchedNotificationTemplateDetailPeriodicMentorsItem] | Unset): List of mentor
            configurations: [{"unique_id": "uuid", "prompt": "...", "name": "..."}]
        policy_enabled_policies (list[PatchedNotificationTemplateDetailPolicyEnabledPoliciesItem] | Unset): Per-role
            config: [{"role_name": "Analytics Viewer", "enabled": True, "subject": "Custom subject for {{role_name}}"}, ...]
        policy_notify_on_assignment (bool | Unset): Send notification when policy is assigned
        policy_notify_on_removal (bool | Unset): Send notification when policy is removed
        human_support_recipient_mode (PatchedNotificationTemplateDetailHumanSupportRecipientMode | Unset): Who receives
            human support ticket notifications  * `platform_admins_and_mentor_owner` - platform_admins_and_mentor_owner *
            `platform_admins_only` - platform_admins_only * `mentor_owner_only` - mentor_owner_only * `custom` - custom
        human_support_custom_recipients (list[PatchedNotificationTemplateDetailHumanSupportCustomRecipientsItem] |
            Unset): Custom targets: user: {type, id}; user_group: {type, id}; rbac_policy: {type, policy_name}
    """

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
    periodic_learner_scope: PatchedNotificationTemplateDetailPeriodicLearnerScope | Unset = UNSET
    periodic_report_period_days: int | Unset = UNSET
    periodic_frequency: PatchedNotificationTemplateDetailPeriodicFrequency | Unset = UNSET
    periodic_custom_interval_days: int | Unset = UNSET
    periodic_execution_time: str | Unset = UNSET
    periodic_timezone: str | Unset = UNSET
    periodic_mentors: list[PatchedNotificationTemplateDetailPeriodicMentorsItem] | Unset = UNSET
    policy_enabled_policies: (
        list[PatchedNotificationTemplateDetailPolicyEnabledPoliciesItem] | Unset
    ) = UNSET
    policy_notify_on_assignment: bool | Unset = UNSET
    policy_notify_on_removal: bool | Unset = UNSET
    human_support_recipient_mode: (
        PatchedNotificationTemplateDetailHumanSupportRecipientMode | Unset
    ) = UNSET
    human_support_custom_recipients: (
        list[PatchedNotificationTemplateDetailHumanSupportCustomRecipientsItem] | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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
        field_dict.update({})
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

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.name, Unset):
            if isinstance(self.name, str):
                files.append(("name", (None, str(self.name).encode(), "text/plain")))
            else:
                files.append(("name", (None, str(self.name).encode(), "text/plain")))

        if not isinstance(self.description, Unset):
            files.append(("description", (None, str(self.description).encode(), "text/plain")))

        if not isinstance(self.message_title, Unset):
            if isinstance(self.message_title, str):
                files.append(
                    ("message_title", (None, str(self.message_title).encode(), "text/plain"))
                )
            else:
                files.append(
                    ("message_title", (None, str(self.message_title).encode(), "text/plain"))
                )

        if not isinstance(self.message_body, Unset):
            files.append(("message_body", (None, str(self.message_body).encode(), "text/plain")))

        if not isinstance(self.short_message_body, Unset):
            files.append(
                ("short_message_body", (None, str(self.short_message_body).encode(), "text/plain"))
            )

        if not isinstance(self.email_subject, Unset):
            if isinstance(self.email_subject, str):
                files.append(
                    ("email_subject", (None, str(self.email_subject).encode(), "text/plain"))
                )
            else:
                files.append(
                    ("email_subject", (None, str(self.email_subject).encode(), "text/plain"))
                )

        if not isinstance(self.email_from_address, Unset):
            if isinstance(self.email_from_address, str):
                files.append(
                    (
                        "email_from_address",
                        (None, str(self.email_from_address).encode(), "text/plain"),
                    )
                )
            else:
                files.append(
                    (
                        "email_from_address",
                        (None, str(self.email_from_address).encode(), "text/plain"),
                    )
                )

        if not isinstance(self.email_html_template, Unset):
            if isinstance(self.email_html_template, str):
                files.append(
                    (
                        "email_html_template",
                        (None, str(self.email_html_template).encode(), "text/plain"),
                    )
                )
            else:
                files.append(
                    (
                        "email_html_template",
                        (None, str(self.email_html_template).encode(), "text/plain"),
                    )
                )

        if not isinstance(self.spa_ids, Unset):
            for spa_ids_item_element in self.spa_ids:
                files.append(("spa_ids", (None, str(spa_ids_item_element).encode(), "text/plain")))

        if not isinstance(self.channel_ids, Unset):
            for channel_ids_item_element in self.channel_ids:
                files.append(
                    ("channel_ids", (None, str(channel_ids_item_element).encode(), "text/plain"))
                )

        if not isinstance(self.metadata, Unset):
            files.append(("metadata", (None, str(self.metadata).encode(), "text/plain")))

        if not isinstance(self.proactive_prompt_message, Unset):
            if isinstance(self.proactive_prompt_message, str):
                files.append(
                    (
                        "proactive_prompt_message",
                        (None, str(self.proactive_prompt_message).encode(), "text/plain"),
                    )
                )
            else:
                files.append(
                    (
                        "proactive_prompt_message",
                        (None, str(self.proactive_prompt_message).encode(), "text/plain"),
                    )
                )

        if not isinstance(self.periodic_learner_scope, Unset):
            files.append(
                (
                    "periodic_learner_scope",
                    (None, str(self.periodic_learner_scope.value).encode(), "text/plain"),
                )
            )

        if not isinstance(self.periodic_report_period_days, Unset):
            files.append(
                (
                    "periodic_report_period_days",
                    (None, str(self.periodic_report_period_days).encode(), "text/plain"),
                )
            )

        if not isinstance(self.periodic_frequency, Unset):
            files.append(
                (
                    "periodic_frequency",
                    (None, str(self.periodic_frequency.value).encode(), "text/plain"),
                )
            )

        if not isinstance(self.periodic_custom_interval_days, Unset):
            files.append(
                (
                    "periodic_custom_interval_days",
                    (None, str(self.periodic_custom_interval_days).encode(), "text/plain"),
                )
            )

        if not isinstance(self.periodic_execution_time, Unset):
            files.append(
                (
                    "periodic_execution_time",
                    (None, str(self.periodic_execution_time).encode(), "text/plain"),
                )
            )

        if not isinstance(self.periodic_timezone, Unset):
            files.append(
                ("periodic_timezone", (None, str(self.periodic_timezone).encode(), "text/plain"))
            )

        if not isinstance(self.periodic_mentors, Unset):
            for periodic_mentors_item_element in self.periodic_mentors:
                files.append(
                    (
                        "periodic_mentors",
                        (
                            None,
                            json.dumps(periodic_mentors_item_element.to_dict()).encode(),
                            "application/json",
                        ),
                    )
                )

        if not isinstance(self.policy_enabled_policies, Unset):
            for policy_enabled_policies_item_element in self.policy_enabled_policies:
                files.append(
                    (
                        "policy_enabled_policies",
                        (
                            None,
                            json.dumps(policy_enabled_policies_item_element.to_dict()).encode(),
                            "application/json",
                        ),
                    )
                )

        if not isinstance(self.policy_notify_on_assignment, Unset):
            files.append(
                (
                    "policy_notify_on_assignment",
                    (None, str(self.policy_notify_on_assignment).encode(), "text/plain"),
                )
            )

        if not isinstance(self.policy_notify_on_removal, Unset):
            files.append(
                (
                    "policy_notify_on_removal",
                    (None, str(self.policy_notify_on_removal).encode(), "text/plain"),
                )
            )

        if not isinstance(self.human_support_recipient_mode, Unset):
            files.append(
                (
                    "human_support_recipient_mode",
                    (None, str(self.human_support_recipient_mode.value).encode(), "text/plain"),
                )
            )

        if not isinstance(self.human_support_custom_recipients, Unset):
            for (
                human_support_custom_recipients_item_element
            ) in self.human_support_custom_recipients:
                files.append(
                    (
                        "human_support_custom_recipients",
                        (
                            None,
                            json.dumps(
                                human_support_custom_recipients_item_element.to_dict()
                            ).encode(),
                            "application/json",
                        ),
                    )
                )

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.patched_notification_template_detail_human_support_custom_recipients_item import (
            PatchedNotificationTemplateDetailHumanSupportCustomRecipientsItem,  # noqa: PLC0415
        )
        from ..models.patched_notification_template_detail_periodic_mentors_item import (
            PatchedNotificationTemplateDetailPeriodicMentorsItem,  # noqa: PLC0415
        )
        from ..models.patched_notification_template_detail_policy_enabled_policies_item import (
            PatchedNotificationTemplateDetailPolicyEnabledPoliciesItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
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
        periodic_learner_scope: PatchedNotificationTemplateDetailPeriodicLearnerScope | Unset
        if isinstance(_periodic_learner_scope, Unset):
            periodic_learner_scope = UNSET
        else:
            periodic_learner_scope = PatchedNotificationTemplateDetailPeriodicLearnerScope(
                _periodic_learner_scope
            )

        periodic_report_period_days = d.pop("periodic_report_period_days", UNSET)

        _periodic_frequency = d.pop("periodic_frequency", UNSET)
        periodic_frequency: PatchedNotificationTemplateDetailPeriodicFrequency | Unset
        if isinstance(_periodic_frequency, Unset):
            periodic_frequency = UNSET
        else:
            periodic_frequency = PatchedNotificationTemplateDetailPeriodicFrequency(
                _periodic_frequency
            )

        periodic_custom_interval_days = d.pop("periodic_custom_interval_days", UNSET)

        periodic_execution_time = d.pop("periodic_execution_time", UNSET)

        periodic_timezone = d.pop("periodic_timezone", UNSET)

        _periodic_mentors = d.pop("periodic_mentors", UNSET)
        periodic_mentors: list[PatchedNotificationTemplateDetailPeriodicMentorsItem] | Unset = UNSET
        if _periodic_mentors is not UNSET:
            periodic_mentors = []
            for periodic_mentors_item_data in _periodic_mentors:
                periodic_mentors_item = (
                    PatchedNotificationTemplateDetailPeriodicMentorsItem.from_dict(
                        periodic_mentors_item_data
                    )
                )

                periodic_mentors.append(periodic_mentors_item)

        _policy_enabled_policies = d.pop("policy_enabled_policies", UNSET)
        policy_enabled_policies: (
            list[PatchedNotificationTemplateDetailPolicyEnabledPoliciesItem] | Unset
        ) = UNSET
        if _policy_enabled_policies is not UNSET:
            policy_enabled_policies = []
            for policy_enabled_policies_item_data in _policy_enabled_policies:
                policy_enabled_policies_item = (
                    PatchedNotificationTemplateDetailPolicyEnabledPoliciesItem.from_dict(
                        policy_enabled_policies_item_data
                    )
                )

                policy_enabled_policies.append(policy_enabled_policies_item)

        policy_notify_on_assignment = d.pop("policy_notify_on_assignment", UNSET)

        policy_notify_on_removal = d.pop("policy_notify_on_removal", UNSET)

        _human_support_recipient_mode = d.pop("human_support_recipient_mode", UNSET)
        human_support_recipient_mode: (
            PatchedNotificationTemplateDetailHumanSupportRecipientMode | Unset
        )
        if isinstance(_human_support_recipient_mode, Unset):
            human_support_recipient_mode = UNSET
        else:
            human_support_recipient_mode = (
                PatchedNotificationTemplateDetailHumanSupportRecipientMode(
                    _human_support_recipient_mode
                )
            )

        _human_support_custom_recipients = d.pop("human_support_custom_recipients", UNSET)
        human_support_custom_recipients: (
            list[PatchedNotificationTemplateDetailHumanSupportCustomRecipientsItem] | Unset
        ) = UNSET
        if _human_support_custom_recipients is not UNSET:
            human_support_custom_recipients = []
            for human_support_custom_recipients_item_data in _human_support_custom_recipients:
                human_support_custom_recipients_item = (
                    PatchedNotificationTemplateDetailHumanSupportCustomRecipientsItem.from_dict(
                        human_support_custom_recipients_item_data
                    )
                )

                human_support_custom_recipients.append(human_support_custom_recipients_item)

        patched_notification_template_detail = cls(
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

        patched_notification_template_detail.additional_properties = d
        return patched_notification_template_detail

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
