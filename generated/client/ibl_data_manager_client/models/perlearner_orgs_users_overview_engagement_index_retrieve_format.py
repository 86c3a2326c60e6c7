from enum import StrEnum


class PerlearnerOrgsUsersOverviewEngagementIndexRetrieveFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
