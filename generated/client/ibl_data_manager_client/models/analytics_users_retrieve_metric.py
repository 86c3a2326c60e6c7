from enum import StrEnum


class AnalyticsUsersRetrieveMetric(StrEnum):
    ACTIVE_USERS = "active_users"
    ACTIVE_USERS_LAST_30D = "active_users_last_30d"
    CURRENTLY_ACTIVE = "currently_active"
    REGISTERED_USERS = "registered_users"

    def __str__(self) -> str:
        return str(self.value)
