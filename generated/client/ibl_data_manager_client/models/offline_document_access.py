from enum import StrEnum


class OfflineDocumentAccess(StrEnum):
    PRIVATE = "private"
    PUBLIC = "public"
    VALUE_2 = ""

    def __str__(self) -> str:
        return str(self.value)
