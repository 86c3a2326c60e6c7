from enum import StrEnum


class AiIndexOrgsUsersDocumentsUpdateBodyAccess(StrEnum):
    PRIVATE = "private"
    PUBLIC = "public"

    def __str__(self) -> str:
        return str(self.value)
