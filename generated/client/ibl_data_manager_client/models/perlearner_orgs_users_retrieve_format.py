from enum import StrEnum


class PerlearnerOrgsUsersRetrieveFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
