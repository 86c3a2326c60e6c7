"""`Client.credentials.orgs.users`: 10 operations and 10 sub-resources."""

from __future__ import annotations

import datetime
from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ....._operation import RequestOptions, body_from_fields
from ....._response import async_to_raw_response, to_raw_response
from .....api.credentials import credentials_orgs_users_create as _credentials_orgs_users_create
from .....api.credentials import credentials_orgs_users_create_2 as _credentials_orgs_users_create_2
from .....api.credentials import credentials_orgs_users_destroy as _credentials_orgs_users_destroy
from .....api.credentials import (
    credentials_orgs_users_destroy_2 as _credentials_orgs_users_destroy_2,
)
from .....api.credentials import credentials_orgs_users_retrieve as _credentials_orgs_users_retrieve
from .....api.credentials import (
    credentials_orgs_users_retrieve_2 as _credentials_orgs_users_retrieve_2,
)
from .....api.credentials import (
    credentials_orgs_users_retrieve_3 as _credentials_orgs_users_retrieve_3,
)
from .....api.credentials import (
    credentials_orgs_users_retrieve_4 as _credentials_orgs_users_retrieve_4,
)
from .....api.credentials import credentials_orgs_users_update as _credentials_orgs_users_update
from .....api.credentials import credentials_orgs_users_update_2 as _credentials_orgs_users_update_2
from .....models.credential import Credential
from .....types import UNSET, Unset

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client
    from .assertions import (
        AsyncCredentialsOrgsUsersAssertionsResource,
        AsyncCredentialsOrgsUsersAssertionsResourceWithRawResponse,
        CredentialsOrgsUsersAssertionsResource,
        CredentialsOrgsUsersAssertionsResourceWithRawResponse,
    )
    from .assertions_over_time import (
        AsyncCredentialsOrgsUsersAssertionsOverTimeResource,
        AsyncCredentialsOrgsUsersAssertionsOverTimeResourceWithRawResponse,
        CredentialsOrgsUsersAssertionsOverTimeResource,
        CredentialsOrgsUsersAssertionsOverTimeResourceWithRawResponse,
    )
    from .assignments import (
        AsyncCredentialsOrgsUsersAssignmentsResource,
        AsyncCredentialsOrgsUsersAssignmentsResourceWithRawResponse,
        CredentialsOrgsUsersAssignmentsResource,
        CredentialsOrgsUsersAssignmentsResourceWithRawResponse,
    )
    from .course_assertions_over_time import (
        AsyncCredentialsOrgsUsersCourseAssertionsOverTimeResource,
        AsyncCredentialsOrgsUsersCourseAssertionsOverTimeResourceWithRawResponse,
        CredentialsOrgsUsersCourseAssertionsOverTimeResource,
        CredentialsOrgsUsersCourseAssertionsOverTimeResourceWithRawResponse,
    )
    from .course_credentials import (
        AsyncCredentialsOrgsUsersCourseCredentialsResource,
        AsyncCredentialsOrgsUsersCourseCredentialsResourceWithRawResponse,
        CredentialsOrgsUsersCourseCredentialsResource,
        CredentialsOrgsUsersCourseCredentialsResourceWithRawResponse,
    )
    from .credentials_over_time import (
        AsyncCredentialsOrgsUsersCredentialsOverTimeResource,
        AsyncCredentialsOrgsUsersCredentialsOverTimeResourceWithRawResponse,
        CredentialsOrgsUsersCredentialsOverTimeResource,
        CredentialsOrgsUsersCredentialsOverTimeResourceWithRawResponse,
    )
    from .external_mapping import (
        AsyncCredentialsOrgsUsersExternalMappingResource,
        AsyncCredentialsOrgsUsersExternalMappingResourceWithRawResponse,
        CredentialsOrgsUsersExternalMappingResource,
        CredentialsOrgsUsersExternalMappingResourceWithRawResponse,
    )
    from .images import (
        AsyncCredentialsOrgsUsersImagesResource,
        AsyncCredentialsOrgsUsersImagesResourceWithRawResponse,
        CredentialsOrgsUsersImagesResource,
        CredentialsOrgsUsersImagesResourceWithRawResponse,
    )
    from .issuers import (
        AsyncCredentialsOrgsUsersIssuersResource,
        AsyncCredentialsOrgsUsersIssuersResourceWithRawResponse,
        CredentialsOrgsUsersIssuersResource,
        CredentialsOrgsUsersIssuersResourceWithRawResponse,
    )
    from .provider_config import (
        AsyncCredentialsOrgsUsersProviderConfigResource,
        AsyncCredentialsOrgsUsersProviderConfigResourceWithRawResponse,
        CredentialsOrgsUsersProviderConfigResource,
        CredentialsOrgsUsersProviderConfigResourceWithRawResponse,
    )

__all__ = [
    "CredentialsOrgsUsersResource",
    "CredentialsOrgsUsersResourceWithRawResponse",
    "AsyncCredentialsOrgsUsersResource",
    "AsyncCredentialsOrgsUsersResourceWithRawResponse",
]


class CredentialsOrgsUsersResource:
    """`Client.credentials.orgs.users`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CredentialsOrgsUsersResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CredentialsOrgsUsersResourceWithRawResponse(self)

    @cached_property
    def assertions(self) -> CredentialsOrgsUsersAssertionsResource:
        from .assertions import CredentialsOrgsUsersAssertionsResource

        return CredentialsOrgsUsersAssertionsResource(self._client)

    @cached_property
    def assertions_over_time(self) -> CredentialsOrgsUsersAssertionsOverTimeResource:
        from .assertions_over_time import CredentialsOrgsUsersAssertionsOverTimeResource

        return CredentialsOrgsUsersAssertionsOverTimeResource(self._client)

    @cached_property
    def assignments(self) -> CredentialsOrgsUsersAssignmentsResource:
        from .assignments import CredentialsOrgsUsersAssignmentsResource

        return CredentialsOrgsUsersAssignmentsResource(self._client)

    @cached_property
    def course_assertions_over_time(self) -> CredentialsOrgsUsersCourseAssertionsOverTimeResource:
        from .course_assertions_over_time import (
            CredentialsOrgsUsersCourseAssertionsOverTimeResource,
        )

        return CredentialsOrgsUsersCourseAssertionsOverTimeResource(self._client)

    @cached_property
    def course_credentials(self) -> CredentialsOrgsUsersCourseCredentialsResource:
        from .course_credentials import CredentialsOrgsUsersCourseCredentialsResource

        return CredentialsOrgsUsersCourseCredentialsResource(self._client)

    @cached_property
    def credentials_over_time(self) -> CredentialsOrgsUsersCredentialsOverTimeResource:
        from .credentials_over_time import CredentialsOrgsUsersCredentialsOverTimeResource

        return CredentialsOrgsUsersCredentialsOverTimeResource(self._client)

    @cached_property
    def external_mapping(self) -> CredentialsOrgsUsersExternalMappingResource:
        from .external_mapping import CredentialsOrgsUsersExternalMappingResource

        return CredentialsOrgsUsersExternalMappingResource(self._client)

    @cached_property
    def images(self) -> CredentialsOrgsUsersImagesResource:
        from .images import CredentialsOrgsUsersImagesResource

        return CredentialsOrgsUsersImagesResource(self._client)

    @cached_property
    def issuers(self) -> CredentialsOrgsUsersIssuersResource:
        from .issuers import CredentialsOrgsUsersIssuersResource

        return CredentialsOrgsUsersIssuersResource(self._client)

    @cached_property
    def provider_config(self) -> CredentialsOrgsUsersProviderConfigResource:
        from .provider_config import CredentialsOrgsUsersProviderConfigResource

        return CredentialsOrgsUsersProviderConfigResource(self._client)

    def retrieve(
        self,
        *,
        platform_key: str,
        user_id: int,
        **options: Unpack[RequestOptions],
    ) -> Credential:
        """Get all credentials for a platform with search and pagination support.  Query
        Parameters: - platform_org: Platform org ID (takes precedence over URL org) - page: Page
        number (default: 1) - page_size: Items per page (default: 10, max: 100) - search: Search
        term to filter credentials - course: Course ID to filter credentials - program: Program
        ID to filter credentials

        Args:
            platform_key (str, path)
            user_id (int, path)

        Returns:
            Credential
        """
        return self._client._send(
            _credentials_orgs_users_retrieve.OPERATION,
            _credentials_orgs_users_retrieve.build_request(
                platform_key=platform_key, user_id=user_id
            ),
            options,
        )

    @overload
    def create(
        self,
        *,
        platform_key: str,
        user_id: int,
        body: Credential,
        **options: Unpack[RequestOptions],
    ) -> Credential: ...

    @overload
    def create(
        self,
        *,
        platform_key: str,
        user_id: int,
        credential_id: str,
        credential_url: str,
        name: str,
        revoked: bool,
        credential_type: None | str | Unset = UNSET,
        issuer: None | str | Unset = UNSET,
        issued_on: datetime.datetime | None | Unset = UNSET,
        expires_at: datetime.datetime | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Credential: ...

    def create(
        self,
        *,
        platform_key: str,
        user_id: int,
        body: Credential | Unset = UNSET,
        credential_id: str | Unset = UNSET,
        credential_url: str | Unset = UNSET,
        name: str | Unset = UNSET,
        revoked: bool | Unset = UNSET,
        credential_type: None | str | Unset = UNSET,
        issuer: None | str | Unset = UNSET,
        issued_on: datetime.datetime | None | Unset = UNSET,
        expires_at: datetime.datetime | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Credential:
        """API View for managing credentials across a platform.  This endpoint allows creating and
        retrieving credentials for a specific organization/tenant, with support for filtering,
        searching, and pagination.  Path Parameters:     org (str): The organization/tenant
        identifier     user_id (str): The user ID making the request  Query Parameters:     #
        Platform identification     platform_org (str, optional): Alternative platform
        identifier (takes precedence over URL org)      # Pagination     page (int, optional):
        Page number (default: 1)     page_size (int, optional): Items per page (default: 10,
        max: 100)      # Filtering and search     search (str, optional): Search term to filter
        credentials by name or description     course (str, optional): Course ID to filter
        credentials associated with a specific course     program (str, optional): Program ID to
        filter credentials associated with a specific program  Methods:     GET: Retrieve
        credentials with filtering and pagination     POST: Create a new credential  POST
        Request Body:     A JSON object containing credential details:     - name (str):
        Credential name     - description (str, optional): Credential description     - issuer
        (str): Issuer entity ID     - credential_type (str, optional): Type of credential     -
        html_template (str, optional): HTML template for credential rendering     - css_template
        (str, optional): CSS template for credential styling     - icon_image (str, optional):
        URL to credential icon     - background_image (str, optional): URL to credential
        background     - thumbnail_image (str, optional): URL to credential thumbnail     -
        criteria_url (str, optional): URL to credential criteria     - criteria_text (str,
        optional): Text description of credential criteria     - issuing_signal (str, optional):
        Signal that triggers credential issuance  Returns:     GET: A JSON response containing:
        {             \"status\": {\"success\": true, \"description\": \"Ok\"},
        \"result\": {                 \"next\": \"URL to next page\",
        \"previous\": \"URL to previous page\",                 \"count\": 42,
        \"data\": [                     {credential object},                     {credential
        object},                     ...                 ],                 \"num_pages\": 5,
        \"page_number\": 1,                 \"max_page_size\": 100             }         }
        POST: A JSON response containing:         {             \"status\": {\"success\": true,
        \"description\": \"Created\"},             \"result\": {credential object}         }
        Error Responses:     400 Bad Request: If the request data is invalid     401
        Unauthorized: If the user is not authenticated     403 Forbidden: If the user does not
        have permission to access this resource     404 Not Found: If the platform doesn't exist
        500 Internal Server Error: If an unexpected error occurs  Access Control:     - Requires
        CredentialAssignmentPermission     - Only public credentials are returned by default

        Args:
            platform_key (str, path)
            user_id (int, path)
            body (Credential, request body)
            Or the body's fields as keywords instead of body=: credential_id, credential_url,
                name, revoked, credential_type, issuer, issued_on, expires_at

        Returns:
            Credential
        """
        body = body_from_fields(
            "credentials.orgs.users.create",
            body,
            Credential,
            ["credential_id", "credential_url", "name", "revoked"],
            (
                ("credential_id", "credential_id", credential_id),
                ("credential_url", "credential_url", credential_url),
                ("name", "name", name),
                ("revoked", "revoked", revoked),
                ("credential_type", "credential_type", credential_type),
                ("issuer", "issuer", issuer),
                ("issued_on", "issued_on", issued_on),
                ("expires_at", "expires_at", expires_at),
            ),
        )
        return self._client._send(
            _credentials_orgs_users_create.OPERATION,
            _credentials_orgs_users_create.build_request(
                platform_key=platform_key, user_id=user_id, body=body
            ),
            options,
        )

    def destroy(
        self,
        *,
        platform_key: str,
        user_id: int,
        entity_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """API View for managing individual credentials.  This endpoint allows retrieving,
        updating, and deleting specific credentials identified by their entity_id.  Path
        Parameters:     org (str): The organization/tenant identifier     user_id (str): The
        user ID making the request     entity_id (str): The credential entity ID  Methods:
        GET: Retrieve a specific credential     PUT: Update a specific credential     DELETE:
        Delete a specific credential  PUT Request Body:     A JSON object containing credential
        details to update:     - name (str, optional): Credential name     - description (str,
        optional): Credential description     - credential_type (str, optional): Type of
        credential     - html_template (str, optional): HTML template for credential rendering
        - css_template (str, optional): CSS template for credential styling     - icon_image
        (str, optional): URL to credential icon     - background_image (str, optional): URL to
        credential background     - thumbnail_image (str, optional): URL to credential thumbnail
        - criteria_url (str, optional): URL to credential criteria     - criteria_text (str,
        optional): Text description of credential criteria     - issuing_signal (str, optional):
        Signal that triggers credential issuance  Returns:     GET: A JSON response containing:
        {             \"status\": {\"success\": true, \"description\": \"Ok\"},
        \"result\": {credential object}         }      PUT: A JSON response containing:
        {             \"status\": {\"success\": true, \"description\": \"Updated\"},
        \"result\": {credential object}         }      DELETE: A JSON response indicating
        success:         {             \"status\": {\"success\": true, \"description\":
        \"Deleted\"}         }  Error Responses:     400 Bad Request: If the request data is
        invalid     401 Unauthorized: If the user is not authenticated     403 Forbidden: If the
        user does not have permission to access this resource     404 Not Found: If the
        credential doesn't exist     500 Internal Server Error: If an unexpected error occurs
        Access Control:     - Requires CredentialAssignmentPermission     - Users can only
        manage credentials they have permission to access

        Args:
            platform_key (str, path)
            user_id (int, path)
            entity_id (str, path)

        Returns:
            None
        """
        return self._client._send(
            _credentials_orgs_users_destroy.OPERATION,
            _credentials_orgs_users_destroy.build_request(
                platform_key=platform_key, user_id=user_id, entity_id=entity_id
            ),
            options,
        )

    def retrieve_2(
        self,
        *,
        platform_key: str,
        user_id: int,
        entity_id: str,
        **options: Unpack[RequestOptions],
    ) -> Credential:
        """API View for managing individual credentials.  This endpoint allows retrieving,
        updating, and deleting specific credentials identified by their entity_id.  Path
        Parameters:     org (str): The organization/tenant identifier     user_id (str): The
        user ID making the request     entity_id (str): The credential entity ID  Methods:
        GET: Retrieve a specific credential     PUT: Update a specific credential     DELETE:
        Delete a specific credential  PUT Request Body:     A JSON object containing credential
        details to update:     - name (str, optional): Credential name     - description (str,
        optional): Credential description     - credential_type (str, optional): Type of
        credential     - html_template (str, optional): HTML template for credential rendering
        - css_template (str, optional): CSS template for credential styling     - icon_image
        (str, optional): URL to credential icon     - background_image (str, optional): URL to
        credential background     - thumbnail_image (str, optional): URL to credential thumbnail
        - criteria_url (str, optional): URL to credential criteria     - criteria_text (str,
        optional): Text description of credential criteria     - issuing_signal (str, optional):
        Signal that triggers credential issuance  Returns:     GET: A JSON response containing:
        {             \"status\": {\"success\": true, \"description\": \"Ok\"},
        \"result\": {credential object}         }      PUT: A JSON response containing:
        {             \"status\": {\"success\": true, \"description\": \"Updated\"},
        \"result\": {credential object}         }      DELETE: A JSON response indicating
        success:         {             \"status\": {\"success\": true, \"description\":
        \"Deleted\"}         }  Error Responses:     400 Bad Request: If the request data is
        invalid     401 Unauthorized: If the user is not authenticated     403 Forbidden: If the
        user does not have permission to access this resource     404 Not Found: If the
        credential doesn't exist     500 Internal Server Error: If an unexpected error occurs
        Access Control:     - Requires CredentialAssignmentPermission     - Users can only
        manage credentials they have permission to access

        Args:
            platform_key (str, path)
            user_id (int, path)
            entity_id (str, path)

        Returns:
            Credential
        """
        return self._client._send(
            _credentials_orgs_users_retrieve_2.OPERATION,
            _credentials_orgs_users_retrieve_2.build_request(
                platform_key=platform_key, user_id=user_id, entity_id=entity_id
            ),
            options,
        )

    @overload
    def update(
        self,
        *,
        platform_key: str,
        user_id: int,
        entity_id: str,
        body: Credential,
        **options: Unpack[RequestOptions],
    ) -> Credential: ...

    @overload
    def update(
        self,
        *,
        platform_key: str,
        user_id: int,
        entity_id: str,
        credential_id: str,
        credential_url: str,
        name: str,
        revoked: bool,
        credential_type: None | str | Unset = UNSET,
        issuer: None | str | Unset = UNSET,
        issued_on: datetime.datetime | None | Unset = UNSET,
        expires_at: datetime.datetime | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Credential: ...

    def update(
        self,
        *,
        platform_key: str,
        user_id: int,
        entity_id: str,
        body: Credential | Unset = UNSET,
        credential_id: str | Unset = UNSET,
        credential_url: str | Unset = UNSET,
        name: str | Unset = UNSET,
        revoked: bool | Unset = UNSET,
        credential_type: None | str | Unset = UNSET,
        issuer: None | str | Unset = UNSET,
        issued_on: datetime.datetime | None | Unset = UNSET,
        expires_at: datetime.datetime | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Credential:
        """API View for managing individual credentials.  This endpoint allows retrieving,
        updating, and deleting specific credentials identified by their entity_id.  Path
        Parameters:     org (str): The organization/tenant identifier     user_id (str): The
        user ID making the request     entity_id (str): The credential entity ID  Methods:
        GET: Retrieve a specific credential     PUT: Update a specific credential     DELETE:
        Delete a specific credential  PUT Request Body:     A JSON object containing credential
        details to update:     - name (str, optional): Credential name     - description (str,
        optional): Credential description     - credential_type (str, optional): Type of
        credential     - html_template (str, optional): HTML template for credential rendering
        - css_template (str, optional): CSS template for credential styling     - icon_image
        (str, optional): URL to credential icon     - background_image (str, optional): URL to
        credential background     - thumbnail_image (str, optional): URL to credential thumbnail
        - criteria_url (str, optional): URL to credential criteria     - criteria_text (str,
        optional): Text description of credential criteria     - issuing_signal (str, optional):
        Signal that triggers credential issuance  Returns:     GET: A JSON response containing:
        {             \"status\": {\"success\": true, \"description\": \"Ok\"},
        \"result\": {credential object}         }      PUT: A JSON response containing:
        {             \"status\": {\"success\": true, \"description\": \"Updated\"},
        \"result\": {credential object}         }      DELETE: A JSON response indicating
        success:         {             \"status\": {\"success\": true, \"description\":
        \"Deleted\"}         }  Error Responses:     400 Bad Request: If the request data is
        invalid     401 Unauthorized: If the user is not authenticated     403 Forbidden: If the
        user does not have permission to access this resource     404 Not Found: If the
        credential doesn't exist     500 Internal Server Error: If an unexpected error occurs
        Access Control:     - Requires CredentialAssignmentPermission     - Users can only
        manage credentials they have permission to access

        Args:
            platform_key (str, path)
            user_id (int, path)
            entity_id (str, path)
            body (Credential, request body)
            Or the body's fields as keywords instead of body=: credential_id, credential_url,
                name, revoked, credential_type, issuer, issued_on, expires_at

        Returns:
            Credential
        """
        body = body_from_fields(
            "credentials.orgs.users.update",
            body,
            Credential,
            ["credential_id", "credential_url", "name", "revoked"],
            (
                ("credential_id", "credential_id", credential_id),
                ("credential_url", "credential_url", credential_url),
                ("name", "name", name),
                ("revoked", "revoked", revoked),
                ("credential_type", "credential_type", credential_type),
                ("issuer", "issuer", issuer),
                ("issued_on", "issued_on", issued_on),
                ("expires_at", "expires_at", expires_at),
            ),
        )
        return self._client._send(
            _credentials_orgs_users_update.OPERATION,
            _credentials_orgs_users_update.build_request(
                platform_key=platform_key, user_id=user_id, entity_id=entity_id, body=body
            ),
            options,
        )

    def retrieve_3(
        self,
        *,
        platform_key: str,
        username: str,
        **options: Unpack[RequestOptions],
    ) -> Credential:
        """Get all credentials for a platform with search and pagination support.  Query
        Parameters: - platform_org: Platform org ID (takes precedence over URL org) - page: Page
        number (default: 1) - page_size: Items per page (default: 10, max: 100) - search: Search
        term to filter credentials - course: Course ID to filter credentials - program: Program
        ID to filter credentials

        Args:
            platform_key (str, path)
            username (str, path)

        Returns:
            Credential
        """
        return self._client._send(
            _credentials_orgs_users_retrieve_3.OPERATION,
            _credentials_orgs_users_retrieve_3.build_request(
                platform_key=platform_key, username=username
            ),
            options,
        )

    @overload
    def create_2(
        self,
        *,
        platform_key: str,
        username: str,
        body: Credential,
        **options: Unpack[RequestOptions],
    ) -> Credential: ...

    @overload
    def create_2(
        self,
        *,
        platform_key: str,
        username: str,
        credential_id: str,
        credential_url: str,
        name: str,
        revoked: bool,
        credential_type: None | str | Unset = UNSET,
        issuer: None | str | Unset = UNSET,
        issued_on: datetime.datetime | None | Unset = UNSET,
        expires_at: datetime.datetime | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Credential: ...

    def create_2(
        self,
        *,
        platform_key: str,
        username: str,
        body: Credential | Unset = UNSET,
        credential_id: str | Unset = UNSET,
        credential_url: str | Unset = UNSET,
        name: str | Unset = UNSET,
        revoked: bool | Unset = UNSET,
        credential_type: None | str | Unset = UNSET,
        issuer: None | str | Unset = UNSET,
        issued_on: datetime.datetime | None | Unset = UNSET,
        expires_at: datetime.datetime | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Credential:
        """API View for managing credentials across a platform.  This endpoint allows creating and
        retrieving credentials for a specific organization/tenant, with support for filtering,
        searching, and pagination.  Path Parameters:     org (str): The organization/tenant
        identifier     user_id (str): The user ID making the request  Query Parameters:     #
        Platform identification     platform_org (str, optional): Alternative platform
        identifier (takes precedence over URL org)      # Pagination     page (int, optional):
        Page number (default: 1)     page_size (int, optional): Items per page (default: 10,
        max: 100)      # Filtering and search     search (str, optional): Search term to filter
        credentials by name or description     course (str, optional): Course ID to filter
        credentials associated with a specific course     program (str, optional): Program ID to
        filter credentials associated with a specific program  Methods:     GET: Retrieve
        credentials with filtering and pagination     POST: Create a new credential  POST
        Request Body:     A JSON object containing credential details:     - name (str):
        Credential name     - description (str, optional): Credential description     - issuer
        (str): Issuer entity ID     - credential_type (str, optional): Type of credential     -
        html_template (str, optional): HTML template for credential rendering     - css_template
        (str, optional): CSS template for credential styling     - icon_image (str, optional):
        URL to credential icon     - background_image (str, optional): URL to credential
        background     - thumbnail_image (str, optional): URL to credential thumbnail     -
        criteria_url (str, optional): URL to credential criteria     - criteria_text (str,
        optional): Text description of credential criteria     - issuing_signal (str, optional):
        Signal that triggers credential issuance  Returns:     GET: A JSON response containing:
        {             \"status\": {\"success\": true, \"description\": \"Ok\"},
        \"result\": {                 \"next\": \"URL to next page\",
        \"previous\": \"URL to previous page\",                 \"count\": 42,
        \"data\": [                     {credential object},                     {credential
        object},                     ...                 ],                 \"num_pages\": 5,
        \"page_number\": 1,                 \"max_page_size\": 100             }         }
        POST: A JSON response containing:         {             \"status\": {\"success\": true,
        \"description\": \"Created\"},             \"result\": {credential object}         }
        Error Responses:     400 Bad Request: If the request data is invalid     401
        Unauthorized: If the user is not authenticated     403 Forbidden: If the user does not
        have permission to access this resource     404 Not Found: If the platform doesn't exist
        500 Internal Server Error: If an unexpected error occurs  Access Control:     - Requires
        CredentialAssignmentPermission     - Only public credentials are returned by default

        Args:
            platform_key (str, path)
            username (str, path)
            body (Credential, request body)
            Or the body's fields as keywords instead of body=: credential_id, credential_url,
                name, revoked, credential_type, issuer, issued_on, expires_at

        Returns:
            Credential
        """
        body = body_from_fields(
            "credentials.orgs.users.create_2",
            body,
            Credential,
            ["credential_id", "credential_url", "name", "revoked"],
            (
                ("credential_id", "credential_id", credential_id),
                ("credential_url", "credential_url", credential_url),
                ("name", "name", name),
                ("revoked", "revoked", revoked),
                ("credential_type", "credential_type", credential_type),
                ("issuer", "issuer", issuer),
                ("issued_on", "issued_on", issued_on),
                ("expires_at", "expires_at", expires_at),
            ),
        )
        return self._client._send(
            _credentials_orgs_users_create_2.OPERATION,
            _credentials_orgs_users_create_2.build_request(
                platform_key=platform_key, username=username, body=body
            ),
            options,
        )

    def destroy_2(
        self,
        *,
        platform_key: str,
        username: str,
        entity_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """API View for managing individual credentials.  This endpoint allows retrieving,
        updating, and deleting specific credentials identified by their entity_id.  Path
        Parameters:     org (str): The organization/tenant identifier     user_id (str): The
        user ID making the request     entity_id (str): The credential entity ID  Methods:
        GET: Retrieve a specific credential     PUT: Update a specific credential     DELETE:
        Delete a specific credential  PUT Request Body:     A JSON object containing credential
        details to update:     - name (str, optional): Credential name     - description (str,
        optional): Credential description     - credential_type (str, optional): Type of
        credential     - html_template (str, optional): HTML template for credential rendering
        - css_template (str, optional): CSS template for credential styling     - icon_image
        (str, optional): URL to credential icon     - background_image (str, optional): URL to
        credential background     - thumbnail_image (str, optional): URL to credential thumbnail
        - criteria_url (str, optional): URL to credential criteria     - criteria_text (str,
        optional): Text description of credential criteria     - issuing_signal (str, optional):
        Signal that triggers credential issuance  Returns:     GET: A JSON response containing:
        {             \"status\": {\"success\": true, \"description\": \"Ok\"},
        \"result\": {credential object}         }      PUT: A JSON response containing:
        {             \"status\": {\"success\": true, \"description\": \"Updated\"},
        \"result\": {credential object}         }      DELETE: A JSON response indicating
        success:         {             \"status\": {\"success\": true, \"description\":
        \"Deleted\"}         }  Error Responses:     400 Bad Request: If the request data is
        invalid     401 Unauthorized: If the user is not authenticated     403 Forbidden: If the
        user does not have permission to access this resource     404 Not Found: If the
        credential doesn't exist     500 Internal Server Error: If an unexpected error occurs
        Access Control:     - Requires CredentialAssignmentPermission     - Users can only
        manage credentials they have permission to access

        Args:
            platform_key (str, path)
            username (str, path)
            entity_id (str, path)

        Returns:
            None
        """
        return self._client._send(
            _credentials_orgs_users_destroy_2.OPERATION,
            _credentials_orgs_users_destroy_2.build_request(
                platform_key=platform_key, username=username, entity_id=entity_id
            ),
            options,
        )

    def retrieve_4(
        self,
        *,
        platform_key: str,
        username: str,
        entity_id: str,
        **options: Unpack[RequestOptions],
    ) -> Credential:
        """API View for managing individual credentials.  This endpoint allows retrieving,
        updating, and deleting specific credentials identified by their entity_id.  Path
        Parameters:     org (str): The organization/tenant identifier     user_id (str): The
        user ID making the request     entity_id (str): The credential entity ID  Methods:
        GET: Retrieve a specific credential     PUT: Update a specific credential     DELETE:
        Delete a specific credential  PUT Request Body:     A JSON object containing credential
        details to update:     - name (str, optional): Credential name     - description (str,
        optional): Credential description     - credential_type (str, optional): Type of
        credential     - html_template (str, optional): HTML template for credential rendering
        - css_template (str, optional): CSS template for credential styling     - icon_image
        (str, optional): URL to credential icon     - background_image (str, optional): URL to
        credential background     - thumbnail_image (str, optional): URL to credential thumbnail
        - criteria_url (str, optional): URL to credential criteria     - criteria_text (str,
        optional): Text description of credential criteria     - issuing_signal (str, optional):
        Signal that triggers credential issuance  Returns:     GET: A JSON response containing:
        {             \"status\": {\"success\": true, \"description\": \"Ok\"},
        \"result\": {credential object}         }      PUT: A JSON response containing:
        {             \"status\": {\"success\": true, \"description\": \"Updated\"},
        \"result\": {credential object}         }      DELETE: A JSON response indicating
        success:         {             \"status\": {\"success\": true, \"description\":
        \"Deleted\"}         }  Error Responses:     400 Bad Request: If the request data is
        invalid     401 Unauthorized: If the user is not authenticated     403 Forbidden: If the
        user does not have permission to access this resource     404 Not Found: If the
        credential doesn't exist     500 Internal Server Error: If an unexpected error occurs
        Access Control:     - Requires CredentialAssignmentPermission     - Users can only
        manage credentials they have permission to access

        Args:
            platform_key (str, path)
            username (str, path)
            entity_id (str, path)

        Returns:
            Credential
        """
        return self._client._send(
            _credentials_orgs_users_retrieve_4.OPERATION,
            _credentials_orgs_users_retrieve_4.build_request(
                platform_key=platform_key, username=username, entity_id=entity_id
            ),
            options,
        )

    @overload
    def update_2(
        self,
        *,
        platform_key: str,
        username: str,
        entity_id: str,
        body: Credential,
        **options: Unpack[RequestOptions],
    ) -> Credential: ...

    @overload
    def update_2(
        self,
        *,
        platform_key: str,
        username: str,
        entity_id: str,
        credential_id: str,
        credential_url: str,
        name: str,
        revoked: bool,
        credential_type: None | str | Unset = UNSET,
        issuer: None | str | Unset = UNSET,
        issued_on: datetime.datetime | None | Unset = UNSET,
        expires_at: datetime.datetime | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Credential: ...

    def update_2(
        self,
        *,
        platform_key: str,
        username: str,
        entity_id: str,
        body: Credential | Unset = UNSET,
        credential_id: str | Unset = UNSET,
        credential_url: str | Unset = UNSET,
        name: str | Unset = UNSET,
        revoked: bool | Unset = UNSET,
        credential_type: None | str | Unset = UNSET,
        issuer: None | str | Unset = UNSET,
        issued_on: datetime.datetime | None | Unset = UNSET,
        expires_at: datetime.datetime | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Credential:
        """API View for managing individual credentials.  This endpoint allows retrieving,
        updating, and deleting specific credentials identified by their entity_id.  Path
        Parameters:     org (str): The organization/tenant identifier     user_id (str): The
        user ID making the request     entity_id (str): The credential entity ID  Methods:
        GET: Retrieve a specific credential     PUT: Update a specific credential     DELETE:
        Delete a specific credential  PUT Request Body:     A JSON object containing credential
        details to update:     - name (str, optional): Credential name     - description (str,
        optional): Credential description     - credential_type (str, optional): Type of
        credential     - html_template (str, optional): HTML template for credential rendering
        - css_template (str, optional): CSS template for credential styling     - icon_image
        (str, optional): URL to credential icon     - background_image (str, optional): URL to
        credential background     - thumbnail_image (str, optional): URL to credential thumbnail
        - criteria_url (str, optional): URL to credential criteria     - criteria_text (str,
        optional): Text description of credential criteria     - issuing_signal (str, optional):
        Signal that triggers credential issuance  Returns:     GET: A JSON response containing:
        {             \"status\": {\"success\": true, \"description\": \"Ok\"},
        \"result\": {credential object}         }      PUT: A JSON response containing:
        {             \"status\": {\"success\": true, \"description\": \"Updated\"},
        \"result\": {credential object}         }      DELETE: A JSON response indicating
        success:         {             \"status\": {\"success\": true, \"description\":
        \"Deleted\"}         }  Error Responses:     400 Bad Request: If the request data is
        invalid     401 Unauthorized: If the user is not authenticated     403 Forbidden: If the
        user does not have permission to access this resource     404 Not Found: If the
        credential doesn't exist     500 Internal Server Error: If an unexpected error occurs
        Access Control:     - Requires CredentialAssignmentPermission     - Users can only
        manage credentials they have permission to access

        Args:
            platform_key (str, path)
            username (str, path)
            entity_id (str, path)
            body (Credential, request body)
            Or the body's fields as keywords instead of body=: credential_id, credential_url,
                name, revoked, credential_type, issuer, issued_on, expires_at

        Returns:
            Credential
        """
        body = body_from_fields(
            "credentials.orgs.users.update_2",
            body,
            Credential,
            ["credential_id", "credential_url", "name", "revoked"],
            (
                ("credential_id", "credential_id", credential_id),
                ("credential_url", "credential_url", credential_url),
                ("name", "name", name),
                ("revoked", "revoked", revoked),
                ("credential_type", "credential_type", credential_type),
                ("issuer", "issuer", issuer),
                ("issued_on", "issued_on", issued_on),
                ("expires_at", "expires_at", expires_at),
            ),
        )
        return self._client._send(
            _credentials_orgs_users_update_2.OPERATION,
            _credentials_orgs_users_update_2.build_request(
                platform_key=platform_key, username=username, entity_id=entity_id, body=body
            ),
            options,
        )


class CredentialsOrgsUsersResourceWithRawResponse:
    """`Client.credentials.orgs.users`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CredentialsOrgsUsersResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)
        self.create = to_raw_response(resource.create)
        self.destroy = to_raw_response(resource.destroy)
        self.retrieve_2 = to_raw_response(resource.retrieve_2)
        self.update = to_raw_response(resource.update)
        self.retrieve_3 = to_raw_response(resource.retrieve_3)
        self.create_2 = to_raw_response(resource.create_2)
        self.destroy_2 = to_raw_response(resource.destroy_2)
        self.retrieve_4 = to_raw_response(resource.retrieve_4)
        self.update_2 = to_raw_response(resource.update_2)

    @cached_property
    def assertions(self) -> CredentialsOrgsUsersAssertionsResourceWithRawResponse:
        from .assertions import CredentialsOrgsUsersAssertionsResourceWithRawResponse

        return CredentialsOrgsUsersAssertionsResourceWithRawResponse(self._resource.assertions)

    @cached_property
    def assertions_over_time(self) -> CredentialsOrgsUsersAssertionsOverTimeResourceWithRawResponse:
        from .assertions_over_time import (
            CredentialsOrgsUsersAssertionsOverTimeResourceWithRawResponse,
        )

        return CredentialsOrgsUsersAssertionsOverTimeResourceWithRawResponse(
            self._resource.assertions_over_time
        )

    @cached_property
    def assignments(self) -> CredentialsOrgsUsersAssignmentsResourceWithRawResponse:
        from .assignments import CredentialsOrgsUsersAssignmentsResourceWithRawResponse

        return CredentialsOrgsUsersAssignmentsResourceWithRawResponse(self._resource.assignments)

    @cached_property
    def course_assertions_over_time(
        self,
    ) -> CredentialsOrgsUsersCourseAssertionsOverTimeResourceWithRawResponse:
        from .course_assertions_over_time import (
            CredentialsOrgsUsersCourseAssertionsOverTimeResourceWithRawResponse,
        )

        return CredentialsOrgsUsersCourseAssertionsOverTimeResourceWithRawResponse(
            self._resource.course_assertions_over_time
        )

    @cached_property
    def course_credentials(self) -> CredentialsOrgsUsersCourseCredentialsResourceWithRawResponse:
        from .course_credentials import CredentialsOrgsUsersCourseCredentialsResourceWithRawResponse

        return CredentialsOrgsUsersCourseCredentialsResourceWithRawResponse(
            self._resource.course_credentials
        )

    @cached_property
    def credentials_over_time(
        self,
    ) -> CredentialsOrgsUsersCredentialsOverTimeResourceWithRawResponse:
        from .credentials_over_time import (
            CredentialsOrgsUsersCredentialsOverTimeResourceWithRawResponse,
        )

        return CredentialsOrgsUsersCredentialsOverTimeResourceWithRawResponse(
            self._resource.credentials_over_time
        )

    @cached_property
    def external_mapping(self) -> CredentialsOrgsUsersExternalMappingResourceWithRawResponse:
        from .external_mapping import CredentialsOrgsUsersExternalMappingResourceWithRawResponse

        return CredentialsOrgsUsersExternalMappingResourceWithRawResponse(
            self._resource.external_mapping
        )

    @cached_property
    def images(self) -> CredentialsOrgsUsersImagesResourceWithRawResponse:
        from .images import CredentialsOrgsUsersImagesResourceWithRawResponse

        return CredentialsOrgsUsersImagesResourceWithRawResponse(self._resource.images)

    @cached_property
    def issuers(self) -> CredentialsOrgsUsersIssuersResourceWithRawResponse:
        from .issuers import CredentialsOrgsUsersIssuersResourceWithRawResponse

        return CredentialsOrgsUsersIssuersResourceWithRawResponse(self._resource.issuers)

    @cached_property
    def provider_config(self) -> CredentialsOrgsUsersProviderConfigResourceWithRawResponse:
        from .provider_config import CredentialsOrgsUsersProviderConfigResourceWithRawResponse

        return CredentialsOrgsUsersProviderConfigResourceWithRawResponse(
            self._resource.provider_config
        )


class AsyncCredentialsOrgsUsersResource:
    """`AsyncClient.credentials.orgs.users`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCredentialsOrgsUsersResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCredentialsOrgsUsersResourceWithRawResponse(self)

    @cached_property
    def assertions(self) -> AsyncCredentialsOrgsUsersAssertionsResource:
        from .assertions import AsyncCredentialsOrgsUsersAssertionsResource

        return AsyncCredentialsOrgsUsersAssertionsResource(self._client)

    @cached_property
    def assertions_over_time(self) -> AsyncCredentialsOrgsUsersAssertionsOverTimeResource:
        from .assertions_over_time import AsyncCredentialsOrgsUsersAssertionsOverTimeResource

        return AsyncCredentialsOrgsUsersAssertionsOverTimeResource(self._client)

    @cached_property
    def assignments(self) -> AsyncCredentialsOrgsUsersAssignmentsResource:
        from .assignments import AsyncCredentialsOrgsUsersAssignmentsResource

        return AsyncCredentialsOrgsUsersAssignmentsResource(self._client)

    @cached_property
    def course_assertions_over_time(
        self,
    ) -> AsyncCredentialsOrgsUsersCourseAssertionsOverTimeResource:
        from .course_assertions_over_time import (
            AsyncCredentialsOrgsUsersCourseAssertionsOverTimeResource,
        )

        return AsyncCredentialsOrgsUsersCourseAssertionsOverTimeResource(self._client)

    @cached_property
    def course_credentials(self) -> AsyncCredentialsOrgsUsersCourseCredentialsResource:
        from .course_credentials import AsyncCredentialsOrgsUsersCourseCredentialsResource

        return AsyncCredentialsOrgsUsersCourseCredentialsResource(self._client)

    @cached_property
    def credentials_over_time(self) -> AsyncCredentialsOrgsUsersCredentialsOverTimeResource:
        from .credentials_over_time import AsyncCredentialsOrgsUsersCredentialsOverTimeResource

        return AsyncCredentialsOrgsUsersCredentialsOverTimeResource(self._client)

    @cached_property
    def external_mapping(self) -> AsyncCredentialsOrgsUsersExternalMappingResource:
        from .external_mapping import AsyncCredentialsOrgsUsersExternalMappingResource

        return AsyncCredentialsOrgsUsersExternalMappingResource(self._client)

    @cached_property
    def images(self) -> AsyncCredentialsOrgsUsersImagesResource:
        from .images import AsyncCredentialsOrgsUsersImagesResource

        return AsyncCredentialsOrgsUsersImagesResource(self._client)

    @cached_property
    def issuers(self) -> AsyncCredentialsOrgsUsersIssuersResource:
        from .issuers import AsyncCredentialsOrgsUsersIssuersResource

        return AsyncCredentialsOrgsUsersIssuersResource(self._client)

    @cached_property
    def provider_config(self) -> AsyncCredentialsOrgsUsersProviderConfigResource:
        from .provider_config import AsyncCredentialsOrgsUsersProviderConfigResource

        return AsyncCredentialsOrgsUsersProviderConfigResource(self._client)

    async def retrieve(
        self,
        *,
        platform_key: str,
        user_id: int,
        **options: Unpack[RequestOptions],
    ) -> Credential:
        """Get all credentials for a platform with search and pagination support.  Query
        Parameters: - platform_org: Platform org ID (takes precedence over URL org) - page: Page
        number (default: 1) - page_size: Items per page (default: 10, max: 100) - search: Search
        term to filter credentials - course: Course ID to filter credentials - program: Program
        ID to filter credentials

        Args:
            platform_key (str, path)
            user_id (int, path)

        Returns:
            Credential
        """
        return await self._client._send(
            _credentials_orgs_users_retrieve.OPERATION,
            _credentials_orgs_users_retrieve.build_request(
                platform_key=platform_key, user_id=user_id
            ),
            options,
        )

    @overload
    async def create(
        self,
        *,
        platform_key: str,
        user_id: int,
        body: Credential,
        **options: Unpack[RequestOptions],
    ) -> Credential: ...

    @overload
    async def create(
        self,
        *,
        platform_key: str,
        user_id: int,
        credential_id: str,
        credential_url: str,
        name: str,
        revoked: bool,
        credential_type: None | str | Unset = UNSET,
        issuer: None | str | Unset = UNSET,
        issued_on: datetime.datetime | None | Unset = UNSET,
        expires_at: datetime.datetime | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Credential: ...

    async def create(
        self,
        *,
        platform_key: str,
        user_id: int,
        body: Credential | Unset = UNSET,
        credential_id: str | Unset = UNSET,
        credential_url: str | Unset = UNSET,
        name: str | Unset = UNSET,
        revoked: bool | Unset = UNSET,
        credential_type: None | str | Unset = UNSET,
        issuer: None | str | Unset = UNSET,
        issued_on: datetime.datetime | None | Unset = UNSET,
        expires_at: datetime.datetime | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Credential:
        """API View for managing credentials across a platform.  This endpoint allows creating and
        retrieving credentials for a specific organization/tenant, with support for filtering,
        searching, and pagination.  Path Parameters:     org (str): The organization/tenant
        identifier     user_id (str): The user ID making the request  Query Parameters:     #
        Platform identification     platform_org (str, optional): Alternative platform
        identifier (takes precedence over URL org)      # Pagination     page (int, optional):
        Page number (default: 1)     page_size (int, optional): Items per page (default: 10,
        max: 100)      # Filtering and search     search (str, optional): Search term to filter
        credentials by name or description     course (str, optional): Course ID to filter
        credentials associated with a specific course     program (str, optional): Program ID to
        filter credentials associated with a specific program  Methods:     GET: Retrieve
        credentials with filtering and pagination     POST: Create a new credential  POST
        Request Body:     A JSON object containing credential details:     - name (str):
        Credential name     - description (str, optional): Credential description     - issuer
        (str): Issuer entity ID     - credential_type (str, optional): Type of credential     -
        html_template (str, optional): HTML template for credential rendering     - css_template
        (str, optional): CSS template for credential styling     - icon_image (str, optional):
        URL to credential icon     - background_image (str, optional): URL to credential
        background     - thumbnail_image (str, optional): URL to credential thumbnail     -
        criteria_url (str, optional): URL to credential criteria     - criteria_text (str,
        optional): Text description of credential criteria     - issuing_signal (str, optional):
        Signal that triggers credential issuance  Returns:     GET: A JSON response containing:
        {             \"status\": {\"success\": true, \"description\": \"Ok\"},
        \"result\": {                 \"next\": \"URL to next page\",
        \"previous\": \"URL to previous page\",                 \"count\": 42,
        \"data\": [                     {credential object},                     {credential
        object},                     ...                 ],                 \"num_pages\": 5,
        \"page_number\": 1,                 \"max_page_size\": 100             }         }
        POST: A JSON response containing:         {             \"status\": {\"success\": true,
        \"description\": \"Created\"},             \"result\": {credential object}         }
        Error Responses:     400 Bad Request: If the request data is invalid     401
        Unauthorized: If the user is not authenticated     403 Forbidden: If the user does not
        have permission to access this resource     404 Not Found: If the platform doesn't exist
        500 Internal Server Error: If an unexpected error occurs  Access Control:     - Requires
        CredentialAssignmentPermission     - Only public credentials are returned by default

        Args:
            platform_key (str, path)
            user_id (int, path)
            body (Credential, request body)
            Or the body's fields as keywords instead of body=: credential_id, credential_url,
                name, revoked, credential_type, issuer, issued_on, expires_at

        Returns:
            Credential
        """
        body = body_from_fields(
            "credentials.orgs.users.create",
            body,
            Credential,
            ["credential_id", "credential_url", "name", "revoked"],
            (
                ("credential_id", "credential_id", credential_id),
                ("credential_url", "credential_url", credential_url),
                ("name", "name", name),
                ("revoked", "revoked", revoked),
                ("credential_type", "credential_type", credential_type),
                ("issuer", "issuer", issuer),
                ("issued_on", "issued_on", issued_on),
                ("expires_at", "expires_at", expires_at),
            ),
        )
        return await self._client._send(
            _credentials_orgs_users_create.OPERATION,
            _credentials_orgs_users_create.build_request(
                platform_key=platform_key, user_id=user_id, body=body
            ),
            options,
        )

    async def destroy(
        self,
        *,
        platform_key: str,
        user_id: int,
        entity_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """API View for managing individual credentials.  This endpoint allows retrieving,
        updating, and deleting specific credentials identified by their entity_id.  Path
        Parameters:     org (str): The organization/tenant identifier     user_id (str): The
        user ID making the request     entity_id (str): The credential entity ID  Methods:
        GET: Retrieve a specific credential     PUT: Update a specific credential     DELETE:
        Delete a specific credential  PUT Request Body:     A JSON object containing credential
        details to update:     - name (str, optional): Credential name     - description (str,
        optional): Credential description     - credential_type (str, optional): Type of
        credential     - html_template (str, optional): HTML template for credential rendering
        - css_template (str, optional): CSS template for credential styling     - icon_image
        (str, optional): URL to credential icon     - background_image (str, optional): URL to
        credential background     - thumbnail_image (str, optional): URL to credential thumbnail
        - criteria_url (str, optional): URL to credential criteria     - criteria_text (str,
        optional): Text description of credential criteria     - issuing_signal (str, optional):
        Signal that triggers credential issuance  Returns:     GET: A JSON response containing:
        {             \"status\": {\"success\": true, \"description\": \"Ok\"},
        \"result\": {credential object}         }      PUT: A JSON response containing:
        {             \"status\": {\"success\": true, \"description\": \"Updated\"},
        \"result\": {credential object}         }      DELETE: A JSON response indicating
        success:         {             \"status\": {\"success\": true, \"description\":
        \"Deleted\"}         }  Error Responses:     400 Bad Request: If the request data is
        invalid     401 Unauthorized: If the user is not authenticated     403 Forbidden: If the
        user does not have permission to access this resource     404 Not Found: If the
        credential doesn't exist     500 Internal Server Error: If an unexpected error occurs
        Access Control:     - Requires CredentialAssignmentPermission     - Users can only
        manage credentials they have permission to access

        Args:
            platform_key (str, path)
            user_id (int, path)
            entity_id (str, path)

        Returns:
            None
        """
        return await self._client._send(
            _credentials_orgs_users_destroy.OPERATION,
            _credentials_orgs_users_destroy.build_request(
                platform_key=platform_key, user_id=user_id, entity_id=entity_id
            ),
            options,
        )

    async def retrieve_2(
        self,
        *,
        platform_key: str,
        user_id: int,
        entity_id: str,
        **options: Unpack[RequestOptions],
    ) -> Credential:
        """API View for managing individual credentials.  This endpoint allows retrieving,
        updating, and deleting specific credentials identified by their entity_id.  Path
        Parameters:     org (str): The organization/tenant identifier     user_id (str): The
        user ID making the request     entity_id (str): The credential entity ID  Methods:
        GET: Retrieve a specific credential     PUT: Update a specific credential     DELETE:
        Delete a specific credential  PUT Request Body:     A JSON object containing credential
        details to update:     - name (str, optional): Credential name     - description (str,
        optional): Credential description     - credential_type (str, optional): Type of
        credential     - html_template (str, optional): HTML template for credential rendering
        - css_template (str, optional): CSS template for credential styling     - icon_image
        (str, optional): URL to credential icon     - background_image (str, optional): URL to
        credential background     - thumbnail_image (str, optional): URL to credential thumbnail
        - criteria_url (str, optional): URL to credential criteria     - criteria_text (str,
        optional): Text description of credential criteria     - issuing_signal (str, optional):
        Signal that triggers credential issuance  Returns:     GET: A JSON response containing:
        {             \"status\": {\"success\": true, \"description\": \"Ok\"},
        \"result\": {credential object}         }      PUT: A JSON response containing:
        {             \"status\": {\"success\": true, \"description\": \"Updated\"},
        \"result\": {credential object}         }      DELETE: A JSON response indicating
        success:         {             \"status\": {\"success\": true, \"description\":
        \"Deleted\"}         }  Error Responses:     400 Bad Request: If the request data is
        invalid     401 Unauthorized: If the user is not authenticated     403 Forbidden: If the
        user does not have permission to access this resource     404 Not Found: If the
        credential doesn't exist     500 Internal Server Error: If an unexpected error occurs
        Access Control:     - Requires CredentialAssignmentPermission     - Users can only
        manage credentials they have permission to access

        Args:
            platform_key (str, path)
            user_id (int, path)
            entity_id (str, path)

        Returns:
            Credential
        """
        return await self._client._send(
            _credentials_orgs_users_retrieve_2.OPERATION,
            _credentials_orgs_users_retrieve_2.build_request(
                platform_key=platform_key, user_id=user_id, entity_id=entity_id
            ),
            options,
        )

    @overload
    async def update(
        self,
        *,
        platform_key: str,
        user_id: int,
        entity_id: str,
        body: Credential,
        **options: Unpack[RequestOptions],
    ) -> Credential: ...

    @overload
    async def update(
        self,
        *,
        platform_key: str,
        user_id: int,
        entity_id: str,
        credential_id: str,
        credential_url: str,
        name: str,
        revoked: bool,
        credential_type: None | str | Unset = UNSET,
        issuer: None | str | Unset = UNSET,
        issued_on: datetime.datetime | None | Unset = UNSET,
        expires_at: datetime.datetime | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Credential: ...

    async def update(
        self,
        *,
        platform_key: str,
        user_id: int,
        entity_id: str,
        body: Credential | Unset = UNSET,
        credential_id: str | Unset = UNSET,
        credential_url: str | Unset = UNSET,
        name: str | Unset = UNSET,
        revoked: bool | Unset = UNSET,
        credential_type: None | str | Unset = UNSET,
        issuer: None | str | Unset = UNSET,
        issued_on: datetime.datetime | None | Unset = UNSET,
        expires_at: datetime.datetime | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Credential:
        """API View for managing individual credentials.  This endpoint allows retrieving,
        updating, and deleting specific credentials identified by their entity_id.  Path
        Parameters:     org (str): The organization/tenant identifier     user_id (str): The
        user ID making the request     entity_id (str): The credential entity ID  Methods:
        GET: Retrieve a specific credential     PUT: Update a specific credential     DELETE:
        Delete a specific credential  PUT Request Body:     A JSON object containing credential
        details to update:     - name (str, optional): Credential name     - description (str,
        optional): Credential description     - credential_type (str, optional): Type of
        credential     - html_template (str, optional): HTML template for credential rendering
        - css_template (str, optional): CSS template for credential styling     - icon_image
        (str, optional): URL to credential icon     - background_image (str, optional): URL to
        credential background     - thumbnail_image (str, optional): URL to credential thumbnail
        - criteria_url (str, optional): URL to credential criteria     - criteria_text (str,
        optional): Text description of credential criteria     - issuing_signal (str, optional):
        Signal that triggers credential issuance  Returns:     GET: A JSON response containing:
        {             \"status\": {\"success\": true, \"description\": \"Ok\"},
        \"result\": {credential object}         }      PUT: A JSON response containing:
        {             \"status\": {\"success\": true, \"description\": \"Updated\"},
        \"result\": {credential object}         }      DELETE: A JSON response indicating
        success:         {             \"status\": {\"success\": true, \"description\":
        \"Deleted\"}         }  Error Responses:     400 Bad Request: If the request data is
        invalid     401 Unauthorized: If the user is not authenticated     403 Forbidden: If the
        user does not have permission to access this resource     404 Not Found: If the
        credential doesn't exist     500 Internal Server Error: If an unexpected error occurs
        Access Control:     - Requires CredentialAssignmentPermission     - Users can only
        manage credentials they have permission to access

        Args:
            platform_key (str, path)
            user_id (int, path)
            entity_id (str, path)
            body (Credential, request body)
            Or the body's fields as keywords instead of body=: credential_id, credential_url,
                name, revoked, credential_type, issuer, issued_on, expires_at

        Returns:
            Credential
        """
        body = body_from_fields(
            "credentials.orgs.users.update",
            body,
            Credential,
            ["credential_id", "credential_url", "name", "revoked"],
            (
                ("credential_id", "credential_id", credential_id),
                ("credential_url", "credential_url", credential_url),
                ("name", "name", name),
                ("revoked", "revoked", revoked),
                ("credential_type", "credential_type", credential_type),
                ("issuer", "issuer", issuer),
                ("issued_on", "issued_on", issued_on),
                ("expires_at", "expires_at", expires_at),
            ),
        )
        return await self._client._send(
            _credentials_orgs_users_update.OPERATION,
            _credentials_orgs_users_update.build_request(
                platform_key=platform_key, user_id=user_id, entity_id=entity_id, body=body
            ),
            options,
        )

    async def retrieve_3(
        self,
        *,
        platform_key: str,
        username: str,
        **options: Unpack[RequestOptions],
    ) -> Credential:
        """Get all credentials for a platform with search and pagination support.  Query
        Parameters: - platform_org: Platform org ID (takes precedence over URL org) - page: Page
        number (default: 1) - page_size: Items per page (default: 10, max: 100) - search: Search
        term to filter credentials - course: Course ID to filter credentials - program: Program
        ID to filter credentials

        Args:
            platform_key (str, path)
            username (str, path)

        Returns:
            Credential
        """
        return await self._client._send(
            _credentials_orgs_users_retrieve_3.OPERATION,
            _credentials_orgs_users_retrieve_3.build_request(
                platform_key=platform_key, username=username
            ),
            options,
        )

    @overload
    async def create_2(
        self,
        *,
        platform_key: str,
        username: str,
        body: Credential,
        **options: Unpack[RequestOptions],
    ) -> Credential: ...

    @overload
    async def create_2(
        self,
        *,
        platform_key: str,
        username: str,
        credential_id: str,
        credential_url: str,
        name: str,
        revoked: bool,
        credential_type: None | str | Unset = UNSET,
        issuer: None | str | Unset = UNSET,
        issued_on: datetime.datetime | None | Unset = UNSET,
        expires_at: datetime.datetime | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Credential: ...

    async def create_2(
        self,
        *,
        platform_key: str,
        username: str,
        body: Credential | Unset = UNSET,
        credential_id: str | Unset = UNSET,
        credential_url: str | Unset = UNSET,
        name: str | Unset = UNSET,
        revoked: bool | Unset = UNSET,
        credential_type: None | str | Unset = UNSET,
        issuer: None | str | Unset = UNSET,
        issued_on: datetime.datetime | None | Unset = UNSET,
        expires_at: datetime.datetime | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Credential:
        """API View for managing credentials across a platform.  This endpoint allows creating and
        retrieving credentials for a specific organization/tenant, with support for filtering,
        searching, and pagination.  Path Parameters:     org (str): The organization/tenant
        identifier     user_id (str): The user ID making the request  Query Parameters:     #
        Platform identification     platform_org (str, optional): Alternative platform
        identifier (takes precedence over URL org)      # Pagination     page (int, optional):
        Page number (default: 1)     page_size (int, optional): Items per page (default: 10,
        max: 100)      # Filtering and search     search (str, optional): Search term to filter
        credentials by name or description     course (str, optional): Course ID to filter
        credentials associated with a specific course     program (str, optional): Program ID to
        filter credentials associated with a specific program  Methods:     GET: Retrieve
        credentials with filtering and pagination     POST: Create a new credential  POST
        Request Body:     A JSON object containing credential details:     - name (str):
        Credential name     - description (str, optional): Credential description     - issuer
        (str): Issuer entity ID     - credential_type (str, optional): Type of credential     -
        html_template (str, optional): HTML template for credential rendering     - css_template
        (str, optional): CSS template for credential styling     - icon_image (str, optional):
        URL to credential icon     - background_image (str, optional): URL to credential
        background     - thumbnail_image (str, optional): URL to credential thumbnail     -
        criteria_url (str, optional): URL to credential criteria     - criteria_text (str,
        optional): Text description of credential criteria     - issuing_signal (str, optional):
        Signal that triggers credential issuance  Returns:     GET: A JSON response containing:
        {             \"status\": {\"success\": true, \"description\": \"Ok\"},
        \"result\": {                 \"next\": \"URL to next page\",
        \"previous\": \"URL to previous page\",                 \"count\": 42,
        \"data\": [                     {credential object},                     {credential
        object},                     ...                 ],                 \"num_pages\": 5,
        \"page_number\": 1,                 \"max_page_size\": 100             }         }
        POST: A JSON response containing:         {             \"status\": {\"success\": true,
        \"description\": \"Created\"},             \"result\": {credential object}         }
        Error Responses:     400 Bad Request: If the request data is invalid     401
        Unauthorized: If the user is not authenticated     403 Forbidden: If the user does not
        have permission to access this resource     404 Not Found: If the platform doesn't exist
        500 Internal Server Error: If an unexpected error occurs  Access Control:     - Requires
        CredentialAssignmentPermission     - Only public credentials are returned by default

        Args:
            platform_key (str, path)
            username (str, path)
            body (Credential, request body)
            Or the body's fields as keywords instead of body=: credential_id, credential_url,
                name, revoked, credential_type, issuer, issued_on, expires_at

        Returns:
            Credential
        """
        body = body_from_fields(
            "credentials.orgs.users.create_2",
            body,
            Credential,
            ["credential_id", "credential_url", "name", "revoked"],
            (
                ("credential_id", "credential_id", credential_id),
                ("credential_url", "credential_url", credential_url),
                ("name", "name", name),
                ("revoked", "revoked", revoked),
                ("credential_type", "credential_type", credential_type),
                ("issuer", "issuer", issuer),
                ("issued_on", "issued_on", issued_on),
                ("expires_at", "expires_at", expires_at),
            ),
        )
        return await self._client._send(
            _credentials_orgs_users_create_2.OPERATION,
            _credentials_orgs_users_create_2.build_request(
                platform_key=platform_key, username=username, body=body
            ),
            options,
        )

    async def destroy_2(
        self,
        *,
        platform_key: str,
        username: str,
        entity_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """API View for managing individual credentials.  This endpoint allows retrieving,
        updating, and deleting specific credentials identified by their entity_id.  Path
        Parameters:     org (str): The organization/tenant identifier     user_id (str): The
        user ID making the request     entity_id (str): The credential entity ID  Methods:
        GET: Retrieve a specific credential     PUT: Update a specific credential     DELETE:
        Delete a specific credential  PUT Request Body:     A JSON object containing credential
        details to update:     - name (str, optional): Credential name     - description (str,
        optional): Credential description     - credential_type (str, optional): Type of
        credential     - html_template (str, optional): HTML template for credential rendering
        - css_template (str, optional): CSS template for credential styling     - icon_image
        (str, optional): URL to credential icon     - background_image (str, optional): URL to
        credential background     - thumbnail_image (str, optional): URL to credential thumbnail
        - criteria_url (str, optional): URL to credential criteria     - criteria_text (str,
        optional): Text description of credential criteria     - issuing_signal (str, optional):
        Signal that triggers credential issuance  Returns:     GET: A JSON response containing:
        {             \"status\": {\"success\": true, \"description\": \"Ok\"},
        \"result\": {credential object}         }      PUT: A JSON response containing:
        {             \"status\": {\"success\": true, \"description\": \"Updated\"},
        \"result\": {credential object}         }      DELETE: A JSON response indicating
        success:         {             \"status\": {\"success\": true, \"description\":
        \"Deleted\"}         }  Error Responses:     400 Bad Request: If the request data is
        invalid     401 Unauthorized: If the user is not authenticated     403 Forbidden: If the
        user does not have permission to access this resource     404 Not Found: If the
        credential doesn't exist     500 Internal Server Error: If an unexpected error occurs
        Access Control:     - Requires CredentialAssignmentPermission     - Users can only
        manage credentials they have permission to access

        Args:
            platform_key (str, path)
            username (str, path)
            entity_id (str, path)

        Returns:
            None
        """
        return await self._client._send(
            _credentials_orgs_users_destroy_2.OPERATION,
            _credentials_orgs_users_destroy_2.build_request(
                platform_key=platform_key, username=username, entity_id=entity_id
            ),
            options,
        )

    async def retrieve_4(
        self,
        *,
        platform_key: str,
        username: str,
        entity_id: str,
        **options: Unpack[RequestOptions],
    ) -> Credential:
        """API View for managing individual credentials.  This endpoint allows retrieving,
        updating, and deleting specific credentials identified by their entity_id.  Path
        Parameters:     org (str): The organization/tenant identifier     user_id (str): The
        user ID making the request     entity_id (str): The credential entity ID  Methods:
        GET: Retrieve a specific credential     PUT: Update a specific credential     DELETE:
        Delete a specific credential  PUT Request Body:     A JSON object containing credential
        details to update:     - name (str, optional): Credential name     - description (str,
        optional): Credential description     - credential_type (str, optional): Type of
        credential     - html_template (str, optional): HTML template for credential rendering
        - css_template (str, optional): CSS template for credential styling     - icon_image
        (str, optional): URL to credential icon     - background_image (str, optional): URL to
        credential background     - thumbnail_image (str, optional): URL to credential thumbnail
        - criteria_url (str, optional): URL to credential criteria     - criteria_text (str,
        optional): Text description of credential criteria     - issuing_signal (str, optional):
        Signal that triggers credential issuance  Returns:     GET: A JSON response containing:
        {             \"status\": {\"success\": true, \"description\": \"Ok\"},
        \"result\": {credential object}         }      PUT: A JSON response containing:
        {             \"status\": {\"success\": true, \"description\": \"Updated\"},
        \"result\": {credential object}         }      DELETE: A JSON response indicating
        success:         {             \"status\": {\"success\": true, \"description\":
        \"Deleted\"}         }  Error Responses:     400 Bad Request: If the request data is
        invalid     401 Unauthorized: If the user is not authenticated     403 Forbidden: If the
        user does not have permission to access this resource     404 Not Found: If the
        credential doesn't exist     500 Internal Server Error: If an unexpected error occurs
        Access Control:     - Requires CredentialAssignmentPermission     - Users can only
        manage credentials they have permission to access

        Args:
            platform_key (str, path)
            username (str, path)
            entity_id (str, path)

        Returns:
            Credential
        """
        return await self._client._send(
            _credentials_orgs_users_retrieve_4.OPERATION,
            _credentials_orgs_users_retrieve_4.build_request(
                platform_key=platform_key, username=username, entity_id=entity_id
            ),
            options,
        )

    @overload
    async def update_2(
        self,
        *,
        platform_key: str,
        username: str,
        entity_id: str,
        body: Credential,
        **options: Unpack[RequestOptions],
    ) -> Credential: ...

    @overload
    async def update_2(
        self,
        *,
        platform_key: str,
        username: str,
        entity_id: str,
        credential_id: str,
        credential_url: str,
        name: str,
        revoked: bool,
        credential_type: None | str | Unset = UNSET,
        issuer: None | str | Unset = UNSET,
        issued_on: datetime.datetime | None | Unset = UNSET,
        expires_at: datetime.datetime | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Credential: ...

    async def update_2(
        self,
        *,
        platform_key: str,
        username: str,
        entity_id: str,
        body: Credential | Unset = UNSET,
        credential_id: str | Unset = UNSET,
        credential_url: str | Unset = UNSET,
        name: str | Unset = UNSET,
        revoked: bool | Unset = UNSET,
        credential_type: None | str | Unset = UNSET,
        issuer: None | str | Unset = UNSET,
        issued_on: datetime.datetime | None | Unset = UNSET,
        expires_at: datetime.datetime | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Credential:
        """API View for managing individual credentials.  This endpoint allows retrieving,
        updating, and deleting specific credentials identified by their entity_id.  Path
        Parameters:     org (str): The organization/tenant identifier     user_id (str): The
        user ID making the request     entity_id (str): The credential entity ID  Methods:
        GET: Retrieve a specific credential     PUT: Update a specific credential     DELETE:
        Delete a specific credential  PUT Request Body:     A JSON object containing credential
        details to update:     - name (str, optional): Credential name     - description (str,
        optional): Credential description     - credential_type (str, optional): Type of
        credential     - html_template (str, optional): HTML template for credential rendering
        - css_template (str, optional): CSS template for credential styling     - icon_image
        (str, optional): URL to credential icon     - background_image (str, optional): URL to
        credential background     - thumbnail_image (str, optional): URL to credential thumbnail
        - criteria_url (str, optional): URL to credential criteria     - criteria_text (str,
        optional): Text description of credential criteria     - issuing_signal (str, optional):
        Signal that triggers credential issuance  Returns:     GET: A JSON response containing:
        {             \"status\": {\"success\": true, \"description\": \"Ok\"},
        \"result\": {credential object}         }      PUT: A JSON response containing:
        {             \"status\": {\"success\": true, \"description\": \"Updated\"},
        \"result\": {credential object}         }      DELETE: A JSON response indicating
        success:         {             \"status\": {\"success\": true, \"description\":
        \"Deleted\"}         }  Error Responses:     400 Bad Request: If the request data is
        invalid     401 Unauthorized: If the user is not authenticated     403 Forbidden: If the
        user does not have permission to access this resource     404 Not Found: If the
        credential doesn't exist     500 Internal Server Error: If an unexpected error occurs
        Access Control:     - Requires CredentialAssignmentPermission     - Users can only
        manage credentials they have permission to access

        Args:
            platform_key (str, path)
            username (str, path)
            entity_id (str, path)
            body (Credential, request body)
            Or the body's fields as keywords instead of body=: credential_id, credential_url,
                name, revoked, credential_type, issuer, issued_on, expires_at

        Returns:
            Credential
        """
        body = body_from_fields(
            "credentials.orgs.users.update_2",
            body,
            Credential,
            ["credential_id", "credential_url", "name", "revoked"],
            (
                ("credential_id", "credential_id", credential_id),
                ("credential_url", "credential_url", credential_url),
                ("name", "name", name),
                ("revoked", "revoked", revoked),
                ("credential_type", "credential_type", credential_type),
                ("issuer", "issuer", issuer),
                ("issued_on", "issued_on", issued_on),
                ("expires_at", "expires_at", expires_at),
            ),
        )
        return await self._client._send(
            _credentials_orgs_users_update_2.OPERATION,
            _credentials_orgs_users_update_2.build_request(
                platform_key=platform_key, username=username, entity_id=entity_id, body=body
            ),
            options,
        )


class AsyncCredentialsOrgsUsersResourceWithRawResponse:
    """`AsyncClient.credentials.orgs.users`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCredentialsOrgsUsersResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.create = async_to_raw_response(resource.create)
        self.destroy = async_to_raw_response(resource.destroy)
        self.retrieve_2 = async_to_raw_response(resource.retrieve_2)
        self.update = async_to_raw_response(resource.update)
        self.retrieve_3 = async_to_raw_response(resource.retrieve_3)
        self.create_2 = async_to_raw_response(resource.create_2)
        self.destroy_2 = async_to_raw_response(resource.destroy_2)
        self.retrieve_4 = async_to_raw_response(resource.retrieve_4)
        self.update_2 = async_to_raw_response(resource.update_2)

    @cached_property
    def assertions(self) -> AsyncCredentialsOrgsUsersAssertionsResourceWithRawResponse:
        from .assertions import AsyncCredentialsOrgsUsersAssertionsResourceWithRawResponse

        return AsyncCredentialsOrgsUsersAssertionsResourceWithRawResponse(self._resource.assertions)

    @cached_property
    def assertions_over_time(
        self,
    ) -> AsyncCredentialsOrgsUsersAssertionsOverTimeResourceWithRawResponse:
        from .assertions_over_time import (
            AsyncCredentialsOrgsUsersAssertionsOverTimeResourceWithRawResponse,
        )

        return AsyncCredentialsOrgsUsersAssertionsOverTimeResourceWithRawResponse(
            self._resource.assertions_over_time
        )

    @cached_property
    def assignments(self) -> AsyncCredentialsOrgsUsersAssignmentsResourceWithRawResponse:
        from .assignments import AsyncCredentialsOrgsUsersAssignmentsResourceWithRawResponse

        return AsyncCredentialsOrgsUsersAssignmentsResourceWithRawResponse(
            self._resource.assignments
        )

    @cached_property
    def course_assertions_over_time(
        self,
    ) -> AsyncCredentialsOrgsUsersCourseAssertionsOverTimeResourceWithRawResponse:
        from .course_assertions_over_time import (
            AsyncCredentialsOrgsUsersCourseAssertionsOverTimeResourceWithRawResponse,
        )

        return AsyncCredentialsOrgsUsersCourseAssertionsOverTimeResourceWithRawResponse(
            self._resource.course_assertions_over_time
        )

    @cached_property
    def course_credentials(
        self,
    ) -> AsyncCredentialsOrgsUsersCourseCredentialsResourceWithRawResponse:
        from .course_credentials import (
            AsyncCredentialsOrgsUsersCourseCredentialsResourceWithRawResponse,
        )

        return AsyncCredentialsOrgsUsersCourseCredentialsResourceWithRawResponse(
            self._resource.course_credentials
        )

    @cached_property
    def credentials_over_time(
        self,
    ) -> AsyncCredentialsOrgsUsersCredentialsOverTimeResourceWithRawResponse:
        from .credentials_over_time import (
            AsyncCredentialsOrgsUsersCredentialsOverTimeResourceWithRawResponse,
        )

        return AsyncCredentialsOrgsUsersCredentialsOverTimeResourceWithRawResponse(
            self._resource.credentials_over_time
        )

    @cached_property
    def external_mapping(self) -> AsyncCredentialsOrgsUsersExternalMappingResourceWithRawResponse:
        from .external_mapping import (
            AsyncCredentialsOrgsUsersExternalMappingResourceWithRawResponse,
        )

        return AsyncCredentialsOrgsUsersExternalMappingResourceWithRawResponse(
            self._resource.external_mapping
        )

    @cached_property
    def images(self) -> AsyncCredentialsOrgsUsersImagesResourceWithRawResponse:
        from .images import AsyncCredentialsOrgsUsersImagesResourceWithRawResponse

        return AsyncCredentialsOrgsUsersImagesResourceWithRawResponse(self._resource.images)

    @cached_property
    def issuers(self) -> AsyncCredentialsOrgsUsersIssuersResourceWithRawResponse:
        from .issuers import AsyncCredentialsOrgsUsersIssuersResourceWithRawResponse

        return AsyncCredentialsOrgsUsersIssuersResourceWithRawResponse(self._resource.issuers)

    @cached_property
    def provider_config(self) -> AsyncCredentialsOrgsUsersProviderConfigResourceWithRawResponse:
        from .provider_config import AsyncCredentialsOrgsUsersProviderConfigResourceWithRawResponse

        return AsyncCredentialsOrgsUsersProviderConfigResourceWithRawResponse(
            self._resource.provider_config
        )
