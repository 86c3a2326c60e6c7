from enum import StrEnum


class AudienceOrgsEnrollmentsOverTimeRetrieveActive(StrEnum):
    FALSE = "false"
    FALSE_2 = "False"
    N = "n"
    NO = "no"
    TRUE = "true"
    TRUE_2 = "True"
    Y = "y"
    YES = "yes"

    def __str__(self) -> str:
        return str(self.value)
