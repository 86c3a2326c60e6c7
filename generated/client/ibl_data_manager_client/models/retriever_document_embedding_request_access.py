from enum import StrEnum


class RetrieverDocumentEmbeddingRequestAccess(StrEnum):
    PRIVATE = "private"
    PUBLIC = "public"

    def __str__(self) -> str:
        return str(self.value)
