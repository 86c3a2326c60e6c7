from enum import StrEnum


class PerlearnerOrgsUsersVideosPerCourseRetrieveFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
