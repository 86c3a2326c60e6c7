from enum import StrEnum


class PatchedMediaResourceMediaType(StrEnum):
    AUDIO = "audio"
    DOCUMENT = "document"
    IMAGE = "image"
    OTHER = "other"
    VIDEO = "video"

    def __str__(self) -> str:
        return str(self.value)
