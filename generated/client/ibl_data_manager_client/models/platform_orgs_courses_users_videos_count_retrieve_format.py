from enum import StrEnum


class PlatformOrgsCoursesUsersVideosCountRetrieveFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
