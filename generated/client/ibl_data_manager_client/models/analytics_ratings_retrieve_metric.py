from enum import StrEnum


class AnalyticsRatingsRetrieveMetric(StrEnum):
    RATINGS = "ratings"

    def __str__(self) -> str:
        return str(self.value)
