from enum import StrEnum


class RetrieverDocumentEmbeddingCrawlerPatternType(StrEnum):
    GLOB = "glob"
    REGEX = "regex"
    VALUE_2 = ""

    def __str__(self) -> str:
        return str(self.value)
