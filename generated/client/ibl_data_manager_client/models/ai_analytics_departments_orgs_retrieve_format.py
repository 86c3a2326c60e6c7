from enum import StrEnum


class AiAnalyticsDepartmentsOrgsRetrieveFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
