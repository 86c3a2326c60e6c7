from enum import StrEnum


class AnalyticsRatingsRetrieveDateFilter(StrEnum):
    ALL_TIME = "all_time"
    CUSTOM = "custom"
    TODAY = "today"
    VALUE_1 = "7d"
    VALUE_2 = "30d"
    VALUE_3 = "90d"

    def __str__(self) -> str:
        return str(self.value)
