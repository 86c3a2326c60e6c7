from enum import StrEnum


class OverviewOrgsCoursesCompletionsRetrieveFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
