"""The client's resources, one package each: `Client` and `AsyncClient` derive from the
classes here, whose accessors import each top-level resource on first use."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from .._client import AsyncClient, Client
    from .access_check import (
        AccessCheckResource,
        AccessCheckResourceWithRawResponse,
        AsyncAccessCheckResource,
        AsyncAccessCheckResourceWithRawResponse,
    )
    from .account import (
        AccountResource,
        AccountResourceWithRawResponse,
        AsyncAccountResource,
        AsyncAccountResourceWithRawResponse,
    )
    from .ai_account import (
        AiAccountResource,
        AiAccountResourceWithRawResponse,
        AsyncAiAccountResource,
        AsyncAiAccountResourceWithRawResponse,
    )
    from .ai_analytics import (
        AiAnalyticsResource,
        AiAnalyticsResourceWithRawResponse,
        AsyncAiAnalyticsResource,
        AsyncAiAnalyticsResourceWithRawResponse,
    )
    from .ai_bot import (
        AiBotResource,
        AiBotResourceWithRawResponse,
        AsyncAiBotResource,
        AsyncAiBotResourceWithRawResponse,
    )
    from .ai_finetuning import (
        AiFinetuningResource,
        AiFinetuningResourceWithRawResponse,
        AsyncAiFinetuningResource,
        AsyncAiFinetuningResourceWithRawResponse,
    )
    from .ai_index import (
        AiIndexResource,
        AiIndexResourceWithRawResponse,
        AsyncAiIndexResource,
        AsyncAiIndexResourceWithRawResponse,
    )
    from .ai_marketing import (
        AiMarketingResource,
        AiMarketingResourceWithRawResponse,
        AsyncAiMarketingResource,
        AsyncAiMarketingResourceWithRawResponse,
    )
    from .ai_media import (
        AiMediaResource,
        AiMediaResourceWithRawResponse,
        AsyncAiMediaResource,
        AsyncAiMediaResourceWithRawResponse,
    )
    from .ai_mentor import (
        AiMentorResource,
        AiMentorResourceWithRawResponse,
        AsyncAiMentorResource,
        AsyncAiMentorResourceWithRawResponse,
    )
    from .ai_prompt import (
        AiPromptResource,
        AiPromptResourceWithRawResponse,
        AsyncAiPromptResource,
        AsyncAiPromptResourceWithRawResponse,
    )
    from .ai_search import (
        AiSearchResource,
        AiSearchResourceWithRawResponse,
        AsyncAiSearchResource,
        AsyncAiSearchResourceWithRawResponse,
    )
    from .analytics import (
        AnalyticsResource,
        AnalyticsResourceWithRawResponse,
        AsyncAnalyticsResource,
        AsyncAnalyticsResourceWithRawResponse,
    )
    from .audience import (
        AsyncAudienceResource,
        AsyncAudienceResourceWithRawResponse,
        AudienceResource,
        AudienceResourceWithRawResponse,
    )
    from .auto_recharge import (
        AsyncAutoRechargeResource,
        AsyncAutoRechargeResourceWithRawResponse,
        AutoRechargeResource,
        AutoRechargeResourceWithRawResponse,
    )
    from .billing import (
        AsyncBillingResource,
        AsyncBillingResourceWithRawResponse,
        BillingResource,
        BillingResourceWithRawResponse,
    )
    from .career import (
        AsyncCareerResource,
        AsyncCareerResourceWithRawResponse,
        CareerResource,
        CareerResourceWithRawResponse,
    )
    from .catalog import (
        AsyncCatalogResource,
        AsyncCatalogResourceWithRawResponse,
        CatalogResource,
        CatalogResourceWithRawResponse,
    )
    from .core import (
        AsyncCoreResource,
        AsyncCoreResourceWithRawResponse,
        CoreResource,
        CoreResourceWithRawResponse,
    )
    from .credentials import (
        AsyncCredentialsResource,
        AsyncCredentialsResourceWithRawResponse,
        CredentialsResource,
        CredentialsResourceWithRawResponse,
    )
    from .credits import (
        AsyncCreditsResource,
        AsyncCreditsResourceWithRawResponse,
        CreditsResource,
        CreditsResourceWithRawResponse,
    )
    from .custom_domains import (
        AsyncCustomDomainsResource,
        AsyncCustomDomainsResourceWithRawResponse,
        CustomDomainsResource,
        CustomDomainsResourceWithRawResponse,
    )
    from .departments import (
        AsyncDepartmentsResource,
        AsyncDepartmentsResourceWithRawResponse,
        DepartmentsResource,
        DepartmentsResourceWithRawResponse,
    )
    from .engagement import (
        AsyncEngagementResource,
        AsyncEngagementResourceWithRawResponse,
        EngagementResource,
        EngagementResourceWithRawResponse,
    )
    from .features import (
        AsyncFeaturesResource,
        AsyncFeaturesResourceWithRawResponse,
        FeaturesResource,
        FeaturesResourceWithRawResponse,
    )
    from .media import (
        AsyncMediaResource2,
        AsyncMediaResource2WithRawResponse,
        MediaResource2,
        MediaResource2WithRawResponse,
    )
    from .notification import (
        AsyncNotificationResource,
        AsyncNotificationResourceWithRawResponse,
        NotificationResource,
        NotificationResourceWithRawResponse,
    )
    from .orgs import (
        AsyncOrgsResource,
        AsyncOrgsResourceWithRawResponse,
        OrgsResource,
        OrgsResourceWithRawResponse,
    )
    from .overview import (
        AsyncOverviewResource,
        AsyncOverviewResourceWithRawResponse,
        OverviewResource,
        OverviewResourceWithRawResponse,
    )
    from .performance import (
        AsyncPerformanceResource,
        AsyncPerformanceResourceWithRawResponse,
        PerformanceResource,
        PerformanceResourceWithRawResponse,
    )
    from .perlearner import (
        AsyncPerlearnerResource,
        AsyncPerlearnerResourceWithRawResponse,
        PerlearnerResource,
        PerlearnerResourceWithRawResponse,
    )
    from .platform import (
        AsyncPlatformResource,
        AsyncPlatformResourceWithRawResponse,
        PlatformResource,
        PlatformResourceWithRawResponse,
    )
    from .platforms import (
        AsyncPlatformsResource,
        AsyncPlatformsResourceWithRawResponse,
        PlatformsResource,
        PlatformsResourceWithRawResponse,
    )
    from .provider_association import (
        AsyncProviderAssociationResource,
        AsyncProviderAssociationResourceWithRawResponse,
        ProviderAssociationResource,
        ProviderAssociationResourceWithRawResponse,
    )
    from .providers import (
        AsyncProvidersResource,
        AsyncProvidersResourceWithRawResponse,
        ProvidersResource,
        ProvidersResourceWithRawResponse,
    )
    from .provision import (
        AsyncProvisionResource,
        AsyncProvisionResourceWithRawResponse,
        ProvisionResource,
        ProvisionResourceWithRawResponse,
    )
    from .recommendations import (
        AsyncRecommendationsResource,
        AsyncRecommendationsResourceWithRawResponse,
        RecommendationsResource,
        RecommendationsResourceWithRawResponse,
    )
    from .reports import (
        AsyncReportsResource,
        AsyncReportsResourceWithRawResponse,
        ReportsResource,
        ReportsResourceWithRawResponse,
    )
    from .roles import (
        AsyncRolesResource,
        AsyncRolesResourceWithRawResponse,
        RolesResource,
        RolesResourceWithRawResponse,
    )
    from .search import (
        AsyncSearchResource,
        AsyncSearchResourceWithRawResponse,
        SearchResource,
        SearchResourceWithRawResponse,
    )
    from .service import (
        AsyncServiceResource,
        AsyncServiceResourceWithRawResponse,
        ServiceResource,
        ServiceResourceWithRawResponse,
    )
    from .skills import (
        AsyncSkillsResource,
        AsyncSkillsResourceWithRawResponse,
        SkillsResource,
        SkillsResourceWithRawResponse,
    )
    from .transactions import (
        AsyncTransactionsResource,
        AsyncTransactionsResourceWithRawResponse,
        TransactionsResource,
        TransactionsResourceWithRawResponse,
    )
    from .user_groups import (
        AsyncUserGroupsResource,
        AsyncUserGroupsResourceWithRawResponse,
        UserGroupsResource,
        UserGroupsResourceWithRawResponse,
    )

__all__ = [
    "ClientResources",
    "ClientResourcesWithRawResponse",
    "AsyncClientResources",
    "AsyncClientResourcesWithRawResponse",
]


class ClientResources:
    """The top-level resources of `Client`, which derives from this class."""

    @cached_property
    def with_raw_response(self) -> ClientResourcesWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return ClientResourcesWithRawResponse(self)

    @cached_property
    def access_check(self) -> AccessCheckResource:
        from .access_check import AccessCheckResource

        return AccessCheckResource(cast("Client", self))

    @cached_property
    def account(self) -> AccountResource:
        from .account import AccountResource

        return AccountResource(cast("Client", self))

    @cached_property
    def ai_account(self) -> AiAccountResource:
        from .ai_account import AiAccountResource

        return AiAccountResource(cast("Client", self))

    @cached_property
    def ai_analytics(self) -> AiAnalyticsResource:
        from .ai_analytics import AiAnalyticsResource

        return AiAnalyticsResource(cast("Client", self))

    @cached_property
    def ai_bot(self) -> AiBotResource:
        from .ai_bot import AiBotResource

        return AiBotResource(cast("Client", self))

    @cached_property
    def ai_finetuning(self) -> AiFinetuningResource:
        from .ai_finetuning import AiFinetuningResource

        return AiFinetuningResource(cast("Client", self))

    @cached_property
    def ai_index(self) -> AiIndexResource:
        from .ai_index import AiIndexResource

        return AiIndexResource(cast("Client", self))

    @cached_property
    def ai_marketing(self) -> AiMarketingResource:
        from .ai_marketing import AiMarketingResource

        return AiMarketingResource(cast("Client", self))

    @cached_property
    def ai_media(self) -> AiMediaResource:
        from .ai_media import AiMediaResource

        return AiMediaResource(cast("Client", self))

    @cached_property
    def ai_mentor(self) -> AiMentorResource:
        from .ai_mentor import AiMentorResource

        return AiMentorResource(cast("Client", self))

    @cached_property
    def ai_prompt(self) -> AiPromptResource:
        from .ai_prompt import AiPromptResource

        return AiPromptResource(cast("Client", self))

    @cached_property
    def ai_search(self) -> AiSearchResource:
        from .ai_search import AiSearchResource

        return AiSearchResource(cast("Client", self))

    @cached_property
    def analytics(self) -> AnalyticsResource:
        from .analytics import AnalyticsResource

        return AnalyticsResource(cast("Client", self))

    @cached_property
    def audience(self) -> AudienceResource:
        from .audience import AudienceResource

        return AudienceResource(cast("Client", self))

    @cached_property
    def auto_recharge(self) -> AutoRechargeResource:
        from .auto_recharge import AutoRechargeResource

        return AutoRechargeResource(cast("Client", self))

    @cached_property
    def billing(self) -> BillingResource:
        from .billing import BillingResource

        return BillingResource(cast("Client", self))

    @cached_property
    def career(self) -> CareerResource:
        from .career import CareerResource

        return CareerResource(cast("Client", self))

    @cached_property
    def catalog(self) -> CatalogResource:
        from .catalog import CatalogResource

        return CatalogResource(cast("Client", self))

    @cached_property
    def core(self) -> CoreResource:
        from .core import CoreResource

        return CoreResource(cast("Client", self))

    @cached_property
    def credentials(self) -> CredentialsResource:
        from .credentials import CredentialsResource

        return CredentialsResource(cast("Client", self))

    @cached_property
    def credits(self) -> CreditsResource:
        from .credits import CreditsResource

        return CreditsResource(cast("Client", self))

    @cached_property
    def custom_domains(self) -> CustomDomainsResource:
        from .custom_domains import CustomDomainsResource

        return CustomDomainsResource(cast("Client", self))

    @cached_property
    def departments(self) -> DepartmentsResource:
        from .departments import DepartmentsResource

        return DepartmentsResource(cast("Client", self))

    @cached_property
    def engagement(self) -> EngagementResource:
        from .engagement import EngagementResource

        return EngagementResource(cast("Client", self))

    @cached_property
    def features(self) -> FeaturesResource:
        from .features import FeaturesResource

        return FeaturesResource(cast("Client", self))

    @cached_property
    def media(self) -> MediaResource2:
        from .media import MediaResource2

        return MediaResource2(cast("Client", self))

    @cached_property
    def notification(self) -> NotificationResource:
        from .notification import NotificationResource

        return NotificationResource(cast("Client", self))

    @cached_property
    def orgs(self) -> OrgsResource:
        from .orgs import OrgsResource

        return OrgsResource(cast("Client", self))

    @cached_property
    def overview(self) -> OverviewResource:
        from .overview import OverviewResource

        return OverviewResource(cast("Client", self))

    @cached_property
    def performance(self) -> PerformanceResource:
        from .performance import PerformanceResource

        return PerformanceResource(cast("Client", self))

    @cached_property
    def perlearner(self) -> PerlearnerResource:
        from .perlearner import PerlearnerResource

        return PerlearnerResource(cast("Client", self))

    @cached_property
    def platform(self) -> PlatformResource:
        from .platform import PlatformResource

        return PlatformResource(cast("Client", self))

    @cached_property
    def platforms(self) -> PlatformsResource:
        from .platforms import PlatformsResource

        return PlatformsResource(cast("Client", self))

    @cached_property
    def provider_association(self) -> ProviderAssociationResource:
        from .provider_association import ProviderAssociationResource

        return ProviderAssociationResource(cast("Client", self))

    @cached_property
    def providers(self) -> ProvidersResource:
        from .providers import ProvidersResource

        return ProvidersResource(cast("Client", self))

    @cached_property
    def provision(self) -> ProvisionResource:
        from .provision import ProvisionResource

        return ProvisionResource(cast("Client", self))

    @cached_property
    def recommendations(self) -> RecommendationsResource:
        from .recommendations import RecommendationsResource

        return RecommendationsResource(cast("Client", self))

    @cached_property
    def reports(self) -> ReportsResource:
        from .reports import ReportsResource

        return ReportsResource(cast("Client", self))

    @cached_property
    def roles(self) -> RolesResource:
        from .roles import RolesResource

        return RolesResource(cast("Client", self))

    @cached_property
    def search(self) -> SearchResource:
        from .search import SearchResource

        return SearchResource(cast("Client", self))

    @cached_property
    def service(self) -> ServiceResource:
        from .service import ServiceResource

        return ServiceResource(cast("Client", self))

    @cached_property
    def skills(self) -> SkillsResource:
        from .skills import SkillsResource

        return SkillsResource(cast("Client", self))

    @cached_property
    def transactions(self) -> TransactionsResource:
        from .transactions import TransactionsResource

        return TransactionsResource(cast("Client", self))

    @cached_property
    def user_groups(self) -> UserGroupsResource:
        from .user_groups import UserGroupsResource

        return UserGroupsResource(cast("Client", self))


class ClientResourcesWithRawResponse:
    """`Client`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: ClientResources) -> None:
        self._resource = resource

    @cached_property
    def access_check(self) -> AccessCheckResourceWithRawResponse:
        from .access_check import AccessCheckResourceWithRawResponse

        return AccessCheckResourceWithRawResponse(self._resource.access_check)

    @cached_property
    def account(self) -> AccountResourceWithRawResponse:
        from .account import AccountResourceWithRawResponse

        return AccountResourceWithRawResponse(self._resource.account)

    @cached_property
    def ai_account(self) -> AiAccountResourceWithRawResponse:
        from .ai_account import AiAccountResourceWithRawResponse

        return AiAccountResourceWithRawResponse(self._resource.ai_account)

    @cached_property
    def ai_analytics(self) -> AiAnalyticsResourceWithRawResponse:
        from .ai_analytics import AiAnalyticsResourceWithRawResponse

        return AiAnalyticsResourceWithRawResponse(self._resource.ai_analytics)

    @cached_property
    def ai_bot(self) -> AiBotResourceWithRawResponse:
        from .ai_bot import AiBotResourceWithRawResponse

        return AiBotResourceWithRawResponse(self._resource.ai_bot)

    @cached_property
    def ai_finetuning(self) -> AiFinetuningResourceWithRawResponse:
        from .ai_finetuning import AiFinetuningResourceWithRawResponse

        return AiFinetuningResourceWithRawResponse(self._resource.ai_finetuning)

    @cached_property
    def ai_index(self) -> AiIndexResourceWithRawResponse:
        from .ai_index import AiIndexResourceWithRawResponse

        return AiIndexResourceWithRawResponse(self._resource.ai_index)

    @cached_property
    def ai_marketing(self) -> AiMarketingResourceWithRawResponse:
        from .ai_marketing import AiMarketingResourceWithRawResponse

        return AiMarketingResourceWithRawResponse(self._resource.ai_marketing)

    @cached_property
    def ai_media(self) -> AiMediaResourceWithRawResponse:
        from .ai_media import AiMediaResourceWithRawResponse

        return AiMediaResourceWithRawResponse(self._resource.ai_media)

    @cached_property
    def ai_mentor(self) -> AiMentorResourceWithRawResponse:
        from .ai_mentor import AiMentorResourceWithRawResponse

        return AiMentorResourceWithRawResponse(self._resource.ai_mentor)

    @cached_property
    def ai_prompt(self) -> AiPromptResourceWithRawResponse:
        from .ai_prompt import AiPromptResourceWithRawResponse

        return AiPromptResourceWithRawResponse(self._resource.ai_prompt)

    @cached_property
    def ai_search(self) -> AiSearchResourceWithRawResponse:
        from .ai_search import AiSearchResourceWithRawResponse

        return AiSearchResourceWithRawResponse(self._resource.ai_search)

    @cached_property
    def analytics(self) -> AnalyticsResourceWithRawResponse:
        from .analytics import AnalyticsResourceWithRawResponse

        return AnalyticsResourceWithRawResponse(self._resource.analytics)

    @cached_property
    def audience(self) -> AudienceResourceWithRawResponse:
        from .audience import AudienceResourceWithRawResponse

        return AudienceResourceWithRawResponse(self._resource.audience)

    @cached_property
    def auto_recharge(self) -> AutoRechargeResourceWithRawResponse:
        from .auto_recharge import AutoRechargeResourceWithRawResponse

        return AutoRechargeResourceWithRawResponse(self._resource.auto_recharge)

    @cached_property
    def billing(self) -> BillingResourceWithRawResponse:
        from .billing import BillingResourceWithRawResponse

        return BillingResourceWithRawResponse(self._resource.billing)

    @cached_property
    def career(self) -> CareerResourceWithRawResponse:
        from .career import CareerResourceWithRawResponse

        return CareerResourceWithRawResponse(self._resource.career)

    @cached_property
    def catalog(self) -> CatalogResourceWithRawResponse:
        from .catalog import CatalogResourceWithRawResponse

        return CatalogResourceWithRawResponse(self._resource.catalog)

    @cached_property
    def core(self) -> CoreResourceWithRawResponse:
        from .core import CoreResourceWithRawResponse

        return CoreResourceWithRawResponse(self._resource.core)

    @cached_property
    def credentials(self) -> CredentialsResourceWithRawResponse:
        from .credentials import CredentialsResourceWithRawResponse

        return CredentialsResourceWithRawResponse(self._resource.credentials)

    @cached_property
    def credits(self) -> CreditsResourceWithRawResponse:
        from .credits import CreditsResourceWithRawResponse

        return CreditsResourceWithRawResponse(self._resource.credits)

    @cached_property
    def custom_domains(self) -> CustomDomainsResourceWithRawResponse:
        from .custom_domains import CustomDomainsResourceWithRawResponse

        return CustomDomainsResourceWithRawResponse(self._resource.custom_domains)

    @cached_property
    def departments(self) -> DepartmentsResourceWithRawResponse:
        from .departments import DepartmentsResourceWithRawResponse

        return DepartmentsResourceWithRawResponse(self._resource.departments)

    @cached_property
    def engagement(self) -> EngagementResourceWithRawResponse:
        from .engagement import EngagementResourceWithRawResponse

        return EngagementResourceWithRawResponse(self._resource.engagement)

    @cached_property
    def features(self) -> FeaturesResourceWithRawResponse:
        from .features import FeaturesResourceWithRawResponse

        return FeaturesResourceWithRawResponse(self._resource.features)

    @cached_property
    def media(self) -> MediaResource2WithRawResponse:
        from .media import MediaResource2WithRawResponse

        return MediaResource2WithRawResponse(self._resource.media)

    @cached_property
    def notification(self) -> NotificationResourceWithRawResponse:
        from .notification import NotificationResourceWithRawResponse

        return NotificationResourceWithRawResponse(self._resource.notification)

    @cached_property
    def orgs(self) -> OrgsResourceWithRawResponse:
        from .orgs import OrgsResourceWithRawResponse

        return OrgsResourceWithRawResponse(self._resource.orgs)

    @cached_property
    def overview(self) -> OverviewResourceWithRawResponse:
        from .overview import OverviewResourceWithRawResponse

        return OverviewResourceWithRawResponse(self._resource.overview)

    @cached_property
    def performance(self) -> PerformanceResourceWithRawResponse:
        from .performance import PerformanceResourceWithRawResponse

        return PerformanceResourceWithRawResponse(self._resource.performance)

    @cached_property
    def perlearner(self) -> PerlearnerResourceWithRawResponse:
        from .perlearner import PerlearnerResourceWithRawResponse

        return PerlearnerResourceWithRawResponse(self._resource.perlearner)

    @cached_property
    def platform(self) -> PlatformResourceWithRawResponse:
        from .platform import PlatformResourceWithRawResponse

        return PlatformResourceWithRawResponse(self._resource.platform)

    @cached_property
    def platforms(self) -> PlatformsResourceWithRawResponse:
        from .platforms import PlatformsResourceWithRawResponse

        return PlatformsResourceWithRawResponse(self._resource.platforms)

    @cached_property
    def provider_association(self) -> ProviderAssociationResourceWithRawResponse:
        from .provider_association import ProviderAssociationResourceWithRawResponse

        return ProviderAssociationResourceWithRawResponse(self._resource.provider_association)

    @cached_property
    def providers(self) -> ProvidersResourceWithRawResponse:
        from .providers import ProvidersResourceWithRawResponse

        return ProvidersResourceWithRawResponse(self._resource.providers)

    @cached_property
    def provision(self) -> ProvisionResourceWithRawResponse:
        from .provision import ProvisionResourceWithRawResponse

        return ProvisionResourceWithRawResponse(self._resource.provision)

    @cached_property
    def recommendations(self) -> RecommendationsResourceWithRawResponse:
        from .recommendations import RecommendationsResourceWithRawResponse

        return RecommendationsResourceWithRawResponse(self._resource.recommendations)

    @cached_property
    def reports(self) -> ReportsResourceWithRawResponse:
        from .reports import ReportsResourceWithRawResponse

        return ReportsResourceWithRawResponse(self._resource.reports)

    @cached_property
    def roles(self) -> RolesResourceWithRawResponse:
        from .roles import RolesResourceWithRawResponse

        return RolesResourceWithRawResponse(self._resource.roles)

    @cached_property
    def search(self) -> SearchResourceWithRawResponse:
        from .search import SearchResourceWithRawResponse

        return SearchResourceWithRawResponse(self._resource.search)

    @cached_property
    def service(self) -> ServiceResourceWithRawResponse:
        from .service import ServiceResourceWithRawResponse

        return ServiceResourceWithRawResponse(self._resource.service)

    @cached_property
    def skills(self) -> SkillsResourceWithRawResponse:
        from .skills import SkillsResourceWithRawResponse

        return SkillsResourceWithRawResponse(self._resource.skills)

    @cached_property
    def transactions(self) -> TransactionsResourceWithRawResponse:
        from .transactions import TransactionsResourceWithRawResponse

        return TransactionsResourceWithRawResponse(self._resource.transactions)

    @cached_property
    def user_groups(self) -> UserGroupsResourceWithRawResponse:
        from .user_groups import UserGroupsResourceWithRawResponse

        return UserGroupsResourceWithRawResponse(self._resource.user_groups)


class AsyncClientResources:
    """The top-level resources of `AsyncClient`, which derives from this class."""

    @cached_property
    def with_raw_response(self) -> AsyncClientResourcesWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncClientResourcesWithRawResponse(self)

    @cached_property
    def access_check(self) -> AsyncAccessCheckResource:
        from .access_check import AsyncAccessCheckResource

        return AsyncAccessCheckResource(cast("AsyncClient", self))

    @cached_property
    def account(self) -> AsyncAccountResource:
        from .account import AsyncAccountResource

        return AsyncAccountResource(cast("AsyncClient", self))

    @cached_property
    def ai_account(self) -> AsyncAiAccountResource:
        from .ai_account import AsyncAiAccountResource

        return AsyncAiAccountResource(cast("AsyncClient", self))

    @cached_property
    def ai_analytics(self) -> AsyncAiAnalyticsResource:
        from .ai_analytics import AsyncAiAnalyticsResource

        return AsyncAiAnalyticsResource(cast("AsyncClient", self))

    @cached_property
    def ai_bot(self) -> AsyncAiBotResource:
        from .ai_bot import AsyncAiBotResource

        return AsyncAiBotResource(cast("AsyncClient", self))

    @cached_property
    def ai_finetuning(self) -> AsyncAiFinetuningResource:
        from .ai_finetuning import AsyncAiFinetuningResource

        return AsyncAiFinetuningResource(cast("AsyncClient", self))

    @cached_property
    def ai_index(self) -> AsyncAiIndexResource:
        from .ai_index import AsyncAiIndexResource

        return AsyncAiIndexResource(cast("AsyncClient", self))

    @cached_property
    def ai_marketing(self) -> AsyncAiMarketingResource:
        from .ai_marketing import AsyncAiMarketingResource

        return AsyncAiMarketingResource(cast("AsyncClient", self))

    @cached_property
    def ai_media(self) -> AsyncAiMediaResource:
        from .ai_media import AsyncAiMediaResource

        return AsyncAiMediaResource(cast("AsyncClient", self))

    @cached_property
    def ai_mentor(self) -> AsyncAiMentorResource:
        from .ai_mentor import AsyncAiMentorResource

        return AsyncAiMentorResource(cast("AsyncClient", self))

    @cached_property
    def ai_prompt(self) -> AsyncAiPromptResource:
        from .ai_prompt import AsyncAiPromptResource

        return AsyncAiPromptResource(cast("AsyncClient", self))

    @cached_property
    def ai_search(self) -> AsyncAiSearchResource:
        from .ai_search import AsyncAiSearchResource

        return AsyncAiSearchResource(cast("AsyncClient", self))

    @cached_property
    def analytics(self) -> AsyncAnalyticsResource:
        from .analytics import AsyncAnalyticsResource

        return AsyncAnalyticsResource(cast("AsyncClient", self))

    @cached_property
    def audience(self) -> AsyncAudienceResource:
        from .audience import AsyncAudienceResource

        return AsyncAudienceResource(cast("AsyncClient", self))

    @cached_property
    def auto_recharge(self) -> AsyncAutoRechargeResource:
        from .auto_recharge import AsyncAutoRechargeResource

        return AsyncAutoRechargeResource(cast("AsyncClient", self))

    @cached_property
    def billing(self) -> AsyncBillingResource:
        from .billing import AsyncBillingResource

        return AsyncBillingResource(cast("AsyncClient", self))

    @cached_property
    def career(self) -> AsyncCareerResource:
        from .career import AsyncCareerResource

        return AsyncCareerResource(cast("AsyncClient", self))

    @cached_property
    def catalog(self) -> AsyncCatalogResource:
        from .catalog import AsyncCatalogResource

        return AsyncCatalogResource(cast("AsyncClient", self))

    @cached_property
    def core(self) -> AsyncCoreResource:
        from .core import AsyncCoreResource

        return AsyncCoreResource(cast("AsyncClient", self))

    @cached_property
    def credentials(self) -> AsyncCredentialsResource:
        from .credentials import AsyncCredentialsResource

        return AsyncCredentialsResource(cast("AsyncClient", self))

    @cached_property
    def credits(self) -> AsyncCreditsResource:
        from .credits import AsyncCreditsResource

        return AsyncCreditsResource(cast("AsyncClient", self))

    @cached_property
    def custom_domains(self) -> AsyncCustomDomainsResource:
        from .custom_domains import AsyncCustomDomainsResource

        return AsyncCustomDomainsResource(cast("AsyncClient", self))

    @cached_property
    def departments(self) -> AsyncDepartmentsResource:
        from .departments import AsyncDepartmentsResource

        return AsyncDepartmentsResource(cast("AsyncClient", self))

    @cached_property
    def engagement(self) -> AsyncEngagementResource:
        from .engagement import AsyncEngagementResource

        return AsyncEngagementResource(cast("AsyncClient", self))

    @cached_property
    def features(self) -> AsyncFeaturesResource:
        from .features import AsyncFeaturesResource

        return AsyncFeaturesResource(cast("AsyncClient", self))

    @cached_property
    def media(self) -> AsyncMediaResource2:
        from .media import AsyncMediaResource2

        return AsyncMediaResource2(cast("AsyncClient", self))

    @cached_property
    def notification(self) -> AsyncNotificationResource:
        from .notification import AsyncNotificationResource

        return AsyncNotificationResource(cast("AsyncClient", self))

    @cached_property
    def orgs(self) -> AsyncOrgsResource:
        from .orgs import AsyncOrgsResource

        return AsyncOrgsResource(cast("AsyncClient", self))

    @cached_property
    def overview(self) -> AsyncOverviewResource:
        from .overview import AsyncOverviewResource

        return AsyncOverviewResource(cast("AsyncClient", self))

    @cached_property
    def performance(self) -> AsyncPerformanceResource:
        from .performance import AsyncPerformanceResource

        return AsyncPerformanceResource(cast("AsyncClient", self))

    @cached_property
    def perlearner(self) -> AsyncPerlearnerResource:
        from .perlearner import AsyncPerlearnerResource

        return AsyncPerlearnerResource(cast("AsyncClient", self))

    @cached_property
    def platform(self) -> AsyncPlatformResource:
        from .platform import AsyncPlatformResource

        return AsyncPlatformResource(cast("AsyncClient", self))

    @cached_property
    def platforms(self) -> AsyncPlatformsResource:
        from .platforms import AsyncPlatformsResource

        return AsyncPlatformsResource(cast("AsyncClient", self))

    @cached_property
    def provider_association(self) -> AsyncProviderAssociationResource:
        from .provider_association import AsyncProviderAssociationResource

        return AsyncProviderAssociationResource(cast("AsyncClient", self))

    @cached_property
    def providers(self) -> AsyncProvidersResource:
        from .providers import AsyncProvidersResource

        return AsyncProvidersResource(cast("AsyncClient", self))

    @cached_property
    def provision(self) -> AsyncProvisionResource:
        from .provision import AsyncProvisionResource

        return AsyncProvisionResource(cast("AsyncClient", self))

    @cached_property
    def recommendations(self) -> AsyncRecommendationsResource:
        from .recommendations import AsyncRecommendationsResource

        return AsyncRecommendationsResource(cast("AsyncClient", self))

    @cached_property
    def reports(self) -> AsyncReportsResource:
        from .reports import AsyncReportsResource

        return AsyncReportsResource(cast("AsyncClient", self))

    @cached_property
    def roles(self) -> AsyncRolesResource:
        from .roles import AsyncRolesResource

        return AsyncRolesResource(cast("AsyncClient", self))

    @cached_property
    def search(self) -> AsyncSearchResource:
        from .search import AsyncSearchResource

        return AsyncSearchResource(cast("AsyncClient", self))

    @cached_property
    def service(self) -> AsyncServiceResource:
        from .service import AsyncServiceResource

        return AsyncServiceResource(cast("AsyncClient", self))

    @cached_property
    def skills(self) -> AsyncSkillsResource:
        from .skills import AsyncSkillsResource

        return AsyncSkillsResource(cast("AsyncClient", self))

    @cached_property
    def transactions(self) -> AsyncTransactionsResource:
        from .transactions import AsyncTransactionsResource

        return AsyncTransactionsResource(cast("AsyncClient", self))

    @cached_property
    def user_groups(self) -> AsyncUserGroupsResource:
        from .user_groups import AsyncUserGroupsResource

        return AsyncUserGroupsResource(cast("AsyncClient", self))


class AsyncClientResourcesWithRawResponse:
    """`AsyncClient`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncClientResources) -> None:
        self._resource = resource

    @cached_property
    def access_check(self) -> AsyncAccessCheckResourceWithRawResponse:
        from .access_check import AsyncAccessCheckResourceWithRawResponse

        return AsyncAccessCheckResourceWithRawResponse(self._resource.access_check)

    @cached_property
    def account(self) -> AsyncAccountResourceWithRawResponse:
        from .account import AsyncAccountResourceWithRawResponse

        return AsyncAccountResourceWithRawResponse(self._resource.account)

    @cached_property
    def ai_account(self) -> AsyncAiAccountResourceWithRawResponse:
        from .ai_account import AsyncAiAccountResourceWithRawResponse

        return AsyncAiAccountResourceWithRawResponse(self._resource.ai_account)

    @cached_property
    def ai_analytics(self) -> AsyncAiAnalyticsResourceWithRawResponse:
        from .ai_analytics import AsyncAiAnalyticsResourceWithRawResponse

        return AsyncAiAnalyticsResourceWithRawResponse(self._resource.ai_analytics)

    @cached_property
    def ai_bot(self) -> AsyncAiBotResourceWithRawResponse:
        from .ai_bot import AsyncAiBotResourceWithRawResponse

        return AsyncAiBotResourceWithRawResponse(self._resource.ai_bot)

    @cached_property
    def ai_finetuning(self) -> AsyncAiFinetuningResourceWithRawResponse:
        from .ai_finetuning import AsyncAiFinetuningResourceWithRawResponse

        return AsyncAiFinetuningResourceWithRawResponse(self._resource.ai_finetuning)

    @cached_property
    def ai_index(self) -> AsyncAiIndexResourceWithRawResponse:
        from .ai_index import AsyncAiIndexResourceWithRawResponse

        return AsyncAiIndexResourceWithRawResponse(self._resource.ai_index)

    @cached_property
    def ai_marketing(self) -> AsyncAiMarketingResourceWithRawResponse:
        from .ai_marketing import AsyncAiMarketingResourceWithRawResponse

        return AsyncAiMarketingResourceWithRawResponse(self._resource.ai_marketing)

    @cached_property
    def ai_media(self) -> AsyncAiMediaResourceWithRawResponse:
        from .ai_media import AsyncAiMediaResourceWithRawResponse

        return AsyncAiMediaResourceWithRawResponse(self._resource.ai_media)

    @cached_property
    def ai_mentor(self) -> AsyncAiMentorResourceWithRawResponse:
        from .ai_mentor import AsyncAiMentorResourceWithRawResponse

        return AsyncAiMentorResourceWithRawResponse(self._resource.ai_mentor)

    @cached_property
    def ai_prompt(self) -> AsyncAiPromptResourceWithRawResponse:
        from .ai_prompt import AsyncAiPromptResourceWithRawResponse

        return AsyncAiPromptResourceWithRawResponse(self._resource.ai_prompt)

    @cached_property
    def ai_search(self) -> AsyncAiSearchResourceWithRawResponse:
        from .ai_search import AsyncAiSearchResourceWithRawResponse

        return AsyncAiSearchResourceWithRawResponse(self._resource.ai_search)

    @cached_property
    def analytics(self) -> AsyncAnalyticsResourceWithRawResponse:
        from .analytics import AsyncAnalyticsResourceWithRawResponse

        return AsyncAnalyticsResourceWithRawResponse(self._resource.analytics)

    @cached_property
    def audience(self) -> AsyncAudienceResourceWithRawResponse:
        from .audience import AsyncAudienceResourceWithRawResponse

        return AsyncAudienceResourceWithRawResponse(self._resource.audience)

    @cached_property
    def auto_recharge(self) -> AsyncAutoRechargeResourceWithRawResponse:
        from .auto_recharge import AsyncAutoRechargeResourceWithRawResponse

        return AsyncAutoRechargeResourceWithRawResponse(self._resource.auto_recharge)

    @cached_property
    def billing(self) -> AsyncBillingResourceWithRawResponse:
        from .billing import AsyncBillingResourceWithRawResponse

        return AsyncBillingResourceWithRawResponse(self._resource.billing)

    @cached_property
    def career(self) -> AsyncCareerResourceWithRawResponse:
        from .career import AsyncCareerResourceWithRawResponse

        return AsyncCareerResourceWithRawResponse(self._resource.career)

    @cached_property
    def catalog(self) -> AsyncCatalogResourceWithRawResponse:
        from .catalog import AsyncCatalogResourceWithRawResponse

        return AsyncCatalogResourceWithRawResponse(self._resource.catalog)

    @cached_property
    def core(self) -> AsyncCoreResourceWithRawResponse:
        from .core import AsyncCoreResourceWithRawResponse

        return AsyncCoreResourceWithRawResponse(self._resource.core)

    @cached_property
    def credentials(self) -> AsyncCredentialsResourceWithRawResponse:
        from .credentials import AsyncCredentialsResourceWithRawResponse

        return AsyncCredentialsResourceWithRawResponse(self._resource.credentials)

    @cached_property
    def credits(self) -> AsyncCreditsResourceWithRawResponse:
        from .credits import AsyncCreditsResourceWithRawResponse

        return AsyncCreditsResourceWithRawResponse(self._resource.credits)

    @cached_property
    def custom_domains(self) -> AsyncCustomDomainsResourceWithRawResponse:
        from .custom_domains import AsyncCustomDomainsResourceWithRawResponse

        return AsyncCustomDomainsResourceWithRawResponse(self._resource.custom_domains)

    @cached_property
    def departments(self) -> AsyncDepartmentsResourceWithRawResponse:
        from .departments import AsyncDepartmentsResourceWithRawResponse

        return AsyncDepartmentsResourceWithRawResponse(self._resource.departments)

    @cached_property
    def engagement(self) -> AsyncEngagementResourceWithRawResponse:
        from .engagement import AsyncEngagementResourceWithRawResponse

        return AsyncEngagementResourceWithRawResponse(self._resource.engagement)

    @cached_property
    def features(self) -> AsyncFeaturesResourceWithRawResponse:
        from .features import AsyncFeaturesResourceWithRawResponse

        return AsyncFeaturesResourceWithRawResponse(self._resource.features)

    @cached_property
    def media(self) -> AsyncMediaResource2WithRawResponse:
        from .media import AsyncMediaResource2WithRawResponse

        return AsyncMediaResource2WithRawResponse(self._resource.media)

    @cached_property
    def notification(self) -> AsyncNotificationResourceWithRawResponse:
        from .notification import AsyncNotificationResourceWithRawResponse

        return AsyncNotificationResourceWithRawResponse(self._resource.notification)

    @cached_property
    def orgs(self) -> AsyncOrgsResourceWithRawResponse:
        from .orgs import AsyncOrgsResourceWithRawResponse

        return AsyncOrgsResourceWithRawResponse(self._resource.orgs)

    @cached_property
    def overview(self) -> AsyncOverviewResourceWithRawResponse:
        from .overview import AsyncOverviewResourceWithRawResponse

        return AsyncOverviewResourceWithRawResponse(self._resource.overview)

    @cached_property
    def performance(self) -> AsyncPerformanceResourceWithRawResponse:
        from .performance import AsyncPerformanceResourceWithRawResponse

        return AsyncPerformanceResourceWithRawResponse(self._resource.performance)

    @cached_property
    def perlearner(self) -> AsyncPerlearnerResourceWithRawResponse:
        from .perlearner import AsyncPerlearnerResourceWithRawResponse

        return AsyncPerlearnerResourceWithRawResponse(self._resource.perlearner)

    @cached_property
    def platform(self) -> AsyncPlatformResourceWithRawResponse:
        from .platform import AsyncPlatformResourceWithRawResponse

        return AsyncPlatformResourceWithRawResponse(self._resource.platform)

    @cached_property
    def platforms(self) -> AsyncPlatformsResourceWithRawResponse:
        from .platforms import AsyncPlatformsResourceWithRawResponse

        return AsyncPlatformsResourceWithRawResponse(self._resource.platforms)

    @cached_property
    def provider_association(self) -> AsyncProviderAssociationResourceWithRawResponse:
        from .provider_association import AsyncProviderAssociationResourceWithRawResponse

        return AsyncProviderAssociationResourceWithRawResponse(self._resource.provider_association)

    @cached_property
    def providers(self) -> AsyncProvidersResourceWithRawResponse:
        from .providers import AsyncProvidersResourceWithRawResponse

        return AsyncProvidersResourceWithRawResponse(self._resource.providers)

    @cached_property
    def provision(self) -> AsyncProvisionResourceWithRawResponse:
        from .provision import AsyncProvisionResourceWithRawResponse

        return AsyncProvisionResourceWithRawResponse(self._resource.provision)

    @cached_property
    def recommendations(self) -> AsyncRecommendationsResourceWithRawResponse:
        from .recommendations import AsyncRecommendationsResourceWithRawResponse

        return AsyncRecommendationsResourceWithRawResponse(self._resource.recommendations)

    @cached_property
    def reports(self) -> AsyncReportsResourceWithRawResponse:
        from .reports import AsyncReportsResourceWithRawResponse

        return AsyncReportsResourceWithRawResponse(self._resource.reports)

    @cached_property
    def roles(self) -> AsyncRolesResourceWithRawResponse:
        from .roles import AsyncRolesResourceWithRawResponse

        return AsyncRolesResourceWithRawResponse(self._resource.roles)

    @cached_property
    def search(self) -> AsyncSearchResourceWithRawResponse:
        from .search import AsyncSearchResourceWithRawResponse

        return AsyncSearchResourceWithRawResponse(self._resource.search)

    @cached_property
    def service(self) -> AsyncServiceResourceWithRawResponse:
        from .service import AsyncServiceResourceWithRawResponse

        return AsyncServiceResourceWithRawResponse(self._resource.service)

    @cached_property
    def skills(self) -> AsyncSkillsResourceWithRawResponse:
        from .skills import AsyncSkillsResourceWithRawResponse

        return AsyncSkillsResourceWithRawResponse(self._resource.skills)

    @cached_property
    def transactions(self) -> AsyncTransactionsResourceWithRawResponse:
        from .transactions import AsyncTransactionsResourceWithRawResponse

        return AsyncTransactionsResourceWithRawResponse(self._resource.transactions)

    @cached_property
    def user_groups(self) -> AsyncUserGroupsResourceWithRawResponse:
        from .user_groups import AsyncUserGroupsResourceWithRawResponse

        return AsyncUserGroupsResourceWithRawResponse(self._resource.user_groups)
