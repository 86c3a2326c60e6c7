from enum import StrEnum


class AiAnalyticsPerlearnerOrgsUsersCoursesGradingDetailRetrieveFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
