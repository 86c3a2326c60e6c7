from enum import StrEnum


class InstitutionTypeEnum(StrEnum):
    ACADEMY = "academy"
    COLLEGE = "college"
    INSTITUTE = "institute"
    OTHER = "other"
    UNIVERSITY = "university"

    def __str__(self) -> str:
        return str(self.value)
