from enum import StrEnum


class AiAnalyticsPerlearnerOrgsUsersOverviewGradesAverageRetrieveFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
