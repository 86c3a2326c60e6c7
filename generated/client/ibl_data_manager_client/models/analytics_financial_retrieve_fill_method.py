from enum import StrEnum


class AnalyticsFinancialRetrieveFillMethod(StrEnum):
    PREVIOUS = "previous"
    ZERO = "zero"

    def __str__(self) -> str:
        return str(self.value)
