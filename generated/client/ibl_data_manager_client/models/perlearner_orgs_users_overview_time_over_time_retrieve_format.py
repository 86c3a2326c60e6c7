from enum import StrEnum


class PerlearnerOrgsUsersOverviewTimeOverTimeRetrieveFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
