from enum import StrEnum


class AiAnalyticsOverviewOrgsCoursesCompletionsRetrieveFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
