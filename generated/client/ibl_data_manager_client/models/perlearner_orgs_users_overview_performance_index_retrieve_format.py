from enum import StrEnum


class PerlearnerOrgsUsersOverviewPerformanceIndexRetrieveFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
