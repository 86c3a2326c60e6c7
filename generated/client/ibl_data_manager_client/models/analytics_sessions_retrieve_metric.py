from enum import StrEnum


class AnalyticsSessionsRetrieveMetric(StrEnum):
    HEADLINE = "headline"
    SESSIONS = "sessions"

    def __str__(self) -> str:
        return str(self.value)
