from enum import StrEnum


class OverviewOrgsAverageGradeRetrieveFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
