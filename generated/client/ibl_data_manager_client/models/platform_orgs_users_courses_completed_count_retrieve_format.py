from enum import StrEnum


class PlatformOrgsUsersCoursesCompletedCountRetrieveFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
