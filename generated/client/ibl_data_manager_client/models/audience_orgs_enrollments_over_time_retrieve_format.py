from enum import StrEnum


class AudienceOrgsEnrollmentsOverTimeRetrieveFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
