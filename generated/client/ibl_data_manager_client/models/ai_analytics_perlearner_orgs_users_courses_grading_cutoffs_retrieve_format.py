from enum import StrEnum


class AiAnalyticsPerlearnerOrgsUsersCoursesGradingCutoffsRetrieveFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
