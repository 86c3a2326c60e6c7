from enum import StrEnum


class PerlearnerOrgsUsersLastAccessRetrieveFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
