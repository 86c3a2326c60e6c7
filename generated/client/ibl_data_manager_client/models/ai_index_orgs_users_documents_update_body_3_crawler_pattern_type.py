from enum import StrEnum


class AiIndexOrgsUsersDocumentsUpdateBody3CrawlerPatternType(StrEnum):
    GLOB = "glob"
    REGEX = "regex"

    def __str__(self) -> str:
        return str(self.value)
