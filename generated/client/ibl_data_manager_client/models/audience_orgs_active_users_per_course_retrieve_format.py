from enum import StrEnum


class AudienceOrgsActiveUsersPerCourseRetrieveFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
