from enum import StrEnum


class AiIndexOrgsUsersDocumentsUpdateBody2Access(StrEnum):
    PRIVATE = "private"
    PUBLIC = "public"

    def __str__(self) -> str:
        return str(self.value)
