from enum import StrEnum


class AiMentorOrgsUsersMcpServerConnectionsListAuthType(StrEnum):
    NONE = "none"
    OAUTH2 = "oauth2"
    TOKEN = "token"

    def __str__(self) -> str:
        return str(self.value)
