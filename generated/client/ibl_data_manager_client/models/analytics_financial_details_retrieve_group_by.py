from enum import StrEnum


class AnalyticsFinancialDetailsRetrieveGroupBy(StrEnum):
    ACTION = "action"
    LLM_MODEL = "llm_model"
    MENTOR = "mentor"
    PLATFORM = "platform"
    PROVIDER = "provider"
    USERNAME = "username"

    def __str__(self) -> str:
        return str(self.value)
