from enum import StrEnum


class PerlearnerOrgsUsersCoursesGradingDetailRetrieveFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
