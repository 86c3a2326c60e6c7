from enum import StrEnum


class BillingTransactionsRetrieveTransactionType(StrEnum):
    ADD = "add"
    REFUND = "refund"
    RELEASE = "release"
    RESERVE = "reserve"
    ROLLOVER = "rollover"
    SUBTRACT = "subtract"

    def __str__(self) -> str:
        return str(self.value)
