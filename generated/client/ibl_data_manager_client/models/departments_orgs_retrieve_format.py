from enum import StrEnum


class DepartmentsOrgsRetrieveFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
