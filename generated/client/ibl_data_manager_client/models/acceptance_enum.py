from enum import StrEnum


class AcceptanceEnum(StrEnum):
    ACCEPTED = "Accepted"
    REJECTED = "Rejected"
    UNACCEPTED = "Unaccepted"

    def __str__(self) -> str:
        return str(self.value)
