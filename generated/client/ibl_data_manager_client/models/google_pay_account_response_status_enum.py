from enum import StrEnum


class GooglePayAccountResponseStatusEnum(StrEnum):
    ACCOUNT_ACTIVE = "ACCOUNT_ACTIVE"
    ACCOUNT_PENDING = "ACCOUNT_PENDING"

    def __str__(self) -> str:
        return str(self.value)
