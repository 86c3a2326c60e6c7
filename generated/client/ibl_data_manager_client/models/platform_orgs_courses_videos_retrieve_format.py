from enum import StrEnum


class PlatformOrgsCoursesVideosRetrieveFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
