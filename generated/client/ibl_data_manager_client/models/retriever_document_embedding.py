from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.retriever_document_embedding_access import RetrieverDocumentEmbeddingAccess
from ..models.retriever_document_embedding_crawler_pattern_type import (
    RetrieverDocumentEmbeddingCrawlerPatternType,
)
from ..models.retriever_document_embedding_training_status import (
    RetrieverDocumentEmbeddingTrainingStatus,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RetrieverDocumentEmbedding")


@_attrs_define
class RetrieverDocumentEmbedding:
    """
    Attributes:
        id (int):
        username (str):
        pathway (str):
        platform_key (str):
        last_trained_at (datetime.datetime | None):
        metadata (Any | Unset):
        document_name (None | str | Unset):
        document_type (None | str | Unset):
        training_status (RetrieverDocumentEmbeddingTrainingStatus | Unset):
        url (None | str | Unset):
        tokens (int | None | Unset):
        is_trained (bool | Unset):
        access (RetrieverDocumentEmbeddingAccess | Unset):
        crawler_max_depth (int | None | Unset):
        crawler_max_pages_limit (int | None | Unset):
        crawler_max_concurrency (int | None | Unset):
        crawler_match_patterns (Any | Unset): List of patterns that the crawler should use to match urls.
            Patterns may be a glob pattern or a full regex pattern.         Indicate the specified type in
            `crawler_pattern_type`.
        crawler_pattern_type (RetrieverDocumentEmbeddingCrawlerPatternType | Unset):
    """

    id: int
    username: str
    pathway: str
    platform_key: str
    last_trained_at: datetime.datetime | None
    metadata: Any | Unset = UNSET
    document_name: None | str | Unset = UNSET
    document_type: None | str | Unset = UNSET
    training_status: RetrieverDocumentEmbeddingTrainingStatus | Unset = UNSET
    url: None | str | Unset = UNSET
    tokens: int | None | Unset = UNSET
    is_trained: bool | Unset = UNSET
    access: RetrieverDocumentEmbeddingAccess | Unset = UNSET
    crawler_max_depth: int | None | Unset = UNSET
    crawler_max_pages_limit: int | None | Unset = UNSET
    crawler_max_concurrency: int | None | Unset = UNSET
    crawler_match_patterns: Any | Unset = UNSET
    crawler_pattern_type: RetrieverDocumentEmbeddingCrawlerPatternType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        username = self.username

        pathway = self.pathway

        platform_key = self.platform_key

        last_trained_at: None | str
        if isinstance(self.last_trained_at, datetime.datetime):
            last_trained_at = self.last_trained_at.isoformat()
        else:
            last_trained_at = self.last_trained_at

        metadata = self.metadata

        document_name: None | str | Unset = self.document_name

        document_type: None | str | Unset = self.document_type

        training_status: str | Unset = UNSET
        if not isinstance(self.training_status, Unset):
            training_status = self.training_status.value

        url: None | str | Unset = self.url

        tokens: int | None | Unset = self.tokens

        is_trained = self.is_trained

        access: str | Unset = UNSET
        if not isinstance(self.access, Unset):
            access = self.access.value

        crawler_max_depth: int | None | Unset = self.crawler_max_depth

        crawler_max_pages_limit: int | None | Unset = self.crawler_max_pages_limit

        crawler_max_concurrency: int | None | Unset = self.crawler_max_concurrency

        crawler_match_patterns = self.crawler_match_patterns

        crawler_pattern_type: str | Unset = UNSET
        if not isinstance(self.crawler_pattern_type, Unset):
            crawler_pattern_type = self.crawler_pattern_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "username": username,
                "pathway": pathway,
                "platform_key": platform_key,
                "last_trained_at": last_trained_at,
            }
        )
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if document_name is not UNSET:
            field_dict["document_name"] = document_name
        if document_type is not UNSET:
            field_dict["document_type"] = document_type
        if training_status is not UNSET:
            field_dict["training_status"] = training_status
        if url is not UNSET:
            field_dict["url"] = url
        if tokens is not UNSET:
            field_dict["tokens"] = tokens
        if is_trained is not UNSET:
            field_dict["is_trained"] = is_trained
        if access is not UNSET:
            field_dict["access"] = access
        if crawler_max_depth is not UNSET:
            field_dict["crawler_max_depth"] = crawler_max_depth
        if crawler_max_pages_limit is not UNSET:
            field_dict["crawler_max_pages_limit"] = crawler_max_pages_limit
        if crawler_max_concurrency is not UNSET:
            field_dict["crawler_max_concurrency"] = crawler_max_concurrency
        if crawler_match_patterns is not UNSET:
            field_dict["crawler_match_patterns"] = crawler_match_patterns
        if crawler_pattern_type is not UNSET:
            field_dict["crawler_pattern_type"] = crawler_pattern_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        username = d.pop("username")

        pathway = d.pop("pathway")

        platform_key = d.pop("platform_key")

        def _parse_last_trained_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_trained_at_type_0 = datetime.datetime.fromisoformat(data)

                return last_trained_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        last_trained_at = _parse_last_trained_at(d.pop("last_trained_at"))

        metadata = d.pop("metadata", UNSET)

        document_name = d.pop("document_name", UNSET)

        document_type = d.pop("document_type", UNSET)

        _training_status = d.pop("training_status", UNSET)
        training_status: RetrieverDocumentEmbeddingTrainingStatus | Unset
        if isinstance(_training_status, Unset):
            training_status = UNSET
        else:
            training_status = RetrieverDocumentEmbeddingTrainingStatus(_training_status)

        url = d.pop("url", UNSET)

        tokens = d.pop("tokens", UNSET)

        is_trained = d.pop("is_trained", UNSET)

        _access = d.pop("access", UNSET)
        access: RetrieverDocumentEmbeddingAccess | Unset
        if isinstance(_access, Unset):
            access = UNSET
        else:
            access = RetrieverDocumentEmbeddingAccess(_access)

        crawler_max_depth = d.pop("crawler_max_depth", UNSET)

        crawler_max_pages_limit = d.pop("crawler_max_pages_limit", UNSET)

        crawler_max_concurrency = d.pop("crawler_max_concurrency", UNSET)

        crawler_match_patterns = d.pop("crawler_match_patterns", UNSET)

        _crawler_pattern_type = d.pop("crawler_pattern_type", UNSET)
        crawler_pattern_type: RetrieverDocumentEmbeddingCrawlerPatternType | Unset
        if isinstance(_crawler_pattern_type, Unset):
            crawler_pattern_type = UNSET
        else:
            crawler_pattern_type = RetrieverDocumentEmbeddingCrawlerPatternType(
                _crawler_pattern_type
            )

        retriever_document_embedding = cls(
            id=id,
            username=username,
            pathway=pathway,
            platform_key=platform_key,
            last_trained_at=last_trained_at,
            metadata=metadata,
            document_name=document_name,
            document_type=document_type,
            training_status=training_status,
            url=url,
            tokens=tokens,
            is_trained=is_trained,
            access=access,
            crawler_max_depth=crawler_max_depth,
            crawler_max_pages_limit=crawler_max_pages_limit,
            crawler_max_concurrency=crawler_max_concurrency,
            crawler_match_patterns=crawler_match_patterns,
            crawler_pattern_type=crawler_pattern_type,
        )

        retriever_document_embedding.additional_properties = d
        return retriever_document_embedding

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
