from enum import StrEnum


class PlatformPromptRecommendationType(StrEnum):
    CATALOG = "catalog"
    MENTORS = "mentors"

    def __str__(self) -> str:
        return str(self.value)
