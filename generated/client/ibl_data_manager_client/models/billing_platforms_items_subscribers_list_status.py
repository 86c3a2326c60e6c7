from enum import StrEnum


class BillingPlatformsItemsSubscribersListStatus(StrEnum):
    ACTIVE = "active"
    CANCELED = "canceled"
    FREE = "free"
    GRANDFATHERED = "grandfathered"
    INCOMPLETE = "incomplete"
    PAST_DUE = "past_due"
    TRIALING = "trialing"

    def __str__(self) -> str:
        return str(self.value)
