"""`Client.ai_account.orgs`: 10 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client
    from .credential import (
        AiAccountOrgsCredentialResource,
        AiAccountOrgsCredentialResourceWithRawResponse,
        AsyncAiAccountOrgsCredentialResource,
        AsyncAiAccountOrgsCredentialResourceWithRawResponse,
    )
    from .fallback_llm import (
        AiAccountOrgsFallbackLlmResource,
        AiAccountOrgsFallbackLlmResourceWithRawResponse,
        AsyncAiAccountOrgsFallbackLlmResource,
        AsyncAiAccountOrgsFallbackLlmResourceWithRawResponse,
    )
    from .integration_credential import (
        AiAccountOrgsIntegrationCredentialResource,
        AiAccountOrgsIntegrationCredentialResourceWithRawResponse,
        AsyncAiAccountOrgsIntegrationCredentialResource,
        AsyncAiAccountOrgsIntegrationCredentialResourceWithRawResponse,
    )
    from .llm_credential import (
        AiAccountOrgsLlmCredentialResource,
        AiAccountOrgsLlmCredentialResourceWithRawResponse,
        AsyncAiAccountOrgsLlmCredentialResource,
        AsyncAiAccountOrgsLlmCredentialResourceWithRawResponse,
    )
    from .masked_integration_credential import (
        AiAccountOrgsMaskedIntegrationCredentialResource,
        AiAccountOrgsMaskedIntegrationCredentialResourceWithRawResponse,
        AsyncAiAccountOrgsMaskedIntegrationCredentialResource,
        AsyncAiAccountOrgsMaskedIntegrationCredentialResourceWithRawResponse,
    )
    from .masked_llm_credential import (
        AiAccountOrgsMaskedLlmCredentialResource,
        AiAccountOrgsMaskedLlmCredentialResourceWithRawResponse,
        AsyncAiAccountOrgsMaskedLlmCredentialResource,
        AsyncAiAccountOrgsMaskedLlmCredentialResourceWithRawResponse,
    )
    from .oauth_services import (
        AiAccountOrgsOauthServicesResource,
        AiAccountOrgsOauthServicesResourceWithRawResponse,
        AsyncAiAccountOrgsOauthServicesResource,
        AsyncAiAccountOrgsOauthServicesResourceWithRawResponse,
    )
    from .use_default_llm_key import (
        AiAccountOrgsUseDefaultLlmKeyResource,
        AiAccountOrgsUseDefaultLlmKeyResourceWithRawResponse,
        AsyncAiAccountOrgsUseDefaultLlmKeyResource,
        AsyncAiAccountOrgsUseDefaultLlmKeyResourceWithRawResponse,
    )
    from .use_free_trial import (
        AiAccountOrgsUseFreeTrialResource,
        AiAccountOrgsUseFreeTrialResourceWithRawResponse,
        AsyncAiAccountOrgsUseFreeTrialResource,
        AsyncAiAccountOrgsUseFreeTrialResourceWithRawResponse,
    )
    from .users import (
        AiAccountOrgsUsersResource,
        AiAccountOrgsUsersResourceWithRawResponse,
        AsyncAiAccountOrgsUsersResource,
        AsyncAiAccountOrgsUsersResourceWithRawResponse,
    )

__all__ = [
    "AiAccountOrgsResource",
    "AiAccountOrgsResourceWithRawResponse",
    "AsyncAiAccountOrgsResource",
    "AsyncAiAccountOrgsResourceWithRawResponse",
]


class AiAccountOrgsResource:
    """`Client.ai_account.orgs`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiAccountOrgsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiAccountOrgsResourceWithRawResponse(self)

    @cached_property
    def credential(self) -> AiAccountOrgsCredentialResource:
        from .credential import AiAccountOrgsCredentialResource

        return AiAccountOrgsCredentialResource(self._client)

    @cached_property
    def fallback_llm(self) -> AiAccountOrgsFallbackLlmResource:
        from .fallback_llm import AiAccountOrgsFallbackLlmResource

        return AiAccountOrgsFallbackLlmResource(self._client)

    @cached_property
    def integration_credential(self) -> AiAccountOrgsIntegrationCredentialResource:
        from .integration_credential import AiAccountOrgsIntegrationCredentialResource

        return AiAccountOrgsIntegrationCredentialResource(self._client)

    @cached_property
    def llm_credential(self) -> AiAccountOrgsLlmCredentialResource:
        from .llm_credential import AiAccountOrgsLlmCredentialResource

        return AiAccountOrgsLlmCredentialResource(self._client)

    @cached_property
    def masked_integration_credential(self) -> AiAccountOrgsMaskedIntegrationCredentialResource:
        from .masked_integration_credential import AiAccountOrgsMaskedIntegrationCredentialResource

        return AiAccountOrgsMaskedIntegrationCredentialResource(self._client)

    @cached_property
    def masked_llm_credential(self) -> AiAccountOrgsMaskedLlmCredentialResource:
        from .masked_llm_credential import AiAccountOrgsMaskedLlmCredentialResource

        return AiAccountOrgsMaskedLlmCredentialResource(self._client)

    @cached_property
    def oauth_services(self) -> AiAccountOrgsOauthServicesResource:
        from .oauth_services import AiAccountOrgsOauthServicesResource

        return AiAccountOrgsOauthServicesResource(self._client)

    @cached_property
    def use_default_llm_key(self) -> AiAccountOrgsUseDefaultLlmKeyResource:
        from .use_default_llm_key import AiAccountOrgsUseDefaultLlmKeyResource

        return AiAccountOrgsUseDefaultLlmKeyResource(self._client)

    @cached_property
    def use_free_trial(self) -> AiAccountOrgsUseFreeTrialResource:
        from .use_free_trial import AiAccountOrgsUseFreeTrialResource

        return AiAccountOrgsUseFreeTrialResource(self._client)

    @cached_property
    def users(self) -> AiAccountOrgsUsersResource:
        from .users import AiAccountOrgsUsersResource

        return AiAccountOrgsUsersResource(self._client)


class AiAccountOrgsResourceWithRawResponse:
    """`Client.ai_account.orgs`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiAccountOrgsResource) -> None:
        self._resource = resource

    @cached_property
    def credential(self) -> AiAccountOrgsCredentialResourceWithRawResponse:
        from .credential import AiAccountOrgsCredentialResourceWithRawResponse

        return AiAccountOrgsCredentialResourceWithRawResponse(self._resource.credential)

    @cached_property
    def fallback_llm(self) -> AiAccountOrgsFallbackLlmResourceWithRawResponse:
        from .fallback_llm import AiAccountOrgsFallbackLlmResourceWithRawResponse

        return AiAccountOrgsFallbackLlmResourceWithRawResponse(self._resource.fallback_llm)

    @cached_property
    def integration_credential(self) -> AiAccountOrgsIntegrationCredentialResourceWithRawResponse:
        from .integration_credential import (
            AiAccountOrgsIntegrationCredentialResourceWithRawResponse,
        )

        return AiAccountOrgsIntegrationCredentialResourceWithRawResponse(
            self._resource.integration_credential
        )

    @cached_property
    def llm_credential(self) -> AiAccountOrgsLlmCredentialResourceWithRawResponse:
        from .llm_credential import AiAccountOrgsLlmCredentialResourceWithRawResponse

        return AiAccountOrgsLlmCredentialResourceWithRawResponse(self._resource.llm_credential)

    @cached_property
    def masked_integration_credential(
        self,
    ) -> AiAccountOrgsMaskedIntegrationCredentialResourceWithRawResponse:
        from .masked_integration_credential import (
            AiAccountOrgsMaskedIntegrationCredentialResourceWithRawResponse,
        )

        return AiAccountOrgsMaskedIntegrationCredentialResourceWithRawResponse(
            self._resource.masked_integration_credential
        )

    @cached_property
    def masked_llm_credential(self) -> AiAccountOrgsMaskedLlmCredentialResourceWithRawResponse:
        from .masked_llm_credential import AiAccountOrgsMaskedLlmCredentialResourceWithRawResponse

        return AiAccountOrgsMaskedLlmCredentialResourceWithRawResponse(
            self._resource.masked_llm_credential
        )

    @cached_property
    def oauth_services(self) -> AiAccountOrgsOauthServicesResourceWithRawResponse:
        from .oauth_services import AiAccountOrgsOauthServicesResourceWithRawResponse

        return AiAccountOrgsOauthServicesResourceWithRawResponse(self._resource.oauth_services)

    @cached_property
    def use_default_llm_key(self) -> AiAccountOrgsUseDefaultLlmKeyResourceWithRawResponse:
        from .use_default_llm_key import AiAccountOrgsUseDefaultLlmKeyResourceWithRawResponse

        return AiAccountOrgsUseDefaultLlmKeyResourceWithRawResponse(
            self._resource.use_default_llm_key
        )

    @cached_property
    def use_free_trial(self) -> AiAccountOrgsUseFreeTrialResourceWithRawResponse:
        from .use_free_trial import AiAccountOrgsUseFreeTrialResourceWithRawResponse

        return AiAccountOrgsUseFreeTrialResourceWithRawResponse(self._resource.use_free_trial)

    @cached_property
    def users(self) -> AiAccountOrgsUsersResourceWithRawResponse:
        from .users import AiAccountOrgsUsersResourceWithRawResponse

        return AiAccountOrgsUsersResourceWithRawResponse(self._resource.users)


class AsyncAiAccountOrgsResource:
    """`AsyncClient.ai_account.orgs`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiAccountOrgsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiAccountOrgsResourceWithRawResponse(self)

    @cached_property
    def credential(self) -> AsyncAiAccountOrgsCredentialResource:
        from .credential import AsyncAiAccountOrgsCredentialResource

        return AsyncAiAccountOrgsCredentialResource(self._client)

    @cached_property
    def fallback_llm(self) -> AsyncAiAccountOrgsFallbackLlmResource:
        from .fallback_llm import AsyncAiAccountOrgsFallbackLlmResource

        return AsyncAiAccountOrgsFallbackLlmResource(self._client)

    @cached_property
    def integration_credential(self) -> AsyncAiAccountOrgsIntegrationCredentialResource:
        from .integration_credential import AsyncAiAccountOrgsIntegrationCredentialResource

        return AsyncAiAccountOrgsIntegrationCredentialResource(self._client)

    @cached_property
    def llm_credential(self) -> AsyncAiAccountOrgsLlmCredentialResource:
        from .llm_credential import AsyncAiAccountOrgsLlmCredentialResource

        return AsyncAiAccountOrgsLlmCredentialResource(self._client)

    @cached_property
    def masked_integration_credential(
        self,
    ) -> AsyncAiAccountOrgsMaskedIntegrationCredentialResource:
        from .masked_integration_credential import (
            AsyncAiAccountOrgsMaskedIntegrationCredentialResource,
        )

        return AsyncAiAccountOrgsMaskedIntegrationCredentialResource(self._client)

    @cached_property
    def masked_llm_credential(self) -> AsyncAiAccountOrgsMaskedLlmCredentialResource:
        from .masked_llm_credential import AsyncAiAccountOrgsMaskedLlmCredentialResource

        return AsyncAiAccountOrgsMaskedLlmCredentialResource(self._client)

    @cached_property
    def oauth_services(self) -> AsyncAiAccountOrgsOauthServicesResource:
        from .oauth_services import AsyncAiAccountOrgsOauthServicesResource

        return AsyncAiAccountOrgsOauthServicesResource(self._client)

    @cached_property
    def use_default_llm_key(self) -> AsyncAiAccountOrgsUseDefaultLlmKeyResource:
        from .use_default_llm_key import AsyncAiAccountOrgsUseDefaultLlmKeyResource

        return AsyncAiAccountOrgsUseDefaultLlmKeyResource(self._client)

    @cached_property
    def use_free_trial(self) -> AsyncAiAccountOrgsUseFreeTrialResource:
        from .use_free_trial import AsyncAiAccountOrgsUseFreeTrialResource

        return AsyncAiAccountOrgsUseFreeTrialResource(self._client)

    @cached_property
    def users(self) -> AsyncAiAccountOrgsUsersResource:
        from .users import AsyncAiAccountOrgsUsersResource

        return AsyncAiAccountOrgsUsersResource(self._client)


class AsyncAiAccountOrgsResourceWithRawResponse:
    """`AsyncClient.ai_account.orgs`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiAccountOrgsResource) -> None:
        self._resource = resource

    @cached_property
    def credential(self) -> AsyncAiAccountOrgsCredentialResourceWithRawResponse:
        from .credential import AsyncAiAccountOrgsCredentialResourceWithRawResponse

        return AsyncAiAccountOrgsCredentialResourceWithRawResponse(self._resource.credential)

    @cached_property
    def fallback_llm(self) -> AsyncAiAccountOrgsFallbackLlmResourceWithRawResponse:
        from .fallback_llm import AsyncAiAccountOrgsFallbackLlmResourceWithRawResponse

        return AsyncAiAccountOrgsFallbackLlmResourceWithRawResponse(self._resource.fallback_llm)

    @cached_property
    def integration_credential(
        self,
    ) -> AsyncAiAccountOrgsIntegrationCredentialResourceWithRawResponse:
        from .integration_credential import (
            AsyncAiAccountOrgsIntegrationCredentialResourceWithRawResponse,
        )

        return AsyncAiAccountOrgsIntegrationCredentialResourceWithRawResponse(
            self._resource.integration_credential
        )

    @cached_property
    def llm_credential(self) -> AsyncAiAccountOrgsLlmCredentialResourceWithRawResponse:
        from .llm_credential import AsyncAiAccountOrgsLlmCredentialResourceWithRawResponse

        return AsyncAiAccountOrgsLlmCredentialResourceWithRawResponse(self._resource.llm_credential)

    @cached_property
    def masked_integration_credential(
        self,
    ) -> AsyncAiAccountOrgsMaskedIntegrationCredentialResourceWithRawResponse:
        from .masked_integration_credential import (
            AsyncAiAccountOrgsMaskedIntegrationCredentialResourceWithRawResponse,
        )

        return AsyncAiAccountOrgsMaskedIntegrationCredentialResourceWithRawResponse(
            self._resource.masked_integration_credential
        )

    @cached_property
    def masked_llm_credential(self) -> AsyncAiAccountOrgsMaskedLlmCredentialResourceWithRawResponse:
        from .masked_llm_credential import (
            AsyncAiAccountOrgsMaskedLlmCredentialResourceWithRawResponse,
        )

        return AsyncAiAccountOrgsMaskedLlmCredentialResourceWithRawResponse(
            self._resource.masked_llm_credential
        )

    @cached_property
    def oauth_services(self) -> AsyncAiAccountOrgsOauthServicesResourceWithRawResponse:
        from .oauth_services import AsyncAiAccountOrgsOauthServicesResourceWithRawResponse

        return AsyncAiAccountOrgsOauthServicesResourceWithRawResponse(self._resource.oauth_services)

    @cached_property
    def use_default_llm_key(self) -> AsyncAiAccountOrgsUseDefaultLlmKeyResourceWithRawResponse:
        from .use_default_llm_key import AsyncAiAccountOrgsUseDefaultLlmKeyResourceWithRawResponse

        return AsyncAiAccountOrgsUseDefaultLlmKeyResourceWithRawResponse(
            self._resource.use_default_llm_key
        )

    @cached_property
    def use_free_trial(self) -> AsyncAiAccountOrgsUseFreeTrialResourceWithRawResponse:
        from .use_free_trial import AsyncAiAccountOrgsUseFreeTrialResourceWithRawResponse

        return AsyncAiAccountOrgsUseFreeTrialResourceWithRawResponse(self._resource.use_free_trial)

    @cached_property
    def users(self) -> AsyncAiAccountOrgsUsersResourceWithRawResponse:
        from .users import AsyncAiAccountOrgsUsersResourceWithRawResponse

        return AsyncAiAccountOrgsUsersResourceWithRawResponse(self._resource.users)
