from enum import StrEnum


class AudienceOrgsEnrollmentsCoursesOverTimeRetrieveFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
