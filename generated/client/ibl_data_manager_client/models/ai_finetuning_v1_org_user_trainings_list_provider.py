from enum import StrEnum


class AiFinetuningV1OrgUserTrainingsListProvider(StrEnum):
    OPENAI = "openai"

    def __str__(self) -> str:
        return str(self.value)
