from enum import StrEnum


class ArtifactVersionInterface(StrEnum):
    API = "api"
    CHAT = "chat"

    def __str__(self) -> str:
        return str(self.value)
