from enum import StrEnum


class PlatformOrgsCoursesUsersTimeCountRetrieveFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
