from enum import StrEnum


class ResourceScrappedDataStatus(StrEnum):
    FAILED = "failed"
    PENDING = "pending"
    SCRAPPED = "scrapped"
    UNSCRAPPED = "unscrapped"
    VALUE_4 = ""

    def __str__(self) -> str:
        return str(self.value)
