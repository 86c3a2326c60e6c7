"""`Client.service.orgs.stripe`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client
    from .course_payment_callback import (
        AsyncServiceOrgsStripeCoursePaymentCallbackResource,
        AsyncServiceOrgsStripeCoursePaymentCallbackResourceWithRawResponse,
        ServiceOrgsStripeCoursePaymentCallbackResource,
        ServiceOrgsStripeCoursePaymentCallbackResourceWithRawResponse,
    )

__all__ = [
    "ServiceOrgsStripeResource",
    "ServiceOrgsStripeResourceWithRawResponse",
    "AsyncServiceOrgsStripeResource",
    "AsyncServiceOrgsStripeResourceWithRawResponse",
]


class ServiceOrgsStripeResource:
    """`Client.service.orgs.stripe`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ServiceOrgsStripeResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return ServiceOrgsStripeResourceWithRawResponse(self)

    @cached_property
    def course_payment_callback(self) -> ServiceOrgsStripeCoursePaymentCallbackResource:
        from .course_payment_callback import ServiceOrgsStripeCoursePaymentCallbackResource

        return ServiceOrgsStripeCoursePaymentCallbackResource(self._client)


class ServiceOrgsStripeResourceWithRawResponse:
    """`Client.service.orgs.stripe`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: ServiceOrgsStripeResource) -> None:
        self._resource = resource

    @cached_property
    def course_payment_callback(
        self,
    ) -> ServiceOrgsStripeCoursePaymentCallbackResourceWithRawResponse:
        from .course_payment_callback import (
            ServiceOrgsStripeCoursePaymentCallbackResourceWithRawResponse,
        )

        return ServiceOrgsStripeCoursePaymentCallbackResourceWithRawResponse(
            self._resource.course_payment_callback
        )


class AsyncServiceOrgsStripeResource:
    """`AsyncClient.service.orgs.stripe`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncServiceOrgsStripeResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncServiceOrgsStripeResourceWithRawResponse(self)

    @cached_property
    def course_payment_callback(self) -> AsyncServiceOrgsStripeCoursePaymentCallbackResource:
        from .course_payment_callback import AsyncServiceOrgsStripeCoursePaymentCallbackResource

        return AsyncServiceOrgsStripeCoursePaymentCallbackResource(self._client)


class AsyncServiceOrgsStripeResourceWithRawResponse:
    """`AsyncClient.service.orgs.stripe`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncServiceOrgsStripeResource) -> None:
        self._resource = resource

    @cached_property
    def course_payment_callback(
        self,
    ) -> AsyncServiceOrgsStripeCoursePaymentCallbackResourceWithRawResponse:
        from .course_payment_callback import (
            AsyncServiceOrgsStripeCoursePaymentCallbackResourceWithRawResponse,
        )

        return AsyncServiceOrgsStripeCoursePaymentCallbackResourceWithRawResponse(
            self._resource.course_payment_callback
        )
