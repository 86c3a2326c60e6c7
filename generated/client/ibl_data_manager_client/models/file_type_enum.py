from enum import StrEnum


class FileTypeEnum(StrEnum):
    ASSET = "asset"
    REFERENCE = "reference"
    SCRIPT = "script"

    def __str__(self) -> str:
        return str(self.value)
