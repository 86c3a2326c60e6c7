from enum import StrEnum


class AiIndexOrgsUsersDocumentsTrainCreateBodyCrawlerPatternType(StrEnum):
    GLOB = "glob"
    REGEX = "regex"

    def __str__(self) -> str:
        return str(self.value)
