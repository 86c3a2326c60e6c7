"""`Client.service.platforms.stripe`: 5 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client
    from .connect import (
        AsyncServicePlatformsStripeConnectResource,
        AsyncServicePlatformsStripeConnectResourceWithRawResponse,
        ServicePlatformsStripeConnectResource,
        ServicePlatformsStripeConnectResourceWithRawResponse,
    )
    from .context import (
        AsyncServicePlatformsStripeContextResource,
        AsyncServicePlatformsStripeContextResourceWithRawResponse,
        ServicePlatformsStripeContextResource,
        ServicePlatformsStripeContextResourceWithRawResponse,
    )
    from .credit_topup_callback import (
        AsyncServicePlatformsStripeCreditTopupCallbackResource,
        AsyncServicePlatformsStripeCreditTopupCallbackResourceWithRawResponse,
        ServicePlatformsStripeCreditTopupCallbackResource,
        ServicePlatformsStripeCreditTopupCallbackResourceWithRawResponse,
    )
    from .pricing_page_callback import (
        AsyncServicePlatformsStripePricingPageCallbackResource,
        AsyncServicePlatformsStripePricingPageCallbackResourceWithRawResponse,
        ServicePlatformsStripePricingPageCallbackResource,
        ServicePlatformsStripePricingPageCallbackResourceWithRawResponse,
    )
    from .pricing_page_session import (
        AsyncServicePlatformsStripePricingPageSessionResource,
        AsyncServicePlatformsStripePricingPageSessionResourceWithRawResponse,
        ServicePlatformsStripePricingPageSessionResource,
        ServicePlatformsStripePricingPageSessionResourceWithRawResponse,
    )

__all__ = [
    "ServicePlatformsStripeResource",
    "ServicePlatformsStripeResourceWithRawResponse",
    "AsyncServicePlatformsStripeResource",
    "AsyncServicePlatformsStripeResourceWithRawResponse",
]


class ServicePlatformsStripeResource:
    """`Client.service.platforms.stripe`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ServicePlatformsStripeResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return ServicePlatformsStripeResourceWithRawResponse(self)

    @cached_property
    def connect(self) -> ServicePlatformsStripeConnectResource:
        from .connect import ServicePlatformsStripeConnectResource

        return ServicePlatformsStripeConnectResource(self._client)

    @cached_property
    def context(self) -> ServicePlatformsStripeContextResource:
        from .context import ServicePlatformsStripeContextResource

        return ServicePlatformsStripeContextResource(self._client)

    @cached_property
    def credit_topup_callback(self) -> ServicePlatformsStripeCreditTopupCallbackResource:
        from .credit_topup_callback import ServicePlatformsStripeCreditTopupCallbackResource

        return ServicePlatformsStripeCreditTopupCallbackResource(self._client)

    @cached_property
    def pricing_page_callback(self) -> ServicePlatformsStripePricingPageCallbackResource:
        from .pricing_page_callback import ServicePlatformsStripePricingPageCallbackResource

        return ServicePlatformsStripePricingPageCallbackResource(self._client)

    @cached_property
    def pricing_page_session(self) -> ServicePlatformsStripePricingPageSessionResource:
        from .pricing_page_session import ServicePlatformsStripePricingPageSessionResource

        return ServicePlatformsStripePricingPageSessionResource(self._client)


class ServicePlatformsStripeResourceWithRawResponse:
    """`Client.service.platforms.stripe`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: ServicePlatformsStripeResource) -> None:
        self._resource = resource

    @cached_property
    def connect(self) -> ServicePlatformsStripeConnectResourceWithRawResponse:
        from .connect import ServicePlatformsStripeConnectResourceWithRawResponse

        return ServicePlatformsStripeConnectResourceWithRawResponse(self._resource.connect)

    @cached_property
    def context(self) -> ServicePlatformsStripeContextResourceWithRawResponse:
        from .context import ServicePlatformsStripeContextResourceWithRawResponse

        return ServicePlatformsStripeContextResourceWithRawResponse(self._resource.context)

    @cached_property
    def credit_topup_callback(
        self,
    ) -> ServicePlatformsStripeCreditTopupCallbackResourceWithRawResponse:
        from .credit_topup_callback import (
            ServicePlatformsStripeCreditTopupCallbackResourceWithRawResponse,
        )

        return ServicePlatformsStripeCreditTopupCallbackResourceWithRawResponse(
            self._resource.credit_topup_callback
        )

    @cached_property
    def pricing_page_callback(
        self,
    ) -> ServicePlatformsStripePricingPageCallbackResourceWithRawResponse:
        from .pricing_page_callback import (
            ServicePlatformsStripePricingPageCallbackResourceWithRawResponse,
        )

        return ServicePlatformsStripePricingPageCallbackResourceWithRawResponse(
            self._resource.pricing_page_callback
        )

    @cached_property
    def pricing_page_session(
        self,
    ) -> ServicePlatformsStripePricingPageSessionResourceWithRawResponse:
        from .pricing_page_session import (
            ServicePlatformsStripePricingPageSessionResourceWithRawResponse,
        )

        return ServicePlatformsStripePricingPageSessionResourceWithRawResponse(
            self._resource.pricing_page_session
        )


class AsyncServicePlatformsStripeResource:
    """`AsyncClient.service.platforms.stripe`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncServicePlatformsStripeResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncServicePlatformsStripeResourceWithRawResponse(self)

    @cached_property
    def connect(self) -> AsyncServicePlatformsStripeConnectResource:
        from .connect import AsyncServicePlatformsStripeConnectResource

        return AsyncServicePlatformsStripeConnectResource(self._client)

    @cached_property
    def context(self) -> AsyncServicePlatformsStripeContextResource:
        from .context import AsyncServicePlatformsStripeContextResource

        return AsyncServicePlatformsStripeContextResource(self._client)

    @cached_property
    def credit_topup_callback(self) -> AsyncServicePlatformsStripeCreditTopupCallbackResource:
        from .credit_topup_callback import AsyncServicePlatformsStripeCreditTopupCallbackResource

        return AsyncServicePlatformsStripeCreditTopupCallbackResource(self._client)

    @cached_property
    def pricing_page_callback(self) -> AsyncServicePlatformsStripePricingPageCallbackResource:
        from .pricing_page_callback import AsyncServicePlatformsStripePricingPageCallbackResource

        return AsyncServicePlatformsStripePricingPageCallbackResource(self._client)

    @cached_property
    def pricing_page_session(self) -> AsyncServicePlatformsStripePricingPageSessionResource:
        from .pricing_page_session import AsyncServicePlatformsStripePricingPageSessionResource

        return AsyncServicePlatformsStripePricingPageSessionResource(self._client)


class AsyncServicePlatformsStripeResourceWithRawResponse:
    """`AsyncClient.service.platforms.stripe`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncServicePlatformsStripeResource) -> None:
        self._resource = resource

    @cached_property
    def connect(self) -> AsyncServicePlatformsStripeConnectResourceWithRawResponse:
        from .connect import AsyncServicePlatformsStripeConnectResourceWithRawResponse

        return AsyncServicePlatformsStripeConnectResourceWithRawResponse(self._resource.connect)

    @cached_property
    def context(self) -> AsyncServicePlatformsStripeContextResourceWithRawResponse:
        from .context import AsyncServicePlatformsStripeContextResourceWithRawResponse

        return AsyncServicePlatformsStripeContextResourceWithRawResponse(self._resource.context)

    @cached_property
    def credit_topup_callback(
        self,
    ) -> AsyncServicePlatformsStripeCreditTopupCallbackResourceWithRawResponse:
        from .credit_topup_callback import (
            AsyncServicePlatformsStripeCreditTopupCallbackResourceWithRawResponse,
        )

        return AsyncServicePlatformsStripeCreditTopupCallbackResourceWithRawResponse(
            self._resource.credit_topup_callback
        )

    @cached_property
    def pricing_page_callback(
        self,
    ) -> AsyncServicePlatformsStripePricingPageCallbackResourceWithRawResponse:
        from .pricing_page_callback import (
            AsyncServicePlatformsStripePricingPageCallbackResourceWithRawResponse,
        )

        return AsyncServicePlatformsStripePricingPageCallbackResourceWithRawResponse(
            self._resource.pricing_page_callback
        )

    @cached_property
    def pricing_page_session(
        self,
    ) -> AsyncServicePlatformsStripePricingPageSessionResourceWithRawResponse:
        from .pricing_page_session import (
            AsyncServicePlatformsStripePricingPageSessionResourceWithRawResponse,
        )

        return AsyncServicePlatformsStripePricingPageSessionResourceWithRawResponse(
            self._resource.pricing_page_session
        )
