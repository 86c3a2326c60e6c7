from enum import StrEnum


class GrandfatheringStrategyEnum(StrEnum):
    FREE_FOREVER = "free_forever"
    REQUIRE_SUBSCRIPTION = "require_subscription"

    def __str__(self) -> str:
        return str(self.value)
