from enum import StrEnum


class V2CourseRecommendationsRecommendationType(StrEnum):
    COURSES = "courses"
    MENTORS = "mentors"
    PATHWAYS = "pathways"
    PROGRAMS = "programs"
    RESOURCES = "resources"

    def __str__(self) -> str:
        return str(self.value)
