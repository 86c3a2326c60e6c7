"""`Client.credentials.public.assertions`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ....._operation import RequestOptions
from ....._response import async_to_raw_response, to_raw_response
from .....api.credentials import (
    credentials_public_assertions_retrieve as _credentials_public_assertions_retrieve,
)
from .....models.assertion import Assertion

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client

__all__ = [
    "CredentialsPublicAssertionsResource",
    "CredentialsPublicAssertionsResourceWithRawResponse",
    "AsyncCredentialsPublicAssertionsResource",
    "AsyncCredentialsPublicAssertionsResourceWithRawResponse",
]


class CredentialsPublicAssertionsResource:
    """`Client.credentials.public.assertions`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CredentialsPublicAssertionsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CredentialsPublicAssertionsResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        entity_id: str,
        **options: Unpack[RequestOptions],
    ) -> Assertion:
        """Public endpoint to retrieve a specific credential assertion by its entity ID.  This
        endpoint allows public access to view a specific credential assertion without
        authentication.  Path Parameters:     entity_id (str): The assertion entity ID  Returns:
        A JSON response containing the assertion details using the AssertionSerializer format
        Error Responses:     404 Not Found:         - If the assertion doesn't exist: Empty
        response with 404 status         - If the assertion has been revoked: JSON with error
        detail and revocation reason     500 Internal Server Error: If an unexpected error
        occurs

        Args:
            entity_id (str, path)

        Returns:
            Assertion
        """
        return self._client._send(
            _credentials_public_assertions_retrieve.OPERATION,
            _credentials_public_assertions_retrieve.build_request(entity_id=entity_id),
            options,
        )


class CredentialsPublicAssertionsResourceWithRawResponse:
    """`Client.credentials.public.assertions`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CredentialsPublicAssertionsResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncCredentialsPublicAssertionsResource:
    """`AsyncClient.credentials.public.assertions`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCredentialsPublicAssertionsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCredentialsPublicAssertionsResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        entity_id: str,
        **options: Unpack[RequestOptions],
    ) -> Assertion:
        """Public endpoint to retrieve a specific credential assertion by its entity ID.  This
        endpoint allows public access to view a specific credential assertion without
        authentication.  Path Parameters:     entity_id (str): The assertion entity ID  Returns:
        A JSON response containing the assertion details using the AssertionSerializer format
        Error Responses:     404 Not Found:         - If the assertion doesn't exist: Empty
        response with 404 status         - If the assertion has been revoked: JSON with error
        detail and revocation reason     500 Internal Server Error: If an unexpected error
        occurs

        Args:
            entity_id (str, path)

        Returns:
            Assertion
        """
        return await self._client._send(
            _credentials_public_assertions_retrieve.OPERATION,
            _credentials_public_assertions_retrieve.build_request(entity_id=entity_id),
            options,
        )


class AsyncCredentialsPublicAssertionsResourceWithRawResponse:
    """`AsyncClient.credentials.public.assertions`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCredentialsPublicAssertionsResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
