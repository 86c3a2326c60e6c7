from enum import StrEnum


class PatchedMentorCreateGreetingMethod(StrEnum):
    PROACTIVE_PROMPT = "proactive_prompt"
    PROACTIVE_RESPONSE = "proactive_response"

    def __str__(self) -> str:
        return str(self.value)
