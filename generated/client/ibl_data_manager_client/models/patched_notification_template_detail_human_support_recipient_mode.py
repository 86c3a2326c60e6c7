from enum import StrEnum


class PatchedNotificationTemplateDetailHumanSupportRecipientMode(StrEnum):
    CUSTOM = "custom"
    MENTOR_OWNER_ONLY = "mentor_owner_only"
    PLATFORM_ADMINS_AND_MENTOR_OWNER = "platform_admins_and_mentor_owner"
    PLATFORM_ADMINS_ONLY = "platform_admins_only"

    def __str__(self) -> str:
        return str(self.value)
