from enum import StrEnum


class ItemType3E2Enum(StrEnum):
    COURSE = "course"
    MENTOR = "mentor"
    PATHWAY = "pathway"
    PROGRAM = "program"

    def __str__(self) -> str:
        return str(self.value)
