from enum import StrEnum


class AnalyticsTopicsRetrieveMetric(StrEnum):
    HIGHLIGHTED = "highlighted"
    OVERVIEW = "overview"
    RATINGS = "ratings"
    SESSIONS = "sessions"

    def __str__(self) -> str:
        return str(self.value)
