from enum import StrEnum


class ProgramTypeEnum(StrEnum):
    BACHELORS = "bachelors"
    CERTIFICATE = "certificate"
    DIPLOMA = "diploma"
    MASTERS = "masters"
    OTHER = "other"
    PHD = "phd"
    UNGRADED = "ungraded"

    def __str__(self) -> str:
        return str(self.value)
