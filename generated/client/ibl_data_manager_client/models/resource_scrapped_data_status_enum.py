from enum import StrEnum


class ResourceScrappedDataStatusEnum(StrEnum):
    FAILED = "failed"
    PENDING = "pending"
    SCRAPPED = "scrapped"
    UNSCRAPPED = "unscrapped"

    def __str__(self) -> str:
        return str(self.value)
