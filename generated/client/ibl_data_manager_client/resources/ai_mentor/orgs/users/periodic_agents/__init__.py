"""`Client.ai_mentor.orgs.users.periodic_agents`: 6 operations and 1 sub-resource."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload
from uuid import UUID

from ......_operation import RequestOptions, body_from_fields, optional_body_from_fields
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_mentor import (
    ai_mentor_orgs_users_periodic_agents_create as _ai_mentor_orgs_users_periodic_agents_create,
)
from ......api.ai_mentor import (
    ai_mentor_orgs_users_periodic_agents_destroy as _ai_mentor_orgs_users_periodic_agents_destroy,
)
from ......api.ai_mentor import (
    ai_mentor_orgs_users_periodic_agents_list as _ai_mentor_orgs_users_periodic_agents_list,
)
from ......api.ai_mentor import (
    ai_mentor_orgs_users_periodic_agents_partial_update as _ai_mentor_orgs_users_periodic_agents_partial_update,
)
from ......api.ai_mentor import (
    ai_mentor_orgs_users_periodic_agents_retrieve as _ai_mentor_orgs_users_periodic_agents_retrieve,
)
from ......api.ai_mentor import (
    ai_mentor_orgs_users_periodic_agents_update as _ai_mentor_orgs_users_periodic_agents_update,
)
from ......models.ai_mentor_orgs_users_periodic_agents_list_previous_agent_status import (
    AiMentorOrgsUsersPeriodicAgentsListPreviousAgentStatus,
)
from ......models.ai_mentor_orgs_users_periodic_agents_list_status import (
    AiMentorOrgsUsersPeriodicAgentsListStatus,
)
from ......models.paginated_periodic_agent_list import PaginatedPeriodicAgentList
from ......models.patched_periodic_agent_create import PatchedPeriodicAgentCreate
from ......models.patched_periodic_agent_create_previous_agent_status import (
    PatchedPeriodicAgentCreatePreviousAgentStatus,
)
from ......models.periodic_agent import PeriodicAgent
from ......models.periodic_agent_create import PeriodicAgentCreate
from ......models.periodic_agent_create_previous_agent_status import (
    PeriodicAgentCreatePreviousAgentStatus,
)
from ......models.periodic_agent_create_request import PeriodicAgentCreateRequest
from ......models.periodic_task_request import PeriodicTaskRequest
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client
    from .statistics import (
        AiMentorOrgsUsersPeriodicAgentsStatisticsResource,
        AiMentorOrgsUsersPeriodicAgentsStatisticsResourceWithRawResponse,
        AsyncAiMentorOrgsUsersPeriodicAgentsStatisticsResource,
        AsyncAiMentorOrgsUsersPeriodicAgentsStatisticsResourceWithRawResponse,
    )

__all__ = [
    "AiMentorOrgsUsersPeriodicAgentsResource",
    "AiMentorOrgsUsersPeriodicAgentsResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersPeriodicAgentsResource",
    "AsyncAiMentorOrgsUsersPeriodicAgentsResourceWithRawResponse",
]


class AiMentorOrgsUsersPeriodicAgentsResource:
    """`Client.ai_mentor.orgs.users.periodic_agents`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsUsersPeriodicAgentsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersPeriodicAgentsResourceWithRawResponse(self)

    @cached_property
    def statistics(self) -> AiMentorOrgsUsersPeriodicAgentsStatisticsResource:
        from .statistics import AiMentorOrgsUsersPeriodicAgentsStatisticsResource

        return AiMentorOrgsUsersPeriodicAgentsStatisticsResource(self._client)

    def list(
        self,
        *,
        org: str,
        user_id: str,
        enabled: bool | Unset = UNSET,
        mentor_id: str | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        parent_mentor_id: int | Unset = UNSET,
        parent_session_id: str | Unset = UNSET,
        previous_agent: int | Unset = UNSET,
        previous_agent_status: AiMentorOrgsUsersPeriodicAgentsListPreviousAgentStatus
        | Unset = UNSET,
        search: str | Unset = UNSET,
        status: AiMentorOrgsUsersPeriodicAgentsListStatus | Unset = UNSET,
        title: str | Unset = UNSET,
        username: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedPeriodicAgentList:
        """Endpoint to create and view, update and delete periodic agents.  Periodic agents are
        schedulers issued for mentors. These are configured with input prompt (if any) as well
        as a cron schedule to trigger the periodic agent.  Access to these are restricted to
        platform admins and tenant administrators  Session information for running the periodic
        agent will be generated with the credentials of the user (platform administrator) who
        created the agent.  A Periodic Agent is allowed to have a `callback_url` and
        `callback_secret`. When a `callback_url` is set for a Periodic Agent, a post request
        with data entries containing the log and timestamp of the run will be made to the
        callback_url provided. Here is the payload structure:         ```         {
        \"timestamp\": \"timestamp when the run completed\",             \"status\": \"status of
        the periodic agent\",             \"prompt\": \"input prompt to agent,
        \"agent_output\": \"...final response of agent\",             \"log\": \"... full agent
        run log\",             \"log_id\": periodic agent log id.,         }         ``` The
        payload is encrypted using the `callback_secret` provided.  You can validate the payload
        using the X-Hub-Signature-256 signature header for request data. This is a Sha256
        encoded HMAC hex digest of the payload body.  ```python import hmac import haslib  def
        validate_payload(request: HttpRequest, callback_secret: str):     # Get the
        X-Hub-Signature-256 header from the request     received_signature =
        request.META.get(\"HTTP_X_HUB_SIGNATURE_256\", \"\")      if not
        received_signature.startswith(\"sha256=\"):         # Invalid signature format
        return False      received_signature = received_signature[len(\"sha256=\") :]      try:
        # Get the raw request body         payload = request.body          # Compute the
        expected signature using the app_secret         expected_signature = hmac.new(
        callback_secret.encode(), payload, hashlib.sha256         ).hexdigest()          if
        hmac.compare_digest(received_signature, expected_signature):             # Signatures
        match, the payload is genuine             return True         else:             #
        Signatures don't match             return False     except Exception as e:         #
        Handle any errors that may occur during validation         return False  ```

        Args:
            org (str, path)
            user_id (str, path)
            enabled (bool | Unset, query)
            mentor_id (str | Unset, query)
            ordering (str | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            parent_mentor_id (int | Unset, query)
            parent_session_id (str | Unset, query)
            previous_agent (int | Unset, query)
            previous_agent_status (AiMentorOrgsUsersPeriodicAgentsListPreviousAgentStatus |
                Unset, query)
            search (str | Unset, query)
            status (AiMentorOrgsUsersPeriodicAgentsListStatus | Unset, query)
            title (str | Unset, query)
            username (str | Unset, query)

        Returns:
            PaginatedPeriodicAgentList
        """
        return self._client._send(
            _ai_mentor_orgs_users_periodic_agents_list.OPERATION,
            _ai_mentor_orgs_users_periodic_agents_list.build_request(
                org=org,
                user_id=user_id,
                enabled=enabled,
                mentor_id=mentor_id,
                ordering=ordering,
                page=page,
                page_size=page_size,
                parent_mentor_id=parent_mentor_id,
                parent_session_id=parent_session_id,
                previous_agent=previous_agent,
                previous_agent_status=previous_agent_status,
                search=search,
                status=status,
                title=title,
                username=username,
            ),
            options,
        )

    def iter_list(
        self,
        *,
        org: str,
        user_id: str,
        enabled: bool | Unset = UNSET,
        mentor_id: str | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        parent_mentor_id: int | Unset = UNSET,
        parent_session_id: str | Unset = UNSET,
        previous_agent: int | Unset = UNSET,
        previous_agent_status: AiMentorOrgsUsersPeriodicAgentsListPreviousAgentStatus
        | Unset = UNSET,
        search: str | Unset = UNSET,
        status: AiMentorOrgsUsersPeriodicAgentsListStatus | Unset = UNSET,
        title: str | Unset = UNSET,
        username: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Iterator[PeriodicAgent]:
        """Every item of every page of `list`, fetched page by page."""
        return self._client._paginate(
            _ai_mentor_orgs_users_periodic_agents_list.OPERATION,
            _ai_mentor_orgs_users_periodic_agents_list.build_request(
                org=org,
                user_id=user_id,
                enabled=enabled,
                mentor_id=mentor_id,
                ordering=ordering,
                page=page,
                page_size=page_size,
                parent_mentor_id=parent_mentor_id,
                parent_session_id=parent_session_id,
                previous_agent=previous_agent,
                previous_agent_status=previous_agent_status,
                search=search,
                status=status,
                title=title,
                username=username,
            ),
            _ai_mentor_orgs_users_periodic_agents_list.PAGE,
            options,
        )

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        body: PeriodicAgentCreateRequest,
        **options: Unpack[RequestOptions],
    ) -> PeriodicAgentCreate: ...

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        mentor: UUID,
        title: str,
        task: PeriodicTaskRequest,
        description: str | Unset = UNSET,
        prompt: str | Unset = UNSET,
        pathway: str | Unset = UNSET,
        callback_url: str | Unset = UNSET,
        callback_secret: str | Unset = UNSET,
        parent_session_id: str | Unset = UNSET,
        parent_mentor_id: int | None | Unset = UNSET,
        previous_agent: int | None | Unset = UNSET,
        previous_agent_status: PeriodicAgentCreatePreviousAgentStatus | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PeriodicAgentCreate: ...

    def create(
        self,
        *,
        org: str,
        user_id: str,
        body: PeriodicAgentCreateRequest | Unset = UNSET,
        mentor: UUID | Unset = UNSET,
        title: str | Unset = UNSET,
        task: PeriodicTaskRequest | Unset = UNSET,
        description: str | Unset = UNSET,
        prompt: str | Unset = UNSET,
        pathway: str | Unset = UNSET,
        callback_url: str | Unset = UNSET,
        callback_secret: str | Unset = UNSET,
        parent_session_id: str | Unset = UNSET,
        parent_mentor_id: int | None | Unset = UNSET,
        previous_agent: int | None | Unset = UNSET,
        previous_agent_status: PeriodicAgentCreatePreviousAgentStatus | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PeriodicAgentCreate:
        """Endpoint to create and view, update and delete periodic agents.  Periodic agents are
        schedulers issued for mentors. These are configured with input prompt (if any) as well
        as a cron schedule to trigger the periodic agent.  Access to these are restricted to
        platform admins and tenant administrators  Session information for running the periodic
        agent will be generated with the credentials of the user (platform administrator) who
        created the agent.  A Periodic Agent is allowed to have a `callback_url` and
        `callback_secret`. When a `callback_url` is set for a Periodic Agent, a post request
        with data entries containing the log and timestamp of the run will be made to the
        callback_url provided. Here is the payload structure:         ```         {
        \"timestamp\": \"timestamp when the run completed\",             \"status\": \"status of
        the periodic agent\",             \"prompt\": \"input prompt to agent,
        \"agent_output\": \"...final response of agent\",             \"log\": \"... full agent
        run log\",             \"log_id\": periodic agent log id.,         }         ``` The
        payload is encrypted using the `callback_secret` provided.  You can validate the payload
        using the X-Hub-Signature-256 signature header for request data. This is a Sha256
        encoded HMAC hex digest of the payload body.  ```python import hmac import haslib  def
        validate_payload(request: HttpRequest, callback_secret: str):     # Get the
        X-Hub-Signature-256 header from the request     received_signature =
        request.META.get(\"HTTP_X_HUB_SIGNATURE_256\", \"\")      if not
        received_signature.startswith(\"sha256=\"):         # Invalid signature format
        return False      received_signature = received_signature[len(\"sha256=\") :]      try:
        # Get the raw request body         payload = request.body          # Compute the
        expected signature using the app_secret         expected_signature = hmac.new(
        callback_secret.encode(), payload, hashlib.sha256         ).hexdigest()          if
        hmac.compare_digest(received_signature, expected_signature):             # Signatures
        match, the payload is genuine             return True         else:             #
        Signatures don't match             return False     except Exception as e:         #
        Handle any errors that may occur during validation         return False  ```

        Args:
            org (str, path)
            user_id (str, path)
            body (PeriodicAgentCreateRequest, request body)
            Or the body's fields as keywords instead of body=: mentor, title, task, description,
                prompt, pathway, callback_url, callback_secret, parent_session_id,
                parent_mentor_id, previous_agent, previous_agent_status

        Returns:
            PeriodicAgentCreate
        """
        body = body_from_fields(
            "ai_mentor.orgs.users.periodic_agents.create",
            body,
            PeriodicAgentCreateRequest,
            ["mentor", "title", "task"],
            (
                ("mentor", "mentor", mentor),
                ("title", "title", title),
                ("task", "task", task),
                ("description", "description", description),
                ("prompt", "prompt", prompt),
                ("pathway", "pathway", pathway),
                ("callback_url", "callback_url", callback_url),
                ("callback_secret", "callback_secret", callback_secret),
                ("parent_session_id", "parent_session_id", parent_session_id),
                ("parent_mentor_id", "parent_mentor_id", parent_mentor_id),
                ("previous_agent", "previous_agent", previous_agent),
                ("previous_agent_status", "previous_agent_status", previous_agent_status),
            ),
        )
        return self._client._send(
            _ai_mentor_orgs_users_periodic_agents_create.OPERATION,
            _ai_mentor_orgs_users_periodic_agents_create.build_request(
                org=org, user_id=user_id, body=body
            ),
            options,
        )

    def destroy(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Endpoint to create and view, update and delete periodic agents.  Periodic agents are
        schedulers issued for mentors. These are configured with input prompt (if any) as well
        as a cron schedule to trigger the periodic agent.  Access to these are restricted to
        platform admins and tenant administrators  Session information for running the periodic
        agent will be generated with the credentials of the user (platform administrator) who
        created the agent.  A Periodic Agent is allowed to have a `callback_url` and
        `callback_secret`. When a `callback_url` is set for a Periodic Agent, a post request
        with data entries containing the log and timestamp of the run will be made to the
        callback_url provided. Here is the payload structure:         ```         {
        \"timestamp\": \"timestamp when the run completed\",             \"status\": \"status of
        the periodic agent\",             \"prompt\": \"input prompt to agent,
        \"agent_output\": \"...final response of agent\",             \"log\": \"... full agent
        run log\",             \"log_id\": periodic agent log id.,         }         ``` The
        payload is encrypted using the `callback_secret` provided.  You can validate the payload
        using the X-Hub-Signature-256 signature header for request data. This is a Sha256
        encoded HMAC hex digest of the payload body.  ```python import hmac import haslib  def
        validate_payload(request: HttpRequest, callback_secret: str):     # Get the
        X-Hub-Signature-256 header from the request     received_signature =
        request.META.get(\"HTTP_X_HUB_SIGNATURE_256\", \"\")      if not
        received_signature.startswith(\"sha256=\"):         # Invalid signature format
        return False      received_signature = received_signature[len(\"sha256=\") :]      try:
        # Get the raw request body         payload = request.body          # Compute the
        expected signature using the app_secret         expected_signature = hmac.new(
        callback_secret.encode(), payload, hashlib.sha256         ).hexdigest()          if
        hmac.compare_digest(received_signature, expected_signature):             # Signatures
        match, the payload is genuine             return True         else:             #
        Signatures don't match             return False     except Exception as e:         #
        Handle any errors that may occur during validation         return False  ```

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)

        Returns:
            None
        """
        return self._client._send(
            _ai_mentor_orgs_users_periodic_agents_destroy.OPERATION,
            _ai_mentor_orgs_users_periodic_agents_destroy.build_request(
                org=org, user_id=user_id, id=id
            ),
            options,
        )

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> PeriodicAgent:
        """Endpoint to create and view, update and delete periodic agents.  Periodic agents are
        schedulers issued for mentors. These are configured with input prompt (if any) as well
        as a cron schedule to trigger the periodic agent.  Access to these are restricted to
        platform admins and tenant administrators  Session information for running the periodic
        agent will be generated with the credentials of the user (platform administrator) who
        created the agent.  A Periodic Agent is allowed to have a `callback_url` and
        `callback_secret`. When a `callback_url` is set for a Periodic Agent, a post request
        with data entries containing the log and timestamp of the run will be made to the
        callback_url provided. Here is the payload structure:         ```         {
        \"timestamp\": \"timestamp when the run completed\",             \"status\": \"status of
        the periodic agent\",             \"prompt\": \"input prompt to agent,
        \"agent_output\": \"...final response of agent\",             \"log\": \"... full agent
        run log\",             \"log_id\": periodic agent log id.,         }         ``` The
        payload is encrypted using the `callback_secret` provided.  You can validate the payload
        using the X-Hub-Signature-256 signature header for request data. This is a Sha256
        encoded HMAC hex digest of the payload body.  ```python import hmac import haslib  def
        validate_payload(request: HttpRequest, callback_secret: str):     # Get the
        X-Hub-Signature-256 header from the request     received_signature =
        request.META.get(\"HTTP_X_HUB_SIGNATURE_256\", \"\")      if not
        received_signature.startswith(\"sha256=\"):         # Invalid signature format
        return False      received_signature = received_signature[len(\"sha256=\") :]      try:
        # Get the raw request body         payload = request.body          # Compute the
        expected signature using the app_secret         expected_signature = hmac.new(
        callback_secret.encode(), payload, hashlib.sha256         ).hexdigest()          if
        hmac.compare_digest(received_signature, expected_signature):             # Signatures
        match, the payload is genuine             return True         else:             #
        Signatures don't match             return False     except Exception as e:         #
        Handle any errors that may occur during validation         return False  ```

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)

        Returns:
            PeriodicAgent
        """
        return self._client._send(
            _ai_mentor_orgs_users_periodic_agents_retrieve.OPERATION,
            _ai_mentor_orgs_users_periodic_agents_retrieve.build_request(
                org=org, user_id=user_id, id=id
            ),
            options,
        )

    @overload
    def partial_update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        body: PatchedPeriodicAgentCreate | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PeriodicAgentCreate: ...

    @overload
    def partial_update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        mentor: UUID | Unset = UNSET,
        title: str | Unset = UNSET,
        description: str | Unset = UNSET,
        prompt: str | Unset = UNSET,
        task: PeriodicTaskRequest | Unset = UNSET,
        pathway: str | Unset = UNSET,
        callback_url: str | Unset = UNSET,
        callback_secret: str | Unset = UNSET,
        parent_session_id: str | Unset = UNSET,
        parent_mentor_id: int | None | Unset = UNSET,
        previous_agent: int | None | Unset = UNSET,
        previous_agent_status: PatchedPeriodicAgentCreatePreviousAgentStatus | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PeriodicAgentCreate: ...

    def partial_update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        body: PatchedPeriodicAgentCreate | Unset = UNSET,
        mentor: UUID | Unset = UNSET,
        title: str | Unset = UNSET,
        description: str | Unset = UNSET,
        prompt: str | Unset = UNSET,
        task: PeriodicTaskRequest | Unset = UNSET,
        pathway: str | Unset = UNSET,
        callback_url: str | Unset = UNSET,
        callback_secret: str | Unset = UNSET,
        parent_session_id: str | Unset = UNSET,
        parent_mentor_id: int | None | Unset = UNSET,
        previous_agent: int | None | Unset = UNSET,
        previous_agent_status: PatchedPeriodicAgentCreatePreviousAgentStatus | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PeriodicAgentCreate:
        """Endpoint to create and view, update and delete periodic agents.  Periodic agents are
        schedulers issued for mentors. These are configured with input prompt (if any) as well
        as a cron schedule to trigger the periodic agent.  Access to these are restricted to
        platform admins and tenant administrators  Session information for running the periodic
        agent will be generated with the credentials of the user (platform administrator) who
        created the agent.  A Periodic Agent is allowed to have a `callback_url` and
        `callback_secret`. When a `callback_url` is set for a Periodic Agent, a post request
        with data entries containing the log and timestamp of the run will be made to the
        callback_url provided. Here is the payload structure:         ```         {
        \"timestamp\": \"timestamp when the run completed\",             \"status\": \"status of
        the periodic agent\",             \"prompt\": \"input prompt to agent,
        \"agent_output\": \"...final response of agent\",             \"log\": \"... full agent
        run log\",             \"log_id\": periodic agent log id.,         }         ``` The
        payload is encrypted using the `callback_secret` provided.  You can validate the payload
        using the X-Hub-Signature-256 signature header for request data. This is a Sha256
        encoded HMAC hex digest of the payload body.  ```python import hmac import haslib  def
        validate_payload(request: HttpRequest, callback_secret: str):     # Get the
        X-Hub-Signature-256 header from the request     received_signature =
        request.META.get(\"HTTP_X_HUB_SIGNATURE_256\", \"\")      if not
        received_signature.startswith(\"sha256=\"):         # Invalid signature format
        return False      received_signature = received_signature[len(\"sha256=\") :]      try:
        # Get the raw request body         payload = request.body          # Compute the
        expected signature using the app_secret         expected_signature = hmac.new(
        callback_secret.encode(), payload, hashlib.sha256         ).hexdigest()          if
        hmac.compare_digest(received_signature, expected_signature):             # Signatures
        match, the payload is genuine             return True         else:             #
        Signatures don't match             return False     except Exception as e:         #
        Handle any errors that may occur during validation         return False  ```

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)
            body (PatchedPeriodicAgentCreate | Unset, request body)
            Or the body's fields as keywords instead of body=: mentor, title, description,
                prompt, task, pathway, callback_url, callback_secret, parent_session_id,
                parent_mentor_id, previous_agent, previous_agent_status

        Returns:
            PeriodicAgentCreate
        """
        body = optional_body_from_fields(
            "ai_mentor.orgs.users.periodic_agents.partial_update",
            body,
            PatchedPeriodicAgentCreate,
            [],
            (
                ("mentor", "mentor", mentor),
                ("title", "title", title),
                ("description", "description", description),
                ("prompt", "prompt", prompt),
                ("task", "task", task),
                ("pathway", "pathway", pathway),
                ("callback_url", "callback_url", callback_url),
                ("callback_secret", "callback_secret", callback_secret),
                ("parent_session_id", "parent_session_id", parent_session_id),
                ("parent_mentor_id", "parent_mentor_id", parent_mentor_id),
                ("previous_agent", "previous_agent", previous_agent),
                ("previous_agent_status", "previous_agent_status", previous_agent_status),
            ),
        )
        return self._client._send(
            _ai_mentor_orgs_users_periodic_agents_partial_update.OPERATION,
            _ai_mentor_orgs_users_periodic_agents_partial_update.build_request(
                org=org, user_id=user_id, id=id, body=body
            ),
            options,
        )

    @overload
    def update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        body: PeriodicAgentCreateRequest,
        **options: Unpack[RequestOptions],
    ) -> PeriodicAgentCreate: ...

    @overload
    def update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        mentor: UUID,
        title: str,
        task: PeriodicTaskRequest,
        description: str | Unset = UNSET,
        prompt: str | Unset = UNSET,
        pathway: str | Unset = UNSET,
        callback_url: str | Unset = UNSET,
        callback_secret: str | Unset = UNSET,
        parent_session_id: str | Unset = UNSET,
        parent_mentor_id: int | None | Unset = UNSET,
        previous_agent: int | None | Unset = UNSET,
        previous_agent_status: PeriodicAgentCreatePreviousAgentStatus | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PeriodicAgentCreate: ...

    def update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        body: PeriodicAgentCreateRequest | Unset = UNSET,
        mentor: UUID | Unset = UNSET,
        title: str | Unset = UNSET,
        task: PeriodicTaskRequest | Unset = UNSET,
        description: str | Unset = UNSET,
        prompt: str | Unset = UNSET,
        pathway: str | Unset = UNSET,
        callback_url: str | Unset = UNSET,
        callback_secret: str | Unset = UNSET,
        parent_session_id: str | Unset = UNSET,
        parent_mentor_id: int | None | Unset = UNSET,
        previous_agent: int | None | Unset = UNSET,
        previous_agent_status: PeriodicAgentCreatePreviousAgentStatus | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PeriodicAgentCreate:
        """Endpoint to create and view, update and delete periodic agents.  Periodic agents are
        schedulers issued for mentors. These are configured with input prompt (if any) as well
        as a cron schedule to trigger the periodic agent.  Access to these are restricted to
        platform admins and tenant administrators  Session information for running the periodic
        agent will be generated with the credentials of the user (platform administrator) who
        created the agent.  A Periodic Agent is allowed to have a `callback_url` and
        `callback_secret`. When a `callback_url` is set for a Periodic Agent, a post request
        with data entries containing the log and timestamp of the run will be made to the
        callback_url provided. Here is the payload structure:         ```         {
        \"timestamp\": \"timestamp when the run completed\",             \"status\": \"status of
        the periodic agent\",             \"prompt\": \"input prompt to agent,
        \"agent_output\": \"...final response of agent\",             \"log\": \"... full agent
        run log\",             \"log_id\": periodic agent log id.,         }         ``` The
        payload is encrypted using the `callback_secret` provided.  You can validate the payload
        using the X-Hub-Signature-256 signature header for request data. This is a Sha256
        encoded HMAC hex digest of the payload body.  ```python import hmac import haslib  def
        validate_payload(request: HttpRequest, callback_secret: str):     # Get the
        X-Hub-Signature-256 header from the request     received_signature =
        request.META.get(\"HTTP_X_HUB_SIGNATURE_256\", \"\")      if not
        received_signature.startswith(\"sha256=\"):         # Invalid signature format
        return False      received_signature = received_signature[len(\"sha256=\") :]      try:
        # Get the raw request body         payload = request.body          # Compute the
        expected signature using the app_secret         expected_signature = hmac.new(
        callback_secret.encode(), payload, hashlib.sha256         ).hexdigest()          if
        hmac.compare_digest(received_signature, expected_signature):             # Signatures
        match, the payload is genuine             return True         else:             #
        Signatures don't match             return False     except Exception as e:         #
        Handle any errors that may occur during validation         return False  ```

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)
            body (PeriodicAgentCreateRequest, request body)
            Or the body's fields as keywords instead of body=: mentor, title, task, description,
                prompt, pathway, callback_url, callback_secret, parent_session_id,
                parent_mentor_id, previous_agent, previous_agent_status

        Returns:
            PeriodicAgentCreate
        """
        body = body_from_fields(
            "ai_mentor.orgs.users.periodic_agents.update",
            body,
            PeriodicAgentCreateRequest,
            ["mentor", "title", "task"],
            (
                ("mentor", "mentor", mentor),
                ("title", "title", title),
                ("task", "task", task),
                ("description", "description", description),
                ("prompt", "prompt", prompt),
                ("pathway", "pathway", pathway),
                ("callback_url", "callback_url", callback_url),
                ("callback_secret", "callback_secret", callback_secret),
                ("parent_session_id", "parent_session_id", parent_session_id),
                ("parent_mentor_id", "parent_mentor_id", parent_mentor_id),
                ("previous_agent", "previous_agent", previous_agent),
                ("previous_agent_status", "previous_agent_status", previous_agent_status),
            ),
        )
        return self._client._send(
            _ai_mentor_orgs_users_periodic_agents_update.OPERATION,
            _ai_mentor_orgs_users_periodic_agents_update.build_request(
                org=org, user_id=user_id, id=id, body=body
            ),
            options,
        )


class AiMentorOrgsUsersPeriodicAgentsResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.periodic_agents`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsUsersPeriodicAgentsResource) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)
        self.destroy = to_raw_response(resource.destroy)
        self.retrieve = to_raw_response(resource.retrieve)
        self.partial_update = to_raw_response(resource.partial_update)
        self.update = to_raw_response(resource.update)

    @cached_property
    def statistics(self) -> AiMentorOrgsUsersPeriodicAgentsStatisticsResourceWithRawResponse:
        from .statistics import AiMentorOrgsUsersPeriodicAgentsStatisticsResourceWithRawResponse

        return AiMentorOrgsUsersPeriodicAgentsStatisticsResourceWithRawResponse(
            self._resource.statistics
        )


class AsyncAiMentorOrgsUsersPeriodicAgentsResource:
    """`AsyncClient.ai_mentor.orgs.users.periodic_agents`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMentorOrgsUsersPeriodicAgentsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersPeriodicAgentsResourceWithRawResponse(self)

    @cached_property
    def statistics(self) -> AsyncAiMentorOrgsUsersPeriodicAgentsStatisticsResource:
        from .statistics import AsyncAiMentorOrgsUsersPeriodicAgentsStatisticsResource

        return AsyncAiMentorOrgsUsersPeriodicAgentsStatisticsResource(self._client)

    async def list(
        self,
        *,
        org: str,
        user_id: str,
        enabled: bool | Unset = UNSET,
        mentor_id: str | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        parent_mentor_id: int | Unset = UNSET,
        parent_session_id: str | Unset = UNSET,
        previous_agent: int | Unset = UNSET,
        previous_agent_status: AiMentorOrgsUsersPeriodicAgentsListPreviousAgentStatus
        | Unset = UNSET,
        search: str | Unset = UNSET,
        status: AiMentorOrgsUsersPeriodicAgentsListStatus | Unset = UNSET,
        title: str | Unset = UNSET,
        username: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedPeriodicAgentList:
        """Endpoint to create and view, update and delete periodic agents.  Periodic agents are
        schedulers issued for mentors. These are configured with input prompt (if any) as well
        as a cron schedule to trigger the periodic agent.  Access to these are restricted to
        platform admins and tenant administrators  Session information for running the periodic
        agent will be generated with the credentials of the user (platform administrator) who
        created the agent.  A Periodic Agent is allowed to have a `callback_url` and
        `callback_secret`. When a `callback_url` is set for a Periodic Agent, a post request
        with data entries containing the log and timestamp of the run will be made to the
        callback_url provided. Here is the payload structure:         ```         {
        \"timestamp\": \"timestamp when the run completed\",             \"status\": \"status of
        the periodic agent\",             \"prompt\": \"input prompt to agent,
        \"agent_output\": \"...final response of agent\",             \"log\": \"... full agent
        run log\",             \"log_id\": periodic agent log id.,         }         ``` The
        payload is encrypted using the `callback_secret` provided.  You can validate the payload
        using the X-Hub-Signature-256 signature header for request data. This is a Sha256
        encoded HMAC hex digest of the payload body.  ```python import hmac import haslib  def
        validate_payload(request: HttpRequest, callback_secret: str):     # Get the
        X-Hub-Signature-256 header from the request     received_signature =
        request.META.get(\"HTTP_X_HUB_SIGNATURE_256\", \"\")      if not
        received_signature.startswith(\"sha256=\"):         # Invalid signature format
        return False      received_signature = received_signature[len(\"sha256=\") :]      try:
        # Get the raw request body         payload = request.body          # Compute the
        expected signature using the app_secret         expected_signature = hmac.new(
        callback_secret.encode(), payload, hashlib.sha256         ).hexdigest()          if
        hmac.compare_digest(received_signature, expected_signature):             # Signatures
        match, the payload is genuine             return True         else:             #
        Signatures don't match             return False     except Exception as e:         #
        Handle any errors that may occur during validation         return False  ```

        Args:
            org (str, path)
            user_id (str, path)
            enabled (bool | Unset, query)
            mentor_id (str | Unset, query)
            ordering (str | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            parent_mentor_id (int | Unset, query)
            parent_session_id (str | Unset, query)
            previous_agent (int | Unset, query)
            previous_agent_status (AiMentorOrgsUsersPeriodicAgentsListPreviousAgentStatus |
                Unset, query)
            search (str | Unset, query)
            status (AiMentorOrgsUsersPeriodicAgentsListStatus | Unset, query)
            title (str | Unset, query)
            username (str | Unset, query)

        Returns:
            PaginatedPeriodicAgentList
        """
        return await self._client._send(
            _ai_mentor_orgs_users_periodic_agents_list.OPERATION,
            _ai_mentor_orgs_users_periodic_agents_list.build_request(
                org=org,
                user_id=user_id,
                enabled=enabled,
                mentor_id=mentor_id,
                ordering=ordering,
                page=page,
                page_size=page_size,
                parent_mentor_id=parent_mentor_id,
                parent_session_id=parent_session_id,
                previous_agent=previous_agent,
                previous_agent_status=previous_agent_status,
                search=search,
                status=status,
                title=title,
                username=username,
            ),
            options,
        )

    def iter_list(
        self,
        *,
        org: str,
        user_id: str,
        enabled: bool | Unset = UNSET,
        mentor_id: str | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        parent_mentor_id: int | Unset = UNSET,
        parent_session_id: str | Unset = UNSET,
        previous_agent: int | Unset = UNSET,
        previous_agent_status: AiMentorOrgsUsersPeriodicAgentsListPreviousAgentStatus
        | Unset = UNSET,
        search: str | Unset = UNSET,
        status: AiMentorOrgsUsersPeriodicAgentsListStatus | Unset = UNSET,
        title: str | Unset = UNSET,
        username: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AsyncIterator[PeriodicAgent]:
        """Every item of every page of `list`, fetched page by page."""
        return self._client._paginate(
            _ai_mentor_orgs_users_periodic_agents_list.OPERATION,
            _ai_mentor_orgs_users_periodic_agents_list.build_request(
                org=org,
                user_id=user_id,
                enabled=enabled,
                mentor_id=mentor_id,
                ordering=ordering,
                page=page,
                page_size=page_size,
                parent_mentor_id=parent_mentor_id,
                parent_session_id=parent_session_id,
                previous_agent=previous_agent,
                previous_agent_status=previous_agent_status,
                search=search,
                status=status,
                title=title,
                username=username,
            ),
            _ai_mentor_orgs_users_periodic_agents_list.PAGE,
            options,
        )

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        body: PeriodicAgentCreateRequest,
        **options: Unpack[RequestOptions],
    ) -> PeriodicAgentCreate: ...

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        mentor: UUID,
        title: str,
        task: PeriodicTaskRequest,
        description: str | Unset = UNSET,
        prompt: str | Unset = UNSET,
        pathway: str | Unset = UNSET,
        callback_url: str | Unset = UNSET,
        callback_secret: str | Unset = UNSET,
        parent_session_id: str | Unset = UNSET,
        parent_mentor_id: int | None | Unset = UNSET,
        previous_agent: int | None | Unset = UNSET,
        previous_agent_status: PeriodicAgentCreatePreviousAgentStatus | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PeriodicAgentCreate: ...

    async def create(
        self,
        *,
        org: str,
        user_id: str,
        body: PeriodicAgentCreateRequest | Unset = UNSET,
        mentor: UUID | Unset = UNSET,
        title: str | Unset = UNSET,
        task: PeriodicTaskRequest | Unset = UNSET,
        description: str | Unset = UNSET,
        prompt: str | Unset = UNSET,
        pathway: str | Unset = UNSET,
        callback_url: str | Unset = UNSET,
        callback_secret: str | Unset = UNSET,
        parent_session_id: str | Unset = UNSET,
        parent_mentor_id: int | None | Unset = UNSET,
        previous_agent: int | None | Unset = UNSET,
        previous_agent_status: PeriodicAgentCreatePreviousAgentStatus | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PeriodicAgentCreate:
        """Endpoint to create and view, update and delete periodic agents.  Periodic agents are
        schedulers issued for mentors. These are configured with input prompt (if any) as well
        as a cron schedule to trigger the periodic agent.  Access to these are restricted to
        platform admins and tenant administrators  Session information for running the periodic
        agent will be generated with the credentials of the user (platform administrator) who
        created the agent.  A Periodic Agent is allowed to have a `callback_url` and
        `callback_secret`. When a `callback_url` is set for a Periodic Agent, a post request
        with data entries containing the log and timestamp of the run will be made to the
        callback_url provided. Here is the payload structure:         ```         {
        \"timestamp\": \"timestamp when the run completed\",             \"status\": \"status of
        the periodic agent\",             \"prompt\": \"input prompt to agent,
        \"agent_output\": \"...final response of agent\",             \"log\": \"... full agent
        run log\",             \"log_id\": periodic agent log id.,         }         ``` The
        payload is encrypted using the `callback_secret` provided.  You can validate the payload
        using the X-Hub-Signature-256 signature header for request data. This is a Sha256
        encoded HMAC hex digest of the payload body.  ```python import hmac import haslib  def
        validate_payload(request: HttpRequest, callback_secret: str):     # Get the
        X-Hub-Signature-256 header from the request     received_signature =
        request.META.get(\"HTTP_X_HUB_SIGNATURE_256\", \"\")      if not
        received_signature.startswith(\"sha256=\"):         # Invalid signature format
        return False      received_signature = received_signature[len(\"sha256=\") :]      try:
        # Get the raw request body         payload = request.body          # Compute the
        expected signature using the app_secret         expected_signature = hmac.new(
        callback_secret.encode(), payload, hashlib.sha256         ).hexdigest()          if
        hmac.compare_digest(received_signature, expected_signature):             # Signatures
        match, the payload is genuine             return True         else:             #
        Signatures don't match             return False     except Exception as e:         #
        Handle any errors that may occur during validation         return False  ```

        Args:
            org (str, path)
            user_id (str, path)
            body (PeriodicAgentCreateRequest, request body)
            Or the body's fields as keywords instead of body=: mentor, title, task, description,
                prompt, pathway, callback_url, callback_secret, parent_session_id,
                parent_mentor_id, previous_agent, previous_agent_status

        Returns:
            PeriodicAgentCreate
        """
        body = body_from_fields(
            "ai_mentor.orgs.users.periodic_agents.create",
            body,
            PeriodicAgentCreateRequest,
            ["mentor", "title", "task"],
            (
                ("mentor", "mentor", mentor),
                ("title", "title", title),
                ("task", "task", task),
                ("description", "description", description),
                ("prompt", "prompt", prompt),
                ("pathway", "pathway", pathway),
                ("callback_url", "callback_url", callback_url),
                ("callback_secret", "callback_secret", callback_secret),
                ("parent_session_id", "parent_session_id", parent_session_id),
                ("parent_mentor_id", "parent_mentor_id", parent_mentor_id),
                ("previous_agent", "previous_agent", previous_agent),
                ("previous_agent_status", "previous_agent_status", previous_agent_status),
            ),
        )
        return await self._client._send(
            _ai_mentor_orgs_users_periodic_agents_create.OPERATION,
            _ai_mentor_orgs_users_periodic_agents_create.build_request(
                org=org, user_id=user_id, body=body
            ),
            options,
        )

    async def destroy(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Endpoint to create and view, update and delete periodic agents.  Periodic agents are
        schedulers issued for mentors. These are configured with input prompt (if any) as well
        as a cron schedule to trigger the periodic agent.  Access to these are restricted to
        platform admins and tenant administrators  Session information for running the periodic
        agent will be generated with the credentials of the user (platform administrator) who
        created the agent.  A Periodic Agent is allowed to have a `callback_url` and
        `callback_secret`. When a `callback_url` is set for a Periodic Agent, a post request
        with data entries containing the log and timestamp of the run will be made to the
        callback_url provided. Here is the payload structure:         ```         {
        \"timestamp\": \"timestamp when the run completed\",             \"status\": \"status of
        the periodic agent\",             \"prompt\": \"input prompt to agent,
        \"agent_output\": \"...final response of agent\",             \"log\": \"... full agent
        run log\",             \"log_id\": periodic agent log id.,         }         ``` The
        payload is encrypted using the `callback_secret` provided.  You can validate the payload
        using the X-Hub-Signature-256 signature header for request data. This is a Sha256
        encoded HMAC hex digest of the payload body.  ```python import hmac import haslib  def
        validate_payload(request: HttpRequest, callback_secret: str):     # Get the
        X-Hub-Signature-256 header from the request     received_signature =
        request.META.get(\"HTTP_X_HUB_SIGNATURE_256\", \"\")      if not
        received_signature.startswith(\"sha256=\"):         # Invalid signature format
        return False      received_signature = received_signature[len(\"sha256=\") :]      try:
        # Get the raw request body         payload = request.body          # Compute the
        expected signature using the app_secret         expected_signature = hmac.new(
        callback_secret.encode(), payload, hashlib.sha256         ).hexdigest()          if
        hmac.compare_digest(received_signature, expected_signature):             # Signatures
        match, the payload is genuine             return True         else:             #
        Signatures don't match             return False     except Exception as e:         #
        Handle any errors that may occur during validation         return False  ```

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)

        Returns:
            None
        """
        return await self._client._send(
            _ai_mentor_orgs_users_periodic_agents_destroy.OPERATION,
            _ai_mentor_orgs_users_periodic_agents_destroy.build_request(
                org=org, user_id=user_id, id=id
            ),
            options,
        )

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> PeriodicAgent:
        """Endpoint to create and view, update and delete periodic agents.  Periodic agents are
        schedulers issued for mentors. These are configured with input prompt (if any) as well
        as a cron schedule to trigger the periodic agent.  Access to these are restricted to
        platform admins and tenant administrators  Session information for running the periodic
        agent will be generated with the credentials of the user (platform administrator) who
        created the agent.  A Periodic Agent is allowed to have a `callback_url` and
        `callback_secret`. When a `callback_url` is set for a Periodic Agent, a post request
        with data entries containing the log and timestamp of the run will be made to the
        callback_url provided. Here is the payload structure:         ```         {
        \"timestamp\": \"timestamp when the run completed\",             \"status\": \"status of
        the periodic agent\",             \"prompt\": \"input prompt to agent,
        \"agent_output\": \"...final response of agent\",             \"log\": \"... full agent
        run log\",             \"log_id\": periodic agent log id.,         }         ``` The
        payload is encrypted using the `callback_secret` provided.  You can validate the payload
        using the X-Hub-Signature-256 signature header for request data. This is a Sha256
        encoded HMAC hex digest of the payload body.  ```python import hmac import haslib  def
        validate_payload(request: HttpRequest, callback_secret: str):     # Get the
        X-Hub-Signature-256 header from the request     received_signature =
        request.META.get(\"HTTP_X_HUB_SIGNATURE_256\", \"\")      if not
        received_signature.startswith(\"sha256=\"):         # Invalid signature format
        return False      received_signature = received_signature[len(\"sha256=\") :]      try:
        # Get the raw request body         payload = request.body          # Compute the
        expected signature using the app_secret         expected_signature = hmac.new(
        callback_secret.encode(), payload, hashlib.sha256         ).hexdigest()          if
        hmac.compare_digest(received_signature, expected_signature):             # Signatures
        match, the payload is genuine             return True         else:             #
        Signatures don't match             return False     except Exception as e:         #
        Handle any errors that may occur during validation         return False  ```

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)

        Returns:
            PeriodicAgent
        """
        return await self._client._send(
            _ai_mentor_orgs_users_periodic_agents_retrieve.OPERATION,
            _ai_mentor_orgs_users_periodic_agents_retrieve.build_request(
                org=org, user_id=user_id, id=id
            ),
            options,
        )

    @overload
    async def partial_update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        body: PatchedPeriodicAgentCreate | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PeriodicAgentCreate: ...

    @overload
    async def partial_update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        mentor: UUID | Unset = UNSET,
        title: str | Unset = UNSET,
        description: str | Unset = UNSET,
        prompt: str | Unset = UNSET,
        task: PeriodicTaskRequest | Unset = UNSET,
        pathway: str | Unset = UNSET,
        callback_url: str | Unset = UNSET,
        callback_secret: str | Unset = UNSET,
        parent_session_id: str | Unset = UNSET,
        parent_mentor_id: int | None | Unset = UNSET,
        previous_agent: int | None | Unset = UNSET,
        previous_agent_status: PatchedPeriodicAgentCreatePreviousAgentStatus | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PeriodicAgentCreate: ...

    async def partial_update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        body: PatchedPeriodicAgentCreate | Unset = UNSET,
        mentor: UUID | Unset = UNSET,
        title: str | Unset = UNSET,
        description: str | Unset = UNSET,
        prompt: str | Unset = UNSET,
        task: PeriodicTaskRequest | Unset = UNSET,
        pathway: str | Unset = UNSET,
        callback_url: str | Unset = UNSET,
        callback_secret: str | Unset = UNSET,
        parent_session_id: str | Unset = UNSET,
        parent_mentor_id: int | None | Unset = UNSET,
        previous_agent: int | None | Unset = UNSET,
        previous_agent_status: PatchedPeriodicAgentCreatePreviousAgentStatus | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PeriodicAgentCreate:
        """Endpoint to create and view, update and delete periodic agents.  Periodic agents are
        schedulers issued for mentors. These are configured with input prompt (if any) as well
        as a cron schedule to trigger the periodic agent.  Access to these are restricted to
        platform admins and tenant administrators  Session information for running the periodic
        agent will be generated with the credentials of the user (platform administrator) who
        created the agent.  A Periodic Agent is allowed to have a `callback_url` and
        `callback_secret`. When a `callback_url` is set for a Periodic Agent, a post request
        with data entries containing the log and timestamp of the run will be made to the
        callback_url provided. Here is the payload structure:         ```         {
        \"timestamp\": \"timestamp when the run completed\",             \"status\": \"status of
        the periodic agent\",             \"prompt\": \"input prompt to agent,
        \"agent_output\": \"...final response of agent\",             \"log\": \"... full agent
        run log\",             \"log_id\": periodic agent log id.,         }         ``` The
        payload is encrypted using the `callback_secret` provided.  You can validate the payload
        using the X-Hub-Signature-256 signature header for request data. This is a Sha256
        encoded HMAC hex digest of the payload body.  ```python import hmac import haslib  def
        validate_payload(request: HttpRequest, callback_secret: str):     # Get the
        X-Hub-Signature-256 header from the request     received_signature =
        request.META.get(\"HTTP_X_HUB_SIGNATURE_256\", \"\")      if not
        received_signature.startswith(\"sha256=\"):         # Invalid signature format
        return False      received_signature = received_signature[len(\"sha256=\") :]      try:
        # Get the raw request body         payload = request.body          # Compute the
        expected signature using the app_secret         expected_signature = hmac.new(
        callback_secret.encode(), payload, hashlib.sha256         ).hexdigest()          if
        hmac.compare_digest(received_signature, expected_signature):             # Signatures
        match, the payload is genuine             return True         else:             #
        Signatures don't match             return False     except Exception as e:         #
        Handle any errors that may occur during validation         return False  ```

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)
            body (PatchedPeriodicAgentCreate | Unset, request body)
            Or the body's fields as keywords instead of body=: mentor, title, description,
                prompt, task, pathway, callback_url, callback_secret, parent_session_id,
                parent_mentor_id, previous_agent, previous_agent_status

        Returns:
            PeriodicAgentCreate
        """
        body = optional_body_from_fields(
            "ai_mentor.orgs.users.periodic_agents.partial_update",
            body,
            PatchedPeriodicAgentCreate,
            [],
            (
                ("mentor", "mentor", mentor),
                ("title", "title", title),
                ("description", "description", description),
                ("prompt", "prompt", prompt),
                ("task", "task", task),
                ("pathway", "pathway", pathway),
                ("callback_url", "callback_url", callback_url),
                ("callback_secret", "callback_secret", callback_secret),
                ("parent_session_id", "parent_session_id", parent_session_id),
                ("parent_mentor_id", "parent_mentor_id", parent_mentor_id),
                ("previous_agent", "previous_agent", previous_agent),
                ("previous_agent_status", "previous_agent_status", previous_agent_status),
            ),
        )
        return await self._client._send(
            _ai_mentor_orgs_users_periodic_agents_partial_update.OPERATION,
            _ai_mentor_orgs_users_periodic_agents_partial_update.build_request(
                org=org, user_id=user_id, id=id, body=body
            ),
            options,
        )

    @overload
    async def update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        body: PeriodicAgentCreateRequest,
        **options: Unpack[RequestOptions],
    ) -> PeriodicAgentCreate: ...

    @overload
    async def update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        mentor: UUID,
        title: str,
        task: PeriodicTaskRequest,
        description: str | Unset = UNSET,
        prompt: str | Unset = UNSET,
        pathway: str | Unset = UNSET,
        callback_url: str | Unset = UNSET,
        callback_secret: str | Unset = UNSET,
        parent_session_id: str | Unset = UNSET,
        parent_mentor_id: int | None | Unset = UNSET,
        previous_agent: int | None | Unset = UNSET,
        previous_agent_status: PeriodicAgentCreatePreviousAgentStatus | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PeriodicAgentCreate: ...

    async def update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        body: PeriodicAgentCreateRequest | Unset = UNSET,
        mentor: UUID | Unset = UNSET,
        title: str | Unset = UNSET,
        task: PeriodicTaskRequest | Unset = UNSET,
        description: str | Unset = UNSET,
        prompt: str | Unset = UNSET,
        pathway: str | Unset = UNSET,
        callback_url: str | Unset = UNSET,
        callback_secret: str | Unset = UNSET,
        parent_session_id: str | Unset = UNSET,
        parent_mentor_id: int | None | Unset = UNSET,
        previous_agent: int | None | Unset = UNSET,
        previous_agent_status: PeriodicAgentCreatePreviousAgentStatus | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PeriodicAgentCreate:
        """Endpoint to create and view, update and delete periodic agents.  Periodic agents are
        schedulers issued for mentors. These are configured with input prompt (if any) as well
        as a cron schedule to trigger the periodic agent.  Access to these are restricted to
        platform admins and tenant administrators  Session information for running the periodic
        agent will be generated with the credentials of the user (platform administrator) who
        created the agent.  A Periodic Agent is allowed to have a `callback_url` and
        `callback_secret`. When a `callback_url` is set for a Periodic Agent, a post request
        with data entries containing the log and timestamp of the run will be made to the
        callback_url provided. Here is the payload structure:         ```         {
        \"timestamp\": \"timestamp when the run completed\",             \"status\": \"status of
        the periodic agent\",             \"prompt\": \"input prompt to agent,
        \"agent_output\": \"...final response of agent\",             \"log\": \"... full agent
        run log\",             \"log_id\": periodic agent log id.,         }         ``` The
        payload is encrypted using the `callback_secret` provided.  You can validate the payload
        using the X-Hub-Signature-256 signature header for request data. This is a Sha256
        encoded HMAC hex digest of the payload body.  ```python import hmac import haslib  def
        validate_payload(request: HttpRequest, callback_secret: str):     # Get the
        X-Hub-Signature-256 header from the request     received_signature =
        request.META.get(\"HTTP_X_HUB_SIGNATURE_256\", \"\")      if not
        received_signature.startswith(\"sha256=\"):         # Invalid signature format
        return False      received_signature = received_signature[len(\"sha256=\") :]      try:
        # Get the raw request body         payload = request.body          # Compute the
        expected signature using the app_secret         expected_signature = hmac.new(
        callback_secret.encode(), payload, hashlib.sha256         ).hexdigest()          if
        hmac.compare_digest(received_signature, expected_signature):             # Signatures
        match, the payload is genuine             return True         else:             #
        Signatures don't match             return False     except Exception as e:         #
        Handle any errors that may occur during validation         return False  ```

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)
            body (PeriodicAgentCreateRequest, request body)
            Or the body's fields as keywords instead of body=: mentor, title, task, description,
                prompt, pathway, callback_url, callback_secret, parent_session_id,
                parent_mentor_id, previous_agent, previous_agent_status

        Returns:
            PeriodicAgentCreate
        """
        body = body_from_fields(
            "ai_mentor.orgs.users.periodic_agents.update",
            body,
            PeriodicAgentCreateRequest,
            ["mentor", "title", "task"],
            (
                ("mentor", "mentor", mentor),
                ("title", "title", title),
                ("task", "task", task),
                ("description", "description", description),
                ("prompt", "prompt", prompt),
                ("pathway", "pathway", pathway),
                ("callback_url", "callback_url", callback_url),
                ("callback_secret", "callback_secret", callback_secret),
                ("parent_session_id", "parent_session_id", parent_session_id),
                ("parent_mentor_id", "parent_mentor_id", parent_mentor_id),
                ("previous_agent", "previous_agent", previous_agent),
                ("previous_agent_status", "previous_agent_status", previous_agent_status),
            ),
        )
        return await self._client._send(
            _ai_mentor_orgs_users_periodic_agents_update.OPERATION,
            _ai_mentor_orgs_users_periodic_agents_update.build_request(
                org=org, user_id=user_id, id=id, body=body
            ),
            options,
        )


class AsyncAiMentorOrgsUsersPeriodicAgentsResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.periodic_agents`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsUsersPeriodicAgentsResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)
        self.create = async_to_raw_response(resource.create)
        self.destroy = async_to_raw_response(resource.destroy)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.partial_update = async_to_raw_response(resource.partial_update)
        self.update = async_to_raw_response(resource.update)

    @cached_property
    def statistics(self) -> AsyncAiMentorOrgsUsersPeriodicAgentsStatisticsResourceWithRawResponse:
        from .statistics import (
            AsyncAiMentorOrgsUsersPeriodicAgentsStatisticsResourceWithRawResponse,
        )

        return AsyncAiMentorOrgsUsersPeriodicAgentsStatisticsResourceWithRawResponse(
            self._resource.statistics
        )
