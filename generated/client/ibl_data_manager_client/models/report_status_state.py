from enum import StrEnum


class ReportStatusState(StrEnum):
    ACCUMULATING = "accumulating"
    CANCELLED = "cancelled"
    COMPLETED = "completed"
    ERROR = "error"
    EXPIRED = "expired"
    PENDING = "pending"
    PROCESSING = "processing"
    RUNNING = "running"
    STORING = "storing"

    def __str__(self) -> str:
        return str(self.value)
