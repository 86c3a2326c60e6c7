from enum import StrEnum


class OverviewOrgsActiveUsersRetrieveFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
