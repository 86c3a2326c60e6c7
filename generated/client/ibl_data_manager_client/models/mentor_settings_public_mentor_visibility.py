from enum import StrEnum


class MentorSettingsPublicMentorVisibility(StrEnum):
    VALUE_3 = ""
    VIEWABLE_BY_ANYONE = "viewable_by_anyone"
    VIEWABLE_BY_TENANT_ADMINS = "viewable_by_tenant_admins"
    VIEWABLE_BY_TENANT_STUDENTS = "viewable_by_tenant_students"

    def __str__(self) -> str:
        return str(self.value)
