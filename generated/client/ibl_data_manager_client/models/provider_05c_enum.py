from enum import StrEnum


class Provider05CEnum(StrEnum):
    DISCORD = "discord"
    SLACK = "slack"
    TEAMS = "teams"
    WEBEX = "webex"
    WHATSAPP = "whatsapp"

    def __str__(self) -> str:
        return str(self.value)
