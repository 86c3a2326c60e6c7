from enum import StrEnum


class MentorStarterPrompts(StrEnum):
    GUIDED_PROMPT = "guided_prompt"
    SUGGESTED_PROMPT = "suggested_prompt"

    def __str__(self) -> str:
        return str(self.value)
