from enum import StrEnum


class V2CourseRecommendationsRankingStrategy(StrEnum):
    CUSTOM = "custom"
    DIFFICULTY = "difficulty"
    PERSONALIZED = "personalized"
    RELEVANCE = "relevance"

    def __str__(self) -> str:
        return str(self.value)
