from enum import StrEnum


class RetrieverDocumentEmbeddingTrainingStatus(StrEnum):
    FAILED = "failed"
    PENDING = "pending"
    TRAINED = "trained"
    UNTRAINED = "untrained"
    VALUE_4 = ""

    def __str__(self) -> str:
        return str(self.value)
