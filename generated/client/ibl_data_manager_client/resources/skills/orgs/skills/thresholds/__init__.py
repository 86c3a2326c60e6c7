"""`Client.skills.orgs.skills.thresholds`: 4 operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ......_operation import RequestOptions, body_from_fields, optional_body_from_fields
from ......_response import async_to_raw_response, to_raw_response
from ......api.skills import (
    skills_orgs_skills_thresholds_create as _skills_orgs_skills_thresholds_create,
)
from ......api.skills import (
    skills_orgs_skills_thresholds_destroy as _skills_orgs_skills_thresholds_destroy,
)
from ......api.skills import (
    skills_orgs_skills_thresholds_partial_update as _skills_orgs_skills_thresholds_partial_update,
)
from ......api.skills import (
    skills_orgs_skills_thresholds_retrieve as _skills_orgs_skills_thresholds_retrieve,
)
from ......models.patched_skill_threshold import PatchedSkillThreshold
from ......models.skill_threshold import SkillThreshold
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "SkillsOrgsSkillsThresholdsResource",
    "SkillsOrgsSkillsThresholdsResourceWithRawResponse",
    "AsyncSkillsOrgsSkillsThresholdsResource",
    "AsyncSkillsOrgsSkillsThresholdsResourceWithRawResponse",
]


class SkillsOrgsSkillsThresholdsResource:
    """`Client.skills.orgs.skills.thresholds`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> SkillsOrgsSkillsThresholdsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return SkillsOrgsSkillsThresholdsResourceWithRawResponse(self)

    def destroy(
        self,
        *,
        org: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Manage skill thresholds for a platform.  This endpoint allows platform administrators to
        view, create, update, and delete skill thresholds. Skill thresholds define the minimum
        points required to consider a skill as acquired or mastered.  Path Parameters:     org
        (str): The platform/organization identifier  Methods:     GET: Retrieve all skill
        thresholds for the platform     POST: Create a new skill threshold     PATCH: Update an
        existing skill threshold     DELETE: Delete all skill thresholds for the platform
        Request Body (POST):     name (str, required): The name of the threshold level (e.g.,
        \"Beginner\", \"Intermediate\")     threshold (int, required): The minimum points
        required to reach this threshold  Request Body (PATCH):     name (str, required): The
        name of the existing threshold to update     threshold (int, required): The new minimum
        points value for this threshold  Returns:     GET: A list of all skill thresholds for
        the platform     POST/PATCH: The created or updated skill threshold with format:
        {             \"name\": \"threshold_name\",             \"threshold\": threshold_value
        }     DELETE: No content (204)  Error Responses:     400 Bad Request: If the request
        data is invalid or missing required fields     404 Not Found: If the specified platform
        doesn't exist or the threshold                   to update cannot be found  Access
        Control:     - Only platform administrators can access this endpoint

        Args:
            org (str, path)

        Returns:
            None
        """
        return self._client._send(
            _skills_orgs_skills_thresholds_destroy.OPERATION,
            _skills_orgs_skills_thresholds_destroy.build_request(org=org),
            options,
        )

    def retrieve(
        self,
        *,
        org: str,
        **options: Unpack[RequestOptions],
    ) -> SkillThreshold:
        """Manage skill thresholds for a platform.  This endpoint allows platform administrators to
        view, create, update, and delete skill thresholds. Skill thresholds define the minimum
        points required to consider a skill as acquired or mastered.  Path Parameters:     org
        (str): The platform/organization identifier  Methods:     GET: Retrieve all skill
        thresholds for the platform     POST: Create a new skill threshold     PATCH: Update an
        existing skill threshold     DELETE: Delete all skill thresholds for the platform
        Request Body (POST):     name (str, required): The name of the threshold level (e.g.,
        \"Beginner\", \"Intermediate\")     threshold (int, required): The minimum points
        required to reach this threshold  Request Body (PATCH):     name (str, required): The
        name of the existing threshold to update     threshold (int, required): The new minimum
        points value for this threshold  Returns:     GET: A list of all skill thresholds for
        the platform     POST/PATCH: The created or updated skill threshold with format:
        {             \"name\": \"threshold_name\",             \"threshold\": threshold_value
        }     DELETE: No content (204)  Error Responses:     400 Bad Request: If the request
        data is invalid or missing required fields     404 Not Found: If the specified platform
        doesn't exist or the threshold                   to update cannot be found  Access
        Control:     - Only platform administrators can access this endpoint

        Args:
            org (str, path)

        Returns:
            SkillThreshold
        """
        return self._client._send(
            _skills_orgs_skills_thresholds_retrieve.OPERATION,
            _skills_orgs_skills_thresholds_retrieve.build_request(org=org),
            options,
        )

    @overload
    def partial_update(
        self,
        *,
        org: str,
        body: PatchedSkillThreshold | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SkillThreshold: ...

    @overload
    def partial_update(
        self,
        *,
        org: str,
        name: str | Unset = UNSET,
        threshold: int | Unset = UNSET,
        platform: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SkillThreshold: ...

    def partial_update(
        self,
        *,
        org: str,
        body: PatchedSkillThreshold | Unset = UNSET,
        name: str | Unset = UNSET,
        threshold: int | Unset = UNSET,
        platform: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SkillThreshold:
        """Manage skill thresholds for a platform.  This endpoint allows platform administrators to
        view, create, update, and delete skill thresholds. Skill thresholds define the minimum
        points required to consider a skill as acquired or mastered.  Path Parameters:     org
        (str): The platform/organization identifier  Methods:     GET: Retrieve all skill
        thresholds for the platform     POST: Create a new skill threshold     PATCH: Update an
        existing skill threshold     DELETE: Delete all skill thresholds for the platform
        Request Body (POST):     name (str, required): The name of the threshold level (e.g.,
        \"Beginner\", \"Intermediate\")     threshold (int, required): The minimum points
        required to reach this threshold  Request Body (PATCH):     name (str, required): The
        name of the existing threshold to update     threshold (int, required): The new minimum
        points value for this threshold  Returns:     GET: A list of all skill thresholds for
        the platform     POST/PATCH: The created or updated skill threshold with format:
        {             \"name\": \"threshold_name\",             \"threshold\": threshold_value
        }     DELETE: No content (204)  Error Responses:     400 Bad Request: If the request
        data is invalid or missing required fields     404 Not Found: If the specified platform
        doesn't exist or the threshold                   to update cannot be found  Access
        Control:     - Only platform administrators can access this endpoint

        Args:
            org (str, path)
            body (PatchedSkillThreshold | Unset, request body)
            Or the body's fields as keywords instead of body=: name, threshold, platform

        Returns:
            SkillThreshold
        """
        body = optional_body_from_fields(
            "skills.orgs.skills.thresholds.partial_update",
            body,
            PatchedSkillThreshold,
            [],
            (
                ("name", "name", name),
                ("threshold", "threshold", threshold),
                ("platform", "platform", platform),
            ),
        )
        return self._client._send(
            _skills_orgs_skills_thresholds_partial_update.OPERATION,
            _skills_orgs_skills_thresholds_partial_update.build_request(org=org, body=body),
            options,
        )

    @overload
    def create(
        self,
        *,
        org: str,
        body: SkillThreshold,
        **options: Unpack[RequestOptions],
    ) -> SkillThreshold: ...

    @overload
    def create(
        self,
        *,
        org: str,
        name: str,
        threshold: int,
        platform: str,
        **options: Unpack[RequestOptions],
    ) -> SkillThreshold: ...

    def create(
        self,
        *,
        org: str,
        body: SkillThreshold | Unset = UNSET,
        name: str | Unset = UNSET,
        threshold: int | Unset = UNSET,
        platform: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SkillThreshold:
        """Manage skill thresholds for a platform.  This endpoint allows platform administrators to
        view, create, update, and delete skill thresholds. Skill thresholds define the minimum
        points required to consider a skill as acquired or mastered.  Path Parameters:     org
        (str): The platform/organization identifier  Methods:     GET: Retrieve all skill
        thresholds for the platform     POST: Create a new skill threshold     PATCH: Update an
        existing skill threshold     DELETE: Delete all skill thresholds for the platform
        Request Body (POST):     name (str, required): The name of the threshold level (e.g.,
        \"Beginner\", \"Intermediate\")     threshold (int, required): The minimum points
        required to reach this threshold  Request Body (PATCH):     name (str, required): The
        name of the existing threshold to update     threshold (int, required): The new minimum
        points value for this threshold  Returns:     GET: A list of all skill thresholds for
        the platform     POST/PATCH: The created or updated skill threshold with format:
        {             \"name\": \"threshold_name\",             \"threshold\": threshold_value
        }     DELETE: No content (204)  Error Responses:     400 Bad Request: If the request
        data is invalid or missing required fields     404 Not Found: If the specified platform
        doesn't exist or the threshold                   to update cannot be found  Access
        Control:     - Only platform administrators can access this endpoint

        Args:
            org (str, path)
            body (SkillThreshold, request body)
            Or the body's fields as keywords instead of body=: name, threshold, platform

        Returns:
            SkillThreshold
        """
        body = body_from_fields(
            "skills.orgs.skills.thresholds.create",
            body,
            SkillThreshold,
            ["name", "threshold", "platform"],
            (
                ("name", "name", name),
                ("threshold", "threshold", threshold),
                ("platform", "platform", platform),
            ),
        )
        return self._client._send(
            _skills_orgs_skills_thresholds_create.OPERATION,
            _skills_orgs_skills_thresholds_create.build_request(org=org, body=body),
            options,
        )


class SkillsOrgsSkillsThresholdsResourceWithRawResponse:
    """`Client.skills.orgs.skills.thresholds`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: SkillsOrgsSkillsThresholdsResource) -> None:
        self._resource = resource
        self.destroy = to_raw_response(resource.destroy)
        self.retrieve = to_raw_response(resource.retrieve)
        self.partial_update = to_raw_response(resource.partial_update)
        self.create = to_raw_response(resource.create)


class AsyncSkillsOrgsSkillsThresholdsResource:
    """`AsyncClient.skills.orgs.skills.thresholds`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncSkillsOrgsSkillsThresholdsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncSkillsOrgsSkillsThresholdsResourceWithRawResponse(self)

    async def destroy(
        self,
        *,
        org: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Manage skill thresholds for a platform.  This endpoint allows platform administrators to
        view, create, update, and delete skill thresholds. Skill thresholds define the minimum
        points required to consider a skill as acquired or mastered.  Path Parameters:     org
        (str): The platform/organization identifier  Methods:     GET: Retrieve all skill
        thresholds for the platform     POST: Create a new skill threshold     PATCH: Update an
        existing skill threshold     DELETE: Delete all skill thresholds for the platform
        Request Body (POST):     name (str, required): The name of the threshold level (e.g.,
        \"Beginner\", \"Intermediate\")     threshold (int, required): The minimum points
        required to reach this threshold  Request Body (PATCH):     name (str, required): The
        name of the existing threshold to update     threshold (int, required): The new minimum
        points value for this threshold  Returns:     GET: A list of all skill thresholds for
        the platform     POST/PATCH: The created or updated skill threshold with format:
        {             \"name\": \"threshold_name\",             \"threshold\": threshold_value
        }     DELETE: No content (204)  Error Responses:     400 Bad Request: If the request
        data is invalid or missing required fields     404 Not Found: If the specified platform
        doesn't exist or the threshold                   to update cannot be found  Access
        Control:     - Only platform administrators can access this endpoint

        Args:
            org (str, path)

        Returns:
            None
        """
        return await self._client._send(
            _skills_orgs_skills_thresholds_destroy.OPERATION,
            _skills_orgs_skills_thresholds_destroy.build_request(org=org),
            options,
        )

    async def retrieve(
        self,
        *,
        org: str,
        **options: Unpack[RequestOptions],
    ) -> SkillThreshold:
        """Manage skill thresholds for a platform.  This endpoint allows platform administrators to
        view, create, update, and delete skill thresholds. Skill thresholds define the minimum
        points required to consider a skill as acquired or mastered.  Path Parameters:     org
        (str): The platform/organization identifier  Methods:     GET: Retrieve all skill
        thresholds for the platform     POST: Create a new skill threshold     PATCH: Update an
        existing skill threshold     DELETE: Delete all skill thresholds for the platform
        Request Body (POST):     name (str, required): The name of the threshold level (e.g.,
        \"Beginner\", \"Intermediate\")     threshold (int, required): The minimum points
        required to reach this threshold  Request Body (PATCH):     name (str, required): The
        name of the existing threshold to update     threshold (int, required): The new minimum
        points value for this threshold  Returns:     GET: A list of all skill thresholds for
        the platform     POST/PATCH: The created or updated skill threshold with format:
        {             \"name\": \"threshold_name\",             \"threshold\": threshold_value
        }     DELETE: No content (204)  Error Responses:     400 Bad Request: If the request
        data is invalid or missing required fields     404 Not Found: If the specified platform
        doesn't exist or the threshold                   to update cannot be found  Access
        Control:     - Only platform administrators can access this endpoint

        Args:
            org (str, path)

        Returns:
            SkillThreshold
        """
        return await self._client._send(
            _skills_orgs_skills_thresholds_retrieve.OPERATION,
            _skills_orgs_skills_thresholds_retrieve.build_request(org=org),
            options,
        )

    @overload
    async def partial_update(
        self,
        *,
        org: str,
        body: PatchedSkillThreshold | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SkillThreshold: ...

    @overload
    async def partial_update(
        self,
        *,
        org: str,
        name: str | Unset = UNSET,
        threshold: int | Unset = UNSET,
        platform: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SkillThreshold: ...

    async def partial_update(
        self,
        *,
        org: str,
        body: PatchedSkillThreshold | Unset = UNSET,
        name: str | Unset = UNSET,
        threshold: int | Unset = UNSET,
        platform: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SkillThreshold:
        """Manage skill thresholds for a platform.  This endpoint allows platform administrators to
        view, create, update, and delete skill thresholds. Skill thresholds define the minimum
        points required to consider a skill as acquired or mastered.  Path Parameters:     org
        (str): The platform/organization identifier  Methods:     GET: Retrieve all skill
        thresholds for the platform     POST: Create a new skill threshold     PATCH: Update an
        existing skill threshold     DELETE: Delete all skill thresholds for the platform
        Request Body (POST):     name (str, required): The name of the threshold level (e.g.,
        \"Beginner\", \"Intermediate\")     threshold (int, required): The minimum points
        required to reach this threshold  Request Body (PATCH):     name (str, required): The
        name of the existing threshold to update     threshold (int, required): The new minimum
        points value for this threshold  Returns:     GET: A list of all skill thresholds for
        the platform     POST/PATCH: The created or updated skill threshold with format:
        {             \"name\": \"threshold_name\",             \"threshold\": threshold_value
        }     DELETE: No content (204)  Error Responses:     400 Bad Request: If the request
        data is invalid or missing required fields     404 Not Found: If the specified platform
        doesn't exist or the threshold                   to update cannot be found  Access
        Control:     - Only platform administrators can access this endpoint

        Args:
            org (str, path)
            body (PatchedSkillThreshold | Unset, request body)
            Or the body's fields as keywords instead of body=: name, threshold, platform

        Returns:
            SkillThreshold
        """
        body = optional_body_from_fields(
            "skills.orgs.skills.thresholds.partial_update",
            body,
            PatchedSkillThreshold,
            [],
            (
                ("name", "name", name),
                ("threshold", "threshold", threshold),
                ("platform", "platform", platform),
            ),
        )
        return await self._client._send(
            _skills_orgs_skills_thresholds_partial_update.OPERATION,
            _skills_orgs_skills_thresholds_partial_update.build_request(org=org, body=body),
            options,
        )

    @overload
    async def create(
        self,
        *,
        org: str,
        body: SkillThreshold,
        **options: Unpack[RequestOptions],
    ) -> SkillThreshold: ...

    @overload
    async def create(
        self,
        *,
        org: str,
        name: str,
        threshold: int,
        platform: str,
        **options: Unpack[RequestOptions],
    ) -> SkillThreshold: ...

    async def create(
        self,
        *,
        org: str,
        body: SkillThreshold | Unset = UNSET,
        name: str | Unset = UNSET,
        threshold: int | Unset = UNSET,
        platform: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SkillThreshold:
        """Manage skill thresholds for a platform.  This endpoint allows platform administrators to
        view, create, update, and delete skill thresholds. Skill thresholds define the minimum
        points required to consider a skill as acquired or mastered.  Path Parameters:     org
        (str): The platform/organization identifier  Methods:     GET: Retrieve all skill
        thresholds for the platform     POST: Create a new skill threshold     PATCH: Update an
        existing skill threshold     DELETE: Delete all skill thresholds for the platform
        Request Body (POST):     name (str, required): The name of the threshold level (e.g.,
        \"Beginner\", \"Intermediate\")     threshold (int, required): The minimum points
        required to reach this threshold  Request Body (PATCH):     name (str, required): The
        name of the existing threshold to update     threshold (int, required): The new minimum
        points value for this threshold  Returns:     GET: A list of all skill thresholds for
        the platform     POST/PATCH: The created or updated skill threshold with format:
        {             \"name\": \"threshold_name\",             \"threshold\": threshold_value
        }     DELETE: No content (204)  Error Responses:     400 Bad Request: If the request
        data is invalid or missing required fields     404 Not Found: If the specified platform
        doesn't exist or the threshold                   to update cannot be found  Access
        Control:     - Only platform administrators can access this endpoint

        Args:
            org (str, path)
            body (SkillThreshold, request body)
            Or the body's fields as keywords instead of body=: name, threshold, platform

        Returns:
            SkillThreshold
        """
        body = body_from_fields(
            "skills.orgs.skills.thresholds.create",
            body,
            SkillThreshold,
            ["name", "threshold", "platform"],
            (
                ("name", "name", name),
                ("threshold", "threshold", threshold),
                ("platform", "platform", platform),
            ),
        )
        return await self._client._send(
            _skills_orgs_skills_thresholds_create.OPERATION,
            _skills_orgs_skills_thresholds_create.build_request(org=org, body=body),
            options,
        )


class AsyncSkillsOrgsSkillsThresholdsResourceWithRawResponse:
    """`AsyncClient.skills.orgs.skills.thresholds`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncSkillsOrgsSkillsThresholdsResource) -> None:
        self._resource = resource
        self.destroy = async_to_raw_response(resource.destroy)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.partial_update = async_to_raw_response(resource.partial_update)
        self.create = async_to_raw_response(resource.create)
