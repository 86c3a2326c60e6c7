from enum import StrEnum


class UserGroupsOrgsRetrieveFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
