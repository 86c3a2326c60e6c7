from enum import StrEnum


class MCPServerAuthScope(StrEnum):
    MENTOR = "mentor"
    PLATFORM = "platform"
    USER = "user"

    def __str__(self) -> str:
        return str(self.value)
