from enum import StrEnum


class PerlearnerOrgsUsersActivityRetrieveFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
