from enum import StrEnum


class PerlearnerOrgsUsersCoursesGradingSummaryRetrieveFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
