from enum import StrEnum


class XblockTypeEnum(StrEnum):
    HTML = "html"
    PROBLEM = "problem"
    SECTION = "section"
    SUBSECTION = "subsection"
    UNIT = "unit"
    VIDEO = "video"

    def __str__(self) -> str:
        return str(self.value)
