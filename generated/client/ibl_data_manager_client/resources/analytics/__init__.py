"""`Client.analytics`: 13 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..._client import AsyncClient, Client
    from .content import (
        AnalyticsContentResource,
        AnalyticsContentResourceWithRawResponse,
        AsyncAnalyticsContentResource,
        AsyncAnalyticsContentResourceWithRawResponse,
    )
    from .conversations import (
        AnalyticsConversationsResource,
        AnalyticsConversationsResourceWithRawResponse,
        AsyncAnalyticsConversationsResource,
        AsyncAnalyticsConversationsResourceWithRawResponse,
    )
    from .financial import (
        AnalyticsFinancialResource,
        AnalyticsFinancialResourceWithRawResponse,
        AsyncAnalyticsFinancialResource,
        AsyncAnalyticsFinancialResourceWithRawResponse,
    )
    from .learner import (
        AnalyticsLearnerResource,
        AnalyticsLearnerResourceWithRawResponse,
        AsyncAnalyticsLearnerResource,
        AsyncAnalyticsLearnerResourceWithRawResponse,
    )
    from .learners import (
        AnalyticsLearnersResource,
        AnalyticsLearnersResourceWithRawResponse,
        AsyncAnalyticsLearnersResource,
        AsyncAnalyticsLearnersResourceWithRawResponse,
    )
    from .messages import (
        AnalyticsMessagesResource,
        AnalyticsMessagesResourceWithRawResponse,
        AsyncAnalyticsMessagesResource,
        AsyncAnalyticsMessagesResourceWithRawResponse,
    )
    from .orgs import (
        AnalyticsOrgsResource,
        AnalyticsOrgsResourceWithRawResponse,
        AsyncAnalyticsOrgsResource,
        AsyncAnalyticsOrgsResourceWithRawResponse,
    )
    from .ratings import (
        AnalyticsRatingsResource,
        AnalyticsRatingsResourceWithRawResponse,
        AsyncAnalyticsRatingsResource,
        AsyncAnalyticsRatingsResourceWithRawResponse,
    )
    from .sessions import (
        AnalyticsSessionsResource,
        AnalyticsSessionsResourceWithRawResponse,
        AsyncAnalyticsSessionsResource,
        AsyncAnalyticsSessionsResourceWithRawResponse,
    )
    from .time import (
        AnalyticsTimeResource,
        AnalyticsTimeResourceWithRawResponse,
        AsyncAnalyticsTimeResource,
        AsyncAnalyticsTimeResourceWithRawResponse,
    )
    from .time_spent import (
        AnalyticsTimeSpentResource,
        AnalyticsTimeSpentResourceWithRawResponse,
        AsyncAnalyticsTimeSpentResource,
        AsyncAnalyticsTimeSpentResourceWithRawResponse,
    )
    from .topics import (
        AnalyticsTopicsResource,
        AnalyticsTopicsResourceWithRawResponse,
        AsyncAnalyticsTopicsResource,
        AsyncAnalyticsTopicsResourceWithRawResponse,
    )
    from .users import (
        AnalyticsUsersResource,
        AnalyticsUsersResourceWithRawResponse,
        AsyncAnalyticsUsersResource,
        AsyncAnalyticsUsersResourceWithRawResponse,
    )

__all__ = [
    "AnalyticsResource",
    "AnalyticsResourceWithRawResponse",
    "AsyncAnalyticsResource",
    "AsyncAnalyticsResourceWithRawResponse",
]


class AnalyticsResource:
    """`Client.analytics`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AnalyticsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AnalyticsResourceWithRawResponse(self)

    @cached_property
    def content(self) -> AnalyticsContentResource:
        from .content import AnalyticsContentResource

        return AnalyticsContentResource(self._client)

    @cached_property
    def conversations(self) -> AnalyticsConversationsResource:
        from .conversations import AnalyticsConversationsResource

        return AnalyticsConversationsResource(self._client)

    @cached_property
    def financial(self) -> AnalyticsFinancialResource:
        from .financial import AnalyticsFinancialResource

        return AnalyticsFinancialResource(self._client)

    @cached_property
    def learner(self) -> AnalyticsLearnerResource:
        from .learner import AnalyticsLearnerResource

        return AnalyticsLearnerResource(self._client)

    @cached_property
    def learners(self) -> AnalyticsLearnersResource:
        from .learners import AnalyticsLearnersResource

        return AnalyticsLearnersResource(self._client)

    @cached_property
    def messages(self) -> AnalyticsMessagesResource:
        from .messages import AnalyticsMessagesResource

        return AnalyticsMessagesResource(self._client)

    @cached_property
    def orgs(self) -> AnalyticsOrgsResource:
        from .orgs import AnalyticsOrgsResource

        return AnalyticsOrgsResource(self._client)

    @cached_property
    def ratings(self) -> AnalyticsRatingsResource:
        from .ratings import AnalyticsRatingsResource

        return AnalyticsRatingsResource(self._client)

    @cached_property
    def sessions(self) -> AnalyticsSessionsResource:
        from .sessions import AnalyticsSessionsResource

        return AnalyticsSessionsResource(self._client)

    @cached_property
    def time(self) -> AnalyticsTimeResource:
        from .time import AnalyticsTimeResource

        return AnalyticsTimeResource(self._client)

    @cached_property
    def time_spent(self) -> AnalyticsTimeSpentResource:
        from .time_spent import AnalyticsTimeSpentResource

        return AnalyticsTimeSpentResource(self._client)

    @cached_property
    def topics(self) -> AnalyticsTopicsResource:
        from .topics import AnalyticsTopicsResource

        return AnalyticsTopicsResource(self._client)

    @cached_property
    def users(self) -> AnalyticsUsersResource:
        from .users import AnalyticsUsersResource

        return AnalyticsUsersResource(self._client)


class AnalyticsResourceWithRawResponse:
    """`Client.analytics`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AnalyticsResource) -> None:
        self._resource = resource

    @cached_property
    def content(self) -> AnalyticsContentResourceWithRawResponse:
        from .content import AnalyticsContentResourceWithRawResponse

        return AnalyticsContentResourceWithRawResponse(self._resource.content)

    @cached_property
    def conversations(self) -> AnalyticsConversationsResourceWithRawResponse:
        from .conversations import AnalyticsConversationsResourceWithRawResponse

        return AnalyticsConversationsResourceWithRawResponse(self._resource.conversations)

    @cached_property
    def financial(self) -> AnalyticsFinancialResourceWithRawResponse:
        from .financial import AnalyticsFinancialResourceWithRawResponse

        return AnalyticsFinancialResourceWithRawResponse(self._resource.financial)

    @cached_property
    def learner(self) -> AnalyticsLearnerResourceWithRawResponse:
        from .learner import AnalyticsLearnerResourceWithRawResponse

        return AnalyticsLearnerResourceWithRawResponse(self._resource.learner)

    @cached_property
    def learners(self) -> AnalyticsLearnersResourceWithRawResponse:
        from .learners import AnalyticsLearnersResourceWithRawResponse

        return AnalyticsLearnersResourceWithRawResponse(self._resource.learners)

    @cached_property
    def messages(self) -> AnalyticsMessagesResourceWithRawResponse:
        from .messages import AnalyticsMessagesResourceWithRawResponse

        return AnalyticsMessagesResourceWithRawResponse(self._resource.messages)

    @cached_property
    def orgs(self) -> AnalyticsOrgsResourceWithRawResponse:
        from .orgs import AnalyticsOrgsResourceWithRawResponse

        return AnalyticsOrgsResourceWithRawResponse(self._resource.orgs)

    @cached_property
    def ratings(self) -> AnalyticsRatingsResourceWithRawResponse:
        from .ratings import AnalyticsRatingsResourceWithRawResponse

        return AnalyticsRatingsResourceWithRawResponse(self._resource.ratings)

    @cached_property
    def sessions(self) -> AnalyticsSessionsResourceWithRawResponse:
        from .sessions import AnalyticsSessionsResourceWithRawResponse

        return AnalyticsSessionsResourceWithRawResponse(self._resource.sessions)

    @cached_property
    def time(self) -> AnalyticsTimeResourceWithRawResponse:
        from .time import AnalyticsTimeResourceWithRawResponse

        return AnalyticsTimeResourceWithRawResponse(self._resource.time)

    @cached_property
    def time_spent(self) -> AnalyticsTimeSpentResourceWithRawResponse:
        from .time_spent import AnalyticsTimeSpentResourceWithRawResponse

        return AnalyticsTimeSpentResourceWithRawResponse(self._resource.time_spent)

    @cached_property
    def topics(self) -> AnalyticsTopicsResourceWithRawResponse:
        from .topics import AnalyticsTopicsResourceWithRawResponse

        return AnalyticsTopicsResourceWithRawResponse(self._resource.topics)

    @cached_property
    def users(self) -> AnalyticsUsersResourceWithRawResponse:
        from .users import AnalyticsUsersResourceWithRawResponse

        return AnalyticsUsersResourceWithRawResponse(self._resource.users)


class AsyncAnalyticsResource:
    """`AsyncClient.analytics`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAnalyticsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAnalyticsResourceWithRawResponse(self)

    @cached_property
    def content(self) -> AsyncAnalyticsContentResource:
        from .content import AsyncAnalyticsContentResource

        return AsyncAnalyticsContentResource(self._client)

    @cached_property
    def conversations(self) -> AsyncAnalyticsConversationsResource:
        from .conversations import AsyncAnalyticsConversationsResource

        return AsyncAnalyticsConversationsResource(self._client)

    @cached_property
    def financial(self) -> AsyncAnalyticsFinancialResource:
        from .financial import AsyncAnalyticsFinancialResource

        return AsyncAnalyticsFinancialResource(self._client)

    @cached_property
    def learner(self) -> AsyncAnalyticsLearnerResource:
        from .learner import AsyncAnalyticsLearnerResource

        return AsyncAnalyticsLearnerResource(self._client)

    @cached_property
    def learners(self) -> AsyncAnalyticsLearnersResource:
        from .learners import AsyncAnalyticsLearnersResource

        return AsyncAnalyticsLearnersResource(self._client)

    @cached_property
    def messages(self) -> AsyncAnalyticsMessagesResource:
        from .messages import AsyncAnalyticsMessagesResource

        return AsyncAnalyticsMessagesResource(self._client)

    @cached_property
    def orgs(self) -> AsyncAnalyticsOrgsResource:
        from .orgs import AsyncAnalyticsOrgsResource

        return AsyncAnalyticsOrgsResource(self._client)

    @cached_property
    def ratings(self) -> AsyncAnalyticsRatingsResource:
        from .ratings import AsyncAnalyticsRatingsResource

        return AsyncAnalyticsRatingsResource(self._client)

    @cached_property
    def sessions(self) -> AsyncAnalyticsSessionsResource:
        from .sessions import AsyncAnalyticsSessionsResource

        return AsyncAnalyticsSessionsResource(self._client)

    @cached_property
    def time(self) -> AsyncAnalyticsTimeResource:
        from .time import AsyncAnalyticsTimeResource

        return AsyncAnalyticsTimeResource(self._client)

    @cached_property
    def time_spent(self) -> AsyncAnalyticsTimeSpentResource:
        from .time_spent import AsyncAnalyticsTimeSpentResource

        return AsyncAnalyticsTimeSpentResource(self._client)

    @cached_property
    def topics(self) -> AsyncAnalyticsTopicsResource:
        from .topics import AsyncAnalyticsTopicsResource

        return AsyncAnalyticsTopicsResource(self._client)

    @cached_property
    def users(self) -> AsyncAnalyticsUsersResource:
        from .users import AsyncAnalyticsUsersResource

        return AsyncAnalyticsUsersResource(self._client)


class AsyncAnalyticsResourceWithRawResponse:
    """`AsyncClient.analytics`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAnalyticsResource) -> None:
        self._resource = resource

    @cached_property
    def content(self) -> AsyncAnalyticsContentResourceWithRawResponse:
        from .content import AsyncAnalyticsContentResourceWithRawResponse

        return AsyncAnalyticsContentResourceWithRawResponse(self._resource.content)

    @cached_property
    def conversations(self) -> AsyncAnalyticsConversationsResourceWithRawResponse:
        from .conversations import AsyncAnalyticsConversationsResourceWithRawResponse

        return AsyncAnalyticsConversationsResourceWithRawResponse(self._resource.conversations)

    @cached_property
    def financial(self) -> AsyncAnalyticsFinancialResourceWithRawResponse:
        from .financial import AsyncAnalyticsFinancialResourceWithRawResponse

        return AsyncAnalyticsFinancialResourceWithRawResponse(self._resource.financial)

    @cached_property
    def learner(self) -> AsyncAnalyticsLearnerResourceWithRawResponse:
        from .learner import AsyncAnalyticsLearnerResourceWithRawResponse

        return AsyncAnalyticsLearnerResourceWithRawResponse(self._resource.learner)

    @cached_property
    def learners(self) -> AsyncAnalyticsLearnersResourceWithRawResponse:
        from .learners import AsyncAnalyticsLearnersResourceWithRawResponse

        return AsyncAnalyticsLearnersResourceWithRawResponse(self._resource.learners)

    @cached_property
    def messages(self) -> AsyncAnalyticsMessagesResourceWithRawResponse:
        from .messages import AsyncAnalyticsMessagesResourceWithRawResponse

        return AsyncAnalyticsMessagesResourceWithRawResponse(self._resource.messages)

    @cached_property
    def orgs(self) -> AsyncAnalyticsOrgsResourceWithRawResponse:
        from .orgs import AsyncAnalyticsOrgsResourceWithRawResponse

        return AsyncAnalyticsOrgsResourceWithRawResponse(self._resource.orgs)

    @cached_property
    def ratings(self) -> AsyncAnalyticsRatingsResourceWithRawResponse:
        from .ratings import AsyncAnalyticsRatingsResourceWithRawResponse

        return AsyncAnalyticsRatingsResourceWithRawResponse(self._resource.ratings)

    @cached_property
    def sessions(self) -> AsyncAnalyticsSessionsResourceWithRawResponse:
        from .sessions import AsyncAnalyticsSessionsResourceWithRawResponse

        return AsyncAnalyticsSessionsResourceWithRawResponse(self._resource.sessions)

    @cached_property
    def time(self) -> AsyncAnalyticsTimeResourceWithRawResponse:
        from .time import AsyncAnalyticsTimeResourceWithRawResponse

        return AsyncAnalyticsTimeResourceWithRawResponse(self._resource.time)

    @cached_property
    def time_spent(self) -> AsyncAnalyticsTimeSpentResourceWithRawResponse:
        from .time_spent import AsyncAnalyticsTimeSpentResourceWithRawResponse

        return AsyncAnalyticsTimeSpentResourceWithRawResponse(self._resource.time_spent)

    @cached_property
    def topics(self) -> AsyncAnalyticsTopicsResourceWithRawResponse:
        from .topics import AsyncAnalyticsTopicsResourceWithRawResponse

        return AsyncAnalyticsTopicsResourceWithRawResponse(self._resource.topics)

    @cached_property
    def users(self) -> AsyncAnalyticsUsersResourceWithRawResponse:
        from .users import AsyncAnalyticsUsersResourceWithRawResponse

        return AsyncAnalyticsUsersResourceWithRawResponse(self._resource.users)
