from enum import StrEnum


class PerlearnerOrgsUsersCoursesGradingCutoffsRetrieveFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
