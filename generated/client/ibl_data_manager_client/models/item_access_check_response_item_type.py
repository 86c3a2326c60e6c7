from enum import StrEnum


class ItemAccessCheckResponseItemType(StrEnum):
    COURSE = "course"
    MENTOR = "mentor"
    PATHWAY = "pathway"
    PROGRAM = "program"

    def __str__(self) -> str:
        return str(self.value)
