"""`search_personalized_catalog_retrieve`: GET /api/search/personalized-catalog/{username}/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.search_personalized_catalog_retrieve_response_200 import (
    SearchPersonalizedCatalogRetrieveResponse200,
)
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> SearchPersonalizedCatalogRetrieveResponse200:
    """The typed value of a checked 2xx body."""
    response_200 = SearchPersonalizedCatalogRetrieveResponse200.from_dict(data)

    return response_200


OPERATION: Operation[SearchPersonalizedCatalogRetrieveResponse200] = Operation(
    operation_id="search_personalized_catalog_retrieve",
    method="GET",
    path="/api/search/personalized-catalog/{username}/",
    parse=_parse,
    responses=((200, 200, {"type": "object", "additionalProperties": {}}, "json"),),
    body_schema=None,
    parameter_schemas={
        "path.username": {"type": "string"},
        "query.allow_skill_search": {"type": "boolean"},
        "query.alphabetical": {"type": "boolean"},
        "query.certificate": {"type": "array", "items": {"type": "string"}},
        "query.content": {"type": "array", "items": {"type": "string"}},
        "query.course_id": {"type": "string", "minLength": 1},
        "query.duration": {"type": "array", "items": {"type": "string"}},
        "query.language": {"type": "array", "items": {"type": "string"}},
        "query.level": {"type": "array", "items": {"type": "string"}},
        "query.limit": {"type": "integer"},
        "query.offset": {"type": "integer"},
        "query.order_ascending": {"type": "boolean"},
        "query.order_by": {"type": "string", "minLength": 1},
        "query.pathway_id": {"type": "string", "minLength": 1},
        "query.price": {"type": "string", "minLength": 1},
        "query.program_id": {"type": "string", "minLength": 1},
        "query.program_type": {"type": "array", "items": {"type": "string"}},
        "query.promotion": {"type": "array", "items": {"type": "string"}},
        "query.query": {"type": "string", "minLength": 1},
        "query.recommended": {"type": "boolean"},
        "query.resource_id": {"type": "string", "minLength": 1},
        "query.resource_type": {"type": "array", "items": {"type": "string"}},
        "query.return_facet": {"type": "boolean"},
        "query.return_items": {"type": "boolean"},
        "query.role_id": {"type": "string", "minLength": 1},
        "query.self_paced": {"type": "array", "items": {"type": "string"}},
        "query.skill_id": {"type": "string", "minLength": 1},
        "query.skills": {"type": "array", "items": {"type": "string"}},
        "query.subject": {"type": "array", "items": {"type": "string"}},
        "query.tags": {"type": "array", "items": {"type": "string"}},
        "query.tenant": {"type": "string", "minLength": 1},
        "query.topics": {"type": "array", "items": {"type": "string"}},
        "query.update_facet": {"type": "string", "minLength": 1},
    },
)


def build_request(
    *,
    username: str,
    allow_skill_search: bool | Unset = UNSET,
    alphabetical: bool | Unset = UNSET,
    certificate: list[str] | Unset = UNSET,
    content: list[str] | Unset = UNSET,
    course_id: str | Unset = UNSET,
    duration: list[str] | Unset = UNSET,
    language: list[str] | Unset = UNSET,
    level: list[str] | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    order_ascending: bool | Unset = UNSET,
    order_by: str | Unset = UNSET,
    pathway_id: str | Unset = UNSET,
    price: str | Unset = UNSET,
    program_id: str | Unset = UNSET,
    program_type: list[str] | Unset = UNSET,
    promotion: list[str] | Unset = UNSET,
    query: str | Unset = UNSET,
    recommended: bool | Unset = UNSET,
    resource_id: str | Unset = UNSET,
    resource_type: list[str] | Unset = UNSET,
    return_facet: bool | Unset = UNSET,
    return_items: bool | Unset = UNSET,
    role_id: str | Unset = UNSET,
    self_paced: list[str] | Unset = UNSET,
    skill_id: str | Unset = UNSET,
    skills: list[str] | Unset = UNSET,
    subject: list[str] | Unset = UNSET,
    tags: list[str] | Unset = UNSET,
    tenant: str | Unset = UNSET,
    topics: list[str] | Unset = UNSET,
    update_facet: str | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    params["allow_skill_search"] = allow_skill_search

    params["alphabetical"] = alphabetical

    json_certificate: list[str] | Unset = UNSET
    if not isinstance(certificate, Unset):
        json_certificate = certificate

    params["certificate"] = json_certificate

    json_content: list[str] | Unset = UNSET
    if not isinstance(content, Unset):
        json_content = content

    params["content"] = json_content

    params["course_id"] = course_id

    json_duration: list[str] | Unset = UNSET
    if not isinstance(duration, Unset):
        json_duration = duration

    params["duration"] = json_duration

    json_language: list[str] | Unset = UNSET
    if not isinstance(language, Unset):
        json_language = language

    params["language"] = json_language

    json_level: list[str] | Unset = UNSET
    if not isinstance(level, Unset):
        json_level = level

    params["level"] = json_level

    params["limit"] = limit

    params["offset"] = offset

    params["order_ascending"] = order_ascending

    params["order_by"] = order_by

    params["pathway_id"] = pathway_id

    params["price"] = price

    params["program_id"] = program_id

    json_program_type: list[str] | Unset = UNSET
    if not isinstance(program_type, Unset):
        json_program_type = program_type

    params["program_type"] = json_program_type

    json_promotion: list[str] | Unset = UNSET
    if not isinstance(promotion, Unset):
        json_promotion = promotion

    params["promotion"] = json_promotion

    params["query"] = query

    params["recommended"] = recommended

    params["resource_id"] = resource_id

    json_resource_type: list[str] | Unset = UNSET
    if not isinstance(resource_type, Unset):
        json_resource_type = resource_type

    params["resource_type"] = json_resource_type

    params["return_facet"] = return_facet

    params["return_items"] = return_items

    params["role_id"] = role_id

    json_self_paced: list[str] | Unset = UNSET
    if not isinstance(self_paced, Unset):
        json_self_paced = self_paced

    params["self_paced"] = json_self_paced

    params["skill_id"] = skill_id

    json_skills: list[str] | Unset = UNSET
    if not isinstance(skills, Unset):
        json_skills = skills

    params["skills"] = json_skills

    json_subject: list[str] | Unset = UNSET
    if not isinstance(subject, Unset):
        json_subject = subject

    params["subject"] = json_subject

    json_tags: list[str] | Unset = UNSET
    if not isinstance(tags, Unset):
        json_tags = tags

    params["tags"] = json_tags

    params["tenant"] = tenant

    json_topics: list[str] | Unset = UNSET
    if not isinstance(topics, Unset):
        json_topics = topics

    params["topics"] = json_topics

    params["update_facet"] = update_facet

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/search/personalized-catalog/{username}/".format(
            username=quote(wire_text(username), safe=""),
        ),
        params=params,
        content=_kwargs,
        parameters={
            "path.username": wire_value(username),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
