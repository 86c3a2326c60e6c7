from enum import StrEnum


class StripeCustomerPortalRequestFlowType(StrEnum):
    PAYMENT_METHOD_UPDATE = "payment_method_update"
    SUBSCRIPTION_CANCEL = "subscription_cancel"
    SUBSCRIPTION_UPDATE = "subscription_update"

    def __str__(self) -> str:
        return str(self.value)
