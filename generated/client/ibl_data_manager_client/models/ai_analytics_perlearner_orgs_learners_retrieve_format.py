from enum import StrEnum


class AiAnalyticsPerlearnerOrgsLearnersRetrieveFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
