from enum import StrEnum


class AnalyticsLearnersListRetrieveSortBy(StrEnum):
    LAST_ACTIVITY = "last_activity"
    NAME = "name"
    TOTAL_ENROLLMENTS = "total_enrollments"
    TOTAL_POINTS = "total_points"
    TOTAL_SKILLS_COUNT = "total_skills_count"
    TOTAL_TIME_SPENT_SECONDS = "total_time_spent_seconds"
    USERNAME = "username"

    def __str__(self) -> str:
        return str(self.value)
