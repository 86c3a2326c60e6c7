from enum import StrEnum


class StripeCheckoutSessionRequestMode(StrEnum):
    PAYMENT = "payment"
    SETUP = "setup"
    SUBSCRIPTION = "subscription"

    def __str__(self) -> str:
        return str(self.value)
