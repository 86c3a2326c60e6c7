from enum import StrEnum


class OverviewOrgsRegisteredUsersRetrieveFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
