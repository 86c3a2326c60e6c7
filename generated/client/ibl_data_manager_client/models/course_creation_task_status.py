from enum import StrEnum


class CourseCreationTaskStatus(StrEnum):
    CANCELLED = "Cancelled"
    FAILED = "Failed"
    IN_PROGRESS = "In Progress"
    PENDING = "Pending"
    SCHEDULED = "Scheduled"
    SUCCESS = "Success"

    def __str__(self) -> str:
        return str(self.value)
