from enum import StrEnum


class AudienceOrgsRegisteredUsersPerCourseRetrieveFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
