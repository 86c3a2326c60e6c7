from enum import StrEnum


class MentorGreetingMethod(StrEnum):
    PROACTIVE_PROMPT = "proactive_prompt"
    PROACTIVE_RESPONSE = "proactive_response"

    def __str__(self) -> str:
        return str(self.value)
