from enum import StrEnum


class AiIndexOrgsUsersDocumentsUpdateBody3Access(StrEnum):
    PRIVATE = "private"
    PUBLIC = "public"

    def __str__(self) -> str:
        return str(self.value)
