from enum import StrEnum


class PerlearnerOrgsUsersCoursesVideosRetrieveFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
