from enum import StrEnum


class PerlearnerOrgsUsersGradesPerCourseRetrieveFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
