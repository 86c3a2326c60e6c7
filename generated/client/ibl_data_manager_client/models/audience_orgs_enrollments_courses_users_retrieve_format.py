from enum import StrEnum


class AudienceOrgsEnrollmentsCoursesUsersRetrieveFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
