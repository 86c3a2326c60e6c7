from enum import StrEnum


class PerlearnerOrgsUsersCoursesOverviewPerformanceIndexRetrieveFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
