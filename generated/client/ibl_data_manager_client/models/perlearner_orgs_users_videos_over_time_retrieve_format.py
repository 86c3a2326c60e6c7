from enum import StrEnum


class PerlearnerOrgsUsersVideosOverTimeRetrieveFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
