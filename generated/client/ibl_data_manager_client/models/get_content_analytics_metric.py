from enum import StrEnum


class GetContentAnalyticsMetric(StrEnum):
    COURSE = "course"
    COURSES = "courses"
    PATHWAY = "pathway"
    PATHWAYS = "pathways"
    PROGRAM = "program"
    PROGRAMS = "programs"
    SKILL = "skill"
    SKILLS = "skills"

    def __str__(self) -> str:
        return str(self.value)
