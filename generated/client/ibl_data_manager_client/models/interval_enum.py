from enum import StrEnum


class IntervalEnum(StrEnum):
    MONTH = "month"
    ONE_TIME = "one_time"
    YEAR = "year"

    def __str__(self) -> str:
        return str(self.value)
