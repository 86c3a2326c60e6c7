from enum import StrEnum


class RetrieverDocumentEmbeddingAccess(StrEnum):
    PRIVATE = "private"
    PUBLIC = "public"
    VALUE_2 = ""

    def __str__(self) -> str:
        return str(self.value)
