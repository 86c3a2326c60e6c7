from enum import StrEnum


class PatchedMentorCreateStarterPrompts(StrEnum):
    GUIDED_PROMPT = "guided_prompt"
    SUGGESTED_PROMPT = "suggested_prompt"

    def __str__(self) -> str:
        return str(self.value)
