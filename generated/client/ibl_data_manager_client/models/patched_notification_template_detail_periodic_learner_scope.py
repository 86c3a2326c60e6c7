from enum import StrEnum


class PatchedNotificationTemplateDetailPeriodicLearnerScope(StrEnum):
    ACTIVE_LEARNERS = "ACTIVE_LEARNERS"
    ALL_LEARNERS = "ALL_LEARNERS"

    def __str__(self) -> str:
        return str(self.value)
