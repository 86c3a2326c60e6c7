from enum import StrEnum


class PlatformOrgsCoursesUsersProgressRetrieveFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
