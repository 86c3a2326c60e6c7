from enum import StrEnum


class KindEnum(StrEnum):
    HELPREQUEST = "HelpRequest"
    KNOWLEDGEGAP = "KnowledgeGap"
    LESSONSLEARNED = "LessonsLearned"

    def __str__(self) -> str:
        return str(self.value)
