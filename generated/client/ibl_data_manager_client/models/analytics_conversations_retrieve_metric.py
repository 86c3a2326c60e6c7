from enum import StrEnum


class AnalyticsConversationsRetrieveMetric(StrEnum):
    CONVERSATIONS = "conversations"
    HEADLINE = "headline"

    def __str__(self) -> str:
        return str(self.value)
