"""`analytics_financial_retrieve`: GET /api/analytics/financial/"""

from __future__ import annotations

import datetime
from typing import Any
from uuid import UUID

from ..._operation import Operation, RequestSpec
from ...models.analytics_financial_retrieve_date_filter import AnalyticsFinancialRetrieveDateFilter
from ...models.analytics_financial_retrieve_fill_method import AnalyticsFinancialRetrieveFillMethod
from ...models.analytics_financial_retrieve_granularity import AnalyticsFinancialRetrieveGranularity
from ...models.analytics_financial_retrieve_metric import AnalyticsFinancialRetrieveMetric
from ...models.analytics_financial_retrieve_provider import AnalyticsFinancialRetrieveProvider
from ...models.base_finance_response import BaseFinanceResponse
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> BaseFinanceResponse:
    """The typed value of a checked 2xx body."""
    response_200 = BaseFinanceResponse.from_dict(data)

    return response_200


OPERATION: Operation[BaseFinanceResponse] = Operation(
    operation_id="analytics_financial_retrieve",
    method="GET",
    path="/api/analytics/financial/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/BaseFinanceResponse"}, "json"),),
    body_schema=None,
    parameter_schemas={
        "query.metric": {"$ref": "#/components/schemas/AnalyticsFinancialRetrieveMetric"},
        "query.comparison_days": {"type": "integer", "minimum": 1},
        "query.date_filter": {"$ref": "#/components/schemas/AnalyticsFinancialRetrieveDateFilter"},
        "query.end_date": {"type": "string"},
        "query.fill_method": {"$ref": "#/components/schemas/AnalyticsFinancialRetrieveFillMethod"},
        "query.granularity": {"$ref": "#/components/schemas/AnalyticsFinancialRetrieveGranularity"},
        "query.llm_model": {"type": "string", "minLength": 1},
        "query.mentor_unique_id": {"type": "string"},
        "query.platform_key": {"type": "string", "minLength": 1},
        "query.provider": {"$ref": "#/components/schemas/AnalyticsFinancialRetrieveProvider"},
        "query.show_overtime": {"type": "boolean"},
        "query.start_date": {"type": "string"},
        "query.usergroup_ids": {"type": "array", "items": {"type": "integer"}},
        "query.username": {"type": "string", "minLength": 1},
    },
)


def build_request(
    *,
    metric: AnalyticsFinancialRetrieveMetric,
    comparison_days: int | Unset = UNSET,
    date_filter: AnalyticsFinancialRetrieveDateFilter | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    fill_method: AnalyticsFinancialRetrieveFillMethod | Unset = UNSET,
    granularity: AnalyticsFinancialRetrieveGranularity | Unset = UNSET,
    llm_model: str | Unset = UNSET,
    mentor_unique_id: UUID | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    provider: AnalyticsFinancialRetrieveProvider | Unset = UNSET,
    show_overtime: bool | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    usergroup_ids: list[int] | Unset = UNSET,
    username: str | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    json_metric = metric.value
    params["metric"] = json_metric

    params["comparison_days"] = comparison_days

    json_date_filter: str | Unset = UNSET
    if not isinstance(date_filter, Unset):
        json_date_filter = date_filter.value

    params["date_filter"] = json_date_filter

    json_end_date: str | Unset = UNSET
    if not isinstance(end_date, Unset):
        json_end_date = end_date.isoformat()
    params["end_date"] = json_end_date

    json_fill_method: str | Unset = UNSET
    if not isinstance(fill_method, Unset):
        json_fill_method = fill_method.value

    params["fill_method"] = json_fill_method

    json_granularity: str | Unset = UNSET
    if not isinstance(granularity, Unset):
        json_granularity = granularity.value

    params["granularity"] = json_granularity

    params["llm_model"] = llm_model

    json_mentor_unique_id: str | Unset = UNSET
    if not isinstance(mentor_unique_id, Unset):
        json_mentor_unique_id = str(mentor_unique_id)
    params["mentor_unique_id"] = json_mentor_unique_id

    params["platform_key"] = platform_key

    json_provider: str | Unset = UNSET
    if not isinstance(provider, Unset):
        json_provider = provider.value

    params["provider"] = json_provider

    params["show_overtime"] = show_overtime

    json_start_date: str | Unset = UNSET
    if not isinstance(start_date, Unset):
        json_start_date = start_date.isoformat()
    params["start_date"] = json_start_date

    json_usergroup_ids: list[int] | Unset = UNSET
    if not isinstance(usergroup_ids, Unset):
        json_usergroup_ids = usergroup_ids

    params["usergroup_ids"] = json_usergroup_ids

    params["username"] = username

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/analytics/financial/",
        params=params,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
