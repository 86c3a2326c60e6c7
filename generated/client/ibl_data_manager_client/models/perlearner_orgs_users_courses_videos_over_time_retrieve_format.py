from enum import StrEnum


class PerlearnerOrgsUsersCoursesVideosOverTimeRetrieveFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
