from enum import StrEnum


class Status0E3Enum(StrEnum):
    ACTIVE = "active"
    CANCELED = "canceled"
    FREE = "free"
    GRANDFATHERED = "grandfathered"
    INCOMPLETE = "incomplete"
    PAST_DUE = "past_due"
    TRIALING = "trialing"

    def __str__(self) -> str:
        return str(self.value)
