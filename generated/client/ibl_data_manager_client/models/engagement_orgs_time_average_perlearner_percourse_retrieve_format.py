from enum import StrEnum


class EngagementOrgsTimeAveragePerlearnerPercourseRetrieveFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
