from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.notification_template_list_type import NotificationTemplateListType
from ..types import UNSET, Unset

T = TypeVar("T", bound="NotificationTemplateList")


@_attrs_define
class NotificationTemplateList:
    """Serializer for listing notification templates with inheritance info

    Attributes:
        id (UUID): Unique identifier for this notification template.
        is_inherited (bool): True if using main platform template (no platform override)
        source_platform (str): Platform key of the template source (main or tenant)
        is_enabled (bool): True if notification is enabled for this platform
        can_customize (bool): True if platform admin can edit template content
        is_custom (bool): True if this is a custom notification type
        spas (str): SPAs (Single Page Apps) that can use this template
        allowed_channels (str): Channels this template can be delivered via (email, push, etc.)
        available_context (str): Context variables available for template rendering
        type_ (NotificationTemplateListType | Unset): Select the type of notification from the available options.  *
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
        name (None | str | Unset): A friendly name for the notification template.
        description (str | Unset): Admin-friendly description of what this notification does, when it triggers, and what
            data it needs
        message_title (None | str | Unset): The title for the notification message.
        email_subject (None | str | Unset): Email subject line (supports Django template syntax)
    """

    id: UUID
    is_inherited: bool
    source_platform: str
    is_enabled: bool
    can_customize: bool
    is_custom: bool
    spas: str
    allowed_channels: str
    available_context: str
    type_: NotificationTemplateListType | Unset = UNSET
    name: None | str | Unset = UNSET
    description: str | Unset = UNSET
    message_title: None | str | Unset = UNSET
    email_subject: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        is_inherited = self.is_inherited

        source_platform = self.source_platform

        is_enabled = self.is_enabled

        can_customize = self.can_customize

        is_custom = self.is_custom

        spas = self.spas

        allowed_channels = self.allowed_channels

        available_context = self.available_context

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        name: None | str | Unset = self.name

        description = self.description

        message_title: None | str | Unset = self.message_title

        email_subject: None | str | Unset = self.email_subject

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "is_inherited": is_inherited,
                "source_platform": source_platform,
                "is_enabled": is_enabled,
                "can_customize": can_customize,
                "is_custom": is_custom,
                "spas": spas,
                "allowed_channels": allowed_channels,
                "available_context": available_context,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if message_title is not UNSET:
            field_dict["message_title"] = message_title
        if email_subject is not UNSET:
            field_dict["email_subject"] = email_subject

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        is_inherited = d.pop("is_inherited")

        source_platform = d.pop("source_platform")

        is_enabled = d.pop("is_enabled")

        can_customize = d.pop("can_customize")

        is_custom = d.pop("is_custom")

        spas = d.pop("spas")

        allowed_channels = d.pop("allowed_channels")

        available_context = d.pop("available_context")

        _type_ = d.pop("type", UNSET)
        type_: NotificationTemplateListType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = NotificationTemplateListType(_type_)

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        message_title = d.pop("message_title", UNSET)

        email_subject = d.pop("email_subject", UNSET)

        notification_template_list = cls(
            id=id,
            is_inherited=is_inherited,
            source_platform=source_platform,
            is_enabled=is_enabled,
            can_customize=can_customize,
            is_custom=is_custom,
            spas=spas,
            allowed_channels=allowed_channels,
            available_context=available_context,
            type_=type_,
            name=name,
            description=description,
            message_title=message_title,
            email_subject=email_subject,
        )

        notification_template_list.additional_properties = d
        return notification_template_list

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
