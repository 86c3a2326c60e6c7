from enum import StrEnum


class PerlearnerOrgsUsersInfoRetrieveFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
