from enum import StrEnum


class RecommendationTypeEnum(StrEnum):
    CATALOG = "catalog"
    MENTORS = "mentors"

    def __str__(self) -> str:
        return str(self.value)
