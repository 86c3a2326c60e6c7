from enum import StrEnum


class OverviewOrgsLearnersRetrieveFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
