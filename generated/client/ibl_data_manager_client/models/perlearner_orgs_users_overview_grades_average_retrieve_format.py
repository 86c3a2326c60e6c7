from enum import StrEnum


class PerlearnerOrgsUsersOverviewGradesAverageRetrieveFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
