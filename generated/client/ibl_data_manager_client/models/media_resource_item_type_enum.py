from enum import StrEnum


class MediaResourceItemTypeEnum(StrEnum):
    ALL = "all"
    COURSE = "course"
    COURSE_RESOURCE = "course_resource"
    COURSE_UNIT = "course_unit"
    RESOURCE = "resource"
    UNIT = "unit"
    UNIT_RESOURCE = "unit_resource"

    def __str__(self) -> str:
        return str(self.value)
