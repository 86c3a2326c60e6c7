from enum import StrEnum


class PerlearnerOrgsUsersCoursesOverviewTimeOverTimeRetrieveFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
