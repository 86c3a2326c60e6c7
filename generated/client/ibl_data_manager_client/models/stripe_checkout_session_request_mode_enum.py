from enum import StrEnum


class StripeCheckoutSessionRequestModeEnum(StrEnum):
    PAYMENT = "payment"
    SETUP = "setup"
    SUBSCRIPTION = "subscription"

    def __str__(self) -> str:
        return str(self.value)
