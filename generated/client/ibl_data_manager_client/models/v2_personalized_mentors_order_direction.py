from enum import StrEnum


class V2PersonalizedMentorsOrderDirection(StrEnum):
    ASC = "asc"
    DESC = "desc"

    def __str__(self) -> str:
        return str(self.value)
