from enum import StrEnum


class RetrieverDocumentEmbeddingRequestCrawlerPatternType(StrEnum):
    GLOB = "glob"
    REGEX = "regex"

    def __str__(self) -> str:
        return str(self.value)
