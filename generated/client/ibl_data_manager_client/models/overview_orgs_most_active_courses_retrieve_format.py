from enum import StrEnum


class OverviewOrgsMostActiveCoursesRetrieveFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
