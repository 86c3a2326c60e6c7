from enum import StrEnum


class PerlearnerOrgsUsersCoursesOverviewGradeRetrieveFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
