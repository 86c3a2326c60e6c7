from enum import StrEnum


class ItemType40FEnum(StrEnum):
    COURSE = "course"
    MENTOR = "mentor"
    PATHWAY = "pathway"
    PROGRAM = "program"

    def __str__(self) -> str:
        return str(self.value)
