from enum import StrEnum


class AnalyticsFinancialRetrieveProvider(StrEnum):
    ANTHROPIC = "anthropic"
    AZURE = "azure"
    GOOGLE = "google"
    META = "meta"
    OPENAI = "openai"
    OTHER = "other"

    def __str__(self) -> str:
        return str(self.value)
