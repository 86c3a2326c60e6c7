from enum import StrEnum


class AnalyticsFinancialRetrieveMetric(StrEnum):
    MONTHLY_COSTS = "monthly_costs"
    TOTAL_COSTS = "total_costs"
    WEEKLY_COSTS = "weekly_costs"

    def __str__(self) -> str:
        return str(self.value)
