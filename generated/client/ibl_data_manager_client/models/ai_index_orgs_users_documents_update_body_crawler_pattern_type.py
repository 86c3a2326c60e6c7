from enum import StrEnum


class AiIndexOrgsUsersDocumentsUpdateBodyCrawlerPatternType(StrEnum):
    GLOB = "glob"
    REGEX = "regex"

    def __str__(self) -> str:
        return str(self.value)
