from enum import StrEnum


class PlatformOrgsCoursesCountRetrieveFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
