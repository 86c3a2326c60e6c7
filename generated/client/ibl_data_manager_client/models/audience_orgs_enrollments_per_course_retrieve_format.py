from enum import StrEnum


class AudienceOrgsEnrollmentsPerCourseRetrieveFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
