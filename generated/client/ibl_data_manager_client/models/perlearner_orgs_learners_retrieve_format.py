from enum import StrEnum


class PerlearnerOrgsLearnersRetrieveFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
